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
    for cid, (applies, _w, _m, annual) in values.items():
        hit = applies & mask
        missing_any |= hit
        annual_total += np.where(hit, annual, 0)
        c = candidate(cid)
        key = c.benefit
        row = out.setdefault(key, {"patients": 0, "annual_pence": 0, "weighted_annual_pence": 0, "certainty": certainty_of(cid)})
        row["patients"] += int(hit.sum())
        row["annual_pence"] += int(np.where(hit, annual, 0).sum())
        row["weighted_annual_pence"] = row["annual_pence"]  # a claim, once made, is certain
    return missing_any, annual_total, out


#: Why a group that is not small is hidden (secondary suppression).
NOT_SHOWN = "not shown: the next-smallest group, so that the one of fewer than 5 cannot be worked out from the total"


def _secondary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where exactly one group is suppressed, the next-smallest too: the
    caseload's totals less the groups shown are then two groups' figures,
    never one's."""
    small = [k for k, r in enumerate(rows) if r["suppressed"]]
    shown = [k for k, r in enumerate(rows) if not r["suppressed"]]
    if len(small) == 1 and shown:
        j = min(shown, key=lambda k: (rows[k]["cases"], k))
        rows[j] = {"group": rows[j]["group"], "cases": None, "patients_missing": None, "annual_pence": None,
                   "suppressed": NOT_SHOWN, "missing_suppressed": None}
    return rows


#: Why a group's patients missing out and their value are hidden where its cases are shown.
MISSING_FEW = f"fewer than {MIN_GROUP} patients missing out"
MISSING_NOT_SHOWN = ("not shown: the next-smallest number of patients missing out, so that the one of fewer than "
                     f"{MIN_GROUP} cannot be worked out from the total")


def _missing_secondary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A shown group's patients missing out and their annual value hidden
    where they are 1 to 4 patients (the value would be those people's own),
    and, where that leaves exactly one hidden in the column (a group hidden
    whole counts), the next-smallest too: the caseload's totals are shown."""
    whole = [k for k, r in enumerate(rows) if r["suppressed"]]
    few = [k for k, r in enumerate(rows) if not r["suppressed"] and 0 < r["patients_missing"] < MIN_GROUP]
    for k in few:
        rows[k] = {**rows[k], "patients_missing": None, "annual_pence": None, "missing_suppressed": MISSING_FEW}
    shown = [k for k, r in enumerate(rows) if not r["suppressed"] and r["patients_missing"] is not None]
    if len(whole) + len(few) == 1 and shown:
        j = min(shown, key=lambda k: (rows[k]["patients_missing"] == 0, rows[k]["patients_missing"], rows[k]["cases"], k))
        rows[j] = {**rows[j], "patients_missing": None, "annual_pence": None, "missing_suppressed": MISSING_NOT_SHOWN}
    return rows


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
    by_group = {}
    for g in groups:
        if g not in cc.caseload.extra:
            from ..errors import InputError

            raise InputError("group_by", g, "a grouping column of the caseload: " + (", ".join(cc.caseload.extra) or "none"))
        col = np.array(["(blank)" if x is None or (isinstance(x, str) and not x.strip()) else str(x)
                        for x in np.asarray(cc.caseload.extra[g], dtype=object)[valid]], dtype=object).astype(str)
        labels, inverse = np.unique(col, return_inverse=True)
        cases = np.bincount(inverse, minlength=labels.size)
        missing = np.bincount(inverse, weights=missing_any[valid], minlength=labels.size)
        annual = np.zeros(labels.size, np.int64)
        np.add.at(annual, inverse, annual_total[valid])
        rows = []
        for k, label in enumerate(labels.tolist()):
            if cases[k] < MIN_GROUP:
                rows.append({"group": label, "cases": None, "patients_missing": None, "annual_pence": None,
                             "suppressed": f"fewer than {MIN_GROUP} cases", "missing_suppressed": None})
                continue
            rows.append({"group": label, "cases": int(cases[k]), "patients_missing": int(missing[k]),
                         "annual_pence": int(annual[k]), "suppressed": None, "missing_suppressed": None})
        by_group[g] = _missing_secondary(_secondary(rows))
    return {
        "cases": len(cc.caseload),
        "cases_checked": int(valid.sum()),
        "cases_with_errors": int((~valid).sum()),
        "patients_missing_something": int(missing_any.sum()),
        "annual_pence": int(annual_total.sum()),
        "by_benefit": by_benefit,
        "by_certainty": by_certainty,
        "asks": {k: int(v.sum()) for k, v in cc.asks.items()},
        "by_group": by_group,
        "rules": cc.rules,
        "on": cc.on_text,
    }
