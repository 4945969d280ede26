"""Varied caseloads for the benchmarks: every row different, as real ones are.

Each row draws its own dates of birth, gross pay (or net earnings), rent,
capital, named Broad Rental Market Areas for private renters, children with
their own dates of birth and sex, and (``outcomes=True``) a claim and an
advice outcome dated across 2023 to 2027; a share of rows (``bad``) carries a
value that is not allowed, as typed caseloads do. The template benchmarks
(a few hundred households repeated) hid the cost of reading and of rows that
fail; this one does not. Built in columns with numpy: a million rows take a
few seconds.

    from varied_caseload import varied_columns, write_varied_csv
    cols = varied_columns(1_000_000, seed=1)          # column name: array of text
    write_varied_csv("big.csv", 1_000_000, outcomes=True)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

EPOCH = np.datetime64("1970-01-01", "D")


def _dates(rng, n: int, start: str, end: str) -> np.ndarray:
    lo = (np.datetime64(start, "D") - EPOCH).astype(int)
    hi = (np.datetime64(end, "D") - EPOCH).astype(int)
    return (EPOCH + rng.integers(lo, hi, n)).astype(str)


def _pounds(pence: np.ndarray) -> np.ndarray:
    pence = np.asarray(pence, np.int64)
    pounds = (pence // 100).astype(str)
    p = (pence % 100).astype(str)
    return np.char.add(np.char.add(pounds, "."), np.char.zfill(p, 2))


def _blank_where(mask: np.ndarray, values: np.ndarray) -> np.ndarray:
    return np.where(mask, values, "")


def varied_columns(n: int, *, seed: int = 1, bad: float = 0.01, outcomes: bool = False) -> dict[str, np.ndarray]:
    """A caseload of ``n`` varied rows as columns of text (as a CSV holds them)."""
    from entitlements.benefits.lha import brma_names

    rng = np.random.default_rng(seed)
    on = np.datetime64("2026-05-01", "D")
    cols: dict[str, np.ndarray] = {}
    cols["case_id"] = np.char.add("C", np.arange(1, n + 1).astype(str))
    cols["practice"] = np.char.add("Practice ", rng.integers(1, 60, n).astype(str))
    cols["imd_decile"] = rng.integers(1, 11, n).astype(str)
    couple = rng.random(n) < 0.4
    for k, present in ((1, np.ones(n, bool)), (2, couple)):
        dob = _dates(rng, n, "1953-05-01", "2006-01-01")  # no one whose pension age needs their sex (1951-53)
        cols[f"adult{k}_date_of_birth"] = _blank_where(present, dob)
        works = present & (rng.random(n) < 0.45)
        gross = rng.random(n) < 0.7
        pay = rng.integers(20_000, 450_000, n)
        cols[f"adult{k}_gross_monthly_earnings"] = _blank_where(works & gross, _pounds(pay))
        cols[f"adult{k}_monthly_earnings"] = _blank_where(works & ~gross, _pounds(pay * 8 // 10))
        lcwra = present & (rng.random(n) < 0.2)
        cols[f"adult{k}_lcwra"] = _blank_where(lcwra, "yes")
        cols[f"adult{k}_lcwra_protection"] = _blank_where(lcwra & (rng.random(n) < 0.6), "pre_2026_claimant")
        cols[f"adult{k}_pip_daily_living"] = _blank_where(present & (rng.random(n) < 0.15),
                                                          rng.choice(["standard", "enhanced"], n))
    kids = rng.choice([0, 0, 1, 1, 2, 3], n)
    for c in (1, 2, 3):
        has = kids >= c
        cols[f"child{c}_date_of_birth"] = _blank_where(has, _dates(rng, n, "2010-06-01", "2026-04-01"))  # under 16: no education question
        cols[f"child{c}_sex"] = _blank_where(has, rng.choice(["female", "male"], n))
    tenure = rng.choice(["", "social_rent", "private_rent", "owner_occupier"], n, p=[0.25, 0.35, 0.35, 0.05])
    cols["housing_tenure"] = tenure
    social, private = tenure == "social_rent", tenure == "private_rent"
    cols["housing_rent"] = _blank_where(social | private, _pounds(rng.integers(30_000, 140_000, n)))
    cols["housing_rent_period"] = _blank_where(social | private, "month")
    cols["housing_bedrooms"] = _blank_where(social, rng.integers(1, 5, n).astype(str))
    names = np.array(brma_names(), dtype=object)
    named = private & (rng.random(n) < 0.3)
    cols["housing_brma"] = _blank_where(named, names[rng.integers(0, len(names), n)].astype(str))
    cols["housing_lha_rate"] = _blank_where(private & ~named, _pounds(rng.integers(40_000, 120_000, n)))
    cols["capital"] = _blank_where(rng.random(n) < 0.3, _pounds(rng.integers(0, 2_000_000, n)))
    if outcomes:
        claim = _dates(rng, n, "2023-01-01", "2026-06-01")
        cols["claim_start"] = claim
        kinds = rng.choice(["lcwra_found", "lcw_found", "pip_awarded", "carer_element"], n, p=[0.5, 0.1, 0.3, 0.1])
        cols["outcome"] = kinds
        start = claim.astype("datetime64[D]")
        effective = start + rng.integers(0, 300, n)
        decided = effective + rng.integers(0, 240, n)
        cols["outcome_date"] = effective.astype(str)
        cols["decision_date"] = decided.astype(str)
        cols["award_pip_daily_living"] = np.where(kinds == "pip_awarded", "standard", "")
        cols["partner_carer"] = np.full(n, "")
        # Each outcome goes to an adult 1 without what it awards (an outcome that adds nothing is refused):
        # no LCWRA before LCW or LCWRA found, no PIP daily living before PIP awarded, not a carer before the element.
        wca = (kinds == "lcwra_found") | (kinds == "lcw_found")
        for field, cleared in (("adult1_lcwra", wca), ("adult1_lcwra_protection", wca),
                               ("adult1_pip_daily_living", kinds == "pip_awarded")):
            cols[field] = np.where(cleared, "", cols[field])
        cols["stage"] = rng.choice(["initial", "mandatory_reconsideration", "appeal"], n, p=[0.6, 0.25, 0.15])
        cols["confirmed"] = rng.choice(["yes", "no"], n)
    # A share of rows with a value that is not allowed.
    wrong = np.flatnonzero(rng.random(n) < bad)
    which = rng.integers(0, 3, wrong.size)
    cols["adult1_date_of_birth"][wrong[which == 0]] = "31/02/1980"
    cols["capital"] = cols["capital"].astype(object)
    cols["capital"][wrong[which == 1]] = "1,50"
    cols["housing_tenure"] = cols["housing_tenure"].astype(object)
    cols["housing_tenure"][wrong[which == 2]] = "council"
    del on
    # Every column one cell a row (a single value given for the whole column is spread down it).
    return {k: np.broadcast_to(np.asarray(v).astype(str), (n,)).copy() for k, v in cols.items()}


def _quoted(a: np.ndarray) -> np.ndarray:
    """Cells with a comma or a quote quoted, as a spreadsheet writes them."""
    needs = (np.char.find(a, ",") >= 0) | (np.char.find(a, '"') >= 0)
    if not needs.any():
        return a
    a = a.astype(object)
    a[needs] = ['"' + v.replace('"', '""') + '"' for v in a[needs]]
    return a


def write_varied_csv(path: str | Path, n: int, *, seed: int = 1, bad: float = 0.01, outcomes: bool = False,
                     chunk: int = 200_000) -> Path:
    """``n`` varied rows written to ``path`` as CSV (UTF-8)."""
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as f:
        header = None
        for start in range(0, n, chunk):
            m = min(chunk, n - start)
            cols = varied_columns(m, seed=seed + start, bad=bad, outcomes=outcomes)
            if start:  # case ids go on from the last chunk
                cols["case_id"] = np.char.add("C", np.arange(start + 1, start + m + 1).astype(str))
            if header is None:
                header = list(cols)
                f.write(",".join(header) + "\n")
            arrays = [_quoted(cols[h]) for h in header]
            for i in range(m):
                f.write(",".join(a[i] for a in arrays) + "\n")
    return path


if __name__ == "__main__":  # pragma: no cover
    import argparse

    ap = argparse.ArgumentParser(description="Write a varied caseload CSV.")
    ap.add_argument("path")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--outcomes", action="store_true")
    ap.add_argument("--bad", type=float, default=0.01)
    a = ap.parse_args()
    t = dt.datetime.now()
    write_varied_csv(a.path, a.rows, outcomes=a.outcomes, bad=a.bad)
    print(f"{a.rows:,} rows written to {a.path} in {(dt.datetime.now() - t).total_seconds():.1f} s")
