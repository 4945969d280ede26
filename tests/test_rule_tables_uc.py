"""Data checks on the shipped Universal Credit rule tables (rules/uc/*.toml).

Each test pins a few values, in pence (or percent, years, counts, dates), on
dates either side of a change, so that an edited or mistyped table is caught.
The values and their sources are in the tables and in
briefs/verify_uc_report.md; these tests only hold them still.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from entitlements.errors import NoRowInForce
from entitlements.tables import Tables

D = dt.date


@pytest.fixture(scope="module")
def tables() -> Tables:
    return Tables.load()


# -- amounts in the reg 36 table ---------------------------------------------


def test_standard_allowance_each_year(tables):
    at = lambda on, key: tables.at("uc.standard_allowance", on, key)  # noqa: E731
    assert at(D(2023, 4, 10), "single_25_or_over") == 36874
    assert at(D(2024, 4, 7), "single_25_or_over") == 36874  # AP starting the day before uprating
    assert at(D(2024, 4, 8), "joint_either_25_or_over") == 61760
    assert at(D(2025, 4, 7), "single_under_25") == 31698
    assert at(D(2026, 4, 6), "single_under_25") == 33858
    assert at(D(2026, 4, 6), "joint_either_25_or_over") == 66697


def test_standard_allowance_age_is_25(tables):
    assert tables.at("uc.standard_allowance_age", D(2026, 4, 6)) == 25


def test_child_element_each_year(tables):
    at = lambda on, key: tables.at("uc.child_element", on, key)  # noqa: E731
    assert at(D(2023, 4, 10), "first_child_born_before_6_april_2017") == 31500
    assert at(D(2024, 4, 8), "each_other_child") == 28792
    assert at(D(2025, 4, 7), "each_other_child") == 29281
    assert at(D(2026, 4, 6), "each_other_child") == 30394


def test_disabled_child_addition_each_year(tables):
    assert tables.at("uc.disabled_child_addition", D(2023, 4, 10), "higher") == 45689
    assert tables.at("uc.disabled_child_addition", D(2024, 4, 8), "higher") == 48758
    assert tables.at("uc.disabled_child_addition", D(2026, 4, 6), "lower") == 16479


def test_lcw_element_frozen_in_2026(tables):
    assert tables.at("uc.lcw_element", D(2023, 4, 10)) == 14631
    assert tables.at("uc.lcw_element", D(2025, 4, 7)) == 15876
    assert tables.at("uc.lcw_element", D(2026, 4, 6)) == 15876  # UC Act 2025 s 3 freeze


def test_lcwra_element_splits_in_2026(tables):
    assert tables.at("uc.lcwra_element", D(2025, 4, 7)) == {"protected": 42327, "new_claimant": 42327}
    assert tables.at("uc.lcwra_element", D(2026, 4, 5)) == {"protected": 42327, "new_claimant": 42327}
    assert tables.at("uc.lcwra_element", D(2026, 4, 6)) == {"protected": 42980, "new_claimant": 21726}


def test_carer_element_each_year(tables):
    assert [tables.at("uc.carer_element", d) for d in (D(2023, 4, 10), D(2024, 4, 8), D(2025, 4, 7), D(2026, 4, 6))] == [
        18586,
        19831,
        20168,
        20934,
    ]


# -- earnings ----------------------------------------------------------------


def test_work_allowance_each_year(tables):
    assert tables.at("uc.work_allowance", D(2023, 4, 10)) == {"higher": 63100, "lower": 37900}
    assert tables.at("uc.work_allowance", D(2024, 4, 8)) == {"higher": 67300, "lower": 40400}
    assert tables.at("uc.work_allowance", D(2025, 4, 7)) == {"higher": 68400, "lower": 41100}
    assert tables.at("uc.work_allowance", D(2026, 4, 6)) == {"higher": 71000, "lower": 42700}


def test_taper_55_from_assessment_periods_ending_on_24_november_2021(tables):
    # SI 2021/1283 reg 1(2): APs ending on or after 24 Nov 2021, i.e. beginning on or after 25 Oct 2021.
    assert tables.at("uc.taper", D(2021, 10, 25)) == Fraction(55)
    assert tables.at("uc.taper", D(2026, 4, 6)) == Fraction(55)
    with pytest.raises(NoRowInForce):
        tables.at("uc.taper", D(2021, 10, 24))


# -- capital -----------------------------------------------------------------


def test_capital_limits_and_tariff_income(tables):
    assert tables.at("uc.capital_limits", D(2026, 4, 6)) == {"lower": 600000, "upper": 1600000}
    assert tables.at("uc.tariff_income", D(2026, 4, 6)) == 435
    assert tables.at("uc.tariff_income_step", D(2026, 4, 6)) == 25000


# -- children ----------------------------------------------------------------


def test_child_birth_cutoff_is_6_april_2017(tables):
    assert tables.at("uc.child_birth_cutoff", D(2026, 4, 6)) == D(2017, 4, 6)


def test_two_child_limit_removed_from_6_april_2026(tables):
    assert tables.at("uc.two_child_limit", D(2026, 4, 5)) == 2
    assert tables.at("uc.two_child_limit", D(2026, 4, 6)) == 0


def test_childcare_percent_is_85(tables):
    assert tables.at("uc.childcare_percent", D(2023, 4, 10)) == Fraction(85)


def test_childcare_cap_rises_on_28_june_2023_and_each_april(tables):
    at = lambda on, key: tables.at("uc.childcare_cap", on, key)  # noqa: E731
    assert at(D(2023, 6, 27), "one_child") == 64635
    assert at(D(2023, 6, 27), "two_or_more_children") == 110804
    assert at(D(2023, 6, 28), "one_child") == 95092
    assert at(D(2023, 6, 28), "two_or_more_children") == 163015
    assert at(D(2024, 4, 8), "one_child") == 101463
    assert at(D(2025, 4, 7), "two_or_more_children") == 176894
    assert at(D(2026, 4, 6), "one_child") == 107109


# -- housing -----------------------------------------------------------------


def test_housing_cost_contribution_each_year(tables):
    assert [tables.at("uc.housing_cost_contribution", d) for d in (D(2023, 4, 10), D(2024, 4, 8), D(2025, 4, 7), D(2026, 4, 6))] == [
        8573,
        9147,
        9302,
        9655,
    ]


def test_under_occupancy_percentages(tables):
    assert tables.at("uc.under_occupancy", D(2026, 4, 6)) == {
        "one_excess_bedroom": Fraction(14),
        "two_or_more_excess_bedrooms": Fraction(25),
    }


def test_private_rented_size_limits(tables):
    assert tables.at("uc.shared_accommodation_age", D(2026, 4, 6)) == 35
    assert tables.at("uc.max_bedrooms_lha", D(2026, 4, 6)) == 4


# -- benefit cap -------------------------------------------------------------


def test_benefit_cap_annual_limits_frozen_since_april_2023(tables):
    expected = {
        "greater_london_couple_or_with_children": 2532300,
        "greater_london_single_no_children": 1696700,
        "outside_london_couple_or_with_children": 2202000,
        "outside_london_single_no_children": 1475300,
    }
    assert tables.at("uc.benefit_cap", D(2023, 4, 10)) == expected
    assert tables.at("uc.benefit_cap", D(2026, 4, 6)) == expected
    with pytest.raises(NoRowInForce):  # SI 2023/335 reg 1(3): APs beginning on or after 10 April 2023
        tables.at("uc.benefit_cap", D(2023, 4, 9))


def test_national_living_wage_changes_on_1_april(tables):
    assert tables.at("uc.national_living_wage", D(2024, 3, 31)) == 1042
    assert tables.at("uc.national_living_wage", D(2024, 4, 1)) == 1144
    assert tables.at("uc.national_living_wage", D(2025, 4, 1)) == 1221
    assert tables.at("uc.national_living_wage", D(2026, 4, 1)) == 1271


def test_benefit_cap_earnings_threshold_changes_with_the_nlw_on_1_april(tables):
    at = lambda on: tables.at("uc.benefit_cap_earnings_threshold", on)  # noqa: E731
    assert at(D(2024, 3, 31)) == 72200
    assert at(D(2024, 4, 1)) == 79300
    assert at(D(2025, 4, 1)) == 84600
    assert at(D(2026, 4, 1)) == 88100
    with pytest.raises(NoRowInForce):  # an AP beginning 1 April 2027 needs the 2027 NLW
        at(D(2027, 4, 1))


def test_benefit_cap_earnings_threshold_is_16_hours_of_nlw_rounded_down(tables):
    # reg 82(1)(a) with reg 6(1A)(za): floor(16 x NLW x 52 / 12) whole pounds, checked on every row start.
    for row in tables.table("uc.benefit_cap_earnings_threshold").rows:
        nlw_pence = tables.at("uc.national_living_wage", row.start)
        whole_pounds = (16 * nlw_pence * 52) // (12 * 100)
        assert row.value == whole_pounds * 100, row.start
