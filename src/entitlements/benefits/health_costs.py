"""NHS help with health costs: who gets free prescriptions, and full or partial
help with dental charges, sight tests, glasses and hospital travel [routes].

England: the National Health Service (Travel Expenses and Remission of
Charges) Regulations 2003 (SI 2003/2382), read. A person has **full help**
with NHS charges (prescriptions, dental treatment, glasses vouchers) and
hospital travel without a claim if they receive income support, income-based
JSA, income-related ESA or Pension Credit guarantee credit, or are in their
family (reg 5(1)(a)-(d)), or are a "relevant universal credit recipient"
(reg 5(1)(f), (1A)): in the assessment period before the one in which the
charge is paid, an award of UC with earned income of £435 or less (no child
element, no LCW) or £935 or less (child element, or a claimant with
LCW/LCWRA), and their children (``passports.nhs_uc_earnings_limit``). Others
may claim under the **NHS Low Income Scheme** (Part IV): capital not above
the limit (``passports.low_income_scheme_capital_limit``) and income
resources not above requirements, or above them by no more than half the
prescription charge, give full help (an HC2 certificate, reg 5(2)(e)); a
larger excess gives partial help (HC3, reg 6): the person pays three times
the weekly excess towards a charge and the excess towards a week's travel
(reg 6(3)); partial help is not given for prescribed drugs (reg 6(2)).
Requirements are the Income Support applicable amount (as modified by
Sch 1) plus weekly council tax less housing benefit (reg 17); income is
reckoned by the Income Support rules (reg 16). This module does the
comparison; the applicable amount and income are for the caller (the Income
Support tables are not in ``rules/``). Tax credits no longer passport
(reg 5(1)(e) is omitted in the text read).

Prescriptions in England are also free (SI 2015/570 reg 10(1), read) under
16, under 19 in qualifying full-time education, at 60 or over, with a
maternity exemption certificate (pregnant or a birth in the last 12 months),
a medical or cancer exemption certificate, a war pension exemption, or a
prepayment certificate (``passports.prescription_exempt_ages``; the charges
are ``passports.prescription_charge``). Dental treatment (``passports.
dental_charges``) is also free under 18, under 19 in full-time education,
and in pregnancy or within 12 months of a birth (National Health Service
(Dental Charges) Regulations 2005: summarised, not read).

Wales and Scotland charge nothing for a prescription on their own forms:
National Health Service (Free Prescriptions and Charges for Drugs and
Appliances) (Wales) Regulations 2007 (SI 2007/121 (W.11)) reg 3(1), and the
(Scotland) Regulations 2011 (SSI 2011/55) reg 3(1), both read. For dental
charges, glasses and travel each has its own remission regulations. In
Scotland (National Health Service (Travelling Expenses and Remission of
Charges) (Scotland) (No. 2) Regulations 2003, SSI 2003/460, read in a stored
text that is not current): full remission and travel for income-based JSA,
guarantee credit and other listed groups and their families (reg 4(2)),
partial help on the same arithmetic as England's HC3 - three times the
weekly excess towards a charge, the excess towards a week's travel - for
dental treatment, appliances and travel (reg 5), and help with travel to
hospital from the Highlands and Islands of 30 miles or more (or 5 miles by
sea) above an £8 contribution (reg 7). The Universal Credit route in force in
Scotland was not in the text read, and the Welsh regulations were not read,
so :func:`nhs_health_costs` answers ``ROUTE_OTHER_NATION`` for both (ask the
local rules) rather than guess.

Every function is numeric (scalars for one person, arrays for a caseload)
and answers codes from ``ROUTES`` (an int, or an int64 array).
"""

from __future__ import annotations

import numpy as np

from ..errors import InputError
from ..tables import Tables
from ._numeric import flag, is_array, nation, out_bool, out_int, pence, table_on, whole

__all__ = [
    "ROUTES",
    "ROUTE_NONE",
    "ROUTE_NATION",
    "ROUTE_AGE",
    "ROUTE_FULL_TIME_EDUCATION",
    "ROUTE_MATERNITY_EXEMPTION",
    "ROUTE_MEDICAL_EXEMPTION",
    "ROUTE_QUALIFYING_BENEFIT",
    "ROUTE_GUARANTEE_CREDIT",
    "ROUTE_UNIVERSAL_CREDIT",
    "ROUTE_LOW_INCOME_HC2",
    "ROUTE_LOW_INCOME_HC3",
    "ROUTE_OTHER_NATION",
    "uc_health_costs_passport",
    "low_income_scheme_requirements",
    "low_income_scheme",
    "hc3_charge_payable",
    "hc3_travel_payable",
    "nhs_health_costs",
    "free_prescriptions",
]

#: Why help is given, by code (the position in this tuple), with the law.
ROUTES = (
    ("none", "no help found from the facts given"),
    ("nation", "no prescription charge in Wales (SI 2007/121 (W.11) reg 3(1)) or Scotland (SSI 2011/55 reg 3(1))"),
    ("age", "under 16 or 60 or over (SI 2015/570 reg 10(1)(a), (c))"),
    ("full_time_education", "under 19 in qualifying full-time education (SI 2015/570 reg 10(1)(b))"),
    ("maternity_exemption", "maternity exemption certificate (SI 2015/570 reg 10(1)(d))"),
    ("medical_exemption", "medical or cancer exemption certificate (SI 2015/570 reg 10(1)(e)-(g))"),
    ("qualifying_benefit", "income support, income-based JSA or income-related ESA (SI 2003/2382 reg 5(1)(a), (b), (cc), (d))"),
    ("guarantee_credit", "Pension Credit guarantee credit (SI 2003/2382 reg 5(1)(c))"),
    ("universal_credit", "Universal Credit with earned income within the limit (SI 2003/2382 reg 5(1)(f), (1A))"),
    ("low_income_hc2", "NHS Low Income Scheme, full help: HC2 (SI 2003/2382 regs 5(2)(e), 15-17)"),
    ("low_income_hc3", "NHS Low Income Scheme, partial help: HC3 (SI 2003/2382 regs 6, 15-17)"),
    ("other_nation", "Wales or Scotland: their own remission rules (not encoded; ask)"),
)
(
    ROUTE_NONE,
    ROUTE_NATION,
    ROUTE_AGE,
    ROUTE_FULL_TIME_EDUCATION,
    ROUTE_MATERNITY_EXEMPTION,
    ROUTE_MEDICAL_EXEMPTION,
    ROUTE_QUALIFYING_BENEFIT,
    ROUTE_GUARANTEE_CREDIT,
    ROUTE_UNIVERSAL_CREDIT,
    ROUTE_LOW_INCOME_HC2,
    ROUTE_LOW_INCOME_HC3,
    ROUTE_OTHER_NATION,
) = range(len(ROUTES))


def uc_health_costs_passport(uc_award, earned_income, child_element, limited_capability, *, on, tables: Tables):
    """Whether a Universal Credit claimant (and their children) get full NHS
    help with health costs in England: a "relevant universal credit
    recipient" (SI 2003/2382 reg 5(1)(f), (1A)).

    ``uc_award``: an award of UC in the relevant assessment period (the one
    before the assessment period in which the charge is paid, reg 5(1D));
    ``earned_income``: the claimant's, or joint claimants' combined, earned
    income in that period [pence]; ``child_element``: the award included the
    child element; ``limited_capability``: a claimant had LCW or LCWRA.
    ``on``: the day the charge is made. The limit is £435.00, or £935.00 with
    a child element or LCW (``passports.nhs_uc_earnings_limit``); earned
    income equal to the limit qualifies ("or less").

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> t = Tables.load()
    >>> uc_health_costs_passport(True, 93500, True, False, on=dt.date(2026, 6, 1), tables=t)
    True
    >>> uc_health_costs_passport(True, 93501, True, False, on=dt.date(2026, 6, 1), tables=t)
    False
    """
    scalar = not is_array(uc_award, earned_income, child_element, limited_capability, on)
    award = flag("uc_award", uc_award)
    earned = pence("earned_income", earned_income)
    higher = flag("child_element", child_element) | flag("limited_capability", limited_capability)
    limits = tables.at("passports.nhs_uc_earnings_limit", table_on(on))
    limit = np.where(higher, limits["with_child_or_lcw"], limits["without_child_or_lcw"])
    return out_bool(award & (earned <= limit), scalar)


def low_income_scheme_requirements(applicable_amount_weekly, council_tax_weekly, housing_benefit_weekly):
    """NHS Low Income Scheme requirements [pence/week] (SI 2003/2382 reg 17(1)):
    the weekly Income Support applicable amount (as modified by Sch 1
    Table B) plus the weekly council tax the claimant or partner is liable to
    pay (a joint liability with others than the partner is divided by the
    number liable, reg 17(2)-(3): pass the share), less weekly housing
    benefit. May be below nil where housing benefit is the larger.

    >>> low_income_scheme_requirements(9290, 2500, 0)
    11790
    """
    scalar = not is_array(applicable_amount_weekly, council_tax_weekly, housing_benefit_weekly)
    a = pence("applicable_amount_weekly", applicable_amount_weekly)
    ct = pence("council_tax_weekly", council_tax_weekly)
    hb = pence("housing_benefit_weekly", housing_benefit_weekly)
    return out_int(a + ct - hb, scalar)


def low_income_scheme(income_weekly, requirements_weekly, capital, care_home=False, *, on, tables: Tables):
    """The NHS Low Income Scheme's answer: ``(route, excess)``.

    ``route`` is ``ROUTE_LOW_INCOME_HC2`` (full help: capital not above the
    limit, and income resources not above requirements or above them by
    half the prescription charge or less, reg 5(2)(e)), ``ROUTE_LOW_INCOME_HC3``
    (partial help: capital within the limit and a larger excess, reg 6(1)),
    or ``ROUTE_NONE``. ``excess`` is the weekly amount by which income
    resources exceed requirements [pence, nil if none], the figure an HC3
    certificate works from (:func:`hc3_charge_payable`).

    ``income_weekly`` and ``requirements_weekly`` [pence/week] are reckoned by
    the Income Support rules as SI 2003/2382 regs 16-17 modify them
    (:func:`low_income_scheme_requirements`); ``capital`` [pence]; ``care_home``:
    lives permanently in a care home or Care Act accommodation (the higher
    capital limit, reg 2). "Half the charge" compares exactly in pence:
    2 x excess <= the single-item prescription charge.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> low_income_scheme(12285, 11790, 300000, on=dt.date(2026, 6, 1), tables=Tables.load())   # excess £4.95
    (9, 495)
    """
    scalar = not is_array(income_weekly, requirements_weekly, capital, care_home, on)
    income = pence("income_weekly", income_weekly)
    requirements = np.asarray(requirements_weekly)
    if isinstance(requirements_weekly, (bool, np.bool_)) or requirements.dtype.kind not in "iu":
        raise InputError("requirements_weekly", requirements_weekly if requirements.ndim == 0 else str(requirements.dtype),
                         "a whole number of pence a week (it may be below nil)")
    cap = pence("capital", capital)
    home = flag("care_home", care_home)
    day = table_on(on)
    limits = tables.at("passports.low_income_scheme_capital_limit", day)
    capital_ok = cap <= np.where(home, limits["care_home"], limits["general"])
    charge = tables.at("passports.prescription_charge", day, "single_item")
    excess = np.maximum(income - requirements.astype(np.int64), 0)
    full = capital_ok & (2 * excess <= charge)
    route = np.where(full, ROUTE_LOW_INCOME_HC2, np.where(capital_ok, ROUTE_LOW_INCOME_HC3, ROUTE_NONE))
    return out_int(route, scalar), out_int(np.where(capital_ok, excess, 0), scalar)


def hc3_charge_payable(charge, excess_weekly):
    """What a person with partial help (HC3) pays towards one NHS charge
    [pence]: three times the weekly excess of income over requirements, but
    never more than the charge (SI 2003/2382 reg 6(3)(a): the remission is
    "the difference between the charge and three times the amount by which
    his income resources exceed his requirements"). For dental treatment the
    charge is that for one course of treatment (reg 6(4)). Prescribed drugs
    get no partial help (reg 6(2)): this is for dental charges, glasses and
    appliances.

    >>> hc3_charge_payable(7660, 1500)    # band 2 £76.60, excess £15.00: pays £45.00
    4500
    """
    scalar = not is_array(charge, excess_weekly)
    c = pence("charge", charge)
    e = pence("excess_weekly", excess_weekly)
    return out_int(np.minimum(c, 3 * e), scalar)


def hc3_travel_payable(travel_expenses_weekly, excess_weekly):
    """What a person with partial help (HC3) pays towards a week's NHS
    travel expenses [pence]: the weekly excess, but no more than the
    expenses (SI 2003/2382 reg 6(3)(b)).

    >>> hc3_travel_payable(2400, 1500)
    1500
    """
    scalar = not is_array(travel_expenses_weekly, excess_weekly)
    t = pence("travel_expenses_weekly", travel_expenses_weekly)
    e = pence("excess_weekly", excess_weekly)
    return out_int(np.minimum(t, e), scalar)


def nhs_health_costs(nation_of_residence, qualifying_benefit, guarantee_credit, uc_passport,
                     low_income_route=ROUTE_NONE):
    """Full or partial NHS help with dental charges, glasses vouchers, sight
    tests and hospital travel, and the route that gives it (a code of
    ``ROUTES``), in England (SI 2003/2382 regs 5-6).

    ``qualifying_benefit``: the person (or a member of their family) receives
    income support, income-based JSA or income-related ESA (reg 5(1)(a), (b),
    (cc), (d)); ``guarantee_credit``: Pension Credit guarantee credit
    (reg 5(1)(c)); ``uc_passport``: from :func:`uc_health_costs_passport`;
    ``low_income_route``: from :func:`low_income_scheme` (an HC2 or HC3
    certificate), if claimed. The first route that applies is given, benefits
    before the Low Income Scheme (which needs a claim, reg 5(2), 7). Wales
    and Scotland: ``ROUTE_OTHER_NATION`` (their rules are not encoded).
    Age and pregnancy exemptions differ by charge and are not answered here
    (see :func:`free_prescriptions` and the module notes).

    >>> nhs_health_costs("england", False, True, False)
    7
    >>> nhs_health_costs("scotland", False, True, False)
    11
    """
    scalar = not is_array(nation_of_residence, qualifying_benefit, guarantee_credit, uc_passport, low_income_route)
    country = nation("nation_of_residence", nation_of_residence)
    lis = whole("low_income_route", low_income_route, 0, len(ROUTES) - 1, "a route code")
    if np.any((lis != ROUTE_NONE) & (lis != ROUTE_LOW_INCOME_HC2) & (lis != ROUTE_LOW_INCOME_HC3)):
        raise InputError("low_income_route", low_income_route if np.ndim(lis) == 0 else "an array",
                         f"{ROUTE_NONE} (none), {ROUTE_LOW_INCOME_HC2} (HC2) or {ROUTE_LOW_INCOME_HC3} (HC3)")
    route = np.select(
        [
            country != 0,
            flag("qualifying_benefit", qualifying_benefit),
            flag("guarantee_credit", guarantee_credit),
            flag("uc_passport", uc_passport),
        ],
        [ROUTE_OTHER_NATION, ROUTE_QUALIFYING_BENEFIT, ROUTE_GUARANTEE_CREDIT, ROUTE_UNIVERSAL_CREDIT],
        default=lis,
    )
    return out_int(route, scalar)


def free_prescriptions(nation_of_residence, age, full_time_education=False, maternity_exemption=False,
                       medical_exemption=False, health_costs_route=ROUTE_NONE, *, on, tables: Tables):
    """Whether NHS prescriptions are free, and why: ``(free, route)``.

    Wales and Scotland: always (``ROUTE_NATION``). England (SI 2015/570
    reg 10(1), SI 2003/2382 reg 5): under 16 or 60 or over (``ROUTE_AGE``;
    age in whole years on the day the prescription is presented, reg 10(8));
    under 19 in qualifying full-time education; a maternity exemption
    certificate; a medical (or cancer) exemption certificate; or full help
    with health costs (``health_costs_route`` from :func:`nhs_health_costs`:
    a qualifying benefit, guarantee credit, UC within the limits, or HC2).
    HC3 does not cover prescribed drugs (SI 2003/2382 reg 6(2)). The first
    route that applies is given.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> free_prescriptions("england", 60, on=dt.date(2026, 6, 1), tables=Tables.load())
    (True, 2)
    >>> free_prescriptions("england", 59, on=dt.date(2026, 6, 1), tables=Tables.load())
    (False, 0)
    """
    scalar = not is_array(nation_of_residence, age, full_time_education, maternity_exemption, medical_exemption,
                          health_costs_route, on)
    country = nation("nation_of_residence", nation_of_residence)
    years = whole("age", age, 0, 130, "an age in whole years")
    hc = whole("health_costs_route", health_costs_route, 0, len(ROUTES) - 1, "a route code")
    ages = tables.at("passports.prescription_exempt_ages", table_on(on))
    full_help = (hc == ROUTE_QUALIFYING_BENEFIT) | (hc == ROUTE_GUARANTEE_CREDIT) | (hc == ROUTE_UNIVERSAL_CREDIT) | (
        hc == ROUTE_LOW_INCOME_HC2)
    route = np.select(
        [
            country != 0,
            (years < ages["under"]) | (years >= ages["from"]),
            flag("full_time_education", full_time_education) & (years < ages["under_in_full_time_education"]),
            flag("maternity_exemption", maternity_exemption),
            flag("medical_exemption", medical_exemption),
            full_help,
        ],
        [ROUTE_NATION, ROUTE_AGE, ROUTE_FULL_TIME_EDUCATION, ROUTE_MATERNITY_EXEMPTION, ROUTE_MEDICAL_EXEMPTION, hc],
        default=ROUTE_NONE,
    )
    return out_bool(route != ROUTE_NONE, scalar), out_int(route, scalar)
