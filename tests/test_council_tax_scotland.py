"""Scottish Band D cells checked on 2026-12-06 (rules/council_tax/band_d/scotland.toml), worked to the penny.

Figures quoted, each from the page named (the arithmetic is here, not read from the library's tables). Council
tax only, water and waste water excluded; every page read 2026-12-06:

- Dumfries and Galloway 2025-26 (dumgal.gov.uk, 'Check your Council Tax band and charges', council tax with no
  water): disabled £808.32, A £969.99, B £1,131.65, C £1,293.32, D £1,454.98, E £1,911.68, F £2,364.34,
  G £2,849.34, H £3,564.70; 2024-25 (dumgal.gov.uk article 15261): D £1,334.85.
- Scottish Borders 2024-25 (scotborders.gov.uk, Council Tax Charges and Bands): A £904.07, B £1,054.75,
  C £1,205.43, D £1,356.11, E £1,781.78, F £2,203.68, G £2,655.72, H £3,322.47; 2025-26 (its FAQ page):
  'the charge for a Band D property will be £1,491.72'.
- East Ayrshire 2024-25 (east-ayrshire.gov.uk, Bands and charges 2024-25): A £991.63, B £1,156.90, C £1,322.17,
  D £1,487.44, E £1,954.33, F £2,417.09, G £2,912.90, H £3,644.23; 2025-26 (Budget information): D £1,606.44.
- Midlothian 2025-26 (midlothian.gov.uk, How the Council budget is allocated): A £1,110.80, B £1,295.93,
  C £1,481.07, D £1,666.20, E £2,189.21, F £2,707.58, G £3,262.99, H £4,082.20; 2024-25: D £1,514.73.
- North Ayrshire 2025-26, the council's published notice of the amounts set ('North Ayrshire, Council Tax
  Charges For 2025/26', citing 'paragraph 96(1)' of LGFA 1992; publicnoticeportal.uk): A 1,035.84, B 1,208.48, C 1,381.12,
  D 1,553.77, E 2,041.48, G 3,042.79, H 3,806.73 (its F row reads 2,529.18, a misprint: see below).
- Stirling 2025-26: BBC News '... an annual bill of £1,611.87, up from £1,481.50'; The Courier (27 February 2025)
  prints 'Band D – £1,611.78' with A £1,074.59 and H £3,949.09 (see the Stirling test).
- Scottish proportions since 2017-18 (LGFA 1992 s 74(1) as substituted by SSI 2016/368): A 240, B 280, C 320,
  D 360, E 473, F 585, G 705, H 882, each /360; the disabled reduction for band A is 200/360 (s 80 and SSI
  1992/1335 reg 4 as amended). A day's liability is the year's over 365 days (s 79); a week is seven days.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, estimate
from entitlements.benefits import council_tax as ct
from entitlements.benefits.council_tax_areas import band_d_annual, band_d_entry
from entitlements.errors import InputError
from entitlements.household import Housing
from entitlements.tables import default_tables

T = default_tables()
Y24, Y25 = dt.date(2024, 6, 3), dt.date(2025, 6, 2)


def _bands(name: str, on: dt.date) -> list[int]:
    return [ct.band_amount(band_d_annual(name, on=on), b, on=on, tables=T, nation="scotland") for b in "ABCDEFGH"]


def test_dumfries_and_galloway_2025_every_band_and_the_disabled_reduction_match_the_councils_table():
    # £1,454.98 x 240/360 = 969.9867 -> £969.99; x 280/360 = 1,131.6511 -> £1,131.65; x 320/360 = 1,293.3156 ->
    # £1,293.32; x 473/360 = 1,911.6820 -> £1,911.68; x 585/360 = 2,364.3425 -> £2,364.34; x 705/360 = 2,849.3358
    # -> £2,849.34; x 882/360 = 3,564.7010 -> £3,564.70: all the council's figures to the penny. (Its 'disabled'
    # row, £808.32, is the band A reduction: D x 5/9 (SI 1992/1335 reg 4(1C), inserted by SI 1999/756 reg 3) =
    # 1,454.98 x 5/9 = 808.3222 -> £808.32, the council's figure.)
    assert _bands("Dumfries & Galloway Council", Y25) == [96999, 113165, 129332, 145498, 191168, 236434, 284934, 356470]
    r = ct.liability(band_d_annual("Dumfries and Galloway", on=Y25), "A", on=Y25, tables=T, nation="scotland",
                     disabled_band_reduction=True)
    assert r.band_amount_annual == 80832
    # With a single person discount, 25% off the reduced amount: 808.3222 x 0.75 = 606.2417 -> £606.24.
    r = ct.liability(band_d_annual("Dumfries and Galloway", on=Y25), "A", on=Y25, tables=T, nation="scotland",
                     disabled_band_reduction=True, residents=1)
    assert r.annual == 60624
    # Band B with the reduction is charged band A: £969.99; worked back from the bill's band A charge the Band D
    # is 969.99 x 360/240 = £1,454.985 -> £1,454.99 and the reduced charge 969.99 x 200/240 = 808.325 -> £808.33
    # (the bill's own figure, rounded once more).
    assert ct.band_amount(145498, "B", on=Y25, tables=T, nation="scotland", disabled_band_reduction=True) == 96999
    assert ct.from_band_charge(96999, "A", on=Y25, tables=T, nation="scotland",
                               disabled_band_reduction=True) == (145499, 80833)
    assert band_d_annual("S12000006", on=Y24) == 133485


def test_scottish_borders_2024_every_band_matches_and_2025_is_the_faqs_figure():
    # £1,356.11 x 240/360 = 904.0733 -> £904.07; x 280/360 = 1,054.7522 -> £1,054.75; x 320/360 = 1,205.4311 ->
    # £1,205.43; x 473/360 = 1,781.7779 -> £1,781.78; x 585/360 = 2,203.6788 -> £2,203.68; x 705/360 =
    # 2,655.7154 -> £2,655.72; x 882/360 = 3,322.4695 -> £3,322.47: the council's table.
    assert _bands("Scottish Borders Council", Y24) == [90407, 105475, 120543, 135611, 178178, 220368, 265572, 332247]
    assert band_d_annual("Borders", on=Y25) == 149172


def test_east_ayrshire_2024_every_band_matches():
    # £1,487.44 x 240/360 = 991.6267 -> £991.63; x 280/360 = 1,156.8978 -> £1,156.90; x 320/360 = 1,322.1689 ->
    # £1,322.17; x 473/360 = 1,954.3254 -> £1,954.33; x 585/360 = 2,417.09 exactly; x 705/360 = 1,048,645.2 / 360 =
    # 2,912.9033 -> £2,912.90; x 882/360 = 3,644.228 -> £3,644.23: the council's table.
    assert _bands("East Ayrshire", Y24) == [99163, 115690, 132217, 148744, 195433, 241709, 291290, 364423]
    assert band_d_annual("East Ayrshire Council", on=Y25) == 160644


def test_midlothian_2025_three_bands_a_penny_below_the_councils_table():
    # £1,666.20 to the nearest penny (the library's rule, docs/council-tax.md): A 240/360 = £1,110.80 exactly;
    # B 1,295.9333 -> £1,295.93; C 1,481.0667 -> £1,481.07; E 473/360 = 788,112.6 / 360 = 2,189.2017 -> £2,189.20;
    # F 585/360 = 2,707.575 -> £2,707.58; G 705/360 = 1,174,671 / 360 = 3,262.975 -> £3,262.98; H 882/360 =
    # £4,082.19 exactly. The council's table shows E £2,189.21, G £3,262.99 and H £4,082.20: a penny more, as if
    # worked from Band D before rounding (the council tax requirement over the tax base). The bill is right for
    # the household: give its figure where it differs.
    got = _bands("Midlothian Council", Y25)
    assert got == [111080, 129593, 148107, 166620, 218920, 270758, 326298, 408219]
    council = [111080, 129593, 148107, 166620, 218921, 270758, 326299, 408220]
    assert [c - g for c, g in zip(council, got)] == [0, 0, 0, 0, 1, 0, 1, 1]
    assert band_d_annual("Midlothian", on=Y24) == 151473


def test_north_ayrshire_2025_notice_cuts_down_to_the_penny_and_misprints_band_f():
    # £1,553.77: A 240/360 = 1,035.8467 -> £1,035.85 (notice 1,035.84); B 280/360 = 1,208.4878 -> £1,208.49
    # (1,208.48); C 320/360 = 1,381.1289 -> £1,381.13 (1,381.12); E 473/360 = 2,041.4811 -> £2,041.48 (the same);
    # F 585/360 = 2,524.8763 -> £2,524.88 (the notice's 2,529.18 matches no proportion: 2,529.18 / 1,553.77 x 360 =
    # 586.0, a misprint); G 705/360 = 3,042.7996 -> £3,042.80 (3,042.79); H 882/360 = 3,806.7365 -> £3,806.74
    # (3,806.73). The notice cuts down to the penny where the library rounds to the nearest.
    assert _bands("North Ayrshire", Y25) == [103585, 120849, 138113, 155377, 204148, 252488, 304280, 380674]


def test_stirling_2025_ships_the_corrected_figure_through_a_household():
    # Stirling 2025-26: £1,611.87, not the transcription's £1,611.78 (the Courier's other bands: A £1,074.59 x
    # 360/240 = 1,611.885; H £3,949.09 x 360/882 = 1,611.87; the 8.8% rise: 1,481.50 x 1.088 = 1,611.872).
    # A couple of working age in band C: 320/360 x 1,611.87 = 1,432.7733 -> £1,432.77 a year, no discount (two
    # adults); a week 1,432.77 x 7/365 = 27.4777 -> £27.48.
    h = Household(adults=(Adult(age=40), Adult(age=38)), nation="scotland",
                  housing=Housing(tenure="owner_occupier", council_tax_band="C"), local_authority="Stirling Council")
    c = estimate(h, on=Y25).benefits.council_tax
    assert (c.band_d_annual, c.band_amount_annual, c.annual_liability, c.weekly_liability) == (161187, 143277, 143277, 2748)
    e = band_d_entry("Stirling", on=Y25)
    assert (e.annual, e.verified) == (161187, False)
    assert band_d_annual("Stirling", on=Y24) == 148150


def test_dumfries_and_galloway_2024_band_b_living_alone_through_a_household():
    # 2024-25 £1,334.85 (the council's page). Band B: 280/360 x 1,334.85 = 1,038.2167 -> £1,038.22 (the council's
    # table: £1,038.22); living alone, 25% off: 1,038.22 x 0.75 = 778.665 -> £778.67 (to the nearest penny, half
    # up); a week 778.67 x 7/365 = 14.9334 -> £14.93.
    h = Household(adults=(Adult(age=45),), nation="scotland",
                  housing=Housing(tenure="owner_occupier", council_tax_band="B"), local_authority="Dumfries and Galloway")
    c = estimate(h, on=Y24).benefits.council_tax
    assert (c.band_amount_annual, c.annual_liability, c.weekly_liability) == (103822, 77867, 1493)


@pytest.mark.parametrize("name,year", [
    ("Aberdeenshire", Y24), ("Dumfries and Galloway", Y24), ("Dumfries and Galloway", Y25), ("East Ayrshire", Y24),
    ("East Ayrshire", Y25), ("East Dunbartonshire", Y24), ("East Dunbartonshire", Y25), ("Midlothian", Y24),
    ("Midlothian", Y25), ("North Ayrshire", Y24), ("North Ayrshire", Y25), ("Perth and Kinross", Y24),
    ("Scottish Borders", Y24), ("Scottish Borders", Y25), ("Shetland Islands", Y24), ("Western Isles", Y25),
    ("Edinburgh", Y24),
])
def test_the_cells_checked_on_a_council_page_are_verified_and_name_it(name, year):
    e = band_d_entry(name, on=year)
    assert e.verified and len(e.checks) == 1 and "read 2026-12-06" in e.checks[0].against


@pytest.mark.parametrize("name,year", [("Angus", Y25), ("Clackmannanshire", Y24), ("West Lothian", Y25),
                                       ("Orkney", Y25), ("Aberdeenshire", Y25), ("Glasgow City", Y25),
                                       ("Edinburgh", Y25), ("Argyll and Bute", Y25)])
def test_cells_agreeing_only_with_a_newspaper_or_not_compared_stay_unverified(name, year):
    assert band_d_entry(name, on=year).verified is False


def test_a_scottish_pensioner_in_band_a_with_the_disabled_band_reduction_through_estimate():
    # Dumfries and Galloway 2025-26, band A, a room needed by a disabled resident, living alone: D x 5/9
    # (SI 1992/1335 reg 4(1C), inserted by SI 1999/756) = 1,454.98 x 5/9 = 808.3222 -> £808.32; the single person
    # discount, 25%: 808.3222 x 0.75 = 606.2417 -> £606.24 a year; a week 606.24 x 7 / 365 = 11.6265 -> £11.63.
    # State Pension £300.00 a week, no Pension Credit, less the income tax on it (SSI 2012/319 reg 31(12); a
    # Scottish taxpayer, 2025-26): 52 x £300 = £15,600 - £12,570 = £3,030: 19% x £2,827 = £537.13 + 20% x £203 =
    # £40.60: £577.73 a year, / 52 = £11.11; £288.89. Excess over the applicable amount £244.40 (SSI 2012/319
    # Sch 1 para 2 as amended by SSI 2025/24) = £44.49; 20% of it = £8.898; reduction 11.6265 - 8.898 = £2.73.
    h = Household(nation="scotland", local_authority="Dumfries and Galloway", adults=Adult(age=70, state_pension_weekly=30000),
                  housing=Housing(tenure="owner_occupier", council_tax_band="A", disabled_band_reduction=True))
    lines = {x.label: x.amount for x in estimate(h, on=Y25).council_tax.lines}
    assert lines["Amount charged (band A charged five ninths of Band D, a year)"] == 80832
    assert lines["Council tax for the year"] == 60624
    assert lines["Council tax a week (x 7 / days in the year)"] == 1163
    assert lines["Excess income"] == 4449
    assert lines["Council Tax Reduction"] == 273
