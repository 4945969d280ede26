"""Council Tax Reduction: every row of the pension-age schemes of England,
Wales and Scotland, of the Welsh working-age scheme, and of the Scottish
working-age scheme's applicable amounts, non-dependant deductions and second
adult thresholds, on its first day and the day before (issue 21: rows no test pinned; `tools/unpinned_rows.py`).

Council tax reduction amounts change on 1 April (the financial year; the
tables apply by day), so each row is tried on 1 April and on 31 March before
it. The figures are those of the amending instruments each row cites, worked
by hand: England, SI 2012/2885 Sch 1 and Sch 2 as amended by SI 2024/29
(2024-25), SI 2025/39 (2025-26) and SI 2026/27 (2026-27); Wales, WSI
2013/3029 (pension age Schs 1-2, working age Schs 6-7) as in force for
2024-25 and as amended by WSI 2025/59 and WSI 2026/13; Scotland, SSI 2012/319 as amended for 2024-25
and by SSI 2025/24 and SSI 2026/56; Scotland, working age, SSI 2021/249 as amended by SSI 2024/35,
SSI 2025/24 and SSI 2026/56. A penny in any row, or a row a day early or late, fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits import council_tax_reduction as ctr
from entitlements.benefits import council_tax_reduction_scotland as sco
from entitlements.tables import default_tables

T = default_tables()
D = dt.date

# England: three rows (2024-25 to 2026-27): 1 April 2024, then 31 March and 1 April of 2025 and 2026.
ENGLAND_DAYS = (D(2024, 4, 1), D(2025, 3, 31), D(2025, 4, 1), D(2026, 3, 31), D(2026, 4, 1))
# Wales and Scotland: three rows: 1 April 2024, 31 March 2025, 1 April 2025, 31 March 2026, 1 April 2026 and
# 31 March 2027 (the last day the tables cover).
DEVOLVED_DAYS = (D(2024, 4, 1), D(2025, 3, 31), D(2025, 4, 1), D(2026, 3, 31), D(2026, 4, 1), D(2027, 3, 31))


def england(y24, y25, y26):
    return [y24, y24, y25, y25, y26]


def devolved(y24, y25, y26):
    return [y24, y24, y25, y25, y26, y26]


# (couple, keyword facts, England 2024-25, 2025-26, 2026-27 in pence a week): SI 2012/2885 Sch 2.
ENGLAND_APPLICABLE = [
    # Para 1(a)-(b) (pensionable age reached after March 2021): single 218.15; 227.10; 238.00.
    pytest.param(False, {}, (21815, 22710, 23800), id="single"),
    # Single, reached before 1 April 2021: 235.20; 244.40; 256.00.
    pytest.param(False, dict(reached_before_2021=True), (23520, 24440, 25600), id="single-before-2021"),
    # Couple: 332.95; 346.60; 363.25.
    pytest.param(True, {}, (33295, 34660, 36325), id="couple"),
    # Couple, one reached before 1 April 2021: 352.00; 366.00; 383.35.
    pytest.param(True, dict(reached_before_2021=True), (35200, 36600, 38335), id="couple-before-2021"),
    # Para 2 (child amount), one child (the family premium nil since May 2016, para 3(b)):
    # 218.15 + 83.24 = 301.39; 227.10 + 84.66 = 311.76; 238.00 + 87.88 = 325.88.
    pytest.param(False, dict(children=1), (30139, 31176, 32588), id="one-child"),
    # Three children: up to two in 2024-25 (Sch 1 para 6(1)(b) before SI 2025/39 reg 5(2)): 218.15 + 2 x 83.24
    # = 384.63; every child from 1 April 2025: 227.10 + 3 x 84.66 = 481.08; 238.00 + 3 x 87.88 = 501.64.
    pytest.param(False, dict(children=3), (38463, 48108, 50164), id="three-children"),
    # Para 8 disabled child premium with one child: 301.39 + 80.01 = 381.40; 311.76 + 81.37 = 393.13;
    # 325.88 + 84.46 = 410.34.
    pytest.param(False, dict(children=1, disabled_children=1), (38140, 39313, 41034), id="disabled-child"),
    # Para 7 enhanced disability premium for that child as well: 381.40 + 32.20 = 413.60; 393.13 + 32.75 = 425.88;
    # 410.34 + 33.99 = 444.33.
    pytest.param(False, dict(children=1, disabled_children=1, enhanced_disability_children=1,
                             transitional_family_premium=True),
                 (41360, 42588, 44433), id="enhanced-disability-child"),
    # Para 6(2)(a) severe disability premium, single: 218.15 + 81.50 = 299.65; 227.10 + 82.90 = 310.00;
    # 238.00 + 86.05 = 324.05.
    pytest.param(False, dict(severe_disability=1), (29965, 31000, 32405), id="sdp"),
    # Para 6(2)(b)(i) the double amount, a couple: 332.95 + 163.00 = 495.95; 346.60 + 165.80 = 512.40;
    # 363.25 + 172.10 = 535.35.
    pytest.param(True, dict(severe_disability=2), (49595, 51240, 53535), id="sdp-double"),
    # Para 9 carer premium, a couple both carers: 332.95 + 2 x 45.60 = 424.15; 346.60 + 2 x 46.40 = 439.40;
    # 363.25 + 2 x 48.15 = 459.55.
    pytest.param(True, dict(carers=2), (42415, 43940, 45955), id="carers-both"),
]


@pytest.mark.parametrize("couple, facts, amounts", ENGLAND_APPLICABLE)
def test_england_pension_age_applicable_amount_each_row(couple, facts, amounts):
    got = [ctr.applicable_amount(couple, on=d, tables=T, scheme="england", **facts) for d in ENGLAND_DAYS]
    assert got == england(*amounts)


@pytest.mark.parametrize("scheme", ["scotland_pension", "wales_pension"])
@pytest.mark.parametrize("couple, facts, by_scheme", [
    # SSI 2012/319 Sch 1 para 2 and WSI 2013/3029 Sch 2 para 1 (one personal allowance whenever pensionable age
    # was reached):
    # single 235.20; 244.40; 256.00 (SSI 2026/56 reg 6(a)(i); WSI 2026/13 reg 8(a)(i)). Couple 352.00; 366.00;
    # 383.35 (SSI 2026/56 reg 6(a)(ii); WSI 2026/13 reg 8(a)(ii)).
    pytest.param(False, {}, {"scotland_pension": (23520, 24440, 25600), "wales_pension": (23520, 24440, 25600)},
                 id="single"),
    pytest.param(True, {}, {"scotland_pension": (35200, 36600, 38335), "wales_pension": (35200, 36600, 38335)},
                 id="couple"),
    # The same whenever pensionable age was reached (the "reached before 1 April 2021" amounts equal the others).
    pytest.param(False, dict(reached_before_2021=True), {"scotland_pension": (23520, 24440, 25600),
                                                         "wales_pension": (23520, 24440, 25600)}, id="single-before-2021"),
    pytest.param(True, dict(reached_before_2021=True), {"scotland_pension": (35200, 36600, 38335),
                                                        "wales_pension": (35200, 36600, 38335)}, id="couple-before-2021"),
    # One child, with the family premium (19.15; 19.48; then Wales 20.22, WSI 2026/13 reg 8(c), while SSI 2026/56
    # leaves SSI 2012/319 reg 20(e) at 19.48): Wales's for any family with a child, Scotland's only for the
    # transitionally protected (SSI 2012/319 reg 20(e); SSI 2016/81 reg 2), said here. Scotland's child amount 104.05; 105.85; 109.85 (SSI
    # 2026/56 reg 6(b)): 235.20 + 104.05 + 19.15 = 358.40; 244.40 + 105.85 + 19.48 = 369.73; 256.00 + 109.85 + 19.48
    # = 385.33. Wales's 83.24; 84.66; 87.88 (WSI 2026/13 reg 8(b)): 235.20 + 83.24 + 19.15 = 337.59; 244.40 + 84.66
    # + 19.48 = 348.54; 256.00 + 87.88 + 20.22 = 364.10.
    pytest.param(False, dict(children=1, transitional_family_premium=True),
                 {"scotland_pension": (35840, 36973, 38533), "wales_pension": (33759, 34854, 36410)}, id="one-child"),
    # Not protected (the default): Scotland without the family premium, 235.20 + 104.05 = 339.25; 244.40 + 105.85
    # = 350.25; 256.00 + 109.85 = 365.85; Wales the same as above (the flag is Scotland's only).
    pytest.param(False, dict(children=1), {"scotland_pension": (33925, 35025, 36585),
                                           "wales_pension": (33759, 34854, 36410)}, id="one-child-not-protected"),
    # And an enhanced disability premium for that (disabled) child: + 80.01 + 32.20 = 112.21; + 81.37 + 32.75
    # = 114.12; + 84.46 + 33.99 = 118.45. Scotland 358.40 + 112.21 = 470.61; 369.73 + 114.12 = 483.85;
    # 385.33 + 118.45 = 503.78. Wales 337.59 + 112.21 = 449.80; 348.54 + 114.12 = 462.66; 364.10 + 118.45 = 482.55.
    pytest.param(False, dict(children=1, disabled_children=1, enhanced_disability_children=1,
                             transitional_family_premium=True),
                 {"scotland_pension": (47061, 48385, 50378), "wales_pension": (44980, 46266, 48255)},
                 id="enhanced-disability-child"),
    # Severe disability premium, the double amount (163.00; 165.80; 172.10): 352.00 + 163.00 = 515.00;
    # 366.00 + 165.80 = 531.80; 383.35 + 172.10 = 555.45.
    pytest.param(True, dict(severe_disability=2), {"scotland_pension": (51500, 53180, 55545),
                                                   "wales_pension": (51500, 53180, 55545)}, id="sdp-double"),
    # Single severe disability premium (81.50; 82.90; 86.05) and a carer premium (45.60; 46.40; 48.15), a couple:
    # 352.00 + 81.50 + 45.60 = 479.10; 366.00 + 82.90 + 46.40 = 495.30; 383.35 + 86.05 + 48.15 = 517.55.
    pytest.param(True, dict(severe_disability=1, carers=1),
                 {"scotland_pension": (47910, 49530, 51755), "wales_pension": (47910, 49530, 51755)}, id="sdp-and-carer"),
])
def test_scotland_and_wales_pension_age_applicable_amount_each_row(scheme, couple, facts, by_scheme):
    got = [ctr.applicable_amount(couple, on=d, tables=T, scheme=scheme, **facts) for d in DEVOLVED_DAYS]
    assert got == devolved(*by_scheme[scheme])


# -- non-dependant deductions (England Sch 1 para 8; the Welsh and Scottish schemes alike) -----------------------

# (scheme, first day, the lower, middle and upper income thresholds, the deductions other, lower, middle, higher).
NON_DEPENDANT_ROWS = [
    # England, SI 2024/29 reg 5(2): below £256.00 £4.90; £256.00 to £445.00 £10.05; to £554.00 £12.60; £15.10.
    pytest.param("england", D(2024, 4, 1), (25600, 44500, 55400), (490, 1005, 1260, 1510), id="england-2024"),
    # SI 2025/39: £266.00, £463.00, £577.00; £5.00, £10.20, £12.80, £15.35.
    pytest.param("england", D(2025, 4, 1), (26600, 46300, 57700), (500, 1020, 1280, 1535), id="england-2025"),
    # SI 2026/27: £279.00, £485.00, £605.00; £5.20, £10.60, £13.30, £15.95.
    pytest.param("england", D(2026, 4, 1), (27900, 48500, 60500), (520, 1060, 1330, 1595), id="england-2026"),
    # Wales, pension age and working age alike, 2024-25: £256.00, £445.00, £554.00; £5.80, £11.55, £14.50, £17.35.
    pytest.param("wales_pension", D(2024, 4, 1), (25600, 44500, 55400), (580, 1155, 1450, 1735), id="wales-2024"),
    pytest.param("wales_working_age", D(2024, 4, 1), (25600, 44500, 55400), (580, 1155, 1450, 1735),
                 id="wales-wa-2024"),
    # WSI 2025/59: £266.00, £463.00, £577.00; £6.25, £12.45, £15.65, £18.70.
    pytest.param("wales_pension", D(2025, 4, 1), (26600, 46300, 57700), (625, 1245, 1565, 1870), id="wales-2025"),
    pytest.param("wales_working_age", D(2025, 4, 1), (26600, 46300, 57700), (625, 1245, 1565, 1870),
                 id="wales-wa-2025"),
    # WSI 2026/13 regs 7 (Sch 1 para 3) and 10 (Sch 6 para 5): £279.00, £485.00, £605.00; £6.70, £13.35, £16.80,
    # £20.05.
    pytest.param("wales_pension", D(2026, 4, 1), (27900, 48500, 60500), (670, 1335, 1680, 2005), id="wales-2026"),
    pytest.param("wales_working_age", D(2026, 4, 1), (27900, 48500, 60500), (670, 1335, 1680, 2005),
                 id="wales-wa-2026"),
    # Scotland, 2024-25: £260.00, £451.00, £558.00; £5.25, £10.35, £13.15, £15.65.
    pytest.param("scotland_pension", D(2024, 4, 1), (26000, 45100, 55800), (525, 1035, 1315, 1565), id="scotland-2024"),
    # SSI 2025/24: £273.00, £474.00, £586.00; £5.35, £10.55, £13.40, £15.95.
    pytest.param("scotland_pension", D(2025, 4, 1), (27300, 47400, 58600), (535, 1055, 1340, 1595), id="scotland-2025"),
    # SSI 2026/56 reg 5 (SSI 2012/319 reg 48): £286.00, £497.00, £614.00; £5.55, £10.95, £13.90, £16.55.
    pytest.param("scotland_pension", D(2026, 4, 1), (28600, 49700, 61400), (555, 1095, 1390, 1655), id="scotland-2026"),
    # Scotland, working age (SSI 2021/249 reg 90(1)-(2)): the same figures in both years (SSI 2024/35 reg 15;
    # SSI 2025/24 reg 14, read).
    pytest.param("scotland_working_age", D(2024, 4, 1), (26000, 45100, 55800), (525, 1035, 1315, 1565),
                 id="scotland-wa-2024"),
    pytest.param("scotland_working_age", D(2025, 4, 1), (27300, 47400, 58600), (535, 1055, 1340, 1595),
                 id="scotland-wa-2025"),
    # SSI 2026/56 reg 12 (SSI 2021/249 reg 90): the same figures as reg 5 gives the pension-age scheme.
    pytest.param("scotland_working_age", D(2026, 4, 1), (28600, 49700, 61400), (555, 1095, 1390, 1655),
                 id="scotland-wa-2026"),
]


@pytest.mark.parametrize("scheme, on, limits, deductions", NON_DEPENDANT_ROWS)
def test_non_dependant_deduction_each_band_at_and_a_penny_below_its_threshold(scheme, on, limits, deductions):
    # In remunerative work: income exactly at a threshold ("not less than") takes the band above it, a penny
    # below the band below (below the lower threshold, the not-in-work amount); not in work: that amount.
    other, lower, middle, higher = deductions
    got = [ctr.non_dependant_deduction(x, True, on=on, tables=T, scheme=scheme)
           for limit in limits for x in (limit - 1, limit)]
    assert got == [other, lower, lower, middle, middle, higher]
    assert ctr.non_dependant_deduction(limits[-1], False, on=on, tables=T, scheme=scheme) == other


@pytest.mark.parametrize("scheme, new, income, old, fresh", [
    # On 31 March the old row still applies; an income at the old middle threshold falls in a lower band of
    # the new row (so both tables' dates are pinned). England 2025: £445.00, the 2024-25 middle band (£445.00 to
    # £554.00), £12.60; on 1 April below 2025-26's £463.00: the lower band, £10.20.
    ("england", D(2025, 4, 1), 44500, 1260, 1020),
    # England 2026: £463.00, the 2025-26 middle band, £12.80; below 2026-27's £485.00: the lower band, £10.60.
    ("england", D(2026, 4, 1), 46300, 1280, 1060),
    # Wales 2025: £554.00 (the 2024-25 upper threshold) was the higher band: £17.35 -> in 2025-26 the middle band
    # (£463.00 to £577.00): £15.65.
    ("wales_pension", D(2025, 4, 1), 55400, 1735, 1565),
    ("wales_working_age", D(2025, 4, 1), 55400, 1735, 1565),
    # Scotland 2025: £558.00 was the higher band (from £558.00): £15.65 -> the middle band of 2025-26 (£474.00 to
    # £586.00): £13.40.
    ("scotland_pension", D(2025, 4, 1), 55800, 1565, 1340),
    ("scotland_working_age", D(2025, 4, 1), 55800, 1565, 1340),
    # Scotland, working age: £260.00, the 2024-25 lower threshold (£10.35), is below 2025-26's £273.00: £5.35.
    ("scotland_working_age", D(2025, 4, 1), 26000, 1035, 535),
    # Wales 2026: £577.00 (the 2025-26 upper threshold) was the higher band: £18.70 -> in 2026-27 the middle band
    # (£485.00 to £605.00): £16.80.
    ("wales_pension", D(2026, 4, 1), 57700, 1870, 1680),
    ("wales_working_age", D(2026, 4, 1), 57700, 1870, 1680),
    # Scotland 2026: £586.00 was the higher band: £15.95 -> the middle band of 2026-27 (£497.00 to £614.00): £13.90;
    # £273.00, the 2025-26 lower threshold (£10.55), is below 2026-27's £286.00: £5.55.
    ("scotland_pension", D(2026, 4, 1), 58600, 1595, 1390),
    ("scotland_working_age", D(2026, 4, 1), 58600, 1595, 1390),
    ("scotland_pension", D(2026, 4, 1), 27300, 1055, 555),
])
def test_non_dependant_deduction_rows_start_on_1_april(scheme, new, income, old, fresh):
    day_before = new - dt.timedelta(days=1)
    got = [ctr.non_dependant_deduction(income, True, on=d, tables=T, scheme=scheme) for d in (day_before, new)]
    assert got == [old, fresh]


# -- the alternative maximum (second adult rebate), SI 2012/2885 Sch 3 para 1 ------------------------------------


@pytest.mark.parametrize("scheme, on, lower, upper", [
    # England: below £265.00 15%; below £344.00 7.5%; else nothing (SI 2024/29); £276.00 and £358.00 (SI 2025/39);
    # £289.00 and £375.00 (SI 2026/27).
    ("england", D(2024, 4, 1), 26500, 34400),
    ("england", D(2025, 4, 1), 27600, 35800),
    ("england", D(2026, 4, 1), 28900, 37500),
    # Scotland: £256.00 and £333.00 (2024-25); £269.00 and £365.00 (SSI 2025/24).
    ("scotland_pension", D(2024, 4, 1), 25600, 33300),
    ("scotland_pension", D(2025, 4, 1), 26900, 36500),
    # Scotland, working age (SSI 2021/249 Sch 2 para 1, entry (b)): the same thresholds (SSI 2025/24 reg 17, read).
    ("scotland_working_age", D(2024, 4, 1), 25600, 33300),
    ("scotland_working_age", D(2025, 4, 1), 26900, 36500),
    # 2026-27: £282.00 and £383.00 (SSI 2026/56 reg 7, SSI 2012/319 Sch 5 para 1; reg 15, SSI 2021/249 Sch 2 para 1).
    ("scotland_pension", D(2026, 4, 1), 28200, 38300),
    ("scotland_working_age", D(2026, 4, 1), 28200, 38300),
])
def test_second_adult_rebate_at_each_threshold(scheme, on, lower, upper):
    # In parts per million of the day's council tax: 15% = 150000, 7.5% = 75000; 25% (= 250000) where every
    # second adult is on a passporting benefit, whatever the income.
    got = [ctr.alternative_maximum_percent(True, x, on=on, tables=T, scheme=scheme)
           for x in (lower - 1, lower, upper - 1, upper)]
    assert got == [150000, 75000, 75000, 0]
    assert ctr.alternative_maximum_percent(True, upper, True, on=on, tables=T, scheme=scheme) == 250000


@pytest.mark.parametrize("scheme, new, income, old, fresh", [
    # £265.00 on 31 March 2025 (below the 2024-25 upper £344.00, not below the lower £265.00): 7.5%; on 1 April
    # (below the new lower £276.00): 15%.
    ("england", D(2025, 4, 1), 26500, 75000, 150000),
    # £344.00 on 31 March 2025 (not below £344.00): nothing; 1 April (below £358.00): 7.5%.
    ("england", D(2025, 4, 1), 34400, 0, 75000),
    # 2026: £276.00: 7.5% (2025-26: from £276.00) -> 15% (below £289.00); £358.00: nothing -> 7.5% (below £375.00).
    ("england", D(2026, 4, 1), 27600, 75000, 150000),
    ("england", D(2026, 4, 1), 35800, 0, 75000),
    # Scotland 2025: £256.00: 7.5% -> 15% (below £269.00); £333.00: nothing -> 7.5% (below £365.00).
    ("scotland_pension", D(2025, 4, 1), 25600, 75000, 150000),
    ("scotland_pension", D(2025, 4, 1), 33300, 0, 75000),
    ("scotland_working_age", D(2025, 4, 1), 25600, 75000, 150000),
    ("scotland_working_age", D(2025, 4, 1), 33300, 0, 75000),
    # Scotland 2026: £269.00: 7.5% -> 15% (below £282.00); £365.00: nothing -> 7.5% (below £383.00).
    ("scotland_pension", D(2026, 4, 1), 26900, 75000, 150000),
    ("scotland_pension", D(2026, 4, 1), 36500, 0, 75000),
    ("scotland_working_age", D(2026, 4, 1), 26900, 75000, 150000),
    ("scotland_working_age", D(2026, 4, 1), 36500, 0, 75000),
])
def test_second_adult_rebate_thresholds_start_on_1_april(scheme, new, income, old, fresh):
    day_before = new - dt.timedelta(days=1)
    got = [ctr.alternative_maximum_percent(True, income, on=d, tables=T, scheme=scheme) for d in (day_before, new)]
    assert got == [old, fresh]


# -- Scotland, working age: SSI 2021/249 Sch 1, three rows (1 April 2024 to 31 March 2027) ----------------------


@pytest.mark.parametrize("couple, age, facts, amounts", [
    # Each on 1 April 2024, 31 March 2025, 1 April 2025, 31 March 2026, 1 April 2026 and 31 March 2027: the
    # 2024-25 sums (SSI 2024/35 regs 15, 17, read), those SSI 2025/24 reg 16 substitutes from 1 April 2025 (reg 1,
    # read) and those SSI 2026/56 reg 14 substitutes from 1 April 2026 (reg 1, read). Mutant killed (sample 8):
    # rules/ctr/scotland_working_age/components.toml `from = 2025-04-01` -> 2025-04-02.
    # Para 1: single under 25 £71.70 -> £72.90 -> £75.65.
    pytest.param(False, 24, {}, (7170, 7290, 7565), id="single-under-25"),
    # Single 25 or over £90.50 + work-related activity component (para 23) £35.95 = £126.45 -> £92.05 + £36.55
    # = £128.60 -> £95.55 + £37.95 = £133.50.
    pytest.param(False, 40, dict(component=1), (12645, 12860, 13350), id="wra-component"),
    # Support component (para 24) £47.70 + enhanced disability premium (single, para 17) £20.85: 90.50 + 47.70
    # + 20.85 = £159.05 -> 92.05 + 48.50 + 21.20 = £161.75 -> 95.55 + 50.35 + 22.00 = £167.90.
    pytest.param(False, 40, dict(component=2, enhanced_disability_premium=True), (15905, 16175, 16790),
                 id="support-edp"),
    # Couple £142.25 + disability premium (couple) £60.60 + double severe disability premium £163.00 = £365.85
    # -> 144.65 + 61.65 + 165.80 = £372.10 -> 150.15 + 64.00 + 172.10 = £386.25.
    pytest.param(True, 40, dict(disability_premium=True, severe_disability=2), (36585, 37210, 38625),
                 id="couple-dp-sdp"),
    # Single: disability premium £42.50 + severe disability premium £81.50: 90.50 + 42.50 + 81.50 = £214.50
    # -> 92.05 + 43.20 + 82.90 = £218.15 -> 95.55 + 44.85 + 86.05 = £226.45.
    pytest.param(False, 40, dict(disability_premium=True, severe_disability=1), (21450, 21815, 22645),
                 id="single-dp-sdp"),
    # Couple, enhanced disability premium (couple) £29.75 and the work-related activity component:
    # 142.25 + 29.75 + 35.95 = £207.95 -> 144.65 + 30.25 + 36.55 = £211.45 -> 150.15 + 31.40 + 37.95 = £219.50.
    pytest.param(True, 40, dict(enhanced_disability_premium=True, component=1), (20795, 21145, 21950),
                 id="couple-edp-wra"),
    # Lone parent £90.50 + child premium (para 2) £104.05 + disabled child premium £80.01 + enhanced disability
    # premium (child) £32.20 + carer premium £45.60 = £352.36 -> 92.05 + 105.85 + 81.37 + 32.75 + 46.40 = £358.42
    # -> 95.55 + 109.85 + 84.46 + 33.99 + 48.15 = £372.00.
    pytest.param(False, 30, dict(children=1, disabled_children=1, enhanced_disability_children=1, carers=1),
                 (35236, 35842, 37200), id="lone-parent-disabled-child-carer"),
])
def test_scotland_working_age_applicable_amount_each_row(couple, age, facts, amounts):
    got = [sco.scotland_working_age_applicable_amount(couple, age, on=d, tables=T, **facts) for d in DEVOLVED_DAYS]
    assert got == devolved(*amounts)


# -- Wales, working age: WSI 2013/3029 Sch 7 as in force for 2024-25 (one row, 1 April 2024 to 31 March 2025) ----


@pytest.mark.parametrize("couple, age, facts, amount", [
    # Para 1: single 25 or over £96.45; 18 to 24 £76.35; a couple £151.45.
    pytest.param(False, 30, {}, 9645, id="single-25-or-over"),
    pytest.param(False, 24, {}, 7635, id="single-under-25"),
    pytest.param(True, 30, {}, 15145, id="couple"),
    # Lone parent £96.45 + child amount (para 3) £83.24 + family premium (para 4) £19.15 = £198.84.
    pytest.param(False, 24, dict(children=1), 19884, id="lone-parent"),
    # Disabled child premium £80.01 and enhanced disability premium (child) £32.20: 198.84 + 112.21 = 311.05.
    pytest.param(False, 30, dict(children=1, disabled_children=1, enhanced_disability_children=1), 31105,
                 id="disabled-child"),
    # Disability premium single £42.50: 96.45 + 42.50 = 138.95; couple £60.60: 151.45 + 60.60 = 212.05.
    pytest.param(False, 30, dict(disability_premium=True), 13895, id="disability-single"),
    pytest.param(True, 30, dict(disability_premium=True), 21205, id="disability-couple"),
    # Enhanced disability premium single £20.85: 117.30; couple £29.75: 151.45 + 29.75 = 181.20.
    pytest.param(False, 30, dict(enhanced_disability_premium=True), 11730, id="edp-single"),
    pytest.param(True, 30, dict(enhanced_disability_premium=True), 18120, id="edp-couple"),
    # Severe disability premium £81.50: 96.45 + 81.50 = 177.95; double £163.00: 151.45 + 163.00 = 314.45.
    pytest.param(False, 30, dict(severe_disability=1), 17795, id="sdp"),
    pytest.param(True, 30, dict(severe_disability=2), 31445, id="sdp-double"),
    # Carer premium £45.60: 96.45 + 45.60 = 142.05.
    pytest.param(False, 30, dict(carers=1), 14205, id="carer"),
    # Work-related activity component £35.95: 132.40; support component £47.70: 144.15.
    pytest.param(False, 30, dict(esa_component=1), 13240, id="wra-component"),
    pytest.param(False, 30, dict(esa_component=2), 14415, id="support-component"),
])
def test_wales_working_age_applicable_amount_2024_25(couple, age, facts, amount):
    got = [ctr.wales_working_age_applicable_amount(couple, age, on=d, tables=T, **facts)
           for d in (D(2024, 4, 1), D(2025, 3, 31))]
    assert got == [amount, amount]


# -- Wales, working age: WSI 2013/3029 Sch 7 as amended by WSI 2026/13 reg 11 (1 April 2026 to 31 March 2027) ---


@pytest.mark.parametrize("couple, age, facts, y25, y26", [
    # On 31 March 2026 the 2025-26 sums (WSI 2025/59 reg 9); on 1 April 2026 and 31 March 2027 those WSI 2026/13
    # reg 11 substitutes (read). Para 1: single 25 or over £98.10 -> £101.85; 18 to 24 £77.65 -> £80.60; couple
    # £154.00 -> £159.85.
    pytest.param(False, 30, {}, 9810, 10185, id="single-25-or-over"),
    pytest.param(False, 24, {}, 7765, 8060, id="single-under-25"),
    pytest.param(True, 30, {}, 15400, 15985, id="couple"),
    # Lone parent (the 25-or-over rate at 24) + child amount (para 3) + family premium (para 4(1)(b)):
    # 98.10 + 84.66 + 19.48 = £202.24 -> 101.85 + 87.88 + 20.22 = £209.95.
    pytest.param(False, 24, dict(children=1), 20224, 20995, id="lone-parent"),
    # Disabled child premium and enhanced disability premium (child): 202.24 + 81.37 + 32.75 = £316.36 ->
    # 209.95 + 84.46 + 33.99 = £328.40.
    pytest.param(False, 30, dict(children=1, disabled_children=1, enhanced_disability_children=1), 31636, 32840,
                 id="disabled-child"),
    # Disability premium single 98.10 + 43.20 = £141.30 -> 101.85 + 44.85 = £146.70; couple 154.00 + 61.65 =
    # £215.65 -> 159.85 + 64.00 = £223.85.
    pytest.param(False, 30, dict(disability_premium=True), 14130, 14670, id="disability-single"),
    pytest.param(True, 30, dict(disability_premium=True), 21565, 22385, id="disability-couple"),
    # Enhanced disability premium single 98.10 + 21.20 = £119.30 -> 101.85 + 22.00 = £123.85; couple 154.00 + 30.25
    # = £184.25 -> 159.85 + 31.40 = £191.25.
    pytest.param(False, 30, dict(enhanced_disability_premium=True), 11930, 12385, id="edp-single"),
    pytest.param(True, 30, dict(enhanced_disability_premium=True), 18425, 19125, id="edp-couple"),
    # Severe disability premium 98.10 + 82.90 = £181.00 -> 101.85 + 86.05 = £187.90; double 154.00 + 165.80 =
    # £319.80 -> 159.85 + 172.10 = £331.95.
    pytest.param(False, 30, dict(severe_disability=1), 18100, 18790, id="sdp"),
    pytest.param(True, 30, dict(severe_disability=2), 31980, 33195, id="sdp-double"),
    # Carer premium 98.10 + 46.40 = £144.50 -> 101.85 + 48.15 = £150.00.
    pytest.param(False, 30, dict(carers=1), 14450, 15000, id="carer"),
    # Work-related activity component (para 23) 98.10 + 36.55 = £134.65 -> 101.85 + 37.95 = £139.80; support
    # component (para 24) 98.10 + 48.50 = £146.60 -> 101.85 + 50.35 = £152.20.
    pytest.param(False, 30, dict(esa_component=1), 13465, 13980, id="wra-component"),
    pytest.param(False, 30, dict(esa_component=2), 14660, 15220, id="support-component"),
])
def test_wales_working_age_applicable_amount_2026_27(couple, age, facts, y25, y26):
    got = [ctr.wales_working_age_applicable_amount(couple, age, on=d, tables=T, **facts)
           for d in (D(2026, 3, 31), D(2026, 4, 1), D(2027, 3, 31))]
    assert got == [y25, y26, y26]


@pytest.mark.parametrize("scheme, capital, weekly", [
    # Tariff income: £1 for each step, or part of a step, of capital above the lower limit. England, Wales and
    # Scotland at pension age: £500 above £10,000 (SI 2012/2885 Sch 1 para 37; WSI 2013/3029 Sch 1; SSI 2012/319);
    # £10,000.00 nil, £10,000.01 £1, £10,500.00 £1, £10,500.01 £2.
    *[(s, c, w) for s in ("england", "wales_pension", "scotland_pension")
      for c, w in ((1_000_000, 0), (1_000_001, 100), (1_050_000, 100), (1_050_001, 200))],
    # Wales, working age (WSI 2013/3029 Sch 6): £250 above £6,000: £6,000.00 nil, £6,250.00 £1, £6,250.01 £2.
    ("wales_working_age", 600_000, 0), ("wales_working_age", 625_000, 100), ("wales_working_age", 625_001, 200),
])
def test_tariff_income_each_scheme(scheme, capital, weekly):
    on = D(2024, 4, 1) if scheme == "wales_working_age" else D(2025, 4, 1)
    assert ctr.tariff_income(capital, on=on, tables=T, scheme=scheme) == weekly


@pytest.mark.parametrize("band, maximum, weekly", [
    # Scotland, working age, SSI 2021/249 reg 79(2)-(3): in bands E to H the maximum for a day is (A - A/C) / B, C
    # 1.075 (E), 1.125 (F), 1.175 (G), 1.225 (H); reg 14 tapers 20% of income over £321 (single, no child). A year's
    # council tax of £1,825.00 over 365 days is £35.00 a week; a week's maximum 3,500 x (C - 1) / C:
    # E 3,500 x 0.075 / 1.075 = 244.186p -> £2.44; F x 0.125 / 1.125 = 388.889p -> £3.89; G x 0.175 / 1.175 =
    # 521.277p -> £5.21; H x 0.225 / 1.225 = 642.857p -> £6.43. Income £330 a week: 20% of £9.00 = £1.80 off:
    # E 64.186p -> £0.64; F 208.889p -> £2.09; G 341.277p -> £3.41; H 462.857p -> £4.63. (Reg 13 gives nil: 20% of
    # £330 - £92.05 = £47.59 is more than £35.00.)
    ("E", 244, 64), ("F", 389, 209), ("G", 521, 341), ("H", 643, 463),
])
@pytest.mark.parametrize("on", [D(2024, 4, 1), D(2026, 3, 31), D(2027, 3, 31)])
def test_scotland_working_age_bands_e_to_h_factor_each_band(band, maximum, weekly, on):
    r = sco.scotland_working_age_reduction(182500, on=on, tables=T, band=band, weekly_applicable_amount=9205,
                                           weekly_income=33000)
    assert (r.route, r.weekly_maximum, r.taper_deduction, r.weekly) == ("14", maximum, 180, weekly)
