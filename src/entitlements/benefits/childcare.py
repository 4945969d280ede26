"""Universal Credit childcare costs element.

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
"""

from __future__ import annotations

import numpy as np

from ..money import percent_of
from ..tables import Tables

__all__ = ["work_condition_met", "childcare_costs_element"]


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
