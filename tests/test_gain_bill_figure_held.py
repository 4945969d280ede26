"""A council tax figure from the bill used past the financial year it is
for: both gain paths say so, in the same words (gain/bill_figures.py)."""

import datetime as dt

import numpy as np

from entitlements import caseload_gains, income_gain
from entitlements.gain import Outcome, Scenario
from entitlements.household import Adult, Household, Housing
from entitlements.rate_assumptions import describe

D = dt.date
HELD = ("Council tax from the bill (housing_council_tax_band_d or housing_council_tax_band_charge): the figure given "
        "is taken as the 2025-26 one (to 31/03/2026), and held unchanged from 01/04/2026, an assumption: the billing "
        "authority sets a new one each financial year (LGFA 1992 s 30); give the later bill's figure if known.")


def _pensioner(**housing) -> Household:
    return Household(adults=Adult(age=75, state_pension_weekly=17000), local_authority="Coventry",
                     housing=Housing(tenure="owner_occupier", council_tax_band="B", **housing))


def _aa(h: Household, effective: dt.date) -> Scenario:
    return Scenario(household=h, claim_start=D(2025, 6, 1), outcomes=(
        Outcome(kind="benefit_claimed", benefit="attendance_allowance", aa_rate="higher", effective=effective),))


def _bill(assumptions):
    return [(a.start, a.end, a.known_until) for a in assumptions if a.table_id == "bill.council_tax"]


def test_band_d_from_the_bill_held_into_the_next_year_is_said_by_both_paths():
    # Higher AA from 1 Feb 2026 (2025-26), 12 periods from the period of the decision: 1 Feb 2026 to 31 Jan 2027.
    # The knock-on (Pension Credit and CTR) runs to 31 Jan 2027, so the bill's 2025-26 Band D (£2,200) stands for
    # 1 Apr 2026 to 31 Jan 2027.
    s = _aa(_pensioner(council_tax_band_d=220000), D(2026, 2, 1))
    g = income_gain(s, horizon_months=12)
    assert _bill(g.rate_assumptions) == [(D(2026, 4, 1), D(2027, 1, 31), D(2026, 3, 31))]
    assert HELD in g.assumptions
    c = caseload_gains([s], horizon_months=12)
    assert _bill(c.assumptions) == _bill(g.rate_assumptions)
    assert c.rates_assumed.tolist() == ["held from 2026-04-01"]
    assert describe(c.assumptions, "hold") == [HELD]


def test_band_charge_from_the_bill_is_held_the_same_way():
    s = _aa(_pensioner(council_tax_band_charge=170000), D(2026, 2, 1))
    g, c = income_gain(s, horizon_months=12), caseload_gains([s], horizon_months=12)
    assert _bill(g.rate_assumptions) == _bill(c.assumptions) == [(D(2026, 4, 1), D(2027, 1, 31), D(2026, 3, 31))]


def test_a_projection_within_the_bills_year_says_nothing():
    # Effective 1 June 2025, 6 periods to 30 Nov 2025: all in 2025-26, the year of the bill.
    s = _aa(_pensioner(council_tax_band_d=220000), D(2025, 6, 1))
    g, c = income_gain(s, horizon_months=6), caseload_gains([s], horizon_months=6)
    assert _bill(g.rate_assumptions) == _bill(c.assumptions) == []
    assert not any("from the bill" in a for a in g.assumptions)
    assert c.rates_assumed.tolist() == [""]


def test_below_pension_age_council_tax_is_not_read():
    # Universal Credit does not count council tax: a working-age household's bill figure is never read over time.
    h = Household(adults=Adult(age=40), local_authority="Coventry",
                  housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=220000))
    s = Scenario(household=h, claim_start=D(2025, 6, 1), outcomes=(Outcome(kind="lcwra_found", effective=D(2026, 2, 1)),))
    g, c = income_gain(s, horizon_months=12), caseload_gains([s], horizon_months=12)
    assert _bill(g.rate_assumptions) == _bill(c.assumptions) == []


def test_held_days_from_the_next_april_to_the_last_day_counted():
    from entitlements.gain.bill_figures import held_days
    from entitlements.gain.calendar import NEVER, day_number

    n = day_number
    first = [n(D(2026, 3, 31)), n(D(2026, 4, 1)), n(D(2026, 1, 10)), n(D(2026, 1, 10)), NEVER]
    end = [n(D(2026, 4, 2)), n(D(2027, 4, 2)), n(D(2026, 4, 1)), n(D(2026, 4, 2)), n(D(2030, 1, 1))]
    lo, hi = held_days(first, end, [True, True, True, False, True])
    # 31 Mar 2026 is 2025-26: held from 1 Apr 2026 for the one day counted after it. 1 Apr 2026 is 2026-27: held
    # from 1 Apr 2027 (to 1 Apr 2027). Counted to 31 Mar 2026 only: not held. No figure, or no knock-on: not held.
    assert lo.tolist() == [n(D(2026, 4, 1)), n(D(2027, 4, 1)), NEVER, NEVER, NEVER]
    assert hi.tolist() == [n(D(2026, 4, 1)), n(D(2027, 4, 1)), -NEVER, -NEVER, -NEVER]
    assert np.all(lo[:2] <= hi[:2])
