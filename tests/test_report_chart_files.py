"""A report's chart files never overwrite a file the user had: the benefit
check's Markdown report wrote ``<report>-missing-by-benefit.svg`` (and one a
grouping column) over any file of that name. Both reports now follow one
policy: a chart file is written (to a temporary name, moved into place) over
a file only where an earlier report wrote it; never over an input."""

from __future__ import annotations

import pytest

from entitlements.cli import main

ROWS = ["case_id,practice,adult1_age,adult1_state_pension_weekly,claims_universal_credit,claims_pension_credit"]
ROWS += [f"c{i},P{i % 2},70,170,no,no" for i in range(12)]


def _caseload(tmp_path):
    csv = tmp_path / "cases.csv"
    csv.write_text("\n".join(ROWS) + "\n")
    return csv


@pytest.mark.parametrize("chart", ["missing-by-benefit", "patients-by-benefit", "missing-by-practice"])
def test_the_check_report_refuses_a_chart_name_in_use(tmp_path, capsys, chart):
    csv = _caseload(tmp_path)
    mine = tmp_path / f"report-{chart}.svg"
    mine.write_text("<svg>my own drawing</svg>")
    report = tmp_path / "report.md"
    got = main(["caseload", str(csv), "--check", "--on", "2026-06-01", "--report", str(report), "-q"])
    err = capsys.readouterr().err
    assert got != 0 and mine.read_text() == "<svg>my own drawing</svg>"
    assert f"report-{chart}.svg" in err and "not written by a report" in err and len(err.strip().splitlines()) == 1
    assert not report.exists()
    assert not [p for p in tmp_path.iterdir() if p.name not in ("cases.csv", mine.name)]  # nothing else written


def test_the_check_report_writes_over_its_own_charts(tmp_path, capsys):
    csv = _caseload(tmp_path)
    report = tmp_path / "report.md"
    args = ["caseload", str(csv), "--check", "--on", "2026-06-01", "--report", str(report), "-q"]
    assert main(args) == 0
    first = sorted(p.name for p in tmp_path.iterdir())
    assert "report-missing-by-benefit.svg" in first and "report-missing-by-practice.svg" in first
    assert main(args) == 0  # a second run replaces them
    assert sorted(p.name for p in tmp_path.iterdir()) == first
    assert (tmp_path / "report-missing-by-benefit.svg").read_text().lstrip().startswith("<!--")


def test_the_check_report_never_writes_a_chart_over_its_input(tmp_path, capsys):
    csv = tmp_path / "report-missing-by-benefit.svg"  # a caseload with an odd name
    csv.write_text("\n".join(ROWS) + "\n")
    report = tmp_path / "report.md"
    got = main(["caseload", str(csv), "--check", "--on", "2026-06-01", "--report", str(report), "-q"])
    err = capsys.readouterr().err
    assert got != 0 and "caseload" in err and csv.read_text().startswith("case_id,")
    assert not report.exists()


def test_the_check_report_from_python_refuses_too(tmp_path):
    import datetime as dt

    from entitlements.check.caseload import check_caseload
    from entitlements.errors import InputError
    from entitlements.report.check_report import write_check_report

    cc = check_caseload(str(_caseload(tmp_path)), on=dt.date(2026, 6, 1))
    mine = tmp_path / "r-missing-by-benefit.svg"
    mine.write_text("mine")
    with pytest.raises(InputError, match="not written by a report"):
        write_check_report(cc, cc.summary(["practice"]), tmp_path / "r.md")
    assert mine.read_text() == "mine" and not (tmp_path / "r.md").exists()


def test_the_funders_report_refuses_a_chart_name_in_use(tmp_path, capsys):
    # The policy the check report now follows (entitlements.report.write).
    src = tmp_path / "c.csv"
    src.write_text("case_id,adult1_age,claim_start,outcome,outcome_date,decision_date,confirmed\n"
                   + "".join(f"c{i},40,2025-01-10,lcwra_found,2025-01-10,2025-07-20,yes\n" for i in range(6)))
    mine = tmp_path / "r_gains_by_benefit.svg"
    mine.write_text("mine")
    got = main(["caseload", str(src), "--report", str(tmp_path / "r.md"), "-q"])
    assert got != 0 and mine.read_text() == "mine" and "not written by a report" in capsys.readouterr().err
