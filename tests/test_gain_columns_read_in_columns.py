"""A caseload of outcomes given as columns (a CSV file, a DataFrame, records
with one header) is read in columns (:func:`entitlements.io.outcome_columns.cases_from_columns`):
only rows with something wrong are read one by one. Before the fix every row
was read one by one, since each distinct outcome was read with placeholder
dates in 2000, before the first Universal Credit claims (29 April 2013, SI
2013/983), which the outcome's own check refuses; the columns' dates must
then be checked against the same range, or a claim from 2010 is accepted.
"""

from __future__ import annotations

import numpy as np

from entitlements import caseload_gains
from entitlements.io import outcome_columns

ROW = {"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
       "outcome_date": "2025-01-10"}


def _rows_read_alone(monkeypatch, rows):
    seen = []
    real = outcome_columns._with_rows_read_alone

    def spy(cases, columns, rows_alone, id_field):
        seen.extend(np.asarray(rows_alone).tolist())
        return real(cases, columns, rows_alone, id_field)

    monkeypatch.setattr(outcome_columns, "_with_rows_read_alone", spy)
    return caseload_gains(rows), seen


def test_good_rows_are_read_in_columns_and_only_the_bad_one_alone(monkeypatch):
    rows = [dict(ROW, case_id=str(i)) for i in range(4)]
    rows[2]["claim_start"] = "2010-01-10"  # before Universal Credit began
    g, alone = _rows_read_alone(monkeypatch, rows)
    assert alone == [2]
    assert g.valid.tolist() == [True, True, False, True]
    # LCWRA found for a 40-year-old: the LCWRA element, £423.27 a month 2025-26 x 12 = £5,079.36.
    assert g.annual.tolist() == [507936, 507936, 0, 507936]
    assert g.errors()[0]["reason"].startswith("claim_start: '2010-01-10' is not allowed (expected a date from 2013-04-29")


def test_dates_out_of_range_in_columns_are_the_errors_read_alone():
    for column, value in (("outcome_date", "2012-12-31"), ("decision_date", "2101-01-01"), ("end_date", "2101-01-01")):
        g = caseload_gains([ROW, dict(ROW, case_id="b", **{column: value})])
        assert g.valid.tolist() == [True, False], column
        assert value in g.errors()[0]["reason"]
