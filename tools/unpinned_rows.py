"""Rule-table values that no test seems to name: a rough guide to the rows a
wrong rule could slip into unseen (issue 21).

A developer tool (not part of the package, not run by CI). It lists every
value of every effective-dated table in ``rules/`` (each ``value``,
``amount`` or key of ``values`` of each ``[[rows]]``, with the row's ``from``
date) and reports those whose value is written in no test file under
``tests/`` (the docs snapshots, ``tests/test_docs.py``, left out: their
expected output was produced by the code).

It is a heuristic, and an honest one only if read as such:

* It searches text. £116.75 is looked for as ``116.75`` and ``11675``;
  £196 as ``196``, ``196.00`` and ``19600``; 55 percent as ``55`` and
  ``0.55``; a count or period as itself. Digits grouped by ``_`` or ``,``
  are read whole (``1_050_000``, ``£10,500.00``). A form counts only as a
  whole number (``116.7`` is not found in ``116.75``).
* ``--dated`` is stricter: the value must be written in a test (a
  top-level ``def`` or ``class`` with its decorators, so a parametrised
  test's cases count) that also writes a date on which the row is in force
  (``D(2025, 4, 7)``, ``date(...)`` or ``"2025-04-07"``; dates written at the
  module's top level count for each of its tests).
* "Found" does not mean "pinned". A value found in a comment, in another
  table's test, or because another row has the same figure (a frozen rate,
  the single rate of one table equal to a rate of another), is reported as
  found; small whole numbers (a count of 1, a percentage of 20) are nearly
  always found. So the list of *unpinned* rows is a floor: each row on it
  is almost certainly untested by value, but a row off it may be untested
  too. Only mutation testing (``tools/mutation.py``) says whether a test
  fails when the row changes.
* LHA schedules, Band D figures, the local council tax reduction schemes
  and the points schedules (``rules/schedules``, ``rules/council_tax/band_d``,
  ``rules/ctr/local``) are not effective-dated ``[[rows]]`` tables and are
  not looked at.

    python tools/unpinned_rows.py                         # the unpinned rows and the count
    python tools/unpinned_rows.py --dated                 # the same, stricter
    python tools/unpinned_rows.py rules/housing_benefit   # one directory (or file)
    python tools/unpinned_rows.py --all                   # every value, found or not
    python tools/unpinned_rows.py --count                 # just the counts
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT_TESTS = ("tests/test_docs.py",)


@dataclass(frozen=True)
class Value:
    path: str  # relative to the repository
    line: int  # the line of the row's [[rows]] header
    start: str  # the row's from date
    key: str  # "value", "amount" or the key of "values"
    value: Decimal
    unit: str

    def forms(self) -> list[str]:
        return text_forms(self.value, self.unit)

    def describe(self) -> str:
        return f"{self.path}:{self.line}  from {self.start}  {self.key} = {self.value}  ({self.unit})"


def text_forms(value: Decimal, unit: str) -> list[str]:
    """How a test might write this value: pounds and pence for money, the
    percentage and its fraction for a percentage, the number otherwise."""
    plain = format(value.normalize(), "f")
    forms = {plain}
    if unit.startswith("GBP"):
        forms.add(f"{value:.2f}")
        pence = value * 100
        if pence == pence.to_integral_value() and pence >= 100:  # "55" for 55p would find anything
            forms.add(str(int(pence)))
    elif unit == "percent":
        forms.add(format((value / 100).normalize(), "f"))
    return sorted(forms)


def rule_values(paths: list[Path]) -> list[Value]:
    out: list[Value] = []
    for path in paths:
        text = path.read_text("utf-8")
        doc = tomllib.loads(text)
        if "rows" not in doc or doc.get("unit") == "date":
            continue
        unit = doc.get("unit", "")
        headers = [i for i, line in enumerate(text.splitlines(), start=1) if line.strip() == "[[rows]]"]
        rel = path.relative_to(ROOT).as_posix()
        for line, row in zip(headers, doc["rows"]):
            items = dict(row.get("values", {}))
            for key in ("value", "amount"):
                if key in row:
                    items[key] = row[key]
            for key, v in items.items():
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    continue
                out.append(Value(rel, line, str(row.get("from", "")), key, Decimal(str(v)), unit))
    return out


_GROUPED = re.compile(r"(?<=\d)[_,](?=\d{3}(?!\d))")


def test_text(root: Path = ROOT) -> str:
    """Every test file but the docs snapshots, digits grouped by ``_`` or
    ``,`` joined up."""
    skip = {root / s for s in SNAPSHOT_TESTS}
    parts = [p.read_text("utf-8") for p in sorted((root / "tests").rglob("*.py")) if p not in skip]
    return _GROUPED.sub("", "\n".join(parts))


def numbers_in(text: str) -> set[str]:
    """Every number written in the text, whole (``116.75`` gives ``116.75``,
    not ``116.7``)."""
    return set(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])", text))


_DATE_CALL = re.compile(r"\b(?:D|date)\(\s*(\d{4}),\s*(\d{1,2}),\s*(\d{1,2})\s*\)")
_DATE_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def test_chunks(root: Path = ROOT) -> list[tuple[set[str], set[dt.date]]]:
    """Each top-level test (a ``def`` or ``class`` with its decorators, so a
    parametrised test's cases go with it) and each stretch of module code
    between them: the numbers it writes, and the dates it writes together
    with those the module writes outside any test (shared constants)."""
    skip = {root / s for s in SNAPSHOT_TESTS}
    out = []
    for p in sorted((root / "tests").rglob("*.py")):
        if p in skip:
            continue
        text = _GROUPED.sub("", p.read_text("utf-8"))
        pieces, current = [], []
        for line in text.splitlines():
            starts = line.startswith(_DEF_STARTS)
            if starts and current and not current[-1].startswith("@") and not _in_decorator(current):
                pieces.append("\n".join(current))
                current = []
            current.append(line)
        pieces.append("\n".join(current))
        found = [(piece, _dates_in(piece)) for piece in pieces]
        # Dates written at the module level (a DAYS constant, ON = D(...)) are there for every test in the file.
        shared = set().union(*(d for piece, d in found if not piece.startswith(_DEF_STARTS)))
        out += [(numbers_in(piece), d | shared) for piece, d in found]
    return out


_DEF_STARTS = ("def ", "class ", "async def ", "@")


def _dates_in(text: str) -> set[dt.date]:
    dates = set()
    for m in [*_DATE_CALL.finditer(text), *_DATE_ISO.finditer(text)]:
        try:
            dates.add(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            pass
    return dates


def _in_decorator(lines: list[str]) -> bool:
    """Whether the lines end inside a decorator (its arguments go on over
    several lines): the last line at the left margin is a decorator."""
    for line in reversed(lines):
        if line and not line[0].isspace() and not line.startswith((")", "]", "}")):
            return line.startswith("@")
    return False


def in_force(values: list[Value], until: dict[str, dt.date | None]) -> dict[Value, tuple[dt.date, dt.date | None]]:
    """Each value's row's period: its ``from`` date to the day before the
    next row's (or the table's ``until``)."""
    starts: dict[str, list[dt.date]] = {}
    for v in values:
        starts.setdefault(v.path, [])
        d = dt.date.fromisoformat(v.start)
        if d not in starts[v.path]:
            starts[v.path].append(d)
    out = {}
    for v in values:
        d = dt.date.fromisoformat(v.start)
        later = sorted(s for s in starts[v.path] if s > d)
        out[v] = (d, later[0] - dt.timedelta(days=1) if later else until.get(v.path))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="rule files or directories (default: all of rules/)")
    ap.add_argument("--all", action="store_true", help="list every value, found or not")
    ap.add_argument("--count", action="store_true", help="print only the counts")
    ap.add_argument("--dated", action="store_true",
                    help="stricter: the value must be written in a test that also writes a date the row is in force on")
    args = ap.parse_args(argv)
    roots = [Path(p).resolve() for p in args.paths] or [ROOT / "rules"]
    files = sorted({f for r in roots for f in ([r] if r.is_file() else r.rglob("*.toml"))})
    values = rule_values(files)
    if args.dated:
        chunks = test_chunks()
        until = {}
        for f in files:
            u = tomllib.loads(f.read_text("utf-8")).get("until")
            until[f.relative_to(ROOT).as_posix()] = u if isinstance(u, dt.date) else None
        period = in_force(values, until)

        def pinned(v: Value) -> bool:
            lo, hi = period[v]
            return any(any(f in nums for f in v.forms()) and any(lo <= d and (hi is None or d <= hi) for d in dates)
                       for nums, dates in chunks)
    else:
        found = numbers_in(test_text())

        def pinned(v: Value) -> bool:
            return any(f in found for f in v.forms())

    unpinned = [v for v in values if not pinned(v)]
    if not args.count:
        for v in values if args.all else unpinned:
            mark = "" if not args.all else ("  found" if v not in unpinned else "  UNPINNED")
            print(v.describe() + mark)
    rows = {(v.path, v.line) for v in unpinned}
    print(f"{len(unpinned)} of {len(values)} values in {len(rows)} rows are written in no test (a heuristic: "
          f"see tools/unpinned_rows.py)", file=sys.stderr if not args.count else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
