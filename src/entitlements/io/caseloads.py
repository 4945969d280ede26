"""A caseload of households read: a CSV file (or a workbook's sheet), columns, records or a DataFrame.

Each reader gives the fields of a :class:`~entitlements.caseload.Caseload`:
the households in columns, each row's case id, the columns carried through
(known grouping columns and the user's own: :mod:`entitlements.io.headers`),
which rows were read, why each other row was not (:class:`RowError`), each
row's number as the user sees it, and the file's encoding. The header is
checked first: an unknown, repeated or mistyped column is an error for the
whole caseload. A caseload never loses a row: one that cannot be read is
kept, marked invalid with its reason. Where the rows share one header they
are read in columns (:mod:`entitlements.io.household_columns`); otherwise one
by one (:func:`entitlements.io.households.household_from_flat`).
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from ..columns import households_columns
from ..errors import Described, InputError, shown
from ..household import Adult, Household
from .cells import ArrowCells, Factorized, factorize
from .headers import CLAIM_COLUMNS, DECILE_COLUMNS, check_header, decile_refused
from .household_columns import households_and_child_numbers, record_child_numbers
from .households import household_from_flat, parse_flag
from .csv import with_blank_rows
from .workbooks import read_table

__all__ = ["RowError", "read_claims", "claims_refused", "read_caseload_csv", "CaseloadCsvInParts", "read_caseload_columns", "read_caseload_records", "read_caseload_dataframe",
           "dataframe_columns", "with_index_ids"]


@attrs.frozen
class RowError:
    """Why one row of a caseload could not be read. ``row`` is the row's
    number as the user sees it: for a CSV file or a DataFrame, the
    spreadsheet's row (the header is row 1, so the first case is row 2;
    blank rows counted in a file); for records or columns, the position
    from 1 (a JSON-lines file's line).
    ``expected`` says what is allowed (the reason without the value), and
    ``index`` is the row's position in the caseload (from 0)."""

    row: int
    field: str
    value: Any
    reason: str
    expected: str | None = None
    index: int | None = None

    def __str__(self) -> str:
        reason = self.reason if self.reason.startswith(self.field) else f"{self.field}: {self.reason}"
        return f"row {self.row}: {reason}"

    @property
    def position(self) -> int:
        """The row's position in the caseload (from 0)."""
        return self.index if self.index is not None else self.row - 1


_PLACEHOLDER = Household(adults=Adult(age=30))

#: What a ``claims_*`` cell allows (the benefit check reads them: what each case claims now).
CLAIM_EXPECTED = "yes or no (or true/false, 1/0): whether the case claims this now, or has this help already"


def read_claims(name: str, values: Sequence[Any], *, blank_ok: bool = True) -> tuple[np.ndarray, dict[int, InputError]]:
    """A ``claims_*`` column read, each distinct cell once: (claimed, one a
    row; the error of each row whose cell is not yes or no, by position).
    Read as a household's yes/no fields are (:func:`~entitlements.io.households.parse_flag`);
    a blank cell is not given (``blank_ok``), except for the benefit check,
    which needs the answer."""
    code, distinct = factorize(values)
    claimed = np.zeros(len(distinct) + 1, bool)
    refused: dict[int, InputError] = {}
    for j, v in enumerate(distinct, start=1):
        try:
            claimed[j] = parse_flag(v, name)
        except InputError:
            refused[j] = InputError(name, v, CLAIM_EXPECTED)
    code = np.asarray(code)
    errors: dict[int, InputError] = {}
    if refused:
        table = np.zeros(len(distinct) + 1, bool)
        table[list(refused)] = True
        for i in np.flatnonzero(table[code]):
            errors[int(i)] = refused[int(code[i])]
    if not blank_ok:
        for i in np.flatnonzero(code == 0):
            errors[int(i)] = InputError(name, None, CLAIM_EXPECTED)
    return claimed[code], errors


_SLASH_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s.*)?")


def refuse_month_first(columns: Mapping[str, Any], rows: Any, source: str) -> None:
    """:class:`~entitlements.errors.InputError` for a column of dates written
    month first (MM/DD/YYYY, as a spreadsheet with US settings saves them):
    one that holds a date that can only be month first (``01/23/2025``) and
    another that can be read either way (``09/05/2024``), which day first
    would be read as the wrong day, silently. A column whose month-first
    dates are each unreadable day first is left to its rows' errors."""
    for name, col in columns.items():
        if isinstance(col, Factorized):
            values, codes = col.values, col.codes
        else:
            values, codes = None, None
            col = list(col)
        distinct = values if values is not None else [v for v in dict.fromkeys(col) if v is not None]
        month_first = either = None
        for v in distinct:
            if not isinstance(v, str) or "/" not in v:
                continue
            m = _SLASH_DATE.fullmatch(v)
            if m is None:
                continue
            a, b = int(m.group(1)), int(m.group(2))
            if 1 <= a <= 12 < b <= 31:
                month_first = month_first or v
            elif 1 <= a <= 12 and 1 <= b <= 12 and a != b:
                either = either or v
            if month_first and either:
                break
        if not (month_first and either):
            continue

        def row(v: str) -> int:
            if values is not None:
                i = int(np.flatnonzero(np.asarray(codes) == values.index(v) + 1)[0])
            else:
                i = col.index(v)
            return int(np.asarray(rows).reshape(-1)[i])

        given = Described(f"{month_first!r} (row {row(month_first)}) is not allowed")
        raise InputError(f"{source} column {name}", given,
                         "dates day first, DD/MM/YYYY: this one is month first (MM/DD/YYYY, as a spreadsheet with US "
                         f"settings saves dates), so others, such as {either!r} (row {row(either)}), would be read "
                         "as the wrong day: save the column as YYYY-MM-DD, or as DD/MM/YYYY with UK settings")


def claims_refused(extra: Mapping[str, Sequence[Any]], valid: np.ndarray) -> dict[int, InputError]:
    """The first ``claims_*`` cell refused of each row still ``valid`` (by
    position), in the order of the columns (and a decile column's value that
    is no decile, 1 to 10): a case whose claims cannot be
    read is an error in every command that reads the caseload, not only the
    benefit check (which reads them), as any other cell's is."""
    errors: dict[int, InputError] = {}
    for k, values in extra.items():
        if k in CLAIM_COLUMNS:
            refused = read_claims(k, values)[1]
        elif k in DECILE_COLUMNS:  # grouped by, but a value that is no decile is no group (decile_refused)
            refused = decile_refused(k, values)
        else:
            continue
        for i, e in refused.items():
            if valid[i] and i not in errors:
                errors[i] = e
    return errors


def _error(i: int, number: int, e: InputError) -> RowError:
    return RowError(number, e.field, e.value, str(e), expected=e.expected, index=i)


def read_caseload_records(records: Iterable[Mapping[str, Any]], *, source: str = "caseload",
                          id_field: str = "case_id", keep: Sequence[str] = ()) -> dict[str, Any]:
    """From flat records (CSV rows or DataFrame rows): see
    :func:`entitlements.io.households.household_from_flat`. The keys are
    checked as a header is (:func:`entitlements.io.headers.check_header`)."""
    records = records if isinstance(records, list) else list(records)
    for i, r in enumerate(records, start=1):
        if not isinstance(r, Mapping):
            raise InputError(f"{source} row {i}", type(r).__name__, "a record (a mapping of column name to value)")
    header = tuple(records[0]) if records else ()
    if records and all(tuple(r) == header for r in records) and None not in header:
        # One header (CSV rows, DataFrame rows): read the households in columns.
        return read_caseload_columns({k: [r[k] for r in records] for k in header}, source=source, id_field=id_field, keep=keep)
    return read_caseload_one_by_one(records, source=source, id_field=id_field, keep=keep)


def read_caseload_one_by_one(records: list[Mapping[str, Any]], *, source: str, id_field: str,
                             keep: Sequence[str] = ()) -> dict[str, Any]:
    """Records read one at a time (records with different fields)."""
    every = list(dict.fromkeys(k for r in records for k in r if k is not None))
    header = check_header(every, source=source, id_field=id_field, keep=keep)
    households: list[Household] = []
    ids: list[str] = []
    valid: list[bool] = []
    errors: list[RowError] = []
    carried = header.grouping + header.kept
    extra: dict[str, list[Any]] = {k: [] for k in carried}
    for i, rec in enumerate(records):
        row_errors = []
        if None in rec:
            row_errors.append(RowError(i + 1, "(row)", shown(rec[None]), "more cells than the header has columns", index=i))
        for k in carried:
            extra[k].append(_cell(rec.get(k)))
        ids.append(_case_id(rec.get(id_field), i + 1))
        if not row_errors and all(_cell(v) is None for v in rec.values()):  # every cell blank: not a case
            households.append(_PLACEHOLDER)
            row_errors.append(RowError(i + 1, "(row)", None, BLANK_ROW, index=i))
        else:
            try:
                households.append(household_from_flat({k: rec[k] for k in header.household if k in rec}))
            except InputError as e:
                households.append(_PLACEHOLDER)
                row_errors.append(_error(i, i + 1, e))
        valid.append(not row_errors)
        errors += row_errors
    n = len(households)
    valid_rows = np.array(valid, dtype=bool).reshape(n)
    refused = claims_refused(extra, valid_rows)
    if refused:
        for i, e in refused.items():
            errors.append(_error(i, i + 1, e))
            valid_rows[i] = False
        errors.sort(key=lambda e: e.position)
    columns = households_columns(households)
    child_numbers = np.zeros(np.shape(columns.children.present), np.int16)
    for i, rec in enumerate(records):
        put = record_child_numbers({k: rec[k] for k in header.household if k in rec})[:child_numbers.shape[1]]
        child_numbers[i, :len(put)] = put
    return dict(
        columns=columns,
        ids=np.array(ids, dtype=object).reshape(n),
        valid=valid_rows,
        errors=tuple(errors),
        extra={k: np.array(v, dtype=object).reshape(n) for k, v in extra.items()},
        source=source,
        child_numbers=child_numbers,
    )


def _cell(v: Any) -> Any:
    from .cells import is_na

    if v is None or (isinstance(v, str) and not v.strip()) or (not isinstance(v, str) and is_na(v)):
        return None
    return v


def _case_id(v: Any, number: int) -> str:
    """A row's case id: as given (0 is an id like any other), or its row number where blank."""
    v = _cell(v)
    return str(number) if v is None else id_text(v)


def id_text(v: Any) -> str:
    """A case id as text: a whole number that pandas read as a float (an id
    column with a blank cell becomes float64) as the file wrote it, ``101``
    not ``101.0``, so that it matches the file and the CSV path."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 2 ** 53:
        return str(int(v))
    return str(v)


def _from_columns(household: Mapping[str, Sequence[Any]], extra: Mapping[str, Sequence[Any]], ids: Sequence[Any] | None,
                  overflow: Mapping[int, Any], numbers: np.ndarray, n: int, *, source: str) -> dict[str, Any]:
    """From records given as columns (see :mod:`entitlements.io.household_columns`)."""
    columns, ok, failed, child_numbers = households_and_child_numbers(household, n)
    errors: list[RowError] = []
    header_again = set(np.flatnonzero(repeated_header_rows(household, n)).tolist())
    totals = totals_row(household, [c for c in (ids, *extra.values()) if c is not None], n)
    blank = set(np.flatnonzero(blank_everywhere([*household.values(), *extra.values(), *([ids] if ids is not None else [])],
                                                n)).tolist()) - set(overflow)
    for i in sorted(set(overflow) | set(failed) | header_again | blank | ({totals} if totals is not None else set())):
        if i in header_again or i == totals or i in blank:  # an error row alone, not a value error in each column
            why = REPEATED_HEADER if i in header_again else TOTALS_ROW if i == totals else BLANK_ROW
            errors.append(RowError(int(numbers[i]), "(row)", None, why, index=i))
            ok[i] = False
            continue
        if i in overflow:
            errors.append(RowError(int(numbers[i]), "(row)", shown(overflow[i]), "more cells than the header has columns", index=i))
            ok[i] = False
        if i in failed:
            errors.append(_error(i, int(numbers[i]), failed[i]))
    refused = claims_refused(extra, ok)
    if refused:
        for i, e in refused.items():
            errors.append(_error(i, int(numbers[i]), e))
            ok[i] = False
        errors.sort(key=lambda e: e.position)
    return dict(
        columns=columns,
        ids=_ids(ids, numbers, n),
        valid=ok,
        errors=tuple(errors),
        extra={k: _objects(v, n) for k, v in extra.items()},
        source=source,
        child_numbers=child_numbers,
    )


#: A row that gives each column's own name (two exports pasted together).
REPEATED_HEADER = ("a repeated header row (each cell is its column's name, as where two files are pasted together): "
                   "the row is left out; delete it from the file")


def repeated_header_rows(household: Mapping[str, Sequence[Any]], n: int) -> np.ndarray:
    """The rows whose every household column holds its own name, compared
    without surrounding spaces or case: a header row repeated in the data
    [bool, one a row]."""
    rows = np.full(n, bool(household))
    for name, cells in household.items():
        if not rows.any():
            break
        key = name.strip().casefold()
        if isinstance(cells, Factorized):
            codes = [c for c, v in enumerate(cells.values, start=1) if isinstance(v, str) and v.strip().casefold() == key]
            rows &= np.isin(cells.codes, codes)
        else:
            at = np.flatnonzero(rows)
            same = np.array([isinstance(v, str) and v.strip().casefold() == key for v in np.asarray(cells, dtype=object)[at]],
                            bool)
            rows[at] = same
    return rows


#: A last row that adds up the ones above (a spreadsheet's "Total" line): not a case.
TOTALS_ROW = "a totals row (delete it from the file)"
_TOTALS_WORDS = frozenset({"total", "totals", "grand total"})


def totals_row(household: Mapping[str, Sequence[Any]], labels: Sequence[Sequence[Any]], n: int) -> int | None:
    """The last row's index where it is a totals row, else None: its label
    (the first of ``labels``' cells that is not blank, the case id first,
    else the first household cell that is text) folds to "total", "totals"
    or "grand total" (without surrounding spaces, case or a trailing colon),
    and every household cell but that label is blank."""
    if n < 1 or not household:
        return None
    last = n - 1
    cells = {name: _cell(c[last]) for name, c in household.items()}
    label = next((v for v in (_cell(c[last]) for c in labels) if v is not None), None)
    if label is None:
        label = next((v for v in cells.values() if isinstance(v, str)), None)
    if not isinstance(label, str) or " ".join(label.strip().rstrip(":").split()).casefold() not in _TOTALS_WORDS:
        return None
    if any(v is not None and v != label for v in cells.values()):
        return None
    return last


#: Why a row with every cell blank is not a case: in a CSV file or a sheet (between the header and the last row that
#: holds something; those after it are the end of the file), a DataFrame or records alike.
BLANK_ROW = ("a blank row (every cell is blank): not a case; delete it from the file (a DataFrame: "
             "df.dropna(how='all'))")

#: Rows that are not cases, by the reason each is kept with: a header row repeated in the data, a totals row, a blank
#: row. Each stays an error row (the errors file has it: no row is lost), and every count of cases leaves it out and
#: says it apart (a summary's ``rows_not_cases``), so "N cases" is the cases (since 2026-12-08), and the cases and
#: the rows that are not cases add up to the rows read.
NOT_CASES = (("repeated_header_row", REPEATED_HEADER), ("totals_row", TOTALS_ROW), ("blank_row", BLANK_ROW))


def blank_everywhere(columns: Sequence[Sequence[Any]], n: int) -> np.ndarray:
    """Whether each of ``n`` rows has every cell of ``columns`` blank
    (None, NaN, empty or spaces); none where there is no column."""
    blank = np.ones(n, bool) if columns else np.zeros(n, bool)
    for col in columns:
        if not blank.any():  # the usual caseload: its first column (a case id) is never blank
            break
        if isinstance(col, ArrowCells):
            blank &= col.blank().reshape(n)
        else:
            blank &= (np.asarray(factorize(col)[0]) == 0).reshape(n)
    return blank


def is_not_a_case(reason: Any) -> bool:
    """Whether a row's reason (in words) is one of a row that is not a case (:data:`NOT_CASES`)."""
    return isinstance(reason, str) and any(words in reason for _k, words in NOT_CASES)


def rows_not_cases(reasons: Iterable[Any]) -> dict[str, int]:
    """How many of ``reasons`` (one a row that could not be used, in words)
    are rows that are not cases, by kind (:data:`NOT_CASES`; 0 each where none).

    >>> rows_not_cases(["(row): " + TOTALS_ROW, "adult1_age: missing", "(row): " + REPEATED_HEADER])
    {'repeated_header_row': 1, 'totals_row': 1, 'blank_row': 0}
    """
    out = dict.fromkeys((k for k, _ in NOT_CASES), 0)
    for r in reasons:
        for k, words in NOT_CASES:
            if isinstance(r, str) and words in r:
                out[k] += 1
                break
    return out


def not_cases_words(counts: Mapping[str, int]) -> str:
    """The rows that are not cases in words ("1 totals row", "2 repeated
    header rows and 1 totals row"), "" where none.

    >>> not_cases_words({"repeated_header_row": 2, "totals_row": 1})
    '2 repeated header rows and 1 totals row'
    """
    names = {"repeated_header_row": "repeated header row", "totals_row": "totals row", "blank_row": "blank row"}
    parts = [f"{n:,} {names[k]}{'' if n == 1 else 's'}" for k, n in counts.items() if n]
    return " and ".join(parts) if len(parts) < 3 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def not_cases_sentence(counts: Mapping[str, int] | None) -> str:
    """What every count of a caseload says of its rows that are not cases
    (``counts``: a summary's ``rows_not_cases``), "" where none.

    >>> not_cases_sentence({"repeated_header_row": 0, "totals_row": 1})
    '1 totals row: not a case, left out of the counts and kept with the rows in error'
    """
    words = not_cases_words(counts or {})
    if not words:
        return ""
    one = sum((counts or {}).values()) == 1
    return f"{words}: not {'a case' if one else 'cases'}, left out of the counts and kept with the rows in error"


def _objects(values: Sequence[Any], n: int) -> np.ndarray:
    """A carried column's cells as objects (None where blank)."""
    code, distinct = factorize(values)
    return np.array([None, *distinct], dtype=object)[code].reshape(n)


def _ids(ids: Sequence[Any] | None, numbers: np.ndarray, n: int) -> np.ndarray:
    """Each row's case id as text (its row number where blank), made in
    columns: a CSV file's ids go from the column to this array directly."""
    if ids is None:
        return numbers.astype(str).astype(object).reshape(n)
    if isinstance(ids, ArrowCells):
        out = ids.objects()
        blank = np.equal(out, None)
    else:
        code, distinct = factorize(ids)
        out = np.array(["", *(id_text(v) for v in distinct)], dtype=object)[code].reshape(n)
        blank = code == 0
    if blank.any():
        out[blank] = numbers[blank].astype(str).astype(object)
    return out


def read_caseload_csv(path: Path, *, id_field: str = "case_id", keep: Sequence[str] = (),
                      sheet: str | None = None) -> dict[str, Any]:
    """A CSV file of cases (one row a benefit unit), in any encoding a
    spreadsheet saves (:func:`entitlements.io.csv.read_csv_table`), or an
    Excel workbook's sheet (``.xlsx``, ``.xlsm``; ``sheet``: its name,
    default the first visible one; :mod:`entitlements.io.workbooks`)."""
    reader = CaseloadCsvInParts(path, id_field=id_field, keep=keep, sheet=sheet)
    return reader.part(0, len(reader))


class CaseloadCsvInParts:
    """A CSV file (or a workbook's ``sheet``) of cases read once (its header checked), whose rows are
    then read into households a part at a time (:meth:`part`, :meth:`parts`):
    what :func:`read_caseload_csv` gives for the whole file, given for rows
    ``start:stop``, with their own row numbers and errors (a row's ``index``
    counts from the part's first row). A command that estimates and writes a
    part at a time never holds a million rows' households and results at once."""

    def __init__(self, path: Path, *, id_field: str = "case_id", keep: Sequence[str] = (), sheet: str | None = None) -> None:
        self.path = Path(path)
        self.table = with_blank_rows(read_table(self.path, sheet=sheet))  # a blank row is kept, not a case
        self.header = check_header(list(self.table.header), source=self.path.name, id_field=id_field, keep=keep)
        refuse_month_first(self.table.columns, self.table.rows, self.path.name)
        self.id_field = id_field

    def __len__(self) -> int:
        return len(self.table)

    @property
    def encoding(self) -> str | None:
        return self.table.encoding

    def part(self, start: int, stop: int) -> dict[str, Any]:
        """Rows ``start:stop`` read: the fields of a :class:`~entitlements.caseload.Caseload`."""
        table, header = self.table, self.header
        stop = min(stop, len(table))
        cells = {k: table.columns[k].rows(start, stop) for k in dict.fromkeys(
            (*header.household, *header.grouping, *header.kept, *((self.id_field,) if self.id_field in table.columns else ())))}
        overflow = {i - start: v for i, v in table.overflow.items() if start <= i < stop}
        numbers = table.rows[start:stop]
        out = _from_columns({k: cells[k] for k in header.household}, {k: cells[k] for k in header.grouping + header.kept},
                            cells.get(self.id_field), overflow, numbers, stop - start, source=self.path.name)
        out["encoding"] = table.encoding
        if stop > start and not np.array_equal(numbers, np.arange(1, stop - start + 1)):
            out["rows"] = numbers
        return out

    def parts(self, rows: int):
        """Every row, ``rows`` at a time (at least one part, empty for a file of no rows)."""
        n = len(self)
        for start in range(0, max(n, 1), rows):
            yield self.part(start, start + rows)


def read_caseload_columns(columns: Mapping[str, Sequence[Any]], *, source: str = "caseload",
                          id_field: str = "case_id", keep: Sequence[str] = (), first_row: int = 1) -> dict[str, Any]:
    """From columns of flat records (column name: a value for every row, as
    in a CSV file). The names are checked as a header is. ``first_row``: the
    first row's number as the user sees it (1: the position from 1; 2: a
    spreadsheet's, the header being row 1)."""
    if not isinstance(columns, Mapping):
        raise InputError("columns", type(columns).__name__, "a mapping of column name to a sequence of values")
    names = list(columns)
    header = check_header(names, source=source, id_field=id_field, keep=keep)
    lengths = {}
    for k, v in columns.items():
        try:
            lengths[k] = len(v)
        except TypeError:
            raise InputError(f"{source} column {k!r}", type(v).__name__, "a sequence of values, one per row") from None
    n = next(iter(lengths.values())) if lengths else 0
    if any(m != n for m in lengths.values()):
        raise InputError("columns", ", ".join(f"{k}: {m}" for k, m in lengths.items()), "the same number of values in every column")
    numbers = np.arange(first_row, n + first_row, dtype=np.int64)
    refuse_month_first(columns, numbers, source)
    out = _from_columns({k: columns[k] for k in header.household}, {k: columns[k] for k in header.grouping + header.kept},
                        columns[id_field] if id_field in columns else None, {}, numbers, n, source=source)
    if first_row != 1:
        out["rows"] = numbers
    return out


def dataframe_columns(df: Any, *, source: str = "DataFrame") -> dict[str, Any]:
    """A pandas DataFrame's columns as cells the readers take: dates
    (``datetime64``, ``Timestamp``) as dates, ``NA``/``NaT``/NaN as blank,
    nullable integers and booleans, categoricals and numpy scalars as their
    values (see :func:`entitlements.io.cells.dataframe_cells`)."""
    from .cells import dataframe_cells

    names = list(df.columns)
    if len(set(map(str, names))) != len(names):
        dup = sorted({str(c) for c in names if [str(x) for x in names].count(str(c)) > 1})
        raise InputError(f"{source} column", dup[0], "each column name once")
    out = {}
    for i, c in enumerate(names, start=1):
        if isinstance(c, str) and re.fullmatch(r"Unnamed: \d+(_level_\d+)?", c):
            # pandas' name for a column with no name in its file's header
            # (Excel's ",," after every line): nothing in it, nothing to lose.
            if _all_blank(df[c]):
                continue
            raise InputError(f"{source} column {i}", c, "a name for every column that holds values (pandas names a column "
                             "with no name in its file's header 'Unnamed: N'; this one holds values): name it, or drop it")
        out[str(c)] = dataframe_cells(df[c], name=str(c))
    return out


def _all_blank(series: Any) -> bool:
    """Whether every cell of a pandas Series is missing or blank text."""
    values = series.astype(object).where(series.notna(), None).tolist()
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def read_caseload_dataframe(df: Any, *, id_field: str = "case_id", keep: Sequence[str] = ()) -> dict[str, Any]:
    """From a pandas DataFrame with the same columns as the CSV. Its rows are
    numbered as the spreadsheet it was read from (``read_excel``,
    ``read_csv``) numbers them: the header is row 1, the first case row 2
    (``DATAFRAME_FIRST_ROW``); a row's ``index`` is its position from 0."""
    if not (hasattr(df, "columns") and hasattr(df, "dtypes")):
        raise InputError("df", type(df).__name__, "a pandas DataFrame")
    df = with_index_ids(df, id_field)
    columns = dataframe_columns(df)
    # A row with every cell blank is kept (never lost), with why (not "adult1_age: missing"): see _from_columns.
    return read_caseload_columns(columns, source="DataFrame", id_field=id_field, keep=keep, first_row=DATAFRAME_FIRST_ROW)


def with_index_ids(df: Any, id_field: str) -> Any:
    """``df`` with its index as the id column where the ids are its index
    (``df.set_index("case_id")``: no ``id_field`` column, and an index, or
    an index level, of that name), so that they are read as a column's
    would be; else ``df`` itself."""
    names = list(getattr(df.index, "names", [None]))
    if id_field not in names or id_field in [str(c) for c in df.columns]:
        return df
    return df.reset_index(level=id_field) if len(names) > 1 else df.reset_index()


def blank_rows(columns: Mapping[str, Any], n: int) -> np.ndarray:
    """Whether each of ``n`` rows has every cell blank, from a caseload's
    columns (name: cells), as :func:`blank_everywhere`."""
    return blank_everywhere(list(columns.values()), n)


#: A DataFrame's first case's row number: the spreadsheet's (the header is row 1), as for a CSV file.
DATAFRAME_FIRST_ROW = 2
