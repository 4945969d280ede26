"""Pensioners, carers and mixed-age couples (issue 12 points 2-6 and 10):
worked examples to the penny, each with the arithmetic from the regulation.

Rates used (from the shipped tables, each with its source there):
2023/24 Pension Credit: standard minimum guarantee single £201.05, savings
credit threshold single £174.49, maximum savings credit single £15.94.
2025/26: PC single £227.10, carer addition £46.40, Carer's Allowance £83.30;
UC joint standard allowance (one 25 or over) £628.10, child element £292.81
(child born after 6 April 2017), higher work allowance £684.00.
2026/27: UC joint standard allowance £666.97, child element £351.88 (first
child born before 6 April 2017) and £303.94, Child Benefit £27.05 and £17.90,
the benefit cap outside London for a couple £22,020 a year.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Caseload, Child, Household, estimate, estimate_caseload
from entitlements.household import Housing
from entitlements.benefits.net_earnings import monthly_net_earnings
from entitlements.benefits.pension_credit import savings_credit, weekly_earnings_counted
from entitlements.errors import InputError
from entitlements.tables import Tables

TABLES = Tables.load()
D = dt.date


def _one(h, on):
    return estimate(h, on=on, tables=TABLES)


# -- point 2: Carer's Allowance overlapping State Pension ------------------------


def test_carer_aged_70_full_state_pension_no_ca_payable_pension_credit_43_25():
    # SI 1979/597 reg 4(5)(a): CA (non-contributory) less State Pension
    # (contributory): £83.30 - £230.25 < 0, so nothing payable; the entitlement
    # stays, so the PC carer addition is due (Sch I Pt II para 4).
    # PC: £227.10 + £46.40 = £273.50; income £230.25 (CA paid: nil);
    # guarantee credit £273.50 - £230.25 = £43.25 a week.
    h = Household(adults=Adult(age=70, carer=True, claims_carers_allowance=True, state_pension_weekly=23025))
    e = _one(h, D(2025, 5, 1))
    assert e.benefits.carers_allowance_entitlement[0] == 8330
    assert e.benefits.carers_allowance[0] == 0
    assert e.benefits.pension_credit.carer_addition == 4640
    assert e.benefits.pension_credit.award == 4325
    assert e.total_weekly == 4325
    assert "underlying entitlement" in e.render()


def test_carer_aged_70_small_state_pension_gets_the_balance_of_ca():
    # CA payable £83.30 - £50.00 = £33.30 (reg 4(5)(a): "only the balance").
    # PC income £50.00 + £33.30 = £83.30; guarantee credit £273.50 - £83.30
    # = £190.20. Household £33.30 + £190.20 = £223.50 a week.
    h = Household(adults=Adult(age=70, carer=True, claims_carers_allowance=True, state_pension_weekly=5000))
    e = _one(h, D(2025, 5, 1))
    assert (e.benefits.carers_allowance[0], e.benefits.pension_credit.award, e.total_weekly) == (3330, 19020, 22350)


def test_other_pensions_do_not_overlap_with_carers_allowance():
    # An occupational pension is not a benefit under SSCBA Parts II-III: CA
    # £83.30 paid in full. PC income £230.25 + £83.30 = £313.55 > £273.50: nil.
    h = Household(adults=Adult(age=70, carer=True, claims_carers_allowance=True, pension_income_weekly=23025))
    e = _one(h, D(2025, 5, 1))
    assert (e.benefits.carers_allowance[0], e.benefits.pension_credit.award) == (8330, 0)


def test_mixed_age_couple_uc_counts_only_the_ca_paid():
    # Claimant 40; partner 70, a carer claiming CA, State Pension £100 a week.
    # CA payable £83.30 - £100 -> nil, so it is not UC income (reg 66(1)(b)).
    # UC: £628.10 + carer element £201.68 = £829.78; State Pension £100 x 52
    # / 12 = £433.33; award £829.78 - £433.33 = £396.45 (before: also minus
    # CA £83.30 x 52 / 12 = £360.97, giving £35.48).
    h = Household(adults=(Adult(age=40), Adult(age=70, carer=True, claims_carers_allowance=True, state_pension_weekly=10000)))
    e = _one(h, D(2025, 5, 1))
    calc = e.universal_credit.calculation
    assert (calc.unearned_income, e.universal_credit.award) == (43333, 39645)
    assert calc.benefit_cap_exempt  # entitled to CA (reg 83(1)(i)), and the carer element (j)


def test_new_style_esa_overlaps_with_carers_allowance_too():
    # Carer aged 40 on new-style ESA £92.05: CA £83.30 - £92.05 -> nil paid.
    h = Household(adults=Adult(age=40, carer=True, claims_carers_allowance=True, new_style_esa_weekly=9205))
    e = _one(h, D(2025, 5, 1))
    assert (e.benefits.carers_allowance_entitlement[0], e.benefits.carers_allowance[0]) == (8330, 0)


# -- point 3: no employee NI after State Pension age ------------------------------


def test_partner_aged_68_earning_2000_gross_pays_no_ni_2025():
    # SSCBA 1992 s 6(3): no primary Class 1 on earnings paid after pensionable
    # age. Tax: 1257L free pay £1,048.26; £2,000 - £1,048.26 = £951.74 -> £951
    # x 20% = £190.20. Net £2,000 - £190.20 = £1,809.80 (before: NI 8% x
    # (£2,000 - £1,048) = £76.16 more taken, net £1,733.64).
    # UC (claimant 40, children born 2018 and 2020): £628.10 + 2 x £292.81 =
    # £1,213.72; 55% x (£1,809.80 - £684.00) = £619.19; award £594.53.
    kids = (Child(date_of_birth=D(2018, 6, 1)), Child(date_of_birth=D(2020, 6, 1)))
    h = Household(adults=(Adult(age=40), Adult(age=68, gross_monthly_earnings=200000)), children=kids)
    e = _one(h, D(2025, 5, 1))
    calc = e.universal_credit.calculation
    assert (calc.earned_income, calc.earnings_deduction, e.universal_credit.award) == (180980, 61919, 59453)
    assert "no employee NI after State Pension age" in e.render()


def test_ni_stops_from_the_payday_on_which_pension_age_is_reached():
    # Born 1 June 1959: State Pension age 66 on 1 June 2025 (PA 2014 s 26).
    # The AP of 2 May to 1 June 2025 is paid on 1 June: no NI. The AP of
    # 1 to 31 May 2025 is paid on 31 May: NI 8% x (£2,000 - £1,048) = £76.16.
    adult = Adult(date_of_birth=D(1959, 6, 1), gross_monthly_earnings=200000)
    h = Household(adults=(Adult(age=40), adult))
    before = _one(h, D(2025, 5, 1)).universal_credit.calculation.earned_income
    after = _one(h, D(2025, 5, 2)).universal_credit.calculation.earned_income
    assert (before, after) == (200000 - 19020 - 7616, 200000 - 19020)


# -- point 10: State Pension uses up the allowance in the tax code --------------------


def test_state_pension_230_25_leaves_code_59l():
    # £12,570 - 52 x £230.25 (£11,973.00) = £597 -> code 59L; Month 1 free
    # pay (10 x 59 + 9) / 12 = £49.916... -> £49.92. Taxable £2,000 - £49.92 =
    # £1,950.08 -> £1,950 x 20% = £390.00. No NI after pension age.
    r = monthly_net_earnings(200000, on=D(2025, 5, 31), scottish=False, tables=TABLES,
                             over_state_pension_age=True, state_pension_weekly=23025)
    assert (r.tax_code_number, r.free_pay, r.income_tax, r.net) == (59, 4992, 39000, 161000)


def test_state_pension_above_the_allowance_gives_a_k_code():
    # 52 x £300 = £15,600, £3,030 over the allowance: K303; £3,030 / 12 =
    # £252.50 added to pay: £2,252.50 -> £2,252 x 20% = £450.40 (under half of
    # £2,000, the overriding limit).
    r = monthly_net_earnings(200000, on=D(2025, 5, 31), scottish=False, tables=TABLES,
                             over_state_pension_age=True, state_pension_weekly=30000)
    assert (r.tax_code_number, r.free_pay, r.income_tax) == (-303, -25250, 45040)


def test_mixed_age_couple_pensioner_in_work_with_state_pension_uc_2025():
    # Partner 68: State Pension £100 a week (52 x £100 = £5,200), so code
    # (£12,570 - £5,200 = £7,370) 737L: free pay £416.67 + (2,370 + 9) / 12 =
    # £416.67 + £198.25 = £614.92. Taxable £2,000 - £614.92 = £1,385.08 ->
    # £1,385 x 20% = £277.00; net £1,723.00.
    # UC: £1,213.72 - State Pension £433.33 - 55% x (£1,723.00 - £684.00)
    # (£571.45) = £208.94.
    kids = (Child(date_of_birth=D(2018, 6, 1)), Child(date_of_birth=D(2020, 6, 1)))
    h = Household(adults=(Adult(age=40), Adult(age=68, gross_monthly_earnings=200000, state_pension_weekly=10000)),
                  children=kids)
    e = _one(h, D(2025, 5, 1))
    calc = e.universal_credit.calculation
    assert (calc.earned_income, calc.earnings_deduction, e.universal_credit.award) == (172300, 57145, 20894)
    assert "tax code 737L" in e.render()


# -- point 4: the savings credit ---------------------------------------------------


def test_single_aged_80_pension_203_85_savings_credit_14_82_2023():
    # SPCA 2002 s 3: aged 80 in 2023, so pensionable age before 6 April 2016.
    # Amount A: the smaller of £15.94 and 60% x (£203.85 - £174.49) = £17.616;
    # amount B: 40% x (£203.85 - £201.05) = £1.12. Savings credit £14.82.
    for adult in (Adult(age=80, state_pension_weekly=20385), Adult(date_of_birth=D(1943, 3, 1), pension_income_weekly=20385)):
        e = _one(Household(adults=adult), D(2023, 6, 1))
        pc = e.benefits.pension_credit
        assert (pc.guarantee_credit, pc.savings_credit, pc.award) == (0, 1482, 1482)


def test_savings_credit_applied_by_the_caseload_too():
    hs = [Household(adults=Adult(age=80, state_pension_weekly=20385)),
          Household(adults=Adult(date_of_birth=D(1955, 3, 1), state_pension_weekly=20385))]
    r = estimate_caseload(Caseload.from_households(hs), on=D(2023, 6, 1))
    # The second reached pensionable age in 2021: no savings credit, and
    # income £203.85 > £201.05, so no guarantee credit either.
    assert r.benefits.pension_credit.award.tolist() == [1482, 0]


def test_born_1952_savings_credit_turns_on_sex_so_it_is_asked_for():
    # Born 1 June 1952: a woman reached pensionable age in 2014, a man (65) in
    # 2017. The household does not say which: the fact is asked for.
    h = Household(adults=Adult(date_of_birth=D(1952, 6, 1), state_pension_weekly=20385))
    with pytest.raises(InputError, match=r"adults\[1\]\.reached_pension_age_before_6_april_2016"):
        _one(h, D(2023, 6, 1))
    yes = attrs_evolve(h, reached_pension_age_before_6_april_2016=True)
    no = attrs_evolve(h, reached_pension_age_before_6_april_2016=False)
    assert _one(yes, D(2023, 6, 1)).benefits.pension_credit.award == 1482
    assert _one(no, D(2023, 6, 1)).benefits.pension_credit.award == 0


def test_born_1952_without_savings_credit_to_lose_is_not_asked():
    # Income £150.00 is under the savings credit threshold (£174.49): amount A
    # is nil whatever the age condition, so nothing is asked. GC £51.05.
    h = Household(adults=Adult(date_of_birth=D(1952, 6, 1), state_pension_weekly=15000))
    assert _one(h, D(2023, 6, 1)).benefits.pension_credit.award == 5105


def test_savings_credit_fractions_go_to_the_claimant_reg_7_4():
    # Amount A: 60% x (£201.09 - £174.49 = £26.60) = £15.96 -> the maximum
    # £15.94; amount B: 40% x (£201.09 - £201.05 = 4p) = 1.6p -> 1p (down).
    # £15.94 - £0.01 = £15.93 (to the nearest penny it would be £15.92).
    assert savings_credit(False, 20109, 20109, 20105, on=D(2023, 6, 1), tables=TABLES) == 1593
    # Amount A: 60% x 2p = 1.2p -> 2p (up); B nil: 2p.
    assert savings_credit(False, 17451, 17451, 20105, on=D(2023, 6, 1), tables=TABLES) == 2


# -- point 5: Pension Credit counts earnings -----------------------------------------


def test_aged_70_earning_1500_gross_gets_no_pension_credit():
    # Net £1,500 - tax (£1,500 - £1,048.26 = £451.74 -> £451 x 20% = £90.20)
    # = £1,409.80 a month (no NI after pension age); x 12 / 52 = £325.338...
    # -> £325.33, less £5 (Sch VI para 5(a)) = £320.33 > £227.10: nil.
    e = _one(Household(adults=Adult(age=70, gross_monthly_earnings=150000)), D(2025, 6, 2))
    assert e.benefits.pension_credit.income == 32033
    assert e.benefits.pension_credit.award == 0


def test_aged_70_part_time_earnings_and_state_pension_guarantee_credit_39_80():
    # £400 net a month x 12 / 52 = £92.307... -> £92.30, less £5 = £87.30;
    # with State Pension £100: income £187.30; GC £227.10 - £187.30 = £39.80.
    h = Household(adults=Adult(age=70, monthly_earnings=40000, state_pension_weekly=10000))
    assert _one(h, D(2025, 6, 2)).benefits.pension_credit.award == 3980


def test_carer_in_work_gets_the_20_pound_disregard():
    # Entitled to CA (Sch VI para 3), State Pension £150 (CA payable nil).
    # £300 x 12 / 52 = £69.23 - £20 = £49.23; income £150 + £49.23 = £199.23;
    # PC £227.10 + £46.40 - £199.23 = £74.27.
    h = Household(adults=Adult(age=70, monthly_earnings=30000, carer=True, claims_carers_allowance=True,
                               state_pension_weekly=15000))
    assert _one(h, D(2025, 6, 2)).benefits.pension_credit.award == 7427


def test_earnings_disregard_is_10_pounds_for_a_couple():
    assert weekly_earnings_counted(40000, True, False, on=D(2025, 6, 2), tables=TABLES) == 9230 - 1000
    assert weekly_earnings_counted(2000, True, True, on=D(2025, 6, 2), tables=TABLES) == 0   # £4.61 - £20: never below nil


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 400_000), st.integers(1, 50_000), st.integers(0, 40_000))
def test_more_earnings_never_raise_pension_credit(earnings, more, state_pension):
    def award(e):
        h = Household(adults=Adult(age=75, monthly_earnings=e, state_pension_weekly=state_pension))
        return _one(h, D(2025, 6, 2)).benefits.pension_credit.award

    assert award(earnings + more) <= award(earnings)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 60_000), st.integers(1, 10_000))
def test_more_state_pension_never_raises_pension_credit(state_pension, more):
    def award(sp):
        h = Household(adults=Adult(age=80, carer=True, claims_carers_allowance=True, state_pension_weekly=sp))
        return _one(h, D(2023, 6, 1)).total_weekly

    assert award(state_pension + more) <= award(state_pension)


# -- point 6: the benefit cap for a mixed-age couple --------------------------------------


def test_mixed_age_couple_with_four_children_is_capped_2026():
    # Reg 83(1) has no State Pension age exception. Claimant 40, partner 70
    # (no exempting benefit); children born 2014, 2016, 2018, 2020.
    # UC £666.97 + £351.88 + 3 x £303.94 = £1,930.67. Child Benefit (£27.05 +
    # 3 x £17.90 = £80.75) x 52 / 12 = £349.9166... -> £349.92. Welfare
    # £2,280.59 over the cap £22,020 / 12 = £1,835.00 by £445.59: award
    # £1,930.67 - £445.59 = £1,485.08.
    kids = tuple(Child(date_of_birth=D(y, 1, 1)) for y in (2014, 2016, 2018, 2020))
    h = Household(adults=(Adult(age=40), Adult(age=70)), children=kids)
    calc = _one(h, D(2026, 5, 1)).universal_credit.calculation
    assert (calc.award_before_benefit_cap, calc.welfare_benefits, calc.benefit_cap) == (193067, 228059, 183500)
    assert (calc.benefit_cap_reduction, calc.award) == (44559, 148508)
    assert not calc.benefit_cap_exempt


def test_mixed_age_couple_with_attendance_allowance_is_still_exempt():
    kids = tuple(Child(date_of_birth=D(y, 1, 1)) for y in (2014, 2016, 2018, 2020))
    h = Household(adults=(Adult(age=40), Adult(age=70, attendance_allowance="lower")), children=kids)
    calc = _one(h, D(2026, 5, 1)).universal_credit.calculation
    assert calc.benefit_cap_exempt and calc.award == 193067   # reg 83(1)(c)


# -- the caseload agrees with one household at a time for the new fields ---------------


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(
    st.integers(66, 95), st.sampled_from([0, 5000, 17645, 23025, 30000]), st.booleans(),
    st.sampled_from([None, 0, 40000, 150000]), st.sampled_from([None, True, False]),
    st.sampled_from([None, 1500, 6500])), min_size=1, max_size=6))
def test_caseload_equals_each_household_for_pensioners_and_carers(rows):
    hs = []
    for age, sp, carer, pay, before_2016, owner_costs in rows:
        gross = pay if pay else None
        home = None if owner_costs is None else Housing(tenure="owner_occupier", owner_housing_costs=owner_costs)
        hs.append(Household(housing=home, adults=(
            Adult(age=40),
            Adult(age=age, state_pension_weekly=sp, carer=carer, claims_carers_allowance=carer,
                  gross_monthly_earnings=gross, reached_pension_age_before_6_april_2016=before_2016),
        )) if age % 2 else Household(housing=home, adults=Adult(age=age, state_pension_weekly=sp, carer=carer, claims_carers_allowance=carer,
                                                   gross_monthly_earnings=gross,
                                                   reached_pension_age_before_6_april_2016=before_2016)))
    on = D(2025, 5, 1)
    many = estimate_caseload(Caseload.from_households(hs), on=on)
    for i, h in enumerate(hs):
        try:
            one = _one(h, on)
        except InputError as e:   # e.g. the savings credit age condition turns on sex: asked for
            assert not many.valid[i], e
            continue
        assert many.valid[i]
        assert many.benefits.total_weekly[i] == one.total_weekly
        assert many.benefits.universal_credit.award[i] == one.universal_credit.award
        assert many.benefits.carers_allowance[1][i] == one.benefits.carers_allowance[1]


def attrs_evolve(h: Household, **adult_changes) -> Household:
    import attrs

    return h.replace(adults=(attrs.evolve(h.adults[0], **adult_changes),) + h.adults[1:])
