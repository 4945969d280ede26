"""State Pension age (pensionable age) from the date of birth, exact to the day.

Pensions Act 1995 (c. 26) Sch 4 Pt 1 para 1, as amended by the Pensions Act
2011 s 1 and the Pensions Act 2014 (c. 19) s 26. The cohorts are read from
``rules/schedules/state_pension_age.toml`` (not an effective-dated table, so
:class:`~entitlements.tables.Tables` does not load it; this module does, on
first use):

- born 6 October 1954 to 5 April 1960: the 66th birthday (para 1(6) as
  amended by PA 2014 s 26(2));
- born 6 April 1960 to 5 March 1961: 66 years and 1 to 11 months (para 1(7),
  Table 3, inserted by PA 2014 s 26(3)), the person attaining that age on the
  same day of the month, except the three births of para 1(7A): 31 July 1960
  (30 November 2026), 31 December 1960 (30 September 2027) and 31 January 1961
  (30 November 2027);
- born 6 March 1961 to 5 April 1977: the 67th birthday (para 1(8) as amended
  by PA 2014 s 26(4)).

Text read: PA 2014 s 26 on legislation.gov.uk (Table 3 and para (7A) in
full), PA 2011 s 1 (Tables 1 and 2 as substituted, for the earlier cohorts).

Births before 6 October 1954 and after 5 April 1977 are outside the
schedule. :func:`state_pension_age_date` refuses them (a scalar) or answers
NaT (an array). :func:`has_reached_state_pension_age` still answers for them
where the law settles it without the missing tables: everyone born before
6 October 1954 had reached pensionable age by 6 September 2020 (the last
row of PA 1995 Sch 4 para 1 Table 2 as substituted by PA 2011 s 1(5): born
6 September to 5 October 1954, pensionable age 6 September 2020; men born
before 6 December 1953 at 65, para 1(1); women by Table 1, last row
6 November 2018), and no one born after 5 April 1977 reaches it before their
67th birthday, so not before 6 April 2044 (the rise from 67 to 68 made by
the Pensions Act 2007 applies to them; that text was not read).

A 29 February birthday. For the 66 and 67 cohorts the person attains
pensionable age on a birthday; in a year without 29 February this module
takes the birthday to be 1 March, the convention of
:func:`entitlements.dates.age_on` (the anniversary of the date of birth
reckoned under the Family Law Reform Act 1969 s 9). No text read settles
which day it is; the (7A) births are the only Table 3 births whose "same day"
does not exist, and the loader checks that (a schedule where another computed
day is missing is refused).

The qualifying age for State Pension Credit is the pensionable age of a
woman born on the same day (State Pension Credit Act 2002 s 1(6)); the
tables above apply alike to men and women born on or after 6 December 1953,
so for every birth this module dates the two are the same day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import tomllib
from functools import cache
from pathlib import Path

import attrs
import numpy as np

from ._numeric import days as _days
from ._numeric import is_array, out_bool
from ..errors import InputError, RuleTableError
from ..tables import shipped_rules_dir

__all__ = [
    "Cohort",
    "BirthException",
    "StatePensionAgeSchedule",
    "default_state_pension_age_schedule",
    "state_pension_age",
    "state_pension_age_date",
    "has_reached_state_pension_age",
    "has_reached_pension_credit_qualifying_age",
    "EARLIER_COHORTS_REACHED_BY",
    "LATER_COHORTS_NOT_BEFORE",
    "adult_reached_state_pension_age",
    "births_past_the_schedule_at_67",
    "reached_pension_age_before_6_april_2016",
    "SAVINGS_CREDIT_BIRTHS",
]

#: Everyone born before the first cohort of the schedule (6 October 1954)
#: had reached pensionable age by this day (PA 1995 Sch 4 para 1 Table 2 as
#: substituted by PA 2011 s 1(5), last row).
EARLIER_COHORTS_REACHED_BY = dt.date(2020, 9, 6)
#: No one born after the last cohort of the schedule (5 April 1977) reaches
#: pensionable age before their 67th birthday, so not before this day.
LATER_COHORTS_NOT_BEFORE = dt.date(2044, 4, 6)


@attrs.frozen
class Cohort:
    """Births from ``born_from`` to ``born_to`` (inclusive) attain
    pensionable age at ``years`` years and ``months`` months."""

    born_from: dt.date
    born_to: dt.date
    years: int
    months: int
    source: str


@attrs.frozen
class BirthException:
    """Pensions Act 1995 Sch 4 para 1(7A): the day fixed by statute."""

    born_on: dt.date
    attains_pensionable_age_on: dt.date
    source: str


@attrs.frozen
class StatePensionAgeSchedule:
    """The cohorts and (7A) exceptions, validated. Immutable."""

    cohorts: tuple[Cohort, ...]
    exceptions: tuple[BirthException, ...]
    path: str
    legal_basis: str
    _starts: np.ndarray = attrs.field(init=False, eq=False, repr=False)
    _ends: np.ndarray = attrs.field(init=False, eq=False, repr=False)
    _total_months: np.ndarray = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", np.array([c.born_from for c in self.cohorts], dtype="datetime64[D]"))
        object.__setattr__(self, "_ends", np.array([c.born_to for c in self.cohorts], dtype="datetime64[D]"))
        object.__setattr__(self, "_total_months", np.array([12 * c.years + c.months for c in self.cohorts], dtype=np.int64))

    @property
    def first_birth(self) -> dt.date:
        return self.cohorts[0].born_from

    @property
    def last_birth(self) -> dt.date:
        return self.cohorts[-1].born_to

    @classmethod
    def load(cls, path: str | Path | None = None) -> "StatePensionAgeSchedule":
        """Read and check ``rules/schedules/state_pension_age.toml`` (or ``path``)."""
        p = Path(path) if path is not None else shipped_rules_dir() / "schedules" / "state_pension_age.toml"
        where = str(p)
        try:
            data = tomllib.loads(p.read_text("utf-8"))
        except FileNotFoundError:
            raise RuleTableError(where, "missing: the State Pension age schedule is needed to date pensionable age") from None
        except tomllib.TOMLDecodeError as e:
            raise RuleTableError(where, f"not valid TOML: {e}") from None
        unknown = set(data) - {"id", "title", "legal_basis", "cohorts", "exceptions"}
        if unknown:
            raise RuleTableError(where, f"unknown key(s) {sorted(unknown)}")
        cohorts = []
        for i, c in enumerate(data.get("cohorts", []), start=1):
            try:
                cohorts.append(Cohort(c["born_from"], c["born_to"], int(c["years"]), int(c["months"]), c["source"]))
            except KeyError as e:
                raise RuleTableError(where, f"cohort {i} lacks {e}; each needs born_from, born_to, years, months, source") from None
        if not cohorts:
            raise RuleTableError(where, "needs at least one [[cohorts]] entry")
        for i in range(len(cohorts)):
            c = cohorts[i]
            if c.born_to < c.born_from or not 0 <= c.months <= 11:
                raise RuleTableError(where, f"cohort {i + 1} ({c.born_from} to {c.born_to}) is not a valid range or has months outside 0-11")
            if i and c.born_from != cohorts[i - 1].born_to + dt.timedelta(days=1):
                raise RuleTableError(where, f"cohort {i + 1} must start the day after cohort {i} ends ({cohorts[i - 1].born_to})")
        exceptions = []
        for i, e in enumerate(data.get("exceptions", []), start=1):
            try:
                exceptions.append(BirthException(e["born_on"], e["attains_pensionable_age_on"], e["source"]))
            except KeyError as k:
                raise RuleTableError(where, f"exception {i} lacks {k}; each needs born_on, attains_pensionable_age_on, source") from None
        schedule = cls(tuple(cohorts), tuple(exceptions), where, data.get("legal_basis", ""))
        schedule._check_missing_days()
        return schedule

    def _check_missing_days(self) -> None:
        """Every birth whose "same day" does not exist in the target month is
        a (7A) exception, except 29 February in a whole-years cohort."""
        fixed = {e.born_on for e in self.exceptions}
        for c in self.cohorts:
            if c.months == 0:
                continue
            d = c.born_from
            while d <= c.born_to:
                if d.day >= 29 and _same_day(d, c.years, c.months) is None and d not in fixed:
                    raise RuleTableError(
                        self.path,
                        f"born {d}: {c.years} years {c.months} months lands on a day that does not exist, "
                        "and no [[exceptions]] entry fixes the day (Pensions Act 1995 Sch 4 para 1(7A))",
                    )
                d += dt.timedelta(days=1)
        for e in self.exceptions:
            if not (self.first_birth <= e.born_on <= self.last_birth):
                raise RuleTableError(self.path, f"exception born_on {e.born_on} is outside the cohorts")

    def cohort_of(self, date_of_birth: dt.date) -> Cohort:
        for c in self.cohorts:
            if c.born_from <= date_of_birth <= c.born_to:
                return c
        raise InputError(
            "date_of_birth",
            date_of_birth.isoformat(),
            f"a date from {self.first_birth.isoformat()} to {self.last_birth.isoformat()} "
            "(the cohorts of Pensions Act 1995 Sch 4 para 1 as amended by the Pensions Act 2014; "
            "earlier and later cohorts are not in rules/schedules/state_pension_age.toml)",
        )


@cache
def default_state_pension_age_schedule() -> StatePensionAgeSchedule:
    """The shipped schedule, read on first use (never at import) and reused.
    Immutable, so sharing it is safe."""
    return StatePensionAgeSchedule.load()


def _same_day(dob: dt.date, years: int, months: int) -> dt.date | None:
    y, m = divmod(dob.month - 1 + months, 12)
    year, month = dob.year + years + y, m + 1
    if dob.day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, dob.day)


def state_pension_age(date_of_birth: dt.date, *, schedule: StatePensionAgeSchedule | None = None) -> tuple[int, int]:
    """The age at which pensionable age is attained, as ``(years, months)``.

    >>> state_pension_age(dt.date(1960, 9, 10))
    (66, 6)
    """
    s = schedule or default_state_pension_age_schedule()
    c = s.cohort_of(_as_date(date_of_birth))
    return c.years, c.months


def state_pension_age_date(date_of_birth, *, schedule: StatePensionAgeSchedule | None = None):
    """The day a person attains State Pension age (pensionable age).

    ``date_of_birth`` is a ``datetime.date`` (answers a ``datetime.date``) or
    a ``datetime64[D]`` array (answers a ``datetime64[D]`` array; NaT for a
    birth outside the schedule or a NaT birth). Legal basis: Pensions Act
    1995 Sch 4 para 1(6)-(8) and Table 3, (7A), as amended by PA 2014 s 26.

    >>> state_pension_age_date(dt.date(1960, 4, 6))     # 66 years 1 month
    datetime.date(2026, 5, 6)
    >>> state_pension_age_date(dt.date(1960, 7, 31))    # para 1(7A)(a)
    datetime.date(2026, 11, 30)
    """
    s = schedule or default_state_pension_age_schedule()
    if not is_array(date_of_birth) and not isinstance(date_of_birth, np.ndarray):
        dob = _as_date(date_of_birth)
        for e in s.exceptions:
            if e.born_on == dob:
                return e.attains_pensionable_age_on
        c = s.cohort_of(dob)
        d = _same_day(dob, c.years, c.months)
        if d is None:
            if (dob.month, dob.day) == (2, 29) and c.months == 0:
                return dt.date(dob.year + c.years, 3, 1)
            raise RuleTableError(s.path, f"born {dob}: the day of attaining pensionable age does not exist and no exception fixes it")
        return d
    return _spa_array(_days(date_of_birth, "date_of_birth"), s)


def _spa_array(dob: np.ndarray, s: StatePensionAgeSchedule) -> np.ndarray:
    valid = ~np.isnat(dob)
    safe = np.where(valid, dob, s._starts[0])
    idx = np.searchsorted(s._starts, safe, side="right") - 1
    inside = valid & (idx >= 0) & (safe <= s._ends[np.clip(idx, 0, None)])
    total = s._total_months[np.clip(idx, 0, None)]
    month = safe.astype("datetime64[M]")
    offset = (safe - month.astype("datetime64[D]")).astype(np.int64)  # day of month - 1
    target = month + total
    length = ((target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(np.int64)
    # A day that does not exist (29 February in a year without one; the
    # (7A) births, replaced below) moves to the 1st of the next month.
    result = np.where(offset < length, target.astype("datetime64[D]") + offset, (target + 1).astype("datetime64[D]"))
    for e in s.exceptions:
        result = np.where(safe == np.datetime64(e.born_on, "D"), np.datetime64(e.attains_pensionable_age_on, "D"), result)
    return np.where(inside, result, np.datetime64("NaT", "D"))


def has_reached_state_pension_age(date_of_birth, on, *, schedule: StatePensionAgeSchedule | None = None):
    """Whether the person has attained pensionable age on ``on`` (they attain
    it at the commencement of the day :func:`state_pension_age_date` gives).

    Numeric: dates or ``datetime64[D]`` arrays that broadcast; answers a bool
    or a bool array. Births outside the schedule are answered where the law
    settles it (see the module notes); otherwise an
    :class:`~entitlements.errors.InputError`.

    >>> has_reached_state_pension_age(dt.date(1960, 4, 5), dt.date(2026, 4, 5))
    True
    >>> has_reached_state_pension_age(dt.date(1960, 4, 6), dt.date(2026, 5, 5))
    False
    """
    s = schedule or default_state_pension_age_schedule()
    scalar = not is_array(date_of_birth, on)
    dob = _days(date_of_birth, "date_of_birth")
    day = _days(on)
    dob, day = np.broadcast_arrays(dob, day)
    if np.any(np.isnat(dob)):
        raise InputError("date_of_birth", "NaT", "a date of birth")
    spa = _spa_array(dob, s)
    before = dob < np.datetime64(s.first_birth, "D")
    after = dob > np.datetime64(s.last_birth, "D")
    unknown_before = before & (day < np.datetime64(EARLIER_COHORTS_REACHED_BY, "D"))
    bad = unknown_before | births_past_the_schedule_at_67(dob, day, schedule=s)
    if np.any(bad):
        i = int(np.flatnonzero(bad.ravel())[0])
        raise InputError(
            "date_of_birth",
            str(dob.ravel()[i]),
            _OUTSIDE.format(first=s.first_birth.isoformat(), last=s.last_birth.isoformat(), day=day.ravel()[i]),
            f"row {i}" if dob.ndim else None,
        )
    reached = np.where(before, True, np.where(after, False, spa <= day))
    return out_bool(reached, scalar)


_OUTSIDE = ("a birth from {first} to {last} for a date of {day} (outside the schedule the answer is only known from "
            f"{EARLIER_COHORTS_REACHED_BY.isoformat()} for earlier births, and before the 67th birthday for later ones)")


def births_past_the_schedule_at_67(date_of_birth, on, *, schedule: StatePensionAgeSchedule | None = None):
    """Whether each birth is after the schedule's last (5 April 1977) and the
    person is 67 or over on ``on``: whether they have reached pensionable age
    is then not known here (the Pensions Act 2007's rise to 68, not read);
    under 67 they have not (module notes). ``datetime64[D]`` arrays or dates
    that broadcast; a bool array."""
    from ..dates import latest_birth_for_age

    s = schedule or default_state_pension_age_schedule()
    dob, day = np.broadcast_arrays(_days(date_of_birth, "date_of_birth"), _days(on))
    return (dob > np.datetime64(s.last_birth, "D")) & (dob <= latest_birth_for_age(day, 67))


def has_reached_pension_credit_qualifying_age(date_of_birth, on, *, schedule: StatePensionAgeSchedule | None = None):
    """Whether the person has reached the qualifying age for State Pension
    Credit on ``on``: the pensionable age of a woman born on the same day
    (State Pension Credit Act 2002 s 1(6)), the same day as
    :func:`has_reached_state_pension_age` for every birth handled here."""
    return has_reached_state_pension_age(date_of_birth, on, schedule=schedule)


def _as_date(value) -> dt.date:
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            raise InputError("date_of_birth", "NaT", "a date of birth")
        return value.astype("datetime64[D]").item()
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InputError("date_of_birth", value, "a datetime.date")
    return value


#: From this date someone aged 66 may not yet have reached State Pension age
#: (those born on or after 6 April 1960: Pensions Act 2014 s 26).
_SPA_RISES_FROM = np.datetime64("2026-04-06", "D")


def adult_reached_state_pension_age(adult, on):
    """Whether each adult of :class:`entitlements.columns.AdultColumns` has
    reached the qualifying age for Pension Credit (which is also pensionable
    age for everyone handled here) on ``on``. Returns ``(reached, unknown)``:
    ``unknown`` where only the age (66) is given on or after 6 April 2026,
    when State Pension age began to rise past 66 (Pensions Act 2014 s 26).

    From the date of birth where given; from the age otherwise: 67 or over
    has reached it, and so has 66 before 6 April 2026 (everyone aged 66 then
    was born before 6 April 1960, State Pension age 66)."""
    from ..dates import as_day, latest_birth_for_age

    day = as_day(on)
    dob = adult.date_of_birth
    known = ~np.isnat(dob)
    by_age = (adult.age >= 67) | ((adult.age == 66) & (day < _SPA_RISES_FROM))
    unknown = adult.present & ~known & (adult.age == 66) & (day >= _SPA_RISES_FROM)
    if np.ndim(known) == 0:
        if known and adult.present:
            reached = bool(has_reached_pension_credit_qualifying_age(np.datetime64(dob, "D").item(),
                                                                     np.datetime64(day, "D").item()))
        else:
            reached = bool(by_age and adult.present)
        return reached, bool(unknown)
    # The columns and the dates may come in different (broadcastable) shapes:
    # a group of one date for many rows, or a column kept as one value.
    shape = np.broadcast_shapes(np.shape(by_age), np.shape(known), np.shape(adult.present), np.shape(day))
    rows = np.broadcast_to(known & adult.present, shape)
    reached = np.broadcast_to(by_age & adult.present & ~rows, shape).copy()  # by date of birth: not reached ...
    # ... unless 60 or over (anyone under 60 has not): only those are looked up.
    maybe = rows & (dob <= latest_birth_for_age(day, 60))
    if maybe.any():
        reached[maybe] = has_reached_pension_credit_qualifying_age(np.broadcast_to(dob, shape)[maybe],
                                                                   np.broadcast_to(day, shape)[maybe])
    return reached, np.broadcast_to(unknown, shape).copy()


#: The savings credit age condition by birth (SPCA 2002 s 3(1)(a): pensionable
#: age attained before 6 April 2016). Men born before 6 December 1953 attained
#: it at 65 (PA 1995 Sch 4 para 1(1)), so before 6 April 2016 if born before
#: 6 April 1951. Women born before 6 April 1953 attained it by 6 March 2016
#: (PA 1995 Sch 4 Table 1 as enacted, last unamended row); those born on or
#: after 6 April 1953 on 6 July 2016 or later (Table 1 as substituted by
#: PA 2011 s 1). Everyone born before 6 April 1951 meets the condition, no one
#: born on or after 6 April 1953 does; in between it depends on sex, which the
#: household does not record. (Table 1 as enacted was not read: the 6 March
#: 2016 date is the one PA 2011's substituted table starts after.)
SAVINGS_CREDIT_BIRTHS = (np.datetime64("1951-04-06", "D"), np.datetime64("1953-04-06", "D"))


def reached_pension_age_before_6_april_2016(date_of_birth=None, *, age=None, on=None):
    """The savings credit age condition (SPCA 2002 s 3(1)(a)) as far as the
    date of birth (or, without it, the age at the end of the assessment
    period beginning ``on``) settles it: 1 met, 0 not met, -1 it depends on
    sex (see :data:`SAVINGS_CREDIT_BIRTHS`). Numeric: ``date_of_birth`` a
    ``datetime64[D]`` array (NaT where the age is used instead) or a date.

    Anyone who attained pensionable age before 6 April 2016 was 65 by
    6 April 2023, so the second half of s 3(1)(a) (65 or over) always holds
    for the periods this library computes.

    >>> import datetime as dt
    >>> [reached_pension_age_before_6_april_2016(dt.date(y, 1, 1)) for y in (1943, 1952, 1955)]
    [1, -1, 0]
    """
    from ..dates import as_day, latest_birth_for_age, period_end

    early, late = SAVINGS_CREDIT_BIRTHS
    scalar = not is_array(date_of_birth, age, on)
    dob = np.asarray(np.datetime64("NaT", "D") if date_of_birth is None else as_day(date_of_birth))
    by_dob = np.where(dob < early, 1, np.where(dob >= late, 0, -1))
    if age is not None:
        a = np.asarray(age, dtype=np.int64)
        end = np.broadcast_to(np.asarray(period_end(as_day(on))), np.broadcast_shapes(np.shape(a), np.shape(on)))
        a = np.broadcast_to(a, end.shape)
        latest = latest_birth_for_age(end, a)  # born on or before this to be that age
        earliest = latest_birth_for_age(end, a + 1) + np.timedelta64(1, "D")
        by_age = np.where(latest < early, 1, np.where(earliest >= late, 0, -1))
        by_dob = np.where(np.isnat(dob), by_age, by_dob)
    out = np.asarray(by_dob, dtype=np.int8)
    return int(out) if scalar else out
