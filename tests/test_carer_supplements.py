"""A Scottish carer's supplements: Carer's Allowance Supplement (lump sums on
qualifying dates, Social Security (Scotland) Act 2018 s 81) and the weekly
Scottish Carer Supplement from 15 March 2026 (SSI 2023/302 reg 14A), alone
(:mod:`entitlements.benefits.carer_supplements`) and in the income gain of a
Carer's Allowance / Carer Support Payment outcome, one household and
caseload alike.

Figures worked by hand from ``rules/scotland/carers_allowance_supplement.toml``
(£270.50 on 10 April and 9 October 2023, £288.60 on 8 April and 7 October 2024,
£293.50 on 14 April and 13 October 2025), ``scottish_carer_supplement.toml``
(£11.29 a week from 15 March 2026, £11.70 from 6 April 2026) and the carer's rate (£83.30 from 7 April
2025, £86.45 from 6 April 2026: SI 2025/295, SI 2026/148).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, caseload_gains, income_gain
from entitlements.benefits.carer_supplements import (
    qualifying_dates,
    scottish_carer_supplement_over,
    scottish_carer_supplement_weekly,
    supplement_payments,
)
from entitlements.gain import Outcome, Scenario
from entitlements.rates_policy import rates_policy
from entitlements.tables import default_tables

T = default_tables()
D = dt.date


# --- The lump sums (s 81) -------------------------------------------------------------------------------------

def test_two_lump_sums_in_2024_25():
    # Qualifying dates 8 April and 7 October 2024, £288.60 each: 2 x 28860 = 57720.
    assert supplement_payments(D(2024, 4, 1), D(2025, 4, 1), True, tables=T) == 57720
    assert qualifying_dates(D(2024, 4, 1), D(2025, 4, 1), tables=T) == [(D(2024, 4, 8), 28860), (D(2024, 10, 7), 28860)]


def test_in_receipt_on_the_qualifying_date_is_what_counts():
    # An award of one day, 14 April 2025, gets the whole £293.50 (s 81(2)); one from 15 April to 12 October
    # gets nothing; one day more (to 13 October inclusive) gets the October payment.
    assert supplement_payments(D(2025, 4, 14), D(2025, 4, 15), True, tables=T) == 29350
    assert supplement_payments(D(2025, 4, 15), D(2025, 10, 13), True, tables=T) == 0
    assert supplement_payments(D(2025, 4, 15), D(2025, 10, 14), True, tables=T) == 29350


def test_no_supplement_outside_scotland():
    assert supplement_payments(D(2024, 4, 1), D(2025, 4, 1), False, tables=T) == 0


def test_underlying_entitlement_only_is_not_receipt():
    # On 14 April 2025 Carer Support Payment is £83.30: an overlapping benefit of £83.30 leaves nil paid
    # (SI 1979/597 reg 4(5)), so no supplement; £83.29 leaves 1p paid, and the whole £293.50 is due.
    assert supplement_payments(D(2025, 4, 1), D(2025, 5, 1), True, tables=T, overlapping_weekly=8330) == 0
    assert supplement_payments(D(2025, 4, 1), D(2025, 5, 1), True, tables=T, overlapping_weekly=8329) == 29350


def test_no_lump_sums_from_april_2026_even_with_rates_held():
    # The half-year from 1 April 2026 has the weekly Scottish Carer Supplement instead: holding the last known
    # rates must not invent a payment (the table ends on 31 March 2026 and its held rows are no payments).
    held = rates_policy("hold").apply(T)
    assert supplement_payments(D(2026, 4, 1), D(2028, 4, 1), True, tables=held) == 0
    assert qualifying_dates(D(2026, 1, 1), D(2028, 4, 1), tables=held) == []


# --- The weekly Scottish Carer Supplement (from 15 March 2026) -------------------------------------------------

def test_weekly_supplement_starts_on_15_march_2026():
    assert scottish_carer_supplement_weekly(D(2026, 3, 14), True, tables=T) == 0
    assert scottish_carer_supplement_weekly(D(2026, 3, 15), True, tables=T) == 1129
    assert scottish_carer_supplement_weekly(D(2026, 4, 6), True, tables=T) == 1170  # SSI 2026/170 reg 12(3), as reported
    assert scottish_carer_supplement_weekly(D(2026, 3, 15), False, tables=T) == 0


def test_weekly_supplement_only_while_the_carers_benefit_is_paid():
    # From 6 April 2026 the rate is £86.45: an overlapping £86.45 leaves nil (no supplement), £86.44 leaves 1p.
    assert scottish_carer_supplement_weekly(D(2026, 4, 6), True, tables=T, overlapping_weekly=8645) == 0
    assert scottish_carer_supplement_weekly(D(2026, 4, 6), True, tables=T, overlapping_weekly=8644) == 1170
    # Before 6 April the rate was £83.30: £84.00 overlapping leaves nil on 5 April, not on 6 April.
    assert scottish_carer_supplement_weekly(D(2026, 4, 5), True, tables=T, overlapping_weekly=8400) == 0
    assert scottish_carer_supplement_weekly(D(2026, 4, 6), True, tables=T, overlapping_weekly=8400) == 1170


def test_weekly_supplement_over_days():
    # March 2026: 15 to 31 March, 17 days x 1129 / 7 = 2741.86 -> 2742.
    assert scottish_carer_supplement_over(D(2026, 3, 1), D(2026, 4, 1), True, tables=T) == 2742
    # 15 March to 30 April 2026, cut on 6 April (the supplement and the carer's rate go up): 22 days x 1129 / 7
    # = 3548.29 -> 3548, and 25 days x 1170 / 7 = 4178.57 -> 4179: 7727.
    assert scottish_carer_supplement_over(D(2026, 3, 15), D(2026, 5, 1), True, tables=T) == 7727
    # Overlapping £84.00: nothing paid to 5 April (rate £83.30), then 25 days: 4179.
    assert scottish_carer_supplement_over(D(2026, 3, 15), D(2026, 5, 1), True, tables=T, overlapping_weekly=8400) == 4179


DAYS = st.dates(min_value=D(2023, 4, 10), max_value=D(2027, 3, 31))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(DAYS, st.integers(0, 500), st.booleans(), st.sampled_from([0, 0, 5000, 8400, 8700])),
                min_size=1, max_size=6))
def test_scalar_and_array_agree(cases):
    starts = [a for a, _, _, _ in cases]
    ends = [min(a + dt.timedelta(days=n), D(2027, 4, 5)) for a, n, _, _ in cases]
    scot = [s for _, _, s, _ in cases]
    ov = [o for _, _, _, o in cases]
    arr = lambda xs: np.array(xs, dtype="datetime64[D]")  # noqa: E731
    lump = supplement_payments(arr(starts), arr(ends), np.array(scot), tables=T, overlapping_weekly=np.array(ov))
    weekly = scottish_carer_supplement_over(arr(starts), arr(ends), np.array(scot), tables=T, overlapping_weekly=np.array(ov))
    for i in range(len(cases)):
        assert lump[i] == supplement_payments(starts[i], ends[i], scot[i], tables=T, overlapping_weekly=ov[i])
        assert weekly[i] == scottish_carer_supplement_over(starts[i], ends[i], scot[i], tables=T, overlapping_weekly=ov[i])
        # Never negative, and nothing outside Scotland.
        assert lump[i] >= 0 and weekly[i] >= 0
        if not scot[i]:
            assert lump[i] == 0 and weekly[i] == 0


# --- In the income gain --------------------------------------------------------------------------------------

def _carer(nation, effective, decided=None, *, esa=0, horizon=12):
    h = Household(adults=(Adult(age=40, new_style_esa_weekly=esa), Adult(age=40)), nation=nation)
    s = Scenario(household=h, claim_start=effective, outcomes=(
        Outcome(kind="carers_allowance", effective=effective, decided=decided or effective, adult=1, confirmed=True),))
    return s, income_gain(s, horizon_months=horizon)


def _lines(g):
    return {b.benefit: b for b in g.benefit_lines}


def test_glasgow_carer_support_payment_from_march_2026_twelve_periods():
    s, scot = _carer("scotland", D(2026, 3, 1))
    _, eng = _carer("england", D(2026, 3, 1))
    lines = _lines(scot)
    # Named Carer Support Payment (a new claim in Scotland after 4 November 2024), no Carer's Allowance line.
    assert set(lines) == {"carer_support_payment", "scottish_carer_supplement"}
    # Carer Support Payment over 1 March 2026 to 28 February 2027: 36 days at £83.30 (to 5 April),
    # 36 x 8330 / 7 = 42840, and 329 days at £86.45, 329 x 8645 / 7 = 406315: 449155.
    assert lines["carer_support_payment"].projected == 449155 == _lines(eng)["carers_allowance"].projected
    # Scottish Carer Supplement from 15 March 2026: 22 days to 5 April at £11.29, 22 x 1129 / 7 = 3548.29 -> 3548,
    # and 329 days at £11.70, 329 x 1170 / 7 = 54990: 58538. No lump sum: the last qualifying date was 13 October 2025.
    scs = lines["scottish_carer_supplement"]
    assert (scs.projected, scs.arrears, scs.weekly) == (58538, 0, 0)  # nil a week on 1 March, before it starts
    # The annual gain counts it as due in the year from 1 March 2026: the same 58538.
    assert scs.annual_due == 58538
    # Universal Credit is the same in Scotland and England (the supplement is not income): the whole
    # difference is the supplement.
    assert scot.projected_uc == eng.projected_uc
    assert (scot.projected - eng.projected, scot.annual - eng.annual) == (58538, 58538)
    # The caseload path gives the same to the penny, and names the benefit alike.
    g = caseload_gains([s])
    assert (int(g.projected[0]), int(g.annual[0]), int(g.arrears[0])) == (scot.projected, scot.annual, scot.arrears)
    row = next(iter(g.rows()))
    assert row["benefit"] == "carer_support_payment"
    assert (row["projected_carer_supplements_pence"], row["arrears_carer_supplements_pence"]) == (58538, 0)
    by = g.summary()["annual_gain_by_benefit_pence"]
    assert by["scottish_carer_supplement"] == 58538 and "carers_allowance" not in by
    assert sum(by.values()) == int(g.annual[0])


def test_carer_additional_person_payment_is_said_not_counted_with_the_weekly_supplement():
    # The Carer Additional Person Payment's made text could not be read (docs/known-differences.md), so no line
    # is invented for it; where the Scottish Carer Supplement is counted (Carer Support Payment paid from
    # 15 March 2026) the assumptions say, once, that it is not counted. Nowhere else: not in England, and not for
    # a Scottish carer whose projection (3 June 2024 to 2 June 2025) ends before the weekly supplement begins.
    from entitlements.gain._supplements import CAPP_NOT_COUNTED

    _, scot = _carer("scotland", D(2026, 3, 1))
    _, eng = _carer("england", D(2026, 3, 1))
    _, early = _carer("scotland", D(2024, 6, 3))
    assert scot.assumptions.count(CAPP_NOT_COUNTED) == 1
    assert CAPP_NOT_COUNTED not in eng.assumptions and CAPP_NOT_COUNTED not in early.assumptions
    assert "Additional Person" not in " ".join(early.assumptions)
    assert not any("additional_person" in b.benefit for b in scot.benefit_lines)


def test_glasgow_carer_decided_in_november_2025_lump_sums_in_arrears():
    # Award from 1 March 2025, decided 20 November 2025: arrears are the periods 1 March to 31 October 2025,
    # holding the qualifying dates 14 April and 13 October 2025: 2 x 29350 = 58700. The projection, 1 November
    # 2025 to 31 October 2026, has no qualifying date; the weekly supplement from 15 March 2026: 22 days at
    # £11.29, 3548, and 6 April to 31 October, 209 days x 1170 / 7 = 34932.86 -> 34933: 38481.
    s, scot = _carer("scotland", D(2025, 3, 1), D(2025, 11, 20))
    _, eng = _carer("england", D(2025, 3, 1), D(2025, 11, 20))
    lines = _lines(scot)
    assert (lines["carers_allowance_supplement"].arrears, lines["carers_allowance_supplement"].projected) == (58700, 0)
    assert (lines["scottish_carer_supplement"].projected, lines["scottish_carer_supplement"].arrears) == (38481, 0)
    # The recurring gain is measured from 1 November 2025, before the weekly supplement: the annual gain counts
    # what is due in the year to 31 October 2026, no lump sum and the 38481 of weekly supplement.
    assert (lines["carers_allowance_supplement"].annual_due, lines["scottish_carer_supplement"].annual_due) == (0, 38481)
    assert (scot.arrears - eng.arrears, scot.projected - eng.projected, scot.annual - eng.annual) == (58700, 38481, 38481)
    g = caseload_gains([s])
    assert (int(g.projected[0]), int(g.annual[0]), int(g.arrears[0])) == (scot.projected, scot.annual, scot.arrears)


def test_scottish_carers_allowance_before_carer_support_payment_everywhere():
    # An award from 3 June 2024 (before 4 November 2024, when every area of Scotland took new claims for Carer
    # Support Payment) stays Carer's Allowance; its lump sums in the projection (3 June 2024 to 2 June 2025) are
    # 7 October 2024 (£288.60) and 14 April 2025 (£293.50): 28860 + 29350 = 58210, all due in the annual year too.
    s, scot = _carer("scotland", D(2024, 6, 3))
    _, eng = _carer("england", D(2024, 6, 3))
    lines = _lines(scot)
    assert set(lines) == {"carers_allowance", "carers_allowance_supplement"}
    cas = lines["carers_allowance_supplement"]
    assert (cas.projected, cas.arrears, cas.annual_due, cas.weekly) == (58210, 0, 58210, 0)
    assert (scot.projected - eng.projected, scot.annual - eng.annual) == (58210, 58210)
    g = caseload_gains([s])
    assert next(iter(g.rows()))["benefit"] == "carers_allowance"
    assert g.summary()["annual_gain_by_benefit_pence"]["carers_allowance_supplement"] == 58210
    assert (int(g.projected[0]), int(g.annual[0])) == (scot.projected, scot.annual)


def test_no_supplement_for_a_carer_whose_benefit_overlaps_to_nil():
    # New-style ESA of £92.05 a week exceeds Carer Support Payment (£83.30, then £86.45): nothing is paid
    # (underlying entitlement only), so neither the lump sums of 14 April / 13 October 2025 nor the weekly
    # supplement is due.
    s, scot = _carer("scotland", D(2025, 3, 1), esa=9205, horizon=18)
    _, eng = _carer("england", D(2025, 3, 1), esa=9205, horizon=18)
    assert set(_lines(scot)) == {"carer_support_payment"}
    assert (scot.projected - eng.projected, scot.annual - eng.annual) == (0, 0)
    g = caseload_gains([s], horizon_months=18)
    assert int(g.projected[0]) == scot.projected and int(g.supplements.projected[0]) == 0


@pytest.mark.parametrize("convention", ["weekly_x52", "monthly_x12"])
def test_annual_after_march_2026_counts_the_weekly_supplement_by_the_convention(convention):
    # Recurring gain measured from 1 May 2026: £11.70 a week in force, counted as any weekly benefit:
    # x 52 = 60840, or £11.70 x 52 / 12 = 50.70 a month x 12 = 60840.
    d = D(2026, 5, 1)
    h = Household(adults=(Adult(age=40), Adult(age=40)), nation="scotland")
    make = lambda nation: Scenario(household=attrs_evolve(h, nation), claim_start=d, outcomes=(  # noqa: E731
        Outcome(kind="carers_allowance", effective=d, adult=1, confirmed=True),))
    scot = income_gain(make("scotland"), convention=convention)
    eng = income_gain(make("england"), convention=convention)
    assert _lines(scot)["scottish_carer_supplement"].weekly == 1170
    assert _lines(scot)["scottish_carer_supplement"].annual_due == 0
    assert scot.annual - eng.annual == 60840
    g = caseload_gains([make("scotland")], convention=convention)
    assert int(g.annual[0]) == scot.annual


def attrs_evolve(h, nation):
    import attrs

    return attrs.evolve(h, nation=nation)


@pytest.mark.parametrize("convention", ["weekly_x52", "monthly_x12"])
def test_caseload_equals_one_household_for_scottish_carers(convention):
    # The generator of benchmarks/check_gain_parity.py: carers in Scotland, claims April 2023 to December 2026, some
    # with an overlapping benefit, some awards ending; both paths to the penny, lump sums and weekly supplement in.
    import random

    import gain_scenarios

    scens = gain_scenarios.scottish_carer_scenarios(random.Random(11), 40)
    compared, refused, differ = gain_scenarios.differences(scens, horizon_months=12, projection_from="decision",
                                                           convention=convention, rates_after="hold")
    assert differ == [] and compared == 40 - refused and compared >= 30
    g = caseload_gains(scens, convention=convention)
    assert (g.supplements.cas_projected + g.supplements.cas_arrears > 0).sum() >= 5  # the lump sums are exercised
    assert (g.supplements.scs_projected > 0).sum() >= 5  # and the weekly supplement
