"""A row whose every cell is blank is the same in every input: a CSV file
(a blank line or a row of commas, between the header and the last row that
holds something), a workbook's sheet, a DataFrame, records, columns. It is
kept as an error row that is not a case (``rows_not_cases["blank_row"]``),
in the errors file, never lost and never counted as a case: the cases and
the rows that are not cases add up to the rows read. Blank rows after the
last row that holds something are the end of the file, not rows."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from entitlements import Caseload, caseload_gains, estimate_caseload
from entitlements.cli import main
from entitlements.io.caseloads import BLANK_ROW, NOT_CASES, not_cases_sentence, rows_not_cases

ON = dt.date(2026, 5, 1)
# Rows 2-8 of a sheet (the header is row 1): a, blank line, b, a row of commas, c, then the end of the file.
CSV_TEXT = "case_id,adult1_age\na,30\n\nb,22\n,\nc,40\n\n,\n"
BLANK_AT = [3, 5]


def _counted(cl: Caseload) -> dict:
    s = estimate_caseload(cl, on=ON).summary()
    assert s["cases"] + sum(s["rows_not_cases"].values()) == len(cl)  # every row read is a case or said apart
    return s


def _blank_rows_said(cl: Caseload, rows: list[int]) -> None:
    assert [e.row for e in cl.errors if e.reason == BLANK_ROW] == rows
    assert all(e.field == "(row)" for e in cl.errors if e.reason == BLANK_ROW)


def test_blank_row_is_a_kind_of_row_that_is_not_a_case():
    assert ("blank_row", BLANK_ROW) in NOT_CASES
    assert rows_not_cases(["(row): " + BLANK_ROW, "adult1_age: missing"])["blank_row"] == 1
    assert not_cases_sentence({"repeated_header_row": 1, "totals_row": 1, "blank_row": 2}) == (
        "1 repeated header row, 1 totals row and 2 blank rows: not cases, left out of the counts and kept with the rows "
        "in error")


def test_a_csv_file_s_blank_rows_in_the_middle_are_kept_and_not_cases(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text(CSV_TEXT, "utf-8")
    cl = Caseload.from_csv(p)
    assert cl.ids.tolist() == ["a", "3", "b", "5", "c"]  # the end of the file's blank rows are not rows
    _blank_rows_said(cl, BLANK_AT)
    s = _counted(cl)
    assert (s["cases"], s["cases_with_errors"], s["rows_not_cases"]["blank_row"]) == (3, 0, 2)


def test_blank_rows_before_the_first_case_are_kept(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age\n\n,\na,30\n", "utf-8")
    cl = Caseload.from_csv(p)
    _blank_rows_said(cl, [2, 3])
    assert _counted(cl)["cases"] == 1


def test_a_quoted_line_break_is_not_a_blank_row(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text('case_id,adult1_age,keep_note\na,30,"two\n\nlines"\nb,22,\n', "utf-8")
    cl = Caseload.from_csv(p)
    assert not cl.errors and cl.ids.tolist() == ["a", "b"]


def test_a_file_with_no_blank_row_is_unchanged(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age\na,30\nb,22\n", "utf-8")
    cl = Caseload.from_csv(p)
    assert not cl.errors and _counted(cl)["rows_not_cases"]["blank_row"] == 0


def test_a_workbook_s_blank_rows_are_the_csv_file_s(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["case_id", "adult1_age"], ["a", 30], [], ["b", 22], [None, None], ["c", 40], [], ["", None]):
        ws.append(r)
    wb.save(tmp_path / "c.xlsx")
    (tmp_path / "c.csv").write_text(CSV_TEXT, "utf-8")
    book, text = Caseload.from_csv(tmp_path / "c.xlsx"), Caseload.from_csv(tmp_path / "c.csv")
    _blank_rows_said(book, BLANK_AT)
    assert book.ids.tolist() == text.ids.tolist() and _counted(book) == _counted(text)


def test_a_dataframe_s_blank_row_is_not_a_case():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"case_id": ["a", None, "b", " "], "adult1_age": [30, None, 22, float("nan")]})
    cl = Caseload.from_dataframe(frame)
    _blank_rows_said(cl, [3, 5])  # a DataFrame's rows as its sheet numbers them (the header is row 1)
    s = _counted(cl)
    assert (s["cases"], s["cases_with_errors"], s["rows_not_cases"]["blank_row"]) == (2, 0, 2)


@pytest.mark.parametrize("blank", [{"case_id": None, "adult1_age": None}, {"case_id": "", "adult1_age": " "}, {}],
                         ids=["none", "empty-text", "no-fields"])
def test_a_blank_record_is_not_a_case(blank):
    cl = Caseload.from_records([{"case_id": "a", "adult1_age": 30}, blank, {"case_id": "b", "adult1_age": 22}])
    _blank_rows_said(cl, [2])
    s = _counted(cl)
    assert (s["cases"], s["cases_with_errors"], s["rows_not_cases"]["blank_row"]) == (2, 0, 1)


def test_a_record_with_only_its_id_is_a_case_in_error_not_a_blank_row():
    cl = Caseload.from_records([{"case_id": "a", "adult1_age": 30}, {"case_id": "b", "adult1_age": None}])
    assert [e.reason for e in cl.errors if e.reason == BLANK_ROW] == []
    assert _counted(cl)["cases_with_errors"] == 1


def test_columns_blank_row_is_not_a_case():
    cl = Caseload.from_columns({"case_id": ["a", None], "adult1_age": [30, None]})
    _blank_rows_said(cl, [2])
    assert _counted(cl)["cases"] == 1


def test_the_command_says_the_blank_rows_apart_and_writes_them_to_the_errors_file(tmp_path, capsys):
    p = tmp_path / "c.csv"
    p.write_text(CSV_TEXT, "utf-8")
    out = tmp_path / "out.csv"
    assert main(["caseload", str(p), "--on", ON.isoformat(), "--quiet", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "3 cases read" in said and "0 with errors" in said and "2 blank rows: not cases" in said
    with open(tmp_path / "out_errors.csv", encoding="utf-8") as f:
        assert [(r["row"], r["reason"]) for r in csv.DictReader(f)] == [("3", BLANK_ROW), ("5", BLANK_ROW)]
    with open(out, encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == 5  # every row read kept


def test_a_caseload_read_in_parts_counts_its_blank_rows_as_read_whole(tmp_path):
    from entitlements.caseload_csv import estimate_caseload_csv

    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age\n" + "".join(f"{i},30\n" + ("\n" if i % 3 == 0 else "") for i in range(1, 20)), "utf-8")
    whole = estimate_caseload(Caseload.from_csv(p), on=ON).summary()
    parts = estimate_caseload_csv(p, on=ON, out=tmp_path / "o.csv", part_rows=4).summary()
    assert whole["rows_not_cases"] == parts["rows_not_cases"] == {"repeated_header_row": 0, "totals_row": 0, "blank_row": 6}
    assert whole["cases"] == parts["cases"] == 19


def test_an_outcomes_csv_file_s_blank_row_is_not_a_case(tmp_path):
    p = tmp_path / "gains.csv"
    p.write_text("case_id,adult1_age,claim_start,outcome,outcome_date,decision_date,confirmed\n"
                 "a,40,2025-01-10,lcwra_found,2025-01-10,2025-07-20,yes\n,,,,,,\n"
                 "b,40,2025-01-10,lcwra_found,2025-01-10,2025-07-20,yes\n", "utf-8")
    g = caseload_gains(p)
    errors = g.errors()
    assert [e["row"] for e in errors] == [3] and BLANK_ROW in errors[0]["reason"]
    s = g.summary()
    assert s["rows_not_cases"]["blank_row"] == 1 and s["cases"] == 2


@pytest.mark.parametrize("blank", [{"case_id": None, "outcome": ""}, {}], ids=["none", "no-fields"])
def test_a_blank_outcomes_record_among_records_with_different_keys_is_not_a_case(blank):
    # The records have different sets of fields (the second has a decision date, the first not), so the reader takes
    # them one by one: the blank record among them is a row that is not a case, counted apart and never lost.
    a = {"case_id": "a", "adult1_age": 40, "claim_start": "2025-01-10", "outcome": "lcwra_found",
         "outcome_date": "2025-01-10", "confirmed": "yes"}
    b = {**a, "case_id": "b", "decision_date": "2025-07-20"}
    g = caseload_gains([a, blank, b])
    errors = g.errors()
    assert [e["row"] for e in errors] == [2] and BLANK_ROW in errors[0]["reason"]
    s = g.summary()
    assert s["rows_not_cases"]["blank_row"] == 1 and s["cases"] == 2
