"""Per-case gains written in columns: the same cells as one dict a row,
typed in a DataFrame, with or without pyarrow."""

import csv
import io

import numpy as np
import pytest

from entitlements import caseload_gains
from entitlements.io import cells
from entitlements.io.writers import write_csv


def _record(**kw):
    base = {"case_id": "x", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
            "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes", "practice": "P1",
            "imd_decile": "1", "stage": "appeal"}
    base.update(kw)
    return base


ROWS = [
    _record(case_id="ok"),
    _record(case_id="age", adult1_age="-3"),
    _record(case_id="kind", outcome="lcwra_awarded"),
    _record(case_id="=cmd()", practice="=HYPERLINK(1)", confirmed="no", stage="initial", imd_decile="7"),
    _record(case_id="pip", outcome="pip_awarded", award_pip_daily_living="standard", decision_date="2025-03-01",
            stage="mandatory_reconsideration"),
]


def _by_rows(g) -> str:
    """The CSV as it was written before the columns: one dict a row."""
    rows = list(g.rows())
    fields: list[str] = []
    for r in rows:
        fields += [k for k in r if k not in fields]
    return write_csv(rows, None, fields=fields)


@pytest.mark.parametrize("pyarrow", [True, False])
def test_gains_written_in_columns_hold_the_cells_of_one_dict_a_row(pyarrow, monkeypatch, tmp_path):
    g = caseload_gains(ROWS)
    assert g.valid.tolist() == [True, False, False, True, True]
    if not pyarrow:
        monkeypatch.setattr(cells, "pyarrow_csv_if_installed", lambda: None)
    path = tmp_path / "gains.csv"
    g.to_csv(path)
    got = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    want = list(csv.DictReader(io.StringIO(_by_rows(g))))
    assert list(got[0]) == list(want[0])
    assert got == want
    # Hand-checked cells: dates as written, empty figures for a row not projected,
    # formulas neutralised, the chance of success as Python writes it.
    assert got[0]["claim_start"] == "2025-01-10" and got[0]["decision_date"] == "2025-07-20"
    assert got[1]["valid"] == "False" and got[1]["annual_gain_pence"] == "" and got[1]["claim_start"] == ""
    assert got[3]["case_id"] == "'=cmd()" and got[3]["practice"] == "'=HYPERLINK(1)"
    assert got[0]["probability"] == "1.0" and got[0]["confirmed"] == "True"


def test_gains_as_a_dataframe_have_real_dtypes():
    pd = pytest.importorskip("pandas")
    g = caseload_gains(ROWS)
    df = g.to_dataframe()
    assert len(df) == 5 and list(df.columns) == list(g.columns())
    assert str(df["annual_gain_pence"].dtype) == "Int64" and str(df["uc_monthly_gain_pence"].dtype) == "Int64"
    assert str(df["valid"].dtype) == "boolean" and str(df["lcwra_protected"].dtype) == "boolean"
    assert str(df["probability"].dtype) == "Float64"
    assert df["claim_start"].dtype.kind == "M" and df["claim_start"][0] == pd.Timestamp("2025-01-10")
    assert pd.isna(df["claim_start"][1]) and pd.isna(df["annual_gain_pence"][1])
    assert df["stage"].cat.ordered and list(df["stage"].cat.categories) == ["initial", "mandatory_reconsideration", "appeal"]
    assert df["stage"].tolist()[:1] == ["appeal"] and df["stage"][3] == "initial"
    assert df["imd_decile"].cat.ordered and df["imd_decile"][3] == "7"
    # The figures are the per-row figures, to the penny.
    annual = [r.get("annual_gain_pence") for r in g.rows()]
    assert [None if pd.isna(x) else int(x) for x in df["annual_gain_pence"]] == annual
    assert int(df["annual_gain_pence"][0]) == int(g.annual[0]) > 0


def test_gains_written_as_parquet_keep_their_types(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    g = caseload_gains(ROWS)
    g.write(tmp_path / "gains.parquet")
    t = pq.read_table(tmp_path / "gains.parquet")
    assert t.num_rows == 5
    assert str(t.schema.field("annual_gain_pence").type) == "int64"
    assert str(t.schema.field("claim_start").type) == "date32[day]"
    assert t.column("annual_gain_pence").to_pylist()[1] is None
    assert t.column("annual_gain_pence").to_pylist()[0] == int(g.annual[0])


def test_gains_with_no_case_projected_have_no_figure_columns():
    g = caseload_gains([_record(case_id="age", adult1_age="-3")])
    assert not g.valid.any()
    assert list(g.columns()) == ["case_id", "practice", "imd_decile", "valid", "error", "outcome", "stage", "confirmed"]
    assert np.asarray(g.columns()["valid"].values).tolist() == [False]
