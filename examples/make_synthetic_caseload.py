"""Write examples/synthetic_caseload.csv: 1,000 synthetic cases of a health
justice partnership (seeded, so the file is the same every run).

Nobody in it is real. The mix is meant to look like a GP-embedded advice
service in a deprived area: most patients sick or disabled, most renting,
many in the most deprived deciles (IMD 1-3) and needing an interpreter, the
outcomes mostly LCWRA and PIP decisions, at every stage, some confirmed and
some still predicted. Four rows are deliberately broken (an impossible age,
an unknown outcome, a missing date, a child aged 20 during the projection) to
show that a caseload keeps every row and says what is wrong with it.

Run:  python examples/make_synthetic_caseload.py [--rows 1000] [--seed 2025]
Then: python -m entitlements.report examples/synthetic_caseload.csv -o report.html
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent

COLUMNS = [
    "case_id", "practice", "imd_decile", "core20", "interpreter_needed", "ethnicity",
    "adult1_age", "adult1_monthly_earnings", "adult1_lcw", "adult1_lcwra", "adult1_pip_daily_living",
    "adult1_pip_mobility", "adult1_carer", "adult1_carers_allowance_weekly",
    "adult2_age", "adult2_monthly_earnings", "adult2_lcwra", "adult2_carer",
    "child1_date_of_birth", "child1_sex", "child2_date_of_birth", "child2_sex", "child3_date_of_birth", "child3_sex",
    "child_benefit_claimed", "housing_tenure", "housing_rent", "housing_rent_period", "housing_bedrooms", "housing_lha_rate",
    "capital",
    "claim_start", "outcome", "outcome_date", "evidence_date", "decision_date", "end_date", "stage", "confirmed",
    "probability", "outcome_adult", "outcome_child", "award_pip_daily_living", "award_pip_mobility", "award_dla_care",
    "award_dla_mobility", "award_aa", "partner_carer", "lcwra_protection", "cap_exemption_reason", "benefit",
    "benefit_weekly", "lump_sum", "debt_written_off", "after_housing_rent", "after_adult1_monthly_earnings", "after_capital",
]

OUTCOMES = ["lcwra_found", "lcw_found", "pip_awarded", "dla_awarded", "carer_element", "carers_allowance",
            "benefit_cap_exemption", "housing_change", "income_change", "benefit_claimed"]
OUTCOME_WEIGHTS = [0.34, 0.05, 0.27, 0.05, 0.05, 0.05, 0.02, 0.04, 0.04, 0.09]
IMD_WEIGHTS = [0.30, 0.22, 0.16, 0.08, 0.06, 0.05, 0.04, 0.04, 0.03, 0.02]
ETHNICITY = ["White", "Asian or Asian British", "Black or Black British", "Mixed or multiple", "Other"]
ETHNICITY_WEIGHTS = [0.52, 0.24, 0.13, 0.05, 0.06]


def pounds(pence: int) -> str:
    return f"{pence // 100}.{pence % 100:02d}"


def make(rows: int, seed: int) -> list[dict[str, str]]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(rows):
        r: dict[str, str] = {c: "" for c in COLUMNS}
        r["case_id"] = f"HJP{i + 1:04d}"
        r["practice"] = f"Practice {'ABCDEF'[rng.integers(0, 6)]}"
        imd = int(rng.choice(10, p=IMD_WEIGHTS)) + 1
        r["imd_decile"] = str(imd)
        r["core20"] = "yes" if imd <= 2 else "no"
        r["interpreter_needed"] = "yes" if rng.random() < 0.27 else "no"
        r["ethnicity"] = str(rng.choice(ETHNICITY, p=ETHNICITY_WEIGHTS))
        couple = rng.random() < 0.3
        kids = int(rng.choice(4, p=[0.55, 0.2, 0.15, 0.1]))
        age1 = int(rng.integers(19, 64))
        r["adult1_age"] = str(age1)
        works = rng.random() < 0.22
        r["adult1_monthly_earnings"] = pounds(int(rng.integers(200, 1400)) * 100) if works else ""
        if couple:
            r["adult2_age"] = str(int(np.clip(age1 + rng.integers(-6, 7), 19, 66)))
            if rng.random() < 0.3:
                r["adult2_monthly_earnings"] = pounds(int(rng.integers(400, 1800)) * 100)
        claim = dt.date(2024, 1, 1) + dt.timedelta(days=int(rng.integers(0, 440)))
        r["claim_start"] = claim.isoformat()
        for k in range(kids):
            dob = claim - dt.timedelta(days=int(rng.integers(200, 16 * 365)))
            r[f"child{k + 1}_date_of_birth"] = dob.isoformat()
            r[f"child{k + 1}_sex"] = "female" if rng.random() < 0.5 else "male"
        tenure = rng.choice(["social_rent", "private_rent", "none"], p=[0.47, 0.35, 0.18])
        rooms = 1 + (kids + 1) // 2 + (1 if couple and kids == 0 else 0)
        if tenure == "social_rent":
            r["housing_tenure"] = "social_rent"
            r["housing_rent"] = pounds(int(rng.integers(85, 140)) * 100 + int(rng.integers(0, 100)))
            r["housing_rent_period"] = "week"
            r["housing_bedrooms"] = str(rooms + (1 if rng.random() < 0.2 else 0))
        elif tenure == "private_rent":
            r["housing_tenure"] = "private_rent"
            lha = [450, 575, 695, 850, 1050][min(rooms - 1, 4)] * 100
            r["housing_rent"] = pounds(int(lha * rng.uniform(0.95, 1.35)) // 100 * 100)
            r["housing_rent_period"] = "month"
            r["housing_lha_rate"] = pounds(lha)
        r["capital"] = pounds(int(rng.choice([0, 0, 0, 50000, 300000, 800000])))
        kind = str(rng.choice(OUTCOMES, p=OUTCOME_WEIGHTS))
        if kind == "dla_awarded" and kids == 0:
            kind = "pip_awarded"
        if kind in ("carer_element", "carers_allowance") and not couple:
            kind = "lcwra_found"
        r["outcome"] = kind
        effective = claim + dt.timedelta(days=int(rng.integers(0, 150)))
        stage = str(rng.choice(["initial", "mandatory_reconsideration", "appeal"], p=[0.55, 0.25, 0.2]))
        wait = {"initial": (60, 160), "mandatory_reconsideration": (120, 260), "appeal": (240, 420)}[stage]
        decided = effective + dt.timedelta(days=int(rng.integers(*wait)))
        decided = min(decided, dt.date(2026, 2, 27))
        confirmed = decided < dt.date(2025, 12, 1) and rng.random() < 0.85
        r["outcome_date"] = effective.isoformat()
        r["decision_date"] = decided.isoformat()
        r["stage"] = stage
        r["confirmed"] = "yes" if confirmed else "no"
        if not confirmed and rng.random() < 0.15:
            r["probability"] = f"{rng.choice([0.5, 0.6, 0.75, 0.9])}"
        if kind == "lcwra_found":
            r["evidence_date"] = (effective - dt.timedelta(days=int(rng.choice([0, 0, 14, 40])))).isoformat()
            r["adult1_lcw"] = "yes" if rng.random() < 0.2 else ""
        elif kind == "lcw_found":
            r["evidence_date"] = effective.isoformat()
        elif kind == "pip_awarded":
            r["award_pip_daily_living"] = str(rng.choice(["standard", "enhanced"], p=[0.6, 0.4]))
            r["award_pip_mobility"] = str(rng.choice(["none", "standard", "enhanced"], p=[0.35, 0.4, 0.25]))
            r["adult1_lcwra"] = "yes" if rng.random() < 0.5 else ""
            if couple and rng.random() < 0.4:
                r["partner_carer"] = "yes"
            if rng.random() < 0.2:
                r["end_date"] = (effective + dt.timedelta(days=int(rng.integers(500, 900)))).isoformat()
        elif kind == "dla_awarded":
            r["outcome_child"] = str(int(rng.integers(1, kids + 1)))
            r["award_dla_care"] = str(rng.choice(["lowest", "middle", "highest"], p=[0.3, 0.5, 0.2]))
            r["award_dla_mobility"] = str(rng.choice(["none", "lower", "higher"], p=[0.5, 0.3, 0.2]))
            # DLA mobility only from the relevant age, 3 for the higher rate and 5 for the lower (SSCBA 1992
            # s 73(1A)); outcome_child counts the children eldest first.
            born = sorted(dt.date.fromisoformat(r[f"child{k + 1}_date_of_birth"]) for k in range(kids))
            child = born[int(r["outcome_child"]) - 1]
            age = effective.year - child.year - ((effective.month, effective.day) < (child.month, child.day))
            if age < {"none": 0, "lower": 5, "higher": 3}[r["award_dla_mobility"]]:
                r["award_dla_mobility"] = "none"
        elif kind == "carer_element":
            r["outcome_adult"] = "2"
            r["adult1_pip_daily_living"] = "standard"
        elif kind == "carers_allowance":
            r["outcome_adult"] = "2"
            r["adult1_pip_daily_living"] = "enhanced"
            r["adult2_monthly_earnings"] = ""
        elif kind == "benefit_cap_exemption":
            r["cap_exemption_reason"] = str(rng.choice(["grace_period", "guardians_allowance"], p=[0.7, 0.3]))
        elif kind == "housing_change":
            if r["housing_tenure"] == "":
                r["outcome"] = kind = "income_change"
            else:
                base = float(r["housing_rent"])
                r["after_housing_rent"] = f"{base * rng.uniform(1.05, 1.2):.2f}"
        if kind == "income_change":
            # A correction the advice won: earnings lower than the figure used
            # (fewer hours, or pension contributions), or capital disregarded.
            if works:
                earned = int(round(float(r["adult1_monthly_earnings"]) * 100))
                r["after_adult1_monthly_earnings"] = pounds(earned * int(rng.integers(0, 8)) // 10)
            else:
                r["capital"] = pounds(int(rng.integers(70, 150)) * 10000)
                r["after_capital"] = "0.00"
        elif kind == "benefit_claimed":
            if kids:
                r["benefit"] = "child_benefit"
                r["child_benefit_claimed"] = "no"
            else:
                r["benefit"] = "other"
                r["benefit_weekly"] = pounds(int(rng.choice([1500, 2500, 4000])))
        if rng.random() < 0.08:
            r["lump_sum"] = pounds(int(rng.integers(5, 120)) * 1000)
        if rng.random() < 0.06:
            r["debt_written_off"] = pounds(int(rng.integers(2, 60)) * 2500)
        out.append(r)
    # Four broken rows, kept to show how a caseload reports them.
    if rows >= 40:
        out[9]["adult1_age"] = "-3"
        out[19]["outcome"] = "lcwra_awarded"
        out[29]["claim_start"] = ""
        out[39]["child1_date_of_birth"] = "2006-01-15"
        out[39]["child1_sex"] = "female"
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--out", default=str(HERE / "synthetic_caseload.csv"))
    args = ap.parse_args()
    rows = make(args.rows, args.seed)
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} cases to {args.out}")


if __name__ == "__main__":
    main()
