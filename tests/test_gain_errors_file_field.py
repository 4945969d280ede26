"""The errors file of a caseload of outcomes (``entitlements caseload FILE --report``): its ``field`` column names
a column or is empty, never the start of a sentence. It took whatever came before the reason's first colon, so a
reason that names no column ("child 1 (eldest first) is 20 or over, ... (SI 2013/376 reg 5): give the household
...") put the sentence in ``field``."""

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"


def test_the_errors_file_field_is_a_column_or_empty(tmp_path):
    out = tmp_path / "gains.csv"
    r = subprocess.run([str(EXE), "caseload", str(ROOT / "examples" / "synthetic_caseload.csv"), "--report",
                        str(tmp_path / "r.md"), "--out", str(out), "--as-of", "2026-12-07", "-q"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader((tmp_path / "gains_errors.csv").open(encoding="utf-8-sig")))
    # Row 41's child 20 or over in the projection: was named "child 1 (eldest first)", a sentence, field empty; the
    # reason now names the child's own column (tests/test_problem_names_the_child.py), and so does field.
    assert [(int(e["row"]), e["field"]) for e in rows] == [(11, "adult1_age"), (21, "outcome"), (31, "claim_start"),
                                                            (41, "child1_date_of_birth")]
    # (The errors file leaves the value out: a date of birth is personal data.)
    assert rows[3]["reason"].startswith("child1_date_of_birth: not allowed (expected a child under 20 on the first day")
