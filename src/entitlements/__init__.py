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
from .household import Adult, Child, Household
from .tables import RulesVersion, Tables, default_tables

__version__ = "0.1.0"

__all__ = [
    "Adult",
    "Child",
    "Household",
    "estimate",
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
