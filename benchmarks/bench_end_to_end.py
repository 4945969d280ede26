"""Benchmark: a varied caseload, CSV in -> estimate -> CSV out, phases timed.

Run:  PYTHONPATH=src:benchmarks python benchmarks/bench_end_to_end.py [--rows 1000000] [--repeat 3]

Writes a varied caseload (``varied_caseload.py``: dates of birth, gross pay,
named BRMAs, 1% bad rows) to a temporary directory, then times:

* the command, ``entitlements caseload big.csv --on 2026-05-01 --out results.csv``,
  in a subprocess, with its peak resident memory (issue 20's target: under
  10 s and 2 GB for 1M rows);
* the same phases in this process: reading (``Caseload.from_csv``),
  estimating (``estimate_caseload``) and writing (``to_csv``);
* the public columnar reader (``Caseload.from_columns``) on 100k rows of the
  same caseload given as columns of text (target under 0.5 s).

The best of ``--repeat`` runs is reported, with the load average beside it
(2 cores shared: compare figures taken at similar loads).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from varied_caseload import varied_columns, write_varied_csv  # noqa: E402

from entitlements import Caseload, estimate_caseload  # noqa: E402


def _best(f, repeat: int):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = f()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--csv", help="an existing varied caseload to use (else one is written)")
    args = ap.parse_args()
    exe = Path(sys.executable).parent / "entitlements"
    with tempfile.TemporaryDirectory() as d:
        src = Path(args.csv) if args.csv else write_varied_csv(Path(d) / "big.csv", args.rows)
        out = Path(d) / "results.csv"
        print(f"rows: {args.rows:,} ({src.stat().st_size / 2**20:,.0f} MiB); load {os.getloadavg()[0]:.2f}")
        best, peak = None, 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            r = subprocess.run([str(exe), "caseload", str(src), "--on", "2026-05-01", "--out", str(out), "--quiet"],
                               capture_output=True, text=True)
            took = time.perf_counter() - t
            assert r.returncode == 0, r.stderr
            best = took if best is None else min(best, took)
            peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        print(f"command, CSV in -> CSV out: best {best:.2f} s, peak {peak / 2**20:.2f} GiB   ({r.stdout.splitlines()[0]})")
        t_read, c = _best(lambda: Caseload.from_csv(src), args.repeat)
        t_est, res = _best(lambda: estimate_caseload(c, on=dt.date(2026, 5, 1)), args.repeat)
        t_write, _ = _best(lambda: res.to_csv(out), args.repeat)
        print(f"phases: read {t_read:.2f} s, estimate {t_est:.2f} s, write {t_write:.2f} s "
              f"({int(c.valid.sum()):,} read, {len(res.caseload.errors):,} rows reported)")
    cols = varied_columns(100_000, seed=7, bad=0)
    t_cols, c = _best(lambda: Caseload.from_columns(cols), args.repeat)
    print(f"public columnar reader, 100k rows: {t_cols:.2f} s ({int(c.valid.sum()):,} read); load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
