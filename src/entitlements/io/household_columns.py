"""Households from flat records (CSV rows, DataFrame rows), read in columns.

:func:`entitlements.io.households.household_from_flat` reads one record into a
:class:`~entitlements.household.Household`, which
:func:`entitlements.columns.households_columns` turns into columns. For a
caseload of a million rows that is minutes of Python. Here the same records
are read a part at a time: each part of a household (the first adult, the
second, each child, the home with its non-dependants, the household's own
fields) takes few distinct values down a caseload, so each distinct part is
read once, by the same code and with the same checks as one record, and its
columns are gathered to every row that has it. The children are then put in
order of birth as :func:`entitlements.columns.households_columns` does.

A row with something wrong takes the error of its first failing part, in
the order a record is read (adults, children, home, household), where that
part's error is the same, word for word, for every row of its group (a cell
that could not be converted, a check on a field read by value). Any other
(a check across parts, a check that shows an amount, the household's own
checks) is read again on its own by
:func:`~entitlements.io.households.household_from_flat`, so its error is the
same as reading it alone. ``tests/test_household_columns.py`` checks that the
columns and errors are the same as record by record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping, Sequence

import attrs
import numpy as np

from ..benefits.housing import HousingColumns
from ..columns import (
    _ADULT_DTYPES,
    _HOUSEHOLD_DTYPES,
    _HOUSING_DTYPES,
    HB_CTR_SLOTS,
    AdultColumns,
    BenefitUnitColumns,
    ChildColumns,
    _adult_values,
    _child_arrays,
    _household_values,
    _housing_values,
)
from ..errors import InputError
from ..money import MAX_PENCE, weekly_to_monthly
from ..household import COUNCIL_TAX_BANDS, MAX_CHILDREN, Adult, Child, Household, Housing, NonDependant
from .cells import Factorized, factorize, group_rows
from .households import (
    MONEY_FIELDS,
    _convert,
    ADULT_FIELDS,
    CHILD_FIELDS,
    HOUSING_FIELDS,
    NON_DEPENDANT_FIELDS,
    _build,
    _build_household,
    check_brma,
    check_owner_costs_period,
    check_rent_period,
    flat_key,
    household_from_flat,
)

__all__ = ["households_from_flat_columns", "households_and_child_numbers", "record_child_numbers"]

_CHILD_KEYS = ("present", "date_of_birth", "disabled_child_rate", "has_disability_benefit", "exception", "sex",
               "dla_care", "dla_mobility", "pip_daily_living", "pip_mobility", "education")
_CHILD_DTYPES = {"present": bool, "date_of_birth": "datetime64[D]", "has_disability_benefit": bool}
_PLACEHOLDER_CHILD = Child(date_of_birth=dt.date(2020, 1, 1))
_PLACEHOLDER_ADULT = Adult(age=30)


def _gathered(values: list[dict[str, Any]], dtypes: Mapping[str, Any], inverse: np.ndarray) -> dict[str, np.ndarray]:
    """Each field of the distinct parts' values, as a column over every row."""
    return {f: np.array([v[f] for v in values], dtype=t).reshape(len(values))[inverse] for f, t in dtypes.items()}


# Long because: one reader, a method a part (adults, children, the home, the household's own fields) and the
# errors, none over 50 lines; they share the factorized columns and the failures the reader holds.
class _PartReader:
    """Reads each distinct part of the households (an adult, a child slot,
    the home, the household's own fields) once, and gathers its columns to
    every row; ``bad``: the rows to read again on their own."""

    def __init__(self, columns: Mapping[str, Sequence[Any]], n: int) -> None:
        self.n = n
        self.codes = codes = {k: factorize(v) for k, v in columns.items()}
        #: The distinct values of a column read by pyarrow, as a pyarrow array (for money parsed in columns).
        self.arrow = {k: v.arrow for k, v in columns.items() if isinstance(v, Factorized) and v.arrow is not None}
        self.bad = bad = np.zeros(n, bool)
        #: Rows to read again on their own (a check across parts, or an
        #: error a part's representative may not share with its group).
        self.alone = np.zeros(n, bool)
        #: (inverse, built) of each part in the order a record is read.
        self.failures: list[tuple[np.ndarray, list[Any]]] = []
        self.parts = parts = {}
        for key in columns:
            kind, num, field = flat_key(key)
            if kind == "bad":
                bad |= codes[key][0] > 0
                self.alone |= codes[key][0] > 0
                continue
            if kind == "nondep":
                kind, num = "housing", 0
            parts.setdefault((kind, num), []).append(key)

    def part(self, keys: list[str], build, checks_shared: bool = True):
        """Each distinct part built once: (inverse, built objects or None,
        which rows failed, and the actual values of its continuous fields).

        Money and dates of birth take almost as many values as there are
        rows, and no check of a part looks at them except one by one (each
        distinct value is parsed and checked here, in columns where it can
        be), whether they are given, zero or not, and one comparison made
        here (:func:`_compare`). So parts are told apart by what the checks
        see: a continuous field by its class (blank, zero, some amount; or
        its own code where its value is not allowed), the rest by value. One
        part is built for each: its representative, the first row, is
        checked as a household is, and its continuous fields are then set
        from each row's own values (``actual``: field: (values, given))."""
        codes, n = self.codes, self.n
        signature = []
        actual: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for k in keys:
            code, distinct = codes[k]
            kind, _, leaf = flat_key(k)
            if kind != "nondep" and leaf in CONTINUOUS and distinct:
                values, ok, cls = _parse_continuous(leaf, distinct, _label(k), self.arrow.get(k))
                signature.append(cls[code])
                actual[leaf] = (values[code], (code > 0) & ok[code])
            else:
                signature.append(code)
        inverse, first = group_rows(signature, n)
        built = []
        for r in first:
            values = {k: codes[k][1][codes[k][0][r] - 1] for k in keys if codes[k][0][r]}
            try:
                built.append(build(values))
            except InputError as e:
                built.append(_Failed(e, _same_for_the_group(e, values, checks_shared)))
        failed = np.array([isinstance(b, _Failed) for b in built], bool)
        self.failures.append((inverse, built))
        return inverse, built, failed[inverse] if failed.size else np.zeros(n, bool), actual

    def adults(self):
        """The first adult's columns and the second's, and which rows have a second."""
        n, bad, parts, part = self.n, self.bad, self.parts, self.part
        # Adults.
        def adult_builder(num):
            prefix = f"adult{num}_"
            return lambda v: _build(Adult, ADULT_FIELDS, {k.removeprefix(prefix): x for k, x in v.items()}, prefix) if v else None

        adult_cols = []
        present2 = np.zeros(n, bool)
        for num in (1, 2):
            keys = parts.get(("adult", num), [])
            inv, built, failed, actual = part(keys, adult_builder(num))
            across = _compare(actual)
            bad |= failed | across
            self.alone |= across
            if num == 1:
                missing = np.array([b is None for b in built], bool)[inv]  # adult1 required
                bad |= missing
                self.alone |= missing
            else:
                present2 = np.array([isinstance(b, Adult) for b in built], bool)[inv]
            rows = [_adult_values(b if isinstance(b, Adult) else (_PLACEHOLDER_ADULT if num == 1 else None)) for b in built]
            adult_cols.append(AdultColumns(**_with_actual(_gathered(rows, _ADULT_DTYPES, inv), actual)))
        return adult_cols, present2

    def children(self):
        """The children's columns, one slot per childN_ number given, in order of birth; how many each row has, and the slots."""
        n, bad, parts, part = self.n, self.bad, self.parts, self.part
        # Children, one slot per childN_ number given, then in order of birth.
        nums = sorted(num for kind, num in parts if kind == "child")
        slot_values = []
        for num in nums:
            prefix = f"child{num}_"

            def child_builder(v, prefix=prefix):
                if not v:
                    return None
                fields = {k.removeprefix(prefix): x for k, x in v.items()}
                if "date_of_birth" not in fields:
                    raise InputError(f"{prefix}date_of_birth", None, "a date for every child given")
                return _build(Child, CHILD_FIELDS, fields, prefix)

            inv, built, failed, actual = part(parts[("child", num)], child_builder)
            bad |= failed
            kids = [b if isinstance(b, Child) else None for b in built]
            vals = [_child_arrays([k], 1) if k is not None else None for k in kids]
            arrays = {}
            for f in _CHILD_KEYS:
                dtype = _CHILD_DTYPES.get(f, np.int8)
                blank = np.array(np.datetime64("NaT"), "datetime64[D]") if f == "date_of_birth" else np.zeros((), dtype)
                arrays[f] = np.array([v[f][0] if v is not None else blank for v in vals], dtype=dtype).reshape(len(vals))[inv]
            arrays = _with_actual(arrays, actual)
            arrays["_late"] = np.array([k is not None and k.two_child_exception is not None for k in kids], bool).reshape(len(kids))[inv]
            slot_values.append(arrays)
        k_slots = max(len(nums), 1)
        if slot_values:
            present = np.stack([s["present"] for s in slot_values], axis=1)
            dob = np.stack([s["date_of_birth"] for s in slot_values], axis=1)
            late = np.stack([s["_late"] for s in slot_values], axis=1)
            # Eldest first; among the same day, one without an exception first;
            # otherwise as given; absent slots last (columns.birth_order).
            day = np.where(present, dob.astype(np.int64), np.iinfo(np.int64).max)
            order = np.lexsort((np.broadcast_to(np.arange(len(nums)), day.shape), late, day), axis=1)
            child = {}
            for f in _CHILD_KEYS:
                stacked = np.stack([s[f] for s in slot_values], axis=1)
                child[f] = np.take_along_axis(stacked, order, axis=1)
            n_children = present.sum(axis=1)
            k_slots = max(int(n_children.max(initial=0)), 1)  # as many slots as the most children
            child = {f: np.ascontiguousarray(v[:, :k_slots]) for f, v in child.items()}
            # The N of each slot's childN_ columns, for an error naming the column the file gave (0: no child).
            numbers = np.take_along_axis(np.broadcast_to(np.array(nums, np.int16), order.shape), order, axis=1)
            self.child_numbers = np.where(child["present"], numbers[:, :k_slots], 0).astype(np.int16)
        else:
            child = {f: np.zeros((n, 1), _CHILD_DTYPES.get(f, np.int8)) for f in _CHILD_KEYS}
            child["date_of_birth"] = np.full((n, 1), np.datetime64("NaT"), "datetime64[D]")
            n_children = np.zeros(n, np.int64)
            self.child_numbers = np.zeros((n, 1), np.int16)
        return ChildColumns(**child), n_children, k_slots

    def home(self):
        """The home and its non-dependants, as columns."""
        bad, parts, part = self.bad, self.parts, self.part
        # The home and its non-dependants.
        def housing_builder(v):
            if not v:
                return None
            housing, nondeps = {}, {}
            for key, x in v.items():
                kind, num, field = flat_key(key)
                if kind == "housing":
                    housing[field] = x
                else:
                    nondeps.setdefault(num, {})[field] = x
            if "tenure" not in housing:
                raise InputError("housing_tenure", None, "a tenure when any housing_* or nondepN_* column is given")
            house = _build(Housing, HOUSING_FIELDS, housing, "housing_")
            check_rent_period(house, "housing_rent_period" in home_keys and "rent_period" not in housing)
            check_owner_costs_period(house, "housing_owner_housing_costs_period" in home_keys
                                     and "owner_housing_costs_period" not in housing)
            check_brma(house)
            return attrs.evolve(house, non_dependants=tuple(_build(NonDependant, NON_DEPENDANT_FIELDS, nondeps[m], f"nondep{m}_")
                                                      for m in sorted(nondeps))) if nondeps else house

        home_keys = parts.get(("housing", 0), [])
        inv, built, failed, actual = part(home_keys, housing_builder)
        bad |= failed
        housing = _with_actual(_gathered([_housing_values(b if isinstance(b, Housing) else None) for b in built], _HOUSING_DTYPES, inv),
                               {k: v for k, v in actual.items() if k != "lha_rate"})
        if "lha_rate" in actual:  # a weekly rate is made monthly as the model does (x 52 / 12, reg 6 rounding)
            values, given = actual["lha_rate"]
            weekly = np.array([isinstance(b, Housing) and b.lha_period == "week" for b in built], bool).reshape(len(built))[inv]
            monthly = np.where(weekly, weekly_to_monthly(values), values)
            housing["lha_rate_monthly"] = np.where(given, monthly, housing["lha_rate_monthly"]).astype(housing["lha_rate_monthly"].dtype)
        return housing

    def household_fields(self, n_children, couple=None):
        """The household's own fields as columns, and its capital (``couple``:
        which rows have a second adult, for ``applicant``)."""
        bad, parts, part = self.bad, self.parts, self.part
        # The household's own fields, checked as a household (with as many
        # children as its childcare is for; the count itself is checked below).
        def rest_builder(v):
            fields = dict(v)
            for k, x in fields.items():  # as _build_household converts them, first
                _convert(k, x, k)
            cc = fields.get("childcare_children")
            kids = (_PLACEHOLDER_CHILD,) * min(max(_int_or(cc, 0), 0), 20)
            # The second adult's claim is checked as a couple's; whether the row has one is checked below.
            # So are the marriage allowance's election and the savings credit protection (each for a couple).
            second = (_convert("applicant", fields.get("applicant"), "applicant") == "adult2"
                      or _convert("marriage_allowance_transferred_by", fields.get("marriage_allowance_transferred_by"),
                                  "marriage_allowance_transferred_by") is not None
                      or (fields.get("savings_credit_protected") not in (None, "")
                          and bool(_convert("savings_credit_protected", fields["savings_credit_protected"],
                                            "savings_credit_protected"))))
            return _build_household((_PLACEHOLDER_ADULT,) * (1 + second), kids, None, fields, "")

        inv, built, failed, actual = part(parts.get(("rest", 0), []), rest_builder, checks_shared=False)
        bad |= failed
        rest = _gathered([_household_values(b if isinstance(b, Household) else _PLACEHOLDER_HOUSEHOLD) for b in built],
                         _HOUSEHOLD_DTYPES, inv)
        rest = _with_actual(rest, actual)
        capital = np.array([b.capital if isinstance(b, Household) else 0 for b in built], np.int64).reshape(len(built))[inv]
        if "capital" in actual:
            values, given = actual["capital"]
            capital = np.where(given, values, capital)
        too_many = rest["childcare_children"] > n_children
        if couple is not None:  # the second adult claims, in a row without one: read alone, for its error
            too_many |= (((rest["applicant"] == 2) | (rest["marriage_allowance_transferred_by"] > 0)
                          | rest["savings_credit_protected"]) & ~np.asarray(couple, bool))
        bad |= too_many
        self.alone |= too_many
        return rest, capital

    def errors(self) -> tuple[dict[int, InputError], np.ndarray]:
        """The error of each row a part failed, as reading the row alone
        gives it: the first failing part in the order a record is read
        (adults, children, home, household), where that part's error is the
        same for every row of its group; and the rows still to read alone."""
        alone = self.alone.copy()
        found = np.full(self.n, -1, np.int64)  # (part, group) of each row's first failure, packed
        table: list[_Failed] = []
        for inverse, built in self.failures:
            codes = np.array([len(table) + j if isinstance(b, _Failed) else -1 for j, b in enumerate(built)], np.int64)
            table += [b if isinstance(b, _Failed) else None for b in built]
            if not codes.size:
                continue
            mine = codes[inverse]
            found = np.where((found < 0) & (mine >= 0), mine, found)
        exact = np.array([t is not None and t.exact for t in table] + [False], bool)
        alone |= (found >= 0) & ~exact[found]
        errors = {int(i): table[found[i]].error for i in np.flatnonzero((found >= 0) & ~alone)}
        return errors, alone


def _welsh_council(la: np.ndarray) -> np.ndarray:
    """Whether each row's council (an index into
    :func:`~entitlements.benefits.council_tax_columns.authority_codes`; -1:
    none) is Welsh."""
    from ..benefits.council_tax_columns import authority_codes

    welsh = np.array([c.startswith("W") for c in authority_codes()] + [False], bool)
    return welsh[np.asarray(la, np.int64)]  # -1 (no council) reads the False appended


def households_from_flat_columns(columns: Mapping[str, Sequence[Any]], n: int) -> tuple[BenefitUnitColumns, np.ndarray, dict[int, InputError]]:
    """Household columns from flat records given as columns (household
    columns only: ``adult1_age``, ``child2_sex``, ``housing_rent``, ...).

    Returns the columns, which rows were read, and the error of each row
    that was not (placeholder values stand in its columns)."""
    return households_and_child_numbers(columns, n)[:3]


def households_and_child_numbers(columns: Mapping[str, Sequence[Any]], n: int
                                 ) -> tuple[BenefitUnitColumns, np.ndarray, dict[int, InputError], np.ndarray]:
    """:func:`households_from_flat_columns`, and the N of the ``childN_``
    columns of each child slot (eldest first, as the columns hold them; 0:
    no child), an int16 array of ``(n, slots)``: for an error that names
    the child's own column (``child3_sex``)."""
    r = _PartReader(columns, n)
    adult_cols, present2 = r.adults()
    children, n_children, k_slots = r.children()
    too_many = n_children > MAX_CHILDREN  # the row's error (read alone), its children left out of the columns
    if too_many.any():
        children.present[too_many] = False
        r.bad |= too_many
        r.alone |= too_many
    housing = r.home()
    rest, capital = r.household_fields(n_children, present2)
    # The household's checks that look at its home (Household.__attrs_post_init__), which the household's own
    # fields, read above with no home, could not make: rows that may fail one are read alone, for its error.
    band = housing["council_tax_band"]
    across = (band >= 0) & (rest["local_authority"] < 0)  # a band needs its council
    # Band I outside Wales (LGFA 1992 s 5(2)-(3), s 74(2)): the row's error, as Household gives it, whichever way the
    # nation is known (the nation column, or the council's, which must agree with it): docs/council_tax.md.
    across |= (band == COUNCIL_TAX_BANDS.index("I")) & ~_welsh_council(rest["local_authority"])
    across |= housing["council_tax_disregarded"] > (1 + present2 + housing["non_dependants"]
                                                   + (np.asarray(housing["lodger_payment_weekly"]) > 0))  # no more than live there
    # Non-dependants said to be "disregarded_for_discount" (a second adult code of -1 with Housing Benefit's deduction
    # kept; students and the like are -1 too but exempt from it) are among the disregarded: no fewer are given.
    said = sum((np.asarray(housing[f"nd{k}_second_adult"]) == -1) & ~np.asarray(housing[f"nd{k}_hb_exempt"], bool)
               for k in range(1, HB_CTR_SLOTS + 1))
    across |= (band >= 0) & (said > housing["council_tax_disregarded"])
    r.bad |= across
    r.alone |= across
    codes, bad = r.codes, r.bad
    numbers = np.array(r.child_numbers, np.int16)
    out = BenefitUnitColumns(couple=present2, capital=capital, adult1=adult_cols[0], adult2=adult_cols[1],
                             children=children, housing=HousingColumns(**housing), **rest)
    errors, alone = r.errors()
    ok = ~bad
    seen: dict[tuple, InputError | None] = {}  # the same record, the same answer
    for i in np.flatnonzero(bad & alone):
        # Blank cells stay in, blank, as a CSV row gives them: a blank column can itself be the error
        # (housing_rent_period blank beside a rent).
        record = {k: codes[k][1][codes[k][0][i] - 1] if codes[k][0][i] else "" for k in columns}
        key = tuple((k, codes[k][0][i]) for k in record)
        if key not in seen:
            try:
                household_from_flat(record)
                seen[key] = None
            except InputError as e:
                seen[key] = e
        if seen[key] is not None:
            errors[int(i)] = seen[key]
            continue
        ok[i] = True  # read alone it is fine: take its columns from there
        _put(out, int(i), record, k_slots)
        numbers[i] = 0
        put = record_child_numbers(record)
        numbers[i, :len(put)] = put[:k_slots]
    return out, ok, errors, numbers


def record_child_numbers(record: Mapping[str, Any]) -> list[int]:
    """The N of the ``childN_`` columns of one flat record's children in
    order of birth (as ``entitlements.columns.birth_order`` orders them;
    a child whose cells are all blank is not one). A record that is not a
    household gives what it can: it is an error anyway."""
    from ..columns import birth_order

    given = sorted({num for key, value in record.items() if not (value is None or str(value).strip() == "")
                    for kind, num, _ in [flat_key(key)] if kind == "child"})
    try:
        kids = household_from_flat(record).children
    except InputError:
        return given
    return [given[j] for j in birth_order(kids)] if len(kids) == len(given) else given




#: Fields read as continuous (see :meth:`_PartReader.part`): each is the
#: column of the same name, and no check compares it with another but
#: :func:`_compare`'s. (``lha_rate`` is not: its column is converted.) The
#: council tax figures from a bill are not continuous: their bounds are
#: checked value by value (a caseload holds few distinct ones).
CONTINUOUS = (frozenset(MONEY_FIELDS) - {"council_tax_band_d", "council_tax_band_charge"}) | {"date_of_birth"}


def _label(key: str) -> str:
    return key


def _parse_continuous(leaf: str, distinct: Sequence[Any], label: str, arrow=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A continuous column's distinct values parsed and checked: (values,
    ok, class) over ``[blank] + distinct``; class 0 blank, 1 zero, 2 some,
    and 3 + i for the i-th value that is not allowed (a part of its own,
    so the row is read alone for its error)."""
    m = len(distinct)
    is_date = leaf == "date_of_birth"
    values = np.full(m + 1, np.datetime64("NaT"), "datetime64[D]") if is_date else np.zeros(m + 1, np.int64)
    ok = np.zeros(m + 1, bool)
    if is_date:
        parsed = dates_array(distinct)
    else:
        parsed = pounds_arrow(arrow) if arrow is not None and len(arrow) == m else pounds_array(distinct)
    rest = range(1, m + 1)
    if parsed is not None:
        values[1:] = np.where(parsed[1], parsed[0], values[1:])
        ok[1:] = parsed[1]
        rest = (np.flatnonzero(~parsed[1]) + 1).tolist()
    for i in rest:
        v = distinct[i - 1]
        try:
            x = _convert(leaf, v, label)
        except InputError:
            continue
        if is_date:
            values[i] = np.datetime64(x, "D")
        else:
            values[i] = x
        ok[i] = True
    some = np.ones(m + 1, bool) if is_date else values != 0
    cls = np.where(ok, np.where(some, 2, 1), 3 + np.arange(m + 1))
    cls[0] = 0
    return values, ok, cls.astype(np.int64)


def pounds_array(values: Sequence[Any]) -> tuple[np.ndarray, np.ndarray] | None:
    """Amounts in pounds written plainly (``1234``, ``1234.5``, ``1234.56``)
    as pence, in columns: (pence, ok). A value written otherwise (``£``,
    commas, spaces, not text) is not ok here: it is read one at a time by
    :func:`entitlements.io.households.parse_pounds`, which gives the same
    pence or the error. None where the values are not all text."""
    if not values or not all(type(v) is str for v in values):
        return None
    a = np.array(values, dtype=str)
    width = a.dtype.itemsize // 4
    if width == 0 or width > 16:
        return None
    m = a.view(np.uint32).reshape(len(a), width)
    digit = (m >= 48) & (m <= 57)
    dot = m == 46
    pad = m == 0
    length = (~pad).sum(axis=1)
    dots = dot.sum(axis=1)
    at = np.where(dots == 1, dot.argmax(axis=1), length)  # where the pence begin (after the dot)
    decimals = np.where(dots == 1, length - at - 1, 0)
    ok = np.all(digit | dot | pad, axis=1) & (dots <= 1) & (at >= 1) & (at <= 9) & (decimals <= 2)
    ok &= (dots == 0) | (decimals >= 1)
    pos = np.arange(width)
    d = np.where(digit, m.astype(np.int64) - 48, 0)
    power = at[:, None] - pos[None, :] + 1  # pence: units of pounds are 10**2
    power = np.where(pos[None, :] > at[:, None], power + 1, power)  # the dot takes a place
    power = np.where(digit & (power >= 0), power, -1)
    pence = np.where(power >= 0, d * 10 ** np.clip(power, 0, 18), 0).sum(axis=1)
    ok &= pence <= MAX_PENCE
    return pence, ok


#: Pounds written plainly, as :func:`pounds_array` reads them: up to 9
#: digits of pounds, and 1 or 2 of pence after a dot.
_PLAIN_POUNDS = r"^[0-9]{1,9}(\.[0-9]{1,2})?$"


def pounds_arrow(values) -> tuple[np.ndarray, np.ndarray]:
    """:func:`pounds_array` for a pyarrow string array (the distinct values
    of a column pyarrow read), in pyarrow's compute functions: the same
    values are ok, with the same pence. (Up to 9 digits of pounds and 2 of
    pence make at most 11 significant digits, which a double holds to far
    less than half a penny, so rounding pounds x 100 gives the pence exactly.)"""
    import pyarrow.compute as pc

    ok = pc.fill_null(pc.match_substring_regex(values, _PLAIN_POUNDS), False)
    pounds = pc.cast(pc.if_else(ok, values, "0"), "float64").to_numpy(zero_copy_only=False)
    pence = np.rint(pounds * 100).astype(np.int64)
    ok = np.asarray(ok.to_numpy(zero_copy_only=False), bool) & (pence <= MAX_PENCE)
    return pence, ok


def dates_array(values: Sequence[Any]) -> tuple[np.ndarray, np.ndarray] | None:
    """Dates written ``YYYY-MM-DD`` from 1900 to 2100, in columns: (dates,
    ok). Anything else is not ok here: it is read one at a time by
    :func:`entitlements.dates.parse_date`, which gives the same date or the
    error. None where the values are not all text."""
    if not values or not all(type(v) is str for v in values):
        return None
    a = np.array(values, dtype=str)
    width = a.dtype.itemsize // 4
    if width != 10:
        return np.zeros(len(a), "datetime64[D]"), np.zeros(len(a), bool)
    m = a.view(np.uint32).reshape(len(a), width).astype(np.int64)
    digit = (m >= 48) & (m <= 57)
    shape = digit[:, [0, 1, 2, 3, 5, 6, 8, 9]].all(axis=1) & (m[:, 4] == 45) & (m[:, 7] == 45)
    d = m - 48
    year = d[:, 0] * 1000 + d[:, 1] * 100 + d[:, 2] * 10 + d[:, 3]
    month = d[:, 5] * 10 + d[:, 6]
    day = d[:, 8] * 10 + d[:, 9]
    ok = shape & (year >= 1900) & (year <= 2100) & (month >= 1) & (month <= 12) & (day >= 1)
    first = (np.clip(year, 1900, 2100) - 1970).astype("datetime64[Y]").astype("datetime64[M]") + (np.clip(month, 1, 12) - 1)
    length = ((first + 1).astype("datetime64[D]") - first.astype("datetime64[D]")).astype(np.int64)
    ok &= day <= length
    dates = first.astype("datetime64[D]") + (np.clip(day, 1, 31) - 1)
    return dates, ok


def _with_actual(columns: dict[str, np.ndarray], actual: Mapping[str, tuple[np.ndarray, np.ndarray]]) -> dict[str, np.ndarray]:
    """Columns with each continuous field set from each row's own value where given."""
    for leaf, (values, given) in actual.items():
        if leaf in columns:
            columns[leaf] = np.where(given, values, columns[leaf]).astype(columns[leaf].dtype)
    return columns


def _compare(actual: Mapping[str, tuple[np.ndarray, np.ndarray]]):
    """The one check that compares two continuous fields: an adult's
    pension contributions are no more than their gross pay (``Adult``)."""
    if "pension_contribution_monthly" not in actual or "gross_monthly_earnings" not in actual:
        return False
    p, p_given = actual["pension_contribution_monthly"]
    g, g_given = actual["gross_monthly_earnings"]
    return p_given & g_given & (p > g)


class _Failed:
    """A part's representative that could not be built: its error, and
    whether every row of its group would get the same error word for word
    (``exact``; otherwise each row is read alone)."""

    __slots__ = ("error", "exact")

    def __init__(self, error: InputError, exact: bool) -> None:
        self.error, self.exact = error, exact


def _same_for_the_group(e: InputError, values: Mapping[str, Any], checks_shared: bool) -> bool:
    """Whether a part's error is every row of its group's. The rows of a
    group have the same value in every field but the continuous ones, whose
    values differ only within a class (blank, zero, some amount; a value not
    allowed is a class of its own). So an error is shared where it was
    raised converting a cell (the value as given: the same in the group) or
    where it names a field that is not continuous (its value is the
    group's). An error naming a continuous field from a check of the built
    object (``gross_monthly_earnings`` with net earnings too: its amount is
    in the message) is not, nor is any from the household's own checks
    (made here with a stand-in adult): those rows are read alone."""
    for key, x in values.items():
        if key == e.field:
            _, _, leaf = flat_key(key)
            try:
                _convert(leaf, x, key)
            except InputError:
                return True  # raised converting the cell
            break
    if not checks_shared:
        return False
    kind, _, leaf = flat_key(e.field)
    if kind == "bad":
        return False
    # A continuous field left blank is blank in every row of the group.
    return kind == "nondep" or leaf not in CONTINUOUS or e.field not in values


_PLACEHOLDER_HOUSEHOLD = Household(adults=_PLACEHOLDER_ADULT)


def _int_or(v: Any, default: int) -> int:
    try:
        return int(str(v).strip())
    except (TypeError, ValueError):
        return default


def _put(out: BenefitUnitColumns, i: int, record: Mapping[str, Any], slots: int) -> None:
    """Row ``i`` of ``out`` set from one record read on its own."""
    from ..columns import households_columns

    one = households_columns([household_from_flat(record)], child_slots=slots)

    def copy(dst, src):
        for name in dst.__attrs_attrs__:
            d, s = getattr(dst, name.name), getattr(src, name.name)
            if hasattr(d, "__attrs_attrs__"):
                copy(d, s)
            else:
                d[i] = s[0]

    copy(out, one)
