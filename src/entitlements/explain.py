"""Explanations: every amount with its label and legal citation.

A :class:`Breakdown` is a list of :class:`Line` objects, rendered as text
for people (an adviser's working sheet: pounds and pence, UK dates) or as
JSON-ready dicts for programs.

A citation built from a rule row carries marks that qualify it (see
:func:`row_citation`); each mark in :data:`MARKS` is explained once, in a footnote
under the breakdown, however many lines carry it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from .money import format_pounds
from .wrapping import wrap

__all__ = ["Line", "Breakdown", "uk_date", "row_citation", "render_sheet", "MARKS", "POLICY_MARKS", "UNVERIFIED"]

#: The mark of a figure that no official text confirming it could be read
#: (a rule row with ``verified = false``; ``entitlements tables --unverified``).
UNVERIFIED = "[unverified]"

#: Marks a citation may carry, with the footnote that explains each (once).
MARKS: Mapping[str, str] = {
    UNVERIFIED: f"{UNVERIFIED} No official text confirming this figure could be read; the rule table's note says "
    "what it rests on instead (list them all: entitlements tables --unverified).",
    "[announced]": "[announced] The amount was announced by the government (in the annual benefit uprating "
    "statement, a Budget or the like) but is not yet law: the Order or Act that makes it may differ.",
    "[held]": "[held] The rule tables end before this date, so the last known amount is carried forward (rates "
    "policy hold): an assumption, not the law. The amount for the new year may differ once it is set.",
    "[uprated]": "[uprated] The rule tables end before this date, so the last known amount is raised by the "
    "percentage assumed from the benefit's uprating date, rounded as the Up-rating Orders round (rates policy "
    "uprate): an assumption, not the law.",
    "[frozen by law]": "[frozen by law] The rule tables end before this date, but the law keeps this amount "
    "unchanged (the provision is cited), so the last known amount is used.",
}

#: The mark a citation carries for a row of each status a rates policy adds.
POLICY_MARKS: Mapping[str, str] = {"held": "[held]", "uprated": "[uprated]", "frozen": "[frozen by law]"}


def row_citation(row) -> str:
    """A rule row's source with its marks: ``[unverified]`` (the figure could
    not be read in the text cited), ``[announced]`` (not yet law) and
    ``[overlay]`` (from an overlay, not the shipped rules), and the mark of a
    row a rates policy added (``[held]``, ``[uprated]``, ``[frozen by law]``)."""
    s = row.source
    if not row.verified:
        s += " " + UNVERIFIED
    if row.status == "announced":
        s += " [announced]"
    if row.status in POLICY_MARKS:
        s += " " + POLICY_MARKS[row.status]
    if row.origin != "shipped":
        s += " [overlay]"
    return s


def uk_date(d: dt.date) -> str:
    """``06/04/2026``."""
    return d.strftime("%d/%m/%Y")


@attrs.frozen
class Line:
    """One line of a breakdown.

    ``op`` is ``"+"`` (added), ``"-"`` (taken off), ``"="`` (a total) or
    ``" "`` (the first amount, or information). ``amount`` is pence for the
    period of the breakdown, or ``None`` for a note without an amount.
    """

    label: str
    amount: int | None
    citation: str = ""
    op: str = "+"
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "op": self.op,
            "amount_pence": self.amount,
            "amount": None if self.amount is None else format_pounds(self.amount),
            "citation": self.citation,
            "detail": self.detail,
        }


@attrs.frozen
class Breakdown:
    """A titled list of lines for one benefit and one period."""

    title: str
    period: str
    lines: tuple[Line, ...]
    rules: str
    notes: tuple[str, ...] = ()

    @property
    def footnotes(self) -> tuple[str, ...]:
        """The explanation of each mark (:data:`MARKS`) that a line carries."""
        text = " ".join(f"{l.citation} {l.detail}" for l in self.lines)
        return tuple(note for mark, note in MARKS.items() if mark in text)

    def render(self, *, width: int | None = None, footnotes: bool = True) -> str:
        """The breakdown as plain text (``footnotes=False`` leaves the
        footnotes out, for a sheet that gathers them once at its end: see
        :func:`render_sheet`).

        ``width``: wrap to that many characters (a terminal's width): each
        amount stays on its line, its citation goes under it, and no word or
        citation is split. ``None``: one line an amount, citations beside
        (the wide layout)."""
        if width is not None:
            return self._render_wrapped(width, footnotes)
        width = 100
        head = f"{self.title}, {self.period}"
        out = [f"{head}{' ' * max(2, width - len(head) - len(self.rules))}{self.rules}"]
        label_w = max([len(l.label) + 2 for l in self.lines] + [40])
        for l in self.lines:
            amount = "" if l.amount is None else format_pounds(l.amount)
            text = f"{l.op} {l.label:<{label_w}}{amount:>12}   {l.citation}".rstrip()
            out.append(text)
            if l.detail:
                out.append(f"    {l.detail}")
        for n in self.notes:
            out.append(f"  Note: {n}")
        for f in self.footnotes if footnotes else ():
            out.append(f"  {f}")
        return "\n".join(out)

    def _render_wrapped(self, width: int, footnotes: bool) -> str:
        """The breakdown wrapped to ``width``: amounts in a right-hand column,
        labels wrapped beside them, details and citations under them."""
        width = max(width, 40)
        amount_w = 12
        # The amounts' column: as far right as the longest label needs, at most the terminal's width.
        label_w = min(width - 2 - amount_w, max([len(l.label) + 2 for l in self.lines] + [40]))
        table_w = max(label_w + 2 + amount_w, min(width, len(self.title) + len(self.period) + len(self.rules) + 4))
        head = f"{self.title}, {self.period}"
        out = wrap(head, table_w, subsequent="  ")
        if len(out[-1]) + 2 + len(self.rules) <= table_w:
            out[-1] = f"{out[-1]}{' ' * (table_w - len(out[-1]) - len(self.rules))}{self.rules}"
        else:
            out.append(f"{self.rules:>{table_w}}")
        for l in self.lines:
            amount = "" if l.amount is None else format_pounds(l.amount)
            label = wrap(l.label, label_w if amount else width - 2)
            out.append(f"{l.op} {label[0]:<{label_w}}{amount:>{amount_w}}".rstrip() if amount else f"{l.op} {label[0]}")
            out.extend(f"  {x}" for x in label[1:])
            if l.detail:
                out.extend(wrap(l.detail, width, indent="    ", subsequent="      "))
            if l.citation:
                out.extend(wrap(l.citation, width, indent="      ", subsequent="      "))
        for n in self.notes:
            out.extend(wrap(f"Note: {n}", width, indent="  ", subsequent="    "))
        for f in self.footnotes if footnotes else ():
            out.extend(wrap(f, width, indent="  ", subsequent="    "))
        return "\n".join(out)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "period": self.period,
            "rules": self.rules,
            "lines": [l.to_dict() for l in self.lines],
            "notes": list(self.notes),
            "footnotes": list(self.footnotes),
        }


def render_sheet(*breakdowns: Breakdown, width: int | None = None) -> str:
    """Several breakdowns as one working sheet, each footnote once at the end
    (``width``: as :meth:`Breakdown.render`)."""
    text = "\n\n".join(b.render(footnotes=False, width=width) for b in breakdowns)
    notes = dict.fromkeys(f for b in breakdowns for f in b.footnotes)
    if width is None:
        return text + "".join(f"\n  {f}" for f in notes)
    return text + "".join("\n" + "\n".join(wrap(f, width, indent="  ", subsequent="    ")) for f in notes)
