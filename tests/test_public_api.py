"""The library as another tool uses it: importing does no work, rule sets in
one process stay apart, shared tables cannot be changed, results pickle, and
every bad value a caller can pass is an ``entitlements.errors`` class naming
the field (never a bare ``TypeError`` or ``AttributeError`` from deep inside).
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from entitlements import (
    Adult,
    Household,
    InputError,
    Outcome,
    Tables,
    apply_changes,
    check_caseload,
    default_tables,
    estimate,
    estimate_caseload,
    household_after,
)

ON = dt.date(2026, 5, 1)
ROOT = Path(__file__).resolve().parents[1]


# -- importing does no work ---------------------------------------------------

IMPORT_PROBE = textwrap.dedent("""
    import logging, sys, threading, warnings
    import numpy  # its own warnings filters are numpy's business
    opened = []
    def hook(event, args):
        if event == "open":
            path = str(args[0])
            if not (path.endswith((".py", ".pyc", ".so", ".pth")) or "__pycache__" in path):
                opened.append(path)
        elif event.startswith(("socket.", "subprocess.")):
            opened.append(event)
    filters = list(warnings.filters)
    threads = threading.active_count()
    sys.addaudithook(hook)
    import importlib
    for name in sys.argv[1:]:
        importlib.import_module(name)
    assert not opened, opened
    assert warnings.filters == filters, "warnings filters changed"
    assert not logging.root.handlers and logging.root.level == logging.WARNING, "logging configured"
    assert not [n for n in logging.Logger.manager.loggerDict if n.startswith("entitlements")], "a logger made"
    assert threading.active_count() == threads, "a thread started"
    print("ok")
""")


def documented_modules() -> list[str]:
    """Every module the docs document (``automodule::``)."""
    text = "".join(p.read_text("utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
    return sorted(set(re.findall(r"automodule:: (entitlements[\w.]*)", text)))


def test_the_docs_document_modules():
    assert len(documented_modules()) > 50 and "entitlements.gain.caseload" in documented_modules()


@pytest.mark.parametrize("modules", [["entitlements"], documented_modules()], ids=["entitlements", "documented"])
def test_importing_reads_no_file_and_configures_nothing(modules):
    r = subprocess.run([sys.executable, "-c", IMPORT_PROBE, *modules], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-2000:]


# -- the shared tables cannot be changed -------------------------------------

def test_a_keyed_value_read_cannot_change_the_shared_tables():
    tables = default_tables()
    values = tables.at("uc.standard_allowance", ON)
    with pytest.raises(TypeError):
        values["single_25_or_over"] = 0
    with pytest.raises(TypeError):
        tables.row("uc.standard_allowance", ON).value.update(single_25_or_over=0)
    with pytest.raises(TypeError):
        values.clear()
    assert tables.at("uc.standard_allowance", ON)["single_25_or_over"] == 42490
    assert estimate(Household(adults=Adult(age=30)), on=ON).universal_credit.award == 42490
    # Still a dict for every reader, and a copy is the caller's to change.
    assert isinstance(values, dict) and dict(values) == values
    mine = dict(values)
    mine["single_25_or_over"] = 0
    assert tables.at("uc.standard_allowance", ON)["single_25_or_over"] == 42490


def test_tables_cannot_be_rebound_and_still_pickle_and_copy():
    tables = Tables.load()
    with pytest.raises(AttributeError):
        tables.version = None  # type: ignore[misc]
    with pytest.raises(AttributeError):
        tables.policy = "hold"  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(tables))
    assert again.version == tables.version
    assert again.at("uc.standard_allowance", ON) == tables.at("uc.standard_allowance", ON)
    with pytest.raises(TypeError):
        again.at("uc.standard_allowance", ON)["single_under_25"] = 1
    assert copy.deepcopy(tables).at("uc.carer_element", ON) == tables.at("uc.carer_element", ON)
    assert estimate(Household(adults=Adult(age=30)), on=ON, tables=again).universal_credit.award == 42490


# -- bad input is an InputError naming the field ------------------------------

def _household() -> Household:
    return Household(adults=Adult(age=40))


@pytest.mark.parametrize("call, field", [
    # A table read on something that is not a date (was: TypeError '<' not supported).
    (lambda: default_tables().at("uc.carer_element", "2026-05-01"), "on"),
    (lambda: default_tables().at("uc.carer_element", None), "on"),
    (lambda: default_tables().row("uc.carer_element", "2026-05-01"), "on"),
    (lambda: default_tables().source("uc.carer_element", 20260501), "on"),
    (lambda: default_tables().announced("uc.carer_element", "2026-05-01"), "on"),
    (lambda: default_tables().at("uc.carer_element", np.array([20260501])), "on"),
    # One overlay given as a string (was: every character an overlay, "/" read as one: PermissionError).
    (lambda: Tables.load(overlays="my-reform/"), "overlays"),
    # Numbers are not dates one a row (were read as days from 1970, then "before the rules begin").
    (lambda: estimate_caseload([_household()], on=np.array([20260501])), "on"),
    # check_caseload's claims not a mapping (was: ValueError from dict()).
    (lambda: check_caseload([_household()], on=ON, claims="universal_credit"), "claims"),
    # apply_changes and household_after given the wrong things (were: AttributeError, TypeError).
    (lambda: apply_changes(_household(), 5), "changes"),  # type: ignore[arg-type]
    (lambda: apply_changes(_household(), {1: 2}), "changes"),  # type: ignore[dict-item]
    (lambda: apply_changes({"adults": []}, {}), "household"),  # type: ignore[arg-type]
    (lambda: household_after(_household(), {"kind": "lcwra_found"}), "outcome"),  # type: ignore[arg-type]
    (lambda: household_after({"adults": []}, Outcome(kind="lcwra_found", effective=ON)), "household"),  # type: ignore[arg-type]
])
def test_a_wrong_kind_of_value_is_an_input_error_naming_the_field(call, field):
    with pytest.raises(InputError) as e:
        call()
    assert e.value.field == field and e.value.expected


def test_a_table_read_on_a_midnight_datetime_or_numpy_date_is_its_date():
    tables = default_tables()
    want = tables.at("uc.carer_element", ON)
    assert tables.at("uc.carer_element", dt.datetime(2026, 5, 1)) == want
    assert tables.at("uc.carer_element", np.datetime64("2026-05-01")) == want
    assert tables.row("uc.carer_element", dt.datetime(2026, 5, 1)).value == want
    with pytest.raises(InputError):
        tables.at("uc.carer_element", dt.datetime(2026, 5, 1, 12))


def test_a_council_s_band_d_and_a_scheme_s_sources_cannot_be_changed():
    from entitlements.benefits.council_tax_areas import authority
    from entitlements.benefits.council_tax_reduction_local import default_local_schemes

    coventry = authority("Coventry")
    year = sorted(coventry.band_d)[-1]
    with pytest.raises(TypeError):
        coventry.band_d[year] = 1  # type: ignore[index]
    with pytest.raises(TypeError):
        coventry.band_d_before_parish.clear()  # type: ignore[attr-defined]
    scheme = next(iter(default_local_schemes()))
    with pytest.raises(TypeError):
        scheme.sources["x"] = "y"  # type: ignore[index]
    assert pickle.loads(pickle.dumps(coventry)) == coventry


# -- a date past the library's latest is an InputError, not a bare ValueError -----------------------------------

def _gain_as_of(as_of):
    from entitlements import Scenario, income_gain

    return income_gain(Scenario(household=_household(), outcomes=(Outcome(kind="lcwra_found", effective=ON),),
                                claim_start=ON), as_of=as_of)


@pytest.mark.parametrize("call, field", [
    # Were: ValueError "year 10000 is out of range" (the assessment period's end past datetime's last year).
    (lambda: estimate(_household(), on=dt.date.max), "on"),
    (lambda: estimate(_household(), on=dt.date(9999, 12, 1)), "on"),
    (lambda: __import__("entitlements").benefit_check(_household(), on=dt.date(9999, 12, 1)), "on"),
    (lambda: _gain_as_of(dt.date.max), "as_of"),  # was: ValueError "year 10001 is out of range"
    # Were: NoRowInForce saying "hold the last known rates (rates policy "hold")": the policy in use.
    (lambda: estimate(_household(), on=dt.date(2200, 1, 1)), "on"),
    (lambda: estimate_caseload([_household()], on=dt.date.max), "on"),
    (lambda: estimate(_household(), on=dt.date(2101, 1, 1)), "on"),
])
def test_a_date_past_the_latest_is_an_input_error_naming_it(call, field):
    with pytest.raises(InputError) as e:
        call()
    assert e.value.field == field and "2100-12-31" in e.value.expected and "\n" not in str(e.value), str(e.value)


def test_the_latest_date_itself_is_estimated_with_the_rates_held():
    e = estimate(_household(), on=dt.date(2100, 12, 31))
    assert e.assumptions and e.universal_credit.award > 0


def test_a_caseload_row_dated_past_the_latest_is_that_rows_error():
    on = np.array(["2026-05-01", "9999-12-01", "2026-05-01"], dtype="datetime64[D]")
    res = estimate_caseload([_household()] * 3, on=on)
    assert res.valid.tolist() == [True, False, True]
    (e,) = res.caseload.errors
    assert (e.row, e.field) == (2, "on") and "2100-12-31" in str(e), e
    assert res.award.tolist()[0] == res.award.tolist()[2] > 0


def test_an_outcome_takes_numpy_scalars_as_the_python_values_they_hold():
    # As the household classes do (a DataFrame's values): np.int64(1) as a probability was refused ("np.int64(1) is
    # not allowed (expected a number from 0 to 1 ...)"), np.bool_(True) as confirmed too, and np.float64(0.5) kept
    # as a numpy float.
    o = Outcome(kind="lcwra_found", effective=ON, probability=np.float64(0.5), confirmed=np.bool_(True),
                adult=np.int64(1), terminally_ill=np.bool_(False), lump_sum=np.int64(100))
    assert (o.probability, o.confirmed, o.adult, o.terminally_ill, o.lump_sum) == (0.5, True, 1, False, 100)
    assert [type(x) for x in (o.probability, o.confirmed, o.adult, o.terminally_ill, o.lump_sum)] == [
        float, bool, int, bool, int]
    assert Outcome(kind="lcwra_found", effective=ON, probability=np.int64(1)).probability == 1
    assert Outcome(kind="lcwra_found", effective=np.datetime64("2026-05-01")).effective == ON
    with pytest.raises(InputError) as e:
        Outcome(kind="lcwra_found", effective=ON, probability=np.float64(1.5))
    assert e.value.field == "probability"
    assert pickle.loads(pickle.dumps(o)) == o


def _api_reference() -> str:
    text = (ROOT / "docs" / "developers.md").read_text("utf-8")
    return text[text.index("## API reference"):]


def test_every_public_name_is_in_the_api_reference_and_every_one_there_exists():
    # The benefit check's names (benefit_check, BenefitCheck, Claims, Circumstances, check_caseload, CaseloadCheck),
    # Housing, NonDependant, OUTCOME_KINDS, STAGES, CONVENTIONS and __version__ were in __all__ but had no entry
    # under their public names ("benefit_check" was nowhere in the docs).
    import entitlements

    ref = _api_reference()
    entries = set(re.findall(r"\.\. auto(?:class|function|data|exception):: entitlements\.(\w+)\s*$", ref, flags=re.M))
    missing = [n for n in entitlements.__all__ if n not in entries]
    assert not missing, f"in __all__ without an entry in the API reference: {missing}"
    unknown = [n for n in entries if n not in entitlements.__all__ or not hasattr(entitlements, n)]
    assert not unknown, unknown
