"""A renter's rent is never silently £0 (QA "not fixed" 1).

``Housing.rent`` not given (None) is an error for the renting tenures,
named as each input names it: ``rent`` (the API), ``housing.rent`` (a
household file), ``housing_rent`` (a caseload row, which becomes an error
row with its spreadsheet row number), ``--rent`` (the command line). 0 given
is a rent of nothing. In a caseload with a ``housing_rent_period`` column, a
rent over £0 with that cell blank is an error, not a month; a caseload
without the column takes every rent as monthly.

The worked figures: a single claimant aged 30 in a one-bedroom social home
(one bedroom allowed, SI 2013/376 Sch 4 para 10: no under-occupancy
deduction, para 36), so the housing costs element is the rent a month
(Sch 4 para 7: weekly x 52 / 12).
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from entitlements import Adult, Caseload, Household, InputError, estimate, estimate_caseload
from entitlements.household import RENTING_TENURES, TENURES, Housing
from entitlements.io.households import read_household_file

ON = dt.date(2026, 5, 1)
ROOT = Path(__file__).resolve().parents[1]
EXE = ROOT / ".venv" / "bin" / "entitlements"

#: What each renting tenure needs beside its rent.
_BESIDE = {"social_rent": {"bedrooms": 1}, "private_rent": {"lha_rate": 50000}, "supported_or_temporary": {}}


def test_the_renting_tenures_are_every_tenure_but_the_owner_occupier():
    assert set(RENTING_TENURES) == set(TENURES) - {"owner_occupier"}


@pytest.mark.parametrize("tenure", RENTING_TENURES)
def test_a_renter_without_a_rent_is_refused_in_the_model(tenure):
    with pytest.raises(InputError) as e:
        Housing(tenure=tenure, **_BESIDE[tenure])
    assert e.value.field == "rent" and e.value.value is None
    assert str(e.value).startswith("rent: missing (expected the rent ")
    assert "0 if none is paid" in str(e.value)
    # Through the API's estimate, the same error before any work is done.
    with pytest.raises(InputError, match="^rent: missing"):
        estimate(Household(adults=Adult(age=30), housing=Housing(tenure=tenure, **_BESIDE[tenure])), on=ON)


def test_a_rent_of_0_given_is_kept_apart_from_none_and_gives_no_housing_cost():
    zero = Housing(tenure="social_rent", rent=0, bedrooms=1)
    assert zero.rent == 0
    r = estimate(Household(adults=Adult(age=30), housing=zero), on=ON)
    assert int(r.universal_credit.calculation.housing.element) == 0  # min(0 rent, ...) = £0.00


def test_an_owner_occupier_needs_no_rent_and_has_no_housing_costs_element():
    own = Housing(tenure="owner_occupier")
    assert own.rent is None
    r = estimate(Household(adults=Adult(age=30), housing=own), on=ON)
    assert int(r.universal_credit.calculation.housing.element) == 0


def test_a_weekly_social_rent_given_is_the_element_a_month():
    # £100.00 a week x 52 / 12 = £433.333..., £433.33 (reg 6(1) rounding)
    h = Housing(tenure="social_rent", rent=10000, rent_period="week", bedrooms=1)
    r = estimate(Household(adults=Adult(age=30), housing=h), on=ON)
    assert int(r.universal_credit.calculation.housing.element) == 43333


@pytest.mark.parametrize("suffix, text", [
    (".toml", '[[adults]]\nage = 30\n[housing]\ntenure = "social_rent"\nbedrooms = 1\n'),
    (".json", '{"adults": [{"age": 30}], "housing": {"tenure": "private_rent", "lha_rate": 500}}'),
])
def test_a_household_file_renter_without_a_rent_names_housing_rent(tmp_path, suffix, text):
    p = tmp_path / f"h{suffix}"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_household_file(p)
    assert e.value.field == "housing.rent" and e.value.value is None
    assert "0 if none is paid" in str(e.value)


def _csv(tmp_path, header: list[str], rows: list[list[str]]) -> Path:
    p = tmp_path / "cases.csv"
    p.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    return p


_HEADER = ["case_id", "adult1_age", "housing_tenure", "housing_rent", "housing_rent_period", "housing_bedrooms"]


def test_a_caseload_renter_with_a_blank_rent_is_an_error_row_naming_housing_rent(tmp_path):
    p = _csv(tmp_path, _HEADER, [
        ["a", "30", "social_rent", "400", "month", "1"],  # row 2: £400.00 a month
        ["b", "30", "social_rent", "", "month", "1"],  # row 3: no rent
        ["c", "30", "owner_occupier", "", "", ""],  # row 4: an owner needs none
        ["d", "30", "social_rent", "0", "", "1"],  # row 5: 0 given, no period needed
    ])
    res = estimate_caseload(Caseload.from_csv(p), on=ON)
    assert len(res.caseload) == 4  # rows in = rows out
    assert res.valid.tolist() == [True, False, True, True]
    (e,) = res.caseload.errors
    assert e.row == 3 and e.field == "housing_rent" and e.value is None
    assert "row 3" in str(e) and "housing_rent: missing" in str(e) and "0 if none is paid" in str(e)
    assert res.calculation.housing.element.tolist()[:1] == [40000]  # £400.00 a month, nothing taken off
    assert int(res.calculation.housing.element[3]) == 0


def test_a_caseload_of_renters_without_a_rent_column_is_an_error_row_each(tmp_path):
    p = _csv(tmp_path, ["case_id", "adult1_age", "housing_tenure", "housing_bedrooms"],
             [["a", "30", "social_rent", "1"], ["b", "30", "owner_occupier", ""]])
    res = estimate_caseload(Caseload.from_csv(p), on=ON)
    assert res.valid.tolist() == [False, True]
    (e,) = res.caseload.errors
    assert e.row == 2 and e.field == "housing_rent"


def test_a_caseload_rent_with_its_period_cell_blank_is_an_error_row_not_a_month(tmp_path):
    p = _csv(tmp_path, _HEADER, [
        ["a", "30", "social_rent", "100", "week", "1"],  # row 2
        ["b", "30", "social_rent", "100", "", "1"],  # row 3: was taken as £100.00 a month
    ])
    res = estimate_caseload(Caseload.from_csv(p), on=ON)
    assert res.valid.tolist() == [True, False]
    (e,) = res.caseload.errors
    assert e.row == 3 and e.field == "housing_rent_period" and e.value is None
    assert "week, two_weeks, four_weeks, month, three_months or year" in str(e)
    assert int(res.calculation.housing.element[0]) == 43333  # £100 x 52 / 12


def test_a_caseload_without_a_rent_period_column_takes_each_rent_as_a_month(tmp_path):
    # As documented (the model's default): £400.00 is £400.00 a month.
    p = _csv(tmp_path, ["case_id", "adult1_age", "housing_tenure", "housing_rent", "housing_bedrooms"],
             [["a", "30", "social_rent", "400", "1"]])
    res = estimate_caseload(Caseload.from_csv(p), on=ON)
    assert res.valid.tolist() == [True]
    assert int(res.calculation.housing.element[0]) == 40000


def test_a_dataframe_renter_with_no_rent_is_an_error_row_and_a_blank_period_too():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({
        "case_id": ["a", "b", "c"],
        "adult1_age": [30, 30, 30],
        "housing_tenure": ["social_rent", "social_rent", "social_rent"],
        "housing_rent": [400.0, float("nan"), 100.0],  # pandas reads a blank cell as NaN (rows as a spreadsheet's: header 1)
        "housing_rent_period": ["month", "month", None],
        "housing_bedrooms": [1, 1, 1],
    })
    res = estimate_caseload(Caseload.from_dataframe(df), on=ON)
    assert res.valid.tolist() == [True, False, False]
    assert [(e.row, e.field) for e in res.caseload.errors] == [(3, "housing_rent"), (4, "housing_rent_period")]
    assert int(res.calculation.housing.element[0]) == 40000


def test_the_command_line_renter_without_rent_names_the_rent_flag():
    assert EXE.exists(), "the entitlements command is not installed in this environment: pip install -e ."
    r = subprocess.run([str(EXE), "estimate", "--age", "30", "--social", "--bedrooms", "1", "--on", "2026-05-01"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode != 0
    assert r.stderr.strip().startswith("entitlements: --rent: missing (expected the rent a social renter pays"), r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    ok = subprocess.run([str(EXE), "estimate", "--age", "30", "--social", "--bedrooms", "1", "--rent", "0/month",
                         "--on", "2026-05-01"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert ok.returncode == 0, ok.stderr


def test_the_schemas_require_a_renters_rent():
    jsonschema = pytest.importorskip("jsonschema")
    from entitlements.io.schema import SCHEMAS

    def why(schema, instance):
        out, todo = [], list(jsonschema.Draft202012Validator(schema).iter_errors(instance))
        while todo:
            e = todo.pop()
            out.append(e.message)
            todo += e.context
        return out

    household = {"adults": [{"age": 30}], "housing": {"tenure": "social_rent", "bedrooms": 1}}
    assert "'rent' is a required property" in why(SCHEMAS["household"](), household)
    assert why(SCHEMAS["household"](), {**household, "housing": {**household["housing"], "rent": 0}}) == []
    assert why(SCHEMAS["household"](), {"adults": [{"age": 30}], "housing": {"tenure": "owner_occupier"}}) == []
    row = {"adult1_age": "30", "housing_tenure": "private_rent", "housing_lha_rate": "500"}
    assert "'housing_rent' is a required property" in why(SCHEMAS["caseload"](), [row])
    assert why(SCHEMAS["caseload"](), [{**row, "housing_rent": "600"}]) == []


def test_one_flat_record_read_alone_gives_the_same_errors():
    # household_from_flat (one record: a row read on its own) as the caseload reader.
    from entitlements.io.households import household_from_flat

    base = {"adult1_age": "30", "housing_tenure": "social_rent", "housing_bedrooms": "1"}
    with pytest.raises(InputError, match=r"^housing_rent: missing"):
        household_from_flat({**base, "housing_rent": " "})
    with pytest.raises(InputError, match=r"^housing_rent_period: missing"):
        household_from_flat({**base, "housing_rent": "100", "housing_rent_period": ""})
    assert household_from_flat({**base, "housing_rent": "100"}).housing.rent_period == "month"  # no such column
    assert household_from_flat({**base, "housing_rent": "0", "housing_rent_period": ""}).housing.rent == 0


def test_a_housing_change_to_renting_without_a_rent_names_the_changes_field():
    # An owner-occupier who becomes a social renter (the outcome's after_housing_* columns) with no
    # after_housing_rent: an error row naming housing_rent, as the changes name it (was the model's bare `rent`).
    from entitlements import caseload_gains

    row = {"case_id": "A", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "housing_change",
           "outcome_date": "2025-03-01", "decision_date": "2025-03-20", "confirmed": "yes",
           "housing_tenure": "owner_occupier", "after_housing_tenure": "social_rent", "after_housing_bedrooms": "1"}
    errors = caseload_gains([row]).errors()
    assert [e["row"] for e in errors] == [1]
    assert errors[0]["reason"].startswith("housing_rent: missing (expected the rent a social renter pays")
