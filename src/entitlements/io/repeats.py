"""One outcome counted once: a row repeated, or an outcome revised, in a caseload of outcomes.

An adviser team's outcomes file holds a row an outcome, and a client with
several outcomes has several rows with the same case id: each is valued and
counted (a case is a row). Two rows of one case id can also be the *same*
outcome: a row pasted twice, or an award revised on mandatory
reconsideration or appeal, entered as a new row beside the first (PIP's
standard rate at the initial decision, the enhanced rate on reconsideration).
Counted twice, the award would be in the headline twice: the standard rate
and the enhanced rate, where the client gains the enhanced rate alone.

:func:`refuse_repeats` makes such rows error rows, with why, so each outcome
is counted once and every row stays accounted for:

- **A repeat**: every cell of the row is the cell of an earlier row with the
  same case id, as read (`` 3`` and ``3`` differ: not a repeat). The first
  is counted; each repeat is an error row naming it.
- **The same outcome again**: rows with the same case id, ``outcome``,
  ``outcome_adult``, ``outcome_child``, ``benefit`` (and ``benefit_weekly``)
  and ``outcome_date``, from the same household (every household column
  alike), are one award, whatever their stage: the row counted is the latest
  decision (a confirmed row before a predicted one, then the later stage,
  then the later decision date, then the later row), and each other is an
  error row naming it. A revision still to be decided is valued as its own
  row from the household as it is with the first award (its
  ``adultN_pip_daily_living``, say), which is another household: then only the
  increase is valued, and the two rows count apart. A change of the
  household's own facts (``housing_change``, ``income_change``, the council
  tax corrections) is compared only as a repeat: two changes of one day may be
  two changes.

Only rows read in columns (a CSV file, a workbook, a DataFrame, records with
one set of fields) with a case id given are compared (a caseload in
partitions, Parquet files or a Dask DataFrame, across its parts:
:mod:`entitlements.gain.partitions` reads the rows of the ids on more than
one part together, and each part its own rows, numbered on from the parts
before it); the work is done on the rows whose case id is on
more than one row, so a caseload without repeated ids costs one pass over
its ids.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import numpy as np

from ..gain.cases import KIND, Cases
from ..gain.outcomes import OUTCOME_KINDS, STAGES
from .cells import factorize

__all__ = ["repeat_keys", "refuse_repeats", "CHANGE_KIND_CODES"]

#: The outcomes that change the household's own facts: compared as repeats only.
CHANGE_KIND_CODES = frozenset(KIND[k] for k in ("housing_change", "income_change", "council_tax_band_corrected",
                                                 "council_tax_discount_corrected"))


def _dense(values: np.ndarray) -> np.ndarray:
    """``values`` (integers) renumbered 0, 1, ... alike where equal."""
    from .cells import pandas_if_installed

    pd = pandas_if_installed()
    if pd is not None:
        return np.asarray(pd.factorize(values)[0], np.int64)
    return np.unique(values, return_inverse=True)[1].reshape(values.size).astype(np.int64)


def _keys(columns: Sequence[Any], rows: np.ndarray) -> np.ndarray:
    """One number for each of ``rows``, the same where every cell of
    ``columns`` is the same (each column's code a distinct value, blank 0)."""
    key = np.zeros(rows.size, np.int64)
    for c in columns:
        codes = np.asarray(factorize(c)[0], np.int64).reshape(-1)[rows]
        if codes.size:
            key = _dense(key * (int(codes.max()) + 1) + codes)  # key < rows.size, so no overflow
    return key


def repeat_keys(columns: Mapping[str, Sequence[Any]], ids: Sequence[str], given: np.ndarray,
                household: Sequence[str]) -> dict[int, tuple[int, int, int]]:
    """What :func:`refuse_repeats` compares, for each row whose case id was
    given and is on more than one row: every cell, the household's cells and
    ``benefit_weekly``, each as one number (the same number: the same cells,
    as read). ``columns`` are the caseload's cells, ``ids`` each row's case
    id, ``given`` whether it was given, ``household`` the household columns.
    Empty where no id repeats (one pass over the ids)."""
    given = np.asarray(given, bool).reshape(len(ids))
    seen: set[str] = set()
    many: set[str] = set()
    for i in np.flatnonzero(given).tolist():
        (many if ids[i] in seen else seen).add(ids[i])
    if not many:
        return {}
    rows = np.array([i for i in np.flatnonzero(given).tolist() if ids[i] in many], np.int64)
    every = _keys(list(columns.values()), rows)
    home = _keys([columns[k] for k in household if k in columns], rows)
    weekly = _keys([columns["benefit_weekly"]] if "benefit_weekly" in columns else [], rows)
    return {int(i): (int(e), int(h), int(w)) for i, e, h, w in zip(rows.tolist(), every.tolist(), home.tolist(), weekly.tolist())}


def refuse_repeats(cases: Cases, ids: Sequence[str], rows: np.ndarray, keys: Mapping[int, tuple]) -> Cases:
    """``cases`` with each valid row that repeats another valid row of its
    case id, or is the same outcome as another (see the module), made an
    error row with why; ``ids`` are each row's case id, ``rows`` each row's
    number as the user sees it and ``keys`` :func:`repeat_keys`. Run after
    every other check, so the row counted is one that can be."""
    n = len(cases)
    valid = np.asarray(cases.valid, bool).reshape(n)
    counts: dict[str, int] = {}
    cand = [i for i in sorted(keys) if valid[i]]
    for i in cand:
        counts[ids[i]] = counts.get(ids[i], 0) + 1
    cand = [i for i in cand if counts[ids[i]] > 1]
    if not cand:
        return cases
    refused: dict[int, str] = {}
    first: dict[tuple, int] = {}
    for i in cand:  # a repeat: every cell alike, the first counted
        key = (ids[i], keys[i][0])
        if key in first:
            j = first[key]
            refused[i] = (f"(row): a repeat of row {rows[j]} (expected each row once: every cell is that of an "
                          "earlier row with the same case id, so the outcome is counted once, there).")
        else:
            first[key] = i
    lists = {k: np.asarray(getattr(cases, k)).reshape(n)[cand].tolist()
             for k in ("kind", "adult", "child_slot", "benefit", "effective", "stage", "decided")}
    kind, stage, decided = (dict(zip(cand, lists[k])) for k in ("kind", "stage", "decided"))
    confirmed = dict(zip(cand, np.asarray(cases.confirmed, bool).reshape(n)[cand].tolist()))
    groups: dict[tuple, list[int]] = {}
    for j, i in enumerate(cand):
        if i in refused or kind[i] in CHANGE_KIND_CODES:
            continue
        award = (ids[i], kind[i], lists["adult"][j], lists["child_slot"][j], lists["benefit"][j], keys[i][2],
                 lists["effective"][j], keys[i][1])
        groups.setdefault(award, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = max(members, key=lambda i: (confirmed[i], stage[i], decided[i], i))
        said = f"{STAGES[int(stage[keep])]}, {'confirmed' if confirmed[keep] else 'predicted'}"
        for i in members:
            if i == keep:
                continue
            # The row counted is named before "(expected": the report counts reasons by what follows, so it never
            # shows a row number; no date of either row is said (an errors file holds no value of a row).
            refused[i] = (f"stage: {STAGES[int(stage[i])]!r} is not allowed: row {rows[keep]} is the same "
                          f"{OUTCOME_KINDS[int(kind[i])]} at its latest decision ({said}) (expected one outcome "
                          "counted once: rows with the same case id, outcome, outcome_adult, outcome_date and "
                          "household are one award, counted at its latest decision; a revision still to be decided is "
                          "valued from the household as it is with the award already made, such as its "
                          "adultN_pip_daily_living).")
    if not refused:
        return cases
    valid = np.array(cases.valid, copy=True)
    reasons = np.array(cases.reasons, copy=True)
    for i, why in refused.items():
        valid[i] = False
        reasons[i] = why
    return attrs.evolve(cases, valid=valid, reasons=reasons)
