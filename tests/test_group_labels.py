"""A grouping column's values typed differently for one thing are one group
(entitlements.grouping): "Coventry", "coventry" and "E08000026" were three
local authorities in the summaries and the funders' report, each small enough
to be suppressed; "Practice A" and "practice a " were two practices."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import caseload_gains
from entitlements.check.caseload import check_caseload
from entitlements.grouping import best_spelling, fold_key, group_labels

OUTCOME = {"adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found", "outcome_date": "2025-01-10",
           "decision_date": "2025-07-20", "confirmed": "yes"}
COUNCILS = ["Coventry", "coventry", "E08000026", " Coventry City Council", "COVENTRY", "Nuneaton & Bedworth",
            "nuneaton and bedworth borough council", ""]
PRACTICES = ["Practice A", "practice a ", "PRACTICE  A", "Practice A", "practice a", "Practice B", "practice b", ""]
DECILES = ["3", " 3", "3.0", "3", "3", "10", "10", "2"]


def _rows():
    return [{"case_id": f"c{i}", "local_authority": la, "practice": p, "imd_decile": d, **OUTCOME}
            for i, (la, p, d) in enumerate(zip(COUNCILS, PRACTICES, DECILES))]


def test_labels_by_column():
    assert group_labels("local_authority", COUNCILS).tolist() == ["Coventry"] * 5 + ["Nuneaton and Bedworth"] * 2 + ["(blank)"]
    assert group_labels("practice", PRACTICES).tolist() == ["Practice A"] * 5 + ["Practice B"] * 2 + ["(blank)"]
    assert group_labels("imd_decile", DECILES + [3, None]).tolist() == ["3"] * 5 + ["10", "10", "2", "3", "(blank)"]
    # A council no authority has is kept as text, folded as free text.
    assert group_labels("local_authority", ["Coventy", "coventy "]).tolist() == ["Coventy", "Coventy"]


def test_the_label_depends_on_the_spellings_met_only():
    spellings = ["practice a", "PRACTICE A", "Practice A", "PRACTICE a"]
    assert len({fold_key(s) for s in spellings}) == 1
    assert best_spelling(spellings) == best_spelling(reversed(spellings)) == "PRACTICE a"
    # The best of the parts' best is the best of the whole.
    assert best_spelling([best_spelling(spellings[:2]), best_spelling(spellings[2:])]) == best_spelling(spellings)


def test_a_caseload_of_outcomes_is_grouped_by_the_canonical_council_and_practice():
    g = caseload_gains(_rows())
    assert g.valid.all()
    by = g.summary()["by_group"]
    assert {k: v["cases"] for k, v in by["local_authority"].items()} == {"Coventry": 5, "Nuneaton and Bedworth": 2,
                                                                         "(blank)": 1}
    assert {k: v["cases"] for k, v in by["practice"].items()} == {"Practice A": 5, "Practice B": 2, "(blank)": 1}
    assert {k: v["cases"] for k, v in by["imd_decile"].items()} == {"2": 1, "3": 5, "10": 2}
    # The per-case results keep each value as written (they join back to the user's rows).
    assert g.to_dataframe()["local_authority"].tolist()[:3] == ["Coventry", "coventry", "E08000026"]
    # Practice A's cases are all in Coventry: the nesting uses the same labels.
    assert g.summary()["group_nesting"]["practice"]["local_authority"]["Practice A"] == "Coventry"


def test_the_funders_report_shows_one_group_by_its_official_name(tmp_path):
    from entitlements.report import write_report

    out = tmp_path / "r.html"
    write_report(_rows(), out)
    html = out.read_text()
    assert "Coventry" in html and "coventry" not in html and "E08000026" not in html and "COVENTRY" not in html
    assert "practice a" not in html and "PRACTICE" not in html


def test_the_benefit_check_of_a_caseload_groups_the_same_way(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("case_id,adult1_age,adult1_state_pension_weekly,local_authority,practice,imd_decile,claims_universal_credit,"
                    "claims_pension_credit\n" + "".join(
        f'c{i},70,170,"{la}","{p}","{d}",no,no\n' for i, (la, p, d) in enumerate(zip(COUNCILS, PRACTICES, DECILES))))
    s = check_caseload(str(path), on=dt.date(2026, 6, 1)).summary(["practice", "local_authority", "imd_decile"])
    by = {g: {r["group"]: r["cases"] for r in rows} for g, rows in s["by_group"].items()}
    assert by["practice"]["Practice A"] == 5 and set(by["practice"]) == {"Practice A", "Practice B", "(blank)"}
    assert by["local_authority"]["Coventry"] == 5 and set(by["local_authority"]) == {"Coventry", "Nuneaton and Bedworth", "(blank)"}
    assert by["imd_decile"]["3"] == 5


def test_a_caseload_in_parts_is_labelled_as_the_whole():
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    from entitlements.gain.partitions import gains_partitioned

    df = pd.DataFrame(_rows() * 2)
    df["case_id"] = [f"c{i}" for i in range(len(df))]
    whole = caseload_gains(df).summary()
    _, parts = gains_partitioned(dd.from_pandas(df, npartitions=4)).compute(scheduler="sync")
    assert parts["by_group"] == whole["by_group"]
    assert parts["group_nesting"] == whole["group_nesting"]


@pytest.mark.parametrize("column", ["keep_name", "claims_pension_credit"])
def test_the_benefit_check_groups_by_grouping_columns_only(tmp_path, column):
    # A column of the user's own (keep_*) is carried to the per-case results, never to a report: grouping the
    # check's report by it put each patient's name in the report as a group's label.
    from entitlements.errors import InputError

    path = tmp_path / "c.csv"
    path.write_text("case_id,adult1_age,keep_name,claims_universal_credit,claims_pension_credit\n"
                    + "".join(f"c{i},70,Jane Doe{i},no,no\n" for i in range(6)))
    cc = check_caseload(str(path), on=dt.date(2026, 6, 1))
    with pytest.raises(InputError, match="group_by.*one of the grouping columns"):
        cc.summary([column])
