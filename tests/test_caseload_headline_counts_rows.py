"""The command's headline counts rows with errors once each: a row with two errors (more cells than the header, and
a value not allowed) made "2 with errors (3 because ...)", more reasons than rows."""

import subprocess
import sys
from pathlib import Path

EXE = Path(sys.executable).parent / "entitlements"


def test_a_row_with_two_errors_is_counted_once_in_the_headline(tmp_path):
    src = tmp_path / "c.csv"
    src.write_text("case_id,adult1_age,capital\n1,30,100\n2,abc,100,extra\n3,abc,100\n", encoding="utf-8")
    r = subprocess.run([str(EXE), "caseload", str(src), "--on", "2026-05-01", "--out", str(tmp_path / "o.csv")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    assert "1 estimated, 2 with errors (2 because" in first, first
    assert (tmp_path / "o_errors.csv").read_text(encoding="utf-8-sig").count("\n") == 4  # every error still listed
