"""One convention for the command's exit status, whichever check finds the
problem: 1 a value that cannot be used (argparse's reader of a flag or the
household model alike), 2 a usage mistake, 3 a file that cannot be read (or an optional extra not installed).
Each is one line starting ``entitlements:``."""

from __future__ import annotations

import pytest

from entitlements.cli import main


def _run(capsys, *args):
    try:
        status = main(list(args))
    except SystemExit as e:  # argparse's own exit
        status = e.code
    return status, capsys.readouterr().err


@pytest.mark.parametrize(("args", "status", "line"), [
    # A value refused by the flag's reader (was exit 2, "entitlements estimate: error: argument --age: invalid int
    # value: 'abc'") and by the model (exit 1): now both 1, in the same form.
    (("estimate", "--age", "abc"), 1, "entitlements: --age: 'abc' is not allowed (expected a whole number)."),
    (("estimate", "--age", "12"), 1, "entitlements: --age (adults[1].age): 12 is not allowed (expected a whole number of years from 16 to 120)."),
    (("estimate", "--age", "30", "--hours", "2.5"), 1, "entitlements: --hours: '2.5' is not allowed (expected a whole number)."),
    (("estimate", "--age", "30", "--on", "2026-13-01"), 1,
     "entitlements: --on: '2026-13-01' is not allowed: give a date as YYYY-MM-DD or DD/MM/YYYY, with a four-digit year"),
    (("schema", "nonsense"), 1, "entitlements: name: 'nonsense' is not allowed (expected one of 'household', 'caseload', 'estimate', 'check', 'gain', 'caseload-summary', 'caseload-report', 'caseload-check')."),
    # Usage: an unknown flag or command, a flag without its value.
    (("estimate", "--age", "30", "--bogus"), 2, "entitlements: error: unrecognized arguments: --bogus"),
    (("estimate", "--age", "30", "--rent"), 2, "entitlements estimate: error: argument --rent: expected one argument"),
    (("frobnicate",), 2, "entitlements: error: argument command: invalid choice: 'frobnicate'"),
    # A file that cannot be read (was exit 1): 3, as for a file that cannot be written.
    (("estimate", "no-such-household.toml"), 3,
     "entitlements: file: 'no-such-household.toml' is not allowed (expected a household file that exists)."),
    (("caseload", "no-such-caseload.csv"), 3, "entitlements: caseload: 'no-such-caseload.csv' is not allowed (expected a file that exists)."),
])
def test_one_exit_status_for_each_kind_of_problem(capsys, args, status, line):
    got, err = _run(capsys, *args)
    assert got == status, err
    assert err.count("\n") == 1 and err.startswith(line), err


def test_a_directory_given_as_the_caseload_is_a_file_that_cannot_be_read(capsys, tmp_path):
    got, err = _run(capsys, "caseload", str(tmp_path))
    assert got == 3 and "(expected a file, not a directory)" in err


# -- a missing optional extra: 3, whichever it is --------------------------------------------------
# Not a value refused (the input is fine: the same command works once the extra is installed), so not 1; the
# status of an input that cannot be read with what is installed, as a workbook without openpyxl always had.

def test_a_report_without_jinja2_exits_3(capsys, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "jinja2", None)  # import jinja2 now raises ImportError
    got, err = _run(capsys, "caseload", "examples/synthetic_caseload.csv", "--report", str(tmp_path / "r.html"),
                    "--as-of", "2026-12-07")
    assert (got, err) == (3, "entitlements: the report needs Jinja2: pip install 'entitlements[report]'\n")
    assert not (tmp_path / "r.html").exists()


def test_a_parquet_caseload_without_dask_exits_3(capsys, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    got, err = _run(capsys, "caseload", str(tmp_path / "cases.parquet"), "--on", "2026-05-01")
    assert (got, err) == (3, "entitlements: a partitioned caseload (Dask DataFrame or Parquet dataset) needs Dask: "
                             "pip install 'entitlements[distributed]'\n")


def test_parquet_results_without_pyarrow_exit_3(capsys, tmp_path, monkeypatch):
    from entitlements.io import cells

    monkeypatch.setattr(cells, "pyarrow_csv_if_installed", lambda: None)
    out = tmp_path / "r.parquet"
    got, err = _run(capsys, "caseload", "examples/caseload.csv", "--on", "2026-05-01", "--out", str(out))
    assert (got, err) == (3, f"entitlements: --out: {str(out)!r} is Parquet, which needs pyarrow "
                             "(pip install 'entitlements[fast]'), or name a .csv file.\n")


def test_every_missing_extra_is_one_kind_of_error():
    # One class for them all: an InputFileError (status 3), and an InputError as the workbook's always was.
    from entitlements.errors import InputError, InputFileError, MissingExtra

    e = MissingExtra("report", "jinja2", "report", "the report needs Jinja2: pip install 'entitlements[report]'")
    assert isinstance(e, InputFileError) and isinstance(e, InputError)
    assert (e.field, e.value, e.expected, e.extra) == ("report", "jinja2", "pip install 'entitlements[report]'", "report")
    assert str(e) == "the report needs Jinja2: pip install 'entitlements[report]'"


def test_workers_without_dask_distributed_exit_3_not_a_traceback(capsys, tmp_path, monkeypatch):
    import sys

    pd = pytest.importorskip("pandas")
    pytest.importorskip("dask.dataframe")
    pd.read_csv("examples/caseload.csv", dtype=str, keep_default_na=False).to_parquet(tmp_path / "c.parquet")
    monkeypatch.setitem(sys.modules, "distributed", None)
    got, err = _run(capsys, "caseload", str(tmp_path / "c.parquet"), "--on", "2026-05-01", "--workers", "2")
    assert (got, err) == (3, "entitlements: --workers or --scheduler needs dask.distributed: "
                             "pip install 'entitlements[distributed]'\n")


def test_python_m_entitlements_report_follows_the_same_statuses(capsys, tmp_path, monkeypatch):
    # It exited 1 for every error: a missing extra is now 3 there too, a file that does not exist 3.
    import sys

    from entitlements.report import main as report_main

    assert report_main(["no-such-caseload.csv", "-o", str(tmp_path / "r.html")]) == 3
    monkeypatch.setitem(sys.modules, "jinja2", None)
    assert report_main(["examples/synthetic_caseload.csv", "-o", str(tmp_path / "r.html")]) == 3
    assert capsys.readouterr().err.endswith("error: the report needs Jinja2: pip install 'entitlements[report]'\n")


@pytest.mark.parametrize("missing, said", [
    ("pandas", "entitlements: entitlements sweep needs pandas: pip install 'entitlements[distributed]'\n"),
    ("distributed", "entitlements: entitlements sweep needs dask.distributed: pip install 'entitlements[distributed]'\n"),
])
def test_sweep_without_its_extra_exits_3_not_a_traceback(capsys, tmp_path, monkeypatch, missing, said):
    # The sweep read the CSV with pandas before anything checked it was installed: a traceback.
    import sys

    monkeypatch.setitem(sys.modules, missing, None)
    got, err = _run(capsys, "sweep", "examples/caseload.csv", "--scenario", "held@hold", "--on", "2026-05-01")
    assert (got, err) == (3, said)


def test_python_m_entitlements_report_checks_plausible_dates(capsys, tmp_path):
    # It had no --as-of, so a confirmed decision dated after the day of the work was valued there while
    # `entitlements caseload --report` refused it. Row 2 decided 2025-07-20: valued as of 2026-12-07, refused as of
    # 2025-07-01 (a confirmed outcome is decided, so not after the day of the work); no row is lost.
    import csv as csv_module

    from entitlements.report import main as report_main

    cases = tmp_path / "c.csv"
    cases.write_text("case_id,adult1_age,claim_start,outcome,outcome_date,decision_date,confirmed\n"
                     "a,40,2025-01-10,lcwra_found,2025-01-10,2025-07-20,yes\n", encoding="utf-8")
    assert report_main([str(cases), "-o", str(tmp_path / "r.html"), "--csv", str(tmp_path / "g.csv"),
                        "--as-of", "2026-12-07"]) == 0
    assert "confirmed: 1 case," in capsys.readouterr().out
    assert report_main([str(cases), "-o", str(tmp_path / "r2.html"), "--csv", str(tmp_path / "g2.csv"),
                        "--as-of", "2025-07-01"]) == 0
    out = capsys.readouterr().out
    assert "confirmed: 0 cases" in out and "1 could not be" in out, out
    with open(tmp_path / "g2.csv", encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv_module.DictReader(f))
    assert row["case_id"] == "a" and "on or before 2025-07-01" in str(row), row
