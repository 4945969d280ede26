"""A case id on more than one row of a gain caseload: every row is kept and
counted as a case (one client with two outcomes is two rows), and the
summary, the command's headline and the funders' report say how many ids
repeat and on how many rows: counts only, never the ids. A blank id (the
row's number stands in) repeats nothing."""

from __future__ import annotations

import numpy as np
import pytest

from entitlements import caseload_gains
from entitlements.gain.summary import repeated_ids
from entitlements.report.sections import report_context
from entitlements.report.write import headline


def _row(case_id, decided="2025-07-20", effective="2025-01-10"):
    return {"case_id": case_id, "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
            "outcome_date": effective, "decision_date": decided, "confirmed": "yes"}


#: Case "7" is given once; row 7's blank id becomes its number, "7" too: not a repeat (the id given is counted only).
#: The rows of one id are different outcomes (here, different dates): the same outcome twice is counted once
#: (tests/test_gain_repeats.py; since 2026-12-08 they were rows alike).
ROWS = [_row("a"), _row("b"), _row("a", "2025-08-20", "2025-02-10"), _row("7"), _row("b", effective="2025-02-10"),
        _row("b", effective="2025-03-10"), _row(""), _row("")]


def test_repeated_ids_are_counted_and_every_row_kept():
    # a on 2 rows, b on 3, 7 once, two blank ids (rows 7 and 8: never repeats): 2 ids repeat, on 5 rows.
    g = caseload_gains(ROWS)
    assert len(g) == 8 and g.valid.all()
    s = g.summary()
    assert s["repeated_case_ids"] == {"ids": 2, "rows": 5}
    assert s["cases"] == 8 and s["totals"]["cases"] == 8  # a case is a row


def test_none_repeated():
    assert caseload_gains([_row("a"), _row("b"), _row("")]).summary()["repeated_case_ids"] == {"ids": 0, "rows": 0}
    assert repeated_ids(np.array([], dtype=object)) == {"ids": 0, "rows": 0}


def test_the_same_from_a_csv_file_a_dataframe_and_records_of_different_fields(tmp_path):
    pd = pytest.importorskip("pandas")
    p = tmp_path / "c.csv"
    pd.DataFrame(ROWS).to_csv(p, index=False)
    assert caseload_gains(p).summary()["repeated_case_ids"] == {"ids": 2, "rows": 5}
    assert caseload_gains(pd.DataFrame(ROWS)).summary()["repeated_case_ids"] == {"ids": 2, "rows": 5}
    mixed = [dict(r, practice="P1") if i % 2 else r for i, r in enumerate(ROWS)]  # read row by row
    assert caseload_gains(mixed).summary()["repeated_case_ids"] == {"ids": 2, "rows": 5}


def test_the_headline_and_the_report_say_a_case_is_a_row():
    g = caseload_gains(ROWS)
    s = g.summary()
    line = ("A case is a row of the caseload, not a person: 2 case ids appear on more than one row (5 rows), as a client "
            "with two outcomes does, and each row is counted, the same outcome once (a row repeated, or an award revised at a "
            "later stage, is a row not projected).")
    assert ("  " + line) in headline(s).splitlines()
    ctx = report_context(g, s)
    assert ctx["cases_line"].endswith(line)
    assert "'a'" not in ctx["cases_line"] and " b " not in ctx["cases_line"]  # counts, never the ids
    # Changed deliberately: five rows, not two (a report of 1 to 4 cases says only "Fewer than 5 cases in all").
    one = caseload_gains([_row(x) for x in "abcde"])
    assert report_context(one, one.summary())["cases_line"].endswith(
        "A case is a row of the caseload; no case id is on more than one row.")
    assert "case id" not in headline(one.summary())
