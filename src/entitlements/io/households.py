"""Households from what people type, one at a time: a CSV row, a TOML or JSON file.

Money in these records is in **pounds** (``900``, ``900.00``, ``£1,234.56``);
the library works in pence. A fraction of a penny, a negative amount, an
unknown field or a value that is not allowed raises
:class:`~entitlements.errors.InputError` naming the field and value.

Two shapes are read:

* nested (a TOML or JSON household file)::

      capital = 0
      [[adults]]
      age = 34
      monthly_earnings = 900.00
      lcwra = true
      [[children]]
      date_of_birth = 2019-05-01

* flat (one CSV row): ``adult1_age``, ``adult2_monthly_earnings``,
  ``child3_date_of_birth``, ``capital``, ... An ``adult2_*`` value makes the
  row a couple. An empty cell means the field was not given (its default),
  except that a renter's ``housing_rent`` must be given (0 if none is paid)
  and, where the record has a ``housing_rent_period`` column, a rent over £0
  needs its period (a blank is not taken as a month).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import tomllib
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Mapping, Sequence

import attrs

from ..dates import parse_date
from ..digits import check_digits
from ..errors import Described, InputError, InputFileError, shown
from ..household import RENT_PERIODS, Adult, Child, Household, Housing, NonDependant
from ..money import MAX_PENCE
from .headers import CLAIM_COLUMNS

__all__ = ["household_from_mapping", "household_from_flat", "read_household_file", "read_household_file_claims",
           "file_claims", "CLAIM_NAMES", "parse_pounds", "parse_flag", "ADULT_FIELDS", "CHILD_FIELDS", "MONEY_FIELDS"]

ADULT_FIELDS = tuple(a.name for a in attrs.fields(Adult))
CHILD_FIELDS = tuple(a.name for a in attrs.fields(Child))
HOUSING_FIELDS = tuple(a.name for a in attrs.fields(Housing) if a.name != "non_dependants")
NON_DEPENDANT_FIELDS = tuple(a.name for a in attrs.fields(NonDependant))
HOUSEHOLD_FIELDS = tuple(a.name for a in attrs.fields(Household) if a.name not in ("adults", "children", "housing"))
#: Fields given in pounds in records (pence in the API).
MONEY_FIELDS = frozenset(
    {
        "monthly_earnings",
        "gross_monthly_earnings",
        "pension_contribution_monthly",
        "carers_allowance_weekly",
        "new_style_esa_weekly",
        "new_style_jsa_weekly",
        "other_unearned_income_monthly",
        "capital",
        "childcare_costs_monthly",
        "rent",
        "lha_rate",
        "pension_income_weekly",
        "state_pension_weekly",
        "adjusted_net_income_annual",
        "gross_weekly_income",
        "council_tax_band_d",
        "council_tax_band_charge",
        "owner_housing_costs",
        "lodger_payment_weekly",
    }
)
_BOOL_FIELDS = frozenset(
    a.name
    for cls in (Adult, Child, Household, Housing, NonDependant)
    for a in attrs.fields(cls)
    if a.type in ("bool", "bool | None")
)
_DATE_FIELDS = frozenset({"date_of_birth", "uc_claim_start", "lcwra_evidence_date"})
_INT_FIELDS = frozenset({"age", "bedrooms", "rent_free_weeks", "childcare_children", "council_tax_disregarded",
                         "work_hours_weekly"})
_LIST_FIELDS = frozenset({"extra_bedrooms"})
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


_POUNDS = re.compile(r"^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")


def _float_text(v: float) -> str:
    """A float amount as the decimal it stands for: to 15 significant digits,
    as Excel shows a number and as a workbook's cells are read
    (``100.1 + 200.2``, 300.29999999999995 in binary, is 300.3), so that a
    sum of pounds and pence in a DataFrame is not refused for its last bit;
    a fraction of a penny within those digits (``478.000000001``) is still
    refused. Beyond 15 digits (``1e+20``), as Python writes it."""
    return format(Decimal(format(v, ".15g")), "f") if v - v == 0 and abs(v) < 1e15 else repr(v)


#: An amount followed by how often in words, as advisers write it ("£85.60 pw", "4451.20 pa", "371 pcm"):
#: refused as "371/month" is, the amount alone asked for (since 2026-12-08: "expected an amount in pounds").
_PERIOD_WORDS = re.compile(r"(.*?\d)\s*(?:p\.?\s*/?\s*w\.?|p\.?\s*/?\s*a\.?|p\.?c\.?m\.?|p/m|per\s+(?:week|month|"
                           r"annum|year|calendar\s+month)|an?\s+(?:week|month|year|fortnight)|weekly|monthly|yearly|"
                           r"annually|fortnightly|pw|pa|pm)\s*$", re.IGNORECASE)


def parse_pounds(value: Any, field: str) -> int:
    """Pounds (``"1,234.56"``, ``"£900"``, ``900``, ``Decimal``) as pence.

    A comma is read only between thousands (``1,50`` is refused: it may be
    £1.50 written the European way); an amount over £100,000,000
    (:data:`entitlements.money.MAX_PENCE`) is refused as a mistake."""
    if isinstance(value, bool):
        raise InputError(field, value, "an amount in pounds, such as 900.00")
    check_digits(value, field, "an amount in pounds")
    if not isinstance(value, (str, int, Decimal, float)) and hasattr(value, "item"):  # a numpy number
        value = value.item()
    if isinstance(value, float):
        value = _float_text(value)
    text = str(value).strip().removeprefix("£").strip()
    if text in ("-", "\u2013", "\u2014"):  # a hyphen or dash alone: how the accounting format shows zero
        raise InputError(field, value, "an amount in pounds: a dash alone is how a spreadsheet's accounting format "
                                       "shows zero, not an amount; give 0 if it is nil")
    if text.startswith("-"):
        raise InputError(field, value, "0 or more pounds")
    if not _POUNDS.match(text):
        if ("/" in text and _POUNDS.match(text.split("/", 1)[0].strip())  # "£120/week": the period is not read here
                or (m := _PERIOD_WORDS.match(text)) is not None and _POUNDS.match(m.group(1).strip())):  # "£85.60 pw"
            raise InputError(field, value, "an amount in pounds alone, such as 120.00: how often is given apart "
                                           "(the rent's in rent_period; other fields say it in their name, as "
                                           "state_pension_weekly does)")
        if "," in text:
            raise InputError(field, value, "pounds with a dot before the pence, such as 1234.50 or 1,234.50 "
                                           "(a comma only between thousands)")
        raise InputError(field, value, "an amount in pounds, such as 900.00")
    d = Decimal(text.replace(",", ""))
    p = d * 100
    if p != p.to_integral_value():
        raise InputError(field, value, "pounds and whole pence (at most 2 decimal places)")
    if p > MAX_PENCE:
        raise InputError(field, value, f"at most £{MAX_PENCE // 100:,}")
    return int(p)


def parse_flag(value: Any, field: str) -> bool:
    """true/false, yes/no, y/n or 1/0 (any case) as a bool."""
    if isinstance(value, bool):
        return value
    if not isinstance(value, (str, int, float)) and hasattr(value, "item"):  # a numpy scalar
        value = value.item()
    if isinstance(value, float) and value in (0.0, 1.0):
        # A 1/0 column with a blank is float64 in pandas (read_csv, read_excel): 1.0 and 0.0 are its 1 and 0.
        return value == 1.0
    s = str(value).strip().lower()
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise InputError(field, value, "true or false (or yes/no, 1/0)")


def _convert(field: str, value: Any, label: str) -> Any:
    if type(value) is str:  # a CSV cell: the same few values recur down a column
        return _convert_text(field, value, label)
    return _convert_any(field, value, label)


@functools.lru_cache(maxsize=65536)
def _convert_text(field: str, value: str, label: str) -> Any:
    return _convert_any(field, value, label)


def _convert_any(field: str, value: Any, label: str) -> Any:
    if field in MONEY_FIELDS:
        return parse_pounds(value, label)
    if field in _BOOL_FIELDS:
        return parse_flag(value, label)
    if field in _DATE_FIELDS:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        return parse_date(str(value), label)
    if field in _LIST_FIELDS:
        items = value if isinstance(value, (list, tuple)) else str(value).split(";")
        return tuple(str(v).strip() for v in items if str(v).strip())
    if field in _INT_FIELDS:
        if isinstance(value, bool):
            raise InputError(label, value, "a whole number")
        check_digits(value, label, "a whole number")
        try:
            f = Decimal(str(value).strip())
        except InvalidOperation:
            raise InputError(label, value, "a whole number") from None
        # inf, nan (TOML inf, JSON 1e400) are not numbers of anything, and "1e999999999" would be a billion
        # digits: each is refused here, before int() (an OverflowError, or minutes of work), not by the bounds.
        # "3_0" is Python's digit grouping (read as 30), never a spreadsheet's: refused as a typing slip.
        if not f.is_finite() or f.adjusted() > 17 or f != f.to_integral_value() or "_" in str(value):
            raise InputError(label, value, "a whole number")
        return int(f)
    if isinstance(value, (list, tuple, Mapping)):
        # A text field (a name, a code, a choice): a list or table is a mistake, never read as its first item or
        # as the text of the list ("['Coventry']" used to match Coventry as a council or BRMA name).
        raise InputError(label, value, "one value written as text, e.g. \"Coventry\" (not a list or a table)")
    s = value if value is None else str(value).strip()
    if field == "council_tax_band" and s is not None:
        from .arguments import council_tax_band

        s = council_tax_band(s)  # "b", "Band B", as --council-tax-band takes them, are band B
    return None if s in ("", "none", "None", "NONE") else s


def _build(cls, fields: tuple[str, ...], values: Mapping[str, Any], prefix: str):
    if not isinstance(values, Mapping):
        raise InputError(prefix.rstrip("._") or cls.__name__, values, f"a table of {cls.__name__} fields ({', '.join(fields[:4])}, ...)")
    unknown = sorted(set(values) - set(fields), key=str)
    if unknown:
        raise InputError(f"{prefix}{unknown[0]}", Described("a field not known"), _known_field(str(unknown[0]), fields, prefix))
    # JSON's null is a field not given, as an empty CSV cell is: its default, or "missing" where it is required.
    kwargs = {k: _convert(k, v, f"{prefix}{k}") for k, v in values.items() if v is not None}
    missing = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING and f.name not in kwargs]
    if missing:
        raise InputError(f"{prefix}{missing[0]}", None, f"a value: every {cls.__name__} needs {', '.join(missing)}")
    try:
        return cls(**kwargs)
    except InputError as e:
        # The value as given (since 2026-12-07; was the value made, pence for pounds: 10000 for "100"), and for a
        # row's adult, what is allowed in the row's columns ("blank unless adult1_lcwra is true").
        given, expected = e.value, _in_a_files_words(e.expected)
        if cls is Adult and _ADULT_COLUMN.fullmatch(prefix):  # a household file's value is shown where it is read
            raw = values.get(e.field) if isinstance(e.field, str) else None
            if raw is not None and str(raw).strip() != str(e.value):  # made other than given: pounds made pence
                given = raw
            expected = _in_a_rows_words(expected, prefix, fields)
        raise InputError(f"{prefix}{e.field}", given, expected) from None


_ADULT_COLUMN = re.compile(r"adult\d+_")


def _in_a_rows_words(expected: Any, prefix: str, fields: Sequence[str]) -> Any:
    """What an adult's field allows where it turns on another of the adult's
    fields (:class:`~entitlements.household.Adult`'s checks across fields),
    as a caseload row says it: each field named as its column
    (``adult1_lcwra``), Python's None as blank and True and False as the
    row writes them (since 2026-12-07). "age" is a column only as "age or
    date_of_birth" (elsewhere it is the word)."""
    if not isinstance(expected, str):
        return expected
    words = re.sub(r"\bNone\b", "blank", expected)
    words = re.sub(r"\bTrue\b", "true", re.sub(r"\bFalse\b", "false", words))
    names = sorted((f for f in fields if "_" in f or f in ("lcwra", "lcw", "carer")), key=len, reverse=True)
    words = re.sub(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")(?![\w])", lambda m: prefix + m[1], words)
    return words.replace("one of age or ", f"one of {prefix}age or ")


def _in_a_files_words(expected: Any) -> Any:
    """What a field allows, as a file says it: a field left out (a blank cell) is "not given", not Python's None."""
    return expected.replace(", or None", ", or not given").replace(" or None ", " or not given ") \
        if isinstance(expected, str) else expected


# Where a field given at the wrong level of a household file belongs.
_WHERE_FIELD_BELONGS = {
    **{f: "in an [[adults]] table" for f in ADULT_FIELDS},
    **{f: "in a [[children]] table" for f in CHILD_FIELDS},
    **{f: "in the [housing] table" for f in HOUSING_FIELDS},
    **{f: "at the top of the file, before any [table]" for f in HOUSEHOLD_FIELDS},
}


def _known_field(name: str, fields: Sequence[str], prefix: str) -> str:
    """What is allowed instead of an unknown field: the nearest, then all."""
    import difflib

    close = difflib.get_close_matches(name.strip().lower(), fields, n=1, cutoff=0.6)
    hint = f"did you mean {prefix}{close[0]}? " if close else ""
    home = _WHERE_FIELD_BELONGS.get(name)
    if home and not close:
        hint = f"{name} belongs {home}; "
    return f"a known field; {hint}known: {', '.join(fields)}"


def household_from_mapping(data: Mapping[str, Any]) -> Household:
    """A household from a nested mapping (a parsed TOML or JSON file)."""
    allowed = ("adults", "children", "housing", *HOUSEHOLD_FIELDS)
    unknown = sorted(set(data) - set(allowed), key=str)
    if unknown:
        raise InputError(str(unknown[0]), Described("a field not known"), _known_field(str(unknown[0]), allowed, ""))
    if not isinstance(data, Mapping):
        raise InputError("household", data, "a table of household fields (adults, children, ...)")
    adults_in = data.get("adults")
    if not isinstance(adults_in, list) or not adults_in:
        raise InputError("adults", adults_in, "a list of 1 or 2 adults ([[adults]] tables)")
    adults = tuple(_build(Adult, ADULT_FIELDS, a, f"adults[{i}].") for i, a in enumerate(adults_in, 1))
    children_in = data.get("children", []) or []
    if not isinstance(children_in, list):
        raise InputError("children", children_in, "a list of children ([[children]] tables)")
    children = tuple(_build(Child, CHILD_FIELDS, c, f"children[{i}].") for i, c in enumerate(children_in, 1))
    housing = None
    if data.get("housing") is not None:
        if not isinstance(data["housing"], Mapping):
            raise InputError("housing", data["housing"], "a [housing] table")
        hd = dict(data["housing"])
        nondeps_in = hd.pop("non_dependants", []) or []
        if not isinstance(nondeps_in, list):
            raise InputError("housing.non_dependants", nondeps_in, "a list of non-dependants ([[housing.non_dependants]] tables)")
        nondeps = tuple(
            _build(NonDependant, NON_DEPENDANT_FIELDS, n, f"housing.non_dependants[{i}].")
            for i, n in enumerate(nondeps_in, 1)
        )
        housing = _build(Housing, HOUSING_FIELDS, hd, "housing.")
        housing = attrs.evolve(housing, non_dependants=nondeps)
    rest = {k: v for k, v in data.items() if k in HOUSEHOLD_FIELDS}
    return _build_household(adults, children, housing, rest, "")


def _build_household(adults, children, housing, rest: Mapping[str, Any], prefix: str) -> Household:
    kwargs = {k: _convert(k, v, f"{prefix}{k}") for k, v in rest.items() if v is not None}  # null: not given
    _nation_of_council(kwargs)
    try:
        h = Household(adults=adults, children=children, housing=housing, **kwargs)
        if h.local_authority is not None:
            # A council not known, or not of the household's nation, is the record's error (as a bad cell is), not
            # the whole caseload's when its columns are made (columns._authority_code).
            from ..columns import _authority_code

            _authority_code(h.local_authority, h.nation)
        return h
    except InputError as e:
        raise InputError(f"{prefix}{e.field}", e.value, _in_a_files_words(e.expected)) from None


def _nation_of_council(kwargs: dict[str, Any]) -> None:
    """A council implies the nation (since 2026-12-08, as ``--council`` does):
    where ``nation`` is not given and ``local_authority`` names a billing
    authority of Scotland or Wales (each name and GSS code names one
    authority, so one nation), ``kwargs`` gets that nation. A council not
    known is left to its own error; a nation given is kept (a contradiction
    stays the record's error)."""
    la = kwargs.get("local_authority")
    if "nation" in kwargs or not isinstance(la, str) or not la.strip():
        return
    from ..benefits.council_tax_areas import default_authorities

    try:
        a = default_authorities().authority(la)
    except InputError:
        return
    if a.nation != "england":
        kwargs["nation"] = a.nation


_FLAT = re.compile(r"(adult|child|nondep)(\d+)_(.+)")  # matched whole (fullmatch): "$" would allow a line break after


def household_from_flat(row: Mapping[str, Any]) -> Household:
    """A household from one flat record (a CSV row): ``adult1_age``,
    ``child2_date_of_birth``, ``capital``. Empty values are not given.
    Keys that are not household fields must be removed first."""
    adults: dict[int, dict[str, Any]] = {}
    children: dict[int, dict[str, Any]] = {}
    nondeps: dict[int, dict[str, Any]] = {}
    housing: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for key, value in row.items():
        if value is None or (isinstance(value, str) and value.strip() == ""):
            continue
        kind, num, field = flat_key(key)
        if kind == "bad":
            raise InputError(key, Described("a column not known"), field)
        if kind == "rest":
            rest[field] = value
        elif kind == "housing":
            housing[field] = value
        elif kind == "adult":
            adults.setdefault(num, {})[field] = value
        elif kind == "nondep":
            nondeps.setdefault(num, {})[field] = value
        else:
            children.setdefault(num, {})[field] = value
    if 1 not in adults:
        raise InputError("adult1_age", None, "adult1_age or adult1_date_of_birth for the first adult")
    built = [_build(Adult, ADULT_FIELDS, adults[n], f"adult{n}_") for n in sorted(adults)]
    kids = []
    for n in sorted(children):
        if "date_of_birth" not in children[n]:
            raise InputError(f"child{n}_date_of_birth", None, "a date for every child given")
        kids.append(_build(Child, CHILD_FIELDS, children[n], f"child{n}_"))
    house = None
    if housing or nondeps:
        if "tenure" not in housing:
            raise InputError("housing_tenure", None, "a tenure when any housing_* or nondepN_* column is given")
        house = _build(Housing, HOUSING_FIELDS, housing, "housing_")
        check_rent_period(house, "housing_rent_period" in row and "rent_period" not in housing)
        check_owner_costs_period(house, "housing_owner_housing_costs_period" in row
                                 and "owner_housing_costs_period" not in housing)
        check_brma(house)
        house = attrs.evolve(house, non_dependants=tuple(_build(NonDependant, NON_DEPENDANT_FIELDS, nondeps[n], f"nondep{n}_") for n in sorted(nondeps)))
    try:
        return _build_household(tuple(built), tuple(kids), house, rest, "")
    except InputError as e:  # named as the record's column (housing_council_tax_band), not the model's path
        if e.field.startswith("housing."):
            raise InputError("housing_" + e.field.removeprefix("housing."), e.value, e.expected) from None
        raise


def check_brma(house: Housing, field: str = "housing_brma") -> None:
    """A BRMA not known is the record's error (as a bad cell is), not the
    whole caseload's when its columns are made (columns._brma_code)."""
    if house.brma is None:
        return
    from ..columns import _brma_code

    try:
        _brma_code(house.brma)
    except InputError as e:
        raise InputError(field, e.value, e.expected) from None


def check_rent_period(house: Housing, period_blank: bool) -> None:
    """A flat record's rent over £0 with its ``housing_rent_period`` cell
    blank is an error, not a month. (A caseload without that column takes
    every rent as monthly, the model's default, as the docs say.)"""
    if period_blank and house.rent:
        raise InputError("housing_rent_period", None, f"how often the rent is paid: {', '.join(RENT_PERIODS[:-1])} or "
                         f"{RENT_PERIODS[-1]}, as housing_rent is given")


def check_owner_costs_period(house: Housing, period_blank: bool) -> None:
    """As :func:`check_rent_period`, for an owner's housing costs over £0
    with the ``housing_owner_housing_costs_period`` cell blank."""
    if period_blank and house.owner_housing_costs:
        raise InputError("housing_owner_housing_costs_period", None, "how often the owner's housing costs are paid: "
                         f"{', '.join(RENT_PERIODS[:-1])} or {RENT_PERIODS[-1]}, as housing_owner_housing_costs is given")


@functools.lru_cache(maxsize=4096)
def flat_key(key: str) -> tuple[str, int, str]:
    """What a flat record's key is, worked out once a key: ``(kind, number,
    field)``, or ``("bad", 0, what is allowed)``."""
    if key in HOUSEHOLD_FIELDS:
        return "rest", 0, key
    if key.startswith("housing_"):
        field = key.removeprefix("housing_")
        if field not in HOUSING_FIELDS:
            return "bad", 0, f"a known housing field: {', '.join('housing_' + f for f in HOUSING_FIELDS)}"
        return "housing", 0, field
    m = _FLAT.fullmatch(key)
    if not m:
        return "bad", 0, "adult1_*, adult2_*, childN_*, nondepN_*, housing_* or a household field"
    kind, num, field = m.group(1), int(m.group(2)), m.group(3)
    if kind == "adult":
        if num not in (1, 2):
            return "bad", 0, "adult1_* or adult2_* (a benefit unit has 1 or 2 adults)"
        if field not in ADULT_FIELDS:
            return "bad", 0, f"a known adult field: {', '.join(ADULT_FIELDS)}"
    elif kind == "nondep":
        if field not in NON_DEPENDANT_FIELDS:
            return "bad", 0, f"a known non-dependant field: {', '.join(NON_DEPENDANT_FIELDS)}"
    else:
        if num < 1:
            return "bad", 0, "child1_*, child2_*, ..."
        if field not in CHILD_FIELDS:
            return "bad", 0, f"a known child field: {', '.join(CHILD_FIELDS)}"
    return kind, num, field


@functools.cache
def known_flat_names() -> tuple[str, ...]:
    """Household column names, for suggestions (children and non-dependants
    numbered 1 to 9; any number is allowed)."""
    names = list(HOUSEHOLD_FIELDS) + [f"housing_{f}" for f in HOUSING_FIELDS]
    names += [f"adult{n}_{f}" for n in (1, 2) for f in ADULT_FIELDS]
    names += [f"child{n}_{f}" for n in range(1, 10) for f in CHILD_FIELDS]
    names += [f"nondep{n}_{f}" for n in range(1, 10) for f in NON_DEPENDANT_FIELDS]
    return tuple(names)


@functools.lru_cache(maxsize=4096)
def is_household_column(name: str) -> bool:
    """Whether a CSV column is a household field (else it passes through,
    e.g. a grouping column such as ``practice`` or ``imd_decile``)."""
    return name in HOUSEHOLD_FIELDS or name.startswith("housing_") or bool(_FLAT.fullmatch(name))


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (TOML refuses it too)."""
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise InputError(k, "given twice", "each field once (the second would silently replace the first)")
        out[k] = v
    return out


_TABLES = {".xlsx": "a spreadsheet workbook", ".xlsm": "a spreadsheet workbook", ".xls": "a spreadsheet workbook",
           ".ods": "a spreadsheet workbook", ".csv": "a CSV table", ".tsv": "a table (tab-separated)",
           ".jsonl": "JSON lines (a table)", ".parquet": "a Parquet table"}


def _refuse_a_table(path: Path, start: bytes) -> None:
    """Refuse a table (a workbook, CSV, JSON lines, Parquet) given where one
    household's file is expected, saying what the file is and what to do:
    by its name's ending, or by a workbook's first bytes (a zip or an OLE
    file) whatever it is called."""
    what = _TABLES.get(path.suffix.lower())
    if what is None and (start.startswith(b"PK\x03\x04") or start.startswith(b"\xd0\xcf\x11\xe0")):
        what = "a spreadsheet workbook (or another binary file)"
    if what is not None:
        raise InputError("file", path.name, f"a household file (.toml or .json), not {what}: a table of households, "
                         "one a row, is read by `entitlements caseload` (Caseload.from_csv), from a CSV file or an .xlsx workbook")


def read_household_file(path: Path) -> tuple[Household, dt.date | None]:
    """A household file (``.json``, else TOML) and the date it gives as
    ``on`` (None if it gives none). UTF-8 with or without a byte order mark
    (Notepad adds one), UTF-16 by its mark, or Windows-1252.

    A ``claims`` entry (what the household claims now, for the benefit
    check: :func:`read_household_file_claims`) is checked and left out: it
    is not a fact of the household, so an estimate does not use it."""
    household, on, _ = read_household_file_claims(path)
    return household, on


#: The names a household file's ``claims`` list may hold: those of
#: ``entitlements.check.CLAIMABLE`` and ``PASSPORTED_HELP`` (as ``--claims``
#: and the caseload's ``claims_*`` columns).
CLAIM_NAMES = tuple(c.removeprefix("claims_") for c in CLAIM_COLUMNS)


def file_claims(value: Any) -> tuple[str, ...] | None:
    """A household file's ``claims`` entry: None where not given (or null),
    else the names in it, each one of :data:`CLAIM_NAMES` (an empty list:
    nothing claimed)."""
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError("claims", value, "a list of the benefits claimed now, such as [\"universal_credit\"], each one of "
                         + ", ".join(CLAIM_NAMES))
    for v in value:
        if v not in CLAIM_NAMES:
            from ..errors import did_you_mean

            raise InputError("claims", v, did_you_mean(v, CLAIM_NAMES) + "each one of " + ", ".join(CLAIM_NAMES))
    return tuple(value)


def read_household_file_claims(path: Path) -> tuple[Household, dt.date | None, tuple[str, ...] | None]:
    """As :func:`read_household_file`, with the file's ``claims``: the
    benefits claimed now and the help had already (:func:`file_claims`;
    None where the file does not say)."""
    from .csv import decode, read_bytes

    path = Path(path)
    if not path.exists():
        raise InputFileError("file", str(path), "a household file that exists")
    data = read_bytes(path, "file")
    _refuse_a_table(path, data[:8])
    text, _ = decode(data)
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
        except json.JSONDecodeError as e:
            raise InputError("file", path.name, f"valid JSON ({e})") from None
        except RecursionError:
            raise InputError("file", path.name, "valid JSON (it is nested too deeply)") from None
        except InputError as e:
            raise InputError(f"{path.name}: {e.field}", e.value, e.expected) from None
    else:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise InputError("file", path.name, f"valid TOML ({e})") from None
    if not isinstance(data, dict):
        caseload = " (a list of households is a caseload: Caseload.from_records)" if isinstance(data, list) else ""
        raise InputError("file", f"{path.name} holds {shown(data)}", f"a household: a table of fields (adults, children, ...){caseload}")
    on = data.pop("on", None)
    if isinstance(on, str):
        on = parse_date(on, "on")
    elif on is not None and (not isinstance(on, dt.date) or isinstance(on, dt.datetime)):
        raise InputError("on", on, "a date such as 2026-05-01")
    try:
        claims = file_claims(data.pop("claims", None))
        return household_from_mapping(data), on, claims
    except InputError as e:
        # A field the file has and no household has: named as the file names
        # it, never by a command-line flag (the user typed no flag).
        e.unknown_in_file = e.expected.startswith("a known field")
        e.in_file = True  # its value as the file gives it (pounds, not pence)
        raise
