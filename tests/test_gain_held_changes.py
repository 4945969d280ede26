"""Outcomes that change nothing are refused, on one household and in a
caseload read in columns alike: a housing, income or council tax change to
the values the household already has, and a second award of Housing Benefit
or Council Tax Reduction in one scenario (gain/held_already.py)."""

import datetime as dt

import pytest

from entitlements import caseload_gains, income_gain
from entitlements.errors import InputError
from entitlements.gain import Outcome, Scenario
from entitlements.household import Adult, Household, Housing
from entitlements.io.outcomes import scenario_or_reason

D = dt.date
SOCIAL = Housing(tenure="social_rent", rent=50000, bedrooms=1)


def _scenario(h, *outcomes):
    return Scenario(household=h, claim_start=D(2025, 1, 10), outcomes=outcomes)


def test_income_change_to_the_capital_held_is_refused():
    h = Household(adults=Adult(age=40), capital=100000)
    with pytest.raises(InputError) as e:
        _scenario(h, Outcome(kind="income_change", effective=D(2025, 3, 10), changes={"capital": 100000}))
    assert str(e.value) == ("outcomes[1].changes: 'capital' is not allowed (expected a change to what the household has "
                            "before advice: capital already has the value given, so 'income_change' changes nothing).")


def test_housing_change_to_the_rent_held_is_refused():
    h = Household(adults=Adult(age=40), housing=SOCIAL)
    with pytest.raises(InputError, match=r"housing_bedrooms, housing_rent already have the value given, so 'housing_change'"):
        _scenario(h, Outcome(kind="housing_change", effective=D(2025, 3, 10),
                             changes={"housing_rent": 50000, "housing_bedrooms": 1}))


def test_council_tax_band_corrected_to_the_band_held_is_refused():
    h = Household(adults=Adult(age=70), local_authority="Coventry",
                  housing=Housing(tenure="owner_occupier", council_tax_band="B"))
    with pytest.raises(InputError, match="housing_council_tax_band already has the value given"):
        _scenario(h, Outcome(kind="council_tax_band_corrected", effective=D(2025, 5, 1),
                             changes={"housing_council_tax_band": "B"}))


def test_a_change_with_one_value_new_is_valued():
    # Earnings £0 -> £300 a month with the same capital: a real change. No work allowance (no child, no LCW):
    # UC falls by 55% x £300 = £165.00 a month, so the gain is -£165.00.
    h = Household(adults=Adult(age=40), capital=100000)
    s = _scenario(h, Outcome(kind="income_change", effective=D(2025, 1, 10),
                             changes={"capital": 100000, "adult1_monthly_earnings": 30000}))
    assert income_gain(s, horizon_months=1).recurring_monthly == -16500


def test_caseload_in_columns_refuses_the_same_rows_with_the_same_reasons(tmp_path):
    # A CSV file, every row with every column: read in columns (not row by row).
    keys = ["case_id", "adult1_age", "capital", "housing_tenure", "housing_rent", "housing_bedrooms", "claim_start",
            "outcome", "outcome_date", "after_capital", "after_housing_rent"]
    base = {"adult1_age": "40", "capital": "1000", "claim_start": "2025-01-10", "outcome_date": "2025-03-10",
            "housing_tenure": "social_rent", "housing_rent": "500", "housing_bedrooms": "1"}
    rows = [
        {**base, "case_id": "same", "outcome": "income_change", "after_capital": "1000.00"},
        {**base, "case_id": "more", "outcome": "income_change", "after_capital": "2000"},
        {**base, "case_id": "rent", "outcome": "housing_change", "after_housing_rent": "500"},
        {**base, "case_id": "both", "outcome": "housing_change", "after_housing_rent": "500", "after_capital": "1,000"},
        {**base, "case_id": "lcwra", "outcome": "lcwra_found"},
    ]
    path = tmp_path / "caseload.csv"
    path.write_text("\n".join([",".join(keys)] + [",".join(f'"{r.get(k, "")}"' for k in keys) for r in rows]) + "\n")
    g = caseload_gains(str(path))
    assert len(g) == 5 and g.valid.tolist() == [False, True, False, False, True]
    for i, row in enumerate(rows):
        assert str(g.reasons[i]) == scenario_or_reason({k: v for k, v in row.items() if v != ""})[1]
    assert "capital already has the value given" in str(g.reasons[0])
    assert "capital, housing_rent already have the value given" in str(g.reasons[3])


def test_a_second_housing_benefit_award_is_refused_unless_the_first_ended():
    h = Household(adults=Adult(age=70), housing=Housing(tenure="social_rent", rent=50000, bedrooms=1))
    first = Outcome(kind="hb_awarded", effective=D(2025, 3, 10), weekly_amount=5000)
    with pytest.raises(InputError) as e:
        _scenario(h, first, Outcome(kind="hb_awarded", effective=D(2025, 4, 10), weekly_amount=5000))
    assert str(e.value) == ("outcomes[2].kind: 'hb_awarded' is not allowed (expected an outcome the household does not "
                            "already have: outcome 1 already awards Housing Benefit from 2025-03-10, so it adds nothing "
                            "(give one outcome with the amount, or end the first award before this one starts)).")
    ended = Outcome(kind="hb_awarded", effective=D(2025, 3, 10), ends=D(2025, 4, 10), weekly_amount=5000)
    assert len(_scenario(h, ended, Outcome(kind="hb_awarded", effective=D(2025, 4, 10), weekly_amount=6000)).outcomes) == 2


def test_a_second_council_tax_reduction_award_is_refused():
    h = Household(adults=Adult(age=70), housing=Housing(tenure="owner_occupier"))
    with pytest.raises(InputError, match="outcome 1 already awards Council Tax Reduction from 2025-03-10"):
        _scenario(h, Outcome(kind="ctr_awarded", effective=D(2025, 3, 10), weekly_amount=1000),
                  Outcome(kind="ctr_awarded", effective=D(2025, 3, 10), weekly_amount=1000))
