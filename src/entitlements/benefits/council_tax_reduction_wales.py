"""Council Tax Reduction in Wales, working age: the earnings disregards [pence/week].

One job: how much of a working-age household's weekly earnings the Welsh
national scheme leaves out of its income, under the Council Tax Reduction
Schemes and Prescribed Requirements (Wales) Regulations 2013 (WSI 2013/3029)
Sch 8, read 2026-12-06 in the Welsh-language text as made
(``legalize-dev/legalize-uk``, ``uk-wls/wsi-2013-3029.md``; the English text of
para 18 as made on legislation.gov.uk), with the amendments of WSI 2016/50
reg 11 and WSI 2018/14 reg 11 (read; neither changes a sum). The sums are in
``rules/ctr/wales_working_age/earnings_disregard.toml``.

- **One disregard** (paras 4-11), the first that applies: a lone parent £25
  (para 5); else £20 where the applicable amount includes the disability
  premium, the severe disability premium or an ESA component (para 4); else,
  with the carer premium, £20 of the carer's earnings (para 6; both carers'
  earnings together where both have it, at most £20), and where the premium
  is for the applicant alone and the applicant earns less than £20, up to £10
  of the partner's earnings more, at most £20 in all (para 7); else £10 for a
  couple (para 8); else £5 (para 11). For a couple the disregard of paras 4 and
  8 is taken from their earnings together: it is not applied to the partner
  except where, and to the extent that, the applicant's earnings disregarded
  fall short of it (paras 4(1), 8).
- **The additional disregard** (para 18): £17.10 more where a para 18(2)
  condition is met (the caller's ``additional``: 30 hours' work at 25 or over,
  16 hours for a couple with a family premium, a lone parent, or someone whose
  disability premium or ESA component is in the applicable amount) **and** the
  net earnings are at least the disregard, the childcare charges deducted
  (Sch 6) and £17.10 together (para 18(1), (3)). Below that line nothing
  more is disregarded: a household just below it keeps more of its earnings as
  income than one just above (a cliff of up to £17.10 a week that the law
  draws; the Housing Benefit and English pension-age schemes have the same
  one, once met by a disregard from working tax credit, now closed).

Not modelled (the household does not hold the facts): the £20 of part-time
firefighters, auxiliary coastguards, lifeboat crews and reserve forces
(paras 9-10), permitted work with contributory ESA (para 12), the unused
£10/£20 of Sch 9 paras 23-24 (para 13), the earnings of a child (para 17) and
earnings of a job that has ended (paras 1-3). Income support, income-based
JSA and income-related ESA disregard all earnings (para 14): the caller's
``passported`` in :func:`.council_tax_reduction.wales_working_age_reduction`.
"""

from __future__ import annotations

import datetime as dt  # noqa: F401  (doctests)

import numpy as np

from ..money import divide_half_up
from ..tables import Tables
from ._numeric import flag, is_array, out_int, pence, table_on

__all__ = ["earnings_disregard", "childcare_charges_deducted"]


def earnings_disregard(weekly_earnings1, weekly_earnings2=0, *, on, tables: Tables, couple=False,
                       lone_parent=False, disability=False, carer1=False, carer2=False, additional=False,
                       weekly_childcare_charges=0, table="ctr.wales_working_age.earnings_disregard"):
    """Weekly earnings disregarded under WSI 2013/3029 Sch 8 [pence/week];
    never more than the earnings. Scalars or arrays.

    ``weekly_earnings1`` and ``weekly_earnings2`` are the applicant's and the
    partner's net earnings (the partner's counts only for a ``couple``);
    ``disability``: the applicable amount includes the disability or severe
    disability premium or an ESA component (para 4(2)); ``carer1``,
    ``carer2``: the carer premium is in it for the applicant, for the partner
    (paras 6-7); ``additional``: a para 18(2) condition is met;
    ``weekly_childcare_charges``: the charges deducted from earnings (Sch 6),
    which para 18(3)(b) adds to the line the earnings must reach.

    ``table``: the rule table of the sums. The Scottish working-age scheme
    has the same paragraphs with the same sums (SSI 2021/249 Sch 3 paras
    4-8, 11 and, for earnings without UC, para 15's £17.10 on the same two
    conditions, para 15(1)-(3)): ``"ctr.scotland_working_age.earnings_disregard"``
    serves it, week or assessment period alike (the sums carry no period).

    >>> from entitlements.tables import default_tables
    >>> earnings_disregard(30000, on=dt.date(2025, 6, 1), tables=default_tables(), additional=True)  # £5 + £17.10
    2210
    """
    scalar = not is_array(weekly_earnings1, weekly_earnings2, on, couple, lone_parent, disability, carer1, carer2,
                          additional, weekly_childcare_charges)
    c = flag("couple", couple)
    e1 = pence("weekly_earnings1", weekly_earnings1)
    e2 = np.where(c, pence("weekly_earnings2", weekly_earnings2), 0)
    lone, dis = flag("lone_parent", lone_parent) & ~c, flag("disability", disability)
    care1, care2 = flag("carer1", carer1), flag("carer2", carer2) & c
    s = tables.at(table, table_on(on))
    total = e1 + e2
    # Paras 6-7: the carer's earnings (both carers' together, at most £20); the partner's up to £10 more where
    # the premium is for the applicant alone and the applicant earns less than £20, at most £20 in all.
    carers = np.minimum(np.where(care1, e1, 0) + np.where(care2, e2, 0), s["carer"])
    para7 = c & care1 & ~care2 & (e1 < s["carer"]) & (e2 > 0)
    carers = carers + np.where(para7, np.minimum(np.minimum(e2, s["carer_partner"]), s["carer"] - carers), 0)
    base = np.where(lone, np.minimum(total, s["lone_parent"]),
                    np.where(dis, np.minimum(total, s["disabled"]),
                             np.where(care1 | care2, carers,
                                      np.where(c, np.minimum(total, s["couple"]), np.minimum(e1, s["single"])))))
    line = base + pence("weekly_childcare_charges", weekly_childcare_charges) + s["additional"]
    more = np.where(flag("additional", additional) & (total >= line), s["additional"], 0)
    return out_int(base + more, scalar)


def childcare_charges_deducted(weekly_charges, children_paid_for, *, on, tables: Tables):
    """The relevant childcare charges deducted from earnings under WSI
    2013/3029 Sch 6 para 20(1)(c), (3) [pence/week], before the cap at the
    earnings: the charges, at most £175 a week where they are paid for one
    child and £300 for more than one (rule table
    ``ctr.wales_working_age.childcare_charges_limit``). Whether para 21's
    conditions are met is the caller's. Scalars or arrays
    (:func:`.childcare.childcare_charges_deducted`, with this scheme's table).

    >>> from entitlements.tables import default_tables
    >>> childcare_charges_deducted(23077, 1, on=dt.date(2025, 6, 1), tables=default_tables())   # £230.77: £175
    17500
    """
    from .childcare import childcare_charges_deducted as deducted

    return deducted(weekly_charges, children_paid_for, on=on, tables=tables,
                    table="ctr.wales_working_age.childcare_charges_limit")


def _childcare(bu, n: int, rows, days, couple, children, m1, m2, tables: Tables):
    """The relevant childcare charges (Sch 6 paras 20(1)(c), (3), 21) for
    ``rows`` [pence/week, before the cap at earnings], and whether the
    household's facts leave them open: :func:`.childcare.relevant_childcare_charges`
    with this scheme's limit and its disabled child (para 21(14): DLA care or
    PIP daily living payable, or blind). Para 21(1): a lone parent in
    remunerative work; a couple both in it, or one in it and the other
    incapacitated (para 21(11)(f): attendance allowance, DLA or PIP payable
    for them; other cases of para 21(11), and a partner in hospital or
    prison, are not modelled: a partner blind, or with limited capability
    for work or the ESA support component, with none of those benefits,
    leaves it open where it decides it); para 21(6): the age limit; para
    21(10): the charges made weekly x 12 / 52."""
    from .childcare import relevant_childcare_charges

    return relevant_childcare_charges(bu, n, rows, days.each, couple, children, m1, m2, on=days[rows], tables=tables,
                                      table="ctr.wales_working_age.childcare_charges_limit")


def schedule_8_columns(f: dict, bu, n: int, rows, days, disability, tables: Tables, scheme="wales_working_age"):
    """The Sch 8 disregard for ``rows`` of a caseload (the facts
    :func:`.council_tax_columns.council_tax_for` gathers in ``f``), returning
    ``(weekly_earnings, disregarded, unsure, childcare)`` [pence/week, a flag,
    and the relevant childcare charges deducted from the earnings left after
    the disregard, Sch 6 para 20(1)(c): :func:`_childcare`, at most those
    earnings; an excess para 20(2) would take from tax credits is not
    modelled].

    Each adult's earned income as UC counts it (``f["wa"]``, a month) is made
    weekly (x 12 / 52, to the penny); where the adults' figures are not given
    the household's (``f["earned"]``) is taken as the applicant's. Sch 6 para
    15(3)(b) deducts only half of a contribution to an occupational pension
    scheme (UC's measure deducts all of it, SI 2013/376 reg 55(5)): where the
    contribution is under a net pay arrangement, which only an occupational
    (or public service) scheme may operate (Finance Act 2004 s 191(3)-(4)),
    half of it is added back to the month before it is made weekly. The carer
    premium goes with Carer's Allowance entitlement (Sch 7 para 14; para 6
    names the person who is, or is treated as, getting it). The para 18(2)
    conditions are read from each adult's hours
    (:func:`.hb_ctr.additional_earnings_disregard`, with the disability
    premium's condition for (b)(iv) and a child, whose family premium Sch 7
    para 4 gives, for (b)(ii)); hours not given meet none of them.

    ``unsure`` (check needed where there are earnings): the childcare cases
    :func:`_childcare` leaves open; a pension contribution relieved at
    source (a personal pension's "qualifying contribution" is worked out
    over the days of the assessment period, para 15(3)(c), (5), which the
    household does not give, and an occupational scheme may use relief at
    source too), or one where the adults' earnings are not given one by one
    or UC's measure of them is nil; and the carer premium for the partner
    alone where the partner earns under £20 and the applicant works, where
    para 7's £10 turns on which of the couple is the applicant (its words:
    the premium awarded "in respect of an applicant"), and the household
    does not say (``Household.applicant``; given, para 7 is worked out for
    the carer who applies). Not given, adult 1 is taken as the applicant
    otherwise, as before.

    ``scheme="scotland_working_age"``: the Scottish working-age scheme for an
    applicant with no award of UC, whose net earnings (SSI 2021/249 reg
    50(3)(a)-(c): less income tax, primary Class 1 contributions and half of
    a contribution to an occupational or personal pension scheme) and Sch 3
    (paras 4-8, 11; para 15's £17.10 on the conditions of para 15(2), which
    follow para 18(2) here, and the line of para 15(3)) are the same; its
    sums are the Scottish table's. Relevant childcare charges (regs 38(2)(c),
    77) are not worked out: with childcare costs given, the row is left open
    (reg 77's conditions were read only in part, paras (1)-(9), and reg
    38(2)(c) takes the charges off the whole income, not the earnings)."""
    from ._numeric import weekly_from_monthly as weekly
    from .hb_ctr import _disability_premium_condition, additional_earnings_disregard

    def cut(x):
        return np.broadcast_to(np.asarray(x), (n,))[rows]

    wa, couple = f["wa"], f["couple"][rows]
    m1, m2 = wa["earned1"][rows], np.where(couple, wa["earned2"][rows], 0)
    given = (m1 + m2) == f["earned"][rows]
    m1, m2 = np.where(given, m1, f["earned"][rows]), np.where(given, m2, 0)
    p1, p2 = cut(bu.adult1.pension_contribution_monthly), np.where(couple, cut(bu.adult2.pension_contribution_monthly), 0)
    net_pay1, net_pay2 = cut(bu.adult1.pension_relief) != 1, cut(bu.adult2.pension_relief) != 1  # PENSION_RELIEFS
    half = [np.where(given & net_pay & (m > 0), p, 0) for m, p, net_pay in ((m1, p1, net_pay1), (m2, p2, net_pay2))]
    # (m + p / 2) x 12 / 52, to the penny: para 15(3)(b) and para 13(1)(b)(i)
    e1, e2 = divide_half_up((2 * m1 + half[0]) * 12, 104), divide_half_up((2 * m2 + half[1]) * 12, 104)
    carer1, carer2 = wa["carer1"][rows] > 0, couple & (wa["carer2"][rows] > 0)
    two = np.asarray(bu.adult2.present)
    dp_each = (_disability_premium_condition(bu.adult1), two & _disability_premium_condition(bu.adult2))
    children = f["children"][rows]
    met, couple16, _ = additional_earnings_disregard(bu, on=days.each, disabled_each=dp_each,
                                                     children=np.broadcast_to(f["children"], (n,)))
    additional = cut(met) | (cut(couple16) & (children > 0))
    if scheme == "wales_working_age":
        childcare, childcare_open = _childcare(bu, n, rows, days, couple, children, m1, m2, tables)
    else:  # Scotland: regs 38(2)(c), 77 not worked out
        childcare, childcare_open = np.zeros_like(m1), cut(bu.childcare_costs_monthly) > 0
    # earnings_disregard takes the applicant's first (para 7 is the applicant's): adult 2's where the household says so.
    app = cut(bu.applicant)
    second = couple & (app == 2)
    disregarded = np.asarray(earnings_disregard(np.where(second, e2, e1), np.where(second, e1, e2), on=days[rows],
                                                tables=tables, couple=couple, lone_parent=~couple & (children > 0),
                                                disability=disability, carer1=np.where(second, carer2, carer1),
                                                carer2=np.where(second, carer1, carer2), additional=additional,
                                                weekly_childcare_charges=childcare,
                                                table=f"ctr.{scheme}.earnings_disregard"))
    childcare = np.minimum(childcare, np.maximum(e1 + e2 - disregarded, 0))  # para 20(1)(c): from the earnings
    pension = ((p1 > 0) & ~(given & net_pay1 & (m1 > 0))) | ((p2 > 0) & ~(given & net_pay2 & (m2 > 0)))
    carer_sum = tables.at(f"ctr.{scheme}.earnings_disregard", table_on(days[rows]))["carer"]
    partner_carer = couple & carer2 & ~carer1 & (e2 < carer_sum) & (e1 > 0) & (app == 0)
    unsure = (((m1 + m2) > 0) & (childcare_open | partner_carer)) | pension
    return e1 + e2, disregarded, unsure, childcare
