"""The benefit check: what a patient is missing, what it is worth, and what to do.

:func:`check` for one household (:mod:`~entitlements.check.findings`), the
registry of every finding it can make (:mod:`~entitlements.check.candidates`)
and :func:`check_caseload` for a caseload (:mod:`~entitlements.check.caseload`).
Each name is loaded on first use.
"""

from .._forward import forward

_HOMES = {
    **dict.fromkeys(("check", "benefit_check", "BenefitCheck", "Finding", "Claims", "Circumstances", "CLAIMABLE", "PASSPORTED_HELP", "UC_ELEMENTS"),
                    "entitlements.check.findings"),
    **dict.fromkeys(("CANDIDATES", "Candidate", "CERTAINTIES", "BENEFIT_GROUPS"), "entitlements.check.candidates"),
    **dict.fromkeys(("check_caseload", "CaseloadCheck"), "entitlements.check.caseload"),
    **dict.fromkeys(("check_caseload", "CaseloadCheck"), "entitlements.check.caseload"),
}

__all__ = sorted(_HOMES)

__getattr__ = forward(__name__, _HOMES, cache=globals())


def __dir__():
    return sorted(list(globals()) + list(_HOMES))
