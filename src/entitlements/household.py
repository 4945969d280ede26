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

The field checks (attrs validators) are in
:mod:`entitlements.household_checks`, the words and bounds each field allows
in :mod:`entitlements.household_values`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from .errors import InputError
from .household_values import (  # the vocabulary, importable from here
    AA_RATES,
    ACCOMMODATION_KINDS,
    APPLICANTS,
    COUNCIL_TAX_BANDS,
    DLA_CARE,
    DLA_MOBILITY,
    EDUCATION,
    EXTRA_BEDROOM_REASONS,
    HB_CTR_EXEMPTIONS,
    LCWRA_PROTECTIONS,
    MAX_BAND_CHARGE_ANNUAL,
    MAX_BAND_D_ANNUAL,
    MAX_NON_DEPENDANTS,
    NATIONS,
    NON_DEPENDANT_EXEMPTIONS,
    PENSION_RELIEFS,
    PIP_RATES,
    RENT_PERIODS,
    RENTING_TENURES,
    SHARED_ACCOMMODATION_EXCEPTIONS,
    TENURES,
    TWO_CHILD_EXCEPTIONS,
)
from .household_checks import (
    _age_or_none,
    _as_tuple,
    _date_or_none,
    _flag,
    _hours_or_none,
    _int_range,
    _numpy_scalars,
    _one_of,
    _pence,
    _strings,
    _tuple_of,
)

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
    "Housing",
    "NonDependant",
    "TENURES",
    "RENTING_TENURES",
    "RENT_PERIODS",
    "NATIONS",
    "APPLICANTS",
    "NON_DEPENDANT_EXEMPTIONS",
    "SHARED_ACCOMMODATION_EXCEPTIONS",
    "EXTRA_BEDROOM_REASONS",
    "PENSION_RELIEFS",
    "EDUCATION",
    "ACCOMMODATION_KINDS",
    "COUNCIL_TAX_BANDS",
    "HB_CTR_EXEMPTIONS",
    "MAX_NON_DEPENDANTS",
    "MAX_BAND_D_ANNUAL",
    "MAX_BAND_CHARGE_ANNUAL",
]

# -- the model --------------------------------------------------------------


# Long because: one field a fact about the adult (31, each with its validator),
# and the checks across fields in __attrs_post_init__; the properties are short.
@attrs.frozen(kw_only=True, field_transformer=_numpy_scalars)
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
    from 6 April 2026 (one of :data:`LCWRA_PROTECTIONS`, or
    ``"new_claimant"``). Otherwise the amount is decided from the dates, the
    same way as the income gain decides it: ``uc_claim_start`` (the first day
    of the Universal Credit award the adult has had continuously) and
    ``lcwra_evidence_date`` (the day medical evidence of limited capability
    for work was first given, which starts the relevant period of reg 28).
    Protected if the element was in the award before 6 April 2026 (reg 27A(1))
    or the claim and the evidence both came before it (awaiting the first
    assessment, reg 27A(1A), Sch 5A para 2); see
    :func:`entitlements.assessments.lcwra_rate.lcwra_protection_for`. With
    neither, the new-claimant amount applies and the working sheet says so.

    ``carer``: has regular and substantial caring responsibilities for a
    severely disabled person (SI 2013/376 reg 30), whether or not Carer's
    Allowance is claimed; set True where ``carers_allowance_weekly`` is paid
    (reg 30(1): the conditions for Carer's Allowance are met). Two carers in a couple are taken to care for
    different people (reg 29(2)-(3)). ``carer_paid_for``: someone (in the
    household or not) is entitled to and in receipt of Carer's Allowance or
    Carer Support Payment, or has a Universal Credit award with the carer
    element, for caring for this adult: then no severe disability additional
    amount in Pension Credit for them (SI 2002/1792 Sch I para 1(1)(a)(iii),
    (b), (c)(iv)), nor the severe disability premium in Housing Benefit and
    Council Tax Reduction (SI 2006/214 Sch 3 para 6(2); SI 2012/2885 Sch 2
    para 6).

    Money: ``monthly_earnings`` is net earnings in the assessment period
    (reg 55: after tax, NI and relievable pension contributions). Unearned
    income is given as it is paid: ``carers_allowance_weekly``,
    ``new_style_esa_weekly``, ``new_style_jsa_weekly``, and
    ``other_unearned_income_monthly`` (any other income reg 66 counts).
    ``claims_carers_allowance``: a carer who claims Carer's Allowance; the
    amount is worked out (nil over the earnings limit) and counts as income
    for UC. ``state_pension_weekly``: State Pension (income for Pension
    Credit and UC, reg 66(1)(a); it overlaps with Carer's Allowance, SI
    1979/597 reg 4, and uses up the personal allowance in a PAYE code).
    ``pension_income_weekly``: other pensions, occupational and personal
    (income for Pension Credit, and retirement pension income for UC,
    reg 66(1)(a)); State Pension given here still counts as income, but
    neither overlaps with Carer's Allowance nor changes the tax code. Both
    are given before income tax: Pension Credit, pension-age Housing
    Benefit and the pension-age Council Tax Reduction schemes take the tax
    on them off (:mod:`entitlements.benefits.pension_tax`).
    ``reached_pension_age_before_6_april_2016``: the savings credit age
    condition (SPCA 2002 s 3(1)); ``None`` (the default) decides it from the
    date of birth or age where they settle it, see
    :func:`entitlements.benefits.pension_age.reached_pension_age_before_6_april_2016`.
    ``work_hours_weekly``: hours of paid work a week on average, in whole
    hours (29.5 is 29); ``None`` (the default) not given. Housing Benefit and
    Council Tax Reduction read it for the additional earnings disregard (30
    hours, or 16 with children, as a lone parent or with a disability: SI
    2006/214 Sch 4 para 9; SI 2012/2885 Sch 4 para 10), which is not given
    where the hours are not.
    """

    age: int | None = attrs.field(default=None, validator=_age_or_none)
    date_of_birth: dt.date | None = attrs.field(default=None, validator=_date_or_none)
    monthly_earnings: int = attrs.field(default=0, validator=_pence)
    gross_monthly_earnings: int | None = attrs.field(default=None)
    pension_contribution_monthly: int = attrs.field(default=0, validator=_pence)
    pension_relief: str = attrs.field(default="net_pay", validator=_one_of(PENSION_RELIEFS))
    in_paid_work: bool | None = attrs.field(default=None)
    lcw: bool = attrs.field(default=False, validator=_flag)
    lcwra: bool = attrs.field(default=False, validator=_flag)
    lcwra_element_in_award: bool | None = attrs.field(default=None)
    lcwra_protection: str | None = attrs.field(default=None, validator=_one_of(LCWRA_PROTECTIONS + ("new_claimant",), optional=True))
    uc_claim_start: dt.date | None = attrs.field(default=None, validator=_date_or_none)
    lcwra_evidence_date: dt.date | None = attrs.field(default=None, validator=_date_or_none)
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
    blind: bool = attrs.field(default=False, validator=_flag)
    esa_support_component: bool = attrs.field(default=False, validator=_flag)
    claims_carers_allowance: bool = attrs.field(default=False, validator=_flag)
    pension_income_weekly: int = attrs.field(default=0, validator=_pence)
    state_pension_weekly: int = attrs.field(default=0, validator=_pence)
    reached_pension_age_before_6_april_2016: bool | None = attrs.field(default=None)
    work_hours_weekly: int | None = attrs.field(default=None, validator=_hours_or_none)
    carer_paid_for: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if self.reached_pension_age_before_6_april_2016 is not None and not isinstance(self.reached_pension_age_before_6_april_2016, bool):
            raise InputError("reached_pension_age_before_6_april_2016", self.reached_pension_age_before_6_april_2016,
                             "True, False or None (None: decided from the date of birth or age)")
        for name in ("uc_claim_start", "lcwra_evidence_date"):
            if getattr(self, name) is not None and not self.lcwra:
                raise InputError(name, getattr(self, name).isoformat(),
                                 "None unless lcwra is True (it decides the LCWRA amount from 6 April 2026)")
        if self.claims_carers_allowance and not self.carer:
            raise InputError("claims_carers_allowance", True, "False unless carer is True (35 hours a week for someone with a qualifying benefit)")
        if self.claims_carers_allowance and self.carers_allowance_weekly:
            raise InputError("carers_allowance_weekly", self.carers_allowance_weekly, "0 when claims_carers_allowance is True (the amount is worked out)")
        if self.carers_allowance_weekly and not self.carer:
            # Carer's Allowance paid: the conditions for entitlement to it are met, so the adult has regular and
            # substantial caring responsibilities (SI 2013/376 reg 30(1)): a carer, with the carer element (reg 29),
            # whether or not `carer` was said. Left False, the element was silently missing (qa-adv9, 2026-12-08).
            object.__setattr__(self, "carer", True)
        if self.gross_monthly_earnings is not None:
            _pence(self, attrs.fields(Adult).gross_monthly_earnings, self.gross_monthly_earnings)
            if self.monthly_earnings:
                raise InputError(
                    "gross_monthly_earnings",
                    self.gross_monthly_earnings,
                    "either gross_monthly_earnings (net is then worked out) or monthly_earnings (net), not both",
                )
            if self.pension_contribution_monthly > self.gross_monthly_earnings:
                raise InputError("pension_contribution_monthly", self.pension_contribution_monthly, "no more than gross_monthly_earnings")
        elif self.pension_contribution_monthly:
            raise InputError("pension_contribution_monthly", self.pension_contribution_monthly, "0 unless gross_monthly_earnings is given (net earnings are already after pension contributions)")
        if self.in_paid_work is not None and not isinstance(self.in_paid_work, bool):
            raise InputError("in_paid_work", self.in_paid_work, "True, False or None (None: in paid work if there are earnings)")
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
    def works(self) -> bool:
        """In paid work: as given, or else if there are earnings."""
        if self.in_paid_work is not None:
            return self.in_paid_work
        return bool(self.monthly_earnings or self.gross_monthly_earnings)

    @property
    def has_disability_benefit(self) -> bool:
        """Any DLA, PIP or Attendance Allowance."""
        return (
            self.dla_care != "none"
            or self.dla_mobility != "none"
            or self.pip_daily_living != "none"
            or self.pip_mobility != "none"
            or self.attendance_allowance != "none"
        )

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


@attrs.frozen(kw_only=True, field_transformer=_numpy_scalars)
class Child:
    """A child or qualifying young person the claimant is responsible for.

    Disability: the child's own awards (``dla_care``, ``dla_mobility``,
    ``pip_daily_living``, ``pip_mobility``) and ``blind`` (certified severely
    sight impaired or blind) decide the disabled child addition (reg 24(2)).
    ``two_child_exception`` is one of :data:`TWO_CHILD_EXCEPTIONS` or None.
    ``sex`` ("female" or "male") is needed only to count bedrooms where two
    children under 16 might share (SI 2013/376 Sch 4 para 10).
    ``education`` (one of :data:`EDUCATION`, or None: not given) is needed
    only for a young person aged 16 to 19 past the 31 August after their
    16th birthday: they are a qualifying young person while in non-advanced
    education or approved training (UC: to the 31 August after their 19th
    birthday, SI 2013/376 reg 5; Child Benefit: to their 20th birthday,
    SI 2006/223 reg 3). A course a 19-year-old is on is taken to have been
    started (or enrolled on) before 19, as both require.
    """

    date_of_birth: dt.date = attrs.field(validator=_date_or_none)
    dla_care: str = attrs.field(default="none", validator=_one_of(DLA_CARE))
    dla_mobility: str = attrs.field(default="none", validator=_one_of(DLA_MOBILITY))
    pip_daily_living: str = attrs.field(default="none", validator=_one_of(PIP_RATES))
    pip_mobility: str = attrs.field(default="none", validator=_one_of(PIP_RATES))
    blind: bool = attrs.field(default=False, validator=_flag)
    sex: str | None = attrs.field(default=None, validator=_one_of(("female", "male"), optional=True))
    two_child_exception: str | None = attrs.field(default=None, validator=_one_of(TWO_CHILD_EXCEPTIONS, optional=True))
    education: str | None = attrs.field(default=None, validator=_one_of(EDUCATION, optional=True))

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


#: The most a weekly figure of the home may be (pence): Housing Benefit's bound on an LHA rate and a
#: non-dependant's gross income (benefits.housing_benefit._MAX_WEEKLY), refused here as the household's error,
#: not the engine's for a whole caseload.
MAX_WEEKLY = 10_000_000


@attrs.frozen(kw_only=True, field_transformer=_numpy_scalars)
class NonDependant:
    """An adult who lives with the claimant but is not part of the benefit
    unit (a grown-up son or daughter, a parent, a lodger who is family).
    Each has a bedroom of their own (Sch 4 para 10(1)(b)) and, unless
    ``exemption`` names why not, a housing cost contribution is taken off
    the housing element (Sch 4 paras 13-16).

    For Housing Benefit and Council Tax Reduction the deduction depends on
    ``remunerative_work`` (16 hours or more a week) and, if so, on
    ``gross_weekly_income`` (pence a week; None: not shown, which takes the
    highest deduction: SI 2006/214 reg 55(1)-(2)); ``hb_ctr_exemption`` (one
    of :data:`HB_CTR_EXEMPTIONS`) says why there is none. A non-dependant on
    Pension Credit (``exemption="pension_credit"``) is exempt from both too.
    ``universal_credit``: in receipt of Universal Credit, with or without
    earnings (``hb_ctr_exemption="uc_no_earned_income"`` says it is without);
    a second adult on it gives Scotland's pension-age second adult rebate of
    25% (SSI 2012/319 Sch 5 para 1 Table (a)). A non-dependant with
    ``exemption="disability_benefit"`` (in receipt of Attendance Allowance,
    DLA care at the middle or highest rate or PIP daily living), or under 18,
    does not stop the claimant's severe disability addition or premium (SI
    2002/1792 Sch I paras 1-2; SI 2006/214 Sch 3 para 6(6); SI 2012/2885
    Sch 2 para 6(6))."""

    age: int = attrs.field(validator=_int_range(16, 120, "a whole number of years"))
    exemption: str | None = attrs.field(default=None, validator=_one_of(NON_DEPENDANT_EXEMPTIONS, optional=True))
    gross_weekly_income: int | None = attrs.field(default=None)
    remunerative_work: bool = attrs.field(default=False, validator=_flag)
    hb_ctr_exemption: str | None = attrs.field(default=None, validator=_one_of(HB_CTR_EXEMPTIONS, optional=True))
    universal_credit: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if self.gross_weekly_income is not None:
            _pence(self, attrs.fields(NonDependant).gross_weekly_income, self.gross_weekly_income)
            if self.gross_weekly_income > MAX_WEEKLY:
                raise InputError("gross_weekly_income", f"£{self.gross_weekly_income / 100:,.2f}",
                                 f"at most £{MAX_WEEKLY // 100:,} a week ({MAX_WEEKLY} pence), the bound the "
                                 "Housing Benefit and Council Tax Reduction deductions are worked out to")

    @property
    def exempt(self) -> bool:
        """No contribution: an exemption given, or under 21 (Sch 4 para 16(2)(a))."""
        return self.exemption is not None or self.age < 21


def _non_dependants(value: Iterable[NonDependant]) -> tuple[NonDependant, ...]:
    return _as_tuple(value, "non_dependants", "NonDependant (or none: ())")


#: How an error names a renter of each renting tenure.
_RENTER = {"social_rent": "a social renter pays", "private_rent": "a private renter pays",
           "supported_or_temporary": "paid for supported or temporary accommodation"}


# Long because: its documentation (55 lines: what each fact means and where the law asks for it), one field a fact
# about the home (20), and the checks across fields (__attrs_post_init__, _check_rent, _check_owner_housing_costs,
# _check_council_tax_bill: 70 lines).
@attrs.frozen(kw_only=True, field_transformer=_numpy_scalars)
class Housing:
    """Where the household lives and what it pays (SI 2013/376 Sch 4).

    ``rent`` is pence per ``rent_period`` (the eligible rent, including
    eligible service charges; ``rent_period`` is a month unless given). It
    must be given for the tenures that rent (:data:`RENTING_TENURES`: 0 where
    no rent is paid; None is an error, never taken as 0); an
    owner-occupier's is None or ignored. ``rent_free_weeks`` for rent paid
    weekly with rent-free weeks in the year. ``bedrooms`` is the number of bedrooms in
    the home (needed for social renters: the under-occupancy deduction).
    Private renters give either ``brma`` (the Broad Rental Market Area's
    name: the shipped rent officers' determinations give the monthly rate for
    the bedroom category worked out) or ``lha_rate`` (pence per
    ``lha_period``: the Local Housing Allowance for the household's category;
    ``self_contained`` (default True) is False where a private renter (with
    any partner) has the exclusive use of neither two or more rooms nor one
    room, a bathroom and toilet and a kitchen or cooking facilities (a room
    shared only with the household, a non-dependant or a lodger counts as
    exclusive): Housing Benefit at pension age then uses the shared
    accommodation rate for one bedroom, unless the severe disability premium
    applies (SI 2006/214 reg 13D(2)(a)-(b)); Universal Credit's shared rate
    turns on age, not on this;
    the result says which category it used). A weekly ``lha_rate`` is
    converted x 52 / 12, which can differ by pence from the rent officer's
    own monthly figure (SI 2013/382 Sch 1): name the area where you can.

    Housing Benefit: ``accommodation`` ("temporary" or "specified", for
    tenure "supported_or_temporary"; None there: either, which Housing Benefit
    treats alike; UC's work allowance is the lower for temporary
    accommodation, SI 2014/1230 reg 5A, and the higher for specified or None).
    Council tax: ``council_tax_band`` (A to H, I in Wales; None: council tax
    not worked out), with the household's ``local_authority``;
    ``council_tax_liable`` (the claimant or partner is liable, LGFA 1992 s 6:
    False means no liability and no reduction); ``council_tax_disregarded``
    (how many of the adults resident, claimants and non-dependants, are
    disregarded for the discount, LGFA 1992 Sch 1); ``disabled_band_reduction``
    (SI 1992/554 reg 3: the band below is charged).
    From the council tax bill, where the library has no Band D for the
    council and year or the home's parish pays more than the area's average:
    ``council_tax_band_d`` (the Band D council tax for the home's area, pence
    a year) or ``council_tax_band_charge`` (the year's charge for the home's
    own band, before any discount or reduction, pence a year), not both.
    A figure given is used instead of the shipped area Band D.

    Pension Credit: ``owner_housing_costs`` (pence per
    ``owner_housing_costs_period``, a month unless given; None: none), for
    tenure "owner_occupier" only (refused for a renter), is the claimant's
    (and partner's) share of the housing costs State Pension Credit meets
    for an owner or long leaseholder (SI 2002/1792 reg 6(6)(c), Sch II para
    13(1)(a)-(c)): service charges, ground rent (or rent under a lease of
    over 21 years) and rentcharges; after taking out what para 13(2) does
    not meet (charges for fuel, meals,
    cleaning of the home itself and other ineligible services as Housing
    Benefit's Sch 1 defines them, and repairs and improvements). Not
    mortgage interest: that is a Support for Mortgage Interest loan (SI
    2017/725). It is converted to a week as the year's amount / 52
    (Sch II para 13(3)), a fraction of a penny a penny (para 15), and the
    non-dependants' Sch II para 14 deductions are taken off it. Universal
    Credit's housing costs element for an owner-occupier's service charges
    (SI 2013/376 Sch 5) is not modelled: where Universal Credit is claimed
    the figure is refused rather than left unused. The other costs of para
    13(1) (a co-ownership scheme, a Crown tenant, a tent and its site) have
    no tenure here and are not modelled.

    A lodger: ``lodger_payment_weekly`` (pence a week, 0: none) is what one
    person living in the home on a commercial basis pays the claimant (or
    partner), not a non-dependant (family or friends: give them as
    ``non_dependants``); ``lodger_board`` is True where the charge includes
    some cooked or prepared meals made by the household and eaten there (a
    boarder), False for a room or part of the home let without meals (a
    sub-tenant). Housing Benefit, Pension Credit and the pension-age and
    Welsh working-age Council Tax Reduction schemes count it after a
    disregard: a boarder's payment less £20 and half the rest; a
    sub-tenant's less £20 (SI 2006/214 Sch 5 paras 9-10; SI 2006/213 Sch 5
    paras 22, 42; SI 2002/1792 Sch IV paras 8-9; SI 2012/2885 Sch 5 paras
    9-10; WSI 2013/3029 Sch 4 paras 9-10, Sch 9 paras 26-27; SSI 2012/319
    Sch 3 paras 8-9). Universal Credit does not count it (SI 2013/376 reg 66
    lists no such income), nor Scotland's working-age scheme (SSI 2021/249
    reg 57). The lodger is an occupier with a bedroom in pension-age
    Housing Benefit's size criteria (SI 2006/214 reg 13D(3)(b), (12)); not
    in Universal Credit's. One lodger: for more, not modelled (each
    lodger's payments have their own £20 disregard, "in respect of each
    person", SI 2006/214 Sch 5 para 9, so two lodgers' payments must not be
    given as one; the command line refuses ``--lodger`` given twice).
    """

    tenure: str = attrs.field(validator=_one_of(TENURES))
    rent: int | None = attrs.field(default=None)
    rent_period: str = attrs.field(default="month", validator=_one_of(RENT_PERIODS))
    rent_free_weeks: int = attrs.field(default=0, validator=_int_range(0, 8, "a whole number of weeks"))
    owner_housing_costs: int | None = attrs.field(default=None)
    owner_housing_costs_period: str = attrs.field(default="month", validator=_one_of(RENT_PERIODS))
    bedrooms: int | None = attrs.field(default=None)
    lha_rate: int | None = attrs.field(default=None)
    lha_period: str = attrs.field(default="month", validator=_one_of(("week", "month")))
    brma: str | None = attrs.field(default=None)
    shared_accommodation_exception: str | None = attrs.field(
        default=None, validator=_one_of(SHARED_ACCOMMODATION_EXCEPTIONS, optional=True)
    )
    extra_bedrooms: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_tuple_of(EXTRA_BEDROOM_REASONS))
    self_contained: bool = attrs.field(default=True, validator=_flag)
    non_dependants: tuple[NonDependant, ...] = attrs.field(default=(), converter=_non_dependants)
    accommodation: str | None = attrs.field(default=None, validator=_one_of(ACCOMMODATION_KINDS, optional=True))
    council_tax_band: str | None = attrs.field(default=None, validator=_one_of(COUNCIL_TAX_BANDS, optional=True))
    council_tax_liable: bool = attrs.field(default=True, validator=_flag)
    council_tax_disregarded: int = attrs.field(default=0, validator=_int_range(0, 20, "a whole number of residents"))
    disabled_band_reduction: bool = attrs.field(default=False, validator=_flag)
    council_tax_band_d: int | None = attrs.field(default=None)
    council_tax_band_charge: int | None = attrs.field(default=None)
    lodger_payment_weekly: int = attrs.field(default=0, validator=_pence)
    lodger_board: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        self._check_council_tax_bill()
        if len(self.non_dependants) > MAX_NON_DEPENDANTS:
            raise InputError("housing.non_dependants", len(self.non_dependants),
                             f"at most {MAX_NON_DEPENDANTS} non-dependants (the Housing Benefit and Council Tax Reduction "
                             "deductions are worked out for each of them, and the library holds four; for more, work the "
                             "deductions out by hand)")
        if self.accommodation is not None and self.tenure != "supported_or_temporary":
            raise InputError("accommodation", self.accommodation, "none unless the home is supported or temporary "
                             "accommodation (tenure 'supported_or_temporary', --supported): Housing Benefit meets that "
                             "rent, not Universal Credit")
        if self.disabled_band_reduction and self.council_tax_band is None:
            raise InputError("disabled_band_reduction", True, "False unless council_tax_band is given")
        for reason in ("overnight_carer", "foster_carer", "couple_cannot_share"):
            if self.extra_bedrooms.count(reason) > 1:
                # SI 2006/214 reg 13D(3A)-(3B), (3)(za)-(zb) (SI 2013/665 reg 3(3), SI 2017/213 reg 5(3), read);
                # SI 2013/376 Sch 4 para 12(9) (SI 2017/213 reg 6(g), read): one room for each condition met.
                raise InputError("extra_bedrooms", self.extra_bedrooms,
                                 f"{reason!r} at most once: it gives one additional bedroom however many people meet "
                                 "it (SI 2006/214 reg 13D(3A)-(3B); SI 2013/376 Sch 4 para 12(9)); only "
                                 "'child_cannot_share' is given once for each such child")
        if not self.self_contained and self.tenure != "private_rent":
            raise InputError("self_contained", False, "True unless the tenure is 'private_rent': the shared "
                             "accommodation rate is a Local Housing Allowance category (SI 2006/214 reg 13D(2))")
        if self.bedrooms is not None:
            _int_range(0, 20, "a whole number of bedrooms")(self, attrs.fields(Housing).bedrooms, self.bedrooms)
        if self.lha_rate is not None:
            _pence(self, attrs.fields(Housing).lha_rate, self.lha_rate)
            most = MAX_WEEKLY if self.lha_period == "week" else MAX_WEEKLY * 52 // 12
            if self.lha_rate > most:
                raise InputError("lha_rate", f"£{self.lha_rate / 100:,.2f}",
                                 f"at most £{most / 100:,.2f} a {self.lha_period} ("
                                 + ("" if self.lha_period == "week" else f"£{MAX_WEEKLY // 100:,} a week, ")
                                 + "Housing Benefit's bound): the Local Housing Allowance for the household's category")
        self._check_rent()
        self._check_owner_housing_costs()
        if self.lodger_payment_weekly > MAX_WEEKLY:
            raise InputError("lodger_payment_weekly", f"£{self.lodger_payment_weekly / 100:,.2f}",
                             f"at most £{MAX_WEEKLY // 100:,} a week: what one lodger pays a week")
        if self.lodger_board and not self.lodger_payment_weekly:
            raise InputError("lodger_board", True, "False unless lodger_payment_weekly is given: a boarder pays for "
                             "board and lodging (SI 2006/214 Sch 5 para 9)")
        if self.rent_free_weeks and self.rent_period not in ("week", "two_weeks", "four_weeks"):
            raise InputError("rent_free_weeks", self.rent_free_weeks, "0 unless rent is paid weekly, two-weekly or four-weekly")
        step = {"two_weeks": 2, "four_weeks": 4}.get(self.rent_period, 1)
        if self.rent_free_weeks % step:  # Sch 4 para 7(4)(b)-(c): whole rent periods, never part of one
            raise InputError("rent_free_weeks", self.rent_free_weeks,
                             f"a multiple of {step} weeks, whole rent periods, for rent paid {step}-weekly")
        # A social renter's bedrooms are asked for where Universal Credit can be paid (the under-occupancy deduction,
        # SI 2013/376 Sch 4 para 36): benefits.household_total.problems, which knows the date and the ages.
        if self.brma is not None and (not isinstance(self.brma, str) or not self.brma.strip()):
            raise InputError("brma", self.brma, "the name of a Broad Rental Market Area, e.g. 'Hull & East Riding'")
        if self.tenure == "private_rent" and self.lha_rate is None and self.brma is None:
            raise InputError(
                "lha_rate",
                None,
                "for a private renter, brma (the Broad Rental Market Area) or lha_rate (the Local Housing Allowance for the household's category) (Sch 4 para 25)",
            )
        for i, n in enumerate(self.non_dependants, start=1):
            if not isinstance(n, NonDependant):
                raise InputError(f"non_dependants[{i}]", n, "a NonDependant")


    def _check_rent(self) -> None:
        """The rent: pence, and given for a renting tenure (None is not 0: a
        renter's missing rent must not become a nil housing cost)."""
        if self.rent is not None:
            _pence(self, attrs.fields(Housing).rent, self.rent)
        elif self.tenure in RENTING_TENURES:
            raise InputError("rent", None, f"the rent {_RENTER[self.tenure]}, and how often (the eligible rent, with "
                             "eligible service charges); 0 if none is paid")

    def _check_owner_housing_costs(self) -> None:
        """An owner's housing costs for Pension Credit: pence, and only for
        an owner-occupier (a renter's service charges are in the rent, which
        Housing Benefit meets, not Pension Credit: SI 2002/1792 Sch II para
        5(1)(a))."""
        if self.owner_housing_costs is None:
            return
        _pence(self, attrs.fields(Housing).owner_housing_costs, self.owner_housing_costs)
        if self.owner_housing_costs and self.tenure != "owner_occupier":
            raise InputError("owner_housing_costs", f"£{self.owner_housing_costs / 100:,.2f}",
                             f"none for tenure '{self.tenure}' (only an owner-occupier's service charges, ground rent "
                             "and the like are Pension Credit housing costs, SI 2002/1792 Sch II para 13; a renter's "
                             "service charges go in the rent: Sch II para 5(1)(a))")

    def _check_council_tax_bill(self) -> None:
        """The bill's figures: an amount a year within bounds, with a band, one of the two."""
        for name, most in (("council_tax_band_d", MAX_BAND_D_ANNUAL), ("council_tax_band_charge", MAX_BAND_CHARGE_ANNUAL)):
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= most:
                shown = f"£{value / 100:,.2f}" if isinstance(value, int) and not isinstance(value, bool) else value
                raise InputError(name, shown, f"an amount a year over £0 and at most £{most // 100:,} ({most} "
                                 "pence), from the council tax bill; or none, for the area's Band D the library ships")
            if self.council_tax_band is None:
                raise InputError(name, f"£{value / 100:,.2f}", "none unless council_tax_band is given (the figure "
                                 "is for the home's band)")
        if self.council_tax_band_d is not None and self.council_tax_band_charge is not None:
            raise InputError("council_tax_band_charge", f"£{self.council_tax_band_charge / 100:,.2f}",
                             "none when council_tax_band_d is given (give one figure from the bill, not both)")


def _adults(value: Adult | Iterable[Adult]) -> tuple[Adult, ...]:
    """One adult, or a sequence of them, as a tuple (typed for callers)."""
    if isinstance(value, Adult):
        return (value,)
    return _as_tuple(value, "adults", "1 or 2 Adults (or one Adult)")


def _children(value: Iterable[Child]) -> tuple[Child, ...]:
    return _as_tuple(value, "children", "Child (or none: ())")


def _residents(n: int) -> str:
    return f"no more than the {n} adult{'' if n == 1 else 's'} resident"


#: The most children a household is worked out for: the engine's bound for Housing Benefit's and Council Tax
#: Reduction's applicable amounts (benefits.hb_applicable_amount._MAX_CHILDREN; council_tax_reduction's
#: ``whole("children", ..., 0, 20)``). A household of more is refused here, as its own error, not the engine's for
#: a whole caseload.
MAX_CHILDREN = 20


# Long because: its documentation (66 lines: what each fact about the benefit unit means and where the law asks for
# it), one field a fact (20, each with its validator), the checks across fields in __attrs_post_init__ (56 lines, one
# check and its message a few lines each) and two short methods.
@attrs.frozen(kw_only=True, field_transformer=_numpy_scalars)
class Household:
    """A benefit unit: one adult (a single claimant) or two (joint
    claimants), the children they are responsible for, and their capital.

    ``capital`` is in pence (SI 2013/376 Part 6 Chapter 1: the capital of
    both joint claimants together). ``housing`` is None for a household with
    no housing costs. ``nation`` decides the income tax bands (Scottish
    taxpayers) and ``greater_london`` the benefit cap level.
    ``childcare_costs_monthly`` are the relevant childcare charges paid for
    the assessment period, for ``childcare_children`` children (reg 33-34);
    the Welsh working-age and the pension-age Housing Benefit and Council
    Tax Reduction schemes read them as a month too (x 12 / 52, each with
    its own conditions: :func:`.benefits.childcare.relevant_childcare_charges`).
    ``benefit_cap_grace_period``: within the 9-month grace period of
    reg 82(2). ``child_benefit_claimed``: Child Benefit is paid for every
    child (it counts towards the benefit cap). ``guardians_allowance``:
    Guardian's Allowance is paid (an exemption from the cap, reg 83(1)(k)).
    ``adjusted_net_income_annual``: the higher partner's adjusted net income
    for the tax year, for the High Income Child Benefit Charge (None: not
    worked out). ``local_authority``: the billing authority (its name or
    GSS code, e.g. "Coventry" or "E08000026"), for council tax and Council Tax
    Reduction (with ``housing.council_tax_band``). ``mixed_age_protected``: a
    couple, one over the qualifying age for Pension Credit and one under, who
    were entitled as that couple to Pension Credit or pension-age Housing
    Benefit on 14 May 2019 and have stayed entitled since (the Welfare Reform
    Act 2012 (Commencement No. 31 ...) Order 2019, SI 2019/37 art 4(1)-(2)):
    they keep Pension Credit and pension-age Housing Benefit (and the
    pension-age Council Tax Reduction) instead of Universal Credit.
    ``transitional_family_premium``: Scotland, Council Tax Reduction only:
    the applicant keeps the transitional family premium, being entitled to
    Council Tax Reduction on 30 April 2016 with a child or young person in
    the family, with one in it ever since and no new application made (SSI
    2016/81 reg 2): at pension age SSI 2012/319 reg 20(e); below it, since
    2026-12-07, SSI 2021/249 reg 98, for one so entitled on 31 March 2022
    (reg 98(1), (4); the application deemed made on 1 April 2022 by reg 97,
    and a re-assessment, are not new applications). False (the default): no
    family premium, as for anyone who applied after April 2016.
    ``transitional_family_premium_22_20``: with it, the working-age premium
    the applicant was entitled to on 31 March 2022 was £22.20 a week, which
    it stays (SSI 2021/249 reg 98(2)(a)); False: the uprated amount of reg
    98(2)(b) ("in all other cases").
    ``applicant``: which of a couple claims Housing Benefit and applies for
    Council Tax Reduction, "adult1" or "adult2" (:data:`APPLICANTS`: the
    first or the second of ``adults``); None (the default) not given. Some
    rules turn on it: no disability premium where the claimant has limited
    capability for work (SI 2006/213 Sch 3 para 13(9); WSI 2013/3029 Sch 7
    para 10(8)), the Scottish carer's earnings disregard (SSI 2021/249 Sch 3
    para 7), and, for a mixed-age couple, the Council Tax Reduction scheme:
    the pension-age one only where the applicant has reached the qualifying
    age for state pension credit (SI 2012/2885 reg 3(1); not given, the older
    partner is taken to apply). Where it is not given and the answer turns on it, Housing
    Benefit and Council Tax Reduction say "check needed". A single claimant
    is "adult1" (or None).
    ``marriage_allowance_transferred_by``: which of a married couple (or
    civil partners) has elected to transfer part of their personal
    allowance to the other, "adult1" or "adult2" (the marriage allowance,
    ITA 2007 ss 55B-55C: the transferor's allowance falls by 10% of the
    personal allowance, rounded up to £10, and the other's tax by the basic
    rate of that, where neither pays tax above the basic rate, the Scottish
    intermediate rate in Scotland); None (the default): no election. Not
    for a couple either of whom was born before 6 April 1935: their married
    couple's allowance is worked out instead (s 55B(2)(d); it is worth more).
    ``savings_credit_protected``: a couple, one of whom reached pensionable
    age before 6 April 2016 and one after (a "mixed-age couple" for savings
    credit), one of whom was awarded savings credit from a day before 6 April
    2016, was entitled to it immediately before that day and has stayed
    entitled since (SI 2002/1792 reg 7A, inserted by SI 2015/1529): their
    savings credit is worked out; False (the default): such a couple gets
    none.
    """

    adults: tuple[Adult, ...] = attrs.field(converter=_adults)
    children: tuple[Child, ...] = attrs.field(default=(), converter=_children)
    capital: int = attrs.field(default=0, validator=_pence)
    housing: Housing | None = attrs.field(default=None)
    nation: str = attrs.field(default="england", validator=_one_of(NATIONS))
    greater_london: bool = attrs.field(default=False, validator=_flag)
    childcare_costs_monthly: int = attrs.field(default=0, validator=_pence)
    childcare_children: int = attrs.field(default=0, validator=_int_range(0, 20, "a whole number of children"))
    benefit_cap_grace_period: bool = attrs.field(default=False, validator=_flag)
    child_benefit_claimed: bool = attrs.field(default=True, validator=_flag)
    guardians_allowance: bool = attrs.field(default=False, validator=_flag)
    adjusted_net_income_annual: int | None = attrs.field(default=None)
    local_authority: str | None = attrs.field(default=None)
    mixed_age_protected: bool = attrs.field(default=False, validator=_flag)
    transitional_family_premium: bool = attrs.field(default=False, validator=_flag)
    transitional_family_premium_22_20: bool = attrs.field(default=False, validator=_flag)
    applicant: str | None = attrs.field(default=None, validator=_one_of(APPLICANTS, optional=True))
    marriage_allowance_transferred_by: str | None = attrs.field(default=None,
                                                                validator=_one_of(APPLICANTS, optional=True))
    savings_credit_protected: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if len(self.children) > MAX_CHILDREN:
            raise InputError("children", len(self.children), f"at most {MAX_CHILDREN} children: the rules are worked "
                             "for up to 20 (Housing Benefit's and Council Tax Reduction's applicable amounts)")
        if self.mixed_age_protected and len(self.adults) != 2:
            raise InputError("mixed_age_protected", True, "False for a single claimant (the saving of SI 2019/37 "
                             "art 4 is for a member of a mixed-age couple)")
        if self.local_authority is not None and (not isinstance(self.local_authority, str) or not self.local_authority.strip()):
            raise InputError("local_authority", self.local_authority, "the billing authority's name or code, e.g. 'Coventry' or 'E08000026'")
        band = self.housing.council_tax_band if isinstance(self.housing, Housing) else None
        if band is not None and self.local_authority is None:
            raise InputError("local_authority", None, "the billing authority (its name or code) when council_tax_band is given")
        if band == "I" and self.nation != "wales":
            raise InputError("housing.council_tax_band", "I", f"A to H in {self.nation.title()}, the household's nation "
                             "(band I is Welsh only: LGFA 1992 s 5(3)); a home in Wales has nation wales")
        # A lodger lives there too (a resident for the discount, LGFA 1992 s 11).
        living = (len(self.adults) + len(self.housing.non_dependants) + (self.housing.lodger_payment_weekly > 0)
                  if isinstance(self.housing, Housing) else 0)
        if isinstance(self.housing, Housing) and self.housing.council_tax_disregarded > living:
            raise InputError("housing.council_tax_disregarded", self.housing.council_tax_disregarded, _residents(living))
        if isinstance(self.housing, Housing) and band is not None:
            said = sum(n.hb_ctr_exemption == "disregarded_for_discount" for n in self.housing.non_dependants)
            if said > self.housing.council_tax_disregarded:
                raise InputError("housing.council_tax_disregarded", self.housing.council_tax_disregarded,
                                 f"at least {said}: the non-dependants given hb_ctr_exemption 'disregarded_for_discount' "
                                 "are among the residents disregarded for discount (LGFA 1992 s 11, Sch 1)")
        if self.adjusted_net_income_annual is not None:
            _pence(self, attrs.fields(Household).adjusted_net_income_annual, self.adjusted_net_income_annual)
        if self.housing is not None and not isinstance(self.housing, Housing):
            raise InputError("housing", self.housing, "a Housing, or None for no housing costs")
        if self.greater_london and self.nation != "england":
            raise InputError("greater_london", True, "False outside England")
        if self.childcare_costs_monthly and not self.childcare_children:
            raise InputError("childcare_children", 0, "the number of children the childcare costs are for (1 or more)")
        if self.childcare_children > len(self.children):
            raise InputError("childcare_children", self.childcare_children, f"no more than the {len(self.children)} children in the household")
        if not 1 <= len(self.adults) <= 2:
            raise InputError("adults", len(self.adults), "1 adult (single claimant) or 2 (joint claimants)")
        for i, a in enumerate(self.adults, start=1):
            if not isinstance(a, Adult):
                raise InputError(f"adults[{i}]", a, "an Adult")
        for i, c in enumerate(self.children, start=1):
            if not isinstance(c, Child):
                raise InputError(f"children[{i}]", c, "a Child")
        if self.transitional_family_premium_22_20 and not self.transitional_family_premium:
            raise InputError("transitional_family_premium_22_20", True, "False unless transitional_family_premium is "
                             "True (reg 98(2)(a) is the amount of a transitional family premium the applicant has)")
        if self.marriage_allowance_transferred_by is not None and len(self.adults) != 2:
            raise InputError("marriage_allowance_transferred_by", self.marriage_allowance_transferred_by,
                             "None for a single claimant (the marriage allowance goes to a spouse or civil partner: "
                             "ITA 2007 s 55C)")
        if self.savings_credit_protected and len(self.adults) != 2:
            raise InputError("savings_credit_protected", True, "False for a single claimant (SI 2002/1792 reg 7A "
                             "protects a member of a mixed-age couple)")
        if self.applicant == "adult2" and len(self.adults) != 2:
            raise InputError("applicant", "adult2", "'adult1' or None for a single claimant (there is no second adult "
                             "to claim)")

    @property
    def is_couple(self) -> bool:
        return len(self.adults) == 2

    def replace(self, **changes: Any) -> "Household":
        """A copy with some fields changed (the household is immutable)."""
        return attrs.evolve(self, **changes)
