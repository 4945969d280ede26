"""The ``entitlements`` command for advisers.

Exit status (see :func:`main`): 0 success, 1 an input that cannot be used
(a value, wherever it is refused, or a file's contents), 2 a usage mistake
(a flag unknown, missing or in conflict), 3 a file that cannot be read or
written. Every error is one clear line; no tracebacks for user mistakes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Sequence

from ._starting import interrupted_while_starting

try:
    from .io import arguments as arg
    from .cli_common import EXIT_BUG, EXIT_FILE, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, _fail, _out, _output_flags, _result_json, _tables_for, _terminal_width  # noqa: F401
    from .cli_gain import _add_gain, _gain  # noqa: F401
    from .cli_rules import _add_assessments, _add_rules, _pip, _rates, _tables, _wca  # noqa: F401
except KeyboardInterrupt:  # Ctrl-C as the command starts: one line, not a traceback
    interrupted_while_starting()
    raise

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        """One line. A value a flag's own reader refuses (``--age abc``,
        ``--rent -5/week``) is an input that cannot be used, exit 1, as when
        the household model refuses it (``--age 12``); anything else (a flag
        unknown, missing or given without its value, a command unknown) is a
        usage mistake, exit 2."""
        value = _flag_value_error(message)
        if value is not None:
            self.exit(EXIT_INPUT, f"entitlements: {value}\n")
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}{_claims_hint(message)}\n")


def _claims_hint(message: str) -> str:
    """Where an argument not recognised is a name --claims takes (``check --claims housing_benefit
    council_tax_reduction``): how to give several."""
    import re

    from .check.findings import CLAIMABLE, PASSPORTED_HELP

    m = re.fullmatch(r"unrecognized arguments: (.*)", message)
    if m is None or not set(m[1].split()) & set(CLAIMABLE + PASSPORTED_HELP):
        return ""
    return " (--claims takes one list, separated by commas: --claims housing_benefit,council_tax_reduction)"


def _flag_value_error(message: str) -> str | None:
    """argparse's message about a flag's value as ``<flag>: <why>`` (None
    if it is not about a value): ``argument --age: invalid int value: 'abc'``
    becomes ``--age: 'abc' is not allowed (expected a whole number).``"""
    import re

    m = re.fullmatch(r"argument (\S+?): (.*)", message, flags=re.S)
    if m is None or m[1] == "command":
        return None
    flag, why = m[1].split("/")[-1], m[2]
    kind = re.fullmatch(r"invalid (\w+) value: (.*)", why, flags=re.S)
    if kind is not None:
        what = {"int": "a whole number", "whole_number": "a whole number", "float": "a number"}.get(kind[1], "a value of the kind the flag takes")
        return f"{flag}: {kind[2]} is not allowed (expected {what})."
    choice = re.fullmatch(r"invalid choice: (.*) \(choose from (.*)\)", why, flags=re.S)
    if choice is not None:
        return f"{flag}: {choice[1]} is not allowed (expected one of {choice[2]})."
    if why.startswith("'") or why.startswith(f"{flag} "):  # a reader's own "'x' is not allowed: give ..."
        return f"{flag}: {why.removeprefix(flag + ' ')}"
    return None


def _negatives_joined(argv: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    """``argv`` with a value that starts with a minus sign joined to the flag
    before it (``--rent -5/week`` becomes ``--rent=-5/week``), so that the
    flag's own check says what is allowed, not argparse's "expected one
    argument". Only flags that take one value are joined."""
    import re

    negative = re.compile(r"-(?:\d|\.\d|£|\$)")  # -5, -5/week, -.5, -£5: an amount, not a flag
    one_value = set()
    parsers = [parser]
    while parsers:
        p = parsers.pop()
        for a in p._actions:
            if isinstance(a, argparse._SubParsersAction):
                parsers.extend(a.choices.values())
            elif a.option_strings and a.nargs is None and isinstance(a, (argparse._StoreAction, argparse._AppendAction)):
                one_value.update(s for s in a.option_strings if s.startswith("--"))
    out: list[str] = []
    for tok in argv:
        if out and out[-1] in one_value and negative.match(tok) and "=" not in out[-1]:
            out[-1] = f"{out[-1]}={tok}"
        else:
            out.append(tok)
    return out


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
    from .cli_sweep import add_sweep

    add_sweep(sub)
    ar = sub.add_parser("areas", help="find the names of areas (Broad Rental Market Areas, councils) by part of a name",
                        description="The official names of the areas a household can name (--brma, --council), found "
                        "by part of a name, a GSS code or a close spelling; every area with no SEARCH. A council's "
                        "line says what the library holds for it: its GSS code, the years whose Band D ships and its "
                        "working-age Council Tax Reduction scheme files.")
    ar.add_argument("search", nargs="?", default="", help="part of a name, e.g. 'coventry' or 'bristol' (blank: every area)")
    ar.add_argument("--kind", action="append", choices=["brma", "council"],
                    help="which kind of area (default: every kind)")
    ar.add_argument("--json", action="store_true", help="print JSON for programs")
    sc = sub.add_parser("schema", help="the JSON Schema of the household file, the caseload, or a JSON result (for other programs)",
                        description="Print (or write) the JSON Schema of a household file or of a caseload's records, "
                        "generated from the household model (what other programs may send), or of what "
                        "`estimate --json`, `check --json`, `gain --json` and `caseload FILE --json` (with --report or --check too) print, generated from the result "
                        "classes.")
    sc.add_argument("name", choices=["household", "caseload", "estimate", "check", "gain", "caseload-summary",
                                     "caseload-report", "caseload-check"],
                    help="which schema: a household file, a caseload's records, or the JSON of an estimate, a benefit "
                    "check, an income gain or a caseload's summary (caseload FILE --json), its income-gain report's "
                    "(caseload FILE --report R --json) or its benefit check's (caseload FILE --check --json)")
    sc.add_argument("--out", type=Path, help="write it to this file instead of printing it")
    return p


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


def _add_caseload(sub) -> None:
    """``entitlements caseload``: a CSV file (or an Excel workbook) of cases. Its flags are here, its run in
    :mod:`entitlements.cli_caseload`, imported only to run it (the other commands never read a caseload)."""
    c = sub.add_parser("caseload", help="estimate every case in a CSV file or Excel workbook (or Parquet files too large for memory)")
    c.add_argument("csv", type=Path, nargs="+", metavar="FILE",
                   help="the caseload: a CSV file or an Excel workbook (.xlsx, .xlsm: the excel extra), one household (and "
                        "any advice outcome) a row; or Parquet files (or a directory of them) with the same columns, "
                        "estimated a part at a time (the distributed extra)")
    c.add_argument("--sheet", metavar="NAME", help="an Excel workbook's worksheet to read (default: the first visible one)")
    c.add_argument("--on", type=arg.date, help="first day of the assessment period (default: today)")
    c.add_argument("--out", type=Path, help="write per-case results here (.csv; .parquet with pyarrow installed)")
    c.add_argument("--json", action="store_true", help="print the summary as JSON")
    c.add_argument("--report", type=Path, help="a caseload of advice outcomes: write the funders' income-gain report (.html or .md) here")
    c.add_argument("--check", action="store_true", help="the benefit check of every case: what each is missing (columns "
                   "claims_universal_credit, claims_pension_credit, ... say what is claimed now); --out the findings, "
                   "--report the missing-out analysis")
    c.add_argument("--title", help="with --report: the report's title (default 'Income gain report')")
    c.add_argument("--period", help="with --report: the reporting period's name, shown in the heading (e.g. 'April 2025 to March 2026'); "
                        "it selects no cases: the report covers every case in the file and says so")
    c.add_argument("--group-by", action="append", default=[], metavar="COLUMN",
                   help="with --report: a grouping column to break the figures down by (repeat; default: every known grouping column in the file)")
    c.add_argument("--keep", action="append", default=[], metavar="COLUMN",
                   help="a column of your own to carry through to --out as it is (repeat; or name it keep_...); it never reaches a report")
    c.add_argument("--errors", type=Path, metavar="FILE", help="write every row that could not be used, with its reason, to this CSV file "
                   "(default: beside --out or --report, named ..._errors.csv, where any row could not be used)")
    c.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    c.add_argument("--overlay", type=Path, action="append", default=[], help="a rule table (or directory) to lay over the shipped ones")
    c.add_argument("--rates-after", type=arg.rates_after, metavar="POLICY", help=arg.RATES_AFTER_HELP)
    c.add_argument("--as-of", type=arg.date, metavar="YYYY-MM-DD", help="with --report: " + arg.AS_OF_HELP)
    c.add_argument("--workers", type=arg.whole_number, metavar="N",
                   help="Parquet input: estimate on a local Dask cluster of N worker processes (default: threads in this process)")
    c.add_argument("--scheduler", metavar="ADDRESS", help="Parquet input: estimate on the Dask cluster at ADDRESS")


def _add_check(sub) -> None:
    """``entitlements check``: the benefit check (:mod:`entitlements.cli_check`)."""
    from .cli_check import add_check

    add_check(sub, _output_flags, arg.RATES_AFTER_HELP)


def _caseload(args) -> int:
    from .cli_caseload import _caseload as run_caseload

    return run_caseload(args)


def _sweep(args) -> int:
    from .cli_sweep import run_sweep

    return run_sweep(args)


def _check(args) -> int:
    from .cli_check import run_check

    return run_check(args, _tables_for(args))


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
    from .io.files import recording_placed

    with recording_placed() as written:
        status = _run(argv, written)
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


def _run(argv: Sequence[str] | None, written: Sequence[str] = ()) -> int:
    from .errors import EntitlementsError, InputFileError, OutputPathError, UsageError

    parser = _build_parser()
    args = None
    try:
        args = parser.parse_args(_negatives_joined(sys.argv[1:] if argv is None else argv, parser))
        if args.version:
            from . import __version__
            from .tables import default_tables

            print(f"entitlements {__version__}, {default_tables().version}")
            return EXIT_OK
        if args.command is None:
            parser.print_help()
            return EXIT_USAGE
        args.width = None if getattr(args, "wide", False) or getattr(args, "json", False) else _terminal_width()
        commands = {"check": _check, "estimate": _estimate, "gain": _gain, "rates": _rates, "tables": _tables, "caseload": _caseload, "wca": _wca, "pip": _pip, "schema": _schema, "areas": _areas, "sweep": _sweep}
        return commands[args.command](args)
    except UsageError as e:
        return _fail(str(e), EXIT_USAGE)
    except (OutputPathError, InputFileError) as e:
        return _fail(str(e), EXIT_FILE)
    except EntitlementsError as e:
        return _fail(_in_pounds(_naming_the_flag(e, args)), EXIT_INPUT)
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
        return _fail(f"interrupted: {_what_was_written(written)}", EXIT_INTERRUPTED)
    except _Stopped as e:
        import signal

        name = signal.Signals(e.signum).name
        return _fail(f"stopped by {name}: {_what_was_written(written)}", 128 + e.signum if e.signum != signal.SIGTERM else EXIT_TERMINATED)
    except SystemExit:
        raise
    except Exception as e:  # a bug: show it, and ask for a report
        import traceback

        traceback.print_exc()
        return _fail(f"internal error ({type(e).__name__}): this is a bug. Please report it with the command you ran "
                     "(not your data) at the project's issue tracker.", EXIT_BUG)


def _what_was_written(written: Sequence[str]) -> str:
    """What a run stopped part-way left: the outputs already moved into place
    (complete) before the stop, and that no other was replaced."""
    if not written:
        return "no output file was replaced"
    return f"{', '.join(written)} written in full before the stop; no other output file was replaced"


#: The caseload columns an HB/CTR outcome's "could not be valued" names, and the flags of `gain` that give them
#: (longest first: housing_council_tax_band_d before housing_council_tax_band).
_CT_COLUMN_FLAGS = (("housing_council_tax_band_charge", "--band-charge"), ("housing_council_tax_band_d", "--band-d"),
                    ("housing_council_tax_liable is not no", "not --not-liable"),
                    ("housing_council_tax_band", "--council-tax-band"), ("local_authority", "--council"),
                    ("benefit_weekly", "--benefit-weekly"))


def _naming_the_flag(e, args):
    """A household field's error, for a command that takes the household's
    flags, with the flag that gives it first (the field, as a household
    file names it, after it): an adviser at the command line typed flags."""
    from .cli_household import flag_for
    from .errors import BeforeTheRules, Described, InputError, UsageError

    if isinstance(e, BeforeTheRules) and getattr(args, "on", None) is not None and str(e).startswith("on: "):
        # A date typed with --on: the flag, not the Python API's argument (whose wording stays "on: ...").
        named = type(e).__new__(type(e))
        named.__dict__.update(e.__dict__)
        named.args = ("--" + str(e),)
        return named
    if not isinstance(e, InputError) or isinstance(e, UsageError) or not hasattr(args, "tenure") \
            or getattr(e, "unknown_in_file", False) or getattr(e, "in_file", False):
        return e
    flag = {"outcomes[1].kind": "--with", "outcomes[1].benefit": "--benefit",
            "outcomes[1].dla_mobility": "--award-dla-mobility", "outcomes[1].child": "--outcome-child",
            "horizon_months": "--horizon", "housing_council_tax_band": "--after-council-tax-band",
            "housing_council_tax_band_charge": "--after-band-charge",
            "housing_council_tax_disregarded": "--after-council-tax-disregarded",
            "housing_disabled_band_reduction": "--after-disabled-band-reduction"}.get(e.field)
    after = {"council_tax_band_corrected": "--after-council-tax-band",
             "council_tax_discount_corrected": "--after-council-tax-disregarded or --after-disabled-band-reduction"}
    if e.field == "changes" and getattr(args, "outcome", None) in after and not e.value:
        # A council tax correction with nothing corrected: the flags that give it, not the model's mapping.
        return InputError(f"{after[args.outcome]} (changes)", Described("nothing corrected"),
                          f"the council tax facts after the correction, for --with {args.outcome}")
    if e.field == "weekly_amount" and "(benefit_weekly)" in str(e.expected):
        # An HB/CTR outcome that could not be valued: the caseload's columns it names, as the flags that give them.
        words = str(e.expected)
        for column, typed in _CT_COLUMN_FLAGS:
            words = words.replace(column, typed)
        return InputError("--benefit-weekly (weekly_amount)", e.value, words, e.where)
    if e.field == "outcomes[1].changes" and isinstance(e.value, str) and e.value.startswith("housing_"):
        flag = {"housing_council_tax_band": "--after-council-tax-band",
                "housing_council_tax_band_charge": "--after-band-charge",
                "housing_council_tax_disregarded": "--after-council-tax-disregarded",
                "housing_disabled_band_reduction": "--after-disabled-band-reduction"}.get(e.value)
    if flag is None:
        flag = flag_for(e.field)
        # A value from a household file, where the flag was not typed: the field alone, as the file names it
        # (a missing value is still named by the flag that would give it; with no file, a value no flag typed is
        # the field's default, which only the flag can change).
        typed = getattr(args, flag[2:].replace("-", "_"), None) if flag is not None else None
        # (by identity: a flag typed with 0, `--band-d 0`, is typed; 0 == False would say not)
        if flag is not None and e.value is not None and (typed is None or typed is False or typed == []) \
                and getattr(args, "file", None) is not None:
            return e
    if flag is None or e.field.startswith("-"):
        return e
    same = flag.lstrip("-").replace("-", "_") == e.field
    named = InputError(flag if same else f"{flag} ({e.field})", e.value, e.expected, e.where)
    return e if type(e) is not InputError else named


def _in_pounds(e) -> str:
    """An error's message, with an amount in pence shown in pounds (people
    type pounds: ``--carers-allowance 80`` is £80.00, not 8000)."""
    import re

    from .errors import InputError
    from .io.households import MONEY_FIELDS
    from .money import format_pounds

    # A household file's value refused as it is read is as the file gives it (pounds), and says so.
    in_pounds = "pounds" in getattr(e, "expected", "") or getattr(e, "expected", "").startswith("at most £")
    if isinstance(e, InputError) and type(e.value) is int and not in_pounds:
        leaf = re.findall(r"\w+", e.field)[-1] if re.findall(r"\w+", e.field) else e.field  # "--flag (adults[1].field)": field
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
        _nation_line(args)
        print(result.render(width=args.width))
    return 0


def _nation_line(args) -> None:
    """Print the one line saying ``--council`` gave the nation, where it did (text output only)."""
    from .cli_household import nation_note

    if nation_note(args):
        print(nation_note(args))


def _areas(args) -> int:
    """``entitlements areas SEARCH``: matching area names, by kind."""
    from .cli_areas import AREA_KINDS, find_areas_marked

    kinds = args.kind or list(AREA_KINDS)
    found = find_areas_marked(args.search, kinds)
    if args.json:
        print(json.dumps([{"kind": k, "name": n, "nation": nation, "holds": AREA_KINDS[k][3](n), "close_spelling": close}
                          for k, n, nation, close in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        _out(args, f"No area matches {args.search!r}. `entitlements areas` lists them all.")
        return 1
    for kind in kinds:
        names = [(n, nation) for k, n, nation, _ in found if k == kind]
        if names:
            what, flag = AREA_KINDS[kind][:2]
            # Only close spellings: say so, lest one be taken for the place searched (Nuneaton's BRMA is not Luton).
            close = any(c for k, _, _, c in found if k == kind)
            said = f"no name has {args.search!r}; close spellings (another place, or a typo: check before using one): " \
                if close else ""
            _out(args, f"{what} ({flag}): {said}{len(names)}")
            for n, nation in names:
                holds = AREA_KINDS[kind][3](n)
                _out(args, f"  {n}  ({nation.title()})" + (f": {holds}" if holds else ""))
    return 0


def _schema(args) -> int:
    """``entitlements schema NAME``: a JSON Schema, printed or written."""
    from .io.schema import SCHEMAS, schema_json
    from .result_schema import result_schema_json

    text = schema_json(args.name) if args.name in SCHEMAS else result_schema_json(args.name)
    if args.out:
        from .io.files import refuse_overwriting
        from .io.writers import write_text

        refuse_overwriting([], [("--out", args.out)])
        write_text(args.out, text)
        print(f"{args.name} schema written to {args.out}")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
