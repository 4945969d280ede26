"""How a result shows itself in a notebook: a compact HTML table, and a short ``repr``.

Jupyter calls an object's ``_repr_html_`` to show it. The results
(:class:`~entitlements.estimate.Estimate`, :class:`~entitlements.gain.household.Gain`,
:class:`~entitlements.caseload.CaseloadEstimate`,
:class:`~entitlements.gain.caseload.CaseloadGains`) build their tables from
their own figures and hand them to :func:`html_card`, which escapes every
text (a household's name or a grouping value is data, never markup) and
never shows an array: a caseload shows its totals, and its rows are one
call away (``to_dataframe()``). :func:`short_repr` is the plain ``repr``:
one line, whatever the size of the result.

>>> print(html_card("Universal Credit <test>", [("Award", "£1.00", "")], []))  # doctest: +ELLIPSIS
<div class="entitlements-result">...Universal Credit &lt;test&gt;...</div>
>>> short_repr("Estimate", "UC £1.00 a month")
'<Estimate: UC £1.00 a month>'
"""

from __future__ import annotations

import html
from collections.abc import Sequence

__all__ = ["Headline", "ResultLine", "html_card", "short_repr"]

#: A headline row: (measure, value, hover text).
Headline = tuple[str, str, str]
#: A line of a table: (op, label, amount (or one a column), source, hover text); op is "+", "-", "=" or "".
ResultLine = tuple[str, str, "str | tuple[str, ...]", str, str]

_STYLE = (
    "<style>.entitlements-result table{border-collapse:collapse;margin:0.2em 0 0.6em}"
    ".entitlements-result th,.entitlements-result td{padding:0.1em 0.6em;text-align:left;vertical-align:top}"
    ".entitlements-result td.amount{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    ".entitlements-result td.source,.entitlements-result .note{color:#555;font-size:0.85em}"
    ".entitlements-result caption{text-align:left;font-weight:bold}</style>"
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _hover(text: str) -> str:
    return f' title="{_e(text)}"' if text else ""


def html_card(
    title: str,
    headline: Sequence[Headline],
    lines: Sequence[ResultLine],
    *,
    lines_caption: str = "",
    amount_headers: Sequence[str] = ("Amount",),
    label_header: str = "Line",
    notes: Sequence[str] = (),
    footer: str = "",
) -> str:
    """One result as HTML: a title, its headline figures, its lines (each
    with its source in a column and any detail as hover text; an amount a
    column of ``amount_headers``), notes and a footer (the rules version).
    Every text is escaped."""
    out = [f'<div class="entitlements-result">{_STYLE}<table><caption>{_e(title)}</caption><tbody>']
    for label, value, hover in headline:
        out.append(f"<tr><th{_hover(hover)}>{_e(label)}</th><td class=\"amount\">{_e(value)}</td></tr>")
    out.append("</tbody></table>")
    if lines:
        out.append("<table>" + (f"<caption>{_e(lines_caption)}</caption>" if lines_caption else ""))
        with_source = any(line[3] for line in lines)
        heads = "".join(f"<th>{_e(h)}</th>" for h in amount_headers) + ("<th>Source</th>" if with_source else "")
        out.append(f"<thead><tr><th></th><th>{_e(label_header)}</th>{heads}</tr></thead><tbody>")
        for op, label, amount, source, hover in lines:
            cells = "".join(f'<td class="amount">{_e(a)}</td>' for a in ((amount,) if isinstance(amount, str) else amount))
            out.append(f"<tr><td>{_e(op)}</td><td{_hover(hover)}>{_e(label)}</td>{cells}"
                       + (f'<td class="source">{_e(source)}</td>' if with_source else "") + "</tr>")
        out.append("</tbody></table>")
    for n in notes:
        out.append(f'<p class="note">{_e(n)}</p>')
    if footer:
        out.append(f'<p class="note">{_e(footer)}</p>')
    out.append("</div>")
    return "".join(out)


def short_repr(kind: str, text: str) -> str:
    """``<Kind: text>``: a result's plain ``repr``, one line."""
    return f"<{kind}: {text}>"
