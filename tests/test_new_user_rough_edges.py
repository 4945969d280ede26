"""Rough edges a new user met trying the README's commands from a fresh clone
(2026-12-07): each a one-line error naming the field, the value and what is
allowed, never a traceback, and counts said in good English."""

from __future__ import annotations

import pytest

from entitlements.cli import main


@pytest.mark.parametrize("text", ["age = inf", "age = 1e400", "age = -inf"])
def test_an_infinite_whole_number_in_a_household_file_is_one_line(tmp_path, capsys, text):
    # TOML's inf, and JSON's 1e400 (read as infinity), were an OverflowError: "internal error ... this is a bug".
    path = tmp_path / "h.toml"
    path.write_text(f"[[adults]]\n{text}\n")
    assert main(["estimate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("entitlements: adults[1].age: ") and "a whole number" in err and len(err.splitlines()) == 1
    assert "Traceback" not in err and "internal error" not in err


def test_an_infinite_whole_number_in_a_json_file_is_one_line(tmp_path, capsys):
    path = tmp_path / "h.json"
    path.write_text('{"adults": [{"age": 1e400}]}')
    assert main(["estimate", str(path)]) == 1
    assert "adults[1].age: " in capsys.readouterr().err


def test_an_infinite_whole_number_in_a_caseload_is_that_rows_error(tmp_path, capsys):
    src = tmp_path / "c.csv"
    src.write_text("case_id,adult1_age\nc1,inf\nc2,Infinity\nc3,30\n")
    assert main(["caseload", str(src), "--on", "2026-05-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 cases read from c.csv; 1 estimated, 2 with errors")
    assert "row 2: adult1_age: 'inf' is not allowed (expected a whole number" in out


def test_an_infinite_whole_number_in_a_caseload_of_outcomes_is_that_rows_error(tmp_path, capsys):
    src = tmp_path / "c.csv"
    src.write_text("case_id,adult1_age,claim_start,outcome,outcome_date,decision_date,confirmed\n"
                   + "".join(f"c{i},{'inf' if i == 0 else 40},2025-01-10,lcwra_found,2025-01-10,2025-07-20,yes\n"
                             for i in range(6)))
    assert main(["caseload", str(src), "--report", str(tmp_path / "r.html")]) == 0
    assert "row 2: adult1_age: 'inf' is not allowed" in capsys.readouterr().out


def test_one_case_is_one_case(tmp_path, capsys):
    src = tmp_path / "c.csv"
    src.write_text("case_id,adult1_age,adult1_state_pension_weekly,claims_universal_credit,claims_pension_credit\n"
                   "c1,70,170,no,no\n")
    assert main(["caseload", str(src), "--on", "2026-06-01"]) == 0
    assert capsys.readouterr().out.startswith("1 case read from c.csv; 1 estimated, 0 with errors")
    assert main(["caseload", str(src), "--check", "--on", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 case read from c.csv; 1 checked, 0 with errors")
    assert "Pension Credit: 1 patient, £3,536.00 a year" in out


@pytest.mark.parametrize("flag", [["--rent", "500/month"], ["--council-tax-band", "B", "--council", "Coventry"]])
def test_a_home_without_a_tenure_says_what_is_missing(capsys, flag):
    # It said "--rent: missing (expected a tenure too ...)", the rent having been given.
    assert main(["estimate", "--age", "34", *flag]) == 2
    err = capsys.readouterr().err
    assert f"{flag[0]}: given without a tenure (expected --social, --private, --owner or --supported too)" in err
    assert "missing" not in err


def test_a_partner_flag_without_a_partner_says_what_is_missing(capsys):
    assert main(["estimate", "--age", "34", "--partner-earnings", "100"]) == 2
    err = capsys.readouterr().err
    assert "--partner-earnings: given without a partner (expected --partner-age or --partner-dob" in err


def test_a_group_by_not_in_the_file_names_the_flag_and_the_nearest_column(tmp_path, capsys):
    src = tmp_path / "c.csv"
    src.write_text("case_id,practice,adult1_age,claim_start,outcome,outcome_date,decision_date,confirmed\n"
                   + "".join(f"c{i},P{i % 2},40,2025-01-10,lcwra_found,2025-01-10,2025-07-20,yes\n" for i in range(6)))
    assert main(["caseload", str(src), "--report", str(tmp_path / "r.html"), "--group-by", "practise"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("entitlements: --group-by: 'practise' is not allowed") and "did you mean 'practice'?" in err
    assert not (tmp_path / "r.html").exists()


def test_claims_spelt_as_words_suggest_the_name(capsys):
    assert main(["check", "--age", "40", "--claims", "universal credit"]) == 1
    err = capsys.readouterr().err
    assert "'universal credit'" in err and "did you mean 'universal_credit'?" in err
