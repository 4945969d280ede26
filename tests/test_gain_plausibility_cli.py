"""The command line: ``entitlements gain`` and ``entitlements caseload --report``
check dates against the day the work is done (``--as-of``, default today:
the command reads the clock, the library never does). A refused value exits
1 with one line naming the flag; in a caseload, an error row."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from entitlements.cli import main

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "examples/before-lcwra.toml"


@pytest.fixture(autouse=True)
def _at_the_top(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_a_confirmed_decision_in_2099_is_refused_naming_the_flag(capsys):
    assert main(["gain", BEFORE, "--with", "lcwra_found", "--from", "2025-01-10", "--decided", "2099-07-20", "--confirmed",
                 "--as-of", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err == ("entitlements: --decided (decided): '2099-07-20' is not allowed (expected a decision date on or before "
                   "2026-12-07 (as_of, the day the work is done) for a confirmed outcome, which has been decided: if the "
                   "decision is still to come, the outcome is predicted (confirmed: no)).\n")


def test_the_command_checks_against_today_by_default(capsys):
    # No --as-of: today. A confirmed decision a year from today is refused whatever day the test runs.
    later = (dt.date.today() + dt.timedelta(days=366)).isoformat()
    assert main(["gain", BEFORE, "--with", "lcwra_found", "--from", "2025-01-10", "--decided", later, "--confirmed"]) == 1
    assert f"--decided (decided): '{later}' is not allowed (expected a decision date on or before {dt.date.today().isoformat()}" \
        in capsys.readouterr().err


def test_a_predicted_decision_in_june_2027_is_valued(capsys):
    # The household of examples/before-lcwra.toml (45, social rent £95 a week, claim from 2025-01-10), LCWRA from
    # 2025-01-10, predicted decision 2027-06-01: arrears 12 x £423.27 + 13 x £429.80 = £10,666.64 (as for the same
    # outcome of a 40-year-old without housing costs: the LCWRA element is the whole of the gain while the award is
    # above nil, tests/test_gain_plausibility.py).
    assert main(["gain", BEFORE, "--with", "lcwra_found", "--from", "2025-01-10", "--decided", "2027-06-01",
                 "--as-of", "2026-12-07", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["one_off"]["arrears_uc_pence"] == 1066664


def test_claim_start_is_named_by_its_flag(capsys):
    assert main(["gain", BEFORE, "--with", "lcwra_found", "--from", "2025-01-10", "--decided", "2025-07-20",
                 "--claim-start", "2029-01-10", "--as-of", "2026-12-07"]) == 1
    assert capsys.readouterr().err.startswith("entitlements: --claim-start (claim_start): '2029-01-10' is not allowed "
                                              "(expected the first day of the award no more than 2 years after as_of 2026-12-07")


def test_as_of_is_for_a_report(capsys):
    assert main(["caseload", "examples/caseload.csv", "--as-of", "2026-12-07"]) == 2
    assert "--as-of: '2026-12-07' is not allowed (expected --report FILE too" in capsys.readouterr().err


def test_a_caseload_row_decided_2099_is_an_error_row(tmp_path, capsys):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age,claim_start,outcome,outcome_date,decision_date,confirmed\n"
                 "a,40,2025-01-10,lcwra_found,2025-01-10,2025-07-20,yes\n"
                 "b,40,2025-01-10,lcwra_found,2025-01-10,2099-07-20,yes\n", encoding="utf-8")
    out = tmp_path / "g.csv"
    assert main(["caseload", str(p), "--report", str(tmp_path / "r.md"), "--out", str(out), "--as-of", "2026-12-07",
                 "--quiet"]) == 0
    text = capsys.readouterr().out
    assert "row 3: decision_date: '2099-07-20' is not allowed (expected a decision date on or before 2026-12-07" in text
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["case_id"], r["valid"], r["arrears_pence"]) for r in rows] == [("a", "True", "126981"), ("b", "False", "")]


def test_no_decided_flag_a_confirmed_outcome_from_next_year_names_from(capsys):
    # No --decided: decided on --from. Refused as decided 2027-01-10, after as_of; the value is --from's, so the line
    # names --from and says no decision date was given (not "--decided", which the user never typed).
    assert main(["gain", BEFORE, "--with", "lcwra_found", "--from", "2027-01-10", "--claim-start", "2025-01-10",
                 "--confirmed", "--as-of", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("entitlements: --from (effective): '2027-01-10' is not allowed (expected a decision date on or "
                          "before 2026-12-07")
    assert err.endswith("; no decision date was given (blank), so the outcome is taken as decided on the date it takes "
                        "effect).\n")
