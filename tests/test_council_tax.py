"""Council tax liability and Council Tax Reduction: worked examples to the penny.

Figures (pounds a week unless said):

- Band proportions: England and Wales 6:7:8:9:11:13:15:18 (:21 for Wales band
  I), Band D = 9 (LGFA 1992 s 5(1), (1A)); Scotland 240:280:320:360:473:585:705:882
  (s 74(1) as substituted by SSI 2016/368). Single person discount 25%, all
  disregarded 50% (s 11). Disabled band reduction: the band below; band A: 5/9
  of Band D (SI 1992/554 reg 4 as amended by SI 1999/1004).
- England pension-age CTR (SI 2012/2885 Sch 1, Sch 2; SI 2025/39 for 2025-26):
  personal allowance single 227.10, couple 346.60, reached pension age before
  1 April 2021: 244.40 / 366.00; child 84.66 (2024-25: 83.24, up to two);
  carer premium 46.40 (2026-27: 48.15); non-dependant deductions 15.35 /
  12.80 / 10.20 / 5.00 by gross income thresholds 577 / 463 / 266 (2026-27:
  15.95 / 13.30 / 10.60 / 5.20 at 605 / 485 / 279); taper 20% a week (2 6/7%
  a day); alternative maximum 25% / 15% / 7.5% at second adults' income below
  276 / 358 (2025-26); capital limit £16,000; tariff £1 per £500 or part
  above £10,000.
- The scheme is daily: a week is 7 x annual / days in the year (365 for
  2024-25, 2025-26 and 2026-27); the reduction is rounded to the penny at the
  end (weekly and annual).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.benefits import council_tax as ct
from entitlements.benefits import council_tax_reduction as ctr
from entitlements.benefits import council_tax_reduction_local as local
from entitlements.benefits.council_tax_areas import AuthoritySchedule, band_d_annual, band_d_entry, default_authorities
from entitlements.errors import InputError, NoRowInForce, RuleTableError
from entitlements.tables import default_tables

T = default_tables()
Y24, Y25, Y26 = dt.date(2024, 6, 3), dt.date(2025, 6, 2), dt.date(2026, 6, 1)


# -- council tax liability --------------------------------------------------------------------


def test_band_c_single_occupier_england_2025():
    # Band D £2,160.00: band C = 8/9 x 2,160 = £1,920.00; 25% off = £1,440.00 a year;
    # a week = 1,440 x 7 / 365 = £27.6164... = £27.62.
    r = ct.liability(216000, "C", on=Y25, tables=T, residents=1)
    assert (r.band_amount_annual, r.discount_percent, r.annual, r.weekly) == (192000, 25, 144000, 2762)


def test_everyone_disregarded_gets_half_off():
    # Two residents, both disregarded (say students): twice the appropriate percentage, 50%.
    # Band D £2,160.00 x 50% = £1,080.00.
    assert ct.liability(216000, "D", on=Y25, tables=T, residents=2, disregarded=2).annual == 108000


def test_disabled_band_reduction_band_a_is_five_ninths_of_band_d():
    # SI 1992/554 reg 4(3A)(b): 5/9 x £2,160.00 = £1,200.00 (band A itself would be £1,440.00).
    assert ct.band_amount(216000, "A", on=Y25, tables=T, disabled_band_reduction=True) == 120000
    assert ct.band_amount(216000, "A", on=Y25, tables=T) == 144000


def test_disabled_band_reduction_band_b_charged_as_band_a_then_single_discount():
    # Band B reduced to band A: 6/9 x £2,160 = £1,440.00; then 25% (reg 4(5)): £1,080.00.
    r = ct.liability(216000, "B", on=Y25, tables=T, residents=1, disabled_band_reduction=True)
    assert (r.band_charged, r.band_amount_annual, r.annual) == ("A", 144000, 108000)


def test_disabled_band_reduction_band_a_working_sheet_says_five_ninths_of_band_d():
    # Band A has no band below it: SI 1992/554 reg 4(3A)(b) charges 5/9 of Band D, and the working sheet
    # names that, not "A" (issue 21, mutation sample 5: the label's `i > 0` made `i >= 0` showed "A").
    # 5/9 x £2,160.00 = £1,200.00; one resident, 25% off (reg 4(5)): £900.00 a year;
    # a week: 900 x 7 / 365 = £17.2602... = £17.26.
    r = ct.liability(216000, "A", on=Y25, tables=T, residents=1, disabled_band_reduction=True)
    assert (r.band, r.band_charged, r.band_amount_annual, r.annual, r.weekly) == ("A", "5/9 of D", 120000, 90000, 1726)
    assert "SI 1992/554 reg 4 (as amended by SI 1999/1004)" in r.sources
    # Without the reduction band A is charged as itself: 6/9 x £2,160 = £1,440.00, 25% off £1,080.00.
    r = ct.liability(216000, "A", on=Y25, tables=T, residents=1)
    assert (r.band_charged, r.band_amount_annual, r.annual) == ("A", 144000, 108000)


def test_wales_band_i_is_21_ninths():
    # Band D £2,000.00: band I = 21/9 x 2,000 = £4,666.666... = £4,666.67.
    assert ct.band_amount(200000, "I", on=Y25, tables=T, nation="wales") == 466667


def test_scotland_dundee_2025_bands_match_the_council_page():
    # Dundee City Band D 2025-26 £1,605.34 (shipped). Band E = 473/360 x 1,605.34 = £2,109.2384 =
    # £2,109.24; band A = 240/360 x 1,605.34 = £1,070.2267 = £1,070.23; band H = 882/360 x
    # 1,605.34 = £3,933.083 = £3,933.08: the council's page gives £2109.24, £1070.23 and £3933.08.
    d = band_d_annual("Dundee", on=Y25)
    assert d == 160534
    got = [ct.band_amount(d, b, on=Y25, tables=T, nation="scotland") for b in "AEH"]
    assert got == [107023, 210924, 393308]


def test_north_warwickshire_2024_band_a_from_the_area_band_d():
    # Area Band D 2024-25 £2,319.41; band A = 6/9 x 2,319.41 = £1,546.2733 = £1,546.27. The council's
    # own table shows £1,546.28, the sum of each precept's rounded band A amount: a penny apart.
    d = band_d_annual("North Warwickshire Borough Council", on=Y24)
    assert ct.band_amount(d, "A", on=Y24, tables=T) == 154627


def test_north_warwickshire_2024_band_b_single_occupier():
    # 7/9 x £2,319.41 = £1,803.9856 = £1,803.99; 75% = £1,352.9925 = £1,352.99.
    d = band_d_annual("NWBC", on=Y24)
    r = ct.liability(d, "B", on=Y24, tables=T, residents=1)
    assert (r.band_amount_annual, r.annual) == (180399, 135299)


def test_days_in_financial_year():
    # 2025-26 (no 29 February) has 365 days; 2027-28 runs to 31 March 2028, through 29 February 2028: 366.
    assert ct.days_in_financial_year(dt.date(2025, 4, 1)) == 365
    assert ct.days_in_financial_year(dt.date(2028, 3, 31)) == 366
    days = np.array(["2026-03-31", "2027-04-01"], dtype="datetime64[D]")
    assert ct.days_in_financial_year(days).tolist() == [365, 366]


def test_band_letter_errors_name_the_band():
    with pytest.raises(InputError, match="council_tax_band.*'I'"):
        ct.band_amount(216000, "I", on=Y25, tables=T)  # no band I in England
    with pytest.raises(InputError, match="council_tax_band.*'I'.*scotland"):
        ct.band_amount(160534, "I", on=Y25, tables=T, nation="scotland")  # band I is Wales's alone


# -- billing authorities ----------------------------------------------------------------------


def test_authority_names_match_as_brma_names_do_with_suggestions():
    a = default_authorities()
    assert a.authority("Nuneaton & Bedworth Borough Council").code == "E07000219"
    assert a.authority("E08000026").name == "Coventry"
    with pytest.raises(InputError, match="close matches: 'Coventry'"):
        a.authority("Coventy")


def test_authority_without_a_figure_says_so_and_year_outside_says_so():
    with pytest.raises(InputError, match="Coventry is known but the library has 2025-26, 2026-27 only"):
        band_d_annual("Coventry", on=dt.date(2024, 6, 1))
    with pytest.raises(NoRowInForce):  # 2027-28: past the table (not yet set), never held
        band_d_annual("Dundee", on=dt.date(2027, 6, 1))
    e = band_d_entry("Aberdeen", on=Y25)
    assert (e.annual, e.verified, e.year) == (163627, True, "2025-26")


def test_band_d_file_rejects_unknown_key(tmp_path: Path):
    (tmp_path / "england.toml").write_text(
        'id = "council_tax.band_d.england"\nnation = "england"\nlegal_basis = "x"\nfigure = "x"\n'
        '[[years]]\nyear = "2025-26"\npublication = "p"\ncopy_read = "c"\n'
        '[[authority]]\ncode = "E08000026"\nname = "Coventry"\nband_d = { "2025-26" = 2000.00 }\nparish = 1\n')
    with pytest.raises(RuleTableError, match=r"\[\[authority\]\] row 1: authority: unknown key"):
        AuthoritySchedule.load(tmp_path)


# -- England pension-age Council Tax Reduction ----------------------------------------------


def test_pensioner_on_guarantee_credit_gets_the_whole_liability_2025():
    # Class A (para 13: income and capital disregarded): £1,820.00 a year = 1,820 x 7 / 365 = £34.9041 = £34.90.
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, guarantee_credit=True, capital=2_000_000)
    assert (r.kind, r.weekly, r.annual, r.weekly_income) == ("A", 3490, 182000, 0)


def test_single_pensioner_income_300_without_pension_credit_2025():
    # Applicable amount £227.10; excess £300 - 227.10 = £72.90; 20% = £14.58 a week.
    # Week: 34.9041 - 14.58 = £20.3241 = £20.32. Year: 1,820 - 14.58 x 365 / 7 = 1,820 - 760.2429 = £1,059.757 = £1,059.76.
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, weekly_income=30000)
    assert (r.kind, r.excess_income, r.taper_deduction, r.weekly, r.annual) == ("B", 7290, 1458, 2032, 105976)


def test_couple_who_reached_pension_age_before_2021_income_400_2025():
    # Couple, one reached pensionable age before 1 April 2021: £366.00; excess £34.00; 20% = £6.80.
    # Liability £2,000 a year: week 2,000 x 7 / 365 = 38.3562 - 6.80 = £31.5562 = £31.56;
    # year 2,000 - 6.80 x 365 / 7 = 2,000 - 354.5714 = £1,645.43.
    r = ctr.pension_age_reduction(200000, on=Y25, tables=T, couple=True, reached_before_2021=True, weekly_income=40000)
    assert (r.applicable_amount, r.weekly, r.annual) == (36600, 3156, 164543)


def test_non_dependant_in_work_earning_500_2025():
    # £463 <= £500 < £577: £12.80 a week (para 8(2)(c)). On guarantee credit, liability £1,820:
    # week 34.9041 - 12.80 = £22.1041 = £22.10; year 1,820 - 12.80 x 365 / 7 = 1,820 - 667.4286 = £1,152.57.
    nd = ctr.non_dependant_deduction(50000, True, on=Y25, tables=T)
    assert nd == 1280
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, guarantee_credit=True, weekly_non_dependant_deductions=nd)
    assert (r.weekly, r.annual) == (2210, 115257)


def test_non_dependant_not_in_work_and_low_earner_2025():
    # Not in remunerative work: £5.00 (para 8(1)(b)); in work below £266: also £5.00 (para 8(2)(a)).
    assert ctr.non_dependant_deduction(0, False, on=Y25, tables=T) == 500
    assert ctr.non_dependant_deduction(26599, True, on=Y25, tables=T) == 500
    # On guarantee credit, £1,820 a year: 34.9041 - 5.00 = £29.9041 = £29.90.
    assert ctr.pension_age_reduction(182000, on=Y25, tables=T, guarantee_credit=True,
                                     weekly_non_dependant_deductions=500).weekly == 2990


def test_non_dependant_top_rate_2026_and_exempt():
    # 2026-27: £605 or more in work: £15.95 (SI 2026/27 reg 5(3)(a)); exempt (e.g. on Pension Credit): nothing.
    assert ctr.non_dependant_deduction(62000, True, on=Y26, tables=T) == 1595
    assert ctr.non_dependant_deduction(62000, True, True, on=Y26, tables=T) == 0


def test_second_adult_rebate_25_percent_when_main_reduction_is_nil_2025():
    # Income £500: excess £272.90, 20% = £54.58 > the week's £34.90, so class B gives nothing. A second
    # adult on income-based JSA: 25% of the day's tax (Sch 3 (a)): 25% x 34.9041 = £8.726 = £8.73;
    # year 25% x 1,820 = £455.00. Class C is the greater (para 10(6)).
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, weekly_income=50000, second_adult=True,
                                  second_adults_passported=True)
    assert (r.kind, r.weekly, r.annual) == ("C", 873, 45500)


def test_second_adult_rebate_7_5_percent_2025():
    # Second adult's gross income £300: not below £276, below £358: 7.5%: 0.075 x 34.9041 = £2.6178 = £2.62;
    # year 0.075 x 1,820 = £136.50.
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, weekly_income=50000, second_adult=True,
                                  second_adult_gross_weekly_income=30000)
    assert (r.weekly, r.annual) == (262, 13650)


def test_capital_over_16000_excludes():
    # reg 11(2): capital exceeding £16,000 (here £16,000.01): no reduction.
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, capital=1_600_001)
    assert (r.weekly, r.reason, r.kind) == (0, "capital_over_limit", "none")


def test_capital_of_exactly_16000_is_not_over_the_limit_2025():
    # reg 11(2) (read): "Pensioners whose capital exceeds £16,000" are excluded; £16,000.00 does not exceed it.
    # Tariff income (Sch 1 para 37): £1 for each £500 above £10,000: (16,000 - 10,000) / 500 = 12 whole steps, £12.
    # Income £220 + £12 = £232; applicable amount (single, 2025-26) £227.10: excess £4.90; 20% = £0.98 (class B).
    # Week: 1,820 x 7 / 365 = 34.9041 - 0.98 = £33.9241 = £33.92; year 1,820 - 0.98 x 365 / 7 = 1,820 - 51.10
    # = £1,768.90. Mutant killed (sample 8): rules/ctr/england/capital_limit.toml 16000 -> 15999.99.
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, weekly_income=22000, capital=1_600_000)
    assert (r.tariff_income, r.excess_income, r.taper_deduction) == (1200, 490, 98)
    assert (r.kind, r.reason, r.weekly, r.annual) == ("B", None, 3392, 176890)


@pytest.mark.parametrize("scheme", ["scotland_pension", "wales_pension"])
def test_scotland_and_wales_pensioner_capital_of_exactly_16000_is_not_over_the_limit_2025(scheme):
    # Scotland: SSI 2012/319 reg 40, "No person is entitled to council tax reduction if that person's capital
    # exceeds £16,000"; Wales: WSI 2013/3029 reg 30, a person whose capital is more than ("yn fwy nag") £16,000
    # (both read, as the tables cite). £16,000.00: tariff income £1 for each £500 above £10,000, 12 steps, £12.
    # Income £240 + £12 = £252; single applicable amount (2025-26, both schemes) £244.40: excess £7.60;
    # 20% = £1.52.
    # Week: 1,820 x 7 / 365 = 34.9041 - 1.52 = £33.3841 = £33.38; year 1,820 - 1.52 x 365 / 7 = 1,820 - 79.2571
    # = £1,740.74. £16,000.01: over the limit, nothing.
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, scheme=scheme, weekly_income=24000, capital=1_600_000)
    assert (r.tariff_income, r.excess_income, r.taper_deduction) == (1200, 760, 152)
    assert (r.kind, r.reason, r.weekly, r.annual) == ("B", None, 3338, 174074)
    r = ctr.pension_age_reduction(182000, on=Y25, tables=T, scheme=scheme, weekly_income=24000, capital=1_600_001)
    assert (r.weekly, r.annual, r.reason) == (0, 0, "capital_over_limit")


def test_tariff_income_counts_a_part_of_500_as_a_whole_pound():
    # £12,000: 2,000 / 500 = 4 -> £4; £12,100: 4 whole steps and a part -> £5 (Sch 1 para 37).
    assert ctr.tariff_income(1_200_000, on=Y25, tables=T) == 400
    assert ctr.tariff_income(1_210_000, on=Y25, tables=T) == 500
    assert ctr.tariff_income(1_000_000, on=Y25, tables=T) == 0


def test_applicable_amount_with_carer_premium_2026():
    # 2026-27 single £238.00 + carer premium £48.15 = £286.15 (SI 2026/27 reg 6(2)(e), (9)(e)).
    assert ctr.applicable_amount(False, on=Y26, tables=T, carers=1) == 28615


def test_two_child_limit_2024_removed_2025():
    # 2024-25: couple £332.95 + two of three children x £83.24 = £499.43;
    # 2025-26 (limit removed, SI 2025/39 reg 5(2)): £346.60 + 3 x £84.66 = £600.58.
    assert ctr.applicable_amount(True, on=Y24, tables=T, children=3) == 49943
    assert ctr.applicable_amount(True, on=Y25, tables=T, children=3) == 60058
    # A third child who is an exception to the limit counts in 2024-25: £332.95 + 3 x £83.24 = £582.67.
    assert ctr.applicable_amount(True, on=Y24, tables=T, children=3, children_exempt_from_limit=1) == 58267


def test_severe_disability_premium_double_2025():
    # Couple, both qualifying, no one paid to care: £346.60 + £165.80 = £512.40.
    assert ctr.applicable_amount(True, on=Y25, tables=T, severe_disability=2) == 51240


def test_jointly_liable_with_another_person_halves_the_liability():
    # Para 7(3): £1,800 shared with one other (not a partner): A = £900; on guarantee credit:
    # week 900 x 7 / 365 = £17.2603 = £17.26; year £900.00.
    r = ctr.pension_age_reduction(180000, on=Y25, tables=T, guarantee_credit=True, jointly_liable_others=1)
    assert (r.weekly, r.annual) == (1726, 90000)


def test_wales_and_england_pensioner_with_the_same_income_2025():
    # Single, income £260, liability £1,500. Wales: one allowance £244.40: excess 15.60, taper 3.12:
    # 1,500 x 7 / 365 = 28.7671 - 3.12 = £25.6471 = £25.65. England: £227.10: excess 32.90, taper 6.58:
    # 28.7671 - 6.58 = £22.1871 = £22.19.
    wales = ctr.pension_age_reduction(150000, on=Y25, tables=T, scheme="wales_pension", weekly_income=26000)
    england = ctr.pension_age_reduction(150000, on=Y25, tables=T, weekly_income=26000)
    assert (wales.weekly, england.weekly) == (2565, 2219)


def test_wales_family_premium_and_non_dependant_2024():
    # Wales 2024-25: single £235.20 + child £83.24 + family premium £19.15 = £337.59.
    # Non-dependant in work on £500 (£445 to £554): £14.50.
    assert ctr.applicable_amount(False, on=Y24, tables=T, scheme="wales_pension", children=1) == 33759
    assert ctr.non_dependant_deduction(50000, True, on=Y24, tables=T, scheme="wales_pension") == 1450


def test_wales_2026_is_shipped_and_2027_is_not():
    # WSI 2026/13 reg 8(a)(i) (read): single £244.40 -> £256.00 for schemes from 1 April 2026; 2027-28 is not in
    # the library (no instrument yet).
    assert ctr.applicable_amount(False, on=Y26, tables=T, scheme="wales_pension") == 25600
    with pytest.raises(NoRowInForce):
        ctr.applicable_amount(False, on=dt.date(2027, 4, 1), tables=T, scheme="wales_pension")
    # Wales has no second adult rebate (WSI 2013/3029 regs 21-23, Sch 1 para 4: classes A and B only), so a second
    # adult changes nothing: £1,500 a year, income £300 a week, single £244.40: excess £55.60, 20% = £11.12; a week
    # 150,000 x 7 / 365 = 2,876.71p - 1,112 = 1,764.71p -> £17.65; the same with or without the second adult.
    with_, without = (ctr.pension_age_reduction(150000, on=Y25, tables=T, scheme="wales_pension", weekly_income=30000,
                                                second_adult=sa, second_adults_passported=sa) for sa in (True, False))
    assert (with_.weekly, with_.alternative_maximum) == (without.weekly, 0) == (1765, 0)


# -- local schemes ----------------------------------------------------------------------------


def test_coventry_2026_band_1_80_percent():
    # Income-banded on excess income: £300 - £290 applicable amount = £10, below £15: band 1, 80%.
    # Liability £1,500: 80% x 1,500 x 7 / 365 = £23.0137 = £23.01 a week; £1,200.00 a year.
    r = local.local_reduction("Coventry", 150000, on=Y26, weekly_income=30000, weekly_applicable_amount=29000)
    assert (r.status, r.maximum_percent, r.weekly, r.annual) == ("calculated", 800_000, 2301, 120000)


def test_coventry_2026_band_3_40_percent():
    # Excess £50 (£40 to under £70): 40% x 28.7671 = £11.5068 = £11.51; year £600.00.
    r = local.local_reduction("Coventry", 150000, on=Y26, weekly_income=34000, weekly_applicable_amount=29000)
    assert (r.weekly, r.annual) == (1151, 60000)


def test_coventry_2026_with_working_non_dependant():
    # Non-dependant in work on £300 (£279 to under £485): £10.60 (scheme s 58). Band 1:
    # 23.0137 - 10.60 = £12.4137 = £12.41; year 1,200 - 10.60 x 365 / 7 = 1,200 - 552.7143 = £647.29.
    nd = local.non_dependant_deduction("Coventry", 30000, True, on=Y26)
    assert nd == 1060
    r = local.local_reduction("Coventry", 150000, on=Y26, weekly_income=29000, weekly_applicable_amount=29000,
                              weekly_non_dependant_deductions=nd)
    assert (r.weekly, r.annual) == (1241, 64729)


def test_coventry_excess_80_or_more_gets_nothing_and_asks_for_applicable_amount():
    r = local.local_reduction("Coventry", 150000, on=Y26, weekly_income=37000, weekly_applicable_amount=29000)
    assert (r.weekly, r.annual) == (0, 0)
    with pytest.raises(InputError, match="weekly_applicable_amount"):
        local.local_reduction("Coventry", 150000, on=Y26, weekly_income=37000)
    with pytest.raises(InputError, match="not in work"):
        local.non_dependant_deduction("Coventry", 0, False, on=Y26)


@pytest.mark.parametrize("council,on", [("Rugby", Y26), ("Warwick", Y25), ("Stratford-on-Avon", Y26),
                                        ("Nuneaton and Bedworth", Y25), ("North Warwickshire", Y26), ("Coventry", Y25)])
def test_councils_without_a_shipped_scheme_give_check_needed_never_zero(council, on):
    r = local.local_reduction(council, 150000, on=on, weekly_income=0)
    assert r.status == "check_needed" and r.weekly is None and "not in the library" in r.reason


FIXTURE = '''authority = "Warwick District Council"
year = "2025-26"
status = "shipped"
family = "means_tested"
document = "TEST FIXTURE, not Warwick's scheme: a means-tested scheme to exercise the format"
copy_read = "tests/test_council_tax.py"

[maximum]
percent = 85
band_cap = "D"
source = "fixture s 1"

[capital]
limit = 6000
tariff_lower_limit = 0
tariff_step = 250
source = "fixture s 2"

[income]
measure = "net_income"
earnings_disregard = 25.00
source = "fixture s 3"

[taper]
percent = 20
source = "fixture s 4"

[minimum_award]
weekly = 1.00
source = "fixture s 5"

[[non_dependant_deductions]]
in_work = true
weekly = 10.00
source = "fixture s 6"

[[non_dependant_deductions]]
in_work = false
weekly = 0.00
source = "fixture s 6"
'''


def _fixture(tmp_path: Path, text: str = FIXTURE) -> local.LocalSchemes:
    d = tmp_path / "my-council" / "warwick"
    d.mkdir(parents=True)
    (d / "2025-26.toml").write_text(text)
    return local.LocalSchemes.load(overlays=[tmp_path / "my-council"])


def test_overlay_means_tested_scheme_with_band_cap_taper_and_earnings_disregard(tmp_path: Path):
    # Fixture: 85% of the liability capped at band D; 20% taper; £25 earnings disregard; capital £1 a week
    # per £250 (or part); minimum award £1.00. Band E liability £2,640.00, band D £2,160.00: capped at
    # £2,160.00, 85% x 2,160 x 7 / 365 = £35.2110. Income £200 of which earnings £100: £175 after the
    # disregard; capital £1,000: 4 x £1 = £4: £179. Applicable amount £100: excess £79; 20% = £15.80.
    # Week 35.2110 - 15.80 = £19.4110 = £19.41; year 0.85 x 2,160 - 15.80 x 365 / 7 = 1,836 - 823.8571 = £1,012.14.
    s = _fixture(tmp_path)
    r = local.local_reduction("Warwick", 264000, on=Y25, weekly_income=20000, weekly_earnings=10000, capital=100000,
                              weekly_applicable_amount=10000, band_cap_annual_liability=216000, schemes=s)
    assert (r.weekly_income, r.taper_deduction, r.weekly, r.annual) == (17900, 1580, 1941, 101214)
    assert local.non_dependant_deduction("Warwick", 40000, True, on=Y25, schemes=s) == 1000


def test_overlay_minimum_award_and_capital_limit(tmp_path: Path):
    s = _fixture(tmp_path)
    # 85% x 2,160 x 7 / 365 = £35.2110. Income £270: excess £170, taper £34.00: £1.2110 = £1.21, paid.
    # Income £275.50: excess £175.50, taper £35.10: £0.1110 = £0.11, below the £1.00 minimum award: nil.
    base = dict(on=Y25, weekly_applicable_amount=10000, band_cap_annual_liability=216000, schemes=s)
    assert local.local_reduction("Warwick", 216000, weekly_income=27000, **base).weekly == 121
    assert local.local_reduction("Warwick", 216000, weekly_income=27550, **base).annual == 0
    # Capital over £6,000: nothing.
    assert local.local_reduction("Warwick", 216000, weekly_income=0, capital=600001, **base).weekly == 0


def test_overlay_award_of_exactly_the_minimum_is_paid(tmp_path: Path):
    # The fixture's minimum award: no reduction of less than £1.00 a week, so one
    # of exactly £1.00 is paid. Income £271.05: excess £171.05, taper 20% = £34.21;
    # 35.2110 - 34.21 = £1.0010 = £1.00, paid; year 0.85 x 2,160 - 34.21 x 365 / 7
    # = 1,836 - 1,783.8071 = £52.1929 = £52.19. Income £271.10: taper £34.22,
    # £0.9910 = £0.99, below: nil.
    # Mutant killed: ``weekly <= scheme.minimum_award`` (the £1.00 award refused).
    s = _fixture(tmp_path)
    base = dict(on=Y25, weekly_applicable_amount=10000, band_cap_annual_liability=216000, schemes=s)
    r = local.local_reduction("Warwick", 216000, weekly_income=27105, **base)
    assert (r.taper_deduction, r.weekly, r.annual) == (3421, 100, 5219)
    r = local.local_reduction("Warwick", 216000, weekly_income=27110, **base)
    assert (r.weekly, r.annual) == (0, 0)


@pytest.mark.parametrize("bad,match", [
    ("[taper]\npercent = 20\n", "missing `source`"),
    ("colour = \"red\"\n", "unknown key"),
    ("[capital]\nlimit = 6000.001\nsource = \"x\"\n", "2 decimal places"),
])
def test_scheme_files_are_read_strictly(tmp_path: Path, bad: str, match: str):
    text = FIXTURE.replace('[taper]\npercent = 20\nsource = "fixture s 4"\n', "")
    text = text.replace('[capital]\nlimit = 6000\ntariff_lower_limit = 0\ntariff_step = 250\nsource = "fixture s 2"\n', "")
    if bad.startswith("colour"):
        text = bad + text + '[taper]\npercent = 20\nsource = "s"\n'
    else:
        text = text + bad + ('' if bad.startswith("[taper]") else '[taper]\npercent = 20\nsource = "s"\n')
    with pytest.raises(RuleTableError, match=match):
        _fixture(tmp_path, text)


def test_banded_scheme_bands_must_rise(tmp_path: Path):
    text = '''authority = "Warwick"
year = "2025-26"
status = "shipped"
family = "income_banded"
document = "fixture"
copy_read = "fixture"
[[bands]]
below = 100.00
percent = 100
source = "s"
[[bands]]
below = 90.00
percent = 50
source = "s"
'''
    with pytest.raises(RuleTableError, match="must rise"):
        _fixture(tmp_path, text)


# -- properties -------------------------------------------------------------------------------

incomes = st.integers(0, 150_000)
liabilities = st.integers(0, 500_000)
dates = st.sampled_from([Y24, Y25, Y26])


@settings(max_examples=200, deadline=None)
@given(liabilities, incomes, incomes, st.integers(0, 2_000_000), st.booleans(), dates)
def test_more_income_never_raises_pension_age_ctr(liability, income, extra, capital, couple, on):
    a = ctr.pension_age_reduction(liability, on=on, tables=T, weekly_income=income, capital=capital, couple=couple)
    b = ctr.pension_age_reduction(liability, on=on, tables=T, weekly_income=income + extra, capital=capital, couple=couple)
    assert b.weekly <= a.weekly and b.annual <= a.annual
    assert a.weekly <= a.weekly_liability and a.annual <= liability and a.weekly >= 0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(liabilities, incomes, st.integers(0, 2_000_000), st.booleans(), st.booleans(),
                          st.integers(0, 2000), st.booleans()), min_size=1, max_size=8), dates)
def test_pension_age_ctr_scalar_equals_array(rows, on):
    cols = [np.array(c) for c in zip(*rows)]
    arr = ctr.pension_age_reduction(cols[0], on=on, tables=T, weekly_income=cols[1], capital=cols[2], couple=cols[3],
                                    guarantee_credit=cols[4], weekly_non_dependant_deductions=cols[5],
                                    second_adult=cols[6], second_adult_gross_weekly_income=cols[1])
    for i, (li, inc, cap, cp, gc, nd, sa) in enumerate(rows):
        one = ctr.pension_age_reduction(li, on=on, tables=T, weekly_income=inc, capital=cap, couple=cp,
                                        guarantee_credit=gc, weekly_non_dependant_deductions=nd,
                                        second_adult=sa, second_adult_gross_weekly_income=inc)
        assert (one.weekly, one.annual, one.kind) == (arr.weekly[i], arr.annual[i], arr.kind[i])


@settings(max_examples=100, deadline=None)
@given(liabilities, incomes, incomes, st.integers(0, 3000))
def test_more_income_never_raises_coventry_ctr_and_never_above_liability(liability, income, extra, nd):
    kw = dict(on=Y26, weekly_applicable_amount=29000, weekly_non_dependant_deductions=nd)
    a = local.local_reduction("Coventry", liability, weekly_income=income, **kw)
    b = local.local_reduction("Coventry", liability, weekly_income=income + extra, **kw)
    assert 0 <= b.weekly <= a.weekly <= a.weekly_liability and a.annual <= liability


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(liabilities, incomes, st.booleans(), st.integers(0, 4)), min_size=1, max_size=6))
def test_coventry_scalar_equals_array(rows):
    li, inc, cp, kids = (np.array(c) for c in zip(*rows))
    arr = local.local_reduction("Coventry", li, on=Y26, weekly_income=inc, couple=cp, children=kids,
                                weekly_applicable_amount=29000)
    for i, (a, b, c, d) in enumerate(rows):
        one = local.local_reduction("Coventry", a, on=Y26, weekly_income=b, couple=c, children=d,
                                    weekly_applicable_amount=29000)
        assert (one.weekly, one.annual) == (arr.weekly[i], arr.annual[i])


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 500_000), st.sampled_from(list("ABCDEFGH")), st.integers(1, 4), st.integers(0, 4), st.booleans())
def test_liability_scalar_equals_array_and_discounts_never_raise_it(band_d, band, residents, disregarded, reduced):
    disregarded = min(disregarded, residents)
    one = ct.liability(band_d, band, on=Y25, tables=T, residents=residents, disregarded=disregarded,
                       disabled_band_reduction=reduced)
    arr = ct.band_amount(np.array([band_d]), np.array([band]), on=Y25, tables=T,
                         disabled_band_reduction=np.array([reduced]))
    assert arr[0] == one.band_amount_annual
    assert one.annual <= one.band_amount_annual <= ct.band_amount(band_d, band, on=Y25, tables=T)


def test_the_docs_example_scheme_loads_and_works(tmp_path: Path):
    # docs/council-tax.md shows an income-banded scheme file: it must load as written.
    page = (Path(__file__).resolve().parents[1] / "docs" / "council-tax.md").read_text("utf-8")
    text = page.split("```toml\n", 1)[1].split("```", 1)[0]
    d = tmp_path / "my-schemes" / "rugby"
    d.mkdir(parents=True)
    (d / "2026-27.toml").write_text(text)
    s = local.LocalSchemes.load(overlays=[tmp_path / "my-schemes"])
    # Single, income £120 with no earnings: band 2 (under £150): 75% of £1,500 x 7 / 365 = £21.5753 = £21.58.
    r = local.local_reduction("Rugby", 150000, on=Y26, weekly_income=12000, schemes=s)
    assert (r.status, r.weekly, r.annual) == ("calculated", 2158, 112500)


def test_scotland_pensioner_in_dundee_band_c_living_alone_2025():
    # Dundee Band D 2025-26 £1,605.34; band C = 320/360 x 1,605.34 = £1,426.9689 = £1,426.97 (the council's
    # page: £1426.97); 25% off: £1,070.2275 = £1,070.23 a year. SSI 2012/319 (SSI 2025/24): single £244.40;
    # income £300: excess £55.60, 20% = £11.12. Week 1,070.23 x 7 / 365 = 20.52496 - 11.12 = £9.40496 = £9.40;
    # year 1,070.23 - 11.12 x 365 / 7 = 1,070.23 - 579.8286 = £490.4014 = £490.40.
    bill = ct.liability(band_d_annual("Dundee City", on=Y25), "C", on=Y25, tables=T, nation="scotland", residents=1)
    assert (bill.band_amount_annual, bill.annual) == (142697, 107023)
    r = ctr.pension_age_reduction(bill.annual, on=Y25, tables=T, scheme="scotland_pension", weekly_income=30000)
    assert (r.applicable_amount, r.weekly, r.annual) == (24440, 940, 49040)


def test_scotland_child_amount_family_premium_and_non_dependant_2024():
    # 2024-25: couple £352.00 + child £104.05 + family premium £19.15 = £475.20 where the applicant keeps the
    # transitional family premium (SSI 2012/319 reg 20(e), SSI 2016/81 reg 2), £456.05 where not (the default); a
    # non-dependant in work on £500 (£451 to under £558): £13.15 (SSI 2012/319 reg 48(2)(c) as SSI 2025/24 reg 4
    # quotes it).
    assert ctr.applicable_amount(True, on=Y24, tables=T, scheme="scotland_pension", children=1,
                                 transitional_family_premium=True) == 47520
    assert ctr.applicable_amount(True, on=Y24, tables=T, scheme="scotland_pension", children=1) == 45605
    assert ctr.non_dependant_deduction(50000, True, on=Y24, tables=T, scheme="scotland_pension") == 1315


def test_wales_working_age_universal_credit_claimant_2025():
    # UC maximum amount £800.00 a month: applicable amount 800 x 12 / 52 = £184.6154 = £184.62 a week
    # (WSI 2013/3029 Sch 6 para 3). Income £250 (the UC award made weekly and earnings, as the scheme counts
    # them): excess £65.38; 20% = £13.076. Liability £1,500: 1,500 x 7 / 365 = 28.7671 - 13.076 = £15.6911 = £15.69;
    # year 1,500 - 13.076 x 365 / 7 = 1,500 - 681.8200 = £818.18.
    r = ctr.wales_working_age_reduction(150000, on=Y25, tables=T, uc_maximum_amount_monthly=80000,
                                        weekly_income=25000)
    assert (r.applicable_amount, r.excess_income, r.weekly, r.annual) == (18462, 6538, 1569, 81818)


def test_wales_working_age_non_dependant_and_capital_2024():
    # 2024-25: a non-dependant in work on £300 (£256 to under £445): £11.55 (Sch 6 para 5(2)(b)). Passported
    # (income-related ESA): income nil; liability £1,200: 1,200 x 7 / 365 = 23.0137 - 11.55 = £11.4637 = £11.46.
    nd = ctr.non_dependant_deduction(30000, True, on=Y24, tables=T, scheme="wales_working_age")
    assert nd == 1155
    r = ctr.wales_working_age_reduction(120000, on=Y24, tables=T, weekly_applicable_amount=10000, passported=True,
                                        weekly_non_dependant_deductions=nd)
    assert r.weekly == 1146
    # Capital £6,300: £1 a week for each £250 or part above £6,000: 2 steps = £2 (not read: unverified).
    assert ctr.tariff_income(630000, on=Y24, tables=T, scheme="wales_working_age") == 200
    with pytest.raises(InputError, match="not both or neither"):
        ctr.wales_working_age_reduction(120000, on=Y24, tables=T)


def test_wales_working_age_capital_of_exactly_16000_is_not_over_the_limit_2025():
    # A person who is not a pensioner is excluded only where capital EXCEEDS
    # £16,000 (WSI 2013/3029, the class of persons excluded by capital: not
    # readable here, legalize-uk holds no WSI; £16,000 is the Welsh Government's
    # published limit, Age Cymru's "less than £16,000 in savings", and
    # Housing Benefit's SI 2006/213 reg 43, which the scheme follows).
    # Capital £16,000.00: tariff income (16,000 - 6,000) / 250 = 40 steps = £40.00.
    # Income £100 + £40 = £140; applicable amount £100: excess £40; 20% = £8.00.
    # Liability £1,500: 1,500 x 7 / 365 = 28.7671 - 8.00 = £20.7671 = £20.77;
    # year 1,500 - 8.00 x 365 / 7 = 1,500 - 417.1429 = £1,082.86.
    # Capital £16,000.01: over the limit, nothing.
    # Mutants killed: the limit £15,999.99 (the first case gets nothing) and
    # £16,000.01 (the second gets a reduction).
    base = dict(on=Y25, tables=T, weekly_applicable_amount=10000, weekly_income=10000)
    r = ctr.wales_working_age_reduction(150000, capital=1_600_000, **base)
    assert (r.tariff_income, r.excess_income, r.weekly, r.annual, r.reason) == (4000, 4000, 2077, 108286, None)
    r = ctr.wales_working_age_reduction(150000, capital=1_600_001, **base)
    assert (r.weekly, r.annual, r.reason) == (0, 0, "capital_over_limit")


def test_a_single_value_given_as_a_0_d_array_is_a_scalar_call():
    # The engine's functions take scalars (one household) or arrays (a caseload,
    # one row each); a 0-d numpy array (np.asarray(x), or a value taken from a
    # column with arr[i, ...]) holds one value, so it is a scalar call: a Python
    # int back, as for the plain number. £10,500.01: £1 for each £500 or part
    # above £10,000 (SI 2012/2885 Sch 1 para 37): 2 steps, £2.00.
    # Mutant killed (sample 5): ``_numeric.is_array`` counting 0-d arrays as a caseload.
    got = ctr.tariff_income(np.asarray(1_050_001), on=Y25, tables=T)
    assert type(got) is int and got == 200
    r = ctr.pension_age_reduction(np.asarray(182000), on=Y25, tables=T, guarantee_credit=True)
    assert (type(r.weekly), r.kind, r.weekly, r.annual) == (int, "A", 3490, 182000)


def test_second_adult_rebate_thresholds_2025_each_side():
    # SI 2012/2885 Sch 3 para 1, Table (b), as SI 2025/39 reg 7(a) sets it for 2025-26
    # (read by the table's author: £276 and £358): a second adult's gross income less
    # than £276 a week, 15%; not less than £276 but less than £358, 7.5%; £358 or
    # more, nothing (in parts per million of the liability).
    # Mutant killed (sample 5): the upper threshold £357.99 (nothing at £357.99).
    got = [ctr.alternative_maximum_percent(True, x, False, on=Y25, tables=T) for x in (27599, 27600, 35799, 35800)]
    assert got == [150_000, 75_000, 75_000, 0]


def test_a_caseload_band_that_is_not_a_band_is_named_with_its_row_after_a_band_a():
    # Bands are letters A to H in England (LGFA 1992 s 5(2)); in a caseload the error names the
    # first row whose band is not one, with its value. Row 0 is band A (number 0), which is a
    # band: the error is for row 2, "Z", not row 0.
    from entitlements.benefits.council_tax import band_index

    with pytest.raises(InputError) as e:
        band_index(np.array(["A", "b ", "Z", "Q"]))
    assert (e.value.field, e.value.value, e.value.where) == ("council_tax_band", "Z", "row 2")
    assert band_index(np.array(["A", "b ", "h"])).tolist() == [0, 1, 7]
