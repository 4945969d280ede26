"""``entitlements rates`` and ``entitlements tables``: the rule tables, their values on a date,
and the rows still unverified; ``wca`` and ``pip``: the assessments scored from descriptors.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Sequence

from .io import arguments as arg
from .cli_common import EXIT_BUG, EXIT_FILE, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, _fail, _out, _output_flags, _result_json, _tables_for, _terminal_width  # noqa: F401


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
