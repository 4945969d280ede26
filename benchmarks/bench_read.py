"""Benchmark: reading a caseload CSV and estimating it.

Run:  PYTHONPATH=src python benchmarks/bench_read.py [--rows 1000000]

The file is ``examples/caseload.csv`` (ten households, one of them with a
value that is not allowed) repeated to ``--rows`` rows, written to a
temporary directory. Timed: ``Caseload.from_csv`` with pandas (if installed)
and without it (Python's csv module), then ``estimate_caseload`` for one
assessment period. Every row is kept; the bad rows are counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from entitlements import Caseload, estimate_caseload  # noqa: E402
from entitlements.io import cells  # noqa: E402

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "caseload.csv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args()
    lines = EXAMPLE.read_text(encoding="utf-8-sig").splitlines(True)
    body = lines[1:]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "caseload.csv"
        with path.open("w", encoding="utf-8") as f:
            f.write(lines[0])
            for i in range(args.rows):
                f.write(body[i % len(body)])
        size = path.stat().st_size / 2**20
        print(f"rows: {args.rows:,} ({size:,.0f} MiB), columns: {lines[0].count(',') + 1}")
        ways = [("with pandas", cells.pandas_if_installed)] if cells.pandas_if_installed() is not None else []
        ways.append(("csv module", lambda: None))
        keep = cells.pandas_if_installed
        try:
            for label, pandas in ways:
                cells.pandas_if_installed = pandas
                t = time.perf_counter()
                c = Caseload.from_csv(path)
                print(f"read, {label + ':':12} {time.perf_counter() - t:6.2f} s   "
                      f"({int(c.valid.sum()):,} rows read, {len(c.errors):,} reported)")
        finally:
            cells.pandas_if_installed = keep
        t = time.perf_counter()
        r = estimate_caseload(c, on=dt.date(2026, 5, 1))
        print(f"estimate every benefit:   {time.perf_counter() - t:6.2f} s   (total UC £{int(r.award.sum()) // 100:,} a month)")


if __name__ == "__main__":
    main()
