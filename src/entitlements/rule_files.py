"""Reading rule table files: a ``rules/`` tree (its release and content
hash), each TOML table checked strictly into a :class:`~entitlements.rule_table.Table`,
and an overlay laid over a shipped table.

The format is described in :mod:`entitlements.tables`. Every mistake is a
:class:`~entitlements.errors.RuleTableError` naming the file, the row and the fix.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs

from .errors import RuleTableError, shown_path
from .rule_table import APPLIES, STATUSES, UNITS, Freeze, Row, Table

#: Folders of ``rules/`` that hold data files of their own shape, read by their
#: own modules (descriptor and LHA schedules, the Band D figures of billing
#: authorities, councils' local Council Tax Reduction schemes), not tables.
NOT_TABLES: tuple[str, ...] = ("schedules/", "council_tax/band_d/", "ctr/local/")

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
    return attrs.evolve(base, rows=rows, until=over.until, frozen=frozen, path=f"{over.path} (laid over {shown_path(base.path)})")
