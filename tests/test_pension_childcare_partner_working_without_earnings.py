"""Pension-age HB and CTR: relevant childcare charges for a couple where one partner works 16 hours or more with no
earnings yet (self-employed without profit, or pay not yet received). The condition is remunerative work, not
earnings, so the first penny earned no longer lifts HB by £44.99 a week.

Law read 2026-12-08 (legalize-dev/legalize-uk, uk/uksi-2006-214.md): reg 31(1) applies where the claimant "(b) is a
member of a couple both of whom are engaged in remunerative work"; reg 6(1): "a person shall be treated for the
purposes of these Regulations as engaged in remunerative work if he is engaged, or, where his hours of work
fluctuate, he is engaged on average, for not less than 16 hours a week, in work for which payment is made or which is
done in expectation of payment". Reg 30(1)(c): the charges are deducted "from any earnings which form part of the
average weekly income" (the family's: here the other partner's). The English pensioners' CTR scheme: SI 2012/2885 Sch
1 paras 24(1)(c), 25(1), with its reg 10 (remunerative work, cited by its Sch 4 para 10(4), read); the same words (see
tests/test_hb_ctr_pension_childcare.py's texts).

Before the fix the library took an adult with no earnings figure as not in remunerative work whatever
``in_paid_work`` and ``work_hours_weekly`` said (``childcare.relevant_childcare_charges``): HB £38.30, CTR £15.82;
with a penny a month earned, HB £83.29, CTR £29.67.

Household, 7 December 2026, Coventry, social rent £120.00 a week, band B (£1,957.45 a year, no discount: two
adults): a couple bringing up a granddaughter of 12 (born 1 May 2014), childcare £300.00 a month for her. She (born
1950): State Pension £230.00 a week, net earnings £1,200.00 a month, 20 hours. He (born 1949): State Pension £100.00
a week, self-employed 20 hours a week, no profit yet (``in_paid_work=True``, no earnings). Rates 2026-27 (the
library's tables): HB applicable amount couple £383.35 + child £87.88 = £471.23 (SI 2026/148 Sch 6), the English CTR
scheme's the same; earnings disregard £10 (a couple, Sch 4 para 7(b)); HB taper 65%; CTR 2 6/7% of the excess a day.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Child, Household, Housing, estimate, estimate_caseload

ON = dt.date(2026, 12, 7)


def _couple(his_monthly=0, *, in_paid_work=True, hours=20):
    she = Adult(date_of_birth=dt.date(1950, 1, 1), state_pension_weekly=23000, monthly_earnings=120000,
                work_hours_weekly=20)
    he = Adult(date_of_birth=dt.date(1949, 6, 1), state_pension_weekly=10000, monthly_earnings=his_monthly,
               in_paid_work=in_paid_work, work_hours_weekly=hours)
    return Household(adults=(she, he), children=(Child(date_of_birth=dt.date(2014, 5, 1), sex="female"),),
                     childcare_costs_monthly=30000, childcare_children=1,
                     housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                     local_authority="Coventry")


def test_partner_working_20_hours_without_earnings_childcare_deducted_2026():
    # Both in remunerative work (reg 6(1): 20 hours each, his done in expectation of payment): reg 31(1)(b) met.
    # Earnings £1,200.00 x 12 / 52 = £276.923, £276.92; less £10.00; childcare £300.00 x 12 / 52 = £69.23 (under
    # £175, reg 30(3)(a); within the earnings). HB income £230.00 + £100.00 + £276.92 - £10.00 - £69.23 = £527.69;
    # excess over £471.23 £56.46; 65% = £36.699, £36.70; HB £120.00 - £36.70 = £83.30.
    # CTR: the £17.10 too (SI 2012/2885 Sch 4 para 10(2)(b)(ii): a couple, one working 16 hours, a child in the
    # family; £276.92 is at least £10.00 + £69.23 + £17.10): income £510.59; excess £39.36; (£1,957.45 / 365 -
    # 2 6/7% x £39.36) x 7 = (£5.362877 - £1.124571) x 7 = £29.668, £29.67.
    b = estimate(_couple(), on=ON).benefits
    hb, ct = b.housing_benefit, b.council_tax
    assert (hb.childcare_charges, hb.weekly_income, hb.excess_income, hb.award) == (6923, 52769, 5646, 8330)
    assert (ct.ctr_income, ct.reduction_weekly) == (51059, 2967)


def test_the_first_penny_moves_nothing_but_the_rounding_2026():
    # A penny a month more: the month's earnings £1,200.01 x 12 / 52 = £276.925, £276.93 (half up): a penny more
    # income, 65p in £100 of taper: HB £83.29; CTR unchanged. No leap.
    lo, hi = (estimate(_couple(m), on=ON).benefits for m in (0, 1))
    assert hi.housing_benefit.award - lo.housing_benefit.award in (0, -1)
    assert hi.council_tax.reduction_weekly <= lo.council_tax.reduction_weekly


def test_no_work_or_under_16_hours_no_childcare_2026():
    # Not in paid work, or 15 hours (reg 6(1): less than 16): reg 31(1)(b) not met, (c) not met (he is not
    # incapacitated: under 80, no disability benefit). HB income £527.69 + £69.23 = £596.92; excess £125.69; 65% =
    # £81.6985, £81.70; HB £38.30.
    for h in (_couple(in_paid_work=False, hours=None), _couple(hours=15)):
        hb = estimate(h, on=ON).benefits.housing_benefit
        assert (hb.childcare_charges, hb.weekly_income, hb.award) == (0, 59692, 3830)


def test_hours_not_given_leaves_it_open_2026():
    # In paid work, hours not given: perhaps in remunerative work; the deduction is not made and the case is named
    # open (as for an earner whose hours are not given).
    e = estimate(_couple(hours=None), on=ON)
    assert e.benefits.housing_benefit.childcare_charges == 0
    assert any("childcare" in c for c in e.caveats)


def test_the_caseload_gives_the_same_2026():
    r = estimate_caseload([_couple(), _couple(hours=15)], on=ON).benefits
    assert list(r.housing_benefit.award) == [8330, 3830]
    assert list(r.council_tax.reduction_weekly) == [2967, 1582]
