"""The columnar projection: income gain for a whole caseload (private).

It projects a whole caseload, one outcome a case, through the same
Universal Credit engine as :func:`entitlements.gain.household.income_gain`, and gives
the same figures to the penny (``tests/test_gain.py`` and
``benchmarks/check_gain_parity.py`` check that against the one-household
path on generated scenarios). What makes it fast:

* **Runs, not periods.** Along the before household's timeline the award can
  only change where something the engine reads changes: a rate table row
  (the start dates of every table the engine reads, found by recording one
  probe estimate), the tax year of the period's last day (where gross pay
  is given), or an age the engine tests (a renter's child reaching 10 or 16
  for bedrooms, an adult given by date of birth reaching a standard
  allowance or shared accommodation age). A case splits only where
  something it reads changes: the benefit cap's earnings threshold only
  with earnings, the rent officers' LHA determinations only with a named
  BRMA. Consecutive periods with none of these changes form a run; each run
  is estimated once and counted once per period.
* **Pieces for the after household.** Each run is cut where the outcome
  takes effect, where the LCWRA element starts (after the relevant period)
  and where an award ends; the pieces in which the household differs are
  estimated, and only after-minus-before differences are summed. Nothing
  the engine reads changes within a run, for any phase's household (the
  points include the changed household's ages and pay), so a piece is
  estimated on its run's day.
* **One date a group.** Each run is estimated on a representative day on or
  before its first day with nothing the engine reads different between
  them: for a case with no age change and no gross pay, the boundary that
  starts the run (for its first run, the latest boundary the case reads on
  or before it); otherwise the first of the month (or a rate or tax-year
  start) with its ages and tax year checked, and the run estimated on its
  own date where the check fails. Runs and pieces that share a phase and a
  day are one call to
  :func:`entitlements.benefits.household_total.universal_credit_award` with
  a scalar date.
* **Alike rows together.** Within a group, rows are ordered by what their
  household lacks (children, a rented home, a partner: :func:`signatures`);
  a large block of rows that all lack a part is given that part as one
  blank row, and a column the same in every row as one row
  (:func:`compact`), so the engine does that work once.

The reg 5 check (a child 20 or over, or not born, in a period) is made once
over each case's whole timeline rather than in every call. An engine call
takes at most ``CHUNK`` rows, which bounds its temporaries. A table that
does not cover a value one case needs fails that case alone.

:func:`project` is a pipeline of named steps, each a function a test can
call alone: the **timeline** of each case (:func:`timeline`) and the checks
that the rules cover it (:func:`check_rules_cover`) and that its children
are possible (:func:`check_children`); the **runs**
(:func:`entitlements.gain._runs.base_runs`); the **pieces** of the after
household (:func:`entitlements.gain._engine_calls.after_pieces`); the
**groups and engine calls** (:func:`entitlements.gain._engine_calls.estimate_pieces`);
and the **sums** (:func:`uc_sums`, :func:`line_sums`). Day arithmetic is
:mod:`entitlements.gain.calendar`; what the engine reads,
:mod:`entitlements.gain._coverage`; gathering rows for an engine call,
:mod:`entitlements.gain._blocks`.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..assessments.lcwra_rate import CHANGE_DATE, protected_from_dates
from ..errors import EntitlementsError, InputError, NoRowInForce
from ..money import divide_half_up, weekly_to_monthly
from ..tables import Tables
from ._blocks import take
from ._coverage import Coverage, coverage, knock_on_reads
from ._engine_calls import Pieces, after_pieces, estimate_pieces
from ._lines import line_over, line_weekly_at
from ._runs import age_crossings, base_runs, child_days, pension_age_crossings
from ..benefits.qualifying_young_person import status_change_days
from .calendar import (NEVER, _containing, _end, _ending_on_or_after, _start, _ym_dom, age_reached, day_number,
                       relevant_period_end, to_date)
from .overlapping import case_overlapping_weekly, case_state_pension_overlap_from
from ._supplements import Supplements, supplement_figures
from ..benefits.carer_supplements import SCS_FROM, SCS_TABLE
from .cases import KIND, LINE_TABLES, Cases
from .pension_age import KNOCK_ON_BENEFITS, KnockOns, caseload_knock_ons, knock_on_readers, knock_on_totals, reads_table
from .outcomes import bedrooms_refused, hb_rent_free_annual, hb_weeks_paid
from ..benefits.household_total import BEDROOMS_EXPECTED
from ..benefits.housing import rent_free_weeks

BIG_AP = np.int64(10**6)  # an assessment period number beyond every horizon


#: Knock-on tables the household engine reads for every household, whoever
#: is paid them: Adult Disability Payment's rates are read (checked) even
#: with no one in Scotland (``benefits.disability.adult_disability_payment_checked``).
READ_BY_EVERY_HOUSEHOLD = ("scotland.adult_disability_payment",)


@attrs.frozen
class Spans:
    """The days each case reads the rule tables on (day numbers): periods'
    first days ``[s_lo, s_hi]`` for the tables read on them, last days
    ``[e_lo, e_hi]`` for those read on them (net earnings, where gross pay is
    given), and ``[line_lo, line_hi]`` for the rates of a benefit line; with
    who reads what only some cases read. For the rates a result assumed
    (:meth:`days_for`)."""

    start_tables: tuple[str, ...]
    end_tables: tuple[str, ...]
    s_lo: np.ndarray
    s_hi: np.ndarray
    e_lo: np.ndarray
    e_hi: np.ndarray
    line_lo: np.ndarray
    line_hi: np.ndarray
    gross: np.ndarray
    earner: np.ndarray
    named_area: np.ndarray  # a BRMA code, -1 none
    kind: np.ndarray
    line_table: np.ndarray
    # Pension age: the tables the knock-on reads (Pension Credit, HB, CTR, ...) and the days it read them on.
    knock_on_tables: tuple[str, ...] = ()
    ko_lo: np.ndarray | None = None
    ko_hi: np.ndarray | None = None
    ko_readers: np.ndarray | None = None  # which of them each case reads (entitlements.gain.pension_age.reads_table)
    scottish: np.ndarray | None = None  # a household in Scotland (a carer's outcome reads the Scottish Carer Supplement)
    ca_claimed: np.ndarray | None = None  # an adult claims Carer's Allowance with no amount given, before or after

    def tables(self) -> tuple[str, ...]:
        """Every table some case reads."""
        return tuple(sorted({*self.start_tables, *self.end_tables, "carers_allowance.rate", "carers_allowance.earnings_limit", SCS_TABLE,
                             "uc.benefit_cap_earnings_threshold", *(t for t in LINE_TABLES if t), *self.knock_on_tables}))

    def _ca_worked_out(self) -> np.ndarray:
        """The cases whose periods work out a Carer's Allowance (its rate and
        earnings limit read): the outcome, or a carer who claims it with no
        amount given, before or after."""
        ca = self.kind == KIND["carers_allowance"]
        return ca | self.ca_claimed if self.ca_claimed is not None else ca

    def days_for(self, table_id: str):
        """Each case's first and last day reading ``table_id`` (NEVER and
        -NEVER where it does not read it)."""
        never = np.int64(NEVER)
        if table_id in self.end_tables:
            reads, lo, hi = self.gross, self.e_lo, self.e_hi
        elif table_id in LINE_TABLES:
            reads, lo, hi = self.line_table == LINE_TABLES.index(table_id), self.line_lo, self.line_hi
            if table_id == "carers_allowance.rate":  # also the Carer's Allowance counted as income (reg 66)
                ca = self._ca_worked_out()
                reads, lo, hi = reads | ca, np.where(ca, np.minimum(lo, self.s_lo), lo), np.where(ca, np.maximum(hi, self.s_hi), hi)
            if table_id in self.start_tables:  # also read by every case's periods (Child Benefit, by the benefit cap)
                lo, hi = np.where(reads, np.minimum(lo, self.s_lo), self.s_lo), np.where(reads, np.maximum(hi, self.s_hi), self.s_hi)
                reads = np.ones(self.s_lo.shape, bool)
        elif table_id == SCS_TABLE:  # a Scottish carer's days from 15 March 2026 (entitlements.gain._supplements)
            first = day_number(SCS_FROM)
            scot = self.scottish if self.scottish is not None else np.zeros(self.s_lo.shape, bool)
            reads = scot & (self.kind == KIND["carers_allowance"]) & (self.line_hi >= first)
            lo, hi = np.maximum(self.line_lo, first), self.line_hi
        elif table_id == "carers_allowance.earnings_limit":  # its earnings test, where it is worked out
            reads, lo, hi = self._ca_worked_out(), self.s_lo, self.s_hi
        elif table_id == "uc.benefit_cap_earnings_threshold":
            reads, lo, hi = self.earner, self.s_lo, self.s_hi
        elif table_id in self.start_tables:
            reads, lo, hi = np.ones(self.s_lo.shape, bool), self.s_lo, self.s_hi
        else:
            reads, lo, hi = np.zeros(self.s_lo.shape, bool), self.s_lo, self.s_hi
        lo, hi = np.where(reads, lo, never), np.where(reads, hi, -never)
        if table_id in self.knock_on_tables and self.ko_lo is not None:
            ko = np.ones(self.s_lo.shape, bool) if table_id in READ_BY_EVERY_HOUSEHOLD else reads_table(table_id, self.ko_readers)
            # Net earnings from gross pay are worked out on the last day of the month from each day (up to 31 on),
            # for a case with gross pay; the cap's earnings threshold, for an earner.
            ko_hi = self.ko_hi + 31 if table_id in self.end_tables else self.ko_hi
            if table_id in self.end_tables and not table_id.startswith("tax."):
                ko = ko & self.gross
            # (The income tax tables are read by the knock-on without gross pay too: the tax on pensions and
            # taxable benefits the means tests disregard, at pension age and, since 2026-12-07, in working-age HB
            # and the Welsh and Default-Scheme working-age CTR, entitlements.benefits.pension_tax.)
            elif table_id == "uc.benefit_cap_earnings_threshold":
                ko = ko & self.earner
            lo, hi = np.where(ko, np.minimum(lo, self.ko_lo), lo), np.where(ko, np.maximum(hi, ko_hi), hi)
        return lo, hi


@attrs.frozen
class Projection:
    """Per-case results, one entry per case (pence; invalid cases 0)."""

    valid: np.ndarray
    reasons: np.ndarray
    first_ap: np.ndarray
    decision_ap: np.ndarray
    in_payment_ap: np.ndarray
    projection_start: np.ndarray  # day numbers
    recurring_from: np.ndarray  # day number, NEVER where no recurring gain
    recurring_monthly: np.ndarray
    recurring_weekly: np.ndarray
    line_weekly: np.ndarray
    line_projected: np.ndarray
    line_arrears: np.ndarray
    annual: np.ndarray
    projected_uc: np.ndarray
    arrears_uc: np.ndarray
    protected: np.ndarray
    runs_evaluated: int
    runs_on_own_date: int
    calls: int
    spans: Spans | None = None
    knock_ons: KnockOns | None = None  # Pension Credit, Housing Benefit, CTR (entitlements.gain.pension_age; below pension age HB, CTR)
    supplements: Supplements | None = None  # a Scottish carer's supplements (entitlements.gain._supplements)
    rent_free_weeks: np.ndarray | None = None  # weeks a year with no rent due, so no Housing Benefit (SI 2006/214 reg 62)


class Validity:
    """Which cases are still projected, and why each other is not (the
    first reason found)."""

    def __init__(self, c: Cases) -> None:
        self.valid = c.valid.copy()
        self.reasons = c.reasons.copy()

    def fail(self, mask, message_for) -> None:
        """Cases ``mask`` fail (those still valid, with ``message_for(i)``)."""
        for i in np.flatnonzero(mask & self.valid):
            self.reasons[i] = message_for(i)
        self.valid = self.valid & ~mask


@attrs.frozen
class Timeline:
    """Each case's timeline: the award's first day ``F`` (and its month and
    day of the month), as assessment period numbers the first the outcome
    affects, the decision's, the first with it in payment, the first
    without it (``end_ap``) and the one the recurring gain is measured in
    (``rep``), the projection's first (``p0``), the window of periods
    ``[lo, hi)`` and its first and last periods' first and last days."""

    F: np.ndarray
    ymF: np.ndarray
    domF: np.ndarray
    eff: np.ndarray
    first: np.ndarray
    decision: np.ndarray
    ends_given: np.ndarray
    end_ap: np.ndarray
    in_payment: np.ndarray
    protected: np.ndarray
    p0: np.ndarray
    rep: np.ndarray
    rep_live: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    s_lo: np.ndarray
    s_hi: np.ndarray
    e_lo: np.ndarray
    e_hi: np.ndarray


def timeline(c: Cases, v: Validity, *, horizon: int, projection_from: str) -> Timeline:
    """Each case's timeline (an award that ends in the period it takes
    effect in, or earlier, fails): the LCWRA element from the period after
    the relevant period (SI 2013/376 reg 28), at once for the terminally
    ill; the protected LCWRA amount from 6 April 2026 unless stated
    otherwise (reg 27(2), 27A, Sch 5A)."""
    valid = v.valid
    F = np.where(valid, c.claim_start, day_number(dt.date(2025, 1, 1))).astype(np.int32)
    ymF, domF = _ym_dom(F)
    eff = np.where(valid, np.maximum(c.effective, F), F).astype(np.int32)
    first = _containing(ymF, domF, eff)
    decision = _containing(ymF, domF, np.where(valid, np.maximum(c.decided, F), F))
    ends_given = valid & (c.ends < NEVER)
    end_ap = np.where(ends_given, _containing(ymF, domF, np.where(ends_given, np.maximum(c.ends, F), F)), BIG_AP)
    v.fail(ends_given & (end_ap <= first),
           lambda i: "end_date: the award ends in the assessment period it takes effect in (or earlier)")
    lcwra = c.kind == KIND["lcwra_found"]
    evid = np.where(v.valid & lcwra, c.evidence, F).astype(np.int32)
    rp_end = relevant_period_end(evid)
    element = np.where(rp_end < F, 0, _containing(ymF, domF, np.maximum(rp_end, F)) + 1)
    element = np.where(c.terminally_ill, first, element)
    in_payment = np.where(lcwra, np.maximum(element, first), first)
    included_from = _start(ymF, domF, in_payment)
    change = day_number(CHANGE_DATE)
    protected = lcwra & np.where(
        c.protection >= 0, c.protection == 1,
        c.terminally_ill | protected_from_dates(F, evid, included_from, change=change),
    )
    p0 = decision if projection_from == "decision" else first
    rep = np.maximum(in_payment, decision)
    lo = np.minimum(first, p0)
    hi = np.maximum(p0 + horizon, rep + 1)
    return Timeline(F=F, ymF=ymF, domF=domF, eff=eff, first=first, decision=decision, ends_given=ends_given,
                    end_ap=end_ap, in_payment=in_payment, protected=protected, p0=p0, rep=rep, rep_live=rep < end_ap,
                    lo=lo, hi=hi, s_lo=_start(ymF, domF, lo), s_hi=_start(ymF, domF, hi - 1),
                    e_lo=_end(ymF, domF, lo), e_hi=_end(ymF, domF, hi - 1))


def _after_index(c: Cases):
    """Which cases have a changed household, and each one's row of it (0 elsewhere)."""
    if c.after is None:
        return np.zeros(len(c), bool), None
    has_after = c.after_row >= 0
    return has_after, np.where(has_after, c.after_row, 0)


def _gross_pay(cols):
    return (cols.adult1.gross_monthly_earnings >= 0) | (cols.adult2.present & (cols.adult2.gross_monthly_earnings >= 0))


def _earns(cols):
    return ((cols.adult1.monthly_earnings > 0) | (cols.adult1.gross_monthly_earnings > 0)
            | (cols.adult2.present & ((cols.adult2.monthly_earnings > 0) | (cols.adult2.gross_monthly_earnings > 0))))


def what_cases_read(c: Cases):
    """Per case, before or after: gross pay given (net pay is worked out on
    the period's last day), earnings (the cap's earnings threshold matters
    to no one else) and a named BRMA (the rent officers' determinations)."""
    has_after, ar = _after_index(c)
    b = c.before
    gross, earner, named_area = _gross_pay(b), _earns(b), b.housing.brma >= 0
    if has_after.any():
        gross = gross | (has_after & _gross_pay(c.after)[ar])
        earner = earner | (has_after & _earns(c.after)[ar])
        named_area = named_area | (has_after & (c.after.housing.brma >= 0)[ar])
    return gross, earner, named_area


def check_rules_cover(c: Cases, t: Timeline, cov: Coverage, gross, tables: Tables, v: Validity) -> None:
    """Cases whose timeline runs past the rules fail."""
    srange, erange = cov.start_range, cov.end_range
    out_s = (t.s_lo < srange[0]) | (t.s_hi > srange[1])
    out_e = gross & ((t.e_lo < erange[0]) | (t.e_hi > erange[1]))
    out_ca = (c.kind == KIND["carers_allowance"]) & (t.s_hi > day_number(tables.table("carers_allowance.rate").until))
    first = max(cov.start_tables, key=lambda tid: tables.table(tid).earliest)
    last = min(cov.start_tables, key=lambda tid: tables.table(tid).until)
    v.fail(out_s | out_e | out_ca, lambda i: (
        f"the projection runs over assessment periods beginning {to_date(t.s_lo[i]).isoformat()} to "
        f"{to_date(t.s_hi[i]).isoformat()}, but the rules cover periods beginning {to_date(srange[0]).isoformat()} "
        f"to {to_date(srange[1]).isoformat()}" + (
            f" ({first} begins then): a date before the tables begin no rates policy covers" if t.s_lo[i] < srange[0]
            else f" ({last} and others end then): shorten the horizon, or hold the last known rates past the end "
                 "(rates policy hold)")))
    check_lha_cover(c, t, tables, v)


def check_lha_cover(c: Cases, t: Timeline, tables: Tables, v: Validity) -> None:
    """Cases whose before household names its BRMA fail where the rent
    officers' determinations (monthly, for UC) do not cover a period of the
    projection: the household reads them in every period, as the
    one-household path does (a changed household naming one is left to the
    engine)."""
    from ..benefits.housing import TENURE_CODES
    from ..benefits.lha import brma_names, default_lha_schedule

    h = c.before.housing
    named = v.valid & (h.tenure == TENURE_CODES["private_rent"]) & (h.brma >= 0)
    if not named.any():
        return
    schedule = tables.schedule("lha") or default_lha_schedule()
    nation_of = np.array([schedule.brma(b).nation for b in brma_names()], dtype=object)
    nation = nation_of[np.where(named, h.brma, 0)]
    for nat in sorted(set(nation[named].tolist())):
        pub = schedule.publication(nat, "month")
        lo, hi = day_number(pub.earliest), day_number(pub.until)
        rows = named & (nation == nat)
        v.fail(rows & ((t.s_lo < lo) | (t.s_hi > hi)), lambda i, pub=pub, lo=lo, hi=hi: (
            "the rules do not cover a value this case needs: " + str(NoRowInForce(
                pub.table_id, pub.path, to_date(t.s_lo[i] if t.s_lo[i] < lo else hi + 1), pub.earliest, pub.until))))


def _education_needed(cols, pres, dob, dob_parts, t: Timeline) -> np.ndarray:
    """(cases, slots): a young person whose education is not given and
    decides a period of the projection: some period ends on or after the
    1 September after their 16th birthday and before the 1 September after
    their 19th (UC reg 5), or before their 20th birthday where Child Benefit
    is claimed (it counts in the cap): as the one-household path asks."""
    edu = np.asarray(cols.children.education)
    maybe = pres & (edu == 0)
    out = np.zeros(pres.shape, bool)
    if not maybe.any():
        return out
    i, j = np.nonzero(maybe)
    parts = (dob_parts[0][i, j], dob_parts[1][i, j])
    d = dob[i, j]
    s16, _, s19, b20 = np.moveaxis(status_change_days(age_reached(d, 16, parts), age_reached(d, 19, parts),
                                                      age_reached(d, 20, parts)), -1, 0)
    upper = np.where(np.asarray(cols.child_benefit_claimed)[i], b20, np.minimum(s19, b20))
    k = _ending_on_or_after(t.ymF[i], t.domF[i], np.maximum(s16, t.e_lo[i]))
    out[i, j] = (k < t.hi[i]) & (_end(t.ymF[i], t.domF[i], k) < upper)
    return out


def _child_error(c: Cases, i: int, where: np.ndarray, leaf: str, value, expected: str) -> str:
    """Case ``i``'s reason for its first child slot in ``where`` (cases,
    slots): one line naming the child's own column as the file numbered it
    (``child3_education``), its value and what is allowed."""
    from ..errors import InputError

    return str(InputError(c.child_column(i, int(np.argmax(where[i])), leaf), value, expected))


def check_children(c: Cases, t: Timeline, v: Validity):
    """Cases with a child 20 or over on the first day of a period, or not yet
    born by the end of the first, fail (a data error: SI 2013/376 reg 5; a
    young person who turns 20 during a period is not a qualifying young
    person for it, which is no error). Returns the before household's children
    (present, dates of birth, their months and days) and the rows of the
    cases with a changed household (None: none)."""
    pres, dob = child_days(c.before)
    dob_parts = _ym_dom(dob)
    bad = pres & ((age_reached(dob, 20, dob_parts) <= t.s_hi[:, None]) | (dob > t.e_lo[:, None]))
    v.fail(bad.any(axis=1), lambda i: _child_error(
        c, i, bad, "date_of_birth", to_date(dob[i, int(np.argmax(bad[i]))]).isoformat(),
        f"a child under 20 on the first day and born by the end of every assessment period of the projection, "
        f"from {to_date(t.s_lo[i]).isoformat()} to {to_date(t.s_hi[i]).isoformat()} (SI 2013/376 reg 5): give the "
        "household as it will be, or shorten the horizon"))
    need = _education_needed(c.before, pres, dob, dob_parts, t)
    v.fail(need.any(axis=1), lambda i: _child_error(
        c, i, need, "education", None,
        "'non_advanced', 'approved_training' or 'not_in_education' for a young person aged 16 to 19 past the 31 "
        "August after their 16th birthday in an assessment period of the projection: whether they are a qualifying "
        "young person depends on it (SI 2013/376 reg 5; SI 2006/223 reg 3)"))
    has_after, _ = _after_index(c)
    rows_a = None
    if has_after.any():
        rows_a = np.flatnonzero(has_after)
        pa, da = child_days(take(c.after, c.after_row[rows_a]))
        bad_a = (pa & ((age_reached(da, 20) <= t.s_hi[rows_a, None]) | (da > t.e_lo[rows_a, None]))).any(axis=1)
        mask = np.zeros(len(c), bool)
        mask[rows_a[bad_a]] = True
        v.fail(mask, lambda i: "after the change, a child is 20 or over, or not yet born, in an assessment period "
                               "of the projection (SI 2013/376 reg 5)")
    return pres, dob, dob_parts, rows_a


def check_attendance_allowance(c: Cases, t: Timeline, v: Validity) -> None:
    """Cases whose household before has an adult given Attendance Allowance
    short of its qualifying age (or a child DLA mobility under its relevant
    age) at the end of the first assessment period of the projection fail, as the one household does (an award that cannot
    exist: :mod:`entitlements.benefits.disability_ages`)."""
    from ..benefits import disability_ages as ages

    end = np.where(v.valid, t.e_lo, 0).astype("datetime64[D]")
    bad = np.asarray(ages.attendance_allowance_held_under_age(c.before, end=end))
    a1 = c.before.adult1

    def which(i: int) -> int:
        dob = a1.date_of_birth[i]
        first = a1.attendance_allowance[i] > 0 and ages.attendance_allowance_age_refused(
            None if np.isnat(dob) else np.datetime64(dob, "D").item(), int(a1.age[i]), to_date(t.e_lo[i]))
        return 1 if first else 2

    def why(i: int) -> str:  # the adult's column and the rate held (since 2026-12-07; was "give 'none' ...")
        from ..household_values import AA_RATES

        n = which(i)
        rate = AA_RATES[int((a1 if n == 1 else c.before.adult2).attendance_allowance[i])]
        return str(InputError(f"adult{n}_attendance_allowance", rate, f"{ages.AA_RECEIVED_EXPECTED} (assessment "
                              f"period beginning {to_date(t.s_lo[i]).isoformat()})"))

    v.fail(bad, why)
    from ..benefits.household_total import SAVINGS_CREDIT_AGE_SETTLED, savings_credit_age_contradicted

    start = np.where(v.valid, t.s_lo, 0).astype("datetime64[D]")
    sc = np.asarray(savings_credit_age_contradicted(c.before, start)) & v.valid
    if sc.any():
        sc1 = np.asarray(savings_credit_age_contradicted(c.before, start, adults=(1,)))
        v.fail(sc, lambda i: str(InputError(
            f"adult{1 if sc1[i] else 2}_reached_pension_age_before_6_april_2016",
            "yes" if int((c.before.adult1 if sc1[i] else c.before.adult2).pension_age_before_2016[i]) == 1 else "no",
            SAVINGS_CREDIT_AGE_SETTLED)))
    young = np.asarray(ages.children_with_dla_mobility_under_age(c.before.children, end=end))
    if young.any():
        from ..household import DLA_MOBILITY

        ch = c.before.children
        mob = np.asarray(ch.dla_mobility)
        held = np.asarray(ch.present, bool) & (mob > 0)
        day = np.broadcast_to(end[:, None], mob.shape)
        slots = held & ages.dla_mobility_age_refused(np.where(held, np.asarray(ch.date_of_birth, "datetime64[D]"), day),
                                                     mob, day)
        v.fail(young, lambda i: _child_error(
            c, i, slots, "dla_mobility", DLA_MOBILITY[int(mob[i, int(np.argmax(slots[i]))])],
            f"{ages.DLA_MOBILITY_EXPECTED} (assessment period beginning {to_date(t.s_lo[i]).isoformat()})"))


def check_state_pension(c: Cases, t: Timeline, v: Validity) -> None:
    """Cases whose household before gives State Pension for an adult short
    of pensionable age at the end of the last assessment period projected
    fail, naming the adult's column, the amount, the date of birth (or age)
    and the day the age is reached, as the one household is refused
    (``entitlements.gain.state_pension``); where a period reaches the
    age, the State Pension counts from it (the engine calls)."""
    from .state_pension import refusal, short_of_pension_age

    end = np.where(v.valid, t.e_hi, 0).astype("datetime64[D]")
    short = {n: short_of_pension_age(a, end) & v.valid for n, a in ((1, c.before.adult1), (2, c.before.adult2))}

    def why(i: int, bu=c.before, row=None, size=len(c)) -> str:
        n = 1 if short[1][i] else 2
        a, k = (bu.adult1 if n == 1 else bu.adult2), i if row is None else row[i]
        dob = np.broadcast_to(np.asarray(a.date_of_birth, "datetime64[D]"), (size,))[k]
        return str(refusal(f"{'' if row is None else 'after_'}adult{n}_state_pension_weekly",
                           int(np.broadcast_to(a.state_pension_weekly, (size,))[k]),
                           None if np.isnat(dob) else dob.astype(dt.date),
                           int(np.broadcast_to(a.age, (size,))[k]), to_date(t.e_hi[i])))

    v.fail(short[1] | short[2], why)
    # The household after an income or housing change (State Pension given in the change): the same test
    has_after, _ = _after_index(c)
    rows = np.flatnonzero(has_after & v.valid) if c.after is not None else np.zeros(0, np.int64)
    if len(rows):  # the rows with a household after alone (a caseload is mostly other outcomes)
        after = take(c.after, c.after_row[rows])
        at = np.full(len(c), -1, np.int64)
        at[rows] = np.arange(len(rows))
        short = {}
        for n, a in ((1, after.adult1), (2, after.adult2)):
            short[n] = np.zeros(len(c), bool)
            short[n][rows] = short_of_pension_age(a, end[rows])
        v.fail(short[1] | short[2], lambda i: why(i, after, at, len(rows)))


def check_adults_over_120(c: Cases, t: Timeline, v: Validity) -> None:
    """Cases whose household before has an adult, given by date of birth,
    over 120 at the end of the last assessment period projected fail, naming
    the adult's columns: the engines work such an age out as 120, the one
    household refuses it (``household_total.adults_out_of_range``),
    and this projection does not ask that check."""
    from ..dates import years_between

    end = np.where(v.valid, t.e_hi, 0).astype("datetime64[D]")
    age = {}
    for n, a in ((1, c.before.adult1), (2, c.before.adult2)):
        dob = np.asarray(a.date_of_birth, "datetime64[D]")
        known = np.asarray(a.present) & ~np.isnat(dob) & v.valid
        age[n] = np.where(known, years_between(np.where(known, dob, end), end), 0)
    old = (age[1] > 120) | (age[2] > 120)

    def why(i: int) -> str:
        n = 1 if age[1][i] > 120 else 2
        return str(InputError(f"adult{n}_date_of_birth or adult{n}_age", int(age[n][i]), "an age in whole years from "
                              f"16 to 120 in every assessment period projected (the last ends {to_date(t.e_hi[i])})"))

    v.fail(old, why)


def uc_sums(t: Timeline, case, pieces: Pieces, values, n: int, horizon: int, valid):
    """Each case's projected and arrears UC gain, and its recurring monthly
    gain and weekly equivalent: each piece's award less its run's, times
    the periods of the piece in the window."""
    nb = pieces.n_runs
    diff = (values[nb:] - values[pieces.parent[nb:]]).astype(np.float64)
    pcase = case[pieces.parent[nb:]]
    pa, pb = pieces.pa, pieces.pb

    def per_case(weights):
        return np.rint(np.bincount(pcase, weights=diff * weights, minlength=n)).astype(np.int64)

    p_lo = t.p0[pcase]
    projected_uc = per_case(np.maximum(np.minimum(pb, p_lo + horizon) - np.maximum(pa, p_lo), 0))
    arrears_uc = per_case(np.maximum(np.minimum(pb, t.decision[pcase]) - pa, 0))
    rep_c = t.rep[pcase]
    recurring = np.where(t.rep_live & valid, per_case((pa <= rep_c) & (rep_c < pb)), 0)
    return projected_uc, arrears_uc, recurring, divide_half_up(recurring * 12, 52)


def line_sums(c: Cases, t: Timeline, horizon: int, tables: Tables, v: Validity):
    """Benefits in their own right: each case's weekly amount when the
    outcome is in payment, and the amounts over the projection and as
    arrears. Their rates must cover every day they are counted on (else the
    case fails, as the one-household path does)."""
    rep_day = _start(t.ymF, t.domF, t.rep)
    proj_start = _start(t.ymF, t.domF, t.p0)
    windows = line_windows(c, t, horizon)
    need_lo = np.where(t.rep_live, rep_day, NEVER)
    need_hi = np.where(t.rep_live, rep_day, -NEVER)
    for a, z_ in windows:
        some = z_ > a
        need_lo = np.where(some, np.minimum(need_lo, a), need_lo)
        need_hi = np.where(some, np.maximum(need_hi, z_ - 1), need_hi)
    for code_, tid in enumerate(LINE_TABLES):
        if tid is None:
            continue
        tab = tables.table(tid)
        first_day, last_day = day_number(tab.earliest), day_number(tab.until)
        out = (c.line_table == code_) & ((need_lo < first_day) | (need_hi > last_day))
        v.fail(out, lambda i, tab=tab, first_day=first_day, last_day=last_day: (
            "the rules do not cover a value this case needs: " + str(NoRowInForce(
                tab.id, tab.path, to_date(need_lo[i] if need_lo[i] < first_day else last_day + 1), tab.earliest, tab.until))))
    valid = v.valid
    line_table = np.where(valid, c.line_table, 0)
    coef = c.line_coef.astype(np.int8) if np.abs(c.line_coef).max(initial=0) < 100 else c.line_coef  # small: cheap to gather
    carer = np.where(valid & (c.kind == KIND["carers_allowance"]), c.adult, 0)
    ov = case_overlapping_weekly(c.before, carer)
    # The carer's State Pension overlaps from the day pensionable age is reached (ov_from; before it, ov_before):
    # each window is cut there, as the one-household line is (household.line_over).
    ov_from, ov_before = case_state_pension_overlap_from(c.before, carer)
    lw = np.where(t.rep_live & valid, line_weekly_at(line_table, coef, c.line_fixed, rep_day, tables,
                                                     np.where(rep_day < ov_from, ov_before, ov)), 0)

    def over(a, z):
        cut = np.clip(ov_from, a, np.maximum(z, a))
        return (line_over(line_table, coef, c.line_fixed, a, cut, tables, ov_before)
                + line_over(line_table, coef, c.line_fixed, cut, z, tables, ov))

    line_proj = np.where(valid, over(*windows[0]), 0)
    line_arr = np.where(valid, over(*windows[1]), 0)
    return lw, line_proj, line_arr, rep_day, proj_start, need_lo, need_hi


def line_windows(c: Cases, t: Timeline, horizon: int):
    """The days ``[a, z)`` a benefit line counts over, each case: in the
    projection, and as arrears (from the outcome to the decision's period)."""
    stop_day = np.where(t.ends_given, c.ends, NEVER)
    proj_start, proj_end = _start(t.ymF, t.domF, t.p0), _start(t.ymF, t.domF, t.p0 + horizon)
    dec_start = _start(t.ymF, t.domF, t.decision)
    return ((np.maximum(t.eff, proj_start), np.minimum(stop_day, proj_end)), (t.eff, np.minimum(stop_day, dec_start)))


def supplement_sums(c: Cases, t: Timeline, horizon: int, rep_day, tables: Tables, v: Validity) -> Supplements:
    """A Scottish carer's Carer's Allowance Supplement and Scottish Carer
    Supplement (:mod:`entitlements.gain._supplements`), as the one-household
    path works them out; a case whose supplement a table does not cover
    fails with the reason."""
    scot = v.valid & (c.kind == KIND["carers_allowance"]) & np.asarray(c.before.scottish, bool)
    if not scot.any():
        return Supplements.none(len(c))
    ov = case_overlapping_weekly(c.before, np.where(scot, c.adult, 0))
    # The State Pension overlaps from the day the age is reached (as the line: line_sums).
    ov_from, ov_before = case_state_pension_overlap_from(c.before, np.where(scot, c.adult, 0))
    windows = line_windows(c, t, horizon)
    stop = np.where(t.ends_given, c.ends, NEVER)
    kw = dict(overlapping_from=ov_from, overlapping_before=ov_before)
    try:
        return supplement_figures(scot, windows, rep_day, t.rep_live, stop, ov, tables, **kw)
    except NoRowInForce:  # a table past its end (rates policy strict): find the cases, which fail alone
        pass
    why = {}
    for i in np.flatnonzero(scot):
        one = np.zeros(len(c), bool)
        one[i] = True
        try:
            supplement_figures(one, windows, rep_day, t.rep_live, stop, ov, tables, **kw)
        except NoRowInForce as e:
            why[i] = f"the rules do not cover a value this case needs: {e}"
    bad = np.zeros(len(c), bool)
    bad[list(why)] = True
    v.fail(bad, why.__getitem__)
    return supplement_figures(scot & ~bad, windows, rep_day, t.rep_live, stop, ov, tables, **kw)


def _hb_ctr_values(c: Cases, tables: Tables, v) -> tuple[Cases, np.ndarray]:
    """Housing Benefit, CTR and council tax outcomes without a weekly amount
    given: their value worked out for each case's household on the day the
    outcome takes effect (:func:`entitlements.gain.outcomes.hb_ctr_weekly_gain`),
    as the one-household path does; a case that cannot be valued fails
    with the reason. Returns the cases and that day (NEVER where none was
    worked out: the tables it read, for the rates assumed)."""
    from ..columns import select
    from .outcomes import HB_CTR_KINDS, hb_ctr_weekly_gain

    codes = [KIND[k] for k in HB_CTR_KINDS]
    rows = np.flatnonzero(v.valid & np.isin(c.kind, codes) & (c.line_fixed == 0))
    day = np.full(len(c), NEVER, np.int64)
    if not rows.size:
        return c, day
    names = np.array(list(KIND), dtype=object)[c.kind[rows]]
    on = np.maximum(c.effective[rows], c.claim_start[rows]).astype("datetime64[D]")
    after = None
    if c.after is not None:
        has = c.after_row[rows] >= 0
        after_rows = select(c.before, rows)
        if has.any():
            changed = select(c.after, c.after_row[rows][has])
            after_rows = _replace_rows(after_rows, np.flatnonzero(has), changed)
        after = after_rows
    def value(ix):
        return hb_ctr_weekly_gain(select(c.before, rows[ix]), None if after is None else select(after, ix), names[ix],
                                  on=on[ix], tables=tables)

    everyone = np.arange(rows.size)
    try:
        weekly, problem = value(everyone)
    except EntitlementsError:
        # One household the engine refuses: that row's error alone (was every such row's), the rest valued together.
        from ..arrays import find_failures

        refused = find_failures(value, everyone, (EntitlementsError,))
        rest = np.setdiff1d(everyone, np.array(sorted(refused), np.int64))
        weekly, problem = np.zeros(rows.size, np.int64), np.full(rows.size, "", dtype=object)
        if rest.size:
            weekly[rest], problem[rest] = value(rest)
        for j, e in refused.items():
            problem[j] = _refused_in_words(e)
    # Named by the column that always settles it (the reason says what else would): the errors file's field.
    problem = np.array([p if not p or p.startswith(("adult1_", "adult2_")) else f"benefit_weekly: {p}" for p in problem],
                       dtype=object)
    fixed = c.line_fixed.copy()
    fixed[rows] = weekly
    bad = np.zeros(len(c), bool)
    bad[rows] = problem != ""
    text = dict(zip(rows.tolist(), problem.tolist()))
    v.fail(bad, lambda i: text[i])
    day[rows] = on.astype(np.int64)
    return attrs.evolve(c, line_fixed=fixed), day


def _refused_in_words(e: EntitlementsError) -> str:
    """A household's error from the engine (numbered by its row in the engine's arrays, ``row 0, age1: 122 ...``),
    as its own row's reason: the row number left out, an adult's age named by the columns that give it."""
    import re

    from ..errors import InputError

    if not isinstance(e, InputError):
        return str(e)
    m = re.fullmatch(r"age([12])", e.field)
    field = f"adult{m[1]}_date_of_birth or adult{m[1]}_age" if m else e.field
    return str(InputError(field, e.value, f"{e.expected}, on the day the outcome takes effect" if m else e.expected))


def _held_at_66(c: Cases, t: Timeline, v: Validity) -> Cases:
    """Cases with an adult given by age only who is 66 on the day the
    outcome takes effect held at the qualifying age for Pension Credit from
    then, before and after (:func:`entitlements.gain.pension_age.held_at_66`);
    one who is 66 on a day on or after 6 April 2026 fails, as the one
    household does."""
    from ..columns import select
    from .pension_age import age_66_refused, held_at_66

    anchor = t.eff.astype("datetime64[D]")
    before, unsettled = held_at_66(c.before, anchor)
    after = c.after
    has = np.flatnonzero(c.after_row >= 0) if after is not None else np.zeros(0, np.int64)
    if has.size:
        at = c.after_row[has]
        held, later = held_at_66(select(after, at), anchor[has])
        after = _replace_rows(after, at, held)
        unsettled[has] = np.where(unsettled[has] > 0, unsettled[has], later)
    v.fail(unsettled > 0, lambda i: str(age_66_refused(int(unsettled[i]), to_date(t.eff[i]))))
    return attrs.evolve(c, before=before, after=after)


def _replace_rows(cols, where, new):
    """``cols`` (array columns) with the rows at ``where`` taken from ``new``."""
    def put(old, repl):
        if attrs.has(type(old)):
            return type(old)(**{f.name: put(getattr(old, f.name), getattr(repl, f.name)) for f in attrs.fields(type(old))})
        out = np.array(old, copy=True)
        out[where] = repl
        return out

    return put(cols, new)


def project(c: Cases, *, horizon: int, projection_from: str, convention: str, tables: Tables) -> Projection:
    """Project every case (see the module docstring): timeline, runs,
    pieces, engine calls, sums."""
    n = len(c)
    cov = coverage(tables)
    v = Validity(c)
    t = timeline(c, v, horizon=horizon, projection_from=projection_from)
    c = _held_at_66(c, t, v)
    _bedrooms_needed(c, v)
    gross, earner, named_area = what_cases_read(c)
    check_rules_cover(c, t, cov, gross, tables, v)
    pres, dob, dob_parts, rows_a = check_children(c, t, v)
    check_attendance_allowance(c, t, v)
    check_state_pension(c, t, v)
    check_adults_over_120(c, t, v)
    lo, hi = np.where(v.valid, t.lo, 0), np.where(v.valid, t.hi, 0)
    X = np.concatenate([age_crossings(c, cov, pres, dob, dob_parts, rows_a),
                        pension_age_crossings(c, t.ymF, t.domF)], axis=1)
    runs = base_runs(cov, X, v.valid, gross, earner, named_area, lo, hi, t.ymF, t.domF, t.s_lo, t.s_hi, t.e_lo, t.e_hi)
    del X
    pieces = after_pieces(c, runs, t.first, t.in_payment, t.end_ap, hi)
    values, calls, on_own_date, late_fail = estimate_pieces(c, runs, pieces, t.protected, tables)
    for i, why in late_fail.items():
        v.valid[i] = False
        v.reasons[i] = f"the rules do not cover a value this case needs: {why}"
    projected_uc, arrears_uc, recurring, weekly = uc_sums(t, runs.case, pieces, values, n, horizon, v.valid)
    c, hb_ctr_day = _hb_ctr_values(c, tables, v)
    lw, line_proj, line_arr, rep_day, proj_start, need_lo, need_hi = line_sums(c, t, horizon, tables, v)
    ko = caseload_knock_ons(c, t, line_windows(c, t, horizon), tables, v)
    sup = supplement_sums(c, t, horizon, rep_day, tables, v)
    free = rent_free_weeks(c.before.housing.rent_free_periods, np.asarray(c.before.housing.rent_period))
    line_free = np.where(c.kind == KIND["hb_awarded"], free, 0)  # no Housing Benefit in a rent-free week
    line_proj, line_arr = hb_weeks_paid(line_proj, line_free), hb_weeks_paid(line_arr, line_free)
    ko = None if ko is None else _rent_free_knock_ons(ko, free)
    if convention == "weekly_x52":
        annual = (weekly + lw + sup.scs_weekly) * 52
    else:
        annual = (recurring + weekly_to_monthly(lw) + weekly_to_monthly(sup.scs_weekly)) * 12
    annual = annual + knock_on_totals(ko, v.valid, convention)[3] + sup.annual  # the supplements due in a year to March 2027
    annual = annual - hb_rent_free_annual(lw, line_free, convention)
    if ko is not None:
        annual = annual - hb_rent_free_annual(np.where(v.valid, ko.weekly[:, _HB], 0), free, convention)
    valid = v.valid

    def z(a):
        return np.where(valid, a, 0)

    return Projection(
        valid=valid,
        reasons=v.reasons,
        first_ap=t.first,
        decision_ap=t.decision,
        in_payment_ap=t.in_payment,
        projection_start=np.where(valid, proj_start, NEVER),
        recurring_from=np.where(valid & t.rep_live, rep_day, NEVER),
        recurring_monthly=z(recurring),
        recurring_weekly=z(weekly),
        line_weekly=z(lw),
        line_projected=z(line_proj),
        line_arrears=z(line_arr),
        annual=z(annual),
        projected_uc=z(projected_uc),
        arrears_uc=z(arrears_uc),
        protected=t.protected & valid,
        runs_evaluated=int(pieces.parent.shape[0]),
        runs_on_own_date=on_own_date,
        calls=calls,
        supplements=Supplements(*(z(getattr(sup, f.name)) for f in attrs.fields(Supplements))),
        rent_free_weeks=z(free),
        knock_ons=None if ko is None else KnockOns(*(np.where(valid[:, None], a, 0) for a in (ko.weekly, ko.projected, ko.arrears)),
                                                   np.where(valid, ko.read_from, NEVER), np.where(valid, ko.read_to, -NEVER),
                                                   np.where(valid, ko.counted_to, -NEVER), ko.ctr_not_counted & valid),
        spans=Spans(cov.start_tables, cov.end_tables, t.s_lo, t.s_hi, t.e_lo, t.e_hi, need_lo, need_hi, gross, earner,
                    np.where(c.before.housing.tenure > 0, c.before.housing.brma, -1), c.kind, c.line_table,
                    *_knock_on_spans(c, valid, ko, hb_ctr_day, cov, tables), ca_claimed=_claims_ca(c),
                    scottish=np.asarray(c.before.scottish, bool)),
    )


def _bedrooms_needed(c: Cases, v: Validity) -> None:
    """Social renters who can be paid Universal Credit and leave out the
    bedrooms fail, before the outcome or after a ``housing_change``, as the one household is refused
    (:func:`entitlements.gain.outcomes.bedrooms_refused`)."""
    from ..columns import select

    rows = np.flatnonzero(v.valid & (np.asarray(c.before.housing.bedrooms) < 0))
    if rows.size:
        bad = np.zeros(len(c), bool)
        bad[rows] = bedrooms_refused(select(c.before, rows), c.claim_start[rows].astype("datetime64[D]"))
        v.fail(bad, lambda i: f"housing_bedrooms: give {BEDROOMS_EXPECTED}")
    # After a housing_change (its after_* columns), from its effective date.
    if c.after is None:
        return
    rows = np.flatnonzero(v.valid & (c.kind == KIND["housing_change"]) & (np.asarray(c.after_row) >= 0))
    rows = rows[np.asarray(c.after.housing.bedrooms)[c.after_row[rows]] < 0]
    if rows.size:
        bad = np.zeros(len(c), bool)
        bad[rows] = bedrooms_refused(select(c.after, c.after_row[rows]),
                                     np.maximum(c.effective[rows], c.claim_start[rows]).astype("datetime64[D]"))
        v.fail(bad, lambda i: f"after_housing_bedrooms: give {BEDROOMS_EXPECTED}, with the housing_change that makes "
                              "the home socially rented")


#: The Housing Benefit column of the knock-on lines.
_HB = KNOCK_ON_BENEFITS.index("housing_benefit")


def _rent_free_knock_ons(ko: KnockOns, free) -> KnockOns:
    """The knock-on lines with the Housing Benefit change over the
    projection and as arrears counted for the weeks rent is due only
    (:func:`entitlements.gain.outcomes.hb_weeks_paid`), as the one household does."""
    cols = np.zeros(len(KNOCK_ON_BENEFITS), np.int64)
    weeks = np.where(np.arange(len(KNOCK_ON_BENEFITS)) == _HB, np.asarray(free)[:, None], cols)
    return attrs.evolve(ko, projected=hb_weeks_paid(ko.projected, weeks), arrears=hb_weeks_paid(ko.arrears, weeks))


def _claims_ca(c: Cases) -> np.ndarray:
    """Cases with an adult who claims Carer's Allowance with no amount given,
    before the outcome or after it (its rate and earnings limit are read:
    :func:`entitlements.benefits.household_total.universal_credit_award`)."""
    def of(bu):
        # Not only a carer already: an outcome may make the claimant one (the carer element, partner_carer).
        return np.logical_or.reduce([np.broadcast_to(a.present & a.claims_carers_allowance
                                                     & ~(a.carers_allowance_weekly > 0), np.shape(bu.couple))
                                     for a in (bu.adult1, bu.adult2)])

    out = np.array(of(c.before), bool, copy=True).reshape(len(c))
    if c.after is not None:
        has = c.after_row >= 0
        out[has] |= of(c.after)[c.after_row[has]]
    return out


#: The families of tables the household engine (``benefits.household_total.calculate``) reads.
_HOUSEHOLD_ENGINE_FAMILIES = ("pension_credit.", "housing_benefit.", "ctr.", "council_tax.", "scotland.", "aa.", "pip.",
                              "dla.", "carers_allowance.", "child_benefit.")


def _knock_on_spans(c: Cases, valid, ko: KnockOns | None, hb_ctr_day, cov, tables: Tables) -> tuple:
    """The household engine's tables and each case's first and last day
    reading them, and who reads which (:class:`Spans`): the pension-age
    knock-on's days, and the day a Housing Benefit, CTR or council tax
    outcome is worked out on (:func:`_hb_ctr_values`); () where none is."""
    worked = valid & (hb_ctr_day < NEVER)
    if ko is None and not worked.any():
        return ()
    lo = np.where(valid, ko.read_from, NEVER) if ko is not None else np.full(len(c), NEVER, np.int64)
    hi = np.where(valid, ko.read_to, -NEVER) if ko is not None else np.full(len(c), -NEVER, np.int64)
    lo, hi = np.where(worked, np.minimum(lo, hb_ctr_day), lo), np.where(worked, np.maximum(hi, hb_ctr_day), hi)
    # Every table of the household engine's benefits besides: the probe's households read them only as far as
    # their facts lead (no non-dependant in Wales, no child in Scotland; below the qualifying age, the working-age
    # CTR scheme).
    # Universal Credit's (a household below the qualifying age on a day: the engine works out its UC; income
    # tax and NI, for gross pay) likewise.
    ids = knock_on_reads(tables)[0]
    ids += tuple(t for t in tables.ids() if t.startswith(_HOUSEHOLD_ENGINE_FAMILIES) and t not in ids)
    ids += tuple(t for t in (*cov.start_tables, *cov.end_tables, "uc.benefit_cap_earnings_threshold") if t not in ids)
    return ids, lo, hi, knock_on_readers(c.before, c.after, c.after_row)
