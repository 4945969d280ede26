"""The Housing Benefit sheet says why no non-dependant deduction is made where
the claimant or partner is blind or gets Attendance Allowance, a DLA care
component or PIP daily living (SI 2006/214 reg 55(6), read 2026-12-07). Until
2026-12-07 the deductions line was simply absent, which reads as a forgotten
deduction.

Audit household H3 (2026-27): 82, lower-rate Attendance Allowance, £200.00 a
week pension (guarantee credit £238.00 - £200.00 = £38.00), council tenant at
£110.00, a son of 35 working full time on £700 a week gross (reg 55(1)(a)
would take £131.45): Housing Benefit £110.00, the whole rent.
"""
import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.household import Housing, NonDependant

ON = dt.date(2026, 6, 1)
_SON = NonDependant(age=35, remunerative_work=True, gross_weekly_income=70000)


def _estimate(**adult):
    h = Household(adults=(Adult(age=82, pension_income_weekly=20000, **adult),),
                  housing=Housing(tenure="social_rent", rent=11000, rent_period="week", non_dependants=(_SON,)))
    return estimate(h, on=ON)


def test_attendance_allowance_waives_the_deduction_and_the_sheet_says_so():
    e = _estimate(attendance_allowance="lower")
    assert e.benefits.housing_benefit.award == 11000
    assert any("SI 2006/214 reg 55(6)" in n for n in e.housing_benefit.notes)


def test_without_it_the_deduction_is_taken_and_nothing_is_said():
    e = _estimate()
    assert e.benefits.housing_benefit.non_dependant_deductions == 13145   # reg 55(1)(a)
    assert e.benefits.housing_benefit.award == 0                          # £110.00 - £131.45: nil
    assert not any("reg 55(6)" in n for n in e.housing_benefit.notes)
