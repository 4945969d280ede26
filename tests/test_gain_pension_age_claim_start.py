"""``entitlements gain`` for a household with no Universal Credit (every
claimant over the qualifying age for Pension Credit): the household file's
``on`` is the day of its estimate, not the start of a UC award. Until
2026-12-07 it was taken as the award's start, so Housing Benefit backdated
from before it was worth no arrears ("nothing is counted for days before
it (SI 2013/376 reg 21)")."""

from __future__ import annotations

import json

from entitlements.cli import main

PENSIONER = ('on = 2026-12-07\nlocal_authority = "Coventry"\n[[adults]]\nage = 75\nstate_pension_weekly = 200.00\n'
             '[housing]\ntenure = "social_rent"\nrent = 120.00\nrent_period = "week"\n')
WORKING_AGE = ('on = 2026-12-07\n[[adults]]\nage = 30\n[housing]\ntenure = "supported_or_temporary"\n'
               'accommodation = "temporary"\nrent = 120.00\nrent_period = "week"\n')


def _gain(tmp_path, capsys, text, *extra):
    path = tmp_path / "home.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["gain", str(path), "--with", "hb_awarded", "--from", "2026-09-07", "--decided", "2026-12-01",
                 "--as-of", "2026-12-07", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_hb_backdated_before_the_files_date_has_its_arrears(tmp_path, capsys):
    g = _gain(tmp_path, capsys, PENSIONER)
    # Counted from 7 September 2026 in monthly periods: 7 September to 6 October (30 days) and 7 October to
    # 6 November (31 days) are before the decision's period: 61 days x £120.00 / 7 = £1,045.714 -> £1,045.71.
    assert g["scenario"]["claim_start"] == "2026-09-07"
    assert g["one_off"]["arrears_pence"] == 104571
    assert g["recurring"]["weekly_total_pence"] == 12000
    assert not any("before the award began" in a for a in g["assumptions"])


def test_a_claim_start_given_is_kept(tmp_path, capsys):
    g = _gain(tmp_path, capsys, PENSIONER, "--claim-start", "2026-12-07")
    assert g["scenario"]["claim_start"] == "2026-12-07" and g["one_off"]["arrears_pence"] == 0


def test_a_uc_household_still_follows_its_award(tmp_path, capsys):
    # Below pension age UC can be paid: the file's `on` stays the award's first day, as before.
    g = _gain(tmp_path, capsys, WORKING_AGE)
    assert g["scenario"]["claim_start"] == "2026-12-07"


def test_an_amount_worked_out_is_not_called_given(tmp_path, capsys):
    # The JSON's source read "amount given" where the CTR was worked out for the household.
    path = tmp_path / "home.toml"
    path.write_text(PENSIONER.replace("on = 2026-12-07\n", "") + 'council_tax_band = "B"\ncouncil_tax_band_d = 2300\n',
                    encoding="utf-8")
    args = ["gain", str(path), "--with", "ctr_awarded", "--from", "2026-12-07", "--as-of", "2026-12-07", "--json"]
    assert main(args) == 0
    line = json.loads(capsys.readouterr().out)["recurring"]["benefits"][0]
    # Band B of £2,300 less 25% = £1,341.67 a year, x 7 / 365 = £25.73 (guarantee credit: all of it).
    assert (line["weekly_pence"], line["source"]) == (2573, "worked out for the household on 2026-12-07")
    assert main([*args, "--benefit-weekly", "20"]) == 0
    assert json.loads(capsys.readouterr().out)["recurring"]["benefits"][0]["source"] == "amount given"
