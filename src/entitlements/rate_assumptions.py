"""What a result assumed about rates: the rule tables it read on dates where
an amount was held, uprated, kept by law past the rules' end, or announced
but not yet law (:class:`RateAssumption`), in words (:func:`describe`) and as
a caseload's ``rates_assumed`` column (:func:`rates_assumed`).

One job: record and word the assumptions a rates policy
(:mod:`entitlements.rates_policy`, which makes them) leaves in the tables a
result read. The names are importable from :mod:`entitlements.rates_policy`
too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from .tables import POLICY_STATUSES, Tables, UnknownTable

if TYPE_CHECKING:
    from .rates_policy import RatesPolicy

__all__ = ["ASSUMED", "SHOWN", "RateAssumption", "assumptions_from_spans", "lha_assumptions", "rates_assumed", "describe"]


def _uk(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


@attrs.frozen
class RateAssumption:
    """One table a result read on dates where its value was assumed
    (``held``, ``uprated``), kept by law past the rules' end (``frozen``) or
    announced but not yet law (``announced``)."""

    kind: str  # one of POLICY_STATUSES or "announced"
    table_id: str
    title: str
    start: dt.date  # the first date read under it
    end: dt.date  # the last date read under it
    known_until: dt.date | None  # the last day the rules cover (None: announced)
    source: str  # the source of the row used first

    def text(self) -> str:
        """One line in words."""
        span = f"{_uk(self.start)} to {_uk(self.end)}" if self.end != self.start else _uk(self.start)
        if self.table_id.startswith(BILL_PREFIX):
            return f"{self.title}: {_bill_year(self)}; held unchanged for {span} ({self.source})."
        if self.kind == "announced":
            return f"{self.title} ({self.table_id}): announced, not yet law, used for {span} ({self.source})."
        what = {"held": "held at the last known amount", "uprated": "uprated by the percentage assumed",
                "frozen": "kept by law at the last known amount"}[self.kind]
        return f"{self.title} ({self.table_id}): the rules end on {_uk(self.known_until)}; {what} for {span} ({self.source})."

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "table": self.table_id, "title": self.title, "from": self.start.isoformat(),
                "to": self.end.isoformat(), "known_until": self.known_until.isoformat() if self.known_until else None,
                "source": self.source, "text": self.text()}


_KINDS = (*POLICY_STATUSES, "announced")

#: The kinds of rate a caseload row's ``rates_assumed`` names: those not law
#: (an amount the law keeps unchanged is noted at the table level only).
ASSUMED = ("held", "uprated", "announced")


def assumptions_from_spans(tables: Tables, spans: Mapping[str, tuple[dt.date, dt.date]]) -> tuple[RateAssumption, ...]:
    """The assumptions behind reading each table of ``spans`` over its dates
    (first, last): every row read whose status is not ``in_force``, consecutive
    rows of one kind together, in table order."""
    out = []
    for tid in sorted(spans):
        try:
            t = tables.table(tid)
        except UnknownTable:
            continue
        lo, hi = spans[tid]
        known = next((r.start - dt.timedelta(days=1) for r in t.rows if r.status in POLICY_STATUSES), None)
        ends = [r.start - dt.timedelta(days=1) for r in t.rows[1:]] + [t.until]
        current = None
        for r, end in zip(t.rows, ends):
            a, b = max(r.start, lo), min(end, hi)
            if r.status not in _KINDS or a > b:
                current = None
                continue
            if current is not None and current.kind == r.status and current.end + dt.timedelta(days=1) == a:
                current = attrs.evolve(current, end=b)
                out[-1] = current
                continue
            current = RateAssumption(r.status, t.id, t.title, a, b, known if r.status != "announced" else None, r.source)
            out.append(current)
    return tuple(out)


def lha_assumptions(tables: Tables, spans: Mapping[str, tuple[dt.date, dt.date]]) -> tuple[RateAssumption, ...]:
    """The assumptions behind reading the LHA determinations (monthly, for
    Universal Credit) of each nation of ``spans`` over its dates: the held
    determination, where a rates policy extended them."""
    schedule = tables.schedule("lha")
    out = []
    for nation in sorted(spans) if schedule is not None else ():
        pub = schedule.publication(nation, "month")
        lo, hi = spans[nation]
        held = pub.in_force[-1]
        if held.status != "held" or hi < held.start:
            continue
        out.append(RateAssumption("held", pub.table_id, f"Local Housing Allowance, {nation.capitalize()}",
                                  max(lo, held.start), hi, held.start - dt.timedelta(days=1), held.source))
    return tuple(out)


def rates_assumed(assumptions: Iterable[RateAssumption], last_day, valid) -> np.ndarray:
    """A caseload's ``rates_assumed`` column: for each row, the kinds of
    assumption (:data:`ASSUMED`) its rates rest on, each from the first date it applies
    (``"held from 2027-04-06; uprated from 2027-04-12"``; blank for none or
    an invalid row). ``last_day(table_id)`` gives each row's last date that
    table is read for (``datetime64[D]``, a date far back where the row does
    not read it)."""
    valid = np.asarray(valid)
    n = valid.shape[0]
    never = np.iinfo(np.int64).max
    firsts = {k: np.full(n, never, np.int64) for k in ASSUMED}
    for a in (a for a in assumptions if a.kind in ASSUMED):
        day = np.datetime64(a.start, "D").astype(np.int64)
        hit = valid & (np.asarray(last_day(a.table_id)).astype("datetime64[D]").astype(np.int64) >= day)
        firsts[a.kind] = np.where(hit, np.minimum(firsts[a.kind], day), firsts[a.kind])
    code = np.zeros(n, np.int64)
    keys = []
    for k in ASSUMED:  # each kind's first date as an index into the dates seen, packed into one number
        days, idx = np.unique(firsts[k], return_inverse=True)
        keys.append((k, days))
        code = code * (len(days)) + idx.reshape(n)
    out = np.empty(n, dtype=object)
    uniq, inverse = np.unique(code, return_inverse=True)
    labels = []
    for c in uniq.tolist():
        parts = []
        for k, days in reversed(keys):
            c, i = divmod(c, len(days))
            if days[i] != never:
                parts.append(f"{k} from {np.datetime64(int(days[i]), 'D')}")
        labels.append("; ".join(reversed(parts)))
    out[:] = np.array(labels, dtype=object)[inverse.reshape(n)]
    return out


#: How a figure the user gave (not a rule table) is named among the
#: assumptions, e.g. ``bill.council_tax`` (``entitlements.gain.bill_figures``).
BILL_PREFIX = "bill."


def _bill_year(a: RateAssumption) -> str:
    year = a.known_until.year
    return f"the figure given is taken as the {year - 1}-{year % 100:02d} one (to {_uk(a.known_until)})"


def _bill_sentence(a: RateAssumption) -> str:
    return (f"{a.title}: {_bill_year(a)}, and held unchanged from {_uk(a.start)}, an assumption: the billing "
            "authority sets a new one each financial year (LGFA 1992 s 30); give the later bill's figure if known.")


#: Tables named in a sentence of :func:`describe` (the JSON lists them all).
SHOWN = 6


def describe(assumptions: Iterable[RateAssumption], policy: RatesPolicy | str | None = None) -> list[str]:
    """The assumptions in a few sentences: the tables of each kind and
    first date together, the first :data:`SHOWN` of them named (for a
    working sheet, a gain, a report)."""
    groups: dict[tuple[str, dt.date | None, dt.date], list[str]] = {}
    bills = []
    for a in assumptions:
        if a.table_id.startswith(BILL_PREFIX):
            bills.append(_bill_sentence(a))
            continue
        groups.setdefault((a.kind, a.known_until, a.start), []).append(a.table_id)
    lines = []
    name = f" (rates policy {policy})" if policy is not None else ""
    for (kind, known, start), ids in sorted(groups.items(), key=lambda g: (_KINDS.index(g[0][0]), g[0][2], g[0][1] or g[0][2])):
        ids = sorted(set(ids))
        shown = ", ".join(ids[:SHOWN]) + (f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else "")
        tabs = f"{len(ids)} table{'s' if len(ids) != 1 else ''} ({shown})"
        if kind in ("held", "uprated"):
            year = (known + dt.timedelta(days=1)).year
            what = "held" if kind == "held" else "raised by the percentage assumed"
            lines.append(f"Rates after {_uk(known)} are not yet known (the {year}-{(year + 1) % 100:02d} rates are not "
                         f"in the rules): the last known amounts are {what} from {_uk(start)}{name}, an assumption: "
                         f"{tabs}.")
        elif kind == "frozen":
            lines.append(f"Amounts the law keeps unchanged after {_uk(known)} (the rules end then) are used from "
                         f"{_uk(start)}: {tabs}.")
        else:
            lines.append(f"Amounts announced but not yet law are used from {_uk(start)}: {tabs}.")
    return lines + bills
