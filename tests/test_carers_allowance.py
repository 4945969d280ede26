"""Carer's Allowance (and Carer Support Payment): worked examples to the penny.

Every expected figure was worked by hand from the law and the rates in
rules/carers_allowance/ and rules/scotland/carer_support_payment.toml:

=======================  =======  =======  =======  =======
pounds a week            2023/24  2024/25  2025/26  2026/27
=======================  =======  =======  =======  =======
Carer's Allowance          76.75    81.90    83.30    86.45*
earnings limit (net)      139      151      196      204*
=======================  =======  =======  =======  =======

(* unverified in the tables.) Entitlement ends where net weekly earnings
*exceed* the limit: earnings equal to it keep CA. Net earnings are gross less
income tax, NI and half of pension contributions (SI 1996/2745 reg 10).
Money is in pence.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, InputError, estimate
from entitlements.benefits.carers_allowance import (
    CA_CONDITIONS,
    cared_for_person_qualifies,
    carers_allowance_failed_condition,
    carers_allowance_payable,
    carers_allowance_weekly,
    regular_and_substantial_caring,
    weekly_net_earnings,
)
from entitlements.money import weekly_to_monthly
from entitlements.tables import default_tables

T = default_tables()
WEEK_2025 = dt.date(2025, 6, 2)  # a Monday in 2025/26
WEEK_2026 = dt.date(2026, 6, 1)


def ca(age=40, hours=35, qualifies=True, fte=False, net=0, on=WEEK_2025, **kw):
    return carers_allowance_weekly(age, hours, qualifies, fte, net, on=on, tables=T, **kw)


def failed(age=40, hours=35, qualifies=True, fte=False, net=0, on=WEEK_2025, **kw):
    return CA_CONDITIONS[carers_allowance_failed_condition(age, hours, qualifies, fte, net, on=on, tables=T, **kw) - 1]


# -- the earnings limit: a cliff edge --------------------------------------------


def test_carer_earning_exactly_the_limit_keeps_ca_2025():
    # gross £230.00 - tax £10.00 - NI £5.60 - half of £36.80 pension (£18.40)
    # = £196.00, which does not exceed the £196 limit: CA £83.30.
    net = weekly_net_earnings(23000, income_tax_weekly=1000, national_insurance_weekly=560,
                              pension_contributions_weekly=3680)
    assert net == 19600
    assert ca(net=net) == 8330
    assert carers_allowance_failed_condition(40, 35, True, False, net, on=WEEK_2025, tables=T) == 0


def test_carer_earning_just_under_the_limit_2025():
    # £195.99 net: under £196, CA £83.30.
    assert ca(net=19599) == 8330


def test_carer_earning_one_penny_over_the_limit_loses_ca_2025():
    # gross £230.01 with the same deductions: net £196.01 > £196: no CA.
    net = weekly_net_earnings(23001, income_tax_weekly=1000, national_insurance_weekly=560,
                              pension_contributions_weekly=3680)
    assert net == 19601
    assert ca(net=net) == 0
    assert failed(net=net) == "earnings_above_limit"


def test_carer_over_the_limit_keeps_the_uc_carer_element():
    # CA is lost on earnings, but reg 30 UC Regs counts the carer as having
    # regular and substantial caring responsibilities anyway.
    assert ca(net=25000) == 0
    assert regular_and_substantial_caring(40, 35, True, False, on=WEEK_2025, tables=T) is True
    # In UC (assessment period from 1 June 2025): single, 25+, £400.14
    # standard allowance + £201.68 carer element = £601.82; no CA to deduct;
    # net earnings of £1,000.00 a month, no work allowance (no child, no
    # LCW): 55% x £1,000.00 = £550.00; award £601.82 - £550.00 = £51.82.
    e = estimate(Household(adults=Adult(age=40, carer=True, monthly_earnings=100000)), on=dt.date(2025, 6, 1))
    assert e.universal_credit.calculation.carer_element == 20168
    assert e.universal_credit.award == 5182


def test_earnings_limit_2024_was_151():
    # 2024/25: £151.00 keeps CA £81.90; £151.01 loses it.
    on = dt.date(2024, 6, 3)
    assert ca(net=15100, on=on) == 8190
    assert ca(net=15101, on=on) == 0


def test_earnings_limit_2026_is_204_unverified_row():
    # 2026/27: £204.00 keeps CA £86.45 (rate and limit unverified in the tables).
    assert ca(net=20400, on=WEEK_2026) == 8645
    assert ca(net=20401, on=WEEK_2026) == 0


def test_half_of_an_odd_pension_contribution_is_disregarded():
    # gross £200.00 - half of £0.01 = £199.995: the half-penny is disregarded,
    # net £199.99.
    assert weekly_net_earnings(20000, pension_contributions_weekly=1) == 19999


def test_care_charges_and_deductions_never_make_earnings_negative():
    # gross £50.00 - £60.00 care charges allowed: nil, not -£10.00.
    assert weekly_net_earnings(5000, allowable_care_charges_weekly=6000) == 0


# -- the other conditions --------------------------------------------------------


def test_couple_where_one_cares_for_the_other_2025():
    # Partner B gets PIP daily living at the standard rate; partner A, 58,
    # cares for B 40 hours a week and has no earnings: CA £83.30 a week.
    b_qualifies = cared_for_person_qualifies(pip_daily_living=1)
    assert b_qualifies is True
    assert ca(age=58, hours=40, qualifies=b_qualifies) == 8330
    # For UC it is unearned income: £83.30 x 52 / 12 = £360.9666... -> £360.97.
    assert weekly_to_monthly(8330) == 36097
    # And A has the carer element too: joint claimants, A 58 and B 60, both
    # 25+: £628.10 + £201.68 carer element - £360.97 CA = £468.81.
    h = Household(adults=(Adult(age=58, carer=True, carers_allowance_weekly=8330), Adult(age=60, pip_daily_living="standard")))
    e = estimate(h, on=dt.date(2025, 6, 1))
    assert e.universal_credit.award == 46881


def test_cared_for_person_on_dla_care_lowest_does_not_qualify():
    # DLA care at the lowest rate is not a qualifying benefit (s 70(2)).
    q = cared_for_person_qualifies(dla_care=1)
    assert q is False
    assert failed(qualifies=q) == "no_qualifying_benefit"


@pytest.mark.parametrize(
    "kwargs",
    [
        dict(dla_care=2), dict(dla_care=3), dict(attendance_allowance=1), dict(attendance_allowance=2),
        dict(pip_daily_living=2), dict(adp_daily_living=1), dict(cdp_care=2),
        dict(armed_forces_independence_payment=True), dict(constant_attendance_allowance=True),
    ],
)
def test_each_qualifying_benefit(kwargs):
    assert cared_for_person_qualifies(**kwargs) is True


def test_child_disability_payment_care_lowest_does_not_qualify():
    assert cared_for_person_qualifies(cdp_care=1) is False


def test_conditions_in_order():
    assert failed(age=15) == "under_minimum_age"
    assert failed(hours=34) == "caring_hours_below_minimum"
    assert failed(fte=True) == "full_time_education"
    assert failed(another_carer_entitled=True) == "another_carer_entitled"
    # The first failing condition is reported: age before earnings.
    assert failed(age=15, net=50000) == "under_minimum_age"
    # 16 and 35 hours are enough.
    assert ca(age=16, hours=35) == 8330


def test_full_time_student_has_neither_ca_nor_carer_element():
    assert ca(fte=True) == 0
    assert regular_and_substantial_caring(20, 40, True, True, on=WEEK_2025, tables=T) is False


def test_paid_carer_has_no_carer_element():
    # UC reg 30(3): earnings from the caring itself.
    assert regular_and_substantial_caring(40, 40, True, False, on=WEEK_2025, tables=T, earnings_from_caring=True) is False


def test_ca_overlaps_with_state_pension_underlying_entitlement():
    # Entitled to CA £83.30, but a State Pension of £230.25 is paid: CA payable
    # £83.30 - £230.25 < 0, so nil; underlying entitlement remains.
    assert carers_allowance_payable(8330, 23025) == 0
    # New-style ESA of £72.90 overlaps partly: £83.30 - £72.90 = £10.40 payable.
    assert carers_allowance_payable(8330, 7290) == 1040


def test_carer_support_payment_scotland_2025():
    # Carer Support Payment 2025/26: £83.30, earnings limit £196 (limit unverified).
    assert ca(net=19600, carer_support_payment=True) == 8330
    assert ca(net=19601, carer_support_payment=True) == 0


def test_ca_rate_changes_on_the_uprating_monday():
    # Sunday 6 April 2025: £81.90 (and the £151 limit); Monday 7 April: £83.30.
    assert ca(on=dt.date(2025, 4, 6)) == 8190
    assert ca(on=dt.date(2025, 4, 7)) == 8330
    assert ca(net=19000, on=dt.date(2025, 4, 6)) == 0  # £190 > £151


def test_hours_caring_run_to_the_168_hours_of_a_week():
    # 24 x 7 = 168 hours is the whole week: caring all of it is at least 35 hours (SI 1976/409 reg 4), so
    # Carer's Allowance, £83.30 in 2025-26; 169 hours is no week's and a one-line error naming the field and
    # the range. (Issue 21, mutation sample 6: the bound moved to 169 passed every test.)
    assert ca(hours=168) == 8330
    with pytest.raises(InputError) as e:
        ca(hours=169)
    assert str(e.value) == "hours_caring: 169 is not allowed (expected hours of care a week from 0 to 168)."


def test_bad_inputs_name_the_field():
    with pytest.raises(InputError, match="hours_caring"):
        ca(hours=200)
    with pytest.raises(InputError, match="net_weekly_earnings"):
        ca(net=-1)
    with pytest.raises(InputError, match="dla_care"):
        cared_for_person_qualifies(dla_care=4)


# -- scalar equals vectorised ------------------------------------------------------

dates = st.dates(dt.date(2023, 4, 10), dt.date(2027, 4, 5))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(10, 90), st.integers(0, 60), st.booleans(), st.booleans(), st.integers(0, 40000),
            st.booleans(), st.booleans(), dates, st.integers(0, 30000),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_scalar_equals_vectorised(rows):
    cols = list(zip(*rows))
    age, hours, q, fte, net, other, scot, on, overlap = cols
    # Carer Support Payment exists from 19 November 2023.
    scot = tuple(s and d >= dt.date(2023, 11, 19) for s, d in zip(scot, on))
    arr = dict(on=np.array(on, dtype="datetime64[D]"), tables=T, another_carer_entitled=np.array(other),
               carer_support_payment=np.array(scot))
    args = (np.array(age), np.array(hours), np.array(q), np.array(fte), np.array(net))
    weekly = carers_allowance_weekly(*args, **arr)
    codes = carers_allowance_failed_condition(*args, **arr)
    rsc = regular_and_substantial_caring(*args[:4], on=arr["on"], tables=T, another_carer_entitled=arr["another_carer_entitled"])
    payable = carers_allowance_payable(weekly, np.array(overlap))
    for i, r in enumerate(rows):
        kw = dict(on=r[7], tables=T, another_carer_entitled=r[5], carer_support_payment=scot[i])
        w = carers_allowance_weekly(r[0], r[1], r[2], r[3], r[4], **kw)
        assert w == weekly[i]
        assert carers_allowance_failed_condition(r[0], r[1], r[2], r[3], r[4], **kw) == codes[i]
        assert regular_and_substantial_caring(r[0], r[1], r[2], r[3], on=r[7], tables=T, another_carer_entitled=r[5]) == rsc[i]
        assert carers_allowance_payable(w, r[8]) == payable[i]
        # Losing CA on earnings alone never loses the carer element.
        if codes[i] == 6:
            assert rsc[i]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4), st.integers(0, 3), st.integers(0, 3), st.integers(0, 4),
                          st.booleans(), st.booleans()), min_size=1, max_size=8),
       st.lists(st.tuples(st.integers(0, 60000), st.integers(0, 5000), st.integers(0, 3000), st.integers(0, 9999),
                          st.integers(0, 5000)), min_size=1, max_size=8))
def test_qualifies_and_net_earnings_scalar_equals_vectorised(benefits, earnings):
    pip, dla, aa, adp, cdp, afip, caa = (np.array(c) for c in zip(*benefits))
    pip, aa, adp = pip % 3, aa % 3, adp % 3
    cdp = cdp % 4
    v = cared_for_person_qualifies(pip_daily_living=pip, dla_care=dla % 4, attendance_allowance=aa, adp_daily_living=adp,
                                   cdp_care=cdp, armed_forces_independence_payment=afip, constant_attendance_allowance=caa)
    for i in range(len(benefits)):
        assert cared_for_person_qualifies(pip_daily_living=int(pip[i]), dla_care=int(dla[i] % 4), attendance_allowance=int(aa[i]),
                                          adp_daily_living=int(adp[i]), cdp_care=int(cdp[i]),
                                          armed_forces_independence_payment=bool(afip[i]),
                                          constant_attendance_allowance=bool(caa[i])) == v[i]
    g, tax, ni, pen, care = (np.array(c) for c in zip(*earnings))
    nets = weekly_net_earnings(g, income_tax_weekly=tax, national_insurance_weekly=ni, pension_contributions_weekly=pen,
                               allowable_care_charges_weekly=care)
    for i, e in enumerate(earnings):
        n = weekly_net_earnings(e[0], income_tax_weekly=e[1], national_insurance_weekly=e[2],
                                pension_contributions_weekly=e[3], allowable_care_charges_weekly=e[4])
        assert n == nets[i]
        # Exactly: 2 x net <= 2 x (gross - tax - NI - care) - pension < 2 x net + 2.
        exact2 = 2 * (e[0] - e[1] - e[2] - e[4]) - e[3]
        assert n == max(exact2 // 2, 0)
