"""CSV files read: the text in any encoding a spreadsheet saves, into columns.

:func:`read_text` decodes a file: UTF-8 (with or without a byte order mark),
UTF-16 by its byte order mark, and Windows-1252 where the bytes are not UTF-8
(what Excel on Windows saves); it says which it used. :func:`read_csv_table`
reads a CSV file into a :class:`CsvTable`: its header, each column as
:class:`~entitlements.io.cells.Factorized` cells (each distinct value once),
and each record's row number as a spreadsheet shows it (the header is row
1; a blank line is a row too, so the numbers match what the user sees). A
quote that is never closed is an error naming its line, never a row that
swallows the rest of the file. Rows with more cells than the header are kept
and reported (``CsvTable.overflow``); short rows are padded with blanks.

The records are split by a vectorised scan of the bytes (quotes and line
ends); the cells are parsed by pyarrow or pandas where installed, and by
Python's csv module otherwise (or where the fast parsers disagree with the
scan), with the same result.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from ..errors import Described, InputError, InputFileError
from . import cells
from .cells import Factorized

__all__ = ["CsvTable", "decode", "read_text", "read_csv_table", "read_csv_columns", "read_csv_records", "ENCODINGS"]

#: The encodings read, as they are named in messages.
ENCODINGS = ("UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252")


def read_bytes(path: Path, what: str = "caseload") -> bytes:
    """A file's bytes; a missing file is an :class:`InputError` naming it."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputFileError(what, str(path), "a file that exists") from None
    except IsADirectoryError:
        raise InputFileError(what, str(path), "a file, not a directory") from None


def decode(data: bytes) -> tuple[str, str]:
    """Bytes as text and the encoding used (one of :data:`ENCODINGS`)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8 with BOM"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined; Latin-1 reads them as the
    # control characters they are there, so nothing is refused or lost.
    return data.decode("cp1252", errors="replace") if _cp1252_defined(data) else data.decode("latin-1"), "Windows-1252"


def _cp1252_defined(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def read_text(path: Path, what: str = "file") -> tuple[str, str]:
    """A text file's contents (see :func:`decode`) and the encoding used."""
    return decode(read_bytes(path, what))


@attrs.frozen
class CsvTable:
    """A CSV file read: ``header`` (the names as written), ``columns`` (one
    :class:`~entitlements.io.cells.Factorized` per name, in order; a name
    given twice is read once, see ``duplicates``), ``rows`` (each record's
    row number as a spreadsheet shows it), ``overflow`` (record index: the
    extra cells of a record longer than the header) and ``encoding``."""

    header: tuple[str, ...]
    columns: dict[str, Factorized]
    rows: np.ndarray
    overflow: dict[int, list[str]]
    encoding: str
    duplicates: tuple[str, ...] = ()

    def __len__(self) -> int:
        return int(self.rows.shape[0])


def _records(data: bytes) -> tuple[np.ndarray, np.ndarray, int | None]:
    """Where each record of CSV bytes (UTF-8) begins and ends (byte offsets,
    record ends exclude the line end), found by a vectorised scan: a line
    end outside quotes ends a record. Also the line of a quote that is never
    closed (else None)."""
    b = np.frombuffer(data, np.uint8)
    newline_at = np.flatnonzero(b == 10)
    if b'"' in data:
        # A line end is inside quotes where an odd number of quotes come before it.
        quote_at = np.flatnonzero(b == 34)
        ends = newline_at[(np.searchsorted(quote_at, newline_at) & 1) == 0]
        unclosed = bool(quote_at.size & 1)
    else:
        ends = newline_at
        unclosed = False
    starts = np.concatenate([[0], ends + 1]).astype(np.int64)
    stops = np.concatenate([ends, [b.size]]).astype(np.int64)
    if stops[-1] <= starts[-1]:  # the file ends with a line end: no record after it
        starts, stops = starts[:-1], stops[:-1]
    bad_line = None
    if unclosed:
        opened = int(starts[-1])
        bad_line = int(np.searchsorted(newline_at, opened)) + 1
    # A record's line end may be \r\n.
    cr = (stops > starts) & (b[np.maximum(stops - 1, 0)] == 13) if b.size else np.zeros(0, bool)
    stops = stops - cr
    return starts, stops, bad_line


def _numbered(data: bytes) -> tuple[tuple[int, int], np.ndarray, int | None, bool]:
    """Where the header record is (start, stop: no line end), each later
    non-blank record's row number as a spreadsheet shows it, the line of a
    quote never closed (else None), and whether any record holds a line end
    (inside quotes). A file with no quote and no blank line (the usual one)
    is numbered by counting its line ends alone; any other by :func:`_records`."""
    crlf = data.count(b"\r\n")
    if (b'"' not in data and data.count(b"\r") == crlf and b"\n\n" not in data and b"\n\r\n" not in data
            and not data.startswith((b"\n", b"\r\n"))):
        first = data.find(b"\n")
        stop = len(data) if first < 0 else first - (first > 0 and data[first - 1:first] == b"\r")
        records = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
        return (0, stop), np.arange(2, records + 1, dtype=np.int64), None, False
    starts, stops, bad_line = _records(data)
    multiline = starts.size + (data.endswith(b"\n") or not data) - 1 < data.count(b"\n")
    if not starts.size:
        return (0, 0), np.zeros(0, np.int64), bad_line, multiline
    number = np.arange(2, starts.size + 1, dtype=np.int64)
    return (int(starts[0]), int(stops[0])), number[stops[1:] > starts[1:]], bad_line, multiline


def read_csv_table(path: Path, *, what: str = "caseload") -> CsvTable:
    """A CSV file as a :class:`CsvTable` (see the module docstring)."""
    data = read_bytes(path, what)
    text, encoding = decode(data)
    name = Path(path).name
    if "\x00" in text[:4096]:
        raise InputError(what, name, "a CSV file (this one holds binary data: is it a spreadsheet? Save it as CSV)")
    if encoding == "UTF-8":
        text = None  # decoded again only if the csv module must read it (the file is not held twice)
    else:
        data = text.encode("utf-8")
    if b"\n" not in data and b"\r" in data:  # a carriage return alone ends each line: Excel for Mac's "CSV (Macintosh)"
        data, text = data.replace(b"\r", b"\n"), None
    (start, stop), rows, bad_line, multiline = _numbered(data)
    if stop <= start:
        raise InputError(what, name, "a CSV file with a header row naming its columns (the first line is empty)")
    try:
        header = next(csv.reader([data[start:stop].decode("utf-8")]))
    except csv.Error:  # a carriage return alone inside an unquoted name, or bytes that are not text
        raise InputError(what, name, "a CSV file whose first line names its columns (this one's first line cannot "
                                     "be read as CSV: a line break inside a name, or not text at all? Save it "
                                     "as 'CSV UTF-8 (Comma delimited)')") from None
    _comma_separated(header, name)
    # A column with no name (Excel writes ",," after every line once cells to
    # the right were touched) is read under a stand-in name, then left out if
    # nothing is in it, or refused if something is (see _without_unnamed).
    named = [h if h.strip() else f"{_UNNAMED}{i + 1}" for i, h in enumerate(header)]
    parsed = None
    if bad_line is None:
        # Every record after the header, blank ones included: a spreadsheet
        # numbers them all, so the row numbers are the positions + 2.
        fast = _parse_fast(data, header, int(rows.size), multiline=multiline) if rows.size else None
        if fast is not None:
            parsed = ({n: fast[0][h] for n, h in zip(named, header)}, fast[1], rows)
    if parsed is None:  # the reference: Python's csv module, a record at a time
        parsed = _parse_csv_module(text if text is not None else decode(data)[0], named, name, what,
                                   check_quotes=bad_line is not None)
    del data, text
    columns, overflow, rows = parsed
    columns, overflow, rows = _without_empty_records(columns, overflow, rows, named)
    header, columns = _without_unnamed(named, columns, rows, name, what)
    dup = tuple(sorted({h for h in header if header.count(h) > 1}))
    return CsvTable(header=tuple(header), columns=columns, rows=rows, overflow=overflow, encoding=encoding, duplicates=dup)


def _comma_separated(header: list[str], name: str) -> None:
    """An :class:`InputError` for a header of one cell that holds semicolons
    or tabs: a file whose columns are separated by those (Excel saves "CSV"
    with ';' where the decimal mark is a comma), which would otherwise be read
    as one column with a long unknown name."""
    if len(header) != 1:
        return
    for sep, said in ((";", "';'"), ("\t", "tabs")):
        if sep in header[0]:
            raise InputError(f"{name} header row", Described(f"separates its columns with {said}"),
                             "commas between the columns: save the file as 'CSV UTF-8 (Comma delimited)', "
                             "with '.' before the pence")


#: The start of the stand-in name of a column with no name in the header.
_UNNAMED = "\x00unnamed column "


def _filled(col) -> np.ndarray:
    """Which cells of a column hold something (not blank)."""
    return ~col.blank() if isinstance(col, cells.ArrowCells) else col.codes > 0


def _without_unnamed(header: list[str], columns, rows: np.ndarray, name: str, what: str):
    """The header and columns without the columns that have no name and
    nothing in them; an :class:`InputError` for one with no name that holds
    a value (which column, and the first row with a value: never the value)."""
    unnamed = [h for h in header if h.startswith(_UNNAMED)]
    for h in unnamed:
        filled = np.flatnonzero(_filled(columns[h]))
        if filled.size:
            number = h[len(_UNNAMED):]
            titled = [t for t in header if not t.startswith(_UNNAMED)]
            if len(titled) == 1 and titled[0].strip().lower().startswith("sep="):  # Excel's hint, not a header
                raise InputError(f"{name} row 1", Described(f"is Excel's '{titled[0].strip()},' line"),
                                 "the header row naming the columns as the first row: delete the 'sep=' line")
            if len(titled) == 1 and not _a_column_name(titled[0]):  # a title above the header ("Caseload April 2025")
                raise InputError(f"{name} row 1", Described(f"the first row holds one cell only ({titled[0]!r})"),
                                 "the header row naming the columns as the first row: is this a title above it? "
                                 "Delete the rows above the header")
            raise InputError(f"{name} column {number}", Described("has no name in the header row"),
                             f"a name for every column that holds values (row {int(rows[filled[0]])} has one in this column): "
                             "name the column, or delete it")
    if not unnamed:
        return header, columns
    return [h for h in header if h not in unnamed], {k: v for k, v in columns.items() if k not in unnamed}


def _a_column_name(name: str) -> bool:
    """Whether ``name`` is a column a caseload knows (then a first row of
    one cell is a header short of names, not a title above it)."""
    from .headers import _known_names

    return name.strip() in (*_known_names(True), "case_id") or name.strip().startswith("keep_")


def _without_empty_records(columns, overflow, rows, header):
    """Records whose every cell is empty (",,,," from a spreadsheet) are
    blank rows: left out of the table, as blank lines are (their numbers are kept
    by the rest; a caseload puts them back as rows that are not cases: :func:`with_blank_rows`)."""
    if not columns or not rows.size:
        return columns, overflow, rows
    # Extra cells past the header's width that are all blank (",," from a
    # spreadsheet) hold nothing to lose: not an overflow.
    overflow = {i: extra for i, extra in overflow.items() if any(str(v).strip() for v in extra)}
    filled = np.zeros(rows.size, bool)
    for name in _distinct(header):
        filled |= _filled(columns[name])
        if filled.all():  # the usual file: its first column (a case id) is never blank
            break
    for i in overflow:
        filled[i] = True
    if filled.all():
        return columns, overflow, rows
    index = np.flatnonzero(filled)
    renumber = {int(j): i for i, j in enumerate(index)}
    return ({k: v.take(index) for k, v in columns.items()}, {renumber[i]: v for i, v in overflow.items()}, rows[index])


def _distinct(header: list[str]) -> list[str]:
    return list(dict.fromkeys(header))


def _parse_fast(data: bytes, header: list[str], expected: int, *, multiline: bool = True
                ) -> tuple[dict[str, Factorized], dict[int, list[str]]] | None:
    """The cells by pyarrow or pandas (None where neither is installed, or
    where they do not read exactly ``expected`` records of the header's
    width). ``multiline``: a record may hold a line end (pyarrow then reads
    the file in order, more slowly)."""
    if len(set(header)) != len(header):
        return None
    pa_csv = cells.pyarrow_csv_if_installed()
    if pa_csv is not None:
        import pyarrow as pa

        try:
            table = pa_csv.read_csv(
                io.BytesIO(data),
                read_options=pa_csv.ReadOptions(use_threads=True),
                parse_options=pa_csv.ParseOptions(newlines_in_values=multiline, ignore_empty_lines=True),
                convert_options=pa_csv.ConvertOptions(column_types={h: pa.string() for h in header}, strings_can_be_null=False,
                                                      quoted_strings_can_be_null=False),
            )
        except (pa.ArrowInvalid, pa.ArrowException):
            return None
        if table.num_rows != expected or table.column_names != header:
            return None
        return {h: cells.ArrowCells(table.column(i)) for i, h in enumerate(header)}, {}
    pd = cells.pandas_if_installed()
    if pd is None:
        return None
    try:
        df = pd.read_csv(io.BytesIO(data), dtype="category", keep_default_na=False, na_filter=False, encoding="utf-8",
                         skip_blank_lines=True)
    except (pd.errors.ParserError, ValueError, UnicodeError):
        return None
    if len(df) != expected or [str(c) for c in df.columns] != header:
        return None
    return {h: cells.factorize_categorical(df[h].array) for h in header}, {}


def _parse_csv_module(text: str, header: list[str], name: str, what: str, *, check_quotes: bool
                      ) -> tuple[dict[str, Factorized], dict[int, list[str]], np.ndarray]:
    """The cells by Python's csv module, a record at a time (the reference),
    and each record's row number (blank records counted, not kept). With
    ``check_quotes``, a quote never closed is an error naming its line."""
    width = len(header)
    names = _distinct(header)
    where = {h: header.index(h) for h in names}
    index: list[dict[str, int]] = [{} for _ in range(width)]
    codes: list[list[int]] = [[] for _ in range(width)]
    overflow: dict[int, list[str]] = {}
    rows: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=check_quotes)
    n = 0
    row = 1
    line = 0
    try:
        next(reader, None)
        while True:
            line = reader.line_num + 1
            rec = next(reader, None)
            if rec is None:
                break
            row += 1
            if not rec:
                continue
            if len(rec) > width:
                overflow[n] = rec[width:]
            for j in range(width):
                v = rec[j] if j < len(rec) else ""
                if not v.strip():
                    codes[j].append(0)
                    continue
                d = index[j]
                c = d.get(v)
                if c is None:
                    c = d[v] = len(d) + 1
                codes[j].append(c)
            rows.append(row)
            n += 1
    except csv.Error as e:
        if "unexpected end of data" in str(e):
            raise InputError(what, name, f"quotes that close: the quote opened on line {line} is never closed, "
                                         "so every row after it would be read as one cell") from None
        # Strict reading finds only this; read it as a spreadsheet would.
        return _parse_csv_module(text, header, name, what, check_quotes=False)
    columns = {h: Factorized(np.array(codes[where[h]], np.int64).reshape(n), list(index[where[h]])) for h in names}
    return columns, overflow, np.array(rows, np.int64).reshape(n)


def read_csv_columns(path: Path) -> dict[str, Any] | None:
    """A CSV file's columns (name: its cells as :class:`~entitlements.io.cells.Factorized`),
    or None where a name repeats. Kept for callers of the old reader."""
    t = read_csv_table(Path(path))
    return None if t.duplicates else dict(t.columns)


def read_csv_records(path: Path) -> list[dict[str, Any]]:
    """A CSV file's rows as records (header: cell), as :class:`csv.DictReader`
    reads them: a row with more cells than the header keeps the extra ones
    under the key None; a short row's missing cells are None."""
    text, _ = read_text(Path(path), "caseload")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def with_blank_rows(table: CsvTable) -> CsvTable:
    """``table`` with its blank rows between the header and its last row
    that holds something put back, each cell blank (code 0) and numbered as
    the sheet numbers it, so that a caseload keeps them as rows that are not
    cases (``entitlements.io.caseloads.BLANK_ROW``) instead of losing them.
    Blank rows after the last one that holds something (a file's closing
    line ends, a sheet's formatted but empty rows) are the end of the file,
    not rows. ``table`` itself where it has no blank row (the usual file)."""
    rows = table.rows
    if not rows.size or int(rows[-1]) - 1 == rows.size:
        return table
    every = np.arange(2, int(rows[-1]) + 1, dtype=np.int64)
    at = rows - 2  # each record's position among every row
    columns: dict[str, cells.Factorized] = {}
    for name, col in table.columns.items():
        codes = np.zeros(every.size, np.asarray(col.codes).dtype)
        codes[at] = col.codes
        columns[name] = cells.Factorized(codes, col.values)
        columns[name].arrow = col.arrow
    overflow = {int(at[i]): v for i, v in table.overflow.items()}
    return attrs.evolve(table, columns=columns, rows=every, overflow=overflow)
