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

__all__ = ["factorize", "group_rows", "is_na", "pandas_if_installed"]


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
    """Rows with the same codes in every column: (inverse, first row of each)."""
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
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return inverse, first
