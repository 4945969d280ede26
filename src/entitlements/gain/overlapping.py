"""The Carer's Allowance a ``carers_allowance`` outcome brings, as it is paid: after the overlapping-benefits adjustment.

Carer's Allowance (SSCBA 1992 s 70, Part III: non-contributory) overlaps with
the carer's own contributory personal benefits paid for the same period:
State Pension, new-style (contributory) ESA and new-style
(contribution-based) JSA. The Social Security (Overlapping Benefits)
Regulations 1979 (SI 1979/597), read in legalize-uk ``uk/uksi-1979-597.md``:

* reg 4(1)(a): an adjustment is made where two or more personal benefits are
  payable under Parts II and III of the Contributions and Benefits Act, Part 1
  of the Welfare Reform Act 2007 (ESA) or the Jobseekers Act for any period;
* reg 4(5)(a): "one of the benefits is a contributory benefit and one is a
  non-contributory benefit, the non-contributory benefit shall be adjusted by
  deducting from it the amount of the contributory benefit and only the
  balance, if any, shall be payable";
* reg 12: carer's allowance "shall be reduced by the amount which is ...
  payable by way of that other benefit ... so however that the amount payable
  by way of ... a carer's allowance and that other benefit shall in no case be
  less than" the unadjusted carer's allowance: the same sum, never below nil;
* reg 14: for part of a week, a seventh of the weekly rate a day;
* reg 16: a person who would be entitled "but for these regulations" is
  treated as entitled for every purpose but payment: the *underlying
  entitlement*, which still gives the Pension Credit carer amount (SI
  2002/1792 Sch I Pt II para 4), the carer premiums of Housing Benefit and
  CTR, and the benefit cap exception (SI 2013/376 reg 83(1)(i)).

The overlap is per person: the carer's own benefits count, a partner's do
not. The deduction is the engine's (:func:`entitlements.benefits.carers_allowance.carers_allowance_payable`,
and :mod:`entitlements.benefits.household_total` for a carer who claims):
the whole of ``state_pension_weekly``, ``new_style_esa_weekly`` and
``new_style_jsa_weekly``, each fixed over the projection while the
Carer's Allowance rate follows its table; a State Pension given for a carer
short of pensionable age overlaps only from the day the age is reached
(:func:`overlapping_weekly_on`, :func:`state_pension_overlap_from`), as it
counts only from then (``entitlements.gain.state_pension``): the line from
that day, Universal Credit in a period that ends on or after it, the
Scottish carer's supplements from that day. Not modelled (as in the engine):
an old State Pension's additional pension and graduated retirement benefit,
which do not overlap (regs 4(2)(f), 12), are not told apart from the basic
pension; give them in ``pension_income_weekly`` to keep them out.

What the outcome's household becomes (:func:`after_fields`,
:func:`with_carers_allowance`): a carer (the UC carer element, reg 30), with
Carer's Allowance paid at the payable amount, which Universal Credit counts
as unearned income (SI 2013/376 reg 66(1)(b)); where the overlap leaves
nil, the carer is marked as claiming it (``claims_carers_allowance``), so
the engine keeps the underlying entitlement and pays nothing. What the
outcome brings in its own right, the Carer's Allowance line of the income
gain, is the payable amount at each date (:func:`less_overlapping` on the
rate in force).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import numpy as np

from ..benefits.carers_allowance import carers_allowance_payable
from ..money import format_pounds

__all__ = ["overlapping_weekly", "after_fields", "with_carers_allowance", "case_overlapping_weekly", "less_overlapping",
           "ca_assumption", "overlapping_weekly_on", "state_pension_overlap_from", "case_state_pension_overlap_from"]


def overlapping_weekly(adult) -> Any:
    """The carer's own benefits that overlap with Carer's Allowance
    [pence/week]: State Pension, new-style ESA and new-style JSA as paid
    (SI 1979/597 regs 4(1)(a), 12). ``adult``: an
    :class:`~entitlements.household.Adult`, or adult columns (an array).

    >>> from entitlements.household import Adult
    >>> overlapping_weekly(Adult(age=70, state_pension_weekly=23025, pension_income_weekly=5000))
    23025
    """
    return adult.state_pension_weekly + adult.new_style_esa_weekly + adult.new_style_jsa_weekly


def overlapping_weekly_on(adult, day: dt.date) -> int:
    """:func:`overlapping_weekly` of one :class:`~entitlements.household.Adult`
    on ``day``: its State Pension only where the adult has reached
    pensionable age by then (a gain's household may be given the pension it
    will have from that age: ``entitlements.gain.state_pension``), as a
    state pension is paid only from that age (Pensions Act 2014 ss 2(1)(a),
    4(1)(a)) and only a benefit payable for the period overlaps (SI 1979/597
    reg 4(1)).

    >>> from entitlements.household import Adult
    >>> a = Adult(date_of_birth=dt.date(1960, 9, 1), state_pension_weekly=5000)   # age reached 1 February 2027
    >>> overlapping_weekly_on(a, dt.date(2027, 1, 31)), overlapping_weekly_on(a, dt.date(2027, 2, 1))
    (0, 5000)
    """
    from ..benefits.disability_ages import attendance_allowance_age_refused

    total = overlapping_weekly(adult)
    if adult.state_pension_weekly and attendance_allowance_age_refused(adult.date_of_birth, adult.age, day):
        total -= adult.state_pension_weekly
    return int(total)


def state_pension_overlap_from(adult) -> dt.date | None:
    """The day from which the carer's State Pension overlaps with Carer's
    Allowance: the day pensionable age is reached, where a date of birth is
    given with a State Pension; None where it overlaps on every day (an
    age alone: the age is the same on every day of the gain, and a State
    Pension given short of it is refused, ``entitlements.gain.state_pension.refusal``)."""
    from ..benefits.pension_age import state_pension_age_date

    if not adult.state_pension_weekly or adult.date_of_birth is None:
        return None
    try:
        return state_pension_age_date(adult.date_of_birth)
    except (ValueError, LookupError):  # a birth outside the schedule: refused by the gain's own checks
        return None


def case_state_pension_overlap_from(before, who) -> tuple[np.ndarray, np.ndarray]:
    """The columnar twin of :func:`state_pension_overlap_from`, for each
    case's carer (``who`` 1 or 2 a row, 0 none): the day number from which
    the State Pension overlaps (``-NEVER`` on every day) and the overlapping
    benefits before that day [pence/week] (new-style ESA and JSA alone)."""
    from ..benefits.pension_age import state_pension_age_date
    from .calendar import NEVER, day_number

    who = np.asarray(who)
    n = who.shape[0]
    start = np.full(n, -NEVER, np.int64)
    before_ov = case_overlapping_weekly(before, who)
    for k, a in ((1, before.adult1), (2, before.adult2)):
        rows = np.flatnonzero((who == k) & (np.broadcast_to(np.asarray(a.state_pension_weekly), (n,)) > 0))
        if not rows.size:
            continue
        dob = np.broadcast_to(np.asarray(a.date_of_birth, "datetime64[D]"), (n,))
        sp = np.broadcast_to(np.asarray(a.state_pension_weekly, np.int64), (n,))
        for i in rows:
            if np.isnat(dob[i]):
                continue
            try:
                start[i] = day_number(state_pension_age_date(dob[i].astype(dt.date)))
            except (ValueError, LookupError):
                continue
            before_ov[i] -= sp[i]
    return start, before_ov


def after_fields(rate_weekly: int, overlapping: int) -> dict[str, Any]:
    """The carer's fields once the outcome applies, for one household: a
    carer paid ``rate_weekly`` less ``overlapping``, never below nil; where
    that leaves nil, claiming (the engine keeps the underlying entitlement).

    >>> after_fields(8330, 5000)
    {'carer': True, 'carers_allowance_weekly': 3330, 'claims_carers_allowance': False}
    >>> after_fields(8330, 23025)
    {'carer': True, 'carers_allowance_weekly': 0, 'claims_carers_allowance': True}
    """
    paid = int(carers_allowance_payable(rate_weekly, overlapping))
    return {"carer": True, "carers_allowance_weekly": paid, "claims_carers_allowance": paid == 0}


def with_carers_allowance(cols, who, rate_weekly, overlapping):
    """The columnar twin of :func:`after_fields`: ``cols`` (benefit unit
    columns) with the adult ``who`` (1 or 2 a row, 0 none) paid
    ``rate_weekly`` (a scalar, or one a row) less ``overlapping`` (one a
    row), or claiming where that leaves nil."""
    if not (np.asarray(who) > 0).any():
        return cols
    paid = np.maximum(np.asarray(rate_weekly, np.int64) - np.asarray(overlapping, np.int64), 0)

    def carer(a, me):
        if not me.any():
            return a
        return attrs.evolve(a, carers_allowance_weekly=np.where(me, paid, a.carers_allowance_weekly).astype(a.carers_allowance_weekly.dtype),
                            claims_carers_allowance=np.where(me, paid == 0, a.claims_carers_allowance).astype(a.claims_carers_allowance.dtype))

    return attrs.evolve(cols, adult1=carer(cols.adult1, who == 1), adult2=carer(cols.adult2, who == 2))


def case_overlapping_weekly(before, who) -> np.ndarray:
    """Each case's overlapping benefits [pence/week]: those of the adult
    ``who`` (1 or 2 a row; 0, no Carer's Allowance outcome: nil) in the
    household before (``before``, benefit unit columns)."""
    who = np.asarray(who)
    n = who.shape[0]
    if not (who > 0).any():
        return np.zeros(n, np.int64)
    one, two = (np.broadcast_to(np.asarray(overlapping_weekly(a), np.int64), (n,)) for a in (before.adult1, before.adult2))
    return np.where(who == 1, one, np.where(who == 2, two, 0))


def less_overlapping(weekly, overlapping):
    """Weekly amounts less ``overlapping``, never below nil where there is
    an overlap (rows without one unchanged) [pence/week]."""
    overlapping = np.asarray(overlapping)
    return np.where(overlapping > 0, np.maximum(weekly - overlapping, 0), weekly)


def ca_assumption(overlapping: int) -> str:
    """What the income gain assumes of Carer's Allowance, in words, with the
    carer's overlapping benefits [pence/week]."""
    held = (f"{format_pounds(overlapping)} a week here" if overlapping else "none here")
    return ("Carer's Allowance is valued as it is paid: the weekly rate in force each day less the carer's own State "
            f"Pension, new-style ESA and JSA ({held}), never below nil (Social Security (Overlapping Benefits) "
            "Regulations 1979, SI 1979/597, regs 4(5)(a), 12; a partner's benefits do not count). Where nothing is "
            "paid the carer keeps the underlying entitlement (reg 16): the Pension Credit carer amount and the carer "
            "premiums still count, and the UC carer element does not depend on it (SI 2013/376 reg 30). What is paid "
            "counts as unearned income in each assessment period at the amount on its first day, x 52 / 12 (reg "
            "66(1)(b), 73).")
