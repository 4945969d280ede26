"""The Scottish working-age Council Tax Reduction (SSI 2021/249) for earners with Universal Credit: the Sch 3
earnings disregard comes off the assessment period's earnings, before they are made weekly (since 2026-12-07).

The law (read 2026-12-07 in legalize-dev/legalize-uk uk-sct/ssi-2021-249.md, the revised text at 31 October 2024):

- Reg 49(6): "In calculating the amount of an applicant's employed earnings in respect of an assessment period,
  there are to be deducted ... (d) any sum, where applicable, specified in schedule 3" (reg 51(2) step 6 the same
  for self-employed earnings "in respect of the assessment period").
- Reg 43(1): average weekly earned income is "the applicant's earned income for an assessment period" x 12 / 52.
- So the sum comes off the month: £5 of a month is £5 x 12 / 52 = £1.1538 a week, not £5 a week. (Where the
  Regulations mean a week they say so: reg 57(4), (6) take £15 "from the applicant's weekly unearned income".)
- Sch 3: para 5 a lone parent £25; para 4 £20 with a disability premium, severe disability premium or component in
  the applicable amount (or the applicant on UC with LCW, para 4(3)); para 6(1)(b) £20 of the earnings of the
  claimant whose UC award includes the carer element; para 7(b) up to £10 of the other member's where the carer
  premium is the applicant's and the applicant earns under £20; para 8 a couple £10; para 11 a single applicant £5.

Other figures as in tests/test_ctr_scotland_working_age.py: Aberdeen City Band D £1,636.27 (2025-26), bands A 240,
B 280, C 320 over D 360; single person discount 25%; 365 days; 2025-26 personal allowances single 25 or over / lone
parent / single LCW £92.05, couple £144.65, child premium £105.85; the 20% taper (reg 13(6)(b)). UC 2025-26 (SI
2013/376 regs 22, 24, 36 as uprated by SI 2025/295): single 25 or over £400.14, couple £628.10, child element
£292.81, higher work allowance £684, taper 55%. Rounding (nearest penny, a half up) only at the end.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Child, Household, estimate, estimate_caseload
from entitlements.benefits.council_tax_reduction_scotland import uc_earnings_disregard
from entitlements.household import Housing
from entitlements.tables import default_tables

T = default_tables()
Y25 = dt.date(2025, 6, 2)


def _aberdeen(adults, band, children=()):
    return Household(adults=adults, children=children, nation="scotland", local_authority="Aberdeen City",
                     housing=Housing(tenure="owner_occupier", council_tax_band=band))


def _child(year):
    return Child(date_of_birth=dt.date(year, 1, 15))


def test_single_earner_with_uc_5_pounds_off_the_month_2025():
    # Band B 280/360 x £1,636.27 = £1,272.6544 -> £1,272.65; 25% off -> £954.4875 -> £954.49; a week
    # 95,449 x 7 / 365 = 1,830.5370p. UC: £400.14 - 55% x £500 = £125.14 (no work allowance, no child element:
    # reg 57(2)(d)(iii), none of the award counts). Sch 3 para 11: £5 off the month: (£500 - £5) x 12 / 52 =
    # 594,000 / 52 = 11,423.0769p (£114.23; the weekly reading, £500 x 12 / 52 - £5 = £110.38, is not the law's).
    # Excess over £92.05: 2,218.0769p; 20% = 443.6154p (£4.44). Week 1,830.5370 - 443.6154 = 1,386.92 -> £13.87;
    # year 95,449 - 443.6154 x 365 / 7 (= 23,131.37) = 72,317.63 -> £723.18. Disregard as a week: 500 x 12 / 52 = 115.38.
    e = estimate(_aberdeen((Adult(age=30, monthly_earnings=50000),), "B"), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 12514
    assert (c.ctr_status, c.ctr_scheme, c.ctr_applicable_amount, c.ctr_income) == (1, 6, 9205, 11423)
    assert (c.ctr_excess_income, c.ctr_taper_deduction, c.ctr_earnings_disregarded) == (2218, 444, 115)
    assert (c.reduction_weekly, c.reduction_annual) == (1387, 72318)
    assert "reg 49(6)(d)" in e.render()


def test_couple_two_children_one_earner_10_pounds_off_the_month_2025():
    # Band C 320/360 x £1,636.27 = £1,454.4622 -> £1,454.46 (two adults, no discount); a week 145,446 x 7 / 365 =
    # 2,789.3918p. UC: £628.10 + 2 x £292.81 = £1,213.72, less 55% x (£1,200 - £684) = £283.80: £929.92. Counted
    # (regs 43, 57(1)(p), (2)(d)(i)): earnings £1,200, the child elements £585.62 (less than the award), less Sch 3
    # para 8's £10: £1,775.62 x 12 / 52 = 2,130,744 / 52 = 40,975.8462p (£409.76). Applicable amount £144.65 +
    # 2 x £105.85 = £356.35; excess 5,340.8462p (£53.41); 20% = 1,068.1692p (£10.68). Week 2,789.3918 - 1,068.1692 =
    # 1,721.2226 -> £17.21; year 145,446 - 1,068.1692 x 365 / 7 (= 55,697.39) = 89,748.61 -> £897.49.
    # Disregard as a week: 1,000 x 12 / 52 = 230.77 -> £2.31.
    e = estimate(_aberdeen((Adult(age=30, monthly_earnings=120000), Adult(age=31)), "C",
                           children=(_child(2018), _child(2020))), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 92992
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (35635, 40976, 5341, 1068)
    assert (c.ctr_earnings_disregarded, c.reduction_weekly, c.reduction_annual) == (231, 1721, 89749)


def test_lone_parent_25_pounds_off_the_month_2025():
    # Band A 240/360 x £1,636.27 = £1,090.8467 -> £1,090.85; 25% off -> £818.1375 -> £818.14; a week 81,814 x 7 /
    # 365 = 1,569.0247p. UC: £400.14 + £292.81 = £692.95, less 55% x (£900 - £684) = £118.80: £574.15. Counted:
    # £900 + £292.81 - £25 (Sch 3 para 5) = £1,167.81 x 12 / 52 = 1,401,372 / 52 = 26,949.4615p (£269.49).
    # Applicable amount £92.05 + £105.85 = £197.90; excess 7,159.4615p; 20% = 1,431.8923p (£14.32). Week
    # 1,569.0247 - 1,431.8923 = 137.1324 -> £1.37; year 81,814 - 1,431.8923 x 365 / 7 (= 74,663.24) = 7,150.76 ->
    # £71.51. Disregard as a week: 2,500 x 12 / 52 = 576.92 -> £5.77.
    e = estimate(_aberdeen((Adult(age=30, monthly_earnings=90000),), "A", children=(_child(2019),)), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 57415
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (19790, 26949, 7159, 1432)
    assert (c.ctr_earnings_disregarded, c.reduction_weekly, c.reduction_annual) == (577, 137, 7151)


def test_lcw_and_carer_20_pounds_off_the_month_2025():
    # Para 4(2)(a), (3): single, UC with limited capability for work (the work-related activity component in the
    # applicable amount): £20 off the month: (£400 - £20) x 12 / 52 = 456,000 / 52 = 8,769.23p -> £87.69.
    lcw = estimate(_aberdeen((Adult(age=30, monthly_earnings=40000, lcw=True),), "A"), on=Y25).benefits.council_tax
    assert (lcw.ctr_status, lcw.ctr_income, lcw.ctr_earnings_disregarded) == (1, 8769, 462)  # 2,000 x 12 / 52 = 461.54
    # Para 6(1)(b): a single carer whose award includes the carer element: £20 of her earnings: (£300 - £20) x 12 /
    # 52 = 336,000 / 52 = 6,461.54p -> £64.62.
    carer = estimate(_aberdeen((Adult(age=30, monthly_earnings=30000, carer=True),), "A"), on=Y25).benefits.council_tax
    assert (carer.ctr_status, carer.ctr_income, carer.ctr_earnings_disregarded) == (1, 6462, 462)


def test_the_sums_and_their_order():
    d = lambda *a, **k: int(uc_earnings_disregard(*a, on=Y25, tables=T, **k))  # noqa: E731
    assert d(50000) == 500 and d(300) == 300  # para 11, never more than the earnings
    assert d(50000, 20000, couple=True) == 1000 and d(600, 20000, couple=True) == 1000  # para 8 from the two
    assert d(50000, lone_parent=True, disability=True) == 2500  # para 5 before para 4
    assert d(1500, 900, couple=True, disability=True) == 2000  # para 4(1): the partner's to make up £20
    assert d(1500, 900, couple=True, carer1=True) == 2000  # para 6 £15, para 7(b) £5 more of the partner's (<= £10)
    assert d(1000, 50000, couple=True, carer1=True) == 2000  # para 6 £10, para 7(b) £10
    assert d(50000, 50000, couple=True, carer2=True) == 2000  # para 6: the carer's £20 only, no para 8
    assert d(50000, 0, couple=True, carer2=True) == 0  # the partner carer earns nothing: para 6 gives nil, no para 8


def test_what_stays_check_needed_with_earnings():
    # Without UC (earnings too high for an award): worked out since 2026-12-07 (reg 50, Sch 3 paras 4-8, 11, 15;
    # tests/test_ctr_scotland_earnings_without_uc.py), no longer check needed.
    high = estimate(_aberdeen((Adult(age=30, monthly_earnings=200000),), "A"), on=Y25)
    assert high.universal_credit.award == 0
    assert (high.benefits.council_tax.ctr_status, high.benefits.council_tax.ctr_reason) == (1, 0)
    # A couple, the partner the carer with no earnings, the other earning: para 7's £10 goes only if the carer is
    # the applicant (which the household does not say): £10 or nothing.
    e = estimate(_aberdeen((Adult(age=30, monthly_earnings=80000), Adult(age=31, carer=True)), "A"), on=Y25)
    assert e.universal_credit.award > 0
    assert (e.benefits.council_tax.ctr_status, e.benefits.council_tax.ctr_reason) == (2, 4)
    assert "para 7" in e.render()


def _households():
    return [_aberdeen((Adult(age=30, monthly_earnings=50000),), "B"),
            _aberdeen((Adult(age=30, monthly_earnings=120000), Adult(age=31)), "C", children=(_child(2018), _child(2020))),
            _aberdeen((Adult(age=30, monthly_earnings=90000),), "A", children=(_child(2019),)),
            _aberdeen((Adult(age=30, monthly_earnings=40000, lcw=True),), "A"),
            _aberdeen((Adult(age=30, monthly_earnings=30000, carer=True),), "A"),
            _aberdeen((Adult(age=30, monthly_earnings=80000), Adult(age=31, carer=True)), "A"),
            _aberdeen((Adult(age=40, monthly_earnings=60000), Adult(age=38, monthly_earnings=45000)), "D",
                      children=(_child(2016),)),
            _aberdeen((Adult(age=30, monthly_earnings=200000),), "A"),
            _aberdeen((Adult(age=23, new_style_esa_weekly=14055, lcwra=True, esa_support_component=True,
                             pension_income_weekly=6000),), "B"),
            _aberdeen((Adult(age=40, new_style_esa_weekly=14055, lcwra=True, esa_support_component=True),
                       Adult(age=41, pension_income_weekly=11000)), "B"),
            _aberdeen((Adult(age=40, new_style_esa_weekly=9205, pension_income_weekly=20000),), "B")]


def test_caseload_equals_one_household_at_a_time_for_uc_earners_and_esa():
    hs = _households()
    r = estimate_caseload(hs, on=Y25).benefits.council_tax
    for i, h in enumerate(hs):
        c = estimate(h, on=Y25).benefits.council_tax
        for k in ("reduction_weekly", "reduction_annual", "ctr_income", "ctr_earnings_disregarded", "ctr_status",
                  "ctr_reason", "ctr_scheme"):
            assert int(np.asarray(getattr(r, k))[i]) == getattr(c, k), (i, k)
    # Row 10 (index 9): the couple, adult 1 alone in the support group, applicant not given: check needed since
    # 2026-12-07 (who applies decides the enhanced disability premium).
    # Row 8 (index 7), £2,000 a month without UC: worked out since 2026-12-07 (reg 50, Sch 3), no longer check needed.
    assert list(np.asarray(r.ctr_status)) == [1, 1, 1, 1, 1, 2, 1, 1, 1, 2, 2]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(m1=st.integers(0, 150_000), m2=st.integers(0, 100_000), extra=st.integers(1, 40_000), couple=st.booleans(),
       kids=st.integers(0, 3), lcw=st.booleans(), carer=st.booleans(), band=st.sampled_from("ABCDEFGH"))
def test_more_earnings_never_raise_it(m1, m2, extra, couple, kids, lcw, carer, band):
    def reduction(more):
        adults = (Adult(age=35, monthly_earnings=m1 + more, lcw=lcw, carer=carer),) + (
            (Adult(age=33, monthly_earnings=m2),) if couple else ())
        c = estimate(_aberdeen(adults, band, children=tuple(_child(2015 + i) for i in range(kids))),
                     on=Y25).benefits.council_tax
        return c.reduction_weekly if c.ctr_status == 1 else None

    before, after = reduction(0), reduction(extra)
    if before is not None and after is not None:
        assert 0 <= after <= before


# New-style ESA with the support component (Sch 1 paras 1(2), 14(1)(a), 18(1)(a)-(c), 22; since 2026-12-07). 2025-26:
# support component £48.50 (SSI 2025/24 reg 16(k)), enhanced disability premium £21.20 single, £30.25 couple (reg
# 16), single main phase ESA personal allowance £92.05 whatever the age. ESA £140.55 a week (the support group rate),
# counted as unearned income (reg 57(1)(b)(iii)). UC 2025-26: LCWRA element £423.27.


def test_new_style_esa_support_group_without_uc_single_under_25_2025():
    # Age 23, ESA £140.55 and a pension of £60.00 a week: UC nil (£400.14 + £423.27 = £823.41 below income
    # £200.55 x 52 / 12 = £869.05). Applicable amount £92.05 (main phase ESA, not the under-25 £72.90) + £48.50 +
    # £21.20 = £161.75; income £200.55; excess £38.80; 20% = £7.76. Band B with the single person discount: a week
    # 1,830.5370p - 776 = 1,054.5370 -> £10.55; year 95,449 - 776 x 365 / 7 (= 40,462.86) = 54,986.14 -> £549.86.
    e = estimate(_aberdeen((Adult(age=23, new_style_esa_weekly=14055, lcwra=True, esa_support_component=True,
                                  pension_income_weekly=6000),), "B"), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income) == (1, 16175, 20055, 3880)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (776, 1055, 54986)


def test_new_style_esa_support_group_couple_2025():
    # The applicant on ESA £140.55 in the support group, the partner a pension of £110.00 a week: UC nil (£628.10 +
    # £423.27 = £1,051.37 below £250.55 x 52 / 12 = £1,085.72). Applicable amount £144.65 + £48.50 + £30.25 =
    # £223.40; income £250.55; excess £27.15; 20% = £5.43. Band B, two adults: a week 127,265 x 7 / 365 = 2,440.6712p
    # - 543 = 1,897.6712 -> £18.98; year 127,265 - 543 x 365 / 7 (= 28,313.57) = 98,951.43 -> £989.51.
    # The applicant named (adult 1): since 2026-12-07 not given is check needed, as adult 2 applying would get the
    # component without the enhanced premium (para 14(1)(a); tests/test_applicant.py).
    h = _aberdeen((Adult(age=40, new_style_esa_weekly=14055, lcwra=True, esa_support_component=True),
                   Adult(age=41, pension_income_weekly=11000)), "B")
    e = estimate(attrs.evolve(h, applicant="adult1"), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income) == (1, 22340, 25055, 2715)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (543, 1898, 98951)
    c = estimate(h, on=Y25).benefits.council_tax
    assert (c.ctr_status, c.ctr_reason) == (2, 4)


def test_new_style_esa_still_check_needed_where_a_fact_is_missing():
    for adults in ((Adult(age=40, new_style_esa_weekly=9205, pension_income_weekly=20000),),  # no support component
                   (Adult(age=40, lcw=True, pension_income_weekly=30000),),  # LCW without ESA or UC
                   (Adult(age=40, pension_income_weekly=30000),  # the partner alone in the support group
                    Adult(age=41, new_style_esa_weekly=14055, lcwra=True, esa_support_component=True))):
        e = estimate(_aberdeen(adults, "B"), on=Y25)
        assert (e.benefits.council_tax.ctr_status, e.benefits.council_tax.ctr_reason) == (2, 4), adults
    assert "esa_support_component" in estimate(_aberdeen((Adult(age=40, new_style_esa_weekly=9205),), "B"),
                                               on=Y25).render()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pension=st.integers(0, 60_000), extra=st.integers(1, 30_000), couple=st.booleans(),
       band=st.sampled_from("ABCDEFGH"))
def test_more_income_never_raises_it_in_the_esa_support_group(pension, extra, couple, band):
    def reduction(more):
        esa = Adult(age=40, new_style_esa_weekly=14055, lcwra=True, esa_support_component=True,
                    pension_income_weekly=0 if couple else pension + more)
        adults = (esa, Adult(age=41, pension_income_weekly=pension + more)) if couple else (esa,)
        # A couple names the applicant (adult 1, in the group): not given it is check needed since 2026-12-07.
        h = _aberdeen(adults, band)
        c = estimate(attrs.evolve(h, applicant="adult1") if couple else h, on=Y25).benefits.council_tax
        assert c.ctr_status == 1
        return c.reduction_weekly

    assert 0 <= reduction(extra) <= reduction(0)
