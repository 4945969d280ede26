"""The installed `entitlements` command, run as a new user would run it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"


def run(*args, cwd=ROOT):
    # A missing command is a failure, not a skip: the command is what these tests are about.
    assert EXE.exists(), "the entitlements command is not installed in this environment: pip install -e ."
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_readme_example_household():
    r = run("estimate", "examples/household.toml")
    assert r.returncode == 0, r.stderr
    # Single 34-year-old, AP from 01/05/2026: £424.90 + child elements £351.88 + £303.94
    # + lower disabled child addition £164.79 + protected LCWRA £429.80 = £1,675.31;
    # less 55% x (£900 - £710) = £104.50; capital £2,500 is under £6,000: £1,570.81.
    assert "£1,570.81" in r.stdout
    assert "assessment period 01/05/2026 to 31/05/2026" in r.stdout
    assert "SI 2013/376 reg 36" in r.stdout


def test_estimate_from_flags_as_json():
    r = run("estimate", "--age", "22", "--earnings", "500/month", "--on", "2026-05-01", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    # Single under 25: £338.58 - 55% x £500.00 (no work allowance) = £338.58 - £275.00 = £63.58.
    assert out["universal_credit"]["award_pence"] == 6358
    assert out["rules"]["release"]


def test_couple_with_children_and_carer_from_flags():
    r = run(
        "estimate", "--age", "40", "--partner-age", "38", "--partner-carer", "--carers-allowance", "0",
        "--child", "2012-03-04:dla-middle", "--on", "06/04/2026",
    )
    assert r.returncode == 0, r.stderr
    # Joint 25+ £666.97 + first child (born before 6/4/2017) £351.88 + lower DCA £164.79
    # + carer element £209.34 = £1,392.98.
    assert "£1,392.98" in r.stdout


@pytest.mark.parametrize(
    "args, code, text",
    [
        (("estimate", "--age", "abc"), 1, "entitlements: --age: 'abc' is not allowed (expected a whole number)."),
        (("estimate", "--age", "30", "--earnings", "900/week"), 1, "give the amount per month"),
        (("estimate", "--age", "30", "--child", "2020-01-01:twins"), 1, "unknown option 'twins'"),
        (("estimate", "--age", "15"), 1, "--age (adults[1].age): 15 is not allowed"),
        # A date typed with --on is named by the flag (the Python API's message says "on:").
        (("estimate", "--age", "30", "--on", "2019-06-01"), 1, "entitlements: --on: 2019-06-01 is before the rules begin (they cover from 2023-04-10)"),
        (("check", "--age", "70", "--on", "1990-01-01"), 1, "entitlements: --on: 1990-01-01 is before the rules begin"),
        (("estimate", "missing.toml"), 3, "missing.toml"),
        (("rates", "uc.nothing"), 1, "no rule table 'uc.nothing'"),
        (("frobnicate",), 2, "invalid choice"),
    ],
)
def test_bad_input_is_one_clear_line_and_the_right_exit_status(args, code, text):
    r = run(*args)
    assert r.returncode == code
    assert text in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) <= 2  # argparse adds its usage line


def test_rates_history_and_on_a_date():
    r = run("rates", "uc.lcwra_element")
    assert r.returncode == 0
    assert "from 06/04/2026: protected £429.80, new_claimant £217.26" in r.stdout
    r = run("rates", "uc.carer_element", "--on", "2025-04-07")
    assert "£201.68" in r.stdout and "£209.34" not in r.stdout


def test_tables_and_version():
    assert "uc.standard_allowance" in run("tables").stdout
    v = run("--version").stdout
    assert v.startswith("entitlements 0.1.0, rules ")


def test_caseload_command(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age\n1,30\n2,x\n")
    out = tmp_path / "out.csv"
    r = run("caseload", str(p), "--on", "2026-05-01", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "2 cases read" in r.stdout and "1 with errors" in r.stdout
    assert "row 3: adult1_age: 'x'" in r.stdout  # the spreadsheet's row: the header is row 1
    assert out.read_text().count("\n") == 3  # header + both rows


def run_input(args, text):
    # A missing command is a failure, not a skip: the command is what these tests are about.
    assert EXE.exists(), "the entitlements command is not installed in this environment: pip install -e ."
    return subprocess.run([str(EXE), *args], input=text, capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_wca_from_codes():
    # Sch 6: lcw.1c (100 metres, 9 physical) + lcw.15b (9 mental) = 18 >= 15: LCW (reg 39(3)).
    r = run("wca", "lcw.1c", "lcw.15b", "--on", "2026-05-01")
    assert r.returncode == 0, r.stderr
    assert "limited capability for work (LCW)" in r.stdout
    assert "total 18" in r.stdout


def test_wca_unknown_code_is_one_line_with_close_codes():
    r = run("wca", "lcw.99")
    assert r.returncode == 1
    assert "'lcw.99' is not allowed" in r.stderr and "closest" in r.stderr
    assert "Traceback" not in r.stderr


def test_wca_interactive_driven_by_a_script():
    # Activity 1, descriptor 3 (lcw.1c, 9 points); nothing else; 9 < 15: no LCW.
    answers = "3\n" + "\n" * 40
    r = run_input(["wca", "--interactive", "--on", "2026-05-01"], answers)
    assert r.returncode == 0, r.stderr
    assert "no limited capability for work" in r.stdout and "total 9" in r.stdout


def test_wca_interactive_terminal_illness_gives_lcwra():
    # 17 Sch 6 activities unanswered, no Sch 7 descriptor, then the first Sch 9
    # circumstance listed; whichever it is, a Sch 9 circumstance gives LCWRA.
    answers = "\n" * 17 + "\n" + "1\n" + "\n"
    r = run_input(["wca", "-i", "--on", "2026-05-01", "--json"], answers)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout[r.stdout.index("{"):])
    assert out["outcome"] == "lcwra"


def test_pip_from_codes_with_weekly_amounts():
    # Daily living dl.1f (8) + dl.4g (8) = 16 >= 12: enhanced, £110.40 (2025/26);
    # mobility mob.2c (8) >= 8: standard, £29.20 (PIP Regs 2013 regs 5, 6).
    r = run("pip", "--daily-living", "dl.1f", "dl.4g", "--mobility", "mob.2c", "--on", "2025-06-01")
    assert r.returncode == 0, r.stderr
    assert "16 points, enhanced, £110.40 a week" in r.stdout
    assert "8 points, standard, £29.20 a week" in r.stdout


def test_household_total_from_flags():
    # Carer claiming CA (£500 a month net = £115.39 a week, under £204): £86.45;
    # partner's PIP enhanced daily living £114.60 + standard mobility £30.30;
    # child born 2015 with DLA care middle £76.70; Child Benefit £27.05.
    # UC £1,018.36 a month (see test_household_total) = £235.01 a week.
    # Total £86.45 + £144.90 + £76.70 + £27.05 + £235.01 = £570.11 a week.
    r = run(
        "estimate", "--age", "40", "--carer", "--claims-carers-allowance", "--earnings", "500",
        "--partner-age", "42", "--partner-pip-daily-living", "enhanced", "--partner-pip-mobility", "standard",
        "--child", "2015-03-01:dla-middle", "--on", "2026-05-01",
    )
    assert r.returncode == 0, r.stderr
    assert "Household total" in r.stdout and "£570.11" in r.stdout


def test_gain_lcwra_found_in_2025():
    # Single, fit notes from 10/01/2025 (the claim's first day): the relevant
    # period runs 10/01-09/04/2025, so the element is in from the AP beginning
    # 10/04/2025; decided 20/07/2025: APs of 10/04, 10/05, 10/06 are arrears:
    # 3 x £423.27 = £1,269.81. Recurring £423.27 a month = £97.68 a week
    # (x 12 / 52); annual (weekly x 52) £5,079.36.
    r = run("gain", "examples/before-lcwra.toml", "--with", "lcwra_found", "--from", "2025-01-10", "--decided", "2025-07-20")
    assert r.returncode == 0, r.stderr
    assert "+£423.27 a month (+£97.68 a week)" in r.stdout
    assert "£5,079.36" in r.stdout and "arrears £1,269.81" in r.stdout


def test_gain_bad_outcome_is_one_line():
    r = run("gain", "examples/before-lcwra.toml", "--with", "lottery", "--from", "2025-01-10")
    assert r.returncode == 1
    assert "lottery" in r.stderr and "Traceback" not in r.stderr


def test_caseload_report_in_one_command(tmp_path):
    out = tmp_path / "report.html"
    gains = tmp_path / "gains.csv"
    r = run("caseload", "examples/synthetic_caseload.csv", "--report", str(out), "--out", str(gains))
    assert r.returncode == 0, r.stderr
    text = out.read_text()
    assert "Income gain report" in text and "1,000 cases" in text
    assert gains.read_text().count("\n") == 1001  # header + one row per case, none lost


def test_gain_from_two_files():
    # The same household before and after LCWRA (element in the award), AP
    # beginning 10/08/2025: UC rises by the LCWRA element £423.27 a month =
    # £97.68 a week (x 12 / 52); annual (weekly x 52) £5,079.36.
    r = run("gain", "examples/before-lcwra.toml", "--after", "examples/after-lcwra.toml", "--on", "2025-08-10")
    assert r.returncode == 0, r.stderr
    assert "(+£423.27)" in r.stdout and "+£97.68" in r.stdout and "£5,079.36" in r.stdout
