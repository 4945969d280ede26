"""The benefit cap (SI 2013/376 Part 7), worked by hand, one household at a
time and through the caseload path (issue 21: each exemption and rounding
pinned by at least two independent tests).

Every expected figure is derived here from the regulations, with the
arithmetic in the comment; each test is run through :func:`estimate` and
through :func:`estimate_caseload` (the array path has its own code: the
earnings exemption looks its threshold up only for the rows that need it).

The law (read in the revised text of SI 2013/376, legislation.gov.uk):

- reg 79(1): the cap applies where the welfare benefits exceed the relevant
  amount, "unless regulation 82 or 83 applies"; reg 80A: the relevant amount
  is the annual limit / 12; reg 6(1): a fraction of a penny of a half or more
  is a penny; reg 81: UC is reduced by the excess.
- reg 82(1)(a): no cap where "the claimant's earned income or, if the
  claimant is a member of a couple, the couple's combined earned income, is
  equal to or exceeds" 16 hours at the national living wage x 52 / 12
  (rounded down to the pound, reg 6(1A)).
- reg 83(1)(a): no cap where "the claimant is receiving an employment and
  support allowance that includes the support component" ("claimant": each
  of joint claimants, Welfare Reform Act 2012 s 40); (k): "a claimant is
  entitled to guardian's allowance".

Rates, 2026/27 (assessment periods beginning on or after 6 April 2026), as
the sources recorded in rules/ give them: standard allowance single 25 or
over £424.90, joint either 25 or over £666.97 (SI 2026/113 reg 3(3)(a));
child element first child born before 6 April 2017 £351.88, other £303.94;
work allowance, lower, £427; Child Benefit £27.05 eldest, £17.90 other;
new-style ESA £95.55 + support component £50.35 a week (SI 2026/148
art 31(1)); benefit cap £22,020 / £25,323 (couple or with children, outside
/ in Greater London), £14,753 / £16,967 (single, no children) a year
(reg 80A(2)); earnings threshold 16 x £12.71 (national living wage from
1 April 2026) x 52 / 12 = £881.2266.. -> £881 (reg 82(1)(a), reg 6(1A)).
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Child, Household, estimate, estimate_caseload
from entitlements.household import Housing

AP_2026 = dt.date(2026, 5, 1)


def awards(*households: Household, on: dt.date = AP_2026) -> list[int]:
    """Each household's UC award, one at a time and as one caseload; the two
    paths must agree (and both are checked against the hand-worked value)."""
    alone = [estimate(h, on=on).universal_credit.award for h in households]
    together = estimate_caseload(list(households), on=on).award.tolist()
    assert alone == together
    return alone


# The capped couple: both 30, a girl born 1 Feb 2013 (13), a boy born 1 Mar
# 2015 (11) and a girl born 1 Jun 2017 (8), in a 3-bedroom social home at
# £190 a week, outside London, AP from 1 May 2026.
#   bedrooms (Sch 4 para 10): the couple 1, the two girls (same sex) 1, the
#   boy 1 = 3: no excess;
#   rent 190.00 x 52 / 12 = 823.333.. -> 823.33 (Sch 4 para 7, reg 6(1));
#   maximum = 666.97 + 351.88 + 303.94 + 303.94 + 823.33 = 2,450.06;
#   Child Benefit (27.05 + 17.90 + 17.90) x 52 / 12 = 62.85 x 52 / 12
#   = 272.35 exactly;
#   capped: welfare 2,450.06 + 272.35 = 2,722.41; cap 22,020 / 12
#   = 1,835.00; excess 887.41; award 2,450.06 - 887.41 = 1,562.65.
KIDS = (Child(date_of_birth=dt.date(2013, 2, 1), sex="female"), Child(date_of_birth=dt.date(2015, 3, 1), sex="male"),
        Child(date_of_birth=dt.date(2017, 6, 1), sex="female"))
HOME = Housing(tenure="social_rent", rent=19000, rent_period="week", bedrooms=3)


def couple(a1: Adult | None = None, a2: Adult | None = None, **kw) -> Household:
    return Household(adults=(a1 or Adult(age=30), a2 or Adult(age=30)), children=KIDS, housing=HOME, **kw)


def test_capped_couple_with_three_children_2026():
    # As worked above: 1,562.65.
    assert awards(couple()) == [156265]


# -- reg 83(1)(a): the ESA support component, for either joint claimant ------------------


def test_second_joint_claimant_on_esa_with_the_support_component_is_not_capped_2026():
    # Mutant that survived before (issue 21): the exemption tested for the
    # first claimant only. The second claimant gets new-style ESA £95.55 +
    # £50.35 = £145.90 a week: x 52 / 12 = 632.2333.. -> 632.23 unearned
    # income (reg 66(1)(b), 73). UC 2,450.06 - 632.23 = 1,817.83, not capped
    # (reg 83(1)(a)). Capped it would be: welfare 1,817.83 + 272.35 + 632.23
    # = 2,722.41, excess 887.41, award 930.42.
    esa = Adult(age=30, new_style_esa_weekly=14590, esa_support_component=True)
    assert awards(couple(a2=esa)) == [181783]


def test_first_joint_claimant_on_esa_with_the_support_component_is_not_capped_2026():
    # The same ESA for the first claimant: 1,817.83, not capped.
    esa = Adult(age=30, new_style_esa_weekly=14590, esa_support_component=True)
    assert awards(couple(a1=esa)) == [181783]


def test_esa_without_the_support_component_does_not_exempt_2026():
    # New-style ESA main phase alone, £95.55 a week: x 52 / 12 = 414.05;
    # UC 2,450.06 - 414.05 = 2,036.01; welfare 2,036.01 + 272.35 + 414.05
    # = 2,722.41; excess 887.41; award 2,036.01 - 887.41 = 1,148.60.
    esa = Adult(age=30, new_style_esa_weekly=9555)
    assert awards(couple(a2=esa)) == [114860]


# -- reg 82(1)(a): the couple's combined earnings ---------------------------------------


def test_couple_whose_combined_earnings_reach_881_00_is_not_capped_2026():
    # £500.00 + £381.00 = £881.00 >= £881 (reg 82(1)(a): "the couple's
    # combined earned income ... is equal to or exceeds"). Work allowance
    # (responsible for a child, housing costs element): lower, £427;
    # 55% x (881.00 - 427.00) = 249.70; award 2,450.06 - 249.70 = 2,200.36.
    h = couple(Adult(age=30, monthly_earnings=50000), Adult(age=30, monthly_earnings=38100))
    assert awards(h) == [220036]


def test_couple_whose_combined_earnings_are_880_99_is_capped_2026():
    # £500.00 + £380.99 = £880.99 < £881: 55% x 453.99 = 249.6945 -> 249.69;
    # before the cap 2,200.37; welfare + 272.35 = 2,472.72; excess 637.72;
    # award 2,200.37 - 637.72 = 1,562.65 (the capped award, as without earnings).
    h = couple(Adult(age=30, monthly_earnings=50000), Adult(age=30, monthly_earnings=38099))
    assert awards(h) == [156265]


def test_single_parent_earning_exactly_the_threshold_is_not_capped_2026():
    # A single parent aged 30 with the same three children and home:
    # 424.90 + 351.88 + 303.94 + 303.94 + 823.33 = 2,207.99; earnings £881.00
    # = the threshold: not capped; 55% x (881.00 - 427.00) = 249.70;
    # award 2,207.99 - 249.70 = 1,958.29. At £880.00 (below): 55% x 453.00
    # = 249.15; before the cap 1,958.84; welfare + 272.35 = 2,231.19;
    # excess 396.19; award 1,562.65.
    def parent(earnings):
        return Household(adults=(Adult(age=30, monthly_earnings=earnings),), children=KIDS, housing=HOME)

    assert awards(parent(88100), parent(88000)) == [195829, 156265]


# -- reg 83(1)(k): Guardian's Allowance ---------------------------------------------------


def test_guardians_allowance_exempts_the_capped_couple_2026():
    # Not capped: the maximum amount, 2,450.06 (Guardian's Allowance is not
    # unearned income for UC: it is not in reg 66(1)).
    assert awards(couple(guardians_allowance=True)) == [245006]


def test_guardians_allowance_exempts_a_single_carer_of_two_children_in_london_2026():
    # A grandmother aged 58 caring for two orphaned grandsons born 1 Jan 2014
    # and 1 Jan 2016 (12 and 10: same sex, they share), private rent £2,200 a
    # month in Greater London, LHA (2 bedrooms) given as £2,000.00.
    # Maximum: 424.90 + 351.88 + 303.94 + 2,000.00 = 3,080.72: not capped
    # (reg 83(1)(k)). Without the exemption: Child Benefit (27.05 + 17.90)
    # x 52 / 12 = 194.7833.. -> 194.78; welfare 3,275.50; cap 25,323 / 12
    # = 2,110.25; excess 1,165.25; award 1,915.47.
    boys = (Child(date_of_birth=dt.date(2014, 1, 1), sex="male"), Child(date_of_birth=dt.date(2016, 1, 1), sex="male"))
    home = Housing(tenure="private_rent", rent=220000, lha_rate=200000)
    gran = Household(adults=(Adult(age=58),), children=boys, housing=home, greater_london=True)
    exempt = Household(adults=(Adult(age=58),), children=boys, housing=home, greater_london=True, guardians_allowance=True)
    assert awards(gran, exempt) == [191547, 308072]


# -- reg 80A and reg 6(1): Greater London, single, £16,967 / 12 ---------------------------------


def test_greater_london_single_cap_rounds_1413_9166_up_to_1413_92_2026():
    # Single, 40, private rent £1,500 a month, LHA (1 bedroom) given £1,450.00:
    # maximum 424.90 + 1,450.00 = 1,874.90; cap 16,967 / 12 = 1,413.91666..
    # -> 1,413.92 (a fraction of a penny of a half or more is a penny);
    # excess 460.98; award 1,874.90 - 460.98 = 1,413.92 (rounded down it
    # would be 1,413.91).
    h = Household(adults=(Adult(age=40),), housing=Housing(tenure="private_rent", rent=150000, lha_rate=145000),
                  greater_london=True)
    assert awards(h) == [141392]
    assert estimate(h, on=AP_2026).universal_credit.calculation.benefit_cap == 141392


def test_greater_london_single_earning_200_social_rent_capped_at_1413_92_2026():
    # Single, 35, earning £200.00 (below £881; no work allowance: no child, no
    # LCW), social rent £1,250 a month, 1 bedroom: 55% x 200.00 = 110.00;
    # before the cap 424.90 + 1,250.00 - 110.00 = 1,564.90; excess over
    # 1,413.92 is 150.98; award 1,413.92. Outside London the single cap is
    # 14,753 / 12 = 1,229.4166.. -> 1,229.42, and the award 1,229.42.
    def single(london):
        return Household(adults=(Adult(age=35, monthly_earnings=20000),),
                         housing=Housing(tenure="social_rent", rent=125000, bedrooms=1), greater_london=london)

    assert awards(single(True), single(False)) == [141392, 122942]
