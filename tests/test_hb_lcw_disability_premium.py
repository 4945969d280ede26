"""Working-age Housing Benefit with limited capability for work: no disability
premium, and the support component where the facts settle it.

SI 2006/213 Sch 3 para 13(9), inserted by SI 2008/1082 reg 23(b) (read): "The
claimant is not entitled to the disability premium if the claimant has, or is
treated as having, limited capability for work". Para 21(1) (as amended by SI
2017/204, read in the revised text) and para 24: the support component on a
claim for ESA, a determination of LCWRA and the assessment phase ended, which
a new-style ESA award with the support component shows; para 15(1)(a): the
adult enhanced disability premium with it. Para 22: no component with the
disability premium. Sch 4 para 3(2) (as amended by SI 2008/1082 reg 24(a),
read): the £20 earnings disregard with a component.

Amounts 2025-26 (SI 2025/295 Schs 4-5, as the rule tables hold them): personal
allowance single 25 or over £92.05; disability premium single £43.20, couple
£61.65; severe disability premium single £82.90; enhanced disability premium
single £21.20; support component £48.50; taper 65% (SI 2006/213 reg 71).
Without UC (income over UC's maximum), temporary accommodation rent £200 a
week, so the award is £200 less 65% of income over the applicable amount.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from entitlements import estimate
from entitlements.household import Adult, Household, Housing

ON = dt.date(2025, 6, 2)  # a Monday in the 2025-26 benefit year
TA = Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week")


def _hb(*adults):
    e = estimate(Household(adults=adults, housing=TA), on=ON)
    assert e.benefits.universal_credit.award == 0  # without UC: the applicable amount decides
    return e.benefits.housing_benefit


def test_single_40_pip_daily_living_lcw_210_a_week_loses_disability_premium_2025():
    # £910 a month other income = £210.00 a week (x 12 / 52). UC: £400.14 - £910 < 0, nil.
    without = _hb(Adult(age=40, pip_daily_living="standard", other_unearned_income_monthly=91000))
    # No LCW: 92.05 + 43.20 + 82.90 (severe, no non-dependant) = 218.15 >= 210.00: the whole £200.00.
    assert (without.applicable_amount.total, without.award) == (21815, 20000)
    hb = _hb(Adult(age=40, lcw=True, pip_daily_living="standard", other_unearned_income_monthly=91000))
    # LCW: para 13(9), no disability premium: 92.05 + 82.90 = 174.95; excess 210.00 - 174.95 = 35.05;
    # 65% = 22.7825, £22.78; award 200.00 - 22.78 = £177.22.
    aa = hb.applicable_amount
    assert (aa.disability_premium, aa.severe_disability_premium, aa.total) == (0, 8290, 17495)
    assert (hb.excess_income, hb.award) == (3505, 17722)


def test_single_40_pip_daily_living_lcw_120_a_week_full_rent_either_way_2025():
    # The brief's case: £520 a month = £120.00 a week. With LCW the applicable amount is 174.95 (no disability
    # premium), still over £120.00: no excess, the whole £200.00; the premium's absence does not show in the award.
    hb = _hb(Adult(age=40, lcw=True, pip_daily_living="standard", other_unearned_income_monthly=52000))
    assert (hb.applicable_amount.disability_premium, hb.applicable_amount.total, hb.award) == (0, 17495, 20000)


def test_single_40_pip_mobility_lcw_120_a_week_2025():
    without = _hb(Adult(age=40, pip_mobility="standard", other_unearned_income_monthly=52000))
    # No LCW: 92.05 + 43.20 = 135.25 >= 120.00: £200.00.
    assert (without.applicable_amount.total, without.award) == (13525, 20000)
    hb = _hb(Adult(age=40, lcw=True, pip_mobility="standard", other_unearned_income_monthly=52000))
    # LCW: 92.05 alone; excess 120.00 - 92.05 = 27.95; 65% = 18.1675, £18.17; award 200.00 - 18.17 = £181.83.
    assert (hb.applicable_amount.total, hb.excess_income, hb.award) == (9205, 2795, 18183)


def test_single_40_esa_support_group_gets_component_and_enhanced_premium_not_disability_premium_2025():
    # New-style ESA £140.55 a week with the support component, LCWRA, PIP mobility; other income £260 a month =
    # £60.00 a week. UC: 400.14 + 423.27 LCWRA = 823.41 against 140.55 x 52 / 12 = 609.05 + 260.00 = 869.05: nil.
    # Income 140.55 + 60.00 = 200.55.
    esa = dict(age=40, new_style_esa_weekly=14055, pip_mobility="standard", other_unearned_income_monthly=26000)
    before = _hb(Adult(**esa))
    # Without LCWRA: 92.05 + 43.20 = 135.25; excess 65.30; 65% = 42.445, £42.45; award £157.55.
    assert (before.applicable_amount.total, before.award) == (13525, 15755)
    hb = _hb(Adult(**esa, lcwra=True, esa_support_component=True))
    # Support group: no disability premium (para 13(9)); support component 48.50 (para 24), enhanced disability
    # premium 21.20 (para 15(1)(a)): 92.05 + 48.50 + 21.20 = 161.75; excess 38.80; 65% = 25.22; award £174.78.
    aa = hb.applicable_amount
    assert (aa.disability_premium, aa.component, aa.enhanced_disability_premium, aa.total) == (0, 4850, 2120, 16175)
    assert (hb.excess_income, hb.award) == (3880, 17478)


def test_lcwra_without_esa_award_no_premium_no_component_2025():
    # LCWRA but no ESA award showing the support group: para 13(9) denies the premium; the component is not given
    # (para 21(1)(a)-(c) not shown). Income £1,500 a month = £346.15 a week puts UC (823.41) at nil:
    # 1500 x 12 / 52 = 346.1538..., counted as the code rounds it; the applicable amount 92.05.
    hb = _hb(Adult(age=40, lcwra=True, pip_mobility="standard", other_unearned_income_monthly=150000))
    aa = hb.applicable_amount
    assert (aa.disability_premium, aa.component, aa.enhanced_disability_premium, aa.total) == (0, 0, 0, 9205)


@pytest.mark.parametrize("lcw1, lcw2, applicant, premium", [
    # Couple rate 61.65: both with LCW, para 13(9) bars whichever claims.
    (True, True, None, 0),
    # One alone with LCW: the claim by the other escapes para 13(9) (para 12(b)(i)-(ii)); the household says who
    # claims (Household.applicant; tests/test_applicant.py has the case where it does not).
    (True, False, "adult1", 0),
    (True, False, "adult2", 6165),
    (False, True, "adult1", 6165),
    (False, True, "adult2", 0),
    (False, False, None, 6165),
])
def test_couple_disability_premium_with_lcw_2025(lcw1, lcw2, applicant, premium):
    # Both 40, PIP mobility held by adult 1, other income £1,300 a month each (UC nil: 2 x 1300 x 12/52 = 600.00 a
    # week against a couple's standard allowance).
    e = estimate(Household(adults=(Adult(age=40, lcw=lcw1, pip_mobility="standard", other_unearned_income_monthly=130000),
                                   Adult(age=40, lcw=lcw2, other_unearned_income_monthly=130000)),
                           housing=TA, applicant=applicant), on=ON)
    assert e.benefits.universal_credit.award == 0
    hb = e.benefits.housing_benefit
    # 144.65 couple personal allowance + the premium.
    assert hb.applicable_amount.disability_premium == premium
    assert hb.applicable_amount.total == 14465 + premium


def test_couple_both_in_support_group_component_and_couple_enhanced_premium_2025():
    a = dict(age=40, lcwra=True, esa_support_component=True, new_style_esa_weekly=14055,
             other_unearned_income_monthly=100000)
    hb = _hb(Adult(**a, pip_mobility="standard"), Adult(**a))
    aa = hb.applicable_amount
    # 144.65 + support 48.50 + enhanced disability (couple) 30.25 = 223.40; no disability premium.
    assert (aa.disability_premium, aa.component, aa.enhanced_disability_premium, aa.total) == (0, 4850, 3025, 22340)


def test_couple_one_in_support_group_both_claims_nil_2025():
    # Para 24 gives the component on the partner's LCWRA too, but para 22 takes it away with the disability premium
    # the other's claim would get (on adult 1's PIP): 144.65 + 48.50 + 30.25 = 223.40 if adult 1 claims, 144.65 +
    # 61.65 = 206.30 if adult 2 does. Income 2 x 1,000 x 12 / 52 = 461.54 + ESA 140.55 = 602.09: either way the
    # taper takes the whole £200 (excess 378.69 x 65% or 395.79 x 65%), so the award is settled (nil) and adult
    # 1's claim is shown. (Where the claims differ: tests/test_applicant.py.)
    hb = _hb(Adult(age=40, lcwra=True, esa_support_component=True, new_style_esa_weekly=14055, pip_mobility="standard",
                   other_unearned_income_monthly=100000), Adult(age=40, other_unearned_income_monthly=100000))
    aa = hb.applicable_amount
    assert (hb.reason, hb.award) == (5, 0)  # income too high
    assert (aa.disability_premium, aa.component, aa.enhanced_disability_premium) == (0, 4850, 3025)


_RECORDS = [
    {"adult1_age": "40", "adult1_lcw": "yes", "adult1_pip_daily_living": "standard",
     "adult1_other_unearned_income_monthly": "910"},
    {"adult1_age": "40", "adult1_lcw": "yes", "adult1_pip_mobility": "standard",
     "adult1_other_unearned_income_monthly": "520"},
    {"adult1_age": "40", "adult1_pip_mobility": "standard", "adult1_other_unearned_income_monthly": "520"},
    {"adult1_age": "40", "adult1_lcwra": "yes", "adult1_esa_support_component": "yes",
     "adult1_new_style_esa_weekly": "140.55", "adult1_pip_mobility": "standard",
     "adult1_other_unearned_income_monthly": "260"},
    {"adult1_age": "40", "adult1_lcw": "yes", "adult1_pip_mobility": "standard",
     "adult1_other_unearned_income_monthly": "1300", "adult2_age": "40", "adult2_lcw": "yes",
     "adult2_other_unearned_income_monthly": "1300"},
]


def test_caseload_equals_one_household_at_a_time():
    from entitlements import Caseload, estimate_caseload
    from entitlements.io.households import household_from_flat

    housing = {"housing_tenure": "supported_or_temporary", "housing_accommodation": "temporary",
               "housing_rent": "200", "housing_rent_period": "week"}
    records = [{"case_id": str(i), **r, **housing} for i, r in enumerate(_RECORDS)]
    rows = list(estimate_caseload(Caseload.from_records(records), on=ON).rows())
    awards = []
    for row, rec in zip(rows, records):
        e = estimate(household_from_flat({k: v for k, v in rec.items() if k != "case_id"}), on=ON)
        assert row["household_housing_benefit_weekly"] == e.benefits.housing_benefit.award
        awards.append(e.benefits.housing_benefit.award)
    # £177.22, £181.83, £200.00, £174.78 as worked above; the couple both with LCW: 144.65 against £600.00 a week,
    # excess 455.35 x 65% = 295.9775, £295.98 > £200.00: nil.
    assert awards == [17722, 18183, 20000, 17478, 0]


@pytest.mark.parametrize("support_component, disregard, award", [
    # Support group: Sch 4 para 3(2) (as amended by SI 2008/1082 reg 24(a)) £20 with the component. Earnings £130 a
    # month = £30.00 a week; counted 10.00; income 140.55 + 60.00 + 10.00 = 210.55; applicable amount 161.75 (as
    # above); excess 48.80; 65% = 31.72; award 200.00 - 31.72 = £168.28.
    (True, 2000, 16828),
    # ESA without the support component shown (LCWRA): no premium (para 13(9)), no component, so the single £5
    # (Sch 4 para 4): counted 25.00; income 225.55; applicable amount 92.05; excess 133.50; 65% = 86.775, £86.78;
    # award £113.22.
    (False, 500, 11322),
])
def test_single_esa_earnings_disregard_follows_the_component_2025(support_component, disregard, award):
    hb = _hb(Adult(age=40, lcwra=True, esa_support_component=support_component, new_style_esa_weekly=14055,
                   monthly_earnings=13000, pip_mobility="standard", other_unearned_income_monthly=26000))
    assert (hb.earnings_disregarded, hb.award) == (disregard, award)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(age=st.integers(25, 60), pip=st.sampled_from(["none", "standard", "enhanced"]),
       mobility=st.sampled_from(["none", "standard", "enhanced"]), income=st.integers(40000, 200000),
       rent=st.integers(5000, 40000))
def test_lcw_never_raises_a_single_claimants_hb_without_uc(age, pip, mobility, income, rent):
    # Para 13(9) only takes the premium away (and with it the £20 disregard): LCW alone never raises HB.
    housing = Housing(tenure="supported_or_temporary", accommodation="temporary", rent=rent, rent_period="week")
    out = []
    for lcw in (False, True):
        e = estimate(Household(adults=(Adult(age=age, lcw=lcw, pip_daily_living=pip, pip_mobility=mobility,
                                             other_unearned_income_monthly=income),), housing=housing), on=ON)
        assume(e.benefits.universal_credit.award == 0)
        out.append(e.benefits.housing_benefit.award)
    assert out[1] <= out[0]


def test_single_lcw_severe_disability_premium_keeps_the_20_disregard_2025():
    # Sch 4 para 3(2): £20 where the applicable amount includes the disability *or severe disability* premium.
    # PIP daily living standard, LCW, earnings £130 a month = £30.00 a week, other income £210.00 a week.
    # No disability premium (para 13(9)) but the severe one (£82.90): £20 disregarded, counted 10.00; income
    # 220.00; applicable amount 92.05 + 82.90 = 174.95; excess 45.05; 65% = 29.2825, £29.28; award £170.72.
    hb = _hb(Adult(age=40, lcw=True, pip_daily_living="standard", monthly_earnings=13000,
                   other_unearned_income_monthly=91000))
    assert (hb.earnings_disregarded, hb.weekly_income) == (2000, 22000)
    assert (hb.applicable_amount.total, hb.award) == (17495, 17072)
