"""Council tax and Council Tax Reduction over a caseload, in columns.

A million households (random Band D, band, income, capital, couples,
guarantee credit, a non-dependant deduction): the year's liability with the
discount, the pension-age reduction (England) and Coventry's working-age
scheme (2026-27), each as one call over the arrays. Prints the best of
``--repeat`` runs and every run, and a checksum of the weekly reductions (the
same before and after a change that should change no figure).

    PYTHONPATH=src python benchmarks/bench_council_tax.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

import numpy as np

from entitlements.benefits import council_tax as ct
from entitlements.benefits import council_tax_reduction as ctr
from entitlements.benefits import council_tax_reduction_local as local
from entitlements.tables import default_tables


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tables, n = default_tables(), args.rows
    on, on_local = dt.date(2025, 6, 1), dt.date(2026, 6, 1)
    rng = np.random.default_rng(1)
    band_d, bands = rng.integers(150_000, 260_000, n), rng.integers(0, 8, n)
    income, capital = rng.integers(0, 60_000, n), rng.integers(0, 2_000_000, n)
    couple, gc = rng.random(n) < 0.4, rng.random(n) < 0.3
    nd = rng.integers(0, 2, n) * 500

    def run() -> int:
        amount = ct.band_amount(band_d, bands, on=on, tables=tables)
        annual = ct.annual_liability(amount, ct.discount_percent(np.where(couple, 2, 1), np.zeros(n, dtype=np.int64),
                                                                 on=on, tables=tables))
        pension = ctr.pension_age_reduction(annual, on=on, tables=tables, couple=couple, weekly_income=income,
                                            capital=capital, guarantee_credit=gc, weekly_non_dependant_deductions=nd)
        working = local.local_reduction("Coventry", annual, on=on_local, weekly_income=income, couple=couple,
                                        weekly_applicable_amount=29_000, weekly_non_dependant_deductions=nd)
        return int(pension.weekly.sum()) + int(working.weekly.sum())

    times, total = [], 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        total = run()
        times.append(time.perf_counter() - t)
    print(f"{n:,} households: liability, pension-age CTR and a local scheme: best {min(times):.2f} s "
          f"(runs {', '.join(f'{x:.2f}' for x in times)}); checksum {total}")


if __name__ == "__main__":
    main()
