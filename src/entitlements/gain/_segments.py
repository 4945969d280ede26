"""The days a knock-on is worked out on, and its amounts over them.

One job: the segment arithmetic of :mod:`entitlements.gain.pension_age`, in
day numbers (:mod:`entitlements.gain.calendar`): the days each case's
knock-on is worked out on (the day the outcome takes effect, each day a
rate table it reads changes, each day an adult reaches the qualifying age for
Pension Credit: :func:`knock_on_days`, :func:`qualifying_age_days`), the
last day it is needed (:func:`knock_on_end`), each weekly amount over its
own days, a seventh a day, each stretch of one amount rounded half up once
(:func:`knock_on_over`, :func:`fixed_line_over`), and the amount in force
on a day (:func:`knock_on_in_force`). Plain numeric functions of arrays;
the engine calls are :mod:`entitlements.gain.pension_age`'s.
"""

from __future__ import annotations

import numpy as np

from ..columns import BenefitUnitColumns
from ..money import divide_half_up
from .calendar import NEVER, days_of

__all__ = ["fixed_line_over", "qualifying_age_days", "knock_on_days", "knock_on_over", "knock_on_in_force",
           "knock_on_end", "birthday_period_starts"]


def fixed_line_over(weekly, start, end):
    """Fixed weekly amounts (rows x lines) over each row's days ``[start,
    end)`` (day numbers) [pence]: a seventh a day, rounded half up to the
    penny, as :func:`entitlements.gain.household.line_over` does for a line
    with no table."""
    span = np.maximum(np.asarray(end, np.int64) - np.asarray(start, np.int64), 0)[:, None]
    return divide_half_up(span * np.asarray(weekly, np.int64), 7)


def qualifying_age_days(bu: BenefitUnitColumns) -> np.ndarray:
    """The day (day number) each adult given by date of birth reaches the
    qualifying age for Pension Credit, (rows, 2): adult 1, adult 2 (NEVER
    where not given by date of birth, or born outside the State Pension age
    schedule). The qualifying age is a woman's pensionable age (SPCA 2002 s
    1(6)): :func:`entitlements.benefits.pension_age.state_pension_age_date`.
    Whether the household is then assessed (a couple: both, unless
    protected, SI 2019/37 art 4) the engine decides on the day."""
    from ..benefits.pension_age import state_pension_age_date

    n = int(np.shape(bu.couple)[0])
    out = np.full((n, 2), NEVER, np.int64)
    for j, a in enumerate((bu.adult1, bu.adult2)):
        dob = np.broadcast_to(np.asarray(a.date_of_birth).astype("datetime64[D]"), (n,))
        has = np.flatnonzero(np.broadcast_to(np.asarray(a.present, bool), (n,)) & ~np.isnat(dob))
        if has.size:
            out[has, j] = days_of(state_pension_age_date(dob[has]))
    return out


def birthday_period_starts(bu: BenefitUnitColumns, F, first, end) -> np.ndarray:
    """The first day of each assessment period (of awards whose first
    period begins on ``F``, day numbers a row) in which someone in ``bu``
    given by date of birth (an adult or a child) has a birthday after
    ``first`` and before ``end``, (rows, k) day numbers (NEVER: none).

    Universal Credit takes a change of circumstances from the first day of
    the assessment period in which it occurs (SI 2013/380 Sch 1 para 20),
    and the engine counts an age reached on any day of the period (reaching
    25 gives the higher standard allowance for the whole period: SI 2013/376
    reg 36), so a birthday can change the award on these days only: a
    below-pension-age knock-on is worked out again on them, to follow the
    changed award into Housing Benefit and CTR. A birthday that changes no
    award adds a day with the same amounts (one stretch: no figure moves).

    >>> import datetime as dt
    >>> from entitlements import Adult, Household
    >>> from entitlements.columns import households_columns
    >>> from entitlements.gain.calendar import NEVER, day_number, to_date
    >>> bu = households_columns([Household(adults=Adult(date_of_birth=dt.date(2000, 9, 15)))])
    >>> x = birthday_period_starts(bu, [day_number(dt.date(2025, 5, 1))], [day_number(dt.date(2025, 8, 1))],
    ...                            [day_number(dt.date(2026, 2, 1))])
    >>> [to_date(d) for d in x[0] if d < NEVER]     # the 25th birthday is in the period from 1 September 2025
    [datetime.date(2025, 9, 1)]
    """
    from .calendar import _containing, _start, _ym_dom, age_reached

    n = int(np.shape(bu.couple)[0])
    F, first, end = (np.broadcast_to(np.asarray(a, np.int64), (n,)) for a in (F, first, end))
    cols = [np.where(np.broadcast_to(np.asarray(a.present, bool), (n,)), days_of(np.broadcast_to(a.date_of_birth, (n,))), NEVER)
            for a in (bu.adult1, bu.adult2)]
    ch = bu.children
    kids = np.where(np.asarray(ch.present, bool), days_of(ch.date_of_birth), NEVER).reshape(n, -1)
    dob = np.concatenate([np.stack(cols, axis=1), kids], axis=1) if n else np.zeros((0, 2), np.int64)
    has = dob < NEVER
    if not has.any():
        return np.full((n, 1), NEVER, np.int64)
    ym, dom = (x.astype(np.int64)[:, None] for x in _ym_dom(F))
    safe = np.where(has, dob, F[:, None])
    years = np.where(has, (first[:, None] - safe) // 366, 0)  # whole years at ``first``, or fewer
    out = []
    for k in range(int((end - first).max()) // 365 + 3):
        day = np.where(has, age_reached(safe, np.maximum(years + k, 0)), NEVER)
        inside = has & (day > first[:, None]) & (day < end[:, None])
        at = np.where(inside, day, F[:, None])
        out.append(np.where(inside, _start(ym, dom, _containing(ym, dom, at)), NEVER))
    return np.concatenate(out, axis=1)


def knock_on_days(eff, end, breaks, crossings, read=None):
    """The days each row's knock-on is worked out on (day numbers): its
    first day ``eff``, and each of ``breaks`` (every row's; where ``read``,
    rows x breaks, says the row reads something that changes then) and of
    its own ``crossings`` (rows x k) after it and before ``end``. Returns
    ``(row, day)``, sorted by row then day, each pair once."""
    eff, end = np.asarray(eff, np.int64), np.asarray(end, np.int64)
    n = eff.shape[0]
    rows, days = [np.arange(n)], [eff]
    if n:
        b = np.asarray(breaks, np.int64)
        inside = (b > eff.min()) & (b < end.max())
        b = b[inside]
        mask = (b[None, :] > eff[:, None]) & (b[None, :] < end[:, None])
        if read is not None:
            mask &= np.asarray(read)[:, inside]
        i, j = np.nonzero(mask)
        rows.append(i)
        days.append(b[j])
        x = np.asarray(crossings, np.int64)
        i, j = np.nonzero((x > eff[:, None]) & (x < end[:, None]))
        rows.append(i)
        days.append(x[i, j])
    row, day = np.concatenate(rows), np.concatenate(days)
    order = np.lexsort((day, row))
    row, day = row[order], day[order]
    keep = np.ones(row.shape, bool)
    keep[1:] = (row[1:] != row[:-1]) | (day[1:] != day[:-1])
    return row[keep], day[keep]


def knock_on_over(row, day, weekly, a, z, n: int):
    """Each of ``n`` rows' knock-on lines over its days ``[a, z)`` [pence]
    (rows x lines): the weekly amounts ``weekly`` (one a pair of
    :func:`knock_on_days`) each in force from its day to the row's next
    day, a seventh a day; each stretch of one weekly amount (consecutive
    days with the same amount, one stretch) rounded half up once, as
    :func:`fixed_line_over` rounds a line of one amount."""
    row, day = np.asarray(row, np.int64), np.asarray(day, np.int64)
    weekly = np.asarray(weekly, np.int64)
    out = np.zeros((n, weekly.shape[1]), np.int64)
    if not row.size:
        return out
    last = np.ones(row.shape, bool)
    last[:-1] = row[1:] != row[:-1]
    nxt = np.where(last, NEVER, np.roll(day, -1))
    span = np.maximum(np.minimum(nxt, np.asarray(z, np.int64)[row]) - np.maximum(day, np.asarray(a, np.int64)[row]), 0)
    for j in range(weekly.shape[1]):
        w = weekly[:, j]
        new = np.ones(row.shape, bool)
        new[1:] = (row[1:] != row[:-1]) | (w[1:] != w[:-1])
        stretch = np.cumsum(new) - 1
        days = np.zeros(int(new.sum()), np.int64)
        np.add.at(days, stretch, span)
        np.add.at(out[:, j], row[new], divide_half_up(days * w[new], 7))
    return out


def knock_on_in_force(row, day, weekly, on, n: int):
    """Each of ``n`` rows' weekly knock-ons in force on ``on`` (a day number
    a row, on or after its first day) [pence/week] (rows x lines)."""
    row, day = np.asarray(row, np.int64), np.asarray(day, np.int64)
    if not row.size:
        return np.zeros((n, np.shape(weekly)[1]), np.int64)
    span = np.int64(4 * NEVER)
    at = np.searchsorted(row * span + day, np.arange(n) * span + np.asarray(on, np.int64), side="right") - 1
    ok = (at >= 0) & (row[np.maximum(at, 0)] == np.arange(n))
    return np.where(ok[:, None], np.asarray(weekly, np.int64)[np.maximum(at, 0)], 0)


def knock_on_end(windows, eff, weekly_day, live):
    """The day after the last one a knock-on is needed for (day numbers,
    one a case): the end of the projection's or the arrears' window
    (``windows``, as :func:`entitlements.gain._projection.line_windows`),
    or the day after ``weekly_day`` (where ``live``), at least the day
    after ``eff``."""
    (pa, pz), (aa, az) = windows
    end = np.maximum(np.where(pz > pa, pz, eff), np.where(az > aa, az, eff))
    return np.maximum(np.maximum(end, np.where(live, weekly_day + 1, eff)), np.asarray(eff, np.int64) + 1)
