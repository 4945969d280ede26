"""A household file given what it cannot read (a workbook, a CSV table) says
what the file is and where a table goes; JSON's null is a field not given,
as an empty CSV cell is, and "missing" where the field is required."""

from __future__ import annotations

import json

import pytest

from entitlements.cli import main
from entitlements.errors import InputError
from entitlements.io.households import read_household_file


@pytest.mark.parametrize(("name", "data", "what"), [
    ("cases.xlsx", b"PK\x03\x04" + bytes(60), "not a spreadsheet workbook"),
    ("cases.xls", b"\xd0\xcf\x11\xe0" + bytes(60), "not a spreadsheet workbook"),
    ("cases.csv", b"case_id,adult1_age\n1,30\n", "not a CSV table"),
    ("cases.toml", b"PK\x03\x04" + bytes(60), "not a spreadsheet workbook (or another binary file)"),  # renamed workbook
])
def test_a_table_given_as_a_household_file_says_what_it_is(tmp_path, capsys, name, data, what):
    (tmp_path / name).write_bytes(data)
    assert main(["estimate", str(tmp_path / name), "--on", "2026-05-01"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"file: '{name}' is not allowed (expected a household file (.toml or .json), {what}" in err
    assert "entitlements caseload" in err and "TOML" not in err  # not "expected valid TOML (...)"


def test_a_json_list_of_households_points_to_a_caseload(tmp_path):
    p = tmp_path / "h.json"
    p.write_text(json.dumps([{"adults": [{"age": 30}]}]))
    with pytest.raises(InputError, match=r"a list of households is a caseload: Caseload.from_records"):
        read_household_file(p)


def _json(tmp_path, data):
    p = tmp_path / "h.json"
    p.write_text(json.dumps(data))
    return p


def test_json_null_is_a_field_not_given(tmp_path):
    # An owner's rent, an unknown LHA rate, capital, a PIP rate and a date of birth: null is as if absent.
    with_nulls = {"adults": [{"age": 30, "date_of_birth": None, "pip_daily_living": None, "monthly_earnings": 900}],
                  "capital": None, "housing": {"tenure": "owner_occupier", "rent": None, "lha_rate": None}}
    absent = {"adults": [{"age": 30, "monthly_earnings": 900}], "housing": {"tenure": "owner_occupier"}}
    assert read_household_file(_json(tmp_path, with_nulls)) == read_household_file(_json(tmp_path, absent))
    # A private renter's lha_rate null, with its brma given: the rate is not given, the area names it.
    renter = {"adults": [{"age": 30}], "housing": {"tenure": "private_rent", "rent": 650, "rent_period": "month",
                                                  "lha_rate": None, "brma": "Bristol"}}
    h, _ = read_household_file(_json(tmp_path, renter))
    assert h.housing.lha_rate is None and h.housing.rent == 65000


@pytest.mark.parametrize(("data", "message"), [
    ({"adults": [{"age": None}]}, "adults[1].age: missing (expected exactly one of age or date_of_birth)"),
    ({"adults": [{"age": 30}], "housing": {"tenure": "private_rent", "rent": None, "brma": "Bristol"}},
     "housing.rent: missing (expected the rent a private renter pays"),
    ({"adults": [{"age": 30}], "children": [{"date_of_birth": None}]}, "children[1].date_of_birth: missing"),
])
def test_json_null_where_the_field_is_required_is_missing(tmp_path, capsys, data, message):
    assert main(["estimate", str(_json(tmp_path, data)), "--on", "2026-05-01"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
