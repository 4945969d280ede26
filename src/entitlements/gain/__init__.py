"""Income gain: what advice outcomes are worth, for one household and a caseload.

The outcome model (:mod:`~entitlements.gain.outcomes`: what an outcome is
and what it changes) and its columnar form (:mod:`~entitlements.gain.cases`,
:mod:`~entitlements.gain.calendar`); when it changes an award
(:mod:`~entitlements.gain.timeline`); the chance it succeeds
(:mod:`~entitlements.gain.probability`); its value for one household
(:mod:`~entitlements.gain.household`) and, through the columnar projection
(:mod:`~entitlements.gain._projection`), for a caseload
(:mod:`~entitlements.gain.caseload`).

Every name below is importable from here, as it was from the one module this
package replaces; each is loaded on first use, so importing the package
imports none of the modules.
"""

from .._forward import forward

_HOMES = {
    **dict.fromkeys(("OUTCOME_KINDS", "STAGES", "CAP_EXEMPTION_REASONS", "CLAIMED_BENEFITS", "Outcome", "Scenario",
                     "household_after", "apply_changes", "LineSpec", "line_specs"), "entitlements.gain.outcomes"),
    **dict.fromkeys(("OutcomeTimeline", "outcome_timeline", "ap_containing"), "entitlements.gain.timeline"),
    **dict.fromkeys(("Probability", "success_probability", "gp_appointments_saved_a_year", "weighted"),
                    "entitlements.gain.probability"),
    **dict.fromkeys(("CONVENTIONS", "PROJECTION_STARTS", "PeriodGain", "BenefitLine", "Gain", "weekly_equivalent",
                     "annual_amount", "income_gain", "hold_rates", "line_weekly", "line_over"), "entitlements.gain.household"),
    **dict.fromkeys(("CaseloadGains", "caseload_gains"), "entitlements.gain.caseload"),
}

__all__ = [
    "OUTCOME_KINDS",
    "STAGES",
    "CONVENTIONS",
    "CAP_EXEMPTION_REASONS",
    "CLAIMED_BENEFITS",
    "PROJECTION_STARTS",
    "Outcome",
    "Scenario",
    "OutcomeTimeline",
    "PeriodGain",
    "BenefitLine",
    "Probability",
    "Gain",
    "outcome_timeline",
    "household_after",
    "apply_changes",
    "success_probability",
    "gp_appointments_saved_a_year",
    "weekly_equivalent",
    "annual_amount",
    "income_gain",
    "hold_rates",
    "CaseloadGains",
    "caseload_gains",
]

__getattr__ = forward(__name__, _HOMES, cache=globals())


def __dir__():
    return sorted(list(globals()) + list(_HOMES))
