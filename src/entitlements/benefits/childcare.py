"""Childcare: Universal Credit's childcare costs element, and the relevant
childcare charges the Housing Benefit and Council Tax Reduction schemes
take off earnings.

**Universal Credit childcare costs element.**

Universal Credit Regulations 2013 (SI 2013/376) regs 31-35: 85% of the
relevant childcare charges paid for the assessment period, up to the
maximum for one child or for two or more (reg 34, the reg 36 table; raised
from 28 June 2023 by SI 2023/593), and only where the work condition of
reg 32 is met: a single claimant in paid work; joint claimants both in paid
work, or one in paid work and the other with limited capability for work
or caring responsibilities (reg 32(1)(b)).

Not modelled: the "treated as in paid work" cases of reg 32(2) (an offer
of work, statutory sick or maternity pay; give ``in_paid_work=True``), the
reporting condition of reg 33(1)(b), and temporary absence of a partner.

**Relevant childcare charges** (:func:`relevant_childcare_charges`), the
deduction from earnings the older schemes share in one wording: pension-age
Housing Benefit (SI 2006/214 regs 30(1)(c), 31), the pensioners' Council Tax
Reduction schemes (SI 2012/2885 Sch 1 paras 24(1)(c), 25; WSI 2013/3029 Sch
1 paras 18(1)(c), 19; SSI 2012/319 regs 28(1)(c), 29) and the Welsh
working-age scheme without UC (WSI 2013/3029 Sch 6 paras 20(1)(c), 21): the
charges for a child to the day before the first Monday in September after
the 15th birthday (16th if disabled), for a lone parent in remunerative work
or a couple both in it (or one in it, the other incapacitated), at most
£175 a week for one child and £300 for more (each scheme's rule table).
Each scheme says who is a disabled child and who is incapacitated in its own
words; the caller picks them (``disabled_by_any_award``, ``incapacitated``).
"""

from __future__ import annotations

import numpy as np

from ..money import percent_of
from ..tables import Tables
from ._numeric import is_array, out_int, pence, table_on, whole
from ._numeric import weekly_from_monthly as _weekly

__all__ = ["work_condition_met", "childcare_costs_element", "childcare_charges_deducted", "relevant_childcare_charges",
           "first_monday_in_september_after"]


def work_condition_met(couple, works1, works2, lcw2, lcw1, carer1, carer2):
    """Reg 32: the work condition for the childcare costs element."""
    other_excused1 = works1 | lcw1 | carer1  # first claimant in work, or excused
    other_excused2 = works2 | lcw2 | carer2
    joint = (works1 & other_excused2) | (works2 & other_excused1)
    return np.where(couple, joint, works1)


def childcare_costs_element(costs_monthly, children_in_childcare, condition_met, *, on, tables: Tables):
    """Childcare costs element [pence/month]: 85% of the charges (reg 34(1),
    a fraction of a penny rounded by reg 6(1)), capped at the maximum for one
    child or for two or more."""
    share = percent_of(np.asarray(costs_monthly, dtype=np.int64), tables.at("uc.childcare_percent", on))
    caps = tables.at("uc.childcare_cap", on)
    cap = np.where(children_in_childcare >= 2, caps["two_or_more_children"], caps["one_child"])
    return np.where(condition_met & (children_in_childcare > 0), np.minimum(share, cap), 0)


def childcare_charges_deducted(weekly_charges, children_paid_for, *, on, tables: Tables,
                               table: str = "ctr.wales_working_age.childcare_charges_limit"):
    """The relevant childcare charges a scheme deducts from earnings
    [pence/week], before the cap at the earnings: the charges, at most the
    ``table``'s ``one_child`` sum where they are paid for one child and its
    ``more_than_one_child`` sum for more (£175 and £300 a week in every
    scheme read: WSI 2013/3029 Sch 6 para 20(3) and Sch 1 para 18(3); SI
    2006/214 reg 30(3); SI 2012/2885 Sch 1 para 24(3); SSI 2012/319 reg 28(3)).
    Whether the scheme's conditions are met is the caller's. Scalars or arrays.

    >>> import datetime as dt
    >>> from entitlements.tables import default_tables
    >>> childcare_charges_deducted(23077, 1, on=dt.date(2025, 6, 1), tables=default_tables())   # £230.77: £175
    17500
    """
    scalar = not is_array(weekly_charges, children_paid_for, on)
    charges = pence("weekly_charges", weekly_charges)
    k = whole("children_paid_for", children_paid_for, 0, 20, "a whole number of children")
    limit = tables.at(table, table_on(on))
    most = np.where(k > 1, limit["more_than_one_child"], np.where(k == 1, limit["one_child"], 0))
    return out_int(np.minimum(charges, most), scalar)


def first_monday_in_september_after(dob, years):
    """The first Monday in September following each ``years``-th birthday
    (``dob`` datetime64[D]), the day the childcare age limit runs to (the
    day before it): "the Monday which first occurs in the month of September
    in any year" (SI 2006/214 reg 31(9); WSI 2013/3029 Sch 6 para 21(9))."""
    dob = np.asarray(dob, dtype="datetime64[D]")
    month_start = dob.astype("datetime64[M]")
    month = month_start.astype(np.int64) % 12  # 0 is January
    day = (dob - month_start.astype("datetime64[D]")).astype(np.int64)  # 0 is the 1st
    year = dob.astype("datetime64[Y]").astype(np.int64) + years  # years since 1970

    def first_monday(y):
        sep1 = (y * 12 + 8).astype("datetime64[M]").astype("datetime64[D]")
        return sep1 + ((4 - sep1.astype(np.int64)) % 7)  # day 4 (5 January 1970) was a Monday

    monday = first_monday(year)
    # A birthday on or after that year's first Monday in September: the next year's is the one "following" it.
    on_or_after = (month > 8) | ((month == 8) & (day >= (monday - monday.astype("datetime64[M]")).astype(np.int64)))
    return np.where(on_or_after, first_monday(year + 1), monday)


def _incapacitated_by_award(a, cut):
    """Attendance allowance, DLA or PIP (any component) payable for adult
    ``a``: a case of "incapacitated" in every scheme read (SI 2006/214 reg
    31(11)(d); SI 2012/2885 Sch 1 para 25(10)(f); WSI 2013/3029 Sch 1 para
    19(11)(f) and Sch 6 para 21(11)(f); SSI 2012/319 reg 29(11)(f))."""
    return (cut(a.attendance_allowance) > 0) | (cut(a.dla_care) > 0) | (cut(a.dla_mobility) > 0) | (
        cut(a.pip_daily_living) > 0) | (cut(a.pip_mobility) > 0)


# Long because: the scheme's conditions, each a line or two (the children under the age limit, who works, who is
# incapacitated, which case is open), read the same columns; split, each part would pass the same eight arguments.
def relevant_childcare_charges(bu, n: int, rows, day_each, couple, children, m1, m2, *, on, tables: Tables,
                               table: str, disabled_by_any_award: bool = False, incapacitated=(False, False)):
    """The relevant childcare charges a scheme deducts for ``rows`` of ``n``
    benefit units [pence/week, at most the ``table``'s limit, before the cap
    at the earnings], and whether the household's facts leave them open.

    The work condition (SI 2006/214 reg 31(1) and its twins): a lone parent
    (``children`` > 0, no partner) in remunerative work; a couple both in it,
    or one in it and the other incapacitated (a partner in hospital or prison
    is not modelled). Remunerative work is 16 hours a week or more (SI
    2006/214 reg 6(1); WSI 2013/3029 reg 10), read from each adult's
    ``work_hours_weekly``, in work "for which payment is made or which is done
    in expectation of payment" (reg 6(1), read 2026-12-08): an adult with
    earnings (``m1``, ``m2`` above nil) or ``in_paid_work`` (self-employed
    without profit, pay not yet received; since 2026-12-08: before, an adult
    without earnings was taken not to be in it, so a partner's first penny
    could add the whole deduction). Incapacitated: attendance allowance, DLA or PIP
    payable, and the caller's ``incapacitated`` (one flag an adult: the
    pension-age schemes' partner aged 80 or more); a partner who is blind, or
    has limited capability for work or the ESA support component, with none
    of these, leaves it open (the schemes' disability-premium and ESA cases
    turn on facts the household does not hold).

    The charges (``childcare_costs_monthly``, taken to be paid to a provider
    the scheme lists, as UC also requires) are made weekly x 12 / 52 (SI
    2006/214 reg 33(1)(b)(i), the charges "estimated over such period, not
    exceeding a year", reg 31(10)), for ``childcare_children`` children,
    each of whom must be under the age limit on the day (``day_each``,
    datetime64[D] a row of ``n``): to the day before the first Monday in
    September following the 15th birthday, the 16th for a disabled child.
    Disabled: ``disabled_by_any_award`` (SI 2006/214 reg 31(13); SSI
    2012/319 reg 29(14)): DLA or PIP of any component, or blind (the UC
    disabled child rate of any kind); otherwise (SI 2012/2885 Sch 1 para
    25(13); WSI 2013/3029 Sch 1 para 19(14), Sch 6 para 21(14)): the DLA care
    component or PIP daily living, or blind (the UC higher rate covers a blind
    child). Where fewer children are under the limit than the charges are for,
    the charges cannot be told apart: the limit is for those under it (none:
    no deduction) and the case is open. ``on``: the day or days the
    ``table`` is read on (for ``rows``)."""

    def cut(x):
        return np.broadcast_to(np.asarray(x), (n,))[rows]

    def kids(x):
        x = np.asarray(x)
        return np.broadcast_to(x if x.ndim > 1 else x[None, :], (n, x.shape[-1]))[rows]

    ch = bu.children
    rate = kids(ch.disabled_child_rate)
    disabled = (rate > 0) if disabled_by_any_award else (
        (kids(ch.dla_care) > 0) | (kids(ch.pip_daily_living) > 0) | (rate == 2))
    dob = kids(ch.date_of_birth)
    end = np.where(disabled, first_monday_in_september_after(dob, 16), first_monday_in_september_after(dob, 15))
    under = (kids(ch.present) & (np.asarray(day_each[rows], dtype="datetime64[D]")[:, None] < end)).sum(axis=-1)
    charges, paid_for = cut(bu.childcare_costs_monthly), cut(bu.childcare_children)
    has = charges > 0
    a1, a2 = bu.adult1, bu.adult2
    h1, h2 = cut(a1.work_hours_weekly), cut(a2.work_hours_weekly)
    paid1, paid2 = (m1 > 0) | cut(a1.in_paid_work), (m2 > 0) | cut(a2.in_paid_work)  # reg 6(1): paid or expected
    works = [(paid1 & (h1 >= 16), paid1 & ((h1 >= 16) | (h1 < 0))),
             (paid2 & (h2 >= 16), paid2 & ((h2 >= 16) | (h2 < 0)))]  # (surely, perhaps) in remunerative work
    inc1 = _incapacitated_by_award(a1, cut) | cut(incapacitated[0])
    inc2 = _incapacitated_by_award(a2, cut) | cut(incapacitated[1])

    def open_(a):
        return cut(a.blind) | cut(a.lcw) | cut(a.lcwra) | cut(a.esa_support_component)

    def met(k, i1, i2):
        w1, w2 = works[0][k], works[1][k]
        return np.where(couple, (w1 & w2) | (w1 & i2) | (w2 & i1), (children > 0) & w1)

    surely, perhaps = met(0, inc1, inc2), met(1, inc1 | open_(a1), inc2 | open_(a2))
    counted = np.minimum(paid_for, under)
    unsure = has & ((surely != perhaps) | (paid_for > under))
    deducted = childcare_charges_deducted(_weekly(charges), counted, on=on, tables=tables, table=table)
    return np.where(has & surely, deducted, 0), unsure
