"""When an outcome changes a Universal Credit award: its assessment periods.

:func:`outcome_timeline` gives the first assessment period an outcome
affects, the first with it fully in payment (for LCWRA, after the relevant
period of SI 2013/376 reg 28), the period of the decision and the one in
which an award ends, and for LCWRA the amount from 6 April 2026.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..assessments.lcwra_rate import CHANGE_DATE, facts_from_dates, lcwra_rate
from ..assessments.timing import assessment_period_containing, lcwra_element_start
from ..dates import assessment_period_start
from ..errors import InputError
from .outcomes import Outcome

__all__ = ["OutcomeTimeline", "outcome_timeline", "ap_containing"]


def ap_containing(claim_start: dt.date, day: dt.date) -> int:
    """The assessment period (0 for the first) that includes ``day``; a day
    before the award began counts as the first."""
    return assessment_period_containing(claim_start, max(day, claim_start))


@attrs.frozen
class OutcomeTimeline:
    """When an outcome changes the award, as assessment period numbers
    (0 for the first of the award).

    ``first``: the first period it affects; ``in_payment``: the first with it
    fully in the award (for LCWRA, after the relevant period of reg 28);
    ``ends``: the first period without it (None: it does not end);
    ``decision``: the period in which the decision is made.
    ``lcwra_protection``: for LCWRA, the protection applied from 6 April 2026
    (None for the new-claimant amount), and ``explanation`` why.
    """

    first: int
    in_payment: int
    ends: int | None
    decision: int
    lcwra_protection: str | None = None
    explanation: tuple[str, ...] = ()

    def phase(self, n: int) -> str:
        """"before", "pending" (LCWRA found, element not yet in) or "in_payment"."""
        if n < self.first or (self.ends is not None and n >= self.ends):
            return "before"
        return "pending" if n < self.in_payment else "in_payment"


def _lcwra_protection(o: Outcome, claim_start: dt.date, included_from: dt.date) -> tuple[str | None, str]:
    """The LCWRA protection from 6 April 2026, and why (UC Act 2025 s 2;
    SI 2013/376 reg 27(2), 27A, Sch 5A)."""
    if o.lcwra_protection == "new_claimant":
        return None, "LCWRA amount: new-claimant amount from 6 April 2026, as stated"
    if o.lcwra_protection is not None:
        return o.lcwra_protection, f"LCWRA amount: protected ({o.lcwra_protection}), as stated"
    if o.terminally_ill:
        return "terminally_ill", "LCWRA amount: protected (terminally ill, reg 27(2)(c))"
    facts = facts_from_dates(claim_start, o.evidence, included_from)
    rate = lcwra_rate(facts, assessment_period_start=max(CHANGE_DATE, included_from), with_amount=False)
    why = (
        f"LCWRA amount from 6 April 2026 decided by {rate.decided_by} [{rate.reference}]: claim from "
        f"{claim_start.isoformat()}, element from {included_from.isoformat()}, medical evidence "
        f"{o.evidence.isoformat()}; continuous entitlement since is assumed (reg 27A(1)-(2), Sch 5A)"
    )
    return ("pre_2026_claimant" if rate.key == "protected" else None), why


def outcome_timeline(outcome: Outcome, claim_start: dt.date) -> OutcomeTimeline:
    """When ``outcome`` changes a Universal Credit award that began on
    ``claim_start``.

    LCWRA: from the assessment period of the effective date the claimant has
    LCWRA (so the work allowance applies) but the LCWRA element waits for the
    relevant period (reg 28, :func:`~entitlements.assessments.lcwra_element_start`
    with the first medical evidence; none for the terminally ill). Every other
    outcome is in payment from the assessment period in which it takes
    effect: a change takes effect from the first day of the assessment period
    in which it occurs (SI 2013/381 Sch 1 para 20). An outcome that takes
    effect before the award began counts from its first assessment period
    (there is no Universal Credit before it), and a note says so.

    >>> t = outcome_timeline(Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10)), dt.date(2025, 1, 10))
    >>> t.first, t.in_payment, t.phase(2), t.phase(3)
    (0, 3, 'pending', 'in_payment')
    """
    first = ap_containing(claim_start, outcome.effective)
    decision = ap_containing(claim_start, outcome.decision_date)
    ends = ap_containing(claim_start, outcome.ends) if outcome.ends is not None else None
    notes: list[str] = []
    if outcome.effective < claim_start:
        # Nothing is counted before the award: assessment periods begin with its first day (reg 21).
        notes.append(f"The outcome takes effect on {outcome.effective.isoformat()}, before the award began on "
                     f"{claim_start.isoformat()}: it is valued from the award's first assessment period, and nothing "
                     "is counted for days before it (SI 2013/376 reg 21)"
                     + ("; the relevant period runs from the medical evidence (evidence_date, by default the "
                        "effective date): give the day it was first given if later" if outcome.kind == "lcwra_found" else ""))
    in_payment = first
    protection = None
    if outcome.kind == "lcwra_found":
        s = lcwra_element_start(
            claim_start,
            evidence_given_on=outcome.evidence,
            terminally_ill=outcome.terminally_ill,
            condition_from=max(outcome.effective, claim_start) if outcome.terminally_ill else None,
        )
        in_payment = max(s.assessment_period, first)
        notes.append("; ".join(line.strip() for line in s.explain().splitlines()))
        protection, why = _lcwra_protection(outcome, claim_start, assessment_period_start(claim_start, in_payment))
        notes.append(why)
    if ends is not None and ends <= first:
        raise InputError("ends", outcome.ends.isoformat(), "a date in a later assessment period than the one the outcome takes effect in")
    return OutcomeTimeline(first=first, in_payment=in_payment, ends=ends, decision=decision,
                           lcwra_protection=protection, explanation=tuple(notes))
