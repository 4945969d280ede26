"""The missing-out report of a caseload check, rendered (aggregates only):
how many patients miss what, the annual value by benefit and certainty,
and by practice or deprivation decile where the caseload has them, with
charts; Markdown (charts as SVG files beside it) or HTML (charts inline).
Groups of fewer than 5 cases are shown as suppressed. It computes nothing
of its own: every figure is :meth:`entitlements.check.caseload.CaseloadCheck.summary`'s.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from ..money import format_pounds
from .charts import Chart, draw_svg

__all__ = ["check_charts", "render_check", "write_check_report"]


def check_charts(s: dict[str, Any]) -> list[Chart]:
    rows = [(b, r) for b, r in s["by_benefit"].items() if r["patients"]]
    charts = [
        Chart("missing-by-benefit", "Annual value missed, by benefit (£)", tuple(b for b, _ in rows),
              tuple(r["annual_pence"] / 100 for _, r in rows), "benefit", "£ a year"),
        Chart("patients-by-benefit", "Patients missing each benefit", tuple(b for b, _ in rows),
              tuple(float(r["patients"]) for _, r in rows), "benefit", "patients"),
    ]
    for g, groups in s["by_group"].items():
        shown = [x for x in groups if x["suppressed"] is None]
        charts.append(Chart(f"missing-by-{g}", f"Annual value missed, by {g.replace('_', ' ')} (£)",
                            tuple(x["group"] for x in shown), tuple(x["annual_pence"] / 100 for x in shown), g, "£ a year"))
    return charts


def _tables(s: dict[str, Any]) -> list[tuple[str, list[str], list[list[str]]]]:
    out = [("By benefit", ["Benefit", "Patients missing it", "Annual value", "Weighted by chance of success"],
            [[b, str(r["patients"]), format_pounds(r["annual_pence"]), format_pounds(r["weighted_annual_pence"])]
             for b, r in s["by_benefit"].items()]),
           ("By certainty", ["Certainty", "Findings", "Annual value", "Weighted"],
            [[c.replace("_", " "), str(r["findings"]), format_pounds(r["annual_pence"]), format_pounds(r["weighted_annual_pence"])]
             for c, r in s["by_certainty"].items()])]
    for g, groups in s["by_group"].items():
        out.append((f"By {g.replace('_', ' ')}", [g, "Cases", "Patients missing something", "Annual value"],
                    [[x["group"], "suppressed (fewer than 5)", "", ""] if x["suppressed"] else
                     [x["group"], str(x["cases"]), str(x["patients_missing"]), format_pounds(x["annual_pence"])]
                     for x in groups]))
    return out


def render_check(s: dict[str, Any], *, markdown: bool, chart_names: dict[str, str] | None = None) -> str:
    head = (f"{s['cases']} cases; {s['cases_checked']} checked ({s['cases_with_errors']} could not be read). "
            f"{s['patients_missing_something']} patients are missing something, worth "
            f"{format_pounds(s['annual_pence'])} a year. Checked on {s['on']}, {s['rules']}. Values are the change in "
            "each household's total with and without the claim; Council Tax Reduction could not be worked out, and "
            f"is to be asked about, in {s['asks'].get('council_tax_reduction', 0)} cases.")
    charts = check_charts(s)
    if markdown:
        lines = ["# Benefit check: what patients are missing", "", head, ""]
        for title, cols, rows in _tables(s):
            lines += [f"## {title}", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
            lines += ["| " + " | ".join(r) + " |" for r in rows] + [""]
        for c in charts:
            if chart_names and c.name in chart_names:
                lines += [f"![{c.title}]({chart_names[c.name]})", ""]
        return "\n".join(lines)
    e = html.escape
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>Benefit check</title></head><body>",
             "<h1>Benefit check: what patients are missing</h1>", f"<p>{e(head)}</p>"]
    for title, cols, rows in _tables(s):
        parts.append(f"<h2>{e(title)}</h2><table><tr>" + "".join(f"<th>{e(c)}</th>" for c in cols) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in rows]
        parts.append("</table>")
    parts += [draw_svg(c) for c in charts if c.values]
    parts.append("</body></html>")
    return "\n".join(parts)


def write_check_report(cc, s: dict[str, Any], path: str | Path) -> None:
    """Write the report to ``path`` (.html, or .md with its charts as .svg files beside it)."""
    from ..io.writers import write_text

    path = Path(path)
    markdown = path.suffix.lower() in (".md", ".markdown")
    names = {}
    if markdown:
        for c in check_charts(s):
            if c.values:
                name = f"{path.stem}-{c.name}.svg"
                write_text(path.with_name(name), draw_svg(c))
                names[c.name] = name
    write_text(path, render_check(s, markdown=markdown, chart_names=names))
