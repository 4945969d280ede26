"""The benefit check as text for an adviser, wrapped to the terminal like the
working sheet (private)."""

from __future__ import annotations

from ..explain import uk_date
from ..money import format_pounds
from ..wrapping import wrap_lines

__all__ = ["render"]

_CERTAINTY = {
    "entitled": "entitled: the facts given meet every condition",
    "claim_needed": "claim needed",
    "assessment_needed": "assessment needed",
    "check_needed": "check needed: a fact not given decides it",
}


def _value(f) -> str:
    if f.range_monthly:
        return f"{format_pounds(f.range_monthly[0])} to {format_pounds(f.range_monthly[1])} a month (a range)"
    if f.one_off:
        return f"{format_pounds(f.one_off)} once"
    if not f.valued:
        return "not valued"
    return (f"{format_pounds(f.weekly)} a week, {format_pounds(f.monthly)} a month, "
            f"{format_pounds(f.annual)} a year ({f.annual_basis})")


def render(bc, width: int | None) -> str:
    from ..gain.probability import chance_in_words
    from .findings import CLAIMABLE

    claimed = [n.replace("_", " ") for n in CLAIMABLE if getattr(bc.claims, n)]
    lines = [f"Benefit check on {uk_date(bc.on)}        {bc.rules}",
             "Claimed now: " + (", ".join(claimed) if claimed else "none of Universal Credit, Pension Credit, Scottish "
                                "Child Payment, Housing Benefit, Council Tax Reduction (say what is, with --claims)")
             + (f"; UC elements missing: {', '.join(bc.claims.uc_elements_missing)}" if bc.claims.uc_elements_missing else "")
             + (f"; help had already: {', '.join(n.replace('_', ' ') for n in bc.claims.help_received)}"
                if bc.claims.help_received else ""),
             f"Received now {format_pounds(bc.received_weekly)} a week; with every claim found "
             f"{format_pounds(bc.with_claims_weekly)} a week ({format_pounds(bc.claims_gain_weekly, sign=True)}).",
             *(f"Note: {n}" for n in getattr(bc, "totals_notes", ())),
             ""]
    from ..rate_assumptions import describe

    # A rate past the tables' end, held or uprated, is an assumption: said first, as on a working sheet.
    lines[1:1] = [("Warning: " if a.startswith("Rates") else "Note: ") + a
                  for a in describe(bc.assumptions, bc.rates_policy)]
    if not bc.findings:
        lines.append("Nothing found from the facts given.")
    for i, f in enumerate(bc.findings, 1):
        lines.append(f"{i}. {f.what}: {_value(f)}")
        lines.append(f"   {_CERTAINTY[f.certainty]}"
                     + (f"; {chance_in_words(f.probability, f.probability_source)}"
                        + (f", weighted {format_pounds(f.weighted_annual)} a year" if f.probability_source != "none" else "")
                        if f.certainty == "assessment_needed" else ""))
        if f.question:
            lines.append(f"   Ask: {f.question}")
        if f.arrears or f.backdating:
            lines.append(f"   Arrears: {format_pounds(f.arrears)} ({f.backdating})")
        lines.append(f"   Do: {f.action}")
        lines.append(f"   Law: {'; '.join(f.legal_basis)}")
        if f.passports:
            # What it can unlock, each help by its own test; which of them this household meets is what the
            # findings (and the help already had) say: "Unlocks: free prescriptions" for a family whose
            # earnings are over the NHS limit read as a promise (qa-adv9, 2026-12-08).
            met = {g.id for g in bc.findings} | set(bc.claims.help_received)
            here = [p for p in f.passports if p in met]
            lines.append(f"   Can unlock, each by its own test: {', '.join(p.replace('_', ' ') for p in f.passports)}; "
                         + (f"found in this check: {', '.join(p.replace('_', ' ') for p in here)}" if here
                            else "none found in this check"))
        for n in f.notes:
            lines.append(f"   Note: {n}")
    lines += ["", "Each value is the change in the household's total with and without the finding, every other "
                  "claim found made; an assessment's value is at the likely award, weighted by the published chance of success "
                  "(in full where none is published)."]
    return wrap_lines("\n".join(lines), width)
