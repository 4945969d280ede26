"""The field checks of the household model: attrs validators and converters.

One job: say whether a value may stand in a household field, raising
:class:`~entitlements.errors.InputError` that names the field, the value and
what is allowed; and take numpy scalars (from a DataFrame or an array) as the
Python values they hold. Used by :mod:`entitlements.household`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from .errors import InputError
from .money import MAX_PENCE


def _pence(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(attribute.name, value, "a whole number of pence (e.g. 90000 for £900.00)")
    if value < 0:
        raise InputError(attribute.name, value, "0 or more pence")
    if value > MAX_PENCE:
        raise InputError(attribute.name, value, f"at most {MAX_PENCE} pence (£{MAX_PENCE // 100:,})")


def _flag(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if not isinstance(value, bool):
        raise InputError(attribute.name, value, "True or False")


def _one_of(options: tuple[str, ...], optional: bool = False):
    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if optional and value is None:
            return
        if value not in options:
            allowed = ", ".join(repr(o) for o in options) + (", or None" if optional else "")
            raise InputError(attribute.name, value, f"one of {allowed}")

    return check


def _date_or_none(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InputError(attribute.name, value, "a date (datetime.date)")


def _age_or_none(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 16 <= value <= 120:
        raise InputError(attribute.name, value, "a whole number of years from 16 to 120")


def _hours_or_none(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 168:
        raise InputError(attribute.name, value, "whole hours of paid work a week from 0 to 168 (or None: not given)")


def _plain(value: Any) -> Any:
    """A numpy scalar as the Python value it holds (``numpy.int64(30)`` is
    30), so values from a DataFrame or an array are taken as they are;
    anything else unchanged."""
    if type(value).__module__ == "numpy" and hasattr(value, "item") and getattr(value, "ndim", 1) == 0:
        return value.item()
    return value


def _numpy_scalars(cls: type, fields: list[attrs.Attribute]) -> list[attrs.Attribute]:
    """Every field of a model class takes numpy scalars as Python values."""
    out = []
    for f in fields:
        if f.converter is None:
            out.append(f.evolve(converter=_plain))
        else:
            inner = f.converter
            out.append(f.evolve(converter=lambda v, inner=inner: inner(_plain(v))))
    return out


def _int_range(lo: int, hi: int, what: str):
    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise InputError(attribute.name, value, f"{what} from {lo} to {hi}")

    return check


def _tuple_of(options: tuple[str, ...]):
    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        for v in value:
            if v not in options:
                raise InputError(attribute.name, v, "each one of " + ", ".join(repr(o) for o in options))

    return check


def _as_tuple(value: Any, field: str, what: str) -> tuple[Any, ...]:
    """A sequence as a tuple; anything else (None, a string, a number) an InputError."""
    if value is None or isinstance(value, (str, bytes, dict)) or not hasattr(value, "__iter__"):
        raise InputError(field, value, f"a tuple of {what}")
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    """A sequence as a tuple; the converter's type is what callers may pass."""
    return _as_tuple(value, "extra_bedrooms", "reasons (or none: ())")
