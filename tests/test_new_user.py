"""What a demanding new user tried on 2026-12-06 (the QA pass) and what broke:
files as a spreadsheet saves them, empty caseloads, pandas values, output
paths, and the messages the command gives. Each test failed before its fix.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from entitlements import Caseload, InputError, caseload_gains, estimate_caseload

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"
ON = dt.date(2026, 5, 1)
CASELOAD = ROOT / "examples" / "caseload.csv"
OUTCOMES = ROOT / "examples" / "synthetic_caseload.csv"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=cwd, timeout=300,
                          env={"COLUMNS": "80", "PATH": "/usr/bin:/bin"})


def lines_of(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


# -- a caseload with a header and no rows ------------------------------------------------------

def test_a_header_only_caseload_is_estimated_as_no_cases(tmp_path):
    src = tmp_path / "empty.csv"
    src.write_text(lines_of(CASELOAD)[0] + "\n", "utf-8")
    res = estimate_caseload(Caseload.from_csv(src), on=ON)
    assert len(res.to_dataframe()) == 0
    assert res.summary()["cases"] == 0
    r = run("caseload", str(src), "--on", "2026-05-01", "--out", str(tmp_path / "out.csv"))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert r.stdout.startswith("0 cases read from empty.csv")
    # The results file has the header and no row.
    assert len(lines_of(tmp_path / "out.csv")) == 1


def test_an_empty_list_of_households_is_no_cases():
    res = estimate_caseload([], on=ON)
    assert res.summary()["cases"] == 0


def test_a_header_only_caseload_of_outcomes_projects_no_cases(tmp_path):
    src = tmp_path / "empty.csv"
    src.write_text(lines_of(OUTCOMES)[0] + "\n", "utf-8")
    g = caseload_gains(src)
    s = g.summary()
    assert s["cases"] == 0 and s["cases_projected"] == 0
    r = run("caseload", str(src), "--report", str(tmp_path / "r.html"), "--out", str(tmp_path / "g.csv"))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert (tmp_path / "r.html").exists()


# -- what Excel saves ---------------------------------------------------------------------------

def test_trailing_empty_unnamed_columns_from_a_spreadsheet_are_ignored(tmp_path):
    # Excel writes ",," after every line once cells to the right were touched:
    # two columns with no name and nothing in them. Nothing is in them to lose.
    rows = lines_of(CASELOAD)
    src = tmp_path / "excel.csv"
    src.write_bytes(("\r\n".join(r + ",," for r in rows) + "\r\n").encode("cp1252"))
    res = estimate_caseload(Caseload.from_csv(src), on=ON)
    plain = estimate_caseload(Caseload.from_csv(CASELOAD), on=ON)
    assert res.to_dataframe()["uc_award"].tolist() == plain.to_dataframe()["uc_award"].tolist()
    assert len(res.to_dataframe()) == len(rows) - 1


def test_an_unnamed_column_that_holds_values_is_an_error_saying_so(tmp_path):
    rows = lines_of(CASELOAD)
    src = tmp_path / "unnamed.csv"
    src.write_text("\n".join([rows[0] + ","] + [r + ",x" for r in rows[1:]]) + "\n", "utf-8")
    with pytest.raises(InputError) as e:
        Caseload.from_csv(src)
    msg = str(e.value)
    assert "column 23" in msg and "no name" in msg
    assert "keep_," not in msg and "name it keep_ " not in msg


def test_trailing_rows_of_empty_cells_wider_than_the_header_are_blank_rows(tmp_path):
    rows = lines_of(CASELOAD)
    width = rows[0].count(",") + 1
    src = tmp_path / "excel.csv"
    src.write_text("\n".join(rows) + "\n" + "," * (width + 1) + "\n" + "," * (width + 3) + "\n", "utf-8")
    cl = Caseload.from_csv(src)
    assert len(cl) == len(rows) - 1
    assert not [e for e in cl.errors if "more cells" in e.reason]


def test_a_row_with_extra_empty_cells_keeps_its_case(tmp_path):
    # A trailing comma after a good row: the extra cell is empty, nothing is lost.
    rows = lines_of(CASELOAD)
    src = tmp_path / "comma.csv"
    src.write_text("\n".join([rows[0], rows[1] + ",", rows[2] + ",x"]) + "\n", "utf-8")
    cl = Caseload.from_csv(src)
    reasons = [(e.row, e.reason) for e in cl.errors]
    assert reasons == [(3, "more cells than the header has columns")]


def test_pandas_unnamed_columns_that_are_empty_are_ignored_and_with_values_refused(tmp_path):
    # pd.read_csv of the file Excel saved names its ",," columns 'Unnamed: 22', 'Unnamed: 23'.
    pd = pytest.importorskip("pandas")
    rows = lines_of(CASELOAD)
    src = tmp_path / "excel.csv"
    src.write_text("\n".join(r + ",," for r in rows) + "\n", "utf-8")
    df = pd.read_csv(src)
    assert list(df.columns)[-2:] == ["Unnamed: 22", "Unnamed: 23"]
    res = estimate_caseload(Caseload.from_dataframe(df), on=ON)
    plain = estimate_caseload(Caseload.from_csv(CASELOAD), on=ON)
    assert res.to_dataframe()["uc_award"].tolist() == plain.to_dataframe()["uc_award"].tolist()
    df["Unnamed: 23"] = df["Unnamed: 23"].astype(object)
    df.loc[3, "Unnamed: 23"] = "note"
    with pytest.raises(InputError, match=r"DataFrame column 24: 'Unnamed: 23' is not allowed \(expected a name for every column"):
        Caseload.from_dataframe(df)


# -- the command's messages ---------------------------------------------------------------------

def test_a_caseload_of_outcomes_without_report_says_to_add_it(tmp_path):
    r = run("caseload", str(OUTCOMES), "--out", str(tmp_path / "g.csv"))
    assert r.returncode == 1
    msg = r.stderr.strip()
    assert len(msg.splitlines()) == 1
    assert "claim_start" in msg and "--report" in msg


def test_an_output_in_a_directory_that_does_not_exist_is_refused_before_any_work(tmp_path):
    missing = tmp_path / "no" / "such"
    for flag in ("--out", "--report"):
        name = "x.csv" if flag == "--out" else "r.html"
        args = ["caseload", str(OUTCOMES if flag == "--report" else CASELOAD), flag, str(missing / name)]
        r = run(*args, "--on", "2026-05-01") if flag == "--out" else run(*args)
        assert r.returncode == 3, r.stderr  # a file that cannot be written
        msg = r.stderr.strip()
        assert msg.startswith(f"entitlements: {flag}: '")  # the path, cut to 40 characters
        assert msg.endswith(f"is not allowed (expected a file in a directory that exists ({missing} does not: create it first)).")
        assert r.stdout == ""


def test_a_missing_household_fact_names_the_flag_that_gives_it(tmp_path):
    # A couple born 1950 and 1952: the partner's savings credit turns on sex,
    # which the command does not ask: the message must say which flag answers.
    r = run("estimate", "--dob", "1950-03-01", "--partner-dob", "1952-07-01", "--pension", "230/week",
            "--partner-pension", "120/week", "--private", "--rent", "850/month", "--lha", "700/month", "--on", "2026-05-01")
    assert r.returncode == 1
    msg = r.stderr.strip()
    assert len(msg.splitlines()) == 1
    assert msg.startswith("entitlements: --partner-reached-pension-age-before-2016 "
                          "(adults[2].reached_pension_age_before_6_april_2016): missing (expected true or false")
    # The other way round: the claimant is the one born in 1952, the partner in 1950 (before 2016 either way).
    r = run("estimate", "--dob", "1952-07-01", "--partner-dob", "1950-03-01", "--pension", "230/week",
            "--partner-pension", "120/week", "--private", "--rent", "850/month", "--lha", "700/month", "--on", "2026-05-01")
    assert r.stderr.startswith("entitlements: --reached-pension-age-before-2016 "
                               "(adults[1].reached_pension_age_before_6_april_2016): missing"), r.stderr
    # A household file's adults are numbered from 1: adults[1] is the claimant; a value the file gives is named as
    # the file names it, not by a flag the adviser did not type.
    (tmp_path / "h.toml").write_text("[[adults]]\nage = 30\nmonthly_earnings = -5\n", "utf-8")
    r = run("estimate", str(tmp_path / "h.toml"), "--on", "2026-05-01")
    assert r.stderr == "entitlements: adults[1].monthly_earnings: -5 is not allowed (expected 0 or more pounds).\n"
    r = run("estimate", "--age", "30", "--private", "--rent", "500/month", "--on", "2026-05-01")
    assert r.stderr.startswith("entitlements: --lha (lha_rate): missing")


# -- pandas values for the date ------------------------------------------------------------------

def test_a_pandas_timestamp_at_midnight_is_a_date():
    pd = pytest.importorskip("pandas")
    cl = Caseload.from_csv(CASELOAD)
    want = estimate_caseload(cl, on=ON).to_dataframe()["uc_award"].tolist()
    assert estimate_caseload(cl, on=pd.Timestamp("2026-05-01")).to_dataframe()["uc_award"].tolist() == want
    assert estimate_caseload(cl, on=dt.datetime(2026, 5, 1)).to_dataframe()["uc_award"].tolist() == want
    with pytest.raises(InputError, match="midnight"):
        estimate_caseload(cl, on=pd.Timestamp("2026-05-01 13:30"))
    from entitlements import Adult, Household, estimate

    h = Household(adults=Adult(age=30))
    assert estimate(h, on=pd.Timestamp("2026-05-01")).universal_credit.award == estimate(h, on=ON).universal_credit.award
    with pytest.raises(InputError, match="midnight"):
        estimate(h, on=dt.datetime(2026, 5, 1, 9, 0))


def test_dates_in_a_time_zone_are_their_own_zone_s_day():
    # A database's Europe/London dates come as midnight BST: 6 April 2026
    # 00:00 BST is 5 April 23:00 UTC. The day is 6 April (the new rates),
    # never UTC's 5 April (last year's).
    pd = pytest.importorskip("pandas")
    cl = Caseload.from_csv(CASELOAD)
    n = len(cl)
    april_6 = estimate_caseload(cl, on=dt.date(2026, 4, 6)).to_dataframe()["uc_award"].tolist()
    april_5 = estimate_caseload(cl, on=dt.date(2026, 4, 5)).to_dataframe()["uc_award"].tolist()
    assert april_6 != april_5  # the test can tell the two days apart
    london = pd.Series(pd.to_datetime(["2026-04-06"] * n)).dt.tz_localize("Europe/London")
    assert estimate_caseload(cl, on=london).to_dataframe()["uc_award"].tolist() == april_6
    assert estimate_caseload(cl, on=london[0]).to_dataframe()["uc_award"].tolist() == april_6
    # One value a Timestamp at a time (an object column) is read the same way.
    assert estimate_caseload(cl, on=london.astype(object)).to_dataframe()["uc_award"].tolist() == april_6
    # A time of day in an array is refused, not cut to its day.
    with pytest.raises(InputError, match="a time of day"):
        estimate_caseload(cl, on=pd.Series(pd.to_datetime(["2026-04-06 13:30"] * n)).to_numpy())
    with pytest.raises(InputError, match="a time of day"):
        estimate_caseload(cl, on=london + pd.Timedelta(hours=9))


def test_a_date_of_birth_column_in_a_time_zone_is_read_as_its_day():
    # Each child's date of birth as midnight Europe/London (BST in summer):
    # read as that day, as the same column of plain dates is (it was
    # refused in every row as a time of day).
    pd = pytest.importorskip("pandas")
    df = pd.read_csv(CASELOAD, dtype=str, keep_default_na=False)
    zoned = df.copy()
    dob = pd.to_datetime(zoned["child1_date_of_birth"].replace("", None))
    zoned["child1_date_of_birth"] = dob.dt.tz_localize("Europe/London")
    want = estimate_caseload(Caseload.from_dataframe(df), on=ON).to_dataframe()
    got = estimate_caseload(Caseload.from_dataframe(zoned), on=ON).to_dataframe()
    assert got["valid"].tolist() == want["valid"].tolist()
    assert got["uc_award"].fillna(-1).tolist() == want["uc_award"].fillna(-1).tolist()


# -- Ctrl-C while the command is still starting ---------------------------------------------------

def test_ctrl_c_while_the_command_starts_is_one_line_not_a_traceback(tmp_path):
    # A keyboard interrupt raised as entitlements.estimate is imported, as
    # if Ctrl-C were pressed in the first half second.
    code = (
        "import sys, importlib.abc\n"
        "class Stop(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name == 'entitlements.estimate':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Stop())\n"
        "sys.argv[0] = 'entitlements'\n"
        "from entitlements.cli import main\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 130
    assert r.stderr == "entitlements: interrupted while starting: nothing was written\n"
    # In a program of the user's own (not the command), the interrupt is theirs to handle.
    r = subprocess.run([sys.executable, "-c", code.replace("sys.argv[0] = 'entitlements'\n", "")],
                       capture_output=True, text=True, timeout=60)
    assert "KeyboardInterrupt" in r.stderr


# -- the funders' report: a count of fewer than 5 patients ---------------------------------------

def test_the_headline_count_of_patients_gaining_lcw_or_lcwra_is_suppressed_under_five():
    # Five confirmed cases (the column is shown), two of them found to have
    # LCWRA: "2 patients" is a group of two, and 2 x 8 = 16 appointments names it too.
    from entitlements.report import render_markdown

    base = {"adult1_age": "40", "claim_start": "2025-01-10", "outcome_date": "2025-01-10",
            "decision_date": "2025-07-20", "confirmed": "yes", "practice": "Practice A"}
    rows = ([{**base, "case_id": f"L{i}", "outcome": "lcwra_found"} for i in range(2)]
            + [{**base, "case_id": f"P{i}", "outcome": "pip_awarded", "award_pip_daily_living": "standard"} for i in range(3)])
    g = caseload_gains(rows)
    assert g.summary()["confirmed"]["patients_gaining_lcw_or_lcwra"] == 2
    md = render_markdown(g, made=dt.date(2026, 12, 6))
    assert "| Cases | 5 | 0 |" in md
    assert "| Patients gaining LCW or LCWRA | fewer than 5 |" in md
    assert "| GP appointments saved a year | fewer than 5 |" in md
    # Five or more is shown: all five found to have LCWRA, 5 x 8 = 40 appointments.
    g5 = caseload_gains([{**base, "case_id": f"L{i}", "outcome": "lcwra_found"} for i in range(5)])
    md5 = render_markdown(g5, made=dt.date(2026, 12, 6))
    assert "| Patients gaining LCW or LCWRA | 5 |" in md5 and "| GP appointments saved a year | 40 |" in md5


# -- entitlements gain: every outcome its help lists can be given ---------------------------------

GAIN = ["gain", str(ROOT / "examples" / "before-lcwra.toml"), "--from", "2025-01-10", "--decided", "2025-07-20"]


@pytest.mark.parametrize("args, message", [
    (["--with", "pip_awarded"], "entitlements: --award-pip-daily-living (pip_daily_living): 'none' is not allowed"),
    (["--with", "benefit_claimed"], "entitlements: --benefit (benefit): missing"),
    (["--with", "benefit_claimed", "--benefit", "attendance_allowance"], "entitlements: --award-aa (aa_rate): 'none'"),
    (["--with", "benefit_claimed", "--benefit", "other"], "entitlements: --benefit-weekly (weekly_amount): 0"),
    (["--with", "benefit_cap_exemption"], "entitlements: --cap-exemption-reason (reason): missing"),
    (["--with", "housing_change"], "entitlements: --with: 'housing_change' is not allowed (expected for a change of "
                                   "housing or income, the household after as a second file: --after FILE"),
    (["--with", "benefit_claimed", "--benefit", "child_benefit"], "entitlements: --benefit (outcomes[1].benefit): "
                                                                  "'child_benefit' is not allowed (expected a benefit the household can claim"),
    (["--with", "dla_awarded", "--award-dla-care", "highest", "--outcome-child", "1"],
     "entitlements: --outcome-child (outcomes[1].child): 1 is not allowed (expected no child named: the household has no children)"),
])
def test_gain_names_the_flag_an_outcome_needs(args, message):
    r = run(*GAIN, *args)
    assert r.returncode in (1, 2), r.stderr
    assert r.stderr.startswith(message), r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_gain_takes_attendance_allowance_claimed_from_the_command_line():
    # A single pensioner aged 70 with £400 a week of pensions and no housing
    # costs given. AA higher £114.60 a week (SI 2026/148 art 3, Sch 1 Part III
    # para 1) from 6 April 2026. Pension Credit stays nil even with AA's severe
    # disability addition: £238.00 + £86.05 = £324.05 (SI 2026/148 art 29(2))
    # is under £400.00 of income. So the gain is AA itself: x 52 = £5,959.20.
    r = run("gain", "--age", "70", "--pension", "400/week", "--with", "benefit_claimed", "--benefit", "attendance_allowance",
            "--award-aa", "higher", "--from", "2026-05-10", "--decided", "2026-07-20", "--confirmed")
    assert r.returncode == 0, r.stderr
    assert "attendance allowance +£114.60 a week" in r.stdout
    assert "Annual income gain (weekly x52): £5,959.20" in r.stdout, r.stdout


def test_a_child_benefit_claim_for_a_household_with_no_child_is_a_row_error_in_a_caseload():
    base = {"adult1_age": "40", "claim_start": "2025-01-10", "outcome_date": "2025-01-10", "decision_date": "2025-07-20",
            "confirmed": "yes", "outcome": "benefit_claimed", "benefit": "child_benefit"}
    # B has a child and does not claim Child Benefit yet (claimed already, the outcome would add nothing).
    rows = [{**base, "case_id": "A"}, {**base, "case_id": "B", "child1_date_of_birth": "2020-01-01", "child_benefit_claimed": "no"}]
    g = caseload_gains(rows)
    df = g.to_dataframe()
    assert df["valid"].tolist() == [False, True]
    assert "Child Benefit needs a child" in df["error"][0]


def test_a_date_with_a_time_of_midnight_is_the_date_and_another_time_is_refused(tmp_path):
    # A database export writes "2016-09-14 00:00:00", a spreadsheet "14/09/2016 00:00".
    rows = lines_of(CASELOAD)[:2]
    src = tmp_path / "times.csv"
    dob = "2016-09-14"
    assert dob in rows[1]
    # SQL Server's datetime columns export as "2016-09-14 00:00:00.000" (fractions of a second, all nought): was
    # refused as a time of day.
    body = [rows[1].replace(dob, v) for v in ("2016-09-14 00:00:00", "14/09/2016 00:00", "2016-09-14T00:00:00",
                                              "2016-09-14 00:00:00.000", "2016-09-14T00:00:00.0000000",
                                              "2016-09-14 13:45:00", "2016-09-14 00:00:00.001")]
    src.write_text("\n".join([rows[0], *body]) + "\n", "utf-8")
    df = estimate_caseload(Caseload.from_csv(src), on=ON).to_dataframe()
    plain = estimate_caseload(Caseload.from_csv(CASELOAD), on=ON).to_dataframe()["uc_award"][0]
    assert df["valid"].tolist() == [True, True, True, True, True, False, False]
    assert df["uc_award"][:5].tolist() == [plain] * 5
    assert "'2016-09-14 13:45:00' is not allowed" in df["error"][5]


# -- a DataFrame or a CSV path given straight to estimate_caseload and check_caseload -------------

def test_estimate_and_check_caseload_take_a_dataframe_or_a_csv_path_as_caseload_gains_does():
    pd = pytest.importorskip("pandas")
    from entitlements import check_caseload

    want = estimate_caseload(Caseload.from_csv(CASELOAD), on=ON).to_dataframe()["uc_award"].tolist()
    for source in (pd.read_csv(CASELOAD), str(CASELOAD), CASELOAD):
        assert estimate_caseload(source, on=ON).to_dataframe()["uc_award"].tolist() == want
    claims = {"universal_credit": False, "pension_credit": False}
    want_check = check_caseload(Caseload.from_csv(CASELOAD), on=ON, claims=claims).summary()
    assert check_caseload(pd.read_csv(CASELOAD), on=ON, claims=claims).summary() == want_check
    assert check_caseload(str(CASELOAD), on=ON, claims=claims).summary() == want_check
    with pytest.raises(InputError, match="a pandas DataFrame or the path of a CSV file"):
        check_caseload({"adult1_age": [30]}, on=ON, claims=claims)


def test_the_benefit_check_report_of_three_patients_shows_no_figure_about_them(tmp_path):
    # Three cases, each missing Universal Credit: the headline's count and value
    # and the certainty table were shown ("claim needed | 3 | £51,595.96").
    rows = lines_of(CASELOAD)[:4]
    src = tmp_path / "three.csv"
    src.write_text("\n".join([rows[0] + ",claims_universal_credit,claims_pension_credit"] + [r + ",no,no" for r in rows[1:]]) + "\n",
                   "utf-8")
    r = run("caseload", str(src), "--check", "--on", "2026-05-01", "--report", str(tmp_path / "r.md"))
    assert r.returncode == 0, r.stderr
    md = (tmp_path / "r.md").read_text("utf-8")
    body = md.split("## How")[0] if "## How" in md else md
    assert "fewer than 5 patients are missing something." in body
    assert "| claim needed | fewer than 5 | fewer than 5 | fewer than 5 |" in body
    assert "£" not in body.split("## By benefit")[0].split("Estimates.")[-1].split("a claim may not be made or won.")[-1]
    assert "£51,595.96" not in md
