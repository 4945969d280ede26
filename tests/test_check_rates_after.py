"""The benefit check on a date past the rule tables' end (2027-28): refused
by default, naming a flag the check takes; with ``--rates-after hold`` the
last known rates are held and the check says so first.

Until 2026-12-07 ``entitlements check`` had no ``--rates-after``: a 2027-28
date was refused with a message telling the adviser to give
``--rates-after hold``, which the check rejected as an unknown argument.
"""

import datetime as dt
import json

import pytest

from entitlements import Adult, Household
from entitlements.check.findings import check
from entitlements.cli import main
from entitlements.errors import EntitlementsError
from entitlements.household import Housing

JUNE_2027 = dt.date(2027, 6, 7)  # a Monday in 2027-28 (the year has 366 days: 29 February 2028)
FLAGS = ["--age", "70", "--state-pension", "200/week", "--social", "--rent", "100/week", "--council", "Coventry",
         "--council-tax-band", "B", "--band-d", "2300", "--on", "2027-06-07"]


def _pensioner() -> Household:
    return Household(adults=Adult(age=70, state_pension_weekly=20000), local_authority="Coventry",
                     housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                                     council_tax_band_d=230000))


def test_check_past_the_tables_is_refused_by_default_naming_the_flag(capsys):
    with pytest.raises(EntitlementsError):
        check(_pensioner(), on=JUNE_2027)
    assert main(["check", *FLAGS]) == 1
    err = capsys.readouterr().err
    assert "--rates-after hold" in err and "Traceback" not in err


def test_check_with_rates_held_values_2027_28_and_states_the_policy():
    bc = check(_pensioner(), on=JUNE_2027, rates_after="hold")
    assert bc.rates_policy == "hold" and bc.assumptions
    values = {f.id: f.weekly for f in bc.findings}
    # Pension Credit: £238.00 guarantee (2026-27, held) - £200.00 State Pension = £38.00.
    assert values["pension_credit"] == 3800
    # Housing Benefit: guarantee credit passports to the maximum, the rent £100.00 (SI 2006/214 reg 26).
    assert values["housing_benefit"] == 10000
    # Council Tax Reduction, maximum on guarantee credit: band B £2,300 x 7/9 = £1,788.888..., less the single
    # person discount 25% = £1,341.67 a year; a week is 7 / 366 of it (2027-28 has 29 February 2028):
    # £1,341.67 x 7 / 366 = £25.6603 -> £25.66.
    assert values["council_tax_reduction"] == 2566
    text = bc.render()
    assert text.splitlines()[1].startswith("Warning: Rates after ")
    assert "(rates policy hold)" in text
    d = bc.to_dict()
    assert d["rates_policy"] == "hold" and d["assumptions"]
    assert any(a["table"] == "housing_benefit.personal_allowance_pension_age" for a in d["assumptions"])


def test_check_cli_takes_rates_after(capsys):
    assert main(["check", *FLAGS, "--rates-after", "hold"]) == 0
    out = capsys.readouterr().out
    assert "Warning: Rates after" in out and "Council Tax Reduction: £25.66 a week" in out
    assert main(["check", *FLAGS, "--rates-after", "hold", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["rates_policy"] == "hold" and d["assumptions"]


def test_check_in_the_tables_is_unchanged_and_says_strict():
    bc = check(_pensioner(), on=dt.date(2026, 12, 7))
    assert bc.rates_policy == "strict" and bc.assumptions == ()
    assert not bc.render().splitlines()[1].startswith("Warning")
    assert bc.to_dict()["assumptions"] == []


def test_a_claimed_ctr_the_check_cannot_value_is_said_to_be_in_neither_total():
    # Birmingham 2026-27, working age: its own scheme is not in the library, so the reduction claimed cannot be
    # valued. "Received now £0.00" gave no sign that the claimed reduction was left out.
    bham = Household(adults=Adult(age=40), local_authority="Birmingham",
                     housing=Housing(tenure="owner_occupier", council_tax_band="B"))
    bc = check(bham, on=dt.date(2026, 12, 7), claims=["council_tax_reduction"])
    assert bc.received_weekly == 0
    assert bc.totals_notes == ("Council Tax Reduction is claimed now but in neither total: Council Tax Reduction: "
                               "check needed. Birmingham's working-age scheme for 2026-27 is not in the library (add "
                               "it as a scheme file: docs, 'Adding your council's scheme', or check with the council). "
                               "The council tax shown is before any reduction.",)
    assert bc.render().splitlines()[3].startswith("Note: Council Tax Reduction is claimed now but in neither total")
    assert bc.to_dict()["totals_notes"] == list(bc.totals_notes)
    # A Welsh pensioner's reduction is valued (2025-26): nothing to say; the reduction is in the totals (band I
    # £2,000 x 21/9 less 25% = £3,500.00, x 7 / 365 = £67.12 a week, all of it on guarantee credit).
    h = Household(adults=Adult(age=70, state_pension_weekly=20000), nation="wales", local_authority="Cardiff",
                  housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="I",
                                  council_tax_band_d=200000))
    valued = check(h, on=dt.date(2025, 12, 8), claims=["council_tax_reduction"])
    assert valued.totals_notes == () and valued.received_weekly == 6712
