"""Columns of cells as read: blanks, distinct values, rows alike.

A caseload read in columns (:mod:`entitlements.io.household_columns`,
:mod:`entitlements.io.outcome_columns`) reads each distinct value of a
column once: :func:`factorize` gives each cell a code, :func:`group_rows`
finds the rows alike in several columns. pandas, where installed (the
notebook extra), hashes faster and parses CSV faster
(:func:`pandas_if_installed`).
"""

from __future__ import annotations

import functools
from typing import Any, Sequence

import numpy as np

__all__ = ["Factorized", "ArrowCells", "factorize", "dataframe_cells", "plain", "group_rows", "is_na", "pandas_if_installed", "pyarrow_csv_if_installed"]


class Factorized:
    """A column of cells as each row's code (0: blank) and the distinct
    non-blank values (code - 1): how a column is read once a value. Indexing
    gives a cell (None where blank); ``numpy.asarray`` the cells as objects."""

    __slots__ = ("codes", "values", "arrow")

    def __init__(self, codes: np.ndarray, values: Sequence[Any]) -> None:
        self.codes = codes
        self.values = list(values)
        #: The distinct values as a pyarrow string array, where read by pyarrow (else None).
        self.arrow = None

    def __len__(self) -> int:
        return int(self.codes.shape[0])

    def __getitem__(self, i):
        if isinstance(i, (int, np.integer)):
            c = int(self.codes[i])
            return self.values[c - 1] if c else None
        return self.objects()[i]

    def objects(self) -> np.ndarray:
        """The cells as an object array (None where blank)."""
        return np.array([None, *self.values], dtype=object)[self.codes]

    def __array__(self, dtype=None, copy=None):
        return self.objects() if dtype in (None, object) else self.objects().astype(dtype)

    def take(self, index: np.ndarray) -> "Factorized":
        out = Factorized(self.codes[index], self.values)
        out.arrow = self.arrow
        return out

    def rows(self, start: int, stop: int) -> "Factorized":
        """Rows ``start:stop`` as cells of their own: the distinct values
        they hold, in the order of this column's (the whole column itself
        where that is what is asked for)."""
        if start <= 0 and stop >= len(self):
            return self
        codes = self.codes[start:stop]
        used = np.flatnonzero(np.bincount(codes, minlength=len(self.values) + 1)[1:])
        remap = np.zeros(len(self.values) + 1, codes.dtype)
        remap[used + 1] = np.arange(1, used.size + 1)
        out = Factorized(remap[codes], [self.values[i] for i in used.tolist()])
        out.arrow = None if self.arrow is None else self.arrow.take(used)
        return out

    def tolist(self) -> list[Any]:
        return self.objects().tolist()

    def __iter__(self):
        return iter(self.tolist())

    def __repr__(self) -> str:
        return f"Factorized({len(self)} cells, {len(self.values)} distinct)"


def _blank_text(values: Sequence[Any]) -> np.ndarray:
    """Which of some distinct values are blank (None, empty or spaces)."""
    try:
        return np.array([not v.strip() for v in values], bool).reshape(len(values))
    except (AttributeError, TypeError):  # not all text
        pass
    return np.array([v is None or (isinstance(v, str) and not v.strip()) or (not isinstance(v, str) and is_na(v))
                     for v in values], bool).reshape(len(values))


def _compact(raw: np.ndarray, distinct: Sequence[Any], missing: np.ndarray | None = None) -> Factorized:
    """Codes into ``distinct`` (-1 or ``missing``: blank) with the blanks given code 0."""
    distinct = list(distinct)
    blank = _blank_text(distinct)
    remap = np.concatenate([np.where(blank, 0, np.cumsum(~blank)), [0]]).astype(np.int64)
    codes = remap[raw]
    if missing is not None:
        codes[missing] = 0
    return Factorized(codes, [v for v, b in zip(distinct, blank) if not b])


def factorize_arrow(column) -> Factorized:
    """A pyarrow string column as :class:`Factorized` (dictionary encoded,
    blanks found, in C++)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    enc = (column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column).dictionary_encode()
    idx = (pc.fill_null(enc.indices, -1) if enc.null_count else enc.indices).to_numpy(zero_copy_only=False)
    dic = enc.dictionary
    blank = np.asarray(pc.equal(pc.utf8_length(pc.utf8_trim_whitespace(dic)), 0).to_numpy(zero_copy_only=False), bool)
    remap = np.concatenate([np.where(blank, 0, np.cumsum(~blank)), [0]]).astype(np.int32 if len(dic) < 2**31 - 1 else np.int64)
    values = dic.to_numpy(zero_copy_only=False)
    out = Factorized(remap[idx], values[~blank].tolist())
    out.arrow = dic.filter(pa.array(~blank)) if blank.any() else dic
    return out


#: Text that ``str.strip()`` leaves empty (Python's whitespace, to the
#: character), as a pattern for pyarrow (RE2).
_ONLY_SPACE = (r"^[\t\n\x0b\x0c\r\x1c-\x1f \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}"
               r"\x{205f}\x{3000}]*$")


class ArrowCells(Factorized):
    """A pyarrow string column as :class:`Factorized` cells, factorized only
    when its codes or distinct values are asked for: a column of case ids
    (a value a row) goes from the file to the results as an array, never
    through a table of distinct values (:meth:`objects` reads it directly)."""

    __slots__ = ("column", "_factorized")

    def __init__(self, column) -> None:
        self.column = column
        self._factorized: Factorized | None = None

    def _done(self) -> Factorized:
        if self._factorized is None:
            self._factorized = factorize_arrow(self.column)
            self.column = None  # the codes and distinct values hold it all now
        return self._factorized

    @property
    def codes(self) -> np.ndarray:  # type: ignore[override]
        return self._done().codes

    @property
    def values(self) -> list[Any]:  # type: ignore[override]
        return self._done().values

    def __len__(self) -> int:
        return len(self.column) if self._factorized is None else len(self._factorized)

    def blank(self) -> np.ndarray:
        """Which cells are blank (empty or spaces)."""
        import pyarrow.compute as pc

        if self._factorized is not None:
            return self._factorized.codes == 0
        empty = pc.match_substring_regex(self.column, _ONLY_SPACE)
        return np.asarray(pc.fill_null(empty, True).to_numpy(zero_copy_only=False), bool).reshape(len(self))

    def objects(self) -> np.ndarray:
        """The cells as an object array of text (None where blank), straight from the column."""
        if self._factorized is not None:
            return self._factorized.objects()
        out = np.asarray(self.column.to_numpy(zero_copy_only=False), dtype=object).reshape(len(self))
        blank = self.blank()
        if blank.any():
            out[blank] = None
        return out

    def take(self, index: np.ndarray) -> Factorized:
        return self._done().take(index)

    def rows(self, start: int, stop: int) -> Factorized:
        """Rows ``start:stop`` as cells of their own (a slice of the column,
        not copied, where it has not been factorized)."""
        if self._factorized is not None:
            return self._factorized.rows(start, stop)
        if start <= 0 and stop >= len(self):
            return self
        return ArrowCells(self.column.slice(start, max(stop - start, 0)))

    @property
    def arrow(self):  # type: ignore[override]
        """The distinct values as a pyarrow string array."""
        return self._done().arrow

    def __repr__(self) -> str:
        return f"ArrowCells({len(self)} cells)"


def factorize_categorical(cat) -> Factorized:
    """A pandas Categorical as :class:`Factorized`."""
    return _compact(np.asarray(cat.codes, np.int64), cat.categories.astype(str).tolist())


def plain(v: Any) -> Any:
    """A value from pandas or numpy as a plain Python one: a date (a
    ``Timestamp`` or ``datetime64`` at midnight; a zone-aware one at midnight
    in Europe/London) as :class:`datetime.date`,
    numpy integers, floats and booleans as Python's, ``NA``/``NaT``/NaN as
    None. Anything else as it is."""
    import datetime as dt

    if v is None or is_na(v):
        return None
    if isinstance(v, np.datetime64):
        v = v.astype("datetime64[us]").item()
    if hasattr(v, "to_pydatetime"):  # a pandas Timestamp
        v = v.to_pydatetime()
    if isinstance(v, dt.datetime):
        # Midnight is a date; a zone-aware midnight is the date in its own zone
        # (a database's Europe/London dates), never shifted to UTC. A zone-aware
        # value not midnight there is read in Europe/London (a UTC column of London
        # midnights, 2026-06-01 23:00 UTC = 2 June 00:00 BST); naive ones are not moved.
        if (v.hour, v.minute, v.second, v.microsecond) == (0, 0, 0, 0):
            return v.date()
        from ..dates import london_midnight

        return london_midnight(v) or v
    if isinstance(v, np.generic):
        return v.item()
    return v


def dataframe_cells(series: Any, *, name: str = "column") -> Factorized:
    """A pandas Series as cells (:class:`Factorized`): each distinct value
    once, made :func:`plain` (dates from ``datetime64``, nullable integers
    and booleans, categoricals, numpy scalars), ``NA``/``NaT``/NaN blank."""
    pd = pandas_if_installed()
    if pd is None:  # pragma: no cover - a DataFrame without pandas cannot happen
        return Factorized(*factorize(list(series)))
    if pd.api.types.is_string_dtype(series.dtype) and hasattr(series.array, "__arrow_array__"):
        # Text held by pyarrow (pandas 3's str, Parquet read by Dask): encoded in C++, as the CSV reader does.
        import pyarrow as pa

        return factorize_arrow(pa.array(series.array))
    if series.dtype == object and pd.api.types.infer_dtype(series, skipna=True) not in (
            "string", "date", "datetime", "datetime64", "empty", "integer", "floating", "boolean", "decimal"):
        # Mixed types: True == 1 == 1.0 would be read alike; keyed by type here.
        return Factorized(*factorize([plain(v) for v in series.tolist()]))
    try:
        raw, uniques = pd.factorize(series, use_na_sentinel=True)
    except TypeError:  # unhashable cells (lists): each its own
        values = [plain(v) for v in series.tolist()]
        return Factorized(np.arange(1, len(values) + 1, dtype=np.int64), values)
    distinct = [plain(v) for v in list(uniques)]
    raw = np.asarray(raw, np.int64)
    return _compact(raw, distinct, missing=raw < 0)


@functools.cache
def pyarrow_csv_if_installed():
    """pyarrow's CSV reader, if pyarrow is installed (the ``fast`` extra)."""
    try:
        import pyarrow.csv as pa_csv
    except ImportError:
        return None
    return pa_csv


def is_na(v: Any) -> bool:
    """NaN or NaT (pandas' empty cells): the only values not equal to themselves."""
    try:
        return bool(v != v)
    except (TypeError, ValueError):
        return False


def _blank(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, str):
        return not v.strip()
    return is_na(v)


@functools.cache
def pandas_if_installed():
    """pandas, if installed (the notebook extra): its hashing is faster."""
    try:
        import pandas
    except ImportError:
        return None
    return pandas


def factorize(values: Sequence[Any]) -> tuple[np.ndarray, list[Any]]:
    """Codes (0 for blank) and the distinct non-blank values (code - 1)."""
    if isinstance(values, Factorized):
        return values.codes, values.values
    pd = pandas_if_installed()
    arr = np.asarray(values, dtype=object) if pd is not None else None
    # Text only (a CSV file): values that are equal are the same value. (In a
    # mixed column True == 1 == 1.0, which would be read alike: those go the
    # slower way, keyed by type too.)
    if pd is not None and pd.api.types.infer_dtype(arr, skipna=True) in ("string", "empty"):
        try:
            raw, distinct = pd.factorize(arr)
        except TypeError:
            pass
        else:
            distinct = list(distinct)
            blank = np.array([_blank(v) for v in distinct] + [True], bool)  # the last: None and NaN (code -1)
            code = np.where(blank, 0, np.cumsum(~blank))
            return code[raw], [v for v, b in zip(distinct, blank) if not b]
    index: dict[Any, int] = {}
    try:
        raw = np.fromiter((index.setdefault((type(v), v), len(index)) for v in values), np.int64, len(values))
    except TypeError:  # an unhashable value: each its own
        index, raw = {}, np.arange(len(values), dtype=np.int64)
        distinct = list(values)
    else:
        distinct = [v for _, v in index]
    blank = np.array([_blank(v) for v in distinct], bool).reshape(len(distinct))
    code = np.where(blank, 0, np.cumsum(~blank))
    return code[raw] if raw.size else raw, [v for v, b in zip(distinct, blank) if not b]


def group_rows(codes: list[np.ndarray], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows with the same codes in every column: (inverse, a row of each
    group: the first where the groups are found by sorting)."""
    if not codes:
        return np.zeros(n, np.int64), np.zeros(min(n, 1), np.int64)
    key = np.zeros(n, np.int64)
    span = 1
    for c in codes:
        top = int(c.max(initial=0)) + 1
        if span * top >= 2**62:  # too many to pack: fall back to rows
            _, first, inverse = np.unique(np.stack(codes, axis=1), axis=0, return_index=True, return_inverse=True)
            return inverse.reshape(n), first
        key = key * top + c
        span *= top
    if span <= max(4 * n, 1 << 20):
        # A table over every possible key (no sort): the groups in order of key.
        present = np.zeros(span, bool)
        present[key] = True
        number = np.cumsum(present) - 1
        inverse = number[key]
        first = np.empty(int(number[-1]) + 1 if span else 0, np.int64)
        first[inverse[::-1]] = np.arange(n - 1, -1, -1)  # some row of each group (every row of a group reads alike)
        return inverse, first
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return inverse, first
