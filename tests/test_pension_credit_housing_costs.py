"""Pension Credit housing costs for an owner-occupier: worked examples to the penny.

State Pension Credit Regulations 2002 (SI 2002/1792) reg 6(6)(c) and Sch II:
the costs para 13(1) meets (service charges, ground rent, rentcharges ...)
"calculated on a weekly basis", the year's amount / 52 (para 13(3)), a
fraction of a penny a penny (para 15); less a deduction for each
non-dependant (para 14: in 2025-26 £19.65 not in remunerative work; in work
£45.15 from £183.00 gross a week, £62.00 from £266.00, £101.35 from £348.00,
£115.45 from £463.00, £126.65 from £577.00 or where the income is not shown:
SI 2025/295 art 29(4)); none where the claimant gets a care benefit or is
blind (para 14(6)), none for a non-dependant para 14(7) exempts; never below
nil. The appropriate minimum guarantee rises by what is left, and so the
guarantee credit (SPCA 2002 s 2) and, through it, the pension-age Council
Tax Reduction passport (SI 2012/2885 Sch 1 para 2: maximum reduction with
guarantee credit).

2025-26: standard minimum guarantee single £227.10, couple £346.60
(SI 2025/295 art 29(2)). The adults are born after 5 April 1953 (no savings
credit: SPCA 2002 s 3(1)) and after 1 April 1955 (the personal allowance of
the pension-age CTR scheme is £227.10).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Caseload, Household, estimate, estimate_caseload
from entitlements.benefits.housing_benefit import NonDependants
from entitlements.benefits.pension_credit import housing_costs_addition, pension_credit, weekly_housing_costs
from entitlements.errors import InputError
from entitlements.household import Housing, NonDependant
from entitlements.tables import Tables

T = Tables.load()
ON = dt.date(2025, 6, 2)  # a benefit week in 2025-26
DOB = dt.date(1955, 6, 1)  # 70 on ON; pensionable age (66) reached 1 June 2021


def _pc(h, on=ON):
    """The household's Pension Credit steps (pence a week), through the caseload path with one row."""
    r = estimate_caseload(Caseload.from_households([h]), on=on, tables=T)
    assert r.valid[0]
    pc = r.benefits.pension_credit
    return {f: int(np.asarray(getattr(pc, f))[0]) for f in ("housing_costs", "housing_costs_non_dependant_deductions",
                                                              "appropriate_minimum_guarantee", "guarantee_credit",
                                                              "savings_credit", "award")}


def _lines(h, on=ON):
    return {line.label: line for line in estimate(h, on=on, tables=T).pension_credit.lines}


def _leaseholder(costs=1500, period="week", sp=21000, non_dependants=(), **adult):
    return Household(adults=(Adult(date_of_birth=DOB, state_pension_weekly=sp, **adult),),
                     housing=Housing(tenure="owner_occupier", owner_housing_costs=costs,
                                     owner_housing_costs_period=period, non_dependants=non_dependants))


# -- a single leaseholder ----------------------------------------------------------------


def test_single_leaseholder_15_a_week_service_charges_raise_guarantee_credit_by_15():
    # Without: £227.10 - £210.00 = £17.10. With £15.00 a week of service charges:
    # £227.10 + £15.00 = £242.10; £242.10 - £210.00 = £32.10, £15.00 more.
    without = _pc(_leaseholder(costs=None))
    with_costs = _pc(_leaseholder())
    assert without["guarantee_credit"] == 1710
    assert with_costs["housing_costs"] == 1500
    assert with_costs["appropriate_minimum_guarantee"] == 24210
    assert with_costs["guarantee_credit"] == 3210
    assert with_costs["guarantee_credit"] - without["guarantee_credit"] == 1500
    assert estimate(_leaseholder(), on=ON, tables=T).total_weekly == 3210


@pytest.mark.parametrize("costs, period, weekly", [
    (6500, "month", 1500),          # £65.00 x 12 / 52 = £15.00
    (78000, "year", 1500),          # £780.00 / 52 = £15.00
    (20000, "three_months", 1539),  # £200.00 x 4 / 52 = £15.3846...: a fraction of a penny is a penny (para 15)
    (3000, "two_weeks", 1500),      # £30.00 x 26 / 52
    (10000, "month", 2308),         # £100.00 x 12 / 52 = £23.0769...: £23.08
])
def test_costs_for_a_period_as_a_week(costs, period, weekly):
    assert _pc(_leaseholder(costs, period))["housing_costs"] == weekly
    from entitlements.benefits.housing import RENT_PERIOD_CODES

    assert weekly_housing_costs(costs, RENT_PERIOD_CODES[period]) == weekly


def test_working_sheet_shows_the_housing_costs_with_their_source():
    lines = _lines(_leaseholder(6500, "month"))
    line = lines["Housing costs: service charges, ground rent and the like, £65.00 a month x 12 / 52"]
    assert line.amount == 1500 and line.op == "+"
    assert "SI 2002/1792 reg 6(6)(c), Sch II paras 13(1), (3), 15" in line.citation
    assert lines["Appropriate minimum guarantee"].amount == 24210


# -- non-dependants (Sch II para 14) -------------------------------------------------------


def test_non_dependant_not_in_work_takes_19_65_off():
    # £40.00 - £19.65 = £20.35; £227.10 + £20.35 = £247.45; - £210.00 = £37.45.
    r = _pc(_leaseholder(4000, non_dependants=(NonDependant(age=30),)))
    assert r["housing_costs"] == 4000
    assert r["housing_costs_non_dependant_deductions"] == 1965
    assert r["appropriate_minimum_guarantee"] == 24745
    assert r["guarantee_credit"] == 3745
    lines = _lines(_leaseholder(4000, non_dependants=(NonDependant(age=30),)))
    nd = lines["Non-dependant deductions from the housing costs"]
    assert nd.amount == 1965 and nd.op == "-"
    assert "SI 2002/1792 Sch II para 14" in nd.citation and "(SI 2025/295) art 29(4)" in nd.citation


def test_non_dependant_in_work_by_gross_income_never_below_nil():
    # £300.00 a week: not less than £266.00, less than £348.00: £62.00 (para 14(2)(c)), more than the £40.00 of
    # costs: nil housing costs, so the guarantee credit is the £17.10 it is without them.
    nd = NonDependant(age=40, remunerative_work=True, gross_weekly_income=30000)
    r = _pc(_leaseholder(4000, non_dependants=(nd,)))
    assert r["housing_costs_non_dependant_deductions"] == 4000
    assert r["appropriate_minimum_guarantee"] == 22710
    assert r["guarantee_credit"] == 1710


def test_non_dependant_in_work_income_not_shown_takes_the_full_deduction():
    # £150.00 of costs less £126.65 (para 14(1)(a)) = £23.35; £227.10 + £23.35 - £210.00 = £40.45.
    nd = NonDependant(age=40, remunerative_work=True)
    r = _pc(_leaseholder(15000, non_dependants=(nd,)))
    assert r["housing_costs_non_dependant_deductions"] == 12665
    assert r["guarantee_credit"] == 4045


def test_no_deduction_where_the_claimant_gets_attendance_allowance():
    # Para 14(6)(b)(i): no deduction. (No severe disability addition: a non-dependant aged 18 or over lives there.)
    # £227.10 + £40.00 - £210.00 = £57.10.
    r = _pc(_leaseholder(4000, non_dependants=(NonDependant(age=30),), attendance_allowance="lower"))
    assert r["housing_costs_non_dependant_deductions"] == 0
    assert r["guarantee_credit"] == 5710
    line = _lines(_leaseholder(4000, non_dependants=(NonDependant(age=30),), attendance_allowance="lower"))[
        "Non-dependant deductions from the housing costs: none"]
    assert "para 14(6)" in line.citation + line.detail


@pytest.mark.parametrize("nd, deduction", [
    (NonDependant(age=20, hb_ctr_exemption="full_time_student"), 0),            # para 14(7)(c)
    (NonDependant(age=40, exemption="pension_credit"), 0),                      # para 14(7)(f)
    (NonDependant(age=24, hb_ctr_exemption="uc_no_earned_income"), 0),          # para 14(7)(h): under 25
    (NonDependant(age=30, hb_ctr_exemption="uc_no_earned_income"), 1965),       # 25 or over: (1)(b)
    (NonDependant(age=30, hb_ctr_exemption="income_support_jsa_esa"), 1965),    # para 14(7)(d), (g): under 25 only
    (NonDependant(age=17), 0),                                                  # para 14(1): aged 18 or over
])
def test_non_dependant_exemptions(nd, deduction):
    assert _pc(_leaseholder(4000, non_dependants=(nd,)))["housing_costs_non_dependant_deductions"] == deduction


# -- a couple ------------------------------------------------------------------------------


def test_couple_with_service_charges_and_ground_rent():
    # £25.00 a week of service charges (£1,300 a year) and £250 a year of ground rent: £1,550 a year / 52 =
    # £29.8076...: £29.81 (para 15). £346.60 + £29.81 = £376.41; income £180.00 + £150.00 = £330.00;
    # guarantee credit £46.41 (without the costs, £16.60).
    def couple(costs):
        return Household(adults=(Adult(date_of_birth=DOB, state_pension_weekly=18000),
                                 Adult(date_of_birth=dt.date(1956, 3, 1), state_pension_weekly=15000)),
                         housing=Housing(tenure="owner_occupier", owner_housing_costs=costs, owner_housing_costs_period="year"))
    r = _pc(couple(155000))
    assert r["housing_costs"] == 2981
    assert r["appropriate_minimum_guarantee"] == 37641
    assert r["guarantee_credit"] == 4641
    assert _pc(couple(None))["guarantee_credit"] == 1660


# -- the savings credit: amount B is measured from the appropriate minimum guarantee --------


def test_housing_costs_raise_the_savings_credit_too():
    # Born 1945 (pensionable age before 6 April 2016: SPCA 2002 s 3(1)); State Pension £240.00, all qualifying
    # income; threshold £198.27, maximum £17.30 (2025-26). A = min(£17.30, 60% x (£240.00 - £198.27) = £25.04) = £17.30.
    # Without costs: B = 40% x (£240.00 - £227.10) = £5.16; savings credit £12.14; no guarantee credit.
    # With £20.00 a week: the guarantee is £247.10, above the income: B = 0, savings credit £17.30; guarantee
    # credit £7.10; £24.40 in all.
    def home(costs):
        return Household(adults=(Adult(date_of_birth=dt.date(1945, 3, 1), state_pension_weekly=24000),),
                         housing=Housing(tenure="owner_occupier", owner_housing_costs=costs, owner_housing_costs_period="week"))
    without, with_costs = _pc(home(None)), _pc(home(2000))
    assert (without["guarantee_credit"], without["savings_credit"]) == (0, 1214)
    assert (with_costs["guarantee_credit"], with_costs["savings_credit"], with_costs["award"]) == (710, 1730, 2440)


# -- the knock-on: Council Tax Reduction passported by guarantee credit -------------------


def test_service_charges_bring_guarantee_credit_and_so_full_council_tax_reduction():
    # Coventry, Band B, 2025-26, single person's discount: £2,413.68 x 7/9 = £1,877.31; x 75% = £1,407.98 a year;
    # a week x 7 / 365 = £27.00.
    # Without the costs: income £230.00 > £227.10, no guarantee credit; CTR £27.00 - 20% x (£230.00 - £227.10)
    # = £27.00 - £0.58 = £26.42 (SI 2012/2885 Sch 1 para 3).
    # With £15.00 a week: £242.10 - £230.00 = £12.10 guarantee credit: maximum CTR, £27.00 (Sch 1 para 2).
    def home(costs):
        return Household(adults=(Adult(date_of_birth=DOB, state_pension_weekly=23000),), local_authority="Coventry",
                         housing=Housing(tenure="owner_occupier", owner_housing_costs=costs,
                                         owner_housing_costs_period="week", council_tax_band="B"))
    before, after = estimate(home(None), on=ON, tables=T), estimate(home(1500), on=ON, tables=T)
    ctr = {e: {line.label: line.amount for line in e.council_tax.lines} for e in (before, after)}
    assert ctr[before]["Council tax a week (x 7 / days in the year)"] == 2700
    assert ctr[before]["Council Tax Reduction"] == 2642
    assert ctr[after]["Council Tax Reduction"] == 2700
    assert _pc(home(1500))["guarantee_credit"] == 1210
    assert _pc(home(None))["guarantee_credit"] == 0
    # The household total: £12.10 + £27.00 = £39.10 against £26.42.
    assert after.total_weekly == 3910 and before.total_weekly == 2642


# -- refused where the fact cannot apply ---------------------------------------------------


@pytest.mark.parametrize("tenure, extra", [("social_rent", {"rent": 10000}), ("private_rent", {"rent": 10000, "lha_rate": 50000}),
                                           ("supported_or_temporary", {"rent": 10000})])
def test_refused_for_a_renter(tenure, extra):
    with pytest.raises(InputError) as e:
        Housing(tenure=tenure, owner_housing_costs=1500, **extra)
    assert e.value.field == "owner_housing_costs"
    assert "Sch II para 5(1)(a)" in str(e.value) and "\n" not in str(e.value)
    Housing(tenure=tenure, owner_housing_costs=0, **extra)  # nothing given: nothing refused


def test_refused_where_universal_credit_is_claimed():
    h = Household(adults=(Adult(age=40),), housing=Housing(tenure="owner_occupier", owner_housing_costs=1500))
    with pytest.raises(InputError) as e:
        estimate(h, on=ON, tables=T)
    assert e.value.field == "housing.owner_housing_costs" and "SI 2013/376 Sch 5" in str(e.value)
    r = estimate_caseload(Caseload.from_households([h]), on=ON, tables=T)
    assert not r.valid[0]


def test_bad_amount_is_one_line():
    with pytest.raises(InputError) as e:
        Housing(tenure="owner_occupier", owner_housing_costs=-1)
    assert e.value.field == "owner_housing_costs" and "\n" not in str(e.value)


# -- the caseload CSV -------------------------------------------------------------------------


def test_csv_column_with_its_period_and_a_blank_period_refused(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("adult1_date_of_birth,adult1_state_pension_weekly,housing_tenure,housing_owner_housing_costs,"
                 "housing_owner_housing_costs_period,housing_rent\n"
                 "1955-06-01,210,owner_occupier,65,month,\n"
                 "1955-06-01,210,owner_occupier,65,,\n"
                 "1955-06-01,210,social_rent,15,week,100\n")
    r = estimate_caseload(Caseload.from_csv(p), on=ON, tables=T)
    assert r.valid.tolist() == [True, False, False]
    assert int(r.benefits.pension_credit.guarantee_credit[0]) == 3210
    fields = {e.field for e in r.caseload.errors}
    assert {"housing_owner_housing_costs_period", "housing_owner_housing_costs"} <= fields


# -- properties: the caseload equals one household at a time; scalar equals array ------------


_nd = st.one_of(st.none(), st.builds(
    NonDependant, age=st.integers(16, 80), remunerative_work=st.booleans(),
    gross_weekly_income=st.one_of(st.none(), st.integers(0, 80_000)),
    hb_ctr_exemption=st.sampled_from((None, "full_time_student", "uc_no_earned_income", "income_support_jsa_esa",
                                      "armed_forces_operations", "prisoner_or_patient"))))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, 0, 1500, 6500, 78000, 20000]), st.sampled_from(["week", "month", "year", "three_months"]),
                          st.sampled_from([15000, 21000, 23000, 30000]), st.lists(_nd, max_size=2), st.booleans(),
                          st.booleans()), min_size=1, max_size=6),
       st.sampled_from([dt.date(2023, 6, 5), dt.date(2024, 4, 1), dt.date(2024, 4, 8), dt.date(2025, 6, 2), dt.date(2026, 6, 1)]))
def test_caseload_equals_each_household_with_owner_housing_costs(rows, on):
    hs = []
    for costs, period, sp, nds, couple, aa in rows:
        adults = (Adult(date_of_birth=DOB, state_pension_weekly=sp, attendance_allowance="lower" if aa else "none"),)
        if couple:
            adults += (Adult(date_of_birth=dt.date(1950, 1, 1), state_pension_weekly=8000,
                             reached_pension_age_before_6_april_2016=True),)
        hs.append(Household(adults=adults, housing=Housing(
            tenure="owner_occupier", owner_housing_costs=costs, owner_housing_costs_period=period,
            non_dependants=tuple(n for n in nds if n is not None))))
    many = estimate_caseload(Caseload.from_households(hs), on=on, tables=T)
    for i, h in enumerate(hs):
        one = estimate(h, on=on, tables=T)
        assert many.valid[i]
        assert many.benefits.total_weekly[i] == one.total_weekly
        alone = estimate_caseload(Caseload.from_households([h]), on=on, tables=T).benefits.pension_credit
        for f in ("housing_costs", "housing_costs_non_dependant_deductions", "appropriate_minimum_guarantee", "award"):
            assert np.asarray(getattr(many.benefits.pension_credit, f))[i] == np.asarray(getattr(alone, f))[0], f


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30_000), st.lists(st.tuples(st.integers(-1, 70), st.integers(-1, 80_000),
                                                                    st.booleans(), st.booleans()), min_size=4, max_size=4),
                          st.booleans(), st.integers(0, 40_000),
                          st.dates(dt.date(2023, 4, 10), dt.date(2027, 4, 5))), min_size=1, max_size=6))
def test_housing_costs_scalar_equals_array(rows):
    def nds(slots):
        a = np.array(slots)
        return NonDependants(age=a[..., 0], gross_weekly_income=a[..., 1], remunerative_work=a[..., 2].astype(bool),
                             exempt=a[..., 3].astype(bool))
    cols = list(zip(*rows))
    v = pension_credit(False, True, False, np.array(cols[3]), 0, on=np.array(cols[4], dtype="datetime64[D]"), tables=T,
                       housing_costs_weekly=np.array(cols[0]), housing_non_dependants=nds([r[1] for r in rows]),
                       housing_blind_or_care_benefit=np.array(cols[2]))
    for i, r in enumerate(rows):
        one = pension_credit(False, True, False, r[3], 0, on=r[4], tables=T, housing_costs_weekly=r[0],
                             housing_non_dependants=nds(r[1]), housing_blind_or_care_benefit=r[2])
        for f in ("housing_costs", "housing_costs_non_dependant_deductions", "appropriate_minimum_guarantee",
                  "guarantee_credit", "award"):
            assert getattr(one, f) == getattr(v, f)[i], f
        assert 0 <= one.housing_costs_non_dependant_deductions <= one.housing_costs
        costs, taken = housing_costs_addition(r[0], nds(r[1]), on=r[4], tables=T, blind_or_care_benefit=r[2])
        assert one.appropriate_minimum_guarantee == one.standard_minimum_guarantee + costs - taken
