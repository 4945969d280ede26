"""The working sheet's order: Universal Credit first where it can be paid;
where it cannot (every claimant over the qualifying age for Pension Credit)
the help that is paid comes first and the UC sheet last, with its note (an
adviser read a pensioner's UC block as help due: pension-age audit,
2026-12-07)."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.household import Housing

MAY_2026 = dt.date(2026, 5, 1)


def _titles(sheet: str) -> list[str]:
    return [line.split(",")[0] for line in sheet.splitlines() if line[:1].isupper() and not line.startswith(("Note", "Caveat", "Warning"))]


def test_pensioner_sheet_opens_with_pension_credit_and_ends_with_universal_credit():
    h = Household(adults=(Adult(date_of_birth=dt.date(1946, 3, 1), pension_income_weekly=24000),),
                  housing=Housing(tenure="social_rent", rent=10000, rent_period="week"))
    sheet = estimate(h, on=MAY_2026).render()
    titles = _titles(sheet)
    assert titles[0] == "Pension Credit" and titles[-1] == "Universal Credit"
    assert titles.index("Household total") < titles.index("Universal Credit")
    assert "no Universal Credit (Welfare Reform Act 2012 s 4(1)(b))" in " ".join(sheet.split())


def test_working_age_sheet_opens_with_universal_credit():
    h = Household(adults=(Adult(age=34, monthly_earnings=90000),), housing=Housing(tenure="social_rent", rent=50000, bedrooms=1))
    assert _titles(estimate(h, on=MAY_2026).render())[0] == "Universal Credit"


def test_disabled_band_reduction_line_names_the_band_charged():
    h = Household(adults=(Adult(date_of_birth=dt.date(1946, 3, 1), pension_income_weekly=24000),),
                  housing=Housing(tenure="owner_occupier", council_tax_band="B", disabled_band_reduction=True),
                  local_authority="Coventry")
    sheet = " ".join(estimate(h, on=MAY_2026).render().split())
    # Band B reduced to band A (SI 1992/554 reg 4): 6/9 x £2,516.72 = £1,677.813 -> £1,677.81, labelled as band A's.
    assert "Amount charged (band B charged as band A, a year) £1,677.81" in sheet
    assert "Band B amount" not in sheet


def test_local_scheme_check_needed_names_only_the_cause_that_applies():
    # Coventry 2026-27, a renter on UC with LCWRA and a non-dependant son on UC the scheme file has no row for
    # (working-age audit, household 8): the note named "without Universal Credit ..." too, which reads as if the
    # claimant had no UC. A renter has Housing Benefit's applicable amount, so only the non-dependant cause applies.
    from entitlements.household import NonDependant

    h = Household(adults=(Adult(age=45, lcwra=True),),
                  housing=Housing(tenure="social_rent", rent=50000, bedrooms=2, council_tax_band="D",
                                  council_tax_disregarded=1,
                                  non_dependants=(NonDependant(age=22, universal_credit=True),)),
                  local_authority="Coventry")
    e = estimate(h, on=dt.date(2026, 6, 1))
    note = " ".join(n for n in e.council_tax.notes if "check needed" in n)
    assert "this household has a non-dependant, and the scheme file gives no deduction" in note
    assert "without Universal Credit" not in note


def test_a_discount_with_a_fraction_of_a_penny_says_the_bill_is_rounded():
    # Coventry 2026-27 band A with the disabled band reduction: 5/9 x £2,516.72 = £1,398.178 -> £1,398.18; 25% is
    # £349.545, the bill £1,048.635 -> £1,048.64, so the discount shown is £349.54 (working-age audit, household 10).
    h = Household(adults=(Adult(age=40, lcwra=True),),
                  housing=Housing(tenure="social_rent", rent=40000, bedrooms=1, council_tax_band="A",
                                  disabled_band_reduction=True), local_authority="Coventry")
    sheet = " ".join(estimate(h, on=dt.date(2026, 6, 1)).render().split())
    assert "Discount 25% £349.54" in sheet and "25% of £1,398.18 is £349.545; the bill is rounded to the penny" in sheet
