"""Estimates for one household, and for a caseload, through one engine.

The working sheets (:func:`uc_breakdown`, :func:`pension_credit_breakdown`,
:func:`total_breakdown`) are written by :mod:`entitlements.explain_estimate`
and importable from here as before.

>>> import datetime as dt
>>> from entitlements import Adult, Household, estimate
>>> e = estimate(Household(adults=Adult(age=30)), on=dt.date(2026, 5, 1))
>>> e.universal_credit.award      # pence for the assessment period
42490
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NoReturn

import attrs
import numpy as np

from .benefits import household_total, uc
from .columns import household_columns
from .dates import age_on, assessment_period_end, check_not_too_late, date_given
from .display import html_card, short_repr
from .errors import BeforeTheRules, InputError, NoRowInForce
from .explain import Breakdown, render_sheet
from .explain_estimate import pension_credit_breakdown, total_breakdown, uc_breakdown
from .household import Household
from .money import format_pounds
from .rates_policy import RateAssumption, RatesPolicy, assumptions_from_spans, describe, lha_assumptions, rates_policy
from .tables import ReadRecorder, RulesVersion, Tables, tables_or_default

__all__ = ["UniversalCredit", "Estimate", "estimate", "uc_breakdown", "pension_credit_breakdown"]

@attrs.frozen
class UniversalCredit:
    """Universal Credit for one assessment period, in pence a month.

    ``award`` is the entitlement; ``calculation`` holds every step (see
    :class:`~entitlements.benefits.uc.UCCalculation`) and ``breakdown`` the
    lines with their legal sources."""

    award: int
    calculation: uc.UCCalculation
    breakdown: Breakdown


# Long because: a result class: eleven fields, three totals and its four views
# (render, repr, HTML, to_dict), none over 35 lines.
@attrs.frozen
class Estimate:
    """Everything estimated for one household for one assessment period:
    Universal Credit line by line, and every benefit in the household total."""

    household: Household
    period_start: dt.date
    period_end: dt.date
    universal_credit: UniversalCredit
    benefits: household_total.HouseholdCalculation
    total: Breakdown
    rules: RulesVersion
    pension_credit: Breakdown | None = None  # step by step, where Pension Credit is assessed
    rates_policy: str = "hold"  # what a date past the tables' end does (entitlements.rates_policy)
    assumptions: tuple[RateAssumption, ...] = ()  # the tables read past their end (or announced), and when
    housing_benefit: Breakdown | None = None  # step by step, where a Housing Benefit scheme applies to a rented home
    council_tax: Breakdown | None = None  # council tax and Council Tax Reduction, where a band is given
    caveats: tuple[str, ...] = ()  # what the estimate leaves out that may change it (Blind Person's Allowance's tests, the couple's tax reductions, in the tax on pensions)

    @property
    def total_weekly(self) -> int:
        return self.benefits.total_weekly

    @property
    def total_monthly(self) -> int:
        return self.benefits.total_monthly

    @property
    def total_annual(self) -> int:
        return self.benefits.total_annual

    def render(self, *, width: int | None = None) -> str:
        """The estimate as an adviser's working sheet (plain text); ``width``
        wraps it to a terminal's width (see :meth:`Breakdown.render`). A
        warning line comes first where a rate past the tables' end was held
        or uprated."""
        parts = [*([self.pension_credit] if self.pension_credit else []),
                 *([self.housing_benefit] if self.housing_benefit else []), *([self.council_tax] if self.council_tax else []),
                 self.total]
        # Universal Credit's sheet first where it can be paid; where it cannot (every claimant over the qualifying
        # age, a protected mixed-age couple) it comes last, after the help that is paid, with the note saying why.
        uc_sheet = self.universal_credit.breakdown
        parts = [uc_sheet, *parts] if bool(np.asarray(self.benefits.universal_credit_payable).item()) else [*parts, uc_sheet]
        sheet = render_sheet(*parts, width=width)
        lines = describe(self.assumptions, self.rates_policy)
        if not lines and not self.caveats:
            return sheet
        warn = [("Warning: " if a.startswith("Rates") else "Note: ") + a for a in lines]
        warn += ["Caveat: " + c for c in self.caveats]
        if width:
            import textwrap

            # A caveat's flags (--state-pension) are not split at their hyphens.
            warn = [textwrap.fill(w, width=width, subsequent_indent="  ", break_on_hyphens=not w.startswith("Caveat: "))
                    for w in warn]
        return "\n".join(warn) + "\n\n" + sheet

    def __repr__(self) -> str:
        return short_repr("Estimate", f"{self.universal_credit.breakdown.period}: Universal Credit "
                          f"{format_pounds(self.universal_credit.award)} a month; household total "
                          f"{format_pounds(self.total_weekly)} a week; {self.rules}")

    def _repr_html_(self) -> str:
        """A notebook's view: the award and totals, then every line with its source."""
        uc_b = self.universal_credit.breakdown
        head = [("Universal Credit", f"{format_pounds(self.universal_credit.award)} a month", uc_b.period),
                ("Household total", f"{format_pounds(self.total_weekly)} a week", ""),
                ("", f"{format_pounds(self.total_monthly)} a month", ""),
                ("", f"{format_pounds(self.total_annual)} a year", household_total.ANNUAL_BASIS)]
        lines = []
        for b in (uc_b, *([self.pension_credit] if self.pension_credit else []), self.total):
            lines.append(("", b.title, "", b.period, ""))
            lines += [(l.op.strip(), l.label, "" if l.amount is None else format_pounds(l.amount), l.citation, l.detail)
                      for l in b.lines]
        notes = [*describe(self.assumptions, self.rates_policy), *self.caveats, *uc_b.notes,
                 *dict.fromkeys(f for b in (uc_b, self.total) for f in b.footnotes)]
        return html_card(f"Estimate, {uc_b.period}", head, lines, notes=notes, footer=str(self.rules))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: amounts in pence, dates ISO, every line with its citation."""
        calc = _as_dict(self.universal_credit.calculation)
        for name in _NOT_APPLICABLE_HOUSING:  # the engine's -1 (no LHA for the household): null, never a number
            if calc["housing"][name] == -1:
                calc["housing"][name] = None
        return {
            "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(),
            "rules": {
                "release": self.rules.release,
                "content_hash": self.rules.content_hash,
                "overlays": list(self.rules.overlays),
            },
            "rates_policy": str(self.rates_policy),
            "assumptions": [a.to_dict() for a in self.assumptions],
            "caveats": list(self.caveats),
            "universal_credit": {
                "award_pence": self.universal_credit.award,
                "award": format_pounds(self.universal_credit.award),
                "calculation": calc,
                "breakdown": self.universal_credit.breakdown.to_dict(),
            },
            "pension_credit": None if self.pension_credit is None else self.pension_credit.to_dict(),
            "housing_benefit": None if self.housing_benefit is None else {
                # None where which of a couple claims decides it and is not given (HB_REASONS "applicant_not_given")
                "weekly_pence": None if _hb_check_needed(self.benefits.housing_benefit)
                else int(self.benefits.housing_benefit.award),
                "status": "check_needed: applicant_not_given" if _hb_check_needed(self.benefits.housing_benefit)
                else "calculated",
                "calculation": _housing_benefit_dict(self.benefits.housing_benefit),
                "breakdown": self.housing_benefit.to_dict()},
            "council_tax": None if self.council_tax is None else {
                "calculation": _council_tax_dict(self.benefits.council_tax),
                "breakdown": self.council_tax.to_dict()},
            "household_total": {
                "weekly_pence": self.total_weekly,
                "monthly_pence": self.total_monthly,
                "annual_pence": self.total_annual,
                "breakdown": self.total.to_dict(),
            },
        }


def _plain(v: Any) -> Any:
    """numpy scalars (and nested results) as plain Python ints and bools."""
    if isinstance(v, (bool, int)):
        return v
    if isinstance(v, (np.ndarray, np.generic)):
        return v.item()
    if isinstance(v, tuple):
        return tuple(_plain(x) for x in v)
    cls = type(v)
    return cls(**{f.name: _plain(getattr(v, f.name)) for f in attrs.fields(cls)})


#: Housing figures the engine holds as -1 where they do not apply (no LHA:
#: not a private renter): null in JSON, as they are empty in every CSV export.
_NOT_APPLICABLE_HOUSING = ("lha_rate_monthly", "lha_category")


def _hb_check_needed(hb: Any) -> bool:
    """Housing Benefit not worked out: which of a couple claims decides it, and the household does not say."""
    from .benefits.housing_benefit import HB_REASONS

    return HB_REASONS[int(hb.reason)] == "applicant_not_given"


def _housing_benefit_dict(hb: Any) -> dict[str, Any]:
    """Housing Benefit with its codes as words, as council tax's are (they were 0 and 1: "assessed", "pension_age")."""
    from .benefits.housing_benefit import HB_REASONS, HB_SCHEMES

    d = _as_dict(hb)
    d["reason"], d["scheme"] = HB_REASONS[d["reason"]], HB_SCHEMES[d["scheme"]]
    return d


#: The amounts of council tax (``_CT_AMOUNTS``) and of its reduction (``_CTR_AMOUNTS``) in the estimate's JSON.
_CT_AMOUNTS = ("band_d_annual", "band_amount_annual", "discount_percent", "annual_liability", "weekly_liability")
_CTR_AMOUNTS = ("ctr_non_dependant_deductions", "ctr_maximum", "ctr_applicable_amount", "ctr_income",
                "ctr_excess_income", "ctr_taper_deduction", "ctr_alternative_maximum", "reduction_weekly",
                "reduction_annual", "to_pay_weekly", "to_pay_annual", "ctr_earnings_disregarded", "ctr_tariff_income",
                "ctr_childcare_charges", "ctr_personal_allowance", "ctr_premiums", "ctr_components",
                "ctr_child_premium", "ctr_disabled_child_premium", "ctr_enhanced_disability_premium_child",
                "ctr_carer_premium", "ctr_disability_premium", "ctr_enhanced_disability_premium",
                "ctr_severe_disability_premium")


def _council_tax_dict(c: Any) -> dict[str, Any]:
    """Council tax and CTR with the codes as words."""
    from .benefits.council_tax_columns import BAND_D_SOURCES, CT_REASONS, CT_STATUS, CTR_SCHEMES

    d = _as_dict(c)
    # A part not worked out (check needed) has no amounts: null, as the caseload's rows give them, never 0 (no
    # reduction) or the whole liability left to pay.
    if d["ctr_status"] != 1:
        for k in _CTR_AMOUNTS:
            d[k] = None
    if d["status"] != 1:
        for k in _CT_AMOUNTS + _CTR_AMOUNTS:
            d[k] = None
    d["band_d_source"] = BAND_D_SOURCES[d["band_d_source"]] if d["status"] == 1 else None
    d["status"], d["reason"] = CT_STATUS[d["status"]], CT_REASONS[d["reason"]] or None
    d["ctr_status"], d["ctr_reason"] = CT_STATUS[d["ctr_status"]], CT_REASONS[d["ctr_reason"]] or None
    d["ctr_scheme"] = CTR_SCHEMES[d["ctr_scheme"]]
    return d


def _as_dict(v: Any) -> Any:
    if attrs.has(type(v)):
        return {f.name: _as_dict(getattr(v, f.name)) for f in attrs.fields(type(v))}
    if isinstance(v, tuple):
        return [_as_dict(x) for x in v]
    return v


def _calculated(cols, on: dt.date, tables):
    """The household's results on ``on``; a date before the rules begin is
    one error giving the first date they cover for it (the latest first row
    of the tables it reads, found by trying each in turn)."""
    try:
        return household_total.calculate(cols, on=on, tables=tables)
    except NoRowInForce as e:
        if not e.on < e.earliest:
            raise
        first = e
    covered = first.earliest
    for _ in range(12):  # each try moves to a later table's first row
        try:
            household_total.calculate(cols, on=covered, tables=tables)
            break
        except NoRowInForce as later:
            if not covered < later.earliest:
                break
            covered = later.earliest
    raise BeforeTheRules(first.table_id, first.path, on, covered, first.until) from None


def _refuse(problem: Any, household: Household, on: dt.date, end: dt.date) -> NoReturn:
    """Raise the :class:`~entitlements.errors.InputError` for one of
    ``household_total.problems`` found in ``household``, naming the adult or
    child (by its place in the Household) and the value given where the
    problem is about one of them."""
    if problem.field == "childN_date_of_birth":  # name the child
        i, c = next((i, c) for i, c in enumerate(household.children, start=1)
                    if c.date_of_birth > end or age_on(c.date_of_birth, on) >= 20)
        raise InputError(
            f"children[{i}].date_of_birth",
            c.date_of_birth.isoformat(),
            f"a child or qualifying young person under 20 on {on.isoformat()}, the first day of the assessment "
            f"period, and born by {end.isoformat()}, its end (SI 2013/376 reg 5)",
        )
    found = next(((i, a) for i, a in enumerate(household.adults, start=1)
                  if a.date_of_birth is not None and not 16 <= age_on(a.date_of_birth, end) <= 120), None)
    if problem.field == "adultN_date_of_birth" and found is not None:  # name the adult
        i, a = found
        raise InputError(f"adults[{i}].date_of_birth", a.date_of_birth.isoformat(),
                         f"a date of birth that makes the adult 16 to 120 on {end.isoformat()}, the end of the assessment period")
    if problem.field == "adultN_attendance_allowance":  # name the adult and the rate held
        from .benefits.disability_ages import attendance_allowance_age_refused as refused

        i, a = next((i, a) for i, a in enumerate(household.adults, start=1)
                    if a.attendance_allowance != "none" and refused(a.date_of_birth, a.age, end))
        raise InputError(f"adults[{i}].attendance_allowance", a.attendance_allowance, problem.expected)
    if problem.field == "adultN_state_pension_weekly":  # name the adult and the amount
        from .benefits.disability_ages import attendance_allowance_age_refused as refused

        i, a = next((i, a) for i, a in enumerate(household.adults, start=1)
                    if a.state_pension_weekly and refused(a.date_of_birth, a.age, end))
        raise InputError(f"adults[{i}].state_pension_weekly", f"£{a.state_pension_weekly / 100:,.2f}", problem.expected)
    if problem.field == "adultN_reached_pension_age_before_6_april_2016" and problem.expected.startswith("what"):
        from .benefits.pension_age import reached_pension_age_before_6_april_2016 as settled

        i, a = next((i, a) for i, a in enumerate(household.adults, start=1)
                    if a.reached_pension_age_before_6_april_2016 is not None
                    and settled(a.date_of_birth, age=a.age if a.date_of_birth is None else None, on=on)
                    == 1 - int(a.reached_pension_age_before_6_april_2016))
        raise InputError(f"adults[{i}].reached_pension_age_before_6_april_2016",
                         a.reached_pension_age_before_6_april_2016, problem.expected)
    if problem.field == "childN_dla_mobility":  # name the child and the rate held
        from .benefits.disability_ages import dla_mobility_age_refused as too_young
        from .household import DLA_MOBILITY

        i, c = next((i, c) for i, c in enumerate(household.children, start=1)
                    if too_young(c.date_of_birth, DLA_MOBILITY.index(c.dla_mobility), end))
        raise InputError(f"children[{i}].dla_mobility", c.dla_mobility, problem.expected)
    if problem.field == "housing_owner_housing_costs":  # the amount given
        x = household.housing.owner_housing_costs
        raise InputError("housing.owner_housing_costs", f"£{x / 100:,.2f}", problem.expected)
    raise InputError(_named(problem.field, household, on, end), None, problem.expected)


def estimate(household: Household, *, on: dt.date, tables: Tables | None = None,
             rates_after: RatesPolicy | str | None = None) -> Estimate:
    """Estimate entitlement for the assessment period beginning ``on``.

    ``tables`` defaults to the shipped rule tables; pass
    ``Tables.load(overlays=[...])`` to use a reform or a local correction.
    ``rates_after`` is the rates policy for a date past the tables' end
    (:mod:`entitlements.rates_policy`): ``"hold"`` by default, which holds
    the last known amounts and says so (a warning line on the working sheet,
    ``assumptions`` in the result and its JSON); ``"strict"`` refuses such a
    date; ``"uprate:PCT"`` raises the amounts by an assumed percentage.
    """
    if not isinstance(household, Household):
        raise InputError("household", type(household).__name__, "a Household")
    on = date_given(on)
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise InputError("on", on, "a date (the first day of the assessment period; a datetime only at midnight)")
    check_not_too_late(on)
    policy = rates_policy(rates_after)
    tables = ReadRecorder(policy.apply(tables_or_default(tables)))
    cols = household_columns(household)
    end = assessment_period_end(on)
    hh = _plain(_calculated(cols, on, tables))
    for problem in household_total.problems(cols, hh, on=on):
        if problem.rows:
            _refuse(problem, household, on, end)
    calc = hh.universal_credit
    breakdown = uc_breakdown(calc, household, on=on, end=end, tables=tables, carers_allowance=hh.carers_allowance)
    if not hh.universal_credit_payable:
        why = ("A mixed-age couple entitled as that couple to Pension Credit or pension-age Housing Benefit since 14 May "
               "2019: Pension Credit and Housing Benefit instead of Universal Credit (SI 2019/37 art 4)."
               if household.mixed_age_protected and not all(np.asarray(x).item() for x in hh.state_pension_age_reached)
               else "Every claimant has reached the qualifying age for Pension Credit: no Universal Credit (Welfare Reform Act 2012 s 4(1)(b)).")
        breakdown = attrs.evolve(breakdown, notes=breakdown.notes + (why,))
    total = total_breakdown(hh, household, on=on, tables=tables)
    from .explain_hb_ctr import council_tax_breakdown, housing_benefit_breakdown

    hb_sheet = housing_benefit_breakdown(hh.housing_benefit, household, on=on, tables=tables,
                                         bedrooms=int(calc.housing.bedroom_entitlement), pension_tax=hh)
    ct_sheet = council_tax_breakdown(hh.council_tax, household, on=on, tables=tables, pension_tax=hh)
    pc_sheet = pension_credit_breakdown(hh, household, on=on, tables=tables)
    return Estimate(
        household=household,
        period_start=on,
        period_end=end,
        universal_credit=UniversalCredit(award=calc.award, calculation=calc, breakdown=breakdown),
        benefits=hh,
        total=total,
        rules=tables.version,
        pension_credit=pc_sheet,
        rates_policy=str(policy),
        assumptions=_assumptions(tables, household, on),
        housing_benefit=hb_sheet,
        council_tax=ct_sheet,
        caveats=pension_tax_caveats(household, hh, on=on, tables=tables, pension_credit=pc_sheet is not None,
                                    housing_benefit=hb_sheet is not None, council_tax=ct_sheet is not None)
        + facts_assumed_caveats(hh, on=on, tables=tables) + _ignored_facts_caveats(household, on=on),
    )


def _ignored_facts_caveats(household: Household, *, on: dt.date) -> tuple[str, ...]:
    """A caveat for each fact given that nothing uses, so that none is
    dropped unsaid (qa-adv9, 2026-12-08): rent given for an owner-occupier;
    since qa-adv10 (2026-12-08) a council given without a council tax band
    (nothing is worked out from it), and a child older than every adult (a
    typing slip, usually: not refused, as a young person's older brother or
    sister is possible)."""
    out: list[str] = []
    h = household.housing
    if h is not None and h.tenure == "owner_occupier" and h.rent:
        out.append(f"Rent of {format_pounds(h.rent)} a {h.rent_period} is given for an owner-occupier and not used (an "
                   "owner-occupier pays no rent): if rent is paid, give the tenure (--social or --private; "
                   "housing.tenure); an owner's service charges and ground rent are owner_housing_costs (--owner-costs).")
    if household.local_authority and (h is None or (h.council_tax_band is None and h.council_tax_liable)):
        out.append(f"The council ({household.local_authority}) is given without a council tax band: council tax and "
                   "Council Tax Reduction are not worked out; give the band from the bill (--council-tax-band; "
                   "housing.council_tax_band) and the tenure.")
    out += _child_older_caveats(household, on)
    return tuple(out)


def _child_older_caveats(household: Household, on: dt.date) -> list[str]:
    """A caveat for each child older than every adult of the household: by
    date of birth where both are given, else by age on ``on``."""
    out = []
    for i, c in enumerate(household.children, 1):
        older = []
        for a in household.adults:
            if a.date_of_birth is not None:
                older.append(c.date_of_birth < a.date_of_birth)
            else:
                older.append(age_on(c.date_of_birth, on) > a.age)
        if older and all(older):
            out.append(f"Child {i} (born {c.date_of_birth:%d/%m/%Y}) is older than "
                       f"{'every adult' if len(older) > 1 else 'the adult'} given: check the dates of birth and ages "
                       "(a young person cared for by a younger brother or sister is possible, a typing slip likelier).")
    return out


def facts_assumed_caveats(hh: Any, *, on: dt.date, tables: Any) -> tuple[str, ...]:
    """A caveat for each fact the household does not give that Housing
    Benefit or Council Tax Reduction took as not met (since 2026-12-07; a
    caseload's ``facts_assumed``:
    :func:`entitlements.benefits.hb_ctr.facts_left_open`); the working
    sheet's notes say more."""
    out = []
    if bool(np.asarray(getattr(hh, "hours_not_given", False)).reshape(-1)[0]):
        from .benefits._numeric import table_on

        extra = int(tables.at("housing_benefit.earnings_disregard", table_on(on))["additional"])
        out.append(f"An earner's hours of work are not given (work_hours_weekly, --hours): the {format_pounds(extra)} "
                   "additional earnings disregard (30 hours a week, or 16 for a lone parent, a couple with a child or "
                   "a disabled worker) was not applied in Housing Benefit or Council Tax Reduction: check needed (see "
                   "the notes).")
    if bool(np.asarray(getattr(hh, "childcare_conditions_open", False)).reshape(-1)[0]):
        out.append("Relevant childcare charges at pension age: the facts given leave their conditions open (hours of "
                   "work, a partner's incapacity, the children under the age limit), and they were taken off only as "
                   "far as those facts allow: check needed (see the notes).")
    return tuple(out)


#: The benefits that count income net of income tax and where the law says so: the tax on pensions and taxable
#: benefits is deducted (entitlements.benefits.pension_tax); what is left of the old caveat is what it leaves out.
_NET_OF_TAX_LAW = {
    "pension_credit": "Pension Credit (SI 2002/1792 reg 17(10)(a))",
    "housing_benefit": "Housing Benefit (SI 2006/214 reg 33(12))",
    "housing_benefit_working_age": "Housing Benefit (SI 2006/213 Sch 5 para 1)",
    "council_tax_reduction": "Council Tax Reduction (the pensioners' scheme: SI 2012/2885 Sch 1 para 17(13); "
                             "WSI 2013/3029 Sch 1 para 11(13); SSI 2012/319 reg 31(12))",
}


def pension_tax_caveats(household: Household, hh: Any, *, on: dt.date, tables: Any, pension_credit: bool,
                        housing_benefit: bool, council_tax: bool) -> tuple[str, ...]:
    """A caveat where the income tax on pensions the estimate deducts
    (:mod:`entitlements.benefits.pension_tax`) may be too much: an adult
    certified blind (``blind``) whose Blind Person's Allowance (ITA 2007
    s 38, given since 2026-12-07) lowered the tax: the nation's test taken
    as met, and any s 39 transfer to the partner taken as elected; for the
    benefits assessed that deduct the tax. Nothing otherwise (the tax itself
    is deducted since 2026-12-07; until then this named the tax as not
    deducted).
    ``tables`` and ``on`` are kept for the callers."""
    def first(x):
        return int(np.asarray(x).ravel()[0])

    # Since 2026-12-07 Blind Person's Allowance is given: a caveat names the test taken as met where it lowered the
    # tax (relieved income, or part of it moved to the partner).
    n = len(household.adults)
    blind = [i for i, a in enumerate(household.adults, start=1)
             if a.blind and (first(hh.blind_persons_allowance_used[i - 1]) > 0
                             or first(hh.blind_persons_allowance_transferred[i - 1]) > 0)]
    moved = [i for i in range(1, n + 1) if first(hh.blind_persons_allowance_transferred[i - 1]) > 0
             and first(hh.blind_persons_allowance_used[2 - i]) > 0]
    mca = [i for i in range(1, len(household.adults) + 1)
           if first(hh.married_couples_allowance[i - 1]) > 0
           or first(hh.married_couples_allowance_transferred[i - 1]) > 0]
    mca_moved = [i for i in mca if first(hh.married_couples_allowance_transferred[i - 1]) > 0]
    unsure = _maybe_born_before_1935(household, hh, on) if household.is_couple and not mca else []
    if not blind and not mca and not unsure:
        return ()
    which = []
    if pension_credit:
        which.append("pension_credit")
    hb_scheme = int(np.asarray(hh.housing_benefit.scheme).ravel()[0])
    if housing_benefit and hb_scheme == 1:  # HB_SCHEMES "pension_age"
        which.append("housing_benefit")
    elif housing_benefit and hb_scheme == 2 and not bool(np.asarray(hh.housing_benefit.passported).ravel()[0]):
        which.append("housing_benefit_working_age")  # since 2026-12-07: SI 2006/213 Sch 5 para 1
    if council_tax:
        from .benefits.council_tax_areas import default_authorities
        from .benefits.council_tax_columns import CTR_SCHEMES
        from .explain_hb_ctr import _ctr_tax_law

        scheme = CTR_SCHEMES[int(np.asarray(hh.council_tax.ctr_scheme).ravel()[0])]
        if scheme in ("england", "wales_pension", "scotland_pension"):
            which.append("council_tax_reduction")
        elif household.local_authority:
            law = _ctr_tax_law(scheme, hh, default_authorities().authority(household.local_authority).code, on)
            if law:
                which.append(f"Council Tax Reduction (the working-age scheme: {law})")
    if not which:
        return ()
    out = []
    if blind:
        who = " and ".join(f"adult {i}" for i in blind)
        if household.nation == "scotland":
            test = ("taken to be unable, because of blindness, to do any work for which eyesight is essential (ITA "
                    "2007 s 38(3), for a person ordinarily resident in Scotland: the test the certificate of severe "
                    "sight impairment applies)")
        else:
            test = ("taken to be registered as blind or severely sight impaired with the council (ITA 2007 s 38(2), "
                    "England and Wales: the certificate alone is not enough; registration is voluntary)")
        text = (f"Income tax on pensions: {who} is certified blind, {test}, so Blind Person's Allowance is given in "
                f"the tax taken off the income counted by {'; '.join(_NET_OF_TAX_LAW.get(w, w) for w in which)}. "
                "If the allowance is not in the person's tax code, claim it from HMRC (it can be backdated up to 4 "
                "years).")
        if moved:
            text += (f" Adult {moved[0]}'s unused allowance is taken as transferred to the partner (s 39: an election "
                     "by the blind partner and a claim by the other, for a spouse or civil partner only; a couple "
                     "not married or in a civil partnership cannot transfer it, and the tax is then higher).")
        out.append(text)
    if mca:
        out.append(f"Income tax on pensions: the married couple's allowance (a partner born before 6 April 1935) is "
                   f"taken off adult {mca[0]}'s tax, the couple being taken to be married or civil partners, and the "
                   "partner with the higher income to claim it, tested on that partner's income (ITA 2007 s 46; for "
                   "a marriage before 5 December 2005 the husband's income is tested, s 45, which differs only above "
                   "the income limit). If the couple are not married, it does not apply and the tax is higher. Check "
                   "the tax against the tax codes.")
        if mca_moved:
            out[-1] += (f" The part adult {mca_moved[0]}'s tax cannot take is taken as transferred to the partner "
                        "(ITA 2007 s 51: notice by the partner holding it and a claim by the other, up to 4 years "
                        "after the tax year, s 53(4)); without the notice the tax is higher.")
    if unsure:
        out.append(f"Income tax on pensions: adult {unsure[0]} is given by age only, and may have been born before 6 "
                   "April 1935; if so the couple's married couple's allowance (ITA 2007 ss 45-46) lowers the tax, which "
                   "is worked out here without it. Give the date of birth.")
    return tuple(out)


def _maybe_born_before_1935(household: Household, hh: Any, on: dt.date) -> list[int]:
    """The adults of a couple paying tax on pensions given by an age that
    allows a birth before 6 April 1935 and one on or after it (the married
    couple's allowance then not given: .pension_tax.born_before_6_april_1935)."""
    if not any(int(np.asarray(x).ravel()[0]) > 0 for x in hh.pension_income_tax_annual):
        return []
    from .dates import as_day, period_end

    end = period_end(as_day(on)).item()
    out = []
    for i, a in enumerate(household.adults, start=1):
        if a.date_of_birth is None and a.age is not None and a.age >= 90:
            # Aged A at the period's end: born before 6 April 1935 for certain where the end is before the A-th
            # anniversary of that day, and possibly where it is before the (A + 1)-th.
            if dt.date(1935 + a.age, 4, 6) <= end < dt.date(1936 + a.age, 4, 6):
                out.append(i)
    return out


def _named(field: str, h: Household, on: dt.date, end: dt.date) -> str:
    """A problem's caseload column named as the household's field where one
    adult or child can be picked out (``childN_education`` -> ``children[2].education``)."""
    if field == "housing_bedrooms":
        return "housing.bedrooms"
    if field == "childN_education":
        i = next((i for i, c in enumerate(h.children, start=1) if c.education is None and age_on(c.date_of_birth, end) >= 16), None)
        return f"children[{i}].education" if i else field
    if field == "adultN_date_of_birth":
        # The adult given by age 66 where State Pension age now turns on the date of birth (was "adultN_date_of_birth",
        # a caseload column, on the command line: named so, the flag --dob or --partner-dob is found for it).
        i = next((i for i, a in enumerate(h.adults, start=1) if a.date_of_birth is None and a.age == 66), None)
        return f"adults[{i}].date_of_birth" if i else field
    if field == "adultN_reached_pension_age_before_6_april_2016":
        # The adult for whom it turns on sex (born 6 April 1951 to 5 April 1953, or of an age that may be),
        # not merely the first not given: one born in 1950 reached pension age before 2016 either way.
        from .benefits.pension_age import reached_pension_age_before_6_april_2016 as settled

        i = next((i for i, a in enumerate(h.adults, start=1) if a.reached_pension_age_before_6_april_2016 is None
                  and settled(a.date_of_birth, age=a.age if a.date_of_birth is None else None, on=on) == -1), None)
        return f"adults[{i}].reached_pension_age_before_6_april_2016" if i else field
    return field
def _assumptions(rec: ReadRecorder, household: Household, on: dt.date) -> tuple[RateAssumption, ...]:
    """What an estimate assumed about rates: the tables it read past their
    end (or on announced rows), and the LHA where the area's determination
    was held."""
    found = assumptions_from_spans(rec, rec.spans())
    x = household.housing
    if x is not None and x.tenure == "private_rent" and x.brma is not None:
        from .benefits.lha import default_lha_schedule

        found += lha_assumptions(rec, {default_lha_schedule().brma(x.brma).nation: (on, on)})
    return found
