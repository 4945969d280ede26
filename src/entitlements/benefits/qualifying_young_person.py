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
the day asked about.
"""

from __future__ import annotations

import numpy as np

from ..dates import as_day, months_later

__all__ = ["uc_qualifying", "uc_education_needed", "child_benefit_qualifying", "child_benefit_education_needed"]

_IN_EDUCATION = (2, 3)  # non_advanced, approved_training
_NOT_GIVEN = 0


def _on_children(day):
    """``day`` lined up against the child axis."""
    day = as_day(day)
    return day[..., None] if np.ndim(day) else day


def _birthday(dob, years: int):
    return months_later(dob, 12 * years)


def _first_september_after(day):
    """The first 1 September strictly after ``day`` (datetime64[D])."""
    year = day.astype("datetime64[Y]")
    this = year.astype("datetime64[M]") + 8  # September of that year
    sep1 = this.astype("datetime64[D]")
    return np.where(day < sep1, sep1, (this + 12).astype("datetime64[D]"))


def _uc_windows(children, end):
    dob = np.where(children.present, children.date_of_birth, end)  # absent slots: harmless dates
    sixteen, twenty = _birthday(dob, 16), _birthday(dob, 20)
    under_16 = end < sixteen
    first_window = end < _first_september_after(sixteen)
    second_window = (end < _first_september_after(_birthday(dob, 19))) & (end < twenty)
    return under_16, first_window, second_window


def uc_qualifying(children, on):
    """Which children are a child or qualifying young person for the
    assessment period beginning ``on`` (tested on its last day: see the
    module notes). An education not given counts as none (and
    :func:`uc_education_needed` says where it decides)."""
    from ..dates import period_end

    end = _on_children(period_end(as_day(on)))
    if not _any_sixteen(children, end):  # the usual case: every child under 16
        return children.present
    under_16, first_window, second_window = _uc_windows(children, end)
    in_education = np.isin(children.education, _IN_EDUCATION)
    return children.present & (under_16 | first_window | (second_window & in_education))


def _any_sixteen(children, day) -> bool:
    from ..dates import latest_birth_for_age

    return bool(np.any(children.present & (children.date_of_birth <= latest_birth_for_age(day, 16))))


def uc_education_needed(children, on):
    """Which children's status turns on the education not given: past the
    1 September after their 16th birthday, not yet past the one after their
    19th (nor 20)."""
    from ..dates import period_end

    end = _on_children(period_end(as_day(on)))
    under_16, first_window, second_window = _uc_windows(children, end)
    return children.present & (children.education == _NOT_GIVEN) & ~under_16 & ~first_window & second_window


def _cb_windows(children, day):
    dob = np.where(children.present, children.date_of_birth, day)
    sixteen = _birthday(dob, 16)
    under_16 = day < sixteen
    # Reg 4: to the 31 August next following the 16th birthday, or for a
    # 31 August birthday to the 1 September immediately following.
    sep1 = _first_september_after(sixteen)
    birthday_31_august = (sep1 - sixteen) == np.timedelta64(1, "D")
    last = np.where(birthday_31_august, sep1, sep1 - np.timedelta64(1, "D"))
    left_at_16 = day <= last
    under_20 = day < _birthday(dob, 20)
    return under_16, left_at_16, under_20


def child_benefit_qualifying(children, on):
    """Which children Child Benefit is paid for on ``on`` (a day of the
    benefit week): see the module notes."""
    day = _on_children(as_day(on))
    if not _any_sixteen(children, day):
        return children.present
    under_16, left_at_16, under_20 = _cb_windows(children, day)
    in_education = np.isin(children.education, _IN_EDUCATION)
    return children.present & (under_16 | left_at_16 | (under_20 & in_education))


def child_benefit_education_needed(children, on):
    """Which children's Child Benefit turns on the education not given."""
    day = _on_children(as_day(on))
    under_16, left_at_16, under_20 = _cb_windows(children, day)
    return children.present & (children.education == _NOT_GIVEN) & ~under_16 & ~left_at_16 & under_20
