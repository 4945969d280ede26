"""A repeated header row or a totals row is not a case, in any count.

Since 2026-12-07 such a row is one error row (it stays in the errors file:
no row is lost), but the summaries still counted it among the cases and the
cases with errors: a file of 2 cases, a header pasted in again and a
"Total" line was "4 cases read ...; 2 estimated, 2 with errors". An analyst
reading "N cases" expects the cases: now every count (the summaries of an
estimate, a check and an income gain, their JSON, the commands' lines, the
cards and the funders' report) leaves such rows out, and says them apart
(``rows_not_cases``, by kind), while the errors file keeps them. So
cases + rows not cases = rows read, and cases = estimated + with errors.
"""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from entitlements import Caseload, caseload_gains, estimate_caseload
from entitlements.cli import main

ON = "2026-06-01"
# Row 2 a case, row 3 the header again, row 4 a case that cannot be read (age 12), row 5 a case, row 6 a totals row.
ROWS = "case_id,adult1_age\nA,30\ncase_id,adult1_age\nC,12\nB,40\nTotal,\n"
APART = {"repeated_header_row": 1, "totals_row": 1, "blank_row": 0}


def test_the_estimate_summary_counts_cases_only(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text(ROWS)
    res = estimate_caseload(Caseload.from_csv(p), on=np.datetime64(ON).astype(object))
    s = res.summary()
    assert (s["cases"], s["cases_estimated"], s["cases_with_errors"], s["rows_not_cases"]) == (3, 2, 1, APART)
    assert s["cases"] + sum(s["rows_not_cases"].values()) == 5 == len(res.caseload)
    assert "1 repeated header row and 1 totals row: not cases" in res._repr_html_()


def test_the_command_says_them_apart_and_keeps_them_in_the_errors_file(tmp_path, capsys):
    p, errors = tmp_path / "c.csv", tmp_path / "errors.csv"
    p.write_text(ROWS)
    assert main(["caseload", str(p), "--on", ON, "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 cases read from c.csv; 2 estimated, 1 with errors (1 because"), out
    assert ("  1 repeated header row and 1 totals row: not cases, left out of the counts and kept with the rows in "
            "error\n") in out
    rows = list(csv.DictReader(errors.open(encoding="utf-8-sig")))
    assert [r["row"] for r in rows] == ["3", "4", "6"], rows  # both kept: no row lost
    assert main(["caseload", str(p), "--on", ON, "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert (s["cases"], s["cases_with_errors"], s["rows_not_cases"]) == (3, 1, APART)


def test_a_dataframe_and_the_check_count_the_same_way():
    pd = pytest.importorskip("pandas")
    from entitlements.check.caseload import check_caseload

    df = pd.DataFrame({"case_id": ["A", "case_id", "B", "Grand Total"], "adult1_age": ["30", "adult1_age", "40", None]})
    s = estimate_caseload(Caseload.from_dataframe(df), on=pd.Timestamp(ON).date()).summary()
    assert (s["cases"], s["cases_with_errors"], s["rows_not_cases"]) == (2, 0, APART)
    cc = check_caseload(Caseload.from_dataframe(df), on=pd.Timestamp(ON).date(),
                        claims={"universal_credit": np.ones(4, bool), "pension_credit": False})
    s = cc.summary()
    assert (s["cases"], s["cases_checked"], s["cases_with_errors"], s["rows_not_cases"]) == (2, 2, 0, APART)
    assert "not cases" in cc._repr_html_()


def test_the_income_gain_and_the_funders_report_count_the_same_way(tmp_path):
    from entitlements.report.sections import report_context
    from entitlements.report.write import headline

    header = "case_id,adult1_age,claim_start,outcome,outcome_date,confirmed,benefit,benefit_weekly"
    row = "{},40,2025-05-01,benefit_claimed,2025-05-01,yes,other,10"
    path = tmp_path / "outcomes.csv"
    # Five cases (the report shows no count under 5), the header again after the second, a totals row.
    lines = [row.format(x) for x in "ABCDE"]
    path.write_text("\n".join((header, *lines[:2], header, *lines[2:], "Totals,,,,,,,50")) + "\n")
    g = caseload_gains(path)
    assert g.valid.tolist() == [True, True, False, True, True, True, False]
    assert len(g.errors()) == 2  # both kept among the rows that could not be projected
    s = g.summary([])
    assert (s["cases"], s["cases_projected"], s["cases_with_errors"], s["rows_not_cases"]) == (5, 5, 0, APART)
    assert s["cases_not_projected"]["count"] == 0
    assert headline(s).startswith("5 cases: 5 of 5 projected"), headline(s)
    assert "\n  1 repeated header row and 1 totals row: not cases" in headline(s)
    assert "1 repeated header row and 1 totals row: not cases" in report_context(g, s)["cases_line"]
    assert "not cases" in g._repr_html_()
