"""Files as a spreadsheet saves them, and outputs named as a spreadsheet
would name them.

- Excel saves "CSV" with ';' between the columns where the decimal mark is a
  comma (and a text export may use tabs): before the fix the header was read
  as one unknown column named 'adult1_age;capital', with a suggestion to keep
  it. Now a one-line error says how the columns are separated and how to save
  the file.
- ``--out results.xlsx`` (or ``result.write("results.xlsx")``) wrote CSV text
  under a workbook's name, which Excel then refuses to open: now refused
  before any work, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from entitlements import InputError, caseload_gains, estimate_caseload

EXE = Path(sys.executable).parent / "entitlements"
ON = dt.date(2026, 5, 1)


def _cli(*args, cwd):
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize("sep, said", [(";", "';'"), ("\t", "tabs")])
def test_a_file_separated_by_semicolons_or_tabs_is_named_in_one_line(tmp_path, sep, said):
    path = tmp_path / "cases.csv"
    path.write_bytes(f"adult1_age{sep}capital\r\n30{sep}\"1.234,56\"\r\n".encode("cp1252"))
    expected = (f"cases.csv header row: separates its columns with {said} (expected commas between the columns: "
                "save the file as 'CSV UTF-8 (Comma delimited)', with '.' before the pence).")
    with pytest.raises(InputError) as e:
        estimate_caseload(str(path), on=ON)
    assert str(e.value) == expected
    with pytest.raises(InputError) as e:
        caseload_gains(str(path))
    assert str(e.value) == expected
    r = _cli("caseload", str(path), "--on", "2026-05-01", "--out", str(tmp_path / "out.csv"), cwd=tmp_path)
    assert r.returncode == 1 and r.stderr == f"entitlements: {expected}\n"
    assert not (tmp_path / "out.csv").exists()


def test_a_one_column_file_with_no_separator_in_it_is_read(tmp_path):
    path = tmp_path / "ages.csv"
    path.write_text("adult1_age\n30\n", encoding="utf-8")
    assert estimate_caseload(str(path), on=ON).caseload.valid.tolist() == [True]


@pytest.mark.parametrize("name", ["results.xlsx", "results.XLS", "results.ods"])
def test_an_output_named_as_a_workbook_is_refused_and_nothing_written(tmp_path, name):
    src = tmp_path / "cases.csv"
    src.write_text("adult1_age\n30\n", encoding="utf-8")
    r = _cli("caseload", str(src), "--on", "2026-05-01", "--out", name, cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr == (f"entitlements: --out: '{name}' is not allowed (expected a name ending .csv (Excel opens it; "
                        "no .xlsx workbook is written) or .parquet).\n")
    result = estimate_caseload(str(src), on=ON)
    with pytest.raises(InputError) as e:
        result.write(tmp_path / name)
    assert e.value.field == "path"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.csv"]
    result.write(tmp_path / "results.csv")  # the same results under a .csv name are written
    assert (tmp_path / "results.csv").read_text(encoding="utf-8").startswith('"case_id"')


@pytest.mark.parametrize("flag,name", [("--out", "results.json"), ("--out", "results.TSV"), ("--errors", "errors.md"),
                                       ("--out", "results.html")])
def test_a_table_named_as_another_format_is_refused_and_nothing_written(tmp_path, flag, name):
    # The per-case results and the errors are CSV (or Parquet): a .json name filled with CSV text would mislead
    # whoever opens it, so it is refused before anything is worked out, and by write() and to_csv() too.
    src = tmp_path / "cases.csv"
    src.write_text("adult1_age\n30\n", encoding="utf-8")
    r = _cli("caseload", str(src), "--on", "2026-05-01", flag, name, cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr == (f"entitlements: {flag}: '{name}' is not allowed (expected a name ending .csv (CSV is written) "
                        "or .parquet).\n")
    result = estimate_caseload(str(src), on=ON)
    for write in (result.write, result.to_csv):
        with pytest.raises(InputError) as e:
            write(tmp_path / name)
        assert e.value.field == "path"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.csv"]


def test_a_sweep_table_named_as_json_is_refused(tmp_path):
    src = tmp_path / "cases.csv"
    src.write_text("adult1_age\n30\n", encoding="utf-8")
    r = _cli("sweep", str(src), "--scenario", "base", "--out", "t.json", cwd=tmp_path)
    assert (r.returncode, r.stderr) == (1, "entitlements: --out: 't.json' is not allowed (expected a name ending .csv (the "
                                           "table is CSV)).\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.csv"]


def test_a_date_saved_as_a_spreadsheet_serial_says_so():
    # 32994 is 1 May 1990 counted in days from 1900 by a spreadsheet whose date format was lost; read as it is,
    # it would be no date at all: the row stays, refused with what to do. A year alone (1990) gets no such hint.
    import pandas as pd

    r = estimate_caseload(pd.DataFrame({"adult1_date_of_birth": [32994, "29251.0", "1990"]}), on=ON)
    assert r.caseload.valid.tolist() == [False, False, False]
    serial = ("a date as YYYY-MM-DD or DD/MM/YYYY, with a four-digit year; a whole number such as this is a "
              "spreadsheet's date serial: format the column as a date (DD/MM/YYYY) and save again")
    assert [str(e) for e in r.caseload.errors] == [  # a DataFrame's rows numbered as its sheet's: the header is row 1
        f"row 2: adult1_date_of_birth: '32994' is not allowed (expected {serial}).",
        f"row 3: adult1_date_of_birth: '29251.0' is not allowed (expected {serial}).",
        "row 4: adult1_date_of_birth: '1990' is not allowed (expected a date as YYYY-MM-DD or DD/MM/YYYY, with a "
        "four-digit year).",
    ]


def test_a_date_with_a_time_of_day_says_to_give_the_date_alone(tmp_path):
    # A database or spreadsheet export's "2016-09-14 10:30:00": the day is plain but a time of day is no date (midnight
    # is allowed, as the date itself). The row stays, refused with the date to give, in the user's own order; text that
    # is no date before a time (month 13), or a time alone, gets the message as before.
    src = tmp_path / "cases.csv"
    src.write_text("case_id,adult1_age,child1_date_of_birth\na,30,2016-09-14 10:30:00\nb,30,14/09/2016 10:30\n"
                   "c,30,2016-13-14 10:30\nd,30,2016-09-14 00:00:00\n", encoding="utf-8")
    r = estimate_caseload(str(src), on=ON)
    assert r.caseload.valid.tolist() == [False, False, False, True]
    plain = "a date as YYYY-MM-DD or DD/MM/YYYY, with a four-digit year"
    assert [str(e) for e in r.caseload.errors] == [
        f"row 2: child1_date_of_birth: '2016-09-14 10:30:00' is not allowed (expected {plain}; a date without a time "
        "of day: 2016-09-14).",
        f"row 3: child1_date_of_birth: '14/09/2016 10:30' is not allowed (expected {plain}; a date without a time of "
        "day: 14/09/2016).",
        f"row 4: child1_date_of_birth: '2016-13-14 10:30' is not allowed (expected {plain}).",
    ]
    # On the command line too: --on.
    from entitlements.io.arguments import date

    with pytest.raises(argparse.ArgumentTypeError, match=r"give a date as .*; a date without a time of day: 2026-05-01$"):
        date("2026-05-01T09:00")
