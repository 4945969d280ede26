"""A Health Justice Partnership's tool, as its developer would write it
against the public API: one household with Housing Benefit and Council Tax
Reduction (its council and band), a benefit check, the income gain of an
advice outcome, and a caseload from a pandas DataFrame.

``tests/test_typing.py`` runs ``mypy --strict`` on this file and runs it.
``assert_type`` pins that each public function returns exactly what it says
(``X | Any`` would let any use of the result pass unchecked).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import assert_type

import pandas as pd  # type: ignore[import-untyped]  # (pandas ships no types; pandas-stubs would)

from entitlements import (
    Adult,
    BenefitCheck,
    Caseload,
    CaseloadCheck,
    CaseloadEstimate,
    CaseloadGains,
    Circumstances,
    Claims,
    Estimate,
    Gain,
    Household,
    Housing,
    InputError,
    Outcome,
    Scenario,
    Tables,
    benefit_check,
    caseload_gains,
    check_caseload,
    estimate,
    estimate_caseload,
    income_gain,
)

ON = dt.date(2026, 5, 1)


def patient() -> Household:
    """A pensioner renting from the council in Coventry, band B: HB and CTR."""
    return Household(
        adults=Adult(age=67, state_pension_weekly=17000),
        housing=Housing(tenure="social_rent", rent=45000, bedrooms=1, council_tax_band="B"),
        local_authority="Coventry",
    )


def hb_and_ctr(tables: Tables) -> tuple[int | None, str]:
    e = estimate(patient(), on=ON, tables=tables)
    assert_type(e, Estimate)
    record = json.loads(json.dumps(e.to_dict()))
    hb = record["housing_benefit"]
    weekly: int | None = None if hb is None else hb["weekly_pence"]
    assert record["council_tax"] is not None
    return weekly, str(e.rules)


def check() -> int:
    bc = benefit_check(patient(), on=ON, claims=Claims(housing_benefit=False), circumstances=Circumstances(care_needs=(1,)))
    assert_type(bc, BenefitCheck)
    again = pickle.loads(pickle.dumps(bc))  # to a worker process and back
    assert again.to_dict() == bc.to_dict()
    return bc.claims_gain_weekly


def gain() -> int:
    outcome = Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10), decided=dt.date(2025, 7, 20))
    g = income_gain(Scenario(household=Household(adults=Adult(age=45)), claim_start=dt.date(2025, 1, 10), outcomes=(outcome,)))
    assert_type(g, Gain)
    return g.annual


def caseload() -> int:
    df = pd.DataFrame({"case_id": ["a", "b"], "adult1_age": [40, 70], "housing_tenure": ["social_rent", "social_rent"],
                       "housing_rent": ["450", "400"], "housing_bedrooms": [1, 1]})
    cases = Caseload.from_dataframe(df)
    assert_type(cases, Caseload)
    result = estimate_caseload(cases, on=ON)
    assert_type(result, CaseloadEstimate)
    one_a_row = estimate_caseload([patient(), patient()], on=pd.Series(pd.to_datetime(["2026-05-01", "2026-06-01"])))
    assert_type(one_a_row, CaseloadEstimate)
    checked = check_caseload(df, on=ON, claims={"universal_credit": False, "pension_credit": False})
    assert_type(checked, CaseloadCheck)
    return int(result.award.sum()) + int(one_a_row.valid.sum()) + len(checked.summary())


def caseload_of_outcomes() -> int:
    records = [{"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
                "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes"}]
    gains = caseload_gains(records)
    assert_type(gains, CaseloadGains)
    return int(gains.annual.sum())


def refused() -> str:
    try:
        Housing(tenure="social_rent", rent=450.0, bedrooms=1)  # type: ignore[arg-type]  # pounds, not pence
    except InputError as e:
        return f"{e.field}: {e.expected}"
    return "accepted"


def main() -> None:
    tables = Tables.load()
    print(hb_and_ctr(tables), check(), gain(), caseload(), caseload_of_outcomes(), refused())


if __name__ == "__main__":
    main()
