"""A non-dependant disregarded for council tax discount for a reason the
other exemptions do not name (a resident carer, the severely mentally
impaired: LGFA 1992 Sch 1): ``hb_ctr_exemption="disregarded_for_discount"``.

SI 2012/2885 Sch 1 para 8(8) makes no Council Tax Reduction deduction for a
non-dependant disregarded for discount, and para 4(3)(a) makes them no second
adult; Housing Benefit's reg 55 (SI 2006/214) has no such head, so its
deduction stays. Found by the pension-age audit of 2026-12-07 (household H14):
with only a count of disregarded residents the library took the claimant to be
the one disregarded, £10.60 a week of CTR too little.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Caseload, Household, InputError, estimate, estimate_caseload
from entitlements.household import Housing, NonDependant

MAY_2026 = dt.date(2026, 5, 1)


def _single(exemption, disregarded=1):
    son = NonDependant(age=40, remunerative_work=True, gross_weekly_income=30000, hb_ctr_exemption=exemption)
    return Household(adults=(Adult(date_of_birth=dt.date(1946, 3, 1), pension_income_weekly=24000),),
                     housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                                     council_tax_disregarded=disregarded, non_dependants=(son,)),
                     local_authority="Coventry")


def test_the_son_disregarded_brings_no_ctr_deduction_and_is_no_second_adult_coventry_2026():
    c = estimate(_single("disregarded_for_discount"), on=MAY_2026).benefits.council_tax
    # Band D Coventry 2026-27 £2,516.72; band B 7/9 = £1,957.449 -> £1,957.45; two residents, one disregarded:
    # 25% = £489.3625 -> £489.36; £1,468.09 a year; a week x 7 / 365 = £28.1551.
    assert (c.band_amount_annual, c.annual_liability, c.weekly_liability) == (195745, 146809, 2816)
    # Pension Credit's income £240.00 + savings credit £17.16 = £257.16 (para 14(1), (2)(a)); applicable amount
    # £256.00; excess £1.16; 20% = £0.232. No non-dependant deduction (para 8(8)): £28.1551 - £0.232 = £27.9231.
    assert (c.ctr_non_dependant_deductions, c.reduction_weekly) == (0, 2792)


def test_the_claimant_disregarded_keeps_the_deduction_and_the_second_adult():
    c = estimate(_single(None), on=MAY_2026).benefits.council_tax
    # The son counts: deduction £10.60 (gross £300 a week, 2026-27 band); £28.1551 - £10.60 - £0.232 = £17.3231,
    # above the second adult rebate (7.5% x £28.1551 = £2.11): £17.32.
    assert (c.ctr_non_dependant_deductions, c.reduction_weekly) == (1060, 1732)


def test_housing_benefit_deduction_stays_for_a_non_dependant_disregarded_for_discount():
    with_ = estimate(_single("disregarded_for_discount"), on=MAY_2026).benefits.housing_benefit
    without = estimate(_single(None), on=MAY_2026).benefits.housing_benefit
    assert with_.non_dependant_deductions == without.non_dependant_deductions > 0
    assert with_.award == without.award


def test_said_disregarded_needs_the_count_of_disregarded_residents():
    with pytest.raises(InputError) as e:
        _single("disregarded_for_discount", disregarded=0)
    assert e.value.field == "housing.council_tax_disregarded"
    assert "disregarded_for_discount" in str(e.value) and "at least 1" in str(e.value)


def _record(case_id, exemption, disregarded="1"):
    return {"case_id": case_id, "adult1_date_of_birth": "1946-03-01", "adult1_pension_income_weekly": "240",
            "housing_tenure": "social_rent", "housing_rent": "100", "housing_rent_period": "week",
            "housing_council_tax_band": "B", "housing_council_tax_disregarded": disregarded, "local_authority": "Coventry",
            "nondep1_age": "40", "nondep1_remunerative_work": "yes", "nondep1_gross_weekly_income": "300",
            "nondep1_hb_ctr_exemption": exemption}


def test_caseload_equals_one_household_and_a_short_count_is_the_rows_error():
    recs = [_record("a", "disregarded_for_discount"), _record("b", ""), _record("c", "disregarded_for_discount", "0")]
    rows = list(estimate_caseload(Caseload.from_records(recs), on=MAY_2026).rows())
    assert [r["household_council_tax_reduction_weekly"] for r in rows[:2]] == [2792, 1732]
    assert len(rows) == 3 and rows[2]["household_council_tax_reduction_weekly"] is None
    assert "housing_council_tax_disregarded" in str(rows[2].get("error", "")) + str(rows[2])
