"""The Welsh national working-age scheme for earners without Universal Credit: relevant childcare charges taken off
the earnings, and half an occupational pension contribution (WSI 2013/3029 Sch 6 paras 15(3), 20-21), worked to the
penny through ``estimate`` and the caseload path (cases that were "check needed" before 2026-12-07).

Figures quoted, each from the text named (the arithmetic is here, not read from the library's tables):

- WSI 2013/3029 Sch 6 (read 2026-12-07 in the Welsh-language text as made, legalize-dev/legalize-uk
  uk-wls/wsi-2013-3029.md; WSI 2025/59 reg 8, read, changes only para 21(15)(c)): para 20(1)(c) deducts relevant
  childcare charges from the earnings in the weekly income, at most (para 20(3)) £175 a week for one child and £300
  for more than one; para 21(1): a lone parent in remunerative work, a couple both in it, or one in it and the other
  incapacitated (para 21(11)(f): attendance allowance, DLA or PIP payable); para 21(6): for a child to the day before
  the first Monday in September following the 15th birthday (the 16th if disabled). Para 13(1)(b)(i): a monthly
  payment x 12 / 52. Para 15(3)(b): net earnings are gross less tax, Class 1 NICs and half of a contribution to an
  occupational pension scheme.
- Sch 8 (as the other Welsh tests): £25 a lone parent (para 5), £20 with a disability premium (para 4), £5 single
  (para 11), £17.10 more (para 18) where a condition is met and the earnings reach the disregard + the childcare
  charges deducted + £17.10 (para 18(3)).
- Sch 7 2025-26 (WSI 2025/59 reg 9): lone parent and single 25 or over £98.10, couple £154.00, child £84.66, family
  premium £19.48, disability premium (couple) £61.65. Taper 20% (reg 25(f)(ii)).
- Cardiff band C from a bill's Band D of £2,000 (or £4,000): 8/9 (LGFA 1992 s 5(1)); single person discount 25%
  (s 11(1)). 2025-26 has 365 days.
- UC (SI 2013/376) 2025-26, to show there is no award: single £400.14, couple £628.10, child £292.81 a month; the
  childcare costs element 85% of the charges (reg 34); 55% taper above the £684 work allowance (a responsible
  carer without housing costs). Unearned income counts in full (reg 66).
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from entitlements import Adult, Child, Household, estimate, estimate_caseload
from entitlements.benefits.childcare import first_monday_in_september_after as _september_after
from entitlements.benefits.council_tax_reduction_wales import childcare_charges_deducted
from entitlements.household import Housing
from entitlements.tables import default_tables

T = default_tables()
Y25 = dt.date(2025, 6, 2)
AGED_3, AGED_6 = Child(date_of_birth=dt.date(2022, 1, 15)), Child(date_of_birth=dt.date(2019, 1, 15))


def _cardiff(adults, children=(), band_d=200000, **kw):
    return Household(adults=adults, children=children, nation="wales", local_authority="Cardiff",
                     housing=Housing(tenure="owner_occupier", council_tax_band="C", council_tax_band_d=band_d), **kw)


def _lone_parent(hours=20, children=(AGED_3,), **kw):
    # Net earnings £800 a month, £1,100 a month other unearned income, childcare £400 a month for one child.
    # UC: £400.14 + £292.81 + 85% x £400 = £1,032.95, less £1,100 unearned: nil.
    return _cardiff((Adult(age=30, monthly_earnings=80000, work_hours_weekly=hours,
                           other_unearned_income_monthly=110000),), children, childcare_costs_monthly=40000,
                    childcare_children=1, **kw)


def test_lone_parent_20_hours_childcare_400_a_month_comes_off_the_earnings_2025():
    # Earnings £800 x 12 / 52 = £184.62; childcare £400 x 12 / 52 = £92.31 (under £175). Disregard £25 (para 5) and
    # £17.10 (para 18(2)(b)(iii): a lone parent in remunerative work; £184.62 >= £25 + £92.31 + £17.10 = £134.41):
    # £42.10. Unearned £1,100 x 12 / 52 = £253.85. Income £253.85 + £184.62 - £42.10 - £92.31 = £304.06.
    # Applicable amount £98.10 + £84.66 + £19.48 = £202.24; excess £101.82; 20% = £20.364 -> £20.36.
    # Band C £1,777.78, 25% off £1,333.34; a week 133,334 x 7 / 365 = 2,557.12p; less 2,036.4 = 520.72 -> £5.21;
    # year 133,334 - 2,036.4 x 365 / 7 (106,183.71) = 27,150.29 -> £271.50.
    e = estimate(_lone_parent(), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_earnings_disregarded, c.ctr_childcare_charges) == (
        1, 20224, 4210, 9231)
    assert (c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (30406, 10182, 2036)
    assert (c.reduction_weekly, c.reduction_annual) == (521, 27150)
    assert "Sch 6 paras 20(1)(c), (3), 21" in e.render()


def test_lone_parent_under_16_hours_has_no_childcare_deduction_and_no_additional_disregard_2025():
    # 10 hours: not remunerative work, so para 21(1)(a) does not apply (and neither does para 18): income
    # £253.85 + £184.62 - £25 = £413.47; excess £211.23, 20% = £42.25, more than the £25.57 a week: nil.
    c = estimate(_lone_parent(hours=10), on=Y25).benefits.council_tax
    assert (c.ctr_status, c.ctr_childcare_charges, c.ctr_earnings_disregarded, c.ctr_income) == (1, 0, 2500, 41347)
    assert c.reduction_weekly == 0


def test_childcare_for_two_children_is_capped_at_300_and_at_the_earnings_2025():
    # Charges £1,500 a month x 12 / 52 = £346.15, for two children: at most £300 (para 20(3)(b)). Earnings £1,000 x
    # 12 / 52 = £230.77; disregard £25 (the £17.10 needs £25 + £300 + £17.10 = £342.10 of earnings: not met); the
    # deduction comes off the earnings only (para 20(1)(c)): £230.77 - £25 = £205.77. Unearned £2,200 x 12 / 52 =
    # £507.69, which with the earnings leaves no UC (£400.14 + 2 x £292.81 + 85% x £1,500 = £2,260.76, less
    # £2,200 and 55% x (£1,000 - £684) = £173.80). Income £507.69 + £230.77 - £25 - £205.77 = £507.69.
    h = _cardiff((Adult(age=30, monthly_earnings=100000, work_hours_weekly=25, other_unearned_income_monthly=220000),),
                 (AGED_3, AGED_6), childcare_costs_monthly=150000, childcare_children=2)
    e = estimate(h, on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_earnings_disregarded, c.ctr_childcare_charges, c.ctr_income) == (1, 2500, 20577, 50769)
    assert int(childcare_charges_deducted(34615, 2, on=Y25, tables=T)) == 30000
    assert int(childcare_charges_deducted(34615, 1, on=Y25, tables=T)) == 17500


def test_couple_one_working_the_other_on_pip_is_incapacitated_para_21_1_c_2025():
    # Applicant works 30 hours, £900 a month net; partner gets PIP (daily living, standard), £850 a month other
    # income. UC: £628.10 + £292.81 (no childcare element: the partner neither works nor has LCW, reg 32), less
    # £850 and 55% x (£900 - £684) = £118.80: nil. Sch 7: couple £154.00 + child £84.66 + family premium £19.48 +
    # disability premium (couple) £61.65 = £319.79. Disregard £20 (para 4) + £17.10 (para 18: 25 or over, 30
    # hours; £207.69 >= £20 + £69.23 + £17.10). Childcare £300 x 12 / 52 = £69.23 (para 21(1)(c)(i), 21(11)(f)(v)).
    # Income £850 x 12 / 52 = £196.15 + £900 x 12 / 52 = £207.69 - £37.10 - £69.23 = £297.51, under £319.79: the
    # whole council tax, band C £1,777.78 (two adults, no discount), 177,778 x 7 / 365 = 3,409.42p -> £34.09.
    h = _cardiff((Adult(age=30, monthly_earnings=90000, work_hours_weekly=30),
                  Adult(age=30, pip_daily_living="standard", other_unearned_income_monthly=85000)),
                 (AGED_3,), childcare_costs_monthly=30000, childcare_children=1)
    e = estimate(h, on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_earnings_disregarded, c.ctr_childcare_charges) == (
        1, 31979, 3710, 6923)
    assert (c.ctr_income, c.ctr_excess_income, c.reduction_weekly, c.reduction_annual) == (29751, 0, 3409, 177778)
    # The partner neither works nor is incapacitated: para 21 does not apply, nothing comes off (no disability
    # premium either: couple £154.00 + £84.66 + £19.48 = £258.14; disregard £10 + £17.10 (para 18(2)(b)(i))).
    h = h.replace(adults=(h.adults[0], Adult(age=30, other_unearned_income_monthly=85000)))
    c = estimate(h, on=Y25).benefits.council_tax
    assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_childcare_charges, c.ctr_earnings_disregarded) == (
        1, 25814, 0, 2710)


def test_what_the_childcare_facts_leave_open_stays_check_needed():
    # Hours not given for a lone parent with earnings (para 21(1)(a) asks for remunerative work); charges for more
    # children than are under the age limit (a child of 16 on 2 June 2025, born 15 January 2009: the limit was the
    # day before 2 September 2024), where the charges cannot be told apart.
    older = Child(date_of_birth=dt.date(2009, 1, 15))
    for h in (_lone_parent(hours=None), _lone_parent(children=(older,))):
        c = estimate(h, on=Y25).benefits.council_tax
        assert (c.ctr_status, c.ctr_reason) == (2, 4)


def test_the_age_limit_is_the_first_monday_in_september_after_the_15th_or_16th_birthday():
    dob = np.array(["2010-01-15", "2010-09-01", "2010-09-02", "2010-08-31"], dtype="datetime64[D]")
    # 15th birthdays in 2025; 1 September 2025 is a Monday: a birthday on it or after falls to 7 September 2026.
    assert list(_september_after(dob, 15).astype(str)) == ["2025-09-01", "2026-09-07", "2026-09-07", "2025-09-01"]
    assert list(_september_after(dob[:1], 16).astype(str)) == ["2026-09-07"]


def test_occupational_pension_under_a_net_pay_arrangement_half_is_deducted_2025():
    # Gross £700 a month, £40 pension under a net pay arrangement (an occupational scheme, Finance Act 2004
    # s 191(3)); below the personal allowance and the NIC primary threshold: UC's net £700 - £40 = £660. The scheme
    # deducts half: £680 x 12 / 52 = £156.92 (UC's measure would give £152.31). £400 a month other income:
    # £92.31 a week; UC £400.14 - £400 - 55% x £660: nil. Income £92.31 + £156.92 - £5 (para 11) = £244.23;
    # applicable amount £98.10; excess £146.13; 20% = £29.226. Band D £4,000 on the bill: band C £3,555.56, 25%
    # off £2,666.67; a week 266,667 x 7 / 365 = 5,114.25p - 2,922.6 = 2,191.65 -> £21.92; year 266,667 -
    # 2,922.6 x 365 / 7 (152,392.71) = 114,274.29 -> £1,142.74.
    h = _cardiff((Adult(age=40, gross_monthly_earnings=70000, pension_contribution_monthly=4000,
                        other_unearned_income_monthly=40000),), band_d=400000)
    e = estimate(h, on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (1, 24423, 14613, 2923)
    assert (c.reduction_weekly, c.reduction_annual) == (2192, 114274)


def test_the_caseload_path_gives_the_same_figures():
    households = [_lone_parent(), _lone_parent(hours=10), _lone_parent(hours=None),
                  _cardiff((Adult(age=30, monthly_earnings=100000, work_hours_weekly=25,
                                  other_unearned_income_monthly=220000),), (AGED_3, AGED_6),
                           childcare_costs_monthly=150000, childcare_children=2),
                  _cardiff((Adult(age=40, gross_monthly_earnings=70000, pension_contribution_monthly=4000,
                                  other_unearned_income_monthly=40000),), band_d=400000),
                  _cardiff((Adult(age=40, gross_monthly_earnings=70000, pension_contribution_monthly=4000,
                                  pension_relief="relief_at_source", other_unearned_income_monthly=40000),))]
    r = estimate_caseload(households, on=Y25)
    for i, h in enumerate(households):
        c = estimate(h, on=Y25).benefits.council_tax
        for k in ("reduction_weekly", "reduction_annual", "ctr_income", "ctr_childcare_charges",
                  "ctr_earnings_disregarded", "ctr_status", "ctr_reason"):
            assert int(getattr(r.benefits.council_tax, k)[i]) == getattr(c, k), (i, k)
    assert list(np.asarray(r.benefits.council_tax.ctr_status)) == [1, 1, 2, 1, 1, 2]
