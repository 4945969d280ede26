"""Scenario sweeps: one caseload under several sets of rules, on a Dask
cluster, gathered into one table of scenario x summary measure with each
scenario's difference from the baseline.

A :class:`RulesScenario` is a set of rule overlays (directories or files of
rule tables laid over the shipped ones: ``docs/developers.md``, "Overlaying
rule tables") and a rates policy (:mod:`entitlements.rates_policy`). Each
(scenario, partition) pair is one task on a ``dask.distributed`` cluster: a
:class:`distributed.LocalCluster` made for the call by default, or the
cluster at ``scheduler`` (an address), or a ``client`` of your own. Each
scenario's tables are loaded and checked here, before any task runs (a bad
overlay is an error naming its file), and sent to the workers once. Every
summary is that of :func:`entitlements.partitions.estimate_partitioned` (or,
with ``measure="gains"``, :func:`entitlements.gain.partitions.gains_partitioned`),
added up exactly over the partitions. Needs the ``distributed`` extra.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .errors import InputError, MissingExtra

__all__ = ["RulesScenario", "sweep", "ESTIMATE_MEASURES", "GAIN_MEASURES"]

#: The measures of an estimate sweep, from the summary of :meth:`entitlements.CaseloadEstimate.summary`.
ESTIMATE_MEASURES = ("cases", "cases_estimated", "cases_with_errors", "cases_entitled_to_uc", "total_uc_monthly_pence",
                     "total_benefits_annual_pence", "mean_uc_monthly_pence", "cases_with_assumed_rates")
#: The measures of a gains sweep: the totals of :meth:`entitlements.gain.caseload.CaseloadGains.summary`, and the spread.
GAIN_MEASURES = ("cases", "cases_projected", "cases_with_a_gain", "annual_gain_pence", "annual_gain_weighted_pence",
                 "annual_gain_sd_pence", "annual_gain_lower_pence", "annual_gain_upper_pence", "projected_gain_pence",
                 "projected_gain_weighted_pence")


@attrs.frozen
class RulesScenario:
    """A named set of rules: overlays on the shipped tables and a rates policy.

    >>> RulesScenario("taper 50%", overlays=("reforms/taper-50",)).name
    'taper 50%'
    """

    name: str = attrs.field()
    overlays: tuple[str | Path, ...] = attrs.field(default=(), converter=tuple)
    rates_after: str | None = None

    @name.validator
    def _named(self, attribute, value):
        if not isinstance(value, str) or not value.strip():
            raise InputError("scenario name", value, "a name (text, not blank)")


def _scenario(s: Any) -> RulesScenario:
    if isinstance(s, RulesScenario):
        return s
    if isinstance(s, Mapping):
        unknown = set(s) - {"name", "overlays", "rates_after"}
        if unknown:
            raise InputError("scenario", sorted(unknown)[0], "name, overlays and rates_after")
        return RulesScenario(**s)
    raise InputError("scenario", type(s).__name__, "a RulesScenario or a mapping with name, overlays, rates_after")


def sweep(caseload: Any, scenarios: Sequence[RulesScenario | Mapping[str, Any]], *, on: dt.date | None = None,
          measure: str = "estimate", baseline: str | None = None, client: Any = None, scheduler: str | None = None,
          **options: Any):
    """Summarise ``caseload`` (a Dask DataFrame, Parquet files, or a pandas
    DataFrame) under every scenario: a pandas DataFrame, one row a scenario
    (in the order given), one column a summary measure
    (:data:`ESTIMATE_MEASURES`, or :data:`GAIN_MEASURES` with
    ``measure="gains"``), then ``<measure>_change``: the difference from the
    baseline scenario (``baseline``, by name; the first scenario if not
    given). ``on`` is the date of the estimates (``measure="estimate"``);
    ``options`` go to :func:`entitlements.gain.caseload.caseload_gains`
    (``measure="gains"``). The full summaries are in ``table.attrs["summaries"]``.
    """
    from .tables import Tables

    if measure not in ("estimate", "gains"):
        raise InputError("measure", measure, "estimate or gains")
    if measure == "estimate" and (not isinstance(on, dt.date) or isinstance(on, dt.datetime)):
        raise InputError("on", on, "the date of the estimates (a date)")
    chosen = [_scenario(s) for s in scenarios]
    if not chosen:
        raise InputError("scenarios", "none", "at least one scenario")
    names = [s.name for s in chosen]
    if len(set(names)) != len(names):
        raise InputError("scenarios", next(n for n in names if names.count(n) > 1), "names that differ")
    base = baseline if baseline is not None else names[0]
    if base not in names:
        raise InputError("baseline", base, "the name of one of the scenarios: " + ", ".join(names))
    tables = [Tables.load(overlays=list(s.overlays)) if s.overlays else Tables.load() for s in chosen]
    own, client = _client(client, scheduler)
    try:
        summaries = _run(caseload, chosen, tables, on, measure, options, client)
    finally:
        if own is not None:
            client.close()
            own.close()
    return _table(chosen, summaries, measure, base)


def distributed(what: str = "a sweep"):
    """``(Client, LocalCluster)`` from dask.distributed, or a
    :class:`~entitlements.errors.MissingExtra` saying how to install it."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MissingExtra(what, "distributed", "distributed",
                           f"{what} needs dask.distributed: pip install 'entitlements[distributed]'") from None
    return Client, LocalCluster


def _client(client, scheduler):
    Client, LocalCluster = distributed()
    if client is not None:
        return None, client
    if scheduler is not None:
        return None, Client(scheduler)
    cluster = LocalCluster()
    return cluster, Client(cluster)


def _run(caseload, chosen, tables, on, measure, options, client) -> list[dict[str, Any]]:
    """Every (scenario, partition) task, gathered: one summary a scenario."""
    import dask.dataframe as dd
    from dask import delayed

    from .gain.partitions import _combine as combine_gains
    from .gain.partitions import _across_parts, _gains_task
    from .partitions import _combine_estimates, _estimate_task, read_partitioned

    if not type(caseload).__module__.startswith("dask") and hasattr(caseload, "iloc"):
        caseload = dd.from_pandas(caseload, npartitions=1)
    ddf = read_partitioned(caseload)
    pieces = ddf.to_delayed()
    sent = client.scatter(tables, broadcast=True)
    tasks = []
    for s, held, t in zip(chosen, tables, sent):
        if measure == "estimate":
            tasks.append([delayed(_estimate_task, pure=True)(p, k, on, t, str(s.rates_after or "hold"), options.get("id_field", "case_id"),
                                                             tuple(options.get("keep", ())), False)[1]
                          for k, p in enumerate(pieces)])
        else:
            opts = dict(options, tables=t, rates_after=s.rates_after)
            # The same outcome on rows of two parts counted once, as caseload_gains counts it (since 2026-12-08).
            across = _across_parts(ddf, dict(options, tables=held))
            tasks.append([delayed(_gains_task, pure=True)(p, k, opts, False, across)[1] for k, p in enumerate(pieces)])
    futures = client.compute(tasks)
    parts = client.gather(futures)
    return [(_combine_estimates if measure == "estimate" else combine_gains)(p) for p in parts]


def _table(chosen, summaries, measure: str, base: str):
    import pandas as pd

    rows = []
    for s in summaries:
        if measure == "estimate":
            rows.append({m: s[m] for m in ESTIMATE_MEASURES})
        else:
            t, u = s["totals"], s["uncertainty"]["annual_gain"]
            rows.append({"cases": s["cases"], "cases_projected": s["cases_projected"], "cases_with_a_gain": s["cases_with_a_gain"],
                         "annual_gain_pence": t["annual_gain_pence"], "annual_gain_weighted_pence": t["annual_gain_weighted_pence"],
                         "annual_gain_sd_pence": u["sd_pence"], "annual_gain_lower_pence": u["lower_pence"],
                         "annual_gain_upper_pence": u["upper_pence"], "projected_gain_pence": t["projected_gain_pence"],
                         "projected_gain_weighted_pence": t["projected_gain_weighted_pence"]})
    measures = ESTIMATE_MEASURES if measure == "estimate" else GAIN_MEASURES
    table = pd.DataFrame(rows, index=pd.Index([s.name for s in chosen], name="scenario"), columns=list(measures)).astype("Int64")
    b = table.loc[base]
    for m in measures:
        table[f"{m}_change"] = table[m] - b[m]
    table.attrs["summaries"] = dict(zip([s.name for s in chosen], summaries))
    table.attrs["baseline"] = base
    return table
