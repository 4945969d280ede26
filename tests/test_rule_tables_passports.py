"""Data checks for the passported-help and backdating tables (issue 16).

Each test pins the figures of one table on dates either side of a change,
in pence (or months, weeks, years, counts), so that a changed figure or a
moved row date fails here. Sources and verification are in the tables.
"""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from entitlements.tables import Tables, shipped_rules_dir

D = dt.date


@pytest.fixture(scope="module")
def tables() -> Tables:
    return Tables.load()


def test_nhs_uc_earnings_limits(tables):
    # SI 2003/2382 reg 5(1A): £435.00 and £935.00.
    assert tables.at("passports.nhs_uc_earnings_limit", D(2023, 4, 1)) == {
        "without_child_or_lcw": 43500, "with_child_or_lcw": 93500}


def test_prescription_charges_by_year(tables):
    at = lambda d: tables.at("passports.prescription_charge", d)  # noqa: E731
    assert at(D(2024, 4, 30)) == {"single_item": 965, "ppc_3_month": 3125, "ppc_12_month": 11160, "hrt_ppc_12_month": 1930}
    assert at(D(2024, 5, 1)) == {"single_item": 990, "ppc_3_month": 3205, "ppc_12_month": 11450, "hrt_ppc_12_month": 1980}
    assert at(D(2026, 6, 1)) == at(D(2024, 5, 1))   # frozen in 2025 and 2026


def test_prescription_exempt_ages(tables):
    assert tables.at("passports.prescription_exempt_ages", D(2026, 1, 1)) == {
        "under": 16, "under_in_full_time_education": 19, "from": 60}


def test_dental_charges_each_april(tables):
    at = lambda d: tables.at("passports.dental_charges", d)  # noqa: E731
    assert at(D(2023, 4, 24)) == {"band_1": 2580, "band_2": 7070, "band_3": 30680}
    assert at(D(2024, 3, 31)) == at(D(2023, 4, 24))
    assert at(D(2024, 4, 1)) == {"band_1": 2680, "band_2": 7350, "band_3": 31910}   # SI 2024/271 reg 4
    assert at(D(2025, 4, 1)) == {"band_1": 2740, "band_2": 7530, "band_3": 32670}   # SI 2025/310 reg 2
    assert at(D(2026, 4, 1)) == {"band_1": 2790, "band_2": 7660, "band_3": 33210}   # SI 2026/265 reg 16


def test_optical_vouchers_and_capital_limits(tables):
    assert tables.at("passports.optical_voucher", D(2025, 6, 1)) == {"voucher_a": 4240, "voucher_e": 7310}
    assert tables.at("passports.low_income_scheme_capital_limit", D(2026, 6, 1)) == {
        "general": 1_600_000, "care_home": 2_325_000}


def test_food_and_maternity_values(tables):
    assert tables.at("passports.healthy_start_values", D(2026, 3, 31)) == {
        "pregnancy": 425, "child_under_1": 850, "child_1_to_3": 425}
    assert tables.at("passports.healthy_start_values", D(2026, 4, 1)) == {
        "pregnancy": 465, "child_under_1": 930, "child_1_to_3": 465}
    assert tables.at("passports.healthy_start_uc_earnings_limit", D(2026, 6, 1)) == 40800
    assert tables.at("passports.best_start_foods_values", D(2026, 4, 1)) == {
        "pregnancy": 560, "child_under_1": 1120, "child_1_to_2": 560}
    assert tables.at("passports.sure_start_maternity_grant", D(2026, 6, 1)) == 50000


def test_free_school_meal_limits(tables):
    assert tables.at("passports.fsm_england_uc_earned_income", D(2025, 1, 1)) == {
        "one_period": 61667, "two_periods": 123334, "three_periods": 185000}
    assert tables.at("passports.fsm_england_uc_earnings_test", D(2026, 8, 31)) == 1
    assert tables.at("passports.fsm_england_uc_earnings_test", D(2026, 9, 1)) == 0
    assert tables.at("passports.fsm_scotland_uc_earned_income", D(2025, 3, 31)) == 79600
    assert tables.at("passports.fsm_scotland_uc_earned_income", D(2025, 4, 1)) == 85000
    assert tables.at("passports.fsm_wales_uc_annual_earned_income", D(2025, 4, 1)) == 740000
    assert [tables.at(f"passports.fsm_universal_years_{n}", D(2025, 1, 1)) for n in ("england", "wales", "scotland")] == [3, 7, 5]


def test_announced_rows(tables):
    # Announced, not found in law: England's free school meals for every UC
    # household (DfE, 5 June 2025) and the Warm Home Discount for 2026-27.
    assert tables.announced("passports.fsm_england_uc_earnings_test", D(2026, 9, 1))
    assert not tables.announced("passports.fsm_england_uc_earnings_test", D(2026, 8, 31))
    assert tables.announced("passports.warm_home_discount", D(2026, 4, 1))
    assert not tables.announced("passports.warm_home_discount", D(2026, 3, 31))


def test_energy_and_tv(tables):
    assert tables.at("passports.warm_home_discount", D(2025, 12, 1)) == 15000
    assert tables.at("passports.warm_home_discount_high_cost_test", D(2025, 3, 31)) == 1
    assert tables.at("passports.warm_home_discount_high_cost_test", D(2025, 4, 1)) == 0
    # Scotland: £150 (SI 2022/1073 reg 3(1)) from 20 October 2022 to the scheme period's end, 31 March 2026 (reg 4(2)(b)).
    assert tables.at("passports.warm_home_discount_scotland", D(2022, 10, 20)) == 15000
    assert tables.at("passports.warm_home_discount_scotland", D(2026, 3, 31)) == 15000
    assert tables.table("passports.warm_home_discount_scotland").until == D(2026, 3, 31)
    assert tables.at("passports.cold_weather_payment", D(2026, 1, 1)) == 2500
    assert [tables.at("passports.tv_licence_fee", D(y, 4, 1)) for y in (2023, 2024, 2025, 2026)] == [
        15900, 16950, 17450, 18000]
    assert tables.at("passports.tv_licence_free_age", D(2026, 1, 1)) == 75
    assert tables.at("passports.broadband_social_tariff", D(2026, 1, 1)) == {"low": 1000, "high": 2000}


BACKDATING = {
    "universal_credit": (0, 1, "months"),
    "personal_independence_payment": (0, 0, "months"),
    "employment_and_support_allowance": (3, 3, "months"),
    "jobseekers_allowance": (0, 3, "months"),
    "pension_credit": (3, 3, "months"),
    "carers_allowance": (3, 3, "months"),
    "child_benefit": (3, 3, "months"),
    "attendance_allowance": (0, 0, "months"),
    "housing_benefit_working_age": (0, 1, "months"),
    "housing_benefit_pension_age": (3, 3, "months"),
    "council_tax_reduction_england_pension_age": (3, 3, "months"),
    "carer_support_payment": (13, 13, "weeks"),
}


@pytest.mark.parametrize("benefit", sorted(BACKDATING))
def test_backdating_tables(tables, benefit):
    automatic, with_reason, unit = BACKDATING[benefit]
    table = tables.table(f"backdating.{benefit}")
    assert table.unit == unit
    assert tables.at(table.id, D(2026, 6, 1)) == {"automatic": automatic, "with_reason": with_reason}


def test_every_new_row_has_a_source_and_unverified_rows_say_why():
    root = shipped_rules_dir()
    files = sorted((root / "passports").glob("*.toml")) + sorted((root / "backdating").glob("*.toml"))
    assert len(files) == 36  # 36 since 2026-12-07: passports/warm_home_discount_scotland
    for f in files:
        for row in tomllib.loads(f.read_text("utf-8"))["rows"]:
            assert row["source"].strip(), f
            if row.get("verified", True) is False:
                assert len(row.get("note", "")) > 40, f
