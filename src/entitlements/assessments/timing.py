"""When the LCWRA element starts: the relevant period of UC Regs 2013 reg 28.

Legal basis (Universal Credit Regulations 2013, SI 2013/376, reg 28, current
text read on legislation.gov.uk):

* (1) the award does not include the LCWRA element until the beginning of the
  assessment period that follows the assessment period in which the relevant
  period ends;
* (2) the relevant period is three months beginning with (a) where the earnings
  bar of reg 41(2) applies, the date the award commences or, if later, the date
  the claimant applies for the element; (b) otherwise the first day on which
  the claimant gives evidence of limited capability for work under the Medical
  Evidence Regulations (a fit note);
* (3)-(4) after a previous award that ended because the claimant became or
  stopped being a member of a couple, or (within six months) because the
  financial condition was not met: (a) if it included the element there is no
  relevant period; (b) if its relevant period had begun but not ended, it ends
  when it would have ended;
* (5) no relevant period for a claimant who is terminally ill, or who is (or was
  on the day before the award) entitled to ESA with the support component.

Interpretations, written down because the regulation does not spell them out:

* "Three months beginning with" a day ends the day before the same day of the
  third month after; where that month has no such day (three months beginning
  with 31 January), it ends on the last day of that month (30 April), as for
  the corresponding-date rule of *Dodds v Walker* [1981] 1 WLR 1027. See
  :func:`relevant_period_end`.
* Assessment periods follow reg 21 (:mod:`entitlements.dates`): a claim whose
  first day is the 31st has periods beginning on the last day of shorter months.
* Where there is no relevant period the element is included from the
  assessment period in which the qualifying circumstance begins
  (``condition_from``, the first day of entitlement by default): a change of
  circumstances takes effect from the first day of the assessment period in
  which it occurs (UC, PIP, JSA and ESA (Decisions and Appeals) Regs 2013,
  SI 2013/381, Sch 1 para 20; not re-read for this module).
* A relevant period that ended before the award began no longer holds the
  element back: it is included from the first assessment period.

Results give dates, not amounts.

>>> import datetime as dt
>>> s = lcwra_element_start(dt.date(2026, 3, 10), evidence_given_on=dt.date(2026, 4, 10))
>>> s.included_from, s.relevant_period_end
(datetime.date(2026, 7, 10), datetime.date(2026, 7, 9))
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..dates import add_months, assessment_period_start
from ..errors import InputError

__all__ = ["ElementStart", "lcwra_element_start", "relevant_period_end", "assessment_period_containing"]

_ONE_DAY = dt.timedelta(days=1)
_REG28 = "UC Regs 2013 (SI 2013/376) reg 28"


def relevant_period_end(start: dt.date) -> dt.date:
    """The last day of the period of three months beginning with ``start``
    (UC Regs 2013 reg 28(2)).

    >>> relevant_period_end(dt.date(2026, 1, 15)), relevant_period_end(dt.date(2026, 1, 31))
    (datetime.date(2026, 4, 14), datetime.date(2026, 4, 30))
    """
    _date(start, "start")
    corresponding = add_months(start, 3)
    if corresponding.day != start.day:  # no such day that month: the period runs to its end
        return corresponding
    return corresponding - _ONE_DAY


def assessment_period_containing(first_day_of_entitlement: dt.date, day: dt.date) -> int:
    """The number (0 for the first) of the assessment period that includes ``day``."""
    _date(first_day_of_entitlement, "first_day_of_entitlement")
    _date(day, "day")
    if day < first_day_of_entitlement:
        raise InputError("day", day.isoformat(),
                         f"a date on or after the first day of entitlement ({first_day_of_entitlement.isoformat()})")
    n = (day.year - first_day_of_entitlement.year) * 12 + day.month - first_day_of_entitlement.month
    n = max(n, 0)
    while n > 0 and assessment_period_start(first_day_of_entitlement, n) > day:
        n -= 1
    while assessment_period_start(first_day_of_entitlement, n + 1) <= day:
        n += 1
    return n


@attrs.frozen
class ElementStart:
    """The first assessment period whose award includes the LCWRA element."""

    assessment_period: int  # 0 for the first assessment period of the award
    included_from: dt.date  # first day of that assessment period
    assessment_period_end: dt.date  # its last day
    relevant_period_start: dt.date | None  # None where there is none, or it is carried over
    relevant_period_end: dt.date | None  # None where there is no relevant period
    relevant_period_ends_in: tuple[dt.date, dt.date] | None  # the assessment period it ends in
    reason: str
    reference: str

    def explain(self) -> str:
        lines = [f"LCWRA element included from the assessment period {self.included_from.isoformat()} "
                 f"to {self.assessment_period_end.isoformat()} (period {self.assessment_period + 1} of the award)"]
        if self.relevant_period_end is not None:
            start = self.relevant_period_start.isoformat() if self.relevant_period_start else "(carried over)"
            lines.append(f"  Relevant period {start} to {self.relevant_period_end.isoformat()}")
            if self.relevant_period_ends_in is not None:
                a, b = self.relevant_period_ends_in
                lines.append(f"  It ends in the assessment period {a.isoformat()} to {b.isoformat()}")
        lines.append(f"  {self.reason} [{self.reference}]")
        return "\n".join(lines)


def lcwra_element_start(
    first_day_of_entitlement: dt.date,
    *,
    evidence_given_on: dt.date | None = None,
    terminally_ill: bool = False,
    esa_support_component: bool = False,
    previous_award_included_element: bool = False,
    previous_relevant_period_ends_on: dt.date | None = None,
    earnings_at_or_above_threshold: bool = False,
    element_applied_for_on: dt.date | None = None,
    condition_from: dt.date | None = None,
) -> ElementStart:
    """The first assessment period that includes the LCWRA element (reg 28).

    ``first_day_of_entitlement``: the award's first day, which fixes the
    assessment periods (reg 21). ``evidence_given_on``: the first day the
    claimant gave medical evidence (reg 28(2)(b)). The flags name the cases with
    no relevant period (reg 28(3)(a), (5)); ``condition_from`` is the day such a
    case began (default: the first day of entitlement).
    ``previous_relevant_period_ends_on``: the end of a linked previous award's
    unfinished relevant period (reg 28(3)(b)). ``earnings_at_or_above_threshold``
    with ``element_applied_for_on``: the reg 28(2)(a) start.
    """
    f = _date(first_day_of_entitlement, "first_day_of_entitlement")
    for name, value in (("evidence_given_on", evidence_given_on),
                        ("previous_relevant_period_ends_on", previous_relevant_period_ends_on),
                        ("element_applied_for_on", element_applied_for_on),
                        ("condition_from", condition_from)):
        if value is not None:
            _date(value, name)

    no_period = [reason for flag, reason in (
        (terminally_ill, ("the claimant is terminally ill", "reg 28(5)(a)")),
        (esa_support_component, ("the claimant is, or was the day before the award, entitled to ESA with the "
                                 "support component", "reg 28(5)(b)")),
        (previous_award_included_element, ("a linked previous award included the element", "reg 28(3)(a), (4)")),
    ) if flag]
    if no_period:
        start = max(condition_from or f, f)
        n = assessment_period_containing(f, start)
        what, para = no_period[0]
        return _result(f, n, None, None, None,
                       f"No relevant period: {what}; included from the assessment period in which that applies",
                       f"{_REG28}{para[6:]}")

    if previous_relevant_period_ends_on is not None:
        rp_start, rp_end = None, previous_relevant_period_ends_on
        why, para = "the relevant period carried over from a linked previous award ends", "(3)(b), (4)"
    elif earnings_at_or_above_threshold:
        rp_start = max(f, element_applied_for_on or f)
        rp_end = relevant_period_end(rp_start)
        why, para = ("the relevant period (earnings at or above the reg 41(2) threshold: three months from "
                     "the later of the award's start and the application for the element) ends"), "(1), (2)(a)"
    elif evidence_given_on is not None:
        rp_start, rp_end = evidence_given_on, relevant_period_end(evidence_given_on)
        why, para = "the relevant period (three months beginning with the first medical evidence) ends", "(1), (2)(b)"
    else:
        raise InputError("evidence_given_on", None,
                         "the date medical evidence was first given, or one of the cases with no relevant "
                         "period (terminally_ill, esa_support_component, previous_award_included_element)")

    if rp_end < f:
        return _result(f, 0, rp_start, rp_end, None,
                       "The relevant period ended before the award began, so the element is included from "
                       "the first assessment period", f"{_REG28}{para}")
    n = assessment_period_containing(f, rp_end)
    ends_in = (assessment_period_start(f, n), assessment_period_start(f, n + 1) - _ONE_DAY)
    return _result(f, n + 1, rp_start, rp_end, ends_in,
                   f"Included from the assessment period after the one in which {why}", f"{_REG28}{para}")


def _result(f, n, rp_start, rp_end, ends_in, reason, reference) -> ElementStart:
    start = assessment_period_start(f, n)
    end = assessment_period_start(f, n + 1) - _ONE_DAY
    return ElementStart(assessment_period=n, included_from=start, assessment_period_end=end,
                        relevant_period_start=rp_start, relevant_period_end=rp_end,
                        relevant_period_ends_in=ends_in, reason=reason, reference=reference)


def _date(value, name: str) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InputError(name, value, "a datetime.date")
    return value
