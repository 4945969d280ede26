"""Carer's Allowance, Carer Support Payment, Child Benefit, new-style ESA
and JSA, Scottish Child Payment, Guardian's Allowance and State Pension:
every row on its first day and the day before (issue 21: rows no test
pinned; `tools/unpinned_rows.py`).

Figures from the instruments each row cites (the Up-rating Orders SI
2023/316, SI 2024/242, SI 2025/295, SI 2026/148; the Social Security
(Scotland) up-rating regulations for the Scottish rows), worked by hand.
The GB benefits change with the benefit week beginning on the Monday of the
first full week of the tax year (10 April 2023, 8 April 2024, 7 April 2025,
6 April 2026); the day before is the Sunday.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements.benefits.carers_allowance import carers_allowance_weekly
from entitlements.benefits.child_benefit import child_benefit_weekly
from entitlements.benefits.contributory import new_style_esa_weekly, new_style_jsa_weekly
from entitlements.benefits.scotland import scottish_child_payment_weekly
from entitlements.tables import default_tables

T = default_tables()
D = dt.date
DAYS = (D(2023, 4, 10), D(2024, 4, 7), D(2024, 4, 8), D(2025, 4, 6), D(2025, 4, 7), D(2026, 4, 5), D(2026, 4, 6))
FIRST = (D(2023, 4, 10), D(2024, 4, 8), D(2025, 4, 7), D(2026, 4, 6))


def by_day(y23, y24, y25, y26):
    return [y23, y23, y24, y24, y25, y25, y26]


def _ca(earnings, on, csp=False):
    return carers_allowance_weekly(40, 35, True, False, earnings, on=on, tables=T, carer_support_payment=csp)


CASES = [
    # SSCBA 1992 Sch 4 Pt III para 4, Carer's Allowance: £76.75; £81.90; £83.30; £86.45.
    pytest.param(lambda on: _ca(0, on), (7675, 8190, 8330, 8645), id="carers-allowance"),
    # SI 2006/965 reg 2(1) Child Benefit: one child (the enhanced rate) £24.00; £25.60; £26.05; £27.05.
    pytest.param(lambda on: child_benefit_weekly(1, on=on, tables=T), (2400, 2560, 2605, 2705), id="cb-eldest"),
    # Two: + the other rate £15.90; £16.95; £17.25; £17.90: 39.90; 42.55; 43.30; 44.95.
    pytest.param(lambda on: child_benefit_weekly(2, on=on, tables=T), (3990, 4255, 4330, 4495), id="cb-two"),
    # Not the enhanced rate (reg 2(1)(b)), one child: 15.90; 16.95; 17.25; 17.90.
    pytest.param(lambda on: child_benefit_weekly(1, on=on, tables=T, enhanced=False), (1590, 1695, 1725, 1790),
                 id="cb-other-rate"),
    # SI 2013/379 reg 62: new-style ESA, assessment phase under 25: £67.20; £71.70; £72.90; £75.65.
    pytest.param(lambda on: new_style_esa_weekly(24, 0, on=on, tables=T), (6720, 7170, 7290, 7565), id="esa-under-25"),
    # 25 or over (the main amount): £84.80; £90.50; £92.05; £95.55.
    pytest.param(lambda on: new_style_esa_weekly(30, 0, on=on, tables=T), (8480, 9050, 9205, 9555), id="esa-main"),
    # Main phase, support group: + £44.70; £47.70; £48.50; £50.35: 129.50; 138.20; 140.55; 145.90.
    pytest.param(lambda on: new_style_esa_weekly(30, 1, 2, on=on, tables=T), (12950, 13820, 14055, 14590),
                 id="esa-support"),
    # Main phase, work-related activity group saved by SI 2017/204 Sch 2: + £33.70; £35.95; £36.55; £37.95:
    # 118.50; 126.45; 128.60; 133.50.
    pytest.param(lambda on: new_style_esa_weekly(30, 1, 1, on=on, tables=T, wrag_protected=True),
                 (11850, 12645, 12860, 13350), id="esa-wrag"),
    # SI 2013/378 reg 49(1): new-style JSA under 25 £67.20; £71.70; £72.90; £75.65; 25 or over as ESA's main.
    pytest.param(lambda on: new_style_jsa_weekly(24, on=on, tables=T), (6720, 7170, 7290, 7565), id="jsa-under-25"),
    pytest.param(lambda on: new_style_jsa_weekly(25, on=on, tables=T), (8480, 9050, 9205, 9555), id="jsa-25"),
    # Guardian's Allowance (SSCBA 1992 Sch 4 Pt III para 5: SI 2023/237, SI 2024/247, SI 2025/292; not used by the
    # calculations, only by the rates policy, so pinned as data): £20.40; £21.75; £22.10; £22.95.
    pytest.param(lambda on: T.at("guardians_allowance.rate", on), (2040, 2175, 2210, 2295), id="guardians-allowance"),
    # The full basic State Pension (SSCBA 1992 s 44(4), each Order's art 4(2)(b)): £156.20; £169.50; £176.45; £184.90;
    # the full new State Pension (SI 2015/173 reg 1A, each Order's art 6(1)): £203.85; £221.20; £230.25; £241.30 (data,
    # as Guardian's Allowance).
    pytest.param(lambda on: T.at("state_pension.basic_full_rate", on), (15620, 16950, 17645, 18490), id="basic-sp"),
    pytest.param(lambda on: T.at("state_pension.new_full_rate", on), (20385, 22120, 23025, 24130), id="new-sp"),
]


@pytest.mark.parametrize("amount, amounts", CASES)
def test_each_row_and_the_day_before(amount, amounts):
    assert [amount(d) for d in DAYS] == by_day(*amounts)


@pytest.mark.parametrize("on, limit, rate", [
    # SI 1976/409 reg 8(1): Carer's Allowance is not payable where earnings exceed the limit: £139 (SI 2023/340
    # reg 4), £151 (SI 2024/386 reg 4), £196 (SI 2025/352 reg 4), £204 (2026-27; its regulations not found): at the
    # limit the rate; a penny over, nil.
    (D(2023, 4, 10), 13900, 7675),
    (D(2024, 4, 8), 15100, 8190),
    (D(2025, 4, 7), 19600, 8330),
    (D(2026, 4, 6), 20400, 8645),
])
def test_carers_allowance_earnings_limit_each_row(on, limit, rate):
    # And on the Sunday before, earnings at the new limit are over the old one: nil.
    assert [_ca(limit, on), _ca(limit + 1, on)] == [rate, 0]
    if on != FIRST[0]:
        assert _ca(limit, on - dt.timedelta(days=1)) == 0


@pytest.mark.parametrize("start, limit, rate", [
    # Carer Support Payment (SSI 2023/302 regs 14(1), 16(1); SSI 2024/105 reg 7; SSI 2025/100 reg 13; 2026-27
    # unidentified), by day: £76.75 and £139 from 19
    # November 2023; £81.90 and £151 from 7 April 2024; £83.30 and £196 from 6 April 2025; £86.45 and £204 from
    # 6 April 2026. At the limit the rate, a penny over nil; the day before, the new limit is over the old.
    (D(2023, 11, 19), 13900, 7675),
    (D(2024, 4, 7), 15100, 8190),
    (D(2025, 4, 6), 19600, 8330),
    (D(2026, 4, 6), 20400, 8645),
])
def test_carer_support_payment_each_row(start, limit, rate):
    assert [_ca(limit, start, True), _ca(limit + 1, start, True)] == [rate, 0]
    if start != D(2023, 11, 19):
        assert _ca(limit, start - dt.timedelta(days=1), True) == 0


def test_scottish_child_payment_each_1_april():
    # SSI 2020/351 reg 20(1) (SSI 2024/105 reg 11; SSI 2025/100 reg 8; 2026-27 unidentified): £25.00 a week (from 14
    # November 2022), £26.70 from 1 April 2024, £27.15 from 1 April 2025, £28.20 from 1 April 2026, for one child under
    # 16 on a qualifying benefit.
    kid = np.array(["2020-01-01"], dtype="datetime64[D]")
    days = (D(2022, 11, 14), D(2024, 3, 31), D(2024, 4, 1), D(2025, 3, 31), D(2025, 4, 1), D(2026, 3, 31),
            D(2026, 4, 1))
    assert [scottish_child_payment_weekly(kid, True, on=d, tables=T) for d in days] == [2500, 2500, 2670, 2670, 2715,
                                                                                         2715, 2820]
