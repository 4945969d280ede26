"""Birthdays and dates of birth on a boundary, worked by hand (issue 21).

- A child who turns 16, or 10, on the last day of a UC assessment period: a
  change of circumstances takes effect from the first day of the assessment
  period in which it occurs (SI 2013/381 Sch 1 para 20), so the child is 16
  (or 10) for the whole period. Bedrooms (SI 2013/376 Sch 4 para 10(1)): one
  for "a qualifying young person" (16 to 19), one for "two children who are
  under 10 years old", one for "two children of the same sex", one for "any
  other child"; para 10(2): the allotment that gives the fewest bedrooms.
  A social renter loses 14% of the rent for one bedroom more than that, 25%
  for two or more (Sch 4 para 36(3)-(4)).
- Pension Credit: the higher child amount only for the eldest child or
  qualifying young person born before 6 April 2017 (SI 2002/1792 Sch IIA
  para 10, inserted from 1 February 2019 by SI 2018/676, as
  rules/pension_credit/child_addition.toml records); a child born on
  6 April 2017 gets the ordinary amount (Sch IIA para 9(1)(a)).

Rates, 2026/27 (APs beginning on or after 6 April 2026; rules/uc, with the
sources recorded there): standard allowance single 25 or over £424.90; child
element first child born before 6 April 2017 £351.88, other £303.94;
Child Benefit £27.05 + £17.90 a week; cap for a claimant with children,
outside London, £22,020 / 12 = £1,835.00. Pension Credit 2026/27 (a week):
standard minimum guarantee single £238.00; child addition £69.98, eldest
born before 6 April 2017 £81.07.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from entitlements import Adult, Child, Household, estimate, estimate_caseload
from entitlements.benefits.pension_credit import child_additions, pension_credit
from entitlements.household import Housing
from entitlements.tables import default_tables

D = dt.date
MAY = D(2026, 5, 1)  # AP 1 May - 31 May 2026
APRIL_30 = D(2026, 4, 30)  # AP 30 April - 29 May 2026: the birthdays below fall after it


def both(h: Household, on: dt.date):
    """One household alone and as a caseload row: the two must agree."""
    c = estimate(h, on=on).universal_credit.calculation
    cl = estimate_caseload([h], on=on).calculation
    assert (int(cl.housing.bedroom_entitlement[0]), int(cl.award[0])) == (c.housing.bedroom_entitlement, c.award)
    return c


# -- turning 16 on 31 May 2026 ---------------------------------------------------------


def single_parent(kids: tuple[tuple[dt.date, str], ...], weekly_rent: int, bedrooms: int) -> Household:
    """A single parent aged 40 in a social home; ``kids``: (date of birth, sex)."""
    return Household(adults=(Adult(age=40),), children=tuple(Child(date_of_birth=d, sex=s) for d, s in kids),
                     housing=Housing(tenure="social_rent", rent=weekly_rent, rent_period="week", bedrooms=bedrooms))


def _boys_in_a_four_bedroom_home() -> Household:
    # Boys born 31 May 2010 (16 on 31 May 2026) and 1 Jan 2014 (12); social
    # rent £120 a week: x 52 / 12 = 520.00 exactly.
    return single_parent(((D(2010, 5, 31), "male"), (D(2014, 1, 1), "male")), 12000, 4)


def test_son_turning_16_on_the_last_day_has_his_own_room_that_period_2026():
    # AP 1-31 May: he is 16 for all of it, a qualifying young person with a
    # room of his own (para 10(1)(b)); his brother (12) one room: entitlement
    # 1 + 1 + 1 = 3 of 4: one excess, 14% x 520.00 = 72.80; eligible 447.20.
    # Award 424.90 + 351.88 + 303.94 + 447.20 = 1,527.92 (welfare with Child
    # Benefit 27.05 + 17.90 = 44.95 x 52 / 12 = 194.7833.. -> 194.78 is
    # 1,722.70, under the cap of 1,835.00).
    # Mutant killed: the age compared at the period's first day, or 16
    # counted from the day after the birthday (entitlement 2, 25%).
    c = both(_boys_in_a_four_bedroom_home(), MAY)
    assert (c.housing.bedroom_entitlement, c.housing.excess_bedrooms) == (3, 1)
    assert c.housing.under_occupancy_deduction == 7280
    assert c.award == 152792


def test_son_turning_16_after_the_period_ends_still_shares_2026():
    # AP 30 April - 29 May: still 15 at its end; two boys under 16 share
    # (para 10(1)(e)): entitlement 1 + 1 = 2 of 4: two excess, 25% x 520.00
    # = 130.00; award 424.90 + 351.88 + 303.94 + 390.00 = 1,470.72.
    c = both(_boys_in_a_four_bedroom_home(), APRIL_30)
    assert (c.housing.bedroom_entitlement, c.housing.excess_bedrooms) == (2, 2)
    assert c.housing.under_occupancy_deduction == 13000
    assert c.award == 147072


# -- turning 10 on 31 May 2026 ---------------------------------------------------------


def _girl_and_boy_in_a_three_bedroom_home() -> Household:
    # A girl born 31 May 2016 (10 on 31 May 2026) and a boy born 1 Jan 2019
    # (7); social rent £125 a week: x 52 / 12 = 541.666.. -> 541.67.
    return single_parent(((D(2016, 5, 31), "female"), (D(2019, 1, 1), "male")), 12500, 3)


def test_girl_turning_10_on_the_last_day_no_longer_shares_with_her_brother_2026():
    # AP 1-31 May: she is 10, so she and her brother (7) are not "two children
    # under 10" and not of the same sex: a room each; entitlement 3 of 3, no
    # deduction. Award 424.90 + 351.88 + 303.94 + 541.67 = 1,622.39 (welfare
    # 1,622.39 + 194.78 = 1,817.17, under 1,835.00).
    # Mutant killed: the age-10 boundary moved by a day (entitlement 2, 14%).
    c = both(_girl_and_boy_in_a_three_bedroom_home(), MAY)
    assert (c.housing.bedroom_entitlement, c.housing.under_occupancy_deduction) == (3, 0)
    assert c.award == 162239


def test_girl_turning_10_after_the_period_ends_still_shares_2026():
    # AP 30 April - 29 May: she is 9 at its end: two children under 10 share
    # (para 10(1)(d)): entitlement 2 of 3, one excess: 14% x 541.67 = 75.8338
    # -> 75.83; eligible 465.84; award 424.90 + 351.88 + 303.94 + 465.84
    # = 1,546.56.
    c = both(_girl_and_boy_in_a_three_bedroom_home(), APRIL_30)
    assert (c.housing.bedroom_entitlement, c.housing.under_occupancy_deduction) == (2, 7583)
    assert c.award == 154656


# -- Pension Credit: the eldest child born on 6 April 2017 ---------------------------------


T = default_tables()
PC_WEEK = D(2026, 6, 1)  # a benefit week in 2026/27


def test_pension_credit_eldest_born_6_april_2017_gets_the_ordinary_child_amount_2026():
    # Born on 6 April 2017: not "before 6 April 2017": £69.98, not £81.07.
    # A single claimant (a grandparent) with basic State Pension £184.90
    # (say): guarantee credit 238.00 + 69.98 - 184.90 = 123.08.
    # Mutant killed: the cutoff compared with <= (or moved to 7 April).
    kids = np.array(["2017-04-06"], dtype="datetime64[D]")
    assert child_additions(kids, on=PC_WEEK, tables=T) == (6998, 0)
    r = pension_credit(False, True, False, 18490, 0, on=PC_WEEK, tables=T, child_dates_of_birth=kids)
    assert (r.child_addition, r.guarantee_credit) == (6998, 12308)


def test_pension_credit_eldest_born_5_april_2017_gets_the_higher_amount_2026():
    # Born on 5 April 2017, the day before: £81.07; with a second child born
    # 1 June 2019, £69.98: 81.07 + 69.98 = 151.05. Guarantee credit 238.00
    # + 151.05 - 184.90 = 204.15.
    kids = np.array(["2017-04-05", "2019-06-01"], dtype="datetime64[D]")
    assert child_additions(kids, on=PC_WEEK, tables=T) == (15105, 0)
    r = pension_credit(False, True, False, 18490, 0, on=PC_WEEK, tables=T, child_dates_of_birth=kids)
    assert r.guarantee_credit == 20415


def test_pension_credit_child_amounts_in_columns_at_the_boundary_2026():
    # The same three eldest children in columns (a caseload): born 5, 6 and
    # 7 April 2017 -> 81.07, 69.98, 69.98.
    kids = np.array([["2017-04-05"], ["2017-04-06"], ["2017-04-07"]], dtype="datetime64[D]")
    child, _ = child_additions(kids, on=np.array([PC_WEEK] * 3, dtype="datetime64[D]"), tables=T)
    assert child.tolist() == [8107, 6998, 6998]


# -- an adult's date of birth at either end of 16 to 120 ---------------------------------


def test_an_adult_is_16_to_120_at_the_end_of_the_assessment_period():
    """An adult given by date of birth must be 16 to 120 at the end of the
    assessment period (the range of ``Adult.age``; ``adults_out_of_range``).
    AP 1 May - 31 May 2026. Born 31 May 1905: 121 on 31 May 2026, refused;
    born 1 June 1905: 120 on 31 May 2026 (121 only on 1 June), accepted.
    Born 31 May 2010: 16 on 31 May 2026, accepted; born 1 June 2010: 15 on
    31 May 2026, refused. (Issue 21, mutation sample 6: `dob <= latest
    birth for 121` made `<` let a 121-year-old through, and no test saw it.)"""
    import pytest

    from entitlements.errors import InputError

    for born in (D(1905, 5, 31), D(2010, 6, 1)):
        with pytest.raises(InputError) as e:
            estimate(Household(adults=Adult(date_of_birth=born)), on=MAY)
        assert str(e.value) == (f"adults[1].date_of_birth: '{born.isoformat()}' is not allowed (expected a date of "
                                "birth that makes the adult 16 to 120 on 2026-05-31, the end of the assessment period).")
    for born in (D(1905, 6, 1), D(2010, 5, 31)):
        estimate(Household(adults=Adult(date_of_birth=born)), on=MAY)  # accepted: no error
    # A caseload reports the same rows as bad, and only those.
    r = estimate_caseload([Household(adults=Adult(date_of_birth=b)) for b in
                           (D(1905, 5, 31), D(1905, 6, 1), D(2010, 5, 31), D(2010, 6, 1))], on=MAY)
    assert r.valid.tolist() == [False, True, True, False]
