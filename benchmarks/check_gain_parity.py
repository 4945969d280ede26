"""Cross-check: the caseload projection against the one-household path.

Run:  PYTHONPATH=src python benchmarks/check_gain_parity.py [--scenarios 2000] [--seed 1]

:func:`entitlements.caseload_gains` projects a caseload through the columnar
engine (runs of assessment periods, one representative day a run);
:func:`entitlements.income_gain` works out one scenario period by period,
each on its own date. They must agree to the penny. The test suite checks
this on a few hundred generated scenarios; this script checks thousands,
with more variety than a test can afford (gross pay, dates of birth, named
BRMAs, earnings near the cap, claims from 2024 to 2026), and reports every
case that differs. Not a timed test: it takes a minute or two.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time

from entitlements import NoRowInForce, caseload_gains, income_gain
from entitlements.errors import InputError
from entitlements.gain import Outcome, Scenario
from entitlements.household import Adult, Child, Household, Housing, NonDependant

D = dt.date


def scenario(r: random.Random) -> Scenario:
    def day(a: dt.date, b: dt.date) -> dt.date:
        return a + dt.timedelta(days=r.randrange((b - a).days + 1))

    couple = r.random() < 0.35
    gross = r.random() < 0.2
    earn = r.choice([0, 0, 0, 45000, 90000, 150000])

    def adult(first: bool) -> Adult:
        by_dob = r.random() < 0.4
        return Adult(
            age=None if by_dob else r.randint(18, 64),
            date_of_birth=day(D(1962, 1, 1), D(2007, 6, 30)) if by_dob else None,
            monthly_earnings=0 if (gross and first) else (earn if first else r.choice([0, 0, 60000])),
            gross_monthly_earnings=r.choice([90000, 210000]) if (gross and first) else None,
            pip_mobility=r.choice(["none", "none", "standard"]),
        )

    adults = (adult(True), adult(False)) if couple else (adult(True),)
    kids = tuple(Child(date_of_birth=day(D(2008, 9, 1), D(2023, 12, 31)), sex=r.choice(["female", "male"]))
                 for _ in range(r.choice([0, 0, 1, 2, 3, 4, 5])))
    tenure = r.choice([None, "social_rent", "social_rent", "private_rent", "private_rent"])
    housing = None
    if tenure == "social_rent":
        housing = Housing(tenure=tenure, rent=r.randint(80, 160) * 100, rent_period="week", bedrooms=r.randint(1, 4))
    elif tenure == "private_rent":
        area = r.choice([None, None, "Ashford", "Inner East London", "Hull & East Riding"])
        housing = Housing(tenure=tenure, rent=r.randint(400, 1600) * 100, lha_rate=None if area else r.randint(400, 1200) * 100,
                          brma=area, non_dependants=(NonDependant(age=30),) if r.random() < 0.2 else ())
    h = Household(adults=adults, children=kids, housing=housing, capital=r.choice([0, 0, 0, 700000]),
                  greater_london=r.random() < 0.1, child_benefit_claimed=r.random() < 0.9)
    F = day(D(2024, 4, 8), D(2025, 9, 30))
    eff = F + dt.timedelta(days=r.randint(-20, 300))
    kind = r.choice(["lcwra_found", "lcwra_found", "lcw_found", "pip_awarded", "pip_awarded", "dla_awarded",
                     "carer_element", "carers_allowance", "benefit_cap_exemption", "benefit_claimed", "housing_change",
                     "income_change"])
    kw = dict(kind=kind, effective=eff, decided=eff + dt.timedelta(days=r.choice([0, 40, 120, 200, 380])),
              confirmed=r.random() < 0.5, adult=r.choice([1, 2]) if couple else 1)
    if r.random() < 0.15:
        kw["ends"] = eff + dt.timedelta(days=r.randint(40, 400))
    if kind == "lcwra_found":
        kw["evidence_date"] = eff - dt.timedelta(days=r.choice([0, 30, 200]))
        kw["lcwra_protection"] = r.choice([None, None, "new_claimant", "terminally_ill"])
    elif kind == "pip_awarded":
        kw["pip_daily_living"] = r.choice(["standard", "enhanced"])
        kw["partner_carer"] = couple and r.random() < 0.5
    elif kind == "dla_awarded":
        kw["dla_care"] = r.choice(["lowest", "middle", "highest"])
        if kids:
            kw["child"] = r.randint(1, len(kids))
    elif kind in ("carer_element", "carers_allowance") and not couple:
        kw["kind"] = "lcw_found"
    elif kind == "benefit_cap_exemption":
        kw["reason"] = r.choice(["grace_period", "guardians_allowance", "esa_support_component"])
    elif kind == "benefit_claimed":
        kw["benefit"] = r.choice(["child_benefit", "attendance_allowance", "other"])
        kw["aa_rate"] = "lower" if kw["benefit"] == "attendance_allowance" else "none"
        kw["weekly_amount"] = 2500 if kw["benefit"] == "other" else 0
    elif kind == "housing_change":
        kw["changes"] = {"housing_tenure": "social_rent", "housing_rent": 60000, "housing_bedrooms": 2}
    elif kind == "income_change":
        kw["changes"] = {"adult1_monthly_earnings": r.choice([0, 30000, 120000]), "capital": 0}
    return Scenario(household=h, claim_start=F, outcomes=(Outcome(**kw),))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scenarios", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--horizon", type=int, default=12)
    args = ap.parse_args()
    r = random.Random(args.seed)
    scens = []
    while len(scens) < args.scenarios:
        try:
            scens.append(scenario(r))
        except InputError:  # a drawn combination the library rightly refuses
            continue
    t = time.perf_counter()
    compared = failed_both = differ = 0
    for start in ("decision", "effective"):
        g = caseload_gains(scens, horizon_months=args.horizon, projection_from=start)
        for i, s in enumerate(scens):
            try:
                o = income_gain(s, horizon_months=args.horizon, projection_from=start)
            except (InputError, NoRowInForce):
                if g.valid[i]:
                    differ += 1
                    print(f"case {i} ({start}): one-household path fails, caseload path does not")
                failed_both += 1
                continue
            compared += 1
            got = (int(g.projection.recurring_monthly[i]), int(g.annual[i]), int(g.projection.projected_uc[i]),
                   int(g.projection.arrears_uc[i]), int(g.projected[i]), int(g.arrears[i]))
            want = (o.recurring_monthly, o.annual, o.projected_uc, o.arrears_uc, o.projected, o.arrears)
            if not g.valid[i] or got != want:
                differ += 1
                print(f"case {i} ({start}): caseload {got if g.valid[i] else g.reasons[i]} one-household {want}\n  {s}")
    print(f"{compared:,} projections compared, {failed_both:,} refused by both paths, {differ:,} differ "
          f"({time.perf_counter() - t:.0f} s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
