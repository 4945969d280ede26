"""A caseload row's error names the column of the adult whose value it is
(``adult2_date_of_birth``), not the template ``adultN_date_of_birth``, with
the value the cell holds and what is allowed, in one line (since 2026-12-07,
as the children's errors, tests/test_problem_names_the_child.py): a check of
the calculation (a date of birth out of range, an adult of 66 given by age
only, Attendance Allowance under its age) and a cell that cannot be read
alike, in the estimate of a caseload and its benefit check, read from a CSV
file, a workbook, a DataFrame or records."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from entitlements import Caseload, check_caseload, estimate_caseload
from entitlements.benefits.disability_ages import AA_RECEIVED_EXPECTED

ON = dt.date(2026, 5, 1)
_RANGE = ("a date of birth that makes each adult 16 to 120 at the end of the assessment period (an adult's age must "
          "be 16 to 120: a later date is a child's, or a mistake)")
_AT_66 = "a date of birth for an adult aged 66 in an assessment period beginning on or after 6 April 2026"

ROWS = [  # (record, the column named, its value, the start of the message)
    ({"adult1_age": "30", "adult2_date_of_birth": "2020-01-01"}, "adult2_date_of_birth", "2020-01-01",
     f"adult2_date_of_birth: '2020-01-01' is not allowed (expected {_RANGE})."),
    ({"adult1_date_of_birth": "2020-01-01", "adult2_age": "30"}, "adult1_date_of_birth", "2020-01-01",
     f"adult1_date_of_birth: '2020-01-01' is not allowed (expected {_RANGE})."),
    ({"adult1_date_of_birth": "2020-01-01", "adult2_date_of_birth": "2021-01-01"}, "adult1_date_of_birth", "2020-01-01",
     f"adult1_date_of_birth: '2020-01-01' is not allowed (expected {_RANGE})."),
    # 126 at the end of the period: over the range.
    ({"adult1_age": "30", "adult2_date_of_birth": "1900-06-01"}, "adult2_date_of_birth", "1900-06-01",
     f"adult2_date_of_birth: '1900-06-01' is not allowed (expected {_RANGE})."),
    # Aged 66 by age only after 6 April 2026: State Pension age turns on the date of birth, not given.
    ({"adult1_age": "30", "adult2_age": "66"}, "adult2_date_of_birth", None,
     f"adult2_date_of_birth: missing (expected {_AT_66}"),
    ({"adult1_age": "66", "adult2_age": "30"}, "adult1_date_of_birth", None,
     f"adult1_date_of_birth: missing (expected {_AT_66}"),
    # Attendance Allowance under its qualifying age: the rate held is named.
    ({"adult1_age": "40", "adult2_age": "50", "adult2_attendance_allowance": "higher"}, "adult2_attendance_allowance",
     "higher", f"adult2_attendance_allowance: 'higher' is not allowed (expected {AA_RECEIVED_EXPECTED})."),
    ({"adult1_age": "40", "adult1_attendance_allowance": "lower", "adult2_age": "50"}, "adult1_attendance_allowance",
     "lower", f"adult1_attendance_allowance: 'lower' is not allowed (expected {AA_RECEIVED_EXPECTED})."),
    # Cells that cannot be read (these named the value already: kept so).
    ({"adult1_age": "sixty"}, "adult1_age", "sixty", "adult1_age: 'sixty' is not allowed (expected a whole number)."),
    ({"adult1_age": "40", "adult2_age": "40", "adult2_gross_monthly_earnings": "-5"}, "adult2_gross_monthly_earnings",
     "-5", "adult2_gross_monthly_earnings: '-5' is not allowed (expected 0 or more pounds)."),
    ({"adult1_age": "40", "adult1_blind": "maybe"}, "adult1_blind", "maybe",
     "adult1_blind: 'maybe' is not allowed (expected true or false"),
    ({"adult1_age": "40", "adult1_work_hours_weekly": "lots"}, "adult1_work_hours_weekly", "lots",
     "adult1_work_hours_weekly: 'lots' is not allowed (expected a whole number)."),
    # Cells that contradict another cell of the adult's: the value as given (was 10000, the pence), and what is
    # allowed named by the row's columns (was "either gross_monthly_earnings ... or monthly_earnings", "None unless
    # lcwra is True").
    ({"adult1_age": "40", "adult1_gross_monthly_earnings": "100", "adult1_monthly_earnings": "900"},
     "adult1_gross_monthly_earnings", "100",
     "adult1_gross_monthly_earnings: '100' is not allowed (expected either adult1_gross_monthly_earnings (net is then "
     "worked out) or adult1_monthly_earnings (net), not both)."),
    ({"adult1_age": "40", "adult1_lcwra_protection": "pre_2026_claimant"}, "adult1_lcwra_protection",
     "pre_2026_claimant",
     "adult1_lcwra_protection: 'pre_2026_claimant' is not allowed (expected blank unless adult1_lcwra is true)."),
    ({"adult1_age": "40", "adult1_date_of_birth": "1990-01-01"}, "adult1_age", 40,
     "adult1_age: 40 is not allowed (expected exactly one of adult1_age or adult1_date_of_birth)."),
]
KEYS = sorted({k for r, *_ in ROWS for k in r})


def _check(errors, offset=1):
    got = {e.row - offset: (e.field, e.value, str(e.reason)) for e in errors}
    assert set(got) == set(range(len(ROWS))), got
    for i, (_, field, value, message) in enumerate(ROWS):
        assert got[i][:2] == (field, value), got[i]
        assert got[i][2].startswith(message), got[i][2]
        assert "\n" not in got[i][2] and "adultN" not in got[i][2] and ": give " not in got[i][2]


def _records():
    return [{k: r.get(k, "") for k in KEYS} for r, *_ in ROWS]


def test_the_estimate_names_each_adults_column_and_value():
    _check(estimate_caseload(Caseload.from_records(_records()), on=ON).caseload.errors)
    one_by_one = Caseload.from_records([r for r, *_ in ROWS])  # records of different columns
    _check(estimate_caseload(one_by_one, on=ON).caseload.errors)


def _write_csv(path):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(KEYS)
        w.writerows([[r[k] for k in KEYS] for r in _records()])


def test_a_csv_files_row_names_the_adults_column_and_value(tmp_path):
    _write_csv(tmp_path / "adults.csv")
    _check(estimate_caseload(Caseload.from_csv(tmp_path / "adults.csv"), on=ON).caseload.errors, offset=2)


def test_a_workbooks_row_names_the_adults_column_and_value(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(KEYS)
    for r in _records():
        sheet.append([r[k] or None for k in KEYS])
    book.save(tmp_path / "adults.xlsx")
    _check(estimate_caseload(Caseload.from_csv(tmp_path / "adults.xlsx"), on=ON).caseload.errors, offset=2)


def test_a_dataframes_row_names_the_adults_column_and_value():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(_records(), dtype=object).replace("", None)
    _check(estimate_caseload(Caseload.from_dataframe(df), on=ON).caseload.errors, offset=2)  # as a spreadsheet numbers it


def test_the_benefit_check_names_each_adults_column_and_value():
    records = [{**r, "claims_universal_credit": "no", "claims_pension_credit": "no"} for r in _records()]
    _check(check_caseload(Caseload.from_records(records), on=ON).caseload.errors)


def test_a_gains_projection_names_the_attendance_allowance_held():
    # The income gain's projection checks Attendance Allowance in every assessment period: it said "give 'none'"
    # with no rate.
    from entitlements import caseload_gains

    outcome = {"outcome": "lcwra_found", "claim_start": "2025-05-01", "outcome_date": "2025-06-01",
               "decision_date": "2025-07-01"}
    rows = [{"adult1_age": "40", "adult1_attendance_allowance": "higher", **outcome},
            {"adult1_age": "40", "adult2_age": "50", "adult2_attendance_allowance": "lower", **outcome}]
    g = caseload_gains(rows)
    assert g.valid.tolist() == [False, False]
    expected = ["adult1_attendance_allowance: 'higher' is not allowed (expected 'none' for an adult under State",
                "adult2_attendance_allowance: 'lower' is not allowed (expected 'none' for an adult under State"]
    for reason, start in zip(g.reasons, expected):
        assert str(reason).startswith(start) and "\n" not in str(reason), reason


@pytest.mark.parametrize("second", [False, True])
def test_the_savings_credit_question_names_the_adult_it_turns_on(second):
    # Born 1 June 1952: whether pensionable age came before 6 April 2016 turns on sex (asked for), beside a
    # partner born in 1943, for whom it does not; a couple with savings credit due.
    settled = {"date_of_birth": "1943-01-01", "state_pension_weekly": "200"}
    asked = {"date_of_birth": "1952-06-01", "state_pension_weekly": "120"}
    first, other = (settled, asked) if second else (asked, settled)
    record = {**{f"adult1_{k}": v for k, v in first.items()}, **{f"adult2_{k}": v for k, v in other.items()}}
    errors = estimate_caseload(Caseload.from_records([record]), on=dt.date(2023, 6, 1)).caseload.errors
    field = f"adult{2 if second else 1}_reached_pension_age_before_6_april_2016"
    assert {e.row: e.field for e in errors} == {1: field}
    assert errors[0].reason.startswith(f"{field}: missing (expected true or false for an adult born from 6 April 1951")
