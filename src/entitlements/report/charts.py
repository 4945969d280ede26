"""The report's charts: what they show, drawn as PNG (matplotlib) or SVG.

:func:`report_charts` chooses the charts from a caseload's gains and summary;
:func:`draw_png` draws one with matplotlib where it is installed, :func:`draw_svg`
without it.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import math
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import numpy as np

from ..gain.caseload import BENEFIT_NAMES, CaseloadGains
from ..gain.pension_age import KNOCK_ON_BENEFITS
from ..gain.summary import NO_DECISION_DATE

__all__ = ["Chart", "report_charts", "draw_png", "draw_svg", "BENEFIT_LABELS", "OUTCOME_LABELS"]


#: Benefits as people name them (also :data:`entitlements.gain.caseload.BENEFIT_NAMES`).
BENEFIT_LABELS = dict(BENEFIT_NAMES)


def benefit_label(key: str) -> str:
    """A benefit's name in a report's figures by benefit: a benefit an
    outcome changes in passing (:data:`~entitlements.gain.pension_age.KNOCK_ON_BENEFITS`:
    Pension Credit, Housing Benefit, Council Tax Reduction) is its "change",
    which can be a fall (a minus figure), not a gain.

    >>> benefit_label("council_tax_reduction"), benefit_label("uc")
    ('Council Tax Reduction change', 'Universal Credit')
    """
    name = BENEFIT_LABELS.get(key, key)
    return f"{name} change" if key in KNOCK_ON_BENEFITS else name


#: Advice outcomes as people name them.
OUTCOME_LABELS = {"lcwra_found": "LCWRA found", "lcw_found": "LCW found", "pip_awarded": "PIP awarded",
                  "dla_awarded": "DLA awarded", "carer_element": "Carer element", "carers_allowance": "Carer's Allowance",
                  "benefit_cap_exemption": "Benefit cap exemption", "housing_change": "Housing costs changed",
                  "income_change": "Income changed", "benefit_claimed": "Benefit claimed",
                  "hb_awarded": "Housing Benefit awarded", "ctr_awarded": "Council Tax Reduction awarded",
                  "council_tax_band_corrected": "Council tax band corrected",
                  "council_tax_discount_corrected": "Council tax discount corrected"}

#: Bar colours: confirmed, then predicted.
_COLOURS = ("#2b6f8e", "#e0a030")

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
    #: Bars side by side: (name, values) a series (confirmed, then predicted); never stacked,
    #: as a stack would add one to the other. ``values`` is then their sum (for the axis only).
    stack: tuple[tuple[str, tuple[float, ...]], ...] = ()
    #: For each series of ``stack``, which bars are hidden (drawn at nil height, and said to be not shown,
    #: never "0.00", in a tooltip).
    hidden: tuple[tuple[bool, ...], ...] = ()


def _stacked(name: str, title: str, groups: dict[str, Any], labels, xlabel: str, *,
             hidden: tuple[set[int], set[int]] | None = None, leave_out: tuple[str, ...] = ()) -> Chart | None:
    """Confirmed and predicted (weighted) annual gains [pence] of ``groups``
    (summary blocks) as bars side by side in pounds: a group of fewer than 5
    cases is not drawn, nor a part (confirmed or predicted) about fewer than
    5, nor, where that hides exactly one, the next-smallest
    (:func:`~entitlements.report.disclosure.suppressed_cells`), chosen as
    the report's table of the same groups chooses them: over every group of
    the table (``leave_out``: groups the table has and the chart does not
    draw), or the table's own choice (``hidden``: confirmed, predicted).
    None where no bar is left to draw."""
    from .disclosure import suppressed_cells

    blocks = list(groups.values())
    sizes = [b["cases"] for b in blocks]
    small = {i for i, n in enumerate(sizes) if 0 < n < _MIN_GROUP} if hidden is None else set()
    # A bar about 1-4 cases is not drawn, and where one is not, nor the next-smallest (secondary suppression).
    hide_c, hide_p = hidden if hidden is not None else (
        suppressed_cells([b["confirmed_cases"] for b in blocks], small, sizes),
        suppressed_cells([b["predicted_cases"] for b in blocks], small, sizes))
    names = list(groups)
    keep = [i for i in range(len(blocks)) if i not in small and sizes[i] and names[i] not in leave_out]
    c = tuple(0.0 if i in hide_c or blocks[i]["confirmed_cases"] < _MIN_GROUP else blocks[i]["confirmed_annual_gain_pence"] / 100
              for i in keep)
    p = tuple(0.0 if i in hide_p or blocks[i]["predicted_cases"] < _MIN_GROUP else blocks[i]["predicted_annual_gain_weighted_pence"] / 100
              for i in keep)
    if not any(c) and not any(p):  # every bar hidden (or nil): an empty frame says nothing, so none is drawn
        return None
    hid = (tuple(i in hide_c or blocks[i]["confirmed_cases"] < _MIN_GROUP and blocks[i]["confirmed_cases"] > 0 for i in keep),
           tuple(i in hide_p or blocks[i]["predicted_cases"] < _MIN_GROUP and blocks[i]["predicted_cases"] > 0 for i in keep))
    return Chart(name, title, tuple(labels(names[i]) for i in keep), tuple(a + b for a, b in zip(c, p)), xlabel, "£ a year",
                 stack=(("Confirmed", c), ("Predicted, weighted", p)), hidden=hid)


def report_charts(g: CaseloadGains, s: dict[str, Any]) -> list[Chart]:
    """The charts the report shows for a caseload's gains ``g`` and its summary ``s``:
    confirmed and predicted (weighted) annual gains by benefit, by month of
    decision, by deprivation decile and by outcome (side by side, never one bar
    that adds them); the distribution of the annual gain per case."""
    charts = []
    conf, pred = s["confirmed"], s["predicted"]
    def n_of(block: dict[str, Any], k: str) -> int:  # cases a benefit's figure is about (older summaries: all)
        return block["cases_by_benefit"].get(k, 0) if "cases_by_benefit" in block else block["cases"]

    by_benefit = {k: {"cases": n_of(conf, k) + n_of(pred, k), "confirmed_cases": n_of(conf, k), "predicted_cases": n_of(pred, k),
                      "confirmed_annual_gain_pence": conf["annual_gain_by_benefit_pence"].get(k, 0),
                      "predicted_annual_gain_weighted_pence": pred["annual_gain_weighted_by_benefit_pence"].get(k, 0)}
                  for k in s["annual_gain_by_benefit_pence"]}
    from .disclosure import benefit_cells

    _keys, _n_c, _n_p, hide_c, hide_p = benefit_cells(s)
    charts.append(_stacked("gains_by_benefit", "Annual income gain by benefit", by_benefit, benefit_label, "",
                           hidden=(hide_c, hide_p)))
    months = s.get("by_month_of_decision", {})
    if any(k != NO_DECISION_DATE for k in months):
        # Hidden as in the table of months, which has the cases without a decision date too (not drawn).
        charts.append(_stacked("by_month", "Annual income gain by month of decision", months,
                               lambda k: dt.date(int(k[:4]), int(k[5:7]), 1).strftime("%b %Y"), "month of decision",
                               leave_out=(NO_DECISION_DATE,)))
    a = g.annual[g.valid] / 100
    if a.size:
        top = max(float(a.max()), 1.0)
        bottom = min(float(a.min()), 0.0)
        span = top - bottom
        width = 10 ** math.floor(math.log10(span / 10)) if span >= 10 else 1
        width = next(w for w in (width, 2 * width, 5 * width, 10 * width) if span / w <= 12)
        edges = np.arange(math.floor(bottom / width) * width, top + width, width)
        counts, _ = np.histogram(a, bins=edges)
        small = (counts > 0) & (counts < _MIN_GROUP)
        if small.sum() == 1 and (counts >= _MIN_GROUP).any():
            # The report says how many cases there are: with one bar hidden, they less the bars drawn would be its
            # count (and where it lies between two drawn, its range too): the smallest bar drawn is hidden with it.
            big = np.flatnonzero(counts >= _MIN_GROUP)
            small[big[np.argmin(counts[big])]] = True
        counts = np.where(small | (counts < _MIN_GROUP), 0, counts)  # a bar of 1 to 4 cases is not drawn
        drawn = np.flatnonzero(counts)
        # The axis ends at the bars drawn: an end bar not drawn would still place the least or most case's gain.
        counts, edges = (counts[drawn[0]:drawn[-1] + 1], edges[drawn[0]:drawn[-1] + 2]) if drawn.size else (counts[:0], edges[:1])
        labels = tuple(f"£{int(edges[i]):,} to {int(edges[i + 1]):,}" for i in range(len(counts)))
        if labels:
            charts.append(Chart("distribution", "Distribution of annual gain per case", labels, tuple(float(x) for x in counts),
                                "annual gain if won", "cases"))
    for col in ("imd_decile", "deprivation_decile"):
        if col in s["by_group"]:
            from .sections import linked_hidden  # the table's cells hidden, with the tables it nests in known

            hide = linked_hidden(s["by_group"], s.get("group_nesting", {}))[col]
            charts.append(_stacked("by_decile", "Annual income gain by deprivation decile (1 = most deprived)",
                                   s["by_group"][col], str, "deprivation decile", hidden=(hide[2], hide[3])))
            break
    if s["by_outcome"]:
        charts.append(_stacked("by_outcome", "Annual income gain by outcome", s["by_outcome"],
                               lambda k: OUTCOME_LABELS.get(k, k.replace("_", " ")), ""))
    return [c for c in charts if c is not None]


_T = TypeVar("_T")


def _import_pyplot() -> Any:
    """matplotlib's pyplot, drawing with the Agg backend (no window)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _holding_interrupts(load: Callable[[], _T]) -> _T:
    """``load()``, with a Ctrl-C that arrives during it held until it ends
    and then raised (KeyboardInterrupt, or the handler in place is called).

    matplotlib's first import takes a second or more, and a Ctrl-C in it
    was seen lost: matplotlib caught what the interrupt became while it
    imported its 3-D toolkit (it warned "Unable to import Axes3D") and went
    on, so a run stopped by the user finished with exit 0. A second Ctrl-C
    during it is raised at once. Outside the main thread, where no handler
    can be set, ``load()`` is called as it is."""
    import signal
    import threading

    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) in (None, signal.SIG_IGN)):
        return load()  # None: a handler set outside Python, which cannot be put back; SIG_IGN: Ctrl-C is ignored
    held: list[Any] = []

    def hold(signum: int, frame: Any) -> None:
        if held:  # a second Ctrl-C (the import is slow: matplotlib's first builds its font cache) stops it at once
            raise KeyboardInterrupt
        held.append(frame)

    before = signal.signal(signal.SIGINT, hold)
    try:
        return load()
    finally:
        signal.signal(signal.SIGINT, before)
        if held:
            if callable(before):
                before(signal.SIGINT, held[0])
            elif before == signal.SIG_DFL:
                raise KeyboardInterrupt


def draw_png(chart: Chart) -> bytes | None:
    """The chart as PNG bytes, drawn with matplotlib; None where matplotlib is not installed."""
    try:
        plt = _holding_interrupts(_import_pyplot)
    except ImportError:
        return None
    fig, ax = plt.subplots(figsize=(7.5, 3.6), dpi=100)
    x = range(len(chart.values))
    if chart.stack:
        k = len(chart.stack)
        for j, ((name, vals), colour) in enumerate(zip(chart.stack, _COLOURS)):
            ax.bar([i + (j - (k - 1) / 2) * 0.8 / k for i in x], vals, width=0.8 / k, color=colour, label=name)
        ax.legend(frameon=False, fontsize=8)
    else:
        ax.bar(x, chart.values, color=_COLOURS[0])
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
    vmax = max([v for _, vals in chart.stack for v in vals] if chart.stack else list(chart.values)) if chart.values else 0
    vmax = max(vmax, 1e-9)
    bw = (w - left - 20) / n
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="{html.escape(chart.title)}" font-family="sans-serif" font-size="11">',
           f'<text x="{w / 2}" y="18" text-anchor="middle" font-size="14">{html.escape(chart.title)}</text>',
           f'<line x1="{left}" y1="{h - bottom}" x2="{w - 10}" y2="{h - bottom}" stroke="#333"/>']
    for i in range(5):
        y = h - bottom - (h - bottom - top) * i / 4
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{vmax * i / 4:,.0f}</text>')
    stack = chart.stack or (("", chart.values),)
    for i, lab in enumerate(chart.labels):
        x = left + i * bw + bw * 0.1
        for j, ((name, vals), colour) in enumerate(zip(stack, _COLOURS)):
            v = vals[i]
            bh = (h - bottom - top) * (v / vmax if vmax else 0)
            hidden = bool(chart.hidden) and chart.hidden[j][i]
            what = (f"{html.escape(lab)}{': ' + html.escape(name) if name else ''}: "
                    + ("not shown (fewer than 5 cases, or the next-smallest)" if hidden else f"{v:,.2f}"))
            out.append(f'<rect x="{x + j * bw * 0.8 / len(stack):.1f}" y="{h - bottom - bh:.1f}" width="{bw * 0.8 / len(stack):.1f}" '
                       f'height="{bh:.1f}" fill="{colour}"><title>{what}</title></rect>')
        out.append(f'<text transform="translate({x + bw * 0.4:.1f},{h - bottom + 12}) rotate(35)" text-anchor="start">{html.escape(lab)}</text>')
    out.append(f'<text transform="translate(14,{(h - bottom) / 2}) rotate(-90)" text-anchor="middle">{html.escape(chart.ylabel)}</text>')
    for j, ((name, _), colour) in enumerate(zip(chart.stack, _COLOURS)):
        out.append(f'<rect x="{w - 180}" y="{top + 14 * j}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{w - 165}" y="{top + 14 * j + 9}">{html.escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out)
