"""The household total: every benefit, UC with the others as its income,
and the total equal to the sum of its parts, each part as its own
calculator gives it."""

import datetime as dt

import pytest

from entitlements import Adult, Child, Household, InputError, estimate, estimate_caseload
from entitlements.benefits import carers_allowance, child_benefit, disability, scotland
from entitlements.tables import default_tables

T = default_tables()
ON = dt.date(2026, 5, 1)


def family():
    # A couple in Scotland: the first cares for the second (PIP daily living
    # enhanced, mobility standard: paid as Adult Disability Payment), earns
    # £500 a month net and claims Carer's Allowance; one child born 2015 with
    # DLA care middle (Child Disability Payment).
    return Household(
        adults=(
            Adult(age=40, carer=True, claims_carers_allowance=True, monthly_earnings=50000),
            Adult(age=42, pip_daily_living="enhanced", pip_mobility="standard"),
        ),
        children=(Child(date_of_birth=dt.date(2015, 3, 1), dla_care="middle"),),
        nation="scotland",
    )


def test_household_total_equals_the_sum_of_its_parts_each_from_its_own_calculator():
    e = estimate(family(), on=ON)
    b = e.benefits
    # Carer's Allowance: £500 x 12 / 52 = £115.39 a week, not over the £204
    # limit: £86.45 (2026/27).
    assert b.carers_allowance[0] == carers_allowance.carers_allowance_weekly(40, 35, True, False, 11539, on=ON, tables=T) == 8645
    # ADP: enhanced daily living £114.60 + standard mobility £30.30 = £144.90.
    assert b.disability_benefits[1] == disability.adult_disability_payment_weekly(2, 1, on=ON, tables=T) == 14490
    # CDP care middle £76.70.
    assert b.children_disability_benefits == disability.child_disability_payment_weekly(2, 0, on=ON, tables=T) == 7670
    # Child Benefit, one child: £27.05.
    assert b.child_benefit == child_benefit.child_benefit_weekly(1, on=ON, tables=T) == 2705
    # Scottish Child Payment, one child under 16, UC in payment: £28.20.
    kids = __import__("numpy").array(["2015-03-01"], dtype="datetime64[D]")
    assert b.scottish_child_payment == scotland.scottish_child_payment_weekly(kids, True, on=ON, tables=T) == 2820
    # UC: joint £666.97 + first child born before 6/4/2017 £351.88 + lower
    # disabled child addition £164.79 + carer element £209.34 = £1,392.98;
    # CA £86.45 x 52 / 12 = £374.62 unearned; earnings £500 under the higher
    # work allowance (child) of £710: no deduction. £1,392.98 - £374.62 =
    # £1,018.36. Cap: exempt (the partner's PIP/ADP, and the carer element).
    assert e.universal_credit.award == 101836
    # Scottish Carer Supplement with the Carer Support Payment paid: £11.70
    # (SSI 2023/302 reg 16(1A), from 6 April 2026; not income for UC).
    assert b.scottish_carer_supplement == (1170, 0)
    weekly = 8645 + 1170 + 14490 + 7670 + 2705 + 2820
    # £1,018.36 x 12 / 52 = £235.006... -> £235.01.
    assert b.total_weekly == weekly + 23501
    # Weekly benefits £86.45 + £11.70 + £144.90 + £76.70 + £27.05 + £28.20 =
    # £375.00; x 52 / 12 = £1,625.00, + £1,018.36.
    assert b.total_monthly == 162500 + 101836
    assert b.total_annual == weekly * 52 + 101836 * 12


def test_carer_over_the_earnings_limit_loses_ca_and_keeps_the_uc_carer_element():
    # £900 net a month = £207.70 a week, over the £204 limit: no CA; the UC
    # carer element (reg 30: the CA conditions but for earnings) stays.
    h = family()
    h = h.replace(adults=(h.adults[0].__class__(age=40, carer=True, claims_carers_allowance=True, monthly_earnings=90000), h.adults[1]))
    e = estimate(h, on=ON)
    assert e.benefits.carers_allowance[0] == 0
    assert e.universal_credit.calculation.carer_element == 20934


def test_single_pensioner_gets_pension_credit_not_uc():
    # Born 1 January 1955: State Pension age 66 on 1 January 2021. £200 a week
    # State Pension. Guarantee credit: £238.00 - £200.00 = £38.00 (2026/27).
    h = Household(adults=(Adult(date_of_birth=dt.date(1955, 1, 1), pension_income_weekly=20000),))
    e = estimate(h, on=ON)
    assert e.universal_credit.award == 0
    assert e.benefits.pension_credit.award == 3800
    assert "qualifying age for Pension Credit" in e.render()


def test_mixed_age_couple_stays_on_uc_with_the_pension_as_income():
    # Partner born 1955 (over State Pension age), claimant 60: UC continues
    # (WRA 2012 s 4(1A)); £200 a week State Pension is unearned income:
    # £200 x 52 / 12 = £866.67. Joint £666.97 - £866.67 < 0: nil UC; no
    # Pension Credit for a mixed-age couple.
    h = Household(adults=(Adult(age=60), Adult(date_of_birth=dt.date(1955, 1, 1), pension_income_weekly=20000)))
    e = estimate(h, on=ON)
    assert e.benefits.universal_credit_payable
    assert e.universal_credit.calculation.unearned_income == 86667
    assert e.benefits.pension_credit.award == 0


def test_adult_aged_66_by_age_only_after_april_2026_needs_a_date_of_birth():
    with pytest.raises(InputError, match="State Pension age now depends on it"):
        estimate(Household(adults=(Adult(age=66),)), on=ON)
    # Before 6 April 2026 everyone aged 66 has reached it: no UC.
    assert estimate(Household(adults=(Adult(age=66),)), on=dt.date(2026, 3, 1)).universal_credit.award == 0


def test_caseload_total_matches_each_household():
    hs = [family(), Household(adults=(Adult(age=30),))]
    res = estimate_caseload(hs, on=ON)
    assert res.benefits.total_annual.tolist() == [estimate(h, on=ON).total_annual for h in hs]


def test_the_working_sheet_shows_carers_allowance_worked_out_and_pensions():
    # The UC breakdown must show the Carer's Allowance actually taken off
    # (worked out, not typed in), £86.45 x 52 / 12 = £374.62, and pensions. The family is in Scotland: named
    # Carer Support Payment there, as in the household total (since 2026-12-08, qa-adv10).
    text = estimate(family(), on=ON).render()
    assert "Carer Support Payment (claimant 1): £86.45 a week x 52 / 12" in text and "£374.62" in text
    pensioner = Household(adults=(Adult(age=60), Adult(date_of_birth=dt.date(1955, 1, 1), pension_income_weekly=20000)))
    assert "Other pensions (claimant 2): £200.00 a week x 52 / 12" in estimate(pensioner, on=ON).render()
