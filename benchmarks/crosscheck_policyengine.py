"""Cross-check Universal Credit against PolicyEngine UK on random households.

One command (from the repository root):

    python benchmarks/crosscheck_policyengine.py --households 2000 --seed 1

What it does:

1. Makes (if missing) a separate virtual environment, ``benchmarks/.pe-venv``
   (git-ignored), and pip-installs ``policyengine-uk`` into it. PolicyEngine
   UK is AGPL-3.0: it is never a dependency of ``entitlements``, and nothing
   here imports it. ``benchmarks/pe_worker.py`` is run by that environment's
   Python and the two sides exchange JSON files.
2. Draws random benefit units with a seed for assessment periods in 2025/26
   and 2026/27 (single or couple, adults 18 to 64 at the end of the period,
   0 to 4 children with dates of birth and some two-child-limit exceptions,
   net or gross earnings, LCW/LCWRA with the 2026 protection, carers,
   capital). No housing costs, childcare or unearned income by default;
   ``--rent`` adds social and private rents.
3. Maps each to our ``Household`` and to a PolicyEngine situation, runs both,
   and compares each component of the award per month, in pence:
   *exact* (PolicyEngine's figure rounds to ours), *within 1p*, or
   *different*. Each disagreement is put into a class with a likely cause.
4. Times each side on the same households: ours is ``estimate_caseload``
   over all of them (rule tables loaded beforehand, best of 3); PolicyEngine
   is building its simulation and calculating the same quantities (its
   import and the venv creation not counted).
5. Prints a Markdown report and writes it to
   ``benchmarks/results/crosscheck-<date>.md``.

PolicyEngine's periods: every UC variable is annual; a year ``Y`` is the
fiscal year from April ``Y`` and uses the parameter values in force on 30
April ``Y`` (its ``convert_to_fiscal_year_parameters``). Monthly figures are
annual / 12. Its ages are ages on 6 October of that fiscal year.

``--benefits hb,ctr`` compares Housing Benefit and Council Tax Reduction
instead, on pension-age renting households (benchmarks/crosscheck_hb_ctr.py).

See benchmarks/README.md and docs/known-differences.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import venv
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import attrs  # noqa: E402

from entitlements import Adult, Caseload, Child, EntitlementsError, Household, estimate, estimate_caseload  # noqa: E402
from entitlements.dates import age_on, assessment_period_end  # noqa: E402
from entitlements.tables import Tables  # noqa: E402

DEFAULT_VENV = HERE / ".pe-venv"
WORKER = HERE / "pe_worker.py"

#: First day of the assessment periods that get each year's rates (the
#: Up-rating Orders: SI 2025/295 for APs beginning on or after 7 April 2025;
#: SI 2026/148 and the UC Act 2025 from 6 April 2026).
UPRATING_DAY = {2025: dt.date(2025, 4, 7), 2026: dt.date(2026, 4, 6)}

TWO_CHILD_EXCEPTION_FLAGS = {
    "multiple_birth": "child_limit_multiple_birth_exception",
    "adoption": "child_limit_adoption_exception",
    "non_parental_caring": "child_limit_non_parental_caring_exception",
    "non_consensual_conception": "child_limit_non_consensual_conception_exception",
    "continuation": "child_limit_continuation_exception",
}

# (label, our UCCalculation field, PolicyEngine benefit-unit variable).
# "earnings deduction" is PolicyEngine's taper rate x uc_earned_income.
COMPONENTS = [
    ("standard allowance", "standard_allowance", "uc_standard_allowance"),
    ("child element", "child_element", "uc_child_element"),
    ("LCWRA element", "lcwra_element", "uc_LCWRA_element"),
    ("carer element", "carer_element", "uc_carer_element"),
    ("housing costs element", "housing_costs_element", "uc_housing_costs_element"),
    ("maximum amount", "maximum_amount", "uc_maximum_amount"),
    ("work allowance", "work_allowance", "uc_work_allowance"),
    ("earned income", "earned_income", "uc_earned_income_before_work_allowance"),
    ("earnings deduction", "earnings_deduction", None),
    ("unearned income (tariff)", "unearned_income", "uc_unearned_income"),
    ("award before benefit cap", "award_before_benefit_cap", "universal_credit_pre_benefit_cap"),
    ("award", "award", "universal_credit"),
]
#: Weekly benefits of the household total (issue 12): (label, PolicyEngine
#: benefit-unit variable). Ours from ``estimate_caseload(...).benefits``;
#: PolicyEngine's annual amount / 52.
WEEKLY_COMPONENTS = [
    ("Carer's Allowance paid (weekly)", "carers_allowance"),
    ("Pension Credit (weekly)", "pension_credit"),
    ("Child Benefit (weekly)", "child_benefit"),
]
PE_VARIABLES = sorted({pe for _, _, pe in COMPONENTS if pe} | {pe for _, pe in WEEKLY_COMPONENTS}
                      | {"uc_earned_income", "uc_benefit_cap_reduction", "uc_LHA_cap"})


# -- the PolicyEngine environment ------------------------------------------------


def venv_python(path: Path) -> Path:
    return path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_pe_venv(path: Path, requirement: str) -> float:
    """Create the venv and install PolicyEngine UK unless it is already
    there. Returns the seconds spent (0 if nothing was needed)."""
    py = venv_python(path)
    t = time.perf_counter()
    if not py.exists():
        print(f"Creating {path} ...", file=sys.stderr, flush=True)
        venv.EnvBuilder(with_pip=True).create(path)
    find = "import importlib.util, sys; sys.exit(importlib.util.find_spec('policyengine_uk') is None)"
    probe = subprocess.run([str(py), "-c", find], capture_output=True)
    if probe.returncode != 0:
        print(f"Installing {requirement} into {path} (several minutes) ...", file=sys.stderr, flush=True)
        subprocess.run([str(py), "-m", "pip", "install", "--quiet", requirement], check=True)
    return time.perf_counter() - t if probe.returncode != 0 else 0.0


# -- random households -----------------------------------------------------------


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _day_between(rng: np.random.Generator, lo: dt.date, hi: dt.date) -> dt.date:
    """A random day from lo to hi inclusive."""
    return lo + dt.timedelta(days=int(rng.integers(0, (hi - lo).days + 1)))


#: Born before this: pensionable age before 6 April 2016 whatever the sex;
#: women born before the second date too (SPCA 2002 s 3(1); see
#: entitlements.benefits.pension_age.SAVINGS_CREDIT_BIRTHS).
_SC_MEN, _SC_WOMEN = dt.date(1951, 4, 6), dt.date(1953, 4, 6)


def _pensioner(rng: np.random.Generator, on: dt.date, end: dt.date, *, mixed: bool, earnings_kind: str) -> dict[str, Any]:
    """An adult over State Pension age (66 to 90 at the end of the AP, and on
    6 October of the fiscal year), with State Pension, sometimes a carer who
    claims Carer's Allowance, sometimes earning (issue 12 points 2-6, 10)."""
    age = int(rng.integers(67, 81 if mixed else 91))
    dob = _add_years(end, -age) - dt.timedelta(days=int(rng.integers(0, 300)))
    sex = "female" if rng.random() < 0.5 else "male"
    limit = _SC_WOMEN if sex == "female" else _SC_MEN
    r = rng.random()
    state_pension = 0 if r < 0.05 else int(rng.integers(5_000, 12_000)) if r < 0.2 else int(rng.integers(17_000, 24_200))
    ca = bool(rng.random() < 0.3)
    return {
        "date_of_birth": dob.isoformat(),
        "sex": sex,
        "lcw": False,
        "lcwra": False,
        "lcwra_protection": None,
        "carer": ca,
        "claims_carers_allowance": ca,
        # Earnings only as gross pay: PolicyEngine's Pension Credit reads
        # employment income, not UC's net earnings input.
        "earnings": 0 if earnings_kind == "net" or rng.random() < 0.6 else int(rng.integers(10_000, 250_000)),
        "state_pension_weekly": state_pension,
        "reached_pension_age_before_2016": dob < limit,
    }


def random_household(rng: np.random.Generator, year: int, *, rent: bool, pensioners: bool = True) -> dict[str, Any]:
    """One benefit unit as plain data (both models are built from this).
    With ``pensioners``, a fifth are a single pensioner or a mixed-age
    couple, and some families have a young person aged 16 to 19."""
    tax_year_start = dt.date(year, 4, 6)
    # Mostly an AP beginning on or after the uprating day; 2% on the first
    # day of the tax year itself (in 2025 that is the day before uprating).
    # Gross pay is taxed on payday, which our engine takes as the last day
    # of the AP: keep it in the same tax year as PolicyEngine's year.
    earnings_kind = "net" if rng.random() < 0.5 else "gross"
    last = dt.date(year + 1, 3, 6) if earnings_kind == "gross" else dt.date(year + 1, 4, 5)
    if rng.random() < 0.02:
        on = tax_year_start
    else:
        on = _day_between(rng, UPRATING_DAY[year], last)
    end = assessment_period_end(on)
    couple = bool(rng.random() < 0.4)

    adults = []
    for _ in range(2 if couple else 1):
        # Age at the end of the AP: 18 to 64, with extra weight around 25.
        age = int(rng.integers(23, 27)) if rng.random() < 0.15 else int(rng.integers(18, 65))
        latest = _add_years(end, -age)  # born on or before this to be `age`
        # ... and 18 by the first day of the AP (an award exists).
        latest = min(latest, _add_years(on, -18))
        dob = latest - dt.timedelta(days=int(rng.integers(0, 365)))
        lcwra = bool(rng.random() < 0.2)
        lcw = lcwra or bool(rng.random() < 0.05)
        protection = None
        if lcwra:
            r = rng.random()
            protection = (
                "pre_2026_claimant" if r < 0.6 else "severe_conditions_criteria" if r < 0.7 else "terminally_ill" if r < 0.75 else None
            )
        if rng.random() < 0.5:
            earnings = 0
        elif rng.random() < 0.3:
            earnings = int(rng.integers(40_000, 110_000))  # around the work allowances
        else:
            earnings = int(rng.integers(1, 400_000))
        adults.append(
            {
                "date_of_birth": dob.isoformat(),
                "lcw": lcw,
                "lcwra": lcwra,
                "lcwra_protection": protection,
                "carer": bool(rng.random() < 0.12),
                "earnings": earnings,
            }
        )

    kind = "working_age"
    if pensioners and rng.random() < 0.2:
        kind = "single_pensioner" if rng.random() < 0.5 else "mixed_age"
        if kind == "single_pensioner":
            couple = False
            adults = [_pensioner(rng, on, end, mixed=False, earnings_kind=earnings_kind)]
        else:
            couple = True
            adults = [adults[0], _pensioner(rng, on, end, mixed=True, earnings_kind=earnings_kind)]

    children = []
    n = int(rng.choice([0, 1, 2, 3, 4], p=[0.35, 0.2, 0.2, 0.15, 0.1])) if kind != "single_pensioner" else 0
    # Under 16 on 6 October of the fiscal year (PolicyEngine's age date) and
    # born by the start of the AP and by that 6 October.
    lo = dt.date(year - 16, 10, 7)
    hi = min(on, dt.date(year, 10, 6))
    while len(children) < n:
        dob = _day_between(rng, lo, hi)
        exception = None
        r = rng.random()
        if r < 0.02:
            exception = "adoption"
        elif r < 0.03:
            exception = "non_parental_caring"
        elif r < 0.04:
            exception = "non_consensual_conception"
        sex = "female" if rng.random() < 0.5 else "male"
        children.append({"date_of_birth": dob.isoformat(), "exception": exception, "sex": sex})
        if len(children) < n and rng.random() < 0.1:
            # Twins: the multiple-birth exception is entered on one of them,
            # in the order a user might type them.
            twin = {"date_of_birth": dob.isoformat(), "exception": None, "sex": "female" if rng.random() < 0.5 else "male"}
            if rng.random() < 0.5:
                twin["exception"] = "multiple_birth"
                children.append(twin)
            else:
                children[-1]["exception"] = "multiple_birth"
                children.append(twin)

    if pensioners and children and rng.random() < 0.25:
        # A young person aged 16 to 19 on 6 October (PolicyEngine's age day)
        # and at the end of the AP, in non-advanced education or not.
        lo_y, hi_y = _add_years(min(end, dt.date(year, 10, 6)), -19) + dt.timedelta(days=1), _add_years(
            max(end, dt.date(year, 10, 6)), -16)
        if lo_y <= hi_y and _add_years(lo_y, 20) > end:
            children[0] = {"date_of_birth": _day_between(rng, lo_y, hi_y).isoformat(), "exception": None,
                           "sex": "female" if rng.random() < 0.5 else "male",
                           "education": "non_advanced" if rng.random() < 0.7 else "not_in_education"}

    r = rng.random()
    capital = 0 if r < 0.6 else int(rng.integers(0, 600_000)) if r < 0.85 else int(rng.integers(600_000, 1_700_000))

    housing = None
    if rent and rng.random() < 0.7:
        social = bool(rng.random() < 0.5)
        housing = {
            "tenure": "social_rent" if social else "private_rent",
            "rent_monthly": int(rng.integers(30_000, 120_000)),
            # Rooms for the adults plus one for every two children, and a
            # spare room for some (under-occupation, Sch 4 para 36).
            "bedrooms": 1 + (len(children) + 1) // 2 + int(rng.random() < 0.3),
        }
    return {
        "year": year,
        "kind": kind,
        "on": on.isoformat(),
        "couple": couple,
        "earnings_kind": earnings_kind,
        "adults": adults,
        "children": children,
        "capital": capital,
        "housing": housing,
    }


# -- our model -------------------------------------------------------------------


def _has_field(cls: type, name: str) -> bool:
    return any(a.name == name for a in attrs.fields(cls))


def to_ours(spec: dict[str, Any], *, tables: Tables, lha_monthly: int | None) -> Household | None:
    """Our Household, or None when the spec needs something our engine
    does not have (rent before the housing costs element existed)."""
    on = dt.date.fromisoformat(spec["on"])
    adults = []
    for a in spec["adults"]:
        kw: dict[str, Any] = dict(
            date_of_birth=dt.date.fromisoformat(a["date_of_birth"]),
            lcw=a["lcw"],
            lcwra=a["lcwra"],
            lcwra_protection=a["lcwra_protection"],
            carer=a["carer"],
        )
        if a.get("state_pension_weekly") is not None:
            kw["claims_carers_allowance"] = a["claims_carers_allowance"]
            if _has_field(Adult, "state_pension_weekly"):
                kw["state_pension_weekly"] = a["state_pension_weekly"]
                kw["reached_pension_age_before_6_april_2016"] = a["reached_pension_age_before_2016"]
            else:  # an engine before issue 12: State Pension was given with other pensions
                kw["pension_income_weekly"] = a["state_pension_weekly"]
        if spec["earnings_kind"] == "net":
            kw["monthly_earnings"] = a["earnings"]
        elif _has_field(Adult, "gross_monthly_earnings"):
            kw["gross_monthly_earnings"] = a["earnings"]
        else:  # an engine without gross pay: estimate net pay the same way
            from entitlements.benefits.net_earnings import monthly_net_earnings

            payday = assessment_period_end(on)  # as the engine takes it
            kw["monthly_earnings"] = monthly_net_earnings(a["earnings"], on=payday, scottish=False, tables=tables).net
        adults.append(Adult(**kw))
    with_sex = _has_field(Child, "sex")
    children = [
        Child(
            date_of_birth=dt.date.fromisoformat(c["date_of_birth"]),
            two_child_exception=c["exception"],
            **({"sex": c["sex"]} if with_sex else {}),
            **({"education": c["education"]} if c.get("education") and _has_field(Child, "education") else {}),
        )
        for c in spec["children"]
    ]
    extra: dict[str, Any] = {}
    if spec["housing"]:
        if not _has_field(Household, "housing"):
            return None
        from entitlements.household import Housing

        h = spec["housing"]
        if h["tenure"] == "social_rent":
            extra["housing"] = Housing(tenure="social_rent", rent=h["rent_monthly"], bedrooms=h["bedrooms"])
        else:
            extra["housing"] = Housing(tenure="private_rent", rent=h["rent_monthly"], lha_rate=lha_monthly)
    return Household(adults=tuple(adults), children=tuple(children), capital=spec["capital"], **extra)


# -- PolicyEngine's model --------------------------------------------------------


def _yyyymmdd(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def pe_age(dob: dt.date, year: int) -> int:
    """PolicyEngine's age: the age on 6 October of the fiscal year."""
    return age_on(dob, dt.date(year, 10, 6))


def add_to_situation(sit: dict[str, Any], key: str, spec: dict[str, Any]) -> None:
    """Add one benefit unit (and its household) to a PolicyEngine situation."""
    y = str(spec["year"])
    members = []
    for i, a in enumerate(spec["adults"]):
        dob = dt.date.fromisoformat(a["date_of_birth"])
        p = {
            "age": {y: pe_age(dob, spec["year"])},
            "date_of_birth": {y: _yyyymmdd(dob)},
            # Say who the claimants are: otherwise PolicyEngine presumes a
            # member 20 or more years younger than the elder is their child.
            "is_claimant_or_partner": {y: True},
            # Our engine works out tax on the standard code (no Marriage
            # Allowance); PolicyEngine assumes married couples claim it.
            "would_claim_marriage_allowance": {y: False},
            "uc_limited_capability_for_WRA": {y: a["lcwra"]},
            "uc_limited_capability_for_work": {y: a["lcw"]},
            "is_carer_for_benefits": {y: a["carer"]},
        }
        if a.get("state_pension_weekly") is not None:
            p["gender"] = {y: a["sex"].upper()}
            p["state_pension_reported"] = {y: 52 * a["state_pension_weekly"] / 100}
            p["care_hours"] = {y: 35 if a["claims_carers_allowance"] else 0}
            p["would_claim_carers_allowance"] = {y: a["claims_carers_allowance"]}
        pounds_a_year = 12 * a["earnings"] / 100
        if spec["earnings_kind"] == "net":
            # Net earnings as UC counts them (reg 55(5)), given directly.
            p["uc_individual_earned_income_before_mif"] = {y: pounds_a_year}
        else:
            p["employment_income"] = {y: pounds_a_year}
        name = f"{key}_a{i}"
        sit["people"][name] = p
        members.append(name)
    for i, c in enumerate(spec["children"]):
        dob = dt.date.fromisoformat(c["date_of_birth"])
        p = {
            "age": {y: pe_age(dob, spec["year"])},
            "date_of_birth": {y: _yyyymmdd(dob)},
            "is_claimant_or_partner": {y: False},
            "gender": {y: c["sex"].upper()},
        }
        if c.get("education"):
            p["is_in_non_advanced_education"] = {y: c["education"] == "non_advanced"}
        for exc, flag in TWO_CHILD_EXCEPTION_FLAGS.items():
            p[flag] = {y: c["exception"] == exc}
        name = f"{key}_c{i}"
        sit["people"][name] = p
        members.append(name)
    protected = any(a["lcwra"] and a["lcwra_protection"] for a in spec["adults"])
    sit["benunits"][key] = {
        "members": members,
        "uc_reported_capital": {y: spec["capital"] / 100},
        # The same capital for Pension Credit (otherwise PolicyEngine takes
        # its household proxy, nil here, and deems no income from it).
        "pension_credit_reported_capital": {y: spec["capital"] / 100},
        "uc_receives_new_claimant_health_element": {y: not protected},
        # Our engine takes two carers in a couple to care for different
        # people (one element each, reg 29(2)); PolicyEngine's default is
        # the same person unless both have a carer benefit award.
        "partners_care_for_same_severely_disabled_person": {y: False},
        # Take-up is a model of behaviour, not of the law: everyone claims.
        "would_claim_pc": {y: True},
        "would_claim_child_benefit": {y: True},
    }
    hh: dict[str, Any] = {"members": members, "region": {y: "NORTH_WEST"}}
    if spec["housing"]:
        h = spec["housing"]
        hh["tenure_type"] = {y: "RENT_FROM_COUNCIL" if h["tenure"] == "social_rent" else "RENT_PRIVATELY"}
        hh["rent"] = {y: 12 * h["rent_monthly"] / 100}
        hh["num_bedrooms"] = {y: h["bedrooms"]}
    sit["households"][f"{key}_h"] = hh


def run_policyengine(py: Path, specs: list[dict[str, Any]]) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Run every spec through PolicyEngine (in the worker) and return its
    annual amounts per benefit unit, in the order of ``specs``."""
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, s in enumerate(specs):
        groups[(s["year"], s["earnings_kind"])].append(i)
    job_groups = []
    for (year, _kind), idx in sorted(groups.items()):
        sit: dict[str, Any] = {"people": {}, "benunits": {}, "households": {}}
        keys = []
        for i in idx:
            key = f"bu{i}"
            add_to_situation(sit, key, specs[i])
            keys.append(key)
        job_groups.append({"period": str(year), "situation": sit, "benunits": keys})
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps({"groups": job_groups, "variables": PE_VARIABLES}), encoding="utf-8")
        t = time.perf_counter()
        subprocess.run([str(py), str(WORKER), str(src), str(dst)], check=True)
        wall = time.perf_counter() - t
        out = json.loads(dst.read_text(encoding="utf-8"))
    values = {v: np.zeros(len(specs)) for v in PE_VARIABLES}
    values["reduction_rate"] = np.zeros(len(specs))
    for (_, idx), g in zip(sorted(groups.items()), out["groups"]):
        for v in PE_VARIABLES:
            values[v][idx] = g["values"][v]
        values["reduction_rate"][idx] = g["reduction_rate"]
    meta = {
        "version": out["version"],
        "core_version": out["core_version"],
        "import_seconds": out["import_seconds"],
        "simulation_seconds": sum(g["seconds"] for g in out["groups"]),
        "build_seconds": sum(g["build_seconds"] for g in out["groups"]),
        "worker_wall_seconds": wall,
        "groups": len(out["groups"]),
    }
    return values, meta


# -- comparison ------------------------------------------------------------------


def classify(diff_pence: np.ndarray) -> np.ndarray:
    """0 exact (PolicyEngine's figure rounds to ours), 1 within 1p, 2 different."""
    a = np.abs(diff_pence)
    return np.where(a < 0.5 + 1e-6, 0, np.where(a <= 1.0 + 1e-6, 1, 2))


def monthly_pence(annual_pounds: np.ndarray) -> np.ndarray:
    return np.asarray(annual_pounds, dtype=np.float64) * 100 / 12


def causes(spec: dict[str, Any], ours: dict[str, int], pe: dict[str, float], which: list[str]) -> list[str]:
    """Likely causes of a household's disagreements, from its features
    (docs/known-differences.md explains each one that has occurred)."""
    year = spec["year"]
    on = dt.date.fromisoformat(spec["on"])
    end = assessment_period_end(on)
    found = []
    if on < UPRATING_DAY[year]:
        found.append("AP begins before the uprating day")
        if spec["earnings_kind"] == "gross" and "earned income" in which:
            found.append("gross pay: PAYE month vs annual tax and NI")
        return found
    ages_ours = [age_on(dt.date.fromisoformat(a["date_of_birth"]), end) for a in spec["adults"]]
    ages_pe = [pe_age(dt.date.fromisoformat(a["date_of_birth"]), year) for a in spec["adults"]]
    if any((x >= 25) != (y >= 25) for x, y in zip(ages_ours, ages_pe)) and "standard allowance" in which:
        found.append("age: end of AP vs 6 October")
    if any(y < 18 for y in ages_pe) and ("maximum amount" in which or "standard allowance" in which):
        found.append("adult under 18 on 6 October")
    lcwra_carers = [a["lcwra"] and a["carer"] for a in spec["adults"]]
    if spec["couple"] and "carer element" in which and any(lcwra_carers) and sum(a["lcwra"] for a in spec["adults"]) == 2:
        found.append("carer with LCWRA, partner also LCWRA (reg 29(4))")
    elif spec["couple"] and "carer element" in which and any(lcwra_carers):
        found.append("carer element and LCWRA in a couple")
    if "child element" in which:
        dobs = [c["date_of_birth"] for c in spec["children"]]
        if any(c["exception"] == "multiple_birth" for c in spec["children"]) and len(dobs) != len(set(dobs)):
            found.append("twins: order within the same birth date")
        elif any(c["exception"] for c in spec["children"]):
            found.append("two-child limit exception")
    if spec["earnings_kind"] == "gross" and any(a["earnings"] for a in spec["adults"]) and "earned income" in which:
        found.append("gross pay: PAYE month vs annual tax and NI")
    if spec["housing"] and any(w in which for w in ("housing costs element", "work allowance")):
        found.append(f"housing ({spec['housing']['tenure']})")
    if "award" in which and "award before benefit cap" not in which:
        found.append("benefit cap")
    pension_age = [a for a in spec["adults"] if a.get("state_pension_weekly") is not None]
    weekly = [w for w in which if w.endswith("(weekly)")]
    if weekly:
        if any(c.get("education") for c in spec["children"]) and "Child Benefit (weekly)" in weekly:
            found.append("young person 16-19: status by year (6 October) vs on the day")
        if pension_age and any(w.startswith("Pension Credit") for w in weekly):
            d = abs(ours.get("pension_credit", 0) - pe.get("Pension Credit (weekly)", 0))
            found.append("savings credit: fractions of a penny to the claimant (reg 7(4))" if d <= 1.0 + 1e-6
                         else f"Pension Credit ({spec['kind']})")
        if pension_age and any(w.startswith("Carer's Allowance") for w in weekly):
            found.append("Carer's Allowance and State Pension")
    if any(c.get("education") for c in spec["children"]) and "child element" in which:
        found.append("young person 16-19: status by year (6 October) vs the assessment period")
    if pension_age and "unearned income (tariff)" in which and abs(ours.get("unearned_income", 0) - pe.get("unearned income (tariff)", 0)) <= 1.0 + 1e-6:
        found.append("rounding: State Pension x 52 / 12 to the penny (regs 6(1), 73)")
    if not found and set(which) <= {"earnings deduction", "maximum amount", "award before benefit cap", "award"}:
        d = ours.get("earnings_deduction", 0) - pe.get("earnings deduction", 0)
        if abs(d) <= 1.0 + 1e-6:
            found.append("rounding of the earnings deduction (reg 6(1))")
    return found or ["unexplained"]


def run_year(year: int, n: int, seed: int, rent: bool, tables: Tables, py: Path) -> dict[str, Any]:
    rng = np.random.default_rng([seed, year])
    specs = [random_household(rng, year, rent=rent) for _ in range(n)]

    pe_values, pe_meta = run_policyengine(py, specs)

    # Private renters: our engine is given PolicyEngine's Local Housing
    # Allowance (for the category and area it chose), so the rest of the rent
    # rules compare.
    lha = np.rint(monthly_pence(pe_values["uc_LHA_cap"])).astype(np.int64)
    households = [to_ours(s, tables=tables, lha_monthly=int(lha[i])) for i, s in enumerate(specs)]
    comparable = np.array([h is not None for h in households])
    placeholder = Household(adults=(Adult(age=30),))
    hh = [h if h is not None else placeholder for h in households]
    on = np.array([s["on"] for s in specs], dtype="datetime64[D]")

    # A household our engine refuses (e.g. a rule table has no row for its
    # period) would stop the whole caseload: find those one by one, report
    # them, and compare the rest.
    refused: dict[str, int] = {}
    try:
        estimate_caseload(hh, on=on, tables=tables)
    except EntitlementsError:
        for i, h in enumerate(hh):
            try:
                estimate(h, on=dt.date.fromisoformat(specs[i]["on"]), tables=tables)
            except EntitlementsError as e:
                msg = str(e).replace(str(ROOT) + os.sep, "")
                refused[msg] = refused.get(msg, 0) + 1
                comparable[i] = False
                hh[i] = placeholder
                on[i] = np.datetime64(UPRATING_DAY[year])

    estimate_caseload(hh[:10], on=on[:10], tables=tables)  # warm up
    times = []
    for _ in range(3):
        t = time.perf_counter()
        result = estimate_caseload(hh, on=on, tables=tables)
        times.append(time.perf_counter() - t)
    ours_seconds = min(times)
    calc = result.calculation
    # Rows our engine marks invalid (it says why) are not compared.
    for err in result.caseload.errors:
        if comparable[err.row - 1]:
            msg = f"invalid row: {err.field}: {err.reason}"
            refused[msg] = refused.get(msg, 0) + 1
    comparable &= np.asarray(result.valid, dtype=bool)
    # The calculation alone, on a caseload already in columns.
    cols = Caseload.from_households(hh)
    times = []
    for _ in range(3):
        t = time.perf_counter()
        estimate_caseload(cols, on=on, tables=tables)
        times.append(time.perf_counter() - t)
    ours_calculate_seconds = min(times)

    # The scalar API must agree with the caseload for every household.
    scalar_mismatch = 0
    for i in range(0, n, max(1, n // 200)):
        if comparable[i] and estimate(hh[i], on=dt.date.fromisoformat(specs[i]["on"]), tables=tables).universal_credit.award != int(result.award[i]):
            scalar_mismatch += 1

    over_limit = np.asarray(calc.capital_over_limit, dtype=bool)
    rows = []
    status_by_component: dict[str, np.ndarray] = {}
    ours_by_component: dict[str, np.ndarray] = {}
    pe_by_component: dict[str, np.ndarray] = {}
    for label, field, pe_var in COMPONENTS:
        ours_arr = getattr(calc, field, None)
        if ours_arr is None and field == "award_before_benefit_cap":
            ours_arr = calc.award  # an engine without the benefit cap
        if ours_arr is None:
            continue
        ours_arr = np.broadcast_to(np.asarray(ours_arr, dtype=np.int64), (n,))
        if pe_var is None:  # the earnings deduction
            pe_arr = monthly_pence(pe_values["uc_earned_income"] * pe_values["reduction_rate"])
        else:
            pe_arr = monthly_pence(pe_values[pe_var])
        mask = comparable.copy()
        # A single pensioner (or a couple both over State Pension age) has no
        # UC (WRA 2012 s 4(1)(b)): its UC steps are not compared.
        mask &= np.asarray(result.benefits.universal_credit_payable, dtype=bool)
        if field in ("maximum_amount", "unearned_income"):
            # PolicyEngine computes these only for eligible benefit units
            # (capital up to the limit); ours computes them anyway.
            mask &= ~over_limit
        if field == "housing_costs_element":
            mask &= np.array([s["housing"] is not None for s in specs])
            if not mask.any():
                continue
        status = np.where(mask, classify(ours_arr - pe_arr), -1)
        status_by_component[label] = status
        ours_by_component[label] = ours_arr
        pe_by_component[label] = pe_arr
        counts = [int((status == k).sum()) for k in (0, 1, 2)]
        rows.append((label, int(mask.sum()), *counts))

    b = result.benefits
    ours_weekly = {
        "carers_allowance": np.asarray(b.carers_allowance[0], np.int64) + np.asarray(b.carers_allowance[1], np.int64),
        "pension_credit": np.asarray(b.pension_credit.award, np.int64),
        "child_benefit": np.asarray(b.child_benefit, np.int64),
    }
    for label, pe_var in WEEKLY_COMPONENTS:
        ours_arr = np.broadcast_to(ours_weekly[pe_var], (n,))
        pe_arr = np.asarray(pe_values[pe_var], dtype=np.float64) * 100 / 52
        status = np.where(comparable, classify(ours_arr - pe_arr), -1)
        status_by_component[label] = status
        ours_by_component[label] = ours_arr
        pe_by_component[label] = pe_arr
        counts = [int((status == k).sum()) for k in (0, 1, 2)]
        rows.append((label, int(comparable.sum()), *counts))

    # Classes of disagreement: for each household, which components differ
    # (beyond 1p, or within 1p), and the likely cause.
    classes: Counter[str] = Counter()
    examples: dict[str, list[int]] = defaultdict(list)
    for i in range(n):
        which = [c for c, st in status_by_component.items() if st[i] >= 1]
        if not which:
            continue
        ours_i = {"earnings_deduction": int(ours_by_component["earnings deduction"][i]),
                  "unearned_income": int(ours_by_component["unearned income (tariff)"][i]),
                  "pension_credit": int(ours_by_component["Pension Credit (weekly)"][i])}
        pe_i = {"earnings deduction": float(pe_by_component["earnings deduction"][i]),
                "unearned income (tariff)": float(pe_by_component["unearned income (tariff)"][i]),
                "Pension Credit (weekly)": float(pe_by_component["Pension Credit (weekly)"][i])}
        for cause in causes(specs[i], ours_i, pe_i, which):
            classes[cause] += 1
            if len(examples[cause]) < 20:
                examples[cause].append(i)

    def show(i: int) -> dict[str, Any]:
        diffs = {
            c: {"ours": int(ours_by_component[c][i]), "policyengine": round(float(pe_by_component[c][i]), 2)}
            for c, st in status_by_component.items()
            if st[i] >= 1
        }
        return {"household": specs[i], "differences_pence": diffs}

    return {
        "year": year,
        "households": n,
        "rows": rows,
        "classes": classes,
        "examples": {k: [show(i) for i in v] for k, v in examples.items()},
        "ours_seconds": ours_seconds,
        "ours_calculate_seconds": ours_calculate_seconds,
        "pe": pe_meta,
        "not_comparable": int((~comparable).sum()) - sum(refused.values()),
        "refused": refused,
        "scalar_mismatch": scalar_mismatch,
        "awards_positive": int((np.asarray(result.award) > 0).sum()),
    }


# -- report ----------------------------------------------------------------------


def _git_describe() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src", "rules"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return rev + (" with uncommitted changes in src/ or rules/" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def report(results: list[dict[str, Any]], args: argparse.Namespace, tables: Tables, install_seconds: float) -> str:
    pe = results[0]["pe"]
    lines = [
        f"# Cross-check with PolicyEngine UK, {dt.date.today().isoformat()}",
        "",
        f"Command: `python benchmarks/crosscheck_policyengine.py --households {args.households} --seed {args.seed}"
        + (f" --years {' '.join(map(str, args.years))}" if args.years != [2025, 2026] else "")
        + (" --rent" if args.rent else "")
        + "`",
        "",
        f"- entitlements: git {_git_describe()}; rules {tables.version}",
        f"- policyengine-uk {pe['version']} (policyengine-core {pe['core_version']}), in a separate venv",
        "- Amounts per assessment period in pence; PolicyEngine's annual amount / 12. The weekly"
        " benefits (issue 12: Carer's Allowance paid, Pension Credit, Child Benefit) a week: annual / 52.",
        "- A fifth of the units are a single pensioner or a mixed-age couple (State Pension, some carers"
        " claiming Carer's Allowance, some earning), and some families have a young person aged 16 to 19;"
        " UC steps are compared only where UC is payable.",
        "  *exact*: PolicyEngine's figure rounds to ours; *within 1p*: differs by 0.5p to 1p; *different*: more.",
        "",
    ]
    for r in results:
        y = r["year"]
        lines += [
            f"## {y}/{(y + 1) % 100:02d}: {r['households']} random benefit units",
            "",
            f"{r['awards_positive']} with a UC award (ours).",
            "",
            "| component | compared | exact | within 1p | different |",
            "|---|---:|---:|---:|---:|",
        ]
        for label, m, e, w, d in r["rows"]:
            pct = f" ({100 * e / m:.1f}%)" if m else ""
            lines.append(f"| {label} | {m} | {e}{pct} | {w} | {d} |")
        if r["not_comparable"]:
            lines.append(f"\n{r['not_comparable']} households with rent not compared (our engine has no housing costs element).")
        for msg, k in r["refused"].items():
            lines.append(f"\n**{k} households not computed by our engine:** `{msg}`")
        if r["scalar_mismatch"]:
            lines.append(f"\n**{r['scalar_mismatch']} sampled households where estimate() and estimate_caseload() disagree.**")
        lines += ["", "Households with a difference, by likely cause (a household can have several):", ""]
        lines += ["| cause | households |", "|---|---:|"]
        for cause, k in sorted(r["classes"].items(), key=lambda kv: -kv[1]):
            lines.append(f"| {cause} | {k} |")
        lines.append("")

    lines += [
        "## Speed on the same households",
        "",
        "| year | households | ours: estimate_caseload | PolicyEngine: build + calculate | ratio | ours: calculate only | PolicyEngine: calculate only | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        p = r["pe"]["simulation_seconds"]
        pc = p - r["pe"]["build_seconds"]
        o = r["ours_seconds"]
        oc = r["ours_calculate_seconds"]
        lines.append(
            f"| {r['year']}/{(r['year'] + 1) % 100:02d} | {r['households']} | {o * 1000:.1f} ms | {p:.2f} s | {p / o:,.0f}x "
            f"| {oc * 1000:.1f} ms | {pc:.2f} s | {pc / oc:,.0f}x |"
        )
    lines += [
        "",
        f"PolicyEngine's simulation time covers building the simulation from the situation (which loads its tax-benefit "
        f"system) and calculating the compared variables, for {pe['groups']} situation(s) per year (one per kind of earnings input). "
        f"Not counted: its import ({pe['import_seconds']:.1f} s), the worker's start-up and JSON, "
        + (f"and creating the venv ({install_seconds:.0f} s this run). " if install_seconds else "and creating the venv. ")
        + "Ours: rule tables loaded beforehand; best of 3 runs; one process, one core. "
        "*Calculate only*: ours is `estimate_caseload` on a `Caseload` already in columns (best of 3); "
        "PolicyEngine's is calculating the variables in a simulation already built.",
        "",
        "## Examples (first of each cause)",
        "",
    ]
    for r in results:
        for cause, ex in sorted(r["examples"].items()):
            lines += [f"### {r['year']}: {cause}", "", "```json", json.dumps(ex[0], indent=1, sort_keys=True), "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # --benefits hb,ctr: Housing Benefit and Council Tax Reduction (benchmarks/crosscheck_hb_ctr.py); uc (the default):
    # Universal Credit and the household total, below.
    if "--benefits" in argv:
        i = argv.index("--benefits")
        wanted = set(argv[i + 1].split(",")) if i + 1 < len(argv) else set()
        if not wanted or not wanted <= {"uc", "hb", "ctr"} or (wanted & {"hb", "ctr"} and "uc" in wanted):
            print("crosscheck_policyengine.py: --benefits takes uc, or hb,ctr (a separate run each)", file=sys.stderr)
            return 2
        del argv[i:i + 2]
        if wanted & {"hb", "ctr"}:
            import crosscheck_hb_ctr

            return crosscheck_hb_ctr.main(argv)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--households", type=int, default=2000, help="random benefit units per tax year (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--years", type=int, nargs="+", default=[2025, 2026], choices=sorted(UPRATING_DAY), help="tax years (2025 = 2025/26)")
    ap.add_argument("--rent", action="store_true", help="give 70%% of households a social or private rent")
    ap.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="the separate PolicyEngine venv (default benchmarks/.pe-venv)")
    ap.add_argument("--policyengine", default="policyengine-uk", help="pip requirement to install (e.g. policyengine-uk==2.162.10)")
    ap.add_argument("--out", type=Path, default=HERE / "results", help="folder for crosscheck-<date>.md")
    ap.add_argument("--json", type=Path, help="also write every example household and difference to this JSON file")
    args = ap.parse_args(argv)

    install_seconds = ensure_pe_venv(args.venv, args.policyengine)
    py = venv_python(args.venv)
    tables = Tables.load()
    results = [run_year(y, args.households, args.seed, args.rent, tables, py) for y in args.years]
    text = report(results, args, tables, install_seconds)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"crosscheck-{dt.date.today().isoformat()}.md"
    path.write_text(text + "\n", encoding="utf-8")
    print(f"\nWritten to {path}", file=sys.stderr)
    if args.json:
        payload = [{"year": r["year"], "examples": r["examples"]} for r in results]
        args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
