"""Small helpers for rules written over one household or many alike."""

from __future__ import annotations

import numpy as np

__all__ = ["count_children", "per_unit"]


def count_children(mask):
    """How many child slots are true, per benefit unit (the last axis).

    Adding the few slot columns is much faster than a reduction over a short
    last axis; it gives the same numbers for a household (1-d) or a caseload
    (2-d)."""
    k = mask.shape[-1]
    total = mask[..., 0].astype(np.int64)
    for j in range(1, k):
        total = total + mask[..., j]
    return total


def per_unit(x):
    """A benefit-unit value lined up against the child axis."""
    return np.asarray(x)[..., None]
