"""Under ``uprate:PCT`` pension-age Housing Benefit and the English
pensioners' Council Tax Reduction rise with the Pension Credit they are set
against. Until 2026-12-07 their amounts were held while the standard
minimum guarantee was uprated, so a pensioner's income above the (held)
applicable amount grew and HB and CTR fell under an uprating assumption."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from entitlements import Adult, Household, estimate
from entitlements.household import Housing
from entitlements.rates_policy import UPRATING, RatesPolicy, _round_to
from entitlements.tables import default_tables

D = dt.date
UP = RatesPolicy.parse("uprate:3").apply(default_tables())


def test_the_amounts_rise_from_their_uprating_dates():
    # HB pension age, from the first Monday of the tax year (12 April 2027): £238.00 x 1.03 = £245.14 -> £245.15
    # (5p), the same as the standard minimum guarantee; £256.00 x 1.03 = £263.68 -> £263.70; £363.25 -> £374.15;
    # £383.35 -> £394.85.
    assert UP.at("housing_benefit.personal_allowance_pension_age", D(2027, 4, 12)) == {
        "single": 24515, "couple": 37415, "single_pensionable_age_before_april_2021": 26370,
        "couple_pensionable_age_before_april_2021": 39485}
    assert UP.at("pension_credit.standard_minimum_guarantee", D(2027, 4, 12))["single"] == 24515
    # English CTR, a scheme year from 1 April 2027 (the anniversary of its last row).
    assert UP.at("ctr.england.personal_allowance", D(2027, 4, 1))["single"] == 24515
    # Premiums and deductions at 3% (£86.05 -> £88.63 -> £88.65 at 5p; £84.46 -> £86.99 at 1p; £15.95 -> £16.43 ->
    # £16.45), thresholds too (£605 x 1.03 = £623.15 -> £623).
    assert UP.at("ctr.england.premiums", D(2027, 4, 1))["severe_disability"] == 8865
    assert UP.at("ctr.england.premiums", D(2027, 4, 1))["disabled_child"] == 8699
    assert UP.at("ctr.england.non_dependant_deductions", D(2027, 4, 1))["remunerative_higher"] == 1645
    assert UP.at("ctr.england.non_dependant_income_thresholds", D(2027, 4, 1))["upper"] == 62300
    assert UP.at("housing_benefit.non_dependant_income_band", D(2027, 4, 12))["remunerative_work_from"] == 62300
    # Held under "hold", as before.
    held = RatesPolicy.parse("hold").apply(default_tables())
    assert held.at("housing_benefit.personal_allowance_pension_age", D(2027, 6, 7))["single"] == 23800


def test_the_2026_figures_are_reproduced_from_2025_where_set_by_a_percentage():
    # The Orders (SI 2026/148) and SI 2026/27 raise the after-2021 allowances with the guarantee (x 1.048, 5p):
    # £227.10 -> £238.00, £346.60 -> £363.25. The earlier-age allowances are the guarantee plus the savings credit
    # maximum (£238.00 + £17.96 = £255.96, set at £256.00; £363.25 + £20.10 = £383.35): x 1.048 gives £256.15 and
    # £383.55, within 25p (the approximation the rule "approximate" names).
    t = default_tables()
    for tid in ("housing_benefit.personal_allowance_pension_age", "ctr.england.personal_allowance"):
        before, after = t.table(tid).rows[-2].value, t.table(tid).rows[-1].value
        for k in before:
            raised = _round_to(before[k], Fraction(1048, 1000), 5)
            if k in ("single", "couple"):
                assert raised == after[k], (tid, k)
            else:
                assert abs(raised - after[k]) <= 25, (tid, k)
        assert UPRATING[tid].rule == "approximate"


def test_a_pensioners_hb_and_ctr_under_uprate():
    # Aged 78 (pensionable age before April 2021; before April 2016: savings credit), State Pension £260, council
    # rent £100 a week, band C of £2,300 in Coventry, 7 June 2027, uprate:3. Income tax on the State Pension
    # (disregarded: SI 2002/1792 reg 17(10)(a), SI 2006/214 reg 33(12), SI 2012/2885 Sch 1 para 17(13); the 2027-28
    # allowance £12,570, the rates held): 52 x £260 = £13,520 - £12,570 = £950 x 20% = £190.00, / 52 = £3.65;
    # income £256.35. Pension Credit: savings credit £14.02 (the sheet's). HB: income £256.35 + £14.02 = £270.37,
    # applicable amount £263.70 (was held at £256.00), excess £6.67, 65% = £4.3355 -> £4.34, HB £100.00 - £4.34 =
    # £95.66. CTR: band C less 25% = £1,533.33 a year; a day £1,533.33 / 366 less 2 6/7% of £6.67 = £3.998855, x 7
    # = £27.99.
    h = Household(adults=Adult(age=78, state_pension_weekly=26000), local_authority="Coventry",
                  housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="C",
                                  council_tax_band_d=230000))
    e = estimate(h, on=D(2027, 6, 7), rates_after="uprate:3")
    hb = e.benefits.housing_benefit
    assert (int(hb.applicable_amount.total), int(hb.weekly_income), int(hb.award)) == (26370, 27037, 9566)
    assert int(e.benefits.council_tax.ctr_applicable_amount) == 26370
    assert int(e.benefits.council_tax.reduction_weekly) == 2799
