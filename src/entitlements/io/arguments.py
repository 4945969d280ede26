"""Values typed on the command line read: dates, pounds (with a period), a
child, a non-dependant.

Each is an ``argparse`` type: a value that cannot be read is an
:class:`argparse.ArgumentTypeError` that says what to type instead. Imports
happen when a value is read, so ``entitlements --help`` stays quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

__all__ = ["date", "money", "amount_per", "non_dependant", "child", "PERIOD_WORDS"]


def date(text: str) -> dt.date:
    from ..dates import parse_date
    from ..errors import InputError

    try:
        return parse_date(text)
    except InputError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD or DD/MM/YYYY)") from None


def money(period: str):
    """An amount in pounds, optionally with its period (``650/month``)."""

    def parse(text: str) -> int:
        from ..errors import InputError
        from .households import parse_pounds

        amount, _, per = text.partition("/")
        if per and per.strip().lower() not in (period, period + "ly"):
            raise argparse.ArgumentTypeError(f"{text!r}: give the amount per {period} (e.g. 123.45/{period})")
        try:
            return parse_pounds(amount, "amount")
        except InputError:
            raise argparse.ArgumentTypeError(f"{text!r} is not an amount in pounds (e.g. 123.45)") from None

    return parse


PERIOD_WORDS = {
    "week": "week", "weekly": "week", "w": "week",
    "2weeks": "two_weeks", "two_weeks": "two_weeks", "fortnight": "two_weeks",
    "4weeks": "four_weeks", "four_weeks": "four_weeks",
    "month": "month", "monthly": "month", "m": "month", "pcm": "month",
    "3months": "three_months", "quarter": "three_months",
    "year": "year", "yearly": "year", "annual": "year",
}


def amount_per(text: str) -> tuple[int, str]:
    """``650/month``, ``150/week``, ``300/2weeks``: pence and a period."""
    from ..errors import InputError
    from .households import parse_pounds

    amount, _, per = text.partition("/")
    period = PERIOD_WORDS.get(per.strip().lower() or "month")
    if period is None:
        raise argparse.ArgumentTypeError(f"{text!r}: the period must be one of week, 2weeks, 4weeks, month, 3months, year")
    try:
        return parse_pounds(amount, "amount"), period
    except InputError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount in pounds (e.g. 650/month)") from None


def non_dependant(text: str):
    """``AGE`` or ``AGE:exemption``."""
    from ..errors import InputError
    from ..household import NON_DEPENDANT_EXEMPTIONS, NonDependant

    age, _, exemption = text.partition(":")
    try:
        return NonDependant(age=int(age), exemption=exemption.strip().replace("-", "_") or None)
    except (ValueError, InputError):
        raise argparse.ArgumentTypeError(
            f"--non-dependant {text!r}: give AGE or AGE:EXEMPTION (exemptions: {', '.join(NON_DEPENDANT_EXEMPTIONS)})"
        ) from None


def child(text: str):
    """``DOB`` or ``DOB:option,option`` (options: dla-lowest/middle/highest,
    dla-mobility-lower/higher, pip-standard/enhanced, blind, and an exception:
    multiple-birth, adoption, kinship, non-consensual)."""
    from ..household import Child

    dob_text, _, opts = text.partition(":")
    dob = date(dob_text)
    kw: dict[str, Any] = {}
    for o in filter(None, (x.strip().lower() for x in opts.split(","))):
        if o in ("dla-lowest", "dla-middle", "dla-highest"):
            kw["dla_care"] = o.split("-")[1]
        elif o in ("dla-mobility-lower", "dla-mobility-higher"):
            kw["dla_mobility"] = o.rsplit("-", 1)[1]
        elif o in ("pip-standard", "pip-enhanced"):
            kw["pip_daily_living"] = o.split("-")[1]
        elif o == "blind":
            kw["blind"] = True
        elif o in ("girl", "female", "boy", "male"):
            kw["sex"] = "female" if o in ("girl", "female") else "male"
        elif o in ("multiple-birth", "adoption", "kinship", "non-consensual", "continuation"):
            kw["two_child_exception"] = {
                "multiple-birth": "multiple_birth",
                "kinship": "non_parental_caring",
                "non-consensual": "non_consensual_conception",
            }.get(o, o)
        else:
            raise argparse.ArgumentTypeError(
                f"--child {text!r}: unknown option {o!r} (allowed: dla-lowest, dla-middle, dla-highest, "
                "dla-mobility-lower, dla-mobility-higher, pip-standard, pip-enhanced, blind, girl, boy, multiple-birth, "
                "adoption, kinship, non-consensual, continuation)"
            )
    return Child(date_of_birth=dob, **kw)
