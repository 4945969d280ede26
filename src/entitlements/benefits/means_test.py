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

__all__ = ["tariff_income", "severe_disability_amount"]


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
