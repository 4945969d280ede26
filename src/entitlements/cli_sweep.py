"""Commands on a Dask cluster: ``entitlements sweep``, one caseload
summarised under several sets of rules (:func:`entitlements.sweep.sweep`),
as a table of scenario x measure with each scenario's difference from the
baseline; and ``entitlements caseload DATA.parquet --report R.html``, the
funders' report of a caseload in partitions (:func:`report_partitioned`).

A scenario is ``NAME`` (the shipped rules), or ``NAME=OVERLAY[,OVERLAY...]``
(rule tables laid over them), optionally ``@POLICY`` (a rates policy for
dates past the tables' end: ``hold``, ``uprate:3.1``, ...). The caseload is
Parquet files (as ``caseload`` takes them), one CSV file or one Excel workbook's sheet.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
from pathlib import Path

from .io import arguments as arg

__all__ = ["add_sweep", "run_sweep", "parse_scenario", "report_partitioned", "table_csv"]


def parse_scenario(text: str):
    """``NAME[=OVERLAY[,OVERLAY...]][@POLICY]`` as a :class:`~entitlements.sweep.RulesScenario`."""
    from .errors import UsageError
    from .sweep import RulesScenario

    body, _, policy = text.partition("@")
    name, eq, overlays = body.partition("=")
    paths = tuple(Path(o.strip()) for o in overlays.split(",") if o.strip()) if eq else ()
    if not name.strip() or (eq and not paths):
        raise UsageError("--scenario", text, "NAME, NAME=OVERLAY[,OVERLAY...] or either with @POLICY (e.g. 'taper 50=reforms/taper50')")
    for p in paths:
        if not p.exists():
            raise UsageError("--scenario", str(p), "an overlay that exists (a rule table file or a directory of them)")
    if policy:
        try:
            arg.rates_after(policy)
        except argparse.ArgumentTypeError as e:
            raise UsageError("--scenario", text, f"@POLICY a rates policy ({e})") from None
    return RulesScenario(name.strip(), overlays=paths, rates_after=policy or None)


def table_csv(table) -> str:
    """The sweep's table as CSV text, safe to open in a spreadsheet: a
    scenario named ``=...``, ``+...``, ``-...`` or ``@...`` is written with a
    leading ``'`` (:func:`entitlements.io.writers.spreadsheet_safe`), as
    every other CSV the library writes."""
    from .io.writers import spreadsheet_safe

    return table.rename(index=spreadsheet_safe, columns=spreadsheet_safe).to_csv()


def add_sweep(sub) -> None:
    """The ``sweep`` subcommand and its flags."""
    s = sub.add_parser("sweep", help="summarise a caseload under several sets of rules (scenarios) on a Dask cluster",
                       description="Each scenario is the shipped rules, rule tables laid over them, and a rates policy; "
                       "the table has one row a scenario, one column a summary measure, and each measure's change from "
                       "the baseline. Needs the `distributed` extra.")
    s.add_argument("caseload", nargs="+", type=Path, help="Parquet files (a directory or a glob), one CSV file or one Excel workbook (.xlsx)")
    s.add_argument("--sheet", metavar="NAME", help="an Excel workbook's worksheet to read (default: the first visible one)")
    s.add_argument("--scenario", action="append", required=True, metavar="NAME[=OVERLAY,...][@POLICY]",
                   help="a scenario (give it once for each; the first is the baseline unless --baseline names another)")
    s.add_argument("--baseline", metavar="NAME", help="the scenario the changes are from (default: the first)")
    s.add_argument("--measure", choices=["estimate", "gains"], default="estimate",
                   help="estimate: entitlements on --on; gains: income gains of a caseload of outcomes")
    s.add_argument("--on", type=arg.date, help="with --measure estimate: first day of the assessment period (default: today)")
    s.add_argument("--workers", type=arg.whole_number, metavar="N", help="a local Dask cluster of N worker processes (default: Dask's choice)")
    s.add_argument("--scheduler", metavar="ADDRESS", help="the Dask cluster at ADDRESS")
    s.add_argument("--out", type=Path, help="write the table to this CSV file (amounts in pence)")
    s.add_argument("--json", action="store_true", help="print the table as JSON")


def _source(paths: list[Path], sheet: str | None = None):
    from .errors import UsageError
    from .partitions import is_partitioned
    from .io.workbooks import is_workbook

    if is_partitioned(paths) and sheet is None:
        return paths if len(paths) > 1 else paths[0]
    if len(paths) == 1 and (is_workbook(paths[0]) or sheet is not None):
        return _workbook_frame(paths[0], sheet)
    if len(paths) == 1 and paths[0].suffix.lower() == ".csv":
        import pandas as pd

        if not paths[0].exists():
            raise FileNotFoundError(2, "No such file or directory", str(paths[0]))
        return pd.read_csv(paths[0], dtype=str, keep_default_na=False)
    raise UsageError("caseload", str(paths[0]), "Parquet files (a .parquet file, a directory or a glob), one CSV file or one Excel workbook (.xlsx)")


def _workbook_frame(path: Path, sheet: str | None):
    """A workbook's sheet as the DataFrame of text its CSV would be read
    into here (blank cells ""; blank rows left out)."""
    import numpy as np
    import pandas as pd

    from .io.workbooks import read_table

    table = read_table(path, sheet=sheet)
    if table.duplicates:
        from .errors import InputError

        raise InputError(f"{path.name} column", table.duplicates[0], "each column name once")
    cells = {h: np.array(["", *c.values], dtype=object)[c.codes] for h, c in table.columns.items()}
    return pd.DataFrame({h: cells[h] for h in table.header}, columns=list(table.header))


def run_sweep(args) -> int:
    from .cli_common import EXIT_OK
    from .errors import UsageError
    from .io.files import refuse_other_format, refuse_overwriting
    from .io.writers import write_text
    from .sweep import sweep

    if args.workers is not None and args.scheduler is not None:
        raise UsageError("--workers", str(args.workers), "either --workers or --scheduler, not both")
    if args.measure == "gains" and args.on is not None:
        raise UsageError("--on", args.on.isoformat(), "--measure estimate (gains are valued on each outcome's own dates)")
    scenarios = [parse_scenario(text) for text in args.scenario]
    refuse_overwriting([("caseload", p) for p in args.caseload], [("--out", args.out)])
    refuse_other_format("--out", args.out, "a name ending .csv (the table is CSV)")
    from .io.frames import require_pandas
    from .sweep import distributed

    require_pandas("entitlements sweep", "distributed")  # before any file is read: one line, exit 3
    distributed("entitlements sweep")
    source = _source(args.caseload, args.sheet)
    with _cluster(args.workers, None) as client:
        table = sweep(source, scenarios, on=args.on or dt.date.today() if args.measure == "estimate" else None,
                      measure=args.measure, baseline=args.baseline, client=client, scheduler=args.scheduler)
    if args.out is not None:
        write_text(args.out, table_csv(table))
    if args.json:
        rows = {name: {k: (None if v is None or v != v else int(v)) for k, v in row.items()} for name, row in table.to_dict("index").items()}
        print(json.dumps({"baseline": table.attrs["baseline"], "measure": args.measure, "scenarios": rows}, indent=2))
        return EXIT_OK
    with_changes = [c for c in table.columns if not c.endswith("_change")]
    print(f"{len(table)} scenarios, baseline {table.attrs['baseline']!r} ({args.measure}; amounts in pence):")
    print(table[with_changes].to_string())
    changes = table[[c for c in table.columns if c.endswith("_change")]]
    print("\nChange from the baseline:")
    print(changes.to_string())
    if args.out is not None:
        print(f"table written to {args.out}")
    return EXIT_OK


@contextlib.contextmanager
def _cluster(workers: int | None, scheduler: str | None):
    """A Dask client for ``--workers N`` (a local cluster made for the
    command) or ``--scheduler ADDRESS``; None otherwise (the caller's default)."""
    if workers is None and scheduler is None:
        yield None
        return
    from .sweep import distributed

    Client, LocalCluster = distributed("--workers or --scheduler")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) if scheduler is None else None
    client = Client(cluster if cluster is not None else scheduler)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def report_partitioned(args) -> int:
    """``entitlements caseload DATA.parquet --report R.html [--out G.parquet]``:
    income gains of a caseload of outcomes in partitions
    (:func:`entitlements.gain.partitions.gains_partitioned`), and the funders'
    report rendered from the whole caseload's summary (exactly the summary
    one machine gives: :class:`entitlements.report.from_summary.SummaryGains`)."""
    from .cli_caseload import _GainRowError, _print_errors, _REPORT_SUFFIXES, _write_errors, report_json
    from .cli_common import EXIT_OK, _tables_for
    from .errors import UsageError
    from .gain.partitions import gains_partitioned
    from .io.files import refuse_overwriting
    from .report.from_summary import SummaryGains
    from .report.write import chart_files, headline, write_report

    if args.report.suffix.lower() not in _REPORT_SUFFIXES:
        raise UsageError("--report", str(args.report), "a report file ending .html or .md")
    if args.out is not None and args.out.suffix.lower() != ".parquet":
        raise UsageError("--out", str(args.out), "a Parquet dataset ending .parquet (per-case gains, one file a part)")
    if args.keep:
        raise UsageError("--keep", args.keep[0], "a CSV caseload (Parquet results carry every column of the input)")
    outputs = [("--out", args.out), ("--report", args.report), ("--errors", args.errors)]
    if args.report.suffix.lower() in (".md", ".markdown"):
        outputs += [("--report chart", p) for p in chart_files(args.report)]
    refuse_overwriting([("caseload", p) for p in args.csv] + [("--overlay", o) for o in args.overlay], outputs,
                       directories=("--out",))  # a Parquet dataset
    result = gains_partitioned(args.csv if len(args.csv) > 1 else args.csv[0], tables=_tables_for(args),
                               rates_after=args.rates_after, as_of=args.as_of or dt.date.today())
    with _cluster(args.workers, args.scheduler):
        s = result.write(args.out) if args.out is not None else result.summary()
    g = SummaryGains(s)
    write_report(g, args.report, group_by=args.group_by or None, title=args.title or "Income gain report", period=args.period)
    errors = [_GainRowError(e["row"], "", e["reason"]) for e in s["errors"]]
    _write_errors(args.errors, errors)
    summary = g.summary(args.group_by or None)
    if args.json:  # the same keys as a CSV caseload's report (docs/schema/caseload-report.schema.json)
        print(json.dumps(report_json(summary, args, errors), indent=2))
        return EXIT_OK
    source = args.csv[0].name if len(args.csv) == 1 else f"{len(args.csv)} files"
    print(f"{source}: " + headline(summary))
    _print_errors(errors, args.errors)
    print(f"report written to {args.report}" + (f"; per-case gains to {args.out}" if args.out else ""))
    return EXIT_OK
