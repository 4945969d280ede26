"""A row's number in an error is the one a user finds it at in the
spreadsheet: a CSV file and the DataFrame pandas reads from it name the same
rows (the header is row 1, the first case row 2); records, having no header
row, are numbered from 1 (a JSON-lines file's lines); ``index`` is the
position from 0 everywhere."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Caseload, caseload_gains, estimate_caseload

pd = pytest.importorskip("pandas")

ROWS = [{"case_id": "a", "adult1_age": "30"}, {"case_id": "b", "adult1_age": "12"}, {"case_id": "c", "adult1_age": "x"}]
OUTCOME = {"claim_start": "2025-01-10", "outcome": "lcwra_found", "outcome_date": "2025-01-10",
           "decision_date": "2025-07-20", "confirmed": "yes"}


def _csv(tmp_path, rows):
    p = tmp_path / "cases.csv"
    pd.DataFrame(rows).to_csv(p, index=False)
    return p


def test_estimates_a_csv_and_its_dataframe_name_the_same_rows(tmp_path):
    p = _csv(tmp_path, ROWS)
    # The file: header line 1, a line 2, b line 3 (age 12), c line 4 (age 'x').
    from_file = estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 5, 1)).caseload.errors
    frame = pd.read_csv(p, dtype=str)
    from_frame = estimate_caseload(Caseload.from_dataframe(frame), on=dt.date(2026, 5, 1)).caseload.errors
    assert [(e.row, e.index, e.field) for e in from_file] == [(3, 1, "adult1_age"), (4, 2, "adult1_age")]
    assert [(e.row, e.index, e.field) for e in from_frame] == [(3, 1, "adult1_age"), (4, 2, "adult1_age")]
    assert str(from_frame[0]).startswith("row 3: adult1_age: 12")
    # A filtered frame (rows b and c) is numbered by its own rows: its first row is row 2.
    sub = estimate_caseload(Caseload.from_dataframe(frame.iloc[1:]), on=dt.date(2026, 5, 1)).caseload.errors
    assert [e.row for e in sub] == [2, 3]
    # Records: no header row, the position from 1.
    recs = estimate_caseload(Caseload.from_records(ROWS), on=dt.date(2026, 5, 1)).caseload.errors
    assert [(e.row, e.index) for e in recs] == [(2, 1), (3, 2)]


def test_gains_a_csv_and_its_dataframe_name_the_same_rows(tmp_path):
    rows = [dict(r, **OUTCOME) for r in ROWS]
    p = _csv(tmp_path, rows)
    from_file = [e["row"] for e in caseload_gains(p).errors()]
    from_frame = [e["row"] for e in caseload_gains(pd.read_csv(p, dtype=str)).errors()]
    assert from_file == from_frame == [3, 4]
    assert [e["row"] for e in caseload_gains(rows).errors()] == [2, 3]


def test_a_dataframe_without_case_ids_takes_its_row_numbers_as_ids():
    # As a CSV row with a blank case id is named by its row: the same number the errors use.
    frame = pd.DataFrame({"adult1_age": [30, 31]})
    assert Caseload.from_dataframe(frame).ids.tolist() == ["2", "3"]
