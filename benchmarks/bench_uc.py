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
from entitlements.benefits import uc  # noqa: E402
from entitlements.benefits.housing import HousingColumns  # noqa: E402
from entitlements.columns import AdultColumns, BenefitUnitColumns, ChildColumns  # noqa: E402
from entitlements.tables import default_tables  # noqa: E402


def synthetic_columns(n: int, k: int = 4, seed: int = 1) -> BenefitUnitColumns:
    """A random caseload in columns (no Python objects per row)."""
    rng = np.random.default_rng(seed)

    def adult(present):
        lcwra = rng.random(n) < 0.3
        return AdultColumns(
            present=present,
            age=rng.integers(18, 66, n).astype(np.int16),
            date_of_birth=np.full(n, np.datetime64("NaT", "D")),
            monthly_earnings=np.where(rng.random(n) < 0.5, rng.integers(0, 300_000, n), 0).astype(np.int64),
            gross_monthly_earnings=np.full(n, -1, np.int64),
            pension_contribution_monthly=np.zeros(n, np.int64),
            pension_relief=np.zeros(n, np.int8),
            in_paid_work=rng.random(n) < 0.5,
            lcw=lcwra | (rng.random(n) < 0.1),
            lcwra=lcwra,
            lcwra_element_in_award=lcwra,
            lcwra_protected=lcwra & (rng.random(n) < 0.5),
            lcw_element_saved=np.zeros(n, bool),
            carer=rng.random(n) < 0.1,
            carers_allowance_weekly=np.where(rng.random(n) < 0.05, 8645, 0).astype(np.int64),
            new_style_esa_weekly=np.zeros(n, np.int64),
            new_style_jsa_weekly=np.zeros(n, np.int64),
            other_unearned_income_monthly=np.zeros(n, np.int64),
            dla_care=np.zeros(n, np.int8),
            dla_mobility=np.zeros(n, np.int8),
            pip_daily_living=np.zeros(n, np.int8),
            pip_mobility=np.zeros(n, np.int8),
            attendance_allowance=np.zeros(n, np.int8),
            blind=np.zeros(n, bool),
            esa_support_component=np.zeros(n, bool),
        )

    couple = rng.random(n) < 0.4
    n_children = rng.integers(0, k + 1, n)
    present = np.arange(k) < n_children[:, None]
    dob = np.datetime64("2008-01-01") + rng.integers(0, 6900, (n, k)).astype("timedelta64[D]")
    dob = np.sort(np.where(present, dob, np.datetime64("NaT")), axis=1)
    children = ChildColumns(
        present=present,
        date_of_birth=dob,
        disabled_child_rate=np.where(present & (rng.random((n, k)) < 0.1), 1, 0).astype(np.int8),
        has_disability_benefit=np.zeros((n, k), bool),
        exception=np.zeros((n, k), np.int8),
        sex=rng.integers(1, 3, (n, k)).astype(np.int8),
    )
    tenure = rng.choice(np.array([0, 1, 2, 3], np.int16), n, p=[0.3, 0.35, 0.3, 0.05])
    housing = HousingColumns(
        tenure=tenure,
        rent=rng.integers(30_000, 150_000, n).astype(np.int64),
        rent_period=rng.choice(np.array([0, 3], np.int16), n),
        rent_free_periods=np.zeros(n, np.int16),
        bedrooms=np.where(tenure == 1, rng.integers(1, 5, n), -1).astype(np.int16),
        lha_rate_monthly=np.where(tenure == 2, rng.integers(40_000, 140_000, n), -1).astype(np.int64),
        shared_accommodation_exception=np.zeros(n, np.int16),
        extra_bedrooms=np.zeros(n, np.int16),
        non_dependants=(rng.random(n) < 0.1).astype(np.int16),
        non_dependants_paying=(rng.random(n) < 0.05).astype(np.int16),
    )
    return BenefitUnitColumns(
        couple=couple,
        capital=np.where(rng.random(n) < 0.2, rng.integers(0, 2_000_000, n), 0).astype(np.int64),
        adult1=adult(np.ones(n, bool)),
        adult2=adult(couple),
        children=children,
        housing=housing,
        scottish=rng.random(n) < 0.1,
        greater_london=rng.random(n) < 0.15,
        childcare_costs_monthly=np.zeros(n, np.int64),
        childcare_children=np.zeros(n, np.int16),
        benefit_cap_grace_period=np.zeros(n, bool),
        child_benefit_claimed=np.ones(n, bool),
        guardians_allowance=np.zeros(n, bool),
    )


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args()
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

    # A caseload.
    cols = synthetic_columns(args.rows)
    uc.calculate(cols, on=on, tables=tables)
    many = best_of(lambda: uc.calculate(cols, on=on, tables=tables), 3)
    per_row_dates = np.full(args.rows, np.datetime64(on, "D")) + np.random.default_rng(2).integers(-700, 300, args.rows).astype("timedelta64[D]")
    many_dates = best_of(lambda: uc.calculate(cols, on=per_row_dates, tables=tables), 3)

    print(f"import entitlements:                      {imp * 1000:8.1f} ms   (target < 300 ms)")
    print(f"one household, estimate() with breakdown: {one * 1e6:8.1f} us   (target < 1000 us)")
    print(f"caseload of {args.rows:,} rows, one date:   {many:8.3f} s   = {args.rows / many:,.0f} benefit units/s (target >= 1,000,000/s)")
    print(f"caseload of {args.rows:,} rows, own dates:  {many_dates:8.3f} s   = {args.rows / many_dates:,.0f} benefit units/s")


if __name__ == "__main__":
    main()
