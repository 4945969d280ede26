"""An amount written with how often in words ("£85.60 pw", "4451.20 pa",
"371 pcm"), as advisers write them, is refused with the same words as
"371/month": the amount alone, how often given apart, never "expected an
amount in pounds" as if the number could not be read (qa-ana10)."""

from __future__ import annotations

import pytest

from entitlements import caseload_gains
from entitlements.errors import InputError
from entitlements.io.households import parse_pounds

APART = "an amount in pounds alone, such as 120.00: how often is given apart"


@pytest.mark.parametrize("text", ["£85.60 pw", "85.60pw", "85.60 p/w", "£85.60 per week", "85.60 a week", "85.60 weekly",
                                  "4451.20 pa", "4,451.20 p.a.", "4451.20 per annum", "4451.20 a year", "371 pcm",
                                  "371 per month", "371 monthly", "371/month", "£120/week"])
def test_how_often_in_words_is_refused_as_given_apart(text):
    with pytest.raises(InputError) as e:
        parse_pounds(text, "benefit_weekly")
    assert e.value.expected.startswith(APART), e.value.expected


@pytest.mark.parametrize("text", ["85.60 apples", "pw", "85.60 p"])
def test_other_words_are_not_an_amount(text):
    with pytest.raises(InputError) as e:
        parse_pounds(text, "benefit_weekly")
    assert e.value.expected == "an amount in pounds, such as 900.00"


def test_in_a_caseload_row():
    row = {"case_id": "a", "adult1_age": "45", "claim_start": "2025-01-10", "outcome": "benefit_claimed",
           "benefit": "other", "benefit_weekly": "£85.60 pw", "outcome_date": "2025-03-01", "confirmed": "yes"}
    g = caseload_gains([row])
    assert not g.valid[0] and str(g.reasons[0]).startswith(f"benefit_weekly: '£85.60 pw' is not allowed (expected {APART}")
