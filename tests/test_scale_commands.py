"""The commands at scale (issue 19): the funders' report of a caseload in
Parquet partitions (`entitlements caseload DATA.parquet --report R`), equal
to the report of the same caseload as one CSV file; and `entitlements
sweep`, equal to each scenario's summary made in memory."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")
pytest.importorskip("jinja2")

from entitlements import Caseload, Tables, estimate_caseload  # noqa: E402
from entitlements.cli import main  # noqa: E402
from entitlements.report import write_report  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MADE = dt.date(2026, 12, 5)

REFORM = '''id = "uc.lcwra_element"
title = "Universal Credit: LCWRA element (reform scenario)"
unit = "GBP/month"
applies = "assessment_period"
legal_basis = "Scenario: not law"
until = 2027-04-05
keys = ["protected", "new_claimant"]

[[rows]]
from = 2026-04-06
values = { protected = 450.00, new_claimant = 217.26 }
source = "Scenario for a test"
'''


@pytest.fixture(scope="module")
def outcomes():
    """The first 120 rows of the synthetic caseload of advice outcomes (with its unreadable rows)."""
    return pd.read_csv(ROOT / "examples" / "synthetic_caseload.csv", dtype=str, keep_default_na=False).iloc[:120]


def _without_charts(md: str) -> str:
    return "\n".join(line for line in md.splitlines() if not line.startswith("!["))


def test_report_from_parquet_parts_equals_the_report_from_one_csv(outcomes, tmp_path, capsys):
    outcomes.iloc[:50].to_parquet(tmp_path / "a.parquet")
    outcomes.iloc[50:].to_parquet(tmp_path / "b.parquet")
    outcomes.to_csv(tmp_path / "all.csv", index=False)
    parts = [str(tmp_path / "a.parquet"), str(tmp_path / "b.parquet")]
    assert main(["caseload", *parts, "--report", str(tmp_path / "parts.md"), "--period", "2025-26",
                 "--errors", str(tmp_path / "errors.csv"), "--out", str(tmp_path / "gains.parquet")]) == 0
    printed = capsys.readouterr().out
    assert main(["caseload", str(tmp_path / "all.csv"), "--report", str(tmp_path / "one.md"), "--period", "2025-26"]) == 0
    one_printed = capsys.readouterr().out
    # The same headline (cases, confirmed, predicted with its interval), the same report, table for table;
    # only the chart of the gain per case needs every case's figure, and is left out.
    assert printed.split(": ", 1)[1].split("\n  rows")[0][:300] == one_printed.split(": ", 1)[1].split("\n  rows")[0][:300]
    parts_md, one_md = (tmp_path / "parts.md").read_text("utf-8"), (tmp_path / "one.md").read_text("utf-8")
    assert _without_charts(parts_md) == _without_charts(one_md)
    assert "parts_distribution" not in parts_md and "one_distribution" in one_md
    assert len(pd.read_parquet(tmp_path / "gains.parquet")) == 120
    # The Python API does the same from the Parquet files.
    write_report(parts, tmp_path / "api.md", made=MADE, plots=False)
    write_report(tmp_path / "all.csv", tmp_path / "api-one.md", made=MADE, plots=False)
    assert (tmp_path / "api.md").read_text("utf-8") == (tmp_path / "api-one.md").read_text("utf-8")


def test_report_from_parquet_refuses_what_it_cannot_do(outcomes, tmp_path, capsys):
    outcomes.iloc[:10].to_parquet(tmp_path / "a.parquet")
    assert main(["caseload", str(tmp_path / "a.parquet"), "--report", str(tmp_path / "r.pdf")]) == 2
    assert "--report" in capsys.readouterr().err
    assert main(["caseload", str(tmp_path / "a.parquet"), "--report", str(tmp_path / "r.md"), "--out",
                 str(tmp_path / "g.csv")]) == 2
    assert "--out" in capsys.readouterr().err and not (tmp_path / "r.md").exists()


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_sweep_command_equals_each_scenario_in_memory(tmp_path, capsys, scheduler):
    # The bundled caseload (10 rows, one unreadable); two protected LCWRA
    # claimants (C001, C005): 2 x (£450.00 - £429.80) = £40.40 a month more
    # under the reform, 4,040p.
    reform = tmp_path / "lcwra-450" / "uc"
    reform.mkdir(parents=True)
    (reform / "lcwra_element.toml").write_text(REFORM)
    csv = ROOT / "examples" / "caseload.csv"
    out = tmp_path / "sweep.csv"
    assert main(["sweep", str(csv), "--scenario", "shipped", "--scenario", f"lcwra 450={reform.parent}",
                 "--on", "2026-05-01", "--scheduler", scheduler, "--json", "--out", str(out)]) == 0
    got = json.loads(capsys.readouterr().out)
    base = estimate_caseload(Caseload.from_csv(csv), on=dt.date(2026, 5, 1)).summary()
    reformed = estimate_caseload(Caseload.from_csv(csv), on=dt.date(2026, 5, 1),
                                 tables=Tables.load(overlays=[reform.parent])).summary()
    assert got["baseline"] == "shipped" and list(got["scenarios"]) == ["shipped", "lcwra 450"]
    assert got["scenarios"]["shipped"]["total_uc_monthly_pence"] == base["total_uc_monthly_pence"]
    assert got["scenarios"]["lcwra 450"]["total_uc_monthly_pence"] == reformed["total_uc_monthly_pence"]
    assert got["scenarios"]["lcwra 450"]["total_uc_monthly_pence_change"] == 2 * (45000 - 42980)
    table = pd.read_csv(out, index_col="scenario")
    assert int(table.loc["lcwra 450", "total_uc_monthly_pence_change"]) == 4040


@pytest.mark.parametrize("scenario, word", [("=x", "NAME"), ("a=/no/such/dir", "overlay"), ("a@sometimes", "POLICY")])
def test_sweep_command_refuses_a_bad_scenario_in_one_line(scenario, word, capsys):
    assert main(["sweep", str(ROOT / "examples" / "caseload.csv"), "--scenario", scenario]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") <= 2 and re.search(word, err, re.I)
