"""Results as a pandas DataFrame with real dtypes.

The per-case results (:meth:`entitlements.CaseloadEstimate.to_dataframe`)
and gains (:meth:`entitlements.CaseloadGains.to_dataframe`) are columns
(:class:`entitlements.io.writers.Column`); here they become a DataFrame
column by column: money and counts as nullable ``Int64``, flags as
``boolean``, dates as ``datetime64[ns]`` (``NaT`` where empty), fractions
as ``Float64``, named columns as ordered categoricals, other text as
objects. An empty cell is ``<NA>`` (or ``NaT``), never -1, 0 or a float
because one row is missing. Needs pandas (the ``notebook`` extra).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import MissingExtra
from .writers import Column

__all__ = ["DECILES", "dataframe", "with_index"]

#: Deprivation deciles, 1 (most deprived) to 10, as ordered categories.
DECILES = tuple(str(i) for i in range(1, 11))


def require_pandas(what: str, extra: str = "notebook"):
    """pandas, or a :class:`~entitlements.errors.MissingExtra` naming what
    needs it and the extra that installs it."""
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtra(what, "pandas", extra, f"{what} needs pandas: pip install 'entitlements[{extra}]'") from None
    return pd


def dataframe(columns: Mapping[str, Column], *, ordered: Mapping[str, Sequence[str]] | None = None, what: str = "to_dataframe"):
    """``columns`` as a DataFrame; ``ordered``: text columns made ordered
    categoricals, with their categories in order."""
    pd = require_pandas(what)
    ordered = ordered or {}
    data: dict[str, Any] = {}
    for name, c in columns.items():
        v = np.asarray(c.values)
        empty = np.zeros(v.shape, bool) if c.empty is None else np.asarray(c.empty, bool)
        if v.dtype == bool:
            data[name] = pd.arrays.BooleanArray(v.copy(), empty.copy())
        elif v.dtype.kind in "iu":
            data[name] = pd.arrays.IntegerArray(v.astype(np.int64), empty.copy())
        elif v.dtype.kind == "f":
            data[name] = pd.arrays.FloatingArray(v.astype(np.float64), empty.copy())
        elif v.dtype.kind == "M":
            d = v.astype("datetime64[ns]")
            d[empty] = np.datetime64("NaT")
            data[name] = d
        elif name in ordered:
            # A value outside the categories (a blank, a decile of 11) is <NA>, as pandas has always made it.
            known = set(ordered[name])
            data[name] = pd.Categorical([str(x) if x is not None and not e and str(x) in known else None
                                         for x, e in zip(v.tolist(), empty.tolist())],
                                        categories=list(ordered[name]), ordered=True)
        else:
            out = v.astype(object)
            if empty.any():
                out[empty] = None
            data[name] = pd.Series(out, dtype=object)  # objects, as said: not inferred (pandas 3 would make text "str")
    return pd.DataFrame(data)


def with_index(frame: Any, index: Any) -> Any:
    """``frame`` (one row a case, in the input's order) with the index of
    the DataFrame its caseload was read from, so that its rows join back to
    the input's (``df.join(frame)``, ``df["x"] = frame["x"]``); as it is
    where there was none (a CSV file, records)."""
    if index is not None and len(index) == len(frame):
        frame.index = index
    return frame
