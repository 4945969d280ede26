"""A ``claims_*`` cell that is not yes or no is the row's error in every
command that reads a caseload, as any other cell's is (it was checked only
by the benefit check, and silently ignored by ``caseload``, ``caseload
--report`` and the Python readers): one line naming the column and the
value, the row kept, invalid, in the errors output. A blank cell is not
given (the benefit check alone needs the answer)."""

from __future__ import annotations

import csv
import datetime as dt

import numpy as np
import pytest

from entitlements import Caseload, caseload_gains
from entitlements.cli import main
from entitlements.io.households import read_household_file

ROWS = [
    {"case_id": "a", "adult1_age": "30", "claims_universal_credit": "no", "claims_pension_credit": "no"},
    {"case_id": "b", "adult1_age": "30", "claims_universal_credit": "maybe", "claims_pension_credit": "no"},
    {"case_id": "c", "adult1_age": "30", "claims_universal_credit": "", "claims_pension_credit": "no"},
    {"case_id": "d", "adult1_age": "abc", "claims_universal_credit": "maybe", "claims_pension_credit": "no"},
    {"case_id": "e", "adult1_age": "30", "claims_universal_credit": "Yes", "claims_pension_credit": "1.5"},
]


def _write(path, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def _assert_read(caseload, first_row):
    assert list(caseload.valid) == [True, False, True, False, False]
    errors = {e.row - first_row: e for e in caseload.errors}
    assert sorted(errors) == [1, 3, 4]  # one error a row, every bad row kept
    assert errors[1].field == "claims_universal_credit" and errors[1].value == "maybe"
    assert errors[1].reason.startswith("claims_universal_credit: 'maybe' is not allowed (expected yes or no")
    assert errors[3].field == "adult1_age"  # the household's error first, as a record is read
    assert errors[4].field == "claims_pension_credit" and errors[4].value == "1.5"
    assert all("\n" not in e.reason for e in caseload.errors)


def test_a_csv_file(tmp_path):
    _assert_read(Caseload.from_csv(_write(tmp_path / "c.csv", ROWS)), 2)


def test_records_columns_and_records_of_different_fields():
    _assert_read(Caseload.from_records(ROWS), 1)
    _assert_read(Caseload.from_columns({k: [r[k] for r in ROWS] for k in ROWS[0]}), 1)
    ragged = [dict(r) for r in ROWS]
    del ragged[0]["claims_pension_credit"]  # fields that differ: read one record at a time
    _assert_read(Caseload.from_records(ragged), 1)


def test_a_dataframe():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(ROWS)
    _assert_read(Caseload.from_dataframe(df), 2)
    ok = pd.DataFrame({"adult1_age": [30, 40], "claims_universal_credit": [True, False]})
    assert Caseload.from_dataframe(ok).valid.all()


def test_the_caseload_command_lists_the_row_in_the_errors_file(tmp_path, capsys):
    p = _write(tmp_path / "c.csv", ROWS)
    assert main(["caseload", str(p), "-q", "--on", "2026-05-01", "--out", str(tmp_path / "r.csv")]) == 0
    out = capsys.readouterr().out
    assert "row 3: claims_universal_credit: 'maybe' is not allowed" in out
    with (tmp_path / "r_errors.csv").open(encoding="utf-8") as f:
        listed = {r["row"]: r["field"] for r in csv.DictReader(f)}
    assert listed == {"3": "claims_universal_credit", "5": "adult1_age", "6": "claims_pension_credit"}
    with (tmp_path / "r.csv").open(encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == len(ROWS)  # never lost


def test_the_benefit_check_still_needs_an_answer(tmp_path, capsys):
    p = _write(tmp_path / "c.csv", ROWS)
    assert main(["caseload", str(p), "-q", "--on", "2026-05-01", "--check"]) == 0
    out = capsys.readouterr().out
    assert "row 3: claims_universal_credit: 'maybe' is not allowed" in out
    assert "row 4: claims_universal_credit: missing (expected yes or no" in out  # blank: the check needs it


@pytest.mark.parametrize("by_columns", [True, False])
def test_a_caseload_of_outcomes(by_columns):
    base = {"case_id": "a", "adult1_age": "30", "claim_start": "2025-04-01", "outcome": "lcwra_found",
            "outcome_date": "2025-06-01", "claims_universal_credit": "yes"}
    rows = [base, {**base, "case_id": "b", "claims_universal_credit": "perhaps"}, {**base, "case_id": "c", "claims_universal_credit": ""}]
    if not by_columns:
        rows[2] = {k: v for k, v in rows[2].items() if k != "claims_universal_credit"}
    gains = caseload_gains(rows, as_of=dt.date(2026, 5, 1))
    assert list(np.asarray(gains.cases.valid)) == [True, False, True]
    assert np.asarray(gains.cases.reasons)[1].startswith("claims_universal_credit: 'perhaps' is not allowed (expected yes or no")


def test_a_household_files_claims_are_read_by_every_command(tmp_path, capsys):
    p = tmp_path / "h.toml"
    p.write_text('claims = ["universal credit"]\n[[adults]]\nage = 30\n', encoding="utf-8")
    with pytest.raises(Exception, match="claims"):
        read_household_file(p)
    for command in (["estimate", str(p)], ["check", str(p)]):
        assert main(command) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("entitlements: claims: 'universal credit' is not allowed") and "\n" not in err, err
