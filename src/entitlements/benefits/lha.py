"""Local Housing Allowance (LHA) rates by Broad Rental Market Area (BRMA).

The rates are the rent officer determinations of 31 January 2024 for England,
Scotland and Wales, in force from April 2024 and frozen for 2025/26 (SI
2025/5) and 2026/27 (SI 2026/5). They are read from
``rules/schedules/lha/{england,scotland,wales}_2024.toml`` on first use (not
at import), where each file records where its figures were read, the legal
source of each year, and which cells were checked against an official page.

Two figures exist for every BRMA and category, and they are not the same:

- the **weekly** rate (Housing Benefit), published by the Valuation Office
  Agency (England), the Scottish Government and the Welsh Government:
  :func:`lha_rate`;
- the **monthly** rate (Universal Credit), published by DWP: the rent
  officer's own monthly determination under the Rent Officers (Universal
  Credit Functions) Order 2013 (SI 2013/382) art 4 and Sch 1, whose national
  maxima are themselves monthly (Sch 1 para 2(2): £1,439.97 for one bedroom,
  £1,793.98, £2,160.02, £3,060.00): :func:`lha_monthly_rate`. This is the
  figure the UC housing costs element uses as the cap rent (UC Regs 2013 Sch 4
  Part 4). It is **not** the weekly rate x 52 / 12: Central Greater
  Manchester, 2 bedrooms, is £201.37 a week (x 52 / 12 = £872.60) but £875.00
  a month for UC.

Categories are numbered as the law orders them (SI 2013/382 Sch 1 para 1):
0 the shared accommodation rate (one bedroom, sharing a kitchen, bathroom,
toilet or living room), 1 one bedroom (self-contained), 2, 3 and 4 bedrooms.
Which category a household gets (the bedroom rules, the four-bedroom limit,
the shared accommodation rate for single people under 35 and its exceptions)
is worked out by :mod:`entitlements.benefits.housing`, not here.

Dates: a date before a file's first determination (April 2024; the 2023/24
rates, frozen at the 31 March 2020 determinations, are not shipped) or after
the last day it is known to cover raises
:class:`~entitlements.errors.NoRowInForce`; nothing is carried forward behind
the user's back. An unknown BRMA name raises
:class:`~entitlements.errors.InputError` listing close matches.

>>> lha_rate("Bristol", 2, on=dt.date(2025, 6, 1))          # pence a week
25200
>>> lha_monthly_rate("Central Greater Manchester", 2, on=dt.date(2025, 6, 1))   # pence a month, UC
87500
"""

from __future__ import annotations

import bisect
import datetime as dt
import tomllib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from ..errors import InputError, NoRowInForce, RuleTableError
from ..tables import shipped_rules_dir
from ._names import close_matches, fold

__all__ = [
    "CATEGORIES",
    "NATIONS",
    "PERIODS",
    "InForce",
    "Publication",
    "Check",
    "Brma",
    "LhaRate",
    "LhaSchedule",
    "default_lha_schedule",
    "lha_rate",
    "lha_monthly_rate",
    "lha_entry",
    "brma_names",
]

#: The LHA categories by number, as SI 2013/382 Sch 1 para 1 (a) to (e) lists them.
CATEGORIES: tuple[str, ...] = (
    "shared accommodation rate",
    "1 bedroom",
    "2 bedrooms",
    "3 bedrooms",
    "4 bedrooms",
)
#: The nations with a file of rates (Northern Ireland's rates are set by the
#: Housing Executive under other legislation and are not shipped).
NATIONS: tuple[str, ...] = ("england", "scotland", "wales")
#: The two published figures: "week" (Housing Benefit) and "month" (Universal Credit).
PERIODS: Mapping[str, str] = {"week": "weekly", "month": "monthly"}

_FILE_KEYS = {"id", "title", "nation", "legal_basis", "weekly", "monthly", "brma"}
_PUBLICATION_KEYS = {"unit", "applies", "publication", "copy_read", "until", "note", "in_force"}
_IN_FORCE_KEYS = {"from", "source", "verified", "note"}
_BRMA_KEYS = {"name", "aliases", "weekly", "monthly", "note", "checks"}
_CHECK_KEYS = {"period", "categories", "against", "note"}
_UNITS = {"weekly": ("GBP/week", "day"), "monthly": ("GBP/month", "assessment_period")}


_key = fold  # a BRMA name folded for matching ('Bradford & South Dales' = 'bradford and south dales')


@attrs.frozen
class InForce:
    """One year's determination: from when it applies and its legal source."""

    start: dt.date
    source: str
    verified: bool = True
    note: str | None = None
    status: str = "in_force"  # "held": carried past the file's end by a rates policy


@attrs.frozen
class Publication:
    """One published table (weekly or monthly) of one nation, over time."""

    table_id: str  # e.g. "lha.england_2024 (monthly)"
    path: str
    unit: str
    applies: str
    publication: str
    copy_read: str
    until: dt.date
    note: str | None
    in_force: tuple[InForce, ...]

    @property
    def earliest(self) -> dt.date:
        return self.in_force[0].start

    def row_at(self, on: dt.date) -> InForce:
        """The determination in force on ``on``; :class:`NoRowInForce` outside the file."""
        if on < self.earliest or on > self.until:
            raise NoRowInForce(self.table_id, self.path, on, self.earliest, self.until)
        starts = [r.start for r in self.in_force]
        return self.in_force[bisect.bisect_right(starts, on) - 1]


@attrs.frozen
class Check:
    """Cells of one BRMA compared with an official or public-authority page."""

    period: str  # "week" or "month"
    categories: tuple[int, ...]
    against: str
    note: str | None = None


@attrs.frozen
class Brma:
    """One Broad Rental Market Area: its five weekly and five monthly rates (pence)."""

    name: str
    nation: str
    aliases: tuple[str, ...]
    weekly: tuple[int, ...]
    monthly: tuple[int, ...]
    checks: tuple[Check, ...] = ()
    note: str | None = None

    def amounts(self, period: str) -> tuple[int, ...]:
        return self.weekly if period == "week" else self.monthly

    def checked(self, period: str, category: int) -> tuple[Check, ...]:
        """The checks that cover this cell (empty: the cell is not verified)."""
        return tuple(c for c in self.checks if c.period == period and category in c.categories)


@attrs.frozen
class LhaRate:
    """One rate with what an explanation needs: the amount and where it comes from."""

    brma: str
    nation: str
    category: int
    period: str  # "week" or "month"
    amount: int  # pence per week or per month
    source: str  # the legal source of the determination in force
    publication: str  # the official table the figure is published in
    copy_read: str  # where this copy of the figure was read
    verified: bool  # the cell was checked against an official page and the year's source was read
    checks: tuple[Check, ...]
    note: str | None
    status: str = "in_force"  # "held": the determination carried past the file's end by a rates policy

    def __str__(self) -> str:
        per = "a week" if self.period == "week" else "a month"
        return f"LHA {self.brma}, {CATEGORIES[self.category]}: £{self.amount // 100:,}.{self.amount % 100:02d} {per}"


# Long because: twelve short methods (load, look-ups by name, date and index),
# none over 25 lines: one object's interface, each method read alone.
class LhaSchedule:
    """The LHA rates of every shipped BRMA. Immutable once loaded."""

    __slots__ = ("_brmas", "_by_key", "_publications", "_memo")

    def __init__(self, brmas: Sequence[Brma], publications: Mapping[tuple[str, str], Publication]) -> None:
        self._memo: dict[tuple, Any] = {}  # derived arrays (by_index), the schedule being immutable
        self._brmas = tuple(brmas)
        self._publications = dict(publications)
        by_key: dict[str, Brma] = {}
        for b in self._brmas:
            for name in (b.name, *b.aliases):
                k = _key(name)
                if k in by_key and by_key[k] is not b:
                    raise RuleTableError(
                        self._publications[(b.nation, "week")].path,
                        f"BRMA name {name!r} is ambiguous: {by_key[k].name!r} ({by_key[k].nation}) has the same name",
                    )
                by_key[k] = b
        self._by_key = by_key

    # -- loading ----------------------------------------------------------
    @classmethod
    def load(cls, directory: str | Path | None = None) -> "LhaSchedule":
        """Load ``{england,scotland,wales}_2024.toml`` from ``directory``
        (the shipped ``rules/schedules/lha`` by default)."""
        d = Path(directory) if directory is not None else shipped_rules_dir() / "schedules" / "lha"
        files = sorted(d.glob("*.toml"))
        if not files:
            raise RuleTableError(str(d), "no LHA rate files (*.toml) found: reinstall entitlements or give the right directory")
        brmas: list[Brma] = []
        publications: dict[tuple[str, str], Publication] = {}
        for f in files:
            nation, pubs, rows = _parse_file(f)
            for period, pub in pubs.items():
                if (nation, period) in publications:
                    raise RuleTableError(str(f), f"a second file of {nation} rates (the first is {publications[(nation, period)].path})")
                publications[(nation, period)] = pub
            brmas.extend(rows)
        return cls(brmas, publications)

    # -- answering --------------------------------------------------------
    def names(self, nation: str | None = None) -> list[str]:
        """The BRMA names, sorted (of one nation if given)."""
        if nation is not None and nation not in NATIONS:
            raise InputError("nation", nation, f"one of {', '.join(NATIONS)}")
        return sorted(b.name for b in self._brmas if nation is None or b.nation == nation)

    def brma(self, name: str) -> Brma:
        """The BRMA called ``name`` (or one of its other spellings)."""
        if not isinstance(name, str):
            raise InputError("brma", name, "a Broad Rental Market Area name, e.g. 'Bristol'")
        found = self._by_key.get(_key(name))
        if found is not None:
            return found
        # Close matches, best first: names containing the words given (a town
        # inside a longer area name, 'Manchester'), then similar spellings.
        shown = close_matches(_key(name), self._by_key, lambda b: b.name)
        hint = f"close matches: {', '.join(repr(s) for s in shown)}" if shown else "no close match"
        raise InputError(
            "brma",
            name,
            f"the name of one of the {len(self._brmas)} Broad Rental Market Areas of England, Scotland and Wales; "
            f"{hint}. entitlements.benefits.lha.brma_names() lists them all",
        )

    def publication(self, nation: str, period: str) -> Publication:
        return self._publications[(nation, period)]

    def publications(self) -> dict[tuple[str, str], Publication]:
        """Every published table, by (nation, period)."""
        return dict(self._publications)

    def entry(self, brma: str, category: int, *, on: dt.date, period: str = "month") -> LhaRate:
        """The rate of one BRMA and category on ``on``, with its sources."""
        if period not in PERIODS:
            raise InputError("period", period, "'week' (Housing Benefit) or 'month' (Universal Credit)")
        cat = _category(category)
        day = _date(on)
        b = self.brma(brma)
        pub = self._publications[(b.nation, period)]
        row = pub.row_at(day)
        checks = b.checked(period, cat)
        return LhaRate(
            brma=b.name,
            nation=b.nation,
            category=cat,
            period=period,
            amount=b.amounts(period)[cat],
            source=row.source,
            publication=pub.publication,
            copy_read=pub.copy_read,
            verified=bool(checks) and row.verified,
            checks=checks,
            note=b.note,
            status=row.status,
        )

    def amount(self, brma, category, *, on, period: str):
        """The rate in pence; ``brma`` and ``category`` may be arrays (a caseload)."""
        if period not in PERIODS:
            raise InputError("period", period, "'week' (Housing Benefit) or 'month' (Universal Credit)")
        day = _date(on)
        if not (isinstance(brma, np.ndarray) or isinstance(category, np.ndarray)):
            return self.entry(brma, category, on=day, period=period).amount
        names, cats = np.broadcast_arrays(np.asarray(brma, dtype=object), np.asarray(category))
        if cats.dtype.kind not in "iu":
            raise InputError("category", str(cats.dtype), "whole numbers 0 (shared accommodation rate) to 4 (4 bedrooms)")
        out = np.empty(names.shape, dtype=np.int64)
        seen: dict[str, tuple[int, ...]] = {}
        for idx in np.ndindex(names.shape):
            name = names[idx]
            try:
                amounts = seen[name] if isinstance(name, str) and name in seen else None
                if amounts is None:
                    b = self.brma(name)
                    self._publications[(b.nation, period)].row_at(day)
                    amounts = seen.setdefault(name, b.amounts(period))
                out[idx] = amounts[_category(int(cats[idx]))]
            except InputError as e:
                raise InputError(e.field, e.value, e.expected, where=f"row {idx[0] if len(idx) == 1 else idx}") from None
        return out

    def by_index(self, period: str, names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Each BRMA named, in that order: its nation, and its five rates
        (pence) as an array (areas x categories), for a caseload to gather
        from as :meth:`amount` reads them one at a time. Worked out once per
        schedule (which never changes) and list of names."""
        if period not in PERIODS:
            raise InputError("period", period, "'week' (Housing Benefit) or 'month' (Universal Credit)")
        key = (period, tuple(names))
        found = self._memo.get(key)
        if found is None:
            areas = [self.brma(n) for n in names]
            found = self._memo[key] = (np.array([b.nation for b in areas], dtype=object).reshape(len(areas)),
                                       np.array([b.amounts(period) for b in areas], dtype=np.int64).reshape(len(areas), len(CATEGORIES)))
        return found

    def __len__(self) -> int:
        return len(self._brmas)

    def __iter__(self):
        return iter(self._brmas)

    def __repr__(self) -> str:
        return f"<LhaSchedule: {len(self._brmas)} BRMAs ({', '.join(NATIONS)})>"


@cache
def default_lha_schedule() -> LhaSchedule:
    """The shipped LHA rates, loaded on first use and then reused (immutable)."""
    return LhaSchedule.load()


def lha_rate(brma, category, *, on, schedule: LhaSchedule | None = None):
    """The weekly LHA rate [pence/week]: the Housing Benefit figure.

    ``brma`` is the area's name (the official spelling or a close variant:
    case, '&' for 'and' and punctuation do not matter); ``category`` is 0 for
    the shared accommodation rate, 1 to 4 for that many bedrooms; ``on`` is a
    ``datetime.date``. Either of ``brma`` and ``category`` may be a numpy array
    (one per row; the answer is an int64 array).

    Legal basis: Rent Officers (Housing Benefit Functions) Order 1997 (SI
    1997/1984) art 4B and Sch 3B, and the Scottish Order (SI 1997/1995), as
    amended by SI 2024/11 and read with SI 2025/5 and SI 2026/5. For Universal
    Credit use :func:`lha_monthly_rate`, not this figure converted.

    >>> lha_rate("Bath", 0, on=dt.date(2024, 4, 1))     # £124.27 a week
    12427
    """
    return (schedule or default_lha_schedule()).amount(brma, category, on=on, period="week")


def lha_monthly_rate(brma, category, *, on, schedule: LhaSchedule | None = None):
    """The monthly LHA rate for Universal Credit [pence/month].

    The rent officer's monthly determination (SI 2013/382 art 4, Sch 1), the
    cap rent of UC Regs 2013 Sch 4 Part 4. ``on`` is the first day of the
    assessment period: a year's determination applies to assessment periods
    beginning on or after its relevant Monday (SI 2013/382 art 4(3)-(4); 8
    April 2024, 7 April 2025, 6 April 2026). Arguments as :func:`lha_rate`.

    >>> lha_monthly_rate("Hull & East Riding", 0, on=dt.date(2026, 5, 1))   # £335.83 a month
    33583
    """
    return (schedule or default_lha_schedule()).amount(brma, category, on=on, period="month")


def lha_entry(brma: str, category: int, *, on: dt.date, period: str = "month",
              schedule: LhaSchedule | None = None) -> LhaRate:
    """One rate with its legal source, publication, the copy it was read from
    and whether the cell was verified: for explanations and audits."""
    return (schedule or default_lha_schedule()).entry(brma, category, on=on, period=period)


def brma_names(nation: str | None = None, *, schedule: LhaSchedule | None = None) -> list[str]:
    """The official names of the BRMAs (of ``nation``: 'england', 'scotland' or 'wales')."""
    return (schedule or default_lha_schedule()).names(nation)


# -- parsing and validation -------------------------------------------------


def _category(category) -> int:
    if isinstance(category, (bool, np.bool_)) or not isinstance(category, (int, np.integer)) or not 0 <= category <= 4:
        raise InputError("category", category, "0 (shared accommodation rate), 1, 2, 3 or 4 (bedrooms)")
    return int(category)


def _date(on) -> dt.date:
    if isinstance(on, np.datetime64):
        on = on.astype("datetime64[D]").item()
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise InputError("on", on, "a datetime.date, e.g. datetime.date(2025, 4, 7)")
    return on


def _pence(where: str, what: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise RuleTableError(where, f"{what}: {value!r} is not an amount in pounds, e.g. 117.68")
    d = Decimal(value)
    p = d * 100
    if p != p.to_integral_value() or p <= 0:
        raise RuleTableError(where, f"{what}: {value} must be a positive amount with at most 2 decimal places")
    return int(p)


def _date_field(where: str, what: str, value: Any) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise RuleTableError(where, f"{what} must be a date like 2024-04-08 (got {value!r})")
    return value


def _unknown(where: str, what: str, data: Mapping, allowed: set[str]) -> None:
    extra = set(data) - allowed
    if extra:
        raise RuleTableError(where, f"{what}: unknown key(s) {sorted(extra)}; allowed: {sorted(allowed)}")


def _parse_file(path: Path) -> tuple[str, dict[str, Publication], list[Brma]]:
    where = str(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"), parse_float=Decimal)
    except tomllib.TOMLDecodeError as e:
        raise RuleTableError(where, f"not valid TOML: {e}") from None
    _unknown(where, "file", data, _FILE_KEYS)
    for k in ("id", "nation", "weekly", "monthly", "brma"):
        if k not in data:
            raise RuleTableError(where, f"missing `{k}`; an LHA file needs id, nation, weekly, monthly and [[brma]] rows")
    expected_id = f"lha.{path.stem}"
    if data["id"] != expected_id:
        raise RuleTableError(where, f"id {data['id']!r} does not match its path: expected {expected_id!r}")
    nation = data["nation"]
    if nation not in NATIONS:
        raise RuleTableError(where, f"nation {nation!r} is not one of {', '.join(NATIONS)}")
    pubs = {}
    for key, period in (("weekly", "week"), ("monthly", "month")):
        pubs[period] = _parse_publication(where, data["id"], key, data[key])
    rows = []
    for i, r in enumerate(data["brma"], start=1):
        rows.append(_parse_brma(where, i, nation, r))
    if not rows:
        raise RuleTableError(where, "needs at least one [[brma]] row")
    return nation, pubs, rows


def _parse_publication(where: str, table_id: str, key: str, d: Any) -> Publication:
    if not isinstance(d, dict):
        raise RuleTableError(where, f"[{key}] must be a table")
    _unknown(where, f"[{key}]", d, _PUBLICATION_KEYS)
    unit, applies = _UNITS[key]
    if d.get("unit") != unit or d.get("applies") != applies:
        raise RuleTableError(where, f"[{key}] must have unit = {unit!r} and applies = {applies!r}")
    for k in ("publication", "copy_read"):
        if not isinstance(d.get(k), str) or not d[k].strip():
            raise RuleTableError(where, f"[{key}] needs `{k}`: the official table, and where this copy was read")
    until = _date_field(where, f"[{key}] until", d.get("until"))
    rows = []
    for i, r in enumerate(d.get("in_force") or [], start=1):
        w = f"{where} [[{key}.in_force]] row {i}"
        if not isinstance(r, dict):
            raise RuleTableError(w, "must be a table")
        _unknown(w, "row", r, _IN_FORCE_KEYS)
        start = _date_field(w, "`from`", r.get("from"))
        source = r.get("source")
        if not isinstance(source, str) or not source.strip():
            raise RuleTableError(w, "missing `source`: give the SI and article")
        verified = r.get("verified", True)
        if not isinstance(verified, bool):
            raise RuleTableError(w, f"verified must be true or false (got {verified!r})")
        if not verified and not r.get("note"):
            raise RuleTableError(w, "an unverified row needs a `note` saying what could not be checked")
        if rows and start <= rows[-1].start:
            raise RuleTableError(w, f"`from` {start} is not after the previous row's {rows[-1].start}: rows must be in date order")
        rows.append(InForce(start, source, verified, r.get("note")))
    if not rows:
        raise RuleTableError(where, f"[{key}] needs at least one [[{key}.in_force]] row")
    if until < rows[-1].start:
        raise RuleTableError(where, f"[{key}] until {until} is before the last row starts ({rows[-1].start})")
    return Publication(
        table_id=f"{table_id} ({key})",
        path=where,
        unit=unit,
        applies=applies,
        publication=d["publication"],
        copy_read=d["copy_read"],
        until=until,
        note=d.get("note"),
        in_force=tuple(rows),
    )


def _parse_brma(where: str, i: int, nation: str, r: Any) -> Brma:
    w = f"{where} [[brma]] row {i}"
    if not isinstance(r, dict):
        raise RuleTableError(w, "must be a table")
    _unknown(w, "row", r, _BRMA_KEYS)
    name = r.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RuleTableError(w, "missing `name`")
    w = f"{where} [[brma]] row {i} ({name})"
    aliases = r.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise RuleTableError(w, "aliases must be a list of names")
    amounts = {}
    for key in ("weekly", "monthly"):
        vals = r.get(key)
        if not isinstance(vals, list) or len(vals) != len(CATEGORIES):
            raise RuleTableError(w, f"`{key}` must list {len(CATEGORIES)} amounts: {', '.join(CATEGORIES)}")
        pence = tuple(_pence(w, f"{key}[{c}]", v) for c, v in enumerate(vals))
        # The rates never fall as the category grows (1 bedroom to 4, and the
        # shared rate is at most the 1-bedroom rate); a fall means a slip.
        if any(pence[c] > pence[c + 1] for c in range(len(pence) - 1)):
            raise RuleTableError(w, f"`{key}` falls from one category to the next: {list(vals)}; check the transcription")
        amounts[key] = pence
    checks = []
    for j, c in enumerate(r.get("checks", []), start=1):
        cw = f"{w} check {j}"
        if not isinstance(c, dict):
            raise RuleTableError(cw, "must be a table")
        _unknown(cw, "check", c, _CHECK_KEYS)
        if c.get("period") not in PERIODS:
            raise RuleTableError(cw, f"period must be 'week' or 'month' (got {c.get('period')!r})")
        cats = c.get("categories")
        if not isinstance(cats, list) or not cats or not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= 4 for x in cats):
            raise RuleTableError(cw, "categories must be a non-empty list of 0 to 4")
        if not isinstance(c.get("against"), str) or not c["against"].strip():
            raise RuleTableError(cw, "missing `against`: the page the cells were compared with")
        checks.append(Check(c["period"], tuple(cats), c["against"], c.get("note")))
    return Brma(
        name=name,
        nation=nation,
        aliases=tuple(aliases),
        weekly=amounts["weekly"],
        monthly=amounts["monthly"],
        checks=tuple(checks),
        note=r.get("note"),
    )
