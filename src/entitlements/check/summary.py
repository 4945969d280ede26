"""A caseload check added up: the "missing out" analysis (aggregates only).

How many patients miss each thing and its annual value, by benefit and by
certainty (weighted by the chance of success: a claim's chance is 1), and by
each grouping column the caseload has (``practice``, ``imd_decile``,
``deprivation_decile``, or those asked for). A group of fewer than 5 cases
is suppressed: its figures are None and it says so; where that is one group
of a column, the next-smallest is suppressed too (secondary suppression).
A group shown whose patients missing out are 1 to 4 has those and their
value hidden (``missing_suppressed`` says why), with the same secondary
suppression in that column. No case's figures leave
here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..grouping import group_labels
from ..io.headers import GROUPING_COLUMNS
from .candidates import candidate

__all__ = ["DEFAULT_GROUPS", "summarise"]

#: Grouping columns summarised when present and none are asked for.
DEFAULT_GROUPS = ("practice", "imd_decile", "deprivation_decile")

#: Groups with fewer cases than this are suppressed.
MIN_GROUP = 5


def _by_finding(values, mask, certainty_of) -> tuple[np.ndarray, np.ndarray, dict[str, dict[str, Any]]]:
    missing_any = np.zeros(mask.shape[0], bool)
    annual_total = np.zeros(mask.shape[0], np.int64)
    out: dict[str, dict[str, Any]] = {}
    # A patient counted once under a benefit however many of its findings apply (Universal Credit and the LCWRA
    # element, both Universal Credit: until 2026-12-07 no case could have two findings of one benefit but a couple's
    # two Carer's Allowances).
    patients: dict[str, np.ndarray] = {}
    for cid, (applies, _w, _m, annual) in values.items():
        hit = applies & mask
        missing_any |= hit
        annual_total += np.where(hit, annual, 0)
        c = candidate(cid)
        key = c.benefit
        row = out.setdefault(key, {"patients": 0, "annual_pence": 0, "weighted_annual_pence": 0, "certainty": certainty_of(cid)})
        patients[key] = patients.get(key, np.zeros(mask.shape[0], bool)) | hit
        row["patients"] = int(patients[key].sum())
        row["annual_pence"] += int(np.where(hit, annual, 0).sum())
        row["weighted_annual_pence"] = row["annual_pence"]  # a claim, once made, is certain
    return missing_any, annual_total, out


#: Why a group that is not small is hidden (secondary suppression).
NOT_SHOWN = "not shown: the next-smallest group, so that the one of fewer than 5 cannot be worked out from the total"


#: Why a group's patients missing out and their value are hidden where its cases are shown.
MISSING_FEW = f"fewer than {MIN_GROUP} patients missing out"
MISSING_NOT_SHOWN = ("not shown: the next-smallest number of patients missing out, so that the one of fewer than "
                     f"{MIN_GROUP} cannot be worked out from the total")


def _by_group(cc, groups: Sequence[str], valid, missing_any, annual_total) -> dict[str, list[dict[str, Any]]]:
    """The figures by each grouping column's values as
    :func:`~entitlements.grouping.group_labels` labels them ("(blank)" for none): a
    group of 1-4 cases hidden whole, and 1-4 patients missing out (with their
    value) hidden; where that is one of a column, the next-smallest too; and
    where one column nests in another (practices in a PCN, deciles 1 and 2 in
    Core20), more, so that no hidden figure is a group less its others shown
    (:func:`~entitlements.suppression.widen_nested`)."""
    from ..suppression import suppressed_cells, widen_nested

    raw: dict[str, dict[str, Any]] = {}
    for g in groups:
        if g not in cc.caseload.extra or g not in GROUPING_COLUMNS:  # a keep_ column never reaches a report
            from ..errors import InputError

            present = [c for c in cc.caseload.extra if c in GROUPING_COLUMNS]
            raise InputError("group_by", g, "one of the grouping columns of the caseload: " + (", ".join(present) or "none")
                             + f" (the grouping columns a file may have: {', '.join(GROUPING_COLUMNS)})")
        col = group_labels(g, np.asarray(cc.caseload.extra[g], dtype=object)[valid]).astype(str)
        labels, inverse = np.unique(col, return_inverse=True)
        annual = np.zeros(labels.size, np.int64)
        np.add.at(annual, inverse, annual_total[valid])
        raw[g] = {"labels": labels.tolist(), "inverse": inverse, "cases": np.bincount(inverse, minlength=labels.size).tolist(),
                  "missing": np.bincount(inverse, weights=missing_any[valid], minlength=labels.size).astype(int).tolist(),
                  "annual": annual.tolist()}
    nesting = {}
    for a in raw:
        for b in raw:
            if a != b and raw[a]["inverse"].size:
                parent: dict[str, str] = {}
                pairs = set(zip(raw[a]["inverse"].tolist(), raw[b]["inverse"].tolist()))
                if all(parent.setdefault(raw[a]["labels"][x], raw[b]["labels"][y]) == raw[b]["labels"][y] for x, y in pairs):
                    nesting.setdefault(a, {})[b] = parent
    keys = {g: r["labels"] for g, r in raw.items()}
    sizes = {g: r["cases"] for g, r in raw.items()}
    small = {g: {k for k, n in enumerate(r["cases"]) if 0 < n < MIN_GROUP} for g, r in raw.items()}
    whole = widen_nested(sizes, sizes, {g: suppressed_cells(sizes[g], small[g], sizes[g]) for g in raw}, nesting, keys)
    few = {g: {k for k, n in enumerate(r["missing"]) if 0 < n < MIN_GROUP and k not in whole[g]} for g, r in raw.items()}
    missing = {g: r["missing"] for g, r in raw.items()}
    hidden = widen_nested(missing, sizes, {g: suppressed_cells(missing[g], whole[g] | few[g], sizes[g]) for g in raw},
                          nesting, keys)
    out = {}
    for g, r in raw.items():
        rows = []
        for k, label in enumerate(r["labels"]):
            if k in whole[g]:
                rows.append({"group": label, "cases": None, "patients_missing": None, "annual_pence": None,
                             "suppressed": f"fewer than {MIN_GROUP} cases" if k in small[g] else NOT_SHOWN,
                             "missing_suppressed": None})
            elif k in hidden[g]:
                rows.append({"group": label, "cases": r["cases"][k], "patients_missing": None, "annual_pence": None,
                             "suppressed": None, "missing_suppressed": MISSING_FEW if k in few[g] else MISSING_NOT_SHOWN})
            else:
                rows.append({"group": label, "cases": r["cases"][k], "patients_missing": r["missing"][k],
                             "annual_pence": r["annual"][k], "suppressed": None, "missing_suppressed": None})
        out[g] = rows
    return out


#: How a finding's year is counted: Universal Credit (its award and elements, and the LCWRA element found with it) as
#: the month x 12, as its award is paid and the estimate's household total counts it; every other benefit as the
#: week x 52, as the advice sector counts it (``check._differences``).
MONTH_X12, WEEK_X52 = "monthly x 12", "weekly x 52"


def annual_basis(values, valid) -> dict[str, Any]:
    """How the summary's years are counted, for the benefits found missed:
    ``by_benefit`` (benefit -> "monthly x 12" or "weekly x 52") and ``text``,
    saying where the totals a year add the two conventions ("" where
    nothing was found)."""
    from ._differences import MONTHLY_FINDINGS

    by_benefit: dict[str, str] = {}
    for cid, (applies, *_amounts) in values.items():
        if (applies & valid).any():
            by_benefit.setdefault(candidate(cid).benefit, MONTH_X12 if cid in MONTHLY_FINDINGS else WEEK_X52)
    monthly = [b for b, c in by_benefit.items() if c == MONTH_X12]
    weekly = [b for b, c in by_benefit.items() if c == WEEK_X52]
    if monthly and weekly:
        text = f"a year is {MONTH_X12} for {', '.join(monthly)}, {WEEK_X52} for the other benefits: the totals add the two"
    elif by_benefit:
        text = f"a year is {MONTH_X12 if monthly else WEEK_X52} for every benefit found"
    else:
        text = ""
    return {"by_benefit": by_benefit, "text": text}


def summarise(cc, group_by: Sequence[str] = ()) -> dict[str, Any]:
    valid = cc.valid
    missing_any, annual_total, by_benefit = _by_finding(cc.values, valid, cc.certainty_of)
    # By each finding's own certainty (a benefit's findings may differ: free school meals is a check, Healthy Start a
    # claim), with the benefits each certainty's figures are made of (the report hides a certainty's figures where
    # one of those benefits is hidden) and the questions to ask (Council Tax Reduction) among its findings.
    by_certainty: dict[str, dict[str, Any]] = {}
    for cid, (applies, _w, _m, annual) in cc.values.items():
        hit = applies & valid
        c = by_certainty.setdefault(cc.certainty_of(cid), {"findings": 0, "annual_pence": 0, "weighted_annual_pence": 0,
                                                            "benefits": [], "asks": 0})
        c["findings"] += int(hit.sum())
        c["annual_pence"] += int(np.where(hit, annual, 0).sum())
        c["weighted_annual_pence"] = c["annual_pence"]  # a claim, once made, is certain
        if hit.any() and candidate(cid).benefit not in c["benefits"]:
            c["benefits"].append(candidate(cid).benefit)
    c = by_certainty.setdefault("check_needed", {"findings": 0, "annual_pence": 0, "weighted_annual_pence": 0,
                                                 "benefits": [], "asks": 0})
    for mask in cc.asks.values():
        c["findings"] += int(mask.sum())
        c["asks"] += int(mask.sum())
    groups = tuple(group_by) or tuple(g for g in DEFAULT_GROUPS if g in cc.caseload.extra)
    by_group = _by_group(cc, groups, valid, missing_any, annual_total)
    from ..io.caseloads import rows_not_cases

    # A repeated header row or a totals row is no case: an error row, counted apart (since 2026-12-08).
    not_cases = rows_not_cases(e.reason for e in cc.caseload.errors if e.field == "(row)")
    k = sum(not_cases.values())
    return {
        "cases": len(cc.caseload) - k,
        "cases_checked": int(valid.sum()),
        "cases_with_errors": int((~valid).sum()) - k,
        "rows_not_cases": not_cases,
        "patients_missing_something": int(missing_any.sum()),
        "annual_pence": int(annual_total.sum()),
        "by_benefit": by_benefit,
        "by_certainty": by_certainty,
        "asks": {k: int(v.sum()) for k, v in cc.asks.items()},
        "by_group": by_group,
        "rules": cc.rules,
        "on": cc.on_text,
        "annual_basis": annual_basis(cc.values, valid),
    }
