"""Rows gathered for an engine call, alike rows together (private).

The projection gathers the rows of each engine call from the caseload's
columns (:func:`take`). A column the same in every row is kept as one row
(:func:`compact`), and rows are grouped by what their household lacks
(children, a rented home, a partner: :func:`signatures`), so that a block
of rows that all lack a part is given that part as one blank row
(:func:`take_signed`): the engine then does that part's work once.
"""

from __future__ import annotations

import attrs
import numpy as np

from ..benefits.housing import TENURE_CODES


@attrs.frozen
class _Same:
    """A column whose every row is the same (kept as one row)."""

    row: np.ndarray  # shape (1, ...)


def compact(obj, like=None, like_compact=None):
    """Columns with every constant column kept once: gathering rows from them
    then costs nothing for those columns (they come back as read-only
    broadcast views, which the engine only reads). ``like`` and
    ``like_compact``: columns already compacted, whose arrays this one
    shares where it has not changed them."""
    if attrs.has(type(obj)):
        return type(obj)(**{
            f.name: compact(getattr(obj, f.name),
                            getattr(like, f.name) if like is not None else None,
                            getattr(like_compact, f.name) if like_compact is not None else None)
            for f in attrs.fields(type(obj))
        })
    if like is not None and obj is like:
        return like_compact
    a = np.asarray(obj)
    if a.ndim == 0 or a.shape[0] == 0:
        return a
    first = a[:1]
    if np.issubdtype(a.dtype, np.datetime64):
        same = bool(np.isnat(a).all()) or bool((a == first).all())
    else:
        # Most columns that vary do so in their first rows: look there first.
        same = bool((a[:4096] == first).all()) and bool((a == first).all())
    return _Same(first.copy()) if same else a


def take(obj, idx):
    """Rows ``idx`` of columns (every array field, recursively)."""
    if attrs.has(type(obj)):
        if isinstance(obj, _Same):
            return obj.row
        return type(obj)(**{f.name: take(getattr(obj, f.name), idx) for f in attrs.fields(type(obj))})
    return np.take(obj, idx, axis=0)


def _rows(obj, idx: np.ndarray):
    """Rows ``idx`` of columns some of which may be one row for all (compact)."""
    if attrs.has(type(obj)):
        return type(obj)(**{f.name: _rows(getattr(obj, f.name), idx) for f in attrs.fields(type(obj))})
    a = np.asarray(obj)
    if a.ndim == 0 or a.shape[0] == 1:
        return a
    return a[idx]


#: Parts of a household that a block of rows may all lack (bits of a row's
#: signature): the block is given one blank row for that part, which the
#: engine reads as absent, instead of a column of rows.
NO_CHILDREN, NO_RENT, NO_PARTNER = 1, 2, 4


_SIGNATURES = 8


MIN_BLOCK = 4096  # rows of one signature worth an engine call of their own


def _blank(part, **fields):
    """One blank row of columns ``part`` (children: one row of slots):
    zeros, dates NaT, and ``fields`` as given."""
    out = {}
    for f in attrs.fields(type(part)):
        a = getattr(part, f.name)
        a = a.row if isinstance(a, _Same) else np.asarray(a)
        row = np.zeros((1,) + a.shape[1:], a.dtype)
        if np.issubdtype(a.dtype, np.datetime64):
            row[...] = np.datetime64("NaT")
        if f.name in fields:
            row[...] = fields[f.name]
        out[f.name] = row
    return type(part)(**out)


def signatures(cols) -> np.ndarray:
    """Each row's signature: which of children, a rented home (the only
    housing the engine reads: SI 2013/376 Sch 4; and temporary or specified
    accommodation, whose Housing Benefit gives the lower work allowance, SI
    2014/1230 reg 5A) and a partner it lacks."""
    tenure = cols.housing.tenure
    rent = ((tenure == TENURE_CODES["social_rent"]) | (tenure == TENURE_CODES["private_rent"])
            | (tenure == TENURE_CODES["supported_or_temporary"]))
    sig = (np.where(cols.children.present.any(axis=-1), 0, NO_CHILDREN) | np.where(rent, 0, NO_RENT)
           | np.where(cols.adult2.present, 0, NO_PARTNER))
    return sig.astype(np.int8)


def take_signed(cols, idx, sig: int, blanks):
    """Rows ``idx`` of columns, with the parts that signature ``sig`` says
    every row lacks given as one blank row (``blanks``: children, housing,
    adult)."""
    if not sig:
        return take(cols, idx)
    parts = {"children": (NO_CHILDREN, blanks[0]), "housing": (NO_RENT, blanks[1]), "adult2": (NO_PARTNER, blanks[2])}
    fields = {}
    for f in attrs.fields(type(cols)):
        bit, blank = parts.get(f.name, (0, None))
        fields[f.name] = blank if sig & bit else take(getattr(cols, f.name), idx)
    return type(cols)(**fields)


def _where_adult(cols, mask, **fields):
    if not np.any(mask):
        return cols
    return attrs.evolve(cols, **{k: np.where(mask, v, getattr(cols, k)).astype(getattr(cols, k).dtype) for k, v in fields.items()})
