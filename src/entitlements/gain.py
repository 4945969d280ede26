"""Income gain: what an advice outcome is worth, for one household.

An advice outcome (:class:`Outcome`) changes a household from a date: LCWRA
found, PIP awarded, the carer element claimed. A :class:`Scenario` is the
household before and the outcomes that change it. :func:`income_gain`
estimates Universal Credit assessment period by assessment period along the
real timeline, before and after, and reports:

* the **recurring gain**: the monthly difference in Universal Credit once the
  outcome is in payment (the first assessment period that includes it, on or
  after the decision), its weekly equivalent (monthly x 12 / 52, a fraction of
  a penny rounded as UC Regs 2013 reg 6(1) rounds), and the weekly amount of
  any benefit the outcome brings in its own right (PIP, DLA, Carer's
  Allowance, ...);
* the **annual income gain** as the advice sector reports it: the weekly gain
  x 52 (``convention="weekly_x52"``) or the monthly gain x 12
  (``"monthly_x12"``), the convention named in the result;
* the **projected gain** over a horizon (12 assessment periods by default):
  each assessment period estimated with the rates in force for it, so the
  relevant period before the LCWRA element starts (reg 28), uprating dates,
  the split LCWRA rate from 6 April 2026 and an award's end date all show;
* **one-off gains**, kept apart: arrears (the assessment periods before the
  one in which the decision is made, paid as a lump sum once it is), lump
  sums and debts written off;
* **predicted or confirmed**, with a probability of success per stage drawn
  from published statistics (``rules/gain/success_*.toml``), so a predicted
  gain can be shown raw and weighted;
* **GP appointments saved** when a patient is found to have LCW or LCWRA
  (``rules/gain/gp_appointments_saved.toml``).

Every result records its assumptions and converts to JSON (money in pence).

>>> import datetime as dt
>>> from entitlements import Adult, Household
>>> s = Scenario(household=Household(adults=Adult(age=40)), claim_start=dt.date(2025, 1, 10),
...              outcomes=(Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10),
...                                decided=dt.date(2025, 7, 20), confirmed=True),))
>>> g = income_gain(s)
>>> g.recurring_monthly, g.arrears, g.projected
(42327, 126981, 509883)

For a caseload, see :mod:`entitlements.report`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs
import numpy as np

from .dates import assessment_period_start
from .errors import InputError
from .household import (
    AA_RATES,
    DLA_CARE,
    DLA_MOBILITY,
    LCWRA_PROTECTIONS,
    PIP_RATES,
    Adult,
    Child,
    Household,
    Housing,
)
from .explain import uk_date
from .money import divide_half_up, format_pounds, weekly_to_monthly
from .tables import RulesVersion, Table, Tables, default_tables

__all__ = [
    "OUTCOME_KINDS",
    "STAGES",
    "CONVENTIONS",
    "CAP_EXEMPTION_REASONS",
    "CLAIMED_BENEFITS",
    "PROJECTION_STARTS",
    "Outcome",
    "Scenario",
    "OutcomeTimeline",
    "PeriodGain",
    "BenefitLine",
    "Probability",
    "Gain",
    "outcome_timeline",
    "household_after",
    "apply_changes",
    "success_probability",
    "gp_appointments_saved_a_year",
    "weekly_equivalent",
    "annual_amount",
    "income_gain",
    "hold_rates",
]

#: What an outcome can be.
OUTCOME_KINDS = (
    "lcwra_found",  # limited capability for work and work-related activity (SI 2013/376 regs 27-28, 40)
    "lcw_found",  # limited capability for work (the work allowance, reg 22(2); the LCW element only for saved cases)
    "pip_awarded",  # PIP daily living and/or mobility (SI 2013/377)
    "dla_awarded",  # DLA care and/or mobility, for a child (or an adult still on DLA)
    "carer_element",  # the carer element (regs 29-30), Carer's Allowance not claimed
    "carers_allowance",  # Carer's Allowance claimed (SSCBA 1992 s 70) and with it the carer element
    "benefit_cap_exemption",  # an exemption from the benefit cap (regs 82-83)
    "housing_change",  # a change to the housing costs (Sch 4): rent, bedrooms, an exception
    "income_change",  # a change to income or capital
    "benefit_claimed",  # a missing benefit claimed (Child Benefit, Attendance Allowance, other)
)
#: Where the outcome was decided.
STAGES = ("initial", "mandatory_reconsideration", "appeal")
#: How an annual gain is reported.
CONVENTIONS = ("weekly_x52", "monthly_x12")
#: Ways a benefit cap exemption is gained (each is a field the engine reads).
CAP_EXEMPTION_REASONS = ("grace_period", "guardians_allowance", "esa_support_component")
#: Benefits a ``benefit_claimed`` outcome can name.
CLAIMED_BENEFITS = ("child_benefit", "attendance_allowance", "other")
#: Where the projection starts: the assessment period of the decision (the
#: "next 12 months", after any arrears), or of the outcome taking effect.
PROJECTION_STARTS = ("decision", "effective")

_PHASES = ("before", "pending", "in_payment")


# -- validation helpers -------------------------------------------------------


def _date(name: str, value: Any, optional: bool = False) -> None:
    if optional and value is None:
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InputError(name, value, "a date (datetime.date)" + (" or None" if optional else ""))


def _choice(name: str, value: Any, options: Sequence[Any]) -> None:
    if value not in options:
        raise InputError(name, value, "one of " + ", ".join(repr(o) for o in options))


def _pence(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(name, value, "a whole number of pence, 0 or more")


# -- the input model ------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Outcome:
    """One advice outcome and when it takes effect.

    ``effective``: the date the change takes effect: for ``lcwra_found`` and
    ``lcw_found`` the date limited capability is treated as beginning (by
    default also the date medical evidence was first given, ``evidence_date``,
    which starts the relevant period of reg 28); for an award, the date the
    award starts. ``decided``: the date of the decision (default
    ``effective``); assessment periods before the one it falls in are paid as
    arrears. ``ends``: the date an award ends (from the assessment period in
    which it ends, the household is as before). ``confirmed``: decided
    (True) or predicted (False); ``stage`` where it was (or is expected to be)
    decided; ``probability`` (0 to 1) overrides the published success rate.

    Kind-specific fields: ``adult`` (1 or 2: whose outcome); for
    ``lcwra_found`` ``lcwra_protection`` (one of
    :data:`~entitlements.household.LCWRA_PROTECTIONS`, ``"new_claimant"``, or
    None to decide it from the dates) and ``terminally_ill``; for awards the
    rates (``pip_daily_living``, ``pip_mobility``, ``dla_care``,
    ``dla_mobility``, ``aa_rate``), ``child`` (1-based, for DLA to a child)
    and ``partner_carer`` (the other joint claimant cares 35 hours a week for
    the person awarded a qualifying benefit and so gets the carer element,
    reg 30); ``reason`` for ``benefit_cap_exemption``; ``benefit`` and, for
    ``"other"``, ``weekly_amount`` for ``benefit_claimed``; ``changes`` for
    ``housing_change`` and ``income_change`` (see :func:`apply_changes`).
    ``lump_sum`` and ``debt_written_off`` (pence) are one-off gains that came
    with the outcome.
    """

    kind: str = attrs.field()
    effective: dt.date = attrs.field()
    decided: dt.date | None = None
    ends: dt.date | None = None
    confirmed: bool = False
    stage: str = "initial"
    probability: float | Fraction | None = None
    adult: int = 1
    evidence_date: dt.date | None = None
    lcwra_protection: str | None = None
    terminally_ill: bool = False
    pip_daily_living: str = "none"
    pip_mobility: str = "none"
    dla_care: str = "none"
    dla_mobility: str = "none"
    aa_rate: str = "none"
    child: int | None = None
    partner_carer: bool = False
    reason: str | None = None
    benefit: str | None = None
    weekly_amount: int = 0
    changes: Mapping[str, Any] = attrs.field(factory=dict, converter=lambda m: dict(m))
    lump_sum: int = 0
    debt_written_off: int = 0
    note: str = ""

    def __attrs_post_init__(self) -> None:
        _choice("kind", self.kind, OUTCOME_KINDS)
        _date("effective", self.effective)
        for name in ("decided", "ends", "evidence_date"):
            _date(name, getattr(self, name), optional=True)
        if self.ends is not None and self.ends <= self.effective:
            raise InputError("ends", self.ends.isoformat(), f"a date after the effective date {self.effective.isoformat()}")
        if not isinstance(self.confirmed, bool):
            raise InputError("confirmed", self.confirmed, "True or False")
        _choice("stage", self.stage, STAGES)
        if self.probability is not None:
            p = self.probability
            if isinstance(p, bool) or not isinstance(p, (int, float, Fraction)) or not 0 <= p <= 1:
                raise InputError("probability", p, "a number from 0 to 1, or None for the published rate")
        _choice("adult", self.adult, (1, 2))
        if not isinstance(self.terminally_ill, bool) or not isinstance(self.partner_carer, bool):
            raise InputError("terminally_ill", self.terminally_ill, "True or False")
        _choice("lcwra_protection", self.lcwra_protection, (None, "new_claimant") + LCWRA_PROTECTIONS)
        _choice("pip_daily_living", self.pip_daily_living, PIP_RATES)
        _choice("pip_mobility", self.pip_mobility, PIP_RATES)
        _choice("dla_care", self.dla_care, DLA_CARE)
        _choice("dla_mobility", self.dla_mobility, DLA_MOBILITY)
        _choice("aa_rate", self.aa_rate, AA_RATES)
        for name in ("weekly_amount", "lump_sum", "debt_written_off"):
            _pence(name, getattr(self, name))
        if self.child is not None and (isinstance(self.child, bool) or not isinstance(self.child, int) or self.child < 1):
            raise InputError("child", self.child, "a child's number, 1 for the eldest, or None")
        k = self.kind
        if k == "pip_awarded" and self.pip_daily_living == "none" and self.pip_mobility == "none":
            raise InputError("pip_daily_living", "none", "a rate for at least one PIP component (pip_daily_living or pip_mobility)")
        if k == "dla_awarded" and self.dla_care == "none" and self.dla_mobility == "none":
            raise InputError("dla_care", "none", "a rate for at least one DLA component (dla_care or dla_mobility)")
        if k == "benefit_cap_exemption":
            _choice("reason", self.reason, CAP_EXEMPTION_REASONS)
        if k == "benefit_claimed":
            _choice("benefit", self.benefit, CLAIMED_BENEFITS)
            if self.benefit == "attendance_allowance" and self.aa_rate == "none":
                raise InputError("aa_rate", "none", "'lower' or 'higher' for Attendance Allowance claimed")
            if self.benefit == "other" and not self.weekly_amount:
                raise InputError("weekly_amount", 0, "the weekly amount (pence) of the benefit claimed")
        if k in ("housing_change", "income_change") and not self.changes:
            raise InputError("changes", {}, "the fields that change, e.g. {'housing_rent': 65000}")
        if self.partner_carer:
            qualifying = (
                (k == "pip_awarded" and self.pip_daily_living != "none")
                or (k == "dla_awarded" and self.child is None and self.dla_care in ("middle", "highest"))
                or (k == "benefit_claimed" and self.benefit == "attendance_allowance")
            )
            if not qualifying:
                raise InputError(
                    "partner_carer",
                    True,
                    "False unless the outcome awards a qualifying benefit to an adult: PIP daily living, "
                    "DLA care at the middle or highest rate, or Attendance Allowance (SSCBA 1992 s 70(2); SI 2013/376 reg 30)",
                )

    @property
    def decision_date(self) -> dt.date:
        return self.decided if self.decided is not None else self.effective

    @property
    def evidence(self) -> dt.date:
        return self.evidence_date if self.evidence_date is not None else self.effective

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in attrs.fields(type(self)):
            v = getattr(self, f.name)
            if isinstance(v, dt.date):
                v = v.isoformat()
            elif isinstance(v, Fraction):
                v = float(v)
            out[f.name] = v
        return out


@attrs.frozen(kw_only=True)
class Scenario:
    """A household before advice, the first day of its Universal Credit award
    (``claim_start``, which fixes the assessment periods, reg 21) and the
    outcomes that change it, applied in order."""

    household: Household = attrs.field()
    claim_start: dt.date = attrs.field()
    outcomes: tuple[Outcome, ...] = attrs.field(converter=tuple)
    name: str = ""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.household, Household):
            raise InputError("household", type(self.household).__name__, "a Household")
        _date("claim_start", self.claim_start)
        if not self.outcomes:
            raise InputError("outcomes", (), "one or more Outcome")
        for i, o in enumerate(self.outcomes, start=1):
            if not isinstance(o, Outcome):
                raise InputError(f"outcomes[{i}]", o, "an Outcome")
            if o.adult == 2 and not self.household.is_couple:
                raise InputError(f"outcomes[{i}].adult", 2, "1 for a single claimant")
            if o.partner_carer and not self.household.is_couple:
                raise InputError(f"outcomes[{i}].partner_carer", True, "False for a single claimant (no partner)")
            if o.child is not None and o.child > len(self.household.children):
                raise InputError(f"outcomes[{i}].child", o.child, f"1 to {len(self.household.children)} (the household's children)")


# -- the timeline -------------------------------------------------------------------


def ap_containing(claim_start: dt.date, day: dt.date) -> int:
    """The assessment period (0 for the first) that includes ``day``; a day
    before the award began counts as the first."""
    from .assessments.timing import assessment_period_containing

    return assessment_period_containing(claim_start, max(day, claim_start))


@attrs.frozen
class OutcomeTimeline:
    """When an outcome changes the award, as assessment period numbers
    (0 for the first of the award).

    ``first``: the first period it affects; ``in_payment``: the first with it
    fully in the award (for LCWRA, after the relevant period of reg 28);
    ``ends``: the first period without it (None: it does not end);
    ``decision``: the period in which the decision is made.
    ``lcwra_protection``: for LCWRA, the protection applied from 6 April 2026
    (None for the new-claimant amount), and ``explanation`` why.
    """

    first: int
    in_payment: int
    ends: int | None
    decision: int
    lcwra_protection: str | None = None
    explanation: tuple[str, ...] = ()

    def phase(self, n: int) -> str:
        """"before", "pending" (LCWRA found, element not yet in) or "in_payment"."""
        if n < self.first or (self.ends is not None and n >= self.ends):
            return "before"
        return "pending" if n < self.in_payment else "in_payment"


def _lcwra_protection(o: Outcome, included_from: dt.date) -> tuple[str | None, str]:
    """The LCWRA protection from 6 April 2026, and why (UC Act 2025 s 2;
    SI 2013/376 reg 27(2), 27A, Sch 5A)."""
    from .assessments.lcwra_rate import CHANGE_DATE, LcwraRateFacts, lcwra_rate

    if o.lcwra_protection == "new_claimant":
        return None, "LCWRA amount: new-claimant amount from 6 April 2026, as stated"
    if o.lcwra_protection is not None:
        return o.lcwra_protection, f"LCWRA amount: protected ({o.lcwra_protection}), as stated"
    if o.terminally_ill:
        return "terminally_ill", "LCWRA amount: protected (terminally ill, reg 27(2)(c))"
    facts = LcwraRateFacts(
        element_before_6_april_2026=included_from < CHANGE_DATE,
        continuously_entitled_since=True,
        awaiting_first_assessment=o.evidence < CHANGE_DATE,
        element_continuous_since_first_included=True,
    )
    rate = lcwra_rate(facts, assessment_period_start=max(CHANGE_DATE, included_from), with_amount=False)
    why = (
        f"LCWRA amount from 6 April 2026 decided by {rate.decided_by} [{rate.reference}]: element from "
        f"{included_from.isoformat()}, medical evidence {o.evidence.isoformat()}; continuous entitlement "
        "since is assumed (reg 27A(1)-(2), Sch 5A)"
    )
    return ("pre_2026_claimant" if rate.key == "protected" else None), why


def outcome_timeline(outcome: Outcome, claim_start: dt.date) -> OutcomeTimeline:
    """When ``outcome`` changes a Universal Credit award that began on
    ``claim_start``.

    LCWRA: from the assessment period of the effective date the claimant has
    LCWRA (so the work allowance applies) but the LCWRA element waits for the
    relevant period (reg 28, :func:`~entitlements.assessments.lcwra_element_start`
    with the first medical evidence; none for the terminally ill). Every other
    outcome is in payment from the assessment period in which it takes
    effect: a change takes effect from the first day of the assessment period
    in which it occurs (SI 2013/381 Sch 1 para 20).

    >>> t = outcome_timeline(Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10)), dt.date(2025, 1, 10))
    >>> t.first, t.in_payment, t.phase(2), t.phase(3)
    (0, 3, 'pending', 'in_payment')
    """
    from .assessments.timing import lcwra_element_start

    first = ap_containing(claim_start, outcome.effective)
    decision = ap_containing(claim_start, outcome.decision_date)
    ends = ap_containing(claim_start, outcome.ends) if outcome.ends is not None else None
    notes: list[str] = []
    in_payment = first
    protection = None
    if outcome.kind == "lcwra_found":
        s = lcwra_element_start(
            claim_start,
            evidence_given_on=outcome.evidence,
            terminally_ill=outcome.terminally_ill,
            condition_from=max(outcome.effective, claim_start) if outcome.terminally_ill else None,
        )
        in_payment = max(s.assessment_period, first)
        notes.append("; ".join(line.strip() for line in s.explain().splitlines()))
        protection, why = _lcwra_protection(outcome, assessment_period_start(claim_start, in_payment))
        notes.append(why)
    if ends is not None and ends <= first:
        raise InputError("ends", outcome.ends.isoformat(), "a date in a later assessment period than the one the outcome takes effect in")
    return OutcomeTimeline(first=first, in_payment=in_payment, ends=ends, decision=decision,
                           lcwra_protection=protection, explanation=tuple(notes))


# -- household transforms -------------------------------------------------------------


def _with_adult(h: Household, n: int, **changes: Any) -> Household:
    adults = list(h.adults)
    adults[n - 1] = attrs.evolve(adults[n - 1], **changes)
    return h.replace(adults=tuple(adults))


def _max_rate(old: str, new: str, order: Sequence[str]) -> str:
    return order[max(order.index(old), order.index(new))]


def _ordered_children(h: Household) -> list[int]:
    """Positions in ``h.children`` of the children eldest first (child 1 is
    the eldest), as the household's columns order them
    (:func:`entitlements.columns.birth_order`)."""
    from .columns import birth_order

    return birth_order(h.children)


def household_after(household: Household, outcome: Outcome, *, phase: str = "in_payment",
                    on: dt.date | None = None, tables: Tables | None = None,
                    lcwra_protection: str | None = None) -> Household:
    """The household once ``outcome`` applies (a new frozen Household).

    ``phase`` is "in_payment" or, for LCWRA, "pending" (LCWRA found, the
    element not yet included: reg 28). ``on`` (the first day of the
    assessment period) dates a benefit that counts as income: Carer's
    Allowance at the weekly rate in force on that day. ``lcwra_protection``
    is the protection decided by :func:`outcome_timeline`.

    An award raises a rate, never lowers it: each component becomes the
    higher of the rate held and the rate awarded.

    >>> h = household_after(Household(adults=Adult(age=40)), Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10)), phase="pending")
    >>> h.adults[0].lcwra, h.adults[0].lcwra_element_in_award
    (True, False)
    """
    _choice("phase", phase, ("pending", "in_payment"))
    o, h, n = outcome, household, outcome.adult
    other = 2 if n == 1 else 1
    k = o.kind
    if k == "lcwra_found":
        return _with_adult(h, n, lcwra=True, lcwra_element_in_award=phase == "in_payment",
                           lcwra_protection=lcwra_protection)
    if k == "lcw_found":
        return _with_adult(h, n, lcw=True)
    if k == "pip_awarded":
        a = h.adults[n - 1]
        h = _with_adult(h, n, pip_daily_living=_max_rate(a.pip_daily_living, o.pip_daily_living, PIP_RATES),
                        pip_mobility=_max_rate(a.pip_mobility, o.pip_mobility, PIP_RATES))
        return _with_adult(h, other, carer=True) if o.partner_carer else h
    if k == "dla_awarded":
        if o.child is not None:
            i = _ordered_children(h)[o.child - 1]
            c = h.children[i]
            kids = list(h.children)
            kids[i] = attrs.evolve(c, dla_care=_max_rate(c.dla_care, o.dla_care, DLA_CARE),
                                   dla_mobility=_max_rate(c.dla_mobility, o.dla_mobility, DLA_MOBILITY))
            return h.replace(children=tuple(kids))
        a = h.adults[n - 1]
        h = _with_adult(h, n, dla_care=_max_rate(a.dla_care, o.dla_care, DLA_CARE),
                        dla_mobility=_max_rate(a.dla_mobility, o.dla_mobility, DLA_MOBILITY))
        return _with_adult(h, other, carer=True) if o.partner_carer else h
    if k == "carer_element":
        return _with_adult(h, n, carer=True)
    if k == "carers_allowance":
        if on is None:
            raise InputError("on", None, "the first day of the assessment period (the Carer's Allowance rate in force)")
        t = tables if tables is not None else default_tables()
        return _with_adult(h, n, carer=True, carers_allowance_weekly=t.at("carers_allowance.rate", on))
    if k == "benefit_cap_exemption":
        if o.reason == "grace_period":
            return h.replace(benefit_cap_grace_period=True)
        if o.reason == "guardians_allowance":
            return h.replace(guardians_allowance=True)
        return _with_adult(h, n, esa_support_component=True)
    if k == "benefit_claimed":
        if o.benefit == "child_benefit":
            return h.replace(child_benefit_claimed=True)
        if o.benefit == "attendance_allowance":
            a = h.adults[n - 1]
            h = _with_adult(h, n, attendance_allowance=_max_rate(a.attendance_allowance, o.aa_rate, AA_RATES))
            return _with_adult(h, other, carer=True) if o.partner_carer else h
        return h
    return apply_changes(h, o.changes)


_HOUSEHOLD_FIELDS = tuple(a.name for a in attrs.fields(Household) if a.name not in ("adults", "children", "housing"))


def apply_changes(household: Household, changes: Mapping[str, Any]) -> Household:
    """A household with fields changed, named as the flat records name them
    (values in the library's units: pence, dates, codes):

    ``adult1_monthly_earnings``, ``adult2_carer``, ``capital``,
    ``housing_rent``, ``housing_tenure`` (a household with no housing needs
    the tenure first), ``child2_dla_care`` (child 2 is the second eldest).
    Setting ``housing`` to None removes the housing costs.

    >>> h = apply_changes(Household(adults=Adult(age=30)), {"adult1_monthly_earnings": 50000, "capital": 100000})
    >>> h.adults[0].monthly_earnings, h.capital
    (50000, 100000)
    """
    import re

    h = household
    adult: dict[int, dict[str, Any]] = {}
    child: dict[int, dict[str, Any]] = {}
    housing: dict[str, Any] = {}
    top: dict[str, Any] = {}
    for key, value in changes.items():
        m = re.match(r"^(adult|child)(\d+)_(.+)$", key)
        if m:
            which, num, field = m.group(1), int(m.group(2)), m.group(3)
            target = adult if which == "adult" else child
            names = [a.name for a in attrs.fields(Adult if which == "adult" else Child)]
            if field not in names:
                raise InputError(key, value, f"a known {which} field: {', '.join(names)}")
            target.setdefault(num, {})[field] = value
        elif key.startswith("housing_"):
            field = key.removeprefix("housing_")
            names = [a.name for a in attrs.fields(Housing)]
            if field not in names:
                raise InputError(key, value, f"a known housing field: {', '.join('housing_' + n for n in names)}")
            housing[field] = value
        elif key == "housing" and value is None:
            top["housing"] = None
        elif key in _HOUSEHOLD_FIELDS:
            top[key] = value
        else:
            raise InputError(key, value, "adultN_*, childN_*, housing_* or a household field")
    for num, fields in adult.items():
        if not 1 <= num <= len(h.adults):
            raise InputError(f"adult{num}_", num, f"1 to {len(h.adults)}")
        h = _with_adult(h, num, **fields)
    if child:
        order = _ordered_children(h)
        kids = list(h.children)
        for num, fields in child.items():
            if not 1 <= num <= len(kids):
                raise InputError(f"child{num}_", num, f"1 to {len(kids)}")
            kids[order[num - 1]] = attrs.evolve(kids[order[num - 1]], **fields)
        h = h.replace(children=tuple(kids))
    if housing:
        if h.housing is None:
            if "tenure" not in housing:
                raise InputError("housing_tenure", None, "a tenure for a household that had no housing costs")
            h = h.replace(housing=Housing(**housing))
        else:
            h = h.replace(housing=attrs.evolve(h.housing, **housing))
    if top:
        h = h.replace(**top)
    return h


# -- benefits paid in their own right -------------------------------------------------


@attrs.frozen
class LineSpec:
    """A benefit an outcome brings in its own right, as weekly terms: the sum
    of ``coefficient x table value`` for each key, plus ``fixed_weekly``."""

    benefit: str
    table_id: str | None
    coefficients: Mapping[str, int]
    fixed_weekly: int = 0


def _component_terms(old: str, new: str, order: Sequence[str], keys: Mapping[str, str]) -> dict[str, int]:
    """The weekly difference of one component, as table keys with +1/-1."""
    up = _max_rate(old, new, order)
    terms: dict[str, int] = {}
    if up != "none":
        terms[keys[up]] = terms.get(keys[up], 0) + 1
    if old != "none":
        terms[keys[old]] = terms.get(keys[old], 0) - 1
    return {k: v for k, v in terms.items() if v}


_PIP_DL = {"standard": "daily_living_standard", "enhanced": "daily_living_enhanced"}
_PIP_MOB = {"standard": "mobility_standard", "enhanced": "mobility_enhanced"}
_DLA_CARE = {"lowest": "care_lowest", "middle": "care_middle", "highest": "care_highest"}
_DLA_MOB = {"lower": "mobility_lower", "higher": "mobility_higher"}
_AA = {"lower": "lower", "higher": "higher"}


def line_specs(household: Household, outcome: Outcome) -> tuple[LineSpec, ...]:
    """The benefits ``outcome`` brings in its own right (PIP, DLA, AA,
    Carer's Allowance, Child Benefit, another benefit claimed), as the
    increase over what the household already had."""
    o, h = outcome, household
    a = h.adults[o.adult - 1]
    if o.kind == "pip_awarded":
        c = _component_terms(a.pip_daily_living, o.pip_daily_living, PIP_RATES, _PIP_DL)
        c.update(_component_terms(a.pip_mobility, o.pip_mobility, PIP_RATES, _PIP_MOB))
        return (LineSpec("pip", "pip.rates", c),) if c else ()
    if o.kind == "dla_awarded":
        who = h.children[_ordered_children(h)[o.child - 1]] if o.child is not None else a
        c = _component_terms(who.dla_care, o.dla_care, DLA_CARE, _DLA_CARE)
        for k, v in _component_terms(who.dla_mobility, o.dla_mobility, DLA_MOBILITY, _DLA_MOB).items():
            c[k] = c.get(k, 0) + v
        c = {k: v for k, v in c.items() if v}
        return (LineSpec("dla", "dla.rates", c),) if c else ()
    if o.kind == "carers_allowance":
        return (LineSpec("carers_allowance", "carers_allowance.rate", {"": 1}),)
    if o.kind == "benefit_claimed":
        if o.benefit == "child_benefit":
            if h.child_benefit_claimed or not h.children:
                return ()
            return (LineSpec("child_benefit", "child_benefit.rates",
                             {k: v for k, v in (("eldest_or_only_child", 1), ("each_other_child", len(h.children) - 1)) if v}),)
        if o.benefit == "attendance_allowance":
            c = _component_terms(a.attendance_allowance, o.aa_rate, AA_RATES, _AA)
            return (LineSpec("attendance_allowance", "aa.rates", c),) if c else ()
        return (LineSpec("other", None, {}, o.weekly_amount),)
    return ()


def _table_value(table: Table, row_value: Any, key: str) -> int:
    return row_value if key == "" else row_value[key]


def line_weekly(spec: LineSpec, on: dt.date, tables: Tables) -> int:
    """The weekly amount of a benefit line in force on ``on`` [pence/week]."""
    total = spec.fixed_weekly
    if spec.table_id is not None:
        value = tables.at(spec.table_id, on)
        for key, coef in spec.coefficients.items():
            total += coef * (value if key == "" else value[key])
    return total


def line_over(spec: LineSpec, start: dt.date, end: dt.date, tables: Tables) -> int:
    """A benefit line over the days from ``start`` up to (not including)
    ``end`` [pence]: each day one seventh of the weekly rate in force that
    day, each stretch at one rate rounded to the penny (reg 6(1) style)."""
    if end <= start:
        return 0
    if spec.table_id is None:
        return divide_half_up((end - start).days * spec.fixed_weekly, 7)
    table = tables.table(spec.table_id)
    # A stretch also starts the day after the table's coverage ends, so days
    # whose rate is not yet known are an error, not last year's rate.
    after = table.until + dt.timedelta(days=1)
    cuts = sorted({start, end, *(r.start for r in table.rows if start < r.start < end), *([after] if start < after < end else [])})
    total = 0
    for a, b in zip(cuts, cuts[1:]):
        total += divide_half_up((b - a).days * line_weekly(spec, a, tables), 7)
    return total


# -- probabilities and the health service ----------------------------------------------


@attrs.frozen
class Probability:
    """The chance an outcome succeeds: ``value`` (a Fraction), where it came
    from (``source``: "confirmed", "given", a rule table id, or "none" when
    no published figure was found and the gain is not discounted)."""

    value: Fraction
    source: str
    detail: str = ""


_SUCCESS_KEYS = {
    ("lcwra_found", "initial"): ("gain.success_wca", "lcwra_initial"),
    ("lcwra_found", "mandatory_reconsideration"): ("gain.success_wca", "mandatory_reconsideration"),
    ("lcwra_found", "appeal"): ("gain.success_wca", "appeal"),
    ("lcw_found", "initial"): ("gain.success_wca", "lcw_initial"),
    ("lcw_found", "mandatory_reconsideration"): ("gain.success_wca", "mandatory_reconsideration"),
    ("lcw_found", "appeal"): ("gain.success_wca", "appeal"),
    ("pip_awarded", "initial"): ("gain.success_pip", "initial"),
    ("pip_awarded", "mandatory_reconsideration"): ("gain.success_pip", "mandatory_reconsideration"),
    ("pip_awarded", "appeal"): ("gain.success_pip", "appeal"),
    ("dla_awarded", "appeal"): ("gain.success_dla", "appeal"),
}


def success_probability(outcome: Outcome, tables: Tables | None = None) -> Probability:
    """The probability used to weight ``outcome``: 1 if confirmed; the given
    ``probability``; else the latest published rate for its kind and stage
    (``rules/gain/success_*.toml``, each row citing its publication); else 1
    with ``source="none"`` (no published figure: not discounted).

    >>> success_probability(Outcome(kind="pip_awarded", effective=dt.date(2025, 5, 1), pip_daily_living="standard", stage="appeal")).value
    Fraction(69, 100)
    """
    if outcome.confirmed:
        return Probability(Fraction(1), "confirmed")
    if outcome.probability is not None:
        p = outcome.probability
        return Probability(p if isinstance(p, Fraction) else Fraction(str(p)), "given")
    key = _SUCCESS_KEYS.get((outcome.kind, outcome.stage))
    if key is None:
        return Probability(Fraction(1), "none", f"no published success rate for {outcome.kind} at {outcome.stage}: not discounted")
    t = (tables if tables is not None else default_tables()).table(key[0])
    row = t.rows[-1]
    detail = f"{key[0]} {key[1]} = {row.value[key[1]]}% (published statistics; {row.source})"
    if not row.verified:
        detail += " [unverified]"
    return Probability(row.value[key[1]] / 100, f"{key[0]}.{key[1]}", detail)


def gp_appointments_saved_a_year(tables: Tables | None = None) -> tuple[int, str]:
    """GP appointments saved a year per patient found to have LCW or LCWRA,
    and its source (the latest row of ``gain.gp_appointments_saved``)."""
    t = (tables if tables is not None else default_tables()).table("gain.gp_appointments_saved")
    row = t.rows[-1]
    return row.value, row.source + (" [unverified]" if not row.verified else "")


# -- conversions ---------------------------------------------------------------------


def weekly_equivalent(monthly):
    """A monthly amount as a weekly one: x 12 / 52, a fraction of a penny
    rounded half up (the rounding of UC Regs 2013 reg 6(1)).

    >>> weekly_equivalent(42327)
    9768
    """
    return divide_half_up(monthly * 12, 52)


def annual_amount(monthly, weekly_lines, convention: str):
    """The annual income gain as the advice sector reports it [pence/year].

    ``"weekly_x52"``: (the weekly equivalent of the monthly UC gain + each
    weekly benefit) x 52. ``"monthly_x12"``: (the monthly UC gain + each
    weekly benefit x 52 / 12, rounded) x 12.
    """
    _choice("convention", convention, CONVENTIONS)
    if convention == "weekly_x52":
        return (weekly_equivalent(monthly) + sum(weekly_lines)) * 52
    return (monthly + sum(weekly_to_monthly(w) for w in weekly_lines)) * 12


def weighted(amount, probability: Fraction) -> int:
    """``amount`` x ``probability``, to the nearest penny (half up)."""
    return int(divide_half_up(int(amount) * probability.numerator, probability.denominator))


# -- rates beyond the tables --------------------------------------------------------------


def hold_rates(tables: Tables, until: dt.date) -> Tables:
    """The tables with every rate held at its last known value up to
    ``until``: an explicit assumption (the version names it), for projections
    that run past the rules' coverage. Nothing is uprated."""
    _date("until", until)
    held = {t.id: (attrs.evolve(t, until=until) if t.until < until else t) for t in tables}
    label = f"rates held at last known values to {until.isoformat()} (assumption)"
    return Tables(held, attrs.evolve(tables.version, overlays=tables.version.overlays + (label,)))


# -- the result ---------------------------------------------------------------------------


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


@attrs.frozen
class PeriodGain:
    """One assessment period: Universal Credit before and after [pence]."""

    number: int  # 0 for the first of the award
    start: dt.date
    end: dt.date
    before: int
    after: int
    phases: tuple[str, ...]  # each outcome's phase
    arrears: bool  # ends before the decision: paid as arrears
    projected: bool  # inside the projection horizon

    @property
    def gain(self) -> int:
        return self.after - self.before

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "start": _iso(self.start), "end": _iso(self.end), "before_pence": self.before,
                "after_pence": self.after, "gain_pence": self.gain, "phases": list(self.phases),
                "arrears": self.arrears, "projected": self.projected}


@attrs.frozen
class BenefitLine:
    """A benefit an outcome brings in its own right [pence]."""

    benefit: str
    weekly: int  # in force when the outcome is in payment
    projected: int  # over the projection window
    arrears: int  # before the decision's assessment period
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {"benefit": self.benefit, "weekly_pence": self.weekly, "projected_pence": self.projected,
                "arrears_pence": self.arrears, "source": self.source}


@attrs.frozen
class Gain:
    """The income gain of a scenario. Money in pence; every figure's basis
    is in ``assumptions``."""

    scenario: Scenario
    convention: str
    horizon_months: int
    projection_from: str
    recurring_from: dt.date | None  # the assessment period the recurring gain is measured in
    recurring_monthly: int  # UC after - before in that period
    recurring_weekly: int  # its weekly equivalent (x 12 / 52)
    benefit_lines: tuple[BenefitLine, ...]
    annual: int  # UC and the other benefits, by the convention
    periods: tuple[PeriodGain, ...]
    projection_start: dt.date
    projection_end: dt.date
    projected_uc: int
    arrears_uc: int
    lump_sum: int
    debt_written_off: int
    probability: Probability
    gp_appointments_saved_a_year: int
    confirmed: bool
    assumptions: tuple[str, ...]
    rules: RulesVersion

    @property
    def recurring_weekly_total(self) -> int:
        """UC weekly equivalent and the weekly benefits together [pence/week]."""
        return self.recurring_weekly + sum(b.weekly for b in self.benefit_lines)

    @property
    def projected(self) -> int:
        """UC and the other benefits over the projection window [pence]."""
        return self.projected_uc + sum(b.projected for b in self.benefit_lines)

    @property
    def arrears(self) -> int:
        """Arrears of UC and the other benefits [pence]."""
        return self.arrears_uc + sum(b.arrears for b in self.benefit_lines)

    @property
    def one_off(self) -> int:
        """Arrears and lump sums (debts written off are a separate line) [pence]."""
        return self.arrears + self.lump_sum

    def weighted(self, amount: int) -> int:
        return weighted(amount, self.probability.value)

    def to_dict(self) -> dict[str, Any]:
        p = self.probability
        return {
            "scenario": {
                "name": self.scenario.name,
                "claim_start": _iso(self.scenario.claim_start),
                "outcomes": [o.to_dict() for o in self.scenario.outcomes],
            },
            "confirmed": self.confirmed,
            "recurring": {
                "from_assessment_period": _iso(self.recurring_from),
                "uc_monthly_pence": self.recurring_monthly,
                "uc_weekly_pence": self.recurring_weekly,
                "weekly_total_pence": self.recurring_weekly_total,
                "benefits": [b.to_dict() for b in self.benefit_lines],
            },
            "annual": {"convention": self.convention, "pence": self.annual, "weighted_pence": self.weighted(self.annual)},
            "projection": {
                "horizon_months": self.horizon_months,
                "from": self.projection_from,
                "start": _iso(self.projection_start),
                "end": _iso(self.projection_end),
                "uc_pence": self.projected_uc,
                "total_pence": self.projected,
                "weighted_pence": self.weighted(self.projected),
            },
            "one_off": {
                "arrears_pence": self.arrears,
                "arrears_uc_pence": self.arrears_uc,
                "lump_sum_pence": self.lump_sum,
                "debt_written_off_pence": self.debt_written_off,
                "weighted_arrears_pence": self.weighted(self.arrears),
            },
            "probability": {"value": float(p.value), "fraction": str(p.value), "source": p.source, "detail": p.detail},
            "gp_appointments_saved_a_year": self.gp_appointments_saved_a_year,
            "periods": [x.to_dict() for x in self.periods],
            "assumptions": list(self.assumptions),
            "rules": {"release": self.rules.release, "content_hash": self.rules.content_hash, "overlays": list(self.rules.overlays)},
        }

    def render(self) -> str:
        """A short plain-text statement for an adviser."""
        lines = [
            f"Income gain{': ' + self.scenario.name if self.scenario.name else ''} "
            f"({'confirmed' if self.confirmed else 'predicted'})",
            f"  Recurring: UC {format_pounds(self.recurring_monthly, sign=True)} a month "
            f"({format_pounds(self.recurring_weekly, sign=True)} a week) from the assessment period "
            f"beginning {uk_date(self.recurring_from) if self.recurring_from else '-'}",
        ]
        for b in self.benefit_lines:
            lines.append(f"             {b.benefit.replace('_', ' ')} {format_pounds(b.weekly, sign=True)} a week")
        lines.append(f"  Annual income gain ({self.convention.replace('_', ' ')}): {format_pounds(self.annual)}")
        lines.append(f"  Projected over {self.horizon_months} assessment periods from {uk_date(self.projection_start)}: "
                     f"{format_pounds(self.projected)}")
        lines.append(f"  One-off: arrears {format_pounds(self.arrears)}, lump sums {format_pounds(self.lump_sum)}; "
                     f"debts written off {format_pounds(self.debt_written_off)}")
        if self.probability.value != 1:
            lines.append(f"  Weighted by the chance of success {float(self.probability.value):.0%}: annual "
                         f"{format_pounds(self.weighted(self.annual))}")
        lines.append(f"  Assumptions: {self.assumptions[0]}" if self.assumptions else "")
        lines.extend(f"    {x}" for x in self.assumptions[1:])
        lines.append(f"  Rules: {self.rules}")
        if self.gp_appointments_saved_a_year:
            lines.append(f"  GP appointments saved: about {self.gp_appointments_saved_a_year} a year")
        return "\n".join(lines)


# -- the calculation ----------------------------------------------------------------------


def _check_int(name: str, value: Any, lo: int, hi: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise InputError(name, value, f"a whole number from {lo} to {hi}")


def income_gain(
    scenario: Scenario,
    *,
    horizon_months: int = 12,
    convention: str = "weekly_x52",
    projection_from: str = "decision",
    tables: Tables | None = None,
    hold_rates_until: dt.date | None = None,
) -> Gain:
    """The income gain of ``scenario`` (see the module docstring).

    Every assessment period from the first the outcomes affect to the end of
    the projection is estimated before and after with the rates in force for
    it (the Universal Credit engine of :func:`entitlements.estimate_caseload`,
    one date per period).
    Where several outcomes are decided on different dates, the latest
    decision counts for arrears and the projection. A projection that runs
    past the rule tables raises :class:`~entitlements.errors.NoRowInForce`
    unless ``hold_rates_until`` holds the last known rates (an assumption the
    result records).
    """
    from .benefits import uc
    from .columns import households_columns

    if not isinstance(scenario, Scenario):
        raise InputError("scenario", type(scenario).__name__, "a Scenario")
    _check_int("horizon_months", horizon_months, 1, 120)
    _choice("convention", convention, CONVENTIONS)
    _choice("projection_from", projection_from, PROJECTION_STARTS)
    tables = tables if tables is not None else default_tables()
    if hold_rates_until is not None:
        tables = hold_rates(tables, hold_rates_until)
    F = scenario.claim_start
    h0 = scenario.household
    timelines = [outcome_timeline(o, F) for o in scenario.outcomes]
    first = min(t.first for t in timelines)
    decision = max(t.decision for t in timelines)
    in_payment = max(t.in_payment for t in timelines)
    p0 = decision if projection_from == "decision" else first
    rep = max(in_payment, decision)
    rep_live = all(t.ends is None or rep < t.ends for t in timelines)
    lo = min(first, p0)
    hi = max(p0 + horizon_months, rep + 1)

    def after_in(n: int, start: dt.date) -> tuple[Household, tuple[str, ...]]:
        h = h0
        phases = []
        for o, t in zip(scenario.outcomes, timelines):
            ph = t.phase(n)
            phases.append(ph)
            if ph != "before":
                h = household_after(h, o, phase=ph, on=start, tables=tables, lcwra_protection=t.lcwra_protection)
        return h, tuple(phases)

    numbers = list(range(lo, hi))
    starts = [assessment_period_start(F, n) for n in numbers]
    afters = [after_in(n, s) for n, s in zip(numbers, starts)]
    households = [h0] * len(numbers) + [a for a, _ in afters]
    on = np.array(starts * 2, dtype="datetime64[D]")
    cols = households_columns(households)
    out_of_range = np.asarray(uc.children_out_of_range(cols.children, on=on))
    if out_of_range.any():
        i = int(np.flatnonzero(out_of_range)[0]) % len(numbers)
        raise InputError("household", f"assessment period {numbers[i] + 1} beginning {starts[i].isoformat()}",
                         "children under 20 and born by the end of every assessment period of the projection "
                         "(SI 2013/376 reg 5): give the household as it will be, or shorten the horizon")
    award = np.asarray(uc.calculate(cols, on=on, tables=tables).award)
    m = len(numbers)
    periods = []
    for i, n in enumerate(numbers):
        end = assessment_period_start(F, n + 1) - dt.timedelta(days=1)
        periods.append(PeriodGain(number=n, start=starts[i], end=end, before=int(award[i]), after=int(award[m + i]),
                                  phases=afters[i][1], arrears=first <= n < decision,
                                  projected=p0 <= n < p0 + horizon_months))
    by_n = {p.number: p for p in periods}
    recurring = by_n[rep].gain if rep_live else 0
    projected_uc = sum(p.gain for p in periods if p.projected)
    arrears_uc = sum(p.gain for p in periods if p.arrears)
    proj_start = assessment_period_start(F, p0)
    proj_end_excl = assessment_period_start(F, p0 + horizon_months)
    decision_start = assessment_period_start(F, decision)
    rep_start = assessment_period_start(F, rep)

    lines: list[BenefitLine] = []
    h = h0
    assumptions = [
        f"Assessment periods follow the award that began on {F.isoformat()} (SI 2013/376 reg 21); each is estimated "
        "with the rates in force for periods beginning on its first day.",
        f"Projection: {horizon_months} assessment periods from {proj_start.isoformat()} (the period of the "
        f"{'decision' if projection_from == 'decision' else 'outcome taking effect'}) to "
        f"{(proj_end_excl - dt.timedelta(days=1)).isoformat()}.",
        f"Arrears: assessment periods from the first the outcome affects to the one before the decision's "
        f"({decision_start.isoformat()}), paid as a lump sum.",
        f"Recurring gain measured in the assessment period beginning {rep_start.isoformat()}"
        + ("" if rep_live else " (the award has ended by then: recurring gain nil)") + ".",
        "Weekly equivalent of a monthly amount: x 12 / 52, rounded to the nearest penny (half up, as reg 6(1)).",
        f"Annual income gain convention: {convention} "
        + ("(weekly gain x 52)." if convention == "weekly_x52" else "(monthly gain x 12; weekly benefits x 52 / 12 first)."),
        "Benefits paid weekly accrue a seventh of the weekly rate a day, at the rate in force each day.",
        "Awards raise a rate, never lower it (each component becomes the higher of the rate held and the rate awarded).",
    ]
    for o, t in zip(scenario.outcomes, timelines):
        assumptions.extend(t.explanation)
        for spec in line_specs(h, o):
            start = max(o.effective, F)
            stop = o.ends if o.ends is not None else dt.date.max
            weekly = line_weekly(spec, rep_start, tables) if rep_live else 0
            proj = line_over(spec, max(start, proj_start), min(stop, proj_end_excl), tables)
            arr = line_over(spec, start, min(stop, decision_start), tables)
            src = (tables.source(spec.table_id, rep_start) if spec.table_id else "amount given")
            lines.append(BenefitLine(spec.benefit, weekly, proj, arr, src))
        if o.kind == "carers_allowance":
            assumptions.append("Carer's Allowance counts as unearned income in each assessment period at the weekly "
                               "rate in force on its first day, x 52 / 12 (reg 66(1)(b), 73).")
        h = household_after(h, o, phase="in_payment", on=max(o.effective, F), tables=tables, lcwra_protection=t.lcwra_protection)

    probs = [success_probability(o, tables) for o in scenario.outcomes]
    value = Fraction(1)
    for p in probs:
        value *= p.value
    if len(probs) == 1:
        prob = probs[0]
    else:
        prob = Probability(value, "product", "; ".join(f"{p.source}: {p.value}" for p in probs)
                           + " (outcomes taken as independent)")
    if prob.detail:
        assumptions.append("Probability of success: " + prob.detail)

    gp_each, gp_source = gp_appointments_saved_a_year(tables)
    patients = {o.adult for o in scenario.outcomes if o.kind in ("lcw_found", "lcwra_found")}
    gp = gp_each * len(patients)
    if gp:
        assumptions.append(f"GP appointments saved: {gp_each} a year per patient found to have LCW or LCWRA ({gp_source}).")
    annual = annual_amount(recurring, [b.weekly for b in lines], convention)
    return Gain(
        scenario=scenario,
        convention=convention,
        horizon_months=horizon_months,
        projection_from=projection_from,
        recurring_from=rep_start if rep_live else None,
        recurring_monthly=recurring,
        recurring_weekly=int(weekly_equivalent(recurring)),
        benefit_lines=tuple(lines),
        annual=int(annual),
        periods=tuple(periods),
        projection_start=proj_start,
        projection_end=proj_end_excl - dt.timedelta(days=1),
        projected_uc=projected_uc,
        arrears_uc=arrears_uc,
        lump_sum=sum(o.lump_sum for o in scenario.outcomes),
        debt_written_off=sum(o.debt_written_off for o in scenario.outcomes),
        probability=prob,
        gp_appointments_saved_a_year=gp,
        confirmed=all(o.confirmed for o in scenario.outcomes),
        assumptions=tuple(assumptions),
        rules=tables.version,
    )
