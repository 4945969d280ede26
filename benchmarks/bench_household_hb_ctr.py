"""The household total with Housing Benefit and Council Tax Reduction, for a
million benefit units in columns.

Builds 2,000 varied households (single and couples, under and over the
qualifying age for Pension Credit, social and private renters, owners,
temporary and specified accommodation, non-dependants, State Pension,
earnings, capital; where the library has them, a council and a council tax
band), repeats them to ``--rows`` rows, and times
:func:`entitlements.benefits.household_total.calculate` (every benefit: UC,
Pension Credit, Carer's Allowance, disability benefits, Child Benefit and,
where wired, Housing Benefit, council tax and its reduction) on one date.
Best of ``--repeat`` runs. Run it on a tree without the wiring to get the
figure before (the households then have no council tax facts).

    PYTHONPATH=src python benchmarks/bench_household_hb_ctr.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

import attrs
import numpy as np

from entitlements import Adult, Household
from entitlements.benefits import household_total
from entitlements.columns import households_columns, select
from entitlements.household import Housing, NonDependant
from entitlements.tables import default_tables

WIRED = "local_authority" in {f.name for f in attrs.fields(Household)}


def _household(rng) -> Household:
    old = rng.random() < 0.5
    couple = rng.random() < 0.4
    age = int(rng.integers(67, 90) if old else rng.integers(20, 60))

    def adult(a):
        # State Pension only from pensionable age (66 or more here); the savings credit age condition as the age
        # allows in 2024-2026 (73 or over: yes, settled from 74; under 73: no, settled from 70).
        return Adult(age=a, state_pension_weekly=int(rng.integers(0, 30000)) if old and a >= 66 else 0,
                     monthly_earnings=0 if old else int(rng.choice([0, 50000, 120000])),
                     reached_pension_age_before_6_april_2016=(a >= 73) if old else None)

    adults = (adult(age),) + ((adult(age - 2 if old else age),) if couple else ())
    kind = rng.choice(["social", "private", "owner", "temporary"], p=[0.35, 0.35, 0.2, 0.1])
    nds = tuple(NonDependant(age=int(rng.integers(19, 50)), **(dict(remunerative_work=bool(rng.random() < 0.5),
                                                                      gross_weekly_income=int(rng.integers(10000, 60000)))
                                                                 if WIRED else {}))
                for _ in range(int(rng.choice([0, 0, 0, 1, 2]))))
    ct = dict(council_tax_band=str(rng.choice(list("ABCDE")))) if WIRED else {}
    if kind == "social":
        housing = Housing(tenure="social_rent", rent=int(rng.integers(40000, 80000)), bedrooms=2, non_dependants=nds, **ct)
    elif kind == "private":
        housing = Housing(tenure="private_rent", rent=int(rng.integers(50000, 110000)), brma="Coventry", non_dependants=nds, **ct)
    elif kind == "owner":
        housing = Housing(tenure="owner_occupier", non_dependants=nds, **ct)
    else:
        housing = Housing(tenure="supported_or_temporary", rent=int(rng.integers(15000, 40000)), rent_period="week",
                          non_dependants=nds, **(dict(accommodation="temporary") if WIRED else {}), **ct)
    extra = dict(local_authority="North Warwickshire") if WIRED else {}
    return Household(adults=adults, housing=housing, capital=int(rng.choice([0, 0, 500000, 1500000])), **extra)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--bill-share", type=float, default=0.0,
                    help="the share of households with a council tax band given a Band D from the bill "
                         "(Housing.council_tax_band_d), half of them as the band's charge instead")
    args = ap.parse_args()
    rng = np.random.default_rng(17)
    households = [_household(rng) for _ in range(2000)]
    if args.bill_share:
        bill = np.random.default_rng(18)  # its own stream: the households are the same as without it
        for i, h in enumerate(households):
            if h.housing is not None and h.housing.council_tax_band is not None and bill.random() < args.bill_share:
                figure = int(bill.integers(180000, 260000))
                given = dict(council_tax_band_d=figure) if bill.random() < 0.5 else dict(council_tax_band_charge=figure)
                households[i] = h.replace(housing=attrs.evolve(h.housing, **given))
    base = households_columns(households)
    cols = select(base, rng.integers(0, 2000, args.rows))
    tables, on = default_tables(), dt.date(2024, 5, 1)
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        r = household_total.calculate(cols, on=on, tables=tables)
        times.append(time.perf_counter() - t0)
    hb = int(np.asarray(r.housing_benefit.award).sum()) if WIRED else 0
    print(f"household_total.calculate, {args.rows:,} rows ({'with' if WIRED else 'without'} HB and CTR): "
          f"best {min(times):.2f} s of {', '.join(f'{t:.2f}' for t in times)}; total weekly checksum "
          f"{int(np.asarray(r.total_weekly).sum())}, HB {hb}")


if __name__ == "__main__":
    main()
