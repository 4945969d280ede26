"""Housing Benefit: every row of the applicable-amount and non-dependant
tables on its first day and the day before (issue 21: rows no test pinned).

Each case is one figure (a personal allowance, premium, component, child
amount or non-dependant deduction) used alone, worked by hand for each row of
its table from the Up-rating Order the row cites: SI 2023/316, SI 2024/242,
SI 2025/295 and SI 2026/148, each art 23 (working age, SI 2006/213) or art 24
(pension age, SI 2006/214) and Schs 4-7. Housing Benefit rows start on the
Monday that begins the first benefit week of April (SI 2006/214 reg 59(3));
the day before is the Sunday that ends the last week of the old rates. So a
penny in any row, or a row starting a day early or late, fails here.
(`tools/unpinned_rows.py` lists the rows no test names; these were on it.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits.hb_applicable_amount import (
    ApplicableAmountFacts,
    pension_age_applicable_amount,
    working_age_applicable_amount,
)
from entitlements.benefits.housing_benefit import (
    HB_REASONS,
    NonDependants,
    earnings_disregard,
    housing_benefit,
    non_dependant_deductions,
)
from entitlements.tables import default_tables

T = default_tables()
D = dt.date
F = ApplicableAmountFacts

# The first day of each row (Monday) and the day before it (Sunday), from 2023-24 to 2026-27.
DAYS = (D(2023, 4, 3), D(2024, 3, 31), D(2024, 4, 1), D(2025, 4, 6), D(2025, 4, 7), D(2026, 4, 5), D(2026, 4, 6))


def by_day(y23, y24, y25, y26):
    """The amounts of the four rows as seen on DAYS: each row on its first day and on the day before the next."""
    return [y23, y23, y24, y24, y25, y25, y26]


# (couple, age1, age2, facts, [2023-24, 2024-25, 2025-26, 2026-27] total pence a week)
WORKING_AGE = [
    # Sch 3 para 1(1)(b): single aged 25 or over: 84.80; 90.50; 92.05; 95.55.
    pytest.param(False, 30, 0, F(), (8480, 9050, 9205, 9555), id="single-25-or-over"),
    # Para 1(1)(a): single under 25: 67.20; 71.70; 72.90; 75.65.
    pytest.param(False, 24, 0, F(), (6720, 7170, 7290, 7565), id="single-under-25"),
    # Para 1(3): a couple, at least one 18 or over: 133.30; 142.25; 144.65; 150.15.
    pytest.param(True, 30, 30, F(), (13330, 14225, 14465, 15015), id="couple"),
    # Para 1(3): a couple both under 18: 101.50; 108.30; 110.15; 114.35.
    pytest.param(True, 17, 17, F(), (10150, 10830, 11015, 11435), id="couple-both-under-18"),
    # Para 1(2) and para 2 (child amount): lone parent 18 or over with one child:
    # 84.80 + 77.78 = 162.58; 90.50 + 83.24 = 173.74; 92.05 + 84.66 = 176.71; 95.55 + 87.88 = 183.43.
    pytest.param(False, 30, 0, F(children=1), (16258, 17374, 17671, 18343), id="lone-parent-18-or-over"),
    # Lone parent under 18 with one child: 67.20 + 77.78 = 144.98; 71.70 + 83.24 = 154.94;
    # 72.90 + 84.66 = 157.56; 75.65 + 87.88 = 163.53.
    pytest.param(False, 17, 0, F(children=1), (14498, 15494, 15756, 16353), id="lone-parent-under-18"),
    # Para 3 family premium (kept by reg 4 of the 2015 abolition Regulations), lone parent 30, one child:
    # 162.58 + 18.53 = 181.11; 173.74 + 19.15 = 192.89; 176.71 + 19.48 = 196.19; 183.43 + 20.22 = 203.65.
    pytest.param(False, 30, 0, F(children=1, family_premium=True), (18111, 19289, 19619, 20365), id="family-premium"),
    # Para 20(5)(a) disability premium, single 30: 84.80 + 39.85 = 124.65; 90.50 + 42.50 = 133.00;
    # 92.05 + 43.20 = 135.25; 95.55 + 44.85 = 140.40.
    pytest.param(False, 30, 0, F(disability_premium=True), (12465, 13300, 13525, 14040), id="disability-single"),
    # Para 20(5)(b) couple: 133.30 + 56.80 = 190.10; 142.25 + 60.60 = 202.85; 144.65 + 61.65 = 206.30;
    # 150.15 + 64.00 = 214.15.
    pytest.param(True, 30, 30, F(disability_premium=True), (19010, 20285, 20630, 21415), id="disability-couple"),
    # Para 20(9)(b) enhanced disability premium, single: 84.80 + 19.55 = 104.35; 90.50 + 20.85 = 111.35;
    # 92.05 + 21.20 = 113.25; 95.55 + 22.00 = 117.55.
    pytest.param(False, 30, 0, F(enhanced_disability_premium=True), (10435, 11135, 11325, 11755), id="edp-single"),
    # Para 20(9)(c) a member of a couple: 133.30 + 27.90 = 161.20; 142.25 + 29.75 = 172.00;
    # 144.65 + 30.25 = 174.90; 150.15 + 31.40 = 181.55.
    pytest.param(True, 30, 30, F(enhanced_disability_premium=True), (16120, 17200, 17490, 18155), id="edp-couple"),
    # Para 20(6)(a) severe disability premium, single: 84.80 + 76.40 = 161.20; 90.50 + 81.50 = 172.00;
    # 92.05 + 82.90 = 174.95; 95.55 + 86.05 = 181.60.
    pytest.param(False, 30, 0, F(qualifying_benefit1=True, non_dependant=False), (16120, 17200, 17495, 18160),
                 id="sdp-single"),
    # Para 20(6)(b)(ii) a couple who both qualify, no one paid to care: 133.30 + 152.80 = 286.10;
    # 142.25 + 163.00 = 305.25; 144.65 + 165.80 = 310.45; 150.15 + 172.10 = 322.25.
    pytest.param(True, 30, 30, F(qualifying_benefit1=True, qualifying_benefit2=True, non_dependant=False),
                 (28610, 30525, 31045, 32225), id="sdp-couple-both"),
    # Para 20(8) carer premium, single: 84.80 + 42.75 = 127.55; 90.50 + 45.60 = 136.10; 92.05 + 46.40 = 138.45;
    # 95.55 + 48.15 = 143.70.
    pytest.param(False, 30, 0, F(carers_allowance1=True), (12755, 13610, 13845, 14370), id="carer-single"),
    # Sch 3 para 25 work-related activity component (a Sch 2 paras 2-7 case): 84.80 + 33.70 = 118.50;
    # 90.50 + 35.95 = 126.45; 92.05 + 36.55 = 128.60; 95.55 + 37.95 = 133.50.
    pytest.param(False, 30, 0, F(esa_component=1), (11850, 12645, 12860, 13350), id="wra-component"),
    # Para 26 support component: 84.80 + 44.70 = 129.50; 90.50 + 47.70 = 138.20; 92.05 + 48.50 = 140.55;
    # 95.55 + 50.35 = 145.90.
    pytest.param(False, 30, 0, F(esa_component=2), (12950, 13820, 14055, 14590), id="support-component"),
    # Para 20(7) disabled child premium, couple with one disabled child: 133.30 + 77.78 + 74.69 = 285.77;
    # 142.25 + 83.24 + 80.01 = 305.50; 144.65 + 84.66 + 81.37 = 310.68; 150.15 + 87.88 + 84.46 = 322.49.
    pytest.param(True, 30, 30, F(children=1, disabled_children=1), (28577, 30550, 31068, 32249),
                 id="disabled-child"),
    # Para 20(9)(a) enhanced disability premium for a severely disabled child, added to the above:
    # 285.77 + 30.17 = 315.94; 305.50 + 32.20 = 337.70; 310.68 + 32.75 = 343.43; 322.49 + 33.99 = 356.48.
    pytest.param(True, 30, 30, F(children=1, disabled_children=1, severely_disabled_children=1),
                 (31594, 33770, 34343, 35648), id="edp-child"),
]


@pytest.mark.parametrize("couple, age1, age2, facts, amounts", WORKING_AGE)
def test_working_age_applicable_amount_each_row_and_the_day_before(couple, age1, age2, facts, amounts):
    got = [working_age_applicable_amount(couple, age1, age2, facts, on=d, tables=T).total for d in DAYS]
    assert got == by_day(*amounts)


# (couple, pensionable age before April 2021, facts, amounts) for SI 2006/214 Sch 3.
PENSION_AGE = [
    # Para 1(1)(c): single, pensionable age reached after March 2021: 201.05; 218.15; 227.10; 238.00.
    pytest.param(False, False, F(), (20105, 21815, 22710, 23800), id="single"),
    # Para 1(1)(b): single, before April 2021: 217.00; 235.20; 244.40; 256.00.
    pytest.param(False, True, F(), (21700, 23520, 24440, 25600), id="single-before-2021"),
    # Para 1(2)(c): couple: 306.85; 332.95; 346.60; 363.25.
    pytest.param(True, False, F(), (30685, 33295, 34660, 36325), id="couple"),
    # Para 1(2)(b): couple, before April 2021: 324.70; 352.00; 366.00; 383.35.
    pytest.param(True, True, F(), (32470, 35200, 36600, 38335), id="couple-before-2021"),
    # Para 12(1)(a) severe disability premium, single: 201.05 + 76.40 = 277.45; 218.15 + 81.50 = 299.65;
    # 227.10 + 82.90 = 310.00; 238.00 + 86.05 = 324.05.
    pytest.param(False, False, F(qualifying_benefit1=True, non_dependant=False), (27745, 29965, 31000, 32405),
                 id="sdp-single"),
    # Para 12(1)(c) carer premium, a couple both carers: 306.85 + 2 x 42.75 = 392.35;
    # 332.95 + 2 x 45.60 = 424.15; 346.60 + 2 x 46.40 = 439.40; 363.25 + 2 x 48.15 = 459.55.
    pytest.param(True, False, F(carers_allowance1=True, carers_allowance2=True), (39235, 42415, 43940, 45955),
                 id="carer-couple-both"),
]


@pytest.mark.parametrize("couple, early, facts, amounts", PENSION_AGE)
def test_pension_age_applicable_amount_each_row_and_the_day_before(couple, early, facts, amounts):
    got = [pension_age_applicable_amount(couple, early, facts, on=d, tables=T).total for d in DAYS]
    assert got == by_day(*amounts)


# -- non-dependant deductions (SI 2006/214 reg 55; SI 2006/213 reg 74) ------------------------------------------


def _deduction(income, *, on, work=True):
    nd = NonDependants(age=[30], gross_weekly_income=[income], remunerative_work=[work], exempt=[False])
    return non_dependant_deductions(nd, on=on, tables=T)


# (first day, the band lower limits b, c, d, e and the remunerative-work limit in pence, the deductions
#  other, b, c, d, e and full in pence): reg 55(1)-(2) as amended by each Order's art 24(7) (pension age)
# and art 23(7) (working age, reg 74), which give the same figures.
ROWS = [
    # SI 2023/316 art 24(7) (read): (1)(a) £116.75, (1)(b) £18.10; (2)(a) below £162.00; (2)(b) £41.60 for
    # £162.00 to £236.00; (c) £57.10 to £308.00; (d) £93.40 to £410.00; (e) £106.35 to £511.00.
    pytest.param(D(2023, 4, 3), (16200, 23600, 30800, 41000, 51100), (1810, 4160, 5710, 9340, 10635, 11675),
                 id="2023-24"),
    # SI 2024/242: £124.55, £19.30; £176.00 / £44.40, £256.00 / £60.95, £334.00 / £99.65, £445.00 / £113.50,
    # £554.00.
    pytest.param(D(2024, 4, 1), (17600, 25600, 33400, 44500, 55400), (1930, 4440, 6095, 9965, 11350, 12455),
                 id="2024-25"),
    # SI 2025/295: £126.65, £19.65; £183.00 / £45.15, £266.00 / £62.00, £348.00 / £101.35, £463.00 / £115.45,
    # £577.00.
    pytest.param(D(2025, 4, 7), (18300, 26600, 34800, 46300, 57700), (1965, 4515, 6200, 10135, 11545, 12665),
                 id="2025-26"),
    # SI 2026/148: £131.45, £20.40; £192.00 / £46.85, £279.00 / £64.35, £365.00 / £105.20, £485.00 / £119.85,
    # £605.00.
    pytest.param(D(2026, 4, 6), (19200, 27900, 36500, 48500, 60500), (2040, 4685, 6435, 10520, 11985, 13145),
                 id="2026-27"),
]


@pytest.mark.parametrize("on, limits, deductions", ROWS)
def test_non_dependant_deduction_each_band_at_and_a_penny_below_its_lower_limit(on, limits, deductions):
    # A non-dependant in remunerative work with gross income exactly at a band's lower limit ("not less
    # than") takes that band; a penny below takes the band under it (below band (b): the (1)(b) amount);
    # not in remunerative work: the (1)(b) amount whatever the income.
    other, b, c, d, e, full = deductions
    incomes = [x for limit in limits for x in (limit - 1, limit)]
    got = [_deduction(x, on=on) for x in incomes]
    assert got == [other, b, b, c, c, d, d, e, e, full]
    assert _deduction(limits[-1], on=on, work=False) == other


@pytest.mark.parametrize("new, before, income, old, fresh", [
    # On the Sunday before each row a non-dependant earning the old row's band (c) limit is charged by the old
    # row, and on the Monday falls in band (b) of the new one (so both tables' dates are pinned).
    # 2024: £236.00: band (c) of 2023-24 (£236.00 to £308.00), £57.10; below 2024-25's £256.00: band (b), £44.40.
    (D(2024, 4, 1), D(2024, 3, 31), 23600, 5710, 4440),
    # 2025: £256.00: band (c) of 2024-25, £60.95; below 2025-26's £266.00: band (b), £45.15.
    (D(2025, 4, 7), D(2025, 4, 6), 25600, 6095, 4515),
    # 2026: £266.00: band (c) of 2025-26, £62.00; below 2026-27's £279.00: band (b), £46.85.
    (D(2026, 4, 6), D(2026, 4, 5), 26600, 6200, 4685),
])
def test_non_dependant_deduction_rows_start_on_the_monday(new, before, income, old, fresh):
    assert [_deduction(income, on=before), _deduction(income, on=new)] == [old, fresh]


@pytest.mark.parametrize("on", [D(2023, 4, 3), D(2026, 4, 6)])
def test_earnings_disregards_2023_onwards(on):
    # SI 2006/214 Sch 4 (unchanged since 2023-24: the one row, from 3 April 2023): single £5 (para 7),
    # couple £10 (para 7), lone parent £25 (para 2), disabled or carer £20 (paras 4-5), each on earnings of
    # £300.00; and the additional £17.10 (para 9): single £5 + £17.10 = £22.10 where earnings reach
    # £22.10, nothing extra at £22.09 (so £5).
    at = lambda *a: earnings_disregard(*a, on=on, tables=T)  # noqa: E731
    assert [at(30000, False, False, False), at(30000, True, False, False), at(30000, False, True, False),
            at(30000, False, False, True)] == [500, 1000, 2500, 2000]
    assert [at(2210, False, False, False, True), at(2209, False, False, False, True)] == [2210, 500]


@pytest.mark.parametrize("on", [D(2023, 4, 3), D(2026, 4, 6)])
def test_capital_limit_and_tariff_income(on):
    # SI 2006/214 reg 43: no Housing Benefit where capital exceeds £16,000 (one row since 3 April 2023). A single
    # pensioner, rent £100 a week, no other income: capital of exactly £16,000.00 is within the limit, its tariff
    # income (reg 29: £1 for each £500 or part over £10,000) £12 a week, well under the applicable amount, so
    # the award is the rent, £100.00; £16,000.01: nil, capital over the limit.
    at = lambda capital: housing_benefit(False, True, False, 10000, on=on, tables=T, capital=capital)  # noqa: E731
    within, over = at(1_600_000), at(1_600_001)
    assert (within.tariff_income, within.award) == (1200, 10000)
    assert (over.award, HB_REASONS[over.reason]) == (0, "capital_over_limit")
