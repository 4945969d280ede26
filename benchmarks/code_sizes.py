"""Code sizes: lines per module and every function longer than a limit.

Run:  python benchmarks/code_sizes.py [--limit 100] [--root src/entitlements]

Read from the AST, so the figures are reproducible: a module's size is its
number of lines; a function's is ``end_lineno - lineno + 1`` counted from its
``def`` (decorators not included), and a class's body is counted as one unit
too, since a class is read as a whole. Nested functions are listed under
their own qualified name as well as inside their parent.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path


def sizes(root: Path, limit: int):
    """(module lines, long units) for every module under ``root``."""
    modules, long_units = [], []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
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
                        long_units.append((n, f"{rel}:{child.lineno}", kind, name))
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
    print(f"\nfunctions and classes over {args.limit} lines ({len(long_units)}):")
    for n, where, kind, name in sorted(long_units, reverse=True):
        print(f"  {n:6,}  {kind:5} {name:45} {where}")


if __name__ == "__main__":
    main()
