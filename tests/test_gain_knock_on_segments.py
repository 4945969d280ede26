"""Pension-age knock-ons at the rates in force each day, and from the day a
household reaches the qualifying age (:mod:`entitlements.gain.pension_age`):
the one-household path and the caseload path.

Amounts (each from the rule tables, with its source):
severe disability additional amount £82.90 from 7 April 2025 (SI 2025/295 art
29(2)(c)), £86.05 from 6 April 2026 (SI 2026/148 art 29(2)(c)); standard
minimum guarantee (single) £227.10, then £238.00 (art 29(2)(a)); savings
credit threshold (single) £198.27, then £208.07 (art 29(3)); Attendance
Allowance higher rate £110.40, then £114.60 (art 3, Sch 1 Part III para 1);
PIP daily living enhanced £110.40, then £114.60. The Pension Credit and
disability tables end on 5 April 2027.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Adult, Household, Housing, NoRowInForce, caseload_gains
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.gain.pension_age import KNOCK_ON_SOURCES, knock_on_days, knock_on_in_force, knock_on_over

D = dt.date


def _aa(h: Household, effective: dt.date, decided: dt.date) -> Scenario:
    return Scenario(household=h, claim_start=effective, outcomes=(Outcome(
        kind="benefit_claimed", benefit="attendance_allowance", aa_rate="higher", effective=effective, decided=decided,
        confirmed=True),))


def _knock_ons(g) -> dict[str, tuple[int, int, int]]:
    return {b.benefit: (b.weekly, b.projected, b.arrears) for b in g.benefit_lines if b.source == KNOCK_ON_SOURCES.get(b.benefit)}


def _lines(g) -> dict[str, tuple[int, int, int]]:
    return {b.benefit: (b.weekly, b.projected, b.arrears) for b in g.benefit_lines}


SINGLE_170 = Household(adults=Adult(age=75, state_pension_weekly=17000))
# Higher-rate AA from 1 February 2026, decided that day: 12 assessment periods, 1 February 2026 to 31 January 2027.
FEBRUARY_2026 = _aa(SINGLE_170, D(2026, 2, 1), D(2026, 2, 1))


def test_single_pensioner_higher_aa_february_2026_knock_on_at_each_years_rates():
    # Pension Credit before: £227.10 - £170.00 = £57.10 guarantee credit (income below the savings credit threshold
    # £198.27: no savings credit); after: + the severe disability amount £82.90. From 6 April 2026: £238.00 - £170.00
    # = £68.00 before, + £86.05 after (income below £208.07: still no savings credit). The change is the amount.
    # 1 February to 5 April 2026: 28 + 31 + 5 = 64 days; 6 April 2026 to 31 January 2027: 301 days (365 in all).
    # Pension Credit: 64 x £82.90 / 7 = £757.94 (757.942...) + 301 x £86.05 / 7 = £3,700.15 (exactly) = £4,458.09
    #   (held at 1 February 2026's rate it was 365 x £82.90 / 7 = £4,322.64).
    # Attendance Allowance: 64 x £110.40 / 7 = £1,009.37 (1,009.371...) + 301 x £114.60 / 7 = £4,927.80 = £5,937.17.
    # A week when in payment (the period beginning 1 February 2026): £110.40 + £82.90 = £193.30; x 52 = £10,051.60.
    g = income_gain(FEBRUARY_2026)
    assert _lines(g) == {"attendance_allowance": (11040, 100937 + 492780, 0), "pension_credit": (8290, 75794 + 370015, 0)}
    assert (g.projected, g.arrears, g.annual) == (593717 + 445809, 0, 1005160)
    said = next(a for a in g.assumptions if a.startswith("Pension age:"))
    assert "Pension Credit +£82.90, Housing Benefit £0.00, Council Tax Reduction £0.00 a week" in said
    assert "from 06/04/2026: Pension Credit +£86.05" in said


def test_the_same_on_the_caseload_path():
    # As above: [Pension Credit, Housing Benefit, CTR] a week £82.90, and over the projection £4,458.09.
    g = caseload_gains([FEBRUARY_2026])
    assert g.valid.all()
    ko = g.knock_ons
    assert (ko.weekly[0].tolist(), ko.projected[0].tolist(), ko.arrears[0].tolist()) == ([8290, 0, 0], [445809, 0, 0], [0, 0, 0])
    assert (int(g.projected[0]), int(g.annual[0]), int(g.weekly_total[0])) == (593717 + 445809, 1005160, 19330)


# Decided on 15 May 2026: arrears are the periods from 1 February to 30 April 2026, and the projection the 12
# periods from 1 May 2026 to 30 April 2027, past the tables' end (5 April 2027).
DECIDED_MAY = _aa(SINGLE_170, D(2026, 2, 1), D(2026, 5, 15))


@pytest.mark.parametrize("path", ["household", "caseload"])
def test_arrears_across_april_2026_and_a_projection_past_the_tables_held(path):
    # Arrears: 1 February to 5 April 2026, 64 x £82.90 / 7 = £757.94; 6 to 30 April 2026, 25 x £86.05 / 7 = £307.32
    #   (307.321...): £1,065.26.
    # Projection: 1 May 2026 to 30 April 2027, 365 days at £86.05 (held from 6 April 2027 under the rates policy
    #   hold, the same amount: one stretch) = 365 x £86.05 / 7 = £4,486.89 (4,486.892...).
    # A week (the period beginning 1 May 2026): £86.05.
    if path == "household":
        g = income_gain(DECIDED_MAY)
        assert _knock_ons(g) == {"pension_credit": (8605, 448689, 75794 + 30732)}
        assumed = g.rate_assumptions
    else:
        g = caseload_gains([DECIDED_MAY])
        ko = g.knock_ons
        assert (ko.weekly[0].tolist(), ko.projected[0].tolist(), ko.arrears[0].tolist()) == (
            [8605, 0, 0], [448689, 0, 0], [106526, 0, 0])
        assumed = g.assumptions
        assert g.rates_assumed[0] == "held from 2027-04-06"
    # The Pension Credit tables the knock-on read past their end are named, held from 6 April 2027.
    held = {a.table_id: a.start for a in assumed if a.kind == "held"}
    for tid in ("pension_credit.severe_disability_addition", "pension_credit.standard_minimum_guarantee"):
        assert held[tid] == D(2027, 4, 6), tid


def test_both_paths_name_the_same_pension_credit_tables_held():
    one = {(a.table_id, a.start) for a in income_gain(DECIDED_MAY).rate_assumptions if a.table_id.startswith("pension_credit.")}
    many = {(a.table_id, a.start) for a in caseload_gains([DECIDED_MAY]).assumptions if a.table_id.startswith("pension_credit.")}
    assert one == many and ("pension_credit.savings_credit_threshold", D(2027, 4, 6)) in one


def test_strict_refuses_a_knock_on_past_the_tables_on_both_paths():
    # State Pension £170.00 -> £200.00 from 1 February 2026 (no benefit line of its own), decided 15 May 2026: the
    # projection's assessment periods begin on the 1st, the last on 1 April 2027, which the Universal Credit tables
    # cover (to 5 April 2027); but the Pension Credit change runs to 30 April 2027 and is worked out on 6 April
    # 2027, which no Pension Credit table covers: under strict, refused on both paths (held by default).
    s = Scenario(household=SINGLE_170, claim_start=D(2026, 2, 1), outcomes=(Outcome(
        kind="income_change", effective=D(2026, 2, 1), decided=D(2026, 5, 15), confirmed=True,
        changes={"adult1_state_pension_weekly": 20000}),))
    with pytest.raises(NoRowInForce):
        income_gain(s, rates_after="strict")
    g = caseload_gains([s], rates_after="strict")
    assert not g.valid[0] and "2027-04-0" in g.reasons[0]
    assert income_gain(s).projected == int(caseload_gains([s]).projected[0]) != 0


# Born 20 June 1960: pensionable age (so the qualifying age for Pension Credit) at 66 years and 3 months, on
# 20 September 2026 (Pensions Act 1995 Sch 4 para 1(7), Table 3 as inserted by PA 2014 s 26(3)).
NEARLY = Household(adults=Adult(date_of_birth=D(1960, 6, 20)))
PIP_JUNE_2026 = Scenario(household=NEARLY, claim_start=D(2026, 6, 1), outcomes=(Outcome(
    kind="pip_awarded", pip_daily_living="enhanced", effective=D(2026, 6, 1), decided=D(2026, 6, 1), confirmed=True),))


@pytest.mark.parametrize("path", ["household", "caseload"])
def test_reaching_the_qualifying_age_mid_projection_brings_the_knock_on_from_that_day(path):
    # PIP daily living (enhanced) from 1 June 2026, a single person with no other income; projection 6 periods,
    # 1 June to 30 November 2026. Until 19 September 2026 Universal Credit (PIP adds nothing to it for a single
    # claimant: no gain); from 20 September the household is assessed for Pension Credit: guarantee credit
    # £238.00 before, £238.00 + £86.05 (the severe disability amount: PIP daily living, Sch I para 1(1)(a)) after,
    # up £86.05. Universal Credit stops from the period beginning 1 October (the first to begin past the
    # qualifying age, WRA 2012 s 4(1)(b)); the engine pays it for September, nil both before and after here.
    # Pension Credit over the projection: 20 September to 30 November 2026, 11 + 31 + 30 = 72 days x £86.05 / 7
    #   = £885.09 (885.085..., half up). Nothing before 20 September (the code before this change gave nil).
    # A week: measured in the period beginning 1 June 2026, before the qualifying age: nil.
    # PIP: 30 + 31 + 31 + 30 + 31 + 30 = 183 days x £114.60 / 7 = £2,995.97 (2,995.971...).
    if path == "household":
        g = income_gain(PIP_JUNE_2026, horizon_months=6)
        assert _lines(g) == {"pip": (11460, 299597, 0), "pension_credit": (0, 88509, 0)}
        assert (g.projected_uc, g.projected) == (0, 299597 + 88509)
        said = next(a for a in g.assumptions if a.startswith("Pension age:"))
        assert "Pension Credit £0.00" in said and "from 20/09/2026: Pension Credit +£86.05" in said
    else:
        g = caseload_gains([PIP_JUNE_2026], horizon_months=6)
        assert g.valid.all()
        ko = g.knock_ons
        assert (ko.weekly[0].tolist(), ko.projected[0].tolist()) == ([0, 0, 0], [88509, 0, 0])
        assert int(g.projected[0]) == 299597 + 88509


def test_a_scottish_band_f_pensioner_on_the_caseload_path_as_on_its_own():
    # The caseload path works the knock-on out with a date a row; the Scottish pension-age reduction for bands E
    # to H read its factors (C) per row wrongly (a TypeError, the caseload stopped). Both paths now agree.
    h = Household(adults=Adult(age=80, state_pension_weekly=23000), nation="scotland", local_authority="Glasgow City",
                  housing=Housing(tenure="owner_occupier", council_tax_band="F", council_tax_band_d=150000))
    s = _aa(h, D(2025, 5, 1), D(2025, 5, 1))
    one, g = income_gain(s), caseload_gains([s, s])
    assert g.valid.all()
    want = [sum(b.projected for b in one.benefit_lines if b.benefit == k and b.source == KNOCK_ON_SOURCES[k])
            for k in ("pension_credit", "housing_benefit", "council_tax_reduction")]
    assert g.knock_ons.projected[0].tolist() == want and (g.annual[0], g.projected[0]) == (one.annual, one.projected)
    assert want[0] > 0 and want[2] != 0


def test_knock_on_over_rounds_each_stretch_of_one_amount_once():
    # One case, worked out on days 0, 10 (same amounts) and 20 (a new amount); window [5, 30).
    # Days 5-19 at 700p: one stretch of 15 days, 15 x 700 / 7 = 1,500; days 20-29 at 710p: 10 x 710 / 7 = 1,014.29
    # -> 1,014. Total 2,514. (Cut at day 10 too it would still be 500 + 1,000: whole pence; see the next case.)
    row, day = np.array([0, 0, 0]), np.array([0, 10, 20])
    weekly = np.array([[700], [700], [710]])
    assert knock_on_over(row, day, weekly, np.array([5]), np.array([30]), 1).tolist() == [[2514]]
    # 3p a week over days [0, 20), worked out on days 0, 3 and 6: one stretch, 20 x 3 / 7 = 8.57 -> 9 (in three
    # stretches, 3 x 3 / 7 = 1.29 -> 1, 1, and 14 x 3 / 7 = 6: 8).
    assert knock_on_over(np.array([0, 0, 0]), np.array([0, 3, 6]), np.array([[3], [3], [3]]),
                         np.array([0]), np.array([20]), 1).tolist() == [[9]]
    # In force on day 15: the amount from day 10; on day 25, day 20's.
    assert knock_on_in_force(row, day, weekly, np.array([15]), 1).tolist() == [[700]]
    assert knock_on_in_force(row, day, weekly, np.array([25]), 1).tolist() == [[710]]


def test_knock_on_days_are_the_first_day_the_breaks_and_the_crossings_inside_each_window():
    row, day = knock_on_days(np.array([10, 50]), np.array([40, 60]), np.array([5, 20, 30, 55, 70]),
                             np.array([[35, 10**7], [20, 58]]))
    assert list(zip(row.tolist(), day.tolist())) == [(0, 10), (0, 20), (0, 30), (0, 35), (1, 50), (1, 55), (1, 58)]


def test_the_savings_credit_age_condition_from_ages_with_a_date_a_row_for_a_large_caseload():
    # A caseload's knock-on works the engine out with a date a row; with 4,096 rows or more, over a short span of
    # days, months_later read a day table made for one number of months, and ages (a number of months a row)
    # failed to broadcast (the caseload stopped). Each row must be as for one person: aged 70 at the end of a
    # period in 2024 (born 1953-54: pensionable age 6 November 2018 or later, so not met, 0, SPCA 2002 s 3(1)(a)),
    # aged 75 (born 1948-49: met, 1), aged 72 (born 1951-52: depends on sex, -1).
    from entitlements.benefits.pension_age import reached_pension_age_before_6_april_2016
    from entitlements.dates import months_later

    n = 5000
    on = (np.datetime64("2024-06-01") + np.arange(n) % 40).astype("datetime64[D]")
    age = np.array([70, 75, 72])[np.arange(n) % 3]
    got = reached_pension_age_before_6_april_2016(np.full(n, np.datetime64("NaT"), "datetime64[D]"), age=age, on=on)
    want = [reached_pension_age_before_6_april_2016(None, age=int(a), on=d.astype(dt.date)) for a, d in zip(age[:60], on[:60])]
    assert got[:60].tolist() == want and set(want) == {0, 1, -1}
    moved = months_later(on, -12 * age)
    assert moved[:3].tolist() == [D(1954, 6, 1), D(1949, 6, 2), D(1952, 6, 3)]
