"""The Scottish supplements to a carer's benefit [pence]: Carer's Allowance
Supplement (two lump sums a year) and, from 15 March 2026, the weekly
Scottish Carer Supplement that replaces it.

**Carer's Allowance Supplement** (Social Security (Scotland) Act 2018 s 81,
revised text read). For each half-year, 1 April to 30 September and
1 October to 31 March (s 81(1)), the Scottish Ministers pay a lump sum to an
individual who on the *qualifying date* (a date they determine within the
half-year, s 81(3)) was in receipt of carer's allowance or carer support
payment and resident in Scotland (s 81(1A), (2)). The amount is
(JSA - CA) x 26 (s 81(4)), with the extra payments of s 81(4A) (April to
September 2020) and (4B) (October 2021 to March 2022, the Carer's Allowance
Supplement (Scotland) Act 2021). The dates and amounts are in
``scotland.carers_allowance_supplement``, one row a qualifying date: the
whole amount is due to a carer in receipt on that day, however short the
award around it; a carer with only underlying entitlement (the benefit
reduced to nil by an overlapping benefit, SI 1979/597 reg 4(5)) is not in
receipt and gets nothing.

**Scottish Carer Supplement** (SSI 2023/302 regs 14A, 16(1A), inserted by
the Carer's Assistance (Young Carer Grant and Carer Support Payment)
(Miscellaneous Amendment and Saving Provision) (Scotland) Regulations 2025,
in force 15 March 2026, as the published draft numbers and dates them; laid
on 5 September 2025 as the Carer's Assistance (Miscellaneous and
Consequential Amendments, Revocation, Transitional and Saving Provisions)
(Scotland) Regulations 2025; the made text not read). A weekly component
of Carer Support, paid for each week in which Carer Support Payment is
payable, at its full rate (``scotland.scottish_carer_supplement``); it
replaces the lump sums for carers on Carer Support Payment, which by then
is every carer in Scotland (the case transfer from Carer's Allowance ended in 2025). Here a seventh of
the weekly amount a day, each stretch at one amount rounded to the penny, as
the carer's benefit itself is counted. The third component, the Carer
Additional Person Payment, is not modelled: its made text could not be read
(docs/known-differences.md).

Neither is income for Universal Credit (SI 2013/376 reg 66 does not name
the lump sum; the weekly supplement is outside "carer support payment" in
reg 2 from 15 March 2026, SI 2026/246 art 25, as reported), so they add to
a gain without changing any means-tested award.

Payable means the carer's weekly rate (``carers_allowance.rate``; Carer
Support Payment's rate is the same in every row of
``scotland.carer_support_payment``) less ``overlapping_weekly`` is above
nil on the day.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from ..money import divide_half_up
from ..rule_table import POLICY_STATUSES
from ..tables import Tables
from ._numeric import days as _days
from ._numeric import flag, is_array, out_int, pence

__all__ = ["CAS_TABLE", "SCS_TABLE", "SCS_FROM", "supplement_payments", "qualifying_dates", "scottish_carer_supplement_weekly",
           "scottish_carer_supplement_over"]

#: Carer's Allowance Supplement: one row a qualifying date, the amount of that half-year's payment.
CAS_TABLE = "scotland.carers_allowance_supplement"
#: The weekly Scottish Carer Supplement (from 15 March 2026).
SCS_TABLE = "scotland.scottish_carer_supplement"
#: The first day of the weekly Scottish Carer Supplement (the 2025 amending Regulations' reg 1(2), as published in draft).
SCS_FROM = dt.date(2026, 3, 15)
#: The carer's weekly rate, which decides whether the benefit is payable (in receipt).
RATE_TABLE = "carers_allowance.rate"

_EPOCH = np.datetime64("1970-01-01", "D")


def _day_numbers(on, field: str) -> np.ndarray:
    return (_days(on, field) - _EPOCH).astype(np.int64)


def _date(n: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(n))


def _number(d: dt.date) -> int:
    return (d - dt.date(1970, 1, 1)).days


def _payable(day: dt.date, overlapping: np.ndarray, tables: Tables) -> np.ndarray:
    """Whether the carer's benefit is paid above nil on ``day`` (in receipt)."""
    return tables.at(RATE_TABLE, day) - overlapping > 0


def _payments(tables: Tables):
    """The table's own rows: a rates policy's held or uprated rows past its
    end are no payments (the table ends where the law replaced the lump sums)."""
    return [r for r in tables.table(CAS_TABLE).rows if r.status not in POLICY_STATUSES]


def qualifying_dates(start: dt.date, end: dt.date, *, tables: Tables) -> list[tuple[dt.date, int]]:
    """The qualifying dates in ``[start, end)`` and each payment [pence]
    (s 81(3); ``scotland.carers_allowance_supplement``).

    >>> from entitlements.tables import Tables
    >>> qualifying_dates(dt.date(2025, 1, 1), dt.date(2026, 1, 1), tables=Tables.load())
    [(datetime.date(2025, 4, 14), 29350), (datetime.date(2025, 10, 13), 29350)]
    """
    return [(r.start, int(r.value)) for r in _payments(tables) if start <= r.start < end]


def supplement_payments(start, end, resident_in_scotland, *, tables: Tables, overlapping_weekly=0):
    """Carer's Allowance Supplement due to a carer in receipt of Carer's
    Allowance or Carer Support Payment from ``start`` up to (not including)
    ``end`` [pence]: each payment whose qualifying date falls in the range, on
    which the benefit, less ``overlapping_weekly`` [pence/week], is paid above
    nil, where ``resident_in_scotland`` (s 81(2)). Dates or ``datetime64[D]``
    arrays (one range a carer); scalars give an int.

    >>> from entitlements.tables import Tables
    >>> supplement_payments(dt.date(2024, 4, 1), dt.date(2025, 4, 14), True, tables=Tables.load())  # 8 Apr, 7 Oct 2024
    57720
    """
    scalar = not is_array(start, end, resident_in_scotland, overlapping_weekly)
    a, z = _day_numbers(start, "start"), _day_numbers(end, "end")
    scot = flag("resident_in_scotland", resident_in_scotland)
    ov = pence("overlapping_weekly", overlapping_weekly)
    a, z, scot, ov = np.broadcast_arrays(a, z, scot, ov)
    total = np.zeros(a.shape, np.int64)
    for row in _payments(tables):
        day = _number(row.start)
        inside = scot & (a <= day) & (day < z)
        if inside.any():  # the carer's rate is only read on a qualifying date someone's range holds
            total += np.where(inside & _payable(row.start, ov, tables), int(row.value), 0)
    return out_int(total, scalar)


def _cuts(lo: int, hi: int, tables: Tables) -> list[int]:
    """Day numbers where the weekly supplement or its payability may change
    within ``[lo, hi)``: the rows of both tables, and the day after the
    supplement's table ends (so days past it are read, not assumed)."""
    scs, rate = tables.table(SCS_TABLE), tables.table(RATE_TABLE)
    starts = [r.start for r in (*scs.rows, *rate.rows)] + [scs.until + dt.timedelta(days=1)]
    inner = {_number(d) for d in starts}
    first = _number(scs.earliest)
    return sorted({max(lo, first), hi, *(d for d in inner if max(lo, first) < d < hi)})


def scottish_carer_supplement_weekly(on, resident_in_scotland, *, tables: Tables, overlapping_weekly=0):
    """The Scottish Carer Supplement in force on ``on`` [pence/week]: nil
    before 15 March 2026, and where the carer's benefit less
    ``overlapping_weekly`` is not paid above nil (SSI 2023/302 reg 14A).

    >>> from entitlements.tables import Tables
    >>> t = Tables.load()
    >>> scottish_carer_supplement_weekly(dt.date(2026, 3, 14), True, tables=t), scottish_carer_supplement_weekly(dt.date(2026, 3, 15), True, tables=t)
    (0, 1129)
    """
    scalar = not is_array(on, resident_in_scotland, overlapping_weekly)
    d = _day_numbers(on, "on")
    scot = flag("resident_in_scotland", resident_in_scotland)
    ov = pence("overlapping_weekly", overlapping_weekly)
    d, scot, ov = np.broadcast_arrays(d, scot, ov)
    out = np.zeros(d.shape, np.int64)
    first = _number(tables.table(SCS_TABLE).earliest)
    rows = scot & (d >= first)
    if rows.any():
        on_days = (d[rows] + _EPOCH).astype("datetime64[D]")
        paid = tables.at(RATE_TABLE, on_days) - ov[rows] > 0
        out[rows] = np.where(paid, tables.at(SCS_TABLE, on_days), 0)
    return out_int(out, scalar)


def scottish_carer_supplement_over(start, end, resident_in_scotland, *, tables: Tables, overlapping_weekly=0):
    """The Scottish Carer Supplement over the days from ``start`` up to (not
    including) ``end`` [pence]: a seventh of the weekly amount a day, each
    stretch at one amount (and one carer's rate) rounded half up.

    >>> from entitlements.tables import Tables
    >>> scottish_carer_supplement_over(dt.date(2026, 3, 1), dt.date(2026, 4, 1), True, tables=Tables.load())  # 17 days x £11.29 / 7
    2742
    """
    scalar = not is_array(start, end, resident_in_scotland, overlapping_weekly)
    a, z = _day_numbers(start, "start"), _day_numbers(end, "end")
    scot = flag("resident_in_scotland", resident_in_scotland)
    ov = pence("overlapping_weekly", overlapping_weekly)
    a, z, scot, ov = np.broadcast_arrays(a, z, scot, ov)
    total = np.zeros(a.shape, np.int64)
    some = scot & (z > a)
    if not some.any():
        return out_int(total, scalar)
    cuts = _cuts(int(a[some].min()), int(z[some].max()), tables)
    for lo, hi in zip(cuts, cuts[1:]):
        n = np.where(some, np.maximum(np.minimum(z, hi) - np.maximum(a, lo), 0), 0)
        if n.any():
            weekly = scottish_carer_supplement_weekly(_date(lo), True, tables=tables, overlapping_weekly=ov)
            total += divide_half_up(n * weekly, 7)
    return out_int(total, scalar)
