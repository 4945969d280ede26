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
    # Income tax on the State Pension, 2026-27 (disregarded: SI 2002/1792 reg 17(10)(a), SI 2006/214 reg 33(12),
    # SI 2012/2885 Sch 1 para 17(13)): 52 x £250.00 = £13,000 - £12,570 = £430 x 20% = £86.00 a year, / 52 =
    # £1.6538 -> £1.65 a week; income £248.35.
    # Pension Credit: guarantee £238.00 < £248.35, none; savings credit min(60% x (£248.35 - £208.07), £17.96)
    # - 40% x (£248.35 - £238.00) = £17.96 - £4.14 = £13.82.
    # Without it (HB and CTR claimed): income £248.35 is below the applicable amount £256.00, so HB is the rent,
    # £100.00, and CTR the maximum, £1,341.67 x 7 / 365 = £25.73: received now £125.73.
    # With it: income £248.35 + £13.82 = £262.17, excess £6.17; HB £100.00 - 65% x £6.17 (£4.0105 -> £4.01) =
    # £95.99; CTR £25.7306 - 20% x £6.17 (£1.234) = £24.4966 -> £24.50; total £13.82 + £95.99 + £24.50 = £134.31.
    # Pension Credit's value: £134.31 - £125.73 = £8.58 a week (£7.08 while the tax was not deducted).
    h = Household(adults=Adult(age=80, state_pension_weekly=25000), local_authority="Coventry", housing=_home())
    bc = check(h, on=ON, claims=["housing_benefit", "council_tax_reduction"])
    assert (bc.received_weekly, bc.with_claims_weekly) == (12573, 13431)
    pc = next(f for f in bc.findings if f.id == "pension_credit")
    assert pc.weekly == 858


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
    assert bc.received_weekly == bc.with_claims_weekly == 13431
