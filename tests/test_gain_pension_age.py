"""Income gain at pension age: the outcome's change in Pension Credit, and
through it in Housing Benefit and Council Tax Reduction
(:mod:`entitlements.gain.pension_age`), in the one-household path and the
caseload path.

Amounts for 2025-26, from the rule tables (each with its source):
standard minimum guarantee £227.10 single, £346.60 couple (SI 2025/295 art
29(2)); severe disability additional amount £82.90 one, £165.80 double (art
29(2)(c)-(d)); savings credit threshold £198.27 single, £314.34 couple (art
29(3)), maximum £17.30 single (60% x (227.10 - 198.27) = 17.298, SPCA 2002
s 3(7)); Attendance Allowance higher rate £110.40, from 6 April 2026 £114.60;
pension-age Housing Benefit and CTR personal allowance £244.40 (reached
pensionable age before 1 April 2021).

Every scenario: the Universal Credit award's first day 1 May 2025 (it only
fixes the assessment periods: no one here gets UC), the outcome effective and
decided on 1 May 2025, the projection 12 assessment periods from 1 May 2025
to 30 April 2026 (365 days), convention weekly x 52.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, Housing, caseload_gains
from entitlements.benefits.household_total import calculate
from entitlements.columns import household_columns
from entitlements.household import NonDependant
from entitlements.tables import Tables
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.gain.pension_age import KNOCK_ON_SOURCES

sys.path.insert(0, os.path.dirname(__file__))
import gain_scenarios  # noqa: E402

D = dt.date
# A social rent of £100 a week (one bedroom) and band B in Coventry, with the bill's Band D £2,100:
# band B is 7/9 of Band D, £1,633.33; less the 25% single person discount, £1,225.00 a year.
HOME = Housing(tenure="social_rent", rent=10000, rent_period="week", bedrooms=1, council_tax_band="B",
               council_tax_band_d=210000)


def _aa(h: Household, rate: str = "higher", adult: int = 1, **kw) -> Scenario:
    return Scenario(household=h, claim_start=D(2025, 5, 1), outcomes=(Outcome(
        kind="benefit_claimed", benefit="attendance_allowance", aa_rate=rate, effective=D(2025, 5, 1), confirmed=True,
        adult=adult, **kw),))


def _lines(g) -> dict[str, tuple[int, int]]:
    return {b.benefit: (b.weekly, b.projected) for b in g.benefit_lines}


def _knock_ons(g) -> dict[str, int]:
    return {b.benefit: b.weekly for b in g.benefit_lines if b.source == KNOCK_ON_SOURCES.get(b.benefit)}


# Attendance Allowance over the projection: 1 May 2025 to 5 April 2026, 340 days x £110.40 / 7 = £5,362.29 (5,362.285...,
# half up); 6 April to 30 April 2026, 25 days x £114.60 / 7 = £409.29 (409.285...); together £5,771.58.
AA_PROJECTED = 536229 + 40929


def test_single_75_state_pension_170_wins_higher_aa_2025_pension_credit_rises_by_the_severe_disability_amount():
    # Before: appropriate minimum guarantee £227.10 (reg 6(1)(b)); income £170.00; guarantee credit £57.10.
    #   Savings credit: qualifying income £170.00 is below the threshold £198.27, so amount A is nil: none.
    # After: AA higher, no non-dependant, no one paid Carer's Allowance for caring for them: the severe
    #   disability amount £82.90 (reg 6(4), (5)(a); Sch I para 1(1)(a)); minimum guarantee £310.00;
    #   guarantee credit £140.00. Pension Credit rises £82.90 a week.
    # Weekly gain £110.40 + £82.90 = £193.30; annual £193.30 x 52 = £10,051.60.
    # Pension Credit over the projection, at the rates in force each day: 1 May 2025 to 5 April 2026,
    # 340 days x £82.90 / 7 = £4,026.57 (4,026.571...); from 6 April 2026 the severe disability amount is £86.05
    # (SI 2026/148; guarantee credit £238.00 + £86.05 - £170.00 = £154.05 against £68.00 before), 25 days x
    # £86.05 / 7 = £307.32 (307.321...): £4,333.89 (not 365 x £82.90 / 7 = £4,322.64, held at 1 May 2025's rate).
    g = income_gain(_aa(Household(adults=Adult(age=75, state_pension_weekly=17000))))
    assert _lines(g) == {"attendance_allowance": (11040, AA_PROJECTED), "pension_credit": (8290, 402657 + 30732)}
    assert (g.recurring_monthly, g.recurring_weekly_total, g.annual) == (0, 19330, 1005160)
    assert g.projected == AA_PROJECTED + 433389
    assert any(a.startswith("Pension age:") and "Pension Credit +£82.90" in a for a in g.assumptions)


def test_the_same_with_rent_and_council_tax_already_at_the_maximum_through_guarantee_credit():
    # As above, with a £100 rent and band B. Guarantee credit before (£57.10) and after (£140.00): Housing
    # Benefit is the maximum, £100.00 (SI 2006/214 reg 26: income and capital disregarded), and so is Council
    # Tax Reduction, £1,225.00 x 7 / 365 = £23.49 a week, both times. No Housing Benefit or CTR line.
    h = Household(adults=Adult(age=75, state_pension_weekly=17000), housing=HOME, local_authority="Coventry")
    g = income_gain(_aa(h))
    assert _knock_ons(g) == {"pension_credit": 8290}
    assert g.annual == 1005160


def test_single_75_state_pension_230_aa_brings_guarantee_credit_and_so_maximum_hb_and_ctr():
    # Before: income £230.00 exceeds the minimum guarantee £227.10: no guarantee credit. Savings credit (born
    #   about 1950: pensionable age before 6 April 2016, SPCA s 3(1)): amount A = the lesser of £17.30 and
    #   60% x (£230.00 - £198.27) = £19.04: £17.30; amount B = 40% x (£230.00 - £227.10) = £1.16;
    #   savings credit £16.14. Pension Credit £16.14.
    # After: minimum guarantee £227.10 + £82.90 = £310.00; guarantee credit £80.00; amount B nil, savings
    #   credit £17.30. Pension Credit £97.30: up £81.16.
    # Housing Benefit before: income £230.00 + £16.14 = £246.14, applicable amount £244.40, excess £1.74,
    #   65% taper £1.13 (1.131): £100.00 - £1.13 = £98.87. After: guarantee credit, the maximum £100.00: up £1.13.
    # CTR before: £1,225.00 x 7 / 365 = £23.4931... less 20% x £1.74 = £0.348: £23.1451... = £23.15 (SI 2012/2885
    #   Sch 1, the reduction rounded once). After: the maximum, £23.49: up £0.34.
    # Weekly gain £110.40 + £81.16 + £1.13 + £0.34 = £193.03; annual x 52 = £10,037.56.
    h = Household(adults=Adult(age=75, state_pension_weekly=23000), housing=HOME, local_authority="Coventry")
    g = income_gain(_aa(h))
    assert _knock_ons(g) == {"pension_credit": 8116, "housing_benefit": 113, "council_tax_reduction": 34}
    assert (g.recurring_weekly_total, g.annual) == (19303, 1003756)


def test_pensioner_couple_both_on_aa_get_the_double_severe_disability_amount():
    # A couple, 75 and 72, State Pension £170 and £120 (£290.00). Adult 1 already has AA (lower); adult 2 is
    # awarded AA at the higher rate.
    # Before: minimum guarantee £346.60 (reg 6(1)(a)); only one partner in receipt of a qualifying benefit, so no
    #   severe disability amount (Sch I para 1(1)(b)(i)); guarantee credit £56.60; savings credit nil (£290.00 is
    #   below the couple threshold £314.34).
    # After: both in receipt, no one paid to care for either: the double amount £165.80 (reg 6(5)(b));
    #   guarantee credit £222.40. Up £165.80.
    # Weekly gain £110.40 + £165.80 = £276.20; annual £14,362.40.
    h = Household(adults=(Adult(age=75, state_pension_weekly=17000, attendance_allowance="lower"),
                          Adult(age=72, state_pension_weekly=12000)))
    g = income_gain(_aa(h, adult=2))
    assert _knock_ons(g) == {"pension_credit": 16580}
    assert (g.recurring_weekly_total, g.annual) == (27620, 1436240)


def test_pensioner_couple_only_one_on_aa_gets_no_severe_disability_amount():
    # As above, but adult 1 has no AA: after the award only one partner is in receipt (and neither is blind),
    # so Sch I para 1(1)(b) and (c) are not met: no severe disability amount, no Pension Credit change.
    # Annual: £110.40 x 52 = £5,740.80.
    h = Household(adults=(Adult(age=75, state_pension_weekly=17000), Adult(age=72, state_pension_weekly=12000)))
    g = income_gain(_aa(h, adult=2))
    assert _knock_ons(g) == {}
    assert g.annual == 574080


def test_someone_paid_carers_allowance_for_caring_for_them_so_no_severe_disability_amount():
    # As the first case, but someone gets Carer's Allowance for caring for them (Sch I para 1(1)(a)(iii)):
    # no severe disability amount, Pension Credit stays £57.10. The gain is the AA alone: £110.40 x 52 = £5,740.80.
    g = income_gain(_aa(Household(adults=Adult(age=75, state_pension_weekly=17000, carer_paid_for=True))))
    assert _knock_ons(g) == {}
    assert (g.recurring_weekly_total, g.annual) == (11040, 574080)
    assert any(a.startswith("Pension age:") and "Pension Credit £0.00" in a for a in g.assumptions)


def test_a_non_dependant_living_with_them_so_no_severe_disability_amount():
    # As the first case, owning their home, with a son of 40 living there (Sch I para 1(1)(a)(ii)): no severe disability amount.
    home = Housing(tenure="owner_occupier", non_dependants=(NonDependant(age=40, gross_weekly_income=50000),))
    g = income_gain(_aa(Household(adults=Adult(age=75, state_pension_weekly=17000), housing=home)))
    assert _knock_ons(g) == {}


def test_more_state_pension_lowers_pension_credit_a_knock_on_both_ways():
    # An income change: State Pension £170.00 -> £200.00 from 1 May 2025 (the income itself is no line).
    # Before: guarantee credit £227.10 - £170.00 = £57.10; savings credit nil (£170.00 is below £198.27).
    # After: guarantee credit £227.10 - £200.00 = £27.10; savings credit: amount A 60% x (£200.00 - £198.27)
    #   = £1.038, rounded up (reg 7(4)) £1.04; amount B nil (income below the minimum guarantee): £1.04.
    #   Pension Credit £28.14. It falls £57.10 - £28.14 = £28.96 a week; annual -£28.96 x 52 = -£1,505.92.
    h = Household(adults=Adult(age=75, state_pension_weekly=17000))
    s = Scenario(household=h, claim_start=D(2025, 5, 1), outcomes=(Outcome(
        kind="income_change", effective=D(2025, 5, 1), confirmed=True, changes={"adult1_state_pension_weekly": 20000}),))
    g = income_gain(s)
    assert _knock_ons(g) == {"pension_credit": -2896}
    assert g.annual == -150592


def test_below_pension_age_no_knock_on_lines():
    # A 40-year-old awarded PIP (Attendance Allowance is refused below State Pension age): Universal Credit, not
    # Pension Credit; the UC path values the outcome; no pension-age lines.
    g = income_gain(Scenario(household=Household(adults=Adult(age=40)), claim_start=D(2025, 5, 1), outcomes=(Outcome(
        kind="pip_awarded", pip_daily_living="enhanced", effective=D(2025, 5, 1), confirmed=True),)))
    assert [b.benefit for b in g.benefit_lines] == ["pip"]
    assert _knock_ons(g) == {} and not any(a.startswith("Pension age:") for a in g.assumptions)


def test_hb_awarded_at_pension_age_is_its_own_line_not_a_knock_on():
    # Housing Benefit awarded (worked out: £100.00, guarantee credit): valued as the award itself; no
    # knock-on line beside it (it would count it twice).
    h = Household(adults=Adult(age=75, state_pension_weekly=17000), housing=HOME, local_authority="Coventry")
    s = Scenario(household=h, claim_start=D(2025, 5, 1), outcomes=(Outcome(kind="hb_awarded", effective=D(2025, 5, 1),
                                                                           confirmed=True),))
    g = income_gain(s)
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("housing_benefit", 10000)]
    assert _knock_ons(g) == {}


WORKED = [
    _aa(Household(adults=Adult(age=75, state_pension_weekly=17000))),
    _aa(Household(adults=Adult(age=75, state_pension_weekly=23000), housing=HOME, local_authority="Coventry")),
    _aa(Household(adults=(Adult(age=75, state_pension_weekly=17000, attendance_allowance="lower"),
                          Adult(age=72, state_pension_weekly=12000))), adult=2),
    _aa(Household(adults=Adult(age=75, state_pension_weekly=17000, carer_paid_for=True))),
]


@pytest.mark.parametrize("convention", ["weekly_x52", "monthly_x12"])
def test_worked_cases_caseload_path_equals_one_household_path(convention):
    # The caseload path gives each case's knock-ons, totals and annual gain to the penny as the one-household path.
    g = caseload_gains(WORKED, convention=convention)
    assert g.valid.all()
    assert [list(map(int, w)) for w in g.knock_ons.weekly] == [[8290, 0, 0], [8116, 113, 34], [16580, 0, 0], [0, 0, 0]]
    for i, s in enumerate(WORKED):
        one = income_gain(s, convention=convention)
        assert (int(g.weekly_total[i]), int(g.annual[i]), int(g.projected[i]), int(g.arrears[i])) == (
            one.recurring_weekly_total, one.annual, one.projected, one.arrears)
    row = next(iter(g.rows()))
    assert (row["pension_credit_change_weekly_pence"], row["weekly_gain_pence"]) == (8290, 19330)
    by = g.summary()["annual_gain_by_benefit_pence"]
    if convention == "weekly_x52":
        # Pension Credit: (82.90 + 81.16 + 165.80) x 52 = £17,152.72; HB £1.13 x 52 = £58.76; CTR £0.34 x 52 = £17.68.
        assert (by["pension_credit"], by["housing_benefit"], by["council_tax_reduction"]) == (1715272, 5876, 1768)


def test_carer_paid_for_in_the_engine_pension_credit_hb_and_ctr():
    # The engine estimate() uses (benefits.household_total.calculate): a single pensioner with AA, State Pension £400 (no guarantee credit, so
    # Housing Benefit and CTR are worked out on income): with no one paid to care for them the severe
    # disability amount is in Pension Credit's minimum guarantee (£82.90) and the severe disability premium
    # in HB's and CTR's applicable amount (£244.40 + £82.90 = £327.30); with someone paid, none of them.
    def calc(paid):
        h = Household(adults=Adult(age=75, state_pension_weekly=40000, attendance_allowance="higher", carer_paid_for=paid),
                      housing=HOME, local_authority="Coventry")
        return calculate(household_columns(h), on=D(2025, 6, 2), tables=Tables.load())
    free, paid = calc(False), calc(True)
    assert free.pension_credit.severe_disability_addition == 8290 and paid.pension_credit.severe_disability_addition == 0
    assert (free.housing_benefit.applicable_amount.total, paid.housing_benefit.applicable_amount.total) == (32730, 24440)
    assert (free.council_tax.ctr_applicable_amount, paid.council_tax.ctr_applicable_amount) == (32730, 24440)


PARITY_EXAMPLES = int(os.environ.get("ENTITLEMENTS_GAIN_PARITY_EXAMPLES", "25"))


@settings(max_examples=PARITY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.integers(6, 12), st.sampled_from([6, 12, 18]),
       st.sampled_from(["decision", "effective"]), st.sampled_from(["weekly_x52", "monthly_x12"]),
       st.sampled_from(["strict", "hold", "uprate:3.1"]))
def test_pension_age_caseload_equals_one_household_path(r, n, horizon, start, convention, policy):
    """Pension-age households (AA, PIP, DLA, Carer's Allowance, income and
    housing changes, HB and CTR awarded; rented or owned, some with a
    non-dependant or a carer paid for them; a few mixed-age couples): the
    caseload path gives each knock-on line, and every total, as the
    one-household path does."""
    scens = gain_scenarios.pension_age_scenarios(r, n)
    compared, refused, differ = gain_scenarios.differences(
        scens, horizon_months=horizon, projection_from=start, convention=convention, assumptions=True, rates_after=policy)
    assert not differ, "\n".join(differ)
    assert compared + refused == n


def test_pension_age_generator_reaches_every_knock_on():
    # The property above is only as good as its scenarios: they must change each benefit.
    scens = gain_scenarios.pension_age_scenarios(random.Random(2), 150)
    g = caseload_gains(scens)
    assert ((g.knock_ons.weekly != 0).sum(axis=0) > 5).all()
    assert (g.knock_ons.weekly < 0).any()
    # Some reach the qualifying age during the projection (a knock-on from that day), some live in Wales or Scotland.
    dob = [s.household.adults[0].date_of_birth for s in scens]
    assert sum(1 for i, d in enumerate(dob) if d is not None and d.year >= 1959 and g.knock_ons.projected[i].any()) >= 3
    assert {s.household.nation for s in scens} == {"england", "wales", "scotland"}
