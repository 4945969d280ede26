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

__all__ = ["date", "whole_number", "council_tax_band", "AS_OF_HELP", "money", "amount_per", "non_dependant", "child", "rates_after", "RATES_AFTER_HELP", "PERIOD_WORDS",
           "CHILD_OPTIONS", "NON_DEPENDANT_PARTS"]


def date(text: str) -> dt.date:
    from ..dates import parse_date
    from ..errors import InputError

    try:
        return parse_date(text)
    except InputError as e:
        raise argparse.ArgumentTypeError(f"{text!r} is not allowed: give {e.expected}") from None


def whole_number(text: str) -> int:
    """A whole number (``--age 34``, ``--workers 4``), written with the
    digits 0-9: Python's ``int()`` would read ``'３４'`` or ``'٣٤'`` too
    (:func:`entitlements.digits.check_digits` refuses them, saying why)."""
    from ..digits import check_digits
    from ..errors import InputError

    try:
        check_digits(text, "value", "a whole number")
    except InputError as e:
        raise argparse.ArgumentTypeError(f"{text!r} is not allowed: give {e.expected}") from None
    return int(text)  # a ValueError: argparse's "invalid whole_number value", worded by the command


#: ``--as-of``'s help, the same for ``gain`` and ``caseload --report``.
AS_OF_HELP = ("the day the work is done (default: today): a confirmed outcome decided after it, or a date more than "
              "2 years after it, is refused; give a fixed day for a run that can be repeated")


#: How advisers write a period after an amount, read as the period's word (since 2026-12-08, qa-adv10): "95pw",
#: "95 p/w", "95 a week", "95 per week", "650pcm", "650 pm", "650 a month", "9000 pa".
_SUFFIX_PERIODS = {"pw": "week", "p/w": "week", "wk": "week", "pcm": "month", "pm": "month", "p/m": "month",
                   "mth": "month", "pa": "year", "p/a": "year", "annum": "year"}
_SUFFIX = None


def _period_suffix(text: str) -> str:
    """``text`` with a period written after the amount ("95pw", "650 a month") rewritten as ``AMOUNT/PERIOD``
    ("95/week", "650/month"); any other text unchanged."""
    import re

    global _SUFFIX
    if _SUFFIX is None:
        words = "|".join(sorted((re.escape(k) for k in [*_SUFFIX_PERIODS, *PERIOD_WORDS]), key=len, reverse=True))
        _SUFFIX = re.compile(rf"^\s*(£?\s*[\d.,]+)\s*(?:(?:a|an|per|every|/)\s*)?({words})\s*$", re.IGNORECASE)
    m = _SUFFIX.match(text)
    if m is None or "/" in m.group(1):
        return text
    word = m.group(2).lower()
    return f"{m.group(1).strip()}/{_SUFFIX_PERIODS.get(word, word)}"


def money(period: str, over_zero: str | None = None):
    """An amount in pounds, optionally with its period (``650/month``);
    ``over_zero``: what the amount is, where it must be over £0 (a figure
    from a bill: nil or negative is refused saying so, not "0 or more")."""

    def parse(text: str) -> int:
        from ..errors import InputError
        from .households import parse_pounds

        amount, _, per = _period_suffix(text).partition("/")
        if per and per.strip().lower() not in (period, period + "ly", PERIOD_WORDS_SHORT.get(period, period)):
            raise argparse.ArgumentTypeError(f"{text!r}: give the amount per {period} (e.g. 123.45/{period})")
        if over_zero and amount.strip().removeprefix("£").strip().startswith("-"):
            raise argparse.ArgumentTypeError(f"{text!r} is not allowed: give {over_zero}")
        try:
            pence = parse_pounds(amount, "amount")
        except InputError as e:
            raise argparse.ArgumentTypeError(f"{text!r} is not allowed: give {e.expected}") from None
        if over_zero and pence == 0:
            raise argparse.ArgumentTypeError(f"{text!r} is not allowed: give {over_zero}")
        return pence

    return parse


PERIOD_WORDS = {
    "week": "week", "weekly": "week", "w": "week",
    "2weeks": "two_weeks", "two_weeks": "two_weeks", "fortnight": "two_weeks",
    "4weeks": "four_weeks", "four_weeks": "four_weeks",
    "month": "month", "monthly": "month", "m": "month", "pcm": "month",
    "3months": "three_months", "quarter": "three_months",
    "year": "year", "yearly": "year", "annual": "year",
}
#: The one-letter word of a period that money() also reads ("95/w").
PERIOD_WORDS_SHORT = {"week": "w", "month": "m"}


def amount_per(text: str) -> tuple[int, str]:
    """``650/month``, ``150/week``, ``300/2weeks``: pence and a period."""
    from ..errors import InputError
    from .households import parse_pounds

    amount, _, per = _period_suffix(text).partition("/")
    period = PERIOD_WORDS.get(per.strip().lower() or "month")
    if period is None:
        raise argparse.ArgumentTypeError(f"{text!r}: the period must be one of week, 2weeks, 4weeks, month, 3months, year")
    try:
        return parse_pounds(amount, "amount"), period
    except InputError as e:
        raise argparse.ArgumentTypeError(f"{text!r} is not allowed: give {e.expected} (e.g. 650/month)") from None


def non_dependant(text: str):
    """``AGE``, ``AGE:EXEMPTION``, then any of ``,work`` (16 hours or more a
    week), ``,income=POUNDS`` (gross a week), ``,hb-ctr=REASON`` (why no
    Housing Benefit or Council Tax Reduction deduction) and ``,uc`` (in
    receipt of Universal Credit), e.g. ``40,work,income=450`` or
    ``22:under_21,hb-ctr=full_time_student``."""
    from ..digits import check_digits
    from ..errors import InputError
    from ..household import HB_CTR_EXEMPTIONS, NON_DEPENDANT_EXEMPTIONS, NonDependant
    from .households import parse_pounds

    head, *options = text.split(",")
    age, _, exemption = head.partition(":")
    fields: dict[str, Any] = {}
    try:
        for o in options:
            key, _, value = o.strip().partition("=")
            if key == "work" and not value:
                fields["remunerative_work"] = True
            elif key == "income" and value:
                fields["gross_weekly_income"] = parse_pounds(_weekly_income(value, text), "income")
            elif key == "hb-ctr" and value:
                fields["hb_ctr_exemption"] = value.strip().replace("-", "_")
            elif key == "uc" and not value:
                fields["universal_credit"] = True
            else:
                raise ValueError(o)
        check_digits(age, "age", "a whole number")
        return NonDependant(age=int(age), exemption=exemption.strip().replace("-", "_") or None, **fields)
    except InputError as e:  # read, but not allowed (an age of 15): say which part and what is allowed
        raise argparse.ArgumentTypeError(f"--non-dependant {text!r}: {e}") from None
    except ValueError as e:
        if str(e) and str(e).lstrip("£").replace(".", "").split("/")[0].isdigit() and "income=" in text:
            # '25,work,income=£1,800': the comma in the amount split the option ('800' is read as an option)
            raise argparse.ArgumentTypeError(
                f"--non-dependant {text!r}: a comma inside an amount splits the options: write the income without "
                "one (income=1800, not income=1,800)") from None
        raise argparse.ArgumentTypeError(
            f"--non-dependant {text!r}: give AGE or AGE:EXEMPTION (exemptions: {', '.join(NON_DEPENDANT_EXEMPTIONS)}), "
            f"then any of ,work ,income=POUNDS (gross a week) ,hb-ctr=REASON ({', '.join(HB_CTR_EXEMPTIONS)}) "
            "and ,uc (in receipt of Universal Credit)"
        ) from None


def _weekly_income(value: str, text: str) -> str:
    """The ``income=`` of ``--non-dependant``, gross a week: ``/week`` may be
    said; any other period is refused with the weekly figure to give (the
    deduction bands are weekly, SI 2006/213 reg 74(2); SI 2006/214 reg 55(2)),
    never converted or read as weekly unsaid."""
    amount, slash, period = value.strip().partition("/")
    if not slash or period.strip().lower() in ("week", "w", "wk", "weekly"):
        return amount
    from .households import parse_pounds

    factor = {"month": (12, 52), "mo": (12, 52), "monthly": (12, 52), "year": (1, 52), "yr": (1, 52),
              "annual": (1, 52), "2weeks": (1, 2), "4weeks": (1, 4)}.get(period.strip().lower().replace(" ", ""))
    hint = ""
    if factor is not None:
        try:
            pence = parse_pounds(amount, "income")
        except Exception:  # noqa: BLE001 - the amount itself is wrong: the message below says what to give
            pence = None
        if pence is not None:
            from ..money import divide_half_up

            weekly = int(divide_half_up(pence * factor[0], factor[1]))
            hint = f" (here {weekly // 100}.{weekly % 100:02d}: {amount.strip()} x {factor[0]} / {factor[1]})"
    raise argparse.ArgumentTypeError(
        f"--non-dependant {text!r}: income: {value!r} is not allowed (expected the non-dependant's gross income a "
        f"week, e.g. income=415.38 or income=415.38/week{hint})")


def council_tax_band(text: str) -> str:
    """A council tax band as advisers write it: 'd', 'D', 'Band D', 'band-d'
    are band D. Anything else is returned as typed (upper case), for the
    caller's check to refuse with the bands allowed."""
    import re

    s = str(text).strip().upper()
    m = re.fullmatch(r"(?:BAND[\s_:-]*)?([A-I])", s)
    return m.group(1) if m else s


#: The options of ``--child DOB:OPTION,...``: option -> (Child field, value).
CHILD_OPTIONS: dict[str, tuple[str, Any]] = {
    "dla-lowest": ("dla_care", "lowest"),
    "dla-middle": ("dla_care", "middle"),
    "dla-highest": ("dla_care", "highest"),
    "dla-mobility-lower": ("dla_mobility", "lower"),
    "dla-mobility-higher": ("dla_mobility", "higher"),
    "pip-standard": ("pip_daily_living", "standard"),
    "pip-enhanced": ("pip_daily_living", "enhanced"),
    "pip-mobility-standard": ("pip_mobility", "standard"),
    "pip-mobility-enhanced": ("pip_mobility", "enhanced"),
    "blind": ("blind", True),
    "girl": ("sex", "female"),
    "female": ("sex", "female"),
    "boy": ("sex", "male"),
    "male": ("sex", "male"),
    "multiple-birth": ("two_child_exception", "multiple_birth"),
    "adoption": ("two_child_exception", "adoption"),
    "kinship": ("two_child_exception", "non_parental_caring"),
    "non-consensual": ("two_child_exception", "non_consensual_conception"),
    "continuation": ("two_child_exception", "continuation"),
    # a young person aged 16 to 19: SI 2013/376 reg 5; SI 2006/223 reg 3
    "non-advanced": ("education", "non_advanced"),
    "training": ("education", "approved_training"),
    "not-in-education": ("education", "not_in_education"),
}

#: The parts of ``--non-dependant AGE[:EXEMPTION][,work][,income=POUNDS][,hb-ctr=REASON][,uc]``: the NonDependant
#: fields they give.
NON_DEPENDANT_PARTS = ("age", "exemption", "remunerative_work", "gross_weekly_income", "hb_ctr_exemption",
                       "universal_credit")


def child(text: str):
    """``DOB`` or ``DOB:option,option`` (the options: :data:`CHILD_OPTIONS`)."""
    from ..household import Child

    dob_text, _, opts = text.partition(":")
    dob = date(dob_text)
    kw: dict[str, Any] = {}
    given: dict[str, str] = {}
    for o in filter(None, (x.strip().lower() for x in opts.split(","))):
        if o not in CHILD_OPTIONS:
            raise argparse.ArgumentTypeError(
                f"--child {text!r}: unknown option {o!r} (allowed: {', '.join(CHILD_OPTIONS)})"
            )
        field, value = CHILD_OPTIONS[o]
        if field in kw and kw[field] != value:  # the same thing said twice, two ways: refuse, never pick one
            raise argparse.ArgumentTypeError(f"--child {text!r}: {given[field]!r} and {o!r} cannot both be true of one child")
        kw[field] = value
        given.setdefault(field, o)
    return Child(date_of_birth=dob, **kw)


#: The help of ``--rates-after`` (every subcommand that computes has it).
RATES_AFTER_HELP = ("what to do with dates past the rule tables' end: hold (the default: carry the last known rates "
                    "forward, named as an assumption), strict (refuse), or uprate:PCT (raise each benefit by PCT%% a "
                    "year from its uprating date; per group: uprate:uc=3.1,pension=4.8)")


def rates_after(text: str):
    """A rates policy (``hold``, ``strict``, ``uprate:PCT``): see
    :mod:`entitlements.rates_policy`."""
    from ..errors import InputError
    from ..rates_policy import RatesPolicy

    try:
        return RatesPolicy.parse(text)
    except InputError as e:
        raise argparse.ArgumentTypeError(f"{text!r} is not a rates policy (expected {e.expected})") from None
