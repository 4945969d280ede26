"""How far back a new claim can be paid (backdating), benefit by benefit
[months or weeks, and the earliest date].

Each benefit has a table ``rules/backdating/<benefit>.toml`` with two values
in force on the date of claim: ``automatic``, the backdating given without any
reason (the claim is in time if made within that period), and
``with_reason``, the most given where the claimant shows the benefit's reason
(``BENEFITS[benefit].reason``):

- ``listed_circumstances``: one of the circumstances the regulation lists
  applied and, because of it, the claimant could not reasonably have claimed
  earlier (Universal Credit: SI 2013/380 reg 26(2)-(3), one month; new style
  JSA: reg 29(2)-(5), three months or one month);
- ``good_cause``: continuous good cause for not claiming (working-age Housing
  Benefit: SI 2006/213 reg 83(12A), one month);
- ``none``: no reason extends it (Pension Credit, Carer's Allowance, Child
  Benefit: three months beginning with a day of entitlement, SI 1987/1968
  reg 19(2)-(3); new style ESA: three months, SI 2013/380 reg 28; PIP: none,
  reg 27; Attendance Allowance and DLA: none, SSCBA 1992 ss 65(4), 76(1);
  pension-age Housing Benefit and pensioners' Council Tax Reduction in England:
  three months, SI 2012/2885 Sch 8 para 6);
- ``applicant_choice``: Carer Support Payment (Scotland) starts on a date the
  applicant chooses up to 13 weeks before the application (SSI 2023/302
  reg 18(2)(b)).

Not encoded (no table; asking for them is an error that says why): working-age
Council Tax Reduction in England (each council's own scheme), Council Tax
Reduction in Wales and Scotland, Adult and Child Disability Payment, Scottish
Child Payment and the Best Start payments (their provisions were not read),
and the rules that reach further back than these (a claim following an award
of a qualifying benefit to someone else, official error, late appeals).

The date of claim is the ``on`` date. Functions are numeric: one benefit per
call (a name), and a scalar or an array of claim dates.
"""

from __future__ import annotations

import attrs
import numpy as np

from ..dates import months_later
from ..errors import InputError
from ..tables import Tables
from ._numeric import days as _days
from ._numeric import flag, is_array, out_int, table_on

__all__ = ["Backdating", "BENEFITS", "backdating_limit", "earliest_backdated_date"]


@attrs.frozen
class Backdating:
    """How one benefit's backdating is read: its table, the reason that
    extends it, and whether the period is counted back from the claim
    ("extension": the claim is treated as made up to N months/weeks earlier)
    or forward from the first day of entitlement ("beginning_with": a claim
    within N months beginning with that day is in time, so that day can be
    one day later than N months before the claim)."""

    table: str
    reason: str
    counted: str
    law: str


BENEFITS: dict[str, Backdating] = {
    "universal_credit": Backdating("backdating.universal_credit", "listed_circumstances", "extension",
                                   "SI 2013/380 reg 26"),
    "personal_independence_payment": Backdating("backdating.personal_independence_payment", "none", "extension",
                                                "SI 2013/380 reg 27"),
    "employment_and_support_allowance": Backdating("backdating.employment_and_support_allowance", "none", "extension",
                                                   "SI 2013/380 reg 28"),
    "jobseekers_allowance": Backdating("backdating.jobseekers_allowance", "listed_circumstances", "extension",
                                       "SI 2013/380 reg 29"),
    "pension_credit": Backdating("backdating.pension_credit", "none", "beginning_with", "SI 1987/1968 reg 19(2), (3)(i)"),
    "carers_allowance": Backdating("backdating.carers_allowance", "none", "beginning_with",
                                   "SI 1987/1968 reg 19(2), (3)(d)"),
    "child_benefit": Backdating("backdating.child_benefit", "none", "beginning_with", "SI 1987/1968 reg 19(2), (3)(a)"),
    "guardians_allowance": Backdating("backdating.child_benefit", "none", "beginning_with",
                                      "SI 1987/1968 reg 19(2), (3)(b)"),
    "attendance_allowance": Backdating("backdating.attendance_allowance", "none", "extension",
                                       "SSCBA 1992 s 65(4)"),
    "disability_living_allowance": Backdating("backdating.attendance_allowance", "none", "extension",
                                              "SSCBA 1992 s 76(1)"),
    "housing_benefit_working_age": Backdating("backdating.housing_benefit_working_age", "good_cause", "extension",
                                              "SI 2006/213 reg 83(12A)"),
    "housing_benefit_pension_age": Backdating("backdating.housing_benefit_pension_age", "none", "extension",
                                              "SI 2006/214 reg 64(1)"),
    "council_tax_reduction_england_pension_age": Backdating(
        "backdating.council_tax_reduction_england_pension_age", "none", "extension", "SI 2012/2885 Sch 8 para 6"),
    "carer_support_payment": Backdating("backdating.carer_support_payment", "applicant_choice", "extension",
                                        "SSI 2023/302 reg 18(2)(b)"),
}

_NOT_ENCODED = {
    "council_tax_reduction_england_working_age": "each council's own scheme sets it: ask the council",
    "council_tax_reduction_wales": "not encoded (the Welsh schemes were not read)",
    "council_tax_reduction_scotland": "not encoded (SSI 2012/303 and 2012/319 were not read)",
    "adult_disability_payment": "not encoded (SSI 2022/54 was not read)",
    "child_disability_payment": "not encoded (SSI 2021/174 was not read)",
    "scottish_child_payment": "not encoded (SSI 2020/351's start-of-entitlement rules were not read)",
}


def _benefit(benefit: str) -> Backdating:
    if benefit in BENEFITS:
        return BENEFITS[benefit]
    why = _NOT_ENCODED.get(benefit)
    if why:
        raise InputError("benefit", benefit, f"a benefit whose backdating is encoded: {benefit} is {why}")
    raise InputError("benefit", benefit, "one of " + ", ".join(sorted(BENEFITS)))


def backdating_limit(benefit: str, reason_shown=False, *, on, tables: Tables):
    """The most a new claim for ``benefit`` made on ``on`` can be backdated:
    ``(amount, unit)``, the unit ``"months"`` or ``"weeks"`` (the table's).

    ``reason_shown``: the claimant shows the benefit's reason
    (``BENEFITS[benefit].reason``); it changes nothing where the reason is
    ``none`` or ``applicant_choice``.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> t = Tables.load()
    >>> backdating_limit("universal_credit", on=dt.date(2026, 6, 1), tables=t)
    (0, 'months')
    >>> backdating_limit("universal_credit", True, on=dt.date(2026, 6, 1), tables=t)
    (1, 'months')
    >>> backdating_limit("pension_credit", on=dt.date(2026, 6, 1), tables=t)
    (3, 'months')
    """
    b = _benefit(benefit)
    scalar = not is_array(reason_shown, on)
    shown = flag("reason_shown", reason_shown)
    values = tables.at(b.table, table_on(on))
    amount = np.where(shown, np.maximum(values["with_reason"], values["automatic"]), values["automatic"])
    return out_int(amount, scalar), tables.table(b.table).unit


def earliest_backdated_date(benefit: str, reason_shown=False, *, on, tables: Tables):
    """The earliest day from which a claim for ``benefit`` made on ``on`` can
    be paid (a ``datetime.date``, or a ``datetime64[D]`` array for an array of
    claim dates). Arrears run from this day to the day before the claim.

    Months are calendar months back from the claim day (the last day of a
    shorter month where the day does not exist). Where the law counts
    "N months beginning with" the first day of entitlement (SI 1987/1968
    reg 19(2)), the earliest such day is the day after the date N months
    before the claim: a claim on 15 May 2026 reaches back to 16 February
    2026. Weeks are 7 days each.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> t = Tables.load()
    >>> earliest_backdated_date("pension_credit", on=dt.date(2026, 5, 15), tables=t)
    datetime.date(2026, 2, 16)
    >>> earliest_backdated_date("universal_credit", True, on=dt.date(2026, 5, 15), tables=t)
    datetime.date(2026, 4, 15)
    """
    b = _benefit(benefit)
    scalar = not is_array(reason_shown, on)
    amount, unit = backdating_limit(benefit, reason_shown, on=on, tables=tables)
    claim = _days(on)
    n = np.asarray(amount, dtype=np.int64)
    if unit == "weeks":
        earliest = claim - (7 * n).astype("timedelta64[D]")
    else:
        earliest = _months_back(claim, n)
    if b.counted == "beginning_with":
        earliest = np.where(n > 0, earliest + np.timedelta64(1, "D"), earliest)
    earliest = np.asarray(earliest, dtype="datetime64[D]")
    return earliest.item() if scalar and earliest.ndim == 0 else earliest


def _months_back(claim, n):
    """``claim`` (datetime64[D]) moved back ``n`` calendar months (``n`` a
    scalar or one per row)."""
    if claim.ndim == 0 and n.ndim == 0:
        return months_later(claim[()], -int(n))
    claim, n = np.broadcast_arrays(claim, n)
    return months_later(claim, -n)
