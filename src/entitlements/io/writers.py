"""Files written: CSV rows (safe to open in a spreadsheet), text and bytes.

Every file the library writes goes through here: per-case results and
gains as CSV (:func:`write_csv`, each cell and header through
:func:`spreadsheet_safe`), and a report's page and charts (:func:`write_text`,
:func:`write_bytes`). Each is written to a temporary file beside the target
and moved into place when complete (:func:`entitlements.io.files.atomic_target`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .files import atomic_target

__all__ = ["spreadsheet_safe", "write_csv", "write_text", "write_bytes"]


def spreadsheet_safe(value: Any) -> Any:
    """A cell value that a spreadsheet will not run as a formula: text
    starting with ``= + - @``, a tab or a carriage return gets a leading
    apostrophe (OWASP CSV injection guidance). Numbers pass unchanged."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(rows: Iterable[Mapping[str, Any]], path: str | Path | None = None, *,
              fields: Sequence[str] | None = None) -> str | None:
    """Rows as CSV (UTF-8), each cell made :func:`spreadsheet_safe`: to
    ``path``, or returned as text when ``path`` is None. The header is
    ``fields`` (a row's missing fields are empty), or the first row's keys,
    in which case no rows write nothing at all. Rows are written as they
    come, so a long iterator is not held in memory."""
    rows = iter(rows)
    if fields is None:
        first = next(rows, None)
        if first is None:
            if path is not None:
                write_text(path, "")
            return "" if path is None else None
        fields, rows = list(first), _chain(first, rows)
    fields = list(fields)

    def write(f) -> None:
        w = csv.writer(f)
        w.writerow([spreadsheet_safe(k) for k in fields])
        for r in rows:
            w.writerow([spreadsheet_safe(r.get(k, "")) for k in fields])

    if path is None:
        buf = io.StringIO()
        write(buf)
        return buf.getvalue()
    with atomic_target(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as f:
        write(f)
    return None


def _chain(first, rest):
    yield first
    yield from rest


def write_text(path: str | Path, text: str) -> None:
    """A text file (UTF-8), written to a temporary name and moved into place."""
    with atomic_target(path) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")


def write_bytes(path: str | Path, data: bytes) -> None:
    """A binary file (a chart's PNG), written to a temporary name and moved into place."""
    with atomic_target(path) as tmp:
        Path(tmp).write_bytes(data)
