"""The Welsh working-age Council Tax Reduction (WSI 2013/3029 Schs 6-7) for new-style ESA with the support
component, without Universal Credit (since 2026-12-07; before, check needed).

The law (read 2026-12-07 in legalize-dev/legalize-uk uk-wls/wsi-2013-3029.md, the Welsh-language text as made):
Sch 7 para 18: one component where (a) the applicant or partner has claimed ESA, (b) the Secretary of State has decided
that either has limited capability for work or for work-related activity, and (c) the assessment phase (WRA 2007
s 24(2)) has ended or ESA Regs 2008 reg 7 applies; an award with the support component shows it. Para 22: the support
component for LCWRA. Para 12(1)(a): the enhanced disability premium where the Secretary of State has decided that
"the applicant" has LCWRA. Para 10(8): no disability premium with LCW. Para 1(1)(a): a single applicant on main phase
ESA has the 25-or-over allowance whatever the age.

Figures 2025-26 (WSI 2025/59 reg 9, read; rules/ctr/wales_working_age): personal allowance single 25 or over / main
phase ESA £98.10, couple £154.00; support component £48.50; enhanced disability premium £21.20 single, £30.25 couple;
taper 20%. A Band D of £2,000.00 from the bill: band B 7/9 = £1,555.5556 -> £1,555.56; 365 days. ESA £140.55 a week
(unearned income); UC 2025-26 £400.14 single, £628.10 couple, LCWRA element £423.27.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, estimate, estimate_caseload
from entitlements.household import Housing

Y25 = dt.date(2025, 6, 2)


def _cardiff(adults, band="B"):
    return Household(adults=adults, nation="wales", local_authority="Cardiff",
                     housing=Housing(tenure="owner_occupier", council_tax_band=band, council_tax_band_d=200000))


def _esa(age=40, **k):
    return Adult(age=age, new_style_esa_weekly=14055, lcwra=True, esa_support_component=True, **k)


def test_single_under_25_support_group_2025():
    # Aged 23, ESA £140.55 and a pension of £60 a week: UC nil (£400.14 + £423.27 = £823.41 below £200.55 x 52 / 12
    # = £869.05). Applicable amount £98.10 (main phase ESA, not the under-25 £77.65) + £48.50 + £21.20 = £167.80.
    # Income £200.55; excess £32.75; 20% = £6.55. Council tax £1,555.56 less 25% = £1,166.67; a week 116,667 x 7 /
    # 365 = 2,237.4630p - 655 = 1,582.46 -> £15.82; year 116,667 - 655 x 365 / 7 (= 34,153.57) = 82,513.43 -> £825.13.
    e = estimate(_cardiff((_esa(age=23, pension_income_weekly=6000),)), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_scheme, c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income) == (
        1, 4, 16780, 20055, 3275)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (655, 1582, 82513)


def test_couple_applicant_in_the_support_group_2025():
    # Partner's pension £110 a week: UC nil (£628.10 + £423.27 = £1,051.37 below £250.55 x 52 / 12 = £1,085.72).
    # Applicable amount £154.00 + £48.50 + £30.25 = £232.75; income £250.55; excess £17.80; 20% = £3.56. Two adults,
    # no discount: a week 155,556 x 7 / 365 = 2,983.2986p - 356 = 2,627.30 -> £26.27; year 155,556 - 356 x 365 / 7
    # (= 18,562.86) = 136,993.14 -> £1,369.93.
    e = estimate(_cardiff((_esa(), Adult(age=41, pension_income_weekly=11000))), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income) == (1, 23275, 25055, 1780)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (356, 2627, 136993)


def test_still_check_needed_without_the_support_component_or_with_the_partner_alone():
    for adults in ((Adult(age=40, new_style_esa_weekly=9205, pension_income_weekly=20000),),
                   (Adult(age=40, pension_income_weekly=30000), _esa(age=41))):
        c = estimate(_cardiff(adults), on=Y25).benefits.council_tax
        assert (c.ctr_status, c.ctr_reason) == (2, 4), adults


def test_caseload_equals_one_household_at_a_time():
    hs = [_cardiff((_esa(age=23, pension_income_weekly=6000),)),
          _cardiff((_esa(), Adult(age=41, pension_income_weekly=11000))),
          _cardiff((Adult(age=40, new_style_esa_weekly=9205, pension_income_weekly=20000),)),
          _cardiff((_esa(pension_income_weekly=30000),), band="E")]
    r = estimate_caseload(hs, on=Y25).benefits.council_tax
    for i, h in enumerate(hs):
        c = estimate(h, on=Y25).benefits.council_tax
        for k in ("reduction_weekly", "reduction_annual", "ctr_applicable_amount", "ctr_income", "ctr_status",
                  "ctr_reason"):
            assert int(np.asarray(getattr(r, k))[i]) == getattr(c, k), (i, k)
    assert list(np.asarray(r.ctr_status)) == [1, 1, 2, 1]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pension=st.integers(6_000, 60_000), extra=st.integers(1, 30_000), band=st.sampled_from("ABCDEFGHI"))
def test_more_income_never_raises_it(pension, extra, band):
    def reduction(more):
        c = estimate(_cardiff((_esa(pension_income_weekly=pension + more),), band), on=Y25).benefits.council_tax
        assert c.ctr_status == 1
        return c.reduction_weekly

    assert 0 <= reduction(extra) <= reduction(0)
