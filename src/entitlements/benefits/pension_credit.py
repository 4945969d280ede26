"""State Pension Credit [pence/week]: guarantee credit and savings credit.

State Pension Credit Act 2002 (SPCA) and the State Pension Credit
Regulations 2002 (SI 2002/1792). Amounts from ``rules/pension_credit/``
(rows start on the uprating Monday; a benefit week beginning on or after it
gets the new amounts).

Entitlement (SPCA s 1(2)): the claimant has reached the qualifying age (the
pensionable age of a woman born the same day, s 1(6); see
:mod:`entitlements.benefits.pension_age`). A member of a couple the other member of
which has *not* reached the qualifying age is not entitled (s 4(1A), inserted
from 15 May 2019 by WRA 2012 Sch 2 para 64 and SI 2019/37 art 3, read): a
*mixed-age couple* claims Universal Credit instead. Couples already entitled
to Pension Credit (or pension-age Housing Benefit) on 14 May 2019 keep it
while entitled as the same couple (SI 2019/37 art 4, as described by CPAG;
the article was not read): pass ``mixed_age_protected=True``. Such couples get
nil here with the reason ``"mixed_age_couple"``.

Guarantee credit (SPCA s 2): the appropriate minimum guarantee less income,
if income does not exceed it. The appropriate minimum guarantee is the
standard minimum guarantee (single or couple; SI 2002/1792 reg 6(1)) plus:

- severe disability addition (reg 6(4)-(5), Sch I para 1, read): a single
  claimant in receipt of a qualifying benefit (AA, DLA care middle or highest,
  PIP or ADP daily living at either rate, AFIP), no one aged 18 or over
  normally residing with them (other than those para 2 ignores), and no one
  receiving Carer's Allowance, Carer Support Payment or a UC carer element for
  caring for them: the lower amount. A couple: both partners in receipt, no
  such non-dependant; the double amount if no one is paid for caring for
  either partner, the lower amount if someone is paid for caring for one only
  (nothing if for both). Where only one partner is in receipt and the other is
  blind (certified severely sight impaired or blind), Sch I para 1(1)(c) gives
  the lower amount if no one is paid for caring for the one in receipt: that
  sub-paragraph was not read in full; the rule follows the same scheme in the
  income support and housing benefit premiums (e.g. SI 2006/214 Sch 3 para
  6(3), read);
- carer addition (reg 6(6)(a), Sch I Pt II para 4, read; SPCA s 2(8)): for
  each partner *entitled* to Carer's Allowance or Carer Support Payment,
  including underlying entitlement where the overlapping-benefit rules stop
  payment (DWP written answer 30603, 2024);
- child additions (reg 6(6)(d), Sch IIA paras 9-10): for each child or
  qualifying young person, the higher amount for the eldest if born before
  6 April 2017, plus the disabled (para 9(2)) or severely disabled (para 9(3))
  child amount; not where a child tax credit award exists (reg 6(6)(d), (11));
- housing costs (reg 6(6)(c), Sch II, read in the legalize-uk mirror's text
  of about 2021-22; the yearly para 14 amounts were read in the 2024-2026
  Up-rating Orders, other later amendments were not looked for):
  since 6 April 2018 a loan for mortgage interest is not met by Pension
  Credit but by a Support for Mortgage Interest loan (Loans for Mortgage
  Interest Regulations 2017, SI 2017/725; Sch II paras 7-12 are omitted),
  and no cost that Housing Benefit meets (para 5(1)(a)). What remains is
  para 13(1): rent or ground rent under a long tenancy (over 21 years),
  service charges, rentcharges, co-ownership scheme payments, a Crown
  tenant's payments, a tent and its site, "calculated on a weekly basis"
  (:func:`weekly_housing_costs`: the year's amount / 52, para 13(3); a
  fraction of a penny is a penny, para 15), after the para 13(2) deductions
  (fuel, as HB Sch 1 para 5(2) prescribes unless evidence of the actual
  charge; ineligible service charges as HB Sch 1 para 1 defines them, such
  as meals, cleaning of the claimant's own home, personal care; repairs and
  improvements as para 13(7) defines them), which the caller makes: the
  housing costs are an input, the eligible weekly amount or an amount per
  period (``Housing.owner_housing_costs``). Less a deduction for each
  non-dependant aged 18 or over (para 14: the Housing Benefit bands, read
  as the same amounts, in ``pension_credit.non_dependant_deduction`` and
  ``pension_credit.non_dependant_income_band``), none where the claimant or
  partner is blind or gets attendance allowance, a DLA care component, PIP
  daily living or AFIP (para 14(6)), none for a non-dependant para 14(7)
  exempts; never below nil (:func:`housing_costs_addition`).

Income includes deemed income from capital: SI 2002/1792 reg 15(6), as
substituted from 2 November 2009 by the Social Security (Deemed Income from
Capital) Regulations 2009 (SI 2009/1676) reg 3(2), read: capital is "deemed to
yield a weekly income of (a) £1 for each £500 in excess of £10,000; and (b) £1
for any excess which is not a complete £500". So a part of £500 counts as a
whole £1: £10,000.01 of capital yields £1 a week. Amounts from
``pension_credit.capital_disregard``, ``deemed_income_step`` and
``deemed_income``. There is no upper capital limit.

Savings credit (SPCA s 3, read): only where the claimant (or the partner)
reached pensionable age before 6 April 2016 and is 65 or over (s 3(1) as
substituted by the Pensions Act 2014 Sch 12 para 89; everyone who reached
pensionable age before 6 April 2016 is over 65 by April 2023). Amount A is the
smaller of the maximum savings credit and 60% of qualifying income above the
savings credit threshold; amount B is 40% of income above the appropriate
minimum guarantee (nil if none); savings credit = A - B, nil if B >= A
(s 3(2)-(4); percentages in reg 7(1), ``pension_credit.savings_credit_percentages``).
A fraction of a penny in amount A or B goes to the claimant's advantage
(reg 7(4)): A is rounded up, B down.
A couple of whom only one reached pensionable age before 6 April 2016 gets no
savings credit unless one of them had it before that date and has been
entitled to it ever since (reg 7A, inserted by SI 2015/1529 reg 2(2), read):
``savings_credit_protected``. The maximum savings credit is read from
``pension_credit.savings_credit_maximum`` (derived there as 60% x (SMG -
threshold)).

Earnings count as income (SPCA s 15(1)(a)) after the Sch VI disregards:
see :func:`weekly_earnings_counted`, which the household calculation uses.

Not modelled: Support for Mortgage Interest (a loan, not Pension Credit:
SI 2017/725), and its non-dependant deduction that reduces the Sch II one
(para 14(2A)); the apportionment of a composite hereditament (para 6(1)-(4))
and of shared costs (para 6(5): give the claimant's share); the para 13(2)
deductions (give the costs after them); excessive housing costs (para 10 is
omitted with the loan rules, so there is no such restriction now for the
para 13 costs); a non-dependant shared between joint occupiers (para
14(5)); the 8 weeks of waived costs of para 13(4) and the water charges of a
Crown tenant (para 13(5)); two homes and absences (para 4); the assessed
income period, the 10p minimum payment (SPCA s 4(3); reg 13), polygamous
marriages, qualifying-income exclusions (reg 9: give
``qualifying_income_weekly``).
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from ..arrays import count_children
from ..tables import Tables
from ._numeric import flag, is_array, out_int, pence, table_on, whole
from .means_test import severe_disability_amount, tariff_income

__all__ = [
    "PENSION_CREDIT_REASONS",
    "PensionCreditCalculation",
    "deemed_income_from_capital",
    "severe_disability_addition",
    "carer_addition",
    "child_additions",
    "savings_credit",
    "pension_credit",
    "weekly_earnings_counted",
    "weekly_housing_costs",
    "housing_costs_addition",
]

#: Why the calculation stopped: 0 assessed (the award may still be nil on
#: income), 1 the claimant is under the qualifying age, 2 a mixed-age couple
#: (SPCA s 4(1A): Universal Credit instead).
PENSION_CREDIT_REASONS = ("assessed", "under_qualifying_age", "mixed_age_couple")

_CHILD_BIRTH_CUTOFF = np.datetime64("2017-04-06", "D")  # Sch IIA para 10


@attrs.frozen
class PensionCreditCalculation:
    """Every step, in pence a week (scalars, or arrays for a caseload)."""

    reason: Any  # index into PENSION_CREDIT_REASONS
    standard_minimum_guarantee: Any
    severe_disability_addition: Any
    carer_addition: Any
    child_addition: Any
    disabled_child_addition: Any
    housing_costs: Any  # Sch II para 13 housing costs, weekly, before non-dependant deductions
    housing_costs_non_dependant_deductions: Any  # Sch II para 14, as taken off (never more than the costs)
    appropriate_minimum_guarantee: Any
    deemed_income: Any
    income: Any  # weekly income including deemed income from capital
    guarantee_credit: Any
    savings_credit: Any
    award: Any


def deemed_income_from_capital(capital, *, on, tables: Tables):
    """Weekly income deemed from capital [pence/week]: £1 for each £500, or
    part of £500, by which capital exceeds £10,000 (SI 2002/1792 reg 15(6) as
    substituted by SI 2009/1676 reg 3(2)).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> t = Tables.load()
    >>> [deemed_income_from_capital(c, on=dt.date(2025, 6, 2), tables=t) for c in (1_000_000, 1_000_001, 1_050_000, 1_050_001)]
    [0, 100, 100, 200]
    """
    scalar = not is_array(capital, on)
    cap = pence("capital", capital)
    t = table_on(on)
    disregard = tables.at("pension_credit.capital_disregard", t)
    step = tables.at("pension_credit.deemed_income_step", t)
    each = tables.at("pension_credit.deemed_income", t)
    return out_int(tariff_income(cap, disregard, step, each), scalar)


def severe_disability_addition(couple, qualifying_benefit1, qualifying_benefit2=False, *, on, tables: Tables,
                               carer_paid_for1=False, carer_paid_for2=False, non_dependant=False,
                               blind1=False, blind2=False):
    """Additional amount for severe disability [pence/week] (SI 2002/1792
    reg 6(4)-(5), Sch I para 1). See the module notes.

    ``qualifying_benefitN``: partner N is in receipt of AA, DLA care middle or
    highest, PIP or ADP daily living, or AFIP. ``carer_paid_forN``: someone is
    entitled to and receives Carer's Allowance or Carer Support Payment, or
    has a UC carer element, for caring for partner N. ``non_dependant``: a
    person aged 18 or over normally resides with the claimant (other than one
    Sch I para 2 ignores). ``blindN``: partner N is certified severely sight
    impaired or blind. For a single claimant the partner-2 inputs are ignored.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> t, on = Tables.load(), dt.date(2025, 6, 2)
    >>> severe_disability_addition(False, True, on=on, tables=t), severe_disability_addition(True, True, True, on=on, tables=t)
    (8290, 16580)
    """
    scalar = not is_array(couple, qualifying_benefit1, qualifying_benefit2, on, carer_paid_for1, carer_paid_for2,
                          non_dependant, blind1, blind2)
    c = flag("couple", couple)
    q1, q2 = flag("qualifying_benefit1", qualifying_benefit1), flag("qualifying_benefit2", qualifying_benefit2)
    p1, p2 = flag("carer_paid_for1", carer_paid_for1), flag("carer_paid_for2", carer_paid_for2)
    b1, b2 = flag("blind1", blind1), flag("blind2", blind2)
    nd = flag("non_dependant", non_dependant)
    rates = tables.at("pension_credit.severe_disability_addition", table_on(on))
    amount = severe_disability_amount(c, q1, q2, p1, p2, nd, b1, b2, rates["one_qualifies"], rates["two_qualify"])
    return out_int(amount, scalar)


def carer_addition(couple, carers_allowance1, carers_allowance2=False, *, on, tables: Tables):
    """Additional amount for carers [pence/week]: one for each partner
    entitled to Carer's Allowance or Carer Support Payment, underlying
    entitlement included (SPCA s 2(8); SI 2002/1792 reg 6(6)(a), Sch I Pt II
    para 4(2): "either partner is, or both partners are, entitled").

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> carer_addition(True, True, True, on=dt.date(2025, 6, 2), tables=Tables.load())   # 2 x £46.40
    9280
    """
    scalar = not is_array(couple, carers_allowance1, carers_allowance2, on)
    c = flag("couple", couple)
    a1, a2 = flag("carers_allowance1", carers_allowance1), flag("carers_allowance2", carers_allowance2)
    n = a1.astype(np.int64) + (c & a2)
    return out_int(n * tables.at("pension_credit.carer_addition", table_on(on)), scalar)


def child_additions(child_dates_of_birth, child_disability=None, *, on, tables: Tables, child_tax_credit=False):
    """Additional amounts for children and qualifying young persons
    [pence/week]: ``(child_addition, disabled_child_addition)`` (SI 2002/1792
    reg 6(6)(d), Sch IIA paras 9-10).

    ``child_dates_of_birth``: ``datetime64[D]``, children on the last axis
    (1-d for one household, 2-d for a caseload), eldest first (as
    :class:`entitlements.columns.ChildColumns` orders them), NaT for an empty
    slot. ``child_disability`` (same shape): 0 none, 1 disabled (DLA, PIP or
    CDP, para 9(2)), 2 severely disabled (DLA care highest, PIP daily living
    enhanced, or blind, para 9(3)). ``child_tax_credit``: an award of child
    tax credit exists (then no child amounts).

    The eldest gets the higher amount of para 10 only if born before 6 April
    2017; every other child the para 9(1)(a) amount. No two-child limit.

    >>> import datetime as dt
    >>> import numpy as np
    >>> from entitlements.tables import Tables
    >>> kids = np.array(["2015-05-01", "2018-09-01"], dtype="datetime64[D]")
    >>> child_additions(kids, np.array([1, 0]), on=dt.date(2025, 6, 2), tables=Tables.load())   # 78.10 + 67.42; 36.54
    (14552, 3654)
    """
    dob = np.asarray(child_dates_of_birth)
    if dob.dtype.kind != "M" or dob.ndim < 1:
        raise _input("child_dates_of_birth", dob, "a datetime64[D] array with the children on the last axis (NaT for none)")
    dob = dob.astype("datetime64[D]")
    present = ~np.isnat(dob)
    dis = np.zeros(dob.shape, dtype=np.int64) if child_disability is None else whole(
        "child_disability", child_disability, 0, 2, "a code (0 none, 1 disabled, 2 severely disabled)")
    scalar = dob.ndim == 1 and not is_array(on, child_tax_credit)
    ctc = flag("child_tax_credit", child_tax_credit)
    t = table_on(on)
    rates = tables.at("pension_credit.child_addition", t)
    extra = tables.at("pension_credit.disabled_child_addition", t)
    per = lambda x: np.asarray(x)[..., None] if np.ndim(x) else x  # noqa: E731
    # The eldest present slot (a slot may be empty where a young person is not
    # a qualifying young person): slots are eldest first.
    eldest = present & (np.cumsum(present, axis=-1) == 1)
    eldest_higher = eldest & (dob < _CHILD_BIRTH_CUTOFF)
    each = np.where(eldest_higher, per(rates["eldest_child_born_before_6_april_2017"]), per(rates["each_child"]))
    child = count_children(np.where(present, each, 0))
    disabled = np.where(present & (dis == 2), per(extra["severely_disabled"]), np.where(present & (dis == 1), per(extra["disabled"]), 0))
    disabled_total = count_children(disabled)
    child = np.where(ctc, 0, child)
    disabled_total = np.where(ctc, 0, disabled_total)
    return out_int(child, scalar), out_int(disabled_total, scalar)


#: Periods a year, by ``benefits.housing.RENT_PERIOD_CODES`` (week, two
#: weeks, four weeks, month, three months, year).
_PER_YEAR = np.array([52, 26, 13, 12, 4, 1], dtype=np.int64)


def weekly_housing_costs(amount, period_code):
    """Housing costs of Sch II para 13 as a weekly amount [pence/week]: the
    year's amount divided by 52 (SI 2002/1792 Sch II para 13(1), (3)), a
    fraction of a penny treated as a penny (Sch II para 15). Para 13(3)
    says so for costs paid irregularly, over 53 weeks or in differing
    amounts; for costs paid regularly by the month or the quarter the
    Schedule gives no other rule, and the same conversion is taken.
    ``period_code`` as ``benefits.housing.RENT_PERIOD_CODES`` (0 week, 1 two
    weeks, 2 four weeks, 3 month, 4 three months, 5 year).

    >>> weekly_housing_costs(1500, 0), weekly_housing_costs(6500, 3), weekly_housing_costs(78000, 5)
    (1500, 1500, 1500)
    >>> weekly_housing_costs(10000, 3)   # £100 x 12 / 52 = £23.0769...: £23.08
    2308
    """
    scalar = not is_array(amount, period_code)
    a = pence("owner_housing_costs", amount)
    code = whole("owner_housing_costs_period", period_code, 0, 5, "a period code from 0 (week) to 5 (year)")
    return out_int(-((-a * _PER_YEAR[code]) // 52), scalar)


def housing_costs_addition(housing_costs_weekly, non_dependants=None, *, on, tables: Tables,
                           blind_or_care_benefit=False):
    """Housing costs in the appropriate minimum guarantee [pence/week]:
    ``(housing_costs, non_dependant_deductions)``, the deductions as taken
    off, never more than the costs (SI 2002/1792 reg 6(6)(c), Sch II paras
    13-14).

    ``housing_costs_weekly``: the claimant's (and partner's) weekly costs
    that Sch II para 13(1) meets (service charges, ground rent or rent under
    a long tenancy, rentcharges, co-ownership scheme payments, a Crown
    tenant's payments, a tent and its site), after the para 13(2)
    deductions (fuel, ineligible service charges, repairs and improvements)
    and apportioned to the claimant's share where the responsibility is
    shared (para 6(5)). ``non_dependants``: a
    :class:`~entitlements.benefits.housing_benefit.NonDependants` whose
    ``exempt`` says para 14(7) applies (None: no one). Para 14(1)-(2): the
    same bands as Housing Benefit's (:func:`~entitlements.benefits.housing_benefit.non_dependant_deductions`),
    with the Pension Credit tables. ``blind_or_care_benefit``: the claimant
    or partner is blind, or receives attendance allowance, a DLA care
    component, PIP daily living or AFIP: no deductions (para 14(6)).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> from entitlements.benefits.housing_benefit import NonDependants
    >>> nd = NonDependants(age=[30], gross_weekly_income=[-1], remunerative_work=[False], exempt=[False])
    >>> housing_costs_addition(2500, nd, on=dt.date(2025, 6, 2), tables=Tables.load())   # £25.00 less £19.65
    (2500, 1965)
    >>> housing_costs_addition(1500, nd, on=dt.date(2025, 6, 2), tables=Tables.load())   # never below nil
    (1500, 1500)
    """
    from .housing_benefit import non_dependant_deductions

    scalar = not is_array(housing_costs_weekly, on, blind_or_care_benefit) and (
        non_dependants is None or np.ndim(non_dependants.age) <= 1)
    costs = pence("housing_costs_weekly", housing_costs_weekly)
    if non_dependants is None:
        deductions = np.zeros_like(costs)
    else:
        deductions = non_dependant_deductions(non_dependants, on=on, tables=tables,
                                              blind_or_care_benefit=blind_or_care_benefit, scheme="pension_credit")
    # Para 14(1): deductions "from the amount to be met ... in respect of housing costs": nothing below nil.
    taken = np.minimum(np.asarray(deductions, dtype=np.int64), costs)
    return out_int(costs, scalar), out_int(taken, scalar)


def savings_credit(couple, income, qualifying_income, appropriate_minimum_guarantee, *, on, tables: Tables):
    """Savings credit [pence/week] for a claimant who meets the age
    condition: amount A - amount B, never below nil (SPCA s 3(3)-(4);
    SI 2002/1792 reg 7). ``income`` and ``qualifying_income`` include deemed
    income from capital.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> savings_credit(False, 25000, 25000, 22710, on=dt.date(2025, 6, 2), tables=Tables.load())   # 17.30 - 9.16
    814
    """
    scalar = not is_array(couple, income, qualifying_income, appropriate_minimum_guarantee, on)
    c = flag("couple", couple)
    inc = pence("income", income)
    qi = pence("qualifying_income", qualifying_income)
    amg = pence("appropriate_minimum_guarantee", appropriate_minimum_guarantee)
    t = table_on(on)
    threshold = np.where(c, *(tables.at("pension_credit.savings_credit_threshold", t, k) for k in ("couple", "single")))
    maximum = np.where(c, *(tables.at("pension_credit.savings_credit_maximum", t, k) for k in ("couple", "single")))
    pc = tables.at("pension_credit.savings_credit_percentages", t)
    # Reg 7(4): a fraction of a penny in amount A or B is taken to the
    # claimant's advantage: A rounded up, B rounded down.
    amount_a = np.minimum(maximum, _percent_rounded(np.maximum(qi - threshold, 0), pc["amount_a"], up=True))
    amount_b = _percent_rounded(np.maximum(inc - amg, 0), pc["amount_b"], up=False)
    return out_int(np.maximum(amount_a - amount_b, 0), scalar)


def weekly_earnings_counted(monthly_net_earnings, couple, higher_disregard, *, on, tables: Tables):
    """Earnings counted as weekly income for Pension Credit [pence/week]
    (SPCA 2002 s 15(1)(a): earnings are income; SI 2002/1792 reg 17(9)-(10)):
    net monthly earnings (after income tax and NI, reg 17(10)) as a weekly
    amount, x 12 / 52 (reg 17(1)(b)(i): "by multiplying the amount of the
    payment by 12 and dividing the product by 52", read 2026-12-08) with a
    fraction of a penny disregarded. The Regulations give no rounding rule
    for that conversion (regs 1-25 read: the only ones are reg 7(4), amounts
    A and B of the savings credit, and Sch II para 15, housing costs, each
    to the claimant's advantage); the library takes the fraction the same
    way, to the claimant's advantage. Housing Benefit rounds the same
    earnings half up (SI 2006/214 reg 61(6)), so £117.43 a month is £27.09
    here and £27.10 there. Less
    the Sch VI disregard: £20 where ``higher_disregard`` (lone parent, carer,
    disabled: see ``pension_credit.earnings_disregard``), else £5 for a single
    claimant and £10 for a couple, never more than the earnings.

    The earnings are the UC net figure (reg 55(5), relievable pension
    contributions deducted in full); reg 17A on the deduction of pension
    contributions for Pension Credit was not read.

    >>> import datetime as dt
    >>> weekly_earnings_counted(40000, False, False, on=dt.date(2025, 6, 2), tables=Tables.load())  # 400 x 12 / 52 = 92.30; - 5
    8730
    """
    scalar = not is_array(monthly_net_earnings, couple, higher_disregard, on)
    earnings = pence("monthly_net_earnings", monthly_net_earnings) * 12 // 52
    c = flag("couple", couple)
    higher = flag("higher_disregard", higher_disregard)
    d = tables.at("pension_credit.earnings_disregard", table_on(on))
    disregard = np.where(higher, d["higher"], np.where(c, d["couple"], d["single"]))
    return out_int(np.maximum(earnings - disregard, 0), scalar)


# Over 100 lines on purpose: the guarantee credit and the savings credit (SPCA
# 2002 ss 2-3 and SI 2002/1792) in the order the Act works them out, each
# step cited where it is taken.
# Long because: the signature (29 facts the law asks for) and their documentation
# take 92 lines; the body is 48, one named rule a line (amg with housing costs, deemed income, savings credit).
def pension_credit(
    couple,
    reached_qualifying_age1,
    reached_qualifying_age2,
    weekly_income,
    capital,
    *,
    on,
    tables: Tables,
    qualifying_income_weekly=None,
    mixed_age_protected=False,
    qualifying_benefit1=False,
    qualifying_benefit2=False,
    carer_paid_for1=False,
    carer_paid_for2=False,
    non_dependant=False,
    blind1=False,
    blind2=False,
    carers_allowance1=False,
    carers_allowance2=False,
    child_dates_of_birth=None,
    child_disability=None,
    child_tax_credit=False,
    reached_pension_age_before_6_april_2016_1=False,
    reached_pension_age_before_6_april_2016_2=False,
    savings_credit_protected=False,
    housing_costs_weekly=0,
    housing_non_dependants=None,
    housing_blind_or_care_benefit=False,
) -> PensionCreditCalculation:
    """State Pension Credit for a benefit week [pence/week]. See the module
    notes for the law.

    Inputs (scalars for one benefit unit, arrays for a caseload):

    couple
        The claimant is a member of a couple (claims with a partner).
    reached_qualifying_age1, reached_qualifying_age2
        Each partner has reached the qualifying age on ``on`` (see
        :func:`entitlements.benefits.pension_age.has_reached_pension_credit_qualifying_age`);
        the second is ignored for a single claimant.
    weekly_income
        The claimant's and partner's income for Pension Credit [pence/week]
        other than capital: State Pension, occupational and personal
        pensions, earnings after the Sch VI disregards, Carer's Allowance
        and other benefits that count (reg 15(1)); not AA, DLA, PIP, Child
        Benefit.
    capital
        Capital of both [pence] (deemed income is added).
    qualifying_income_weekly
        Income that is qualifying income for savings credit (reg 9) other
        than capital [pence/week]; defaults to ``weekly_income``.
    mixed_age_protected
        A mixed-age couple entitled to Pension Credit since before 15 May
        2019 (SI 2019/37 art 4).
    qualifying_benefitN, carer_paid_forN, non_dependant, blindN
        Severe disability addition: see :func:`severe_disability_addition`.
    carers_allowanceN
        Partner N is entitled to Carer's Allowance or Carer Support Payment
        (underlying entitlement counts): see :func:`carer_addition`.
    child_dates_of_birth, child_disability, child_tax_credit
        Child additions: see :func:`child_additions` (None for no children).
    reached_pension_age_before_6_april_2016_N, savings_credit_protected
        Savings credit age condition (SPCA s 3(1)) and reg 7A protection.
    housing_costs_weekly, housing_non_dependants, housing_blind_or_care_benefit
        Housing costs (reg 6(6)(c), Sch II) [pence/week], the non-dependants
        and whether para 14(6) stops their deductions: see
        :func:`housing_costs_addition`.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> r = pension_credit(False, True, False, 20000, 0, on=dt.date(2025, 6, 2), tables=Tables.load())
    >>> r.guarantee_credit          # £227.10 - £200.00
    2710
    """
    scalar = not is_array(couple, reached_qualifying_age1, reached_qualifying_age2, weekly_income, capital, on,
                          qualifying_income_weekly, mixed_age_protected, qualifying_benefit1, qualifying_benefit2,
                          carer_paid_for1, carer_paid_for2, non_dependant, blind1, blind2, carers_allowance1,
                          carers_allowance2, child_tax_credit, reached_pension_age_before_6_april_2016_1,
                          reached_pension_age_before_6_april_2016_2, savings_credit_protected, housing_costs_weekly,
                          housing_blind_or_care_benefit) and (
        child_dates_of_birth is None or np.ndim(child_dates_of_birth) <= 1) and (
        housing_non_dependants is None or np.ndim(housing_non_dependants.age) <= 1)
    c = flag("couple", couple)
    r1 = flag("reached_qualifying_age1", reached_qualifying_age1)
    r2 = flag("reached_qualifying_age2", reached_qualifying_age2) & c
    protected = flag("mixed_age_protected", mixed_age_protected)
    income_other = pence("weekly_income", weekly_income)
    qi_other = income_other if qualifying_income_weekly is None else pence("qualifying_income_weekly", qualifying_income_weekly)
    t = table_on(on)

    mixed = c & (r1 != r2) & ~protected
    under = ~(r1 | r2)  # r2 is False for a single claimant
    reason = np.where(under, 1, np.where(mixed, 2, 0))

    smg = np.where(c, *(tables.at("pension_credit.standard_minimum_guarantee", t, k) for k in ("couple", "single")))
    sda = severe_disability_addition(c, qualifying_benefit1, qualifying_benefit2, on=on, tables=tables,
                                     carer_paid_for1=carer_paid_for1, carer_paid_for2=carer_paid_for2,
                                     non_dependant=non_dependant, blind1=blind1, blind2=blind2)
    carer = carer_addition(c, carers_allowance1, carers_allowance2, on=on, tables=tables)
    if child_dates_of_birth is None:
        child, disabled_child = 0, 0
    else:
        child, disabled_child = child_additions(child_dates_of_birth, child_disability, on=on, tables=tables,
                                                child_tax_credit=child_tax_credit)
    housing, housing_nd = housing_costs_addition(housing_costs_weekly, housing_non_dependants, on=on, tables=tables,
                                                 blind_or_care_benefit=housing_blind_or_care_benefit)
    amg = smg + sda + carer + child + disabled_child + housing - housing_nd

    deemed = deemed_income_from_capital(capital, on=on, tables=tables)
    income = income_other + deemed
    guarantee = np.where(income <= amg, amg - income, 0)

    sc1 = flag("reached_pension_age_before_6_april_2016_1", reached_pension_age_before_6_april_2016_1)
    sc2 = flag("reached_pension_age_before_6_april_2016_2", reached_pension_age_before_6_april_2016_2) & c
    sc_protected = flag("savings_credit_protected", savings_credit_protected)
    sc_mixed = c & (sc1 != sc2)  # reg 7A "mixed-age couple" (SPCA s 3ZA(3))
    sc_eligible = (sc1 | sc2) & (~sc_mixed | sc_protected)
    sc = savings_credit(c, income, qi_other + deemed, amg, on=on, tables=tables)
    sc = np.where(sc_eligible, sc, 0)

    assessed = reason == 0
    fields = dict(
        reason=reason,
        standard_minimum_guarantee=smg,
        severe_disability_addition=sda,
        carer_addition=carer,
        child_addition=child,
        disabled_child_addition=disabled_child,
        housing_costs=housing,
        housing_costs_non_dependant_deductions=housing_nd,
        appropriate_minimum_guarantee=amg,
        deemed_income=deemed,
        income=income,
        guarantee_credit=np.where(assessed, guarantee, 0),
        savings_credit=np.where(assessed, sc, 0),
        award=np.where(assessed, guarantee + sc, 0),
    )
    shape = np.broadcast(*[np.asarray(v) for v in fields.values()]).shape
    return PensionCreditCalculation(**{k: out_int(np.broadcast_to(v, shape), scalar) for k, v in fields.items()})


def _percent_rounded(amount, percent, *, up: bool):
    """``percent`` % of ``amount`` [pence], a fraction of a penny rounded up
    or down (``percent`` a Fraction of 100, or a per-row PercentArray)."""
    num = np.asarray(amount, dtype=np.int64) * percent.numerator
    den = np.asarray(percent.denominator, dtype=np.int64) * 100
    return -((-num) // den) if up else num // den


def _input(field, value, expected):
    from ..errors import InputError

    return InputError(field, str(getattr(value, "dtype", value)), expected)
