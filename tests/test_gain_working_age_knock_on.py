"""Income gain below the qualifying age for Pension Credit: the outcome's
change in Housing Benefit and Council Tax Reduction (the working-age
knock-on, :mod:`entitlements.gain.pension_age`), in the one-household path
and the caseload path.

Working-age Housing Benefit is paid beside Universal Credit only for
temporary or specified accommodation (SI 2013/376 Sch 1 paras 3(h)-(i), 3A,
3B). On Universal Credit it is the maximum: the claimant's income and
capital are disregarded (SI 2006/213 Sch 5 para 4, Sch 6 para 5), so a
bigger award does not lower it; it moves where an outcome makes Universal
Credit begin (or end), or changes the applicable amount of a claimant with
no award (PIP: the disability and severe disability premiums). The Welsh
working-age CTR scheme counts the award as income against the award's
maximum amount (WSI 2013/3029 Schs 6-8, as :mod:`entitlements.benefits.council_tax_columns`
applies it): more Universal Credit can lower it.

Amounts for 2025-26, from the rule tables (each with its source): UC
standard allowance single 25 or over £400.14 a month, LCWRA element
£423.27, lower work allowance £411 (SI 2025/295; SI 2013/376 reg 22, the
lower one with Housing Benefit for temporary accommodation, SI 2014/1230
reg 5A), taper 55%; working-age HB personal allowance single 25 or over
£92.05 (from 6 April 2026 £95.55), disability premium £43.20, severe
disability premium £82.90, earnings disregard £5 single, £20 with a
disability premium, taper 65% (SI 2006/213 reg 71); PIP daily living
standard £73.90.

Every scenario: a single claimant aged 35 placed in temporary
accommodation by the council, rent £200.00 a week (no non-dependant); the
Universal Credit award's first day 1 May 2025; the outcome effective and
decided on 1 May 2025; the projection 6 assessment periods, 1 May to 31
October 2025 (184 days), convention weekly x 52. LCWRA with no evidence
date: the element is in the award from the assessment period beginning 1
August 2025, after the relevant period (SI 2013/376 reg 28), and the
knock-on counts from that day: 1 August to 31 October 2025 is 92 days.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, Housing, caseload_gains
from entitlements.columns import households_columns
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.gain.pension_age import WORKING_AGE_SOURCES, knock_on_weekly, reads_hb_ctr
from entitlements.tables import Tables

sys.path.insert(0, os.path.dirname(__file__))
import gain_scenarios  # noqa: E402

D = dt.date
TEMPORARY = Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week")
# Cardiff, band B, the bill's Band D £2,000: band B is 7/9 of it, £1,555.56; less the 25% single person discount,
# £1,166.67 a year; a week 1,166.67 x 7 / 365 = £22.374...
CARDIFF_B = Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week",
                    council_tax_band="B", council_tax_band_d=200000)


def _scenario(h: Household, **kw) -> Scenario:
    o = dict(kind="lcwra_found", effective=D(2025, 5, 1), confirmed=True)
    o.update(kw)
    return Scenario(household=h, claim_start=D(2025, 5, 1), outcomes=(Outcome(**o),))


def _gain(s: Scenario, **kw):
    return income_gain(s, horizon_months=6, **kw)


def _knock_ons(g) -> dict[str, tuple[int, int, int]]:
    return {b.benefit: (b.weekly, b.projected, b.arrears) for b in g.benefit_lines
            if b.source == WORKING_AGE_SOURCES.get(b.benefit)}


def _said(g) -> list[str]:
    return [a for a in g.assumptions if a.startswith("Working age:")]


def test_single_35_temporary_accommodation_no_earnings_lcwra_hb_stays_the_maximum():
    # Before: UC £400.14 a month (no housing costs element for temporary accommodation, Sch 1 para 3(i)); on UC,
    #   so Housing Benefit is the maximum, the eligible rent £200.00 (SI 2006/213 Sch 5 para 4: income disregarded).
    # After: UC £400.14 + £423.27 = £823.41; still on UC: Housing Benefit £200.00. Change nil: no knock-on line.
    # The gain is Universal Credit's alone: £423.27 a month, weekly 423.27 x 12 / 52 = £97.677 -> £97.68;
    # annual £97.68 x 52 = £5,079.36. (Not a 65% taper of the £97.68 a week more: that would be £63.49 a week
    # less Housing Benefit, which the law does not take.)
    g = _gain(_scenario(Household(adults=Adult(age=35), housing=TEMPORARY)))
    assert g.recurring_monthly == 42327
    assert _knock_ons(g) == {} and g.annual == 507936
    assert len(_said(g)) == 1 and "Housing Benefit £0.00" in _said(g)[0]


def test_single_35_temporary_accommodation_earning_1500_lcwra_brings_uc_and_so_maximum_hb():
    # Before: earnings £1,500.00 a month, no work allowance (no LCW, no child): UC £400.14 - 55% x £1,500.00 =
    #   £400.14 - £825.00, nil. Housing Benefit on income: weekly earnings 1,500 x 12 / 52 = £346.153... ->
    #   £346.15, less the £5 disregard, £341.15; applicable amount £92.05; excess £249.10; 65% = £161.915 ->
    #   £161.92; HB £200.00 - £161.92 = £38.08.
    # After (from 1 August 2025): LCWRA, the lower work allowance £411 (HB for temporary accommodation):
    #   UC £400.14 + £423.27 - 55% x (£1,500.00 - £411.00) = £823.41 - £598.95 = £224.46. On UC: HB the
    #   maximum £200.00. Housing Benefit up £161.92 a week.
    # Over the projection: 92 days x £161.92 / 7 = £2,128.09 (2,128.091...). No arrears (decided the day it took
    # effect).
    # Annual, weekly x 52: UC 224.46 x 12 / 52 = £51.798 -> £51.80; (£51.80 + £161.92) x 52 = £11,113.44
    # (before this knock-on: £51.80 x 52 = £2,693.60).
    h = Household(adults=Adult(age=35, monthly_earnings=150000), housing=TEMPORARY)
    g = _gain(_scenario(h))
    assert g.recurring_monthly == 22446
    assert _knock_ons(g) == {"housing_benefit": (16192, 212809, 0)}
    assert (g.recurring_weekly_total, g.annual) == (5180 + 16192, 1111344)
    assert "Housing Benefit +£161.92" in _said(g)[0] and "01/08/2025" in _said(g)[0]


def test_the_same_over_12_months_the_april_2026_rates():
    # As above over 12 periods (1 May 2025 to 30 April 2026). From 6 April 2026 (the HB rates' first Monday)
    # HB before: £346.15 - £5 = £341.15 against £95.55, excess £245.60, 65% = £159.64, HB £40.36; after the
    # maximum still (UC £424.90 + the LCWRA element, less 55% of earnings above the work allowance, stays above
    # nil): up £159.64.
    # 1 August 2025 to 5 April 2026, 248 days x £161.92 / 7 = £5,736.59 (5,736.594...); 6 to 30 April 2026,
    # 25 days x £159.64 / 7 = £570.14 (570.142...): £6,306.73.
    h = Household(adults=Adult(age=35, monthly_earnings=150000), housing=TEMPORARY)
    g = income_gain(_scenario(h), horizon_months=12)
    assert _knock_ons(g) == {"housing_benefit": (16192, 573659 + 57014, 0)}
    assert "from 06/04/2026: Housing Benefit +£159.64" in _said(g)[0]


def test_wales_band_b_earning_500_lcwra_ctr_falls():
    # Cardiff, band B (£22.374 a week, above), the Welsh working-age scheme for a UC claimant: applicable amount
    # the award's maximum amount a week, income the award and earnings a week (no earnings disregard), 20% of
    # the excess taken from the maximum reduction, the reduction rounded once.
    # Before: UC £400.14 - 55% x £500.00 = £125.14. Applicable 400.14 x 12 / 52 = £92.34; income
    #   (125.14 + 500.00) x 12 / 52 = £144.26; excess £51.92; 20% = £10.384; CTR 22.374 - 10.384 = £11.99.
    # After (from 1 August 2025): UC £823.41 - 55% x (£500.00 - £411.00) = £823.41 - £48.95 = £774.46.
    #   Applicable 823.41 x 12 / 52 = £190.02; income (774.46 + 500.00) x 12 / 52 = £294.11; excess £104.09;
    #   20% = £20.818; CTR 22.374 - 20.818 = £1.556 -> £1.56. CTR down £10.43 a week.
    # Housing Benefit: on UC before and after, the maximum both times: no line.
    # Over the projection: 92 days x -£10.43 / 7 = -£137.08 exactly. UC up £649.32 a month, weekly
    # 649.32 x 12 / 52 = £149.843 -> £149.84; annual (£149.84 - £10.43) x 52 = £7,249.32 (before this knock-on
    # £149.84 x 52 = £7,791.68).
    h = Household(adults=Adult(age=35, monthly_earnings=50000), housing=CARDIFF_B, nation="wales",
                  local_authority="Cardiff")
    g = _gain(_scenario(h))
    assert g.recurring_monthly == 64932
    assert _knock_ons(g) == {"council_tax_reduction": (-1043, -13708, 0)}
    assert g.annual == (14984 - 1043) * 52 == 724932


def test_pip_awarded_hb_without_uc_gets_the_disability_and_severe_disability_premiums():
    # Earning £1,500 a month: no UC (above), Housing Benefit £38.08 on income. PIP daily living at the standard
    # rate (£73.90) brings the disability premium £43.20 (SI 2006/213 Sch 3 para 13) and, living alone with no
    # one paid to care for them, the severe disability premium £82.90 (para 14): applicable amount £218.15;
    # the earnings disregard £20 with a disability premium (Sch 4 para 3): income £346.15 - £20 = £326.15;
    # excess £108.00; 65% = £70.20; HB £200.00 - £70.20 = £129.80: up £91.72 a week, from the day PIP takes
    # effect (no UC award to wait for). Over the projection 184 days x £91.72 / 7 = £2,410.93 (2,410.925...).
    # Annual (£73.90 + £91.72) x 52 = £8,612.24.
    h = Household(adults=Adult(age=35, monthly_earnings=150000), housing=TEMPORARY)
    g = _gain(_scenario(h, kind="pip_awarded", pip_daily_living="standard"))
    assert _knock_ons(g) == {"housing_benefit": (9172, 241093, 0)}
    assert g.annual == (7390 + 9172) * 52 == 861224


def test_england_council_scheme_not_shipped_ctr_not_counted_and_said():
    # Coventry's working-age scheme is the council's own and not shipped: CTR cannot be worked out before or
    # after. The gain is not refused (it was valid before the knock-on): the CTR change is not counted and the
    # working sheet says so; the figures are those of the household with no band.
    band = Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week",
                   council_tax_band="B", council_tax_band_d=200000)
    g = _gain(_scenario(Household(adults=Adult(age=35), housing=band, local_authority="Coventry")))
    assert _knock_ons(g) == {} and g.annual == 507936
    assert "its change is not counted" in _said(g)[0]


@pytest.mark.parametrize("housing", [None, Housing(tenure="social_rent", rent=10000, rent_period="week", bedrooms=1)])
def test_no_hb_or_council_tax_facts_the_gain_is_unchanged(housing):
    # No temporary or specified accommodation and no council tax band: the engine works out no Housing Benefit
    # (UC's housing costs element pays a social rent) and no CTR; no knock-on, no working-age line, and the
    # figures are UC's alone: no housing, £423.27 a month, annual £97.68 x 52 = £5,079.36; a social rent of
    # £100 a week, one bedroom: the same LCWRA gain (the housing costs element does not change).
    g = _gain(_scenario(Household(adults=Adult(age=35), housing=housing)))
    assert _knock_ons(g) == {} and _said(g) == [] and g.annual == 507936
    cols = households_columns([Household(adults=Adult(age=35), housing=housing)])
    assert not reads_hb_ctr(cols).any()
    weekly, kind, problem = knock_on_weekly(cols, cols, on=np.datetime64("2025-08-01"), tables=Tables.load())
    assert not weekly.any() and not kind.any() and problem[0] == ""


def test_hb_awarded_below_pension_age_is_its_own_line_not_a_knock_on():
    # Housing Benefit awarded, worth £15.00 a week as given: the award itself; no knock-on line beside it.
    h = Household(adults=Adult(age=35), housing=TEMPORARY)
    g = _gain(_scenario(h, kind="hb_awarded", weekly_amount=1500))
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("housing_benefit", 1500)]
    assert _knock_ons(g) == {} and _said(g) == []


WORKED = [
    _scenario(Household(adults=Adult(age=35), housing=TEMPORARY)),
    _scenario(Household(adults=Adult(age=35, monthly_earnings=150000), housing=TEMPORARY)),
    _scenario(Household(adults=Adult(age=35, monthly_earnings=50000), housing=CARDIFF_B, nation="wales",
                        local_authority="Cardiff")),
    _scenario(Household(adults=Adult(age=35, monthly_earnings=150000), housing=TEMPORARY), kind="pip_awarded",
              pip_daily_living="standard"),
    _scenario(Household(adults=Adult(age=35))),
]


@pytest.mark.parametrize("convention", ["weekly_x52", "monthly_x12"])
def test_worked_cases_caseload_path_equals_one_household_path(convention):
    # The caseload path gives each case's knock-ons, totals and annual gain to the penny as the one-household
    # path, and fills the report's columns.
    g = caseload_gains(WORKED, horizon_months=6, convention=convention)
    assert g.valid.all()
    assert [list(map(int, w)) for w in g.knock_ons.weekly] == [[0, 0, 0], [0, 16192, 0], [0, 0, -1043], [0, 9172, 0],
                                                               [0, 0, 0]]
    assert [list(map(int, p)) for p in g.knock_ons.projected] == [[0, 0, 0], [0, 212809, 0], [0, 0, -13708],
                                                                  [0, 241093, 0], [0, 0, 0]]
    for i, s in enumerate(WORKED):
        one = _gain(s, convention=convention)
        assert (int(g.projection.recurring_monthly[i]), int(g.weekly_total[i]), int(g.annual[i]), int(g.projected[i]),
                int(g.arrears[i])) == (one.recurring_monthly, one.recurring_weekly_total, one.annual, one.projected,
                                       one.arrears)
    rows = list(g.rows())
    assert (rows[1]["housing_benefit_change_weekly_pence"], rows[2]["council_tax_reduction_change_weekly_pence"]) == (16192, -1043)
    assert (rows[1]["projected_knock_on_pence"], rows[2]["projected_knock_on_pence"]) == (212809, -13708)
    by = g.summary()["annual_gain_by_benefit_pence"]
    if convention == "weekly_x52":
        # Housing Benefit (£161.92 + £91.72) x 52 = £13,189.28; CTR -£10.43 x 52 = -£542.36 (a fall, netted).
        assert (by["housing_benefit"], by["council_tax_reduction"]) == (1318928, -54236)


PARITY_EXAMPLES = int(os.environ.get("ENTITLEMENTS_GAIN_PARITY_EXAMPLES", "25"))


@settings(max_examples=PARITY_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.integers(6, 12), st.sampled_from([6, 12, 18]),
       st.sampled_from(["decision", "effective"]), st.sampled_from(["weekly_x52", "monthly_x12"]),
       st.sampled_from(["strict", "hold", "uprate:3.1"]))
def test_working_age_hb_ctr_caseload_equals_one_household_path(r, n, horizon, start, convention, policy):
    """Working-age households whose Housing Benefit or CTR the engine works
    out (temporary or specified accommodation, council tax bands in England,
    Wales and Scotland; LCWRA, LCW, PIP, income changes, HB and CTR
    awarded): the caseload path gives each knock-on line, every total and
    the rates assumed as the one-household path does."""
    scens = gain_scenarios.working_age_hb_ctr_scenarios(r, n)
    compared, refused, differ = gain_scenarios.differences(
        scens, horizon_months=horizon, projection_from=start, convention=convention, assumptions=True, rates_after=policy)
    assert not differ, "\n".join(differ)
    assert compared + refused == n


def test_working_age_generator_reaches_every_knock_on():
    # The property above is only as good as its scenarios: they must change Housing Benefit and CTR, both ways.
    scens = gain_scenarios.working_age_hb_ctr_scenarios(random.Random(3), 80)
    g = caseload_gains(scens)
    assert ((g.knock_ons.weekly[:, 1:] != 0).sum(axis=0) >= 3).all()
    assert (g.knock_ons.weekly[:, 1:] < 0).any() and (g.knock_ons.weekly[:, 1:] > 0).any()
    assert not g.knock_ons.weekly[:, 0].any()  # no Pension Credit below the qualifying age


def _born_15_september_2000(monthly_earnings: int) -> Scenario:
    # 24 when LCWRA is found from 1 May 2025 (claim start 1 May: periods from the 1st), 25 on 15 September 2025.
    return _scenario(Household(adults=Adult(date_of_birth=D(2000, 9, 15), monthly_earnings=monthly_earnings),
                               housing=TEMPORARY))


def test_25th_birthday_brings_uc_and_so_maximum_hb_from_that_period_both_paths():
    # Earning £1,800 a month in temporary accommodation (rent £200 a week), LCWRA in payment from the period of
    # 1 August 2025 (relevant period to 31 July). After, at 24: £316.98 + £423.27 = £740.25 less 55% x (£1,800 - £411
    # lower work allowance) = £763.95: nil. In the period from 1 September 2025 she reaches 25 (the whole period at
    # the 25-or-over rate, SI 2013/376 reg 36; SI 2013/380 Sch 1 para 20): £400.14 + £423.27 = £823.41 - £763.95
    # = £59.46 a month, so Housing Benefit is the maximum, £200.00 (SI 2006/213 Sch 5 para 4). Before (no LCWRA) UC
    # is nil both times (£400.14 < £990.00), and HB nil: £1,800 x 12 / 52 = £415.38 - £5 = £410.38, less £72.90
    # (under 25) = £337.48 x 65% = £219.37, or less £92.05 (25) = £318.33 x 65% = £206.92, both over £200.
    # HB change: nil from 1 August, +£200.00 a week from 1 September to the projection's end (31 October):
    # 61 days x £200.00 / 7 = £1,742.857 -> £1,742.86. UC projected: 2 x £59.46 = £118.92; total £1,861.78. The
    # recurring gain, measured on 1 August, is nil. Before the knock-on followed the birthday: no HB line at all.
    s = _born_15_september_2000(180000)
    g = _gain(s)
    assert _knock_ons(g) == {"housing_benefit": (0, 174286, 0)}
    assert (g.projected_uc, g.projected, g.annual) == (11892, 11892 + 174286, 0)
    assert "from 01/09/2025: Housing Benefit +£200.00" in _said(g)[0]
    c = caseload_gains([s], horizon_months=6)
    assert (int(c.projected[0]), int(c.annual[0])) == (186178, 0)
    assert c.knock_ons.projected[0].tolist() == [0, 174286, 0]


def test_25th_birthday_hb_personal_allowance_followed_from_that_period_both_paths():
    # Earning £1,000 a month: after, UC is paid at 24 (£740.25 - 55% x £589 = £416.30), so HB is £200.00 throughout.
    # Before, no UC: HB £200.00 less 65% of the excess of £1,000 x 12 / 52 - £5 = £225.77 over the personal allowance:
    # at 24, £72.90: 65% x £152.87 = £99.37 (HB £100.63, change +£99.37); from the period of 1 September (25),
    # £92.05: 65% x £133.72 = £86.92 (HB £113.08, change +£86.92). Over the projection: 31 days x £99.37 / 7 =
    # £440.067 -> £440.07, and 61 days x £86.92 / 7 = £757.446 -> £757.45: £1,197.52 (was 92 days x £99.37 / 7 =
    # £1,306.01). The weekly line, on 1 August: +£99.37.
    s = _born_15_september_2000(100000)
    g = _gain(s)
    assert _knock_ons(g) == {"housing_benefit": (9937, 44007 + 75745, 0)}
    c = caseload_gains([s], horizon_months=6)
    assert c.knock_ons.projected[0].tolist() == [0, 119752, 0] and int(c.annual[0]) == g.annual


def test_birthday_period_starts():
    from entitlements.gain._segments import birthday_period_starts
    from entitlements.gain.calendar import NEVER, day_number, to_date

    # Periods from the 20th (claim 20 May 2025). An adult born 15 September 2000 and a child born 3 March 2015,
    # over 1 August 2025 to 1 August 2026: the birthdays on 15 September 2025 (period from 20 August) and 3 March
    # 2026 (period from 20 February), and none outside; an age given alone (no date of birth) adds nothing.
    from entitlements import Child

    h = Household(adults=(Adult(date_of_birth=D(2000, 9, 15)), Adult(age=40)),
                  children=(Child(date_of_birth=D(2015, 3, 3)),))
    x = birthday_period_starts(households_columns([h]), [day_number(D(2025, 5, 20))], [day_number(D(2025, 8, 1))],
                               [day_number(D(2026, 8, 1))])
    assert sorted(to_date(d) for d in x[0] if d < NEVER) == [D(2025, 8, 20), D(2026, 2, 20)]
