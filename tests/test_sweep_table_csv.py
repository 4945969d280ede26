"""The sweep's table written with ``--out`` is safe to open in a spreadsheet:
a scenario name a spreadsheet would run as a formula gets a leading ``'``."""

from __future__ import annotations

import pytest

from entitlements.cli_sweep import table_csv

pd = pytest.importorskip("pandas")


def test_a_scenario_named_like_a_formula_is_written_as_text():
    table = pd.DataFrame({"total_uc_monthly_pence": [100, 90]}, index=pd.Index(["baseline", "=HYPERLINK(\"x\")"], name="scenario"))
    lines = table_csv(table).splitlines()
    assert lines == ["scenario,total_uc_monthly_pence", "baseline,100", "\"'=HYPERLINK(\"\"x\"\")\",90"]
    # Names that are not formulas, and the numbers, unchanged.
    assert table_csv(pd.DataFrame({"n": [-5]}, index=pd.Index(["taper 50"], name="scenario"))).splitlines()[1] == "taper 50,-5"
