"""Income tax on pensions and taxable benefits, as the pension-age means
tests disregard it [pence/week].

One job: each adult's income tax for the tax year on the income the
household holds, less the tax the library already takes from gross pay
(:mod:`.net_earnings`), made weekly: the amount Pension Credit, pension-age
Housing Benefit and the pension-age Council Tax Reduction schemes take off
the income they count. The law, each in the same words ("in the case of
any income taken into account for the purpose of calculating a person's
income, there shall be disregarded any amount payable by way of tax"):

- Pension Credit: SI 2002/1792 reg 17(10)(a);
- Housing Benefit, pension age: SI 2006/214 reg 33(12);
- Council Tax Reduction, pensioners: England SI 2012/2885 Sch 1 para
  17(13); Wales WSI 2013/3029 Sch 1 para 11(13) (in the Welsh text: "rhaid
  diystyru unrhyw swm sy'n daladwy fel treth"); Scotland SSI 2012/319
  reg 31(12).

Below the qualifying age the same tax comes off the income counted (since
2026-12-07) where the scheme disregards "any amount paid by way of tax on
income which is to be taken into account" (the unearned income): Housing
Benefit in temporary or specified accommodation, SI 2006/213 Sch 5 para 1
(with UC the whole income is disregarded anyway); Council Tax Reduction
without UC in Wales, WSI 2013/3029 Sch 6 para 17(2) and Sch 9 para 4 (in
the Welsh text: "Unrhyw swm a dalwyd ar gyfer treth ar incwm sydd i'w
gymryd i ystyriaeth o dan baragraff 17 o Atodlen 6"), and under an English
council's scheme built on the Default Scheme (SI 2012/2886 Sch para 54(2),
Sch 8 para 4; the scheme file's ``[income] tax_disregarded``). Not in
Scotland's working-age scheme (SSI 2021/249 counts unearned income as UC
does, with no such disregard: regs 38-43, 57), nor with UC (the schemes use
UC's income: WSI 2013/3029 Sch 6 para 9(3), SI 2012/2886 Sch para 37(3)),
nor in UC itself. The working-age schemes make a payment for a period
other than a week or a month weekly by its days x 7 (e.g. WSI 2013/3029
Sch 6 para 13(1)(b)(ii)); the library's income is weekly amounts (x 52 a
year), so the tax on a week's income is the same year's tax / 52.

Each makes a yearly amount weekly by dividing it by 52 (SI 2002/1792
reg 17(1)(b)(iii); SI 2006/214 reg 33(1)(b)(iii); SI 2012/2885 Sch 1 para
17(1)(b)(iii); WSI 2013/3029 Sch 1 para 11(1)(b)(iii); SSI 2012/319
reg 31(1)(b)(iii)): the tax is the tax year's, so the weekly amount is the
year's tax / 52, to the nearest penny (a half up, as the library rounds a
weekly amount of income elsewhere; none of the provisions says how).

The year's tax (ITA 2007 ss 10-11A, 35):

1. Income: 52 x the weekly State Pension, other pensions, Carer's
   Allowance as paid, new-style ESA and new-style JSA (all taxable: ITEPA
   2003 ss 577, 660 Table A), and 12 x gross monthly pay less net-pay
   pension contributions where gross pay is given. Not counted: other
   income (``other_unearned_income_monthly``: its kind is not known), and
   pay given net (``monthly_earnings``: its tax is not known, so the
   allowance goes first against the pensions).
2. The personal allowance (ITA 2007 s 35), withdrawn by half the adjusted
   net income over £100,000 (relief-at-source contributions taken off
   grossed up at the basic rate, s 58), from
   :func:`.net_earnings.personal_allowance`.
3. Tax on the income above it, rounded down to whole pounds, at the rest
   of the UK's or, for a Scottish taxpayer (a household in Scotland, as the
   library decides it for pay), the Scottish bands and rates
   (:func:`.net_earnings.annual_income_tax`).
4. Less 12 x the month's income tax the library took from gross pay (PAYE
   on the Month 1 basis, its code reduced by the State Pension: the tax on
   the State Pension is already there), never below nil: earnings' tax is
   not taken twice. The rest is the tax payable by way of the pensions and
   benefits, never more than they are.

Not modelled (say so in advice): Blind Person's Allowance (ITA 2007 s 38)
and the marriage allowance (s 55B); the married couple's allowance (ss
45-46, for a partner born before 6 April 1935); tax on savings interest
and other income; the PAYE code an adviser's client actually has (an
underpayment coded out, or tax collected by simple assessment in a later
year). The annual figure against PAYE's twelve Month 1 figures can leave a
few pence a week (e.g. 1257L's free pay is £12,579.12 a year).
"""

from __future__ import annotations

import attrs
import numpy as np

from ..columns import AdultColumns, BenefitUnitColumns
from ..dates import as_day, period_end
from ..money import divide_half_up
from ..tables import Tables
from .net_earnings import annual_income_tax, monthly_net_earnings, personal_allowance
from .pension_age import adult_reached_state_pension_age

__all__ = ["PensionTax", "pension_income_tax", "taxable_weekly"]


@attrs.frozen
class PensionTax:
    """Each adult's tax on pensions and taxable benefits: ``weekly`` (the
    amount disregarded, pence a week) and ``annual`` (the year's, pence),
    each a pair (adult 1, adult 2): ints for one household, arrays for a
    caseload."""

    weekly: tuple
    annual: tuple


def taxable_weekly(adult: AdultColumns, carers_allowance_paid):
    """An adult's taxable income other than pay, a week [pence/week]: State
    Pension, other pensions, Carer's Allowance as paid, new-style ESA and
    JSA (nil where the adult is not present)."""
    return np.where(adult.present, np.asarray(adult.state_pension_weekly, np.int64) + adult.pension_income_weekly
                    + np.asarray(carers_allowance_paid, np.int64) + adult.new_style_esa_weekly
                    + adult.new_style_jsa_weekly, 0)


def _tax_taken_from_pay(adult: AdultColumns, scottish, *, on, tables: Tables, rows):
    """12 x the month's income tax the library takes from gross pay
    (:func:`.uc_income.earned_income`'s figure, payday the last day of the
    assessment period beginning ``on``) for ``rows`` (a bool mask, or True
    for one household); nil where gross pay is not given."""
    end = period_end(as_day(on))
    if np.ndim(rows) == 0:
        if int(adult.gross_monthly_earnings) < 0:
            return 0
        over_spa, _ = adult_reached_state_pension_age(adult, end)
        r = monthly_net_earnings(
            int(adult.gross_monthly_earnings), on=end.astype(object), scottish=bool(scottish), tables=tables,
            pension_contribution_monthly=int(adult.pension_contribution_monthly),
            pension_relief="relief_at_source" if adult.pension_relief == 1 else "net_pay",
            over_state_pension_age=bool(over_spa), state_pension_weekly=int(adult.state_pension_weekly))
        return 12 * int(r.income_tax)
    n = rows.shape[0]
    out = np.zeros(n, np.int64)
    gross = np.broadcast_to(np.asarray(adult.gross_monthly_earnings), (n,))
    at = np.flatnonzero(rows & (gross >= 0))
    if not at.size:
        return out

    def cut(x):
        return np.broadcast_to(np.asarray(x), (n,))[at]

    sub = attrs.evolve(adult, present=cut(adult.present), age=cut(adult.age), date_of_birth=cut(adult.date_of_birth))
    payday = end if np.ndim(end) == 0 else cut(end)
    over_spa, _ = adult_reached_state_pension_age(sub, payday)
    relief = cut(adult.pension_relief)
    r = monthly_net_earnings(
        cut(gross), on=payday if np.ndim(payday) else np.full(at.size, payday), scottish=cut(scottish), tables=tables,
        pension_contribution_monthly=cut(adult.pension_contribution_monthly),
        pension_relief=np.where(relief == 1, "relief_at_source", "net_pay"),
        over_state_pension_age=np.asarray(over_spa, dtype=bool), state_pension_weekly=cut(adult.state_pension_weekly))
    out[at] = 12 * np.asarray(r.income_tax, np.int64)
    return out


def _adult_tax(adult: AdultColumns, ca_paid, scottish, *, on, tables: Tables, rows):
    """``(weekly, annual)`` tax on one adult's pensions and taxable benefits
    for ``rows`` (see the module notes), nil elsewhere."""
    other = taxable_weekly(adult, ca_paid)
    gross = np.asarray(adult.gross_monthly_earnings, np.int64)
    given = gross >= 0
    contribution = np.where(given, np.asarray(adult.pension_contribution_monthly, np.int64), 0)
    ras = np.asarray(adult.pension_relief) == 1  # relief at source: paid out of taxed pay
    pay = np.where(given, np.maximum(gross - np.where(ras, 0, contribution), 0), 0)
    income = 52 * other + 12 * pay
    # ITA 2007 s 58: relief-at-source contributions reduce adjusted net income grossed up at the basic rate
    # (read from the rest of the UK's rates, as net_earnings does).
    ras_paid = np.where(ras, contribution, 0)
    if np.any(ras_paid > 0):
        from .net_earnings import _index, _lookup

        basic = _lookup(tables, "tax.ruk_rates", "basic", _index(as_day(on)), percent=True)
        ani = income - 12 * (ras_paid * 10000 // (10000 - basic))
    else:
        ani = income
    allowance = personal_allowance(np.maximum(ani, 0), on=as_day(on), tables=tables)
    taxable = np.maximum(income - allowance, 0)
    # The bands and rates are read only where some income is above the allowance (a pound or more): a
    # pensioner who pays no tax reads no tax rate, and is told of no tax rate assumed past the tables' end.
    total = (annual_income_tax(taxable, on=as_day(on), scottish=scottish, tables=tables)
             if np.any(taxable >= 100) else np.zeros(np.shape(taxable), np.int64))
    annual = np.minimum(np.maximum(total - _tax_taken_from_pay(adult, scottish, on=on, tables=tables, rows=rows), 0),
                        52 * other)
    annual = np.where(rows & (other > 0), annual, 0)
    return divide_half_up(annual, 52), annual


def pension_income_tax(bu: BenefitUnitColumns, carers_allowance_paid, *, on, tables: Tables, rows=True) -> PensionTax:
    """Each adult's income tax on pensions and taxable benefits (see the
    module notes), for the benefit units in ``rows`` (a bool per row, or
    True): a week (the amount SI 2002/1792 reg 17(10)(a), SI 2006/214
    reg 33(12), SI 2012/2885 Sch 1 para 17(13), WSI 2013/3029 Sch 1 para
    11(13) and SSI 2012/319 reg 31(12) disregard) and a year.
    ``carers_allowance_paid``: each adult's Carer's Allowance as paid
    [pence/week]. Reads no rule table where no adult in ``rows`` has such
    income.

    >>> import datetime as dt
    >>> from entitlements import Adult, Household
    >>> from entitlements.columns import household_columns
    >>> bu = household_columns(Household(adults=Adult(age=80, state_pension_weekly=25344)))
    >>> pension_income_tax(bu, (0, 0), on=dt.date(2026, 10, 19), tables=Tables.load()).weekly  # £121.60 / 52
    (234, 0)
    """
    two = np.asarray(bu.adult2.present)
    adults = ((bu.adult1, carers_allowance_paid[0], np.asarray(rows)),
              (bu.adult2, carers_allowance_paid[1], np.asarray(rows) & two))
    scottish = np.asarray(bu.scottish, bool)
    weekly, annual = [], []
    for adult, ca, where in adults:
        other = taxable_weekly(adult, ca)
        need = where & (other > 0)
        if not np.any(need):
            zero = np.zeros(np.shape(other), np.int64) if np.ndim(other) else 0
            weekly.append(zero)
            annual.append(zero)
            continue
        if np.ndim(need) == 0:
            w, a = _adult_tax(adult, ca, scottish, on=on, tables=tables, rows=need)
            weekly.append(int(w))
            annual.append(int(a))
            continue
        # A caseload: only the rows with such income are worked out (gathered by index), the rest nil.
        n = need.shape[0]
        at = np.flatnonzero(need)

        def cut(x):
            return np.broadcast_to(np.asarray(x), (n,) + np.shape(x)[1:])[at] if np.ndim(x) else x

        sub = type(adult)(**{f.name: cut(getattr(adult, f.name)) for f in attrs.fields(type(adult))})
        w, a = _adult_tax(sub, cut(ca), cut(scottish), on=cut(as_day(on)) if np.ndim(as_day(on)) else on,
                          tables=tables, rows=np.ones(at.size, bool))
        w_all, a_all = np.zeros(n, np.int64), np.zeros(n, np.int64)
        w_all[at], a_all[at] = w, a
        weekly.append(w_all)
        annual.append(a_all)
    return PensionTax(weekly=tuple(weekly), annual=tuple(annual))
