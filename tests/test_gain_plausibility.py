"""Plausible dates (entitlements.gain.plausibility): the same rules on one
household and in a caseload. A confirmed outcome decided after ``as_of`` is
refused; a date more than 2 years after ``as_of`` is refused; and whatever
``as_of``, a date more than 5 years past the rule tables. Refused on one
household with one line naming the field, the value and what is allowed; in
a caseload an error row with the same words, naming the column, no row lost."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings, strategies as st

import gain_scenarios
from entitlements import Adult, Household, caseload_gains
from entitlements.errors import InputError
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.gain.plausibility import COLUMNS, ImplausibleDate, rates_known_until
from entitlements.rates_policy import RatesPolicy
from entitlements.tables import default_tables

D = dt.date
AS_OF = D(2026, 12, 7)
CLAIM = D(2025, 1, 10)


def _scenario(decided, confirmed=True, *, claim=CLAIM, effective=CLAIM):
    return Scenario(household=Household(adults=Adult(age=40)), claim_start=claim,
                    outcomes=(Outcome(kind="lcwra_found", effective=effective, decided=decided, confirmed=confirmed),))


def _row(decided, confirmed, *, claim="2025-01-10", effective="2025-01-10", case_id="a"):
    return {"case_id": case_id, "adult1_age": "40", "claim_start": claim, "outcome": "lcwra_found",
            "outcome_date": effective, "decision_date": decided, "confirmed": "yes" if confirmed else "no"}


CONFIRMED_EXPECTED = ("(expected a decision date on or before 2026-12-07 (as_of, the day the work is done) for a confirmed "
                      "outcome, which has been decided: if the decision is still to come, the outcome is predicted "
                      "(confirmed: no)).")


# -- a confirmed outcome is decided by as_of -------------------------------------------------------

def test_confirmed_decided_2025_is_valued_and_2099_refused_as_of_2026_12_07():
    # LCWRA from 2025-01-10 (evidence that day), claim 2025-01-10: the relevant period (reg 28) ends 2025-04-09, so the
    # element (£423.27 a month 2025-26, SI 2025/295) is in from the period beginning 2025-04-10. Decided 2025-07-20, in
    # the period beginning 2025-07-10: arrears are the periods of 10 April, 10 May, 10 June = 3 x £423.27 = £1,269.81.
    g = income_gain(_scenario(D(2025, 7, 20)), as_of=AS_OF)
    assert (g.arrears_uc, g.arrears) == (126981, 126981)
    # The same household decided 2099-07-20 (a slip for 2025): refused, not £382,873.44 of arrears at held rates.
    with pytest.raises(ImplausibleDate) as e:
        income_gain(_scenario(D(2099, 7, 20)), as_of=AS_OF)
    assert str(e.value) == "decided: '2099-07-20' is not allowed " + CONFIRMED_EXPECTED
    assert (e.value.field, e.value.value) == ("decided", "2099-07-20")
    # In a caseload: an error row, with the same words naming the column, and the other row valued as one household.
    c = caseload_gains([_row("2025-07-20", True), _row("2099-07-20", True, case_id="b")], as_of=AS_OF)
    assert len(c) == 2 and c.valid.tolist() == [True, False]
    assert c.reasons[1] == "decision_date: '2099-07-20' is not allowed " + CONFIRMED_EXPECTED
    assert c.arrears.tolist()[0] == 126981
    assert c.errors() == [{"row": 2, "case_id": "b", "reason": c.reasons[1]}]


def test_confirmed_decided_the_day_after_as_of_is_refused_and_on_it_accepted():
    # The bound is as_of itself: 2026-12-07 is allowed, 2026-12-08 is not.
    assert income_gain(_scenario(AS_OF), as_of=AS_OF).confirmed
    with pytest.raises(ImplausibleDate, match=r"^decided: '2026-12-08' is not allowed \(expected a decision date on or before 2026-12-07"):
        income_gain(_scenario(D(2026, 12, 8)), as_of=AS_OF)
    c = caseload_gains([_row("2026-12-07", True), _row("2026-12-08", True)], as_of=AS_OF)
    assert c.valid.tolist() == [True, False]


def test_a_decision_date_left_blank_is_the_effective_date_and_checked_as_it():
    # No decision date: decided on the effective date (Outcome.decision_date), so a confirmed outcome taking effect
    # after as_of is refused as decided then. The value came from the effective date (outcome_date): the error names
    # that, and says the decision date was blank, the same words on both paths (not "decision_date", left blank).
    blank = ("; no decision date was given (blank), so the outcome is taken as decided on the date it takes effect).")
    with pytest.raises(ImplausibleDate) as e:
        income_gain(_scenario(None, effective=D(2027, 1, 10)), as_of=AS_OF)
    assert str(e.value) == "effective: '2027-01-10' is not allowed " + CONFIRMED_EXPECTED[:-2] + blank
    c = caseload_gains([_row("", True, effective="2027-01-10"), _row("2027-01-10", True, effective="2027-01-10")],
                       as_of=AS_OF)
    assert c.reasons[0] == str(ImplausibleDate(COLUMNS[e.value.field], e.value.value, e.value.expected))
    assert c.reasons[0] == "outcome_date: '2027-01-10' is not allowed " + CONFIRMED_EXPECTED[:-2] + blank
    # A decision date typed (the same day) is named as typed.
    assert c.reasons[1] == "decision_date: '2027-01-10' is not allowed " + CONFIRMED_EXPECTED
    # A caseload given as scenarios (read one by one, cases_from_scenarios) says the same.
    c2 = caseload_gains([_scenario(None, effective=D(2027, 1, 10))], as_of=AS_OF)
    assert c2.reasons[0] == c.reasons[0]


def test_no_as_of_no_check_the_library_reads_no_clock():
    # as_of None (the default): a confirmed outcome decided in 2027 is valued (the API as before).
    g = income_gain(_scenario(D(2027, 6, 1)))
    assert g.arrears_uc == 1066664


# -- a predicted outcome: up to 2 years after as_of -------------------------------------------------

def test_predicted_decided_2027_06_01_is_valued_with_arrears_worked_by_hand():
    # Predicted, decided 2027-06-01 (in the period beginning 2027-05-10, number 28). Arrears: periods 3 to 27.
    # 12 periods beginning 2025-04-10 to 2026-03-10 at £423.27 (2025-26) = £5,079.24; from 6 April 2026 the claim
    # (before that day) keeps the protected amount, £429.80 (2026-27), for the 13 periods beginning 2026-04-10 to
    # 2027-04-10 (the 2027-28 rates apply from the period beginning on or after 12 April 2027) = £5,587.40.
    # Arrears £10,666.64.
    g = income_gain(_scenario(D(2027, 6, 1), confirmed=False), as_of=AS_OF)
    assert g.arrears_uc == 12 * 42327 + 13 * 42980 == 1066664
    c = caseload_gains([_row("2027-06-01", False)], as_of=AS_OF)
    assert c.valid.tolist() == [True] and c.arrears.tolist() == [1066664] and c.annual.tolist() == [g.annual]
    # Confirmed, the same date is refused: it has not happened yet on 2026-12-07.
    with pytest.raises(ImplausibleDate):
        income_gain(_scenario(D(2027, 6, 1), confirmed=True), as_of=AS_OF)


def test_predicted_decision_up_to_two_years_after_as_of():
    # as_of 2026-12-07 + 2 years = 2028-12-07: allowed; 2028-12-08 is not.
    income_gain(_scenario(D(2028, 12, 7), confirmed=False), as_of=AS_OF)
    with pytest.raises(ImplausibleDate) as e:
        income_gain(_scenario(D(2028, 12, 8), confirmed=False), as_of=AS_OF)
    assert str(e.value) == ("decided: '2028-12-08' is not allowed (expected the decision date no more than 2 years after "
                            "as_of 2026-12-07, i.e. on or before 2028-12-07 (tribunal waits are measured in months: a "
                            "later date is taken for a mistake)).")
    c = caseload_gains([_row("2028-12-07", False), _row("2028-12-08", False)], as_of=AS_OF)
    assert c.valid.tolist() == [True, False]
    assert c.reasons[1] == str(ImplausibleDate("decision_date", "2028-12-08", e.value.expected))


def test_a_claim_start_or_effective_date_more_than_two_years_after_as_of_is_refused():
    # The claim began 2029-01-10 (a slip): refused, naming claim_start (the decision, 2025-07-20, is plausible).
    with pytest.raises(ImplausibleDate, match=r"^claim_start: '2029-01-10' is not allowed \(expected the first day of "
                                              r"the award no more than 2 years after as_of 2026-12-07"):
        income_gain(_scenario(D(2025, 7, 20), confirmed=False, claim=D(2029, 1, 10)), as_of=AS_OF)
    # An award decided 2026-01-10 to take effect 2029-01-10: refused, naming the effective date.
    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=CLAIM,
                 outcomes=(Outcome(kind="pip_awarded", pip_daily_living="standard", effective=D(2029, 1, 10),
                                   decided=D(2026, 1, 10)),))
    with pytest.raises(ImplausibleDate, match=r"^effective: '2029-01-10' is not allowed \(expected the date the outcome "
                                              r"takes effect no more than 2 years after as_of"):
        income_gain(s, as_of=AS_OF)
    c = caseload_gains([_row("2025-07-20", False, claim="2029-01-10")], as_of=AS_OF)
    assert c.reasons[0].startswith("claim_start: '2029-01-10' is not allowed (expected the first day of the award")


def test_several_outcomes_name_the_one_refused():
    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=CLAIM,
                 outcomes=(Outcome(kind="lcwra_found", effective=CLAIM, decided=D(2025, 7, 20), confirmed=True),
                           Outcome(kind="pip_awarded", pip_daily_living="standard", effective=CLAIM,
                                   decided=D(2027, 2, 1), confirmed=True)))
    with pytest.raises(ImplausibleDate, match=r"^outcomes\[2\]\.decided: '2027-02-01'"):
        income_gain(s, as_of=AS_OF)


# -- whatever as_of: not more than 5 years past the rule tables -------------------------------------

def test_dates_more_than_five_years_past_the_tables_are_refused_under_any_policy():
    # The standard allowance table ends 2027-04-11: + 5 years = 2032-04-11, the last date allowed, with no as_of.
    assert rates_known_until(default_tables()) == D(2027, 4, 11)
    # Tables already under a rates policy keep the bound of the rows from a text (the held rows do not count).
    assert rates_known_until(RatesPolicy.parse("hold").apply(default_tables())) == D(2027, 4, 11)
    expected = ("(expected the decision date no more than 5 years after 2027-04-11, the last day the rule tables give "
                "rates for (uc.standard_allowance), i.e. on or before 2032-04-11, whatever the rates policy: a gain "
                "further off would rest wholly on rates held or assumed).")
    for policy in ("hold", "uprate:3.1"):
        with pytest.raises(ImplausibleDate) as e:
            income_gain(_scenario(D(2099, 7, 20), confirmed=False), rates_after=policy)
        assert str(e.value) == "decided: '2099-07-20' is not allowed " + expected
        with pytest.raises(ImplausibleDate, match=r"^decided: '2032-04-12'"):
            income_gain(_scenario(D(2032, 4, 12), confirmed=False), rates_after=policy)
    c = caseload_gains([_row("2099-07-20", True), _row("2025-07-20", True)])
    assert c.valid.tolist() == [False, True]
    assert c.reasons[0] == "decision_date: '2099-07-20' is not allowed " + expected


def test_the_last_date_the_tables_allow_is_valued():
    g = income_gain(_scenario(D(2032, 4, 11), confirmed=False), horizon_months=1)
    c = caseload_gains([_row("2032-04-11", False)], horizon_months=1)
    assert c.valid.tolist() == [True] and c.arrears.tolist() == [g.arrears]


def test_an_end_date_and_arrears_reaching_back_are_not_bounded():
    # An award ending in 2040 (beyond any projection, it changes no figure) and an outcome decided 2026-06-01 that took
    # effect 2023-06-01 (an official error put right years back: SI 2013/381 reg 21): both valued.
    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=D(2023, 6, 1),
                 outcomes=(Outcome(kind="pip_awarded", pip_daily_living="standard", effective=D(2023, 6, 1),
                                   decided=D(2026, 6, 1), ends=D(2040, 1, 1), confirmed=True),))
    g = income_gain(s, as_of=AS_OF)
    assert g.arrears > 0 and g.recurring_from is not None


def test_as_of_must_be_a_date():
    for bad in ("2026-12-07", dt.datetime(2026, 12, 7, 9, 0)):
        with pytest.raises(InputError, match=r"^as_of: .* is not allowed \(expected a date"):
            income_gain(_scenario(D(2025, 7, 20)), as_of=bad)
        with pytest.raises(InputError, match=r"^as_of: "):
            caseload_gains([_row("2025-07-20", True)], as_of=bad)


# -- the same on both paths -------------------------------------------------------------------------

@settings(max_examples=12, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(5, 8), st.dates(D(2024, 6, 1), D(2027, 6, 1)))
def test_both_paths_refuse_the_same_cases_with_the_same_words(r, n, as_of):
    """For generated scenarios (claims 2024-26, decisions up to 380 days after
    the outcome) and an as_of from 2024 to 2027: a case one household
    refuses is an error row in the caseload with the same words (naming the
    column), and every other agrees to the penny (gain_scenarios.differences)."""
    scens = gain_scenarios.scenarios(r, n)
    compared, refused, differ = gain_scenarios.differences(scens, as_of=as_of)
    assert not differ, "\n".join(differ)
    c, unchecked = caseload_gains(scens, as_of=as_of), caseload_gains(scens)
    for i, s in enumerate(scens):
        try:
            income_gain(s, as_of=as_of)
        except ImplausibleDate as e:
            assert not c.valid[i]
            if unchecked.valid[i]:  # a case with something else wrong too may name that first
                assert c.reasons[i] == str(ImplausibleDate(COLUMNS[e.field], e.value, e.expected))
        except InputError:
            assert not c.valid[i]
        else:
            assert c.valid[i]


def test_a_confirmed_decision_after_as_of_is_refused_on_both_paths_and_counted():
    # A fixed draw: every confirmed case decided after as_of is refused by both; none decided on or before it is.
    scens = gain_scenarios.scenarios(random.Random(7), 40)
    as_of = D(2025, 6, 1)
    c, unchecked = caseload_gains(scens, as_of=as_of), caseload_gains(scens)
    late = [bool(s.outcomes[0].confirmed and s.outcomes[0].decision_date > as_of) for s in scens]
    # The other rule with as_of: no date more than 2 years after it (2027-06-01).
    far = [max(s.claim_start, s.outcomes[0].effective, s.outcomes[0].decision_date) > D(2027, 6, 1) for s in scens]
    assert any(late[i] and unchecked.valid[i] for i in range(len(scens)))
    assert any(not late[i] and not far[i] and unchecked.valid[i] for i in range(len(scens)))
    for i in range(len(scens)):
        if unchecked.valid[i]:  # (a row with something else wrong is refused for that)
            assert c.valid[i] == (not late[i] and not far[i])
            assert not late[i] or c.reasons[i].startswith("decision_date: ")
