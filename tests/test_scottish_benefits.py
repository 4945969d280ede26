"""Scottish Child Payment (and the Scottish disability payments in a family).

Scottish Child Payment (SSI 2020/351; rules/scotland/scottish_child_payment.toml)
per child under 16, a week: £25.00 from 14 November 2022, £26.70 from
1 April 2024, £27.15 from 1 April 2025, £28.20 from 1 April 2026 (unverified),
while a qualifying benefit (e.g. a UC award above nil) is in payment.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.benefits.child_benefit import child_benefit_weekly
from entitlements.benefits.disability import child_disability_payment_weekly
from entitlements.benefits.scotland import children_under_16, scottish_child_payment_weekly
from entitlements.tables import default_tables

T = default_tables()
NAT = np.datetime64("NaT", "D")


def kids(*dates):
    return np.array(dates, dtype="datetime64[D]")


def test_scottish_family_on_uc_2025():
    # A family in Glasgow on UC (award above nil), children born 1 August 2012
    # (12), 10 March 2018 (7) and 1 May 2008 (17, a qualifying young person:
    # no SCP). On 2 June 2025: 2 x £27.15 = £54.30 a week.
    family = kids("2012-08-01", "2018-03-10", "2008-05-01")
    on = dt.date(2025, 6, 2)
    assert children_under_16(family, on=on) == 2
    assert scottish_child_payment_weekly(family, True, on=on, tables=T) == 5430
    # Their Child Benefit: £26.05 + 2 x £17.25 = £60.55 (all three count).
    assert child_benefit_weekly(3, on=on, tables=T) == 6055
    # The 7-year-old gets Child Disability Payment, middle care + lower
    # mobility: £73.90 + £29.20 = £103.10.
    assert child_disability_payment_weekly(2, 1, on=on, tables=T) == 10310
    # Together: £54.30 + £60.55 + £103.10 = £217.95 a week besides UC.
    assert 5430 + 6055 + 10310 == 21795


def test_no_qualifying_benefit_no_payment():
    # UC income-tested to nil: no award, so no SCP.
    assert scottish_child_payment_weekly(kids("2018-03-10"), False, on=dt.date(2025, 6, 2), tables=T) == 0


def test_scp_rate_changes_on_1_april():
    # 31 March 2026: £27.15; 1 April 2026: £28.20 (unverified row).
    one = kids("2020-01-01")
    assert scottish_child_payment_weekly(one, True, on=dt.date(2026, 3, 31), tables=T) == 2715
    assert scottish_child_payment_weekly(one, True, on=dt.date(2026, 4, 1), tables=T) == 2820


def test_scp_2023_rate():
    # 2023/24: £25.00 a child; three children under 16: £75.00.
    assert scottish_child_payment_weekly(kids("2010-01-01", "2015-01-01", "2020-01-01"), True,
                                         on=dt.date(2023, 9, 1), tables=T) == 7500


def test_sixteenth_birthday_ends_it():
    # Born 29 February 2008: 16 on 29 February 2024 (a leap year).
    c = kids("2008-02-29")
    assert children_under_16(c, on=dt.date(2024, 2, 28)) == 1
    assert children_under_16(c, on=dt.date(2024, 2, 29)) == 0
    # Not yet born: not counted; an empty slot: not counted.
    assert children_under_16(kids("2025-07-01", "NaT"), on=dt.date(2025, 6, 2)) == 0
    # An empty slot is no child on any day, however early: on 1 June 2010 one child born 1 January 2005
    # (5 years old) and an empty slot count 1. (Issue 21, mutation sample 6: without `present` the empty
    # slot's stand-in date, 1 January 2000, counted as a child under 16 on days before 2016.)
    assert children_under_16(kids("2005-01-01", "NaT"), on=dt.date(2010, 6, 1)) == 1
    assert children_under_16(kids("NaT", "NaT"), on=dt.date(2015, 12, 31)) == 0


def test_a_child_born_on_the_day_is_a_child_under_16_that_day():
    # Mutation sample 3 survivor: benefits/scotland.py children_under_16
    # ``safe <= day`` -> ``safe < day``. A "child" is a person under the age
    # of 16 (SSI 2020/351 reg 4): a baby born on 2 June 2025 is one on 2 June
    # 2025, so SCP that day is 1 x £27.15 = £27.15 a week (SSI 2025/100 reg 8);
    # one born the next day is not yet a person: nil.
    assert children_under_16(kids("2025-06-02"), on=dt.date(2025, 6, 2)) == 1
    assert scottish_child_payment_weekly(kids("2025-06-02"), True, on=dt.date(2025, 6, 2), tables=T) == 2715
    assert scottish_child_payment_weekly(kids("2025-06-03"), True, on=dt.date(2025, 6, 2), tables=T) == 0
    # With a sister born 3 June 2009, who turns 16 on 3 June 2025: two
    # children on 2 June (£54.30), and on 3 June only the baby (£27.15).
    both = kids("2025-06-02", "2009-06-03")
    assert scottish_child_payment_weekly(both, True, on=dt.date(2025, 6, 2), tables=T) == 5430
    assert scottish_child_payment_weekly(both, True, on=dt.date(2025, 6, 3), tables=T) == 2715


def _under_16_by_the_text(dob: dt.date, on: dt.date) -> bool:
    # A slow reference from the regulation, not from the code: born by ``on``
    # (reg 4: a person) and ``on`` before the 16th birthday, which for a
    # 29 February birthday in a common year is 28 February (reg 7).
    try:
        sixteenth = dob.replace(year=dob.year + 16)
    except ValueError:
        sixteenth = dt.date(dob.year + 16, 2, 28)
    return dob <= on < sixteenth


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dates(dt.date(2004, 1, 1), dt.date(2027, 4, 5)), max_size=5), st.dates(dt.date(2020, 1, 1), dt.date(2027, 4, 5)),
       st.integers(-2, 2))
def test_children_under_16_agrees_with_the_regulation(dobs, on, shift):
    # Dates drawn near the boundaries too: a birthday ``shift`` days from ``on``
    # 16 years before, and a birth on ``on`` itself.
    near = [on - dt.timedelta(days=shift), on.replace(day=min(on.day, 28)) - dt.timedelta(days=shift)]
    near = [d.replace(year=d.year - 16) if not (d.month == 2 and d.day == 29) else d.replace(year=d.year - 16, day=28)
            for d in near] + [on + dt.timedelta(days=min(shift, 0))]
    all_dobs = dobs + near
    want = sum(_under_16_by_the_text(d, on) for d in all_dobs)
    assert children_under_16(kids(*[d.isoformat() for d in all_dobs]), on=on) == want


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.lists(st.dates(dt.date(2005, 1, 1), dt.date(2027, 3, 1)), max_size=4), st.booleans(),
                          st.dates(dt.date(2023, 4, 10), dt.date(2027, 4, 5))), min_size=1, max_size=6))
def test_scalar_equals_vectorised(rows):
    slots = np.full((len(rows), 4), NAT)
    for i, r in enumerate(rows):
        for j, d in enumerate(sorted(r[0])):
            slots[i, j] = np.datetime64(d)
    q = np.array([r[1] for r in rows])
    on = np.array([r[2] for r in rows], dtype="datetime64[D]")
    v = scottish_child_payment_weekly(slots, q, on=on, tables=T)
    n = children_under_16(slots, on=on)
    for i, r in enumerate(rows):
        assert children_under_16(slots[i], on=r[2]) == n[i]
        assert scottish_child_payment_weekly(slots[i], r[1], on=r[2], tables=T) == v[i]
