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
:data:`~entitlements.rule_table.STATUSES`): ``"in_force"`` (the default: made law) or ``"announced"``
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

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from .errors import InputError, NoRowInForce, RuleTableError, UnknownTable  # noqa: F401  (UnknownTable: re-exported)
from .rule_files import NOT_TABLES, _overlay, _parse_table, _read_tree, check_bounds, read_toml, reject_unknown  # noqa: F401  (re-exported)
from .rule_table import APPLIES, POLICY_STATUSES, STATUSES, UNITS, Freeze, Row, Table  # noqa: F401  (re-exported)

__all__ = ["Row", "Freeze", "Table", "Tables", "RulesVersion", "ReadRecorder", "UNITS", "APPLIES", "STATUSES", "POLICY_STATUSES",
           "default_tables"]

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


# Long because: the rule tables' interface: thirteen short methods (load, overlays, look-ups by id and date,
# iteration), none over 25 lines, each read alone.
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
        init = object.__setattr__  # the one place these are set: see __setattr__
        init(self, "_tables", dict(tables))
        init(self, "version", version)
        init(self, "policy", policy)
        init(self, "base", base)
        init(self, "_schedules", dict(schedules or {}))
        # Answers for single dates, kept with this (immutable) set of tables:
        # one household's estimate asks the same few questions many times.
        # (Each answer is the same whichever thread writes it first.)
        init(self, "_memo", {})
        # Tables derived from these by a rates policy, made once per policy.
        init(self, "derived", {})

    def __setattr__(self, name: str, value: Any) -> None:
        # One set of tables may be shared by every caller in the process
        # (default_tables()): rebinding its version or policy would change
        # the results of all of them. Make new tables instead.
        raise AttributeError(f"Tables are immutable: {name!r} cannot be set (make new tables: Tables.load(...), "
                             "with_overlay(...))")

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    # -- loading ----------------------------------------------------------
    @classmethod
    def load(cls, rules_dir: str | Path | None = None, overlays: Iterable[str | Path] = ()) -> "Tables":
        """Load every table under ``rules_dir`` (the shipped rules by default),
        then lay each overlay (a file or a directory of tables) over them."""
        if isinstance(overlays, (str, bytes, Path)) or not hasattr(overlays, "__iter__"):
            # A string is iterable, one character at a time: "my-reform/" would be read as "m", "y", ...
            raise InputError("overlays", overlays, 'a list of overlay directories or files, e.g. ["my-reform/"]')
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

    def at(self, table_id: str, on: dt.date | np.ndarray[Any, Any], key: str | None = None) -> Any:
        """The value of table ``table_id`` in force on ``on``: see :meth:`Table.at`
        (pence, a Fraction for a percentage, a count or a date; a read-only
        dict of them for a keyed table without ``key``; arrays for an array
        of dates)."""
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

    def announced(self, table_id: str, on: dt.date | np.ndarray[Any, Any]) -> bool | np.ndarray[Any, Any]:
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
