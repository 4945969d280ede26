"""A long caseload run on a terminal: a progress bar (tqdm), quiet when
standard error is not a terminal or with --quiet; rows that could not be
used summarised by reason on the screen, every one of them in a file
(``--errors FILE``, by default beside the output), written atomically
(issue 18, "Progress and summaries")."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"


def run(*args, cwd=ROOT):
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_bar_shows_on_a_terminal_and_not_otherwise(monkeypatch):
    pytest.importorskip("tqdm")
    from entitlements.cli_caseload import _Progress

    tty = _Terminal()
    monkeypatch.setattr(sys, "stderr", tty)
    bar = _Progress(quiet=False)
    bar.step("reading")
    bar.step("estimating")
    bar.close()
    assert "reading" in tty.getvalue() or "estimating" in tty.getvalue()
    quiet = _Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    bar = _Progress(quiet=True)
    bar.step("reading")
    bar.close()
    assert quiet.getvalue() == ""
    piped = io.StringIO()  # not a terminal
    monkeypatch.setattr(sys, "stderr", piped)
    bar = _Progress(quiet=False)
    bar.step("reading")
    bar.close()
    assert piped.getvalue() == ""


def test_a_run_into_a_pipe_prints_no_bar(tmp_path):
    r = run("caseload", "examples/synthetic_caseload.csv", "--report", str(tmp_path / "r.html"))
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # no bar, no carriage returns: standard error is a pipe here


def many_bad_rows(path: Path, bad: int, good: int = 3) -> None:
    rows = [{"case_id": f"c{i}", "adult1_age": "40"} for i in range(good)]
    rows += [{"case_id": f"b{i}", "adult1_age": "-3" if i % 3 else "forty"} for i in range(bad)]
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["case_id", "adult1_age"])
        w.writeheader()
        w.writerows(rows)


def test_many_bad_rows_are_summarised_and_listed_in_a_file_beside_the_output(tmp_path):
    src = tmp_path / "cases.csv"
    many_bad_rows(src, 900)
    r = run("caseload", str(src), "--on", "2026-05-01", "--out", str(tmp_path / "results.csv"))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    # By reason, with the first few row numbers: 600 rows of "-3", 300 of "forty" (rows 5 and on: header is row 1).
    assert any(l.strip().startswith("600 rows: adult1_age: expected") and "(rows 6, 7, 9, 10, 12, ...)" in l for l in lines), r.stdout
    assert any(l.strip().startswith("300 rows: adult1_age: expected") and "(rows 5, 8, 11, 14, 17, ...)" in l for l in lines), r.stdout
    assert len(lines) < 15  # not 900 lines
    errors = tmp_path / "results_errors.csv"
    assert f"written to {errors}" in r.stdout
    listed = list(csv.DictReader(open(errors, encoding="utf-8-sig")))
    assert len(listed) == 900 and listed[0]["row"] == "5"
    assert not list(tmp_path.glob("*.tmp*"))  # written to a temporary name and moved into place


def test_an_errors_file_is_written_only_where_asked_or_beside_an_output(tmp_path):
    src = tmp_path / "cases.csv"
    many_bad_rows(src, 2)
    r = run("caseload", str(src), "--on", "2026-05-01", cwd=tmp_path)
    assert r.returncode == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["cases.csv"]
    r = run("caseload", str(src), "--on", "2026-05-01", "--errors", str(tmp_path / "why.csv"), "--out", str(tmp_path / "o.csv"))
    assert r.returncode == 0 and (tmp_path / "why.csv").exists() and not (tmp_path / "o_errors.csv").exists()
    good = tmp_path / "good.csv"
    many_bad_rows(good, 0)
    r = run("caseload", str(good), "--on", "2026-05-01", "--out", str(tmp_path / "g.csv"))
    assert r.returncode == 0 and not (tmp_path / "g_errors.csv").exists()  # nothing to list
