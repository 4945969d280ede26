"""Universal Credit worked examples, exact to the penny, 2023/24 to 2026/27.

Every expected figure below was derived by hand from the law and the
published rates, not by running the engine: the arithmetic is in the comment
above each assertion. Rates (pounds a month) are those of the reg 36 table
(SI 2013/376) as uprated, which the rule tables in ``rules/uc/`` cite:

=====================================  ========  ========  ========  ========
amount                                 2023/24   2024/25   2025/26   2026/27
=====================================  ========  ========  ========  ========
standard allowance, single under 25     292.11    311.68    316.98    338.58
standard allowance, single 25 or over   368.74    393.45    400.14    424.90
standard allowance, joint both < 25     458.51    489.23    497.55    528.34
standard allowance, joint either 25+    578.82    617.60    628.10    666.97
child element, first (born < 6/4/2017)  315.00    333.33    339.00    351.88
child element, each other child         269.58    287.92    292.81    303.94
disabled child addition, lower          146.31    156.11    158.76    164.79
disabled child addition, higher         456.89    487.58    495.87    514.71
LCW element (saved cases only)          146.31    156.11    158.76    158.76
LCWRA element (protected from 2026)     390.06    416.19    423.27    429.80
LCWRA element, new claimant                  -         -         -    217.26
carer element                           185.86    198.31    201.68    209.34
work allowance, higher                  631       673       684       710
=====================================  ========  ========  ========  ========

Sources: Up-rating Orders SI 2023/316 art 33 & Sch 13, SI 2024/242 art 32 &
Sch 13, SI 2025/295 art 32 & Sch 13; SI 2026/113 reg 3(3), SI 2026/148
art 32 & Sch 13, Universal Credit Act 2025 ss 1-3 (cross-checked with the
fact sheet, /work/shared/reference/uk-benefit-rules.md s 1.1). The amounts
switch for assessment periods *beginning* on or after 10 Apr 2023,
8 Apr 2024, 7 Apr 2025 and 6 Apr 2026.

The law applied (SI 2013/376 unless said otherwise):

- award = maximum amount - unearned income - 55% x (earned income - work
  allowance), never below nil (reg 22(1)); nil if capital exceeds £16,000
  (reg 18(1)).
- work allowance only where a claimant is responsible for a child or has
  LCW (reg 22(1)(b), (2)); the higher amount, as no housing costs element
  is in any award here.
- a fraction of a penny of half or more is a penny, less than half is
  disregarded (reg 6(1)); weekly income x 52 / 12, each income separately
  (reg 73(1)(a)).
- tariff income £4.35 a month for each £250, or part of £250, above £6,000
  (reg 72(1)).
- child element: the first-child amount only for a child born before
  6 April 2017; the two-child limit (regs 24A, 24B, Sch 12) for assessment
  periods beginning before 6 April 2026 only (Universal Credit (Removal of
  Two Child Limit) Act 2026).
- one LCW/LCWRA element per award (reg 27(4)); the higher where joint
  claimants' amounts differ (UC Act 2025 Sch 1 para 3(c)); no carer element
  for a claimant whose LCWRA element is in the award (reg 29(4)).
- a change of circumstances (a 25th birthday) takes effect from the first
  day of the assessment period in which it occurs (SI 2013/381 Sch 1
  para 20).

Money is in pence throughout.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import (
    Adult,
    Child,
    EntitlementsError,
    Household,
    estimate,
    estimate_caseload,
)

# First days of ordinary assessment periods in each year.
AP_2023 = dt.date(2023, 5, 1)
AP_2024 = dt.date(2024, 5, 1)
AP_2025 = dt.date(2025, 5, 1)
AP_2026 = dt.date(2026, 5, 1)


def uc(household: Household, on: dt.date):
    return estimate(household, on=on).universal_credit


def single(**kw) -> Household:
    children = kw.pop("children", ())
    capital = kw.pop("capital", 0)
    kw.setdefault("age", 30)
    return Household(adults=(Adult(**kw),), children=children, capital=capital)


def couple(a1: Adult, a2: Adult, children=(), capital=0) -> Household:
    return Household(adults=(a1, a2), children=children, capital=capital)


def kid(y: int, m: int = 1, d: int = 1, **kw) -> Child:
    return Child(date_of_birth=dt.date(y, m, d), **kw)


# ---------------------------------------------------------------------------
# Standard allowance: the four kinds in each of the four years (reg 36).
# ---------------------------------------------------------------------------

_SA_CASES = [
    # (id, ages, on, expected pence) -- expected is the reg 36 amount itself.
    ("single_24_2023", (24,), AP_2023, 29211),  # £292.11
    ("single_25_2023", (25,), AP_2023, 36874),  # £368.74
    ("couple_23_24_2023", (23, 24), AP_2023, 45851),  # £458.51
    ("couple_24_25_2023", (24, 25), AP_2023, 57882),  # £578.82 (either 25+)
    ("single_19_2024", (19,), AP_2024, 31168),  # £311.68
    ("single_40_2024", (40,), AP_2024, 39345),  # £393.45
    ("couple_18_22_2024", (18, 22), AP_2024, 48923),  # £489.23
    ("couple_45_21_2024", (45, 21), AP_2024, 61760),  # £617.60
    ("single_22_2025", (22,), AP_2025, 31698),  # £316.98
    ("single_60_2025", (60,), AP_2025, 40014),  # £400.14
    ("couple_20_20_2025", (20, 20), AP_2025, 49755),  # £497.55
    ("couple_30_33_2025", (30, 33), AP_2025, 62810),  # £628.10
    ("single_18_2026", (18,), AP_2026, 33858),  # £338.58
    ("single_25_2026", (25,), AP_2026, 42490),  # £424.90
    ("couple_24_24_2026", (24, 24), AP_2026, 52834),  # £528.34
    ("couple_25_19_2026", (25, 19), AP_2026, 66697),  # £666.97
]


@pytest.mark.parametrize(("ages", "on", "expected"), [pytest.param(*c[1:], id=c[0]) for c in _SA_CASES])
def test_standard_allowance_no_other_income(ages, on, expected):
    h = Household(adults=tuple(Adult(age=a) for a in ages))
    r = uc(h, on)
    # No children, no LCW, no income, no capital: award = standard allowance.
    assert r.calculation.standard_allowance == expected
    assert r.award == expected


# ---------------------------------------------------------------------------
# Uprating dates: the new amounts apply to an assessment period that
# *begins* on or after the uprating date, not to one that begins the day
# before (SI 2023/316 art 1(2)(e) etc.; the same in each Order).
# ---------------------------------------------------------------------------


def test_single_30_ap_begins_5_april_2026_day_before_uprating():
    r = uc(single(age=30), dt.date(2026, 4, 5))
    # Begins before 6 Apr 2026: 2025/26 single 25+ £400.14.
    assert r.award == 40014


def test_single_30_ap_begins_6_april_2026_on_uprating_date():
    r = uc(single(age=30), dt.date(2026, 4, 6))
    # Begins on 6 Apr 2026: 2026/27 single 25+ £424.90.
    assert r.award == 42490


def test_couple_first_child_2015_ap_begins_6_april_2025_day_before_uprating():
    h = couple(Adult(age=31), Adult(age=29), children=(kid(2015, 9, 1),))
    r = uc(h, dt.date(2025, 4, 6))
    # 2024/25 amounts: joint 25+ £617.60 + first child (born before
    # 6/4/2017) £333.33 = £950.93.
    assert r.award == 95093


def test_couple_first_child_2015_ap_begins_7_april_2025_on_uprating_date():
    h = couple(Adult(age=31), Adult(age=29), children=(kid(2015, 9, 1),))
    r = uc(h, dt.date(2025, 4, 7))
    # 2025/26 amounts: joint 25+ £628.10 + first child £339.00 = £967.10.
    assert r.award == 96710


def test_single_22_ap_begins_7_april_2024_day_before_uprating():
    r = uc(single(age=22), dt.date(2024, 4, 7))
    # 2023/24 single under 25: £292.11.
    assert r.award == 29211


def test_single_22_ap_begins_8_april_2024_on_uprating_date():
    r = uc(single(age=22), dt.date(2024, 4, 8))
    # 2024/25 single under 25: £311.68.
    assert r.award == 31168


def test_single_30_ap_begins_10_april_2023_first_day_covered():
    r = uc(single(age=30), dt.date(2023, 4, 10))
    # 2023/24 single 25+: £368.74.
    assert r.award == 36874


def test_ap_begins_9_april_2023_before_the_tables_is_an_error():
    # The library covers periods from 10 April 2023; an earlier period has no
    # standard allowance row in force and must not be guessed.
    with pytest.raises(EntitlementsError):
        estimate(single(age=30), on=dt.date(2023, 4, 9))


# ---------------------------------------------------------------------------
# Child element: first child before and after 6 April 2017.
# ---------------------------------------------------------------------------


def test_single_30_first_child_born_2015_higher_rate_2025():
    r = uc(single(age=30, children=(kid(2015, 3, 10),)), AP_2025)
    # £400.14 + first child born before 6/4/2017 £339.00 = £739.14.
    assert r.calculation.child_element == 33900
    assert r.award == 73914


def test_single_30_first_child_born_2018_lower_rate_2025():
    r = uc(single(age=30, children=(kid(2018, 3, 10),)), AP_2025)
    # Child born after 6/4/2017: only the "each other child" amount.
    # £400.14 + £292.81 = £692.95.
    assert r.calculation.child_element == 29281
    assert r.award == 69295


def test_single_30_first_child_born_5_april_2017_higher_rate_2024():
    r = uc(single(age=30, children=(kid(2017, 4, 5),)), AP_2024)
    # Born the day before 6 April 2017: first-child amount.
    # £393.45 + £333.33 = £726.78.
    assert r.award == 72678


def test_single_30_first_child_born_6_april_2017_lower_rate_2024():
    r = uc(single(age=30, children=(kid(2017, 4, 6),)), AP_2024)
    # Born on 6 April 2017: no first-child amount.
    # £393.45 + £287.92 = £681.37.
    assert r.award == 68137


def test_single_40_children_listed_youngest_first_eldest_still_first_child_2026():
    # The order the caller lists children in does not matter: the first child
    # is the eldest (reg 24B order of birth).
    r = uc(single(age=40, children=(kid(2019, 6, 1), kid(2014, 2, 1))), AP_2026)
    # £424.90 + first child (2014) £351.88 + other child (2019) £303.94
    # = £1,080.72.
    assert r.calculation.child_element == 35188 + 30394
    assert r.award == 108072


# ---------------------------------------------------------------------------
# Two-child limit, its exceptions, and its abolition from 6 April 2026.
# ---------------------------------------------------------------------------

_THREE_AFTER_2017 = (kid(2018, 2, 1), kid(2020, 7, 1), kid(2022, 11, 1))


def test_couple_three_children_born_after_2017_ap_begins_5_april_2026_limit_applies():
    h = couple(Adult(age=35), Adult(age=33), children=_THREE_AFTER_2017)
    r = uc(h, dt.date(2026, 4, 5))
    # Period begins before 6 Apr 2026: 2025/26 rates and the two-child limit.
    # Third child (2022) gets no child element.
    # £628.10 + 2 x £292.81 (£585.62) = £1,213.72.
    assert r.calculation.children_without_child_element == 1
    assert r.calculation.child_element == 58562
    assert r.award == 121372


def test_couple_three_children_born_after_2017_ap_begins_6_april_2026_limit_abolished():
    h = couple(Adult(age=35), Adult(age=33), children=_THREE_AFTER_2017)
    r = uc(h, dt.date(2026, 4, 6))
    # Period begins on 6 Apr 2026: 2026/27 rates, no limit.
    # £666.97 + 3 x £303.94 (£911.82) = £1,578.79 before the benefit cap.
    # Cap (reg 80A, outside London, couple): £22,020 / 12 = £1,835.00.
    # Child Benefit (£27.05 + 2 x £17.90 = £62.85 a week) x 52 / 12 = £272.35.
    # Welfare benefits £1,578.79 + £272.35 = £1,851.14; over by £16.14:
    # £1,578.79 - £16.14 = £1,562.65.
    assert r.calculation.children_without_child_element == 0
    assert r.calculation.child_element == 91182
    assert r.calculation.award_before_benefit_cap == 157879
    assert r.calculation.benefit_cap_reduction == 1614
    assert r.award == 156265


def test_couple_three_children_eldest_born_2016_third_excluded_2025():
    h = couple(Adult(age=35), Adult(age=33), children=(kid(2016, 5, 1), kid(2018, 5, 1), kid(2020, 5, 1)))
    r = uc(h, AP_2025)
    # 2016 child: first-child amount £339.00; 2018 child second: £292.81;
    # 2020 child third and born after 6/4/2017: none.
    # £628.10 + £339.00 + £292.81 = £1,259.91.
    assert r.calculation.children_without_child_element == 1
    assert r.award == 125991


def test_couple_two_children_before_2017_third_born_2019_excluded_2024():
    h = couple(Adult(age=40), Adult(age=38), children=(kid(2014, 1, 1), kid(2016, 1, 1), kid(2019, 1, 1)))
    r = uc(h, AP_2024)
    # Children born before 6/4/2017 count in the order (reg 24B), so the 2019
    # child is third: no element.
    # £617.60 + £333.33 + £287.92 = £1,238.85.
    assert r.award == 123885


def test_couple_four_children_all_born_before_2017_all_get_element_2023():
    kids = (kid(2010, 1, 1), kid(2012, 1, 1), kid(2014, 1, 1), kid(2016, 1, 1))
    r = uc(couple(Adult(age=40), Adult(age=38), children=kids), AP_2023)
    # The limit only bites on children born on or after 6/4/2017.
    # £578.82 + £315.00 + 3 x £269.58 (£808.74) = £1,702.56 before the cap.
    # Child Benefit (£24.00 + 3 x £15.90 = £71.70 a week) x 52 / 12 = £310.70;
    # welfare benefits £2,013.26 less the £1,835.00 cap: reduction £178.26;
    # £1,702.56 - £178.26 = £1,524.30.
    assert r.calculation.children_without_child_element == 0
    assert r.calculation.award_before_benefit_cap == 170256
    assert r.award == 152430


def test_single_third_child_born_5_april_2017_gets_element_2024():
    kids = (kid(2012, 1, 1), kid(2014, 1, 1), kid(2017, 4, 5))
    r = uc(single(age=35, children=kids), AP_2024)
    # Third child born before 6/4/2017: outside the limit.
    # £393.45 + £333.33 + 2 x £287.92 (£575.84) = £1,302.62.
    assert r.award == 130262


def test_single_third_child_born_6_april_2017_no_element_2024():
    kids = (kid(2012, 1, 1), kid(2014, 1, 1), kid(2017, 4, 6))
    r = uc(single(age=35, children=kids), AP_2024)
    # Third child born on 6/4/2017: the limit applies.
    # £393.45 + £333.33 + £287.92 = £1,014.70.
    assert r.calculation.children_without_child_element == 1
    assert r.award == 101470


def test_single_twins_third_and_fourth_children_second_twin_excepted_2025():
    twins = (kid(2023, 3, 1), kid(2023, 3, 1, two_child_exception="multiple_birth"))
    r = uc(single(age=32, children=(kid(2018, 1, 1), kid(2020, 1, 1)) + twins), AP_2025)
    # Sch 12 para 2: the exception is for a child of a multiple birth other
    # than the first in the order. First twin is third child: no element;
    # second twin: element.
    # £400.14 + 3 x £292.81 (£878.43) = £1,278.57.
    assert r.calculation.children_without_child_element == 1
    assert r.award == 127857


def test_couple_twins_second_and_third_children_all_get_element_2024():
    twins = (kid(2021, 6, 1), kid(2021, 6, 1, two_child_exception="multiple_birth"))
    r = uc(couple(Adult(age=30), Adult(age=30), children=(kid(2019, 1, 1),) + twins), AP_2024)
    # 2019 child first, first twin second, second twin third (excepted).
    # £617.60 + 3 x £287.92 (£863.76) = £1,481.36.
    assert r.award == 148136


def test_couple_adopted_eldest_child_takes_no_place_three_elements_2025():
    adopted = kid(2018, 1, 1, two_child_exception="adoption")
    r = uc(couple(Adult(age=38), Adult(age=36), children=(adopted, kid(2019, 6, 1), kid(2021, 6, 1))), AP_2025)
    # Sch 12 para 3 exception for the adopted child; reg 24B(2A) (SI 2018/1129):
    # an adopted child is left out of the order, so the two birth children are
    # first and second. All three get the element.
    # £628.10 + 3 x £292.81 (£878.43) = £1,506.53.
    assert r.calculation.children_without_child_element == 0
    assert r.award == 150653


def test_couple_same_three_children_without_adoption_two_elements_2025():
    r = uc(couple(Adult(age=38), Adult(age=36), children=(kid(2018, 1, 1), kid(2019, 6, 1), kid(2021, 6, 1))), AP_2025)
    # Control for the adoption example: no exception, third child excluded.
    # £628.10 + 2 x £292.81 (£585.62) = £1,213.72.
    assert r.award == 121372


def test_single_kinship_care_grandchild_eldest_takes_no_place_2024():
    grandchild = kid(2017, 6, 1, two_child_exception="non_parental_caring")
    r = uc(single(age=45, children=(grandchild, kid(2019, 3, 1), kid(2021, 3, 1))), AP_2024)
    # Sch 12 para 4 (friend or family carer / child's parent is the
    # claimant's child); left out of the order (reg 24B(2A)), so the two own
    # children are first and second. All three get the element.
    # £393.45 + 3 x £287.92 (£863.76) = £1,257.21.
    assert r.calculation.children_without_child_element == 0
    assert r.award == 125721


def test_single_third_child_non_consensual_conception_excepted_2025():
    third = kid(2023, 1, 1, two_child_exception="non_consensual_conception")
    r = uc(single(age=28, children=(kid(2018, 1, 1), kid(2020, 1, 1), third)), AP_2025)
    # Sch 12 para 5: element for the third child.
    # £400.14 + 3 x £292.81 (£878.43) = £1,278.57.
    assert r.award == 127857


def test_single_non_consensual_conception_eldest_still_takes_a_place_2025():
    eldest = kid(2018, 1, 1, two_child_exception="non_consensual_conception")
    r = uc(single(age=28, children=(eldest, kid(2020, 1, 1), kid(2023, 1, 1))), AP_2025)
    # Only adopted and non-parental-care children are left out of the order
    # (reg 24B(2A)); this child is first, so the 2023 child is third and
    # gets no element.
    # £400.14 + 2 x £292.81 (£585.62) = £985.76.
    assert r.calculation.children_without_child_element == 1
    assert r.award == 98576


def test_single_third_child_continuation_of_exception_2023():
    third = kid(2022, 1, 1, two_child_exception="continuation")
    r = uc(single(age=33, children=(kid(2018, 1, 1), kid(2020, 1, 1), third)), AP_2023)
    # Sch 12 para 6 (exception carried over from an earlier award).
    # £368.74 + 3 x £269.58 (£808.74) = £1,177.48.
    assert r.award == 117748


# ---------------------------------------------------------------------------
# Disabled child addition (reg 24(2)), lower and higher.
# ---------------------------------------------------------------------------


def test_single_child_dla_mobility_lower_only_lower_addition_2023():
    # Born 1 January 2018: 5 by May 2023, the age the lower rate of DLA mobility needs (SSCBA 1992 s 73(1A));
    # born after 6 April 2017, so the child element is the later-born amount.
    r = uc(single(age=30, children=(kid(2018, 1, 1, dla_mobility="lower"),)), AP_2023)
    # Any DLA: lower rate addition.
    # £368.74 + £269.58 + £146.31 = £784.63.
    assert r.calculation.disabled_child_addition == 14631
    assert r.award == 78463


def test_single_qyp_pip_enhanced_daily_living_higher_addition_2026():
    r = uc(single(age=45, children=(kid(2009, 9, 1, pip_daily_living="enhanced"),)), AP_2026)
    # PIP daily living enhanced: higher rate addition.
    # £424.90 + first child (born 2009) £351.88 + £514.71 = £1,291.49.
    assert r.calculation.disabled_child_addition == 51471
    assert r.award == 129149


def test_single_blind_child_higher_addition_2024():
    r = uc(single(age=30, children=(kid(2020, 1, 1, blind=True),)), AP_2024)
    # Certified blind: higher rate addition.
    # £393.45 + £287.92 + £487.58 = £1,168.95.
    assert r.award == 116895


def test_couple_third_child_dla_highest_care_addition_without_child_element_2025():
    kids = (kid(2018, 1, 1), kid(2020, 1, 1), kid(2022, 1, 1, dla_care="highest"))
    r = uc(couple(Adult(age=34), Adult(age=32), children=kids), AP_2025)
    # Third child: no child element (limit), but the addition is still paid.
    # £628.10 + 2 x £292.81 (£585.62) + higher addition £495.87 = £1,709.59.
    assert r.calculation.children_without_child_element == 1
    assert r.calculation.disabled_child_addition == 49587
    assert r.award == 170959


def test_couple_third_child_dla_lowest_care_lower_addition_without_child_element_2023():
    kids = (kid(2018, 1, 1), kid(2019, 1, 1), kid(2021, 1, 1, dla_care="lowest"))
    r = uc(couple(Adult(age=30), Adult(age=30), children=kids), AP_2023)
    # £578.82 + 2 x £269.58 (£539.16) + lower addition £146.31 = £1,264.29.
    assert r.award == 126429


# ---------------------------------------------------------------------------
# LCW and LCWRA elements (regs 27, 28; UC Act 2025 from 6 April 2026).
# ---------------------------------------------------------------------------


def test_single_30_lcwra_2023():
    r = uc(single(age=30, lcwra=True), AP_2023)
    # £368.74 + LCWRA £390.06 = £758.80.
    assert r.calculation.lcwra_element == 39006
    assert r.award == 75880


def test_couple_both_lcwra_one_element_2024():
    r = uc(couple(Adult(age=50, lcwra=True), Adult(age=48, lcwra=True)), AP_2024)
    # reg 27(4): one element for the award.
    # £617.60 + £416.19 = £1,033.79.
    assert r.calculation.lcwra_element == 41619
    assert r.award == 103379


def test_single_35_lcwra_new_claimant_rate_2026():
    r = uc(single(age=35, lcwra=True), AP_2026)
    # Not a pre-2026 claimant, not SCC, not terminally ill: £217.26
    # (UC Act 2025 s 2). £424.90 + £217.26 = £642.16.
    assert r.calculation.lcwra_element == 21726
    assert r.award == 64216


def test_single_35_lcwra_pre_2026_claimant_protected_rate_2026():
    r = uc(single(age=35, lcwra=True, lcwra_protection="pre_2026_claimant"), AP_2026)
    # Protected amount £429.80. £424.90 + £429.80 = £854.70.
    assert r.calculation.lcwra_element == 42980
    assert r.award == 85470


def test_single_35_lcwra_severe_conditions_criteria_protected_rate_2026():
    r = uc(single(age=35, lcwra=True, lcwra_protection="severe_conditions_criteria"), AP_2026)
    # £424.90 + £429.80 = £854.70.
    assert r.award == 85470


def test_single_50_terminally_ill_earning_1000_2026():
    a = Adult(age=50, lcwra=True, lcwra_protection="terminally_ill", monthly_earnings=100000)
    r = uc(Household(adults=(a,)), AP_2026)
    # Max £424.90 + £429.80 = £854.70; LCW gives the work allowance £710.
    # Deduction 55% x (£1,000.00 - £710.00) = 55% x £290.00 = £159.50.
    # £854.70 - £159.50 = £695.20.
    assert r.calculation.work_allowance == 71000
    assert r.calculation.earnings_deduction == 15950
    assert r.award == 69520


def test_single_25_lcwra_earning_900_2026():
    a = Adult(age=25, lcwra=True, lcwra_protection="pre_2026_claimant", monthly_earnings=90000)
    r = uc(Household(adults=(a,)), AP_2026)
    # £424.90 + £429.80 = £854.70; 55% x (£900.00 - £710.00) = £104.50.
    # £854.70 - £104.50 = £750.20.
    assert r.award == 75020


def test_couple_both_lcwra_one_protected_higher_amount_2026():
    h = couple(Adult(age=40, lcwra=True), Adult(age=41, lcwra=True, lcwra_protection="pre_2026_claimant"))
    r = uc(h, AP_2026)
    # One element, the higher of £217.26 and £429.80 (UC Act 2025 Sch 1
    # para 3(c)). £666.97 + £429.80 = £1,096.77.
    assert r.calculation.lcwra_element == 42980
    assert r.award == 109677


def test_couple_both_lcwra_neither_protected_2026():
    r = uc(couple(Adult(age=40, lcwra=True), Adult(age=41, lcwra=True)), AP_2026)
    # £666.97 + £217.26 = £884.23.
    assert r.award == 88423


def test_single_lcwra_ap_begins_5_april_2026_one_rate_for_all():
    r = uc(single(age=35, lcwra=True), dt.date(2026, 4, 5))
    # Before the split: 2025/26 LCWRA £423.27 for everyone.
    # £400.14 + £423.27 = £823.41.
    assert r.award == 82341


def test_single_lcwra_ap_begins_6_april_2026_new_claimant_rate():
    r = uc(single(age=35, lcwra=True), dt.date(2026, 4, 6))
    # £424.90 + £217.26 = £642.16.
    assert r.award == 64216


def test_single_lcw_element_saved_2025():
    r = uc(single(age=30, lcw=True, lcw_element_saved=True), AP_2025)
    # Saved pre-3 April 2017 case: LCW element £158.76.
    # £400.14 + £158.76 = £558.90.
    assert r.calculation.lcw_element == 15876
    assert r.award == 55890


def test_single_lcw_element_saved_frozen_2026():
    r = uc(single(age=30, lcw=True, lcw_element_saved=True), AP_2026)
    # Frozen at £158.76 (UC Act 2025 s 3). £424.90 + £158.76 = £583.66.
    assert r.award == 58366


def test_single_lcw_without_element_work_allowance_only_earning_800_2025():
    r = uc(single(age=30, lcw=True, monthly_earnings=80000), AP_2025)
    # No LCW element (not a saved case), but LCW gives the work allowance.
    # 55% x (£800.00 - £684.00) = 55% x £116.00 = £63.80.
    # £400.14 - £63.80 = £336.34.
    assert r.calculation.lcw_element == 0
    assert r.calculation.work_allowance == 68400
    assert r.award == 33634


def test_couple_one_lcw_saved_other_lcwra_only_lcwra_2024():
    h = couple(Adult(age=44, lcw=True, lcw_element_saved=True), Adult(age=42, lcwra=True))
    r = uc(h, AP_2024)
    # One work capability element per award, the LCWRA element.
    # £617.60 + £416.19 = £1,033.79.
    assert r.calculation.lcw_element == 0
    assert r.award == 103379


def test_couple_under_25_lcwra_child_earning_1500_2023():
    h = couple(Adult(age=22, lcwra=True), Adult(age=23, monthly_earnings=150000), children=(kid(2022, 1, 1),))
    r = uc(h, AP_2023)
    # Max £458.51 + £269.58 + £390.06 = £1,118.15.
    # 55% x (£1,500.00 - £631.00) = 55% x £869.00 = £477.95.
    # £1,118.15 - £477.95 = £640.20.
    assert r.award == 64020


# ---------------------------------------------------------------------------
# Carer element (regs 29, 30).
# ---------------------------------------------------------------------------


def test_single_40_carer_with_carers_allowance_83_30_2025():
    r = uc(single(age=40, carer=True, carers_allowance_weekly=8330), AP_2025)
    # Max £400.14 + carer £201.68 = £601.82.
    # CA £83.30 x 52 / 12 = £4,331.60 / 12 = £360.9666... -> £360.97 (reg 6).
    # £601.82 - £360.97 = £240.85.
    assert r.calculation.carer_element == 20168
    assert r.calculation.unearned_income == 36097
    assert r.award == 24085


def test_single_40_carer_with_lcwra_no_carer_element_2024():
    r = uc(single(age=40, carer=True, lcwra=True), AP_2024)
    # reg 29(4): only the LCWRA element for the same claimant.
    # £393.45 + £416.19 = £809.64.
    assert r.calculation.carer_element == 0
    assert r.award == 80964


def test_single_40_carer_with_lcwra_new_claimant_2026():
    r = uc(single(age=40, carer=True, lcwra=True), AP_2026)
    # Still only the LCWRA element (£217.26, more than the carer £209.34).
    # £424.90 + £217.26 = £642.16.
    assert r.calculation.carer_element == 0
    assert r.award == 64216


def test_couple_two_carers_2023():
    r = uc(couple(Adult(age=50, carer=True), Adult(age=52, carer=True)), AP_2023)
    # Both care for different people: a carer element each (reg 29(2)).
    # £578.82 + 2 x £185.86 (£371.72) = £950.54.
    assert r.calculation.carer_element == 37172
    assert r.award == 95054


def test_couple_two_carers_both_on_carers_allowance_2026():
    h = couple(
        Adult(age=50, carer=True, carers_allowance_weekly=8645),
        Adult(age=52, carer=True, carers_allowance_weekly=8645),
    )
    r = uc(h, AP_2026)
    # Max £666.97 + 2 x £209.34 (£418.68) = £1,085.65.
    # Each CA £86.45 x 52 / 12 = £4,495.40 / 12 = £374.6166... -> £374.62;
    # two of them £749.24. £1,085.65 - £749.24 = £336.41.
    assert r.award == 33641


def test_couple_one_lcwra_other_carer_both_elements_2025():
    r = uc(couple(Adult(age=55, lcwra=True), Adult(age=53, carer=True)), AP_2025)
    # Different claimants, so reg 29(4) does not bite.
    # £628.10 + £423.27 + £201.68 = £1,253.05.
    assert r.award == 125305


def test_couple_both_lcwra_element_for_other_carer_gets_carer_element_2025():
    # reg 29(4) takes away the carer element only where "the LCWRA element
    # has not been included in respect of the other claimant"; here it is
    # included in respect of the other (adult 1).
    h = couple(Adult(age=55, lcwra=True), Adult(age=53, lcwra=True, lcwra_element_in_award=False, carer=True))
    r = uc(h, AP_2025)
    # £628.10 + £423.27 + £201.68 = £1,253.05.
    assert r.calculation.carer_element == 20168
    assert r.award == 125305


# ---------------------------------------------------------------------------
# Earnings, work allowance and taper (reg 22).
# ---------------------------------------------------------------------------


def test_single_30_no_work_allowance_earning_500_2023():
    r = uc(single(age=30, monthly_earnings=50000), AP_2023)
    # No child, no LCW: no work allowance. 55% x £500.00 = £275.00.
    # £368.74 - £275.00 = £93.74.
    assert r.calculation.work_allowance == 0
    assert r.award == 9374


def test_single_parent_work_allowance_earning_1200_2024():
    r = uc(single(age=30, monthly_earnings=120000, children=(kid(2019, 1, 1),)), AP_2024)
    # Max £393.45 + £287.92 = £681.37.
    # 55% x (£1,200.00 - £673.00) = 55% x £527.00 = £289.85.
    # £681.37 - £289.85 = £391.52.
    assert r.calculation.earnings_deduction == 28985
    assert r.award == 39152


def test_single_parent_earning_below_work_allowance_no_deduction_2025():
    r = uc(single(age=30, monthly_earnings=60000, children=(kid(2016, 1, 1),)), AP_2025)
    # £600.00 is below the £684.00 work allowance: no deduction.
    # £400.14 + £339.00 = £739.14.
    assert r.calculation.earnings_deduction == 0
    assert r.award == 73914


def test_single_24_taper_exact_half_penny_rounds_up_2026():
    r = uc(single(age=24, monthly_earnings=50010), AP_2026)
    # 55% x £500.10 = £275.055 -> £275.06 (half a penny rounds up, reg 6(1)).
    # £338.58 - £275.06 = £63.52.
    assert r.calculation.earnings_deduction == 27506
    assert r.award == 6352


def test_single_24_taper_fraction_under_half_penny_disregarded_2026():
    r = uc(single(age=24, monthly_earnings=50011), AP_2026)
    # 55% x £500.11 = £275.0605 -> £275.06 (under half a penny disregarded).
    # £338.58 - £275.06 = £63.52.
    assert r.calculation.earnings_deduction == 27506
    assert r.award == 6352


def test_couple_both_earning_one_work_allowance_2026():
    h = couple(
        Adult(age=30, monthly_earnings=80000),
        Adult(age=28, monthly_earnings=45000),
        children=(kid(2020, 1, 1),),
    )
    r = uc(h, AP_2026)
    # Max £666.97 + £303.94 = £970.91. Earnings together £1,250.00.
    # 55% x (£1,250.00 - £710.00) = 55% x £540.00 = £297.00.
    # £970.91 - £297.00 = £673.91.
    assert r.calculation.earned_income == 125000
    assert r.award == 67391


def test_single_parent_earning_3000_award_nil_2025():
    r = uc(single(age=30, monthly_earnings=300000, children=(kid(2016, 1, 1),)), AP_2025)
    # Max £739.14; 55% x (£3,000.00 - £684.00) = £1,273.80 > max: nil,
    # never negative.
    assert r.calculation.earnings_deduction == 127380
    assert r.award == 0


def test_single_30_unearned_income_above_maximum_award_nil_2026():
    r = uc(single(age=30, other_unearned_income_monthly=50000), AP_2026)
    # £424.90 - £500.00 < 0: nil.
    assert r.award == 0


# ---------------------------------------------------------------------------
# Unearned income (reg 66), weekly amounts x 52 / 12 (reg 73), each rounded.
# ---------------------------------------------------------------------------


def test_single_30_lcwra_new_style_esa_2025():
    r = uc(single(age=30, lcwra=True, new_style_esa_weekly=13975), AP_2025)
    # Max £400.14 + £423.27 = £823.41.
    # ESA £139.75 x 52 / 12 = £7,267.00 / 12 = £605.5833... -> £605.58.
    # £823.41 - £605.58 = £217.83.
    assert r.calculation.unearned_income == 60558
    assert r.award == 21783


def test_single_30_new_style_jsa_2024():
    r = uc(single(age=30, new_style_jsa_weekly=9050), AP_2024)
    # JSA £90.50 x 52 / 12 = £4,706.00 / 12 = £392.1666... -> £392.17.
    # £393.45 - £392.17 = £1.28.
    assert r.award == 128


def test_couple_esa_and_jsa_each_converted_separately_2026():
    h = couple(
        Adult(age=40, new_style_esa_weekly=9505),
        Adult(age=38, new_style_jsa_weekly=9202),
        children=(kid(2015, 1, 1), kid(2018, 1, 1)),
    )
    r = uc(h, AP_2026)
    # Max £666.97 + £351.88 + £303.94 = £1,322.79.
    # ESA £95.05 x 52 / 12 = £4,942.60 / 12 = £411.8833... -> £411.88.
    # JSA £92.02 x 52 / 12 = £4,785.04 / 12 = £398.7533... -> £398.75.
    # Unearned £810.63 (converting the £187.07 sum would give £810.6366 ->
    # £810.64: a penny more). £1,322.79 - £810.63 = £512.16.
    assert r.calculation.unearned_income == 81063
    assert r.award == 51216


def test_single_30_other_unearned_income_in_full_2023():
    r = uc(single(age=30, other_unearned_income_monthly=10000), AP_2023)
    # £368.74 - £100.00 = £268.74.
    assert r.award == 26874


# ---------------------------------------------------------------------------
# Capital (reg 18 upper limit, reg 72 tariff income).
# ---------------------------------------------------------------------------


def test_single_30_capital_6000_00_no_tariff_2026():
    r = uc(single(age=30, capital=600000), AP_2026)
    # Nothing above £6,000: no tariff income. £424.90.
    assert r.calculation.tariff_income == 0
    assert r.award == 42490


def test_single_30_capital_6000_01_one_tariff_slice_2026():
    r = uc(single(age=30, capital=600001), AP_2026)
    # 1p above £6,000 is "part of £250": £4.35. £424.90 - £4.35 = £420.55.
    assert r.calculation.tariff_income == 435
    assert r.award == 42055


def test_single_30_capital_6250_00_one_tariff_slice_2026():
    r = uc(single(age=30, capital=625000), AP_2026)
    # Exactly one £250 above £6,000: £4.35. £424.90 - £4.35 = £420.55.
    assert r.calculation.tariff_income == 435
    assert r.award == 42055


def test_single_30_capital_6250_01_two_tariff_slices_2026():
    r = uc(single(age=30, capital=625001), AP_2026)
    # £250.01 above: one £250 and a part: 2 x £4.35 = £8.70.
    # £424.90 - £8.70 = £416.20.
    assert r.calculation.tariff_income == 870
    assert r.award == 41620


def test_single_30_capital_16000_00_allowed_2026():
    r = uc(single(age=30, capital=1600000), AP_2026)
    # Not above the £16,000 limit. £10,000 above £6,000 = 40 x £250:
    # 40 x £4.35 = £174.00. £424.90 - £174.00 = £250.90.
    assert not r.calculation.capital_over_limit
    assert r.calculation.tariff_income == 17400
    assert r.award == 25090


def test_single_30_capital_16000_01_no_award_2026():
    r = uc(single(age=30, capital=1600001), AP_2026)
    # Above £16,000: no entitlement (reg 18(1)).
    assert r.calculation.capital_over_limit
    assert r.award == 0


def test_single_parent_capital_8000_earning_1000_2024():
    r = uc(single(age=30, monthly_earnings=100000, capital=800000, children=(kid(2019, 1, 1),)), AP_2024)
    # Max £393.45 + £287.92 = £681.37.
    # Tariff: £2,000 above £6,000 = 8 x £250 -> 8 x £4.35 = £34.80.
    # Earnings: 55% x (£1,000.00 - £673.00) = 55% x £327.00 = £179.85.
    # £681.37 - £34.80 - £179.85 = £466.72.
    assert r.calculation.tariff_income == 3480
    assert r.award == 46672


def test_couple_capital_16000_00_with_lcwra_and_child_2023():
    h = couple(Adult(age=40, lcwra=True), Adult(age=39), children=(kid(2016, 1, 1),), capital=1600000)
    r = uc(h, AP_2023)
    # Max £578.82 + £315.00 + £390.06 = £1,283.88; tariff £174.00.
    # £1,283.88 - £174.00 = £1,109.88.
    assert r.award == 110988


# ---------------------------------------------------------------------------
# Age 25 reached during the assessment period (SI 2013/381 Sch 1 para 20).
# ---------------------------------------------------------------------------


def test_single_turns_25_on_last_day_of_ap_gets_25_rate_for_whole_period_2026():
    # AP 15 May - 14 June 2026; 25th birthday 14 June 2026.
    r = uc(single(age=None, date_of_birth=dt.date(2001, 6, 14)), dt.date(2026, 5, 15))
    # The change takes effect from the first day of the period: £424.90.
    assert r.award == 42490


def test_single_turns_25_first_day_of_next_ap_under_25_rate_2026():
    # AP 15 May - 14 June 2026; 25th birthday 15 June 2026 (next period).
    r = uc(single(age=None, date_of_birth=dt.date(2001, 6, 15)), dt.date(2026, 5, 15))
    # Under 25 throughout this period: £338.58.
    assert r.award == 33858


def test_couple_one_turns_25_mid_ap_joint_25_rate_2025():
    # AP 1-31 May 2025; adult 1 turns 25 on 20 May 2025; adult 2 is 22.
    h = couple(Adult(date_of_birth=dt.date(2000, 5, 20)), Adult(date_of_birth=dt.date(2003, 1, 1)))
    r = uc(h, AP_2025)
    # Joint claimants, either 25 or over: £628.10.
    assert r.award == 62810


def test_single_turns_25_in_first_ap_of_2026_27():
    # AP 6 April - 5 May 2026; 25th birthday 20 April 2026.
    r = uc(single(age=None, date_of_birth=dt.date(2001, 4, 20), monthly_earnings=40000), dt.date(2026, 4, 6))
    # £424.90 - 55% x £400.00 (£220.00, no work allowance) = £204.90.
    assert r.award == 20490


# ---------------------------------------------------------------------------
# The caseload engine gives the same awards as the single-household API.
# ---------------------------------------------------------------------------


def test_caseload_of_worked_examples_2025_same_awards():
    households = [
        single(age=30, children=(kid(2015, 3, 10),)),  # £739.14 (above)
        couple(  # £1,709.59
            Adult(age=34),
            Adult(age=32),
            children=(kid(2018, 1, 1), kid(2020, 1, 1), kid(2022, 1, 1, dla_care="highest")),
        ),
        single(age=40, carer=True, carers_allowance_weekly=8330),  # £240.85
        single(age=30, lcw=True, monthly_earnings=80000),  # £336.34
        single(age=30, monthly_earnings=300000, children=(kid(2016, 1, 1),)),  # nil
        couple(  # £1,506.53
            Adult(age=38),
            Adult(age=36),
            children=(kid(2018, 1, 1, two_child_exception="adoption"), kid(2019, 6, 1), kid(2021, 6, 1)),
        ),
        single(age=30, lcwra=True, new_style_esa_weekly=13975),  # £217.83
    ]
    result = estimate_caseload(households, on=AP_2025)
    # The same hand-derived awards as the single-household tests above.
    assert list(np.asarray(result.award)) == [73914, 170959, 24085, 33634, 0, 150653, 21783]


def test_caseload_of_worked_examples_2026_capital_and_lcwra_same_awards():
    households = [
        single(age=30, capital=600000),  # £424.90
        single(age=30, capital=600001),  # £420.55
        single(age=30, capital=625001),  # £416.20
        single(age=30, capital=1600000),  # £250.90
        single(age=30, capital=1600001),  # nil
        single(age=35, lcwra=True),  # £642.16
        couple(  # £1,096.77
            Adult(age=40, lcwra=True),
            Adult(age=41, lcwra=True, lcwra_protection="pre_2026_claimant"),
        ),
        Household(  # £750.20
            adults=(Adult(age=25, lcwra=True, lcwra_protection="pre_2026_claimant", monthly_earnings=90000),)
        ),
    ]
    result = estimate_caseload(households, on=AP_2026)
    assert list(np.asarray(result.award)) == [42490, 42055, 41620, 25090, 0, 64216, 109677, 75020]


def test_caseload_rows_either_side_of_6_april_2026_same_awards():
    h = couple(Adult(age=35), Adult(age=33), children=_THREE_AFTER_2017)
    on = np.array(["2026-04-05", "2026-04-06"], dtype="datetime64[D]")
    result = estimate_caseload([h, h], on=on)
    # Row 1: 2025/26 rates with the two-child limit: £1,213.72; with Child
    # Benefit (£26.05 + 2 x £17.25 = £60.55 a week x 52 / 12 = £262.38) the
    # welfare benefits are £1,476.10, under the £1,835.00 cap.
    # Row 2: 2026/27 rates, no limit: £1,578.79, capped to £1,562.65 (see
    # the test above).
    assert list(np.asarray(result.award)) == [121372, 156265]


# -- carer element beside LCW/LCWRA: SI 2013/376 reg 29(4) ---------------------


def test_saved_lcw_element_and_carer_element_same_person_gives_carer_only_2025():
    # Single, 40, saved LCW case who is also a carer, AP from 01/05/2025.
    # Pre-2017 reg 29(4) (saved by SI 2017/204 Sch 2): only the carer element.
    # £400.14 standard allowance + £201.68 carer element = £601.82.
    h = Household(adults=(Adult(age=40, lcw=True, lcw_element_saved=True, carer=True),))
    c = estimate(h, on=dt.date(2025, 5, 1)).universal_credit.calculation
    assert c.lcw_element == 0
    assert c.carer_element == 20168
    assert c.award == 60182


def test_couple_both_lcwra_one_a_carer_keeps_carer_element_2025():
    # Joint, both 25+, both have LCWRA in the award; the second is a carer.
    # Reg 29(4): the one LCWRA element is included in respect of the first, so
    # the carer's element stands. £628.10 + £423.27 + £201.68 = £1,253.05.
    h = Household(adults=(Adult(age=45, lcwra=True), Adult(age=44, lcwra=True, carer=True)))
    assert estimate(h, on=dt.date(2025, 5, 1)).universal_credit.award == 125305


def test_couple_both_lcwra_both_carers_get_one_carer_element_2025():
    # Both carers (of different people) and both LCWRA: the LCWRA element is
    # included for one, whose carer element goes; the other keeps theirs.
    # £628.10 + £423.27 + £201.68 = £1,253.05.
    h = Household(adults=(Adult(age=45, lcwra=True, carer=True), Adult(age=44, lcwra=True, carer=True)))
    c = estimate(h, on=dt.date(2025, 5, 1)).universal_credit.calculation
    assert c.carer_elements == 1
    assert c.award == 125305


def test_carer_with_lcwra_in_relevant_period_gets_no_carer_element_2025():
    # Single carer found to have LCWRA, element not yet in the award (reg 28).
    # Reg 29(4) turns on *having* LCWRA: only the LCWRA element "may be
    # included", and it is not yet, so neither: £400.14 standard allowance.
    h = Household(adults=(Adult(age=40, lcwra=True, lcwra_element_in_award=False, carer=True),))
    c = estimate(h, on=dt.date(2025, 5, 1)).universal_credit.calculation
    assert (c.lcwra_element, c.carer_element, c.award) == (0, 0, 40014)


def test_twins_exception_does_not_depend_on_which_twin_is_marked_2025():
    # Found by the PolicyEngine cross-check. Children born 03/04/2014 and twins
    # born 22/11/2020; the caller marks the FIRST-listed twin as the multiple
    # birth exception. Sch 12 para 2(d) gives it to the twin who is not first
    # in the order, so the result must be the same as marking the other:
    # £339.00 + 2 x £292.81 = £924.62 (AP beginning 21/09/2025).
    kids = (
        Child(date_of_birth=dt.date(2014, 4, 3)),
        Child(date_of_birth=dt.date(2020, 11, 22), two_child_exception="multiple_birth"),
        Child(date_of_birth=dt.date(2020, 11, 22)),
    )
    c = estimate(Household(adults=(Adult(age=35),), children=kids), on=dt.date(2025, 9, 21)).universal_credit.calculation
    assert c.child_element == 92462
