"""A directory given where an output file is asked for is refused before any
work is done, in one line naming the flag and the value (it said
"/tmp/x: is a directory", naming no flag), exit status 3."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Caseload, estimate_caseload
from entitlements.cli import main
from entitlements.errors import OutputPathError
from entitlements.io.files import refuse_overwriting

CASELOAD = "case_id,adult1_age,claims_universal_credit,claims_pension_credit\na,30,no,no\n"


@pytest.mark.parametrize("args, flag", [
    (["caseload", "{csv}", "--out", "{dir}"], "--out"),
    (["caseload", "{csv}", "--errors", "{dir}"], "--errors"),
    (["caseload", "{csv}", "--report", "{dir}/r.html"], "--report"),
    (["caseload", "{csv}", "--check", "--out", "{dir}"], "--out"),
    (["caseload", "{csv}", "--check", "--errors", "{dir}"], "--errors"),
    (["caseload", "{csv}", "--check", "--report", "{dir}/r.html"], "--report"),
    (["sweep", "{csv}", "--scenario", "a", "--out", "{dir}"], "--out"),
    (["schema", "household", "--out", "{dir}"], "--out"),
    (["schema", "caseload-summary", "--out", "{dir}"], "--out"),
])
def test_a_directory_as_an_output_names_the_flag(tmp_path, capsys, monkeypatch, args, flag):
    monkeypatch.chdir(tmp_path)  # short paths: a long value is cut in a message
    csv = "c.csv"
    (tmp_path / csv).write_text(CASELOAD)
    d = tmp_path / "out"
    d.mkdir()
    (d / "r.html").mkdir()
    argv = [a.format(csv=csv, dir="out") for a in args] + (["-q", "--on", "2026-05-01"] if args[0] == "caseload" else [])
    assert main(argv) == 3
    err = capsys.readouterr().err.strip()
    value = args[args.index(flag) + 1].format(dir="out")
    assert err == f"entitlements: {flag}: {value!r} is not allowed (expected a file, not a directory: name a file in it).", err
    assert sorted(p.name for p in d.iterdir()) == ["r.html"]  # nothing written


def test_the_python_api_names_its_argument(tmp_path):
    result = estimate_caseload(Caseload.from_records([{"adult1_age": "30"}]), on=dt.date(2026, 5, 1))
    with pytest.raises(OutputPathError, match=r"^path: .* \(expected a file, not a directory"):
        result.to_csv(tmp_path)


def test_a_parquet_dataset_may_be_a_directory(tmp_path):
    d = tmp_path / "results.parquet"
    d.mkdir()
    refuse_overwriting([], [("--out", d)], directories=("--out",))  # replaced as a whole when written
    with pytest.raises(OutputPathError, match="--errors"):
        refuse_overwriting([], [("--out", d), ("--errors", tmp_path)], directories=("--out",))
