"""A caseload of advice outcomes as analysts' files hold it (qa-ana8, 2026-12-07).

Each test was seen to fail before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Caseload, InputError, caseload_gains, estimate_caseload

HEADER = "case_id,adult1_age,housing_tenure,housing_rent,housing_bedrooms,claim_start,outcome,outcome_date,confirmed"
ROW = "A1,40,social_rent,400.00,1,2024-05-01,lcwra_found,2025-01-10,yes"


@pytest.mark.parametrize("extra, cell", [("adult1_age", "70"), ("housing_rent", "900.00"), ("outcome", "pip_awarded")])
def test_a_column_named_twice_in_a_caseload_of_outcomes_is_refused_as_in_a_caseload(tmp_path, extra, cell):
    # Was: the income-gain path kept the first of the two columns and dropped the other silently (a second
    # adult1_age of 70 beside 40 changed nothing), where a household caseload refuses the file.
    p = tmp_path / "c.csv"
    p.write_text(f"{HEADER},{extra}\n{ROW},{cell}\n", encoding="utf-8")
    first = HEADER.split(",").index(extra) + 1
    with pytest.raises(InputError, match=rf"c.csv column 10: '{extra}' is not allowed \(expected each column name once "
                                         rf"\(it is also column {first}\)\)"):
        caseload_gains(str(p), as_of=dt.date(2026, 12, 7))


def test_a_grouping_column_named_twice_in_a_caseload_of_outcomes_is_refused(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text(f"practice,{HEADER},practice\nA,{ROW},B\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"column 11: 'practice' is not allowed \(expected each column name once"):
        caseload_gains(str(p), as_of=dt.date(2026, 12, 7))


def test_a_column_named_twice_in_a_workbook_of_outcomes_is_refused(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([*HEADER.split(","), "adult1_age"])
    ws.append([*ROW.split(","), "70"])
    p = tmp_path / "c.xlsx"
    wb.save(p)
    with pytest.raises(InputError, match=r"column 10: 'adult1_age' is not allowed \(expected each column name once"):
        caseload_gains(str(p), as_of=dt.date(2026, 12, 7))


# -- float money in a DataFrame ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value, pence", [(100.1 + 200.2, 30030), (0.1 * 3 * 1000, 30000), (1234.56, 123456)])
def test_a_float_amount_off_by_binary_rounding_is_its_pounds_and_pence(value, pence):
    # Was: 100.1 + 200.2 (300.29999999999995 in binary) was refused as "at most 2 decimal places", where the same
    # sum typed as a formula in a workbook is read as 300.3 (Excel's 15 significant digits): a DataFrame whose
    # rent is rent + service charge lost rows for a float's last bit.
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"case_id": ["A"], "adult1_age": [30], "adult1_monthly_earnings": [value]})
    results = estimate_caseload(Caseload.from_dataframe(df), on=dt.date(2026, 5, 1))
    assert not results.caseload.errors, results.caseload.errors
    assert int(results.calculation.earned_income[0]) == pence


@pytest.mark.parametrize("value", [478.000000001, 12.345, 1234.5601])
def test_a_float_amount_with_a_fraction_of_a_penny_is_still_refused(value):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"case_id": ["A"], "adult1_age": [30], "adult1_monthly_earnings": [value]})
    cases = Caseload.from_dataframe(df)
    assert [e.field for e in cases.errors] == ["adult1_monthly_earnings"]
    assert "at most 2 decimal places" in cases.errors[0].reason


# -- a run killed while writing ----------------------------------------------------------------------------------


def test_a_partial_file_left_by_a_killed_run_is_removed_when_the_file_is_written_again(tmp_path):
    # Was: a run killed while writing (kill -9, the machine out of memory) left a hidden
    # ".gains.csv.<8 hex>.part" holding case ids and figures beside the output, and every later run left it there.
    import os
    import time

    from entitlements.io.files import atomic_target

    target = tmp_path / "gains.csv"
    stale = tmp_path / ".gains.csv.0123abcd.part"
    stale.write_text("case_id\nHJP0001\n")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    other = tmp_path / ".other.csv.0123abcd.part"  # another file's temporary
    other.write_text("x")
    os.utime(other, (old, old))
    live = tmp_path / ".gains.csv.89abcdef.part"  # being written now by another run: kept
    live.write_text("x")
    with atomic_target(target) as tmp:
        tmp.write_text("case_id\n")
    assert target.read_text() == "case_id\n"
    assert not stale.exists()
    assert other.exists() and live.exists()


# -- a row refused by the scenario's checks names the file's column ------------------------------------------------

H2 = "case_id,adult1_age,adult1_lcwra,housing_tenure,housing_rent,housing_bedrooms,claim_start,outcome,outcome_date,confirmed"


@pytest.mark.parametrize("cells, extra_header, extra, column", [
    ("A1,40,yes,social_rent,400,1,2024-05-01,lcw_found,2025-01-10,yes", "", "", "outcome"),
    ("A1,40,,social_rent,400,1,2024-05-01,lcwra_found,2025-01-10,yes", ",outcome_adult", ",2", "outcome_adult"),
    ("A1,40,,social_rent,400,1,2024-05-01,lcwra_found,2025-01-10,yes", ",partner_carer", ",yes", "partner_carer"),
    ("A1,40,,social_rent,400,1,2024-05-01,benefit_claimed,2025-01-10,yes", ",benefit", ",child_benefit", "benefit"),
])
def test_a_row_refused_by_the_scenarios_checks_names_the_files_column(tmp_path, cells, extra_header, extra, column):
    # Was: "outcomes[1].kind: 'lcw_found' is not allowed ...", the Python API's name, in the errors file's field
    # column and on the screen, for a file that has an "outcome" column and no "outcomes".
    p = tmp_path / "c.csv"
    p.write_text(f"{H2}{extra_header}\n{cells}{extra}\n", encoding="utf-8")
    g = caseload_gains(str(p), as_of=dt.date(2026, 12, 7))
    reasons = [e["reason"] for e in g.errors()]
    assert len(reasons) == 1 and reasons[0].startswith(f"{column}: "), reasons
    assert "outcomes[" not in reasons[0]


def test_a_change_to_what_the_household_has_names_its_after_column_and_value(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age,capital,claim_start,outcome,outcome_date,confirmed,after_capital\n"
                 "A1,40,5000,2024-05-01,income_change,2025-01-10,yes,5000\n", encoding="utf-8")
    reasons = [e["reason"] for e in caseload_gains(str(p), as_of=dt.date(2026, 12, 7)).errors()]
    assert reasons == ["after_capital: '5000' is not allowed (expected a change to what the household has before advice: "
                       "capital already has the value given, so 'income_change' changes nothing)."]


# -- a component or amount left blank is "missing", in the file's words --------------------------------------------

H3 = "case_id,adult1_age,claim_start,outcome,outcome_date,confirmed,benefit,benefit_weekly,award_pip_daily_living,award_aa"


@pytest.mark.parametrize("cells, reason", [
    ("A,40,2024-05-01,pip_awarded,2025-01-10,yes,,,,",
     "award_pip_daily_living: missing (expected a rate for at least one PIP component (award_pip_daily_living or "
     "award_pip_mobility))."),
    ("A,40,2024-05-01,benefit_claimed,2025-01-10,yes,other,,,",
     "benefit_weekly: missing (expected the weekly amount of the benefit claimed, in pounds, more than 0)."),
    ("A,40,2024-05-01,benefit_claimed,2025-01-10,yes,other,0.00,,",
     "benefit_weekly: '0.00' is not allowed (expected the weekly amount of the benefit claimed, in pounds, more than 0)."),
    ("A,70,2024-05-01,benefit_claimed,2025-01-10,yes,attendance_allowance,,,",
     "award_aa: missing (expected 'lower' or 'higher' for Attendance Allowance claimed)."),
])
def test_a_blank_component_or_amount_is_missing_in_the_files_words(tmp_path, cells, reason):
    # Was: "award_pip_daily_living: 'none' is not allowed (expected ... (pip_daily_living or pip_mobility))" for a
    # blank cell, and "benefit_weekly: 0 is not allowed (expected the weekly amount (pence) ...)" for a blank amount
    # that the file gives in pounds.
    p = tmp_path / "c.csv"
    p.write_text(f"{H3}\n{cells}\n", encoding="utf-8")
    assert [e["reason"] for e in caseload_gains(str(p), as_of=dt.date(2026, 12, 7)).errors()] == [reason]


# -- the encoding a caseload of outcomes was read in -----------------------------------------------------------------


def test_the_command_says_a_caseload_of_outcomes_was_read_as_windows_1252(tmp_path):
    # Was: said for a household caseload ("(read as Windows-1252)") and not for a caseload of outcomes, though
    # docs/analysts.md says the command prints the encoding whenever it is not plain UTF-8.
    import subprocess
    import sys
    from pathlib import Path

    p = tmp_path / "c.csv"
    p.write_bytes(f"practice,{HEADER}\nCaf\u00e9 Practice,{ROW}\n".encode("cp1252"))
    exe = Path(sys.executable).with_name("entitlements")
    r = subprocess.run([str(exe), "caseload", str(p), "--report", str(tmp_path / "r.md"), "--as-of", "2026-12-07", "-q"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("c.csv (read as Windows-1252): 1 case:"), r.stdout
    assert caseload_gains(str(p), as_of=dt.date(2026, 12, 7)).encoding == "Windows-1252"
    p.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    assert caseload_gains(str(p), as_of=dt.date(2026, 12, 7)).encoding == "UTF-8"


# -- a 1/0 flag column pandas holds as floats ------------------------------------------------------------------------


def test_a_one_or_zero_flag_held_as_a_float_is_read_as_yes_or_no():
    # Was: "confirmed: 1.0 is not allowed (expected true or false (or yes/no, 1/0))": a column of 1 and 0 with a blank
    # is float64 in pandas (read_csv, read_excel), so every row of it was refused, where the workbook read directly
    # (cells 1 and 0) or the same column without a blank (int64, Int64) is read.
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"case_id": ["A", "B", "C"], "adult1_age": [40, 40, 40], "adult1_lcwra": [float("nan"), 1.0, 0.0],
                       "claim_start": ["2024-05-01"] * 3, "outcome": ["pip_awarded"] * 3,
                       "award_pip_daily_living": ["standard"] * 3, "outcome_date": ["2025-01-10"] * 3,
                       "confirmed": [1.0, 0.0, float("nan")]})
    g = caseload_gains(df, as_of=dt.date(2026, 12, 7))
    assert g.errors() == []
    assert g.to_dataframe()["confirmed"].tolist() == [True, False, False]
    floats = df.assign(adult1_lcwra=[0.5, 2.0, 1.0])
    reasons = [e["reason"] for e in caseload_gains(floats, as_of=dt.date(2026, 12, 7)).errors()]
    assert reasons == ["adult1_lcwra: 0.5 is not allowed (expected true or false (or yes/no, 1/0)).",
                       "adult1_lcwra: 2.0 is not allowed (expected true or false (or yes/no, 1/0))."]


# -- a deprivation decile that is none ---------------------------------------------------------------------------


@pytest.mark.parametrize("column", ["imd_decile", "deprivation_decile"])
@pytest.mark.parametrize("value", ["11", "0", "x", "3.5", "-1"])
def test_a_decile_not_from_1_to_10_is_the_rows_error_not_a_group_of_the_report(tmp_path, column, value):
    # Was: read as a group of its own ("11", "x", "3.5" in the report's "By deprivation decile (IMD)" table and its
    # chart, as if deciles), and NaN, silently, in to_dataframe()'s ordered categorical 1 to 10.
    p = tmp_path / "c.csv"
    p.write_text(f"{column},{HEADER}\n{value},{ROW}\n 3.0 ,{ROW.replace('A1', 'A2')}\n,{ROW.replace('A1', 'A3')}\n",
                 encoding="utf-8")
    g = caseload_gains(str(p), as_of=dt.date(2026, 12, 7))
    assert g.valid.tolist() == [False, True, True]
    assert [e["reason"] for e in g.errors()] == [
        f"{column}: {value!r} is not allowed (expected a whole number from 1 (the most deprived tenth) to 10, or blank)."]
    h = tmp_path / "h.csv"
    h.write_text(f"{column},case_id,adult1_age\n{value},A1,40\n3,A2,40\n", encoding="utf-8")
    results = estimate_caseload(Caseload.from_csv(h), on=dt.date(2026, 5, 1))
    assert results.valid.tolist() == [False, True]
    assert [e.field for e in results.caseload.errors] == [column]


def test_the_headline_of_one_case_says_case_not_cases(tmp_path, capsys):
    # Was: "c.csv: 1 cases: fewer than 5 in all projected" and "confirmed: 1 cases, ...".
    from entitlements.cli import main

    p = tmp_path / "c.csv"
    p.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    assert main(["caseload", str(p), "--report", str(tmp_path / "r.md"), "--as-of", "2026-12-07", "-q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("c.csv: 1 case: fewer than 5 in all projected\n  confirmed: 1 case, annual income gain £"), out


def test_a_reason_of_one_row_among_many_says_row_not_rows(tmp_path, capsys):
    # Was: "1 rows: outcome_date: ... (rows 2)" where more than ten rows could not be used.
    from entitlements.cli import main

    bad = [ROW.replace("A1", f"B{i}").replace("2025-01-10", f"2025-13-{i:02d}") for i in range(1, 13)]
    p = tmp_path / "c.csv"
    p.write_text("\n".join([HEADER, *bad]) + "\n", encoding="utf-8")
    assert main(["caseload", str(p), "--report", str(tmp_path / "r.md"), "--as-of", "2026-12-07", "-q"]) == 0
    out = capsys.readouterr().out
    assert "  1 row: outcome_date: '2025-13-01' is not allowed" in out and "(row 2)" in out, out
    assert " 1 rows: " not in out and "(rows 2)" not in out


# -- dates written month first ---------------------------------------------------------------------------------------


def test_a_column_of_month_first_dates_is_refused_not_read_day_first_where_it_can_be(tmp_path):
    # Was: a caseload saved with US settings (MM/DD/YYYY) had each date whose day is over 12 refused, row by row,
    # and every other date (09/05/2024 for 5 September) read day first, silently: 2 of 56 rows of the synthetic
    # caseload were projected with their months and days swapped.
    rows = [ROW.replace("2025-01-10", "01/23/2025"), ROW.replace("A1", "A2").replace("2025-01-10", "09/05/2024")]
    p = tmp_path / "c.csv"
    p.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^c.csv column outcome_date: '01/23/2025' \(row 2\) is not allowed \(expected "
                                         r"dates day first, DD/MM/YYYY: this one is month first .*'09/05/2024' \(row 3\)"):
        caseload_gains(str(p), as_of=dt.date(2026, 12, 7))
    h = tmp_path / "h.csv"
    h.write_text("case_id,adult1_age,child1_date_of_birth\nA1,40,01/23/2015\nA2,40,09/05/2016\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"column child1_date_of_birth: '01/23/2015' \(row 2\)"):
        Caseload.from_csv(h)


def test_a_day_first_column_with_no_ambiguous_date_is_read_row_by_row():
    # A date that is month first alone (no other slash date that could be read either way) stays the row's error.
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"case_id": ["A1", "A2"], "adult1_age": [40, 40],
                       "child1_date_of_birth": ["01/23/2015", "23/05/2016"]})
    cases = Caseload.from_dataframe(df)
    assert [e.field for e in cases.errors] == ["child1_date_of_birth"]


def test_the_household_caseload_line_writes_thousands_with_commas(tmp_path, capsys):
    # Was: "12,000 cases read from c.csv; 11000 estimated, 1000 with errors ... entitled to Universal Credit: 11000".
    from entitlements.cli import main

    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age\n" + "".join(f"A{i},{40 if i % 12 else 'x'}\n" for i in range(12000)),
                 encoding="utf-8")
    assert main(["caseload", str(p), "--on", "2026-05-01", "-q"]) == 0
    out = capsys.readouterr().out
    assert "12,000 cases read from c.csv; 11,000 estimated, 1,000 with errors" in out, out
    assert "entitled to Universal Credit: 11,000" in out, out


def test_an_output_in_a_directory_that_cannot_be_written_is_refused_before_any_work(tmp_path, monkeypatch):
    # Was: found only when the results were written, after the whole caseload was projected (about 15 s for
    # 200,000 cases), as "cannot write (Read-only file system)".
    import errno
    import os

    from entitlements.io import files
    from entitlements.io.files import refuse_overwriting

    real_open = os.open

    def read_only(path, flags, *a):
        if str(path).startswith(str(tmp_path / "ro")) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", path)
        return real_open(path, flags, *a)

    (tmp_path / "ro").mkdir()
    monkeypatch.setattr(files.os, "open", read_only)
    with pytest.raises(InputError, match=r"--out: '.*' is not allowed \(expected a file in a directory that "
                                         r"can be written to \(.*ro: Read-only file system\)\)"):
        refuse_overwriting([("caseload", tmp_path / "c.csv")], [("--out", tmp_path / "ro" / "gains.csv")])
    refuse_overwriting([("caseload", tmp_path / "c.csv")], [("--out", tmp_path / "gains.csv")])
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
