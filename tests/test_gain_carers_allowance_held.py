"""A Carer's Allowance outcome for an adult who already gets Carer's
Allowance before advice is refused, not counted as new money: no one is
entitled to more than one Carer's Allowance for the same day (SSCBA 1992
s 70(7)). One household raises a one-line error naming the outcome; a
caseload row becomes an error row with the same reason, and the other rows
go on (:func:`entitlements.gain.outcomes.held_refusal`).

Before the fix both were accepted: a single 40-year-old already claiming
Carer's Allowance was credited £4,331.60 a year for it again.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, InputError, caseload_gains
from entitlements.gain import Outcome, Scenario, income_gain

D = dt.date
F = D(2025, 5, 1)


def _ca_outcome(household: Household, adult: int = 1) -> Scenario:
    return Scenario(household=household, claim_start=F, outcomes=(
        Outcome(kind="carers_allowance", effective=F, decided=F, confirmed=True, adult=adult),))


def _refused(adult: int, held: str) -> str:
    return (f"outcomes[1].kind: 'carers_allowance' is not allowed (expected an outcome adult {adult} does not already "
            f"have: adult {adult} already gets Carer's Allowance before advice ({held}), so it is no new money; "
            "if its amount changed, use income_change).")


def _in_file(reason: str) -> str:
    """The reason as a caseload's row gives it: naming the file's column (outcome), not outcomes[1].kind."""
    return reason.replace("outcomes[1].kind:", "outcome:", 1)


def test_one_household_claiming_carers_allowance_is_refused_a_second_award():
    with pytest.raises(InputError) as e:
        _ca_outcome(Household(adults=Adult(age=40, carer=True, claims_carers_allowance=True)))
    assert str(e.value) == _refused(1, "claims_carers_allowance")
    assert "\n" not in str(e.value)


def test_one_household_paid_carers_allowance_is_refused_a_second_award():
    # £83.30 a week, the 2025-26 rate, given as paid.
    with pytest.raises(InputError) as e:
        _ca_outcome(Household(adults=Adult(age=40, carers_allowance_weekly=8330)))
    assert e.value.field == "outcomes[1].kind"
    assert str(e.value) == _refused(1, "carers_allowance_weekly")


def test_the_partner_who_gets_it_does_not_stop_an_award_to_the_other_adult():
    # Adult 2 claims it; the outcome awards it to adult 1 (caring for someone else): accepted.
    h = Household(adults=(Adult(age=40), Adult(age=41, carer=True, claims_carers_allowance=True)))
    assert income_gain(_ca_outcome(h, adult=1)).annual > 0
    with pytest.raises(InputError) as e:
        _ca_outcome(h, adult=2)
    assert str(e.value) == _refused(2, "claims_carers_allowance")


def test_caseload_rows_become_error_rows_and_none_is_lost():
    rows = [
        {"case_id": "claims", "adult1_age": "40", "adult1_carer": "true", "adult1_claims_carers_allowance": "true",
         "claim_start": "2025-05-01", "outcome": "carers_allowance", "outcome_date": "2025-05-01"},
        {"case_id": "paid", "adult1_age": "40", "adult1_carers_allowance_weekly": "83.30",
         "claim_start": "2025-05-01", "outcome": "carers_allowance", "outcome_date": "2025-05-01"},
        {"case_id": "lcwra", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
         "outcome_date": "2025-01-10"},
        {"case_id": "partner", "adult1_age": "40", "adult2_age": "41", "adult2_carer": "true",
         "adult2_claims_carers_allowance": "true", "claim_start": "2025-05-01", "outcome": "carers_allowance",
         "outcome_adult": "2", "outcome_date": "2025-05-01"},
    ]
    g = caseload_gains(rows)
    assert len(g.valid) == 4
    assert g.valid.tolist() == [False, False, True, False]
    # LCWRA found for the 40-year-old: the LCWRA element, £423.27 a month 2025-26 x 12 = £5,079.36;
    # the refused rows count nothing.
    assert g.annual.tolist() == [0, 0, 507936, 0]
    errors = g.errors()
    assert [(e["row"], e["case_id"]) for e in errors] == [(1, "claims"), (2, "paid"), (4, "partner")]
    assert [e["reason"] for e in errors] == [_in_file(_refused(1, "claims_carers_allowance")),
                                             _in_file(_refused(1, "carers_allowance_weekly")),
                                             _in_file(_refused(2, "claims_carers_allowance"))]


def test_caseload_reason_is_the_one_household_error():
    s = {"case_id": "a", "adult1_age": "40", "adult1_carer": "true", "adult1_claims_carers_allowance": "true",
         "claim_start": "2025-05-01", "outcome": "carers_allowance", "outcome_date": "2025-05-01"}
    with pytest.raises(InputError) as e:
        _ca_outcome(Household(adults=Adult(age=40, carer=True, claims_carers_allowance=True)))
    assert caseload_gains([s]).errors()[0]["reason"] == _in_file(str(e.value))


def test_caseload_csv_read_in_columns_refuses_the_same_rows(tmp_path):
    # A CSV file is read in columns (io.outcome_columns), not row by row: the same rows are refused there.
    path = tmp_path / "cases.csv"
    path.write_text(
        "case_id,adult1_age,adult1_carer,adult1_claims_carers_allowance,adult1_carers_allowance_weekly,"
        "claim_start,outcome,outcome_date\n"
        "claims,40,true,true,,2025-05-01,carers_allowance,2025-05-01\n"
        "paid,40,,,83.30,2025-05-01,carers_allowance,2025-05-01\n"
        "lcwra,40,,,,2025-01-10,lcwra_found,2025-01-10\n", encoding="utf-8")
    g = caseload_gains(str(path))
    assert g.valid.tolist() == [False, False, True]
    assert g.annual.tolist() == [0, 0, 507936]  # £423.27 x 12, as above
    assert [e["reason"] for e in g.errors()] == [_in_file(_refused(1, "claims_carers_allowance")),
                                                 _in_file(_refused(1, "carers_allowance_weekly"))]


def test_the_command_names_the_flag_in_one_line(capsys):
    from entitlements.cli import main

    status = main(["gain", "--age", "40", "--carer", "--claims-carers-allowance", "--with", "carers_allowance",
                   "--from", "2025-05-01", "--claim-start", "2025-05-01"])
    err = capsys.readouterr().err
    assert status == 1
    assert err == "entitlements: --with " + _refused(1, "claims_carers_allowance").replace("outcomes[1].kind:", "(outcomes[1].kind):") + "\n"
