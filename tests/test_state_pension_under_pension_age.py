"""State Pension given for an adult who cannot have reached pensionable age
is refused (Pensions Act 2014 ss 2(1)(a), 2(2)(a), 4(1)(a): each state
pension needs "the person has reached pensionable age"), as Attendance
Allowance is: before, `--age 30 --state-pension 150` was taken as income and
cut Universal Credit to nil (£150 x 52 / 12 = £650.00 a month against a
maximum of £424.90) without a word."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, estimate
from entitlements.cli import main
from entitlements.errors import InputError

ON = dt.date(2026, 12, 7)


def test_a_30_year_old_with_state_pension_is_refused(capsys):
    assert main(["estimate", "--age", "30", "--state-pension", "150", "--on", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("entitlements: --state-pension (adults[1].state_pension_weekly): '£150.00' is not allowed "
                          "(expected none for an adult under State Pension age"), err


def test_the_younger_partner_of_a_mixed_age_couple_is_named(capsys):
    assert main(["check", "--age", "68", "--state-pension", "241.30", "--partner-age", "59",
                 "--partner-state-pension", "100", "--on", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("entitlements: --partner-state-pension (adults[2].state_pension_weekly): '£100.00'"), err


def test_the_api_refuses_it_too():
    with pytest.raises(InputError, match=r"adults\[1\]\.state_pension_weekly"):
        estimate(Household(adults=Adult(age=40, state_pension_weekly=10000)), on=ON)


@pytest.mark.parametrize("adult", [Adult(age=68, state_pension_weekly=24130),
                                   Adult(date_of_birth=dt.date(1960, 4, 5), state_pension_weekly=24130),
                                   Adult(age=67, state_pension_weekly=24130)])
def test_at_or_past_pension_age_it_is_income(adult):
    # Born 5 April 1960: 66 on 5 April 2026, pensionable age reached (PA 2014 Sch 4 as amended by PA 2011). A single
    # person past it is assessed for Pension Credit: SMG £238.00 (SI 2026/148 art 29(2)(b)) - £241.30 = nil.
    r = estimate(Household(adults=adult), on=ON)
    assert r.universal_credit.award == 0


def test_a_caseload_row_names_the_column(tmp_path):
    from entitlements import Caseload, estimate_caseload

    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age,adult1_state_pension_weekly\nA,30,150\nB,70,150\n")
    df = estimate_caseload(Caseload.from_csv(p), on=ON).to_dataframe().set_index("case_id")
    assert not df.loc["A", "valid"] and "adult1_state_pension_weekly" in df.loc["A", "error"], df.loc["A", "error"]
    assert df.loc["B", "valid"]



def test_gain_takes_the_household_as_it_will_be(capsys):
    # A gain's household is described as it will be over the projection, which may cross pensionable age: State
    # Pension given is not refused there (tests/gain_scenarios.py's nearly-pensioners rest on it).
    assert main(["gain", "--dob", "1960-09-01", "--state-pension", "230", "--with", "lcwra_found",
                 "--from", "2026-06-01", "--as-of", "2026-12-07"]) == 0
