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
   allowance goes first against the pensions); both count in choosing
   who has the married couple's allowance and in its income limit (step 4).
2. The personal allowance (ITA 2007 s 35), withdrawn by half the adjusted
   net income over £100,000 (relief-at-source contributions taken off
   grossed up at the basic rate, s 58), from
   :func:`.net_earnings.personal_allowance`; and, since 2026-12-07, Blind
   Person's Allowance (s 38; ``tax.blind_persons_allowance``, the
   Treasury's s 57 order for the year: £3,250 in 2026-27), never withdrawn,
   for an adult who is ``blind`` (certified severely sight impaired or
   blind). The Act's tests differ by nation: in England and Wales the
   person must be registered as a blind person with the local authority
   (s 38(2)); the certificate (the certificate of vision impairment) is
   what registration rests on, so ``blind`` is taken as registered. In
   Scotland (and Northern Ireland) the person must be ordinarily resident
   there and, because of blindness, unable to do any work for which
   eyesight is essential (s 38(3)): the words of the certification test
   itself ("so blind as to be unable to perform any work for which eyesight
   is essential", National Assistance Act 1948 s 64(1)), and GOV.UK's
   reading ("Blind Person's Allowance: eligibility": a certificate that
   says the person is blind or severely sight impaired, and unable to do
   work for which eyesight is essential), so ``blind`` is taken to meet it.
   The estimate says which test it took as met (a caveat). The part of the
   allowance above the blind adult's net income less personal allowance
   (s 39(3), after any marriage allowance transferred) goes to a spouse or
   civil partner (s 39(2)), taken as elected and claimed where the partner
   has income above their own allowances (the election costs the blind
   partner nothing and may be made up to 4 years after the year, s 40(1);
   a caveat says so, and that a couple not married or in a civil
   partnership cannot transfer it). The election is also notice under
   s 51(4) (s 40(2)), which the transfer of unused married couple's
   allowance (below) takes as given anyway. Not modelled: the marriage allowance's basic-rate
   tests (s 55B(2)(b)) count the recipient's own Blind Person's Allowance
   but not one transferred to them.
3. Tax on the income above it, rounded down to whole pounds, at the rest
   of the UK's or, for a Scottish taxpayer (a household in Scotland, as the
   library decides it for pay), the Scottish bands and rates
   (:func:`.net_earnings.annual_income_tax`).
4. The tax reductions (Step 6 of s 23), each only so far as there is tax
   to take it from (s 29(2)), since 2026-12-07:

   - the married couple's allowance (ss 42-46), for a couple either of whom
     was born before 6 April 1935 (from the date of birth; from the age only
     where every date of birth it allows is before that day: 92 or over in
     2026-27): 10% of the amount (``tax.married_couples_allowance``, the
     Treasury's s 57 order for the year), less half the excess of adjusted
     net income (whole pounds) over the income limit, not below the minimum
     amount. It goes to the partner with the higher net income (equal:
     adult 1), whose adjusted net income is tested: s 46(2)(e), (4). Since
     2026-12-07 both incomes there count, as far as the household holds
     them, pay given net (12 x ``monthly_earnings`` where gross is not
     given: at least the gross less its tax, NI and contributions) and
     other income (12 x ``other_unearned_income_monthly``, taken as
     taxable), which the tax itself leaves out (step 1); before, a partner
     with only such income could lose the allowance to the other. This is
     the rule for
     a marriage or civil partnership from 5 December 2005. A marriage before
     that day is under s 45, where the husband claims and his income is
     tested: the library knows neither the date of marriage nor which
     partner is the husband, so s 46 is read for every couple. The two
     differ only where the higher income is above the income limit (£39,200
     in 2026-27) and the husband has the lower income (s 45 then gives a
     larger reduction, less tax: the benefits here may be a little too
     high). The couple are taken to be married or civil partners (a
     cohabiting couple has no such allowance: the estimate says so in a
     caveat). Since 2026-12-07 the unused part (the reduction less the
     holder's comparable tax liability, the tax before it: ss 51(3),
     53(1)) is the other partner's tax reduction (s 51), taken as notified
     and claimed (s 51(4); notice up to 4 years after the year, s 53(4); a
     caveat says so) where that partner has tax to take it. Not modelled:
     the elections to transfer part of it to the wife or civil partner
     (ss 47-49) and so the transfer back (s 52), the year of marriage
     (s 54);
   - the marriage allowance (ss 55B-55C), where the household says who
     elected to transfer (``Household.marriage_allowance_transferred_by``)
     and neither partner was born before 6 April 1935 (s 55B(2)(d): the
     married couple's allowance, worth more, is taken instead): the
     transferable amount is 10% of the s 35(1) personal allowance rounded
     up to £10 (s 55B(4)(b), (5): £1,260 for 2024-25 to 2026-27); where the
     transferor, with that much less allowance, and the recipient would pay
     no tax above the basic rate (for a Scottish taxpayer, above the
     Scottish intermediate rate: ss 55B(2)(b), 55C(1)(c) as they read for
     Scottish taxpayers), the transferor's allowance falls by it (s 55B(6))
     and the recipient's tax by the basic rate of it (s 55B(3); the Scottish
     basic rate for a Scottish taxpayer, SI 2015/1810 art 14(3)(b)).
5. Less 12 x the month's income tax the library took from gross pay (PAYE
   on the Month 1 basis, its code reduced by the State Pension: the tax on
   the State Pension is already there), never below nil: earnings' tax is
   not taken twice. The rest is the tax payable by way of the pensions and
   benefits, never more than they are. (The PAYE figure is the standard
   code's: a tax reduction, or Blind Person's Allowance, goes first against
   the pensions' tax.) Since
   2026-12-07, where a tax reduction (the married couple's allowance, the
   marriage allowance), or what Blind Person's Allowance takes off the
   year's tax, is more than the tax left on the pensions, the rest
   comes off the tax on pay, as a PAYE code holding the reduction would give
   it: the figure is then negative (at most the reduction, and at most the
   tax on pay), putting back the pay's tax the estimate took on a code
   without it. Before, the rest was lost, and with it as much income as the
   tax on pay it should have cut (a cross-check finding: a partner born in
   1933 with £514.49 a month: £7.71 a week of income counted too little).

Not modelled (say so in advice): tax on savings interest and other
income; the PAYE code an adviser's client actually has (an underpayment
coded out, or tax collected by simple assessment in a later year; a blind
person's code without the allowance, until it is claimed). The annual figure against PAYE's twelve Month
1 figures can leave a few pence a week (e.g. 1257L's free pay is
£12,579.12 a year).
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

__all__ = ["BORN_BEFORE", "MCA_PERCENT", "PensionTax", "born_before_6_april_1935", "pension_income_tax", "taxable_weekly"]


@attrs.frozen
class PensionTax:
    """Each adult's tax on pensions and taxable benefits: ``weekly`` (the
    amount disregarded, pence a week) and ``annual`` (the year's, pence),
    each a pair (adult 1, adult 2): ints for one household, arrays for a
    caseload. The tax reductions in it, for the year [pence]: the married
    couple's allowance's (``married_couples_allowance``, ITA 2007 ss 45-46)
    and the marriage allowance's (``marriage_allowance``, s 55B, the
    recipient's), each as far as there was tax to take it from (s 29(2));
    ``allowance_transferred``: the personal allowance the marriage
    allowance took from its transferor (s 55B(6)). Blind Person's
    Allowance (s 38), each adult's own (``blind_persons_allowance``), and
    the part of it transferred to the other partner
    (``blind_persons_allowance_transferred``, s 39: the partner's allowance);
    ``blind_persons_allowance_used``: the income either relieved (own or
    received, pence a year). ``married_couples_allowance_transferred``:
    the unused part of each adult's married couple's allowance the other
    partner's tax took (s 51, pence a year), as (adult 1's, adult 2's)."""

    weekly: tuple
    annual: tuple
    married_couples_allowance: tuple = (0, 0)
    marriage_allowance: tuple = (0, 0)
    allowance_transferred: tuple = (0, 0)
    blind_persons_allowance: tuple = (0, 0)
    blind_persons_allowance_transferred: tuple = (0, 0)
    blind_persons_allowance_used: tuple = (0, 0)
    married_couples_allowance_transferred: tuple = (0, 0)


#: ITA 2007 ss 45(2)(c), 46(2)(c): the married couple's allowance is for a
#: marriage or civil partnership one of whose parties was born before this day.
BORN_BEFORE = np.datetime64("1935-04-06", "D")
#: ss 45(1), 46(1): the tax reduction is 10% of the amount [percent].
MCA_PERCENT = 10


def taxable_weekly(adult: AdultColumns, carers_allowance_paid):
    """An adult's taxable income other than pay, a week [pence/week]: State
    Pension, other pensions, Carer's Allowance as paid, new-style ESA and
    JSA (nil where the adult is not present)."""
    return np.where(adult.present, np.asarray(adult.state_pension_weekly, np.int64) + adult.pension_income_weekly
                    + np.asarray(carers_allowance_paid, np.int64) + adult.new_style_esa_weekly
                    + adult.new_style_jsa_weekly, 0)


def born_before_6_april_1935(adult: AdultColumns, on):
    """Whether each adult was born before 6 April 1935 (ITA 2007 ss 45(2)(c),
    46(2)(c)): from the date of birth where given; from the age (at the end
    of the assessment period beginning ``on``, as the library reads an age)
    only where every date of birth that age allows is before it (an age of
    92 on 7 December 2026 is; 91 is not: such a person may have been born
    on or after 6 April 1935). Give the date of birth for a 91-year-old."""
    end = period_end(as_day(on))
    dob = np.asarray(adult.date_of_birth, "datetime64[D]")
    age = np.asarray(adult.age, np.int64)
    # Aged `age` at `end`: born on or before `end` less `age` years, which is before 6 April 1935 exactly when
    # `end` is before the age-th anniversary of 6 April 1935.
    anniversary = ((np.datetime64("1935-04", "M") + (12 * np.maximum(age, 0)).astype("timedelta64[M]"))
                   .astype("datetime64[D]") + np.timedelta64(5, "D"))
    by_age = (age >= 0) & (end < anniversary)
    return np.asarray(adult.present, bool) & np.where(np.isnat(dob), by_age, dob < BORN_BEFORE)


def _tax_taken_from_pay(adult: AdultColumns, scottish, *, on, tables: Tables, rows):
    """12 x the month's income tax the library takes from gross pay
    (:func:`.uc_income.earned_income`'s figure, payday the last day of the
    assessment period beginning ``on``) for ``rows`` (a bool mask, or True
    for one household); nil where gross pay is not given."""
    end = period_end(as_day(on))
    if np.ndim(rows) == 0:
        if not rows or int(adult.gross_monthly_earnings) < 0:
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


def _income(adult: AdultColumns, ca_paid, *, on, tables: Tables):
    """``(other, income, adjusted net income)`` of one adult: the taxable
    income other than pay a week, and the year's income and adjusted net
    income (ITA 2007 s 58) [pence]."""
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
    return other, income, ani


def _held_not_taxed(adult: AdultColumns):
    """A year's income the tax here leaves out but ITA 2007 s 46(2)(e), (4)
    compare [pence/year]: 12 x pay given net (gross not given: at least the
    gross less its tax, NI and contributions) and 12 x
    ``other_unearned_income_monthly`` (its kind not known, taken as
    taxable)."""
    net = np.where(np.asarray(adult.gross_monthly_earnings, np.int64) < 0, np.asarray(adult.monthly_earnings, np.int64),
                   0)
    return np.where(adult.present, 12 * (net + np.asarray(adult.other_unearned_income_monthly, np.int64)), 0)


def _basic_only(taxable, scottish, days, tables: Tables):
    """Whether tax on ``taxable`` income [pence/year] is charged at no rate
    above the basic rate (ITA 2007 ss 55B(2)(b), 55C(1)(c)): taxable income,
    in whole pounds, up to the basic rate limit; for a Scottish taxpayer up
    to the top of the Scottish intermediate rate's band (the Scottish
    starter, basic and intermediate rates, as s 55B(2)(b) reads for Scottish
    taxpayers)."""
    from .net_earnings import _lookup

    whole = np.maximum(taxable, 0) // 100 * 100
    scot = np.asarray(scottish, bool)
    ruk = _lookup(tables, "tax.ruk_bands", "basic_rate_limit", days) if not np.all(scot) else 0
    sct = _lookup(tables, "tax.scottish_bands", "intermediate_limit", days) if np.any(scot) else 0
    return whole <= np.where(scot, sct, ruk)


def _basic_rate(scottish, days, tables: Tables):
    """The basic rate [hundredths of a percent]: the rest of the UK's, or
    the Scottish basic rate for a Scottish taxpayer (s 55B(3) as amended by
    SI 2015/1810 art 14(3)(b))."""
    from .net_earnings import _lookup

    scot = np.asarray(scottish, bool)
    ruk = _lookup(tables, "tax.ruk_rates", "basic", days, percent=True) if not np.all(scot) else 0
    sct = _lookup(tables, "tax.scottish_rates", "basic", days, percent=True) if np.any(scot) else 0
    return np.where(scot, sct, ruk)


# Long because: one tax year for a couple, in the order of ITA 2007 s 23 (income, allowances at Step 3, tax at
# Steps 4-5, the tax reductions at Step 6), with the two partners' figures the married couple's allowance, the
# marriage allowance and the transfer of Blind Person's Allowance compare; each step a few lines.
def _couple_tax(a1: AdultColumns, a2: AdultColumns, ca, couple, scottish, ma_by, *, on, tables: Tables, rows):
    """Each adult's year's tax on pensions and taxable benefits (see the
    module notes) for ``rows``, with its tax reductions: a
    :class:`PensionTax` (nil where an adult has no such income)."""
    from .net_earnings import _index, _lookup

    day = as_day(on)
    days = _index(day)
    couple = np.asarray(couple, bool) & np.asarray(a2.present, bool)
    scot = np.asarray(scottish, bool)
    (o1, inc1, ani1), (o2, inc2, ani2) = (_income(a1, ca[0], on=on, tables=tables),
                                         _income(a2, ca[1], on=on, tables=tables))
    pa1 = personal_allowance(np.maximum(ani1, 0), on=day, tables=tables)
    pa2 = np.where(couple, personal_allowance(np.maximum(ani2, 0), on=day, tables=tables), 0)

    # The married couple's allowance (ss 45-46): where either partner was born before 6 April 1935. Not both it and
    # the marriage allowance (s 55B(2)(d)); the married couple's allowance (10% of at least the minimum amount) is
    # worth more than the marriage allowance (the basic rate of 10% of the personal allowance), so it is taken.
    mca = couple & (born_before_6_april_1935(a1, on) | born_before_6_april_1935(a2, on))

    # Who elected the marriage allowance (s 55C), not beside the married couple's allowance.
    ma_by = np.asarray(ma_by)
    elect = couple & (ma_by > 0) & ~mca
    zero = np.zeros(np.shape(elect), np.int64) if np.ndim(elect) else 0

    # Blind Person's Allowance (ITA 2007 s 38): each blind adult's own, at Step 3 with the personal allowance (never
    # withdrawn by income). `blind` is taken to meet s 38(2) in England and Wales and s 38(3) in Scotland (see the
    # module notes). Read only where it can relieve income (a pound or more above a personal allowance, less what
    # the marriage allowance may take), as the tax bands are below: a blind pensioner who pays no tax is told of no
    # allowance assumed past the table's end.
    bpa1 = bpa2 = zero
    blind1, blind2 = np.asarray(a1.blind, bool), couple & np.asarray(a2.blind, bool)
    if np.any(blind1 | blind2):
        slack = np.where(elect, -(-_lookup(tables, "tax.personal_allowance", "personal_allowance", days) // 10000)
                         * 1000, 0) if np.any(elect) else 0
        over = (inc1 - pa1 + slack >= 100) | (couple & (inc2 - pa2 + slack >= 100))
        if np.any((blind1 | blind2) & over):
            amount = _lookup(tables, "tax.blind_persons_allowance", "blind_persons_allowance", days)
            bpa1, bpa2 = np.where(blind1 & over, amount, 0), np.where(blind2 & over, amount, 0)


    # The marriage allowance (ss 55B-55C): the transferor's personal allowance less the transferable amount (10% of
    # the s 35(1) amount, rounded up to £10: s 55B(4)(b), (5)), where neither would pay tax above the basic rate.
    moved1 = moved2 = ma1 = ma2 = zero
    if np.any(elect):
        full = _lookup(tables, "tax.personal_allowance", "personal_allowance", days)
        transferable = -(-full // 10000) * 1000
        by1 = ma_by == 1
        pa_t, inc_t = np.where(by1, pa1, pa2), np.where(by1, inc1, inc2)
        pa_r, inc_r = np.where(by1, pa2, pa1), np.where(by1, inc2, inc1)
        bpa_t, bpa_r = np.where(by1, bpa1, bpa2), np.where(by1, bpa2, bpa1)
        ok = (elect & _basic_only(inc_t - np.maximum(pa_t - transferable, 0) - bpa_t, scot, days, tables)
              & _basic_only(inc_r - pa_r - bpa_r, scot, days, tables))
        moved = np.where(ok, np.minimum(transferable, pa_t), 0)
        moved1, moved2 = np.where(by1, moved, 0), np.where(by1, 0, moved)
        pa1, pa2 = pa1 - moved1, pa2 - moved2
        given = np.where(ok, transferable * _basic_rate(scot, days, tables) // 10000, 0)
        ma1, ma2 = np.where(by1, 0, given), np.where(by1, given, 0)

    # Blind Person's Allowance (s 39): the part of a blind adult's allowance above their net income less personal
    # allowance (after the marriage allowance: "any personal allowance to which the individual is entitled", s 39(3))
    # goes to the spouse or civil partner, taken as elected and claimed where the partner has income above their own
    # allowances for it to relieve (s 39(2)); elsewhere the election would change nothing.
    to1 = to2 = zero
    if np.any(bpa1 > 0) or np.any(bpa2 > 0):
        unused1 = np.maximum(bpa1 - np.maximum(inc1 - pa1, 0), 0)
        unused2 = np.maximum(bpa2 - np.maximum(inc2 - pa2, 0), 0)
        to2 = np.where(couple & (inc2 > pa2 + bpa2), unused1, 0)
        to1 = np.where(couple & (inc1 > pa1 + bpa1), unused2, 0)

    def year_tax(taxable):
        # The bands and rates are read only where some income is above the allowance (a pound or more): a
        # pensioner who pays no tax reads no tax rate, and is told of no tax rate assumed past the tables' end.
        return (annual_income_tax(taxable, on=day, scottish=scot, tables=tables)
                if np.any(taxable >= 100) else np.zeros(np.shape(taxable), np.int64))

    totals, used, relief = [], [], []
    for inc, pa, allowances in ((inc1, pa1, pa1 + bpa1 - to2 + to1), (inc2, pa2, pa2 + bpa2 - to1 + to2)):
        used.append(np.minimum(inc, allowances) - np.minimum(inc, pa))  # the income Blind Person's Allowance relieved
        totals.append(year_tax(np.maximum(inc - allowances, 0)))
        # What Blind Person's Allowance took off the year's tax: like a tax reduction, the part the pensions' tax
        # cannot take comes off the tax on pay (below), which the library estimates on a code without it.
        relief.append(np.maximum(year_tax(np.maximum(inc - pa, 0)) - totals[-1], 0) if np.any(used[-1] > 0) else zero)
    t1, t2 = totals
    t2 = np.where(couple, t2, 0)

    mca1 = mca2 = out1 = out2 = zero
    if np.any(mca & (t1 + t2 > 0)):
        # s 46(2)(e): the partner with the higher net income (equal: adult 1, the joint election not being known),
        # whose adjusted net income (whole pounds) the income limit tests (s 46(4)); see the module notes for
        # marriages before 5 December 2005 (s 45: the husband's). Both count, as far as the household holds it,
        # pay given net (gross not given) and other income, which the tax itself leaves out (module notes).
        held1, held2 = _held_not_taxed(a1), np.where(couple, _held_not_taxed(a2), 0)
        second = couple & (inc2 + held2 > inc1 + held1)
        ani = np.maximum(np.where(second, ani2 + held2, ani1 + held1), 0) // 100 * 100
        limit = _lookup(tables, "tax.married_couples_allowance", "income_limit", days)
        amount = np.maximum(_lookup(tables, "tax.married_couples_allowance", "maximum", days)
                            - np.maximum(ani - limit, 0) // 2,
                            _lookup(tables, "tax.married_couples_allowance", "minimum", days))
        reduction = amount * MCA_PERCENT // 100
        mca1 = np.where(mca & ~second, np.minimum(reduction, t1), 0)  # s 29(2): no more than the tax
        mca2 = np.where(mca & second, np.minimum(reduction, t2), 0)
        # s 51: the unused part (the reduction less the holder's comparable tax liability, s 51(3), s 53(1): the
        # tax before it, there being no other tax reduction beside it here) is the partner's tax reduction, taken
        # as notified and claimed (s 51(4)) where the partner has tax to take it (s 29(2)).
        out1 = np.where(mca & ~second, np.minimum(reduction - mca1, t2), 0)
        out2 = np.where(mca & second, np.minimum(reduction - mca2, t1), 0)
    ma1, ma2 = np.minimum(ma1, t1), np.minimum(ma2, t2)

    weekly, annual = [], []
    for adult, other, tax, reduction, blind, where in ((a1, o1, t1, mca1 + out2 + ma1, relief[0], rows),
                                                       (a2, o2, t2, mca2 + out1 + ma2, relief[1], rows & couple)):
        need = where & (other > 0)
        pay_tax = _tax_taken_from_pay(adult, scot, on=on, tables=tables, rows=need)
        # A tax reduction (or Blind Person's Allowance's relief) the pensions' tax cannot take (the tax on pay, as
        # the library estimates it on a code without it, being most of the year's tax) comes off the tax on pay, as
        # the PAYE code giving it would: the figure is then below nil by that much, never by more than the tax on
        # pay (step 5 above).
        year = np.where(need, np.minimum(np.maximum(tax - reduction - pay_tax, -np.minimum(reduction + blind, pay_tax)),
                                         52 * other), 0)
        annual.append(year)
        weekly.append(divide_half_up(year, 52))
    return PensionTax(weekly=tuple(weekly), annual=tuple(annual), married_couples_allowance=(mca1, mca2),
                      married_couples_allowance_transferred=(out1, out2),
                      marriage_allowance=(ma1, ma2), allowance_transferred=(moved1, moved2),
                      blind_persons_allowance=(bpa1, bpa2), blind_persons_allowance_transferred=(to2, to1),
                      blind_persons_allowance_used=(np.where(rows, used[0], 0), np.where(rows & couple, used[1], 0)))


def pension_income_tax(bu: BenefitUnitColumns, carers_allowance_paid, *, on, tables: Tables, rows=True) -> PensionTax:
    """Each adult's income tax on pensions and taxable benefits (see the
    module notes), for the benefit units in ``rows`` (a bool per row, or
    True): a week (the amount SI 2002/1792 reg 17(10)(a), SI 2006/214
    reg 33(12), SI 2012/2885 Sch 1 para 17(13), WSI 2013/3029 Sch 1 para
    11(13) and SSI 2012/319 reg 31(12) disregard) and a year, with the
    married couple's allowance and the marriage allowance taken off, and
    Blind Person's Allowance given (ITA 2007 ss 38-39).
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
    two = np.asarray(bu.adult2.present) & np.asarray(bu.couple, bool)
    ca = tuple(carers_allowance_paid)
    where = np.asarray(rows, bool) & ((taxable_weekly(bu.adult1, ca[0]) > 0) | (two & (taxable_weekly(bu.adult2, ca[1])
                                                                                        > 0)))
    ma_by = np.asarray(bu.marriage_allowance_transferred_by)
    if np.ndim(where) == 0:
        if not where:
            return PensionTax(weekly=(0, 0), annual=(0, 0))
        r = _couple_tax(bu.adult1, bu.adult2, ca, two, bu.scottish, ma_by, on=on, tables=tables, rows=True)
        return PensionTax(**{f.name: tuple(int(x) for x in getattr(r, f.name)) for f in attrs.fields(PensionTax)})
    # A caseload: only the rows with such income are worked out (gathered by index), the rest nil.
    n = where.shape[0]
    at = np.flatnonzero(where)
    out = {f.name: (np.zeros(n, np.int64), np.zeros(n, np.int64)) for f in attrs.fields(PensionTax)}
    if not at.size:
        return PensionTax(**out)

    def cut(x):
        return np.broadcast_to(np.asarray(x), (n,) + np.shape(x)[1:])[at] if np.ndim(x) else x

    def sub(adult):
        return type(adult)(**{f.name: cut(getattr(adult, f.name)) for f in attrs.fields(type(adult))})

    day = as_day(on)
    r = _couple_tax(sub(bu.adult1), sub(bu.adult2), (cut(ca[0]), cut(ca[1])), cut(two), cut(np.asarray(bu.scottish)),
                    cut(ma_by), on=cut(day) if np.ndim(day) else on, tables=tables, rows=np.ones(at.size, bool))
    for name, pair in out.items():
        for k in (0, 1):
            pair[k][at] = getattr(r, name)[k]
    return PensionTax(**out)
