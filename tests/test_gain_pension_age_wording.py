"""The income gain of a household past the qualifying age for Pension Credit
is said in the words of its benefits: Pension Credit, Housing Benefit, CTR
and Attendance Allowance are weekly benefits, and no one there is paid
Universal Credit. The statement said "Recurring: UC £0.00 a month (£0.00 a
week) from the assessment period beginning ...", "Projected over 12
assessment periods" and "Assessment periods follow the award ... (SI 2013/376
reg 21)" for a pensioner of 75 awarded Attendance Allowance."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing
from entitlements.cli import main
from entitlements.gain import Outcome, Scenario, income_gain

D = dt.date
HOME = Housing(tenure="social_rent", rent=10000, rent_period="week", bedrooms=1, council_tax_band="B",
               council_tax_band_d=210000)


def _aa(h: Household) -> Scenario:
    return Scenario(household=h, claim_start=D(2025, 5, 1), outcomes=(Outcome(
        kind="benefit_claimed", benefit="attendance_allowance", aa_rate="higher", effective=D(2025, 5, 1),
        decided=D(2025, 7, 1), confirmed=True),))


def test_a_pensioners_gain_is_said_in_weeks_not_uc_assessment_periods():
    # AA higher £110.40 and Pension Credit +£82.90 a week (tests/test_gain_pension_age.py): £193.30 a week.
    g = income_gain(_aa(Household(adults=Adult(age=75, state_pension_weekly=23000), housing=HOME,
                                  local_authority="Coventry")))
    assert g.pension_age
    text = g.render()
    assert "assessment period" not in text.lower() and "UC " not in text and "SI 2013/376 reg 21" not in text
    assert "Recurring: +£193.03 a week from 01/07/2025" in text
    assert "Projected over 12 months from 01/07/2025 to 30/06/2026: " in text
    assert any(a.startswith("No one here can be paid Universal Credit") for a in g.assumptions)
    assert any(a.startswith("Arrears: from the day the outcome takes effect") for a in g.assumptions)
    html = g._repr_html_()
    assert "assessment period" not in html.lower() and "Recurring Universal Credit" not in html


def test_the_command_says_the_same(capsys):
    got = main(["gain", "--age", "75", "--state-pension", "170", "--with", "benefit_claimed", "--benefit",
                "attendance_allowance", "--award-aa", "higher", "--from", "2025-05-01", "--decided", "2025-07-01",
                "--confirmed"])
    out = capsys.readouterr().out
    assert got == 0
    assert "assessment period" not in out.lower() and "Recurring: +£193.30 a week from 01/07/2025" in out


def test_a_working_age_gain_keeps_its_assessment_periods():
    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=D(2025, 1, 10), outcomes=(Outcome(
        kind="lcwra_found", effective=D(2025, 1, 10), decided=D(2025, 7, 20), confirmed=True),))
    g = income_gain(s)
    assert not g.pension_age
    text = g.render()
    assert "from the assessment period beginning" in text and "Projected over 12 assessment periods" in text


def test_two_files_of_pensioners_compare_weeks_not_an_assessment_period(tmp_path, capsys):
    before, after = tmp_path / "before.toml", tmp_path / "after.toml"
    base = 'on = 2025-07-01\n[[adults]]\nage = 75\nstate_pension_weekly = 170\n'
    before.write_text(base)
    after.write_text(base + 'attendance_allowance = "higher"\n')
    assert main(["gain", str(before), "--after", str(after)]) == 0
    out = capsys.readouterr().out
    assert "assessment period" not in out and "Universal Credit: £0.00 -> £0.00" not in out
    assert "the week of 01/07/2025" in out and "Every benefit: £57.10 -> £250.40 a week (+£193.30" in out
    # Below the qualifying age the assessment period stays.
    young = 'on = 2025-07-01\n[[adults]]\nage = 40\n'
    before.write_text(young)
    after.write_text(young + 'lcwra = true\n')
    assert main(["gain", str(before), "--after", str(after)]) == 0
    out = capsys.readouterr().out
    assert "assessment period beginning 01/07/2025" in out and "Universal Credit: " in out
