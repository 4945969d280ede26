"""Pension Credit counts the household's other income and new-style ESA and JSA.

SPCA 2002 s 15(1) (income: retirement pension income, social security benefits (c), and income of other prescribed
descriptions (j)); SI 2002/1792 reg 15 (the prescribed descriptions: maintenance payments and the rest). Before
2026-12-07 the engine's Pension Credit income was State Pension, other pensions, Carer's Allowance and earnings
only: an adult's `other_unearned_income_monthly` and `new_style_esa_weekly` / `new_style_jsa_weekly` (which Housing
Benefit and Council Tax Reduction already counted) were left out, so Pension Credit was overstated by the whole of
them, and a guarantee credit that should have been nil passported Housing Benefit to its maximum.

Savings credit (SI 2002/1792 reg 9, read 2026-12-07 in legalize-dev/legalize-uk uk/uksi-2002-1792.md): "all income is
to be treated as qualifying income except" working tax credit, incapacity benefit, contribution-based JSA, severe
disablement allowance, maternity allowance, maintenance payments (reg 15(5)(d)) and contributory ESA. So new-style
ESA and JSA are income but not qualifying income; other income is both. Reg 7(4): a fraction of a penny in amount A
or B goes the claimant's way.

2026-27 figures (SI 2026/148 art 29): standard minimum guarantee £238.00 single, £363.25 couple; savings credit
threshold £208.07 single, maximum £17.96.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate

DEC_2026 = dt.date(2026, 12, 7)
SOCIAL = Housing(tenure="social_rent", rent=10000, rent_period="week", bedrooms=1)


def _pensioner(other_monthly, *, before_2016=False, age=75):
    return Household(adults=(Adult(age=age, state_pension_weekly=20000, other_unearned_income_monthly=other_monthly,
                                   reached_pension_age_before_6_april_2016=before_2016),), housing=SOCIAL)


def test_other_income_reduces_the_guarantee_credit_2026():
    # £100 a month x 12 / 52 = £23.0769 -> £23.08 a week. Guarantee credit £238.00 - £200.00 - £23.08 = £14.92
    # (was £38.00: the £23.08 left out).
    pc = estimate(_pensioner(10000), on=DEC_2026).benefits.pension_credit
    assert (pc.income, pc.guarantee_credit, pc.award) == (22308, 1492, 1492)
    text = estimate(_pensioner(10000), on=DEC_2026).render()
    assert "Other income counted (earnings after the disregard, benefits, other income)" in text


def test_other_income_above_the_guarantee_means_no_passport_to_maximum_housing_benefit_2026():
    # £200 a month = £46.15 a week; £200.00 + £46.15 = £246.15 over £238.00: no guarantee credit (was £38.00,
    # which passported Housing Benefit). Housing Benefit is now means-tested: age 75 reached pensionable age
    # before April 2021, applicable amount £256.00 (SI 2026/148 Sch 6); income £246.15 below it: the whole
    # £100.00 rent. The week: £100.00 (was £138.00).
    e = estimate(_pensioner(20000), on=DEC_2026)
    assert e.benefits.pension_credit.award == 0
    hb = e.benefits.housing_benefit
    assert (bool(hb.passported), int(hb.weekly_income), int(hb.award)) == (False, 24615, 10000)
    assert e.total_weekly == 10000


def test_other_income_is_qualifying_income_for_savings_credit_2026():
    # Aged 80, reached pensionable age before 6 April 2016. Income £200.00 + £130 a month (x 12 / 52 = £30.00) =
    # £230.00. Guarantee credit £238.00 - £230.00 = £8.00. Savings credit: amount A 60% x (£230.00 - £208.07) =
    # £13.158 -> £13.16 (reg 7(4), the claimant's way; under the £17.96 maximum); amount B nil (income under the
    # guarantee). £8.00 + £13.16 = £21.16 (was £38.00 guarantee credit and no savings credit).
    pc = estimate(_pensioner(13000, before_2016=True, age=80), on=DEC_2026).benefits.pension_credit
    assert (pc.guarantee_credit, pc.savings_credit, pc.award) == (800, 1316, 2116)


def test_a_protected_mixed_age_couples_new_style_esa_is_income_2026():
    # SI 2019/37 art 4: a mixed-age couple on Pension Credit since before 15 May 2019 keeps it. The younger
    # partner's new-style ESA £30.00 a week is income (SPCA 2002 s 15(1)(c)): £250.00 + £80.00 + £30.00 = £360.00,
    # less the income tax on the pensions (reg 17(10)(a)): 52 x £330.00 = £17,160 - £12,570 = £4,590 x 20% =
    # £918.00 a year, / 52 = £17.65 (the ESA, £1,560 a year, is under the younger partner's own allowance):
    # £342.35; guarantee credit £363.25 - £342.35 = £20.90 (£50.90 without the ESA).
    h = Household(adults=(Adult(age=80, state_pension_weekly=25000, pension_income_weekly=8000,
                                reached_pension_age_before_6_april_2016=True),
                          Adult(age=60, new_style_esa_weekly=3000)), mixed_age_protected=True)
    pc = estimate(h, on=DEC_2026).benefits.pension_credit
    assert (pc.income, pc.guarantee_credit, pc.award) == (34235, 2090, 2090)


def test_new_style_jsa_is_income_but_not_qualifying_income_2026():
    # A couple, both over the qualifying age and both before 6 April 2016 (no reg 7A question), one with
    # new-style JSA recorded (£40): income £330.00 + £40.00 = £370.00 less the tax on the pensions (reg 17(10)(a):
    # 52 x £330.00 = £17,160 - £12,570 = £4,590 x 20% = £918.00, / 52 = £17.65; the JSA is under its own
    # allowance) = £352.35; guarantee credit £363.25 - £352.35 = £10.90. Qualifying income £330.00 - £17.65 =
    # £312.35 (reg 9(c): not the JSA), under the £329.75 threshold: amount A nil, savings credit nil. Were the
    # JSA qualifying income, A would be 60% x (£352.35 - £329.75) = £13.56 and, B nil (income under the
    # guarantee), the savings credit £13.56.
    h = Household(adults=(Adult(age=80, state_pension_weekly=25000, pension_income_weekly=8000,
                                reached_pension_age_before_6_april_2016=True),
                          Adult(age=78, new_style_jsa_weekly=4000, reached_pension_age_before_6_april_2016=True)))
    pc = estimate(h, on=DEC_2026).benefits.pension_credit
    assert (pc.income, pc.guarantee_credit, pc.savings_credit) == (35235, 1090, 0)
