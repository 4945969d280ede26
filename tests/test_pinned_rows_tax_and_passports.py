"""Income tax, National Insurance, the UC childcare cap and the passported
help: rows no test pinned (issue 21; `tools/unpinned_rows.py`), each on its
first day and the day before, worked by hand from the source each row cites.

A note on annual limits in pounds (income tax bands, the NI thresholds): a
penny in an annual limit moves a month's PAYE figure by a twelfth of a
penny times a rate, which rounding to the penny hides except at a boundary
the arithmetic lands on; the tests below pin the limits as closely as a
month's pay can (to the pound of monthly pay, and to the penny where the
rounding allows: the NI cases at 6p and 7p above the threshold).
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits.childcare import childcare_costs_element
from entitlements.benefits.health_costs import ROUTE_LOW_INCOME_HC2, ROUTE_LOW_INCOME_HC3, low_income_scheme
from entitlements.benefits.net_earnings import monthly_income_tax, monthly_primary_class1
from entitlements.benefits.passports import free_tv_licence
from entitlements.rates_policy import RatesPolicy
from entitlements.tables import default_tables

T = default_tables()
D = dt.date


# -- income tax (PAYE month 1: the pay in whole pounds, each band limit / 12 unrounded, the tax rounded down) ----


def test_scottish_bands_2026_27_at_each_monthly_limit():
    # Scottish Rate Resolution 2026-27 (motion S6M-20844): starter 19% to £3,967, basic 20% to £16,956, intermediate 21%
    # to £31,092, higher 42% to £62,430, advanced 45% (to £125,140), top 48%. Monthly limits: 330.5833.., 1,413.00,
    # 2,591.00, 5,202.50. £1,413: 19% x 330.5833 = 62.8108 + 20% x 1,082.4167 = 216.4833: 279.2942 -> 279.29; £1,414: +
    # 21% x 1 = 279.5042 -> 279.50. £2,591: 279.2942 + 21% x 1,178 = 247.38: 526.6742 -> 526.67; £2,592: + 42p ->
    # 527.09. £5,202: 526.6742 + 42% x 2,611 = 1,096.62: 1,623.2942 -> 1,623.29; £5,203: 526.6742 + 42% x 2,611.50 =
    # 1,096.83 + 45% x 0.50 = 0.225: 1,623.7292 -> 1,623.72.
    got = [monthly_income_tax(p * 100, on=D(2026, 4, 6), scottish=True, tables=T)
           for p in (1413, 1414, 2591, 2592, 5202, 5203)]
    assert got == [27929, 27950, 52667, 52709, 162329, 162372]


def test_scottish_bands_the_day_before_2026_27():
    # 5 April 2026, the 2025-26 resolution (motion S6M-16531): starter to £2,827 (235.5833 a month), basic to £14,921
    # (1,243.4167), intermediate to £31,092. £1,413: 19% x 235.5833 = 44.7608 + 20% x 1,007.8333 = 201.5667
    # + 21% x 169.5833 = 35.6125: 281.94. (2026-27 from 5 April would give 279.29.)
    assert monthly_income_tax(141300, on=D(2026, 4, 5), scottish=True, tables=T) == 28194


def test_rest_of_uk_basic_rate_limit_2023_24():
    # ITA 2007 s 10 (Finance Act 2021 s 5(1): £37,700), 2023-24: monthly 3,141.6667. £3,141: 20% = 628.20;
    # £3,142: 628.3333 + 40% x 0.3333 = 0.1333: 628.4667 -> 628.46; £3,200: 628.3333 + 40% x 58.3333 =
    # 23.3333: 651.6667 -> 651.66.
    got = [monthly_income_tax(p * 100, on=D(2023, 4, 6), scottish=False, tables=T) for p in (3141, 3142, 3200)]
    assert got == [62820, 62846, 65166]


# -- National Insurance, primary Class 1 (monthly PT £1,048, UEL £4,189; SI 2001/1004 reg 11) ---------------------


@pytest.mark.parametrize("on, pt_cases, uel_cases", [
    # 2023-24 at 12% (SSCBA 1992 s 8(2)(a) as then in force; the PT and UEL: SI 2001/1004 reg 11(3)(a), (2A)(a)): 12% x
    # 4p = 0.48p -> 0; x 5p = 0.60p -> 1p (a halfpenny or less disregarded, reg 12(1)). 12% x (4,189 - 1,048) = 376.92;
    # + 2% x 25p = 0.50p -> 376.92 (a halfpenny disregarded), + 2% x 28p = 0.56p -> 376.93.
    (D(2023, 4, 6), {104804: 0, 104805: 1}, {418925: 37692, 418928: 37693}),
    # 2024-25 to 2026-27 at 8% (National Insurance Contributions (Reduction in Rates) Act 2024 s 1(1)): 8% x 6p = 0.48p
    # -> 0; x 7p = 0.56p -> 1p. 8% x 3,141 = 251.28; + 0.50p -> 251.28; + 0.56p -> 251.29.
    (D(2024, 4, 6), {104806: 0, 104807: 1}, {418925: 25128, 418928: 25129}),
    (D(2025, 4, 6), {104806: 0, 104807: 1}, {418925: 25128, 418928: 25129}),
    (D(2026, 4, 6), {104806: 0, 104807: 1}, {418925: 25128, 418928: 25129}),
])
def test_class1_primary_threshold_and_upper_earnings_limit_to_the_penny(on, pt_cases, uel_cases):
    # A penny more on the threshold turns the 1p case to 0, a penny less the 0 case to 1p; likewise the upper
    # earnings limit (a penny more: + 8% - 2% of 1p = 0.06p, so the 0.50p case rounds up).
    cases = {**pt_cases, **uel_cases}
    assert {g: monthly_primary_class1(g, on=on, tables=T) for g in cases} == cases


@pytest.mark.parametrize("on", [D(2027, 4, 6), D(2028, 4, 6)])
def test_class1_thresholds_announced_to_2031_under_the_hold_policy(on):
    # The thresholds' 2027-28 and 2028-29 rows (HMRC policy papers: £1,048 and £4,189 a month kept to 5 April
    # 2031) are reached only once the Class 1 rates (whose table ends on 5 April 2027) are held at 8%, as the
    # default rates policy does: the same cases as above, 0, 1p, £251.28, £251.29.
    held = RatesPolicy.parse("hold").apply(T)
    cases = {104806: 0, 104807: 1, 418925: 25128, 418928: 25129}
    assert {g: monthly_primary_class1(g, on=on, tables=held) for g in cases} == cases


# -- Universal Credit childcare cap (SI 2013/376 reg 34(2)) ---------------------------------------------------


@pytest.mark.parametrize("children, amounts", [
    # One child: £646.35 (SI 2023/316 Sch 13); £950.92 from 28 June 2023 (SI 2023/593 reg 2(3)); £1,014.63 (SI
    # 2024/242); £1,031.88 (SI 2025/295); £1,071.09 (SI 2026/148).
    (1, (64635, 95092, 101463, 103188, 107109)),
    # Two or more: £1,108.04; £1,630.15; £1,739.37; £1,768.94; £1,836.16.
    (2, (110804, 163015, 173937, 176894, 183616)),
])
def test_childcare_cap_each_row_and_the_day_before(children, amounts):
    # Charges of £5,000 a month: 85% = £4,250, over every cap, so the element is the cap of the day.
    days = (D(2023, 4, 10), D(2023, 6, 27), D(2023, 6, 28), D(2024, 4, 7), D(2024, 4, 8), D(2025, 4, 6),
            D(2025, 4, 7), D(2026, 4, 5), D(2026, 4, 6))
    a, b, c, d, e = amounts
    got = [int(childcare_costs_element(500000, children, True, on=day, tables=T)) for day in days]
    assert got == [a, a, b, b, c, c, d, d, e]


def test_childcare_element_needs_a_child_in_childcare_and_the_work_condition():
    # SI 2013/376 reg 31: the element is for relevant childcare charges for a child; with no child in childcare,
    # or the work condition not met (reg 32), nil. Charges £400: 85% = £340 (under the one-child cap £1,071.09).
    day = D(2026, 5, 1)
    got = [int(childcare_costs_element(40000, n, met, on=day, tables=T)) for n, met in ((0, True), (1, False), (1, True))]
    assert got == [0, 0, 34000]


# -- the passported help -----------------------------------------------------------------------------------


def test_tv_licence_fee_each_april():
    # The colour licence fee (Communications (Television Licensing) Regulations 2004 (SI 2004/692) Sch 1 as amended):
    # £159.00 from 1 April 2023, £169.50 from 1 April 2024, £174.50 from 1 April 2025, £180.00 from 1 April 2026 (the
    # table is unverified: see its note); each the value of a free licence at 75 on Pension Credit.
    days = (D(2023, 4, 1), D(2024, 3, 31), D(2024, 4, 1), D(2025, 3, 31), D(2025, 4, 1), D(2026, 3, 31), D(2026, 4, 1))
    assert [free_tv_licence(75, True, on=d, tables=T)[1] for d in days] == [15900, 15900, 16950, 16950, 17450,
                                                                             17450, 18000]


@pytest.mark.parametrize("on, excess, route", [
    # NHS (Travel Expenses and Remission of Charges) Regulations 2003 (SI 2003/2382) reg 5(2)(e): full help (HC2) where
    # income exceeds requirements by no more than half the prescription charge. 2023-24 (SI 2015/570 reg 3 as amended
    # from 1 April 2023): £9.65: 2 x 4.82 = 9.64 <= 9.65 HC2; 2 x 4.83 = 9.66 HC3.
    (D(2023, 4, 1), 482, ROUTE_LOW_INCOME_HC2),
    (D(2023, 4, 1), 483, ROUTE_LOW_INCOME_HC3),
    (D(2024, 4, 30), 483, ROUTE_LOW_INCOME_HC3),
    # From 1 May 2024, £9.90 (the NHS (Charges for Drugs and Appliances) (Amendment) Regulations 2024): 4.83 now HC2; 2
    # x 4.95 = 9.90 HC2; 2 x 4.96 = 9.92 HC3. The same charge in 2025-26 and 2026-27 (frozen).
    (D(2024, 5, 1), 483, ROUTE_LOW_INCOME_HC2),
    (D(2024, 5, 1), 495, ROUTE_LOW_INCOME_HC2),
    (D(2024, 5, 1), 496, ROUTE_LOW_INCOME_HC3),
    (D(2025, 4, 1), 495, ROUTE_LOW_INCOME_HC2),
    (D(2025, 4, 1), 496, ROUTE_LOW_INCOME_HC3),
    (D(2026, 4, 1), 495, ROUTE_LOW_INCOME_HC2),
    (D(2026, 4, 1), 496, ROUTE_LOW_INCOME_HC3),
])
def test_low_income_scheme_half_the_prescription_charge(on, excess, route):
    assert low_income_scheme(10000 + excess, 10000, 0, on=on, tables=T)[0] == route


def test_prescription_prepayment_and_optical_voucher_rows():
    # Used only by the benefits check's findings (the annual value of free prescriptions) and the optical
    # voucher reference, so pinned as data: the charges from 1 May 2024 (the NHS (Charges for Drugs and Appliances)
    # (Amendment) Regulations 2024) and unchanged in 2025-26 and 2026-27: an item £9.90, a 3-month PPC £32.05, 12-month
    # £114.50, the HRT PPC £19.80; before (from 1 April 2023): £9.65, £31.25, £111.60, £19.30. Optical vouchers A £42.40
    # and E £73.10 in 2024-25 and 2025-26.
    at = lambda d: T.at("passports.prescription_charge", d)  # noqa: E731
    later = {"single_item": 990, "ppc_3_month": 3205, "ppc_12_month": 11450, "hrt_ppc_12_month": 1980}
    assert at(D(2024, 4, 30)) == {"single_item": 965, "ppc_3_month": 3125, "ppc_12_month": 11160,
                                  "hrt_ppc_12_month": 1930}
    assert [at(d) for d in (D(2024, 5, 1), D(2025, 4, 1), D(2026, 4, 1))] == [later] * 3
    assert [T.at("passports.optical_voucher", d) for d in (D(2024, 4, 1), D(2025, 4, 1))] == [
        {"voucher_a": 4240, "voucher_e": 7310}] * 2


@pytest.mark.parametrize("year, amounts, before", [
    # Scottish taxable pay of £100, £1,000, £2,000, £3,000, £8,000 and £11,000 a month, one in each band.
    # 2023-24 (S6M-07853): limits 2,162 / 13,118 / 31,092 / 125,140 a year (no advanced band): a month
    # 180.1667 / 1,093.1667 / 2,591.00 / 10,428.3333; rates 19, 20, 21, 42, 47.
    # £100: 19.00. £1,000: 19% x 180.1667 = 34.2317 + 20% x 819.8333 = 163.9667: 198.1983 -> 198.19.
    # £2,000: 34.2317 + 20% x 913 = 182.60 + 21% x 906.8333 = 190.435: 407.2667 -> 407.26.
    # £3,000: 34.2317 + 182.60 + 21% x 1,497.8333 = 314.545 + 42% x 409 = 171.78: 703.1567 -> 703.15.
    # £8,000: 34.2317 + 182.60 + 314.545 + 42% x 5,409 = 2,271.78: 2,803.1567 -> 2,803.15.
    # £11,000: 34.2317 + 182.60 + 314.545 + 42% x 7,837.3333 = 3,291.68 + 47% x 571.6667 = 268.6833: 4,091.74.
    (2023, (1900, 19819, 40726, 70315, 280315, 409174), None),
    # 2024-25 (S6M-12252): 2,306 / 13,991 / 31,092 / 62,430 / 125,140: 192.1667 / 1,165.9167 / 2,591.00 /
    # 5,202.50 / 10,428.3333; 19, 20, 21, 42, 45, 48.
    # £1,000: 19% x 192.1667 = 36.5117 + 20% x 807.8333 = 161.5667: 198.0783 -> 198.07.
    # £2,000: 36.5117 + 20% x 973.75 = 194.75 + 21% x 834.0833 = 175.1575: 406.4192 -> 406.41.
    # £3,000: 36.5117 + 194.75 + 21% x 1,425.0833 = 299.2675 + 42% x 409 = 171.78: 702.3092 -> 702.30.
    # £8,000: 36.5117 + 194.75 + 299.2675 + 42% x 2,611.50 = 1,096.83 + 45% x 2,797.50 = 1,258.875: 2,886.23.
    # £11,000: ... + 1,096.83 + 45% x 5,225.8333 = 2,351.625 + 48% x 571.6667 = 274.40: 4,253.3842 -> 4,253.38.
    # On 5 April 2024 (2023-24): 4,091.74.
    (2024, (1900, 19807, 40641, 70230, 288623, 425338), 409174),
    # 2025-26 (S6M-16531): starter to 2,827 (235.5833), basic to 14,921 (1,243.4167); the rest as 2024-25.
    # £1,000: 19% x 235.5833 = 44.7608 + 20% x 764.4167 = 152.8833: 197.6442 -> 197.64.
    # £2,000: 44.7608 + 20% x 1,007.8333 = 201.5667 + 21% x 756.5833 = 158.8825: 405.21.
    # £3,000: 44.7608 + 201.5667 + 21% x 1,347.5833 = 282.9925 + 171.78: 701.10.
    # £8,000: 44.7608 + 201.5667 + 282.9925 + 1,096.83 + 1,258.875: 2,885.025 -> 2,885.02.
    # £11,000: 44.7608 + 201.5667 + 282.9925 + 1,096.83 + 2,351.625 + 274.40: 4,252.175 -> 4,252.17.
    # On 5 April 2025 (2024-25): 4,253.38.
    (2025, (1900, 19764, 40521, 70110, 288502, 425217), 425338),
    # 2026-27 (S6M-20844): starter to 3,967 (330.5833), basic to 16,956 (1,413.00).
    # £1,000: 19% x 330.5833 = 62.8108 + 20% x 669.4167 = 133.8833: 196.6942 -> 196.69.
    # £2,000: 62.8108 + 20% x 1,082.4167 = 216.4833 + 21% x 587 = 123.27: 402.5642 -> 402.56.
    # £3,000: 62.8108 + 216.4833 + 21% x 1,178 = 247.38 + 171.78: 698.4542 -> 698.45.
    # £8,000: 62.8108 + 216.4833 + 247.38 + 1,096.83 + 1,258.875: 2,882.3792 -> 2,882.37.
    # £11,000: 62.8108 + 216.4833 + 247.38 + 1,096.83 + 2,351.625 + 274.40: 4,249.5292 -> 4,249.52.
    # On 5 April 2026 (2025-26): 4,252.17.
    (2026, (1900, 19669, 40256, 69845, 288237, 424952), 425217),
])
def test_scottish_tax_in_each_band_each_year(year, amounts, before):
    # A point (one percentage) on any rate, or the year's row a day early or late, changes a figure here.
    got = [monthly_income_tax(p * 100, on=D(year, 4, 6), scottish=True, tables=T)
           for p in (100, 1000, 2000, 3000, 8000, 11000)]
    assert got == list(amounts)
    if before is not None:
        assert monthly_income_tax(1100000, on=D(year, 4, 5), scottish=True, tables=T) == before


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_rest_of_uk_tax_in_each_band_each_year(year):
    # ITA 2007 s 6 (20%, 40%, 45%) and s 10 (£37,700 and £125,140, each year): a month 3,141.6667 and
    # 10,428.3333. £1,000: 200.00. £5,000: 628.3333 + 40% x 1,858.3333 = 743.3333: 1,371.6667 -> 1,371.66.
    # £11,000: 628.3333 + 40% x 7,286.6667 = 2,914.6667 + 45% x 571.6667 = 257.25: 3,800.25.
    got = [monthly_income_tax(p * 100, on=D(year, 4, 6), scottish=False, tables=T) for p in (1000, 5000, 11000)]
    assert got == [20000, 137166, 380025]


def test_dental_charges_the_day_before_each_april():
    # SI 2005/3477 reg 4 (data: the engine does not price treatment). On 31 March 2025 the 2024-25 charges
    # (SI 2024/271 reg 4(2)): £26.80, £73.50, £319.10; on 31 March 2026 the 2025-26 ones (SI 2025/310 reg 2(2)):
    # £27.40, £75.30, £326.70. (Mutation: the 2025 row from 31 March passed every test.)
    at = lambda d: T.at("passports.dental_charges", d)  # noqa: E731
    assert at(D(2025, 3, 31)) == {"band_1": 2680, "band_2": 7350, "band_3": 31910}
    assert at(D(2026, 3, 31)) == {"band_1": 2740, "band_2": 7530, "band_3": 32670}


@pytest.mark.parametrize("on", [D(2027, 4, 6), D(2028, 4, 6)])
def test_rest_of_uk_bands_2027_and_2028_under_the_hold_policy(on):
    # The bands' 2027-28 row (Finance Act 2021 s 5(1) as amended; FA 2023 s 6(4)) and the announced 2028-29
    # row (£37,700 and 2 x £12,570 + £100,000 = £125,140) are reached once the rates (whose table ends on 5
    # April 2027) are held at 20%, 40%, 45%: the same figures as each year to 2026-27, 200.00, 1,371.66 and
    # 3,800.25 (exactly 45% x 11,000 - 1,149.75, so a penny more on the higher rate limit gives 3,800.24).
    held = RatesPolicy.parse("hold").apply(T)
    got = [monthly_income_tax(p * 100, on=on, scottish=False, tables=held) for p in (1000, 5000, 11000)]
    assert got == [20000, 137166, 380025]
