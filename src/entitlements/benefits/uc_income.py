"""Universal Credit: the income that reduces the award, for one assessment
period (Universal Credit Regulations 2013, SI 2013/376, Part 6).

One job: each adult's earned income (net earnings as given, or worked out
from gross pay: reg 55(5)), unearned income (regs 66, 73) and the income
assumed from capital (reg 72), as :func:`.uc.calculate` takes them away from
the maximum amount. Numeric like the rest of :mod:`.uc`: a scalar benefit
unit or a caseload's columns, the same function.
"""

from __future__ import annotations

import attrs
import numpy as np

from . import means_test
from .net_earnings import monthly_net_earnings
from .pension_age import adult_reached_state_pension_age
from ..columns import AdultColumns
from ..dates import as_day, period_end
from ..money import weekly_to_monthly
from ..tables import Tables

__all__ = ["earned_income", "adult_net_earnings", "unearned_income", "tariff_income"]


def unearned_income(adult: AdultColumns):
    """An adult's unearned income as a monthly amount [pence/month].

    Carer's Allowance (as paid, after any overlapping-benefit adjustment),
    new-style ESA and new-style JSA count in full (SI 2013/376 reg 66(1)(b)),
    and so do State Pension and other pensions (reg 66(1)(a)); each weekly amount is converted separately
    by multiplying by 52 and dividing by 12 (reg 73(1)(a)), a fraction of a
    penny rounded by reg 6(1).
    """
    weekly = (
        adult.carers_allowance_weekly,
        adult.new_style_esa_weekly,
        adult.new_style_jsa_weekly,
        adult.state_pension_weekly,  # retirement pension income, reg 66(1)(a)
        adult.pension_income_weekly,  # and other pensions, reg 66(1)(a)
    )
    monthly = sum(weekly_to_monthly(np.asarray(w, dtype=np.int64)) for w in weekly)
    total = monthly + adult.other_unearned_income_monthly
    return np.where(adult.present, total, 0)


def tariff_income(capital, *, on, tables: Tables):
    """Income assumed from capital [pence/month]: £4.35 for each £250, or
    part of £250, above £6,000 (SI 2013/376 reg 72(1)). Returns
    ``(tariff, over_upper_limit)``; above £16,000 there is no award
    (reg 18(1))."""
    limits = tables.at("uc.capital_limits", on)
    step = tables.at("uc.tariff_income_step", on)
    # "or part of £250": a part step counts whole (the rule the legacy benefits word alike: means_test)
    tariff = means_test.tariff_income(np.asarray(capital, dtype=np.int64), limits["lower"], step,
                                      tables.at("uc.tariff_income", on))
    return tariff, capital > limits["upper"]


def adult_net_earnings(adult: AdultColumns, scottish, *, on, tables: Tables):
    """Gross to net for one adult (scalar columns) with gross pay given: the
    :class:`~entitlements.benefits.net_earnings.NetEarnings` of the month,
    paid on the last day of the assessment period beginning ``on``. No
    employee NICs once the adult has reached State Pension age by payday
    (SSCBA 1992 s 6(3)); State Pension uses up the allowance in the tax
    code. The working sheet shows this figure."""
    end = period_end(as_day(on))
    over_spa, _ = adult_reached_state_pension_age(adult, end)
    return monthly_net_earnings(
        int(adult.gross_monthly_earnings),
        on=end.astype(object),
        scottish=bool(scottish),
        tables=tables,
        pension_contribution_monthly=int(adult.pension_contribution_monthly),
        pension_relief="relief_at_source" if adult.pension_relief == 1 else "net_pay",
        over_state_pension_age=bool(over_spa),
        state_pension_weekly=int(adult.state_pension_weekly),
    )


def earned_income(adult: AdultColumns, scottish, *, on, tables: Tables):
    """An adult's earned income for the assessment period [pence/month]:
    net earnings as given, or worked out from gross pay (SI 2013/376
    reg 55(5): less income tax, primary Class 1 NICs and relievable pension
    contributions), taking payday as the last day of the period: see
    :func:`adult_net_earnings`."""
    given = adult.gross_monthly_earnings
    if isinstance(given, np.ndarray):
        # Columns the same for every row may come as one row (see
        # entitlements.gain._blocks.compact): line them up before selecting.
        end = period_end(as_day(on))
        shape = np.broadcast_shapes(np.shape(given), np.shape(adult.monthly_earnings), np.shape(adult.present),
                                    np.shape(end), np.shape(scottish), np.shape(adult.age),
                                    np.shape(adult.date_of_birth), np.shape(adult.state_pension_weekly),
                                    np.shape(adult.pension_contribution_monthly), np.shape(adult.pension_relief))
        has = np.broadcast_to(given >= 0, shape)
        if not has.any():
            return np.where(adult.present, adult.monthly_earnings, 0)

        at = np.flatnonzero(has) if has.ndim == 1 else has  # a few rows: gathered by index, not by mask

        def rows(x):
            return np.broadcast_to(x, shape)[at]

        net = np.array(np.broadcast_to(adult.monthly_earnings, shape), dtype=np.int64)
        relief = rows(adult.pension_relief)
        if relief.size and relief.min() == relief.max():  # one kind for every row: one word, not a column of words
            reliefs = "relief_at_source" if relief[0] == 1 else "net_pay"
        else:
            reliefs = np.where(relief == 1, "relief_at_source", "net_pay")
        sub = attrs.evolve(adult, **{f.name: rows(getattr(adult, f.name)) for f in attrs.fields(AdultColumns)
                                      if f.name in ("present", "age", "date_of_birth")})
        payday = end if np.ndim(end) == 0 else rows(end)  # one date: kept as one
        over_spa, _ = adult_reached_state_pension_age(sub, payday)
        r = monthly_net_earnings(
            rows(given),
            on=payday,
            scottish=rows(scottish),
            tables=tables,
            pension_contribution_monthly=rows(adult.pension_contribution_monthly),
            pension_relief=reliefs,
            over_state_pension_age=np.asarray(over_spa, dtype=bool),
            state_pension_weekly=rows(adult.state_pension_weekly),
        )
        net[at] = np.maximum(r.net, 0)
        return np.where(adult.present, net, 0)
    if given is None or given < 0:
        return adult.monthly_earnings if adult.present else 0
    return max(adult_net_earnings(adult, scottish, on=on, tables=tables).net, 0)
