"""Which households read which of the knock-on's rule tables.

One job: for :mod:`entitlements.gain.pension_age`, a code a household
saying which of the knock-on's tables it reads (Housing Benefit's where it
rents, a nation's council tax and Council Tax Reduction tables where it has
a band and a billing authority there, the Scottish benefits' in Scotland,
every other table all: :func:`knock_on_readers`, :func:`reads_table`), and
from it the days on which something a household reads changes
(:func:`breaks_read`): the knock-on is worked out only on those, and the
rates it assumed are named for the households that read them.
"""

from __future__ import annotations

import numpy as np

from ..columns import BenefitUnitColumns
from ..tables import Tables

__all__ = ["knock_on_readers", "reads_table", "breaks_read"]

_CT_NATIONS = ("england", "wales", "scotland")


def knock_on_readers(before: BenefitUnitColumns, after: BenefitUnitColumns | None = None, after_row=None) -> np.ndarray:
    """What decides which of the knock-on's tables each household reads
    (:func:`reads_table`), a code a row: its nation for council tax plus one
    (1 England, 2 Wales, 3 Scotland; 0 no band and billing authority), plus
    4 where it rents (Housing Benefit), plus 8 in Scotland (the Scottish
    benefits), plus 16 where it names a Broad Rental Market Area (the Local
    Housing Allowance schedule, :mod:`entitlements.benefits.lha`); of the household ``before`` or the changed one (``after``,
    its row ``after_row`` a case, -1 none)."""
    from ..benefits.council_tax_columns import authority_codes
    from ..benefits.housing import TENURE_CODES

    nation_of = np.array([_CT_NATIONS.index({"E": "england", "W": "wales", "S": "scotland"}[a[0]])
                          for a in authority_codes()] + [-1], np.int64)
    renting = [TENURE_CODES[k] for k in ("social_rent", "private_rent", "supported_or_temporary")]

    def of(bu):
        h = bu.housing
        band = np.asarray(h.council_tax_band)
        la = np.broadcast_to(np.asarray(bu.local_authority), band.shape)
        nation = np.where((band >= 0) & (la >= 0), nation_of[np.where(la >= 0, la, -1)], -1)
        rents = np.isin(h.tenure, renting) & (np.asarray(h.rent) > 0)
        area = np.broadcast_to(np.asarray(h.brma) >= 0, band.shape)
        return ((nation + 1) | np.where(rents, 4, 0) | np.where(np.broadcast_to(bu.scottish, band.shape), 8, 0)
                | np.where(area, 16, 0))

    code = of(before)
    if after is not None and (np.asarray(after_row) >= 0).any():
        has = np.flatnonzero(np.asarray(after_row) >= 0)
        a = of(after)[np.asarray(after_row)[has]]
        code[has] = np.where(code[has] & 3, code[has], code[has] | (a & 3)) | (a & 28)
    return code


def reads_table(table_id: str, readers) -> np.ndarray:
    """Which households (``readers``, as :func:`knock_on_readers`) read the
    knock-on's table ``table_id``: Housing Benefit's, those who rent;
    council tax and Council Tax Reduction tables, those with a band and a
    billing authority (a nation's, in that nation); the Scottish benefits'
    (``scotland.``), those in Scotland; the Local Housing Allowance
    schedule's (``lha.``), those naming a Broad Rental Market Area; every
    other, all."""
    readers = np.asarray(readers)
    if table_id.startswith("housing_benefit."):
        return (readers & 4) > 0
    if table_id.startswith("scotland."):
        return (readers & 8) > 0
    if table_id.startswith("lha."):
        return (readers & 16) > 0
    if not table_id.startswith(("ctr.", "council_tax.")):
        return np.ones(readers.shape, bool)
    k = next((k for k, name in enumerate(_CT_NATIONS) if name in table_id), None)
    return (readers & 3) > 0 if k is None else (readers & 3) == k + 1


def breaks_read(tables: Tables, ids, breaks, readers) -> np.ndarray:
    """(rows, breaks): whether each household (``readers``) reads a table of
    ``ids`` that changes on each day of ``breaks`` (a row begins, or the
    table's coverage ends the day before): the days its knock-on is worked
    out on (a day on which nothing it reads changes would give the same
    amounts)."""
    from .calendar import day_number

    kinds: dict[str, set[int]] = {}
    for tid in ids:
        t = tables.table(tid)
        for d in {day_number(r.start) for r in t.rows} | {day_number(t.until) + 1}:
            kinds.setdefault(_reader_kind(tid), set()).add(d)
    out = np.zeros((np.shape(readers)[0], len(breaks)), bool)
    b = np.asarray(breaks, np.int64)
    for kind, days in kinds.items():
        on = np.isin(b, np.fromiter(days, np.int64))
        if on.any():
            out[:, on] |= reads_table(kind, readers)[:, None]
    return out


def _reader_kind(table_id: str) -> str:
    """A table id standing for every table read by the same households
    (:func:`reads_table`)."""
    for prefix in ("housing_benefit.", "scotland."):
        if table_id.startswith(prefix):
            return prefix
    if table_id.startswith(("ctr.", "council_tax.")):
        return "ctr." + next((name for name in _CT_NATIONS if name in table_id), "any")
    return "all"
