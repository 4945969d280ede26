"""Income gain across a caseload, and a report for a partnership's funders.

A caseload is a CSV file, a pandas DataFrame or a list of records, one row a
case: the household (the columns :func:`entitlements.records.household_from_flat`
reads, money in pounds), one advice outcome, and any grouping columns
(``practice``, ``imd_decile``, ``core20``, ``interpreter_needed``,
``ethnicity``, ... anything not recognised passes through). Outcome columns:

- ``claim_start``: first day of the Universal Credit award (fixes the assessment periods)
- ``outcome``: one of :data:`entitlements.gain.OUTCOME_KINDS`
- ``outcome_date``: the date the outcome takes effect
- ``decision_date``: the date it was (or is expected to be) decided; default ``outcome_date``
- ``end_date``: the date an award ends (optional)
- ``evidence_date``: first medical evidence (LCWRA: starts the relevant period); default ``outcome_date``
- ``stage``: initial, mandatory_reconsideration or appeal (default initial)
- ``confirmed``: yes/no (default no: predicted)
- ``probability``: 0 to 1 (or 60%): overrides the published success rate
- ``outcome_adult``: 1 or 2 (default 1)
- ``outcome_child``: the child (1 = eldest) for DLA to a child
- ``award_pip_daily_living``, ``award_pip_mobility``, ``award_dla_care``, ``award_dla_mobility``, ``award_aa``: the rates awarded
- ``partner_carer``: yes: the partner gets the carer element for caring for the person awarded
- ``lcwra_protection``: pre_2026_claimant, severe_conditions_criteria, terminally_ill, new_claimant (default: from the dates)
- ``terminally_ill``: yes/no
- ``cap_exemption_reason``: grace_period, guardians_allowance or esa_support_component
- ``benefit``: for benefit_claimed: child_benefit, attendance_allowance or other
- ``benefit_weekly``: pounds a week, for ``benefit=other``
- ``lump_sum``, ``debt_written_off``: pounds
- ``after_<column>``: housing_change / income_change: the household column's new value

:func:`caseload_gains` gives one output row for every input row (a row that
cannot be read or projected is kept, with its reason), a summary, and CSV
export. :func:`write_report` writes a Markdown or HTML report with tables and
plots in one call; ``python -m entitlements.report caseload.csv -o report.html``
does the same from a shell.

Money in the outputs is in pence.
"""

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import functools
import html
import io
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from . import _projection as P
from .caseload import spreadsheet_safe
from .columns import households_columns
from .dates import parse_date
from .errors import EntitlementsError, InputError
from .gain import (
    CAP_EXEMPTION_REASONS,
    CLAIMED_BENEFITS,
    CONVENTIONS,
    OUTCOME_KINDS,
    PROJECTION_STARTS,
    STAGES,
    LineSpec,
    Outcome,
    Scenario,
    gp_appointments_saved_a_year,
    hold_rates,
    line_specs,
)
from .household import AA_RATES, DLA_CARE, DLA_MOBILITY, LCWRA_PROTECTIONS, PIP_RATES, Adult, Child, Household, Housing
from .flat_columns import factorize, group_rows, households_from_flat_columns, is_na
from .records import MONEY_FIELDS, flat_key, household_from_flat, is_household_column, parse_flag, parse_pounds
from .tables import RulesVersion, Tables, default_tables

__all__ = ["OUTCOME_COLUMNS", "CaseloadGains", "caseload_gains", "cases_from_scenarios", "write_report", "main"]

#: Columns that describe the outcome (everything else that is not a
#: household column, and not ``after_*``, is a grouping column).
OUTCOME_COLUMNS = (
    "claim_start", "outcome", "outcome_date", "decision_date", "end_date", "evidence_date", "stage", "confirmed",
    "probability", "outcome_adult", "outcome_child", "award_pip_daily_living", "award_pip_mobility", "award_dla_care",
    "award_dla_mobility", "award_aa", "partner_carer", "lcwra_protection", "terminally_ill", "cap_exemption_reason",
    "benefit", "benefit_weekly", "lump_sum", "debt_written_off", "outcome_note",
)
_BENEFIT_LABELS = {"uc": "Universal Credit", "pip": "PIP", "dla": "DLA", "carers_allowance": "Carer's Allowance",
                   "child_benefit": "Child Benefit", "attendance_allowance": "Attendance Allowance", "other": "Other benefits"}
_PLACEHOLDER = Household(adults=Adult(age=30))


# -- reading cases ------------------------------------------------------------------


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def _bool(name: str, v: Any, default: bool = False) -> bool:
    return default if _blank(v) else parse_flag(v, name)


def _int(name: str, v: Any, default: int | None) -> int | None:
    if _blank(v):
        return default
    try:
        f = float(str(v).strip())
    except ValueError:
        raise InputError(name, v, "a whole number") from None
    if f != int(f):
        raise InputError(name, v, "a whole number")
    return int(f)


def _probability(v: Any) -> float | None:
    if _blank(v):
        return None
    s = str(v).strip()
    try:
        p = float(s.rstrip("%")) / (100 if s.endswith("%") else 1)
    except ValueError:
        raise InputError("probability", v, "a number from 0 to 1 (or a percentage such as 60%)") from None
    if not 0 <= p <= 1:
        raise InputError("probability", v, "a number from 0 to 1 (or a percentage such as 60%)")
    return p


def _text(name: str, v: Any, options: Sequence[str | None], default: str | None) -> str | None:
    if _blank(v):
        return default
    s = str(v).strip()
    if s not in options:
        raise InputError(name, v, "one of " + ", ".join(str(o) for o in options if o is not None))
    return s


_BOOL_LEAVES = {a.name for cls in (Adult, Child, Household, Housing) for a in attrs.fields(cls) if a.type in ("bool", "bool | None")}
_INT_LEAVES = {"age", "bedrooms", "rent_free_weeks", "childcare_children"}


def _typed(column: str, v: Any) -> Any:
    """An ``after_*`` value in the library's units (pounds to pence)."""
    leaf = column
    for prefix in ("housing_",):
        leaf = leaf.removeprefix(prefix)
    if "_" in leaf and leaf.split("_", 1)[0].rstrip("0123456789") in ("adult", "child"):
        leaf = leaf.split("_", 1)[1]
    if _blank(v):
        return None
    if leaf in MONEY_FIELDS:
        return parse_pounds(v, "after_" + column)
    if leaf in _BOOL_LEAVES:
        return _bool("after_" + column, v)
    if leaf == "date_of_birth":
        return parse_date(str(v), "after_" + column)
    if leaf in _INT_LEAVES:
        return _int("after_" + column, v, None)
    return str(v).strip()


@functools.lru_cache(maxsize=256)
def _key_plan(keys: tuple[str, ...], id_field: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A record's columns sorted once per header: household, after_* and
    grouping columns (the id and outcome columns are read by name)."""
    household, after, grouping = [], [], []
    for k in keys:
        if k is None or k == id_field or k in OUTCOME_COLUMNS:
            continue
        if k.startswith("after_"):
            after.append(k)
        elif is_household_column(k):
            household.append(k)
        else:
            grouping.append(k)
    return tuple(household), tuple(after), tuple(grouping)


def scenario_from_record(rec: Mapping[str, Any], *, id_field: str = "case_id") -> tuple[Scenario, dict[str, Any]]:
    """One case: its scenario, and its grouping columns."""
    if None in rec:
        raise InputError("(row)", rec[None], "no more cells than the header has columns")
    household_keys, after_keys, grouping_keys = _key_plan(tuple(rec), id_field)
    household = {k: rec[k] for k in household_keys if not _blank(rec[k])}
    after = {k.removeprefix("after_"): rec[k] for k in after_keys if not _blank(rec[k])}
    grouping = {k: None if _blank(rec[k]) else rec[k] for k in grouping_keys}
    h = household_from_flat(household)
    outcome = outcome_from_record(rec, after)
    scenario = Scenario(household=h, claim_start=_record_date(rec, "claim_start", True), outcomes=(outcome,),
                        name=str(rec.get(id_field) or ""))
    return scenario, grouping


def _record_date(rec: Mapping[str, Any], name: str, required: bool = False) -> dt.date | None:
    v = rec.get(name)
    if _blank(v):
        if required:
            raise InputError(name, None, "a date as YYYY-MM-DD or DD/MM/YYYY")
        return None
    return v if isinstance(v, dt.date) and not isinstance(v, dt.datetime) else parse_date(str(v), name)


def outcome_from_record(rec: Mapping[str, Any], after: Mapping[str, Any]) -> Outcome:
    """A case's outcome from its outcome columns (``after``: its filled
    ``after_*`` cells, without the prefix)."""
    date = functools.partial(_record_date, rec)
    kind = _text("outcome", rec.get("outcome"), OUTCOME_KINDS, None)
    if kind is None:
        raise InputError("outcome", rec.get("outcome"), "one of " + ", ".join(OUTCOME_KINDS))
    money = lambda name: 0 if _blank(rec.get(name)) else parse_pounds(rec.get(name), name)  # noqa: E731
    outcome = Outcome(
        kind=kind,
        effective=date("outcome_date", True),
        decided=date("decision_date"),
        ends=date("end_date"),
        evidence_date=date("evidence_date"),
        stage=_text("stage", rec.get("stage"), STAGES, "initial"),
        confirmed=_bool("confirmed", rec.get("confirmed")),
        probability=_probability(rec.get("probability")),
        adult=_int("outcome_adult", rec.get("outcome_adult"), 1),
        child=_int("outcome_child", rec.get("outcome_child"), None),
        pip_daily_living=_text("award_pip_daily_living", rec.get("award_pip_daily_living"), PIP_RATES, "none"),
        pip_mobility=_text("award_pip_mobility", rec.get("award_pip_mobility"), PIP_RATES, "none"),
        dla_care=_text("award_dla_care", rec.get("award_dla_care"), DLA_CARE, "none"),
        dla_mobility=_text("award_dla_mobility", rec.get("award_dla_mobility"), DLA_MOBILITY, "none"),
        aa_rate=_text("award_aa", rec.get("award_aa"), AA_RATES, "none"),
        partner_carer=_bool("partner_carer", rec.get("partner_carer")),
        lcwra_protection=_text("lcwra_protection", rec.get("lcwra_protection"), (None, "new_claimant") + LCWRA_PROTECTIONS, None),
        terminally_ill=_bool("terminally_ill", rec.get("terminally_ill")),
        reason=_text("cap_exemption_reason", rec.get("cap_exemption_reason"), CAP_EXEMPTION_REASONS, None),
        benefit=_text("benefit", rec.get("benefit"), CLAIMED_BENEFITS, None),
        weekly_amount=money("benefit_weekly"),
        changes={k: _typed(k, v) for k, v in after.items()},
        lump_sum=money("lump_sum"),
        debt_written_off=money("debt_written_off"),
        note="" if _blank(rec.get("outcome_note")) else str(rec.get("outcome_note")),
    )
    if kind not in ("housing_change", "income_change") and after:
        raise InputError("after_" + next(iter(after)), next(iter(after.values())), "empty unless the outcome is housing_change or income_change")
    return outcome


#: The case columns an outcome gives on its own: (field, value, dtype, value
#: for a row with no outcome).
_OUTCOME_CODES = (
    ("kind", lambda o: P.KIND[o.kind], np.int8, -1),
    ("adult", lambda o: o.adult, np.int8, 1),
    ("child_slot", lambda o: (o.child - 1) if o.child is not None else -1, np.int8, -1),
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
    ("prob_num", lambda o: P.fraction_parts(o.probability)[0] if o.probability is not None else -1, np.int64, -1),
    ("prob_den", lambda o: P.fraction_parts(o.probability)[1] if o.probability is not None else 1, np.int64, 1),
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
    """Each entry's benefit line (see :func:`entitlements.gain.line_specs`)
    as ``line_table``, ``line_coef`` and ``line_fixed`` columns."""
    n = len(specs)
    table = np.zeros(n, np.int8)
    coef = np.zeros((n, P.LINE_WIDTH), np.int64)
    fixed = np.zeros(n, np.int64)
    for i, entry in enumerate(specs):
        for spec in entry:
            table[i] = P.LINE_NAMES.index(spec.benefit)
            fixed[i] = spec.fixed_weekly
            if spec.table_id is not None:
                keys = P.LINE_KEYS[spec.table_id]
                for key, c in spec.coefficients.items():
                    coef[i, keys.index(key)] = c
    return table, coef, fixed


def cases_from_scenarios(scenarios: Sequence[Scenario | None], reasons: Sequence[str] | None = None) -> P.Cases:
    """Single-outcome scenarios as columns (None: a row that could not be
    read, kept with its reason)."""
    from .gain import apply_changes

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

    day = lambda d: P.day_number(d) if d is not None else int(P.NEVER)  # noqa: E731
    generic = [i for i, x in enumerate(o) if x is not None and x.kind in ("housing_change", "income_change")]
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
    claim = np.array([day(s.claim_start) if (s is not None and valid[i]) else int(P.NEVER) for i, s in enumerate(scenarios)], np.int64)
    return P.Cases(
        before=before,
        valid=valid,
        reasons=np.array(reasons, dtype=object).reshape(n),
        claim_start=claim,
        effective=arr(lambda x: day(x.effective), np.int64, int(P.NEVER)),
        decided=arr(lambda x: day(x.decision_date), np.int64, int(P.NEVER)),
        ends=arr(lambda x: day(x.ends), np.int64, int(P.NEVER)),
        evidence=arr(lambda x: day(x.evidence), np.int64, int(P.NEVER)),
        **_outcome_codes(o),
        line_table=line_table,
        line_coef=line_coef,
        line_fixed=line_fixed,
        after=after,
        after_row=after_row,
    )


# -- reading a caseload of outcomes in columns ---------------------------------------------

_DATE_COLUMNS = ("claim_start", "outcome_date", "decision_date", "end_date", "evidence_date")
_PLACEHOLDER_DATES = {"claim_start": "2000-01-01", "outcome_date": "2000-01-01"}
#: Every column of a case but its households.
_PER_ROW_FIELDS = tuple(f.name for f in attrs.fields(P.Cases) if f.name not in ("before", "after", "after_row"))


def cases_from_columns(columns: Mapping[str, Sequence[Any]], n: int, *, id_field: str = "case_id") -> P.Cases:
    """A caseload of outcomes given as columns (as in the CSV), as
    :func:`cases_from_scenarios` gives it from the same rows read one by one.

    The households are read in columns (:mod:`entitlements.flat_columns`).
    Each distinct outcome (its columns other than the dates) is read once by
    :func:`outcome_from_record`, with the same checks; each distinct date
    once; the benefit lines once for each distinct outcome and what the
    household already had (:func:`entitlements.gain.line_specs`); a changed
    household in columns too (:func:`_changed_households`). Rows with
    something wrong are read one by one, so a row's error is the same as
    reading it alone."""
    if not n:
        return cases_from_scenarios([], [])
    names = tuple(columns)
    household_keys, after_keys, _ = _key_plan(names, id_field)
    before, ok, _ = households_from_flat_columns({k: columns[k] for k in household_keys}, n)
    alone = ~ok  # rows read one by one
    codes = {k: factorize(columns[k]) for k in names if k in OUTCOME_COLUMNS or k in after_keys}

    # Dates, each distinct value once.
    day = {}
    for k in _DATE_COLUMNS:
        if k not in codes:
            day[k] = np.full(n, P.NEVER, np.int64)
            continue
        c, distinct = codes[k]
        parsed = np.full(len(distinct) + 1, P.NEVER, np.int64)
        for j, v in enumerate(distinct, start=1):
            try:
                parsed[j] = P.day_number(_record_date({k: v}, k))
            except InputError:
                alone |= c == j
        day[k] = parsed[c]
    alone |= (day["claim_start"] >= P.NEVER) | (day["outcome_date"] >= P.NEVER)  # required

    # Each distinct outcome (its columns but the dates and the note), read
    # once with placeholder dates; whether any after_* cell is filled counts.
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
    template_ok = np.array([o is not None for o in outcomes], bool)
    alone |= ~template_ok[inverse] if len(outcomes) else np.ones(n, bool)

    coded = _outcome_codes(outcomes, inverse)
    adult, partner_carer, kind = coded["adult"], coded["partner_carer"], coded["kind"]
    child = coded["child_slot"].astype(np.int64) + 1  # 0: no child named
    # The checks a scenario makes of its outcome against the household, and
    # the outcome's own date order: where they fail, the row is read alone.
    n_children = before.children.present.sum(axis=1)
    alone |= ((adult == 2) | partner_carer) & ~before.couple
    alone |= child > n_children
    decided = np.where(day["decision_date"] < P.NEVER, day["decision_date"], day["outcome_date"])
    alone |= (day["end_date"] < P.NEVER) & (day["end_date"] <= day["outcome_date"])
    dob = before.children.date_of_birth

    # The benefit lines: what the household had matters (an award is the
    # increase over it), so each distinct (outcome, what it had) once.
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

    valid = ~alone
    cases = P.Cases(
        before=before,
        valid=valid.copy(),
        reasons=np.full(n, "", dtype=object),
        claim_start=day["claim_start"],
        effective=day["outcome_date"],
        decided=decided,
        ends=day["end_date"],
        evidence=np.where(day["evidence_date"] < P.NEVER, day["evidence_date"], day["outcome_date"]),
        **coded,
        line_table=line_table[lk_inverse],
        line_coef=line_coef[lk_inverse],
        line_fixed=line_fixed[lk_inverse],
        after=None,
        after_row=np.full(n, -1, np.int64),
    )
    generic = ~alone & np.isin(kind, [P.KIND[k] for k in _GENERIC])
    if generic.any():
        after, after_row, unread = _changed_households(columns, codes, household_keys, after_keys, np.flatnonzero(generic),
                                                       before.couple)
        alone |= unread
        cases = attrs.evolve(cases, valid=~alone, after=after, after_row=after_row)
    return _with_rows_read_alone(cases, columns, np.flatnonzero(alone), id_field)


_GENERIC = ("housing_change", "income_change")


def _changed_households(columns, codes, household_keys, after_keys, rows: np.ndarray, couple: np.ndarray):
    """The households after a change (``after_*`` cells), read in columns:
    each row's household columns with its filled ``after_*`` cells in their
    place, which is what :func:`entitlements.gain.apply_changes` does with
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


def _with_rows_read_alone(cases: P.Cases, columns: Mapping[str, Sequence[Any]], rows: np.ndarray, id_field: str) -> P.Cases:
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
        try:
            s, _ = scenario_from_record(rec, id_field=id_field)
            scenarios.append(s)
            reasons.append("")
        except InputError as e:
            scenarios.append(None)
            reasons.append(str(e))
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


# -- results ----------------------------------------------------------------------------


_PROB_SOURCES = ("confirmed", "given", "published", "none")


@attrs.frozen
class CaseloadGains:
    """Gains for every row of a caseload (arrays, one entry per input row;
    rows that could not be projected are ``valid == False`` with a reason,
    and their amounts are empty in every export)."""

    ids: np.ndarray
    grouping: Mapping[str, np.ndarray]
    cases: P.Cases
    projection: P.Projection
    prob_num: np.ndarray
    prob_den: np.ndarray
    prob_source: np.ndarray
    gp_each: int
    gp_source: str
    convention: str
    horizon_months: int
    projection_from: str
    rules: RulesVersion
    source: str = "caseload"

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @property
    def valid(self) -> np.ndarray:
        return self.projection.valid

    @property
    def reasons(self) -> np.ndarray:
        return self.projection.reasons

    # Amounts per case [pence].
    @property
    def projected(self) -> np.ndarray:
        return self.projection.projected_uc + self.projection.line_projected

    @property
    def arrears(self) -> np.ndarray:
        return self.projection.arrears_uc + self.projection.line_arrears

    @property
    def weekly_total(self) -> np.ndarray:
        return self.projection.recurring_weekly + self.projection.line_weekly

    @property
    def annual(self) -> np.ndarray:
        return self.projection.annual

    @property
    def annual_uc(self) -> np.ndarray:
        p = self.projection
        return p.recurring_weekly * 52 if self.convention == "weekly_x52" else p.recurring_monthly * 12

    @property
    def gains_lcw(self) -> np.ndarray:
        k = self.cases.kind
        return self.valid & ((k == P.KIND["lcw_found"]) | (k == P.KIND["lcwra_found"]))

    def weighted(self, amount: np.ndarray) -> np.ndarray:
        """``amount`` x each case's probability of success, to the penny."""
        return _weighted(amount, self.prob_num, self.prob_den)

    def rows(self) -> Iterable[dict[str, Any]]:
        """One dict per input row, in input order (money in pence)."""
        p, c = self.projection, self.cases
        day = lambda x: P.to_date(x).isoformat() if x < P.NEVER else ""  # noqa: E731
        annual_w = self.weighted(self.annual)
        proj, proj_w = self.projected, self.weighted(self.projected)
        arrears = self.arrears
        for i in range(len(self)):
            ok = bool(p.valid[i])
            out: dict[str, Any] = {"case_id": self.ids[i]}
            for k, v in self.grouping.items():
                out[k] = v[i]
            out["valid"] = ok
            out["error"] = str(p.reasons[i]) if not ok else ""
            kind = int(c.kind[i])
            out["outcome"] = OUTCOME_KINDS[kind] if kind >= 0 else ""
            out["stage"] = STAGES[int(c.stage[i])] if kind >= 0 else ""
            out["confirmed"] = bool(c.confirmed[i]) if kind >= 0 else ""
            if not ok:
                yield out
                continue
            out.update({
                "probability": round(self.prob_num[i] / self.prob_den[i], 4),
                "probability_source": _PROB_SOURCES[int(self.prob_source[i])],
                "claim_start": day(c.claim_start[i]),
                "outcome_date": day(c.effective[i]),
                "decision_date": day(c.decided[i]),
                "recurring_from": day(p.recurring_from[i]),
                "uc_monthly_gain_pence": int(p.recurring_monthly[i]),
                "uc_weekly_gain_pence": int(p.recurring_weekly[i]),
                "benefit": P.LINE_NAMES[int(c.line_table[i])],
                "benefit_weekly_pence": int(p.line_weekly[i]),
                "weekly_gain_pence": int(self.weekly_total[i]),
                "annual_convention": self.convention,
                "annual_gain_pence": int(self.annual[i]),
                "annual_gain_weighted_pence": int(annual_w[i]),
                "projection_start": day(p.projection_start[i]),
                "projection_months": self.horizon_months,
                "projected_uc_pence": int(p.projected_uc[i]),
                "projected_benefit_pence": int(p.line_projected[i]),
                "projected_gain_pence": int(proj[i]),
                "projected_gain_weighted_pence": int(proj_w[i]),
                "arrears_uc_pence": int(p.arrears_uc[i]),
                "arrears_benefit_pence": int(p.line_arrears[i]),
                "arrears_pence": int(arrears[i]),
                "lump_sum_pence": int(c.lump_sum[i]),
                "debt_written_off_pence": int(c.debt_written_off[i]),
                "lcwra_protected": bool(p.protected[i]),
                "gains_lcw_or_lcwra": bool(self.gains_lcw[i]),
                "gp_appointments_saved_a_year": self.gp_each if self.gains_lcw[i] else 0,
            })
            yield out

    def to_csv(self, path: str | Path | None = None) -> str | None:
        """Per-case gains as CSV (money in pence), every input row kept;
        cells a spreadsheet would run as a formula are neutralised. Returns
        the text when ``path`` is None."""
        rows = list(self.rows())
        fields: list[str] = []
        for r in rows:
            for k in r:
                if k not in fields:
                    fields.append(k)
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=fields, restval="")
        w.writeheader()
        for r in rows:
            w.writerow({k: spreadsheet_safe(v) for k, v in r.items()})
        if path is None:
            return buf.getvalue()
        Path(path).write_text(buf.getvalue(), encoding="utf-8", newline="")
        return None

    def to_dataframe(self):
        """Per-case gains as a pandas DataFrame (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise EntitlementsError("to_dataframe needs pandas: pip install 'entitlements[notebook]'") from None
        return pd.DataFrame(list(self.rows()))

    def errors(self) -> list[dict[str, Any]]:
        """Rows that could not be projected: row number (1-based), case id, reason."""
        return [{"row": int(i) + 1, "case_id": self.ids[i], "reason": str(self.reasons[i])}
                for i in np.flatnonzero(~self.valid)]

    def summary(self, group_by: Sequence[str] | None = None) -> dict[str, Any]:
        """Totals, the per-case distribution, gains by benefit, by outcome,
        by stage, predicted and confirmed, and by every grouping column (or
        those named), patients gaining LCW or LCWRA and GP appointments saved.
        JSON-ready; money in pence."""
        v = self.valid
        p, c = self.projection, self.cases
        annual, annual_w = self.annual, self.weighted(self.annual)
        proj, proj_w = self.projected, self.weighted(self.projected)
        arrears = self.arrears
        gained = v & (annual > 0)

        def block(mask) -> dict[str, Any]:
            m = mask & v
            return {
                "cases": int(m.sum()),
                "cases_with_a_gain": int((m & (annual > 0)).sum()),
                "annual_gain_pence": int(annual[m].sum()),
                "annual_gain_weighted_pence": int(annual_w[m].sum()),
                "mean_annual_gain_pence": int(round(annual[m].mean())) if m.any() else 0,
                "projected_gain_pence": int(proj[m].sum()),
                "projected_gain_weighted_pence": int(proj_w[m].sum()),
                "arrears_pence": int(arrears[m].sum()),
                "lump_sum_pence": int(c.lump_sum[m].sum()),
                "debt_written_off_pence": int(c.debt_written_off[m].sum()),
            }

        a = annual[v]
        dist = {}
        if a.size:
            q = np.percentile(a, [10, 25, 50, 75, 90])
            dist = {"min_pence": int(a.min()), "p10_pence": int(round(q[0])), "p25_pence": int(round(q[1])),
                    "median_pence": int(round(q[2])), "p75_pence": int(round(q[3])), "p90_pence": int(round(q[4])),
                    "max_pence": int(a.max()), "mean_pence": int(round(a.mean()))}
        by_benefit = {"uc": int(self.annual_uc[v].sum())}
        line_annual = (p.line_weekly * 52) if self.convention == "weekly_x52" else (P.weekly_to_monthly(p.line_weekly) * 12)
        for code, name in enumerate(P.LINE_NAMES):
            if code == 0:
                continue
            m = v & (c.line_table == code)
            if m.any():
                by_benefit[name] = int(line_annual[m].sum())
        by_outcome = {k: block(c.kind == P.KIND[k]) for k in OUTCOME_KINDS if ((c.kind == P.KIND[k]) & v).any()}
        by_stage = {s: block(c.stage == i) for i, s in enumerate(STAGES) if ((c.stage == i) & v).any()}
        groups = list(group_by) if group_by is not None else list(self.grouping)
        by_group: dict[str, dict[str, Any]] = {}
        for g in groups:
            if g not in self.grouping:
                raise InputError("group_by", g, "one of the grouping columns: " + ", ".join(self.grouping) if self.grouping else "a grouping column (the caseload has none)")
            col = np.array(["(blank)" if x is None else str(x) for x in self.grouping[g]], dtype=object)
            labels = sorted(set(col[v].tolist()), key=_natural)
            by_group[g] = {lab: block(col == lab) for lab in labels}
        lcw = self.gains_lcw
        prob_used = {}
        for i, s in enumerate(_PROB_SOURCES):
            m = v & (self.prob_source == i)
            if m.any():
                prob_used[s] = int(m.sum())
        return {
            "source": self.source,
            "cases": len(self),
            "cases_projected": int(v.sum()),
            "cases_with_errors": int((~v).sum()),
            "cases_with_a_gain": int(gained.sum()),
            "totals": block(np.ones(len(self), bool)),
            "confirmed": block(c.confirmed),
            "predicted": block(~c.confirmed),
            "weekly_gain_pence": int(self.weekly_total[v].sum()),
            "distribution_of_annual_gain": dist,
            "annual_gain_by_benefit_pence": by_benefit,
            "by_outcome": by_outcome,
            "by_stage": by_stage,
            "by_group": by_group,
            "health": {
                "patients_gaining_lcw_or_lcwra": int(lcw.sum()),
                "patients_gaining_lcw_or_lcwra_weighted": round(float((self.prob_num[lcw] / self.prob_den[lcw]).sum()), 2),
                "gp_appointments_saved_a_year": int(lcw.sum()) * self.gp_each,
                "gp_appointments_saved_a_year_weighted": round(float((self.prob_num[lcw] / self.prob_den[lcw]).sum()) * self.gp_each, 1),
                "per_patient": self.gp_each,
                "source": self.gp_source,
            },
            "assumptions": {
                "convention": self.convention,
                "horizon_months": self.horizon_months,
                "projection_from": self.projection_from,
                "probabilities_used": prob_used,
                "rules": str(self.rules),
            },
            "engine": {"runs_estimated": p.runs_evaluated, "runs_on_own_date": p.runs_on_own_date, "engine_calls": p.calls},
        }


def _weighted(amount, num, den):
    return _half_up_div(np.asarray(amount, np.int64) * num, den)


def _half_up_div(numer: np.ndarray, den: np.ndarray) -> np.ndarray:
    """``numer / den`` to the nearest integer, a half away from zero (den > 0, per row)."""
    mag = (2 * np.abs(numer) + den) // (2 * den)
    return np.where(numer < 0, -mag, mag)


def _natural(s: str):
    try:
        return (0, float(s), s)
    except ValueError:
        return (1, 0.0, s)


# -- the one call -------------------------------------------------------------------------


def _records_from(source: Any) -> tuple[Iterable[Mapping[str, Any]], str]:
    if isinstance(source, (str, Path)):
        p = Path(source)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise InputError("caseload", str(p), "a CSV file that exists") from None
        return list(csv.DictReader(io.StringIO(text))), p.name
    if hasattr(source, "itertuples") and hasattr(source, "columns"):
        cols = [str(c) for c in source.columns]
        recs = [{c: (None if is_na(v) else v) for c, v in zip(cols, row)} for row in source.itertuples(index=False, name=None)]
        return recs, "DataFrame"
    return list(source), "records"


def _column_values(values: Sequence[Any]) -> list[Any]:
    """A grouping column's values, blanks as None."""
    code, distinct = factorize(values)
    return np.array([None, *distinct], dtype=object)[code].tolist()


def _columns_from(source: Any) -> tuple[dict[str, Sequence[Any]] | None, str]:
    """A caseload's columns where it has one header (a CSV file, a
    DataFrame, records with the same fields); None to read it row by row."""
    if isinstance(source, (str, Path)):
        from .caseload import read_csv_columns

        p = Path(source)
        return read_csv_columns(p), p.name
    if hasattr(source, "itertuples") and hasattr(source, "columns"):
        names = [str(c) for c in source.columns]
        if len(set(names)) != len(names):
            return None, "DataFrame"
        return {name: source[c].to_numpy(dtype=object) for name, c in zip(names, source.columns)}, "DataFrame"
    records = source if isinstance(source, list) else None
    if records and all(isinstance(r, Mapping) for r in records):
        header = tuple(records[0])
        if None not in header and all(tuple(r) == header for r in records):
            return {k: [r[k] for r in records] for k in header}, "records"
    return None, "records"


def caseload_gains(
    source: Any,
    *,
    horizon_months: int = 12,
    convention: str = "weekly_x52",
    projection_from: str = "decision",
    tables: Tables | None = None,
    hold_rates_until: dt.date | None = None,
    id_field: str = "case_id",
) -> CaseloadGains:
    """Gains for every case of a caseload: a CSV path, a pandas DataFrame,
    records (mappings), or a list of single-outcome :class:`~entitlements.gain.Scenario`.

    The figures are those :func:`entitlements.gain.income_gain` gives for each
    case on its own, worked out for the whole caseload together (see
    :mod:`entitlements._projection`).

    >>> import datetime as dt
    >>> rows = [{"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
    ...          "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes", "practice": "P1"},
    ...         {"case_id": "b", "adult1_age": "-3", "claim_start": "2025-01-10", "outcome": "lcwra_found",
    ...          "outcome_date": "2025-01-10", "practice": "P2"}]
    >>> g = caseload_gains(rows)
    >>> g.annual.tolist(), g.valid.tolist()
    ([507936, 0], [True, False])
    """
    if convention not in CONVENTIONS:
        raise InputError("convention", convention, "one of " + ", ".join(CONVENTIONS))
    if projection_from not in PROJECTION_STARTS:
        raise InputError("projection_from", projection_from, "one of " + ", ".join(PROJECTION_STARTS))
    if isinstance(horizon_months, bool) or not isinstance(horizon_months, int) or not 1 <= horizon_months <= 120:
        raise InputError("horizon_months", horizon_months, "a whole number from 1 to 120")
    tables = tables if tables is not None else default_tables()
    if hold_rates_until is not None:
        tables = hold_rates(tables, hold_rates_until)
    scenario_source = isinstance(source, Sequence) and bool(source) and all(isinstance(s, Scenario) for s in source)
    columns: dict[str, Sequence[Any]] | None = None
    if scenario_source:
        scenarios: list[Scenario | None] = list(source)
        reasons = [""] * len(scenarios)
        ids = [s.name or str(i + 1) for i, s in enumerate(scenarios)]
        grouping: dict[str, list[Any]] = {}
        label = "scenarios"
    else:
        columns, label = _columns_from(source)
    if not scenario_source and columns is not None:
        n = len(columns[next(iter(columns))]) if columns else 0
        cases = cases_from_columns(columns, n, id_field=id_field)
        raw_ids = columns.get(id_field, [None] * n)
        ids = [str((None if _blank(v) else v) or (i + 1)) for i, v in enumerate(raw_ids)]
        grouping = {k: _column_values(columns[k]) for k in _key_plan(tuple(columns), id_field)[2]}
    elif not scenario_source:
        records, label = _records_from(source)
        scenarios, reasons, ids, grouping = [], [], [], {}
        for i, rec in enumerate(records):
            ids.append(str(rec.get(id_field) or i + 1))
            for k in _key_plan(tuple(rec), id_field)[2]:
                if k not in grouping:
                    grouping[k] = [None] * i
            for k in grouping:
                v = rec.get(k)
                grouping[k].append(None if _blank(v) else v)
            try:
                s, _ = scenario_from_record(rec, id_field=id_field)
                scenarios.append(s)
                reasons.append("")
            except InputError as e:
                scenarios.append(None)
                reasons.append(str(e))
        grouping = {k: v + [None] * (len(scenarios) - len(v)) for k, v in grouping.items()}
    if scenario_source or columns is None:
        cases = cases_from_scenarios(scenarios, reasons)
    proj = P.project(cases, horizon=horizon_months, projection_from=projection_from, convention=convention, tables=tables)
    num, den, src = P.probabilities(cases, tables)
    gp_each, gp_source = gp_appointments_saved_a_year(tables)
    n = len(cases)
    return CaseloadGains(
        ids=np.array(ids, dtype=object).reshape(n),
        grouping={k: np.array(v, dtype=object).reshape(n) for k, v in grouping.items()},
        cases=cases,
        projection=proj,
        prob_num=num,
        prob_den=den,
        prob_source=src,
        gp_each=gp_each,
        gp_source=gp_source,
        convention=convention,
        horizon_months=horizon_months,
        projection_from=projection_from,
        rules=tables.version,
        source=label,
    )


# -- the report -------------------------------------------------------------------------------


def _money(p: int) -> str:
    s = "-" if p < 0 else ""
    p = abs(int(p))
    return f"{s}£{p // 100:,}" if p % 100 == 0 and p >= 100_000_00 else f"{s}£{p // 100:,}.{p % 100:02d}"


def _pounds0(p: int) -> str:
    return ("-" if p < 0 else "") + f"£{abs(int(round(p / 100))):,}"


@attrs.frozen
class _Chart:
    name: str
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    xlabel: str
    ylabel: str


def _charts(g: CaseloadGains, s: dict[str, Any]) -> list[_Chart]:
    charts = []
    bb = s["annual_gain_by_benefit_pence"]
    charts.append(_Chart("gains_by_benefit", "Annual income gain by benefit",
                         tuple(_BENEFIT_LABELS.get(k, k) for k in bb), tuple(v / 100 for v in bb.values()), "", "£ a year"))
    a = g.annual[g.valid] / 100
    if a.size:
        top = max(float(a.max()), 1.0)
        bottom = min(float(a.min()), 0.0)
        span = top - bottom
        width = 10 ** math.floor(math.log10(span / 10)) if span >= 10 else 1
        width = next(w for w in (width, 2 * width, 5 * width, 10 * width) if span / w <= 12)
        edges = np.arange(math.floor(bottom / width) * width, top + width, width)
        counts, _ = np.histogram(a, bins=edges)
        labels = tuple(f"£{int(edges[i]):,} to {int(edges[i + 1]):,}" for i in range(len(counts)))
        charts.append(_Chart("distribution", "Distribution of annual gain per case", labels, tuple(float(x) for x in counts),
                             "annual gain", "cases"))
    for col in ("imd_decile", "deprivation_decile"):
        if col in s["by_group"]:
            d = s["by_group"][col]
            charts.append(_Chart("by_decile", "Annual income gain by deprivation decile (1 = most deprived)",
                                 tuple(d), tuple(v["annual_gain_pence"] / 100 for v in d.values()), "IMD decile", "£ a year"))
            break
    by = s["by_outcome"]
    if by:
        charts.append(_Chart("by_outcome", "Annual income gain by outcome", tuple(k.replace("_", " ") for k in by),
                             tuple(v["annual_gain_pence"] / 100 for v in by.values()), "", "£ a year"))
    return charts


def _png(chart: _Chart) -> bytes | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    fig, ax = plt.subplots(figsize=(7.5, 3.6), dpi=100)
    ax.bar(range(len(chart.values)), chart.values, color="#2b6f8e")
    ax.set_xticks(range(len(chart.labels)), chart.labels, rotation=30 if len(chart.labels) > 5 else 0, ha="right" if len(chart.labels) > 5 else "center", fontsize=8)
    ax.set_title(chart.title, fontsize=11)
    ax.set_ylabel(chart.ylabel)
    if chart.xlabel:
        ax.set_xlabel(chart.xlabel)
    ax.spines[["top", "right"]].set_visible(False)
    from matplotlib.ticker import FuncFormatter

    money = chart.ylabel.startswith("£")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: (f"£{x:,.0f}" if money else f"{x:,.0f}")))
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def _svg(chart: _Chart) -> str:
    """A bar chart as SVG, for when matplotlib is not installed."""
    w, h, left, bottom, top = 720, 320, 70, 90, 30
    n = max(len(chart.values), 1)
    vmax = max([v for v in chart.values] + [1e-9])
    bw = (w - left - 20) / n
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="{html.escape(chart.title)}" font-family="sans-serif" font-size="11">',
           f'<text x="{w / 2}" y="18" text-anchor="middle" font-size="14">{html.escape(chart.title)}</text>',
           f'<line x1="{left}" y1="{h - bottom}" x2="{w - 10}" y2="{h - bottom}" stroke="#333"/>']
    for i in range(5):
        y = h - bottom - (h - bottom - top) * i / 4
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{vmax * i / 4:,.0f}</text>')
    for i, (lab, v) in enumerate(zip(chart.labels, chart.values)):
        bh = (h - bottom - top) * (v / vmax if vmax else 0)
        x = left + i * bw + bw * 0.1
        out.append(f'<rect x="{x:.1f}" y="{h - bottom - bh:.1f}" width="{bw * 0.8:.1f}" height="{bh:.1f}" fill="#2b6f8e"><title>{html.escape(lab)}: {v:,.2f}</title></rect>')
        out.append(f'<text transform="translate({x + bw * 0.4:.1f},{h - bottom + 12}) rotate(35)" text-anchor="start">{html.escape(lab)}</text>')
    out.append(f'<text transform="translate(14,{(h - bottom) / 2}) rotate(-90)" text-anchor="middle">{html.escape(chart.ylabel)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _table_md(header: list[str], rows: list[list[str]]) -> str:
    numeric = [i > 0 and all(r[i][:1] in "£-0123456789" for r in rows if r[i]) for i in range(len(header))]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if numeric[i] else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def _table_html(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(x)}</th>" for x in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _sections(g: CaseloadGains, s: dict[str, Any], title: str) -> list[tuple[str, Any]]:
    """The report as (kind, content) parts: "h1", "h2", "p", "table", "chart"."""
    t = s["totals"]
    parts: list[tuple[str, Any]] = [("h1", title)]
    conv = "weekly gain x 52" if g.convention == "weekly_x52" else "monthly gain x 12"
    parts.append(("p", f"{s['cases']:,} cases; {s['cases_projected']:,} projected, {s['cases_with_errors']:,} could not be "
                       f"(listed at the end). Rules: {s['assumptions']['rules']}."))
    parts.append(("h2", "Headline"))
    parts.append(("table", (["Measure", "Amount"], [
        ["Annual income gain (" + conv + ")", _pounds0(t["annual_gain_pence"])],
        ["  weighted by the chance of success", _pounds0(t["annual_gain_weighted_pence"])],
        [f"Projected gain over the next {g.horizon_months} months", _pounds0(t["projected_gain_pence"])],
        ["  weighted", _pounds0(t["projected_gain_weighted_pence"])],
        ["Arrears (one-off)", _pounds0(t["arrears_pence"])],
        ["Lump sums (one-off)", _pounds0(t["lump_sum_pence"])],
        ["Debts written off", _pounds0(t["debt_written_off_pence"])],
        ["Cases with a gain", f"{s['cases_with_a_gain']:,}"],
        ["Mean annual gain per case", _pounds0(t["mean_annual_gain_pence"])],
        ["Patients gaining LCW or LCWRA", f"{s['health']['patients_gaining_lcw_or_lcwra']:,}"],
        ["GP appointments saved a year", f"{s['health']['gp_appointments_saved_a_year']:,} "
                                         f"(weighted {s['health']['gp_appointments_saved_a_year_weighted']:,})"],
    ])))
    parts.append(("h2", "Confirmed and predicted"))
    rows = []
    for name in ("confirmed", "predicted"):
        b = s[name]
        rows.append([name, f"{b['cases']:,}", _pounds0(b["annual_gain_pence"]), _pounds0(b["annual_gain_weighted_pence"]),
                     _pounds0(b["projected_gain_pence"]), _pounds0(b["arrears_pence"])])
    parts.append(("table", (["", "Cases", "Annual gain", "Weighted", "Projected", "Arrears"], rows)))
    charts = _charts(g, s)
    byname = {c.name: c for c in charts}
    parts.append(("h2", "Gains by benefit"))
    parts.append(("table", (["Benefit", "Annual gain"], [[_BENEFIT_LABELS.get(k, k), _pounds0(v)]
                                                          for k, v in s["annual_gain_by_benefit_pence"].items()])))
    parts.append(("chart", byname["gains_by_benefit"]))
    if "distribution" in byname:
        d = s["distribution_of_annual_gain"]
        parts.append(("h2", "Distribution of gains"))
        parts.append(("table", (["Lowest", "10%", "25%", "Median", "75%", "90%", "Highest", "Mean"],
                                [[_pounds0(d[k]) for k in ("min_pence", "p10_pence", "p25_pence", "median_pence", "p75_pence",
                                                            "p90_pence", "max_pence", "mean_pence")]])))
        parts.append(("chart", byname["distribution"]))
    parts.append(("h2", "By outcome"))
    parts.append(("table", (["Outcome", "Cases", "Annual gain", "Mean", "Projected", "Arrears"],
                            [[k.replace("_", " "), f"{b['cases']:,}", _pounds0(b["annual_gain_pence"]), _pounds0(b["mean_annual_gain_pence"]),
                              _pounds0(b["projected_gain_pence"]), _pounds0(b["arrears_pence"])] for k, b in s["by_outcome"].items()])))
    if "by_outcome" in byname:
        parts.append(("chart", byname["by_outcome"]))
    parts.append(("h2", "By stage"))
    parts.append(("table", (["Stage", "Cases", "Annual gain", "Weighted"],
                            [[k.replace("_", " "), f"{b['cases']:,}", _pounds0(b["annual_gain_pence"]), _pounds0(b["annual_gain_weighted_pence"])]
                             for k, b in s["by_stage"].items()])))
    for col, groups in s["by_group"].items():
        parts.append(("h2", "By " + col.replace("_", " ")))
        parts.append(("table", ([col.replace("_", " ").capitalize(), "Cases", "With a gain", "Annual gain", "Mean", "Projected"],
                                [[k, f"{b['cases']:,}", f"{b['cases_with_a_gain']:,}", _pounds0(b["annual_gain_pence"]),
                                  _pounds0(b["mean_annual_gain_pence"]), _pounds0(b["projected_gain_pence"])] for k, b in groups.items()])))
        if col in ("imd_decile", "deprivation_decile") and "by_decile" in byname:
            parts.append(("chart", byname["by_decile"]))
    parts.append(("h2", "How these figures are worked out"))
    a = s["assumptions"]
    notes = [
        f"Universal Credit is estimated assessment period by assessment period with the rates in force for each, before and "
        f"after the outcome, by the entitlements engine ({a['rules']}).",
        f"Annual income gain: the recurring gain once the outcome is in payment, {conv}; the weekly equivalent of a monthly "
        "UC gain is x 12 / 52, rounded to the penny. Benefits paid in their own right (PIP, DLA, Carer's Allowance, ...) are added at their weekly rates.",
        f"Projection: {g.horizon_months} assessment periods from the {'decision' if g.projection_from == 'decision' else 'outcome taking effect'}, "
        "including the LCWRA relevant period, uprating and the 6 April 2026 LCWRA rates, and award end dates.",
        "Arrears are the assessment periods before the decision, paid as a lump sum; lump sums and debts written off are as recorded.",
        "Weighted figures multiply each predicted outcome by its chance of success: the probability recorded, or the latest "
        "published rate for its benefit and stage (rules/gain/success_*.toml); cases: "
        + ", ".join(f"{k.replace('none', 'no published rate (not discounted)')} {v:,}" for k, v in a["probabilities_used"].items()) + ".",
        f"GP appointments saved: {s['health']['per_patient']} a year per patient found to have LCW or LCWRA ({s['health']['source']}).",
    ]
    parts.append(("list", notes))
    errs = g.errors()
    if errs:
        parts.append(("h2", "Rows that could not be projected"))
        parts.append(("table", (["Row", "Case", "Reason"], [[str(e["row"]), str(e["case_id"]), e["reason"]] for e in errs])))
    return parts


def render_markdown(g: CaseloadGains, *, title: str = "Income gain report", images: Mapping[str, str] | None = None,
                    group_by: Sequence[str] | None = None) -> str:
    """The report as Markdown. ``images`` maps a chart name to the file it
    was written to (charts without one are left out)."""
    s = g.summary(group_by)
    out = []
    for kind, x in _sections(g, s, title):
        if kind == "h1":
            out.append(f"# {x}\n")
        elif kind == "h2":
            out.append(f"\n## {x}\n")
        elif kind == "p":
            out.append(x + "\n")
        elif kind == "table":
            out.append(_table_md(*x) + "\n")
        elif kind == "list":
            out.extend(f"- {line}" for line in x)
            out.append("")
        elif kind == "chart" and images and x.name in images:
            out.append(f"![{x.title}]({images[x.name]})\n")
    return "\n".join(out)


_CSS = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
        "table{border-collapse:collapse;margin:0.5rem 0 1rem}th,td{border:1px solid #ccc;padding:0.25rem 0.6rem;text-align:right}"
        "th:first-child,td:first-child{text-align:left}th{background:#eef3f6}h1{color:#1f4e66}h2{color:#2b6f8e;margin-top:2rem}"
        "img,svg{max-width:100%;height:auto}")


def render_html(g: CaseloadGains, *, title: str = "Income gain report", plots: bool = True,
                group_by: Sequence[str] | None = None) -> str:
    """The report as one self-contained HTML page: PNG charts (matplotlib)
    embedded, or SVG charts where matplotlib is not installed."""
    s = g.summary(group_by)
    body = []
    for kind, x in _sections(g, s, title):
        if kind == "h1":
            body.append(f"<h1>{html.escape(x)}</h1>")
        elif kind == "h2":
            body.append(f"<h2>{html.escape(x)}</h2>")
        elif kind == "p":
            body.append(f"<p>{html.escape(x)}</p>")
        elif kind == "table":
            body.append(_table_html(*x))
        elif kind == "list":
            body.append("<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in x) + "</ul>")
        elif kind == "chart" and plots:
            png = _png(x)
            if png is not None:
                body.append(f'<figure><img alt="{html.escape(x.title)}" src="data:image/png;base64,{base64.b64encode(png).decode()}"/></figure>')
            else:
                body.append(f"<figure>{_svg(x)}</figure>")
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def write_report(
    source: Any,
    path: str | Path,
    *,
    format: str | None = None,
    title: str = "Income gain report",
    plots: bool = True,
    csv_path: str | Path | None = None,
    group_by: Sequence[str] | None = None,
    **options: Any,
) -> CaseloadGains:
    """Project a caseload and write the funders' report in one call.

    ``format`` is "html" or "markdown" (default: from the file name). An
    HTML report is one file with its charts embedded; a Markdown report
    writes its charts beside it (``<name>_<chart>.png``, or ``.svg`` without
    matplotlib). ``csv_path`` also writes the per-case CSV. ``options`` go to
    :func:`caseload_gains` (horizon_months, convention, ...). Returns the
    gains.
    """
    p = Path(path)
    fmt = format or ("markdown" if p.suffix.lower() in (".md", ".markdown") else "html")
    if fmt not in ("html", "markdown"):
        raise InputError("format", fmt, "html or markdown")
    g = source if isinstance(source, CaseloadGains) else caseload_gains(source, **options)
    if fmt == "html":
        p.write_text(render_html(g, title=title, plots=plots, group_by=group_by), encoding="utf-8")
    else:
        images: dict[str, str] = {}
        if plots:
            for chart in _charts(g, g.summary(group_by)):
                png = _png(chart)
                name = f"{p.stem}_{chart.name}.{'png' if png is not None else 'svg'}"
                if png is not None:
                    (p.parent / name).write_bytes(png)
                else:
                    (p.parent / name).write_text(_svg(chart), encoding="utf-8")
                images[chart.name] = name
        p.write_text(render_markdown(g, title=title, images=images, group_by=group_by), encoding="utf-8")
    if csv_path is not None:
        g.to_csv(csv_path)
    return g


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m entitlements.report caseload.csv -o report.html [--csv gains.csv]``"""
    ap = argparse.ArgumentParser(prog="python -m entitlements.report", description="Income gain report for a caseload.")
    ap.add_argument("caseload", help="CSV file of cases")
    ap.add_argument("-o", "--output", default="report.html", help="report file (.html or .md)")
    ap.add_argument("--csv", help="also write per-case gains to this CSV file")
    ap.add_argument("--title", default="Income gain report")
    ap.add_argument("--horizon", type=int, default=12, help="projection horizon in months (default 12)")
    ap.add_argument("--convention", choices=CONVENTIONS, default="weekly_x52")
    ap.add_argument("--from", dest="projection_from", choices=PROJECTION_STARTS, default="decision")
    ap.add_argument("--no-plots", action="store_true")
    args = ap.parse_args(argv)
    try:
        g = write_report(args.caseload, args.output, title=args.title, plots=not args.no_plots, csv_path=args.csv,
                         horizon_months=args.horizon, convention=args.convention, projection_from=args.projection_from)
    except EntitlementsError as e:
        print(f"error: {e}")
        return 2
    s = g.summary()
    print(f"{s['cases']} cases ({s['cases_with_errors']} with errors): annual income gain "
          f"{_pounds0(s['totals']['annual_gain_pence'])}; report written to {args.output}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
