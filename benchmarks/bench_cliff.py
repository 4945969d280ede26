"""Benchmark: a failing row should cost only itself (issue 20).

Run:  PYTHONPATH=src:benchmarks python benchmarks/bench_cliff.py [--gain-rows 1000000] [--estimate-rows 100000]

Two measurements, each on a varied caseload (:mod:`varied`) with no failing
rows and then with 1% of rows that no rule table covers (dates before April
2023, which no rates policy reaches):

* ``estimate_caseload`` with one date per row (2023-2027);
* the income-gain projection (``caseload_gains``' engine) of advice outcomes
  on claims from April 2024 to June 2026, projected 12 months under the
  rates policy ``hold`` (so cases decided in 2026 run into 2027-28).

Target: with 1% failing rows, within 1.3 times the time with none. The
minimum of ``--repeat`` runs is reported, with the load average (the
machine is shared).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import numpy as np  # noqa: E402

from entitlements import estimate_caseload  # noqa: E402
from entitlements.caseload import Caseload  # noqa: E402
from entitlements.gain import _projection  # noqa: E402
from entitlements.tables import default_tables  # noqa: E402
from varied import varied_cases, varied_dates, varied_households  # noqa: E402


def held_tables():
    """The shipped tables under the rates policy ``hold`` (or, before it
    existed, every rate held to 2031)."""
    try:
        from entitlements.rates_policy import RatesPolicy
    except ImportError:
        from entitlements.gain.household import hold_rates

        return hold_rates(default_tables(), dt.date(2031, 12, 31))
    return RatesPolicy.parse("hold").apply(default_tables())


def best(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gain-rows", type=int, default=1_000_000)
    ap.add_argument("--estimate-rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--failing", type=float, default=0.01)
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    tables = default_tables()
    n = args.estimate_rows
    cl = Caseload(columns=varied_households(n), ids=np.arange(n).astype(str).astype(object), valid=np.ones(n, bool))
    for share in (0.0, args.failing):
        on = varied_dates(n, failing=share)
        t, r = best(lambda: estimate_caseload(cl, on=on, tables=tables), args.repeat)
        print(f"estimate_caseload, {n:,} rows, one date a row, {share:.0%} failing: {t:.2f} s "
              f"({int((~r.valid).sum()):,} rows failed)")
    held = held_tables()
    n = args.gain_rows
    for share in (0.0, args.failing):
        cases = varied_cases(n, failing=share, first_claim=dt.date(2024, 4, 10))
        t, p = best(lambda: _projection.project(cases, horizon=12, projection_from="decision", convention="weekly_x52",
                                               tables=held), args.repeat)
        print(f"projection (caseload_gains), {n:,} cases, hold, {share:.0%} failing: {t:.2f} s "
              f"({int((~p.valid).sum()):,} cases failed, {p.calls} engine calls)")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
