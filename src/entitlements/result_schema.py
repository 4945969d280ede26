"""JSON Schemas of the results the library prints as JSON (beside
:mod:`entitlements.io.schema`, the schemas of what it reads; here, above the
results and the benefit check, whose classes it reads): an estimate
(``entitlements estimate --json``, :meth:`entitlements.Estimate.to_dict`), a
benefit check (``entitlements check --json``,
:meth:`entitlements.check.BenefitCheck.to_dict`) and an income gain
(``entitlements gain --json``, :meth:`entitlements.gain.Gain.to_dict`)
and a caseload's summary (``entitlements caseload FILE --json``,
:meth:`entitlements.CaseloadEstimate.summary` with the rows not used), its
income-gain report's (``entitlements caseload FILE --report R --json``) and
its benefit check's (``entitlements caseload FILE --check --json``,
``CaseloadCheck.summary()``).

For programs that read the results, as :mod:`entitlements.io.schema` is for
those that send households. The names of each step of a calculation are read
from the result classes themselves (``UCCalculation``, ``HousingCalculation``,
``HousingBenefitCalculation``, ``ApplicableAmount``,
``CouncilTaxCalculation``, ``Finding``, ``Outcome``), every object lists its keys
(``required``) and allows no other (``additionalProperties: false``), and
the codes a result spells out as words are the library's own lists: a step
added or renamed fails ``tests/test_result_schema.py`` until the published
files are regenerated::

    entitlements schema estimate --out docs/schema/estimate.schema.json
    entitlements schema check --out docs/schema/check.schema.json
    entitlements schema gain --out docs/schema/gain.schema.json
    entitlements schema caseload-summary --out docs/schema/caseload-summary.schema.json
    entitlements schema caseload-report --out docs/schema/caseload-report.schema.json
    entitlements schema caseload-check --out docs/schema/caseload-check.schema.json

Money is integer **pence** (``*_pence``, and every step of a calculation:
pence a month for Universal Credit, a week for Housing Benefit and council
tax unless the name says ``annual``), beside a formatted text (``"£424.90"``)
where the result gives one. Dates are ISO text (``2026-05-01``).

>>> s = estimate_schema()
>>> s["$defs"]["uc_calculation"]["properties"]["award"]["type"]
'integer'
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["estimate_schema", "check_schema", "gain_schema", "caseload_summary_schema", "caseload_report_schema",
           "caseload_check_schema", "RESULT_SCHEMAS", "result_schema_json"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_DATE = {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_STR = {"type": "string"}
_INT = {"type": "integer"}
_BOOL = {"type": "boolean"}
_STRS = {"type": "array", "items": _STR}


def _obj(props: dict[str, Any], description: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object"}
    if description:
        out["description"] = description
    out |= {"properties": props, "required": list(props), "additionalProperties": False}
    return out


def _null(s: dict[str, Any]) -> dict[str, Any]:
    """``s`` or null."""
    if "$ref" in s:
        return {"anyOf": [s, {"type": "null"}]}
    if "enum" in s:
        return dict(s, enum=[*s["enum"], None])
    t = s["type"]
    return dict(s, type=[*(t if isinstance(t, list) else [t]), "null"])


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{name}"}


def _steps(cls: type, *, booleans=(), words: dict[str, Any] | None = None, nested: dict[str, Any] | None = None,
           nullable=(), description: str | None = None) -> dict[str, Any]:
    """An object of a calculation class's steps, one key a field: integer
    pence (or a count) unless the field is one of ``booleans``, a code given
    as a word (``words``: field -> its schema) or a nested object
    (``nested``); ``nullable``: null where it does not apply."""
    words, nested = words or {}, nested or {}
    props: dict[str, Any] = {}
    for f in attrs.fields(cls):
        s = nested.get(f.name) or words.get(f.name) or (_BOOL if f.name in booleans else _INT)
        props[f.name] = _null(s) if f.name in nullable else s
    unknown = (set(booleans) | set(words) | set(nested) | set(nullable)) - set(props)
    if unknown:  # a step renamed in the class: the schema must follow
        raise AssertionError(f"{cls.__name__} has no field {sorted(unknown)}")
    return _obj(props, description)


def _common_defs() -> dict[str, Any]:
    from .rate_assumptions import _KINDS

    line = _obj({"label": _STR, "op": {"enum": ["+", "-", "=", " "]}, "amount_pence": _null(_INT),
                 "amount": _null(_STR), "citation": _STR, "detail": _STR},
                "one line of a working sheet: what it is, whether it is added (+), taken off (-), a total (=) or "
                "information ( ), its amount for the sheet's period (null for a note) and its legal source")
    breakdown = _obj({"title": _STR, "period": _STR, "rules": _STR, "lines": {"type": "array", "items": _ref("line")},
                      "notes": _STRS, "footnotes": _STRS}, "a working sheet: the lines, with their sources")
    assumption = _obj({"kind": {"enum": list(_KINDS)}, "table": _STR, "title": _STR, "from": _DATE, "to": _DATE,
                       "known_until": _null(_DATE), "source": _STR, "text": _STR},
                      "a rate not in force in law for a date read (held, uprated, announced, frozen), in words too")
    return {"line": line, "breakdown": breakdown, "rate_assumption": assumption}


def estimate_schema() -> dict[str, Any]:
    """The schema of an estimate's JSON (:meth:`entitlements.Estimate.to_dict`)."""
    from .benefits.council_tax_columns import BAND_D_SOURCES, CT_REASONS, CT_STATUS, CTR_SCHEMES, CouncilTaxCalculation
    from .benefits.hb_applicable_amount import ApplicableAmount
    from .benefits.housing import HousingCalculation
    from .benefits.housing_benefit import HB_REASONS, HB_SCHEMES, HousingBenefitCalculation
    from .benefits.uc import UCCalculation
    from .estimate import _CT_AMOUNTS, _CTR_AMOUNTS, _NOT_APPLICABLE_HOUSING

    defs = _common_defs()
    defs["housing_calculation"] = _steps(
        HousingCalculation, booleans=("sex_needed",), nullable=_NOT_APPLICABLE_HOUSING,
        description="Universal Credit's housing costs element, step by step (pence a month; the LHA rate and "
                    "category null where the household is not a private renter)")
    defs["uc_calculation"] = _steps(
        UCCalculation, booleans=("first_child_higher_amount", "lcwra_protected", "capital_over_limit", "benefit_cap_exempt"),
        nested={"housing": _ref("housing_calculation")},
        description="Universal Credit, step by step (pence a month; counts of children and carer elements)")
    defs["applicable_amount"] = _steps(ApplicableAmount, description="Housing Benefit's applicable amount and its parts (pence a week)")
    defs["housing_benefit_calculation"] = _steps(
        HousingBenefitCalculation, booleans=("passported",),
        words={"reason": {"enum": list(HB_REASONS)}, "scheme": {"enum": list(HB_SCHEMES)}},
        nested={"applicable_amount": _ref("applicable_amount")},
        description="Housing Benefit, step by step (pence a week)")
    status = {"enum": list(CT_STATUS)}
    reason = {"enum": [r for r in CT_REASONS if r] + [None]}
    defs["council_tax_calculation"] = _steps(
        CouncilTaxCalculation,
        words={"status": status, "reason": reason, "ctr_status": status, "ctr_reason": reason,
               "ctr_scheme": {"enum": list(CTR_SCHEMES)}, "band_d_source": _null({"enum": list(BAND_D_SOURCES)})},
        nullable=_CT_AMOUNTS + _CTR_AMOUNTS,
        description="council tax and Council Tax Reduction, step by step (pence a week unless the name says "
                    "annual); a part whose status is not 'calculated' has null amounts, never 0")
    rules = _obj({"release": _STR, "content_hash": _STR, "overlays": _STRS}, "the rule tables used")
    total = _obj({"weekly_pence": _INT, "monthly_pence": _INT, "annual_pence": _INT, "breakdown": _ref("breakdown")})
    props = {
        "period_start": _DATE,
        "period_end": _DATE,
        "rules": rules,
        "rates_policy": _STR,
        "assumptions": {"type": "array", "items": _ref("rate_assumption")},
        "caveats": _STRS,
        "universal_credit": _obj({"award_pence": _INT, "award": _STR, "calculation": _ref("uc_calculation"),
                                  "breakdown": _ref("breakdown")},
                                 "Universal Credit for the assessment period (pence a month)"),
        "pension_credit": _null(_ref("breakdown")),
        "housing_benefit": _null(_obj({
            "weekly_pence": _null(_INT),
            "status": {"enum": ["calculated", "check_needed: applicant_not_given"]},
            "calculation": _ref("housing_benefit_calculation"), "breakdown": _ref("breakdown")},
            "Housing Benefit a week; null pence where which of a couple claims decides it and is not given")),
        "council_tax": _null(_obj({"calculation": _ref("council_tax_calculation"), "breakdown": _ref("breakdown")})),
        "household_total": total,
    }
    return {
        "$schema": _DRAFT,
        "$id": "https://entitlements.invalid/schema/estimate.schema.json",
        "title": "entitlements estimate",
        "description": "One household's estimate as `entitlements estimate --json` prints it (Estimate.to_dict()). "
                       "Money in integer pence. Generated from entitlements' result classes; do not edit.",
        **_obj(props),
        "$defs": defs,
    }


def _annotation(text: str) -> dict[str, Any]:
    """A Finding field's schema from its annotation (as text)."""
    known = {"str": _STR, "int": _INT, "bool": _BOOL, "tuple[str, ...]": _STRS,
             "tuple[int, int] | None": _null({"type": "array", "items": _INT, "minItems": 2, "maxItems": 2}),
             "Fraction": {"type": "number", "minimum": 0, "maximum": 1}}
    if text not in known:  # a new kind of field: the schema must say what it holds
        raise AssertionError(f"Finding field annotated {text!r}: add it to entitlements.result_schema")
    return known[text]


def check_schema() -> dict[str, Any]:
    """The schema of a benefit check's JSON (:meth:`entitlements.check.BenefitCheck.to_dict`)."""
    from .check.candidates import CERTAINTIES
    from .check.findings import CLAIMABLE, PASSPORTED_HELP, UC_ELEMENTS, Finding

    defs = _common_defs()
    props = {f.name: _annotation(str(f.type)) for f in attrs.fields(Finding) if f.name != "scenario"}
    props["certainty"] = {"enum": list(CERTAINTIES)}
    props["probability_in_words"] = _STR
    props["weighted_annual"] = _INT
    defs["finding"] = _obj(props, "one thing the household is missing: pence a week, a month and a year, the arrears "
                                  "a backdated claim can win, what to do and the legal basis")
    top = {
        "on": _DATE,
        "rules": _STR,
        "claimed": {"type": "array", "items": {"enum": list(CLAIMABLE)}},
        "uc_elements_missing": {"type": "array", "items": {"enum": list(UC_ELEMENTS)}},
        "help_received": {"type": "array", "items": {"enum": list(PASSPORTED_HELP)}},
        "received_weekly": _INT,
        "with_claims_weekly": _INT,
        "claims_gain_weekly": _INT,
        "totals_notes": _STRS,
        "rates_policy": _STR,
        "assumptions": {"type": "array", "items": _ref("rate_assumption")},
        "findings": {"type": "array", "items": _ref("finding")},
    }
    return {
        "$schema": _DRAFT,
        "$id": "https://entitlements.invalid/schema/check.schema.json",
        "title": "entitlements benefit check",
        "description": "One household's benefit check as `entitlements check --json` prints it (BenefitCheck.to_dict()). "
                       "Money in integer pence. Generated from entitlements' result classes; do not edit.",
        **_obj(top),
        "$defs": defs,
    }


#: An Outcome field's schema from its annotation (as text): the outcome as the gain's JSON repeats it.
_OUTCOME_TYPES = {
    "str": _STR, "str | None": _null(_STR), "bool": _BOOL, "int": _INT, "int | None": _null(_INT),
    "dt.date": _DATE, "dt.date | None": _null(_DATE),
    "float | Fraction | None": _null({"type": "number", "minimum": 0, "maximum": 1}),
    "Mapping[str, Any]": {"type": "object", "description": "for housing_change and income_change: the household "
                                                           "fields changed and their new values"},
}


def _outcome_schema() -> dict[str, Any]:
    from .gain.outcomes import OUTCOME_KINDS, STAGES, Outcome

    props = {}
    for f in attrs.fields(Outcome):
        if str(f.type) not in _OUTCOME_TYPES:  # a new kind of field: the schema must say what it holds
            raise AssertionError(f"Outcome field {f.name} annotated {f.type!r}: add it to entitlements.result_schema")
        props[f.name] = _OUTCOME_TYPES[str(f.type)]
    props["kind"] = {"enum": list(OUTCOME_KINDS)}
    props["stage"] = {"enum": list(STAGES)}
    return _obj(props, "an advice outcome as given (money in pence, dates ISO)")


def gain_schema() -> dict[str, Any]:
    """The schema of an income gain's JSON: :meth:`entitlements.gain.Gain.to_dict`
    (``entitlements gain ... --with OUTCOME --json``), or the comparison of two
    household files (``entitlements gain FILE --after FILE --json``)."""
    from .gain.household import CONVENTIONS, PROJECTION_STARTS

    defs = _common_defs()
    defs["outcome"] = _outcome_schema()
    line = {"benefit": _STR, "weekly_pence": _INT, "projected_pence": _INT, "arrears_pence": _INT,
            "annual_due_pence": _INT, "rent_free_weeks": _INT, "source": _STR}
    defs["benefit_line"] = dict(_obj(line, "a benefit the outcome brings in its own right, or its change in Pension "
                                           "Credit, Housing Benefit or CTR (pence; annual_due_pence and "
                                           "rent_free_weeks only where not nil)"),
                                required=[k for k in line if k not in ("annual_due_pence", "rent_free_weeks")])
    defs["period"] = _obj({"number": {"type": "integer", "minimum": 1}, "start": _DATE, "end": _DATE,
                           "before_pence": _INT, "after_pence": _INT, "gain_pence": _INT, "phases": _STRS,
                           "arrears": _BOOL, "projected": _BOOL},
                          "one Universal Credit assessment period, before and after (pence a month), numbered "
                          "from 1 for the first of the award")
    rules = _obj({"release": _STR, "content_hash": _STR, "overlays": _STRS}, "the rule tables used")
    one = {
        "scenario": _obj({"name": _STR, "claim_start": _DATE, "outcomes": {"type": "array", "items": _ref("outcome")}}),
        "confirmed": _BOOL,
        "recurring": _obj({"from_assessment_period": _null(_DATE), "uc_monthly_pence": _INT, "uc_weekly_pence": _INT,
                           "weekly_total_pence": _INT, "benefits": {"type": "array", "items": _ref("benefit_line")}},
                          "the recurring gain where the outcome is in payment (null date: the award has ended)"),
        "annual": _obj({"convention": {"enum": list(CONVENTIONS)}, "pence": _INT, "weighted_pence": _INT}),
        "projection": _obj({"horizon_months": _INT, "from": {"enum": list(PROJECTION_STARTS)}, "start": _DATE,
                            "end": _DATE, "uc_pence": _INT, "total_pence": _INT, "weighted_pence": _INT}),
        "one_off": _obj({"arrears_pence": _INT, "arrears_uc_pence": _INT, "lump_sum_pence": _INT,
                         "debt_written_off_pence": _INT, "weighted_arrears_pence": _INT}),
        "probability": _obj({"value": {"type": "number", "minimum": 0, "maximum": 1}, "fraction": _STR,
                             "source": _STR, "detail": _STR}, "the chance of success and where it came from"),
        "gp_appointments_saved_a_year": _INT,
        "periods": {"type": "array", "items": _ref("period")},
        "assumptions": _STRS,
        "notes": _STRS,
        "rates_policy": _STR,
        "rate_assumptions": {"type": "array", "items": _ref("rate_assumption")},
        "rules": rules,
    }
    defs["income_gain"] = _obj(one, "the income gain of advice outcomes over time (Gain.to_dict())")
    defs["two_households"] = _obj({
        "before": _STR, "after": _STR, "period_start": _DATE, "uc_monthly_pence": _INT, "weekly_pence": _INT,
        "monthly_pence": _INT, "annual": _obj({"convention": {"enum": list(CONVENTIONS)}, "pence": _INT}),
        "rules": _STR, "rates_policy": _STR, "assumptions": {"type": "array", "items": _ref("rate_assumption")}},
        "two household files compared on one date (entitlements gain FILE --after FILE)")
    return {
        "$schema": _DRAFT,
        "$id": "https://entitlements.invalid/schema/gain.schema.json",
        "title": "entitlements income gain",
        "description": "An income gain as `entitlements gain --json` prints it: of advice outcomes over time "
                       "(Gain.to_dict()), or of two household files compared. Money in integer pence. Generated from "
                       "entitlements' result classes; do not edit.",
        "oneOf": [_ref("income_gain"), _ref("two_households")],
        "$defs": defs,
    }


#: The keys of :meth:`entitlements.CaseloadEstimate.summary` (and of a partitioned caseload's summary, the same),
#: with their schemas: ``tests/test_result_schema.py`` holds the method to them.
_CASELOAD_SUMMARY = {
    "cases": _INT, "cases_estimated": _INT, "cases_with_errors": _INT,
    "rows_not_cases": _obj({k: _INT for k in ("repeated_header_row", "totals_row", "blank_row")},
                           "rows that are not cases (a header row repeated in the data, a totals row, a blank row), by kind: error "
                           "rows (in the errors), not counted in cases or cases_with_errors (since 2026-12-08)"),
    "cases_entitled_to_uc": _INT,
    "total_uc_monthly_pence": _INT, "total_benefits_annual_pence": _null(_INT),
    "annual_basis": dict(_STR, description="how total_benefits_annual_pence counts a year, in words: Universal Credit "
                         "monthly x 12, the other benefits weekly x 52 (since 2026-12-08)"),
    "mean_uc_monthly_pence": _INT,
    "rules": _STR, "rates_policy": _STR, "cases_with_assumed_rates": _INT, "assumptions": _STRS,
    "cases_with_facts_assumed": dict(_INT, description="cases estimated whose Housing Benefit or Council Tax "
                                     "Reduction rests on a fact not given, taken as not met (the results' "
                                     "facts_assumed column)"),
    # The codes of entitlements.benefits.hb_ctr.FACTS_ASSUMED (not imported: the schema needs no numpy), held to
    # them by tests/test_result_schema.py's real outputs (every key required, no other allowed).
    "facts_assumed": _obj({k: _INT for k in ("hours_not_given", "childcare_conditions_open")},
                          "cases estimated by the fact not given: hours_not_given (an earner's hours of work: the "
                          "additional earnings disregard not applied), childcare_conditions_open (pension age: the "
                          "conditions of the relevant childcare charges left open)"),
    "repeated_case_ids": _obj({"ids": _INT, "rows": _INT},
                              "case ids on more than one row: how many, and how many rows they are on (counts only, "
                              "never the ids)"),
}


def caseload_summary_schema() -> dict[str, Any]:
    """The schema of what ``entitlements caseload FILE --json`` prints: the
    caseload's summary (:meth:`entitlements.CaseloadEstimate.summary`, or a
    partitioned caseload's, the same keys) with the rows that could not be
    used counted by reason (``errors_by_reason``); a CSV or Excel caseload
    adds each such row in words (``errors``) and, where the file was not read
    as UTF-8, its ``encoding``. Not the ``--report`` or ``--check`` summaries."""
    props = dict(_CASELOAD_SUMMARY)
    props["total_benefits_annual_pence"] = dict(props["total_benefits_annual_pence"],
                                                description="every benefit a year, the household totals, in all; "
                                                            "null where the benefits were not worked out")
    props["assumptions"] = dict(_STRS, description="the rates past the tables' end, in words")
    group = _errors_by_reason()
    props["errors_by_reason"] = {"type": "array", "items": _ref("errors_by_reason")}
    props["errors"] = dict(_STRS, description="every row that could not be used, in words (a CSV or Excel caseload)")
    props["encoding"] = dict(_STR, description="the text encoding the file was read in, where known (a CSV caseload)")
    top = dict(_obj(props), required=[k for k in props if k not in ("errors", "encoding")])
    return {
        "$schema": _DRAFT,
        "$id": "https://entitlements.invalid/schema/caseload-summary.schema.json",
        "title": "entitlements caseload summary",
        "description": "A caseload's summary as `entitlements caseload FILE --json` prints it "
                       "(CaseloadEstimate.summary() with the rows that could not be used). Money in integer pence "
                       "(Universal Credit a month, the benefits a year). Not the `--report` or `--check` summaries. "
                       "Generated by entitlements.result_schema; do not edit.",
        **top,
        "$defs": {"errors_by_reason": group},
    }


def _errors_by_reason() -> dict[str, Any]:
    return _obj({"reason": _STR, "rows": {"type": "integer", "minimum": 1},
                 "first_rows": {"type": "array", "items": _INT, "maxItems": 5}},
                "rows that could not be used, for one reason: how many, and the first five row numbers")


#: The keys of a caseload of outcomes' figures (the report's ``totals``: ``entitlements.gain.summary._block``),
#: with their schemas: ``tests/test_result_schema.py`` holds the summary to them.
_GAIN_TOTALS = {
    **{k: _INT for k in ("cases", "cases_with_a_gain", "annual_gain_pence", "annual_gain_weighted_pence",
                         "mean_annual_gain_pence", "projected_gain_pence", "projected_gain_weighted_pence", "arrears_pence",
                         "lump_sum_pence", "debt_written_off_pence", "cases_with_arrears", "cases_with_lump_sum",
                         "cases_with_debt_written_off", "confirmed_cases", "confirmed_annual_gain_pence", "predicted_cases",
                         "predicted_annual_gain_weighted_pence", "arrears_weighted_pence", "lump_sum_weighted_pence",
                         "debt_written_off_weighted_pence", "patients_gaining_lcw_or_lcwra")},
    "patients_gaining_lcw_or_lcwra_weighted": {"type": "number", "minimum": 0},
}

#: The keys ``caseload FILE --report R --json`` prints (``cli_caseload.report_json``), with their schemas.
_CASELOAD_REPORT = ("cases", "cases_projected", "cases_with_errors", "rows_not_cases", "repeated_case_ids", "totals", "uncertainty", "report",
                    "out", "errors_by_reason", "cases_not_projected", "rates", "rules")


def caseload_report_schema() -> dict[str, Any]:
    """The schema of what ``entitlements caseload FILE --report R --json``
    prints, a CSV, Excel or partitioned Parquet caseload of advice outcomes
    alike (:func:`entitlements.cli_caseload.report_json`): the cases read,
    projected and with errors, the totals (money in pence), the spread of the
    weighted totals, where the report and the per-case gains were written,
    the rows not used counted by reason and by kind, and the rates assumed."""
    spread = _obj({"method": {"enum": ["exact", "normal", "none"]}, "mean_pence": _INT, "sd_pence": {"type": "integer", "minimum": 0},
                   "lower_pence": _INT, "upper_pence": _INT},
                  "a weighted total's spread: its mean, standard deviation and the interval holding at least `level` of it")
    props: dict[str, Any] = {
        "cases": _INT, "cases_projected": _INT, "cases_with_errors": _INT,
        "rows_not_cases": _obj({k: _INT for k in ("repeated_header_row", "totals_row", "blank_row")},
                                 "rows that are not cases (a header row repeated in the data, a totals row, a blank row), by "
                                 "kind: error rows, not counted in cases or cases_with_errors (since 2026-12-08)"),
        "repeated_case_ids": _obj({"ids": _INT, "rows": _INT},
                                  "case ids on more than one row: how many, and how many rows they are on (counts only, "
                                  "never the ids)"),
        "totals": _obj(dict(_GAIN_TOTALS), "the projected cases' figures, confirmed and predicted (weighted by the chance "
                                           "of success) apart and together; money in pence"),
        "uncertainty": _obj({"level": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
                             "method": {"enum": ["exact", "normal", "none"]}, "uncertain_cases": _INT,
                             "annual_gain": _ref("spread"), "projected_gain": _ref("spread"), "explanation": _STR},
                            "the spread of the weighted totals, each predicted outcome won with its chance of success"),
        "report": dict(_STR, description="the report file written"),
        "out": dict(_null(_STR), description="where the per-case gains were written (--out), or null"),
        "errors_by_reason": {"type": "array", "items": _ref("errors_by_reason")},
        "cases_not_projected": _obj({"count": _INT, "by_reason": {"type": "object", "additionalProperties": _INT},
                                     "in_words": _STR},
                                    "the cases that could not be projected: how many, by kind of failure, in words"),
        "rates": _obj({"policy": _STR, "cases_with_assumed_rates": _INT, "assumptions": _STRS,
                       "tables": {"type": "array", "items": _ref("rate_assumption")}},
                      "the rates policy and the rates past the tables' end the cases rest on"),
        "rules": _STR,
    }
    return {
        "$schema": _DRAFT,
        "$id": "https://entitlements.invalid/schema/caseload-report.schema.json",
        "title": "entitlements caseload income-gain report summary",
        "description": "What `entitlements caseload FILE --report R --json` prints (a CSV, Excel or Parquet caseload of "
                       "advice outcomes): the report's headline figures in integer pence. "
                       "Generated by entitlements.result_schema; do not edit.",
        **_obj(props),
        "$defs": {"errors_by_reason": _errors_by_reason(), "spread": spread,
                  "rate_assumption": _common_defs()["rate_assumption"]},
    }


def caseload_check_schema() -> dict[str, Any]:
    """The schema of what ``entitlements caseload FILE --check --json``
    prints: the caseload's benefit check added up
    (``CaseloadCheck.summary()``, aggregates only): the
    patients missing out and the annual value by benefit and by certainty,
    the questions to ask, and the same by each grouping column, a small group's
    figures suppressed (null, with why)."""
    from .check.candidates import CERTAINTIES

    count = {"type": "integer", "minimum": 0}
    hidden = lambda s: _null(s)  # noqa: E731  (null where suppressed)
    benefit = _obj({"patients": count, "annual_pence": _INT, "weighted_annual_pence": _INT,
                    "certainty": {"enum": list(CERTAINTIES)}},
                   "one benefit: the patients missing it and its annual value (a claim, once made, is certain: weighted = raw)")
    certainty = _obj({"findings": count, "annual_pence": _INT, "weighted_annual_pence": _INT, "benefits": _STRS,
                      "asks": count},
                     "the findings of one certainty: how many, their annual value, the benefits they are of, the "
                     "questions to ask among them")
    group = _obj({"group": _STR, "cases": hidden(count), "patients_missing": hidden(count), "annual_pence": hidden(_INT),
                  "suppressed": _null(_STR), "missing_suppressed": _null(_STR)},
                 "one group of a grouping column: null figures are suppressed (fewer than 5), saying why")
    props = {
        "cases": count, "cases_checked": count, "cases_with_errors": count,
        "rows_not_cases": _obj({k: _INT for k in ("repeated_header_row", "totals_row", "blank_row")},
                                 "rows that are not cases (a header row repeated in the data, a totals row, a blank row), by "
                                 "kind: error rows, not counted in cases or cases_with_errors (since 2026-12-08)"),
        "patients_missing_something": count,
        "annual_pence": dict(_INT, description="the annual value of everything missed, in pence"),
        "by_benefit": {"type": "object", "additionalProperties": _ref("benefit"),
                       "description": "by benefit, named in words (\"Universal Credit\")"},
        "by_certainty": {"type": "object", "propertyNames": {"enum": list(CERTAINTIES)},
                         "additionalProperties": _ref("certainty")},
        "asks": {"type": "object", "additionalProperties": count,
                 "description": "the questions to ask, by what they are about: how many cases"},
        "by_group": {"type": "object", "additionalProperties": {"type": "array", "items": _ref("group")},
                     "description": "by each grouping column (practice, imd_decile, ...): its groups"},
        "rules": _STR,
        "on": {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}( to [0-9]{4}-[0-9]{2}-[0-9]{2})?$",
               "description": "the date checked on, or the first and last where each case has its own"},
        "annual_basis": _obj({"by_benefit": {"type": "object", "additionalProperties": {"enum": ["monthly x 12", "weekly x 52"]},
                                                  "description": "each benefit found missed: how its year is counted"},
                                   "text": dict(_STR, description="in words, saying where the totals a year add the two "
                                                "conventions (\"\" where nothing was found)")},
                                  "how the years are counted: Universal Credit as the month x 12, the other benefits "
                                  "as the week x 52"),
    }
    return {
        "$schema": _DRAFT,
        "$id": "https://entitlements.invalid/schema/caseload-check.schema.json",
        "title": "entitlements caseload benefit check summary",
        "description": "What `entitlements caseload FILE --check --json` prints: the benefit check of a caseload added "
                       "up (CaseloadCheck.summary(); aggregates only, small groups suppressed). Money in integer pence "
                       "a year. Generated by entitlements.result_schema; do not edit.",
        **_obj(props),
        "$defs": {"benefit": benefit, "certainty": certainty, "group": group},
    }


#: The result schemas by name (``entitlements schema NAME``).
RESULT_SCHEMAS = {"estimate": estimate_schema, "check": check_schema, "gain": gain_schema,
                  "caseload-summary": caseload_summary_schema, "caseload-report": caseload_report_schema,
                  "caseload-check": caseload_check_schema}


def result_schema_json(name: str) -> str:
    """A result schema as the JSON text published (as :func:`entitlements.io.schema.schema_json`)."""
    import json

    return json.dumps(RESULT_SCHEMAS[name](), indent=2, ensure_ascii=False) + "\n"
