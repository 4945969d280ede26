"""Benchmarks: one household through the API (warm), a 1,000,000-row
caseload, and the cost of `import entitlements`.

Run:  .venv/bin/python benchmarks/bench_uc.py [--rows 1000000]
Targets (issue 2): < 1 ms per household; >= 1,000,000 benefit units a second
on one core; import < 0.3 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time

import numpy as np

# One core, as the targets say.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

from entitlements import Adult, Child, Household, estimate  # noqa: E402
from entitlements.household import Housing  # noqa: E402
from entitlements.benefits import household_total, uc  # noqa: E402
from entitlements.columns import BenefitUnitColumns, households_columns, select  # noqa: E402
from entitlements.tables import default_tables  # noqa: E402


def synthetic_columns(n: int, *, sample: int = 5000, seed: int = 1) -> BenefitUnitColumns:
    """A random caseload of ``n`` rows: ``sample`` households made through
    the public model (so every field is valid), drawn with replacement."""
    rng = np.random.default_rng(seed)
    on = dt.date(2026, 5, 1)
    households = []
    for _ in range(sample):
        couple = rng.random() < 0.4
        lcwra = rng.random() < 0.3

        def adult():
            return Adult(
                age=int(rng.integers(18, 66)),
                monthly_earnings=int(rng.integers(0, 300_000)) if rng.random() < 0.5 else 0,
                lcwra=bool(lcwra),
                lcwra_protection="pre_2026_claimant" if lcwra and rng.random() < 0.5 else None,
                carer=bool(rng.random() < 0.1),
                pip_daily_living=str(rng.choice(["none", "none", "standard", "enhanced"])),
            )

        kids = tuple(
            Child(date_of_birth=on - dt.timedelta(days=int(rng.integers(30, 6900))), sex=str(rng.choice(["female", "male"])),
                  dla_care="middle" if rng.random() < 0.1 else "none")
            for _ in range(int(rng.integers(0, 5)))
        )
        tenure = rng.choice(["none", "social_rent", "private_rent", "owner_occupier"], p=[0.3, 0.35, 0.3, 0.05])
        housing = None
        if tenure == "social_rent":
            housing = Housing(tenure="social_rent", rent=int(rng.integers(30_000, 120_000)), bedrooms=int(rng.integers(1, 5)))
        elif tenure == "private_rent":
            housing = Housing(tenure="private_rent", rent=int(rng.integers(40_000, 150_000)), lha_rate=int(rng.integers(40_000, 140_000)))
        elif tenure == "owner_occupier":
            housing = Housing(tenure="owner_occupier")
        households.append(
            Household(
                adults=(adult(), adult()) if couple else (adult(),),
                children=kids,
                capital=int(rng.integers(0, 2_000_000)) if rng.random() < 0.2 else 0,
                housing=housing,
                nation="scotland" if rng.random() < 0.1 else "england",
            )
        )
    base = households_columns(households)
    return select(base, rng.integers(0, sample, n))


#: What a run is timed by: wall time, or with --cpu this process's CPU time
#: (a shared machine's load then matters less).
CLOCK = [time.perf_counter]


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = CLOCK[0]()
        fn()
        times.append(CLOCK[0]() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--cpu", action="store_true", help="time by this process's CPU time, not wall time (a shared machine)")
    args = ap.parse_args()
    if args.cpu:
        CLOCK[0] = time.process_time
    on = dt.date(2026, 5, 1)
    tables = default_tables()

    # Import time, in a fresh interpreter, best of 5.
    cmd = [sys.executable, "-c", "import time; t=time.perf_counter(); import entitlements; print(time.perf_counter()-t)"]
    imp = min(float(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout) for _ in range(5))

    # One household, warm.
    h = Household(
        adults=(Adult(age=34, monthly_earnings=90000, lcwra=True), Adult(age=31, carer=True)),
        children=(Child(date_of_birth=dt.date(2016, 9, 14), sex="female"), Child(date_of_birth=dt.date(2020, 2, 3), dla_care="middle", sex="male")),
        capital=700000,
        housing=Housing(tenure="social_rent", rent=12000, rent_period="week", bedrooms=3),
    )
    estimate(h, on=on, tables=tables)
    reps = 2000
    one = best_of(lambda: [estimate(h, on=on, tables=tables) for _ in range(reps)], 3) / reps
    from entitlements.columns import household_columns

    hc = household_columns(h)
    one_uc = best_of(lambda: [uc.calculate(hc, on=on, tables=tables) for _ in range(reps)], 3) / reps
    one_all = best_of(lambda: [household_total.calculate(hc, on=on, tables=tables) for _ in range(reps)], 3) / reps

    # A caseload: Universal Credit alone, and every benefit (what
    # estimate_caseload runs).
    cols = synthetic_columns(args.rows)
    uc.calculate(cols, on=on, tables=tables)
    uc_only = best_of(lambda: uc.calculate(cols, on=on, tables=tables), 3)
    many = best_of(lambda: household_total.calculate(cols, on=on, tables=tables), 3)
    per_row_dates = np.full(args.rows, np.datetime64(on, "D")) + np.random.default_rng(2).integers(-700, 300, args.rows).astype("timedelta64[D]")
    many_dates = best_of(lambda: household_total.calculate(cols, on=per_row_dates, tables=tables), 3)

    print(f"import entitlements:                      {imp * 1000:8.1f} ms   (target < 300 ms)")
    print(f"one household, UC engine alone:           {one_uc * 1e6:8.1f} us   (target < 1000 us)")
    print(f"one household, every benefit (engine):    {one_all * 1e6:8.1f} us")
    print(f"one household, estimate() with breakdowns:{one * 1e6:8.1f} us")
    print(f"caseload of {args.rows:,} rows, UC only:    {uc_only:8.3f} s   = {args.rows / uc_only:,.0f} benefit units/s (target >= 1,000,000/s)")
    print(f"caseload of {args.rows:,} rows, all benefits: {many:6.3f} s   = {args.rows / many:,.0f} benefit units/s")
    print(f"caseload of {args.rows:,} rows, own dates:  {many_dates:8.3f} s   = {args.rows / many_dates:,.0f} benefit units/s")

    # Varied households (issue 20): every row its own dates of birth, pay,
    # rent and named areas (benchmarks/varied.py), every benefit, one date
    # and a date a row (2024-2027, none failing), under the rates policy
    # "hold" (as estimate_caseload runs it).
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from varied import varied_dates, varied_households
    from entitlements.rates_policy import RatesPolicy

    held = RatesPolicy.parse("hold").apply(tables)
    varied = varied_households(args.rows)
    varied_on = varied_dates(args.rows, failing=0.0)
    household_total.calculate(varied, on=on, tables=held)
    v_one = best_of(lambda: household_total.calculate(varied, on=on, tables=held), 3)
    v_rows = best_of(lambda: household_total.calculate(varied, on=varied_on, tables=held), 3)
    print(f"varied caseload, {args.rows:,} rows, every benefit, one date:  {v_one:6.3f} s = {args.rows / v_one:,.0f} rows/s (target 2,000,000/s)")
    print(f"varied caseload, {args.rows:,} rows, every benefit, own dates: {v_rows:6.3f} s = {args.rows / v_rows:,.0f} rows/s "
          f"({v_rows / v_one:.2f} x one date)")


if __name__ == "__main__":
    main()
