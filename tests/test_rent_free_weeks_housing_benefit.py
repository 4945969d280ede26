"""Rent-free weeks in Housing Benefit, and rent-free weeks that are not whole rent periods.

SI 2006/214 reg 62 (read 2026-12-07 in legalize-dev/legalize-uk uk/uksi-2006-214.md; SI 2006/213 reg 81 has the
same words for working age): for a claimant with a rent-free period whose rent is payable weekly or by multiples of
a week (reg 61(2)(a)), "the amounts determined in his case in accordance with Parts 5 to 7 (applicable amounts,
income and capital, and amount of benefit) shall be multiplied by 52 or 53 ... and divided by the number equal to
the number of weeks in that 52 or 53 week period in respect of which he is liable to pay rent" (reg 62(3)(a)): the
weekly applicable amount, income, non-dependant deductions and the minimum amount. No Housing Benefit is paid for a
rent-free week (nothing is due). Amounts are rounded to the penny, half up (reg 61(6)).

Before 2026-12-07 the rent-free weeks were ignored by Housing Benefit: the award for a rent week was worked out on
the unspread amounts, and the household's year counted 52 weeks of Housing Benefit.

UC, SI 2013/376 Sch 4 para 7(4)(b)-(c): for rent paid two- or four-weekly the payment-free periods are counted in
whole rent periods. Two rent-free weeks of a four-weekly rent were silently dropped (2 // 4 = 0) while the working
sheet said "less 2 rent-free weeks"; they are now refused.

Figures quoted (the arithmetic is here, not read from the library's tables), 2026-27:
- SI 2026/148 Sch 6 (SI 2006/214 Sch 3 para 1): personal allowance, single, pensionable age before April 2021,
  £256.00.
- SI 2026/148 art 29: standard minimum guarantee £238.00; SI 2002/1792 reg 7(2): savings credit threshold £208.07,
  maximum 60% x (£238.00 - £208.07) = £17.96.
- SI 2026/148 art 24(3) (SI 2006/214 reg 55): a non-dependant in work with £279 to £364.99 a week, £64.35.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, Housing, InputError, NonDependant, estimate, estimate_caseload

DEC_2026 = dt.date(2026, 12, 7)


def _pensioner(rent_free_weeks=0, non_dependants=()):
    # Age 80: reached pensionable age before April 2021 (the £256.00 personal allowance).
    adult = Adult(age=80, state_pension_weekly=23000, pension_income_weekly=3000,
                  reached_pension_age_before_6_april_2016=True)
    return Household(adults=(adult,), housing=Housing(tenure="social_rent", rent=12000, rent_period="week", bedrooms=1,
                                                       rent_free_weeks=rent_free_weeks, non_dependants=non_dependants))


def test_pensioner_on_savings_credit_with_no_rent_free_weeks_2026():
    # Income tax on the pensions (SI 2002/1792 reg 17(10)(a)): 52 x £260.00 = £13,520 - £12,570 = £950 x 20% =
    # £190.00, / 52 = £3.65; income £256.35. Savings credit: 60% x (£256.35 - £208.07) = £28.97, capped at £17.96;
    # less 40% x (£256.35 - £238.00) = £7.34: £10.62. HB income (reg 27): £256.35 + £10.62 = £266.97. Excess over
    # £256.00: £10.97; 65% = £7.1305 -> £7.13. HB: £120.00 - £7.13 = £112.87.
    e = estimate(_pensioner(), on=DEC_2026)
    hb = e.benefits.housing_benefit
    assert (int(hb.weekly_income), int(hb.excess_income), int(hb.award)) == (26697, 1097, 11287)


def test_pensioner_on_savings_credit_with_4_rent_free_weeks_2026():
    # Rent due 48 weeks of 52 (reg 62(3)(a)): applicable amount £256.00 x 52 / 48 = £277.333 -> £277.33; income
    # (after the £3.65 tax, as above) £266.97 x 52 / 48 = £289.2175 -> £289.22; excess £11.89; 65% = £7.7285 ->
    # £7.73. HB for a rent week: £120.00 - £7.73 = £112.27 (£112.87 with the rent-free weeks ignored).
    e = estimate(_pensioner(rent_free_weeks=4), on=DEC_2026)
    hb = e.benefits.housing_benefit
    assert (int(hb.weekly_income), int(hb.excess_income), int(hb.taper_deduction), int(hb.award)) == (28922, 1189, 773,
                                                                                                    11227)
    # The year: Pension Credit £10.62 x 52 = £552.24, and HB for 48 weeks: £112.27 x 48 = £5,388.96. Total
    # £5,941.20 (£122.89 x 52 = £6,390.28 would be four weeks of HB too many); a month £5,941.20 / 12 = £495.10.
    assert (e.total_weekly, e.total_annual, e.total_monthly) == (12289, 594120, 49510)
    text = e.render()
    assert "x 52 / 48 (4 rent-free weeks a year: SI 2006/214 reg 62(3)(a))" in text
    assert "£277.33" in text and "none is paid for the 4 rent-free weeks" in text
    # All income: £122.89 + £230.00 + £30.00 = £382.89 a week; the year £382.89 x 52 - £112.27 x 4 = £19,461.20.
    assert "£19,461.20 a year" in text


def test_non_dependant_deduction_spread_over_the_rent_weeks_2026():
    # Non-dependant in work, £300 a week: £64.35 x 52 / 48 = £69.7125 -> £69.71. Maximum HB £120.00 - £69.71 =
    # £50.29. Less the taper £7.73 (as above, the pensions net of the income tax on them): £42.56.
    nd = (NonDependant(age=30, remunerative_work=True, gross_weekly_income=30000),)
    hb = estimate(_pensioner(rent_free_weeks=4, non_dependants=nd), on=DEC_2026).benefits.housing_benefit
    assert (int(hb.non_dependant_deductions), int(hb.maximum_housing_benefit), int(hb.award)) == (6971, 5029, 4256)


def test_caseload_gives_the_same_rent_free_figures_as_one_household():
    households = [_pensioner(), _pensioner(rent_free_weeks=4), _pensioner(rent_free_weeks=8)]
    out = estimate_caseload(households, on=DEC_2026)
    for i, h in enumerate(households):
        one = estimate(h, on=DEC_2026)
        assert int(out.benefits.housing_benefit.award[i]) == int(one.benefits.housing_benefit.award)
        assert int(out.benefits.total_annual[i]) == one.total_annual


@pytest.mark.parametrize(("period", "weeks"), [("four_weeks", 2), ("four_weeks", 6), ("two_weeks", 3)])
def test_rent_free_weeks_that_are_not_whole_rent_periods_are_refused(period, weeks):
    # Sch 4 para 7(4)(b)-(c): two- and four-weekly payment-free periods are whole rent periods. 2 weeks of a
    # four-weekly rent were read as 2 // 4 = 0 periods: ignored, while the sheet said "less 2 rent-free weeks".
    with pytest.raises(InputError) as e:
        Housing(tenure="social_rent", rent=40000, rent_period=period, bedrooms=1, rent_free_weeks=weeks)
    assert e.value.field == "rent_free_weeks" and "multiple of" in str(e.value)


def test_four_weekly_rent_with_one_rent_free_period_2026():
    # £400 every four weeks, 4 rent-free weeks (one period): £400 x (13 - 1) / 12 = £400.00 a month.
    h = Household(adults=(Adult(age=30),), housing=Housing(tenure="social_rent", rent=40000, rent_period="four_weeks",
                                                           bedrooms=1, rent_free_weeks=4))
    assert estimate(h, on=DEC_2026).benefits.universal_credit.housing_costs_element == 40000
