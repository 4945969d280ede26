"""Errors raised by entitlements.

Every error subclasses :class:`EntitlementsError` and a builtin (``ValueError``
or ``LookupError``) so callers can catch either. Each keeps the facts of the
failure as attributes, and its message says what, where, what was expected,
what was got, and how to fix it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any


class EntitlementsError(Exception):
    """Base class of every error this library raises on purpose."""


__all__ = ["EntitlementsError", "RuleTableError", "NoRowInForce", "UnknownTable", "InputError", "UsageError", "OutputPathError", "InputFileError", "MissingExtra", "shown", "Described", "shown_path", "BeforeTheRules", "did_you_mean"]


def did_you_mean(value: object, names, cutoff: float = 0.7) -> str:
    """"did you mean 'universal_credit'? " where ``value``, typed as words
    or with another case ("universal credit", "Practice"), or a close
    spelling, is one of ``names``; else "".

    >>> did_you_mean("universal credit", ["universal_credit", "pension_credit"])
    "did you mean 'universal_credit'? "
    """
    import difflib

    cleaned = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    names = list(names)
    close = [cleaned] if cleaned in names else difflib.get_close_matches(cleaned, names, n=1, cutoff=cutoff)
    return f"did you mean {close[0]!r}? " if close else ""


def shown_path(path: object) -> str:
    """A rule table's path as a message shows it: a shipped table relative to
    the top of the rules (``rules/carers_allowance/rate.toml``), whether the
    package is installed or a source checkout; any other file (an overlay)
    as given.

    >>> from entitlements.tables import shipped_rules_dir
    >>> shown_path(shipped_rules_dir() / "uc" / "x.toml")
    'rules/uc/x.toml'
    >>> shown_path("my_reform.toml")
    'my_reform.toml'
    """
    here = Path(__file__).resolve().parent
    given = Path(str(path))
    for root in (here / "rules", here.parent.parent / "rules"):  # as tables.shipped_rules_dir looks
        try:
            return "rules/" + given.resolve().relative_to(root).as_posix()
        except (ValueError, OSError):
            continue
    return str(path)


class RuleTableError(EntitlementsError, ValueError):
    """A rule table in ``rules/`` (or an overlay) is malformed.

    Attributes: ``path`` (the file), ``row`` (1-based row number, or ``None``
    for a table-level problem), ``problem`` (what is wrong, and the fix).
    """

    def __init__(self, path: str, problem: str, row: int | None = None) -> None:
        self.path = str(path)
        self.row = row
        self.problem = problem
        where = shown_path(self.path) if row is None else f"{shown_path(self.path)} row {row}"
        super().__init__(f"{where}: {problem}")


class NoRowInForce(EntitlementsError, LookupError):
    """No row of a rule table is in force on the date asked for.

    Attributes: ``table_id``, ``path``, ``on`` (the date asked), ``earliest``
    and ``until`` (the dates the table covers), and ``rows``: where a rule
    reads the table for some rows of a caseload only (the benefit cap's
    earnings threshold, an area's LHA), a bool array of the rows that needed
    a date it does not cover (``None``: not known), so that those rows alone
    fail.
    """

    def __init__(self, table_id: str, path: object, on: dt.date, earliest: dt.date, until: dt.date,
                 rows: Any = None) -> None:
        self.table_id = table_id
        self.path = str(path)
        self.on = on
        self.earliest = earliest
        self.until = until
        self.rows = rows
        if on < earliest:
            hint = f"earliest {earliest.isoformat()}). Pass a later date or add the row."
        else:
            hint = (
                f"the table covers {earliest.isoformat()} to {until.isoformat()}). "
                "Rates after that are not yet known: hold the last known rates as a named "
                "assumption (rates policy \"hold\": --rates-after hold), or add a row for "
                "them (an overlay will do)."
            )
        super().__init__(f"{shown_path(self.path)}: no row in force on {on.isoformat()} ({hint}")


class BeforeTheRules(NoRowInForce):
    """The date asked for is before the rules begin: ``earliest`` is the
    first date from which the rules an estimate reads are all in force, and
    ``table_id``, ``path`` the table that first had no row (kept as
    attributes, not repeated in the one-line message)."""

    def __init__(self, table_id: str, path: object, on: dt.date, earliest: dt.date, until: dt.date) -> None:
        super().__init__(table_id, path, on, earliest, until)
        self.args = (f"on: {on.isoformat()} is before the rules begin (they cover from {earliest.isoformat()}). "
                     "Pass a later date.",)


class UnknownTable(EntitlementsError, LookupError):
    """A rule table id that no loaded table has."""

    def __init__(self, table_id: str, known: list[str]) -> None:
        self.table_id = table_id
        close = [k for k in known if k.split(".")[0] == table_id.split(".")[0]]
        hint = f" Tables in that group: {', '.join(close)}." if close else ""
        super().__init__(f"no rule table {table_id!r}.{hint}")


class InputError(EntitlementsError, ValueError):
    """A household, caseload or command-line value is not acceptable.

    Attributes: ``field`` (the name, as the user wrote it), ``value`` (what was
    got), ``expected`` (what is allowed), and ``where`` (e.g. "row 214" of a
    caseload, or ``None``).
    """

    def __init__(self, field: str, value: object, expected: str, where: str | None = None) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        self.where = where
        prefix = f"{where}, " if where else ""
        if value is None:
            super().__init__(f"{prefix}{field}: missing (expected {expected}).")
        elif isinstance(value, Described):
            super().__init__(f"{prefix}{field}: {value} (expected {expected}).")
        else:
            super().__init__(f"{prefix}{field}: {shown(value)} is not allowed (expected {expected}).")


class UsageError(InputError):
    """The command was used wrongly (a flag missing, two that cannot go
    together): the ``entitlements`` command exits with status 2."""


class InputFileError(InputError):
    """An input file cannot be read: it does not exist, or is a directory.
    The ``entitlements`` command exits with status 3, as for any file it
    cannot read or write."""


class MissingExtra(InputFileError):
    """An optional part of the package is not installed (an extra: openpyxl
    for a workbook, Jinja2 for a report, Dask for a partitioned caseload or a
    sweep, pyarrow for Parquet results, pandas for a DataFrame). Not a value
    refused: the input is fine and the same command works once the extra is
    installed, so the ``entitlements`` command exits with status 3, as for a
    file it cannot read with what is installed. Attributes as an
    :class:`InputError`: ``field`` (what needs it), ``value`` (the package),
    ``expected`` (the ``pip install`` line); and ``extra``."""

    def __init__(self, field: str, package: str, extra: str, message: str) -> None:
        super().__init__(field, package, f"pip install 'entitlements[{extra}]'")
        self.extra = extra
        self.args = (message,)


class OutputPathError(InputError):
    """An output file cannot be written where it was asked for (its
    directory does not exist), found before any work is done: the
    ``entitlements`` command exits with status 3, as for any file it cannot
    write."""


#: The longest value an error message repeats (longer ones are cut).
SHOWN_LENGTH = 40


class Described(str):
    """A description standing in for a value an error must not repeat
    (``Described("a field not known")``): shown as it is, unquoted."""


def shown(value) -> str:
    """A value as an error message repeats it: a short scalar as typed (cut
    to :data:`SHOWN_LENGTH` characters), but never the contents of a table,
    list or record, which may hold a person's details: only what kind it is.

    >>> shown("abc"), shown(3), shown({"name": "A. Person", "age": 3})
    ("'abc'", '3', 'a table of 2 fields')
    """
    if isinstance(value, Described):
        return str(value)
    if isinstance(value, dict) or (hasattr(value, "keys") and hasattr(value, "__getitem__") and not isinstance(value, str)):
        n = len(value)
        return f"a table of {n} field{'s' if n != 1 else ''}"
    if isinstance(value, (list, tuple, set, frozenset)):
        n = len(value)
        return f"a list of {n} item{'s' if n != 1 else ''}"
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value[:SHOWN_LENGTH]).decode("utf-8", "replace")
    import datetime as dt

    if isinstance(value, (dt.date, dt.time)):  # as a file writes it, not datetime.datetime(2026, 12, 7, 10, 0)
        value = value.isoformat()
    text = repr(value)
    if len(text) > SHOWN_LENGTH:
        text = text[: SHOWN_LENGTH - 4] + "...'" if text[:1] in "'\"" else text[: SHOWN_LENGTH - 3] + "..."
    return text
