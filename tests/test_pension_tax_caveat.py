"""Pension Credit, pension-age Housing Benefit and England's pensioners' Council
Tax Reduction count income net of income tax (SI 2002/1792 reg 17(10)(a),
SI 2006/214 reg 33(12), SI 2012/2885 Sch 1 para 17(13)). The library does not
work out income tax on pensions, so where an adult's pensions are above the
personal allowance the estimate, its JSON and the benefit check say so."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.check.findings import check
from entitlements.household import Housing

ON = dt.date(2026, 12, 7)


def _household(state_pension: int) -> Household:
    home = Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                   council_tax_band_d=230000)
    return Household(adults=Adult(age=80, state_pension_weekly=state_pension), local_authority="Coventry", housing=home)


def test_pensions_above_the_allowance_get_the_caveat_with_the_regulation():
    # £253.44 a week x 52 = £13,178.88 a year, above the £12,570 personal allowance (ITA 2007 s 35).
    e = estimate(_household(25344), on=ON)
    text = " ".join(e.caveats)
    for law in ("SI 2002/1792 reg 17(10)(a)", "SI 2006/214 reg 33(12)", "SI 2012/2885 Sch 1 para 17(13)"):
        assert law in text
    assert "£13,178.88 a year" in text and "pension_income_weekly" in text and "65% of the weekly tax" in text
    assert "Caveat: Pension Credit: income tax on pensions is not deducted" in e.render()
    assert e.to_dict()["caveats"] == list(e.caveats)
    bc = check(_household(25344), on=ON, claims=["housing_benefit", "council_tax_reduction"])
    assert any("SI 2002/1792 reg 17(10)(a)" in n for n in bc.totals_notes)


def test_pensions_below_the_allowance_get_no_caveat():
    # £200.00 a week x 52 = £10,400 a year: no income tax, nothing to deduct.
    e = estimate(_household(20000), on=ON)
    assert e.caveats == ()
    assert "Caveat:" not in e.render()
    assert e.to_dict()["caveats"] == []
    bc = check(_household(20000), on=ON, claims=["housing_benefit", "council_tax_reduction"])
    assert not any("by way of tax" in n for n in bc.totals_notes)
