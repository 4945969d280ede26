"""A caseload of advice outcomes read in columns, into :class:`~entitlements.gain.cases.Cases`.

:func:`cases_from_scenarios` puts single-outcome scenarios (read one by one)
in columns; :func:`cases_from_columns` reads a caseload given as columns (a
CSV file, a DataFrame) straight into them, each distinct value once, and
gives what the first gives from the same rows read one by one: the
households by :mod:`entitlements.io.household_columns`, each distinct
outcome by :func:`entitlements.io.outcomes.outcome_from_record`, the
benefit lines once for each distinct outcome and what the household had, a
changed household in columns too. Rows with something wrong are read one by
one, so a row's error is the same as reading it alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import numpy as np

from ..columns import households_columns
from ..dates import EARLIEST_DATE, LATEST_DATE
from ..errors import InputError
from ..gain.calendar import NEVER, day_number
from ..gain.cases import KIND, LINE_KEYS, LINE_NAMES, LINE_WIDTH, Cases, fraction_parts
from ..gain.outcomes import (
    CAP_EXEMPTION_REASONS,
    CLAIMED_BENEFITS,
    FIRST_UC_DAY,
    STAGES,
    LineSpec,
    Outcome,
    Scenario,
    apply_changes,
    held_already,
    line_specs,
)
from ..household import AA_RATES, DLA_CARE, DLA_MOBILITY, PIP_RATES, Adult, Child, Household
from .cells import factorize, group_rows
from .household_columns import households_and_child_numbers, households_from_flat_columns
from .households import flat_key
from .outcomes import OUTCOME_COLUMNS, _blank, _key_plan, _record_date, outcome_from_record, scenario_or_reason

__all__ = ["cases_from_scenarios", "cases_from_columns"]


_PLACEHOLDER = Household(adults=Adult(age=30))


#: The case columns an outcome gives on its own: (field, value, dtype, value
#: for a row with no outcome).
_OUTCOME_CODES = (
    ("kind", lambda o: KIND[o.kind], np.int8, -1),
    ("adult", lambda o: o.adult, np.int8, 1),
    # A child's number past any household's children (200, 1_000) is kept past them, not wrapped round int8: the
    # row is then read alone for its error ("1 to n"), never an OverflowError for the whole caseload.
    ("child_slot", lambda o: (min(o.child, 10**6) - 1) if o.child is not None else -1, np.int32, -1),
    ("protection", lambda o: -1 if o.lcwra_protection is None else (0 if o.lcwra_protection == "new_claimant" else 1), np.int8, -1),
    ("terminally_ill", lambda o: o.terminally_ill, bool, False),
    ("pip_daily_living", lambda o: PIP_RATES.index(o.pip_daily_living), np.int8, 0),
    ("pip_mobility", lambda o: PIP_RATES.index(o.pip_mobility), np.int8, 0),
    ("dla_care", lambda o: DLA_CARE.index(o.dla_care), np.int8, 0),
    ("dla_mobility", lambda o: DLA_MOBILITY.index(o.dla_mobility), np.int8, 0),
    ("aa_rate", lambda o: AA_RATES.index(o.aa_rate), np.int8, 0),
    ("partner_carer", lambda o: o.partner_carer, bool, False),
    ("reason", lambda o: CAP_EXEMPTION_REASONS.index(o.reason) if o.reason else -1, np.int8, -1),
    ("benefit", lambda o: CLAIMED_BENEFITS.index(o.benefit) if o.benefit else -1, np.int8, -1),
    ("stage", lambda o: STAGES.index(o.stage), np.int8, 0),
    ("confirmed", lambda o: o.confirmed, bool, False),
    ("prob_num", lambda o: fraction_parts(o.probability)[0] if o.probability is not None else -1, np.int64, -1),
    ("prob_den", lambda o: fraction_parts(o.probability)[1] if o.probability is not None else 1, np.int64, 1),
    ("lump_sum", lambda o: o.lump_sum, np.int64, 0),
    ("debt_written_off", lambda o: o.debt_written_off, np.int64, 0),
)


def _outcome_codes(outcomes: Sequence[Outcome | None], index: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """The columns of :data:`_OUTCOME_CODES` for ``outcomes`` (gathered by
    ``index``, one per case, where given)."""
    out = {}
    for field, value, dtype, default in _OUTCOME_CODES:
        a = np.array([value(o) if o is not None else default for o in outcomes], dtype=dtype).reshape(len(outcomes))
        out[field] = a if index is None else a[index]
    return out


def _line_arrays(specs: Sequence[Sequence[LineSpec]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each entry's benefit line (see :func:`entitlements.gain.outcomes.line_specs`)
    as ``line_table``, ``line_coef`` and ``line_fixed`` columns."""
    n = len(specs)
    table = np.zeros(n, np.int8)
    coef = np.zeros((n, LINE_WIDTH), np.int64)
    fixed = np.zeros(n, np.int64)
    for i, entry in enumerate(specs):
        for spec in entry:
            table[i] = LINE_NAMES.index(spec.benefit)
            fixed[i] = spec.fixed_weekly
            if spec.table_id is not None:
                keys = LINE_KEYS[spec.table_id]
                for key, c in spec.coefficients.items():
                    coef[i, keys.index(key)] = c
    return table, coef, fixed


def cases_from_scenarios(scenarios: Sequence[Scenario | None], reasons: Sequence[str] | None = None,
                         child_numbers: Sequence[Sequence[int]] | None = None) -> Cases:
    """Single-outcome scenarios as columns (None: a row that could not be
    read, kept with its reason). ``child_numbers``: each row's ``childN_``
    numbers in order of birth, as its record gave them
    (:func:`entitlements.io.household_columns.record_child_numbers`; None:
    child N is the Nth of ``Household.children``)."""
    n = len(scenarios)
    reasons = list(reasons) if reasons is not None else [""] * n
    valid = np.array([s is not None for s in scenarios], bool).reshape(n)
    for i, s in enumerate(scenarios):
        if s is not None and len(s.outcomes) != 1:
            valid[i] = False
            reasons[i] = "outcomes: a caseload row has exactly one outcome"
    hh = [s.household if (s is not None and valid[i]) else _PLACEHOLDER for i, s in enumerate(scenarios)]
    before = households_columns(hh)
    o = [s.outcomes[0] if (s is not None and valid[i]) else None for i, s in enumerate(scenarios)]

    def arr(f, dtype, default):
        return np.array([f(x) if x is not None else default for x in o], dtype=dtype).reshape(n)

    day = lambda d: day_number(d) if d is not None else int(NEVER)  # noqa: E731
    generic = [i for i, x in enumerate(o) if x is not None and x.kind in _GENERIC]
    after = after_row = None
    if generic:
        built, rows = [], np.full(n, -1, np.int64)
        for i in generic:
            try:
                built.append(apply_changes(hh[i], o[i].changes))
                rows[i] = len(built) - 1
            except InputError as e:
                valid[i] = False
                reasons[i] = str(e)
        if built:
            after, after_row = households_columns(built), rows
    line_table, line_coef, line_fixed = _line_arrays(
        [line_specs(hh[i], x) if x is not None and valid[i] else () for i, x in enumerate(o)])
    claim = np.array([day(s.claim_start) if (s is not None and valid[i]) else int(NEVER) for i, s in enumerate(scenarios)], np.int64)
    return Cases(
        before=before,
        valid=valid,
        reasons=np.array(reasons, dtype=object).reshape(n),
        claim_start=claim,
        effective=arr(lambda x: day(x.effective), np.int64, int(NEVER)),
        decided=arr(lambda x: day(x.decision_date), np.int64, int(NEVER)),
        ends=arr(lambda x: day(x.ends), np.int64, int(NEVER)),
        evidence=arr(lambda x: day(x.evidence), np.int64, int(NEVER)),
        **_outcome_codes(o),
        line_table=line_table,
        line_coef=line_coef,
        line_fixed=line_fixed,
        after=after,
        after_row=after_row,
        decided_blank=np.array([x is not None and x.decided is None for x in o], bool).reshape(n),
        child_numbers=_child_numbers(hh, np.shape(before.children.present)[-1], child_numbers),
    )


def _child_numbers(households, slots: int, given) -> np.ndarray:
    """Each row's ``childN_`` number of each child slot (see :class:`Cases`)."""
    from ..columns import households_child_numbers

    numbers = households_child_numbers(households, slots)
    for i, nums in enumerate(given or ()):
        if nums and len(nums) == int(np.count_nonzero(numbers[i])):
            numbers[i, :len(nums)] = np.array(nums[:slots], np.int16)
    return numbers


_DATE_COLUMNS = ("claim_start", "outcome_date", "decision_date", "end_date", "evidence_date")


_PLACEHOLDER_DATES = {"claim_start": "2020-01-01", "outcome_date": "2020-01-01"}  # any day outcomes may have (from 2013-04-29)


#: Every column of a case but its households.
_PER_ROW_FIELDS = tuple(f.name for f in attrs.fields(Cases) if f.name not in ("before", "after", "after_row",
                                                                               "child_numbers"))  # (both builders here set decided_blank)


def cases_from_columns(columns: Mapping[str, Sequence[Any]], n: int, *, id_field: str = "case_id") -> Cases:
    """A caseload of outcomes given as columns (as in the CSV), as
    :func:`cases_from_scenarios` gives it from the same rows read one by one.

    The households are read in columns (:mod:`entitlements.io.household_columns`).
    Each distinct outcome (its columns other than the dates) is read once by
    :func:`outcome_from_record`, with the same checks; each distinct date
    once; the benefit lines once for each distinct outcome and what the
    household already had (:func:`entitlements.gain.outcomes.line_specs`); a changed
    household in columns too (``_changed_households``). Rows with
    something wrong are read one by one, so a row's error is the same as
    reading it alone."""
    if not n:
        return cases_from_scenarios([], [])
    names = tuple(columns)
    household_keys, after_keys, _ = _key_plan(names, id_field)
    before, ok, household_errors, child_numbers = households_and_child_numbers({k: columns[k] for k in household_keys}, n)
    alone = ~ok  # rows read one by one
    codes = {k: factorize(columns[k]) for k in names if k in OUTCOME_COLUMNS or k in after_keys}
    day = _dates(codes, n, alone)
    outcomes, inverse = _distinct_outcomes(codes, after_keys, n)
    template_ok = np.array([o is not None for o in outcomes], bool)
    alone |= ~template_ok[inverse] if len(outcomes) else np.ones(n, bool)
    coded = _outcome_codes(outcomes, inverse)
    _check_against_households(coded, before, day, alone)
    line_table, line_coef, line_fixed = _benefit_lines(before, outcomes, inverse, coded, alone)
    cases = Cases(
        before=before,
        valid=~alone,
        reasons=np.full(n, "", dtype=object),
        claim_start=day["claim_start"],
        effective=day["outcome_date"],
        decided=np.where(day["decision_date"] < NEVER, day["decision_date"], day["outcome_date"]),
        ends=day["end_date"],
        evidence=np.where(day["evidence_date"] < NEVER, day["evidence_date"], day["outcome_date"]),
        **coded,
        line_table=line_table,
        line_coef=line_coef,
        line_fixed=line_fixed,
        after=None,
        after_row=np.full(n, -1, np.int64),
        decided_blank=day["decision_date"] >= NEVER,
        child_numbers=child_numbers,
    )
    generic = ~alone & np.isin(coded["kind"], [KIND[k] for k in _GENERIC])
    if generic.any():
        after, after_row, unread = _changed_households(columns, codes, household_keys, after_keys, np.flatnonzero(generic),
                                                       before.couple)
        alone |= unread | _changes_nothing(before, after, after_row)
        cases = attrs.evolve(cases, valid=~alone, after=after, after_row=after_row)
    cases = _with_rows_read_alone(cases, columns, np.flatnonzero(alone), id_field)
    # A household the columns could not read has stand-in values in its columns: never projected with them, even
    # where the row read alone found nothing wrong (the readers should agree; where they do not, the row says so).
    stand_in = np.flatnonzero(~ok & np.asarray(cases.valid, bool))
    if stand_in.size:
        valid, reasons = np.array(cases.valid, copy=True), np.array(cases.reasons, copy=True)
        valid[stand_in] = False
        for i in stand_in:
            e = household_errors.get(int(i))
            reasons[i] = str(e) if e is not None else "(row): the household could not be read"
        cases = attrs.evolve(cases, valid=valid, reasons=reasons)
    return cases


def _dates(codes, n: int, alone: np.ndarray) -> dict[str, np.ndarray]:
    """The date columns as day numbers (NEVER: blank), each distinct value
    read once; a row with a date that cannot be read, or without a claim
    start or an outcome date, is marked in ``alone``."""
    day = {}
    for k in _DATE_COLUMNS:
        if k not in codes:
            day[k] = np.full(n, NEVER, np.int64)
            continue
        c, distinct = codes[k]
        parsed = np.full(len(distinct) + 1, NEVER, np.int64)
        # The dates an outcome and a claim may have (gain.outcomes._date): others are read alone, for the error.
        earliest = EARLIEST_DATE if k == "evidence_date" else FIRST_UC_DAY
        for j, v in enumerate(distinct, start=1):
            try:
                d = _record_date({k: v}, k)
                if not earliest <= d <= LATEST_DATE:
                    alone |= c == j
                parsed[j] = day_number(d)
            except InputError:
                alone |= c == j
        day[k] = parsed[c]
    alone |= (day["claim_start"] >= NEVER) | (day["outcome_date"] >= NEVER)  # required
    return day


def _distinct_outcomes(codes, after_keys, n: int) -> tuple[list[Outcome | None], np.ndarray]:
    """Each distinct outcome (its columns but the dates and the note), read
    once with placeholder dates (None where it cannot be read), and each
    row's index into them; whether any after_* cell is filled counts."""
    parts = [codes[k][0] for k in OUTCOME_COLUMNS if k in codes and k not in _DATE_COLUMNS and k != "outcome_note"]
    codes_after_any = np.any([codes[k][0] > 0 for k in after_keys], axis=0) if after_keys else np.zeros(n, bool)
    parts.append(codes_after_any)
    inverse, first = group_rows([np.asarray(p, np.int64) for p in parts], n)
    outcomes: list[Outcome | None] = []
    for r in first:
        rec = {k: codes[k][1][codes[k][0][r] - 1] if codes[k][0][r] else None for k in codes
               if k in OUTCOME_COLUMNS and k not in _DATE_COLUMNS}
        rec.update(_PLACEHOLDER_DATES)
        # Filled after_* cells stand in as a placeholder change: allowed only
        # with an outcome that changes the household, whose change itself is
        # read below (_changed_households).
        changes = {"capital": "0"} if codes_after_any[r] else {}
        try:
            outcomes.append(outcome_from_record(rec, changes))
        except InputError:
            outcomes.append(None)
    return outcomes, inverse


def _check_against_households(coded, before, day, alone: np.ndarray) -> None:
    """The checks a scenario makes of its outcome against the household,
    and the outcome's own date order: where they fail, the row is marked in
    ``alone`` (read alone, for its error)."""
    child = coded["child_slot"].astype(np.int64) + 1  # 0: no child named
    alone |= ((coded["adult"] == 2) | coded["partner_carer"]) & ~before.couple
    n_children = before.children.present.sum(axis=1)
    alone |= child > n_children
    alone |= (coded["kind"] == KIND["benefit_claimed"]) & (coded["benefit"] == CLAIMED_BENEFITS.index("child_benefit")) & (n_children == 0)
    alone |= (day["end_date"] < NEVER) & (day["end_date"] <= day["outcome_date"])
    alone |= _refused_at_age(coded, before, day["outcome_date"])
    alone |= _held_already(coded, before, n_children)


def _held_already(coded, before, n_children) -> np.ndarray:
    """Rows whose outcome awards only what the household already has
    (:func:`entitlements.gain.outcomes.held_already`, the one rule, given
    the facts of the adult or child each row names)."""
    second = coded["adult"] == 2
    a1, a2 = before.adult1, before.adult2
    adult = lambda f: np.where(second, getattr(a2, f), getattr(a1, f))  # noqa: E731
    kids = before.children
    rows = np.arange(len(second))
    slot = np.clip(coded["child_slot"].astype(np.int64), 0, max(kids.present.shape[1] - 1, 0))
    child = coded["child_slot"] >= 0
    named = (lambda f: np.where(child, getattr(kids, f)[rows, slot], adult(f))) if kids.present.shape[1] else adult
    held = {f: adult(f) for f in ("lcw", "lcwra", "carer", "esa_support_component", "pip_daily_living", "pip_mobility",
                                  "attendance_allowance")}
    held.update(
        dla_care=named("dla_care"), dla_mobility=named("dla_mobility"),
        carers_allowance=adult("claims_carers_allowance") | (adult("carers_allowance_weekly") > 0),
        other_carer=np.where(second, a1.carer, a2.present & a2.carer),
        child_benefit_claimed=before.child_benefit_claimed & (n_children > 0),
        benefit_cap_grace_period=before.benefit_cap_grace_period, guardians_allowance=before.guardians_allowance,
    )
    award = {f: coded[f] for f in ("pip_daily_living", "pip_mobility", "dla_care", "dla_mobility")}
    award["attendance_allowance"] = coded["aa_rate"]
    return np.asarray(held_already(coded["kind"], coded["benefit"], coded["reason"], coded["partner_carer"], award, held), bool)


def _refused_at_age(coded, before, outcome_date) -> np.ndarray:
    """Rows whose outcome the adult cannot be awarded at their age on its
    date (:func:`entitlements.gain.outcomes.age_refusal`, in columns)."""
    from ..benefits import disability_ages as ages

    kind = coded["kind"]
    aa = (kind == KIND["benefit_claimed"]) & (coded["benefit"] == CLAIMED_BENEFITS.index("attendance_allowance"))
    pip = kind == KIND["pip_awarded"]
    dla = (kind == KIND["dla_awarded"]) & (coded["child_slot"] < 0)
    kid = (kind == KIND["dla_awarded"]) & (coded["child_slot"] >= 0) & (coded["dla_mobility"] > 0)
    tested = aa | pip | dla | kid
    if not tested.any():
        return np.zeros(kind.shape, bool)
    second = coded["adult"] == 2
    dob = np.where(second, before.adult2.date_of_birth, before.adult1.date_of_birth).astype("datetime64[D]")
    age = np.where(second, before.adult2.age, before.adult1.age)
    holds = np.where(second, (before.adult2.dla_care > 0) | (before.adult2.dla_mobility > 0),
                     (before.adult1.dla_care > 0) | (before.adult1.dla_mobility > 0))
    on = np.where(tested, outcome_date, 0).astype("datetime64[D]")  # untested rows: any day will do
    slots = before.children.date_of_birth
    slot = np.clip(coded["child_slot"].astype(np.int64), 0, max(slots.shape[1] - 1, 0))
    child_dob = slots[np.arange(len(kind)), slot] if slots.shape[1] else np.full(len(kind), np.datetime64("NaT"))
    child_dob = np.where(kid, child_dob, on).astype("datetime64[D]")
    return tested & ((aa & ages.attendance_allowance_age_refused(dob, age, on))
                     | (pip & ages.pip_age_refused(dob, age, on))
                     | (dla & ages.dla_adult_age_refused(dob, age, on, holds))
                     | (kid & ages.dla_mobility_age_refused(child_dob, np.where(kid, coded["dla_mobility"], 0), on)))


def _benefit_lines(before, outcomes, inverse, coded, alone):
    """Each row's benefit line (``line_table``, ``line_coef``, ``line_fixed``).
    What the household had matters (an award is the increase over it), so
    each distinct (outcome, what it had) is worked out once, on a stand-in
    household with just that."""
    n = len(inverse)
    adult = coded["adult"]
    child = coded["child_slot"].astype(np.int64) + 1  # 0: no child named
    n_children = before.children.present.sum(axis=1)
    dob = before.children.date_of_birth
    slot = np.clip(child - 1, 0, dob.shape[1] - 1)
    rows = np.arange(n)
    own = [np.where(adult == 1, getattr(before.adult1, f), getattr(before.adult2, f)).astype(np.int64)
           for f in ("pip_daily_living", "pip_mobility", "dla_care", "dla_mobility", "attendance_allowance")]
    kid = [np.where(child > 0, getattr(before.children, f)[rows, slot], 0).astype(np.int64) for f in ("dla_care", "dla_mobility")]
    line_key = [inverse.astype(np.int64), *own, *kid, before.child_benefit_claimed.astype(np.int64), n_children.astype(np.int64),
                before.couple.astype(np.int64)]
    # Rows read alone are one group of their own, left out here.
    line_key = [np.where(alone, -1 if i == 0 else 0, x) + (1 if i == 0 else 0) for i, x in enumerate(line_key)]
    lk_inverse, lk_first = group_rows(line_key, n)
    specs = []
    for r in lk_first:
        o = outcomes[inverse[r]] if len(outcomes) else None
        if o is None or alone[r]:
            specs.append(())
            continue
        codes_r = [int(x[r]) for x in own]
        a = Adult(age=30, pip_daily_living=PIP_RATES[codes_r[0]], pip_mobility=PIP_RATES[codes_r[1]], dla_care=DLA_CARE[codes_r[2]],
                  dla_mobility=DLA_MOBILITY[codes_r[3]], attendance_allowance=AA_RATES[codes_r[4]])
        kids = [Child(date_of_birth=dt.date(2010, 1, 1) + dt.timedelta(days=i)) for i in range(int(n_children[r]))]
        if child[r] > 0:
            kids[child[r] - 1] = attrs.evolve(kids[child[r] - 1], dla_care=DLA_CARE[int(kid[0][r])], dla_mobility=DLA_MOBILITY[int(kid[1][r])])
        adults = [Adult(age=30), Adult(age=30)] if before.couple[r] else [Adult(age=30)]
        adults[adult[r] - 1] = a
        h = Household(adults=tuple(adults), children=tuple(kids), child_benefit_claimed=bool(before.child_benefit_claimed[r]))
        specs.append(line_specs(h, o))
    line_table, line_coef, line_fixed = _line_arrays(specs)
    return line_table[lk_inverse], line_coef[lk_inverse], line_fixed[lk_inverse]


_GENERIC = ("housing_change", "income_change", "council_tax_band_corrected", "council_tax_discount_corrected")


def _changed_households(columns, codes, household_keys, after_keys, rows: np.ndarray, couple: np.ndarray):
    """The households after a change (``after_*`` cells), read in columns:
    each row's household columns with its filled ``after_*`` cells in their
    place, which is what :func:`entitlements.gain.outcomes.apply_changes` does with
    them where the change names the first adult (or a partner who is there),
    the home or the household's own fields. A change naming a child (numbered
    by age there, by column here), a non-dependant or anything else is read
    row by row. Returns the after columns, each row's index into them (-1:
    none), and the rows to read one by one."""
    n = len(couple)
    unread = np.zeros(n, bool)
    targets: dict[str, str] = {}
    for k in after_keys:
        leaf = k.removeprefix("after_")
        kind_, num, field = flat_key(leaf)
        filled = np.zeros(n, bool)
        filled[rows] = codes[k][0][rows] > 0
        if kind_ in ("rest", "housing") or (kind_ == "adult" and num == 1):
            targets[k] = leaf
        elif kind_ == "adult" and num == 2:
            unread |= filled & ~couple  # a partner who is not there
            targets[k] = leaf
        else:
            unread |= filled
    rows = rows[~unread[rows]]
    keys = list(dict.fromkeys([*household_keys, *targets.values()]))
    cols = {}
    for key in keys:
        base = np.asarray(columns[key], dtype=object)[rows] if key in columns else np.full(len(rows), None, dtype=object)
        for k, leaf in targets.items():
            if leaf == key:
                filled = codes[k][0][rows] > 0
                base = np.where(filled, np.asarray(columns[k], dtype=object)[rows], base)
        cols[key] = base
    after, ok, _ = households_from_flat_columns(cols, len(rows))
    unread[rows[~ok]] = True
    after_row = np.full(n, -1, np.int64)
    after_row[rows[ok]] = np.flatnonzero(ok)
    return after, after_row, unread


def _changes_nothing(before, after, after_row: np.ndarray) -> np.ndarray:
    """Rows whose household after the change is the household before, in
    every column: read one by one, where
    :func:`entitlements.gain.held_already.changes_refusal` refuses the
    change that changes nothing, as for one household. (Equal columns come
    from equal households: a row this marks that one household finds
    changed is valued there, read alone, so nothing is lost either way.)"""
    rows = np.flatnonzero(after_row >= 0)
    same = np.zeros(after_row.shape, bool)
    if not rows.size:
        return same
    equal = np.ones(rows.size, bool)

    def walk(a, b):
        nonlocal equal
        if attrs.has(type(a)):
            for f in attrs.fields(type(a)):
                walk(getattr(a, f.name), getattr(b, f.name))
            return
        x, y = np.asarray(a), np.asarray(b)
        x = x[rows] if x.ndim else np.full(rows.size, x)
        y = y[after_row[rows]] if y.ndim else np.full(rows.size, y)
        if x.shape != y.shape:  # children's slots of another width: not the same columns
            equal[:] = False
            return
        eq = x == y
        if x.dtype.kind in "fmM":
            eq = eq | (np.isnan(x) & np.isnan(y) if x.dtype.kind == "f" else np.isnat(x) & np.isnat(y))
        equal &= eq.reshape(rows.size, -1).all(axis=1)

    walk(before, after)
    same[rows] = equal
    return same


def _with_rows_read_alone(cases: Cases, columns: Mapping[str, Sequence[Any]], rows: np.ndarray, id_field: str) -> Cases:
    """``cases`` with ``rows`` read one by one (:func:`scenario_from_record`
    and :func:`cases_from_scenarios`): their outcome, dates, validity and
    reason, and the changed household where there is one."""
    if not rows.size:
        return cases
    scenarios: list[Scenario | None] = []
    reasons: list[str] = []
    household_keys, after_keys, _ = _key_plan(tuple(columns), id_field)
    needed = [k for k in columns if k in household_keys or k in after_keys or k in OUTCOME_COLUMNS or k == id_field]
    for i in rows:
        rec = {k: (None if _blank(columns[k][i]) else columns[k][i]) for k in needed}
        s, reason = scenario_or_reason(rec, id_field=id_field)
        scenarios.append(s)
        reasons.append(reason)
    alone = cases_from_scenarios(scenarios, reasons)
    fields = {}
    for f in _PER_ROW_FIELDS:
        a = np.array(getattr(cases, f), copy=True)
        a[rows] = getattr(alone, f)
        fields[f] = a
    # A row's household read alone is the one read in columns where both read
    # it; where the row is not read, its columns are a placeholder either way.
    after_row = np.array(cases.after_row, copy=True)
    after = cases.after
    if alone.after is not None:
        offset = 0 if after is None else len(after.couple)
        after_row[rows] = np.where(alone.after_row >= 0, alone.after_row + offset, -1)
        after = alone.after if after is None else _concat_columns(after, alone.after)
    return attrs.evolve(cases, after=after, **fields, after_row=after_row)


def _concat_columns(a, b):
    """Two sets of household columns, one after the other (children's slots
    widened to the wider, the extra slots empty)."""
    if attrs.has(type(a)):
        return type(a)(**{f.name: _concat_columns(getattr(a, f.name), getattr(b, f.name)) for f in attrs.fields(type(a))})
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim == 2 and a.shape[1] != b.shape[1]:
        width = max(a.shape[1], b.shape[1])

        def widen(x):
            pad = np.zeros((x.shape[0], width - x.shape[1]), x.dtype)
            if np.issubdtype(x.dtype, np.datetime64):
                pad[...] = np.datetime64("NaT")
            return np.concatenate([x, pad], axis=1)

        a, b = widen(a), widen(b)
    return np.concatenate([a, b], axis=0)
