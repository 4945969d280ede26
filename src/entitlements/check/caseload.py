"""The benefit check for a caseload: every case's findings in columns (a
long table: case, finding, value, certainty), and the "missing out" summary.

:func:`check_caseload` runs the same differences as the one-household check
(``entitlements.check._differences``) over a whole caseload's columns,
so a case's findings here are the findings :func:`entitlements.check.findings.check`
makes of it alone. What a caseload row can say is the household and what it
claims (columns ``claims_universal_credit``, ``claims_pension_credit``,
``claims_scottish_child_payment``, ``claims_housing_benefit``,
``claims_council_tax_reduction``: yes or no; a case that does not say
whether Housing Benefit or Council Tax Reduction is paid has it valued as not
paid, ``check_needed``); the assessments and
passported help need facts a caseload does not hold, and are the
one-household check's, all but the LCWRA element the law gives the older
partner of a mixed-age couple on Universal Credit who gets Attendance
Allowance, DLA highest care or PIP enhanced daily living (``lcwra_1``,
``lcwra_2``: SI 2013/376 reg 40(5), Sch 9 para 5), which the columns
decide. The columns for help had already, ``claims_free_prescriptions`` ...
``claims_broadband_social_tariff``, are read and checked as yes or no, and
change nothing here. Rows that cannot be read stay, with their reasons.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import numpy as np

from ..display import html_card, short_repr
from ..caseload import Caseload, DataFrameLike, DatesLike, RowError
from ..columns import select
from ..errors import InputError
from ..household import Household
from ..tables import Tables, tables_or_default
from ._differences import ClaimColumns, differences
from .candidates import candidate, carer_support_payment_named, named_candidate
from .findings import CLAIMABLE, PASSPORTED_HELP
from .summary import MIN_GROUP

__all__ = ["CLAIM_COLUMNS", "CASELOAD_FINDINGS", "CaseloadCheck", "check_caseload", "MIN_GROUP"]

#: The caseload columns that say what each case claims now.
CLAIM_COLUMNS = {f"claims_{n}": n for n in CLAIMABLE + PASSPORTED_HELP}

#: The findings a caseload check values, in the long table's order.
CASELOAD_FINDINGS = ("universal_credit", "pension_credit", "scottish_child_payment", "housing_benefit",
                     "council_tax_reduction", "child_benefit", "carers_allowance_1", "carers_allowance_2",
                     "lcwra_1", "lcwra_2", "disabled_band_reduction", "severely_mentally_impaired")

#: The kind of each finding whose id is not its candidate's: ``lcwra_N`` here is only ever the LCWRA element of
#: the partner over pension age in a mixed-age couple on UC (SI 2013/376 reg 40(5), Sch 9 para 5), as the one
#: household's check names it (the fit-note LCWRA finding needs circumstances a caseload does not hold).
_KINDS = {"lcwra_1": "lcwra_pension_age_1", "lcwra_2": "lcwra_pension_age_2"}


def _claim_column(name: str, values: Any, valid: np.ndarray, rows: Caseload) -> tuple[np.ndarray, list[RowError]]:
    """A yes/no column as bools, and an error for each valid row that is
    neither (a blank too: the check needs the answer). Read as every command
    reads a caseload's ``claims_*`` cells (:func:`entitlements.io.caseloads.read_claims`),
    where a cell that is not blank and not yes or no is already the row's error."""
    from ..io.caseloads import read_claims

    out, refused = read_claims(name, np.asarray(values, dtype=object).tolist(), blank_ok=False)
    errors = [RowError(rows.row_number(i), name, e.value, str(e), expected=e.expected, index=i)
              for i, e in sorted(refused.items()) if valid[i]]
    return out, errors


def _claims(caseload: Caseload, claims: Mapping[str, Any] | None) -> tuple[dict[str, np.ndarray], list[RowError]]:
    n = len(caseload)
    if claims is None:
        given = {CLAIM_COLUMNS[k]: v for k, v in caseload.extra.items() if k in CLAIM_COLUMNS}
        if not any(k in given for k in ("universal_credit", "pension_credit")):
            raise InputError("claims", None, "columns claims_universal_credit and claims_pension_credit (yes or no for "
                                             "each case: what it claims now), or claims={...}; without them every "
                                             "entitlement would count as missed")
    elif not isinstance(claims, Mapping):
        raise InputError("claims", type(claims).__name__, "a mapping of claim name to yes/no, e.g. "
                         "{\"universal_credit\": False}, or None to read the claims_* columns")
    else:
        given = dict(claims)
    out: dict[str, np.ndarray] = {}
    errors: list[RowError] = []
    for name, values in given.items():
        if name not in CLAIM_COLUMNS.values():
            from ..errors import did_you_mean

            raise InputError("claims", name, did_you_mean(name, CLAIM_COLUMNS.values()) + "each one of "
                             + ", ".join(CLAIM_COLUMNS.values()))
        if isinstance(values, (bool, np.bool_)):
            out[name] = np.full(n, bool(values))
            continue
        arr = np.asarray(values)
        if arr.shape != (n,):
            raise InputError(f"claims.{name}", f"{arr.size} values", f"one per case ({n})")
        if arr.dtype == bool:
            out[name] = arr
        else:
            out[name], errs = _claim_column(f"claims_{name}", arr, caseload.valid, caseload)
            errors += errs
    return out, errors


def _claims_against_ages(caseload: Caseload, claimed, idx, valid, payable) -> list[RowError]:
    """Errors for the valid rows (``idx``; ``payable`` a row of ``idx``) that
    claim Pension Credit alone where Universal Credit is what the ages allow,
    or Universal Credit alone where it is Pension Credit (both claimed: the
    one that applies); each such row made invalid in ``valid``."""
    from .findings import PENSION_CREDIT_CLAIM_EXPECTED, UNIVERSAL_CREDIT_CLAIM_EXPECTED

    none = np.zeros(len(caseload), bool)
    pc, uc = claimed.get("pension_credit", none), claimed.get("universal_credit", none)
    errors = []
    for j, i in enumerate(idx.tolist()):
        if not valid[i] or bool(pc[i]) == bool(uc[i]):
            continue
        if pc[i] and payable[j]:
            name, expected = "claims_pension_credit", PENSION_CREDIT_CLAIM_EXPECTED
        elif uc[i] and not payable[j]:
            name, expected = "claims_universal_credit", UNIVERSAL_CREDIT_CLAIM_EXPECTED
        else:
            continue
        errors.append(RowError(caseload.row_number(i), name, "yes", f"{name}: 'yes' is not allowed (expected "
                               f"{expected})", expected=expected, index=i))
        valid[i] = False
    return errors


@attrs.frozen
class CaseloadCheck:
    """A caseload's findings. ``values``: finding id -> (applies, weekly,
    monthly, annual), one entry a case (pence; nothing for invalid rows).
    ``asks``: question -> the cases where it must be asked."""

    caseload: Caseload
    on: Any  # a date, or a datetime64[D] array of one a case
    values: Mapping[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]
    asks: Mapping[str, np.ndarray]
    rules: str
    certainty: Mapping[str, str] = attrs.field(factory=dict)  # finding id -> certainty, where not the candidate's

    @property
    def on_text(self) -> str:
        """The date checked on, or the first and last where each case has its own."""
        if isinstance(self.on, np.ndarray):
            days = self.on[np.asarray(self.valid, bool)] if np.asarray(self.valid, bool).any() else self.on
            first, last = str(days.min()), str(days.max())
            return first if first == last else f"{first} to {last}"
        return self.on.isoformat()

    def certainty_of(self, cid: str) -> str:
        return self.certainty.get(cid, candidate(_KINDS.get(cid, cid)).certainty)

    @property
    def valid(self) -> np.ndarray:
        return self.caseload.valid

    def long_table(self) -> dict[str, np.ndarray]:
        """One row a finding: case, finding, what, value (pence: ``weekly_pence``,
        ``monthly_pence``, ``annual_pence``) and certainty, in columns."""
        parts = {k: [] for k in ("case_id", "finding", "what", "weekly_pence", "monthly_pence", "annual_pence", "certainty")}
        for cid in CASELOAD_FINDINGS:
            applies, w, m, a = self.values[cid]
            idx = np.flatnonzero(applies & self.valid)
            on = self.on[idx] if isinstance(self.on, np.ndarray) else self.on
            csp = carer_support_payment_named(cid, np.asarray(self.caseload.columns.scottish, bool)[idx], on)
            what = np.where(csp, self._what(cid, True), self._what(cid, False))
            parts["case_id"].append(self.caseload.ids[idx])
            parts["finding"].append(np.full(idx.size, cid, dtype=object))
            parts["what"].append(np.asarray(what, dtype=object).reshape(idx.size))
            parts["weekly_pence"].append(w[idx])
            parts["monthly_pence"].append(m[idx])
            parts["annual_pence"].append(a[idx])
            parts["certainty"].append(np.full(idx.size, self.certainty_of(cid), dtype=object))
        return {k: np.concatenate(v) if v else np.zeros(0) for k, v in parts.items()}

    @staticmethod
    def _what(cid: str, carer_support_payment: bool) -> str:
        """What finding ``cid`` is, in words, as the one household's check names it."""
        c = named_candidate(_KINDS.get(cid, cid), carer_support_payment)
        return c.what.format(who="the claimant" if cid.endswith("_1") else "the partner") if "{who}" in c.what else c.what

    def summary(self, group_by: Sequence[str] = ()) -> dict[str, Any]:
        """How many patients miss what, and the annual value, by benefit and
        by certainty (claims are certain once made: weighted = raw), by each
        grouping column (practice, deprivation decile) where present; a
        group of fewer than :data:`MIN_GROUP` cases is suppressed."""
        from .summary import summarise

        return summarise(self, group_by)

    def __repr__(self) -> str:
        v = np.asarray(self.valid, bool)
        return short_repr("CaseloadCheck", f"{len(self.caseload):,} cases on {self.on_text}, {int(v.sum()):,} checked; {self.rules}")

    def _repr_html_(self) -> str:
        """A notebook's view: patients missing something and the annual value
        by benefit (totals only; the long table: :meth:`long_table`)."""
        from ..money import format_pounds

        s = self.summary()
        from ..io.caseloads import not_cases_sentence

        head = [("Cases", f"{s['cases']:,}", not_cases_sentence(s["rows_not_cases"])), ("Checked", f"{s['cases_checked']:,}", ""),
                ("Could not be checked", f"{s['cases_with_errors']:,}", ""),
                ("Patients missing something", f"{s['patients_missing_something']:,}", ""),
                ("Worth a year, in all", format_pounds(s["annual_pence"]), "")]
        convention = s["annual_basis"]
        # Each year as it is counted: Universal Credit the month x 12, the rest the week x 52.
        lines = [("", str(b).replace("_", " ").capitalize(),
                  (f"{r['patients']:,}", format_pounds(r["annual_pence"])
                   + (f" ({convention['by_benefit'][b]})" if b in convention["by_benefit"] else "")), "", "")
                 for b, r in s["by_benefit"].items() if r["patients"]]
        notes = ["One row a finding: .long_table(); the totals: .summary()."]
        if len(set(convention["by_benefit"].values())) > 1:
            notes.insert(0, convention["text"][0].upper() + convention["text"][1:] + ".")
        return html_card(f"Benefit check of a caseload on {self.on_text}", head, lines, lines_caption="By benefit",
                         amount_headers=("Patients", "A year"), label_header="Benefit",
                         notes=notes, footer=str(self.rules))


def check_caseload(caseload: Caseload | Sequence[Household] | DataFrameLike | str | os.PathLike[str], *,
                   on: dt.date | DatesLike | Sequence[dt.date], claims: Mapping[str, Any] | None = None,
                   tables: Tables | None = None) -> CaseloadCheck:
    """Check every case of ``caseload`` (a :class:`Caseload`, a list of
    Households, a pandas DataFrame or the path of a CSV file) on ``on``: one date for all, or one
    a case (a ``datetime64[D]`` array or a pandas Series of dates, as
    :func:`entitlements.estimate_caseload` takes; a case with a blank date is
    kept as an error). Every date must be one the rule tables cover.

    ``claims``: name -> a bool (every case) or one yes/no a case, for the
    names of :data:`~entitlements.check.caseload.CLAIM_COLUMNS`; None reads the ``claims_*`` columns."""
    from ..caseload import _dates_per_row, as_caseload, pension_age_not_known, problem_row_error

    caseload = as_caseload(caseload)

    caseload, on = _dates_per_row(caseload, on)  # one date, or one a row (a blank date: that row's error)
    caseload = pension_age_not_known(caseload, on)
    tables = tables_or_default(tables)
    claimed, errors = _claims(caseload, claims)
    n = len(caseload)
    valid = caseload.valid.copy()
    for e in errors:
        valid[e.index] = False
    idx = np.flatnonzero(valid)
    bu = caseload.columns if idx.size == n else select(caseload.columns, idx)
    m = idx.size
    cc = ClaimColumns.every_row(m, **{k: v[idx] for k, v in claimed.items()})
    day = on[idx] if isinstance(on, np.ndarray) else on
    from ._assessments import pension_age_lcwra_rows

    # The one assessment a caseload's columns decide: the LCWRA element treated as had by the older partner of a
    # mixed-age couple on UC with AA, DLA highest care or PIP enhanced daily living (until 2026-12-07 only the
    # one household's check found it).
    diff = differences(bu, cc, on=day, tables=tables, assessments=pension_age_lcwra_rows(bu, on=day))
    from ..benefits import household_total

    for problem in household_total.problems(bu, diff.full, on=day):
        bad = np.broadcast_to(np.asarray(problem.rows), (m,))
        for j in np.flatnonzero(bad):
            i = int(idx[j])
            # The adult's or child's own column (adult2_date_of_birth, child3_sex), not adultN_ or childN_.
            errors.append(problem_row_error(caseload, problem, i, int(j)))
            valid[i] = False
    if claims is None:  # the claims_* columns: one alone that the ages rule out (as the one household's check)
        errors += _claims_against_ages(caseload, claimed, idx, valid,
                                       np.broadcast_to(np.asarray(diff.full.universal_credit_payable, bool), (m,)))
    values = {}
    for cid in CASELOAD_FINDINGS:
        applies, w, mo, a = diff.values[cid]
        if cid.startswith("carers_allowance"):
            applies = applies & (np.asarray(diff.full.carers_allowance_entitlement[int(cid[-1]) - 1]) > 0)
        else:
            applies = applies & (w > 0)
        full = [np.zeros(n, bool)] + [np.zeros(n, np.int64) for _ in range(3)]
        for arr, part in zip(full, (applies, w, mo, a)):
            arr[idx] = part
        full[0] &= valid
        values[cid] = tuple(full)
    asks = _asks(caseload, claimed, diff, idx, valid)
    caseload = attrs.evolve(caseload, valid=valid, errors=caseload.errors + tuple(errors))
    # Not said whether Housing Benefit or Council Tax Reduction is paid: valued as not paid, to be asked.
    certainty = {k: "check_needed" for k in ("housing_benefit", "council_tax_reduction") if k not in claimed}
    return CaseloadCheck(caseload=caseload, on=on, values=values, asks=asks, rules=str(tables.version), certainty=certainty)


def _asks(caseload: Caseload, claimed, diff, idx, valid) -> dict[str, np.ndarray]:
    """The cases where Council Tax Reduction must be asked about: the engine
    could not work it out (no band or council given, a council's scheme or
    figures not shipped); and, where any case has it, Housing Benefit where
    which of a couple claims decides it and the case does not say."""
    n = len(caseload)
    ctr = np.zeros(n, bool)
    ct = diff.full.council_tax
    ctr[idx] = np.asarray(ct.ctr_status) != 1
    if "council_tax_reduction" in claimed:
        ctr &= ~claimed["council_tax_reduction"]
    asks = {"council_tax_reduction": ctr & valid}
    from ..benefits.housing_benefit import HB_REASONS

    hb = np.zeros(n, bool)  # which of a couple claims decides Housing Benefit, and the case does not say
    hb[idx] = np.asarray(diff.full.housing_benefit.reason) == HB_REASONS.index("applicant_not_given")
    if hb.any():
        if "housing_benefit" in claimed:
            hb &= ~claimed["housing_benefit"]
        asks["housing_benefit"] = hb & valid
    return asks
