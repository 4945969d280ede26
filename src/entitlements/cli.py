"""The ``entitlements`` command for advisers.

Exit status: 0 success, 1 bad input (a clear one-line message), 2 bad usage.
No tracebacks for user mistakes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, Sequence

from .io import arguments as arg

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: one line, exit 2
        self.exit(2, f"{self.prog}: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="entitlements",
        description="UK benefit entitlements, exact to the penny, with the legal source of every amount.",
    )
    p.add_argument("--version", action="store_true", help="print the library and rules versions")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    _add_estimate(sub)
    _add_check(sub)
    _add_gain(sub)
    _add_assessments(sub)
    _add_rules(sub)
    _add_caseload(sub)
    ar = sub.add_parser("areas", help="find the names of areas (Broad Rental Market Areas) by part of a name",
                        description="The official names of the areas a household can name (--brma), found by part of "
                        "a name or a close spelling; every area with no SEARCH.")
    ar.add_argument("search", nargs="?", default="", help="part of a name, e.g. 'coventry' or 'bristol' (blank: every area)")
    ar.add_argument("--kind", action="append", choices=["brma"], help="which kind of area (default: every kind)")
    ar.add_argument("--json", action="store_true", help="print JSON for programs")
    sc = sub.add_parser("schema", help="the JSON Schema of the household file or the caseload (for other programs)",
                        description="Print (or write) the JSON Schema of a household file or of a caseload's records, "
                        "generated from the household model: what other programs may send.")
    sc.add_argument("name", choices=["household", "caseload"], help="which schema: a household file, or a caseload's records")
    sc.add_argument("--out", type=Path, help="write it to this file instead of printing it")
    return p


def _output_flags(p, wide: str = "one line each, not wrapped to the terminal") -> None:
    """``--wide`` and ``--json``: the output's two other forms (text wraps to the terminal by default)."""
    p.add_argument("--wide", action="store_true", help=wide)
    p.add_argument("--json", action="store_true", help="print JSON for programs")


def _add_estimate(sub) -> None:
    """``entitlements estimate``: a household from flags or a file."""
    from .cli_household import add_household_flags

    e = sub.add_parser("estimate", help="estimate Universal Credit and every benefit for a household",
                       description="Estimate Universal Credit and the household's other benefits for one assessment "
                       "period, line by line with the law behind each amount. Describe the household with a file, "
                       "flags, or both (the flags then change the file's household).")
    e.add_argument("file", nargs="?", type=Path, help="a household file (.toml or .json); flags then change it")
    e.add_argument("--on", type=arg.date, help="first day of the assessment period (default: the file's `on`, or today)")
    add_household_flags(e)
    e.add_argument("--overlay", type=Path, action="append", default=[], help="a rule table (or directory) to lay over the shipped ones")
    e.add_argument("--rates-after", type=arg.rates_after, metavar="POLICY", help=arg.RATES_AFTER_HELP)
    _output_flags(e, "one line an amount, citations beside it (not wrapped to the terminal)")


def _add_check(sub) -> None:
    """``entitlements check``: the benefit check (:mod:`entitlements.cli_check`)."""
    from .cli_check import add_check

    add_check(sub, _output_flags, arg.RATES_AFTER_HELP)


def _check(args) -> int:
    from .cli_check import run_check

    return run_check(args, _tables_for(args))


def _add_gain(sub) -> None:
    """``entitlements gain``: an advice outcome's income gain."""
    from .cli_household import add_household_flags

    g = sub.add_parser("gain", help="the income gain an advice outcome wins: before and after",
                       description="The income gain of an advice outcome (--with OUTCOME --from DATE), or the "
                       "difference between two households (--after FILE). Describe the household before advice "
                       "with a file, the same flags as `entitlements estimate`, or both.")
    g.add_argument("file", nargs="?", type=Path, help="the household before (.toml or .json, as for estimate); or use the household flags")
    g.add_argument("--after", type=Path, help="the household after (a second file): compare the two on --on")
    g.add_argument("--on", type=arg.date, help="with --after: the first day of the assessment period compared (default: the before file's `on`, or today)")
    o = g.add_argument_group("the advice outcome")
    o.add_argument("--with", dest="outcome", metavar="OUTCOME",
                   help="what advice won: lcwra_found, lcw_found, pip_awarded, dla_awarded, carer_element, carers_allowance, "
                   "benefit_cap_exemption, housing_change, income_change, benefit_claimed, hb_awarded, ctr_awarded (worked out "
                   "for the household on --from, or --benefit-weekly), council_tax_band_corrected, "
                   "council_tax_discount_corrected (with --after-council-tax-band or --after-council-tax-disregarded)")
    o.add_argument("--from", dest="effective", type=arg.date, help="the date it takes effect (for LCWRA: when medical evidence was first given)")
    o.add_argument("--decided", type=arg.date, help="the decision date (default: --from); earlier periods are arrears")
    o.add_argument("--claim-start", type=arg.date, help="the first day of the UC claim (sets the assessment period day; default: the household file's `on`, or --from)")
    o.add_argument("--outcome-adult", "--adult", dest="adult", type=int, default=1, choices=[1, 2], help="whose outcome: 1 the claimant (default), 2 the partner")
    o.add_argument("--protection", choices=["pre_2026_claimant", "severe_conditions_criteria", "terminally_ill", "new_claimant"], help="LCWRA amount from 6 April 2026 (default: decided from the dates)")
    o.add_argument("--award-pip-daily-living", choices=["standard", "enhanced"], default="none", help="for pip_awarded: the daily living rate awarded")
    o.add_argument("--award-pip-mobility", choices=["standard", "enhanced"], default="none", help="for pip_awarded: the mobility rate awarded")
    o.add_argument("--award-dla-care", choices=["lowest", "middle", "highest"], default="none", help="for dla_awarded: the care rate awarded")
    o.add_argument("--award-dla-mobility", choices=["lower", "higher"], default="none", help="for dla_awarded: the mobility rate awarded")
    o.add_argument("--outcome-child", type=int, metavar="N", help="for dla_awarded to a child: which child (1 is the eldest)")
    o.add_argument("--outcome-partner-carer", action="store_true", help="the partner cares for the person awarded (the carer element follows)")
    o.add_argument("--stage", choices=["initial", "mandatory_reconsideration", "appeal"], default="initial", help="the stage the outcome is won at (default initial): sets the chance of success")
    o.add_argument("--confirmed", action="store_true", help="decided, not predicted")
    o.add_argument("--benefit-weekly", type=arg.money("week"), metavar="POUNDS", help="for hb_awarded or ctr_awarded: "
                   "the weekly amount awarded (default: worked out for the household on --from)")
    o.add_argument("--after-council-tax-band", choices=tuple("ABCDEFGHI"), type=str.upper,
                   help="for council_tax_band_corrected: the band after the correction")
    o.add_argument("--after-council-tax-disregarded", type=int, metavar="N",
                   help="for council_tax_discount_corrected: the adults disregarded for the discount after the correction")
    o.add_argument("--after-disabled-band-reduction", choices=("yes", "no"),
                   help="for council_tax_discount_corrected: the disabled band reduction after the correction")
    o.add_argument("--horizon", type=int, default=12, help="months to project (default 12)")
    o.add_argument("--convention", choices=["weekly_x52", "monthly_x12"], default="weekly_x52", help="how the annual gain is reported (default weekly_x52)")
    add_household_flags(g)
    g.add_argument("--overlay", type=Path, action="append", default=[], help="a rule table (or directory) to lay over the shipped ones")
    g.add_argument("--rates-after", type=arg.rates_after, metavar="POLICY", help=arg.RATES_AFTER_HELP)
    _output_flags(g)


def _add_assessments(sub) -> None:
    """``entitlements wca`` and ``entitlements pip``: scoring an assessment."""
    w = sub.add_parser("wca", help="score a work capability assessment (LCW / LCWRA) from its descriptors")
    w.add_argument("descriptors", nargs="*", metavar="CODE", help="descriptor codes that apply, e.g. lcw.1c lcw.15b lcwra.9 (see --list)")
    w.add_argument("--treated-as", action="append", default=[], metavar="CODE", help="a Sch 8/9 circumstance, e.g. sch9.terminally_ill")
    w.add_argument("--on", type=arg.date, help="date of the assessment (default: today)")
    w.add_argument("--interactive", "-i", action="store_true", help="answer the activities one at a time (descriptor letters, numbers or codes; < goes back)")
    w.add_argument("--list", action="store_true", help="list every descriptor and circumstance code")
    _output_flags(w)

    pp = sub.add_parser("pip", help="score a PIP assessment from its descriptors")
    pp.add_argument("--daily-living", nargs="*", default=[], metavar="CODE", help="daily living descriptor codes, e.g. dl.1f dl.4g")
    pp.add_argument("--mobility", nargs="*", default=[], metavar="CODE", help="mobility descriptor codes, e.g. mob.2c")
    pp.add_argument("--on", type=arg.date, help="date for the weekly amounts (default: today)")
    pp.add_argument("--interactive", "-i", action="store_true", help="answer the activities one at a time (descriptor letters, numbers or codes; < goes back)")
    pp.add_argument("--list", action="store_true", help="list every descriptor code")
    _output_flags(pp)


def _add_rules(sub) -> None:
    """``entitlements rates`` and ``entitlements tables``: the rule tables."""
    r = sub.add_parser("rates", help="the value of a rule table on a date, or its whole history")
    r.add_argument("table", help="table id, e.g. uc.standard_allowance (see `entitlements tables`)")
    r.add_argument("--on", type=arg.date, help="a date (default: the whole history)")
    _output_flags(r)

    t = sub.add_parser("tables", help="list the rule tables (or, with --unverified, every row not read in its text)")
    t.add_argument("--unverified", action="store_true",
                   help="list every rule table and schedule row whose figure could not be read in the text it cites, with the reason")
    t.add_argument("--overlay", type=Path, action="append", default=[], help="a rule table (or directory) to lay over the shipped ones")
    _output_flags(t)


def _add_caseload(sub) -> None:
    """``entitlements caseload``: a CSV file of cases."""
    c = sub.add_parser("caseload", help="estimate every case in a CSV file (or Parquet files too large for memory)")
    c.add_argument("csv", type=Path, nargs="+", metavar="FILE",
                   help="the caseload: a CSV file, one household (and any advice outcome) a row; or Parquet files (or a "
                        "directory of them) with the same columns, estimated a part at a time (the distributed extra)")
    c.add_argument("--on", type=arg.date, help="first day of the assessment period (default: today)")
    c.add_argument("--out", type=Path, help="write per-case results here (.csv; .parquet with pyarrow installed)")
    c.add_argument("--json", action="store_true", help="print the summary as JSON")
    c.add_argument("--report", type=Path, help="a caseload of advice outcomes: write the funders' income-gain report (.html or .md) here")
    c.add_argument("--check", action="store_true", help="the benefit check of every case: what each is missing (columns "
                   "claims_universal_credit, claims_pension_credit, ... say what is claimed now); --out the findings, "
                   "--report the missing-out analysis")
    c.add_argument("--title", help="with --report: the report's title (default 'Income gain report')")
    c.add_argument("--period", help="with --report: the reporting period, as the report should name it (e.g. 'April 2025 to March 2026')")
    c.add_argument("--group-by", action="append", default=[], metavar="COLUMN",
                   help="with --report: a grouping column to break the figures down by (repeat; default: every known grouping column in the file)")
    c.add_argument("--keep", action="append", default=[], metavar="COLUMN",
                   help="a column of your own to carry through to --out as it is (repeat; or name it keep_...); it never reaches a report")
    c.add_argument("--errors", type=Path, metavar="FILE", help="write every row that could not be used, with its reason, to this CSV file "
                   "(default: beside --out or --report, named ..._errors.csv, where any row could not be used)")
    c.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    c.add_argument("--overlay", type=Path, action="append", default=[], help="a rule table (or directory) to lay over the shipped ones")
    c.add_argument("--rates-after", type=arg.rates_after, metavar="POLICY", help=arg.RATES_AFTER_HELP)
    c.add_argument("--workers", type=int, metavar="N",
                   help="Parquet input: estimate on a local Dask cluster of N worker processes (default: threads in this process)")
    c.add_argument("--scheduler", metavar="ADDRESS", help="Parquet input: estimate on the Dask cluster at ADDRESS")


#: Exit statuses (documented on the advisers' page).
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_FILE, EXIT_BUG = 0, 1, 2, 3, 70
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143


class _Stopped(BaseException):
    """SIGTERM (or SIGHUP) arrived: unwind, removing any file half written."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum, frame):  # pragma: no cover - exercised by a subprocess test
    raise _Stopped(signum)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; every failure a user can cause is one line on
    standard error (``entitlements: <what>: <why>``) and an exit status:
    0 done, 1 an input that cannot be used, 2 a usage mistake, 3 a file that
    cannot be read or written, 130/143 interrupted or terminated (nothing
    half written is left), 70 a bug (with its traceback)."""
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _on_signal)
    for stream in (sys.stdout, sys.stderr):  # an ASCII terminal gets "?" for "£", not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    status = _run(argv)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_to_devnull()
    except OSError as e:  # /dev/full
        _stdout_to_devnull()
        print(f"entitlements: standard output: cannot write: {e.strerror or e}", file=sys.stderr)
        return EXIT_FILE
    return status


def _stdout_to_devnull() -> None:
    """Point standard output at /dev/null, so that Python's own flush at exit
    does not fail again on what could not be written."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _terminal_width() -> int:
    """The terminal's width (``COLUMNS`` first; 80 when not a terminal), at least 40."""
    import shutil

    return max(40, shutil.get_terminal_size((80, 24)).columns)


def _out(args, text: str) -> None:
    """Print ``text`` wrapped to the terminal (each line keeps its indent)."""
    from .wrapping import wrap_lines

    print(wrap_lines(text, getattr(args, "width", None)))


def _run(argv: Sequence[str] | None) -> int:
    from .errors import EntitlementsError, UsageError

    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        if args.version:
            from . import __version__
            from .tables import default_tables

            print(f"entitlements {__version__}, {default_tables().version}")
            return EXIT_OK
        if args.command is None:
            parser.print_help()
            return EXIT_USAGE
        args.width = None if getattr(args, "wide", False) or getattr(args, "json", False) else _terminal_width()
        commands = {"check": _check, "estimate": _estimate, "gain": _gain, "rates": _rates, "tables": _tables, "caseload": _caseload, "wca": _wca, "pip": _pip, "schema": _schema, "areas": _areas}
        return commands[args.command](args)
    except UsageError as e:
        return _fail(str(e), EXIT_USAGE)
    except EntitlementsError as e:
        return _fail(_in_pounds(e), EXIT_INPUT)
    except UnicodeError as e:
        return _fail(f"cannot read the text: {e}", EXIT_INPUT)
    except csv.Error as e:
        return _fail(f"not a CSV file that can be read: {e}", EXIT_INPUT)
    except BrokenPipeError:  # piped into head: what was wanted was shown
        _stdout_to_devnull()
        return EXIT_OK
    except OSError as e:
        return _fail(_os_message(e), EXIT_FILE)
    except KeyboardInterrupt:
        return _fail("interrupted: no output file was replaced", EXIT_INTERRUPTED)
    except _Stopped as e:
        import signal

        name = signal.Signals(e.signum).name
        return _fail(f"stopped by {name}: no output file was replaced", 128 + e.signum if e.signum != signal.SIGTERM else EXIT_TERMINATED)
    except SystemExit:
        raise
    except Exception as e:  # a bug: show it, and ask for a report
        import traceback

        traceback.print_exc()
        return _fail(f"internal error ({type(e).__name__}): this is a bug. Please report it with the command you ran "
                     "(not your data) at the project's issue tracker.", EXIT_BUG)


def _in_pounds(e) -> str:
    """An error's message, with an amount in pence shown in pounds (people
    type pounds: ``--carers-allowance 80`` is £80.00, not 8000)."""
    from .errors import InputError
    from .io.households import MONEY_FIELDS
    from .money import format_pounds

    if isinstance(e, InputError) and type(e.value) is int:
        leaf = e.field.rsplit(".", 1)[-1]
        for prefix in ("adult1_", "adult2_", "housing_"):
            leaf = leaf.removeprefix(prefix)
        if leaf in MONEY_FIELDS:
            expected = e.expected.replace("0 or more pence", "£0.00 or more")
            return str(InputError(e.field, format_pounds(e.value), expected, e.where))
    return str(e)


def _os_message(e: OSError) -> str:
    """``<file>: <why>`` for a file that could not be read or written."""
    what = e.filename if e.filename is not None else "output"
    why = e.strerror or str(e)
    return f"{what}: {why}"


def _fail(message: str, status: int) -> int:
    print(f"entitlements: {message}", file=sys.stderr)
    return status


def _estimate(args) -> int:
    from .cli_household import household_from_args
    from .estimate import estimate
    from .io.households import read_household_file

    base, file_on = read_household_file(args.file) if args.file else (None, None)
    household = household_from_args(args, base)
    result = estimate(household, on=args.on or file_on or dt.date.today(), tables=_tables_for(args),
                      rates_after=args.rates_after)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(result.render(width=args.width))
    return 0


def _list_schedules(schedule_ids: Sequence[str], width: int | None) -> None:
    """Every descriptor and circumstance of the schedules, whole (wrapped, never cut)."""
    from .assessments import default_schedules
    from .wrapping import wrap, wrap_row

    sch = default_schedules()
    for sid in schedule_ids:
        s = sch.schedule(sid)
        head = f"{s.title}  [{s.legal_basis}]"
        print("\n".join(wrap(head, width, subsequent="    ")) if width else head)
        for a in s.activities:
            print("\n".join(wrap_row(f"  {a.code:<9} ", a.name, "", width)))
            for d in a.descriptors:
                pts = "" if d.points is None else f"{d.points:>3}"
                print("\n".join(wrap_row(f"    {d.code:<11}{pts}  ", d.text, "", width)))
        for c in s.circumstances:
            print("\n".join(wrap_row(f"  {c.code:<28} ", getattr(c, "text", ""), "", width)))


def _result_json(result) -> str:
    import attrs

    def plain(v):
        if attrs.has(type(v)):
            return {f.name: plain(getattr(v, f.name)) for f in attrs.fields(type(v))}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, dt.date):
            return v.isoformat()
        return v

    return json.dumps(plain(result), indent=2, ensure_ascii=False)


def _wca(args) -> int:
    from .assessments import assess_wca

    if args.list:
        _list_schedules(["wca.schedule6", "wca.schedule7", "wca.schedule8", "wca.schedule9"], args.width)
        return 0
    codes, treated = list(args.descriptors), list(args.treated_as)
    if args.interactive:
        from .assessments import default_schedules
        from .cli_interactive import WCA_GUIDANCE, Interview, wca_questions

        answers = Interview(sys.stdin, sys.stdout, args.width).run(
            wca_questions(default_schedules()), WCA_GUIDANCE, "Work capability assessment (SI 2013/376 Schs 6-9)")
        codes += [c for a in answers[:-2] for c in a]
        treated += [c for a in answers[-2:] for c in a]
        print()
    result = assess_wca(codes, on=args.on or dt.date.today(), treated_as=treated)
    print(_result_json(result) if args.json else result.explain(width=args.width))
    return 0


def _pip(args) -> int:
    from .assessments import assess_pip

    if args.list:
        _list_schedules(["pip.daily_living", "pip.mobility"], args.width)
        return 0
    dl, mob = list(args.daily_living), list(args.mobility)
    if args.interactive:
        from .assessments import default_schedules
        from .cli_interactive import PIP_GUIDANCE, Interview, pip_questions

        answers = Interview(sys.stdin, sys.stdout, args.width).run(
            pip_questions(default_schedules()), PIP_GUIDANCE, "Personal independence payment (SI 2013/377 Sch 1)")
        chosen = [c for a in answers for c in a]
        dl += [c for c in chosen if c.startswith("dl.")]
        mob += [c for c in chosen if c.startswith("mob.")]
        print()
    result = assess_pip(daily_living=dl, mobility=mob, on=args.on or dt.date.today())
    print(_result_json(result) if args.json else result.explain(width=args.width))
    return 0


def _rates(args) -> int:
    from .explain import MARKS, UNVERIFIED
    from .money import format_pounds
    from .tables import UNITS, default_tables

    tables = default_tables()
    t = tables.table(args.table)
    rows = [t.row_at(args.on)] if args.on else list(t.rows)

    def show(v):
        if UNITS[t.unit] == "pence":
            return format_pounds(v)
        if UNITS[t.unit] == "fraction":
            return f"{float(v):g}%"
        return str(v)

    if args.json:
        out = {
            "id": t.id,
            "title": t.title,
            "unit": t.unit,
            "legal_basis": t.legal_basis,
            "rows": [
                {
                    "from": r.start.isoformat(),
                    "value": {k: str(x) for k, x in r.value.items()} if isinstance(r.value, dict) else str(r.value),
                    "source": r.source,
                    "verified": r.verified,
                    "status": r.status,
                    "note": r.note,
                }
                for r in rows
            ],
            "until": t.until.isoformat(),
            "frozen": [
                {"keys": list(f.keys) if f.keys else None, "from": f.start.isoformat(), "until": f.until.isoformat(), "source": f.source}
                for f in t.frozen
            ],
        }
        print(json.dumps(out, indent=2))
        return 0
    print(f"{t.title} [{t.unit}]")
    _out(args, f"  legal basis: {t.legal_basis}")
    for r in rows:
        when = r.start.strftime("%d/%m/%Y")
        if isinstance(r.value, dict):
            vals = ", ".join(f"{k} {show(v)}" for k, v in r.value.items())
        else:
            vals = show(r.value)
        flag = ("" if r.verified else f"  {UNVERIFIED}") + ("  [announced: not yet law]" if r.announced else "")
        _out(args, f"  from {when}: {vals}{flag}")
        _out(args, f"      source: {r.source}")
    if not args.on:
        print(f"  known to {t.until.strftime('%d/%m/%Y')}")
    for f in t.frozen:
        which = ", ".join(f.keys) if f.keys else "every value"
        _out(args, f"  frozen by law ({which}) {f.start.strftime('%d/%m/%Y')} to {f.until.strftime('%d/%m/%Y')}: {f.source}")
    if not all(r.verified for r in rows):
        _out(args, MARKS[UNVERIFIED])
    return 0


def _tables(args) -> int:
    tables = _tables_for(args)
    if args.unverified:
        return _unverified(tables, args)
    if args.json:
        print(json.dumps([{"id": t.id, "title": t.title, "unit": t.unit} for t in tables], indent=2))
        return 0
    print(f"{tables.version}: {len(tables)} tables")
    for t in tables:
        print(f"  {t.id:<45} {t.title}")
    return 0


def _unverified(tables, args) -> int:
    """Every unverified row of the rules, with its reason, and the counts."""
    from .audit import unverified_rows

    rows = unverified_rows(tables)
    n_tables = sum(r.kind == "table" for r in rows)
    if args.json:
        print(json.dumps({"rules": str(tables.version), "count": len(rows), "table_rows": n_tables,
                          "schedule_rows": len(rows) - n_tables, "rows": [r.to_dict() for r in rows]}, indent=2))
        return 0
    _out(args, f"{tables.version}: {len(rows)} unverified rows ({n_tables} in rule tables, {len(rows) - n_tables} in schedules)")
    _out(args, "  Unverified: no official text confirming the figure could be read; the reason is the row's note.")
    for kind, heading in (("table", "Rule tables"), ("schedule", "Schedules")):
        group = [r for r in rows if r.kind == kind]
        if group:
            print(f"\n{heading}")
        for r in group:
            _out(args, f"  {r.where}, {r.item}")
            _out(args, f"      source: {r.source}")
            _out(args, f"      why: {r.note}")
    return 0


def _gain_two_files(args) -> int:
    """Before and after as two household files: the difference in every
    benefit for one assessment period, weekly, monthly and a year."""
    from .estimate import estimate
    from .explain import uk_date
    from .io.households import read_household_file
    from .money import format_pounds

    before, on_before = _household_before(args)
    after, on_after = read_household_file(args.after)
    on = args.on or on_before or on_after or dt.date.today()
    tables = _tables_for(args)
    a, b = (estimate(before, on=on, tables=tables, rates_after=args.rates_after),
            estimate(after, on=on, tables=tables, rates_after=args.rates_after))
    weekly = b.total_weekly - a.total_weekly
    monthly = b.total_monthly - a.total_monthly
    annual = weekly * 52 if args.convention == "weekly_x52" else monthly * 12
    uc = b.universal_credit.award - a.universal_credit.award
    if args.json:
        print(json.dumps({
            "before": args.file.name if args.file else "the household flags", "after": args.after.name, "period_start": on.isoformat(),
            "uc_monthly_pence": uc, "weekly_pence": weekly, "monthly_pence": monthly,
            "annual": {"convention": args.convention, "pence": annual}, "rules": str(a.rules),
            "rates_policy": a.rates_policy, "assumptions": _both_assumed(a, b),
        }, indent=2))
        return 0
    _out(args, f"Income gain: {args.file.name if args.file else 'the household flags'} -> {args.after.name}, assessment period beginning {uk_date(on)}")
    _out(args, f"  Universal Credit: {format_pounds(a.universal_credit.award)} -> {format_pounds(b.universal_credit.award)} a month ({format_pounds(uc, sign=True)})")
    _out(args, f"  Every benefit: {format_pounds(a.total_weekly)} -> {format_pounds(b.total_weekly)} a week ({format_pounds(weekly, sign=True)}; {format_pounds(monthly, sign=True)} a month)")
    print(f"  Annual income gain ({args.convention.replace('_', ' ')}): {format_pounds(annual)}")
    _out(args, "  Assumptions: both households as described for the whole period; no timeline, arrears or "
         "probability (use --with OUTCOME --from DATE for those).")
    from .rates_policy import describe

    for line in describe(a.assumptions + b.assumptions, a.rates_policy):
        _out(args, f"    {line}")
    print(f"  Rules: {a.rules}")
    return 0


def _household_before(args):
    """The household before advice (a file, flags, or both) and the file's ``on``."""
    from .cli_household import household_from_args
    from .io.households import read_household_file

    base, file_on = read_household_file(args.file) if args.file else (None, None)
    return household_from_args(args, base), file_on
def _both_assumed(a, b) -> list[dict[str, Any]]:
    """The rate assumptions of two estimates, each once."""
    return [x.to_dict() for x in dict.fromkeys(a.assumptions + b.assumptions)]


def _gain(args) -> int:
    from .errors import UsageError
    from .gain.household import income_gain
    from .gain.outcomes import Outcome, Scenario

    if args.after:
        return _gain_two_files(args)
    if not args.outcome or not args.effective:
        raise UsageError("--with", args.outcome, "--with OUTCOME and --from DATE, or --after FILE (the household after)")
    household, file_on = _household_before(args)
    claim_start = args.claim_start or file_on or args.effective
    outcome = Outcome(
        kind=args.outcome,
        effective=args.effective,
        decided=args.decided,
        adult=args.adult,
        lcwra_protection=args.protection,
        pip_daily_living=args.award_pip_daily_living,
        pip_mobility=args.award_pip_mobility,
        dla_care=args.award_dla_care,
        dla_mobility=args.award_dla_mobility,
        child=args.outcome_child,
        partner_carer=args.outcome_partner_carer,
        stage=args.stage,
        confirmed=args.confirmed,
        weekly_amount=args.benefit_weekly or 0,
        changes={k: v for k, v in (("housing_council_tax_band", args.after_council_tax_band),
                                   ("housing_council_tax_disregarded", args.after_council_tax_disregarded),
                                   ("housing_disabled_band_reduction", None if args.after_disabled_band_reduction is None
                                    else args.after_disabled_band_reduction == "yes")) if v is not None},
    )
    result = income_gain(
        Scenario(household=household, claim_start=claim_start, outcomes=(outcome,), name=args.file.stem if args.file else ""),
        horizon_months=args.horizon,
        convention=args.convention,
        tables=_tables_for(args),
        rates_after=args.rates_after,
    )
    print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) if args.json else result.render(width=args.width))
    return 0


_REPORT_SUFFIXES = (".html", ".htm", ".md", ".markdown")


def _tables_for(args):
    """The shipped rule tables, with ``--overlay`` laid over them."""
    from .tables import Tables, default_tables

    return Tables.load(overlays=args.overlay) if getattr(args, "overlay", None) else default_tables()


def _caseload(args) -> int:
    from .caseload import Caseload, estimate_caseload, failures_in_words
    from .errors import UsageError
    from .io.files import refuse_overwriting
    from .partitions import is_partitioned

    if is_partitioned(args.csv):
        return _caseload_partitioned(args)
    if len(args.csv) > 1 or args.workers is not None or args.scheduler is not None:
        what = "--workers" if args.workers is not None else "--scheduler" if args.scheduler is not None else "FILE"
        raise UsageError(what, str(args.csv[1]) if what == "FILE" else str(args.workers or args.scheduler),
                         "Parquet files (several files, --workers and --scheduler are for Parquet input; a CSV file is one)")
    args.csv = args.csv[0]

    if args.report is not None and args.report.suffix.lower() not in _REPORT_SUFFIXES:
        raise UsageError("--report", str(args.report), "a report file ending .html or .md (a PDF is not made: print the HTML to PDF)")
    if args.group_by and args.report is None and not args.check:
        raise UsageError("--group-by", args.group_by[0], "--report FILE too (groups are for the report)")
    for flag, value in (("--title", args.title), ("--period", args.period)):
        if value is not None and args.report is None:
            raise UsageError(flag, value, "--report FILE too (it names the report)")
    outputs = [("--out", args.out), ("--report", args.report), ("--errors", args.errors)]
    if args.report is not None and args.report.suffix.lower() in (".md", ".markdown"):
        from .report.write import chart_files

        outputs += [("--report chart", p) for p in chart_files(args.report)]
    refuse_overwriting([("caseload", args.csv)] + [("--overlay", o) for o in args.overlay], outputs)
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
                         period=args.period)
        progress.close()
        errors = [_GainRowError(e["row"], e["case_id"], e["reason"]) for e in g.errors()]
        errors_file = _errors_file(args, errors)
        _write_errors(errors_file, errors)
        s = g.summary(args.group_by or None)
        if args.json:
            print(json.dumps({"cases": s["cases"], "cases_projected": s["cases_projected"], "cases_with_errors": s["cases_with_errors"],
                              "totals": s["totals"], "uncertainty": s["uncertainty"], "report": str(args.report), "out": str(args.out) if args.out else None,
                              "errors_by_reason": _by_reason(errors), "cases_not_projected": s["cases_not_projected"],
                              "rates": s["rates"], "rules": s["assumptions"]["rules"]}, indent=2))
            return EXIT_OK
        print(f"{args.csv.name}: " + headline(s))
        _print_errors(errors, errors_file)
        print(f"report written to {args.report}" + (f"; per-case gains to {args.out}" if args.out else ""))
        return EXIT_OK

    from .money import format_pounds

    progress.step("reading")
    cl = Caseload.from_csv(args.csv, keep=tuple(args.keep))
    progress.step("estimating")
    res = estimate_caseload(cl, on=args.on or dt.date.today(), tables=tables, rates_after=args.rates_after)
    if args.out:
        progress.step("writing")
        res.write(args.out)
    progress.close()
    s = res.summary()
    errors = sorted(res.caseload.errors, key=lambda e: e.row)
    errors_file = _errors_file(args, errors)
    _write_errors(errors_file, errors)
    if args.json:
        s["errors"] = [str(e) for e in errors]
        s["errors_by_reason"] = _by_reason(errors)
        if cl.encoding:
            s["encoding"] = cl.encoding
        print(json.dumps(s, indent=2))
        return EXIT_OK
    read_as = f" (read as {cl.encoding})" if cl.encoding not in (None, "UTF-8") else ""
    why = failures_in_words(e.reason for e in errors)
    print(f"{s['cases']} cases read from {cl.source}{read_as}; {s['cases_estimated']} estimated, {s['cases_with_errors']} with errors"
          + (f" ({why})" if why else ""))
    if s["cases_with_assumed_rates"]:
        print(f"  {s['cases_with_assumed_rates']} of them on rates past the tables' end: " + " ".join(s["assumptions"]))
    print(f"  entitled to Universal Credit: {s['cases_entitled_to_uc']}")
    print(f"  total UC a month: {format_pounds(s['total_uc_monthly_pence'])}")
    _print_errors(errors, errors_file)
    if args.out:
        print(f"  per-case results written to {args.out}")
    return EXIT_OK


def _caseload_partitioned(args) -> int:
    """``entitlements caseload data/*.parquet --out results.parquet``: a
    caseload too large for memory, estimated a partition at a time
    (:mod:`entitlements.partitions`); the summary is the whole caseload's."""
    from .caseload import failures_in_words
    from .errors import UsageError
    from .io.files import refuse_overwriting
    from .money import format_pounds
    from .partitions import estimate_partitioned

    for flag, given in (("--report", args.report), ("--group-by", args.group_by or None), ("--keep", args.keep or None)):
        if given is not None:
            raise UsageError(flag, str(given[0] if isinstance(given, list) else given),
                             "a CSV caseload (with Parquet input: per-case results with --out, the summary, --errors)")
    if args.out is not None and args.out.suffix.lower() != ".parquet":
        raise UsageError("--out", str(args.out), "a Parquet dataset ending .parquet (a directory, one file a part)")
    refuse_overwriting([("caseload", p) for p in args.csv] + [("--overlay", o) for o in args.overlay],
                       [("--out", args.out), ("--errors", args.errors)])
    tables = _tables_for(args)
    on = args.on or dt.date.today()
    result = estimate_partitioned(args.csv if len(args.csv) > 1 else args.csv[0], on=on, tables=tables,
                                  rates_after=args.rates_after)
    cluster = client = None
    try:
        if args.scheduler is not None or args.workers is not None:
            from distributed import Client, LocalCluster

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
    why = failures_in_words(e.reason for e in errors) if errors else ""
    print(f"{s['cases']} cases read from {source}; {s['cases_estimated']} estimated, {s['cases_with_errors']} with errors"
          + (f" ({why})" if why else ""))
    if s["cases_with_assumed_rates"]:
        print(f"  {s['cases_with_assumed_rates']} of them on rates past the tables' end: " + " ".join(s["assumptions"]))
    print(f"  entitled to Universal Credit: {s['cases_entitled_to_uc']}")
    print(f"  total UC a month: {format_pounds(s['total_uc_monthly_pence'])}")
    _print_errors(errors, args.errors)
    if args.out:
        print(f"  per-case results written to {args.out}")
    return EXIT_OK


class _GainRowError:
    """A row of a caseload of outcomes that could not be projected, as the
    errors file and the summary show it."""

    def __init__(self, row: int, case_id: str, reason: str) -> None:
        self.row, self.case_id, self.reason = row, case_id, reason
        self.field = reason.split(":", 1)[0] if ":" in reason else ""
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
            print(f"  {g['rows']:,} rows: {g['reason']} (rows {', '.join(map(str, g['first_rows']))}{more})")
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

    write_csv(({"row": e.row, "field": e.field, "reason": _reason_of(e), "message": str(e)} for e in errors), path,
              fields=["row", "field", "reason", "message"])


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


def _areas(args) -> int:
    """``entitlements areas SEARCH``: matching area names, by kind."""
    from .cli_areas import AREA_KINDS, find_areas

    kinds = args.kind or list(AREA_KINDS)
    found = find_areas(args.search, kinds)
    if args.json:
        print(json.dumps([{"kind": k, "name": n, "nation": nation} for k, n, nation in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        _out(args, f"No area matches {args.search!r}. `entitlements areas` lists them all.")
        return 1
    for kind in kinds:
        names = [(n, nation) for k, n, nation in found if k == kind]
        if names:
            what, flag = AREA_KINDS[kind][:2]
            _out(args, f"{what} ({flag}): {len(names)}")
            for n, nation in names:
                print(f"  {n}  ({nation.title()})")
    return 0


def _schema(args) -> int:
    """``entitlements schema NAME``: a JSON Schema, printed or written."""
    from .io.schema import schema_json

    text = schema_json(args.name)
    if args.out:
        from .io.writers import write_text

        write_text(args.out, text)
        print(f"{args.name} schema written to {args.out}")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
