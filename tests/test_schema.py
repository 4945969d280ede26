"""The JSON Schemas of the household file and the caseload: in step with the
household classes, and the shipped examples valid against them."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import attrs
import jsonschema
import pytest

from entitlements.io.schema import SCHEMAS, schema_json

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = ROOT / "docs" / "schema"
EXE = Path(sys.executable).parent / "entitlements"


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_the_published_schema_is_in_step_with_the_classes(name):
    # A new or changed household field fails here until the file is regenerated.
    published = (PUBLISHED / f"{name}.schema.json").read_text("utf-8")
    assert published == schema_json(name), (
        f"docs/schema/{name}.schema.json is out of date: run "
        f"`entitlements schema {name} --out docs/schema/{name}.schema.json` and commit it")


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_the_schemas_are_valid_json_schemas(name):
    jsonschema.Draft202012Validator.check_schema(SCHEMAS[name]())


def _iso(value):
    """A TOML file's dates as the ISO text a JSON file would hold."""
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


HOUSEHOLD_FILES = sorted((ROOT / "examples").glob("*.toml"))


@pytest.mark.parametrize("path", HOUSEHOLD_FILES, ids=[p.name for p in HOUSEHOLD_FILES])
def test_the_example_household_files_are_valid(path):
    data = _iso(tomllib.loads(path.read_text("utf-8")))
    jsonschema.validate(data, SCHEMAS["household"]())


@pytest.mark.parametrize("name", ["caseload.csv", "synthetic_caseload.csv"])
def test_the_example_caseloads_are_valid(name):
    with open(ROOT / "examples" / name, encoding="utf-8-sig", newline="") as f:
        rows = [{k: v for k, v in r.items() if v.strip()} for r in csv.DictReader(f)]
    assert len(rows) >= 10
    schema = SCHEMAS["caseload"]()
    validator = jsonschema.Draft202012Validator(schema)
    # The rows the schema refuses are rows the reader refuses too (numbered as the
    # spreadsheet numbers lines: the header is line 1).
    bad = {i + 1 for i, r in enumerate(rows, start=1) if not validator.is_valid([r])}
    assert bad, "each example holds a deliberate mistake"
    if name == "caseload.csv":  # households only: the reader's own row errors
        from entitlements import Caseload

        refused = {e.row for e in Caseload.from_csv(ROOT / "examples" / name).errors}
        assert bad == refused
    else:  # households with advice outcomes
        from entitlements import caseload_gains

        refused = {e["row"] for e in caseload_gains(ROOT / "examples" / name).errors()}
        assert bad <= refused


@pytest.mark.parametrize("bad, why", [
    ({"adults": []}, "should be non-empty"),
    ({"adults": [{"age": 30, "dla_care": "sometimes"}]}, "'sometimes' is not one of"),
    ({"adults": [{"age": 30}], "capital": -5}, "less than the minimum"),
    ({"adults": [{"age": 30}], "capitl": 5}, "Additional properties"),
    ({"adults": [{"age": 30}], "children": [{"sex": "female"}]}, "'date_of_birth' is a required property"),
    ({"adults": [{"monthly_earnings": 900}]}, "is not valid under any of the given schemas"),
    ({"adults": [{"age": 30}], "housing": {"tenure": "castle"}}, "'castle' is not one of"),
    ({"adults": [{"age": 30}], "housing": {"tenure": "social_rent", "bedrooms": 1}}, "not valid under any"),  # no rent
    ({"adults": [{"age": 30}], "housing": {"tenure": "private_rent", "rent": 90, "brma": None}}, "should not be valid"),
    ({"adults": [{"age": None}]}, "should not be valid"),  # null is not given: neither age nor date of birth
])
def test_a_household_the_reader_refuses_the_schema_refuses(bad, why):
    from entitlements.errors import InputError
    from entitlements.io.households import household_from_mapping

    with pytest.raises(jsonschema.ValidationError, match=why):
        jsonschema.validate(bad, SCHEMAS["household"]())
    with pytest.raises(InputError):
        household_from_mapping(bad)


def test_the_command_prints_and_writes_the_schema(tmp_path):
    assert EXE.exists(), "the entitlements command is not installed: pip install -e ."
    r = subprocess.run([str(EXE), "schema", "household"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and json.loads(r.stdout)["title"] == "entitlements household file"
    out = tmp_path / "c.json"
    r = subprocess.run([str(EXE), "schema", "caseload", "--out", str(out)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert out.read_text("utf-8") == schema_json("caseload")


def _with_null(where: str, name: str) -> dict:
    """A valid household with one field given as JSON null at ``where``."""
    base = {"adults": [{"age": 30}], "children": [{"date_of_birth": "2015-06-01"}],
            "housing": {"tenure": "social_rent", "rent": 500, "rent_period": "month", "bedrooms": 2,
                        "non_dependants": [{"age": 30}]}}
    target = {"household": base, "adult": base["adults"][0], "child": base["children"][0],
              "housing": base["housing"], "non_dependant": base["housing"]["non_dependants"][0]}[where]
    target[name] = None
    return base


def _fields(where: str):
    from entitlements.household import Adult, Child, Household, Housing, NonDependant

    cls = {"household": Household, "adult": Adult, "child": Child, "housing": Housing,
           "non_dependant": NonDependant}[where]
    skip = {"adults", "children", "housing", "non_dependants"}
    return [f for f in attrs.fields(cls) if f.name not in skip]


@pytest.mark.parametrize("where", ["household", "adult", "child", "housing", "non_dependant"])
def test_null_is_allowed_exactly_where_the_reader_takes_it_as_not_given(where):
    # JSON null means "not given" (as an empty CSV cell does): the schema allows it
    # wherever the reader does, and refuses it where the reader gives a one-line error.
    from entitlements.errors import InputError
    from entitlements.io.households import household_from_mapping

    validator = jsonschema.Draft202012Validator(SCHEMAS["household"]())
    checked = 0
    for f in _fields(where):
        data = _with_null(where, f.name)
        if where == "adult" and f.name == "age":
            data["adults"][0]["date_of_birth"] = "1990-01-01"  # age null: the date of birth given instead
        try:
            household_from_mapping(data)
            reader_takes = True
        except InputError:
            reader_takes = False
        assert validator.is_valid(data) == reader_takes, (where, f.name, reader_takes)
        checked += 1
    assert checked >= 1
