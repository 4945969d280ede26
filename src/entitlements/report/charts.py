"""The report's charts: what they show, drawn as PNG (matplotlib) or SVG.

:func:`report_charts` chooses the charts from a caseload's gains and summary;
:func:`draw_png` draws one with matplotlib where it is installed, :func:`draw_svg`
without it.
"""

from __future__ import annotations

import html
import io
import math
from typing import Any

import attrs
import numpy as np

from ..gain.caseload import CaseloadGains

__all__ = ["Chart", "report_charts", "draw_png", "draw_svg", "BENEFIT_LABELS"]


BENEFIT_LABELS = {"uc": "Universal Credit", "pip": "PIP", "dla": "DLA", "carers_allowance": "Carer's Allowance",
                   "child_benefit": "Child Benefit", "attendance_allowance": "Attendance Allowance", "other": "Other benefits",
                  "housing_benefit": "Housing Benefit", "council_tax_reduction": "Council Tax Reduction",
                  "council_tax": "Council tax (band or discount corrected)"}


#: Groups smaller than this are not drawn (see entitlements.report.sections.MIN_GROUP).
_MIN_GROUP = 5


@attrs.frozen
class Chart:
    """One chart of the report: its file name, title, bars (labels and values) and axis labels."""

    name: str
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    xlabel: str
    ylabel: str


def report_charts(g: CaseloadGains, s: dict[str, Any]) -> list[Chart]:
    """The charts the report shows for a caseload's gains ``g`` and its summary ``s``."""
    charts = []
    bb = s["annual_gain_by_benefit_pence"]
    charts.append(Chart("gains_by_benefit", "Annual income gain by benefit",
                         tuple(BENEFIT_LABELS.get(k, k) for k in bb), tuple(v / 100 for v in bb.values()), "", "£ a year"))
    a = g.annual[g.valid] / 100
    if a.size:
        top = max(float(a.max()), 1.0)
        bottom = min(float(a.min()), 0.0)
        span = top - bottom
        width = 10 ** math.floor(math.log10(span / 10)) if span >= 10 else 1
        width = next(w for w in (width, 2 * width, 5 * width, 10 * width) if span / w <= 12)
        edges = np.arange(math.floor(bottom / width) * width, top + width, width)
        counts, _ = np.histogram(a, bins=edges)
        counts = np.where(counts < _MIN_GROUP, 0, counts)  # a bar of 1 to 4 cases is not drawn
        labels = tuple(f"£{int(edges[i]):,} to {int(edges[i + 1]):,}" for i in range(len(counts)))
        charts.append(Chart("distribution", "Distribution of annual gain per case", labels, tuple(float(x) for x in counts),
                             "annual gain", "cases"))
    for col in ("imd_decile", "deprivation_decile"):
        if col in s["by_group"]:
            d = {k: v for k, v in s["by_group"][col].items() if v["cases"] >= _MIN_GROUP}
            charts.append(Chart("by_decile", "Annual income gain by deprivation decile (1 = most deprived)",
                                 tuple(d), tuple(v["annual_gain_pence"] / 100 for v in d.values()), "IMD decile", "£ a year"))
            break
    by = {k: v for k, v in s["by_outcome"].items() if v["cases"] >= _MIN_GROUP}
    if by:
        charts.append(Chart("by_outcome", "Annual income gain by outcome", tuple(k.replace("_", " ") for k in by),
                             tuple(v["annual_gain_pence"] / 100 for v in by.values()), "", "£ a year"))
    return charts


def draw_png(chart: Chart) -> bytes | None:
    """The chart as PNG bytes, drawn with matplotlib; None where matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    fig, ax = plt.subplots(figsize=(7.5, 3.6), dpi=100)
    ax.bar(range(len(chart.values)), chart.values, color="#2b6f8e")
    ax.set_xticks(range(len(chart.labels)), chart.labels, rotation=30 if len(chart.labels) > 5 else 0, ha="right" if len(chart.labels) > 5 else "center", fontsize=8)
    for label in ax.get_xticklabels():  # a label such as "$$" is text, not mathematics
        label.set_parse_math(False)
    ax.set_title(chart.title, fontsize=11)
    ax.set_ylabel(chart.ylabel)
    if chart.xlabel:
        ax.set_xlabel(chart.xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    from matplotlib.ticker import FuncFormatter

    money = chart.ylabel.startswith("£")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: (f"£{x:,.0f}" if money else f"{x:,.0f}")))
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": "entitlements report chart"})
    plt.close(fig)
    return buf.getvalue()


def draw_svg(chart: Chart) -> str:
    """A bar chart as SVG, for when matplotlib is not installed."""
    w, h, left, bottom, top = 720, 320, 70, 90, 30
    n = max(len(chart.values), 1)
    vmax = max([v for v in chart.values] + [1e-9])
    bw = (w - left - 20) / n
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="{html.escape(chart.title)}" font-family="sans-serif" font-size="11">',
           f'<text x="{w / 2}" y="18" text-anchor="middle" font-size="14">{html.escape(chart.title)}</text>',
           f'<line x1="{left}" y1="{h - bottom}" x2="{w - 10}" y2="{h - bottom}" stroke="#333"/>']
    for i in range(5):
        y = h - bottom - (h - bottom - top) * i / 4
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{vmax * i / 4:,.0f}</text>')
    for i, (lab, v) in enumerate(zip(chart.labels, chart.values)):
        bh = (h - bottom - top) * (v / vmax if vmax else 0)
        x = left + i * bw + bw * 0.1
        out.append(f'<rect x="{x:.1f}" y="{h - bottom - bh:.1f}" width="{bw * 0.8:.1f}" height="{bh:.1f}" fill="#2b6f8e"><title>{html.escape(lab)}: {v:,.2f}</title></rect>')
        out.append(f'<text transform="translate({x + bw * 0.4:.1f},{h - bottom + 12}) rotate(35)" text-anchor="start">{html.escape(lab)}</text>')
    out.append(f'<text transform="translate(14,{(h - bottom) / 2}) rotate(-90)" text-anchor="middle">{html.escape(chart.ylabel)}</text>')
    out.append("</svg>")
    return "\n".join(out)
