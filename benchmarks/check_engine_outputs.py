"""Every output array of the household total on a varied caseload, saved
to compare two versions of the engine: a change meant for speed must leave
every figure as it was.

Run:  PYTHONPATH=src:benchmarks python benchmarks/check_engine_outputs.py save before.npz [--rows 300000]
      (change the engine)
      PYTHONPATH=src:benchmarks python benchmarks/check_engine_outputs.py save after.npz
      python benchmarks/check_engine_outputs.py compare before.npz after.npz

The caseload is ``varied.varied_households`` (the same for the same
``--rows``), estimated for one date (2026-05-01) and for a date a row
(``varied.varied_dates``, none failing), under the rates policy "hold".
``compare`` lists every array that differs and exits 1 if one does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import numpy as np


def save(path: str, rows: int) -> None:
    import attrs

    from entitlements.benefits import household_total
    from entitlements.rates_policy import RatesPolicy
    from entitlements.tables import default_tables
    from varied import varied_dates, varied_households

    cols = varied_households(rows)
    tables = RatesPolicy.parse("hold").apply(default_tables())
    out: dict[str, np.ndarray] = {}

    def walk(o, p):
        if isinstance(o, np.ndarray) or np.isscalar(o):
            out[p] = np.asarray(o)
        elif attrs.has(type(o)):
            for a in attrs.fields(type(o)):
                walk(getattr(o, a.name), f"{p}.{a.name}")
        elif isinstance(o, (tuple, list)):
            for i, x in enumerate(o):
                walk(x, f"{p}[{i}]")

    for label, on in (("one_date", dt.date(2026, 5, 1)), ("date_a_row", varied_dates(rows, failing=0.0))):
        walk(household_total.calculate(cols, on=on, tables=tables), label)
    np.savez_compressed(path, **out)
    print(f"{len(out)} arrays of {rows:,} rows saved to {path}")


def compare(a_path: str, b_path: str) -> int:
    a, b = np.load(a_path), np.load(b_path)
    only = sorted(set(a.files) ^ set(b.files))
    bad = [k for k in sorted(set(a.files) & set(b.files)) if not (a[k].shape == b[k].shape and np.array_equal(a[k], b[k]))]
    print(f"{len(set(a.files) & set(b.files))} arrays compared, {len(bad)} differ; {len(only)} in one file only")
    for k in bad[:20]:
        print(f"  differs: {k}")
    for k in only[:20]:
        print(f"  in one file only: {k}")
    return 1 if bad or only else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("path")
    s.add_argument("--rows", type=int, default=300_000)
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    args = ap.parse_args()
    if args.cmd == "save":
        save(args.path, args.rows)
    else:
        sys.exit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
