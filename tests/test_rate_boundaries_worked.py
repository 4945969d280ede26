"""Rates, thresholds and dates on their boundaries, worked by hand (issue 21:
the survivors of the mutation samples of 4 December 2026, each named in a
comment). Figures are those the rows of rules/ cite (the Up-rating Orders,
the council tax reduction amending regulations, the Scottish Rate
Resolutions); each test takes a value exactly at a threshold, or a day
either side of the date a row starts, so that a penny or a day out fails.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Adult, Child, Household, InputError, estimate
from entitlements.benefits import council_tax_reduction as ctr
from entitlements.benefits.backdating import earliest_backdated_date
from entitlements.benefits.council_tax_areas import financial_year
from entitlements.benefits.hb_applicable_amount import (
    ApplicableAmountFacts,
    pension_age_applicable_amount,
    working_age_applicable_amount,
)
from entitlements.benefits.health_costs import low_income_scheme
from entitlements.benefits.net_earnings import monthly_income_tax, tax_code_number
from entitlements.benefits.pension_age import has_reached_state_pension_age
from entitlements.tables import default_tables

T = default_tables()
D = dt.date

# -- Council Tax Reduction, pension age --------------------------------------------------------


def test_england_non_dependant_earning_exactly_256_in_2024_pays_the_lower_working_rate():
    # SI 2012/2885 Sch 1 para 8(2) as amended by SI 2024/29 reg 5(2): in
    # remunerative work with gross income "£256.00 or more" (and under £445):
    # £10.05; below £256.00: the para 8(1)(b) amount, £4.90.
    # Mutant killed: the threshold moved to £255.99.
    on = D(2024, 6, 3)
    assert ctr.non_dependant_deduction(25600, True, on=on, tables=T) == 1005
    assert ctr.non_dependant_deduction(25599, True, on=on, tables=T) == 490


def test_wales_non_dependant_earning_exactly_266_in_2025_pays_the_lower_working_rate():
    # WSI 2013/3029 Sch 1 para 3(2) as amended by WSI 2025/59 reg 5(b): £266
    # or more (under £463): £12.45; below: £6.25.
    # Mutant killed: the threshold moved to £266.01.
    on = D(2025, 6, 2)
    assert ctr.non_dependant_deduction(26600, True, on=on, tables=T, scheme="wales_pension") == 1245
    assert ctr.non_dependant_deduction(26599, True, on=on, tables=T, scheme="wales_pension") == 625


def test_england_2026_27_thresholds_and_allowances_start_on_1_april_2026():
    # A non-dependant in work on £270: on 31 March 2026 (2025-26: £266 to
    # £463) £10.20; on 1 April 2026 (2026-27, SI 2026/27: under £279) £5.20.
    # The single personal allowance: £227.10, then £238.00 (SI 2026/27 reg 6(2)).
    # Mutants killed: the 2026 rows starting a day early.
    assert ctr.non_dependant_deduction(27000, True, on=D(2026, 3, 31), tables=T) == 1020
    assert ctr.non_dependant_deduction(27000, True, on=D(2026, 4, 1), tables=T) == 520
    assert ctr.applicable_amount(False, on=D(2026, 3, 31), tables=T) == 22710
    assert ctr.applicable_amount(False, on=D(2026, 4, 1), tables=T) == 23800


def test_scotland_child_amount_and_disabled_child_premium_by_year():
    # SSI 2012/319 Sch 1 paras 1, 3 and 13 (SSI 2025/24 reg 5 gives the
    # 2024-25 figures it replaces). A single pensioner with one disabled child:
    # on 31 March 2025 (2024-25): £235.20 + child £104.05 + family premium
    # £19.15 + disabled child premium £80.01 = £438.41; on 1 April 2025
    # (2025-26): £244.40 + £105.85 + £19.48 + £81.37 = £451.10.
    # Mutants killed: the 2025 child amount from 31 March (£440.21); the 2024
    # disabled child premium a penny out (£438.42). The family premium is the
    # transitional one (SSI 2012/319 reg 20(e), SSI 2016/81 reg 2): said here;
    # without it (the default) £419.26 and £431.62.
    got = [ctr.applicable_amount(False, on=d, tables=T, scheme="scotland_pension", children=1, disabled_children=1,
                                 transitional_family_premium=True)
           for d in (D(2025, 3, 31), D(2025, 4, 1))]
    assert got == [43841, 45110]
    got = [ctr.applicable_amount(False, on=d, tables=T, scheme="scotland_pension", children=1, disabled_children=1)
           for d in (D(2025, 3, 31), D(2025, 4, 1))]
    assert got == [41926, 43162]


def test_scotland_and_wales_tariff_income_steps_of_500_above_10000():
    # £1 a week for each £500, or part of £500, above £10,000 (SSI 2012/319;
    # WSI 2013/3029 Sch 1; both rows marked unverified in rules/, as their
    # sources say): £10,500.00 is exactly one step, £1; £10,000.01 is part of
    # one, £1; £10,000.00 is nothing.
    # Mutants killed: the step £499.99 (£10,500 would be two steps); the
    # lower limit £10,000.01.
    on = D(2025, 6, 2)
    for scheme in ("scotland_pension", "wales_pension"):
        got = [ctr.tariff_income(c, on=on, tables=T, scheme=scheme) for c in (1_050_000, 1_000_001, 1_000_000)]
        assert got == [100, 100, 0], scheme


def test_wales_working_age_non_dependant_not_in_work_2024():
    # WSI 2013/3029 Sch 6 para 5(1)(b) as in force for 2024-25: £5.80 (and
    # £6.25 from 1 April 2025, WSI 2025/59 reg 8). Mutant killed: £5.79.
    assert ctr.non_dependant_deduction(0, False, on=D(2024, 6, 3), tables=T, scheme="wales_working_age") == 580
    assert ctr.non_dependant_deduction(0, False, on=D(2025, 6, 2), tables=T, scheme="wales_working_age") == 625


# -- Housing Benefit premiums ---------------------------------------------------------------------


def test_housing_benefit_disabled_child_premium_by_benefit_week():
    # SI 2006/213 Sch 3 para 20(7): £74.69 from the week beginning 3 April
    # 2023 (SI 2023/316 Sch 5); £80.01 from 1 April 2024 (SI 2024/242);
    # £81.37 from 7 April 2025 (SI 2025/295). Sunday 6 April 2025 is in the
    # benefit week beginning Monday 31 March: still £80.01.
    # Mutants killed: £74.70; the 2025 row from 6 April.
    facts = ApplicableAmountFacts(children=1, disabled_children=1)
    got = [working_age_applicable_amount(False, 30, facts=facts, on=d, tables=T).disabled_child_premium
           for d in (D(2023, 6, 5), D(2025, 4, 6), D(2025, 4, 7))]
    assert got == [7469, 8001, 8137]


def test_housing_benefit_enhanced_disability_premium_single_and_couple_2024():
    # SI 2006/213 Sch 3 para 20(9) (SI 2024/242 Sch 5): single £20.85, couple
    # £29.75. Mutant killed: single £20.84.
    facts = ApplicableAmountFacts(enhanced_disability_premium=True)
    on = D(2024, 6, 3)
    assert working_age_applicable_amount(False, 30, facts=facts, on=on, tables=T).enhanced_disability_premium == 2085
    assert working_age_applicable_amount(True, 30, 30, facts=facts, on=on, tables=T).enhanced_disability_premium == 2975


def test_a_partners_fact_counts_for_nothing_without_a_partner():
    # The severe disability premium (SI 2006/214 Sch 3 para 6): a single
    # pensioner on a qualifying benefit, living alone, no one paid to care for
    # her: the single amount (£82.90 in 2025-26). "Someone paid to care for
    # the partner" cannot be true without a partner and changes nothing.
    # (Masking the partner's carer for a single claimant is belt and braces:
    # the single amount of means_test.severe_disability_amount never reads it.)
    on = D(2025, 6, 2)
    alone = ApplicableAmountFacts(qualifying_benefit1=True)
    spurious = ApplicableAmountFacts(qualifying_benefit1=True, carer_paid_for2=True, qualifying_benefit2=True)
    a = pension_age_applicable_amount(False, False, alone, on=on, tables=T).severe_disability_premium
    b = pension_age_applicable_amount(False, False, spurious, on=on, tables=T).severe_disability_premium
    assert (a, b) == (8290, 8290)


# -- Universal Credit -----------------------------------------------------------------------------


def test_saved_lcw_element_2024_25_rate_from_the_ap_beginning_8_april_2024():
    # A saved LCW case (SI 2017/204 Sch 2 paras 7-9), single, 40, no income.
    # AP beginning 8 April 2024: £393.45 + LCW element £156.11 (SI 2024/242
    # art 32(2), Sch 13) = £549.56; AP beginning 7 April 2024: the 2023-24
    # amounts, £368.74 + £146.31 = £515.05. Mutant killed: the 2024 row from
    # 9 April.
    h = Household(adults=(Adult(age=40, lcw=True, lcw_element_saved=True),))
    got = [estimate(h, on=d).universal_credit.calculation for d in (D(2024, 4, 8), D(2024, 4, 7))]
    assert [(c.lcw_element, c.award) for c in got] == [(15611, 54956), (14631, 51505)]


def test_couple_where_the_working_partner_is_the_second_and_the_first_has_lcw_gets_childcare_2025():
    # SI 2013/376 reg 32(1)(b): a couple meet the work condition where one is
    # in paid work and the other has limited capability for work. Here the
    # second earns £1,500.00 and the first has LCW (no LCWRA): childcare
    # 85% x 400.00 = 340.00; maximum 628.10 + 292.81 + 340.00 = 1,260.91 (no
    # LCW element: not a saved case); work allowance (LCW and a child, no
    # housing) higher £684; 55% x (1,500 - 684) = 448.80; award 812.11.
    # Mutant killed: the first claimant's LCW not counted as the other's excuse.
    h = Household(adults=(Adult(age=30, lcw=True), Adult(age=30, monthly_earnings=150000)),
                  children=(Child(date_of_birth=D(2021, 1, 1)),), childcare_costs_monthly=40000, childcare_children=1)
    c = estimate(h, on=D(2025, 5, 1)).universal_credit.calculation
    assert (c.childcare_costs_element, c.award) == (34000, 81211)


# -- the household total: Carer's Allowance and the High Income Child Benefit Charge -----------


def test_carer_earning_exactly_the_196_limit_keeps_carers_allowance_2025():
    # SI 1976/409 reg 8(1) (SI 2025/352 reg 4: £196): CA is not payable where
    # earnings "exceed" £196 a week. £849.33 a month x 12 / 52 = 195.9992..
    # -> 196.00 (taken up to the penny): not more than £196: CA £83.30.
    # £849.34 x 12 / 52 = 196.0015.. -> 196.01: over: nil.
    # Mutant killed: "exceeds" read as "reaches".
    def ca(monthly):
        h = Household(adults=(Adult(age=40, carer=True, claims_carers_allowance=True, monthly_earnings=monthly),))
        return estimate(h, on=D(2025, 5, 1)).benefits.carers_allowance[0]

    assert (ca(84933), ca(84934)) == (8330, 0)


def test_high_income_child_benefit_charge_on_70000_in_the_household_total_2026():
    # ITEPA 2003 s 681C: one child; the Child Benefit weeks beginning in
    # 2026-27 (6 April 2026 to 5 April 2027, both Mondays): 53 x £27.05
    # = £1,433.65 -> £1,433; (£70,000 - £60,000) / £200 = 50%; charge
    # 50% x £1,433 = £716.50 -> £716.
    # Mutant killed: the adjusted net income floored the wrong way (no charge).
    h = Household(adults=(Adult(age=40),), children=(Child(date_of_birth=D(2019, 1, 1)),),
                  adjusted_net_income_annual=7_000_000)
    assert estimate(h, on=D(2026, 5, 1)).benefits.high_income_child_benefit_charge == 71600


# -- income tax on gross pay ---------------------------------------------------------------------


def test_scottish_tax_on_a_payday_of_6_april_2024_uses_the_2024_25_bands():
    # Taxable pay £451 a month (annual £5,412). 2024-25 (Scottish Rate
    # Resolution 2024-25: starter to £2,306): 19% x 2,306 = 438.14 + 20% x
    # 3,106 = 621.20; 1,059.34 / 12 = 88.278.. -> £88.27. 2023-24 (starter to
    # £2,162): 410.78 + 650.00 = 1,060.78 / 12 = 88.398.. -> £88.39.
    # Mutant killed: the 2024 bands from 7 April.
    got = [monthly_income_tax(45100, on=d, scottish=True, tables=T) for d in (D(2024, 4, 6), D(2024, 4, 5))]
    assert got == [8827, 8839]


def test_additional_rate_tax_on_a_month_of_10951_taxable_2025_and_2026():
    # Rest of the UK 2025-26 (ITA 2007 s 10): annualised £131,412: 20% x
    # 37,700 = 7,540.00; 40% x (125,140 - 37,700) = 34,976.00; 45% x
    # (131,412 - 125,140) = 2,822.40; 45,338.40 / 12 = £3,778.20.
    # The same in 2026-27 (Finance Act 2026 ss 1-2: the same rates; the bands
    # frozen). Mutant killed: the additional rate 44% (£3,772.97).
    assert monthly_income_tax(1095100, on=D(2025, 5, 1), scottish=False, tables=T) == 377820
    assert monthly_income_tax(1095100, on=D(2026, 5, 1), scottish=False, tables=T) == 377820


def test_a_personal_allowance_of_one_pound_is_tax_code_1():
    # HMRC PAYE Manual PAYE11065: an allowance of £1 to £9 gives code 1;
    # below £1, code 0. Mutant killed: £1.00 itself given code 0.
    assert [tax_code_number(p) for p in (100, 99, 999, 1000)] == [1, 0, 1, 1]


# -- dates: financial years, backdating, State Pension age --------------------------------------------


def test_a_day_in_april_is_in_the_financial_year_that_starts_that_april():
    # Council tax years run 1 April to 31 March (LGFA 1992 s 1): 1 April and
    # 15 April 2026 are in 2026-27, 31 March 2026 in 2025-26.
    # Mutant killed: April counted in the year before.
    assert [financial_year(d) for d in (D(2026, 4, 1), D(2026, 4, 15), D(2026, 3, 31))] == ["2026-27", "2026-27", "2025-26"]


@pytest.mark.parametrize("benefit", ["universal_credit", "housing_benefit_working_age", "jobseekers_allowance"])
def test_no_backdating_without_a_reason_starts_on_the_claim_date(benefit):
    # Universal Credit without a reason (SI 2013/380 reg 26: no backdating
    # unless a listed reason applies), working-age HB and JSA likewise: the
    # earliest date is the date of claim itself. (A day added to a period of
    # nothing counted "beginning with" the claim is an equivalent mutant with
    # the shipped tables: each benefit counted that way has three months.)
    assert earliest_backdated_date(benefit, False, on=D(2026, 5, 15), tables=T) == D(2026, 5, 15)


def test_state_pension_age_of_a_scheduled_cohort_is_answered_in_2044():
    # Born 1 January 1970: pensionable age 67 (Pensions Act 2014 s 26),
    # reached 1 January 2037, so reached by 6 April 2044. The "not before
    # 6 April 2044" rule for those born after the schedule's last cohort
    # (5 April 1977) does not touch anyone inside it. Mutant killed: that
    # rule applied to every cohort (an error instead of an answer).
    assert has_reached_state_pension_age(D(1970, 1, 1), D(2044, 4, 6)) is True
    assert has_reached_state_pension_age(D(1977, 4, 5), D(2044, 4, 6)) is True


def test_an_amount_over_a_billion_pounds_is_refused_by_name():
    # Nothing silently becomes a figure: a weekly income of £1,000,000,000.01
    # is not an income the NHS Low Income Scheme can weigh. Mutant killed:
    # the upper bound of an amount in pence dropped.
    with pytest.raises(InputError, match="income"):
        low_income_scheme(100_000_000_001, 20000, 0, on=D(2026, 6, 1), tables=T)
    assert low_income_scheme(np.int64(0), 20000, 0, on=D(2026, 6, 1), tables=T)[0] is not None


@pytest.mark.parametrize("couple, premiums, amount_2024, amount_2025", [
    # SI 2012/2885 Sch 2 paras 1 and Part 4 (personal allowance, pensionable age reached after March 2021,
    # and premiums): 2024-25 from SI 2024/29 reg 6(2), (5); 2025-26 from SI 2025/39 reg 6(2), (8)(b).
    # Single, severe disability premium: 218.15 + 81.50 = 299.65; 227.10 + 82.90 = 310.00.
    (False, dict(severe_disability=1), 29965, 31000),
    # Couple, both severely disabled (the double rate): 332.95 + 163.00 = 495.95; 346.60 + 165.80 = 512.40.
    (True, dict(severe_disability=2), 49595, 51240),
    # Single carer: 218.15 + 45.60 = 263.75; 227.10 + 46.40 = 273.50.
    (False, dict(carers=1), 26375, 27350),
])
def test_england_pension_age_ctr_premiums_on_31_march_and_1_april_2025(couple, premiums, amount_2024, amount_2025):
    # England's pension-age scheme changes on 1 April (the financial year). Issue 21, mutation sample 6: the
    # 2024-25 severe disability premium moved by a penny (£81.51) passed every test.
    got = [ctr.applicable_amount(couple, on=d, tables=T, scheme="england", **premiums)
           for d in (dt.date(2025, 3, 31), dt.date(2025, 4, 1))]
    assert got == [amount_2024, amount_2025]
