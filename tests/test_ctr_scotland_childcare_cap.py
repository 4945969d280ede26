"""Scottish working-age Council Tax Reduction with Universal Credit: the childcare charges deducted from income are
capped (SSI 2021/249 reg 42(2)(c), (4)); until 2026-12-07 the calculator deducted the reg 78(3) charges uncapped.

Figures quoted, each from the text named (the arithmetic is here, not read from the library's tables):

- Reg 42(4) maximum deduction, one child / more than one child "in respect of whom relevant childcare charges are
  paid": £275.00 / £471.00 from 1 April 2024 (SSI 2024/35 reg 14), £280.00 / £479.00 from 1 April 2025 (SSI 2025/24
  reg 13), £290.00 / £497.00 from 1 April 2026 (SSI 2026/56 reg 11); all three read in full in the legalize-uk
  mirror.
- Reg 78(3): the weekly charges are the UC childcare costs element / 85 x 100 x 12 / 52, to the nearest penny.
- UC 2025-26 (SI 2013/376 reg 36, as uprated by SI 2025/295): single 25 or over £400.14 a month; child element
  £292.81; childcare costs element 85% of the charges, at most £1,031.88 (one child) or £1,768.94 (two or more);
  work allowance (no housing element) £684.00; taper 55%. 2026-27: maxima £1,071.09 / £1,836.16.
- SSI 2021/249 as uprated by SSI 2025/24: lone parent personal allowance £92.05, child premium £105.85 (Sch 1
  paras 1-2); Sch 3 para 5: £25 of a lone parent's earnings disregarded (with UC, from the month: reg 49(6)(d));
  reg 57(1)(p), (2)(d): the award's child and childcare elements count as income (or the award, if less); reg
  13(6): 20% of the excess a week.
- Aberdeen City Band D £1,636.27 (2025-26), single person discount 25% (LGFA 1992 s 11(1)): £1,227.20 a year,
  x 7 / 365 = £23.5353 a week (365 days).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Adult, Child, Household, estimate
from entitlements.benefits import council_tax_reduction_scotland as sco
from entitlements.household import Housing
from entitlements.tables import default_tables

T = default_tables()
Y25 = dt.date(2025, 6, 2)


def _lone_parent(earnings, childcare, children):
    kids = tuple(Child(date_of_birth=dt.date(2019 + i, 1, 15)) for i in range(children))
    return Household(adults=(Adult(age=30, monthly_earnings=earnings),), children=kids, nation="scotland",
                     local_authority="Aberdeen City", childcare_costs_monthly=childcare, childcare_children=children,
                     housing=Housing(tenure="owner_occupier", council_tax_band="D"))


@pytest.mark.parametrize("on, one, more", [
    (dt.date(2024, 4, 1), 27500, 47100), (dt.date(2025, 3, 31), 27500, 47100),   # SSI 2024/35 reg 14
    (dt.date(2025, 4, 1), 28000, 47900), (dt.date(2026, 3, 31), 28000, 47900),   # SSI 2025/24 reg 13
    (dt.date(2026, 4, 1), 29000, 49700), (dt.date(2027, 3, 31), 29000, 49700),   # SSI 2026/56 reg 11
])
def test_reg_42_4_maximum_each_row(on, one, more):
    assert T.at("ctr.scotland_working_age.childcare_charges_cap", on) == {"one_child": one, "more_than_one_child": more}


def test_the_deduction_is_the_reg_78_charges_at_most_the_maximum():
    # £425 element: £425 / 0.85 = £500 x 12 / 52 = £115.38, under both maxima: unchanged.
    assert int(sco.uc_childcare_deduction_weekly(42500, 1, on=Y25, tables=T)) == 11538
    # 2025-26, UC's one-child maximum £1,031.88: / 0.85 x 12 / 52 = £280.1484 -> £280.15; capped at £280.00.
    assert int(sco.uc_childcare_charges_weekly(103188)) == 28015
    assert int(sco.uc_childcare_deduction_weekly(103188, 1, on=Y25, tables=T)) == 28000
    # Two or more: £1,768.94 / 0.85 x 12 / 52 = £480.2552 -> £480.26; capped at £479.00. The same element for
    # one child would be capped at £280.00: the cap goes by the children the childcare is for.
    assert int(sco.uc_childcare_deduction_weekly(176894, 2, on=Y25, tables=T)) == 47900
    assert int(sco.uc_childcare_deduction_weekly(176894, 1, on=Y25, tables=T)) == 28000
    # 2026-27 (SSI 2026/56 reg 11): £1,071.09 / 0.85 x 12 / 52 = £290.7937 -> £290.79, capped at £290.00;
    # £1,836.16 -> £498.5049 -> £498.50, capped at £497.00.
    on = dt.date(2026, 6, 1)
    assert int(sco.uc_childcare_deduction_weekly(107109, 1, on=on, tables=T)) == 29000
    assert int(sco.uc_childcare_deduction_weekly(183616, 3, on=on, tables=T)) == 49700
    # Arrays: the same, row by row.
    got = sco.uc_childcare_deduction_weekly(np.array([42500, 103188, 176894]), np.array([1, 1, 2]), on=Y25, tables=T)
    assert got.tolist() == [11538, 28000, 47900]


def test_lone_parent_one_child_childcare_at_ucs_maximum_2025():
    # UC: £400.14 + £292.81 + childcare 85% x £1,500 = £1,275.00, at most £1,031.88 = £1,724.83; earnings
    # deduction 55% x (£1,000 - £684) = £173.80; award £1,551.03.
    # CTR income: (£1,000 - £25 + £292.81 + £1,031.88 (less than the award)) = £2,299.69 x 12 / 52 = £530.6977;
    # less the childcare charges £280.00 (£280.15 capped) = £250.6977. Applicable amount £92.05 + £105.85 =
    # £197.90; excess £52.7977; 20% = £10.5595. Week £23.5353 - £10.5595 = £12.9758 -> £12.98; year £1,227.20 -
    # £10.5595 x 365 / 7 = £676.5955 -> £676.60. (Uncapped, as before 2026-12-07: £280.15 off, £13.01 and £678.16.)
    e = estimate(_lone_parent(100000, 150000, 1), on=Y25)
    assert (e.universal_credit.award, e.universal_credit.calculation.childcare_costs_element) == (155103, 103188)
    c = e.benefits.council_tax
    assert (c.ctr_applicable_amount, c.ctr_childcare_charges, c.ctr_income, c.ctr_excess_income) == (19790, 28000, 25070, 5280)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (1056, 1298, 67660)


def test_lone_parent_two_children_childcare_at_ucs_maximum_2025():
    # UC: £400.14 + 2 x £292.81 + childcare 85% x £2,500 = £2,125.00, at most £1,768.94 = £2,754.70; earnings
    # deduction 55% x (£1,200 - £684) = £283.80; award £2,470.90.
    # CTR income: (£1,200 - £25 + £585.62 + £1,768.94) = £3,529.56 x 12 / 52 = £814.5138; less £479.00 (£480.26
    # capped) = £335.5138. Applicable amount £92.05 + 2 x £105.85 = £303.75; excess £31.7638; 20% = £6.3528.
    # Week £23.5353 - £6.3528 = £17.1826 -> £17.18; year £1,227.20 - £6.3528 x 365 / 7 = £895.9485 -> £895.95.
    # (Uncapped: £17.43 a week, £909.09 a year.)
    e = estimate(_lone_parent(120000, 250000, 2), on=Y25)
    assert e.universal_credit.award == 247090
    c = e.benefits.council_tax
    assert (c.ctr_applicable_amount, c.ctr_childcare_charges, c.ctr_income, c.ctr_excess_income) == (30375, 47900, 33551, 3176)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (635, 1718, 89595)


def test_the_sheet_names_the_maximum_and_its_law():
    e = estimate(_lone_parent(100000, 150000, 1), on=Y25)
    line = next(x for x in e.council_tax.lines if x.label.startswith("Childcare charges"))
    assert line.amount == 28000
    assert line.citation.startswith("SSI 2021/249 regs 42(2)(c), (4), 78(3); ")
    assert "SSI 2025/24" in line.citation
    assert "at most £280.00 a week for one child or £479.00 for more than one" in line.detail
    assert "WSI 2013/3029" not in line.citation


def test_caseload_equals_one_household_at_a_time():
    from entitlements import estimate_caseload

    hs = [_lone_parent(100000, 150000, 1), _lone_parent(120000, 250000, 2), _lone_parent(100000, 30000, 1)]
    many = estimate_caseload(hs, on=Y25)
    one = [estimate(h, on=Y25).benefits.council_tax for h in hs]
    for k in ("reduction_weekly", "reduction_annual", "ctr_income", "ctr_childcare_charges"):
        assert [int(x) for x in np.asarray(getattr(many.benefits.council_tax, k))] == [getattr(c, k) for c in one], k
