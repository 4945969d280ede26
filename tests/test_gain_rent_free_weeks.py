"""The income gain of Housing Benefit where the home has rent-free weeks.

SI 2006/214 reg 62(3)(a) (SI 2006/213 reg 81(3)(a) for working age): with rent paid weekly and rent-free weeks, the
amounts are spread over the weeks rent is due, and no Housing Benefit is paid for a rent-free week. Before
2026-12-07 the benefit itself was right (qa4), but the income gain of an ``hb_awarded`` outcome, and the Housing
Benefit knock-on of a pension-age outcome, counted 52 weeks of it a year, and every day of the projection and the
arrears. Which calendar weeks are rent free is not known, so the gain counts 52 - N weeks a year, and (52 - N) / 52
of the days of the projection and the arrears (an assumption line says so).

The household is qa4's pensioner (tests/test_rent_free_weeks_housing_benefit.py): 80, State Pension £230.00, other
pension £30.00, rent £120.00 a week; with 4 rent-free weeks HB for a rent week is £110.73 (£111.45 with none).
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, Housing, caseload_gains, income_gain
from entitlements.gain.outcomes import Outcome, Scenario

D = dt.date


def _hb_awarded(rent_free_weeks: int) -> Scenario:
    adult = Adult(age=80, state_pension_weekly=23000, pension_income_weekly=3000,
                  reached_pension_age_before_6_april_2016=True)
    h = Household(adults=(adult,), housing=Housing(tenure="social_rent", rent=12000, rent_period="week", bedrooms=1,
                                                   rent_free_weeks=rent_free_weeks))
    return Scenario(household=h, claim_start=D(2026, 12, 7), outcomes=(Outcome(
        kind="hb_awarded", effective=D(2026, 12, 7), decided=D(2027, 1, 20), confirmed=True),))


def _aa_claimed(rent_free_weeks: int) -> Scenario:
    home = Housing(tenure="social_rent", rent=10000, rent_period="week", bedrooms=1, council_tax_band="B",
                   council_tax_band_d=210000, rent_free_weeks=rent_free_weeks)
    h = Household(adults=Adult(age=75, state_pension_weekly=23000), housing=home, local_authority="Coventry")
    return Scenario(household=h, claim_start=D(2025, 5, 1), outcomes=(Outcome(
        kind="benefit_claimed", benefit="attendance_allowance", aa_rate="higher", effective=D(2025, 5, 1),
        confirmed=True),))


def test_hb_awarded_with_4_rent_free_weeks_counts_48_weeks_2026():
    g = income_gain(_hb_awarded(4))
    (line,) = g.benefit_lines
    # HB for a rent week £112.27 (tests/test_rent_free_weeks_housing_benefit.py: the pensions net of the £3.65 a
    # week income tax on them, SI 2006/214 reg 33(12)). The year: £112.27 x 48 = £5,388.96 (x 52 would be £5,838.04).
    assert (line.benefit, line.weekly, line.rent_free_weeks, g.annual) == ("housing_benefit", 11227, 4, 538896)
    # Projection 7 Jan 2027 to 6 Jan 2028, 365 days: 365 x £112.27 / 7 = £5,854.079 -> £5,854.08; x 48 / 52 =
    # £5,403.766 -> £5,403.77.
    # Arrears 7 Dec 2026 to 6 Jan 2027, 31 days: 31 x £112.27 / 7 = £497.196 -> £497.20; x 48 / 52 = £458.954 -> £458.95.
    assert (g.projection_start, g.projection_end) == (D(2027, 1, 7), D(2028, 1, 6))
    assert (line.projected, line.arrears, g.projected, g.arrears) == (540377, 45895, 540377, 45895)
    assert any("with 4 rent-free weeks a year, the annual gain counts it for 52 - 4 weeks" in a for a in g.assumptions)
    assert line.to_dict()["rent_free_weeks"] == 4


def test_hb_awarded_monthly_convention_with_4_rent_free_weeks_2026():
    # £112.27 x 52 / 12 = £486.503 -> £486.50 a month, x 12 = £5,838.00; less £112.27 x 4 = £449.08 (/ 12 =
    # £37.423 -> £37.42, x 12 = £449.04): £5,388.96.
    assert income_gain(_hb_awarded(4), convention="monthly_x12").annual == 538896


def test_hb_awarded_without_rent_free_weeks_unchanged_2026():
    # £112.87 x 52 = £5,869.24; 365 x £112.87 / 7 = £5,885.36; 31 x £112.87 / 7 = £499.85. No assumption line.
    g = income_gain(_hb_awarded(0))
    assert (g.annual, g.projected, g.arrears, g.benefit_lines[0].rent_free_weeks) == (586924, 588536, 49985, 0)
    assert not any("rent-free" in a for a in g.assumptions)
    assert "rent_free_weeks" not in g.benefit_lines[0].to_dict()


def test_pension_age_hb_knock_on_with_4_rent_free_weeks_2025():
    # Attendance Allowance (higher) for a 75-year-old renting at £100.00 a week: the HB knock-on is £1.22 for a rent
    # week with 4 rent-free weeks (the taper works on amounts x 52 / 48), £1.13 with none.
    g = income_gain(_aa_claimed(4))
    hb = next(b for b in g.benefit_lines if b.benefit == "housing_benefit")
    none = next(b for b in income_gain(_aa_claimed(0)).benefit_lines if b.benefit == "housing_benefit")
    assert (hb.weekly, hb.rent_free_weeks, none.weekly, none.projected) == (122, 4, 113, 5489)
    # The change is worked out again on each day a rate it reads changes: HB +£1.22 from 1 May 2025, nil from
    # 6 April 2026. 1 May 2025 to 5 April 2026 is 340 days: 340 x £1.22 / 7 = £59.257 -> £59.26; x 48 / 52 =
    # £54.702 -> £54.70 (was £59.26).
    assert any("Housing Benefit +£1.22" in a for a in g.assumptions)
    assert hb.projected == 5470
    # Annual (weekly_x52): the line's £1.22 x 48 = £58.56 (was x 52 = £63.44); the gain falls by £1.22 x 4 = £4.88.
    g52 = income_gain(_aa_claimed(4))
    assert g52.annual == sum(b.weekly for b in g52.benefit_lines) * 52 - 122 * 4


@pytest.mark.parametrize("convention", ["weekly_x52", "monthly_x12"])
@pytest.mark.parametrize("free", [0, 4])
def test_caseload_path_equals_one_household_with_rent_free_weeks(convention, free):
    # The caseload path counts the rent-free weeks as the one household does: the annual gain, projection and arrears
    # to the penny, and the annual gain by benefit adds up to the total.
    scenarios = [_hb_awarded(free), _aa_claimed(free)]
    g = caseload_gains(scenarios, convention=convention)
    assert g.valid.all()
    for i, s in enumerate(scenarios):
        one = income_gain(s, convention=convention)
        assert (int(g.annual[i]), int(g.projected[i]), int(g.arrears[i])) == (one.annual, one.projected, one.arrears)
    by = g.summary()["annual_gain_by_benefit_pence"]
    assert sum(by.values()) == int(g.annual.sum())
    if convention == "weekly_x52":
        # HB: £112.27 x 48 + £1.22 x 48 = £5,388.96 + £58.56 = £5,447.52 (4 rent-free weeks); £112.87 x 52 + £1.13 x 52
        # = £5,869.24 + £58.76 = £5,928.00 (none).
        assert by["housing_benefit"] == (544752 if free else 592800)


def test_caseload_states_the_rent_free_assumption_as_the_one_household_does_2026():
    # Both paths give the same words (gain.outcomes.rent_free_assumption): the one household's Gain.assumptions and
    # the caseload summary's assumptions (in_words), with the cases counted by their rent-free weeks. HB for a rent
    # week £112.27 x 48 = £5,388.96 a year (4 rent-free weeks); the case without rent-free weeks adds nothing.
    one = next(a for a in income_gain(_hb_awarded(4)).assumptions if "rent-free" in a)
    g = caseload_gains([_hb_awarded(4), _hb_awarded(0)])
    a = g.summary()["assumptions"]
    assert (a["in_words"], a["housing_benefit_rent_free_weeks"]) == ([one], {"4": 1})
    assert int(g.annual[0]) == 538896
    assert one in g._repr_html_()
    # None with rent-free weeks: no words.
    a = caseload_gains([_hb_awarded(0), _aa_claimed(0)]).summary()["assumptions"]
    assert (a["in_words"], a["housing_benefit_rent_free_weeks"]) == ([], {})
    # Cases with different weeks: one sentence giving the least to the most (the HB knock-on of AA counts too).
    a = caseload_gains([_hb_awarded(4), _aa_claimed(2)]).summary()["assumptions"]
    assert a["housing_benefit_rent_free_weeks"] == {"2": 1, "4": 1}
    assert len(a["in_words"]) == 1 and "with 2 to 4 rent-free weeks a year" in a["in_words"][0]
