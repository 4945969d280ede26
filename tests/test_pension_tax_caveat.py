"""Pension Credit, pension-age Housing Benefit and the pensioners' Council Tax
Reduction count income net of income tax (SI 2002/1792 reg 17(10)(a),
SI 2006/214 reg 33(12), SI 2012/2885 Sch 1 para 17(13)). Since 2026-12-07 the
library deducts the tax (entitlements.benefits.pension_tax), so the caveat that
said it did not is gone. Since 2026-12-07 Blind Person's Allowance (ITA 2007
s 38) is in the tax too; a caveat names the test taken as met (s 38(2),
registration, in England and Wales) where it lowered the tax."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.check.findings import check
from entitlements.household import Housing

ON = dt.date(2026, 12, 7)


def _household(state_pension: int, blind: bool = False) -> Household:
    home = Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                   council_tax_band_d=230000)
    return Household(adults=Adult(age=80, state_pension_weekly=state_pension, blind=blind), local_authority="Coventry",
                     housing=home)


def test_pensions_above_the_allowance_are_taxed_and_get_no_caveat():
    # £253.44 a week x 52 = £13,178.88 a year, above the £12,570 personal allowance: the tax (£2.34 a week) is
    # taken off (tests/test_pension_tax.py), so nothing is left to warn of.
    e = estimate(_household(25344), on=ON)
    assert e.benefits.pension_income_tax == (234, 0)
    assert e.caveats == () and "Caveat:" not in e.render() and e.to_dict()["caveats"] == []
    bc = check(_household(25344), on=ON, claims=["housing_benefit", "council_tax_reduction"])
    assert not any("tax" in n for n in bc.totals_notes)


def test_blind_pensioner_taxed_gets_the_caveat_in_the_estimate_and_the_check():
    # £253.44 a week x 52 = £13,178.88, above £12,570 but under £12,570 + £3,250: Blind Person's Allowance leaves
    # no tax, and the caveat says registration is taken as met.
    e = estimate(_household(25344, blind=True), on=ON)
    assert e.benefits.pension_income_tax == (0, 0)
    text = " ".join(e.caveats)
    for law in ("SI 2002/1792 reg 17(10)(a)", "SI 2006/214 reg 33(12)", "SI 2012/2885 Sch 1 para 17(13)",
                "ITA 2007 s 38"):
        assert law in text
    bc = check(_household(25344, blind=True), on=ON, claims=["housing_benefit", "council_tax_reduction"])
    assert any("Blind Person's Allowance" in n for n in bc.totals_notes)


def test_blind_pensioner_below_the_allowance_gets_no_caveat():
    # £200.00 a week x 52 = £10,400 a year: no income tax, so Blind Person's Allowance changes nothing.
    e = estimate(_household(20000, blind=True), on=ON)
    assert e.caveats == () and "Caveat:" not in e.render()
