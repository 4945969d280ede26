"""The missing-out report of a caseload check, rendered (aggregates only):
how many patients miss what, the annual value by benefit and certainty,
and by practice or deprivation decile where the caseload has them, with
charts; Markdown (charts as SVG files beside it) or HTML (charts inline),
from the same Jinja2 environment as the funders' report
(``report/templates/check.html`` and ``check.md``; the ``report`` extra).

It computes nothing of its own: every figure is
:meth:`entitlements.check.caseload.CaseloadCheck.summary`'s. What it shows is
disclosure-controlled as the funders' report is: a benefit or group about 1
to 4 patients shows "fewer than 5", and where that hides exactly one figure
of a column, the next-smallest is hidden too ("not shown"), so that no hidden
figure is the total less the rows shown
(:func:`entitlements.report.disclosure.suppressed_cells`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..money import format_pounds
from .charts import Chart, draw_svg
from .disclosure import MIN_GROUP, suppressed_cells
from .sections import NOT_SHOWN, SUPPRESSED, ReportTable, Section, group_label

__all__ = ["check_chart_files", "check_charts", "check_context", "render_check", "write_check_report"]

_TITLE = "Benefit check: what patients are missing"
_CAVEAT = ("These figures are estimates, worked out from what was recorded for each case with the rules in force on "
           "the date checked; they are not decisions of the DWP or a council, and a claim may not be made or won.")
_PRIVACY = (f"Privacy: totals only; no case's details appear. A figure about fewer than {MIN_GROUP} patients shows "
            f"\"{SUPPRESSED}\"; where that leaves one figure of a column hidden, the next-smallest is hidden too "
            f"(\"{NOT_SHOWN}\"), so that it cannot be worked out from the total.")


def _benefit_rows(s: dict[str, Any]) -> tuple[list[tuple[str, ...]], set[int]]:
    """A row a benefit found (patients, annual value, weighted); a benefit
    about 1-4 patients and, where one is, the next-smallest hidden."""
    rows = [(b, r) for b, r in s["by_benefit"].items() if r["patients"]]
    hide = suppressed_cells([r["patients"] for _, r in rows])
    out = []
    for i, (b, r) in enumerate(rows):
        if i in hide:
            mark = SUPPRESSED if r["patients"] < MIN_GROUP else NOT_SHOWN
            out.append((b, mark, mark, mark))
        else:
            out.append((b, f"{r['patients']:,}", format_pounds(r["annual_pence"]), format_pounds(r["weighted_annual_pence"])))
    return out, hide


def check_charts(s: dict[str, Any]) -> list[Chart]:
    """Charts of the annual value and the patients by benefit, and of the
    annual value by each grouping column (hidden figures are not drawn)."""
    rows = [(b, r) for b, r in s["by_benefit"].items() if r["patients"]]
    hide = suppressed_cells([r["patients"] for _, r in rows])
    shown = [(b, r) for i, (b, r) in enumerate(rows) if i not in hide]
    charts = [
        Chart("missing-by-benefit", "Annual value missed, by benefit (£)", tuple(b for b, _ in shown),
              tuple(r["annual_pence"] / 100 for _, r in shown), "benefit", "£ a year"),
        Chart("patients-by-benefit", "Patients missing each benefit", tuple(b for b, _ in shown),
              tuple(float(r["patients"]) for _, r in shown), "benefit", "patients"),
    ]
    for g, groups in s["by_group"].items():
        keep = [x for i, x in enumerate(groups) if i not in _group_hidden(groups) and x["annual_pence"] is not None]
        charts.append(Chart(f"missing-by-{g}", f"Annual value missed, by {g.replace('_', ' ')} (£)",
                            tuple(x["group"] for x in keep), tuple(x["annual_pence"] / 100 for x in keep), g, "£ a year"))
    return charts


def _group_hidden(groups: list[dict[str, Any]]) -> set[int]:
    """The groups hidden: those the summary suppressed (fewer than 5 cases)
    and, where that is exactly one, the next-smallest."""
    small = {i for i, x in enumerate(groups) if x["suppressed"]}
    return suppressed_cells([x["cases"] or 0 for x in groups], small)


def _missing_cells(x: dict[str, Any]) -> tuple[str, str]:
    """A shown group's patients missing out and their value: hidden where
    the summary hid them (1 to 4 patients, or the next-smallest)."""
    if x.get("missing_suppressed"):
        mark = SUPPRESSED if x["missing_suppressed"].startswith("fewer") else NOT_SHOWN
        return mark, mark
    return f"{x['patients_missing']:,}", format_pounds(x["annual_pence"])


def _certainty_rows(s: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """A row a certainty (findings, annual value, weighted): one about 1-4
    findings (so fewer than 5 patients) hidden and, where that is one, the
    next-smallest too, as in the benefit table. A certainty's figures are
    its benefits' added up: where one of them is hidden in the benefit
    table, or its questions to ask are 1 to 4, the certainty's are hidden
    too ("not shown"), or they less the benefits shown would be the hidden
    one's. (Every hidden figure is then among rows hidden: their sum is the
    total less the rows shown, as from the benefit table.)"""
    items = list(s["by_certainty"].items())
    hide = suppressed_cells([r["findings"] for _, r in items])
    rows, benefit_hide = _benefit_rows(s)
    hidden_benefits = {rows[i][0] for i in benefit_hide}
    for i, (_c, r) in enumerate(items):
        # An older summary without the benefits of each certainty: every certainty is hidden where any benefit is.
        if set(r.get("benefits", hidden_benefits)) & hidden_benefits or 0 < r.get("asks", 0) < MIN_GROUP:
            hide.add(i)
    out = []
    for i, (c, r) in enumerate(items):
        if i in hide:
            mark = SUPPRESSED if 0 < r["findings"] < MIN_GROUP else NOT_SHOWN
            out.append((c.replace("_", " "), mark, mark, mark))
        else:
            out.append((c.replace("_", " "), f"{r['findings']:,}", format_pounds(r["annual_pence"]),
                        format_pounds(r["weighted_annual_pence"])))
    return tuple(out)


def _sections(s: dict[str, Any], charts: dict[str, Chart]) -> list[Section]:
    rows, _ = _benefit_rows(s)
    out = [Section("By benefit", ReportTable(("Benefit", "Patients missing it", "Annual value", "Weighted by chance of success"),
                                             tuple(rows)), chart=charts.get("missing-by-benefit")),
           Section("By certainty", ReportTable(("Certainty", "Findings", "Annual value", "Weighted"), _certainty_rows(s)))]
    for g, groups in s["by_group"].items():
        hide = _group_hidden(groups)
        out.append(Section(f"By {g.replace('_', ' ')}", ReportTable((group_label(g), "Cases", "Patients missing something", "Annual value"), tuple(
            (x["group"], SUPPRESSED, "", "") if x["suppressed"] and x["suppressed"].startswith("fewer")
            else (x["group"], NOT_SHOWN, NOT_SHOWN, NOT_SHOWN) if i in hide
            else (x["group"], f"{x['cases']:,}", *_missing_cells(x))
            for i, x in enumerate(groups))), chart=charts.get(f"missing-by-{g}")))
    return out


def check_context(s: dict[str, Any]) -> dict[str, Any]:
    """Everything the check report's templates show, from the summary ``s``."""
    missing, asks = s["patients_missing_something"], s["asks"].get("council_tax_reduction", 0)
    # A figure about 1-4 patients is not shown, here as in the tables.
    worth = (f"{SUPPRESSED} patients are missing something" if 0 < missing < MIN_GROUP else
             f"{missing:,} patients are missing something, worth {format_pounds(s['annual_pence'])} a year")
    # A count of 1-4 cases in all, or checked (the cases less those not read), is a group of fewer than 5 itself.
    checked = (f"{SUPPRESSED.capitalize()} cases in all" if 0 < s["cases"] < MIN_GROUP else
               f"{s['cases']:,} cases; {SUPPRESSED} checked (the others could not be read)" if 0 < s["cases_checked"] < MIN_GROUP
               else f"{s['cases']:,} cases; {s['cases_checked']:,} checked ({s['cases_with_errors']:,} could not be read)")
    basis = s.get("annual_basis", {}).get("text", "")  # where the years add two conventions, said (since 2026-12-08)
    from ..io.caseloads import not_cases_sentence

    apart = not_cases_sentence(s.get("rows_not_cases"))
    checked += f" ({apart})" if apart and not 0 < s["cases"] < MIN_GROUP else ""
    head = (f"{checked}. "
            f"{worth}. Values are the change in each household's total with and "
            "without the claim" + (f"; {basis}" if basis else "") + "; Council Tax Reduction could not be worked out, "
            f"and is to be asked about, in {SUPPRESSED if 0 < asks < MIN_GROUP else f'{asks:,}'} cases.")
    charts = {c.name: c for c in check_charts(s) if c.values}
    return {"title": _TITLE, "on": s["on"], "rules": s["rules"], "caveat": _CAVEAT, "head": head,
            "sections": _sections(s, charts), "privacy": _PRIVACY}


def render_check(s: dict[str, Any], *, markdown: bool, chart_names: dict[str, str] | None = None) -> str:
    """The report as Markdown (``chart_names``: chart name -> the file it
    was written to) or as one HTML page with its charts inline (SVG)."""
    from .render import environment

    env = environment()
    ctx = check_context(s)
    if markdown:
        text = env.get_template("check.md").render(**ctx, charts=dict(chart_names or {}))
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        return text
    from markupsafe import Markup

    from .render import _CSS

    charts = {sec.chart.name: Markup(draw_svg(sec.chart)) for sec in ctx["sections"] if sec.chart is not None}
    return env.get_template("check.html").render(**ctx, charts=charts, css=Markup(_CSS))


def check_chart_files(path: str | Path) -> list[Path]:
    """Every file a Markdown check report at ``path`` may write its charts
    to (``<name>-<chart>.svg``: by benefit, and by each grouping column)."""
    from ..io.headers import GROUPING_COLUMNS

    p = Path(path)
    names = ["missing-by-benefit", "patients-by-benefit"] + [f"missing-by-{g}" for g in GROUPING_COLUMNS]
    return [p.with_name(f"{p.stem}-{n}.svg") for n in names]


def write_check_report(cc, s: dict[str, Any], path: str | Path) -> None:
    """Write the report to ``path`` (.html, or .md with its charts as .svg
    files beside it), each file to a temporary name moved into place. As the
    funders' report (:func:`entitlements.report.write_report`): never over
    the caseload read, and a chart over an existing file only where an
    earlier report wrote it (a one-line error before anything is written).
    Needs Jinja2 (the ``report`` extra): without it, a one-line error before
    anything is written."""
    from ..io.files import refuse_overwriting
    from ..io.writers import write_text
    from .render import environment
    from .write import CHART_MARK, refuse_foreign_chart

    environment()
    path = Path(path)
    markdown = path.suffix.lower() in (".md", ".markdown")
    charts = [(c, path.with_name(f"{path.stem}-{c.name}.svg")) for c in check_charts(s) if c.values] if markdown else []
    source = getattr(getattr(cc, "caseload", None), "path", None)
    refuse_overwriting([("caseload", source)], [("report", path)] + [("report chart", f) for _, f in charts])
    for _, f in charts:
        refuse_foreign_chart(f)
    names = {}
    for c, f in charts:
        write_text(f, f"<!-- {CHART_MARK.decode()} -->\n" + draw_svg(c))
        names[c.name] = f.name
    write_text(path, render_check(s, markdown=markdown, chart_names=names))
