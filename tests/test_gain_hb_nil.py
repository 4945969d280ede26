"""An award of Housing Benefit the household's facts make nil is never valued
at a silent £0: both paths ask for the amount awarded, naming why."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, caseload_gains, income_gain
from entitlements.errors import InputError
from entitlements.gain.outcomes import Outcome, Scenario
from entitlements.household import Housing

MAY = dt.date(2025, 5, 1)
OWNER = Household(adults=Adult(age=75, state_pension_weekly=17000), housing=Housing(tenure="owner_occupier"))


def _row(**extra):
    return {"case_id": "x", "adult1_age": "75", "adult1_state_pension_weekly": "170", "housing_tenure": "owner_occupier",
            "claim_start": "2025-05-01", "outcome": "hb_awarded", "outcome_date": "2025-05-01", "confirmed": "yes", **extra}


def test_an_owner_awarded_housing_benefit_is_asked_the_amount_on_both_paths():
    # An owner pays no rent: Housing Benefit works out at nil (SSCBA 1992 s 130(1)(a)). The old code valued the
    # award at £0 a week without a word.
    s = Scenario(household=OWNER, claim_start=MAY, outcomes=(Outcome(kind="hb_awarded", effective=MAY, confirmed=True),))
    with pytest.raises(InputError, match=r"Housing Benefit works out at nil for this household \(no rent to meet\)"):
        income_gain(s)
    g = caseload_gains([_row()])
    assert g.valid.tolist() == [False]
    assert "Housing Benefit works out at nil for this household (no rent to meet)" in g.errors()[0]["reason"]


def test_the_amount_awarded_is_then_used():
    # £40.00 a week given: the annual gain is 40.00 x 52 = £2,080.00 on both paths.
    s = Scenario(household=OWNER, claim_start=MAY,
                 outcomes=(Outcome(kind="hb_awarded", effective=MAY, confirmed=True, weekly_amount=4000),))
    assert income_gain(s).annual == 208000
    g = caseload_gains([_row(benefit_weekly="40")])
    assert g.valid.tolist() == [True] and g.annual.tolist() == [208000]
