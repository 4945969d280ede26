"""Rule tables: load, validate, and answer the value in force on a date.

A rule table is one TOML file in ``rules/`` holding one quantity over time::

    id = "uc.lcwra_element"             # must match the path: rules/uc/lcwra_element.toml
    title = "Universal Credit: LCWRA element"
    unit = "GBP/month"                  # one of UNITS
    applies = "assessment_period"       # what the date means: see APPLIES
    legal_basis = "SI 2013/376 regs 27-28, 36"
    until = 2027-04-05                  # last date the table is known to cover

    [[rows]]
    from = 2025-04-07
    value = 423.27                      # or `values = {key = ...}` with `keys = [...]`
    source = "SI 2025/295 art 32, Sch 13"
    # verified = false                  # with a `note` saying what could not be checked
    # status = "announced"              # published by the government, not yet law: see STATUSES

    [[frozen]]                          # optional: the law keeps a value unchanged past `until`
    keys = ["new_claimant"]             # (all keys if left out)
    from = 2026-04-06
    until = 2030-04-07
    source = "Universal Credit Act 2025 s 3(1)"

Loading is strict: an unknown key, a missing source, rows out of order, a
fraction of a penny, an unknown unit, a value where keys were declared: each
raises :class:`~entitlements.errors.RuleTableError` naming the file, the row
and the fix. A date outside ``[first row, until]`` raises
:class:`~entitlements.errors.NoRowInForce`: nothing is uprated or backdated
behind the user's back.

A row's ``status`` says what kind of text its value comes from (see
:data:`STATUSES`): ``"in_force"`` (the default: made law) or ``"announced"``
(published by the government, say in the annual benefit uprating statement,
before the Order that makes it law). An announced row's ``source`` names the
announcement and its date. :meth:`Tables.announced` tells whether a value on a
date came from an announced row, so that a result built on one can say so.

A ``[[frozen]]`` entry records that the law keeps a value unchanged for a
period (for example the Universal Credit Act 2025 s 3 disapplies the annual
up-rating duty for the LCWRA element to 2029-30). It is information for a
rates policy and for the reader: it does not extend ``until``, and
:meth:`Tables.at` still answers only up to ``until``.

Overlays (a reform, a local correction) are tables of the same form in a
directory of the user's. An overlay row replaces the shipped table from its
``from`` date onward, and an overlay may extend ``until``. An overlay keeps
the unit, keys and bounds of the table it lays over, and must change
something (an unknown table id, an empty directory or the same values are
errors). Every result names the overlays it used.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
import tomllib
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from .errors import InputError, NoRowInForce, RuleTableError, UnknownTable  # noqa: F401  (UnknownTable: re-exported)
from .money import PercentArray

__all__ = ["Row", "Freeze", "Table", "Tables", "RulesVersion", "ReadRecorder", "UNITS", "APPLIES", "STATUSES", "POLICY_STATUSES",
           "default_tables"]

#: Units a table may declare, and how their values are held in memory.
UNITS: Mapping[str, str] = {
    "GBP": "pence",
    "GBP/week": "pence",
    "GBP/month": "pence",
    "GBP/year": "pence",
    "GBP/hour": "pence",
    "percent": "fraction",  # 55 means 55%; held as Fraction(55)
    "count": "integer",
    "points": "integer",
    "hours": "integer",
    "days": "integer",
    "weeks": "integer",
    "months": "integer",
    "years": "integer",
    "date": "date",
}

#: What the date given to :meth:`Tables.at` means for a table.
APPLIES: Mapping[str, str] = {
    "assessment_period": "the first day of a UC assessment period (a row applies to "
    "assessment periods beginning on or after its date)",
    "benefit_week": "a day in the benefit week (rows start on the uprating Monday)",
    "tax_year": "a day in the tax year (rows start on 6 April)",
    "day": "the day itself",
}

#: Folders of ``rules/`` that hold data files of their own shape, read by their
#: own modules (descriptor and LHA schedules, the Band D figures of billing
#: authorities, councils' local Council Tax Reduction schemes), not tables.
NOT_TABLES: tuple[str, ...] = ("schedules/", "council_tax/band_d/", "ctr/local/")

#: What a row's ``status`` may be, and what it means.
STATUSES: Mapping[str, str] = {
    "in_force": "made law: the value is in an Act or a statutory instrument that has been made",
    "announced": "announced by the government (for example in the annual benefit uprating statement "
    "or a Budget) but not yet made law: the Order or Act may still differ",
}

#: Statuses of the rows a rates policy adds past a table's last row (never
#: written in a file: see :mod:`entitlements.rates_policy`).
POLICY_STATUSES: Mapping[str, str] = {
    "held": "the last known amount carried forward past the rules' end (rates policy hold): an assumption",
    "uprated": "the last known amount raised by a percentage assumed (rates policy uprate): an assumption",
    "frozen": "the last known amount, which the law keeps unchanged past the rules' end (a [[frozen]] entry)",
}

_TABLE_KEYS = {"id", "title", "unit", "applies", "legal_basis", "until", "keys", "rows", "note", "frozen", "bounds"}

#: The values a table of each unit may hold unless it declares ``bounds``
#: (in the table's unit: pounds for money). A value outside is a mistake
#: (pence typed as pounds, a fraction for a percentage); an overlay is held
#: to the shipped table's bounds. Percentages between 0 and 1 are refused
#: too: 0.55 is 55% written as a fraction.
DEFAULT_BOUNDS: Mapping[str, tuple[int, int]] = {
    "GBP": (0, 1_000_000), "GBP/week": (0, 10_000), "GBP/month": (0, 50_000), "GBP/year": (0, 1_000_000),
    "GBP/hour": (0, 1_000), "percent": (0, 100), "count": (0, 100_000), "points": (0, 1_000), "hours": (0, 168),
    "days": (0, 3_660), "weeks": (0, 520), "months": (0, 120), "years": (0, 150),
}
_ROW_KEYS = {"from", "value", "values", "source", "verified", "note", "status"}
_FROZEN_KEYS = {"keys", "from", "until", "source", "note"}
# An announced row names the date of its announcement: "26 November 2026" or "2026-11-26".
_A_DATE = re.compile(
    r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)


@attrs.frozen
class Row:
    """One effective-dated row of a table."""

    start: dt.date
    value: Any  # int pence, Fraction, int, date; or a dict of those for keyed tables
    source: str
    verified: bool = True
    note: str | None = None
    origin: str = "shipped"  # "shipped", or the overlay file it came from
    status: str = "in_force"  # one of STATUSES, or of POLICY_STATUSES (rows a rates policy adds)

    @property
    def announced(self) -> bool:
        """Whether the value was announced but not yet made law."""
        return self.status == "announced"


@attrs.frozen
class Freeze:
    """The law keeps the value(s) of ``keys`` in force on ``start``
    unchanged through ``until`` (``keys`` is ``None`` for every value of the
    table). Information only: it does not extend the table's coverage."""

    start: dt.date
    until: dt.date
    source: str
    keys: tuple[str, ...] | None = None
    note: str | None = None

    def covers(self, on: dt.date, key: str | None = None) -> bool:
        """Whether the freeze holds the value of ``key`` on ``on``."""
        return self.start <= on <= self.until and (self.keys is None or key is None or key in self.keys)


@attrs.frozen
class Table:
    """One quantity over time. Rows are sorted and do not overlap."""

    id: str
    title: str
    unit: str
    applies: str
    legal_basis: str
    until: dt.date
    rows: tuple[Row, ...]
    path: str
    keys: tuple[str, ...] | None = None
    note: str | None = None
    frozen: tuple[Freeze, ...] = ()
    #: The least and most a value may be (held as the values are: pence, a
    #: Fraction, an integer); None for a date table.
    bounds: tuple[Any, Any] | None = None
    _starts: np.ndarray = attrs.field(init=False, eq=False, repr=False)
    _start_list: list = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        starts = np.array([r.start for r in self.rows], dtype="datetime64[D]")
        object.__setattr__(self, "_starts", starts)
        object.__setattr__(self, "_start_list", [r.start for r in self.rows])

    @property
    def earliest(self) -> dt.date:
        return self.rows[0].start

    @property
    def last_known(self) -> Row:
        """The last row from a text (not one a rates policy added)."""
        return next(r for r in reversed(self.rows) if r.status not in POLICY_STATUSES)

    def row_at(self, on: dt.date) -> Row:
        """The row in force on ``on`` (a ``datetime.date``)."""
        if on < self.earliest or on > self.until:
            raise NoRowInForce(self.id, self.path, on, self.earliest, self.until)
        return self.rows[bisect.bisect_right(self._start_list, on) - 1]

    def at(self, on, key: str | None = None):
        """The value in force on ``on``.

        ``on`` is a ``datetime.date`` (answers a scalar) or a numpy
        ``datetime64[D]`` array (answers an array of the same shape, one value
        per date). ``key`` picks one value of a keyed table; without it a keyed
        table answers a dict.
        """
        if self.keys is not None and key is None:
            return {k: self.at(on, k) for k in self.keys}
        if key is not None and (self.keys is None or key not in self.keys):
            allowed = ", ".join(self.keys) if self.keys else "none (the table is not keyed)"
            raise RuleTableError(self.path, f"no key {key!r}; keys are: {allowed}")
        if isinstance(on, np.ndarray):
            return self._at_array(on, key)
        row = self.row_at(on)
        return row.value if key is None else row.value[key]

    def announced(self, on):
        """Whether the value in force on ``on`` comes from an announced row
        (not yet made law). ``on`` is a ``datetime.date`` (answers a bool) or a
        ``datetime64[D]`` array (answers a bool array); dates outside the
        table raise :class:`~entitlements.errors.NoRowInForce` as
        :meth:`at` does."""
        if not isinstance(on, np.ndarray):
            return self.row_at(on).announced
        flags = np.array([r.announced for r in self.rows])
        days = on.astype("datetime64[D]")
        self._check_array(days)
        return flags[np.searchsorted(self._starts, days, side="right") - 1]

    def frozen_on(self, on: dt.date, key: str | None = None) -> Freeze | None:
        """The ``[[frozen]]`` entry that holds ``key``'s value on ``on``, if any."""
        return next((f for f in self.frozen if f.covers(on, key)), None)

    def _check_array(self, days: np.ndarray) -> None:
        if days.size:
            lo, hi = days.min(), days.max()
            if lo < self._starts[0] or hi > np.datetime64(self.until, "D"):
                bad = lo if lo < self._starts[0] else hi
                raise NoRowInForce(self.id, self.path, bad.astype(dt.date), self.earliest, self.until)

    def _at_array(self, on: np.ndarray, key: str | None) -> np.ndarray:
        days = on.astype("datetime64[D]")
        self._check_array(days)
        idx = np.searchsorted(self._starts, days, side="right") - 1
        vals = [r.value if key is None else r.value[key] for r in self.rows]
        if isinstance(vals[0], dt.date):
            lookup = np.array(vals, dtype="datetime64[D]")
        elif isinstance(vals[0], Fraction):
            return PercentArray.of([vals[i] for i in range(len(vals))], idx)
        else:
            lookup = np.array(vals, dtype=np.int64)
        return lookup[idx]


@attrs.frozen
class RulesVersion:
    """Which rules a result used: the release label, a hash of the content,
    and any overlays laid over the shipped tables."""

    release: str
    content_hash: str
    overlays: tuple[str, ...] = ()

    def __str__(self) -> str:
        s = f"rules {self.release} ({self.content_hash})"
        if self.overlays:
            s += " + overlay " + ", ".join(self.overlays)
        return s


class Tables:
    """A loaded, validated set of rule tables. Immutable once made.

    ``policy`` is the rates policy these tables were extended by past their
    last rows (see :mod:`entitlements.rates_policy`; ``None``: as loaded),
    ``base`` the tables before it, and ``schedule(name)`` a data schedule the
    policy extended too (the LHA determinations), if any.

    >>> tables = Tables.load()
    >>> tables.at("uc.carer_element", dt.date(2025, 4, 7))   # pence a month
    20168
    """

    __slots__ = ("_tables", "version", "_memo", "policy", "base", "_schedules", "derived")

    def __init__(self, tables: Mapping[str, Table], version: RulesVersion, *, policy: Any = None,
                 base: "Tables | None" = None, schedules: Mapping[str, Any] | None = None) -> None:
        self._tables = dict(tables)
        self.version = version
        self.policy = policy
        self.base = base
        self._schedules = dict(schedules or {})
        # Answers for single dates, kept with this (immutable) set of tables:
        # one household's estimate asks the same few questions many times.
        self._memo: dict[tuple, Any] = {}
        # Tables derived from these by a rates policy, made once per policy.
        self.derived: dict[Any, "Tables"] = {}

    # -- loading ----------------------------------------------------------
    @classmethod
    def load(cls, rules_dir: str | Path | None = None, overlays: Iterable[str | Path] = ()) -> "Tables":
        """Load every table under ``rules_dir`` (the shipped rules by default),
        then lay each overlay (a file or a directory of tables) over them."""
        root = Path(rules_dir) if rules_dir is not None else shipped_rules_dir()
        release, digest, files = _read_tree(root)
        tables = {}
        for path, rel in files:
            t = _parse_table(path, rel, origin="shipped")
            tables[t.id] = t
        version = RulesVersion(release, digest)
        result = cls(tables, version)
        for ov in overlays:
            result = result.with_overlay(ov)
        return result

    def with_overlay(self, overlay: str | Path) -> "Tables":
        """A new :class:`Tables` with the overlay's tables laid over these."""
        p = Path(overlay)
        if not p.exists():
            raise RuleTableError(str(p), "overlay not found: give a .toml file or a directory of them")
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() == ".toml") if p.is_dir() else [p]
        if not files:
            raise RuleTableError(str(p), "the overlay holds no rule tables (.toml files), so it would change nothing")
        h = hashlib.sha256()
        tables = dict(self._tables)
        seen: dict[str, Path] = {}
        for f in files:
            data = f.read_bytes()
            h.update(data)
            t = _parse_table(f, None, origin=str(f))
            if t.id in seen:
                raise RuleTableError(str(f), f"table {t.id!r} is overlaid twice in one overlay (also {seen[t.id]})")
            seen[t.id] = f
            tables[t.id] = _overlay(tables.get(t.id), t, known=self._tables)
        label = f"{p.name} ({h.hexdigest()[:8]})"
        version = attrs.evolve(self.version, overlays=self.version.overlays + (label,))
        return Tables(tables, version)

    # -- answering --------------------------------------------------------
    def table(self, table_id: str) -> Table:
        try:
            return self._tables[table_id]
        except KeyError:
            raise UnknownTable(table_id, sorted(self._tables)) from None

    def at(self, table_id: str, on, key: str | None = None):
        """The value of table ``table_id`` in force on ``on``: see :meth:`Table.at`."""
        if isinstance(on, dt.date):
            memo_key = (table_id, on, key)
            try:
                return self._memo[memo_key]
            except KeyError:
                value = self._memo[memo_key] = self.table(table_id).at(on, key)
                return value
        return self.table(table_id).at(on, key)

    def row(self, table_id: str, on: dt.date) -> Row:
        """The row (value, source, verified) in force on ``on``."""
        return self.table(table_id).row_at(on)

    def source(self, table_id: str, on: dt.date) -> str:
        """The legal source of the value in force on ``on``."""
        return self.table(table_id).row_at(on).source

    def announced(self, table_id: str, on):
        """Whether the value of ``table_id`` on ``on`` was announced but is
        not yet law: see :meth:`Table.announced`.

        >>> tables = Tables.load()
        >>> tables.announced("uc.carer_element", dt.date(2026, 4, 6))
        False
        """
        return self.table(table_id).announced(on)

    def schedule(self, name: str) -> Any:
        """A data schedule (``"lha"``: the rent officers' determinations) as
        a rates policy extended it, or ``None`` for the shipped one."""
        return self._schedules.get(name)

    def ids(self) -> list[str]:
        return sorted(self._tables)

    def __iter__(self):
        return iter(self._tables[k] for k in sorted(self._tables))

    def __len__(self) -> int:
        return len(self._tables)

    def __repr__(self) -> str:
        return f"<Tables: {len(self)} tables, {self.version}>"


def tables_or_default(tables: Any) -> "Tables":
    """``tables`` if it is a :class:`Tables`, the shipped tables for None;
    anything else an :class:`~entitlements.errors.InputError`."""
    if tables is None:
        return default_tables()
    if not isinstance(tables, Tables):
        raise InputError("tables", type(tables).__name__, "a Tables (Tables.load(...)), or None for the shipped rules")
    return tables
class ReadRecorder:
    """Tables that note every value read (``at``, ``row``) with its
    date(s), passing everything else through: to learn which tables a
    calculation reads, and on which dates (:meth:`spans`)."""

    def __init__(self, tables: Tables) -> None:
        self._tables = tables
        self.calls: list[tuple[str, Any]] = []

    def at(self, table_id, on, key=None):
        self.calls.append((table_id, on))
        return self._tables.at(table_id, on, key)

    def row(self, table_id, on):
        self.calls.append((table_id, on))
        return self._tables.row(table_id, on)

    def __getattr__(self, name):
        return getattr(self._tables, name)

    def spans(self) -> dict[str, tuple[dt.date, dt.date]]:
        """Each table read, with the first and last date it was read for."""
        out: dict[str, tuple[dt.date, dt.date]] = {}
        seen: dict[int, tuple[dt.date, dt.date]] = {}
        for tid, on in self.calls:
            if isinstance(on, np.ndarray):
                if not on.size:
                    continue
                span = seen.get(id(on))
                if span is None:
                    days = on.astype("datetime64[D]")
                    span = seen[id(on)] = (days.min().astype(dt.date), days.max().astype(dt.date))
            else:
                span = (on, on)
            lo, hi = out.get(tid, span)
            out[tid] = (min(lo, span[0]), max(hi, span[1]))
        return out


@cache
def default_tables() -> Tables:
    """The shipped tables, loaded on first use and then reused.

    Loading happens on the first call, never at import. The result is
    immutable, so sharing it is safe.
    """
    return Tables.load()


def shipped_rules_dir() -> Path:
    """Where the shipped rules are: inside the installed package, or, in a
    source checkout, the top-level ``rules/``."""
    here = Path(__file__).resolve().parent
    inside = here / "rules"
    if (inside / "release.toml").exists():
        return inside
    checkout = here.parent.parent / "rules"
    if (checkout / "release.toml").exists():
        return checkout
    raise RuleTableError(str(inside), "the shipped rule tables are missing: reinstall entitlements")


# -- parsing and validation -------------------------------------------------


def _read_tree(root: Path) -> tuple[str, str, list[tuple[Path, str]]]:
    manifest = root / "release.toml"
    if not manifest.exists():
        raise RuleTableError(str(manifest), "missing: a rules directory needs release.toml with `release = \"...\"`")
    try:
        release = tomllib.loads(manifest.read_text("utf-8"))["release"]
    except (tomllib.TOMLDecodeError, KeyError) as e:
        raise RuleTableError(str(manifest), f"must hold `release = \"YYYY.N\"` ({e})") from None
    h = hashlib.sha256()
    files = []
    for path in sorted(root.rglob("*.toml")):
        rel = path.relative_to(root).as_posix()
        if rel == "release.toml" or rel.startswith(NOT_TABLES):
            continue
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
        files.append((path, rel))
    # The other data files (schedules, Band D figures, local schemes) count
    # towards the hash too: a result names the data it used.
    for sub in NOT_TABLES:
        d = root / sub.rstrip("/")
        for path in sorted(d.rglob("*.toml")) if d.exists() else []:
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return str(release), h.hexdigest()[:12], files


def read_toml(path: Path) -> dict:
    """A rules data file as a dict (decimals exact: ``parse_float=Decimal``);
    :class:`RuleTableError` naming the file if it is not valid TOML. Shared by
    every reader of ``rules/``."""
    try:
        return tomllib.loads(Path(path).read_text("utf-8"), parse_float=Decimal)
    except tomllib.TOMLDecodeError as e:
        raise RuleTableError(str(path), f"not valid TOML: {e}") from None


def reject_unknown(where: str, what: str, data: Mapping, allowed: set[str]) -> None:
    """:class:`RuleTableError` if ``data`` has a key not in ``allowed``."""
    extra = set(data) - allowed
    if extra:
        raise RuleTableError(where, f"{what}: unknown key(s) {sorted(extra)}; allowed: {sorted(allowed)}")


def _parse_table(path: Path, rel: str | None, origin: str) -> Table:
    where = str(path)
    data = read_toml(path)
    unknown = set(data) - _TABLE_KEYS
    if unknown:
        raise RuleTableError(
            where, f"unknown key(s) {sorted(unknown)}; a table may have {sorted(_TABLE_KEYS)}"
        )
    for k in ("id", "title", "unit", "applies", "legal_basis", "until", "rows"):
        if k not in data:
            raise RuleTableError(where, f"missing `{k}`; every table needs id, title, unit, applies, legal_basis, until and rows")
    tid = data["id"]
    if rel is not None:
        expected = rel.removesuffix(".toml").replace("/", ".")
        if tid != expected:
            raise RuleTableError(where, f"id {tid!r} does not match its path: expected {expected!r}")
    unit = data["unit"]
    if unit not in UNITS:
        raise RuleTableError(where, f"unit {unit!r} is not known; use one of {sorted(UNITS)}")
    if data["applies"] not in APPLIES:
        raise RuleTableError(where, f"applies {data['applies']!r} is not known; use one of {sorted(APPLIES)}")
    until = data["until"]
    if not isinstance(until, dt.date) or isinstance(until, dt.datetime):
        raise RuleTableError(where, f"until must be a date like 2027-04-05 (got {until!r})")
    keys = data.get("keys")
    if keys is not None:
        if not (isinstance(keys, list) and keys and all(isinstance(k, str) for k in keys)):
            raise RuleTableError(where, "keys must be a non-empty list of names")
        if len(set(keys)) != len(keys):
            raise RuleTableError(where, "keys must not repeat")
        keys = tuple(keys)
    raw_rows = data["rows"]
    if not isinstance(raw_rows, list) or not raw_rows:
        raise RuleTableError(where, "needs at least one [[rows]] entry")
    rows = []
    for i, r in enumerate(raw_rows, start=1):
        rows.append(_parse_row(where, i, r, unit, keys, origin))
    for i in range(1, len(rows)):
        if rows[i].start <= rows[i - 1].start:
            raise RuleTableError(
                where,
                f"`from` {rows[i].start} is not after the previous row's {rows[i - 1].start}: "
                "rows must be in date order with no two starting on the same day",
                row=i + 1,
            )
    if until < rows[-1].start:
        raise RuleTableError(where, f"until {until} is before the last row starts ({rows[-1].start})")
    frozen = _parse_frozen(where, data.get("frozen", []), keys, rows[0].start)
    bounds = _parse_bounds(where, data.get("bounds"), unit)
    for i, r in enumerate(rows, start=1):
        check_bounds(where, i, r, unit, bounds)
    return Table(
        id=tid,
        title=data["title"],
        unit=unit,
        applies=data["applies"],
        legal_basis=data["legal_basis"],
        until=until,
        rows=tuple(rows),
        path=where,
        keys=keys,
        note=data.get("note"),
        frozen=frozen,
        bounds=bounds,
    )


def _parse_bounds(where: str, raw: Any, unit: str) -> tuple[Any, Any] | None:
    """A table's bounds: as declared (``bounds = [least, most]``, in its
    unit), or :data:`DEFAULT_BOUNDS` for its unit; None for dates."""
    if UNITS[unit] == "date":
        if raw is not None:
            raise RuleTableError(where, "bounds are for numbers; a date table has none")
        return None
    if raw is None:
        raw = list(DEFAULT_BOUNDS[unit])
    if not (isinstance(raw, list) and len(raw) == 2 and all(isinstance(x, (int, Decimal)) and not isinstance(x, bool) for x in raw)
            and raw[0] <= raw[1]):
        raise RuleTableError(where, f"bounds must be [least, most] in {unit}, least first (got {raw!r})")
    lo, hi = (_convert(where, 0, "bounds", x, unit) for x in raw)
    return lo, hi


def check_bounds(where: str, i: int, row: "Row", unit: str, bounds: tuple[Any, Any] | None) -> None:
    """:class:`RuleTableError` naming the row if a value is outside
    ``bounds``, or is a percentage written as a fraction (0 < v < 1)."""
    if bounds is None:
        return
    lo, hi = bounds
    values = row.value.items() if isinstance(row.value, dict) else [("value", row.value)]
    for name, v in values:
        shown_v = _shown(v, unit)
        if not lo <= v <= hi:
            raise RuleTableError(where, f"{name} = {shown_v} is outside the bounds {_shown(lo, unit)} to {_shown(hi, unit)} "
                                        f"{unit}: is it in the wrong unit (pence for pounds, a fraction for a percentage)?", row=i)
        if unit == "percent" and 0 < v < 1:
            raise RuleTableError(where, f"{name} = {shown_v} looks like a fraction: a percent table takes 55 for 55%", row=i)


def _shown(v: Any, unit: str) -> str:
    if UNITS[unit] == "pence":
        return f"{Decimal(int(v)) / 100}"
    if isinstance(v, Fraction):
        return f"{float(v):g}"
    return str(v)


def _parse_frozen(where: str, entries: Any, keys, earliest: dt.date) -> tuple[Freeze, ...]:
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise RuleTableError(where, "`frozen` must be a list of [[frozen]] tables")
    out = []
    for i, e in enumerate(entries, start=1):
        what = f"[[frozen]] entry {i}"
        unknown = set(e) - _FROZEN_KEYS
        if unknown:
            raise RuleTableError(where, f"{what}: unknown key(s) {sorted(unknown)}; it may have {sorted(_FROZEN_KEYS)}")
        start, until, source = e.get("from"), e.get("until"), e.get("source")
        for name, d in (("from", start), ("until", until)):
            if not isinstance(d, dt.date) or isinstance(d, dt.datetime):
                raise RuleTableError(where, f"{what}: `{name}` must be a date like 2026-04-06 (got {d!r})")
        if until < start:
            raise RuleTableError(where, f"{what}: until {until} is before from {start}")
        if start < earliest:
            raise RuleTableError(where, f"{what}: from {start} is before the first row ({earliest}): nothing to freeze")
        if not isinstance(source, str) or not source.strip():
            raise RuleTableError(where, f"{what}: missing `source`: give the provision that freezes the value")
        fkeys = e.get("keys")
        if fkeys is not None:
            if keys is None:
                raise RuleTableError(where, f"{what}: `keys` given but the table declares no keys")
            if not (isinstance(fkeys, list) and fkeys and set(fkeys) <= set(keys)):
                raise RuleTableError(where, f"{what}: keys must be a non-empty list drawn from {list(keys)} (got {fkeys!r})")
            fkeys = tuple(fkeys)
        out.append(Freeze(start=start, until=until, source=source.strip(), keys=fkeys, note=e.get("note")))
    return tuple(out)


def _parse_row(where: str, i: int, r: Any, unit: str, keys, origin: str) -> Row:
    if not isinstance(r, dict):
        raise RuleTableError(where, "each row must be a [[rows]] table", row=i)
    unknown = set(r) - _ROW_KEYS
    if unknown:
        raise RuleTableError(where, f"unknown key(s) {sorted(unknown)}; a row may have {sorted(_ROW_KEYS)}", row=i)
    start = r.get("from")
    if not isinstance(start, dt.date) or isinstance(start, dt.datetime):
        raise RuleTableError(where, f"`from` must be a date like 2025-04-07 (got {start!r})", row=i)
    source = r.get("source")
    if not isinstance(source, str) or not source.strip():
        raise RuleTableError(where, "missing `source`: give the SI and article/regulation, or the GOV.UK page", row=i)
    verified = r.get("verified", True)
    if not isinstance(verified, bool):
        raise RuleTableError(where, f"verified must be true or false (got {verified!r})", row=i)
    note = r.get("note")
    if not verified and not note:
        raise RuleTableError(where, "an unverified row needs a `note` saying what could not be checked", row=i)
    status = r.get("status", "in_force")
    if status not in STATUSES:
        raise RuleTableError(where, f"status must be one of {', '.join(map(repr, STATUSES))} (got {status!r})", row=i)
    if status == "announced" and not _A_DATE.search(source):
        raise RuleTableError(
            where,
            "an announced row's `source` must name the announcement and its date, e.g. "
            "\"DWP, 'Benefit and pension rates 2027 to 2028', 26 November 2026\"",
            row=i,
        )
    if keys is None:
        if "values" in r:
            raise RuleTableError(where, "`values` given but the table declares no `keys`; use `value`", row=i)
        if "value" not in r:
            raise RuleTableError(where, "missing `value`", row=i)
        value = _convert(where, i, "value", r["value"], unit)
    else:
        if "value" in r:
            raise RuleTableError(where, "`value` given but the table declares `keys`; use `values = {...}`", row=i)
        vals = r.get("values")
        if not isinstance(vals, dict):
            raise RuleTableError(where, f"missing `values` (a table with one entry for each of {list(keys)})", row=i)
        if set(vals) != set(keys):
            missing = sorted(set(keys) - set(vals))
            extra = sorted(set(vals) - set(keys))
            raise RuleTableError(where, f"values must have exactly the keys {list(keys)} (missing {missing}, unknown {extra})", row=i)
        value = {k: _convert(where, i, f"values.{k}", vals[k], unit) for k in keys}
    return Row(start=start, value=value, source=source.strip(), verified=verified, note=note, origin=origin, status=status)


def _convert(where: str, i: int, name: str, v: Any, unit: str):
    kind = UNITS[unit]
    if kind == "date":
        if not isinstance(v, dt.date) or isinstance(v, dt.datetime):
            raise RuleTableError(where, f"{name} must be a date (got {v!r})", row=i)
        return v
    if isinstance(v, bool) or not isinstance(v, (int, Decimal)):
        raise RuleTableError(where, f"{name} must be a number (got {v!r})", row=i)
    d = Decimal(v)
    if kind == "pence":
        p = d * 100
        if p != p.to_integral_value():
            raise RuleTableError(where, f"{name} = {v} has a fraction of a penny; amounts are in pounds to 2 decimal places", row=i)
        return int(p)
    if kind == "fraction":
        return Fraction(d)
    if d != d.to_integral_value():
        raise RuleTableError(where, f"{name} = {v} must be a whole number of {unit}", row=i)
    return int(d)


def _changes(base: Table, over: Table) -> bool:
    """Whether laying ``over`` on ``base`` changes any value on any date."""
    if over.until != base.until or any(r.start > over.rows[0].start for r in base.rows):
        return True
    for r in over.rows:
        if not base.earliest <= r.start <= base.until:
            return True
        b = base.row_at(r.start)
        if (b.value, b.source, b.verified, b.status, b.note) != (r.value, r.source, r.verified, r.status, r.note):
            return True
    return False


def _overlay(base: Table | None, over: Table, known: Iterable[str] = ()) -> Table:
    if base is None:
        import difflib

        close = difflib.get_close_matches(over.id, list(known), n=1, cutoff=0.6)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise RuleTableError(over.path, f"id {over.id!r} is not a table of the rules, so nothing would read it and the "
                                        f"overlay would change nothing.{hint}")
    if base.unit != over.unit or base.keys != over.keys:
        raise RuleTableError(
            over.path,
            f"overlay for {over.id} must keep the unit {base.unit!r} and keys {base.keys} of the shipped table",
        )
    for i, r in enumerate(over.rows, start=1):  # held to the shipped table's bounds
        check_bounds(over.path, i, r, over.unit, base.bounds)
    cut = over.rows[0].start
    rows = tuple(r for r in base.rows if r.start < cut) + over.rows
    if not _changes(base, over):
        raise RuleTableError(over.path, f"the overlay for {over.id} gives the same values and sources from the same dates as "
                                        "the shipped table: it would change nothing")
    # A shipped freeze describes the shipped values: it stops where the overlay's rows begin.
    last = cut - dt.timedelta(days=1)
    frozen = tuple(attrs.evolve(f, until=min(f.until, last)) for f in base.frozen if f.start < cut) + over.frozen
    # A date outside the table now is the overlay's doing as much as the shipped file's: name both.
    return attrs.evolve(base, rows=rows, until=over.until, frozen=frozen, path=f"{over.path} (laid over {base.path})")
