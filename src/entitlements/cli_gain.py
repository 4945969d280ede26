"""``entitlements gain``: what an advice outcome is worth for one household, from a before and after
file, or from one household's flags and the outcome.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import Any

from .io import arguments as arg
from .cli_common import EXIT_BUG, EXIT_FILE, EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED, EXIT_USAGE, _fail, _out, _output_flags, _result_json, _tables_for, _terminal_width  # noqa: F401


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
    o.add_argument("--outcome-adult", "--adult", dest="adult", type=arg.whole_number, default=1, choices=[1, 2], help="whose outcome: 1 the claimant (default), 2 the partner")
    o.add_argument("--protection", choices=["pre_2026_claimant", "severe_conditions_criteria", "terminally_ill", "new_claimant"], help="LCWRA amount from 6 April 2026 (default: decided from the dates)")
    o.add_argument("--award-pip-daily-living", choices=["standard", "enhanced"], default="none", help="for pip_awarded: the daily living rate awarded")
    o.add_argument("--award-pip-mobility", choices=["standard", "enhanced"], default="none", help="for pip_awarded: the mobility rate awarded")
    o.add_argument("--award-dla-care", choices=["lowest", "middle", "highest"], default="none", help="for dla_awarded: the care rate awarded")
    o.add_argument("--award-dla-mobility", choices=["lower", "higher"], default="none", help="for dla_awarded: the mobility rate awarded")
    o.add_argument("--outcome-child", type=arg.whole_number, metavar="N", help="for dla_awarded to a child: which child (1 is the eldest)")
    o.add_argument("--outcome-partner-carer", action="store_true", help="the partner cares for the person awarded (the carer element follows)")
    o.add_argument("--stage", choices=["initial", "mandatory_reconsideration", "appeal"], default="initial", help="the stage the outcome is won at (default initial): sets the chance of success")
    o.add_argument("--confirmed", action="store_true", help="decided, not predicted")
    o.add_argument("--benefit", choices=["child_benefit", "attendance_allowance", "other"],
                   help="for benefit_claimed: the benefit claimed (other: with --benefit-weekly)")
    o.add_argument("--award-aa", choices=["lower", "higher"], default="none",
                   help="for benefit_claimed with --benefit attendance_allowance: the rate awarded")
    o.add_argument("--cap-exemption-reason", choices=["grace_period", "guardians_allowance", "esa_support_component"],
                   help="for benefit_cap_exemption: why the cap no longer applies")
    o.add_argument("--benefit-weekly", type=arg.money("week"), metavar="POUNDS", help="for hb_awarded or ctr_awarded: "
                   "the weekly amount awarded (default: worked out for the household on --from); for benefit_claimed "
                   "with --benefit other: the weekly amount")
    o.add_argument("--after-council-tax-band", choices=tuple("ABCDEFGHI"), type=arg.council_tax_band,
                   help="for council_tax_band_corrected: the band after the correction")
    o.add_argument("--after-band-charge", type=arg.money("year"), metavar="POUNDS",
                   help="for council_tax_band_corrected, where the household gives --band-charge: the corrected band's "
                        "charge from the bill, in pounds a year")
    o.add_argument("--after-council-tax-disregarded", type=arg.whole_number, metavar="N",
                   help="for council_tax_discount_corrected: the adults disregarded for the discount after the correction")
    o.add_argument("--after-disabled-band-reduction", choices=("yes", "no"),
                   help="for council_tax_discount_corrected: the disabled band reduction after the correction")
    o.add_argument("--horizon", type=arg.whole_number, default=12, help="months to project (default 12)")
    o.add_argument("--convention", choices=["weekly_x52", "monthly_x12"], default="weekly_x52", help="how the annual gain is reported (default weekly_x52)")
    add_household_flags(g)
    g.add_argument("--overlay", type=Path, action="append", default=[], help="a rule table (or directory) to lay over the shipped ones")
    g.add_argument("--rates-after", type=arg.rates_after, metavar="POLICY", help=arg.RATES_AFTER_HELP)
    g.add_argument("--as-of", type=arg.date, metavar="YYYY-MM-DD", help=arg.AS_OF_HELP)
    _output_flags(g)


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
    name = f"{args.file.name if args.file else 'the household flags'} -> {args.after.name}"
    if _uc_payable(before, on) or _uc_payable(after, on):
        _out(args, f"Income gain: {name}, assessment period beginning {uk_date(on)}")
        _out(args, f"  Universal Credit: {format_pounds(a.universal_credit.award)} -> {format_pounds(b.universal_credit.award)} a month ({format_pounds(uc, sign=True)})")
    else:  # past the qualifying age for Pension Credit: weekly benefits only, no assessment period
        _out(args, f"Income gain: {name}, the week of {uk_date(on)} (no Universal Credit: past the qualifying age for Pension Credit)")
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


def _uc_payable(household, on: dt.date) -> bool:
    """Whether Universal Credit can be paid to ``household`` on ``on`` (not at pension age, nor to a protected
    mixed-age couple: ``benefits.household_total.universal_credit_payable``)."""
    from .benefits.household_total import universal_credit_payable
    from .columns import household_columns

    return bool(universal_credit_payable(household_columns(household), on=on))


def _both_assumed(a, b) -> list[dict[str, Any]]:
    """The rate assumptions of two estimates, each once."""
    return [x.to_dict() for x in dict.fromkeys(a.assumptions + b.assumptions)]


def _gain(args) -> int:
    from .errors import UsageError
    from .gain.household import income_gain
    from .gain.outcomes import Scenario

    if args.after:
        return _gain_two_files(args)
    if not args.outcome or not args.effective:
        raise UsageError("--with", args.outcome, "--with OUTCOME and --from DATE, or --after FILE (the household after)")
    if args.outcome in ("housing_change", "income_change"):
        raise UsageError("--with", args.outcome, "for a change of housing or income, the household after as a second "
                         "file: --after FILE (the two are compared on --on)")
    household, file_on = _household_before(args)
    claim_start = args.claim_start or file_on or args.effective
    if args.claim_start is None and claim_start > args.effective and not _uc_payable(household, args.effective):
        # No Universal Credit award (every claimant over the qualifying age for Pension Credit, or a protected
        # mixed-age couple) whose assessment periods the outcome must follow: the file's `on` is only the day of the
        # estimate, and taken as the award's start it cut off an outcome from before it (Housing Benefit backdated
        # three months was worth no arrears, "nothing is counted for days before it"). Counted from the outcome.
        claim_start = args.effective
    with _outcome_flags_named():
        outcome = _outcome(args)
    with _dates_named():
        result = income_gain(
            Scenario(household=household, claim_start=claim_start, outcomes=(outcome,), name=args.file.stem if args.file else ""),
            horizon_months=args.horizon,
            convention=args.convention,
            tables=_tables_for(args),
            rates_after=args.rates_after,
            as_of=args.as_of or dt.date.today(),  # the command may read the clock; the library never does
        )
    from .cli_household import nation_note

    if nation_note(args) and not args.json:
        print(nation_note(args))
    print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) if args.json else result.render(width=args.width))
    return 0


#: The outcome's fields as the flags of `entitlements gain` that give them.
_OUTCOME_FLAGS = {"kind": "--with", "effective": "--from", "decided": "--decided", "adult": "--outcome-adult",
                  "lcwra_protection": "--protection", "pip_daily_living": "--award-pip-daily-living",
                  "pip_mobility": "--award-pip-mobility", "dla_care": "--award-dla-care", "dla_mobility": "--award-dla-mobility",
                  "aa_rate": "--award-aa", "child": "--outcome-child", "stage": "--stage", "benefit": "--benefit",
                  "reason": "--cap-exemption-reason", "weekly_amount": "--benefit-weekly"}


@contextlib.contextmanager
def _outcome_flags_named():
    """An outcome's error, named by the flag that gives the field (the
    field, as :class:`~entitlements.Outcome` names it, after)."""
    from .errors import InputError, UsageError

    try:
        yield
    except InputError as e:
        flag = _OUTCOME_FLAGS.get(e.field)
        if flag is None or isinstance(e, UsageError):
            raise
        raise InputError(f"{flag} ({e.field})", e.value, e.expected, e.where) from None


@contextlib.contextmanager
def _dates_named():
    """A date the plausibility rules refuse (:mod:`entitlements.gain.plausibility`),
    named by the flag that gives it."""
    from .errors import InputError
    from .gain.plausibility import ImplausibleDate

    try:
        yield
    except ImplausibleDate as e:
        flag = {"claim_start": "--claim-start", "effective": "--from", "decided": "--decided"}[e.field]
        raise InputError(f"{flag} ({e.field})", e.value, e.expected, e.where) from None


def _outcome(args):
    from .gain.outcomes import Outcome

    return Outcome(
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
        benefit=args.benefit,
        aa_rate=args.award_aa,
        reason=args.cap_exemption_reason,
        changes={k: v for k, v in (("housing_council_tax_band", args.after_council_tax_band),
                                   ("housing_council_tax_band_charge", args.after_band_charge),
                                   ("housing_council_tax_disregarded", args.after_council_tax_disregarded),
                                   ("housing_disabled_band_reduction", None if args.after_disabled_band_reduction is None
                                    else args.after_disabled_band_reduction == "yes")) if v is not None},
    )
