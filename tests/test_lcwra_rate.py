"""Which LCWRA amount applies, either side of 6 April 2026 (UC Act 2025 s 2; UC Regs 2013
reg 27(2), 27A, 40A, Sch 5A).

Amounts (pence a month) from rules/uc/lcwra_element.toml:
  AP beginning 5 Apr 2026 (2025/26 row): £423.27 for everyone;
  AP beginning 6 Apr 2026 or later: protected £429.80, new claimant £217.26.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.assessments import (
    LcwraRateFacts,
    assess_wca,
    lcwra_rate,
    severe_conditions_criteria,
)
from entitlements.errors import InputError

BEFORE = dt.date(2026, 4, 5)  # an AP beginning the day before the change
AFTER = dt.date(2026, 4, 6)  # an AP beginning on the day of the change
LATER = dt.date(2026, 11, 17)

ROUTES = {
    "pre_2026_claimant": LcwraRateFacts(element_before_6_april_2026=True, continuously_entitled_since=True),
    "awaiting_first_assessment": LcwraRateFacts(awaiting_first_assessment=True,
                                                element_continuous_since_first_included=True),
    "lcw_awaiting_further_assessment": LcwraRateFacts(lcw_awaiting_further_assessment=True,
                                                      element_continuous_since_first_included=True),
    "in_relevant_period": LcwraRateFacts(in_relevant_period=True, element_continuous_since_first_included=True),
    "esa_support_component": LcwraRateFacts(esa_support_component=True, element_continuous_since_first_included=True),
    "severe_conditions_criteria": LcwraRateFacts(lcwra_on_descriptors=True, descriptor_constant_for_life=True,
                                                 nhs_diagnosis=True),
    "terminally_ill": LcwraRateFacts(terminally_ill=True),
}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_each_protection_route_before_6_april_2026_one_amount(route):
    # Before the change every LCWRA claimant gets the one amount: £423.27 (SI 2025/295 Sch 13)
    r = lcwra_rate(ROUTES[route], assessment_period_start=BEFORE)
    assert (r.key, r.decided_by, r.amount) == ("protected", "before_6_april_2026", 42327)
    assert route in r.tests_met


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_each_protection_route_from_6_april_2026_protected_amount(route):
    # From the AP beginning 6 Apr 2026: protected £429.80 (SI 2026/113 reg 3(3)(b))
    r = lcwra_rate(ROUTES[route], assessment_period_start=AFTER)
    assert (r.key, r.decided_by, r.amount) == ("protected", route, 42980)


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_each_protection_route_later_in_2026_27(route):
    r = lcwra_rate(ROUTES[route], assessment_period_start=LATER)
    assert (r.key, r.amount) == ("protected", 42980)


def test_new_claimant_before_6_april_2026_gets_the_one_amount():
    r = lcwra_rate(LcwraRateFacts(), assessment_period_start=BEFORE)
    assert (r.key, r.decided_by, r.amount, r.tests_met) == ("protected", "before_6_april_2026", 42327, ())


def test_new_claimant_from_6_april_2026_gets_217_26():
    # UC Act 2025 s 2(1): £217.26
    r = lcwra_rate(LcwraRateFacts(), assessment_period_start=AFTER)
    assert (r.key, r.decided_by, r.amount) == ("new_claimant", "new_claimant", 21726)
    assert "reg 27(2)(d)" in r.reference


def test_element_before_2026_but_a_break_since_is_not_protected():
    # reg 27A(1)(b): continuity broken (other than a financial-condition break of up to 6 months)
    f = LcwraRateFacts(element_before_6_april_2026=True, continuously_entitled_since=False)
    assert lcwra_rate(f, assessment_period_start=AFTER).key == "new_claimant"


def test_schedule_5a_case_without_continuity_is_not_protected():
    f = LcwraRateFacts(awaiting_first_assessment=True, element_continuous_since_first_included=False)
    assert lcwra_rate(f, assessment_period_start=AFTER).key == "new_claimant"


@pytest.mark.parametrize("missing", ["lcwra_on_descriptors", "descriptor_constant_for_life", "nhs_diagnosis"])
def test_severe_conditions_criteria_need_all_three_conditions(missing):
    facts = dict(lcwra_on_descriptors=True, descriptor_constant_for_life=True, nhs_diagnosis=True)
    facts[missing] = False
    r = lcwra_rate(LcwraRateFacts(**facts), assessment_period_start=AFTER)
    assert (r.key, r.amount) == ("new_claimant", 21726)


def test_several_tests_met_the_first_in_statutory_order_decides():
    f = LcwraRateFacts(terminally_ill=True, element_before_6_april_2026=True, continuously_entitled_since=True)
    r = lcwra_rate(f, assessment_period_start=AFTER)
    assert r.decided_by == "pre_2026_claimant"
    assert r.tests_met == ("pre_2026_claimant", "terminally_ill")


def test_scc_from_a_descriptor_assessment():
    # LCWRA on Sch 7 descriptor 9 (cannot learn a simple task), constant and lifelong,
    # NHS diagnosis: severe conditions criteria -> protected from 6 April 2026
    a = assess_wca(["lcwra.9", "lcw.11a"], on=AFTER)
    scc = severe_conditions_criteria(a, constant_for_life=["lcwra.9"], nhs_diagnosis=True)
    assert scc is True
    facts = LcwraRateFacts(lcwra_on_descriptors=a.lcwra_on_descriptors, descriptor_constant_for_life=True,
                           nhs_diagnosis=True)
    r = lcwra_rate(facts, assessment_period_start=AFTER)
    assert (r.decided_by, r.amount) == ("severe_conditions_criteria", 42980)


def test_treated_as_cancer_is_not_scc_and_is_new_claimant_rate():
    # Sch 9 para 3 cancer treatment is LCWRA, but not "on the basis of an assessment" (reg 40A(2)(a))
    a = assess_wca([], treated_as=["sch9.cancer_treatment"], on=AFTER)
    assert a.outcome == "lcwra" and not a.lcwra_on_descriptors
    assert severe_conditions_criteria(a, constant_for_life=[], nhs_diagnosis=True) is False
    r = lcwra_rate(LcwraRateFacts(lcwra_on_descriptors=a.lcwra_on_descriptors, nhs_diagnosis=True),
                   assessment_period_start=AFTER)
    assert (r.key, r.amount) == ("new_claimant", 21726)


def test_scc_needs_a_constant_descriptor_to_be_one_the_assessment_found():
    a = assess_wca(["lcwra.9"], on=AFTER)
    with pytest.raises(InputError, match="lcwra.9"):
        severe_conditions_criteria(a, constant_for_life=["lcwra.1"], nhs_diagnosis=True)


def test_scc_without_nhs_diagnosis_fails():
    a = assess_wca(["lcwra.1"], on=AFTER)
    assert severe_conditions_criteria(a, constant_for_life=["lcwra.1"], nhs_diagnosis=False) is False


def test_facts_must_be_booleans():
    with pytest.raises(InputError, match="terminally_ill"):
        LcwraRateFacts(terminally_ill="yes")


def test_without_amount():
    r = lcwra_rate(LcwraRateFacts(), assessment_period_start=AFTER, with_amount=False)
    assert (r.key, r.amount, r.source) == ("new_claimant", None, None)


def test_explain_names_the_test_and_amount():
    text = lcwra_rate(ROUTES["terminally_ill"], assessment_period_start=AFTER).explain()
    assert "£429.80" in text and "terminally_ill" in text
