"""Help that comes with benefits ("passported" help), besides NHS health
costs: food (Healthy Start, Best Start Foods), maternity grants, free school
meals, the Warm Home Discount, Cold Weather Payments, a free TV licence and
broadband social tariffs [who qualifies, and the value in pence].

NHS help with health costs is :mod:`entitlements.benefits.health_costs`; how
far a new claim can be backdated is :mod:`entitlements.benefits.backdating`.
Each function cites the provision it follows; each rule table in
``rules/passports/`` carries its sources and says which figures could not be
verified (``verified = false`` rows: read their notes before relying on them,
e.g. ``tables.row("passports.healthy_start_values", on).verified``).

Every function is numeric: scalars for one household (answers Python ints or
bools) or arrays for a caseload (int64 or bool arrays), with ``on`` a date or
a ``datetime64[D]`` array. Reason codes are positions in the ``*_ROUTES``
tuples, which also say the law behind each.

Wiring
------
The household model (:class:`entitlements.Household`) does not yet hold these
facts, which the benefit check needs to call this module (and
:mod:`.health_costs`, :mod:`.backdating`):

- **Universal Credit award facts by assessment period**: whether there is an
  award, and earned income in each of the last three assessment periods (the
  model has one monthly figure); whether the award includes the child element
  (derivable from children) or LCW/LCWRA (the model has ``lcw``/``lcwra``).
- **Legacy income-related benefits**: income support, income-based JSA,
  income-related ESA, housing benefit (a flag each); Pension Credit
  **guarantee credit** in payment (derivable from the Pension Credit
  calculation, but not a field).
- **Pregnancy**: whether someone is pregnant, weeks of pregnancy (Healthy
  Start from 10 weeks; Best Start pregnancy payment from 24 weeks) and the
  expected date of birth (Sure Start Maternity Grant time limit).
- **A child's school year** (``school_year``: 1 = Reception in England and
  Wales or P1 in Scotland, up to 14 = Year 13 / S6); whether a 16-18-year-old
  is in qualifying full-time education.
- **NHS exemption certificates**: maternity exemption, medical or cancer
  exemption, prepayment certificate; and, to value free prescriptions, the
  number of items a month.
- **NHS Low Income Scheme**: the Income Support applicable amount, weekly
  council tax and housing benefit, weekly income by Income Support rules, and
  whether the person lives permanently in a care home.
- **Energy**: who holds the electricity account; for Warm Home Discount before
  2025-26, whether the home has a "high cost to heat" score; for Cold Weather
  Payments, whether each UC claimant is employed or self-employed and whether
  the award has the disabled child element.
- **Reasons for a late claim** (backdating): a listed circumstance for UC or
  JSA, good cause for Housing Benefit, and the date of claim.
- **Sure Start Maternity Grant**: whether another child under 16 is in the
  family (the first-child rule, reg 5A, not read).
"""

from __future__ import annotations

import numpy as np

from ..dates import months_later
from ..errors import InputError
from ..tables import Tables
from ._numeric import days as _days
from ._numeric import flag, is_array, nation, out_bool, out_int, pence, table_on, whole

__all__ = [
    "children_aged",
    "healthy_start_qualifying",
    "healthy_start_weekly",
    "best_start_foods_weekly",
    "best_start_pregnancy_and_baby_grant_eligible",
    "sure_start_maternity_grant",
    "FSM_ROUTES",
    "usual_school_year",
    "free_school_meals",
    "WHD_ROUTES",
    "warm_home_discount",
    "cold_weather_payment_eligible",
    "free_tv_licence",
    "SOCIAL_TARIFF_ROUTES",
    "broadband_social_tariff",
]

_ENGLAND, _WALES, _SCOTLAND = 0, 1, 2


def children_aged(child_dates_of_birth, from_years: int, under_years: int, *, on):
    """How many children have reached ``from_years`` but not ``under_years``
    on ``on`` (children on the last axis, NaT for an empty slot). A birthday
    on 29 February falls on 28 February in a common year.

    >>> import datetime as dt
    >>> kids = np.array(["2026-01-10", "2024-03-01", "NaT"], dtype="datetime64[D]")
    >>> children_aged(kids, 0, 1, on=dt.date(2026, 6, 1)), children_aged(kids, 1, 4, on=dt.date(2026, 6, 1))
    (1, 1)
    """
    dob = np.asarray(child_dates_of_birth)
    if dob.dtype.kind != "M" or dob.ndim < 1:
        raise InputError("child_dates_of_birth", str(dob.dtype),
                         "a datetime64[D] array with the children on the last axis (NaT for none)")
    dob = dob.astype("datetime64[D]")
    day = _days(on)
    day = day[..., None] if day.ndim else day
    present = ~np.isnat(dob)
    safe = np.where(present, dob, np.datetime64("2000-01-01", "D"))
    start = months_later(safe, 12 * from_years)
    end = months_later(safe, 12 * under_years)
    count = (present & (start <= day) & (day < end)).sum(axis=-1).astype(np.int64)
    return int(count) if count.ndim == 0 else count


def healthy_start_qualifying(uc_award, uc_earned_income, legacy_benefit, *, on, tables: Tables):
    """Whether a family's benefits qualify it for Healthy Start (England and
    Wales, SI 2005/3262 reg 3(3), (8)): income support or income-based JSA
    (or, for a pregnant woman, income-related ESA) - ``legacy_benefit`` - or
    Universal Credit with earned income (single, or a couple's combined) of
    £408 or less in the most recent complete assessment period or the one
    before (``uc_earned_income``: the lower of the two, pence).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> healthy_start_qualifying(True, 40800, False, on=dt.date(2026, 6, 1), tables=Tables.load())
    True
    """
    scalar = not is_array(uc_award, uc_earned_income, legacy_benefit, on)
    limit = tables.at("passports.healthy_start_uc_earnings_limit", table_on(on))
    uc = flag("uc_award", uc_award) & (pence("uc_earned_income", uc_earned_income) <= limit)
    return out_bool(uc | flag("legacy_benefit", legacy_benefit), scalar)


def _food_inputs(qualifying, pregnant, children_under_1, older, under_18, on):
    """The checked inputs of the food schemes: whether the call is scalar,
    then the flags and the two counts of children (``older`` is the older
    children's count and its field name)."""
    count, name = older
    scalar = not is_array(qualifying, pregnant, children_under_1, count, under_18, on)
    return (scalar, flag("qualifying", qualifying), flag("pregnant", pregnant), flag("under_18", under_18),
            whole("children_under_1", children_under_1, 0, 20, "a number of children"),
            whole(name, count, 0, 20, "a number of children"))


def healthy_start_weekly(qualifying, pregnant, children_under_1, children_1_to_3, under_18=False, *, on,
                         tables: Tables):
    """Healthy Start food benefit [pence/week] (England and Wales; SI 2005/3262
    reg 3; values ``passports.healthy_start_values``, unverified).

    ``qualifying``: from :func:`healthy_start_qualifying`; ``pregnant``: a
    woman in the family more than 10 weeks pregnant; ``children_under_1``,
    ``children_1_to_3``: children under 1, and aged 1 to 3 (under 4) (see
    :func:`children_aged`); ``under_18``: the pregnant woman is under 18,
    who qualifies in pregnancy without a benefit (reg 3(3)(b)). A baby's rate
    is twice the basic rate; each child counts (reg 3(4)).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> healthy_start_weekly(True, True, 1, 1, on=dt.date(2025, 6, 1), tables=Tables.load())   # 4.25 + 8.50 + 4.25
    1700
    """
    scalar, q, preg, young, babies, toddlers = _food_inputs(
        qualifying, pregnant, children_under_1, (children_1_to_3, "children_1_to_3"), under_18, on)
    v = tables.at("passports.healthy_start_values", table_on(on))
    amount = np.where(preg & (q | young), v["pregnancy"], 0) + np.where(
        q, babies * v["child_under_1"] + toddlers * v["child_1_to_3"], 0)
    return out_int(amount, scalar)


def best_start_foods_weekly(qualifying, pregnant, children_under_1, children_1_to_2, under_18=False, *, on,
                            tables: Tables):
    """Best Start Foods [pence/week] (Scotland; SSI 2019/193 regs 6-10, 13;
    values ``passports.best_start_foods_values``, unverified).

    ``qualifying``: the person, partner or the person they depend on is
    awarded a kind of assistance of reg 10 (universal credit, income support,
    income-based JSA, income-related ESA, housing benefit, state pension
    credit; income thresholds removed from 26 February 2024); ``pregnant``:
    a pregnant woman in the family (any stage, reg 7); ``children_under_1``,
    ``children_1_to_2``: children under 1, and aged 1 or 2 (under 3, reg 8);
    ``under_18``: a pregnant woman or mother under 18, who qualifies without
    a benefit (regs 7(1)(b), 8(1)(b): for the pregnancy and a baby under 1).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> best_start_foods_weekly(True, False, 1, 1, on=dt.date(2026, 6, 1), tables=Tables.load())   # 11.20 + 5.60
    1680
    """
    scalar, q, preg, young, babies, toddlers = _food_inputs(
        qualifying, pregnant, children_under_1, (children_1_to_2, "children_1_to_2"), under_18, on)
    v = tables.at("passports.best_start_foods_values", table_on(on))
    amount = (np.where(preg & (q | young), v["pregnancy"], 0) + np.where(q | young, babies * v["child_under_1"], 0)
              + np.where(q, toddlers * v["child_1_to_2"], 0))
    return out_int(amount, scalar)


def best_start_pregnancy_and_baby_grant_eligible(qualifying, pregnant_24_weeks_or_baby, under_18=False,
                                                  dependant_aged_18_or_19=False):
    """Whether the Best Start Grant pregnancy and baby payment's benefit and
    person conditions are met (Scotland; Early Years Assistance (Best Start
    Grants) (Scotland) Regulations 2018, SSI 2018/370, Sch 2 para 1, read).

    ``qualifying``: the person or partner is awarded housing benefit,
    income-based JSA, income-related ESA, income support or state pension
    credit (reg 11), or universal credit for the current or previous
    assessment period (Sch 2 para 1(e)(ii)), at more than £0 (reg 12);
    ``pregnant_24_weeks_or_baby``: more than 24 weeks pregnant, or
    responsible for the child, within the deadline (para 2: 6 months after
    the birth for the mother and her partner, else before the first
    birthday). Or the applicant is under 18, or 18 or 19 and a dependant
    (para 1(e)(iii)-(iv)). Not encoded: residence (para 4), no earlier grant
    for the child (para 1(b)), the amounts (uprated each year, not read), and
    the early learning and school age payments.

    >>> best_start_pregnancy_and_baby_grant_eligible(True, True)
    True
    """
    scalar = not is_array(qualifying, pregnant_24_weeks_or_baby, under_18, dependant_aged_18_or_19)
    person = (flag("qualifying", qualifying) | flag("under_18", under_18)
              | flag("dependant_aged_18_or_19", dependant_aged_18_or_19))
    return out_bool(person & flag("pregnant_24_weeks_or_baby", pregnant_24_weeks_or_baby), scalar)


def sure_start_maternity_grant(nation_of_residence, qualifying_benefit, pregnant_or_new_baby, first_child, *, on,
                               tables: Tables):
    """Sure Start Maternity Grant [pence] (England and Wales; SI 2005/3061
    reg 5; ``passports.sure_start_maternity_grant``, £500).

    ``qualifying_benefit``: the claimant or partner is awarded, for the date
    of claim, income support, state pension credit, income-based JSA,
    income-related ESA or universal credit (any amount) (reg 5(2));
    ``pregnant_or_new_baby``: someone in the family is pregnant or has given
    birth, or a child of up to 12 months is adopted or in their care under
    an order (reg 5(3)), and the claim is in time (11 weeks before the
    expected week of birth to 6 months after: Claims and Payments
    Regulations 1987 Sch 4, not read); ``first_child``: the reg 5A rule
    (no other child under 16 in the family, with exceptions for multiple
    births and others: not read) is met. Scotland: Best Start Grant instead
    (``ROUTE`` nil here).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> sure_start_maternity_grant("wales", True, True, True, on=dt.date(2026, 6, 1), tables=Tables.load())
    50000
    """
    scalar = not is_array(nation_of_residence, qualifying_benefit, pregnant_or_new_baby, first_child, on)
    country = nation("nation_of_residence", nation_of_residence)
    eligible = ((country != _SCOTLAND) & flag("qualifying_benefit", qualifying_benefit)
                & flag("pregnant_or_new_baby", pregnant_or_new_baby) & flag("first_child", first_child))
    grant = tables.at("passports.sure_start_maternity_grant", table_on(on))
    return out_int(np.where(eligible, grant, 0), scalar)


def usual_school_year(child_dates_of_birth, *, on):
    """The school year a child is usually in on ``on`` in England and Wales,
    coded as :func:`free_school_meals` takes it (0 not yet at school or past
    Year 13; 1 Reception, 2 Year 1, ... 12 Year 11, 13 Year 12, 14 Year 13).

    A school year begins with the autumn term (Education Act 1996 s 579(1):
    the first term to begin after July), taken here as 1 September; pupils
    are grouped by the age they reach in it: the reception year is the year
    group in which most children reach 5 (Education Act 2002 s 142(1)), Year
    1 the year they reach 6 (the first key stage, s 82(1)), and so on. So a
    child's usual year is their age on 31 August before the school year
    begins, less 3. It is the usual year only: a summer-born child may start
    Reception a year later, and a school may teach a child out of year
    group. Not Scotland (P1 entry by age in March to February, with
    deferral): ask there.

    >>> import datetime as dt
    >>> kids = np.array(["2016-03-01", "2019-05-01", "2020-09-01", "NaT"], dtype="datetime64[D]")
    >>> usual_school_year(kids, on=dt.date(2026, 6, 1)).tolist()
    [6, 3, 1, 0]
    """
    dob = np.asarray(child_dates_of_birth)
    if dob.dtype.kind != "M":
        raise InputError("child_dates_of_birth", str(dob.dtype), "a datetime64[D] array (NaT for none)")
    dob = dob.astype("datetime64[D]")
    day = _days(on)
    day = day[..., None] if day.ndim and dob.ndim else day
    year = day.astype("datetime64[Y]").astype(np.int64) + 1970
    month = (day.astype("datetime64[M]").astype(np.int64) % 12) + 1
    start = np.where(month >= 9, year, year - 1)  # the calendar year the school year began in
    present = ~np.isnat(dob)
    safe = np.where(present, dob, np.datetime64("2000-01-01", "D"))
    born = safe.astype("datetime64[Y]").astype(np.int64) + 1970
    born_month = (safe.astype("datetime64[M]").astype(np.int64) % 12) + 1
    age_31_august = start - born - (born_month >= 9)  # birthdays 1 Sep-31 Dec come after 31 August
    code = age_31_august - 3
    return np.where(present & (code >= 1) & (code <= 14), code, 0).astype(np.int64)


#: Why a pupil gets a free school lunch, by code, with the law.
FSM_ROUTES = (
    ("none", "no free school lunch found from the facts given"),
    ("universal", "every pupil in the year group: England Reception to Year 2 (universal infant free school meals), "
                  "Wales every primary year (universal primary free school meals), Scotland P1 to P5"),
    ("legacy_benefit", "income support, income-based JSA, income-related ESA or Pension Credit guarantee credit "
                       "(England and Wales: Education Act 1996 s 512ZB(4); Scotland: Education (Scotland) Act 1980 s 53(3))"),
    ("universal_credit", "Universal Credit with earned income within the limit (England SI 2018/148 regs 2-4; "
                         "Scotland 1980 Act s 53(7)(c) as modified; Wales 2019 Order)"),
    ("universal_credit_any_award", "England: any Universal Credit award, from September 2026 as announced "
                                   "(passports.fsm_england_uc_earnings_test: unverified; confirm)"),
)
(FSM_NONE, FSM_UNIVERSAL, FSM_LEGACY_BENEFIT, FSM_UNIVERSAL_CREDIT, FSM_UNIVERSAL_CREDIT_ANY_AWARD) = range(len(FSM_ROUTES))

_UNIVERSAL_YEARS = {
    _ENGLAND: "passports.fsm_universal_years_england",
    _WALES: "passports.fsm_universal_years_wales",
    _SCOTLAND: "passports.fsm_universal_years_scotland",
}


def _by_nation(country, table_ids, day, tables: Tables, default=0):
    """One value per row from the table of the row's nation; a nation's table
    is read only if some row is in that nation (so a date one nation's table
    does not cover does not stop the others)."""
    out = np.full(np.shape(country), default, dtype=np.int64)
    for code, table_id in table_ids.items():
        here = country == code
        if np.any(here):
            out = np.where(here, tables.at(table_id, day), out)
    return out


def _uc_earnings_within_limit(country, periods, e1, e2, e3, day, tables: Tables):
    """Each nation's Universal Credit earned income test for free school meals."""
    within = np.zeros(np.broadcast(country, e1).shape, dtype=bool)
    if np.any(country == _ENGLAND):
        lim = tables.at("passports.fsm_england_uc_earned_income", day)
        england = ((e1 <= lim["one_period"]) | ((periods >= 2) & (e1 + e2 <= lim["two_periods"]))
                   | ((periods >= 3) & (e1 + e2 + e3 <= lim["three_periods"])))
        within = np.where(country == _ENGLAND, england, within)
    if np.any(country == _SCOTLAND):
        within = np.where(country == _SCOTLAND, e1 <= tables.at("passports.fsm_scotland_uc_earned_income", day), within)
    if np.any(country == _WALES):
        # Annualised: the last assessment period's earned income x 12 (the 2019 Order's method was not read).
        within = np.where(country == _WALES, 12 * e1 <= tables.at("passports.fsm_wales_uc_annual_earned_income", day),
                          within)
    return within


def free_school_meals(nation_of_residence, school_year, uc_award, uc_earned_income, legacy_benefit=False,
                      uc_earned_income_2=None, uc_earned_income_3=None, *, on, tables: Tables):
    """Whether a pupil gets free school lunches, and why: ``(free, route)``
    with ``route`` a code of ``FSM_ROUTES``.

    ``school_year``: 0 not at school; 1 Reception (England, Wales) or P1
    (Scotland); 2 Year 1 / P2; ... 7 Year 6 / P7; 8 Year 7 / S1; ... 14 Year 13
    / S6. Every pupil qualifies in the universal years
    (``passports.fsm_universal_years_*``). Otherwise the parent (or the pupil)
    receives a ``legacy_benefit`` or Universal Credit (``uc_award``) with
    earned income (single, or a couple's combined, pence) within the limit:

    - England (SI 2018/148 reg 4, read): at most £616.67 in the assessment
      period before the request; else at most £1,233.34 over it and the one
      before (``uc_earned_income_2``); else at most £1,850 over three
      (``uc_earned_income_3``). Pass the earlier periods only if the award
      had them. From 1 September 2026 every UC award qualifies as announced
      (``FSM_UNIVERSAL_CREDIT_ANY_AWARD``, unverified: see
      ``passports.fsm_england_uc_earnings_test``).
    - Scotland: at most the monthly limit in the assessment period before the
      application (``passports.fsm_scotland_uc_earned_income``).
    - Wales: annualised earned income at most £7,400, taken here as the last
      period x 12.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> free_school_meals("england", 6, True, 61667, on=dt.date(2025, 10, 1), tables=Tables.load())
    (True, 3)
    """
    periods = 1 + (uc_earned_income_2 is not None) + (uc_earned_income_3 is not None)
    if uc_earned_income_3 is not None and uc_earned_income_2 is None:
        raise InputError("uc_earned_income_3", uc_earned_income_3, "only with uc_earned_income_2 (periods are consecutive)")
    scalar = not is_array(nation_of_residence, school_year, uc_award, uc_earned_income, legacy_benefit,
                          uc_earned_income_2, uc_earned_income_3, on)
    country = nation("nation_of_residence", nation_of_residence)
    year = whole("school_year", school_year, 0, 14, "a school year code (0 not at school, 1 Reception/P1 ... 14 Year 13/S6)")
    uc = flag("uc_award", uc_award)
    e1 = pence("uc_earned_income", uc_earned_income)
    e2 = pence("uc_earned_income_2", 0 if uc_earned_income_2 is None else uc_earned_income_2)
    e3 = pence("uc_earned_income_3", 0 if uc_earned_income_3 is None else uc_earned_income_3)
    day = table_on(on)
    universal = (year >= 1) & (year <= _by_nation(country, _UNIVERSAL_YEARS, day, tables))
    within = _uc_earnings_within_limit(country, periods, e1, e2, e3, day, tables)
    any_award = _by_nation(country, {_ENGLAND: "passports.fsm_england_uc_earnings_test"}, day, tables, default=1) == 0
    at_school = year >= 1
    route = np.select(
        [~at_school, universal, flag("legacy_benefit", legacy_benefit), uc & within, uc & any_award],
        [FSM_NONE, FSM_UNIVERSAL, FSM_LEGACY_BENEFIT, FSM_UNIVERSAL_CREDIT, FSM_UNIVERSAL_CREDIT_ANY_AWARD],
        default=FSM_NONE,
    )
    return out_bool(route != FSM_NONE, scalar), out_int(route, scalar)


#: Warm Home Discount: who gets it, by code, with the law.
WHD_ROUTES = (
    ("none", "not eligible from the facts given"),
    ("core_group_1", "Pension Credit guarantee credit (SI 2022/772 reg 8(5)(c)(i))"),
    ("core_group_2", "a qualifying means-tested benefit, as the year's eligibility statement says (reg 8(5)(c)(ii), 9)"),
    ("check_high_cost", "before 2025-26 core group 2 also needed a home with a high cost to heat: not given (ask)"),
    ("scotland", "Scotland has its own scheme, SI 2022/1073 (the check: passports.warm_home_discount_scotland)"),
)
(WHD_NONE, WHD_CORE_GROUP_1, WHD_CORE_GROUP_2, WHD_CHECK_HIGH_COST, WHD_SCOTLAND) = range(len(WHD_ROUTES))


def warm_home_discount(nation_of_residence, guarantee_credit, means_tested_benefit, high_cost_to_heat=None, *, on,
                       tables: Tables):
    """Warm Home Discount: ``(route, rebate)`` with the rebate in pence for the
    scheme year containing ``on`` (SI 2022/772; ``passports.warm_home_discount``).

    England and Wales, for a domestic electricity customer of a scheme
    supplier who occupies the home as their main residence (reg 8(5)(a)-(b):
    assumed). Core group 1: the customer or their partner receives guarantee
    credit. Core group 2: a qualifying means-tested benefit
    (``means_tested_benefit``: universal credit, housing benefit,
    income-related ESA, income-based JSA, income support or Pension Credit
    savings credit, as the eligibility statements list them - the 2025-26
    list was not read in full); before 2025-26 also a home with a high cost
    to heat (``high_cost_to_heat``: ``None`` if not known, which answers
    ``WHD_CHECK_HIGH_COST``). From 2025-26 that test is gone
    (``passports.warm_home_discount_high_cost_test``).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> warm_home_discount("england", False, True, on=dt.date(2025, 11, 1), tables=Tables.load())
    (2, 15000)
    """
    unknown = high_cost_to_heat is None
    scalar = not is_array(nation_of_residence, guarantee_credit, means_tested_benefit, high_cost_to_heat, on)
    country = nation("nation_of_residence", nation_of_residence)
    gc = flag("guarantee_credit", guarantee_credit)
    mtb = flag("means_tested_benefit", means_tested_benefit)
    high = np.asarray(False) if unknown else flag("high_cost_to_heat", high_cost_to_heat)
    day = table_on(on)
    test = np.asarray(tables.at("passports.warm_home_discount_high_cost_test", day)) == 1
    cg2 = mtb & (~test | high)
    route = np.select(
        [country == _SCOTLAND, gc, cg2, mtb & test & np.asarray(unknown)],
        [WHD_SCOTLAND, WHD_CORE_GROUP_1, WHD_CORE_GROUP_2, WHD_CHECK_HIGH_COST],
        default=WHD_NONE,
    )
    rebate = np.where((route == WHD_CORE_GROUP_1) | (route == WHD_CORE_GROUP_2),
                      tables.at("passports.warm_home_discount", day), 0)
    return out_int(route, scalar), out_int(rebate, scalar)


def cold_weather_payment_eligible(nation_of_residence, pension_credit, uc_award, uc_not_in_work, uc_lcw,
                                  child_under_5, uc_disabled_child_element, legacy_with_condition=False):
    """Whether a household gets Cold Weather Payments (England and Wales;
    SI 1988/1724: £25 a period, ``passports.cold_weather_payment``).

    Who qualifies is reg 1A, which the stored text did not show; this follows
    DWP's published summary (GOV.UK 'Cold Weather Payment: eligibility', as
    reproduced by councils): Pension Credit (either element); Universal Credit
    where no claimant is employed or gainfully self-employed
    (``uc_not_in_work``) and a claimant has LCW or LCWRA (``uc_lcw``) or a
    child under 5 lives with them (``child_under_5``), or - in or out of work -
    the award includes the disabled child element; income support,
    income-based JSA or income-related ESA with a pensioner or disability
    premium, a disabled child, the ESA support or work-related activity
    component, or a child under 5 (``legacy_with_condition``). Not Scotland
    (the Winter Heating Payment replaced it: not encoded).

    >>> cold_weather_payment_eligible("england", False, True, True, False, True, False)
    True
    """
    scalar = not is_array(nation_of_residence, pension_credit, uc_award, uc_not_in_work, uc_lcw, child_under_5,
                          uc_disabled_child_element, legacy_with_condition)
    country = nation("nation_of_residence", nation_of_residence)
    uc = flag("uc_award", uc_award)
    uc_route = uc & ((flag("uc_not_in_work", uc_not_in_work) & (flag("uc_lcw", uc_lcw) | flag("child_under_5", child_under_5)))
                     | flag("uc_disabled_child_element", uc_disabled_child_element))
    eligible = (country != _SCOTLAND) & (flag("pension_credit", pension_credit) | uc_route
                                         | flag("legacy_with_condition", legacy_with_condition))
    return out_bool(eligible, scalar)


def free_tv_licence(age, pension_credit, *, on, tables: Tables):
    """A free TV licence: ``(free, annual_value)`` [pence/year]. The licence
    holder is 75 or over (``passports.tv_licence_free_age``) and they or their
    partner at the same address receive Pension Credit; the value is the
    colour licence fee (``passports.tv_licence_fee``). Both tables are
    unverified (see their notes). ``age``: the older partner's, whole years.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> free_tv_licence(75, True, on=dt.date(2026, 6, 1), tables=Tables.load())
    (True, 18000)
    """
    scalar = not is_array(age, pension_credit, on)
    years = whole("age", age, 0, 130, "an age in whole years")
    day = table_on(on)
    free = (years >= tables.at("passports.tv_licence_free_age", day)) & flag("pension_credit", pension_credit)
    return out_bool(free, scalar), out_int(np.where(free, tables.at("passports.tv_licence_fee", day), 0), scalar)


#: Broadband social tariffs: who can get one, by code.
SOCIAL_TARIFF_ROUTES = (
    ("none", "no qualifying benefit from the facts given"),
    ("universal_credit", "Universal Credit: every provider with a social tariff accepts it"),
    ("some_providers", "Pension Credit or a legacy means-tested benefit: accepted by many providers (check the provider)"),
)


def broadband_social_tariff(uc_award, other_means_tested_benefit, *, on, tables: Tables):
    """Broadband social tariffs: ``(route, low, high)``, the route a code of
    ``SOCIAL_TARIFF_ROUTES`` and the range of monthly prices across providers
    [pence/month] (``passports.broadband_social_tariff``: Ofcom, unverified).
    Not law: each provider chooses its benefits (all accept Universal Credit;
    most accept Pension Credit, income support, income-based JSA and
    income-related ESA; a few accept PIP or others). Water and phone social
    tariffs differ by company and have no figure here (WaterSure caps a
    metered bill for a household on a means-tested benefit with three or more
    children or a medical need: Water Industry (Charges) (Vulnerable Groups)
    Regulations 1999, not read).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> broadband_social_tariff(True, False, on=dt.date(2026, 6, 1), tables=Tables.load())
    (1, 1000, 2000)
    """
    scalar = not is_array(uc_award, other_means_tested_benefit, on)
    uc = flag("uc_award", uc_award)
    other = flag("other_means_tested_benefit", other_means_tested_benefit)
    route = np.where(uc, 1, np.where(other, 2, 0))
    r = tables.at("passports.broadband_social_tariff", table_on(on))
    some = route != 0
    return out_int(route, scalar), out_int(np.where(some, r["low"], 0), scalar), out_int(np.where(some, r["high"], 0), scalar)
