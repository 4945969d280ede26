"""A caseload of outcomes from any source, read into columns.

A CSV file (or an Excel workbook's sheet), a pandas DataFrame, records (mappings) or a list of
single-outcome :class:`~entitlements.gain.outcomes.Scenario`:
:func:`read_cases` reads it into :class:`~entitlements.gain.cases.Cases`
with each row's id and the grouping columns. Where the source has one
header it is read in columns (:mod:`entitlements.io.outcome_columns`);
otherwise row by row (:mod:`entitlements.io.outcomes`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

import attrs

from ..errors import InputError
from ..gain.cases import Cases
from ..gain.outcomes import Scenario
from .caseloads import (BLANK_ROW, DATAFRAME_FIRST_ROW, REPEATED_HEADER, TOTALS_ROW, _cell, blank_rows, claims_refused, dataframe_columns,
                        id_text, refuse_month_first, repeated_header_rows, totals_row, with_index_ids)
from .cells import factorize
from .headers import check_header
from .outcome_columns import cases_from_columns, cases_from_scenarios
from .outcomes import _blank, scenarios_from_records
from .repeats import repeat_keys
from .csv import with_blank_rows
from .workbooks import read_table

__all__ = ["read_cases", "CasesRead"]


@attrs.frozen
class CasesRead:
    """A caseload of outcomes read: the cases in columns, each row's id, the
    known grouping columns and the user's own (``kept``: per-case results
    only, never a report), a label for the source, each row's number as the
    user sees it (a CSV file: the spreadsheet's row) and the encoding."""

    cases: Cases
    ids: list[str]
    grouping: dict[str, list[Any]]
    kept: dict[str, list[Any]]
    label: str
    rows: np.ndarray
    encoding: str | None = None
    #: Whether each row's id was given (a blank id is the row's number, never a repeat of another row's).
    given: np.ndarray | None = None
    #: What tells a row repeated, or the same outcome again, from the others of its case id
    #: (``entitlements.io.repeats.repeat_keys``): the rows read in columns whose case id repeats.
    repeats: dict[int, tuple] = attrs.field(factory=dict)


def _column_values(values: Sequence[Any]) -> list[Any]:
    """A carried column's values, blanks as None."""
    code, distinct = factorize(values)
    return np.array([None, *distinct], dtype=object)[code].tolist()


def _columns_from(source: Any, id_field: str, keep: Sequence[str], sheet: str | None = None):
    """A caseload's columns where it has one header (a CSV file, a
    DataFrame, records with the same fields), its label, row numbers and
    encoding; columns None to read it row by row."""
    if isinstance(source, (str, Path)):
        p = Path(source)
        table = with_blank_rows(read_table(p, sheet=sheet))  # a blank row is kept, as a row that is not a case
        if table.duplicates:  # its columns hold a name once: the header as written says which is repeated, and where
            check_header(list(table.header), source=p.name, id_field=id_field, keep=keep, outcomes=True)
        return dict(table.columns), p.name, table.rows, table.encoding, table.overflow
    if hasattr(source, "columns") and hasattr(source, "dtypes"):
        source = with_index_ids(source, id_field)
        cols = dataframe_columns(source)
        n = len(source)
        return cols, "DataFrame", np.arange(DATAFRAME_FIRST_ROW, n + DATAFRAME_FIRST_ROW), None, {}
    if isinstance(source, Mapping):
        raise InputError("caseload", type(source).__name__, "a CSV file, a DataFrame, a list of records or of scenarios")
    try:
        records = list(source)
    except TypeError:
        raise InputError("caseload", type(source).__name__, "a CSV file, a DataFrame, a list of records or of scenarios") from None
    for i, r in enumerate(records, start=1):
        if not isinstance(r, Mapping):
            raise InputError(f"caseload row {i}", type(r).__name__, "a record (a mapping of column name to value)")
    n = len(records)
    if records:
        header = tuple(records[0])
        if None not in header and all(tuple(r) == header for r in records):
            return {k: [r[k] for r in records] for k in header}, "records", np.arange(1, n + 1), None, {}
    return None, "records", np.arange(1, n + 1), None, records


def read_cases(source: Any, *, id_field: str = "case_id", keep: Sequence[str] = (), sheet: str | None = None) -> CasesRead:
    """A caseload of outcomes as :class:`~entitlements.gain.cases.Cases`, with
    each row's id, the columns carried through and a label for the source
    ("scenarios", "records", "DataFrame" or the file's name). The header is
    checked first (:func:`entitlements.io.headers.check_header`). Every row
    is kept: one that cannot be read is invalid, with its reason. ``sheet``:
    the worksheet of a workbook read (default: the first visible one)."""
    if isinstance(source, Sequence) and bool(source) and all(isinstance(s, Scenario) for s in source):
        scenarios: list[Scenario | None] = list(source)
        ids = [s.name or str(i + 1) for i, s in enumerate(scenarios)]
        n = len(scenarios)
        return CasesRead(cases_from_scenarios(scenarios, [""] * n), ids, {}, {}, "scenarios", np.arange(1, n + 1),
                         given=np.array([bool(s.name) for s in scenarios], bool))
    if sheet is not None and not isinstance(source, (str, Path)):
        raise InputError("sheet", sheet, "None unless the caseload is a workbook's path (.xlsx, .xlsm)")
    columns, label, rows, encoding, rest = _columns_from(source, id_field, keep, sheet)
    if columns is not None:
        header = check_header(list(columns), source=label, id_field=id_field, keep=keep, outcomes=True)
        refuse_month_first(columns, rows, label)
        n = len(columns[next(iter(columns))]) if columns else 0
        used = {k: v for k, v in columns.items() if k in header.household or (k not in header.grouping and k not in header.kept)}
        cases = cases_from_columns(used, n, id_field=id_field)
        for i, extra in rest.items():  # more cells than the header (a CSV file)
            cases = _invalid(cases, i, f"(row): more cells than the header has columns ({len(extra)} more)")
        for i in np.flatnonzero(repeated_header_rows({k: v for k, v in used.items() if k != id_field}, n)):
            cases = _invalid(cases, int(i), f"(row): {REPEATED_HEADER}")
        totals = totals_row({k: columns[k] for k in header.household if k in columns},  # outcome cells may hold sums
                            ([columns[id_field]] if id_field in columns else []) + [v for k, v in columns.items() if k != id_field], n)
        if totals is not None:
            cases = _invalid(cases, totals, f"(row): {TOTALS_ROW}")
        for i in np.flatnonzero(blank_rows(columns, n)):  # every input alike: a CSV file, a sheet, a DataFrame, records
            if int(i) not in rest:
                cases = _invalid(cases, int(i), f"(row): {BLANK_ROW}")
        cases = _claims_read(cases, {k: columns[k] for k in (*header.kept, *header.grouping)})
        raw_ids = _column_values(columns[id_field]) if id_field in columns else [None] * n
        ids = [str(rows[i]) if v is None else id_text(v) for i, v in enumerate(raw_ids)]
        given = np.array([v is not None for v in raw_ids], bool).reshape(n)
        return CasesRead(cases, ids, {k: _column_values(columns[k]) for k in header.grouping},
                         {k: _column_values(columns[k]) for k in header.kept}, label, np.asarray(rows), encoding,
                         given=given, repeats=repeat_keys(columns, ids, given, header.household))
    records = rest
    every = list(dict.fromkeys(k for r in records for k in r if k is not None))
    header = check_header(every, source=label, id_field=id_field, keep=keep, outcomes=True)
    carried = (set(header.grouping) | set(header.kept)) - set(header.household)
    trimmed = [{k: v for k, v in r.items() if k not in carried} for r in records]
    scenarios, reasons, ids, _ = scenarios_from_records(trimmed, id_field=id_field)
    def column(k):
        return [None if _blank(r.get(k)) else r.get(k) for r in records]
    from .household_columns import record_child_numbers

    numbers = [record_child_numbers({k: v for k, v in r.items() if k in header.household}) for r in trimmed]
    cases = cases_from_scenarios(scenarios, reasons, numbers)
    for i, r in enumerate(records):  # every cell blank: not a case, as the household reader has it
        if None not in r and all(_cell(v) is None for v in r.values()):
            cases = _invalid(cases, i, f"(row): {BLANK_ROW}")
    cases = _claims_read(cases, {k: column(k) for k in (*header.kept, *header.grouping)})
    return CasesRead(cases, ids, {k: column(k) for k in header.grouping},
                     {k: column(k) for k in header.kept}, label, np.asarray(rows),
                     given=np.array([_cell(r.get(id_field)) is not None for r in records], bool).reshape(len(records)))


def _claims_read(cases: Cases, kept: Mapping[str, Sequence[Any]]) -> Cases:
    """``cases`` with each valid row whose ``claims_*`` cell is not yes or no
    made invalid, with why (:func:`~entitlements.io.caseloads.claims_refused`)."""
    refused = claims_refused(kept, np.asarray(cases.valid, bool))
    if not refused:
        return cases
    valid = np.array(cases.valid, copy=True)
    reasons = np.array(cases.reasons, copy=True)
    for i, e in refused.items():
        valid[i] = False
        reasons[i] = str(e)
    return attrs.evolve(cases, valid=valid, reasons=reasons)


def _invalid(cases: Cases, i: int, reason: str) -> Cases:
    valid = np.array(cases.valid, copy=True)
    reasons = np.array(cases.reasons, copy=True)
    valid[i] = False
    reasons[i] = reason
    return attrs.evolve(cases, valid=valid, reasons=reasons)
