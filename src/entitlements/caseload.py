"""A caseload: many benefit units in columns, estimated in one pass.

A caseload never loses a row. A row that cannot be read is kept, marked
invalid with its reason (``caseload.errors``), and its results are empty
(not zero) in every output.

>>> import datetime as dt
>>> from entitlements import Adult, Household, Caseload, estimate_caseload
>>> cl = Caseload.from_households([Household(adults=Adult(age=30)), Household(adults=Adult(age=22))])
>>> estimate_caseload(cl, on=dt.date(2026, 5, 1)).award.tolist()
[42490, 33858]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, overload

import attrs
import numpy as np

from ._forward import forward
from .benefits import household_total, uc
from .arrays import find_failures
from .columns import BenefitUnitColumns, households_columns, select
from .dates import LATEST_DATE, LATEST_EXPECTED, check_not_too_late, date_given, days_given, period_end
from .display import html_card, short_repr
from .errors import BeforeTheRules, InputError, NoRowInForce
from .household import Adult, Household
from .money import format_pounds
from .io.caseloads import (
    _PLACEHOLDER,
    RowError,
    not_cases_sentence,
    read_caseload_columns,
    read_caseload_csv,
    read_caseload_dataframe,
    read_caseload_one_by_one,
    read_caseload_records,
)
from .io.writers import write_csv
from .rates_policy import RateAssumption, RatesPolicy, assumptions_from_spans, describe, lha_assumptions, rates_assumed, rates_policy
from .tables import ReadRecorder, RulesVersion, Tables, tables_or_default

if TYPE_CHECKING:  # the result for a caseload in partitions (the distributed extra); never imported to run
    import dask.dataframe
    import pandas

__all__ = ["RowError", "Caseload", "CaseloadEstimate", "estimate_caseload", "CaseloadFileEstimate", "estimate_caseload_csv", "FAILURE_KINDS", "failure_kind", "failures_in_words",
           "DataFrameLike", "DatesLike"]


class DataFrameLike(Protocol):
    """For a type checker: what is read as a pandas DataFrame (anything with
    ``columns`` and ``dtypes``; pandas itself is an optional extra)."""

    @property
    def columns(self) -> Any: ...

    @property
    def dtypes(self) -> Any: ...


class DatesLike(Protocol):
    """For a type checker: dates one a row, as an array (a ``datetime64[D]``
    array, a pandas Series of dates: anything numpy can take as an array)."""

    def __array__(self, *args: Any, **kwargs: Any) -> np.ndarray[Any, Any]: ...

#: Names that moved to :mod:`entitlements.io` (the old path warns, for one release).
#: A CSV caseload in parts lives in :mod:`entitlements.caseload_csv` (served from here, lazily: it imports this module).
__getattr__ = forward(__name__, {name: "entitlements.caseload_csv" for name in
                                 ("PART_ROWS", "CaseloadFileEstimate", "estimate_caseload_csv")},
                      moved={"spreadsheet_safe": "entitlements.io.writers", "read_csv_columns": "entitlements.io.csv"})


# Long because: one value class, its constructors (from households, records, CSV, columns, a DataFrame) and its
# look-ups, ten methods none over 20 lines.
@attrs.frozen
class Caseload:
    """Benefit units in columns, with their case ids, any pass-through
    columns (grouping such as ``practice``), and the rows that could not be
    read."""

    columns: BenefitUnitColumns
    ids: np.ndarray
    valid: np.ndarray
    errors: tuple[RowError, ...] = ()
    extra: Mapping[str, np.ndarray] = attrs.field(factory=dict)
    source: str = "caseload"
    #: How a file was read ("UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1252"), None if not from a file.
    encoding: str | None = None
    #: Each row's number as the user sees it (a CSV file or a DataFrame: the
    #: spreadsheet's row, the header being row 1); None: the position from 1.
    rows: np.ndarray | None = None
    #: The file read (None: not from a file): results are never written over it.
    path: Path | None = None
    #: A DataFrame's index (None: not from a DataFrame): the per-case results
    #: keep it, so that they join back to the rows they came from.
    index: Any = attrs.field(default=None, eq=False, repr=False)
    #: The N of the ``childN_`` columns the file gave each child slot (eldest
    #: first, as ``columns.children`` holds them; 0: no child), ``(rows,
    #: slots)``; None (Households): child N is the Nth eldest. For an error
    #: that names the child's own column (``child3_sex``).
    child_numbers: np.ndarray | None = attrs.field(default=None, eq=False, repr=False)

    def child_column(self, i: int, slot: int, leaf: str) -> str:
        """The column of row ``i``'s child in ``slot`` (eldest first, from
        0), field ``leaf``: ``child3_sex`` where the file numbered that
        child 3."""
        from .columns import child_column

        return child_column(self.child_numbers, i, slot, leaf)

    def row_number(self, i: int) -> int:
        """Row ``i``'s number as the user sees it (``i`` from 0)."""
        return int(self.rows[i]) if self.rows is not None else i + 1

    def __len__(self) -> int:
        return int(self.valid.shape[0])

    def __repr__(self) -> str:
        n, bad = len(self), int((~np.asarray(self.valid, bool)).sum())
        return short_repr("Caseload", f"{n:,} rows from {self.source}, {bad:,} that cannot be read")

    @classmethod
    def from_households(cls, households: Sequence[Household], *, ids: Sequence[str] | None = None) -> "Caseload":
        """From Households. One whose ``local_authority`` or ``housing.brma``
        is not known (or a council not of its nation) is its own error, by
        its position from 1, as a CSV row's is; the others are estimated."""
        n = len(households)
        case_ids = np.array(list(ids) if ids is not None else [str(i + 1) for i in range(n)], dtype=object)
        households = list(households)
        valid = np.ones(n, dtype=bool)
        errors = []
        for i, h in enumerate(households):
            problem = _area_not_known(h)
            if problem is not None:
                households[i], valid[i] = _PLACEHOLDER, False
                errors.append(RowError(i + 1, problem.field, problem.value, str(problem), expected=problem.expected, index=i))
        from .columns import households_child_numbers

        columns = households_columns(households)
        numbers = households_child_numbers(households, np.shape(columns.children.present)[1])
        return cls(columns=columns, ids=case_ids, valid=valid, errors=tuple(errors), child_numbers=numbers)

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, source: str = "caseload", id_field: str = "case_id",
                     keep: Sequence[str] = ()) -> "Caseload":
        """From flat records (CSV rows or DataFrame rows): see
        :func:`entitlements.io.households.household_from_flat`. Known grouping
        columns and the user's own (``keep``, or named ``keep_...``) pass
        through as ``extra``; any other column is an error naming it."""
        return cls(**read_caseload_records(records, source=source, id_field=id_field, keep=keep))

    @classmethod
    def _one_by_one(cls, records: list[Mapping[str, Any]], *, source: str, id_field: str) -> "Caseload":
        """Records read one at a time (records with different fields)."""
        return cls(**read_caseload_one_by_one(records, source=source, id_field=id_field))

    @classmethod
    def from_csv(cls, path: str | Path, *, id_field: str = "case_id", keep: Sequence[str] = (),
                 sheet: str | None = None) -> "Caseload":
        """Read a CSV file of cases (one row a benefit unit), or an Excel
        workbook's sheet (``.xlsx``, ``.xlsm``: ``sheet`` names it, default the
        first visible one; read as the sheet saved as CSV would be, see
        :mod:`entitlements.io.workbooks`; needs the ``excel`` extra). ``keep``:
        columns of your own carried through to the per-case results as they
        are (as is any column named ``keep_...``)."""
        return cls(**read_caseload_csv(Path(path), id_field=id_field, keep=keep, sheet=sheet), path=Path(path))

    @classmethod
    def from_columns(cls, columns: Mapping[str, Sequence[Any]], *, source: str = "caseload", id_field: str = "case_id",
                     keep: Sequence[str] = ()) -> "Caseload":
        """From columns of flat records (column name: a value for every row,
        as in a CSV file)."""
        return cls(**read_caseload_columns(columns, source=source, id_field=id_field, keep=keep))

    @classmethod
    def from_dataframe(cls, df: DataFrameLike, *, id_field: str = "case_id", keep: Sequence[str] = ()) -> "Caseload":
        """From a pandas DataFrame with the same columns as the CSV. Dates may
        be ``datetime64`` (as ``parse_dates`` and ``read_excel`` give),
        blanks ``NA``, ``NaT`` or NaN; nullable integer and boolean dtypes,
        categoricals and numpy scalars are read as their values."""
        return cls(**read_caseload_dataframe(df, id_field=id_field, keep=keep), index=getattr(df, "index", None))


def problem_row_error(caseload: Caseload, problem: Any, i: int, j: int | None = None) -> RowError:
    """Row ``i``'s error from a check of the calculation
    (:class:`entitlements.benefits.household_total.Problem`, its rows ``j``
    of the columns it was found in: ``i`` where None), naming the adult's or
    the child's own column as the file numbered it (``adult2_date_of_birth``,
    ``child3_sex``), with its value where it is a child's."""
    field, value, reason = problem.error_at(i if j is None else j,
                                            lambda slot, leaf: caseload.child_column(i, slot, leaf))
    return RowError(caseload.row_number(i), field, value, reason, expected=problem.expected, index=i)


def pension_age_not_known(caseload: Caseload, on) -> Caseload:
    """``caseload`` with each row whose adult was born after 5 April 1977 and
    is 67 or over by the end of the assessment period beginning ``on`` (one
    date, or one a row) made that row's error, naming the adult: whether they
    have reached pensionable age is not known here
    (:func:`entitlements.benefits.pension_age.births_past_the_schedule_at_67`),
    and the engine refuses it for the whole caseload. The adult's date of
    birth is replaced in the columns by a stand-in age (the row's figures are
    not used), as a row that cannot be read is."""
    from .benefits.pension_age import births_past_the_schedule_at_67

    n = len(caseload)
    days = on.astype("datetime64[D]") if isinstance(on, np.ndarray) else np.full(n, np.datetime64(on, "D"))
    ends = period_end(days)
    valid, errors, adults = np.asarray(caseload.valid, bool).copy(), [], {}
    for k in (1, 2):
        a = getattr(caseload.columns, f"adult{k}")
        dob = np.broadcast_to(np.asarray(a.date_of_birth, "datetime64[D]"), (n,))
        # A row already in error keeps the cells it could read, which the engine still runs on: screened too.
        known = np.broadcast_to(np.asarray(a.present, bool), (n,)) & ~np.isnat(dob)
        late = np.zeros(n, bool)
        late[known] = births_past_the_schedule_at_67(dob[known], ends[known])
        if not late.any():
            continue
        field = f"adult{k}_date_of_birth"
        for i in np.flatnonzero(late & valid):
            expected = (f"a birth by 5 April 1977 for an adult 67 or over on {ends[i]} (the end of the assessment "
                        "period): State Pension age for a later birth (the Pensions Act 2007's rise to 68) is not in "
                        "the library")
            e = InputError(field, str(dob[i]), expected)
            errors.append(RowError(caseload.row_number(int(i)), field, str(dob[i]), str(e), expected=expected, index=int(i)))
        valid &= ~late
        age = np.broadcast_to(np.asarray(a.age), (n,))
        adults[f"adult{k}"] = attrs.evolve(a, date_of_birth=np.where(late, np.datetime64("NaT", "D"), dob),
                                           age=np.where(late, 30, age).astype(age.dtype))
    if not adults:
        return caseload
    errors.sort(key=lambda e: e.position)
    return attrs.evolve(caseload, columns=attrs.evolve(caseload.columns, **adults), valid=valid,
                        errors=caseload.errors + tuple(errors))


def _area_not_known(h: Household) -> InputError | None:
    """The error for a household's council or BRMA not known (an InputError
    naming the field), or None. Made into columns, such a name stops the
    whole caseload (columns._authority_code, _brma_code)."""
    from .columns import _authority_code, _brma_code

    try:
        if h.local_authority is not None:
            _authority_code(h.local_authority, h.nation)
    except InputError as e:
        return e
    try:
        if h.housing is not None and h.housing.brma is not None:
            _brma_code(h.housing.brma)
    except InputError as e:
        return InputError("housing.brma", e.value, e.expected)
    return None


#: Why a row could not be estimated or projected, in a word, for a headline.
FAILURE_KINDS: Mapping[str, str] = {
    "rules": "the rule tables do not cover their dates",
    "children": "a child is 20 or over, or not yet born, in a period (SI 2013/376 reg 5)",
    "input": "a value could not be read or is not allowed",
}


def failure_kind(reason: str) -> str:
    """The kind (a key of :data:`FAILURE_KINDS`) of a row's reason for failing."""
    if "rules do not cover" in reason or "but the rules cover" in reason or "no row in force" in reason:
        return "rules"
    if "reg 5" in reason and ("20 or over" in reason or "under 20" in reason):  # not a missing education
        return "children"
    return "input"


def failures_in_words(reasons) -> str:
    """``"40 because the rule tables do not cover their dates, 10 because ..."``
    (largest first; empty for none)."""
    counts: dict[str, int] = {}
    for r in reasons:
        k = failure_kind(str(r))
        counts[k] = counts.get(k, 0) + 1
    return ", ".join(f"{n:,} because {FAILURE_KINDS[k]}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def _reads_of_every_row(tables: Tables) -> tuple[tuple[str, bool], ...]:
    """The tables the engine reads for every row whatever its household, each
    with whether it is read on the period's last day (net earnings) rather
    than its first: learned once per set of tables by recording an estimate
    of two bare households (a table read only for some households, such as
    the benefit cap's earnings threshold, is not among them)."""
    key = "reads of every row"
    found = tables.derived.get(key)
    if found is None:
        day = tables.table("uc.standard_allowance").rows[-1].start
        rec = ReadRecorder(tables)
        household_total.calculate(households_columns([Household(adults=Adult(age=30))] * 2),
                                  on=np.array([day, day], dtype="datetime64[D]"), tables=rec)
        first = np.datetime64(day, "D")
        found = tuple(sorted({(tid, bool(on[0] != first)) for tid, on in rec.calls
                              if isinstance(on, np.ndarray) and on.shape == (2,)}))
        tables.derived[key] = found
    return found


def _not_covered(days: np.ndarray, ends: np.ndarray, tables: Tables) -> tuple[np.ndarray, np.ndarray]:
    """Rows whose dates a table read for every row does not cover (a
    vectorised test, before the engine runs), and for each such row the
    table (an index into :func:`_reads_of_every_row`; -1 elsewhere)."""
    reads = _reads_of_every_row(tables)
    which = np.full(days.shape, -1, np.int16)
    for k, (tid, at_end) in enumerate(reads):
        t = tables.table(tid)
        d = ends if at_end else days
        out = (which < 0) & ((d < np.datetime64(t.earliest, "D")) | (d > np.datetime64(t.until, "D")))
        which[out] = k
    return which >= 0, which


def _uncovered(tables: Tables, table_id: str, day) -> NoRowInForce:
    """The error the one-household path raises for ``table_id`` on ``day``
    (worded for a failed row only): a day before the rules begin says so,
    with the first day every table read for every row covers, as
    :func:`entitlements.estimate` does (not the name of whichever table was
    read first)."""
    t = tables.table(table_id)
    on = np.datetime64(day, "D").astype(dt.date)
    if on < t.earliest:
        covered = max(tables.table(tid).earliest for tid, _ in _reads_of_every_row(tables))
        return BeforeTheRules(t.id, t.path, on, covered, t.until)
    return NoRowInForce(t.id, t.path, on, t.earliest, t.until)


def _named_areas(columns: BenefitUnitColumns, valid: np.ndarray) -> dict[str, np.ndarray]:
    """Private renters naming their BRMA, by nation (rows: a bool array each)."""
    from .benefits.housing import TENURE_CODES
    from .benefits.lha import brma_names, default_lha_schedule

    h = columns.housing
    named = valid & (np.asarray(h.tenure) == TENURE_CODES["private_rent"]) & (np.asarray(h.brma) >= 0)
    if not named.any():
        return {}
    schedule = default_lha_schedule()
    nation_of = np.array([schedule.brma(b).nation for b in brma_names()], dtype=object)
    nations = nation_of[np.where(named, h.brma, 0)]
    return {nation: named & (nations == nation) for nation in sorted(set(nations[named].tolist()))}


def _readers(columns: BenefitUnitColumns) -> dict[str, np.ndarray]:
    """The rows that may read a table only some rows read, by the start of
    its id: the cap's earnings threshold (rows with earnings: SI 2013/376
    reg 82(1)(a)), income tax and National Insurance (rows given gross pay).
    Any other table is taken as read by every row."""
    gross = np.zeros(np.shape(columns.couple), bool)
    earns = gross.copy()
    for a in (columns.adult1, columns.adult2):
        g = np.asarray(a.present) & (np.asarray(a.gross_monthly_earnings) >= 0)
        gross |= g
        earns |= g | (np.asarray(a.present) & (np.asarray(a.monthly_earnings) > 0))
    return {"uc.benefit_cap_earnings_threshold": earns, "tax.": gross, "ni.": gross}


def _estimate_covered(columns: BenefitUnitColumns, on, tables, bad: np.ndarray, errors: dict[int, NoRowInForce],
                      plain: Tables):
    """The engine over every row not ``bad`` (those get a stand-in row, to
    keep the arrays aligned). Where a table only some rows read (the cap's
    earnings threshold, an area's LHA) does not cover a row's date, the
    suspects (rows on dates it does not cover) are tried alone and only the
    rows that fail are added to ``bad`` and ``errors``; the rest run on in
    columns (``tables`` may be a recorder; the suspects are tried with
    ``plain``). ``None`` where every row failed."""
    n = bad.shape[0]
    if n == 0:  # a caseload of no cases (a header and no rows): the engine over empty columns
        return household_total.calculate(columns, on=on, tables=tables)
    days = on if isinstance(on, np.ndarray) else np.full(n, np.datetime64(on, "D"))
    ends = period_end(days)
    while not bad.all():
        stand_in = np.where(bad, int(np.flatnonzero(~bad)[0]), np.arange(n))
        cols = select(columns, stand_in) if bad.any() else columns
        try:
            return household_total.calculate(cols, on=np.where(bad, days[stand_in], days) if isinstance(on, np.ndarray) else on,
                                             tables=tables)
        except NoRowInForce as e:
            lo, hi = np.datetime64(e.earliest, "D"), np.datetime64(e.until, "D")
            if e.rows is not None and np.shape(e.rows) == bad.shape and (e.rows & ~bad).any():
                # The rule said which rows needed the date: they alone fail (no further call).
                for i in np.flatnonzero(e.rows & ~bad):
                    day = days[i] if days[i] < lo or days[i] > hi else ends[i]
                    errors[int(i)] = NoRowInForce(e.table_id, e.path, day.astype(dt.date), e.earliest, e.until)
                bad |= e.rows
                continue
            suspects = ~bad & ((days < lo) | (days > hi) | (ends < lo) | (ends > hi))

            def run(ix):
                household_total.calculate(select(columns, ix), on=days[ix] if isinstance(on, np.ndarray) else on, tables=plain)

            failed = find_failures(run, np.flatnonzero(suspects if suspects.any() else ~bad), (NoRowInForce,))
            if not failed:
                raise
            for i, err in failed.items():
                bad[i] = True
                errors[i] = err
    return None



def id_keys(ids: Any) -> np.ndarray:
    """Each case id as an int64 key (8 bytes of its BLAKE2b digest: the same
    in every process, so that parts estimated apart, on other workers too,
    add up; a million rows' ids in 8 MB), for :func:`repeated_case_ids`."""
    import hashlib

    ids = np.asarray(ids, dtype=object).reshape(-1)
    return np.fromiter((int.from_bytes(hashlib.blake2b(str(x).encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                                       "little", signed=True) for x in ids), dtype=np.int64, count=ids.size)


def repeated_case_ids(keys: np.ndarray) -> dict[str, int]:
    """How many case ids are on more than one row (``ids``) and how many rows
    they are on (``rows``): a household caseload with an id twice is
    estimated and counted twice, so the summary says so (counts only, never
    the ids; a blank id stands as its row's number)."""
    if not np.size(keys):
        return {"ids": 0, "rows": 0}
    _, counts = np.unique(keys, return_counts=True)
    many = counts[counts > 1]
    return {"ids": int(many.size), "rows": int(many.sum())}

# Long because: a result class: eight fields, two figures and its views (summary, rows, columns, CSV, DataFrame,
# repr, HTML), none over 40 lines.
@attrs.frozen
class CaseloadEstimate:
    """Results for every row of a caseload: arrays in pence a month, one
    entry per input row; rows that could not be read are ``valid == False``
    and their amounts are masked in every export."""

    caseload: Caseload
    on: Any
    calculation: uc.UCCalculation
    rules: RulesVersion
    benefits: household_total.HouseholdCalculation | None = None
    rates_policy: str = "hold"  # what a date past the tables' end does (entitlements.rates_policy)
    assumptions: tuple[RateAssumption, ...] = ()  # the tables read past their end (or announced), and when
    rates_assumed: np.ndarray | None = None  # per row: what its rates rest on ("held from 2027-04-06"; "" none)

    @property
    def award(self) -> np.ndarray:
        """UC award per case [pence/month] (0 for invalid rows: see ``valid``)."""
        return np.where(self.caseload.valid, self.calculation.award, 0)

    @property
    def valid(self) -> np.ndarray:
        return self.caseload.valid

    def summary(self) -> dict[str, Any]:
        """The caseload's counts and totals: cases read, estimated and with
        errors, cases entitled to UC, total and mean UC a month, the
        household benefits' total a year, the rules, the rates policy and
        what it assumed. JSON-ready; money in pence."""
        from .io.caseloads import rows_not_cases

        v = self.valid
        a = self.calculation.award[v]
        # A repeated header row or a totals row is no case: an error row, counted apart (since 2026-12-08).
        not_cases = rows_not_cases(e.reason for e in self.caseload.errors if e.field == "(row)")
        k = sum(not_cases.values())
        return {
            "cases": len(self.caseload) - k,
            "cases_estimated": int(v.sum()),
            "cases_with_errors": int((~v).sum()) - k,
            "rows_not_cases": not_cases,
            "cases_entitled_to_uc": int((a > 0).sum()),
            "total_uc_monthly_pence": int(a.sum()),
            "total_benefits_annual_pence": int(np.asarray(self.benefits.total_annual)[v].sum()) if self.benefits is not None else None,
            # Since 2026-12-08: how that year is counted (the two conventions it adds), in words.
            "annual_basis": household_total.ANNUAL_BASIS,
            "mean_uc_monthly_pence": int(round(a.mean())) if a.size else 0,
            "rules": str(self.rules),
            "rates_policy": self.rates_policy,
            "cases_with_assumed_rates": int((self.rates_assumed[v] != "").sum()) if self.rates_assumed is not None else 0,
            "assumptions": describe(self.assumptions, self.rates_policy),
            # Since 2026-12-07: the rows whose HB or CTR rests on a fact not given, taken as not met (facts_assumed).
            "cases_with_facts_assumed": int(np.any(np.stack(list(self._facts_open().values())), axis=0)[v].sum()),
            "facts_assumed": {k: int(f[v].sum()) for k, f in self._facts_open().items()},
            "repeated_case_ids": repeated_case_ids(np.asarray(self.caseload.ids, dtype=object).astype(str)),
        }

    def __repr__(self) -> str:
        v = np.asarray(self.valid, bool)
        total = int(np.asarray(self.calculation.award)[v].sum()) if v.any() else 0
        return short_repr("CaseloadEstimate", f"{len(self.caseload):,} cases, {int(v.sum()):,} estimated; "
                          f"Universal Credit {format_pounds(total)} a month in all; {self.rules}")

    def _repr_html_(self) -> str:
        """A notebook's view: the summary's figures and the rows that could not
        be read counted by reason (the rows themselves: :meth:`to_dataframe`)."""
        s = self.summary()
        head = [("Cases", f"{s['cases']:,}", str(self.caseload.source)),
                ("Estimated", f"{s['cases_estimated']:,}", ""),
                ("Could not be read or estimated", f"{s['cases_with_errors']:,}", ""),
                *([("Rows that are not cases", f"{sum(s['rows_not_cases'].values()):,}",
                    not_cases_sentence(s["rows_not_cases"]))] if any(s["rows_not_cases"].values()) else []),
                ("Entitled to Universal Credit", f"{s['cases_entitled_to_uc']:,}", ""),
                ("Universal Credit a month, in all", format_pounds(s["total_uc_monthly_pence"]), ""),
                ("Mean Universal Credit a month", format_pounds(s["mean_uc_monthly_pence"]), "over the cases estimated")]
        if s["total_benefits_annual_pence"] is not None:
            head.append(("Every benefit a year, in all", format_pounds(s["total_benefits_annual_pence"]),
                         f"the household totals: {s['annual_basis']}"))
        counts: dict[str, int] = {}
        for e in self.caseload.errors:
            k = f"{e.field}: expected {e.expected}" if getattr(e, "expected", None) else str(e.reason)
            counts[k] = counts.get(k, 0) + 1
        lines = [("", k, f"{n:,} rows", "", "") for k, n in sorted(counts.items(), key=lambda kv: -kv[1])[:10]]
        k_ = s["cases_with_facts_assumed"]
        facts = ([f"{k_:,} {'case rests' if k_ == 1 else 'cases rest'} on facts not given, taken as not met (" + "; ".join(
            f"{k} {n:,}" for k, n in s["facts_assumed"].items() if n) + "): see the facts_assumed column."]
                 if s["cases_with_facts_assumed"] else [])
        notes = [*s["assumptions"], *facts,
                 "One row a case, with every figure: .to_dataframe() (or .to_csv(path), .write(path))."]
        return html_card(f"Caseload estimate on {self.on}" if not isinstance(self.on, np.ndarray) else "Caseload estimate",
                         head, lines, lines_caption="Rows that could not be read, by reason" if lines else "",
                         notes=notes, footer=str(self.rules))

    def _arrays(self) -> dict[str, np.ndarray]:
        """Every figure per row, named as in the exports (``uc_*`` and ``household_*``)."""
        calc = self.calculation
        arrays = {}
        for a in attrs.fields(uc.UCCalculation):
            v = getattr(calc, a.name)
            if attrs.has(type(v)):
                for b in attrs.fields(type(v)):
                    arrays[f"uc_{a.name}_{b.name}"] = np.broadcast_to(getattr(v, b.name), self.valid.shape)
            else:
                arrays[f"uc_{a.name}"] = np.broadcast_to(v, self.valid.shape)
        if self.benefits is not None:
            b = self.benefits
            ct_status, ctr_status = np.asarray(b.council_tax.status), np.asarray(b.council_tax.ctr_status)
            hb_open = np.asarray(b.housing_benefit.reason) == _HB_CHECK_NEEDED
            for name, v in (
                ("carers_allowance_weekly_1", b.carers_allowance[0]),
                ("carers_allowance_weekly_2", b.carers_allowance[1]),
                ("disability_benefits_weekly_1", b.disability_benefits[0]),
                ("disability_benefits_weekly_2", b.disability_benefits[1]),
                ("children_disability_benefits_weekly", b.children_disability_benefits),
                ("child_benefit_weekly", b.child_benefit),
                ("scottish_child_payment_weekly", b.scottish_child_payment),
                ("scottish_carer_supplement_weekly_1", b.scottish_carer_supplement[0]),
                ("scottish_carer_supplement_weekly_2", b.scottish_carer_supplement[1]),
                ("pension_credit_weekly", b.pension_credit.award),
                ("housing_benefit_weekly", np.where(hb_open, -1, b.housing_benefit.award)),
                ("housing_benefit_status", _hb_status_texts(b.housing_benefit)),
                ("council_tax_weekly", np.where(ct_status == 1, b.council_tax.weekly_liability, -1)),
                ("council_tax_annual", np.where(ct_status == 1, b.council_tax.annual_liability, -1)),
                ("council_tax_reduction_weekly", np.where(ctr_status == 1, b.council_tax.reduction_weekly, -1)),
                ("council_tax_reduction_annual", np.where(ctr_status == 1, b.council_tax.reduction_annual, -1)),
                ("council_tax_to_pay_annual", np.where((ct_status == 1) & (ctr_status == 1), b.council_tax.to_pay_annual, -1)),
                ("council_tax_status", _status_texts(b.council_tax.status, b.council_tax.reason)),
                ("council_tax_reduction_status", _status_texts(ctr_status, b.council_tax.ctr_reason)),
                ("council_tax_band_d_source", _band_d_source_texts(ct_status, b.council_tax.band_d_source)),
                ("total_weekly", b.total_weekly),
                ("total_monthly", b.total_monthly),
                ("total_annual", b.total_annual),
            ):
                arrays[f"household_{name}"] = np.broadcast_to(v, self.valid.shape)
        return arrays

    def _facts_open(self) -> dict[str, np.ndarray]:
        """Each row's facts not given that Housing Benefit or Council Tax
        Reduction took as not met, by code
        (:data:`entitlements.benefits.hb_ctr.FACTS_ASSUMED`), a bool a row;
        all False without the household benefits."""
        n = len(self.caseload)
        b = self.benefits
        flags = {"hours_not_given": getattr(b, "hours_not_given", False),
                 "childcare_conditions_open": getattr(b, "childcare_conditions_open", False)}
        return {k: np.broadcast_to(np.asarray(v, bool), (n,)) for k, v in flags.items()}

    def _facts_assumed_texts(self) -> np.ndarray:
        """The ``facts_assumed`` column: for each valid row, "code: what was
        taken" for each fact open, joined by "; " ("" none)."""
        from .benefits.hb_ctr import FACTS_ASSUMED

        out = np.full(len(self.caseload), "", dtype=object)
        for code, flag in self._facts_open().items():
            said = f"{code}: {FACTS_ASSUMED[code]}"
            out = np.where(flag & np.asarray(self.valid, bool), np.where(out == "", said, out + "; " + said), out)
        return out.astype(object)

    def _error_texts(self) -> np.ndarray:
        errs: dict[int, list[str]] = {}
        for e in self.caseload.errors:
            errs.setdefault(e.position, []).append(str(e.reason))
        out = np.full(len(self.caseload), "", dtype=object)
        for i, texts in errs.items():
            out[i] = "; ".join(texts)
        return out

    def columns(self) -> dict[str, Any]:
        """Per-case results as columns (:class:`entitlements.io.writers.Column`),
        in input order: the case id, the columns carried through, ``valid``,
        ``error``, ``rates_assumed`` (what the row's rates rest on past the
        tables' end: :mod:`entitlements.rates_policy`), then every figure (pence), empty where the row is not valid,
        and last ``facts_assumed``: the facts not given that Housing Benefit
        or Council Tax Reduction took as not met, "code: what was taken"
        joined by "; " (:data:`entitlements.benefits.hb_ctr.FACTS_ASSUMED`;
        "" none)."""
        from .io.writers import Column

        invalid = ~np.asarray(self.valid, bool)
        cols: dict[str, Any] = {"case_id": Column(np.asarray(self.caseload.ids, dtype=object))}
        for k, v in self.caseload.extra.items():
            cols[k] = Column(np.asarray(v, dtype=object))
        cols["valid"] = Column(np.asarray(self.valid, bool))
        cols["error"] = Column(self._error_texts())
        assumed = self.rates_assumed if self.rates_assumed is not None else np.full(len(self.caseload), "", dtype=object)
        cols["rates_assumed"] = Column(np.where(invalid, "", assumed).astype(object))
        for name, v in self._arrays().items():
            v = np.asarray(v)
            if v.dtype.kind in "OU":  # text: a status
                cols[name] = Column(np.where(invalid, "", v).astype(object))
                continue
            empty = invalid | (v == -1) if name in _NOT_APPLICABLE else invalid
            cols[name] = Column(v if v.dtype == bool else v.astype(np.int64, copy=False), empty)
        # Last, so every column before it keeps its place (since 2026-12-07).
        cols["facts_assumed"] = Column(self._facts_assumed_texts())
        return cols

    def rows(self) -> Iterable[dict[str, Any]]:
        """One dict per input row, in input order (the errors kept). For a
        large caseload use :meth:`columns`, :meth:`to_csv` or :meth:`to_dataframe`."""
        cols = self.columns()
        for i in range(len(self.caseload)):
            out: dict[str, Any] = {}
            for name, c in cols.items():
                if c.empty is not None and c.empty[i]:
                    out[name] = None
                    continue
                v = c.values[i]
                out[name] = bool(v) if c.values.dtype == bool else (int(v) if c.values.dtype.kind in "iu" else v)
            yield out

    def to_csv(self, path: str | Path | None = None) -> str | None:
        """Write per-case results as CSV (money in pence), column by column.
        Cells and headers that a spreadsheet would read as a formula are
        neutralised. Returns the text when ``path`` is None."""
        from .io.files import refuse_overwriting
        from .io.writers import write_columns

        refuse_overwriting([("caseload", self.caseload.path)], [("path", path)])
        return write_columns(self.columns(), path)

    def write(self, path: str | Path) -> None:
        """Per-case results to ``path``: Parquet for a ``.parquet`` file (needs
        pyarrow), otherwise CSV; written to a temporary name and moved into
        place, never over the caseload file read."""
        from .io.files import refuse_overwriting

        refuse_overwriting([("caseload", self.caseload.path)], [("path", path)])
        if Path(path).suffix.lower() == ".parquet":
            from .io.writers import write_parquet

            write_parquet(self.columns(), path)
        else:
            self.to_csv(path)

    def to_dataframe(self) -> pandas.DataFrame:
        """Per-case results as a pandas DataFrame with real dtypes: money as
        nullable ``Int64`` pence (``<NA>`` where the row is not valid, never
        -1 or a float), flags as ``boolean``, text as ``object``; carried
        columns named ``imd_decile`` or ``deprivation_decile`` as ordered
        categoricals 1 to 10. A caseload read from a DataFrame keeps its
        index, so the results join back to its rows (``df.join(...)``).
        Needs pandas (the ``notebook`` extra)."""
        from .io.frames import DECILES, dataframe, with_index

        frame = dataframe(self.columns(), ordered={"imd_decile": DECILES, "deprivation_decile": DECILES})
        return with_index(frame, self.caseload.index)



#: Figures the engine holds as -1 where they do not apply (no LHA for the
#: household): empty in every export, never -1.
_NOT_APPLICABLE = frozenset({"uc_housing_lha_rate_monthly", "uc_housing_lha_category", "household_housing_benefit_weekly",
                             "household_council_tax_weekly",
                             "household_council_tax_annual", "household_council_tax_reduction_weekly",
                             "household_council_tax_reduction_annual", "household_council_tax_to_pay_annual"})


def _band_d_source_texts(status, source) -> np.ndarray:
    """Where each row's Band D came from ("table", "bill_band_d",
    "bill_band_charge"), "" where council tax was not worked out."""
    from .benefits.council_tax_columns import BAND_D_SOURCES

    status, source = np.atleast_1d(np.asarray(status)), np.atleast_1d(np.asarray(source))
    return np.where(status == 1, np.array(BAND_D_SOURCES, dtype=object)[source], "")


#: The Housing Benefit reason code that means "check needed" (which of a couple claims decides it).
_HB_CHECK_NEEDED = 7


def _hb_status_texts(hb) -> np.ndarray:
    """Housing Benefit as a status: "none" (no scheme pays it: Universal
    Credit instead, or no rent), "calculated", or "check_needed:
    applicant_not_given" (which of a couple claims decides it, and the row
    does not say: ``applicant``)."""
    from .benefits.housing_benefit import HB_REASONS

    reason = np.atleast_1d(np.asarray(hb.reason))
    none = (reason == HB_REASONS.index("universal_credit_instead")) | (reason == HB_REASONS.index("no_eligible_rent"))
    return np.where(reason == _HB_CHECK_NEEDED, "check_needed: " + HB_REASONS[_HB_CHECK_NEEDED],
                    np.where(none, "none", "calculated")).astype(object)


def _status_texts(status, reason) -> np.ndarray:
    """Council tax or CTR status codes as text: "none", "calculated", or
    "check_needed: <reason>" (:data:`entitlements.benefits.council_tax_columns.CT_REASONS`)."""
    from .benefits.hb_ctr import CT_REASONS, CT_STATUS

    status, reason = np.atleast_1d(np.asarray(status)), np.atleast_1d(np.asarray(reason))
    words = np.array(CT_STATUS, dtype=object)[status]
    return np.where(status == 2, words + ": " + np.array(CT_REASONS, dtype=object)[reason], words)


def as_caseload(source: Any) -> Caseload:
    """A :class:`Caseload` from what :func:`estimate_caseload` and
    :func:`entitlements.check_caseload` take: a Caseload, a list of
    Households, a pandas DataFrame (:meth:`Caseload.from_dataframe`) or the
    path of a CSV file (:meth:`Caseload.from_csv`), as ``caseload_gains``
    takes them."""
    if isinstance(source, Caseload):
        return source
    if isinstance(source, (str, Path)):
        return Caseload.from_csv(source)
    if hasattr(source, "columns") and hasattr(source, "dtypes"):
        return Caseload.from_dataframe(source)
    what = "a Caseload, a list of Households, a pandas DataFrame or the path of a CSV file"
    if isinstance(source, (bytes, Mapping)) or not hasattr(source, "__iter__"):
        raise InputError("caseload", type(source).__name__, what)
    households = list(source)
    for i, h in enumerate(households, start=1):
        if isinstance(h, Mapping):  # a record, as a CSV row: read by from_records, with its row errors kept
            raise InputError(f"caseload[{i}]", type(h).__name__, "a Household; records (column name to value) are "
                             "read by Caseload.from_records(records)")
        if not isinstance(h, Household):
            raise InputError(f"caseload[{i}]", type(h).__name__, f"a Household ({what})")
    return Caseload.from_households(households)


def _dates_per_row(caseload: Caseload, on: Any) -> tuple[Caseload, Any]:
    """``on`` checked: one date, or one date per row (``datetime64``, a
    pandas Series of dates); a row whose date is blank (NaT) is reported
    and estimated on another row's date (its figures are not used)."""
    on = date_given(on)
    if isinstance(on, dt.date) and not isinstance(on, dt.datetime):
        return caseload, check_not_too_late(on)
    if isinstance(on, (dt.date, str, bytes)) or not hasattr(on, "__len__"):
        raise InputError("on", on, "a date, or an array of dates one per row (a datetime only at midnight)")
    try:
        days = days_given(on)
    except ValueError:
        raise InputError("on", "a time of day", "dates one per row (a datetime only at midnight)") from None
    if days is None:
        raise InputError("on", type(on).__name__, "a date, or an array of dates (datetime64) one per row")
    if days.shape != (len(caseload),):
        raise InputError("on", f"{days.size} dates", f"one date per row ({len(caseload)})")
    blank = np.isnat(days)
    # A row dated past the latest date the library calculates on is its own error (as one date is for estimate):
    # was a bare ValueError past the year 9999, or "no row in force" saying to hold the rates already held.
    late = ~blank & (days > np.datetime64(LATEST_DATE, "D"))
    unused = blank | late
    if unused.any():
        if unused.all():
            if late.any():
                check_not_too_late(days[late][0].astype(dt.date))
            raise InputError("on", "no dates", "a date for at least one row")
        given = np.datetime_as_string(days, unit="D")
        days = np.where(unused, days[~unused][0], days)
        extra = tuple(
            RowError(caseload.row_number(int(i)), "on", given[i],
                     f"on: {given[i]} is not allowed (expected {LATEST_EXPECTED})", expected=LATEST_EXPECTED,
                     index=int(i)) if late[i]
            else RowError(caseload.row_number(int(i)), "on", None, "on: a date for this row (it is blank)",
                          expected="a date", index=int(i))
            for i in np.flatnonzero(unused & caseload.valid))
        caseload = attrs.evolve(caseload, valid=caseload.valid & ~unused, errors=caseload.errors + extra)
    return caseload, days


@overload
def estimate_caseload(caseload: Caseload | Sequence[Household], *, on: dt.date | DatesLike | Sequence[dt.date],
                      tables: Tables | None = None, rates_after: RatesPolicy | str | None = None) -> CaseloadEstimate: ...


@overload
def estimate_caseload(caseload: object, *, on: dt.date | DatesLike | Sequence[dt.date], tables: Tables | None = None,
                      rates_after: RatesPolicy | str | None = None) -> CaseloadEstimate | dask.dataframe.DataFrame: ...


def estimate_caseload(caseload: object, *, on: dt.date | DatesLike | Sequence[dt.date], tables: Tables | None = None,
                      rates_after: RatesPolicy | str | None = None) -> CaseloadEstimate | dask.dataframe.DataFrame:
    """Estimate every benefit unit of a caseload through the same engine as
    :func:`entitlements.estimate`. The caseload: a :class:`Caseload`, a list
    of Households, a pandas DataFrame or the path of a CSV file (read with
    the defaults of :meth:`Caseload.from_dataframe` and :meth:`Caseload.from_csv`).

    ``on`` is the first day of the assessment period: one date for all, or a
    ``datetime64[D]`` array with one date per row. ``rates_after`` is the
    rates policy for dates past the tables' end (``"hold"`` by default: see
    :mod:`entitlements.rates_policy`); each row says in ``rates_assumed``
    what its rates rest on. A row whose date no table covers (before the
    tables begin, or past their end under ``"strict"``) is kept, marked
    invalid with the table and date; the rest are estimated in columns.

    A caseload too large for memory, as a Dask DataFrame or Parquet files (a
    path, a directory, a glob or a list), is estimated one partition at a
    time through the same engine: the result is then a Dask DataFrame with
    the columns and dtypes of :meth:`CaseloadEstimate.to_dataframe` (needs
    the ``distributed`` extra; for the summary too, see
    :func:`entitlements.partitions.estimate_partitioned`).

    Typed for a type checker: a :class:`Caseload` or a list of Households
    gives a :class:`CaseloadEstimate`; anything else (a path, a DataFrame)
    may give either, so read a DataFrame or a CSV file with
    :meth:`Caseload.from_dataframe` or :meth:`Caseload.from_csv` first for the
    exact type.
    """
    from .partitions import estimate_partitioned, is_partitioned

    if is_partitioned(caseload):
        return estimate_partitioned(caseload, on=on, tables=tables, rates_after=rates_after).frame
    caseload = as_caseload(caseload)
    caseload, on = _dates_per_row(caseload, on)
    caseload = pension_age_not_known(caseload, on)
    policy = rates_policy(rates_after)
    tables = policy.apply(tables_or_default(tables))
    n = len(caseload)
    days = on.astype("datetime64[D]") if isinstance(on, np.ndarray) else np.full(n, np.datetime64(on, "D"))
    ends = period_end(days)
    bad, which = _not_covered(days, ends, tables)
    reads = _reads_of_every_row(tables)
    if bad.any() and not isinstance(on, np.ndarray):  # the one date asked for is not covered: an error for the call
        raise _uncovered(tables, reads[which[0]][0], (ends if reads[which[0]][1] else days)[0])
    errors = {int(i): _uncovered(tables, reads[which[i]][0], (ends if reads[which[i]][1] else days)[i])
              for i in np.flatnonzero(bad)}
    rec = ReadRecorder(tables)
    hh = _estimate_covered(caseload.columns, on, rec, bad, errors, tables)
    if hh is None:
        raise errors[min(errors)]  # no row is covered: an error for the call
    if errors:
        extra = tuple(RowError(caseload.row_number(i), "(rules)", None, f"the rules do not cover a value this row needs: {errors[i]}",
                               index=i) for i in sorted(errors))
        caseload = attrs.evolve(caseload, valid=caseload.valid & ~bad, errors=caseload.errors + extra)
    calc = hh.universal_credit
    for problem in household_total.problems(caseload.columns, hh, on=on):
        bad = np.broadcast_to(np.asarray(problem.rows), caseload.valid.shape) & caseload.valid
        if bad.any():
            extra = tuple(problem_row_error(caseload, problem, int(i)) for i in np.flatnonzero(bad))
            caseload = attrs.evolve(caseload, valid=caseload.valid & ~bad, errors=caseload.errors + extra)
    areas = _named_areas(caseload.columns, caseload.valid)
    lha = {f"lha.{nation}": rows for nation, rows in areas.items()}
    assumptions = assumptions_from_spans(tables, rec.spans()) + lha_assumptions(
        tables, {nation: (days[rows].min().astype(dt.date), days[rows].max().astype(dt.date)) for nation, rows in areas.items()})
    at_end = {tid for tid, e in reads if e}
    far_back = np.datetime64("1900-01-01", "D")
    readers = _readers(caseload.columns)

    def last_day(tid: str):
        if tid.startswith("lha."):
            return np.where(lha.get(tid.split(" ")[0].rsplit("_", 1)[0], False), days, far_back)
        rows = next((m for prefix, m in readers.items() if tid.startswith(prefix)), None)
        d = ends if tid in at_end or tid.startswith(("tax.", "ni.")) else days
        return d if rows is None else np.where(rows, d, far_back)

    assumed = rates_assumed(assumptions, last_day, caseload.valid)
    return CaseloadEstimate(caseload=caseload, on=on, calculation=calc, rules=tables.version, benefits=hh,
                            rates_policy=str(policy), assumptions=assumptions, rates_assumed=assumed)
