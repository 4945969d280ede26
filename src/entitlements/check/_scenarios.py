"""A claim finding as a :class:`~entitlements.gain.outcomes.Scenario` that
:func:`~entitlements.gain.household.income_gain` values (private).

The scenario's household is the household with every other claim the check
finds made, and its outcome is the claim: Carer's Allowance, the carer
element, Child Benefit, childcare costs reported; Universal Credit, Pension
Credit and Scottish Child Payment (which the income gain does not work out
as claims) as a benefit claimed at the weekly value found.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..errors import InputError
from ..household import Household
from ..tables import Tables

__all__ = ["full_household", "claim_scenario"]


def full_household(h: Household) -> Household:
    """``h`` with Carer's Allowance claimed by each carer not claiming it and
    Child Benefit claimed for its children (the claims in the model)."""
    adults = tuple(attrs.evolve(a, claims_carers_allowance=True)
                   if a.carer and not a.claims_carers_allowance and not a.carers_allowance_weekly else a for a in h.adults)
    return h.replace(adults=adults, child_benefit_claimed=h.child_benefit_claimed or bool(h.children))


def _with_adult(h: Household, k: int, **changes) -> Household:
    adults = list(h.adults)
    adults[k - 1] = attrs.evolve(adults[k - 1], **changes)
    return h.replace(adults=tuple(adults))


def claim_scenario(cid: str, h: Household, weekly: int, *, on: dt.date, tables: Tables):
    """The scenario of claim finding ``cid`` (None where the outcome model
    cannot say it)."""
    from ..gain.outcomes import Outcome, Scenario

    full = full_household(h)
    k = int(cid[-1]) if cid[-1] in "12" else 1
    try:
        if cid.startswith("carers_allowance"):
            before, o = _with_adult(full, k, claims_carers_allowance=False), Outcome(kind="carers_allowance", effective=on, adult=k)
        elif cid.startswith("uc_carer_element"):
            before = _with_adult(full, k, carer=False, claims_carers_allowance=False)
            o = Outcome(kind="carer_element", effective=on, adult=k)
        elif cid == "child_benefit":
            before, o = full.replace(child_benefit_claimed=False), Outcome(kind="benefit_claimed", benefit="child_benefit", effective=on)
        elif cid == "uc_childcare_element":
            before = full.replace(childcare_costs_monthly=0, childcare_children=0)
            o = Outcome(kind="income_change", effective=on, changes={"childcare_costs_monthly": h.childcare_costs_monthly,
                                                                      "childcare_children": h.childcare_children})
        else:
            before, o = full, Outcome(kind="benefit_claimed", benefit="other", weekly_amount=weekly, effective=on,
                                      note=cid.replace("_", " "))
        return Scenario(household=before, claim_start=on, outcomes=(o,), name=cid)
    except InputError:
        return None
