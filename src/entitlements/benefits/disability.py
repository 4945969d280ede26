"""Disability benefits payable: PIP, DLA and Attendance Allowance, and the
Scottish Adult and Child Disability Payments [pence/week].

Each component or rate is given as a small integer code, the position in the
tuples of allowed values in :mod:`entitlements.household` (the codes the
columnar engine already uses):

- PIP and Adult Disability Payment, each component: 0 none, 1 standard,
  2 enhanced (``PIP_RATES``);
- DLA and Child Disability Payment care component: 0 none, 1 lowest,
  2 middle, 3 highest (``DLA_CARE``); mobility component: 0 none, 1 lower,
  2 higher (``DLA_MOBILITY``);
- Attendance Allowance: 0 none, 1 lower, 2 higher (``AA_RATES``).

The weekly amount payable is the sum of the components' weekly rates in
force on ``on``: PIP, SI 2013/377 reg 24 (rules/pip/rates.toml); DLA,
SI 1991/2890 reg 4 and SSCBA 1992 ss 72-73 (rules/dla/rates.toml); AA,
SSCBA 1992 s 65(3) and Sch 4 Pt III para 1 (rules/aa/rates.toml); ADP, the
Disability Assistance for Working Age People (Scotland) Regulations 2022
(rules/scotland/adult_disability_payment.toml); CDP, the Disability
Assistance for Children and Young People (Scotland) Regulations 2021
(rules/scotland/child_disability_payment.toml). PIP, DLA and AA rows start on
the uprating Monday (``applies = benefit_week``); the Scottish rows apply from
their day (``applies = day``).

None of these counts as income for Universal Credit (SI 2013/376 reg 66 does
not list them) or Pension Credit (DLA and AA are excepted by SI 2002/1792
reg 15(1)(a)-(b), read; PIP and the Scottish payments by later amendments,
not read); they matter to UC and Pension Credit as passports
(disabled child addition, severe disability addition, benefit cap exemption,
the cared-for person's qualifying benefit for Carer's Allowance).

Not modelled: suspension in hospital or a care home (e.g. SI 2013/377
regs 29-30), the PIP adjustment for war pensions medical expenses, and
Pension Age Disability Payment (Scotland), for which no rate table exists.

Every function is numeric: scalars for one person (answers an int), arrays
for a caseload (answers an int64 array); ``on`` a date or ``datetime64[D]``
array.
"""

from __future__ import annotations

import numpy as np

from ..tables import Tables
from ._numeric import is_array, out_int, table_on, whole

__all__ = [
    "pip_weekly",
    "dla_weekly",
    "attendance_allowance_weekly",
    "adult_disability_payment_weekly",
    "child_disability_payment_weekly",
]


def _two_components(table_id, daily_living, mobility, on, tables, names):
    scalar = not is_array(daily_living, mobility, on)
    dl = whole(names[0], daily_living, 0, 2, "a rate code (0 none, 1 standard, 2 enhanced)")
    mob = whole(names[1], mobility, 0, 2, "a rate code (0 none, 1 standard, 2 enhanced)")
    r = tables.at(table_id, table_on(on))
    dl_amount = _by_code(dl, (0, r["daily_living_standard"], r["daily_living_enhanced"]))
    mob_amount = _by_code(mob, (0, r["mobility_standard"], r["mobility_enhanced"]))
    return out_int(dl_amount + mob_amount, scalar)


def _checked_only(table_id, daily_living, mobility, on, tables, names) -> None:
    """What :func:`_two_components` checks and reads, without working out
    the amounts: for a benefit that no row is paid (the same errors, and the
    same table read for a recorder)."""
    whole(names[0], daily_living, 0, 2, "a rate code (0 none, 1 standard, 2 enhanced)")
    whole(names[1], mobility, 0, 2, "a rate code (0 none, 1 standard, 2 enhanced)")
    tables.at(table_id, table_on(on))


def adult_disability_payment_checked(daily_living, mobility, *, on, tables: Tables) -> None:
    """The checks and the table read of :func:`adult_disability_payment_weekly`
    alone, for a caseload with no one in Scotland."""
    _checked_only("scotland.adult_disability_payment", daily_living, mobility, on, tables,
                  ("adp_daily_living", "adp_mobility"))


def _by_code(code, amounts):
    """``amounts[code]`` for each (checked) rate code: one gather where the
    amounts are one each (one date), else one per row chosen by code."""
    if all(np.ndim(a) == 0 for a in amounts):
        return np.array(amounts, dtype=np.int64)[code]
    arrs = [np.asarray(a, dtype=np.int64) for a in amounts]
    shape = np.broadcast_shapes(*(a.shape for a in arrs))
    if np.ndim(code) == 2 and len(shape) == 2 and shape[1] == 1 and shape[0] == np.shape(code)[0]:
        # Children's slots with a date a row: each row's amounts side by side,
        # then one pick per slot (faster than choosing among broadcast columns).
        by_row = np.concatenate([np.broadcast_to(a, shape) for a in arrs], axis=1)
        return np.take_along_axis(by_row, np.asarray(code, dtype=np.intp), axis=1)
    return np.choose(code, arrs)


def _care_and_mobility(table_id, care, mobility, on, tables, names):
    scalar = not is_array(care, mobility, on)
    c = whole(names[0], care, 0, 3, "a care rate code (0 none, 1 lowest, 2 middle, 3 highest)")
    m = whole(names[1], mobility, 0, 2, "a mobility rate code (0 none, 1 lower, 2 higher)")
    r = tables.at(table_id, table_on(on))
    care_amount = _by_code(c, (0, r["care_lowest"], r["care_middle"], r["care_highest"]))
    mob_amount = _by_code(m, (0, r["mobility_lower"], r["mobility_higher"]))
    return out_int(care_amount + mob_amount, scalar)


def pip_weekly(daily_living, mobility, *, on, tables: Tables):
    """Personal Independence Payment payable [pence/week]: the daily living
    component plus the mobility component at their rates (Welfare Reform Act
    2012 ss 78-79; SI 2013/377 reg 24).

    ``daily_living``, ``mobility``: 0 none, 1 standard, 2 enhanced.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> pip_weekly(2, 1, on=dt.date(2025, 6, 2), tables=Tables.load())   # £110.40 + £29.20
    13960
    """
    return _two_components("pip.rates", daily_living, mobility, on, tables, ("daily_living", "mobility"))


def dla_weekly(care, mobility, *, on, tables: Tables):
    """Disability Living Allowance payable [pence/week]: care component
    (lowest, middle, highest) plus mobility component (lower, higher) (SSCBA
    1992 ss 72(4), 73(10); SI 1991/2890 reg 4). The same rates for children
    and adults.

    ``care``: 0 none, 1 lowest, 2 middle, 3 highest; ``mobility``: 0 none,
    1 lower, 2 higher.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> dla_weekly(3, 2, on=dt.date(2026, 6, 1), tables=Tables.load())   # £114.60 + £80.00
    19460
    """
    return _care_and_mobility("dla.rates", care, mobility, on, tables, ("care", "mobility"))


def attendance_allowance_weekly(rate, *, on, tables: Tables):
    """Attendance Allowance payable [pence/week]: the higher rate (day and
    night conditions) or the lower rate (SSCBA 1992 s 65(3), Sch 4 Pt III
    para 1).

    ``rate``: 0 none, 1 lower, 2 higher.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> attendance_allowance_weekly(1, on=dt.date(2023, 6, 5), tables=Tables.load())
    6810
    """
    scalar = not is_array(rate, on)
    r = whole("attendance_allowance", rate, 0, 2, "a rate code (0 none, 1 lower, 2 higher)")
    rates = tables.at("aa.rates", table_on(on))
    return out_int(_by_code(r, (0, rates["lower"], rates["higher"])), scalar)


def adult_disability_payment_weekly(daily_living, mobility, *, on, tables: Tables):
    """Adult Disability Payment (Scotland) payable [pence/week]: the Scottish
    counterpart of PIP, with the same components and rate names (Social
    Security (Scotland) Act 2018 s 31; SSI 2022/54). Rates from
    rules/scotland/adult_disability_payment.toml (2026-27 unverified there).

    ``daily_living``, ``mobility``: 0 none, 1 standard, 2 enhanced.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> adult_disability_payment_weekly(2, 1, on=dt.date(2025, 6, 2), tables=Tables.load())   # £110.40 + £29.20
    13960
    """
    return _two_components(
        "scotland.adult_disability_payment", daily_living, mobility, on, tables, ("adp_daily_living", "adp_mobility")
    )


def child_disability_payment_weekly(care, mobility, *, on, tables: Tables):
    """Child Disability Payment (Scotland) payable [pence/week]: the Scottish
    counterpart of DLA for children, with the same components and rate names
    (Social Security (Scotland) Act 2018 s 31; Disability Assistance for
    Children and Young People (Scotland) Regulations 2021). Rates from
    rules/scotland/child_disability_payment.toml (2026-27 unverified there).

    ``care``: 0 none, 1 lowest, 2 middle, 3 highest; ``mobility``: 0 none,
    1 lower, 2 higher.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> child_disability_payment_weekly(2, 1, on=dt.date(2024, 6, 3), tables=Tables.load())   # £72.65 + £28.70
    10135
    """
    return _care_and_mobility(
        "scotland.child_disability_payment", care, mobility, on, tables, ("cdp_care", "cdp_mobility")
    )
