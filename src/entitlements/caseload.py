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

import csv
import datetime as dt
import functools
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import numpy as np

from .benefits import household_total, uc
from .columns import BenefitUnitColumns, households_columns, select
from .errors import EntitlementsError, InputError, NoRowInForce
from .flat_columns import households_from_flat_columns, is_na
from .household import Adult, Household
from .records import household_from_flat, is_household_column
from .tables import RulesVersion, Tables, default_tables

__all__ = ["RowError", "Caseload", "CaseloadEstimate", "estimate_caseload", "spreadsheet_safe"]


@functools.lru_cache(maxsize=256)
def _columns_of(keys: tuple[Any, ...], id_field: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A header's household columns and pass-through (grouping) columns,
    sorted once a header rather than once a row."""
    household = tuple(k for k in keys if k is not None and k != id_field and is_household_column(k))
    extra = tuple(k for k in keys if k is not None and k != id_field and not is_household_column(k))
    return household, extra


@attrs.frozen
class RowError:
    """Why one row of a caseload could not be read (``row`` is 1-based, as a
    spreadsheet counts data rows)."""

    row: int
    field: str
    value: Any
    reason: str

    def __str__(self) -> str:
        reason = self.reason if self.reason.startswith(self.field) else f"{self.field}: {self.reason}"
        return f"row {self.row}: {reason}"


_PLACEHOLDER = Household(adults=Adult(age=30))


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

    def __len__(self) -> int:
        return int(self.valid.shape[0])

    @classmethod
    def from_households(cls, households: Sequence[Household], *, ids: Sequence[str] | None = None) -> "Caseload":
        n = len(households)
        case_ids = np.array(list(ids) if ids is not None else [str(i + 1) for i in range(n)], dtype=object)
        return cls(columns=households_columns(households), ids=case_ids, valid=np.ones(n, dtype=bool))

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, source: str = "caseload", id_field: str = "case_id") -> "Caseload":
        """From flat records (CSV rows or DataFrame rows): see
        :func:`entitlements.records.household_from_flat`. Columns that are not
        household fields pass through as ``extra`` (grouping columns)."""
        records = records if isinstance(records, list) else list(records)
        header = tuple(records[0]) if records else ()
        if records and all(tuple(r) == header for r in records):
            # One header (CSV rows, DataFrame rows): read the households in columns.
            household_keys, extra_keys = _columns_of(header, id_field)
            return cls._from_columns(
                {k: [r[k] for r in records] for k in household_keys},
                {k: [r[k] for r in records] for k in extra_keys},
                [r.get(id_field) for r in records],
                [r[None] for r in records] if None in header else None,
                source=source,
            )
        return cls._one_by_one(records, source=source, id_field=id_field)

    @classmethod
    def _one_by_one(cls, records: list[Mapping[str, Any]], *, source: str, id_field: str) -> "Caseload":
        """Records read one at a time (records with different fields)."""
        households: list[Household] = []
        ids: list[str] = []
        valid: list[bool] = []
        errors: list[RowError] = []
        extra: dict[str, list[Any]] = {}
        for i, rec in enumerate(records, start=1):
            if None in rec:
                errors.append(RowError(i, "(row)", rec[None], "more cells than the header has columns"))
            household_keys, extra_keys = _columns_of(tuple(rec), id_field)
            fields = {k: rec[k] for k in household_keys}
            for k in extra_keys:
                if k not in extra:
                    extra[k] = [None] * (i - 1)
            for k in extra:
                extra[k].append(rec.get(k))
            ids.append(str(rec.get(id_field) or i))
            try:
                households.append(household_from_flat(fields))
                valid.append(not (errors and errors[-1].row == i))
            except InputError as e:
                households.append(_PLACEHOLDER)
                valid.append(False)
                errors.append(RowError(i, e.field, e.value, str(e)))
        n = len(households)
        return cls(
            columns=households_columns(households),
            ids=np.array(ids, dtype=object),
            valid=np.array(valid, dtype=bool).reshape(n),
            errors=tuple(errors),
            extra={k: np.array(v + [None] * (n - len(v)), dtype=object) for k, v in extra.items()},
            source=source,
        )

    @classmethod
    def _from_columns(cls, household: dict[str, list[Any]], extra: dict[str, list[Any]], ids: list[Any],
                      overflow: list[Any] | None, *, source: str) -> "Caseload":
        """From records given as columns (see :mod:`entitlements.flat_columns`)."""
        n = len(ids)
        columns, ok, failed = households_from_flat_columns(household, n)
        errors: list[RowError] = []
        for i in range(n):
            if overflow is not None and overflow[i] is not None:
                errors.append(RowError(i + 1, "(row)", overflow[i], "more cells than the header has columns"))
                ok[i] = False
            if i in failed:
                e = failed[i]
                errors.append(RowError(i + 1, e.field, e.value, str(e)))
        return cls(
            columns=columns,
            ids=np.array([str(v or (i + 1)) for i, v in enumerate(ids)], dtype=object).reshape(n),
            valid=ok,
            errors=tuple(errors),
            extra={k: np.array(v, dtype=object).reshape(n) for k, v in extra.items()},
            source=source,
        )

    @classmethod
    def from_csv(cls, path: str | Path, *, id_field: str = "case_id") -> "Caseload":
        """Read a CSV file of cases (one row a benefit unit)."""
        p = Path(path)
        columns = read_csv_columns(p)
        if columns is not None:
            return cls.from_columns(columns, source=p.name, id_field=id_field)
        # Rows of other lengths, or repeated column names: read row by row,
        # which reports each such row.
        with p.open(newline="", encoding="utf-8-sig") as f:
            return cls.from_records(csv.DictReader(f), source=p.name, id_field=id_field)

    @classmethod
    def from_columns(cls, columns: Mapping[str, Sequence[Any]], *, source: str = "caseload", id_field: str = "case_id") -> "Caseload":
        """From columns of flat records (column name: a value for every row,
        as in a CSV file)."""
        names = tuple(columns)
        n = len(next(iter(columns.values()))) if columns else 0
        if any(len(v) != n for v in columns.values()):
            raise InputError("columns", {k: len(v) for k, v in columns.items()}, "the same number of values in every column")
        household_keys, extra_keys = _columns_of(names, id_field)
        return cls._from_columns(
            {k: columns[k] for k in household_keys},
            {k: list(columns[k]) for k in extra_keys},
            list(columns[id_field]) if id_field in columns else [None] * n,
            None,
            source=source,
        )

    @classmethod
    def from_dataframe(cls, df: Any, *, id_field: str = "case_id") -> "Caseload":
        """From a pandas DataFrame with the same columns as the CSV."""
        columns = {str(c): [None if is_na(v) else v for v in df[c].tolist()] for c in df.columns}
        if len(columns) != len(df.columns):
            raise InputError("columns", [str(c) for c in df.columns], "each column name once")
        return cls.from_columns(columns, source="DataFrame", id_field=id_field)


def _rows_not_covered(columns: BenefitUnitColumns, on, tables: Tables, chunk: int = 16384) -> dict[int, str]:
    """The rows whose estimate stops with NoRowInForce, and why: checked a
    chunk at a time, then by halves within a chunk that stops."""
    failed: dict[int, str] = {}

    def check(idx: np.ndarray) -> None:
        try:
            household_total.calculate(select(columns, idx), on=on[idx] if isinstance(on, np.ndarray) else on, tables=tables)
        except NoRowInForce as e:
            if idx.size == 1:
                failed[int(idx[0])] = str(e)
                return
            half = idx.size // 2
            check(idx[:half])
            check(idx[half:])

    n = int(np.asarray(columns.couple).shape[0])
    for start in range(0, n, chunk):
        check(np.arange(start, min(start + chunk, n)))
    return failed


def read_csv_columns(path: Path) -> dict[str, Sequence[Any]] | None:
    """A CSV file's columns (every cell text, an empty cell ""), or None
    where a row has more cells than the header or a column name repeats
    (then read it row by row, which reports each such row). With pandas
    installed its parser reads the file; otherwise the csv module."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            header = next(csv.reader(f), [])
    except FileNotFoundError:
        raise InputError("caseload", str(path), "a CSV file that exists") from None
    if not header or len(set(header)) != len(header):
        return None
    from .flat_columns import pandas_if_installed

    pd = pandas_if_installed()
    if pd is not None:
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig")
        except (pd.errors.ParserError, ValueError):
            return None
        if list(df.columns) != header:
            return None
        return {c: df[c].to_numpy(dtype=object) for c in header}
    with path.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))[1:]
    if not rows or any(len(r) > len(header) for r in rows):
        return None
    rows = [r + [""] * (len(header) - len(r)) if len(r) < len(header) else r for r in rows]
    return dict(zip(header, map(list, zip(*rows))))


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

    @property
    def award(self) -> np.ndarray:
        """UC award per case [pence/month] (0 for invalid rows: see ``valid``)."""
        return np.where(self.caseload.valid, self.calculation.award, 0)

    @property
    def valid(self) -> np.ndarray:
        return self.caseload.valid

    def summary(self) -> dict[str, Any]:
        v = self.valid
        a = self.calculation.award[v]
        return {
            "cases": len(self.caseload),
            "cases_estimated": int(v.sum()),
            "cases_with_errors": int((~v).sum()),
            "cases_entitled_to_uc": int((a > 0).sum()),
            "total_uc_monthly_pence": int(a.sum()),
            "total_benefits_annual_pence": int(np.asarray(self.benefits.total_annual)[v].sum()) if self.benefits is not None else None,
            "mean_uc_monthly_pence": int(round(a.mean())) if a.size else 0,
            "rules": str(self.rules),
        }

    def rows(self) -> Iterable[dict[str, Any]]:
        """One dict per input row, in input order (the errors kept)."""
        errs: dict[int, list[str]] = {}
        for e in self.caseload.errors:
            errs.setdefault(e.row, []).append(str(e.reason))
        calc = self.calculation
        arrays = {}
        for a in attrs.fields(uc.UCCalculation):
            v = getattr(calc, a.name)
            if attrs.has(type(v)):
                for b in attrs.fields(type(v)):
                    arrays[f"{a.name}_{b.name}"] = np.broadcast_to(getattr(v, b.name), self.valid.shape)
            else:
                arrays[a.name] = np.broadcast_to(v, self.valid.shape)
        if self.benefits is not None:
            b = self.benefits
            for name, v in (
                ("carers_allowance_weekly_1", b.carers_allowance[0]),
                ("carers_allowance_weekly_2", b.carers_allowance[1]),
                ("disability_benefits_weekly_1", b.disability_benefits[0]),
                ("disability_benefits_weekly_2", b.disability_benefits[1]),
                ("children_disability_benefits_weekly", b.children_disability_benefits),
                ("child_benefit_weekly", b.child_benefit),
                ("scottish_child_payment_weekly", b.scottish_child_payment),
                ("pension_credit_weekly", b.pension_credit.award),
                ("total_weekly", b.total_weekly),
                ("total_monthly", b.total_monthly),
                ("total_annual", b.total_annual),
            ):
                arrays[f"household_{name}"] = np.broadcast_to(v, self.valid.shape)
        fields = list(arrays)
        for i in range(len(self.caseload)):
            out: dict[str, Any] = {"case_id": self.caseload.ids[i]}
            for k, v in self.caseload.extra.items():
                out[k] = v[i]
            ok = bool(self.valid[i])
            out["valid"] = ok
            out["error"] = "; ".join(errs.get(i + 1, []))
            for f in fields:
                val = arrays[f][i]
                name = f if f.startswith("household_") else f"uc_{f}"
                out[name] = (bool(val) if val.dtype == bool else int(val)) if ok else None
            yield out

    def to_csv(self, path: str | Path | None = None) -> str | None:
        """Write per-case results as CSV (money in pence). Cells that a
        spreadsheet would read as a formula are neutralised. Returns the
        text when ``path`` is None."""
        buf = io.StringIO() if path is None else None
        f = buf if buf is not None else open(path, "w", newline="", encoding="utf-8")
        try:
            rows = iter(self.rows())
            first = next(rows, None)
            if first is None:
                return "" if buf is not None else None
            w = csv.DictWriter(f, fieldnames=list(first))
            w.writeheader()
            for r in (first, *rows):
                w.writerow({k: spreadsheet_safe(v) for k, v in r.items()})
        finally:
            if buf is None:
                f.close()
        return buf.getvalue() if buf is not None else None

    def to_dataframe(self):
        """Per-case results as a pandas DataFrame (needs the ``notebook`` extra)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise EntitlementsError("to_dataframe needs pandas: pip install 'entitlements[notebook]'") from None
        return pd.DataFrame(list(self.rows()))


def spreadsheet_safe(value: Any) -> Any:
    """A cell value that a spreadsheet will not run as a formula: text
    starting with ``= + - @``, a tab or a carriage return gets a leading
    apostrophe (OWASP CSV injection guidance). Numbers pass unchanged."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def estimate_caseload(caseload: Caseload | Sequence[Household], *, on, tables: Tables | None = None) -> CaseloadEstimate:
    """Estimate every benefit unit of a caseload through the same engine as
    :func:`entitlements.estimate`.

    ``on`` is the first day of the assessment period: one date for all, or a
    ``datetime64[D]`` array with one date per row.
    """
    if not isinstance(caseload, Caseload):
        caseload = Caseload.from_households(list(caseload))
    if isinstance(on, dt.datetime) or not isinstance(on, (dt.date, np.ndarray)):
        raise InputError("on", on, "a date, or an array of dates one per row")
    tables = tables if tables is not None else default_tables()
    try:
        hh = household_total.calculate(caseload.columns, on=on, tables=tables)
    except NoRowInForce:
        # Some rows need a value the rules do not hold for their date (a
        # date per row past the tables, or the cap's earnings threshold for
        # April 2027): those rows are reported, the rest estimated.
        failed = _rows_not_covered(caseload.columns, on, tables)
        if len(failed) == len(caseload):
            raise  # the date asked for is not covered at all
        bad = np.zeros(len(caseload), bool)
        bad[list(failed)] = True
        stand_in = np.where(bad, int(np.flatnonzero(~bad)[0]), np.arange(len(caseload)))
        on_ok = np.where(bad, on[stand_in], on) if isinstance(on, np.ndarray) else on
        hh = household_total.calculate(select(caseload.columns, stand_in), on=on_ok, tables=tables)
        extra = tuple(RowError(i + 1, "(rules)", None, f"the rules do not cover a value this row needs: {failed[i]}")
                      for i in sorted(failed))
        caseload = attrs.evolve(caseload, valid=caseload.valid & ~bad, errors=caseload.errors + extra)
    calc = hh.universal_credit
    for problem in household_total.problems(caseload.columns, hh, on=on):
        bad = np.broadcast_to(np.asarray(problem.rows), caseload.valid.shape) & caseload.valid
        if bad.any():
            reason = f"{problem.field}: give {problem.expected}"
            extra = tuple(RowError(int(i) + 1, problem.field, None, reason) for i in np.flatnonzero(bad))
            caseload = attrs.evolve(caseload, valid=caseload.valid & ~bad, errors=caseload.errors + extra)
    return CaseloadEstimate(caseload=caseload, on=on, calculation=calc, rules=tables.version, benefits=hh)
