"""Files written: CSV rows (safe to open in a spreadsheet), text and bytes.

Every file the library writes goes through here: per-case results and
gains as CSV (:func:`write_csv`, each cell and header through
:func:`spreadsheet_safe`), and a report's page and charts (:func:`write_text`,
:func:`write_bytes`). Each is written to a temporary file beside the target
and moved into place when complete (:func:`entitlements.io.files.atomic_target`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .files import atomic_target, refuse_other_format

__all__ = ["spreadsheet_safe", "write_csv", "write_text", "write_bytes", "Column", "write_columns", "ColumnsCsvWriter", "write_parquet"]


def spreadsheet_safe(value: Any) -> Any:
    """A cell value that a spreadsheet will not run as a formula: text
    starting with ``= + - @``, a tab or a carriage return gets a leading
    apostrophe (OWASP CSV injection guidance). Numbers pass unchanged."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(rows: Iterable[Mapping[str, Any]], path: str | Path | None = None, *,
              fields: Sequence[str] | None = None) -> str | None:
    """Rows as CSV (UTF-8), each cell made :func:`spreadsheet_safe`: to
    ``path``, or returned as text when ``path`` is None. The header is
    ``fields`` (a row's missing fields are empty), or the first row's keys,
    in which case no rows write nothing at all. Rows are written as they
    come, so a long iterator is not held in memory."""
    rows = iter(rows)
    if fields is None:
        first = next(rows, None)
        if first is None:
            if path is not None:
                write_text(path, "")
            return "" if path is None else None
        fields, rows = list(first), _chain(first, rows)
    fields = list(fields)

    def write(f) -> None:
        w = csv.writer(f)
        w.writerow([spreadsheet_safe(k) for k in fields])
        for r in rows:
            w.writerow([spreadsheet_safe(r.get(k, "")) for k in fields])

    return _text_or_file(write, path)


def _text_or_file(write, path: str | Path | None) -> str | None:
    """``write(f)`` to a string (returned) or to ``path`` through a temporary file."""
    if path is None:
        buf = io.StringIO()
        write(buf)
        return buf.getvalue()
    with atomic_target(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as f:
        write(f)
    return None


def _chain(first, rest):
    yield first
    yield from rest


def write_text(path: str | Path, text: str) -> None:
    """A text file (UTF-8), written to a temporary name and moved into place."""
    with atomic_target(path) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")


def write_bytes(path: str | Path, data: bytes) -> None:
    """A binary file (a chart's PNG), written to a temporary name and moved into place."""
    with atomic_target(path) as tmp:
        Path(tmp).write_bytes(data)


class Column:
    """One column of results to write: ``values`` (a numpy array: integers,
    booleans, dates as ``datetime64[D]``, floats, or objects for text) and
    ``empty`` (a boolean array: the rows whose cell is empty, such as rows
    that could not be read; or None). A date is written ``YYYY-MM-DD``, a
    float as Python writes it (``0.65``)."""

    __slots__ = ("values", "empty")

    def __init__(self, values: Any, empty: Any = None) -> None:
        self.values = values
        self.empty = empty


def _safe_text(values: Any) -> list[Any]:
    """Text cells made :func:`spreadsheet_safe`, each distinct value once."""
    import numpy as np

    from .cells import factorize

    code, distinct = factorize(values)
    return np.array(["", *(spreadsheet_safe(str(v)) for v in distinct)], dtype=object)[code].tolist()


def _float_text(values: Any) -> Any:
    """Floats as Python writes them (``str``), each distinct value once."""
    import numpy as np

    distinct, inverse = np.unique(values, return_inverse=True)
    return np.array([str(float(x)) for x in distinct], dtype=object)[inverse.reshape(-1)]


def _text_chunk(col: Column, start: int, stop: int) -> list[str]:
    """A chunk of a column as the cells a CSV file holds: integers in
    decimal, booleans True/False, text made safe, empty cells "".'"""
    import numpy as np

    v = col.values[start:stop]
    if v.dtype == bool:
        out = np.where(v, "True", "False").astype(object)
    elif v.dtype.kind in "iu":
        out = v.astype(str).astype(object)
    elif v.dtype.kind == "M":
        out = np.datetime_as_string(v.astype("datetime64[D]")).astype(object)
    elif v.dtype.kind == "f":
        out = _float_text(v)
    else:
        return [c if col.empty is None or not e else "" for c, e in
                zip(_safe_text(v), col.empty[start:stop] if col.empty is not None else [False] * len(v))]
    if col.empty is not None:
        out[col.empty[start:stop]] = ""
    return out.tolist()


def write_columns(columns: Mapping[str, Column], path: str | Path | None = None, *, chunk: int = 65536) -> str | None:
    """Results written column by column as CSV (UTF-8), never every row as
    a dict: with pyarrow's CSV writer where installed, else a chunk of rows
    at a time by the csv module. Headers and text cells are made
    :func:`spreadsheet_safe`. To ``path`` (through a temporary file), or
    returned as text when ``path`` is None."""
    if path is not None:
        refuse_other_format("path", path)  # the parameter of write() and to_csv(); the commands say their flag first
        with atomic_target(path) as tmp, ColumnsCsvWriter(tmp, chunk=chunk) as w:
            w.write(columns)
        return None
    buf = io.StringIO()
    _write_csv_module(csv.writer(buf), columns, header=True, chunk=chunk)
    return buf.getvalue()


def _write_csv_module(w, columns: Mapping[str, Column], *, header: bool, chunk: int) -> None:
    """The columns by the csv module, ``chunk`` rows at a time (the header first where asked)."""
    names = list(columns)
    n = len(next(iter(columns.values())).values) if columns else 0
    if header:
        w.writerow([spreadsheet_safe(k) for k in names])
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        w.writerows(zip(*(_text_chunk(columns[k], start, stop) for k in names)))


class ColumnsCsvWriter:
    """One CSV file written from batches of columns (each a mapping of name
    to :class:`Column`, the same names every time), the header with the
    first: a caseload estimated a part at a time is written a part at a time,
    the same file, byte for byte, as :func:`write_columns` writes from all
    its rows. Writes to ``path`` as it is: give it a temporary name
    (:func:`entitlements.io.files.atomic_target`). pyarrow's CSV writer
    where installed, else the csv module. A context manager (closes the file)."""

    def __init__(self, path: str | Path, *, chunk: int = 65536) -> None:
        from .cells import pyarrow_csv_if_installed

        self.path = Path(path)
        self.arrow = pyarrow_csv_if_installed() is not None
        self.chunk = chunk
        self._writer: Any = None
        self._file: Any = None

    def write(self, columns: Mapping[str, Column]) -> None:
        """A batch of rows (the header too, with the first)."""
        if self.arrow:
            self._write_arrow(columns)
            return
        first = self._file is None
        if first:
            self._file = open(self.path, "w", newline="", encoding="utf-8")
            self._writer = csv.writer(self._file)
        _write_csv_module(self._writer, columns, header=first, chunk=self.chunk)

    def _write_arrow(self, columns: Mapping[str, Column], *, chunk: int = 1 << 17) -> None:
        """By pyarrow's CSV writer, ``chunk`` rows at a time (a chunk is made
        into pyarrow arrays, written and let go: the whole table is never held twice)."""
        n = len(next(iter(columns.values())).values) if columns else 0
        for start in range(0, max(n, 1), chunk):
            table = _arrow_table(_rows(columns, start, min(start + chunk, n)), for_csv=True)
            if self._writer is None:
                import pyarrow.csv as pa_csv

                self._writer = pa_csv.CSVWriter(str(self.path), table.schema,
                                                write_options=pa_csv.WriteOptions(quoting_style="needed"))
            elif n == 0:
                return
            self._writer.write_table(table)
            del table

    def close(self) -> None:
        """The file closed (nothing written: not even a header)."""
        if self._writer is not None and self.arrow:
            self._writer.close()
        if self._file is not None:
            self._file.close()
        self._writer = self._file = None

    def __enter__(self) -> "ColumnsCsvWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _arrow_table(columns: Mapping[str, Column], *, for_csv: bool):
    """The columns as a pyarrow Table: integers (empty: null), booleans
    (True/False text in a CSV file), text made safe."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    arrays = []
    for name, col in columns.items():
        v = col.values
        mask = None if col.empty is None else np.asarray(col.empty, bool)
        if v.dtype == bool:
            a = pa.array(v, mask=mask)
            if for_csv:
                a = pc.if_else(a, "True", "False")
        elif v.dtype.kind in "iu":
            a = pa.array(v.astype(np.int64, copy=False), mask=mask)
        elif v.dtype.kind == "M":
            a = pa.array(v.astype("datetime64[D]"), type=pa.date32(), mask=mask)
        elif v.dtype.kind == "f" and for_csv:
            a = _arrow_text(_float_text(v), mask, for_csv=True)
        elif v.dtype.kind == "f":
            a = pa.array(v, mask=mask)
        else:
            a = _arrow_text(v, mask, for_csv=for_csv)
        arrays.append(a)
    header = [spreadsheet_safe(k) for k in columns] if for_csv else list(columns)
    return pa.Table.from_arrays(arrays, names=header)


#: What a cell a spreadsheet would run as a formula begins with (:func:`spreadsheet_safe`).
_FORMULA_START = r"^[=+\-@\t\r]"


def _arrow_text(values: Any, mask: Any, *, for_csv: bool):
    """A column of text cells (objects: None where blank) as a pyarrow
    string array, made :func:`spreadsheet_safe` for a CSV file, in columns:
    only the cells that need it are changed one by one. A column holding
    anything but text (a DataFrame's numbers carried through) is written as
    its values' text."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        a = pa.array(values, type=pa.string(), from_pandas=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        text = _safe_text(values) if for_csv else [None if x is None else str(x) for x in values]
        return pa.array(text, type=pa.string(), mask=mask)
    if for_csv:
        # Blank cells (None, empty or spaces) as "", as _safe_text gives them.
        a = pc.if_else(pc.fill_null(pc.equal(pc.utf8_length(pc.utf8_trim_whitespace(a)), 0), True), "", a)
        risky = pc.match_substring_regex(a, _FORMULA_START)
        if pc.any(risky).as_py():
            at = np.flatnonzero(np.asarray(risky.to_numpy(zero_copy_only=False), bool))
            safe = pa.array([spreadsheet_safe(a[int(i)].as_py()) for i in at], type=pa.string())
            a = pc.replace_with_mask(a, risky, safe)
    if mask is not None:
        a = pc.if_else(pa.array(mask, type=pa.bool_()), pa.scalar(None, pa.string()), a)
    return a


def _rows(columns: Mapping[str, Column], start: int, stop: int) -> dict[str, Column]:
    """Rows ``start:stop`` of every column (views, not copies)."""
    return {k: Column(c.values[start:stop], None if c.empty is None else c.empty[start:stop]) for k, c in columns.items()}


def write_parquet(columns: Mapping[str, Column], path: str | Path) -> None:
    """Results as Parquet (needs pyarrow: the ``fast`` extra), with real
    types: integers with nulls where empty, booleans, text."""
    from ..errors import MissingExtra
    from .cells import pyarrow_csv_if_installed

    if pyarrow_csv_if_installed() is None:
        raise MissingExtra("--out", "pyarrow", "fast", f"--out: {str(path)!r} is Parquet, which needs pyarrow "
                           "(pip install 'entitlements[fast]'), or name a .csv file.")
    import pyarrow.parquet as pq

    with atomic_target(path) as tmp:
        pq.write_table(_arrow_table(columns, for_csv=False), str(tmp))
