"""The funders' report rendered from its templates: Markdown, or one self-contained HTML page.

The templates are ``report/templates/report.html`` and ``report.md``
(Jinja2, shipped in the package); what they show is
:func:`entitlements.report.sections.report_context`. Jinja2 is an optional
dependency (the ``report`` extra): without it, rendering raises
:class:`~entitlements.errors.MissingExtra` with a one-line message
saying how to install it, and the command says the same. Nothing is done at
import: the templates are loaded when a report is rendered.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import MissingExtra
from ..gain.caseload import CaseloadGains
from .charts import draw_png, draw_svg
from .sections import report_context

__all__ = ["render_markdown", "render_html", "environment", "NEEDS_JINJA2"]

#: What a report says where Jinja2 is not installed.
NEEDS_JINJA2 = "the report needs Jinja2: pip install 'entitlements[report]'"

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|$~"})


def _md(text: Any) -> str:
    """Text as Markdown shows it literally: its markup characters escaped,
    and & < > as HTML entities (a ``<script>`` in a grouping value stays text)."""
    return html.escape(str(text), quote=False).translate(_MD_SPECIAL).replace("\n", " ")


def environment():
    """The Jinja2 environment of the report's templates (HTML escaped
    automatically; Markdown through the ``md`` filter; an undefined name is
    an error, not a blank)."""
    try:
        import jinja2
    except ImportError:
        raise MissingExtra("report", "jinja2", "report", NEEDS_JINJA2) from None
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("entitlements.report", "templates"),
        autoescape=jinja2.select_autoescape(["html"], default_for_string=False, default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = _md
    return env


def render_markdown(g: CaseloadGains, *, title: str = "Income gain report", images: Mapping[str, str] | None = None,
                    group_by: Sequence[str] | None = None, period: str | None = None, made: dt.date | None = None) -> str:
    """The report as Markdown. ``images`` maps a chart name to the file it
    was written to (charts without one are left out)."""
    env = environment()
    ctx = report_context(g, g.summary(group_by), title=title, period=period, made=made)
    text = env.get_template("report.md").render(**ctx, charts=dict(images or {}))
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


_CSS = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "table{border-collapse:collapse;margin:0.5rem 0 1rem}th,td{border:1px solid #ccc;padding:0.25rem 0.6rem;text-align:left}"
        "td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#eef3f6}h1{color:#1f4e66;margin-bottom:0.2rem}"
        "h2{color:#2b6f8e;margin-top:2rem}.period{font-size:1.15rem;margin:0}.made{color:#555;margin-top:0.2rem}"
        ".caveat{background:#fff6e0;border-left:4px solid #e0a030;padding:0.5rem 0.8rem}"
        "img,svg{max-width:100%;height:auto}")


def render_html(g: CaseloadGains, *, title: str = "Income gain report", plots: bool = True,
                group_by: Sequence[str] | None = None, period: str | None = None, made: dt.date | None = None) -> str:
    """The report as one self-contained HTML page: PNG charts (matplotlib)
    embedded, or SVG charts where matplotlib is not installed."""
    from markupsafe import Markup

    env = environment()
    ctx = report_context(g, g.summary(group_by), title=title, period=period, made=made)
    charts: dict[str, Any] = {}
    if plots:
        for sec in ctx["sections"]:
            c = sec.chart
            if c is None:
                continue
            png = draw_png(c)
            charts[c.name] = Markup(
                f'<img alt="{html.escape(c.title)}" src="data:image/png;base64,{base64.b64encode(png).decode()}"/>'
                if png is not None else draw_svg(c))  # draw_svg escapes every text it holds
    return env.get_template("report.html").render(**ctx, charts=charts, css=Markup(_CSS))
