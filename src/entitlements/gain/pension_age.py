"""What an outcome changes in Pension Credit, Housing Benefit and Council Tax Reduction at pension age.

Past the qualifying age for Pension Credit, Universal Credit is not paid
(Welfare Reform Act 2012 s 4(1)(b)), so the income gain's Universal Credit
knock-on is nil there. An outcome still changes the means-tested benefits a
pension-age household gets instead: Attendance Allowance, DLA care at the
middle or highest rate or PIP daily living brings the severe disability
additional amount into the appropriate minimum guarantee (State Pension
Credit Regulations 2002, SI 2002/1792, reg 6(4)-(5), Sch I paras 1-2, "for any
period ... in respect of which the allowance is awarded": para 1(2)(a)), a
Carer's Allowance entitlement the carer amount (Sch I Pt II para 4), income
counts against the guarantee and the savings credit (SPCA 2002 ss 2-3); and
Housing Benefit and Council Tax Reduction follow, through Pension Credit
(guarantee credit disregards all income and capital, so the maximum: SI
2006/214 reg 26, read; the pension-age CTR schemes likewise, as
:mod:`entitlements.benefits.council_tax_reduction` applies them) or through
income and premiums.

This module works those changes out with the engine :func:`entitlements.estimate`
uses (:func:`entitlements.benefits.household_total.calculate`), for the
household before and after the outcome, on the day the outcome takes effect,
where the Pension Credit engine assesses the household before (it has
reached the qualifying age, or is a protected mixed-age couple): after -
before, a week, for each of :data:`KNOCK_ON_BENEFITS`. The one-household path
(:func:`entitlements.gain.household.income_gain`) and the caseload path
(:mod:`entitlements.gain._projection`) both call :func:`knock_on_weekly`, and
hold each change over the projection as a benefit line of a fixed weekly
amount.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..columns import BenefitUnitColumns, households_columns, select
from ..explain import uk_date
from ..household import Household
from ..money import divide_half_up, format_pounds
from ..tables import Tables

__all__ = ["KNOCK_ON_BENEFITS", "KNOCK_ON_SOURCES", "KnockOns", "knock_on_weekly", "household_knock_ons", "knock_on_assumption",
           "caseload_knock_ons", "knock_on_totals", "fixed_line_over"]

#: The benefits an outcome changes at pension age, in the order of the columns of :func:`knock_on_weekly`.
KNOCK_ON_BENEFITS = ("pension_credit", "housing_benefit", "council_tax_reduction")

#: Each knock-on line's source, as a benefit line names it.
KNOCK_ON_SOURCES = {
    "pension_credit": "State Pension Credit Act 2002 ss 2-3; SI 2002/1792 reg 6, Sch I (worked out before and after)",
    "housing_benefit": "SI 2006/214 (Housing Benefit, State Pension Credit age), through Pension Credit and income "
                       "(worked out before and after)",
    "council_tax_reduction": "Council Tax Reduction for pensioners (SI 2012/2885 in England; the Welsh and Scottish "
                             "schemes), through Pension Credit and income (worked out before and after)",
}

_NAMES = {"pension_credit": "Pension Credit", "housing_benefit": "Housing Benefit",
          "council_tax_reduction": "Council Tax Reduction"}

#: Sixty years in days, less a margin: no one younger has reached the qualifying age for Pension Credit.
_YOUNGEST = 60 * 365


def _maybe_pension_age(bu: BenefitUnitColumns, on) -> np.ndarray:
    """Rows that may have reached the qualifying age (a cheap first look:
    the engine decides): the first adult 60 or over, or born 60 years
    before ``on`` or earlier, or a protected mixed-age couple."""
    a = bu.adult1
    dob = np.asarray(a.date_of_birth, "datetime64[D]")
    # mutation: margin below: the qualifying age has been over 61 since 2013 (the rule tables begin in 2023), so no
    # one exactly 60, or born exactly 60 x 365 days before, can have reached it.
    old = ~np.isnat(dob) & (dob <= np.asarray(on, "datetime64[D]") - np.timedelta64(_YOUNGEST, "D"))  # mutation: margin
    sixty = np.asarray(a.age) >= 60  # mutation: margin
    return np.asarray(a.present) & (sixty | old) | np.asarray(bu.mixed_age_protected, bool)


def knock_on_weekly(before: BenefitUnitColumns, after: BenefitUnitColumns, *, on, tables: Tables):
    """The change in Pension Credit, Housing Benefit and Council Tax
    Reduction from ``before`` to ``after`` (array columns, one row a case)
    on ``on`` (a date, or one a row) [pence/week].

    Returns ``(weekly, pension_age, problem)``: ``weekly`` (rows x 3, the
    columns in :data:`KNOCK_ON_BENEFITS`' order, after - before); ``pension_age``
    where the Pension Credit engine assesses the household before (0
    elsewhere: the Universal Credit path values the outcome there); ``problem``
    "" or why a row's Council Tax Reduction could not be worked out (a band
    given, and the council tax or its reduction check needed, before or
    after)."""
    from ..benefits.household_total import calculate
    from ..benefits.hb_ctr import CT_REASONS

    n = int(np.shape(before.couple)[0])
    weekly = np.zeros((n, len(KNOCK_ON_BENEFITS)), np.int64)
    pension_age = np.zeros(n, bool)
    problem = np.full(n, "", dtype=object)
    days = np.broadcast_to(np.asarray(on, "datetime64[D]"), (n,))
    rows = np.flatnonzero(_maybe_pension_age(before, days))
    if not rows.size:
        return weekly, pension_age, problem
    b = calculate(select(before, rows), on=days[rows], tables=tables)
    a = calculate(select(after, rows), on=days[rows], tables=tables)
    assessed = np.asarray(b.pension_credit.reason) == 0
    bc, ac = b.council_tax, a.council_tax
    ok_b = (np.asarray(bc.status) == 1) & (np.asarray(bc.ctr_status) == 1)
    ok_a = (np.asarray(ac.status) == 1) & (np.asarray(ac.ctr_status) == 1)
    changes = (np.asarray(a.pension_credit.award) - np.asarray(b.pension_credit.award),
               np.asarray(a.housing_benefit.award) - np.asarray(b.housing_benefit.award),
               np.where(ok_b & ok_a, np.asarray(ac.reduction_weekly) - np.asarray(bc.reduction_weekly), 0))
    for j, change in enumerate(changes):
        weekly[rows, j] = np.where(assessed, change, 0)
    pension_age[rows] = assessed
    bad = assessed & (((np.asarray(bc.status) == 2) | (np.asarray(bc.ctr_status) == 2))
                      | ((np.asarray(ac.status) == 2) | (np.asarray(ac.ctr_status) == 2)))
    for i in np.flatnonzero(bad):
        c = bc if not ok_b[i] else ac
        code = int(np.asarray(c.reason)[i]) or int(np.asarray(c.ctr_reason)[i])
        problem[rows[i]] = (f"council tax and its reduction worked out before and after the outcome (not worked out "
                            f"{'before' if not ok_b[i] else 'after'} it: {CT_REASONS[code]}): at pension age the income "
                            "gain counts the change in Council Tax Reduction; give the bill's Band D "
                            "(housing_council_tax_band_d), or check the band and the council")
    return weekly, pension_age, problem


def household_knock_ons(before: Household, after: Household, on: dt.date, tables: Tables) -> tuple[dict[str, int], bool, str]:
    """:func:`knock_on_weekly` for one household: the change in each of
    :data:`KNOCK_ON_BENEFITS` [pence/week], whether the household is
    assessed for Pension Credit, and the problem ("" none)."""
    weekly, pension_age, problem = knock_on_weekly(_rows(before), _rows(after), on=np.datetime64(on, "D"), tables=tables)
    return dict(zip(KNOCK_ON_BENEFITS, (int(x) for x in weekly[0]))), bool(pension_age[0]), str(problem[0])


def _rows(h: Household) -> BenefitUnitColumns:
    """One household as array columns of one row."""
    return households_columns([h])


def knock_on_assumption(changes: dict[str, int], on: dt.date) -> str:
    """What the knock-on lines assume, in words, with the changes found."""
    said = ", ".join(f"{_NAMES[name]} {format_pounds(v, sign=True)}" for name, v in changes.items())
    return (f"Pension age: Universal Credit is not paid past the qualifying age for Pension Credit (WRA 2012 s 4(1)(b)); "
            f"the outcome's change in Pension Credit (guarantee and savings credit), and through it and income in "
            f"Housing Benefit and Council Tax Reduction, is worked out for the household before and after on "
            f"{uk_date(on)}, as estimate() does, and held over the projection a week: {said} a week. The severe "
            "disability additional amount (SI 2002/1792 reg 6(4), Sch I para 1) is given where no one is paid Carer's "
            "Allowance or a carer element for caring for the person and no non-dependant lives with them, as the "
            "household says (Adult.carer_paid_for, Housing.non_dependants).")


def fixed_line_over(weekly, start, end):
    """Fixed weekly amounts (rows x lines) over each row's days ``[start,
    end)`` (day numbers) [pence]: a seventh a day, rounded half up to the
    penny, as :func:`entitlements.gain.household.line_over` does for a line
    with no table."""
    span = np.maximum(np.asarray(end, np.int64) - np.asarray(start, np.int64), 0)[:, None]
    return divide_half_up(span * np.asarray(weekly, np.int64), 7)


@attrs.frozen
class KnockOns:
    """Each case's knock-on lines [pence], one column a benefit of
    :data:`KNOCK_ON_BENEFITS`: a week when the outcome is in payment (nil
    where the award has ended by then), over the projection, and as arrears."""

    weekly: np.ndarray
    projected: np.ndarray
    arrears: np.ndarray

    @classmethod
    def none(cls, n: int) -> KnockOns:
        zero = np.zeros((n, len(KNOCK_ON_BENEFITS)), np.int64)
        return cls(zero, zero, zero)


def _case_rows(c, rows):
    """Cases ``rows`` of ``c`` (the changed households stay whole: ``after_row`` indexes them)."""
    n = len(c)

    def pick(name, v):
        if name == "after":
            return v
        if isinstance(v, BenefitUnitColumns):
            return select(v, rows)
        return v[rows] if isinstance(v, np.ndarray) and v.ndim and v.shape[0] == n else v

    return attrs.evolve(c, **{f.name: pick(f.name, getattr(c, f.name)) for f in attrs.fields(type(c))})


def _after_columns(sub, protected, on, tables: Tables) -> BenefitUnitColumns:
    """The households of cases ``sub`` once the outcome is in payment (as
    the engine calls of the projection make them: Carer's Allowance at the
    rate in force ``on`` less the carer's overlapping benefits; a changed
    household as given)."""
    from ._engine_calls import phase_columns
    from ._projection import _replace_rows
    from .overlapping import case_overlapping_weekly, with_carers_allowance

    _, full, ca_adult = phase_columns(sub, protected)
    if (ca_adult > 0).any():
        rate = np.asarray(tables.at("carers_allowance.rate", on), np.int64)
        full = with_carers_allowance(full, ca_adult, rate, case_overlapping_weekly(sub.before, ca_adult))
    if sub.after is not None:
        has = sub.after_row >= 0
        if has.any():
            changed = select(sub.after, sub.after_row[has])
            k = max(full.children.present.shape[-1], changed.children.present.shape[-1])
            full, changed = (attrs.evolve(x, children=_widen(x.children, k)) for x in (full, changed))
            full = _replace_rows(full, np.flatnonzero(has), changed)
    return full


def _widen(children, k: int):
    """Child columns with ``k`` slots (empty slots added: not present, no date of birth)."""
    def pad(a):
        a = np.asarray(a)
        extra = k - a.shape[-1]
        if extra <= 0:
            return a
        fill = np.datetime64("NaT") if a.dtype.kind == "M" else 0
        return np.concatenate([a, np.full(a.shape[:-1] + (extra,), fill, dtype=a.dtype)], axis=-1)

    return type(children)(**{f.name: pad(getattr(children, f.name)) for f in attrs.fields(type(children))})


def _weekly_rows(c, rows, protected, on, tables: Tables):
    """:func:`knock_on_weekly` for cases ``rows``, with why each that fails
    does (a table that does not cover its day: that case alone)."""
    from ..errors import EntitlementsError

    def run(ix):
        sub = _case_rows(c, rows[ix])
        return knock_on_weekly(sub.before, _after_columns(sub, protected[rows[ix]], on[ix], tables), on=on[ix], tables=tables)

    try:
        weekly, _, problem = run(np.arange(rows.size))
    except EntitlementsError:
        weekly = np.zeros((rows.size, len(KNOCK_ON_BENEFITS)), np.int64)
        problem = np.full(rows.size, "", dtype=object)
        for j in range(rows.size):
            try:
                w, _, p = run(np.array([j]))
                weekly[j], problem[j] = w[0], p[0]
            except EntitlementsError as e:
                problem[j] = f"the rules do not cover a value this case needs: {e}"
    return weekly, problem


def caseload_knock_ons(c, t, windows, tables: Tables, v) -> KnockOns | None:
    """Each case's knock-on lines at pension age (the caseload twin of the
    one-household path's): the changes worked out on the day the outcome
    takes effect (``t.eff``), held to its end; ``windows`` the projection's
    and the arrears' days (:func:`entitlements.gain._projection.line_windows`).
    A case whose Council Tax Reduction cannot be worked out fails (``v``).
    None where no case may be of pension age (nothing to add)."""
    from .cases import KIND
    from .outcomes import HB_CTR_KINDS

    n = len(c)
    on = np.asarray(t.eff).astype("datetime64[D]")
    hb_ctr = np.isin(c.kind, [KIND[k] for k in HB_CTR_KINDS])
    rows = np.flatnonzero(v.valid & ~hb_ctr & _maybe_pension_age(c.before, on))
    if not rows.size:
        return None
    weekly_rows, problem = _weekly_rows(c, rows, t.protected, on[rows], tables)
    bad = np.zeros(n, bool)
    bad[rows] = problem != ""
    text = dict(zip(rows.tolist(), problem.tolist()))
    v.fail(bad, lambda i: text[i])
    fixed = np.zeros((n, len(KNOCK_ON_BENEFITS)), np.int64)
    fixed[rows] = weekly_rows
    fixed[~v.valid] = 0
    weekly = np.where((t.rep_live & v.valid)[:, None], fixed, 0)
    return KnockOns(weekly, fixed_line_over(fixed, *windows[0]), fixed_line_over(fixed, *windows[1]))


def knock_on_totals(ko: KnockOns | None, valid, convention: str):
    """Each case's knock-on lines added up: (a week, over the projection,
    as arrears, and in the annual gain by ``convention``) [pence]; 0 where
    there are none. Cases not ``valid`` count nil."""
    from ..money import weekly_to_monthly

    if ko is None:
        return 0, 0, 0, 0
    weekly, projected, arrears = (np.where(valid, a.sum(axis=1), 0) for a in (ko.weekly, ko.projected, ko.arrears))
    annual = weekly * 52 if convention == "weekly_x52" else np.where(valid, weekly_to_monthly(ko.weekly).sum(axis=1), 0) * 12
    return weekly, projected, arrears, annual
