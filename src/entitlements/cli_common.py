"""What every command shares: the ``--wide``/``--json`` flags, the terminal's width, text wrapped to it,
a result as JSON, the rule tables with ``--overlay`` laid over them, and a one-line failure.
"""

from __future__ import annotations

import datetime as dt
import json
import sys



def _output_flags(p, wide: str = "one line each, not wrapped to the terminal") -> None:
    """``--wide`` and ``--json``: the output's two other forms (text wraps to the terminal by default)."""
    p.add_argument("--wide", action="store_true", help=wide)
    p.add_argument("--json", action="store_true", help="print JSON for programs")


def _count(n: int, word: str) -> str:
    """``n`` and ``word``, plural unless one: "1 case", "1,000 cases"."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


#: Exit statuses (documented on the advisers' page).
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_FILE, EXIT_BUG = 0, 1, 2, 3, 70


EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


def _terminal_width() -> int:
    """The terminal's width (``COLUMNS`` first; 80 when not a terminal), at least 40."""
    import shutil

    return max(40, shutil.get_terminal_size((80, 24)).columns)


def _out(args, text: str) -> None:
    """Print ``text`` wrapped to the terminal (each line keeps its indent)."""
    from .wrapping import wrap_lines

    print(wrap_lines(text, getattr(args, "width", None)))


def _fail(message: str, status: int) -> int:
    print(f"entitlements: {message}", file=sys.stderr)
    return status


def _result_json(result) -> str:
    import attrs

    def plain(v):
        if attrs.has(type(v)):
            return {f.name: plain(getattr(v, f.name)) for f in attrs.fields(type(v))}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, dt.date):
            return v.isoformat()
        return v

    return json.dumps(plain(result), indent=2, ensure_ascii=False)


def _tables_for(args):
    """The shipped rule tables, with ``--overlay`` laid over them."""
    from .tables import Tables, default_tables

    return Tables.load(overlays=args.overlay) if getattr(args, "overlay", None) else default_tables()
