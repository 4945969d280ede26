"""Bad households are rejected with messages naming the field and value."""

import datetime as dt

import pytest

from entitlements import Adult, Child, Household, InputError, estimate
from entitlements.io.households import household_from_flat, household_from_mapping, parse_pounds


@pytest.mark.parametrize(
    "kwargs, field, text",
    [
        (dict(age=15), "age", "15 is not allowed (expected a whole number of years from 16 to 120)"),
        (dict(age=30.5), "age", "30.5 is not allowed"),
        (dict(), "age", "exactly one of age or date_of_birth"),
        (dict(age=30, date_of_birth=dt.date(1990, 1, 1)), "age", "exactly one of age or date_of_birth"),
        (dict(age=30, monthly_earnings=-1), "monthly_earnings", "-1 is not allowed (expected 0 or more pence)"),
        (dict(age=30, monthly_earnings=900.0), "monthly_earnings", "whole number of pence"),
        (dict(age=30, lcwra="yes"), "lcwra", "True or False"),
        (dict(age=30, lcwra_protection="pre_2026_claimant"), "lcwra_protection", "None unless lcwra is True"),
        (dict(age=30, lcwra=True, lcwra_protection="old"), "lcwra_protection", "'old' is not allowed"),
        (dict(age=30, dla_care="high"), "dla_care", "one of 'none', 'lowest', 'middle', 'highest'"),
        (dict(age=30, lcw_element_saved=True), "lcw_element_saved", "unless lcw (or lcwra) is True"),
    ],
)
def test_bad_adult_is_rejected(kwargs, field, text):
    with pytest.raises(InputError) as e:
        Adult(**kwargs)
    assert e.value.field == field
    assert text in str(e.value)


def test_household_needs_one_or_two_adults():
    with pytest.raises(InputError, match=r"adults: 3 is not allowed \(expected 1 adult"):
        Household(adults=(Adult(age=30),) * 3)
    with pytest.raises(InputError, match="adults: 0"):
        Household(adults=())


def test_child_exception_must_be_known():
    with pytest.raises(InputError, match="two_child_exception: 'twins'"):
        Child(date_of_birth=dt.date(2020, 1, 1), two_child_exception="twins")


def test_on_must_be_a_date():
    with pytest.raises(InputError, match="on: '2026-05-01' is not allowed"):
        estimate(Household(adults=Adult(age=30)), on="2026-05-01")


@pytest.mark.parametrize(
    "value, pence",
    [("900", 90000), ("900.5", 90050), ("£1,234.56", 123456), (0, 0), ("0.01", 1)],
)
def test_pounds_parse_exactly(value, pence):
    assert parse_pounds(value, "x") == pence


@pytest.mark.parametrize("value, text", [("12.345", "at most 2 decimal places"), ("-5", "0 or more"), ("ten", "an amount in pounds")])
def test_bad_pounds_are_rejected(value, text):
    with pytest.raises(InputError, match=text):
        parse_pounds(value, "capital")


def test_flat_record_builds_a_couple_with_children():
    h = household_from_flat(
        {"adult1_age": "30", "adult2_age": "28", "adult1_monthly_earnings": "1,000.00", "child1_date_of_birth": "14/09/2016", "capital": ""}
    )
    assert h.is_couple and h.adults[0].monthly_earnings == 100000
    assert h.children[0].date_of_birth == dt.date(2016, 9, 14)


@pytest.mark.parametrize(
    "record, text",
    [
        ({"adult1_age": "30", "adult1_earning": "5"}, "adult1_earning: a column not known (expected a known adult field"),
        ({"adult1_age": "30", "adult3_age": "5"}, "adult3_age"),
        ({"adult2_age": "30"}, "adult1_age"),
        ({"adult1_age": "30", "child1_dla_care": "middle"}, "child1_date_of_birth"),
        ({"adult1_age": "30", "adult1_lcwra": "maybe"}, "adult1_lcwra: 'maybe' is not allowed (expected true or false"),
        ({"adult1_age": "30", "child1_date_of_birth": "31/02/2020"}, "child1_date_of_birth: '31/02/2020'"),
    ],
)
def test_bad_flat_record_names_the_column(record, text):
    with pytest.raises(InputError) as e:
        household_from_flat(record)
    assert text in str(e.value)


def test_nested_mapping_rejects_unknown_fields():
    with pytest.raises(InputError, match=r"adults\[1\].earnings"):
        household_from_mapping({"adults": [{"age": 30, "earnings": 5}]})
    with pytest.raises(InputError, match="rent"):
        household_from_mapping({"adults": [{"age": 30}], "rent": 500})


def test_child_20_or_over_or_unborn_is_an_error_not_a_child_element():
    old = Household(adults=Adult(age=45), children=(Child(date_of_birth=dt.date(2006, 5, 1)),))
    with pytest.raises(InputError, match=r"children\[1\].date_of_birth: '2006-05-01'.*under 20"):
        estimate(old, on=dt.date(2026, 5, 1))  # 20 on 01/05/2026, within the AP
    unborn = Household(adults=Adult(age=25), children=(Child(date_of_birth=dt.date(2026, 7, 1)),))
    with pytest.raises(InputError, match="born by 2026-05-31"):
        estimate(unborn, on=dt.date(2026, 5, 1))


def test_caseload_reports_a_child_out_of_range_as_a_row_error():
    from entitlements import estimate_caseload

    ok = Household(adults=Adult(age=45))
    old = Household(adults=Adult(age=45), children=(Child(date_of_birth=dt.date(2000, 1, 1)),))
    res = estimate_caseload([ok, old], on=dt.date(2026, 5, 1))
    assert res.valid.tolist() == [True, False]
    assert "20 or over" in str(res.caseload.errors[0])


def test_benefit_cap_threshold_not_yet_known_is_an_error_only_where_it_decides_under_strict():
    from entitlements import NoRowInForce

    # AP beginning 2 April 2027: UC amounts are known (to 5 April 2027), the
    # April 2027 national living wage is not. A single person with no
    # children is under the cap, so the threshold is never needed.
    ok = Household(adults=Adult(age=30))
    assert estimate(ok, on=dt.date(2027, 4, 2)).universal_credit.award == 42490
    # A large family over the cap with no exemption and no earnings: the
    # threshold (16 hours at the national living wage) is above nil whatever
    # it turns out to be, so the answer is known and the cap applies.
    kids = tuple(Child(date_of_birth=dt.date(2012 + i, 1, 1)) for i in range(5))
    idle = estimate(Household(adults=(Adult(age=30), Adult(age=30)), children=kids), on=dt.date(2027, 4, 2)).universal_credit.calculation
    assert idle.benefit_cap_reduction > 0
    assert idle.award == idle.award_before_benefit_cap - idle.benefit_cap_reduction
    # The same family earning £400 a month: now the threshold decides the
    # answer, and it is not known, so the estimate says so.
    big = Household(adults=(Adult(age=30, monthly_earnings=40000, in_paid_work=True), Adult(age=30)), children=kids)
    with pytest.raises(NoRowInForce, match="benefit_cap_earnings_threshold"):
        estimate(big, on=dt.date(2027, 4, 2), rates_after="strict")
    # Held (the default): the 2026/27 threshold, named as an assumption.
    e = estimate(big, on=dt.date(2027, 4, 2))
    assert [a.table_id for a in e.assumptions] == ["uc.benefit_cap_earnings_threshold"]
    assert e.render().startswith("Warning: Rates after 31/03/2027 are not yet known")


def test_bedrooms_that_depend_on_an_unknown_sex_are_an_error_not_a_guess():
    from entitlements import estimate_caseload
    from entitlements.household import Housing

    kids = (Child(date_of_birth=dt.date(2013, 1, 1)), Child(date_of_birth=dt.date(2015, 1, 1)))
    h = Household(adults=Adult(age=40), children=kids, housing=Housing(tenure="social_rent", rent=50000, bedrooms=3))
    with pytest.raises(InputError, match="bedroom entitlement depends on it"):
        estimate(h, on=dt.date(2026, 5, 1))
    res = estimate_caseload([h], on=dt.date(2026, 5, 1))
    assert res.valid.tolist() == [False] and res.caseload.errors[0].field == "child1_sex"
    # The same children without housing costs need no sex.
    assert estimate(h.replace(housing=None), on=dt.date(2026, 5, 1)).universal_credit.award > 0
