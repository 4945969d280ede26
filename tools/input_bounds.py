"""Input-range bounds in the code, and whether a test pins each one (issue 21).

A developer tool (not part of the package, not run by CI). Mutation samples
keep finding one kind of survivor: a check on an input moved by one (a
``whole(...)`` limit, ``<`` for ``<=``), which no test notices because no
test tries the value at the limit and the value one past it. This tool lists
every such bound in ``src/entitlements`` and says which are pinned.

What it counts as a *bound* (each side of a range is one bound):

* the ``lo`` and ``hi`` of each call of the validation helpers ``whole(field,
  value, lo, hi, what)``, ``_int_range(lo, hi, what)`` (the attrs field it
  checks is named) and ``_outside(arr, lo, hi)``;
* each comparison with a constant (a number, a date, an UPPER_CASE name,
  ``len(...) - 1``) in the test of an ``if`` whose body raises: ``value < 0``,
  ``p > MAX_PENCE``, ``not 16 <= value <= 120``, ``len(adults) > 2``.

Each bound is named by its module, its *field* (the field named by the
helper call or by the error raised; ``<function>`` where the name is a
parameter, as in a shared validator such as ``_pence``) and its side (``lo``:
the least value allowed; ``hi``: the greatest) with the value allowed there.
A strict comparison is read as the bound it makes for whole numbers
(``value < 0`` refused: ``lo`` 0; ``hourly_rate <= 0`` refused: ``lo`` 1).

*Pinned* means: ``tests/test_input_bounds.py`` has a ``Bound(...)`` row with
the same module and field and that side's value, and so (by the way that
file's tests are built from each row) tries the value AT the bound (accepted)
and ONE PAST it (refused, with the error's field, value and what is allowed
asserted). A row whose value differs from the code's is reported as a
mismatch; a row for a bound the code no longer has, as stale.

    python tools/input_bounds.py              # the unpinned bounds, and the counts
    python tools/input_bounds.py --all        # every bound, pinned or not
    python tools/input_bounds.py --count      # just the counts
    nice -n 19 python tools/input_bounds.py --mutate [--only unpinned|pinned]
        # move each bound by one each way (in a scratch copy) and run
        # tests/test_input_bounds.py against each: the kills, and survivors

It is a heuristic: a range checked another way (a ``choices`` list, a
membership test, a check that returns instead of raising) is not listed, and
a listed comparison may be a check of shape rather than of range. Only
mutation testing (``--mutate``; ``tools/mutation.py``) says a test fails when
the bound moves.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "entitlements"
TABLE = ROOT / "tests" / "test_input_bounds.py"

#: The validation helpers: name -> (position of the field argument, or None
#: for the attrs field the call is the validator of; positions of lo and hi).
HELPERS = {"whole": (0, 2, 3), "_int_range": (None, 0, 1), "_outside": (None, 1, 2)}


#: Bounds that check no user's input, or that cannot be seen, so need no row in
#: the table: module -> {function: why} ("*" for every function of the module;
#: "function field side" for one bound).
NOT_INPUT = {
    "assessments/descriptors.py": {"*": "checks a points schedule in rules/ as it is loaded"},
    "benefits/council_tax_areas.py": {"*": "checks the Band D schedule in rules/ as it is loaded"},
    "benefits/lha.py": {"_pence": "checks an LHA schedule in rules/ as it is loaded",
                        "_parse_brma": "checks an LHA schedule in rules/ as it is loaded"},
    "benefits/pension_age.py": {"*": "checks the State Pension age schedule in rules/ as it is loaded"},
    "rule_files.py": {"*": "checks a rule table as it is loaded (tests/test_tables.py)"},
    "money.py": {"*": "a programming error (a denominator of 0), not an input: ValueError"},
    "dates.py": {"assessment_period_start": "a programming error (a negative period number), not an input: ValueError"},
    "columns.py": {"_non_dependant_slots": "unreachable: the household model refuses more non-dependants first"},
    "benefits/council_tax.py": {"band_index council_tax_band lo": "a choice, not a range: a letter not among the bands is "
                                "found at index -1 (tests/test_council_tax.py)"},
    "io/outcomes.py": {"_int <_int:name> hi": "a guard on the size of a number read (1e309); each field's own range is checked "
                       "after it, so 1000 and 1001 are refused alike"},
    "benefits/health_costs.py": {"nhs_health_costs low_income_route hi": "shadowed: the routes allowed (0, 9, 10) are checked "
                                 "next, so 11 is refused either way (the lo side is pinned)"},
}


def not_input(site: "Site") -> str | None:
    """Why a bound needs no row (it checks no user's input), or None."""
    why = NOT_INPUT.get(site.module, {})
    return why.get(f"{site.function} {site.field} {site.side}") or why.get(site.function) or why.get("*")


@dataclass(frozen=True)
class Site:
    module: str  # relative to src/entitlements
    line: int
    col: int
    end_col: int
    end_line: int
    field: str
    side: str  # "lo" or "hi"
    value: object  # the bound allowed (int or date), or None if it cannot be worked out
    text: str  # the bound as written
    kind: str  # "helper" or "compare"
    function: str = ""  # the function it is in
    offset: int = 0  # the allowed value is the written one plus this (a strict comparison)

    def describe(self) -> str:
        shown = self.value.isoformat() if isinstance(self.value, dt.date) else self.value
        return f"src/entitlements/{self.module}:{self.line}  {self.field}  {self.side} {shown}  ({self.text})"


# -- the constants a bound may name -----------------------------------------------------------------------------


def _constants(paths: list[Path] | None = None) -> dict[str, object]:
    """Every module-level ``NAME = literal`` of the package (or of ``paths``:
    numbers, tuples, dates; dicts are skipped), by name; a name bound twice
    to different values is dropped."""
    found: dict[str, object] = {}
    clash: set[str] = set()
    bodies = [ast.parse(path.read_text("utf-8")).body for path in (paths or sorted(PACKAGE.rglob("*.py")))]
    for node in [n for _ in range(2) for body in bodies for n in body]:  # twice: a name defined by another
        if True:
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            pairs = []
            for t in targets:
                if isinstance(t, ast.Name):
                    pairs.append((t.id, value))
                elif isinstance(t, ast.Tuple) and isinstance(value, ast.Tuple) and len(t.elts) == len(value.elts):
                    pairs += [(n.id, v) for n, v in zip(t.elts, value.elts) if isinstance(n, ast.Name)]
            for name, v in pairs:
                got = _evaluate(v, found)
                if got is None:
                    continue
                if name in found and found[name] != got:
                    clash.add(name)
                found[name] = got
    return {k: v for k, v in found.items() if k not in clash}


def _evaluate(node: ast.AST, names: dict[str, object]):
    """A constant expression's value (numbers, dates, tuples, ``len``), or None."""
    space = {"len": len, "dt": dt, "datetime": dt, "date": dt.date, **names}
    try:
        code = compile(ast.Expression(node), "<bound>", "eval")
    except (TypeError, ValueError):
        return None
    used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    if not used <= set(space) or any(isinstance(n, (ast.Lambda, ast.Subscript)) for n in ast.walk(node)):
        return None
    try:
        value = eval(code, {"__builtins__": {}}, space)  # noqa: S307 - constant expressions of our own code
    except Exception:  # noqa: BLE001 - not a constant after all
        return None
    return value if isinstance(value, (int, dt.date, tuple)) and not isinstance(value, bool) else None


def _is_constant(node: ast.AST) -> bool:
    """A number, a date, an UPPER_CASE name, or arithmetic and ``len`` of those."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int) and not isinstance(node.value, bool)
    if isinstance(node, ast.Name):
        return node.id.isupper() or node.id.lstrip("_").isupper()
    if isinstance(node, ast.Subscript):  # BANDS[nation]: one of a constant's entries
        return _is_constant(node.value)
    if isinstance(node, ast.UnaryOp):
        return _is_constant(node.operand)
    if isinstance(node, ast.BinOp):
        return _is_constant(node.left) and _is_constant(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len":
        return all(_is_constant(a) for a in node.args)  # len(NATIONS) - 1; len(self.adults) is a value
    if isinstance(node, ast.Call) and ast.unparse(node.func) in ("dt.date", "date", "datetime.date"):
        return all(isinstance(a, ast.Constant) for a in node.args)
    return False


# -- finding the bounds ----------------------------------------------------------------------------------------


def _field_text(node: ast.AST | None, function: str) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{" + ast.unparse(v.value) + "}" for v in node.values)
    return f"<{function}>" if node is None else f"<{function}:{ast.unparse(node)}>"


def _raised_field(body: list[ast.stmt], function: str) -> str | None:
    """The field named by the first error an ``if`` body raises (None: it raises nothing)."""
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Raise) and node.exc is not None:
                exc = node.exc
                return _field_text(exc.args[0] if isinstance(exc, ast.Call) and exc.args else None, function)
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, module: str, constants: dict[str, object]) -> None:
        self.module, self.constants = module, constants
        self.sites: list[Site] = []
        self.function = "<module>"
        self.attr_field: str | None = None

    def visit_FunctionDef(self, node):
        outer, self.function = self.function, node.name
        self.generic_visit(node)
        self.function = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_AnnAssign(self, node):
        outer = self.attr_field
        self.attr_field = node.target.id if isinstance(node.target, ast.Name) else None
        self.generic_visit(node)
        self.attr_field = outer

    def visit_Call(self, node):
        name = node.func.id if isinstance(node.func, ast.Name) else None
        # _int_range(lo, hi, what)(self, attrs.fields(X).name, value): the field is the attribute's
        if isinstance(node.func, ast.Call) and isinstance(node.func.func, ast.Name) and node.func.func.id == "_int_range":
            if len(node.args) >= 2 and isinstance(node.args[1], ast.Attribute):
                self._helper(node.func, node.args[1].attr)
                for a in node.args:
                    self.visit(a)
                return
        if name in HELPERS and name != "_int_range" or (name == "_int_range" and self.attr_field):
            pos = HELPERS[name][0]
            field = _field_text(node.args[pos], self.function) if pos is not None and len(node.args) > pos else (
                self.attr_field if name == "_int_range" else f"<{self.function}>")
            self._helper(node, field)
        self.generic_visit(node)

    def _helper(self, call: ast.Call, field: str) -> None:
        _, lo, hi = HELPERS[call.func.id]
        if len(call.args) <= hi:
            return
        for side, arg in (("lo", call.args[lo]), ("hi", call.args[hi])):
            if _is_constant(arg):
                self._add(arg, field, side, "helper", 0)

    def visit_If(self, node):
        field = _raised_field(node.body, self.function)
        if field is not None:
            for cmp, allowed in _compares(node.test, False):
                self._compare(cmp, field, allowed)
        self.generic_visit(node)

    def _compare(self, cmp: ast.Compare, field: str, allowed: bool) -> None:
        """``allowed``: the comparison says what is allowed (it is under a
        ``not``: ``not 16 <= age <= 120``), else what is refused (``p < 0``)."""
        operands = [cmp.left, *cmp.comparators]
        if len(cmp.ops) > 1 and not allowed:
            return  # a hole refused inside a range (0 < v < 1), not a bound of it
        for i, op in enumerate(cmp.ops):
            left, right = operands[i], operands[i + 1]
            if _is_shape(left) or _is_shape(right):
                continue
            if _is_constant(right) and not _is_constant(left):
                const, flipped = right, False
            elif _is_constant(left) and not _is_constant(right):
                const, flipped = left, True
            else:
                continue
            if isinstance(op, (ast.Lt, ast.LtE)):
                side = ("lo" if flipped else "hi") if allowed else ("hi" if flipped else "lo")
            elif isinstance(op, (ast.Gt, ast.GtE)):
                side = ("hi" if flipped else "lo") if allowed else ("lo" if flipped else "hi")
            else:
                continue
            strict_allowed = isinstance(op, (ast.Lt, ast.Gt))
            strict = strict_allowed if allowed else not strict_allowed
            offset = (1 if side == "lo" else -1) if strict else 0
            self._add(const, field, side, "compare", offset)

    def _add(self, node: ast.AST, field: str, side: str, kind: str, offset: int) -> None:
        value = _evaluate(node, self.constants)
        if isinstance(value, tuple):
            value = None
        if value is not None and offset:
            value = value + (dt.timedelta(offset) if isinstance(value, dt.date) else offset)
        self.sites.append(Site(self.module, node.lineno, node.col_offset, node.end_col_offset, node.end_lineno,
                               field, side, value, ast.unparse(node), kind, self.function, offset))


def _compares(node: ast.AST, negated: bool):
    """Each comparison in an ``if`` test, and whether it is under an odd
    number of ``not``s (so states what is allowed)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield from _compares(node.operand, not negated)
    elif isinstance(node, ast.Compare):
        yield node, negated
    else:
        for child in ast.iter_child_nodes(node):
            yield from _compares(child, negated)


def _is_shape(node: ast.AST) -> bool:
    """``x.ndim``, ``x.size``, ``x.shape``: a check of an array's form, not of a value's range."""
    return isinstance(node, ast.Attribute) and node.attr in ("ndim", "size", "shape")


def find_sites(root: Path = ROOT) -> list[Site]:
    """Every input-range bound in the package, in file and line order."""
    package = root / "src" / "entitlements"
    constants = _constants()
    sites: list[Site] = []
    for path in sorted(package.rglob("*.py")):
        finder = _Finder(path.relative_to(package).as_posix(), {**constants, **_constants([path])})
        finder.visit(ast.parse(path.read_text("utf-8")))
        sites += finder.sites
    # the helpers themselves take their bounds as parameters, so only their callers' constants are listed
    seen, out = set(), []
    for s in sites:
        key = (s.module, s.line, s.col, s.side)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


# -- the table of tests ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    module: str
    field: str
    lo: object
    hi: object
    line: int
    function: str | None  # the function the bound is in, where the module has the field in several


def table_rows(path: Path = TABLE) -> list[Row]:
    """The ``Bound`` rows of the test table's ``BOUNDS`` (the test module is
    imported, so it needs the package and pytest installed); ``line`` is the
    row's position in ``BOUNDS`` from 1."""
    if not path.exists():
        return []
    import importlib.util

    spec = importlib.util.spec_from_file_location("_input_bounds_table", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return [Row(b.module, b.field, b.lo, b.hi, i, b.function) for i, b in enumerate(module.BOUNDS, start=1)]


def judge(sites: list[Site], rows: list[Row]) -> tuple[dict[Site, str], list[Row]]:
    """Each site's state ("pinned", "unpinned" or "mismatch: ..."), and the stale rows."""
    state: dict[Site, str] = {}
    used: set[tuple[int, str]] = set()
    functions: dict[tuple[str, str], set[str]] = {}
    for s in sites:
        functions.setdefault((s.module, s.field), set()).add(s.function)
    for s in sites:
        # a row names the function where the module checks the field in several (else it would pin them all)
        alone = len(functions[(s.module, s.field)]) == 1
        mine = [r for r in rows if r.module == s.module and r.field == s.field and getattr(r, s.side) is not None
                and (r.function == s.function or (r.function is None and alone))]
        match = [r for r in mine if s.value is None or getattr(r, s.side) == s.value]
        if match:
            state[s] = "pinned"
            used |= {(r.line, s.side) for r in match}
        elif mine:
            state[s] = f"mismatch: the table says {getattr(mine[0], s.side)} (BOUNDS row {mine[0].line})"
            used |= {(r.line, s.side) for r in mine}
        elif not_input(s):
            state[s] = f"not input: {not_input(s)}"
        else:
            state[s] = "unpinned"
    stale = [r for r in rows if any(getattr(r, side) is not None and (r.line, side) not in used for side in ("lo", "hi"))]
    return state, stale


# -- moving each bound by one ----------------------------------------------------------------------------------


def mutate(sites: list[Site], *, nice: int = 19, tests: tuple[str, ...] = ("tests/test_input_bounds.py",)) -> int:
    """Move each bound by one each way, in a scratch copy, and run ``tests``
    against each mutant."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from mutants import Mutant, Runner

    runner = Runner(root=ROOT, nice=nice)
    kills = total = 0
    try:
        for s in sites:
            path = PACKAGE / s.module
            lines = path.read_text("utf-8").splitlines(keepends=True)
            line = lines[s.line - 1]
            if s.end_line != s.line:
                print(f"skipped (spans lines): {s.describe()}")
                continue
            one = "__import__('datetime').timedelta(1)" if isinstance(s.value, dt.date) else "1"
            for sign in ("+", "-"):
                after = f"{line[:s.col]}({s.text} {sign} {one}){line[s.end_col:]}"
                m = Mutant(f"src/entitlements/{s.module}", s.line, "bound", line, after)
                target = runner.dir / m.path
                original = target.read_text("utf-8")
                try:
                    target.write_text(m.apply(original), "utf-8")
                    killed, by = runner.pytest(list(tests))
                finally:
                    target.write_text(original, "utf-8")
                total += 1
                kills += killed
                print(f"{'killed  ' if killed else 'SURVIVED'} {s.describe()}  {sign}1  {by}", flush=True)
    finally:
        runner.close()
    print(f"{kills} of {total} mutants killed by {' '.join(tests)}")
    return 0 if kills == total else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--all", action="store_true", help="list every bound, pinned or not")
    p.add_argument("--count", action="store_true", help="print only the counts")
    p.add_argument("--mutate", action="store_true", help="move each bound by one each way and run the table's tests")
    p.add_argument("--only", choices=("pinned", "unpinned"), help="with --mutate: only these bounds")
    p.add_argument("--tests", nargs="+", default=["tests/test_input_bounds.py"], help="with --mutate: the tests to run")
    p.add_argument("--module", help="only bounds in modules whose path (under src/entitlements) holds this text")
    a = p.parse_args(argv)
    sites = find_sites()
    if a.module:
        sites = [s for s in sites if a.module in s.module]
    state, stale = judge(sites, table_rows())
    if a.mutate:
        chosen = [s for s in sites if a.only is None or (state[s] == "pinned") == (a.only == "pinned")]
        return mutate(chosen, tests=tuple(a.tests))
    if not a.count:
        for s in sites:
            if a.all or state[s] == "unpinned" or state[s].startswith("mismatch"):
                print(f"{s.describe()}  {state[s]}")
        for r in stale:
            print(f"stale row: BOUNDS row {r.line} of tests/test_input_bounds.py:  {r.module}  {r.field}  lo={r.lo} hi={r.hi}")
    count = {k: sum(v.startswith(k) for v in state.values()) for k in ("pinned", "unpinned", "mismatch", "not input")}
    print(f"{len(sites)} bounds: {count['pinned']} pinned, {count['unpinned']} unpinned, {count['mismatch']} mismatched, "
          f"{count['not input']} checking no input (rule files, programming errors); {len(stale)} stale table rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
