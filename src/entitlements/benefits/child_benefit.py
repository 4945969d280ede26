"""Child Benefit and the High Income Child Benefit Charge.

Child Benefit [pence/week]: SSCBA 1992 s 145; Child Benefit (Rates)
Regulations 2006 (SI 2006/965) reg 2(1): the enhanced rate for the only,
elder or eldest child or qualifying young person (``eldest_or_only_child``),
the other rate for each other (``each_other_child``). Reg 2(2)-(6) allow one
enhanced rate where two people living together each claim; pass
``enhanced=False`` for a claimant whose household's enhanced rate is paid to
someone else. The rates change from the first Monday of the tax year; a
Child Benefit week begins on a Monday (SSCBA 1992 s 147(1); not read here:
the rate rows start on Mondays).

High Income Child Benefit Charge (HICBC): Income Tax (Earnings and Pensions)
Act 2003 (ITEPA) Pt 10 Ch 8, read on legislation.gov.uk:

- s 681B(1): a person is liable for a tax year if their adjusted net income
  (ANI) for the year *exceeds* L (£50,000; £60,000 from 2024-25) and they (or
  a partner with a lower ANI, throughout the week) are entitled to Child
  Benefit "for a week in the tax year";
- s 681C(1)-(2): the charge is the appropriate percentage of the Child
  Benefit for those weeks: 100%, or if less (ANI - L) / X per cent
  (X £100; £200 from 2024-25, Finance (No. 2) Act 2024 s 5);
- s 681C(3): a percentage that is not a whole number is rounded *down*; the
  total Child Benefit and the charge are each rounded *down* to whole
  pounds.

So from 2024-25 the charge is 0% at £60,199 of ANI or less, 1% from £60,200,
50% at £70,000 and 100% from £80,000.

Which weeks count. "A week in the tax year": this module takes the Child
Benefit weeks that *begin* (on a Monday) in the tax year, 52 or 53 of them,
and the rate in force in each. The text does not say how a week straddling
5/6 April is split; where the amount actually received for the year is
known, pass it to :func:`high_income_child_benefit_charge` instead.

Child Benefit is not UC income (SI 2013/376 reg 66) but counts towards the
benefit cap (see :mod:`.benefit_cap`).
"""

from __future__ import annotations

import attrs
import numpy as np

from ..tables import Tables
from ._numeric import days as _days
from ._numeric import flag, is_array, out_int, pence, table_on, whole

__all__ = [
    "ChildBenefitYear",
    "child_benefit_weekly",
    "tax_year_start",
    "child_benefit_for_tax_year",
    "hicbc_percentage",
    "high_income_child_benefit_charge",
    "child_benefit_and_charge",
]


def child_benefit_weekly(children, *, on, tables: Tables, enhanced=True):
    """Weekly Child Benefit [pence/week] for ``children`` children or
    qualifying young persons: the enhanced rate for the eldest (if
    ``enhanced``) and the other rate for each other (SI 2006/965 reg 2(1)).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> child_benefit_weekly(3, on=dt.date(2025, 6, 2), tables=Tables.load())  # 26.05 + 2 x 17.25
    6055
    """
    scalar = not is_array(children, on, enhanced)
    n = whole("children", children, 0, 30, "a number of children")
    e = flag("enhanced", enhanced)
    r = tables.at("child_benefit.rates", table_on(on))
    eldest = np.where(e, r["eldest_or_only_child"], r["each_other_child"])
    weekly = np.where(n > 0, eldest + (n - 1) * r["each_other_child"], 0)
    return out_int(weekly, scalar)


def _april_6(year):
    """6 April of ``year`` (datetime64[Y]) as datetime64[D]."""
    return (year.astype("datetime64[M]") + 3).astype("datetime64[D]") + np.timedelta64(5, "D")


def tax_year_start(tax_year):
    """The 6 April on which the tax year containing ``tax_year`` (a date, or
    a ``datetime64[D]`` array) begins, as ``datetime64[D]``.

    >>> import datetime as dt
    >>> str(tax_year_start(dt.date(2026, 4, 5))), str(tax_year_start(dt.date(2026, 4, 6)))
    ('2025-04-06', '2026-04-06')
    """
    d = _days(tax_year, "tax_year")
    year = d.astype("datetime64[Y]")
    this = _april_6(year)
    return np.where(d >= this, this, _april_6(year - 1))


def child_benefit_for_tax_year(children, *, tax_year, tables: Tables, enhanced=True):
    """Child Benefit for the weeks beginning in a tax year [pence/year]:
    the weekly amount in force for each Monday from 6 April to 5 April,
    the same children throughout.

    ``tax_year``: any day in the tax year (a date or ``datetime64[D]`` array).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> child_benefit_for_tax_year(1, tax_year=dt.date(2025, 12, 1), tables=Tables.load())  # 52 x 26.05
    135460
    """
    scalar = not is_array(children, tax_year, enhanced)
    n = whole("children", children, 0, 30, "a number of children")
    e = flag("enhanced", enhanced)
    start = tax_year_start(tax_year)
    end = _april_6(start.astype("datetime64[Y]") + 1)  # the next tax year's first day
    # The first Monday on or after 6 April (1970-01-05 was a Monday).
    dow = (start - np.datetime64("1970-01-05")).astype(np.int64) % 7
    first_monday = start + ((7 - dow) % 7).astype("timedelta64[D]")
    n, e, first_monday, end = np.broadcast_arrays(n, e, first_monday, end)
    total = np.zeros(n.shape, dtype=np.int64)
    for k in range(53):
        week = first_monday + np.timedelta64(7 * k, "D")
        inside = week < end
        if not inside.any():
            break
        week_on = np.where(inside, week, first_monday)
        weekly = child_benefit_weekly(n, on=week_on if week_on.ndim else week_on.item(), tables=tables, enhanced=e)
        total = total + np.where(inside, weekly, 0)
    return out_int(total, scalar)


def hicbc_percentage(adjusted_net_income, *, tax_year, tables: Tables):
    """The appropriate percentage of ITEPA 2003 s 681C(2), a whole number
    from 0 to 100: (ANI - L) / X rounded down (s 681C(3)(b)), nil unless ANI
    exceeds L (s 681B(1)(a)). ``adjusted_net_income`` in pence for the year.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> hicbc_percentage(7_000_000, tax_year=dt.date(2025, 4, 6), tables=Tables.load())
    50
    """
    scalar = not is_array(adjusted_net_income, tax_year)
    ani = pence("adjusted_net_income", adjusted_net_income)
    start = tax_year_start(tax_year)
    h = tables.at("child_benefit.hicbc", start.item() if start.ndim == 0 else start)
    threshold, step = h["adjusted_net_income_threshold"], h["income_per_one_percent"]
    pct = np.clip((ani - threshold) // step, 0, 100)
    return out_int(np.where(ani > threshold, pct, 0), scalar)


def high_income_child_benefit_charge(adjusted_net_income, child_benefit_annual, *, tax_year, tables: Tables):
    """The High Income Child Benefit Charge for a tax year [pence, a whole
    number of pounds]: the appropriate percentage of the year's Child Benefit,
    the Child Benefit and the charge each rounded down to whole pounds
    (ITEPA 2003 s 681C).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> high_income_child_benefit_charge(7_000_000, 135460, tax_year=dt.date(2025, 4, 6), tables=Tables.load())
    67700
    """
    scalar = not is_array(adjusted_net_income, child_benefit_annual, tax_year)
    cb = pence("child_benefit_annual", child_benefit_annual)
    pct = hicbc_percentage(adjusted_net_income, tax_year=tax_year, tables=tables)
    cb_pounds = cb // 100
    return out_int((pct * cb_pounds // 100) * 100, scalar)


@attrs.frozen
class ChildBenefitYear:
    """Child Benefit and the charge for one tax year (pence; scalars or arrays)."""

    child_benefit: object  # for the weeks beginning in the tax year
    percentage: object  # the appropriate percentage, 0-100
    charge: object  # whole pounds
    net: object  # child_benefit - charge


def child_benefit_and_charge(children, adjusted_net_income, *, tax_year, tables: Tables, enhanced=True,
                             child_benefit_annual=None) -> ChildBenefitYear:
    """Child Benefit for a tax year, the HICBC on it for a person with the
    given adjusted net income (the partner with the higher ANI is the one
    liable, s 681B(3)-(4)), and the Child Benefit net of the charge.

    ``child_benefit_annual`` overrides the amount worked out from
    ``children`` (e.g. the amount actually received).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> child_benefit_and_charge(1, 7_000_000, tax_year=dt.date(2025, 10, 1), tables=Tables.load())
    ChildBenefitYear(child_benefit=135460, percentage=50, charge=67700, net=67760)
    """
    scalar = not is_array(children, adjusted_net_income, tax_year, enhanced, child_benefit_annual)
    cb = (child_benefit_for_tax_year(children, tax_year=tax_year, tables=tables, enhanced=enhanced)
          if child_benefit_annual is None else pence("child_benefit_annual", child_benefit_annual))
    pct = hicbc_percentage(adjusted_net_income, tax_year=tax_year, tables=tables)
    charge = high_income_child_benefit_charge(adjusted_net_income, cb, tax_year=tax_year, tables=tables)
    net = np.asarray(cb) - np.asarray(charge)
    return ChildBenefitYear(
        child_benefit=out_int(cb, scalar),
        percentage=out_int(pct, scalar),
        charge=out_int(charge, scalar),
        net=out_int(net, scalar),
    )
