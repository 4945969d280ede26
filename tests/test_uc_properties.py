"""Properties of Universal Credit over generated households."""

import datetime as dt

import attrs
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Caseload, estimate, estimate_caseload
from entitlements.tables import default_tables

from strategies import flatten, household_and_period, households, period_starts

TABLES = default_tables()


@settings(max_examples=150, deadline=None)
@given(period_starts.flatmap(lambda on: st.tuples(st.lists(households(on), min_size=1, max_size=8), st.just(on))))
def test_scalar_result_equals_caseload_row(hs_on):
    hs, on = hs_on
    rows = flatten(estimate_caseload(Caseload.from_households(hs), on=on, tables=TABLES).calculation)
    for i, h in enumerate(hs):
        one = flatten(estimate(h, on=on, tables=TABLES).universal_credit.calculation)
        assert one.keys() == rows.keys()
        for name, value in one.items():
            assert np.broadcast_to(rows[name], (len(hs),))[i] == value, name


@settings(max_examples=60, deadline=None)
@given(st.lists(household_and_period(), min_size=2, max_size=6))
def test_caseload_with_a_date_per_row_equals_each_row_alone(pairs):
    hs = [h for h, _ in pairs]
    dates = [d for _, d in pairs]
    on = np.array(dates, dtype="datetime64[D]")
    awards = estimate_caseload(hs, on=on, tables=TABLES).award
    assert awards.tolist() == [estimate(h, on=d, tables=TABLES).universal_credit.award for h, d in zip(hs, dates)]


@st.composite
def with_gross_pay_or_a_named_area(draw, pair):
    """The household, perhaps with the first adult's pay given gross and a
    private renter's BRMA named (the LHA determinations cover periods from
    8 April 2024)."""
    h, on = pair
    if draw(st.booleans()):
        a1 = attrs.evolve(h.adults[0], monthly_earnings=0, gross_monthly_earnings=draw(st.sampled_from([0, 90_000, 250_000])))
        h = attrs.evolve(h, adults=(a1,) + h.adults[1:])
    if h.housing is not None and h.housing.tenure == "private_rent" and on >= dt.date(2024, 4, 8) and draw(st.booleans()):
        h = attrs.evolve(h, housing=attrs.evolve(h.housing, lha_rate=None, brma=draw(st.sampled_from(["Ashford", "Inner East London"]))))
    return h, on


@settings(max_examples=80, deadline=None)
@given(st.lists(household_and_period().flatmap(with_gross_pay_or_a_named_area), min_size=2, max_size=6), st.booleans())
def test_columns_the_same_in_every_row_may_come_as_one_row(pairs, date_per_row):
    """The caseload projection passes a column that is the same in every row
    as one row (numpy broadcasting does the rest): every step comes out the
    same, with one date or a date per row."""
    from entitlements.gain import _blocks as P
    from entitlements.benefits import uc
    from entitlements.columns import households_columns

    hs = [h for h, _ in pairs]
    on = np.array([d for _, d in pairs], dtype="datetime64[D]") if date_per_row else pairs[0][1]
    full = households_columns(hs)
    compacted = P.take(P.compact(full), np.arange(len(hs)))
    try:
        want = flatten(uc.calculate(full, on=on, tables=TABLES))
    except Exception as e:  # the same error, whichever way the columns come
        try:
            uc.calculate(compacted, on=on, tables=TABLES)
        except Exception as f:
            assert type(f) is type(e)
            return
        raise AssertionError(f"full columns failed with {e!r}, compacted did not")
    got = flatten(uc.calculate(compacted, on=on, tables=TABLES))
    for name, value in want.items():
        np.testing.assert_array_equal(np.broadcast_to(got[name], np.shape(value)), value, err_msg=name)


@settings(max_examples=200, deadline=None)
@given(household_and_period())
def test_uc_is_never_negative(pair):
    h, on = pair
    assert estimate(h, on=on, tables=TABLES).universal_credit.award >= 0


@settings(max_examples=200, deadline=None)
@given(household_and_period(), st.integers(1, 200_000))
def test_more_earnings_never_raise_uc_and_cost_at_most_55p_per_pound(pair, extra_pounds):
    """Holding work status fixed, more earnings never raise UC before the
    benefit cap, and cost at most 55p per £1 (reg 22). After the cap the same
    holds while the cap exemption does not change: reg 82's earnings
    exemption is a cliff edge where more earnings can lift the cap (tested
    by the worked examples at £845.99 and £846.00)."""
    h, on = pair
    extra = extra_pounds * 100
    a = h.adults[0]
    fixed = tuple(attrs.evolve(x, in_paid_work=x.works) for x in h.adults)
    h = h.replace(adults=fixed)
    a = fixed[0]
    more = h.replace(adults=(attrs.evolve(a, monthly_earnings=a.monthly_earnings + extra),) + fixed[1:])
    before = estimate(h, on=on, tables=TABLES).universal_credit.calculation
    after = estimate(more, on=on, tables=TABLES).universal_credit.calculation
    assert after.award_before_benefit_cap <= before.award_before_benefit_cap
    if after.benefit_cap_exempt == before.benefit_cap_exempt:
        assert after.award <= before.award
    # 55% of a whole number of pounds is a whole number of pence: no rounding slack.
    assert 0 <= after.earnings_deduction - before.earnings_deduction <= 55 * extra_pounds


@settings(max_examples=100, deadline=None)
@given(household_and_period())
def test_a_couple_gets_at_most_one_lcw_or_lcwra_element(pair):
    h, on = pair
    calc = estimate(h, on=on, tables=TABLES).universal_credit.calculation
    amounts = TABLES.at("uc.lcwra_element", on)
    assert calc.lcwra_element in (0, amounts["protected"], amounts["new_claimant"])
    assert not (calc.lcwra_element and calc.lcw_element)


@settings(max_examples=200, deadline=None)
@given(household_and_period())
def test_the_benefit_cap_never_raises_an_award(pair):
    h, on = pair
    c = estimate(h, on=on, tables=TABLES).universal_credit.calculation
    assert 0 <= c.award <= c.award_before_benefit_cap
    # The cap takes exactly its reduction (UC may also be nil for a claimant
    # over State Pension age, which is not the cap).
    assert c.award in (c.award_before_benefit_cap - c.benefit_cap_reduction, 0)


@settings(max_examples=200, deadline=None)
@given(household_and_period())
def test_the_housing_element_never_exceeds_the_rent(pair):
    h, on = pair
    c = estimate(h, on=on, tables=TABLES).universal_credit.calculation
    assert 0 <= c.housing_costs_element <= c.housing.eligible_rent <= c.housing.rent_monthly
    if h.housing is None or h.housing.tenure in ("owner_occupier", "supported_or_temporary"):
        assert c.housing_costs_element == 0
