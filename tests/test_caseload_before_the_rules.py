"""A caseload's date before the rules begin says so, as one household's does
(``estimate``), instead of naming whichever table was read first
(``rules/carers_allowance/earnings_limit.toml: no row in force ...``)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Adult, Caseload, Household, estimate, estimate_caseload
from entitlements.errors import BeforeTheRules

ONE = Household(adults=Adult(age=30))
SAID = "on: 1999-01-01 is before the rules begin (they cover from 2023-04-10). Pass a later date."


def test_one_date_before_the_rules_is_the_same_error_as_for_one_household():
    with pytest.raises(BeforeTheRules) as one:
        estimate(ONE, on=dt.date(1999, 1, 1))
    with pytest.raises(BeforeTheRules) as many:
        estimate_caseload(Caseload.from_households([ONE, ONE]), on=dt.date(1999, 1, 1))
    assert str(many.value) == str(one.value) == SAID


def test_a_row_dated_before_the_rules_says_so_and_the_rest_are_estimated():
    r = estimate_caseload([ONE, ONE], on=np.array(["1999-01-01", "2026-05-01"], dtype="datetime64[D]"))
    assert r.valid.tolist() == [False, True] and int(r.award[1]) == 42490  # single, 25 or over, 2026-27: £424.90
    assert str(r.caseload.errors[0]).endswith(SAID) and "carers_allowance" not in str(r.caseload.errors[0])
