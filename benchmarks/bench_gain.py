"""Benchmark: 1,000,000 cases projected over 12 months (issue 6).

Run:  PYTHONPATH=src python benchmarks/bench_gain.py [--rows 1000000] [--horizon 12]
Target: under 5 s on one core, peak memory under 2 GB.

The caseload is built in columns with numpy, not through a Python object per
case: 512 template households (built once as objects) are gathered into
1,000,000 rows and their earnings, ages, rents and capital redrawn per row;
the outcomes are drawn in columns with a health justice partnership's mix
(LCWRA and PIP decisions mostly, at every stage, across 2024-2026). Timed:
the projection (every case before and after, assessment period by
assessment period, through the UC engine) and the probabilities. Memory:
peak resident set size of the process (resource.getrusage), and the peak of
allocations traced during the projection (tracemalloc, a separate run).
"""

from __future__ import annotations

import argparse
import hashlib
import datetime as dt
import os
import resource
import sys
import time
import tracemalloc

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import attrs  # noqa: E402
import numpy as np  # noqa: E402

from entitlements.gain import _projection, cases as C  # noqa: E402
from entitlements.gain._blocks import take  # noqa: E402
from entitlements.gain.calendar import NEVER, day_number  # noqa: E402
from entitlements.gain.probability import probabilities  # noqa: E402
from entitlements.columns import households_columns  # noqa: E402
from entitlements.gain.outcomes import OUTCOME_KINDS  # noqa: E402
from entitlements.household import Adult, Child, Household, Housing  # noqa: E402
from entitlements.tables import default_tables  # noqa: E402

OUTCOME_WEIGHTS = {"lcwra_found": 0.34, "lcw_found": 0.05, "pip_awarded": 0.27, "dla_awarded": 0.05, "carer_element": 0.05,
                   "carers_allowance": 0.05, "benefit_cap_exemption": 0.02, "housing_change": 0.04, "income_change": 0.04,
                   "benefit_claimed": 0.09}


def templates(k: int, rng: np.random.Generator) -> list[Household]:
    out = []
    for _ in range(k):
        couple = rng.random() < 0.3
        adults = [Adult(age=int(rng.integers(19, 64)), pip_mobility=str(rng.choice(["none", "none", "standard"])))]
        if couple:
            adults.append(Adult(age=int(rng.integers(19, 64))))
        kids = tuple(Child(date_of_birth=dt.date(2008, 9, 1) + dt.timedelta(days=int(rng.integers(0, 5600))),
                           sex=str(rng.choice(["female", "male"])), education="non_advanced")  # a young person at school or college
                     for _ in range(int(rng.choice(4, p=[0.55, 0.2, 0.15, 0.1]))))
        tenure = rng.choice(["social", "private", "none"], p=[0.47, 0.35, 0.18])
        rooms = 1 + (len(kids) + 1) // 2
        housing = None
        if tenure == "social":
            housing = Housing(tenure="social_rent", rent=int(rng.integers(85, 140)) * 100, rent_period="week", bedrooms=rooms + int(rng.random() < 0.2))
        elif tenure == "private":
            lha = [450, 575, 695, 850, 1050][min(rooms - 1, 4)] * 100
            housing = Housing(tenure="private_rent", rent=int(lha * rng.uniform(0.95, 1.35)), lha_rate=lha)
        out.append(Household(adults=tuple(adults), children=kids, housing=housing))
    return out


def synthetic_cases(n: int, seed: int = 6, mix: str = "hjp") -> C.Cases:
    rng = np.random.default_rng(seed)
    tmpl = households_columns(templates(512, rng))
    before = take(tmpl, rng.integers(0, 512, n))
    works = rng.random(n) < 0.22
    a1 = attrs.evolve(before.adult1, age=rng.integers(19, 64, n).astype(before.adult1.age.dtype),
                      monthly_earnings=np.where(works, rng.integers(200, 1400, n) * 100, 0).astype(np.int64),
                      in_paid_work=works)
    housing = before.housing
    rented = housing.tenure > 0
    rent = np.where(rented, (housing.rent * rng.uniform(0.9, 1.1, n)).astype(np.int64), housing.rent)
    before = attrs.evolve(before, adult1=a1, housing=attrs.evolve(housing, rent=rent),
                          capital=np.where(rng.random(n) < 0.15, rng.integers(0, 1_200_000, n), 0).astype(np.int64))
    return outcome_cases(before, rng, mix=mix)


def outcome_cases(before, rng: np.random.Generator, mix: str = "hjp", claim=None, eff=None) -> C.Cases:
    """Outcomes drawn in columns for households ``before`` (columns), with a
    health justice partnership's mix, on claims starting ``claim`` and taking
    effect ``eff`` (day numbers; drawn over 2024-2025 if not given); decided
    2-14 months later (``mix="hjp"``) or when they take effect
    (``"projection"``). Shared with ``varied.py``."""
    n = before.couple.shape[0]
    rented = before.housing.tenure > 0
    names = list(OUTCOME_WEIGHTS)
    kind = rng.choice(len(names), n, p=list(OUTCOME_WEIGHTS.values()))
    kind = np.array([OUTCOME_KINDS.index(k) for k in names], np.int8)[kind]
    K = C.KIND
    couple = before.couple
    kids = before.children.present.sum(axis=1)
    kind = np.where((kind == K["dla_awarded"]) & (kids == 0), K["pip_awarded"], kind)
    kind = np.where(((kind == K["carer_element"]) | (kind == K["carers_allowance"])) & ~couple, K["lcwra_found"], kind)
    kind = np.where((kind == K["housing_change"]) & ~rented, K["income_change"], kind).astype(np.int8)
    if claim is None:
        claim = day_number(dt.date(2024, 1, 1)) + rng.integers(0, 440, n)
        eff = claim + rng.integers(0, 150, n)
    stage = rng.choice(3, n, p=[0.55, 0.25, 0.2]).astype(np.int8)
    wait = np.choose(stage, [rng.integers(60, 160, n), rng.integers(120, 260, n), rng.integers(240, 420, n)])
    decided = np.minimum(eff + wait, np.maximum(eff, day_number(dt.date(2026, 2, 27))))
    if mix == "projection":  # decided the day it takes effect: 12 months forward, no arrears
        decided = eff.copy()
    confirmed = (decided < day_number(dt.date(2025, 12, 1))) & (rng.random(n) < 0.85)
    adult = np.where((kind == K["carer_element"]) | (kind == K["carers_allowance"]), 2, 1).astype(np.int8)
    pip_dl = np.where(kind == K["pip_awarded"], rng.choice([1, 2], n, p=[0.6, 0.4]), 0).astype(np.int8)
    pip_mob = np.where(kind == K["pip_awarded"], rng.choice([0, 1, 2], n, p=[0.35, 0.4, 0.25]), 0).astype(np.int8)
    dla_care = np.where(kind == K["dla_awarded"], rng.choice([1, 2, 3], n, p=[0.3, 0.5, 0.2]), 0).astype(np.int8)
    dla_mob = np.where(kind == K["dla_awarded"], rng.choice([0, 1, 2], n, p=[0.5, 0.3, 0.2]), 0).astype(np.int8)
    reason = np.where(kind == K["benefit_cap_exemption"], rng.choice([0, 1], n), -1).astype(np.int8)
    benefit = np.where(kind == K["benefit_claimed"], np.where(kids > 0, 0, 2), -1).astype(np.int8)
    # The carer cares for a partner who gets PIP daily living.
    carer_kind = (kind == K["carer_element"]) | (kind == K["carers_allowance"])
    a1 = attrs.evolve(before.adult1, pip_daily_living=np.where(carer_kind, 1, before.adult1.pip_daily_living).astype(np.int8))
    cb = before.child_benefit_claimed & ~((kind == K["benefit_claimed"]) & (benefit == 0))
    before = attrs.evolve(before, adult1=a1, child_benefit_claimed=cb)

    # Benefits in their own right, as coefficients on the rate tables' keys.
    line_table = np.zeros(n, np.int8)
    coef = np.zeros((n, C.LINE_WIDTH), np.int64)
    fixed = np.zeros(n, np.int64)
    rows = np.arange(n)
    pip = kind == K["pip_awarded"]
    old_dl, old_mob = before.adult1.pip_daily_living, before.adult1.pip_mobility
    new_dl, new_mob = np.maximum(old_dl, pip_dl), np.maximum(old_mob, pip_mob)
    for new, old, base in ((new_dl, old_dl, 0), (new_mob, old_mob, 2)):
        m = pip & (new > 0)
        np.add.at(coef, (rows[m], base + new[m] - 1), 1)
        m = pip & (old > 0)
        np.add.at(coef, (rows[m], base + old[m] - 1), -1)
    line_table[pip & coef.any(axis=1)] = C.LINE_NAMES.index("pip")
    dla = kind == K["dla_awarded"]  # to a child with no DLA before (template children have none)
    care_key = {1: 2, 2: 1, 3: 0}
    for code, key in care_key.items():
        coef[dla & (dla_care == code), key] += 1
    coef[dla & (dla_mob == 1), 4] += 1
    coef[dla & (dla_mob == 2), 3] += 1
    line_table[dla] = C.LINE_NAMES.index("dla")
    ca = kind == K["carers_allowance"]
    coef[ca, 0] = 1
    line_table[ca] = C.LINE_NAMES.index("carers_allowance")
    cbk = (kind == K["benefit_claimed"]) & (benefit == 0)
    coef[cbk, 0] = 1
    coef[cbk, 1] = kids[cbk] - 1
    line_table[cbk] = C.LINE_NAMES.index("child_benefit")
    other = (kind == K["benefit_claimed"]) & (benefit == 2)
    fixed[other] = 2500
    line_table[other] = C.LINE_NAMES.index("other")

    # Changed households for housing_change (a rent put right) and income_change (lower earnings).
    generic = np.flatnonzero((kind == K["housing_change"]) | (kind == K["income_change"]))
    after = take(before, generic)
    hc = kind[generic] == K["housing_change"]
    after = attrs.evolve(after, housing=attrs.evolve(after.housing, rent=np.where(hc, after.housing.rent * 11 // 10, after.housing.rent)),
                         adult1=attrs.evolve(after.adult1, monthly_earnings=np.where(hc, after.adult1.monthly_earnings,
                                                                                     after.adult1.monthly_earnings // 2)),
                         capital=np.where(hc, after.capital, 0))
    after_row = np.full(n, -1, np.int64)
    after_row[generic] = np.arange(generic.size)
    child_slot = np.where(dla, 0, -1).astype(np.int8)
    return C.Cases(
        before=before, valid=np.ones(n, bool), reasons=np.full(n, "", dtype=object), kind=kind,
        claim_start=claim.astype(np.int64), effective=eff.astype(np.int64), decided=decided.astype(np.int64),
        ends=np.where(pip & (rng.random(n) < 0.2), eff + rng.integers(500, 900, n), NEVER).astype(np.int64),
        evidence=eff.astype(np.int64), adult=adult, child_slot=child_slot, protection=np.full(n, -1, np.int8),
        terminally_ill=rng.random(n) < 0.01, pip_daily_living=pip_dl, pip_mobility=pip_mob, dla_care=dla_care,
        dla_mobility=dla_mob, aa_rate=np.zeros(n, np.int8), partner_carer=pip & couple & (pip_dl > 0) & (rng.random(n) < 0.4),
        reason=reason, benefit=benefit, stage=stage, confirmed=confirmed, prob_num=np.full(n, -1, np.int64),
        prob_den=np.ones(n, np.int64), lump_sum=np.zeros(n, np.int64), debt_written_off=np.zeros(n, np.int64),
        line_table=line_table, line_coef=coef, line_fixed=fixed, after=after, after_row=after_row,
    )


def digest(proj) -> str:
    """A fingerprint of every per-case figure of the projection (and the
    probabilities), so that two versions of the code can be compared."""
    h = hashlib.sha256()
    for f in attrs.fields(type(proj)):
        v = getattr(proj, f.name)
        if isinstance(v, np.ndarray):
            h.update(f.name.encode())
            h.update(v.astype(str).tobytes() if v.dtype == object else np.ascontiguousarray(v).astype(np.int64).tobytes())
    return h.hexdigest()[:16]


def run(cases: C.Cases, horizon: int, tables):
    proj = _projection.project(cases, horizon=horizon, projection_from="decision", convention="weekly_x52", tables=tables)
    probabilities(cases, tables)
    return proj


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--horizon", type=int, default=12)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mix", choices=("hjp", "projection"), default="hjp",
                    help="hjp: decisions 2-14 months after the outcome takes effect (arrears, then 12 months); "
                         "projection: decided when it takes effect (12 months forward only)")
    args = ap.parse_args()
    tables = default_tables()
    t = time.perf_counter()
    cases = synthetic_cases(args.rows, mix=args.mix)
    build = time.perf_counter() - t
    run(synthetic_cases(2000, seed=1), args.horizon, tables)  # warm: calendar, coverage probe, imports
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        proj = run(cases, args.horizon, tables)
        times.append(time.perf_counter() - t)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MiB on Linux
    tracemalloc.start()
    run(cases, args.horizon, tables)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    valid = int(proj.valid.sum())
    periods = args.rows * (args.horizon + 1) * 2
    print(f"cases:                        {args.rows:,} ({valid:,} projected; mix {args.mix}), built in columns in {build:.2f} s")
    print(f"projection, {args.horizon} months, best of {args.repeat}: {min(times):7.3f} s   (target < 5 s)   all: "
          + ", ".join(f"{x:.2f}" for x in times))
    print(f"  runs estimated:             {proj.runs_evaluated:,} ({proj.runs_evaluated / args.rows:.2f} a case; "
          f"{proj.runs_on_own_date:,} on their own date) in {proj.calls} engine calls")
    print(f"  per-period equivalent:      {periods:,} assessment periods before and after "
          f"({periods / min(times):,.0f} a second)")
    print(f"peak resident memory:         {rss:,.0f} MiB   (target < 2048 MiB)")
    print(f"peak traced during projection:{peak / 2**20:8,.0f} MiB")
    print(f"annual gain, total:           £{int(proj.annual.sum()) // 100:,}")
    print(f"digest of every figure:       {digest(proj)}   (the same before and after a refactor)")
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}")


if __name__ == "__main__":
    main()
