"""What a GP-practice adviser types, read as meant or refused with what to give
(QA pass qa-adv9, 2026-12-08).

- A Welsh council by its Welsh name: 'Abertawe' is Swansea, 'Caerdydd' Cardiff, 'Cyngor Sir a Dinas Abertawe' the
  City and County of Swansea Council; an accent does not matter ('Ynys Môn' = 'Ynys Mon').
- A band as written on a bill: 'Band C', 'band-c' and 'c' are band C.
- A non-dependant's income given a month (`income=1800/month`) is refused with the weekly figure to give, never
  read as weekly; a thousands comma (`income=£1,800`), which splits the option, is named as the cause.

Figures, worked here (not read from the library's tables):

- Swansea, Band D 2026-27 £2,238.29 (Welsh Government, Council Tax levels April 2026 to March 2027, as
  rules/council_tax/band_d/wales.toml ships it); Band C = 8/9 of D (LGFA 1992 s 5(1A)): 2,238.29 x 8 / 9 =
  1,989.5911 -> £1,989.59 a year; a week x 7 / 365 = 38.1565 -> £38.16.
- £1,800 a month gross is 1,800 x 12 / 52 = 415.3846 -> £415.38 a week. Housing Benefit non-dependant deduction
  2026-27 (SI 2006/214 reg 55(2)(d) as the Social Security Benefits Up-rating Order 2026, SI 2026/148 art 24(3),
  sets it): income from £365.00 to £484.99 a week, £105.20. Welsh pensioners' Council Tax Reduction (WSI 2013/3029
  Sch 1 para 3(2)(b) as WSI 2026/13 reg 7(b)(ii) amends it): from £279.00 to £484.99, £13.35. Rent £110.00 a week
  less £105.20 = £4.80 Housing Benefit (guarantee credit passport, SI 2006/214 reg 26); Council Tax Reduction
  £38.16 - £13.35 = £24.81 a week.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits.council_tax_areas import authority, band_d_annual
from entitlements.cli import main

ON = dt.date(2026, 6, 1)


@pytest.mark.parametrize("typed, official", [
    ("Abertawe", "Swansea"),
    ("Cyngor Sir a Dinas Abertawe", "Swansea"),
    ("Caerdydd", "Cardiff"),
    ("Cyngor Caerdydd", "Cardiff"),
    ("Bro Morgannwg", "Vale of Glamorgan"),
    ("Castell-nedd Port Talbot", "Neath Port Talbot"),
    ("Pen-y-bont ar Ogwr", "Bridgend"),
    ("Casnewydd", "Newport"),
    ("Cyngor Sir Powys", "Powys"),
    ("Sir Gâr", "Carmarthenshire"),
    ("Ynys Môn", "Isle of Anglesey"),
    ("Merthyr Tudful", "Merthyr Tydfil"),
    ("Wrecsam", "Wrexham"),
])
def test_a_welsh_council_by_its_welsh_name(typed, official):
    assert authority(typed).name == official


def test_abertawe_band_d_is_swanseas():
    assert band_d_annual("Abertawe", on=ON) == band_d_annual("Swansea", on=ON) == 223829


def _out(capsys, *argv):
    code = main(["estimate", *argv])
    cap = capsys.readouterr()
    return code, " ".join(cap.out.split()), " ".join(cap.err.split())


SWANSEA_COUPLE = ("--age", "70", "--partner-age", "70", "--state-pension", "140", "--partner-state-pension", "140",
                  "--social", "--rent", "110/week", "--nation", "wales", "--on", "2026-12-08")


@pytest.mark.parametrize("band", ["Band C", "band-c", " c ", "BAND C"])
def test_band_as_written_on_the_bill(capsys, band):
    code, out, err = _out(capsys, *SWANSEA_COUPLE, "--council", "Abertawe", "--council-tax-band", band,
                          "--non-dependant", "25,work,income=415.38/week")
    assert code == 0, err
    assert "Band C amount (band C, a year) £1,989.59" in out
    assert "Council tax a week (x 7 / days in the year) £38.16" in out
    # the non-dependant's £415.38 a week: HB £105.20 (rent £110.00 -> £4.80), CTR £13.35 (£38.16 -> £24.81)
    assert "Non-dependant deductions £105.20" in out and "= Maximum Housing Benefit £4.80" in out
    assert "Non-dependant deductions £13.35" in out and "= Council Tax Reduction £24.81" in out


def test_a_band_not_a_to_i_is_still_refused(capsys):
    with pytest.raises(SystemExit):
        main(["estimate", *SWANSEA_COUPLE, "--council", "Swansea", "--council-tax-band", "Band Z"])
    err = " ".join(capsys.readouterr().err.split())
    assert "--council-tax-band" in err and "'BAND Z' is not allowed" in err and "'I'" in err


def test_a_band_in_a_household_file(tmp_path, capsys):
    f = tmp_path / "h.toml"
    f.write_text('on = 2026-12-08\nnation = "wales"\nlocal_authority = "Abertawe"\n[[adults]]\nage = 70\nstate_pension_weekly = 140\n'
                 '[housing]\ntenure = "owner_occupier"\ncouncil_tax_band = "Band C"\n',
                 encoding="utf-8")
    code, out, err = _out(capsys, str(f))
    assert code == 0, err
    assert "Band C amount (band C, a year) £1,989.59" in out


def test_non_dependant_income_a_month_is_refused_with_the_weekly_figure(capsys):
    with pytest.raises(SystemExit):
        main(["estimate", *SWANSEA_COUPLE, "--non-dependant", "25,work,income=1800/month"])
    err = " ".join(capsys.readouterr().err.split())
    assert "income: '1800/month' is not allowed" in err and "gross income a week" in err
    assert "415.38: 1800 x 12 / 52" in err


def test_non_dependant_income_with_a_thousands_comma_names_the_comma(capsys):
    with pytest.raises(SystemExit):
        main(["estimate", *SWANSEA_COUPLE, "--non-dependant", "25,work,income=£1,800"])
    err = " ".join(capsys.readouterr().err.split())
    assert "a comma inside an amount splits the options" in err and "income=1800" in err


def test_carers_allowance_paid_brings_the_carer_element(capsys):
    """A carer of 42 in Warwick, paid Carer's Allowance £86.45 a week (SI 2026/148 Sch 1 Part III para 4), net
    earnings £780.00 a month (£180 a week, under the £204 earnings limit), private rent £900.00 a month against the
    Warwickshire South 1-bedroom LHA £700.00. Carer's Allowance paid means its conditions are met, so she has
    regular and substantial caring responsibilities (SI 2013/376 reg 30(1)) and the carer element (reg 29), with or
    without --carer; the element was missing (£209.34 a month) where only --carers-allowance was given.

    424.90 standard allowance + 209.34 carer element + 700.00 housing = 1,334.24; less Carer's Allowance
    86.45 x 52 / 12 = 374.6166 -> 374.62 (reg 73(1)) and 55% x 780.00 = 429.00 (no work allowance: no child, no
    LCW, reg 22(1)(b)) = £530.62."""
    common = ("--age", "42", "--earnings", "780/month", "--private", "--rent", "900/month",
              "--brma", "Warwickshire South", "--on", "2026-12-08")
    for extra in (("--carers-allowance", "86.45/week"), ("--carer", "--carers-allowance", "86.45/week"),
                  ("--claims-carers-allowance",)):
        code, out, err = _out(capsys, *common, *extra)
        assert code == 0, err
        assert "+ Carer element £209.34" in out, extra
        assert "- Carer's Allowance: £86.45 a week x 52 / 12 £374.62" in out
        assert "= Universal Credit £530.62" in out, extra


def test_rent_given_for_an_owner_is_said_to_be_unused(capsys):
    """An owner-occupier pays no rent: rent typed with --owner changed nothing and was dropped unsaid. It is still
    not used (a caseload may carry a rent column for every row), but the estimate now says so."""
    code, out, err = _out(capsys, "--age", "42", "--owner", "--rent", "500/month", "--on", "2026-12-08")
    assert code == 0, err
    assert "Caveat: Rent of £500.00 a month is given for an owner-occupier and not used" in out
    code, out, err = _out(capsys, "--age", "42", "--owner", "--on", "2026-12-08")
    assert "Rent of" not in out


def _check(capsys, *argv):
    code = main(["check", *argv])
    cap = capsys.readouterr()
    return code, " ".join(cap.out.split()), " ".join(cap.err.split())


NUNEATON_FIVE = ("--age", "35", "--partner-age", "34", "--child", "2024-06-01:boy", "--child", "2020-05-01:girl",
                 "--child", "2017-03-01:girl", "--social", "--rent", "125/week", "--bedrooms", "4",
                 "--council", "Nuneaton & Bedworth Borough Council", "--council-tax-band", "Band B",
                 "--on", "2026-12-08")


def test_what_universal_credit_unlocks_says_which_are_met(capsys):
    """A family of five in Nuneaton, one earner on £2,100 a month net. UC (SI 2013/376): joint standard allowance
    666.97 + child elements 351.88 (eldest born before 6 April 2017) + 2 x 303.94 = 959.76 (no two-child limit
    from 6 April 2026) + housing 125.00 x 52 / 12 = 541.67 less 14% (75.83: one spare bedroom of four, three
    allowed, Sch 4 para 36) = 465.84; maximum 2,092.57, less 55% x (2,100.00 - 427.00 work allowance) = 920.15:
    £1,172.42. Earnings over the NHS (£935 with a child) and Healthy Start (£408) limits: the UC finding said it
    'Unlocks: free prescriptions, nhs health costs, ... healthy start' as if each were had; it now says which the
    check found."""
    code, out, err = _check(capsys, *NUNEATON_FIVE, "--earnings", "2100/month")
    assert code == 0, err
    assert "Universal Credit: £270.56 a week, £1,172.42 a month" in out
    assert "Unlocks:" not in out
    met = out.split("found in this check:")[1].split("2. ")[0]
    assert "free school meals" in met and "warm home discount" in met
    assert "free prescriptions" not in met and "healthy start" not in met and "nhs health costs" not in met


def test_edinburgh_lcwra_gain_says_from_when_ctr_is_not_counted(capsys):
    """A man of 61 in Edinburgh, his wife 67 on State Pension £241.30 a week, savings £7,000, social rent £95 a
    week, Band C: LCWRA found (new-claimant amount £217.26 a month, UC Act 2025 s 2(1)(a)), claim and evidence
    10 June 2026, decided 8 December 2026. The element is in from the assessment period beginning 10/09/2026 (reg
    28: the relevant period ends in the one beginning 10/08/2026). Scottish CTR (SSI 2021/249) before: applicable
    £150.15 (couple), income counted (1,045.63 + 17.40) x 12 / 52 = 245.31, excess 95.16 x 20% = 19.03, £27.72 -
    19.03 = £8.69; after: £150.15 + support component £50.35 + enhanced disability (couple) £31.40 = £231.90,
    excess 13.41 x 20% = 2.68, £25.04: +£16.35 a week. Arrears: 2 x 217.26 = 434.52 and 16.35 x 61 / 7 = 142.48
    (10/09 to 09/11/2026): £577.00. Projected: 12 x 217.26 = 2,607.12 and 16.35 x 142 / 7 = 331.67 (10/11/2026 to
    31/03/2027, Scottish council tax for 2027-28 not shipped): £2,938.79. The working sheet said CTR 'could not be
    worked out before or after the outcome ... its change is not counted', though it was counted to 31 March."""
    code = main(["gain", "--age", "61", "--partner-age", "67", "--partner-state-pension", "241.30", "--capital", "7000",
                 "--social", "--rent", "95/week", "--bedrooms", "1", "--council", "City of Edinburgh",
                 "--council-tax-band", "Band C", "--nation", "scotland", "--on", "2026-12-08", "--with", "lcwra_found",
                 "--from", "2026-06-10", "--decided", "2026-12-08"])
    out = " ".join(capsys.readouterr().out.split())
    assert code == 0
    assert "Recurring: UC +£217.26 a month" in out and "council tax reduction +£16.35 a week" in out
    assert "arrears £577.00" in out and "Projected over 12 assessment periods from 10/11/2026: £2,938.79" in out
    assert "From 01/04/2027 Council Tax Reduction could not be worked out" in out
    assert "counted to the day before and not from then" in out
    assert "could not be worked out before or after the outcome (the council's scheme or a fact" not in out
