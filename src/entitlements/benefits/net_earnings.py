"""Net monthly earnings from gross pay: income tax, employee NICs, pensions.

Universal Credit counts employed earnings net of "any relievable pension
contributions made by the person" and "any amounts paid by the person in
that period ... by way of income tax or primary Class 1 contributions"
(Universal Credit Regulations 2013, SI 2013/376, reg 55(5)). In a live claim
those are the amounts on the payslip, reported through RTI. This module
*estimates* them from a gross monthly pay figure, the way an employer's
payroll would work them out on a non-cumulative basis, so an adviser can go
from "£2,000 a month before tax" to the figure UC uses. Where the real
payslip is known, use its net figure instead.

Every function is *numeric*: it takes Python ints (one person) or numpy
``int64`` arrays (a caseload), with the same code and no branches on the
data, and answers the same kind. Amounts are integer pence. ``on`` is the day
the pay is paid (a ``datetime.date`` or a ``datetime64[D]`` array): it picks
the tax year (rows from 6 April) and the NICs rate in force that day (12% to
5 January 2024, 10% from 6 January 2024, 8% from 6 April 2024).

Income tax: PAYE on the Month 1 (non-cumulative) basis
------------------------------------------------------
Follows HMRC's manual method (Tables A, then Tables B to D), which payroll
software must reproduce to the penny:

1. **Tax code.** The personal allowance (ITA 2007 s 35) less any taper
   becomes a code number by dropping the last digit (£12,570 -> 1257; an
   allowance of £1 to £9 gives code 1) (HMRC PAYE Manual PAYE11065).
2. **Free pay for Month 1** (Tables A, pay adjustment). For a code ``c``
   split as ``c = 500 q + r`` (0 <= r < 500): ``q`` times £416.67 (£5,000 / 12
   rounded *up* to the penny) plus ``(10 r + 9) / 12`` pounds rounded *up* to
   the penny; code 0 gives nothing. So 1257L gives £1,048.26 a month (an
   annual £12,579.12), not £12,570 / 12 = £1,047.50: the "+9" covers every
   allowance from £12,570 to £12,579 that shares the code.
3. **Taxable pay** = pay less free pay (less any pension contributions under
   a net pay arrangement), never below nil, **rounded down to whole pounds**.
4. **Tax** on taxable pay at the year's rates, each band's limit being the
   annual limit divided by 12 *without* rounding, the total **rounded down to
   the penny**. This equals Tables B to D: Tables C/D round each threshold up
   to a whole pound but then add the tax due at the threshold worked out on
   the exact band (e.g. £533.46 rather than £533.40 at the 2016-17 £32,000
   limit), which is the same as truncating the exact sum.

Checked against a real 1257L Month 1 payslip quoted on a public forum
(MoneySavingExpert, "Trivial difference in tax calculation"): pay £2,555.19,
tax £301.20 (£2,555.19 - £1,048.26 = £1,506.93 -> £1,506 x 20%); the same
thread gives the £12,579.12 annual free pay of 1257L.

Sources for the method: HMRC Tables A (pay adjustment tables) and their
instructions for codes over 500; the manual method ("round the result down to
whole pounds", HMRC's Tables B to D as reproduced in CIPP training material);
HMRC's "Specification for PAYE tax table routines" is the authority for
software, but its text could not be read here, so steps 2 and 4 are
reconstructed from the tables and two independent descriptions of how they
are built. HMRC's routines carry intermediate results to 4 decimal places;
with whole-pound taxable pay, whole-percent rates and limits in whole pounds
per year, the exact sum is a multiple of 1/12 of a penny, and that 4-place
truncation cannot move the result across a penny, so exact rational
arithmetic gives the same answer.

Primary Class 1 NICs: the exact percentage method
-------------------------------------------------
Earnings above the monthly primary threshold (£1,048) up to the monthly upper
earnings limit (£4,189) at the main primary percentage, and above it at the
additional primary percentage (2%) (SSCBA 1992 s 8; the monthly figures are
fixed in SI 2001/1004 reg 11(2A)(a) and (3)(a)). The result is "calculated to
the nearest penny and any amount of a halfpenny or less shall be disregarded"
(SI 2001/1004 reg 12(1)): half a penny rounds *down*. No primary Class 1 is
payable on earnings paid after State Pension age (SSCBA 1992 s 6(3)).
Pension contributions never reduce NICable pay (salary sacrifice, which cuts
gross pay itself, should be entered as the reduced gross).

Relievable pension contributions
--------------------------------
``pension_relief="net_pay"``: the employer deducts the contribution before
tax, so it reduces taxable pay (step 3) but not NICable pay.
``pension_relief="relief_at_source"``: the contribution is paid out of taxed
pay (the scheme claims basic-rate relief from HMRC), so tax is worked out on
the full pay. Either way UC deducts the amount the person pays
(reg 55(5)(a)); for relief at source that is the net amount they pay, not
the grossed-up contribution.

Estimates and simplifications (say so in any advice)
----------------------------------------------------
* One job, paid monthly, one payment in the assessment period, standard code
  (L suffix, or a K code where State Pension exceeds the allowance; no
  BR/D0/NT codes, benefits in kind or underpayments coded out). The Month 1 basis ignores earlier pay in the tax year; a
  cumulative code would give a different figure in any month where pay has
  varied. Weekly or four-weekly pay, and two paydays in one assessment
  period, are not modelled.
* The personal allowance taper (ITA 2007 s 35(2)) needs the year's adjusted
  net income, which one month cannot show: it is estimated as 12 times this
  month's pay less net-pay pension contributions, less relief-at-source
  contributions grossed up at the basic rate (ITA 2007 s 58). HMRC would
  instead issue a reduced code from its own estimate.
* State Pension is paid without tax deducted; HMRC collects its tax through
  the PAYE code of a job or a private pension by reducing the allowance in
  the code by the State Pension for the tax year (HMRC, "Tax on your State
  Pension" and PAYE Manual PAYE11005, not read here). The estimate takes the
  year's State Pension as 52 times the weekly rate (``state_pension_weekly``)
  and works the code from the allowance left. Where the State Pension is
  more than the allowance the code is a K code: the excess, last digit
  dropped as for an L code, is added to pay as ``(10 k) / 12`` pounds a
  month rounded up to the penny, and the tax taken is capped at half the
  pay (the overriding limit of the PAYE Regulations, SI 2003/2682 reg 29(4),
  not read here). With other pension income the code would also be reduced
  by it; only State Pension is modelled.
* NICs category A only (no married women's reduced rate, no deferment);
  directors' annual earnings periods are not modelled.
* Wales is treated as the rest of the UK (the Welsh rates have equalled the
  UK rates in every year covered; not re-verified here).
* The Scottish 2026-27 bands and rates come from the rate resolution motion
  as lodged; the record of its vote was not checked (the rule tables say so).

Monotonicity
------------
Net pay does *not* always rise with gross pay penny by penny: taxable pay is
rounded down to whole pounds, so one more penny of pay can add a whole
pound's worth of tax (up to 48p). Within the taper band (annualised income
£100,000 to £125,140) the effective marginal tax rate is 1.5 times the band
rate (60% in the rest of the UK, 67.5% at the Scottish advanced rate) and the
code falls one unit (83p of free pay) for every £10 of allowance lost, so
there a rise of up to about £2.50 can lower net pay. A scan of every penny
from £0 to £16,000 a month, each year, both regions and both pension methods
found no fall over a rise of 50p or more outside the taper band, nor of
£2.45 or more inside it; the tests check rises of £5 or more.

>>> import datetime as dt
>>> from entitlements.tables import Tables
>>> r = monthly_net_earnings(200000, on=dt.date(2025, 5, 28), scottish=False,
...                          tables=Tables.load())
>>> r.income_tax, r.national_insurance, r.net
(19020, 7616, 173364)
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import attrs
import numpy as np

from ..errors import InputError, RuleTableError
from ..tables import Tables

__all__ = [
    "NetEarnings",
    "PENSION_RELIEF",
    "monthly_net_earnings",
    "monthly_income_tax",
    "annual_income_tax",
    "monthly_primary_class1",
    "personal_allowance",
    "tax_code_number",
    "month1_free_pay",
]

#: How relievable pension contributions get their tax relief.
PENSION_RELIEF = ("net_pay", "relief_at_source")

#: £5,000 / 12 rounded up to the penny: Tables A, each 500 of code, Month 1.
_FREE_PAY_PER_500_OF_CODE = 41667

#: Larger than any monthly pay: keeps every intermediate product in int64.
_MAX_PENCE = 10**11  # £1,000,000,000

_RUK_LIMITS = ("basic_rate_limit", "higher_rate_limit")
_RUK_RATES = ("basic", "higher", "additional")
_SCOT_LIMITS = ("starter_limit", "basic_limit", "intermediate_limit", "higher_limit", "advanced_limit")
_SCOT_RATES = ("starter", "basic", "intermediate", "higher", "advanced", "top")


@attrs.frozen
class NetEarnings:
    """Gross to net for one month, in pence (ints, or arrays for a caseload).

    ``net = gross - income_tax - national_insurance - pension_contributions``
    is the UC employed-earnings figure of reg 55(5). It is negative only when
    relief-at-source contributions exceed pay after tax and NICs; reg 55 has
    no rule for that case, so the caller decides.
    """

    gross: Any
    pension_contributions: Any
    tax_code_number: Any  # e.g. 1257 for 1257L; negative for a K code (-45 for K45)
    free_pay: Any  # Month 1 pay adjustment, Tables A
    taxable_pay: Any  # whole pounds, in pence
    income_tax: Any
    national_insurance: Any
    net: Any


# -- the rules ------------------------------------------------------------------


def personal_allowance(adjusted_net_income_annual, *, on, tables: Tables):
    """The personal allowance for the year [pence/year], after the taper.

    ITA 2007 s 35: the allowance is reduced by one half of the amount by which
    adjusted net income exceeds the income limit (£100,000), down to nil. The
    reduction is rounded down to the penny (in the taxpayer's favour).

    >>> personal_allowance(10800000, on=dt.date(2025, 5, 1), tables=Tables.load())  # £108,000
    857000
    """
    days = _index(on)
    full = _lookup(tables, "tax.personal_allowance", "personal_allowance", days)
    limit = _lookup(tables, "tax.personal_allowance", "income_limit", days)
    ani = np.asarray(adjusted_net_income_annual, dtype=np.int64)
    reduction = np.maximum(ani - limit, 0) // 2
    return _out(np.maximum(full - reduction, 0), ani, days)


def tax_code_number(personal_allowance_annual):
    """The number of an L-suffix tax code for an allowance [pence/year].

    Drop the last digit of the allowance in pounds; an allowance of £1 to £9
    gives code 1 (HMRC PAYE Manual PAYE11065). £12,570 -> 1257.

    >>> tax_code_number(1257000)
    1257
    """
    pa = np.asarray(personal_allowance_annual, dtype=np.int64)
    code = pa // 1000
    code = np.where((pa >= 100) & (code == 0), 1, code)
    return _out(code, pa)


def month1_free_pay(code):
    """Free pay for Month 1 of an L-suffix code [pence] (HMRC Tables A).

    For ``code = 500 q + r``: ``q`` x £416.67 plus ``(10 r + 9) / 12`` pounds
    rounded up to the penny; nil for code 0.

    >>> month1_free_pay(1257), month1_free_pay(500), month1_free_pay(0)
    (104826, 41742, 0)
    """
    c = np.asarray(code, dtype=np.int64)
    q, r = np.divmod(c, 500)
    # (10 r + 9) pounds a year = (1000 r + 900) pence; / 12 rounded up.
    free = q * _FREE_PAY_PER_500_OF_CODE + (r * 1000 + 900 + 11) // 12
    return _out(np.where(c > 0, free, 0), c)


def monthly_income_tax(taxable_pay, *, on, scottish, tables: Tables):
    """Income tax on a month's taxable pay [pence], PAYE Month 1 basis.

    ``taxable_pay`` is pay less free pay (and less net-pay pension
    contributions), in pence; it is rounded down to whole pounds here. Each
    band is the year's limit / 12, unrounded; the tax is rounded down to the
    penny. Rest of the UK: ITA 2007 s 10 with that year's Finance Act rates.
    Scottish taxpayers: ITA 2007 s 11A with the Scottish rate resolution.

    >>> monthly_income_tax(95174, on=dt.date(2025, 5, 1), scottish=False,
    ...                    tables=Tables.load())  # £951 x 20%
    19020
    """
    days = _index(on)
    pay = np.asarray(taxable_pay, dtype=np.int64)
    whole_pounds = np.maximum(pay, 0) // 100 * 100
    scot = np.asarray(scottish, dtype=bool)
    return _out(_income_tax(whole_pounds, 12, days, scot, tables), pay, days, scot)


def annual_income_tax(taxable_income, *, on, scottish, tables: Tables):
    """Income tax on a tax year's taxable income [pence/year].

    ``taxable_income`` is income less the personal allowance, in pence; it
    is rounded down to whole pounds (as HMRC's own calculations round
    income, in the taxpayer's favour), the year's bands applied to it, and
    the tax rounded down to the penny. The same band arithmetic as
    :func:`monthly_income_tax` (one function, ``_income_tax``, with the
    bands at their annual limits). Rest of the UK: ITA 2007 s 10; Scottish
    taxpayers: ITA 2007 s 11A.

    >>> annual_income_tax(60888, on=dt.date(2026, 10, 19), scottish=False,
    ...                   tables=Tables.load())  # £608 x 20%
    12160
    """
    days = _index(on)
    income = np.asarray(taxable_income, dtype=np.int64)
    whole_pounds = np.maximum(income, 0) // 100 * 100
    scot = np.asarray(scottish, dtype=bool)
    return _out(_income_tax(whole_pounds, 1, days, scot, tables, read_both=False), income, days, scot)


def _income_tax(whole_pounds, periods: int, days, scot, tables: Tables, read_both: bool = True):
    """Tax on whole-pound taxable income for one of ``periods`` equal parts
    of a tax year [pence]: the Scottish bands and rates where ``scot``, the
    rest of the UK's elsewhere. ``read_both``: both sets of tables read
    whatever the rows (as PAYE on pay has always read them, and a recorder
    of reads seen them); otherwise only those some row needs (the year's
    tax: a pensioner in England is not told of Scottish rates assumed)."""
    need_ruk = read_both or not np.all(scot)
    need_sct = read_both or np.any(scot)
    ruk = (_band_tax(whole_pounds, periods, days, tables, "tax.ruk_bands", _RUK_LIMITS, "tax.ruk_rates", _RUK_RATES)
           if need_ruk else 0)
    if not need_sct:
        return np.broadcast_to(ruk, np.broadcast_shapes(np.shape(ruk), np.shape(scot)))
    sct = _band_tax(whole_pounds, periods, days, tables, "tax.scottish_bands", _SCOT_LIMITS, "tax.scottish_rates",
                    _SCOT_RATES)
    return np.where(scot, sct, ruk)


def monthly_primary_class1(gross_monthly, *, on, tables: Tables, over_state_pension_age=False):
    """Employee (primary) Class 1 NICs on a month's pay [pence].

    SSCBA 1992 s 8: the main primary percentage between the monthly primary
    threshold and upper earnings limit (SI 2001/1004 reg 11(3)(a), (2A)(a)),
    the additional primary percentage above it; rounded to the nearest penny
    with a halfpenny or less disregarded (SI 2001/1004 reg 12(1)). Nil after
    State Pension age (SSCBA 1992 s 6(3)).

    >>> t = Tables.load()
    >>> [monthly_primary_class1(250000, on=dt.date(2024, m, d), tables=t)
    ...  for m, d in ((1, 5), (1, 6), (4, 6))]  # 12%, 10%, 8% of £1,452
    [17424, 14520, 11616]
    """
    days = _index(on)
    gross = np.asarray(gross_monthly, dtype=np.int64)
    spa = np.asarray(over_state_pension_age, dtype=bool)
    pt = _lookup(tables, "ni.class1_primary", "primary_threshold", days)
    uel = _lookup(tables, "ni.class1_primary", "upper_earnings_limit", days)
    main = _lookup(tables, "ni.class1_primary_rates", "main", days, percent=True)
    extra = _lookup(tables, "ni.class1_primary_rates", "additional", days, percent=True)
    # pence x hundredths of a percent = ten-thousandths of a penny
    exact = main * np.clip(gross - pt, 0, uel - pt) + extra * np.maximum(gross - uel, 0)
    nics = (exact + 4999) // 10000  # nearest penny, a halfpenny or less down
    return _out(np.where(spa, 0, nics), gross, days, spa)


def monthly_net_earnings(
    gross_monthly,
    *,
    on,
    scottish,
    tables: Tables,
    pension_contribution_monthly=0,
    pension_relief="net_pay",
    over_state_pension_age=False,
    state_pension_weekly=0,
) -> NetEarnings:
    """Net monthly earnings for UC from gross monthly pay (UC Regs 2013 reg 55(5)).

    Parameters (each a scalar, or an array for a caseload; arrays broadcast):

    gross_monthly
        Pay for the month before any deduction [pence], after any salary
        sacrifice.
    on
        The payday: a ``datetime.date`` or ``datetime64[D]`` array.
    scottish
        True for a Scottish taxpayer (S code): Scottish rates and bands.
    tables
        The loaded rule tables.
    pension_contribution_monthly
        Relievable pension contributions the person pays this month [pence].
        Must not exceed ``gross_monthly``.
    pension_relief
        ``"net_pay"`` (deducted before tax: reduces taxable pay) or
        ``"relief_at_source"`` (paid from taxed pay: tax on full pay).
    over_state_pension_age
        True if the pay is paid after the person reached State Pension age
        (no employee NICs: SSCBA 1992 s 6(3)).
    state_pension_weekly
        State Pension the person gets [pence/week]: it uses up the
        allowance in the tax code (see the module notes).

    Returns a :class:`NetEarnings`. All estimates follow the module notes;
    income tax is PAYE on the Month 1 basis.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> r = monthly_net_earnings(200000, on=dt.date(2025, 5, 28), scottish=True,
    ...                          tables=Tables.load())
    >>> r.income_tax, r.net
    (18784, 173600)
    """
    scalar = not any(
        isinstance(v, np.ndarray)
        for v in (gross_monthly, on, scottish, pension_contribution_monthly, pension_relief, over_state_pension_age,
                  state_pension_weekly)
    )
    gross = _pence("gross_monthly", gross_monthly)
    pension = _pence("pension_contribution_monthly", pension_contribution_monthly)
    scot = _flag("scottish", scottish)
    spa = _flag("over_state_pension_age", over_state_pension_age)
    state_pension = _pence("state_pension_weekly", state_pension_weekly)
    net_pay = _relief(pension_relief)
    gross, pension, scot, spa, net_pay, state_pension, on_days = np.broadcast_arrays(
        gross, pension, scot, spa, net_pay, state_pension, _days(on))
    _check_not_above("pension_contribution_monthly", pension, "gross_monthly", gross)
    days = _index(on_days)  # look up each distinct payday once

    pension_net_pay = np.where(net_pay, pension, 0)
    pension_ras = pension - pension_net_pay
    pay_for_tax = gross - pension_net_pay

    # Adjusted net income for the taper, estimated from this month (ITA 2007
    # s 58: relief-at-source contributions count grossed up at the basic rate).
    basic = _lookup(tables, "tax.ruk_rates", "basic", days, percent=True)
    ras_gross = pension_ras * 10000 // (10000 - basic)
    state_pension_annual = 52 * state_pension
    ani = 12 * (pay_for_tax - ras_gross) + state_pension_annual
    pa = personal_allowance(ani, on=days, tables=tables)
    left = pa - state_pension_annual  # the allowance the code gives this job
    code = tax_code_number(np.maximum(left, 0))
    k_code = tax_code_number(np.maximum(-left, 0))
    free = month1_free_pay(code) - (k_code * 1000 + 11) // 12
    taxable = np.maximum(pay_for_tax - free, 0) // 100 * 100
    tax = monthly_income_tax(taxable, on=days, scottish=scot, tables=tables)
    tax = np.where(k_code > 0, np.minimum(tax, pay_for_tax // 2), tax)
    nics = monthly_primary_class1(gross, on=days, tables=tables, over_state_pension_age=spa)
    net = gross - tax - nics - pension

    fields = dict(
        gross=gross,
        pension_contributions=pension,
        tax_code_number=np.where(k_code > 0, -k_code, code),
        free_pay=free,
        taxable_pay=taxable,
        income_tax=tax,
        national_insurance=nics,
        net=net,
    )
    if scalar:
        return NetEarnings(**{k: int(v) for k, v in fields.items()})
    return NetEarnings(**{k: np.asarray(v, dtype=np.int64) for k, v in fields.items()})


# -- helpers ----------------------------------------------------------------------


def _band_tax(whole_pounds, periods, days, tables, bands_id, limit_keys, rates_id, rate_keys):
    """Tax on whole-pound taxable pay for one of ``periods`` parts of a year
    [pence], bands at annual limit / ``periods``, rounded down to the penny.
    Worked in annual pence (x ``periods``) so every limit is a whole number,
    and in hundredths of a percent for the rates."""
    annualised = whole_pounds * periods
    lows = [np.zeros_like(annualised)] + [_lookup(tables, bands_id, k, days) for k in limit_keys]
    rates = [_lookup(tables, rates_id, k, days, percent=True) for k in rate_keys]
    total = np.zeros_like(annualised)
    for i, rate in enumerate(rates):
        above = np.maximum(annualised - lows[i], 0)
        width = above if i + 1 == len(rates) else np.minimum(above, np.maximum(lows[i + 1] - lows[i], 0))
        total = total + rate * width
    return total // (periods * 10000)


def _days(on) -> np.ndarray:
    """``on`` as a ``datetime64[D]`` array (0-d for a single date)."""
    if isinstance(on, np.ndarray):
        if on.dtype.kind != "M":
            raise InputError("on", on.dtype, "a datetime.date or a datetime64[D] array")
        return on.astype("datetime64[D]")
    if isinstance(on, np.datetime64):
        return np.asarray(on.astype("datetime64[D]"))
    if isinstance(on, dt.date):
        return np.asarray(np.datetime64(on, "D"))
    raise InputError("on", on, "a datetime.date or a datetime64[D] array")


@attrs.frozen
class _Days:
    """Paydays as their distinct dates and, for each payday, which one."""

    unique: np.ndarray
    inverse: np.ndarray
    shape: tuple

    @property
    def ndim(self) -> int:
        return len(self.shape)


def _index(on) -> _Days:
    if isinstance(on, _Days):
        return on
    days = _days(on)
    flat = days.ravel()
    if flat.dtype == np.dtype("datetime64[D]") and flat.size >= 4096:
        # A caseload's paydays span a few years: mark the days seen in a
        # table of the span instead of sorting (np.unique's answer exactly).
        i = flat.view(np.int64)
        lo, hi = int(i.min()), int(i.max())
        if lo > np.iinfo(np.int64).min and hi - lo + 1 <= flat.size // 4:  # no NaT, a short span
            seen = np.zeros(hi - lo + 1, bool)
            seen[i - lo] = True
            position = np.cumsum(seen) - 1
            unique = (np.flatnonzero(seen) + lo).astype("datetime64[D]")
            return _Days(unique, position[i - lo], days.shape)
    unique, inverse = np.unique(flat, return_inverse=True)
    return _Days(unique, inverse.ravel(), days.shape)


def _lookup(tables: Tables, table_id: str, key: str, days: _Days, *, percent: bool = False) -> np.ndarray:
    """The value of ``table_id[key]`` in force on each payday, as int64:
    pence, or for a percent table hundredths of a percent (8% -> 800). Looks
    up each distinct date once, so a caseload costs a handful of lookups."""
    values = []
    table = tables.table(table_id)
    starts = np.array([r.start for r in table.rows], dtype="datetime64[D]")
    which = np.searchsorted(starts, days.unique, side="right") - 1  # the row in force each day
    if days.unique.size > 2 * starts.size and which.min(initial=0) >= 0 and \
            days.unique.max(initial=np.datetime64(table.until, "D")) <= np.datetime64(table.until, "D"):
        # Every day covered: one look-up for the first and the last day of
        # each row (a recorder of reads sees the same first and last days).
        firsts = np.flatnonzero(np.diff(which, prepend=-1))
        lasts = np.append(firsts[1:] - 1, which.size - 1)
        per_row = []
        for f, last in zip(firsts, lasts):
            v = tables.at(table_id, days.unique[f].item(), key)
            tables.at(table_id, days.unique[last].item(), key)
            per_row.append(_hundredths(tables, table_id, key, v) if percent else v)
        return np.repeat(np.asarray(per_row, dtype=np.int64), lasts - firsts + 1)[days.inverse].reshape(days.shape)
    for day in days.unique:
        v = tables.at(table_id, day.item(), key)
        if percent:
            hundredths = Fraction(v) * 100
            if hundredths.denominator != 1:
                raise RuleTableError(
                    tables.table(table_id).path, f"{key} = {v}% is finer than 0.01%; the calculation cannot hold it"
                )
            v = int(hundredths)
        values.append(v)
    return np.asarray(values, dtype=np.int64)[days.inverse].reshape(days.shape)


def _hundredths(tables: Tables, table_id: str, key: str, v) -> int:
    """A percent as hundredths of a percent (8% -> 800)."""
    hundredths = Fraction(v) * 100
    if hundredths.denominator != 1:
        raise RuleTableError(tables.table(table_id).path, f"{key} = {v}% is finer than 0.01%; the calculation cannot hold it")
    return int(hundredths)


def _pence(field: str, value) -> np.ndarray:
    arr = np.asarray(value)
    if arr.dtype.kind not in "iu" or isinstance(value, (bool, np.bool_)):
        raise InputError(field, value, "a whole number of pence, e.g. 150000 for £1,500.00")
    arr = arr.astype(np.int64)
    bad = (arr < 0) | (arr > _MAX_PENCE)
    if np.any(bad):
        i = int(np.flatnonzero(bad.ravel())[0])
        where = f"row {i}" if arr.ndim else None
        raise InputError(field, int(arr.ravel()[i]), "0 to 100000000000 pence (£1,000,000,000)", where)
    return arr


def _flag(field: str, value) -> np.ndarray:
    arr = np.asarray(value)
    if arr.dtype.kind != "b":
        raise InputError(field, value, "True or False (or a bool array)")
    return arr


def _relief(value) -> np.ndarray:
    arr = np.asarray(value)
    ok = np.isin(arr, PENSION_RELIEF) if arr.dtype.kind in "UO" else np.zeros(arr.shape, dtype=bool)
    if not np.all(ok):
        i = int(np.flatnonzero(~ok.ravel())[0])
        where = f"row {i}" if arr.ndim else None
        raise InputError("pension_relief", arr.ravel()[i].item(), " or ".join(repr(p) for p in PENSION_RELIEF), where)
    return arr == "net_pay"


def _check_not_above(field: str, value: np.ndarray, other: str, limit: np.ndarray) -> None:
    bad = value > limit
    if np.any(bad):
        i = int(np.flatnonzero(bad.ravel())[0])
        where = f"row {i}" if bad.ndim else None
        raise InputError(field, int(value.ravel()[i]), f"no more than {other} ({int(limit.ravel()[i])} pence)", where)


def _out(result, *inputs):
    """A Python int for scalar inputs, else the int64 array."""
    result = np.asarray(result, dtype=np.int64)
    if result.ndim == 0 and all((x.ndim if isinstance(x, _Days) else np.ndim(x)) == 0 for x in inputs):
        return int(result)
    return result
