"""Rates after the tables end: one policy, used by every result.

A rule table covers dates up to its ``until`` (today, most end on 5 April
2027). What a result does with a date past that is its **rates policy**:

- ``hold`` (the default): the last known amounts are carried forward. The
  usual convention for income-gain reporting (a gain is valued at the rates
  known when it is reported).
- ``strict``: a date past a table is an error naming the table and the date
  (:class:`~entitlements.errors.NoRowInForce`).
- ``uprate:PCT`` (for example ``uprate:3.1``, a forecast of the September
  CPI), or per group of benefits (``uprate:uc=3.1,pension=4.8``; a group not
  named is held): each benefit's amounts rise by ``PCT`` from its next
  uprating date, and again every year after, rounded as the Up-rating Orders
  round (see :data:`UPRATING`). Amounts the law freezes (``[[frozen]]`` in a
  table) stay frozen; the standard allowance and the protected LCWRA amount
  take the least the Universal Credit Act 2025 ss 1 and 4 allow for
  2027-28 to 2029-30 at that CPI. Tables that are not uprated by the annual
  review (capital limits, the taper, ages, the benefit cap, the LHA
  determinations, tax thresholds, local schemes) are held.

Neither holding nor uprating is silent. :meth:`RatesPolicy.apply` extends the
tables with rows of their own status (``held``, ``uprated``, or ``frozen``
where the law keeps an amount), each with a source that says what was
assumed, so a working sheet marks the line (``[held]``, ``[uprated]``) and
explains it once; and :func:`.rate_assumptions.assumptions_from_spans`
lists, for a result, the tables and dates it used under an assumption
(announced rows too), for the JSON, the caseload's ``rates_assumed`` column
and the report (:mod:`entitlements.rate_assumptions`).

>>> import datetime as dt
>>> from entitlements.tables import default_tables
>>> held = RatesPolicy.parse("hold").apply(default_tables())
>>> held.row("uc.carer_element", dt.date(2027, 5, 1)).status
'held'
>>> up = RatesPolicy.parse("uprate:3.1").apply(default_tables())
>>> up.at("uc.carer_element", dt.date(2027, 5, 1))   # £209.34 x 1.031 = £215.83 (to the penny)
21583
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

import attrs

from .dates import add_months, first_monday_of_tax_year
from .digits import check_digits
from .errors import InputError
from .tables import Row, Table, Tables
# What a result assumed (made by the policies here) is recorded and worded in .rate_assumptions; importable from here.
from .rate_assumptions import (ASSUMED, SHOWN, RateAssumption, assumptions_from_spans, describe, lha_assumptions,
                               rates_assumed)

__all__ = [
    "POLICIES",
    "DEFAULT",
    "HELD_UNTIL",
    "UPRATE_YEARS",
    "KNOWN_RELEVANT_CPI",
    "ASSUMED",
    "SHOWN",
    "GROUPS",
    "UPRATING",
    "Uprating",
    "RatesPolicy",
    "RateAssumption",
    "rates_policy",
    "assumptions_from_spans",
    "lha_assumptions",
    "rates_assumed",
    "describe",
]

#: The policies, and what each does with a date past a table's last row.
POLICIES: Mapping[str, str] = {
    "hold": "carry the last known amounts forward (an assumption every result names)",
    "strict": "refuse: a date past a table is an error naming the table and the date",
    "uprate": "raise each benefit's amounts by PCT% a year from its next uprating date, rounded as the "
    "Up-rating Orders round (an assumption every result names); written uprate:PCT or uprate:GROUP=PCT,...",
}

#: The policy when none is given: projections, income gain and estimates hold.
DEFAULT = "hold"

#: A held amount carries on to here: in effect no end (the projection's
#: calendar, :mod:`entitlements.gain.calendar`, runs to 2200).
HELD_UNTIL = dt.date(2199, 12, 31)

#: Years of uprated rows made past a table's end (the last carries on after).
UPRATE_YEARS = 20

#: The groups ``uprate:GROUP=PCT`` may name (each table's group is in :data:`UPRATING`).
GROUPS: Mapping[str, str] = {
    "uc": "Universal Credit amounts (SSAA 1992 s 150(1)(n))",
    "disability": "PIP, DLA, Attendance Allowance, Adult and Child Disability Payment",
    "carers": "Carer's Allowance and Carer Support Payment",
    "child_benefit": "Child Benefit, Guardian's Allowance and Scottish Child Payment",
    "working_age": "new-style ESA and JSA, Housing Benefit premiums and allowances, Pension Credit additions",
    "pension": "State Pension and the Pension Credit standard minimum guarantee (reviewed against earnings, "
    "SSAA 1992 s 150A)",
}

#: The relevant CPI percentage for 2026-27 (UC Act 2025 s 1(3)): the all items
#: CPI rose 3.8% in the 12 months to September 2025 (ONS, "Consumer price
#: inflation, UK: September 2025", 22 October 2025). The 2026-27 amounts of the
#: Up-rating Order 2026 (SI 2026/148) are the 2025-26 ones x 1.038, as
#: ``tests/test_rates_policy.py`` checks table by table.
KNOWN_RELEVANT_CPI: Mapping[int, Fraction] = {2026: Fraction(38, 10)}


@attrs.frozen
class Uprating:
    """How ``uprate`` raises one table: its group, the step its amounts are
    rounded to (pence; per key where they differ, a key left out is held),
    and a rule of its own where an Act sets a floor."""

    group: str
    step: int | Mapping[str, int]
    rule: str = "plain"  # "plain", "uc_act_standard_allowance", "uc_act_protected_lcwra", "approximate" (raised as
    # "plain" is, but some keys are not set by a percentage in the Orders, so they do not reproduce them exactly)

    def step_for(self, key: str | None) -> int | None:
        if isinstance(self.step, Mapping):
            return self.step.get(key) if key is not None else None
        return self.step


def _p(*keys: str, step: int = 5) -> dict[str, int]:
    return dict.fromkeys(keys, step)


#: The tables ``uprate`` raises, by group, with their rounding.
#:
#: The law leaves the rounding to the Secretary of State: "The Secretary of
#: State may, in providing for an increase in pursuance of subsection (2)
#: above, adjust the amount of the increase so as to round any sum up or down
#: to such extent as he thinks appropriate" (Social Security Administration
#: Act 1992 s 150(5); s 150A(4) says the same for the amounts reviewed
#: against earnings). The steps here are how the Orders have used it: the
#: 2026-27 amounts of SI 2026/148 are the 2025-26 amounts x 1.038 (x 1.048
#: for the pension group) rounded to the nearest 5p for weekly benefits and
#: premiums, to the nearest penny for Universal Credit's monthly amounts and
#: for the child amounts of the legacy and pension schemes, and to the
#: nearest pound for the work allowances; ``tests/test_rates_policy.py``
#: reproduces every one of them. An Order takes effect in the week beginning
#: with the first Monday of the tax year (s 150(10)(a)(i), s 150A(7)); for
#: Universal Credit, from the assessment periods beginning on or after it.
UPRATING: Mapping[str, Uprating] = {
    "uc.standard_allowance": Uprating("uc", 1, "uc_act_standard_allowance"),
    "uc.lcwra_element": Uprating("uc", 1, "uc_act_protected_lcwra"),
    "uc.lcw_element": Uprating("uc", 1),
    "uc.child_element": Uprating("uc", 1),
    "uc.disabled_child_addition": Uprating("uc", 1),
    "uc.carer_element": Uprating("uc", 1),
    "uc.childcare_cap": Uprating("uc", 1),
    "uc.housing_cost_contribution": Uprating("uc", 1),
    "uc.work_allowance": Uprating("uc", 100),
    "pip.rates": Uprating("disability", 5),
    "dla.rates": Uprating("disability", 5),
    "aa.rates": Uprating("disability", 5),
    "scotland.adult_disability_payment": Uprating("disability", 5),
    "scotland.child_disability_payment": Uprating("disability", 5),
    "carers_allowance.rate": Uprating("carers", 5),
    "scotland.carer_support_payment": Uprating("carers", _p("rate")),  # its earnings limit follows the NLW: held
    "scotland.scottish_carer_supplement": Uprating("carers", 5),  # with Carer Support Payment (SSI 2026/170 reg 12(3))
    "child_benefit.rates": Uprating("child_benefit", 5),
    "guardians_allowance.rate": Uprating("child_benefit", 5),
    "scotland.scottish_child_payment": Uprating("child_benefit", 5),
    "esa.new_style": Uprating("working_age", 5),
    "jsa.new_style": Uprating("working_age", 5),
    "housing_benefit.personal_allowance_working_age": Uprating("working_age", 5),
    "housing_benefit.carer_premium": Uprating("working_age", 5),
    "housing_benefit.disability_premium": Uprating("working_age", 5),
    "housing_benefit.severe_disability_premium": Uprating("working_age", 5),
    "housing_benefit.enhanced_disability_premium": Uprating("working_age", {"child": 1, "single": 5, "couple": 5}),
    "housing_benefit.esa_component": Uprating("working_age", 5),
    "housing_benefit.non_dependant_deduction": Uprating("working_age", 5),
    "housing_benefit.child_allowance": Uprating("working_age", 1),
    "housing_benefit.family_premium": Uprating("working_age", 1),
    "housing_benefit.disabled_child_premium": Uprating("working_age", 1),
    "pension_credit.carer_addition": Uprating("working_age", 5),
    "pension_credit.severe_disability_addition": Uprating("working_age", 5),
    "pension_credit.child_addition": Uprating("working_age", 1),
    "pension_credit.disabled_child_addition": Uprating("working_age", 1),
    "pension_credit.savings_credit_maximum": Uprating("working_age", 1),
    "pension_credit.non_dependant_deduction": Uprating("working_age", 5),  # the same amounts as Housing Benefit's
    # Pension-age Housing Benefit and the English pensioners' Council Tax Reduction (added 2026-12-07: they were
    # held under uprate while the Pension Credit they are set against rose, so HB and CTR fell). The personal
    # allowances for pensionable age reached on or after 1 April 2021 are the standard minimum guarantee (each Order
    # and SI 2026/27: £238.00, £363.25), so they rise with it; the earlier-age ones the Orders set at the guarantee
    # plus the savings credit maximum (£238.00 + £17.96 = £255.96, set at £256.00), not by a percentage: they are
    # raised by the same percentage, an approximation (rule "approximate": tests/test_rates_policy_hb_ctr.py).
    # The income thresholds rise with earnings (SI 2026/148 and SI 2026/27: £266 x 1.048 = £278.77 -> £279).
    "housing_benefit.personal_allowance_pension_age": Uprating("pension", 5, "approximate"),
    "housing_benefit.non_dependant_income_band": Uprating("pension", 100),
    "pension_credit.non_dependant_income_band": Uprating("pension", 100),
    "ctr.england.personal_allowance": Uprating("pension", 5, "approximate"),
    "ctr.england.premiums": Uprating("working_age", {"severe_disability": 5, "severe_disability_double": 5,
                                                     "enhanced_disability_child": 1, "disabled_child": 1, "carer": 5}),
    "ctr.england.child_amount": Uprating("working_age", 1),
    "ctr.england.non_dependant_deductions": Uprating("working_age", 5),
    "ctr.england.non_dependant_income_thresholds": Uprating("pension", 100),
    "ctr.england.alternative_maximum_thresholds": Uprating("pension", 100),
    "state_pension.basic_full_rate": Uprating("pension", 5),
    "state_pension.new_full_rate": Uprating("pension", 5),
    "pension_credit.standard_minimum_guarantee": Uprating("pension", 5),
}

_PCT = re.compile(r"^\d{1,2}(\.\d{1,3})?$")
_EXPECTED = ("hold, strict, or uprate:PCT (e.g. uprate:3.1), or uprate:GROUP=PCT,... with groups "
             + ", ".join(GROUPS))


def _uk(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def _percent(text: str, whole: str) -> Fraction:
    t = text.strip().rstrip("%")
    check_digits(whole, "rates_after", "a percentage")
    if not _PCT.match(t):
        raise InputError("rates_after", whole, "a percentage from 0 to 99.999 (e.g. 3.1) after uprate: or GROUP=")
    try:
        return Fraction(Decimal(t))
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        raise InputError("rates_after", whole, _EXPECTED) from None


def _pct_text(p: Fraction) -> str:
    return format(Decimal(p.numerator) / Decimal(p.denominator), "f").rstrip("0").rstrip(".") if p.denominator != 1 \
        else str(p.numerator)


@attrs.frozen
class RatesPolicy:
    """What a result does with dates past a rule table's last row (see the
    module docstring). Make one with :meth:`parse` (``"hold"``,
    ``"strict"``, ``"uprate:3.1"``, ``"uprate:uc=3.1,pension=4.8"``)."""

    kind: str = DEFAULT
    percent: Fraction | None = None  # uprate: every group not named in ``groups``
    groups: tuple[tuple[str, Fraction], ...] = ()
    hold_until: dt.date | None = None  # hold only to this date (the deprecated ``hold_rates_until``)

    @classmethod
    def parse(cls, text: str) -> "RatesPolicy":
        """A policy from its written form; :class:`InputError` naming what is allowed."""
        if not isinstance(text, str):
            raise InputError("rates_after", text, _EXPECTED)
        t = text.strip().lower()
        if t in ("hold", "strict"):
            return cls(t)
        head, sep, rest = t.partition(":")
        if head != "uprate" or not sep or not rest.strip():
            raise InputError("rates_after", text, _EXPECTED)
        percent, groups = None, {}
        for item in rest.split(","):
            name, eq, value = item.strip().partition("=")
            if not eq:
                if percent is not None:
                    raise InputError("rates_after", text, "one percentage for every group, then GROUP=PCT for the others")
                percent = _percent(name, text)
                continue
            if name.strip() not in GROUPS:
                raise InputError("rates_after", text, f"groups from {', '.join(GROUPS)} (got {name.strip()!r})")
            groups[name.strip()] = _percent(value, text)
        return cls("uprate", percent, tuple(sorted(groups.items())))

    def __str__(self) -> str:
        if self.kind != "uprate":
            return self.kind + (f" (to {self.hold_until.isoformat()})" if self.hold_until else "")
        parts = ([_pct_text(self.percent)] if self.percent is not None else []) + [f"{g}={_pct_text(p)}" for g, p in self.groups]
        return "uprate:" + ",".join(parts)

    def percent_for(self, group: str) -> Fraction | None:
        """The yearly increase assumed for ``group`` (``None``: held)."""
        return dict(self.groups).get(group, self.percent) if self.kind == "uprate" else None

    def apply(self, tables: Tables) -> Tables:
        """``tables`` extended past their last rows as this policy says (the
        same tables for ``strict``). Made once per set of tables and policy."""
        base = tables.base if tables.base is not None else tables
        if self.kind == "strict":
            return base
        if tables.policy == self:
            return tables
        made = base.derived.get(self)
        if made is not None:
            return made
        until = self.hold_until or HELD_UNTIL
        extended = {t.id: self._extend(t, until, base) for t in base}
        version = base.version
        if self.hold_until is not None:  # as the deprecated hold_rates named it
            label = f"rates held at last known values to {self.hold_until.isoformat()} (assumption)"
            version = attrs.evolve(version, overlays=version.overlays + (label,))
        # The deprecated hold to a date held the rule tables only, not the LHA
        # determinations: kept so, for what relies on it.
        schedules = {} if self.hold_until is not None else {"lha": _held_lha(until)}
        made = Tables(extended, version, policy=self, base=base, schedules=schedules)
        base.derived[self] = made
        return made

    # -- extending one table --------------------------------------------------
    def _extend(self, t: Table, until: dt.date, base: Tables) -> Table:
        if t.until >= until:
            return t
        start = t.until + dt.timedelta(days=1)
        up = UPRATING.get(t.id)
        pct = self.percent_for(up.group) if up is not None else None
        rows = _held_rows(t, start, until) if pct is None else _uprated_rows(t, start, until, up, pct, base)
        return attrs.evolve(t, rows=t.rows + tuple(rows), until=until)


def rates_policy(value: "RatesPolicy | str | None", default: str = DEFAULT) -> RatesPolicy:
    """A :class:`RatesPolicy` from a policy, its written form, or ``None`` (``default``)."""
    if value is None:
        return RatesPolicy.parse(default)
    if isinstance(value, RatesPolicy):
        return value
    return RatesPolicy.parse(value)


# -- the rows a policy adds ----------------------------------------------------


def _full_freeze(t: Table, on: dt.date):
    """The ``[[frozen]]`` entry that keeps every value of ``t`` on ``on``, if any."""
    return next((f for f in t.frozen if f.start <= on <= f.until and (f.keys is None or set(f.keys) == set(t.keys or ()))), None)


def _held_rows(t: Table, start: dt.date, until: dt.date) -> list[Row]:
    """A held row from ``start`` (a frozen one while the law keeps every value)."""
    last = t.rows[-1]
    rows = []
    freeze = _full_freeze(t, start)
    if freeze is not None:
        rows.append(attrs.evolve(last, start=start, status="frozen",
                                 source=f"{last.source}, kept by {freeze.source} to {_uk(freeze.until)}"))
        if freeze.until >= until:
            return rows
        start = freeze.until + dt.timedelta(days=1)
    rows.append(attrs.evolve(last, start=start, status="held", source=f"{last.source}, held past {_uk(t.until)}"))
    return rows


def _anniversary(d: dt.date, year: int) -> dt.date:
    return add_months(d, 12 * (year - d.year))


def _uprating_dates(t: Table, start: dt.date):
    """The uprating dates of ``t`` from ``start`` on: the first Monday of
    each tax year (SSAA 1992 s 150(10)(a)(i)), or, for a table of days, the
    anniversary of its last row's start (``start`` itself where the table
    runs a few days past this year's)."""
    if t.applies in ("assessment_period", "benefit_week"):
        year = start.year if first_monday_of_tax_year(start.year) >= start else start.year + 1
        while True:
            yield first_monday_of_tax_year(year)
            year += 1
    last = t.rows[-1].start
    first = _anniversary(last, start.year)
    if first < start:
        first = start if (start - first).days < 183 else _anniversary(last, start.year + 1)
    yield first
    year = first.year
    while True:
        year += 1
        yield _anniversary(last, year)


def _round_to(amount: int, factor: Fraction, step: int) -> int:
    """``amount x factor`` to the nearest ``step`` pence, a half up."""
    num = amount * factor.numerator
    den = factor.denominator * step
    return (2 * num + den) // (2 * den) * step


def _uprated_rows(t: Table, start: dt.date, until: dt.date, up: Uprating, pct: Fraction, base: Tables) -> list[Row]:
    """Held (or frozen) rows to the next uprating date, then a row a year raised by ``pct``."""
    last = t.rows[-1]
    dates = _uprating_dates(t, start)
    first = next(dates)
    rows = _held_rows(t, start, first - dt.timedelta(days=1)) if first > start else []
    rows = [r for r in rows if r.start < first]
    value, day = last.value, first
    for _ in range(UPRATE_YEARS):
        if day > until:
            break
        value, changed = _raise(t, up, value, day, pct, base)
        if changed:
            how = f"+{_pct_text(pct)}% a year from {_uk(first)} (rates policy {RatesPolicy('uprate', pct)})"
        else:
            how = "kept by " + "; ".join(f.source for f in t.frozen if f.covers(day))
        rows.append(attrs.evolve(last, start=day, value=value, status="uprated" if changed else "frozen",
                                 source=f"{last.source}, {how}"))
        day = next(dates)
    return rows


def _raise(t: Table, up: Uprating, value, day: dt.date, pct: Fraction, base: Tables) -> tuple[Any, bool]:
    """One year's uprating of a row's value on ``day``: each key by ``pct``
    to its step, frozen keys and keys without a step kept, the Act's amounts
    for the standard allowance and the protected LCWRA amount. Returns the
    value and whether any key was raised."""
    factor = 1 + pct / 100
    if not isinstance(value, dict):
        if t.frozen_on(day) is not None:
            return value, False
        return _round_to(value, factor, up.step_for(None)), True
    out, changed = {}, False
    for k, v in value.items():
        step = up.step_for(k)
        if step is None or t.frozen_on(day, k) is not None:
            out[k] = v
            continue
        out[k] = _round_to(v, factor, step)
        changed = True
    if up.rule not in ("plain", "approximate") and _act_year(day):
        if up.rule == "uc_act_standard_allowance":
            out = {k: max(v, _act_standard_allowance(day.year, pct, base)[k]) for k, v in out.items()}
        else:
            out["protected"] = _act_protected(day.year, pct, base)
    return out, changed


def _act_year(day: dt.date) -> bool:
    """Whether ``day`` is the first Monday of a tax year whose amounts the
    Universal Credit Act 2025 sets a floor for (after 2026-27, to 2029-30)."""
    from .benefits import uc_act_2025 as act

    return act.FIRST_TAX_YEAR < day.year <= act.LAST_TAX_YEAR and day == first_monday_of_tax_year(day.year)


@functools.lru_cache(maxsize=64)
def _act_standard_allowance(year: int, pct: Fraction, base: Tables) -> dict[str, int]:
    """The standard allowance under ``uprate`` at ``pct`` for ``year``
    (2026-27 as shipped; later, the least UC Act 2025 s 1(2) allows at the
    CPI assumed, if above the year before raised by it)."""
    from .benefits import uc_act_2025 as act

    if year == act.FIRST_TAX_YEAR:
        return base.at("uc.standard_allowance", first_monday_of_tax_year(year))
    cpi = {**KNOWN_RELEVANT_CPI, **{y: pct for y in range(act.FIRST_TAX_YEAR + 1, year + 1)}}
    least = act.standard_allowance_minimums(year, cpi, tables=base)
    before = _act_standard_allowance(year - 1, pct, base)
    return {k: max(least[k], _round_to(before[k], 1 + pct / 100, 1)) for k in least}


@functools.lru_cache(maxsize=64)
def _act_protected(year: int, pct: Fraction, base: Tables) -> int:
    """The protected LCWRA amount under ``uprate`` at ``pct`` for ``year``
    (2026-27 as shipped; later, the least UC Act 2025 s 4(2) allows with
    that year's standard allowance, never below the year before). For
    2026-27 the amount set was exactly that least amount (£429.80)."""
    from .benefits import uc_act_2025 as act

    if year == act.FIRST_TAX_YEAR:
        return base.at("uc.lcwra_element", first_monday_of_tax_year(year), "protected")
    before = _act_protected(year - 1, pct, base)
    least = act.protected_lcwra_least(_act_standard_allowance(year - 1, pct, base), before,
                                      _act_standard_allowance(year, pct, base), pct)
    return max(before, least)


def _held_lha(until: dt.date):
    """The rent officers' LHA determinations, the last year's held past the
    files' end (LHA rates are not uprated by the annual review: a held
    figure is the only one a policy can give)."""
    from .benefits.lha import InForce, LhaSchedule, default_lha_schedule

    sch = default_lha_schedule()
    pubs = {}
    for key, p in sch.publications().items():
        if p.until >= until:
            pubs[key] = p
            continue
        last = p.in_force[-1]
        held = InForce(p.until + dt.timedelta(days=1), f"{last.source}, held past {_uk(p.until)}", last.verified,
                       last.note, status="held")
        pubs[key] = attrs.evolve(p, in_force=p.in_force + (held,), until=until)
    return LhaSchedule(list(sch), pubs)
