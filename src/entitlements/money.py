"""Money in integer pence, period conversion, and the rounding rules.

Every amount in this library is an integer number of pence (``int`` for a
household, ``numpy.int64`` for a caseload). Amounts are only ever divided by
the functions here, each of which says which rounding rule governs it.

The functions are *numeric* in the pvlib sense: they accept a Python int or a
numpy integer array and return the same kind.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import numpy as np

__all__ = [
    "MAX_PENCE",
    "pence",
    "pounds",
    "format_pounds",
    "divide_half_up",
    "divide_down",
    "weekly_to_monthly",
    "percent_of",
    "PercentArray",
]


#: The largest amount a household's field may hold: £100,000,000 in pence.
#: Far beyond any household on benefits, and far inside int64 for every sum,
#: product and conversion the rules make of it. Larger amounts are refused
#: as mistakes (a value in pence typed as pounds, a stray exponent).
MAX_PENCE = 10_000_000_000


def pence(pounds_value) -> int:
    """Pounds (a str, int or Decimal such as ``"292.11"``) as integer pence.

    Raises ``ValueError`` for a fraction of a penny; floats are refused because
    they cannot say 292.11 exactly.

    >>> pence("292.11")
    29211
    """
    if isinstance(pounds_value, float):
        raise TypeError("pounds must be given as str, int or Decimal, not float")
    from .digits import check_digits

    check_digits(pounds_value, "pounds", "an amount in pounds")
    d = Decimal(str(pounds_value)) * 100
    if d != d.to_integral_value():
        raise ValueError(f"{pounds_value} has a fraction of a penny")
    return int(d)


def pounds(amount_pence) -> Decimal:
    """Integer pence as exact Decimal pounds. ``pounds(29211) == Decimal('292.11')``."""
    return Decimal(int(amount_pence)) / 100


def format_pounds(amount_pence, *, sign: bool = False) -> str:
    """``£1,234.56`` (``-£1.00`` for negatives; ``+£1.00`` with ``sign=True``).

    >>> format_pounds(123456)
    '£1,234.56'
    """
    p = int(amount_pence)
    s = "-" if p < 0 else ("+" if sign and p > 0 else "")
    p = abs(p)
    return f"{s}£{p // 100:,}.{p % 100:02d}"


def divide_half_up(numerator, denominator):
    """``numerator / denominator`` rounded to the nearest penny, a half up.

    This is the general UC rule: "where the calculation of an amount results in
    a fraction of a penny, that fraction is to be disregarded if it is less
    than half a penny and otherwise it is to be treated as a penny" (Universal
    Credit Regulations 2013, SI 2013/376, reg 6(1)). The same wording governs
    the other benefits here. Negative numerators round half away from zero so
    the rule is symmetric. ``denominator`` may be an array (one per row).

    >>> divide_half_up(5, 2), divide_half_up(7, 3), divide_half_up(-5, 2)
    (3, 2, -3)
    """
    if isinstance(denominator, np.ndarray) or isinstance(numerator, np.ndarray):
        # One denominator per row is allowed (e.g. the days in each row's year).
        if np.any(np.asarray(denominator) <= 0):
            raise ValueError("denominator must be positive")
        numerator = np.asarray(numerator)
    elif denominator <= 0:
        raise ValueError("denominator must be positive")
    if isinstance(numerator, np.ndarray):
        if numerator.size and numerator.min() >= 0:  # the usual case: no sign to restore
            return (2 * numerator + denominator) // (2 * denominator)
        mag = (2 * np.abs(numerator) + denominator) // (2 * denominator)
        return np.where(numerator < 0, -mag, mag)
    n = int(numerator)
    mag = (2 * abs(n) + denominator) // (2 * denominator)
    return -mag if n < 0 else mag


def divide_down(numerator, denominator: int):
    """``numerator / denominator`` rounded down (towards minus infinity).

    Used where a regulation says a fraction is to be disregarded, e.g. tariff
    income's "each complete £250" counting and thresholds rounded down to the
    pound (UC Regs 2013 reg 6(1A)).
    """
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    return numerator // denominator


def weekly_to_monthly(weekly_pence):
    """A weekly amount as a monthly one: multiply by 52 and divide by 12.

    UC Regs 2013 reg 73(1)(a) (unearned income) and Sch 4 para 7(2)(a) (rent);
    a fraction of a penny is rounded by reg 6(1).

    >>> weekly_to_monthly(8330)   # Carer's Allowance 2025/26, £83.30 a week
    36097
    """
    if isinstance(weekly_pence, np.ndarray) and weekly_pence.dtype == np.int64 and weekly_pence.size > 4096 \
            and not weekly_pence.any():
        return np.zeros(weekly_pence.shape, np.int64)  # a caseload's column of nils: one read instead of five passes
    return divide_half_up(weekly_pence * 52, 12)


class PercentArray:
    """Percentages, one per row, as integer numerators over one common
    denominator (what a rule table answers for an array of dates)."""

    __slots__ = ("numerator", "denominator")

    def __init__(self, numerator: np.ndarray, denominator: int) -> None:
        self.numerator = numerator
        self.denominator = denominator

    @classmethod
    def of(cls, values: list[Fraction], index: np.ndarray) -> "PercentArray":
        """``values[index]`` for each entry of ``index``."""
        den = math.lcm(*(f.denominator for f in values))
        nums = np.array([f.numerator * (den // f.denominator) for f in values], dtype=np.int64)
        return cls(nums[index], den)


def percent_of(amount_pence, percent: Fraction):
    """``percent`` % of an amount, to the nearest penny (reg 6(1)).

    ``percent`` is a Fraction of 100, as the rule tables give it (55 for 55%).
    """
    if isinstance(percent, PercentArray):  # one percentage per row (a date per row)
        return divide_half_up(amount_pence * percent.numerator, percent.denominator * 100)
    return divide_half_up(amount_pence * percent.numerator, percent.denominator * 100)
