"""A caseload row's error from a check of the calculation names the column
of the adult whose value it is (``adult2_date_of_birth``), not the template
``adultN_date_of_birth``: in the estimate of a caseload and in its benefit
check alike."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Caseload, check_caseload, estimate_caseload

ON = dt.date(2026, 5, 1)

ROWS = [  # (record, the column named)
    ({"adult1_age": "30", "adult2_date_of_birth": "2020-01-01"}, "adult2_date_of_birth"),
    ({"adult1_date_of_birth": "2020-01-01", "adult2_age": "30"}, "adult1_date_of_birth"),
    ({"adult1_date_of_birth": "2020-01-01", "adult2_date_of_birth": "2021-01-01"}, "adult1_date_of_birth"),
    # Aged 66 by age only after 6 April 2026: State Pension age turns on the date of birth.
    ({"adult1_age": "30", "adult2_age": "66"}, "adult2_date_of_birth"),
    ({"adult1_age": "66", "adult2_age": "30"}, "adult1_date_of_birth"),
    # Attendance Allowance under its qualifying age.
    ({"adult1_age": "40", "adult2_age": "50", "adult2_attendance_allowance": "higher"}, "adult2_attendance_allowance"),
    ({"adult1_age": "40", "adult1_attendance_allowance": "higher", "adult2_age": "50"}, "adult1_attendance_allowance"),
]


def _fields(errors):
    return {e.row: e.field for e in errors}


def test_the_estimate_names_each_adults_column():
    c = Caseload.from_records([r for r, _ in ROWS] + [{"adult1_age": "30"}])
    errors = estimate_caseload(c, on=ON).caseload.errors
    assert _fields(errors) == {i: field for i, (_, field) in enumerate(ROWS, start=1)}
    for e in errors:
        assert e.reason.startswith(f"{e.field}: give ") and "adultN" not in str(e)


def test_the_benefit_check_names_each_adults_column():
    records = [{**r, "claims_universal_credit": "no", "claims_pension_credit": "no"} for r, _ in ROWS]
    errors = check_caseload(Caseload.from_records(records), on=ON).caseload.errors
    assert _fields(errors) == {i: field for i, (_, field) in enumerate(ROWS, start=1)}
    assert not any("adultN" in str(e) for e in errors)


@pytest.mark.parametrize("second", [False, True])
def test_the_savings_credit_question_names_the_adult_it_turns_on(second):
    # Born 1 June 1952: whether pensionable age came before 6 April 2016 turns on sex (asked for), beside a
    # partner born in 1943, for whom it does not; a couple with savings credit due.
    settled = {"date_of_birth": "1943-01-01", "state_pension_weekly": "200"}
    asked = {"date_of_birth": "1952-06-01", "state_pension_weekly": "120"}
    first, other = (settled, asked) if second else (asked, settled)
    record = {**{f"adult1_{k}": v for k, v in first.items()}, **{f"adult2_{k}": v for k, v in other.items()}}
    errors = estimate_caseload(Caseload.from_records([record]), on=dt.date(2023, 6, 1)).caseload.errors
    assert _fields(errors) == {1: f"adult{2 if second else 1}_reached_pension_age_before_6_april_2016"}
