"""The funders' report defines its headline counts where it states them: the
"Patients gaining LCW or LCWRA" are cases (rows) whose outcome is LCW or
LCWRA found, and the predicted figure is a number expected (each predicted
case at its chance of success), not a count of people (qa-ana10)."""

from __future__ import annotations

import pytest

from entitlements import caseload_gains
from entitlements.report.sections import report_context


def _row(case_id, confirmed="yes"):
    return {"case_id": case_id, "adult1_age": "45", "claim_start": "2025-01-10", "outcome": "lcwra_found",
            "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": confirmed}


def test_the_method_defines_patients_gaining_lcw_or_lcwra():
    pytest.importorskip("jinja2")
    g = caseload_gains([_row(f"c{i}") for i in range(6)] + [_row(f"p{i}", "no") for i in range(6)])
    method = " ".join(report_context(g, g.summary())["method"])
    assert ("Patients gaining LCW or LCWRA: the cases (rows, not people) whose outcome is limited capability for work "
            "(LCW) or for work and work-related activity (LCWRA) found, whether or not it changes the award; under "
            "Predicted, the number expected: each predicted case counted at its chance of success, so it may be a "
            "fraction. The GP appointments saved are that figure times") in method
