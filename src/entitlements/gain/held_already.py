"""Outcomes that add nothing: what the household already has before advice.

One job: say whether an outcome awards only what is already held, and why,
so that it is refused rather than counted as a case without a gain. The rule
over codes (:func:`held_already`) serves one household and a caseload in
columns alike (:mod:`entitlements.io.outcome_columns`); :func:`held_refusal`
words it for one household; :func:`changes_refusal` is a change to the
values already held (a housing, income or council tax change), and
:func:`repeat_refusal` an award of Housing Benefit or Council Tax Reduction
that an earlier outcome of the same scenario already made. The outcome model
is :mod:`entitlements.gain.outcomes`, which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import InputError
from ..household import AA_RATES, DLA_CARE, DLA_MOBILITY, PIP_RATES, Adult, Child, Household
from .outcomes import (
    CAP_EXEMPTION_REASONS,
    CLAIMED_BENEFITS,
    OUTCOME_KINDS,
    Outcome,
    _ordered_children,
    apply_changes,
)

__all__ = ["held_already", "held_refusal", "changes_refusal", "repeat_refusal", "CHANGE_KINDS"]


#: The outcomes that are a change to the household's own facts (``changes``).
CHANGE_KINDS = ("housing_change", "income_change", "council_tax_band_corrected", "council_tax_discount_corrected")


def held_refusal(household: Household, outcome: Outcome) -> tuple[str, str, str] | None:
    """Why ``outcome`` awards only what the household already has before
    advice, as ``(field, value, expected)``, or None: it would be counted as
    a case without a gain, when it is no outcome at all. What counts as held
    is :func:`held_already` (one rule for one household and for a caseload
    in columns). A higher rate than held is an outcome and is not refused."""
    o, n = outcome, outcome.adult
    a = household.adults[o.adult - 1]
    whom: Adult | Child = a
    if o.kind == "dla_awarded" and o.child is not None:
        whom = household.children[_ordered_children(household)[o.child - 1]]
    other = household.adults[1 if n == 1 else 0] if household.is_couple else None
    held = {
        "lcw": a.lcw, "lcwra": a.lcwra, "carer": a.carer, "esa_support_component": a.esa_support_component,
        "carers_allowance": a.claims_carers_allowance or a.carers_allowance_weekly > 0,
        "pip_daily_living": PIP_RATES.index(a.pip_daily_living), "pip_mobility": PIP_RATES.index(a.pip_mobility),
        "dla_care": DLA_CARE.index(whom.dla_care), "dla_mobility": DLA_MOBILITY.index(whom.dla_mobility),
        "attendance_allowance": AA_RATES.index(a.attendance_allowance),
        "other_carer": other is not None and other.carer,
        "child_benefit_claimed": household.child_benefit_claimed and bool(household.children),
        "benefit_cap_grace_period": household.benefit_cap_grace_period,
        "guardians_allowance": household.guardians_allowance,
    }
    if not bool(held_already(OUTCOME_KINDS.index(o.kind), _code(o.benefit, CLAIMED_BENEFITS),
                             _code(o.reason, CAP_EXEMPTION_REASONS), o.partner_carer, _award_codes(o), held)):
        return changes_refusal(household, o)
    k = o.kind
    who = f"adult {n}" if not (k == "dla_awarded" and o.child is not None) else f"child {o.child}"
    if k == "carers_allowance":
        field = "claims_carers_allowance" if a.claims_carers_allowance else "carers_allowance_weekly"
        return ("kind", k, f"an outcome adult {n} does not already have: adult {n} already gets Carer's Allowance "
                f"before advice ({field}), so it is no new money; if its amount changed, use income_change")
    if k in ("pip_awarded", "dla_awarded") or o.benefit == "attendance_allowance":
        rates = {"pip_awarded": ("PIP", ("daily living", "pip_daily_living"), ("mobility", "pip_mobility")),
                 "dla_awarded": ("DLA", ("care", "dla_care"), ("mobility", "dla_mobility"))}.get(
                     k, ("Attendance Allowance", ("", "attendance_allowance")))
        has = " and ".join(f"{part} at the {getattr(whom, f)} rate".lstrip() for part, f in rates[1:]
                           if getattr(whom, f) != "none")
        carer = ", and the other adult is already a carer (carer)" if o.partner_carer else ""
        field, value = ("benefit", o.benefit) if k == "benefit_claimed" else ("kind", k)
        return (field, value, f"an award above the rate {who} already has: {who} already gets {rates[0]} {has} before "
                f"advice{carer}, so this award adds nothing; an award at a higher rate is an outcome")
    what = {
        "lcwra_found": ("already has LCWRA", "lcwra"),
        "lcw_found": ("already has limited capability for work (LCWRA includes it, reg 40(1))", "lcwra" if a.lcwra else "lcw"),
        "carer_element": ("is already counted as a carer", "carer"),
        "benefit_claimed": ("the household already claims Child Benefit", "child_benefit_claimed, true unless "
                            "given as false: give false if it is not claimed"),
        "benefit_cap_exemption": ({"grace_period": "the household is already in a grace period",
                                   "guardians_allowance": "the household already gets Guardian's Allowance",
                                   "esa_support_component": f"adult {n} already has the ESA support component"}.get(o.reason, ""),
                                  {"grace_period": "benefit_cap_grace_period"}.get(o.reason, o.reason)),
    }[k]
    field, value = {"benefit_claimed": ("benefit", o.benefit), "benefit_cap_exemption": ("reason", o.reason)}.get(k, ("kind", k))
    said = what[0] if k in ("benefit_claimed", "benefit_cap_exemption") else f"adult {n} {what[0]}"
    return (field, str(value), f"an outcome the household does not already have: {said} before advice ({what[1]}), "
            "so it adds nothing")


def _code(value: str | None, options: Sequence[str]) -> int:
    return options.index(value) if value is not None else -1


def _award_codes(o: Outcome) -> dict[str, int]:
    return {"pip_daily_living": PIP_RATES.index(o.pip_daily_living), "pip_mobility": PIP_RATES.index(o.pip_mobility),
            "dla_care": DLA_CARE.index(o.dla_care), "dla_mobility": DLA_MOBILITY.index(o.dla_mobility),
            "attendance_allowance": AA_RATES.index(o.aa_rate)}


def held_already(kind: Any, benefit: Any, reason: Any, partner_carer: Any, award: Mapping[str, Any],
                 held: Mapping[str, Any]) -> Any:
    """Whether an outcome awards only what the household already has before
    advice [bool; scalars or arrays alike]: the rule for one household
    (:func:`held_refusal`) and for a caseload in columns
    (:mod:`entitlements.io.outcome_columns`).

    ``kind``, ``benefit``, ``reason``: codes into :data:`OUTCOME_KINDS`,
    :data:`CLAIMED_BENEFITS`, :data:`CAP_EXEMPTION_REASONS` (-1 none);
    ``award``: the rates awarded, codes into the rate tuples; ``held``: the
    same facts before advice, of the adult the outcome names (the child, for
    DLA to a child), with ``other_carer`` (the other adult is a carer),
    ``carers_allowance`` (claimed or paid), ``child_benefit_claimed`` (and a
    child to claim for) and the household's cap exemptions.

    Held: LCWRA found for an adult with LCWRA; LCW for one with LCW or LCWRA
    (reg 40(1)); the carer element for a carer; Carer's Allowance for one who
    claims or is paid it (SSCBA 1992 s 70(7)); PIP, DLA or Attendance
    Allowance at no component above the rate held, unless it also makes the
    other adult a carer who is not one; Child Benefit already claimed; a cap
    exemption the household already has.
    """
    kind, benefit, reason = (np.asarray(v) for v in (kind, benefit, reason))
    h = {f: np.asarray(v) for f, v in held.items()}
    carer_too = ~np.asarray(partner_carer, bool) | h["other_carer"]
    no_more = lambda *fs: np.logical_and.reduce([np.asarray(award[f]) <= h[f] for f in fs]) & carer_too  # noqa: E731
    kinds = {k: kind == OUTCOME_KINDS.index(k) for k in OUTCOME_KINDS}
    b, r = (lambda x: benefit == CLAIMED_BENEFITS.index(x)), (lambda x: reason == CAP_EXEMPTION_REASONS.index(x))
    return (
        (kinds["lcwra_found"] & h["lcwra"])
        | (kinds["lcw_found"] & (h["lcw"] | h["lcwra"]))
        | (kinds["carer_element"] & h["carer"])
        | (kinds["carers_allowance"] & h["carers_allowance"])
        | (kinds["pip_awarded"] & no_more("pip_daily_living", "pip_mobility"))
        | (kinds["dla_awarded"] & no_more("dla_care", "dla_mobility"))
        | (kinds["benefit_claimed"] & b("attendance_allowance") & no_more("attendance_allowance"))
        | (kinds["benefit_claimed"] & b("child_benefit") & h["child_benefit_claimed"])
        | (kinds["benefit_cap_exemption"] & ((r("grace_period") & h["benefit_cap_grace_period"])
                                             | (r("guardians_allowance") & h["guardians_allowance"])
                                             | (r("esa_support_component") & h["esa_support_component"])))
    )


def changes_refusal(household: Household, outcome: Outcome) -> tuple[str, str, str] | None:
    """Why a change outcome (:data:`CHANGE_KINDS`) changes nothing, as
    ``(field, value, expected)``, or None: every field it names already has
    the value given, so the household after it is the household before
    (:func:`~entitlements.gain.outcomes.apply_changes`). A change that cannot
    be made is left to the valuation, which names its field."""
    o = outcome
    if o.kind not in CHANGE_KINDS or not o.changes:
        return None
    try:
        if apply_changes(household, o.changes) != household:
            return None
    except InputError:
        return None
    names = ", ".join(sorted(o.changes))
    return ("changes", names, f"a change to what the household has before advice: {names} already "
            f"{'has' if len(o.changes) == 1 else 'have'} the value given, so '{o.kind}' changes nothing")


def repeat_refusal(outcomes: Sequence[Outcome], k: int) -> tuple[str, str, str] | None:
    """Why outcome ``k`` (0-based) of a scenario awards Housing Benefit or
    Council Tax Reduction that an earlier outcome of it already awards, as
    ``(field, value, expected)``, or None. Each is valued as the whole award
    worked out for the household (or the amount given), so a second would
    count the award twice. An earlier award that ends on or before this one
    takes effect is not held (a new award follows it)."""
    o = outcomes[k]
    if o.kind not in ("hb_awarded", "ctr_awarded"):
        return None
    for j, p in enumerate(outcomes[:k], start=1):
        if p.kind == o.kind and (p.ends is None or p.ends > o.effective):
            what = {"hb_awarded": "Housing Benefit", "ctr_awarded": "Council Tax Reduction"}[o.kind]
            return ("kind", o.kind, f"an outcome the household does not already have: outcome {j} already awards "
                    f"{what} from {p.effective.isoformat()}, so it adds nothing (give one outcome with the amount, "
                    "or end the first award before this one starts)")
    return None
