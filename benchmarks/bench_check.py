"""The benefit check of a caseload: how long a million households take.

Issue 16's target: one million households checked in under 10 seconds on one
core. The caseload is the varied one of ``varied_caseload.py`` (every row
different), read once (not timed: reading is ``bench_read.py``'s), with what
each case claims drawn at random (UC claimed by 70%, Pension Credit by 60%;
10% of claimants carers not claiming Carer's Allowance, 10% of cases not
claiming Child Benefit); then ``check_caseload`` is timed, best of ``--repeat``, and
its figures printed with a digest (the same digest before and after a change
that should change no figure).

    PYTHONPATH=src python benchmarks/bench_check.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--carers", type=float, default=0.1, help="share of claimants who are carers not claiming Carer's Allowance")
    p.add_argument("--no-child-benefit", type=float, default=0.1, help="share of cases not claiming Child Benefit")
    args = p.parse_args()
    from varied_caseload import varied_columns

    from entitlements import Caseload
    from entitlements.check.caseload import check_caseload

    cols = varied_columns(args.rows, seed=1, bad=0.0)
    pick = np.random.default_rng(3)
    # The varied caseload has no carers and claims Child Benefit: make some of
    # each, so the check reruns the engine on the rows a claim changes.
    cols["adult1_carer"] = np.where(pick.random(args.rows) < args.carers, "yes", "")
    cols["child_benefit_claimed"] = np.where(pick.random(args.rows) < args.no_child_benefit, "no", "")
    cl = Caseload.from_columns(cols)
    rng = np.random.default_rng(2)
    claims = {"universal_credit": rng.random(args.rows) < 0.7, "pension_credit": rng.random(args.rows) < 0.6}
    on = dt.date(2026, 6, 1)
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        cc = check_caseload(cl, on=on, claims=claims)
        s = cc.summary()
        times.append(time.perf_counter() - t)
    digest = hashlib.sha256()
    for cid in sorted(cc.values):
        for arr in cc.values[cid]:
            digest.update(np.ascontiguousarray(arr).tobytes())
    print(f"{args.rows:,} households checked: best {min(times):.2f} s of {', '.join(f'{x:.2f}' for x in times)}")
    print(f"cases checked {s['cases_checked']:,}, with errors {s['cases_with_errors']:,}; "
          f"missing something {s['patients_missing_something']:,}, £{s['annual_pence'] / 100:,.2f} a year")
    for b, r in s["by_benefit"].items():
        print(f"  {b}: {r['patients']:,} patients, £{r['annual_pence'] / 100:,.2f}")
    print(f"digest {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
