"""The benchmarks' varied caseload writer: every column a cell a row, written
and read back (a column given as one value crashed the writer)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from entitlements import caseload_gains

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from varied_caseload import varied_columns, write_varied_csv  # noqa: E402


def test_write_varied_csv_with_outcomes_writes_every_row(tmp_path):
    path = write_varied_csv(tmp_path / "v.csv", 30, seed=3, bad=0.0, outcomes=True)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 31  # the header and 30 rows
    assert all(np.asarray(v).shape == (30,) for v in varied_columns(30, seed=3, outcomes=True).values())
    g = caseload_gains(str(path))
    assert len(g.valid) == 30
    # No outcome awards what the household already has: none is refused as adding nothing.
    assert not [e for e in g.errors() if "adds nothing" in e["reason"] or "already" in e["reason"]]
