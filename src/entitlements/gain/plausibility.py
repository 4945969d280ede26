"""Plausible dates: the dates of a case an income gain will value.

One rule, the same on both paths (:func:`entitlements.gain.household.income_gain`
and :func:`entitlements.gain.caseload.caseload_gains`), over day numbers
(:mod:`entitlements.gain.calendar`), a scalar or a caseload's columns
(:func:`refusals`). A date that fails it is refused, naming the field, the
value and what is allowed: on one household an :class:`ImplausibleDate`
(an :class:`~entitlements.errors.InputError`), in a caseload an error row
with the same words (no row is dropped).

With ``as_of`` (the day the work is done: the CLI gives today, a library
call gives nothing and so none of the first three checks is made; the
library never reads the clock):

1. a **confirmed** outcome has been decided, so its decision date is on or
   before ``as_of`` (a decision still to come is a predicted outcome);
2. a **predicted** outcome's decision may be to come, but not more than
   :data:`PREDICTED_DECISION_YEARS` (2) years after ``as_of``: tribunal
   waits are measured in weeks and months (the Ministry of Justice's
   Tribunal Statistics Quarterly, https://www.gov.uk/government/collections/tribunals-statistics:
   half of Social Security and Child Support appeals cleared in 14 to 22
   weeks in 2013-14, e.g. "Tribunal Statistics Quarterly: January to March
   2014"; waits have grown since, the open caseload up 19% in 2023-24, but
   not to years), so a decision further off is a mistake in the date;
3. the first day of the award (``claim_start``) and the date the outcome
   takes effect are not more than the same 2 years after ``as_of`` either.

Always, ``as_of`` or not:

4. ``claim_start``, the effective date and the decision date are not more
   than :data:`RATES_HORIZON_YEARS` (5) years after the last day the rule
   tables give the Universal Credit standard allowance for (the table every
   gain reads; 11 April 2027 in the shipped rules, so up to 11 April 2032),
   whatever the rates policy: a gain past that would rest wholly on rates
   held or assumed for years (``rates_after``, :mod:`entitlements.rates_policy`),
   which is no estimate, and the usual cause is a typing slip (2099 for
   2025). An overlay that extends the table extends the bound.

Not bounded, on purpose: how far an outcome reaches back (decided less
effective: an official error can be put right for any past period, Social
Security and Child Support (Decisions and Appeals) Regulations 1999
(SI 1999/991) reg 6(2)(b) and Universal Credit etc. (Decisions and Appeals)
Regulations 2013 (SI 2013/381) reg 21, so arrears of years are real); an
award's end date (a PIP award may run ten years, and past the projection it
changes no figure); and an outcome that takes effect before the award began
(valued from the award's first assessment period, with a note: SI 2013/376
reg 21).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from ..dates import LATEST_DATE, add_months, check_not_too_late
from ..errors import InputError
from ..rule_table import POLICY_STATUSES
from ..tables import Tables
from .calendar import day_number, to_date

__all__ = ["PREDICTED_DECISION_YEARS", "RATES_HORIZON_YEARS", "RATES_TABLE", "ImplausibleDate", "check_as_of",
           "rates_known_until", "Bounds", "bounds", "refusals", "refusal_text", "check_scenario", "blank_decision", "COLUMNS", "refuse_cases"]


#: How far after ``as_of`` a predicted decision (or a claim's start, or an
#: outcome's effective date) may be [years].
PREDICTED_DECISION_YEARS = 2

#: How far past the last day the rule tables give a rate for a case's dates
#: may be, under any rates policy [years].
RATES_HORIZON_YEARS = 5

#: The table whose last day known sets that bound: one every gain reads.
RATES_TABLE = "uc.standard_allowance"

#: The day number of "no bound" (beyond every date a case may have).
_NONE = day_number(LATEST_DATE) + 1


class ImplausibleDate(InputError):
    """A date of a case the plausibility rules refuse (see the module)."""


def check_as_of(as_of: Any) -> None:
    """``as_of``: None, or a date (not a datetime)."""
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        raise InputError("as_of", as_of, "a date (datetime.date: the day the work is done), or None for no check")
    if as_of is not None:
        check_not_too_late(as_of, "as_of")


def rates_known_until(tables: Tables) -> dt.date:
    """The last day the rule tables give the standard allowance for (rows
    from a text: a rates policy's held or uprated rows do not count)."""
    t = tables.table(RATES_TABLE)
    added = [r.start for r in t.rows if r.status in POLICY_STATUSES]
    return min(added) - dt.timedelta(days=1) if added else t.until


class Bounds:
    """The latest day numbers allowed: ``decided_confirmed``, ``to_come``
    (a predicted decision, a claim's start, an effective date: ``as_of`` + 2
    years) and ``rates`` (5 years past the tables), with the dates for the
    message."""

    def __init__(self, as_of, known_until) -> None:  # (a date or None, a date)
        check_as_of(as_of)
        self.as_of = as_of
        self.known_until = known_until
        self.to_come_date = add_months(as_of, 12 * PREDICTED_DECISION_YEARS) if as_of is not None else None
        self.rates_date = add_months(known_until, 12 * RATES_HORIZON_YEARS)
        self.decided_confirmed = day_number(as_of) if as_of is not None else _NONE
        self.to_come = day_number(self.to_come_date) if as_of is not None else _NONE
        self.rates = day_number(self.rates_date)


def bounds(as_of: dt.date | None, tables: Tables) -> Bounds:
    """The bounds for ``as_of`` and the rule ``tables`` (before any rates policy)."""
    return Bounds(as_of, rates_known_until(tables))


#: What each refusal code names: (field, which bound). Code 0: none. In the order checked: the first that fails is given.
_CODES = ((None, None), ("decided", "confirmed"), ("decided", "to_come"), ("effective", "to_come"),
          ("claim_start", "to_come"), ("decided", "rates"), ("effective", "rates"), ("claim_start", "rates"))


def refusals(claim_start, effective, decided, confirmed, b: Bounds) -> np.ndarray:
    """Each case's refusal code (0: plausible; else an index into the
    checks, the first that fails), over day numbers: a scalar or columns."""
    dates = {"claim_start": np.asarray(claim_start, np.int64), "effective": np.asarray(effective, np.int64),
             "decided": np.asarray(decided, np.int64)}
    confirmed = np.asarray(confirmed, bool)
    limit = {"confirmed": b.decided_confirmed, "to_come": b.to_come, "rates": b.rates}
    code = np.zeros(np.broadcast(*dates.values(), confirmed).shape, np.int8)
    for k in range(len(_CODES) - 1, 0, -1):  # the last written is the first that fails
        field, bound = _CODES[k]
        fails = dates[field] > limit[bound]
        if bound == "confirmed":
            fails = fails & confirmed
        code = np.where(fails, np.int8(k), code)
    return code


_WHAT = {"claim_start": "the first day of the award", "effective": "the date the outcome takes effect",
         "decided": "the decision date"}


def refusal_text(code: int, b: Bounds) -> tuple[str, str]:
    """The field a refusal names (as :class:`~entitlements.gain.outcomes.Outcome`
    and :class:`~entitlements.gain.outcomes.Scenario` name it) and what is allowed."""
    field, bound = _CODES[code]
    if bound == "confirmed":
        return field, (f"a decision date on or before {b.as_of.isoformat()} (as_of, the day the work is done) for a "
                       "confirmed outcome, which has been decided: if the decision is still to come, the outcome is "
                       "predicted (confirmed: no)")
    if bound == "to_come":
        return field, (f"{_WHAT[field]} no more than {PREDICTED_DECISION_YEARS} years after as_of "
                       f"{b.as_of.isoformat()}, i.e. on or before {b.to_come_date.isoformat()} (tribunal waits are "
                       "measured in months: a later date is taken for a mistake)")
    return field, (f"{_WHAT[field]} no more than {RATES_HORIZON_YEARS} years after {b.known_until.isoformat()}, the last "
                   f"day the rule tables give rates for ({RATES_TABLE}), i.e. on or before {b.rates_date.isoformat()}, "
                   "whatever the rates policy: a gain further off would rest wholly on rates held or assumed")


def check_scenario(scenario, b: Bounds) -> None:
    """Refuse a scenario with an implausible date (:class:`ImplausibleDate`,
    naming ``decided``, ``effective`` or ``claim_start``; with several
    outcomes, ``outcomes[N].decided``), the first found. A decision date
    not given is the effective date, and a refusal of it names ``effective``
    (:func:`blank_decision`)."""
    F = day_number(scenario.claim_start)
    several = len(scenario.outcomes) > 1
    for i, o in enumerate(scenario.outcomes, start=1):
        code = int(refusals(F, day_number(o.effective), day_number(o.decision_date), o.confirmed, b))
        if code:
            field, expected = refusal_text(code, b)
            if field == "decided" and o.decided is None:
                field, expected = blank_decision(expected)
            value = {"claim_start": scenario.claim_start, "effective": o.effective, "decided": o.decision_date}[field]
            name = field if field == "claim_start" or not several else f"outcomes[{i}].{field}"
            raise ImplausibleDate(name, value.isoformat(), expected)


def blank_decision(expected: str) -> tuple[str, str]:
    """A refused decision date that was not given (blank): the field its
    value came from (``effective``) and ``expected`` saying so, the same
    words on both paths."""
    return "effective", (f"{expected}; no decision date was given (blank), so the outcome is taken as decided on the "
                         "date it takes effect")


#: A caseload's columns for each field a refusal names.
COLUMNS = {"claim_start": "claim_start", "effective": "outcome_date", "decided": "decision_date"}


def refuse_cases(cases, b: Bounds):
    """``cases`` (:class:`~entitlements.gain.cases.Cases`) with each valid
    case whose dates are implausible made an error row: its reason the
    words one household's error gives, naming the caseload's column (a
    blank ``decision_date`` refused names ``outcome_date``, its value)."""
    import attrs

    code = refusals(cases.claim_start, cases.effective, cases.decided, cases.confirmed, b)
    bad = np.flatnonzero(cases.valid & (code > 0))
    if not bad.size:
        return cases
    valid, reasons = np.array(cases.valid, copy=True), np.array(cases.reasons, copy=True)
    days = {"claim_start": cases.claim_start, "effective": cases.effective, "decided": cases.decided}
    blank = cases.decided_blank if cases.decided_blank is not None else np.zeros(len(cases), bool)
    for i in bad:
        field, expected = refusal_text(int(code[i]), b)
        if field == "decided" and blank[i]:
            field, expected = blank_decision(expected)
        valid[i] = False
        reasons[i] = str(ImplausibleDate(COLUMNS[field], to_date(days[field][i]).isoformat(), expected))
    return attrs.evolve(cases, valid=valid, reasons=reasons)
