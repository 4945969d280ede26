"""One-line errors and working-sheet words an adviser met trying Housing
Benefit and Council Tax Reduction at the command line (2026-12-07), each as
it read before:

* ``--band-d -5`` said "give 0 or more pounds", and ``--band-d 0`` was then
  refused naming the field, not the flag (a flag typed with 0 was taken as
  not typed: ``0 in (None, [], False)``);
* ``--accommodation temporary`` without ``--supported`` said "expected None
  unless tenure is 'supported_or_temporary'";
* a pensioner renting from a council, with no ``--bedrooms`` (not needed at
  pension age), read "home has None" on the UC working sheet.
"""

from __future__ import annotations

import pytest

from entitlements.cli import main

PENSIONER = ["--age", "70", "--state-pension", "200/week", "--social", "--rent", "100/week", "--on", "2026-12-07",
             "--council", "Coventry", "--council-tax-band", "B"]


@pytest.mark.parametrize("flag, value, line", [
    ("--band-d", "-5", "entitlements: --band-d: '-5' is not allowed: give the Band D on the bill, over £0 a year, "
                       "e.g. 2215.41"),
    ("--band-d", "0", "entitlements: --band-d: '0' is not allowed: give the Band D on the bill, over £0 a year, "
                      "e.g. 2215.41"),
    ("--band-charge", "0.00", "entitlements: --band-charge: '0.00' is not allowed: give the band's charge on the bill, "
                              "over £0 a year, e.g. 1723.10"),
])
def test_a_bill_figure_must_be_over_nil(capsys, flag, value, line):
    with pytest.raises(SystemExit) as e:
        raise SystemExit(main(["estimate", *PENSIONER, f"{flag}={value}"]))
    assert e.value.code == 1  # a value refused
    assert capsys.readouterr().err.strip() == line


def test_a_flag_typed_with_0_is_named_by_its_flag(capsys):
    assert main(["estimate", "--age", "30", "--child", "2020-01-01", "--childcare", "400/month",
                 "--childcare-children", "0", "--on", "2026-12-07"]) == 1
    assert capsys.readouterr().err == ("entitlements: --childcare-children: 0 is not allowed (expected the number of "
                                       "children the childcare costs are for (1 or more)).\n")


def test_accommodation_without_supported_says_what_to_give(capsys):
    assert main(["estimate", "--age", "30", "--private", "--accommodation", "temporary", "--rent", "250/week",
                 "--brma", "Coventry", "--on", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err == ("entitlements: --accommodation: 'temporary' is not allowed (expected none unless the home is "
                   "supported or temporary accommodation (tenure 'supported_or_temporary', --supported): Housing "
                   "Benefit meets that rent, not Universal Credit).\n")
    assert "None" not in err


def test_a_pensioners_bedrooms_not_given_are_not_none(capsys):
    assert main(["estimate", *PENSIONER, "--band-d", "2300", "--wide"]) == 0
    out = capsys.readouterr().out
    assert "None" not in out
    assert "the home's bedrooms not given (not needed: Universal Credit cannot be paid)" in out


def test_a_band_correction_to_band_i_in_england_names_the_flag_once(tmp_path, capsys):
    # Was "housing_housing.council_tax_band: 'I' is not allowed ...": the household's own check names the field
    # housing.council_tax_band, and the changes prefixed housing_ to it again.
    path = tmp_path / "home.toml"
    path.write_text('local_authority = "Coventry"\n[[adults]]\nage = 75\nstate_pension_weekly = 200\n[housing]\n'
                    'tenure = "social_rent"\nrent = 120\nrent_period = "week"\ncouncil_tax_band = "B"\n'
                    'council_tax_band_d = 2300\n', encoding="utf-8")
    assert main(["gain", str(path), "--with", "council_tax_band_corrected", "--after-council-tax-band", "I",
                 "--from", "2026-12-07", "--as-of", "2026-12-07"]) == 1
    assert capsys.readouterr().err == ("entitlements: --after-council-tax-band (housing_council_tax_band): 'I' is not "
                                       "allowed (expected A to H in England, the household's nation (band I is Welsh only: "
                                       "LGFA 1992 s 5(3)); a home in Wales has nation wales).\n")


def test_a_council_without_a_band_says_council_tax_is_not_worked_out(capsys):
    # Was silent: no council tax section, no reduction and no word of why.
    args = ["estimate", "--age", "70", "--state-pension", "200/week", "--social", "--rent", "100/week",
            "--council", "Coventry", "--on", "2026-12-07", "--wide"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert ("Note: Council tax and Council Tax Reduction: not worked out: the home's council tax band is not given. "
            "Give it (--council-tax-band; housing.council_tax_band in a file) with the council.") in out
    assert main([*args, "--not-liable"]) == 0  # not liable: nothing to say
    assert "not worked out" not in capsys.readouterr().out


def test_an_english_councils_scheme_does_not_cite_the_welsh_one(capsys):
    # Coventry's working-age scheme read "the scheme's own (WSI 2013/3029 Sch 7, 2024-25 and 2025-26)".
    assert main(["estimate", "--age", "30", "--supported", "--accommodation", "temporary", "--rent", "250/week",
                 "--council", "Coventry", "--council-tax-band", "A", "--band-d", "2300", "--on", "2026-12-07",
                 "--wide"]) == 0
    out = capsys.readouterr().out
    assert "WSI" not in out
    assert "(as the Default Scheme, SI 2012/2886 para 28)" in out


def test_the_estimates_json_names_the_housing_benefit_scheme_and_reason(capsys):
    import json

    # They were codes (reason 0, scheme 1) beside council tax's words.
    assert main(["estimate", *PENSIONER, "--band-d", "2300", "--json"]) == 0
    c = json.loads(capsys.readouterr().out)["housing_benefit"]["calculation"]
    assert (c["scheme"], c["reason"], c["award"]) == ("pension_age", "assessed", 10000)


def test_no_rent_shows_no_means_test_of_nil_figures(capsys):
    # A pensioner paying no rent showed "Applicable amount £0.00" and "Income counted £0.00": no means test is made
    # (the result's reason is no_eligible_rent), and its nil figures read as if worked out.
    assert main(["estimate", "--age", "70", "--state-pension", "200/week", "--private", "--rent", "0/week",
                 "--brma", "Coventry", "--on", "2026-12-07", "--wide"]) == 0
    out = capsys.readouterr().out
    hb = out[out.index("Housing Benefit (pension age"):]
    hb = hb[:hb.index("\n\n")]
    assert "Applicable amount" not in hb and "Income counted" not in hb
    assert "No rent to meet (an eligible rent of £0.00 a week): no Housing Benefit, and no means test is made." in hb


def test_a_scottish_household_totals_council_tax_reduction_under_s_80(capsys):
    # The household total cited LGFA 1992 s 13A (England and Wales) for a Scottish reduction too.
    assert main(["estimate", "--age", "70", "--state-pension", "200/week", "--nation", "scotland", "--social",
                 "--rent", "100/week", "--council", "Glasgow", "--council-tax-band", "B", "--on", "2025-12-08",
                 "--wide"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("+ Council Tax Reduction"))
    assert line.rstrip().endswith("LGFA 1992 s 80")


@pytest.mark.parametrize("args, flag", [
    (["--age", "66"], "--dob (adults[1].date_of_birth)"),
    (["--age", "70", "--partner-age", "66"], "--partner-dob (adults[2].date_of_birth)"),
])
def test_age_66_asks_for_the_date_of_birth_by_its_flag(capsys, args, flag):
    # Was "adultN_date_of_birth: missing (...)", a caseload column's name, for an adviser who typed --age 66.
    assert main(["estimate", *args, "--state-pension", "200/week", "--social", "--rent", "100/week",
                 "--on", "2026-12-07"]) == 1
    assert capsys.readouterr().err.startswith(f"entitlements: {flag}: missing (expected a date of birth for an adult "
                                              "aged 66 in an assessment period beginning on or after 6 April 2026")
