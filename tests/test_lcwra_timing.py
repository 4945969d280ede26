"""When the LCWRA element starts: the relevant period of UC Regs 2013 reg 28.

Assessment periods follow reg 21: each begins on the day of the month of the
first day of entitlement, or on the last day of a month without that day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.assessments import lcwra_element_start, relevant_period_end
from entitlements.assessments.timing import assessment_period_containing
from entitlements.dates import assessment_period_start
from entitlements.errors import InputError

D = dt.date


# -- The relevant period: three months beginning with a day ----------------------------

@pytest.mark.parametrize("start, end", [
    (D(2026, 1, 15), D(2026, 4, 14)),   # the day before the 15th, three months on
    (D(2026, 3, 1), D(2026, 5, 31)),    # a whole-month run
    (D(2026, 1, 31), D(2026, 4, 30)),   # no 31 April: runs to the end of April
    (D(2025, 11, 30), D(2026, 2, 28)),  # no 30 February: end of February
    (D(2025, 11, 28), D(2026, 2, 27)),  # 28 February exists: the day before it
    (D(2027, 11, 29), D(2028, 2, 28)),  # leap year: 29 February 2028 exists, so the day before
])
def test_relevant_period_end(start, end):
    assert relevant_period_end(start) == end


# -- Must show: a claim whose assessment periods start on the 31st ----------------------

def test_claim_on_the_31st_evidence_the_same_day():
    # Claim (first day of entitlement) 31 Jan 2026; fit note given 31 Jan 2026.
    # APs: 31 Jan-27 Feb, 28 Feb-30 Mar, 31 Mar-29 Apr, 30 Apr-30 May, 31 May-29 Jun (reg 21(3)).
    # Relevant period 31 Jan - 30 Apr 2026; 30 Apr falls in the AP 30 Apr-30 May,
    # so the element is included from the next AP: 31 May 2026.
    s = lcwra_element_start(D(2026, 1, 31), evidence_given_on=D(2026, 1, 31))
    assert (s.relevant_period_start, s.relevant_period_end) == (D(2026, 1, 31), D(2026, 4, 30))
    assert s.relevant_period_ends_in == (D(2026, 4, 30), D(2026, 5, 30))
    assert (s.assessment_period, s.included_from, s.assessment_period_end) == (4, D(2026, 5, 31), D(2026, 6, 29))
    assert "reg 28(1), (2)(b)" in s.reference


def test_claim_on_the_31st_evidence_mid_period():
    # Claim 31 Oct 2025; fit note 10 Nov 2025. Relevant period 10 Nov 2025 - 9 Feb 2026.
    # APs: 31 Oct-29 Nov, 30 Nov-30 Dec, 31 Dec-30 Jan, 31 Jan-27 Feb, 28 Feb-30 Mar.
    # 9 Feb is in the AP 31 Jan-27 Feb, so the element starts with the AP from 28 Feb 2026.
    s = lcwra_element_start(D(2025, 10, 31), evidence_given_on=D(2025, 11, 10))
    assert s.relevant_period_end == D(2026, 2, 9)
    assert s.relevant_period_ends_in == (D(2026, 1, 31), D(2026, 2, 27))
    assert (s.included_from, s.assessment_period_end) == (D(2026, 2, 28), D(2026, 3, 30))


# -- Must show: evidence given on the day an assessment period starts -------------------

def test_evidence_on_the_first_day_of_an_assessment_period():
    # Claim 10 Mar 2026; fit note 10 Apr 2026, the first day of the second AP.
    # Relevant period 10 Apr - 9 Jul 2026: it ends on the last day of the AP 10 Jun - 9 Jul,
    # so the element is in the AP from 10 Jul 2026 - three whole APs of waiting.
    s = lcwra_element_start(D(2026, 3, 10), evidence_given_on=D(2026, 4, 10))
    assert s.relevant_period_end == D(2026, 7, 9)
    assert s.relevant_period_ends_in == (D(2026, 6, 10), D(2026, 7, 9))
    assert (s.assessment_period, s.included_from) == (4, D(2026, 7, 10))


def test_evidence_on_the_first_day_of_the_claim():
    # Claim and fit note 1 Jun 2026. Relevant period 1 Jun - 31 Aug; AP 1-31 Aug -> element from 1 Sep.
    s = lcwra_element_start(D(2026, 6, 1), evidence_given_on=D(2026, 6, 1))
    assert (s.relevant_period_end, s.included_from) == (D(2026, 8, 31), D(2026, 9, 1))


def test_evidence_one_day_into_an_assessment_period_costs_a_month():
    # Claim 10 Mar 2026; fit note 11 Apr 2026. Relevant period ends 10 Jul 2026,
    # in the AP 10 Jul - 9 Aug: element from 10 Aug (a month later than the test above).
    s = lcwra_element_start(D(2026, 3, 10), evidence_given_on=D(2026, 4, 11))
    assert (s.relevant_period_end, s.included_from) == (D(2026, 7, 10), D(2026, 8, 10))


# -- Cases with no relevant period (reg 28(3)(a), (5)) ----------------------------------

def test_terminal_illness_has_no_relevant_period():
    # Terminally ill from the claim: the element is in the first AP.
    s = lcwra_element_start(D(2026, 1, 31), evidence_given_on=D(2026, 1, 31), terminally_ill=True)
    assert (s.assessment_period, s.included_from, s.assessment_period_end) == (0, D(2026, 1, 31), D(2026, 2, 27))
    assert s.relevant_period_end is None
    assert s.reference.endswith("reg 28(5)(a)")


def test_terminal_illness_arising_during_the_award():
    # Claim 15 Jan 2026; terminally ill from 20 Mar 2026, in the AP 15 Mar - 14 Apr:
    # the element is included from 15 Mar 2026.
    s = lcwra_element_start(D(2026, 1, 15), terminally_ill=True, condition_from=D(2026, 3, 20))
    assert (s.assessment_period, s.included_from) == (2, D(2026, 3, 15))


def test_esa_support_component_has_no_relevant_period():
    s = lcwra_element_start(D(2026, 5, 5), esa_support_component=True)
    assert (s.included_from, s.relevant_period_end) == (D(2026, 5, 5), None)
    assert s.reference.endswith("reg 28(5)(b)")


def test_linked_previous_award_with_the_element():
    s = lcwra_element_start(D(2026, 5, 5), previous_award_included_element=True)
    assert s.included_from == D(2026, 5, 5)
    assert "28(3)(a)" in s.reference


def test_carried_over_relevant_period():
    # Previous award's relevant period would have ended 20 Jun 2026; new award from 5 May 2026.
    # 20 Jun is in the AP 5 Jun - 4 Jul, so the element starts 5 Jul 2026.
    s = lcwra_element_start(D(2026, 5, 5), previous_relevant_period_ends_on=D(2026, 6, 20))
    assert (s.relevant_period_start, s.relevant_period_end, s.included_from) == (None, D(2026, 6, 20), D(2026, 7, 5))
    assert "(3)(b)" in s.reference


def test_earnings_route_runs_from_the_later_of_award_and_application():
    # Earnings above the reg 41(2) threshold, PIP recipient assessed anyway; claim 1 Apr 2026,
    # element applied for 15 May 2026: relevant period 15 May - 14 Aug, in AP 1-31 Aug -> 1 Sep.
    s = lcwra_element_start(D(2026, 4, 1), earnings_at_or_above_threshold=True,
                            element_applied_for_on=D(2026, 5, 15))
    assert (s.relevant_period_start, s.relevant_period_end, s.included_from) == (
        D(2026, 5, 15), D(2026, 8, 14), D(2026, 9, 1))
    assert "(2)(a)" in s.reference


def test_relevant_period_over_before_the_award_began():
    # Fit note 1 Jan 2026 (e.g. to an employer); UC claimed 20 Apr 2026: the relevant period
    # (1 Jan - 31 Mar) is spent, so the element is in the first AP.
    s = lcwra_element_start(D(2026, 4, 20), evidence_given_on=D(2026, 1, 1))
    assert (s.assessment_period, s.included_from) == (0, D(2026, 4, 20))


def test_explain_mentions_dates():
    text = lcwra_element_start(D(2026, 3, 10), evidence_given_on=D(2026, 4, 10)).explain()
    assert "2026-07-10" in text and "2026-04-10 to 2026-07-09" in text


# -- Errors ------------------------------------------------------------------------------

def test_no_evidence_and_no_exception_is_an_error():
    with pytest.raises(InputError, match="evidence_given_on"):
        lcwra_element_start(D(2026, 4, 1))


def test_dates_must_be_dates():
    with pytest.raises(InputError, match="evidence_given_on"):
        lcwra_element_start(D(2026, 4, 1), evidence_given_on="2026-04-01")


# -- Properties ----------------------------------------------------------------------------

days = st.dates(min_value=D(2023, 1, 1), max_value=D(2027, 12, 31))


@settings(max_examples=300, deadline=None)
@given(days, st.integers(min_value=0, max_value=400))
def test_element_starts_on_an_assessment_period_after_the_relevant_period(first_day, offset):
    evidence = first_day + dt.timedelta(days=offset)
    s = lcwra_element_start(first_day, evidence_given_on=evidence)
    assert s.included_from == assessment_period_start(first_day, s.assessment_period)
    assert s.included_from > s.relevant_period_end
    # the AP before it contains the end of the relevant period
    assert assessment_period_start(first_day, s.assessment_period - 1) <= s.relevant_period_end
    # never more than about three months plus one assessment period after the evidence
    assert (s.included_from - evidence).days <= 92 + 31


@settings(max_examples=300, deadline=None)
@given(days, st.integers(min_value=0, max_value=800))
def test_assessment_period_containing_is_consistent(first_day, offset):
    day = first_day + dt.timedelta(days=offset)
    n = assessment_period_containing(first_day, day)
    assert assessment_period_start(first_day, n) <= day < assessment_period_start(first_day, n + 1)
