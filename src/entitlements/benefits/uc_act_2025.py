"""The minimum amounts the Universal Credit Act 2025 requires for 2026-27 to 2029-30.

The Act does not set the standard allowance or the protected LCWRA amount for
those years: it obliges the Secretary of State to set them at least at
amounts worked out from the September CPI (s 1, s 4). This module works those
minimums out, exactly, from the rule tables and the CPI percentages given, so
that a figure announced or made can be checked against the Act, and a
projection past the published rates can use the least the law allows.

- **Standard allowance** (s 1(2)): Step 1, the 2025-26 amounts (for later
  years, the Step 2 result of the year before); Step 2, increase by the
  relevant CPI percentage for the year; Step 3, increase by the relevant
  uplift percentage (s 1(4), table ``uc.standard_allowance_uplift``). The
  uplift is applied once, for the year in question: it does not compound,
  because Step 1 carries forward the Step 2 result, not the Step 3 one.
- **Protected LCWRA amount** (s 4(2)): for each amount of the standard
  allowance, that amount plus the protected amount must be at least last
  year's sum increased by the relevant CPI percentage.
- **The relevant CPI percentage** for a tax year (s 1(3), s 4(4)(a)): the
  percentage by which the all items CPI for the September before the tax year
  is higher than for the September before that, or 0% if it is not higher.

The Act says "at least" and gives no rounding rule, and amounts are set in
whole pence, so a minimum here is the exact figure rounded **up** to the
penny: the least amount in pence that is not below it. (The 2026-27 amounts
bear this out: 628.10 x 1.038 x 1.023 = 666.963..., and the amount set was
£666.97, not £666.96.)

A tax year is named by the year it begins: ``2027`` is 2027-28. Amounts "for"
a tax year apply to assessment periods beginning on or after its first Monday
(s 1(6)(d), s 4(3)(d)).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction

import numpy as np

from ..dates import first_monday_of_tax_year
from ..errors import InputError
from ..tables import Tables

__all__ = [
    "FIRST_TAX_YEAR",
    "LAST_TAX_YEAR",
    "standard_allowance_minimum",
    "standard_allowance_minimums",
    "protected_lcwra_minimum",
    "protected_lcwra_least",
]

#: The tax years the duties of ss 1 and 4 cover: 2026-27 to 2029-30.
FIRST_TAX_YEAR, LAST_TAX_YEAR = 2026, 2029

_CPI_EXPECTED = "a percentage such as 3.8 (the 12-month rise in the all items CPI to September)"


def _percent(year: int, value) -> Fraction:
    """One relevant CPI percentage, exactly; a fall counts as 0% (s 1(3))."""
    field = f"relevant_cpi[{year}]"
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal, Fraction)):
        raise InputError(field, value, _CPI_EXPECTED)
    try:
        exact = value if isinstance(value, Fraction) else Fraction(Decimal(repr(value) if isinstance(value, float) else value))
    except (InvalidOperation, ValueError):
        raise InputError(field, value, _CPI_EXPECTED) from None
    if not -100 < exact < 100:
        raise InputError(field, value, _CPI_EXPECTED)
    return max(exact, Fraction(0))


def _check_year(tax_year) -> int:
    if isinstance(tax_year, bool) or not isinstance(tax_year, int) or not FIRST_TAX_YEAR <= tax_year <= LAST_TAX_YEAR:
        raise InputError("tax_year", tax_year, f"a year from {FIRST_TAX_YEAR} (2026-27) to {LAST_TAX_YEAR} (2029-30), the years UC Act 2025 ss 1 and 4 cover")
    return tax_year


def _cpi_factors(relevant_cpi: Mapping[int, object], years: range) -> list[Fraction]:
    if not isinstance(relevant_cpi, Mapping):
        raise InputError("relevant_cpi", relevant_cpi, "a mapping from tax year to percentage, e.g. {2026: 3.8}")
    missing = [y for y in years if y not in relevant_cpi]
    if missing:
        raise InputError("relevant_cpi", sorted(relevant_cpi), f"a percentage for every tax year from {years.start} to {years.stop - 1} (missing {missing})")
    return [1 + _percent(y, relevant_cpi[y]) / 100 for y in years]


def _ceil_times(amount, factor: Fraction):
    """``amount x factor`` rounded up to a whole penny, for a scalar or an
    array (exact: Python integers, not floating point)."""
    if isinstance(amount, np.ndarray):
        exact = amount.astype(object) * factor.numerator
        return (-(-exact // factor.denominator)).astype(np.int64)
    return -(-int(amount) * factor.numerator // factor.denominator)


def standard_allowance_minimum(amount_2025_26, *, tax_year: int, relevant_cpi: Mapping[int, object], tables: Tables):
    """The least standard allowance UC Act 2025 s 1(2) allows for ``tax_year``
    [pence/month], from a 2025-26 amount [pence/month] (a scalar or an array).

    ``relevant_cpi`` maps each tax year from 2026 to ``tax_year`` to its
    relevant CPI percentage (``{2026: 3.8}`` for 2026-27: the CPI rose 3.8% in
    the 12 months to September 2025).

    >>> standard_allowance_minimum(40014, tax_year=2026, relevant_cpi={2026: "3.8"}, tables=Tables.load())
    42490
    """
    year = _check_year(tax_year)
    factor = math.prod(_cpi_factors(relevant_cpi, range(FIRST_TAX_YEAR, year + 1)), start=Fraction(1))
    uplift = tables.at("uc.standard_allowance_uplift", first_monday_of_tax_year(year))
    return _ceil_times(amount_2025_26, factor * (1 + uplift / 100))


def standard_allowance_minimums(tax_year: int, relevant_cpi: Mapping[int, object], *, tables: Tables) -> dict[str, int]:
    """UC Act 2025 s 1(2) minimums of all four amounts of the standard
    allowance for ``tax_year`` [pence/month], from the 2025-26 amounts in the
    table ``uc.standard_allowance``."""
    base = tables.at("uc.standard_allowance", first_monday_of_tax_year(2025))
    return {k: standard_allowance_minimum(v, tax_year=tax_year, relevant_cpi=relevant_cpi, tables=tables) for k, v in base.items()}


def protected_lcwra_minimum(standard_allowance: Mapping[str, int], *, tax_year: int, relevant_cpi: Mapping[int, object], tables: Tables) -> int:
    """The least protected LCWRA amount UC Act 2025 s 4(2) allows for
    ``tax_year`` [pence/month], given that year's four amounts of the
    standard allowance [pence/month].

    For each amount of the standard allowance, the sum of it and the
    protected amount must be at least last year's sum increased by the
    relevant CPI percentage; the protected amount must meet the highest of
    the four. Last year's amounts are read from the tables.
    """
    year = _check_year(tax_year)
    _cpi_factors(relevant_cpi, range(year, year + 1))
    last_year = first_monday_of_tax_year(year - 1)
    sa_before = tables.at("uc.standard_allowance", last_year)
    protected_before = tables.at("uc.lcwra_element", last_year, "protected")
    if not isinstance(standard_allowance, Mapping) or set(standard_allowance) != set(sa_before):
        raise InputError("standard_allowance", standard_allowance, f"a mapping with the amounts {sorted(sa_before)} in pence")
    return protected_lcwra_least(sa_before, protected_before, standard_allowance, relevant_cpi[year])


def protected_lcwra_least(sa_before: Mapping[str, int], protected_before: int, sa_now: Mapping[str, int], cpi) -> int:
    """The s 4(2) test itself: the least protected LCWRA amount [pence/month]
    such that, for each amount of the standard allowance, this year's amount
    plus it is at least last year's (``sa_before`` plus ``protected_before``)
    increased by ``cpi`` percent (a fall counts as 0%), rounded up to the
    penny. :func:`protected_lcwra_minimum` reads last year's amounts from
    the tables; a rates policy gives its own.

    >>> protected_lcwra_least({"a": 42490}, 42980, {"a": 43800}, "2")   # (424.90 + 429.80) x 1.02 - 438.00
    43380
    """
    (factor,) = _cpi_factors({0: cpi}, range(0, 1))
    return max(_ceil_times(sa_before[k] + protected_before, factor) - int(sa_now[k]) for k in sa_before)
