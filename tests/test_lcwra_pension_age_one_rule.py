"""The LCWRA element the law gives the older partner of a mixed-age couple
on Universal Credit (SI 2013/376 reg 40(5), Sch 9 para 5) is one rule,
``pension_age_lcwra_rows``, for a household's scalar columns and a
caseload's arrays alike: scalar == array, row by row (until 2026-12-07 the
one household's check had a copy of its own, kept in step by a property
test)."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np

from entitlements import Adult, Household
from entitlements.check._assessments import pension_age_lcwra_rows
from entitlements.columns import household_columns, households_columns

ON = dt.date(2026, 5, 1)


def _households():
    benefits = ({}, {"attendance_allowance": "lower"}, {"dla_care": "highest"}, {"dla_care": "middle"},
                {"pip_daily_living": "enhanced"}, {"pip_daily_living": "standard"})
    for older, other, benefit, flags, protected, first in itertools.product(
            (67, 80), (40, 64, 70), benefits, ({}, {"lcw": True}, {"lcwra": True}), (False, True), (True, False)):
        old, young = Adult(age=older, **benefit, **flags), Adult(age=other)
        yield Household(adults=(old, young) if first else (young, old), mixed_age_protected=protected)
    yield Household(adults=(Adult(age=70, attendance_allowance="higher"),))  # single: no partner to be older


def test_scalar_equals_array_row_by_row():
    hs = list(_households())
    rows = pension_age_lcwra_rows(households_columns(hs), on=ON)
    found = {cid: int(np.count_nonzero(r)) for cid, (r, _) in rows.items()}
    assert found["lcwra_1"] > 0 and found["lcwra_2"] > 0  # the rule fires for each partner somewhere
    for i, h in enumerate(hs):
        one = pension_age_lcwra_rows(household_columns(h), on=ON)
        for cid, (applies, _) in one.items():
            assert np.ndim(applies) == 0 and bool(applies) == bool(rows[cid][0][i]), (i, cid, h)
