"""``entitlements caseload``: a caseload file estimated (or its outcomes valued), the per-case
results and the funders' report written, bad rows summarised by reason, a progress bar.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from .cli_common import _count, EXIT_BUG, EXIT_FILE, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, _fail, _out, _output_flags, _result_json, _tables_for, _terminal_width  # noqa: F401


_REPORT_SUFFIXES = (".html", ".htm", ".md", ".markdown")


def _caseload(args) -> int:
    from .caseload import failures_in_words
    from .caseload_csv import estimate_caseload_csv
    from .errors import UsageError
    from .partitions import is_partitioned

    if args.as_of is not None and args.report is None:
        raise UsageError("--as-of", args.as_of.isoformat(), "--report FILE too (it dates the outcomes valued)")
    from .io.headers import check_group_by

    check_group_by(args.group_by)  # a name no file can group by: said before anything is read
    if is_partitioned(args.csv):
        return _caseload_partitioned(args)
    if len(args.csv) > 1 or args.workers is not None or args.scheduler is not None:
        what = "--workers" if args.workers is not None else "--scheduler" if args.scheduler is not None else "FILE"
        raise UsageError(what, str(args.csv[1]) if what == "FILE" else str(args.workers or args.scheduler),
                         "Parquet files (several files, --workers and --scheduler are for Parquet input; a CSV file is one)")
    args.csv = args.csv[0]
    sheet = {"sheet": args.sheet} if args.sheet is not None else {}

    _refuse_outputs(args)
    tables = _tables_for(args)
    if args.check:
        from .cli_check import run_caseload_check

        return run_caseload_check(args, tables)
    progress = _Progress(quiet=args.quiet or args.json, steps=1 if args.report else 2 + bool(args.out))
    if args.report:
        from .report.write import headline, write_report

        progress.step("projecting the caseload")
        g = write_report(args.csv, args.report, csv_path=args.out, group_by=args.group_by or None, tables=tables,
                         keep=tuple(args.keep), rates_after=args.rates_after, title=args.title or "Income gain report",
                         period=args.period, as_of=args.as_of or dt.date.today(), **sheet)  # the command reads the clock
        progress.close()
        errors = [_GainRowError(e["row"], e["case_id"], e["reason"]) for e in g.errors()]
        errors_file = _errors_file(args, errors)
        _write_errors(errors_file, errors)
        s = g.summary(args.group_by or None)
        if args.json:
            print(json.dumps(report_json(s, args, errors), indent=2))
            return EXIT_OK
        read_as = f" (read as {g.encoding})" if g.encoding not in (None, "UTF-8") else ""
        print(f"{args.csv.name}{read_as}: " + headline(s))
        _print_errors(errors, errors_file)
        print(f"report written to {args.report}" + (f"; per-case gains to {args.out}" if args.out else ""))
        return EXIT_OK

    from .money import format_pounds

    # Read, estimated and written a part of the rows at a time (the same results as all at once).
    res = estimate_caseload_csv(args.csv, on=args.on or dt.date.today(), out=args.out, tables=tables,
                                rates_after=args.rates_after, keep=tuple(args.keep), step=progress.step, **sheet)
    progress.close()
    s = res.summary()
    errors = sorted(res.errors, key=lambda e: e.row)
    errors_file = _errors_file(args, errors)
    _write_errors(errors_file, errors)
    if args.json:
        s["errors"] = [str(e) for e in errors]
        s["errors_by_reason"] = _by_reason(errors)
        if res.encoding:
            s["encoding"] = res.encoding
        print(json.dumps(s, indent=2))
        return EXIT_OK
    read_as = f" (read as {res.encoding})" if res.encoding not in (None, "UTF-8") else ""
    first = {}  # a row with two errors is one row with errors: counted by its first reason
    for e in errors:
        first.setdefault(e.row, e.reason)
    from .io.caseloads import is_not_a_case

    why = failures_in_words(r for r in first.values() if not is_not_a_case(r))  # those rows are said apart
    print(f"{_count(s['cases'], 'case')} read from {res.source}{read_as}; {s['cases_estimated']:,} estimated, {s['cases_with_errors']:,} with errors"
          + (f" ({why})" if why else ""))
    _print_not_cases(s)
    if s["cases_with_assumed_rates"]:
        print(f"  {s['cases_with_assumed_rates']} of them on rates past the tables' end: " + " ".join(s["assumptions"]))
    _print_facts_assumed(s)
    _print_repeated_ids(s)
    print(f"  entitled to Universal Credit: {s['cases_entitled_to_uc']:,}")
    print(f"  total UC a month: {format_pounds(s['total_uc_monthly_pence'])}")
    _print_errors(errors, errors_file)
    if args.out:
        print(f"  per-case results written to {args.out}")
    return EXIT_OK


def _refuse_outputs(args) -> None:
    """The one-file caseload command's report, output and errors files checked before anything is read: a report
    that is HTML or Markdown, report-only flags with a report, no output over an input, tables as CSV or Parquet."""
    from .errors import UsageError
    from .io.files import refuse_other_format, refuse_overwriting

    if args.report is not None and args.report.suffix.lower() not in _REPORT_SUFFIXES:
        raise UsageError("--report", str(args.report), "a report file ending .html or .md (a PDF is not made: print the HTML to PDF)")
    if args.group_by and args.report is None and not args.check:
        raise UsageError("--group-by", args.group_by[0], "--report FILE too (groups are for the report)")
    for flag, value in (("--title", args.title), ("--period", args.period)):
        if value is not None and args.report is None:
            raise UsageError(flag, value, "--report FILE too (it names the report)")
    outputs = [("--out", args.out), ("--report", args.report), ("--errors", args.errors)]
    if args.report is not None and args.report.suffix.lower() in (".md", ".markdown"):
        from .report.check_report import check_chart_files
        from .report.write import chart_files

        outputs += [("--report chart", p) for p in (check_chart_files if args.check else chart_files)(args.report)]
    refuse_overwriting([("caseload", args.csv)] + [("--overlay", o) for o in args.overlay], outputs)
    for flag, path in (("--out", args.out), ("--errors", args.errors)):  # tables: CSV or Parquet
        refuse_other_format(flag, path)


def report_json(s, args, errors) -> dict[str, Any]:
    """What ``caseload FILE --report R --json`` prints, a CSV, Excel or
    Parquet caseload alike, from the report's summary ``s``: its schema is
    ``docs/schema/caseload-report.schema.json`` (:func:`entitlements.result_schema.caseload_report_schema`)."""
    return {"cases": s["cases"], "cases_projected": s["cases_projected"], "cases_with_errors": s["cases_with_errors"],
            "rows_not_cases": s["rows_not_cases"],
            "repeated_case_ids": s["repeated_case_ids"], "totals": s["totals"], "uncertainty": s["uncertainty"],
            "report": str(args.report), "out": str(args.out) if args.out else None, "errors_by_reason": _by_reason(errors),
            "cases_not_projected": s["cases_not_projected"], "rates": s["rates"], "rules": s["assumptions"]["rules"]}


def _print_not_cases(s) -> None:
    """The headline's line on rows that are not cases (a repeated header row, a totals row), where any."""
    from .io.caseloads import not_cases_sentence

    said = not_cases_sentence(s.get("rows_not_cases"))
    if said:
        print(f"  {said}")


def _print_repeated_ids(s) -> None:
    """The headline's line on case ids that are on more than one row (counts only, never the ids)."""
    repeated = s.get("repeated_case_ids") or {"ids": 0}
    if repeated["ids"]:
        many = repeated["ids"] != 1
        print(f"  {repeated['ids']:,} case id{'s' if many else ''} appear{'' if many else 's'} on more than one row "
              f"({repeated['rows']:,} rows): each row is estimated and counted")


def _caseload_partitioned(args) -> int:
    """``entitlements caseload data/*.parquet --out results.parquet``: a
    caseload too large for memory, estimated a partition at a time
    (:mod:`entitlements.partitions`); the summary is the whole caseload's."""
    from .caseload import failures_in_words
    from .errors import UsageError
    from .io.files import refuse_overwriting
    from .money import format_pounds
    from .partitions import estimate_partitioned

    if args.sheet is not None:
        raise UsageError("--sheet", args.sheet, "an Excel workbook as the caseload (Parquet files have no sheets)")
    if args.report is not None:
        from .cli_sweep import report_partitioned

        return report_partitioned(args)
    for flag, given in (("--group-by", args.group_by or None), ("--keep", args.keep or None)):
        if given is not None:
            raise UsageError(flag, str(given[0] if isinstance(given, list) else given),
                             "a CSV caseload, or --report (with Parquet input: per-case results with --out, the summary, --errors)")
    if args.out is not None and args.out.suffix.lower() != ".parquet":
        raise UsageError("--out", str(args.out), "a Parquet dataset ending .parquet (a directory, one file a part)")
    refuse_overwriting([("caseload", p) for p in args.csv] + [("--overlay", o) for o in args.overlay],
                       [("--out", args.out), ("--errors", args.errors)], directories=("--out",))  # a Parquet dataset
    tables = _tables_for(args)
    on = args.on or dt.date.today()
    result = estimate_partitioned(args.csv if len(args.csv) > 1 else args.csv[0], on=on, tables=tables,
                                  rates_after=args.rates_after)
    cluster = client = None
    try:
        if args.scheduler is not None or args.workers is not None:
            from .sweep import distributed

            Client, LocalCluster = distributed("--workers or --scheduler")

            if args.scheduler is not None:
                client = Client(args.scheduler)
            else:
                cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
                client = Client(cluster)
        s = result.write(args.out) if args.out is not None else result.summary()
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    errors = [_GainRowError(e["row"], "", e["reason"]) for e in s.pop("errors")]
    _write_errors(args.errors, errors)
    if args.json:
        s["errors_by_reason"] = _by_reason(errors)
        print(json.dumps(s, indent=2))
        return EXIT_OK
    source = args.csv[0].name if len(args.csv) == 1 else f"{len(args.csv)} files"
    from .io.caseloads import is_not_a_case

    why = failures_in_words(e.reason for e in errors if not is_not_a_case(e.reason)) if errors else ""
    print(f"{_count(s['cases'], 'case')} read from {source}; {s['cases_estimated']:,} estimated, {s['cases_with_errors']:,} with errors"
          + (f" ({why})" if why else ""))
    _print_not_cases(s)
    if s["cases_with_assumed_rates"]:
        print(f"  {s['cases_with_assumed_rates']} of them on rates past the tables' end: " + " ".join(s["assumptions"]))
    _print_facts_assumed(s)
    _print_repeated_ids(s)
    print(f"  entitled to Universal Credit: {s['cases_entitled_to_uc']:,}")
    print(f"  total UC a month: {format_pounds(s['total_uc_monthly_pence'])}")
    _print_errors(errors, args.errors)
    if args.out:
        print(f"  per-case results written to {args.out}")
    return EXIT_OK


_COLUMN_NAME = re.compile(r"\(row\)|[A-Za-z_][A-Za-z0-9_.\[\]]*")


class _GainRowError:
    """A row of a caseload of outcomes that could not be projected, as the
    errors file and the summary show it."""

    def __init__(self, row: int, case_id: str, reason: str) -> None:
        self.row, self.case_id, self.reason = row, case_id, reason
        # The column the reason names, where it begins with one ("adult1_age: ...", "child2_date_of_birth: ...";
        # "(row): ..."); else none (a reason such as "after the change, a child is 20 or over ...").
        head = reason.split(":", 1)[0] if ":" in reason else ""
        self.field = head if _COLUMN_NAME.fullmatch(head) else ""
        self.expected = None

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


#: How many rows with errors are listed one by one on the screen.
_SHOWN_ERRORS = 10


def _reason_of(e) -> str:
    """What is wrong with a row, without its value: rows alike are counted together."""
    expected = getattr(e, "expected", None)
    if expected:
        return f"{e.field}: expected {expected}"
    return str(e.reason)


def _by_reason(errors) -> list[dict[str, Any]]:
    groups: dict[str, list[int]] = {}
    for e in errors:
        groups.setdefault(_reason_of(e), []).append(e.row)
    return [{"reason": k, "rows": len(v), "first_rows": v[:5]} for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))]


def _errors_file(args, errors) -> Path | None:
    """Where every row that could not be used is listed: ``--errors FILE``;
    else, where there are such rows, beside the output (``results.csv``:
    ``results_errors.csv``; the report's where there is no ``--out``); else nowhere."""
    if args.errors is not None:
        return args.errors
    output = args.out or args.report
    if not errors or output is None:
        return None
    from .io.files import refuse_overwriting

    path = output.with_name(f"{output.stem}_errors.csv")
    refuse_overwriting([("caseload", args.csv)], [("the errors file", path)])
    return path


def _print_errors(errors, errors_file) -> None:
    """Each row with an error where there are few; else the reasons, how
    many rows each and the first few row numbers; and where the full list
    was written (``--errors``, or beside the output)."""
    if len(errors) <= _SHOWN_ERRORS:
        for e in errors:
            print(f"  {e}")
    else:
        for g in _by_reason(errors)[:_SHOWN_ERRORS]:
            more = ", ..." if g["rows"] > len(g["first_rows"]) else ""
            rows = "row" if len(g["first_rows"]) == 1 and not more else "rows"
            print(f"  {_count(g['rows'], 'row')}: {g['reason']} ({rows} {', '.join(map(str, g['first_rows']))}{more})")
        if len(_by_reason(errors)) > _SHOWN_ERRORS:
            print(f"  ... and {len(_by_reason(errors)) - _SHOWN_ERRORS:,} other reasons")
    if errors and errors_file is not None:
        print(f"  every row that could not be used, with its reason: written to {errors_file}")
    elif len(errors) > _SHOWN_ERRORS:
        print("  every row with its reason: --errors FILE")


def _write_errors(path, errors) -> None:
    """The rows that could not be used, with their reasons, as CSV (``--errors``)."""
    if path is None:
        return
    from .io.writers import write_csv

    write_csv(({"row": e.row, "field": e.field, "reason": _value_free(e), "message": f"row {e.row}: {_value_free(e)}"}
               for e in errors), path, fields=["row", "field", "reason", "message"])


def _print_facts_assumed(s) -> None:
    """The rows whose Housing Benefit or Council Tax Reduction rests on a
    fact not given, taken as not met (the results' ``facts_assumed``), by
    kind (since 2026-12-07)."""
    if not s.get("cases_with_facts_assumed"):
        return
    kinds = "; ".join(f"{k} {n}" for k, n in s["facts_assumed"].items() if n)
    print(f"  {s['cases_with_facts_assumed']} of them on facts not given, taken as not met ({kinds}): check needed, "
          "see the facts_assumed column")


def _value_free(e) -> str:
    """Why a row could not be used, without the value it holds (the errors
    file is shared to fix the rows; a value may be a date of birth, earnings,
    or a name typed into the wrong column): "field: not allowed (expected
    ...)" or "field: missing (...)"; a reason of another kind with any date
    in it said as "a date" (the row number finds it)."""
    expected = getattr(e, "expected", None)
    if expected and e.value is None and str(e.reason).startswith(f"{e.field}: give "):
        # A check across the row's cells (a date of birth out of range, owner's costs with Universal Credit, a sex
        # needed): the cell may be filled in, so not "missing"; said as the screen says it (no value in it).
        return f"{e.field}: give {expected}."
    if expected:
        return f"{e.field}: {'missing' if e.value is None else 'not allowed'} (expected {expected})."
    reason = str(e.reason)
    head, sep, rest = reason.partition(" (expected ")
    if sep and e.field and head.startswith(f"{e.field}: "):
        return f"{e.field}: {'missing' if head.endswith(': missing') else 'not allowed'} (expected {rest}"
    import re

    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b", "a date", reason)


class _Progress:
    """A progress bar on a terminal for a long run (tqdm, where installed);
    nothing when standard error is not a terminal, or with --quiet."""

    def __init__(self, *, quiet: bool, steps: int = 3) -> None:
        self.bar = None
        if quiet or not sys.stderr.isatty():
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        self.bar = tqdm(total=steps, file=sys.stderr, leave=False, bar_format="{desc} {bar} {n_fmt}/{total_fmt} {elapsed}")

    def step(self, what: str) -> None:
        """The step now under way (the one before it done)."""
        if self.bar is not None:
            if self.bar.desc:
                self.bar.update(1)
            self.bar.set_description_str(what)

    def close(self) -> None:
        """Every step done: the bar is cleared from the terminal."""
        if self.bar is not None:
            self.bar.update(self.bar.total - self.bar.n)
            self.bar.close()
