"""The command as advisers meet it (issue 18): ``python -m entitlements``,
terminal width, help for every flag, a flag for every household fact,
interactive assessments. The command is run as a new user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"


def run(*args: str, columns: int | None = 80, stdin: str | None = None, module: bool = False) -> subprocess.CompletedProcess[str]:
    """The installed command (or ``python -m entitlements``) at a terminal ``columns`` wide."""
    # A missing command is a failure, not a skip: the command is what these tests are about.
    assert EXE.exists(), "the entitlements command is not installed in this environment: pip install -e ."
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    cmd = [sys.executable, "-m", "entitlements", *args] if module else [str(EXE), *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


# -- python -m entitlements ----------------------------------------------------


def test_python_dash_m_works_like_the_command():
    a = run("estimate", "examples/household.toml")
    b = run("estimate", "examples/household.toml", module=True)
    assert a.returncode == b.returncode == 0, a.stderr + b.stderr
    assert a.stdout == b.stdout
    assert "£1,570.81" in b.stdout
    usage = run("--help", module=True).stdout
    assert usage.startswith("usage: entitlements ")



# -- a flag for every household fact, and help for every flag ----------------


def _parser():
    from entitlements.cli import _build_parser

    return _build_parser()


def _subparsers(parser):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def test_every_household_field_has_a_flag():
    # The fields are read from the attrs classes: a new field without a flag fails here.
    import attrs

    from entitlements.cli_household import covered_fields
    from entitlements.household import Adult, Child, Household, Housing, NonDependant

    covered = covered_fields()
    missing = [f"{cls.__name__}.{f.name}" for cls in (Adult, Child, NonDependant, Housing, Household)
               for f in attrs.fields(cls) if (cls.__name__, f.name) not in covered]
    assert not missing, ("household fields with no command-line flag (add a row to FLAGS in "
                         f"src/entitlements/cli_household.py): {missing}")


def test_estimate_and_gain_take_every_household_flag():
    from entitlements.cli_household import FLAGS, option_strings

    wanted = set()
    for flag in FLAGS:
        if flag.kind == "tenure":
            wanted |= {"--social", "--private", "--owner", "--supported"}
        else:
            wanted.add(f"--{flag.name}")
            if flag.owner == "Adult":
                wanted.add(f"--partner-{flag.name}")
    commands = dict(_subparsers(_parser()))
    for name in ("estimate", "gain"):
        assert not wanted - set(option_strings(commands[name])), name


def _household(argv):
    from entitlements.cli_household import household_from_args

    args = _parser().parse_args(["estimate", *argv])
    return household_from_args(args)


def _value(household, flag, prefix):
    if flag.owner == "Adult":
        return getattr(household.adults[1 if prefix else 0], flag.fields[0])
    if flag.owner == "Housing":
        return None if household.housing is None else getattr(household.housing, flag.fields[0])
    return getattr(household, flag.fields[0])


def test_each_household_flag_sets_its_field():
    from entitlements.cli_household import FLAGS

    base = ["--age", "40", "--partner-age", "41"]
    checked = 0
    for flag in FLAGS:
        assert flag.example, f"--{flag.name} has no example"
        for prefix in (("", "partner-") if flag.owner == "Adult" else ("",)):
            example = [a.replace("--", f"--{prefix}", 1) if a.startswith("--") else a for a in flag.example]
            needs = [a.replace("--", f"--{prefix}", 1) if a.startswith("--") and flag.owner == "Adult" else a
                     for a in flag.needs]
            without = _household(base + needs)
            given = base
            if flag.name == "dob":  # instead of the age, not beside it
                k = base.index(f"--{prefix}age")
                given = base[:k] + base[k + 2:]
            with_flag = _household(given + needs + example)
            before = _value(without, flag, prefix)
            after = _value(with_flag, flag, prefix)
            assert after != before, f"--{prefix}{flag.name} {flag.example} did not change {flag.owner}.{flag.fields[0]}"
            checked += 1
    assert checked > 60


def test_a_flag_changes_a_file_s_household():
    # The example household has one adult aged 34 and two children: flags add to it.
    from entitlements.cli_household import household_from_args
    from entitlements.io.households import read_household_file

    base, _ = read_household_file(ROOT / "examples" / "household.toml")
    args = _parser().parse_args(["estimate", "--partner-age", "30", "--child", "2024-01-01", "--earnings", "500",
                                 "--social", "--rent", "100/week", "--bedrooms", "2", "--extra-bedroom", "overnight_carer"])
    h = household_from_args(args, base)
    assert [a.age for a in h.adults] == [34, 30]
    assert len(h.children) == 3 and h.adults[0].monthly_earnings == 50000 and h.adults[0].lcwra
    assert h.housing.extra_bedrooms == ("overnight_carer",)


def test_every_flag_of_every_command_has_help():
    import argparse

    missing = []
    parser = _parser()
    for name, sub in [("entitlements", parser), *_subparsers(parser)]:
        for action in sub._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            if not (action.help or "").strip():
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert not missing, f"flags with no help: {missing}"


def test_help_texts_read_correctly():
    # The two: "claimant's claims Carer's Allowance", and --private said it needs --lha.
    estimate = run("estimate", "--help", columns=200).stdout
    assert "claimant's claims" not in estimate and "partner's claims" not in estimate
    assert "The claimant claims Carer's Allowance" in estimate
    private = next(line for line in estimate.splitlines() if line.strip().startswith("--private"))
    assert "--brma" in private and "needs --lha" not in private


def test_estimate_from_every_kind_of_flag():
    # Single 40, renting privately with the LHA given (£500.00 a month, below rent £600.00);
    # £100.00 a month of other unearned income; AP from 01/05/2026:
    # £424.90 standard allowance + housing £500.00 = £924.90 maximum; no earnings;
    # less other income £100.00: £824.90.
    r = run("estimate", "--age", "40", "--private", "--rent", "600/month", "--lha", "500/month",
            "--other-income", "100", "--on", "2026-05-01", "--json")
    assert r.returncode == 0, r.stderr
    import json

    assert json.loads(r.stdout)["universal_credit"]["award_pence"] == 82490


def test_gain_without_a_file_from_the_household_flags():
    # As tests/test_cli.py's file example (single, 45, no other facts): the LCWRA element
    # £423.27 a month from the AP of 10/04/2025; decided 20/07/2025: 3 APs of arrears £1,269.81.
    r = run("gain", "--age", "45", "--with", "lcwra_found", "--from", "2025-01-10", "--decided", "2025-07-20")
    assert r.returncode == 0, r.stderr
    assert "+£423.27 a month" in r.stdout and "£1,269.81" in r.stdout


def test_gain_needs_a_household():
    r = run("gain", "--with", "lcwra_found", "--from", "2025-01-10")
    assert r.returncode == 2  # a usage mistake
    assert "--age" in r.stderr and "Traceback" not in r.stderr


def test_age_and_dob_together_is_an_error():
    r = run("estimate", "--age", "40", "--dob", "1980-01-01")
    assert r.returncode == 2 and "either --age or --dob" in r.stderr


def test_lcw_worth_nothing_says_why_and_what_it_still_gives():
    r = run("gain", "--age", "40", "--with", "lcw_found", "--from", "2025-01-10", "--decided", "2025-07-20")
    assert r.returncode == 0, r.stderr
    out = " ".join(r.stdout.split())
    assert "UC £0.00 a month" in out
    assert "no LCW element on claims made since 3 April 2017" in out and "SI 2017/204" in out
    # The 2025/26 work allowance (SI 2025/295): higher £684, lower £411.
    assert "work allowance (SI 2013/376 reg 22(2): earnings up to £684.00 a month, or £411.00" in out
    assert "Welfare Reform Act 2012 s 21" in out


def test_lcw_worth_something_has_no_such_note():
    # Single 40, £800 a month net, AP 10/07/2025: before, £400.14 - 55% x £800.00 < 0: nil;
    # after LCW, the work allowance £684.00: £400.14 - 55% x (£800.00 - £684.00) = £400.14 - £63.80 = £336.34.
    r = run("gain", "--age", "40", "--earnings", "800", "--with", "lcw_found", "--from", "2025-01-10",
            "--decided", "2025-07-20", "--json")
    import json

    out = json.loads(r.stdout)
    assert out["recurring"]["uc_monthly_pence"] == 33634
    assert out["notes"] == []


def test_assessment_periods_are_numbered_alike_in_text_and_json():
    import json

    args = ("gain", "examples/before-lcwra.toml", "--with", "lcwra_found", "--from", "2025-01-10", "--decided", "2025-07-20")
    text = " ".join(run(*args).stdout.split())
    periods = json.loads(run(*args, "--json").stdout)["periods"]
    # The text: "from the assessment period 2025-04-10 to 2025-05-09 (period 4 of the award)".
    assert "2025-04-10 to 2025-05-09 (period 4 of the award)" in text
    assert next(p["number"] for p in periods if p["start"] == "2025-04-10") == 4
    assert periods[0]["start"] == "2025-01-10" and periods[0]["number"] == 1


# -- fits the terminal -------------------------------------------------------

import re  # noqa: E402

import pytest  # noqa: E402

#: A citation that must never be split across lines (the issue's "SI 2013/376 reg 2" / "3").
CITATION = re.compile(r"SI \d{4}/\d+( (reg|regs|Sch|art) [\w()]+)?")

COMMANDS = {
    "estimate (file)": ("estimate", "examples/household.toml"),
    "estimate (housing, non-dependant)": ("estimate", "--age", "40", "--social", "--rent", "120/week", "--bedrooms", "3",
                                          "--child", "2014-01-01:girl", "--non-dependant", "25", "--on", "2026-05-01"),
    "estimate (household total)": ("estimate", "--age", "40", "--carer", "--claims-carers-allowance", "--earnings", "500",
                                   "--partner-age", "42", "--partner-pip-daily-living", "enhanced",
                                   "--child", "2015-03-01:dla-middle", "--on", "2026-05-01"),
    "gain": ("gain", "examples/before-lcwra.toml", "--with", "lcwra_found", "--from", "2025-01-10", "--decided", "2025-07-20"),
    "gain (two files)": ("gain", "examples/before-lcwra.toml", "--after", "examples/after-lcwra.toml", "--on", "2025-08-10"),
    "wca": ("wca", "lcw.1c", "lcw.15b", "lcwra.11", "--on", "2026-05-01"),
    "wca --list": ("wca", "--list"),
    "pip": ("pip", "--daily-living", "dl.1f", "dl.4g", "--mobility", "mob.2c", "--on", "2025-06-01"),
    "pip --list": ("pip", "--list"),
    "rates": ("rates", "uc.lcwra_element"),
    "tables --unverified": ("tables", "--unverified"),
}


def _words(text):
    return text.split()


@pytest.mark.parametrize("name, columns", [(n, c) for n in COMMANDS for c in (60, 80)]
                         + [("estimate (file)", 120), ("gain", 120), ("wca", 120)])
def test_output_fits_the_terminal_and_loses_nothing(name, columns):
    argv = COMMANDS[name]
    narrow = run(*argv, columns=columns)
    assert narrow.returncode == 0, narrow.stderr
    # Lines longer than the terminal only where one unbreakable word is (a path, a URL).
    too_long = [line for line in narrow.stdout.splitlines()
                if len(line) > columns and len(max(line.split(), key=len)) < columns - 20]
    assert not too_long, "\n".join(too_long)
    # Nothing is cut: --wide has the same words (the wide sheet lays them out differently).
    wide = run(*argv, "--wide", columns=columns)
    assert sorted(_words(narrow.stdout)) == sorted(_words(wide.stdout))


@pytest.mark.parametrize("columns", [60, 80])
def test_citations_are_never_split_across_lines(columns):
    wide = run(*COMMANDS["estimate (file)"], "--wide").stdout
    narrow = run(*COMMANDS["estimate (file)"], columns=columns).stdout
    cited = {m.group(0) for m in CITATION.finditer(wide)}
    assert "SI 2013/376 reg 36" in cited and "SI 2013/376 reg 22" in cited
    for c in cited:
        assert c in narrow, f"{c!r} is split across lines at {columns} columns"


def test_wide_keeps_the_one_line_layout():
    wide = run(*COMMANDS["estimate (file)"], "--wide", columns=60).stdout
    line = next(x for x in wide.splitlines() if x.startswith("  Standard allowance"))
    assert "£424.90" in line and "SI 2013/376 reg 36" in line and len(line) > 120


def test_the_sheet_keeps_amounts_in_a_column():
    out = run(*COMMANDS["estimate (file)"], columns=80).stdout
    amounts = [line for line in out.splitlines() if re.search(r"£[\d,]+\.\d\d$", line) and line[:2] in ("  ", "+ ", "= ", "- ")]
    assert len(amounts) >= 8 and len({len(line) for line in amounts if not line.startswith("  Universal Credit (")}) <= 2
    assert all(len(line) <= 80 for line in amounts), amounts


def test_descriptor_lists_show_every_description_whole():
    from entitlements.assessments import default_schedules

    out = " ".join(run("wca", "--list", columns=60).stdout.split())
    sch = default_schedules()
    for sid in ("wca.schedule6", "wca.schedule7"):
        for a in sch.schedule(sid).activities:
            assert " ".join(a.name.split()) in out
            for d in a.descriptors:
                assert " ".join(d.text.split()) in out, d.code
    # Beside its descriptor and points, the activity's whole name, wrapped (its words in order).
    explained = iter(run("wca", "lcw.1c", "--on", "2026-05-01", columns=60).stdout.split())
    name = "Mobilising unaided by another person (with any walking stick, manual wheelchair or other aid normally or reasonably used)"
    assert all(word in explained for word in name.split())


# -- says everything it used ---------------------------------------------------


def _sheet(*argv):
    r = run(*argv, "--on", "2026-05-01", columns=200)
    assert r.returncode == 0, r.stderr
    return " ".join(r.stdout.split())


def test_bedrooms_say_how_many_and_why():
    # Single, a girl of 12 (own room: 10-15 shares only with her sex), a boy of 8, a
    # non-dependant and an overnight carer: 1 + 2 + 1 + 1 = 5 (Sch 4 paras 9-12).
    out = _sheet("estimate", "--age", "40", "--social", "--rent", "120/week", "--bedrooms", "3",
                 "--child", "2014-01-01:girl", "--child", "2018-01-01:boy", "--non-dependant", "25",
                 "--extra-bedroom", "overnight_carer")
    assert ("allowed 5 bedrooms (1 for the claimant, 2 for 2 children under 16, who share in twos of one sex or "
            "under 10, 1 for 1 non-dependant, 1 for overnight carer (para 12): paras 9-12); home has 3") in out


def test_private_renter_bedrooms_and_the_shared_rate_say_why():
    out = _sheet("estimate", "--age", "28", "--private", "--rent", "750/month", "--lha", "560/month")
    assert "shared accommodation rate: single, under 35, no child and no exception (paras 27-29)" in out
    out = _sheet("estimate", "--age", "40", "--partner-age", "38", "--child", "2019-05-01", "--private",
                 "--rent", "900/month", "--lha", "800/month")
    assert "allowed 2 bedrooms (1 for the joint claimants, 1 for 1 child under 16: paras 9-12), at most 4 (para 26)" in out


def test_the_benefit_cap_says_whether_it_applied_and_why_not():
    out = _sheet("estimate", "--age", "30")
    # Single, no children, outside London, 2026/27: £14,753 a year / 12 = £1,229.42 (reg 80A).
    assert "Benefit cap: not reached (welfare benefits £424.90, cap £1,229.42)" in out
    out = _sheet("estimate", "examples/household.toml")
    assert "Benefit cap: does not apply (exempt: the LCWRA element is in the award, reg 83(1)(a); a child's DLA or PIP)" in out
    out = _sheet("estimate", "--age", "30", "--guardians-allowance", "--child", "2020-01-01")
    assert "exempt: Guardian's Allowance, reg 83(1)(k)" in out


# -- interactive WCA and PIP -----------------------------------------------------


def test_wca_interactive_takes_the_schedule_s_letters():
    # Activity 1 (c) is lcw.1c, 9 points; activity 15 (b) is lcw.15b, 9: 18 >= 15: LCW (reg 39(3)).
    answers = "c\n" + "\n" * 13 + "b\n" + "\n" * 10
    r = run("wca", "--interactive", "--on", "2026-05-01", stdin=answers)
    assert r.returncode == 0, r.stderr
    assert "limited capability for work (LCW)" in r.stdout and "total 18" in r.stdout


def test_wca_interactive_goes_back_to_change_an_answer_and_keeps_answers_at_end_of_input():
    # a (15 points) for activity 1, then back, then d (6 points); the input then ends.
    r = run("wca", "-i", "--on", "2026-05-01", stdin="a\n<\nd\n")
    assert r.returncode == 0, r.stderr
    out = " ".join(r.stdout.split())
    assert "(answered: lcw.1a; give a new answer, or the same)" in out
    assert "End of input: kept the 1 answer given; the 19 questions not answered count as none." in out
    assert "lcw.1d" in out and "total 6" in out and "lcw.1a" not in out.split("End of input")[1]


def test_wca_interactive_shows_the_guidance_and_wraps():
    r = run("wca", "-i", "--on", "2026-05-01", stdin="", columns=60)
    assert r.returncode == 0, r.stderr
    out = " ".join(r.stdout.split())
    assert "reliably, repeatedly, safely and in a reasonable time" in out and "reg 39(4)" in out
    assert all(len(line) <= 60 for line in r.stdout.splitlines())


def test_wca_interactive_asks_again_after_a_wrong_answer():
    r = run("wca", "-i", "--on", "2026-05-01", stdin="z\nc\n")
    out = " ".join(r.stdout.split())
    assert "Please answer with one of: a, b, c, d, e" in out and "lcw.1c" in out


def test_pip_interactive_letters_guidance_and_end_of_input():
    # dl.1 (f) 8 points, dl.2 blank, dl.3 blank, dl.4 (g) 8: 16 >= 12: enhanced daily living
    # (SI 2013/377 reg 5(3)); the input ends before mobility: none.
    r = run("pip", "-i", "--on", "2025-06-01", stdin="f\n\n\ng\n")
    assert r.returncode == 0, r.stderr
    out = " ".join(r.stdout.split())
    assert "safely, to an acceptable standard, repeatedly and within a reasonable time period" in out
    assert "SI 2013/377 reg 4(2A), (4)" in out and "over 50% of the days" in out and "reg 7(1)" in out
    assert "End of input: kept the 4 answers given" in out
    assert "daily living: 16 points, enhanced" in out and "mobility: 0 points" in out


def test_pension_credit_step_by_step_and_pensions_in_all_income():
    # A couple over pension age, AP from 01/05/2026: standard minimum guarantee (couple)
    # £363.25 (SI 2026/148 art 29(2)); income: State Pension £180.00 + other pension £20.00
    # + State Pension £120.00 + deemed income from £12,000 capital: (£12,000 - £10,000) / £500
    # = 4 steps = £4.00 (SI 2002/1792 reg 15(6)) = £324.00; guarantee credit £363.25 - £324.00
    # = £39.25 (SPCA 2002 s 2(2)). All income: £39.25 + £180.00 + £20.00 + £120.00 = £359.25 a
    # week; x 52 / 12 = £1,556.75 a month; x 52 = £18,681.00 a year.
    argv = ("estimate", "--dob", "1950-03-01", "--partner-dob", "1952-06-01", "--state-pension", "180/week",
            "--partner-state-pension", "120/week", "--pension", "20/week", "--capital", "12000", "--on", "2026-05-01")
    out = " ".join(run(*argv, columns=200).stdout.split())
    assert "Pension Credit, amounts a week" in out
    assert "Standard minimum guarantee (couple) £363.25" in out
    assert "- Deemed income from capital of £12,000.00 £4.00" in out
    assert "= Guarantee credit £39.25" in out
    assert "= All income: benefits, earnings and pensions £359.25 £1,556.75 a month (x 52 / 12), £18,681.00 a year" in out
    import json

    data = json.loads(run(*argv, "--json").stdout)
    labels = [(l["label"], l["amount_pence"]) for l in data["pension_credit"]["lines"]]
    assert ("Guarantee credit", 3925) in labels and ("Pension Credit", 3925) in labels
    assert data["household_total"]["weekly_pence"] == 3925  # the benefits' total is unchanged


def test_earnings_are_in_all_income_not_in_the_benefits_total():
    # The example household: benefits £484.14 a week (tests/test_cli.py); net earnings £900.00
    # a month x 12 / 52 = £207.69 a week; all income £691.83 a week.
    out = " ".join(run("estimate", "examples/household.toml", columns=200).stdout.split())
    assert "= Household total £484.14" in out
    assert "+ Net earnings (£900.00 a month x 12 / 52) £207.69" in out
    assert "= All income: benefits, earnings and pensions £691.83" in out


def test_no_pension_credit_section_under_pension_age():
    assert "Pension Credit, amounts a week" not in run("estimate", "--age", "40", "--on", "2026-05-01").stdout


def test_areas_finds_brma_names_by_part_or_misspelling():
    assert "  Coventry  (England)" in run("areas", "coventry").stdout
    assert "  Bristol  (England)" in run("areas", "bristl").stdout  # a typo: the close spelling
    assert "Bradford & South Dales" in run("areas", "south dales").stdout
    r = run("areas", "zzzz")
    assert r.returncode == 1 and "No area matches 'zzzz'" in r.stdout
    import json

    from entitlements.benefits.lha import brma_names

    every = json.loads(run("areas", "--kind", "brma", "--json").stdout)
    assert sorted(a["name"] for a in every) == sorted(brma_names()) and len(every) > 150
    councils = json.loads(run("areas", "--kind", "council", "--json").stdout)
    assert len(councils) == 296 + 22 + 32 and len(json.loads(run("areas", "--json").stdout)) == len(every) + 350
    # The name it gives is the one --brma takes.
    r = run("estimate", "--age", "40", "--private", "--rent", "700/month", "--brma", "Coventry", "--on", "2026-05-01")
    assert r.returncode == 0, r.stderr


def test_areas_finds_councils_by_part_code_or_misspelling_and_says_what_ships():
    # A council's line: its GSS code, the years whose Band D ships, its working-age scheme files (England) or the
    # national scheme (Wales, Scotland). Coventry: Band D 2025-26 and 2026-27 (MHCLG, as transcribed); scheme 2026-27
    # shipped from a transcription (unverified), 2024-25 and 2025-26 not readable.
    out = run("areas", "--kind", "council", "coventry", columns=200).stdout
    assert ("  Coventry  (England): E08000026; Band D 2025-26, 2026-27; working-age scheme: 2026-27 (unverified); "
            "2024-25 and 2025-26 not shipped") in out
    out = run("areas", "--kind", "council", "E07000218", columns=200).stdout
    assert "North Warwickshire  (England): E07000218; Band D 2024-25, 2025-26, 2026-27; working-age scheme: " \
        "2024-25, 2025-26 and 2026-27 not shipped" in out
    assert "Cardiff  (Wales): W06000015; Band D 2025-26, 2026-27; Council Tax Reduction: the national scheme" in \
        run("areas", "cardif", columns=200).stdout  # a typo
    assert "working-age scheme: not in the library (check needed)" in run("areas", "birmingham", columns=200).stdout
    # The name it gives is the one --council takes.
    r = run("estimate", "--age", "70", "--owner", "--council", "North Warwickshire", "--council-tax-band", "B",
            "--on", "2026-05-01")
    assert r.returncode == 0, r.stderr
