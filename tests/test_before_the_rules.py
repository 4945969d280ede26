"""A date before the rules begin is one line giving the date and the first
date the rules cover; a rule table in a message is named relative to the
rules (``rules/carers_allowance/rate.toml``), never by an absolute path."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, NoRowInForce, estimate
from entitlements.errors import BeforeTheRules, RuleTableError, shown_path
from entitlements.tables import default_tables, shipped_rules_dir


def test_estimate_in_1999_says_the_rules_begin_on_10_april_2023():
    # The first rows: Carer's Allowance from 10 April 2023 (SI 2023/316 art 7(4)(b)), the latest first row of the
    # tables an estimate reads; every other table it reads begins on or before that day.
    with pytest.raises(BeforeTheRules) as e:
        estimate(Household(adults=Adult(age=40)), on=dt.date(1999, 1, 1))
    assert str(e.value) == "on: 1999-01-01 is before the rules begin (they cover from 2023-04-10). Pass a later date."
    assert isinstance(e.value, NoRowInForce) and e.value.earliest == dt.date(2023, 4, 10)
    # The day the message gives is covered; the day before is not.
    # UC on 10 April 2023 for a single 40-year-old with nothing else: the standard allowance, £368.74 (SI 2023/316).
    assert estimate(Household(adults=Adult(age=40)), on=dt.date(2023, 4, 10)).universal_credit.award == 36874
    with pytest.raises(BeforeTheRules, match=r"^on: 2023-04-09 is before the rules begin \(they cover from 2023-04-10\)"):
        estimate(Household(adults=Adult(age=40)), on=dt.date(2023, 4, 9))


def test_a_table_without_a_row_is_named_relative_to_the_rules():
    with pytest.raises(NoRowInForce) as e:
        default_tables().at("carers_allowance.rate", dt.date(2019, 6, 1))
    assert str(e.value) == ("rules/carers_allowance/rate.toml: no row in force on 2019-06-01 (earliest 2023-04-10). "
                            "Pass a later date or add the row.")
    assert e.value.path == str(shipped_rules_dir() / "carers_allowance" / "rate.toml")  # the attribute keeps the file


def test_a_malformed_table_message_is_relative_and_an_overlay_as_given(tmp_path):
    inside = shipped_rules_dir() / "uc" / "standard_allowance.toml"
    assert str(RuleTableError(str(inside), "bad", row=2)) == "rules/uc/standard_allowance.toml row 2: bad"
    own = tmp_path / "reform.toml"
    assert shown_path(own) == str(own)
