"""Unverified rows: `entitlements tables --unverified`, the audit behind it,
and the working sheet's footnote that explains the `[unverified]` mark once.

The counts are asserted from a fixture overlay (the carer element's verified
rows replaced by rows of known status; an overlay must lay over a table the
rules have), so verifying a shipped row does not break these tests.
"""

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from entitlements import Adult, Child, Household, Tables, estimate
from entitlements.audit import unverified_rows
from entitlements.explain import MARKS, UNVERIFIED, Breakdown, Line
from entitlements.tables import default_tables

UNVERIFIED_FOOTNOTE = MARKS[UNVERIFIED]

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"

FIXTURE = '''
id = "uc.carer_element"
title = "Fixture: a table with two unverified rows"
unit = "GBP/month"
applies = "assessment_period"
legal_basis = "Fixture, not law"
until = 2027-04-05

[[rows]]
from = 2023-04-10
value = 1.00
source = "Fixture Order 2023 art 1"

[[rows]]
from = 2024-04-08
value = 2.00
source = "Fixture Order 2024 (not found)"
verified = false
note = "Fixture reason one: the 2024 Order was not found."

[[rows]]
from = 2025-04-07
value = 3.00
source = "Fixture Order 2025 art 9"
verified = false
note = "Fixture reason two: the 2025 Order was not read."
'''


def run(*args):
    # A CLI test must fail, not skip, when the command is missing.
    assert EXE.exists(), f"the entitlements command is not installed ({EXE})"
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


@pytest.fixture()
def overlay(tmp_path):
    d = tmp_path / "fixture-overlay"
    d.mkdir()
    (d / "zz_fixture.toml").write_text(FIXTURE, "utf-8")
    return d


def _counts(stdout: str) -> tuple[int, int, int]:
    m = re.search(r": (\d+) unverified rows \((\d+) in rule tables, (\d+) in schedules\)", stdout)
    assert m, stdout[:300]
    return tuple(int(x) for x in m.groups())


def test_tables_unverified_lists_the_overlay_rows_with_reasons_and_counts(overlay):
    shipped = run("tables", "--unverified", "--wide")  # one line each
    assert shipped.returncode == 0, shipped.stderr
    with_fixture = run("tables", "--unverified", "--wide", "--overlay", str(overlay))
    assert with_fixture.returncode == 0, with_fixture.stderr
    total, in_tables, in_schedules = _counts(shipped.stdout)
    # The fixture adds exactly its two unverified rows, both in rule tables.
    assert _counts(with_fixture.stdout) == (total + 2, in_tables + 2, in_schedules)
    out = with_fixture.stdout
    assert "uc.carer_element, from 08/04/2024" in out
    assert "Fixture reason one: the 2024 Order was not found." in out
    assert "uc.carer_element, from 07/04/2025" in out
    assert "Fixture reason two: the 2025 Order was not read." in out
    assert "uc.carer_element, from 10/04/2023" not in out  # the verified row is not listed
    assert "overlay fixture-overlay (" in out  # the heading names the rules used


def test_tables_unverified_as_json(overlay):
    r = run("tables", "--unverified", "--json", "--overlay", str(overlay))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    mine = [x for x in out["rows"] if x["where"] == "uc.carer_element"]
    assert [(x["from"], x["note"][:19]) for x in mine] == [
        ("2024-04-08", "Fixture reason one:"),
        ("2025-04-07", "Fixture reason two:"),
    ]
    assert out["count"] == len(out["rows"]) == out["table_rows"] + out["schedule_rows"]
    assert all(x["note"] for x in out["rows"])  # every row says why


def test_unverified_rows_of_an_overlay(overlay):
    shipped = unverified_rows(default_tables())
    laid = unverified_rows(Tables.load(overlays=[overlay]))
    added = [r for r in laid if r not in shipped]
    assert [(r.where, r.start, r.kind) for r in added] == [
        ("uc.carer_element", dt.date(2024, 4, 8), "table"),
        ("uc.carer_element", dt.date(2025, 4, 7), "table"),
    ]


def test_schedule_rows_are_counted_by_activity():
    # An unverified WCA activity is one row (its descriptors with it).
    from entitlements.assessments import Schedules

    rows = [r for r in unverified_rows(default_tables()) if r.where == "wca.schedule6"]
    unverified_activities = [a for s in Schedules.load() if s.id == "wca.schedule6" for a in s.activities if not a.verified]
    assert len(rows) == len(unverified_activities)


# -- the working sheet: the mark on each line, the explanation once ---------------


def test_footnote_explains_the_mark_once():
    b = Breakdown(
        title="T", period="P", rules="rules x",
        lines=(
            Line("A", 100, f"Order A art 1 {UNVERIFIED}"),
            Line("B", 200, f"Order B art 2 {UNVERIFIED}"),
            Line("C", 300, "Order C art 3"),
        ),
    )
    text = b.render()
    assert text.count(UNVERIFIED) == 3  # twice on the lines, once in the footnote
    assert text.count(UNVERIFIED_FOOTNOTE) == 1
    assert text.rstrip().endswith(UNVERIFIED_FOOTNOTE)
    assert UNVERIFIED_FOOTNOTE not in b.render(footnotes=False)


def test_no_footnote_without_the_mark():
    b = Breakdown(title="T", period="P", rules="rules x", lines=(Line("A", 100, "Order A art 1"),))
    assert UNVERIFIED_FOOTNOTE not in b.render()
    assert b.footnotes == ()


def test_working_sheet_marks_each_unverified_line_and_explains_once(tmp_path, overlay):
    # Child Benefit from an overlay whose row for 2026 is unverified, and the
    # LCWRA element from an overlay row that is also unverified: two marked
    # lines in two breakdowns (UC and household total), one footnote.
    (overlay / "zz_fixture.toml").unlink()
    def one_unverified_row(name, table_id, unit, applies, keys, values, source):
        (overlay / name).write_text(
            f'id = "{table_id}"\ntitle = "fixture"\nunit = "{unit}"\napplies = "{applies}"\n'
            f'legal_basis = "Fixture"\nuntil = 2027-04-05\nkeys = {keys}\n\n[[rows]]\nfrom = 2026-04-06\n'
            f'values = {values}\nsource = "{source}"\nverified = false\nnote = "Fixture: not read."\n',
            "utf-8",
        )

    one_unverified_row("cb.toml", "child_benefit.rates", "GBP/week", "benefit_week",
                       '["eldest_or_only_child", "each_other_child"]',
                       "{ eldest_or_only_child = 27.05, each_other_child = 17.90 }", "Fixture CB Order 2026")
    one_unverified_row("lcwra.toml", "uc.lcwra_element", "GBP/month", "assessment_period",
                       '["protected", "new_claimant"]',
                       "{ protected = 429.80, new_claimant = 217.26 }", "Fixture LCWRA 2026")
    h = Household(adults=Adult(age=34, lcwra=True, lcwra_protection="pre_2026_claimant"),
                  children=(Child(date_of_birth=dt.date(2019, 5, 1)),))
    text = estimate(h, on=dt.date(2026, 5, 1), tables=Tables.load(overlays=[overlay])).render()
    marked = [line for line in text.splitlines() if UNVERIFIED in line and UNVERIFIED_FOOTNOTE not in line]
    assert any("Fixture CB Order 2026 [unverified] [overlay]" in line for line in marked)
    assert any("Fixture LCWRA 2026 [unverified] [overlay]" in line for line in marked)
    assert text.count(UNVERIFIED_FOOTNOTE) == 1
    assert text.rstrip().endswith(UNVERIFIED_FOOTNOTE)
