"""The household: a benefit unit of one or two adults and their children.

Frozen, validated classes. Every money field is integer pence and says its
period in its name (``monthly_earnings``, ``carers_allowance_weekly``). A
value that is not allowed raises :class:`~entitlements.errors.InputError`
naming the field, the value and what is allowed; nothing silently becomes
zero.

>>> from entitlements import Adult, Child, Household
>>> h = Household(adults=(Adult(age=34, monthly_earnings=90000),),
...               children=(Child(date_of_birth=dt.date(2019, 5, 1)),))
>>> h.is_couple
False
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from .errors import InputError

__all__ = [
    "Adult",
    "Child",
    "Household",
    "DLA_CARE",
    "DLA_MOBILITY",
    "PIP_RATES",
    "AA_RATES",
    "TWO_CHILD_EXCEPTIONS",
    "LCWRA_PROTECTIONS",
]

#: Allowed values of the disability benefit fields, in order of rate.
DLA_CARE = ("none", "lowest", "middle", "highest")
DLA_MOBILITY = ("none", "lower", "higher")
PIP_RATES = ("none", "standard", "enhanced")
AA_RATES = ("none", "lower", "higher")

#: Exceptions to the two-child limit (SI 2013/376 Sch 12, in force for
#: assessment periods beginning before 6 April 2026). "adoption" and
#: "non_parental_caring" children also do not take one of the two places
#: (reg 24B as amended by SI 2018/1129); the others do.
TWO_CHILD_EXCEPTIONS = (
    "multiple_birth",  # Sch 12 para 2 (not the first child of the birth)
    "adoption",  # para 3
    "non_parental_caring",  # para 4 (kinship care, friend or family carer)
    "non_consensual_conception",  # para 5
    "continuation",  # para 6 (an exception in an earlier award continues)
)

#: Why an adult with LCWRA gets the protected LCWRA amount from 6 April 2026
#: (SI 2013/376 reg 27(2) as amended by the Universal Credit Act 2025).
LCWRA_PROTECTIONS = ("pre_2026_claimant", "severe_conditions_criteria", "terminally_ill")


# -- validators -------------------------------------------------------------


def _pence(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(attribute.name, value, "a whole number of pence (e.g. 90000 for £900.00)")
    if value < 0:
        raise InputError(attribute.name, value, "0 or more pence")


def _flag(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if not isinstance(value, bool):
        raise InputError(attribute.name, value, "True or False")


def _one_of(options: tuple[str, ...], optional: bool = False):
    def check(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
        if optional and value is None:
            return
        if value not in options:
            allowed = ", ".join(repr(o) for o in options) + (", or None" if optional else "")
            raise InputError(attribute.name, value, f"one of {allowed}")

    return check


def _date_or_none(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InputError(attribute.name, value, "a date (datetime.date)")


def _age_or_none(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 16 <= value <= 120:
        raise InputError(attribute.name, value, "a whole number of years from 16 to 120")


# -- the model --------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Adult:
    """A claimant (or joint claimant).

    Give ``age`` (in years, at the end of the assessment period) or
    ``date_of_birth`` (then the age is worked out for each period).

    Work capability: ``lcw`` means the adult has limited capability for work;
    ``lcwra`` limited capability for work and work-related activity (which
    includes LCW). ``lcwra_element_in_award`` says whether the LCWRA element
    is already included (after the relevant period of reg 28); it defaults to
    ``True`` for an adult with LCWRA. ``lcw_element_saved`` marks the saved
    pre-3 April 2017 cases that still get the LCW element (SI 2017/204 Sch 2).
    ``lcwra_protection`` says why the adult gets the protected LCWRA amount
    from 6 April 2026 (one of :data:`LCWRA_PROTECTIONS`), or ``None`` for the
    new-claimant amount.

    ``carer``: has regular and substantial caring responsibilities for a
    severely disabled person (SI 2013/376 reg 30), whether or not Carer's
    Allowance is claimed. Two carers in a couple are taken to care for
    different people (reg 29(2)-(3)).

    Money: ``monthly_earnings`` is net earnings in the assessment period
    (reg 55: after tax, NI and relievable pension contributions). Unearned
    income is given as it is paid: ``carers_allowance_weekly``,
    ``new_style_esa_weekly``, ``new_style_jsa_weekly``, and
    ``other_unearned_income_monthly`` (any other income reg 66 counts).
    """

    age: int | None = attrs.field(default=None, validator=_age_or_none)
    date_of_birth: dt.date | None = attrs.field(default=None, validator=_date_or_none)
    monthly_earnings: int = attrs.field(default=0, validator=_pence)
    lcw: bool = attrs.field(default=False, validator=_flag)
    lcwra: bool = attrs.field(default=False, validator=_flag)
    lcwra_element_in_award: bool | None = attrs.field(default=None)
    lcwra_protection: str | None = attrs.field(default=None, validator=_one_of(LCWRA_PROTECTIONS, optional=True))
    lcw_element_saved: bool = attrs.field(default=False, validator=_flag)
    carer: bool = attrs.field(default=False, validator=_flag)
    carers_allowance_weekly: int = attrs.field(default=0, validator=_pence)
    new_style_esa_weekly: int = attrs.field(default=0, validator=_pence)
    new_style_jsa_weekly: int = attrs.field(default=0, validator=_pence)
    other_unearned_income_monthly: int = attrs.field(default=0, validator=_pence)
    dla_care: str = attrs.field(default="none", validator=_one_of(DLA_CARE))
    dla_mobility: str = attrs.field(default="none", validator=_one_of(DLA_MOBILITY))
    pip_daily_living: str = attrs.field(default="none", validator=_one_of(PIP_RATES))
    pip_mobility: str = attrs.field(default="none", validator=_one_of(PIP_RATES))
    attendance_allowance: str = attrs.field(default="none", validator=_one_of(AA_RATES))

    def __attrs_post_init__(self) -> None:
        if (self.age is None) == (self.date_of_birth is None):
            raise InputError("age", self.age, "exactly one of age or date_of_birth")
        if self.lcwra_element_in_award is None:
            object.__setattr__(self, "lcwra_element_in_award", self.lcwra)
        elif not isinstance(self.lcwra_element_in_award, bool):
            raise InputError("lcwra_element_in_award", self.lcwra_element_in_award, "True or False")
        if self.lcwra_element_in_award and not self.lcwra:
            raise InputError("lcwra_element_in_award", True, "False unless lcwra is True")
        if self.lcwra_protection is not None and not self.lcwra:
            raise InputError("lcwra_protection", self.lcwra_protection, "None unless lcwra is True")
        if self.lcw_element_saved and not (self.lcw or self.lcwra):
            raise InputError("lcw_element_saved", True, "False unless lcw (or lcwra) is True")

    @property
    def has_lcw(self) -> bool:
        """LCW or LCWRA (LCWRA includes LCW: reg 40(1))."""
        return self.lcw or self.lcwra

    def age_on(self, on: dt.date) -> int:
        """Age in whole years on ``on``."""
        if self.age is not None:
            return self.age
        from .dates import age_on

        return age_on(self.date_of_birth, on)


@attrs.frozen(kw_only=True)
class Child:
    """A child or qualifying young person the claimant is responsible for.

    Disability: the child's own awards (``dla_care``, ``dla_mobility``,
    ``pip_daily_living``, ``pip_mobility``) and ``blind`` (certified severely
    sight impaired or blind) decide the disabled child addition (reg 24(2)).
    ``two_child_exception`` is one of :data:`TWO_CHILD_EXCEPTIONS` or None.
    """

    date_of_birth: dt.date = attrs.field(validator=_date_or_none)
    dla_care: str = attrs.field(default="none", validator=_one_of(DLA_CARE))
    dla_mobility: str = attrs.field(default="none", validator=_one_of(DLA_MOBILITY))
    pip_daily_living: str = attrs.field(default="none", validator=_one_of(PIP_RATES))
    pip_mobility: str = attrs.field(default="none", validator=_one_of(PIP_RATES))
    blind: bool = attrs.field(default=False, validator=_flag)
    two_child_exception: str | None = attrs.field(default=None, validator=_one_of(TWO_CHILD_EXCEPTIONS, optional=True))

    def __attrs_post_init__(self) -> None:
        if self.date_of_birth is None:
            raise InputError("date_of_birth", None, "a date (datetime.date)")

    @property
    def disabled_child_rate(self) -> str:
        """"none", "lower" or "higher" (SI 2013/376 reg 24(2)): lower for any
        DLA or PIP; higher for DLA highest rate care, PIP enhanced daily
        living, or a child who is blind."""
        if self.dla_care == "highest" or self.pip_daily_living == "enhanced" or self.blind:
            return "higher"
        if (
            self.dla_care != "none"
            or self.dla_mobility != "none"
            or self.pip_daily_living != "none"
            or self.pip_mobility != "none"
        ):
            return "lower"
        return "none"


def _adults(value: Any) -> tuple[Adult, ...]:
    if isinstance(value, Adult):
        return (value,)
    return tuple(value)


@attrs.frozen(kw_only=True)
class Household:
    """A benefit unit: one adult (a single claimant) or two (joint
    claimants), the children they are responsible for, and their capital.

    ``capital`` is in pence (SI 2013/376 Part 6 Chapter 1: the capital of
    both joint claimants together).
    """

    adults: tuple[Adult, ...] = attrs.field(converter=_adults)
    children: tuple[Child, ...] = attrs.field(default=(), converter=tuple)
    capital: int = attrs.field(default=0, validator=_pence)

    def __attrs_post_init__(self) -> None:
        if not 1 <= len(self.adults) <= 2:
            raise InputError("adults", len(self.adults), "1 adult (single claimant) or 2 (joint claimants)")
        for i, a in enumerate(self.adults, start=1):
            if not isinstance(a, Adult):
                raise InputError(f"adults[{i}]", a, "an Adult")
        for i, c in enumerate(self.children, start=1):
            if not isinstance(c, Child):
                raise InputError(f"children[{i}]", c, "a Child")

    @property
    def is_couple(self) -> bool:
        return len(self.adults) == 2

    def replace(self, **changes: Any) -> "Household":
        """A copy with some fields changed (the household is immutable)."""
        return attrs.evolve(self, **changes)
