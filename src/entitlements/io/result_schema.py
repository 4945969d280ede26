"""JSON Schemas of the results the library prints as JSON: an estimate
(``entitlements estimate --json``, :meth:`entitlements.Estimate.to_dict`) and
a benefit check (``entitlements check --json``,
:meth:`entitlements.check.BenefitCheck.to_dict`).

For programs that read the results, as :mod:`entitlements.io.schema` is for
those that send households. The names of each step of a calculation are read
from the result classes themselves (``UCCalculation``, ``HousingCalculation``,
``HousingBenefitCalculation``, ``ApplicableAmount``,
``CouncilTaxCalculation``, ``Finding``), every object lists its keys
(``required``) and allows no other (``additionalProperties: false``), and
the codes a result spells out as words are the library's own lists: a step
added or renamed fails ``tests/test_result_schema.py`` until the published
files are regenerated::

    entitlements schema estimate --out docs/schema/estimate.schema.json
    entitlements schema check --out docs/schema/check.schema.json

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

__all__ = ["estimate_schema", "check_schema", "RESULT_SCHEMAS"]

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
    from ..rate_assumptions import _KINDS

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
    from ..benefits.council_tax_columns import BAND_D_SOURCES, CT_REASONS, CT_STATUS, CTR_SCHEMES, CouncilTaxCalculation
    from ..benefits.hb_applicable_amount import ApplicableAmount
    from ..benefits.housing import HousingCalculation
    from ..benefits.housing_benefit import HB_REASONS, HB_SCHEMES, HousingBenefitCalculation
    from ..benefits.uc import UCCalculation
    from ..estimate import _CT_AMOUNTS, _CTR_AMOUNTS, _NOT_APPLICABLE_HOUSING

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
        raise AssertionError(f"Finding field annotated {text!r}: add it to entitlements.io.result_schema")
    return known[text]


def check_schema() -> dict[str, Any]:
    """The schema of a benefit check's JSON (:meth:`entitlements.check.BenefitCheck.to_dict`)."""
    from ..check.candidates import CERTAINTIES
    from ..check.findings import CLAIMABLE, PASSPORTED_HELP, UC_ELEMENTS, Finding

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


#: The result schemas by name (``entitlements schema NAME``).
RESULT_SCHEMAS = {"estimate": estimate_schema, "check": check_schema}
