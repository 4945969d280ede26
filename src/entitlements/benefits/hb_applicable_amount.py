"""Housing Benefit applicable amounts [pence/week]: what the law says a
household needs to live on, against which its income is set.

Two schemes, each a sum of personal allowances and premiums (amounts in
``rules/housing_benefit/``, substituted each year by the Up-rating Order's
Schedules 4 to 7, read for 2023 to 2026):

- **pension age**, the Housing Benefit (Persons who have attained the
  qualifying age for state pension credit) Regulations 2006 (SI 2006/214)
  reg 22 and Sch 3 (read): the personal allowance (single or couple, the
  higher rate where the claimant, or one of a couple, attained pensionable
  age before 1 April 2021); an allowance for each child or young person in
  the family, for up to two of them (reg 22(1)(b) as substituted by SI
  2017/376 reg 8, read; all of them where reg 9 of those Regulations
  protects a household entitled on 5 April 2017); the family premium, only
  where the 2015 abolition Regulations leave it in place; and the premiums
  of Sch 3 Part 3: severe disability (para 6), enhanced disability for a
  child (para 7), disabled child (para 8), carer (para 9);
- **working age**, the Housing Benefit Regulations 2006 (SI 2006/213) reg 22
  and Sch 3: the personal allowance by age and family type (Sch 3 para 1),
  child allowances as above (SI 2017/376 reg 7), the family premium where
  protected, and the premiums of Sch 3 Part 3 (disability, severe
  disability, enhanced disability, disabled child, carer) and the Part 6
  components. The copy of SI 2006/213 read is its 2006 text: the conditions
  of the disability premium (paras 12-13), the adult enhanced disability
  premium (para 15) and the components (Part 5) are therefore inputs that
  say whether they are met, not worked out here. The severe disability
  premium (para 14) is taken to follow the pension-age wording (SI 2006/214
  Sch 3 para 6, read), with the same amounts in each Order.

A claimant on universal credit, or on guarantee credit, has all income
disregarded, so the applicable amount does not change the award (see
:mod:`entitlements.benefits.housing_benefit`); it is still worked out and
shown.

>>> import datetime as dt
>>> from entitlements.tables import Tables
>>> a = pension_age_applicable_amount(False, False, on=dt.date(2025, 6, 2), tables=Tables.load())
>>> a.total          # £227.10, single, pensionable age from April 2021
22710
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from ..errors import InputError
from ..tables import Tables
from ._numeric import flag, is_array, out_int, table_on, whole
from .means_test import severe_disability_amount

__all__ = ["ApplicableAmount", "ApplicableAmountFacts", "pension_age_applicable_amount", "working_age_applicable_amount",
           "ESA_COMPONENTS"]

#: Codes for ``esa_component``: which component of employment and support
#: allowance the working-age applicable amount includes (SI 2006/213 Sch 3
#: Part 6 paras 25-26).
ESA_COMPONENTS = ("none", "work_related_activity", "support")

_MAX_CHILDREN = 20


@attrs.frozen
class ApplicableAmount:
    """The applicable amount and its parts [pence/week]."""

    personal_allowance: Any
    child_allowance: Any
    family_premium: Any
    disability_premium: Any
    severe_disability_premium: Any
    enhanced_disability_premium: Any
    disabled_child_premium: Any
    carer_premium: Any
    component: Any
    total: Any


@attrs.frozen(kw_only=True)
class ApplicableAmountFacts:
    """The household facts the premiums and child amounts turn on (scalars
    for one household, arrays for a caseload).

    children, disabled_children, severely_disabled_children
        Children and young persons in the family; of them, those meeting the
        disabled child premium condition (SI 2006/214 Sch 3 para 8: DLA or,
        for a young person, PIP, or blind); of those, the ones meeting the
        enhanced disability premium condition (para 7: DLA care at the
        highest rate, PIP daily living at the enhanced rate, or AFIP). A
        blind child without such an award counts as disabled, not severely
        disabled.
    two_child_protected
        Entitled on 5 April 2017 with more than two children, and no new
        claim or new child since (SI 2017/376 reg 9): every child counts.
    family_premium
        A claim the 2015 abolition Regulations (reg 4) leave the family
        premium in (given only where there is a child).
    qualifying_benefitN, carer_paid_forN, non_dependant, blindN
        The severe disability premium (para 6): see
        :func:`entitlements.benefits.means_test.severe_disability_amount`.
        ``non_dependant``: a non-dependant aged 18 or over lives with the
        claimant, other than one para 6(6) ignores (``None``: the caller of
        :func:`~entitlements.benefits.housing_benefit.housing_benefit` takes it
        from the non-dependants; here ``None`` counts as no).
    carers_allowanceN
        Partner N is entitled to carer's allowance (or carer support payment):
        a carer premium each (para 9), and the £20 earnings disregard.
    main_phase_esa, disability_premium, enhanced_disability_premium, esa_component
        Working age only (SI 2006/213 Sch 3): entitled to main phase ESA (the
        higher personal allowance); the disability premium condition (paras
        12-13) and the adult enhanced disability premium condition (para 15)
        are met, as the council has decided (each at the couple rate for a
        couple); ``esa_component`` 0 none, 1 work-related activity (only cases
        within Sch 2 paras 2-7 to the 2017 Regulations), 2 support.
    """

    children: Any = 0
    disabled_children: Any = 0
    severely_disabled_children: Any = 0
    two_child_protected: Any = False
    family_premium: Any = False
    qualifying_benefit1: Any = False
    qualifying_benefit2: Any = False
    carer_paid_for1: Any = False
    carer_paid_for2: Any = False
    non_dependant: Any = None
    blind1: Any = False
    blind2: Any = False
    carers_allowance1: Any = False
    carers_allowance2: Any = False
    main_phase_esa: Any = False
    disability_premium: Any = False
    enhanced_disability_premium: Any = False
    esa_component: Any = 0

    def values(self) -> tuple:
        """Every field's value, for telling one household from a caseload."""
        return attrs.astuple(self, recurse=False)


def _children(f: ApplicableAmountFacts, on, tables):
    """The amounts for children common to both schemes: child allowances (up
    to the limit unless protected), the family premium where protected, the
    disabled child premium for each disabled child and the enhanced disability
    premium for each severely disabled one."""
    n = whole("children", f.children, 0, _MAX_CHILDREN, "a number of children and young persons")
    disabled = whole("disabled_children", f.disabled_children, 0, _MAX_CHILDREN, "a number of children")
    severe = whole("severely_disabled_children", f.severely_disabled_children, 0, _MAX_CHILDREN, "a number of children")
    if np.any(disabled > n) or np.any(severe > disabled):
        raise InputError("disabled_children", "more than the children",
                         "severely_disabled_children <= disabled_children <= children")
    t = table_on(on)
    limit = tables.at("housing_benefit.child_allowance_limit", t)
    counted = np.where(flag("two_child_protected", f.two_child_protected), n, np.minimum(n, limit))
    child_allowance = counted * tables.at("housing_benefit.child_allowance", t)
    family = np.where(flag("family_premium", f.family_premium) & (n > 0), tables.at("housing_benefit.family_premium", t), 0)
    dcp = disabled * tables.at("housing_benefit.disabled_child_premium", t)
    edp_child = severe * tables.at("housing_benefit.enhanced_disability_premium", t, "child")
    return child_allowance, family, dcp, edp_child


def _severe_and_carer(c, f: ApplicableAmountFacts, on, tables):
    t = table_on(on)
    q1, q2 = flag("qualifying_benefit1", f.qualifying_benefit1), flag("qualifying_benefit2", f.qualifying_benefit2) & c
    p1, p2 = flag("carer_paid_for1", f.carer_paid_for1), flag("carer_paid_for2", f.carer_paid_for2) & c
    b1, b2 = flag("blind1", f.blind1), flag("blind2", f.blind2) & c
    nd = flag("non_dependant", False if f.non_dependant is None else f.non_dependant)
    rates = tables.at("housing_benefit.severe_disability_premium", t)
    sdp = severe_disability_amount(c, q1, q2, p1, p2, nd, b1, b2, rates["one_qualifies"], rates["two_qualify"])
    carers = flag("carers_allowance1", f.carers_allowance1).astype(np.int64) + (
        flag("carers_allowance2", f.carers_allowance2) & c)
    return sdp, carers * tables.at("housing_benefit.carer_premium", t)


def pension_age_applicable_amount(couple, pensionable_age_before_april_2021, facts: ApplicableAmountFacts | None = None,
                                  *, on, tables: Tables) -> ApplicableAmount:
    """Applicable amount at pension age [pence/week]: SI 2006/214 reg 22 and
    Sch 3.

    ``couple``: the claimant has a partner. ``pensionable_age_before_april_2021``:
    the claimant (or, for a couple, either member) attained pensionable age
    before 1 April 2021: the higher personal allowance (Sch 3 para 1(1)(b),
    (2)(b)). ``facts``: children and premiums (:class:`ApplicableAmountFacts`;
    the working-age fields are not used).
    """
    f = facts or ApplicableAmountFacts()
    scalar = not is_array(couple, pensionable_age_before_april_2021, on, *f.values())
    c = flag("couple", couple)
    early = flag("pensionable_age_before_april_2021", pensionable_age_before_april_2021)
    pa = tables.at("housing_benefit.personal_allowance_pension_age", table_on(on))
    personal = np.where(c, np.where(early, pa["couple_pensionable_age_before_april_2021"], pa["couple"]),
                        np.where(early, pa["single_pensionable_age_before_april_2021"], pa["single"]))
    child, family, dcp, edp = _children(f, on, tables)
    sdp, carer = _severe_and_carer(c, f, on, tables)
    return _result(scalar, personal, child, family, 0, sdp, edp, dcp, carer, 0)


def working_age_applicable_amount(couple, age1, age2=0, facts: ApplicableAmountFacts | None = None, *, on,
                                  tables: Tables) -> ApplicableAmount:
    """Applicable amount at working age [pence/week]: SI 2006/213 reg 22 and
    Sch 3 (amounts read in each Up-rating Order's Schedules 4-5).

    Personal allowance (Sch 3 para 1): a single claimant aged 25 or over, or
    entitled to main phase ESA, the higher rate, else the under-25 rate; a
    lone parent (single, with a child in the family) aged 18 or over (or on
    main phase ESA) the higher rate; a couple the couple rate unless both are
    under 18 (and the claimant is not on main phase ESA). ``age2`` is 0 for
    no partner. ``facts``: children, premiums and components
    (:class:`ApplicableAmountFacts`).
    """
    f = facts or ApplicableAmountFacts()
    scalar = not is_array(couple, age1, age2, on, *f.values())
    c = flag("couple", couple)
    a1 = whole("age1", age1, 16, 120, "an age in whole years")
    a2 = whole("age2", age2, 0, 120, "an age in whole years (0 for no partner)")
    esa = flag("main_phase_esa", f.main_phase_esa)
    n = whole("children", f.children, 0, _MAX_CHILDREN, "a number of children and young persons")
    t = table_on(on)
    pa = tables.at("housing_benefit.personal_allowance_working_age", t)
    lone = ~c & (n > 0)
    single = np.where((a1 >= 25) | esa, pa["single_25_or_over"], pa["single_under_25"])
    lone_parent = np.where((a1 >= 18) | esa, pa["lone_parent_18_or_over"], pa["lone_parent_under_18"])
    pair = np.where((a1 < 18) & (a2 < 18) & ~esa, pa["couple_both_under_18"], pa["couple"])
    personal = np.where(c, pair, np.where(lone, lone_parent, single))
    child, family, dcp, edp_child = _children(f, on, tables)
    dp = tables.at("housing_benefit.disability_premium", t)
    disability = np.where(flag("disability_premium", f.disability_premium), np.where(c, dp["couple"], dp["single"]), 0)
    edp = tables.at("housing_benefit.enhanced_disability_premium", t)
    edp_adult = np.where(flag("enhanced_disability_premium", f.enhanced_disability_premium),
                         np.where(c, edp["couple"], edp["single"]), 0)
    sdp, carer = _severe_and_carer(c, f, on, tables)
    code = whole("esa_component", f.esa_component, 0, 2, "0 none, 1 work-related activity, 2 support")
    comp = tables.at("housing_benefit.esa_component", t)
    component = np.where(code == 2, comp["support"], np.where(code == 1, comp["work_related_activity"], 0))
    return _result(scalar, personal, child, family, disability, sdp, edp_child + edp_adult, dcp, carer, component)


def _result(scalar, personal, child, family, disability, sdp, edp, dcp, carer, component) -> ApplicableAmount:
    parts = dict(personal_allowance=personal, child_allowance=child, family_premium=family,
                 disability_premium=disability, severe_disability_premium=sdp, enhanced_disability_premium=edp,
                 disabled_child_premium=dcp, carer_premium=carer, component=component)
    parts["total"] = sum(np.asarray(v, dtype=np.int64) for v in parts.values())
    shape = np.broadcast(*[np.asarray(v) for v in parts.values()]).shape
    return ApplicableAmount(**{k: out_int(np.broadcast_to(v, shape), scalar) for k, v in parts.items()})
