"""A caseload read from an Excel workbook (.xlsx) is read as the same sheet
saved as CSV is: the same cells, header checks, row numbers, results and
errors. Every workbook here is made with openpyxl in the test's directory,
its cells typed as Excel types a CSV file it opens (numbers as numbers, ISO
dates as dates)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

openpyxl = pytest.importorskip("openpyxl")

from entitlements import Caseload  # noqa: E402
from entitlements.cli import main  # noqa: E402
from entitlements.errors import InputError, InputFileError, UsageError  # noqa: E402
from entitlements.gain.caseload import caseload_gains  # noqa: E402
from entitlements.io.caseloads import BLANK_ROW  # noqa: E402
from entitlements.io.csv import read_csv_table  # noqa: E402
from entitlements.io.workbooks import cell_text, read_table  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ON = "2026-05-01"


def typed(cell: str):
    """A CSV cell as Excel types it when it opens the file."""
    if cell == "":
        return None
    if re.fullmatch(r"-?\d+", cell):
        return int(cell)
    if re.fullmatch(r"-?\d+\.\d+", cell):
        return float(cell)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", cell):
        return dt.date.fromisoformat(cell)
    return cell


def workbook(path: Path, rows, *, title: str = "Cases", before=(), after=()) -> Path:
    """``rows`` (lists of cells) as a workbook's sheet ``title``; ``before``
    and ``after``: other sheets, (title, rows, state)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, body, state in before:
        ws = wb.create_sheet(name)
        ws.sheet_state = state
        for r in body:
            ws.append(r)
    ws = wb.create_sheet(title)
    for r in rows:
        ws.append(list(r))
    for name, body, state in after:
        ws = wb.create_sheet(name)
        ws.sheet_state = state
        for r in body:
            ws.append(r)
    wb.save(path)
    return path


def from_csv_text(path: Path, text: str, **kw) -> Path:
    """A CSV file's text as a workbook, typed as Excel opens it."""
    records = list(csv.reader(io.StringIO(text)))
    return workbook(path, [records[0]] + [[typed(c) for c in r] for r in records[1:]], **kw)


def flat(columns) -> dict:
    """A caseload's columns as plain lists, to compare."""
    import attrs
    import numpy as np

    if attrs.has(type(columns)):
        return {f.name: flat(getattr(columns, f.name)) for f in attrs.fields(type(columns))}
    return np.asarray(columns).tolist()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


# The same caseload as CSV and as a workbook: the same files, byte for byte.

def test_household_caseload_as_xlsx_writes_the_csvs_results_byte_for_byte(tmp_path, capsys):
    src = EXAMPLES / "caseload.csv"
    book = from_csv_text(tmp_path / "caseload.xlsx", src.read_text(encoding="utf-8"))
    for name in ("csv", "xlsx"):
        given = src if name == "csv" else book
        code, out, err = run(capsys, "caseload", given, "--on", ON, "--out", tmp_path / f"{name}.csv", "-q")
        assert code == 0, err
    assert (tmp_path / "csv.csv").read_bytes() == (tmp_path / "xlsx.csv").read_bytes()
    # The example's bad row (adult1_age 'forty', row 9) is reported at the same row from both.
    assert (tmp_path / "csv_errors.csv").read_bytes() == (tmp_path / "xlsx_errors.csv").read_bytes()
    # Changed deliberately: the errors file names the row and the field, never the value the row holds.
    assert b"9,adult1_age," in (tmp_path / "xlsx_errors.csv").read_bytes()
    assert b"forty" not in (tmp_path / "xlsx_errors.csv").read_bytes()


def test_gain_caseload_as_xlsx_gives_the_csvs_gains_byte_for_byte(tmp_path, capsys):
    # README's first command on the bundled caseload of advice outcomes (1,000 cases), from a workbook.
    src = EXAMPLES / "synthetic_caseload.csv"
    book = from_csv_text(tmp_path / "synthetic.xlsx", src.read_text(encoding="utf-8"))
    for name, given in (("csv", src), ("xlsx", book)):
        code, out, err = run(capsys, "caseload", given, "--report", tmp_path / f"{name}.html", "--out", tmp_path / f"{name}.csv")
        assert code == 0, err
    assert (tmp_path / "csv.csv").read_bytes() == (tmp_path / "xlsx.csv").read_bytes()
    assert (tmp_path / "csv_errors.csv").read_bytes() == (tmp_path / "xlsx_errors.csv").read_bytes()


def test_caseload_gains_reads_a_workbooks_sheet(tmp_path):
    lines = (EXAMPLES / "synthetic_caseload.csv").read_text(encoding="utf-8").splitlines(True)[:41]
    src = tmp_path / "c.csv"
    src.write_text("".join(lines), encoding="utf-8")
    book = from_csv_text(tmp_path / "c.xlsx", "".join(lines), title="Outcomes", before=[("Notes", [["x"]], "visible")])
    a, b = caseload_gains(book, sheet="Outcomes"), caseload_gains(src)
    assert a.ids.tolist() == b.ids.tolist() and a.annual.tolist() == b.annual.tolist() and a.valid.tolist() == b.valid.tolist()
    assert sum(a.annual.tolist()) > 0


# Cells: as the CSV file would hold them.

def test_cell_text_is_what_the_sheet_saved_as_csv_holds():
    assert cell_text(101.0) == "101"  # an id Excel holds as a float: as typed, not 101.0
    assert cell_text(900.1) == "900.1" and cell_text(1234.56) == "1234.56"  # money as typed
    assert cell_text(0.1 + 0.2) == "0.3"  # a formula's float noise, to Excel's 15 digits
    assert cell_text(1e-05) == "0.00001" and cell_text(1e16) == "10000000000000000"  # never 1e-05
    assert cell_text(-0.0) == "0"  # a formula's negative zero: Excel shows 0, not an amount below zero
    assert cell_text(True) == "TRUE" and cell_text(False) == "FALSE"
    assert cell_text(dt.datetime(2016, 9, 14)) == "2016-09-14"  # a date cell: midnight
    assert cell_text(dt.date(2016, 9, 14)) == "2016-09-14"
    assert cell_text(dt.datetime(2016, 9, 14, 10, 30)) == "2016-09-14 10:30:00"  # the time kept, never cut off


def test_dates_typed_as_dates_and_as_text_read_alike(tmp_path):
    header = ["case_id", "adult1_age", "child1_date_of_birth", "child1_sex"]
    as_dates = workbook(tmp_path / "d.xlsx", [header, ["a", 30, dt.date(2016, 9, 14), "female"],
                                              ["b", 30, dt.datetime(2019, 2, 3), "male"]])
    as_text = workbook(tmp_path / "t.xlsx", [header, ["a", "30", "2016-09-14", "female"], ["b", "30", "03/02/2019", "male"]])
    a, b = Caseload.from_csv(as_dates), Caseload.from_csv(as_text)
    assert a.valid.tolist() == b.valid.tolist() == [True, True]
    born = a.columns.children.date_of_birth[:, 0].astype("datetime64[D]").astype(str).tolist()
    assert born == ["2016-09-14", "2019-02-03"]
    assert flat(a.columns) == flat(b.columns)


def test_a_date_with_a_time_of_day_is_a_row_error_naming_the_cells_row_and_column(tmp_path):
    path = workbook(tmp_path / "c.xlsx", [["case_id", "adult1_age", "child1_date_of_birth"],
                                          ["a", 30, dt.date(2016, 9, 14)],
                                          ["b", 30, dt.datetime(2016, 9, 14, 10, 30)]])
    c = Caseload.from_csv(path)
    assert c.valid.tolist() == [True, False]  # not the date with its time silently cut off
    (e,) = c.errors
    assert e.row == 3 and e.field == "child1_date_of_birth" and "2016-09-14 10:30:00" in str(e)
    assert str(e).endswith("with a four-digit year; a date without a time of day: 2016-09-14).")  # as from a CSV file


def test_numbers_as_typed_ids_money_and_flags(tmp_path):
    path = workbook(tmp_path / "c.xlsx", [["case_id", "adult1_age", "adult1_monthly_earnings", "adult1_lcwra", "capital"],
                                          [101.0, 30.0, 900.1, True, 1234.56], [102, 40, 0.1 + 0.2, False, None]])
    c = Caseload.from_csv(path)
    assert c.ids.tolist() == ["101", "102"]
    assert c.valid.tolist() == [True, True]
    # £900.10 = 90010p; £0.30 (0.1 + 0.2 as a formula gives it) = 30p; £1,234.56 = 123456p; blank capital = 0.
    assert c.columns.adult1.monthly_earnings.tolist() == [90010, 30]
    assert c.columns.adult1.lcwra.tolist() == [True, False]
    assert c.columns.capital.tolist() == [123456, 0]


# Cells that hold no value to read: errors naming the cell, never blank or zero.

def test_an_error_cell_is_an_error_naming_row_and_column(tmp_path, capsys):
    path = workbook(tmp_path / "c.xlsx", [["case_id", "adult1_age", "adult1_monthly_earnings"], ["a", 30, 900],
                                          ["b", 31, "#DIV/0!"]])  # openpyxl writes this text as an error cell
    with pytest.raises(InputError) as e:
        Caseload.from_csv(path)
    assert str(e.value).startswith("c.xlsx row 3, column adult1_monthly_earnings (cell C3): holds the error #DIV/0!")
    code, out, err = run(capsys, "caseload", path, "--on", ON)
    assert code == 1 and err.count("\n") == 1 and "cell C3" in err and "Traceback" not in err


@pytest.mark.parametrize("chunk", [7, 64, 1 << 22])
def test_an_error_cell_is_found_whatever_the_parts_the_sheet_is_read_in(tmp_path, monkeypatch, chunk):
    from entitlements.io import workbooks

    monkeypatch.setattr(workbooks, "_CHUNK", chunk)  # the sheet's XML read in parts of this many bytes
    rows = [["case_id", "adult1_age", "capital"]] + [[f"c{i}", 30 + i % 40, i] for i in range(60)]
    rows[41][2] = "#VALUE!"  # row 42 of the sheet, cut across parts for the small sizes
    with pytest.raises(InputError, match=r"^c.xlsx row 42, column capital \(cell C42\): holds the error #VALUE!"):
        read_table(workbook(tmp_path / "c.xlsx", rows))
    rows[41][2] = 41
    assert len(read_table(workbook(tmp_path / "d.xlsx", rows))) == 60


def test_text_that_reads_like_an_error_is_text_as_in_the_csv(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["case_id", "adult1_age", "keep_note"])
    ws.append(["a", 30, "x"])
    ws["C2"].value, ws["C2"].data_type = "#N/A", "s"  # typed as text, not an error
    wb.save(tmp_path / "c.xlsx")
    assert Caseload.from_csv(tmp_path / "c.xlsx").extra["keep_note"].tolist() == ["#N/A"]


def _formula_book(path: Path, cached: str | None, kind: str | None = None) -> Path:
    """A sheet whose B2 is the formula =20+10, its value saved as ``cached``
    (None: never saved, as openpyxl writes it) with type ``kind``."""
    workbook(path, [["case_id", "adult1_age", "capital"], ["a", "=20+10", 0]])
    if cached is None:
        return path
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    sheet = files["xl/worksheets/sheet1.xml"].decode()
    t = f' t="{kind}"' if kind else ""
    sheet, n = re.subn(r'<c r="B2"><f>20\+10</f><v ?/>', f'<c r="B2"{t}><f>20+10</f><v>{cached}</v>', sheet)
    assert n == 1
    files["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


def test_a_formula_reads_its_saved_value(tmp_path):
    c = Caseload.from_csv(_formula_book(tmp_path / "c.xlsx", "30"))
    assert c.valid.tolist() == [True] and c.columns.adult1.age.tolist() == [30]


def test_a_formula_whose_value_was_never_saved_is_an_error_naming_the_cell(tmp_path, capsys):
    path = _formula_book(tmp_path / "c.xlsx", None)
    with pytest.raises(InputError) as e:
        Caseload.from_csv(path)
    assert str(e.value).startswith("c.xlsx row 2, column adult1_age (cell B2): holds a formula whose value was never saved")
    code, out, err = run(capsys, "caseload", path, "--on", ON)
    assert code == 1 and err.count("\n") == 1 and "open the workbook in Excel" in err


def test_a_formula_whose_saved_value_is_empty_text_is_blank(tmp_path):
    # =IF(...,"",...) saved by Excel: t="str" and an empty value; the age is then missing, as a blank CSV cell.
    c = Caseload.from_csv(_formula_book(tmp_path / "c.xlsx", "", "str"))
    assert c.valid.tolist() == [False] and c.errors[0].field == "adult1_age" and "missing" in str(c.errors[0])


def test_a_formula_whose_saved_value_is_an_error_is_an_error(tmp_path):
    with pytest.raises(InputError, match=r"cell B2\): holds the error #N/A"):
        Caseload.from_csv(_formula_book(tmp_path / "c.xlsx", "#N/A", "e"))


# Sheets.

def test_the_first_visible_sheet_is_read_and_sheet_names_another(tmp_path, capsys):
    cases = [["case_id", "adult1_age"], ["a", 30]]
    other = [["case_id", "adult1_age"], ["x", 40], ["y", 50]]
    path = workbook(tmp_path / "c.xlsx", cases, before=[("Lists", [["yes", "no"]], "hidden")], after=[("Other", other, "visible")])
    assert Caseload.from_csv(path).ids.tolist() == ["a"]
    assert Caseload.from_csv(path, sheet="Other").ids.tolist() == ["x", "y"]
    code, out, err = run(capsys, "caseload", path, "--sheet", "Other", "--on", ON)
    assert code == 0 and out.startswith("2 cases read from c.xlsx")


def test_a_macro_enabled_workbook_is_read_as_an_xlsx(tmp_path):
    path = workbook(tmp_path / "c.xlsm", [["case_id", "adult1_age"], ["a", 30]])
    assert Caseload.from_csv(path).columns.adult1.age.tolist() == [30]


def test_an_unknown_sheet_is_one_line_listing_the_sheets(tmp_path, capsys):
    path = workbook(tmp_path / "c.xlsx", [["case_id", "adult1_age"], ["a", 30]], before=[("Lists", [["x"]], "hidden")])
    with pytest.raises(InputError) as e:
        Caseload.from_csv(path, sheet="Cases 2025")
    assert "'Cases 2025' is not a sheet of it" in str(e.value) and "'Lists' (hidden), 'Cases'" in str(e.value)
    code, out, err = run(capsys, "caseload", path, "--sheet", "Cases 2025", "--on", ON)
    assert code == 1 and err.count("\n") == 1 and "'Lists' (hidden), 'Cases'" in err


def test_sheet_with_a_csv_file_is_a_usage_error(tmp_path, capsys):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age\na,30\n", encoding="utf-8")
    with pytest.raises(UsageError):
        Caseload.from_csv(p, sheet="Cases")
    code, out, err = run(capsys, "caseload", p, "--sheet", "Cases", "--on", ON)
    assert code == 2 and "a CSV file has one sheet" in err


# Rows: numbered as the sheet numbers them; blank rows as the CSV reader treats them.

def test_rows_are_numbered_as_the_sheet_numbers_them_with_blank_rows_kept_apart(tmp_path):
    text = "case_id,adult1_age\na,30\n,\nb,-3\n\nc,40\n,\n"
    csv_path = tmp_path / "c.csv"
    csv_path.write_text(text, encoding="utf-8")
    book = workbook(tmp_path / "c.xlsx", [["case_id", "adult1_age"], ["a", 30], [], ["b", -3], [None, None], ["c", 40], [], []])
    for path in (csv_path, book):
        c = Caseload.from_csv(path)
        # The empty rows between cases are kept as rows that are not cases (those after the last are the file's end).
        assert c.ids.tolist() == ["a", "3", "b", "5", "c"]
        assert [e.row for e in c.errors] == [3, 4, 5]  # b is on the sheet's row 4 (header 1, a 2, an empty row 3)
        assert [e.row for e in c.errors if e.reason == BLANK_ROW] == [3, 5]
    assert read_table(book).rows.tolist() == read_csv_table(csv_path).rows.tolist() == [2, 4, 6]


def test_the_header_must_be_row_1(tmp_path):
    path = workbook(tmp_path / "c.xlsx", [[], ["case_id", "adult1_age"], ["a", 30]])
    with pytest.raises(InputError, match=r"first row is a header row naming its columns \(row 1 is empty: delete the rows above"):
        Caseload.from_csv(path)
    with pytest.raises(InputError, match="the sheet is empty"):
        Caseload.from_csv(workbook(tmp_path / "e.xlsx", []))


HEADER_CASES = [
    ("unknown", "case_id,adult1_age,Capital\n1,30,20000\n", "did you mean 'capital'"),
    ("outcome", "case_id,adult1_age,outcome\n1,30,lcwra_found\n", "--report FILE"),
    ("duplicate", "case_id,adult1_age,capital,capital\n1,30,1,2\n", "each column name once"),
    ("no_name_with_value", "case_id,adult1_age,\n1,30,\n2,40,x\n", "has no name in the header row"),
]


@pytest.mark.parametrize("name, text, hint", HEADER_CASES, ids=[c[0] for c in HEADER_CASES])
def test_the_header_is_checked_as_the_csv_files_is(tmp_path, name, text, hint):
    csv_path = tmp_path / "c.csv"
    csv_path.write_text(text, encoding="utf-8")
    messages = []
    for path in (csv_path, from_csv_text(tmp_path / "c.xlsx", text)):
        with pytest.raises(InputError) as e:
            Caseload.from_csv(path)
        messages.append(str(e.value).replace("c.csv", "FILE").replace("c.xlsx", "FILE"))
    assert messages[0] == messages[1] and hint in messages[1]


def test_an_empty_column_with_no_name_and_merged_cells_read_as_the_csv(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["case_id", "practice", "adult1_age", None], ["a", "P1", 30], ["b", None, 40]):
        ws.append(r)
    ws.merge_cells("B2:B3")  # the value is the top-left cell's; Excel saves the other blank as CSV
    ws["E5"].number_format = "0.00"  # formatted, empty: nothing to read
    wb.save(tmp_path / "c.xlsx")
    c = Caseload.from_csv(tmp_path / "c.xlsx")
    assert c.ids.tolist() == ["a", "b"] and c.extra["practice"].tolist() == ["P1", None]


# Files that are not read.

@pytest.mark.parametrize("suffix", [".xls", ".xlsb", ".ods", ".numbers"])
def test_other_workbook_formats_are_refused_saying_what_to_do(tmp_path, capsys, suffix):
    p = tmp_path / f"c{suffix}"
    p.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    code, out, err = run(capsys, "caseload", p, "--on", ON)
    assert code == 1 and err.count("\n") == 1
    assert f"({suffix} workbooks are not read)" in err and "save it as an Excel Workbook (.xlsx) or as CSV UTF-8" in err


def test_a_file_named_xlsx_that_is_no_workbook_is_one_line(tmp_path, capsys):
    p = tmp_path / "c.xlsx"
    p.write_text("case_id,adult1_age\n", encoding="utf-8")
    code, out, err = run(capsys, "caseload", p, "--on", ON)
    assert code == 1 and err.count("\n") == 1 and "an Excel workbook that can be opened" in err


@pytest.mark.parametrize("data", ["case_id,adult1_age\nA,30\n".encode(), "\ufeffcase_id,name\nA,Zoë\n".encode(),
                                  "case_id,name\nA,Zoë\n".encode("cp1252"), "case_id\tage\r\nA\t30\r\n".encode("utf-16")])
def test_a_csv_file_named_xlsx_says_so_and_how_to_fix_it(tmp_path, capsys, data):
    # Before 2026-12-07: "(this one cannot: BadZipFile)", which does not say what the file is.
    p = tmp_path / "c.xlsx"
    p.write_bytes(data)
    code, out, err = run(capsys, "caseload", p, "--on", ON)
    assert code == 1 and err.count("\n") == 1
    assert "this is a CSV (text) file named .xlsx: rename it .csv" in err and "BadZipFile" not in err


def test_a_file_named_xlsx_of_other_bytes_still_says_it_cannot_be_opened(tmp_path, capsys):
    p = tmp_path / "c.xlsx"
    p.write_bytes(bytes(range(256)) * 4)
    code, out, err = run(capsys, "caseload", p, "--on", ON)
    assert code == 1 and "(this one cannot: BadZipFile)" in err and "CSV (text)" not in err


def test_a_workbook_whose_sheet_is_damaged_is_one_line(tmp_path, capsys):
    path = workbook(tmp_path / "c.xlsx", [["case_id", "adult1_age"], ["a", 30]])
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    sheet = files["xl/worksheets/sheet1.xml"]
    files["xl/worksheets/sheet1.xml"] = sheet[: sheet.index(b"</sheetData>")]  # cut off part-way
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    code, out, err = run(capsys, "caseload", path, "--on", ON)
    assert code == 1 and err.count("\n") == 1 and "an Excel workbook that can be opened (this one cannot: ParseError)" in err


def test_without_openpyxl_a_workbook_is_one_line_saying_how_to_install_it(tmp_path, capsys, monkeypatch):
    path = workbook(tmp_path / "c.xlsx", [["case_id", "adult1_age"], ["a", 30]])
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now raises ImportError
    with pytest.raises(InputFileError) as e:
        Caseload.from_csv(path)
    assert str(e.value) == ("caseload: c.xlsx is an Excel workbook: reading it needs openpyxl "
                            "(pip install 'entitlements[excel]'), or save the sheet as CSV UTF-8.")
    code, out, err = run(capsys, "caseload", path, "--on", ON)
    assert code == 3 and err == f"entitlements: {e.value}\n"


def test_the_input_workbook_is_never_written_over(tmp_path, capsys):
    path = workbook(tmp_path / "c.xlsx", [["case_id", "adult1_age"], ["a", 30]])
    before = path.read_bytes()
    code, out, err = run(capsys, "caseload", path, "--on", ON, "--out", path)
    assert code == 1 and "no .xlsx workbook is written" in err
    code, out, err = run(capsys, "caseload", path, "--on", ON, "--errors", path)
    assert code == 1 and path.read_bytes() == before


def test_sweep_reads_a_workbook_as_the_csv(tmp_path):
    pd = pytest.importorskip("pandas")
    from entitlements.cli_sweep import _source

    text = (EXAMPLES / "caseload.csv").read_text(encoding="utf-8")
    csv_path = tmp_path / "c.csv"
    csv_path.write_text(text, encoding="utf-8")
    book = from_csv_text(tmp_path / "c.xlsx", text)
    a, b = _source([csv_path]), _source([book])
    assert list(a.columns) == list(b.columns) and len(a) == len(b) == 10
    assert Caseload.from_dataframe(a).ids.tolist() == Caseload.from_dataframe(b).ids.tolist()
    assert isinstance(b, pd.DataFrame)


# A property: any small caseload reads the same from a workbook as from its CSV.

_money = st.one_of(st.none(), st.integers(0, 500_000).map(lambda p: p / 100))
_row = st.tuples(
    st.one_of(st.none(), st.integers(1, 10**6), st.text("ABCxyz0-9 ", min_size=1, max_size=6)),  # case_id
    st.one_of(st.none(), st.integers(-5, 130)),  # adult1_age
    _money,  # adult1_monthly_earnings
    st.one_of(st.none(), st.booleans()),  # adult1_lcwra
    st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),  # child1_date_of_birth
    st.one_of(st.none(), st.sampled_from(["private_rent", "social_rent", "owner", "nonsense"])),  # housing_tenure
    _money,  # housing_rent
    st.one_of(st.none(), st.text("Practice AB", max_size=8)),  # practice
)
HEADER = ["case_id", "adult1_age", "adult1_monthly_earnings", "adult1_lcwra", "child1_date_of_birth", "housing_tenure",
          "housing_rent", "practice"]


def _csv_cell(v) -> str:
    """How Excel saves a cell as CSV (dates as the ISO text it was typed as)."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    return v.isoformat() if isinstance(v, dt.date) else str(v)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_row, max_size=6))
def test_a_small_caseload_reads_the_same_from_xlsx_as_from_csv(tmp_path, rows):
    book = workbook(tmp_path / "p.xlsx", [HEADER, *rows])
    csv_path = tmp_path / "p.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows([[_csv_cell(v) for v in r] for r in rows])
    a, b = Caseload.from_csv(book), Caseload.from_csv(csv_path)
    assert a.ids.tolist() == b.ids.tolist()
    assert a.valid.tolist() == b.valid.tolist()
    assert [(e.row, e.field, e.value) for e in a.errors] == [(e.row, e.field, e.value) for e in b.errors]
    assert flat(a.columns) == flat(b.columns)
    assert {k: v.tolist() for k, v in a.extra.items()} == {k: v.tolist() for k, v in b.extra.items()}


def test_python_m_entitlements_report_reads_the_sheet_named(tmp_path, capsys):
    # python -m entitlements.report takes --sheet as `entitlements caseload --sheet` does. The workbook's first sheet
    # is notes; the cases are on "Cases": a single claimant aged 40 found to have LCWRA from 10 Jan 2025, decided 20 Jul
    # 2025: £423.27 a month, x 12 / 52 = £97.676... -> £97.68 a week, x 52 = £5,079.36 a year (507,936p).
    from entitlements.report import main as report_main

    header = ["case_id", "adult1_age", "claim_start", "outcome", "outcome_date", "decision_date", "confirmed"]
    path = workbook(tmp_path / "c.xlsx", [header, ["a", 40, dt.date(2025, 1, 10), "lcwra_found", dt.date(2025, 1, 10),
                                                   dt.date(2025, 7, 20), "yes"]],
                    before=[("Notes", [["Read me first"], ["the cases are on the next sheet"]], "visible")])
    out, gains = tmp_path / "r.md", tmp_path / "gains.csv"
    assert report_main([str(path), "-o", str(out), "--csv", str(gains), "--no-plots", "--sheet", "Cases"]) == 0
    rows = list(csv.DictReader(gains.open(encoding="utf-8")))
    assert [(r["case_id"], r["annual_gain_pence"]) for r in rows] == [("a", "507936")]
    assert "confirmed: 1 case, annual income gain £5,079" in capsys.readouterr().out  # (the report hides a count under 5)
    # Without it, the first sheet (the notes) is read, and refused as a caseload: 1, a value.
    assert report_main([str(path), "-o", str(tmp_path / "r2.md"), "--no-plots"]) == 1
    assert capsys.readouterr().err.startswith("error: ")
    # --sheet with a CSV file: a usage mistake, 2, as from the entitlements command.
    csv_path = tmp_path / "c.csv"
    csv_path.write_text(",".join(header) + "\na,40,2025-01-10,lcwra_found,2025-01-10,2025-07-20,yes\n", encoding="utf-8")
    assert report_main([str(csv_path), "-o", str(tmp_path / "r3.md"), "--no-plots", "--sheet", "Cases"]) == 2
    assert "a CSV file has one sheet" in capsys.readouterr().err
