"""The label a grouping column's value is counted under in a summary or report.

One job: say which group a case belongs to, so that values typed differently
for one thing are one group, not several (and so not each a small group that
is suppressed, or shown as if it were another place):

- ``local_authority``: the billing authority it names, by the same matcher
  as the household's council (name, another spelling or GSS code:
  :meth:`~entitlements.benefits.council_tax_areas.AuthoritySchedule.authority`),
  shown by its official name: "Coventry", "coventry", "Coventry City Council"
  and "E08000026" are all "Coventry". A value no authority has is kept as
  text (below); the case is then not valid, so not in any group, where the
  council is read as the household's.
- ``imd_decile``, ``deprivation_decile``: a whole number written as one
  ("3", " 3", "3.0" and 3 are "3").
- Every other grouping column (free text: practice, PCN, adviser, ...):
  spaces at either end dropped and runs of spaces made one, and letters'
  case ignored: "Practice A", "practice a " and "PRACTICE  A" are one group.
  It is shown in the spelling that sorts first of those met, preferring one
  with both capitals and small letters ("Practice A"): the choice depends
  on which spellings occur only, never on their order or counts, so a
  caseload in parts (:mod:`entitlements.gain.partitions`) is labelled as the
  whole would be (:func:`best_spelling` of the parts' labels).

A blank (None, empty or spaces) is ``"(blank)"``. The per-case results keep
each value as it was written (they join back to the user's rows); only
counts by group use these labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

__all__ = ["BLANK", "group_labels", "fold_key", "best_spelling"]

#: The label of a case with no value in the column.
BLANK = "(blank)"

#: Grouping columns whose values are whole numbers.
_NUMBERED = frozenset({"imd_decile", "deprivation_decile"})


def fold_key(text: str) -> str:
    """What two spellings of one free-text value share: spaces collapsed, case folded."""
    return " ".join(text.split()).casefold()


def _rank(text: str) -> tuple[int, str]:
    mixed = any(c.isupper() for c in text) and any(c.islower() for c in text)
    return (0 if mixed else 1, text)


def best_spelling(spellings: Iterable[str]) -> str:
    """The spelling a group is shown by: one with capitals and small letters
    if any, then the first in sorted order (the least of a fixed order, so
    the best of the parts' best is the best of the whole)."""
    return min(spellings, key=_rank)


def _number(text: str) -> str | None:
    from .digits import other_digit

    if other_digit(text) is not None:  # '٣' is not read as decile 3 (float() would): refused (headers.decile_refused)
        return None
    try:
        f = float(text)
    except ValueError:
        return None
    return str(int(f)) if f.is_integer() else None


def group_labels(column: str, values: Any) -> np.ndarray:
    """Each value's group label (an object array as long as ``values``)."""
    vals = list(np.asarray(values, dtype=object).reshape(-1))
    texts: list[str | None] = []
    for v in vals:
        if v is None or (isinstance(v, float) and v != v):
            texts.append(None)
            continue
        t = " ".join(str(v).split())
        texts.append(t or None)
    label: dict[str, str] = {}
    if column == "local_authority":
        from .benefits.council_tax_areas import default_authorities
        from .errors import InputError

        schedule = default_authorities()
        for t in set(texts) - {None}:
            try:
                label[t] = schedule.authority(t).name
            except InputError:
                pass
    elif column in _NUMBERED:
        for t in set(texts) - {None}:
            n = _number(t)
            if n is not None:
                label[t] = n
    spellings: dict[str, list[str]] = {}
    for t in set(texts) - {None} - set(label):
        spellings.setdefault(fold_key(t), []).append(t)
    for same in spellings.values():
        shown = best_spelling(same)
        for t in same:
            label[t] = shown
    return np.array([BLANK if t is None else label[t] for t in texts], dtype=object)
