"""Day numbers and assessment periods in columns (int32, branch-free).

The columnar projection (:mod:`entitlements.gain._projection`) works on day
numbers (days since 1970-01-01) with a precomputed calendar, doing for whole
arrays of awards what :mod:`entitlements.dates` does for one date: months
later (the month's last day where there is no such day), the assessment
periods of an award (SI 2013/376 reg 21), the relevant period of reg 28 and
the day an age is reached.
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs
import numpy as np

NEVER = np.int64(10**7)  # a day number far beyond every table: "no date"


@attrs.frozen
class _Calendar:
    day0: int
    ym: np.ndarray  # months since 1970-01 of each day
    dom: np.ndarray  # day of the month of each day
    ym0: int
    mstart: np.ndarray  # day number of the first of each month
    mlen: np.ndarray  # days in each month


@functools.cache
def _calendar() -> _Calendar:
    first = np.datetime64("1900-01-01", "D")
    days = np.arange(first, np.datetime64("2201-01-01", "D"))
    months = days.astype("datetime64[M]")
    ym = months.astype(np.int64)
    dom = (days - months.astype("datetime64[D]")).astype(np.int64) + 1
    ms = np.arange(np.datetime64("1900-01", "M"), np.datetime64("2201-02", "M"))
    msd = ms.astype("datetime64[D]").astype(np.int64)
    # int32 throughout: day numbers and months fit, and the arrays built
    # from them per case and per run are half the size.
    i32 = np.int32
    out = _Calendar(int(first.astype(np.int64)), ym.astype(i32), dom.astype(i32), int(ms[0].astype(np.int64)),
                    msd[:-1].astype(i32), np.diff(msd).astype(i32))
    for a in (out.ym, out.dom, out.mstart, out.mlen):
        a.setflags(write=False)
    return out


_EPOCH = dt.date(1970, 1, 1)


def day_number(d: dt.date) -> int:
    return (d - _EPOCH).days


def to_date(n) -> dt.date:
    return _EPOCH + dt.timedelta(days=int(n))


def days_of(values) -> np.ndarray:
    """datetime64 (or NaT) as int64 day numbers, NaT as NEVER."""
    a = np.asarray(values).astype("datetime64[D]")
    out = a.astype(np.int64)
    return np.where(np.isnat(a), NEVER, out)


def _ym_dom(d):
    c = _calendar()
    d = np.asarray(d)
    i = (d if d.dtype == np.int32 else d.astype(np.int64)) - c.day0
    return c.ym[i], c.dom[i]


def add_months(d, n, day=None):
    """Day numbers ``d`` moved ``n`` months, keeping the day of the month
    (``day`` if given) or the month's last day where there is no such day."""
    c = _calendar()
    ym, dom = _ym_dom(d)
    t = ym + n - c.ym0
    want = dom if day is None else day
    return c.mstart[t] + np.minimum(want, c.mlen[t]) - 1


def engine_end(s):
    """The last day of the period beginning ``s`` as the engine reckons it
    (:func:`entitlements.dates.period_end`)."""
    return add_months(s, 1) - 1


def relevant_period_end(e):
    """The last day of three months beginning with ``e`` (reg 28(2); see
    :func:`entitlements.assessments.timing.relevant_period_end`)."""
    c = add_months(e, 3)
    _, dc = _ym_dom(c)
    _, de = _ym_dom(e)
    return np.where(dc != de, c, c - 1)


def age_reached(dob, years: int, parts=None):
    """The first day on which the engine counts someone born on ``dob`` as
    ``years`` old (29 February birthdays count from 1 March). ``parts``:
    ``_ym_dom(dob)``, when already worked out."""
    c = _calendar()
    ym, dom = parts if parts is not None else _ym_dom(dob)
    t = ym + 12 * years - c.ym0
    start, length = c.mstart[t], c.mlen[t]
    return np.where(dom > length, start + length, start + dom - 1)


def _start(ymF, domF, k):
    """First day of assessment period ``k`` of awards whose first day is in
    month ``ymF`` on day ``domF`` (reg 21: the same day, or the month's last)."""
    c = _calendar()
    t = ymF + k - c.ym0
    return c.mstart[t] + np.minimum(domF, c.mlen[t]) - 1


def _end(ymF, domF, k):
    """The last day of period ``k`` as the engine reckons it (the day before
    the same day of the next month as the period's first day)."""
    c = _calendar()
    t = ymF + k - c.ym0
    sd = np.minimum(domF, c.mlen[t])
    return c.mstart[t + 1] + np.minimum(sd, c.mlen[t + 1]) - 2


def _on_or_after(ymF, domF, d):
    """The first period beginning on or after day ``d`` (0 if none earlier)."""
    c = _calendar()
    ymd, domd = _ym_dom(d)
    k = ymd - ymF
    k = np.where(np.minimum(domF, c.mlen[ymd - c.ym0]) < domd, k + 1, k)
    return np.maximum(k, 0)


def _containing(ymF, domF, d):
    """The period containing day ``d`` (``d`` on or after the first day)."""
    c = _calendar()
    ymd, domd = _ym_dom(d)
    k = ymd - ymF
    k = np.where(np.minimum(domF, c.mlen[ymd - c.ym0]) > domd, k - 1, k)
    return np.maximum(k, 0)


def _ending_on_or_after(ymF, domF, x):
    """The first period whose last day (as the engine reckons it) is ``x`` or later."""
    k = np.maximum(_on_or_after(ymF, domF, x + 1) - 1, 0)
    return np.where(_end(ymF, domF, k) >= x, k, k + 1)
