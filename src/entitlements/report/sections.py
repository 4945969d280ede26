"""What the funders' report says: its sections, tables and notes, in order.

:func:`parts` gives the report as (kind, content) parts ("h1", "h2", "p",
"table", "list", "chart") from a caseload's gains and summary, for
:mod:`entitlements.report.render` to write as Markdown or HTML.
"""

from __future__ import annotations

from typing import Any

from ..caseload import FAILURE_KINDS
from ..gain.caseload import CaseloadGains
from .charts import BENEFIT_LABELS, report_charts

__all__ = ["parts", "pounds", "MIN_GROUP", "SUPPRESSED", "cases_projected", "rates_sentence"]

#: The fewest cases a figure in the report may be about: smaller groups are
#: suppressed, as NHS and ONS disclosure practice requires.
MIN_GROUP = 5
#: What a suppressed figure shows.
SUPPRESSED = "fewer than 5"


def pounds(p: int) -> str:
    return ("-" if p < 0 else "") + f"£{abs(int(round(p / 100))):,}"


def _row(label: str, cases: int, cells: list[str]) -> list[str]:
    """A table row about ``cases`` cases: its figures, or "fewer than 5"."""
    if 0 < cases < MIN_GROUP:
        return [label, SUPPRESSED] + [""] * len(cells)
    return [label, f"{cases:,}"] + cells


def _reason_kind(reason: str) -> str:
    """A row's reason without its value (rows alike are counted together)."""
    head, sep, rest = reason.partition(":")
    if "(expected " in rest:
        return f"{head}: expected {rest.split('(expected ', 1)[1].rstrip('.').rstrip(')')}"
    return head if sep else reason
def cases_projected(s: dict[str, Any]) -> str:
    """The headline's count: how many cases were projected, how many could
    not be, and why, in words (no case is dropped without a word)."""
    out = f"{s['cases_projected']:,} of {s['cases']:,}"
    miss = s["cases_not_projected"]
    if miss["count"]:
        why = ", ".join(f"{n:,} because {FAILURE_KINDS[k]}" if n >= MIN_GROUP else f"{SUPPRESSED} because {FAILURE_KINDS[k]}"
                        for k, n in sorted(miss["by_reason"].items(), key=lambda kv: -kv[1]))
        out += f" ({miss['count']:,} could not be: {why}; counted by reason at the end)"
    return out


def rates_sentence(s: dict[str, Any]) -> str:
    """The sentence under the headline on the rates assumed (empty when
    none was): how many cases, under which policy, from when."""
    r = s["rates"]
    n = r["cases_with_assumed_rates"]
    if not n:
        return ""
    return (f"{n:,} of the {s['cases_projected']:,} cases projected run past the rates the rules hold: "
            + " ".join(r["assumptions"]))


def parts(g: CaseloadGains, s: dict[str, Any], title: str) -> list[tuple[str, Any]]:
    """The report as (kind, content) parts: "h1", "h2", "p", "table", "chart"."""
    t = s["totals"]
    parts: list[tuple[str, Any]] = [("h1", title)]
    conv = "weekly gain x 52" if g.convention == "weekly_x52" else "monthly gain x 12"
    parts.append(("p", f"{s['cases']:,} cases: {cases_projected(s)} projected. Rules: {s['assumptions']['rules']}."))
    parts.append(("h2", "Headline"))
    parts.append(("table", (["Measure", "Amount"], [
        ["Cases projected", cases_projected(s)],
        ["Annual income gain (" + conv + ")", pounds(t["annual_gain_pence"])],
        ["  weighted by the chance of success", pounds(t["annual_gain_weighted_pence"])],
        [f"Projected gain over the next {g.horizon_months} months", pounds(t["projected_gain_pence"])],
        ["  weighted", pounds(t["projected_gain_weighted_pence"])],
        ["Arrears (one-off)", pounds(t["arrears_pence"])],
        ["Lump sums (one-off)", pounds(t["lump_sum_pence"])],
        ["Debts written off", pounds(t["debt_written_off_pence"])],
        ["Cases with a gain", f"{s['cases_with_a_gain']:,}"],
        ["Mean annual gain per case", pounds(t["mean_annual_gain_pence"])],
        ["Patients gaining LCW or LCWRA", f"{s['health']['patients_gaining_lcw_or_lcwra']:,}"],
        ["GP appointments saved a year", f"{s['health']['gp_appointments_saved_a_year']:,} "
                                         f"(weighted {s['health']['gp_appointments_saved_a_year_weighted']:,})"],
    ])))
    rates = rates_sentence(s)
    if rates:
        parts.append(("p", rates))
    parts.append(("h2", "Confirmed and predicted"))
    rows = []
    for name in ("confirmed", "predicted"):
        b = s[name]
        rows.append(_row(name, b["cases"], [pounds(b["annual_gain_pence"]), pounds(b["annual_gain_weighted_pence"]),
                                            pounds(b["projected_gain_pence"]), pounds(b["arrears_pence"])]))
    parts.append(("table", (["", "Cases", "Annual gain", "Weighted", "Projected", "Arrears"], rows)))
    charts = report_charts(g, s)
    byname = {c.name: c for c in charts}
    parts.append(("h2", "Gains by benefit"))
    parts.append(("table", (["Benefit", "Annual gain"], [[BENEFIT_LABELS.get(k, k), pounds(v)]
                                                          for k, v in s["annual_gain_by_benefit_pence"].items()])))
    parts.append(("chart", byname["gains_by_benefit"]))
    if "distribution" in byname and s["cases_projected"] >= MIN_GROUP:
        # Percentiles and the mean only: the lowest and highest are one person's figures.
        d = s["distribution_of_annual_gain"]
        parts.append(("h2", "Distribution of gains"))
        parts.append(("table", (["10%", "25%", "Median", "75%", "90%", "Mean"],
                                [[pounds(d[k]) for k in ("p10_pence", "p25_pence", "median_pence", "p75_pence",
                                                            "p90_pence", "mean_pence")]])))
        parts.append(("chart", byname["distribution"]))
    parts.append(("h2", "By outcome"))
    parts.append(("table", (["Outcome", "Cases", "Annual gain", "Mean", "Projected", "Arrears"],
                            [_row(k.replace("_", " "), b["cases"], [pounds(b["annual_gain_pence"]), pounds(b["mean_annual_gain_pence"]),
                              pounds(b["projected_gain_pence"]), pounds(b["arrears_pence"])]) for k, b in s["by_outcome"].items()])))
    if "by_outcome" in byname:
        parts.append(("chart", byname["by_outcome"]))
    parts.append(("h2", "By stage"))
    parts.append(("table", (["Stage", "Cases", "Annual gain", "Weighted"],
                            [_row(k.replace("_", " "), b["cases"], [pounds(b["annual_gain_pence"]), pounds(b["annual_gain_weighted_pence"])])
                             for k, b in s["by_stage"].items()])))
    for col, groups in s["by_group"].items():
        parts.append(("h2", "By " + col.replace("_", " ")))
        parts.append(("table", ([col.replace("_", " ").capitalize(), "Cases", "With a gain", "Annual gain", "Mean", "Projected"],
                                [_row(k, b["cases"], [f"{b['cases_with_a_gain']:,}" if b["cases_with_a_gain"] >= MIN_GROUP or not b["cases_with_a_gain"] else SUPPRESSED,
                                                      pounds(b["annual_gain_pence"]), pounds(b["mean_annual_gain_pence"]),
                                                      pounds(b["projected_gain_pence"])]) for k, b in groups.items()])))
        if col in ("imd_decile", "deprivation_decile") and "by_decile" in byname:
            parts.append(("chart", byname["by_decile"]))
    parts.append(("h2", "How these figures are worked out"))
    a = s["assumptions"]
    notes = [
        f"Universal Credit is estimated assessment period by assessment period with the rates in force for each, before and "
        f"after the outcome, by the entitlements engine ({a['rules']}).",
        f"Annual income gain: the recurring gain once the outcome is in payment, {conv}; the weekly equivalent of a monthly "
        "UC gain is x 12 / 52, rounded to the penny. Benefits paid in their own right (PIP, DLA, Carer's Allowance, ...) are added at their weekly rates.",
        f"Projection: {g.horizon_months} assessment periods from the {'decision' if g.projection_from == 'decision' else 'outcome taking effect'}, "
        "including the LCWRA relevant period, uprating and the 6 April 2026 LCWRA rates, and award end dates.",
        "Arrears are the assessment periods before the decision, paid as a lump sum; lump sums and debts written off are as recorded.",
        "Weighted figures multiply each predicted outcome by its chance of success: the probability recorded, or the latest "
        "published rate for its benefit and stage (rules/gain/success_*.toml); cases: "
        + ", ".join(f"{k.replace('none', 'no published rate (not discounted)')} {v:,}" for k, v in a["probabilities_used"].items()) + ".",
        f"GP appointments saved: {s['health']['per_patient']} a year per patient found to have LCW or LCWRA ({s['health']['source']}).",
        f"Privacy: the report shows totals only, over the grouping columns named; no case's details appear. A figure about "
        f"fewer than {MIN_GROUP} cases is not shown (\"{SUPPRESSED}\"), following NHS and ONS disclosure practice.",
        f"Rates after the rule tables end: rates policy {s['rates']['policy']} ("
        + {"hold": "the last known amounts carried forward", "strict": "a case needing them is not projected"}.get(
            s["rates"]["policy"], "the last known amounts raised by the percentage assumed, from each benefit's uprating date")
        + ").",
        *s["rates"]["assumptions"],
    ]
    parts.append(("list", notes))
    errs = g.errors()
    if errs:
        # Counted by reason: which rows, and their values, are in the per-case results, not here.
        counts: dict[str, int] = {}
        for e in errs:
            k = _reason_kind(e["reason"])
            counts[k] = counts.get(k, 0) + 1
        parts.append(("h2", "Rows that could not be projected"))
        parts.append(("table", (["Reason", "Cases"], [[k, f"{v:,}" if v >= MIN_GROUP else SUPPRESSED]
                                                      for k, v in sorted(counts.items(), key=lambda kv: -kv[1])])))
    return parts
