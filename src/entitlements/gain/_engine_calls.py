"""The after household's pieces of each run, and the engine calls (private).

Each base run (:mod:`entitlements.gain._runs`) is cut where the outcome
takes effect, where the LCWRA element starts and where an award ends; the
pieces in which the household differs (:func:`phase_columns`, the columnar
twin of :func:`entitlements.gain.outcomes.household_after`) are estimated
with their runs. Runs and pieces that share a phase and a day are one call
to :func:`entitlements.benefits.household_total.universal_credit_award`
(UC as :func:`entitlements.estimate` works it out, Carer's Allowance
resolved for a carer who claims it) with a scalar date, alike rows together (:mod:`entitlements.gain._blocks`); a run that must be
estimated on its own date is one call a phase with an array of dates.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..arrays import find_failures
from ..benefits.household_total import universal_credit_award
from ..dates import as_day, period_end
from .state_pension import state_pension_counted
from ..columns import BenefitUnitColumns
from ..errors import NoRowInForce
from ..tables import Tables
from ._blocks import _SIGNATURES, MIN_BLOCK, _blank, _rows, _where_adult, compact, signatures, take_signed
from ._runs import Runs
from .calendar import to_date
from .overlapping import case_overlapping_weekly, with_carers_allowance
from .cases import KIND, Cases
from .outcomes import CAP_EXEMPTION_REASONS, CLAIMED_BENEFITS

CHUNK = 65536  # rows an engine call at most


def phase_columns(c: Cases, protected: np.ndarray) -> tuple[BenefitUnitColumns, BenefitUnitColumns, np.ndarray]:
    """The households while LCWRA waits for the relevant period (phase 1)
    and once each outcome is in payment (phase 2), as columns: the columnar
    twin of :func:`entitlements.gain.household_after`. Also the adult (1 or
    2, 0 none) whose Carer's Allowance is set to the rate in force."""
    b = c.before
    k = c.kind
    one = c.adult == 1
    two = c.adult == 2
    a1, a2 = b.adult1, b.adult2

    lcwra = k == KIND["lcwra_found"]
    pend1 = _where_adult(a1, lcwra & one, lcwra=True, lcw=True, lcwra_element_in_award=False, lcwra_protected=protected)
    pend2 = _where_adult(a2, lcwra & two, lcwra=True, lcw=True, lcwra_element_in_award=False, lcwra_protected=protected)
    pending = attrs.evolve(b, adult1=pend1, adult2=pend2)

    def adult_full(a, me, other_me):
        a = _where_adult(a, lcwra & me, lcwra=True, lcw=True, lcwra_element_in_award=True, lcwra_protected=protected)
        a = _where_adult(a, (k == KIND["lcw_found"]) & me, lcw=True)
        pip = (k == KIND["pip_awarded"]) & me
        a = _where_adult(a, pip, pip_daily_living=np.maximum(a.pip_daily_living, c.pip_daily_living),
                         pip_mobility=np.maximum(a.pip_mobility, c.pip_mobility))
        dla = (k == KIND["dla_awarded"]) & me & (c.child_slot < 0)
        a = _where_adult(a, dla, dla_care=np.maximum(a.dla_care, c.dla_care), dla_mobility=np.maximum(a.dla_mobility, c.dla_mobility))
        a = _where_adult(a, ((k == KIND["carer_element"]) | (k == KIND["carers_allowance"])) & me, carer=True)
        a = _where_adult(a, (k == KIND["benefit_cap_exemption"]) & (c.reason == CAP_EXEMPTION_REASONS.index("esa_support_component")) & me,
                         esa_support_component=True)
        aa = (k == KIND["benefit_claimed"]) & (c.benefit == CLAIMED_BENEFITS.index("attendance_allowance")) & me
        a = _where_adult(a, aa, attendance_allowance=np.maximum(a.attendance_allowance, c.aa_rate))
        # The other joint claimant becomes a carer (reg 30).
        a = _where_adult(a, c.partner_carer & other_me, carer=True)
        return a

    full1 = adult_full(a1, one, two)
    full2 = adult_full(a2, two, one)
    ch = b.children
    slots = np.arange(ch.present.shape[-1])
    dla_child = ((k == KIND["dla_awarded"]) & (c.child_slot >= 0))[:, None] & (slots[None, :] == c.child_slot[:, None])
    new_rate = np.where(c.dla_care == 3, 2, 1)[:, None]  # DLA care highest: the higher rate (reg 24(2))
    children = attrs.evolve(
        ch,
        disabled_child_rate=np.where(dla_child, np.maximum(ch.disabled_child_rate, new_rate), ch.disabled_child_rate).astype(ch.disabled_child_rate.dtype),
        has_disability_benefit=ch.has_disability_benefit | dla_child,
    )
    cap = k == KIND["benefit_cap_exemption"]
    claimed = k == KIND["benefit_claimed"]
    full = attrs.evolve(
        b,
        adult1=full1,
        adult2=full2,
        children=children,
        benefit_cap_grace_period=b.benefit_cap_grace_period | (cap & (c.reason == CAP_EXEMPTION_REASONS.index("grace_period"))),
        guardians_allowance=b.guardians_allowance | (cap & (c.reason == CAP_EXEMPTION_REASONS.index("guardians_allowance"))),
        child_benefit_claimed=b.child_benefit_claimed | (claimed & (c.benefit == CLAIMED_BENEFITS.index("child_benefit"))),
    )
    ca_adult = np.where(k == KIND["carers_allowance"], c.adult, 0).astype(np.int8)
    return pending, full, ca_adult


@attrs.frozen
class Pieces:
    """Every base run (phase 0) and after piece (phase 1 while the LCWRA
    element waits for the relevant period, 2 once the outcome is in
    payment, 3 a changed household): the run each belongs to (``parent``;
    a run is its own parent), its phase, and the pieces' periods
    ``[pa, pb)`` (runs first: ``n_runs`` of them)."""

    parent: np.ndarray
    phase: np.ndarray
    pa: np.ndarray
    pb: np.ndarray
    n_runs: int


def after_pieces(c: Cases, runs: Runs, first, in_payment, end_ap, hi) -> Pieces:
    """The after household's pieces of each base run, to the award's end.
    Before the outcome takes effect and after the award ends the household
    is as before, so there is no piece (nothing to add)."""
    case, ra, rb = runs.case, runs.ra, runs.rb
    end_pt = np.minimum(end_ap, hi)
    ip = np.minimum(in_payment, end_pt)
    a1 = np.maximum(ra, first[case])
    b1 = np.minimum(rb, ip[case])
    p1 = np.flatnonzero(b1 > a1).astype(np.int32)
    a2 = np.maximum(ra, ip[case])
    b2 = np.minimum(rb, end_pt[case])
    p2 = np.flatnonzero(b2 > a2).astype(np.int32)
    generic = (c.kind == KIND["housing_change"]) | (c.kind == KIND["income_change"])
    nb = case.shape[0]
    parent = np.concatenate([np.arange(nb, dtype=np.int32), p1, p2])
    phase = np.concatenate([np.zeros(nb, np.int8), np.ones(p1.size, np.int8),
                            np.where(generic[case[p2]], 3, 2).astype(np.int8)])
    return Pieces(parent, phase, np.concatenate([a1[p1], a2[p2]]), np.concatenate([b1[p1], b2[p2]]), nb)


class _Engine:
    """The households of each phase, compacted once, and the engine calls
    on rows of them; a case whose call needs a value the tables do not hold
    (the cap's earnings threshold) fails alone (``late_fail``)."""

    def __init__(self, c: Cases, protected: np.ndarray, tables: Tables) -> None:
        b = c.before
        pending, full, self.ca_adult = phase_columns(c, protected)
        b_c = compact(b)
        self.phases = (b_c, compact(pending, b, b_c), compact(full, b, b_c), compact(c.after) if c.after is not None else None)
        self.after_row = c.after_row
        self.tables = tables
        self.ca_rate = tables.table("carers_allowance.rate")
        self.ca_overlapping = case_overlapping_weekly(b, self.ca_adult)
        self.blanks = (_blank(b.children, present=False), _blank(b.housing, tenure=0, brma=-1),
                       _blank(b.adult2, present=False, age=-1, gross_monthly_earnings=-1))
        self.late_fail: dict[int, str] = {}
        self.calls = 0

    def columns(self, m, cases_, on, sig=0, blanks=None):
        """Rows ``cases_`` of phase ``m``'s households (Carer's Allowance at
        the rate in force ``on`` less the carer's overlapping benefits where
        the outcome claims it: :mod:`entitlements.gain.overlapping`)."""
        sub = take_signed(self.phases[3], self.after_row[cases_], sig, blanks) if m == 3 else take_signed(self.phases[m], cases_, sig, blanks)
        if m != 2:
            return sub
        who = self.ca_adult[cases_]
        if not (who > 0).any():
            return sub
        # The carer's State Pension overlaps where the period counts it (by its last day: state_pension_counted).
        counted = case_overlapping_weekly(state_pension_counted(sub, period_end(as_day(on))), who)
        return with_carers_allowance(sub, who, self.ca_rate.at(on), counted)

    def awards(self, sub, on, cases_):
        """The awards of a group; where a table does not cover a date some
        cases need (the cap's earnings threshold, an area's LHA), those cases
        alone fail (:meth:`_awards_some_failing`)."""
        self.calls += 1
        # State Pension given for an adult short of pensionable age counts in the periods that end on or after the
        # day it is reached (entitlements.gain.state_pension): the runs are cut there (_runs.pension_age_crossings).
        sub = state_pension_counted(sub, period_end(as_day(on)))
        try:
            # No UC over the qualifying age for Pension Credit, nor for a protected mixed-age couple.
            return universal_credit_award(sub, on=on, tables=self.tables)
        except NoRowInForce as e:
            return self._awards_some_failing(sub, on, cases_, e)

    def _awards_some_failing(self, sub, on, cases_, e: NoRowInForce):
        """The suspects (rows on a day ``e``'s table does not cover that may
        read it: with earnings for the cap's earnings threshold, naming a BRMA
        for the LHA) are tried alone, halving where a call fails, so each
        failing case costs a few calls; the rest are estimated in columns."""
        n = cases_.size
        scalar = isinstance(on, dt.date)
        days = np.full(n, np.datetime64(on, "D")) if scalar else on.astype("datetime64[D]")
        lo, hi = np.datetime64(e.earliest, "D"), np.datetime64(e.until, "D")
        if e.rows is not None and np.shape(e.rows) == (n,) and e.rows.any():
            # The rule said which rows needed the date: they alone fail (no further call).
            failed = {int(j): NoRowInForce(e.table_id, e.path, days[j].astype(dt.date), e.earliest, e.until)
                      for j in np.flatnonzero(e.rows)}
        else:
            suspects = ((days < lo) | (days > hi)) & _may_read(sub, e.table_id, n)

            def run(ix):
                universal_credit_award(_rows(sub, ix), on=on if scalar else on[ix], tables=self.tables)

            failed = find_failures(run, np.flatnonzero(suspects), (NoRowInForce,))
        if not failed:
            raise e
        for j, err in failed.items():
            self.late_fail[int(cases_[j])] = str(err)
        out = np.zeros(n, np.int64)
        keep = np.setdiff1d(np.arange(n), np.fromiter(failed, np.int64, len(failed)))
        if keep.size:
            out[keep] = self.awards(_rows(sub, keep), on if scalar else on[keep], cases_[keep])
        return out


def _may_read(sub, table_id: str, n: int) -> np.ndarray:
    """The rows of an engine call that may read ``table_id``: with earnings
    for the benefit cap's earnings threshold (SI 2013/376 reg 82(1)(a)),
    naming a BRMA for the rent officers' LHA determinations; every row for
    any other table."""
    def col(a):
        return np.broadcast_to(np.asarray(a), (n,) + np.shape(a)[1:])

    if table_id == "uc.benefit_cap_earnings_threshold":
        earns = np.zeros(n, bool)
        for a in (sub.adult1, sub.adult2):
            earns |= col(a.present) & ((col(a.monthly_earnings) > 0) | (col(a.gross_monthly_earnings) > 0))
        return earns
    if table_id.startswith("lha."):
        return col(sub.housing.brma) >= 0
    return np.ones(n, bool)


def _groups(c: Cases, runs: Runs, pieces: Pieces, ok: np.ndarray, width: int):
    """Items ``ok`` (those estimated on a shared day) in order of phase, day
    and signature (what the household lacks): the order, and the count of
    each (group, signature)."""
    case, parent, phase = runs.case, pieces.parent, pieces.phase
    item_sig = signatures(c.before)[case[parent[ok]]]
    if c.after is not None:
        three = np.flatnonzero(phase[ok] == 3)
        item_sig[three] = signatures(c.after)[c.after_row[case[parent[ok[three]]]]]
    key = (phase[ok].astype(np.int32) * width + runs.code[parent[ok]]) * _SIGNATURES + item_sig
    groups = 4 * width * _SIGNATURES
    key = key.astype(np.int16) if groups < 32000 else key
    order = np.argsort(key, kind="stable").astype(np.int32)
    counts = np.bincount(key, minlength=groups).reshape(-1, _SIGNATURES)
    return order, counts


def _call_shared_days(engine: _Engine, runs: Runs, pieces: Pieces, values, ok, order, counts) -> None:
    """One engine call a group of a phase and a day (at most CHUNK rows,
    which bounds its temporaries). Within a group, a large enough block of
    rows that all lack a part is given that part as one blank row: the
    engine then does that part's work once, not once a row; small blocks
    are pooled with what they have in common."""
    width = len(runs.days)
    bounds = np.concatenate([[0], np.cumsum(counts)])

    def evaluate(m, day, lo_i, hi_i, sig):
        for a in range(lo_i, hi_i, CHUNK):
            grp = ok[order[a:min(a + CHUNK, hi_i)]]
            cs = runs.case[pieces.parent[grp]].astype(np.intp)
            values[grp] = engine.awards(engine.columns(m, cs, day, sig, engine.blanks), day, cs)

    for g in np.flatnonzero(counts.sum(axis=1)):
        m, day = int(g // width), to_date(runs.days[g % width])
        pool_lo, pool_sig = None, _SIGNATURES - 1
        for sig in range(_SIGNATURES):
            lo_i, hi_i = int(bounds[g * _SIGNATURES + sig]), int(bounds[g * _SIGNATURES + sig + 1])
            if hi_i == lo_i:
                continue
            if hi_i - lo_i >= MIN_BLOCK:
                if pool_lo is not None:
                    evaluate(m, day, pool_lo, lo_i, pool_sig)
                    pool_lo, pool_sig = None, _SIGNATURES - 1
                evaluate(m, day, lo_i, hi_i, sig)
            else:
                pool_lo = lo_i if pool_lo is None else pool_lo
                pool_sig &= sig
                pool_hi = hi_i
        if pool_lo is not None:
            evaluate(m, day, pool_lo, pool_hi, pool_sig)


def _call_own_dates(engine: _Engine, runs: Runs, pieces: Pieces, values, own) -> None:
    """The items estimated on their own first day: one call a phase, with
    an array of dates."""
    for m in range(4):
        grp = own[pieces.phase[own] == m]
        if not grp.size:
            continue
        cs = runs.case[pieces.parent[grp]].astype(np.intp)
        on = runs.s_own[pieces.parent[grp]].astype("datetime64[D]")
        values[grp] = engine.awards(engine.columns(m, cs, on), on, cs)


def estimate_pieces(c: Cases, runs: Runs, pieces: Pieces, protected, tables: Tables):
    """The award of every run and piece: (values, engine calls, items on
    their own date, the cases that failed in a call and why)."""
    engine = _Engine(c, protected, tables)
    values = np.zeros(pieces.parent.shape, np.int64)
    item_code = runs.code[pieces.parent]
    ok = np.flatnonzero(item_code >= 0).astype(np.int32)
    order, counts = _groups(c, runs, pieces, ok, len(runs.days))
    _call_shared_days(engine, runs, pieces, values, ok, order, counts)
    own = np.flatnonzero(item_code < 0)
    _call_own_dates(engine, runs, pieces, values, own)
    return values, engine.calls, int(own.size), engine.late_fail
