"""A totals row at the foot of a caseload (a spreadsheet's "Total" line).

Before 2026-12-07 a last row such as ``Total,,,,,`` was read as one more case, refused field by field
(``adult1_age: missing``), so ``totals.csv: 57 cases`` was said of 56 cases. It is now one error row saying it is a
totals row; it stays in the errors (a caseload never loses a row) and the other rows are read as before.
"""

from __future__ import annotations

import pandas as pd
import pytest

from entitlements.caseload import Caseload

HEADER = "case_id,adult1_age,housing_tenure,housing_rent,housing_rent_period,housing_bedrooms"
REASON = "a totals row (delete it from the file)"


def _file(tmp_path, *lines: str):
    path = tmp_path / "totals.csv"
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("label", ["Total", "TOTALS", " grand  total ", "Total:"])
def test_a_last_row_labelled_total_with_blank_household_cells_is_one_error_row(tmp_path, label):
    c = Caseload.from_csv(_file(tmp_path, "A,30,,,,", "B,40,,,,", f"{label},,,,,"))
    assert (len(c), c.valid.tolist()) == (3, [True, True, False])
    (e,) = c.errors
    assert (e.row, e.field, e.reason) == (4, "(row)", REASON)


def test_a_totals_row_with_no_id_column_is_found_by_its_first_text_cell(tmp_path):
    path = tmp_path / "totals.csv"
    path.write_text("name,adult1_age\nAnn,30\nTotal,\n", encoding="utf-8")
    (e,) = Caseload.from_csv(path, keep=["name"]).errors
    assert (e.row, e.reason) == (3, REASON)


def test_a_total_row_with_household_values_or_not_last_is_not_a_totals_row(tmp_path):
    # A case whose id is "Total" with an age is a case; a "Total" row above the last is read as any row.
    (e,) = Caseload.from_csv(_file(tmp_path, "A,30,,,,", "Total,,,,,", "B,40,,,,")).errors
    assert (e.row, e.field) == (3, "adult1_age")
    assert Caseload.from_csv(_file(tmp_path, "A,30,,,,", "Total,50,,,,")).valid.tolist() == [True, True]


def test_a_dataframe_with_a_totals_row_says_so():
    df = pd.DataFrame({"case_id": ["A", "B", "Grand Total"], "adult1_age": [30, 40, None]})
    c = Caseload.from_dataframe(df)
    assert c.valid.tolist() == [True, True, False]
    assert [e.reason for e in c.errors] == [REASON]


def test_a_caseload_of_outcomes_with_a_totals_row_says_so(tmp_path):
    from entitlements import caseload_gains

    header = "case_id,adult1_age,claim_start,outcome,outcome_date,confirmed,benefit,benefit_weekly"
    row = "{},40,2025-05-01,benefit_claimed,2025-05-01,yes,other,10"
    path = tmp_path / "outcomes.csv"
    path.write_text("\n".join((header, row.format("A"), row.format("B"), "Totals,,,,,,,20")) + "\n", encoding="utf-8")
    g = caseload_gains(path)
    assert g.valid.tolist() == [True, True, False]
    (e,) = g.errors()
    assert e["row"] == 4 and REASON in e["reason"]
