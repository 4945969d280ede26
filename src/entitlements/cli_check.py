"""``entitlements check``: the benefit check of one household, from a file,
the household flags of ``estimate``, or both; and ``entitlements caseload
FILE --check``: a caseload's findings and its missing-out summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from .io import arguments as arg

__all__ = ["add_check", "run_check", "run_caseload_check"]


def _names(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def add_check(sub, output_flags, rates_help: str) -> None:
    """The ``check`` subcommand and its flags."""
    from .cli_household import add_household_flags

    c = sub.add_parser("check", help="the benefit check: what a household is missing, what it is worth, what to do",
                       description="Compare what the household claims now with what its facts entitle it to: each "
                       "finding with its value (the change in the household's total with and without it), arrears, "
                       "certainty, action, law and the help it unlocks, largest first.")
    c.add_argument("file", nargs="?", type=Path, help="a household file (.toml or .json), which may say what is claimed now "
                   "(claims = [...], the names --claims takes); flags then change it")
    c.add_argument("--on", type=arg.date, help="first day of the assessment period (default: the file's `on`, or today)")
    add_household_flags(c)
    g = c.add_argument_group("what is claimed now, and what the check asks")
    g.add_argument("--claims", type=_names, action="append", default=[], metavar="BENEFITS",
                   help="benefits claimed now and help had already, comma-separated: universal_credit, pension_credit, "
                        "scottish_child_payment, housing_benefit, council_tax_reduction; free_prescriptions, "
                        "nhs_health_costs, healthy_start, best_start_foods, sure_start_maternity_grant, free_school_meals, "
                        "warm_home_discount, cold_weather_payment, free_tv_licence, broadband_social_tariff")
    g.add_argument("--uc-element-missing", action="append", default=[], choices=["carer_1", "carer_2", "childcare"],
                   help="a UC element the facts give that the award lacks (with --claims universal_credit)")
    g.add_argument("--fit-note", action="append", type=arg.whole_number, default=[], choices=[1, 2], metavar="ADULT",
                   help="adult 1 (claimant) or 2 (partner) has a fit note and no work capability assessment yet")
    g.add_argument("--care-needs", action="append", type=arg.whole_number, default=[], choices=[1, 2], metavar="ADULT",
                   help="the adult needs help with care or getting around (PIP; Attendance Allowance over pension age)")
    g.add_argument("--care-day-and-night", action="append", type=arg.whole_number, default=[], choices=[1, 2], metavar="ADULT",
                   help="the adult needs care day and night (Attendance Allowance higher rate)")
    g.add_argument("--pip-descriptors", nargs="+", default=[], metavar="CODE",
                   help="the claimant's PIP descriptors that apply (e.g. dl.1e mob.2d; see entitlements pip --list)")
    g.add_argument("--partner-pip-descriptors", nargs="+", default=[], metavar="CODE", help="the partner's PIP descriptors")
    g.add_argument("--child-care-needs", action="append", type=arg.whole_number, default=[], metavar="N",
                   help="child N (1 is the eldest) needs much more care than others of their age (DLA)")
    g.add_argument("--pregnant", action="store_true", help="someone in the family is pregnant (10 weeks or more)")
    g.add_argument("--prescription-items", type=arg.whole_number, default=0, metavar="N", help="NHS prescription items paid for a month")
    c.add_argument("--overlay", type=Path, action="append", default=[], help="a rule table (or directory) to lay over the shipped ones")
    c.add_argument("--rates-after", type=arg.rates_after, metavar="POLICY",
                   help="what to do with dates past the rule tables' end: strict (the default for the check: refuse, "
                   "naming the table), hold (carry the last known rates forward, named as an assumption), or "
                   "uprate:PCT (raise each benefit by PCT%% a year from its uprating date)")
    output_flags(c, "one line each, not wrapped to the terminal")


def run_check(args, tables) -> int:
    from .check.findings import Circumstances, Claims, check
    from .cli_household import household_from_args
    from .errors import UsageError
    from .io.households import read_household_file_claims

    from .check.findings import CLAIMABLE, PASSPORTED_HELP

    if args.file is not None and args.file.name in CLAIMABLE + PASSPORTED_HELP and not args.file.exists():
        # `--claims housing_benefit council_tax_reduction`: the second name was taken for the household file.
        raise UsageError("--claims", " ".join([*(n for g in args.claims for n in g), args.file.name]),
                         "one list separated by commas, e.g. --claims housing_benefit,council_tax_reduction "
                         f"({args.file.name} was read as the household file)")
    base, file_on, file_claims = read_household_file_claims(args.file) if args.file else (None, None, None)
    household = household_from_args(args, base)
    names = [n for group in args.claims for n in group]
    if names and file_claims is not None:
        # Neither wins: whether --claims would add to the file's list or replace it is a guess either way, and a
        # wrong guess hides a finding (a benefit taken as claimed is never reported) or reports one already paid.
        raise UsageError("--claims", ",".join(names), f"either --claims or the file's claims ({args.file.name} says "
                         f"{', '.join(file_claims) or 'nothing claimed'}), not both: edit the file's claims, or remove "
                         "its claims entry to give them with --claims")
    claims = Claims.of(names if file_claims is None else file_claims)
    if args.uc_element_missing:
        import attrs

        claims = attrs.evolve(claims, uc_elements_missing=tuple(args.uc_element_missing))
    descriptors = {k: tuple(v) for k, v in ((1, args.pip_descriptors), (2, args.partner_pip_descriptors)) if v}
    circ = Circumstances(fit_note=args.fit_note, care_needs=args.care_needs, care_needs_day_and_night=args.care_day_and_night,
                         pip_descriptors=descriptors, children_care_needs=args.child_care_needs, pregnant=args.pregnant,
                         prescription_items_a_month=args.prescription_items)
    bc = check(household, on=args.on or file_on or dt.date.today(), claims=claims, circumstances=circ, tables=tables,
               rates_after=args.rates_after)
    if args.json:
        print(json.dumps(bc.to_dict(), indent=2, ensure_ascii=False))
    else:
        from .cli_household import nation_note

        if nation_note(args):
            print(nation_note(args))
        print(bc.render(width=args.width))
    return 0


def run_caseload_check(args, tables) -> int:
    """``caseload FILE --check [--out F] [--report R] [--json]``."""
    from .caseload import Caseload
    from .check.caseload import check_caseload
    from .io.writers import Column, write_columns, write_parquet
    from .money import format_pounds

    from .cli_caseload import _errors_file, _print_errors, _Progress, _write_errors
    from .cli_common import _count

    progress = _Progress(quiet=args.quiet or args.json, steps=2 + bool(args.out) + bool(args.report))
    progress.step("reading")
    cl = Caseload.from_csv(args.csv, keep=tuple(args.keep), sheet=args.sheet)
    progress.step("checking")
    cc = check_caseload(cl, on=args.on or dt.date.today(), tables=tables)
    if args.out:
        progress.step("writing the findings")
        table = {k: Column(v) for k, v in cc.long_table().items()}
        (write_parquet if args.out.suffix.lower() == ".parquet" else write_columns)(table, args.out)
    s = cc.summary(args.group_by)
    if args.report:
        from .report.check_report import write_check_report

        progress.step("writing the report")
        write_check_report(cc, s, args.report)
    progress.close()
    errors = sorted(cc.caseload.errors, key=lambda e: e.row)
    errors_file = _errors_file(args, errors)
    _write_errors(errors_file, errors)
    if args.json:
        print(json.dumps(s, indent=2))
        return 0
    print(f"{_count(s['cases'], 'case')} read from {cl.source}; {s['cases_checked']} checked, {s['cases_with_errors']} with errors")
    from .cli_caseload import _print_not_cases

    _print_not_cases(s)
    print(f"  patients missing something: {s['patients_missing_something']}, worth {format_pounds(s['annual_pence'])} a year")
    for benefit, row in s["by_benefit"].items():
        if row["patients"]:
            print(f"  {benefit}: {_count(row['patients'], 'patient')}, {format_pounds(row['annual_pence'])} a year")
    if len(set(s["annual_basis"]["by_benefit"].values())) > 1:  # Universal Credit's year is its month x 12
        print(f"  {s['annual_basis']['text']}")
    for what, n in s["asks"].items():
        if n:
            print(f"  ask about {what.replace('_', ' ')}: {_count(n, 'case')}")
    _print_errors(errors, errors_file)
    if args.out:
        print(f"  findings written to {args.out}")
    if args.report:
        print(f"  report written to {args.report}")
    return 0
