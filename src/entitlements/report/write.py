"""The funders' report written to a file in one call, and its command.

:func:`write_report` projects a caseload (or takes its gains), renders the
report (:mod:`entitlements.report.render`) and writes it, with its charts
beside a Markdown report, through :mod:`entitlements.io.writers`;
``python -m entitlements.report caseload.csv -o report.html`` does the same
from a shell (:func:`main`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import EntitlementsError, InputError, InputFileError, UsageError
from ..io.arguments import whole_number
from ..gain.caseload import CaseloadGains, caseload_gains
from ..gain.household import CONVENTIONS, PROJECTION_STARTS
from ..io.writers import write_bytes, write_text
from .charts import draw_png, draw_svg, report_charts
from .from_summary import SummaryGains
from .render import render_html, render_markdown
from ..io.arguments import AS_OF_HELP, RATES_AFTER_HELP, date, rates_after
from .sections import (cases_projected, facts_assumed_sentence, not_counted_sentence, pounds, rates_sentence,
                       repeated_ids_sentence)

__all__ = ["write_report", "main", "chart_files", "headline"]

#: The charts a report may draw (their files: ``<report name>_<chart>.png``).
CHART_NAMES = ("gains_by_benefit", "by_month", "distribution", "by_decile", "by_outcome")
#: Written into every chart file, so that a later report replaces only its own charts.
CHART_MARK = b"entitlements report chart"
_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


def chart_files(path: str | Path) -> list[Path]:
    """Every file a Markdown report at ``path`` may write its charts to."""
    p = Path(path)
    return [p.parent / f"{p.stem}_{name}.{ext}" for name in CHART_NAMES for ext in ("png", "svg")]


def refuse_foreign_chart(path: Path) -> None:
    """A chart file is written over only where an earlier report wrote it."""
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except FileNotFoundError:
        return
    if CHART_MARK not in head:
        raise InputError("report chart", path.name, f"a file name not already in use ({path} was not written by a "
                         "report): move it or name the report differently")


def write_report(
    source: Any,
    path: str | Path,
    *,
    format: str | None = None,
    title: str = "Income gain report",
    plots: bool = True,
    csv_path: str | Path | None = None,
    group_by: Sequence[str] | None = None,
    period: str | None = None,
    made: dt.date | None = None,
    **options: Any,
) -> "CaseloadGains | SummaryGains":
    """Project a caseload and write the funders' report in one call.

    ``format`` is "html" or "markdown" (default: from the file name). An
    HTML report is one file with its charts embedded; a Markdown report
    writes its charts beside it (``<name>_<chart>.png``, or ``.svg`` without
    matplotlib). ``title`` and ``period`` (the reporting period, as the
    reader should see it) head the report, with the date it was made
    (``made``, today by default). ``csv_path`` also writes the per-case CSV.
    ``source`` may be a caseload in partitions (Parquet files, a directory or
    a glob, a Dask DataFrame, or a :class:`~entitlements.partitions.PartitionedResult`
    of gains): the report is then rendered from the whole caseload's summary,
    which is exactly the one-machine summary, without the chart of the gain
    per case (its table stays); the result is then a
    :class:`~entitlements.report.from_summary.SummaryGains`.
    Rendering needs Jinja2 (the ``report`` extra): without it, a
    :class:`~entitlements.errors.MissingExtra` says so before any work is
    done. ``options`` go to
    :func:`~entitlements.gain.caseload.caseload_gains` (horizon_months, convention, ...). Returns the
    gains.
    """
    from ..io.files import refuse_overwriting

    p = Path(path)
    fmt = format or _FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputError("report", str(p), "a file ending .html or .md (or give format='html' or 'markdown')")
    if fmt not in ("html", "markdown"):
        raise InputError("format", fmt, "html or markdown")
    charts = chart_files(p) if fmt == "markdown" and plots else []
    refuse_overwriting([("caseload", source if isinstance(source, (str, Path)) else None)],
                       [("report", p), ("csv_path", csv_path)] + [("report chart", c) for c in charts])
    for c in charts:
        refuse_foreign_chart(c)
    from .render import environment

    environment()  # Jinja2 missing: say so before projecting the caseload
    g = _gains(source, options)
    if isinstance(g, SummaryGains) and csv_path is not None:
        raise InputError("csv_path", str(csv_path), "nothing, for a caseload in partitions (write its per-case results "
                         "with gains_partitioned(...).write(path), a Parquet dataset)")
    if fmt == "html":
        write_text(p, render_html(g, title=title, plots=plots, group_by=group_by, period=period, made=made))
    else:
        images: dict[str, str] = {}
        if plots:
            for chart in report_charts(g, g.summary(group_by)):
                png = draw_png(chart)
                name = f"{p.stem}_{chart.name}.{'png' if png is not None else 'svg'}"
                if png is not None:
                    write_bytes(p.parent / name, png)
                else:
                    write_text(p.parent / name, f"<!-- {CHART_MARK.decode()} -->\n" + draw_svg(chart))
                images[chart.name] = name
        write_text(p, render_markdown(g, title=title, images=images, group_by=group_by, period=period, made=made))
    if csv_path is not None:
        g.to_csv(csv_path)
    return g


def _gains(source: Any, options: dict[str, Any]) -> "CaseloadGains | SummaryGains":
    """The gains the report renders: given, projected here, or, for a
    caseload in partitions (Parquet files, a Dask DataFrame, or the result of
    :func:`~entitlements.gain.partitions.gains_partitioned`), the summary of
    the whole, added up exactly over the partitions."""
    from ..partitions import PartitionedResult, is_partitioned

    if isinstance(source, (CaseloadGains, SummaryGains)):
        return source
    if isinstance(source, PartitionedResult):
        return SummaryGains(source.summary())
    if is_partitioned(source):
        from ..gain.partitions import gains_partitioned

        return SummaryGains(gains_partitioned(source, **options).summary())
    return caseload_gains(source, **options)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m entitlements.report caseload.csv -o report.html [--csv gains.csv] [--sheet NAME] [--as-of DATE]``;
    exits 0, or as the ``entitlements`` command: 1 a value refused, 2 a
    usage mistake, 3 a file that cannot be read or an extra not installed."""
    ap = argparse.ArgumentParser(prog="python -m entitlements.report", description="Income gain report for a caseload.")
    ap.add_argument("caseload", help="CSV file of cases, or an Excel workbook (.xlsx)")
    ap.add_argument("--sheet", metavar="NAME", help="an Excel workbook's worksheet to read (default: the first visible one)")
    ap.add_argument("-o", "--output", default="report.html", help="report file (.html or .md)")
    ap.add_argument("--csv", help="also write per-case gains to this CSV file")
    ap.add_argument("--title", default="Income gain report", help="the report's title")
    ap.add_argument("--period", help="the reporting period's name, shown in the heading (e.g. 'April 2025 to March 2026'); it selects no "
                    "cases: the report covers every case in the file and says so")
    ap.add_argument("--horizon", type=whole_number, default=12, help="projection horizon in months (default 12)")
    ap.add_argument("--convention", choices=CONVENTIONS, default="weekly_x52")
    ap.add_argument("--from", dest="projection_from", choices=PROJECTION_STARTS, default="decision")
    ap.add_argument("--no-plots", action="store_true")
    ap.add_argument("--rates-after", type=rates_after, metavar="POLICY", help=RATES_AFTER_HELP)
    ap.add_argument("--as-of", type=date, metavar="YYYY-MM-DD", help=AS_OF_HELP)
    args = ap.parse_args(argv)
    sheet = {"sheet": args.sheet} if args.sheet is not None else {}
    try:
        g = write_report(args.caseload, args.output, title=args.title, period=args.period, plots=not args.no_plots, csv_path=args.csv,
                         horizon_months=args.horizon, convention=args.convention, projection_from=args.projection_from,
                         rates_after=args.rates_after, as_of=args.as_of or dt.date.today(), **sheet)  # reads the clock, as the command does
    except EntitlementsError as e:  # the statuses of the entitlements command: 2 usage, 3 a file or a missing extra, 1 a value
        print(f"error: {e}", file=sys.stderr)
        return 2 if isinstance(e, UsageError) else 3 if isinstance(e, InputFileError) else 1
    except OSError as e:
        print(f"error: {e.filename or 'file'}: {e.strerror or e}", file=sys.stderr)
        return 3
    print(headline(g.summary()))
    print(f"  report written to {args.output}")
    return 0


def _count(n: int, word: str) -> str:
    """``n`` and ``word``, plural unless one: "1 case", "1,000 cases"."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def headline(s: dict[str, Any]) -> str:
    """The report's headline in a few lines, for a command's output: the
    cases projected (and why any could not be), the confirmed annual gain,
    and apart from it the predicted one weighted by the chance of success
    with its interval (never the two added), the rates assumed past the
    tables' end, and the cases whose change in Council Tax Reduction is not
    counted."""
    c, p = s["confirmed"], s["predicted"]
    out = [f"{_count(s['cases'], 'case')}: {cases_projected(s)} projected",
           f"  confirmed: {_count(c['cases'], 'case')}, annual income gain {pounds(c['annual_gain_pence'])}"]
    if p["cases"]:
        from ..gain.caseload import predicted_interval

        interval = predicted_interval(s)
        out.append(f"  predicted: {_count(p['cases'], 'case')}, annual income gain {pounds(p['annual_gain_weighted_pence'])} "
                   "weighted by the chance of success"
                   + (f", {round(interval[2] * 100)}% interval {pounds(interval[0])} to {pounds(interval[1])}" if interval else "")
                   + f" ({pounds(p['annual_gain_pence'])} if every one is won)")
    from ..io.caseloads import not_cases_sentence

    if not_cases_sentence(s.get("rows_not_cases")):
        out.append(f"  {not_cases_sentence(s.get('rows_not_cases'))}")
    r = s.get("repeated_case_ids")
    if r and r["ids"]:
        out.append(f"  {repeated_ids_sentence(s)}")
    out += [f"  {x}" for x in (rates_sentence(s), not_counted_sentence(s), facts_assumed_sentence(s)) if x]
    return "\n".join(out)


def interval_sentence(s: dict[str, Any], measure: str = "annual_gain") -> str:
    """``"predicted £X a year, 90% interval £A to £B"``: the weighted
    total and the interval around it (``s["uncertainty"]``, see
    :mod:`entitlements.gain.uncertainty`); "" when nothing was projected."""
    u = s.get("uncertainty")
    if not u or not s.get("cases_projected"):
        return ""
    m = u[measure]
    per = " a year" if measure == "annual_gain" else ""
    if m["method"] == "none":
        return f"predicted {pounds(m['mean_pence'])}{per} (every outcome confirmed or certain)"
    how = "exact" if m["method"] == "exact" else "normal approximation"
    return (f"predicted {pounds(m['mean_pence'])}{per}, {round(u['level'] * 100)}% interval "
            f"{pounds(m['lower_pence'])} to {pounds(m['upper_pence'])} ({how})")
