"""Descriptor schedules: load and validate the assessment tables in ``rules/schedules/``.

A schedule file in ``rules/schedules/wca/`` or ``rules/schedules/pip/``
(:data:`ASSESSMENT_DIRS`) holds one statutory schedule of activities and descriptors
(or of "treated as" circumstances)::

    id = "wca.schedule6"          # must match the path: rules/schedules/wca/schedule6.toml
    title = "..."
    legal_basis = "SI 2013/376 reg 39, Sch 6"
    from = 2013-04-29             # the date the text applies from
    source = "SI 2013/376 Sch 6"
    kind = "points"               # "points", "any_one" or "circumstances": see KINDS
    gives = "lcw"                 # what the schedule decides: see GIVES
    thresholds = { lcw = 15 }     # "points" schedules only

    [[activities]]
    code = "lcw.1"                # the activity's code
    number = 1
    name = "Mobilising"
    part = "physical"             # WCA only: "physical" or "mental" (or per descriptor)
    # verified = false            # with a `note` saying what could not be checked

      [[activities.descriptors]]
      code = "lcw.1a"             # the activity code, or it plus one letter
      text = "our own short paraphrase"
      points = 15                 # "points" schedules only

    [[circumstances]]             # "circumstances" schedules only
    code = "sch9.terminally_ill"
    paragraph = "Sch 9 para 1"
    text = "..."
    substantial_risk = false      # true for the Sch 8/9 para 4 route (reg 39(7), 40(6))

Loading is strict, like the rule tables: an unknown key, a duplicate code (in
one file or across files), points that are not a whole number from 0 to the
schedule's highest threshold, a descriptor code that does not belong to its
activity, a missing source: each raises
:class:`~entitlements.errors.RuleTableError` naming the file and the entry.
An unknown code asked of :class:`Schedules` raises
:class:`~entitlements.errors.InputError` listing the closest known codes.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from ..errors import InputError, RuleTableError
from ..tables import shipped_rules_dir

__all__ = [
    "ASSESSMENT_DIRS",
    "KINDS",
    "GIVES",
    "PARTS",
    "Descriptor",
    "Activity",
    "Circumstance",
    "Schedule",
    "Schedules",
    "default_schedules",
]

#: The folders of ``rules/schedules/`` that hold assessment schedules.
ASSESSMENT_DIRS = ("wca", "pip")
#: What a schedule's ``kind`` may be.
KINDS = {
    "points": "activities whose descriptors score points; the highest in each activity counts",
    "any_one": "descriptors without points; any one that applies decides the outcome",
    "circumstances": "circumstances in which a claimant is treated as having the outcome",
}
#: What a schedule may decide, by kind.
GIVES = {
    "points": ("lcw", "daily_living", "mobility"),
    "any_one": ("lcwra",),
    "circumstances": ("lcw", "lcwra"),
}
#: The parts of the work capability assessment (UC Regs 2013 reg 39(3), 40(3)).
PARTS = ("physical", "mental")
_WCA_GIVES = ("lcw", "lcwra")

_TOP_KEYS = {"id", "title", "legal_basis", "from", "source", "kind", "gives", "thresholds", "note",
             "activities", "circumstances"}
_ACTIVITY_KEYS = {"code", "number", "name", "part", "descriptors", "verified", "note"}
_DESCRIPTOR_KEYS = {"code", "text", "points", "part", "verified", "note"}
_CIRCUMSTANCE_KEYS = {"code", "paragraph", "text", "substantial_risk", "verified", "note"}
_CODE = re.compile(r"^[a-z][a-z0-9]*\.[a-z0-9_]+$")


@attrs.frozen
class Descriptor:
    """One descriptor of an activity."""

    code: str
    activity: str
    text: str
    points: int | None  # None in an "any_one" schedule
    part: str | None  # "physical"/"mental" for the WCA, None for PIP
    schedule: str
    verified: bool = True
    note: str | None = None


@attrs.frozen
class Activity:
    """One activity and its descriptors, highest first as the law lists them."""

    code: str
    number: int
    name: str
    descriptors: tuple[Descriptor, ...]
    schedule: str
    verified: bool = True
    note: str | None = None

    @property
    def allowed_points(self) -> tuple[int, ...]:
        """The distinct scores its descriptors give, in ascending order."""
        return tuple(sorted({d.points for d in self.descriptors if d.points is not None}))


@attrs.frozen
class Circumstance:
    """One "treated as" circumstance (UC Regs 2013 Sch 8 or Sch 9)."""

    code: str
    paragraph: str
    text: str
    schedule: str
    gives: str
    substantial_risk: bool = False
    verified: bool = True
    note: str | None = None


@attrs.frozen
class Schedule:
    """One statutory schedule of activities or circumstances."""

    id: str
    title: str
    legal_basis: str
    start: dt.date
    source: str
    kind: str
    gives: str
    path: str
    thresholds: tuple[tuple[str, int], ...] = ()
    activities: tuple[Activity, ...] = ()
    circumstances: tuple[Circumstance, ...] = ()
    note: str | None = None

    def threshold(self, name: str) -> int:
        """The threshold called ``name`` (e.g. ``"lcw"`` or ``"enhanced"``)."""
        for k, v in self.thresholds:
            if k == name:
                return v
        have = ", ".join(k for k, _ in self.thresholds) or "none"
        raise RuleTableError(self.path, f"no threshold {name!r}; thresholds are: {have}")

    def check_in_force(self, on: dt.date) -> None:
        """Raise :class:`InputError` if ``on`` is before the schedule applies."""
        if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
            raise InputError("on", on, "a datetime.date")
        if on < self.start:
            raise InputError(
                "on", on.isoformat(),
                f"a date on or after {self.start.isoformat()}, when {self.id} ({self.source}) applies from",
            )


class Schedules:
    """Every schedule under ``rules/schedules/``, with lookup by code. Immutable.

    >>> s = Schedules.load()
    >>> s.descriptor("lcw.1a").points
    15
    """

    __slots__ = ("_schedules", "_descriptors", "_activities", "_circumstances")

    def __init__(self, schedules: Iterable[Schedule]) -> None:
        self._schedules: dict[str, Schedule] = {}
        self._descriptors: dict[str, Descriptor] = {}
        self._activities: dict[str, Activity] = {}
        self._circumstances: dict[str, Circumstance] = {}
        where: dict[tuple[str, str], str] = {}
        for s in schedules:
            if s.id in self._schedules:
                raise RuleTableError(s.path, f"id {s.id!r} is also used by {self._schedules[s.id].path}")
            self._schedules[s.id] = s
            entries: list[tuple[str, Any]] = []
            for a in s.activities:
                entries.append((a.code, a))
                entries.extend((d.code, d) for d in a.descriptors)
            entries.extend((c.code, c) for c in s.circumstances)
            for code, obj in entries:
                key = (type(obj).__name__, code)
                if key in where and where[key] != s.path:
                    raise RuleTableError(s.path, f"code {code!r} is also used in {where[key]}; codes must be unique across schedules")
                where[key] = s.path
                if isinstance(obj, Activity):
                    self._activities[code] = obj
                elif isinstance(obj, Descriptor):
                    self._descriptors[code] = obj
                else:
                    self._circumstances[code] = obj

    @classmethod
    def load(cls, rules_dir: str | Path | None = None) -> "Schedules":
        """Load every ``*.toml`` under ``<rules_dir>/schedules/wca`` and
        ``.../schedules/pip`` (the shipped rules by default). Other files in
        ``schedules/`` belong to other modules and are left alone."""
        root = Path(rules_dir) if rules_dir is not None else shipped_rules_dir()
        base = root / "schedules"
        files = []
        for sub in ASSESSMENT_DIRS:
            if not (base / sub).is_dir():
                raise RuleTableError(str(base / sub), "missing: the assessment schedules live in rules/schedules/wca and rules/schedules/pip")
            files.extend(sorted((base / sub).rglob("*.toml")))
        return cls(parse_schedule(p, p.relative_to(base).as_posix()) for p in files)

    # -- lookup ---------------------------------------------------------------
    def schedule(self, schedule_id: str) -> Schedule:
        try:
            return self._schedules[schedule_id]
        except KeyError:
            raise InputError("schedule", schedule_id, "one of " + ", ".join(sorted(self._schedules))) from None

    def descriptor(self, code: str, *, field: str = "descriptor", among: Iterable[str] | None = None) -> Descriptor:
        """The descriptor with this code; ``among`` limits it to those schedules."""
        if among is not None and isinstance(code, str) and code in self._descriptors:
            owner = self._descriptors[code].schedule
            if owner not in set(among):
                raise InputError(field, code, f"a descriptor of {' or '.join(among)}; {code} is in {owner}")
        return _find(self._descriptors, code, field, among, "a descriptor code")

    def activity(self, code: str, *, field: str = "activity", among: Iterable[str] | None = None) -> Activity:
        return _find(self._activities, code, field, among, "an activity code")

    def circumstance(self, code: str, *, field: str = "treated_as", among: Iterable[str] | None = None) -> Circumstance:
        return _find(self._circumstances, code, field, among, "a treated-as circumstance code")

    def ids(self) -> list[str]:
        return sorted(self._schedules)

    def descriptor_codes(self, schedule_id: str | None = None) -> list[str]:
        return [c for c, d in self._descriptors.items() if schedule_id is None or d.schedule == schedule_id]

    def circumstance_codes(self, schedule_id: str | None = None) -> list[str]:
        return [c for c, d in self._circumstances.items() if schedule_id is None or d.schedule == schedule_id]

    def __iter__(self) -> Iterator[Schedule]:
        return iter(self._schedules[k] for k in sorted(self._schedules))

    def __len__(self) -> int:
        return len(self._schedules)

    def __repr__(self) -> str:
        return f"<Schedules: {', '.join(self.ids())}>"


@cache
def default_schedules() -> Schedules:
    """The shipped schedules, loaded on first use (never at import) and reused.

    The result is immutable, so sharing it is safe.
    """
    return Schedules.load()


def _unknown(field: str, code: Any, pool: dict, what: str) -> InputError:
    known = sorted(pool)
    close: list[str] = []
    if isinstance(code, str):
        close = difflib.get_close_matches(code, known, n=5, cutoff=0.6)
        prefix = code.rstrip("abcdefghijklmnopqrstuvwxyz")
        close += [k for k in known if prefix and k.startswith(prefix) and k not in close][:5]
    hint = f"; closest: {', '.join(close[:6])}" if close else f"; known codes start {', '.join(sorted({k.split('.')[0] + '.' for k in known}))}"
    return InputError(field, code, f"{what} from the schedules{hint}")


# -- parsing -------------------------------------------------------------------


def parse_schedule(path: Path, rel: str | None = None) -> Schedule:
    """Parse and validate one schedule file. ``rel`` is its path under
    ``schedules/``, against which the ``id`` is checked."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise RuleTableError(where, f"not valid TOML: {e}") from None
    _keys(where, data, _TOP_KEYS, "a schedule")
    for k in ("id", "title", "legal_basis", "from", "source", "kind", "gives"):
        if k not in data:
            raise RuleTableError(where, f"missing `{k}`; every schedule needs id, title, legal_basis, from, source, kind and gives")
    sid = data["id"]
    if rel is not None:
        expected = rel.removesuffix(".toml").replace("/", ".")
        if sid != expected:
            raise RuleTableError(where, f"id {sid!r} does not match its path: expected {expected!r}")
    for k in ("title", "legal_basis", "source"):
        _text(where, data[k], k)
    start = data["from"]
    if not isinstance(start, dt.date) or isinstance(start, dt.datetime):
        raise RuleTableError(where, f"`from` must be a date like 2013-04-29 (got {start!r})")
    kind = data["kind"]
    if kind not in KINDS:
        raise RuleTableError(where, f"kind {kind!r} is not known; use one of {sorted(KINDS)}")
    gives = data["gives"]
    if gives not in GIVES[kind]:
        raise RuleTableError(where, f"gives {gives!r} does not fit kind {kind!r}; use one of {list(GIVES[kind])}")
    thresholds: tuple[tuple[str, int], ...] = ()
    if kind == "points":
        raw = data.get("thresholds")
        if not isinstance(raw, dict) or not raw:
            raise RuleTableError(where, "a points schedule needs `thresholds = { name = points, ... }`")
        for k, v in raw.items():
            if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
                raise RuleTableError(where, f"thresholds.{k} = {v!r} must be a whole number of points above 0")
        thresholds = tuple(raw.items())
    elif "thresholds" in data:
        raise RuleTableError(where, f"`thresholds` belongs only in a points schedule (this one is {kind!r})")
    max_points = max((v for _, v in thresholds), default=0)
    wca = gives in _WCA_GIVES

    activities: tuple[Activity, ...] = ()
    circumstances: tuple[Circumstance, ...] = ()
    if kind == "circumstances":
        if "activities" in data:
            raise RuleTableError(where, "a circumstances schedule has [[circumstances]], not [[activities]]")
        circumstances = _parse_circumstances(where, sid, gives, data.get("circumstances"))
    else:
        if "circumstances" in data:
            raise RuleTableError(where, f"a {kind} schedule has [[activities]], not [[circumstances]]")
        activities = _parse_activities(where, sid, kind, wca, max_points, data.get("activities"))
    return Schedule(
        id=sid, title=data["title"], legal_basis=data["legal_basis"], start=start,
        source=data["source"].strip(), kind=kind, gives=gives, path=where, thresholds=thresholds,
        activities=activities, circumstances=circumstances, note=data.get("note"),
    )


def _parse_activities(where: str, sid: str, kind: str, wca: bool, max_points: int, raw: Any) -> tuple[Activity, ...]:
    if not isinstance(raw, list) or not raw:
        raise RuleTableError(where, "needs at least one [[activities]] entry")
    seen: set[str] = set()  # activity codes
    seen_d: set[str] = set()  # descriptor codes (a lone descriptor may share its activity's code)
    out = []
    last_number = 0
    for i, a in enumerate(raw, start=1):
        label = f"activity {i}"
        if not isinstance(a, dict):
            raise RuleTableError(where, f"{label}: each activity must be an [[activities]] table")
        code = a.get("code")
        _code(where, code, label)
        label = f"activity {code}"
        _keys(where, a, _ACTIVITY_KEYS, label)
        if code in seen:
            raise RuleTableError(where, f"{label}: code used twice in this file")
        seen.add(code)
        number = a.get("number")
        if isinstance(number, bool) or not isinstance(number, int) or number <= last_number:
            raise RuleTableError(where, f"{label}: number must be a whole number greater than the previous activity's ({last_number}); got {number!r}")
        last_number = number
        name = _text(where, a.get("name"), f"{label}: name")
        part = a.get("part")
        if part is not None and (not wca or part not in PARTS):
            raise RuleTableError(where, f"{label}: part {part!r} is not allowed (a WCA activity may be {' or '.join(PARTS)}; PIP activities have none)")
        verified, note = _verified(where, a, label)
        raw_d = a.get("descriptors")
        if not isinstance(raw_d, list) or not raw_d:
            raise RuleTableError(where, f"{label}: needs at least one [[activities.descriptors]] entry")
        descs = []
        for d in raw_d:
            dlabel = f"{label} descriptor"
            if not isinstance(d, dict):
                raise RuleTableError(where, f"{dlabel}: each descriptor must be a table")
            dcode = d.get("code")
            _code(where, dcode, dlabel)
            dlabel = f"descriptor {dcode}"
            _keys(where, d, _DESCRIPTOR_KEYS, dlabel)
            if not (dcode == code or (dcode[:-1] == code and dcode[-1].isalpha() and dcode[-1].islower())):
                raise RuleTableError(where, f"{dlabel}: code must be its activity's code {code!r} or that plus one letter")
            if dcode in seen_d or (dcode in seen and dcode != code):
                raise RuleTableError(where, f"{dlabel}: code used twice in this file")
            seen_d.add(dcode)
            text = _text(where, d.get("text"), f"{dlabel}: text")
            points = d.get("points")
            if kind == "points":
                if isinstance(points, bool) or not isinstance(points, int) or not 0 <= points <= max_points:
                    raise RuleTableError(where, f"{dlabel}: points must be a whole number from 0 to {max_points} (got {points!r})")
            elif points is not None:
                raise RuleTableError(where, f"{dlabel}: points given, but a {kind!r} schedule has none")
            dpart = d.get("part", part)
            if wca:
                if dpart not in PARTS:
                    raise RuleTableError(where, f"{dlabel}: part must be {' or '.join(PARTS)}, on the descriptor or its activity (got {dpart!r})")
            elif d.get("part") is not None:
                raise RuleTableError(where, f"{dlabel}: part is only for WCA schedules")
            dver, dnote = _verified(where, d, dlabel)
            descs.append(Descriptor(
                code=dcode, activity=code, text=text, points=points, part=dpart, schedule=sid,
                verified=dver and verified, note=dnote,
            ))
        if kind == "points":
            pts = [d.points for d in descs]
            if pts != sorted(pts) and pts != sorted(pts, reverse=True):
                raise RuleTableError(where, f"{label}: descriptors must be listed in order of points, as the Schedule lists them (got {pts})")
        out.append(Activity(code=code, number=number, name=name, descriptors=tuple(descs), schedule=sid,
                            verified=verified, note=note))
    return tuple(out)


def _parse_circumstances(where: str, sid: str, gives: str, raw: Any) -> tuple[Circumstance, ...]:
    if not isinstance(raw, list) or not raw:
        raise RuleTableError(where, "needs at least one [[circumstances]] entry")
    seen: set[str] = set()
    out = []
    for i, c in enumerate(raw, start=1):
        label = f"circumstance {i}"
        if not isinstance(c, dict):
            raise RuleTableError(where, f"{label}: each circumstance must be a [[circumstances]] table")
        code = c.get("code")
        _code(where, code, label)
        label = f"circumstance {code}"
        _keys(where, c, _CIRCUMSTANCE_KEYS, label)
        if code in seen:
            raise RuleTableError(where, f"{label}: code used twice in this file")
        seen.add(code)
        paragraph = _text(where, c.get("paragraph"), f"{label}: paragraph")
        text = _text(where, c.get("text"), f"{label}: text")
        sr = c.get("substantial_risk", False)
        if not isinstance(sr, bool):
            raise RuleTableError(where, f"{label}: substantial_risk must be true or false (got {sr!r})")
        verified, note = _verified(where, c, label)
        out.append(Circumstance(code=code, paragraph=paragraph, text=text, schedule=sid, gives=gives,
                                substantial_risk=sr, verified=verified, note=note))
    return tuple(out)


def _keys(where: str, data: dict, allowed: set[str], label: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise RuleTableError(where, f"{label}: unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}")


def _code(where: str, code: Any, label: str) -> None:
    if not isinstance(code, str) or not _CODE.match(code):
        raise RuleTableError(where, f"{label}: code must look like 'lcw.1a' or 'sch9.terminally_ill' (got {code!r})")


def _text(where: str, value: Any, label: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RuleTableError(where, f"{label} must be non-empty text (got {value!r})")
    return value.strip()


def _verified(where: str, entry: dict, label: str) -> tuple[bool, str | None]:
    verified = entry.get("verified", True)
    if not isinstance(verified, bool):
        raise RuleTableError(where, f"{label}: verified must be true or false (got {verified!r})")
    note = entry.get("note")
    if note is not None and not isinstance(note, str):
        raise RuleTableError(where, f"{label}: note must be text")
    if not verified and not note:
        raise RuleTableError(where, f"{label}: verified = false needs a `note` saying what could not be checked")
    return verified, note


def _find(entries: dict[str, Any], code: Any, field: str, among: Iterable[str] | None, what: str):
    """An entry by code, limited to the schedules ``among``; an unknown code
    is an InputError listing the closest codes."""
    pool = entries if among is None else {k: v for k, v in entries.items() if v.schedule in set(among)}
    found = pool.get(code) if isinstance(code, str) else None
    if found is None:
        raise _unknown(field, code, pool, what)
    return found


def codes_once(values: Iterable[str], field: str, example: str) -> list[str]:
    """A list of codes as given, each once: a bare string, a non-text code or
    a repeated code is an InputError."""
    if isinstance(values, str):
        raise InputError(field, values, "a list of codes, not a single string (write [\"...\"])")
    out: list[str] = []
    for v in values:
        if not isinstance(v, str):
            raise InputError(field, v, f"a code as text, e.g. '{example}'")
        if v in out:
            raise InputError(field, v, "each code once: it was given twice")
        out.append(v)
    return out
