"""``local_authority`` is both a household fact (the council, for council tax and its reduction) and a grouping
column (entitlements.io.headers.GROUPING_COLUMNS, docs/analysts.md). It was read as the household's only: left out
of the per-case results, the summary's groups and the funders' report, and ``group_by="local_authority"`` refused."""

import datetime as dt

import pytest

from entitlements import Caseload, caseload_gains, estimate_caseload
from entitlements.io.headers import check_header

OUTCOME = {"adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found", "outcome_date": "2025-01-10",
           "decision_date": "2025-07-20", "confirmed": "yes"}
COUNCILS = ["Coventry"] * 6 + ["Nuneaton and Bedworth"] * 2 + [""]


def test_the_header_reads_local_authority_as_the_households_and_as_a_grouping_column():
    h = check_header(["case_id", "adult1_age", "local_authority", "practice"], source="c.csv")
    assert "local_authority" in h.household and h.grouping == ("local_authority", "practice")


@pytest.mark.parametrize("as_file", [False, True])
def test_a_caseload_of_outcomes_is_grouped_by_local_authority(tmp_path, as_file):
    rows = [{"case_id": f"c{i}", "local_authority": la, **OUTCOME} for i, la in enumerate(COUNCILS)]
    source = rows
    if as_file:
        source = tmp_path / "c.csv"
        keys = list(rows[0])
        source.write_text("\n".join([",".join(keys)] + [",".join(r[k] for k in keys) for r in rows]) + "\n")
        source = str(source)
    g = caseload_gains(source)
    assert g.valid.all()
    assert g.to_dataframe()["local_authority"].tolist()[:7] == ["Coventry"] * 6 + ["Nuneaton and Bedworth"]
    by = g.summary(group_by=["local_authority"])["by_group"]["local_authority"]
    assert {k: v["cases"] for k, v in by.items()} == {"Coventry": 6, "Nuneaton and Bedworth": 2, "(blank)": 1}


def test_an_estimated_caseload_carries_local_authority_through(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age,local_authority\nc1,30,Coventry\nc2,30,\nc3,30,Coventy\n")
    r = estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 5, 1))
    assert r.valid.tolist() == [True, True, False]  # the council is still checked as the household's
    assert [row["local_authority"] for row in r.rows()] == ["Coventry", None, "Coventy"]
