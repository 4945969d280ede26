"""A council tax figure from the bill, used past the financial year it is for.

One job: say where a gain used the council tax figure given from the bill
(``housing.council_tax_band_d``, the Band D for the home's area, or
``housing.council_tax_band_charge``, the charge for its band) for days of a
financial year after the one it is for, as a rate assumption (kind
``"held"``, table :data:`BILL_TABLE`) that the one-household path
(:mod:`entitlements.gain.household`) and the caseload path
(:mod:`entitlements.gain.caseload`) both add, so that both word it alike
(:func:`entitlements.rate_assumptions.describe`, which words a ``bill.``
assumption as a figure given, not a table).

The rule. A billing authority sets its council tax for each financial year,
1 April to 31 March (Local Government Finance Act 1992 ss 30, 32: the
amounts "for the year"), so the bill's figure is for one year. It is taken
to be for the year of the first day it is read: the first day the
pension-age knock-on is worked out (:mod:`entitlements.gain.pension_age`,
the day the outcome takes effect, or the claim's start if later). Where the
days the knock-on counts (the projection's, the arrears' and the day the
weekly gain is measured, up to the last day it needs) run past that year's
31 March, the same figure stands for the later days: held from the next
1 April to the last day counted. It is said whenever the knock-on is worked
out for a household that gives the figure (before the outcome or after it),
as a table is named whenever it is read, not only where the amount moved a
figure.

Nothing else in a gain reads council tax over time: Universal Credit does not
count it, and a Housing Benefit, Council Tax Reduction or council tax outcome
is worked out on the day it takes effect and held, which that outcome's own
assumption says.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from ..rate_assumptions import RateAssumption
from .calendar import NEVER, to_date

__all__ = ["BILL_TABLE", "BILL_TITLE", "held_days", "bill_assumptions"]


#: The name the assumption goes by among the tables (not a rule table: the user's figure).
BILL_TABLE = "bill.council_tax"

#: Its title.
BILL_TITLE = "Council tax from the bill (housing_council_tax_band_d or housing_council_tax_band_charge)"


def _next_april(day) -> np.ndarray:
    """The 1 April after each day number's financial year began [day numbers]."""
    d = np.asarray(day, np.int64).astype("datetime64[D]")
    months = d.astype("datetime64[M]").astype(np.int64)  # months since 1970-01
    year, month = months // 12, months % 12 + 1
    year_end = np.where(month >= 4, year + 1, year)  # the financial year ends on 31 March of this year
    return (year_end * 12 + 3).astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)


def held_days(first, end, gives_bill) -> tuple[np.ndarray, np.ndarray]:
    """Each case's days [first, last] (day numbers) on which the bill's
    figure is held past its year: from the 1 April after ``first`` (the
    first day the knock-on is worked out) to ``end - 1`` (``end``: the day
    after the last it counts), where ``gives_bill``; NEVER and -NEVER where
    none.

    >>> from entitlements.gain.calendar import day_number
    >>> lo, hi = held_days([day_number(dt.date(2026, 2, 1))], [day_number(dt.date(2027, 2, 1))], [True])
    >>> to_date(lo[0]), to_date(hi[0])
    (datetime.date(2026, 4, 1), datetime.date(2027, 1, 31))
    """
    first, end = np.asarray(first, np.int64), np.asarray(end, np.int64)
    lo, hi = _next_april(np.minimum(first, NEVER - 1)), end - 1
    held = np.asarray(gives_bill, bool) & (first < NEVER) & (lo <= hi)
    return np.where(held, lo, NEVER), np.where(held, hi, -NEVER)


def bill_assumptions(lo, hi) -> tuple[RateAssumption, ...]:
    """The assumption for the cases' held days (:func:`held_days`), all
    together: from the first day held to the last; none where none is."""
    lo, hi = np.asarray(lo, np.int64), np.asarray(hi, np.int64)
    some = lo <= hi
    if not some.any():
        return ()
    start, end = to_date(lo[some].min()), to_date(hi[some].max())
    return (RateAssumption("held", BILL_TABLE, BILL_TITLE, start, end, start - dt.timedelta(days=1),
                           "the household's council tax bill"),)
