"""entitlements: UK benefit entitlements and the income gain advice wins.

The public API. Importing does no work: rule tables load on first use.

>>> import datetime as dt
>>> from entitlements import Adult, Household, estimate
>>> estimate(Household(adults=Adult(age=30)), on=dt.date(2026, 5, 1)).universal_credit.award
42490
"""

from .caseload import Caseload, CaseloadEstimate, RowError, estimate_caseload
from .errors import EntitlementsError, InputError, NoRowInForce, RuleTableError, UnknownTable
from .estimate import Estimate, UniversalCredit, estimate
from .household import Adult, Child, Household, Housing, NonDependant
from .tables import RulesVersion, Tables, default_tables

__version__ = "0.1.0"

#: Names served from modules loaded on first use, so that ``import
#: entitlements`` stays fast for tools that only estimate: name -> module.
_LAZY = {
    "Outcome": "gain",
    "Scenario": "gain",
    "Gain": "gain",
    "income_gain": "gain",
    "household_after": "gain",
    "apply_changes": "gain",
    "OUTCOME_KINDS": "gain",
    "STAGES": "gain",
    "CONVENTIONS": "gain",
    "caseload_gains": "report",
    "CaseloadGains": "report",
    "write_report": "report",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'entitlements' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
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
    "Estimate",
    "UniversalCredit",
    "Caseload",
    "CaseloadEstimate",
    "RowError",
    "estimate_caseload",
    "Tables",
    "RulesVersion",
    "default_tables",
    "EntitlementsError",
    "InputError",
    "NoRowInForce",
    "RuleTableError",
    "UnknownTable",
    "__version__",
]
