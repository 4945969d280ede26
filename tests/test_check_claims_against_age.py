"""A benefit check told that Pension Credit is claimed where it cannot be
(no one, or only one of a couple, has reached the qualifying age, and no
mixed-age protection), or Universal Credit where it cannot be (every
claimant past the qualifying age), refuses the contradiction in one line
instead of taking the claim silently: Pension Credit needs the qualifying age
(State Pension Credit Act 2002 s 1(2)(b)) and, for a couple, the other
member's too (s 4(1A); SI 2019/37 art 4 protects couples entitled before 15
May 2019); Universal Credit is not paid past it (Welfare Reform Act 2012
s 4(1)(b))."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household
from entitlements.check import check
from entitlements.cli import main
from entitlements.errors import InputError

ON = dt.date(2026, 12, 7)


def test_pension_credit_for_a_30_year_old_is_refused(capsys):
    assert main(["check", "--age", "30", "--claims", "pension_credit", "--on", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("entitlements: claims: 'pension_credit' is not allowed"), err
    assert "s 1(2)(b)" in err


def test_pension_credit_for_an_unprotected_mixed_age_couple_is_refused():
    h = Household(adults=(Adult(age=68, state_pension_weekly=24130), Adult(age=59, lcwra=True)))
    with pytest.raises(InputError, match="pension_credit"):
        check(h, on=ON, claims=["pension_credit"])
    # Protected (SI 2019/37 art 4): Pension Credit is theirs to claim.
    protected = Household(adults=h.adults, mixed_age_protected=True)
    assert check(protected, on=ON, claims=["pension_credit"]).claims.pension_credit


def test_universal_credit_for_a_pensioner_is_refused(capsys):
    assert main(["check", "--age", "75", "--state-pension", "150", "--claims", "universal_credit",
                 "--on", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("entitlements: claims: 'universal_credit' is not allowed"), err
    assert "s 4(1)(b)" in err


def test_the_claims_that_fit_are_taken():
    assert check(Household(adults=Adult(age=30)), on=ON, claims=["universal_credit"]).claims.universal_credit
    assert check(Household(adults=Adult(age=75, state_pension_weekly=15000)), on=ON,
                 claims=["pension_credit"]).claims.pension_credit
    mixed = Household(adults=(Adult(age=68, state_pension_weekly=24130), Adult(age=59)))
    assert check(mixed, on=ON, claims=["universal_credit"]).claims.universal_credit


def test_both_claimed_is_whichever_the_ages_allow():
    # The library's idiom (Claims.everything(), caseload claims): both named, the one that applies is claimed.
    for h in (Household(adults=Adult(age=30)), Household(adults=Adult(age=75, state_pension_weekly=15000))):
        c = check(h, on=ON, claims=["universal_credit", "pension_credit"]).claims
        assert c.universal_credit and c.pension_credit


def test_a_caseload_row_claiming_against_its_ages_fails_alone(tmp_path):
    from entitlements.check import check_caseload

    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age,adult1_state_pension_weekly,claims_universal_credit,claims_pension_credit\n"
                 "A,30,0,no,yes\nB,75,150,yes,no\nC,75,150,no,yes\nD,30,0,yes,yes\n")
    r = check_caseload(p, on=ON)
    errors = {e.index: str(e) for e in r.caseload.errors}
    assert set(errors) == {0, 1}, errors
    assert "claims_pension_credit" in errors[0] and "s 1(2)(b)" in errors[0]
    assert "claims_universal_credit" in errors[1] and "s 4(1)(b)" in errors[1]
    assert r.caseload.valid.tolist() == [False, False, True, True]
