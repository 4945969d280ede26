"""Code sizes: lines per module and every function longer than a limit.

Run:  python benchmarks/code_sizes.py [--limit 100] [--root src/entitlements]

Read from the AST, so the figures are reproducible: a module's size is its
number of lines; a function's is ``end_lineno - lineno + 1`` counted from its
``def`` (decorators not included), and a class's body is counted as one unit
too, since a class is read as a whole. Nested functions are listed under
their own qualified name as well as inside their parent.

A long unit may carry its reason in a comment that starts ``# Long because:``
on the lines right above its ``def``/``class`` (or its decorators) or inside
it before its first statement after the docstring; such units are listed
apart, with the reason, from the unreasoned ones.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

REASON = "# Long because:"


def written_reason(lines: list[str], node) -> str | None:
    """The ``# Long because:`` comment written beside ``node``, joined with
    its continuation comment lines, or None."""
    top = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    above = top - 2  # 0-based index of the line just above
    while above >= 0 and lines[above].strip().startswith("#"):
        above -= 1
    candidates = range(above + 1, top - 1)
    body = node.body
    first = body[1] if len(body) > 1 and isinstance(body[0], ast.Expr) and isinstance(
        getattr(body[0], "value", None), ast.Constant) and isinstance(body[0].value.value, str) else body[0]
    inside = range(node.lineno, first.lineno - 1)
    for span in (candidates, inside):
        for i in span:
            text = lines[i].strip()
            if text.startswith(REASON):
                parts = [text[len(REASON):].strip()]
                j = i + 1
                while j < len(lines) and lines[j].strip().startswith("#") and not lines[j].strip().startswith(REASON):
                    parts.append(lines[j].strip().lstrip("#").strip())
                    j += 1
                return " ".join(parts)
    return None


def sizes(root: Path, limit: int):
    """(module lines, long units) for every module under ``root``."""
    modules, long_units = [], []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        rel = path.relative_to(root.parent).as_posix()
        modules.append((len(text.splitlines()), rel))
        tree = ast.parse(text)

        def visit(node, prefix):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    name = f"{prefix}{child.name}"
                    n = child.end_lineno - child.lineno + 1
                    kind = "class" if isinstance(child, ast.ClassDef) else "def"
                    if n > limit:
                        long_units.append((n, f"{rel}:{child.lineno}", kind, name, written_reason(lines, child)))
                    visit(child, name + ".")

        visit(tree, "")
    return modules, long_units


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent / "src" / "entitlements"))
    args = ap.parse_args()
    modules, long_units = sizes(Path(args.root), args.limit)
    print(f"modules ({len(modules)}, {sum(n for n, _ in modules):,} lines), largest first:")
    for n, rel in sorted(modules, reverse=True):
        print(f"  {n:6,}  {rel}")
    unreasoned = [u for u in long_units if u[4] is None]
    reasoned = [u for u in long_units if u[4] is not None]
    print(f"\nfunctions and classes over {args.limit} lines without a written reason ({len(unreasoned)}):")
    for n, where, kind, name, _ in sorted(unreasoned, reverse=True):
        print(f"  {n:6,}  {kind:5} {name:45} {where}")
    print(f"\nfunctions and classes over {args.limit} lines with a written reason ({len(reasoned)}):")
    for n, where, kind, name, why in sorted(reasoned, reverse=True):
        print(f"  {n:6,}  {kind:5} {name:45} {where}")
        print(f"          because: {why}")


if __name__ == "__main__":
    main()
