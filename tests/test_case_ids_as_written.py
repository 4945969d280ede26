"""A case id comes out as the file wrote it, whichever way the caseload was
read: a whole-number id that pandas read as a float (the column has a blank
cell) is ``101``, not ``101.0``; an id of 0 is kept in records of differing
fields, not replaced by the row's number."""

from __future__ import annotations

import pytest

from entitlements import Caseload, caseload_gains

pd = pytest.importorskip("pandas")

GAIN = {"adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found", "outcome_date": "2025-01-10",
        "decision_date": "2025-07-20", "confirmed": "yes"}


def test_a_float_id_column_from_pandas_gives_the_ids_the_file_has(tmp_path):
    p = tmp_path / "cases.csv"
    p.write_text("case_id,adult1_age\n101,30\n,31\n103,32\n")
    frame = pd.read_csv(p)
    assert frame["case_id"].dtype == "float64"  # pandas: 101.0, NaN, 103.0
    # The blank id is the row's number, the spreadsheet's (row 3), as from the file.
    assert Caseload.from_dataframe(frame).ids.tolist() == Caseload.from_csv(p).ids.tolist() == ["101", "3", "103"]
    gains = pd.DataFrame([dict(GAIN, case_id=101.0), dict(GAIN, case_id=None), dict(GAIN, case_id=103.0)])
    assert caseload_gains(gains).to_dataframe()["case_id"].tolist() == ["101", "3", "103"]


def test_an_id_that_is_not_whole_stays_as_it_is():
    frame = pd.DataFrame({"case_id": [7.5, 2.0 ** 60], "adult1_age": [30, 31]})
    assert Caseload.from_dataframe(frame).ids.tolist() == ["7.5", "1.152921504606847e+18"]


def test_an_id_of_0_in_records_of_differing_fields_is_kept():
    records = [dict(GAIN, case_id=0), dict(GAIN, case_id="", practice="A"), dict(GAIN)]
    assert caseload_gains(records).to_dataframe()["case_id"].tolist() == ["0", "2", "3"]
