"""A header row repeated inside a caseload (two exports pasted together).

Before 2026-12-07 the repeated header was read as a case and reported field by field, e.g.
``row 3: adult1_age: 'adult1_age' is not allowed (expected a whole number).``, which does not say what is wrong
with the row. It is now one error row, named by its row number, saying it is a repeated header row; the other rows
are read as before and no row is lost.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from entitlements import estimate_caseload
from entitlements.caseload import Caseload

DEC_2026 = dt.date(2026, 12, 7)
HEADER = "case_id,adult1_age,housing_tenure,housing_rent,housing_rent_period,housing_bedrooms"


def _file(tmp_path, *lines: str):
    path = tmp_path / "cases.csv"
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding="utf-8")
    return path


def test_a_repeated_header_row_is_one_error_row_named_by_its_row_number(tmp_path):
    path = _file(tmp_path, "A,30,,,,", HEADER, "B,40,,,,")
    c = Caseload.from_csv(path)
    # Row 1 is the header; A is row 2, the repeat row 3, B row 4: three rows kept, the repeat an error row.
    assert (len(c), c.valid.tolist(), c.ids.tolist()) == (3, [True, False, True], ["A", "case_id", "B"])
    (e,) = c.errors
    assert (e.row, e.field, e.index) == (3, "(row)", 1)
    assert str(e).startswith("row 3: (row): a repeated header row")
    # The other rows are estimated as they are without the repeat: a single adult of 30 and of 40, no housing,
    # standard allowance £424.90 each in 2026-27 (SI 2026/148).
    r = estimate_caseload(c, on=DEC_2026)
    assert r.award.tolist()[0::2] == [42490, 42490]


def test_spaces_and_capitals_in_the_repeat_still_read_as_a_header(tmp_path):
    path = _file(tmp_path, "A,30,,,,", " Case_ID , ADULT1_AGE ,Housing_Tenure,housing_rent,HOUSING_RENT_PERIOD,housing_bedrooms ")
    (e,) = Caseload.from_csv(path).errors
    assert e.row == 3 and "a repeated header row" in e.reason


def test_one_cell_that_is_a_column_name_is_still_a_value_error(tmp_path):
    # Only adult1_age holds its name, the other cells are values (or blank): not a header row.
    path = _file(tmp_path, "A,adult1_age,social_rent,100,week,1")
    (e,) = Caseload.from_csv(path).errors
    assert (e.row, e.field) == (2, "adult1_age") and "repeated header" not in e.reason


def test_a_dataframe_with_the_header_repeated_says_so():
    df = pd.DataFrame({"case_id": ["A", "case_id", "B"], "adult1_age": ["30", "adult1_age", "40"]})
    c = Caseload.from_dataframe(df)
    assert c.valid.tolist() == [True, False, True]
    assert [("repeated header row" in e.reason) for e in c.errors] == [True]


def test_a_caseload_of_outcomes_with_the_header_repeated_says_so(tmp_path):
    # The income gain's reader (households and outcomes in one file) says the same; the other rows are valued.
    from entitlements import caseload_gains

    header = "case_id,adult1_age,claim_start,outcome,outcome_date,confirmed,benefit,benefit_weekly"
    row = "{},40,2025-05-01,benefit_claimed,2025-05-01,yes,other,10"
    path = tmp_path / "outcomes.csv"
    path.write_text("\n".join((header, row.format("A"), header, row.format("B"))) + "\n", encoding="utf-8")
    g = caseload_gains(path)
    assert g.valid.tolist() == [True, False, True]
    (e,) = g.errors()
    assert e["row"] == 3 and "a repeated header row" in e["reason"]
    # £10.00 a week of another benefit: £520.00 a year each.
    assert [int(a) for a in g.annual[[0, 2]]] == [52000, 52000]
