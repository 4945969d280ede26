"""JSON Schemas of the household file and the caseload record, generated from the household classes.

For tools in other languages that send households to the library: the
schemas say which fields there are and what each may hold, in the forms the
readers of :mod:`entitlements.io.households` accept. They are built from the
attrs classes of :mod:`entitlements.household` (every field, whether it is
required, its choices and bounds read from its validator) and the readers'
own lists of money, date, whole-number and yes/no fields, so they cannot
drift from what is read: ``tests/test_schema.py`` fails when a field changes
until the published files are regenerated::

    entitlements schema household --out docs/schema/household.schema.json
    entitlements schema caseload --out docs/schema/caseload.schema.json

A value may be given as JSON types (``900.5``, ``true``, ``"2019-05-01"``)
or as the text a CSV cell holds (``"£900.50"``, ``"yes"``, ``"01/05/2019"``).
Money is in **pounds**, as in every file the library reads (pence only in
the Python API). A TOML file's dates are dates: give them as ISO text when
checking a TOML file with a JSON Schema validator.

>>> s = household_schema()
>>> s["required"], s["$defs"]["adult"]["properties"]["dla_care"]["enum"]
(['adults'], ['none', 'lowest', 'middle', 'highest', None])
"""

from __future__ import annotations

import inspect
from typing import Any

import attrs

from ..household import RENTING_TENURES, Adult, Child, Household, Housing, NonDependant
from . import households as hh

__all__ = ["household_schema", "caseload_schema", "SCHEMAS", "schema_json"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_DATE = r"^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}/[0-9]{2}/[0-9]{4})$"
_POUNDS = r"^£?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\.[0-9]{1,2})?$"
_YES_NO = r"^([Tt]rue|TRUE|[Ff]alse|FALSE|[Yy]es|YES|[Nn]o|NO|[YyNn]|1|0)$"
_WHOLE = r"^[0-9]+$"


def _validator_facts(field: attrs.Attribute) -> dict[str, Any]:
    """What a field's validator allows: ``options`` (and ``optional``) for a
    choice, ``lo``/``hi`` for a range (read from the validator's closure)."""
    v = field.validator
    if v is None:
        return {}
    try:
        return dict(inspect.getclosurevars(v).nonlocals)
    except TypeError:  # not a plain function (an attrs validator object)
        return {}


def field_schema(field: attrs.Attribute) -> dict[str, Any]:
    """The schema of one household field's value."""
    name, facts = field.name, _validator_facts(field)
    # JSON null means "not given", as an empty CSV cell does: allowed wherever
    # the field may be left out (it has a default) or may hold None.
    optional = "None" in str(field.type) or field.default is not attrs.NOTHING
    if name in hh.MONEY_FIELDS:
        s: dict[str, Any] = {"type": ["number", "string"], "minimum": 0, "pattern": _POUNDS,
                             "description": "pounds (and pence), 0 or more"}
    elif name in hh._DATE_FIELDS:
        s = {"type": "string", "pattern": _DATE, "description": "a date, YYYY-MM-DD or DD/MM/YYYY"}
    elif name in hh._LIST_FIELDS:
        options = list(facts.get("options", ()))
        s = {"type": ["array", "string"], "items": {"enum": options} if options else {"type": "string"},
             "description": "a list (or, in a CSV cell, text separated by ;)"}
    elif name in hh._BOOL_FIELDS:
        s = {"type": ["boolean", "string"], "pattern": _YES_NO, "description": "true or false (or yes/no, 1/0)"}
    elif "options" in facts:
        s = {"enum": list(facts["options"])}
        optional = optional or bool(facts.get("optional"))
    elif name in hh._INT_FIELDS or "lo" in facts or field.type in ("int", "int | None"):
        s = {"type": ["integer", "string"], "pattern": _WHOLE, "description": "a whole number"}
        if "lo" in facts:
            s.update(minimum=facts["lo"], maximum=facts["hi"])
        elif name == "age":
            s.update(minimum=16, maximum=120)
    else:
        s = {"type": "string"}
    if optional:
        s = {"anyOf": [s, {"type": "null"}]} if "enum" not in s else {"enum": [*s["enum"], None]}
    return s


def _nullable(s: dict[str, Any]) -> dict[str, Any]:
    """``s`` with JSON null allowed too (a blank cell: not given)."""
    if "enum" in s:
        return s if None in s["enum"] else {**s, "enum": [*s["enum"], None]}
    if {"type": "null"} in s.get("anyOf", []):
        return s
    return {"anyOf": [s, {"type": "null"}]}


def _object(cls: type, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    fields = [f for f in attrs.fields(cls) if f.name not in skip]
    out: dict[str, Any] = {
        "type": "object",
        "description": (inspect.getdoc(cls) or "").split("\n\n")[0].replace("\n", " "),
        "properties": {f.name: field_schema(f) for f in fields},
        "additionalProperties": False,
    }
    required = [f.name for f in fields if f.default is attrs.NOTHING]
    if required:
        out["required"] = required
    return out


def _rent_required(tenure: str, rent: str) -> dict[str, Any]:
    """A renter's rent is required (Housing's check: 0 where none is paid)."""
    return {"if": {"required": [tenure], "properties": {tenure: {"enum": list(RENTING_TENURES)}}},
            "then": {"required": [rent], "properties": {rent: {"not": {"type": "null"}}}}}


def _given(name: str) -> dict[str, Any]:
    """A field given: present and not null (JSON null is "not given")."""
    return {"required": [name], "properties": {name: {"not": {"type": "null"}}}}


def _renters_facts(prefix: str = "") -> list[dict[str, Any]]:
    """A private renter's Broad Rental Market Area or LHA rate (Sch 4 para
    25), as Housing's checks ask. A social renter's bedrooms (Sch 4 para 36)
    are not required here: they are needed only where Universal Credit can
    be paid, which turns on the ages and the date (the estimate asks)."""
    tenure = f"{prefix}tenure"
    return [{"if": {"required": [tenure], "properties": {tenure: {"const": "private_rent"}}},
             "then": {"anyOf": [_given(f"{prefix}brma"), _given(f"{prefix}lha_rate")]}}]


def household_schema() -> dict[str, Any]:
    """The schema of a household file (TOML or JSON, nested): what
    :func:`entitlements.io.households.read_household_file` reads."""
    adult = _object(Adult)
    adult["oneOf"] = [_given("age"), _given("date_of_birth")]  # exactly one, null being not given (Adult's check)
    housing = _object(Housing, skip=("non_dependants",))
    housing["properties"]["non_dependants"] = {"type": "array", "items": {"$ref": "#/$defs/non_dependant"}}
    housing["allOf"] = [_rent_required("tenure", "rent"), *_renters_facts()]
    top = _object(Household, skip=("adults", "children", "housing"))
    top["properties"] = {
        "on": {"type": "string", "pattern": _DATE, "description": "the first day of the assessment period to estimate"},
        "claims": {"anyOf": [{"type": "array", "items": {"enum": list(hh.CLAIM_NAMES)}}, {"type": "null"}],
                   "description": "for the benefit check: the benefits claimed now and the help had already (as "
                                  "--claims); not a fact of the household, so an estimate does not use it"},
        **top["properties"],
        "adults": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"$ref": "#/$defs/adult"},
                   "description": "the claimant, and the partner for a couple"},
        "children": {"type": "array", "items": {"$ref": "#/$defs/child"}},
        "housing": {"anyOf": [{"$ref": "#/$defs/housing"}, {"type": "null"}]},
    }
    return {
        "$schema": _DRAFT,
        "$id": "https://entitlements.invalid/schema/household.schema.json",
        "title": "entitlements household file",
        "description": "A benefit unit as entitlements reads it from a TOML or JSON file (entitlements estimate FILE). "
                       "Money is in pounds. Generated from entitlements.household; do not edit.",
        **{k: v for k, v in top.items() if k != "description"},
        "required": ["adults"],
        "$defs": {"adult": adult, "child": _object(Child), "non_dependant": _object(NonDependant), "housing": housing},
    }


def caseload_schema() -> dict[str, Any]:
    """The schema of a caseload: a list of flat records, one a household (a
    CSV file's rows, or records passed to ``Caseload.from_records``), with
    any advice outcome, grouping and ``keep_`` columns."""
    from ..gain.outcomes import OUTCOME_KINDS, STAGES
    from .headers import CLAIM_COLUMNS, GROUPING_COLUMNS, KEEP_PREFIX
    from .outcomes import OUTCOME_COLUMNS

    props: dict[str, Any] = {"case_id": {"type": ["string", "integer"], "description": "the case's id, carried through"}}
    for n in (1, 2):
        props |= {f"adult{n}_{f.name}": field_schema(f) for f in attrs.fields(Adult)}
    props |= {f"housing_{f.name}": field_schema(f) for f in attrs.fields(Housing) if f.name != "non_dependants"}
    props |= {f.name: field_schema(f) for f in attrs.fields(Household) if f.name not in ("adults", "children", "housing")}
    lenient = {"type": ["string", "number", "boolean", "null"]}
    props |= {c: dict(lenient) for c in OUTCOME_COLUMNS}
    props["outcome"] = {"enum": list(OUTCOME_KINDS)}
    props["stage"] = {"enum": list(STAGES)}
    grouping = {"type": ["string", "number", "null"], "description": "a grouping column (reports: aggregates only)"}
    # A household fact that is also a grouping column (local_authority) keeps the fact's schema: the report
    # groups by it, but it must still be what the fact allows (a billing authority's name or GSS code).
    props |= {c: (_also_grouping(c, props[c]) if c in props else dict(grouping)) for c in GROUPING_COLUMNS}
    props |= {c: {"type": ["string", "boolean", "null"], "description": "the benefit check: whether the case claims "
                  "this now, or has this help already (yes or no)"} for c in CLAIM_COLUMNS}
    # A blank cell is "not given" in every household column, a child's or non-dependant's date of birth and age and
    # the tenure too (a household with fewer children than the widest row; no housing costs): null allowed.
    props["housing_tenure"] = _nullable(props["housing_tenure"])
    patterns: dict[str, Any] = {}
    for kind, cls in (("child", Child), ("nondep", NonDependant)):
        for f in attrs.fields(cls):
            patterns[f"^{kind}[1-9][0-9]*_{f.name}$"] = _nullable(field_schema(f))
    patterns[f"^{KEEP_PREFIX}"] = {"description": "a column of your own, carried through to the per-case results"}
    patterns["^after_"] = dict(lenient, description="for housing_change and income_change: a household column's new value")
    row = {"type": "object", "properties": props, "patternProperties": patterns, "additionalProperties": False,
           "anyOf": [_given("adult1_age"), _given("adult1_date_of_birth")],
           "allOf": [_rent_required("housing_tenure", "housing_rent"), *_renters_facts("housing_")]}
    return {
        "$schema": _DRAFT,
        "$id": "https://entitlements.invalid/schema/caseload.schema.json",
        "title": "entitlements caseload",
        "description": "A caseload as entitlements reads it: one flat record a household (a CSV row: adult1_age, "
                       "child2_date_of_birth, housing_rent, ...). Money is in pounds. Generated from "
                       "entitlements.household; do not edit.",
        "type": "array",
        "items": {"$ref": "#/$defs/row"},
        "$defs": {"row": row},
    }


#: The schemas by name (``entitlements schema NAME``; the results' are
#: :data:`entitlements.result_schema.RESULT_SCHEMAS`).
SCHEMAS = {"household": household_schema, "caseload": caseload_schema}


def schema_json(name: str) -> str:
    """A schema as the JSON text published (sorted keys are not used: the
    order is the classes' field order)."""
    import json

    return json.dumps(SCHEMAS[name](), indent=2, ensure_ascii=False) + "\n"


#: What a household fact that is also a grouping column must be, where its field schema does not say.
_FACT_WORDS = {"local_authority": "the billing authority of the home: its name or GSS code (E06, E07, E08, E09, W06 or "
                                  "S12), as 'entitlements areas' lists them; a name typed wrong is the row's error, "
                                  "with the close matches"}


def _also_grouping(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A household column's schema, saying it is also a grouping column."""
    said = schema.get("description", "").rstrip(". ") or _FACT_WORDS.get(name, "")
    return {**schema, "description": (said + ". " if said else "") + "Also a grouping column (reports: aggregates only)."}

