"""Base runs: where each case's award can change along its timeline (private).

Along the before household's timeline the award can only change where
something the engine reads changes (:mod:`entitlements.gain._coverage`): a
rate table row, the tax year of the period's last day (gross pay), or an
age the engine tests. :func:`base_runs` cuts each case's assessment periods
at those points, and only at those its household reads, into runs, and
gives each run the day it is estimated on: a boundary, the first of a month
with its ages and tax year checked, or (code -1) its own first day.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from ..benefits.housing import TENURE_CODES
from ..benefits.pension_age import state_pension_age_date
from ..benefits.qualifying_young_person import status_change_days
from ._blocks import take
from ._coverage import Coverage
from .calendar import (
    NEVER,
    _containing,
    _end,
    _ending_on_or_after,
    _on_or_after,
    _start,
    add_months,
    age_reached,
    day_number,
    days_of,
    engine_end,
    to_date,
)
from .cases import Cases


def runs_between(points: np.ndarray, rows: np.ndarray, presorted: bool = False):
    """Runs ``[a, b)`` between consecutive distinct sorted points, per row
    (case numbers as int32, period numbers as int32)."""
    p = points.astype(np.int32)
    if not presorted:
        p.sort(axis=1)
    a, b = p[:, :-1], p[:, 1:]
    keep = b > a
    case = np.broadcast_to(rows.astype(np.int32)[:, None], a.shape)[keep]
    return case, a[keep], b[keep]


def child_days(cols):
    """Each child slot's date of birth as a day number, and whether a child
    is there (a slot without one: a harmless date)."""
    ch = cols.children
    dob = days_of(ch.date_of_birth)
    pres = ch.present & (dob < NEVER)
    return pres, np.where(pres, dob, day_number(dt.date(2010, 1, 1)))


def _crossings(cols, pres, dob, cov: Coverage, dob_parts=None):
    """The days the ages the engine tests are reached, (cases, k) int32
    (NEVER: none), only as wide as needed: worked out only for the rows
    with such a child or adult."""
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


def _renting(cols):
    return (cols.housing.tenure == TENURE_CODES["social_rent"]) | (cols.housing.tenure == TENURE_CODES["private_rent"])


def _young_person_days(pres, dob, dob_parts=None) -> np.ndarray:
    """The days on which a child's status as a child or qualifying young
    person can change (SI 2013/376 reg 5; Child Benefit in the cap), for the
    slots with a child, (cases, 4 x slots) int32 (NEVER: none): see
    :func:`entitlements.benefits.qualifying_young_person.status_change_days`."""
    out = np.full(pres.shape + (4,), NEVER, np.int32)
    if pres.any():
        i, j = np.nonzero(pres)
        d = dob[i, j]
        parts = (dob_parts[0][i, j], dob_parts[1][i, j]) if dob_parts is not None else None
        days = status_change_days(age_reached(d, 16, parts), age_reached(d, 19, parts), age_reached(d, 20, parts))
        out[i, j] = np.minimum(days, NEVER).astype(np.int32)
    return out.reshape(pres.shape[0], pres.shape[1] * 4)  # not -1: a caseload of no cases has 0 x (4 x slots)


def age_crossings(c: Cases, cov: Coverage, pres, dob, dob_parts, rows_a) -> np.ndarray:
    """The days each case's household, before or after, reaches an age the
    engine tests. Children's ages are read for a renter's bedrooms
    (SI 2013/376 Sch 4 paras 10-12: a child reaching 10 or 16 splits no
    run of anyone else) and, for everyone, where a young person stops being
    a qualifying young person (reg 5)."""
    X = np.concatenate([_crossings(c.before, pres & _renting(c.before)[:, None], dob, cov, dob_parts),
                        _young_person_days(pres, dob, dob_parts)], axis=1)
    if rows_a is not None:
        sub = take(c.after, c.after_row[rows_a])
        pa, da = child_days(sub)
        xa = np.concatenate([_crossings(sub, pa & _renting(sub)[:, None], da, cov), _young_person_days(pa, da)], axis=1)
        Xa = np.full((len(c), xa.shape[1]), NEVER, np.int32)
        Xa[rows_a] = xa
        X = np.concatenate([X, Xa], axis=1)
    return X


def pension_age_crossings(c: Cases, ymF, domF) -> np.ndarray:
    """The days each case's adults (given by date of birth) reach State
    Pension age, as crossings, (cases, 4) int32 (NEVER: none): the day itself,
    as the engine tests it on a period's last day (no employee NICs by
    payday: :func:`entitlements.benefits.uc_income.adult_net_earnings`), and
    the first day of the next period, as it tests it on a period's first
    day (Universal Credit payable, Pension Credit: WRA 2012 s 4(1)(b))."""
    cols = []
    for a in (c.before.adult1, c.before.adult2):
        dob = np.broadcast_to(np.asarray(a.date_of_birth).astype("datetime64[D]"), (len(c),))
        has = np.flatnonzero(np.broadcast_to(a.present, (len(c),)) & ~np.isnat(dob))
        day, nxt = np.full(len(c), NEVER, np.int32), np.full(len(c), NEVER, np.int32)
        if has.size:
            spa = days_of(state_pension_age_date(dob[has]))
            rows, spa = has[spa < NEVER], spa[spa < NEVER]  # NaT: outside the schedule, settled by age
            day[rows] = spa
            nxt[rows] = _start(ymF[rows], domF[rows], _containing(ymF[rows], domF[rows], spa) + 1)
        cols += [day, nxt]
    return np.stack(cols, axis=1)


def first_epochs(cov: Coverage, earner, named_area, s_lo) -> np.ndarray:
    """The rate epoch of each case's first period: the latest boundary on or
    before its first day among those that matter to the case (the cap's
    earnings threshold only with earnings, LHA determinations only with a
    named BRMA), as a code into the start boundaries (-1: none). A run is
    estimated on a day no earlier than that, so ages are checked from there."""
    sb = cov.start_boundaries
    e_sb, a_sb = np.isin(sb, cov.earnings_only), np.isin(sb, cov.area_only)
    epoch_lo = np.full(len(earner), -1, np.int32)
    for er_v in (False, True):
        for ar_v in (False, True):
            who = np.flatnonzero((earner == er_v) & (named_area == ar_v))
            if not who.size:
                continue
            at = np.flatnonzero(~(e_sb | a_sb) | (e_sb & er_v) | (a_sb & ar_v))
            k = np.searchsorted(sb[at], s_lo[who], side="right") - 1
            epoch_lo[who] = np.where(k >= 0, at[np.maximum(k, 0)], -1)
    return epoch_lo


@attrs.frozen
class Boundaries:
    """The boundaries inside the caseload's periods: start boundaries ``bs``
    (and their codes into ``cov.start_boundaries``), which of them matter
    only with earnings or a named BRMA, and the end boundaries ``be``."""

    bs: np.ndarray
    bs_code: np.ndarray
    e_only: np.ndarray
    a_only: np.ndarray
    be: np.ndarray

    @classmethod
    def within(cls, cov: Coverage, valid, s_lo, s_hi, e_lo, e_hi) -> "Boundaries":
        sb, eb = cov.start_boundaries, cov.end_boundaries
        e_sb, a_sb = np.isin(sb, cov.earnings_only), np.isin(sb, cov.area_only)
        act = np.flatnonzero(valid)
        if act.size:
            in_bs = (sb > s_lo[act].min()) & (sb <= s_hi[act].max())
            be = eb[(eb > e_lo[act].min()) & (eb <= e_hi[act].max())]
        else:
            in_bs = np.zeros(sb.shape, bool)
            be = np.zeros(0, np.int64)
        return cls(sb[in_bs], np.flatnonzero(in_bs).astype(np.int32), e_sb[in_bs], a_sb[in_bs], be)


def _start_points(bd: Boundaries, rows, yF, dF, lor, hir, earner, named_area) -> np.ndarray:
    """Each row's first period on or after each start boundary (within its
    window). A case does not split where only something it does not read
    changes (the cap's earnings threshold without earnings, LHA
    determinations without a named BRMA): each such point is moved onto the
    next (the points stay in order; equal points make no run)."""
    pb = np.clip(_on_or_after(yF, dF, bd.bs[None, :]), lor, hir).astype(np.int32)
    er_r, ar_r = earner[rows], named_area[rows]
    for j in np.flatnonzero(bd.e_only | bd.a_only)[::-1]:
        needed = (bd.e_only[j] & er_r) | (bd.a_only[j] & ar_r)
        nxt = pb[:, j + 1] if j + 1 < bd.bs.size else hir[:, 0]
        pb[:, j] = np.where(needed, pb[:, j], nxt)
    return pb


def _simple_runs(parts, rows, hir, epoch_lo, bd: Boundaries, cov: Coverage, ymF, domF):
    """Runs of cases with no age change and no gross pay: in order already,
    the run starting at column j (j >= 1) is in the rate epoch of the
    boundary that made that column, and so is estimated on that boundary
    (nothing it reads changes between)."""
    sb = cov.start_boundaries
    base = np.concatenate(parts + [hir], axis=1)
    a_, b_ = base[:, :-1], base[:, 1:]
    ii, jj = np.nonzero(b_ > a_)
    ca = rows[ii].astype(np.int32)
    ra, rb = a_[ii, jj], b_[ii, jj]
    code = np.where(jj == 0, epoch_lo[ca], np.concatenate([[-1], bd.bs_code]).astype(np.int32)[jj])
    del base, a_, b_, ii, jj
    code = code.astype(np.int32)
    # Before the first epoch the rules hold, or none: its own date.
    own = (code < 0) | (sb[np.maximum(code, 0)] < cov.start_range[0])
    s_own = np.where(own, _start(ymF[ca], domF[ca], ra), 0).astype(np.int32) if own.any() else np.zeros(ca.shape, np.int32)
    return ca, ra, rb, np.where(own, -1, code), s_own, np.zeros(0, np.int64)


def _complex_runs(parts, rows, yF, dF, lor, hir, X, x_in, gross, bd: Boundaries, cov: Coverage, ymF, domF):
    """Runs of cases with an age change or gross pay, cut also where the tax
    year of a period's last day changes (gross pay) and where an age is
    reached. Each is estimated on the first of a month (or a rate or
    tax-year start) on or before its first day, with the same tax year at
    the period's end (gross pay) and the same ages on the period's first and
    last days (an age tested on either); else on its own date.
    Also the days used that are not start boundaries (numbered after them)."""
    sb, eb = cov.start_boundaries, cov.end_boundaries
    if bd.be.size:
        pe = np.clip(_ending_on_or_after(yF, dF, bd.be[None, :]), lor, hir).astype(np.int32)
        parts.append(np.where(gross[rows][:, None], pe, lor))
    xr = x_in[rows]
    px = np.broadcast_to(lor, xr.shape).copy()
    ii, jj = np.nonzero(xr)
    if ii.size:
        px[ii, jj] = np.clip(_ending_on_or_after(yF[ii, 0], dF[ii, 0], X[rows[ii], jj]), lor[ii, 0], hir[ii, 0])
    parts.append(px)
    parts.append(hir)
    ca, ra, rb = runs_between(np.concatenate(parts, axis=1), rows)
    del parts
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
    # The same ages on the periods' last days (gross pay, the payday's
    # NICs) and on their first days (UC payable: WRA 2012 s 4(1)(b)).
    at_end = (Xc > er[:, None]) & (Xc <= es[:, None])
    same_age = ~(at_end | ((Xc > rc[:, None]) & (Xc <= s[:, None]))).any(axis=1)
    del at_end
    del Xc
    own = ~((same_tax | ~gross[ca]) & same_age & (rc >= cov.start_range[0]))
    # Codes past sb's: the extra days, numbered after it.
    extra = np.unique(rc[~own])
    extra = extra[~np.isin(extra, sb)]
    lookup = np.concatenate([sb, extra])
    order_l = np.argsort(lookup, kind="stable")
    code = order_l[np.searchsorted(lookup[order_l], rc)].astype(np.int32)
    return ca, ra, rb, np.where(own, -1, code), np.where(own, s, 0).astype(np.int32), extra


@attrs.frozen
class Runs:
    """The before household's runs ("base runs"): each run's case, first and
    end period (``[ra, rb)``), and the day it is estimated on: a code into
    ``days`` (-1: its own first day, ``s_own``)."""

    case: np.ndarray
    ra: np.ndarray
    rb: np.ndarray
    code: np.ndarray
    s_own: np.ndarray
    days: np.ndarray


def base_runs(cov: Coverage, X, valid, gross, earner, named_area, lo, hi, ymF, domF, s_lo, s_hi, e_lo, e_hi) -> Runs:
    """Every valid case's base runs. Nothing the engine reads changes within
    a base run, for any phase's household (the points include the changed
    household's ages and pay), so a piece of one is estimated on the same
    day."""
    epoch_lo = first_epochs(cov, earner, named_area, s_lo)
    sb = cov.start_boundaries
    floor_day = np.minimum(np.where(epoch_lo >= 0, sb[np.maximum(epoch_lo, 0)], s_lo), s_lo - 40)
    x_in = (X > engine_end(floor_day)[:, None]) & (X <= e_hi[:, None])
    complex_ = valid & (gross | x_in.any(axis=1))
    bd = Boundaries.within(cov, valid, s_lo, s_hi, e_lo, e_hi)
    extra_days: list[np.ndarray] = []
    pieces = []
    for cls in (False, True):
        rows = np.flatnonzero(valid & (complex_ == cls))
        if not rows.size:
            continue
        yF, dF = ymF[rows][:, None], domF[rows][:, None]
        lor, hir = lo[rows][:, None].astype(np.int32), hi[rows][:, None].astype(np.int32)
        parts = [lor]
        if bd.bs.size:
            parts.append(_start_points(bd, rows, yF, dF, lor, hir, earner, named_area))
        if not cls:
            *run, extra = _simple_runs(parts, rows, hir, epoch_lo, bd, cov, ymF, domF)
        else:
            *run, extra = _complex_runs(parts, rows, yF, dF, lor, hir, X, x_in, gross, bd, cov, ymF, domF)
            extra_days.append(extra)
        pieces.append(run)
    if pieces:
        case, ra, rb, code, s_own = (np.concatenate([p[k] for p in pieces]) for k in range(5))
    else:
        case = ra = rb = code = s_own = np.zeros(0, np.int32)
    days = np.concatenate([sb] + extra_days) if extra_days else sb
    return Runs(case, ra, rb, code, s_own, days)
