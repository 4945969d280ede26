"""Pension-age Housing Benefit and Council Tax Reduction: relevant childcare charges taken off the earnings, worked to
the penny in each nation, with savings credit only, and the caseload path giving the same.

Law read 2026-12-07 (legalize-dev/legalize-uk; the arithmetic is here, not read from the library's tables):

- SI 2006/214 (uk/uksi-2006-214.md, revised to 29 October 2013) reg 30(1)(c): the income is worked out "by then
  deducting any relevant child care charges to which regulation 31 (treatment of child care charges) applies from
  any earnings which form part of the average weekly income ... up to a maximum deduction in respect of the
  claimant's family of whichever of the sums specified in paragraph (3) applies"; reg 30(3): "(a) where the
  claimant's family includes only one child in respect of whom relevant child care charges are paid, £175.00 per
  week; (b) ... more than one child ..., £300 per week". Reg 31(1): "(a) is a lone parent and is engaged in
  remunerative work; (b) is a member of a couple both of whom are engaged in remunerative work; or (c) ... one
  member is engaged in remunerative work and the other (i) is incapacitated"; reg 31(11)(a): the other member "is
  to be treated as incapacitated where he is aged not less than 80", (d) where attendance allowance, DLA or PIP is
  payable for him; reg 31(6): care for a child "ending on the day preceding the first Monday in September following
  that child's fifteenth birthday" (sixteenth if disabled); reg 31(13)(a), (d): a person is disabled if "disability
  living allowance is payable" or "personal independence payment is payable" for them, (b) or registered blind.
  Reg 27(4)(b): with savings credit only, the Secretary of State's income is modified to take into account "in
  respect of any dependent children of the claimant, childcare charges taken into account under regulation
  30(1)(c)". Sch 4 para 9(1), (3): the £17.10 more where the net earnings equal or exceed "(a) any amount disregarded
  under this Schedule; (b) the amount of child care charges calculated as deductible ...; and (c) £17.10".
- SI 2012/2885 (uk/uksi-2012-2885.md) Sch 1 paras 24(1)(c), (3), 25 (the same words and sums; para 25(10)(a): "he
  is aged not less than 80"; para 25(13): a child is disabled where "an attendance allowance or care component of
  disability allowance is payable", the daily living component of PIP, or registered severely sight-impaired), and
  para 14(2)(b) with savings credit only.
- WSI 2013/3029 (uk-wls/wsi-2013-3029.md, the Welsh text as made) Sch 1 para 18(3): "£175 yr wythnos" for one
  child, "£300 yr wythnos" for more; para 19(11)(a): the other member is incapacitated "os yw'r ceisydd yn
  bensiynwr a'r aelod arall o'r cwpl heb fod yn llai nag 80 oed" (the applicant a pensioner and the other member not
  less than 80); para 19(14)(a)-(b): disabled where "lwfans gweini neu elfen ofal y lwfans anabledd" (attendance
  allowance or the care component of DLA) or PIP daily living is payable; para 8(2)(b) with savings credit only.
- SSI 2012/319 (uk-sct/ssi-2012-319.md, revised to 1 June 2019) regs 28(1)(c), (3) (£175, £300), 29 (reg 29(11)(a):
  "aged 80 or more"; reg 29(14)(a): disabled where "disability living allowance or personal independence payment is
  payable"), and reg 25(2)(b) with savings credit only.

Rates 2026-27 (the library's tables cite each): HB personal allowance single, pensionable age before April 2021,
£256.00, couple £383.35, child allowance £87.88, disabled child premium £84.46 (SI 2026/148 art 24(6), Sch 6); the
English CTR scheme's the same; Wales adds a family premium £20.22 (WSI 2026/13 reg 8(c)); Scotland's single amount
£256.00 + £87.88 + £21.97 (the library's applicable amount £365.85, not re-derived here); HB taper 65% (reg 51); CTR
2 6/7% of the excess a day (SI 2012/2885 Sch 1 para 3(f)(ii) and twins). Earnings disregards (Sch 4): £25 a lone
parent, £10 a couple, £17.10 more for a lone parent working 16 hours (para 9(2)(b)(iii)).

Council tax band B 2026-27, one adult, 25% off (the figures of tests/test_hb_ctr_savings_credit_lone_parent.py):
Coventry £1,468.09 a year (£28.16 a week), Cardiff £1,174.36 (£22.52), Glasgow City £995.17 (£19.09).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Child, Household, Housing, estimate, estimate_caseload
from entitlements.benefits.housing_benefit import earnings_disregard, housing_benefit
from entitlements.tables import Tables

ON = dt.date(2026, 12, 7)
GRANDCHILD = Child(date_of_birth=dt.date(2014, 5, 1), sex="female")
PLACES = (("Coventry", None), ("Cardiff", "wales"), ("Glasgow", "scotland"))


def _grandmother(*, la="Coventry", nation=None, monthly=120000, childcare=30000, hours=20, children=(GRANDCHILD,),
                 paid_for=None):
    """A grandmother of 80 (born 1 January 1946) bringing up her grandchild (a lone parent), State Pension £230.00
    a week (no income tax on it), net earnings ``monthly``, social rent £120.00 a week, band B."""
    h = Household(adults=Adult(date_of_birth=dt.date(1946, 1, 1), state_pension_weekly=23000, monthly_earnings=monthly,
                               work_hours_weekly=hours),
                  children=children, childcare_costs_monthly=childcare,
                  childcare_children=(len(children) if paid_for is None else paid_for) if childcare else 0,
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                  local_authority=la)
    return h if nation is None else h.replace(nation=nation)


# -- no Pension Credit: the scheme's own income, in each nation -------------------------------------------------


def test_hb_lone_parent_earning_1200_with_300_childcare_2026():
    # Pension Credit: £230.00 + (£1,200.00 x 12 / 52 = £276.92 - £20.00) = £486.92, far above the guarantee
    # (£319.07) and past the end of savings credit (40% x £167.85 = £67.14 > £17.96): none. HB counts its own.
    # Earnings £276.92 (reg 33(1)(b)(i)). Childcare £300.00 x 12 / 52 = £69.2308, £69.23 a week, under £175 (one
    # child); she works 20 hours (remunerative work, reg 6(1)), a lone parent (reg 31(1)(a)); the child is 12.
    # Disregards: £25.00 (Sch 4 para 2) + £17.10 (para 9(2)(b)(iii); the earnings £276.92 reach £25.00 + £69.23 +
    # £17.10 = £111.33, para 9(3)) = £42.10; £276.92 - £42.10 = £234.82 of earnings left, more than £69.23.
    # Income £230.00 + £276.92 - £42.10 - £69.23 = £395.59; applicable amount £256.00 + £87.88 = £343.88; excess
    # £51.71; 65% = £33.6115, £33.61; HB £120.00 - £33.61 = £86.39.
    # (Before 2026-12-07: income £464.82, excess £120.94, 65% = £78.611, £78.61; HB £41.39.)
    b = estimate(_grandmother(), on=ON).benefits
    assert (b.pension_credit.award, b.pension_income_tax) == (0, (0, 0))
    hb = b.housing_benefit
    assert (hb.earnings_disregarded, hb.childcare_charges, hb.weekly_income, hb.excess_income, hb.taper_deduction,
            hb.award) == (4210, 6923, 39559, 5171, 3361, 8639)
    assert estimate(_grandmother(childcare=0), on=ON).benefits.housing_benefit.award == 4139


def test_ctr_lone_parent_earning_1200_with_300_childcare_in_each_nation_2026():
    # The same income in each pensioners' scheme: £395.59 (SI 2012/2885 Sch 1 para 24(1)(c); WSI 2013/3029 Sch 1
    # para 18(1)(c); SSI 2012/319 reg 28(1)(c)), £464.82 without the charges. By the day, (liability / 365 - 2 6/7% x
    # excess) x 7:
    # Coventry, applicable amount £343.88: excess £51.71; (£1,468.09 / 365 - £1.477429) x 7 = (£4.022164 -
    #   £1.477429) x 7 = £17.8131, £17.81 (was excess £120.94: (£4.022164 - £3.455429) x 7 = £3.9671, £3.97).
    # Cardiff, £343.88 + £20.22 family premium = £364.10: excess £31.49; (£3.217425 - £0.899714) x 7 = £16.2240,
    #   £16.22 (was excess £100.72: (£3.217425 - £2.877714) x 7 = £2.3780, £2.38).
    # Glasgow City, £365.85: excess £29.74; (£2.726493 - £0.849714) x 7 = £13.1375, £13.14 (was excess £98.97:
    #   £2.827714 a day, more than the liability's £2.726493: nil).
    for (la, nation), applicable, excess, reduction, before in zip(
            PLACES, (34388, 36410, 36585), (5171, 3149, 2974), (1781, 1622, 1314), (397, 238, 0)):
        c = estimate(_grandmother(la=la, nation=nation), on=ON).benefits.council_tax
        assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_income, c.ctr_childcare_charges, c.ctr_excess_income,
                c.reduction_weekly) == (1, applicable, 39559, 6923, excess, reduction), la
        without = estimate(_grandmother(la=la, nation=nation, childcare=0), on=ON).benefits.council_tax
        assert (without.ctr_income, without.ctr_childcare_charges, without.reduction_weekly) == (46482, 0, before), la


# -- savings credit only: the Secretary of State's income, and a partner of 80 -----------------------------------


def _couple(*, la="Coventry", nation=None, childcare=30000, born=dt.date(1946, 1, 1)):
    """A couple bringing up their grandchild: the elder (born ``born``) with State Pension £230.00 and no work, the
    younger (born 1 June 1950, 76) with State Pension £100.00 and £650.00 a month net for 20 hours; both reached
    pensionable age before 6 April 2016 (savings credit, SPCA 2002 s 3(1))."""
    h = Household(adults=(Adult(date_of_birth=born, state_pension_weekly=23000),
                          Adult(date_of_birth=dt.date(1950, 6, 1), state_pension_weekly=10000, monthly_earnings=65000,
                                work_hours_weekly=20)),
                  children=(GRANDCHILD,), childcare_costs_monthly=childcare, childcare_children=1 if childcare else 0,
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                  local_authority=la)
    return h if nation is None else h.replace(nation=nation)


def test_hb_savings_credit_couple_with_a_partner_of_80_2026():
    # Pension Credit: earnings £650.00 x 12 / 52 = £150.00, less £10.00 (a couple): £140.00; income £230.00 +
    # £100.00 + £140.00 = £470.00; guarantee £363.25 + £81.07 = £444.32: none; savings credit £20.10 - 40% x
    # £25.68 (£10.272, £10.27) = £9.83. HB (reg 27): £470.00 + £9.83 = £479.83. No £17.10: neither works 30 hours,
    # and the pension-age applicable amount has no family premium (Sch 4 para 9(2)(b)(ii)). Childcare (reg
    # 27(4)(b)): the younger works 20 hours, the elder is 80, so incapacitated (reg 31(11)(a)); £69.23 a week, under
    # £175 and under the earnings HB would count, £150.00 - £10.00 (Sch 4 para 7(b)) = £140.00. Income £479.83 -
    # £69.23 = £410.60, below the applicable amount £383.35 + £87.88 = £471.23: the whole rent, £120.00.
    # (Without the charges, as before 2026-12-07: excess £8.60, 65% = £5.59, HB £114.41.)
    b = estimate(_couple(), on=ON).benefits
    assert (b.pension_credit.income, b.pension_credit.guarantee_credit, b.pension_credit.savings_credit) == (47000, 0,
                                                                                                             983)
    hb = b.housing_benefit
    assert (hb.applicable_amount.total, hb.childcare_charges, hb.weekly_income, hb.excess_income, hb.award) == (
        47123, 6923, 41060, 0, 12000)
    before = estimate(_couple(childcare=0), on=ON).benefits.housing_benefit
    assert (before.weekly_income, before.excess_income, before.award) == (47983, 860, 11441)
    # The elder born 1 June 1947 is 79: not incapacitated by age (and gets no benefit that would make them so), so
    # no charges come off: £114.41, as without them.
    hb79 = estimate(_couple(born=dt.date(1947, 6, 1)), on=ON).benefits.housing_benefit
    assert (hb79.childcare_charges, hb79.award) == (0, 11441)


def test_ctr_savings_credit_couple_in_each_nation_2026():
    # SI 2012/2885 Sch 1 para 14(2)(b), (d) (and WSI 2013/3029 Sch 1 para 8(2)(b), (d); SSI 2012/319 reg 25(2)(b),
    # (d)): £470.00 + £9.83, less the £17.10 (a couple, one working 16 hours, with a child: Sch 4 para 10(2)(b)(ii);
    # the earnings £150.00 reach £10.00 + £69.23 + £17.10 = £96.33) and the £69.23: £393.50. Below every applicable
    # amount (£471.23, Cardiff £491.45, Glasgow £493.20): the whole council tax, as before (£462.73 then).
    for la, nation in PLACES:
        c = estimate(_couple(la=la, nation=nation), on=ON).benefits.council_tax
        assert (c.ctr_income, c.ctr_childcare_charges, c.ctr_earnings_disregarded, c.ctr_excess_income,
                c.reduction_weekly) == (39350, 6923, 1710, 0, c.weekly_liability), la
        assert estimate(_couple(la=la, nation=nation, childcare=0), on=ON).benefits.council_tax.ctr_income == 46273


# -- the limits, the age limit and each scheme's disabled child ---------------------------------------------------


def test_two_children_the_most_is_300_2026():
    # £1,500.00 a month x 12 / 52 = £346.15 a week for two children: £300 (reg 30(3)(b); Sch 1 para 24(3)(b)).
    # Earnings £2,000.00 a month = £461.54 a week; disregards £42.10; income £230.00 + £461.54 - £42.10 - £300.00 =
    # £349.44, under £256.00 + 2 x £87.88 = £431.76: the whole rent (was £649.44, excess £217.68, nothing).
    g2 = Child(date_of_birth=dt.date(2016, 3, 1), sex="female")
    b = estimate(_grandmother(monthly=200000, childcare=150000, children=(GRANDCHILD, g2)), on=ON).benefits
    assert (b.housing_benefit.childcare_charges, b.housing_benefit.weekly_income, b.housing_benefit.award) == (
        30000, 34944, 12000)
    assert (b.council_tax.ctr_childcare_charges, b.council_tax.ctr_income) == (30000, 34944)


def test_a_child_of_15_each_schemes_disabled_child_2026():
    # Born 10 January 2011: 15 on 10 January 2026; the first Monday in September after it is 7 September 2026, so on
    # 7 December 2026 the care is past the age limit (reg 31(6)(a)) unless the child is disabled (to 6 September
    # 2027). With DLA mobility only: disabled for HB (reg 31(13)(a): DLA "payable") and in Scotland (reg 29(14)(a)),
    # not in England (Sch 1 para 25(13)(a): attendance allowance or the DLA care component) nor Wales (Sch 1 para
    # 19(14)(a), "elfen ofal", the care component). With the DLA care component, disabled in every scheme.
    mobility = Child(date_of_birth=dt.date(2011, 1, 10), dla_mobility="lower")
    care = Child(date_of_birth=dt.date(2011, 1, 10), dla_care="lowest")
    neither = Child(date_of_birth=dt.date(2011, 1, 10))
    for (la, nation), ctr_mobility in zip(PLACES, (0, 0, 6923)):
        b = estimate(_grandmother(la=la, nation=nation, children=(mobility,)), on=ON).benefits
        assert (b.housing_benefit.childcare_charges, b.council_tax.ctr_childcare_charges) == (6923, ctr_mobility), la
        b = estimate(_grandmother(la=la, nation=nation, children=(care,)), on=ON).benefits
        assert (b.housing_benefit.childcare_charges, b.council_tax.ctr_childcare_charges) == (6923, 6923), la
        b = estimate(_grandmother(la=la, nation=nation, children=(neither,)), on=ON).benefits
        assert (b.housing_benefit.childcare_charges, b.council_tax.ctr_childcare_charges) == (0, 0), la


def test_under_16_hours_or_hours_not_given_nothing_comes_off_and_the_sheet_says_why_2026():
    # Reg 31(1)(a): a lone parent "engaged in remunerative work", 16 hours a week or more (reg 6(1)). 10 hours: not;
    # hours not given: not known (nothing is taken off, and the sheet asks). Either way no £17.10 either (para 9(2)):
    # income £230.00 + £276.92 - £25.00 = £481.92.
    for hours, says in ((10, "are not taken off the earnings"), (None, "check needed")):
        e = estimate(_grandmother(hours=hours), on=ON)
        assert (e.benefits.housing_benefit.childcare_charges, e.benefits.housing_benefit.weekly_income) == (0, 48192)
        assert e.benefits.council_tax.ctr_childcare_charges == 0
        text = " ".join(e.render().split())
        assert f"Childcare charges (£300.00 a month){':' if hours is None else ''} {says}" in text
        assert "lone parent in work of 16 hours a week or more" in text


def test_the_charges_come_off_earnings_only_and_the_line_counts_them():
    # housing_benefit() directly, pension age, single lone parent: earnings £92.31 a week, charges £69.23. Sch 4 para
    # 9(3): £25.00 + £69.23 + £17.10 = £111.33 > £92.31, so no £17.10: £25.00 disregarded. Reg 30(1)(c): the charges
    # come off the earnings left, £92.31 - £25.00 = £67.31, at most: £67.31 (not £69.23). Income £230.00 + £92.31 -
    # £25.00 - £67.31 = £230.00.
    t = Tables.load()
    assert earnings_disregard(9231, False, True, False, True, on=ON, tables=t, weekly_childcare_charges=6923) == 2500
    assert earnings_disregard(9231, False, True, False, True, on=ON, tables=t) == 4210
    from entitlements.benefits.hb_applicable_amount import ApplicableAmountFacts

    hb = housing_benefit(False, True, False, 12000, on=ON, tables=t, weekly_income=23000, weekly_earnings=9231,
                         additional_earnings_disregard=True, pensionable_age_before_april_2021=True,
                         facts=ApplicableAmountFacts(children=1), weekly_childcare_charges=6923)
    assert (hb.earnings_disregarded, hb.childcare_charges, hb.weekly_income) == (2500, 6731, 23000)
    # Working age (SI 2006/213) takes nothing off here: its own deduction (reg 27(1)(c)) is not modelled.
    wa = housing_benefit(False, False, False, 12000, on=ON, tables=t, accommodation=2, age1=40, weekly_income=23000,
                         weekly_earnings=9231, facts=ApplicableAmountFacts(children=1), weekly_childcare_charges=6923)
    assert wa.childcare_charges == 0


# -- the working sheets -------------------------------------------------------------------------------------------


def _sheet(h) -> str:
    return " ".join(estimate(h, on=ON).render().split())


def test_the_sheets_show_the_deduction_with_its_law_2026():
    text = _sheet(_grandmother())
    assert ("Income counted £395.59 SI 2006/214 regs 29-30, Sch 4-5 earnings after a £42.10 disregard (Sch 4; £17.10 "
            "of it the additional disregard, para 9) and £69.23 relevant childcare charges (reg 30(1)(c))") in text
    assert ("Childcare charges taken off the earnings (already out of the income) £69.23 SI 2006/214 reg 30(1)(c), "
            "(3), reg 31; SI 2006/214 reg 30(3)") in text
    assert "not modelled" not in text
    for (la, nation), law in zip(PLACES, ("SI 2012/2885 Sch 1 para 24(1)(c), (3), para 25",
                                          "WSI 2013/3029 Sch 1 para 18(1)(c), (3), para 19",
                                          "SSI 2012/319 reg 28(1)(c), (3), reg 29")):
        text = _sheet(_grandmother(la=la, nation=nation))
        ctr = text[text.index("Council tax and Council Tax Reduction"):]
        assert f"Childcare charges taken off the earnings (already out of the income) £69.23 {law}; " in ctr
        assert "at most £175.00 a week for one child or £300.00 for more" in ctr
    text = _sheet(_couple())
    assert "less £69.23 relevant childcare charges (reg 27(4)(b), reg 30(1)(c))" in text


# -- properties ---------------------------------------------------------------------------------------------------


def _drawn(hours, monthly, charges, couple_age, place, two):
    la, nation = place
    kids = (GRANDCHILD, Child(date_of_birth=dt.date(2016, 3, 1), sex="female")) if two else (GRANDCHILD,)
    h = _grandmother(la=la, nation=nation, monthly=monthly, childcare=charges, hours=hours, children=kids)
    if couple_age is not None:  # a partner of 70 to 85 with State Pension £100.00 and no work
        born = dt.date(2026 - couple_age, 3, 1)
        h = h.replace(adults=(h.adults[0], Adult(date_of_birth=born, state_pension_weekly=10000)))
    return h


_CASE = st.tuples(st.sampled_from([None, 10, 16, 20, 35]), st.integers(0, 300000), st.integers(0, 200000),
                  st.sampled_from([None, 70, 79, 80, 85]), st.sampled_from(PLACES), st.booleans())


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(_CASE, min_size=2, max_size=5))
def test_scalar_equals_caseload(cases):
    """Households with childcare charges (or none), earnings, hours, a partner of 70 to 85 or none, one child or two,
    in each nation: the caseload's HB and CTR figures are the single estimate's, row by row."""
    households = [_drawn(*c) for c in cases]
    r = estimate_caseload(households, on=ON).benefits
    for i, h in enumerate(households):
        b = estimate(h, on=ON).benefits
        hb, c = b.housing_benefit, b.council_tax
        assert (int(r.housing_benefit.childcare_charges[i]), int(r.housing_benefit.weekly_income[i]),
                int(r.housing_benefit.award[i])) == (hb.childcare_charges, hb.weekly_income, hb.award), h
        assert (int(r.council_tax.ctr_childcare_charges[i]), int(r.council_tax.ctr_income[i]),
                int(r.council_tax.reduction_weekly[i])) == (c.ctr_childcare_charges, c.ctr_income,
                                                            c.reduction_weekly), h


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([16, 20, 35]), st.integers(150000, 300000), st.integers(0, 200000), st.integers(0, 100000),
       st.sampled_from([None, 80, 85]), st.sampled_from(PLACES), st.booleans())
def test_more_childcare_never_lowers_hb_or_ctr(hours, monthly, charges, more, couple_age, place, two):
    """Earnings of £1,500 a month or more (£346.15 a week, above the disregards, the £300 most and the £17.10
    together, so the Sch 4 para 9(3) line is always met): more childcare charges never lower HB or CTR."""
    lo, hi = (estimate(_drawn(hours, monthly, c, couple_age, place, two), on=ON).benefits
              for c in (charges, charges + more))
    assert hi.housing_benefit.childcare_charges >= lo.housing_benefit.childcare_charges
    assert hi.housing_benefit.award >= lo.housing_benefit.award
    assert hi.council_tax.reduction_weekly >= lo.council_tax.reduction_weekly


@settings(max_examples=200, deadline=None)
@given(st.integers(20000, 50000), st.integers(0, 40000), st.integers(0, 40000), st.integers(0, 20000), st.booleans(),
       st.integers(0, 2))
def test_below_the_line_the_loss_is_at_most_the_17_10(other, earnings, charges, more, couple, children):
    """housing_benefit() at pension age, any earnings, the para 9(2) condition met: more charges can take the
    earnings below the Sch 4 para 9(3) line and lose the £17.10, a cliff the law draws (the earnings must reach the
    disregards, the charges and £17.10 together); HB then falls by at most 65% of £17.10 (£11.115: £11.12 with the
    rounding), never more. Where the disregard is the same both ways, more charges never lower HB. Scalar equals
    array."""
    from entitlements.benefits.hb_applicable_amount import ApplicableAmountFacts

    t = Tables.load()

    def hb(c):
        return housing_benefit(couple, True, couple, 12000, on=ON, tables=t, weekly_income=other,
                               weekly_earnings=earnings, additional_earnings_disregard=True,
                               pensionable_age_before_april_2021=True, facts=ApplicableAmountFacts(children=children),
                               weekly_childcare_charges=c)

    lo, hi = hb(charges), hb(charges + more)
    if hi.earnings_disregarded == lo.earnings_disregarded:
        assert hi.award >= lo.award
    else:
        assert lo.earnings_disregarded - hi.earnings_disregarded == 1710
        assert hi.award >= lo.award - 1112
    both = hb(np.array([charges, charges + more]))
    assert list(both.award) == [lo.award, hi.award] and list(both.childcare_charges) == [lo.childcare_charges,
                                                                                         hi.childcare_charges]


def test_the_cliff_2026():
    # housing_benefit() directly (the household's own route would put so little income on guarantee credit): a lone
    # parent at pension age, other income £340.00 a week, earnings £46.15 a week, working 16 hours or more.
    # Without charges: £25.00 + £17.10 = £42.10 disregarded (the earnings reach it): income £340.00 + £4.05 =
    # £344.05; excess over £343.88 £0.17; 65% = £0.1105, £0.11; HB £119.89.
    # With £4.62 a week of charges: the line is £25.00 + £4.62 + £17.10 = £46.72 > £46.15 (Sch 4 para 9(3)), so
    # £25.00 only, and the £4.62 off (reg 30(1)(c)): income £340.00 + £46.15 - £25.00 - £4.62 = £356.53; excess
    # £12.65; 65% = £8.2225, £8.22; HB £111.78: £8.11 less, within the £11.12 the £17.10 can cost.
    from entitlements.benefits.hb_applicable_amount import ApplicableAmountFacts

    t = Tables.load()

    def hb(charges):
        return housing_benefit(False, True, False, 12000, on=ON, tables=t, weekly_income=34000, weekly_earnings=4615,
                               additional_earnings_disregard=True, pensionable_age_before_april_2021=True,
                               facts=ApplicableAmountFacts(children=1), weekly_childcare_charges=charges)

    lo, hi = hb(0), hb(462)
    assert (lo.earnings_disregarded, lo.weekly_income, lo.excess_income, lo.award) == (4210, 34405, 17, 11989)
    assert (hi.earnings_disregarded, hi.childcare_charges, hi.weekly_income, hi.excess_income, hi.award) == (
        2500, 462, 35653, 1265, 11178)
