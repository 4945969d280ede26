"""The two-child limit from April 2026 outside Universal Credit: Housing Benefit keeps it, Council Tax Reduction
has none, worked to the penny for a family with three children (2026-06-01, a Monday in 2026-27).

The law, read on 8 December 2026 in the legalize-uk mirror:

* The Universal Credit (Removal of Two Child Limit) Act 2026 (c. 13), in full (uk/ukpga-2026-13.md): s 1 omits
  WRA 2012 s 10(1A), WRWA 2016 s 14(2), (4), (5)(a), words of SI 2013/376 reg 24(1), and revokes regs 24A, 24B and
  Sch 12, "in relation to assessment periods commencing on or after 6 April 2026"; s 2 is Northern Ireland's; s 3(6)
  is a power to make "transitional or saving provision in connection with the coming into force of section 1". No
  Housing Benefit or council tax provision is named.
* Housing Benefit: SI 2006/213 reg 22(1)(b) and SI 2006/214 reg 22(1)(b), as substituted by SI 2017/376 regs 7(2)(a)
  and 8(2)(a) (read in full): "an amount determined in accordance with paragraph 2 of Schedule 3 in respect of up to
  two individuals who are either children or young persons and who are members of his family". The Social Security
  Benefits Up-rating Order 2026 (SI 2026/148) arts 23(6)(b) and 24(6)(b) change only the sum (£84.66 -> £87.88). So
  the limit stays, at two, in both Housing Benefit schemes.
* England, pensioners' CTR: SI 2012/2885 Sch 1 para 6(1)(b) has had no limit since SI 2025/39 reg 5(2); SI 2026/27
  (read in full) changes only the child amount (reg 6(3): £84.66 -> £87.88).
* Wales (WSI 2013/3029 Sch 2 para 2, Sch 7 para 3) and Scotland (SSI 2012/319 reg 20(b); SSI 2021/249 Sch 1 para 2)
  never had a limit; WSI 2026/13 and SSI 2026/56 (read earlier) do not add one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Child, Household, Housing, estimate
from entitlements.benefits import council_tax_reduction as ctr
from entitlements.tables import default_tables

ON = dt.date(2026, 6, 1)
T = default_tables()
# Three children, the youngest born after 6 April 2017 and no exception (Housing Benefit has none left: its
# exceptions ran through a child tax credit award, reg 22(3)-(4), and tax credits ended on 5 April 2025).
KIDS = (Child(date_of_birth=dt.date(2018, 3, 1)), Child(date_of_birth=dt.date(2020, 5, 1)),
        Child(date_of_birth=dt.date(2023, 1, 10)))


def test_housing_benefit_row_from_6_april_2026_keeps_two_and_says_what_was_read():
    r = T.table("housing_benefit.child_allowance_limit").row_at(dt.date(2026, 4, 6))
    assert r.start == dt.date(2026, 4, 6) and r.value == 2 and r.verified
    assert "up to two individuals who are either children or young persons" in r.source
    assert "Removal of Two Child Limit) Act 2026" in r.source and "SI 2026/148" in r.source
    assert T.at("housing_benefit.child_allowance_limit", dt.date(2027, 4, 4)) == 2
    # The UC table, for contrast: no limit for assessment periods from 6 April 2026 (0 = no limit).
    assert T.at("uc.two_child_limit", dt.date(2026, 4, 6)) == 0


def test_ctr_limit_tables_say_the_act_2026_does_not_touch_them():
    for table_id in ("ctr.wales_pension.child_amount_limit", "ctr.wales_working_age.child_amount_limit",
                     "ctr.scotland_pension.child_amount_limit", "ctr.scotland_working_age.child_premium"):
        assert "Removal of Two Child Limit) Act 2026" in T.table(table_id).note, table_id
    england = T.table("ctr.england.child_amount_limit")
    assert "SI 2026/27" in england.note and T.at("ctr.england.child_amount_limit", ON) == 20


def test_working_age_hb_temporary_accommodation_three_children_counts_two():
    # A couple (35 and 33) with three children in temporary accommodation at £350 a week; one earns £3,400 a month,
    # 40 hours a week. UC: £666.97 + 3 x £303.94 = £1,578.79 maximum (no limit in UC now), less 55% x (£3,400 -
    # £427) = £1,635.15: nil, so Housing Benefit is worked on its own rules (SI 2006/213).
    h = Household(adults=(Adult(age=35, monthly_earnings=340000, work_hours_weekly=40), Adult(age=33)),
                  children=KIDS,
                  housing=Housing(tenure="supported_or_temporary", accommodation="temporary", rent=35000,
                                  rent_period="week"))
    e = estimate(h, on=ON)
    assert int(e.universal_credit.award) == 0
    hb = e.benefits.housing_benefit
    # Applicable amount: couple £150.15 + child allowance for two children only, 2 x £87.88 = £175.76: £325.91
    # (reg 22(1)(b): "up to two individuals"; no family premium for a claim after 1 May 2016).
    # Income: £3,400 x 12 / 52 = £784.62, less £10 + £17.10 (Sch 4 paras 17) = £757.52. Excess £431.61 x 65% =
    # £280.5465 -> £280.55. Housing Benefit £350.00 - £280.55 = £69.45.
    assert int(hb.award) == 6945
    text = e.render(width=200)
    assert "child allowance £175.76" in text
    # Were the third child counted (£413.79), the excess would be £343.73, the taper £223.42 and HB £126.58: the
    # limit still costs this family £57.13 a week (65% of £87.88 is £57.122; the rest is the taper's rounding).


def test_pension_age_hb_and_england_ctr_three_children_2026():
    # A grandmother of 70 (pension age reached after April 2021) bringing up three grandchildren in Coventry, social
    # rent £120 a week, band B; State Pension £241.30 and a private pension of £400 a week. Income tax on pensions:
    # (£241.30 + £400) x 52 = £33,347.60, less £12,570 = £20,777 (whole pounds) x 20% = £4,155.40 a year, £79.91 a
    # week. Income counted £641.30 - £79.91 = £561.39. Pension Credit: £238.00 + child additions £221.03 = £459.03,
    # below the income: nil.
    kids = (Child(date_of_birth=dt.date(2014, 3, 1), sex="female"),) + KIDS[1:]
    h = Household(adults=Adult(age=70, state_pension_weekly=24130, pension_income_weekly=40000), children=kids,
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                  local_authority="Coventry")
    e = estimate(h, on=ON)
    assert int(e.benefits.pension_credit.award) == 0
    # Housing Benefit (SI 2006/214): £238.00 + two child allowances £175.76 = £413.76 (reg 22(1)(b), limited);
    # excess £147.63 x 65% = £95.9595 -> £95.96; HB £120.00 - £95.96 = £24.04.
    assert int(e.benefits.housing_benefit.award) == 2404
    # CTR (SI 2012/2885, no limit since 2025-26): £238.00 + 3 x £87.88 = £501.64; excess £59.75 x 20% = £11.95.
    # Council tax: Coventry band D £2,516.72 x 7/9 = £1,957.45, less 25% (£489.36) = £1,468.09 a year, £28.16 a week.
    # CTR £28.16 - £11.95 = £16.21.
    c = e.benefits.council_tax
    assert int(c.reduction_weekly) == 1621
    text = e.render(width=200)
    assert "child allowance £175.76" in text and "£501.64" in text


def test_wales_working_age_with_uc_three_children():
    # Cardiff, band C, a couple with three children, social rent £120 a week (3 bedrooms, as allowed), one earning
    # £900 a month. UC: £666.97 + 3 x £303.94 + housing £520.00 = £2,098.79, less 55% x (£900 - £427) = £260.15:
    # £1,838.64 (earnings over £881: no benefit cap). CTR with UC (WSI 2013/3029 Sch 6 para 3): the applicable
    # amount is UC's maximum amount, £2,098.79 x 12 / 52 = £484.34, now with a child element for all three;
    # income (£1,838.64 + £900) x 12 / 52 = £631.99; excess £147.65 x 20% = £29.53. Council tax: £1,789.49 a year,
    # £34.32 a week. CTR £34.32 - £29.53 = £4.79.
    h = Household(adults=(Adult(age=35, monthly_earnings=90000, work_hours_weekly=40), Adult(age=33)),
                  children=KIDS, nation="wales",
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="C",
                                  bedrooms=3),
                  local_authority="Cardiff")
    e = estimate(h, on=ON)
    assert int(e.universal_credit.award) == 183864
    c = e.benefits.council_tax
    assert int(c.reduction_weekly) == 479
    assert "£484.34" in e.render(width=200)


def test_scotland_working_age_with_uc_three_children():
    # Glasgow City, band B, the same family earning £1,400 a month. UC: £2,098.79 - 55% x (£1,400 - £427) =
    # £1,563.64. CTR (SSI 2021/249): applicable amount couple £150.15 + a child premium for each of the three,
    # 3 x £109.85 = £479.70 (Sch 1 para 2, no limit); income: the earnings UC counted less the £10 Sch 3 disregard
    # plus the award's child elements, (£1,400 - £10 + £911.82) x 12 / 52 = £531.19; excess £51.49 x 20% = £10.30.
    # Council tax £1,326.89 a year, £25.45 a week. CTR £25.45 - £10.30 = £15.15.
    h = Household(adults=(Adult(age=35, monthly_earnings=140000, work_hours_weekly=40), Adult(age=33)),
                  children=KIDS, nation="scotland",
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B",
                                  bedrooms=3),
                  local_authority="Glasgow")
    e = estimate(h, on=ON)
    assert int(e.universal_credit.award) == 156364
    c = e.benefits.council_tax
    assert int(c.reduction_weekly) == 1515
    assert "£479.70" in e.render(width=200)


@pytest.mark.parametrize("scheme, expected", [
    # Single pensioner (pension age reached after 1 April 2021), three children, 2026-27. England (SI 2012/2885 Sch 2,
    # SI 2026/27 reg 6): £238.00 + 3 x £87.88 = £501.64. Wales (WSI 2013/3029 Sch 2, WSI 2026/13 reg 8): one allowance
    # for every pensioner, £256.00, + 3 x £87.88 + family premium £20.22 = £539.86. Scotland (SSI 2012/319, SSI
    # 2026/56): £256.00 + 3 x £109.85 = £585.55 (no family premium unless transitionally protected).
    ("england", 50164), ("wales_pension", 53986), ("scotland_pension", 58555),
])
def test_pensioner_ctr_applicable_amount_counts_every_child(scheme, expected):
    assert int(ctr.applicable_amount(False, children=3, on=ON, tables=T, scheme=scheme)) == expected
