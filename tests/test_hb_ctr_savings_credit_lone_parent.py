"""Pension-age Housing Benefit and Council Tax Reduction with savings credit only: a lone parent's higher earnings
disregard taken off the Secretary of State's income (SI 2006/214 reg 27(4)(c)(i) and its CTR twins), worked to the
penny, the working sheets, and the caseload path giving the same.

Law read 2026-12-07 (legalize-dev/legalize-uk):

- SI 2006/214 (uk/uksi-2006-214.md) reg 27(4): the authority "shall modify the amount of the net income provided by
  the Secretary of State only in so far as necessary to take into account (a) the amount of the savings credit
  payable; ... (c) the higher amount disregarded under these Regulations in respect of (i) lone parent's earnings;
  ... (d) any amount to be disregarded by virtue of paragraph 5A or 9(1) of Schedule 4"; reg 27(5): regs 29 to 49
  apply "for the purpose of determining any modifications". Sch 4 para 2: "In a case where a claimant is a lone
  parent, £25 of earnings"; para 9(2)(b)(iii): the £17.10 for a lone parent working 16 hours.
- SI 2012/2885 (uk/uksi-2012-2885.md) Sch 1 para 14(2)(c)(i) (the same words, "under this Schedule"); Sch 4 para 2
  (£25).
- WSI 2013/3029 (uk-wls/wsi-2013-3029.md, the Welsh text) Sch 1 para 8(2)(c)(i): "y swm uchaf a ddiystyrir o dan
  gynllun awdurdod mewn perthynas ag— (i) enillion unig riant" (the highest amount disregarded under an authority's
  scheme in respect of (i) a lone parent's earnings); Sch 3 para 2: "Mewn achos pan fo'r ceisydd yn unig riant, £25
  o'r enillion" (where the applicant is a lone parent, £25 of the earnings).
- SSI 2012/319 (uk-sct/ssi-2012-319.md) reg 25(2)(c)(i) (as England's, "under these Regulations"); Sch 2 para 2:
  "In a case where the applicant is a lone parent, £25."
- Pension Credit disregards £20 of a lone parent's earnings (SI 2002/1792 Sch VI para 1; the library's
  ``pension_credit.earnings_disregard``, read there): the modification is the £5 more (at most the earnings).

Rates 2026-27 (the library's tables cite each): Pension Credit standard minimum guarantee single £238.00, child
addition for an eldest child born before 6 April 2017 £81.07, savings credit threshold £208.07, maximum £17.96 (SI
2026/148 art 29); savings credit percentages 60% and 40% (SI 2002/1792 reg 7(1)); HB personal allowance single,
pensionable age before April 2021, £256.00, child allowance £87.88 (SI 2026/148 art 24(6), Sch 6); the English CTR
scheme's the same (SI 2026/27 reg 6; Sch 2 para 2); HB taper 65% (reg 51); CTR taper 2 6/7% a day (Sch 1 para
3(f)(ii)).

The household: a grandmother of 80 (born 1 January 1946: pensionable age before 6 April 2016, so savings credit;
before April 2021, so the higher allowance), bringing up a grandchild born 1 May 2014 (a lone parent: no partner,
responsible for a child), State Pension £230.00 a week (under the personal allowance: no income tax on it), net
earnings £600.00 a month, social rent £120.00 a week, band B.

Pension Credit (the same in every case below): earnings £600.00 x 12 / 52 = £138.4615, a fraction of a penny
disregarded: £138.46; less £20.00 (lone parent): £118.46; income £230.00 + £118.46 = £348.46. Appropriate minimum
guarantee £238.00 + £81.07 = £319.07: no guarantee credit. Savings credit: amount A the lesser of £17.96 and 60% x
(£348.46 - £208.07) = £84.23: £17.96; amount B 40% x (£348.46 - £319.07) = 40% x £29.39 = £11.756, rounded down
(reg 7(4)) £11.75; savings credit £17.96 - £11.75 = £6.21.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Child, Household, Housing, estimate, estimate_caseload

ON = dt.date(2026, 12, 7)
GRANDCHILD = Child(date_of_birth=dt.date(2014, 5, 1))


def _lone_parent(hours, *, la="Coventry", nation=None, monthly=60000, other=0):
    h = Household(adults=Adult(date_of_birth=dt.date(1946, 1, 1), state_pension_weekly=23000, monthly_earnings=monthly,
                               other_unearned_income_monthly=other, work_hours_weekly=hours),
                  children=(GRANDCHILD,),
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                  local_authority=la)
    return h if nation is None else h.replace(nation=nation)


def test_hb_takes_off_the_lone_parents_higher_disregard_2026():
    # HB (reg 27): Pension Credit's income £348.46 + the savings credit £6.21 (reg 27(4)(a)) = £354.67; less the
    # higher amount HB disregards of a lone parent's earnings (reg 27(4)(c)(i)): HB's weekly earnings £138.46 (reg
    # 27(5), reg 33(1)(b)(i): x 12 / 52), of which £25.00 disregarded (Sch 4 para 2) where Pension Credit took £20.00:
    # £5.00 more; income £349.67. 10 hours: no £17.10 (para 9(2)(b)(iii) asks for 16). Applicable amount £256.00 +
    # £87.88 = £343.88; excess £5.79; 65% = £3.7635, £3.76; HB £120.00 - £3.76 = £116.24.
    # (Before: income £354.67, excess £10.79, 65% = £7.0135, £7.01; HB £112.99.)
    b = estimate(_lone_parent(10), on=ON).benefits
    pc = b.pension_credit
    assert (pc.income, pc.guarantee_credit, pc.savings_credit) == (34846, 0, 621)
    assert b.pension_income_tax == (0, 0)
    hb = b.housing_benefit
    assert (hb.applicable_amount.total, hb.earnings_disregarded, hb.weekly_income, hb.excess_income,
            hb.taper_deduction, hb.award) == (34388, 500, 34967, 579, 376, 11624)


def test_hb_lone_parent_at_16_hours_gets_both_2026():
    # 20 hours: a lone parent working 16 or more meets Sch 4 para 9(2)(b)(iii), and the earnings £138.46 reach
    # £25.00 + £17.10 (para 9(3)): both come off, £354.67 - £5.00 - £17.10 = £332.57, below £343.88: the whole rent,
    # £120.00.
    hb = estimate(_lone_parent(20), on=ON).benefits.housing_benefit
    assert (hb.earnings_disregarded, hb.weekly_income, hb.excess_income, hb.award) == (2210, 33257, 0, 12000)


def test_the_modification_is_at_most_the_earnings_above_pension_credits_20_2026():
    # Net earnings £95.34 a month: x 12 / 52 = £22.0015, £22.00 (Pension Credit disregards the fraction; HB's
    # reg 33(1)(b)(i) the same to the penny). Pension Credit disregards £20.00 of it; HB would disregard all
    # £22.00 (under £25): £2.00 more. Other income £400.00 a month = £92.31 a week. Pension Credit's income
    # £230.00 + £92.31 + £2.00 = £324.31; savings credit £17.96 - 40% x (£324.31 - £319.07) = £17.96 - £2.096
    # (£2.09) = £15.87. HB income £324.31 + £15.87 - £2.00 = £338.18, below £343.88.
    # £80.00 a month (£18.46 a week): all of it under £20 in both schemes, nothing more. Pension Credit's income
    # £230.00 + £92.31 = £322.31; savings credit £17.96 - 40% x £3.24 (£1.296, £1.29) = £16.67; £338.98.
    for monthly, more, income in ((9534, 200, 33818), (8000, 0, 33898)):
        b = estimate(_lone_parent(10, monthly=monthly, other=40000), on=ON).benefits
        assert (b.housing_benefit.earnings_disregarded, b.housing_benefit.weekly_income) == (more, income)
        assert (b.council_tax.ctr_earnings_disregarded, b.council_tax.ctr_income) == (more, income)
    assert estimate(_lone_parent(10, monthly=9534, other=40000), on=ON).benefits.pension_credit.savings_credit == 1587


def test_england_ctr_takes_off_the_same_2026():
    # SI 2012/2885 Sch 1 para 14(2)(c)(i), Sch 4 para 2. Coventry band B 2026-27: £2,516.72 x 7/9 = £1,957.45; one
    # adult, 25% off: £1,468.09 a year, x 7 / 365 = £28.16 a week. Applicable amount £256.00 + £87.88 =
    # £343.88. 10 hours: income £349.67, excess £5.79; by the day: (£1,468.09 / 365 - 2 6/7% x £5.79) x 7 =
    # (£4.022164 - £0.165429) x 7 = £26.9972, £27.00. (Before: excess £10.79, (£4.022164 - £0.308286) x 7 =
    # £25.9972, £26.00.)
    # 20 hours: income £332.57, no excess: the whole £28.16.
    worked = [estimate(_lone_parent(h), on=ON).benefits.council_tax for h in (10, 20)]
    assert [(c.ctr_applicable_amount, c.ctr_income, c.ctr_earnings_disregarded, c.ctr_excess_income,
             c.reduction_weekly) for c in worked] == [(34388, 34967, 500, 579, 2700), (34388, 33257, 2210, 0, 2816)]


def test_wales_and_scotland_count_the_same_income_2026():
    # WSI 2013/3029 Sch 1 para 8(2)(c)(i), Sch 3 para 2; SSI 2012/319 reg 25(2)(c)(i), Sch 2 para 2: the income is
    # £349.67 at 10 hours and £332.57 at 20, as in England. Their applicable amounts are higher (Cardiff £364.10 with
    # the Welsh family premium; Glasgow £365.85), so the whole reduction either way: Cardiff £1,174.36 x 7 / 365 =
    # £22.52, Glasgow £995.17 x 7 / 365 = £19.09. (This lone parent, one child and no premium, cannot have income
    # above these on savings credit only: it ends about £44.90 above the guarantee, £319.07 + £44.90 < £364.10.)
    for la, nation, reduction in (("Cardiff", "wales", 2252), ("Glasgow", "scotland", 1909)):
        worked = [estimate(_lone_parent(h, la=la, nation=nation), on=ON).benefits.council_tax for h in (10, 20)]
        assert [(c.ctr_income, c.ctr_earnings_disregarded, c.ctr_excess_income, c.reduction_weekly)
                for c in worked] == [(34967, 500, 0, reduction), (33257, 2210, 0, reduction)]


def test_a_couple_or_no_child_has_no_lone_parents_disregard_2026():
    # Without the grandchild: Pension Credit disregards £5.00 (single, Sch VI para 5), so income £230.00 + £133.46 =
    # £363.46, AMG £238.00, savings credit £17.96 - 40% x £125.46 < 0: none; the case is not reg 27's.
    alone = estimate(_lone_parent(10).replace(children=()), on=ON).benefits
    assert alone.pension_credit.savings_credit == 0
    # With a partner (born 1 March 1946, State Pension £100.00) and the grandchild: not a lone parent. Pension Credit:
    # £10.00 disregarded (couple, Sch VI para 5(b)): income £230.00 + £100.00 + £128.46 = £458.46; AMG £363.25 +
    # £81.07 = £444.32; savings credit £20.10 (couple maximum; 60% x (£458.46 - £329.75) is more) - 40% x £14.14
    # (£5.656, £5.65) = £14.45. HB and CTR take nothing off: no (c)(i), and at 10 hours no £17.10.
    couple = _lone_parent(10).replace(adults=(_lone_parent(10).adults[0],
                                              Adult(date_of_birth=dt.date(1946, 3, 1), state_pension_weekly=10000)))
    b = estimate(couple, on=ON).benefits
    assert (b.pension_credit.income, b.pension_credit.guarantee_credit, b.pension_credit.savings_credit) == (45846, 0,
                                                                                                             1445)
    assert (b.housing_benefit.earnings_disregarded, b.council_tax.ctr_earnings_disregarded) == (0, 0)
    assert (b.housing_benefit.weekly_income, b.council_tax.ctr_income) == (47291, 47291)


def test_the_caseload_gives_the_same_2026():
    households = [_lone_parent(10), _lone_parent(20), _lone_parent(10, la="Cardiff", nation="wales"),
                  _lone_parent(20, la="Glasgow", nation="scotland")]
    r = estimate_caseload(households, on=ON).benefits
    assert list(r.housing_benefit.award) == [11624, 12000, 11624, 12000]
    assert list(r.housing_benefit.earnings_disregarded) == [500, 2210, 500, 2210]
    assert list(r.council_tax.ctr_income) == [34967, 33257, 34967, 33257]
    assert list(r.council_tax.ctr_earnings_disregarded) == [500, 2210, 500, 2210]
    assert list(r.council_tax.reduction_weekly) == [2700, 2816, 2252, 1909]


def _sheet(h) -> str:
    return " ".join(estimate(h, on=ON).render().split())


def test_the_hb_sheet_names_each_adjustment_2026():
    assert ("Pension Credit's income £348.46 plus the savings credit £6.21 (reg 27(1), (4)(a)), less £5.00, the "
            "higher disregard of a lone parent's earnings (£25.00 here, £20.00 in Pension Credit: reg 27(4)(c)(i), "
            "Sch 4 para 2), less the £17.10 additional earnings disregard (reg 27(4)(d), Sch 4 para 9(1))"
            ) in _sheet(_lone_parent(20))
    assert "£17.10 additional" not in _sheet(_lone_parent(10))


def test_the_ctr_sheet_shows_how_the_income_is_made_up_in_each_nation_2026():
    for la, nation, law, lone, additional in (
            ("Coventry", None, "SI 2012/2885 Sch 1 para 14", "Sch 4 para 2", "Sch 4 para 10(1)"),
            ("Cardiff", "wales", "WSI 2013/3029 Sch 1 para 8", "Sch 3 para 2", "Sch 3 para 10(1)"),
            ("Glasgow", "scotland", "SSI 2012/319 reg 25", "Sch 2 para 2", "Sch 2 para 10(1)")):
        text = _sheet(_lone_parent(20, la=la, nation=nation))
        ctr = text[text.index("Council tax and Council Tax Reduction"):]
        assert f"Pension Credit's income (the Secretary of State's) £348.46 {law}(1)" in ctr
        assert f"+ Savings credit £6.21 {law}(2)(a)" in ctr
        assert f"- Lone parent's earnings: the higher disregard £5.00 {law}(2)(c)(i); {lone}" in ctr
        assert f"- Additional earnings disregard £17.10 {law}(2)(d); {additional}" in ctr
        assert "= Income counted £332.57" in ctr


def test_the_ctr_sheet_without_earnings_shows_the_income_and_the_credit_only_2026():
    # The grandmother without earnings: State Pension £230.00 and £400.00 a month of other income (£92.31 a
    # week): Pension Credit's income £322.31, AMG £319.07, savings credit £17.96 - 40% x £3.24 (£1.296, £1.29) =
    # £16.67. CTR income £322.31 + £16.67 = £338.98; no earnings, nothing taken off.
    text = _sheet(_lone_parent(None, monthly=0, other=40000))
    ctr = text[text.index("Council tax and Council Tax Reduction"):]
    assert "Pension Credit's income (the Secretary of State's) £322.31" in ctr and "+ Savings credit £16.67" in ctr
    assert "higher disregard" not in ctr and "Additional earnings disregard" not in ctr
    assert "= Income counted £338.98" in ctr


# -- the caseload equals one household at a time, savings credit only, with earnings and hours --------------------


#: Pension Credit's appropriate minimum guarantee 2026-27 (SI 2026/148 art 29) and earnings disregard (SI 2002/1792
#: Sch VI) by (couple, child): each drawn case's pension is set so that Pension Credit's income is a little above the
#: guarantee, where savings credit alone is paid.
_AMG = {(False, False): 23800, (False, True): 23800 + 8107, (True, False): 36325, (True, True): 36325 + 8107}
_PC_DISREGARD = {(False, False): 500, (False, True): 2000, (True, False): 1000, (True, True): 1000}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(st.sampled_from([None, 10, 16, 30]), st.sampled_from([0, 9534, 40000, 60000, 90000, 120000]),
                          st.integers(1, 4400), st.booleans(), st.booleans(),
                          st.sampled_from([("Coventry", None), ("Cardiff", "wales"), ("Glasgow", "scotland")])),
                min_size=2, max_size=5))
def test_scalar_equals_array_savings_credit_with_earnings(cases):
    """Savings-credit-only pensioners (born 1946 and 1947) with earnings, hours or none, a child or none, a partner
    or none, in each nation: the caseload's HB and CTR figures are the single estimate's, row by row. The State
    Pension is drawn so that Pension Credit's income is 1p to £44.00 above the guarantee (savings credit ends about
    £44.90 above it), split between a couple so that little or no income tax comes off."""
    households = []
    for hours, monthly, above, child, couple, (la, nation) in cases:
        earned = max(monthly * 12 // 52 - _PC_DISREGARD[couple, child], 0)
        pension = max(_AMG[couple, child] + above - earned, 0)
        first = min(pension, 24000) if couple else pension
        a = Adult(date_of_birth=dt.date(1946, 1, 1), state_pension_weekly=first, monthly_earnings=monthly,
                  work_hours_weekly=hours)
        adults = (a, Adult(date_of_birth=dt.date(1947, 2, 1), state_pension_weekly=pension - first)) if couple else (a,)
        households.append(_lone_parent(hours, la=la, nation=nation).replace(adults=adults,
                                                                            children=(GRANDCHILD,) if child else ()))
    r = estimate_caseload(households, on=ON).benefits
    for i, h in enumerate(households):
        b = estimate(h, on=ON).benefits
        hb, c = b.housing_benefit, b.council_tax
        assert (int(r.housing_benefit.award[i]), int(r.housing_benefit.earnings_disregarded[i]),
                int(r.housing_benefit.weekly_income[i])) == (hb.award, hb.earnings_disregarded, hb.weekly_income), h
        assert (int(r.council_tax.ctr_income[i]), int(r.council_tax.ctr_earnings_disregarded[i]),
                int(r.council_tax.reduction_weekly[i])) == (c.ctr_income, c.ctr_earnings_disregarded,
                                                            c.reduction_weekly), h


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(23000, 26000), st.integers(1, 1000), st.sampled_from([None, 10, 16]),
       st.sampled_from([50000, 60000, 70000]), st.sampled_from([("Coventry", None), ("Cardiff", "wales"),
                                                                 ("Glasgow", "scotland")]))
def test_more_pension_never_raises_hb_or_ctr_for_a_lone_parent(pension, extra, hours, monthly, where):
    """Where savings credit ends, the schemes stop using the Secretary of State's income and count their own, with
    the £25 disregard: taking the £5.00 off the Secretary of State's income too keeps the step smooth. Without it,
    20p more State Pension raised HB by £3.16 (the grandmother with £246.40 and £246.60 a week, £600.00 a month for
    10 hours: HB £106.95 then £110.11, Coventry CTR £24.14 then £25.11). The pensions drawn straddle the end of
    savings credit for these earnings (about £246.50 a week with £600.00 a month)."""
    lo, hi = (estimate(_lone_parent(hours, la=where[0], nation=where[1], monthly=monthly).replace(
        adults=(Adult(date_of_birth=dt.date(1946, 1, 1), state_pension_weekly=p, monthly_earnings=monthly,
                      work_hours_weekly=hours),)), on=ON).benefits for p in (pension, pension + extra))
    assert hi.housing_benefit.award <= lo.housing_benefit.award
    assert hi.council_tax.reduction_weekly <= lo.council_tax.reduction_weekly


def test_the_step_where_savings_credit_ends_2026():
    # The example of the property above, on either side of the end of savings credit: HB and CTR never rise.
    b = [estimate(_lone_parent(10).replace(adults=(Adult(date_of_birth=dt.date(1946, 1, 1), state_pension_weekly=p,
                                                          monthly_earnings=60000, work_hours_weekly=10),)),
                  on=ON).benefits for p in (24640, 24660)]
    assert b[0].pension_credit.savings_credit > 0 and b[1].pension_credit.award == 0
    assert b[1].housing_benefit.award <= b[0].housing_benefit.award
    assert b[1].council_tax.reduction_weekly <= b[0].council_tax.reduction_weekly


def test_childcare_charges_at_pension_age_come_off_the_secretary_of_states_income_2026():
    # Reg 27(4)(b) (and CTR Sch 1 para 14(2)(b), Wales para 8(2)(b), Scotland reg 25(2)(b)) lets the childcare
    # charges the scheme deducts (reg 30(1)(c), 31: up to £175 a week for one child, £300 for more, read; England Sch
    # 1 paras 24-25, Wales Sch 1 paras 18-19, Scotland regs 28-29, the same sums, read) come off the Secretary of
    # State's income. Until 2026-12-07 the sheets said the deduction was not modelled; since then it is made
    # (tests/test_hb_ctr_pension_childcare.py works it to the penny). Here: £300.00 a month x 12 / 52 = £69.23 a
    # week, under £175; the earnings £138.46 less the £25.00 and £17.10 disregards leave £96.36, more than it; and
    # the earnings reach £25.00 + £69.23 + £17.10 = £111.33, so the £17.10 stays (Sch 4 para 9(3)). Income £332.57 -
    # £69.23 = £263.34; the award was the whole rent already.
    for la, nation, law in (("Coventry", None, "SI 2012/2885 Sch 1 para 14(2)(b)"),
                            ("Cardiff", "wales", "WSI 2013/3029 Sch 1 para 8(2)(b)"),
                            ("Glasgow", "scotland", "SSI 2012/319 reg 25(2)(b)")):
        plain = _lone_parent(20, la=la, nation=nation)
        h = plain.replace(childcare_costs_monthly=30000, childcare_children=1)
        e = estimate(h, on=ON)
        hb, c = e.benefits.housing_benefit, e.benefits.council_tax
        assert hb.award == estimate(plain, on=ON).benefits.housing_benefit.award == 12000
        assert (hb.childcare_charges, hb.weekly_income, c.ctr_childcare_charges, c.ctr_income) == (6923, 26334, 6923,
                                                                                                   26334)
        text = " ".join(e.render().split())
        assert "is not modelled, so" not in text
        assert ("Childcare charges taken off the earnings (already out of the income) £69.23 SI 2006/214 reg "
                "27(4)(b), reg 30(1)(c), (3), reg 31") in text
        assert f"- Childcare charges taken off the earnings £69.23 {law}; " in text
    assert "Childcare charges" not in " ".join(estimate(_lone_parent(20), on=ON).render().split())
