"""Mutants of the rules and the engine, and the test run that judges each one.

A developer tool (not part of the package, not run by CI). A *mutant* is one
small, meaningful change of the kind a wrong rule is made of:

* in ``rules/``: an amount moved by a penny, a percentage or a count by one,
  a row's ``from`` date by a day (``rules_mutants``);
* in the engine (``src/entitlements/benefits``, ``assessments``, ``gain``): a
  comparison's boundary flipped (``<`` and ``<=``), an equality negated, one
  operand of ``|`` or ``&`` dropped (an exemption or a condition gone), a
  rounding changed (half up to down, ``maximum`` to ``minimum``), a whole
  number moved by one, a date written in the code moved by a day
  (``code_mutants``).

Each mutant is applied to a scratch copy of the repository (never to the
working tree) and the tests are run there (``Runner``); a mutant the tests do
not fail *survived*. The tests that compare the docs with the command's own
output (``tests/test_docs.py``) are left out: a wrong rule must fail a test
whose expected value was worked out by hand, not a snapshot of the code.
"""

from __future__ import annotations

import ast
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENGINE_DIRS = ("benefits", "assessments", "gain")
SNAPSHOT_TESTS = ("tests/test_docs.py",)

# -- what a mutant is ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mutant:
    """One change to one file: the text of line ``line`` (1-based) becomes
    ``new_line`` (rules), or the whole file becomes ``new_text`` (code)."""

    path: str  # relative to the repository
    line: int
    kind: str  # "rate", "percent", "count", "date", "boundary", "negate", "drop", "rounding", "number"
    before: str
    after: str
    new_text: str = field(repr=False, default="")

    def describe(self) -> str:
        return f"{self.path}:{self.line} [{self.kind}] {self.before.strip()} -> {self.after.strip()}"

    def apply(self, original: str) -> str:
        if self.new_text:
            return self.new_text
        lines = original.splitlines(keepends=True)
        assert lines[self.line - 1] == self.before, f"{self.path}:{self.line} has changed"
        lines[self.line - 1] = self.after
        return "".join(lines)


# -- rules/ ---------------------------------------------------------------------------------------------------

_UNIT_STEP = {"percent": ("percent", Decimal(1))}
_NUMBER = re.compile(r"(?<![\w.-])(-?\d+(?:\.\d+)?)(?![\w.-])")
_DATE = re.compile(r"^(\s*from\s*=\s*)(\d{4}-\d{2}-\d{2})(.*)$", re.S)


def _step(unit: str, token: str) -> tuple[str, Decimal]:
    """The kind of mutant and its size for a value of this unit: a penny for
    money, one for a percentage, a count or a period."""
    if unit in _UNIT_STEP:
        return _UNIT_STEP[unit]
    if unit.startswith("GBP"):
        return "rate", Decimal("0.01")
    return "count", Decimal(1)


def _moved(token: str, step: Decimal, up: bool) -> str:
    value = Decimal(token) + (step if up else -step)
    places = len(token.split(".")[1]) if "." in token else 0
    if step < 1 and places < 2:
        places = 2
    return f"{value:.{places}f}"


def rules_mutants(path: Path, *, root: Path = ROOT) -> list[Mutant]:
    """Every mutant of one rule table: each amount (``value``, ``amount`` or
    each of ``values``) of each ``[[rows]]`` moved up and down by its step,
    and each row's ``from`` date but the first moved a day either way (the
    first row's date is where the table's coverage starts: a matter for the
    rates policy, not a rate; and a row with the amounts of the row before
    changes nothing by starting a day early or late)."""
    text = path.read_text("utf-8")
    rel = path.relative_to(root).as_posix()
    unit = ""
    m = re.search(r'^unit\s*=\s*"([^"]+)"', text, re.M)
    if m:
        unit = m.group(1)
    out: list[Mutant] = []
    # Each row's amounts as written: a row whose amounts are the previous
    # row's (a freeze, a new source for the same figure) gives an equivalent
    # mutant when its date moves, so its date is left alone.
    amounts: list[str] = []
    for line in text.splitlines():
        if line.strip() == "[[rows]]":
            amounts.append("")
        elif amounts and line.split("=", 1)[0].strip() in ("value", "amount", "values"):
            amounts[-1] += line.split("=", 1)[1].strip()
    block, rows_seen = "", 0
    for i, line in enumerate(text.splitlines(keepends=True), start=1):
        head = line.strip()
        if head.startswith("["):
            block = head
            rows_seen += head == "[[rows]]"
            continue
        key = head.split("=", 1)[0].strip()
        if block == "[[brma]]" and key in ("weekly", "monthly"):  # an LHA schedule's cells, in pounds
            unit, key = "GBP", "values"
        elif block != "[[rows]]" or unit == "date":
            continue
        d = _DATE.match(line)
        if d:
            day = dt.date.fromisoformat(d.group(2))
            for delta in (1, -1):
                if rows_seen == 1:  # the first row's date is where the table's coverage starts
                    continue
                if amounts[rows_seen - 1] == amounts[rows_seen - 2]:  # the same amounts as the row before
                    continue
                new = f"{d.group(1)}{day + dt.timedelta(days=delta)}{d.group(3)}"
                out.append(Mutant(rel, i, "date", line, new))
            continue
        if key not in ("value", "amount", "values"):
            continue
        value_part = line.split("=", 1)[1]
        offset = len(line) - len(value_part)
        for num in _NUMBER.finditer(value_part):
            kind, step = _step(unit, num.group(1))
            for up in (True, False):
                moved = _moved(num.group(1), step, up)
                if moved.startswith("-"):
                    continue
                a, b = offset + num.start(1), offset + num.end(1)
                out.append(Mutant(rel, i, kind, line, line[:a] + moved + line[b:]))
    return out


# -- the engine -------------------------------------------------------------------------------------------

_FLIP = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq}
_ROUNDING = {"divide_half_up": "divide_down", "maximum": "minimum", "minimum": "maximum"}


def _span(node) -> range:
    return range(node.lineno, (node.end_lineno or node.lineno) + 1)


#: A line's comment marking a comparison made with room to spare (a cheap
#: first look that the engine then decides, whose bound is far from any
#: case it could change): its ``<``/``<=`` flips are not made. The comment
#: says why; other mutants of the line (a number moved) are still made.
_MARGIN = "# mutation: margin"


def _skipped_lines(tree: ast.AST) -> set[int]:
    """Lines where a change is not a rule: error messages and the checks
    that raise them (an ``if`` whose body raises), ``assert`` statements,
    type annotations and docstrings."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Raise, ast.Assert, ast.JoinedStr)):
            skip.update(_span(node))
        if isinstance(node, ast.If) and any(isinstance(b, ast.Raise) for b in node.body):
            skip.update(_span(node.test))
        for ann in (getattr(node, "annotation", None), getattr(node, "returns", None)):
            if isinstance(ann, ast.AST):
                skip.update(_span(ann))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Module)) and ast.get_docstring(node):
            doc = node.body[0]
            skip.update(range(doc.lineno, (doc.end_lineno or doc.lineno) + 1))
    return skip


def _sites(tree: ast.AST, skip: set[int]):
    """(node, kind, mutate) for every place a mutant can be made, in
    ``ast.walk`` order; ``mutate(node)`` returns the node to put in its place
    (the node is a copy: it may be changed)."""
    for node in ast.walk(tree):
        line = getattr(node, "lineno", None)
        if line is None or line in skip:
            continue
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _FLIP:
            kind = "negate" if isinstance(node.ops[0], (ast.Eq, ast.NotEq)) else "boundary"
            yield node, kind, _flip
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.BitAnd)):
            # ``a | b`` becomes ``b`` or ``a``: one exemption (or condition) gone.
            yield node, "drop", lambda n: n.right
            yield node, "drop", lambda n: n.left
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in _ROUNDING:
                yield node, "rounding", _rename
            if name in ("datetime64", "date") and 1990 < (_literal_date(node) or dt.date.max).year < 2100:  # a legal date, not a sentinel
                yield node, "date", _shift_date
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.FloorDiv):
            # ``a // b`` (rounded down) becomes ``-(-a // b)`` (rounded up).
            yield node, "rounding", lambda n: ast.UnaryOp(ast.USub(), ast.BinOp(ast.UnaryOp(ast.USub(), n.left), ast.FloorDiv(), n.right))
        elif isinstance(node, ast.Constant) and type(node.value) is int and node.value not in (0, 1):
            yield node, "number", lambda n: ast.Constant(n.value + 1)


def _flip(node):
    node.ops = [_FLIP[type(node.ops[0])]()]
    return node


def _rename(node):
    f = node.func
    if isinstance(f, ast.Attribute):
        f.attr = _ROUNDING[f.attr]
    else:
        f.id = _ROUNDING[f.id]
    return node


def _literal_date(node) -> dt.date | None:
    args = node.args
    try:
        if len(args) >= 1 and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            return dt.date.fromisoformat(args[0].value)
        if len(args) == 3 and all(isinstance(a, ast.Constant) and type(a.value) is int for a in args):
            return dt.date(*(a.value for a in args))
    except ValueError:
        return None
    return None


def _shift_date(node):
    day = _literal_date(node) + dt.timedelta(days=1)
    if isinstance(node.args[0].value, str):
        node.args = [ast.Constant(day.isoformat())] + node.args[1:]
    else:
        node.args = [ast.Constant(day.year), ast.Constant(day.month), ast.Constant(day.day)]
    return node


class _Replace(ast.NodeTransformer):
    def __init__(self, old, new):
        self.old, self.new = old, new

    def visit(self, node):
        return self.new if node is self.old else self.generic_visit(node)


def code_mutants(path: Path, *, root: Path = ROOT) -> list[Mutant]:
    """Every mutant of one engine module (see the module docstring)."""
    source = path.read_text("utf-8")
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    sites = list(_sites(tree, _skipped_lines(tree)))
    order = {id(n): i for i, n in enumerate(ast.walk(tree))}
    out = []
    for node, kind, mutate in sites:
        if kind == "boundary" and _MARGIN in lines[node.lineno - 1]:
            continue  # a first look with room to spare: < and <= cannot differ (the reason is beside it)
        copy = ast.parse(source)
        twin = list(ast.walk(copy))[order[id(node)]]
        before = ast.get_source_segment(source, node) or ast.unparse(node)
        new = mutate(twin)
        after = ast.unparse(new)
        if after == before:
            continue
        new_text = ast.unparse(ast.fix_missing_locations(_Replace(twin, new).visit(copy))) + "\n"
        out.append(Mutant(rel, node.lineno, kind, f"{lines[node.lineno - 1].strip()}   # {before}", after, new_text))
    return out


# -- running the tests ------------------------------------------------------------------------------------


@dataclass
class Outcome:
    mutant: Mutant
    killed: bool
    by: str  # the first failing test, or "" (survived), or "error: ..." (the mutant broke the import)
    seconds: float


class Runner:
    """A scratch copy of the repository in which mutants are tried one at a
    time; ``python -m pytest`` is run there with the scratch ``src`` first
    on the path (so the installed editable package is not what is tested)."""

    def __init__(self, *, root: Path = ROOT, python: str = sys.executable, nice: int = 19, ref: str | None = None) -> None:
        """``ref``: take the repository as it is at that commit (``git
        archive``), e.g. to measure the tests of ``main`` before a change;
        by default the working tree's tracked files as they are now."""
        self.root = root
        self.python = python
        self.nice = nice
        self.dir = Path(tempfile.mkdtemp(prefix="entitlements-mutants-"))
        if ref:
            archive = subprocess.run(["git", "archive", ref], cwd=root, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(self.dir)], input=archive, check=True)
        files = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout
        for rel in filter(None, files.decode().split("\0")) if not ref else ():
            src = root / rel
            if src.is_file():
                dst = self.dir / rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)
        self.all_tests = sorted(p.relative_to(self.dir).as_posix() for p in (self.dir / "tests").glob("test_*.py"))

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    def related_tests(self, words: list[str]) -> tuple[list[str], list[str]]:
        """Test files to run first (most kills are there): those whose file
        name holds one of ``words``, then those whose text names one."""
        named, mentioning = [], []
        for t in self.all_tests:
            if t in SNAPSHOT_TESTS:
                continue
            if any(w in Path(t).stem for w in words):
                named.append(t)
            elif any(w in (self.dir / t).read_text("utf-8") for w in words):
                mentioning.append(t)
        return named, mentioning

    def pytest(self, targets: list[str], timeout: int = 1800, deselect: tuple[str, ...] = ()) -> tuple[bool, str]:
        env = dict(os.environ, PYTHONPATH=str(self.dir / "src"), PYTHONDONTWRITEBYTECODE="1")
        cmd = ["nice", "-n", str(self.nice), self.python, "-m", "pytest", "-x", "-q", "-rf", "-p", "no:cacheprovider",
               "--hypothesis-seed=0", *(f"--ignore={s}" for s in SNAPSHOT_TESTS),
               *(f"--deselect={d}" for d in deselect), *targets]
        r = subprocess.run(cmd, cwd=self.dir, env=env, capture_output=True, text=True, timeout=timeout)
        if r.returncode == 0:
            return False, ""
        if r.returncode == 5:  # no tests collected
            return False, ""
        failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", r.stdout, re.M)
        return True, failed[0] if failed else f"error: exit {r.returncode}: {r.stdout[-300:]}{r.stderr[-300:]}"

    def _confirmed(self, stage: list[str], flaky: list[str]) -> tuple[bool, str]:
        """Run ``stage``; a test that fails is run again alone under the same
        mutant, and a kill counts only if it fails again. A test that then
        passes (a timing-sensitive test on a loaded machine) is noted in
        ``flaky`` and the stage is run again without it: with ``-x`` a false
        failure would otherwise end the run and hide the tests after it."""
        while True:
            killed, by = self.pytest(stage, deselect=tuple(flaky))
            if not killed or by.startswith("error:") or by in flaky:
                return killed, by
            again, _ = self.pytest([by])
            if again:
                return True, by
            flaky.append(by)

    def judge(self, mutant: Mutant, words: list[str]) -> Outcome:
        """Apply the mutant, run the related tests, then (if it lives) the
        rest of the suite and the doctests in ``src``; undo it."""
        target = self.dir / mutant.path
        original = target.read_text("utf-8")
        start = time.perf_counter()
        try:
            target.write_text(mutant.apply(original), "utf-8")
            killed, by, tried = False, "", []
            flaky: list[str] = []
            for stage in (*self.related_tests(words), None):
                if stage is None:  # the rest of the suite, and the doctests in src
                    stage = [t for t in self.all_tests if t not in tried and t not in SNAPSHOT_TESTS] + ["src"]
                if stage:
                    killed, by = self._confirmed(stage, flaky)
                    tried += stage
                if killed:
                    break
            if flaky and not killed:
                by = "flaky (failed once, then passed under the mutant): " + ", ".join(flaky)
        finally:
            target.write_text(original, "utf-8")
        return Outcome(mutant, killed, by, time.perf_counter() - start)
