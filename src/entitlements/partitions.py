"""A caseload in partitions: a Dask DataFrame or a Parquet dataset too large
for memory, estimated one partition at a time through the same engine as
:func:`entitlements.estimate_caseload`, with the summary added up exactly.

Each partition is read by :meth:`entitlements.Caseload.from_dataframe` and
estimated by :func:`entitlements.estimate_caseload`, exactly as the whole
caseload would be in memory, so each row's figures are those of the
in-memory path (the engine is row by row: a failing row costs only itself).
The result is a Dask DataFrame with the columns and dtypes of
:meth:`entitlements.CaseloadEstimate.to_dataframe`, and the summary adds the
partitions' whole-number sums, so it is that of
:meth:`entitlements.CaseloadEstimate.summary` for the caseload read whole.
A partition that fails as a whole (a bug, memory) keeps every one of its
rows, each invalid with the reason, and the summary names their rows.

Dask, ``distributed`` and pyarrow are the optional extra ``distributed``
(``pip install 'entitlements[distributed]'``); only this module and those
that call it import them, and only when called.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .errors import InputError, MissingExtra
from .io.files import placed

__all__ = ["is_partitioned", "read_partitioned", "PartitionedResult", "estimate_partitioned", "merge_assumptions",
           "write_parquet_dataset", "run_partitions", "failed_frame"]

_EXTRA = "pip install 'entitlements[distributed]'"


def _dask():
    try:
        import dask
        import dask.dataframe as dd
    except ImportError:
        raise MissingExtra("caseload", "dask", "distributed",
                           f"a partitioned caseload (Dask DataFrame or Parquet dataset) needs Dask: {_EXTRA}") from None
    return dask, dd


def is_partitioned(source: Any) -> bool:
    """Whether ``source`` is for this module: a Dask DataFrame, or a path (or
    list of paths, or a glob) naming Parquet files or a directory of them."""
    if type(source).__module__.split(".")[0] in ("dask", "dask_expr"):
        return True
    if isinstance(source, (list, tuple)) and source and all(isinstance(s, (str, Path)) for s in source):
        return all(_is_parquet_path(s) for s in source)
    return isinstance(source, (str, Path)) and _is_parquet_path(source)


def _is_parquet_path(p: str | Path) -> bool:
    s = str(p)
    if s.lower().endswith((".parquet", ".parq")):
        return True
    return os.path.isdir(s) and any(f.lower().endswith(".parquet") for f in os.listdir(s))


def _paths(source) -> list[str]:
    items = list(source) if isinstance(source, (list, tuple)) else [source]
    out: list[str] = []
    for s in items:
        s = str(s)
        found = sorted(glob.glob(s)) if any(c in s for c in "*?[") else [s]
        if not found or not all(os.path.exists(f) for f in found):
            raise InputError("caseload", s, "an existing Parquet file, directory of Parquet files, or glob")
        out += found
    return out


def read_partitioned(source: Any, *, blocksize: int | None = None):
    """``source`` as a Dask DataFrame: a Dask DataFrame as it is; Parquet
    files (a path, a directory, a glob or a list) read lazily, one
    partition per row group or file, every column as in the file."""
    dask, dd = _dask()
    if type(source).__module__.split(".")[0] in ("dask", "dask_expr"):
        return source
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.read_parquet(_paths(source), split_row_groups="adaptive" if blocksize is None else blocksize)


@attrs.frozen
class PartitionedResult:
    """Results of a partitioned caseload: ``frame``, a Dask DataFrame of
    per-row results (lazy), and the summary, added up over the partitions'
    parts. ``frames`` and ``parts`` are one Dask Delayed a partition from the
    same tasks, so the engine runs once when the results and the summary are
    asked for together, as :meth:`write` and :meth:`compute` do."""

    frame: Any
    frames: tuple[Any, ...]
    parts: tuple[Any, ...]
    combine: Callable[[list[dict[str, Any]]], dict[str, Any]]

    def summary(self, **compute) -> dict[str, Any]:
        """The summary of the whole caseload (computes every partition)."""
        dask, _ = _dask()
        (parts,) = dask.compute(list(self.parts), **compute)
        return self.combine(parts)

    def write(self, path: str | Path, **compute) -> dict[str, Any]:
        """Per-row results to a Parquet dataset (a directory, ``part.N.parquet``
        a partition, written under a temporary name beside ``path`` and moved
        into place when every part is complete), and the summary, in one pass."""
        dask, _ = _dask()
        from dask import delayed

        target = Path(path)
        tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
        tmp.mkdir(parents=True)
        try:
            writes = [delayed(_write_part, pure=True)(f, str(tmp / f"part.{k}.parquet")) for k, f in enumerate(self.frames)]
            _, parts = dask.compute(writes, list(self.parts), **compute)
            _move_into_place(tmp, target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return self.combine(parts)

    def compute(self, **compute):
        """The results as one pandas DataFrame and the summary (for a caseload that fits in memory)."""
        import pandas as pd

        dask, _ = _dask()
        frames, parts = dask.compute(list(self.frames), list(self.parts), **compute)
        return pd.concat(frames) if frames else self.frame._meta, self.combine(parts)


def _write_part(frame, path: str) -> int:
    """One partition's results to a Parquet file (pyarrow, keeping the pandas dtypes)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path)
    return len(frame)


def write_parquet_dataset(frame, path: str | Path, **compute) -> None:
    """A Dask DataFrame to a Parquet dataset at ``path`` (a temporary name, then moved into place)."""
    dask, _ = _dask()
    target = Path(path)
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with dask.config.set({"dataframe.convert-string": False}):
            frame.to_parquet(str(tmp), write_index=False, compute_kwargs=compute or None)
        _move_into_place(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _move_into_place(tmp: Path, target: Path) -> None:
    """Replace ``target`` (a file or a directory, or nothing) by the directory ``tmp``."""
    old = None
    if target.exists():
        old = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.old"
        os.replace(target, old)
    os.replace(tmp, target)
    placed(target)
    if old is not None:
        shutil.rmtree(old) if old.is_dir() else old.unlink()


def run_partitions(ddf, task: Callable, meta, *args) -> tuple[Any, tuple[Any, ...], tuple[Any, ...]]:
    """``task(partition, number, *args) -> (frame, part)`` on every partition:
    the frames as a Dask DataFrame (with ``meta``'s columns and dtypes, the
    input's index) and as Dask Delayed objects, and the parts as Dask Delayed
    objects."""
    dask, dd = _dask()
    from dask import delayed

    pieces = ddf.to_delayed()
    done = [delayed(task, pure=True)(p, k, *args) for k, p in enumerate(pieces)]
    frames = [d[0] for d in done]
    parts = tuple(d[1] for d in done)
    with dask.config.set({"dataframe.convert-string": False}):
        frame = dd.from_delayed(frames, meta=meta, verify_meta=False)
    return frame, tuple(frames), parts


# -- estimates -------------------------------------------------------------


def estimate_partitioned(source: Any, *, on: dt.date, tables=None, rates_after=None, id_field: str = "case_id",
                         keep: Sequence[str] = ()) -> PartitionedResult:
    """Estimate a partitioned caseload (a Dask DataFrame, or Parquet files
    with the columns of the caseload CSV) on ``on``: a
    :class:`PartitionedResult` whose ``frame`` has, partition by partition,
    the rows :meth:`entitlements.CaseloadEstimate.to_dataframe` gives.

    ``tables`` (with any overlays) and ``rates_after`` as for
    :func:`entitlements.estimate_caseload`; the tables travel to each task.
    """
    from .rates_policy import rates_policy
    from .tables import tables_or_default

    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise InputError("on", on, "one date (a partitioned caseload is estimated on one date)")
    ddf = read_partitioned(source)
    tables = tables_or_default(tables)
    policy = str(rates_policy(rates_after))
    meta = _estimate_meta(ddf, on, tables, policy, id_field, tuple(keep))
    frame, frames, parts = run_partitions(ddf, _estimate_task, meta, on, tables, policy, id_field, tuple(keep), meta)
    return PartitionedResult(frame, frames, parts, _combine_estimates)


def _estimate_meta(ddf, on, tables, policy, id_field, keep):
    """The result's empty frame: the in-memory path's columns and dtypes
    (from estimating one blank row with the input's columns)."""
    import pandas as pd

    one = pd.DataFrame({c: pd.Series([None], dtype=object) for c in ddf._meta.columns})
    if id_field in one:
        one[id_field] = "x"
    frame, _ = _estimate_task(one, 0, on, tables, policy, id_field, keep, None)
    return frame.iloc[:0]


def _estimate_task(part, number: int, on, tables, policy, id_field, keep, meta):
    """One partition: its results frame (the input's index) and its summary's parts."""
    from .caseload import Caseload, estimate_caseload, id_keys

    try:
        est = estimate_caseload(Caseload.from_dataframe(part, id_field=id_field, keep=keep), on=on, tables=tables,
                                rates_after=policy)
    except Exception as e:  # noqa: BLE001 - a partition that fails loses no row: each carries the reason
        if meta is None:
            raise
        frame, s = _failed_partition(part, number, tables, policy, id_field, meta, e)
        return (frame if meta is not False else None), s
    frame = None
    if meta is not False:  # False: the summary's parts only (a sweep)
        frame = est.to_dataframe()
        frame.index = part.index
    s = est.summary()
    s["_n"] = len(part)
    s["_keys"] = id_keys(est.caseload.ids)
    s["_assumptions"] = est.assumptions
    s["_errors"] = [(e.row, str(e.reason)) for e in est.caseload.errors]
    s["_number"] = number
    return frame, s


def failed_frame(part, meta, id_field: str, reason: str):
    """The results frame of a partition that could not be run: every row,
    with its id and carried columns, invalid, ``error`` the reason, every
    figure empty (``meta``'s columns and dtypes)."""
    import numpy as np
    import pandas as pd

    n = len(part)
    frame = meta.reindex(pd.RangeIndex(n))
    for c in frame.columns:
        if c in part.columns:
            frame[c] = pd.Series(part[c].to_numpy(dtype=object), dtype=meta[c].dtype)
    if id_field in part.columns and id_field != "case_id":
        frame["case_id"] = pd.Series(part[id_field].to_numpy(dtype=object), dtype=meta["case_id"].dtype)
    elif id_field not in part.columns:
        frame["case_id"] = pd.Series(np.arange(1, n + 1).astype(str), dtype=meta["case_id"].dtype)
    frame["valid"] = pd.array(np.zeros(n, bool), dtype=meta["valid"].dtype)
    frame["error"] = pd.Series([reason] * n, dtype=meta["error"].dtype)
    for text in ("rates_assumed", "facts_assumed"):
        if text in frame:
            frame[text] = pd.Series([""] * n, dtype=meta[text].dtype)
    frame.index = part.index
    return frame


def _failed_partition(part, number, tables, policy, id_field, meta, error):
    """A partition the engine could not run: every row kept, invalid, with the reason."""
    from .benefits.household_total import ANNUAL_BASIS
    from .caseload import id_keys
    from .io.caseloads import NOT_CASES

    reason = f"partition {number + 1} could not be estimated: {type(error).__name__}: {error}"
    n = len(part)
    s = {"cases": n, "cases_estimated": 0, "cases_with_errors": n, "rows_not_cases": {k: 0 for k, _ in NOT_CASES},
         "cases_entitled_to_uc": 0, "total_uc_monthly_pence": 0,
         "total_benefits_annual_pence": 0, "annual_basis": ANNUAL_BASIS, "mean_uc_monthly_pence": 0, "rules": str(tables.version), "rates_policy": policy,
         "cases_with_assumed_rates": 0, "assumptions": [], "cases_with_facts_assumed": 0,
         "facts_assumed": {k: 0 for k in _facts_assumed_codes()}, "_n": n, "_assumptions": (),
         "_errors": [(i + 1, reason) for i in range(n)], "_number": number,
         "_keys": id_keys(part[id_field].to_numpy(dtype=object) if id_field in part.columns else [str(i + 1) for i in range(n)])}
    return (failed_frame(part, meta, id_field, reason) if meta is not False else None), s


def _combine_estimates(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary of the whole caseload from its partitions' parts: every
    count and sum added (whole numbers, so exactly), the mean from them, the
    rate assumptions merged, each error's row counted from the first row of
    the whole caseload."""
    from .benefits.household_total import ANNUAL_BASIS
    from .io.caseloads import NOT_CASES
    from .rates_policy import describe

    parts = sorted(parts, key=lambda p: p["_number"])
    out: dict[str, Any] = {}
    for key in ("cases", "cases_estimated", "cases_with_errors", "cases_entitled_to_uc", "total_uc_monthly_pence",
                "cases_with_assumed_rates", "cases_with_facts_assumed"):
        out[key] = sum(int(p[key]) for p in parts)
    out["facts_assumed"] = {k: sum(int(p["facts_assumed"][k]) for p in parts) for k in _facts_assumed_codes()}
    out["rows_not_cases"] = {k: sum(int(p["rows_not_cases"][k]) for p in parts) for k, _ in NOT_CASES}
    tb = [p["total_benefits_annual_pence"] for p in parts]
    out["total_benefits_annual_pence"] = None if any(t is None for t in tb) else sum(tb)
    out["annual_basis"] = ANNUAL_BASIS
    n = out["cases_estimated"]
    out["mean_uc_monthly_pence"] = int(round(out["total_uc_monthly_pence"] / n)) if n else 0
    out["rules"] = parts[0]["rules"] if parts else ""
    out["rates_policy"] = parts[0]["rates_policy"] if parts else ""
    merged = merge_assumptions([a for p in parts for a in p["_assumptions"]])
    out["assumptions"] = describe(merged, out["rates_policy"])
    order = ["cases", "cases_estimated", "cases_with_errors", "rows_not_cases", "cases_entitled_to_uc", "total_uc_monthly_pence",
             "total_benefits_annual_pence", "annual_basis", "mean_uc_monthly_pence", "rules", "rates_policy", "cases_with_assumed_rates",
             "assumptions", "cases_with_facts_assumed", "facts_assumed"]
    summary = {k: out[k] for k in order}
    import numpy as np

    from .caseload import repeated_case_ids

    summary["repeated_case_ids"] = repeated_case_ids(np.concatenate([p["_keys"] for p in parts]) if parts else np.zeros(0, np.int64))
    offset, errors = 0, []
    for p in parts:
        errors += [{"row": offset + r, "reason": why} for r, why in p["_errors"]]
        offset += p["_n"]
    summary["errors"] = errors
    return summary


def _facts_assumed_codes() -> tuple[str, ...]:
    """The kinds of fact a caseload's ``facts_assumed`` counts (entitlements.benefits.hb_ctr.FACTS_ASSUMED)."""
    from .benefits.hb_ctr import FACTS_ASSUMED

    return tuple(FACTS_ASSUMED)


def merge_assumptions(assumptions) -> tuple:
    """Rate assumptions from several partitions as one caseload's: one a
    kind and table, from the earliest date read under it to the latest,
    with the source of the row used first."""
    groups: dict[tuple, Any] = {}
    for a in assumptions:
        key = (a.kind, a.table_id)
        b = groups.get(key)
        if b is None:
            groups[key] = a
        else:
            first = a if a.start < b.start else b
            groups[key] = attrs.evolve(first, start=min(a.start, b.start), end=max(a.end, b.end))
    return tuple(groups.values())
