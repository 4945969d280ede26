"""Universal Credit worked examples for issue 3: housing costs, childcare
costs, the benefit cap and net earnings from gross pay, exact to the penny.

An independent check of the engine: every expected figure was derived by
hand from the regulations and the rates in ``rules/`` (not by running the
engine), with the arithmetic in the comment above each assertion. Where the
engine disagrees with a derivation that the regulation settles, the test
keeps the derived value and is marked ``xfail(strict=True)`` with the
regulation in the reason.

Rates used (pounds a month unless said; 2025/26 for assessment periods
beginning on or after 7 April 2025, rules/uc/*.toml):

===========================================  ========  ========  ========  ========
amount                                        2023/24   2024/25   2025/26   2026/27
===========================================  ========  ========  ========  ========
standard allowance, single under 25                      311.68    316.98
standard allowance, single 25 or over          368.74    393.45    400.14
standard allowance, joint either 25 or over              617.60    628.10    666.97
child element, first (born < 6/4/2017)                   333.33    339.00    351.88
child element, each other child                269.58    287.92    292.81    303.94
disabled child addition, lower                                     158.76
LCWRA element                                                      423.27
carer element                                                      201.68
work allowance, higher / lower                 631/-     -/404     684/411   -/427
housing cost contribution (Sch 4 para 14)                           93.02
childcare maximum, one child                   646.35 *            1031.88
childcare maximum, two or more children        1108.04 *           1768.94
benefit cap earnings threshold (reg 82)                  793       846       881
Child Benefit, weekly, eldest / other                              26.05/17.25  27.05/17.90
Carer's Allowance, weekly                                          83.30
===========================================  ========  ========  ========  ========

* 950.92 and 1,630.15 for assessment periods beginning on or after
28 June 2023 (SI 2023/593 reg 2(3)). Benefit cap annual limits, every year:
£22,020 outside London and £25,323 in Greater London for a couple or a
claimant with a child; £14,753 and £16,967 for a single claimant without.

The law applied (SI 2013/376, the Universal Credit Regulations 2013):

- reg 6(1): a fraction of a penny of a half or more is a penny, less is
  disregarded; reg 22: award = maximum amount - unearned income - 55% of
  earned income above the work allowance, the lower allowance where the
  award includes a housing costs element (reg 22(2)).
- Sch 4 para 7: rent to a month: weekly x 52 / 12, two-weekly x 26 / 12,
  four-weekly x 13 / 12, three-monthly x 4 / 12, yearly / 12; with rent-free
  periods, the number of payments due in the year instead (para 7(3)).
- Sch 4 para 10: one bedroom each for the claimant(s), each qualifying young
  person (16 to 19), each non-dependant who is not a child, two children of
  the same sex, two children under 10, any other child ("child": under 16,
  Welfare Reform Act 2012 s 40).
- Sch 4 para 36: social rent less 14% for one excess bedroom, 25% for two or
  more. Sch 4 paras 22, 26-29: private rent capped at the Local Housing
  Allowance for the bedroom category (at most 4), the shared accommodation
  rate for a single renter under 35 with no child, no non-dependant and no
  exception (para 29: e.g. PIP daily living, a care leaver under 25).
- Sch 4 paras 13-16: £93.02 for each non-dependant; none for a non-dependant
  under 21 or getting Carer's Allowance (para 16(2)); none at all where a
  renter gets PIP daily living (para 15); never below nil (para 14(3)).
- regs 31-36: childcare element 85% of the charges, at most the maximum for
  one child or for two or more, only when the work condition of reg 32 is
  met (a couple: both in work, or one in work and the other with LCW or
  caring responsibilities).
- Part 7: the cap is the annual limit / 12 (reg 80A): £1,835.00 and
  £2,110.25 for a couple or a claimant with a child, £1,229.42 and £1,413.92
  for a single claimant without (outside / in Greater London); welfare
  benefits include UC and Child Benefit (reg 79(4), weekly x 52 / 12); the
  reduction is the excess less the childcare costs element (reg 81);
  exceptions in reg 82 (earnings of at least the threshold; the grace
  period) and reg 83(1).
- Gross to net (reg 55(5)): PAYE Month 1, code 1257L free pay £1,048.26,
  taxable pay rounded down to whole pounds, bands at the annual limit / 12,
  tax rounded down to the penny (rules/tax); employee NICs 8% of pay above
  £1,048 (rules/ni), to the nearest penny.

Money is in pence throughout.
"""

from __future__ import annotations

import datetime as dt
import numpy as np

import pytest

from entitlements import Adult, Child, Household, InputError, estimate
from entitlements.household import Housing, NonDependant

AP_2023_MAY = dt.date(2023, 5, 15)  # ends 14 June 2023: before the 28 June 2023 childcare maxima
AP_2023_JULY = dt.date(2023, 7, 1)  # begins after 28 June 2023
AP_2024 = dt.date(2024, 5, 1)
AP_2025 = dt.date(2025, 5, 1)  # ends 31 May 2025: ages below are at that day
AP_2026 = dt.date(2026, 5, 1)


def calc(household: Household, on: dt.date = AP_2025):
    return estimate(household, on=on).universal_credit.calculation


def single(age: int = 40, **kw) -> Adult:
    return Adult(age=age, **kw)


def social(rent: int, bedrooms: int, period: str = "month", **kw) -> Housing:
    return Housing(tenure="social_rent", rent=rent, rent_period=period, bedrooms=bedrooms, **kw)


def private(rent: int, lha: int, **kw) -> Housing:
    return Housing(tenure="private_rent", rent=rent, lha_rate=lha, **kw)


def girl(y: int, m: int = 1, d: int = 1, **kw) -> Child:
    kw.setdefault("education", "non_advanced")  # a young person 16 to 19 is in school or college here
    return Child(date_of_birth=dt.date(y, m, d), sex="female", **kw)


def boy(y: int, m: int = 1, d: int = 1, **kw) -> Child:
    kw.setdefault("education", "non_advanced")  # a young person 16 to 19 is in school or college here
    return Child(date_of_birth=dt.date(y, m, d), sex="male", **kw)


# The capped family used in the benefit cap tests: a single parent aged 30
# with a girl of 13, a boy of 11 and a girl of 9 (all born before 6 April
# 2017, so all three get the child element), renting a 3-bedroom social home
# at £170 a week, outside London, 2025/26.
CAPPED_CHILDREN = (girl(2012, 2, 1), boy(2014, 3, 1), girl(2016, 1, 10))
CAPPED_HOME = social(17000, 3, "week")


def capped_family(adult: Adult | None = None, **kw) -> Household:
    return Household(adults=(adult or single(30),), children=CAPPED_CHILDREN, housing=CAPPED_HOME, **kw)


# Its figures, used below:
#   rent 170.00 x 52 / 12 = 736.666.. -> 736.67; bedrooms: claimant 1, the two
#   girls (13 and 9, same sex) 1, the boy 1 = 3 = bedrooms, no deduction
#   maximum amount = 400.14 + 339.00 + 292.81 + 292.81 + 736.67 = 2,061.43
#   Child Benefit = (26.05 + 17.25 + 17.25) x 52 / 12 = 60.55 x 52 / 12
#                 = 262.3833.. -> 262.38
CAPPED_MAXIMUM = 206143
CAPPED_CHILD_BENEFIT = 26238


# -- social rented sector: under-occupancy (Sch 4 paras 10, 36) ----------------


def test_social_tenant_one_spare_bedroom_loses_14_percent_2025():
    h = Household(adults=(single(30, monthly_earnings=50000),), children=(girl(2015, 3, 1),), housing=social(10000, 3, "week"))
    c = calc(h)
    # rent 100.00 x 52 / 12 = 433.333.. -> 433.33; entitlement: claimant 1 +
    # child 1 = 2 of 3 bedrooms, 1 excess; 14% x 433.33 = 60.6662 -> 60.67;
    # element 433.33 - 60.67 = 372.66
    assert (c.housing.rent_monthly, c.housing.bedroom_entitlement, c.housing.excess_bedrooms) == (43333, 2, 1)
    assert c.housing.under_occupancy_deduction == 6067
    assert c.housing_costs_element == 37266
    # maximum 400.14 + 339.00 (first child, born 2015) + 372.66 = 1,111.80;
    # lower work allowance 411; 55% x (500 - 411) = 48.95; 1,111.80 - 48.95
    assert c.work_allowance == 41100
    assert c.award == 106285


def test_social_couple_two_spare_bedrooms_lose_25_percent_2025():
    h = Household(adults=(single(30), single(28)), housing=social(45000, 3))
    c = calc(h)
    # entitlement 1 (a couple share) of 3 bedrooms: 2 excess, 25%;
    # 450.00 x 25% = 112.50; element 337.50; award 628.10 + 337.50 = 965.60
    assert (c.housing.bedroom_entitlement, c.housing.excess_bedrooms) == (1, 2)
    assert c.housing.under_occupancy_deduction == 11250
    assert c.award == 96560


# -- private rented sector: the Local Housing Allowance (Sch 4 paras 22-29) -----


def test_private_tenant_rent_above_lha_gets_the_lha_2025():
    c = calc(Household(adults=(single(40),), housing=private(90000, 75000)))
    # one-bedroom category; element = lower of 900.00 and 750.00 = 750.00;
    # award 400.14 + 750.00 = 1,150.14 (below the £1,229.42 cap)
    assert c.housing.lha_category == 1
    assert c.housing_costs_element == 75000
    assert c.award == 115014


def test_private_tenant_rent_below_lha_gets_the_rent_2025():
    c = calc(Household(adults=(single(40),), housing=private(65000, 75000)))
    # lower of 650.00 and 750.00 = 650.00; award 400.14 + 650.00
    assert c.housing_costs_element == 65000
    assert c.award == 105014


def test_private_tenant_lha_given_weekly_is_converted_52_over_12_2025():
    h = Household(adults=(single(40),), housing=Housing(tenure="private_rent", rent=80000, lha_rate=17261, lha_period="week"))
    c = calc(h)
    # LHA 172.61 x 52 / 12 = 747.976.. -> 747.98 a month, below the 800.00
    # rent; award 400.14 + 747.98 = 1,148.12
    assert c.housing_costs_element == 74798
    assert c.award == 114812


def test_private_couple_two_girls_share_two_bedroom_lha_2024():
    h = Household(
        adults=(single(30, monthly_earnings=180000), single(30)),
        children=(girl(2014, 1, 1), girl(2019, 1, 1)),
        housing=private(95000, 100000),
    )
    c = calc(h, AP_2024)
    # girls 10 and 5 share: entitlement 2, category 2; element = 950.00 (below
    # the 1,000.00 LHA); maximum 617.60 + 333.33 + 287.92 + 950.00 = 2,188.85;
    # lower work allowance 404 (2024/25); 55% x (1,800 - 404) = 767.80;
    # award 2,188.85 - 767.80 = 1,421.05 (earnings 1,800 >= 793: no cap)
    assert (c.housing.bedroom_entitlement, c.housing.lha_category) == (2, 2)
    assert c.earnings_deduction == 76780
    assert c.award == 142105


def test_private_family_needing_five_bedrooms_is_held_to_four_bedroom_lha_2025():
    h = Household(
        adults=(single(45, monthly_earnings=250000), single(44)),
        children=(boy(2008), girl(2009), boy(2010), girl(2011)),
        housing=private(200000, 160000),
    )
    c = calc(h)
    # couple 1 + QYP boy 17 + QYP girl 16 + boy 15 + girl 14 (different
    # sexes, over 10) = 5 bedrooms; Sch 4 para 26: at most 4, so the 4-bed
    # LHA 1,600.00 applies (rent 2,000.00). Children all born before 2017:
    # 339.00 + 3 x 292.81 = 1,217.43; maximum 628.10 + 1,217.43 + 1,600.00
    # = 3,445.53; 55% x (2,500 - 411) = 1,148.95; award 2,296.58
    assert (c.housing.bedroom_entitlement, c.housing.lha_category) == (5, 4)
    assert c.housing_costs_element == 160000
    assert c.award == 229658


def test_single_30_private_renter_gets_shared_accommodation_rate_2025():
    c = calc(Household(adults=(single(30),), housing=private(60000, 40000)))
    # single, under 35, no child, no non-dependant, no exception (para 28):
    # shared accommodation rate (category 0) 400.00; award 400.14 + 400.00
    assert c.housing.lha_category == 0
    assert c.housing_costs_element == 40000
    assert c.award == 80014


def test_single_30_getting_pip_daily_living_is_excepted_from_shared_rate_2025():
    h = Household(adults=(single(30, pip_daily_living="standard"),), housing=private(60000, 70000))
    c = calc(h)
    # para 29: PIP daily living excepts; one-bedroom LHA 700.00 > rent 600.00;
    # award 400.14 + 600.00 = 1,000.14
    assert c.housing.lha_category == 1
    assert c.award == 100014


def test_care_leaver_aged_22_is_excepted_from_shared_rate_2025():
    h = Household(adults=(single(22),), housing=private(50000, 65000, shared_accommodation_exception="care_leaver_under_25"))
    c = calc(h)
    # para 29: care leaver under 25; one-bedroom LHA 650.00 > rent 500.00;
    # standard allowance under 25: award 316.98 + 500.00 = 816.98
    assert c.housing.lha_category == 1
    assert c.award == 81698


def test_single_aged_35_is_not_held_to_shared_rate_2025():
    c = calc(Household(adults=(single(35),), housing=private(60000, 70000)))
    # para 28(2)(a): "under 35"; at 35 the one-bedroom rate applies;
    # award 400.14 + 600.00 = 1,000.14
    assert c.housing.lha_category == 1
    assert c.award == 100014


# -- non-dependants: housing cost contributions (Sch 4 paras 13-16) -------------


def test_single_30_with_a_non_dependant_is_not_held_to_shared_rate_2025():
    h = Household(adults=(single(30),), housing=private(70000, 80000, non_dependants=(NonDependant(age=25),)))
    c = calc(h)
    # para 28(4): a renter with a non-dependant is not a specified renter;
    # entitlement 1 + 1 = 2, two-bedroom LHA 800.00 > rent 700.00;
    # contribution 93.02: element 606.98; award 400.14 + 606.98 = 1,007.12
    assert (c.housing.bedroom_entitlement, c.housing.lha_category) == (2, 2)
    assert c.housing_costs_element == 60698
    assert c.award == 100712


def test_non_dependant_aged_23_pays_a_housing_cost_contribution_2025():
    h = Household(adults=(single(45),), housing=social(50000, 2, non_dependants=(NonDependant(age=23),)))
    c = calc(h)
    # the non-dependant has a bedroom: entitlement 2 of 2; contribution
    # 93.02; element 500.00 - 93.02 = 406.98; award 400.14 + 406.98 = 807.12
    assert c.housing.bedroom_entitlement == 2
    assert c.housing.housing_cost_contributions == 9302
    assert c.award == 80712


def test_non_dependant_getting_carers_allowance_pays_nothing_2025():
    h = Household(adults=(single(45),), housing=social(50000, 2, non_dependants=(NonDependant(age=23, exemption="carers_allowance"),)))
    c = calc(h)
    # para 16(2)(g): no contribution; award 400.14 + 500.00 = 900.14
    assert c.housing.housing_cost_contributions == 0
    assert c.award == 90014


def test_non_dependant_aged_20_pays_nothing_without_being_told_2025():
    h = Household(adults=(single(45),), housing=social(50000, 2, non_dependants=(NonDependant(age=20),)))
    c = calc(h)
    # para 16(2)(a): under 21, no contribution; award 400.14 + 500.00 = 900.14
    assert c.award == 90014


def test_claimant_getting_pip_daily_living_has_no_contributions_at_all_2025():
    h = Household(
        adults=(single(50, pip_daily_living="standard"),),
        housing=social(60000, 3, non_dependants=(NonDependant(age=30), NonDependant(age=35))),
    )
    c = calc(h)
    # para 15: a renter getting PIP daily living: no contribution for either
    # non-dependant; entitlement 1 + 2 = 3 of 3; award 400.14 + 600.00
    assert c.housing.bedroom_entitlement == 3
    assert c.housing.housing_cost_contributions == 0
    assert c.award == 100014


def test_joint_renter_whose_partner_is_blind_has_no_contributions_2025():
    h = Household(adults=(single(40), single(40, blind=True)), housing=social(50000, 2, non_dependants=(NonDependant(age=30),)))
    c = calc(h)
    # para 15(1)(b), (2)(a): a joint renter who is blind; entitlement 2 of 2;
    # award 628.10 + 500.00 = 1,128.10
    assert c.housing.housing_cost_contributions == 0
    assert c.award == 112810


def test_contributions_larger_than_the_rent_leave_a_nil_element_2025():
    nds = (NonDependant(age=25), NonDependant(age=30), NonDependant(age=40))
    c = calc(Household(adults=(single(45),), housing=social(15000, 4, non_dependants=nds)))
    # entitlement 4 of 4; 3 x 93.02 = 279.06 > 150.00: element nil, no more
    # taken (para 14(3)); award is the standard allowance 400.14
    assert c.housing_costs_element == 0
    assert c.award == 40014


# -- rent periods (Sch 4 para 7) --------------------------------------------------
# A single claimant aged 40, a one-bedroom social home, no income: the award
# is 400.14 + the monthly rent.


def _rent_award(rent: int, period: str, rent_free_weeks: int = 0):
    h = Household(adults=(single(40),), housing=social(rent, 1, period, rent_free_weeks=rent_free_weeks))
    return calc(h)


def test_rent_weekly_115_43():
    c = _rent_award(11543, "week")
    # 115.43 x 52 / 12 = 6,002.36 / 12 = 500.1966.. -> 500.20; award 900.34
    assert c.housing.rent_monthly == 50020
    assert c.award == 90034


def test_rent_two_weekly_231_17():
    c = _rent_award(23117, "two_weeks")
    # 231.17 x 26 / 12 = 6,010.42 / 12 = 500.8683.. -> 500.87; award 901.01
    assert c.housing.rent_monthly == 50087
    assert c.award == 90101


def test_rent_four_weekly_462_35():
    c = _rent_award(46235, "four_weeks")
    # 462.35 x 13 / 12 = 6,010.55 / 12 = 500.8791.. -> 500.88; award 901.02
    assert c.housing.rent_monthly == 50088
    assert c.award == 90102


def test_rent_monthly_500_87_is_taken_as_it_is():
    c = _rent_award(50087, "month")
    # award 400.14 + 500.87 = 901.01
    assert c.award == 90101


def test_rent_three_monthly_1500_01():
    c = _rent_award(150001, "three_months")
    # 1,500.01 x 4 / 12 = 500.0033.. -> 500.00; award 900.14
    assert c.housing.rent_monthly == 50000
    assert c.award == 90014


def test_rent_yearly_6000_06_rounds_half_a_penny_up():
    c = _rent_award(600006, "year")
    # 6,000.06 / 12 = 500.005 -> 500.01 (reg 6(1): half a penny is a penny);
    # award 900.15
    assert c.housing.rent_monthly == 50001
    assert c.award == 90015


def test_rent_weekly_with_four_rent_free_weeks():
    c = _rent_award(12550, "week", rent_free_weeks=4)
    # para 7(3): 48 payments a year: 125.50 x 48 / 12 = 502.00; award 902.14
    assert c.housing.rent_monthly == 50200
    assert c.award == 90214


def test_rent_two_weekly_with_four_rent_free_weeks():
    c = _rent_award(23117, "two_weeks", rent_free_weeks=4)
    # 26 - 2 = 24 payments: 231.17 x 24 / 12 = 462.34; award 862.48
    assert c.housing.rent_monthly == 46234
    assert c.award == 86248


def test_rent_of_zero_gives_no_housing_element_and_the_higher_work_allowance():
    h = Household(adults=(single(30, monthly_earnings=100000),), children=(boy(2019),), housing=social(0, 2))
    c = calc(h)
    # no housing costs element is included, so the higher work allowance 684
    # (reg 22(2)); maximum 400.14 + 292.81 = 692.95; 55% x (1,000 - 684)
    # = 173.80; award 519.15
    assert c.housing_costs_element == 0
    assert c.work_allowance == 68400
    assert c.award == 51915


def test_negative_rent_is_an_input_error():
    with pytest.raises(InputError, match="rent"):
        Housing(tenure="social_rent", rent=-100, bedrooms=1)


def test_owner_occupier_gets_no_housing_element_and_the_higher_work_allowance():
    h = Household(adults=(single(30, monthly_earnings=100000),), children=(boy(2019),), housing=Housing(tenure="owner_occupier"))
    e = estimate(h, on=AP_2025)
    c = e.universal_credit.calculation
    # the result says why there is no housing element, rather than a silent nil
    assert "Support for Mortgage Interest" in e.render()
    # no UC housing element (Support for Mortgage Interest is a loan);
    # higher work allowance 684; maximum 400.14 + 292.81 = 692.95;
    # 55% x (1,000 - 684) = 173.80; award 519.15
    assert c.housing_costs_element == 0
    assert c.work_allowance == 68400
    assert c.award == 51915


# -- bedroom entitlement (Sch 4 para 10) --------------------------------------------


def test_two_girls_aged_12_and_14_share_a_bedroom_2025():
    h = Household(adults=(single(40),), children=(girl(2013), girl(2011)), housing=social(50000, 3))
    c = calc(h)
    # same sex under 16: 1 room; entitlement 2 of 3: 14% x 500.00 = 70.00;
    # element 430.00; maximum 400.14 + 339.00 + 292.81 + 430.00 = 1,461.95
    # (welfare 1,461.95 + CB (26.05 + 17.25) x 52 / 12 = 187.63 < 1,835)
    assert (c.housing.bedroom_entitlement, c.housing.excess_bedrooms) == (2, 1)
    assert c.housing_costs_element == 43000
    assert c.award == 146195


def test_girl_12_and_boy_11_do_not_share_2025():
    h = Household(adults=(single(40),), children=(girl(2013), boy(2014)), housing=social(50000, 3))
    c = calc(h)
    # different sexes, one 10 or over: 2 rooms; entitlement 3 of 3;
    # maximum 400.14 + 339.00 + 292.81 + 500.00 = 1,531.95 (+ CB 187.63
    # = 1,719.58 < 1,835: not capped)
    assert (c.housing.bedroom_entitlement, c.housing.excess_bedrooms) == (3, 0)
    assert c.award == 153195


def test_seventeen_year_old_gets_their_own_room_2025():
    h = Household(adults=(single(45),), children=(boy(2008), girl(2017)), housing=social(55000, 3))
    c = calc(h)
    # a qualifying young person (17) has a room; the girl of 8 another:
    # entitlement 3 of 3; maximum 400.14 + 339.00 + 292.81 (born January
    # 2017) + 550.00 = 1,581.95 (+ CB 187.63 = 1,769.58 < 1,835)
    assert c.housing.bedroom_entitlement == 3
    assert c.award == 158195


# A couple aged 30 with ten children, twelve people in a 7-bedroom social
# home at £280 a week, 2026/27 (the two-child limit abolished):
#   boy 17 and girl 16 (qualifying young persons): 2 rooms; boys 14 and 13:
#   1; girls 12 and 11: 1; boy 9, girl 8, boy 5, girl 3 (under 10): 2;
#   the couple 1: entitlement 7 of 7, no deduction.
#   rent 280.00 x 52 / 12 = 1,213.333.. -> 1,213.33
#   child element 351.88 (eldest, born 2008) + 9 x 303.94 = 3,087.34
#   maximum 666.97 + 3,087.34 + 1,213.33 = 4,967.64
TEN_CHILDREN = (
    boy(2008, 9, 1), girl(2010, 3, 1), boy(2011, 6, 1), boy(2012, 8, 1), girl(2014, 2, 1),
    girl(2015, 5, 1), boy(2017, 1, 1), girl(2018, 3, 1), boy(2020, 7, 1), girl(2022, 9, 1),
)


def test_couple_with_ten_children_in_seven_bedrooms_earning_2000_2026():
    h = Household(adults=(single(30, monthly_earnings=200000), single(30)), children=TEN_CHILDREN, housing=social(28000, 7, "week"))
    c = calc(h, AP_2026)
    # lower work allowance 427; 55% x (2,000 - 427) = 865.15;
    # award 4,967.64 - 865.15 = 4,102.49 (earnings 2,000 >= 881: no cap)
    assert (c.housing.bedroom_entitlement, c.housing.excess_bedrooms) == (7, 0)
    assert c.maximum_amount == 496764
    assert c.award == 410249


def test_couple_with_ten_children_out_of_work_is_capped_2026():
    h = Household(adults=(single(30), single(30)), children=TEN_CHILDREN, housing=social(28000, 7, "week"))
    c = calc(h, AP_2026)
    # CB (27.05 + 9 x 17.90) x 52 / 12 = 188.15 x 52 / 12 = 815.3166.. ->
    # 815.32; welfare 4,967.64 + 815.32 = 5,782.96; excess over 1,835.00 =
    # 3,947.96; award 4,967.64 - 3,947.96 = 1,019.68
    assert c.welfare_benefits == 578296
    assert c.benefit_cap_reduction == 394796
    assert c.award == 101968


# -- childcare costs element (regs 31-36) ----------------------------------------


def test_childcare_one_child_below_the_maximum_2025():
    h = Household(adults=(single(28, monthly_earnings=120000),), children=(girl(2021),), childcare_costs_monthly=60000, childcare_children=1)
    c = calc(h)
    # 85% x 600.00 = 510.00 < 1,031.88; maximum 400.14 + 292.81 + 510.00
    # = 1,202.95; higher work allowance 684; 55% x 516 = 283.80; award 919.15
    assert c.childcare_costs_element == 51000
    assert c.award == 91915


def test_childcare_one_child_above_the_maximum_2025():
    h = Household(adults=(single(28, monthly_earnings=120000),), children=(girl(2021),), childcare_costs_monthly=150000, childcare_children=1)
    c = calc(h)
    # 85% x 1,500.00 = 1,275.00 > 1,031.88; maximum 400.14 + 292.81
    # + 1,031.88 = 1,724.83; less 283.80 = 1,441.03
    assert c.childcare_costs_element == 103188
    assert c.award == 144103


def _three_in_childcare(costs: int) -> Household:
    # Both work (1,500 and 1,000 net); children born 2016, 2018, 2020: the
    # third (born after 6 April 2017, third in order) gets no child element
    # in 2025/26 (reg 24A) but does count for childcare.
    return Household(
        adults=(single(35, monthly_earnings=150000), single(33, monthly_earnings=100000)),
        children=(girl(2016), boy(2018), girl(2020)),
        childcare_costs_monthly=costs,
        childcare_children=3,
    )


def test_childcare_three_children_below_the_maximum_2025():
    c = calc(_three_in_childcare(180000))
    # 85% x 1,800.00 = 1,530.00 < 1,768.94; child elements 339.00 + 292.81;
    # maximum 628.10 + 631.81 + 1,530.00 = 2,789.91; 55% x (2,500 - 684)
    # = 998.80; award 1,791.11
    assert c.childcare_costs_element == 153000
    assert c.children_without_child_element == 1
    assert c.award == 179111


def test_childcare_three_children_above_the_maximum_2025():
    c = calc(_three_in_childcare(240000))
    # 85% x 2,400.00 = 2,040.00 > 1,768.94; maximum 628.10 + 631.81
    # + 1,768.94 = 3,028.85; less 998.80 = 2,030.05
    assert c.childcare_costs_element == 176894
    assert c.award == 203005


def _one_in_childcare_2023() -> Household:
    return Household(adults=(single(30, monthly_earnings=100000),), children=(boy(2020),), childcare_costs_monthly=100000, childcare_children=1)


def test_childcare_maximum_before_28_june_2023():
    c = calc(_one_in_childcare_2023(), AP_2023_MAY)
    # period 15 May to 14 June 2023: 85% x 1,000 = 850.00 > 646.35;
    # maximum 368.74 + 269.58 + 646.35 = 1,284.67; higher allowance 631:
    # 55% x 369 = 202.95; award 1,081.72
    assert c.childcare_costs_element == 64635
    assert c.award == 108172


def test_childcare_maximum_after_28_june_2023():
    c = calc(_one_in_childcare_2023(), AP_2023_JULY)
    # SI 2023/593: maximum 950.92, so 850.00 is met in full;
    # 368.74 + 269.58 + 850.00 = 1,488.32; less 202.95 = 1,285.37
    assert c.childcare_costs_element == 85000
    assert c.award == 128537


def test_couple_where_one_does_not_work_gets_no_childcare_element_2025():
    h = Household(
        adults=(single(30, monthly_earnings=150000), single(30)),
        children=(girl(2021),),
        childcare_costs_monthly=40000,
        childcare_children=1,
    )
    c = calc(h)
    # reg 32(1)(b): the partner is not in work, has no LCW and no caring
    # responsibilities: no element; maximum 628.10 + 292.81 = 920.91;
    # 55% x (1,500 - 684) = 448.80; award 472.11
    assert c.childcare_costs_element == 0
    assert c.award == 47211


def test_single_parent_not_in_work_gets_no_childcare_element_2025():
    h = Household(adults=(single(28),), children=(girl(2021),), childcare_costs_monthly=60000, childcare_children=1)
    c = calc(h)
    # reg 32(1)(a): not in paid work; award 400.14 + 292.81 = 692.95
    assert c.childcare_costs_element == 0
    assert c.award == 69295


def test_couple_where_the_partner_who_does_not_work_is_a_carer_gets_childcare_2025():
    h = Household(
        adults=(single(30, monthly_earnings=150000), single(30, carer=True)),
        children=(girl(2021),),
        childcare_costs_monthly=40000,
        childcare_children=1,
    )
    c = calc(h)
    # reg 32(1)(b)(ii): 85% x 400.00 = 340.00; maximum 628.10 + 292.81
    # + 201.68 (carer) + 340.00 = 1,462.59; 55% x (1,500 - 684) = 448.80;
    # award 1,013.79
    assert c.childcare_costs_element == 34000
    assert c.award == 101379


def test_couple_where_the_partner_who_does_not_work_has_lcwra_gets_childcare_2025():
    h = Household(
        adults=(single(30, monthly_earnings=150000), single(30, lcwra=True)),
        children=(girl(2021),),
        childcare_costs_monthly=40000,
        childcare_children=1,
    )
    c = calc(h)
    # reg 32(1)(b)(i): 85% x 400.00 = 340.00; maximum 628.10 + 292.81
    # + 423.27 + 340.00 = 1,684.18; less 448.80 = 1,235.38
    assert c.childcare_costs_element == 34000
    assert c.award == 123538


# -- the benefit cap (Part 7) ----------------------------------------------------------


def test_family_capped_outside_london_child_benefit_counts_2025():
    c = calc(capped_family())
    # welfare 2,061.43 + 262.38 = 2,323.81; cap 22,020 / 12 = 1,835.00;
    # excess 488.81; award 2,061.43 - 488.81 = 1,572.62
    assert c.award_before_benefit_cap == CAPPED_MAXIMUM
    assert c.benefit_cap == 183500
    assert c.welfare_benefits == CAPPED_MAXIMUM + CAPPED_CHILD_BENEFIT == 232381
    assert c.benefit_cap_reduction == 48881
    assert c.award == 157262


def test_family_capped_in_greater_london_2025():
    c = calc(capped_family(greater_london=True))
    # cap 25,323 / 12 = 2,110.25; excess 2,323.81 - 2,110.25 = 213.56;
    # award 2,061.43 - 213.56 = 1,847.87
    assert c.benefit_cap == 211025
    assert c.benefit_cap_reduction == 21356
    assert c.award == 184787


def test_single_without_children_capped_in_greater_london_2025():
    h = Household(adults=(single(40),), housing=private(150000, 130000), greater_london=True)
    c = calc(h)
    # 400.14 + 1,300.00 (LHA) = 1,700.14; cap 16,967 / 12 = 1,413.9166.. ->
    # 1,413.92; excess 286.22; award 1,413.92
    assert c.benefit_cap == 141392
    assert c.award == 141392


def test_child_benefit_not_claimed_is_not_counted_2025():
    c = calc(capped_family(child_benefit_claimed=False))
    # welfare 2,061.43 alone; excess 226.43; award 1,835.00
    assert c.welfare_benefits == CAPPED_MAXIMUM
    assert c.award == 183500


def test_maintenance_income_is_not_a_welfare_benefit_for_the_cap_2025():
    c = calc(capped_family(single(30, other_unearned_income_monthly=30000)))
    # £300 a month (spousal maintenance, reg 66(1)(d)): UC before the cap
    # 2,061.43 - 300.00 = 1,761.43; welfare 1,761.43 + 262.38 = 2,023.81;
    # excess 188.81; award 1,572.62
    assert c.award == 157262


def test_childcare_element_is_taken_off_the_excess_2025():
    h = capped_family(single(30, monthly_earnings=50000), childcare_costs_monthly=30000, childcare_children=1)
    c = calc(h)
    # childcare 85% x 300.00 = 255.00; maximum 2,061.43 + 255.00 = 2,316.43;
    # lower allowance 411: 55% x 89 = 48.95; before the cap 2,267.48;
    # earnings 500 < 846; welfare 2,267.48 + 262.38 = 2,529.86; excess
    # 694.86 less 255.00 (reg 81) = 439.86; award 2,267.48 - 439.86 = 1,827.62
    assert c.award_before_benefit_cap == 226748
    assert c.benefit_cap_reduction == 43986
    assert c.award == 182762


def test_lcwra_element_exempts_from_the_cap_2025():
    c = calc(capped_family(single(30, lcwra=True)))
    # reg 83(1)(a); award 2,061.43 + 423.27 = 2,484.70, not capped
    assert c.benefit_cap_exempt
    assert c.award == 248470


def test_lcwra_before_the_element_is_included_does_not_exempt_from_the_cap_2025():
    c = calc(capped_family(single(30, lcwra=True, lcwra_element_in_award=False)))
    # no LCWRA element yet (reg 28), no other exception: capped as the
    # family above: 2,061.43 - 488.81 = 1,572.62
    assert c.award == 157262


def test_childs_dla_exempts_from_the_cap_2025():
    children = (CAPPED_CHILDREN[0], CAPPED_CHILDREN[1], girl(2016, 1, 10, dla_care="lowest"))
    c = calc(Household(adults=(single(30),), children=children, housing=CAPPED_HOME))
    # reg 83(1)(f); disabled child addition (lower) 158.76;
    # award 2,061.43 + 158.76 = 2,220.19, not capped
    assert c.benefit_cap_exempt
    assert c.award == 222019


def test_carers_allowance_exempts_from_the_cap_2025():
    c = calc(capped_family(single(30, carer=True, carers_allowance_weekly=8330)))
    # carer element 201.68; CA 83.30 x 52 / 12 = 360.9666.. -> 360.97 is
    # unearned income; award 2,061.43 + 201.68 - 360.97 = 1,902.14, not capped
    assert c.benefit_cap_exempt
    assert c.award == 190214


def test_earnings_of_846_00_exempt_from_the_cap_2025():
    c = calc(capped_family(single(30, monthly_earnings=84600)))
    # threshold 16 x 12.21 x 52 / 12 = 846.56, rounded down to 846;
    # 846.00 >= 846: exempt; 55% x (846.00 - 411) = 239.25;
    # award 2,061.43 - 239.25 = 1,822.18
    assert c.benefit_cap_exempt
    assert c.award == 182218


def test_earnings_of_845_99_do_not_exempt_from_the_cap_2025():
    c = calc(capped_family(single(30, monthly_earnings=84599)))
    # 55% x 434.99 = 239.2445 -> 239.24; before the cap 1,822.19; welfare
    # + 262.38 = 2,084.57; excess 249.57; award 1,572.62
    assert not c.benefit_cap_exempt
    assert c.benefit_cap_reduction == 24957
    assert c.award == 157262


def test_grace_period_exempts_from_the_cap_2025():
    c = calc(capped_family(benefit_cap_grace_period=True))
    # reg 82(1)(b): award 2,061.43, not capped
    assert c.award == CAPPED_MAXIMUM


def test_guardians_allowance_exempts_from_the_cap_2025():
    c = calc(capped_family(guardians_allowance=True))
    # reg 83(1): a claimant receiving Guardian's Allowance; award 2,061.43
    assert c.award == CAPPED_MAXIMUM


# -- net earnings from gross pay: England and Scotland (reg 55(5)) -----------------


def _gross_1500(nation: str) -> Household:
    return Household(
        adults=(single(30, gross_monthly_earnings=150000),),
        children=(boy(2019),),
        housing=social(40000, 2),
        nation=nation,
    )


def test_gross_1500_in_england_2025():
    c = calc(_gross_1500("england"))
    # tax: 1,500.00 - 1,048.26 = 451.74 -> 451 x 20% = 90.20; NI (1,500
    # - 1,048) x 8% = 36.16; net 1,373.64. Maximum 400.14 + 292.81 + 400.00
    # = 1,092.95; 55% x (1,373.64 - 411) = 529.452 -> 529.45; award 563.50
    assert c.earned_income == 137364
    assert c.award == 56350


def test_gross_1500_in_scotland_2025():
    c = calc(_gross_1500("scotland"))
    # Scottish tax on 451 a month: (2,827 x 19% + (5,412 - 2,827) x 20%) / 12
    # = (537.13 + 517.00) / 12 = 87.844.. -> 87.84; net 1,500.00 - 87.84
    # - 36.16 = 1,376.00; 55% x 965.00 = 530.75; award 1,092.95 - 530.75
    # = 562.20 (£2.36 more pay, £1.30 less UC than in England)
    assert c.earned_income == 137600
    assert c.award == 56220


def _gross_3000_couple(nation: str) -> Household:
    # A girl of 9 and a boy of 6: both under 10, so they share (para 10).
    return Household(
        adults=(single(30, gross_monthly_earnings=300000), single(30)),
        children=(girl(2016, 1, 1), boy(2019, 1, 1)),
        housing=social(65000, 2),
        nation=nation,
    )


def test_gross_3000_couple_in_england_two_children_under_10_share_2025():
    c = calc(_gross_3000_couple("england"))
    # entitlement 1 + 1 = 2 of 2; tax 3,000.00 - 1,048.26 = 1,951.74 -> 1,951
    # x 20% = 390.20; NI 1,952 x 8% = 156.16; net 2,453.64. Maximum 628.10
    # + 339.00 + 292.81 + 650.00 = 1,909.91; 55% x (2,453.64 - 411)
    # = 1,123.452 -> 1,123.45; award 786.46
    assert c.housing.bedroom_entitlement == 2
    assert c.earned_income == 245364
    assert c.award == 78646


def test_gross_3000_couple_in_scotland_pays_more_tax_and_gets_more_uc_2025():
    c = calc(_gross_3000_couple("scotland"))
    # annual 23,412: 2,827 x 19% = 537.13; (14,921 - 2,827) x 20% = 2,418.80;
    # (23,412 - 14,921) x 21% = 1,783.11; total 4,739.04 / 12 = 394.92;
    # net 3,000.00 - 394.92 - 156.16 = 2,448.92; 55% x 2,037.92 = 1,120.856
    # -> 1,120.86; award 1,909.91 - 1,120.86 = 789.05
    assert c.earned_income == 244892
    assert c.award == 78905


def test_private_renter_names_the_brma_and_gets_the_rent_officers_monthly_rate_2026():
    # Single parent, one child born 2019, private rent £900 a month in Hull &
    # East Riding. Bedrooms: claimant 1 + child 1 = 2 (Sch 4 para 10), so the
    # 2-bedroom LHA: the rent officers' monthly UC figure £475.00 (January
    # 2024 determination, frozen for 2026/27: rules/schedules/lha/england_2024).
    # £424.90 + £303.94 child element + min(£900.00, £475.00) = £1,203.84.
    h = Household(adults=(Adult(age=40),), children=(Child(date_of_birth=dt.date(2019, 1, 1)),),
                  housing=Housing(tenure="private_rent", rent=90000, brma="Hull & East Riding"))
    c = estimate(h, on=dt.date(2026, 5, 1)).universal_credit.calculation
    assert c.housing.lha_category == 2
    assert c.housing.lha_rate_monthly == 47500
    assert c.award == 120384


def test_a_renter_in_the_first_brma_of_the_list_gets_its_lha_2026():
    # Aberdeen and Shire is the first BRMA by name (code 0 in the columns). Single,
    # aged 40, private rent £300 a month: one bedroom (Sch 4 para 10), category 1.
    # Its 1-bedroom LHA, £109.32 a week as published for April 2024 (frozen for
    # 2026/27: SI 2026/5; nesaf.co.uk, see test_lha_published_cells) is £473.72 a
    # month or more, above the rent, so the housing element is the rent:
    # £424.90 + £300.00 = £724.90.
    # Mutant killed: ``brma >= 0`` -> ``brma > 0`` in housing._lha_for_area (the
    # first area taken as no area named: no LHA, no housing element).
    h = Household(adults=(Adult(age=40),), nation="scotland",
                  housing=Housing(tenure="private_rent", rent=30000, brma="Aberdeen and Shire"))
    c = estimate(h, on=dt.date(2026, 5, 1)).universal_credit.calculation
    assert c.housing.lha_category == 1 and c.housing.lha_rate_monthly >= 47372
    assert (c.housing.element, c.award) == (30000, 72490)


def test_unknown_brma_is_an_error_with_close_names():
    from entitlements import InputError

    h = Household(adults=(Adult(age=30),), housing=Housing(tenure="private_rent", rent=50000, brma="Manchster"))
    with pytest.raises(InputError, match="close matches"):
        estimate(h, on=dt.date(2026, 5, 1))


def test_lone_child_aged_12_of_unknown_sex_has_a_bedroom_2026():
    # Found by the PolicyEngine cross-check. One adult and one child aged 14
    # (born 10/04/2012), sex not given: no other child to share with, so the
    # entitlement is 2 bedrooms whatever the sex (Sch 4 para 10). Social rent
    # £1,080.52 for 2 bedrooms: no under-occupancy deduction (para 36).
    # £424.90 + £303.94 child element + £1,080.52 = £1,809.36; the cap
    # (single with a child, outside London: £1,835.00) is not reached with
    # Child Benefit £27.05 x 52 / 12 = £117.22: £1,926.58 > £1,835.00, so the
    # cap takes £91.58: £1,809.36 - £91.58 = £1,717.78.
    h = Household(adults=(Adult(age=40),), children=(Child(date_of_birth=dt.date(2012, 4, 10)),),
                  housing=Housing(tenure="social_rent", rent=108052, bedrooms=2))
    c = estimate(h, on=dt.date(2026, 4, 2)).universal_credit.calculation
    assert c.housing.bedroom_entitlement == 2
    assert c.housing.under_occupancy_deduction == 0
    assert c.housing_costs_element == 108052



@pytest.mark.parametrize("days, failing", [
    (("2024-04-08", "2024-04-07"), [False, True]),
    (("2024-04-08", "2027-04-12"), [False, True]),
    (("2027-04-11", "2027-04-12"), [False, True]),
    (("2024-04-07", "2027-04-11"), [True, False]),
])
def test_in_columns_only_the_rows_outside_the_lha_determinations_fail(days, failing):
    # Hull & East Riding, 2 bedrooms, £475.00 a month (the published figure above). The shipped
    # determinations cover assessment periods beginning 8 April 2024 to 11 April 2027 (SI 2013/382
    # art 4(1)-(4)). Beside a row on an end day, a row a day outside it fails, and only it: the
    # error names the table's first and last days and marks that row. The row on the end day
    # alone is worked out: £475.00. (The rows are read in order of day, so the first end day
    # must not be taken for the earliest failure.)
    # Mutants killed: ``d < earliest`` -> ``<=`` and ``d > until`` -> ``>=`` in
    # housing._lha_for_area (an end day taken as uncovered hid the real failure beside it).
    from entitlements.benefits.housing import _lha_for_area
    from entitlements.benefits.lha import brma_names
    from entitlements.tables import NoRowInForce

    code = brma_names().index("Hull & East Riding")
    on = np.array(days, dtype="datetime64[D]")
    args = (np.array([code, code]), np.array([2, 2]), np.array([True, True]), np.array([0, 0]))
    with pytest.raises(NoRowInForce) as e:
        _lha_for_area(*args, on=on)
    assert e.value.rows.tolist() == failing
    assert (e.value.earliest, e.value.until) == (dt.date(2024, 4, 8), dt.date(2027, 4, 11))
    ok = np.array([d for d, f in zip(days, failing) if not f] * 2, dtype="datetime64[D]")
    assert _lha_for_area(*args, on=ok).tolist() == [47500, 47500]


def test_a_caseload_naming_a_brma_is_covered_from_the_first_to_the_last_day_of_the_lha_determinations():
    # The 2024 determinations take effect for UC on the relevant Monday, 8 April 2024 (SI 2013/382
    # art 4(1)-(4)); the 2027 ones on 12 April 2027, so the shipped figures cover assessment periods
    # beginning 8 April 2024 to 11 April 2027 inclusive. In columns, a row on either end day is
    # worked out (and equals the one-household estimate); a row the day before the first fails
    # alone, with the table and the date, and its neighbours are still estimated.
    from entitlements import estimate_caseload

    h = Household(adults=(Adult(age=40),),
                  housing=Housing(tenure="private_rent", rent=90000, brma="Hull & East Riding"))
    days = np.array(["2024-04-08", "2024-04-07", "2027-04-11"], dtype="datetime64[D]")
    r = estimate_caseload([h, h, h], on=days)
    assert r.valid.tolist() == [True, False, True]
    expected = [estimate(h, on=dt.date(2024, 4, 8)).universal_credit.award, 0,
                estimate(h, on=dt.date(2027, 4, 11)).universal_credit.award]
    assert r.award.tolist() == expected and expected[0] > 0
    assert "2024-04-07" in " ".join(str(e.reason) for e in r.caseload.errors)


def test_a_caseload_row_outside_the_lha_determinations_is_refused_naming_its_own_nations():
    # The rent officers' determinations are shipped one file a nation (rules/schedules/lha/{england,scotland,
    # wales}_2024.toml), each covering assessment periods beginning 8 April 2024 to 11 April 2027 (SI 2013/382
    # art 4(1)-(4), as above). Rows on 7 April 2024 naming Ashford (England),
    # Aberdeen and Shire (Scotland) and Cardiff (Wales) all fail, and each names its own nation's file: the
    # English failure, found first, marks only the English row; the Scottish and Welsh rows are then tried on and
    # fail with their own. A Scottish row on 8 April 2024 is worked out. Mutant killed (sample 8):
    # housing._lha_for_area `e.rows = use & same & (...)` -> `use & (...)` (every nation's rows named England's file).
    from entitlements import estimate_caseload

    hs = [Household(adults=(Adult(age=40),), housing=Housing(tenure="private_rent", rent=80000, brma=b))
          for b in ("Ashford", "Aberdeen and Shire", "Cardiff", "Aberdeen and Shire")]
    days = np.array(["2024-04-07", "2024-04-07", "2024-04-07", "2024-04-08"], dtype="datetime64[D]")
    r = estimate_caseload(hs, on=days)
    assert r.valid.tolist() == [False, False, False, True]
    files = {e.row: str(e.reason).split("lha/")[1].split(":")[0] for e in r.caseload.errors}
    assert files == {1: "england_2024.toml", 2: "scotland_2024.toml", 3: "wales_2024.toml"}
    assert int(r.award[3]) == estimate(hs[3], on=dt.date(2024, 4, 8)).universal_credit.award > 0
