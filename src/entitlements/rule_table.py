"""One rule table: its rows, the spans the law freezes, and the value in
force on a date (scalar or for an array of dates).

The file format and how it is read are in :mod:`entitlements.rule_files`;
the set of tables a calculation uses is :class:`entitlements.tables.Tables`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import attrs
import numpy as np

from .dates import date_given
from .errors import InputError, NoRowInForce, RuleTableError
from .money import PercentArray

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()

__all__ = ["Row", "Freeze", "Table", "ReadOnlyDict", "UNITS", "APPLIES", "STATUSES", "POLICY_STATUSES"]


class ReadOnlyDict(dict):
    """A keyed table's values (key -> value): a ``dict`` for every reader,
    but one that cannot be changed, since the loaded tables are shared by
    every caller in the process (and across threads). ``dict(values)`` is a
    copy of the caller's own. It pickles and copies as itself.

    >>> v = ReadOnlyDict(protected=42980)
    >>> v["protected"] = 0
    Traceback (most recent call last):
    TypeError: a rule table's values cannot be changed (they are shared): change a copy, dict(values)
    """

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        """Refused with a :class:`TypeError`: the values cannot be changed (change a copy, ``dict(values)``)."""
        raise TypeError("a rule table's values cannot be changed (they are shared): change a copy, dict(values)")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (ReadOnlyDict, (dict(self),))

    def __copy__(self) -> "ReadOnlyDict":
        return self

    def __deepcopy__(self, memo: Any) -> "ReadOnlyDict":
        return self


def _read_only(value: Any) -> Any:
    """A keyed row's dict of values as a :class:`ReadOnlyDict`; any other value as it is."""
    return ReadOnlyDict(value) if isinstance(value, dict) and not isinstance(value, ReadOnlyDict) else value

#: Units a table may declare, and how their values are held in memory.
UNITS: Mapping[str, str] = {
    "GBP": "pence",
    "GBP/week": "pence",
    "GBP/month": "pence",
    "GBP/year": "pence",
    "GBP/hour": "pence",
    "percent": "fraction",  # 55 means 55%; held as Fraction(55)
    "count": "integer",
    "points": "integer",
    "hours": "integer",
    "days": "integer",
    "weeks": "integer",
    "months": "integer",
    "years": "integer",
    "date": "date",
}

#: What the date given to :meth:`Tables.at` means for a table.
APPLIES: Mapping[str, str] = {
    "assessment_period": "the first day of a UC assessment period (a row applies to "
    "assessment periods beginning on or after its date)",
    "benefit_week": "a day in the benefit week (rows start on the uprating Monday)",
    "tax_year": "a day in the tax year (rows start on 6 April)",
    "day": "the day itself",
}

#: What a row's ``status`` may be, and what it means.
STATUSES: Mapping[str, str] = {
    "in_force": "made law: the value is in an Act or a statutory instrument that has been made",
    "announced": "announced by the government (for example in the annual benefit uprating statement "
    "or a Budget) but not yet made law: the Order or Act may still differ",
}

#: Statuses of the rows a rates policy adds past a table's last row (never
#: written in a file: see :mod:`entitlements.rates_policy`).
POLICY_STATUSES: Mapping[str, str] = {
    "held": "the last known amount carried forward past the rules' end (rates policy hold): an assumption",
    "uprated": "the last known amount raised by a percentage assumed (rates policy uprate): an assumption",
    "frozen": "the last known amount, which the law keeps unchanged past the rules' end (a [[frozen]] entry)",
}



@attrs.frozen
class Row:
    """One effective-dated row of a table."""

    start: dt.date
    value: Any = attrs.field(converter=_read_only)  # int pence, Fraction, int, date; or a ReadOnlyDict of those (keyed tables)
    source: str
    verified: bool = True
    note: str | None = None
    origin: str = "shipped"  # "shipped", or the overlay file it came from
    status: str = "in_force"  # one of STATUSES, or of POLICY_STATUSES (rows a rates policy adds)

    @property
    def announced(self) -> bool:
        """Whether the value was announced but not yet made law."""
        return self.status == "announced"


@attrs.frozen
class Freeze:
    """The law keeps the value(s) of ``keys`` in force on ``start``
    unchanged through ``until`` (``keys`` is ``None`` for every value of the
    table). Information only: it does not extend the table's coverage."""

    start: dt.date
    until: dt.date
    source: str
    keys: tuple[str, ...] | None = None
    note: str | None = None

    def covers(self, on: dt.date, key: str | None = None) -> bool:
        """Whether the freeze holds the value of ``key`` on ``on``."""
        return self.start <= on <= self.until and (self.keys is None or key is None or key in self.keys)


def _one_day(on: Any) -> dt.date:
    """``on`` as the date a table is read for: a ``datetime.date``, a
    datetime at midnight or numpy's ``datetime64`` (as :func:`~entitlements.dates.date_given`
    takes them); anything else an :class:`~entitlements.errors.InputError`."""
    day = date_given(on)
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise InputError("on", on, "a date (datetime.date; a datetime only at midnight), or a datetime64[D] array")
    return day


# Long because: fourteen fields and ten short methods (the value on a day, or on each of an array of days by a
# table of day numbers), none over 20 lines, each read alone.
@attrs.frozen
class Table:
    """One quantity over time. Rows are sorted and do not overlap."""

    id: str
    title: str
    unit: str
    applies: str
    legal_basis: str
    until: dt.date
    rows: tuple[Row, ...]
    path: str
    keys: tuple[str, ...] | None = None
    note: str | None = None
    frozen: tuple[Freeze, ...] = ()
    #: The least and most a value may be (held as the values are: pence, a
    #: Fraction, an integer); None for a date table.
    bounds: tuple[Any, Any] | None = None
    _starts: np.ndarray = attrs.field(init=False, eq=False, repr=False)
    _start_list: list = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        starts = np.array([r.start for r in self.rows], dtype="datetime64[D]")
        object.__setattr__(self, "_starts", starts)
        object.__setattr__(self, "_start_list", [r.start for r in self.rows])

    @property
    def earliest(self) -> dt.date:
        return self.rows[0].start

    @property
    def last_known(self) -> Row:
        """The last row from a text (not one a rates policy added)."""
        return next(r for r in reversed(self.rows) if r.status not in POLICY_STATUSES)

    def row_at(self, on: dt.date) -> Row:
        """The row in force on ``on`` (a ``datetime.date``)."""
        if type(on) is not dt.date:
            on = _one_day(on)
        if on < self.earliest or on > self.until:
            raise NoRowInForce(self.id, self.path, on, self.earliest, self.until)
        return self.rows[bisect.bisect_right(self._start_list, on) - 1]

    def at(self, on, key: str | None = None):
        """The value in force on ``on``.

        ``on`` is a ``datetime.date`` (answers a scalar) or a numpy
        ``datetime64[D]`` array (answers an array of the same shape, one value
        per date). ``key`` picks one value of a keyed table; without it a keyed
        table answers a dict.
        """
        if self.keys is not None and key is None:
            if isinstance(on, np.ndarray):  # the dates placed once for every key
                return self._at_array(on, self.keys)
            return ReadOnlyDict({k: self.at(on, k) for k in self.keys})
        if key is not None and (self.keys is None or key not in self.keys):
            allowed = ", ".join(self.keys) if self.keys else "none (the table is not keyed)"
            raise RuleTableError(self.path, f"no key {key!r}; keys are: {allowed}")
        if isinstance(on, np.ndarray):
            return self._at_array(on, (key,))[key]
        row = self.row_at(on)
        return row.value if key is None else row.value[key]

    def announced(self, on):
        """Whether the value in force on ``on`` comes from an announced row
        (not yet made law). ``on`` is a ``datetime.date`` (answers a bool) or a
        ``datetime64[D]`` array (answers a bool array); dates outside the
        table raise :class:`~entitlements.errors.NoRowInForce` as
        :meth:`at` does."""
        if not isinstance(on, np.ndarray):
            return self.row_at(on).announced
        flags = np.array([r.announced for r in self.rows])
        days = on.astype("datetime64[D]", copy=False)
        self._check_array(days)
        return flags[np.searchsorted(self._starts, days, side="right") - 1]

    def frozen_on(self, on: dt.date, key: str | None = None) -> Freeze | None:
        """The ``[[frozen]]`` entry that holds ``key``'s value on ``on``, if any."""
        return next((f for f in self.frozen if f.covers(on, key)), None)

    def _check_array(self, days: np.ndarray) -> None:
        if days.size:
            lo, hi = days.min(), days.max()
            if lo < self._starts[0] or hi > np.datetime64(self.until, "D"):
                bad = lo if lo < self._starts[0] else hi
                raise NoRowInForce(self.id, self.path, bad.astype(dt.date), self.earliest, self.until)

    def _at_array(self, on: np.ndarray, keys) -> dict:
        """The values of ``keys`` (``(None,)`` for an unkeyed table) in force
        on each date of ``on``."""
        if on.dtype.kind in "biufc":  # numbers are not dates (numpy would read them as days from 1970)
            raise InputError("on", f"an array of {on.dtype}", "dates (a datetime64[D] array), or one datetime.date")
        days = on.astype("datetime64[D]", copy=False)
        by_day = self._rows_by_day(days)
        if by_day is None:
            self._check_array(days)
            idx = np.searchsorted(self._starts, days, side="right") - 1
        out = {}
        for key in keys:
            vals = [r.value if key is None else r.value[key] for r in self.rows]
            if isinstance(vals[0], Fraction):
                out[key] = PercentArray.of(vals, idx if by_day is None else by_day[days.view(np.int64)])
                continue
            lookup = np.array(vals, dtype="datetime64[D]" if isinstance(vals[0], dt.date) else np.int64)
            if by_day is None:
                out[key] = lookup[idx]
            else:  # each day's value, then one gather by day number
                out[key] = lookup[by_day][days.view(np.int64)]
        return out

    def _rows_by_day(self, days: np.ndarray):
        """For a caseload's dates (many rows, a span of a few years): the row
        in force on each day number from 0 (1 January 1970) to the latest
        date, checked as :meth:`_check_array` checks, so that each value is
        one gather by day number instead of a binary search a row. ``None``
        where that does not pay (few dates, a long span, NaT, a date before
        1970): the caller searches."""
        if days.size < 4096:
            return None
        i = days.view(np.int64)
        lo, hi = int(i.min()), int(i.max())
        if lo < 0 or hi - lo + 1 > days.size // 4:  # NaT is the least int64
            return None
        start, until = int(self._starts[0].astype(np.int64)), dt.date.toordinal(self.until) - _EPOCH_ORDINAL
        if lo < start or hi > until:
            bad = lo if lo < start else hi
            raise NoRowInForce(self.id, self.path, np.datetime64(bad, "D").astype(dt.date), self.earliest, self.until)
        by_day = np.zeros(hi + 1, np.intp)
        by_day[lo:] = np.searchsorted(self._starts, np.arange(lo, hi + 1).astype("datetime64[D]"), side="right") - 1
        return by_day
