"""The Scottish carer's supplements a Carer's Allowance outcome brings, case by case (private).

A ``carers_allowance`` outcome for a carer in Scotland (the household's
``nation``) also brings, while the benefit is paid above nil
(:mod:`entitlements.benefits.carer_supplements`):

* **Carer's Allowance Supplement**, a lump sum on each qualifying date the
  award covers (s 81 of the Social Security (Scotland) Act 2018), counted in
  the projection and the arrears on the qualifying date;
* the weekly **Scottish Carer Supplement** from 15 March 2026, counted as
  any weekly benefit over the projection and the arrears (a seventh of the
  weekly amount a day) and, in force when the recurring gain is measured,
  in the weekly gain.

In the **annual gain** the weekly supplement in force when the recurring
gain is measured counts as any weekly benefit (by the convention). Where
that is before 15 March 2026, the year beginning with the first day of
that assessment period (the award's days only) is counted as it will be
paid: the lump sums whose qualifying dates fall in it, and the weekly
supplement from 15 March 2026 to its end, a seventh a day (``*_annual``).
A weekly amount x 52 would count nothing of the weekly supplement there;
that year ends before 15 March 2027, so no rate past the tables is read.

:func:`supplement_figures` works them out for day-number columns, one entry
a case: the one-household path (:func:`entitlements.gain.household.income_gain`,
one case) and the caseload path (:mod:`entitlements.gain._projection`) call
it alike, so their figures agree to the penny. Neither supplement is income
for Universal Credit, so the assessment periods do not change.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..benefits.carer_supplements import (SCS_FROM, scottish_carer_supplement_over, scottish_carer_supplement_weekly,
                                          supplement_payments)
from ..dates import months_later
from ..benefits.carers_allowance import CSP_EVERYWHERE
from ..tables import Tables

__all__ = ["Supplements", "supplement_figures", "CAS_NAME", "SCS_NAME", "CAS_SOURCE", "CSP_FROM", "CSP_SOURCE",
           "CAPP_NOT_COUNTED", "carer_support_payment", "PADP_FROM", "PADP_SOURCE", "pension_age_disability_payment"]

#: From this day a Scottish carer's outcome is named Carer Support Payment (the one day for every path).
CSP_FROM = CSP_EVERYWHERE

#: The Carer Support Payment line's source (its rate is Carer's Allowance's in every row so far).
CSP_SOURCE = ("Carer Support Payment: SSI 2023/302 reg 16(1), the same weekly rate as Carer's Allowance "
              "(scotland.carer_support_payment; rate read in ")

#: From this day a claim by a person of pension age in Scotland is for Pension Age Disability Payment, not
#: Attendance Allowance: the Disability Assistance for Older People (Scotland) Regulations 2024 (SSI 2024/166)
#: limit applications to named council areas during the "initial period for applications", 21 October 2024 to
#: 21 April 2025 (reg 50(2)-(3), Sch Part 2 para 6: phase 1 five areas, phase 2 from 24 March 2025 eighteen), so
#: every area of Scotland from 22 April 2025. The pilot areas are not modelled: before this day the outcome is
#: named Attendance Allowance (docs/known-differences.md).
PADP_FROM = dt.date(2025, 4, 22)

#: The Pension Age Disability Payment line's source: its weekly rates as made (SSI 2024/166 reg 26(1): lower
#: £72.65, higher £108.55) are Attendance Allowance's of 2024-25 (SI 2024/242), so the line reads aa.rates.
PADP_SOURCE = ("Pension Age Disability Payment: SSI 2024/166 reg 26(1), the same weekly rates as Attendance "
               "Allowance (rate read in ")

#: The benefit names of the two lines.
CAS_NAME, SCS_NAME = "carers_allowance_supplement", "scottish_carer_supplement"

#: Where the lump sum comes from (its table's rows are published notices: see the table).
CAS_SOURCE = ("Social Security (Scotland) Act 2018 s 81 (a lump sum for each qualifying date in receipt; "
              "rules/scotland/carers_allowance_supplement.toml, dates and amounts from published notices, unverified)")

#: Said (in words, among the assumptions) wherever the Scottish Carer Supplement is counted: the third component of
#: Carer Support is not, because its made text could not be read (docs/known-differences.md).
CAPP_NOT_COUNTED = ("Carer Additional Person Payment (Scotland, from 15 March 2026: as the Scottish Commission on "
                    "Social Security describes the draft Regulations, £10 a week for each further person cared for "
                    "at least 20 hours a week who gets a qualifying disability benefit) is not counted: the made "
                    "Regulations could not be read. Add it by hand where it is due.")


@attrs.frozen
class Supplements:
    """Each case's supplements [pence] (0 where none): the lump sums over
    the projection, as arrears and due in the annual gain's year (a
    recurring gain measured before 15 March 2026); the weekly supplement in
    force when the outcome is in payment, over the projection, as arrears
    and due in that year from 15 March 2026 (the annual gain adds it to the
    weekly amount by the convention)."""

    cas_projected: np.ndarray
    cas_arrears: np.ndarray
    cas_annual: np.ndarray
    scs_weekly: np.ndarray
    scs_projected: np.ndarray
    scs_arrears: np.ndarray
    scs_annual: np.ndarray

    @property
    def projected(self) -> np.ndarray:
        return self.cas_projected + self.scs_projected

    @property
    def arrears(self) -> np.ndarray:
        return self.cas_arrears + self.scs_arrears

    @property
    def annual(self) -> np.ndarray:
        return self.cas_annual + self.scs_annual

    @classmethod
    def none(cls, n: int) -> Supplements:
        z = np.zeros(n, np.int64)
        return cls(z, z, z, z, z, z, z)


def carer_support_payment(scottish, start):
    """Whether a carer's outcome is Carer Support Payment: in Scotland,
    taking effect on or after :data:`CSP_FROM` (``start`` a date, or day
    numbers)."""
    if isinstance(start, dt.date):
        return bool(scottish) and start >= CSP_FROM
    return np.asarray(scottish, bool) & (np.asarray(start, np.int64) >= (CSP_FROM - dt.date(1970, 1, 1)).days)


def pension_age_disability_payment(scottish, start):
    """Whether an Attendance Allowance outcome is Pension Age Disability
    Payment: in Scotland, taking effect on or after :data:`PADP_FROM`
    (``start`` a date, or day numbers)."""
    if isinstance(start, dt.date):
        return bool(scottish) and start >= PADP_FROM
    return np.asarray(scottish, bool) & (np.asarray(start, np.int64) >= (PADP_FROM - dt.date(1970, 1, 1)).days)


def _dates(day_numbers) -> np.ndarray:
    return np.asarray(day_numbers, np.int64).astype("datetime64[D]")


def supplement_figures(scottish_carer, windows, rep_day, rep_live, stop, overlapping, tables: Tables,
                       overlapping_from=None, overlapping_before=None) -> Supplements:
    """The supplements of each case (day numbers, one a case):
    ``scottish_carer`` a Carer's Allowance outcome in Scotland; ``windows``
    the days ``[a, z)`` of the projection and of the arrears the benefit
    counts over; ``rep_day`` the day the recurring gain is measured
    (``rep_live`` False: none); ``stop`` the day the award ends (a large
    number: never); ``overlapping`` the carer's overlapping benefits
    [pence/week]; ``overlapping_from`` (day numbers, or None: every day) the
    day from which they overlap in full, ``overlapping_before`` before it (a
    State Pension given for a carer short of pensionable age overlaps from
    the day the age is reached: :mod:`entitlements.gain.overlapping`)."""
    scot = np.asarray(scottish_carer, bool)
    n = scot.shape[0]
    if not scot.any():
        return Supplements.none(n)
    rows = np.flatnonzero(scot)
    ov = np.asarray(overlapping, np.int64)[rows]
    cut_at = (np.full(rows.size, np.iinfo(np.int64).min // 4, np.int64) if overlapping_from is None
              else np.asarray(overlapping_from, np.int64)[rows])
    ov0 = ov if overlapping_before is None else np.asarray(overlapping_before, np.int64)[rows]

    def split(fn, a, z):
        """``fn`` over the days ``[a, z)`` (day numbers), cut where the overlap changes."""
        cut = np.clip(cut_at, a, z)
        return (fn(_dates(a), _dates(cut), True, tables=tables, overlapping_weekly=ov0)
                + fn(_dates(cut), _dates(z), True, tables=tables, overlapping_weekly=ov))

    out = {}
    for name, (a, z) in zip(("projected", "arrears"), windows):
        a = np.asarray(a, np.int64)[rows]
        z = np.maximum(np.asarray(z, np.int64)[rows], a)
        out["cas_" + name] = split(supplement_payments, a, z)
        out["scs_" + name] = split(scottish_carer_supplement_over, a, z)
    live = np.asarray(rep_live, bool)[rows] & (np.asarray(rep_day, np.int64)[rows] < (SCS_FROM - dt.date(1970, 1, 1)).days)
    rep = np.asarray(rep_day, np.int64)[rows]
    start = np.maximum(rep, np.asarray(windows[1][0])[rows])  # the award's first day (the arrears window starts there)
    year_end = (months_later(_dates(rep), 12) - np.datetime64("1970-01-01", "D")).astype(np.int64)
    end = np.where(live, np.maximum(np.minimum(year_end, np.asarray(stop, np.int64)[rows]), start), start)  # else no days
    out["cas_annual"] = np.where(live, split(supplement_payments, start, end), 0)
    out["scs_annual"] = np.where(live, split(scottish_carer_supplement_over, start, end), 0)
    out["scs_weekly"] = np.where(np.asarray(rep_live, bool)[rows], scottish_carer_supplement_weekly(
        _dates(rep), True, tables=tables, overlapping_weekly=np.where(rep < cut_at, ov0, ov)), 0)

    def full(k: str) -> np.ndarray:
        a = np.zeros(n, np.int64)
        a[rows] = out[k]
        return a

    return Supplements(*(full(f.name) for f in attrs.fields(Supplements)))
