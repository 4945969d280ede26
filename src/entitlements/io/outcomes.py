"""Advice outcomes from records (CSV rows, DataFrame rows), one at a time.

A caseload of outcomes is one row a case: the household (the columns
:func:`entitlements.io.households.household_from_flat` reads, money in
pounds), one advice outcome (:data:`OUTCOME_COLUMNS`), ``after_*`` columns
for a changed household, and any grouping columns (``practice``,
``imd_decile``, ... anything not recognised passes through). Outcome columns:

- ``claim_start``: first day of the Universal Credit award (fixes the assessment periods)
- ``outcome``: one of :data:`entitlements.gain.outcomes.OUTCOME_KINDS`
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
- ``after_<column>``: housing_change / income_change: the household column's new value (and for
  council_tax_band_corrected / council_tax_discount_corrected the council tax columns corrected)
- ``benefit_weekly``: also, for hb_awarded and ctr_awarded, the weekly amount awarded (blank: worked out)

:func:`scenario_from_record` reads one row into a
:class:`~entitlements.gain.outcomes.Scenario`; a caseload in columns is
:mod:`entitlements.io.outcome_columns`.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from decimal import Decimal, InvalidOperation
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ..dates import parse_date
from ..digits import check_digits
from ..errors import InputError
from ..gain.outcomes import CAP_EXEMPTION_REASONS, CLAIMED_BENEFITS, OUTCOME_KINDS, STAGES, Outcome, Scenario
from ..household import AA_RATES, DLA_CARE, DLA_MOBILITY, LCWRA_PROTECTIONS, PIP_RATES, Adult, Child, Household, Housing
from .households import MONEY_FIELDS, household_from_flat, is_household_column, parse_flag, parse_pounds

__all__ = ["OUTCOME_COLUMNS", "scenario_from_record", "outcome_from_record", "scenario_or_reason", "scenarios_from_records"]


#: Columns that describe the outcome (everything else that is not a
#: household column, and not ``after_*``, is a grouping column).
OUTCOME_COLUMNS = (
    "claim_start", "outcome", "outcome_date", "decision_date", "end_date", "evidence_date", "stage", "confirmed",
    "probability", "outcome_adult", "outcome_child", "award_pip_daily_living", "award_pip_mobility", "award_dla_care",
    "award_dla_mobility", "award_aa", "partner_carer", "lcwra_protection", "terminally_ill", "cap_exemption_reason",
    "benefit", "benefit_weekly", "lump_sum", "debt_written_off", "outcome_note",
)


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def _bool(name: str, v: Any, default: bool = False) -> bool:
    return default if _blank(v) else parse_flag(v, name)


def _int(name: str, v: Any, default: int | None) -> int | None:
    if _blank(v):
        return default
    check_digits(v, name, "a whole number")
    try:
        f = Decimal(str(v).strip())
    except InvalidOperation:
        raise InputError(name, v, "a whole number") from None
    if not f.is_finite() or f != f.to_integral_value() or abs(f) > 1000 or "_" in str(v):  # "1_0": not 10
        raise InputError(name, v, "a whole number")
    return int(f)


def _probability(v: Any) -> float | None:
    if _blank(v):
        return None
    check_digits(v, "probability")
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


_INT_LEAVES = {"age", "bedrooms", "rent_free_weeks", "childcare_children", "council_tax_disregarded"}


#: The outcomes whose ``after_*`` cells say what changes.
_CHANGES = ("housing_change", "income_change", "council_tax_band_corrected", "council_tax_discount_corrected")
#: The column of the file that gives each Outcome field named differently (the others are named alike).
_COLUMN_OF = {"kind": "outcome", "effective": "outcome_date", "decided": "decision_date", "ends": "end_date",
              "adult": "outcome_adult", "child": "outcome_child", "pip_daily_living": "award_pip_daily_living",
              "pip_mobility": "award_pip_mobility", "dla_care": "award_dla_care", "dla_mobility": "award_dla_mobility",
              "aa_rate": "award_aa", "reason": "cap_exemption_reason", "weekly_amount": "benefit_weekly",
              "note": "outcome_note"}
#: What an outcome that changes the household needs in the file, where no after_* cell of its row is filled.
_AFTER_NEEDED = {
    "housing_change": ("after_<column>", "the new value of each household column that changes (after_housing_rent, "
                                         "after_housing_tenure, ...)"),
    "income_change": ("after_<column>", "the new value of each household column that changes "
                                        "(after_adult1_monthly_earnings, after_capital, ...)"),
    "council_tax_band_corrected": ("after_housing_council_tax_band", "the corrected band"),
    "council_tax_discount_corrected": ("after_housing_council_tax_disregarded", "the corrected fact: "
                                       "after_housing_council_tax_disregarded, after_housing_disabled_band_reduction or "
                                       "after_housing_council_tax_liable"),
}


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
    claim_start = _record_date(rec, "claim_start", True)
    try:
        scenario = Scenario(household=h, claim_start=claim_start, outcomes=(outcome,), name=str(rec.get(id_field) or ""))
    except InputError as e:  # the scenario's own checks name the Python API's field (outcomes[1].kind): the file's column
        if (m := re.fullmatch(r"outcomes\[1\]\.(\w+)", e.field)) is not None:
            name, value = m.group(1), e.value
            if name == "changes" and isinstance(value, str):  # the change named: its after_ cell, and what it holds
                column, value = f"after_{value}", after.get(value, value)
            else:
                column = _COLUMN_OF.get(name, name)
            raise InputError(column, value, e.expected) from None
        raise
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
    try:
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
    except InputError as e:
        if e.field == "changes" and not after:  # said in the file's columns, not as the Python API's changes={...}
            raise InputError(_AFTER_NEEDED[kind][0], None, _AFTER_NEEDED[kind][1] + f" for {kind}") from None
        if e.field in _COLUMN_OF:  # an Outcome's own check, named by the file's column (ends: end_date)
            column, value, expected = _COLUMN_OF[e.field], e.value, e.expected
            if (e.field, value) in (("pip_daily_living", "none"), ("dla_care", "none"), ("aa_rate", "none"),
                                    ("weekly_amount", 0)):
                # A component or amount the outcome needs: the cell as given (blank: missing), in the file's words.
                value = None if _blank(rec.get(column)) else rec.get(column)
                for field in ("pip_daily_living", "pip_mobility", "dla_care", "dla_mobility"):
                    expected = re.sub(rf"\b{field}\b", _COLUMN_OF[field], expected)
                expected = expected.replace("the weekly amount (pence) of the benefit claimed",
                                            "the weekly amount of the benefit claimed, in pounds, more than 0")
            raise InputError(column, value, expected) from None
        raise
    if kind not in _CHANGES and after:
        raise InputError("after_" + next(iter(after)), next(iter(after.values())),
                         "empty unless the outcome is housing_change, income_change or a council tax correction")
    return outcome


def scenario_or_reason(rec: Mapping[str, Any], *, id_field: str = "case_id") -> tuple[Scenario | None, str]:
    """One row's scenario and "", or None and why it cannot be read."""
    try:
        return scenario_from_record(rec, id_field=id_field)[0], ""
    except InputError as e:
        return None, str(e)


def scenarios_from_records(records: Sequence[Mapping[str, Any]], *, id_field: str = "case_id"
                           ) -> tuple[list[Scenario | None], list[str], list[str], dict[str, list[Any]]]:
    """Records read one by one (records with different fields): each row's
    scenario (None where it cannot be read) and the reason, its id, and the
    grouping columns (a row without one has None there)."""
    from .caseloads import _case_id

    scenarios: list[Scenario | None] = []
    reasons: list[str] = []
    ids: list[str] = []
    grouping: dict[str, list[Any]] = {}
    for i, rec in enumerate(records):
        ids.append(_case_id(rec.get(id_field), i + 1))  # 0 is an id like any other; blank: the row's number
        for k in _key_plan(tuple(rec), id_field)[2]:
            if k not in grouping:
                grouping[k] = [None] * i
        for k in grouping:
            v = rec.get(k)
            grouping[k].append(None if _blank(v) else v)
        s, reason = scenario_or_reason(rec, id_field=id_field)
        scenarios.append(s)
        reasons.append(reason)
    grouping = {k: v + [None] * (len(scenarios) - len(v)) for k, v in grouping.items()}
    return scenarios, reasons, ids, grouping
