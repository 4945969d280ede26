"""The council tax sheet's second adult rebate line names its percentage and why: which second adult, on what
benefit or with what gross income, and the table entry that gives the rate (audit-sw and audit-pa: the line used to
say "a percentage of the council tax by the second adults' income" even where a benefit gave the 25%).

Rates and thresholds are the rule tables' (SSI 2021/249 Sch 2 para 1; SSI 2012/319 Sch 5; SI 2012/2885 Sch 3
para 1). Glasgow 2026-27 band D £1,706: two adults, no discount, a week 170,600 x 7 / 365 = 3,271.78p.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.household import Housing, NonDependant

ON = dt.date(2026, 6, 1)


def _sheet(adult, nd, nation="scotland", council="Glasgow"):
    h = Household(adults=(adult,), nation=nation, local_authority=council,
                  housing=Housing(tenure="owner_occupier", council_tax_band="D", non_dependants=(nd,)))
    e = estimate(h, on=ON)
    out = e.render()
    i = out.index("Second adult rebate")
    return e.benefits.council_tax, " ".join(out[i:i + 900].split())


def test_working_age_brother_on_jsa_25_percent_named():
    # S12: 25% x 3,271.78 = 817.95 -> £8.18, from the first entry (qualifying income-related benefit).
    c, line = _sheet(Adult(age=35, monthly_earnings=200000, work_hours_weekly=37),
                     NonDependant(age=30, hb_ctr_exemption="income_support_jsa_esa"))
    assert c.ctr_alternative_maximum == 818
    assert "25% of the council tax: the non-dependant aged 30 on income support, income-based JSA" in line
    assert "SSI 2021/249 Sch 2 para 1 Table, first or fourth entry" in line


def test_working_age_second_adult_earning_200_gets_15_percent_with_the_threshold():
    # 15% x 3,271.78 = 490.77 -> £4.91; £200 below the 2026-27 lower threshold (the table's £282.00).
    c, line = _sheet(Adult(age=35, monthly_earnings=200000, work_hours_weekly=37),
                     NonDependant(age=40, remunerative_work=True, gross_weekly_income=20000))
    assert c.ctr_alternative_maximum == 491
    assert "15% of the council tax: the second adults' gross income counted, £200.00 a week, is below £282.00" in line
    assert "second entry" in line


def test_working_age_second_adult_earning_300_gets_7_5_percent():
    # 7.5% x 3,271.78 = 245.38 -> £2.45; £300 from £282.00 to below £383.00.
    c, line = _sheet(Adult(age=35, monthly_earnings=200000, work_hours_weekly=37),
                     NonDependant(age=40, remunerative_work=True, gross_weekly_income=30000))
    assert c.ctr_alternative_maximum == 245
    assert "7.5% of the council tax" in line and "from £282.00 to below £383.00" in line


def test_scottish_pensioner_grandson_on_uc_with_earnings_25_percent():
    # SSI 2012/319 Sch 5 Table (a): "or in receipt of universal credit" (audit-sw S8).
    c, line = _sheet(Adult(age=70, state_pension_weekly=40000), NonDependant(age=20, universal_credit=True,
                                                                             gross_weekly_income=30000))
    assert c.ctr_alternative_maximum > 0
    assert "25% of the council tax: the non-dependant aged 20 on Universal Credit (with earnings)" in line
    assert "SSI 2012/319 Sch 5 Table (a)" in line


def test_english_pensioner_son_earning_200_gets_15_percent():
    # SI 2012/2885 Sch 3 para 1 Table (b): the gross income below the lower threshold (the table's figure).
    c, line = _sheet(Adult(age=70, state_pension_weekly=50000),
                     NonDependant(age=40, remunerative_work=True, gross_weekly_income=20000),
                     nation="england", council="Coventry")
    assert c.ctr_alternative_maximum > 0
    assert "15% of the council tax: the second adults' gross income counted, £200.00 a week, is below" in line
    assert "SI 2012/2885 Sch 3 para 1 Table (b)" in line
