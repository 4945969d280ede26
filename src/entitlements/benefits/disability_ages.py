"""The age conditions of Attendance Allowance, PIP and DLA: who can be entitled at their age.

Each test answers, for an adult given by ``date_of_birth`` (NaT where only
``age`` is given) or ``age`` (whole years on the day), whether no reading of
the law lets the person be entitled on ``on``. Where only the age is given,
the person may have been born on any day of a year of births; a test then
refuses only where every one of those births is refused. State Pension age is
later for a later birth (the schedule never runs backwards), so it is enough
to test the oldest birth (not yet reached) or the youngest (already reached).

**The qualifying age.** Attendance Allowance: "has attained pensionable age"
(SSCBA 1992 s 64(1) as amended by the Pensions Act 2007 Sch 1 para 41); the
same Act made DLA's upper age pensionable age (s 75(1), Sch 1 para 42). Both
have effect from 6 December 2018 (PA 2007 s 13(3), read in the legalize-uk
mirror of PA 2007; paras 41-42 read on legislation.gov.uk). Before that day
the age was 65 (s 64(1) "aged 65 or over", s 75(1) "the age of 65": the
legalize-uk mirror of the 1992 Act still shows these words, its text dated
2018-04-06 and not revised for PA 2007 Sch 1 Part 8; the DLA Regulations
1991 (SI 1991/2890) reg 1(4), read, say the same: from 6 December 2018 "65"
is read as pensionable age). From 6 December 2018 everyone who has attained
pensionable age is 65 or over (the last births at 65 or less, 5 December
1953, were 65 by then), so under 65 never qualifies on any day.

Pensionable age by birth (:mod:`entitlements.benefits.pension_age`): born 6
October 1954 to 5 April 1977 from the schedule; born before 6 October 1954,
reached by 6 September 2020 (and by 6 December 2018 if born before 6 December
1953: men at 65, women earlier, PA 1995 Sch 4 para 1(1) and Table 1); born 6
December 1953 to 5 October 1954, between 6 December 2018 and 5 September 2020
over 65 it is not known here (PA 2011 Table 2 is not in the schedule): not
refused; born after 5 April 1977, not before 6 April 2044.

**Attendance Allowance** (:func:`attendance_allowance_age_refused`): refused
where pensionable age (65 before 6 December 2018) has not been attained. No
exception: an award runs only while the person has the qualifying age.

**PIP** (:func:`pip_age_refused`): no entitlement after "the relevant age",
pensionable age or, if higher, 65 (Welfare Reform Act 2012 s 83, read),
except where the person was entitled the day before it, or claimed before it
(SI 2013/377 reg 25), claims again within a year of an earlier award (reg 26)
or has such an award revised or superseded (reg 27, all read); a DLA award
may also be replaced by PIP. Which of these an outcome is, it does not say,
so PIP past State Pension age is allowed. What no reading allows: PIP for
someone who had reached the relevant age before PIP began on 8 April 2013
(Welfare Reform Act 2012 (Commencement No. 8 ...) Order 2013, SI 2013/358
art 7; 10 June 2013 elsewhere, SI 2013/1250 art 2: the first read in part,
the second read), i.e. born on or before 8 April 1948, 65 that day: each
exception needs a claim or award before the relevant age.

**DLA to an adult** (:func:`dla_adult_age_refused`): no entitlement "for any
period after he attains [pensionable age] otherwise than by virtue of an
award made before he attains that age" (s 75(1)); a claim made before it and
not yet decided counts for a period beginning before it (SI 1991/2890 reg
3(2)-(3), read), and an award held before it may be revised or superseded
(Sch 1). So DLA from a day the adult has attained the age is refused unless
the adult holds DLA before the outcome. Not refused below that age: new DLA
claims by adults closed with PIP, but that text (the PIP transitional
regulations) was not read.

**DLA mobility for a child**: the component is for a period "in which he is
over the relevant age": 3 for the conditions of s 73(1)(a), (ab), (b) and
(c), which give the higher rate, and 5 for (d), the only way to the lower
rate (s 73(1), (1A), (11), read). :func:`dla_mobility_age_refused`: the
higher rate before the 3rd birthday, the lower before the 5th.

**Carer's Allowance** under 16 (SSCBA s 70(3)) needs no test here: an adult
is 16 to 120 (:class:`entitlements.household.Adult`).
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from ._numeric import days as _days
from ._numeric import is_array, out_bool
from .pension_age import EARLIER_COHORTS_REACHED_BY, LATER_COHORTS_NOT_BEFORE, _spa_array, default_state_pension_age_schedule

__all__ = [
    "PENSIONABLE_AGE_FROM",
    "PIP_FIRST_DAY",
    "birth_range",
    "qualifying_age_state",
    "attendance_allowance_age_refused",
    "pip_age_refused",
    "dla_adult_age_refused",
    "dla_mobility_age_refused",
    "DLA_MOBILITY_MINIMUM_AGE",
    "DLA_MOBILITY_EXPECTED",
    "children_with_dla_mobility_under_age",
    "AA_RECEIVED_EXPECTED",
    "attendance_allowance_held_under_age",
]

#: From this day the age of AA (s 64(1)) and DLA (s 75(1)) is pensionable
#: age, before it 65 (Pensions Act 2007 s 13(3), Sch 1 paras 41-42).
PENSIONABLE_AGE_FROM = dt.date(2018, 12, 6)
#: The first day PIP could be claimed (SI 2013/358 art 7): someone 65 or over
#: that day (born on or before 8 April 1948) had reached the relevant age.
PIP_FIRST_DAY = dt.date(2013, 4, 8)

_D = "datetime64[D]"
_CHANGE = np.datetime64(PENSIONABLE_AGE_FROM, "D")
_MEN_AT_65_BEFORE = np.datetime64("1953-12-06", "D")  # PA 1995 Sch 4 para 1(1) as amended by PA 2011 s 1(2)
_PIP_LAST_BIRTH_REFUSED = np.datetime64("1948-04-08", "D")


def _years_before(on, years):
    """The same day ``years`` years before ``on`` (the month's last day where
    there is none): the latest birth of someone aged ``years`` or more."""
    month = on.astype("datetime64[M]")
    offset = (on - month.astype(_D)).astype(np.int64)
    target = month - 12 * np.asarray(years, np.int64)
    length = ((target + 1).astype(_D) - target.astype(_D)).astype(np.int64)
    return target.astype(_D) + np.minimum(offset, length - 1)


def birth_range(date_of_birth, age, on):
    """``(oldest, youngest)``: the earliest and latest birth of the person on
    ``on`` (datetime64[D] arrays): the date of birth where given, else the
    births that make the age ``age`` on ``on``."""
    dob, day = np.broadcast_arrays(np.asarray(date_of_birth, _D), np.asarray(on, _D))
    years = np.broadcast_to(np.asarray(age, np.int64), dob.shape)
    given = ~np.isnat(dob)
    youngest = np.where(given, dob, _years_before(day, np.where(given, 0, years)))
    oldest = np.where(given, dob, _years_before(day, np.where(given, 0, years + 1)) + np.timedelta64(1, "D"))
    return oldest, youngest


def qualifying_age_state(birth, on):
    """Whether someone born on ``birth`` has the age of s 64(1) and s 75(1)
    on ``on``: 65 before 6 December 2018, pensionable age from it. 1 yes,
    0 no, -1 not known here (see the module notes). Arrays of datetime64[D]."""
    b, day = np.broadcast_arrays(np.asarray(birth, _D), np.asarray(on, _D))
    s = default_state_pension_age_schedule()
    at_65 = b <= _years_before(day, 65)
    spa = _spa_array(b, s)
    earlier = b < np.datetime64(s.first_birth, "D")
    later = b > np.datetime64(s.last_birth, "D")
    by_schedule = np.where(spa <= day, 1, 0)
    before = np.where((day >= np.datetime64(EARLIER_COHORTS_REACHED_BY, "D")) | (b < _MEN_AT_65_BEFORE), 1,
                      np.where(at_65, -1, 0))
    after = np.where(day < np.datetime64(LATER_COHORTS_NOT_BEFORE, "D"), 0, -1)
    new_rule = np.where(earlier, before, np.where(later, after, by_schedule))
    return np.where(day < _CHANGE, at_65.astype(np.int64), new_rule)


def _inputs(date_of_birth, age, on):
    scalar = not is_array(date_of_birth, age, on)
    dob = np.datetime64("NaT", "D") if date_of_birth is None else _days(date_of_birth, "date_of_birth")
    years = -1 if age is None else age
    return scalar, dob, years, _days(on)


def attendance_allowance_age_refused(date_of_birth, age, on):
    """True where Attendance Allowance cannot be had on ``on`` for want of
    the qualifying age (SSCBA 1992 s 64(1) as amended: pensionable age from
    6 December 2018, 65 before): every birth the inputs allow is short of it.

    >>> attendance_allowance_age_refused(None, 40, dt.date(2026, 5, 1))
    True
    >>> attendance_allowance_age_refused(dt.date(1960, 4, 6), None, dt.date(2026, 5, 5)), \
attendance_allowance_age_refused(dt.date(1960, 4, 6), None, dt.date(2026, 5, 6))
    (True, False)
    """
    scalar, dob, years, day = _inputs(date_of_birth, age, on)
    oldest, _ = birth_range(dob, years, day)
    return out_bool(qualifying_age_state(oldest, day) == 0, scalar)


def pip_age_refused(date_of_birth, age, on):
    """True where no reading lets PIP be had on ``on``: the person was 65 or
    over on 8 April 2013, when PIP began (Welfare Reform Act 2012 s 83; SI
    2013/377 regs 25-27 all need a claim or award before the relevant age).

    >>> pip_age_refused(None, 80, dt.date(2026, 5, 1)), pip_age_refused(None, 70, dt.date(2026, 5, 1))
    (True, False)
    """
    scalar, dob, years, day = _inputs(date_of_birth, age, on)
    _, youngest = birth_range(dob, years, day)
    return out_bool(youngest <= _PIP_LAST_BIRTH_REFUSED, scalar)


def dla_adult_age_refused(date_of_birth, age, on, holds_dla):
    """True where DLA cannot start on ``on`` for an adult who ``holds_dla``
    not (no component before the outcome): the adult has attained the age of
    s 75(1) (pensionable age from 6 December 2018, 65 before) for every birth
    the inputs allow.

    >>> dla_adult_age_refused(None, 70, dt.date(2026, 5, 1), False), dla_adult_age_refused(None, 70, dt.date(2026, 5, 1), True)
    (True, False)
    """
    scalar, dob, years, day = _inputs(date_of_birth, age, on)
    _, youngest = birth_range(dob, years, day)
    return out_bool((qualifying_age_state(youngest, day) == 1) & ~np.asarray(holds_dla, bool), scalar)


#: What a household with Attendance Allowance under the qualifying age is
#: asked for (estimate, caseload, benefit check, income gain).
AA_RECEIVED_EXPECTED = ("'none' for an adult under State Pension age at the end of the assessment period (65 before "
                        "6 December 2018): Attendance Allowance is paid only from it (SSCBA 1992 s 64(1) as amended by "
                        "the Pensions Act 2007 Sch 1 para 41); under it the disability benefit is PIP (or DLA)")


def attendance_allowance_held_under_age(bu, *, end, adults=(1, 2)):
    """Which benefit units (:class:`~entitlements.columns.BenefitUnitColumns`)
    have an adult given Attendance Allowance who is short of its qualifying
    age on ``end``, the last day of the assessment period (datetime64[D]):
    an award that cannot exist. PIP and DLA held past State Pension age can
    (SI 2013/377 regs 25-27; SSCBA 1992 s 75(1), an award made before it), so
    they are not tested. ``adults``: which adults are looked at (1, 2 or both)."""
    end = np.asarray(end, _D)
    bad = np.zeros(np.shape(bu.couple), bool) if np.ndim(bu.couple) else False
    for a in (bu.adult1, bu.adult2)[min(adults) - 1:max(adults)]:
        held = np.asarray(a.present) & (np.asarray(a.attendance_allowance) > 0)
        if not np.any(held):
            continue
        # The columns and the day may come in different (broadcastable) shapes: a column kept as one value.
        held, dob, age, day = np.broadcast_arrays(held, np.asarray(a.date_of_birth, _D), np.asarray(a.age), end)
        refused = attendance_allowance_age_refused(np.where(held, dob, np.datetime64("NaT", "D")),
                                                   np.where(held, age, 65), np.array(day))
        bad = bad | (held & refused)
    return bad


#: What a household with State Pension under pensionable age is asked for.
STATE_PENSION_EXPECTED = ("none for an adult under State Pension age at the end of the assessment period: each state "
                          "pension is paid only to a person who 'has reached pensionable age' (Pensions Act 2014 "
                          "ss 2(1)(a), 2(2)(a), 4(1)(a); before 6 April 2016, SSCBA 1992 s 44(1)); other pensions are "
                          "pension_income_weekly (--pension)")


def state_pension_held_under_age(bu, *, end, adults=(1, 2)):
    """Which benefit units have an adult given State Pension who is short of
    pensionable age on ``end``, the last day of the assessment period, for
    every birth the inputs allow: a pension that cannot be paid. From 6
    December 2018 the test is the one of Attendance Allowance
    (:func:`attendance_allowance_age_refused`: pensionable age)."""
    end = np.asarray(end, _D)
    bad = np.zeros(np.shape(bu.couple), bool) if np.ndim(bu.couple) else False
    for a in (bu.adult1, bu.adult2)[min(adults) - 1:max(adults)]:
        held = np.asarray(a.present) & (np.asarray(a.state_pension_weekly) > 0)
        if not np.any(held):
            continue
        held, dob, age, day = np.broadcast_arrays(held, np.asarray(a.date_of_birth, _D), np.asarray(a.age), end)
        refused = attendance_allowance_age_refused(np.where(held, dob, np.datetime64("NaT", "D")),
                                                   np.where(held, age, 65), np.array(day))
        bad = bad | (held & refused)
    return bad


#: The relevant age of s 73(1A) by the rate it leads to (the household's
#: ``dla_mobility`` codes: 1 lower, 2 higher).
DLA_MOBILITY_MINIMUM_AGE = {"lower": 5, "higher": 3}

DLA_MOBILITY_EXPECTED = ("'none', or a rate the child's age allows: DLA mobility at the higher rate from age 3, at the "
                         "lower rate from age 5 (SSCBA 1992 s 73(1), (1A), (11): the relevant age)")


def dla_mobility_age_refused(date_of_birth, rate, on):
    """True where a child born on ``date_of_birth`` cannot have the DLA
    mobility component at ``rate`` (1 lower, 2 higher; 0 none) on ``on``:
    under 5 for the lower rate, under 3 for the higher (SSCBA 1992 s 73(1A)).

    >>> dla_mobility_age_refused(dt.date(2023, 5, 1), 2, dt.date(2026, 4, 30)), \
dla_mobility_age_refused(dt.date(2023, 5, 1), 2, dt.date(2026, 5, 1))
    (True, False)
    """
    scalar = not is_array(date_of_birth, rate, on)
    dob, day = np.broadcast_arrays(_days(date_of_birth, "date_of_birth"), _days(on))
    code = np.broadcast_to(np.asarray(rate, np.int64), dob.shape)
    under3 = dob > _years_before(day, 3)
    under5 = dob > _years_before(day, 5)
    return out_bool(((code == 2) & under3) | ((code == 1) & under5), scalar)


def children_with_dla_mobility_under_age(children, *, end):
    """Which benefit units have a child (:class:`~entitlements.columns.ChildColumns`,
    slots on the last axis) given DLA mobility at a rate their age does not
    allow on ``end``, the last day of the assessment period."""
    mob = np.asarray(children.dla_mobility)
    held = np.asarray(children.present) & (mob > 0)
    if not held.any():
        return held.any(axis=-1)
    day = np.asarray(end, _D)[..., None] if np.ndim(end) else np.asarray(end, _D)
    dob = np.where(held, np.asarray(children.date_of_birth, _D), day)
    return (held & dla_mobility_age_refused(dob, np.where(held, mob, 0), np.broadcast_to(day, dob.shape))).any(axis=-1)
