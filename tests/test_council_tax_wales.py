"""Welsh Band D (rules/council_tax/band_d/wales.toml): the figures that ship, worked to the penny.

Figures quoted, each from the text named (the arithmetic is here, not read from the library's tables):

- Welsh Government table "Council tax levels by billing authority and band" (stats.gov.wales, dataset
  1988b6af-2a9c-43b6-8939-83e6cceb3903, read 2026-12-05): Torfaen 2025-26 A- 1,144.16, A 1,372.99, B 1,601.83,
  C 1,830.66, D 2,059.49, E 2,517.16, F 2,974.82, G 3,432.49, H 4,118.99, I 4,805.49; Torfaen 2024-25 D
  1,951.87; Caerphilly 2024-25 A 1,208.66, D 1,813.00, H 3,626.00.
- Monmouthshire County Council, 2025-26 financial information (read): average Band D 2025-26 £2,277.19 =
  £1,818.26 + £377.31 + £81.62; 2024-25 £2,110.67 = £1,686.70 + £349.52 + £74.45.
- Band proportions in Wales (LGFA 1992 s 5(1A), band I since 2005): A 6/9, B 7/9, C 8/9, D 9/9, E 11/9,
  F 13/9, G 15/9, H 18/9, I 21/9; single person discount 25% (s 11(1)).
- Welsh national scheme, pensioners (WSI 2013/3029 Sch 2 para 1 as amended by WSI 2025/59 reg 6(a)):
  single £244.40 a week for 2025-26; 20% of excess income (Sch 1 para 4(3)).
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, estimate
from entitlements.benefits import council_tax as ct
from entitlements.benefits import council_tax_reduction as ctr
from entitlements.benefits.council_tax_areas import band_d_annual, band_d_entry
from entitlements.errors import InputError, NoRowInForce
from entitlements.household import Housing
from entitlements.tables import default_tables

T = default_tables()
Y24, Y25, Y26 = dt.date(2024, 6, 3), dt.date(2025, 6, 2), dt.date(2026, 6, 1)


def _wales(name: str, on: dt.date, band: str) -> int:
    return ct.band_amount(band_d_annual(name, on=on), band, on=on, tables=T, nation="wales")


def test_torfaen_2025_bands_from_the_official_band_d_and_where_the_tables_averages_differ():
    # Band D £2,059.49 (the table's row). To the nearest penny: A 6/9 = 1,372.9933 -> £1,372.99; B 7/9 =
    # 1,601.8256 -> £1,601.83; C 8/9 = 1,830.6578 -> £1,830.66; E 11/9 = 2,517.1544 -> £2,517.15; F 13/9 =
    # 2,974.8189 -> £2,974.82; G 15/9 = 3,432.4833 -> £3,432.48; H 18/9 = £4,118.98; I 21/9 = 4,805.4767 ->
    # £4,805.48. The table shows E 2,517.16, G 3,432.49, H 4,118.99 and I 4,805.49: a penny more, because its
    # band rows are averages over the community council areas (each area's bill is D x the proportion of that
    # area's own Band D), not the average Band D x the proportion. A bill is the area's: give its Band D.
    got = [_wales("Torfaen", Y25, b) for b in "ABCDEFGHI"]
    assert got == [137299, 160183, 183066, 205949, 251715, 297482, 343248, 411898, 480548]
    table = [137299, 160183, 183066, 205949, 251716, 297482, 343249, 411899, 480549]
    assert [t - g for t, g in zip(table, got)] == [0, 0, 0, 0, 1, 0, 1, 1, 1]
    assert band_d_annual("Torfaen", on=Y24) == 195187


def test_caerphilly_2024_band_a_and_h_from_band_d():
    # £1,813.00: A 6/9 = 1,208.6667 -> £1,208.67 (the table's average: £1,208.66); H 18/9 = £3,626.00 (table: the same).
    assert (_wales("Caerphilly", Y24, "A"), _wales("W06000018", Y24, "H")) == (120867, 362600)


def test_monmouthshire_average_band_d_is_the_published_parts_added_up():
    # 2025-26: 1,818.26 + 377.31 + 81.62 = 2,277.19; 2024-25: 1,686.70 + 349.52 + 74.45 = 2,110.67.
    assert band_d_annual("Monmouthshire", on=Y25) == 181826 + 37731 + 8162 == 227719
    assert band_d_annual("Monmouthshire", on=Y24) == 168670 + 34952 + 7445 == 211067


def test_council_averages_agree_with_the_official_tables_band_i_rows():
    # Band I is 21/9 of Band D (LGFA 1992 s 5(1A)). Monmouthshire 2025-26: 21/9 x 2,277.19 = 5,313.4433 -> £5,313.44,
    # the table's row. 2024-25: 21/9 x 2,110.67 = 4,924.8967 -> £4,924.90, table £4,924.89; Ceredigion 2024-25:
    # 21/9 x 2,103.89 = 4,909.0767 -> £4,909.08, table £4,909.07: within the penny the table's averaging allows
    # (a Band D a penny off would be 2.33p off in band I). So these cells carry a check and are verified.
    assert _wales("Monmouthshire", Y25, "I") == 531344
    assert (_wales("Monmouthshire", Y24, "I"), _wales("Ceredigion", Y24, "I")) == (492490, 490908)
    for name, on in (("Monmouthshire", Y24), ("Monmouthshire", Y25), ("Ceredigion", Y24)):
        e = band_d_entry(name, on=on)
        assert e.verified and len(e.checks) == 1 and "I' GBP" in e.checks[0].against


def test_welsh_cells_read_from_the_table_itself_have_no_second_source_so_are_not_marked_verified():
    e = band_d_entry("Torfaen", on=Y25)
    assert (e.nation, e.annual, e.verified, e.checks) == ("wales", 205949, False, ())
    assert "stats.gov.wales" in e.copy_read and "Council Tax levels: April 2025 to March 2026" in e.publication
    assert band_d_entry("Ceredigion", on=Y24).annual == 210389


def test_torfaen_2025_pensioner_band_b_living_alone_with_the_welsh_scheme():
    # Band B £1,601.83 (above); living alone, 25% off: 1,601.83 x 0.75 = 1,201.3725 -> £1,201.37; a week
    # 1,201.37 x 7/365 = £23.0399 -> £23.04. Pension age, Wales 2025-26: single £244.40; income £300: excess
    # £55.60, 20% = £11.12. Reduction a week 23.0399 - 11.12 = 11.9199 -> £11.92; a year 1,201.37 - 11.12 x 365/7
    # = 1,201.37 - 579.8286 = 621.5414 -> £621.54.
    bill = ct.liability(band_d_annual("Torfaen", on=Y25), "B", on=Y25, tables=T, nation="wales", residents=1)
    assert (bill.band_amount_annual, bill.annual, bill.weekly) == (160183, 120137, 2304)
    r = ctr.pension_age_reduction(bill.annual, on=Y25, tables=T, scheme="wales_pension", weekly_income=30000)
    assert (r.applicable_amount, r.weekly, r.annual) == (24440, 1192, 62154)


def test_torfaen_2025_pensioner_on_guarantee_credit_pays_nothing_through_estimate():
    h = Household(adults=(Adult(age=70, state_pension_weekly=12000),), nation="wales",
                  housing=Housing(tenure="owner_occupier", council_tax_band="D"), local_authority="Torfaen")
    e = estimate(h, on=dt.date(2025, 5, 1))
    c = e.benefits.council_tax
    # Band D £2,059.49; living alone: 2,059.49 x 0.75 = 1,544.6175 -> £1,544.62; guarantee credit: all of it
    # (WSI 2013/3029 Sch 1 para 2, class A).
    assert (c.band_amount_annual, c.annual_liability, c.reduction_annual, c.to_pay_annual) == (205949, 154462, 154462, 0)
    assert e.benefits.pension_credit.guarantee_credit > 0


def test_a_welsh_council_or_year_not_shipped_asks_for_the_bill():
    with pytest.raises(InputError, match="pass the Band D or band amount from the council tax bill"):
        band_d_annual("Cardiff", on=dt.date(2024, 6, 1))  # 2025-26 and 2026-27 ship; 2024-25 does not
    for name, on in (("Caerphilly", dt.date(2027, 6, 1)), ("Torfaen", dt.date(2027, 4, 1))):  # past the table
        with pytest.raises(NoRowInForce, match="wales.toml"):
            band_d_annual(name, on=on)


def test_torfaen_2025_pensioner_with_a_second_adult_gets_the_ordinary_reduction_wales_has_no_second_adult_rebate():
    # WSI 2013/3029 (read in legalize-dev/legalize-uk, uk-wls/wsi-2013-3029.md): regs 21-23 prescribe only classes A
    # and B for pensioners and Sch 1 para 4 gives only their amounts: no alternative maximum (second adult rebate).
    # Until 2026-12-06 this household was "check needed" because 25% of the council tax (£7.68) is more than the
    # reduction; now the reduction is worked out.
    # Band B £1,601.83; two adults, no discount; a week 160,183 x 7 / 365 = 3,072.0027p -> £30.72. The non-dependant
    # is on Pension Credit: no deduction (Sch 1 para 3(8)(a)). State pension £380 a week: above Pension Credit's
    # guarantee (£227.10), so no guarantee credit. Income tax on it disregarded (WSI 2013/3029 Sch 1 para 11(13),
    # 2025-26): 52 x £380 = £19,760 - £12,570 = £7,190 x 20% = £1,438.00, / 52 = £27.65; income £352.35.
    # Applicable amount single £244.40 (WSI 2025/59 reg 6(a)(i)); excess £107.95, 20% (reg 23(f)(ii)) = £21.59.
    # Week 3,072.0027 - 2,159 = 913.0027p -> £9.13. Year 160,183 - 2,159 x 365 / 7 (= 112,576.43) = 47,606.57p ->
    # £476.07.
    from entitlements.household import NonDependant
    h = Household(adults=(Adult(age=70, state_pension_weekly=38000),), nation="wales", local_authority="Torfaen",
                  housing=Housing(tenure="owner_occupier", council_tax_band="B",
                                  non_dependants=(NonDependant(age=72, hb_ctr_exemption="pension_credit"),)))
    e = estimate(h, on=dt.date(2025, 5, 1))
    c = e.benefits.council_tax
    assert e.benefits.pension_credit.guarantee_credit == 0
    assert (c.annual_liability, c.weekly_liability, c.ctr_status) == (160183, 3072, 1)
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_taper_deduction, c.ctr_alternative_maximum) == (24440, 35235, 2159, 0)
    assert (c.reduction_weekly, c.reduction_annual) == (913, 47607)


def test_torfaen_2025_band_i_with_the_disabled_band_reduction_is_charged_as_band_h():
    # SI 1992/554 reg 4 (legalize-dev/legalize-uk uk/uksi-1992-554.md, as made, read 2026-12-07): reg 4(1) "alternative
    # valuation band" means "the valuation band which appears in the Table in section 5(2) of the Act or, as the case
    # may be, section 5(3) of the Act immediately above the valuation band which is the relevant valuation band"; reg
    # 4(2)-(3): the amount charged is A (the amount set for that band) / B (the days in the year) a day; reg 4(4)-(5):
    # a discount then applies to it. The Table of s 5(3) for Wales from 1 April 2005 (WSI 2003/3046 art 2(3),
    # uk-wls/wsi-2003-3046.md, read 2026-12-07) runs A to I, H immediately above I, and art 2(2) gives the proportion
    # "6: 7: 8: 9: 11: 13: 15: 18: 21". So a band I dwelling that qualifies is charged band H's amount.
    # Torfaen 2025-26 Band D £2,059.49: band H 18/9 = £4,118.98 (not band I's 21/9 = 4,805.4767 -> £4,805.48, £686.50
    # more); one adult, 25% off (s 11(1); reg 4(5)): 4,118.98 x 0.75 = 3,089.235 -> £3,089.24 a year; a week 3,089.24
    # x 7 / 365 = 59.2457 -> £59.25.
    r = ct.liability(band_d_annual("Torfaen", on=Y25), "I", on=Y25, tables=T, nation="wales", residents=1,
                     disabled_band_reduction=True)
    assert (r.band_charged, r.band_amount_annual, r.annual, r.weekly) == ("H", 411898, 308924, 5925)
    assert _wales("Torfaen", Y25, "I") - r.band_amount_annual == 68650
    assert "SI 1992/554 reg 4(1) (band H, the band above I in LGFA 1992 s 5(3)'s table for Wales: WSI 2003/3046 art " \
           "2(3))" in r.sources
    # The working sheet says the band charged and cites the same.
    h = Household(adults=Adult(age=70, state_pension_weekly=23000),
                  housing=Housing(tenure="owner_occupier", council_tax_band="I", disabled_band_reduction=True),
                  local_authority="Torfaen", nation="wales")
    sheet = estimate(h, on=Y25).council_tax
    (line,) = [ln for ln in sheet.lines if ln.label.startswith("Amount charged")]
    assert (line.label, line.amount) == ("Amount charged (band I charged as band H, a year)", 411898)
    assert "WSI 2003/3046 art 2(3)" in line.citation and "SI 1992/554 reg 4(1)" in line.citation
