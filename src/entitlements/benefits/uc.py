"""Universal Credit for one assessment period.

Universal Credit Regulations 2013 (SI 2013/376), as amended. The award is
the maximum amount (the elements of Part 4) less all unearned income and 55%
of earned income above any work allowance (reg 22(1)).

Every function here is numeric: it takes the columns of one benefit unit
(Python scalars; children as a 1-d array) or of a caseload (numpy arrays;
children as a 2-d array) and returns the same kind, with no branches on the
data. ``on`` is the first day of the assessment period, a ``datetime.date``
or a ``datetime64[D]`` array with one date per benefit unit; the amounts in
force are those for assessment periods beginning on or after each uprating
date (e.g. SI 2026/148 art 1(3)(n)).

The housing costs element is in :mod:`.housing`, the childcare costs
element in :mod:`.childcare`, the benefit cap in :mod:`.benefit_cap`, the
income that reduces the award (earned, unearned, from capital) in
:mod:`.uc_income` (its functions importable from here too), and net earnings
from gross pay in :mod:`.net_earnings`.

Not modelled: the minimum income floor, surplus earnings, and sanctions and
deductions (which reduce payment, not entitlement).
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from . import benefit_cap, childcare, housing
from .qualifying_young_person import child_benefit_qualifying, uc_qualifying
from .uc_income import adult_net_earnings, earned_income, tariff_income, unearned_income
from ..arrays import any_child, count_children, per_unit as _per_unit
from ..columns import OUTSIDE_ORDER_CODES, AdultColumns, BenefitUnitColumns, ChildColumns
from ..dates import as_day, latest_birth_for_age, period_end, years_between
from ..errors import NoRowInForce
from ..money import percent_of, weekly_to_monthly
from ..tables import Tables

__all__ = [
    "UCCalculation",
    "calculate",
    "adult_age",
    "standard_allowance",
    "child_element",
    "disabled_child_addition",
    "lcw_and_lcwra_elements",
    "carer_element",
    "work_allowance",
    "earnings_deduction",
    "earned_income",
    "adult_net_earnings",
    "unearned_income",
    "tariff_income",
    "children_out_of_range",
]


@attrs.frozen
class UCCalculation:
    """Every step of the calculation, in pence a month (scalars for one
    benefit unit, arrays for a caseload)."""

    standard_allowance: Any
    child_element: Any
    children_with_child_element: Any
    children_without_child_element: Any  # held back by the two-child limit
    first_child_higher_amount: Any  # bool: the higher first-child amount applies
    disabled_child_addition: Any
    lcw_element: Any
    lcwra_element: Any
    lcwra_protected: Any  # bool: the protected LCWRA amount applies
    carer_element: Any
    carer_elements: Any  # how many (0, 1 or 2)
    housing_costs_element: Any
    housing: Any  # housing.HousingCalculation
    childcare_costs_element: Any
    maximum_amount: Any
    work_allowance: Any
    earned_income: Any
    earnings_deduction: Any
    unearned_income_benefits: Any  # CA, new-style ESA and JSA, other, as monthly
    tariff_income: Any
    unearned_income: Any
    capital_over_limit: Any  # bool: capital above the upper limit, no award
    award_before_benefit_cap: Any
    benefit_cap: Any  # the relevant amount for the period
    welfare_benefits: Any  # UC and the other benefits the cap counts
    benefit_cap_exempt: Any  # bool
    benefit_cap_reduction: Any
    award: Any


def adult_age(adult: AdultColumns, on) -> Any:
    """Age in years at the end of the assessment period beginning ``on``.

    A change of circumstances takes effect from the first day of the
    assessment period in which it occurs (Universal Credit etc. (Decisions
    and Appeals) Regulations 2013, SI 2013/381, Sch 1 para 20), so an adult
    who turns 25 during a period is 25 for all of it. Where the age was given
    rather than the date of birth, it is taken as the age at that date.
    """
    dob = adult.date_of_birth
    if isinstance(dob, np.ndarray) or isinstance(dob, np.datetime64):
        known = ~np.isnat(dob)
        if not known.any():  # every age given directly: no dates to convert
            return adult.age
        end = period_end(as_day(on))
        computed = years_between(np.where(known, dob, end), end)
        return np.where(known, computed, adult.age)
    return adult.age


def standard_allowance(couple, age1, age2, *, on, tables: Tables):
    """Standard allowance [pence/month]: SI 2013/376 reg 36 table.

    Joint claimants get the joint amount for "either aged 25 or over" if one
    of them is; a single claimant the single amount for their age.
    """
    sa = tables.at("uc.standard_allowance", on)
    older = tables.at("uc.standard_allowance_age", on)
    single = np.where(age1 >= older, sa["single_25_or_over"], sa["single_under_25"])
    joint = np.where((age1 >= older) | (age2 >= older), sa["joint_either_25_or_over"], sa["joint_both_under_25"])
    return np.where(couple, joint, single)



def child_element(children: ChildColumns, *, on, tables: Tables):
    """Child element [pence/month], and who gets it.

    SI 2013/376 reg 24(1) and the reg 36 table: the higher amount for the
    first child or qualifying young person only where that child was born
    before 6 April 2017; the lower amount for each other.

    The two-child limit (reg 24A, 24B, Sch 12), for assessment periods
    beginning before 6 April 2026: the element is included for a child born
    before 6 April 2017, for a child who is first or second in the order of
    births (reg 24B), or for a child to whom a Sch 12 exception applies.
    Children placed for adoption or in a non-parental caring arrangement do
    not take one of the two places (reg 24B as amended by SI 2018/1129). The
    limit is abolished for assessment periods beginning on or after
    6 April 2026 (Universal Credit (Removal of Two Child Limit) Act 2026 s 1).

    Returns ``(total, with_element, without_element, first_child_higher)``.
    """
    rates = tables.at("uc.child_element", on)
    cutoff = as_day(tables.at("uc.child_birth_cutoff", on))
    limit = tables.at("uc.two_child_limit", on)

    present = children.present
    born_before_cutoff = present & (children.date_of_birth < _per_unit(cutoff))
    if np.ndim(limit) == 0 and limit == 0:  # no limit: every child
        included = present
    else:
        limit = _per_unit(limit)
        exc = children.exception
        takes_place = present & ((exc != OUTSIDE_ORDER_CODES[0]) & (exc != OUTSIDE_ORDER_CODES[1]))
        place = np.cumsum(takes_place, axis=-1, dtype=np.int16)
        included = present & (
            (limit == 0) | born_before_cutoff | (exc > 0) | (takes_place & (place <= limit))
        )
    with_element = count_children(included)
    without = count_children(present) - with_element
    # The higher amount only for the first child or qualifying young person,
    # born before the cutoff, who always has the element; the lower amount for
    # every other. Slots are eldest first, so the first present child was born
    # before the cutoff if any present child was.
    first_higher = any_child(born_before_cutoff)
    other = rates["each_other_child"]
    total = with_element * other + np.where(first_higher, rates["first_child_born_before_6_april_2017"] - other, 0)
    return total, with_element, without, first_higher


def disabled_child_addition(children: ChildColumns, *, on, tables: Tables):
    """Additional amount for each disabled child [pence/month]: SI 2013/376
    reg 24(2). Payable whether or not the child element is (the two-child
    limit does not touch it)."""
    rates = tables.at("uc.disabled_child_addition", on)
    r = children.disabled_child_rate
    if not np.any(r):  # no disabled child in any row
        return np.zeros(np.shape(children.present)[:-1], np.int64)
    higher = count_children(children.present & (r == 2))
    lower = count_children(children.present & (r == 1))
    return higher * rates["higher"] + lower * rates["lower"]


def lcw_and_lcwra_elements(adult1: AdultColumns, adult2: AdultColumns, *, on, tables: Tables):
    """LCW and LCWRA elements [pence/month]: SI 2013/376 regs 27, 28, 36.

    One element per award even if both joint claimants qualify (reg 27(4)),
    and the LCWRA element in place of the LCW element. The LCW element only
    for saved pre-3 April 2017 cases (SI 2017/204 Sch 2 paras 7-9). From
    6 April 2026, the protected LCWRA amount where a claimant with the
    element is a pre-2026 claimant, meets the severe conditions criteria, or
    is terminally ill; otherwise the new-claimant amount (reg 27(2) as
    amended by the Universal Credit Act 2025 s 2). Where one joint claimant
    is protected the award gets the protected (higher) amount.

    Returns ``(lcw_element, lcwra_element, protected)``.
    """
    a1 = adult1.lcwra_element_in_award
    a2 = adult2.lcwra_element_in_award & adult2.present
    any_lcwra = a1 | a2
    protected = (a1 & adult1.lcwra_protected) | (a2 & adult2.lcwra_protected)
    lcwra_amounts = tables.at("uc.lcwra_element", on)
    lcwra = np.where(any_lcwra, np.where(protected, lcwra_amounts["protected"], lcwra_amounts["new_claimant"]), 0)
    # Saved cases: where the same claimant would get the LCW element and the
    # carer element, only the carer element (SI 2013/376 reg 29(4) as it
    # stood before 3 April 2017, saved by SI 2017/204 Sch 2 para 9).
    saved = (adult1.lcw_element_saved & ~adult1.carer) | (adult2.present & adult2.lcw_element_saved & ~adult2.carer)
    lcw = np.where(saved & ~any_lcwra, tables.at("uc.lcw_element", on), 0)
    return lcw, lcwra, protected & any_lcwra


def carer_element(adult1: AdultColumns, adult2: AdultColumns, *, on, tables: Tables):
    """Carer element [pence/month]: SI 2013/376 regs 29, 30.

    One for each claimant with regular and substantial caring
    responsibilities for a severely disabled person (whether or not they
    claim Carer's Allowance); two carers in a couple are taken to care for
    different people (reg 29(2)-(3)).

    Reg 29(4): where a claimant "has limited capability for work and
    work-related activity (and, in the case of joint claimants, the LCWRA
    element has not been included in respect of the other claimant), only
    the LCWRA element may be included in respect of the claimant". So a
    carer who has LCWRA gets no carer element, even while the LCWRA element
    waits for the relevant period of reg 28 (the text turns on having LCWRA,
    not on the element being paid). An award has one LCWRA element
    (reg 27(4)); where both joint claimants have it in the award, it is
    taken to be included in respect of the one who is not a carer, if there
    is one, so the carer keeps the carer element.
    Returns ``(amount, how_many)``.
    """
    l1 = adult1.lcwra_element_in_award
    l2 = adult2.present & adult2.lcwra_element_in_award
    c1 = adult1.carer
    c2 = adult2.present & adult2.carer
    has1 = adult1.lcwra
    has2 = adult2.present & adult2.lcwra
    # In respect of whom the one LCWRA element is included (a non-carer first).
    for_1 = (l1 & ~c1) | (l1 & ~(l2 & ~c2))
    for_2 = (l1 | l2) & ~for_1
    keeps1 = c1 & ~(has1 & ~for_2)
    keeps2 = c2 & ~(has2 & ~for_1)
    count = np.asarray(keeps1, dtype=np.int64) + np.asarray(keeps2, dtype=np.int64)
    return count * tables.at("uc.carer_element", on), count


def work_allowance(responsible_for_child, has_lcw, housing_costs_element, *, on, tables: Tables):
    """Work allowance [pence/month]: SI 2013/376 reg 22(1)(b), (2).

    Only where a claimant is responsible for a child or qualifying young
    person or has limited capability for work (LCWRA included); the lower
    amount where the award includes a housing costs element, the higher
    where it does not.
    """
    wa = tables.at("uc.work_allowance", on)
    amount = np.where(housing_costs_element > 0, wa["lower"], wa["higher"])
    return np.where(responsible_for_child | has_lcw, amount, 0)


def earnings_deduction(earned_income, allowance, *, on, tables: Tables):
    """55% of earned income above the work allowance [pence/month]:
    SI 2013/376 reg 22(1)(b); a fraction of a penny rounded by reg 6(1)."""
    return percent_of(np.maximum(earned_income - allowance, 0), tables.at("uc.taper", on))


def children_out_of_range(children: ChildColumns, *, on):
    """Which benefit units have a child who is 20 or over on the first day of
    the assessment period (a qualifying young person is under 20: SI 2013/376
    reg 5) or is not yet born by its end. Such a record is a mistake, not a
    child element: callers report it. A young person who turns 20 during the
    period is no longer a qualifying young person for it (see
    :mod:`.qualifying_young_person`), which is not a mistake."""
    end = period_end(as_day(on))
    dob = children.date_of_birth
    too_old = children.present & (dob <= _per_unit(latest_birth_for_age(as_day(on), 20)))
    unborn = children.present & (dob > _per_unit(end))
    return count_children(too_old | unborn) > 0


# SI 2013/376 regs 22-23 and Part 4 in the order the regulations build the
# award. Each amount is its own named function; this body is the sequence that
# wires them, read against the regulations line by line.
# Long because: the signature and its documentation take 28 lines; the body is 76, the sequence of named steps.
def calculate(
    bu: BenefitUnitColumns,
    *,
    on,
    tables: Tables,
    earned: tuple[Any, Any] | None = None,
    state_pension_age: tuple[Any, Any] = (False, False),
    carers_allowance_entitled: tuple[Any, Any] | None = None,
    young_persons=None,
) -> UCCalculation:
    """Universal Credit for the assessment period beginning ``on``
    [pence/month]: SI 2013/376 reg 22, then the benefit cap (Part 7).

    Award = maximum amount - unearned income - 55% x (earned income - work
    allowance), nil if that is below nothing or capital exceeds £16,000,
    then less any benefit cap reduction.

    ``earned``: each adult's earned income if already worked out (see
    :func:`.uc_income.earned_income`). ``state_pension_age``: whether each adult has
    reached the qualifying age for Pension Credit (kept for callers; it is
    not an exemption from the benefit cap: reg 83(1) has none for a
    mixed-age couple; whether UC is payable at all is decided by the caller,
    see :mod:`.household_total`). ``carers_allowance_entitled``: whether each
    adult is entitled to Carer's Allowance, paid or not (reg 83(1)(i));
    default: a Carer's Allowance amount is given. ``young_persons``: the
    children's statuses for the same ``on``, if already worked out
    (:func:`entitlements.benefits.qualifying_young_person.young_persons`).
    """
    a1, a2 = bu.adult1, bu.adult2
    two = a2.present
    age1 = adult_age(a1, on)
    age2 = np.where(two, adult_age(a2, on), -1)
    sa = standard_allowance(bu.couple, age1, age2, on=on, tables=tables)
    # Children and qualifying young persons (reg 5): one past the 1 September
    # after their 16th (or, in education, 19th) birthday is neither.
    kids = attrs.evolve(bu.children, present=uc_qualifying(bu.children, on) if young_persons is None
                        else young_persons.uc_qualifying)
    ce, with_ce, without_ce, first_higher = child_element(kids, on=on, tables=tables)
    dca = disabled_child_addition(kids, on=on, tables=tables)
    lcw, lcwra, protected = lcw_and_lcwra_elements(a1, a2, on=on, tables=tables)
    carer, carers = carer_element(a1, a2, on=on, tables=tables)
    n_children = count_children(kids.present)
    responsible_for_child = n_children > 0

    hc = _housing_costs(bu, age1, responsible_for_child, on=on, tables=tables)

    # Childcare costs (regs 31-35).
    has_lcw = a1.lcw | (two & a2.lcw)
    condition = childcare.work_condition_met(bu.couple, a1.in_paid_work, two & a2.in_paid_work, two & a2.lcw, a1.lcw, a1.carer, two & a2.carer)
    cc = childcare.childcare_costs_element(bu.childcare_costs_monthly, bu.childcare_children, condition, on=on, tables=tables)

    maximum = sa + ce + dca + lcw + lcwra + carer + hc.element + cc

    # HB for temporary accommodation: the lower work allowance (SI 2014/1230 reg 5A).
    temporary = _hb_temporary_accommodation(bu)
    wa = work_allowance(responsible_for_child, has_lcw, np.where(temporary, 1, hc.element), on=on, tables=tables)
    if earned is None:
        earned = (earned_income(a1, bu.scottish, on=on, tables=tables), earned_income(a2, bu.scottish, on=on, tables=tables))
    earned = earned[0] + np.where(two, earned[1], 0)
    deduction = earnings_deduction(earned, wa, on=on, tables=tables)

    benefits = unearned_income(a1) + unearned_income(a2)
    tariff, over_limit = tariff_income(bu.capital, on=on, tables=tables)
    unearned = benefits + tariff
    before_cap = np.where(over_limit, 0, np.maximum(maximum - unearned - deduction, 0))

    # The benefit cap (Part 7).
    cap, welfare, exempt, reduction = _benefit_cap(
        bu, kids, before_cap, cc, carers, earned, over_limit, responsible_for_child,
        carers_allowance_entitled, on=on, tables=tables,
        cb_qualifying=None if young_persons is None else young_persons.child_benefit_qualifying_at_end,
    )
    award = before_cap - reduction

    return UCCalculation(
        standard_allowance=sa,
        child_element=ce,
        children_with_child_element=with_ce,
        children_without_child_element=without_ce,
        first_child_higher_amount=first_higher,
        disabled_child_addition=dca,
        lcw_element=lcw,
        lcwra_element=lcwra,
        lcwra_protected=protected,
        carer_element=carer,
        carer_elements=carers,
        housing_costs_element=hc.element,
        housing=hc,
        childcare_costs_element=cc,
        maximum_amount=maximum,
        work_allowance=wa,
        earned_income=earned,
        earnings_deduction=deduction,
        unearned_income_benefits=benefits,
        tariff_income=tariff,
        unearned_income=unearned,
        capital_over_limit=over_limit,
        award_before_benefit_cap=before_cap,
        benefit_cap=cap,
        welfare_benefits=welfare,
        benefit_cap_exempt=exempt,
        benefit_cap_reduction=reduction,
        award=award,
    )


def _hb_temporary_accommodation(bu: BenefitUnitColumns):
    """Whether Housing Benefit is paid for temporary accommodation, so that,
    with no housing costs element, the lower work allowance applies all the
    same (Universal Credit (Transitional Provisions) Regulations 2014,
    SI 2014/1230 reg 5A, text of the version of 11 April 2018 read;
    entitlement to HB taken where the rent is given)."""
    return (np.asarray(bu.housing.tenure) == housing.TENURE_CODES["supported_or_temporary"]) \
        & (np.asarray(bu.housing.accommodation) == 1) & (np.asarray(bu.housing.rent) > 0)


def _housing_costs(bu: BenefitUnitColumns, age1, responsible_for_child, *, on, tables: Tables):
    """The housing costs element (SI 2013/376 reg 25, Schs 1-5), with its parts.

    Housing cost contributions are not taken where a claimant is blind or
    gets DLA care middle/highest, AA or PIP daily living (Sch 4 para 15).
    """
    a1, a2 = bu.adult1, bu.adult2
    two = a2.present

    def qualifying_disability(a):
        return a.present & ((a.dla_care >= 2) | (a.attendance_allowance > 0) | (a.pip_daily_living > 0))

    disabled = qualifying_disability(a1) | qualifying_disability(a2)
    blind = a1.blind | (two & a2.blind)
    return housing.housing_costs_element(
        bu.couple,
        responsible_for_child,
        age1,
        bu.children,
        bu.children.sex,
        disabled | blind,
        qualifying_disability(a1),
        bu.housing,
        on=on,
        tables=tables,
    )


def _benefit_cap(
    bu: BenefitUnitColumns,
    kids,
    before_cap,
    cc,
    carers,
    earned,
    over_limit,
    responsible_for_child,
    carers_allowance_entitled,
    *,
    on,
    tables: Tables,
    cb_qualifying=None,
):
    """The benefit cap (SI 2013/376 Part 7, regs 78-83): (relevant amount,
    welfare benefits, exempt, reduction) [pence/month]. ``kids`` are the
    children and qualifying young persons for UC (reg 5); ``cb_qualifying``
    the children Child Benefit is paid for on the period's last day, if
    already worked out; ``earned`` the
    benefit unit's earned income; ``cc`` the childcare costs element, which
    the reduction leaves untouched (reg 81).
    """
    a1, a2 = bu.adult1, bu.adult2
    two = a2.present
    cap = benefit_cap.relevant_amount(bu.couple | responsible_for_child, bu.greater_london, on=on, tables=tables)
    # Child Benefit for the young people who qualify on the period's last day,
    # as UC's own statuses are tested (see .qualifying_young_person).
    if cb_qualifying is None:
        cb_qualifying = child_benefit_qualifying(bu.children, period_end(as_day(on)))
    cb_children = count_children(cb_qualifying)
    cb = benefit_cap.child_benefit_monthly(cb_children, bu.child_benefit_claimed, on=on, tables=tables)
    # Welfare benefits (reg 79(4)): CA, new-style ESA and JSA count; other
    # unearned income (maintenance, pensions) does not.
    capped_benefits = _capped_benefits(a1) + _capped_benefits(a2)
    welfare = before_cap + cb + capped_benefits
    ch = kids
    child_disability = np.any(ch.has_disability_benefit) and count_children(ch.present & ch.has_disability_benefit) > 0
    # Reg 83(1)(i): "entitled to carer's allowance", so an entitlement that
    # the overlapping-benefit rules leave unpaid still exempts.
    ca_entitled = carers_allowance_entitled if carers_allowance_entitled is not None else (
        a1.carers_allowance_weekly > 0, a2.carers_allowance_weekly > 0)
    # Reg 83(1)(a): "the LCWRA element is included in the award" (not merely
    # a finding of LCWRA during the relevant period). Reg 83(1) has no
    # exception for a claimant over State Pension age: a mixed-age couple on
    # UC is capped unless another exception applies.
    exempt_by_status = (
        a1.lcwra_element_in_award
        | (two & a2.lcwra_element_in_award)
        | a1.esa_support_component
        | (two & a2.esa_support_component)
        | _gets_disability_benefit(a1)
        | (two & _gets_disability_benefit(a2))
        | child_disability
        | ca_entitled[0]
        | (two & ca_entitled[1])
        | (carers > 0)
        | bu.guardians_allowance
        | bu.benefit_cap_grace_period
    )
    over_cap = (welfare - cc > cap) & ~exempt_by_status & ~over_limit
    exempt_by_earnings = _earnings_exempt(earned, over_cap, on=on, tables=tables)
    exempt = exempt_by_status | exempt_by_earnings
    reduction = np.minimum(benefit_cap.benefit_cap_reduction(welfare, cap, cc, exempt), before_cap)
    return cap, welfare, exempt, reduction


def _capped_benefits(a: AdultColumns):
    """Carer's Allowance, new-style ESA and JSA as monthly amounts: welfare
    benefits for the cap (reg 79(4)), converted by reg 73."""
    weekly = (a.carers_allowance_weekly, a.new_style_esa_weekly, a.new_style_jsa_weekly)
    return np.where(a.present, sum(weekly_to_monthly(np.asarray(w, dtype=np.int64)) for w in weekly), 0)


def _gets_disability_benefit(a: AdultColumns):
    """Attendance Allowance, DLA or PIP of any rate (reg 83(1)(b)-(d))."""
    return (a.dla_care > 0) | (a.dla_mobility > 0) | (a.pip_daily_living > 0) | (a.pip_mobility > 0) | (a.attendance_allowance > 0)


def _earnings_exempt(earned, over_cap, *, on, tables: Tables):
    """Reg 82(1)(a): earnings at or above the threshold. The threshold is
    looked up only where it decides the answer: an award over the cap with
    no other exemption, and some earnings (the threshold, 16 hours at the
    national living wage, is always above nil). So a period whose threshold
    is not yet known is an error only where it matters."""
    if isinstance(over_cap, np.ndarray) and over_cap.ndim:
        earned = np.broadcast_to(earned, over_cap.shape)
        need = over_cap & (earned > 0)
        out = np.zeros(over_cap.shape, dtype=bool)
        if need.any():
            days = np.broadcast_to(as_day(on), over_cap.shape)[need]
            try:
                out[need] = earned[need] >= tables.at("uc.benefit_cap_earnings_threshold", days)
            except NoRowInForce as e:  # which rows needed a date it does not cover: they alone fail
                e.rows = need.copy()
                e.rows[need] = (days < np.datetime64(e.earliest, "D")) | (days > np.datetime64(e.until, "D"))
                raise
        return out
    if not over_cap or earned <= 0:
        return False
    return bool(earned >= benefit_cap.earnings_threshold(on=on, tables=tables))
