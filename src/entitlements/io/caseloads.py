"""A caseload of households read: a CSV file, columns, records or a DataFrame.

Each reader gives the fields of a :class:`~entitlements.caseload.Caseload`:
the households in columns, each row's case id, the pass-through (grouping)
columns, which rows were read, and why each other row was not
(:class:`RowError`). A caseload never loses a row: one that cannot be read is
kept, marked invalid with its reason. Where the rows share one header they
are read in columns (:mod:`entitlements.io.household_columns`); otherwise one
by one (:func:`entitlements.io.households.household_from_flat`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from ..columns import households_columns
from ..errors import InputError
from ..household import Adult, Household
from .cells import is_na
from .csv import read_csv_columns, read_csv_records
from .household_columns import households_from_flat_columns
from .households import household_from_flat, is_household_column

__all__ = ["RowError", "read_caseload_csv", "read_caseload_columns", "read_caseload_records", "read_caseload_dataframe"]


@attrs.frozen
class RowError:
    """Why one row of a caseload could not be read (``row`` is 1-based, as a
    spreadsheet counts data rows)."""

    row: int
    field: str
    value: Any
    reason: str

    def __str__(self) -> str:
        reason = self.reason if self.reason.startswith(self.field) else f"{self.field}: {self.reason}"
        return f"row {self.row}: {reason}"


_PLACEHOLDER = Household(adults=Adult(age=30))


@functools.lru_cache(maxsize=256)
def _columns_of(keys: tuple[Any, ...], id_field: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A header's household columns and pass-through (grouping) columns,
    sorted once a header rather than once a row."""
    household = tuple(k for k in keys if k is not None and k != id_field and is_household_column(k))
    extra = tuple(k for k in keys if k is not None and k != id_field and not is_household_column(k))
    return household, extra


def read_caseload_records(records: Iterable[Mapping[str, Any]], *, source: str = "caseload",
                          id_field: str = "case_id") -> dict[str, Any]:
    """From flat records (CSV rows or DataFrame rows): see
    :func:`entitlements.io.households.household_from_flat`. Columns that are
    not household fields pass through as ``extra`` (grouping columns)."""
    records = records if isinstance(records, list) else list(records)
    header = tuple(records[0]) if records else ()
    if records and all(tuple(r) == header for r in records):
        # One header (CSV rows, DataFrame rows): read the households in columns.
        household_keys, extra_keys = _columns_of(header, id_field)
        return _from_columns(
            {k: [r[k] for r in records] for k in household_keys},
            {k: [r[k] for r in records] for k in extra_keys},
            [r.get(id_field) for r in records],
            [r[None] for r in records] if None in header else None,
            source=source,
        )
    return read_caseload_one_by_one(records, source=source, id_field=id_field)


def read_caseload_one_by_one(records: list[Mapping[str, Any]], *, source: str, id_field: str) -> dict[str, Any]:
    """Records read one at a time (records with different fields)."""
    households: list[Household] = []
    ids: list[str] = []
    valid: list[bool] = []
    errors: list[RowError] = []
    extra: dict[str, list[Any]] = {}
    for i, rec in enumerate(records, start=1):
        if None in rec:
            errors.append(RowError(i, "(row)", rec[None], "more cells than the header has columns"))
        household_keys, extra_keys = _columns_of(tuple(rec), id_field)
        fields = {k: rec[k] for k in household_keys}
        for k in extra_keys:
            if k not in extra:
                extra[k] = [None] * (i - 1)
        for k in extra:
            extra[k].append(rec.get(k))
        ids.append(str(rec.get(id_field) or i))
        try:
            households.append(household_from_flat(fields))
            valid.append(not (errors and errors[-1].row == i))
        except InputError as e:
            households.append(_PLACEHOLDER)
            valid.append(False)
            errors.append(RowError(i, e.field, e.value, str(e)))
    n = len(households)
    return dict(
        columns=households_columns(households),
        ids=np.array(ids, dtype=object),
        valid=np.array(valid, dtype=bool).reshape(n),
        errors=tuple(errors),
        extra={k: np.array(v + [None] * (n - len(v)), dtype=object) for k, v in extra.items()},
        source=source,
    )


def _from_columns(household: dict[str, list[Any]], extra: dict[str, list[Any]], ids: list[Any],
                  overflow: list[Any] | None, *, source: str) -> dict[str, Any]:
    """From records given as columns (see :mod:`entitlements.io.household_columns`)."""
    n = len(ids)
    columns, ok, failed = households_from_flat_columns(household, n)
    errors: list[RowError] = []
    for i in range(n):
        if overflow is not None and overflow[i] is not None:
            errors.append(RowError(i + 1, "(row)", overflow[i], "more cells than the header has columns"))
            ok[i] = False
        if i in failed:
            e = failed[i]
            errors.append(RowError(i + 1, e.field, e.value, str(e)))
    return dict(
        columns=columns,
        ids=np.array([str(v or (i + 1)) for i, v in enumerate(ids)], dtype=object).reshape(n),
        valid=ok,
        errors=tuple(errors),
        extra={k: np.array(v, dtype=object).reshape(n) for k, v in extra.items()},
        source=source,
    )


def read_caseload_csv(path: Path, *, id_field: str = "case_id", keep: Sequence[str] = ()) -> dict[str, Any]:
    """A CSV file of cases (one row a benefit unit)."""
    columns = read_csv_columns(path)
    if columns is not None:
        return read_caseload_columns(columns, source=path.name, id_field=id_field)
    # Rows of other lengths, or repeated column names: read row by row,
    # which reports each such row.
    return read_caseload_records(read_csv_records(path), source=path.name, id_field=id_field)


def read_caseload_columns(columns: Mapping[str, Sequence[Any]], *, source: str = "caseload",
                          id_field: str = "case_id") -> dict[str, Any]:
    """From columns of flat records (column name: a value for every row, as
    in a CSV file)."""
    names = tuple(columns)
    n = len(next(iter(columns.values()))) if columns else 0
    if any(len(v) != n for v in columns.values()):
        raise InputError("columns", {k: len(v) for k, v in columns.items()}, "the same number of values in every column")
    household_keys, extra_keys = _columns_of(names, id_field)
    return _from_columns(
        {k: columns[k] for k in household_keys},
        {k: list(columns[k]) for k in extra_keys},
        list(columns[id_field]) if id_field in columns else [None] * n,
        None,
        source=source,
    )


def read_caseload_dataframe(df: Any, *, id_field: str = "case_id") -> dict[str, Any]:
    """From a pandas DataFrame with the same columns as the CSV."""
    columns = {str(c): [None if is_na(v) else v for v in df[c].tolist()] for c in df.columns}
    if len(columns) != len(df.columns):
        raise InputError("columns", [str(c) for c in df.columns], "each column name once")
    return read_caseload_columns(columns, source="DataFrame", id_field=id_field)
