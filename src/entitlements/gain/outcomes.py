"""The outcome model: what an advice outcome is, and what it changes.

An advice outcome (:class:`Outcome`) changes a household from a date: LCWRA
found, PIP awarded, the carer element claimed. A :class:`Scenario` is the
household before and the outcomes that change it. Here are both, with their
checks, what each outcome makes of the household (:func:`household_after`,
:func:`apply_changes`), and the benefits it brings in its own right as terms
of their rate tables (:func:`line_specs`). Valuing them is
:mod:`entitlements.gain.household` (one household) and
:mod:`entitlements.gain.caseload` (a caseload).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs
import numpy as np

from ..columns import birth_order
from ..dates import EARLIEST_DATE, LATEST_DATE
from ..errors import InputError
from ..household_checks import _numpy_scalars
from ..money import divide_half_up
from ..household import (
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
from ..tables import Tables, default_tables
from .overlapping import after_fields, overlapping_weekly, overlapping_weekly_on, state_pension_overlap_from

__all__ = [
    "OUTCOME_KINDS",
    "STAGES",
    "CAP_EXEMPTION_REASONS",
    "CLAIMED_BENEFITS",
    "Outcome",
    "Scenario",
    "household_after",
    "apply_changes",
    "LineSpec",
    "line_specs",
    "HB_CTR_KINDS",
    "COUNCIL_TAX_FIELDS",
    "hb_ctr_weekly_gain",
    "hb_weeks_paid",
    "bedrooms_refused",
    "check_bedrooms",
    "RENT_FREE_ASSUMPTION",
    "rent_free_assumption",
    "hb_rent_free_annual",
    "age_refusal",
    "held_refusal",
    "held_already",
    "repeat_refusal",
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
    "hb_awarded",  # Housing Benefit awarded (SSCBA 1992 s 130; SI 2006/213, SI 2006/214)
    "ctr_awarded",  # Council Tax Reduction awarded (LGFA 1992 s 13A)
    "council_tax_band_corrected",  # the home's band corrected (after_housing_council_tax_band)
    "council_tax_discount_corrected",  # a discount or the disabled band reduction put right
)

#: The outcomes valued as the fall in what the household pays, or the award,
#: a week on the day they take effect (:func:`hb_ctr_weekly_gain`): the line
#: each brings in its own right.
HB_CTR_KINDS = {"hb_awarded": "housing_benefit", "ctr_awarded": "council_tax_reduction",
                "council_tax_band_corrected": "council_tax", "council_tax_discount_corrected": "council_tax"}

#: What a council tax correction may change (``changes``).
COUNCIL_TAX_FIELDS = ("housing_council_tax_band", "housing_council_tax_disregarded", "housing_disabled_band_reduction",
                      "housing_council_tax_liable", "housing_council_tax_band_charge", "housing_council_tax_band_d")


#: Where the outcome was decided.
STAGES = ("initial", "mandatory_reconsideration", "appeal")


#: Ways a benefit cap exemption is gained (each is a field the engine reads).
CAP_EXEMPTION_REASONS = ("grace_period", "guardians_allowance", "esa_support_component")


#: Benefits a ``benefit_claimed`` outcome can name.
CLAIMED_BENEFITS = ("child_benefit", "attendance_allowance", "other")


#: The first day Universal Credit could be claimed: 29 April 2013 (Welfare
#: Reform Act 2012 (Commencement No. 9 ...) Order 2013, SI 2013/983 art 3).
#: A claim or an outcome before it is a mistake in the date.
FIRST_UC_DAY = dt.date(2013, 4, 29)


def _date(name: str, value: Any, optional: bool = False, *, earliest: dt.date = FIRST_UC_DAY) -> None:
    if optional and value is None:
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InputError(name, value, "a date (datetime.date)" + (" or None" if optional else ""))
    if not earliest <= value <= LATEST_DATE:
        raise InputError(name, value.isoformat(), f"a date from {earliest.isoformat()} (the first Universal Credit claims) "
                                                  f"to {LATEST_DATE.isoformat()}")


def _choice(name: str, value: Any, options: Sequence[Any]) -> None:
    if value not in options:
        raise InputError(name, value, "one of " + ", ".join(repr(o) for o in options))


def _pence(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(name, value, "a whole number of pence, 0 or more")


# numpy scalars (a DataFrame's values) as the Python values they hold, as the household classes take them.
@attrs.frozen(kw_only=True, field_transformer=_numpy_scalars)
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
        _check_outcome(self)

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


def _check_outcome(self: Outcome) -> None:
    """An outcome's checks: each field allowed, and what its kind needs."""
    _choice("kind", self.kind, OUTCOME_KINDS)
    _date("effective", self.effective)
    for name in ("decided", "ends"):
        _date(name, getattr(self, name), optional=True)
    _date("evidence_date", self.evidence_date, optional=True, earliest=EARLIEST_DATE)  # evidence may predate the claim
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
    if k in ("council_tax_band_corrected", "council_tax_discount_corrected"):
        if not self.changes:
            raise InputError("changes", {}, "the council tax facts corrected, e.g. {'housing_council_tax_band': 'B'}")
        wrong = sorted(set(self.changes) - set(COUNCIL_TAX_FIELDS))
        if wrong:
            raise InputError(wrong[0], self.changes[wrong[0]], "one of " + ", ".join(COUNCIL_TAX_FIELDS))

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


def _outcomes(value: Iterable[Outcome]) -> tuple[Outcome, ...]:
    """A sequence of outcomes as a tuple (the converter's type is what callers may pass)."""
    return tuple(value)


@attrs.frozen(kw_only=True)
class Scenario:
    """A household before advice, the first day of its Universal Credit award
    (``claim_start``, which fixes the assessment periods, reg 21) and the
    outcomes that change it, applied in order."""

    household: Household = attrs.field()
    claim_start: dt.date = attrs.field()
    outcomes: tuple[Outcome, ...] = attrs.field(converter=_outcomes)
    name: str = ""

    def __attrs_post_init__(self) -> None:
        from . import held_already

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
            n_children = len(self.household.children)
            if o.child is not None and o.child > n_children:
                raise InputError(f"outcomes[{i}].child", o.child, f"1 to {n_children} (the household's children)" if n_children
                                 else "no child named: the household has no children")
            if o.kind == "benefit_claimed" and o.benefit == "child_benefit" and not n_children:
                # Not a gain of nil: a claim that cannot be made (SSCBA 1992 s 141: a person responsible for a child).
                raise InputError(f"outcomes[{i}].benefit", "child_benefit", "a benefit the household can claim: Child Benefit "
                                 "needs a child or qualifying young person in the household (SSCBA 1992 s 141), and it has none")
            refused = (age_refusal(self.household, o) or held_already.held_refusal(self.household, o)
                       or held_already.repeat_refusal(self.outcomes, i - 1))
            if refused is not None:
                raise InputError(f"outcomes[{i}].{refused[0]}", refused[1], refused[2])


def age_refusal(household: Household, outcome: Outcome) -> tuple[str, str, str] | None:
    """Why ``outcome`` cannot be awarded to its adult at their age on its
    date, as ``(field, value, expected)``, or None. Only what no reading of
    the law allows is refused (:mod:`entitlements.benefits.disability_ages`):
    Attendance Allowance before State Pension age; PIP to someone 65 or over
    when PIP began (8 April 2013); DLA from State Pension age to an adult
    holding none; DLA mobility to a child under 3 (higher rate) or 5 (lower)."""
    from ..benefits import disability_ages as ages

    o = outcome
    n = o.adult
    a = household.adults[n - 1]
    on = o.effective.isoformat()
    if o.kind == "benefit_claimed" and o.benefit == "attendance_allowance":
        if ages.attendance_allowance_age_refused(a.date_of_birth, a.age, o.effective):
            return ("benefit", "attendance_allowance", f"a benefit adult {n} can be awarded on {on}: Attendance Allowance "
                    f"only from State Pension age (65 before 6 December 2018), which adult {n} has not reached "
                    "(SSCBA 1992 s 64(1) as amended by the Pensions Act 2007 Sch 1 para 41); under it, PIP (pip_awarded)")
    elif o.kind == "pip_awarded":
        if ages.pip_age_refused(a.date_of_birth, a.age, o.effective):
            return ("kind", "pip_awarded", f"an outcome adult {n} can be awarded: no PIP for anyone 65 or over on "
                    "8 April 2013, when it began (born on or before 8 April 1948): they had reached the relevant age "
                    "of Welfare Reform Act 2012 s 83 before any claim (SI 2013/377 regs 25-27); Attendance Allowance instead")
    elif o.kind == "dla_awarded" and o.child is not None:
        c = household.children[_ordered_children(household)[o.child - 1]]
        if ages.dla_mobility_age_refused(c.date_of_birth, DLA_MOBILITY.index(o.dla_mobility), o.effective):
            return ("dla_mobility", o.dla_mobility, f"a rate child {o.child} can be awarded on {on}: "
                    + ages.DLA_MOBILITY_EXPECTED)
    elif o.kind == "dla_awarded":
        holds = a.dla_care != "none" or a.dla_mobility != "none"
        if ages.dla_adult_age_refused(a.date_of_birth, a.age, o.effective, holds):
            return ("kind", "dla_awarded", f"an outcome adult {n} can be awarded on {on}: no DLA from State Pension age "
                    "(65 before 6 December 2018) except on an award made before it (SSCBA 1992 s 75(1); SI 1991/2890 "
                    f"reg 3), and adult {n} has reached it holding no DLA; Attendance Allowance instead")
    return None


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
    return birth_order(h.children)


def household_after(household: Household, outcome: Outcome, *, phase: str = "in_payment",
                    on: dt.date | None = None, tables: Tables | None = None,
                    lcwra_protection: str | None = None, overlap_day: dt.date | None = None) -> Household:
    """The household once ``outcome`` applies (a new frozen Household).

    ``phase`` is "in_payment" or, for LCWRA, "pending" (LCWRA found, the
    element not yet included: reg 28). ``on`` (the first day of the
    assessment period) dates a benefit that counts as income: Carer's
    Allowance at the weekly rate in force on that day, less the carer's own
    State Pension, new-style ESA and JSA (the overlapping-benefits
    adjustment, :mod:`entitlements.gain.overlapping`). ``lcwra_protection``
    is the protection decided by :func:`outcome_timeline`. ``overlap_day``
    (default ``on``): the day the carer's State Pension is tested against
    pensionable age for the overlap (it overlaps only once paid: the last
    day of a Universal Credit assessment period, as the pension itself
    counts, ``entitlements.gain.state_pension``; a weekly benefit's day).

    An award raises a rate, never lowers it: each component becomes the
    higher of the rate held and the rate awarded.

    >>> h = household_after(Household(adults=Adult(age=40)), Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10)), phase="pending")
    >>> h.adults[0].lcwra, h.adults[0].lcwra_element_in_award
    (True, False)
    """
    _choice("phase", phase, ("pending", "in_payment"))
    if not isinstance(household, Household):
        raise InputError("household", type(household).__name__, "a Household")
    if not isinstance(outcome, Outcome):
        raise InputError("outcome", type(outcome).__name__, "an Outcome")
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
        # Paid less the carer's own overlapping benefits (SI 1979/597 regs 4, 12; see .overlapping).
        return _with_adult(h, n, **after_fields(t.at("carers_allowance.rate", on),
                                                overlapping_weekly_on(h.adults[n - 1], overlap_day or on)))
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


def _band_charge_follows(housing: Housing, changes: Mapping[str, Any]) -> None:
    """A band changed where the bill's charge for the old band is given: the
    charge would stand for the new band unchanged, so the correction would
    seem worth nothing. Refused unless the change gives the new band's charge
    or a Band D (which serves every band)."""
    band = changes.get("council_tax_band", housing.council_tax_band)
    if (housing.council_tax_band_charge is not None and band != housing.council_tax_band
            and "council_tax_band_charge" not in changes and "council_tax_band_d" not in changes):
        raise InputError("housing_council_tax_band", band, "a band correction with the household's Band D "
                         "(housing_council_tax_band_d) rather than the old band's charge from the bill, or with the "
                         "corrected band's charge (housing_council_tax_band_charge) given too")


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

    if not isinstance(household, Household):
        raise InputError("household", type(household).__name__, "a Household")
    if not isinstance(changes, Mapping):
        raise InputError("changes", type(changes).__name__, "a mapping of field name to value, e.g. "
                         "{\"adult1_monthly_earnings\": 50000}")
    h = household
    adult: dict[int, dict[str, Any]] = {}
    child: dict[int, dict[str, Any]] = {}
    housing: dict[str, Any] = {}
    top: dict[str, Any] = {}
    for key, value in changes.items():
        if not isinstance(key, str):
            raise InputError("changes", key, "field names as text, e.g. \"adult1_monthly_earnings\"")
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
        if h.housing is None and "tenure" not in housing:
            raise InputError("housing_tenure", None, "a tenure for a household that had no housing costs")
        if h.housing is not None:
            _band_charge_follows(h.housing, housing)
        try:
            h = h.replace(housing=Housing(**housing) if h.housing is None else attrs.evolve(h.housing, **housing))
        except InputError as e:  # named as the changes name it (housing_rent), not as the model does (rent)
            # The household's own check names it housing.council_tax_band (once housing_housing.council_tax_band).
            field = e.field.removeprefix("housing.")
            named = f"housing_{field}" if field in {a.name for a in attrs.fields(Housing)} else e.field
            raise InputError(named, e.value, e.expected) from None
    if top:
        h = h.replace(**top)
    return h


@attrs.frozen
class LineSpec:
    """A benefit an outcome brings in its own right, as weekly terms: the sum
    of ``coefficient x table value`` for each key, plus ``fixed_weekly``;
    less ``overlapping_weekly``, never below nil, where it is given (Carer's
    Allowance less the carer's own overlapping benefits: SI 1979/597 regs 4,
    12)."""

    benefit: str
    table_id: str | None
    coefficients: Mapping[str, int]
    fixed_weekly: int = 0
    overlapping_weekly: int = 0
    #: The day from which ``overlapping_weekly`` counts in full (the carer's State Pension age, where a State Pension
    #: is given): before it ``overlapping_before`` (new-style ESA and JSA alone). None: in full on every day.
    overlapping_from: dt.date | None = None
    overlapping_before: int = 0


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
    increase over what the household already had; Carer's Allowance as it is
    paid, less the carer's own overlapping benefits."""
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
        start = state_pension_overlap_from(a)
        return (LineSpec("carers_allowance", "carers_allowance.rate", {"": 1}, overlapping_weekly=overlapping_weekly(a),
                         overlapping_from=start,
                         overlapping_before=overlapping_weekly(a) - (a.state_pension_weekly if start else 0)),)
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
    if o.kind in HB_CTR_KINDS:
        # The amount given, or 0: worked out on the day it takes effect (hb_ctr_weekly_gain).
        return (LineSpec(HB_CTR_KINDS[o.kind], None, {}, o.weekly_amount),)
    return ()


#: Why council tax or its reduction could not be worked out, by reason
#: (:data:`entitlements.benefits.council_tax_columns.CT_REASONS`), in a
#: caseload's words: what is missing, and the column that gives it.
_CT_REASON_WORDS = {
    "": "no council tax is worked out for the household (give housing_council_tax_band, with local_authority; "
        "housing_council_tax_liable is not no)",
    "no_band_d_for_year": "the council's Band D council tax for the year is not in the library (rules/council_tax/"
                          "band_d): give housing_council_tax_band_d or housing_council_tax_band_charge from the bill",
    "local_scheme_not_shipped": "the council's working-age Council Tax Reduction scheme for the year is not in the "
                                "library",
    "scottish_working_age_not_shipped": "the Scottish working-age scheme (SSI 2021/249) is not in the library",
    "scheme_fact_not_modelled": "the scheme turns on a fact the household does not give or the library does not model",
    "national_scheme_year_not_shipped": "the national scheme's figures for the year are not in the library",
    "band_not_in_nation": "the band is not one of the nation's",
    "second_adult_income_not_shown": "a second adult's gross income is not shown (a second adult rebate could be "
                                     "more): give each non-dependant's gross weekly income",
    "second_adult_rebate_not_shipped": "the Welsh pensioners' second adult rebate is not in the library",
}


def hb_ctr_weekly_gain(before, after, kinds, *, on, tables: Tables):
    """What Housing Benefit, Council Tax Reduction and council tax outcomes
    are worth a week [pence/week] on ``on`` (the day each takes effect):
    the Housing Benefit or the reduction worked out for the household
    (``before``: :class:`~entitlements.columns.BenefitUnitColumns`, one row a
    case), or, for a correction, the fall in council tax left to pay from
    ``before`` to ``after`` (the household corrected). ``kinds`` are outcome
    kinds, one a row. Returns ``(weekly, problem)``: ``problem`` is "" or why
    a row could not be valued (the reduction not worked out: name the
    weekly amount instead)."""
    import numpy as np

    from ..benefits.hb_ctr import CT_REASONS
    from ..benefits.household_total import calculate

    kinds = np.asarray(kinds, dtype=object)
    b = calculate(before, on=on, tables=tables)
    weekly = np.zeros(kinds.shape, np.int64)
    problem = np.full(kinds.shape, "", dtype=object)
    bc = b.council_tax
    weekly = np.where(kinds == "hb_awarded", np.asarray(b.housing_benefit.award), weekly)
    ok_b = (np.asarray(bc.status) == 1) & (np.asarray(bc.ctr_status) == 1)
    weekly = np.where((kinds == "ctr_awarded") & ok_b, np.asarray(bc.reduction_weekly), weekly)
    why = np.array(CT_REASONS, dtype=object)
    bad = (kinds != "hb_awarded") & ~ok_b
    if after is not None:
        a = calculate(after, on=on, tables=tables).council_tax
        ok_a = (np.asarray(a.status) == 1) & (np.asarray(a.ctr_status) == 1)
        corrected = np.isin(kinds, ["council_tax_band_corrected", "council_tax_discount_corrected"])
        weekly = np.where(corrected & ok_b & ok_a, np.asarray(bc.to_pay_weekly) - np.asarray(a.to_pay_weekly), weekly)
        bad = bad | (corrected & ~ok_a)
        reason = np.where(ok_b, np.asarray(a.reason) + np.asarray(a.ctr_reason) * (np.asarray(a.reason) == 0),
                          np.asarray(bc.reason) + np.asarray(bc.ctr_reason) * (np.asarray(bc.reason) == 0))
    else:
        reason = np.asarray(bc.reason) + np.asarray(bc.ctr_reason) * (np.asarray(bc.reason) == 0)
    text = np.array([f"council tax or its reduction could not be worked out: {_CT_REASON_WORDS[why[int(r)]]}"
                     + (f" ({why[int(r)]})" if why[int(r)] else "") + "; or give the weekly amount (benefit_weekly)"
                     for r in np.atleast_1d(reason)], dtype=object)
    problem = np.where(bad, text.reshape(np.shape(reason)), problem)
    nil_hb, hb_text = _nil_housing_benefit(kinds, b.housing_benefit)
    problem = np.where(nil_hb, hb_text, problem)
    return np.where(bad | nil_hb, 0, weekly), problem


#: What a gain with Housing Benefit assumes where the household has rent-free weeks.
RENT_FREE_ASSUMPTION = ("Housing Benefit is paid only for the weeks rent is due (SI 2006/214 reg 62(3)(a), "
                        "SI 2006/213 reg 81(3)(a)): with {weeks} rent-free weeks a year, the annual gain counts it for "
                        "52 - {weeks} weeks, and the projection and arrears (52 - {weeks}) / 52 of their days (which "
                        "weeks are rent free is not known).")


def rent_free_assumption(weeks) -> list[str]:
    """What a gain (one household's or a caseload's) assumes about Housing
    Benefit and rent-free weeks, in words: :data:`RENT_FREE_ASSUMPTION` for
    the rent-free weeks a year of the lines or cases whose Housing Benefit
    is counted (``weeks``, whole numbers; nil ones left out), the least to
    the most where they differ; nothing where none has any.

    >>> rent_free_assumption([0, 0])
    []
    >>> "with 2 to 4 rent-free weeks a year" in rent_free_assumption([4, 2, 0])[0]
    True
    """
    w = sorted({int(x) for x in np.ravel(np.asarray(list(weeks), np.int64)) if x > 0})
    if not w:
        return []
    if len(w) == 1:
        return [RENT_FREE_ASSUMPTION.format(weeks=w[0])]
    return [RENT_FREE_ASSUMPTION.format(weeks=f"{w[0]} to {w[-1]}").replace(
        f"52 - {w[0]} to {w[-1]} weeks", "52 less the case's rent-free weeks").replace(
        f"(52 - {w[0]} to {w[-1]}) / 52", "(52 - its rent-free weeks) / 52")]


def bedrooms_refused(before, claim_start):
    """The cases (``before``: :class:`~entitlements.columns.BenefitUnitColumns`)
    that rent socially, can be paid Universal Credit from ``claim_start`` (a
    date or ``datetime64[D]``, one a case) and leave out the bedrooms: the
    under-occupancy deduction cannot be worked out
    (``benefits.household_total.bedrooms_needed``) [bool]."""
    from ..benefits.household_total import bedrooms_needed, universal_credit_payable

    return bedrooms_needed(before, universal_credit_payable(before, on=claim_start))


def check_bedrooms(scenario: Scenario) -> None:
    """Refuse a scenario whose household, before the outcomes or after a
    ``housing_change`` (taken in turn), rents socially without the bedrooms
    where Universal Credit can be paid (:func:`bedrooms_refused`: from the
    claim start before, from the change's effective date after):
    :class:`~entitlements.errors.InputError` naming ``housing.bedrooms`` or
    the outcome's ``changes.housing_bedrooms``."""
    from ..benefits.household_total import BEDROOMS_EXPECTED
    from ..columns import households_columns

    h = scenario.household
    if bedrooms_refused(households_columns([h]), scenario.claim_start)[0]:
        raise InputError("housing.bedrooms", None, BEDROOMS_EXPECTED)
    for i, o in enumerate(scenario.outcomes, 1):
        if o.kind == "housing_change":
            h = apply_changes(h, o.changes)
            if bedrooms_refused(households_columns([h]), max(o.effective, scenario.claim_start))[0]:
                raise InputError("changes.housing_bedrooms", None, BEDROOMS_EXPECTED + "; the change makes the home "
                                 "socially rented, so give it with the change", where=f"outcome {i} (housing_change)")


def hb_weeks_paid(amount, rent_free_weeks):
    """Housing Benefit counted over a stretch of days [pence] (a seventh of
    the weekly amount a day) for the weeks rent is due only: x (52 -
    ``rent_free_weeks``) / 52, a fraction of a penny rounded half up. No
    Housing Benefit is paid for a rent-free week (SI 2006/214 reg 62(3)(a),
    SI 2006/213 reg 81(3)(a)); which calendar weeks are rent free is not
    known, so they are taken as spread over the year.

    >>> int(hb_weeks_paid(100000, 4)), int(hb_weeks_paid(100000, 0))
    (92308, 100000)
    """
    return divide_half_up(np.asarray(amount, np.int64) * (52 - np.asarray(rent_free_weeks, np.int64)), 52)


def hb_rent_free_annual(weekly, rent_free_weeks, convention: str):
    """The Housing Benefit an annual gain leaves out for the rent-free weeks
    [pence/year]: the weekly amount x the rent-free weeks (``"weekly_x52"``),
    or that / 12, rounded half up, x 12 (``"monthly_x12"``), as the
    household's own total does
    (``HouseholdCalculation.total_monthly``).

    >>> int(hb_rent_free_annual(11073, 4, "weekly_x52")), int(hb_rent_free_annual(11073, 4, "monthly_x12"))
    (44292, 44292)
    """
    free = np.asarray(weekly, np.int64) * np.asarray(rent_free_weeks, np.int64)
    return free if convention == "weekly_x52" else divide_half_up(free, 12) * 12


#: Why Housing Benefit works out at nil, by :data:`~entitlements.benefits.housing_benefit.HB_REASONS`.
_HB_NIL = {"assessed": "its means test leaves nothing", "no_eligible_rent": "no rent to meet",
           "universal_credit_instead": "Universal Credit meets the rent instead: Housing Benefit is for pension age, "
                                       "or for supported or temporary accommodation",
           "non_dependant_deductions": "the non-dependant deductions take it all", "capital_over_limit": "capital over £16,000",
           "income_too_high": "income too high", "below_minimum": "below the 50p minimum",
           "applicant_not_given": "check needed: which of the couple claims decides it, give applicant"}


def _nil_housing_benefit(kinds, hb):
    """``(rows, text)``: the ``hb_awarded`` rows whose Housing Benefit the
    household's facts make nil, and why, so that an award is never valued at
    a silent £0 (the amount awarded is then asked for)."""
    import numpy as np

    from ..benefits.housing_benefit import HB_REASONS

    reason = np.asarray(hb.reason)
    nil = (kinds == "hb_awarded") & (np.asarray(hb.award) == 0)
    text = np.array([f"Housing Benefit works out at nil for this household ({_HB_NIL[HB_REASONS[int(r)]]}): "
                     "give the weekly amount awarded (benefit_weekly)" for r in np.atleast_1d(reason)], dtype=object)
    return nil, text.reshape(np.shape(reason))


def __getattr__(name: str) -> Any:
    """The already-held checks (:mod:`entitlements.gain.held_already`),
    importable from here as before; looked up when asked for, since that
    module reads this one's vocabulary."""
    if name in ("held_already", "held_refusal", "repeat_refusal"):
        from . import held_already as module

        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
