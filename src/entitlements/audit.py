"""Which rule rows could not be verified: the state of the rules at a glance.

A row is *verified* when its figure (and the date it applies from) was read in
the text of the instrument it cites; otherwise it says ``verified = false``
and its ``note`` says what it rests on instead. :func:`unverified_rows`
gathers every such row from the rule tables (``rules/**/*.toml``) and from
the schedules (``rules/schedules/``: the WCA and PIP activities, descriptors
and circumstances, and the years of the LHA determinations), so that
``entitlements tables --unverified`` can list them with their reasons.

>>> rows = unverified_rows(default_tables())
>>> all(r.note for r in rows)          # every unverified row says why
True
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from .assessments.descriptors import Schedules
from .benefits.lha import PERIODS, LhaSchedule
from .tables import Tables, default_tables  # noqa: F401  (default_tables: the doctest)

__all__ = ["UnverifiedRow", "unverified_rows"]

#: Where an unverified row sits: a rule table, or a schedule of rules/schedules/.
KINDS = ("table", "schedule")


@attrs.frozen
class UnverifiedRow:
    """One row whose figure could not be read in the text it cites."""

    kind: str  # "table" or "schedule" (see KINDS)
    where: str  # the table or schedule id, e.g. "child_benefit.rates", "wca.schedule6"
    item: str  # which row: "from 06/04/2026", "activity lcw.8 (...)", ...
    start: dt.date | None  # the date the row applies from, where it has one
    source: str
    note: str

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "where": self.where,
            "item": self.item,
            "from": self.start.isoformat() if self.start else None,
            "source": self.source,
            "note": self.note,
        }


def unverified_rows(
    tables: Tables,
    schedules: Schedules | None = None,
    lha: LhaSchedule | None = None,
) -> tuple[UnverifiedRow, ...]:
    """Every unverified row: the tables' first (by table id, then date), then
    the schedules'. ``schedules`` and ``lha`` default to the shipped ones."""
    out = [
        UnverifiedRow("table", t.id, f"from {r.start.strftime('%d/%m/%Y')}", r.start, r.source, r.note or "")
        for t in tables
        for r in t.rows
        if not r.verified
    ]
    out += _schedule_rows(schedules if schedules is not None else Schedules.load())
    out += _lha_rows(lha if lha is not None else LhaSchedule.load())
    return tuple(out)


def _schedule_rows(schedules: Schedules) -> list[UnverifiedRow]:
    """An unverified activity counts once (its descriptors with it); a
    descriptor unverified on its own, and a circumstance, count each."""
    out: list[UnverifiedRow] = []
    for s in schedules:
        for a in s.activities:
            if not a.verified:
                out.append(UnverifiedRow("schedule", s.id, f"activity {a.code} ({a.name})", s.start, s.source, a.note or ""))
                continue
            out += [
                UnverifiedRow("schedule", s.id, f"descriptor {d.code}", s.start, s.source, d.note or "")
                for d in a.descriptors
                if not d.verified
            ]
        out += [
            UnverifiedRow("schedule", s.id, f"{c.paragraph} ({c.code})", s.start, s.source, c.note or "")
            for c in s.circumstances
            if not c.verified
        ]
    return out


def _lha_rows(lha: LhaSchedule) -> list[UnverifiedRow]:
    """The years of the LHA determinations (``[[weekly.in_force]]``,
    ``[[monthly.in_force]]``) whose legal source could not be read."""
    out: list[UnverifiedRow] = []
    for (nation, period), pub in sorted(lha.publications().items()):
        where = Path(pub.path).stem
        for r in pub.in_force:
            if not r.verified:
                item = f"{PERIODS[period]} rates from {r.start.strftime('%d/%m/%Y')}"
                out.append(UnverifiedRow("schedule", f"lha.{where}", item, r.start, r.source, r.note or ""))
    return out

