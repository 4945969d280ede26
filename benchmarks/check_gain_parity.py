"""Cross-check: the caseload projection against the one-household path.

Run:  PYTHONPATH=src python benchmarks/check_gain_parity.py [--scenarios 2000] [--seed 1] [--hold 2028-12-31]

:func:`entitlements.caseload_gains` projects a caseload through the columnar
engine (runs of assessment periods, one representative day a run);
:func:`entitlements.income_gain` works out one scenario period by period,
each on its own date. They must agree to the penny. The test suite checks
this on a few hundred generated scenarios; this script checks thousands,
drawn by the same generator (``tests/gain_scenarios.py``: gross pay, dates of
birth, named BRMAs, earnings near the cap, claims from April 2024 to December
2026, so projections reach into 2027), under every horizon, start and
convention, with and without rates held, and reports every case that
differs. Not a timed test: it takes a few minutes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import gain_scenarios  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scenarios", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hold", type=dt.date.fromisoformat, default=dt.date(2028, 12, 31),
                    help="also run with the rule tables held to this date (rates policy for the years after)")
    args = ap.parse_args()
    scens = gain_scenarios.scenarios(random.Random(args.seed), args.scenarios)
    t = time.perf_counter()
    compared = refused = differ = 0
    for horizon, start, convention, hold in itertools.product(
            (6, 12, 18), ("decision", "effective"), ("weekly_x52", "monthly_x12"), (None, args.hold)):
        c, r, lines = gain_scenarios.differences(scens, horizon_months=horizon, projection_from=start,
                                                 convention=convention, hold_rates_until=hold)
        compared, refused, differ = compared + c, refused + r, differ + len(lines)
        for line in lines:
            print(f"({horizon} months from {start}, {convention}, rates held to {hold}) {line}")
    print(f"{compared:,} projections compared, {refused:,} refused by both paths, {differ:,} differ "
          f"({time.perf_counter() - t:.0f} s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
