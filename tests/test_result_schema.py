"""The JSON Schemas of the results (entitlements.result_schema): published
beside the input schemas, in step with the result classes, and every real
output of ``entitlements estimate --json`` and ``entitlements check --json``
(and of ``Estimate.to_dict()``, ``BenefitCheck.to_dict()`` over generated
households), ``entitlements gain --json`` and ``entitlements caseload FILE
--json`` valid against them; an output with a key more or less is not."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from entitlements import estimate
from entitlements.check import check
from entitlements.cli import main
from entitlements.result_schema import RESULT_SCHEMAS as SCHEMAS
from entitlements.result_schema import result_schema_json as schema_json
from strategies import household_and_period

import gain_scenarios

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = ROOT / "docs" / "schema"
RESULTS = ("estimate", "check", "gain", "caseload-summary", "caseload-report", "caseload-check")

#: Households across what the results hold: UC only, a private renter with council tax, pensioners with Pension
#: Credit, Housing Benefit and CTR in England, Wales and Scotland, a council whose working-age scheme is not shipped
#: (CTR check needed), a couple where which claims HB decides it, a date past the tables (rates held).
FLAGS = [
    ["examples/household.toml"],
    ["--age", "34", "--earnings", "900/month", "--child", "2019-05-01", "--lcwra", "--on", "2026-05-01"],
    ["--age", "28", "--private", "--rent", "750/month", "--lha", "560/month", "--gross-earnings", "1200", "--on",
     "2026-05-01"],
    ["--age", "74", "--state-pension", "176.45", "--private", "--rent", "650/month", "--brma", "Coventry", "--council",
     "Coventry", "--council-tax-band", "B", "--on", "2026-06-01"],
    ["--age", "70", "--state-pension", "120", "--social", "--rent", "95/week", "--council", "Cardiff", "--nation",
     "wales", "--council-tax-band", "C", "--on", "2026-06-01"],
    ["--age", "80", "--state-pension", "230", "--social", "--rent", "90/week", "--council", "Glasgow City", "--nation",
     "scotland", "--council-tax-band", "D", "--on", "2026-06-01"],
    ["--age", "40", "--social", "--rent", "120/week", "--bedrooms", "3", "--child", "2014-01-01:girl",
     "--non-dependant", "25", "--council", "Leeds", "--council-tax-band", "A", "--on", "2026-06-01"],
    ["--age", "70", "--partner-age", "60", "--state-pension", "120", "--social", "--rent", "100/week", "--bedrooms",
     "1", "--on", "2026-06-01"],
    ["--age", "30", "--on", "2028-05-01", "--rates-after", "hold"],
]


def _validate(name: str, data) -> None:
    jsonschema.Draft202012Validator(SCHEMAS[name]()).validate(data)


@pytest.mark.parametrize("name", RESULTS)
def test_the_published_result_schema_is_in_step_with_the_classes(name):
    path = PUBLISHED / f"{name}.schema.json"
    assert path.exists() and path.read_text("utf-8") == schema_json(name), (
        f"docs/schema/{name}.schema.json is out of date: run "
        f"`entitlements schema {name} --out docs/schema/{name}.schema.json` and commit it")


@pytest.mark.parametrize("name", RESULTS)
def test_the_result_schemas_are_valid_json_schemas(name):
    jsonschema.Draft202012Validator.check_schema(SCHEMAS[name]())


@pytest.mark.parametrize("command", ["estimate", "check"])
@pytest.mark.parametrize("flags", FLAGS, ids=range(len(FLAGS)))
def test_what_the_command_prints_is_valid(command, flags, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    got = main([command, *flags, "--json"])
    out = capsys.readouterr().out
    assert got == 0, out
    _validate(command, json.loads(out))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(household_and_period())
def test_generated_households_results_are_valid(hp):
    h, on = hp
    _validate("estimate", json.loads(json.dumps(estimate(h, on=on).to_dict())))
    _validate("check", json.loads(json.dumps(check(h, on=on).to_dict())))


def test_the_schemas_refuse_a_key_more_or_less():
    from entitlements import Adult, Household

    d = json.loads(json.dumps(estimate(Household(adults=Adult(age=30)), on=dt.date(2026, 5, 1)).to_dict()))
    _validate("estimate", d)
    for change in (lambda x: x["universal_credit"]["calculation"].pop("award"),
                   lambda x: x["universal_credit"]["calculation"]["housing"].update(new_step=1),
                   lambda x: x.update(extra=None),
                   lambda x: x["universal_credit"]["calculation"].update(lcwra_protected=0)):
        bad = copy.deepcopy(d)
        change(bad)
        with pytest.raises(jsonschema.ValidationError):
            _validate("estimate", bad)


def test_the_command_prints_and_writes_the_result_schemas(tmp_path, capsys):
    assert main(["schema", "estimate"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "entitlements estimate"
    out = tmp_path / "c.json"
    assert main(["schema", "check", "--out", str(out)]) == 0
    assert out.read_text("utf-8") == schema_json("check")


#: Income gains across what the result holds: UC periods with arrears (LCWRA), a pensioner's Attendance Allowance
#: with Pension Credit, HB and CTR changes, Carer's Allowance in Scotland (the supplements' annual_due), a housing
#: change (an outcome's changes), a predicted outcome at appeal.
GAIN_FLAGS = [
    ["examples/before-lcwra.toml", "--with", "lcwra_found", "--from", "2025-01-10", "--decided", "2025-07-20"],
    ["--age", "75", "--state-pension", "230", "--social", "--rent", "100/week", "--council", "Coventry",
     "--council-tax-band", "B", "--with", "benefit_claimed", "--benefit", "attendance_allowance", "--award-aa", "higher",
     "--from", "2025-05-01", "--decided", "2025-07-01", "--confirmed"],
    ["--age", "40", "--carer", "--nation", "scotland", "--with", "carers_allowance", "--from", "2025-06-01", "--decided",
     "2025-08-01", "--confirmed"],
    ["--age", "30", "--private", "--rent", "700/month", "--lha", "600/month", "--with", "pip_awarded",
     "--award-pip-daily-living", "enhanced", "--from", "2025-03-01", "--decided", "2025-09-01", "--stage", "appeal"],
    ["examples/before-lcwra.toml", "--after", "examples/after-lcwra.toml"],
]


@pytest.mark.parametrize("flags", GAIN_FLAGS, ids=range(len(GAIN_FLAGS)))
def test_what_the_gain_command_prints_is_valid(flags, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    got = main(["gain", *flags, "--json", "--as-of", "2026-12-07"])
    out = capsys.readouterr().out
    assert got == 0, out
    _validate("gain", json.loads(out))


def test_generated_gains_are_valid():
    import random

    from entitlements import income_gain

    from entitlements.errors import EntitlementsError

    r = random.Random(20261207)
    makers = [gain_scenarios.scenario] * 30 + [gain_scenarios.pension_age_scenario] * 12
    makers += [gain_scenarios.scottish_carer_scenario] * 6
    checked = 0
    for make in makers:
        try:  # a generated case refused for its own reason is not this test's
            g = income_gain(make(r), rates_after="hold")
        except EntitlementsError:
            continue
        _validate("gain", json.loads(json.dumps(g.to_dict())))
        checked += 1
    assert checked >= 25


#: Caseloads across what the summary holds: a row with an error, a date past the tables
#: (rates held: assumptions in words), a file in another encoding, every row with an error.
def _caseloads(tmp_path):
    bad = tmp_path / "all-bad.csv"
    bad.write_text("case_id,adult1_age\nA,forty\nB,-3\n", "utf-8")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("case_id,practice,adult1_age\nC1,Caf\xe9,34\n".encode("latin-1"))
    return [
        ["examples/caseload.csv", "--on", "2026-05-01"],
        ["examples/caseload.csv", "--on", "2028-05-01", "--rates-after", "hold"],
        [str(latin), "--on", "2026-05-01"],
        [str(bad), "--on", "2026-05-01"],
    ]


def test_what_the_caseload_command_prints_is_valid(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    seen = set()
    for flags in _caseloads(tmp_path):
        got = main(["caseload", *flags, "--json"])
        out = capsys.readouterr().out
        assert got == 0, out
        d = json.loads(out)
        _validate("caseload-summary", d)
        seen |= {k for k, v in d.items() if v}
    # the cases above reach every key with something in it (assumptions, errors, the encoding)
    assert seen >= {"assumptions", "errors", "errors_by_reason", "encoding", "cases_with_assumed_rates"}, seen


def test_a_partitioned_caseload_summary_is_valid(tmp_path, capsys, monkeypatch):
    pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(ROOT)
    part = tmp_path / "cases.parquet"
    pd.read_csv("examples/caseload.csv").to_parquet(part)
    got = main(["caseload", str(part), "--on", "2026-06-01", "--json"])
    out = capsys.readouterr().out
    assert got == 0, out
    _validate("caseload-summary", json.loads(out))


def test_the_caseload_summary_schema_is_in_step_with_the_method():
    from entitlements import Adult, Household, estimate_caseload
    from entitlements.result_schema import _CASELOAD_SUMMARY

    s = estimate_caseload([Household(adults=Adult(age=30))], on=dt.date(2026, 5, 1)).summary()
    assert list(s) == list(_CASELOAD_SUMMARY)


def test_the_caseload_summary_schema_refuses_a_key_more_or_less(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["caseload", "examples/caseload.csv", "--on", "2026-05-01", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    for change in (lambda x: x.pop("cases"), lambda x: x.pop("errors_by_reason"), lambda x: x.update(extra=1),
                   lambda x: x["errors_by_reason"][0].update(rows=0), lambda x: x.update(total_uc_monthly_pence="£1")):
        bad = copy.deepcopy(d)
        change(bad)
        with pytest.raises(jsonschema.ValidationError):
            _validate("caseload-summary", bad)


# -- the summaries of `caseload FILE --report R --json` and `caseload FILE --check --json` -------------------------


def _report_outputs(tmp_path):
    """What `caseload --report --json` prints: a CSV caseload of outcomes (rows with errors), with --out too, and
    the same caseload as a partitioned Parquet dataset (where Dask is installed)."""
    yield ["examples/synthetic_caseload.csv", "--report", str(tmp_path / "r.html"), "--as-of", "2026-05-01"]
    yield ["examples/synthetic_caseload.csv", "--report", str(tmp_path / "r.md"), "--out", str(tmp_path / "g.csv"),
           "--as-of", "2026-05-01"]
    try:
        import dask.dataframe  # noqa: F401
        import pandas as pd
        import pyarrow  # noqa: F401
    except ImportError:
        return
    part = tmp_path / "cases.parquet"
    pd.read_csv("examples/synthetic_caseload.csv", dtype=str).to_parquet(part)
    yield [str(part), "--report", str(tmp_path / "p.html"), "--as-of", "2026-05-01"]


def test_what_the_caseload_report_prints_is_valid(tmp_path, capsys, monkeypatch):
    from entitlements.result_schema import _CASELOAD_REPORT

    monkeypatch.chdir(ROOT)
    outputs = 0
    for flags in _report_outputs(tmp_path):
        got = main(["caseload", *flags, "-q", "--json"])
        out = capsys.readouterr().out
        assert got == 0, out
        d = json.loads(out)
        _validate("caseload-report", d)
        assert tuple(d) == _CASELOAD_REPORT  # a CSV caseload's and a Parquet caseload's alike
        assert d["errors_by_reason"] and d["cases_with_errors"]
        outputs += 1
    assert outputs == (3 if _has_dask() else 2)


def _has_dask() -> bool:
    try:
        import dask.dataframe  # noqa: F401
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def test_the_report_totals_schema_is_in_step_with_the_summary():
    from entitlements import caseload_gains
    from entitlements.result_schema import _GAIN_TOTALS

    g = caseload_gains(ROOT / "examples" / "synthetic_caseload.csv", as_of=dt.date(2026, 5, 1))
    assert list(g.summary()["totals"]) == list(_GAIN_TOTALS)


def _check_caseload_file(tmp_path) -> Path:
    import csv

    with (ROOT / "examples" / "caseload.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    p = tmp_path / "check.csv"
    with p.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=[*rows[0], "claims_universal_credit", "claims_pension_credit"])
        w.writeheader()
        for i, r in enumerate(rows * 3):  # 30 cases: some groups shown, some suppressed
            w.writerow({**r, "case_id": str(i), "claims_universal_credit": "yes" if i % 3 == 0 else "no",
                        "claims_pension_credit": "no"})
    return p


def test_what_the_caseload_check_prints_is_valid(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    p = _check_caseload_file(tmp_path)
    seen = set()
    for flags in ([], ["--group-by", "practice"], ["--group-by", "imd_decile", "--out", str(tmp_path / "f.csv")]):
        assert main(["caseload", str(p), "--check", "-q", "--json", "--on", "2026-05-01", *flags]) == 0
        d = json.loads(capsys.readouterr().out)
        _validate("caseload-check", d)
        seen |= {k for k, v in d.items() if v}
        groups = [g for rows in d["by_group"].values() for g in rows]
        seen |= {"suppressed" for g in groups if g["suppressed"]} | {"shown" for g in groups if g["cases"] is not None}
    assert seen >= {"by_benefit", "by_certainty", "asks", "by_group", "cases_with_errors", "suppressed", "shown"}, seen


def test_the_caseload_check_summary_schema_is_in_step_with_the_method(tmp_path):
    from entitlements import Caseload
    from entitlements.check import check_caseload

    s = check_caseload(Caseload.from_csv(_check_caseload_file(tmp_path)), on=dt.date(2026, 5, 1)).summary()
    assert list(s) == list(SCHEMAS["caseload-check"]()["properties"])
    # Each case on its own date: "first to last".
    _validate("caseload-check", {**s, "on": "2026-05-01 to 2026-06-01"})


@pytest.mark.parametrize("name, command", [
    ("caseload-report", ["caseload", "examples/synthetic_caseload.csv", "--report", "{tmp}/r.html", "--as-of", "2026-05-01"]),
    ("caseload-check", ["caseload", "{check}", "--check", "--on", "2026-05-01", "--group-by", "practice"]),
])
def test_the_report_and_check_schemas_refuse_a_key_more_or_less(tmp_path, capsys, monkeypatch, name, command):
    monkeypatch.chdir(ROOT)
    check = _check_caseload_file(tmp_path)
    assert main([c.format(tmp=tmp_path, check=check) for c in command] + ["-q", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    first = next(iter(d))
    changes = [lambda x: x.pop(first), lambda x: x.update(extra=1), lambda x: x.update(rules=1)]
    if name == "caseload-report":
        changes += [lambda x: x["totals"].pop("cases"), lambda x: x["totals"].update(annual_gain_pence="£1"),
                    lambda x: x["uncertainty"].update(method="guess"), lambda x: x["errors_by_reason"][0].update(rows=0)]
    else:
        changes += [lambda x: x["by_certainty"].update(surely={}), lambda x: x["by_benefit"]["Universal Credit"].pop("patients"),
                    lambda x: x["by_group"]["practice"][0].update(cases="3")]
    for change in changes:
        bad = copy.deepcopy(d)
        change(bad)
        with pytest.raises(jsonschema.ValidationError):
            _validate(name, bad)
