"""Rules shared by the legacy means-tested benefits [pence/week]: tariff
income from capital and the severe disability condition.

Pension Credit (SI 2002/1792), Housing Benefit (SI 2006/213 and SI 2006/214)
and Council Tax Reduction (SI 2012/2885 and its Scottish and Welsh
counterparts) word these rules alike; each benefit passes its own amounts
from its own rule tables, so a change to one never moves another.

Numeric in the sense of :mod:`entitlements.benefits._numeric`: Python ints
and bools for one household, numpy arrays for a caseload, branch-free.
"""

from __future__ import annotations

import numpy as np

__all__ = ["tariff_income", "severe_disability_amount", "lodger_income", "LODGER_TABLES"]

#: Where each benefit's lodger disregards are: the £20s, then the boarder's percentage of the excess disregarded.
LODGER_TABLES = {
    "housing_benefit": ("housing_benefit.lodger_disregards", "housing_benefit.boarder_excess_disregarded"),
    "pension_credit": ("pension_credit.lodger_disregards", "pension_credit.boarder_excess_disregarded"),
    # Each Council Tax Reduction scheme's own (the same sums, from 2026-12-08), so that a scheme names its own rates.
    **{f"ctr.{s}": (f"ctr.{s}.lodger_disregards", f"ctr.{s}.boarder_excess_disregarded")
       for s in ("england", "wales_pension", "scotland_pension", "wales_working_age")},
}


def tariff_income(capital, threshold, step, per_step):
    """Weekly income counted from capital [pence/week]: ``per_step`` for each
    ``step`` of capital above ``threshold``, and ``per_step`` for any part of a
    step left over. All amounts in pence; ``capital`` already checked.

    The wording of SI 2002/1792 reg 15(6) (as substituted by SI 2009/1676
    reg 3(2)) and SI 2006/214 reg 29(2): "£1 for each £500 in excess of
    £10,000; and £1 for any excess which is not a complete £500"; and of
    SI 2006/213 reg 52(1), (6): "£1 for each complete £250 in excess of
    £6,000 ... where any part of the excess is not a complete £250 that part
    shall be treated as equivalent to a weekly tariff income of £1". Either
    way a part of a step counts as a whole one.

    >>> int(tariff_income(1_234_567, 1_000_000, 50_000, 100))   # £2,345.67 over £10,000: 4 steps and a part
    500
    """
    excess = np.maximum(np.asarray(capital) - threshold, 0)
    return (excess + step - 1) // step * per_step


def lodger_income(payment, board, *, on, tables, benefit="housing_benefit"):
    """A lodger's weekly payment counted as income [pence/week], after the
    disregard the benefit's rule tables give (``benefit``: "housing_benefit";
    "pension_credit"; or a CTR scheme's prefix, "ctr.england",
    "ctr.wales_pension", "ctr.scotland_pension", "ctr.wales_working_age",
    each with its own tables in the same words). ``payment`` [pence/week] is what one lodger
    pays; ``board`` True for a boarder (board and lodging), False for a
    sub-tenant (rent without meals).

    A boarder: "where the aggregate of any such payments exceeds £20, £20 and
    50 per cent. of the excess over £20" is disregarded, all of it up to £20
    (SI 2006/214 Sch 5 para 9; SI 2006/213 Sch 5 para 42; SI 2002/1792 Sch IV
    para 8; SI 2012/2885 Sch 5 para 9; WSI 2013/3029 Sch 4 para 9, Sch 9 para
    27; SSI 2012/319 Sch 3 para 8): so half the excess counts, a half-penny
    of disregard taken as a penny (SI 2006/214 reg 61(6)). A sub-tenant:
    under £20 "the whole of that amount", £20 or more "£20" (SI 2006/214 Sch 5
    para 10; SI 2006/213 Sch 5 para 22 as amended by SI 2007/2618 reg
    11(12); SI 2002/1792 Sch IV para 9; SI 2012/2885 Sch 5 para 10; WSI
    2013/3029 Sch 4 para 10, Sch 9 para 26; SSI 2012/319 Sch 3 para 9).
    ``on``: a date or an array of dates; scalars give an int.

    >>> import datetime as dt
    >>> from entitlements.tables import default_tables
    >>> t, d = default_tables(), dt.date(2026, 6, 1)
    >>> [int(lodger_income(p, True, on=d, tables=t)) for p in (1500, 2000, 8001, 10000)]
    [0, 0, 3000, 4000]
    >>> [int(lodger_income(p, False, on=d, tables=t)) for p in (1500, 2000, 8001)]
    [0, 0, 6001]
    """
    from ..money import percent_of
    from ._numeric import flag, is_array, out_int, pence, table_on

    scalar = not is_array(payment, board, on)
    p = pence("lodger_payment_weekly", payment)
    b = flag("lodger_board", board)
    amounts_id, percent_id = LODGER_TABLES[benefit]
    when = table_on(on)
    amounts = tables.at(amounts_id, when)
    excess = np.maximum(p - amounts["boarder"], 0)
    # The disregard rounded half up (a half-penny disregarded as a penny): what is counted is the rest.
    boarder = excess - percent_of(excess, tables.at(percent_id, when))
    sub_tenant = np.maximum(p - amounts["sub_tenant"], 0)
    return out_int(np.where(b, boarder, sub_tenant), scalar)


def severe_disability_amount(couple, qualifying_benefit1, qualifying_benefit2, carer_paid_for1, carer_paid_for2,
                             non_dependant, blind1, blind2, one, two):
    """The severe disability addition or premium [pence/week]: ``one`` (the
    lower amount), ``two`` (the double amount) or nothing.

    The condition as SI 2002/1792 Sch I para 1 and SI 2006/214 Sch 3 para 6
    (read) state it. A single claimant: in receipt of a qualifying benefit
    (attendance allowance, DLA care at the middle or highest rate, PIP or ADP
    daily living, armed forces independence payment), no non-dependant aged
    18 or over (other than one the rules ignore), and no one entitled to and
    in receipt of carer's allowance (or carer support payment, or a universal
    credit carer element) for caring for them: ``one``. A couple: both in
    receipt, no such non-dependant: ``two`` if no one is paid for caring for
    either, ``one`` if someone is paid for caring for one only, nothing if for
    both. Where only one partner is in receipt and the other is blind, the
    blind partner is treated as absent (SI 2006/214 Sch 3 para 6(3); SI
    2002/1792 Sch I para 1(1)(c)): ``one`` if no one is paid for caring for
    the partner in receipt.
    """
    single = np.where(qualifying_benefit1 & ~carer_paid_for1, one, 0)
    both = qualifying_benefit1 & qualifying_benefit2
    carers = np.asarray(carer_paid_for1).astype(np.int64) + carer_paid_for2
    couple_both = np.where(carers == 0, two, np.where(carers == 1, one, 0))
    blind_case = (qualifying_benefit1 & ~qualifying_benefit2 & blind2 & ~carer_paid_for1) | (
        qualifying_benefit2 & ~qualifying_benefit1 & blind1 & ~carer_paid_for2)
    couple_amount = np.where(both, couple_both, np.where(blind_case, one, 0))
    return np.where(non_dependant, 0, np.where(couple, couple_amount, single))
