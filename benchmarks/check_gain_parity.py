"""Cross-check: the caseload projection against the one-household path.

Run:  PYTHONPATH=src python benchmarks/check_gain_parity.py [--scenarios 2000] [--seed 1] [--policies strict,hold,uprate:3.1]

:func:`entitlements.caseload_gains` projects a caseload through the columnar
engine (runs of assessment periods, one representative day a run);
:func:`entitlements.income_gain` works out one scenario period by period,
each on its own date. They must agree to the penny. The test suite checks
this on a few hundred generated scenarios; this script checks thousands,
drawn by the same generator (``tests/gain_scenarios.py``: gross pay, dates of
birth, named BRMAs, earnings near the cap, claims from April 2024 to December
2026, so projections reach into 2027), under every horizon, start and
convention, under each rates policy (strict: projections past the tables
refused by both paths; hold, the default; uprate:PCT), and reports every
case that differs. A second set of scenarios claims from April 2027 to
March 2028 (``--late``), so every projection runs in 2027-28 and after,
on held or uprated rates. Two more sets: households at pension age (the
Pension Credit, Housing Benefit and CTR knock-ons), and carers in Scotland
claiming from April 2023 (Carer's Allowance Supplement lump sums, the weekly
Scottish Carer Supplement from 15 March 2026).
``--assumptions`` compares the rates assumed as
well: a case differs where one household read a table (or the bill's council
tax figure, held past its year) on days the caseload does not name for it
(``gain_scenarios.unnamed``). ``--as-of YYYY-MM-DD`` checks the dates
against that day on both paths (a case refused by one must be refused by
the other). Not a timed test: it takes a few minutes.
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
    ap.add_argument("--policies", default="strict,hold,uprate:3.1",
                    help="rates policies to run, separated by semicolons or commas (uprate:PCT may not contain a comma here)")
    ap.add_argument("--assumptions", action="store_true",
                    help="compare the rates assumed too: every table and day one household read is named by the caseload")
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=None,
                    help="check the dates against this day on both paths (entitlements.gain.plausibility; default: none)")
    ap.add_argument("--late", type=int, default=None, help="scenarios claiming in 2027-28 (default: a quarter of --scenarios)")
    args = ap.parse_args()
    policies = [p for p in args.policies.replace(";", ",").split(",") if p]
    r = random.Random(args.seed)
    sets = {"claims 2024-2026": gain_scenarios.scenarios(r, args.scenarios),
            "claims 2027-28": gain_scenarios.scenarios(r, args.late if args.late is not None else args.scenarios // 4,
                                                        claims=(dt.date(2027, 4, 12), dt.date(2028, 3, 31))),
            # Pension age: the Pension Credit, Housing Benefit and CTR knock-on lines (entitlements.gain.pension_age),
            # worked out again at each rate change and from the day a household reaches the qualifying age (some
            # single people do, during the projections), in England, Wales and Scotland.
            "pension age": gain_scenarios.pension_age_scenarios(r, args.scenarios // 4),
            # A carer in Scotland: Carer's Allowance Supplement lump sums on their qualifying dates to March 2026, the
            # weekly Scottish Carer Supplement from 15 March 2026 (entitlements.gain._supplements).
            "Scottish carers": gain_scenarios.scottish_carer_scenarios(r, args.scenarios // 4)}
    t = time.perf_counter()
    compared = refused = differ = 0
    for (name, scens), horizon, start, convention, policy in itertools.product(
            sets.items(), (6, 12, 18), ("decision", "effective"), ("weekly_x52", "monthly_x12"), policies):
        c, f, lines = gain_scenarios.differences(scens, horizon_months=horizon, projection_from=start,
                                                 convention=convention, rates_after=policy, assumptions=args.assumptions,
                                                 as_of=args.as_of)
        compared, refused, differ = compared + c, refused + f, differ + len(lines)
        for line in lines:
            print(f"({name}, {horizon} months from {start}, {convention}, rates policy {policy}) {line}")
    print(f"{compared:,} projections compared, {refused:,} refused by both paths, {differ:,} differ "
          f"({time.perf_counter() - t:.0f} s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
