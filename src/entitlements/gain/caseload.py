"""Income gain across a caseload: the result, one row a case.

:func:`caseload_gains` reads a caseload of outcomes (a CSV file, a pandas
DataFrame, records, or single-outcome scenarios: :mod:`entitlements.io.sources`),
projects every case through the columnar projection
(:mod:`entitlements.gain._projection`), which gives the figures
:func:`entitlements.gain.household.income_gain` gives for each case on its
own, and weights them by the chance of success. :class:`CaseloadGains` keeps
every input row (a row that cannot be read or projected is kept, with its
reason) and gives the rows, a summary and a CSV export. Money is in pence.
Rendering the funders' report is :mod:`entitlements.report`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import attrs
import numpy as np

from ..display import html_card, short_repr
from ..errors import InputError
from ..io.repeats import refuse_repeats
from ..io.sources import read_cases
from ..io.writers import write_columns, write_parquet
from ..money import format_pounds
from ..rates_policy import RateAssumption, RatesPolicy, assumptions_from_spans, lha_assumptions, rates_assumed
from ..tables import RulesVersion, Tables, tables_or_default
from . import _projection
from .bill_figures import BILL_TABLE, bill_assumptions, held_days
from .calendar import NEVER, to_date
from .cases import KIND, LINE_NAMES, Cases
from .household import CONVENTIONS, PROJECTION_STARTS, policy_tables
from .outcomes import OUTCOME_KINDS, STAGES, Scenario
from .pension_age import KNOCK_ON_BENEFITS, KnockOns, ctr_not_counted, knock_on_totals
from ._supplements import Supplements, carer_support_payment, pension_age_disability_payment
from .plausibility import bounds, refuse_cases
from .probability import _weighted, gp_appointments_saved_a_year, probabilities
from .summary import PROB_SOURCES, summary

if TYPE_CHECKING:  # the result for a caseload in partitions (the distributed extra); never imported to run
    import dask.dataframe
    import pandas

__all__ = ["CaseloadGains", "caseload_gains", "predicted_interval", "BENEFIT_NAMES"]




# Long because: a result class: 19 fields, nine figures of two or three lines (annual, projected, arrears, ...) and its
# views (rows, columns, CSV, DataFrame, errors, summary, repr, HTML), none over 45 lines.
@attrs.frozen
class CaseloadGains:
    """Gains for every row of a caseload (arrays, one entry per input row;
    rows that could not be projected are ``valid == False`` with a reason,
    and their amounts are empty in every export)."""

    ids: np.ndarray
    grouping: Mapping[str, np.ndarray]
    cases: Cases
    projection: _projection.Projection
    prob_num: np.ndarray
    prob_den: np.ndarray
    prob_source: np.ndarray
    gp_each: int
    gp_source: str
    convention: str
    horizon_months: int
    projection_from: str
    rules: RulesVersion
    source: str = "caseload"
    #: The user's own columns, carried to the per-case results (never a report).
    kept: Mapping[str, np.ndarray] = attrs.field(factory=dict)
    #: Each row's number as the user sees it (a CSV file: the spreadsheet's row); None: the position from 1.
    row_numbers: np.ndarray | None = None
    rates_policy: str = "hold"  # what a date past the tables' end does (entitlements.rates_policy)
    assumptions: tuple[RateAssumption, ...] = ()  # the tables read past their end (or announced), and when
    #: Per case: what its rates rest on ("held from 2027-04-06"; "" none).
    rates_assumed: np.ndarray | None = None
    path: Path | None = None  # the file read (None: not from a file): gains are never written over it
    #: A DataFrame's index (None: not from a DataFrame): the per-case gains keep it, to join back to its rows.
    index: Any = attrs.field(default=None, eq=False, repr=False)
    id_given: np.ndarray | None = None  # per case: its id was given (a blank one is its row's number); None: all
    #: Per case, whether its Housing Benefit or Council Tax Reduction (an outcome valued by them, or a knock-on) rests
    #: on a fact not given, taken as not met, one column a code of hb_ctr.FACTS_ASSUMED (since 2026-12-07:
    #: ``_facts_open``); None: none.
    facts_open: np.ndarray | None = None
    #: The encoding a file was read in ("UTF-8", "Windows-1252", ...); None: not from a CSV file.
    encoding: str | None = None

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def __repr__(self) -> str:
        v = self.valid
        return short_repr("CaseloadGains", f"{len(self):,} cases from {self.source}, {int(v.sum()):,} projected; "
                          f"annual income gain {format_pounds(int(self.annual[v].sum()))} "
                          f"(confirmed and predicted unweighted); {self.rules}")

    def _repr_html_(self) -> str:
        """A notebook's view: confirmed gains, predicted gains weighted by the
        chance of success (never added to the confirmed), one-off amounts, and
        the annual gain by benefit; the rows themselves: :meth:`to_dataframe`."""
        s = self.summary([])
        conf, pred = s["confirmed"], s["predicted"]
        conv = "weekly gain x 52" if self.convention == "weekly_x52" else "monthly gain x 12"
        from ..io.caseloads import not_cases_sentence

        head = [("Cases", f"{s['cases']:,}", "; ".join(x for x in (str(self.source), not_cases_sentence(s["rows_not_cases"])) if x)),
                ("Projected", f"{s['cases_projected']:,}", s["cases_not_projected"]["in_words"]),
                (f"Confirmed: annual income gain ({conv})", format_pounds(conf["annual_gain_pence"]),
                 f"{conf['cases']:,} cases decided"),
                ("Predicted: annual income gain, weighted by the chance of success",
                 format_pounds(pred["annual_gain_weighted_pence"]),
                 f"{pred['cases']:,} cases not yet decided; unweighted {format_pounds(pred['annual_gain_pence'])}")]
        interval = predicted_interval(s)
        if interval is not None:
            head.append((f"  {interval[2]:.0%} interval of the predicted", f"{format_pounds(interval[0])} to {format_pounds(interval[1])}", ""))
        head += [("Arrears (one-off), confirmed", format_pounds(conf["arrears_pence"]), ""),
                 ("Arrears (one-off), predicted, weighted", format_pounds(pred["arrears_weighted_pence"]), ""),
                 ("Patients gaining LCW or LCWRA", f"{s['health']['patients_gaining_lcw_or_lcwra']:,}", "")]
        cb, pb = conf["annual_gain_by_benefit_pence"], pred["annual_gain_weighted_by_benefit_pence"]
        lines = [("", BENEFIT_NAMES.get(k, k.replace("_", " ")), (format_pounds(cb.get(k, 0)), format_pounds(pb.get(k, 0))), "", "")
                 for k in s["annual_gain_by_benefit_pence"]]
        notes = [*s["rates"]["assumptions"], *s["assumptions"]["in_words"], "One row a case, with every figure: .to_dataframe() (or .to_csv(path)); "
                 "the totals: .summary(); the funders' report: entitlements.write_report(gains, path)."]
        return html_card("Income gain of a caseload", head, lines,
                         lines_caption="Annual income gain by benefit",
                         amount_headers=("Confirmed", "Predicted, weighted"), label_header="Benefit",
                         notes=notes, footer=str(self.rules))

    @property
    def valid(self) -> np.ndarray:
        return self.projection.valid

    @property
    def reasons(self) -> np.ndarray:
        return self.projection.reasons

    # Amounts per case [pence].
    @property
    def knock_ons(self) -> KnockOns:
        """Each case's change in Pension Credit, Housing Benefit and CTR (:mod:`entitlements.gain.pension_age`; below the
        qualifying age Housing Benefit and CTR alone)."""
        return self.projection.knock_ons or KnockOns.none(len(self))

    def _knock_on_total(self, i: int):
        return knock_on_totals(self.projection.knock_ons, self.valid, self.convention)[i]

    @property
    def supplements(self) -> Supplements:
        """A Scottish carer's Carer's Allowance Supplement and Scottish Carer Supplement (:mod:`entitlements.gain._supplements`)."""
        return self.projection.supplements or Supplements.none(len(self))

    @property
    def projected(self) -> np.ndarray:
        return (self.projection.projected_uc + self.projection.line_projected + self._knock_on_total(1)
                + self.supplements.projected)

    @property
    def arrears(self) -> np.ndarray:
        return self.projection.arrears_uc + self.projection.line_arrears + self._knock_on_total(2) + self.supplements.arrears

    @property
    def weekly_total(self) -> np.ndarray:
        return (self.projection.recurring_weekly + self.projection.line_weekly + self._knock_on_total(0)
                + self.supplements.scs_weekly)

    @property
    def ctr_change_not_counted(self) -> np.ndarray:
        """Each projected case whose knock-on leaves out the change in Council
        Tax Reduction on some day, altogether or from a day on (below pension
        age, an English council whose working-age scheme is not shipped, or a
        later year's council tax not shipped:
        :func:`~entitlements.gain.pension_age.ctr_change_not_counted` gives the
        words the one-household working sheet says it in, or, where it is
        counted to a day, its "From DD/MM/YYYY" sentence)."""
        return ctr_not_counted(self.projection.knock_ons, np.asarray(self.projection.valid, bool).reshape(len(self)))

    @property
    def benefit_names(self) -> np.ndarray:
        """The benefit each case's outcome brings in its own right, by name (``LINE_NAMES``), with a Scottish
        carer's from 4 November 2024 named ``carer_support_payment`` (:data:`entitlements.gain._supplements.CSP_FROM`)
        and a Scottish Attendance Allowance award from 22 April 2025 ``pension_age_disability_payment``
        (:data:`~entitlements.gain._supplements.PADP_FROM`)."""
        c = self.cases
        names = _names(LINE_NAMES, c.line_table)
        scottish, start = np.asarray(c.before.scottish, bool), np.maximum(c.effective, c.claim_start)
        csp = carer_support_payment(scottish & (c.kind == KIND["carers_allowance"]), start)
        names = np.where(csp & (names == "carers_allowance"), "carer_support_payment", names)
        padp = pension_age_disability_payment(scottish, start) & (names == "attendance_allowance")
        return np.where(padp, "pension_age_disability_payment", names).astype(object)

    @property
    def annual(self) -> np.ndarray:
        return self.projection.annual

    @property
    def annual_uc(self) -> np.ndarray:
        p = self.projection
        return p.recurring_weekly * 52 if self.convention == "weekly_x52" else p.recurring_monthly * 12

    @property
    def gains_lcw(self) -> np.ndarray:
        k = self.cases.kind
        return self.valid & ((k == KIND["lcw_found"]) | (k == KIND["lcwra_found"]))

    def weighted(self, amount: np.ndarray) -> np.ndarray:
        """``amount`` x each case's probability of success, to the penny."""
        return _weighted(amount, self.prob_num, self.prob_den)

    def rows(self) -> Iterable[dict[str, Any]]:
        """One dict per input row, in input order (money in pence)."""
        p, c = self.projection, self.cases
        day = lambda x: to_date(x).isoformat() if x < NEVER else ""  # noqa: E731
        annual_w = self.weighted(self.annual)
        proj, proj_w = self.projected, self.weighted(self.projected)
        arrears = self.arrears
        for i in range(len(self)):
            ok = bool(p.valid[i])
            out: dict[str, Any] = {"case_id": self.ids[i]}
            for k, v in self.grouping.items():
                out[k] = v[i]
            for k, v in self.kept.items():
                out[k] = v[i]
            out["valid"] = ok
            out["error"] = str(p.reasons[i]) if not ok else ""
            kind = int(c.kind[i])
            out["outcome"] = OUTCOME_KINDS[kind] if kind >= 0 else ""
            out["stage"] = STAGES[int(c.stage[i])] if kind >= 0 else ""
            out["confirmed"] = bool(c.confirmed[i]) if kind >= 0 else ""
            if not ok:
                yield out
                continue
            out.update(self._figures(i, day, annual_w, proj, proj_w, arrears))
            out["rates_assumed"] = self.rates_assumed[i] if self.rates_assumed is not None else ""
            out["facts_assumed"] = self.facts_assumed[i]
            yield out

    def _figures(self, i: int, day, annual_w, proj, proj_w, arrears) -> dict[str, Any]:
        """Row ``i``'s dates and figures (a case that was projected)."""
        p, c = self.projection, self.cases
        ko = p.knock_ons
        return {
            "probability": round(self.prob_num[i] / self.prob_den[i], 4),
            "probability_source": PROB_SOURCES[int(self.prob_source[i])],
            "claim_start": day(c.claim_start[i]),
            "outcome_date": day(c.effective[i]),
            "decision_date": day(c.decided[i]),
            "recurring_from": day(p.recurring_from[i]),
            "uc_monthly_gain_pence": int(p.recurring_monthly[i]),
            "uc_weekly_gain_pence": int(p.recurring_weekly[i]),
            "benefit": self.benefit_names[i],
            "benefit_weekly_pence": int(p.line_weekly[i]),
            "scottish_carer_supplement_weekly_pence": int(self.supplements.scs_weekly[i]),
            **{f"{b}_change_weekly_pence": int(ko.weekly[i, j]) if ko is not None else 0 for j, b in enumerate(KNOCK_ON_BENEFITS)},
            "weekly_gain_pence": int(self.weekly_total[i]),
            "annual_convention": self.convention,
            "annual_gain_pence": int(self.annual[i]),
            "annual_gain_weighted_pence": int(annual_w[i]),
            "projection_start": day(p.projection_start[i]),
            "projection_months": self.horizon_months,
            "projected_uc_pence": int(p.projected_uc[i]),
            "projected_benefit_pence": int(p.line_projected[i]),
            "projected_gain_pence": int(proj[i]),
            "projected_gain_weighted_pence": int(proj_w[i]),
            "arrears_uc_pence": int(p.arrears_uc[i]),
            "arrears_benefit_pence": int(p.line_arrears[i]),
            "projected_carer_supplements_pence": int(self.supplements.projected[i]),
            "arrears_carer_supplements_pence": int(self.supplements.arrears[i]),
            "projected_knock_on_pence": int(ko.projected[i].sum()) if ko is not None else 0,
            "arrears_knock_on_pence": int(ko.arrears[i].sum()) if ko is not None else 0,
            "arrears_pence": int(arrears[i]),
            "lump_sum_pence": int(c.lump_sum[i]),
            "debt_written_off_pence": int(c.debt_written_off[i]),
            "lcwra_protected": bool(p.protected[i]),
            "gains_lcw_or_lcwra": bool(self.gains_lcw[i]),
            "gp_appointments_saved_a_year": self.gp_each if self.gains_lcw[i] else 0,
            "ctr_change_not_counted": bool(self.ctr_change_not_counted[i]),
        }

    def columns(self) -> dict[str, Any]:
        """Per-case gains as columns (:class:`entitlements.io.writers.Column`),
        in input order, the same as :meth:`rows`: the case id, the grouping
        and kept columns, ``valid``, ``error``, ``outcome``, ``stage``,
        ``confirmed``, then each figure (dates, pence, flags), empty where the
        case was not projected, and ``rates_assumed``. With no case
        projected, the figures are left out (as :meth:`rows` has none)."""
        from ..io.writers import Column

        p, c, n = self.projection, self.cases, len(self)
        valid = np.asarray(p.valid, bool).reshape(n)
        invalid = ~valid
        kind = np.asarray(c.kind, np.int64)
        known = kind >= 0
        cols: dict[str, Any] = {"case_id": Column(np.asarray(self.ids, dtype=object))}
        for k, v in (*self.grouping.items(), *self.kept.items()):
            cols[k] = Column(np.asarray(v, dtype=object))
        cols["valid"] = Column(valid)
        reasons = np.asarray(p.reasons, dtype=object)
        cols["error"] = Column(np.where(valid, "", reasons).astype(object))
        cols["outcome"] = Column(_names(OUTCOME_KINDS, kind))
        cols["stage"] = Column(_names(STAGES, np.where(known, c.stage, -1)))
        cols["confirmed"] = Column(np.asarray(c.confirmed, bool), ~known)
        if not valid.any():
            return cols
        figures = self._figure_columns(invalid)
        cols.update(figures)
        assumed = self.rates_assumed if self.rates_assumed is not None else np.full(n, "", dtype=object)
        cols["rates_assumed"] = Column(np.asarray(assumed, dtype=object), invalid)
        cols["facts_assumed"] = Column(self.facts_assumed, invalid)
        return cols

    @property
    def facts_assumed(self) -> np.ndarray:
        """Each case's facts not given that its Housing Benefit or Council Tax
        Reduction took as not met (:attr:`facts_open`), "code: what was
        taken" joined by "; ", as a caseload estimate's ``facts_assumed``
        (:data:`entitlements.benefits.hb_ctr.FACTS_ASSUMED`; "" none)."""
        from ..benefits.hb_ctr import FACTS_ASSUMED

        out = np.full(len(self), "", dtype=object)
        if self.facts_open is None:
            return out
        for j, (code, said) in enumerate(FACTS_ASSUMED.items()):
            text = f"{code}: {said}"
            on = np.asarray(self.facts_open, bool)[:, j] & np.asarray(self.valid, bool).reshape(len(self))
            out = np.where(on, np.where(out == "", text, out + "; " + text), out)
        return out.astype(object)

    def _figure_columns(self, invalid: np.ndarray) -> dict[str, Any]:
        """Each projected case's dates and figures as columns (:meth:`_figures`' names)."""
        from ..io.writers import Column

        p, c, n = self.projection, self.cases, len(self)

        def day(x):  # day numbers as dates; NEVER: no date
            x = np.asarray(x, np.int64)
            return Column(np.where(x < NEVER, x, 0).astype("datetime64[D]"), invalid | (x >= NEVER))

        def pence(x):
            return Column(np.broadcast_to(np.asarray(x, np.int64), (n,)), invalid)

        gains_lcw = np.asarray(self.gains_lcw, bool)
        return {
            "probability": Column(_probabilities(self.prob_num, self.prob_den), invalid),
            "probability_source": Column(_names(PROB_SOURCES, self.prob_source), invalid),
            "claim_start": day(c.claim_start),
            "outcome_date": day(c.effective),
            "decision_date": day(c.decided),
            "recurring_from": day(p.recurring_from),
            "uc_monthly_gain_pence": pence(p.recurring_monthly),
            "uc_weekly_gain_pence": pence(p.recurring_weekly),
            "benefit": Column(self.benefit_names, invalid),
            "benefit_weekly_pence": pence(p.line_weekly),
            "scottish_carer_supplement_weekly_pence": pence(self.supplements.scs_weekly),
            **{f"{b}_change_weekly_pence": pence(self.knock_ons.weekly[:, j]) for j, b in enumerate(KNOCK_ON_BENEFITS)},
            "weekly_gain_pence": pence(self.weekly_total),
            "annual_convention": Column(np.full(n, self.convention, dtype=object), invalid),
            "annual_gain_pence": pence(self.annual),
            "annual_gain_weighted_pence": pence(self.weighted(self.annual)),
            "projection_start": day(p.projection_start),
            "projection_months": pence(np.full(n, self.horizon_months)),
            "projected_uc_pence": pence(p.projected_uc),
            "projected_benefit_pence": pence(p.line_projected),
            "projected_gain_pence": pence(self.projected),
            "projected_gain_weighted_pence": pence(self.weighted(self.projected)),
            "arrears_uc_pence": pence(p.arrears_uc),
            "arrears_benefit_pence": pence(p.line_arrears),
            "projected_carer_supplements_pence": pence(self.supplements.projected),
            "arrears_carer_supplements_pence": pence(self.supplements.arrears),
            "projected_knock_on_pence": pence(self.knock_ons.projected.sum(axis=1)),
            "arrears_knock_on_pence": pence(self.knock_ons.arrears.sum(axis=1)),
            "arrears_pence": pence(self.arrears),
            "lump_sum_pence": pence(c.lump_sum),
            "debt_written_off_pence": pence(c.debt_written_off),
            "lcwra_protected": Column(np.broadcast_to(np.asarray(p.protected, bool), (n,)), invalid),
            "gains_lcw_or_lcwra": Column(gains_lcw, invalid),
            "gp_appointments_saved_a_year": pence(np.where(gains_lcw, self.gp_each, 0)),
            "ctr_change_not_counted": Column(self.ctr_change_not_counted, invalid),
        }

    def to_csv(self, path: str | Path | None = None) -> str | None:
        """Per-case gains as CSV (money in pence, dates ``YYYY-MM-DD``),
        written column by column (:meth:`columns`), every input row kept;
        cells a spreadsheet would run as a formula are neutralised. Returns
        the text when ``path`` is None."""
        from ..io.files import refuse_overwriting

        refuse_overwriting([("caseload", self.path)], [("path", path)])
        return write_columns(self.columns(), path)

    def write(self, path: str | Path) -> None:
        """Per-case gains to ``path``: Parquet for a ``.parquet`` file (needs
        pyarrow), otherwise CSV; written to a temporary name and moved into
        place, never over the caseload file read."""
        from ..io.files import refuse_overwriting

        refuse_overwriting([("caseload", self.path)], [("path", path)])
        if Path(path).suffix.lower() == ".parquet":
            write_parquet(self.columns(), path)
        else:
            self.to_csv(path)

    def to_dataframe(self) -> pandas.DataFrame:
        """Per-case gains as a pandas DataFrame with real dtypes: money as
        nullable ``Int64`` pence and flags as ``boolean`` (``<NA>`` where the
        case was not projected), dates as ``datetime64`` (``NaT``), the
        probability as ``Float64``, ``stage`` and the deprivation deciles as
        ordered categoricals, text as objects. Gains read from a DataFrame
        keep its index, so they join back to its rows (``df.join(...)``).
        Needs pandas (the ``notebook`` extra)."""
        from ..io.frames import DECILES, dataframe, with_index

        frame = dataframe(self.columns(), ordered={"stage": STAGES, "imd_decile": DECILES, "deprivation_decile": DECILES})
        return with_index(frame, self.index)

    def errors(self) -> list[dict[str, Any]]:
        """Rows that could not be projected: row number (1-based), case id, reason."""
        rows = self.row_numbers
        return [{"row": int(rows[i]) if rows is not None else int(i) + 1, "case_id": self.ids[i], "reason": str(self.reasons[i])}
                for i in np.flatnonzero(~self.valid)]

    def summary(self, group_by: Sequence[str] | None = None) -> dict[str, Any]:
        """Totals, the per-case distribution, gains by benefit, by outcome,
        by stage, predicted and confirmed, and by every grouping column (or
        those named), patients gaining LCW or LCWRA and GP appointments saved.
        JSON-ready; money in pence."""
        return summary(self, group_by)


def _names(names: Sequence[str], codes: Any) -> np.ndarray:
    """Codes as their names, as text ("" for -1: none)."""
    return np.array([*names, ""], dtype=object)[np.asarray(codes, np.int64)]


def _probabilities(num: Any, den: Any) -> np.ndarray:
    """Each case's chance of success to 4 places, as :meth:`CaseloadGains.rows`
    gives it, worked out once a distinct fraction."""
    pairs = np.stack([np.asarray(num, np.int64), np.asarray(den, np.int64)], axis=1).reshape(-1, 2)
    distinct, inverse = np.unique(pairs, axis=0, return_inverse=True)
    values = np.array([float(round(np.int64(a) / np.int64(b), 4)) if b else np.nan for a, b in distinct], np.float64)
    return values[inverse.reshape(-1)]


#: Benefits as people name them (the summary's keys are codes).
BENEFIT_NAMES = {"uc": "Universal Credit", "pension_credit": "Pension Credit", "pip": "PIP", "dla": "DLA", "carers_allowance": "Carer's Allowance",
                 "carer_support_payment": "Carer Support Payment (Scotland)",
                 "carers_allowance_supplement": "Carer's Allowance Supplement (Scotland)",
                 "scottish_carer_supplement": "Scottish Carer Supplement",
                 "child_benefit": "Child Benefit", "attendance_allowance": "Attendance Allowance",
                 "pension_age_disability_payment": "Pension Age Disability Payment (Scotland)", "other": "Other benefits",
                 "housing_benefit": "Housing Benefit", "council_tax_reduction": "Council Tax Reduction",
                 "council_tax": "Council tax (band or discount corrected)"}


def predicted_interval(s: Mapping[str, Any]) -> tuple[int, int, float] | None:
    """The interval of the predicted cases' annual gain [pence] and its level,
    from a summary's ``uncertainty`` (None where the summary has none, or no
    case is uncertain). The uncertainty is of the whole weighted total, in
    which confirmed cases count in full and without doubt, so the predicted
    part's interval is the total's less the confirmed gain."""
    u = s.get("uncertainty")
    if not u or u.get("method") in (None, "none") or "annual_gain" in u and u["annual_gain"].get("lower_pence") is None:
        return None
    conf = s["confirmed"]["annual_gain_pence"]
    a = u["annual_gain"]
    return int(a["lower_pence"]) - conf, int(a["upper_pence"]) - conf, float(u.get("level", 0.9))




@overload
def caseload_gains(
    source: Sequence[Mapping[str, Any]] | Sequence[Scenario],
    *,
    horizon_months: int = 12,
    convention: str = "weekly_x52",
    projection_from: str = "decision",
    tables: Tables | None = None,
    hold_rates_until: dt.date | None = None,
    id_field: str = "case_id",
    keep: Sequence[str] = (),
    rates_after: RatesPolicy | str | None = None,
    as_of: dt.date | None = None,
    sheet: str | None = None,
) -> CaseloadGains: ...


@overload
def caseload_gains(
    source: object,
    *,
    horizon_months: int = 12,
    convention: str = "weekly_x52",
    projection_from: str = "decision",
    tables: Tables | None = None,
    hold_rates_until: dt.date | None = None,
    id_field: str = "case_id",
    keep: Sequence[str] = (),
    rates_after: RatesPolicy | str | None = None,
    as_of: dt.date | None = None,
    sheet: str | None = None,
) -> CaseloadGains | dask.dataframe.DataFrame: ...


def caseload_gains(
    source: object,
    *,
    horizon_months: int = 12,
    convention: str = "weekly_x52",
    projection_from: str = "decision",
    tables: Tables | None = None,
    hold_rates_until: dt.date | None = None,
    id_field: str = "case_id",
    keep: Sequence[str] = (),
    rates_after: RatesPolicy | str | None = None,
    as_of: dt.date | None = None,
    sheet: str | None = None,
    _refused: Mapping[int, str] | None = None,
    _row_offset: int = 0,
) -> CaseloadGains | dask.dataframe.DataFrame:
    """Gains for every case of a caseload: a CSV path (or an Excel
    workbook's, ``.xlsx``: ``sheet`` names its worksheet, default the first
    visible one), a pandas DataFrame, records (mappings), or a list of
    single-outcome :class:`~entitlements.gain.outcomes.Scenario`.

    The figures are those :func:`entitlements.gain.household.income_gain`
    gives for each case on its own, worked out for the whole caseload
    together (see :mod:`entitlements.gain._projection`), under the same
    rates policy ``rates_after`` (``"hold"`` by default): each case says in
    ``rates_assumed`` what its rates rest on, and the summary lists the
    tables. ``hold_rates_until`` is deprecated. ``as_of`` (the day the work
    is done; None, the default: not checked) and the rule tables bound the
    dates as for one household (:mod:`entitlements.gain.plausibility`): a
    case that fails is an error row with the same words, naming its column.

    A caseload too large for memory, as a Dask DataFrame or Parquet files (a
    path, a directory, a glob or a list), is projected one partition at a
    time: the result is then a Dask DataFrame with the columns and dtypes of
    :meth:`CaseloadGains.to_dataframe` (needs the ``distributed`` extra; for
    the summary too, see :func:`entitlements.gain.partitions.gains_partitioned`).

    >>> import datetime as dt
    >>> rows = [{"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
    ...          "outcome_date": "2025-01-10", "decision_date": "2025-07-20", "confirmed": "yes", "practice": "P1"},
    ...         {"case_id": "b", "adult1_age": "-3", "claim_start": "2025-01-10", "outcome": "lcwra_found",
    ...          "outcome_date": "2025-01-10", "practice": "P2"}]
    >>> g = caseload_gains(rows)
    >>> g.annual.tolist(), g.valid.tolist()
    ([507936, 0], [True, False])
    """
    from ..partitions import is_partitioned

    if is_partitioned(source):
        if sheet is not None:
            raise InputError("sheet", sheet, "None for a caseload in partitions (a sheet is a workbook's)")
        from .partitions import gains_partitioned

        return gains_partitioned(source, horizon_months=horizon_months, convention=convention, projection_from=projection_from,
                                 tables=tables, hold_rates_until=hold_rates_until, id_field=id_field, keep=keep,
                                 rates_after=rates_after, as_of=as_of).frame
    _refuse_options(convention, projection_from, horizon_months)
    limits = bounds(as_of, tables_or_default(tables))
    tables = policy_tables(tables, rates_after, hold_rates_until)
    read = read_cases(source, id_field=id_field, keep=keep, sheet=sheet)
    cases, ids, grouping, label = refuse_cases(read.cases, limits), read.ids, read.grouping, read.label
    # One outcome counted once, of those that can be (``_row_offset``, ``_refused``: a part of a caseload in
    # partitions, its rows numbered on from the parts before it, and its rows that repeat a row of another part).
    checked = np.asarray(cases.valid, bool).copy()
    cases = refuse_repeats(cases, ids, np.asarray(read.rows) + _row_offset, read.repeats)
    if _refused:
        cases = _refuse_rows(cases, checked, _refused)
    proj = _projection.project(cases, horizon=horizon_months, projection_from=projection_from, convention=convention, tables=tables)
    num, den, src = probabilities(cases, tables)
    gp_each, gp_source = gp_appointments_saved_a_year(tables)
    n = len(cases)
    assumptions, assumed = _assumed(proj, tables, cases)
    return CaseloadGains(
        ids=np.array(ids, dtype=object).reshape(n),
        grouping={k: np.array(v, dtype=object).reshape(n) for k, v in grouping.items()},
        cases=cases,
        projection=proj,
        prob_num=num,
        prob_den=den,
        prob_source=src,
        gp_each=gp_each,
        gp_source=gp_source,
        convention=convention,
        horizon_months=horizon_months,
        projection_from=projection_from,
        rules=tables.version,
        source=label,
        kept={k: np.array(v, dtype=object).reshape(n) for k, v in read.kept.items()},
        row_numbers=None if np.array_equal(read.rows, np.arange(1, n + 1)) else np.asarray(read.rows),
        rates_policy=str(tables.policy or "strict"),
        assumptions=assumptions,
        rates_assumed=assumed,
        path=Path(source) if isinstance(source, (str, Path)) else None,
        index=source.index if hasattr(source, "columns") and hasattr(source, "dtypes") else None,
        id_given=None if read.given is None else np.asarray(read.given, bool).reshape(n),
        facts_open=_facts_open(cases, proj, tables),
        encoding=read.encoding,
    )


def _refuse_options(convention: str, projection_from: str, horizon_months: int) -> None:
    """The options of :func:`caseload_gains` checked, each in one line naming it."""
    if convention not in CONVENTIONS:
        raise InputError("convention", convention, "one of " + ", ".join(CONVENTIONS))
    if projection_from not in PROJECTION_STARTS:
        raise InputError("projection_from", projection_from, "one of " + ", ".join(PROJECTION_STARTS))
    if isinstance(horizon_months, bool) or not isinstance(horizon_months, int) or not 1 <= horizon_months <= 120:
        raise InputError("horizon_months", horizon_months, "a whole number from 1 to 120")


def _refuse_rows(cases: Cases, checked: np.ndarray, refused: Mapping[int, str]) -> Cases:
    """``cases`` with each row of ``refused`` (position: reason) that passed
    every other check (``checked``) made an error row with that reason: the
    rows of a part of a caseload in partitions that repeat, or are the same
    outcome as, a row of another part (:mod:`entitlements.gain.partitions`)."""
    import attrs

    valid, reasons = np.array(cases.valid, copy=True), np.array(cases.reasons, copy=True)
    for i, why in refused.items():
        if checked[i]:
            valid[i], reasons[i] = False, why
    return attrs.evolve(cases, valid=valid, reasons=reasons)


def _facts_open(cases: Cases, proj, tables: Tables) -> np.ndarray | None:
    """Each projected case whose gain counts Housing Benefit or Council Tax
    Reduction (an ``hb_awarded`` or ``ctr_awarded`` outcome, or a knock-on
    on either) and whose household before the outcome leaves open a fact
    they turn on, taken as not met
    (:func:`entitlements.benefits.hb_ctr.facts_left_open`): worked out on
    the day the outcome takes effect (or the claim starts, if later), as a
    one-household estimate's caveats say it. ``(n, 2)`` bool, a column a
    code of :data:`~entitlements.benefits.hb_ctr.FACTS_ASSUMED`; None where
    no case can have one (the engine is called only for cases with an
    earner whose hours are not given, or childcare charges)."""
    from ..benefits.household_total import calculate
    from ..columns import select
    from ..errors import EntitlementsError
    from .outcomes import HB_CTR_KINDS

    n = len(cases)
    valid = np.asarray(proj.valid, bool).reshape(n)
    ko = proj.knock_ons
    counted = np.isin(cases.kind, [KIND[k] for k in HB_CTR_KINDS])
    if ko is not None:
        hb_ctr = [KNOCK_ON_BENEFITS.index("housing_benefit"), KNOCK_ON_BENEFITS.index("council_tax_reduction")]
        counted = counted | np.any(np.concatenate([ko.weekly[:, hb_ctr], ko.projected[:, hb_ctr], ko.arrears[:, hb_ctr]],
                                                  axis=1) != 0, axis=1)
    b = cases.before
    open_facts = np.asarray(b.childcare_costs_monthly) > 0
    for a in (b.adult1, b.adult2):
        earns = (np.asarray(a.monthly_earnings) > 0) | (np.asarray(a.gross_monthly_earnings) > 0)
        open_facts = open_facts | (np.asarray(a.present, bool) & earns & (np.asarray(a.work_hours_weekly) < 0))
    rows = np.flatnonzero(valid & counted & np.broadcast_to(open_facts, (n,)))
    if not rows.size:
        return None
    day = np.maximum(np.asarray(cases.effective)[rows], np.asarray(cases.claim_start)[rows]).astype("datetime64[D]")
    out = np.zeros((n, 2), bool)
    try:
        hh = calculate(select(b, rows), on=day, tables=tables)
    except EntitlementsError:  # the projection valued these cases; a refusal here leaves them unflagged
        return None
    out[rows, 0] = np.asarray(hh.hours_not_given, bool)
    out[rows, 1] = np.asarray(hh.childcare_conditions_open, bool)
    return out


def _bill_held(proj: _projection.Projection, cases: Cases):
    """Each case's days on which the council tax figure from its bill is held
    past its year (:mod:`entitlements.gain.bill_figures`): cases whose
    knock-on was worked out, with the figure before or after the outcome."""
    ko = proj.knock_ons
    n = proj.valid.shape[0]
    if ko is None or ko.counted_to is None:
        return np.full(n, NEVER, np.int64), np.full(n, -NEVER, np.int64)
    gives = _gives_bill(cases.before, np.arange(n))
    if cases.after is not None:
        has = cases.after_row >= 0
        gives[has] |= _gives_bill(cases.after, cases.after_row[has])
    return held_days(ko.read_from, ko.counted_to, gives)


def _gives_bill(cols, rows) -> np.ndarray:
    """Whether households ``rows`` of ``cols`` give a council tax figure from the bill."""
    h = cols.housing
    n = np.shape(cols.couple)[0] if np.ndim(cols.couple) else 1
    pick = lambda a: np.broadcast_to(np.asarray(a), (n,))[rows]  # noqa: E731
    return (pick(h.council_tax_band_d) >= 0) | (pick(h.council_tax_band_charge) >= 0)


def _assumed(proj: _projection.Projection, tables: Tables, cases: Cases):
    """The rates a caseload's projection assumed: the tables and dates
    (read by the valid cases) and, per case, what its rates rest on."""
    sp, valid = proj.spans, proj.valid
    spans = {}
    for tid in sp.tables():
        lo, hi = sp.days_for(tid)
        lo, hi = lo[valid], hi[valid]
        if lo.size and lo.min() <= hi.max():
            spans[tid] = (to_date(lo.min()), to_date(hi.max()))
    from ..benefits.lha import brma_names, default_lha_schedule

    named = valid & (sp.named_area >= 0)
    areas = {}
    if named.any():
        nation_of = np.array([default_lha_schedule().brma(b).nation for b in brma_names()], dtype=object)
        nation = nation_of[np.where(named, sp.named_area, 0)]
        for nat in sorted(set(nation[named].tolist())):
            rows = named & (nation == nat)
            areas[nat] = (rows, (to_date(sp.s_lo[rows].min()), to_date(sp.s_hi[rows].max())))
    bill_lo, bill_hi = _bill_held(proj, cases)
    assumptions = (assumptions_from_spans(tables, spans) + lha_assumptions(tables, {k: v[1] for k, v in areas.items()})
                   + bill_assumptions(np.where(valid, bill_lo, NEVER), np.where(valid, bill_hi, -NEVER)))

    def last_day(tid: str):
        if tid == BILL_TABLE:
            return bill_hi
        if tid.startswith("lha."):
            rows = areas.get(tid.split(".")[1].split(" ")[0].rsplit("_", 1)[0], (None,))[0]
            return np.where(rows, sp.s_hi, -NEVER) if rows is not None else np.full(valid.shape, -NEVER)
        return sp.days_for(tid)[1]

    return assumptions, rates_assumed(assumptions, last_day, valid)
