"""A dash alone in a money cell (how Excel's accounting format shows zero)
is refused with a message saying it is not an amount and to give 0; it is
never read as 0 silently, nor called a negative amount."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import InputError, estimate_caseload
from entitlements.io.households import parse_pounds

WHY = ("an amount in pounds: a dash alone is how a spreadsheet's accounting format shows zero, not an amount; "
       "give 0 if it is nil")


@pytest.mark.parametrize("cell", ["-", " - ", "£ -", "\u2013"])
def test_a_dash_is_not_an_amount(cell):
    with pytest.raises(InputError) as e:
        parse_pounds(cell, "capital")
    assert e.value.expected == WHY and "\n" not in str(e.value)


def test_a_negative_amount_is_still_called_negative():
    with pytest.raises(InputError) as e:
        parse_pounds("-5", "capital")
    assert e.value.expected == "0 or more pounds"


def test_a_caseload_row_with_a_dash_is_an_error_row(tmp_path):
    # Read in columns: '-' is not a plain amount, so its cell is read by parse_pounds, in its own row.
    path = tmp_path / "cases.csv"
    path.write_text("case_id,adult1_age,capital\na,40,-\nb,40,0\n", encoding="utf-8")
    r = estimate_caseload(str(path), on=dt.date(2025, 5, 1))
    assert r.valid.tolist() == [False, True]
    assert r.to_dataframe()["error"].tolist() == [f"capital: '-' is not allowed (expected {WHY}).", ""]
