"""State Pension age from the date of birth: worked examples, exact to the day.

Pensions Act 1995 Sch 4 para 1 as amended by the Pensions Act 2014 s 26:
66th birthday for births 6 October 1954 - 5 April 1960; 66 years and 1-11
months for births 6 April 1960 - 5 March 1961 (Table 3), the same day of the
month, except para 1(7A)'s three births; 67th birthday for births
6 March 1961 - 5 April 1977. The Explanatory Notes to the 2014 Act (para 124)
give three examples, tested below.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import InputError
from entitlements.benefits.pension_age import (
    StatePensionAgeSchedule,
    default_state_pension_age_schedule,
    has_reached_pension_credit_qualifying_age,
    has_reached_state_pension_age,
    state_pension_age,
    state_pension_age_date,
)
from entitlements.errors import RuleTableError

D = dt.date


@pytest.mark.parametrize(
    "born, reaches, why",
    [
        # Born 5 April 1960: the last of the 66 cohort (para 1(6)): 66th birthday.
        (D(1960, 4, 5), D(2026, 4, 5), "66"),
        # Born 6 April 1960: Table 3 row 1, 66 years 1 month: 6 May 2026.
        (D(1960, 4, 6), D(2026, 5, 6), "66y1m"),
        # Born 31 July 1960: row 4 (66y4m) would give 31 November 2026, which
        # does not exist; para 1(7A)(a) fixes 30 November 2026.
        (D(1960, 7, 31), D(2026, 11, 30), "(7A)(a)"),
        # Born 31 January 1961: row 10 (66y10m) would give 31 November 2027;
        # para 1(7A)(c) fixes 30 November 2027.
        (D(1961, 1, 31), D(2027, 11, 30), "(7A)(c)"),
        # Born 6 March 1961: the first of the 67 cohort (para 1(8)): 67th birthday.
        (D(1961, 3, 6), D(2028, 3, 6), "67"),
        # Born 31 December 1960: row 9 (66y9m) would give 31 September 2027;
        # para 1(7A)(b) fixes 30 September 2027.
        (D(1960, 12, 31), D(2027, 9, 30), "(7A)(b)"),
        # Explanatory Notes para 124: 15 April 1960 -> 66y1m -> 15 May 2026;
        # 10 September 1960 -> 66y6m -> 10 March 2027; 22 January 1961 ->
        # 66y10m -> 22 November 2027.
        (D(1960, 4, 15), D(2026, 5, 15), "EN 124"),
        (D(1960, 9, 10), D(2027, 3, 10), "EN 124"),
        (D(1961, 1, 22), D(2027, 11, 22), "EN 124"),
        # Born 5 March 1961: the last of Table 3, 66 years 11 months: 5 February 2028.
        (D(1961, 3, 5), D(2028, 2, 5), "66y11m"),
        # Born 30 June 1960: row 3 (66y3m): 30 September 2026 exists, no exception needed.
        (D(1960, 6, 30), D(2026, 9, 30), "66y3m"),
        # Born 6 October 1954: the first of the 66 cohort: 6 October 2020.
        (D(1954, 10, 6), D(2020, 10, 6), "66"),
    ],
)
def test_state_pension_age_date(born, reaches, why):
    assert state_pension_age_date(born) == reaches
    assert state_pension_age_date(np.array([born], dtype="datetime64[D]"))[0] == np.datetime64(reaches)


def test_born_29_february_1960_reaches_66_on_1_march_2026():
    # 29 February 2026 does not exist; the convention of dates.age_on takes
    # the birthday to be 1 March (no statute read settles it).
    assert state_pension_age_date(D(1960, 2, 29)) == D(2026, 3, 1)
    # 67 cohort: born 29 February 1964 -> 67th birthday in 2031 (no 29 February) -> 1 March 2031.
    assert state_pension_age_date(D(1964, 2, 29)) == D(2031, 3, 1)


def test_age_as_years_and_months():
    assert state_pension_age(D(1960, 4, 5)) == (66, 0)
    assert state_pension_age(D(1960, 11, 20)) == (66, 8)
    assert state_pension_age(D(1970, 1, 1)) == (67, 0)


def test_reached_on_the_day_not_before():
    # Born 6 April 1960: reaches pensionable age at the start of 6 May 2026.
    assert has_reached_state_pension_age(D(1960, 4, 6), D(2026, 5, 5)) is False
    assert has_reached_state_pension_age(D(1960, 4, 6), D(2026, 5, 6)) is True
    # Born 31 July 1960: 29 November 2026 not yet, 30 November 2026 yes.
    assert has_reached_pension_credit_qualifying_age(D(1960, 7, 31), D(2026, 11, 29)) is False
    assert has_reached_pension_credit_qualifying_age(D(1960, 7, 31), D(2026, 11, 30)) is True


def test_births_outside_the_schedule():
    # Born 1 January 1950: outside the schedule, but everyone born before
    # 6 October 1954 reached pensionable age by 6 September 2020.
    assert has_reached_state_pension_age(D(1950, 1, 1), D(2023, 4, 10)) is True
    with pytest.raises(InputError, match="date_of_birth"):
        state_pension_age_date(D(1950, 1, 1))
    with pytest.raises(InputError, match="date_of_birth"):
        has_reached_state_pension_age(D(1954, 9, 20), D(2020, 9, 1))
    # Born 1990: not before 6 April 2044, whatever the rise to 68 gives.
    assert has_reached_state_pension_age(D(1990, 1, 1), D(2027, 1, 1)) is False
    # Born 6 April 1977, the first birth after the schedule's last cohort (to 5 April 1977, PA 1995
    # Sch 4 para 1 as substituted by PA 2014 s 26): not before the 67th birthday, 6 April 2044, so
    # the day before that birthday is known (not reached); on the birthday itself the schedule
    # cannot say (the rise to 68, PA 2007 s 13, is not encoded) and it is refused, never guessed.
    assert has_reached_state_pension_age(D(1977, 4, 6), D(2044, 4, 5)) is False
    with pytest.raises(InputError, match="date_of_birth.*before the 67th birthday"):
        has_reached_state_pension_age(D(1977, 4, 6), D(2044, 4, 6))
    # Arrays: NaT for a birth outside the schedule.
    out = state_pension_age_date(np.array(["1950-01-01", "1960-04-06", "NaT"], dtype="datetime64[D]"))
    assert np.isnat(out[0]) and out[1] == np.datetime64("2026-05-06") and np.isnat(out[2])


def test_a_sixtieth_birthday_before_the_schedule_is_refused_in_columns_never_not_reached():
    # PA 1995 Sch 4 para 1(1) as enacted: a woman born before 6 April 1950 attained pensionable age at 60, so
    # one born 5 April 1950 reached it (and the Pension Credit qualifying age, SPCA 2002 s 1(6)) on her 60th
    # birthday, 5 April 2010. The shipped schedule begins with births of 6 October 1954 and earlier births are
    # known only from 6 September 2020: the answer is refused, as for one person, not guessed "not reached".
    # The columns look up only those aged 60 or over (no one has ever reached pensionable age younger), so the
    # 60th birthday itself must be looked up. The day before, aged 59, nobody has reached it: False, known.
    # Mutant killed (sample 8): pension_age.adult_reached_state_pension_age `dob <= latest_birth_for_age(day, 60)`
    # -> `<` (the birthday not looked up, "not reached" given).
    from entitlements import Adult, Household
    from entitlements.benefits.pension_age import adult_reached_state_pension_age
    from entitlements.columns import household_columns, households_columns

    hs = [Household(adults=(Adult(date_of_birth=D(1950, 4, 5)),)),
          Household(adults=(Adult(date_of_birth=D(1950, 4, 6)),))]
    many = households_columns(hs).adult1
    with pytest.raises(InputError, match="row 0, date_of_birth: '1950-04-05'"):
        adult_reached_state_pension_age(many, D(2010, 4, 5))
    with pytest.raises(InputError, match="date_of_birth"):
        adult_reached_state_pension_age(household_columns(hs[0]).adult1, D(2010, 4, 5))
    reached, unknown = adult_reached_state_pension_age(many, D(2010, 4, 4))
    assert reached.tolist() == [False, False] and unknown.tolist() == [False, False]


def test_schedule_without_a_7a_exception_is_refused(tmp_path):
    src = default_state_pension_age_schedule().path
    text = open(src, encoding="utf-8").read()
    cut = text.index("\n[[exceptions]]")  # the first entry (the header comment also names it)
    bad = tmp_path / "spa.toml"
    bad.write_text(text[:cut], encoding="utf-8")
    with pytest.raises(RuleTableError, match="1960-07-31"):
        StatePensionAgeSchedule.load(bad)


def test_every_birth_in_the_schedule_scalar_equals_vectorised():
    # Exhaustive: every date of birth from 6 October 1954 to 5 April 1977.
    s = default_state_pension_age_schedule()
    births = np.arange(np.datetime64(s.first_birth), np.datetime64(s.last_birth) + 1)
    vector = state_pension_age_date(births)
    for b, v in zip(births.tolist(), vector.tolist()):
        assert state_pension_age_date(b) == v, b
    # Pensionable age is never before the 66th birthday nor after the 67th,
    # and a later birth never reaches it earlier.
    assert np.all(np.diff(vector.astype("datetime64[D]").astype(np.int64)) >= 0)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.dates(D(1954, 10, 6), D(1977, 4, 5)), st.dates(D(2020, 9, 6), D(2044, 4, 5))), min_size=1, max_size=10))
def test_has_reached_scalar_equals_vectorised(rows):
    births, ons = zip(*rows)
    v = has_reached_state_pension_age(np.array(births, dtype="datetime64[D]"), np.array(ons, dtype="datetime64[D]"))
    for i, (b, o) in enumerate(rows):
        assert has_reached_state_pension_age(b, o) == v[i] == (state_pension_age_date(b) <= o)
