"""Caseloads larger than memory (issue 19): generated benefit units written
to Parquet, then estimated through ``estimate_caseload`` one partition at a
time on a local Dask cluster; and a sweep of scenarios.

Measures, each run once (the machine is shared: say so with the figures):

* **estimate**: ``--units`` varied benefit units (``varied_caseload.py``:
  every row different, 1% with a value not allowed) as Parquet files of
  ``--partition-rows`` rows each, through
  :func:`entitlements.partitions.estimate_partitioned` to a Parquet dataset
  of results, with the summary, on a ``LocalCluster`` of 1 and of 2 worker
  processes (one thread each): wall time, units a second, and each worker's
  peak resident memory (``ru_maxrss``).
* **sweep**: ``--sweep-units`` units under 10 scenarios (the shipped rules;
  the LCWRA element, standard allowance, taper and work allowances moved by
  overlays; rates held, uprated or strict on a date past the tables' end) with
  :func:`entitlements.sweep.sweep` on 2 workers.

    python benchmarks/bench_scale.py --units 20000000 --sweep-units 2000000
    python benchmarks/bench_scale.py --quick          # 400,000 and 200,000: a minute

Generated files go to ``--work`` (a temporary directory by default, removed
at the end).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from varied_caseload import varied_columns  # noqa: E402

ON = dt.date(2026, 5, 1)


def write_parquet_caseload(folder: Path, units: int, per_file: int) -> list[Path]:
    """``units`` varied benefit units as Parquet files of ``per_file`` rows
    (text columns, as a CSV holds them); files already there (``--work``
    from an earlier run) are used as they are."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if folder.is_dir() and sorted(folder.glob("part-*.parquet")):
        return sorted(folder.glob("part-*.parquet"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, start in enumerate(range(0, units, per_file)):
        m = min(per_file, units - start)
        cols = varied_columns(m, seed=1 + k)
        cols["case_id"] = np.char.add("C", np.arange(start + 1, start + m + 1).astype(str))
        path = folder / f"part-{k:04d}.parquet"
        pq.write_table(pa.table({c: pa.array(v) for c, v in cols.items()}), path)
        paths.append(path)
    return paths


def _high_water_kb() -> int:
    """This process's peak resident memory [kB]: ``VmHWM`` (Linux), the high
    water mark of its own memory. (``ru_maxrss`` is not: it is kept across
    ``exec``, so a worker started from a large parent reports the parent's.)"""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def peak_memory(client) -> dict[str, float]:
    """Each worker process's peak resident memory so far [MB]."""
    return {w: round(kb / 1024, 1) for w, kb in client.run(_high_water_kb).items()}


def run_estimate(src: Path, out: Path, workers: int) -> dict:
    from distributed import Client, LocalCluster

    from entitlements.partitions import estimate_partitioned

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit="8GB") as cluster, Client(cluster) as client:
        client.run(lambda: __import__("entitlements.caseload"))  # import time is not the engine's
        t = time.perf_counter()
        summary = estimate_partitioned(src, on=ON).write(out)
        wall = time.perf_counter() - t
        mem = peak_memory(client)
    return {"workers": workers, "units": summary["cases"], "estimated": summary["cases_estimated"],
            "with_errors": summary["cases_with_errors"], "seconds": round(wall, 1),
            "units_a_second": round(summary["cases"] / wall), "peak_mb_per_worker": sorted(mem.values()),
            "total_uc_monthly_pence": summary["total_uc_monthly_pence"]}


OVERLAY = '''id = "{id}"
title = "{title} (scenario)"
unit = "{unit}"
applies = "assessment_period"
legal_basis = "Scenario: not law"
until = {until}
{keys}
[[rows]]
from = 2026-04-06
{value}
source = "Benchmark scenario"
'''


def scenarios(folder: Path):
    """Ten scenarios: the shipped rules, six overlays, three rates policies."""
    from entitlements import Tables
    from entitlements.sweep import RulesScenario

    tables = Tables.load()

    def overlay(name: str, table_id: str, change) -> RulesScenario:
        t = tables.table(table_id)
        row = t.rows[-1]
        value = change(row.value)
        keys = f"keys = {json.dumps(list(value))}\n" if isinstance(value, dict) else ""
        text = ("values = { " + ", ".join(f"{k} = {v / 100:.2f}" if t.unit.startswith("GBP") else f"{k} = {v}"
                                          for k, v in value.items()) + " }") if isinstance(value, dict) else \
            (f"value = {value / 100:.2f}" if t.unit.startswith("GBP") else f"value = {value}")
        d = folder / name.replace(" ", "-")
        (d / "x").mkdir(parents=True, exist_ok=True)
        (d / "x" / "t.toml").write_text(OVERLAY.format(id=table_id, title=t.title, unit=t.unit, until=t.until, keys=keys,
                                                       value=text))
        return RulesScenario(name, overlays=(d,))

    return [
        RulesScenario("shipped"),
        overlay("lcwra 450", "uc.lcwra_element", lambda v: {**v, "protected": 45000}),
        overlay("lcwra new 300", "uc.lcwra_element", lambda v: {**v, "new_claimant": 30000}),
        overlay("taper 50", "uc.taper", lambda v: 50),
        overlay("taper 60", "uc.taper", lambda v: 60),
        overlay("work allowance +10%", "uc.work_allowance", lambda v: {k: (x * 11 // 10) for k, x in v.items()}),
        overlay("standard allowance +5%", "uc.standard_allowance", lambda v: {k: (x * 105 // 100) for k, x in v.items()}),
        RulesScenario("held past end", rates_after="hold"),
        RulesScenario("uprated 3%", rates_after="uprate:3"),
        RulesScenario("uprated 5%", rates_after="uprate:5"),
    ]


def run_sweep(src: Path, folder: Path, workers: int, on: dt.date) -> dict:
    from distributed import Client, LocalCluster

    from entitlements.partitions import read_partitioned
    from entitlements.sweep import sweep

    chosen = scenarios(folder)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit="8GB") as cluster, Client(cluster) as client:
        client.run(lambda: __import__("entitlements.caseload"))
        t = time.perf_counter()
        table = sweep(read_partitioned(src), chosen, on=on, client=client)
        wall = time.perf_counter() - t
        mem = peak_memory(client)
    units = int(table["cases"].iloc[0])
    return {"workers": workers, "scenarios": len(chosen), "units": units, "seconds": round(wall, 1),
            "unit_scenarios_a_second": round(units * len(chosen) / wall), "peak_mb_per_worker": sorted(mem.values()),
            "on": on.isoformat(),
            "total_uc_monthly_pence_change": {k: int(v) for k, v in table["total_uc_monthly_pence_change"].items()}}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--units", type=int, default=20_000_000)
    p.add_argument("--sweep-units", type=int, default=2_000_000)
    p.add_argument("--partition-rows", type=int, default=500_000)
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    p.add_argument("--quick", action="store_true", help="400,000 units and a sweep over 200,000")
    p.add_argument("--work", type=Path, help="where the Parquet files go (default: a temporary directory, removed)")
    p.add_argument("--skip-estimate", action="store_true")
    p.add_argument("--skip-sweep", action="store_true")
    p.add_argument("--json", type=Path, help="write the figures here too")
    p.add_argument("--sweep-on", type=dt.date.fromisoformat, default=dt.date(2027, 5, 1),
                   help="the date of the sweep's estimates (default 2027-05-01: past the tables' end, so the rates policies differ)")
    a = p.parse_args(argv)
    if a.quick:
        a.units, a.sweep_units, a.partition_rows = 400_000, 200_000, 100_000
    work = a.work or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    figures: dict = {"machine": "2 cores shared with other work; each figure from one run"}
    try:
        if not a.skip_estimate:
            t = time.perf_counter()
            write_parquet_caseload(work / "caseload", a.units, a.partition_rows)
            figures["generate_seconds"] = round(time.perf_counter() - t, 1)
            print(f"generated {a.units:,} units as Parquet in {figures['generate_seconds']} s", flush=True)
            figures["estimate"] = []
            for w in a.workers:
                r = run_estimate(work / "caseload", work / f"results-{w}.parquet", w)
                figures["estimate"].append(r)
                print(json.dumps(r), flush=True)
                shutil.rmtree(work / f"results-{w}.parquet", ignore_errors=True)
        if not a.skip_sweep:
            write_parquet_caseload(work / "sweep", a.sweep_units, a.partition_rows)
            # A date past the tables' end, so the rates policies differ (and the overlays' rows apply).
            figures["sweep"] = run_sweep(work / "sweep", work / "scenarios", max(a.workers), a.sweep_on)
            print(json.dumps(figures["sweep"]), flush=True)
    finally:
        if a.work is None:
            shutil.rmtree(work, ignore_errors=True)
    if a.json:
        a.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
