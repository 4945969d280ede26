"""A caseload's income gain added up: totals, distribution, and by benefit,
outcome, stage and group; patients gaining LCW or LCWRA and GP appointments
saved; the assumptions. JSON-ready, money in pence: what the funders' report
(:mod:`entitlements.report`) shows.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..caseload import failure_kind, failures_in_words
from ..errors import InputError
from ..grouping import group_labels
from ..io.caseloads import NOT_CASES, rows_not_cases
from ..money import weekly_to_monthly
from ..rates_policy import describe
from .cases import KIND, LINE_NAMES
from .outcomes import OUTCOME_KINDS, STAGES, hb_rent_free_annual, rent_free_assumption
from .pension_age import KNOCK_ON_BENEFITS, ctr_not_counted
from .uncertainty import from_moments, moments

if TYPE_CHECKING:
    from .caseload import CaseloadGains

__all__ = ["summary", "repeated_ids", "given_ids"]

PROB_SOURCES = ("confirmed", "given", "published", "none")


def summary(gains: CaseloadGains, group_by: Sequence[str] | None = None) -> dict[str, Any]:
    """See :meth:`entitlements.gain.caseload.CaseloadGains.summary`."""
    v, c = gains.valid, gains.cases
    f = _case_figures(gains)
    block = functools.partial(_block, f, c)
    everyone = np.ones(len(gains), bool)
    # A repeated header row or a totals row is no case: an error row, counted apart (since 2026-12-08).
    not_cases = rows_not_cases(gains.reasons[~v])
    k = sum(not_cases.values())
    return {
        "source": gains.source,
        "cases": len(gains) - k,
        "cases_projected": int(v.sum()),
        "cases_with_errors": int((~v).sum()) - k,
        "rows_not_cases": not_cases,
        "cases_not_projected": _not_projected(gains),
        "repeated_case_ids": repeated_ids(given_ids(gains)),
        "rates": _rates(gains),
        "cases_with_a_gain": int((v & (f["annual"] > 0)).sum()),
        # Below pension age in England, the council's working-age CTR scheme not shipped: its change is not counted.
        "ctr_change_not_counted": int((v & ctr_not_counted(gains.projection.knock_ons, v)).sum()),
        # Since 2026-12-07: HB or CTR in the gain resting on a fact not given, taken as not met (hb_ctr.FACTS_ASSUMED).
        "facts_assumed": _facts_assumed(gains, v),
        "totals": block(everyone),
        "confirmed": {**block(c.confirmed), "annual_gain_by_benefit_pence": _by_benefit(gains, c.confirmed),
                      "cases_by_benefit": _cases_by_benefit(gains, c.confirmed)},
        "predicted": {**block(~c.confirmed), "annual_gain_by_benefit_pence": _by_benefit(gains, ~c.confirmed),
                      "cases_by_benefit": _cases_by_benefit(gains, ~c.confirmed),
                      "annual_gain_weighted_by_benefit_pence": _by_benefit(gains, ~c.confirmed, weigh=True)},
        "weekly_gain_pence": int(gains.weekly_total[v].sum()),
        "uncertainty": uncertainty(gains),
        "distribution_of_annual_gain": _distribution(f["annual"][v]),
        "annual_gain_by_benefit_pence": _by_benefit(gains, everyone),
        "by_outcome": {k: block(c.kind == KIND[k]) for k in OUTCOME_KINDS if ((c.kind == KIND[k]) & v).any()},
        "by_stage": {s: block(c.stage == i) for i, s in enumerate(STAGES) if ((c.stage == i) & v).any()},
        "by_group": _by_group(gains, group_by, block),
        "group_nesting": group_nesting(gains, group_by),
        "by_month_of_decision": _by_month_of_decision(c.decided, v, block),
        "health": _health(gains, f["lcw"]),
        "assumptions": {
            "convention": gains.convention,
            "horizon_months": gains.horizon_months,
            "projection_from": gains.projection_from,
            "probabilities_used": _probabilities_used(gains),
            "rules": str(gains.rules),
            **_rent_free(gains),
        },
        "engine": {"runs_estimated": gains.projection.runs_evaluated, "runs_on_own_date": gains.projection.runs_on_own_date,
                   "engine_calls": gains.projection.calls},
    }


def _facts_assumed(gains: CaseloadGains, v) -> dict[str, int]:
    """The projected cases whose Housing Benefit or Council Tax Reduction
    rests on a fact not given, taken as not met (``CaseloadGains.facts_open``):
    how many (``cases``), and how many by fact."""
    from ..benefits.hb_ctr import FACTS_ASSUMED

    f = getattr(gains, "facts_open", None)
    f = np.zeros((len(gains), len(FACTS_ASSUMED)), bool) if f is None else np.asarray(f, bool) & np.asarray(v, bool)[:, None]
    return {"cases": int(f.any(axis=1).sum()), **{k: int(f[:, j].sum()) for j, k in enumerate(FACTS_ASSUMED)}}


def given_ids(gains: CaseloadGains) -> np.ndarray:
    """The case ids given (a blank one, which is its row's number, left out), every row's, valid or not."""
    ids = np.asarray(gains.ids, dtype=object).reshape(len(gains))
    return ids if gains.id_given is None else ids[np.asarray(gains.id_given, bool)]


def repeated_ids(keys: np.ndarray) -> dict[str, int]:
    """How many case ids appear on more than one row (``ids``) and how many
    rows they are on (``rows``), of ``keys`` (the ids, or a digest of each).
    A caseload counts rows: one client with two outcomes is two rows, and two
    cases; the ids themselves are never given (a report shows these counts
    only)."""
    if not np.size(keys):
        return {"ids": 0, "rows": 0}
    _, counts = np.unique(np.asarray(keys).astype(str) if np.asarray(keys).dtype == object else keys, return_counts=True)
    many = counts[counts > 1]
    return {"ids": int(many.size), "rows": int(many.sum())}


def _case_figures(gains: CaseloadGains) -> dict[str, np.ndarray]:
    """Each case's figures the blocks add up [pence], raw and weighted by
    its chance of success; who gains LCW or LCWRA, and that chance."""
    c = gains.cases
    return {
        "valid": gains.valid, "confirmed": c.confirmed.astype(bool),
        "annual": gains.annual, "annual_weighted": gains.weighted(gains.annual),
        "projected": gains.projected, "projected_weighted": gains.weighted(gains.projected),
        "arrears": gains.arrears, "arrears_weighted": gains.weighted(gains.arrears),
        "lump_sum_weighted": gains.weighted(c.lump_sum), "debt_weighted": gains.weighted(c.debt_written_off),
        "lcw": gains.gains_lcw, "chance": gains.prob_num / gains.prob_den,
    }


def _block(f: dict[str, np.ndarray], c, mask) -> dict[str, Any]:
    """The figures of the valid cases in ``mask`` (the totals, an outcome, a
    stage, a group or a month), confirmed and predicted apart."""
    annual, annual_w, lcw = f["annual"], f["annual_weighted"], f["lcw"]
    m = mask & f["valid"]
    mc, mp = m & f["confirmed"], m & ~f["confirmed"]
    return {
        "cases": int(m.sum()),
        "cases_with_a_gain": int((m & (annual > 0)).sum()),
        "annual_gain_pence": int(annual[m].sum()),
        "annual_gain_weighted_pence": int(annual_w[m].sum()),
        "mean_annual_gain_pence": int(round(annual[m].mean())) if m.any() else 0,
        "projected_gain_pence": int(f["projected"][m].sum()),
        "projected_gain_weighted_pence": int(f["projected_weighted"][m].sum()),
        "arrears_pence": int(f["arrears"][m].sum()),
        "lump_sum_pence": int(c.lump_sum[m].sum()),
        "debt_written_off_pence": int(c.debt_written_off[m].sum()),
        # How many cases each one-off figure is made of (a report hides one made by 1-4: their own figures).
        "cases_with_arrears": int((m & (f["arrears"] != 0)).sum()),
        "cases_with_lump_sum": int((m & (c.lump_sum != 0)).sum()),
        "cases_with_debt_written_off": int((m & (c.debt_written_off != 0)).sum()),
        # Confirmed and predicted apart (a report never adds one to the other).
        "confirmed_cases": int(mc.sum()),
        "confirmed_annual_gain_pence": int(annual[mc].sum()),
        "predicted_cases": int(mp.sum()),
        "predicted_annual_gain_weighted_pence": int(annual_w[mp].sum()),
        "arrears_weighted_pence": int(f["arrears_weighted"][m].sum()),
        "lump_sum_weighted_pence": int(f["lump_sum_weighted"][m].sum()),
        "debt_written_off_weighted_pence": int(f["debt_weighted"][m].sum()),
        "patients_gaining_lcw_or_lcwra": int((lcw & m).sum()),
        "patients_gaining_lcw_or_lcwra_weighted": round(float(f["chance"][lcw & m].sum()), 2),
    }


def _distribution(a: np.ndarray) -> dict[str, int]:
    """The valid cases' annual gains: least, deciles and quartiles, median, most, mean [pence]."""
    if not a.size:
        return {}
    q = np.percentile(a, [10, 25, 50, 75, 90])
    return {"min_pence": int(a.min()), "p10_pence": int(round(q[0])), "p25_pence": int(round(q[1])),
            "median_pence": int(round(q[2])), "p75_pence": int(round(q[3])), "p90_pence": int(round(q[4])),
            "max_pence": int(a.max()), "mean_pence": int(round(a.mean()))}


#: The order of the benefits in a summary: Universal Credit, the lines an outcome brings (Carer Support Payment and
#: the Scottish carer's supplements after Carer's Allowance, Pension Age Disability Payment after Attendance
#: Allowance), Pension Credit.
_LINES = LINE_NAMES[1:]
_AA = _LINES.index("attendance_allowance") + 1
BENEFIT_ORDER = ("uc", *_LINES[:_LINES.index("carers_allowance") + 1], "carer_support_payment", "carers_allowance_supplement",
                 "scottish_carer_supplement", *_LINES[_LINES.index("carers_allowance") + 1:_AA],
                 "pension_age_disability_payment", *_LINES[_AA:], "pension_credit")


def _supplements_a(gains: CaseloadGains) -> dict[str, np.ndarray]:
    """Each case's annual gain from the Scottish carer's supplements, by name [pence]."""
    sup = gains.supplements
    scs = (sup.scs_weekly * 52) if gains.convention == "weekly_x52" else (weekly_to_monthly(sup.scs_weekly) * 12)
    return {"carers_allowance_supplement": sup.cas_annual, "scottish_carer_supplement": scs + sup.scs_annual}


def _by_benefit(gains: CaseloadGains, mask, weigh: bool = False) -> dict[str, int]:
    """The annual gain of the valid cases in ``mask`` by benefit (``weigh``:
    each case's figure weighted by its chance of success, to the penny)."""
    c, line_weekly = gains.cases, gains.projection.line_weekly
    line_a = (line_weekly * 52) if gains.convention == "weekly_x52" else (weekly_to_monthly(line_weekly) * 12)
    free = gains.projection.rent_free_weeks if gains.projection.rent_free_weeks is not None else 0
    line_a = line_a - hb_rent_free_annual(np.where(c.kind == KIND["hb_awarded"], line_weekly, 0), free, gains.convention)
    uc_a = gains.annual_uc
    if weigh:
        uc_a, line_a = gains.weighted(uc_a), gains.weighted(line_a)
    m0 = mask & gains.valid
    out = {"uc": int(uc_a[m0].sum())}
    names = gains.benefit_names
    for name in dict.fromkeys(names[m0 & (c.line_table > 0)].tolist()):
        out[name] = int(line_a[m0 & (names == name)].sum())
    for name, a in _supplements_a(gains).items():
        m = m0 & (a != 0)
        if m.any():
            out[name] = int((gains.weighted(a) if weigh else a)[m].sum())
    ko = gains.knock_ons.weekly
    ko_a = (ko * 52) if gains.convention == "weekly_x52" else (weekly_to_monthly(ko) * 12)
    ko_a[:, KNOCK_ON_BENEFITS.index("housing_benefit")] -= hb_rent_free_annual(
        ko[:, KNOCK_ON_BENEFITS.index("housing_benefit")], free, gains.convention)  # none in a rent-free week
    for j, name in enumerate(KNOCK_ON_BENEFITS):  # the knock-ons (Pension Credit, HB, CTR): the change an outcome makes in each
        m = m0 & (ko[:, j] != 0)
        if m.any():
            a = gains.weighted(ko_a[:, j]) if weigh else ko_a[:, j]
            out[name] = out.get(name, 0) + int(a[m].sum())
    return {k: out[k] for k in BENEFIT_ORDER if k in out}


def _cases_by_benefit(gains: CaseloadGains, mask) -> dict[str, int]:
    """How many valid cases in ``mask`` each benefit's figure is about
    (Universal Credit: a case whose UC gain is not nil; another benefit:
    a case whose outcome brings it), for disclosure control."""
    c = gains.cases
    m0 = mask & gains.valid
    out = {"uc": int((m0 & (gains.annual_uc != 0)).sum())}
    names = gains.benefit_names
    for name in dict.fromkeys(names[m0 & (c.line_table > 0)].tolist()):
        out[name] = int((m0 & (names == name)).sum())
    for name, a in _supplements_a(gains).items():
        m = m0 & (a != 0)
        if m.any():
            out[name] = int(m.sum())
    for j, name in enumerate(KNOCK_ON_BENEFITS):  # a case whose outcome changes it (not one counted already)
        m = m0 & (gains.knock_ons.weekly[:, j] != 0) & (c.line_table != (LINE_NAMES.index(name) if name in LINE_NAMES else -1))
        if m.any():
            out[name] = out.get(name, 0) + int(m.sum())
    return {k: out[k] for k in BENEFIT_ORDER if k in out}


def _by_group(gains: CaseloadGains, group_by: Sequence[str] | None, block) -> dict[str, dict[str, Any]]:
    """The figures by each grouping column's values as
    :func:`~entitlements.grouping.group_labels` labels them (one council
    however it is written; blank as "(blank)"), in natural order; ``group_by`` None: every grouping column."""
    groups = list(group_by) if group_by is not None else list(gains.grouping)
    out: dict[str, dict[str, Any]] = {}
    for g in groups:
        if g not in gains.grouping:
            from ..io.headers import grouping_hint

            raise InputError("group_by", g, grouping_hint(g, list(gains.grouping)) + "one of the grouping columns: "
                             + ", ".join(gains.grouping) if gains.grouping else "a grouping column (the caseload has none)")
        col = group_labels(g, gains.grouping[g])
        labels = sorted(set(col[gains.valid].tolist()), key=_natural)
        out[g] = {lab: block(col == lab) for lab in labels}
    return out


def group_nesting(gains: CaseloadGains, group_by: Sequence[str] | None = None) -> dict[str, dict[str, dict[str, str]]]:
    """Which grouping columns nest in which (of those ``group_by`` names; all
    by default): ``{A: {B: {a: b}}}`` where every valid case of each value
    ``a`` of column A has the one value ``b`` of column B (practices in a
    primary care network, deciles 1 and 2 in Core20), so that a group of B is
    the sum of its groups of A: a report hides figures with that known (a
    group hidden in one table would otherwise be the other's group less its
    other groups shown). Values as :func:`_by_group` labels them."""
    cols = [g for g in (list(group_by) if group_by is not None else list(gains.grouping)) if g in gains.grouping]
    v = np.asarray(gains.valid, bool)
    labelled = {g: group_labels(g, gains.grouping[g])[v] for g in cols}
    out: dict[str, dict[str, dict[str, str]]] = {}
    for a in cols:
        for b in cols:
            if a == b or not v.any():
                continue
            pairs = set(zip(labelled[a].tolist(), labelled[b].tolist()))
            parent: dict[str, str] = {}
            if all(parent.setdefault(x, y) == y for x, y in pairs):
                out.setdefault(a, {})[b] = dict(sorted(parent.items()))
    return out


def _probabilities_used(gains: CaseloadGains) -> dict[str, int]:
    """How many valid cases took their chance of success from each source (:data:`PROB_SOURCES`)."""
    out = {}
    for i, s in enumerate(PROB_SOURCES):
        m = gains.valid & (gains.prob_source == i)
        if m.any():
            out[s] = int(m.sum())
    return out


def _not_projected(gains: CaseloadGains) -> dict[str, Any]:
    """The cases that could not be projected: how many, by kind of failure, in words."""
    failed = [r for r in gains.reasons[~gains.valid] if not any(w in str(r) for _k, w in NOT_CASES)]  # no case
    by_kind: dict[str, int] = {}
    for r in failed:
        k = failure_kind(str(r))
        by_kind[k] = by_kind.get(k, 0) + 1
    return {"count": len(failed), "by_reason": by_kind, "in_words": failures_in_words(failed)}


def _rent_free(gains: CaseloadGains) -> dict[str, Any]:
    """The valid cases whose Housing Benefit (an ``hb_awarded`` line or the
    knock-on) is counted for the weeks rent is due only, by their rent-free
    weeks a year, and the assumption in words, as the one household states it
    (:func:`~entitlements.gain.outcomes.rent_free_assumption`)."""
    p, v = gains.projection, gains.valid
    free = np.zeros(len(gains), np.int64) if p.rent_free_weeks is None else np.asarray(p.rent_free_weeks, np.int64)
    hb = gains.cases.kind == KIND["hb_awarded"]
    ko = p.knock_ons
    if ko is not None:
        j = KNOCK_ON_BENEFITS.index("housing_benefit")
        hb = hb | (ko.weekly[:, j] != 0) | (ko.projected[:, j] != 0) | (ko.arrears[:, j] != 0)
    counted = v & hb & (free > 0)
    weeks = {str(w): int((counted & (free == w)).sum()) for w in sorted(set(free[counted].tolist()))}
    return {"housing_benefit_rent_free_weeks": weeks, "in_words": rent_free_assumption(free[counted])}


def _rates(gains: CaseloadGains) -> dict[str, Any]:
    """The rates policy and what the valid cases' rates rest on."""
    assumed = gains.rates_assumed if gains.rates_assumed is not None else np.full(len(gains), "", dtype=object)
    return {
        "policy": gains.rates_policy,
        "cases_with_assumed_rates": int((gains.valid & (assumed != "")).sum()),
        "assumptions": describe(gains.assumptions, gains.rates_policy),
        "tables": [a.to_dict() for a in gains.assumptions],
    }


def _health(gains: CaseloadGains, lcw: np.ndarray) -> dict[str, Any]:
    """Patients gaining LCW or LCWRA and the GP appointments saved, raw and weighted."""
    chance = float((gains.prob_num[lcw] / gains.prob_den[lcw]).sum())
    return {
        "patients_gaining_lcw_or_lcwra": int(lcw.sum()),
        "patients_gaining_lcw_or_lcwra_weighted": round(chance, 2),
        "gp_appointments_saved_a_year": int(lcw.sum()) * gains.gp_each,
        "gp_appointments_saved_a_year_weighted": round(chance * gains.gp_each, 1),
        "per_patient": gains.gp_each,
        "source": gains.gp_source,
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
