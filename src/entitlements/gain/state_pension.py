"""State Pension over a projection: counted only from State Pension age.

One job: a gain's household is described as it will be over the projection,
which may cross an adult's pensionable age, so State Pension given for an
adult short of it is not refused as :func:`entitlements.estimate` refuses it
(``household_total.problems``); it is counted in each period, or on each
day, only once the adult has reached that age, as each state pension is paid
only to a person who "has reached pensionable age" (Pensions Act 2014 ss
2(1)(a), 2(2)(a), 4(1)(a)). A Universal Credit assessment period counts it
where the adult has reached the age by the period's last day (the test
``estimate`` makes; a change of circumstances counts from the first day of
the period it occurs in, SI 2013/380 Sch 1 para 20); a benefit paid by the
week (Pension Credit, Housing Benefit, CTR) from the day itself. Where no
period of the projection reaches the age, the input is refused
(:func:`refusal`), one line naming the adult, the amount, the date of birth
(or age) and the day State Pension age is reached.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..errors import EntitlementsError, InputError

__all__ = ["short_of_pension_age", "state_pension_counted", "refusal"]


def short_of_pension_age(adult, end) -> np.ndarray:
    """Where ``adult`` (:class:`~entitlements.columns.AdultColumns`) is
    given State Pension and is short of pensionable age on ``end``
    (datetime64[D], any shape that broadcasts with the columns) for every
    birth the inputs allow (a date of birth, or an age alone: the test of
    ``entitlements.benefits.disability_ages.state_pension_held_under_age``)."""
    from ..benefits.disability_ages import attendance_allowance_age_refused

    held = np.asarray(adult.present, bool) & (np.asarray(adult.state_pension_weekly) > 0)
    if not np.any(held):
        return np.zeros(np.broadcast_shapes(np.shape(held), np.shape(end)), bool)
    held, dob, age, day = np.broadcast_arrays(held, np.asarray(adult.date_of_birth, "datetime64[D]"),
                                              np.asarray(adult.age), np.asarray(end, "datetime64[D]"))
    refused = attendance_allowance_age_refused(np.where(held, dob, np.datetime64("NaT", "D")),
                                               np.where(held, age, 65), np.array(day))
    return held & np.asarray(refused, bool)


def state_pension_counted(bu, end):
    """``bu`` (:class:`~entitlements.columns.BenefitUnitColumns`) with each
    adult's ``state_pension_weekly`` nil where the adult is short of
    pensionable age on ``end`` (the period's last day for Universal Credit,
    the day itself for a weekly benefit): the State Pension counts from the
    day the age is reached. ``bu`` itself where no adult is short of it.

    >>> import datetime as dt
    >>> from entitlements import Adult, Household
    >>> from entitlements.columns import households_columns
    >>> bu = households_columns([Household(adults=Adult(date_of_birth=dt.date(1960, 9, 1), state_pension_weekly=23025))] * 2)
    >>> ends = np.array(["2026-12-31", "2027-03-31"], "datetime64[D]")   # State Pension age 66 and 5 months: 1 February 2027
    >>> state_pension_counted(bu, ends).adult1.state_pension_weekly.tolist()
    [0, 23025]
    """
    adults = {}
    for name in ("adult1", "adult2"):
        a = getattr(bu, name)
        short = short_of_pension_age(a, end)
        if short.any():
            sp = np.asarray(a.state_pension_weekly)
            adults[name] = attrs.evolve(a, state_pension_weekly=np.where(short, 0, np.broadcast_to(sp, short.shape)))
    return attrs.evolve(bu, **adults) if adults else bu


def refusal(column: str, weekly: int, date_of_birth, age, last_day: dt.date) -> InputError:
    """The one-line error for State Pension (``weekly`` pence a week) given
    in ``column`` for an adult short of pensionable age on ``last_day``, the
    last day of the last period the gain counts: no period reaches it."""
    from ..benefits.disability_ages import STATE_PENSION_EXPECTED
    from ..benefits.pension_age import state_pension_age_date

    if date_of_birth is not None:
        try:
            spa = state_pension_age_date(date_of_birth)
        except (EntitlementsError, ValueError):  # a birth outside the schedule: the age is not dated
            spa = None
        who = (f"the adult, born {date_of_birth.isoformat()}, reaches State Pension age on {spa.isoformat()}, after "
               f"the last day the income gain counts ({last_day.isoformat()})" if spa else
               f"the adult, born {date_of_birth.isoformat()}, has not reached State Pension age by the last day the "
               f"income gain counts ({last_day.isoformat()})")
    else:
        who = (f"the adult, aged {age}, is short of State Pension age (66 or more) on every day the income gain "
               f"counts (to {last_day.isoformat()})")
    return InputError(column, f"£{weekly / 100:,.2f}", f"{STATE_PENSION_EXPECTED}; {who}: no period counts it")
