"""The errors file (``--errors``, or ``..._errors.csv`` beside an output)
lists each row that could not be used by its row number, field and what is
allowed: never the value the row holds (a date of birth, earnings, a name
typed into the wrong column), for a caseload of households and one of
advice outcomes alike."""

from __future__ import annotations

import csv
from pathlib import Path

from entitlements.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_households_errors_file_has_no_values(tmp_path, capsys):
    src = tmp_path / "c.csv"
    src.write_text("case_id,adult1_age,child1_date_of_birth,adult1_monthly_earnings\n"
                   "1,30,,\n2,Jane Doe,,\n3,30,1985-13-40,\n4,30,,=HYPERLINK(\"x\")\n")
    assert main(["caseload", str(src), "--on", "2026-05-01", "--out", str(tmp_path / "r.csv"), "-q"]) == 0
    text = (tmp_path / "r_errors.csv").read_text()
    for value in ("Jane", "1985", "HYPERLINK"):
        assert value not in text
    rows = list(csv.DictReader(text.splitlines()))
    assert [(r["row"], r["field"]) for r in rows] == [("3", "adult1_age"), ("4", "child1_date_of_birth"),
                                                      ("5", "adult1_monthly_earnings")]
    assert rows[0]["message"].startswith("row 3: adult1_age: not allowed (expected ")


def test_outcomes_errors_file_has_no_values(tmp_path, capsys):
    rows = list(csv.DictReader((ROOT / "examples" / "synthetic_caseload.csv").open()))[:8]
    rows[1]["decision_date"] = "1999-02-31"
    rows[2]["housing_rent"] = "@SUM(A1)"
    src = tmp_path / "o.csv"
    with src.open("w", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    assert main(["caseload", str(src), "--report", str(tmp_path / "r.html"), "--as-of", "2026-12-07", "-q"]) == 0
    text = (tmp_path / "r_errors.csv").read_text()
    assert "1999-02-31" not in text and "SUM" not in text
    got = list(csv.DictReader(text.splitlines()))
    assert [(r["row"], r["field"]) for r in got] == [("3", "decision_date"), ("4", "housing_rent")]
    assert got[1]["reason"] == "housing_rent: not allowed (expected an amount in pounds, such as 900.00)."
