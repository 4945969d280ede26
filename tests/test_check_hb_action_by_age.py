"""The benefit check's Housing Benefit finding says what to do, and cites the
Regulations, for the household's own scheme: a 45-year-old in a council B&B
(temporary accommodation, on Universal Credit) was told "with a Pension
Credit claim, DWP passes it on" under both the pension-age and working-age
Regulations; a pensioner is not told about temporary accommodation."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing
from entitlements.check import check

ON = dt.date(2026, 12, 7)


def _hb(h):
    return next(f for f in check(h, on=ON, claims=["universal_credit", "pension_credit"]).findings
                if f.id == "housing_benefit")


def test_working_age_temporary_accommodation():
    h = Household(adults=Adult(age=45), housing=Housing(tenure="supported_or_temporary", accommodation="temporary",
                                                        rent=28000, rent_period="week"))
    f = _hb(h)
    # £280.00 a week, the maximum: Universal Credit passports it (SI 2006/213 Sch 5 para 4, Sch 6 para 5).
    assert f.weekly == 28000
    assert "Pension Credit" not in f.action, f.action
    assert "Universal Credit" in f.action and "SI 2013/376 Sch 1 paras 3A-3B" in f.action, f.action
    assert f.legal_basis == ("Social Security Contributions and Benefits Act 1992 s 130",
                             "Housing Benefit Regulations 2006 (SI 2006/213)"), f.legal_basis


def test_pension_age():
    h = Household(adults=Adult(age=75, state_pension_weekly=15000),
                  housing=Housing(tenure="social_rent", rent=9500, rent_period="week"))
    f = _hb(h)
    assert "Pension Credit" in f.action, f.action
    assert f.legal_basis == ("Social Security Contributions and Benefits Act 1992 s 130",
                             "Housing Benefit (Persons who have attained the qualifying age for state pension credit) "
                             "Regulations 2006 (SI 2006/214)"), f.legal_basis
