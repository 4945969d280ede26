"""Dates: assessment periods, ages, tax years.

Assessment periods follow Universal Credit Regulations 2013 (SI 2013/376)
reg 21: each begins on the same day of the month as the first day of
entitlement. Where that day is the 29th or 30th and the month is February
(or the 31st in any month without one), the period begins on the last day of
the month instead (reg 21(3)).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

import numpy as np

__all__ = [
    "assessment_period_start",
    "assessment_period_end",
    "age_on",
    "period_end",
    "latest_birth_for_age",
    "add_months",
    "first_monday_of_tax_year",
    "parse_date",
    "check_date_range",
    "check_not_too_late",
    "LATEST_EXPECTED",
    "date_given",
    "EARLIEST_DATE",
    "LATEST_DATE",
]


def _clamp_day(year: int, month: int, day: int) -> dt.date:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day, last))


def first_monday_of_tax_year(year: int) -> dt.date:
    """The first Monday on or after 6 April ``year``: the day UC amounts "for"
    a tax year start to apply (assessment periods beginning on or after it;
    Universal Credit Act 2025 s 1(6)(d), s 4(3)(d)).

    >>> first_monday_of_tax_year(2027)
    datetime.date(2027, 4, 12)
    """
    start = dt.date(year, 4, 6)
    return start + dt.timedelta(days=(7 - start.weekday()) % 7)


def add_months(d: dt.date, months: int, *, day: int | None = None) -> dt.date:
    """``d`` moved ``months`` calendar months, keeping ``day`` (default
    ``d.day``) or the last day of the month where that day does not exist."""
    y, m = divmod(d.month - 1 + months, 12)
    return _clamp_day(d.year + y, m + 1, day if day is not None else d.day)


def assessment_period_start(first_day_of_entitlement: dt.date, n: int) -> dt.date:
    """The first day of the ``n``-th assessment period (``n = 0`` is the first).

    SI 2013/376 reg 21(2)-(3): each period begins on the same day of the
    month as the first day of entitlement, or on the last day of a month that
    has no such day.

    >>> assessment_period_start(dt.date(2026, 1, 31), 1)
    datetime.date(2026, 2, 28)
    >>> assessment_period_start(dt.date(2026, 1, 31), 2)
    datetime.date(2026, 3, 31)
    """
    if n < 0:
        raise ValueError("n must be 0 or more")
    return add_months(first_day_of_entitlement, n, day=first_day_of_entitlement.day)


def assessment_period_end(start: dt.date, *, entitlement_day: int | None = None) -> dt.date:
    """The last day of the assessment period that begins on ``start``: the day
    before the next one begins (SI 2013/376 reg 21(1)).

    ``entitlement_day`` is the day of the month of the first day of
    entitlement; give it when ``start`` was clamped (e.g. a period beginning
    28 February for a claim that began on the 31st).

    >>> assessment_period_end(dt.date(2026, 5, 1))
    datetime.date(2026, 5, 31)
    >>> assessment_period_end(dt.date(2026, 2, 28), entitlement_day=31)
    datetime.date(2026, 3, 30)
    """
    day = entitlement_day if entitlement_day is not None else start.day
    return add_months(start, 1, day=day) - dt.timedelta(days=1)


def age_on(date_of_birth: dt.date, on: dt.date) -> int:
    """Age in whole years on ``on``. A person born on 29 February is treated as
    reaching each birthday on 1 March in years without one (as for the Family
    Law Reform Act 1969 s 9 reckoning of age from the anniversary).

    >>> age_on(dt.date(2001, 6, 15), dt.date(2026, 6, 14)), age_on(dt.date(2001, 6, 15), dt.date(2026, 6, 15))
    (24, 25)
    """
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


#: The dates read from what people type: earlier or later is a mistake
#: (a two-digit year, a typing slip).
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)


_MIDNIGHT = re.compile(r"(?: +|T)00:00(?::00(?:\.0+)?)?$")


def parse_date(text: str, field: str = "date", *, earliest: dt.date = EARLIEST_DATE, latest: dt.date = LATEST_DATE) -> dt.date:
    """A date written ``YYYY-MM-DD`` or ``DD/MM/YYYY`` (UK order), with a
    four-digit year (a time of midnight after it is allowed), from
    ``earliest`` to ``latest`` (by default 1 January 1900 to 31 December 2100)."""
    from .errors import InputError

    from .digits import check_digits

    check_digits(text, field, "a date")
    s = str(text).strip()
    expected = "a date as YYYY-MM-DD or DD/MM/YYYY, with a four-digit year"
    # A time of midnight after the date (a database export's "2019-04-06 00:00:00", a spreadsheet's
    # "06/04/2019 00:00") is the date itself; any other time of day is refused with the rest.
    # A database's "2019-04-06 00:00:00.000" (SQL Server) is midnight too: noughts after the seconds' point.
    midnight = _MIDNIGHT.search(s)
    if midnight is not None and midnight.start() >= 8:
        s = s[: midnight.start()].strip()
    try:
        if "/" in s:
            d, m, y = s.split("/")
            if len(y.strip()) != 4:
                raise ValueError
            day = dt.date(int(y), int(m), int(d))
        else:
            if len(s) != 10 or s[4] != "-" or s[7] != "-":
                raise ValueError
            day = dt.date.fromisoformat(s)
    except ValueError:
        if s.removesuffix(".0").isdigit() and len(s.removesuffix(".0")) == 5:
            # 32994 is how a spreadsheet holds 1 May 1990 (days from 1900): its date format was lost on saving.
            expected += ("; a whole number such as this is a spreadsheet's date serial: format the column as a date "
                         "(DD/MM/YYYY) and save again")
        elif (day_part := _date_before_a_time(s)) is not None:
            # "2016-09-14 10:30:00" (a spreadsheet's date and time): the day is clear, the time is not a date's.
            expected += f"; a date without a time of day: {day_part}"
        raise InputError(field, text, expected) from None
    check_date_range(day, field, earliest=earliest, latest=latest)
    return day


_TIME_OF_DAY = re.compile(r"[ T]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?$")  # a zone's offset too (a UTC column)


def _date_before_a_time(s: str) -> str | None:
    """The date part of a date followed by a time of day ("2016-09-14
    10:30:00" -> "2016-09-14"), as written; None if ``s`` is not one."""
    m = _TIME_OF_DAY.search(s)
    if m is None or not m.start():
        return None
    part = s[: m.start()]
    try:
        parse_date(part, latest=dt.date.max)
    except ValueError:
        return None
    return part


def check_date_range(day: dt.date, field: str, *, earliest: dt.date = EARLIEST_DATE, latest: dt.date = LATEST_DATE) -> dt.date:
    """``day`` if it is from ``earliest`` to ``latest``; else an InputError
    saying the range."""
    from .errors import InputError

    if not earliest <= day <= latest:
        raise InputError(field, day.isoformat(), f"a date from {earliest.isoformat()} to {latest.isoformat()}")
    return day


#: What a date past ``LATEST_DATE`` is told it may be, where a calculation's date is wanted (``on``, ``as_of``).
LATEST_EXPECTED = (f"a date up to {LATEST_DATE.isoformat()} (a later one is taken as a mistake; past the rule "
                   "tables' end the rates policy applies)")


def check_not_too_late(day: dt.date, field: str = "on") -> dt.date:
    """``day`` if it is not after ``LATEST_DATE``, the latest date the
    library reads or calculates on; else an InputError naming ``field``.
    A date past it was a bare ``ValueError`` from deep inside (an assessment
    period ending after the year 9999) or a ``NoRowInForce`` that told the
    caller to hold the last known rates, the policy already in use."""
    from .errors import InputError

    if day > LATEST_DATE:
        raise InputError(field, day.isoformat(), LATEST_EXPECTED)
    return day


# -- the same date arithmetic over numpy datetime64 (scalars or arrays) ------


#: The zone a zone-aware datetime is read in where it is not midnight in its own (a UTC column of London dates).
LONDON = "Europe/London"


def london_midnight(on: dt.datetime) -> dt.date | None:
    """The day a zone-aware ``on`` is where it is midnight in Europe/London
    (``2026-06-01 23:00 UTC`` is 2 June 00:00 BST: a database's UTC column
    of London dates), else None. Naive datetimes: None (no zone to convert from).

    >>> london_midnight(dt.datetime(2026, 6, 1, 23, 0, tzinfo=dt.timezone.utc))
    datetime.date(2026, 6, 2)
    >>> london_midnight(dt.datetime(2026, 6, 1, 10, 30, tzinfo=dt.timezone.utc)) is None
    True
    """
    if on.tzinfo is None or on.utcoffset() is None:
        return None
    from zoneinfo import ZoneInfo

    here = on.astimezone(ZoneInfo(LONDON))
    return here.date() if here.time() == dt.time(0) else None


def date_given(on):
    """``on`` as a date where it is a datetime at midnight, in its own time
    zone if it has one (a pandas ``Timestamp`` from a DataFrame, ``datetime(2026, 5, 1)``,
    numpy's ``datetime64``): nothing is lost. A zone-aware datetime that is
    not midnight in its own zone is converted to Europe/London first
    (``london_midnight``: a UTC column of London midnights). Anything else is returned as it is, for the caller to
    refuse (a time of day would be silently dropped)."""
    if isinstance(on, dt.datetime):
        # A zone-aware midnight is the date in its own zone (a database's
        # Europe/London dates), never moved to UTC's day before.
        try:
            midnight = on.time() == dt.time(0)
        except (ValueError, TypeError):  # pandas NaT
            return on
        if midnight:
            return on.date()
        london = london_midnight(on)
        if london is not None:
            return london
    if isinstance(on, np.datetime64) and not np.isnat(on):  # ``df["x"].values.max()``: numpy's own date
        day = on.astype("datetime64[D]")
        if day == on:
            return day.astype(dt.date)
    return on


def days_given(on):
    """``on`` (an array or pandas Series of dates, one per row) as a
    ``datetime64[D]`` array; None where it is not dates at all. A
    zone-aware date is its own zone's day (numpy alone would move
    2024-10-09 00:00 BST to 8 October); a time of day other than midnight
    raises :class:`ValueError` (it would be silently dropped)."""
    dtype = getattr(on, "dtype", None)
    if getattr(dtype, "tz", None) is not None:  # pandas' datetime64[ns, tz]
        from zoneinfo import ZoneInfo

        def wall(v):  # the values' own wall-clock times, zone dropped
            return np.asarray(v.dt.tz_localize(None) if hasattr(v, "dt") else v.tz_localize(None))

        own = wall(on)
        # Not midnight in its own zone: the day in Europe/London where it is midnight there (a UTC column of
        # London dates, 2026-06-01 23:00 UTC = 2 June 00:00 BST); a real time of day stays one, and is refused.
        london = wall(on.dt.tz_convert(ZoneInfo(LONDON)) if hasattr(on, "dt") else on.tz_convert(ZoneInfo(LONDON)))
        on = np.where(own == own.astype("datetime64[D]").astype(own.dtype), own, london)
    values = np.asarray(on)
    if values.dtype.kind in "biufc":  # numbers are not dates (numpy would read 5 as 6 January 1970)
        return None
    if values.dtype == object:
        values = np.array([date_given(v) if v is not None else None for v in values.ravel()], object).reshape(values.shape)
        if any(isinstance(v, dt.datetime) for v in values.ravel()):
            raise ValueError("a time of day")
    try:
        days = values.astype("datetime64[D]")
    except (TypeError, ValueError):
        return None
    if np.issubdtype(values.dtype, np.datetime64) and (values != days.astype(values.dtype))[~np.isnat(days)].any():
        raise ValueError("a time of day")
    return days


def as_day(on):
    """``on`` (a date or a datetime64 array) as numpy ``datetime64[D]``."""
    if isinstance(on, dt.date):
        return np.datetime64(on, "D")
    return np.asarray(on).astype("datetime64[D]", copy=False)


def months_later(days, months: int):
    """``days`` (datetime64[D]) moved ``months`` calendar months, keeping the
    day of the month or the last day of a month that has no such day."""
    if isinstance(days, np.datetime64):  # one date: the same few are asked for again and again
        return _months_later_one(int(days.astype("datetime64[D]").astype(np.int64)), months)
    return _months_later(days, months)


@functools.lru_cache(maxsize=4096)
def _months_later_one(day: int, months: int) -> np.datetime64:
    return _months_later(np.datetime64(day, "D"), months)


def through_day_table(fn, days):
    """``fn(days)`` for an array of ``datetime64[D]`` days, worked once for
    each day of their span and gathered, where the span is much smaller than
    the array (a caseload's dates take few distinct values): the same result
    with fewer calendar conversions. ``fn`` works elementwise and returns an
    array (or a tuple of arrays) of the days' shape; blank days (NaT) get
    what ``fn`` gives them."""
    a = np.asarray(days)
    if a.dtype != np.dtype("datetime64[D]") or a.size < 4096:
        return fn(a)
    i = a.view(np.int64)
    lo, hi = int(i.min()), int(i.max())
    if lo == _NAT:  # blank days (NaT is the least int64): the span of the others
        nat = np.isnat(a)
        if nat.all():
            return fn(a)
        lo = int(np.min(i, where=~nat, initial=hi))
    else:
        nat = None
    if hi - lo + 1 > a.size // 4:
        return fn(a)
    table = fn(np.arange(lo, hi + 1, dtype=np.int64).astype("datetime64[D]"))
    if nat is None:
        if lo >= 0:  # days from 1970: gathered by day number, with no offset to subtract
            return tuple(_from_zero(t, lo)[i] for t in table) if isinstance(table, tuple) else _from_zero(table, lo)[i]
        return tuple(t[i - lo] for t in table) if isinstance(table, tuple) else table[i - lo]
    # Blank days read one more entry of the table, what fn gives a blank day
    # (fn works elementwise, so every blank day gets the same).
    at = i - lo
    at[nat] = hi - lo + 1
    blank = fn(np.array(["NaT"], "datetime64[D]"))
    if isinstance(table, tuple):
        return tuple(np.concatenate([t, b.astype(t.dtype, copy=False)])[at] for t, b in zip(table, blank))
    return np.concatenate([table, blank.astype(table.dtype, copy=False)])[at]


_NAT = np.iinfo(np.int64).min


def _from_zero(table, lo: int):
    """``table`` (values for the days from day number ``lo``) placed at
    index ``lo`` of an array that starts at day 0 (the days before are
    never read)."""
    full = np.empty(lo + len(table), table.dtype)
    full[lo:] = table
    return full


def _months_later(days, months):
    # The day table works one day at a time: only for one number of months (a number a row goes directly).
    if isinstance(days, np.ndarray) and days.ndim and np.ndim(months) == 0:
        return through_day_table(lambda d: _months_later_direct(d, months), days)
    return _months_later_direct(days, months)


def _months_later_direct(days, months: int):
    month = days.astype("datetime64[M]")
    offset = (days - month.astype("datetime64[D]")).astype(np.int64)
    target = month + months
    last = (target + 1).astype("datetime64[D]") - np.timedelta64(1, "D")
    return np.minimum(target.astype("datetime64[D]") + offset, last)


def period_end(start):
    """Last day of the assessment period beginning on ``start`` (datetime64):
    the day before the same day next month (SI 2013/376 reg 21)."""
    return months_later(start, 1) - np.timedelta64(1, "D")


def years_between(date_of_birth, on):
    """Whole years from ``date_of_birth`` to ``on`` (datetime64, any shapes
    that broadcast): the age on ``on``, as :func:`age_on` reckons it.

    For a caseload the calendar is worked once a day of the span
    (:func:`through_day_table`): with one date ``on``, the age of every
    possible date of birth; with a date a row, each date's month and day,
    and then whole months completed, ``(months - (day of on < day of
    birth)) // 12``, which is the age as ``age_on`` reckons it (its tuple
    comparison of (month, day) is the same test)."""
    dob = np.asarray(date_of_birth, "datetime64[D]")
    day = np.asarray(on, "datetime64[D]")
    if day.ndim == 0 or dob.ndim == 0:
        if day.ndim == 0 and dob.ndim:
            return through_day_table(lambda d: _years_direct(d, day), dob)
        if dob.ndim == 0 and day.ndim:
            return through_day_table(lambda d: _years_direct(dob, d), day)
        return _years_direct(dob, day)
    (bm, bd), (em, ed) = month_and_day(dob), month_and_day(day)
    return (em - bm - (ed < bd)) // 12


def _years_direct(date_of_birth, on):
    years = on.astype("datetime64[Y]").astype(np.int64) - date_of_birth.astype("datetime64[Y]").astype(np.int64)
    return years - (_month_day(on) < _month_day(date_of_birth))


def month_and_day(x):
    """A date (or ``datetime64[D]`` array) as (months since January 1970,
    day of the month), by whole-number arithmetic on the day count (the
    civil-from-days algorithm of H. Hinnant, proleptic Gregorian: the same
    as numpy's own conversion, faster for a caseload, whose days are worked
    once a day of their span)."""
    x = np.asarray(x, "datetime64[D]")
    return through_day_table(_month_and_day_direct, x) if x.ndim else _month_and_day_direct(x)


def _month_and_day_direct(x):
    z = x.astype(np.int64) + 719468
    era = np.floor_divide(z, 146097)
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = np.where(mp < 10, mp + 3, mp - 9)
    year = yoe + era * 400 + (month <= 2)
    return (year - 1970) * 12 + month - 1, day


def _month_day(days):
    month = days.astype("datetime64[M]")
    return (month.astype(np.int64) % 12) * 32 + (days - month.astype("datetime64[D]")).astype(np.int64)


def latest_birth_for_age(on, years: int):
    """The latest date of birth of someone aged at least ``years`` on ``on``
    (datetime64): the same day ``years`` earlier, or the last day of that
    month. ``date_of_birth <= latest_birth_for_age(on, n)`` agrees with
    :func:`age_on` ``>= n`` (a 29 February birthday counts from 1 March), and
    costs one comparison per person instead of a date conversion."""
    return months_later(on, -12 * years)
