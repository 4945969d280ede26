"""CSV files read: a caseload's columns, or its rows as records.

Every cell is text (an empty cell ""); the encoding is UTF-8, with or
without a byte order mark. Where a row has more cells than the header, or a
column name repeats, :func:`read_csv_columns` gives None and the file is
read row by row (:func:`read_csv_records`), which reports each such row.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Sequence

from ..errors import InputError
from . import cells

__all__ = ["read_csv_columns", "read_csv_records"]


def read_csv_columns(path: Path) -> dict[str, Sequence[Any]] | None:
    """A CSV file's columns (every cell text, an empty cell ""), or None
    where a row has more cells than the header or a column name repeats
    (then read it row by row, which reports each such row). With pandas
    installed its parser reads the file; otherwise the csv module."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            header = next(csv.reader(f), [])
    except FileNotFoundError:
        raise InputError("caseload", str(path), "a CSV file that exists") from None
    if not header or len(set(header)) != len(header):
        return None
    pd = cells.pandas_if_installed()  # looked up when called: a test or benchmark may set it
    if pd is not None:
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig")
        except (pd.errors.ParserError, ValueError):
            return None
        if list(df.columns) != header:
            return None
        return {c: df[c].to_numpy(dtype=object) for c in header}
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))[1:]
    if not rows or any(len(r) > len(header) for r in rows):
        return None
    rows = [r + [""] * (len(header) - len(r)) if len(r) < len(header) else r for r in rows]
    return dict(zip(header, map(list, zip(*rows))))


def read_csv_records(path: Path) -> list[dict[str, Any]]:
    """A CSV file's rows as records (header: cell), as :class:`csv.DictReader`
    reads them: a row with more cells than the header keeps the extra ones
    under the key None; a short row's missing cells are None."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            return list(csv.DictReader(f))
    except FileNotFoundError:
        raise InputError("caseload", str(path), "a CSV file that exists") from None
