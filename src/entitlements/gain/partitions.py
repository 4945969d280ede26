"""Income gain of a caseload in partitions (a Dask DataFrame or Parquet
files too large for memory): each partition through
:func:`entitlements.gain.caseload.caseload_gains`, its rows as
:meth:`~entitlements.gain.caseload.CaseloadGains.to_dataframe` gives them,
and the summary of :meth:`~entitlements.gain.caseload.CaseloadGains.summary`
added up from the partitions' parts exactly: counts and pence added as
whole numbers, means and percentiles recomputed from them (the percentiles
from each distinct annual gain's count), the uncertainty from the added
moments (:mod:`entitlements.gain.uncertainty`), the weighted patient counts
as fractions. Two figures are not the whole caseload's: the ``engine``
counts (runs and calls, which depend on how cases share a day) are the
partitions' added, and the rate tables assumed are listed in the order the
partitions met them; and each block's weighted count of patients gaining LCW
or LCWRA is the parts' (each rounded to 0.01) added, so it may differ from
the whole's by up to 0.005 a part (the ``health`` figures are exact).

The same outcome on rows of one case id in different parts (a row repeated,
an award revised: :mod:`entitlements.io.repeats`) is counted once, as in
memory: a first pass over the case ids finds the ids on more than one part,
whose rows are read together (``_across_parts``), and each part is told
which of its rows those are, and where its rows begin.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import numpy as np

from ..caseload import failures_in_words
from ..errors import EntitlementsError
from ..partitions import PartitionedResult, failed_frame, merge_assumptions, read_partitioned, run_partitions
from .cases import LINE_NAMES  # noqa: F401  (the lines a summary names)
from .outcomes import OUTCOME_KINDS, STAGES, rent_free_assumption
from .summary import BENEFIT_ORDER, PROB_SOURCES, given_ids, repeated_ids, uncertainty_from
from .uncertainty import moments

__all__ = ["gains_partitioned"]


def gains_partitioned(source: Any, **options) -> PartitionedResult:
    """Income gains of a partitioned caseload of outcomes: a
    :class:`~entitlements.partitions.PartitionedResult` whose ``frame`` has
    the rows of :meth:`CaseloadGains.to_dataframe` partition by partition and
    whose ``summary()`` is :meth:`CaseloadGains.summary` of the whole.
    ``options`` as for :func:`~entitlements.gain.caseload.caseload_gains`
    (the tables, with any overlays, travel to each task)."""
    from ..tables import tables_or_default

    if "group_by" in options:
        raise EntitlementsError("group_by is for summary(), not caseload_gains")
    options["tables"] = tables_or_default(options.get("tables"))
    ddf = read_partitioned(source)
    meta = _meta(ddf, options)
    frame, frames, parts = run_partitions(ddf, _gains_task, meta, options, meta, _across_parts(ddf, options))
    return PartitionedResult(frame, frames, parts, _combine)


#: A case that projects, for the result's columns and dtypes (a frame with no
#: case projected has no figure columns: :meth:`CaseloadGains.columns`).
_A_CASE = {"adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found", "outcome_date": "2025-01-10",
           "decision_date": "2025-07-20"}


def _meta(ddf, options):
    """The result's empty frame: the in-memory path's columns and dtypes, from one case that projects."""
    import pandas as pd

    one = pd.DataFrame({c: pd.Series([_A_CASE.get(c)], dtype=object) for c in ddf._meta.columns})
    id_field = options.get("id_field", "case_id")
    if id_field in one:
        one[id_field] = "x"
    # The stand-in case is dated 2025: checked against no as_of, so it always projects.
    frame, _ = _gains_task(one, 0, {k: v for k, v in options.items() if k != "as_of"}, None)
    return frame.iloc[:0]


def _as_meta(frame, meta):
    """``frame`` with every column of ``meta`` (empty where it had none: a
    part with no case projected), in its order and dtypes."""
    import pandas as pd

    if meta is None or list(frame.columns) == list(meta.columns):
        return frame
    for c in meta.columns:
        if c not in frame.columns:
            frame[c] = pd.Series([None] * len(frame), index=frame.index, dtype=object).astype(meta[c].dtype)
    return frame[list(meta.columns)]


def _gains_task(part, number: int, options: dict[str, Any], meta, across=None):
    """One partition: its gains frame (the input's index) and its summary's parts.
    ``across``: ``_across_parts`` computed (None: the part alone)."""
    from .caseload import caseload_gains

    opts = dict(options)
    if across is not None:  # this part's first row's number less 2, and its rows that repeat another part's
        opts["_row_offset"], opts["_refused"] = across[0][number], across[1].get(number, {})
    try:
        g = caseload_gains(part, **opts)
    except Exception as e:  # noqa: BLE001 - a partition that fails loses no row: each carries the reason
        if meta is None:
            raise
        reason = f"partition {number + 1} could not be projected: {type(e).__name__}: {e}"
        frame = failed_frame(part, meta, options.get("id_field", "case_id"), reason) if meta is not False else None
        from ..io.caseloads import _cell, id_text

        id_field = options.get("id_field", "case_id")
        given = [id_text(v) for v in (part[id_field] if id_field in part else []) if _cell(v) is not None]
        return frame, {"_failed": True, "_n": len(part), "_number": number, "_reasons": [reason] * len(part),
                       "_ids": _id_digests(given),
                       "_errors": [(i + 1, reason) for i in range(len(part))]}
    frame = None
    if meta is not False:  # False: the summary's parts only (a sweep)
        frame = _as_meta(g.to_dataframe(), meta)
        frame.index = part.index
    v = g.valid
    values, counts = np.unique(g.annual[v], return_counts=True)
    lcw = g.gains_lcw
    s = g.summary()
    s.update({
        "_failed": False, "_n": len(part), "_number": number,
        "_annual_counts": (values, counts),
        "_moments": (moments(g.annual[v], g.prob_num[v], g.prob_den[v]), moments(g.projected[v], g.prob_num[v], g.prob_den[v])),
        "_lcw_weighted": sum((Fraction(int(a), int(b)) for a, b in zip(g.prob_num[lcw], g.prob_den[lcw])), Fraction(0)),
        "_assumptions": g.assumptions,
        "_reasons": [str(r) for r in g.reasons[~v]],
        "_errors": [(e["row"], e["reason"]) for e in g.errors()],
        "_ids": _id_digests(given_ids(g)),
    })
    return frame, s


def _part_ids(part, id_field: str):
    """A part's length and the digests of the case ids it gives (each once)."""
    from ..io.caseloads import _cell, id_text

    given = [id_text(v) for v in (part[id_field] if id_field in part else []) if _cell(v) is not None]
    return len(part), np.unique(_id_digests(given))


def _rows_with_ids(part, id_field: str, digests: np.ndarray):
    """The rows of a part whose case id's digest is one of ``digests``, and their positions in the part."""
    from ..io.caseloads import _cell, id_text

    if id_field not in part or not len(digests):
        return part.iloc[:0], np.zeros(0, np.int64)
    given = np.array([_cell(v) is not None for v in part[id_field]], bool).reshape(len(part))
    at = np.flatnonzero(given)
    at = at[np.isin(_id_digests([id_text(part[id_field].iloc[i]) for i in at.tolist()]), digests)]
    return part.iloc[at], at


def _across_parts(ddf, options: dict[str, Any]):
    """A Dask Delayed of each part's row offset (the rows of the parts before
    it) and, where a case id is given on rows of more than one part, the rows
    of each part that repeat a row of the others, or are the same outcome as
    one (:mod:`entitlements.io.repeats`), as ``{part: {position: reason}}``:
    those rows read together, as one machine reads them, so the parts count
    each outcome once, as the whole caseload in memory does. Lazy, computed
    with the parts (one pass over the case ids; the rows are read again only
    for the ids on more than one part)."""
    from dask import delayed

    id_field = options.get("id_field", "case_id")
    pieces = ddf.to_delayed()
    seen = [delayed(_part_ids, pure=True)(p, id_field) for p in pieces]
    many = delayed(_ids_on_many_parts, pure=True)(seen)
    found = [delayed(_rows_with_ids, pure=True)(p, id_field, many) for p in pieces]
    return delayed(_refused_across, pure=True)(seen, found, options)


def _ids_on_many_parts(seen) -> np.ndarray:
    """The id digests on rows of more than one part (each part's given once)."""
    every = np.concatenate([d for _, d in seen]) if seen else np.zeros(0, np.uint64)
    digests, counts = np.unique(every, return_counts=True)
    return digests[counts > 1]


def _refused_across(seen, found, options: dict[str, Any]) -> tuple[list[int], dict[int, dict[int, str]]]:
    """The offsets and the rows refused of :func:`_across_parts`, from each
    part's length and ids (``seen``) and its rows of ids on more than one
    part (``found``)."""
    import pandas as pd

    from ..io.caseloads import DATAFRAME_FIRST_ROW
    from ..io.repeats import refuse_repeats
    from ..io.sources import read_cases
    from ..tables import tables_or_default
    from .plausibility import bounds, refuse_cases

    offsets = np.concatenate([[0], np.cumsum([n for n, _ in seen])]).astype(np.int64).tolist()
    where = [(k, int(i)) for k, (_, at) in enumerate(found) for i in at]
    if not where:
        return offsets, {}
    rows = pd.concat([f for f, at in found if len(at)], ignore_index=True)
    read = read_cases(rows, id_field=options.get("id_field", "case_id"), keep=options.get("keep", ()))
    cases = refuse_cases(read.cases, bounds(options.get("as_of"), tables_or_default(options.get("tables"))))
    checked = np.asarray(cases.valid, bool).copy()
    numbers = np.array([offsets[k] + i + DATAFRAME_FIRST_ROW for k, i in where], np.int64)
    refused = refuse_repeats(cases, read.ids, numbers, read.repeats)
    after, reasons = np.asarray(refused.valid, bool), refused.reasons
    out: dict[int, dict[int, str]] = {}
    for j in np.flatnonzero(checked & ~after).tolist():
        k, i = where[j]
        out.setdefault(k, {})[i] = str(reasons[j])
    return offsets, out


def _id_digests(ids) -> np.ndarray:
    """Each case id given as an 8-byte digest (BLAKE2b), to find the ids on
    rows of more than one partition without carrying the ids: two ids share a
    digest with a chance of about n^2 / 2^65 (under 3 in 10,000 for 100
    million rows)."""
    import hashlib

    return np.array([int.from_bytes(hashlib.blake2b(str(i).encode("utf-8"), digest_size=8).digest(), "big") for i in ids],
                    dtype=np.uint64)


#: Whole numbers of a summary that are settings, the same in every part (not added).
_SETTINGS = frozenset({"per_patient", "horizon_months"})


def _add(a, b, key: str = ""):
    """Two summaries' parts added: whole numbers summed (not settings), dicts
    key by key, anything else the first's."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = dict(a)
        for k, v in b.items():
            out[k] = _add(a[k], v, k) if k in a else v
        return out
    if isinstance(a, int) and isinstance(b, int) and not isinstance(a, bool) and key not in _SETTINGS:
        return a + b
    if key in _ROUNDED and isinstance(a, float) and isinstance(b, float):
        return a + b
    return a


#: Figures each part gives rounded (to 0.01): added, then rounded again, so
#: they may differ from the whole caseload's by up to 0.005 a part.
_ROUNDED = frozenset({"patients_gaining_lcw_or_lcwra_weighted"})


def _round_again(tree):
    if isinstance(tree, dict):
        return {k: (round(v, 2) if k in _ROUNDED and isinstance(v, float) else _round_again(v)) for k, v in tree.items()}
    return tree


def _nesting(parts: list[dict[str, Any]], columns: list[str]) -> dict[str, dict[str, dict[str, str]]]:
    """The whole caseload's nesting of grouping columns from its parts'
    (:func:`~entitlements.gain.summary.group_nesting`): A nests in B where
    it does in every part (a part without A's values says nothing) and no
    value of A has two parents across them."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for a in columns:
        for b in columns:
            if a == b:
                continue
            parent: dict[str, str] = {}
            ok = True
            for p in parts:
                if not p["by_group"].get(a):  # no valid case in the part
                    continue
                m = p.get("group_nesting", {}).get(a, {}).get(b)
                if m is None:
                    ok = False
                    break
                ok = all(parent.setdefault(x, y) == y for x, y in m.items())
                if not ok:
                    break
            if ok and parent:
                out.setdefault(a, {})[b] = dict(sorted(parent.items()))
    return out


def _one_spelling(public: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The parts' summaries with each free-text group under the label the
    whole caseload gives it: a part labels a group by the best of the
    spellings it met (:func:`~entitlements.grouping.best_spelling`), so
    "Practice A" in one part and "practice a" in another are the one group
    of the whole, its label the best of the parts' labels."""
    from ..grouping import best_spelling, fold_key

    shown: dict[str, dict[str, str]] = {}
    for p in public:
        for g, groups in p.get("by_group", {}).items():
            same = shown.setdefault(g, {})
            for lab in groups:
                k = fold_key(lab)
                same[k] = best_spelling([same.get(k, lab), lab])

    def relabel(g: str, lab: str) -> str:
        return shown.get(g, {}).get(fold_key(lab), lab)

    out = []
    for p in public:
        p = dict(p)
        by: dict[str, dict[str, Any]] = {}
        for g, groups in p.get("by_group", {}).items():
            by[g] = {}
            for lab, block in groups.items():
                new = relabel(g, lab)
                by[g][new] = _add(by[g][new], block) if new in by[g] else block
        if "by_group" in p:
            p["by_group"] = by
        if "group_nesting" in p:
            p["group_nesting"] = {a: {b: {relabel(a, x): relabel(b, y) for x, y in m.items()} for b, m in inner.items()}
                                  for a, inner in p["group_nesting"].items()}
        out.append(p)
    return out


def _combine(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary of the whole caseload from its partitions' parts."""
    from ..rates_policy import describe
    from .summary import _natural

    parts = sorted(parts, key=lambda p: p["_number"])
    done = [p for p in parts if not p["_failed"]]
    if not done:
        raise EntitlementsError("no partition of the caseload could be projected: " + parts[0]["_reasons"][0])
    public = _one_spelling([{k: v for k, v in p.items() if not k.startswith("_")} for p in done])
    s = public[0]
    for p in public[1:]:
        s = _add(s, p)
    failed_rows = sum(p["_n"] for p in parts if p["_failed"])
    reasons = [r for p in parts for r in p["_reasons"]]
    s["cases"] += failed_rows
    s["cases_with_errors"] += failed_rows
    kinds: dict[str, int] = {}
    from ..caseload import failure_kind

    for r in reasons:
        kinds[failure_kind(r)] = kinds.get(failure_kind(r), 0) + 1
    s["cases_not_projected"] = {"count": len(reasons), "by_reason": kinds, "in_words": failures_in_words(reasons)}
    for name in ("totals", "confirmed", "predicted"):
        _mean(s[name])
    s["by_outcome"] = {k: _mean(s["by_outcome"][k]) for k in OUTCOME_KINDS if k in s["by_outcome"]}
    s["by_stage"] = {k: _mean(s["by_stage"][k]) for k in STAGES if k in s["by_stage"]}
    s["by_group"] = {g: {lab: _mean(b[lab]) for lab in sorted(b, key=_natural)} for g, b in s["by_group"].items()}
    if "by_month_of_decision" in s:
        months = s["by_month_of_decision"]
        s["by_month_of_decision"] = {k: _mean(months[k]) for k in sorted(months, key=lambda k: (not k[:1].isdigit(), k))}
    s = _round_again(s)
    if "group_nesting" in s:
        s["group_nesting"] = _nesting(public, list(s["by_group"]))
    s["annual_gain_by_benefit_pence"] = {k: s["annual_gain_by_benefit_pence"][k] for k in BENEFIT_ORDER
                                         if k in s["annual_gain_by_benefit_pence"]}
    s["assumptions"]["probabilities_used"] = {k: s["assumptions"]["probabilities_used"][k] for k in PROB_SOURCES
                                              if k in s["assumptions"]["probabilities_used"]}
    s["assumptions"]["in_words"] = rent_free_assumption(int(w) for w in s["assumptions"]["housing_benefit_rent_free_weeks"])
    s["distribution_of_annual_gain"] = _distribution([p["_annual_counts"] for p in done])
    annual = sum((p["_moments"][0] for p in done[1:]), done[0]["_moments"][0])
    projected = sum((p["_moments"][1] for p in done[1:]), done[0]["_moments"][1])
    s["uncertainty"] = uncertainty_from(annual, projected)
    lcw = float(sum((p["_lcw_weighted"] for p in done), Fraction(0)))
    h = s["health"]
    h["patients_gaining_lcw_or_lcwra_weighted"] = round(lcw, 2)
    h["gp_appointments_saved_a_year_weighted"] = round(lcw * h["per_patient"], 1)
    merged = merge_assumptions([a for p in done for a in p["_assumptions"]])
    s["rates"]["assumptions"] = describe(merged, s["rates"]["policy"])
    s["rates"]["tables"] = [a.to_dict() for a in merged]
    offset, errors = 0, []
    for p in parts:
        errors += [{"row": offset + r, "reason": why} for r, why in p["_errors"]]
        offset += p["_n"]
    s["errors"] = errors
    # Across partitions: a part's own count misses an id whose rows are in two parts.
    s["repeated_case_ids"] = repeated_ids(np.concatenate([p["_ids"] for p in parts]))
    return s


def _mean(block: dict[str, Any]) -> dict[str, Any]:
    n = block["cases"]
    block["mean_annual_gain_pence"] = int(round(block["annual_gain_pence"] / n)) if n else 0
    return block


def _distribution(counted: Sequence[tuple[np.ndarray, np.ndarray]]) -> dict[str, int]:
    """The distribution of the annual gain from each part's distinct values
    and their counts: the percentiles numpy's linear method gives on all
    the values together."""
    values = np.concatenate([v for v, _ in counted]) if counted else np.zeros(0, np.int64)
    counts = np.concatenate([c for _, c in counted]) if counted else np.zeros(0, np.int64)
    if not values.size:
        return {}
    values, inverse = np.unique(values, return_inverse=True)
    counts = np.bincount(inverse.reshape(-1), weights=counts).astype(np.int64)
    n = int(counts.sum())
    ends = np.cumsum(counts)  # the (0-based) sorted index k holds values[searchsorted(ends, k, "right")]

    def at(k: int) -> float:
        return float(values[np.searchsorted(ends, k, side="right")])

    def percentile(q: float) -> float:
        h = (n - 1) * q / 100
        lo = int(np.floor(h))
        t = h - lo
        a, b = at(lo), at(min(lo + 1, n - 1))
        # numpy's lerp. mutation: margin below: at t = 0.5 both forms are exact and equal (a and b are whole pence,
        # and a half of a whole number under 2**52 is exact in a float).
        return a + (b - a) * t if t < 0.5 else b - (b - a) * (1 - t)  # mutation: margin

    q = [percentile(x) for x in (10, 25, 50, 75, 90)]
    total = int((values * counts).sum())
    return {"min_pence": int(values[0]), "p10_pence": int(round(q[0])), "p25_pence": int(round(q[1])),
            "median_pence": int(round(q[2])), "p75_pence": int(round(q[3])), "p90_pence": int(round(q[4])),
            "max_pence": int(values[-1]), "mean_pence": int(round(total / n))}
