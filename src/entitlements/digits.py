"""Numbers typed as text are written with the digits 0-9, and no others.

Python's ``int()``, ``float()`` and ``Decimal()`` read a number written with
any script's digits as its value: Arabic-Indic ``'٣٠٠'`` and fullwidth
``'３００'`` are both 300. A caseload cell, a household file's value or a
command-line flag so written is far more likely pasted from somewhere it
did not belong than meant, and a spreadsheet would not read it as a number
either, so it is refused, saying which character it is. Superscripts and
other numeric characters (``'³'``, ``'½'``), which ``int()`` refuses with
no reason given, are refused the same way.

One job: :func:`check_digits`, called by every reader of a number, a date or
an amount typed as text (:mod:`entitlements.io.households`,
:mod:`entitlements.io.outcomes`, :mod:`entitlements.dates`, the command-line
flags of :mod:`entitlements.io.arguments`). Text that is all ASCII, as
nearly every cell is, is passed by one C-level test.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from .errors import InputError

__all__ = ["check_digits", "other_digit"]


def other_digit(text: str) -> str | None:
    """The first character of ``text`` that is a digit or other numeral but
    not one of 0-9 (``'٣'``, ``'３'``, ``'³'``, ``'½'``); None if there is none.

    >>> other_digit("300"), other_digit("£1,234.56"), other_digit("٣٠٠")
    (None, None, '٣')
    """
    if text.isascii():
        return None
    return next((ch for ch in text if ch.isnumeric() and not ch.isascii()), None)


def check_digits(value: Any, field: str, what: str = "a number") -> None:
    """Refuse text with a digit other than 0-9 in it: an
    :class:`~entitlements.errors.InputError` naming ``field``, the value,
    and the character found (``what``: what the value is, e.g. "a date").
    Anything that is not text (a number, a date) passes.

    >>> try:
    ...     check_digits("٣٠٠", "housing_rent")
    ... except InputError as e:
    ...     print(e)
    housing_rent: '٣٠٠' is not allowed (expected a number written with the digits 0-9; '٣' is ARABIC-INDIC DIGIT
    THREE: retype it with 0-9).
    """
    if not isinstance(value, str):
        return
    ch = other_digit(value)
    if ch is None:
        return
    name = unicodedata.name(ch, f"U+{ord(ch):04X}")
    raise InputError(field, value, f"{what} written with the digits 0-9; {ch!r} is {name}: retype it with 0-9")
