"""Child Benefit and the High Income Child Benefit Charge: worked examples.

Rates (pounds a week, SI 2006/965 reg 2(1) as uprated; rules/child_benefit/rates.toml):

=====================  =======  =======  =======  =======
                       2023/24  2024/25  2025/26  2026/27
=====================  =======  =======  =======  =======
eldest or only child     24.00    25.60    26.05    27.05*
each other child         15.90    16.95    17.25    17.90*
=====================  =======  =======  =======  =======

HICBC (ITEPA 2003 ss 681B-681C): percentage = (ANI - L) / X rounded down,
at most 100, nil unless ANI exceeds L; L = £50,000 and X = £100 to 2023/24,
L = £60,000 and X = £200 from 2024/25. The year's Child Benefit and the
charge are each rounded down to whole pounds.

Child Benefit for a tax year here is the weeks beginning (on a Monday) in it:
2023/24 and 2025/26 have 52 such Mondays (10 April 2023 to 1 April 2024;
7 April 2025 to 30 March 2026), 2026/27 has 53 (6 April 2026 to 5 April 2027).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import InputError
from entitlements.benefits.child_benefit import (
    child_benefit_and_charge,
    child_benefit_for_tax_year,
    child_benefit_weekly,
    high_income_child_benefit_charge,
    hicbc_percentage,
    tax_year_start,
)
from entitlements.tables import default_tables

T = default_tables()
Y2025 = dt.date(2025, 10, 1)  # a day in 2025/26


def test_one_child_income_59999_no_charge_2025():
    # ANI £59,999 does not exceed £60,000: 0%.
    # CB 52 x £26.05 = £1,354.60; charge nil; net £1,354.60.
    r = child_benefit_and_charge(1, 5_999_900, tax_year=Y2025, tables=T)
    assert (r.child_benefit, r.percentage, r.charge, r.net) == (135460, 0, 0, 135460)


def test_one_child_income_70000_half_charge_2025():
    # (£70,000 - £60,000) / £200 = 50%; CB £1,354.60 -> £1,354 (rounded down);
    # 50% x £1,354 = £677; net £1,354.60 - £677.00 = £677.60.
    r = child_benefit_and_charge(1, 7_000_000, tax_year=Y2025, tables=T)
    assert (r.child_benefit, r.percentage, r.charge, r.net) == (135460, 50, 67700, 67760)


def test_one_child_income_80001_full_charge_2025():
    # (£80,001 - £60,000) / £200 = 100.005 -> 100% (and no more);
    # charge 100% x £1,354 = £1,354; net £0.60 (the pence the rounding leaves).
    r = child_benefit_and_charge(1, 8_000_100, tax_year=Y2025, tables=T)
    assert (r.child_benefit, r.percentage, r.charge, r.net) == (135460, 100, 135400, 60)


def test_two_children_income_65432_2025():
    # Weekly £26.05 + £17.25 = £43.30; x 52 = £2,251.60 -> £2,251.
    # (£65,432 - £60,000) / £200 = 27.16 -> 27%; 27% x £2,251 = £607.77 -> £607.
    r = child_benefit_and_charge(2, 6_543_200, tax_year=Y2025, tables=T)
    assert (r.child_benefit, r.percentage, r.charge) == (225160, 27, 60700)


def test_old_rules_2023_income_55555():
    # 2023/24: L £50,000, X £100. (£55,555 - £50,000) / £100 = 55.55 -> 55%.
    # CB 52 x £24.00 = £1,248.00; 55% x £1,248 = £686.40 -> £686.
    r = child_benefit_and_charge(1, 5_555_500, tax_year=dt.date(2023, 12, 25), tables=T)
    assert (r.child_benefit, r.percentage, r.charge) == (124800, 55, 68600)


def test_old_rules_2023_full_charge_at_60000():
    # 2023/24: (£60,000 - £50,000) / £100 = 100%.
    assert hicbc_percentage(6_000_000, tax_year=dt.date(2024, 1, 1), tables=T) == 100


def test_one_percent_starts_at_60200_from_2024():
    # 2024/25: £60,199 -> 199 / 200 = 0.995 -> 0%; £60,200 -> 1%.
    on = dt.date(2024, 4, 6)
    assert hicbc_percentage(6_019_900, tax_year=on, tables=T) == 0
    assert hicbc_percentage(6_020_000, tax_year=on, tables=T) == 1


def test_income_exactly_at_threshold_is_not_liable():
    # s 681B(1)(a): ANI must exceed £60,000.
    assert hicbc_percentage(6_000_000, tax_year=Y2025, tables=T) == 0


def test_2026_year_has_53_child_benefit_weeks():
    # 6 April 2026 is a Monday and so is 5 April 2027: 53 weeks x £27.05 = £1,433.65.
    assert child_benefit_for_tax_year(1, tax_year=dt.date(2026, 4, 6), tables=T) == 143365


def test_three_children_weekly_2025():
    # £26.05 + 2 x £17.25 = £60.55.
    assert child_benefit_weekly(3, on=dt.date(2025, 6, 2), tables=T) == 6055


def test_no_enhanced_rate_when_another_claimant_has_it():
    # SI 2006/965 reg 2(2): two children at £17.25 each = £34.50.
    assert child_benefit_weekly(2, on=dt.date(2025, 6, 2), tables=T, enhanced=False) == 3450


def test_rates_change_on_the_first_monday_of_the_tax_year():
    # Sunday 6 April 2025: £25.60; Monday 7 April 2025: £26.05.
    assert child_benefit_weekly(1, on=dt.date(2025, 4, 6), tables=T) == 2560
    assert child_benefit_weekly(1, on=dt.date(2025, 4, 7), tables=T) == 2605


def test_charge_on_child_benefit_actually_received():
    # £1,000.99 received -> £1,000; 50% -> £500.
    assert high_income_child_benefit_charge(7_000_000, 100099, tax_year=Y2025, tables=T) == 50000


def test_tax_year_boundaries():
    assert tax_year_start(dt.date(2025, 4, 5)) == np.datetime64("2024-04-06")
    assert tax_year_start(dt.date(2025, 4, 6)) == np.datetime64("2025-04-06")
    assert tax_year_start(dt.date(2024, 2, 29)) == np.datetime64("2023-04-06")


def test_bad_inputs():
    with pytest.raises(InputError, match="children"):
        child_benefit_weekly(-1, on=Y2025, tables=T)
    with pytest.raises(InputError, match="adjusted_net_income"):
        hicbc_percentage(7_000_000.0, tax_year=Y2025, tables=T)


# -- properties ---------------------------------------------------------------------

years = st.dates(dt.date(2023, 4, 10), dt.date(2027, 4, 5))  # the rates table starts 10 April 2023


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 15_000_000), years, st.booleans()), min_size=1, max_size=8))
def test_scalar_equals_vectorised(rows):
    n, ani, year, enh = (list(c) for c in zip(*rows))
    ty = np.array(year, dtype="datetime64[D]")
    weekly = child_benefit_weekly(np.array(n), on=ty, tables=T, enhanced=np.array(enh))
    annual = child_benefit_for_tax_year(np.array(n), tax_year=ty, tables=T, enhanced=np.array(enh))
    pct = hicbc_percentage(np.array(ani), tax_year=ty, tables=T)
    charge = high_income_child_benefit_charge(np.array(ani), annual, tax_year=ty, tables=T)
    both = child_benefit_and_charge(np.array(n), np.array(ani), tax_year=ty, tables=T, enhanced=np.array(enh))
    for i in range(len(rows)):
        assert child_benefit_weekly(n[i], on=year[i], tables=T, enhanced=enh[i]) == weekly[i]
        a = child_benefit_for_tax_year(n[i], tax_year=year[i], tables=T, enhanced=enh[i])
        assert a == annual[i]
        assert hicbc_percentage(ani[i], tax_year=year[i], tables=T) == pct[i]
        c = high_income_child_benefit_charge(ani[i], a, tax_year=year[i], tables=T)
        assert c == charge[i] == both.charge[i]
        # The charge is whole pounds and never more than the Child Benefit.
        assert c % 100 == 0 and 0 <= c <= a
        assert both.net[i] == a - c


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 6), st.integers(0, 15_000_000), st.integers(0, 15_000_000), years)
def test_charge_never_falls_as_income_rises(n, a, b, year):
    lo, hi = sorted((a, b))
    cb = child_benefit_for_tax_year(n, tax_year=year, tables=T)
    assert high_income_child_benefit_charge(lo, cb, tax_year=year, tables=T) <= high_income_child_benefit_charge(hi, cb, tax_year=year, tables=T)
