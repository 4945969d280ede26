"""Cross-check Housing Benefit and Council Tax Reduction against PolicyEngine UK.

Run through ``crosscheck_policyengine.py --benefits hb,ctr`` (or this file
directly, from the repository root):

    python benchmarks/crosscheck_policyengine.py --benefits hb,ctr --households 1000 --seed 1

It uses the same separate PolicyEngine environment (``benchmarks/.pe-venv``)
and worker (``benchmarks/pe_worker.py``); nothing here imports PolicyEngine
and the library never does.

What it draws: pension-age renting benefit units (a single pensioner or a
couple both over State Pension age, 67 to 90), State Pension (some low
enough for guarantee credit), sometimes another pension, capital (some
over the £10,000 tariff threshold, some over £16,000), sometimes earnings
with hours of work (the additional earnings disregard), sometimes one
non-dependant (in work with a gross income, or not), a council or housing
association rent or (in England) a private rent in the Coventry BRMA, and
a council tax band. England: North Warwickshire 2024-25 (the one English
Band D shipped); Scotland: seven councils, 2024-25 and 2025-26. Wales is
left out (no Welsh Band D is shipped).

Both sides get the same council tax for the year: ours works it out (band,
Band D, single person discount) and PolicyEngine is given it as its
``council_tax`` input (it does not compute council tax), so the CTR
comparison is of the reduction alone.

``--scope gb`` (2026-12-07) draws instead from every council of Wales (22)
and Scotland (32) in 2025-26 and 2026-27 and every English council with a
2026-27 Band D shipped (294) in 2026-27, social rents only, and writes
``crosscheck-hb-ctr-gb-<date>.md``. PolicyEngine's local authority is matched
to ours by name (its enum's names, read through the PolicyEngine venv's own
Python); its region is read only for the country (its ``country`` formula),
so English councils are all given one English region.

Compared: Housing Benefit a week (PolicyEngine's annual / 52), Council Tax
Reduction for the year (PolicyEngine's ``council_tax_benefit``, ours
``reduction_annual``) and Pension Credit a week (for context). A figure is
*exact* when PolicyEngine's rounds to ours, *within 1p*, or *different*
(classified by the household's features; docs/known-differences.md says
what each class is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from entitlements import Adult, EntitlementsError, Household, estimate, estimate_caseload  # noqa: E402
from entitlements.household import Housing, NonDependant  # noqa: E402
from entitlements.tables import Tables  # noqa: E402

from crosscheck_policyengine import DEFAULT_VENV, WORKER, ensure_pe_venv, venv_python  # noqa: E402

#: (our council name, PolicyEngine's LocalAuthority key, region) by nation; years each has a Band D shipped.
COUNCILS = {
    "england": [("North Warwickshire", "NORTH_WARWICKSHIRE", "WEST_MIDLANDS")],
    "scotland": [(n, n.upper().replace(" ", "_"), "SCOTLAND") for n in
                 ("Aberdeen City", "City of Edinburgh", "Dundee City", "Fife", "Glasgow City", "Highland",
                  "South Lanarkshire")],
}
YEARS = {"england": (2024,), "scotland": (2024, 2025)}
#: --scope gb: the fiscal years drawn in each nation (a council is drawn for a year only where its Band D ships).
GB_YEARS = {"england": (2026,), "wales": (2025, 2026), "scotland": (2025, 2026)}
GB_REGION = {"england": "WEST_MIDLANDS", "wales": "WALES", "scotland": "SCOTLAND"}
BANDS = "ABCDEF"
_SC_MEN, _SC_WOMEN = dt.date(1951, 4, 6), dt.date(1953, 4, 6)
#: The married couple's allowance is for a married couple or civil partners either of whom was born before this day
#: (ITA 2007 ss 45(2)(c), 46(2)(c)).
_MCA_BORN_BEFORE = dt.date(1935, 4, 6)
PE_VARIABLES = ["housing_benefit", "council_tax_benefit", "pension_credit",
                # the steps, to put each difference in a class
                "LHA_cap", "LHA_eligible", "benunit_rent", "housing_benefit_non_dep_deductions",
                "housing_benefit_applicable_amount", "housing_benefit_applicable_income",
                "council_tax_reduction_non_dep_deductions", "council_tax_reduction_applicable_amount",
                "council_tax_reduction_applicable_income", "income_tax", "pension_credit_income",
                # the married couple's allowance's reduction and the part the holder's tax takes (ITA 2007 s 51)
                "married_couples_allowance_deduction", "capped_mcad"]


def _monday_in(rng, year: int) -> dt.date:
    """A Monday from May to the end of February of the fiscal year (clear of
    April's uprating weeks)."""
    start = dt.date(year, 5, 1)
    start += dt.timedelta(days=(7 - start.weekday()) % 7)
    weeks = (dt.date(year + 1, 2, 28) - start).days // 7
    return start + dt.timedelta(weeks=int(rng.integers(0, weeks)))


def _adult(rng, on: dt.date, *, earnings: bool) -> dict[str, Any]:
    age = int(rng.integers(67, 91))
    dob = dt.date(on.year - age - 1, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))
    sex = "female" if rng.random() < 0.5 else "male"
    r = rng.random()
    sp = int(rng.integers(8_000, 17_000)) if r < 0.4 else int(rng.integers(17_000, 30_000))
    pension = int(rng.integers(1_000, 15_000)) if rng.random() < 0.3 else 0
    gross = int(rng.integers(20_000, 150_000)) if earnings else 0
    hours = int(rng.choice([10, 16, 20, 30, 37])) if earnings else None
    return {"date_of_birth": dob.isoformat(), "sex": sex, "state_pension_weekly": sp, "pension_income_weekly": pension,
            "gross_monthly_earnings": gross, "work_hours_weekly": hours,
            "before_2016": dob < (_SC_WOMEN if sex == "female" else _SC_MEN)}


def married_couples_allowance(s: dict[str, Any], tables: Tables) -> tuple[int, int] | None:
    """``(which adult claims, the allowance in pence)`` for a couple either of whom was born before 6 April 1935,
    else None. The library takes such a couple to be married (from 5 December 2005: ITA 2007 s 46) and
    PolicyEngine takes the allowance as an input (nil by default), so the script gives it the amount: worked out
    here from the Act, not taken from the library: the partner with the higher total income claims (s 46(2)(e);
    equal, the first), the amount (ss 46(3), 43) reduced by half the excess of that partner's adjusted net income
    (here pensions and gross pay, whole pounds) over the income limit (s 46(4)-(5)), the figures of the rule table
    tax.married_couples_allowance (the Treasury's indexation orders)."""
    if not s["couple"] or not any(dt.date.fromisoformat(a["date_of_birth"]) < _MCA_BORN_BEFORE for a in s["adults"]):
        return None
    income = [52 * (a["state_pension_weekly"] + a["pension_income_weekly"]) + 12 * a["gross_monthly_earnings"]
              for a in s["adults"]]
    who = 1 if income[1] > income[0] else 0
    row = tables.at("tax.married_couples_allowance", dt.date.fromisoformat(s["on"]))
    ani = income[who] // 100 * 100
    amount = max(row["maximum"] - max(ani - row["income_limit"], 0) // 2, row["minimum"])
    return who, int(amount)


def _norm(name: str) -> str:
    return "".join(ch for ch in name.lower().replace("&", "and") if ch.isalnum())


def pe_local_authorities(py: Path) -> dict[str, str]:
    """PolicyEngine's LocalAuthority keys by normalised name, read by the
    PolicyEngine venv's Python (nothing of it is imported here)."""
    code = ("import json; from policyengine_uk.variables.household.demographic.locations import LocalAuthority; "
            "print(json.dumps({m.name: m.value for m in LocalAuthority}))")
    out = subprocess.run([str(py), "-c", code], check=True, capture_output=True, text=True).stdout
    return {_norm(v): k for k, v in json.loads(out.strip().splitlines()[-1]).items()}


def gb_councils(pe_keys: dict[str, str]) -> dict[tuple[str, int], list[tuple[str, str | None, str]]]:
    """(nation, year) -> [(our name, PolicyEngine key or None, region)]: every council with that year's Band D."""
    from entitlements.benefits.council_tax_areas import default_authorities

    sched = default_authorities()
    out: dict[tuple[str, int], list] = {}
    for nation, years in GB_YEARS.items():
        for year in years:
            fy = f"{year}-{(year + 1) % 100:02d}"
            rows = []
            for name in sched.names(nation):
                a = sched.authority(name)
                if fy not in a.band_d:
                    continue
                key = next((pe_keys[_norm(x)] for x in (a.name, *a.aliases) if _norm(x) in pe_keys), None)
                rows.append((a.name, key, GB_REGION[nation]))
            out[(nation, year)] = rows
    return out


def working_age_spec(rng, gb: dict) -> dict[str, Any]:
    """--scope wales-working-age: a Welsh owner-occupier below pension age with earnings and no UC claim (the
    national scheme's own applicable amounts and disregards, WSI 2013/3029 Schs 7-8)."""
    year = int(rng.choice(GB_YEARS["wales"]))
    pool = gb[("wales", year)]
    council = pool[int(rng.integers(0, len(pool)))]
    on = _monday_in(rng, year)
    couple = bool(rng.random() < 0.4)
    adults = []
    for i in range(2 if couple else 1):
        age = int(rng.integers(25, 60))
        dob = dt.date(on.year - age - 1, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))
        # Earnings high enough that UC is nil on our side (the library takes UC as claimed where it is due;
        # PolicyEngine is told no UC claim): a household with UC due here is left out, counted as not compared.
        earns = i == 0
        adults.append({"date_of_birth": dob.isoformat(), "sex": "female" if rng.random() < 0.5 else "male",
                       "state_pension_weekly": 0, "pension_income_weekly": 0,
                       "gross_monthly_earnings": int(rng.integers(*((130_000, 220_000) if couple else (85_000, 140_000))))
                       if earns else 0,
                       "work_hours_weekly": int(rng.choice([16, 20, 30, 37])) if earns else None, "before_2016": False})
    capital = 0 if rng.random() < 0.7 else int(rng.integers(0, 1_500_000))
    return {"nation": "wales", "council": council[0], "pe_la": council[1], "region": council[2], "year": year,
            "on": on.isoformat(), "couple": couple, "adults": adults, "nd": None, "capital": capital,
            "tenure": "owner", "rent_weekly": 0, "bedrooms": 2, "band": str(rng.choice(list(BANDS)))}


def random_spec(rng, gb: dict | None = None, working_age: bool = False) -> dict[str, Any]:
    if working_age:
        return working_age_spec(rng, gb)
    if gb is None:
        nation = "england" if rng.random() < 0.5 else "scotland"
        council = COUNCILS[nation][int(rng.integers(0, len(COUNCILS[nation])))]
        year = int(rng.choice(YEARS[nation]))
    else:
        # A third each of England 2026-27, Wales and Scotland (each 2025-26 or 2026-27).
        nation = str(rng.choice(["england", "wales", "scotland"]))
        year = int(rng.choice(GB_YEARS[nation]))
        pool = gb[(nation, year)]
        council = pool[int(rng.integers(0, len(pool)))]
    on = _monday_in(rng, year)
    couple = bool(rng.random() < 0.4)
    earner = int(rng.integers(0, 2 if couple else 1)) if rng.random() < 0.12 else -1
    adults = [_adult(rng, on, earnings=(i == earner)) for i in range(2 if couple else 1)]
    nd = None
    if rng.random() < 0.25:
        working = bool(rng.random() < 0.5)
        nd = {"age": int(rng.integers(25, 56)), "work": working,
              "gross_weekly": int(rng.integers(10_000, 70_000)) if working else 0}
    r = rng.random()
    capital = 0 if (r < 0.6 or nd) else int(rng.integers(0, 1_000_000)) if r < 0.85 else int(rng.integers(1_000_000, 1_800_000))
    private = gb is None and nation == "england" and rng.random() < 0.5
    rent = int(rng.integers(10_000, 25_000)) if private else int(rng.integers(7_000, 16_000))
    return {"nation": nation, "council": council[0], "pe_la": council[1], "region": council[2], "year": year,
            "on": on.isoformat(), "couple": couple, "adults": adults, "nd": nd, "capital": capital,
            "tenure": "private_rent" if private else "social_rent", "rent_weekly": rent,
            "bedrooms": 1 + int(nd is not None) + int(rng.random() < 0.3), "band": str(rng.choice(list(BANDS)))}


def to_ours(s: dict[str, Any]) -> Household:
    adults = tuple(Adult(date_of_birth=dt.date.fromisoformat(a["date_of_birth"]), state_pension_weekly=a["state_pension_weekly"],
                         pension_income_weekly=a["pension_income_weekly"], reached_pension_age_before_6_april_2016=a["before_2016"],
                         **({"gross_monthly_earnings": a["gross_monthly_earnings"], "work_hours_weekly": a["work_hours_weekly"]}
                            if a["gross_monthly_earnings"] else {}))
                   for a in s["adults"])
    nds = () if not s["nd"] else (NonDependant(age=s["nd"]["age"], remunerative_work=s["nd"]["work"],
                                               gross_weekly_income=s["nd"]["gross_weekly"]),)
    if s["tenure"] == "owner":
        return Household(adults=adults, capital=s["capital"], local_authority=s["council"], nation=s["nation"],
                         housing=Housing(tenure="owner_occupier", council_tax_band=s["band"]))
    housing = Housing(tenure=s["tenure"], rent=s["rent_weekly"], rent_period="week",
                      bedrooms=s["bedrooms"] if s["tenure"] == "social_rent" else None,
                      brma="Coventry" if s["tenure"] == "private_rent" else None,
                      council_tax_band=s["band"], non_dependants=nds)
    return Household(adults=adults, capital=s["capital"], housing=housing, local_authority=s["council"], nation=s["nation"])


def _yyyymmdd(d: dt.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def add_to_situation(sit: dict[str, Any], key: str, s: dict[str, Any], council_tax_annual: int) -> None:
    y = str(s["year"])
    members = []
    for i, a in enumerate(s["adults"]):
        dob = dt.date.fromisoformat(a["date_of_birth"])
        age = s["year"] - dob.year - ((10, 6) < (dob.month, dob.day))
        p = {"age": {y: age}, "date_of_birth": {y: _yyyymmdd(dob)}, "gender": {y: a["sex"].upper()},
             "is_claimant_or_partner": {y: True}, "state_pension_reported": {y: 52 * a["state_pension_weekly"] / 100},
             "private_pension_income": {y: 52 * a["pension_income_weekly"] / 100},
             "employment_income": {y: 12 * a["gross_monthly_earnings"] / 100},
             "hours_worked": {y: 52 * (a["work_hours_weekly"] or 0)},
             "would_claim_marriage_allowance": {y: False}, "council_tax_reduction_liable_person": {y: True}}
        if s.get("mca") and s["mca"][0] == i:
            # PolicyEngine's married couple's allowance is an input (its 10% reduction, capped at the tax, it works out).
            p["married_couples_allowance"] = {y: s["mca"][1] / 100}
        if s.get("mca_transferred") and s["mca"][0] != i:
            # ITA 2007 s 51: the reduction the holder's tax could not take, given to the other partner (PolicyEngine
            # has no transfer); as an allowance at its 10% deduction rate (s 46(3)), capped at that partner's tax.
            p["married_couples_allowance"] = {y: s["mca_transferred"] * 10 / 100}
        sit["people"][f"{key}_a{i}"] = p
        members.append(f"{key}_a{i}")
    hh_members = list(members)
    if s["nd"]:
        nd = s["nd"]
        # The non-dependant as ours has it: not liable for the council tax or the rent (PolicyEngine's defaults
        # make an adult of another benefit unit jointly liable, SI 2012/2885 Sch 1 para 7(3)), on no benefit.
        sit["people"][f"{key}_nd"] = {"age": {y: nd["age"]}, "employment_income": {y: 52 * nd["gross_weekly"] / 100},
                                      "hours_worked": {y: 52 * 37.5 if nd["work"] else 0},
                                      "council_tax_reduction_liable_person": {y: False}}
        sit["benunits"][f"{key}_ndb"] = {"members": [f"{key}_nd"], "claims_all_entitled_benefits": {y: False},
                                         "would_claim_uc": {y: False}, "would_claim_pc": {y: False},
                                         "pension_credit_reported_capital": {y: 0}}
        hh_members.append(f"{key}_nd")
    # An input given for one member or benefit unit is an input for all (PolicyEngine's rule): every person and
    # benefit unit gets each of these.
    sit["benunits"][key] = {"members": members, "claims_all_entitled_benefits": {y: True}, "would_claim_pc": {y: True},
                            "would_claim_uc": {y: False},
                            "pension_credit_reported_capital": {y: s["capital"] / 100}}
    hh = {"members": hh_members, "region": {y: s["region"]},
          **({"local_authority": {y: s["pe_la"]}} if s["pe_la"] else {}),
          "tenure_type": {y: {"social_rent": "RENT_FROM_COUNCIL", "private_rent": "RENT_PRIVATELY"}.get(s["tenure"], "OWNED_OUTRIGHT")},
          "rent": {y: 52 * s["rent_weekly"] / 100}, "num_bedrooms": {y: s["bedrooms"]},
          "council_tax": {y: council_tax_annual / 100}, "savings": {y: s["capital"] / 100}}
    if s["tenure"] == "private_rent":
        hh["brma"] = {y: "COVENTRY"}
    sit["households"][f"{key}_h"] = hh


def run_policyengine(py: Path, specs, liabilities) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(specs):
        groups[s["year"]].append(i)
    job = []
    for year, idx in sorted(groups.items()):
        sit: dict[str, Any] = {"people": {}, "benunits": {}, "households": {}}
        for i in idx:
            add_to_situation(sit, f"bu{i}", specs[i], int(liabilities[i]))
        job.append({"period": str(year), "situation": sit, "benunits": [f"bu{i}" for i in idx]})
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps({"groups": job, "variables": PE_VARIABLES}), encoding="utf-8")
        t = time.perf_counter()
        subprocess.run([str(py), str(WORKER), str(src), str(dst)], check=True)
        wall = time.perf_counter() - t
        out = json.loads(dst.read_text(encoding="utf-8"))
    values = {v: np.full(len(specs), np.nan) for v in PE_VARIABLES}
    for (_, idx), g in zip(sorted(groups.items()), out["groups"]):
        for v in PE_VARIABLES:
            values[v][idx] = [np.nan if x is None else x for x in g["values"][v]]
    return values, {"version": out["version"], "core_version": out["core_version"], "wall_seconds": wall,
                    "simulation_seconds": sum(g["seconds"] for g in out["groups"])}


def classify(diff: np.ndarray) -> np.ndarray:
    a = np.abs(diff)
    return np.where(a < 0.5 + 1e-6, 0, np.where(a <= 1.0 + 1e-6, 1, 2))


def _weekly(x):
    return np.asarray(x, np.float64) * 100 / 52


def cause(which: str, i: int, s: dict[str, Any], o: dict[str, np.ndarray], p: dict[str, np.ndarray]) -> str:
    """The first step at which the two sides part, for one different figure
    (docs/known-differences.md explains each class)."""
    def differ(a, b):
        return abs(float(a) - float(b)) > 1.0 + 1e-6

    pc_gap = abs(float(o["pc"][i]) - float(p["pc"][i]))
    # Run with --no-married-couples-allowance: PolicyEngine has none, ours takes it off the tax.
    no_mca = "mca" not in s and s["couple"] and any(
        dt.date.fromisoformat(a["date_of_birth"]) < _MCA_BORN_BEFORE for a in s["adults"])
    mca_class = "income tax: the married couple's allowance, taken off by ours, not given to PolicyEngine (its input)"
    if which.startswith("Pension") and pc_gap <= 2.0 + 1e-6:
        return "Pension Credit to a penny or two (savings credit's fractions of a penny, reg 7(4); earnings x 12 / 52)"
    if differ(o["pc"][i], p["pc"][i]) and pc_gap > 2.0 + 1e-6:  # a penny or two of PC: the cause is further on
        a = s["adults"]
        if s["couple"] and a[0]["before_2016"] != a[1]["before_2016"] and not o["sc"][i] and p["pc"][i] > o["pc"][i]:
            return "Pension Credit: savings credit to a couple of whom one reached pension age from 6 April 2016 (PolicyEngine)"
        tax = p["tax"][i] * 100 / 52
        if no_mca and o["pc_inc"][i] > p["pc_inc"][i]:
            return mca_class
        if tax > 0.5 and abs(o["pc_inc"][i] - p["pc_inc"][i] - tax) < 2:
            return "Pension Credit: PolicyEngine counts income after income tax (ours before)"
        return "Pension Credit differs (savings credit)" if o["sc"][i] or p["sc"][i] else "Pension Credit differs"
    hb = which.startswith("Housing")
    pre = "hb" if hb else "ctr"
    if differ(o[f"{pre}_nd"][i], p[f"{pre}_nd"][i]):
        if not hb and s["nd"] and s["nd"]["work"]:
            return "non-dependant deduction: PolicyEngine uses Housing Benefit's amounts for CTR"
        if s["nd"] and not s["nd"]["work"]:
            return "non-dependant not in work: PolicyEngine deducts nothing (no income)"
        return "non-dependant deduction"
    if hb and differ(o["hb_rent"][i], p["hb_rent"][i]):
        return "eligible rent (LHA)"
    if differ(o[f"{pre}_aa"][i], p[f"{pre}_aa"][i]):
        return "applicable amount"
    if differ(o[f"{pre}_inc"][i], p[f"{pre}_inc"][i]):
        # Since 2026-12-07 ours takes the income tax off too: the class is kept only where the gap is the tax.
        tax = p["tax"][i] * 100 / 52
        gap = o[f"{pre}_inc"][i] - p[f"{pre}_inc"][i]
        if no_mca and abs(gap) > 1.0 + 1e-6:
            return mca_class
        if tax > 0.5 and abs(gap - tax) < 2:
            return "income: PolicyEngine takes income tax off pensions and earnings"
        # Savings credit only (no guarantee credit): the income is the Secretary of State's, adjusted by the
        # £17.10 additional earnings disregard where its conditions are met (SI 2006/214 reg 27(4)(d); SI
        # 2012/2885 Sch 1 para 14(2)(d); WSI 2013/3029 Sch 1 para 8(2)(d); SSI 2012/319 reg 25(2)(d)). Tested
        # before the tariff class: the Secretary of State's income already holds Pension Credit's tariff.
        earns = any(a["gross_monthly_earnings"] > 0 for a in s["adults"])
        sc_only = o["sc"][i] > 0 and abs(float(o["pc"][i]) - float(o["sc"][i])) < 0.5
        if earns and sc_only and abs(abs(gap) - 1710) < 2:
            if gap < 0:
                return ("income: savings credit only, the £17.10 additional earnings disregard taken off the Secretary "
                        "of State's income by ours, not by PolicyEngine")
            return ("income: savings credit only, the £17.10 additional earnings disregard taken off the Secretary "
                    "of State's income by PolicyEngine, not by ours")
        if not hb and s["capital"] > 1_000_000:
            return "income: tariff income from capital over £10,000"
        return "income counted (pence: earnings or pensions made weekly)"
    if not hb and o["sar"][i]:
        return "second adult rebate"
    if hb and float(o["hb"][i]) == 0 and 0 < float(p["hb"][i]) < 50:
        return ("minimum award: Housing Benefit under 50p a week not payable (SI 2006/214 reg 56), paid by "
                "PolicyEngine")
    return "rounding or annualising (weekly x 52 against the days of the year)" if which.startswith("Council") \
        else "taper or rounding"


def run(n: int, seed: int, py: Path, tables: Tables, scope: str = "earlier", mca: bool = True) -> dict[str, Any]:
    rng = np.random.default_rng([seed, 17])
    gb = gb_councils(pe_local_authorities(py)) if scope != "earlier" else None
    specs = [random_spec(rng, gb, scope == "wales-working-age") for _ in range(n)]
    if mca:
        for s in specs:
            s["mca"] = married_couples_allowance(s, tables)
    hh = [to_ours(s) for s in specs]
    on = np.array([s["on"] for s in specs], dtype="datetime64[D]")
    refused: Counter = Counter()
    keep = np.ones(n, bool)
    try:
        estimate_caseload(hh, on=on, tables=tables)
    except EntitlementsError:
        for i, h in enumerate(hh):
            try:
                estimate(h, on=dt.date.fromisoformat(specs[i]["on"]), tables=tables)
            except EntitlementsError as e:
                refused[str(e)[:160]] += 1
                keep[i] = False
    specs = [s for s, k in zip(specs, keep) if k]
    hh = [h for h, k in zip(hh, keep) if k]
    on = on[keep]
    times = []
    for _ in range(3):
        t = time.perf_counter()
        result = estimate_caseload(hh, on=on, tables=tables)
        times.append(time.perf_counter() - t)
    b = result.benefits
    ct = b.council_tax
    valid = np.asarray(result.valid, bool) & (np.asarray(ct.status) == 1) & (np.asarray(ct.ctr_status) == 1)
    if scope == "wales-working-age":
        uc_due = np.asarray(b.universal_credit.award) > 0
        if uc_due.any():
            refused["UC due on our side (the library takes it as claimed; PolicyEngine is told no UC claim)"] += int(uc_due.sum())
        valid &= ~uc_due
    for e in result.caseload.errors:
        refused[f"invalid row: {e.field}: {e.reason}"[:160]] += 1
    for i in np.flatnonzero(np.asarray(result.valid, bool) & ~valid):
        refused[f"council tax or CTR not worked out (status {int(ct.status[i])}/{int(ct.ctr_status[i])}, "
                f"reason {int(ct.reason[i])}/{int(ct.ctr_reason[i])})"] += 1
    liabilities = np.where(valid, np.asarray(ct.annual_liability), 0)
    pe, meta = run_policyengine(py, specs, liabilities)
    if mca:
        # ITA 2007 s 51 (the library, since 2026-12-07): the part of the married couple's allowance's reduction the
        # holder's tax cannot take goes to the other partner (taken as notified, s 53). PolicyEngine caps the
        # reduction at the holder's tax and drops the rest, so the rest (PolicyEngine's own figures, first run) is
        # given to the other partner in a second run of those benefit units.
        unused = np.round((pe["married_couples_allowance_deduction"] - pe["capped_mcad"]) * 100)
        idx = [i for i, s in enumerate(specs) if s.get("mca") and unused[i] > 0]
        for i in idx:
            specs[i]["mca_transferred"] = int(unused[i])
        if idx:
            again, meta2 = run_policyengine(py, [specs[i] for i in idx], liabilities[idx])
            for v in PE_VARIABLES:
                pe[v][idx] = again[v]
            meta["wall_seconds"] += meta2["wall_seconds"]
            meta["simulation_seconds"] += meta2["simulation_seconds"]
    ours = {
        "Housing Benefit (weekly)": np.asarray(b.housing_benefit.award, np.float64),
        "Council Tax Reduction (year)": np.asarray(ct.reduction_annual, np.float64),
        "Pension Credit (weekly)": np.asarray(b.pension_credit.award, np.float64),
    }
    theirs = {
        "Housing Benefit (weekly)": pe["housing_benefit"] * 100 / 52,
        "Council Tax Reduction (year)": pe["council_tax_benefit"] * 100,
        "Pension Credit (weekly)": pe["pension_credit"] * 100 / 52,
    }
    hb = b.housing_benefit
    o = {"pc": ours["Pension Credit (weekly)"], "sc": np.asarray(b.pension_credit.savings_credit),
         "pc_inc": np.asarray(b.pension_credit.income, np.float64),
         "hb_nd": hb.non_dependant_deductions, "hb_rent": hb.weekly_eligible_rent, "hb_aa": hb.applicable_amount.total,
         "hb_inc": hb.weekly_income, "ctr_nd": ct.ctr_non_dependant_deductions, "ctr_aa": ct.ctr_applicable_amount,
         "ctr_inc": ct.ctr_income, "sar": ct.ctr_alternative_maximum, "hb": ours["Housing Benefit (weekly)"]}
    rent = np.where(pe["LHA_eligible"] > 0, pe["LHA_cap"], pe["benunit_rent"])
    p = {"pc": theirs["Pension Credit (weekly)"], "sc": pe["pension_credit"] * 0, "hb_nd": _weekly(pe["housing_benefit_non_dep_deductions"]),
         "hb_rent": _weekly(rent), "hb_aa": _weekly(pe["housing_benefit_applicable_amount"]),
         "hb_inc": _weekly(pe["housing_benefit_applicable_income"]),
         "ctr_nd": _weekly(pe["council_tax_reduction_non_dep_deductions"]),
         "ctr_aa": _weekly(pe["council_tax_reduction_applicable_amount"]),
         "ctr_inc": _weekly(pe["council_tax_reduction_applicable_income"]), "tax": pe["income_tax"],
         "pc_inc": _weekly(pe["pension_credit_income"]), "hb": theirs["Housing Benefit (weekly)"]}
    table, classes, examples = {}, {}, defaultdict(list)
    for name in ours:
        d = theirs[name] - ours[name]
        ok = valid & ~np.isnan(d)
        c = classify(np.where(ok, d, 0))
        table[name] = {"compared": int(ok.sum()), "exact": int((ok & (c == 0)).sum()), "within_1p": int((ok & (c == 1)).sum()),
                       "different": int((ok & (c == 2)).sum()), "mean_abs_diff_pence": float(np.abs(d[ok & (c == 2)]).mean()) if (ok & (c == 2)).any() else 0.0}
        cls: Counter = Counter()
        largest: dict[str, float] = {}
        for i in np.flatnonzero(ok & (c == 2)):
            key = cause(name, i, specs[i], o, p)
            cls[key] += 1
            largest[key] = max(largest.get(key, 0.0), abs(float(d[i])))
            if len(examples[(name, key)]) < 2:
                examples[(name, key)].append({"spec": specs[i], "ours_pence": float(ours[name][i]),
                                              "policyengine_pence": round(float(theirs[name][i]), 2)})
        classes[name] = {k: (v, largest[k]) for k, v in cls.most_common()}
    return {"n": n, "compared": int(valid.sum()), "refused": refused, "table": table, "classes": classes,
            "examples": {f"{k[0]} | {k[1]}": v for k, v in examples.items()}, "meta": meta,
            "ours_seconds": min(times), "nations": Counter(s["nation"] for s in specs),
            "years": Counter(s["year"] for s in specs),
            "by_nation_year": by_nation_year(specs, ours, theirs, valid),
            "councils": {nat: len({s["council"] for s in specs if s["nation"] == nat}) for nat in ("england", "wales", "scotland")},
            "councils_available": {f"{k[0]} {k[1]}": len(v) for k, v in (gb or {}).items()},
            "no_pe_key": sorted({s["council"] for s in specs if not s["pe_la"]}),
            "mca_transferred": sum(1 for s in specs if s.get("mca_transferred")),
            "mca_couples": sum(1 for s in specs if s["couple"] and any(
                dt.date.fromisoformat(a["date_of_birth"]) < _MCA_BORN_BEFORE for a in s["adults"]))}


def by_nation_year(specs, ours, theirs, valid) -> dict[str, dict[str, tuple[int, int, int]]]:
    """(nation, year) -> quantity -> (compared, exact, within 1p)."""
    out: dict[str, dict[str, tuple[int, int, int]]] = {}
    keys = sorted({(s["nation"], s["year"]) for s in specs})
    for nation, year in keys:
        m = valid & np.array([s["nation"] == nation and s["year"] == year for s in specs])
        row = {}
        for name in ours:
            d = theirs[name] - ours[name]
            ok = m & ~np.isnan(d)
            c = classify(np.where(ok, d, 0))
            row[name] = (int(ok.sum()), int((ok & (c == 0)).sum()), int((ok & (c == 1)).sum()))
        out[f"{nation} {year}-{(year + 1) % 100:02d}"] = row
    return out


def report(r: dict[str, Any], args) -> str:
    m = r["meta"]
    lines = [f"# Cross-check of Housing Benefit and Council Tax Reduction with PolicyEngine UK ({dt.date.today().isoformat()})",
             "",
             f"- `python benchmarks/crosscheck_policyengine.py --benefits hb,ctr --households {args.households} --seed {args.seed}"
             + (f" --scope {args.scope}" if args.scope != "earlier" else "")
             + (" --no-married-couples-allowance`" if args.no_married_couples_allowance else "`"),
             f"- policyengine-uk {m['version']} (policyengine-core {m['core_version']}), in a separate venv; never imported by the library",
             f"- {r['n']} {'working-age owner-occupier (no UC due)' if args.scope == 'wales-working-age' else 'pension-age renting'}"
             f" benefit units drawn; {r['compared']} compared "
             f"(by nation: {dict(r['nations'])}; by fiscal year: {dict(r['years'])})",
             f"- time: ours {r['ours_seconds']:.2f} s for the caseload (estimate_caseload, best of 3); PolicyEngine "
             f"{m['simulation_seconds']:.1f} s building and calculating ({m['wall_seconds']:.1f} s with its import). "
             "The machine (2 cores) was shared by about five sessions.",
             f"- couples either of whom was born before 6 April 1935: {r['mca_couples']}; "
             + ("PolicyEngine given no married couple's allowance (its default; the library gives it)"
                if args.no_married_couples_allowance else
                "PolicyEngine given the married couple's allowance (its input) as ITA 2007 s 46 has it, the library "
                "taking such a couple to be married; where the holder's tax could not take all of it, the rest "
                f"given to the other partner as ITA 2007 s 51 has it, in a second PolicyEngine run "
                f"({r['mca_transferred']} couples)"),
             *([f"- councils drawn: {r['councils']} (available with a Band D: {r['councils_available']}); "
                f"without a PolicyEngine local authority of the same name (none given to it): {r['no_pe_key'] or 'none'}"]
               if args.scope != "earlier" else []),
             "", "## Agreement", "", "| Quantity | compared | exact | within 1p | different | mean |diff| where different |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, t in r["table"].items():
        lines.append(f"| {name} | {t['compared']} | {t['exact']} | {t['within_1p']} | {t['different']} | "
                     f"£{t['mean_abs_diff_pence'] / 100:,.2f} |")
    if args.scope != "earlier":
        lines += ["", "### By nation and year (compared: exact / within 1p)", "",
                  "| Nation, year | " + " | ".join(r["table"]) + " |", "|---|" + "---:|" * len(r["table"])]
        for k, row in r["by_nation_year"].items():
            lines.append(f"| {k} | " + " | ".join(f"{c}: {e} / {w}" for c, e, w in row.values()) + " |")
    lines += ["", "## Households not compared", ""]
    lines += [f"- {v} x {k}" for k, v in r["refused"].most_common()] or ["- none"]
    lines += ["", "## Differences by class", "",
              "Each different figure is counted under the first step at which the two sides part (Pension Credit, "
              "the non-dependant deduction, the eligible rent, the applicable amount, the income counted, the second "
              "adult rebate, then rounding): docs/known-differences.md explains each class.", ""]
    for name, cls in r["classes"].items():
        lines += [f"### {name}", ""]
        lines += [f"- {v} x {k} (largest difference £{big / 100:,.2f})" for k, (v, big) in cls.items()] or ["- none"]
        lines.append("")
    lines += ["## Examples (first of each class)", ""]
    for k, ex in sorted(r["examples"].items()):
        lines += [f"### {k}", "", "```json", json.dumps(ex[0], indent=1, sort_keys=True), "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--households", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    ap.add_argument("--policyengine", default="policyengine-uk")
    ap.add_argument("--out", type=Path, default=HERE / "results")
    ap.add_argument("--json", type=Path, help="also write the examples to this JSON file")
    ap.add_argument("--scope", choices=("earlier", "gb", "wales-working-age"), default="earlier",
                    help="earlier: North Warwickshire 2024-25 and seven Scottish councils; gb: every Welsh and Scottish "
                         "council 2025-26 and 2026-27, every English council 2026-27; wales-working-age: Welsh earners below "
                         "pension age without UC (owner-occupiers), CTR only")
    ap.add_argument("--no-married-couples-allowance", action="store_true",
                    help="give PolicyEngine no married couple's allowance (its default) for a couple either of whom "
                         "was born before 6 April 1935; by default it is given the amount (ITA 2007 s 46), as the "
                         "library takes such a couple to be married")
    args = ap.parse_args(argv)
    ensure_pe_venv(args.venv, args.policyengine)
    r = run(args.households, args.seed, venv_python(args.venv), Tables.load(), args.scope,
            not args.no_married_couples_allowance)
    text = report(r, args)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = {"gb": "-gb", "wales-working-age": "-wales-working-age"}.get(args.scope, "")
    path = args.out / f"crosscheck-hb-ctr{suffix}-{dt.date.today().isoformat()}.md"
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)
    print(f"\nWritten to {path}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(r["examples"], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
