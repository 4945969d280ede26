"""Council Tax Reduction for pensioners in Wales and Scotland in 2026-27, worked
to the penny from the household on Monday 7 December 2026 (the Band D the
library ships for the council, the national scheme's 2026-27 figures).

Until 2026-12-07 both were "check needed: the national scheme's figures for
2026-27 are not in the library". The instruments, read in full in the
legalize-dev/legalize-uk mirror:

* Wales: the Council Tax Reduction Schemes (Prescribed Requirements and
  Default Scheme) (Miscellaneous Amendments) (Wales) Regulations 2026 (WSI
  2026/13), made 21 January 2026, for schemes for financial years from
  1 April 2026 (reg 1(3)). Reg 8(a)(i): WSI 2013/3029 Sch 2 para 1, single
  £244.40 -> £256.00. The taper (reg 23(f), 2 6/7 per cent a day of the
  weekly excess: 20% a week) and the capital rules are untouched.
* Scotland: the Council Tax Reduction (Miscellaneous Amendment) (Scotland)
  Regulations 2026 (SSI 2026/56), in force 1 April 2026 (reg 1). Reg 6(a)(ii):
  SSI 2012/319 Sch 1 para 2 entry (2)(b), couple £366.00 -> £383.35 (and
  (1)(b), single, £244.40 -> £256.00); reg 5: reg 48 non-dependant
  deductions, a non-dependant in remunerative work with gross income of at
  least £497.00 but less than £614.00 £13.90 a week (2025-26: £474.00 to
  £586.00, £13.40).

Band D 2026-27 (rules/council_tax/band_d): Cardiff £2,013.18, Glasgow City
£1,706.00. Band proportions: C 8/9, B 7/9 (LGFA 1992 s 5; Scotland s 74 and
the 2017 order: B 280/360 = 7/9). Single person discount 25% (s 11). 2026-27
has 365 days. Pension Credit's guarantee for 2026-27 (single £238.00, couple
£363.25) is below each household's income, so no one here is passported, and
no one reached State Pension age before 6 April 2016 (no savings credit).
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate
from entitlements.explain_hb_ctr import ctr_check_needed_text
from entitlements.household import NonDependant

ON = dt.date(2026, 12, 7)


def _ctr(h: Household):
    e = estimate(h, on=ON, rates_after="strict")  # strict: nothing held past the tables
    assert not [a for a in e.assumptions if "ctr." in str(a)]
    return e.benefits.council_tax


def test_welsh_pensioner_cardiff_band_c_2026_27():
    # Single, 70, State Pension £200.00 and an occupational pension £100.00 a week: income £300.00 (WSI 2013/3029
    # Sch 1 Part 4: both count in full).
    h = Household(adults=(Adult(age=70, state_pension_weekly=20000, pension_income_weekly=10000),), nation="wales",
                  local_authority="Cardiff", housing=Housing(tenure="owner_occupier", council_tax_band="C"))
    ct = _ctr(h)
    # Council tax: £2,013.18 x 8/9 = 1,789.4933 -> £1,789.49; less 25%: 1,342.1175 -> £1,342.12 a year.
    assert (ct.band_d_annual, ct.band_amount_annual, ct.annual_liability) == (201318, 178949, 134212)
    # Income tax on the pensions disregarded (WSI 2013/3029 Sch 1 para 11(13)): 52 x £300 = £15,600 - £12,570 =
    # £3,030 x 20% = £606.00 a year, / 52 (para 11(1)(b)(iii)) = £11.6538 -> £11.65; income £288.35.
    # Applicable amount: the 2026-27 single personal allowance £256.00 (WSI 2026/13 reg 8(a)(i)).
    # Excess income £288.35 - £256.00 = £32.35; 20% = £6.47 (reg 23(f)(ii), 2 6/7 per cent a day).
    assert (ct.ctr_status, ct.ctr_scheme, ct.ctr_applicable_amount, ct.ctr_income) == (1, 2, 25600, 28835)
    assert (ct.ctr_excess_income, ct.ctr_taper_deduction) == (3235, 647)
    # Maximum a week: 1,342.12 x 7 / 365 = 25.7392 -> £25.74 (Sch 1 para 2: 100% of A/B, no non-dependant).
    # Reduction a week: 25.7392 - 6.47 = 19.2692 -> £19.27. A year: 1,342.12 - 6.47 x 365 / 7 = 1,342.12 - 337.3643
    # = 1,004.7557 -> £1,004.76; to pay £1,342.12 - £1,004.76 = £337.36.
    assert (ct.ctr_maximum, ct.reduction_weekly, ct.reduction_annual, ct.to_pay_annual) == (2574, 1927, 100476, 33736)
    assert ctr_check_needed_text(ct, h, ON) is None
    # With the 2025-26 allowance (£244.40) the excess would be £43.95 and the taper £8.79: 25.7392 - 8.79 =
    # £16.95. The 2026-27 row is £2.32 a week more.


def test_scottish_pensioner_glasgow_band_b_2026_27():
    # Single, 70, the same income £300.00 (SSI 2012/319 reg 27-28: both pensions count in full).
    h = Household(adults=(Adult(age=70, state_pension_weekly=20000, pension_income_weekly=10000),),
                  nation="scotland", local_authority="Glasgow City",
                  housing=Housing(tenure="owner_occupier", council_tax_band="B"))
    ct = _ctr(h)
    # Council tax: £1,706.00 x 7/9 = 1,326.8889 -> £1,326.89; less 25%: 995.1675 -> £995.17 a year.
    assert (ct.band_d_annual, ct.band_amount_annual, ct.annual_liability) == (170600, 132689, 99517)
    # Income tax on the pensions disregarded (SSI 2012/319 reg 31(12)), a Scottish taxpayer: £3,030 over the
    # allowance, all in the 19% starter band (to £3,967, 2026-27): £575.70 a year, / 52 = £11.0712 -> £11.07;
    # income £288.93.
    # Applicable amount £256.00 (SSI 2026/56 reg 6(a)(i)); excess £32.93, 20% = £6.586 (reg 14(5)(b)).
    assert (ct.ctr_status, ct.ctr_scheme, ct.ctr_applicable_amount) == (1, 3, 25600)
    assert (ct.ctr_excess_income, ct.ctr_taper_deduction) == (3293, 659)
    # Maximum a week: 995.17 x 7 / 365 = 19.0854 -> £19.09; reduction 19.0854 - 6.586 = 12.4994 -> £12.50.
    # A year: 995.17 - 6.586 x 365 / 7 (= 343.4129) = 651.7571 -> £651.76; to pay £343.41. (Band B: the bands E
    # to H route of reg 14A does not apply.)
    assert (ct.ctr_maximum, ct.reduction_weekly, ct.reduction_annual, ct.to_pay_annual) == (1909, 1250, 65176, 34341)
    assert ctr_check_needed_text(ct, h, ON) is None


def test_scottish_pensioner_couple_with_a_working_non_dependant_2026_27():
    # A couple, 72 and 70, State Pensions £240.00 and £160.00: income £400.00. Their son, 35, works, gross £520.00 a
    # week. Glasgow City, Band D: £1,706.00 a year, no discount (three adults).
    h = Household(adults=(Adult(age=72, state_pension_weekly=24000), Adult(age=70, state_pension_weekly=16000)),
                  nation="scotland", local_authority="Glasgow City",
                  housing=Housing(tenure="owner_occupier", council_tax_band="D",
                                  non_dependants=(NonDependant(age=35, remunerative_work=True,
                                                               gross_weekly_income=52000),)))
    ct = _ctr(h)
    assert (ct.annual_liability, ct.discount_percent) == (170600, 0)
    # Applicable amount: couple £383.35 (SSI 2026/56 reg 6(a)(ii)); excess £400.00 - £383.35 = £16.65; 20% = £3.33.
    assert (ct.ctr_applicable_amount, ct.ctr_income, ct.ctr_excess_income, ct.ctr_taper_deduction) == (38335, 40000,
                                                                                                        1665, 333)
    # Non-dependant: £520.00 is at least £497.00 and less than £614.00: £13.90 (SSI 2026/56 reg 5(b)(iii)). (In
    # 2025-26 the same income fell in the £474.00-£586.00 band: £13.40.)
    assert ct.ctr_non_dependant_deductions == 1390
    # Maximum a week: 1,706.00 x 7 / 365 = 32.7178, less £13.90 = 18.8178 -> £18.82. Reduction: 18.8178 - 3.33 =
    # 15.4878 -> £15.49. A year: 1,706.00 - (13.90 + 3.33) x 365 / 7 = 1,706.00 - 898.4214 = 807.5786 -> £807.58;
    # to pay 898.4214 -> £898.42.
    assert (ct.ctr_maximum, ct.reduction_weekly, ct.reduction_annual, ct.to_pay_annual) == (1882, 1549, 80758, 89842)
