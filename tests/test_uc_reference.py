"""Universal Credit against a slow reference written from the regulations
(issue 21: properties with an independent oracle, not the engine compared
with itself).

``reference`` below is written from the text of SI 2013/376, one household at
a time, with plain Python integers and no code of the engine: only the rates
come from the rule tables (data, each row with its source). It covers the
maximum amount without housing or childcare costs, and the award before the
benefit cap:

- reg 36 table: the standard allowance by age and couple (a single claimant
  "aged 25 or over"; joint claimants "either aged 25 or over");
- reg 24(1), 24A, 24B: the child element, the higher amount for the first
  child "born before 6 April 2017"; for assessment periods beginning before
  6 April 2026 only for a child born before 6 April 2017 or first or second
  in the order of births (no Sch 12 exception here); from 6 April 2026 for
  every child (the limit's removal);
- reg 24(2): the disabled child addition: the higher rate for DLA care at the
  highest rate, PIP daily living at the enhanced rate, or a blind child; the
  lower rate for any other DLA or PIP;
- reg 27(4), 28, 27(2) as amended: one LCWRA element for the award where a
  claimant has it included, the protected amount if either is protected;
- reg 29: a carer element for each carer (no carer here has LCWRA: reg 29(4)
  is left to the worked examples);
- reg 22: award = maximum - unearned income - 55% of earned income above the
  work allowance (reg 22(2): only where a claimant is responsible for a child
  or has limited capability for work; the higher amount without a housing
  costs element), a fraction of a penny rounded by reg 6(1);
- reg 66, 73: Carer's Allowance, new-style ESA and JSA weekly x 52 / 12 each;
  reg 72: £4.35 for each £250 or part of £250 of capital over £6,000, and no
  award over £16,000 (reg 18).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import mobility_for_age

from entitlements import Adult, Child, Household, estimate
from entitlements.tables import default_tables

TABLES = default_tables()
CHANGE = dt.date(2017, 4, 6)
LIMIT_REMOVED = dt.date(2026, 4, 6)
PROTECTED = ("pre_2026_claimant", "severe_conditions_criteria", "terminally_ill")


def half_up(x: Fraction) -> int:
    """reg 6(1): under half a penny disregarded, half or more a penny (x >= 0)."""
    whole, rest = divmod(x.numerator, x.denominator)
    return whole + (2 * rest >= x.denominator)


def weekly_to_monthly(weekly: int) -> int:
    return half_up(Fraction(weekly * 52, 12))  # reg 73(1)(a)


def reference(h: Household, on: dt.date) -> dict[str, int]:
    """What the regulations give, step by step (see the module docstring)."""
    at = lambda table_id: TABLES.at(table_id, on)  # noqa: E731
    adults = h.adults
    couple = len(adults) == 2
    sa = at("uc.standard_allowance")
    if couple:
        standard = sa["joint_either_25_or_over"] if max(a.age for a in adults) >= 25 else sa["joint_both_under_25"]
    else:
        standard = sa["single_25_or_over"] if adults[0].age >= 25 else sa["single_under_25"]

    rates = at("uc.child_element")
    kids = sorted(h.children, key=lambda c: c.date_of_birth)
    child = 0
    for place, c in enumerate(kids):
        if on < LIMIT_REMOVED and not (c.date_of_birth < CHANGE or place < 2):
            continue  # held back by the two-child limit
        first = place == 0 and c.date_of_birth < CHANGE
        child += rates["first_child_born_before_6_april_2017"] if first else rates["each_other_child"]

    dca = at("uc.disabled_child_addition")
    disabled = 0
    for c in kids:
        if c.dla_care == "highest" or c.pip_daily_living == "enhanced" or c.blind:
            disabled += dca["higher"]
        elif c.dla_care != "none" or c.dla_mobility != "none" or c.pip_daily_living != "none":
            disabled += dca["lower"]

    with_element = [a for a in adults if a.lcwra and a.lcwra_element_in_award]
    lcwra = 0
    if with_element:
        amounts = at("uc.lcwra_element")
        protected = on < LIMIT_REMOVED or any(a.lcwra_protection in PROTECTED for a in with_element)
        lcwra = amounts["protected"] if protected else amounts["new_claimant"]
    carer = sum(at("uc.carer_element") for a in adults if a.carer)
    maximum = standard + child + disabled + lcwra + carer

    wa = at("uc.work_allowance")
    gets_allowance = bool(kids) or any(a.lcw or a.lcwra for a in adults)
    allowance = wa["higher"] if gets_allowance else 0  # no housing costs element here
    earned = sum(a.monthly_earnings for a in adults)
    deduction = half_up(Fraction(max(earned - allowance, 0) * 55, 100))

    unearned = sum(weekly_to_monthly(w) for a in adults
                   for w in (a.carers_allowance_weekly, a.new_style_esa_weekly, a.new_style_jsa_weekly))
    unearned += sum(a.other_unearned_income_monthly for a in adults)
    over = max(h.capital - 600_000, 0)
    unearned += -(-over // 25_000) * 435  # each £250 or part of £250
    award = 0 if h.capital > 1_600_000 else max(maximum - unearned - deduction, 0)
    return {"maximum_amount": maximum, "earnings_deduction": deduction, "award_before_benefit_cap": award}


@st.composite
def adult(draw):
    lcwra = draw(st.booleans())
    carer = not lcwra and draw(st.booleans())
    return Adult(
        age=draw(st.integers(18, 64)),
        monthly_earnings=draw(st.one_of(st.just(0), st.integers(0, 400_000))),
        lcw=not lcwra and draw(st.booleans()),
        lcwra=lcwra,
        lcwra_element_in_award=lcwra and draw(st.booleans()),
        lcwra_protection=draw(st.sampled_from((None,) + PROTECTED)) if lcwra else None,
        carer=carer,
        carers_allowance_weekly=draw(st.sampled_from([0, 8330, 8645])) if carer else 0,
        new_style_esa_weekly=draw(st.sampled_from([0, 0, 9205, 9555])),
        new_style_jsa_weekly=draw(st.sampled_from([0, 0, 7290])),
        other_unearned_income_monthly=draw(st.sampled_from([0, 0, 12_345, 50_000])),
    )


@st.composite
def household_on(draw):
    on = draw(st.dates(dt.date(2023, 4, 10), dt.date(2027, 3, 31)))
    end = on + dt.timedelta(days=27)  # every child born by the end of the period
    kids = tuple(
        Child(date_of_birth=(born := draw(st.dates(dt.date(on.year - 18, 1, 1), end))),
              dla_care=draw(st.sampled_from(["none", "none", "lowest", "middle", "highest"])),
              # DLA mobility only from 3 (higher) or 5 (lower): SSCBA 1992 s 73(1A)
              dla_mobility=mobility_for_age(draw(st.sampled_from(["none", "none", "lower", "higher"])), born, on),
              blind=draw(st.booleans()) and draw(st.booleans()),
              education="non_advanced")  # up to 18, in school or college: every one qualifies (reg 5)
        for _ in range(draw(st.integers(0, 5)))
    )
    h = Household(adults=tuple(draw(adult()) for _ in range(draw(st.integers(1, 2)))), children=kids,
                  capital=draw(st.sampled_from([0, 0, 600_000, 600_001, 625_000, 625_001, 1_600_000, 1_600_001])))
    return h, on


@settings(max_examples=300, deadline=None)
@given(household_on())
def test_maximum_amount_and_taper_agree_with_the_reference(pair):
    # Mutants killed: a rate, the taper or a rounding changed; an element
    # dropped; the two-child limit or the 6 April 2017 boundary moved; one
    # LCWRA element per couple lost; the work allowance given wrongly.
    h, on = pair
    c = estimate(h, on=on, tables=TABLES).universal_credit.calculation
    got = {k: int(getattr(c, k)) for k in ("maximum_amount", "earnings_deduction", "award_before_benefit_cap")}
    assert got == reference(h, on)


@settings(max_examples=150, deadline=None)
@given(household_on(), st.integers(1, 300_000))
def test_more_earnings_lower_the_award_by_55p_in_the_pound_until_it_is_nil(pair, extra):
    """Monotone in earnings, with the law's one rate: above the work
    allowance each extra penny of earnings costs 55% of it (to within the
    rounding of the two deductions), until the award is nil. Only the
    benefit cap's earnings exemption (reg 82) can raise an award when
    earnings rise (the cliff edge the worked examples pin at £880.99 and
    £881.00); it is outside this comparison, made before the cap."""
    h, on = pair
    a = h.adults[0]
    more = h.replace(adults=(attrs.evolve(a, monthly_earnings=a.monthly_earnings + extra),) + h.adults[1:])
    before = estimate(h, on=on, tables=TABLES).universal_credit.calculation.award_before_benefit_cap
    after = estimate(more, on=on, tables=TABLES).universal_credit.calculation.award_before_benefit_cap
    assert after <= before
    if after > 0:
        # Not floored at nil: the extra earnings cost 55% of the part above the
        # work allowance (at most £710 in these years), within a penny of reg
        # 6(1) rounding on each deduction.
        cost = before - after
        top = Fraction(55 * extra, 100)
        assert top - Fraction(55 * 71_000, 100) - 1 <= cost <= top + 1
