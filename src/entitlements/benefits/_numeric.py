"""Small helpers shared by the household calculators (issue 5).

Every calculator here is *numeric*: it takes Python scalars for one person or
household, or numpy arrays for a caseload (broadcasting as numpy does), and
answers the same kind: Python ``int``/``bool`` for scalar inputs, ``int64``/
``bool`` arrays otherwise. These helpers validate inputs (an out-of-range
value is an :class:`~entitlements.errors.InputError` naming the field, the
value and what is allowed, with the row for arrays) and convert the result.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from ..errors import InputError
from ..money import divide_half_up

_MAX_PENCE = 100_000_000_000  # £1,000,000,000


def is_array(*values) -> bool:
    """True if any value is a numpy array (a caseload), else a scalar call."""
    return any(isinstance(v, np.ndarray) and v.ndim > 0 for v in values)


def days(on, field: str = "on") -> np.ndarray:
    """``on`` (a ``datetime.date``, ``numpy.datetime64`` or ``datetime64``
    array) as ``datetime64[D]`` (0-d for a single date)."""
    if isinstance(on, np.ndarray):
        if on.dtype.kind != "M":
            raise InputError(field, str(on.dtype), "a datetime.date or a datetime64[D] array")
        return on.astype("datetime64[D]")
    if isinstance(on, np.datetime64):
        return np.asarray(on.astype("datetime64[D]"))
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise InputError(field, on, "a datetime.date or a datetime64[D] array")
    return np.asarray(np.datetime64(on, "D"))


def table_on(on):
    """``on`` as Tables.at wants it: a ``datetime.date`` for one date, else a
    ``datetime64[D]`` array."""
    d = days(on)
    return d.item() if d.ndim == 0 else d


def weekly_from_monthly(monthly):
    """A monthly amount [pence/month] made weekly, x 12 / 52, to the nearest
    penny [pence/week]."""
    return divide_half_up(np.asarray(monthly, dtype=np.int64) * 12, 52)


def pence(field: str, value) -> np.ndarray:
    """A whole, non-negative number of pence (scalar or array) as int64."""
    arr = np.asarray(value)
    if isinstance(value, (bool, np.bool_)) or arr.dtype.kind not in "iu":
        raise InputError(field, value if arr.ndim == 0 else str(arr.dtype), "a whole number of pence, e.g. 19600 for £196.00")
    if _outside(arr, 0, _MAX_PENCE):
        arr = arr.astype(np.int64)
        raise _bad(field, arr, (arr < 0) | (arr > _MAX_PENCE), "0 to 100000000000 pence (£1,000,000,000)")
    return arr.astype(np.int64)


def whole(field: str, value, lo: int, hi: int, what: str) -> np.ndarray:
    """A whole number from ``lo`` to ``hi`` (a count, a code, hours, an age)."""
    arr = np.asarray(value)
    if isinstance(value, (bool, np.bool_)) or arr.dtype.kind not in "iu":
        raise InputError(field, value if arr.ndim == 0 else str(arr.dtype), f"{what} from {lo} to {hi}")
    if _outside(arr, lo, hi):
        arr = arr.astype(np.int64)
        raise _bad(field, arr, (arr < lo) | (arr > hi), f"{what} from {lo} to {hi}")
    return arr.astype(np.int64)


def _outside(arr: np.ndarray, lo: int, hi: int) -> bool:
    """Whether any value is below ``lo`` or above ``hi``: the least and the
    greatest compared, in the array's own (often small) integer type."""
    return bool(arr.size) and (int(arr.min()) < lo or int(arr.max()) > hi)


def flag(field: str, value) -> np.ndarray:
    """True or False (or a bool array)."""
    arr = np.asarray(value)
    if arr.dtype.kind != "b":
        raise InputError(field, value if arr.ndim == 0 else str(arr.dtype), "True or False (or a bool array)")
    return arr


#: The nations of Great Britain, in the order of their codes (0, 1, 2): the same
#: order as ``entitlements.household.NATIONS``.
NATIONS = ("england", "wales", "scotland")


def nation(field: str, value) -> np.ndarray:
    """A nation as its code (0 England, 1 Wales, 2 Scotland): a name such as
    ``"wales"``, a code, or an array of either."""
    arr = np.asarray(value)
    if arr.dtype.kind in "US":
        codes = np.full(arr.shape, -1, dtype=np.int64)
        for i, name in enumerate(NATIONS):
            codes[arr == name] = i
        bad = codes < 0
        if np.any(bad):
            i = int(np.flatnonzero(bad.ravel())[0])
            raise InputError(field, arr.ravel()[i].item(), f"one of {', '.join(NATIONS)} (or the code 0, 1 or 2)",
                             f"row {i}" if arr.ndim else None)
        return codes
    return whole(field, value, 0, len(NATIONS) - 1, "a nation code (0 England, 1 Wales, 2 Scotland)")


def _bad(field: str, arr: np.ndarray, bad: np.ndarray, expected: str) -> InputError:
    i = int(np.flatnonzero(bad.ravel())[0])
    where = f"row {i}" if arr.ndim else None
    return InputError(field, arr.ravel()[i].item(), expected, where)


def out_int(result, scalar: bool):
    """int64 array, or a Python int for a scalar call."""
    r = np.asarray(result, dtype=np.int64)
    return int(r) if scalar and r.ndim == 0 else r


def out_bool(result, scalar: bool):
    """bool array, or a Python bool for a scalar call."""
    r = np.asarray(result, dtype=bool)
    return bool(r) if scalar and r.ndim == 0 else r
