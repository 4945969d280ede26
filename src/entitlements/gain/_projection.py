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
  day are one call to :func:`entitlements.benefits.uc.calculate` with a
  scalar date.
* **Alike rows together.** Within a group, rows are ordered by what their
  household lacks (children, a rented home, a partner: :func:`signatures`);
  a large block of rows that all lack a part is given that part as one
  blank row, and a column the same in every row as one row
  (:func:`compact`), so the engine does that work once.

The reg 5 check (a child 20 or over, or not born, in a period) is made once
over each case's whole timeline rather than in every call. An engine call
takes at most ``CHUNK`` rows, which bounds its temporaries. A table that
does not cover a value one case needs fails that case alone.

Day arithmetic works on int32 day numbers (:mod:`entitlements.gain.calendar`);
what the engine reads is :mod:`entitlements.gain._coverage`; gathering rows
for an engine call is :mod:`entitlements.gain._blocks`.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..assessments.lcwra_rate import CHANGE_DATE
from ..benefits import uc
from ..benefits.housing import TENURE_CODES
from ..columns import BenefitUnitColumns
from ..errors import NoRowInForce
from ..money import divide_half_up, weekly_to_monthly
from ..tables import Tables
from ._blocks import _SIGNATURES, MIN_BLOCK, _blank, _row, _where_adult, compact, signatures, take, take_signed
from ._coverage import coverage
from .calendar import (
    NEVER,
    _containing,
    _end,
    _ending_on_or_after,
    _on_or_after,
    _start,
    _ym_dom,
    add_months,
    age_reached,
    day_number,
    days_of,
    engine_end,
    relevant_period_end,
    to_date,
)
from .cases import KIND, LINE_KEYS, LINE_NAMES, LINE_TABLES, Cases
from .outcomes import CAP_EXEMPTION_REASONS, CLAIMED_BENEFITS

BIG_AP = np.int64(10**6)  # an assessment period number beyond every horizon
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


def _runs(points: np.ndarray, rows: np.ndarray, presorted: bool = False):
    """Runs ``[a, b)`` between consecutive distinct sorted points, per row
    (case numbers as int32, period numbers as int32)."""
    p = points.astype(np.int32)
    if not presorted:
        p.sort(axis=1)
    a, b = p[:, :-1], p[:, 1:]
    keep = b > a
    case = np.broadcast_to(rows.astype(np.int32)[:, None], a.shape)[keep]
    return case, a[keep], b[keep]


def _line_values(tid: str, tables: Tables):
    """A line table's row starts (day numbers) and values (rows x keys)."""
    t = tables.table(tid)
    starts = np.array([day_number(r.start) for r in t.rows], np.int64)
    keys = LINE_KEYS[tid]
    vals = np.array([[(r.value if isinstance(r.value, dict) else {"": r.value})[k] for k in keys] for r in t.rows], np.int64)
    return starts, vals, day_number(t.until)


def _line_weekly_at(table_code, coef, fixed, days, tables: Tables):
    """The weekly amount of each case's benefit line in force on ``days``."""
    out = np.asarray(fixed, dtype=np.int64).copy()
    days = np.asarray(days)
    for code, tid in enumerate(LINE_TABLES):
        if tid is None:
            continue
        idx = np.flatnonzero(table_code == code)
        if not idx.size:
            continue
        starts, vals, until = _line_values(tid, tables)
        d = days[idx]
        if d.min() < starts[0] or d.max() > until:
            tables.at(tid, d.astype("datetime64[D]"))  # raises NoRowInForce naming the table
        row = np.searchsorted(starts, d, side="right") - 1
        k = vals.shape[1]
        out[idx] += (coef[idx, :k] * vals[row]).sum(axis=1)
    return out


def _line_over(table_code, coef, fixed, d0, d1, tables: Tables):
    """Each case's benefit line over the days ``[d0, d1)``: a seventh of the
    weekly rate a day, each stretch at one rate rounded (as
    :func:`entitlements.gain.household.line_over`)."""
    n = table_code.shape[0]
    out = np.zeros(n, np.int64)
    span = np.maximum(d1 - d0, 0)
    other = np.flatnonzero((table_code == LINE_NAMES.index("other")) & (span > 0))
    out[other] = divide_half_up(span[other] * fixed[other], 7)
    for code, tid in enumerate(LINE_TABLES):
        if tid is None:
            continue
        idx = np.flatnonzero((table_code == code) & (span > 0))
        if not idx.size:
            continue
        starts, vals, _ = _line_values(tid, tables)
        a, b = d0[idx], d1[idx]
        k = vals.shape[1]
        cf = coef[idx, :k]
        bounds = np.append(starts, NEVER)
        total = np.zeros(idx.size, np.int64)
        # Only the rows in force at some time in the cases' stretches.
        first_row = max(int(np.searchsorted(starts, a.min(), side="right")) - 1, 0)
        last_row = int(np.searchsorted(starts, b.max(), side="left"))
        for i in range(first_row, last_row):
            days = np.maximum(np.minimum(b, bounds[i + 1]) - np.maximum(a, bounds[i]), 0)
            if days.any():
                total += divide_half_up(days * (cf @ vals[i]), 7)
        out[idx] = total
    return out


def project(c: Cases, *, horizon: int, projection_from: str, convention: str, tables: Tables) -> Projection:
    """Project every case (see the module docstring)."""
    n = len(c)
    cov = coverage(tables)
    valid = c.valid.copy()
    reasons = c.reasons.copy()

    def fail(mask, message_for):
        nonlocal valid
        for i in np.flatnonzero(mask & valid):
            reasons[i] = message_for(i)
        valid = valid & ~mask

    # The timeline of each case, as assessment period numbers.
    F = np.where(valid, c.claim_start, day_number(dt.date(2025, 1, 1))).astype(np.int32)
    ymF, domF = _ym_dom(F)
    eff = np.where(valid, np.maximum(c.effective, F), F).astype(np.int32)
    first = _containing(ymF, domF, eff)
    decision = _containing(ymF, domF, np.where(valid, np.maximum(c.decided, F), F))
    ends_given = valid & (c.ends < NEVER)
    end_ap = np.where(ends_given, _containing(ymF, domF, np.where(ends_given, np.maximum(c.ends, F), F)), BIG_AP)
    fail(ends_given & (end_ap <= first),
         lambda i: "end_date: the award ends in the assessment period it takes effect in (or earlier)")
    lcwra = c.kind == KIND["lcwra_found"]
    evid = np.where(valid & lcwra, c.evidence, F).astype(np.int32)
    rp_end = relevant_period_end(evid)
    element = np.where(rp_end < F, 0, _containing(ymF, domF, np.maximum(rp_end, F)) + 1)
    element = np.where(c.terminally_ill, first, element)
    in_payment = np.where(lcwra, np.maximum(element, first), first)
    included_from = _start(ymF, domF, in_payment)
    change = day_number(CHANGE_DATE)
    protected = lcwra & np.where(
        c.protection >= 0, c.protection == 1, c.terminally_ill | (included_from < change) | (evid < change)
    )
    p0 = decision if projection_from == "decision" else first
    rep = np.maximum(in_payment, decision)
    rep_live = rep < end_ap
    lo = np.minimum(first, p0)
    hi = np.maximum(p0 + horizon, rep + 1)
    s_lo, s_hi = _start(ymF, domF, lo), _start(ymF, domF, hi - 1)
    e_lo, e_hi = _end(ymF, domF, lo), _end(ymF, domF, hi - 1)

    # The rules must cover every period of the timeline.
    b = c.before
    gross = (b.adult1.gross_monthly_earnings >= 0) | (b.adult2.present & (b.adult2.gross_monthly_earnings >= 0))
    has_after = np.zeros(n, bool)
    if c.after is not None:
        has_after = c.after_row >= 0
        ar = np.where(has_after, c.after_row, 0)
        ga = (c.after.adult1.gross_monthly_earnings >= 0) | (c.after.adult2.present & (c.after.adult2.gross_monthly_earnings >= 0))
        gross = gross | (has_after & ga[ar])
    srange, erange = cov.start_range, cov.end_range
    out_s = (s_lo < srange[0]) | (s_hi > srange[1])
    out_e = gross & ((e_lo < erange[0]) | (e_hi > erange[1]))
    out_ca = (c.kind == KIND["carers_allowance"]) & (s_hi > day_number(tables.table("carers_allowance.rate").until))
    fail(out_s | out_e | out_ca, lambda i: (
        f"the projection runs over assessment periods beginning {to_date(s_lo[i]).isoformat()} to "
        f"{to_date(s_hi[i]).isoformat()}, but the rules cover periods beginning {to_date(srange[0]).isoformat()} "
        f"to {to_date(srange[1]).isoformat()}: shorten the horizon or hold the last known rates (hold_rates_until)"))

    # Who has earnings, before or after (the cap's earnings threshold matters to no one else).
    def earns(cols):
        return ((cols.adult1.monthly_earnings > 0) | (cols.adult1.gross_monthly_earnings > 0)
                | (cols.adult2.present & ((cols.adult2.monthly_earnings > 0) | (cols.adult2.gross_monthly_earnings > 0))))

    earner = earns(b)
    named_area = b.housing.brma >= 0
    if has_after.any():
        earner = earner | (has_after & earns(c.after)[ar])
        named_area = named_area | (has_after & (c.after.housing.brma >= 0)[ar])

    # Children 20 or over, or not yet born, in a period (reg 5): a data error.
    def child_days(cols):
        ch = cols.children
        dob = days_of(ch.date_of_birth)
        pres = ch.present & (dob < NEVER)
        return pres, np.where(pres, dob, day_number(dt.date(2010, 1, 1)))

    pres, dob = child_days(b)
    dob_parts = _ym_dom(dob)
    bad = pres & ((age_reached(dob, 20, dob_parts) <= e_hi[:, None]) | (dob > e_lo[:, None]))
    fail(bad.any(axis=1), lambda i: (
        f"child {int(np.argmax(bad[i])) + 1} (eldest first) is 20 or over, or not yet born, in an assessment period "
        f"from {to_date(s_lo[i]).isoformat()} to {to_date(s_hi[i]).isoformat()} (SI 2013/376 reg 5): give the "
        "household as it will be, or shorten the horizon"))
    if has_after.any():
        rows_a = np.flatnonzero(has_after)
        pa, da = child_days(take(c.after, c.after_row[rows_a]))
        bad_a = (pa & ((age_reached(da, 20) <= e_hi[rows_a, None]) | (da > e_lo[rows_a, None]))).any(axis=1)
        mask = np.zeros(n, bool)
        mask[rows_a[bad_a]] = True
        fail(mask, lambda i: "after the change, a child is 20 or over, or not yet born, in an assessment period "
                             "of the projection (SI 2013/376 reg 5)")
    lo = np.where(valid, lo, 0)
    hi = np.where(valid, hi, 0)

    # Ages the engine tests, as the days they are reached (NEVER: none).
    def crossings(cols, pres, dob, dob_parts=None):
        """(cases, k) int32, only as wide as needed: worked out only for the
        rows with such a child or adult."""
        n_ = pres.shape[0]
        parts = []
        rows = np.flatnonzero(pres.any(axis=1))
        if rows.size:
            pr, db = pres[rows], dob[rows]
            dp = (dob_parts[0][rows], dob_parts[1][rows]) if dob_parts is not None else None
            for years in cov.child_ages:
                x = np.full(pres.shape, NEVER, np.int32)
                x[rows] = np.where(pr, age_reached(db, years, dp), NEVER)
                parts.append(x)
        for a in (cols.adult1, cols.adult2):
            d = days_of(a.date_of_birth)
            has = np.flatnonzero(a.present & (d < NEVER))
            if not has.size:
                continue
            for years in cov.age_limits:
                x = np.full((n_, 1), NEVER, np.int32)
                x[has, 0] = age_reached(d[has], years)
                parts.append(x)
        return np.concatenate(parts, axis=1) if parts else np.full((n_, 1), NEVER, np.int32)

    # Children's ages are read only for a renter's bedrooms (Sch 4 paras
    # 10-12): a child reaching 10 or 16 splits no run of anyone else.
    def renting(cols):
        return (cols.housing.tenure == TENURE_CODES["social_rent"]) | (cols.housing.tenure == TENURE_CODES["private_rent"])

    X = crossings(b, pres & renting(b)[:, None], dob, dob_parts)
    if has_after.any():
        sub = take(c.after, c.after_row[rows_a])
        pa, da = child_days(sub)
        xa = crossings(sub, pa & renting(sub)[:, None], da)
        Xa = np.full((n, xa.shape[1]), NEVER, np.int32)
        Xa[rows_a] = xa
        X = np.concatenate([X, Xa], axis=1)
    sb = cov.start_boundaries
    eb = cov.end_boundaries
    # The rate epoch of each case's first period: the latest boundary on or
    # before its first day among those that matter to the case (the cap's
    # earnings threshold only with earnings, LHA determinations only with a
    # named BRMA), as a code into sb (-1: none). A run is estimated on a day
    # no earlier than that, so ages are checked from there.
    e_sb, a_sb = np.isin(sb, cov.earnings_only), np.isin(sb, cov.area_only)
    epoch_lo = np.full(n, -1, np.int32)
    for er_v in (False, True):
        for ar_v in (False, True):
            who = np.flatnonzero((earner == er_v) & (named_area == ar_v))
            if not who.size:
                continue
            at = np.flatnonzero(~(e_sb | a_sb) | (e_sb & er_v) | (a_sb & ar_v))
            k = np.searchsorted(sb[at], s_lo[who], side="right") - 1
            epoch_lo[who] = np.where(k >= 0, at[np.maximum(k, 0)], -1)
    floor_day = np.minimum(np.where(epoch_lo >= 0, sb[np.maximum(epoch_lo, 0)], s_lo), s_lo - 40)
    x_in = (X > engine_end(floor_day)[:, None]) & (X <= e_hi[:, None])
    complex_ = valid & (gross | x_in.any(axis=1))

    # Change points, and the before household's runs between them ("base
    # runs"). Nothing the engine reads changes within a base run, for any
    # phase's household (the points include the changed household's ages
    # and pay), so a piece of one is estimated on the same day.
    act = np.flatnonzero(valid)
    if act.size:
        in_bs = (sb > s_lo[act].min()) & (sb <= s_hi[act].max())
        be = eb[(eb > e_lo[act].min()) & (eb <= e_hi[act].max())]
    else:
        in_bs = np.zeros(sb.shape, bool)
        be = np.zeros(0, np.int64)
    bs, bs_code = sb[in_bs], np.flatnonzero(in_bs).astype(np.int32)  # the boundaries, and their codes into sb
    e_only, a_only = e_sb[in_bs], a_sb[in_bs]
    extra_days: list[np.ndarray] = []
    pieces = []  # per class: case, first and end period, day code (-1: its own date), own date
    for cls in (False, True):
        rows = np.flatnonzero(valid & (complex_ == cls))
        if not rows.size:
            continue
        yF, dF = ymF[rows][:, None], domF[rows][:, None]
        lor, hir = lo[rows][:, None].astype(np.int32), hi[rows][:, None].astype(np.int32)
        parts = [lor]
        if bs.size:
            pb = np.clip(_on_or_after(yF, dF, bs[None, :]), lor, hir).astype(np.int32)
            # A case does not split where only something it does not read
            # changes (the cap's earnings threshold without earnings, LHA
            # determinations without a named BRMA): each such point is moved
            # onto the next (the points stay in order; equal points make no run).
            er_r, ar_r = earner[rows], named_area[rows]
            for j in np.flatnonzero(e_only | a_only)[::-1]:
                needed = (e_only[j] & er_r) | (a_only[j] & ar_r)
                nxt = pb[:, j + 1] if j + 1 < bs.size else hir[:, 0]
                pb[:, j] = np.where(needed, pb[:, j], nxt)
            parts.append(pb)
        if not cls:
            # In order already: the run starting at column j (j >= 1) is in
            # the rate epoch of the boundary that made that column, and so is
            # estimated on that boundary (nothing it reads changes between).
            parts.append(hir)
            base = np.concatenate(parts, axis=1)
            del parts
            a_, b_ = base[:, :-1], base[:, 1:]
            ii, jj = np.nonzero(b_ > a_)
            ca = rows[ii].astype(np.int32)
            ra, rb = a_[ii, jj], b_[ii, jj]
            code = np.where(jj == 0, epoch_lo[ca], np.concatenate([[-1], bs_code]).astype(np.int32)[jj])
            del base, a_, b_, ii, jj
            code = code.astype(np.int32)
            # Before the first epoch the rules hold, or none: its own date.
            own = (code < 0) | (sb[np.maximum(code, 0)] < cov.start_range[0])
            s_own = np.where(own, _start(ymF[ca], domF[ca], ra), 0).astype(np.int32) if own.any() else np.zeros(ca.shape, np.int32)
            code = np.where(own, -1, code)
        else:
            if be.size:
                pe = np.clip(_ending_on_or_after(yF, dF, be[None, :]), lor, hir).astype(np.int32)
                parts.append(np.where(gross[rows][:, None], pe, lor))
            xr = x_in[rows]
            px = np.broadcast_to(lor, xr.shape).copy()
            ii, jj = np.nonzero(xr)
            if ii.size:
                px[ii, jj] = np.clip(_ending_on_or_after(yF[ii, 0], dF[ii, 0], X[rows[ii], jj]), lor[ii, 0], hir[ii, 0])
            parts.append(px)
            parts.append(hir)
            ca, ra, rb = _runs(np.concatenate(parts, axis=1), rows)
            del parts
            # Estimated on the first of a month (or a rate or tax-year start)
            # on or before the run's first day, with the same tax year at the
            # period's end (gross pay) and the same ages; else on its own date.
            s = _start(ymF[ca], domF[ca], ra).astype(np.int32)
            months = np.arange(np.datetime64(to_date(s.min()), "M"), np.datetime64(to_date(s.max()), "M") + 1)
            months = months.astype("datetime64[D]").astype(np.int64)
            ends_reps = []
            for d in eb:
                c0 = int(add_months(np.int64(d + 1), -1))
                ends_reps += [c0 - 1, c0, c0 + 1]
            R = np.unique(np.concatenate([months, sb, np.array(ends_reps, np.int64)]))
            rc = R[np.searchsorted(R, s, side="right") - 1]
            er, es = engine_end(rc), _end(ymF[ca], domF[ca], ra)
            same_tax = np.searchsorted(eb, er, side="right") == np.searchsorted(eb, es, side="right")
            Xc = X[ca]
            same_age = ~((Xc > er[:, None]) & (Xc <= es[:, None])).any(axis=1)
            del Xc
            own = ~((same_tax | ~gross[ca]) & same_age & (rc >= cov.start_range[0]))
            # Codes past sb's: the extra days, numbered after it.
            extra = np.unique(rc[~own])
            extra = extra[~np.isin(extra, sb)]
            extra_days.append(extra)
            lookup = np.concatenate([sb, extra])
            order_l = np.argsort(lookup, kind="stable")
            code = order_l[np.searchsorted(lookup[order_l], rc)].astype(np.int32)
            code = np.where(own, -1, code)
            s_own = np.where(own, s, 0).astype(np.int32)
            del s, rc, er, es
        pieces.append((ca, ra, rb, code, s_own))
    del x_in
    if pieces:
        case = np.concatenate([p[0] for p in pieces])
        ra = np.concatenate([p[1] for p in pieces])
        rb = np.concatenate([p[2] for p in pieces])
        code = np.concatenate([p[3] for p in pieces])
        s_own = np.concatenate([p[4] for p in pieces])
    else:
        case = ra = rb = code = s_own = np.zeros(0, np.int32)
    del pieces
    days_all = np.concatenate([sb] + extra_days) if extra_days else sb
    width = len(days_all)

    # The after household's pieces of each base run: phase 1 while the
    # LCWRA element waits for the relevant period, phase 2 once the outcome
    # is in payment (3: a changed household), to the award's end. Before the
    # outcome takes effect and after the award ends the household is as
    # before, so there is no piece (nothing to add).
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
    pa = np.concatenate([a1[p1], a2[p2]])
    pb_ = np.concatenate([b1[p1], b2[p2]])
    del a1, b1, a2, b2
    pending, full, ca_adult = phase_columns(c, protected)
    b_c = compact(b)
    phases = (b_c, compact(pending, b, b_c), compact(full, b, b_c), compact(c.after) if c.after is not None else None)

    ca_rate = tables.table("carers_allowance.rate")

    def patch(sub, who, on):
        if not (who > 0).any():
            return sub
        rate = ca_rate.at(on)
        a1 = _where_adult(sub.adult1, who == 1, carers_allowance_weekly=rate)
        a2 = _where_adult(sub.adult2, who == 2, carers_allowance_weekly=rate)
        return attrs.evolve(sub, adult1=a1, adult2=a2)

    def cols_for(m, cases_, sig=0, blanks=None):
        if m == 3:
            return take_signed(phases[3], c.after_row[cases_], sig, blanks)
        return take_signed(phases[m], cases_, sig, blanks)

    late_fail: dict[int, str] = {}

    def calculate(sub, on, cases_):
        """The awards of a group; where a table does not cover a date one
        case needs (the cap's earnings threshold), that case alone fails."""
        try:
            return uc.calculate(sub, on=on, tables=tables).award
        except NoRowInForce:
            out = np.zeros(cases_.shape, np.int64)
            for j in range(cases_.size):
                one = _row(sub, j)
                day_j = on if isinstance(on, dt.date) else on[j:j + 1]
                try:
                    out[j] = uc.calculate(one, on=day_j, tables=tables).award[0]
                except NoRowInForce as e:
                    late_fail[int(cases_[j])] = str(e)
            return out

    # Every base run and piece, grouped by phase and day: one engine call a
    # group (at most CHUNK rows, which bounds its temporaries). Within a
    # group, rows are ordered by what their household lacks (children, a
    # rented home, a partner: its signature), and a large enough block of
    # rows that all lack a part is given that part as one blank row: the
    # engine then does that part's work once, not once a row.
    values = np.zeros(parent.shape, np.int64)
    calls = 0
    item_code = code[parent]
    ok = np.flatnonzero(item_code >= 0).astype(np.int32)
    sig_case = signatures(b)
    item_sig = sig_case[case[parent[ok]]]
    if c.after is not None:
        three = np.flatnonzero(phase[ok] == 3)
        item_sig[three] = signatures(c.after)[c.after_row[case[parent[ok[three]]]]]
    key = (phase[ok].astype(np.int32) * width + item_code[ok]) * _SIGNATURES + item_sig
    groups = 4 * width * _SIGNATURES
    key = key.astype(np.int16) if groups < 32000 else key
    order = np.argsort(key, kind="stable").astype(np.int32)
    counts = np.bincount(key, minlength=groups).reshape(-1, _SIGNATURES)
    del key, item_sig
    bounds = np.concatenate([[0], np.cumsum(counts)])
    blanks = (_blank(b.children, present=False), _blank(b.housing, tenure=0, brma=-1),
              _blank(b.adult2, present=False, age=-1, gross_monthly_earnings=-1))

    def evaluate(m, day, lo_i, hi_i, sig):
        nonlocal calls
        for a in range(lo_i, hi_i, CHUNK):
            grp = ok[order[a:min(a + CHUNK, hi_i)]]
            cs = case[parent[grp]].astype(np.intp)
            sub = cols_for(m, cs, sig, blanks)
            if m == 2:
                sub = patch(sub, ca_adult[cs], day)
            values[grp] = calculate(sub, day, cs)
            calls += 1

    for g in np.flatnonzero(counts.sum(axis=1)):
        m, day = int(g // width), to_date(days_all[g % width])
        # Blocks of one signature, in order; small ones are pooled with
        # what they have in common.
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

    own = np.flatnonzero(item_code < 0)
    for m in range(4):
        grp = own[phase[own] == m]
        if not grp.size:
            continue
        cs = case[parent[grp]].astype(np.intp)
        on = s_own[parent[grp]].astype("datetime64[D]")
        sub = cols_for(m, cs)
        if m == 2:
            sub = patch(sub, ca_adult[cs], on)
        values[grp] = calculate(sub, on, cs)
        calls += 1
    del item_code
    for i, why in late_fail.items():
        valid[i] = False
        reasons[i] = f"the rules do not cover a value this case needs: {why}"

    # Sums per case: each piece's award less the base run's, times the
    # periods of the piece in a window.
    diff = (values[nb:] - values[parent[nb:]]).astype(np.float64)
    pcase = case[parent[nb:]]

    def per_case(weights):
        return np.rint(np.bincount(pcase, weights=diff * weights, minlength=n)).astype(np.int64)

    p_lo = p0[pcase]
    projected_uc = per_case(np.maximum(np.minimum(pb_, p_lo + horizon) - np.maximum(pa, p_lo), 0))
    arrears_uc = per_case(np.maximum(np.minimum(pb_, decision[pcase]) - pa, 0))
    rep_c = rep[pcase]
    recurring = np.where(rep_live & valid, per_case((pa <= rep_c) & (rep_c < pb_)), 0)
    del p_lo, rep_c
    weekly = divide_half_up(recurring * 12, 52)

    # Benefits in their own right: their rates must cover every day they are
    # counted on (else the case fails, as the one-household path does).
    rep_day = _start(ymF, domF, rep)
    stop_day = np.where(ends_given, c.ends, NEVER)
    proj_start = _start(ymF, domF, p0)
    proj_end = _start(ymF, domF, p0 + horizon)
    dec_start = _start(ymF, domF, decision)
    windows = ((np.maximum(eff, proj_start), np.minimum(stop_day, proj_end)), (eff, np.minimum(stop_day, dec_start)))
    need_lo = np.where(rep_live, rep_day, NEVER)
    need_hi = np.where(rep_live, rep_day, -NEVER)
    for a, z_ in windows:
        some = z_ > a
        need_lo = np.where(some, np.minimum(need_lo, a), need_lo)
        need_hi = np.where(some, np.maximum(need_hi, z_ - 1), need_hi)
    for code_, tid in enumerate(LINE_TABLES):
        if tid is None:
            continue
        t = tables.table(tid)
        first_day, last_day = day_number(t.earliest), day_number(t.until)
        out = (c.line_table == code_) & ((need_lo < first_day) | (need_hi > last_day))
        fail(out, lambda i, t=t, first_day=first_day, last_day=last_day: (
            "the rules do not cover a value this case needs: " + str(NoRowInForce(
                t.id, t.path, to_date(need_lo[i] if need_lo[i] < first_day else last_day + 1), t.earliest, t.until))))
    line_table = np.where(valid, c.line_table, 0)
    coef = c.line_coef.astype(np.int8) if np.abs(c.line_coef).max(initial=0) < 100 else c.line_coef  # small: cheap to gather
    lw = np.where(rep_live & valid, _line_weekly_at(line_table, coef, c.line_fixed, rep_day, tables), 0)
    line_proj = np.where(valid, _line_over(line_table, coef, c.line_fixed, *windows[0], tables), 0)
    line_arr = np.where(valid, _line_over(line_table, coef, c.line_fixed, *windows[1], tables), 0)
    if convention == "weekly_x52":
        annual = (weekly + lw) * 52
    else:
        annual = (recurring + weekly_to_monthly(lw)) * 12

    def z(a):
        return np.where(valid, a, 0)

    return Projection(
        valid=valid,
        reasons=reasons,
        first_ap=first,
        decision_ap=decision,
        in_payment_ap=in_payment,
        projection_start=np.where(valid, proj_start, NEVER),
        recurring_from=np.where(valid & rep_live, rep_day, NEVER),
        recurring_monthly=z(recurring),
        recurring_weekly=z(weekly),
        line_weekly=z(lw),
        line_projected=z(line_proj),
        line_arrears=z(line_arr),
        annual=z(annual),
        projected_uc=z(projected_uc),
        arrears_uc=z(arrears_uc),
        protected=protected & valid,
        runs_evaluated=int(parent.shape[0]),
        runs_on_own_date=int(own.size),
        calls=calls,
    )
