"""Plain text wrapped to a terminal's width, never breaking a word, an amount or a citation.

The working sheet, the assessments and the command's listings wrap with
:func:`wrap` (a paragraph) and :func:`wrap_row` (a row of a table whose
middle column wraps). A line breaks only between words, and never inside a
citation such as "SI 2013/376 reg 36" or "Sch 4 para 36(3)".

>>> wrap("SI 2013/376 reg 23; Social Security Benefits Up-rating Order 2026 (SI 2026/148) art 32(1)", 30)
['SI 2013/376 reg 23; Social', 'Security Benefits Up-rating', 'Order 2026 (SI 2026/148)', 'art 32(1)']
"""

from __future__ import annotations

import re
import textwrap

__all__ = ["wrap", "wrap_row", "wrap_lines"]

#: Spaces a citation keeps: "SI 2013/376", "reg 36", "Sch 4", "para 36(3)", "2013/376 reg 22"
#: (a line never breaks inside one of these).
_GLUE = re.compile(
    r"(?<![\w'’.])(?:S\.?I|SSI|WSI|SR|c\.|regs?|Sch|Schs|paras?|arts?|ss?|Parts?|rule|Chapter|No\.)\s(?=\S)"
    r"|\d{4}/\d+\s(?=(?:regs?|Sch|paras?|arts?)\b)|\(\d+\s(?=points?\))"
)
_NBSP = "\u00a0"


def wrap(text: str, width: int, *, indent: str = "", subsequent: str | None = None) -> list[str]:
    """``text`` as lines of at most ``width`` characters, broken only between
    words (never inside a word, an amount or a citation such as "SI 2013/376
    reg 36": see ``_GLUE``). A word longer than the line keeps its own line."""
    glued = _GLUE.sub(lambda m: m.group(0).replace(" ", _NBSP), text)
    lines = textwrap.wrap(glued, width=max(width, 20), initial_indent=indent,
                          subsequent_indent=indent if subsequent is None else subsequent,
                          break_long_words=False, break_on_hyphens=False) or [indent.rstrip()]
    return [line.replace(_NBSP, " ") for line in lines]


def wrap_row(lead: str, text: str, tail: str, width: int | None) -> list[str]:
    """A table row: ``lead`` (a code), ``text`` wrapped in the middle column,
    ``tail`` (points, an amount) at the right of the first line. With
    ``width`` None, one line whatever its length (nothing is cut)."""
    if width is None:
        return [f"{lead}{text}  {tail}".rstrip()]
    room = width - len(lead) - len(tail) - 2
    if room < 20:  # too narrow for three columns: the tail goes under
        lines = wrap(text, width, indent=lead, subsequent=" " * len(lead))
        return lines + ([f"{' ' * len(lead)}{tail}"] if tail.strip() else [])
    body = wrap(text, room)
    first = f"{lead}{body[0]:<{room}}  {tail}".rstrip()
    return [first] + [f"{' ' * len(lead)}{x}" for x in body[1:]]




def wrap_lines(text: str, width: int | None, *, hang: int = 4) -> str:
    """Each line of ``text`` wrapped to ``width``, keeping its indent; a
    line's continuations are indented ``hang`` more. ``None``: as it is."""
    if width is None:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip(" "))]
        out += wrap(line.strip(), width, indent=indent, subsequent=indent + " " * hang) if line.strip() else [""]
    return "\n".join(out)
