"""The benefit check values Pension Credit net of what it changes in Housing
Benefit and Council Tax Reduction, and counts what is received now without
it. Until 2026-12-07 a household not claiming Pension Credit had its HB and
CTR worked out as if it did: its savings credit counted as income (so the
"received now" was too low and the Pension Credit finding too high), and its
guarantee credit passported HB past the £16,000 capital limit (so the
"received now" was too high and the finding too low)."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household
from entitlements.check.findings import check
from entitlements.household import Housing

ON = dt.date(2026, 12, 7)


def _home(**kw) -> Housing:
    return Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                   council_tax_band_d=230000, **kw)


def test_savings_credit_is_valued_net_of_the_hb_and_ctr_it_takes():
    # Aged 80 (pension age before April 2016 and April 2021), State Pension £250, rent £100, band B of £2,300.
    # Pension Credit: guarantee £238.00 < £250.00, none; savings credit min(60% x (£250.00 - £208.07), £17.96)
    # - 40% x (£250.00 - £238.00) = £17.96 - £4.80 = £13.16.
    # Without it (HB and CTR claimed): income £250.00 is below the applicable amount £256.00, so HB is the rent,
    # £100.00, and CTR the maximum, £1,341.67 x 7 / 365 = £25.73: received now £125.73 (was £119.65).
    # With it: income £250.00 + £13.16 = £263.16, excess £7.16; HB £100.00 - 65% x £7.16 (£4.654 -> £4.65) =
    # £95.35; CTR £25.73 - 20% x £7.16 (£1.432) = £24.30; total £13.16 + £95.35 + £24.30 = £132.81.
    # Pension Credit's value: £132.81 - £125.73 = £7.08 a week (was £13.16).
    h = Household(adults=Adult(age=80, state_pension_weekly=25000), local_authority="Coventry", housing=_home())
    bc = check(h, on=ON, claims=["housing_benefit", "council_tax_reduction"])
    assert (bc.received_weekly, bc.with_claims_weekly) == (12573, 13281)
    pc = next(f for f in bc.findings if f.id == "pension_credit")
    assert pc.weekly == 708


def test_guarantee_credit_passports_past_the_capital_limit():
    # Aged 70, State Pension £100, capital £20,000: Pension Credit £238.00 - £100.00 - £20.00 deemed income
    # ((£20,000 - £10,000) / £500) = £118.00, with no capital limit; it passports HB (£100.00) and CTR (£25.73).
    # Without it, capital over £16,000: no HB (SI 2006/214 reg 43) and no CTR: received now £0.00 (was £125.73),
    # and Pension Credit is worth £118.00 + £100.00 + £25.73 = £243.73 a week (was £118.00).
    h = Household(adults=Adult(age=70, state_pension_weekly=10000), capital=2000000, local_authority="Coventry",
                  housing=_home())
    bc = check(h, on=ON, claims=["housing_benefit", "council_tax_reduction"])
    assert bc.received_weekly == 0
    assert next(f for f in bc.findings if f.id == "pension_credit").weekly == 24373


def test_pension_credit_claimed_is_unchanged():
    h = Household(adults=Adult(age=80, state_pension_weekly=25000), local_authority="Coventry", housing=_home())
    bc = check(h, on=ON, claims=["pension_credit", "housing_benefit", "council_tax_reduction"])
    assert bc.received_weekly == bc.with_claims_weekly == 13281
