"""A CSV caseload estimated a part of its rows at a time
(:func:`estimate_caseload_csv`, what ``entitlements caseload FILE.csv --out``
runs): the file read once, its header checked, then each part read into
households, estimated by :func:`entitlements.caseload.estimate_caseload` and
appended to the output, with the same file, summary and errors as the whole
at once. Where the parts could differ from the whole, the whole is estimated
at once instead.

One job: the parts and how their results are put together
(:class:`CaseloadFileEstimate`); the names are importable from
:mod:`entitlements.caseload` too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from .caseload import Caseload, CaseloadEstimate, estimate_caseload, id_keys, repeated_case_ids
from .errors import InputError, NoRowInForce
from .io.caseloads import CaseloadCsvInParts, RowError
from .rates_policy import RateAssumption, RatesPolicy
from .tables import Tables

__all__ = ["PART_ROWS", "CaseloadFileEstimate", "estimate_caseload_csv"]


#: Rows read, estimated and written at a time by :func:`estimate_caseload_csv`.
PART_ROWS = 1 << 18


@attrs.frozen
class CaseloadFileEstimate:
    """A CSV caseload estimated by :func:`estimate_caseload_csv`, its
    per-case results already written: what is said of it afterwards. The
    same as the :class:`CaseloadEstimate` of the whole file would say:
    :meth:`summary`, ``errors`` (every row that could not be used, in row
    order, a row's own in the order found; ``index`` from the file's first
    row), ``source`` and ``encoding``."""

    source: str
    encoding: str | None
    errors: tuple[RowError, ...]
    figures: Mapping[str, Any]
    parts: int = 1  # how many parts the rows were estimated in

    @classmethod
    def of(cls, estimate: CaseloadEstimate) -> "CaseloadFileEstimate":
        cl = estimate.caseload
        return cls(source=cl.source, encoding=cl.encoding, errors=_in_row_order(cl.errors), figures=estimate.summary())

    def summary(self) -> dict[str, Any]:
        """As :meth:`CaseloadEstimate.summary`."""
        return dict(self.figures)


class _PartsDiffer(Exception):
    """The parts of a caseload cannot be put together as the whole would
    be (a part's rates rest on other assumptions, or a part raised the error
    the whole might not): the whole is estimated at once instead."""


def estimate_caseload_csv(path: str | Path, *, on: dt.date, out: str | Path | None = None, tables: Tables | None = None,
                          rates_after: RatesPolicy | str | None = None, keep: Sequence[str] = (), id_field: str = "case_id",
                          part_rows: int | None = None, step=None, sheet: str | None = None) -> CaseloadFileEstimate:
    """A CSV caseload estimated on one date and its per-case results written
    to ``out`` (CSV, or Parquet for a ``.parquet`` name; None: not written),
    what ``Caseload.from_csv``, :func:`estimate_caseload` and
    :meth:`CaseloadEstimate.write` do, with the same results, errors and
    file, byte for byte, but ``part_rows`` rows at a time (``PART_ROWS``
    by default) where the file is longer and ``out`` is CSV: a million rows'
    households and results are never held at once.

    The file is read and its header checked first; each part is then read
    into households, estimated and appended to the output's temporary file,
    moved into place when every part is written. Where the parts cannot be
    put together as the whole would be (their rates rest on different
    assumptions past the tables' end, or a part's rows are all outside the
    tables), the whole file is estimated at once instead, so the result is
    always the whole's. ``step(what)`` is told each step ("reading", "estimating", "writing").
    ``path`` may be an Excel workbook (``sheet``: which worksheet; see
    :meth:`Caseload.from_csv`)."""
    step = step or (lambda what: None)
    part_rows = PART_ROWS if part_rows is None else part_rows
    if not isinstance(part_rows, int) or isinstance(part_rows, bool) or part_rows < 1:
        raise InputError("part_rows", part_rows, "a whole number of rows, 1 or more")
    step("reading")
    reader = CaseloadCsvInParts(Path(path), id_field=id_field, keep=keep, sheet=sheet)
    parquet = out is not None and Path(out).suffix.lower() == ".parquet"
    if len(reader) > part_rows and not parquet and isinstance(on, dt.date) and not isinstance(on, dt.datetime):
        try:
            return _estimate_in_parts(reader, on=on, out=out, tables=tables, rates_after=rates_after, part_rows=part_rows,
                                      step=step)
        except _PartsDiffer:
            pass
    cl = Caseload(**reader.part(0, len(reader)))
    del reader
    step("estimating")
    res = estimate_caseload(cl, on=on, tables=tables, rates_after=rates_after)
    if out is not None:
        step("writing")
        res.write(out)
    return CaseloadFileEstimate.of(res)


def _estimate_in_parts(reader: CaseloadCsvInParts, *, on: dt.date, out, tables, rates_after, part_rows: int,
                       step) -> CaseloadFileEstimate:
    """:func:`estimate_caseload_csv` a part at a time; :class:`_PartsDiffer`
    where the parts' assumptions differ or a part raises :class:`NoRowInForce`
    (the temporary output is then removed). A plain ``with`` (not an
    ``ExitStack``): a signal between making the temporary and registering
    its removal would leave it behind."""
    from .io.files import atomic_target
    from .io.writers import ColumnsCsvWriter

    step("estimating and writing")
    if out is None:
        return _parts(reader, None, on=on, tables=tables, rates_after=rates_after, part_rows=part_rows)
    with atomic_target(out) as tmp, ColumnsCsvWriter(tmp) as writer:
        return _parts(reader, writer, on=on, tables=tables, rates_after=rates_after, part_rows=part_rows)


def _parts(reader: CaseloadCsvInParts, writer, *, on: dt.date, tables, rates_after, part_rows: int) -> CaseloadFileEstimate:
    """Each part read, estimated and written (where ``writer``); their summaries added up."""
    summaries: list[dict[str, Any]] = []
    errors: list[RowError] = []
    keys: list[np.ndarray] = []  # every part's case ids as keys: an id repeated across parts is counted once
    first: tuple[RateAssumption, ...] | None = None
    for start in range(0, len(reader), part_rows):
        cl = Caseload(**reader.part(start, start + part_rows))
        try:
            res = estimate_caseload(cl, on=on, tables=tables, rates_after=rates_after)
        except NoRowInForce:
            raise _PartsDiffer() from None
        if first is None:
            first = res.assumptions
        elif res.assumptions != first:
            raise _PartsDiffer()
        if writer is not None:
            writer.write(res.columns())
        summaries.append(res.summary())
        keys.append(id_keys(cl.ids))
        errors += [attrs.evolve(e, index=e.position + start) for e in res.caseload.errors]
        source, encoding = res.caseload.source, res.caseload.encoding
        del cl, res
        _return_freed_memory()
    figures = _summed(summaries)
    figures["repeated_case_ids"] = repeated_case_ids(np.concatenate(keys))
    return CaseloadFileEstimate(source=source, encoding=encoding, errors=_in_row_order(errors), figures=figures,
                                parts=len(summaries))


def _in_row_order(errors) -> tuple[RowError, ...]:
    return tuple(sorted(errors, key=lambda e: e.row))


#: The figures of :meth:`CaseloadEstimate.summary` that add up over parts of a caseload.
_COUNTS = ("cases", "cases_estimated", "cases_with_errors", "cases_entitled_to_uc", "total_uc_monthly_pence",
           "cases_with_assumed_rates", "cases_with_facts_assumed")


def _summed(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary of a caseload from its parts' (the rules, the rates
    policy and the assumptions are every part's): the counts and totals
    added, the mean UC worked out from them (as ``numpy.mean`` of the whole's
    integer pence does: the sum is exact, the quotient rounded once)."""
    out = dict(parts[0])
    for k in _COUNTS:
        out[k] = sum(p[k] for p in parts)
    out["facts_assumed"] = {k: sum(p["facts_assumed"][k] for p in parts) for k in parts[0]["facts_assumed"]}
    out["rows_not_cases"] = {k: sum(p["rows_not_cases"][k] for p in parts) for k in parts[0]["rows_not_cases"]}
    if out["total_benefits_annual_pence"] is not None:
        out["total_benefits_annual_pence"] = sum(p["total_benefits_annual_pence"] for p in parts)
    n = out["cases_estimated"]
    out["mean_uc_monthly_pence"] = int(round(out["total_uc_monthly_pence"] / n)) if n else 0
    return out


def _return_freed_memory() -> None:
    """Memory freed by one part handed back to the system before the next
    (glibc's ``malloc_trim``; nothing where there is none): without it the
    heap keeps every part's freed arrays, fragmented, and the peak grows a
    part at a time. Arrays held only in reference cycles (an error's
    traceback) are collected first."""
    import ctypes
    import gc

    gc.collect()
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)
