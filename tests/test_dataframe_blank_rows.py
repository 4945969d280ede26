"""A DataFrame row whose every cell is blank (the empty rows at the foot of a
sheet that ``read_excel`` reads) is kept, as every row is, and says why it
is not a case, instead of "adult1_age: missing"."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Caseload, caseload_gains, estimate_caseload

pd = pytest.importorskip("pandas")

GAIN = {"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
        "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes"}


def test_an_empty_row_of_a_sheet_is_kept_and_named_as_empty():
    frame = pd.DataFrame({"case_id": ["a", None, " "], "adult1_age": [30, np.nan, np.nan]})
    r = estimate_caseload(Caseload.from_dataframe(frame), on=dt.date(2026, 5, 1))
    assert r.valid.tolist() == [True, False, False] and int(r.award[0]) == 42490  # single 25 or over: £424.90
    assert [(e.row, e.index, e.field) for e in r.caseload.errors] == [(3, 1, "(row)"), (4, 2, "(row)")]
    assert all("every cell is blank" in str(e) and "adult1_age" not in str(e) for e in r.caseload.errors)


def test_gains_an_empty_row_is_named_and_a_row_missing_one_value_still_names_it():
    frame = pd.DataFrame([GAIN, {k: None for k in GAIN}, dict(GAIN, adult1_age=None)])
    errors = caseload_gains(frame).errors()
    assert [e["row"] for e in errors] == [3, 4]
    assert "every cell is blank" in errors[0]["reason"]
    assert errors[1]["reason"].startswith("adult1_age: missing")
