"""A caseload's income gain added up: totals, distribution, and by benefit,
outcome, stage and group; patients gaining LCW or LCWRA and GP appointments
saved; the assumptions. JSON-ready, money in pence: what the funders' report
(:mod:`entitlements.report`) shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..caseload import failure_kind, failures_in_words
from ..errors import InputError
from ..money import weekly_to_monthly
from ..rates_policy import describe
from .cases import KIND, LINE_NAMES
from .outcomes import OUTCOME_KINDS, STAGES
from .uncertainty import from_moments, moments

if TYPE_CHECKING:
    from .caseload import CaseloadGains

__all__ = ["summary"]

PROB_SOURCES = ("confirmed", "given", "published", "none")


def summary(gains: CaseloadGains, group_by: Sequence[str] | None = None) -> dict[str, Any]:
    """See :meth:`entitlements.gain.caseload.CaseloadGains.summary`."""
    v = gains.valid
    p, c = gains.projection, gains.cases
    annual, annual_w = gains.annual, gains.weighted(gains.annual)
    proj, proj_w = gains.projected, gains.weighted(gains.projected)
    arrears = gains.arrears
    gained = v & (annual > 0)

    lcw = gains.gains_lcw
    chance = gains.prob_num / gains.prob_den
    conf = c.confirmed.astype(bool)
    arrears_w, lump_w, debt_w = gains.weighted(arrears), gains.weighted(c.lump_sum), gains.weighted(c.debt_written_off)

    def block(mask) -> dict[str, Any]:
        m = mask & v
        mc, mp = m & conf, m & ~conf
        return {
            "cases": int(m.sum()),
            "cases_with_a_gain": int((m & (annual > 0)).sum()),
            "annual_gain_pence": int(annual[m].sum()),
            "annual_gain_weighted_pence": int(annual_w[m].sum()),
            "mean_annual_gain_pence": int(round(annual[m].mean())) if m.any() else 0,
            "projected_gain_pence": int(proj[m].sum()),
            "projected_gain_weighted_pence": int(proj_w[m].sum()),
            "arrears_pence": int(arrears[m].sum()),
            "lump_sum_pence": int(c.lump_sum[m].sum()),
            "debt_written_off_pence": int(c.debt_written_off[m].sum()),
            # Confirmed and predicted apart (a report never adds one to the other).
            "confirmed_cases": int(mc.sum()),
            "confirmed_annual_gain_pence": int(annual[mc].sum()),
            "predicted_cases": int(mp.sum()),
            "predicted_annual_gain_weighted_pence": int(annual_w[mp].sum()),
            "arrears_weighted_pence": int(arrears_w[m].sum()),
            "lump_sum_weighted_pence": int(lump_w[m].sum()),
            "debt_written_off_weighted_pence": int(debt_w[m].sum()),
            "patients_gaining_lcw_or_lcwra": int((lcw & m).sum()),
            "patients_gaining_lcw_or_lcwra_weighted": round(float(chance[lcw & m].sum()), 2),
        }

    a = annual[v]
    dist = {}
    if a.size:
        q = np.percentile(a, [10, 25, 50, 75, 90])
        dist = {"min_pence": int(a.min()), "p10_pence": int(round(q[0])), "p25_pence": int(round(q[1])),
                "median_pence": int(round(q[2])), "p75_pence": int(round(q[3])), "p90_pence": int(round(q[4])),
                "max_pence": int(a.max()), "mean_pence": int(round(a.mean()))}
    line_annual = (p.line_weekly * 52) if gains.convention == "weekly_x52" else (weekly_to_monthly(p.line_weekly) * 12)

    def by_benefit_of(mask, weigh: bool = False) -> dict[str, int]:
        """The annual gain of the valid cases in ``mask`` by benefit (``weigh``:
        each case's figure weighted by its chance of success, to the penny)."""
        uc_a, line_a = gains.annual_uc, line_annual
        if weigh:
            uc_a, line_a = gains.weighted(uc_a), gains.weighted(line_a)
        m0 = mask & v
        out = {"uc": int(uc_a[m0].sum())}
        for code, name in enumerate(LINE_NAMES):
            m = m0 & (c.line_table == code)
            if code and m.any():
                out[name] = int(line_a[m].sum())
        return out

    def cases_by_benefit_of(mask) -> dict[str, int]:
        """How many valid cases in ``mask`` each benefit's figure is about
        (Universal Credit: a case whose UC gain is not nil; another benefit:
        a case whose outcome brings it), for disclosure control."""
        m0 = mask & v
        out = {"uc": int((m0 & (gains.annual_uc != 0)).sum())}
        for code, name in enumerate(LINE_NAMES):
            m = m0 & (c.line_table == code)
            if code and m.any():
                out[name] = int(m.sum())
        return out

    by_benefit = by_benefit_of(np.ones(len(gains), bool))
    by_outcome = {k: block(c.kind == KIND[k]) for k in OUTCOME_KINDS if ((c.kind == KIND[k]) & v).any()}
    by_stage = {s: block(c.stage == i) for i, s in enumerate(STAGES) if ((c.stage == i) & v).any()}
    groups = list(group_by) if group_by is not None else list(gains.grouping)
    by_group: dict[str, dict[str, Any]] = {}
    for g in groups:
        if g not in gains.grouping:
            raise InputError("group_by", g, "one of the grouping columns: " + ", ".join(gains.grouping) if gains.grouping else "a grouping column (the caseload has none)")
        col = np.array(["(blank)" if x is None else str(x) for x in gains.grouping[g]], dtype=object)
        labels = sorted(set(col[v].tolist()), key=_natural)
        by_group[g] = {lab: block(col == lab) for lab in labels}
    by_month = _by_month_of_decision(c.decided, v, block)
    prob_used = {}
    for i, s in enumerate(PROB_SOURCES):
        m = v & (gains.prob_source == i)
        if m.any():
            prob_used[s] = int(m.sum())
    failed = gains.reasons[~v]
    by_kind: dict[str, int] = {}
    for r in failed:
        k = failure_kind(str(r))
        by_kind[k] = by_kind.get(k, 0) + 1
    assumed = gains.rates_assumed if gains.rates_assumed is not None else np.full(len(gains), "", dtype=object)
    return {
        "source": gains.source,
        "cases": len(gains),
        "cases_projected": int(v.sum()),
        "cases_with_errors": int((~v).sum()),
        "cases_not_projected": {"count": int((~v).sum()), "by_reason": by_kind, "in_words": failures_in_words(failed)},
        "rates": {
            "policy": gains.rates_policy,
            "cases_with_assumed_rates": int((v & (assumed != "")).sum()),
            "assumptions": describe(gains.assumptions, gains.rates_policy),
            "tables": [a.to_dict() for a in gains.assumptions],
        },
        "cases_with_a_gain": int(gained.sum()),
        "totals": block(np.ones(len(gains), bool)),
        "confirmed": {**block(c.confirmed), "annual_gain_by_benefit_pence": by_benefit_of(c.confirmed),
                      "cases_by_benefit": cases_by_benefit_of(c.confirmed)},
        "predicted": {**block(~c.confirmed), "annual_gain_by_benefit_pence": by_benefit_of(~c.confirmed),
                      "cases_by_benefit": cases_by_benefit_of(~c.confirmed),
                      "annual_gain_weighted_by_benefit_pence": by_benefit_of(~c.confirmed, weigh=True)},
        "weekly_gain_pence": int(gains.weekly_total[v].sum()),
        "uncertainty": uncertainty(gains),
        "distribution_of_annual_gain": dist,
        "annual_gain_by_benefit_pence": by_benefit,
        "by_outcome": by_outcome,
        "by_stage": by_stage,
        "by_group": by_group,
        "by_month_of_decision": by_month,
        "health": {
            "patients_gaining_lcw_or_lcwra": int(lcw.sum()),
            "patients_gaining_lcw_or_lcwra_weighted": round(float((gains.prob_num[lcw] / gains.prob_den[lcw]).sum()), 2),
            "gp_appointments_saved_a_year": int(lcw.sum()) * gains.gp_each,
            "gp_appointments_saved_a_year_weighted": round(float((gains.prob_num[lcw] / gains.prob_den[lcw]).sum()) * gains.gp_each, 1),
            "per_patient": gains.gp_each,
            "source": gains.gp_source,
        },
        "assumptions": {
            "convention": gains.convention,
            "horizon_months": gains.horizon_months,
            "projection_from": gains.projection_from,
            "probabilities_used": prob_used,
            "rules": str(gains.rules),
        },
        "engine": {"runs_estimated": p.runs_evaluated, "runs_on_own_date": p.runs_on_own_date, "engine_calls": p.calls},
    }


def uncertainty(gains: CaseloadGains) -> dict[str, Any]:
    """The spread of the caseload's weighted totals (annual and projected
    gain): each case won with its probability, independently
    (:mod:`entitlements.gain.uncertainty`). Confirmed cases count in full."""
    v = gains.valid
    num, den = gains.prob_num[v], gains.prob_den[v]
    annual = moments(gains.annual[v], num, den)
    projected = moments(gains.projected[v], num, den)
    return uncertainty_from(annual, projected)


def uncertainty_from(annual, projected) -> dict[str, Any]:
    """The summary's ``uncertainty`` from the two totals' moments (added up
    over a caseload's partitions, or one caseload's)."""
    a, p = from_moments(annual), from_moments(projected)
    method = a["method"]
    words = {
        "exact": "the 90% interval is read from the exact distribution of the total (every combination of outcomes won and lost)",
        "normal": "the 90% interval is the normal approximation (mean +/- 1.645 standard deviations), the caseload being too large to enumerate",
        "none": "no predicted outcome is uncertain, so the total is known",
    }[method]
    return {
        "level": 0.9,
        "method": method,
        "uncertain_cases": annual.uncertain_cases,
        "annual_gain": {k: a[k] for k in ("method", "mean_pence", "sd_pence", "lower_pence", "upper_pence")},
        "projected_gain": {k: p[k] for k in ("method", "mean_pence", "sd_pence", "lower_pence", "upper_pence")},
        "explanation": "Each predicted outcome is won with its chance of success, independently of the others; " + words + ".",
    }


#: The key of the cases with no decision date, in ``by_month_of_decision``.
NO_DECISION_DATE = "no decision date"


def _by_month_of_decision(decided: np.ndarray, valid: np.ndarray, block) -> dict[str, dict[str, Any]]:
    """The figures by the month of the decision (``"2025-07"``), months in
    order, then the cases with no decision date, if any."""
    from .calendar import NEVER

    known = valid & (decided < NEVER)
    out: dict[str, dict[str, Any]] = {}
    if known.any():
        months = (np.where(known, decided, 0).astype("datetime64[D]").astype("datetime64[M]")).astype(str)
        for month in sorted(set(months[known].tolist())):
            out[month] = block(known & (months == month))
    if (valid & ~known).any():
        out[NO_DECISION_DATE] = block(~known)
    return out


def _natural(s: str):
    try:
        return (0, float(s), s)
    except ValueError:
        return (1, 0.0, s)
