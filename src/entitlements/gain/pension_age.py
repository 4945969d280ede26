"""What an outcome changes in Pension Credit, Housing Benefit and Council Tax Reduction (the knock-on).

Past the qualifying age for Pension Credit, Universal Credit is not paid
(Welfare Reform Act 2012 s 4(1)(b)), so the income gain's Universal Credit
knock-on is nil there. An outcome still changes the means-tested benefits a
pension-age household gets instead: Attendance Allowance, DLA care at the
middle or highest rate or PIP daily living brings the severe disability
additional amount into the appropriate minimum guarantee (State Pension
Credit Regulations 2002, SI 2002/1792, reg 6(4)-(5), Sch I paras 1-2, "for any
period ... in respect of which the allowance is awarded": para 1(2)(a)), a
Carer's Allowance entitlement the carer amount (Sch I Pt II para 4), income
counts against the guarantee and the savings credit (SPCA 2002 ss 2-3); and
Housing Benefit and Council Tax Reduction follow, through Pension Credit
(guarantee credit disregards all income and capital, so the maximum: SI
2006/214 reg 26, read; the pension-age CTR schemes likewise, as
:mod:`entitlements.benefits.council_tax_reduction` applies them) or through
income and premiums.

This module works those changes out with the engine :func:`entitlements.estimate`
uses (:func:`entitlements.benefits.household_total.calculate`), for the
household before and after the outcome, where the Pension Credit engine
assesses the household before (it has reached the qualifying age, or is a
protected mixed-age couple): after - before, a week, for each of
:data:`KNOCK_ON_BENEFITS`. The change is worked out on the day the outcome
takes effect and again on each later day of the projection and arrears on
which something it reads may change (:func:`knock_on_days`): a new row of a
rule table the engine reads for pension-age households or of the outcome's
benefit (:func:`entitlements.gain._coverage.knock_on_reads`, found as the
projection finds the Universal Credit engine's: the April uprating of the
guarantee, the severe disability and carer amounts, Housing Benefit's and
CTR's allowances and premiums, AA, PIP, DLA and Carer's Allowance), the day
after a table's last row (from which the rates policy's held or uprated rows
apply, or, under ``strict``, an error), and the day an adult given by date
of birth reaches the qualifying age (:func:`qualifying_age_days`: a
household below it when the outcome takes effect gets the knock-on from
then). Each amount counts over its own days,
a seventh a day, each stretch of one weekly amount rounded half up once
(:func:`knock_on_over`). The one-household path
(:func:`entitlements.gain.household.income_gain`) and the caseload path
(:func:`caseload_knock_ons`) both work through these functions, and give the
same figures.

The assessment period in which the qualifying age is reached counts both:
Universal Credit for the whole period, and the knock-on from the day. The
law since 25 November 2020 (SI 2020/655, all read): a superseding decision
made because a single claimant, or a member of a couple to whom SI 2013/376
reg 3(2)(a) applies (a mixed-age couple on Universal Credit), "reaches the
qualifying age for state pension credit ... takes effect on the first day of
the assessment period following that in which the change of circumstances
occurs" (SI 2013/381 Sch 1 para 26, as substituted by SI 2020/655 reg 5);
the claimant is not excluded "during the last assessment period for
universal credit ... to housing benefit or state pension credit from the
date the claimant reaches that age" (SI 2014/1230 reg 5(2)(c), inserted by
SI 2020/655 reg 6(3)); that Universal Credit is not income for Pension
Credit (SI 2002/1792 reg 15(1)(za), inserted by SI 2020/655 reg 2(3)) nor
for Housing Benefit (SI 2006/214 reg 29(1)(j)(zi), reg 3(2)); and for the
English pensioners' Council Tax Reduction a Universal Credit award is
disregarded from the day every member has the age to the end of the last
assessment period (SI 2012/2885 reg 3(2)-(3)); in Scotland the same
(SSI 2012/319 reg 12(3), 27(1)(j)(xxvi), inserted by SSI 2020/413 regs 9,
10(c); SSI 2021/249 reg 3(2)); in Wales the pensioners' scheme is taken too,
though WSI 2013/3029 reg 3 (read) makes a person "with an award of
universal credit" no "pensioner" and only WSI 2021/34 reg 4(2) (read)
disregards the award (docs/known-differences.md). The engine works Universal
Credit out on each period's first day (so pays the period in which the age
is reached) and Pension Credit without Universal Credit as income.

An adult given by age only is that age on the day the outcome takes effect:
the facts of birth the age settles then (the savings credit age condition,
pensionable age before 1 April 2021) are held on the later days
(:func:`held_ages`), where held at the age itself they would move as the
days pass; no one given by age is taken to reach the qualifying age later
(no date of birth says when), as the Universal Credit periods take them.
An adult aged 66 by age only when the outcome takes effect before 6 April
2026 was born before 6 April 1960 and has reached it (State Pension age 66):
held so on every later day, in the Universal Credit periods and the
knock-on alike (:func:`held_at_66`); from 6 April 2026 the age does not
settle it (it rises by month of birth), and the gain asks for the date of
birth, as :func:`entitlements.estimate` does.

**Below the qualifying age** the knock-on is Housing Benefit's and Council
Tax Reduction's, for a household whose HB or CTR the engine works out
(:func:`reads_hb_ctr`: a rented home in temporary or specified
accommodation, where working-age Housing Benefit is paid beside Universal
Credit, SI 2013/376 Sch 1 paras 3(h)-(i), 3A, 3B; or a council tax band),
before or once changed: :func:`knock_on_weekly` gives their changes (code 2
of :data:`KNOCK_ON_KINDS`; Pension Credit nil; the change in Universal
Credit itself is the Universal Credit periods', not counted again). It
counts from :func:`knock_on_first_day`: the first day of the first
assessment period with the outcome in the award (LCWRA after the relevant
period, SI 2013/376 reg 28), or the day the outcome takes effect where
later (PIP, which changes no award, brings Housing Benefit's disability
premiums from the day); and is worked out again on each later day a table
it reads changes (the April uprating: Universal Credit's rows, and Housing
Benefit's and the CTR schemes', begin on the same days). On Universal Credit
Housing Benefit is the maximum: income and capital disregarded (a passport, as
SI 2006/213 Sch 5 para 4 and Sch 6 para 5, as SI 2013/2070 reg 7(8)-(9)
amended them, read 2026-12-07), so a bigger award takes none of it away: it
moves where the award begins or ends, or where the applicable amount of a
claimant with no award changes. The Welsh working-age CTR scheme sets the
award against its maximum amount, so more Universal Credit can lower CTR.
Where CTR cannot be worked out before or after (an English council's own
scheme, not shipped), its change is nil and said (code 3), not refused: the
gain was valid without it. Approximations (docs/known-differences.md):
Housing Benefit changes on the same day as Universal Credit, where SI
2006/213 reg 79(1) (read, as made) has a change take effect from the first
day of the benefit week after it; the award is worked out on the knock-on's
days, which include the first day of each assessment period with a birthday
(:func:`birthday_period_starts`); the Universal Credit
change while LCWRA waits for the relevant period (LCW, the work allowance)
is not carried into Housing Benefit and CTR.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import numpy as np

from ..columns import BenefitUnitColumns, households_columns, select
from ..errors import InputError
from ..explain import uk_date
from ..household import Household
from ..money import format_pounds
from ..tables import ReadRecorder, Tables
from ._knock_on_readers import breaks_read, knock_on_readers, reads_table
from ._segments import (birthday_period_starts, fixed_line_over, knock_on_days, knock_on_end, knock_on_in_force,
                        knock_on_over, qualifying_age_days)
from .calendar import NEVER, to_date

__all__ = ["KNOCK_ON_BENEFITS", "KNOCK_ON_SOURCES", "KnockOns", "knock_on_weekly", "household_knock_ons", "knock_on_assumption",
           "caseload_knock_ons", "knock_on_totals", "fixed_line_over", "qualifying_age_days", "knock_on_days", "knock_on_over",
           "knock_on_in_force", "knock_on_readers", "reads_table", "breaks_read", "held_ages", "held_at_66",
           "age_66_refused", "reads_hb_ctr", "KNOCK_ON_KINDS", "WORKING_AGE_SOURCES", "working_age_knock_on_assumption",
           "knock_on_first_day", "ctr_change_not_counted", "ctr_not_counted", "birthday_period_starts", "CTR_NOT_WORKED_OUT"]

#: The benefits an outcome changes at pension age, in the order of the columns of :func:`knock_on_weekly`.
KNOCK_ON_BENEFITS = ("pension_credit", "housing_benefit", "council_tax_reduction")

#: Each knock-on line's source, as a benefit line names it.
KNOCK_ON_SOURCES = {
    "pension_credit": "State Pension Credit Act 2002 ss 2-3; SI 2002/1792 reg 6, Sch I (worked out before and after)",
    "housing_benefit": "SI 2006/214 (Housing Benefit, State Pension Credit age), through Pension Credit and income "
                       "(worked out before and after)",
    "council_tax_reduction": "Council Tax Reduction for pensioners (SI 2012/2885 in England; WSI 2013/3029 Schs 1-2 "
                             "in Wales; SSI 2012/319 in Scotland), through Pension Credit and income (worked out "
                             "before and after)",
}

#: Each working-age knock-on line's source (below the qualifying age for Pension Credit: :func:`reads_hb_ctr`).
WORKING_AGE_SOURCES = {
    "housing_benefit": "SI 2006/213 (Housing Benefit, working age, in temporary or specified accommodation): the "
                       "maximum on Universal Credit (a passport: Sch 5 para 4 and Sch 6 para 5, as SI 2013/2070 reg 7(8)-(9) amended them), otherwise income and "
                       "premiums (worked out before and after)",
    "council_tax_reduction": "Council Tax Reduction, working age (WSI 2013/3029 Schs 6-8 in Wales; SSI 2021/249 in Scotland; "
                             "the English council's own scheme), Universal Credit and income as each counts them "
                             "(worked out before and after)",
}

#: What :func:`knock_on_weekly` worked out for a row, by code: nothing; at pension age (Pension Credit, Housing
#: Benefit, CTR); below it (Housing Benefit and CTR); below it, CTR not worked out before or after (Housing Benefit
#: alone counted: the CTR change nil, the working sheet says so).
KNOCK_ON_KINDS = ("none", "pension_age", "working_age", "working_age_no_ctr")

_NAMES = {"pension_credit": "Pension Credit", "housing_benefit": "Housing Benefit",
          "council_tax_reduction": "Council Tax Reduction"}

#: Sixty-five years in days, less a margin: no one younger has reached the qualifying age for Pension Credit on
#: any day the rules cover (it reached 65 in November 2018 and 66 in October 2020; the rule tables begin in 2023).
_YOUNGEST = 65 * 365


def _maybe_pension_age(bu: BenefitUnitColumns, on) -> np.ndarray:
    """Rows that may have reached the qualifying age (a cheap first look:
    the engine decides): the first adult 65 or over, or born 65 x 365 days
    before ``on`` or earlier, or a protected mixed-age couple."""
    a = bu.adult1
    dob = np.asarray(a.date_of_birth, "datetime64[D]")
    # mutation: margin below: the qualifying age has been 66 since October 2020 (the rule tables begin in 2023), so
    # no one exactly 65, or born exactly 65 x 365 days before, can have reached it.
    old = ~np.isnat(dob) & (dob <= np.asarray(on, "datetime64[D]") - np.timedelta64(_YOUNGEST, "D"))  # mutation: margin
    by_age = np.asarray(a.age) >= 65  # mutation: margin (by age alone, reached only at 66 or over)
    return np.asarray(a.present) & (by_age | old) | np.asarray(bu.mixed_age_protected, bool)


def on_universal_credit(bu: BenefitUnitColumns, day) -> np.ndarray:
    """Rows whose household can be paid Universal Credit on ``day`` (day
    numbers, one a row, or one for all): anyone below the qualifying age for
    Pension Credit, a mixed-age couple (unless protected by SI 2019/37 art 4)
    included (:func:`entitlements.benefits.household_total.universal_credit_payable`).
    Their Housing Benefit and CTR follow the Universal Credit award, so a
    knock-on counts from the day the award changes (:func:`knock_on_first_day`)."""
    from ..benefits.household_total import universal_credit_payable

    n = int(np.shape(bu.couple)[0]) if np.ndim(bu.couple) else 1
    on = np.broadcast_to(np.asarray(day, np.int64).astype("datetime64[D]"), (n,))
    return np.broadcast_to(np.asarray(universal_credit_payable(bu, on=on), bool), (n,))


def reads_hb_ctr(bu: BenefitUnitColumns) -> np.ndarray:
    """Rows whose Housing Benefit or Council Tax Reduction the engine works
    out below the qualifying age for Pension Credit (the working-age
    knock-on's rows): a rented home in temporary or specified accommodation,
    where working-age Housing Benefit is paid beside Universal Credit (SI
    2006/213; SI 2013/376 Sch 1 paras 3(h)-(i), 3A, 3B:
    :func:`entitlements.benefits.housing_benefit.hb_scheme` 2), or a council
    tax band (Council Tax Reduction). Elsewhere Universal Credit's housing
    costs element pays the rent and no council tax is worked out: nothing
    to add."""
    from ..benefits.housing import TENURE_CODES

    h = bu.housing
    band = np.asarray(h.council_tax_band)
    renting = [TENURE_CODES[k] for k in ("social_rent", "private_rent", "supported_or_temporary")]
    rents = np.isin(h.tenure, renting) & (np.asarray(h.rent) > 0) & (np.asarray(h.accommodation) > 0)
    return np.broadcast_to(rents | (band >= 0), band.shape)


def held_at_66(bu: BenefitUnitColumns, anchor) -> tuple[BenefitUnitColumns, np.ndarray]:
    """``bu`` with each adult given by age only who is 66 on ``anchor`` (a
    day, or one a row: the day the outcome takes effect) before 6 April 2026
    given the earliest date of birth that age allows on the last day of the
    assessment period beginning ``anchor`` (66 on ``anchor`` and to that
    day; 67 the day after). Everyone 66 on a day before 6 April 2026 was
    born before 6 April 1960, State Pension age 66 at most (Pensions Act
    1995 Sch 4 para 1(6), as amended by Pensions Act 2014 s 26(2)), so has
    reached the qualifying age for Pension Credit by ``anchor``:
    that birth holds it on every later day, where the age alone would be
    "unknown" from 6 April 2026 (:func:`entitlements.benefits.pension_age.adult_reached_state_pension_age`).
    No other fact of birth moves at 66 (see :func:`held_ages`).

    Returns ``(bu, unsettled)``: ``unsettled`` (one a row) the adult (1 or
    2, the first) given by age only who is 66 on an ``anchor`` on or after 6
    April 2026, whose age does not settle the qualifying age; 0 none."""
    from ..benefits.pension_age import _SPA_RISES_FROM
    from ..dates import as_day, latest_birth_for_age, period_end

    n = int(np.shape(bu.couple)[0])
    day = np.broadcast_to(as_day(anchor), (n,))
    unsettled = np.zeros(n, np.int64)
    adults = {}
    for k, name in ((2, "adult2"), (1, "adult1")):
        a = getattr(bu, name)
        dob = np.broadcast_to(np.asarray(a.date_of_birth, "datetime64[D]"), (n,))
        at_66 = (np.broadcast_to(np.asarray(a.present, bool), (n,)) & np.isnat(dob)
                 & (np.broadcast_to(np.asarray(a.age, np.int64), (n,)) == 66))
        if not at_66.any():
            continue
        settled = at_66 & (day < _SPA_RISES_FROM)
        unsettled = np.where(at_66 & ~settled, k, unsettled)
        born = latest_birth_for_age(period_end(day), 67) + np.timedelta64(1, "D")
        adults[name] = attrs.evolve(a, date_of_birth=np.where(settled, born, dob))
    return (attrs.evolve(bu, **adults) if adults else bu), unsettled


def age_66_refused(adult: int, anchor: dt.date) -> InputError:
    """The one-line refusal of an adult given by age only who is 66 on
    ``anchor``, on or after 6 April 2026 (:func:`held_at_66`), the same on
    both paths (as :func:`entitlements.estimate` asks)."""
    return InputError(f"adults[{adult}].date_of_birth", None,
                      f"a date of birth for an adult aged 66 on {anchor.isoformat()}, the day the outcome takes effect, "
                      "on or after 6 April 2026: State Pension age now depends on it (Pensions Act 2014 s 26)")


def held_ages(bu: BenefitUnitColumns, anchor) -> BenefitUnitColumns:
    """``bu`` with each adult given by age only read as that age on
    ``anchor`` (a day, or one a row: the day the outcome takes effect), and
    the facts of birth the age settles then held on every later day: a
    birth does not move, but held at the age itself the births it allows
    would move a year a year. Those facts are the savings credit age
    condition (SPCA 2002 s 3(1)(a); where it turns on sex, met, as the
    engine works it out: :func:`entitlements.benefits.household_total.savings_credit_age_condition`)
    and whether pensionable age was reached before 1 April 2021 (the higher
    personal allowance, SI 2006/214 Sch 3 para 1, SI 2012/2885 Sch 2 para
    1). An adult of 66 before 6 April 2026 is held at the qualifying age
    (:func:`held_at_66`). Adults of 67 or over are given the condition as
    settled on ``anchor`` and a date of birth their age allows on
    ``anchor`` with the same 2021 answer (the latest such birth where it is
    yes, else the earliest on or after 1 April 1955), by which they reached
    the qualifying age for Pension Credit by ``anchor`` (State Pension age
    is under 67 for every birth before 6 March 1961, and 67 for later ones,
    Pensions Act 1995 Sch 4), as the age says on any day. Below 67 no fact
    moves (born after 5 April 1953: the condition not met; after 31 March
    1955: no 2021 allowance), and whether the qualifying age is reached
    follows the age on each day, as the Universal Credit periods take it.
    On ``anchor`` every figure is the one the age gives."""
    from ..benefits.hb_ctr import _BORN_BEFORE, _pensionable_before_2021
    from ..benefits.household_total import savings_credit_age_condition
    from ..dates import as_day, latest_birth_for_age, period_end

    bu = held_at_66(bu, anchor)[0]
    n = int(np.shape(bu.couple)[0])
    day = np.broadcast_to(as_day(anchor), (n,))
    end = period_end(day)
    adults = {}
    for name in ("adult1", "adult2"):
        a = getattr(bu, name)
        dob = np.broadcast_to(np.asarray(a.date_of_birth, "datetime64[D]"), (n,))
        age: Any = np.broadcast_to(np.asarray(a.age, np.int64), (n,))
        reached = np.broadcast_to(np.asarray(a.present, bool), (n,)) & np.isnat(dob) & (age >= 67)
        if not reached.any():
            continue
        latest = latest_birth_for_age(end, age)
        earliest = latest_birth_for_age(end, age + 1) + np.timedelta64(1, "D")
        before_2021 = np.broadcast_to(_pensionable_before_2021(a, day), (n,))
        born = np.where(before_2021, latest, np.maximum(earliest, _BORN_BEFORE))
        met, unknown = (np.broadcast_to(x, (n,)) for x in savings_credit_age_condition(a, day))
        given = np.broadcast_to(np.asarray(a.pension_age_before_2016), (n,))
        adults[name] = attrs.evolve(
            a, date_of_birth=np.where(reached, born, dob),
            pension_age_before_2016=np.where(reached & (given < 0), (met | unknown).astype(given.dtype), given))
    return attrs.evolve(bu, **adults) if adults else bu


def knock_on_weekly(before: BenefitUnitColumns, after: BenefitUnitColumns, *, on, tables: Tables, anchor=None):
    """The change in Pension Credit, Housing Benefit and Council Tax
    Reduction from ``before`` to ``after`` (array columns, one row a case)
    on ``on`` (a date, or one a row) [pence/week]; an adult given by age
    only is that age on ``anchor`` (a date, or one a row; None: on ``on``),
    as :func:`held_ages` holds it.

    Returns ``(weekly, kind, problem)``: ``weekly`` (rows x 3, the
    columns in :data:`KNOCK_ON_BENEFITS`' order, after - before); ``kind``
    a code into :data:`KNOCK_ON_KINDS`: 1 where the Pension Credit engine
    assesses the household before (all three columns); 2 below the
    qualifying age where the engine works out Housing Benefit or Council Tax
    Reduction (:func:`reads_hb_ctr`, before or after: those two columns,
    Pension Credit nil; the Universal Credit periods value the change in
    Universal Credit itself), 3 the same where Council Tax Reduction could
    not be worked out before or after (its change nil); 0 elsewhere;
    ``problem`` "" or why a pension-age row's Council Tax Reduction could
    not be worked out (a band given, and the council tax or its reduction
    check needed, before or after)."""
    from ..benefits.household_total import calculate
    from ..benefits.hb_ctr import CT_REASONS

    n = int(np.shape(before.couple)[0])
    weekly = np.zeros((n, len(KNOCK_ON_BENEFITS)), np.int64)
    kind = np.zeros(n, np.int8)
    problem = np.full(n, "", dtype=object)
    days = np.broadcast_to(np.asarray(on, "datetime64[D]"), (n,))
    working = reads_hb_ctr(before) | reads_hb_ctr(after)
    rows = np.flatnonzero(_maybe_pension_age(before, days) | working)
    if not rows.size:
        return weekly, kind, problem
    # One day for every row (a segment day of a caseload): the engine reads each table once.
    when = np.datetime64(on, "D").astype(dt.date) if np.ndim(on) == 0 else days[rows]
    sb, sa = select(before, rows), select(after, rows)
    if anchor is not None:
        at = np.broadcast_to(np.asarray(anchor, "datetime64[D]"), (n,))[rows]
        sb, sa = held_ages(sb, at), held_ages(sa, at)
    from .state_pension import state_pension_counted

    # State Pension given for an adult short of pensionable age counts from the day it is reached (a knock-on day).
    sb, sa = state_pension_counted(sb, days[rows]), state_pension_counted(sa, days[rows])
    b = calculate(sb, on=when, tables=tables)
    a = calculate(sa, on=when, tables=tables)
    assessed = np.asarray(b.pension_credit.reason) == 0
    bc, ac = b.council_tax, a.council_tax
    ok_b = (np.asarray(bc.status) == 1) & (np.asarray(bc.ctr_status) == 1)
    ok_a = (np.asarray(ac.status) == 1) & (np.asarray(ac.ctr_status) == 1)
    # Below the qualifying age (not assessed for Pension Credit) Housing Benefit and CTR alone: Pension Credit is nil.
    below = working[rows] & ~assessed
    changes = (np.asarray(a.pension_credit.award) - np.asarray(b.pension_credit.award),
               np.asarray(a.housing_benefit.award) - np.asarray(b.housing_benefit.award),
               np.where(ok_b & ok_a, np.asarray(ac.reduction_weekly) - np.asarray(bc.reduction_weekly), 0))
    for j, change in enumerate(changes):
        weekly[rows, j] = np.where(assessed | (below & (j > 0)), change, 0)
    banded = (np.asarray(sb.housing.council_tax_band) >= 0) | (np.asarray(sa.housing.council_tax_band) >= 0)
    kind[rows] = np.where(assessed, 1, np.where(below, np.where(banded & ~(ok_b & ok_a), 3, 2), 0))
    bad = assessed & (((np.asarray(bc.status) == 2) | (np.asarray(bc.ctr_status) == 2))
                      | ((np.asarray(ac.status) == 2) | (np.asarray(ac.ctr_status) == 2)))
    from .outcomes import _CT_REASON_WORDS

    for i in np.flatnonzero(bad):
        c = bc if not ok_b[i] else ac
        code = int(np.asarray(c.reason)[i]) or int(np.asarray(c.ctr_reason)[i])
        problem[rows[i]] = (f"council tax and its reduction worked out before and after the outcome (not worked out "
                            f"{'before' if not ok_b[i] else 'after'} it on {uk_date(days[rows[i]].astype(dt.date))}: "
                            f"{_CT_REASON_WORDS.get(CT_REASONS[code], CT_REASONS[code])}): at pension age the income "
                            "gain counts the change in Council Tax Reduction; give the bill's Band D "
                            "(housing_council_tax_band_d), or check the band and the council")
    return weekly, kind, problem


def household_knock_ons(before: Household, after: Household, on: dt.date, tables: Tables) -> tuple[dict[str, int], bool, str]:
    """:func:`knock_on_weekly` for one household: the change in each of
    :data:`KNOCK_ON_BENEFITS` [pence/week], whether the household is
    assessed for Pension Credit, and the problem ("" none)."""
    weekly, kind, problem = knock_on_weekly(_rows(before), _rows(after), on=np.datetime64(on, "D"), tables=tables)
    return dict(zip(KNOCK_ON_BENEFITS, (int(x) for x in weekly[0]))), bool(kind[0] == 1), str(problem[0])


def _rows(h: Household) -> BenefitUnitColumns:
    """One household as array columns of one row."""
    return households_columns([h])


def knock_on_assumption(changes: dict[str, int], on: dt.date, later=(), *, uc_before: bool = True) -> str:
    """What the knock-on lines assume, in words, with the changes found on
    ``on`` and, in ``later``, each later day's (``(day, changes)``, in
    order, each a day the changes differ from the day before's).
    ``uc_before`` False: no one in the household can be paid Universal
    Credit over the whole gain, so how it ends at the qualifying age is not
    said."""
    def said(ch):
        return ", ".join(f"{_NAMES[name]} {format_pounds(v, sign=True)}" for name, v in ch.items())

    then = "".join(f"; from {uk_date(d)}: {said(ch)}" for d, ch in later)
    crossing = ("Universal Credit is not paid past the qualifying age for Pension Credit (WRA 2012 s 4(1)(b)): "
                "it is paid to the end of the assessment period in which the age is reached (SI 2013/381 Sch 1 para 26), "
                "and Pension Credit, Housing Benefit and Council Tax Reduction from the day, that period's Universal Credit "
                "not counted as their income; ") if uc_before else ""
    return (f"Pension age: {crossing}"
            f"the outcome's change in Pension Credit (guarantee and savings credit), and through it and income in "
            f"Housing Benefit and Council Tax Reduction, is worked out for the household before and after on "
            f"{uk_date(on)}, as estimate() does, and again on each later day of the projection and arrears on which "
            "a rate it reads changes (a new row of a Pension Credit, Housing Benefit, Council Tax Reduction, "
            "disability or carer's benefit table, or past the tables' end the rates policy's) or an adult reaches "
            "the qualifying age; an age given without a date of birth is the age on the first of these days; each "
            "change counts a seventh a day over its own days: "
            f"{said(changes)} a week{then}. The severe "
            "disability additional amount (SI 2002/1792 reg 6(4), Sch I para 1) is given where no one is paid Carer's "
            "Allowance or a carer element for caring for the person and no non-dependant lives with them, as the "
            "household says (Adult.carer_paid_for, Housing.non_dependants).")


def working_age_knock_on_assumption(changes: dict[str, int], on: dt.date, later=(), *, no_ctr: bool = False,
                                    no_ctr_from: dt.date | None = None) -> str:
    """What the working-age knock-on lines assume, in words (as
    :func:`knock_on_assumption`, below the qualifying age for Pension
    Credit); ``no_ctr``: Council Tax Reduction could not be worked out
    before or after, so its change is not counted; ``no_ctr_from``: only
    from that day (a later year's council tax not shipped), its change
    counted before it."""
    def said(ch):
        return ", ".join(f"{_NAMES[name]} {format_pounds(v, sign=True)}" for name, v in ch.items()
                         if name != "pension_credit")

    then = "".join(f"; from {uk_date(d)}: {said(ch)}" for d, ch in later)
    ctr = " " + ctr_change_not_counted() if no_ctr else ""
    if no_ctr and no_ctr_from is not None:
        ctr = (f" From {uk_date(no_ctr_from)} {CTR_NOT_WORKED_OUT} (the council's scheme, its council tax or a fact "
               "it needs is not shipped): its change is counted to the day before and not from then.")
    return ("Working age: the outcome's change in Housing Benefit (temporary or specified accommodation, SI 2006/213) "
            "and Council Tax Reduction, through the change in Universal Credit and income, is worked out for the "
            f"household before and after on {uk_date(on)} (the first day of the first assessment period with the "
            "outcome in the Universal Credit award, or the day it takes effect if later), as estimate() does, and "
            "again on each later day of the projection and arrears on which a rate it reads changes; each change "
            f"counts a seventh a day over its own days: {said(changes)} a week{then}. The change in Universal "
            "Credit itself is the Universal Credit line. On Universal Credit, Housing Benefit is the maximum (income "
            "and capital disregarded, a passport: SI 2006/213 Sch 5 para 4 and Sch 6 para 5, as SI 2013/2070 reg 7(8)-(9) amended them), so a change in the award moves "
            "it only where the award begins or ends. Housing Benefit is taken to change on the same day as "
            "Universal Credit, not from the benefit week after (SI 2006/213 reg 79(1)); the Universal Credit award "
            "as worked out on each of these days, which include the first day of each assessment period in which "
            "someone given by date of birth has a birthday (SI 2013/380 Sch 1 para 20)." + ctr)


def ctr_change_not_counted() -> str:
    """What a working-age knock-on leaves out where Council Tax Reduction
    could not be worked out before or after the outcome (kind 3 of
    :data:`KNOCK_ON_KINDS`: an English council whose working-age scheme is
    not shipped): the one-household working sheet's sentence and the
    caseload's per-case note (``rates_assumed``), the same words.

    >>> ctr_change_not_counted()[:40]
    'Council Tax Reduction could not be worke'
    """
    return f"{CTR_NOT_WORKED_OUT} (the council's scheme or a fact it needs is not shipped): its change is not counted."


#: The words both of the working sheet's sentences on a Council Tax Reduction change left out share (altogether:
#: :func:`ctr_change_not_counted`; from a day on: "From DD/MM/YYYY ..."), which the caseload's flag
#: (``ctr_change_not_counted``) answers to.
CTR_NOT_WORKED_OUT = "Council Tax Reduction could not be worked out before or after the outcome"


def ctr_not_counted(ko: KnockOns | None, valid) -> np.ndarray:
    """Each ``valid`` case of ``ko`` (a caseload's knock-ons; None: none)
    whose Council Tax Reduction change is not counted (:func:`ctr_change_not_counted`)."""
    valid = np.asarray(valid, bool)
    if ko is None or ko.ctr_not_counted is None:
        return np.zeros(valid.shape, bool)
    return np.asarray(ko.ctr_not_counted, bool) & valid


@attrs.frozen
class KnockOns:
    """Each case's knock-on lines [pence], one column a benefit of
    :data:`KNOCK_ON_BENEFITS`: a week when the outcome is in payment (at the
    rates in force when the recurring gain is measured; nil where the award
    has ended by then), over the projection, and as arrears. ``read_from``
    and ``read_to``: the first and last day each case's knock-on was worked
    out on (day numbers; NEVER and -NEVER for none), for the rates it
    assumed."""

    weekly: np.ndarray
    projected: np.ndarray
    arrears: np.ndarray
    read_from: np.ndarray | None = None
    read_to: np.ndarray | None = None
    counted_to: np.ndarray | None = None  # the day after the last each case's knock-on counts (knock_on_end)
    #: Each case whose Council Tax Reduction change is not counted (:func:`ctr_change_not_counted`) on a day its
    #: knock-on was worked out; None: none.
    ctr_not_counted: np.ndarray | None = None

    @classmethod
    def none(cls, n: int) -> KnockOns:
        zero = np.zeros((n, len(KNOCK_ON_BENEFITS)), np.int64)
        return cls(zero, zero, zero)


def _case_rows(c, rows):
    """Cases ``rows`` of ``c`` (the changed households stay whole: ``after_row`` indexes them)."""
    n = len(c)

    def pick(name, v):
        if name == "after":
            return v
        if isinstance(v, BenefitUnitColumns):
            return select(v, rows)
        return v[rows] if isinstance(v, np.ndarray) and v.ndim and v.shape[0] == n else v

    return attrs.evolve(c, **{f.name: pick(f.name, getattr(c, f.name)) for f in attrs.fields(type(c))})


def _held_cases(c, rows, anchor):
    """Cases ``c`` with the households (before, and changed) of cases
    ``rows`` as :func:`held_ages` holds them on each case's ``anchor``."""
    from ._projection import _replace_rows

    before = _replace_rows(c.before, rows, held_ages(select(c.before, rows), anchor[rows]))
    after = c.after
    if after is not None:
        has = rows[c.after_row[rows] >= 0]
        if has.size:
            at = c.after_row[has]
            after = _replace_rows(after, at, held_ages(select(after, at), anchor[has]))
    return attrs.evolve(c, before=before, after=after)


def _after_columns(sub, protected, on, tables: Tables) -> BenefitUnitColumns:
    """The households of cases ``sub`` once the outcome is in payment (as
    the engine calls of the projection make them: Carer's Allowance at the
    rate in force ``on`` less the carer's overlapping benefits; a changed
    household as given)."""
    from ._engine_calls import phase_columns
    from ._projection import _replace_rows
    from .overlapping import case_overlapping_weekly, with_carers_allowance

    _, full, ca_adult = phase_columns(sub, protected)
    if (ca_adult > 0).any():
        rate = np.asarray(tables.at("carers_allowance.rate", on), np.int64)
        # The carer's State Pension overlaps from the day pensionable age is reached (state_pension_counted).
        from .state_pension import state_pension_counted

        full = with_carers_allowance(full, ca_adult, rate,
                                     case_overlapping_weekly(state_pension_counted(sub.before, on), ca_adult))
    if sub.after is not None:
        has = sub.after_row >= 0
        if has.any():
            changed = select(sub.after, sub.after_row[has])
            k = max(full.children.present.shape[-1], changed.children.present.shape[-1])
            full, changed = (attrs.evolve(x, children=_widen(x.children, k)) for x in (full, changed))
            full = _replace_rows(full, np.flatnonzero(has), changed)
    return full


def _widen(children, k: int):
    """Child columns with ``k`` slots (empty slots added: not present, no date of birth)."""
    def pad(a):
        a = np.asarray(a)
        extra = k - a.shape[-1]
        if extra <= 0:
            return a
        fill = np.datetime64("NaT") if a.dtype.kind == "M" else 0
        return np.concatenate([a, np.full(a.shape[:-1] + (extra,), fill, dtype=a.dtype)], axis=-1)

    return type(children)(**{f.name: pad(getattr(children, f.name)) for f in attrs.fields(type(children))})


def _weekly_rows(c, rows, protected, on, tables: Tables):
    """:func:`knock_on_weekly` for cases ``rows`` (a case may come more than
    once) on ``on`` (a day a row, or one for all), with why each that fails
    does (a table that does not cover its day: that row alone)."""
    from ..errors import EntitlementsError

    def run(ix):
        sub = _case_rows(c, rows[ix])
        day = on if np.ndim(on) == 0 else on[ix]
        return knock_on_weekly(sub.before, _after_columns(sub, protected[rows[ix]], day, tables), on=day, tables=tables)

    try:
        weekly, kind, problem = run(np.arange(rows.size))
    except EntitlementsError:
        weekly = np.zeros((rows.size, len(KNOCK_ON_BENEFITS)), np.int64)
        kind = np.zeros(rows.size, np.int8)
        problem = np.full(rows.size, "", dtype=object)
        for j in range(rows.size):
            try:
                w, k, p = run(np.array([j]))
                weekly[j], kind[j], problem[j] = w[0], k[0], p[0]
            except EntitlementsError as e:
                problem[j] = f"the rules do not cover a value this case needs: {e}"
    return weekly, kind, problem


def _epoch_rows(c, rows, protected, on, tables: Tables, readers):
    """:func:`_weekly_rows` for cases ``rows`` on ``on`` (one day, or a day a
    row), all within one rate epoch (no day of :func:`knock_on_reads`
    between them, so every table covers all the days or none), where a table
    that does not cover them fails at once every case that reads it
    (:func:`reads_table` by ``readers``, as :func:`knock_on_readers`) and
    the others are worked out again together: past the tables' end under
    the rates policy ``strict`` a whole caseload fails in a few engine
    calls, not one a case. Where no case is known to read the table, one a
    case."""
    from ..errors import NoRowInForce

    weekly = np.zeros((rows.size, len(KNOCK_ON_BENEFITS)), np.int64)
    kind = np.zeros(rows.size, np.int8)
    problem = np.full(rows.size, "", dtype=object)
    todo = np.arange(rows.size)
    while todo.size:
        sub = _case_rows(c, rows[todo])
        day = on if np.ndim(on) == 0 else on[todo]
        try:
            w, k, p = knock_on_weekly(sub.before, _after_columns(sub, protected[rows[todo]], day, tables), on=day, tables=tables)
        except NoRowInForce as e:
            hit = reads_table(e.table_id, readers[rows[todo]])
            if not hit.any():
                weekly[todo], kind[todo], problem[todo] = _weekly_rows(c, rows[todo], protected, day, tables)
                break
            problem[todo[hit]] = f"the rules do not cover a value this case needs: {e}"
            todo = todo[~hit]
            continue
        weekly[todo], kind[todo], problem[todo] = w, k, p
        break
    return weekly, kind, problem


def _segments_weekly(c, case, day, breaks, protected, tables: Tables, readers):
    """:func:`knock_on_weekly` for each pair (``case``, ``day``): the pairs
    on a day of ``breaks`` (every case's) one engine call a day, the rest
    (the days the outcomes take effect, the days adults reach the
    qualifying age) one call a rate epoch with a day a row
    (:func:`_epoch_rows`: rows with days on both sides of a table's end in
    one call could be refused together)."""
    weekly = np.zeros((case.size, len(KNOCK_ON_BENEFITS)), np.int64)
    kind = np.zeros(case.size, np.int8)
    problem = np.full(case.size, "", dtype=object)
    shared = np.isin(day, breaks)
    epoch = np.searchsorted(breaks, day, side="right")
    for k in np.unique(epoch[~shared]):
        ix = np.flatnonzero(~shared & (epoch == k))
        weekly[ix], kind[ix], problem[ix] = _epoch_rows(c, case[ix], protected, day[ix].astype("datetime64[D]"), tables, readers)
    for d in np.unique(day[shared]):
        ix = np.flatnonzero(day == d)
        weekly[ix], kind[ix], problem[ix] = _epoch_rows(c, case[ix], protected, to_date(d), tables, readers)
    return weekly, kind, problem


def caseload_knock_ons(c, t, windows, tables: Tables, v) -> KnockOns | None:
    """Each case's knock-on lines (the caseload twin of the one-household
    path's): the changes worked out on the day the outcome takes effect
    (``t.eff``; below the qualifying age, :func:`knock_on_first_day`) and on every later day of its windows on which
    something they read changes (:func:`knock_on_days`), each counted over
    its own days; ``windows`` the projection's and the arrears' days
    (:func:`entitlements.gain._projection.line_windows`). A case whose
    Council Tax Reduction cannot be worked out, or whose rules do not cover
    a day, fails (``v``). None where no case may be of pension age or
    have its HB or CTR worked out (nothing to add)."""
    from ._coverage import knock_on_reads
    from .calendar import _start
    from .cases import KIND
    from .outcomes import HB_CTR_KINDS

    n = len(c)
    eff = np.asarray(t.eff, np.int64)
    weekly_day = np.maximum(np.asarray(_start(t.ymF, t.domF, t.rep), np.int64), eff)
    end = knock_on_end(windows, eff, weekly_day, t.rep_live)
    hb_ctr = np.isin(c.kind, [KIND[k] for k in HB_CTR_KINDS])
    pension = _maybe_pension_age(c.before, (end - 1).astype("datetime64[D]"))
    # Below the qualifying age, from the day the Universal Credit award changes (knock_on_first_day).
    # A mixed-age couple on Universal Credit (the older partner adult 1) too (qa-adv10, 2026-12-08).
    first = np.where(pension & ~on_universal_credit(c.before, eff), eff,
                     knock_on_first_day(eff, np.asarray(_start(t.ymF, t.domF, t.in_payment), np.int64)))
    working = _working_rows(c) & (first < end)
    rows = np.flatnonzero(v.valid & ~hb_ctr & (pension | working))
    if not rows.size:
        return None
    ids, breaks = knock_on_reads(tables)
    readers = knock_on_readers(c.before, c.after, c.after_row)
    sub = select(c.before, rows)
    # Below the qualifying age, also each assessment period a birthday can change the Universal Credit award in.
    born = np.where(~pension[rows][:, None], birthday_period_starts(sub, np.asarray(t.F, np.int64)[rows], first[rows], end[rows]),
                    NEVER)
    row, day = knock_on_days(first[rows], end[rows], breaks, np.concatenate([qualifying_age_days(sub), born], axis=1),
                             breaks_read(tables, ids, breaks, readers[rows]))
    # An age given alone is the age on the day the outcome takes effect (held_ages): once a case, not once a day.
    held = _held_cases(c, rows, eff.astype("datetime64[D]"))
    weekly, kind, problem = _segments_weekly(held, rows[row], day, breaks, t.protected, tables, readers)
    bad = np.zeros(n, bool)
    text: dict[int, str] = {}
    for k in np.flatnonzero(problem != ""):
        text.setdefault(int(rows[row[k]]), str(problem[k]))
        bad[rows[row[k]]] = True
    v.fail(bad, lambda i: text[i])
    ok = v.valid[rows]
    weekly = np.where(ok[row][:, None], weekly, 0)
    (pa, pz), (aa, az) = windows

    def spread(a):
        out = np.zeros((n,) + a.shape[1:], a.dtype)
        out[rows] = a
        return out

    now = knock_on_in_force(row, day, weekly, weekly_day[rows], rows.size)
    first, last = np.full(n, NEVER, np.int64), np.full(n, -NEVER, np.int64)
    np.minimum.at(first, rows[row], day)
    np.maximum.at(last, rows[row], day)
    no_ctr = np.zeros(n, bool)  # on any of its days, as the one-household path's working sheet says
    np.logical_or.at(no_ctr, rows[row], kind == KNOCK_ON_KINDS.index("working_age_no_ctr"))
    return KnockOns(np.where((t.rep_live & v.valid)[:, None], spread(now), 0),
                    spread(knock_on_over(row, day, weekly, pa[rows], pz[rows], rows.size)),
                    spread(knock_on_over(row, day, weekly, aa[rows], az[rows], rows.size)),
                    np.where(v.valid, first, NEVER), np.where(v.valid, last, -NEVER), np.where(v.valid, end, -NEVER),
                    no_ctr & v.valid)


def knock_on_first_day(eff, in_payment_start):
    """The first day a working-age knock-on counts (day numbers, one a
    case): the first day of the first assessment period with the outcome in
    the Universal Credit award (for LCWRA, after the relevant period: SI
    2013/376 reg 28), or the day the outcome takes effect where later (an
    outcome that changes no Universal Credit, as PIP for a working-age
    Housing Benefit premium, changes its period's award from the start)."""
    return np.maximum(np.asarray(eff, np.int64), np.asarray(in_payment_start, np.int64))


def _working_rows(c) -> np.ndarray:
    """Cases whose household, before or once changed (``c.after``), has its
    Housing Benefit or CTR worked out below the qualifying age (:func:`reads_hb_ctr`)."""
    out = np.array(reads_hb_ctr(c.before), bool)
    if c.after is not None:
        has = np.flatnonzero(np.asarray(c.after_row) >= 0)
        if has.size:
            out[has] |= reads_hb_ctr(c.after)[np.asarray(c.after_row)[has]]
    return out


def knock_on_totals(ko: KnockOns | None, valid, convention: str):
    """Each case's knock-on lines added up: (a week, over the projection,
    as arrears, and in the annual gain by ``convention``) [pence]; 0 where
    there are none. Cases not ``valid`` count nil."""
    from ..money import weekly_to_monthly

    if ko is None:
        return 0, 0, 0, 0
    weekly, projected, arrears = (np.where(valid, a.sum(axis=1), 0) for a in (ko.weekly, ko.projected, ko.arrears))
    annual = weekly * 52 if convention == "weekly_x52" else np.where(valid, weekly_to_monthly(ko.weekly).sum(axis=1), 0) * 12
    return weekly, projected, arrears, annual
