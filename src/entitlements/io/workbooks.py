"""Excel workbooks read: one worksheet's cells as the text its CSV would hold.

:func:`read_table` reads a caseload file into the
:class:`~entitlements.io.csv.CsvTable` every caseload reader takes: a CSV
file by :func:`~entitlements.io.csv.read_csv_table`, an ``.xlsx`` or
``.xlsm`` workbook by :func:`read_workbook_table`. A workbook's worksheet
(the first visible one, or the one named by ``sheet``) is read with openpyxl
(the ``excel`` extra), streaming, each cell as the value Excel saved for it
(a formula's last result), and each cell becomes the text the same sheet
saved as CSV would hold (:func:`cell_text`), so that everything after reads
a workbook exactly as it reads that CSV file: the same header checks, blank
rows and row numbers (the sheet's, as Excel shows them: the header is row
1), the same values and the same errors.

A cell holding an error (``#N/A``, ``#DIV/0!``, ...) or a formula whose
value was never saved (a workbook written by a program and never opened in
Excel) is an error for the whole file naming its row, column and cell: it
is never read as blank or zero. The header must be in row 1, as a CSV
file's is on its first line. A workbook in another format (``.xls``,
``.xlsb``, ``.ods``, ``.numbers``) is refused, saying how to save it.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import Described, InputError, InputFileError, MissingExtra, UsageError
from .cells import Factorized
from .csv import _UNNAMED, CsvTable, _without_unnamed, read_csv_table

__all__ = ["WORKBOOK_READ", "WORKBOOK_REFUSED", "is_workbook", "read_table", "read_workbook_table", "cell_text"]

#: Workbooks read (with openpyxl).
WORKBOOK_READ = (".xlsx", ".xlsm")
#: Workbooks in formats not read, with what to do.
WORKBOOK_REFUSED = (".xls", ".xlsb", ".ods", ".numbers")

_SAVE_AS = "open it in Excel (or LibreOffice, Numbers) and save it as an Excel Workbook (.xlsx) or as CSV UTF-8 (.csv)"


def is_workbook(path: str | Path) -> bool:
    """Whether a file's name says it is a workbook this module reads."""
    return Path(path).suffix.lower() in WORKBOOK_READ


def read_table(path: str | Path, *, what: str = "caseload", sheet: str | None = None) -> CsvTable:
    """A caseload file as a :class:`~entitlements.io.csv.CsvTable`: a
    workbook's worksheet (``sheet``: its name; default the first visible
    one) or a CSV file (``sheet`` must then be None)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in WORKBOOK_READ:
        return read_workbook_table(p, what=what, sheet=sheet)
    if suffix in WORKBOOK_REFUSED:
        raise InputError(what, p.name, f"an .xlsx workbook or a CSV file ({suffix} workbooks are not read): {_SAVE_AS}")
    if sheet is not None:
        raise UsageError("--sheet", sheet, f"an Excel workbook (.xlsx, .xlsm) as the {what}: {p.name} is not one, "
                         "and a CSV file has one sheet")
    return read_csv_table(p, what=what)


def read_workbook_table(path: str | Path, *, what: str = "caseload", sheet: str | None = None) -> CsvTable:
    """One worksheet of an ``.xlsx``/``.xlsm`` workbook as the
    :class:`~entitlements.io.csv.CsvTable` the sheet saved as CSV would
    give (see the module docstring); ``encoding`` is None."""
    p = Path(path)
    openpyxl = _openpyxl(what, p.name)
    if not p.exists():
        raise InputFileError(what, str(p), "a file that exists")
    if p.is_dir():
        raise InputFileError(what, str(p), "a file, not a directory")
    # openpyxl warns of what it does not keep (data validation, ...), which is
    # nothing read here; a date cell whose number is no date is an error.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            wb = openpyxl.load_workbook(p, read_only=True, data_only=True, keep_links=False)
        except OSError:
            raise
        except Exception as e:  # a zip that is not a workbook, an encrypted one (an OLE file), a damaged one
            if _is_text(p):  # a CSV file saved (or renamed) with the workbook's ending
                raise InputError(what, p.name, f"an Excel workbook that can be opened (this is a CSV (text) file named "
                                 f"{p.suffix.lower()}: rename it .csv)") from None
            raise _cannot_open(what, p.name, e) from None
        try:
            ws = _worksheet(wb, sheet, p.name, what)
            ws.reset_dimensions()  # a stale <dimension> (A1:XFD1048576) would make a million empty rows
            header_row = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), ())
            header = [_header_text(v) for v in header_row]
            _no_bad_cells(p, ws._worksheet_path, header, what)  # openpyxl keeps where the sheet is in the file here
            rows = ws.iter_rows(values_only=True)
            next(rows, None)
            table = _table(header, rows, p.name, what)
        except (SyntaxError, zipfile.BadZipFile, zlib.error, EOFError) as e:  # a damaged sheet (XML, compression)
            raise _cannot_open(what, p.name, e) from None
        finally:
            wb.close()
    for w in caught:
        bad = _NOT_A_DATE.search(str(w.message))
        if bad:
            raise InputError(_cell_named(bad.group(1), int(bad.group(2)), header, p.name),
                             Described("is formatted as a date but its number is no date"),
                             "a date from 1900 to 9999, or the cell formatted as a number")
    return table


def _is_text(path: Path) -> bool:
    """Whether the file's first bytes are text (UTF-8, UTF-16 with its
    mark, or Windows-1252) with no control character but tab and line
    ends: a CSV file, not a workbook (a zip, or an OLE file when encrypted)."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    if not head or head.startswith((b"PK", b"\xd0\xcf\x11\xe0")):
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[2:len(head) - len(head) % 2].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", "replace")
    else:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError as e:
            if e.start >= len(head) - 3 and len(head) == 4096:  # a character cut off at the end of what was read
                text = head[:e.start].decode("utf-8", "replace")
            else:
                try:
                    text = head.decode("cp1252")
                except UnicodeDecodeError:
                    return False
    text = text.lstrip("\ufeff")
    return bool(text) and all(c.isprintable() or c in "\r\n\t" for c in text)


def _cannot_open(what: str, name: str, e: Exception) -> InputError:
    return InputError(what, name, f"an Excel workbook that can be opened (this one cannot: {type(e).__name__}); a "
                      "workbook protected by a password must be saved unprotected first; or save the sheet as CSV")


def _openpyxl(what: str, name: str):
    """openpyxl, or an :class:`~entitlements.errors.MissingExtra` saying how to install it."""
    try:
        import openpyxl
    except ImportError:
        raise MissingExtra(what, "openpyxl", "excel", f"{what}: {name} is an Excel workbook: reading it needs openpyxl "
                           "(pip install 'entitlements[excel]'), or save the sheet as CSV UTF-8.") from None
    return openpyxl


def _worksheet(wb, sheet: str | None, name: str, what: str):
    """The worksheet named ``sheet``, or the first visible one."""
    def listed() -> str:
        return ", ".join(repr(s.title) + (" (hidden)" if s.sheet_state != "visible" else "") for s in wb.worksheets)

    if sheet is None:
        for ws in wb.worksheets:
            if ws.sheet_state == "visible":
                return ws
        raise InputError(f"{what} {name}", Described("has no visible worksheet"), f"a worksheet of cases; name one with --sheet ({listed()})")
    for ws in wb.worksheets:
        if ws.title == sheet:
            return ws
    chart = " is a chart sheet" if sheet in wb.sheetnames else " is not a sheet of it"
    raise InputError(f"{what} {name} sheet", Described(f"{sheet!r}{chart}"), f"one of its worksheets: {listed()}")


def _header_text(v: Any) -> str:
    t = cell_text(v)
    return "" if t is None else t


def _table(header: list[str], rows, name: str, what: str) -> CsvTable:
    """The sheet's rows after the header as a :class:`CsvTable`, as
    :func:`~entitlements.io.csv.read_csv_table` reads the sheet saved as
    CSV: rows with every cell blank left out (their numbers kept by the
    rest), a column with no name left out if empty and refused if not."""
    if not any(h.strip() for h in header):
        below = any(v is not None and (cell_text(v) or "").strip() for row in rows for v in row)
        where = "row 1 is empty: delete the rows above the header" if below else "the sheet is empty: name the sheet of cases with --sheet"
        raise InputError(what, name, f"a worksheet whose first row is a header row naming its columns ({where})")
    width = len(header)
    index: list[dict[str, int]] = [{} for _ in range(width)]
    at: list[list[int]] = [[] for _ in range(width)]  # each column's filled cells: the record's position
    codes: list[list[int]] = [[] for _ in range(width)]
    numbers: list[int] = []
    text = cell_text
    for number, row in enumerate(rows, start=2):
        filled = [(j, t) for j, v in enumerate(row)
                  if v is not None and (t := v if type(v) is str else text(v)) is not None and t.strip()]
        if not filled:
            continue
        n = len(numbers)
        numbers.append(number)
        for j, t in filled:
            if j >= width:  # a cell right of the header's last name: a column with no name
                more = j + 1 - width
                header += [""] * more
                index += [{} for _ in range(more)]
                at += [[] for _ in range(more)]
                codes += [[] for _ in range(more)]
                width = j + 1
            d = index[j]
            c = d.get(t)
            if c is None:
                c = d[t] = len(d) + 1
            at[j].append(n)
            codes[j].append(c)
    n = len(numbers)
    # A column with no name is read under a stand-in name where it holds
    # something (and refused for it), else left out, as the CSV reader does.
    named = [(j, h if h.strip() else f"{_UNNAMED}{j + 1}") for j, h in enumerate(header) if h.strip() or at[j]]
    columns: dict[str, Factorized] = {}
    for j, h in named:
        if h in columns:  # a name given twice: the first is read (check_header refuses it)
            continue
        col = np.zeros(n, np.int64)
        col[np.asarray(at[j], np.int64)] = codes[j]
        columns[h] = Factorized(col, list(index[j]))
    rows_ = np.asarray(numbers, np.int64).reshape(n)
    kept, columns = _without_unnamed([h for _, h in named], columns, rows_, name, what)
    dup = tuple(sorted({h for h in kept if kept.count(h) > 1}))
    return CsvTable(header=tuple(kept), columns=columns, rows=rows_, overflow={}, encoding=None, duplicates=dup)


def cell_text(v: Any) -> str | None:
    """A cell's value (as openpyxl reads it) as the text the sheet saved as
    CSV holds, None where the cell is empty:

    - text as it is; TRUE and FALSE as Excel writes them;
    - a number as typed: a whole number without ``.0`` (``101``, not
      ``101.0``), any other to Excel's 15 significant digits (a typed number
      has no more, so it comes back as typed; a formula's ``0.1 + 0.2`` is
      ``0.3``, as Excel shows it), never in exponent form;
    - a date as ``YYYY-MM-DD``; a date and time at midnight as the date; any
      other time of day kept (``2026-05-01 10:30:00``), so a date column
      refuses it (a row error naming the row and column) rather than
      dropping the time; a time alone as ``HH:MM:SS``.

    >>> [cell_text(v) for v in (None, "x", True, 101, 101.0, 900.1, 0.1 + 0.2, 1e-05)]
    [None, 'x', 'TRUE', '101', '101', '900.1', '0.3', '0.00001']
    >>> cell_text(dt.datetime(1990, 5, 1)), cell_text(dt.datetime(1990, 5, 1, 10, 30))
    ('1990-05-01', '1990-05-01 10:30:00')
    """
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):  # 101.0 is "101" too; -0.0 is 0, as Excel shows it
        return format(Decimal(format(v + 0.0, ".15g")), "f") if v - v == 0 else str(v)
    if isinstance(v, dt.datetime):
        if v.time() == dt.time(0):
            return v.date().isoformat()
        return v.isoformat(sep=" ", timespec="seconds" if not v.microsecond else "auto")
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    return str(v)


#: A cell (``<c ...>``) whose first child is a formula (``<f>``), and its
#: value (``<v>``) if it has one: a formula's cell holds them in that order.
_FORMULA_CELL = re.compile(
    rb"<(?:\w+:)?c\b(?P<attrs>[^>]*)>\s*<(?:\w+:)?f\b(?:[^>]*/>|[^>]*>.*?</(?:\w+:)?f>)\s*"
    rb"(?P<v><(?:\w+:)?v\b[^>/]*(?:/>|>(?P<value>[^<]*)</(?:\w+:)?v>))?", re.S)
#: A cell whose type is an error (``t="e"``), and its value (the error shown).
_ERROR_CELL = re.compile(
    rb"<(?:\w+:)?c\b(?P<attrs>[^>]*\bt=\"e\"[^>/]*)>(?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?v\b[^>]*>(?P<value>[^<]*)<", re.S)
_REF = re.compile(rb"\br=\"([A-Z]{1,3})([0-9]+)\"")
_TYPE = re.compile(rb"\bt=\"([A-Za-z]+)\"")
_CHUNK = 1 << 22
#: openpyxl's warning for a date cell whose number is no date (it reads "#VALUE!").
_NOT_A_DATE = re.compile(r"Cell ([A-Z]{1,3})([0-9]+) is marked as a date but the serial value")


def _no_bad_cells(path: Path, member: str, header: list[str], what: str) -> None:
    """An :class:`InputError` for the sheet's first cell (in the file's
    order) that holds an error value, or a formula with no value saved,
    naming its row, column and cell. Read from the sheet's XML, in parts
    cut between rows: what openpyxl gives for such a cell (the error's text;
    None) cannot be told from text or an empty cell."""
    with zipfile.ZipFile(path) as z, z.open(member) as f:
        rest = b""
        while True:
            chunk = f.read(_CHUNK)
            data = rest + chunk
            cut = len(data) if not chunk else data.rfind(b"row>") + 4
            if chunk and cut < 4:  # no row ends in this part: read on
                rest = data
                continue
            part, rest = data[:cut], data[cut:]
            if b"<f" in part or b"<x:f" in part or b't="e"' in part:
                _bad_cell(part, header, path.name, what)
            if not chunk:
                return


def _bad_cell(part: bytes, header: list[str], name: str, what: str) -> None:
    found: list[tuple[int, bytes, str]] = []
    for m in _ERROR_CELL.finditer(part):
        error = m.group("value").decode("utf-8", "replace")
        found.append((m.start(), m.group("attrs"), f"holds the error {error}"))
        break
    for m in _FORMULA_CELL.finditer(part):
        kind = _TYPE.search(m.group("attrs"))
        kind = kind.group(1) if kind else b"n"
        if kind == b"e":
            continue
        empty = m.group("v") is None or (not m.group("value") and kind not in (b"str", b"inlineStr"))
        if empty:
            found.append((m.start(), m.group("attrs"), "holds a formula whose value was never saved (the workbook was "
                          "written by a program and not opened and saved in Excel)"))
            break
    if not found:
        return
    _, attrs, problem = min(found)
    fix = _FIX if problem.startswith("holds the error") else _SAVE_VALUES
    ref = _REF.search(attrs)
    if ref is None:
        raise InputError(f"{what} {name}", Described(f"a cell {problem}"), fix)
    raise InputError(_cell_named(ref.group(1).decode(), int(ref.group(2)), header, name), Described(problem), fix)


def _cell_named(letters: str, row: int, header: list[str], name: str) -> str:
    """Where a cell is, as an error names it: ``cases.xlsx row 5, column
    adult1_age (cell B5)`` (the column's letters where it has no name)."""
    j = _column_index(letters)
    column = header[j] if j < len(header) and header[j].strip() and row > 1 else letters
    where = "row 1 (the header)" if row == 1 else f"row {row}"
    return f"{name} {where}, column {column} (cell {letters}{row})"


_FIX = ("a value: correct the formula (or type the value) in Excel and save the workbook; an error is never read "
        "as blank or zero")
_SAVE_VALUES = ("each formula's value saved with it: open the workbook in Excel (or LibreOffice) and save it; a "
                "formula's cell is never read as blank")


def _column_index(letters: str) -> int:
    """A column's letters as its index from 0 (A: 0, Z: 25, AA: 26)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1
