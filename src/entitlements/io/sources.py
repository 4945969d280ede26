"""A caseload of outcomes from any source, read into columns.

A CSV file, a pandas DataFrame, records (mappings) or a list of
single-outcome :class:`~entitlements.gain.outcomes.Scenario`:
:func:`read_cases` reads it into :class:`~entitlements.gain.cases.Cases`
with each row's id and the grouping columns. Where the source has one
header it is read in columns (:mod:`entitlements.io.outcome_columns`);
otherwise row by row (:mod:`entitlements.io.outcomes`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..gain.cases import Cases
from ..gain.outcomes import Scenario
from .cells import factorize, is_na
from .csv import read_csv_columns, read_csv_records
from .outcome_columns import cases_from_columns, cases_from_scenarios
from .outcomes import _blank, _key_plan, scenarios_from_records

__all__ = ["read_cases"]


def _records_from(source: Any) -> tuple[Iterable[Mapping[str, Any]], str]:
    if isinstance(source, (str, Path)):
        p = Path(source)
        return read_csv_records(p), p.name
    if hasattr(source, "itertuples") and hasattr(source, "columns"):
        cols = [str(c) for c in source.columns]
        recs = [{c: (None if is_na(v) else v) for c, v in zip(cols, row)} for row in source.itertuples(index=False, name=None)]
        return recs, "DataFrame"
    return list(source), "records"


def _column_values(values: Sequence[Any]) -> list[Any]:
    """A grouping column's values, blanks as None."""
    code, distinct = factorize(values)
    return np.array([None, *distinct], dtype=object)[code].tolist()


def _columns_from(source: Any) -> tuple[dict[str, Sequence[Any]] | None, str]:
    """A caseload's columns where it has one header (a CSV file, a
    DataFrame, records with the same fields); None to read it row by row."""
    if isinstance(source, (str, Path)):
        p = Path(source)
        return read_csv_columns(p), p.name
    if hasattr(source, "itertuples") and hasattr(source, "columns"):
        names = [str(c) for c in source.columns]
        if len(set(names)) != len(names):
            return None, "DataFrame"
        return {name: source[c].to_numpy(dtype=object) for name, c in zip(names, source.columns)}, "DataFrame"
    records = source if isinstance(source, list) else None
    if records and all(isinstance(r, Mapping) for r in records):
        header = tuple(records[0])
        if None not in header and all(tuple(r) == header for r in records):
            return {k: [r[k] for r in records] for k in header}, "records"
    return None, "records"


def read_cases(source: Any, *, id_field: str = "case_id", keep: Sequence[str] = ()) -> tuple[Cases, list[str], dict[str, list[Any]], str]:
    """A caseload of outcomes as :class:`~entitlements.gain.cases.Cases`, with
    each row's id, the grouping columns (a value a row, None where blank)
    and a label for the source ("scenarios", "records", "DataFrame" or the
    file's name). Every row is kept: one that cannot be read is invalid,
    with its reason."""
    if isinstance(source, Sequence) and bool(source) and all(isinstance(s, Scenario) for s in source):
        scenarios: list[Scenario | None] = list(source)
        ids = [s.name or str(i + 1) for i, s in enumerate(scenarios)]
        return cases_from_scenarios(scenarios, [""] * len(scenarios)), ids, {}, "scenarios"
    columns, label = _columns_from(source)
    if columns is not None:
        n = len(columns[next(iter(columns))]) if columns else 0
        cases = cases_from_columns(columns, n, id_field=id_field)
        raw_ids = columns.get(id_field, [None] * n)
        ids = [str((None if _blank(v) else v) or (i + 1)) for i, v in enumerate(raw_ids)]
        grouping = {k: _column_values(columns[k]) for k in _key_plan(tuple(columns), id_field)[2]}
        return cases, ids, grouping, label
    records, label = _records_from(source)
    scenarios, reasons, ids, grouping = scenarios_from_records(records, id_field=id_field)
    return cases_from_scenarios(scenarios, reasons), ids, grouping, label
