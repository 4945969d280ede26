"""Pension Credit: every row of the guarantee credit and savings credit
tables on its first day and the day before (issue 21: rows no test pinned;
`tools/unpinned_rows.py`).

Figures from the Up-rating Orders each row cites (SI 2023/316, SI 2024/242,
SI 2025/295 and SI 2026/148, the articles amending SI 2002/1792 reg 6 and
Sch I, Sch IIA, and reg 7), worked by hand. Pension Credit amounts change
with the benefit week beginning on the Monday of the first full week of the
tax year: 10 April 2023, 8 April 2024, 7 April 2025, 6 April 2026; the day
before is the Sunday that ends the old rates. A penny in any row, or a row a
day early or late, fails.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements.benefits.pension_credit import (
    carer_addition,
    child_additions,
    deemed_income_from_capital,
    pension_credit,
    savings_credit,
    severe_disability_addition,
    weekly_earnings_counted,
)
from entitlements.tables import default_tables

T = default_tables()
D = dt.date
DAYS = (D(2023, 4, 10), D(2024, 4, 7), D(2024, 4, 8), D(2025, 4, 6), D(2025, 4, 7), D(2026, 4, 5), D(2026, 4, 6))


def by_day(y23, y24, y25, y26):
    return [y23, y23, y24, y24, y25, y25, y26]


def _guarantee(couple, **facts):
    return lambda on: pension_credit(couple, True, True, 0, 0, on=on, tables=T, **facts).guarantee_credit


_KIDS = np.array(["2015-05-01", "2018-09-01"], dtype="datetime64[D]")

CASES = [
    # Reg 6(1)(a)-(b) standard minimum guarantee, no income: the guarantee credit is the whole of it.
    # Single 201.05; 218.15; 227.10; 238.00.
    pytest.param(_guarantee(False), (20105, 21815, 22710, 23800), id="smg-single"),
    # Couple 306.85; 332.95; 346.60; 363.25.
    pytest.param(_guarantee(True), (30685, 33295, 34660, 36325), id="smg-couple"),
    # Sch I para 4(1)(a) severe disability addition, one qualifies: 76.40; 81.50; 82.90; 86.05.
    pytest.param(lambda on: severe_disability_addition(False, True, on=on, tables=T), (7640, 8150, 8290, 8605),
                 id="sdp-single"),
    # Para 4(1)(b) both of a couple qualify: 152.80; 163.00; 165.80; 172.10.
    pytest.param(lambda on: severe_disability_addition(True, True, True, on=on, tables=T),
                 (15280, 16300, 16580, 17210), id="sdp-couple"),
    # Para 4(2) carer addition, one carer: 42.75; 45.60; 46.40; 48.15.
    pytest.param(lambda on: carer_addition(False, True, on=on, tables=T), (4275, 4560, 4640, 4815), id="carer"),
    # Both of a couple: 2 x 42.75 = 85.50; 91.20; 92.80; 96.30.
    pytest.param(lambda on: carer_addition(True, True, True, on=on, tables=T), (8550, 9120, 9280, 9630),
                 id="carers-both"),
    # Sch IIA paras 9(1)(a) and 10: the eldest, born before 6 April 2017, and a younger child:
    # 72.31 + 61.88 = 134.19; 76.79 + 66.29 = 143.08; 78.10 + 67.42 = 145.52; 81.07 + 69.98 = 151.05.
    pytest.param(lambda on: child_additions(_KIDS, on=on, tables=T)[0], (13419, 14308, 14552, 15105),
                 id="children"),
    # Para 9(2)-(3): the eldest disabled, the younger severely disabled: 33.67 + 104.86 = 138.53;
    # 35.93 + 112.21 = 148.14; 36.54 + 114.12 = 150.66; 37.93 + 118.46 = 156.39.
    pytest.param(lambda on: child_additions(_KIDS, np.array([1, 2]), on=on, tables=T)[1], (13853, 14814, 15066, 15639),
                 id="disabled-children"),
    # Reg 7(1)(a), (2): the maximum savings credit, single (qualifying income £500 a week, amount B nil as income
    # equals the appropriate minimum guarantee given): 15.94; 17.01; 17.30; 17.96.
    pytest.param(lambda on: savings_credit(False, 50000, 50000, 50000, on=on, tables=T), (1594, 1701, 1730, 1796),
                 id="savings-maximum-single"),
    # Couple: 17.84; 19.04; 19.36; 20.10.
    pytest.param(lambda on: savings_credit(True, 50000, 50000, 50000, on=on, tables=T), (1784, 1904, 1936, 2010),
                 id="savings-maximum-couple"),
]


@pytest.mark.parametrize("amount, amounts", CASES)
def test_pension_credit_each_row_and_the_day_before(amount, amounts):
    assert [amount(d) for d in DAYS] == by_day(*amounts)


@pytest.mark.parametrize("couple, new, threshold, before", [
    # Reg 7(2) savings credit threshold; qualifying income £10.06 above it (amount B nil): amount A is 60% of
    # £10.06 = 6.036, rounded up (reg 7(4)) to £6.04 (a penny more or less in the threshold: 6.03 or 6.05).
    # On the Sunday before, the old threshold: single 2024: (199.86 - 174.49) x 60% = 15.222 -> 15.23;
    # 2025: (208.33 - 189.80) x 60% = 11.118 -> 11.12; 2026: (218.13 - 198.27) x 60% = 11.916 -> 11.92.
    (False, D(2023, 4, 10), 17449, None),
    (False, D(2024, 4, 8), 18980, 1523),
    (False, D(2025, 4, 7), 19827, 1112),
    (False, D(2026, 4, 6), 20807, 1192),
    # Couple: 277.12; 301.22; 314.34; 329.75. The Sunday before: 2024 (311.28 - 277.12) x 60% = 20.496, over
    # the maximum of 2023-24: 17.84; 2025: (324.40 - 301.22) x 60% = 13.908 -> 13.91; 2026: (339.81 - 314.34)
    # x 60% = 15.282 -> 15.29.
    (True, D(2023, 4, 10), 27712, None),
    (True, D(2024, 4, 8), 30122, 1784),
    (True, D(2025, 4, 7), 31434, 1391),
    (True, D(2026, 4, 6), 32975, 1529),
])
def test_savings_credit_threshold_each_row(couple, new, threshold, before):
    qi = threshold + 1006
    assert savings_credit(couple, qi, qi, qi, on=new, tables=T) == 604
    if before is not None:
        assert savings_credit(couple, qi, qi, qi, on=new - dt.timedelta(days=1), tables=T) == before


@pytest.mark.parametrize("on", [D(2023, 4, 10), D(2026, 4, 6)])
def test_earnings_disregards_and_deemed_income(on):
    # SI 2002/1792 Sch VI (one row since 3 April 2023): £1,300.00 a month is £300.00 a week (x 12 / 52); less
    # £5 single (para 5(a)) = 295.00, £10 a couple (para 5(b)) = 290.00, £20 (paras 1, 3, 4) = 280.00.
    got = [weekly_earnings_counted(130000, c, h, on=on, tables=T)
           for c, h in ((False, False), (True, False), (False, True))]
    assert got == [29500, 29000, 28000]
    # Reg 15(6): £1 for each £500 of capital over £10,000 and £1 for a part: £10,000.00 nil; £10,000.01 £1;
    # £10,500.00 (exactly one £500) £1; £10,500.01 £2.
    assert [deemed_income_from_capital(c, on=on, tables=T) for c in (1_000_000, 1_000_001, 1_050_000, 1_050_001)] == [
        0, 100, 100, 200]


def test_savings_credit_amount_b_is_40_percent():
    # Reg 7(1)(b)-(c), 2025-26: qualifying income £208.33, £10.06 over the single threshold £198.27: amount A
    # 60% = 6.036 -> £6.04; income £10.00 over an appropriate minimum guarantee of £198.33: amount B 40% =
    # £4.00; savings credit 6.04 - 4.00 = £2.04 (41% would give £1.94).
    assert savings_credit(False, 20833, 20833, 19833, on=D(2025, 4, 7), tables=T) == 204
