"""Households a welfare adviser meets every day, worked by hand from the
regulations and the 2026 up-rating instruments (QA pass, 2026-12-06), for
the assessment period beginning 1 May 2026.

Rates used (each read in the rule table's source; see rules/):
- UC standard allowance, single 25 or over £424.90 (SI 2013/376 reg 36; SI 2026/113 reg 3(3)(a)).
- UC carer element £209.34; child element £303.94 each child (neither born before 6 April 2017);
  disabled child addition, higher rate £514.71 (SI 2026/148 art 32(2), Sch 13).
- UC work allowance with housing costs (lower) £427.00 (SI 2026/148 art 32(1)); taper 55% (reg 22(1)(b)).
- Carer's Allowance £86.45 a week (SI 2026/148 art 3, Sch 1 Part III para 4).
- DLA care highest £114.60, mobility higher £80.00 a week (SI 2026/148 art 14).
- Child Benefit £27.05 eldest, £17.90 each other child (the 2026 Order: unverified in the rules, see its note).
- Pension Credit standard minimum guarantee, couple £363.25 (SI 2026/148 art 29(2)); savings credit
  threshold, couple £329.75 (art 29(3)), maximum £20.10 (60% x (363.25 - 329.75), SI 2002/1792 reg 7(1)(a)).
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Child, Household, Housing, estimate

ON = dt.date(2026, 5, 1)


def test_a_carer_on_carers_allowance_and_universal_credit_in_a_social_tenancy_with_a_spare_room():
    # Single, 45, cares 35 hours a week and claims Carer's Allowance; £150 a
    # month net earnings; social rent £95 a week for 2 bedrooms, entitled to 1.
    h = Household(adults=Adult(age=45, carer=True, claims_carers_allowance=True, monthly_earnings=15000),
                  housing=Housing(tenure="social_rent", rent=9500, rent_period="week", bedrooms=2))
    r = estimate(h, on=ON)
    c = r.benefits.universal_credit
    # Carer's Allowance: earnings £150 x 12 / 52 = £34.62 a week, under the limit: £86.45 a week.
    assert r.benefits.carers_allowance == (8645, 0)
    # Rent: £95 x 52 / 12 = £411.666... -> £411.67 (Sch 4 para 7; reg 6).
    assert c.housing.rent_monthly == 41167
    # One bedroom too many: 14% off (Sch 4 para 36(3)(a)): 14% x £411.67 = £57.6338 -> £57.63; £411.67 - £57.63 = £354.04.
    assert c.housing.under_occupancy_deduction == 5763 and c.housing_costs_element == 35404
    # Maximum amount: £424.90 + £209.34 carer element + £354.04 = £988.28.
    assert (c.standard_allowance, c.carer_element, c.maximum_amount) == (42490, 20934, 98828)
    # Carer's Allowance as unearned income, a month: £86.45 x 52 / 12 = £374.6166... -> £374.62 (reg 73(1)).
    assert c.unearned_income == 37462
    # No work allowance (no child, no LCW): 55% x £150.00 = £82.50.
    assert (c.work_allowance, c.earnings_deduction) == (0, 8250)
    # UC: £988.28 - £374.62 - £82.50 = £531.16; the carer element exempts from the cap.
    assert c.benefit_cap_exempt and r.universal_credit.award == 53116
    # A week: £531.16 x 12 / 52 = £122.575... -> £122.58; + £86.45 = £209.03.
    assert r.total_weekly == 20903


def test_a_lone_parent_working_part_time_with_a_disabled_child_renting_privately():
    # 31, two children: a girl born 10 Feb 2018 on DLA care highest and
    # mobility higher, a boy born 1 Jun 2021; £600 a month net earnings;
    # private rent £900 a month, LHA 2-bedroom rate £825 a month.
    h = Household(adults=Adult(age=31, monthly_earnings=60000),
                  children=(Child(date_of_birth=dt.date(2018, 2, 10), sex="female", dla_care="highest", dla_mobility="higher"),
                            Child(date_of_birth=dt.date(2021, 6, 1), sex="male")),
                  housing=Housing(tenure="private_rent", rent=90000, lha_rate=82500))
    r = estimate(h, on=ON)
    c = r.benefits.universal_credit
    # Bedrooms: one for the parent, one for a girl and a boy both under 10 (Sch 4 para 12): 2.
    assert c.housing.bedroom_entitlement == 2
    # Housing: the lower of £900.00 and the LHA £825.00 (Sch 4 para 22).
    assert c.housing_costs_element == 82500
    # Maximum: £424.90 + 2 x £303.94 = £607.88 + £514.71 (higher: DLA care highest) + £825.00 = £2,372.49.
    assert (c.child_element, c.disabled_child_addition, c.maximum_amount) == (60788, 51471, 237249)
    # Work allowance (lower, with housing) £427.00; 55% x (£600.00 - £427.00) = 55% x £173.00 = £95.15.
    assert (c.work_allowance, c.earnings_deduction) == (42700, 9515)
    # UC: £2,372.49 - £95.15 = £2,277.34; the child's DLA exempts from the cap (reg 83(1)(c)).
    assert c.benefit_cap_exempt and r.universal_credit.award == 227734
    # Child's DLA £114.60 + £80.00 = £194.60; Child Benefit £27.05 + £17.90 = £44.95.
    assert r.benefits.children_disability_benefits == 19460 and r.benefits.child_benefit == 4495
    # A week: £2,277.34 x 12 / 52 = £525.54 (525.540...); + £194.60 + £44.95 = £765.09.
    assert r.total_weekly == 76509


def test_a_pensioner_couple_renting_privately_on_pension_credit_and_housing_benefit():
    # Both over State Pension age (born 1950 and 1952; the younger reached it
    # before 6 April 2016, so the savings credit can apply, SPCA 2002 s 3(1)).
    # Occupational pensions £230 and £120 a week; private rent £850 a month,
    # LHA 1-bedroom rate £700 a month.
    h = Household(adults=(Adult(date_of_birth=dt.date(1950, 3, 1), pension_income_weekly=23000),
                          Adult(date_of_birth=dt.date(1952, 7, 1), pension_income_weekly=12000,
                                reached_pension_age_before_6_april_2016=True)),
                  housing=Housing(tenure="private_rent", rent=85000, lha_rate=70000))
    r = estimate(h, on=ON)
    pc = r.benefits.pension_credit
    # No UC: both have reached the qualifying age (WRA 2012 s 4(1)(b)).
    assert r.universal_credit.award == 0
    # Income £230 + £120 = £350.00 a week; guarantee credit £363.25 - £350.00 = £13.25.
    assert (pc.income, pc.appropriate_minimum_guarantee, pc.guarantee_credit) == (35000, 36325, 1325)
    # Savings credit: 60% x (£350.00 - £329.75) = 60% x £20.25 = £12.15 (under the £20.10 maximum);
    # income under the guarantee, so nothing off (reg 7(1)(b)): £12.15.
    assert pc.savings_credit == 1215 and pc.award == 2540
    # Housing Benefit: on the guarantee credit, all income disregarded (SI 2006/214 reg 26): the eligible
    # rent, the LHA £700 x 12 / 52 = £161.538... -> £161.54 a week.
    hb = r.benefits.housing_benefit
    assert (hb.weekly_eligible_rent, hb.award) == (16154, 16154)
    # A week: £25.40 + £161.54 = £186.94.
    assert r.total_weekly == 18694
