"""Small helpers for rules written over one household or many alike."""

from __future__ import annotations

import numpy as np

__all__ = ["count_children", "any_child", "per_unit", "find_failures"]


def count_children(mask):
    """How many child slots are true (or the sum of the slots' amounts), per
    benefit unit (the last axis).

    Adding the few slot columns is much faster than a reduction over a short
    last axis; it gives the same numbers for a household (1-d) or a caseload
    (2-d). Booleans are added as int8 (at most a few slots) and widened to
    int64 at the end, so later arithmetic cannot overflow."""
    if mask.ndim == 1:  # one household: a plain count or sum is quickest
        return np.int64(np.count_nonzero(mask)) if mask.dtype == bool else mask.sum(dtype=np.int64)
    k = mask.shape[-1]
    if mask.dtype == bool:
        x = mask.view(np.int8)
        total = x[..., 0]
        for j in range(1, k):
            total = total + x[..., j]
        return np.asarray(total).astype(np.int64) if np.ndim(total) else np.int64(total)
    total = mask[..., 0].astype(np.int64)
    for j in range(1, k):
        total = total + mask[..., j]
    return total


def any_child(mask):
    """Whether any child slot is true, per benefit unit (the last axis):
    ``np.any(mask, axis=-1)``, by or-ing the few slot columns (much faster
    than a reduction over a short last axis)."""
    mask = np.asarray(mask, dtype=bool)
    if mask.ndim < 2 or mask.shape[-1] == 0:
        return np.any(mask, axis=-1)
    total = mask[..., 0].copy()
    for j in range(1, mask.shape[-1]):
        total |= mask[..., j]
    return total


def per_unit(x):
    """A benefit-unit value lined up against the child axis."""
    return np.asarray(x)[..., None]


def find_failures(run, rows: np.ndarray, errors: tuple[type[BaseException], ...]) -> dict[int, BaseException]:
    """The rows among ``rows`` (indices) for which ``run(indices)`` raises one
    of ``errors``, each with its error: ``run`` on all of them, and where it
    raises, on each half again, down to single rows. For a few suspect rows
    picked by a vectorised test (a table that only some rows read, on dates
    it does not cover), never for a whole caseload: a failing row then costs
    a few calls, not a call for every row beside it."""
    failed: dict[int, BaseException] = {}
    pending = [np.asarray(rows)]
    while pending:
        idx = pending.pop()
        if not idx.size:
            continue
        try:
            run(idx)
        except errors as e:
            if idx.size == 1:
                failed[int(idx[0])] = e
                continue
            half = idx.size // 2
            pending += [idx[half:], idx[:half]]
    return failed
