"""The benefits each case's outcome brings in its own right, in columns (private).

A case's benefit line (PIP, DLA, Carer's Allowance, Child Benefit, AA, an
amount given) is its rate table's values times the case's coefficients, plus
a fixed weekly amount (:class:`entitlements.gain.cases.Cases` ``line_*``);
Carer's Allowance less the carer's overlapping benefits, never below nil
(:mod:`entitlements.gain.overlapping`). Here: its weekly amount on a
day, and its amount over a stretch of days, a seventh of the weekly rate a
day (the columnar twins of :func:`entitlements.gain.household.line_weekly`
and :func:`entitlements.gain.household.line_over`).
"""

from __future__ import annotations

import numpy as np

from ..money import divide_half_up
from ..tables import Tables
from .calendar import NEVER, day_number
from .overlapping import less_overlapping
from .cases import LINE_KEYS, LINE_TABLES

__all__ = ["line_weekly_at", "line_over"]


def _line_values(tid: str, tables: Tables):
    """A line table's row starts (day numbers) and values (rows x keys)."""
    t = tables.table(tid)
    starts = np.array([day_number(r.start) for r in t.rows], np.int64)
    keys = LINE_KEYS[tid]
    vals = np.array([[(r.value if isinstance(r.value, dict) else {"": r.value})[k] for k in keys] for r in t.rows], np.int64)
    return starts, vals, day_number(t.until)


def line_weekly_at(table_code, coef, fixed, days, tables: Tables, overlapping):
    """The weekly amount of each case's benefit line in force on ``days``
    [pence/week], less ``overlapping`` (one a case) where it is given."""
    out = np.asarray(fixed, dtype=np.int64).copy()
    days = np.asarray(days)
    for code, tid in enumerate(LINE_TABLES):
        if tid is None:
            continue
        idx = np.flatnonzero(table_code == code)
        if not idx.size:
            continue
        starts, vals, until = _line_values(tid, tables)
        d = days[idx]
        if d.min() < starts[0] or d.max() > until:
            tables.at(tid, d.astype("datetime64[D]"))  # raises NoRowInForce naming the table
        row = np.searchsorted(starts, d, side="right") - 1
        k = vals.shape[1]
        out[idx] += less_overlapping((coef[idx, :k] * vals[row]).sum(axis=1), overlapping[idx])
    return out


def line_over(table_code, coef, fixed, d0, d1, tables: Tables, overlapping):
    """Each case's benefit line over the days ``[d0, d1)`` [pence]: a
    seventh of the weekly amount a day (less ``overlapping`` where given),
    each stretch at one rate rounded (as
    :func:`entitlements.gain.household.line_over`; SI 1979/597 reg 14)."""
    n = table_code.shape[0]
    out = np.zeros(n, np.int64)
    span = np.maximum(d1 - d0, 0)
    fixed_codes = [i for i, tid in enumerate(LINE_TABLES) if tid is None and i > 0]  # "other" and HB, CTR, council tax
    other = np.flatnonzero(np.isin(table_code, fixed_codes) & (span > 0))
    out[other] = divide_half_up(span[other] * fixed[other], 7)
    for code, tid in enumerate(LINE_TABLES):
        if tid is None:
            continue
        idx = np.flatnonzero((table_code == code) & (span > 0))
        if not idx.size:
            continue
        starts, vals, _ = _line_values(tid, tables)
        a, b = d0[idx], d1[idx]
        k = vals.shape[1]
        cf = coef[idx, :k]
        ov = overlapping[idx]
        bounds = np.append(starts, NEVER)
        total = np.zeros(idx.size, np.int64)
        # Only the rows in force at some time in the cases' stretches.
        first_row = max(int(np.searchsorted(starts, a.min(), side="right")) - 1, 0)
        last_row = int(np.searchsorted(starts, b.max(), side="left"))
        for i in range(first_row, last_row):
            days = np.maximum(np.minimum(b, bounds[i + 1]) - np.maximum(a, bounds[i]), 0)
            if days.any():
                total += divide_half_up(days * less_overlapping(cf @ vals[i], ov), 7)
        out[idx] = total
    return out
