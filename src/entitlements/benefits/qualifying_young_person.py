"""Who counts as a child or qualifying young person: for Universal Credit and
Pension Credit, and for Child Benefit.

Numeric over :class:`entitlements.columns.ChildColumns` (children on the last
axis; one benefit unit or a caseload). ``education`` codes: 0 not given, then
1 + the position in :data:`entitlements.household.EDUCATION` (1 not in education,
2 non-advanced education, 3 approved training).

Universal Credit (SI 2013/376 reg 5(1), read): a person who has reached 16 but
not 20 is a qualifying young person "(a) up to, but not including, the 1st
September following their 16th birthday; and (b) up to, but not including,
the 1st September following their 19th birthday, if they are enrolled on, or
accepted for, approved training or a course of education ... which is not a
course of advanced education" (more than 12 hours a week; reg 5(2): a
19-year-old must have started or enrolled before 19, taken as so). Under 16 is
a child (WRA 2012 s 40). The test is made on the last day of the assessment
period: a change of circumstances takes effect from the first day of the
assessment period in which it occurs (SI 2013/381 Sch 1 para 20), so the
period in which the status ends has no child element for that young person.
Pension Credit's child additions use the same definition (SI 2002/1792
reg 4A, which was not read: taken to follow UC reg 5, as the 2019 amendments
that brought in the child additions do for UC's mixed-age couples).

Child Benefit (SSCBA 1992 s 142; Child Benefit (General) Regulations 2006,
SI 2006/223, read): under 16 a child; from 16 to the 20th birthday a
qualifying young person while in full-time non-advanced education or approved
training (reg 3; a 19-year-old must have begun or enrolled before 19, taken as
so), and one who has left education before 17 until the 31 August next
following the 16th birthday (the 1 September for a 31 August birthday:
reg 4). Not modelled: the terminal dates after leaving education (reg 7: to
the end of February, May, August or November after leaving), the 20-week
extension period for a 16 or 17-year-old registered for work or training
(reg 5), interruptions (reg 6) and the remunerative-work and other-support
exclusions (regs 7-8): give ``education`` as the young person's position on
the day asked about. In the benefit cap (UC Regs reg 80) Child Benefit is
counted for the young people who qualify on the last day of the assessment
period, as UC's own statuses are.

Ages are reckoned as :func:`entitlements.dates.age_on` does (a 29 February
birthday counts from 1 March): every test compares a date of birth with
:func:`entitlements.dates.latest_birth_for_age`.
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from ..dates import as_day, month_and_day, period_end

__all__ = ["uc_qualifying", "uc_education_needed", "child_benefit_qualifying", "child_benefit_education_needed",
           "status_change_days", "young_persons", "YoungPersons"]

_IN_EDUCATION = (2, 3)  # non_advanced, approved_training
_NOT_GIVEN = 0
_DAY = np.timedelta64(1, "D")


def _on_children(day):
    """``day`` (datetime64[D]) lined up against the child axis."""
    return day[..., None] if np.ndim(day) else day


def _ymd(x):
    """A date (or ``datetime64[D]`` array) as (months since 1970, day of the
    month): :func:`entitlements.dates.month_and_day`."""
    return month_and_day(x)


def _at_least(b, d, years: int):
    """Aged ``years`` or more on the day ``d`` for a birth ``b`` (each as
    :func:`_ymd` gives it): born on or before
    :func:`entitlements.dates.latest_birth_for_age`, the same day ``years``
    earlier or the last day of that month, worked in whole numbers (the
    birth's day of the month never exceeds its month's length)."""
    target = d[0] - 12 * years
    return (b[0] < target) | ((b[0] == target) & (b[1] <= d[1]))


def _lined(d):
    return (_on_children(d[0]), _on_children(d[1]))


def _age_at_least(dob, day, years: int):
    """Aged ``years`` or more on ``day`` (children on the last axis)."""
    return _at_least(_ymd(dob), _lined(_ymd(day)), years)


def _last_on_or_before(day, month: int, dom: int):
    """The last ``dom`` of ``month`` on or before ``day`` (datetime64[D])."""
    this = day.astype("datetime64[Y]").astype("datetime64[M]") + (month - 1)
    d = this.astype("datetime64[D]") + (dom - 1)
    return np.where(d <= day, d, (this - 12).astype("datetime64[D]") + (dom - 1))


def _uc_windows(children, end):
    """On the last day ``end`` of the assessment period: under 16; still
    before the 1 September after the 16th birthday; and before the one after
    the 19th birthday and under 20. The first 1 September after a birthday
    is later than ``end`` exactly when the birthday is on or after the last
    1 September on or before ``end`` (S), that is when the person was not
    yet that age on the day before S."""
    b = _ymd(children.date_of_birth)
    e, s = _lined(_ymd(end)), _lined(_ymd(_last_on_or_before(end, 9, 1) - _DAY))
    under_16 = ~_at_least(b, e, 16)
    first_window = ~_at_least(b, s, 16)
    second_window = ~_at_least(b, s, 19) & ~_at_least(b, e, 20)
    return under_16, first_window, second_window


def _any_sixteen(children, day) -> bool:
    """Whether any child may be 16 or over on its day (a bound from the
    latest day: where it is false, every child is under 16)."""
    from ..dates import latest_birth_for_age

    latest = np.max(np.asarray(day, "datetime64[D]"))
    return bool(np.any(children.present & (children.date_of_birth <= latest_birth_for_age(latest, 16))))


#: Fewer days than anyone can live through to their 16th birthday (16 years
#: hold at least 3 leap days): a child younger than this on a day is under 16.
_UNDER_SIXTEEN_DAYS = 16 * 365


@attrs.frozen
class _Slots:
    """The three children's columns the tests read, for the rows where a
    child may be 16: only these are cut to those rows."""

    present: Any
    date_of_birth: Any
    education: Any


def _where_sixteen_possible(children, day, compute, elsewhere):
    """``compute(children, day)`` for the benefit units (rows) where a child
    may be 16 or over on its day, ``elsewhere`` (an array of the children's
    shape) for the rest, where every child is under 16: a caseload's rows
    of young children skip the calendar. The same result as ``compute`` over
    every row."""
    return _where_sixteen_possible_each(children, day, [(compute, day, elsewhere)])[0]


def _where_sixteen_possible_each(children, latest, jobs):
    """:func:`_where_sixteen_possible` for several ``(compute, day,
    elsewhere)`` at once, each ``day`` on or before ``latest`` row by row:
    the rows where a child may be 16 on ``latest`` (which include those
    where one may be on an earlier day; every test is worked row by row) are
    found and cut once."""
    d = np.asarray(latest, "datetime64[D]")
    fields = {f.name: np.asarray(getattr(children, f.name)) for f in attrs.fields(_Slots)}
    try:  # columns the same for every row may come as one row: line them up
        shape = np.broadcast_shapes(*(v.shape for v in fields.values()),
                                    *(np.shape(_on_children(np.asarray(day))) for _, day, _ in jobs))
    except ValueError:
        return [compute(children, day) for compute, day, _ in jobs]
    if len(shape) != 2 or shape[1] == 0 or any(np.ndim(day) > 1 for _, day, _ in jobs):
        return [compute(children, day) for compute, day, _ in jobs]
    present = np.broadcast_to(fields["present"], shape)
    born = np.broadcast_to(fields["date_of_birth"].astype("datetime64[D]", copy=False), shape)
    # Born _UNDER_SIXTEEN_DAYS or more before the day, slot by slot (a few
    # columns: faster than a reduction over the short last axis).
    limit = d - np.timedelta64(_UNDER_SIXTEEN_DAYS, "D")
    # mutation: margin below: 16 x 365 days is at least 4 days short of a 16th birthday, so a child born on `limit`
    # is under 16 either way.
    older = present[:, 0] & (born[:, 0] <= limit)  # mutation: margin
    for j in range(1, shape[1]):
        older |= present[:, j] & (born[:, j] <= limit)  # mutation: margin
    rows = np.flatnonzero(older)
    if rows.size * 2 > shape[0]:
        return [compute(children, day) for compute, day, _ in jobs]
    some = _Slots(**{k: np.broadcast_to(v, shape)[rows] for k, v in fields.items()}) if rows.size else None
    outs = []
    for compute, day, elsewhere in jobs:
        out = np.array(np.broadcast_to(elsewhere, shape))
        if rows.size:
            day = np.asarray(day, "datetime64[D]")
            out[rows] = compute(some, np.broadcast_to(day, shape[:1])[rows] if day.ndim else day)
        outs.append(out)
    return outs


@attrs.frozen
class YoungPersons:
    """Who counts, for one assessment period, by child slot (bools of the
    children's shape): for UC (and Pension Credit) on its last day, and
    for Child Benefit on its first day and on its last (the benefit cap);
    and where an education not given decides. As the functions of the same
    names give them (:func:`young_persons`)."""

    uc_qualifying: Any
    uc_education_needed: Any
    child_benefit_qualifying: Any
    child_benefit_education_needed: Any
    child_benefit_qualifying_at_end: Any


def young_persons(children, on) -> YoungPersons:
    """:func:`uc_qualifying`, :func:`uc_education_needed`,
    :func:`child_benefit_qualifying` and :func:`child_benefit_education_needed`
    for the assessment period beginning ``on``, and Child Benefit's on its
    last day, worked together: the rows where a child may be 16 are found
    once."""
    day = as_day(on)
    end = period_end(day)
    if not _any_sixteen(children, end):  # the usual case: every child under 16 (on the first day too)
        nobody = np.zeros(np.shape(children.present), bool)
        return YoungPersons(children.present, nobody, children.present, nobody.copy(), children.present)
    jobs = [(_uc_qualifying, end, children.present), (_uc_education_needed, end, False),
            (_child_benefit_qualifying, day, children.present), (_child_benefit_education_needed, day, False),
            (_child_benefit_qualifying, end, children.present)]
    return YoungPersons(*_where_sixteen_possible_each(children, end, jobs))


def uc_qualifying(children, on):
    """Which children are a child or qualifying young person for the
    assessment period beginning ``on`` (tested on its last day: see the
    module notes). An education not given counts as none (and
    :func:`uc_education_needed` says where it decides)."""
    end = period_end(as_day(on))
    if not _any_sixteen(children, end):  # the usual case: every child under 16
        return children.present
    return _where_sixteen_possible(children, end, _uc_qualifying, children.present)


def _uc_qualifying(children, end):
    under_16, first_window, second_window = _uc_windows(children, end)
    in_education = np.isin(children.education, _IN_EDUCATION)
    return children.present & (under_16 | first_window | (second_window & in_education))


def uc_education_needed(children, on):
    """Which children's status turns on the education not given: past the
    1 September after their 16th birthday, not yet past the one after their
    19th (nor 20)."""
    end = period_end(as_day(on))
    if not _any_sixteen(children, end):
        return np.zeros(np.shape(children.present), bool)
    return _where_sixteen_possible(children, end, _uc_education_needed, False)


def _uc_education_needed(children, end):
    under_16, first_window, second_window = _uc_windows(children, end)
    return children.present & (children.education == _NOT_GIVEN) & ~under_16 & ~first_window & second_window


def _cb_windows(children, day):
    """On ``day``: under 16; within reg 4 (the 31 August next following the
    16th birthday has not passed: the birthday is after the last 31 August
    before ``day``, A; or, for a birthday on A itself, ``day`` is the 1
    September immediately following, reg 4(3)); under 20."""
    b = _ymd(children.date_of_birth)
    a = _last_on_or_before(day - _DAY, 8, 31)
    d, ya, yb = _lined(_ymd(day)), _lined(_ymd(a)), _lined(_ymd(a - _DAY))
    under_16 = ~_at_least(b, d, 16)
    sixteen_on_a = _at_least(b, ya, 16) & ~_at_least(b, yb, 16)
    left_at_16 = ~_at_least(b, ya, 16) | (sixteen_on_a & _on_children(day == a + _DAY))
    under_20 = ~_at_least(b, d, 20)
    return under_16, left_at_16, under_20


def child_benefit_qualifying(children, on):
    """Which children Child Benefit is paid for on ``on`` (a day of the
    benefit week): see the module notes."""
    day = as_day(on)
    if not _any_sixteen(children, day):
        return children.present
    return _where_sixteen_possible(children, day, _child_benefit_qualifying, children.present)


def _child_benefit_qualifying(children, day):
    under_16, left_at_16, under_20 = _cb_windows(children, day)
    in_education = np.isin(children.education, _IN_EDUCATION)
    return children.present & (under_16 | left_at_16 | (under_20 & in_education))


def child_benefit_education_needed(children, on):
    """Which children's Child Benefit turns on the education not given."""
    day = as_day(on)
    if not _any_sixteen(children, day):
        return np.zeros(np.shape(children.present), bool)
    return _where_sixteen_possible(children, day, _child_benefit_education_needed, False)


def _child_benefit_education_needed(children, day):
    under_16, left_at_16, under_20 = _cb_windows(children, day)
    return children.present & (children.education == _NOT_GIVEN) & ~under_16 & ~left_at_16 & under_20


def status_change_days(sixteenth, nineteenth, twentieth):
    """The days on which these statuses can change, as day numbers (days
    since 1970-01-01) from the days the 16th, 19th and 20th birthdays are
    reached: the first 1 September after the 16th birthday (and the day after
    it, reg 4(3)), the first after the 19th, and the 20th birthday. An
    assessment period whose last day is on or after one of them may differ
    from the one before (for :mod:`entitlements.gain._runs`)."""
    s16, s19 = _first_september_after_days(sixteenth), _first_september_after_days(nineteenth)
    return np.stack([s16, s16 + 1, s19, np.asarray(twentieth, dtype=np.int64)], axis=-1)


def _first_september_after_days(n):
    """The first 1 September strictly after each day number ``n``."""
    d = np.asarray(n, dtype=np.int64).astype("datetime64[D]")
    year = d.astype("datetime64[Y]")
    sep1 = (year.astype("datetime64[M]") + 8).astype("datetime64[D]")
    nxt = ((year + 1).astype("datetime64[M]") + 8).astype("datetime64[D]")
    return np.where(d < sep1, sep1, nxt).astype(np.int64)
