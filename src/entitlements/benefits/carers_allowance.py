"""Carer's Allowance (and Carer Support Payment in Scotland) [pence/week].

Social Security Contributions and Benefits Act 1992 (SSCBA) s 70 and the
Social Security (Invalid Care Allowance) Regulations 1976 (SI 1976/409).
A person is entitled for a week in which, caring for a severely disabled
person, they

1. are 16 or over (s 70(3); ``carers_allowance.minimum_age``);
2. are regularly and substantially engaged in caring: at least 35 hours a
   week (s 70(1)(a), (8); SI 1976/409 reg 4(1); ``carers_allowance.minimum_hours``);
3. care for a *severely disabled person*: one for whom a qualifying benefit
   is payable (s 70(2); SI 1976/409 reg 3): Attendance Allowance (either
   rate), the DLA care component at the middle or highest rate, the PIP
   daily living component (either rate), Armed Forces Independence Payment,
   Constant Attendance Allowance at or above the normal maximum rate (reg 3(1)
   (a)-(d), read: "not less than the amount specified in paragraph 2(a) of
   Part V of Schedule 4"), and the Scottish Adult Disability Payment daily
   living component (either rate) and Child Disability Payment care component
   at the middle or highest rate. See :func:`cared_for_person_qualifies`;
4. are not receiving full-time education (s 70(3));
5. are the only person entitled in respect of that severely disabled person
   (s 70(7): one carer per cared-for person);
6. are not gainfully employed: weekly net earnings do not *exceed* the
   earnings limit (s 70(1)(b); SI 1976/409 reg 8; ``carers_allowance.earnings_limit``).
   A cliff edge: one penny over the limit and nothing is payable.

What was read. Reg 3(1)(a)-(d) of SI 1976/409 (constant attendance payments)
in its revised text; the rest of reg 3 and regs 4, 5 and 8 were not
reachable. The "exceeds" test and the netting are stated in a ministerial
written answer (Hansard HC, 25 October 2006: carers "are treated as gainfully
employed only where their earnings, net of income tax, national insurance
contributions, half of any contributions towards an occupational or personal
pension and allowances for the cost of care ... are more than" the limit) and
a DWP answer to PQ HL464 (2024: "earnings not exceeding £151 a week"). The
netting is in the Social Security Benefit (Computation of Earnings)
Regulations 1996 (SI 1996/2745) reg 10 (gross earnings less income tax,
primary Class 1 contributions and one half of pension contributions, as
quoted in Upper Tribunal decision CA/1546/2008, [2009] UKUT 23 (AAC), which
holds those Regulations govern carer's allowance) and Sch 3 (care charges).
The list of qualifying benefits beyond reg 3(1)(a)-(d) follows the brief and
the statutory pattern read in SI 2002/1792 Sch I para 1 (which names AA, DLA
care middle/highest, PIP daily living, ADP daily living and AFIP); the
amending text of s 70(2) and reg 3 for PIP, AFIP, ADP and CDP was not read.

Carer Support Payment (Scotland) replaces Carer's Allowance for carers in
Scotland (from 19 November 2023, rolled out by area; until a carer moves to
it, Carer's Allowance continues). With ``carer_support_payment=True`` the
rate and earnings limit come from ``scotland.carer_support_payment``. Its
student rules differ (some students can get it); this module takes ``full_time_education`` as "in education that
bars entitlement" and leaves that judgement to the caller.

How it meets Universal Credit. CA counts in full as unearned income
(SI 2013/376 reg 66(1)(b)). The UC carer element needs "regular and
substantial caring responsibilities" (reg 30(1)): satisfying the conditions
for CA "or would do so but for the fact that their earnings have exceeded
the limit", whether or not CA is claimed (reg 30(2)), and not where the
earnings are from the caring itself (reg 30(3)). Text read in the Northern
Ireland twin, SR 2016/216 reg 31(1)-(2), in the same words. So a carer who
loses CA on earnings keeps the carer element: see
:func:`regular_and_substantial_caring`.

Overlapping benefits. CA is an earnings-replacement benefit: where another
such benefit is paid for the same period (State Pension, new-style ESA or
JSA, ...), CA is reduced by that amount, and the carer keeps the *underlying
entitlement* (Social Security (Overlapping Benefits) Regulations 1979,
SI 1979/597, reg 4; DWP written answer 30603, 2024: "where Carer's Allowance
cannot be paid or is not paid in full, the person will keep underlying
entitlement", which gives the Pension Credit carer addition). The text of
reg 4(5) was not read; :func:`carers_allowance_payable` deducts the other
benefit penny for penny.

Not modelled: temporary breaks in caring, the run-on after the cared-for
person dies (s 70(1A)), residence and presence, the averaging of fluctuating
earnings, self-employed earnings.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from ..tables import Tables
from ._numeric import days as _days
from ._numeric import flag, is_array, out_bool, out_int, pence, table_on, whole

__all__ = [
    "CA_CONDITIONS",
    "cared_for_person_qualifies",
    "weekly_net_earnings",
    "carers_allowance_failed_condition",
    "carers_allowance_weekly",
    "carers_allowance_payable",
    "regular_and_substantial_caring",
    "CSP_EVERYWHERE",
]

#: From this day a new claim by a carer in Scotland is for Carer Support Payment, not Carer's Allowance: "Carer
#: Support Payment has been available for new applications across the whole of Scotland since 4 November 2024"
#: (Scottish Government to the Scottish Commission on Social Security, 5 September 2025). Earlier it opened area by
#: area (from 19 November 2023), which is not modelled. The estimate, the benefit check and the income gain all
#: name a Scottish carer's benefit from this one day.
CSP_EVERYWHERE = dt.date(2024, 11, 4)

#: The conditions in the order they are tested. ``carers_allowance_failed_condition``
#: answers 0 when all are met, else 1 + the index of the first that fails.
CA_CONDITIONS = (
    "under_minimum_age",  # SSCBA 1992 s 70(3)
    "caring_hours_below_minimum",  # s 70(1)(a); SI 1976/409 reg 4(1)
    "no_qualifying_benefit",  # s 70(2); SI 1976/409 reg 3
    "full_time_education",  # s 70(3)
    "another_carer_entitled",  # s 70(7)
    "earnings_above_limit",  # s 70(1)(b); SI 1976/409 reg 8
)


def cared_for_person_qualifies(
    *,
    pip_daily_living=0,
    dla_care=0,
    attendance_allowance=0,
    adp_daily_living=0,
    cdp_care=0,
    armed_forces_independence_payment=False,
    constant_attendance_allowance=False,
):
    """Whether the cared-for person is a *severely disabled person*
    (SSCBA 1992 s 70(2); SI 1976/409 reg 3): a qualifying benefit is payable.

    Codes as in :mod:`entitlements.household`: ``pip_daily_living`` and
    ``adp_daily_living`` 0 none, 1 standard, 2 enhanced (either rate
    qualifies); ``dla_care`` and ``cdp_care`` 0 none, 1 lowest, 2 middle,
    3 highest (middle or highest qualifies); ``attendance_allowance`` 0 none,
    1 lower, 2 higher (either qualifies). ``constant_attendance_allowance``:
    an increase for constant attendance (industrial injuries or war pension)
    at a weekly rate not less than the normal maximum rate (reg 3(1)).

    >>> cared_for_person_qualifies(dla_care=1), cared_for_person_qualifies(dla_care=2)
    (False, True)
    """
    scalar = not is_array(pip_daily_living, dla_care, attendance_allowance, adp_daily_living, cdp_care,
                          armed_forces_independence_payment, constant_attendance_allowance)
    pip = whole("pip_daily_living", pip_daily_living, 0, 2, "a rate code (0 none, 1 standard, 2 enhanced)")
    dla = whole("dla_care", dla_care, 0, 3, "a care rate code (0 none, 1 lowest, 2 middle, 3 highest)")
    aa = whole("attendance_allowance", attendance_allowance, 0, 2, "a rate code (0 none, 1 lower, 2 higher)")
    adp = whole("adp_daily_living", adp_daily_living, 0, 2, "a rate code (0 none, 1 standard, 2 enhanced)")
    cdp = whole("cdp_care", cdp_care, 0, 3, "a care rate code (0 none, 1 lowest, 2 middle, 3 highest)")
    afip = flag("armed_forces_independence_payment", armed_forces_independence_payment)
    caa = flag("constant_attendance_allowance", constant_attendance_allowance)
    return out_bool((pip >= 1) | (dla >= 2) | (aa >= 1) | (adp >= 1) | (cdp >= 2) | afip | caa, scalar)


def weekly_net_earnings(
    gross_weekly,
    *,
    income_tax_weekly=0,
    national_insurance_weekly=0,
    pension_contributions_weekly=0,
    allowable_care_charges_weekly=0,
):
    """Weekly net earnings for the Carer's Allowance earnings test [pence/week].

    Gross earnings less income tax, less primary Class 1 contributions, less
    *one half* of the employee's contributions to an occupational or personal
    pension scheme (SI 1996/2745 reg 10, as quoted in CA/1546/2008), less the
    relevant care charges allowed by Sch 3 (care for the cared-for person or
    a child under 16 while at work, by someone who is not a close relative;
    give the amount allowed: the Schedule's limit on it was not read).

    Halving an odd number of pence leaves half a penny. SI 1996/2745 reg 5
    ("Rounding of fractions") governs it; its text was not read. Here the
    half-penny is disregarded (the net figure is rounded down), the
    treatment to the claimant's advantage in the earnings test, which is the
    usual wording of such rounding rules. Against a limit in whole pounds
    this decides only a case exactly half a penny over the limit.

    Never below nil.

    >>> weekly_net_earnings(25000, income_tax_weekly=1500, national_insurance_weekly=600,
    ...                     pension_contributions_weekly=1001)
    22399
    """
    scalar = not is_array(gross_weekly, income_tax_weekly, national_insurance_weekly,
                          pension_contributions_weekly, allowable_care_charges_weekly)
    gross = pence("gross_weekly", gross_weekly)
    tax = pence("income_tax_weekly", income_tax_weekly)
    ni = pence("national_insurance_weekly", national_insurance_weekly)
    pension = pence("pension_contributions_weekly", pension_contributions_weekly)
    care = pence("allowable_care_charges_weekly", allowable_care_charges_weekly)
    # gross - tax - NI - pension/2 - care, the half-penny disregarded: work in
    # half-pence, then floor-divide by 2.
    net_half_pence = 2 * (gross - tax - ni - care) - pension
    return out_int(np.maximum(net_half_pence // 2, 0), scalar)


def _limits(on, tables: Tables, carer_support_payment):
    """The weekly rate and earnings limit [pence/week], Carer's Allowance or,
    where ``carer_support_payment``, Carer Support Payment (whose table starts
    on 19 November 2023: it is only looked up for the rows that need it)."""
    t = table_on(on)
    gb_rate = tables.at("carers_allowance.rate", t)
    gb_limit = tables.at("carers_allowance.earnings_limit", t)
    csp_rows = np.asarray(carer_support_payment)
    if not csp_rows.any():
        return gb_rate, gb_limit
    if csp_rows.ndim == 0 and np.ndim(gb_rate) == 0:
        csp = tables.at("scotland.carer_support_payment", t)
        return csp["rate"], csp["earnings_limit"]
    shape = np.broadcast(csp_rows, gb_rate).shape
    csp_rows = np.broadcast_to(csp_rows, shape)
    day = np.broadcast_to(_days(on), shape)
    rate = np.broadcast_to(gb_rate, shape).copy()
    limit = np.broadcast_to(gb_limit, shape).copy()
    rate[csp_rows] = tables.at("scotland.carer_support_payment", day[csp_rows], "rate")
    limit[csp_rows] = tables.at("scotland.carer_support_payment", day[csp_rows], "earnings_limit")
    return rate, limit


def _failed(age, hours_caring, cared_for_qualifies, full_time_education, net_weekly_earnings,
            another_carer_entitled, on, tables, carer_support_payment, *, test_earnings: bool):
    a = whole("age", age, 0, 130, "an age in whole years")
    h = whole("hours_caring", hours_caring, 0, 168, "hours of care a week")
    q = flag("cared_for_qualifies", cared_for_qualifies)
    fte = flag("full_time_education", full_time_education)
    other = flag("another_carer_entitled", another_carer_entitled)
    scot = flag("carer_support_payment", carer_support_payment)
    t = table_on(on)
    min_age = tables.at("carers_allowance.minimum_age", t)
    min_hours = tables.at("carers_allowance.minimum_hours", t)
    rate, limit = _limits(on, tables, scot)
    failures = [a < min_age, h < min_hours, ~q, fte, other]
    if test_earnings:
        earnings = pence("net_weekly_earnings", net_weekly_earnings)
        failures.append(earnings > limit)
    code = np.zeros(np.broadcast(*failures).shape, dtype=np.int64)
    # The first failing condition wins: fill from the last to the first.
    for i in range(len(failures) - 1, -1, -1):
        code = np.where(failures[i], i + 1, code)
    return code, rate


def carers_allowance_failed_condition(
    age,
    hours_caring,
    cared_for_qualifies,
    full_time_education,
    net_weekly_earnings,
    *,
    on,
    tables: Tables,
    another_carer_entitled=False,
    carer_support_payment=False,
):
    """Which condition of entitlement fails first: 0 if none (entitled), else
    1 + the index in :data:`CA_CONDITIONS` (1 under 16, 2 under 35 hours,
    3 no qualifying benefit, 4 full-time education, 5 another carer
    entitled for the same person, 6 net earnings over the limit).

    Inputs: ``age`` (whole years on ``on``), ``hours_caring`` (hours a week),
    ``cared_for_qualifies`` (see :func:`cared_for_person_qualifies`),
    ``full_time_education`` (bool), ``net_weekly_earnings`` [pence/week] (see
    :func:`weekly_net_earnings`), ``another_carer_entitled`` (someone else
    is entitled to CA for the same person, s 70(7)), ``carer_support_payment``
    (the carer is on Carer Support Payment, Scotland: its rate and limit),
    ``on`` the day in the benefit week.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> code = carers_allowance_failed_condition(40, 30, True, False, 0, on=dt.date(2025, 6, 2), tables=Tables.load())
    >>> code, CA_CONDITIONS[code - 1]
    (2, 'caring_hours_below_minimum')
    """
    scalar = not is_array(age, hours_caring, cared_for_qualifies, full_time_education, net_weekly_earnings,
                          another_carer_entitled, carer_support_payment, on)
    code, _ = _failed(age, hours_caring, cared_for_qualifies, full_time_education, net_weekly_earnings,
                      another_carer_entitled, on, tables, carer_support_payment, test_earnings=True)
    return out_int(code, scalar)


def carers_allowance_weekly(
    age,
    hours_caring,
    cared_for_qualifies,
    full_time_education,
    net_weekly_earnings,
    *,
    on,
    tables: Tables,
    another_carer_entitled=False,
    carer_support_payment=False,
):
    """Weekly Carer's Allowance entitlement [pence/week]: the weekly rate
    (SSCBA 1992 Sch 4 Pt III para 4; ``carers_allowance.rate``, or
    ``scotland.carer_support_payment`` ``rate`` with ``carer_support_payment=True``) if every
    condition is met, else nil. Inputs as for
    :func:`carers_allowance_failed_condition`.

    This is the entitlement before any overlapping-benefit adjustment: see
    :func:`carers_allowance_payable`.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> t = Tables.load()
    >>> carers_allowance_weekly(40, 35, True, False, 19600, on=dt.date(2025, 6, 2), tables=t)
    8330
    >>> carers_allowance_weekly(40, 35, True, False, 19601, on=dt.date(2025, 6, 2), tables=t)
    0
    """
    scalar = not is_array(age, hours_caring, cared_for_qualifies, full_time_education, net_weekly_earnings,
                          another_carer_entitled, carer_support_payment, on)
    code, rate = _failed(age, hours_caring, cared_for_qualifies, full_time_education, net_weekly_earnings,
                         another_carer_entitled, on, tables, carer_support_payment, test_earnings=True)
    return out_int(np.where(code == 0, rate, 0), scalar)


def carers_allowance_payable(entitlement_weekly, overlapping_benefits_weekly=0):
    """Carer's Allowance payable after the overlapping-benefits adjustment
    [pence/week]: the entitlement less any other earnings-replacement benefit
    paid for the same week (State Pension, new-style ESA or JSA, ...), never
    below nil (SI 1979/597 reg 4; see the module notes). Where this is nil
    but the entitlement is not, the carer has *underlying entitlement*: the
    Pension Credit carer addition is still due.

    >>> carers_allowance_payable(8330, 23025)    # full new State Pension 2025/26
    0
    """
    scalar = not is_array(entitlement_weekly, overlapping_benefits_weekly)
    ent = pence("entitlement_weekly", entitlement_weekly)
    other = pence("overlapping_benefits_weekly", overlapping_benefits_weekly)
    return out_int(np.maximum(ent - other, 0), scalar)


def regular_and_substantial_caring(
    age,
    hours_caring,
    cared_for_qualifies,
    full_time_education,
    *,
    on,
    tables: Tables,
    another_carer_entitled=False,
    earnings_from_caring=False,
):
    """Whether the carer has "regular and substantial caring responsibilities
    for a severely disabled person" for the UC carer element (SI 2013/376
    reg 30): every Carer's Allowance condition except the earnings limit,
    whether or not CA is claimed, and not where the carer's earnings come
    from the caring itself (``earnings_from_caring``, reg 30(3)).

    So a carer who earns over the CA limit loses CA but keeps the carer
    element.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> regular_and_substantial_caring(40, 35, True, False, on=dt.date(2025, 6, 2), tables=Tables.load())
    True
    """
    scalar = not is_array(age, hours_caring, cared_for_qualifies, full_time_education, another_carer_entitled,
                          earnings_from_caring, on)
    code, _ = _failed(age, hours_caring, cared_for_qualifies, full_time_education, 0,
                      another_carer_entitled, on, tables, False, test_earnings=False)
    paid = flag("earnings_from_caring", earnings_from_caring)
    return out_bool((code == 0) & ~paid, scalar)
