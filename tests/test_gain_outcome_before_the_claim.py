"""An outcome that takes effect before the Universal Credit award began is
valued from the award's first assessment period (there is no UC before it,
SI 2013/376 reg 21), the same on one household and in a caseload, and a note
says so. An award decided before it takes effect (a future-dated award) is
valued from the period it takes effect in, with no arrears."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, caseload_gains
from entitlements.gain import Outcome, Scenario, income_gain

D = dt.date
CLAIM = D(2025, 1, 10)


def test_lcwra_effective_a_year_before_the_claim_counts_from_the_claim():
    # LCWRA treated as beginning 2024-01-10, evidence that day: the relevant period (reg 28(2)(b)) is 2024-01-10 to
    # 2024-04-09, ended before the award began, so the element is in from the first assessment period, 2025-01-10,
    # at the 2024-25 rate £416.19 a month (SI 2024/242). Weekly equivalent 416.19 x 12 / 52 = 96.0438 -> £96.04;
    # x 52 = £4,994.08 a year. Nothing before 2025-01-10 is counted: no arrears.
    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=CLAIM,
                 outcomes=(Outcome(kind="lcwra_found", effective=D(2024, 1, 10)),))
    g = income_gain(s)
    assert (g.annual, g.arrears_uc, g.recurring_from, g.periods[0].start) == (499408, 0, CLAIM, CLAIM)
    assert g.periods[0].after - g.periods[0].before == 41619
    assert any(a.startswith("The outcome takes effect on 2024-01-10, before the award began on 2025-01-10: it is "
                            "valued from the award's first assessment period") for a in g.assumptions)
    row = {"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
           "outcome_date": "2024-01-10"}
    c = caseload_gains([row])
    assert c.valid.tolist() == [True] and c.annual.tolist() == [499408]


def test_a_future_dated_award_decided_first_is_valued_from_when_it_takes_effect():
    # PIP daily living standard, decided 2025-01-10 to start 2025-06-10: valued at the 2025-26 rate £73.90 a week
    # (SI 2025/295): x 52 = £3,842.80; decided before it starts, so no arrears.
    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=CLAIM,
                 outcomes=(Outcome(kind="pip_awarded", pip_daily_living="standard", effective=D(2025, 6, 10),
                                   decided=CLAIM),))
    g = income_gain(s)
    assert (g.annual, g.arrears_uc) == (384280, 0)
    row = {"case_id": "b", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "pip_awarded",
           "award_pip_daily_living": "standard", "outcome_date": "2025-06-10", "decision_date": "2025-01-10"}
    assert caseload_gains([row]).annual.tolist() == [384280]
