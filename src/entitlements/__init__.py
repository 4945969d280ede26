"""entitlements: UK benefit entitlements and the income gain advice wins.

The public API. Importing does no work: rule tables load on first use.

>>> import datetime as dt
>>> from entitlements import Adult, Household, estimate
>>> estimate(Household(adults=Adult(age=30)), on=dt.date(2026, 5, 1)).universal_credit.award
42490
"""

from typing import TYPE_CHECKING

from ._starting import interrupted_while_starting

try:
    from ._forward import forward
    from .errors import EntitlementsError, InputError, NoRowInForce, RuleTableError, UnknownTable
    from .estimate import Estimate, UniversalCredit, estimate
    from .household import Adult, Child, Household, Housing, NonDependant
    from .rates_policy import RateAssumption, RatesPolicy
    from .tables import RulesVersion, Tables, default_tables
except KeyboardInterrupt:  # Ctrl-C as the command starts: one line, not a traceback
    interrupted_while_starting()
    raise

#: The one place the version is written (``pyproject.toml`` reads it from here).
__version__ = "0.1.0"

if TYPE_CHECKING:  # the lazily served names, typed for type checkers and IDEs
    from .caseload import Caseload, CaseloadEstimate, RowError, estimate_caseload
    from .gain.caseload import CaseloadGains, caseload_gains
    from .gain.household import CONVENTIONS, Gain, income_gain
    from .gain.outcomes import OUTCOME_KINDS, STAGES, Outcome, Scenario, apply_changes, household_after
    from .report.write import write_report
    from .check.caseload import CaseloadCheck, check_caseload
    from .check.findings import BenefitCheck, Claims, Circumstances, benefit_check

#: Names served from modules loaded on first use, so that ``import
#: entitlements`` stays fast for tools that only estimate: name -> module.
_LAZY = {
    # A caseload (and the io machinery that reads one: CSV, workbooks, writers): not needed to estimate one household.
    **dict.fromkeys(("Caseload", "CaseloadEstimate", "RowError", "estimate_caseload"), "entitlements.caseload"),
    **dict.fromkeys(("Outcome", "Scenario", "household_after", "apply_changes", "OUTCOME_KINDS", "STAGES"),
                    "entitlements.gain.outcomes"),
    **dict.fromkeys(("Gain", "income_gain", "CONVENTIONS"), "entitlements.gain.household"),
    **dict.fromkeys(("caseload_gains", "CaseloadGains"), "entitlements.gain.caseload"),
    "write_report": "entitlements.report.write",
    # The benefit check (``entitlements.check`` is its package: ``benefit_check``
    # is its ``check`` under a name that does not clash with it).
    **dict.fromkeys(("benefit_check", "BenefitCheck", "Claims", "Circumstances"), "entitlements.check.findings"),
    **dict.fromkeys(("check_caseload", "CaseloadCheck"), "entitlements.check.caseload"),
}

__getattr__ = forward(__name__, _LAZY, cache=globals())


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))

__all__ = [
    "Adult",
    "Child",
    "Household",
    "Housing",
    "NonDependant",
    "estimate",
    "Outcome",
    "Scenario",
    "Gain",
    "income_gain",
    "household_after",
    "apply_changes",
    "OUTCOME_KINDS",
    "STAGES",
    "CONVENTIONS",
    "caseload_gains",
    "CaseloadGains",
    "write_report",
    "benefit_check",
    "BenefitCheck",
    "Claims",
    "Circumstances",
    "check_caseload",
    "CaseloadCheck",
    "Estimate",
    "UniversalCredit",
    "Caseload",
    "CaseloadEstimate",
    "RowError",
    "estimate_caseload",
    "Tables",
    "RulesVersion",
    "default_tables",
    "RatesPolicy",
    "RateAssumption",
    "EntitlementsError",
    "InputError",
    "NoRowInForce",
    "RuleTableError",
    "UnknownTable",
    "__version__",
]
