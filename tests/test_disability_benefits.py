"""PIP, DLA, Attendance Allowance, Adult and Child Disability Payment payable.

Weekly rates (pounds; rules/pip, rules/dla, rules/aa, rules/scotland):

================================  =======  =======  =======  =======
                                  2023/24  2024/25  2025/26  2026/27
================================  =======  =======  =======  =======
PIP/ADP daily living standard       68.10    72.65    73.90    76.70
PIP/ADP daily living enhanced      101.75   108.55   110.40   114.60
PIP/ADP mobility standard           26.90    28.70    29.20    30.30
PIP/ADP mobility enhanced           71.00    75.75    77.05    80.00
DLA/CDP care highest / middle     101.75 / 68.10 ... as PIP daily living
DLA/CDP care lowest                 26.90    28.70    29.20    30.30
DLA/CDP mobility higher / lower   as PIP mobility enhanced / standard
AA higher / lower                 as PIP daily living enhanced / standard
================================  =======  =======  =======  =======

(2026/27 ADP and CDP are unverified in the tables: assumed equal to PIP/DLA.)
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import InputError
from entitlements.benefits.disability import (
    adult_disability_payment_weekly,
    attendance_allowance_weekly,
    child_disability_payment_weekly,
    dla_weekly,
    pip_weekly,
)
from entitlements.tables import default_tables

T = default_tables()


def test_pip_standard_daily_living_enhanced_mobility_2024():
    # £72.65 + £75.75 = £148.40.
    assert pip_weekly(1, 2, on=dt.date(2024, 6, 3), tables=T) == 14840


def test_pip_enhanced_both_2025():
    # £110.40 + £77.05 = £187.45.
    assert pip_weekly(2, 2, on=dt.date(2025, 6, 2), tables=T) == 18745


def test_pip_mobility_only_2023():
    # £26.90.
    assert pip_weekly(0, 1, on=dt.date(2023, 6, 5), tables=T) == 2690


def test_dla_child_highest_care_higher_mobility_2026():
    # £114.60 + £80.00 = £194.60.
    assert dla_weekly(3, 2, on=dt.date(2026, 6, 1), tables=T) == 19460


def test_dla_lowest_care_lower_mobility_2025():
    # £29.20 + £29.20 = £58.40.
    assert dla_weekly(1, 1, on=dt.date(2025, 6, 2), tables=T) == 5840


def test_attendance_allowance_2023_and_2025():
    # Lower rate 2023/24 £68.10; higher rate 2025/26 £110.40.
    assert attendance_allowance_weekly(1, on=dt.date(2023, 6, 5), tables=T) == 6810
    assert attendance_allowance_weekly(2, on=dt.date(2025, 6, 2), tables=T) == 11040


def test_adp_enhanced_daily_living_standard_mobility_2025():
    # £110.40 + £29.20 = £139.60.
    assert adult_disability_payment_weekly(2, 1, on=dt.date(2025, 6, 2), tables=T) == 13960


def test_cdp_middle_care_lower_mobility_2024():
    # £72.65 + £28.70 = £101.35.
    assert child_disability_payment_weekly(2, 1, on=dt.date(2024, 6, 3), tables=T) == 10135


def test_nothing_awarded_is_nil():
    assert pip_weekly(0, 0, on=dt.date(2025, 6, 2), tables=T) == 0
    assert attendance_allowance_weekly(0, on=dt.date(2025, 6, 2), tables=T) == 0


def test_uprating_monday():
    # Sunday 6 April 2025: £108.55; Monday 7 April 2025: £110.40.
    assert attendance_allowance_weekly(2, on=dt.date(2025, 4, 6), tables=T) == 10855
    assert attendance_allowance_weekly(2, on=dt.date(2025, 4, 7), tables=T) == 11040


def test_bad_codes_name_the_field():
    with pytest.raises(InputError, match="daily_living"):
        pip_weekly(3, 0, on=dt.date(2025, 6, 2), tables=T)
    with pytest.raises(InputError, match="care"):
        dla_weekly(4, 0, on=dt.date(2025, 6, 2), tables=T)
    with pytest.raises(InputError, match="row 1"):
        pip_weekly(np.array([0, 5]), np.array([0, 0]), on=dt.date(2025, 6, 2), tables=T)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 3), st.integers(0, 2), st.integers(0, 2),
                          st.dates(dt.date(2023, 4, 10), dt.date(2027, 4, 5))), min_size=1, max_size=8))
def test_scalar_equals_vectorised(rows):
    dl, mob, care, dmob, aa, on = (list(c) for c in zip(*rows))
    days = np.array(on, dtype="datetime64[D]")
    pip = pip_weekly(np.array(dl), np.array(mob), on=days, tables=T)
    dla = dla_weekly(np.array(care), np.array(dmob), on=days, tables=T)
    att = attendance_allowance_weekly(np.array(aa), on=days, tables=T)
    adp = adult_disability_payment_weekly(np.array(dl), np.array(mob), on=days, tables=T)
    cdp = child_disability_payment_weekly(np.array(care), np.array(dmob), on=days, tables=T)
    for i, r in enumerate(rows):
        assert pip_weekly(r[0], r[1], on=r[5], tables=T) == pip[i]
        assert dla_weekly(r[2], r[3], on=r[5], tables=T) == dla[i]
        assert attendance_allowance_weekly(r[4], on=r[5], tables=T) == att[i]
        assert adult_disability_payment_weekly(r[0], r[1], on=r[5], tables=T) == adp[i]
        assert child_disability_payment_weekly(r[2], r[3], on=r[5], tables=T) == cdp[i]


def test_attendance_allowance_rate_codes_are_0_1_2_and_nothing_else():
    # SSCBA 1992 s 65(3): two rates, lower and higher (codes 1 and 2; 0 for none). 2025-26
    # (SI 2025/295): lower £73.90, higher £110.40. Code 3 is refused naming the field and what is
    # allowed, alone and in a caseload column, never read as another rate or zero.
    on = dt.date(2025, 6, 2)
    assert attendance_allowance_weekly(np.array([0, 1, 2]), on=on, tables=T).tolist() == [0, 7390, 11040]
    for bad in (3, np.array([0, 2, 3]), -1):
        with pytest.raises(InputError, match="attendance_allowance.*0 none, 1 lower, 2 higher"):
            attendance_allowance_weekly(bad, on=on, tables=T)
