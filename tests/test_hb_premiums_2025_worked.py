"""Housing Benefit 2025-26: each personal allowance and premium used alone,
worked by hand from the Social Security Benefits Up-rating Order 2025
(SI 2025/295), read: Sch 4 (SI 2006/213 Sch 3 para 1, working age), Sch 5
(Sch 3 Part 4 para 20), Sch 6 (SI 2006/214 Sch 3 para 1, pension age) and
Sch 7 (Sch 3 Part 4 para 12).

Why (issue 21, mutation sample 3): the working-age disability premium for a
couple moved by a penny (£61.65 -> £61.66) passed every test. Each figure
below appears on its own, so a penny in any of them fails here. The rows
start with the benefit week of 7 April 2025 (the first Monday in April);
2 June 2025 is a Monday well inside the year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits.hb_applicable_amount import (
    ApplicableAmountFacts,
    pension_age_applicable_amount,
    working_age_applicable_amount,
)
from entitlements.tables import default_tables

T = default_tables()
ON = dt.date(2025, 6, 2)
F = ApplicableAmountFacts

# (couple, age1, age2, facts, total pence a week)
WORKING_AGE = [
    # Sch 4 para 1(1)(b): single aged not less than 25, £92.05; (1)(c) under 25, £72.90.
    (False, 30, 0, F(), 9205),
    (False, 24, 0, F(), 7290),
    # Para 1(3)(b): a couple, at least one aged 18 or over, £144.65; (3)(c) both under 18, £110.15.
    (True, 30, 30, F(), 14465),
    (True, 17, 17, F(), 11015),
    # Para 1(3)(a): one member 18 or over is enough for the couple rate, whichever member it is:
    # claimant 17 with a partner of exactly 18, and claimant 18 with a partner of 17, both £144.65.
    (True, 17, 18, F(), 14465),
    (True, 18, 17, F(), 14465),
    # Para 1(3)(c) needs both under 18 *and* the claimant not on main phase ESA: both 17 with the
    # claimant on main phase ESA, the couple rate £144.65.
    (True, 17, 17, F(main_phase_esa=True), 14465),
    # Sch 5 para 20(5): disability premium (a) single £43.20: 92.05 + 43.20 = 135.25;
    # (b) couple £61.65: 144.65 + 61.65 = 206.30.
    (False, 30, 0, F(disability_premium=True), 13525),
    (True, 30, 30, F(disability_premium=True), 20630),
    # Para 20(9)(b): enhanced disability premium, single adult £21.20: 92.05 + 21.20 = 113.25;
    # (c) a member of a couple £30.25: 144.65 + 30.25 = 174.90.
    (False, 30, 0, F(enhanced_disability_premium=True), 11325),
    (True, 30, 30, F(enhanced_disability_premium=True), 17490),
    # Para 20(6)(a): severe disability premium, single £82.90: 92.05 + 82.90 = 174.95;
    # (b)(ii) a couple who both qualify, no one paid to care, £165.80: 144.65 + 165.80 = 310.45.
    (False, 30, 0, F(qualifying_benefit1=True, non_dependant=False), 17495),
    (True, 30, 30, F(qualifying_benefit1=True, qualifying_benefit2=True, non_dependant=False), 31045),
    # Para 20(8): carer premium £46.40 each: single 92.05 + 46.40 = 138.45; couple both carers
    # 144.65 + 2 x 46.40 = 237.45.
    (False, 30, 0, F(carers_allowance1=True), 13845),
    (True, 30, 30, F(carers_allowance1=True, carers_allowance2=True), 23745),
]


@pytest.mark.parametrize("couple, age1, age2, facts, total", WORKING_AGE)
def test_working_age_each_allowance_and_premium_2025(couple, age1, age2, facts, total):
    assert working_age_applicable_amount(couple, age1, age2, facts, on=ON, tables=T).total == total


# (couple, pensionable age before April 2021, facts, total pence a week)
PENSION_AGE = [
    # Sch 6 para 1(1)(b)-(c): single £244.40 (pensionable age before 1 April 2021), £227.10 (after);
    # (2)(b)-(c): couple £366.00, £346.60.
    (False, True, F(), 24440),
    (False, False, F(), 22710),
    (True, True, F(), 36600),
    (True, False, F(), 34660),
    # Sch 7 para 12(1)(a): severe disability premium £82.90: 227.10 + 82.90 = 310.00;
    # (b)(ii) £165.80 for a couple who both qualify: 366.00 + 165.80 = 531.80.
    (False, False, F(qualifying_benefit1=True, non_dependant=False), 31000),
    (True, True, F(qualifying_benefit1=True, qualifying_benefit2=True, non_dependant=False), 53180),
    # Para 6(3): a partner who is blind and not in receipt is treated as not a partner, so the
    # claimant in receipt gets the single amount, 346.60 + 82.90 = 429.50 (couple allowance kept)...
    (True, False, F(qualifying_benefit1=True, blind2=True, non_dependant=False), 42950),
    # ... unless someone receives carer's allowance for caring for the claimant (para 6(2)(a)(iii)
    # as for a single claimant): 346.60 alone. (Mutation sample 3 survivor: ``~carer_paid_for1``
    # dropped from means_test.severe_disability_amount.)
    (True, False, F(qualifying_benefit1=True, blind2=True, carer_paid_for1=True, non_dependant=False), 34660),
    # Para 12(4): carer premium £46.40: 227.10 + 46.40 = 273.50.
    (False, False, F(carers_allowance1=True), 27350),
]


@pytest.mark.parametrize("couple, before_2021, facts, total", PENSION_AGE)
def test_pension_age_each_allowance_and_premium_2025(couple, before_2021, facts, total):
    assert pension_age_applicable_amount(couple, before_2021, facts, on=ON, tables=T).total == total


def test_a_severely_disabled_child_adds_the_disabled_child_and_enhanced_premiums_2025():
    # Working age Sch 5 para 20(7) £81.37 and (9)(a) £32.75; pension age Sch 7 para 12(3) £81.37
    # and (2) £32.75: one child with DLA care at the highest rate adds 81.37 + 32.75 = £114.12
    # to the same household with a child who has none.
    plain, severe = F(children=1), F(children=1, disabled_children=1, severely_disabled_children=1)
    wa = [working_age_applicable_amount(False, 30, 0, f, on=ON, tables=T).total for f in (plain, severe)]
    pa = [pension_age_applicable_amount(False, False, f, on=ON, tables=T).total for f in (plain, severe)]
    assert wa[1] - wa[0] == pa[1] - pa[0] == 11412
    # A disabled child without the enhanced condition: £81.37 alone.
    disabled = F(children=1, disabled_children=1)
    assert working_age_applicable_amount(False, 30, 0, disabled, on=ON, tables=T).total - wa[0] == 8137


@pytest.mark.parametrize("day, component, total", [
    # SI 2006/213 Sch 3 paras 25 (work-related activity component) and 26 (support component), with the single
    # personal allowance aged 25 or over (para 1(1)(b)). Sunday 6 April 2025, still the benefit week of 31 March
    # (SI 2024/242 art 23(6)(a), (9)(a)-(b)): 90.50 + 35.95 = 126.45; 90.50 + 47.70 = 138.20. Monday 7 April
    # 2025 (SI 2025/295 art 23(6)(a), (9)(a)-(b)): 92.05 + 36.55 = 128.60; 92.05 + 48.50 = 140.55. (The ESA
    # totals a single person of 25 in each group is published to get in 2024-25 and 2025-26: £126.45,
    # £138.20, £128.60 and £140.55.) Issue 21, mutation sample 6: the 2025-26 support component moved by a
    # penny (£48.49) passed every test; only the 2026-27 figures were pinned.
    (dt.date(2025, 4, 6), 1, 12645),
    (dt.date(2025, 4, 6), 2, 13820),
    (dt.date(2025, 4, 7), 1, 12860),
    (dt.date(2025, 4, 7), 2, 14055),
])
def test_esa_components_either_side_of_the_2025_uprating_monday(day, component, total):
    r = working_age_applicable_amount(False, 40, facts=F(esa_component=component), on=day, tables=T)
    assert r.total == total and r.component == total - r.personal_allowance
