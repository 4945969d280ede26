"""A caseload's header checked: every column known, none twice, none mistyped.

A column is one of: a household field (``adult1_age``, ``housing_rent``,
``capital``: :mod:`entitlements.io.households`), an outcome column and its
``after_*`` columns (a caseload of outcomes: :mod:`entitlements.io.outcomes`),
the case id, a known grouping column (:data:`GROUPING_COLUMNS`: what a
report may break its figures down by), what the case claims now for the
benefit check (:data:`CLAIM_COLUMNS`), or a column of the user's own that
they ask to be carried through to the per-case results as it is: named with
the prefix :data:`KEEP_PREFIX` or listed in ``keep``. Such a column never
reaches a report.

Anything else is an error naming the column and the nearest known name
(:func:`check_header`): a column that is silently ignored is how £20,000 of
capital went missing (``capital `` with a space, ``Capital``,
``childcare_cost``). A name given twice is an error too.
"""

from __future__ import annotations

import difflib
import re
import functools
from collections.abc import Iterable, Sequence

import attrs

from ..errors import InputError

__all__ = ["DECILE_COLUMNS", "decile_refused", "GROUPING_COLUMNS", "CLAIM_COLUMNS", "KEEP_PREFIX", "Header", "check_header", "check_group_by", "grouping_hint"]

#: Columns a report may group its figures by (aggregates only; groups of
#: fewer than 5 cases are suppressed).
GROUPING_COLUMNS = (
    "practice", "pcn", "icb", "local_authority", "ward", "service", "adviser", "referral_source",
    "imd_decile", "deprivation_decile", "core20", "interpreter_needed", "ethnicity", "sex", "age_band", "month",
)
#: What each case claims now, and the passported help it has already, for
#: the benefit check (yes or no): carried through as they are
#: (:mod:`entitlements.check.caseload` reads them; the names after
#: ``claims_`` are those of ``entitlements.check.CLAIMABLE`` and
#: ``PASSPORTED_HELP``).
CLAIM_COLUMNS = ("claims_universal_credit", "claims_pension_credit", "claims_scottish_child_payment",
                 "claims_housing_benefit", "claims_council_tax_reduction",
                 "claims_free_prescriptions", "claims_nhs_health_costs", "claims_healthy_start", "claims_best_start_foods",
                 "claims_sure_start_maternity_grant", "claims_free_school_meals", "claims_warm_home_discount",
                 "claims_cold_weather_payment", "claims_free_tv_licence", "claims_broadband_social_tariff")
#: A column whose name starts with this is the user's own: carried through
#: to the per-case results as it is, never to a report.
KEEP_PREFIX = "keep_"


@attrs.frozen
class Header:
    """A header's columns by kind: ``household``, ``outcome`` (outcome and
    ``after_*`` columns), ``grouping`` and ``kept`` (the user's own). A
    column may be both the household's and a grouping column
    (``local_authority``)."""

    household: tuple[str, ...]
    outcome: tuple[str, ...]
    grouping: tuple[str, ...]
    kept: tuple[str, ...]


@functools.cache
def _known_names(outcomes: bool) -> tuple[str, ...]:
    """Every exact column name a suggestion may point to."""
    from .households import known_flat_names
    from .outcomes import OUTCOME_COLUMNS

    names = list(known_flat_names()) + list(GROUPING_COLUMNS) + list(CLAIM_COLUMNS)
    if outcomes:
        names += list(OUTCOME_COLUMNS) + ["after_" + n for n in known_flat_names()]
    return tuple(names)


#: How pandas names a repeated column when it reads a file ("capital", "capital.1").
_RENAMED_REPEAT = re.compile(r"(.+)\.([1-9][0-9]*)")

#: Names a council's or a partnership's export gives the Housing Benefit and Council Tax Reduction facts, which
#: no spelling distance finds: the column each means (suggested only where that column is allowed).
_NAMES_EXPORTS_USE = {
    **dict.fromkeys(("council", "la", "la_code", "la_name", "billing_authority", "local_authority_code", "lad",
                     "lad_code"), "local_authority"),
    **dict.fromkeys(("band", "ctax_band", "ct_band", "council_tax_valuation_band"), "housing_council_tax_band"),
    **dict.fromkeys(("temporary_accommodation", "supported_accommodation", "accommodation", "housing_temporary",
                     "housing_supported", "specified_accommodation"), "housing_accommodation"),
    **dict.fromkeys(("single_person_discount", "spd", "council_tax_discount", "disregarded"),
                    "housing_council_tax_disregarded"),
    **dict.fromkeys(("hb_weekly", "ctr_weekly", "hb_award_weekly", "ctr_award_weekly", "weekly_award"),
                    "benefit_weekly"),
    **dict.fromkeys(("outcome_type", "outcome_kind", "advice_outcome"), "outcome"),
}


def grouping_hint(name: str, among: Sequence[str] = GROUPING_COLUMNS) -> str:
    """"did you mean 'practice'? " for a grouping column typed wrong ("practise", "Practice"), or ""."""
    from ..errors import did_you_mean

    return did_you_mean(name, among)


def check_group_by(names: Iterable[str], field: str = "--group-by") -> None:
    """A usage error (``UsageError``, exit status 2) for a name that is not a
    grouping column (:data:`GROUPING_COLUMNS`) at all: said before a
    caseload is read or projected, with the nearest name."""
    from ..errors import UsageError

    for name in names:
        if name not in GROUPING_COLUMNS:
            raise UsageError(field, name, f"a grouping column: {grouping_hint(name)}one of {', '.join(GROUPING_COLUMNS)}")


def _suggestion(name: str, outcomes: bool, id_field: str) -> str:
    known = _known_names(outcomes) + (id_field,)
    cleaned = name.strip().lower().replace(" ", "_").replace("-", "_")
    if cleaned in known:
        close = [cleaned]
    elif _NAMES_EXPORTS_USE.get(cleaned) in known:
        close = [_NAMES_EXPORTS_USE[cleaned]]
    else:
        close = difflib.get_close_matches(cleaned, known, n=1, cutoff=0.75)
        if not close:
            # A numbered field (adult1_..., child3_...) suggested with its number.
            from .households import flat_key

            kind, num, field = flat_key(cleaned)
            if kind == "bad":
                head, _, rest = cleaned.partition("_")
                generic = difflib.get_close_matches(rest, _field_names(), n=1, cutoff=0.75)
                close = [f"{head}_{generic[0]}"] if generic and head.rstrip("0123456789") in ("adult", "child", "nondep", "housing") else []
    hint = f"did you mean {close[0]!r}? " if close else ""
    return (f"a known column: {hint}A column of your own can be carried through to the results as it is: "
            f"name it {KEEP_PREFIX}{cleaned} or list it with --keep (keep=[...])")


@functools.cache
def _field_names() -> tuple[str, ...]:
    from .households import ADULT_FIELDS, CHILD_FIELDS, HOUSING_FIELDS, NON_DEPENDANT_FIELDS

    return tuple(dict.fromkeys(ADULT_FIELDS + CHILD_FIELDS + HOUSING_FIELDS + NON_DEPENDANT_FIELDS))


def check_header(names: Sequence[object], *, source: str, id_field: str = "case_id", keep: Iterable[str] = (),
                 outcomes: bool = False) -> Header:
    """The header's columns by kind; :class:`~entitlements.errors.InputError`
    for a column not known (naming the nearest known name), a name given
    twice, or a name that is not text. ``outcomes``: a caseload of advice
    outcomes (its outcome and ``after_*`` columns are known too)."""
    from .households import is_household_column
    from .outcomes import OUTCOME_COLUMNS

    keep = tuple(keep)
    seen: dict[str, int] = {}
    for i, raw in enumerate(names, start=1):
        if not isinstance(raw, str):
            raise InputError(f"{source} column {i}", raw, "a column name (text)")
        if raw in seen:
            raise InputError(f"{source} column {i}", raw, f"each column name once (it is also column {seen[raw]})")
        seen[raw] = i
    for k in keep:
        if k not in seen:
            raise InputError("keep", k, f"a column of {source} (its columns: {', '.join(map(str, seen))})")
        if k == id_field or (is_household_column(k) and _household_ok(k)) or (outcomes and k in OUTCOME_COLUMNS):
            raise InputError("keep", k, "a column of your own (this one is read as part of the case)")
    household, outcome, grouping, kept = [], [], [], []
    for name in seen:
        if name == id_field:
            continue
        if name in keep or name in CLAIM_COLUMNS or (name.startswith(KEEP_PREFIX) and len(name) > len(KEEP_PREFIX)):
            kept.append(name)
        elif is_household_column(name) and _household_ok(name):
            household.append(name)
            if name in GROUPING_COLUMNS:  # local_authority: the household's council, and a column to group by
                grouping.append(name)
        elif outcomes and (name in OUTCOME_COLUMNS or (name.startswith("after_") and _household_ok(name[6:]))):
            outcome.append(name)
        elif name in GROUPING_COLUMNS:
            grouping.append(name)
        elif not outcomes and (name in OUTCOME_COLUMNS or (name.startswith("after_") and _household_ok(name[6:]))):
            raise InputError(f"{source} column {seen[name]}", name,
                             "a household column: this is a column of a caseload of advice outcomes, whose income gain "
                             "is worked out with --report FILE (entitlements caseload) or caseload_gains (Python)")
        elif (m := _RENAMED_REPEAT.fullmatch(name)) and m.group(1) in seen:
            raise InputError(f"{source} column {seen[name]}", name,
                             f"each column name once: pandas names a second {m.group(1)!r} column {name!r} (the file "
                             "it read has two); delete one of them")
        else:
            raise InputError(f"{source} column {seen[name]}", name, _suggestion(name, outcomes, id_field))
    return Header(tuple(household), tuple(outcome), tuple(grouping), tuple(kept))


def _household_ok(name: str) -> bool:
    from .households import flat_key

    return flat_key(name)[0] != "bad"


#: The grouping columns that hold a decile, 1 (the most deprived tenth of areas) to 10.
DECILE_COLUMNS = frozenset({"imd_decile", "deprivation_decile"})


def decile_refused(column: str, values: Iterable[object]) -> dict[int, InputError]:
    """An :class:`~entitlements.errors.InputError` by position for each value
    of a decile column that is not blank and not a whole number from 1 to 10
    ("11", "0", "x", "3.5"; " 3" and "3.0" are 3, as the report groups them,
    :mod:`entitlements.grouping`): such a value is no decile, and would
    otherwise be a group of its own in the report's table of deciles (and
    missing, silently, in a DataFrame's ordered categorical 1 to 10)."""
    from ..digits import other_digit

    def is_decile(v: object) -> bool:
        t = " ".join(str(v).split())
        if not t:
            return True
        if other_digit(t) is not None:  # '٣': not read as 3 by the report either
            return False
        try:
            f = float(t)
        except ValueError:
            return False
        return f.is_integer() and 1 <= f <= 10

    out: dict[int, InputError] = {}
    seen: dict[tuple[type, object], bool] = {}
    import numpy as np

    for i, v in enumerate(np.asarray(values, dtype=object).reshape(-1)):
        if v is None or (isinstance(v, float) and v != v):
            continue
        key = (type(v), v)
        if key not in seen:
            seen[key] = is_decile(v)
        if not seen[key]:
            out[i] = InputError(column, v, "a whole number from 1 (the most deprived tenth) to 10, or blank")
    return out
