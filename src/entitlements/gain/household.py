"""Income gain for one household: what an advice outcome is worth.

An advice outcome (:class:`~entitlements.gain.outcomes.Outcome`) changes a household from a date: LCWRA
found, PIP awarded, the carer element claimed. A :class:`~entitlements.gain.outcomes.Scenario` is the
household before and the outcomes that change it. :func:`income_gain`
estimates Universal Credit assessment period by assessment period along the
real timeline, before and after, and reports:

* the **recurring gain**: the monthly difference in Universal Credit once the
  outcome is in payment (the first assessment period that includes it, on or
  after the decision), its weekly equivalent (monthly x 12 / 52, a fraction of
  a penny rounded as UC Regs 2013 reg 6(1) rounds), and the weekly amount of
  any benefit the outcome brings in its own right (PIP, DLA, Carer's
  Allowance, ...);
* the **annual income gain** as the advice sector reports it: the weekly gain
  x 52 (``convention="weekly_x52"``) or the monthly gain x 12
  (``"monthly_x12"``), the convention named in the result;
* the **projected gain** over a horizon (12 assessment periods by default):
  each assessment period estimated with the rates in force for it, so the
  relevant period before the LCWRA element starts (reg 28), uprating dates,
  the split LCWRA rate from 6 April 2026 and an award's end date all show;
* **one-off gains**, kept apart: arrears (the assessment periods before the
  one in which the decision is made, paid as a lump sum once it is), lump
  sums and debts written off;
* **predicted or confirmed**, with a probability of success per stage drawn
  from published statistics (``rules/gain/success_*.toml``), so a predicted
  gain can be shown raw and weighted;
* **GP appointments saved** when a patient is found to have LCW or LCWRA
  (``rules/gain/gp_appointments_saved.toml``).

Every result records its assumptions and converts to JSON (money in pence).

>>> import datetime as dt
>>> from entitlements import Adult, Household
>>> s = Scenario(household=Household(adults=Adult(age=40)), claim_start=dt.date(2025, 1, 10),
...              outcomes=(Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10),
...                                decided=dt.date(2025, 7, 20), confirmed=True),))
>>> g = income_gain(s)
>>> g.recurring_monthly, g.arrears, g.projected
(42327, 126981, 509883)

The result classes (:class:`Gain`, :class:`PeriodGain`, :class:`BenefitLine`)
are in :mod:`entitlements.gain.household_result`. For a caseload, see
:mod:`entitlements.gain.caseload`; the outcome model is
:mod:`entitlements.gain.outcomes`.
"""

from __future__ import annotations

import datetime as dt
import warnings
from fractions import Fraction
from typing import Any

import attrs
import numpy as np

from ..benefits import uc
from ..benefits.household_total import universal_credit_award
from ..columns import households_columns
from ..dates import assessment_period_start
from ..errors import InputError
from ..explain import row_citation, uk_date
from ..household import DLA_MOBILITY, Household
from ..money import divide_half_up, format_pounds, weekly_to_monthly
from ..rates_policy import RateAssumption, RatesPolicy, assumptions_from_spans, describe, lha_assumptions, rates_policy
from ..tables import ReadRecorder, Tables, tables_or_default
from .outcomes import HB_CTR_KINDS, LineSpec, Outcome, Scenario, _choice, _date, household_after, line_specs  # noqa: F401  (Outcome: the doctest)
from .outcomes import check_bedrooms, rent_free_assumption, hb_rent_free_annual, hb_weeks_paid
from .bill_figures import bill_assumptions, held_days
from .overlapping import ca_assumption, overlapping_weekly, state_pension_overlap_from
from ._supplements import CSP_SOURCE, PADP_SOURCE, carer_support_payment, pension_age_disability_payment
from .pension_age import (KNOCK_ON_BENEFITS, KNOCK_ON_SOURCES, WORKING_AGE_SOURCES, knock_on_assumption,
                          working_age_knock_on_assumption)
from .plausibility import bounds, check_scenario
from .probability import Probability, gp_appointments_saved_a_year, success_probability
from .timeline import outcome_timeline
from .household_result import BenefitLine, Gain, PeriodGain

__all__ = [
    "CONVENTIONS",
    "PROJECTION_STARTS",
    "PeriodGain",
    "BenefitLine",
    "Gain",
    "weekly_equivalent",
    "annual_amount",
    "income_gain",
    "hold_rates",
    "policy_tables",
    "line_weekly",
    "line_over",
]


#: How an annual gain is reported.
CONVENTIONS = ("weekly_x52", "monthly_x12")


#: Where the projection starts: the assessment period of the decision (the
#: "next 12 months", after any arrears), or of the outcome taking effect.
PROJECTION_STARTS = ("decision", "effective")


def line_weekly(spec: LineSpec, on: dt.date, tables: Tables) -> int:
    """The weekly amount of a benefit line in force on ``on`` [pence/week]:
    less the overlapping benefits the line names, never below nil (Carer's
    Allowance as paid, SI 1979/597 regs 4, 12)."""
    total = spec.fixed_weekly
    if spec.table_id is not None:
        value = tables.at(spec.table_id, on)
        for key, coef in spec.coefficients.items():
            total += coef * (value if key == "" else value[key])
    overlap = (spec.overlapping_before if spec.overlapping_from is not None and on < spec.overlapping_from
               else spec.overlapping_weekly)
    return max(total - overlap, 0) if overlap else total


def line_over(spec: LineSpec, start: dt.date, end: dt.date, tables: Tables) -> int:
    """A benefit line over the days from ``start`` up to (not including)
    ``end`` [pence]: each day one seventh of the weekly rate in force that
    day, each stretch at one rate rounded to the penny (reg 6(1) style)."""
    if end <= start:
        return 0
    if spec.table_id is None:
        return divide_half_up((end - start).days * spec.fixed_weekly, 7)
    table = tables.table(spec.table_id)
    # A stretch also starts the day after the table's coverage ends, so days
    # whose rate is not yet known are an error, not last year's rate.
    after = table.until + dt.timedelta(days=1)
    # And on the day the carer's State Pension begins to overlap (Carer's Allowance: SI 1979/597 regs 4, 12, 14).
    ov = spec.overlapping_from
    cuts = sorted({start, end, *(r.start for r in table.rows if start < r.start < end), *([after] if start < after < end else []),
                   *([ov] if ov is not None and start < ov < end else [])})
    total = 0
    for a, b in zip(cuts, cuts[1:]):
        total += divide_half_up((b - a).days * line_weekly(spec, a, tables), 7)
    return total


def weekly_equivalent(monthly):
    """A monthly amount as a weekly one: x 12 / 52, a fraction of a penny
    rounded half up (the rounding of UC Regs 2013 reg 6(1)).

    >>> weekly_equivalent(42327)
    9768
    """
    return divide_half_up(monthly * 12, 52)


def annual_amount(monthly, weekly_lines, convention: str):
    """The annual income gain as the advice sector reports it [pence/year].

    ``"weekly_x52"``: (the weekly equivalent of the monthly UC gain + each
    weekly benefit) x 52. ``"monthly_x12"``: (the monthly UC gain + each
    weekly benefit x 52 / 12, rounded) x 12.
    """
    _choice("convention", convention, CONVENTIONS)
    if convention == "weekly_x52":
        return (weekly_equivalent(monthly) + sum(weekly_lines)) * 52
    return (monthly + sum(weekly_to_monthly(w) for w in weekly_lines)) * 12


def hold_rates(tables: Tables, until: dt.date) -> Tables:
    """Deprecated: the tables with every rate held at its last known value up
    to ``until`` (the version names the assumption). Use the rates policy
    ``"hold"`` instead (``rates_after="hold"``, the default of
    :func:`income_gain` and :func:`~entitlements.gain.caseload.caseload_gains`),
    which holds with no end and names every table held."""
    warnings.warn("hold_rates is deprecated: pass rates_after='hold' (the default), or use "
                  "entitlements.rates_policy.RatesPolicy", DeprecationWarning, stacklevel=2)
    return _held_to(tables, until)


def _held_to(tables: Tables, until: dt.date) -> Tables:
    _date("until", until)
    return RatesPolicy("hold", hold_until=until).apply(tables)


def policy_tables(tables: Tables | None, rates_after, hold_rates_until: dt.date | None) -> Tables:
    """The tables under the rates policy asked for: ``rates_after`` (hold by
    default), or the deprecated ``hold_rates_until`` (a warning; not both)."""
    base = tables_or_default(tables)
    if hold_rates_until is None:
        return rates_policy(rates_after).apply(base)
    if rates_after is not None:
        raise InputError("hold_rates_until", hold_rates_until, "nothing when rates_after is given (it replaces it)")
    warnings.warn("hold_rates_until is deprecated: rates are held by default (rates_after='hold'); pass "
                  "rates_after='strict' to refuse dates past the tables", DeprecationWarning, stacklevel=3)
    return _held_to(base, hold_rates_until)


def _check_int(name: str, value: Any, lo: int, hi: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise InputError(name, value, f"a whole number from {lo} to {hi}")


def _held_at_66(cols, effective: list[dt.date]):
    """``cols`` with an adult given by age only who is 66 when the outcomes
    take effect held at the qualifying age for Pension Credit from the
    earliest (:func:`entitlements.gain.pension_age.held_at_66`); one who is 66
    on a day one takes effect on or after 6 April 2026 is refused."""
    from .pension_age import age_66_refused, held_at_66

    unsettled = held_at_66(cols, np.datetime64(max(effective), "D"))[1]
    if unsettled.any():
        raise age_66_refused(int(unsettled.max()), max(effective))
    return held_at_66(cols, np.datetime64(min(effective), "D"))[0]


def _education_needed(cols, on) -> np.ndarray:
    """Periods (rows) and child slots (the last axis) where a young person's
    education, not given, decides: UC (reg 5) on the period's last day, and
    Child Benefit in the cap there."""
    from ..benefits.qualifying_young_person import child_benefit_education_needed, uc_education_needed
    from ..dates import period_end

    cb = np.asarray(cols.child_benefit_claimed)[..., None] & child_benefit_education_needed(cols.children, period_end(on))
    return uc_education_needed(cols.children, on) | cb


def income_gain(
    scenario: Scenario,
    *,
    horizon_months: int = 12,
    convention: str = "weekly_x52",
    projection_from: str = "decision",
    tables: Tables | None = None,
    hold_rates_until: dt.date | None = None,
    rates_after: RatesPolicy | str | None = None,
    as_of: dt.date | None = None,
) -> Gain:
    """The income gain of ``scenario`` (see the module docstring).

    Every assessment period from the first the outcomes affect to the end of
    the projection is estimated before and after with the rates in force for
    it (the Universal Credit engine of :func:`entitlements.estimate_caseload`,
    one date per period). Where several outcomes are decided on different
    dates, the latest decision counts for arrears and the projection. A
    projection past the rule tables follows ``rates_after`` (:mod:`entitlements.rates_policy`):
    ``"hold"`` (the default) holds the last known rates, ``"uprate:PCT"``
    raises them by an assumed percentage, and the result names every table
    and date this touched (``rate_assumptions``, and in words first among
    ``assumptions``); ``"strict"`` raises :class:`~entitlements.errors.NoRowInForce`.
    ``hold_rates_until`` is deprecated. ``as_of``, the day the work is done
    (None: not checked), and the rule tables bound the dates
    (:mod:`entitlements.gain.plausibility`: :class:`~entitlements.gain.plausibility.ImplausibleDate`).
    """
    _check_arguments(scenario, horizon_months, convention, projection_from, as_of, tables)
    policy_made = policy_tables(tables, rates_after, hold_rates_until)
    tables = ReadRecorder(policy_made)
    F = scenario.claim_start
    timelines = [outcome_timeline(o, F) for o in scenario.outcomes]
    first = min(t.first for t in timelines)
    decision = max(t.decision for t in timelines)
    in_payment = max(t.in_payment for t in timelines)
    p0 = decision if projection_from == "decision" else first
    rep = max(in_payment, decision)
    rep_live = all(t.ends is None or rep < t.ends for t in timelines)
    lo = min(first, p0)
    hi = max(p0 + horizon_months, rep + 1)

    periods = _period_gains(scenario, timelines, range(lo, hi), first, decision, p0, horizon_months, tables)
    by_n = {p.number: p for p in periods}
    recurring = by_n[rep].gain if rep_live else 0
    projected_uc = sum(p.gain for p in periods if p.projected)
    arrears_uc = sum(p.gain for p in periods if p.arrears)
    proj_start = assessment_period_start(F, p0)
    proj_end_excl = assessment_period_start(F, p0 + horizon_months)
    decision_start = assessment_period_start(F, decision)
    rep_start = assessment_period_start(F, rep)

    pension_age = _uc_never_payable(scenario.household, assessment_period_start(F, lo), tables)
    assumptions = _assumptions(F, horizon_months, projection_from, convention, proj_start, proj_end_excl, decision_start,
                               rep_start, rep_live, pension_age)
    bills: list = []
    lines = _benefit_lines(scenario, timelines, rep_start, rep_live, proj_start, proj_end_excl, decision_start, tables,
                           assumptions, bills, pension_age)
    prob = _probability(scenario, tables)
    if prob.detail:
        assumptions.append("Probability of success: " + prob.detail)

    gp = _gp_appointments_saved(scenario, tables, assumptions)
    annual = annual_amount(recurring, [b.weekly for b in lines], convention) + sum(b.annual_due for b in lines) - sum(
        int(hb_rent_free_annual(b.weekly, b.rent_free_weeks, convention)) for b in lines)
    assumptions.extend(rent_free_assumption([b.rent_free_weeks for b in lines]))
    rate_assumptions = _rate_assumptions(tables, scenario, periods) + bill_assumptions(
        np.concatenate([b[0] for b in bills] or [np.zeros(0, np.int64)]), np.concatenate([b[1] for b in bills] or [np.zeros(0, np.int64)]))
    assumptions[:0] = describe(rate_assumptions, policy_made.policy or "strict")
    return Gain(
        scenario=scenario,
        convention=convention,
        horizon_months=horizon_months,
        projection_from=projection_from,
        recurring_from=rep_start if rep_live else None,
        recurring_monthly=recurring,
        recurring_weekly=int(weekly_equivalent(recurring)),
        benefit_lines=tuple(lines),
        annual=int(annual),
        periods=tuple(periods),
        projection_start=proj_start,
        projection_end=proj_end_excl - dt.timedelta(days=1),
        projected_uc=projected_uc,
        arrears_uc=arrears_uc,
        lump_sum=sum(o.lump_sum for o in scenario.outcomes),
        debt_written_off=sum(o.debt_written_off for o in scenario.outcomes),
        probability=prob,
        gp_appointments_saved_a_year=gp,
        confirmed=all(o.confirmed for o in scenario.outcomes),
        assumptions=tuple(assumptions),
        rules=tables.version,
        notes=tuple(_lcw_notes(scenario, recurring, lines, rep_start, tables)),
        rates_policy=str(policy_made.policy or "strict"),
        rate_assumptions=rate_assumptions,
        pension_age=pension_age,
    )


def _check_arguments(scenario, horizon_months, convention, projection_from, as_of, tables) -> None:
    """Refuse what :func:`income_gain` cannot take, each with a one-line
    :class:`~entitlements.errors.InputError` naming the argument."""
    if not isinstance(scenario, Scenario):
        raise InputError("scenario", type(scenario).__name__, "a Scenario")
    check_scenario(scenario, bounds(as_of, tables_or_default(tables)))
    check_bedrooms(scenario)  # before the outcomes and after a housing_change
    _check_int("horizon_months", horizon_months, 1, 120)
    _choice("convention", convention, CONVENTIONS)
    _choice("projection_from", projection_from, PROJECTION_STARTS)


def _gp_appointments_saved(scenario: Scenario, tables, assumptions: list) -> int:
    """GP appointments saved a year: the table's figure for each patient
    found to have LCW or LCWRA, with the assumption said in ``assumptions``."""
    gp_each, gp_source = gp_appointments_saved_a_year(tables)
    patients = {o.adult for o in scenario.outcomes if o.kind in ("lcw_found", "lcwra_found")}
    gp = gp_each * len(patients)
    if gp:
        assumptions.append(f"GP appointments saved: {gp_each} a year per patient found to have LCW or LCWRA ({gp_source}).")
    return gp


def _uc_never_payable(h: Household, on: dt.date, tables: Tables) -> bool:
    """No one in ``h`` can be paid Universal Credit from ``on`` (the first
    day of the first period the gain counts) on: every claimant has reached
    the qualifying age for Pension Credit, or a mixed-age couple is
    protected (SI 2019/37), as the engine decides; a later day cannot undo
    it. Where the age decides it and is not known (66, given without a date
    of birth), not said."""
    from ..benefits.household_total import calculate
    from ..errors import EntitlementsError

    base = tables._tables if isinstance(tables, ReadRecorder) else tables  # a probe, not a read of the gain's
    try:
        calc = calculate(households_columns([h]), on=on, tables=base)
    except EntitlementsError:
        return False
    payable = bool(np.asarray(calc.universal_credit_payable).reshape(-1)[0])
    return not payable and not bool(np.asarray(calc.state_pension_age_unknown).reshape(-1)[0])


def _lcw_notes(scenario: Scenario, recurring: int, lines: list[BenefitLine], on: dt.date, tables: Tables) -> list[str]:
    """Why a finding of limited capability for work (LCW) alone adds nothing
    here, and what it still gives."""
    found = [o for o in scenario.outcomes if o.kind == "lcw_found"]
    adults = scenario.household.adults
    if not found or recurring or lines or any(adults[o.adult - 1].lcw_element_saved for o in found if o.adult <= len(adults)):
        return []
    wa = tables.at("uc.work_allowance", on)
    return [
        "Limited capability for work (LCW) adds no amount to Universal Credit here: there is no LCW element on "
        "claims made since 3 April 2017, only in the cases SI 2017/204 reg 7 and Sch 2 save "
        "(lcw_element_saved). LCW still gives the work allowance (SI 2013/376 reg 22(2): earnings up to "
        f"{format_pounds(wa['higher'])} a month, or {format_pounds(wa['lower'])} with a housing costs element, are "
        "kept before the 55% taper), worth something once there are earnings and no child already gives it; and "
        "no work search or work availability requirement, only work preparation and work-focused interviews "
        "(Welfare Reform Act 2012 s 21)."
    ]


def _rate_assumptions(rec: ReadRecorder, scenario: Scenario, periods) -> tuple[RateAssumption, ...]:
    """The tables a gain read past their end (or on announced rows), with
    the LHA determinations where the household, before or after, names its
    area."""
    found = assumptions_from_spans(rec, rec.spans())
    areas = {o.changes.get("housing_brma") for o in scenario.outcomes if getattr(o, "changes", None)}
    x = scenario.household.housing
    areas.add(x.brma if x is not None and x.tenure == "private_rent" else None)
    areas.discard(None)
    if areas and periods:
        from ..benefits.lha import default_lha_schedule

        span = (periods[0].start, periods[-1].start)
        found += lha_assumptions(rec, {default_lha_schedule().brma(a).nation: span for a in sorted(areas)})
    return found


def _attendance_allowance_held(households, cols, F: dt.date, numbers: list[int], starts: list[dt.date]) -> None:
    """Refuse a household given Attendance Allowance for an adult short of
    its qualifying age, or DLA mobility for a child under its relevant age,
    at the end of an assessment period of the projection
    (:mod:`entitlements.benefits.disability_ages`)."""
    from ..benefits import disability_ages as ages

    ends = [assessment_period_start(F, n + 1) - dt.timedelta(days=1) for n in numbers]
    under = np.asarray(ages.attendance_allowance_held_under_age(cols, end=np.array(ends * 2, dtype="datetime64[D]")))
    if under.any():
        k = int(np.flatnonzero(under)[0])
        i, a = next((i, a) for i, a in enumerate(households[k].adults, start=1) if a.attendance_allowance != "none"
                    and ages.attendance_allowance_age_refused(a.date_of_birth, a.age, ends[k % len(numbers)]))
        raise InputError(f"adults[{i}].attendance_allowance", a.attendance_allowance, ages.AA_RECEIVED_EXPECTED +
                         f" (assessment period {numbers[k % len(numbers)] + 1} beginning {starts[k % len(numbers)].isoformat()})")
    # State Pension given for an adult under pensionable age is not refused as estimate refuses it (a gain's household
    # is described as it will be over the projection, which may cross that age): it counts only in the periods that
    # reach the age (entitlements.gain.state_pension), and is refused where none does.
    from .state_pension import refusal, short_of_pension_age

    last = max(ends)
    for a_cols, k in ((cols.adult1, 1), (cols.adult2, 2)):
        never = short_of_pension_age(a_cols, np.datetime64(last, "D"))
        if never.any():
            a = households[int(np.flatnonzero(never)[0])].adults[k - 1]
            raise refusal(f"adults[{k}].state_pension_weekly", a.state_pension_weekly, a.date_of_birth, a.age, last)
    first = [min(range(len(numbers)), key=lambda j: numbers[j])]
    from ..benefits.household_total import SAVINGS_CREDIT_AGE_SETTLED
    from ..benefits.pension_age import reached_pension_age_before_6_april_2016 as settled

    for i, a in enumerate(households[first[0]].adults, start=1):  # the savings credit age condition against the birth
        given = a.reached_pension_age_before_6_april_2016
        if given is not None and settled(a.date_of_birth, age=a.age if a.date_of_birth is None else None,
                                         on=starts[first[0]]) == 1 - int(given):
            raise InputError(f"adults[{i}].reached_pension_age_before_6_april_2016", given, SAVINGS_CREDIT_AGE_SETTLED)
    young = np.asarray(ages.children_with_dla_mobility_under_age(cols.children, end=np.array(ends * 2, dtype="datetime64[D]")))
    if young.any():
        k = int(np.flatnonzero(young)[0])
        i, c = next((i, c) for i, c in enumerate(households[k].children, start=1) if ages.dla_mobility_age_refused(
            c.date_of_birth, DLA_MOBILITY.index(c.dla_mobility), ends[k % len(numbers)]))
        raise InputError(f"children[{i}].dla_mobility", c.dla_mobility, ages.DLA_MOBILITY_EXPECTED +
                         f" (assessment period {numbers[k % len(numbers)] + 1} beginning {starts[k % len(numbers)].isoformat()})")


def _period_gains(scenario: Scenario, timelines, numbers: range, first: int, decision: int, p0: int, horizon_months: int,
                  tables: Tables) -> list[PeriodGain]:
    """Universal Credit before and after in every assessment period of
    ``numbers``, each estimated with the rates in force for it."""
    F, h0 = scenario.claim_start, scenario.household

    def after_in(n: int, start: dt.date) -> tuple[Household, tuple[str, ...]]:
        h = h0
        phases = []
        for o, t in zip(scenario.outcomes, timelines):
            ph = t.phase(n)
            phases.append(ph)
            if ph != "before":  # the carer's State Pension overlaps where the period counts it: by its last day
                h = household_after(h, o, phase=ph, on=start, tables=tables, lcwra_protection=t.lcwra_protection,
                                    overlap_day=assessment_period_start(F, n + 1) - dt.timedelta(days=1))
        return h, tuple(phases)

    numbers = list(numbers)
    starts = [assessment_period_start(F, n) for n in numbers]
    afters = [after_in(n, s) for n, s in zip(numbers, starts)]
    households = [h0] * len(numbers) + [a for a, _ in afters]
    on = np.array(starts * 2, dtype="datetime64[D]")
    cols = households_columns(households)
    out_of_range = np.asarray(uc.children_out_of_range(cols.children, on=on))
    if out_of_range.any():
        i = int(np.flatnonzero(out_of_range)[0]) % len(numbers)
        raise InputError("household", f"assessment period {numbers[i] + 1} beginning {starts[i].isoformat()}",
                         "children under 20 on the first day and born by the end of every assessment period of the projection "
                         "(SI 2013/376 reg 5): give the household as it will be, or shorten the horizon")
    need = _education_needed(cols, on)
    if need.any():
        from ..columns import birth_order

        r = int(np.flatnonzero(need.any(axis=-1))[0])
        i = r % len(numbers)
        k = birth_order(households[r].children)[int(np.argmax(need[r]))] + 1  # the child's place in the household
        raise InputError(f"children[{k}].education", None,
                         "'non_advanced', 'approved_training' or 'not_in_education' for a young person aged 16 to 19 "
                         "past the 31 August after their 16th birthday, in assessment period "
                         f"{numbers[i] + 1} beginning {starts[i].isoformat()}: whether they are a qualifying young "
                         "person depends on it (SI 2013/376 reg 5; SI 2006/223 reg 3)")
    _attendance_allowance_held(households, cols, F, numbers, starts)
    cols = _held_at_66(cols, [max(o.effective, F) for o in scenario.outcomes])
    from .state_pension import state_pension_counted

    # State Pension counts in a period whose last day is on or after the day the adult reaches pensionable age.
    cols = state_pension_counted(cols, np.array([assessment_period_start(F, n + 1) - dt.timedelta(days=1)
                                                 for n in numbers] * 2, dtype="datetime64[D]"))
    # No UC over the qualifying age for Pension Credit, nor for a protected mixed-age couple.
    award = np.asarray(universal_credit_award(cols, on=on, tables=tables))
    m = len(numbers)
    periods = []
    for i, n in enumerate(numbers):
        end = assessment_period_start(F, n + 1) - dt.timedelta(days=1)
        periods.append(PeriodGain(number=n, start=starts[i], end=end, before=int(award[i]), after=int(award[m + i]),
                                  phases=afters[i][1], arrears=first <= n < decision,
                                  projected=p0 <= n < p0 + horizon_months))
    return periods


def _assumptions(F: dt.date, horizon_months: int, projection_from: str, convention: str, proj_start: dt.date,
                 proj_end_excl: dt.date, decision_start: dt.date, rep_start: dt.date, rep_live: bool,
                 pension_age: bool = False) -> list[str]:
    """What every gain assumes, in words; ``pension_age``: no one can be
    paid Universal Credit, so in the words of weekly benefits (the windows
    are the same months, counted from ``F``)."""
    if pension_age:
        return [
            "No one here can be paid Universal Credit (every claimant has reached the qualifying age for Pension "
            "Credit): the gain is in weekly benefits (Pension Credit, Housing Benefit, Council Tax Reduction, "
            "disability and carer's benefits), each counted a seventh of its weekly rate a day at the rate in force "
            f"that day. The months below are counted from {F.isoformat()} (the claim start given) to set the "
            "projection and the arrears.",
            f"Projection: {horizon_months} months from {proj_start.isoformat()} (the month of the "
            f"{'decision' if projection_from == 'decision' else 'outcome taking effect'}) to "
            f"{(proj_end_excl - dt.timedelta(days=1)).isoformat()}.",
            "Arrears: from the day the outcome takes effect to the day before the month of the decision "
            f"({decision_start.isoformat()}), paid as a lump sum.",
            f"Recurring gain: the weekly rates in force on {rep_start.isoformat()}"
            + ("" if rep_live else " (the award has ended by then: recurring gain nil)") + ".",
            f"Annual income gain convention: {convention} "
            + ("(weekly gain x 52)." if convention == "weekly_x52" else "(weekly benefits x 52 / 12, then x 12)."),
            "Awards raise a rate, never lower it (each component becomes the higher of the rate held and the rate awarded).",
        ]
    return [
        f"Assessment periods follow the award that began on {F.isoformat()} (SI 2013/376 reg 21); each is estimated "
        "with the rates in force for periods beginning on its first day.",
        f"Projection: {horizon_months} assessment periods from {proj_start.isoformat()} (the period of the "
        f"{'decision' if projection_from == 'decision' else 'outcome taking effect'}) to "
        f"{(proj_end_excl - dt.timedelta(days=1)).isoformat()}.",
        f"Arrears: assessment periods from the first the outcome affects to the one before the decision's "
        f"({decision_start.isoformat()}), paid as a lump sum.",
        f"Recurring gain measured in the assessment period beginning {rep_start.isoformat()}"
        + ("" if rep_live else " (the award has ended by then: recurring gain nil)") + ".",
        "Weekly equivalent of a monthly amount: x 12 / 52, rounded to the nearest penny (half up, as reg 6(1)).",
        f"Annual income gain convention: {convention} "
        + ("(weekly gain x 52)." if convention == "weekly_x52" else "(monthly gain x 12; weekly benefits x 52 / 12 first)."),
        "Benefits paid weekly accrue a seventh of the weekly rate a day, at the rate in force each day.",
        "Awards raise a rate, never lower it (each component becomes the higher of the rate held and the rate awarded).",
    ]


def _benefit_lines(scenario: Scenario, timelines, rep_start: dt.date, rep_live: bool, proj_start: dt.date,
                   proj_end_excl: dt.date, decision_start: dt.date, tables: Tables, assumptions: list[str],
                   bills: list, pension_age: bool = False) -> list[BenefitLine]:
    """The benefits the outcomes bring in their own right, each as the
    increase over what the household had (the outcomes applied in order);
    the timelines' explanations and what Carer's Allowance assumes are
    added to ``assumptions``, a bill's council tax figure held past its year
    to ``bills`` (:func:`_knock_ons`)."""
    F = scenario.claim_start
    lines: list[BenefitLine] = []
    h = scenario.household

    def line(spec: LineSpec, start: dt.date, stop: dt.date, source: str | None = None) -> BenefitLine:
        weekly = line_weekly(spec, rep_start, tables) if rep_live else 0
        proj = line_over(spec, max(start, proj_start), min(stop, proj_end_excl), tables)
        arr = line_over(spec, start, min(stop, decision_start), tables)
        src = source or (row_citation(_cited_row(spec.table_id, rep_start if rep_live else _first_counted(
            start, stop, proj_start, proj_end_excl, decision_start), tables)) if spec.table_id else "amount given")
        if spec.benefit == "housing_benefit" and _rent_free_weeks(h):  # none paid in a rent-free week
            free = _rent_free_weeks(h)
            return BenefitLine(spec.benefit, weekly, int(hb_weeks_paid(proj, free)), int(hb_weeks_paid(arr, free)), src,
                               rent_free_weeks=free)
        return BenefitLine(spec.benefit, weekly, proj, arr, src)

    for k, (o, t) in enumerate(zip(scenario.outcomes, timelines)):
        assumptions.extend(t.explanation)
        start = max(o.effective, F)
        stop = o.ends if o.ends is not None else dt.date.max
        for spec in line_specs(h, o):
            if o.kind in HB_CTR_KINDS and not spec.fixed_weekly:
                spec = attrs.evolve(spec, fixed_weekly=_hb_ctr_weekly(h, o, start, tables, assumptions))
            if o.kind == "carers_allowance" and carer_support_payment(h.nation == "scotland", start):
                lines.append(attrs.evolve(line(spec, start, stop), benefit="carer_support_payment",
                                          source=CSP_SOURCE + row_citation(_cited_row(spec.table_id, rep_start, tables)) + ")"))
                continue
            if spec.benefit == "attendance_allowance" and pension_age_disability_payment(h.nation == "scotland", start):
                lines.append(attrs.evolve(line(spec, start, stop), benefit="pension_age_disability_payment",
                                          source=PADP_SOURCE + row_citation(_cited_row(spec.table_id, rep_start, tables)) + ")"))
                continue
            if o.kind in HB_CTR_KINDS and not o.weekly_amount:  # worked out, not given: said so (was "amount given")
                lines.append(line(spec, start, stop, source=f"worked out for the household on {start.isoformat()}"))
                continue
            lines.append(line(spec, start, stop))
        if o.kind == "carers_allowance":
            assumptions.append(ca_assumption(overlapping_weekly(h.adults[o.adult - 1])))
            if h.nation == "scotland":
                lines += _supplement_lines(h, o, start, stop, (proj_start, proj_end_excl, decision_start),
                                           rep_start if rep_live else None, tables, assumptions)
        after = household_after(h, o, phase="in_payment", on=start, tables=tables, lcwra_protection=t.lcwra_protection)
        if o.kind not in HB_CTR_KINDS:
            windows = ((max(start, proj_start), min(stop, proj_end_excl)), (start, min(stop, decision_start)))
            lines += _knock_ons(scenario, timelines, k, start, windows, max(rep_start, start) if rep_live else None,
                                tables, assumptions, bills, pension_age)
        h = after

    return lines


def _supplement_lines(h: Household, o: Outcome, start: dt.date, stop: dt.date, window, rep: dt.date | None,
                      tables: Tables, assumptions: list[str]) -> list[BenefitLine]:
    """The Carer's Allowance Supplement lump sums and the weekly Scottish
    Carer Supplement a Scottish carer's outcome brings
    (:mod:`entitlements.gain._supplements`), each line left out where nil;
    what they assume is added to ``assumptions``."""
    from ..benefits.carer_supplements import SCS_FROM, SCS_TABLE, qualifying_dates
    from ._supplements import CAPP_NOT_COUNTED, CAS_NAME, CAS_SOURCE, SCS_NAME, supplement_figures
    from .calendar import NEVER, day_number

    proj_start, proj_end_excl, decision_start = window
    num = lambda d: np.array([day_number(d)], np.int64)  # noqa: E731
    windows = ((num(max(start, proj_start)), num(min(stop, proj_end_excl))), (num(start), num(min(stop, decision_start))))
    carer = h.adults[o.adult - 1]
    sp_from = state_pension_overlap_from(carer)  # the State Pension overlaps from the day the age is reached
    f = supplement_figures(np.array([True]), windows, num(rep or start), np.array([rep is not None]),
                           np.array([NEVER if stop == dt.date.max else day_number(stop)]),
                           np.array([overlapping_weekly(carer)]), tables,
                           overlapping_from=None if sp_from is None else num(sp_from),
                           overlapping_before=np.array([overlapping_weekly(carer) - (carer.state_pension_weekly
                                                                                     if sp_from else 0)]))
    out = []
    if f.cas_projected[0] or f.cas_arrears[0] or f.cas_annual[0]:
        due = qualifying_dates(start, min(stop, max(proj_end_excl, decision_start)), tables=tables)
        out.append(BenefitLine(CAS_NAME, 0, int(f.cas_projected[0]), int(f.cas_arrears[0]), CAS_SOURCE,
                               annual_due=int(f.cas_annual[0])))
        assumptions.append("Carer's Allowance Supplement (Scotland): a lump sum on each qualifying date the award covers "
                           "while the benefit is paid above nil (" + ", ".join(f"{format_pounds(a)} on {uk_date(d)}" for d, a in due)
                           + "). Not income for Universal Credit (SI 2013/376 reg 66).")
    if f.scs_weekly[0] or f.scs_projected[0] or f.scs_arrears[0] or f.scs_annual[0]:
        on = max(rep or start, SCS_FROM)
        out.append(BenefitLine(SCS_NAME, int(f.scs_weekly[0]), int(f.scs_projected[0]), int(f.scs_arrears[0]),
                               row_citation(_cited_row(SCS_TABLE, on, tables)), annual_due=int(f.scs_annual[0])))
        assumptions.append("Scottish Carer Supplement: paid with Carer Support Payment for each week it is paid, from "
                           "15 March 2026, in place of Carer's Allowance Supplement (SSI 2023/302 reg 14A, as reported: "
                           "rules/scotland/scottish_carer_supplement.toml, unverified). Not income for Universal Credit.")
        assumptions.append(CAPP_NOT_COUNTED)
    if f.cas_annual[0] or f.scs_annual[0]:
        assumptions.append("In the annual gain the Scottish carer's supplements count as what is due in the year from "
                           f"{uk_date(rep or start)} (lump sums on their qualifying dates, the weekly supplement from "
                           "15 March 2026 a seventh a day), the year in which the one gives way to the other.")
    return out


def _first_counted(start: dt.date, stop: dt.date, proj_start: dt.date, proj_end_excl: dt.date,
                   decision_start: dt.date) -> dt.date:
    """The first day a benefit line from ``start`` to ``stop`` counts (as
    arrears, else over the projection; ``start`` where it counts none)."""
    if start < min(stop, decision_start):
        return start
    first = max(start, proj_start)
    return first if first < min(stop, proj_end_excl) else start


def _cited_row(table_id: str, on: dt.date, tables: Tables):
    """The row a line cites: the rate of its weekly figure, or where the
    award has ended by then, of its first day counted. A citation is no
    figure: it is looked up past the recorder, so it never names a table
    among the rates assumed on a day no amount was read for."""
    base = tables._tables if isinstance(tables, ReadRecorder) else tables
    return base.row(table_id, on)


def _before_on(scenario: Scenario, timelines, k: int, on: dt.date, tables: Tables) -> Household:
    """The household before outcome ``k`` on ``on``: with the outcomes
    before it applied (a Carer's Allowance at the rate in force ``on``)."""
    h = scenario.household
    for o, t in zip(scenario.outcomes[:k], timelines[:k]):
        h = household_after(h, o, phase="in_payment", on=on, tables=tables, lcwra_protection=t.lcwra_protection)
    return h


def _knock_ons(scenario: Scenario, timelines, k: int, start: dt.date, windows, weekly_day: dt.date | None,
               tables: Tables, assumptions: list[str], bills: list, pension_age: bool = False) -> list[BenefitLine]:
    """Outcome ``k``'s change in Pension Credit, Housing
    Benefit and Council Tax Reduction as lines: worked out on ``start`` and
    on each later day of ``windows`` (the projection's and the arrears'
    days) on which something it reads changes, each amount over its own
    days; the weekly amount the one in force on ``weekly_day`` (None: the
    award has ended, nil). The nil ones are left out
    (:mod:`entitlements.gain.pension_age`), and the assumption is added to
    ``assumptions``, and the days a council tax figure from the bill is held
    past its year to ``bills`` (:mod:`entitlements.gain.bill_figures`).
    Below the qualifying age, Housing Benefit's and CTR's alone, where the
    engine works them out, from the first day the Universal Credit award
    has the outcome (the Universal Credit periods value UC itself)."""
    from ._coverage import knock_on_reads
    from .calendar import day_number, to_date
    from ._segments import birthday_period_starts
    from .pension_age import (_maybe_pension_age, breaks_read, knock_on_days, knock_on_end, knock_on_first_day,
                              knock_on_in_force, knock_on_over, knock_on_readers, knock_on_weekly, on_universal_credit,
                              qualifying_age_days, reads_hb_ctr)

    o, t = scenario.outcomes[k], timelines[k]
    num = lambda d: np.array([day_number(d)], np.int64)  # noqa: E731
    (pa, pz), (aa, az) = ((num(a), num(z)) for a, z in windows)
    eff = num(start)
    wd = num(weekly_day or start)
    end = knock_on_end(((pa, pz), (aa, az)), eff, wd, np.array([weekly_day is not None]))
    h = _before_on(scenario, timelines, k, start, tables)
    cols = households_columns([h])
    anchor = np.datetime64(start, "D")  # an age given alone is the age on the day the outcome takes effect
    after_h = household_after(h, o, phase="in_payment", on=start, tables=tables, lcwra_protection=t.lcwra_protection)
    working = not _maybe_pension_age(cols, (end - 1).astype("datetime64[D]"))[0]
    if working:
        # Below the qualifying age: Housing Benefit and CTR, from the day the Universal Credit award changes.
        if not (reads_hb_ctr(cols)[0] or reads_hb_ctr(households_columns([after_h]))[0]):
            return []
    if working or on_universal_credit(cols, eff)[0]:
        # A mixed-age couple on Universal Credit too (the older partner adult 1): its HB and CTR follow the award,
        # from the day it changes, as a working-age household's (until 2026-12-08, qa-adv10: from the effective day).
        eff = knock_on_first_day(eff, num(assessment_period_start(scenario.claim_start, t.in_payment)))
        if eff[0] >= end[0]:
            return []
        start = to_date(eff[0])
    bills.append(held_days(eff, end, [_gives_bill(h) or _gives_bill(after_h)]))
    # The probe that finds the days is no read of this gain's (not recorded).
    base = tables._tables if isinstance(tables, ReadRecorder) else tables
    ids, breaks = knock_on_reads(base)
    after = households_columns([after_h])
    read = breaks_read(base, ids, breaks, knock_on_readers(cols, after, np.zeros(1, np.int64)))
    crossings = qualifying_age_days(cols)
    if working:  # each assessment period a birthday can change the Universal Credit award in (birthday_period_starts)
        crossings = np.concatenate([crossings, birthday_period_starts(cols, num(scenario.claim_start), eff, end)], axis=1)
    row, day = knock_on_days(eff, end, breaks, crossings, read)
    dates = [to_date(d) for d in day]
    befores = [_before_on(scenario, timelines, k, d, tables) for d in dates]
    afters = [household_after(b, o, phase="in_payment", on=d, tables=tables, lcwra_protection=t.lcwra_protection)
              for b, d in zip(befores, dates)]
    weekly, kind, problem = knock_on_weekly(households_columns(befores), households_columns(afters),
                                            on=day.astype("datetime64[D]"), tables=tables,
                                            anchor=anchor)
    if not kind.any():
        return []
    bad = next((i for i, p in enumerate(problem) if p), None)
    if bad is not None:
        _refuse_council_tax(h, dates[bad], str(problem[bad]))
    changed = [i for i in range(day.size) if i == 0 or (weekly[i] != weekly[i - 1]).any()]
    said = [dict(zip(KNOCK_ON_BENEFITS, (int(x) for x in weekly[i]))) for i in changed]
    later = [(dates[i], ch) for i, ch in zip(changed[1:], said[1:])]
    if (kind == 1).any():
        assumptions.append(knock_on_assumption(said[0], start, later, uc_before=not pension_age))
    if (kind >= 2).any():
        first_no_ctr = next((dates[i] for i in range(len(dates)) if kind[i] == 3), None)
        assumptions.append(working_age_knock_on_assumption(said[0], start, later, no_ctr=first_no_ctr is not None,
                                                           no_ctr_from=first_no_ctr if first_no_ctr != dates[0] else None))
    now = knock_on_in_force(row, day, weekly, wd, 1)[0] if weekly_day is not None else np.zeros(weekly.shape[1], np.int64)
    proj, arr = knock_on_over(row, day, weekly, pa, pz, 1)[0], knock_on_over(row, day, weekly, aa, az, 1)[0]
    free = np.array([_rent_free_weeks(h) if b == "housing_benefit" else 0 for b in KNOCK_ON_BENEFITS])
    proj, arr = hb_weeks_paid(proj, free), hb_weeks_paid(arr, free)  # no Housing Benefit in a rent-free week
    sources = KNOCK_ON_SOURCES if (kind == 1).any() else WORKING_AGE_SOURCES
    return [BenefitLine(b, int(now[j]), int(proj[j]), int(arr[j]), sources[b], rent_free_weeks=int(free[j]))
            for j, b in enumerate(KNOCK_ON_BENEFITS) if now[j] or proj[j] or arr[j]]


def _refuse_council_tax(h: Household, day: dt.date, problem: str) -> None:
    """Refuse a pension-age gain whose Council Tax Reduction could not be
    worked out on ``day`` (``problem``, :func:`knock_on_weekly`'s words):
    where the council's Band D for the year is not in the library, name the
    Band D to give, the council, the year and the day it is first needed."""
    if "Band D council tax for the year is not in the library" in problem:
        year = day.year if day.month >= 4 else day.year - 1
        raise InputError(
            "housing.council_tax_band_d", None,
            f"the bill's Band D council tax: {h.local_authority}'s Band D for {year}-{(year + 1) % 100:02d} is not in "
            f"the library (rules/council_tax/band_d), and the projection or arrears reach it on {uk_date(day)}; at "
            "pension age the income gain counts the change in Council Tax Reduction. A Band D given is used for "
            "every year; or give a --horizon that ends before that day")
    raise InputError("housing.council_tax_band", h.housing.council_tax_band if h.housing else None, problem)


def _rent_free_weeks(h: Household) -> int:
    """The weeks a year ``h`` has no rent due, so no Housing Benefit."""
    return h.housing.rent_free_weeks if h.housing is not None else 0


def _gives_bill(h: Household) -> bool:
    """Whether ``h`` gives a council tax figure from the bill."""
    return h.housing is not None and (h.housing.council_tax_band_d is not None or h.housing.council_tax_band_charge is not None)


def _hb_ctr_weekly(h: Household, o: Outcome, on: dt.date, tables: Tables, assumptions: list[str]) -> int:
    """The weekly value of a Housing Benefit, CTR or council tax outcome,
    worked out for the household on the day it takes effect and held."""
    from ..columns import household_columns
    from .outcomes import apply_changes, hb_ctr_weekly_gain

    after = household_columns(apply_changes(h, o.changes)) if o.changes else None
    weekly, problem = hb_ctr_weekly_gain(household_columns(h), after, o.kind, on=on, tables=tables)
    if problem:
        raise InputError("weekly_amount", 0, str(problem))
    assumptions.append(f"{o.kind}: worth {format_pounds(int(weekly))} a week as worked out for the household on "
                       f"{uk_date(on)}, held over the projection (weekly_amount not given).")
    return int(weekly)


def _probability(scenario: Scenario, tables: Tables) -> Probability:
    """The chance the outcomes succeed: the product of each one's, taken as independent."""
    probs = [success_probability(o, tables) for o in scenario.outcomes]
    value = Fraction(1)
    for p in probs:
        value *= p.value
    if len(probs) == 1:
        prob = probs[0]
    else:
        prob = Probability(value, "product", "; ".join(f"{p.source}: {p.value}" for p in probs)
                           + " (outcomes taken as independent)")
    return prob
