"""New-style ESA and JSA: worked examples to the penny.

Weekly amounts (rules/esa/new_style.toml, rules/jsa/new_style.toml; rows
after 2023/24 are marked unverified there):

==============================  =======  =======  =======  =======
pounds a week                   2023/24  2024/25  2025/26  2026/27
==============================  =======  =======  =======  =======
ESA under 25, assessment phase    67.20    71.70    72.90    75.65
ESA main amount (25+ / main)      84.80    90.50    92.05    95.55
ESA support component             44.70    47.70    48.50    50.35
ESA WRAG component (saved)        33.70    35.95    36.55    37.95
JSA under 25                      67.20    71.70    72.90    75.65
JSA 25 or over                    84.80    90.50    92.05    95.55
==============================  =======  =======  =======  =======

For UC both count in full, x 52 / 12 to the nearest penny (SI 2013/376
regs 66(1)(b), 73(1), 6(1)).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import InputError
from entitlements.benefits.contributory import new_style_esa_weekly, new_style_jsa_weekly
from entitlements.money import weekly_to_monthly
from entitlements.tables import default_tables

T = default_tables()


def esa(age, phase, group=0, on=dt.date(2025, 6, 2), **kw):
    return new_style_esa_weekly(age, phase, group, on=on, tables=T, **kw)


def test_esa_assessment_phase_under_25_2025():
    # Reg 62(1)(b)(ii): £72.90.
    assert esa(22, 0) == 7290


def test_esa_assessment_phase_25_or_over_2025():
    # Reg 62(1)(b)(i): £92.05; as UC income £92.05 x 52 / 12 = £398.8833 -> £398.88.
    assert esa(30, 0) == 9205
    assert weekly_to_monthly(9205) == 39888


def test_esa_support_group_main_phase_2026():
    # £95.55 + support component £50.35 (unverified) = £145.90, at any age.
    assert esa(21, 1, 2, on=dt.date(2026, 6, 1)) == 14590
    assert esa(45, 1, 2, on=dt.date(2026, 6, 1)) == 14590


def test_esa_support_component_waits_for_the_main_phase():
    # In the assessment phase the support group makes no difference: £92.05.
    assert esa(45, 0, 2) == 9205


def test_esa_work_related_activity_group_saved_case_2024():
    # Claim before 3 April 2017 (SI 2017/204 Sch 2): £90.50 + £35.95 = £126.45.
    assert esa(50, 1, 1, on=dt.date(2024, 6, 3), wrag_protected=True) == 12645


def test_esa_work_related_activity_group_new_claim_2024():
    # No component for a post-2017 claim: £90.50.
    assert esa(50, 1, 1, on=dt.date(2024, 6, 3)) == 9050


def test_esa_main_phase_under_25_gets_the_main_amount_2023():
    # Reg 62(1)(a): £84.80 whatever the age.
    assert esa(19, 1, 0, on=dt.date(2023, 6, 5)) == 8480


def test_jsa_2023():
    # Reg 49(1): under 25 £67.20; 25 or over £84.80.
    assert new_style_jsa_weekly(24, on=dt.date(2023, 6, 5), tables=T) == 6720
    assert new_style_jsa_weekly(25, on=dt.date(2023, 6, 5), tables=T) == 8480


def test_jsa_2026_as_uc_income():
    # £95.55 x 52 / 12 = £414.05 exactly.
    assert new_style_jsa_weekly(40, on=dt.date(2026, 6, 1), tables=T) == 9555
    assert weekly_to_monthly(9555) == 41405


def test_rate_changes_on_the_uprating_monday():
    # Sunday 6 April 2025: £90.50; Monday 7 April 2025: £92.05.
    assert new_style_jsa_weekly(30, on=dt.date(2025, 4, 6), tables=T) == 9050
    assert new_style_jsa_weekly(30, on=dt.date(2025, 4, 7), tables=T) == 9205


def test_bad_codes():
    with pytest.raises(InputError, match="group"):
        esa(30, 1, 3)
    with pytest.raises(InputError, match="phase"):
        esa(30, 2)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(16, 80), st.integers(0, 1), st.integers(0, 2), st.booleans(),
                          st.dates(dt.date(2023, 4, 10), dt.date(2027, 4, 5))), min_size=1, max_size=8))
def test_scalar_equals_vectorised(rows):
    age, phase, group, wrag, on = (list(c) for c in zip(*rows))
    days = np.array(on, dtype="datetime64[D]")
    v = new_style_esa_weekly(np.array(age), np.array(phase), np.array(group), on=days, tables=T, wrag_protected=np.array(wrag))
    j = new_style_jsa_weekly(np.array(age), on=days, tables=T)
    for i, r in enumerate(rows):
        assert new_style_esa_weekly(r[0], r[1], r[2], on=r[4], tables=T, wrag_protected=r[3]) == v[i]
        assert new_style_jsa_weekly(r[0], on=r[4], tables=T) == j[i]
        # The main phase never pays less than the assessment phase.
        assert new_style_esa_weekly(r[0], 1, r[2], on=r[4], tables=T, wrag_protected=r[3]) >= new_style_esa_weekly(r[0], 0, r[2], on=r[4], tables=T)
