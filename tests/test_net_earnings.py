"""Net monthly earnings from gross pay (UC Regs 2013 reg 55(5)).

Every worked example is exact to the penny; the arithmetic is in the
comment. PAYE Month 1 basis: free pay for 1257L is £1,048.26 (HMRC Tables A:
2 x £416.67 + (2,570 + 9) / 12 = £214.92 rounded up), taxable pay is rounded
down to whole pounds, bands are annual limits / 12, tax is rounded down to
the penny. Employee NICs: (pay - £1,048) x main rate up to £4,189, 2% above,
to the nearest penny with a halfpenny or less disregarded.

For band sums it is easiest to multiply the whole-pound taxable pay by 12,
apply the annual bands, and divide by 12 at the end.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.benefits.net_earnings import (
    NetEarnings,
    month1_free_pay,
    monthly_income_tax,
    monthly_net_earnings,
    monthly_primary_class1,
    personal_allowance,
    tax_code_number,
)
from entitlements.errors import InputError, NoRowInForce
from entitlements.tables import Tables


TABLES = Tables.load()


@pytest.fixture(scope="module")
def tables() -> Tables:
    return TABLES


def net(gross, on, scottish=False, **kw) -> NetEarnings:
    return monthly_net_earnings(gross, on=on, scottish=scottish, tables=TABLES, **kw)


# -- the building blocks -------------------------------------------------------------


def test_free_pay_month1_matches_tables_a():
    # 1257: 2 x 41,667p + ceil((257,000 + 900) / 12) = 83,334 + 21,492 = £1,048.26
    assert month1_free_pay(1257) == 104826
    # 500: 1 x £416.67 + ceil(900 / 12)p = £416.67 + £0.75 = £417.42 (Tables A, code 500)
    assert month1_free_pay(500) == 41742
    # 1000 = 500 + 500: £416.67 + £417.42 = £834.09
    assert month1_free_pay(1000) == 83409
    # 857: £416.67 + ceil(357,900 / 12)p = £416.67 + £298.25 = £714.92
    assert month1_free_pay(857) == 71492
    assert month1_free_pay(0) == 0


def test_tax_code_drops_last_digit_and_small_allowances_give_code_1():
    assert tax_code_number(1257000) == 1257  # £12,570 -> 1257L
    assert tax_code_number(857000) == 857  # £8,570 -> 857L
    assert tax_code_number(900) == 1  # £9 -> code 1 (PAYE11065)
    assert tax_code_number(0) == 0


def test_personal_allowance_tapers_one_pound_per_two_over_100000(tables):
    on = dt.date(2025, 5, 1)
    assert personal_allowance(10000000, on=on, tables=tables) == 1257000  # £100,000: full
    # £108,000: £12,570 - (£8,000 / 2) = £8,570
    assert personal_allowance(10800000, on=on, tables=tables) == 857000
    assert personal_allowance(12514000, on=on, tables=tables) == 0  # £125,140: nil


def test_published_payslip_1257L_month1_pay_2555_19():
    # A published 1257L Month 1 payslip: pay £2,555.19, tax £301.20.
    # £2,555.19 - £1,048.26 = £1,506.93 -> £1,506 x 20% = £301.20.
    # NICs (paid 28 April 2023, 12%): (£2,555.19 - £1,048) x 12% = £180.8628 -> £180.86.
    r = net(255519, dt.date(2023, 4, 28))
    assert (r.free_pay, r.taxable_pay, r.income_tax, r.national_insurance) == (104826, 150600, 30120, 18086)
    assert r.net == 255519 - 30120 - 18086  # £2,073.13


# -- one example for each year and region ------------------------------------------------


def test_england_2023_24_earning_2000():
    # Taxable £2,000 - £1,048.26 = £951.74 -> £951; x 20% = £190.20.
    # NICs (£2,000 - £1,048) x 12% = £114.24. Net £2,000 - £190.20 - £114.24 = £1,695.56.
    r = net(200000, dt.date(2023, 5, 26))
    assert (r.income_tax, r.national_insurance, r.net) == (19020, 11424, 169556)


def test_scotland_2023_24_earning_2000():
    # £951 x 12 = £11,412 a year: starter £2,162 x 19% = £410.78; basic (£11,412 - £2,162)
    # = £9,250 x 20% = £1,850.00; £2,260.78 / 12 = £188.398 -> £188.39.
    # NICs £114.24. Net £2,000 - £188.39 - £114.24 = £1,697.37.
    r = net(200000, dt.date(2023, 5, 26), scottish=True)
    assert (r.income_tax, r.national_insurance, r.net) == (18839, 11424, 169737)


def test_england_2024_25_earning_2000():
    # Tax £190.20 as above; NICs (£2,000 - £1,048) x 8% = £76.16. Net £1,733.64.
    r = net(200000, dt.date(2024, 6, 28))
    assert (r.income_tax, r.national_insurance, r.net) == (19020, 7616, 173364)


def test_scotland_2024_25_earning_2000():
    # £11,412 a year: starter £2,306 x 19% = £438.14; basic £9,106 x 20% = £1,821.20;
    # £2,259.34 / 12 = £188.278 -> £188.27. Net £2,000 - £188.27 - £76.16 = £1,735.57.
    r = net(200000, dt.date(2024, 6, 28), scottish=True)
    assert (r.income_tax, r.national_insurance, r.net) == (18827, 7616, 173557)


def test_england_2025_26_earning_3000():
    # £3,000 - £1,048.26 = £1,951.74 -> £1,951 x 20% = £390.20.
    # NICs (£3,000 - £1,048) = £1,952 x 8% = £156.16. Net £2,453.64.
    r = net(300000, dt.date(2025, 7, 25))
    assert (r.income_tax, r.national_insurance, r.net) == (39020, 15616, 245364)


def test_scotland_2025_26_earning_3000_pays_more_than_england():
    # £1,951 x 12 = £23,412: starter £2,827 x 19% = £537.13; basic (£14,921 - £2,827)
    # = £12,094 x 20% = £2,418.80; intermediate (£23,412 - £14,921) = £8,491 x 21%
    # = £1,783.11; £4,739.04 / 12 = £394.92. Net £3,000 - £394.92 - £156.16 = £2,448.92.
    r = net(300000, dt.date(2025, 7, 25), scottish=True)
    assert (r.income_tax, r.national_insurance, r.net) == (39492, 15616, 244892)
    assert r.net < net(300000, dt.date(2025, 7, 25)).net


def test_england_2026_27_earning_1800():
    # £1,800 - £1,048.26 = £751.74 -> £751 x 20% = £150.20.
    # NICs £752 x 8% = £60.16. Net £1,800 - £150.20 - £60.16 = £1,589.64.
    r = net(180000, dt.date(2026, 4, 30))
    assert (r.income_tax, r.national_insurance, r.net) == (15020, 6016, 158964)


def test_scotland_2026_27_earning_1800_keeps_more_than_england():
    # £751 x 12 = £9,012: starter £3,967 x 19% = £753.73; basic (£9,012 - £3,967) = £5,045
    # x 20% = £1,009.00; £1,762.73 / 12 = £146.894 -> £146.89.
    # Net £1,800 - £146.89 - £60.16 = £1,592.95: £3.31 more than in England.
    scot = net(180000, dt.date(2026, 4, 30), scottish=True)
    eng = net(180000, dt.date(2026, 4, 30))
    assert (scot.income_tax, scot.net) == (14689, 159295)
    assert scot.net - eng.net == 331


# -- thresholds and the NICs changes ---------------------------------------------------------


def test_below_primary_threshold_no_tax_no_nics():
    # £1,000 is below free pay (£1,048.26) and the primary threshold (£1,048).
    r = net(100000, dt.date(2025, 9, 30))
    assert (r.taxable_pay, r.income_tax, r.national_insurance, r.net) == (0, 0, 0, 100000)


def test_just_above_primary_threshold_nics_but_no_tax():
    # £1,048.50: taxable £0.24 -> £0, no tax; NICs £0.50 x 8% = 4p. Net £1,048.46.
    r = net(104850, dt.date(2025, 9, 30))
    assert (r.income_tax, r.national_insurance, r.net) == (0, 4, 104846)


def test_nics_rate_cut_either_side_of_6_january_2024():
    # £2,500: tax £2,500 - £1,048.26 = £1,451.74 -> £1,451 x 20% = £290.20 both days.
    # Paid 5 Jan 2024: (£2,500 - £1,048) = £1,452 x 12% = £174.24.
    # Paid 6 Jan 2024: £1,452 x 10% = £145.20.
    before = net(250000, dt.date(2024, 1, 5))
    after = net(250000, dt.date(2024, 1, 6))
    assert (before.income_tax, before.national_insurance, before.net) == (29020, 17424, 203556)
    assert (after.income_tax, after.national_insurance, after.net) == (29020, 14520, 206460)


def test_nics_cut_to_8_percent_on_6_april_2024():
    # Paid 5 Apr 2024: £1,452 x 10% = £145.20; paid 6 Apr 2024: £1,452 x 8% = £116.16.
    assert net(250000, dt.date(2024, 4, 5)).national_insurance == 14520
    assert net(250000, dt.date(2024, 4, 6)).national_insurance == 11616


def test_nics_halfpenny_is_disregarded(tables):
    # SI 2001/1004 reg 12(1). At 10% (Jan-Apr 2024): 5p over the threshold -> 0.5p -> 0;
    # 15p over -> 1.5p -> 1p; 16p over -> 1.6p -> 2p.
    on = dt.date(2024, 2, 28)
    assert monthly_primary_class1(104805, on=on, tables=tables) == 0
    assert monthly_primary_class1(104815, on=on, tables=tables) == 1
    assert monthly_primary_class1(104816, on=on, tables=tables) == 2
    # Above the UEL in 2024-25: £3,141 x 8% = £251.28 plus 25p x 2% = 0.5p -> £251.28.
    assert monthly_primary_class1(418925, on=dt.date(2024, 5, 1), tables=tables) == 25128


def test_no_employee_nics_over_state_pension_age():
    # SSCBA 1992 s 6(3). Tax as usual: £2,000 -> £190.20; net £1,809.80.
    r = net(200000, dt.date(2025, 5, 1), over_state_pension_age=True)
    assert (r.income_tax, r.national_insurance, r.net) == (19020, 0, 180980)


def test_england_2024_25_higher_rate_earning_5000():
    # £5,000 - £1,048.26 = £3,951.74 -> £3,951; x 12 = £47,412: basic £37,700 x 20%
    # = £7,540.00; higher (£47,412 - £37,700) = £9,712 x 40% = £3,884.80;
    # £11,424.80 / 12 = £952.0667 -> £952.06.
    # NICs (£4,189 - £1,048) = £3,141 x 8% = £251.28; (£5,000 - £4,189) = £811 x 2% = £16.22;
    # £267.50. Net £5,000 - £952.06 - £267.50 = £3,780.44.
    r = net(500000, dt.date(2024, 10, 31))
    assert (r.income_tax, r.national_insurance, r.net) == (95206, 26750, 378044)


def test_scotland_2024_25_higher_rate_earning_5000():
    # £47,412 a year: starter £2,306 x 19% = £438.14; basic £11,685 x 20% = £2,337.00;
    # intermediate (£31,092 - £13,991) = £17,101 x 21% = £3,591.21; higher
    # (£47,412 - £31,092) = £16,320 x 42% = £6,854.40; £13,220.75 / 12 = £1,101.729 -> £1,101.72.
    # Net £5,000 - £1,101.72 - £267.50 = £3,630.78.
    r = net(500000, dt.date(2024, 10, 31), scottish=True)
    assert (r.income_tax, r.national_insurance, r.net) == (110172, 26750, 363078)


def test_taper_england_2025_26_earning_9000():
    # Annualised £108,000: allowance £12,570 - £4,000 = £8,570, code 857L, free pay £714.92.
    # £9,000 - £714.92 = £8,285.08 -> £8,285; x 12 = £99,420: £7,540 + (£99,420 - £37,700)
    # x 40% = £24,688; £32,228 / 12 = £2,685.667 -> £2,685.66.
    # NICs £251.28 + (£9,000 - £4,189) x 2% = £96.22 -> £347.50. Net £5,966.84.
    r = net(900000, dt.date(2025, 11, 28))
    assert (r.tax_code_number, r.free_pay, r.income_tax, r.national_insurance, r.net) == (
        857,
        71492,
        268566,
        34750,
        596684,
    )


def test_additional_rate_england_2025_26_earning_12000():
    # Annualised £144,000: no allowance (code 0). £12,000 x 12 = £144,000: £7,540 +
    # (£125,140 - £37,700) x 40% = £34,976 + (£144,000 - £125,140) x 45% = £8,487;
    # £51,003 / 12 = £4,250.25. NICs £251.28 + £7,811 x 2% = £156.22 -> £407.50.
    # Net £12,000 - £4,250.25 - £407.50 = £7,342.25.
    r = net(1200000, dt.date(2025, 11, 28))
    assert (r.tax_code_number, r.income_tax, r.national_insurance, r.net) == (0, 425025, 40750, 734225)


# -- pension contributions ------------------------------------------------------------------


def test_pension_net_pay_arrangement_reduces_taxable_pay_not_nics():
    # £2,500 pay, £125 net pay pension: taxable £2,375 - £1,048.26 = £1,326.74 -> £1,326
    # x 20% = £265.20. NICs on £2,500: £1,452 x 8% = £116.16.
    # Net £2,500 - £265.20 - £116.16 - £125 = £1,993.64.
    r = net(250000, dt.date(2025, 6, 30), pension_contribution_monthly=12500, pension_relief="net_pay")
    assert (r.income_tax, r.national_insurance, r.pension_contributions, r.net) == (26520, 11616, 12500, 199364)


def test_pension_relief_at_source_does_not_reduce_tax_but_is_deducted():
    # Tax on the full £2,500: £1,451 x 20% = £290.20; NICs £116.16.
    # Net £2,500 - £290.20 - £116.16 - £125 = £1,968.64 (the £25 relief goes to the pension pot).
    r = net(250000, dt.date(2025, 6, 30), pension_contribution_monthly=12500, pension_relief="relief_at_source")
    assert (r.income_tax, r.national_insurance, r.net) == (29020, 11616, 196864)


def test_relief_at_source_grossed_up_for_the_taper():
    # £9,000 pay, £400 relief-at-source pension = £500 gross (ITA 2007 s 58). Adjusted net
    # income 12 x (£9,000 - £500) = £102,000: allowance £12,570 - £1,000 = £11,570, code 1157:
    # free pay 2 x £416.67 + (1,570 + 9) / 12 = £131.5833 -> £131.59: £964.93.
    # £9,000 - £964.93 = £8,035.07 -> £8,035; x 12 = £96,420: £7,540 + £58,720 x 40% = £23,488;
    # £31,028 / 12 = £2,585.667 -> £2,585.66. NICs £347.50.
    # Net £9,000 - £2,585.66 - £347.50 - £400 = £5,666.84.
    r = net(900000, dt.date(2025, 11, 28), pension_contribution_monthly=40000, pension_relief="relief_at_source")
    assert (r.tax_code_number, r.free_pay, r.income_tax, r.net) == (1157, 96493, 258566, 566684)


def test_one_penny_more_can_mean_less_net_pay():
    # The documented failure of penny-level monotonicity: taxable pay is rounded down to
    # whole pounds. £1,149.25 -> taxable £100.99 -> £100 -> £20.00 tax; £1,149.26 -> £101
    # -> £20.20. NICs £8.10 both. Net £1,121.15 then £1,120.96.
    a = net(114925, dt.date(2025, 5, 1))
    b = net(114926, dt.date(2025, 5, 1))
    assert (a.income_tax, b.income_tax, a.national_insurance, b.national_insurance) == (2000, 2020, 810, 810)
    assert (a.net, b.net) == (112115, 112096)


# -- inputs and rule tables ---------------------------------------------------------------


def test_caseload_row_equals_household(tables):
    gross = np.array([200000, 300000, 900000, 104850])
    on = np.array(["2023-05-26", "2025-07-25", "2025-11-28", "2025-09-30"], dtype="datetime64[D]")
    scottish = np.array([True, True, False, False])
    r = monthly_net_earnings(gross, on=on, scottish=scottish, tables=tables)
    assert r.net.dtype == np.int64
    assert r.net.tolist() == [169737, 244892, 596684, 104846]


def test_the_largest_pay_accepted_is_1_000_000_000_pounds_a_month_and_worked_exactly(tables):
    # The bound the error states, "0 to 100000000000 pence", includes its top:
    # £1,000,000,000.00 a month is worked out; a penny more is refused.
    # England 2025-26, annualised £12,000,000,000: no personal allowance (code 0,
    # free pay nil). Tax: 20% x £37,700 = £7,540.00; 40% x (£125,140 - £37,700)
    # = £34,976.00; 45% x (£12,000,000,000 - £125,140) = £5,399,943,687.00;
    # £5,399,986,203.00 / 12 = £449,998,850.25. NICs 8% x (£4,189 - £1,048) =
    # £251.28; 2% x (£1,000,000,000 - £4,189) = £19,999,916.22; £20,000,167.50.
    # Net £1,000,000,000 - £449,998,850.25 - £20,000,167.50 = £530,000,982.25
    # (no int64 overflow at the bound).
    # Mutant killed: the bound made exclusive (``arr >= _MAX_PENCE``).
    on = dt.date(2025, 11, 28)
    r = monthly_net_earnings(10**11, on=on, scottish=False, tables=tables)
    assert (r.tax_code_number, r.free_pay, r.income_tax, r.national_insurance, r.net) == (
        0, 0, 44999885025, 2000016750, 53000098225)
    with pytest.raises(InputError, match="gross_monthly: 100000000001 is not allowed"):
        monthly_net_earnings(10**11 + 1, on=on, scottish=False, tables=tables)


def test_scottish_band_limits_as_published(tables):
    # Each limit is the top of its band in taxable income (above the personal
    # allowance), in pence, as GOV.UK's Scottish Income Tax pages print the
    # bands on total income with the £12,570 allowance:
    # 2023-24: starter £12,571-£14,732, basic to £25,688, intermediate to
    #   £43,662, higher to £125,140, no advanced band (top over £125,140):
    #   2,162; 13,118; 31,092; 125,140; 125,140 (the allowance is nil at £125,140).
    # 2024-25: starter to £14,876, basic to £26,561, intermediate to £43,662,
    #   higher to £75,000, advanced to £125,140: 2,306; 13,991; 31,092; 62,430; 125,140.
    # 2025-26: starter to £15,397, basic to £27,491, intermediate to £43,662,
    #   higher to £75,000, advanced to £125,140: 2,827; 14,921; 31,092; 62,430; 125,140.
    # (2026-27 is an unverified row: the vote on the resolution could not be checked.)
    # Why a table check: sample 4's mutant basic_limit 13,118 -> 13,117.99 (2023-24)
    # cannot change any tax worked here (whole-pound pay and limits and whole-percent
    # rates make the annual sum a multiple of 10,000 units of 1/120,000p; the mutant
    # adds 100, never crossing a penny), yet a slip in a published limit must not pass.
    keys = ("starter_limit", "basic_limit", "intermediate_limit", "higher_limit", "advanced_limit")
    published = {
        dt.date(2023, 4, 6): (2162, 13118, 31092, 125140, 125140),
        dt.date(2024, 4, 6): (2306, 13991, 31092, 62430, 125140),
        dt.date(2025, 4, 6): (2827, 14921, 31092, 62430, 125140),
    }
    for start, pounds in published.items():
        for day in (start, dt.date(start.year + 1, 4, 5)):
            got = tables.at("tax.scottish_bands", day)
            assert tuple(got[k] for k in keys) == tuple(p * 100 for p in pounds), day


def test_errors_name_the_field_and_row(tables):
    on = dt.date(2025, 5, 1)
    with pytest.raises(InputError, match="gross_monthly"):
        monthly_net_earnings(-1, on=on, scottish=False, tables=tables)
    with pytest.raises(InputError, match="whole number of pence"):
        monthly_net_earnings(2000.0, on=on, scottish=False, tables=tables)
    with pytest.raises(InputError, match="row 1, pension_contribution_monthly"):
        monthly_net_earnings(
            np.array([1000, 1000]), on=on, scottish=False, tables=tables,
            pension_contribution_monthly=np.array([0, 1001]),
        )
    with pytest.raises(InputError, match="pension_relief"):
        monthly_net_earnings(1000, on=on, scottish=False, tables=tables, pension_relief="salary_sacrifice")
    with pytest.raises(InputError, match="scottish"):
        monthly_net_earnings(1000, on=on, scottish="yes", tables=tables)
    with pytest.raises(NoRowInForce):
        monthly_net_earnings(1000, on=dt.date(2022, 5, 1), scottish=False, tables=tables)
    with pytest.raises(NoRowInForce):
        monthly_net_earnings(1000, on=dt.date(2027, 4, 6), scottish=False, tables=tables)


def test_rule_tables_cover_2023_24_on_and_say_what_is_unverified(tables):
    # The thresholds frozen by Finance Act 2021 s 5 (as amended by FA 2023 ss 5-6) reach 2027-28, and
    # the freeze announced on 26 November 2025 reaches 2030-31 (announced rows); the rates, set each
    # year, end with 2026-27.
    until = {
        "tax.personal_allowance": dt.date(2031, 4, 5),
        "tax.ruk_bands": dt.date(2031, 4, 5),
        "tax.ruk_rates": dt.date(2027, 4, 5),
        "tax.scottish_bands": dt.date(2027, 4, 5),
        "tax.scottish_rates": dt.date(2027, 4, 5),
        "ni.class1_primary": dt.date(2031, 4, 5),
        "ni.class1_primary_rates": dt.date(2027, 4, 5),
    }
    for table_id, last in until.items():
        t = tables.table(table_id)
        assert t.earliest == dt.date(2023, 4, 6) and t.until == last
        assert all(r.source for r in t.rows)
    unverified = {(t, r.start) for t in until for r in tables.table(t).rows if not r.verified}
    assert unverified == {
        ("tax.scottish_bands", dt.date(2026, 4, 6)),
        ("tax.scottish_rates", dt.date(2026, 4, 6)),
        ("ni.class1_primary", dt.date(2027, 4, 6)),
        ("ni.class1_primary", dt.date(2028, 4, 6)),
    }


def test_income_tax_on_taxable_pay_directly(tables):
    # Taxable £3,951.99 is rounded down to £3,951: £952.06 as in the higher-rate example.
    assert monthly_income_tax(395199, on=dt.date(2024, 10, 31), scottish=False, tables=tables) == 95206


# -- properties -----------------------------------------------------------------------------

DAYS = (dt.date(2023, 4, 6) - dt.date(1970, 1, 1)).days, (dt.date(2027, 4, 5) - dt.date(1970, 1, 1)).days


@st.composite
def earners(draw, max_gross=2_000_000):
    gross = draw(st.integers(0, max_gross))
    return dict(
        gross=gross,
        on=dt.date(1970, 1, 1) + dt.timedelta(days=draw(st.integers(*DAYS))),
        scottish=draw(st.booleans()),
        pension=draw(st.integers(0, gross)),
        relief=draw(st.sampled_from(["net_pay", "relief_at_source"])),
        spa=draw(st.booleans()),
    )


def _run(e, gross=None):
    return monthly_net_earnings(
        e["gross"] if gross is None else gross,
        on=e["on"],
        scottish=e["scottish"],
        tables=TABLES,
        pension_contribution_monthly=e["pension"],
        pension_relief=e["relief"],
        over_state_pension_age=e["spa"],
    )


@settings(max_examples=300, deadline=None)
@given(earners())
def test_net_never_exceeds_gross_and_deductions_are_never_negative(e):
    r = _run(e)
    assert r.net <= r.gross
    assert r.income_tax >= 0 and r.national_insurance >= 0
    assert r.net == r.gross - r.income_tax - r.national_insurance - r.pension_contributions


@settings(max_examples=300, deadline=None)
@given(earners(), st.integers(500, 500_000))
def test_net_never_falls_when_gross_rises_by_5_pounds_or_more(e, rise):
    # Penny by penny it can fall (whole-pound taxable pay; see the module notes), but
    # marginal deductions are at most 69.5% (Scottish advanced rate in the taper band, 1.5 x 45%,
    # plus 2% NICs), so a rise of £5 outweighs the rounding and code steps.
    assert _run(e, e["gross"] + rise).net >= _run(e).net


@settings(max_examples=100, deadline=None)
@given(st.lists(earners(), min_size=1, max_size=20))
def test_scalar_result_equals_caseload_row(rows):
    batch = monthly_net_earnings(
        np.array([e["gross"] for e in rows]),
        on=np.array([e["on"] for e in rows], dtype="datetime64[D]"),
        scottish=np.array([e["scottish"] for e in rows]),
        tables=TABLES,
        pension_contribution_monthly=np.array([e["pension"] for e in rows]),
        pension_relief=np.array([e["relief"] for e in rows]),
        over_state_pension_age=np.array([e["spa"] for e in rows]),
    )
    for i, e in enumerate(rows):
        one = _run(e)
        assert isinstance(one.net, int)
        for field in ("income_tax", "national_insurance", "net", "free_pay", "tax_code_number"):
            assert getattr(batch, field)[i] == getattr(one, field), field


def test_a_caseload_with_both_kinds_of_pension_relief_takes_each_rows_own():
    # The two cases above as UC earned income in one caseload, AP 1 - 30 June 2025 (paid on its last day):
    # net pay arrangement £1,993.64, relief at source £1,968.64; a single claimant with no housing costs has
    # no work allowance, so the deduction is 55% of each: £1,096.502 -> £1,096.50 and £1,082.752 -> £1,082.75.
    # (Issue 21, mutation sample 6: `min == max` negated gave every row the first row's kind of relief when
    # the kinds differ, and no test had a caseload with both.)
    from entitlements import Adult, Household, estimate_caseload

    hs = [Household(adults=Adult(age=40, gross_monthly_earnings=250000, pension_contribution_monthly=12500,
                                 pension_relief=kind)) for kind in ("net_pay", "relief_at_source", "net_pay")]
    calc = estimate_caseload(hs, on=dt.date(2025, 6, 1)).calculation
    assert calc.earned_income.tolist() == [199364, 196864, 199364]
    assert calc.earnings_deduction.tolist() == [109650, 108275, 109650]
