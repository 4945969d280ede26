"""Housing Benefit over a caseload, in columns.

A million benefit units (random ages and couples over and under the
qualifying age, ordinary, temporary and specified accommodation, rent, an
LHA cap for some, income, earnings, capital, guarantee credit or UC, two
non-dependant slots, children and premiums, dates across 2023/24 to
2026/27), each through one call of
:func:`entitlements.benefits.housing_benefit.housing_benefit`. Prints the best
of ``--repeat`` runs and every run, and a checksum of the awards (the same
before and after a change that should change no figure).

    PYTHONPATH=src python benchmarks/bench_housing_benefit.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from entitlements.benefits.hb_applicable_amount import ApplicableAmountFacts
from entitlements.benefits.housing_benefit import NonDependants, hb_scheme, housing_benefit
from entitlements.tables import default_tables


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tables, n = default_tables(), args.rows
    rng = np.random.default_rng(17)
    couple, r1, r2 = rng.random(n) < 0.4, rng.random(n) < 0.7, rng.random(n) < 0.6
    accommodation = rng.choice(3, n, p=[0.8, 0.12, 0.08])
    protected = rng.random(n) < 0.05
    pension = hb_scheme(couple, r1, r2, accommodation, mixed_age_protected=protected) == 1
    passport = rng.random(n) < 0.4
    on = np.datetime64("2023-04-03") + rng.integers(0, 4 * 364, n).astype("timedelta64[D]")
    kw = dict(
        accommodation=accommodation, weekly_lha_rate=np.where(rng.random(n) < 0.3, rng.integers(9_000, 40_000, n), -1),
        mixed_age_protected=protected, guarantee_credit=pension & passport,
        weekly_savings_credit=np.where(pension & ~passport & (rng.random(n) < 0.2), rng.integers(0, 2_000, n), 0),
        universal_credit=~pension & passport, weekly_income=rng.integers(0, 60_000, n),
        weekly_earnings=np.where(rng.random(n) < 0.2, rng.integers(0, 50_000, n), 0),
        capital=rng.integers(0, 2_000_000, n), age1=rng.integers(18, 95, n), age2=rng.integers(18, 95, n),
        pensionable_age_before_april_2021=rng.random(n) < 0.5,
        non_dependants=NonDependants(age=np.where(rng.random((n, 2)) < 0.25, rng.integers(16, 70, (n, 2)), -1),
                                     gross_weekly_income=rng.integers(-1, 80_000, (n, 2)),
                                     remunerative_work=rng.random((n, 2)) < 0.6,
                                     exempt=rng.random((n, 2)) < 0.1),
        blind_or_care_benefit=rng.random(n) < 0.1,
        facts=ApplicableAmountFacts(children=rng.integers(0, 4, n), qualifying_benefit1=rng.random(n) < 0.1,
                                    carers_allowance2=couple & (rng.random(n) < 0.05)),
    )
    rent = rng.integers(5_000, 45_000, n)

    def run() -> int:
        return int(housing_benefit(couple, r1, r2, rent, on=on, tables=tables, **kw).award.sum())

    times, total = [], 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        total = run()
        times.append(time.perf_counter() - t)
    print(f"{n:,} benefit units: Housing Benefit: best {min(times):.2f} s "
          f"(runs {', '.join(f'{x:.2f}' for x in times)}); checksum {total}")


if __name__ == "__main__":
    main()
