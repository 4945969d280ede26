"""Every input-range bound at the bound and one past it (issue 21).

Mutation samples kept finding one kind of survivor: a check on an input moved
by one (``whole(..., 0, 20, ...)`` made 21, ``<`` made ``<=``) that no test
noticed, because no test tried the value AT the limit and the value ONE PAST
it. ``tools/input_bounds.py`` lists every such bound in ``src/entitlements``;
``BOUNDS`` below is its table: one ``Bound`` row per checked field (the
module and field as the tool names them), with a call of the public API that
takes the value. From each row the tests try

* the least and the greatest value allowed: accepted;
* one below the least and one above the greatest: refused with one line
  naming the field, the value and what is allowed (``InputError``), which
  the tests assert word by word in part (``allowed``);
* for the numeric functions (``array=True``), a caseload of three rows with
  the value one past in the middle: the error names ``row 1``, the index of
  the row in the arrays (from 0, numpy's count: the arrays have no header).

The readers' paths (a household file, a caseload CSV, the command line)
name a field and a row their own way; ``PATHS`` pins each at a bound, with
the row a spreadsheet shows (the header is row 1, so the second data row is
row 3). ``RETURN_KINDS`` pins that a numeric function answers a scalar with a
Python scalar of the documented type and an array with an array of the same
length.

A row whose bound no longer matches the code fails here (the value one past
is accepted, or the one at the bound refused) and is reported by the tool as
a mismatch; ``test_the_table_and_the_tool_agree`` fails on a row the tool
does not find in the code.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest

from entitlements import Adult, Caseload, Child, Household, Housing, InputError, NonDependant, caseload_gains, estimate_caseload
from entitlements.benefits import carers_allowance as ca
from entitlements.benefits import child_benefit as cb
from entitlements.benefits import contributory, council_tax as ct, council_tax_reduction as ctr
from entitlements.benefits import council_tax_reduction_local as ctr_local
from entitlements.benefits import council_tax_reduction_scotland as ctr_scot
from entitlements.benefits import disability, health_costs, housing_benefit as hb, passports, pension_credit, uc_act_2025
from entitlements.benefits.hb_applicable_amount import ApplicableAmountFacts, working_age_applicable_amount
from entitlements.benefits.lha import lha_rate
from entitlements.caseload_csv import estimate_caseload_csv
from entitlements.check.findings import Circumstances, Claims, check
from entitlements.errors import shown
from entitlements.gain.outcomes import Outcome, apply_changes
from entitlements.io.households import household_from_mapping, parse_pounds
from entitlements.io.outcomes import scenario_from_record
from entitlements.money import MAX_PENCE
from entitlements.assessments.wca import EarningsBar, earnings_bar_threshold
from entitlements.tables import default_tables

ROOT = Path(__file__).resolve().parents[1]
D = dt.date
ON = D(2026, 5, 1)
T = default_tables()
KW = {"on": ON, "tables": T}
KW25 = {"on": D(2025, 5, 1), "tables": T}  # the Welsh and Scottish CTR tables end on 2026-03-31
_MAX_PENCE_ARRAY = 100_000_000_000  # benefits/_numeric.py: £1,000,000,000
_MAX_WEEKLY = 10_000_000  # benefits/housing_benefit.py: £100,000 a week


@dataclass(frozen=True)
class Bound:
    """One checked field: ``lo``/``hi`` the least/greatest value allowed (None:
    no bound on that side, or one relative to the household, not listed);
    ``call`` the public API taking the value. ``error_field``: the field the
    error names, where the tool's name for the bound is a helper's
    (``<_pence:attribute.name>``); ``allowed``: text the error must hold
    (default ``from LO to HI``; a pair: below, above); ``step``: one past, for a fraction."""

    module: str
    field: str
    call: Callable[[Any], Any]
    lo: Any = None
    hi: Any = None
    error_field: str | None = None
    allowed: str | None = None
    array: bool = False
    function: str | None = None
    step: Any = 1
    shows: Callable[[Any], Any] | None = None  # the value as the error holds it, if not as given

    def id(self) -> str:
        return f"{self.module}:{self.field}" + (f"@{self.function}" if self.function else "")


def _ndeps(age=-1, income=-1):
    return hb.NonDependants(age=np.array([age]), gross_weekly_income=np.array([income]),
                            remunerative_work=np.array([False]), exempt=np.array([False]))


def _couple_household():
    return Household(adults=(Adult(age=30), Adult(age=31)))


def _children(n):
    return tuple(Child(date_of_birth=D(2015, 1, 1)) for _ in range(n))


def _household_with_childcare(n):
    return Household(adults=Adult(age=30), children=_children(max(n, 1)), childcare_costs_monthly=10000 if n else 0,
                     childcare_children=n)


def _csv_with_rows(n=1) -> Path:
    d = Path(tempfile.mkdtemp(prefix="bounds-"))
    p = d / "cases.csv"
    p.write_text("case_id,adult1_age\n" + "".join(f"c{i},30\n" for i in range(n)), encoding="utf-8")
    return p


_SOCIAL = dict(tenure="social_rent", rent=50000, rent_period="week")
_OUTCOME = dict(kind="lcwra_found", effective=D(2025, 1, 10))
_CPI = {2026: 3, 2027: 2, 2028: 2, 2029: 2}

BOUNDS = [
    # -- the household model (Adult, Child, NonDependant, Housing, Household) ----------------------------------
    Bound("household_checks.py", "<_age_or_none:attribute.name>", lambda v: Adult(age=v), 16, 120, error_field="age",
          allowed="a whole number of years from 16 to 120"),
    Bound("household_checks.py", "<_hours_or_none:attribute.name>", lambda v: Adult(age=30, work_hours_weekly=v), 0, 168,
          error_field="work_hours_weekly", allowed="whole hours of paid work a week from 0 to 168"),
    Bound("household_checks.py", "<_pence:attribute.name>", lambda v: Adult(age=30, monthly_earnings=v), 0, MAX_PENCE,
          error_field="monthly_earnings", allowed=("0 or more pence", "at most 10000000000 pence (£100,000,000)")),
    Bound("household.py", "age", lambda v: NonDependant(age=v), 16, 120, allowed="a whole number of years from 16 to 120"),
    Bound("household.py", "rent_free_weeks", lambda v: Housing(**_SOCIAL, bedrooms=1, rent_free_weeks=v), 0, 8,
          allowed="a whole number of weeks from 0 to 8"),
    Bound("household.py", "council_tax_disregarded", lambda v: Housing(**_SOCIAL, bedrooms=1, council_tax_disregarded=v), 0, 20,
          allowed="a whole number of residents from 0 to 20"),
    Bound("household.py", "bedrooms", lambda v: Housing(**_SOCIAL, bedrooms=v), 0, 20, allowed="a whole number of bedrooms from 0 to 20"),
    # A lodger's weekly payment (SI 2006/214 Sch 5 paras 9-10): at most MAX_WEEKLY; 0 or more by _pence.
    Bound("household.py", "lodger_payment_weekly", lambda v: Housing(**_SOCIAL, bedrooms=1, lodger_payment_weekly=v),
          None, 10_000_000, allowed="at most £100,000 a week", shows=lambda v: f"£{v / 100:,.2f}"),
    Bound("household.py", "housing.non_dependants", lambda v: Housing(**_SOCIAL, bedrooms=1, non_dependants=(NonDependant(age=30),) * v),
          None, 4, allowed="4"),
    Bound("household.py", "childcare_children", _household_with_childcare, 0, 20, allowed="a whole number of children from 0 to 20"),
    Bound("household.py", "adults", lambda v: Household(adults=tuple(Adult(age=30 + i) for i in range(v))), 1, 2,
          allowed="1 adult (single claimant) or 2 (joint claimants)"),
    # -- the readers ----------------------------------------------------------------------------------------
    Bound("io/households.py", "<parse_pounds:field>", lambda v: parse_pounds(f"{v // 100}.{v % 100:02d}", "capital"), None, MAX_PENCE,
          error_field="capital", allowed="at most £100,000,000", shows=lambda v: f"{v // 100}.{v % 100:02d}"),
    Bound("io/outcomes.py", "probability", lambda v: scenario_from_record({"case_id": "1", "adult1_age": "40", "claim_start": "2025-01-10",
          "outcome": "lcwra_found", "outcome_date": "2025-01-10", "probability": f"{float(v):g}"}), 0, 1, step=Fraction(1, 100),
          allowed="a number from 0 to 1", shows=lambda v: f"{float(v):g}"),  # "1.01", "-0.01": read, then refused
    Bound("caseload_csv.py", "part_rows", lambda v: estimate_caseload_csv(_csv_with_rows(), on=ON, part_rows=v), 1, None,
          allowed="1 or more"),
    # -- outcomes, the check, the gain ---------------------------------------------------------------------
    Bound("gain/outcomes.py", "probability", lambda v: Outcome(**_OUTCOME, probability=v), 0, 1, step=Fraction(1, 100),
          allowed="a number from 0 to 1"),
    Bound("gain/outcomes.py", "child", lambda v: Outcome(kind="dla_awarded", effective=D(2025, 1, 10), dla_care="lowest", child=v), 1, None,
          allowed="a child's number, 1 for the eldest"),
    Bound("gain/outcomes.py", "<_pence:name>", lambda v: Outcome(**_OUTCOME, lump_sum=v), 0, None, error_field="lump_sum",
          allowed="a whole number of pence, 0 or more"),
    Bound("gain/outcomes.py", "<_date:name>", lambda v: Outcome(kind="lcwra_found", effective=D(2025, 1, 10), ends=v), None, D(2100, 12, 31),
          error_field="ends", allowed="to 2100-12-31", shows=lambda v: v.isoformat()),
    Bound("gain/outcomes.py", "adult{num}_", lambda v: apply_changes(_couple_household(), {f"adult{v}_carer": True}), 1, None,
          error_field="adult0_", allowed="1 to 2"),
    Bound("gain/outcomes.py", "child{num}_", lambda v: apply_changes(Household(adults=Adult(age=30), children=_children(2)),
          {f"child{v}_blind": True}), 1, None, error_field="child0_",
          allowed="1 to 2"),
    Bound("gain/caseload.py", "horizon_months", lambda v: caseload_gains([{"case_id": "1", "adult1_age": "40", "claim_start": "2025-01-10",
          "outcome": "lcwra_found", "outcome_date": "2025-01-10"}], horizon_months=v), 1, 120, allowed="1 to 120"),
    Bound("check/findings.py", "circumstances.prescription_items_a_month", lambda v: Circumstances(prescription_items_a_month=v), 0, 100,
          allowed="a whole number of items from 0 to 100"),
    Bound("check/findings.py", "circumstances.children_care_needs", lambda v: check(Household(adults=Adult(age=30), children=_children(2)),
          on=ON, circumstances=Circumstances(children_care_needs=(v,))), 1, None, allowed="a child's number, 1 to 2"),
    Bound("assessments/wca.py", "hourly_rate", earnings_bar_threshold, 1, None, allowed="pence an hour"),
    Bound("assessments/wca.py", "<_pence:attribute.name>", lambda v: EarningsBar(monthly_earnings=v, threshold=88123), 0, None,
          error_field="monthly_earnings", allowed="a whole number of pence, 0 or more"),
    # -- the numeric functions (a scalar or a caseload's arrays) -------------------------------------------------
    Bound("benefits/_numeric.py", "<pence>", lambda v: hb.weekly_rent(v, 0), 0, _MAX_PENCE_ARRAY, error_field="rent",
          allowed="0 to 100000000000 pence", array=True),
    Bound("benefits/_numeric.py", "<nation:field>", lambda v: health_costs.free_prescriptions(v, 30, **KW), 0, 2,
          error_field="nation_of_residence", allowed="a nation code (0 England, 1 Wales, 2 Scotland) from 0 to 2", array=True),
    Bound("benefits/housing_benefit.py", "accommodation", lambda v: hb.hb_scheme(False, False, False, v), 0, 2, array=True),
    Bound("benefits/housing_benefit.py", "rent_period", lambda v: hb.weekly_rent(10000, v), 0, 5, array=True),
    Bound("benefits/housing_benefit.py", "weekly_lha_rate", lambda v: hb.eligible_rent(10000, v), -1, _MAX_WEEKLY, array=True),
    Bound("benefits/housing_benefit.py", "bedroom_entitlement", hb.lha_category, 1, 20, function="lha_category",
          array=True),
    # SI 2006/214 reg 13D(3) closing words (readtexts, 2026-12-07): the size criteria with the home's bedrooms
    Bound("benefits/housing_benefit.py", "bedroom_entitlement", lambda v: hb.size_criteria_bedrooms(v), 0, 40,
          function="size_criteria_bedrooms", array=True),
    Bound("benefits/housing_benefit.py", "cannot_share", lambda v: hb.size_criteria_bedrooms(2, v), 0, 40,
          function="size_criteria_bedrooms", array=True),
    Bound("benefits/housing_benefit.py", "home_bedrooms", lambda v: hb.size_criteria_bedrooms(2, 1, v), -1, 40,
          allowed="from -1 to 40", function="size_criteria_bedrooms", array=True),
    Bound("benefits/housing_benefit.py", "non_dependant_age", lambda v: hb.non_dependant_deductions(_ndeps(age=v), **KW), -1, 120),
    Bound("benefits/housing_benefit.py", "non_dependant_gross_weekly_income",
          lambda v: hb.non_dependant_deductions(_ndeps(age=30, income=v), **KW), -1, _MAX_WEEKLY),
    Bound("benefits/hb_applicable_amount.py", "age1", lambda v: working_age_applicable_amount(False, v, **KW), 16, 120, array=True),
    Bound("benefits/hb_applicable_amount.py", "age2", lambda v: working_age_applicable_amount(True, 30, v, **KW), 0, 120, array=True),
    Bound("benefits/hb_applicable_amount.py", "children", lambda v: working_age_applicable_amount(
          False, 30, facts=ApplicableAmountFacts(children=v), **KW), 0, 20, function="working_age_applicable_amount", array=True),
    Bound("benefits/hb_applicable_amount.py", "children", lambda v: hb_children(children=v), 0, 20, function="_children", array=True),
    Bound("benefits/hb_applicable_amount.py", "disabled_children", lambda v: hb_children(disabled_children=v), 0, 20, array=True),
    Bound("benefits/hb_applicable_amount.py", "severely_disabled_children", lambda v: hb_children(disabled_children=20, severely_disabled_children=v), 0, 20,
          array=True),
    Bound("benefits/hb_applicable_amount.py", "esa_component", lambda v: working_age_applicable_amount(
          False, 30, facts=ApplicableAmountFacts(esa_component=v, main_phase_esa=True), **KW), 0, 2, array=True),
    Bound("benefits/child_benefit.py", "children", lambda v: cb.child_benefit_weekly(v, **KW), 0, 30, function="child_benefit_weekly",
          array=True),
    Bound("benefits/child_benefit.py", "children", lambda v: cb.child_benefit_for_tax_year(v, tax_year=D(2026, 4, 6), tables=T), 0, 30,
          function="child_benefit_for_tax_year", array=True),
    Bound("benefits/contributory.py", "age", lambda v: contributory.new_style_esa_weekly(v, 1, 2, **KW), 16, 130,
          function="new_style_esa_weekly", array=True),
    Bound("benefits/contributory.py", "phase", lambda v: contributory.new_style_esa_weekly(30, v, 2, **KW), 0, 1, array=True),
    Bound("benefits/contributory.py", "group", lambda v: contributory.new_style_esa_weekly(30, 1, v, **KW), 0, 2, array=True),
    Bound("benefits/contributory.py", "age", lambda v: contributory.new_style_jsa_weekly(v, **KW), 16, 130,
          function="new_style_jsa_weekly", array=True),
    Bound("benefits/carers_allowance.py", "pip_daily_living", lambda v: ca.cared_for_person_qualifies(pip_daily_living=v), 0, 2, array=True),
    Bound("benefits/carers_allowance.py", "dla_care", lambda v: ca.cared_for_person_qualifies(dla_care=v), 0, 3, array=True),
    Bound("benefits/carers_allowance.py", "attendance_allowance", lambda v: ca.cared_for_person_qualifies(attendance_allowance=v), 0, 2,
          array=True),
    Bound("benefits/carers_allowance.py", "adp_daily_living", lambda v: ca.cared_for_person_qualifies(adp_daily_living=v), 0, 2, array=True),
    Bound("benefits/carers_allowance.py", "cdp_care", lambda v: ca.cared_for_person_qualifies(cdp_care=v), 0, 3, array=True),
    Bound("benefits/carers_allowance.py", "age", lambda v: carers_failed(age=v), 0, 130, array=True),
    Bound("benefits/carers_allowance.py", "hours_caring", lambda v: carers_failed(hours_caring=v), 0, 168, array=True),
    Bound("benefits/disability.py", "<_two_components:names[0]>", lambda v: disability.pip_weekly(v, 0, **KW), 0, 2,
          error_field="daily_living", array=True),
    Bound("benefits/disability.py", "<_two_components:names[1]>", lambda v: disability.pip_weekly(0, v, **KW), 0, 2,
          error_field="mobility", array=True),
    Bound("benefits/disability.py", "<_checked_only:names[0]>", lambda v: disability.adult_disability_payment_checked(v, 0, **KW), 0, 2,
          error_field="adp_daily_living", array=True),
    Bound("benefits/disability.py", "<_checked_only:names[1]>", lambda v: disability.adult_disability_payment_checked(0, v, **KW), 0, 2,
          error_field="adp_mobility", array=True),
    Bound("benefits/disability.py", "<_care_and_mobility:names[0]>", lambda v: disability.dla_weekly(v, 0, **KW), 0, 3,
          error_field="care", array=True),
    Bound("benefits/disability.py", "<_care_and_mobility:names[1]>", lambda v: disability.dla_weekly(0, v, **KW), 0, 2,
          error_field="mobility", array=True),
    Bound("benefits/disability.py", "attendance_allowance", lambda v: disability.attendance_allowance_weekly(v, **KW), 0, 2, array=True),
    Bound("benefits/council_tax.py", "council_tax_band", lambda v: ct.band_amount(216000, v, **KW), 0, 7, function="band_amount",
          array=True),
    Bound("benefits/council_tax.py", "council_tax_band", lambda v: ct.band_amount(216000, v, nation="wales", **KW), 0, 8,
          function="band_amount", array=True),
    Bound("benefits/council_tax.py", "council_tax_band", lambda v: ct.from_band_charge(144000, v, **KW), 0, 7,
          function="from_band_charge", array=True),
    Bound("benefits/council_tax.py", "council_tax_residents", lambda v: ct.discount_percent(v, 0, **KW), 1, 50, array=True),
    Bound("benefits/council_tax.py", "council_tax_disregarded", lambda v: ct.discount_percent(50, v, **KW), 0, 50, array=True),
    Bound("benefits/council_tax.py", "discount", lambda v: ct.annual_liability(144000, v), 0, 100, array=True),
    Bound("benefits/health_costs.py", "low_income_route", lambda v: health_costs.nhs_health_costs(0, False, False, False, v), 0, None,
          allowed="a route code from 0 to 11", array=True),  # 11 (the greatest route code) is refused next: only 0, 9 and 10 are low income routes
    Bound("benefits/health_costs.py", "age", lambda v: health_costs.free_prescriptions(0, v, **KW), 0, 130, array=True),
    Bound("benefits/health_costs.py", "health_costs_route", lambda v: health_costs.free_prescriptions(0, 30, health_costs_route=v, **KW),
          0, 11, array=True),
    Bound("benefits/passports.py", "children_under_1", lambda v: passports.healthy_start_weekly(True, False, v, 0, **KW), 0, 20, array=True),
    Bound("benefits/passports.py", "<_food_inputs:name>", lambda v: passports.healthy_start_weekly(True, False, 0, v, **KW), 0, 20,
          error_field="children_1_to_3", array=True),
    Bound("benefits/passports.py", "school_year", lambda v: passports.free_school_meals(0, v, True, 0, **KW), 0, 14, array=True),
    Bound("benefits/passports.py", "age", lambda v: passports.free_tv_licence(v, False, **KW), 0, 130, array=True),
    Bound("benefits/pension_credit.py", "child_disability", lambda v: pension_credit.child_additions(
          np.array([D(2015, 1, 1)], dtype="datetime64[D]"), np.array([v]), **KW), 0, 2),
    Bound("benefits/lha.py", "category", lambda v: lha_rate("Hull & East Riding", v, on=ON), 0, 4,
          allowed="0 (shared accommodation rate), 1, 2, 3 or 4 (bedrooms)"),
    Bound("benefits/uc_act_2025.py", "tax_year", lambda v: uc_act_2025.standard_allowance_minimums(v, _CPI, tables=T), 2026, 2029,
          allowed="a year from 2026 (2026-27) to 2029 (2029-30)"),
    Bound("benefits/uc_act_2025.py", "<_percent:field>", lambda v: uc_act_2025.standard_allowance_minimums(2027, {**_CPI, 2026: v}, tables=T),
          -99, 99, error_field="relevant_cpi[2026]", allowed="percent"),
    # -- Council Tax Reduction ---------------------------------------------------------------------------------
    *[Bound("benefits/council_tax_reduction.py", f, (lambda f: lambda v: ctr.applicable_amount(True, **KW, **{"children": 20, f: v}))(f), 0, hi,
            function="applicable_amount", array=True)
      for f, hi in (("children", 20), ("children_exempt_from_limit", 20), ("carers", 2), ("severe_disability", 2))],
    *[Bound("benefits/council_tax_reduction.py", f, (lambda f: lambda v: ctr.applicable_amount(True, **KW, children=20, **{f: v}))(f),
            0, 20, function="applicable_amount", array=True)
      for f in ("disabled_children", "enhanced_disability_children")],
    Bound("benefits/council_tax_reduction.py", "jointly_liable_others", lambda v: ctr.pension_age_reduction(
          144000, **KW, jointly_liable_others=v), 0, 20, function="pension_age_reduction", array=True),
    Bound("benefits/council_tax_reduction.py", "jointly_liable_others", lambda v: ctr.wales_working_age_reduction(
          144000, **KW25, weekly_applicable_amount=10000, jointly_liable_others=v), 0, 20, function="wales_working_age_reduction",
          array=True),
    Bound("benefits/council_tax_reduction.py", "age", lambda v: ctr.wales_working_age_applicable_amount(False, v, **KW25), 16, 130,
          array=True),
    *[Bound("benefits/council_tax_reduction.py", f, (lambda f: lambda v: ctr.wales_working_age_applicable_amount(
            True, 30, **KW25, **({"children": 20} if "disab" in f else {}), **{f: v}))(f), 0, hi,
            function="wales_working_age_applicable_amount", array=True)
      for f, hi in (("children", 20), ("disabled_children", 20), ("enhanced_disability_children", 20), ("carers", 2),
                    ("severe_disability", 2), ("esa_component", 2))],
    Bound("benefits/council_tax_reduction_scotland.py", "age", lambda v: ctr_scot.scotland_working_age_applicable_amount(False, v, **KW25),
          16, 130, array=True),
    *[Bound("benefits/council_tax_reduction_scotland.py", f, (lambda f: lambda v: ctr_scot.scotland_working_age_applicable_amount(
            True, 30, **KW25, **({"children": 20} if "disab" in f else {}), **{f: v}))(f), 0, hi,
            function="scotland_working_age_applicable_amount", array=True)
      for f, hi in (("children", 20), ("disabled_children", 20), ("enhanced_disability_children", 20), ("carers", 2),
                    ("severe_disability", 2), ("component", 2))],
    Bound("benefits/council_tax_reduction_scotland.py", "jointly_liable_others", lambda v: scot_reduction(jointly_liable_others=v), 0, 20,
          array=True),
    Bound("benefits/council_tax_reduction_scotland.py", "children", lambda v: scot_reduction(children=v), 0, 20,
          function="scotland_working_age_reduction", array=True),
    Bound("benefits/council_tax_reduction_scotland.py", "band", lambda v: scot_reduction(band=v), 0, 7, array=True),
    Bound("benefits/council_tax_reduction_local.py", "children", lambda v: ctr_local.local_reduction(
          "Coventry", 144000, on=ON, children=v, weekly_applicable_amount=10000), 0, 20),
    # Coventry's 2026-27 scheme: its earnings disregard and tariff income could not be read (``not_read``), so a
    # household with a penny of earnings, or of capital under the limit, is refused rather than given a wrong figure.
    Bound("benefits/council_tax_reduction_local.py", "weekly_earnings", lambda v: ctr_local.local_reduction(
          "Coventry", 144000, on=ON, weekly_earnings=v, weekly_applicable_amount=10000), None, 0,
          allowed="no earnings: the earnings disregard of Coventry's 2026-27 scheme could not be read", shows=lambda v: "more than nil"),
    Bound("benefits/council_tax_reduction_local.py", "capital", lambda v: ctr_local.local_reduction(
          "Coventry", 144000, on=ON, capital=v, weekly_applicable_amount=10000), None, 0,
          allowed="no capital up to the limit: the tariff income of Coventry's 2026-27 scheme", shows=lambda v: "more than nil"),
    Bound("household.py", "<_check_council_tax_bill:name>", lambda v: Housing(**_SOCIAL, bedrooms=1, council_tax_band="D",
          council_tax_band_d=v), 1, None, error_field="council_tax_band_d", allowed="an amount a year over £0",
          shows=lambda v: f"£{v / 100:,.2f}"),
    Bound("check/findings.py", "claims.uc_elements_missing", lambda v: check(
          Household(adults=tuple(Adult(age=30 + i, carer=True) for i in range(v))), on=ON, claims=Claims(universal_credit=True, uc_elements_missing=("carer_2",))),
          2, None, allowed="carer_1 only, for a single claimant", shows=lambda v: "carer_2"),
]


def hb_children(**facts):
    return working_age_applicable_amount(True, 30, 30, facts=ApplicableAmountFacts(**{"children": 20, **facts}), **KW)


def carers_failed(age=30, hours_caring=35):
    return ca.carers_allowance_failed_condition(age, hours_caring, True, False, 0, **KW)


def scot_reduction(**kw):
    return ctr_scot.scotland_working_age_reduction(144000, **KW25, **{"band": 3, "weekly_applicable_amount": 10000, **kw})


def _past(b: Bound, side: str):
    edge = b.lo if side == "lo" else b.hi
    step = dt.timedelta(1) if isinstance(edge, dt.date) else b.step
    return edge - step if side == "lo" else edge + step


def _cases():
    for b in BOUNDS:
        for side in ("lo", "hi"):
            if getattr(b, side) is not None:
                yield pytest.param(b, side, id=f"{b.id()}-{side}")


@pytest.mark.parametrize("b, side", list(_cases()))
def test_the_value_at_the_bound_is_accepted(b, side):
    b.call(getattr(b, side))


@pytest.mark.parametrize("b, side", list(_cases()))
def test_one_past_the_bound_is_refused_naming_field_value_and_what_is_allowed(b, side):
    past = _past(b, side)
    with pytest.raises(InputError) as e:
        b.call(past)
    err, message = e.value, str(e.value)
    shown_value = b.shows(past) if b.shows else past
    assert err.field == (b.error_field or b.field), message
    assert err.value == shown_value, message
    assert shown(shown_value) in message, message
    allowed = b.allowed[side == "hi"] if isinstance(b.allowed, tuple) else b.allowed
    assert (allowed or f"from {b.lo} to {b.hi}") in message, message
    assert "\n" not in message and len(message) < 300, message


def _array_cases():
    for b in BOUNDS:
        if b.array:
            for side in ("lo", "hi"):
                if getattr(b, side) is not None:
                    yield pytest.param(b, side, id=f"{b.id()}-{side}")


@pytest.mark.parametrize("b, side", list(_array_cases()))
def test_a_caseload_names_the_row_from_0_with_the_value_one_past(b, side):
    at, past = getattr(b, side), _past(b, side)
    b.call(np.array([at, at, at]))  # a caseload at the bound: accepted
    with pytest.raises(InputError) as e:
        b.call(np.array([at, past, at]))
    assert e.value.where == "row 1" and e.value.value == past, str(e.value)
    assert str(e.value).startswith(f"row 1, {b.error_field or b.field}: {past} is not allowed"), str(e.value)


def test_the_table_and_the_tool_agree():
    """Every row names a bound the tool finds in the code, with its value."""
    sys.path.insert(0, str(ROOT / "tools"))
    import input_bounds

    sites = input_bounds.find_sites(ROOT)
    state, stale = input_bounds.judge(sites, input_bounds.table_rows())
    assert not stale, [f"line {r.line}: {r.module} {r.field}" for r in stale]
    assert not [s.describe() for s, v in state.items() if v.startswith("mismatch")]


# -- the readers' paths: a household file, a caseload CSV, the command line ---------------------------------------


@dataclass(frozen=True)
class Path_:
    """One bound as each reader meets it: ``toml`` a household file holding
    ``{}`` for the value (its error names the field by the file's tables,
    ``adults[1]`` the first ``[[adults]]``); ``column`` and ``cells`` a
    caseload's column and the other cells its rows need; ``flags`` the
    command line's flags, and ``cli`` how its one line of error starts (the
    model's field name, or the flag's, as the command says them now); ``at``/``past`` the value allowed and the one past
    it, as typed; ``allowed`` text every error must hold."""

    name: str
    at: str
    past: str
    toml: str
    toml_field: str
    column: str
    cells: dict
    flags: tuple
    cli: str  # how the command's one line of error starts
    allowed: str
    cli_status: int = 1  # 1: a value refused, by the household model or by the flag's own reader alike


_SOCIAL_TOML = '[housing]\ntenure = "social_rent"\nrent = 100.00\nrent_period = "week"\n'
PATHS = [
    Path_("adult age above", "120", "121", "[[adults]]\nage = {}\n", "adults[1].age", "adult1_age", {}, ("--age", "{}"), "entitlements: --age (adults[1].age): ",
          "a whole number of years from 16 to 120"),
    Path_("adult age below", "16", "15", "[[adults]]\nage = {}\n", "adults[1].age", "adult1_age", {}, ("--age", "{}"), "entitlements: --age (adults[1].age): ",
          "a whole number of years from 16 to 120"),
    Path_("partner age", "16", "15", "[[adults]]\nage = 30\n[[adults]]\nage = {}\n", "adults[2].age", "adult2_age",
          {"adult1_age": "30"}, ("--age", "30", "--partner-age", "{}"), "entitlements: --partner-age (adults[2].age): ", "a whole number of years from 16 to 120"),
    Path_("hours of work", "168", "169", "[[adults]]\nage = 30\nwork_hours_weekly = {}\n", "adults[1].work_hours_weekly",
          "adult1_work_hours_weekly", {"adult1_age": "30"}, ("--age", "30", "--hours", "{}"), "entitlements: --hours (adults[1].work_hours_weekly): ",
          "whole hours of paid work a week from 0 to 168"),
    Path_("rent-free weeks", "8", "9", "[[adults]]\nage = 30\n" + _SOCIAL_TOML + "bedrooms = 1\nrent_free_weeks = {}\n",
          "housing.rent_free_weeks", "housing_rent_free_weeks",
          {"adult1_age": "30", "housing_tenure": "social_rent", "housing_rent": "100.00", "housing_rent_period": "week",
           "housing_bedrooms": "1"},
          ("--age", "30", "--social", "--rent", "100/week", "--bedrooms", "1", "--rent-free-weeks", "{}"), "entitlements: --rent-free-weeks: ",
          "a whole number of weeks from 0 to 8"),
    Path_("bedrooms", "20", "21", "[[adults]]\nage = 30\n" + _SOCIAL_TOML + "bedrooms = {}\n", "housing.bedrooms", "housing_bedrooms",
          {"adult1_age": "30", "housing_tenure": "social_rent", "housing_rent": "100.00", "housing_rent_period": "week"},
          ("--age", "30", "--social", "--rent", "100/week", "--bedrooms", "{}"), "entitlements: --bedrooms: ", "a whole number of bedrooms from 0 to 20"),
    Path_("non-dependant age", "16", "15", "[[adults]]\nage = 30\n" + _SOCIAL_TOML + "bedrooms = 2\n[[housing.non_dependants]]\nage = {}\n",
          "housing.non_dependants[1].age", "nondep1_age",
          {"adult1_age": "30", "housing_tenure": "social_rent", "housing_rent": "100.00", "housing_rent_period": "week",
           "housing_bedrooms": "2"},
          ("--age", "30", "--social", "--rent", "100/week", "--bedrooms", "2", "--non-dependant", "{}"),
          "entitlements: --non-dependant: '15': age: 15 is not allowed",
          "a whole number of years from 16 to 120"),
    Path_("capital", "100000000.00", "100000000.01", "capital = {}\n[[adults]]\nage = 30\n", "capital", "capital",
          {"adult1_age": "30"}, ("--age", "30", "--capital", "{}"),
          "entitlements: --capital: '100000000.01' is not allowed: give ", "at most £100,000,000"),
]


def _path_ids():
    return [pytest.param(p, id=p.name) for p in PATHS]


@pytest.mark.parametrize("p", _path_ids())
def test_a_household_file_names_the_field_by_its_tables(tmp_path, p):
    from entitlements.io.households import read_household_file

    f = tmp_path / "h.toml"
    f.write_text(p.toml.format(p.at), encoding="utf-8")
    read_household_file(f)  # at the bound: read
    f.write_text(p.toml.format(p.past), encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_household_file(f)
    assert e.value.field == p.toml_field and p.past.rstrip("0").rstrip(".") in str(e.value) and p.allowed in str(e.value), str(e.value)


@pytest.mark.parametrize("p", _path_ids())
def test_a_caseload_csv_names_the_spreadsheet_row_of_the_value_one_past(tmp_path, p):
    """Three data rows, the middle one past the bound: the header is row 1,
    so the middle data row is row 3 of the spreadsheet (``RowError.row``), and
    position 1 from 0 (``RowError.index``)."""
    header = ["case_id", *p.cells, p.column]
    rows = [[f"c{i}", *p.cells.values(), value] for i, value in enumerate((p.at, p.past, p.at), start=1)]
    f = tmp_path / "cases.csv"
    f.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    res = estimate_caseload(Caseload.from_csv(f), on=ON)
    assert res.valid.tolist() == [True, False, True], [str(e) for e in res.caseload.errors]
    (e,) = res.caseload.errors
    assert (e.row, e.index, e.field) == (3, 1, p.column), str(e)
    assert str(e).startswith(f"row 3: {p.column}: ") and p.allowed in str(e) and "\n" not in str(e), str(e)


@pytest.mark.parametrize("p", _path_ids())
def test_caseload_records_name_the_row_by_its_position_from_1(p):
    """Records (a list of mappings, a DataFrame's rows) have no header row:
    the middle of three is row 2."""
    records = [{"case_id": f"c{i}", **p.cells, p.column: value} for i, value in enumerate((p.at, p.past, p.at), start=1)]
    c = Caseload.from_records(records)
    (e,) = c.errors
    assert (e.row, e.index, e.field) == (2, 1, p.column) and p.allowed in str(e), str(e)


EXE = Path(sys.executable).parent / "entitlements"


@pytest.mark.parametrize("p", _path_ids())
def test_the_command_line_names_the_field_and_exits_1(p):
    def run(value):
        flags = [a.format(value) for a in p.flags]
        return subprocess.run([str(EXE), "estimate", *flags, "--on", "2026-05-01"], capture_output=True, text=True, timeout=120)

    assert run(p.at).returncode == 0, run(p.at).stderr
    r = run(p.past)
    assert r.returncode == p.cli_status and r.stdout == "", (r.returncode, r.stderr)
    (line,) = r.stderr.splitlines()
    assert line.startswith(p.cli) and p.allowed in line, line


# -- scalar in, scalar out; array in, array out --------------------------------------------------------------------

#: Public numeric functions (benefits/_numeric.py: "Python int/bool for scalar
#: inputs, int64/bool arrays otherwise"): a call with scalars, the type it
#: answers, and which argument to make an array of three.
RETURN_KINDS = [
    ("weekly_rent", lambda x: hb.weekly_rent(x, 3), 65000, int),
    ("eligible_rent", lambda x: hb.eligible_rent(x, 15000), 16000, int),
    ("lha_category", hb.lha_category, 3, int),
    ("hb_scheme", lambda x: hb.hb_scheme(False, False, False, x), 1, int),
    ("pip_weekly", lambda x: disability.pip_weekly(x, 1, **KW), 2, int),
    ("dla_weekly", lambda x: disability.dla_weekly(x, 2, **KW), 3, int),
    ("attendance_allowance_weekly", lambda x: disability.attendance_allowance_weekly(x, **KW), 1, int),
    ("child_benefit_weekly", lambda x: cb.child_benefit_weekly(x, **KW), 2, int),
    ("new_style_jsa_weekly", lambda x: contributory.new_style_jsa_weekly(x, **KW), 30, int),
    ("new_style_esa_weekly", lambda x: contributory.new_style_esa_weekly(x, 1, 2, **KW), 30, int),
    ("band_amount", lambda x: ct.band_amount(216000, x, **KW), 3, int),
    ("discount_percent", lambda x: ct.discount_percent(x, 0, **KW), 1, int),
    ("annual_liability", lambda x: ct.annual_liability(144000, x), 25, int),
    ("cared_for_person_qualifies", lambda x: ca.cared_for_person_qualifies(pip_daily_living=x), 1, bool),
    ("carers_allowance_failed_condition", lambda x: carers_failed(hours_caring=x), 35, int),
    ("healthy_start_weekly", lambda x: passports.healthy_start_weekly(True, False, x, 0, **KW), 1, int),
]


@pytest.mark.parametrize("name, call, x, kind", RETURN_KINDS, ids=[r[0] for r in RETURN_KINDS])
def test_a_scalar_gives_a_python_scalar_and_an_array_an_array_of_its_length(name, call, x, kind):
    one = call(x)
    assert type(one) is kind, (name, type(one))
    many = call(np.array([x, x, x]))
    assert isinstance(many, np.ndarray) and many.shape == (3,), (name, type(many))
    assert many.dtype == (np.int64 if kind is int else np.bool_), many.dtype
    assert many.tolist() == [one] * 3
