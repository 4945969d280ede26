"""The benefit cap in Universal Credit.

Universal Credit Regulations 2013 (SI 2013/376) Part 7, regs 78-83. Where
the welfare benefits for an assessment period (UC itself, and the other
benefits of reg 79(4), each converted to a monthly amount as reg 73 says)
exceed the relevant amount (the annual limit / 12, reg 80A), UC is reduced
by the excess less any childcare costs element (reg 81), unless an
exemption of reg 82 or 83 applies.

Counted here: UC, Child Benefit (for every child, unless the household says
it is not claimed), Carer's Allowance, new-style ESA and JSA. Other unearned
income (maintenance, pensions) is not a welfare benefit and is not counted;
maternity allowance and bereavement benefits, which are, are not modelled.

Exemptions (reg 83(1), read): the LCWRA element in the award (reg 83(1)(a):
not a finding of LCWRA still in the relevant period), or the ESA support
component; a claimant who gets Attendance Allowance, DLA or PIP, or a child or
qualifying young person who gets DLA or PIP; a claimant entitled to Carer's
Allowance (entitled: an entitlement that the overlapping-benefit rules leave
unpaid counts, reg 83(1)(i)), or a carer element in the award; Guardian's
Allowance; and the
earnings exemption of reg 82(1) (net earnings in the assessment period of
at least 16 hours at the national living wage, x 52 / 12, rounded down to
the pound) and its grace period (reg 82(2)), given as an input.

State Pension age is not an exemption in UC: reg 83(1) lists none, so a
mixed-age couple (one member over State Pension age) is capped unless
another exception applies; GOV.UK's "if you're part of a couple and one of
you is under State Pension age, the cap may apply" says the same. Carer's Allowance counts
at the amount payable after the overlapping-benefit adjustment (reg 80(1)).

Not modelled: the War Pensions and IIDB exemptions, and Housing Benefit for
supported or temporary accommodation (nil in the cap: reg 80(2A)).
"""

from __future__ import annotations

import numpy as np

from ..money import divide_half_up, weekly_to_monthly
from ..tables import Tables

__all__ = ["relevant_amount", "earnings_threshold", "child_benefit_monthly", "benefit_cap_reduction"]


def relevant_amount(couple_or_with_children, greater_london, *, on, tables: Tables):
    """The cap for an assessment period [pence/month]: the annual limit
    divided by 12 (reg 80A(1)), a fraction of a penny rounded by reg 6(1)."""
    caps = tables.at("uc.benefit_cap", on)
    annual = np.where(
        greater_london,
        np.where(couple_or_with_children, caps["greater_london_couple_or_with_children"], caps["greater_london_single_no_children"]),
        np.where(couple_or_with_children, caps["outside_london_couple_or_with_children"], caps["outside_london_single_no_children"]),
    )
    return divide_half_up(annual, 12)


def earnings_threshold(*, on, tables: Tables):
    """The earnings exemption threshold [pence/month] (reg 82(1)(a); rounded
    down to the pound by reg 6(1A))."""
    return tables.at("uc.benefit_cap_earnings_threshold", on)


def child_benefit_monthly(children_count, claimed, *, on, tables: Tables):
    """Child Benefit for the household as a monthly amount [pence/month]:
    the weekly rates (eldest, then each other child) x 52 / 12 (reg 73(1))."""
    rates = tables.at("child_benefit.rates", on)
    n = np.asarray(children_count, dtype=np.int64)
    weekly = np.where(n > 0, rates["eldest_or_only_child"] + np.maximum(n - 1, 0) * rates["each_other_child"], 0)
    return np.where(claimed, weekly_to_monthly(weekly), 0)


def benefit_cap_reduction(welfare_benefits, cap, childcare_costs_element, exempt):
    """The reduction of UC [pence/month]: the excess of the welfare benefits
    over the cap, less the childcare costs element (reg 81), never below nil;
    nil when exempt."""
    excess = np.maximum(welfare_benefits - cap - childcare_costs_element, 0)
    return np.where(exempt, 0, excess)
