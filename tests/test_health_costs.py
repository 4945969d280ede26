"""NHS help with health costs: worked examples to the penny and properties.

England: SI 2003/2382 (remission of charges, travel, the Low Income Scheme)
and SI 2015/570 (prescription exemptions); Wales and Scotland: no
prescription charges (SI 2007/121 (W.11) reg 3(1); SSI 2011/55 reg 3(1)).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.benefits import health_costs as hc
from entitlements.errors import InputError
from entitlements.tables import default_tables
from strategies import assert_scalar_equals_array

T = default_tables()
D = dt.date
JUNE_2026 = D(2026, 6, 1)


# -- Universal Credit: SI 2003/2382 reg 5(1)(f), (1A) -------------------------


def test_single_uc_claimant_no_child_earning_435_gets_free_prescriptions_2026():
    # Reg 5(1A)(a): an award without the child element, no LCW, and "earned
    # income ... of £435.00 or less" in the relevant assessment period.
    # £435.00 qualifies; £435.01 does not.
    assert hc.uc_health_costs_passport(True, 43500, False, False, on=JUNE_2026, tables=T) is True
    assert hc.uc_health_costs_passport(True, 43501, False, False, on=JUNE_2026, tables=T) is False
    # Earning £435.00, the route is Universal Credit and prescriptions are free at 35.
    route = hc.nhs_health_costs("england", False, False, True)
    assert route == hc.ROUTE_UNIVERSAL_CREDIT
    assert hc.free_prescriptions("england", 35, health_costs_route=route, on=JUNE_2026, tables=T) == (
        True, hc.ROUTE_UNIVERSAL_CREDIT)


def test_uc_couple_with_child_earning_935_and_936_2026():
    # Reg 5(1A)(b): the award includes the child element and the joint
    # claimants' combined earned income is "£935.00 or less".
    # £600 + £335 = £935.00 qualifies; £600 + £336 = £936.00 does not.
    assert hc.uc_health_costs_passport(True, 60000 + 33500, True, False, on=JUNE_2026, tables=T) is True
    assert hc.uc_health_costs_passport(True, 60000 + 33600, True, False, on=JUNE_2026, tables=T) is False


def test_uc_claimant_with_lcw_and_no_child_has_the_higher_limit():
    # Reg 5(1A)(c): a claimant with limited capability for work: £935.00.
    # Earning £900.00: in with LCW, out without it (£900.00 > £435.00).
    assert hc.uc_health_costs_passport(True, 90000, False, True, on=JUNE_2026, tables=T) is True
    assert hc.uc_health_costs_passport(True, 90000, False, False, on=JUNE_2026, tables=T) is False


def test_no_uc_award_no_uc_passport():
    assert hc.uc_health_costs_passport(False, 0, True, True, on=JUNE_2026, tables=T) is False


# -- Other benefits and age -----------------------------------------------------


def test_pension_credit_guarantee_credit_gives_full_help():
    # Reg 5(1)(c): "he is receiving pension credit guarantee credit".
    route = hc.nhs_health_costs("england", False, True, False)
    assert route == hc.ROUTE_GUARANTEE_CREDIT
    assert hc.free_prescriptions("england", 59, health_costs_route=route, on=JUNE_2026, tables=T) == (
        True, hc.ROUTE_GUARANTEE_CREDIT)


def test_income_related_esa_is_the_first_route():
    # Reg 5(1)(cc); a qualifying benefit comes before guarantee credit in the answer.
    assert hc.nhs_health_costs("england", True, True, True) == hc.ROUTE_QUALIFYING_BENEFIT


def test_age_60_free_59_not_2026():
    # SI 2015/570 reg 10(1)(c): "is 60 years of age or older".
    assert hc.free_prescriptions("england", 60, on=JUNE_2026, tables=T) == (True, hc.ROUTE_AGE)
    assert hc.free_prescriptions("england", 59, on=JUNE_2026, tables=T) == (False, hc.ROUTE_NONE)


def test_under_16_and_under_19_in_full_time_education():
    # Reg 10(1)(a): under 16; (b): under 19 and in qualifying full-time education.
    assert hc.free_prescriptions("england", 15, on=JUNE_2026, tables=T) == (True, hc.ROUTE_AGE)
    assert hc.free_prescriptions("england", 16, on=JUNE_2026, tables=T) == (False, hc.ROUTE_NONE)
    assert hc.free_prescriptions("england", 18, True, on=JUNE_2026, tables=T) == (True, hc.ROUTE_FULL_TIME_EDUCATION)
    assert hc.free_prescriptions("england", 19, True, on=JUNE_2026, tables=T) == (False, hc.ROUTE_NONE)


def test_maternity_and_medical_exemptions():
    # Reg 10(1)(d) maternity exemption certificate; (e)-(f) medical or cancer.
    assert hc.free_prescriptions("england", 30, maternity_exemption=True, on=JUNE_2026, tables=T) == (
        True, hc.ROUTE_MATERNITY_EXEMPTION)
    assert hc.free_prescriptions("england", 45, medical_exemption=True, on=JUNE_2026, tables=T) == (
        True, hc.ROUTE_MEDICAL_EXEMPTION)


def test_hc3_does_not_cover_prescriptions():
    # SI 2003/2382 reg 6(2): partial remission is not for drugs.
    assert hc.free_prescriptions("england", 40, health_costs_route=hc.ROUTE_LOW_INCOME_HC3, on=JUNE_2026,
                                 tables=T) == (False, hc.ROUTE_NONE)
    assert hc.free_prescriptions("england", 40, health_costs_route=hc.ROUTE_LOW_INCOME_HC2, on=JUNE_2026,
                                 tables=T) == (True, hc.ROUTE_LOW_INCOME_HC2)


def test_wales_and_scotland_prescriptions_free_for_all():
    # SI 2007/121 (W.11) reg 3(1), SSI 2011/55 reg 3(1): no charge on their forms.
    for nation in ("wales", "scotland"):
        assert hc.free_prescriptions(nation, 35, on=JUNE_2026, tables=T) == (True, hc.ROUTE_NATION)
    # Their dental, optical and travel rules are not encoded: the route says ask.
    assert hc.nhs_health_costs("wales", True, False, False) == hc.ROUTE_OTHER_NATION


# -- The NHS Low Income Scheme (Part IV; regs 5(2)(e), 6, 17) ----------------------


def test_low_income_scheme_hc2_at_half_the_prescription_charge_2026():
    # Requirements (reg 17): applicable amount £92.05 (an illustrative figure
    # the caller works out by the Income Support rules) + council tax £25.00
    # a week - housing benefit £0 = £117.05.
    requirements = hc.low_income_scheme_requirements(9205, 2500, 0)
    assert requirements == 11705
    # Income £122.00: excess £4.95. Reg 5(2)(e): full help where the excess is
    # "fifty per cent or less of the amount of the charge" (£9.90 / 2 = £4.95).
    assert hc.low_income_scheme(12200, requirements, 0, on=JUNE_2026, tables=T) == (hc.ROUTE_LOW_INCOME_HC2, 495)
    # Income £122.01: excess £4.96 > £4.95: partial help (HC3).
    assert hc.low_income_scheme(12201, requirements, 0, on=JUNE_2026, tables=T) == (hc.ROUTE_LOW_INCOME_HC3, 496)


def test_hc3_contributions_to_the_penny_2026():
    # Excess £4.96 a week (above). Reg 6(3)(a): the remission is the charge
    # less three times the excess, so the patient pays 3 x £4.96 = £14.88
    # towards a band 2 course (£76.60 from 1 April 2026): the NHS pays £61.72.
    band_2 = T.at("passports.dental_charges", JUNE_2026, "band_2")
    assert band_2 == 7660
    assert hc.hc3_charge_payable(band_2, 496) == 1488
    # Reg 6(3)(b): towards a week's hospital travel of £20.00 the patient pays
    # the excess, £4.96.
    assert hc.hc3_travel_payable(2000, 496) == 496
    # A week's travel of £3.00, below the excess: the patient pays it all (no help).
    assert hc.hc3_travel_payable(300, 496) == 300
    # An excess of £30.00: 3 x £30.00 = £90.00 is more than band 1 (£27.90),
    # so the whole £27.90 is paid (no help); towards band 3 (£332.10) £90.00.
    assert hc.hc3_charge_payable(T.at("passports.dental_charges", JUNE_2026, "band_1"), 3000) == 2790
    assert hc.hc3_charge_payable(T.at("passports.dental_charges", JUNE_2026, "band_3"), 3000) == 9000


def test_low_income_scheme_requirements_less_housing_benefit():
    # Reg 17(1)(b): less the weekly housing benefit. £92.05 + £25.00 - £60.00 = £57.05.
    assert hc.low_income_scheme_requirements(9205, 2500, 6000) == 5705
    # Reg 17 can give less than nil where housing benefit is the larger.
    assert hc.low_income_scheme_requirements(0, 0, 100) == -100


def test_low_income_scheme_capital_limits():
    # Reg 2 "capital limit": £16,000, or £23,250 for a permanent care home resident.
    assert hc.low_income_scheme(10000, 11705, 1_600_000, on=JUNE_2026, tables=T) == (hc.ROUTE_LOW_INCOME_HC2, 0)
    assert hc.low_income_scheme(10000, 11705, 1_600_001, on=JUNE_2026, tables=T) == (hc.ROUTE_NONE, 0)
    assert hc.low_income_scheme(10000, 11705, 2_325_000, True, on=JUNE_2026, tables=T) == (hc.ROUTE_LOW_INCOME_HC2, 0)
    assert hc.low_income_scheme(10000, 11705, 2_325_001, True, on=JUNE_2026, tables=T) == (hc.ROUTE_NONE, 0)


def test_hc2_margin_follows_the_2023_prescription_charge():
    # 2023-24 charge £9.65: half is £4.825, so an excess of £4.82 is in and
    # £4.83 is out (2 x 483 = 966 > 965).
    on = D(2023, 10, 1)
    assert hc.low_income_scheme(10482, 10000, 0, on=on, tables=T)[0] == hc.ROUTE_LOW_INCOME_HC2
    assert hc.low_income_scheme(10483, 10000, 0, on=on, tables=T)[0] == hc.ROUTE_LOW_INCOME_HC3


def test_bad_inputs_name_the_field():
    with pytest.raises(InputError, match="earned_income"):
        hc.uc_health_costs_passport(True, -1, False, False, on=JUNE_2026, tables=T)
    with pytest.raises(InputError, match="nation_of_residence"):
        hc.free_prescriptions("northern ireland", 40, on=JUNE_2026, tables=T)
    with pytest.raises(InputError, match="low_income_route"):
        hc.nhs_health_costs("england", False, False, False, hc.ROUTE_AGE)


# -- Properties -------------------------------------------------------------------

dates = st.dates(D(2023, 4, 1), D(2027, 3, 31))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 200_000), st.booleans(), st.booleans(), dates),
                min_size=1, max_size=12))
def test_uc_passport_scalar_equals_array(rows):
    assert_scalar_equals_array(hc.uc_health_costs_passport, rows, tables=T)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 200_000), st.integers(0, 50_000), st.booleans(), st.booleans(), dates)
def test_more_earnings_never_gives_the_uc_passport(earned, more, child, lcw, on):
    # A means-tested route: eligibility never rises with earned income.
    lower = hc.uc_health_costs_passport(True, earned, child, lcw, on=on, tables=T)
    higher = hc.uc_health_costs_passport(True, earned + more, child, lcw, on=on, tables=T)
    assert lower or not higher


_RANK = {hc.ROUTE_LOW_INCOME_HC2: 0, hc.ROUTE_LOW_INCOME_HC3: 1, hc.ROUTE_NONE: 2}


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 60_000), st.integers(0, 5_000), st.integers(-5_000, 60_000), st.integers(0, 3_000_000), dates)
def test_more_income_never_improves_the_low_income_scheme(income, more, requirements, capital, on):
    route, excess = hc.low_income_scheme(income, requirements, capital, on=on, tables=T)
    route2, excess2 = hc.low_income_scheme(income + more, requirements, capital, on=on, tables=T)
    assert _RANK[route2] >= _RANK[route]
    assert excess2 >= excess


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60_000), st.integers(-5_000, 60_000), st.integers(0, 3_000_000),
                          st.booleans(), dates), min_size=1, max_size=10))
def test_low_income_scheme_scalar_equals_array(rows):
    assert_scalar_equals_array(hc.low_income_scheme, rows, tables=T)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["england", "wales", "scotland"]), st.integers(0, 100), st.booleans(),
                          st.booleans(), st.booleans(), st.sampled_from([0, 6, 7, 8, 9, 10]), dates),
                min_size=1, max_size=10))
def test_free_prescriptions_scalar_equals_array(rows):
    assert_scalar_equals_array(hc.free_prescriptions, rows, tables=T)
