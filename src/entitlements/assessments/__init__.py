"""Assessments: the work capability assessment (LCW / LCWRA), its timing and
the LCWRA rate from 6 April 2026, and the PIP points test.

The descriptors live in ``rules/schedules/`` (see :mod:`.descriptors`).
"""

from .descriptors import Activity, Circumstance, Descriptor, Schedule, Schedules, default_schedules
from .lcwra_rate import LcwraRate, LcwraRateFacts, lcwra_rate, severe_conditions_criteria
from .pip_points import ComponentScore, PipActivityScore, PipAssessment, assess_pip
from .timing import ElementStart, lcwra_element_start, relevant_period_end
from .wca import (
    ActivityScore,
    EarningsBar,
    Route,
    WcaResult,
    assess_wca,
    earnings_bar_threshold,
    earnings_bar_threshold_on,
)

__all__ = [
    "Activity",
    "ActivityScore",
    "Circumstance",
    "ComponentScore",
    "Descriptor",
    "EarningsBar",
    "ElementStart",
    "LcwraRate",
    "LcwraRateFacts",
    "PipActivityScore",
    "PipAssessment",
    "Route",
    "Schedule",
    "Schedules",
    "WcaResult",
    "assess_pip",
    "assess_wca",
    "default_schedules",
    "earnings_bar_threshold",
    "earnings_bar_threshold_on",
    "lcwra_element_start",
    "lcwra_rate",
    "relevant_period_end",
    "severe_conditions_criteria",
]
