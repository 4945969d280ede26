"""Per-case results from a DataFrame join back to its rows.

An analyst filters or sorts a DataFrame, runs it, and puts a result beside each row: ``df.join(out)`` or
``df["uc"] = out["uc_award"]``. pandas lines the two up by index. The results used to come with a fresh index
0, 1, 2, ...; after a filter (index 2, 3, 4, ...) every row was given another case's figure, or none, with no
error. They now keep the input's index (as the Dask path already did). And a DataFrame whose case ids are its index
(``df.set_index("case_id")``) gives those ids, not the rows' numbers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from entitlements import caseload_gains, estimate_caseload

pd = pytest.importorskip("pandas")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ON = dt.date(2026, 5, 1)
GAIN = {"adult1_age": 40, "claim_start": "2025-01-10", "outcome": "lcwra_found", "outcome_date": "2025-01-10",
        "decision_date": "2025-07-20", "confirmed": "yes"}


def _cases():
    df = pd.read_csv(EXAMPLES / "caseload.csv")
    return df[df["practice"] != "Foleshill"].iloc[::-1]  # filtered, then reversed: index 9, 7, 6, ...


def test_estimates_keep_the_dataframe_index_and_join_to_each_rows_own_figures():
    df = _cases()
    out = estimate_caseload(df, on=ON).to_dataframe()
    assert out.index.tolist() == df.index.tolist()
    joined = df[["case_id"]].join(out[["uc_award"]])
    assert (out["case_id"] == df["case_id"]).all()  # aligned by index
    # Each row's figure is its own: the same case estimated alone.
    for label, row in joined.iterrows():
        alone = estimate_caseload(df.loc[[label]].reset_index(drop=True), on=ON).to_dataframe()["uc_award"].iloc[0]
        assert (pd.isna(row["uc_award"]) and pd.isna(alone)) or row["uc_award"] == alone


def test_ids_given_as_the_index_are_the_case_ids():
    df = pd.read_csv(EXAMPLES / "caseload.csv")
    by_id = estimate_caseload(df.set_index("case_id"), on=ON).to_dataframe()
    assert by_id["case_id"].tolist() == df["case_id"].tolist()  # C001 ..., not the rows' numbers 2, 3, ...
    assert by_id.index.tolist() == df["case_id"].tolist()
    multi = estimate_caseload(df.set_index(["practice", "case_id"]), on=ON).to_dataframe()
    assert multi["case_id"].tolist() == df["case_id"].tolist()
    assert multi.index.tolist() == list(zip(df["practice"], df["case_id"]))  # the input's index, as it was


def test_gains_keep_the_dataframe_index_and_take_ids_from_it():
    df = pd.DataFrame([dict(GAIN, case_id=f"K{i}", adult1_age=40 + i) for i in range(4)], index=[10, 20, 30, 40])
    out = caseload_gains(df.iloc[::-1]).to_dataframe()
    assert out.index.tolist() == [40, 30, 20, 10]
    assert out.loc[20, "case_id"] == "K1"
    by_id = caseload_gains(df.set_index("case_id")).to_dataframe()
    assert by_id["case_id"].tolist() == ["K0", "K1", "K2", "K3"]
    # LCWRA found from 10 January 2025, decided 20 July 2025: each case the same gain, £5,079.36 a year (as README).
    assert by_id["annual_gain_pence"].tolist() == [507936] * 4
