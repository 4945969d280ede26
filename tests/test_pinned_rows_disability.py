"""PIP, DLA, Attendance Allowance, Adult Disability Payment and Child
Disability Payment: every rate of every row on its first day and the day
before (issue 21: rows no test pinned; `tools/unpinned_rows.py`).

Each rate alone, from the instrument each row cites: the Up-rating Orders
(SI 2023/316 Sch 1 and art 4 (AA, DLA), art 11 (PIP); SI 2024/242; SI
2025/295; SI 2026/148) and, for Scotland, SSI 2022/54 reg 34 and SSI
2021/174 reg 23 as amended by SSI 2024/105 and SSI 2025/100 (the 2026-27
Scottish rows are unverified in rules/: the same figures as PIP and DLA).
Each row starts on the Monday of the first full week of the tax year (10
April 2023, 8 April 2024, 7 April 2025, 6 April 2026); the day before is the
Sunday. A penny in any rate, or a row a day early or late, fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits.disability import (
    adult_disability_payment_weekly,
    attendance_allowance_weekly,
    child_disability_payment_weekly,
    dla_weekly,
    pip_weekly,
)
from entitlements.tables import default_tables

T = default_tables()
D = dt.date
DAYS = (D(2023, 4, 10), D(2024, 4, 7), D(2024, 4, 8), D(2025, 4, 6), D(2025, 4, 7), D(2026, 4, 5), D(2026, 4, 6))

# The four rows' rates, pence a week, 2023-24 to 2026-27.
LOWEST = (2690, 2870, 2920, 3030)      # DLA care lowest, DLA mobility lower, PIP/ADP mobility standard
MIDDLE = (6810, 7265, 7390, 7670)      # DLA care middle, AA lower, PIP/ADP daily living standard
HIGHEST = (10175, 10855, 11040, 11460)  # DLA care highest, AA higher, PIP/ADP daily living enhanced
MOBILITY = (7100, 7575, 7705, 8000)    # DLA mobility higher, PIP/ADP mobility enhanced


def by_day(y23, y24, y25, y26):
    return [y23, y23, y24, y24, y25, y25, y26]


@pytest.mark.parametrize("weekly", [pip_weekly, adult_disability_payment_weekly], ids=["pip", "adp"])
@pytest.mark.parametrize("daily_living, mobility, amounts", [
    # Daily living standard: £68.10; £72.65; £73.90; £76.70. Enhanced: £101.75; £108.55; £110.40; £114.60.
    (1, 0, MIDDLE), (2, 0, HIGHEST),
    # Mobility standard: £26.90; £28.70; £29.20; £30.30. Enhanced: £71.00; £75.75; £77.05; £80.00.
    (0, 1, LOWEST), (0, 2, MOBILITY),
])
def test_pip_and_adp_each_rate_each_row(weekly, daily_living, mobility, amounts):
    assert [weekly(daily_living, mobility, on=d, tables=T) for d in DAYS] == by_day(*amounts)


@pytest.mark.parametrize("weekly", [dla_weekly, child_disability_payment_weekly], ids=["dla", "cdp"])
@pytest.mark.parametrize("care, mobility, amounts", [
    # Care lowest £26.90; £28.70; £29.20; £30.30. Middle £68.10; £72.65; £73.90; £76.70. Highest £101.75;
    # £108.55; £110.40; £114.60.
    (1, 0, LOWEST), (2, 0, MIDDLE), (3, 0, HIGHEST),
    # Mobility lower £26.90; £28.70; £29.20; £30.30. Higher £71.00; £75.75; £77.05; £80.00.
    (0, 1, LOWEST), (0, 2, MOBILITY),
])
def test_dla_and_cdp_each_rate_each_row(weekly, care, mobility, amounts):
    assert [weekly(care, mobility, on=d, tables=T) for d in DAYS] == by_day(*amounts)


@pytest.mark.parametrize("rate, amounts", [
    # SSCBA 1992 Sch 4 Pt III para 1 (SI 2023/316 Sch 1: £101.75 and £68.10, read): lower £68.10; £72.65;
    # £73.90; £76.70. Higher £101.75; £108.55; £110.40; £114.60.
    (1, MIDDLE), (2, HIGHEST),
])
def test_attendance_allowance_each_rate_each_row(rate, amounts):
    assert [attendance_allowance_weekly(rate, on=d, tables=T) for d in DAYS] == by_day(*amounts)
