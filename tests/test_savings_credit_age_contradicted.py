"""`reached_pension_age_before_6_april_2016` (`--reached-pension-age-before-2016`)
given against what the date of birth or age settles is refused, not obeyed
or ignored without a word: everyone born before 6 April 1951 reached
pensionable age before 6 April 2016, no one born on or after 6 April 1953 did
(State Pension Credit Act 2002 s 3(1)(a); PA 1995 Sch 4; the library's
SAVINGS_CREDIT_BIRTHS). Before: aged 80 with "no" lost the savings credit,
and a 30-year-old's "yes" was taken silently."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, estimate
from entitlements.cli import main
from entitlements.errors import InputError

ON = dt.date(2026, 12, 7)


def test_aged_80_with_no_is_refused(capsys):
    assert main(["estimate", "--age", "80", "--state-pension", "230", "--reached-pension-age-before-2016", "no",
                 "--on", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("entitlements: --reached-pension-age-before-2016 "
                          "(adults[1].reached_pension_age_before_6_april_2016): False is not allowed"), err


def test_aged_30_with_yes_is_refused(capsys):
    assert main(["check", "--age", "30", "--reached-pension-age-before-2016", "yes", "--on", "2026-12-07"]) == 1
    assert "reached_pension_age_before_6_april_2016): True is not allowed" in capsys.readouterr().err


def test_the_partner_is_named(capsys):
    assert main(["estimate", "--age", "80", "--partner-dob", "1955-01-01", "--partner-reached-pension-age-before-2016",
                 "yes", "--on", "2026-12-07"]) == 1
    assert capsys.readouterr().err.startswith("entitlements: --partner-reached-pension-age-before-2016 "
                                              "(adults[2].reached_pension_age_before_6_april_2016): True")


def test_where_it_turns_on_sex_either_is_taken():
    # Born 1 June 1952: a woman reached pensionable age before 6 April 2016, a man (65 on 1 June 2017) after.
    # Single, State Pension £230.00, 2026-27: savings credit threshold £208.07 (SI 2026/148 art 29(3)):
    # yes: 60% x (£230.00 - £208.07) = £13.158, £13.16, less 40% of income over the guarantee (£238.00): none.
    yes = estimate(Household(adults=Adult(date_of_birth=dt.date(1952, 6, 1), state_pension_weekly=23000,
                                          reached_pension_age_before_6_april_2016=True)), on=ON)
    no = estimate(Household(adults=Adult(date_of_birth=dt.date(1952, 6, 1), state_pension_weekly=23000,
                                         reached_pension_age_before_6_april_2016=False)), on=ON)
    assert yes.benefits.pension_credit.savings_credit == 1316 and no.benefits.pension_credit.savings_credit == 0


def test_the_settled_value_given_is_accepted():
    r = estimate(Household(adults=Adult(age=80, state_pension_weekly=23000,
                                        reached_pension_age_before_6_april_2016=True)), on=ON)
    assert r.benefits.pension_credit.savings_credit == 1316  # as above


def test_the_api_refuses_a_contradiction():
    with pytest.raises(InputError, match=r"adults\[1\]\.reached_pension_age_before_6_april_2016"):
        estimate(Household(adults=Adult(age=30, reached_pension_age_before_6_april_2016=True)), on=ON)


def test_gain_refuses_it(capsys):
    assert main(["gain", "--age", "80", "--state-pension", "230", "--reached-pension-age-before-2016", "no",
                 "--with", "benefit_claimed", "--benefit", "attendance_allowance", "--award-aa", "lower",
                 "--from", "2026-10-01", "--horizon", "3", "--as-of", "2026-12-07"]) == 1
    assert "(adults[1].reached_pension_age_before_6_april_2016): False is not allowed" in capsys.readouterr().err


def test_caseloads_fail_the_row_alone(tmp_path):
    from entitlements import Caseload, estimate_caseload
    from entitlements.gain import caseload_gains

    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age,adult1_state_pension_weekly,adult1_reached_pension_age_before_6_april_2016,"
                 "outcome,outcome_date,claim_start,benefit,award_aa\n"
                 "A,80,230,no,benefit_claimed,2026-10-01,2026-10-01,attendance_allowance,lower\n"
                 "B,80,230,yes,benefit_claimed,2026-10-01,2026-10-01,attendance_allowance,lower\n")
    g = caseload_gains(p, as_of=ON).to_dataframe().set_index("case_id")
    assert not g.loc["A", "valid"] and "adult1_reached_pension_age_before_6_april_2016" in g.loc["A", "error"]
    assert g.loc["B", "valid"], g.loc["B", "error"]
    q = tmp_path / "e.csv"
    q.write_text("case_id,adult1_age,adult1_state_pension_weekly,adult1_reached_pension_age_before_6_april_2016\n"
                 "A,80,230,no\nB,80,230,yes\n")
    e = estimate_caseload(Caseload.from_csv(q), on=ON).to_dataframe().set_index("case_id")
    assert not e.loc["A", "valid"] and "adult1_reached_pension_age_before_6_april_2016" in e.loc["A", "error"]
    assert e.loc["B", "valid"]
