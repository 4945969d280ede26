"""Caseloads in partitions and scenario sweeps (issue 19, parts 2 and 3),
on a LocalCluster of 2 workers (threads, so the file stays fast): every row
of the partitioned path equals the in-memory path's, to the penny and in
dtype; the summaries added over partitions equal the whole caseload's; a
partition that fails keeps its rows; a sweep's figures equal estimates made
one scenario at a time in memory."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from entitlements import Caseload, Tables, estimate_caseload  # noqa: E402
from entitlements.gain.caseload import caseload_gains  # noqa: E402
from entitlements.gain.partitions import gains_partitioned  # noqa: E402
from entitlements.partitions import estimate_partitioned  # noqa: E402
from entitlements.sweep import RulesScenario, sweep  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ON = dt.date(2026, 5, 1)


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def households():
    """The bundled caseload (10 rows, one unreadable) four times over, ids made unique: 40 rows."""
    one = pd.read_csv(ROOT / "examples" / "caseload.csv", dtype=str, keep_default_na=False)
    frames = []
    for k in range(4):
        f = one.copy()
        f["case_id"] = f["case_id"] + f"-{k}"
        frames.append(f)
    return pd.concat(frames, ignore_index=True)


@pytest.fixture(scope="module")
def outcomes():
    """The first 120 rows of the synthetic caseload of advice outcomes (with its unreadable rows)."""
    return pd.read_csv(ROOT / "examples" / "synthetic_caseload.csv", dtype=str, keep_default_na=False).iloc[:120]


def test_importing_entitlements_imports_no_dask():
    code = ("import sys, entitlements, entitlements.caseload, entitlements.gain.caseload, entitlements.partitions, "
            "entitlements.sweep; from entitlements import estimate_caseload; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'pyarrow')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_estimates_partitioned_equal_in_memory_row_for_row(households, client):
    whole = estimate_caseload(Caseload.from_dataframe(households), on=ON)
    result = estimate_partitioned(dd.from_pandas(households, npartitions=3), on=ON)
    frame, summary = result.compute()
    expected = whole.to_dataframe()
    pd.testing.assert_frame_equal(frame, expected)                 # every value, to the penny, and every dtype
    assert (result.frame.dtypes == expected.dtypes).all()           # the lazy frame says so before computing
    assert {k: v for k, v in summary.items() if k != "errors"} == whole.summary()
    # The unreadable row (examples/caseload.csv row 9, the spreadsheet's, position 7: adult1_age 'forty') in each
    # copy of 10 rows: numbered as the spreadsheet numbers a DataFrame's rows (header row 1), 9, 19, 29, 39.
    assert [e["row"] for e in summary["errors"]] == [9, 19, 29, 39]
    assert estimate_caseload(dd.from_pandas(households, npartitions=2), on=ON).compute().equals(expected)


def test_parquet_in_and_out(households, tmp_path, client):
    src = tmp_path / "in"
    src.mkdir()
    households.iloc[:25].to_parquet(src / "a.parquet")
    households.iloc[25:].reset_index(drop=True).to_parquet(src / "b.parquet")
    summary = estimate_partitioned(src, on=ON).write(tmp_path / "out.parquet")
    back = pd.read_parquet(tmp_path / "out.parquet")
    whole = estimate_caseload(Caseload.from_dataframe(households), on=ON)
    # Text comes back from Parquet with pandas' text dtype (pandas 3: str), not object: values compared.
    pd.testing.assert_frame_equal(back, whole.to_dataframe(), check_dtype=False)
    assert summary["total_uc_monthly_pence"] == whole.summary()["total_uc_monthly_pence"]
    assert sorted(p.name for p in (tmp_path / "out.parquet").iterdir()) == ["part.0.parquet", "part.1.parquet"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left behind
    # A glob, and written again over the first (replaced whole).
    estimate_partitioned(str(src / "*.parquet"), on=ON).write(tmp_path / "out.parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out.parquet"), whole.to_dataframe(), check_dtype=False)


def test_a_partition_that_fails_keeps_its_rows(households, client, monkeypatch):
    import entitlements.caseload as caseload_module

    real = caseload_module.estimate_caseload

    def failing(cl, **kw):
        if any(str(i).endswith("-1") for i in cl.ids):
            raise MemoryError("out of memory")
        return real(cl, **kw)

    monkeypatch.setattr(caseload_module, "estimate_caseload", failing)
    frame, summary = estimate_partitioned(dd.from_pandas(households, npartitions=4), on=ON).compute()
    assert len(frame) == 40 and frame["case_id"].tolist() == households["case_id"].tolist()   # no row lost
    lost = frame[frame["case_id"].str.endswith("-1")]
    assert len(lost) == 10 and not lost["valid"].any() and lost["uc_award"].isna().all()
    assert lost["error"].eq("partition 2 could not be estimated: MemoryError: out of memory").all()
    assert summary["cases"] == 40 and summary["cases_with_errors"] == 10 + 3  # the other copies' unreadable row
    assert [e["row"] for e in summary["errors"] if "partition 2" in e["reason"]] == list(range(11, 21))


def test_gains_partitioned_equal_in_memory(outcomes, client):
    whole = caseload_gains(outcomes)
    frame, summary = gains_partitioned(dd.from_pandas(outcomes, npartitions=3)).compute()
    expected = whole.to_dataframe()
    pd.testing.assert_frame_equal(frame, expected)
    s = whole.summary()

    def blocks(tree, path=""):
        """(path, weighted LCW count) of every block, and the tree without them."""
        found, rest = [], {}
        for k, v in tree.items():
            if k == "patients_gaining_lcw_or_lcwra_weighted" and path != "/health":
                found.append((path, v))
            elif isinstance(v, dict):
                f, r = blocks(v, f"{path}/{k}")
                found += f
                rest[k] = r
            else:
                rest[k] = v
        return found, rest

    (w_whole, s), (w_parts, summary_rest) = blocks(s), blocks(summary)
    # Engine counts depend on how cases share a day across the caseload: not results (gain/partitions.py).
    differ = {k for k in s if s[k] != summary_rest[k]}
    assert differ <= {"engine"}, differ
    # Each block's weighted count of patients: the 3 parts' rounded figures added (gain/partitions.py).
    assert [p for p, _ in w_whole] == [p for p, _ in w_parts]
    assert all(abs(a - b) <= 3 * 0.005 + 1e-9 for (_, a), (_, b) in zip(w_whole, w_parts))
    assert summary["uncertainty"] == s["uncertainty"] and summary["distribution_of_annual_gain"] == s["distribution_of_annual_gain"]
    assert caseload_gains(dd.from_pandas(outcomes, npartitions=2)).compute().equals(expected)


def test_a_part_with_no_case_projected_has_every_column(outcomes, client):
    # Rows 0-1 unreadable (adult1_age -3), rows 2-5 fine: cut in two, the first part projects nothing.
    df = pd.concat([outcomes.iloc[:2].assign(adult1_age="-3"), outcomes.iloc[2:6]], ignore_index=True)
    frame, summary = gains_partitioned(dd.from_pandas(df, npartitions=2)).compute()
    expected = caseload_gains(df).to_dataframe()
    pd.testing.assert_frame_equal(frame, expected)
    assert frame["annual_gain_pence"].iloc[:2].isna().all() and summary["cases_with_errors"] >= 2


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


def test_sweep_equals_each_scenario_in_memory(households, tmp_path, client):
    reform = tmp_path / "lcwra-450" / "uc"
    reform.mkdir(parents=True)
    (reform / "lcwra_element.toml").write_text(REFORM)
    scenarios = [RulesScenario("shipped"), RulesScenario("lcwra 450", overlays=[reform.parent]),
                 {"name": "strict", "rates_after": "strict"}]
    table = sweep(dd.from_pandas(households, npartitions=3), scenarios, on=ON, client=client)
    base = estimate_caseload(Caseload.from_dataframe(households), on=ON).summary()
    reformed = estimate_caseload(Caseload.from_dataframe(households), on=ON,
                                 tables=Tables.load(overlays=[reform.parent])).summary()
    assert list(table.index) == ["shipped", "lcwra 450", "strict"]
    assert table.loc["shipped", "total_uc_monthly_pence"] == base["total_uc_monthly_pence"]
    assert table.loc["lcwra 450", "total_uc_monthly_pence"] == reformed["total_uc_monthly_pence"]
    # The bundled caseload has two protected LCWRA claimants (C001, C005), four copies each: 8 x (£450.00 - £429.80).
    assert table.loc["lcwra 450", "total_uc_monthly_pence_change"] == 8 * (45000 - 42980)
    assert table.loc["strict", "total_uc_monthly_pence_change"] == 0   # 1 May 2026 is inside the tables
    assert table.attrs["summaries"]["lcwra 450"]["cases_with_errors"] == 4


def test_sweep_of_gains(outcomes, client):
    table = sweep(dd.from_pandas(outcomes, npartitions=2), [RulesScenario("shipped"), RulesScenario("uprate", rates_after="uprate:3")],
                  measure="gains", client=client)
    whole = caseload_gains(outcomes).summary()
    assert table.loc["shipped", "annual_gain_weighted_pence"] == whole["totals"]["annual_gain_weighted_pence"]
    assert table.loc["shipped", "annual_gain_lower_pence"] == whole["uncertainty"]["annual_gain"]["lower_pence"]
    uprated = caseload_gains(outcomes, rates_after="uprate:3").summary()
    assert table.loc["uprate", "projected_gain_pence"] == uprated["totals"]["projected_gain_pence"]


def test_sweep_refuses_bad_scenarios(households, client):
    from entitlements.errors import InputError

    with pytest.raises(InputError, match="names that differ"):
        sweep(households, [RulesScenario("a"), RulesScenario("a")], on=ON, client=client)
    with pytest.raises(InputError, match="baseline"):
        sweep(households, [RulesScenario("a")], on=ON, baseline="b", client=client)
    with pytest.raises(InputError, match="overlays"):
        sweep(households, [{"name": "a", "overlay": "x"}], on=ON, client=client)


def test_command_for_parquet_files(households, tmp_path, capsys):
    from entitlements.cli import main

    households.iloc[:20].to_parquet(tmp_path / "a.parquet")
    households.iloc[20:].to_parquet(tmp_path / "b.parquet")
    out = tmp_path / "results.parquet"
    assert main(["caseload", str(tmp_path / "a.parquet"), str(tmp_path / "b.parquet"), "--on", "2026-05-01",
                 "--out", str(out), "--errors", str(tmp_path / "errors.csv")]) == 0
    printed = capsys.readouterr().out
    whole = estimate_caseload(Caseload.from_dataframe(households), on=ON)
    s = whole.summary()
    # 40 rows, 4 unreadable; the in-memory total in pounds.
    assert printed.startswith("40 cases read from 2 files; 36 estimated, 4 with errors")
    assert f"total UC a month: £{s['total_uc_monthly_pence'] // 100:,}.{s['total_uc_monthly_pence'] % 100:02d}" in printed
    pd.testing.assert_frame_equal(pd.read_parquet(out), whole.to_dataframe(), check_dtype=False)
    assert (tmp_path / "errors.csv").read_text().count("adult1_age") == 12   # 4 rows: field, reason and message each
    assert main(["caseload", str(tmp_path / "a.parquet"), "--out", str(tmp_path / "x.csv")]) == 2
    assert "--out" in capsys.readouterr().err


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 39), min_size=1, max_size=40, unique=True), st.integers(1, 5))
def test_any_rows_in_any_number_of_parts_equal_in_memory(households, rows, parts):
    """Property: whichever rows, cut into however many parts, the results are the in-memory ones (threads, no cluster)."""
    import dask

    df = households.iloc[sorted(rows)].reset_index(drop=True)
    whole = estimate_caseload(Caseload.from_dataframe(df), on=ON)
    with dask.config.set(scheduler="sync"):
        frame, summary = estimate_partitioned(dd.from_pandas(df, npartitions=min(parts, len(df))), on=ON).compute()
    pd.testing.assert_frame_equal(frame, whole.to_dataframe())
    assert {k: v for k, v in summary.items() if k != "errors"} == whole.summary()


def test_a_case_id_on_rows_of_two_partitions_is_counted_as_in_memory(outcomes, client):
    # Row 1's id given again to rows 61 and 101 (other partitions of 3), and row 2's to row 3 (the same partition):
    # 2 ids repeat, on 5 rows, in memory and over the partitions (a part's own count would miss the first).
    df = outcomes.copy()
    ids = df["case_id"].tolist()
    df.loc[df.index[[60, 100]], "case_id"] = ids[0]
    df.loc[df.index[2], "case_id"] = ids[1]
    whole = caseload_gains(df).summary()["repeated_case_ids"]
    assert whole == {"ids": 2, "rows": 5}
    assert gains_partitioned(dd.from_pandas(df, npartitions=3)).summary()["repeated_case_ids"] == whole


def test_as_of_reaches_every_partition(outcomes, client):
    # A confirmed decision in 2099 (a slip for 2025) is an error row in whichever partition it falls, as in memory.
    import datetime as dt

    df = outcomes.copy()
    df.loc[df.index[70], ["decision_date", "confirmed"]] = ["2099-07-20", "yes"]
    whole = caseload_gains(df, as_of=dt.date(2026, 12, 7))
    parts = gains_partitioned(dd.from_pandas(df, npartitions=3), as_of=dt.date(2026, 12, 7)).summary()
    assert not whole.valid[70] and whole.reasons[70].startswith("decision_date: '2099-07-20' is not allowed")
    assert parts["cases_with_errors"] == whole.summary()["cases_with_errors"]
    assert any(e["reason"] == whole.reasons[70] for e in parts["errors"])
