"""An announced row (published, not yet law) reaches every place a result is shown:
the working sheet (marked line, one footnote), the JSON, `entitlements rates`, and
the rules reference."""

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from entitlements import Adult, Household, Tables, estimate
from entitlements.explain import MARKS

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"
AP = dt.date(2026, 11, 1)
NOTE = MARKS["[announced]"]

# A carer element announced for assessment periods from 1 October 2026 (an overlay: the
# shipped tables have no announced UC row today), and a Carer's Allowance likewise.
def announced_table(table_id: str, unit: str, applies: str, start: str, value: str) -> str:
    return f"""\
id = "{table_id}"
title = "{table_id} (announced)"
unit = "{unit}"
applies = "{applies}"
legal_basis = "test"
until = 2027-04-05

[[rows]]
from = {start}
value = {value}
status = "announced"
source = "Test statement, 1 September 2026"
"""


CARER_ELEMENT = announced_table("uc.carer_element", "GBP/month", "assessment_period", "2026-10-01", "215.00")
CARERS_ALLOWANCE = announced_table("carers_allowance.rate", "GBP/week", "benefit_week", "2026-10-05", "90.00")


@pytest.fixture(scope="module")
def announced(tmp_path_factory):
    d = tmp_path_factory.mktemp("announced")
    (d / "carer_element.toml").write_text(CARER_ELEMENT)
    (d / "carers_allowance.toml").write_text(CARERS_ALLOWANCE)
    return Tables.load(overlays=[d])


CARER = Household(adults=Adult(age=40, carer=True, claims_carers_allowance=True))


def test_working_sheet_marks_announced_lines_and_explains_once(announced):
    sheet = estimate(CARER, on=AP, tables=announced).render()
    # Single 25+: £424.90 + carer element £215.00 (announced) = £639.90, less Carer's Allowance
    # £90.00 a week (announced) x 52 / 12 = £390.00: £249.90.
    assert "£249.90" in sheet
    carer_line = next(l for l in sheet.splitlines() if l.startswith("+ Carer element"))
    assert "£215.00" in carer_line and "Test statement, 1 September 2026 [announced]" in carer_line
    total_line = next(l for l in sheet.splitlines() if l.startswith("+ Carer's Allowance") or l.startswith("  Carer's Allowance"))
    assert "[announced]" in total_line
    assert sheet.count(NOTE) == 1  # once, at the end, for both lines and both parts of the sheet
    assert sheet.rstrip().endswith(NOTE)


def test_json_says_which_lines_are_announced(announced):
    out = estimate(CARER, on=AP, tables=announced).to_dict()
    uc = out["universal_credit"]["breakdown"]
    assert uc["footnotes"] == [NOTE]
    assert [l["label"] for l in uc["lines"] if "[announced]" in l["citation"]] == ["Carer element"]
    assert out["household_total"]["breakdown"]["footnotes"] == [NOTE]


def test_no_announced_row_no_footnote():
    e = estimate(CARER, on=AP)
    assert "[announced]" not in e.render()
    assert e.to_dict()["universal_credit"]["breakdown"]["footnotes"] == []


def test_announced_shipped_thresholds_reach_the_net_earnings_tables():
    # The 2028-29 personal allowance is announced (policy paper, 26 November 2025): a program can ask.
    t = Tables.load()
    assert t.announced("tax.personal_allowance", dt.date(2028, 6, 1))
    assert not t.announced("tax.personal_allowance", dt.date(2027, 6, 1))


# -- the command and the rules reference ----------------------------------------------------------


def run(*args):
    assert EXE.exists(), "the entitlements command is not installed: pip install -e . first"
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_rates_command_shows_status_coverage_and_freezes():
    r = run("rates", "tax.personal_allowance", "--wide")  # one line a row
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "from 06/04/2027: personal_allowance £12,570.00, income_limit £100,000.00" in lines[-5]
    assert lines[-3].endswith("[announced: not yet law]") and "from 06/04/2028" in lines[-3]
    assert lines[-1].strip() == "known to 05/04/2031"
    r = run("rates", "uc.lcwra_element", "--wide")
    assert "frozen by law (new_claimant) 06/04/2026 to 07/04/2030: Universal Credit Act 2025 (c. 22) s 3(1)" in r.stdout


def test_rates_command_json_carries_status_and_freezes():
    out = json.loads(run("rates", "tax.ruk_bands", "--json").stdout)
    assert [r["status"] for r in out["rows"]][-2:] == ["in_force", "announced"]
    assert out["until"] == "2031-04-05" and out["frozen"] == []
    out = json.loads(run("rates", "uc.lcw_element", "--json").stdout)
    assert out["frozen"] == [{"keys": None, "from": "2026-04-06", "until": "2030-04-07", "source": out["frozen"][0]["source"]}]


def test_rules_reference_marks_announced_rows_and_freezes():
    spec = importlib.util.spec_from_file_location("rules_reference", ROOT / "docs" / "_ext" / "rules_reference.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = mod.render()
    announced = sum(r.announced for t in Tables.load() for r in t.rows)
    # Personal allowance, rUK bands, Class 1 thresholds from 6 April 2028; England's free school
    # meals for every UC household (September 2026) and the Warm Home Discount for 2026-27.
    assert announced == 5
    assert text.count("**Announced, not yet law.**") == announced
    assert ":Frozen by law: new\\_claimant\\, 6 April 2026 to 7 April 2030" in text
    assert ":Rows: 6\\, of which 1 announced \\(not yet law\\)" in text
