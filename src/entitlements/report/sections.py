"""What the funders' report says: its header, headline, sections, tables and notes.

:func:`report_context` turns a caseload's gains and summary into what the
templates (``report/templates/``, rendered by :mod:`entitlements.report.render`)
lay out: the title, the reporting period, the date the report was made, the
rules version, the "estimates" caveat, a headline that keeps confirmed gains
and predicted ones (weighted by their chance of success, with the interval)
apart, and the sections (by benefit, over time by month of decision, the
distribution, per practice, per deprivation decile, by every other grouping
column, by outcome and stage), each a :class:`ReportTable` and perhaps a chart.
Every figure comes from :meth:`~entitlements.gain.caseload.CaseloadGains.summary`;
a figure about fewer than :data:`MIN_GROUP` cases is suppressed; no case's
own details are ever shown. :func:`parts` is the older flat form.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..caseload import FAILURE_KINDS, failure_kind
from ..gain.caseload import CaseloadGains, predicted_interval
from ..gain.pension_age import KNOCK_ON_BENEFITS, ctr_change_not_counted
from ..gain.summary import NO_DECISION_DATE
from .charts import OUTCOME_LABELS, benefit_label, report_charts
from .disclosure import MIN_GROUP, MIN_PERCENTILE_GROUP, MIN_TAIL_GROUP, benefit_cells, percentiles_shown, suppressed_cells

__all__ = ["report_context", "ReportTable", "Section", "parts", "pounds", "MIN_GROUP", "SUPPRESSED", "CAVEAT", "NOT_SHOWN",
           "suppressed_cells",
           "GROUP_LABELS", "group_label", "cases_projected", "rates_sentence", "repeated_ids_sentence",
           "not_counted_sentence", "facts_assumed_sentence"]

# MIN_GROUP (re-exported): the fewest cases a figure in the report may be
# about: smaller groups are suppressed, as NHS and ONS disclosure practice requires.
#: What a suppressed figure shows.
SUPPRESSED = "fewer than 5"
#: What a figure hidden so that a suppressed one cannot be worked out from
#: the total shows (secondary suppression).
NOT_SHOWN = "not shown"

#: What every report says first about its figures.
CAVEAT = ("These figures are estimates. They are worked out from what was recorded for each case, with the rules "
          "in force for each period; they are not decisions of the DWP or a council, and a predicted gain may not "
          "be won. Predicted gains are never added to confirmed ones: they are shown apart, weighted by their chance of success.")

#: Grouping columns as a reader names them.
GROUP_LABELS = {
    "practice": "GP practice", "pcn": "Primary care network", "icb": "Integrated care board",
    "local_authority": "Local authority", "ward": "Ward", "service": "Service", "adviser": "Adviser",
    "referral_source": "Referred by", "imd_decile": "Deprivation decile (IMD)", "deprivation_decile": "Deprivation decile",
    "core20": "Core20 (the most deprived 20% of areas)", "interpreter_needed": "Interpreter needed",
    "ethnicity": "Ethnicity", "sex": "Sex", "age_band": "Age band", "month": "Month",
}
_DECILES = ("imd_decile", "deprivation_decile")
_YES_NO = {"yes": "Yes", "no": "No", "true": "Yes", "false": "No", "y": "Yes", "n": "No", "1": "Yes", "0": "No"}


def group_label(column: str) -> str:
    """A grouping column's name as a reader says it ("Deprivation decile (IMD)", not "Imd decile")."""
    return GROUP_LABELS.get(column, column.replace("_", " ").capitalize())


def _value_label(column: str, value: str) -> str:
    if column in _DECILES:
        return {"1": "1 (most deprived)", "10": "10 (least deprived)"}.get(value, value)
    if column in ("core20", "interpreter_needed"):
        return _YES_NO.get(value.strip().lower(), value)
    return value


def pounds(p: int) -> str:
    """Pence as whole pounds for a report: ``£1,235`` (half up)."""
    return ("-" if p < 0 else "") + f"£{(abs(int(p)) + 50) // 100:,}"


@attrs.frozen
class ReportTable:
    """A table of the report: its header, its rows (text), and which columns are figures."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def numeric(self) -> tuple[bool, ...]:
        return tuple(i > 0 and all(r[i][:1] in "£-0123456789" or r[i] == "" or r[i].startswith((SUPPRESSED, NOT_SHOWN)) for r in self.rows)
                     for i in range(len(self.header)))


@attrs.frozen
class Section:
    """A section of the report: a heading, a sentence, a table and perhaps a chart."""

    heading: str
    table: ReportTable
    intro: str = ""
    chart: Any = None  # entitlements.report.charts.Chart


def _n(k: int) -> str:
    return f"{k:,}"


def _cell(cases: int, text: str) -> str:
    """A figure about ``cases`` cases: itself, or "fewer than 5"."""
    return SUPPRESSED if 0 < cases < MIN_GROUP else text


#: A group table's columns after the label: (the summary's count that decides
#: suppression, how the cell shows).
_GROUP_COLUMNS = (
    ("cases", lambda b: _n(b["cases"])),
    ("cases_with_a_gain", lambda b: _n(b["cases_with_a_gain"])),
    ("confirmed_cases", lambda b: pounds(b["confirmed_annual_gain_pence"])),
    ("predicted_cases", lambda b: pounds(b["predicted_annual_gain_weighted_pence"])),
)


def _group_hidden(groups: dict[str, dict[str, Any]]) -> tuple[set[int], list[set[int]], list[set[int]]]:
    """One table's groups: those of 1-4 cases (hidden whole), and for each
    of :data:`_GROUP_COLUMNS` the cells hidden first (primary) and in all
    (with the next-smallest, :func:`suppressed_cells`)."""
    blocks = list(groups.values())
    small = {i for i, b in enumerate(blocks) if 0 < b["cases"] < MIN_GROUP}
    sizes = [b["cases"] for b in blocks]
    # With a gain: 1-4 cases without one (the cases less those with) is a group of fewer than 5 too.
    few_without = {i for i, b in enumerate(blocks) if 0 < b["cases"] - b["cases_with_a_gain"] < MIN_GROUP}
    primary = [small | (few_without if count == "cases_with_a_gain" else set())
               | {i for i, b in enumerate(blocks) if 0 < b[count] < MIN_GROUP} for count, _show in _GROUP_COLUMNS]
    hide = [suppressed_cells([b[count] for b in blocks], primary[j], sizes) for j, (count, _show) in enumerate(_GROUP_COLUMNS)]
    return small, primary, hide


def linked_hidden(tables: dict[str, dict[str, dict[str, Any]]], nesting: dict[str, dict[str, dict[str, str]]]
                  ) -> dict[str, list[set[int]]]:
    """The cells hidden in each grouping column's table (``tables``: column
    -> its groups), each table's own choice (:func:`_group_hidden`) widened
    where one column nests in another (``nesting``, the summary's
    ``group_nesting``: practices in a PCN, deciles 1 and 2 in Core20): a
    group of the coarser table is the sum of its groups of the finer, so
    within a group shown, no one of its groups is hidden alone (the next-
    smallest beside it is hidden too, or, with none shown, the group
    itself), and a group hidden has one of its groups hidden; and each table
    again hides a second cell where one is hidden. Repeated until nothing
    changes (it only ever hides more)."""
    from ..suppression import widen_nested

    keys = {c: list(g) for c, g in tables.items()}
    own = {c: _group_hidden(g)[2] for c, g in tables.items()}
    sizes = {c: [b["cases"] for b in g.values()] for c, g in tables.items()}
    out: dict[str, list[set[int]]] = {c: [] for c in tables}
    for j, (count, _show) in enumerate(_GROUP_COLUMNS):
        wide = widen_nested({c: [b[count] for b in g.values()] for c, g in tables.items()}, sizes,
                            {c: own[c][j] for c in tables}, nesting, keys)
        for c in tables:
            out[c].append(wide[c])
    return out


def _group_rows(groups: dict[str, dict[str, Any]], label=lambda k: k, hidden: list[set[int]] | None = None
                ) -> tuple[tuple[str, ...], ...]:
    """A row a group: cases, with a gain, confirmed annual gain, predicted
    (weighted). A group of 1-4 cases shows none of its figures, and a cell
    about 1-4 cases says so (:data:`SUPPRESSED`), as does the count with a
    gain where 1-4 cases of the group have none (the group's cases less it); in each column where that
    leaves exactly one figure hidden, the next-smallest is hidden too
    (:data:`NOT_SHOWN`, :func:`suppressed_cells`), so that no hidden figure
    is the headline's total less the rows shown."""
    small, primary, hide = _group_hidden(groups)
    if hidden is not None:  # the cells hidden with the other tables known (:func:`linked_hidden`)
        hide = hidden
    rows = []
    for i, (k, b) in enumerate(groups.items()):
        if i in small:
            rows.append((label(k), SUPPRESSED) + ("",) * (len(_GROUP_COLUMNS) - 1))
            continue
        rows.append((label(k),) + tuple(
            (SUPPRESSED if 0 < b[count] < MIN_GROUP else NOT_SHOWN) if i in hide[j] else show(b)
            for j, (count, show) in enumerate(_GROUP_COLUMNS)))
    return tuple(rows)


_GROUP_HEADER = ("Cases", "With a gain", "Confirmed annual gain", "Predicted annual gain, weighted")


def cases_projected(s: dict[str, Any]) -> str:
    """The headline's count: how many cases were projected, how many could
    not be, and why, in words (no case is dropped without a word)."""
    total = s["cases"]
    # A caseload of 1-4 cases is itself a group of fewer than 5. (A larger one's
    # count projected is its rows less those that could not be, which are
    # data quality and shown.)
    out = f"{SUPPRESSED} in all" if 0 < total < MIN_GROUP else f"{_projected_count(s)} of {total:,}"
    miss = s["cases_not_projected"]
    if miss["count"] and 0 < s["cases_projected"] < MIN_GROUP <= total:
        # 1-4 projected: the count not projected would be the total less them, so the reasons go without counts.
        why = ", ".join(f"because {FAILURE_KINDS[k]}" for k, _n in sorted(miss["by_reason"].items(), key=lambda kv: -kv[1]))
        out += f" (the others could not be: {why}; by reason at the end)"
    elif miss["count"]:
        # Counts of input rows by what was wrong with them (data quality, not
        # figures about people): small counts hidden, no secondary suppression.
        why = ", ".join(f"{n:,} because {FAILURE_KINDS[k]}" if n >= MIN_GROUP else f"{SUPPRESSED} because {FAILURE_KINDS[k]}"
                        for k, n in sorted(miss["by_reason"].items(), key=lambda kv: -kv[1]))
        out += f" ({miss['count']:,} could not be: {why}; counted by reason at the end)"
    return out


def _projected_count(s: dict[str, Any]) -> str:
    """How many cases were projected: 1-4 as "fewer than 5" (a group of
    fewer than 5 itself, whose outcomes the headline hides)."""
    n = s["cases_projected"]
    return SUPPRESSED if 0 < n < MIN_GROUP else f"{n:,}"


def repeated_ids_sentence(s: dict[str, Any]) -> str:
    """What a case is, and how many case ids are on more than one row (a
    count of rows, not of people: never the ids). "" for an older summary
    without the count."""
    r = s.get("repeated_case_ids")
    if r is None:
        return ""
    if not r["ids"]:
        return "A case is a row of the caseload; no case id is on more than one row."
    ids = f"{r['ids']:,} case id{'s' if r['ids'] != 1 else ''}"
    return (f"A case is a row of the caseload, not a person: {ids} appear{'s' if r['ids'] == 1 else ''} on more than one "
            f"row ({r['rows']:,} rows), as a client with two outcomes does, and each row is counted, the same outcome once "
            "(a row repeated, or an award revised at a later stage, is a row not projected).")


def rates_sentence(s: dict[str, Any]) -> str:
    """The sentence under the headline on the rates assumed (empty when
    none was): how many cases, under which policy, from when."""
    r = s["rates"]
    n = r["cases_with_assumed_rates"]
    if not n:
        return ""
    return (f"{n:,} of the {s['cases_projected']:,} cases projected run past the rates the rules hold: "
            + " ".join(r["assumptions"]))


def not_counted_sentence(s: dict[str, Any]) -> str:
    """The sentence under the headline on the cases whose change in Council
    Tax Reduction is not counted (empty when none is, or for an older
    summary without the count): how many (1 to 4 as fewer than 5), and the
    words each such case gives (:func:`~entitlements.gain.pension_age.ctr_change_not_counted`)."""
    n = s.get("ctr_change_not_counted", 0)
    if not n:
        return ""
    many = SUPPRESSED.capitalize() if n < MIN_GROUP else f"{n:,}"
    return (f"{many} of the cases projected (below pension age, in England) leave out a change in Council Tax "
            f"Reduction, and their gains may be over- or understated by it: {ctr_change_not_counted()} Each such case is "
            "marked in its ctr_change_not_counted column.")


def facts_assumed_sentence(s: dict[str, Any]) -> str:
    """The sentence under the headline on the cases whose Housing Benefit or
    Council Tax Reduction rests on a fact not given, taken as not met (empty
    when none does, or for an older summary without the count): how many (1
    to 4 as fewer than 5), and which facts (since 2026-12-07)."""
    f = s.get("facts_assumed") or {}
    n = f.get("cases", 0)
    if not n:
        return ""
    many = SUPPRESSED.capitalize() if n < MIN_GROUP else f"{n:,}"
    which = [w for k, w in (("hours_not_given", "an earner's hours of work (work_hours_weekly), so the £17.10 additional "
                                                "earnings disregard was not applied"),
                            ("childcare_conditions_open", "at pension age, the conditions of the childcare charges "
                                                          "taken off the earnings"))
             if f.get(k)]
    return (f"{many} of the cases projected value Housing Benefit or Council Tax Reduction on facts not given, taken "
            f"as not met ({'; '.join(which)}): their gains may be understated. Give the facts to settle them.")


def _headline_counts(confirmed: int, predicted: int) -> tuple[str, str]:
    """The headline's counts of confirmed and predicted cases: a count of 1-4
    is a group of fewer than 5 (:data:`SUPPRESSED`), and as the two add up to
    the cases projected, which the report states, the other is then hidden
    too (:data:`NOT_SHOWN`), unless it is nil."""
    small = [0 < k < MIN_GROUP for k in (confirmed, predicted)]
    if not any(small):
        return _n(confirmed), _n(predicted)
    return tuple(SUPPRESSED if is_small else (NOT_SHOWN if k else _n(k))
                 for k, is_small in zip((confirmed, predicted), small))  # type: ignore[return-value]


def _headline(g: CaseloadGains, s: dict[str, Any]) -> ReportTable:
    """Confirmed and predicted side by side, never added: the predicted weighted by the chance of success."""
    c, p = s["confirmed"], s["predicted"]
    conv = "weekly gain x 52" if g.convention == "weekly_x52" else "monthly gain x 12"
    gp = s["health"]["per_patient"]
    lcw, p_lcw = c["patients_gaining_lcw_or_lcwra"], p["patients_gaining_lcw_or_lcwra"]

    def row(label: str, conf: str, pred: str) -> tuple[str, str, str]:
        return (label, _cell(c["cases"], conf), _cell(p["cases"], pred))

    def one_off(label: str, what: str, conf: str, pred: str) -> tuple[str, str, str]:
        # A one-off figure made by 1-4 cases (the rest nil) is those cases' own: hidden (older summaries: by block).
        def made_by(b: dict[str, Any]) -> int:
            return b.get(f"cases_with_{what}", b["cases"])

        return (label, _cell(c["cases"], _cell(made_by(c), pounds(c[conf]))),
                _cell(p["cases"], _cell(made_by(p), pounds(p[pred]))))

    def lcw_cell(text: str) -> str:
        # Where the confirmed count is hidden (the predicted being 1-4), the confirmed patients gaining LCW or
        # LCWRA, a part of it (often all of it), would bound it, and with it the predicted: hidden too.
        if 0 < lcw < MIN_GROUP:
            return SUPPRESSED
        return NOT_SHOWN if lcw and 0 < p["cases"] < MIN_GROUP else text

    interval = predicted_interval(s)
    rows = [
        ("Cases",) + _headline_counts(c["cases"], p["cases"]),
        row(f"Annual income gain ({conv})", pounds(c["annual_gain_pence"]), pounds(p["annual_gain_weighted_pence"])),
    ]
    if interval is not None:
        rows.append(row(f"  {round(interval[2] * 100)}% interval", "", f"{pounds(interval[0])} to {pounds(interval[1])}"))
    rows += [
        row(f"Projected gain over the next {g.horizon_months} months", pounds(c["projected_gain_pence"]),
            pounds(p["projected_gain_weighted_pence"])),
        one_off("Arrears (one-off)", "arrears", "arrears_pence", "arrears_weighted_pence"),
        one_off("Lump sums (one-off)", "lump_sum", "lump_sum_pence", "lump_sum_weighted_pence"),
        one_off("Debts written off", "debt_written_off", "debt_written_off_pence", "debt_written_off_weighted_pence"),
        # A count of 1-4 patients is a group of fewer than 5 itself (and the appointments are 8 x it).
        # The predicted, weighted, is about as many cases as the predicted count (unweighted): 1-4 hidden too.
        row("Patients gaining LCW or LCWRA", lcw_cell(_n(lcw)),
            _cell(p_lcw, f"{p['patients_gaining_lcw_or_lcwra_weighted']:,.1f}")),
        row("GP appointments saved a year", lcw_cell(_n(lcw * gp)),
            _cell(p_lcw, f"{p['patients_gaining_lcw_or_lcwra_weighted'] * gp:,.0f}")),
    ]
    return ReportTable(("", "Confirmed", "Predicted, weighted by the chance of success"), tuple(rows))


def _month_label(key: str) -> str:
    if key == NO_DECISION_DATE:
        return "No decision date"
    return dt.date(int(key[:4]), int(key[5:7]), 1).strftime("%b %Y")


def _sections(g: CaseloadGains, s: dict[str, Any]) -> list[Section]:
    charts = {c.name: c for c in report_charts(g, s)}
    conf_b, pred_b = s["confirmed"]["annual_gain_by_benefit_pence"], s["predicted"]["annual_gain_weighted_by_benefit_pence"]
    c_n, p_n = s["confirmed"]["cases"], s["predicted"]["cases"]
    # A benefit's figure about 1-4 cases is hidden, and where that is one in a column, the next-smallest too
    # (the chart hides the same).
    keys, n_c, n_p, hide_c, hide_p = benefit_cells(s)

    def benefit_cell(total: int, n: list[int], hide: set[int], i: int, amount: int) -> str:
        if 0 < total < MIN_GROUP:
            return SUPPRESSED
        if i in hide:
            return SUPPRESSED if 0 < n[i] < MIN_GROUP else NOT_SHOWN
        return pounds(amount)

    by_benefit = tuple((benefit_label(k), benefit_cell(c_n, n_c, hide_c, i, conf_b.get(k, 0)),
                        benefit_cell(p_n, n_p, hide_p, i, pred_b.get(k, 0))) for i, k in enumerate(keys))
    out = [Section("Gains by benefit", ReportTable(("Benefit", "Confirmed annual gain", "Predicted annual gain, weighted"),
                                                   by_benefit),
                   intro=_by_benefit_intro(keys, by_benefit), chart=charts.get("gains_by_benefit"))]
    months = s.get("by_month_of_decision", {})
    if months:
        out.append(Section("Gains over time, by month of decision", ReportTable(("Month of decision",) + _GROUP_HEADER,
                           _group_rows(months, _month_label)),
                           intro="The annual gain of the cases decided (or expected to be decided) in each month.",
                           chart=charts.get("by_month")))
    if s.get("distribution_of_annual_gain") and s["cases_projected"] >= MIN_GROUP:
        # Percentiles and the mean only (the lowest and highest are one person's figures), each from enough cases.
        d, shown = s["distribution_of_annual_gain"], percentiles_shown(s["cases_projected"])
        # The mean is over confirmed and predicted alike: times the cases projected, less the one total shown, it
        # would be the other's, hidden where 1 to 4 cases (confirmed or predicted) make it.
        mean_hidden = any(0 < s[k]["cases"] < MIN_GROUP for k in ("confirmed", "predicted"))

        def dist_cell(k: str) -> str:
            if k == "mean_pence" and mean_hidden:
                return f"not shown (fewer than {MIN_GROUP} confirmed or predicted)"
            if shown[k]:
                return pounds(d[k])
            return f"not shown (fewer than {MIN_TAIL_GROUP if k in ('p10_pence', 'p90_pence') else MIN_PERCENTILE_GROUP})"

        out.append(Section("Distribution of the annual gain per case", ReportTable(
            ("10%", "25%", "Median", "75%", "90%", "Mean"),
            (tuple(dist_cell(k) for k in ("p10_pence", "p25_pence", "median_pence", "p75_pence", "p90_pence", "mean_pence")),)),
            intro="Each case's annual gain if its outcome is won (confirmed and predicted cases alike, unweighted). "
                  f"The median and quartiles are shown from {MIN_PERCENTILE_GROUP} cases, the 10% and 90% points "
                  f"from {MIN_TAIL_GROUP}: with fewer, each is close to one person's own figure.",
            chart=charts.get("distribution")))
    groups = s["by_group"]
    hidden = linked_hidden(groups, s.get("group_nesting", {}))
    order = [k for k in ("practice", *_DECILES) if k in groups] + [k for k in groups if k not in ("practice", *_DECILES)]
    for col in order:
        label = group_label(col)
        intro = "1 is the most deprived tenth of areas in England (Index of Multiple Deprivation)." if col in _DECILES else ""
        out.append(Section(f"By {label[0].lower() + label[1:] if not label.startswith(('GP', 'IMD', 'Core20')) else label}",
                           ReportTable((label,) + _GROUP_HEADER, _group_rows(groups[col], lambda k, c=col: _value_label(c, k), hidden[col])),
                           intro=intro, chart=charts.get("by_decile") if col in _DECILES else None))
    out.append(Section("By outcome", ReportTable(("Outcome",) + _GROUP_HEADER,
                                           _group_rows(s["by_outcome"], lambda k: OUTCOME_LABELS.get(k, k.replace("_", " ").capitalize()))),
                       chart=charts.get("by_outcome")))
    out.append(Section("By stage", ReportTable(("Stage",) + _GROUP_HEADER,
                                         _group_rows(s["by_stage"], lambda k: k.replace("_", " ").capitalize()))))
    return out


def _by_benefit_intro(keys: list[str], rows: tuple[tuple[str, str, str], ...]) -> str:
    """What the figures by benefit (``rows``, as shown) are where a benefit
    changed in passing is among them (a "change", which can be a fall); ""
    where none is. A fall is named only where its figure is shown (a hidden
    figure's sign is not given away)."""
    changed = [i for i, k in enumerate(keys) if k in KNOCK_ON_BENEFITS]
    if not changed:
        return ""
    falls = [rows[i][0] for i in changed if any(cell.startswith("-£") for cell in rows[i][1:])]
    fall = (f" Here the {' and the '.join(falls)} {'is' if len(falls) == 1 else 'are'} a fall in the benefit "
            "(more Universal Credit or income can lower it), shown as a minus figure." if falls else "")
    return ("Each figure is the change the outcomes make in that benefit a year; a benefit an outcome changes in "
            "passing (Pension Credit, Housing Benefit, Council Tax Reduction: its \"change\") can fall." + fall
            + " The figures add up to the headline's annual income gain, which is net of any fall (the predicted, "
            "weighted case by case, to within pennies of rounding).")


def _probabilities_used(used: dict[str, int]) -> str:
    """The cases by where their chance of success came from, in words: a
    count of 1-4 as "fewer than 5" and, where that is one, the next-smallest
    "not shown" (they add up to the cases projected, which is shown; the
    confirmed count is the headline's)."""
    hide = suppressed_cells(list(used.values()))
    return ", ".join(f"{k.replace('none', 'no published rate (not discounted)')} "
                     + ((SUPPRESSED if v < MIN_GROUP else NOT_SHOWN) if i in hide else f"{v:,}")
                     for i, (k, v) in enumerate(used.items()))


def _not_cases(s: dict[str, Any]) -> str:
    """The report's sentence on rows that are not cases (a repeated header row, a totals row): "" where none."""
    from ..io.caseloads import not_cases_sentence

    said = not_cases_sentence(s.get("rows_not_cases"))
    return f"{said[0].upper()}{said[1:]}." if said else ""


def _method(g: CaseloadGains, s: dict[str, Any]) -> list[str]:
    a = s["assumptions"]
    # One convention for every benefit, said as such (since 2026-12-08: the monthly one did not say how a weekly
    # benefit enters it).
    conv = ("weekly gain x 52, for every benefit" if g.convention == "weekly_x52" else
            "monthly gain x 12, for every benefit (a weekly benefit as its monthly equivalent, x 52 / 12, first)")
    u = s.get("uncertainty")
    return [
        f"Universal Credit is estimated assessment period by assessment period with the rates in force for each, before and "
        f"after the outcome, by the entitlements engine ({a['rules']}).",
        f"Annual income gain: the recurring gain once the outcome is in payment, {conv}; the weekly equivalent of a monthly "
        "UC gain is x 12 / 52, rounded to the penny. Benefits paid in their own right (PIP, DLA, Carer's Allowance, ...) are added at their weekly rates.",
        f"Projection: {g.horizon_months} assessment periods from the {'decision' if g.projection_from == 'decision' else 'outcome taking effect'}, "
        "including the LCWRA relevant period, uprating and the 6 April 2026 LCWRA rates, and award end dates.",
        "Arrears are the assessment periods before the decision, paid as a lump sum; lump sums and debts written off are as recorded.",
        "Confirmed gains are outcomes decided in the client's favour. Predicted gains are outcomes not yet decided: each is "
        "multiplied by its chance of success (the probability recorded, or the latest published rate for its benefit and stage, "
        "rules/gain/success_*.toml) and shown apart from the confirmed; cases: "
        + _probabilities_used(a["probabilities_used"]) + ".",
        *([u["explanation"] + " The interval shown is that of the predicted gains (the confirmed ones are certain)."]
          if u and u.get("method") not in (None, "none") else []),
        # What the headline's counts are (since 2026-12-08: the report said "patients" where it counts rows, and
        # gave the predicted figure, a sum of chances such as 48.6, without saying so).
        "Patients gaining LCW or LCWRA: the cases (rows, not people) whose outcome is limited capability for work "
        "(LCW) or for work and work-related activity (LCWRA) found, whether or not it changes the award; under "
        "Predicted, the number expected: each predicted case counted at its chance of success, so it may be a "
        f"fraction. The GP appointments saved are that figure times {s['health']['per_patient']}.",
        f"GP appointments saved: {s['health']['per_patient']} a year per patient found to have LCW or LCWRA ({s['health']['source']}).",
        f"Privacy: the report shows totals only, over the grouping columns named; no case's details appear. A figure about "
        f"fewer than {MIN_GROUP} cases is not shown (\"{SUPPRESSED}\"), following NHS and ONS disclosure practice; where one "
        f"figure in a column is hidden, the next-smallest is hidden too (\"{NOT_SHOWN}\"), so that it cannot be worked "
        "out from the total; a count \"with a gain\" is not shown where 1 to 4 of its group's cases gain nothing, and "
        "where one grouping column nests in another (deciles in Core20, practices in a PCN), more is hidden so that "
        "no hidden figure is a group less its other groups shown. The distribution's median and quartiles are shown from "
        f"{MIN_PERCENTILE_GROUP} cases and its 10% and 90% points from {MIN_TAIL_GROUP} (with fewer, each is close to "
        "one person's own figure); its mean only where neither the confirmed nor the predicted cases are 1 to 4 (with the total shown, it would give the other away); its least and most never.",
        f"Rates after the rule tables end: rates policy {s['rates']['policy']} ("
        + {"hold": "the last known amounts carried forward", "strict": "a case needing them is not projected"}.get(
            s["rates"]["policy"], "the last known amounts raised by the percentage assumed, from each benefit's uprating date")
        + ").",
        *s["rates"]["assumptions"],
        *s["assumptions"].get("in_words", []),
    ]


def _reason_kind(reason: str) -> str:
    """A row's reason without its value or dates (rows alike are counted together)."""
    kind = failure_kind(reason)
    if kind != "input":
        return FAILURE_KINDS[kind][0].upper() + FAILURE_KINDS[kind][1:]
    head, sep, rest = reason.partition(":")
    if "(expected " in rest:
        return f"{head}: expected {rest.split('(expected ', 1)[1].rstrip('.').rstrip(')')}"
    return head if sep else reason


def _errors(g: CaseloadGains, projected: int | None = None) -> ReportTable | None:
    """The rows that could not be projected, counted by reason: a count of
    1-4 as "fewer than 5". Where ``projected`` (the cases that could be) is
    1 to 4, the counts add up to the caseload less them, so where that would
    leave no count hidden, the smallest is hidden too (:data:`NOT_SHOWN`)."""
    errs = g.errors()
    if not errs:
        return None
    # Counted by reason: which rows, and their values, are in the per-case results, not here.
    counts: dict[str, int] = {}
    for e in errs:
        k = _reason_kind(e["reason"])
        counts[k] = counts.get(k, 0) + 1
    items = sorted(counts.items(), key=lambda kv: -kv[1])
    hide = {i - 1 for i in suppressed_cells([projected] + [v for _k, v in items]) if i} if projected and projected < MIN_GROUP else set()
    return ReportTable(("Reason", "Cases"), tuple((k, f"{v:,}" if v >= MIN_GROUP and i not in hide else SUPPRESSED if v < MIN_GROUP else NOT_SHOWN)
                                            for i, (k, v) in enumerate(items)))


def report_context(g: CaseloadGains, s: dict[str, Any], *, title: str = "Income gain report", period: str | None = None,
                   made: dt.date | None = None) -> dict[str, Any]:
    """Everything the report's templates show, from the gains ``g`` and their summary ``s``.

    ``period`` is the reporting period as the reader should see it ("April
    2025 to March 2026"): a name only, and the report says so beside it (it
    covers every case given, with the months of decision found); ``made``
    the date the report was made (today)."""
    made = made or dt.date.today()
    months = [k for k in s.get("by_month_of_decision", {}) if k != NO_DECISION_DATE]
    decided = f"Decisions from {_month_label(months[0])} to {_month_label(months[-1])}." if months else ""
    p = s["predicted"]
    unweighted = (f"If every predicted outcome were won, their annual gain would be {pounds(p['annual_gain_pence'])}; "
                  f"weighted by the chance of success it is {pounds(p['annual_gain_weighted_pence'])}."
                  if p["cases"] >= MIN_GROUP else "")
    covers = ("It covers every case in the caseload, whatever its decision date"
              + (f" ({decided[:-1].replace('Decisions from', 'decisions from')})" if decided else "")
              + ": the reporting period is the report's name for it, not a selection (to report on part of a "
              "year, give the caseload of that part).") if period else ""
    return {
        "title": title,
        "period": period or "",
        "period_note": covers,
        "made": f"{made.day} {made:%B %Y}",
        "rules": s["assumptions"]["rules"],
        "caveat": CAVEAT,
        # A caseload of 1-4 cases: its count is a group of fewer than 5 itself, and so is any count within it.
        "cases_line": (f"{SUPPRESSED.capitalize()} cases in all." if 0 < s["cases"] < MIN_GROUP else
                       " ".join(x for x in (f"{s['cases']:,} cases: {cases_projected(s)} projected.",
                                            _not_cases(s), decided, repeated_ids_sentence(s)) if x)),
        "headline": _headline(g, s),
        "predicted_note": unweighted,
        "rates": rates_sentence(s),
        "not_counted": " ".join(x for x in (not_counted_sentence(s), facts_assumed_sentence(s)) if x),
        "sections": _sections(g, s),
        "method": _method(g, s),
        "errors": _errors(g, s["cases_projected"]),
        "min_group": MIN_GROUP,
    }


def parts(g: CaseloadGains, s: dict[str, Any], title: str) -> list[tuple[str, Any]]:
    """The report as (kind, content) parts: "h1", "h2", "p", "table" (header, rows), "list", "chart".

    The older flat form of :func:`report_context` (the templates use that)."""
    ctx = report_context(g, s, title=title)
    out: list[tuple[str, Any]] = [("h1", title), ("p", ctx["caveat"]), ("p", ctx["cases_line"] + f" Rules: {ctx['rules']}."),
                                  ("h2", "Headline"), ("table", (list(ctx["headline"].header), [list(r) for r in ctx["headline"].rows]))]
    out += [("p", x) for x in (ctx["predicted_note"], ctx["rates"], ctx["not_counted"]) if x]
    for sec in ctx["sections"]:
        out += [("h2", sec.heading)] + ([("p", sec.intro)] if sec.intro else [])
        out.append(("table", (list(sec.table.header), [list(r) for r in sec.table.rows])))
        if sec.chart is not None:
            out.append(("chart", sec.chart))
    out += [("h2", "How these figures are worked out"), ("list", ctx["method"])]
    if ctx["errors"] is not None:
        out += [("h2", "Rows that could not be projected"),
                ("table", (list(ctx["errors"].header), [list(r) for r in ctx["errors"].rows]))]
    return out
