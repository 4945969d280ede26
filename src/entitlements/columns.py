"""The columnar form of benefit units, which every rule reads.

One set of classes serves both a single household and a caseload: for a
household each field is a Python scalar (children: a 1-d array over the
children); for a caseload each field is a numpy array with one entry per
benefit unit (children: a 2-d array, one row per benefit unit, one column per
child slot). Rules are written once over these fields with numpy operations
that treat both alike, and reduce over children with ``axis=-1``.

Categorical fields are small integer codes; the code tables are the tuples of
allowed values in :mod:`entitlements.household` (code = position).
"""

from __future__ import annotations

from typing import Any, Sequence

import attrs
import numpy as np

from .benefits.housing import RENT_PERIOD_CODES, TENURE_CODES, HousingColumns
from .household import (
    MAX_NON_DEPENDANTS,
    AA_RATES,
    APPLICANTS,
    DLA_CARE,
    EDUCATION,
    DLA_MOBILITY,
    PENSION_RELIEFS,
    PIP_RATES,
    SHARED_ACCOMMODATION_EXCEPTIONS,
    TWO_CHILD_EXCEPTIONS,
    Adult,
    Child,
    Household,
    Housing,
)

__all__ = [
    "AdultColumns",
    "ChildColumns",
    "BenefitUnitColumns",
    "household_columns",
    "households_columns",
]


NAT = np.datetime64("NaT", "D")

#: Exception codes: 0 none, then 1 + position in TWO_CHILD_EXCEPTIONS.
EXCEPTION_CODES = {None: 0, **{name: i + 1 for i, name in enumerate(TWO_CHILD_EXCEPTIONS)}}
#: Exceptions whose children do not take one of the two places (reg 24B).
OUTSIDE_ORDER_CODES = (EXCEPTION_CODES["adoption"], EXCEPTION_CODES["non_parental_caring"])


@attrs.frozen
class AdultColumns:
    """One adult's fields (see :class:`~entitlements.household.Adult`).

    ``age`` is -1 where ``date_of_birth`` gives the age instead; categorical
    fields are codes into the tuples of allowed values."""

    present: Any
    age: Any
    date_of_birth: Any
    monthly_earnings: Any
    gross_monthly_earnings: Any  # -1 where net earnings were given instead
    pension_contribution_monthly: Any
    pension_relief: Any  # code into PENSION_RELIEFS
    in_paid_work: Any
    lcw: Any
    lcwra: Any
    lcwra_element_in_award: Any
    lcwra_protected: Any
    lcw_element_saved: Any
    carer: Any
    carers_allowance_weekly: Any
    new_style_esa_weekly: Any
    new_style_jsa_weekly: Any
    other_unearned_income_monthly: Any
    dla_care: Any
    dla_mobility: Any
    pip_daily_living: Any
    pip_mobility: Any
    attendance_allowance: Any
    blind: Any
    esa_support_component: Any
    claims_carers_allowance: Any
    pension_income_weekly: Any
    state_pension_weekly: Any
    pension_age_before_2016: Any  # savings credit age condition: -1 not given, 0 no, 1 yes
    work_hours_weekly: Any = -1  # hours of paid work a week on average, -1 not given
    carer_paid_for: Any = False  # someone is paid Carer's Allowance (or has the UC carer element) for caring for them


@attrs.frozen
class ChildColumns:
    """Children, one slot per child (last axis). Empty slots have
    ``present == False`` and ``date_of_birth`` NaT. Within a benefit unit
    the slots are in order of birth, eldest first (reg 24B(1))."""

    present: Any
    date_of_birth: Any
    disabled_child_rate: Any  # 0 none, 1 lower, 2 higher
    has_disability_benefit: Any  # DLA or PIP of any rate (benefit cap, reg 83)
    exception: Any  # EXCEPTION_CODES
    sex: Any  # 0 not given, 1 female, 2 male
    dla_care: Any  # codes as for adults
    dla_mobility: Any
    pip_daily_living: Any
    pip_mobility: Any
    education: Any  # 0 not given, then 1 + position in EDUCATION


@attrs.frozen
class BenefitUnitColumns:
    """A benefit unit, or many, in columns."""

    couple: Any
    capital: Any
    adult1: AdultColumns
    adult2: AdultColumns
    children: ChildColumns
    housing: HousingColumns
    scottish: Any  # Scottish taxpayers (nation == "scotland")
    greater_london: Any
    childcare_costs_monthly: Any
    childcare_children: Any
    benefit_cap_grace_period: Any
    child_benefit_claimed: Any
    guardians_allowance: Any
    adjusted_net_income_annual: Any  # -1 where not given
    local_authority: Any = -1  # index into benefits.council_tax_columns.authority_codes(), -1 where not given
    mixed_age_protected: Any = False  # SI 2019/37 art 4: Pension Credit and pension-age HB, not UC
    transitional_family_premium: Any = False  # SSI 2012/319 reg 20(e), SSI 2021/249 reg 98, SSI 2016/81 reg 2 (Scottish CTR)
    transitional_family_premium_22_20: Any = False  # SSI 2021/249 reg 98(2)(a): £22.20 on 31 March 2022
    applicant: Any = 0  # which adult claims HB and applies for CTR: 0 not given, 1 adult1, 2 adult2
    marriage_allowance_transferred_by: Any = 0  # ITA 2007 s 55C election: 0 none, 1 adult1, 2 adult2
    savings_credit_protected: Any = False  # SI 2002/1792 reg 7A: a mixed-age couple's savings credit kept

    @property
    def size(self) -> int | None:
        """Number of benefit units, or None for a single household."""
        c = self.couple
        return int(c.shape[0]) if isinstance(c, np.ndarray) and c.ndim else None


_ABSENT_ADULT = Adult(age=16)


def _adult_values(a: Adult | None) -> dict[str, Any]:
    present = a is not None
    a = a or _ABSENT_ADULT
    return dict(
        present=present,
        age=a.age if a.age is not None else -1,
        date_of_birth=np.datetime64(a.date_of_birth, "D") if a.date_of_birth else NAT,
        monthly_earnings=a.monthly_earnings,
        gross_monthly_earnings=a.gross_monthly_earnings if a.gross_monthly_earnings is not None else -1,
        pension_contribution_monthly=a.pension_contribution_monthly,
        pension_relief=PENSION_RELIEFS.index(a.pension_relief),
        in_paid_work=a.works and present,
        lcw=a.has_lcw and present,
        lcwra=a.lcwra and present,
        lcwra_element_in_award=bool(a.lcwra_element_in_award) and present,
        lcwra_protected=_lcwra_protected(a) and present,
        lcw_element_saved=a.lcw_element_saved and present,
        carer=a.carer and present,
        carers_allowance_weekly=a.carers_allowance_weekly,
        new_style_esa_weekly=a.new_style_esa_weekly,
        new_style_jsa_weekly=a.new_style_jsa_weekly,
        other_unearned_income_monthly=a.other_unearned_income_monthly,
        dla_care=DLA_CARE.index(a.dla_care),
        dla_mobility=DLA_MOBILITY.index(a.dla_mobility),
        pip_daily_living=PIP_RATES.index(a.pip_daily_living),
        pip_mobility=PIP_RATES.index(a.pip_mobility),
        attendance_allowance=AA_RATES.index(a.attendance_allowance),
        blind=a.blind and present,
        esa_support_component=a.esa_support_component and present,
        claims_carers_allowance=a.claims_carers_allowance and present,
        pension_income_weekly=a.pension_income_weekly if present else 0,
        state_pension_weekly=a.state_pension_weekly if present else 0,
        pension_age_before_2016=-1 if a.reached_pension_age_before_6_april_2016 is None else int(a.reached_pension_age_before_6_april_2016),
        work_hours_weekly=-1 if a.work_hours_weekly is None else a.work_hours_weekly,
        carer_paid_for=a.carer_paid_for and present,
    )


def _lcwra_protected(a: Adult) -> bool:
    """The protected LCWRA amount from 6 April 2026: the reason given, or
    decided from the dates (one rule for estimate and the income gain)."""
    if not a.lcwra:
        return False
    from .assessments.lcwra_rate import lcwra_protection_for

    return lcwra_protection_for(a).protected


_RATE_CODE = {"none": 0, "lower": 1, "higher": 2}


def birth_order(children: Sequence[Child]) -> list[int]:
    """Positions of ``children`` in order of birth, eldest first: child 1 is
    the eldest, wherever a household's children are numbered.

    Reg 24B(1): in order of date of birth. Among children born the same day,
    one with an exception comes after one without: the multiple-birth
    exception is for a child who "is not the first in the order" (Sch 12
    para 2(d)), so the answer cannot depend on which twin the caller marked.
    Otherwise the order given is kept (a stable sort)."""
    return sorted(range(len(children)), key=lambda i: (children[i].date_of_birth, children[i].two_child_exception is not None))


def _ordered_children(children: Sequence[Child]) -> list[Child]:
    return [children[i] for i in birth_order(children)]


def _child_arrays(children: Sequence[Child], slots: int) -> dict[str, np.ndarray]:
    kids = _ordered_children(children)
    present = np.zeros(slots, dtype=bool)
    dob = np.full(slots, NAT)
    rate = np.zeros(slots, dtype=np.int8)
    dis = np.zeros(slots, dtype=bool)
    exc = np.zeros(slots, dtype=np.int8)
    sex = np.zeros(slots, dtype=np.int8)
    codes = {f: np.zeros(slots, dtype=np.int8) for f in ("dla_care", "dla_mobility", "pip_daily_living", "pip_mobility", "education")}
    for i, c in enumerate(kids):
        codes["education"][i] = 0 if c.education is None else 1 + EDUCATION.index(c.education)
        codes["dla_care"][i] = DLA_CARE.index(c.dla_care)
        codes["dla_mobility"][i] = DLA_MOBILITY.index(c.dla_mobility)
        codes["pip_daily_living"][i] = PIP_RATES.index(c.pip_daily_living)
        codes["pip_mobility"][i] = PIP_RATES.index(c.pip_mobility)
        present[i] = True
        dob[i] = np.datetime64(c.date_of_birth, "D")
        rate[i] = _RATE_CODE[c.disabled_child_rate]
        dis[i] = c.dla_care != "none" or c.dla_mobility != "none" or c.pip_daily_living != "none" or c.pip_mobility != "none"
        exc[i] = EXCEPTION_CODES[c.two_child_exception]
        sex[i] = _SEX_CODE[c.sex]
    return dict(present=present, date_of_birth=dob, disabled_child_rate=rate, has_disability_benefit=dis, exception=exc, sex=sex, **codes)


_SEX_CODE = {None: 0, "female": 1, "male": 2}


#: Non-dependants whose facts the Housing Benefit and Council Tax Reduction
#: deductions read (one column a fact each); more is an input error.
HB_CTR_SLOTS = MAX_NON_DEPENDANTS  # the household model refuses more
_ND_FACTS = ("age", "income", "work", "hb_exempt", "ctr_exempt", "second_adult")
_ND_NONE = {"age": -1, "income": -1, "work": False, "hb_exempt": False, "ctr_exempt": False, "second_adult": 0,
            "sdp_exempt": False, "pc_exempt": False}
#: The non-dependants State Pension Credit takes no housing costs deduction for (SI 2002/1792 Sch II para 14(7),
#: read): a normal home elsewhere (a), youth training (b), a full-time student (c), a prisoner or a patient for over
#: 52 weeks (e), on Pension Credit (f); and, under 25 only, on income support, income-based JSA or income-related
#: ESA (d), (g) or on UC with no earned income (h). Para 14(7) as read has no head for the armed forces away on
#: operations (Housing Benefit's reg 55(9)): such a non-dependant is taken to have the deduction.
_PC_EXEMPT = ("normal_home_elsewhere", "youth_training", "full_time_student", "prisoner_or_patient", "pension_credit")
_PC_EXEMPT_UNDER_25 = ("income_support_jsa_esa", "uc_no_earned_income")
#: The non-dependants Housing Benefit takes no deduction for only while under 25 (SI 2006/214 reg 55(8); SI 2006/213
#: reg 74(8)): on income support, income-based JSA or income-related ESA without a component, or on UC with no earned
#: income. An under-25 on income-related ESA with a component does take the deduction: not told apart here.
_HB_EXEMPT_UNDER_25 = ("income_support_jsa_esa", "uc_no_earned_income")
#: A non-dependant as a "second adult" of the pension-age CTR schemes' alternative maximum (SI 2012/2885 Sch 1 para
#: 4(3), Sch 3; SSI 2012/319 Sch 5), by code: -1 disregarded for discount or not resident (a full-time student, on
#: youth training, a prisoner or long-term patient, a normal home elsewhere: LGFA 1992 Sch 1), 0 none or under 18,
#: 1 a second adult, 2 one on income support, income-based JSA, income-related ESA or Pension Credit, 3 one on UC
#: with no earned income, 4 one in receipt of UC otherwise (with earnings, or not said: in Scotland 25% under Sch 5
#: para 1 Table (a), but their income counts under (b)).
SECOND_ADULT = {"disregarded": -1, "none": 0, "second_adult": 1, "income_related_benefit": 2, "uc_no_earned_income": 3,
                "universal_credit": 4}
_DISREGARDED_FOR_DISCOUNT = ("full_time_student", "youth_training", "prisoner_or_patient", "normal_home_elsewhere",
                             "disregarded_for_discount")
#: Exempt from Council Tax Reduction's deduction only: Housing Benefit's (SI 2006/214 reg 55(7)-(9); SI 2006/213
#: reg 74(7)-(8)) and Pension Credit's (SI 2002/1792 Sch II para 14(7)) have no head for one disregarded for discount.
_CTR_EXEMPT_ONLY = ("disregarded_for_discount",)


def _second_adult_code(n) -> int:
    """The non-dependant's :data:`SECOND_ADULT` code."""
    why = n.hb_ctr_exemption
    if n.age < 18:
        return SECOND_ADULT["none"]
    if why in _DISREGARDED_FOR_DISCOUNT:
        return SECOND_ADULT["disregarded"]
    if n.exemption == "pension_credit" or why in ("pension_credit", "income_support_jsa_esa"):
        return SECOND_ADULT["income_related_benefit"]
    if why == "uc_no_earned_income":
        return SECOND_ADULT["uc_no_earned_income"]
    if n.universal_credit:
        return SECOND_ADULT["universal_credit"]
    return SECOND_ADULT["second_adult"]


def _non_dependant_slots(x: Housing | None) -> dict[str, Any]:
    """The HB and CTR facts of each non-dependant, slot by slot (SI 2006/214
    reg 55; SI 2006/213 reg 74; SI 2012/2885 Sch 1 para 8). Exempt from the
    HB deduction: any ``hb_ctr_exemption`` but "uc_no_earned_income" and
    "income_support_jsa_esa" at 25 or over, or on Pension Credit. SI 2006/214
    reg 55(8) (read 2026-12-07 in ``uk/uksi-2006-214.md``): "No deduction shall
    be made ... in respect of a non-dependant aged less than 25 who is on income
    support, an income-based jobseeker's allowance or an income-related
    employment and support allowance which does not include [a component] or
    who is entitled to an award of universal credit ... [with no] earned
    income"; SI 2006/213 reg 74(8) the same. At 25 or over such a
    non-dependant takes the reg 55(1)(b) deduction. From the CTR deduction:
    any of them (SI 2012/2885 Sch 1 para 8(8)(a), (c): any age)."""
    out = {f"nd{k}_{f}": v for k in range(1, HB_CTR_SLOTS + 1) for f, v in _ND_NONE.items()}
    if x is None:
        return out
    if len(x.non_dependants) > HB_CTR_SLOTS:
        from .errors import InputError

        raise InputError("housing.non_dependants", len(x.non_dependants),
                         f"at most {HB_CTR_SLOTS} non-dependants (Housing Benefit and Council Tax Reduction deductions "
                         "are worked out for each)")
    for k, n in enumerate(x.non_dependants, start=1):
        why = n.hb_ctr_exemption
        pc = n.exemption == "pension_credit"
        out.update({f"nd{k}_age": n.age, f"nd{k}_income": -1 if n.gross_weekly_income is None else n.gross_weekly_income,
                    f"nd{k}_work": n.remunerative_work,
                    f"nd{k}_hb_exempt": pc or (why is not None and why not in _CTR_EXEMPT_ONLY
                                                  and not (why in _HB_EXEMPT_UNDER_25 and n.age >= 25)),
                    f"nd{k}_ctr_exempt": pc or why is not None,
                    f"nd{k}_second_adult": _second_adult_code(n),
                    # In receipt of AA, DLA care middle/highest or PIP daily living (the "disability_benefit"
                    # exemption): not counted against the severe disability addition or premium (SI 2002/1792
                    # Sch I para 2(2)(a); SI 2006/214 Sch 3 para 6(6)(a); SI 2012/2885 Sch 2 para 6(6)(a)).
                    f"nd{k}_sdp_exempt": n.exemption == "disability_benefit",
                    f"nd{k}_pc_exempt": (n.exemption in ("pension_credit", "prisoner") or why in _PC_EXEMPT
                                         or (why in _PC_EXEMPT_UNDER_25 and n.age < 25))})
    return out


def _council_tax_values(x: Housing | None) -> dict[str, Any]:
    from .household import ACCOMMODATION_KINDS, COUNCIL_TAX_BANDS

    if x is None:
        return dict(accommodation=0, council_tax_band=-1, council_tax_liable=True, council_tax_disregarded=0,
                    disabled_band_reduction=False, council_tax_band_d=-1, council_tax_band_charge=-1)
    acc = 0
    if x.tenure == "supported_or_temporary":
        acc = 2 if x.accommodation is None else 1 + ACCOMMODATION_KINDS.index(x.accommodation)
    return dict(accommodation=acc,
                council_tax_band=-1 if x.council_tax_band is None else COUNCIL_TAX_BANDS.index(x.council_tax_band),
                council_tax_liable=x.council_tax_liable, council_tax_disregarded=x.council_tax_disregarded,
                disabled_band_reduction=x.disabled_band_reduction,
                council_tax_band_d=-1 if x.council_tax_band_d is None else x.council_tax_band_d,
                council_tax_band_charge=-1 if x.council_tax_band_charge is None else x.council_tax_band_charge)


def _housing_values(x: Housing | None) -> dict[str, Any]:
    if x is None:
        return dict(tenure=0, rent=0, rent_period=RENT_PERIOD_CODES["month"], rent_free_periods=0, bedrooms=-1,
                    owner_housing_costs=0, owner_housing_costs_period=RENT_PERIOD_CODES["month"],
                    lha_rate_monthly=-1, brma=-1, shared_accommodation_exception=0, extra_bedrooms=0, non_dependants=0,
                    non_dependants_paying=0, cannot_share_bedrooms=0, self_contained=True, lodger_payment_weekly=0,
                    lodger_board=False, **_council_tax_values(x), **_non_dependant_slots(x))
    if x.lha_rate is None:
        lha = -1
    elif x.lha_period == "week":
        # Rent officers publish LHA rates weekly; UC uses a monthly cap rent.
        # A weekly figure is converted x 52 / 12 as weekly rent is (Sch 4
        # para 7), a fraction of a penny rounded by reg 6(1). Where the
        # rent officer's monthly UC figure is known, give that instead.
        from .money import weekly_to_monthly

        lha = int(weekly_to_monthly(x.lha_rate))
    else:
        lha = x.lha_rate
    return dict(
        tenure=TENURE_CODES[x.tenure],
        rent=0 if x.rent is None else x.rent,  # an owner-occupier's: not read
        rent_period=RENT_PERIOD_CODES[x.rent_period],
        rent_free_periods=x.rent_free_weeks // {"week": 1, "two_weeks": 2, "four_weeks": 4}.get(x.rent_period, 1),
        owner_housing_costs=0 if x.owner_housing_costs is None else x.owner_housing_costs,
        lodger_payment_weekly=x.lodger_payment_weekly,
        lodger_board=x.lodger_board,
        owner_housing_costs_period=RENT_PERIOD_CODES[x.owner_housing_costs_period],
        bedrooms=x.bedrooms if x.bedrooms is not None else -1,
        lha_rate_monthly=lha,
        brma=_brma_code(x.brma),
        shared_accommodation_exception=0 if x.shared_accommodation_exception is None else 1 + SHARED_ACCOMMODATION_EXCEPTIONS.index(x.shared_accommodation_exception),
        extra_bedrooms=len(x.extra_bedrooms),
        cannot_share_bedrooms=sum(r in ("child_cannot_share", "couple_cannot_share") for r in x.extra_bedrooms),
        self_contained=x.self_contained,
        non_dependants=len(x.non_dependants),
        non_dependants_paying=sum(1 for n in x.non_dependants if not n.exempt),
        **_council_tax_values(x),
        **_non_dependant_slots(x),
    )


def _brma_code(name: str | None) -> int:
    """The BRMA's index in :func:`entitlements.benefits.lha.brma_names` (-1: none);
    an unknown name is an InputError listing close names."""
    if name is None:
        return -1
    from .benefits.lha import brma_names, default_lha_schedule

    return brma_names().index(default_lha_schedule().brma(name).name)


def _household_values(h: Household) -> dict[str, Any]:
    return dict(
        scottish=h.nation == "scotland",
        greater_london=h.greater_london,
        childcare_costs_monthly=h.childcare_costs_monthly,
        childcare_children=h.childcare_children,
        benefit_cap_grace_period=h.benefit_cap_grace_period,
        child_benefit_claimed=h.child_benefit_claimed,
        guardians_allowance=h.guardians_allowance,
        adjusted_net_income_annual=h.adjusted_net_income_annual if h.adjusted_net_income_annual is not None else -1,
        local_authority=_authority_code(h.local_authority, h.nation),
        mixed_age_protected=h.mixed_age_protected,
        transitional_family_premium=h.transitional_family_premium,
        transitional_family_premium_22_20=h.transitional_family_premium_22_20,
        applicant=0 if h.applicant is None else 1 + APPLICANTS.index(h.applicant),
        marriage_allowance_transferred_by=(0 if h.marriage_allowance_transferred_by is None
                                           else 1 + APPLICANTS.index(h.marriage_allowance_transferred_by)),
        savings_credit_protected=h.savings_credit_protected,
    )


def _authority_code(name: str | None, nation: str) -> int:
    """The billing authority's index in
    :func:`entitlements.benefits.council_tax_columns.authority_codes` (-1: none); an
    unknown name is an InputError listing close names, as for a BRMA."""
    if name is None:
        return -1
    from .benefits.council_tax_areas import default_authorities
    from .benefits.council_tax_columns import authority_codes

    a = default_authorities().authority(name)
    if a.nation != nation:
        from .errors import InputError

        raise InputError("local_authority", name, f"a billing authority in {nation.title()} (the household's nation): "
                         f"{a.name} is in {a.nation.title()}; give nation = {a.nation!r} (--nation {a.nation}) or another authority")
    return authority_codes().index(a.code)


def household_columns(h: Household) -> BenefitUnitColumns:
    """One household as scalar columns (children as 1-d arrays)."""
    a1 = _adult_values(h.adults[0])
    a2 = _adult_values(h.adults[1] if h.is_couple else None)
    return BenefitUnitColumns(
        couple=h.is_couple,
        capital=h.capital,
        adult1=AdultColumns(**a1),
        adult2=AdultColumns(**a2),
        children=ChildColumns(**_child_arrays(h.children, max(1, len(h.children)))),
        housing=HousingColumns(**_housing_values(h.housing)),
        **_household_values(h),
    )


_ADULT_DTYPES = {
    "present": bool,
    "age": np.int16,
    "date_of_birth": "datetime64[D]",
    "monthly_earnings": np.int64,
    "gross_monthly_earnings": np.int64,
    "pension_contribution_monthly": np.int64,
    "pension_relief": np.int8,
    "in_paid_work": bool,
    "lcw": bool,
    "lcwra": bool,
    "lcwra_element_in_award": bool,
    "lcwra_protected": bool,
    "lcw_element_saved": bool,
    "carer": bool,
    "carers_allowance_weekly": np.int64,
    "new_style_esa_weekly": np.int64,
    "new_style_jsa_weekly": np.int64,
    "other_unearned_income_monthly": np.int64,
    "dla_care": np.int8,
    "dla_mobility": np.int8,
    "pip_daily_living": np.int8,
    "pip_mobility": np.int8,
    "attendance_allowance": np.int8,
    "blind": bool,
    "esa_support_component": bool,
    "claims_carers_allowance": bool,
    "pension_income_weekly": np.int64,
    "state_pension_weekly": np.int64,
    "pension_age_before_2016": np.int8,
    "work_hours_weekly": np.int16,
    "carer_paid_for": bool,
}

# Counts that multiply an amount (non_dependants_paying x the housing cost contribution, SI 2013/376 Sch 4
# para 14) are int64, as the amounts are: four contributions of £96.55 (38,620 pence) wrapped round an int16.
_HOUSING_DTYPES = {f.name: (np.int64 if f.name in ("rent", "lha_rate_monthly", "council_tax_band_d", "council_tax_band_charge",
                                                   "owner_housing_costs", "lodger_payment_weekly", "non_dependants",
                                                   "non_dependants_paying")
                             or f.name.endswith("_income")
                            else bool if f.name in ("council_tax_liable", "disabled_band_reduction", "self_contained",
                                                    "lodger_board")
                            or f.name.endswith(("_work", "_exempt")) else np.int16)
                   for f in attrs.fields(HousingColumns)}
_HOUSEHOLD_DTYPES = {
    "scottish": bool,
    "greater_london": bool,
    "childcare_costs_monthly": np.int64,
    "childcare_children": np.int16,
    "benefit_cap_grace_period": bool,
    "child_benefit_claimed": bool,
    "guardians_allowance": bool,
    "adjusted_net_income_annual": np.int64,
    "local_authority": np.int16,
    "mixed_age_protected": bool,
    "transitional_family_premium": bool,
    "transitional_family_premium_22_20": bool,
    "applicant": np.int8,
    "marriage_allowance_transferred_by": np.int8,
    "savings_credit_protected": bool,
}


def households_child_numbers(households: Sequence[Household], slots: int) -> np.ndarray:
    """For an error naming a child's column: the N of each child slot of
    :func:`households_columns` (eldest first), N the child's place in
    ``Household.children`` from 1 (0: no child) [int16, (households, slots)]."""
    numbers = np.zeros((len(households), slots), np.int16)
    for i, h in enumerate(households):
        order = birth_order(h.children)[:slots]
        numbers[i, :len(order)] = np.array(order, np.int16) + 1
    return numbers


def child_column(numbers: np.ndarray | None, i: int, slot: int, leaf: str) -> str:
    """The column of row ``i``'s child in ``slot`` (eldest first, from 0),
    field ``leaf``, as ``numbers`` (:func:`households_child_numbers`, or a
    file's ``childN_`` numbering) names it: ``child3_sex``; without them,
    child N is the Nth eldest."""
    num = slot + 1
    if numbers is not None and slot < numbers.shape[1] and numbers[i, slot] > 0:
        num = int(numbers[i, slot])
    return f"child{num}_{leaf}"


def households_columns(households: Sequence[Household], *, child_slots: int | None = None) -> BenefitUnitColumns:
    """Many households as array columns (one entry per household)."""
    n = len(households)
    k = child_slots if child_slots is not None else max([len(h.children) for h in households] + [1])
    adults = []
    for which in (0, 1):
        rows = [_adult_values(h.adults[which] if which < len(h.adults) else None) for h in households]
        adults.append(
            AdultColumns(**{f: np.array([r[f] for r in rows], dtype=t).reshape(n) for f, t in _ADULT_DTYPES.items()})
        )
    kids = [_child_arrays(h.children, k) for h in households]
    children = ChildColumns(
        present=_stack(kids, "present", n, k, bool),
        date_of_birth=_stack(kids, "date_of_birth", n, k, "datetime64[D]"),
        disabled_child_rate=_stack(kids, "disabled_child_rate", n, k, np.int8),
        has_disability_benefit=_stack(kids, "has_disability_benefit", n, k, bool),
        exception=_stack(kids, "exception", n, k, np.int8),
        sex=_stack(kids, "sex", n, k, np.int8),
        dla_care=_stack(kids, "dla_care", n, k, np.int8),
        dla_mobility=_stack(kids, "dla_mobility", n, k, np.int8),
        pip_daily_living=_stack(kids, "pip_daily_living", n, k, np.int8),
        pip_mobility=_stack(kids, "pip_mobility", n, k, np.int8),
        education=_stack(kids, "education", n, k, np.int8),
    )
    hv = [_housing_values(h.housing) for h in households]
    housing = HousingColumns(**{f: np.array([r[f] for r in hv], dtype=t).reshape(n) for f, t in _HOUSING_DTYPES.items()})
    bv = [_household_values(h) for h in households]
    return BenefitUnitColumns(
        couple=np.array([h.is_couple for h in households], dtype=bool).reshape(n),
        capital=np.array([h.capital for h in households], dtype=np.int64).reshape(n),
        adult1=adults[0],
        adult2=adults[1],
        children=children,
        housing=housing,
        **{f: np.array([r[f] for r in bv], dtype=t).reshape(n) for f, t in _HOUSEHOLD_DTYPES.items()},
    )


def _stack(kids: list[dict[str, np.ndarray]], field: str, n: int, k: int, dtype) -> np.ndarray:
    if not n:
        return np.zeros((0, k), dtype=dtype)
    return np.stack([c[field] for c in kids]).astype(dtype)


def take(cols: BenefitUnitColumns, i: int) -> BenefitUnitColumns:
    """Row ``i`` of array columns, as scalar columns (children as 1-d)."""

    def pick(obj):
        return attrs.evolve(obj, **{a.name: _item(getattr(obj, a.name), i) for a in attrs.fields(type(obj))})

    return BenefitUnitColumns(
        couple=_item(cols.couple, i),
        capital=_item(cols.capital, i),
        adult1=pick(cols.adult1),
        adult2=pick(cols.adult2),
        children=attrs.evolve(
            cols.children,
            **{a.name: getattr(cols.children, a.name)[i] for a in attrs.fields(ChildColumns)},
        ),
        housing=pick(cols.housing),
        **{f: _item(getattr(cols, f), i) for f in _HOUSEHOLD_DTYPES},
    )


def _item(x, i):
    v = x[i]
    return v.item() if hasattr(v, "item") and not isinstance(v, np.datetime64) else v


def select(cols: BenefitUnitColumns, index) -> BenefitUnitColumns:
    """The benefit units at ``index`` (an integer or boolean array), as a new
    set of array columns: to filter a caseload or to draw a sample from it."""

    def pick(obj):
        values = {}
        for a in attrs.fields(type(obj)):
            v = getattr(obj, a.name)
            values[a.name] = pick(v) if attrs.has(type(v)) else np.asarray(v)[index]
        return type(obj)(**values)

    return pick(cols)
