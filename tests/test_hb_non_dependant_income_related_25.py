"""A non-dependant aged 25 or over on income support, income-based JSA or
income-related ESA takes the Housing Benefit deduction (SI 2006/214 reg 55(8):
the exemption is for "a non-dependant aged less than 25 who is on income
support, an income-based jobseeker's allowance or an income-related employment
and support allowance ..."; read 2026-12-07 in the legislation mirror,
``uk/uksi-2006-214.md``). The pension-age Council Tax Reduction has no age
limit (SI 2012/2885 Sch 1 para 8(8)(a)), so there no deduction at any age.

Worked example (audit household H2, 2026-27): single, born 15 June 1956 (State
Pension age 66 reached in June 2022, after 1 April 2021: personal allowance
£238.00), pension £240.00 a week (£12,480 a year, under the personal allowance:
no tax), council tenant at £120.00 a week, son aged 40 on income-related ESA
living with her. Non-dependant deduction reg 55(1)(b): £20.40 (SI 2026/148
art 24(3)). Maximum HB £120.00 - £20.40 = £99.60; excess income £240.00 -
£238.00 = £2.00, 65% = £1.30; HB £99.60 - £1.30 = £98.30 (it was £118.70).
Aged 24, no deduction: £120.00 - £1.30 = £118.70.
"""
import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.household import Housing, NonDependant

ON = dt.date(2026, 6, 1)


def _hb(age):
    h = Household(adults=(Adult(date_of_birth=dt.date(1956, 6, 15), state_pension_weekly=24000),),
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week",
                                  non_dependants=(NonDependant(age=age, hb_ctr_exemption="income_support_jsa_esa"),)))
    return estimate(h, on=ON).benefits.housing_benefit


def test_income_related_benefit_at_25_or_over_takes_the_deduction():
    hb = _hb(40)
    assert hb.non_dependant_deductions == 2040   # reg 55(1)(b), SI 2026/148 art 24(3)
    assert hb.award == 9830                      # £120.00 - £20.40 - 65% x £2.00


def test_income_related_benefit_under_25_is_exempt():
    hb = _hb(24)
    assert hb.non_dependant_deductions == 0      # reg 55(8)
    assert hb.award == 11870                     # £120.00 - £1.30
