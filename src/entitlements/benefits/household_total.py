"""Every benefit a household is entitled to, with Universal Credit worked
out using the others as its income.

One calculation for a household or a caseload (the same numeric functions):

1. State Pension age: whether each adult has reached the qualifying age
   for Pension Credit on the first day of the assessment period
   (:mod:`entitlements.benefits.pension_age`). UC is not payable to a single
   claimant, or to joint claimants who have both reached it (Welfare Reform
   Act 2012 s 4(1)(b)); a mixed-age couple stays on UC (and is capped like
   anyone else: reg 83(1) has no State Pension age exception), unless
   protected by SI 2019/37 art 4 (``mixed_age_protected``), when it gets
   Pension Credit and pension-age Housing Benefit instead. Pension
   Credit is worked out for those who have, with State Pension, other
   pensions, Carer's Allowance as paid and earnings (after the Sch VI
   disregard) as income, the carer addition for an entitlement to Carer's
   Allowance, and the savings credit where the age condition is met (given,
   or from the date of birth or age).
2. Carer's Allowance for a carer who claims it (:mod:`.carers_allowance`):
   nil where weekly net earnings exceed the limit; what is payable is less
   any State Pension and new-style ESA or JSA paid for the same week
   (overlapping benefits, SI 1979/597 reg 4(5)(a)), the entitlement kept.
   The UC carer element is due either way (reg 30).
3. Universal Credit (:mod:`.uc`), with Carer's Allowance as paid, new-style
   ESA and JSA, State Pension and other pensions as unearned income, and
   the children and qualifying young persons of reg 5.
4. Benefits UC ignores: PIP, DLA and Attendance Allowance (or Adult and
   Child Disability Payment in Scotland) from the awards given; Child
   Benefit for every child or qualifying young person of SI 2006/223
   (:mod:`.qualifying_young_person`), and the High Income Child Benefit Charge where
   adjusted net income is given; Scottish Child Payment in Scotland where UC
   is in payment.
5. The total weekly, monthly and annually: weekly benefits x 52 / 12 for a
   month (a fraction of a penny rounded half up, as UC Regs reg 73 does for
   income) and x 52 for a year; UC monthly, x 12 for a year and x 12 / 52
   for a week.

Where an adult is given by age only and is 66 in an assessment period
beginning on or after 6 April 2026, State Pension age cannot be known (it
rises by month of birth): ``state_pension_age_unknown`` says so, and
:func:`entitlements.estimate` asks for the date of birth. Likewise where the
savings credit age condition turns on sex and decides the award, and where a
young person's education decides whether they are a qualifying young person
(:func:`problems`).

Approximations, each said on the result: Carer's Allowance earnings are
taken as the UC net monthly earnings x 12 / 52 (the CA test deducts only
half of pension contributions); benefit amounts are those in force on the
first day of the assessment period.
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from ..arrays import count_children
from ..columns import AdultColumns, BenefitUnitColumns
from ..dates import as_day, latest_birth_for_age, period_end
from ..money import divide_half_up, weekly_to_monthly
from ..tables import Tables
from . import uc
from .child_benefit import child_benefit_and_charge, child_benefit_weekly
from .disability import (
    adult_disability_payment_checked,
    adult_disability_payment_weekly,
    attendance_allowance_weekly,
    child_disability_payment_weekly,
    dla_weekly,
    pip_weekly,
)
from .pension_age import adult_reached_state_pension_age, reached_pension_age_before_6_april_2016
from .housing_benefit import NonDependants
from .pension_credit import (PENSION_CREDIT_REASONS, PensionCreditCalculation, pension_credit, weekly_earnings_counted,
                             weekly_housing_costs)
from .pension_tax import pension_income_tax
from .qualifying_young_person import young_persons
from ._numeric import table_on, weekly_from_monthly
from .scotland import scottish_child_payment_weekly
from .hb_ctr import (
    CouncilTaxCalculation,
    additional_earnings_disregard,
    facts_left_open,
    council_tax_for,
    housing_benefit_where_due,
    mixed_age_protected,
    pension_age_childcare_charges,
    pension_age_ctr_childcare,
    pension_age_ctr_earnings_disregard,
    pension_age_ctr_income,
    lodger_income_weekly,
    savings_credit_additional_disregard,
    savings_credit_lone_parent_disregard,
    severe_disability_non_dependant,
)
from .housing import TENURE_CODES, rent_free_weeks
from .housing_benefit import HousingBenefitCalculation

__all__ = ["HouseholdCalculation", "Problem", "calculate", "problems", "state_pension_age_reached",
           "savings_credit_age_condition", "universal_credit_payable", "universal_credit_award"]

@attrs.frozen
class HouseholdCalculation:
    """Every benefit, in pence (weekly benefits a week, UC a month)."""

    universal_credit: uc.UCCalculation
    universal_credit_payable: Any  # bool: not when every claimant is over State Pension age, nor for a protected mixed-age couple
    state_pension_age_reached: tuple[Any, Any]
    state_pension_age_unknown: Any  # bool: an adult aged 66 given by age only
    carers_allowance: tuple[Any, Any]  # weekly, payable (after any overlapping-benefit adjustment)
    carers_allowance_entitlement: tuple[Any, Any]  # weekly, before it
    savings_credit_condition_unknown: Any  # bool: the savings credit age condition turns on sex and decides
    education_needed: Any  # bool: a young person's education decides a qualifying young person
    disability_benefits: tuple[Any, Any]  # weekly, each adult's PIP/DLA/AA (ADP in Scotland)
    children_disability_benefits: Any  # weekly, all children's DLA/PIP (CDP in Scotland)
    child_benefit: Any  # weekly
    child_benefit_children: Any  # how many children and qualifying young persons it is paid for
    high_income_child_benefit_charge: Any  # for the tax year, -1 where income not given
    scottish_child_payment: Any  # weekly
    scottish_carer_supplement: tuple[Any, Any]  # weekly, with Carer Support Payment paid (Scotland, from 15 March 2026)
    pension_credit: PensionCreditCalculation
    pension_income_tax: tuple[Any, Any]  # weekly, each adult's tax on pensions and taxable benefits (.pension_tax)
    pension_income_tax_annual: tuple[Any, Any]  # the same for the tax year
    housing_benefit: HousingBenefitCalculation  # a week (entitlements.benefits.hb_ctr)
    rent_free_weeks: Any  # weeks a year with no rent due, so no Housing Benefit (SI 2006/214 reg 62)
    council_tax: CouncilTaxCalculation  # council tax and Council Tax Reduction, a week and a year
    weekly_benefits: Any  # every weekly benefit added up (Housing Benefit and Council Tax Reduction included)
    total_weekly: Any
    total_monthly: Any
    total_annual: Any
    # The tax reductions in pension_income_tax, for the tax year (.pension_tax.PensionTax): each adult's married
    # couple's allowance (ITA 2007 ss 45-46) and marriage allowance (s 55B, the recipient's), and the personal
    # allowance the marriage allowance moved from its transferor (s 55B(6)).
    married_couples_allowance: tuple[Any, Any] = (0, 0)
    marriage_allowance: tuple[Any, Any] = (0, 0)
    marriage_allowance_transferred: tuple[Any, Any] = (0, 0)
    # Blind Person's Allowance in it (ITA 2007 s 38), each adult's own, and the part transferred to the partner (s 39).
    blind_persons_allowance: tuple[Any, Any] = (0, 0)
    blind_persons_allowance_transferred: tuple[Any, Any] = (0, 0)
    blind_persons_allowance_used: tuple[Any, Any] = (0, 0)
    # The unused part of each adult's married couple's allowance, the other partner's tax reduction (ITA 2007 s 51).
    married_couples_allowance_transferred: tuple[Any, Any] = (0, 0)
    # Facts not given that Housing Benefit or Council Tax Reduction took as not met (since 2026-12-07; bool,
    # hb_ctr.facts_left_open): an earner's hours (the £17.10 additional earnings disregard not applied), and at
    # pension age the conditions of the relevant childcare charges.
    hours_not_given: Any = False
    childcare_conditions_open: Any = False



#: How a household's (and a caseload's) total a year is counted: Universal Credit as paid, the month x 12, the other
#: benefits the week x 52, as the advice sector counts them (``total_annual``); said wherever such a year is shown.
ANNUAL_BASIS = "Universal Credit monthly x 12, the other benefits weekly x 52"

def state_pension_age_reached(adult: AdultColumns, on):
    """Whether the adult has reached the qualifying age for Pension Credit on
    ``on`` (the first day of the assessment period). Returns
    ``(reached, unknown)``: ``unknown`` where only the age (66) is given
    after State Pension age began to rise. See
    :func:`entitlements.benefits.pension_age.adult_reached_state_pension_age`."""
    return adult_reached_state_pension_age(adult, on)


def savings_credit_age_condition(adult: AdultColumns, on):
    """The savings credit age condition (SPCA 2002 s 3(1)(a)) for each adult:
    as given, or from the date of birth or age where they settle it. Returns
    ``(met, unknown)``; ``unknown`` where it turns on sex (see
    :data:`entitlements.benefits.pension_age.SAVINGS_CREDIT_BIRTHS`)."""
    given = adult.pension_age_before_2016
    # Only adults who may be 66 or over need deriving (everyone born before
    # 6 April 1953 is): the rest have not met it.
    maybe = adult.present & (given < 0) & ((adult.age >= 66) | (adult.date_of_birth < np.datetime64("1953-04-06", "D")))
    if np.ndim(maybe) == 0:
        derived = reached_pension_age_before_6_april_2016(adult.date_of_birth, age=adult.age, on=on) if maybe else 0
    else:
        derived = np.zeros(maybe.shape, np.int8)
        if maybe.any():
            rows = np.flatnonzero(maybe)
            day = as_day(on)
            derived[rows] = reached_pension_age_before_6_april_2016(
                np.asarray(adult.date_of_birth)[rows], age=np.asarray(adult.age)[rows],
                on=day[rows] if np.ndim(day) else day)
    code = np.where(given >= 0, given, derived)
    return adult.present & (code == 1), adult.present & (code == -1)


#: What a household is asked for where the savings credit age condition is given against what the date of birth or
#: age settles.
SAVINGS_CREDIT_AGE_SETTLED = (
    "what the date of birth or age settles, or not given: true for an adult born before 6 April 1951, false for one "
    "born on or after 6 April 1953 (whether they reached pensionable age before 6 April 2016, State Pension Credit Act "
    "2002 s 3(1)(a); Pensions Act 1995 Sch 4); it is asked for only for births between, where it turns on sex")


def savings_credit_age_contradicted(bu: BenefitUnitColumns, on, adults=(1, 2)):
    """Which benefit units have an adult whose savings credit age condition
    (``pension_age_before_2016``) is given against what their date of birth
    or age settles (:func:`reached_pension_age_before_6_april_2016`: 1 or 0,
    not -1). ``adults``: which adults are looked at (1, 2 or both)."""
    bad = np.zeros(np.shape(bu.couple), bool) if np.ndim(bu.couple) else False
    for a in (bu.adult1, bu.adult2)[min(adults) - 1:max(adults)]:
        given = np.asarray(a.pension_age_before_2016)
        rows = np.asarray(a.present, bool) & (given >= 0)
        if not np.any(rows):
            continue
        settled = np.asarray(reached_pension_age_before_6_april_2016(a.date_of_birth, age=a.age, on=on))
        bad = bad | (rows & (settled >= 0) & (settled != given))
    return bad


def _payable(bu, spa1, spa2, protected):
    return ~np.where(bu.couple, spa1 & spa2, spa1) & ~protected


def ctr_pensioner(payable, spa, uc_award, applicant=0, scottish=False):
    """Whether each benefit unit claims Council Tax Reduction under the
    pension-age scheme: where UC is not payable (every claimant over the
    qualifying age for Pension Credit, or a protected mixed-age couple), and
    also a mixed-age couple with no award of UC (nil: their income is too
    high). A person who has attained the qualifying age for state pension
    credit is a "pensioner" unless they or their partner have an award of
    universal credit (SI 2012/2885 reg 3(1)(a); WSI 2013/3029 reg 3(a),
    read in the Welsh text; SSI 2012/319 reg 12(1)-(2), which excludes only
    income support and income-based JSA and ESA): the older partner applies.
    The test is of the applicant ("he has attained the qualifying age", reg
    3(1)(a)(i); reg 3(1)(b)(i): one who has not is "a person who is not a
    pensioner"), so where the household's ``applicant`` (0 not given, 1, 2)
    names the younger partner of a mixed-age couple (protected by SI 2019/37
    art 4 or with no UC award), the working-age scheme applies; not given,
    the older partner is taken to apply (the working sheet says so).

    Not in Scotland (``scottish``): there the law leaves the older partner
    to apply. The working-age Regulations "do not apply in relation to a
    person whose partner has attained pensionable age", other than one on a
    qualifying income-related benefit or with an award of UC (SSI 2021/249
    reg 3(4), (1)(b); read 2026-12-07), and the pensioners' Regulations
    apply "to a person who has attained the qualifying age for state pension
    credit" (SSI 2012/319 reg 12(1), read): the younger partner would be
    under neither, so the pensioners' scheme is worked out with the older
    partner applying, whoever the household names (the working sheet says
    so). Until 2026-12-07 a younger applicant named in Scotland was given
    the working-age scheme.
    """
    spa1, spa2 = spa
    either = np.asarray(spa1) | np.asarray(spa2)
    code = np.asarray(applicant)
    applies = ((code == 0) | ((code == 1) & np.asarray(spa1)) | ((code == 2) & np.asarray(spa2))
               | np.asarray(scottish, bool))
    return (~np.asarray(payable) | (either & (np.asarray(uc_award) == 0))) & applies


def universal_credit_payable(bu: BenefitUnitColumns, *, on):
    """Whether Universal Credit can be paid in the assessment period
    beginning ``on``: not to a single claimant over the qualifying age for
    Pension Credit, nor to joint claimants both over it (WRA 2012 s
    4(1)(b)), nor to a mixed-age couple protected by SI 2019/37 art 4
    (:func:`.hb_ctr.mixed_age_protected`), who get Pension Credit and
    pension-age Housing Benefit instead. For callers that work out UC alone
    (the income gain of an outcome)."""
    spa1, _ = state_pension_age_reached(bu.adult1, on)
    spa2, _ = state_pension_age_reached(bu.adult2, on)
    spa2 = spa2 & bu.adult2.present
    return _payable(bu, spa1, spa2, mixed_age_protected(bu, (spa1, spa2)))


def _carers_allowance(adult: AdultColumns, earned_monthly, *, on, tables: Tables):
    """Weekly Carer's Allowance ``(entitlement, payable)``: as given (the
    amount paid), or worked out for a carer who claims it. The earnings test
    compares weekly net earnings with the limit (SI 1976/409 reg 8: nil where
    they exceed it); weekly earnings are taken as monthly x 12 / 52, rounded
    up so that "exceeds" is tested exactly against a limit in whole pence.
    What is payable is reduced by the contributory benefits paid for the same
    week, State Pension and new-style ESA and JSA (SI 1979/597 reg 4(1)(a),
    (5)(a): "the non-contributory benefit shall be adjusted by deducting from
    it the amount of the contributory benefit and only the balance, if any,
    shall be payable"); the entitlement stays (the Pension Credit carer
    addition, the benefit cap exception)."""
    rate = tables.at("carers_allowance.rate", on)
    limit = tables.at("carers_allowance.earnings_limit", on)
    claims = adult.claims_carers_allowance & adult.carer
    if np.ndim(claims) and not claims.any():  # a caseload where no carer claims it: nil, without the earnings
        worked_out = np.zeros(np.broadcast_shapes(claims.shape, np.shape(earned_monthly), np.shape(limit), np.shape(rate)),
                              np.int64)
    else:
        weekly_earnings = -((-np.asarray(earned_monthly, dtype=np.int64) * 12) // 52)
        worked_out = np.where(claims & (weekly_earnings <= limit), rate, 0)
    overlapping = adult.state_pension_weekly + adult.new_style_esa_weekly + adult.new_style_jsa_weekly
    payable = np.maximum(worked_out - np.asarray(overlapping, dtype=np.int64), 0)
    given = adult.carers_allowance_weekly > 0
    entitled = np.where(adult.present, np.where(given, adult.carers_allowance_weekly, worked_out), 0)
    return entitled, np.where(adult.present, np.where(given, adult.carers_allowance_weekly, payable), 0)


def _universal_credit(bu: BenefitUnitColumns, spa, *, on, tables: Tables, resolve_ca: bool = True):
    """Universal Credit before the State Pension age test, with Carer's
    Allowance as paid (``_carers_allowance``) as unearned income (SI
    2013/376 reg 66(1)(b)) and its entitlement for the benefit cap exception
    (reg 83(1)(i)); also each adult's earned income, CA entitlement and CA
    payable, and the young persons. ``resolve_ca=False``: no adult claims
    Carer's Allowance without an amount, so the amounts given stand (the
    same figures, without reading the CA tables)."""
    a1, a2 = bu.adult1, bu.adult2
    e1 = uc.earned_income(a1, bu.scottish, on=on, tables=tables)
    e2 = uc.earned_income(a2, bu.scottish, on=on, tables=tables)
    if resolve_ca:
        entitled1, ca1 = _carers_allowance(a1, e1, on=on, tables=tables)
        entitled2, ca2 = _carers_allowance(a2, e2, on=on, tables=tables)
    else:
        entitled1, ca1 = (np.where(a1.present, a1.carers_allowance_weekly, 0),) * 2
        entitled2, ca2 = (np.where(a2.present, a2.carers_allowance_weekly, 0),) * 2
    bu_ca = attrs.evolve(
        bu,
        adult1=attrs.evolve(a1, carers_allowance_weekly=ca1),
        adult2=attrs.evolve(a2, carers_allowance_weekly=ca2),
    )
    yp = young_persons(bu.children, on)
    calc = uc.calculate(bu_ca, on=on, tables=tables, earned=(e1, e2), state_pension_age=spa,
                        carers_allowance_entitled=(entitled1 > 0, entitled2 > 0), young_persons=yp)
    return calc, (e1, e2), (entitled1, entitled2), (ca1, ca2), yp


def universal_credit_award(bu: BenefitUnitColumns, *, on, tables: Tables):
    """Monthly Universal Credit [pence/month] exactly as :func:`calculate`
    works it out, for callers that work out UC alone (the income gain of an
    outcome, one household or a caseload): Carer's Allowance worked out for
    a carer who claims it without an amount (entitlement, earnings limit,
    overlapping benefits: ``_carers_allowance``) and counted as paid;
    nil where UC is not payable (:func:`universal_credit_payable`). The
    Carer's Allowance tables are read only where an adult claims it."""
    spa1, _ = state_pension_age_reached(bu.adult1, on)
    spa2, _ = state_pension_age_reached(bu.adult2, on)
    spa2 = spa2 & bu.adult2.present
    claims = any(np.any(a.present & a.claims_carers_allowance & a.carer & ~(a.carers_allowance_weekly > 0))
                 for a in (bu.adult1, bu.adult2))
    calc = _universal_credit(bu, (spa1, spa2), on=on, tables=tables, resolve_ca=bool(claims))[0]
    payable = _payable(bu, spa1, spa2, mixed_age_protected(bu, (spa1, spa2)))
    return np.where(payable, calc.award, 0)


def _adult_disability(adult: AdultColumns, scottish, *, on, tables: Tables):
    """Weekly PIP (or Adult Disability Payment in Scotland), DLA and AA."""
    codes = (adult.pip_daily_living, adult.pip_mobility, adult.dla_care, adult.dla_mobility, adult.attendance_allowance)
    if not any(np.any(c) for c in codes):
        return np.zeros(np.shape(adult.present), dtype=np.int64) if np.ndim(adult.present) else 0
    if np.any(scottish):
        adp = adult_disability_payment_weekly(adult.pip_daily_living, adult.pip_mobility, on=on, tables=tables)
    else:  # no one in Scotland: ADP checked and its table read as before, its amounts not worked out
        adult_disability_payment_checked(adult.pip_daily_living, adult.pip_mobility, on=on, tables=tables)
        adp = 0
    pip = np.where(scottish, adp, pip_weekly(adult.pip_daily_living, adult.pip_mobility, on=on, tables=tables))
    dla = dla_weekly(adult.dla_care, adult.dla_mobility, on=on, tables=tables)
    aa = attendance_allowance_weekly(adult.attendance_allowance, on=on, tables=tables)
    return np.where(adult.present, pip + dla + aa, 0)


_NO_PENSION_CREDIT = {"reason": PENSION_CREDIT_REASONS.index("under_qualifying_age")}


def _disabled_for_disregard(a: AdultColumns):
    """SI 2002/1792 Sch VI para 4(1): in receipt of attendance allowance, DLA,
    PIP or ESA, or certified blind (the other benefits it names are not
    modelled)."""
    return a.present & (
        (a.attendance_allowance > 0) | (a.dla_care > 0) | (a.dla_mobility > 0) | (a.pip_daily_living > 0)
        | (a.pip_mobility > 0) | (a.new_style_esa_weekly > 0) | a.blind
    )


def _nil_column(n: int, value: int):
    """``n`` rows of ``value`` (int64); zeros from calloc, whose pages the
    system gives zeroed when first read, so a nil column costs no pass."""
    return np.zeros(n, np.int64) if value == 0 else np.full(n, value, dtype=np.int64)


def _where_any(mask, fn, nil: dict, *args, on, tables, **kwargs):
    """``fn(*args, **kwargs)`` for the rows where ``mask`` holds, nil (with
    the fields in ``nil``) for the rest; not run at all when no row needs it.
    Array arguments with one entry per row are cut to those rows."""
    fields = attrs.fields(PensionCreditCalculation)
    if np.ndim(mask) == 0:
        if mask:
            return fn(*args, on=on, tables=tables, **kwargs)
        return PensionCreditCalculation(**{f.name: nil.get(f.name, 0) for f in fields})
    n = mask.shape[0]
    out = {f.name: _nil_column(n, nil.get(f.name, 0)) for f in fields}
    if mask.any():

        def cut(v):
            if isinstance(v, NonDependants):  # the non-dependants' slots, row by row
                return NonDependants(**{f.name: cut(np.asarray(getattr(v, f.name))) for f in attrs.fields(NonDependants)})
            return v[mask] if isinstance(v, np.ndarray) and v.ndim and v.shape[0] == n else v

        part = fn(*(cut(a) for a in args), on=cut(on), tables=tables, **{k: cut(v) for k, v in kwargs.items()})
        for f in fields:
            out[f.name][mask] = getattr(part, f.name)
    return PensionCreditCalculation(**out)


# Over 100 lines on purpose: every benefit once, in the order each needs the
# others as income (UC last); one pass that a reader checks against the order
# of the regulations.
def calculate(bu: BenefitUnitColumns, *, on, tables: Tables, pension_credit_claimed=None) -> HouseholdCalculation:
    """Every benefit for the assessment period beginning ``on``.

    ``pension_credit_claimed`` (a bool per row; None: every row): where
    False, Pension Credit is not in payment, so it is nil in the household
    and Housing Benefit and Council Tax Reduction are worked out without it,
    on their own income rules (no guarantee credit passport, no savings
    credit income; SI 2006/214 regs 26-27, SI 2012/2885 Sch 1 paras 2-3):
    for the benefit check, which values a household that does not claim it."""
    a1, a2 = bu.adult1, bu.adult2
    two = a2.present
    spa1, unknown1 = state_pension_age_reached(a1, on)
    spa2, unknown2 = state_pension_age_reached(a2, on)
    spa2 = spa2 & two

    calc, (e1, e2), (entitled1, entitled2), (ca1, ca2), yp = _universal_credit(bu, (spa1, spa2), on=on, tables=tables)
    qyp = yp.uc_qualifying
    # WRA 2012 s 4(1)(b): UC only while a claimant is under the qualifying
    # age for Pension Credit; a mixed-age couple claims UC (SPCA 2002 s
    # 4(1A)) unless entitled as that couple to Pension Credit or pension-age
    # HB since 14 May 2019 (SI 2019/37 art 4): then those, not UC.
    protected = mixed_age_protected(bu, (spa1, spa2))
    payable = _payable(bu, spa1, spa2, protected)
    calc = attrs.evolve(calc, award=np.where(payable, calc.award, 0))

    ch = bu.children
    child_dis = _children_disability_benefits(bu, on=on, tables=tables)
    cb_children, cb, hicbc = _child_benefit(bu, yp.child_benefit_qualifying, on=on, tables=tables)
    scp = (
        np.where(bu.scottish, scottish_child_payment_weekly(ch.date_of_birth, np.asarray(calc.award) > 0, on=on, tables=tables), 0)
        if np.any(bu.scottish)
        else 0
    )

    qualifying = _severe_disability_qualifying
    # Income tax on pensions and taxable benefits, which Pension Credit, HB (both schemes) and the pension-age CTR
    # schemes disregard, and the working-age CTR schemes of Wales and of the English councils built on the Default
    # Scheme without Universal Credit (.pension_tax): worked out for every household with such income, at any age
    # (a pension can be drawn from 55; Carer's Allowance, new-style ESA and JSA are taxable too).
    ptax = pension_income_tax(bu, (ca1, ca2), on=on, tables=tables, rows=True)
    tax = ptax.weekly[0] + np.where(two, ptax.weekly[1], 0)
    pc, sc_unknown1, sc_unknown2 = _pension_credit(bu, (spa1, spa2), (e1, e2), (entitled1, entitled2), (ca1, ca2),
                                                   protected, qyp, on=on, tables=tables, tax=tax)
    if pension_credit_claimed is not None:  # not claimed: nil, and nothing for HB and CTR to read from it
        claimed = np.asarray(pension_credit_claimed, bool)
        pc = attrs.evolve(pc, **{k: np.where(claimed, np.asarray(getattr(pc, k)), 0)
                                 for k in ("award", "guarantee_credit", "savings_credit")})

    hb, ctax, (hours_open, childcare_open) = _housing_benefit_and_council_tax(bu, calc, pc, qyp, on=on, tables=tables, spa=(spa1, spa2),
                                                payable=payable, ca=((entitled1, entitled2), (ca1, ca2)), earned=e1 + np.where(two, e2, 0),
                                                earned_each=(e1, np.where(two, e2, 0)),
                                                qualifying=(qualifying(a1), two & qualifying(a2)), tax=tax)
    dis1 = _adult_disability(a1, bu.scottish, on=on, tables=tables)
    dis2 = _adult_disability(a2, bu.scottish, on=on, tables=tables)
    scs = _scottish_carer_supplement(bu, (ca1, ca2), on=on, tables=tables)
    weekly = ca1 + ca2 + scs[0] + scs[1] + dis1 + dis2 + child_dis + cb + scp + pc.award + hb.award + ctax.reduction_weekly
    award = np.asarray(calc.award, dtype=np.int64)
    total_weekly = weekly + divide_half_up(award * 12, 52)
    # No Housing Benefit for a rent-free week (SI 2006/214 reg 62, SI 2006/213 reg 81): the year has fewer weeks of it.
    free = rent_free_weeks(bu.housing.rent_free_periods, np.asarray(bu.housing.rent_period))
    hb_free = np.asarray(hb.award, dtype=np.int64) * free
    total_monthly = weekly_to_monthly(weekly) + award - divide_half_up(hb_free, 12)
    total_annual = weekly * 52 + award * 12 - hb_free  # ANNUAL_BASIS
    return HouseholdCalculation(
        universal_credit=calc,
        universal_credit_payable=payable,
        state_pension_age_reached=(spa1, spa2),
        state_pension_age_unknown=unknown1 | (two & unknown2),
        carers_allowance=(ca1, ca2),
        carers_allowance_entitlement=(entitled1, entitled2),
        savings_credit_condition_unknown=(sc_unknown1 | (two & sc_unknown2)) & (np.asarray(pc.savings_credit) > 0),
        education_needed=count_children(yp.uc_education_needed
                                        | (np.asarray(bu.child_benefit_claimed)[..., None] & yp.child_benefit_education_needed)) > 0,
        disability_benefits=(dis1, dis2),
        children_disability_benefits=child_dis,
        child_benefit=cb,
        child_benefit_children=np.where(bu.child_benefit_claimed, cb_children, 0),
        high_income_child_benefit_charge=hicbc,
        scottish_child_payment=scp,
        scottish_carer_supplement=scs,
        pension_credit=pc,
        pension_income_tax=ptax.weekly,
        pension_income_tax_annual=ptax.annual,
        married_couples_allowance=ptax.married_couples_allowance,
        marriage_allowance=ptax.marriage_allowance,
        marriage_allowance_transferred=ptax.allowance_transferred,
        blind_persons_allowance=ptax.blind_persons_allowance,
        blind_persons_allowance_transferred=ptax.blind_persons_allowance_transferred,
        blind_persons_allowance_used=ptax.blind_persons_allowance_used,
        married_couples_allowance_transferred=ptax.married_couples_allowance_transferred,
        housing_benefit=hb,
        rent_free_weeks=free,
        council_tax=ctax,
        weekly_benefits=weekly,
        total_weekly=total_weekly,
        total_monthly=total_monthly,
        total_annual=total_annual,
        hours_not_given=hours_open,
        childcare_conditions_open=childcare_open,
    )


def _children_disability_benefits(bu: BenefitUnitColumns, *, on, tables: Tables):
    """The children's DLA (or, in Scotland, Child Disability Payment) and PIP,
    added up over the benefit unit [pence/week]; 0 where no child has an award."""
    ch = bu.children
    any_child_award = np.any(ch.dla_care) or np.any(ch.dla_mobility) or np.any(ch.pip_daily_living) or np.any(ch.pip_mobility)
    # A date per benefit unit, lined up against the child axis.
    child_on = as_day(on)[..., None] if isinstance(on, np.ndarray) else on
    if not any_child_award:
        return 0
    # Child Disability Payment's table is read only for a household in Scotland, DLA's only for one
    # elsewhere: a household reads (and its rates assumed name) its own nation's table alone.
    scottish = np.asarray(bu.scottish)[..., None]
    cdp = (child_disability_payment_weekly(ch.dla_care, ch.dla_mobility, on=child_on, tables=tables)
           if np.any(scottish) else 0)
    dla = dla_weekly(ch.dla_care, ch.dla_mobility, on=child_on, tables=tables) if not np.all(scottish) else 0
    return count_children(np.where(
        ch.present, np.where(scottish, cdp, dla) + pip_weekly(ch.pip_daily_living, ch.pip_mobility, on=child_on, tables=tables), 0))


def _child_benefit(bu: BenefitUnitColumns, qualifying, *, on, tables: Tables):
    """(children counted, Child Benefit [pence/week], High Income Child Benefit
    Charge [pence/year], -1 where the adjusted net income is not given).
    ``qualifying``: the children it is paid for on ``on``."""
    cb_children = count_children(qualifying)
    cb = np.where(bu.child_benefit_claimed, child_benefit_weekly(cb_children, on=on, tables=tables), 0)
    ani = bu.adjusted_net_income_annual
    if np.any(np.asarray(ani) >= 0):
        charge = child_benefit_and_charge(cb_children, np.maximum(ani, 0), tax_year=on, tables=tables).charge
        hicbc = np.where((np.asarray(ani) >= 0) & bu.child_benefit_claimed, charge, -1)
    else:
        hicbc = np.full(np.shape(ani), -1) if np.ndim(ani) else -1
    return cb_children, cb, hicbc


def _severe_disability_qualifying(a):
    """A qualifying benefit for the severe disability addition: AA, DLA care
    at the middle or highest rate, or PIP daily living."""
    return a.present & ((a.attendance_allowance > 0) | (a.dla_care >= 2) | (a.pip_daily_living > 0))


def _pension_credit(bu: BenefitUnitColumns, spa, earned, entitled, ca, protected, qyp, *, on, tables: Tables, tax=0):
    """Pension Credit for the benefit unit, and whether each adult's savings
    credit age condition is unknown. ``spa``: each adult has reached the
    qualifying age; ``earned``: each adult's earned income [pence/month];
    ``entitled``, ``ca``: Carer's Allowance entitlement and amount paid
    [pence/week]; ``qyp``: the children and qualifying young persons;
    ``tax``: the income tax on pensions and taxable benefits disregarded
    (SI 2002/1792 reg 17(10)(a): :mod:`.pension_tax`) [pence/week]."""
    a1, a2 = bu.adult1, bu.adult2
    two = a2.present
    spa1, spa2 = spa
    if not np.any(spa1 | spa2):
        # No one has reached the qualifying age: Pension Credit is nil on
        # every row, as _where_any would give it, and the savings credit
        # condition is not asked (calculate reads it only where savings
        # credit is paid). The one table the skipped steps read is read all
        # the same: the same error where it has no row, the same reads for a
        # recorder (the rates a caseload's estimate says it assumed).
        tables.at("pension_credit.earnings_disregard", table_on(on))
        return _where_any(spa1 | spa2, pension_credit, _NO_PENSION_CREDIT, on=on, tables=tables), False, False
    e1, e2 = earned
    entitled1, entitled2 = entitled
    ca1, ca2 = ca
    ch = bu.children
    qualifying = _severe_disability_qualifying
    # Pension Credit only where someone has reached the qualifying age.
    # Income (SPCA 2002 s 15): State Pension and other pensions, Carer's
    # Allowance as paid, new-style ESA and JSA, other income, and earnings
    # after the Sch VI disregard.
    pc_kids = count_children(qyp) > 0
    higher_disregard = (
        (~np.asarray(bu.couple, dtype=bool) & pc_kids)  # a lone parent, Sch VI para 1
        | (entitled1 > 0) | (two & (entitled2 > 0))  # a carer, para 3
        | _disabled_for_disregard(a1) | (two & _disabled_for_disregard(a2))  # para 4
    )
    earnings = weekly_earnings_counted(e1 + np.where(two, e2, 0), bu.couple, higher_disregard, on=on, tables=tables)
    sc1, sc_unknown1 = savings_credit_age_condition(a1, on)
    sc2, sc_unknown2 = savings_credit_age_condition(a2, on)
    qualifying_income = (
        np.where(a1.present, a1.state_pension_weekly + a1.pension_income_weekly + ca1 + weekly_from_monthly(a1.other_unearned_income_monthly), 0)
        + np.where(two, a2.state_pension_weekly + a2.pension_income_weekly + ca2 + weekly_from_monthly(a2.other_unearned_income_monthly), 0)
        + earnings
        # A lodger's payments after the Sch IV paras 8-9 disregards (reg 15(5)(e), (i)); qualifying income too (reg 9
        # does not except them).
        + lodger_income_weekly(bu, on=on, tables=tables, benefit="pension_credit", always=True)
    )
    # New-style ESA and JSA are income (SPCA 2002 s 15(1)(c)) but not qualifying income for savings credit
    # (SI 2002/1792 reg 9(c), (g), read). Other income counts as both (reg 9: all income is qualifying income but
    # its list; maintenance, reg 9(f), is the one kind it cannot tell apart).
    income = qualifying_income + sum(np.where(a.present if k == 0 else two, a.new_style_esa_weekly + a.new_style_jsa_weekly, 0)
                                     for k, a in enumerate((a1, a2)))
    # Reg 17(10)(a): the tax payable on the income counted is disregarded, from income and qualifying income
    # alike (the tax on new-style ESA or JSA, income but not qualifying income, is taken from both too: a
    # pensioner rarely has either, new-style ESA and JSA ending at pension age).
    income = income - tax
    qualifying_income = np.maximum(qualifying_income - tax, 0)
    pc = _where_any(
        spa1 | spa2,
        pension_credit,
        _NO_PENSION_CREDIT,
        bu.couple,
        spa1,
        spa2,
        income,
        bu.capital,
        on=on,
        tables=tables,
        qualifying_income_weekly=qualifying_income,
        qualifying_benefit1=qualifying(a1),
        qualifying_benefit2=qualifying(a2),
        non_dependant=severe_disability_non_dependant(bu.housing),  # Sch I paras 1(1)(a)(ii), 2(2)(a): 18 or over
        carer_paid_for1=np.asarray(a1.present) & np.asarray(a1.carer_paid_for),  # Sch I para 1(1)(a)(iii), (b), (c)(iv)
        carer_paid_for2=two & np.asarray(a2.carer_paid_for),
        blind1=a1.blind,
        blind2=two & a2.blind,
        carers_allowance1=entitled1 > 0,  # entitlement, paid or not (Sch I Pt II para 4)
        carers_allowance2=entitled2 > 0,
        child_dates_of_birth=np.where(qyp, ch.date_of_birth, np.datetime64("NaT", "D")),
        child_disability=np.where(qyp, ch.disabled_child_rate, 0),
        # Where the condition turns on sex, savings credit is worked out as if
        # met; problems() asks for the fact where that gives any.
        reached_pension_age_before_6_april_2016_1=sc1 | sc_unknown1,
        reached_pension_age_before_6_april_2016_2=two & (sc2 | sc_unknown2),
        mixed_age_protected=protected,
        # Housing costs (reg 6(6)(c), Sch II): an owner's para 13 costs, less the para 14 non-dependant deductions.
        housing_costs_weekly=weekly_housing_costs(bu.housing.owner_housing_costs, bu.housing.owner_housing_costs_period),
        housing_non_dependants=pc_non_dependants(bu.housing),
        housing_blind_or_care_benefit=_blind_or_care(a1) | (two & _blind_or_care(a2)),  # Sch II para 14(6)
        savings_credit_protected=np.asarray(bu.couple, bool) & np.asarray(bu.savings_credit_protected, bool),  # reg 7A
    )
    return pc, sc_unknown1, sc_unknown2


def _blind_or_care(a):
    """SI 2002/1792 Sch II para 14(6): certified blind, or receiving attendance
    allowance, a DLA care component or PIP daily living (AFIP is not held)."""
    return np.asarray(a.present & (a.blind | (a.attendance_allowance > 0) | (a.dla_care > 0) | (a.pip_daily_living > 0)))


def pc_non_dependants(h) -> NonDependants:
    """The non-dependants as Pension Credit's housing costs deductions read
    them (SI 2002/1792 Sch II para 14): the HB facts, with the para 14(7)
    exemptions (``nd{k}_pc_exempt``). ``h``: the housing columns."""
    def stack(fact):
        return np.stack(np.broadcast_arrays(*[np.asarray(getattr(h, f"nd{k}_{fact}")) for k in range(1, 5)]), axis=-1)

    return NonDependants(age=stack("age"), gross_weekly_income=stack("income"), remunerative_work=stack("work"),
                         exempt=stack("pc_exempt"))


def _scottish_carer_supplement(bu: BenefitUnitColumns, paid, *, on, tables: Tables):
    """Each adult's Scottish Carer Supplement [pence/week]: a weekly component
    of Carer Support, paid for each week Carer Support Payment is paid above
    nil (SSI 2023/302 regs 14A, 16(1A), from 15 March 2026: see
    :mod:`.carer_supplements`); nil outside Scotland. Not income for any
    means-tested benefit here (as in the income gain)."""
    if not np.any(bu.scottish) or not any(np.any(np.asarray(x) > 0) for x in paid):
        return (0, 0)
    from .carer_supplements import scottish_carer_supplement_weekly

    weekly = scottish_carer_supplement_weekly(on, bu.scottish, tables=tables)
    return tuple(np.where(np.asarray(x) > 0, weekly, 0) for x in paid)


def _housing_benefit_and_council_tax(bu: BenefitUnitColumns, calc, pc, qyp, *, on, tables: Tables, spa, payable, ca,
                                     earned, qualifying, earned_each=(0, 0), tax=0):
    """Housing Benefit, council tax and Council Tax Reduction
    (:mod:`.hb_ctr`), with UC and Pension Credit as worked out; ``tax`` the
    income tax on pensions and taxable benefits the schemes that disregard it
    take off the income they count [pence/week] (:mod:`.pension_tax`)."""
    a1, a2 = bu.adult1, bu.adult2
    two = a2.present
    ch = bu.children
    kids = np.asarray(qyp) & np.asarray(ch.present)
    award = np.where(payable, calc.award, 0)
    each = (_disabled_for_disregard(a1), two & _disabled_for_disregard(a2))
    disregard = each[0] | each[1]
    hb = housing_benefit_where_due(bu, on=on, tables=tables, spa=spa, universal_credit=award, pension_credit=pc,
                             carers_allowance_entitled=ca[0], carers_allowance_paid=ca[1], earned_monthly=earned,
                             bedrooms=calc.housing.bedroom_entitlement, disabled_for_disregard=disregard,
                             qualifying_benefit=qualifying, children=attrs.evolve(ch, present=kids), disabled_each=each,
                             income_tax_weekly=tax)
    all_over = ctr_pensioner(payable, spa, award, bu.applicant, bu.scottish)
    banded = np.asarray(bu.housing.council_tax_band) >= 0
    if np.any(banded):
        applicable, blind_or_care = _ctr_applicable(bu, kids, qualifying, ca, on=on)
        uc_income = np.asarray(calc.earned_income) + np.asarray(calc.unearned_income)
    else:  # no council tax band on any row: council_tax_for reads these only for rows with one
        applicable, blind_or_care, uc_income = {}, False, 0
    over = np.asarray(all_over) & banded
    pension_income = savings_additional = childcare = pension_disregarded = 0
    if np.any(over):  # read the earnings disregard only for pension-age council tax payers
        carer = (np.asarray(ca[0][0]) > 0) | (two & (np.asarray(ca[0][1]) > 0))
        # SI 2012/2885 Sch 4 para 10(2)(b) and SSI 2012/319 Sch 2 para 10(2)(b): (ii) asks for a child in the family;
        # WSI 2013/3029 Sch 3 para 10(2)(b)(ii) for a family premium, given in Wales where there is one.
        met, couple16, _ = additional_earnings_disregard(bu, on=on, disabled_each=each, children=count_children(kids))
        extra = met | (couple16 & (count_children(kids) > 0))
        charges = _pension_ctr_childcare_charges(bu, attrs.evolve(ch, present=kids), over, on=on, tables=tables)
        facts = dict(pension_credit=pc, earned_monthly=np.where(over, earned, 0), disabled_or_carer=disregard | carer,
                     additional=extra, weekly_childcare_charges=charges)
        pension_income = pension_age_ctr_income(bu, on=on, tables=tables, carers_allowance_paid=ca[1],
                                                income_tax_weekly=tax, **facts)
        childcare = pension_age_ctr_childcare(bu, on=on, tables=tables, **facts)
        pension_disregarded = pension_age_ctr_earnings_disregard(
            bu, on=on, tables=tables, **{k: v for k, v in facts.items() if k != "pension_credit"})
        savings_additional = savings_credit_additional_disregard(bu, on=on, tables=tables, **facts)
        # With it, a lone parent's higher earnings disregard: Sch 1 para 14(2)(c)(i) and its Welsh and Scottish twins.
        savings_additional = savings_additional + savings_credit_lone_parent_disregard(
            bu, on=on, tables=tables, pension_credit=pc, earned_monthly=np.where(over, earned, 0),
            children=count_children(kids))
    # The Scottish working-age scheme counts the award's child and childcare elements as income (SSI 2021/249
    # reg 57(1)(p), (2)(d)) and gives premiums by the carer element and the disabled child addition (Sch 1 paras 4, 6).
    scotland = dict(child_payments=np.asarray(calc.child_element) + np.asarray(calc.disabled_child_addition)
                    + np.asarray(calc.childcare_costs_element), childcare=calc.childcare_costs_element,
                    carer_elements=calc.carer_elements,
                    higher_disabled=count_children(kids & (np.asarray(ch.disabled_child_rate) == 2)))
    # The Welsh working-age earnings disregards (WSI 2013/3029 Sch 8) go by each adult's earnings and carer premium.
    wales = dict(earned1=earned_each[0], earned2=earned_each[1], carer1=np.asarray(ca[0][0]) > 0,
                 carer2=np.asarray(two) & (np.asarray(ca[0][1]) > 0))
    ctax = council_tax_for(bu, on=on, tables=tables, all_over=all_over, hb=hb, uc_award=award, pension_income=pension_income,
                           uc_maximum=calc.maximum_amount, uc_income=uc_income, uc_tariff=calc.tariff_income,
                           scotland=scotland, wales=wales,
                           earned_monthly=earned, pension_credit=pc, applicable=applicable, blind_or_care=blind_or_care,
                           income_tax_weekly=tax, savings_additional=savings_additional, pension_childcare=childcare,
                           pension_disregarded=pension_disregarded)
    open_ = facts_left_open(bu, hb, ctax, pc, award, on=on, tables=tables, disabled_each=each,
                            children=attrs.evolve(ch, present=kids))
    return hb, ctax, open_


def _pension_ctr_childcare_charges(bu: BenefitUnitColumns, children, over, *, on, tables: Tables):
    """The relevant childcare charges each row's pensioners' CTR scheme lets
    be deducted (England, Wales or Scotland by the billing authority:
    :func:`.hb_ctr.pension_age_childcare_charges`, each with its own limit and
    disabled child) [pence/week, before the cap at the earnings]; nil off the
    ``over`` rows, and without charges."""
    if not np.any(np.asarray(over) & (np.asarray(bu.childcare_costs_monthly) > 0)):
        return 0
    from .council_tax_columns import nation_codes

    nation = nation_codes(bu)
    charges: Any = 0
    for code, scheme in enumerate(("england", "wales_pension", "scotland_pension")):
        if np.any(nation == code):
            each, _ = pension_age_childcare_charges(bu, on=on, tables=tables, children=children, scheme=scheme)
            charges = np.where(nation == code, each, charges)
    return np.where(over, charges, 0)


def _ctr_applicable(bu: BenefitUnitColumns, kids, qualifying, ca, *, on):
    """The facts the pension-age Council Tax Reduction schemes' applicable
    amount asks for (the keywords of
    :func:`.council_tax_reduction.applicable_amount`), and whether an adult
    is blind or gets a care benefit."""
    a1, a2 = bu.adult1, bu.adult2
    two = a2.present
    ch = bu.children
    nd_present = severe_disability_non_dependant(bu.housing)  # Sch 2 para 6(2)(a)(ii), (6)(a)
    q1, q2 = qualifying
    # Severe disability premium (SI 2012/2885 Sch 2 para 6): the single amount
    # for a single claimant, the double for a couple who both qualify, with no
    # non-dependant; none for one someone is paid Carer's Allowance for caring
    # for (for a couple, the single amount where one of them is cared for so).
    p1 = np.asarray(a1.present) & np.asarray(a1.carer_paid_for)
    p2 = np.asarray(two) & np.asarray(a2.carer_paid_for)
    paid = p1.astype(np.int64) + p2
    severe = np.where(nd_present, 0, np.where(bu.couple, np.where(q1 & q2, np.maximum(2 - paid, 0), 0), np.where(q1 & ~p1, 1, 0)))
    blind_or_care = sum(np.asarray(a.present & (a.blind | (a.attendance_allowance > 0) | (a.dla_care > 0)
                                                | (a.pip_daily_living > 0))) for a in (a1, a2)) > 0
    from .hb_ctr import _pensionable_before_2021

    applicable = dict(
        reached_before_2021=_pensionable_before_2021(a1, on) | (two & _pensionable_before_2021(a2, on)),
        children=count_children(kids),
        disabled_children=count_children(kids & (np.asarray(ch.disabled_child_rate) > 0)),
        enhanced_disability_children=count_children(kids & ((np.asarray(ch.dla_care) == 3) | (np.asarray(ch.pip_daily_living) == 2))),
        carers=(np.asarray(ca[0][0]) > 0).astype(np.int64) + (two & (np.asarray(ca[0][1]) > 0)).astype(np.int64),
        severe_disability=severe,
        # SSI 2012/319 reg 20(e): Scotland's family premium is only for the transitionally protected (SSI 2016/81 reg 2).
        transitional_family_premium=np.asarray(bu.transitional_family_premium, bool),
    )
    return applicable, blind_or_care


@attrs.frozen
class Problem:
    """A fact the calculation needs that the input gets wrong or leaves out,
    for the benefit units in ``rows``. ``field`` is named as a caseload
    column; ``expected`` says what is needed."""

    rows: Any
    field: str
    expected: str
    #: Where ``field`` is an adult's (``adultN_...``): the rows where it is the
    #: second adult's, not the first's (the first adult's is named first, as a
    #: record is read); a bool a row, or one for every row.
    second: Any = False
    #: Where ``field`` is a child's (``childN_...``): the slot (eldest first,
    #: from 0) of the child each row's problem is about (-1: none), and the
    #: value its cell holds, one a row (None: not given); None: not a child's.
    child: Any = None
    child_value: Any = None
    #: Where ``field`` is an adult's: the value of the adult's cell, one a row
    #: (None: not given, or every row's where the whole is None).
    adult_value: Any = None

    def field_at(self, i: int | None = None, child_column: Any = None) -> str:
        """``field`` as the column of row ``i`` (None: a single household)
        names it: ``adultN_date_of_birth`` as ``adult1_date_of_birth`` or
        ``adult2_date_of_birth``, the adult whose value it is;
        ``childN_sex`` as the child's own column, ``child_column(slot,
        leaf)`` (a caseload's numbering, :meth:`Caseload.child_column`), or
        ``child{slot + 1}_sex`` (child 1 the eldest) without it."""
        if self.field.startswith("childN_") and self.child is not None:
            slot = int(np.asarray(self.child).reshape(-1)[0 if i is None else i])
            leaf = self.field.removeprefix("childN_")
            if slot < 0:
                return self.field
            return child_column(slot, leaf) if child_column is not None else f"child{slot + 1}_{leaf}"
        if not self.field.startswith("adultN_"):
            return self.field
        second = np.asarray(self.second, bool)
        if i is not None and second.ndim:
            second = second[i]
        return self.field.replace("adultN_", "adult2_" if bool(second) else "adult1_", 1)

    def error_at(self, i: int | None = None, child_column: Any = None) -> tuple[str, Any, str]:
        """Row ``i``'s ``(column, value, message)``: an adult's or a child's
        problem names the adult's or child's own column and the value of its
        cell, one line (``child2_date_of_birth: '2001-01-01' is not allowed
        (expected ...)``, ``adult1_attendance_allowance: 'higher' is not
        allowed (...)``, or ``adult2_date_of_birth: missing (expected
        ...)``); any other ``column: give expected``."""
        from ..errors import InputError

        field = self.field_at(i, child_column)
        if self.field.startswith("adultN_"):  # since 2026-12-07 with the cell's value, as a child's
            value = (None if self.adult_value is None
                     else np.asarray(self.adult_value, dtype=object).reshape(-1)[0 if i is None else i])
            return field, value, str(InputError(field, value, self.expected))
        if self.child is None or field.startswith("childN_"):
            return field, None, f"{field}: give {self.expected}"
        value = np.asarray(self.child_value, dtype=object).reshape(-1)[0 if i is None else i]
        return field, value, str(InputError(field, value, self.expected))


def _child_slots(rows, per_slot, values=None) -> dict[str, Any]:
    """For a child's problem: the first slot (eldest first) where
    ``per_slot()`` (bool, slots on the last axis) is true, -1 for a row
    without the problem; and the value of that child's cell, one a row,
    from ``values(slot)`` (None: not given). Worked out only where some row
    has the problem. As :class:`Problem`'s ``child`` and ``child_value``."""
    rows = np.asarray(rows, bool)
    if not rows.any():
        return {}
    where = np.asarray(per_slot(), bool)
    where = where.reshape((-1, where.shape[-1]))
    slot = np.where(rows.reshape(-1) & where.any(axis=-1), np.argmax(where, axis=-1), -1)
    shown = np.full(slot.shape, None, dtype=object)
    if values is not None:
        for r in np.flatnonzero(slot >= 0):
            shown[r] = values(int(r), int(slot[r]))
    return {"child": slot, "child_value": shown}


def _second_adults(rows, first) -> Any:
    """The rows of a problem that are the second adult's alone (``first``:
    a function giving the rows where the first adult has it, called only
    where some row has the problem)."""
    if not np.any(rows):
        return False
    return np.asarray(rows, bool) & ~np.asarray(first(), bool)


def _adult_cells(rows, second, cell) -> Any:
    """For an adult's problem: the value of the adult's cell on each row
    with the problem, the second adult's where ``second`` (else the
    first's), from ``cell(adult_columns)`` (an array a row, or a scalar for
    one household: None where not given); None on the other rows. As
    :class:`Problem`'s ``adult_value``."""
    rows = np.asarray(rows, bool).reshape(-1)
    shown = np.full(rows.shape, None, dtype=object)
    if not rows.any():
        return shown
    second = np.broadcast_to(np.asarray(second, bool).reshape(-1) if np.ndim(second) else np.asarray(second, bool),
                             rows.shape)
    first_cells, second_cells = (np.broadcast_to(np.asarray(c, dtype=object).reshape(-1), rows.shape) for c in cell)
    shown[rows] = np.where(second[rows], second_cells[rows], first_cells[rows])
    return shown


def _dates_shown(a) -> np.ndarray:
    """An adult's dates of birth as they are written (None: not given)."""
    dob = np.atleast_1d(np.asarray(a.date_of_birth, "datetime64[D]"))
    return np.array([None if np.isnat(d) else str(d) for d in dob], dtype=object)


def adults_out_of_range(bu: BenefitUnitColumns, *, on, adults=(1, 2)):
    """Which benefit units have an adult, given by date of birth, who is
    under 16 or over 120 at the end of the assessment period (or not yet
    born): a mistake in the date (a two-digit year, a child's date in an
    adult's column), reported rather than estimated. The same range as
    ``Adult.age`` (:mod:`entitlements.household`). ``adults``: which adults
    are looked at (1, 2 or both)."""
    end = period_end(as_day(on))
    bad = np.zeros(np.shape(bu.couple), bool) if np.ndim(bu.couple) else False
    for a in (bu.adult1, bu.adult2)[min(adults) - 1:max(adults)]:
        dob = np.asarray(a.date_of_birth, "datetime64[D]")
        given = np.asarray(a.present) & ~np.isnat(dob)
        young = dob > latest_birth_for_age(end, 16)
        old = dob <= latest_birth_for_age(end, 121)
        bad = bad | (given & (young | old))
    return bad


#: What a social renter on Universal Credit who leaves out the bedrooms is asked.
BEDROOMS_EXPECTED = ("the number of bedrooms in the home, for a social renter on Universal Credit: the under-occupancy "
                     "deduction turns on it (SI 2013/376 Sch 4 para 36); not needed where no one can be paid Universal "
                     "Credit (pension age: Housing Benefit has no size criteria there)")


def bedrooms_needed(bu: BenefitUnitColumns, payable):
    """The social renters who leave out the bedrooms where Universal Credit
    can be paid (``payable``: :func:`universal_credit_payable`), so the
    under-occupancy deduction (SI 2013/376 Sch 4 para 36) cannot be worked
    out [bool]. At pension age (one claimant, or a couple both over the
    qualifying age or protected, SI 2019/37 art 4), Housing Benefit has no
    size criteria (SI 2006/214 has no reg B13), and the bedrooms are not
    needed; a mixed-age couple on Universal Credit needs them."""
    social = np.asarray(bu.housing.tenure) == TENURE_CODES["social_rent"]
    return social & (np.asarray(bu.housing.bedrooms) < 0) & np.asarray(payable, bool)


# Long because: one tuple of the checks, a Problem each (mask, column, what is allowed), in the order an adviser
# reads them; the masks they share are worked out once above it.
def problems(bu: BenefitUnitColumns, hh: HouseholdCalculation, *, on) -> tuple[Problem, ...]:
    """The checks one household (an error) and a caseload (bad rows) share."""
    from .disability_ages import (AA_RECEIVED_EXPECTED, DLA_MOBILITY_EXPECTED, STATE_PENSION_EXPECTED,
                                  attendance_allowance_held_under_age, children_with_dla_mobility_under_age,
                                  state_pension_held_under_age)

    from ..household import DLA_MOBILITY
    from ..household_values import AA_RATES
    from .disability_ages import dla_mobility_age_refused

    out_of_range = adults_out_of_range(bu, on=on)
    out_of_range_second = _second_adults(out_of_range, lambda: adults_out_of_range(bu, on=on, adults=(1,)))
    sp_unknown_second = _second_adults(hh.state_pension_age_unknown, lambda: state_pension_age_reached(bu.adult1, on)[1])
    end = period_end(as_day(on))
    aa_refused = attendance_allowance_held_under_age(bu, end=end)
    aa_second = _second_adults(aa_refused, lambda: attendance_allowance_held_under_age(bu, end=end, adults=(1,)))
    sp_refused = state_pension_held_under_age(bu, end=end)
    sp_second = _second_adults(sp_refused, lambda: state_pension_held_under_age(bu, end=end, adults=(1,)))
    ch = bu.children
    present = np.asarray(ch.present, bool)
    dob = np.asarray(ch.date_of_birth, "datetime64[D]")
    day = (lambda d: np.asarray(d, "datetime64[D]")[..., None] if np.ndim(d) else np.asarray(d, "datetime64[D]"))

    def cell(a):  # a slot's cell of row r (a single household's columns have no row axis)
        return lambda r, k: np.asarray(a).reshape((-1, np.shape(a)[-1]))[r, k]

    def shown_dob(r, k):
        return str(cell(dob)(r, k))

    kids_bad = uc.children_out_of_range(ch, on=on)
    sex_needed = hh.universal_credit.housing.sex_needed
    dla_bad = children_with_dla_mobility_under_age(ch, end=end)
    mob = np.asarray(ch.dla_mobility)
    return (
        Problem(
            out_of_range,
            "adultN_date_of_birth",
            "a date of birth that makes each adult 16 to 120 at the end of the assessment period "
            "(an adult's age must be 16 to 120: a later date is a child's, or a mistake)",
            out_of_range_second,
            adult_value=_adult_cells(out_of_range, out_of_range_second, (_dates_shown(bu.adult1), _dates_shown(bu.adult2))),
        ),
        Problem(
            kids_bad,
            "childN_date_of_birth",
            "a child under 20 on the first day of the assessment period and born by its end: a child is 20 or "
            "over, or not yet born (SI 2013/376 reg 5)",
            **_child_slots(kids_bad, lambda: present & ((dob <= day(latest_birth_for_age(as_day(on), 20)))
                                                       | (dob > day(end))), shown_dob),
        ),
        Problem(
            sex_needed,
            "childN_sex",
            "'female' or 'male' for each child aged 10 to 15: with two or more children under 16 the bedroom "
            "entitlement depends on it (SI 2013/376 Sch 4 para 10)",
            **_child_slots(sex_needed, lambda: present & (np.asarray(ch.sex) == 0)
                          & (dob <= day(latest_birth_for_age(end, 10))) & (dob > day(latest_birth_for_age(end, 16)))),
        ),
        Problem(
            hh.state_pension_age_unknown,
            "adultN_date_of_birth",
            "a date of birth for an adult aged 66 in an assessment period beginning on or after 6 April 2026: "
            "State Pension age now depends on it (Pensions Act 2014 s 26)",
            sp_unknown_second,  # the date of birth is not given (the age alone is): named as missing
        ),
        Problem(
            aa_refused,
            "adultN_attendance_allowance",
            AA_RECEIVED_EXPECTED,
            aa_second,
            adult_value=_adult_cells(aa_refused, aa_second, tuple(np.asarray(AA_RATES, dtype=object)[
                np.asarray(a.attendance_allowance, np.int64)] for a in (bu.adult1, bu.adult2))),
        ),
        Problem(
            sp_refused,
            "adultN_state_pension_weekly",
            STATE_PENSION_EXPECTED,
            sp_second,
            adult_value=_adult_cells(sp_refused, sp_second, tuple(
                np.char.mod("%.2f", np.asarray(a.state_pension_weekly, np.int64) / 100) for a in (bu.adult1, bu.adult2))),
        ),
        Problem(
            dla_bad,
            "childN_dla_mobility",
            DLA_MOBILITY_EXPECTED,
            **_child_slots(dla_bad, lambda: present & (mob > 0) & dla_mobility_age_refused(
                np.where(present & (mob > 0), dob, np.broadcast_to(day(end), dob.shape)), mob,
                np.broadcast_to(day(end), dob.shape)), lambda r, k: DLA_MOBILITY[int(cell(mob)(r, k))]),
        ),
        Problem(
            hh.savings_credit_condition_unknown,
            "adultN_reached_pension_age_before_6_april_2016",
            "true or false for an adult born from 6 April 1951 to 5 April 1953 (or of an age that may be): whether "
            "they reached pensionable age before 6 April 2016 depends on sex, and decides the savings credit "
            "(State Pension Credit Act 2002 s 3(1))",
            _second_adults(hh.savings_credit_condition_unknown, lambda: savings_credit_age_condition(bu.adult1, on)[1]),
        ),
        Problem(
            (contradicted := savings_credit_age_contradicted(bu, on)),
            "adultN_reached_pension_age_before_6_april_2016",
            SAVINGS_CREDIT_AGE_SETTLED,
            _second_adults(contradicted, lambda: savings_credit_age_contradicted(bu, on, adults=(1,))),
        ),
        Problem(
            (np.asarray(bu.housing.owner_housing_costs) > 0) & np.asarray(hh.universal_credit_payable, bool),
            "housing_owner_housing_costs",
            "none where Universal Credit is claimed: the figure is for Pension Credit (SI 2002/1792 Sch II para 13); "
            "Universal Credit's housing costs element for an owner-occupier's service charges (SI 2013/376 Sch 5) "
            "is not modelled",
        ),
        Problem(
            bedrooms_needed(bu, hh.universal_credit_payable),
            "housing_bedrooms",
            BEDROOMS_EXPECTED,
        ),
        Problem(
            hh.education_needed,
            "childN_education",
            "'non_advanced', 'approved_training' or 'not_in_education' for a young person aged 16 to 19 past the 31 August after "
            "their 16th birthday: whether they are a qualifying young person depends on it (SI 2013/376 reg 5; "
            "Child Benefit: SI 2006/223 reg 3)",
            **_child_slots(hh.education_needed, lambda: present & (np.asarray(ch.education) == 0)
                          & (dob <= day(latest_birth_for_age(end, 16)))),
        ),
    )
