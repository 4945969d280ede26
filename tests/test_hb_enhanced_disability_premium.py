"""Working-age Housing Benefit: the adult enhanced disability premium by an
award of DLA care at the highest rate or PIP daily living at the enhanced rate.

SI 2006/213 Sch 3 para 15(1), as substituted by SI 2008/1082 reg 23(c) (read):
"(b) the care component of disability living allowance is ... payable at the
highest rate ... in respect of (i) the claimant; or (ii) a member of the
claimant's family, who" is aged less than 60 (now: "has not attained the
qualifying age for state pension credit", read in the revised text, with (c)
the enhanced rate of the daily living component of PIP added by SI 2013/388).
Para 20(9)(b)-(c): the single amount, or the couple amount where the condition
is met in respect of a member of the couple. Para 13(9) (limited capability
for work) bars the disability premium only.

Amounts 2025-26 (SI 2025/295 Sch 5, as the rule tables hold them): personal
allowance single 25 or over £92.05, couple £144.65; disability premium single
£43.20, couple £61.65; severe disability premium single £82.90; enhanced
disability premium single £21.20, couple £30.25; support component £48.50;
taper 65% (reg 71). Without UC (UC's maximum, with no housing element for
temporary accommodation, is below the income), temporary accommodation rent
£200 a week: the award is £200 less 65% of income over the applicable amount.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import estimate
from entitlements.household import Adult, Household, Housing

ON = dt.date(2025, 6, 2)  # a Monday in the 2025-26 benefit year
TA = Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week")


def _hb(*adults):
    e = estimate(Household(adults=adults, housing=TA), on=ON)
    assert e.benefits.universal_credit.award == 0  # without UC: the applicable amount decides
    return e.benefits.housing_benefit


def test_single_40_pip_daily_living_enhanced_150_a_week_2025():
    # The brief's case: £650 a month = £150.00 a week (650 x 12 / 52). UC: 400.14 - 650 < 0, nil.
    # 92.05 + disability 43.20 (para 13(1)(a), PIP) + severe 82.90 (para 14, no non-dependant, no carer)
    # + enhanced 21.20 (para 15(1)(c)) = 239.35 >= 150.00: no excess, the whole £200.00.
    hb = _hb(Adult(age=40, pip_daily_living="enhanced", other_unearned_income_monthly=65000))
    aa = hb.applicable_amount
    assert (aa.disability_premium, aa.severe_disability_premium, aa.enhanced_disability_premium) == (4320, 8290, 2120)
    assert (aa.total, hb.excess_income, hb.award) == (23935, 0, 20000)


@pytest.mark.parametrize("award", [dict(pip_daily_living="enhanced"), dict(dla_care="highest")])
def test_single_40_enhanced_premium_300_a_week_2025(award):
    # £1,300 a month = £300.00 a week. Applicable amount 239.35 as above (DLA care highest: the severe premium
    # too, para 14(2)(a)(i)); excess 300.00 - 239.35 = 60.65; 65% = 39.4225, £39.42; award 200.00 - 39.42 = £160.58.
    # (Before the fix: 218.15, excess 81.85, 65% = 53.2025, £53.20, award £146.80.)
    hb = _hb(Adult(age=40, other_unearned_income_monthly=130000, **award))
    assert (hb.applicable_amount.enhanced_disability_premium, hb.applicable_amount.total) == (2120, 23935)
    assert (hb.excess_income, hb.award) == (6065, 16058)


@pytest.mark.parametrize("award", [dict(pip_daily_living="standard"), dict(dla_care="middle"),
                                   dict(pip_mobility="enhanced")])
def test_single_40_lower_rates_no_enhanced_premium_2025(award):
    # PIP daily living standard, DLA care middle, PIP mobility enhanced: not para 15(1)(b)-(c).
    hb = _hb(Adult(age=40, other_unearned_income_monthly=130000, **award))
    assert hb.applicable_amount.enhanced_disability_premium == 0


def test_single_40_lcw_keeps_enhanced_premium_2025():
    # LCW: para 13(9) takes the disability premium only. 92.05 + 82.90 + 21.20 = 196.15; excess 300.00 - 196.15
    # = 103.85; 65% = 67.5025, £67.50; award 200.00 - 67.50 = £132.50.
    hb = _hb(Adult(age=40, lcw=True, pip_daily_living="enhanced", other_unearned_income_monthly=130000))
    aa = hb.applicable_amount
    assert (aa.disability_premium, aa.enhanced_disability_premium, aa.total) == (0, 2120, 19615)
    assert (hb.excess_income, hb.award) == (10385, 13250)


def test_support_group_and_pip_enhanced_one_enhanced_premium_2025():
    # Para 15(1)(a) and (c) both met: one premium. 92.05 + severe 82.90 + enhanced 21.20 + support 48.50 = 244.65.
    hb = _hb(Adult(age=40, lcwra=True, esa_support_component=True, new_style_esa_weekly=14055,
                   pip_daily_living="enhanced", other_unearned_income_monthly=100000))
    aa = hb.applicable_amount
    assert (aa.enhanced_disability_premium, aa.component, aa.total) == (2120, 4850, 24465)


@pytest.mark.parametrize("age1, age2, dp, edp, award", [
    # Partner 40 with DLA care highest: a member of the claimant's family (para 15(1)(b)(ii)). Couple amounts:
    # 144.65 + 61.65 + 30.25 = 236.55 (no severe premium: the claimant has no qualifying benefit, para 14(2)(b)(i));
    # income 300.00 (adult 1, £1,300 a month); excess 63.45; 65% = 41.2425, £41.24; award £158.76.
    (40, 40, 6165, 3025, 15876),
    # The claimant 70 (adult 1), the partner 40 with the award: the same (the partner has not attained the
    # qualifying age).
    (70, 40, 6165, 3025, 15876),
    # The partner 70 with the award, past the qualifying age for state pension credit: no enhanced premium (para
    # 15(1)(b)), nor the disability premium (para 12(b)(ii)). 144.65; excess 155.35; 65% = 100.9775, £100.98;
    # award £99.02.
    (40, 70, 0, 0, 9902),
])
def test_couple_partner_dla_care_highest_age_condition_2025(age1, age2, dp, edp, award):
    hb = _hb(Adult(age=age1, other_unearned_income_monthly=130000), Adult(age=age2, dla_care="highest"))
    aa = hb.applicable_amount
    assert (aa.disability_premium, aa.enhanced_disability_premium, aa.total) == (dp, edp, 14465 + dp + edp)
    assert hb.award == award


_RECORDS = [
    {"adult1_age": "40", "adult1_pip_daily_living": "enhanced", "adult1_other_unearned_income_monthly": "1300"},
    {"adult1_age": "40", "adult1_lcw": "yes", "adult1_pip_daily_living": "enhanced",
     "adult1_other_unearned_income_monthly": "1300"},
    {"adult1_age": "40", "adult1_other_unearned_income_monthly": "1300", "adult2_age": "40",
     "adult2_dla_care": "highest"},
    {"adult1_age": "40", "adult1_other_unearned_income_monthly": "1300", "adult2_age": "70",
     "adult2_dla_care": "highest"},
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
    # £160.58, £132.50, £158.76, £99.02 as worked above.
    assert awards == [16058, 13250, 15876, 9902]
