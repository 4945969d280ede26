"""The funders' report rendered: Markdown, or one self-contained HTML page.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping, Sequence

from ..gain.caseload import CaseloadGains
from .charts import draw_png, draw_svg
from .sections import parts

__all__ = ["render_markdown", "render_html"]


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|$~"})


def _md(text: str) -> str:
    """Text as Markdown shows it literally: its markup characters escaped,
    and & < > as HTML entities (a ``<script>`` in a grouping value stays text)."""
    return html.escape(str(text), quote=False).translate(_MD_SPECIAL).replace("\n", " ")


def _table_md(header: list[str], rows: list[list[str]]) -> str:
    numeric = [i > 0 and all(r[i][:1] in "£-0123456789" for r in rows if r[i]) for i in range(len(header))]
    out = ["| " + " | ".join(map(_md, header)) + " |", "|" + "|".join("---:" if numeric[i] else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(map(_md, r)) + " |" for r in rows]
    return "\n".join(out)


def _table_html(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(x)}</th>" for x in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_markdown(g: CaseloadGains, *, title: str = "Income gain report", images: Mapping[str, str] | None = None,
                    group_by: Sequence[str] | None = None) -> str:
    """The report as Markdown. ``images`` maps a chart name to the file it
    was written to (charts without one are left out)."""
    s = g.summary(group_by)
    out = []
    for kind, x in parts(g, s, title):
        if kind == "h1":
            out.append(f"# {_md(x)}\n")
        elif kind == "h2":
            out.append(f"\n## {_md(x)}\n")
        elif kind == "p":
            out.append(_md(x) + "\n")
        elif kind == "table":
            out.append(_table_md(*x) + "\n")
        elif kind == "list":
            out.extend(f"- {_md(line)}" for line in x)
            out.append("")
        elif kind == "chart" and images and x.name in images:
            out.append(f"![{_md(x.title)}](<{images[x.name]}>)\n")
    return "\n".join(out)


_CSS = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "table{border-collapse:collapse;margin:0.5rem 0 1rem}th,td{border:1px solid #ccc;padding:0.25rem 0.6rem;text-align:right}"
        "th:first-child,td:first-child{text-align:left}th{background:#eef3f6}h1{color:#1f4e66}h2{color:#2b6f8e;margin-top:2rem}"
        "img,svg{max-width:100%;height:auto}")


def render_html(g: CaseloadGains, *, title: str = "Income gain report", plots: bool = True,
                group_by: Sequence[str] | None = None) -> str:
    """The report as one self-contained HTML page: PNG charts (matplotlib)
    embedded, or SVG charts where matplotlib is not installed."""
    s = g.summary(group_by)
    body = []
    for kind, x in parts(g, s, title):
        if kind == "h1":
            body.append(f"<h1>{html.escape(x)}</h1>")
        elif kind == "h2":
            body.append(f"<h2>{html.escape(x)}</h2>")
        elif kind == "p":
            body.append(f"<p>{html.escape(x)}</p>")
        elif kind == "table":
            body.append(_table_html(*x))
        elif kind == "list":
            body.append("<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in x) + "</ul>")
        elif kind == "chart" and plots:
            png = draw_png(x)
            if png is not None:
                body.append(f'<figure><img alt="{html.escape(x.title)}" src="data:image/png;base64,{base64.b64encode(png).decode()}"/></figure>')
            else:
                body.append(f"<figure>{draw_svg(x)}</figure>")
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
