"""The age conditions of Attendance Allowance, PIP and DLA (issue: a 40-year-old's AA).

Worked examples at the boundary, the day before and the day of State
Pension age, through the outcome (one household, caseload rows, the CLI) and
through a household's received benefits (estimate, caseload CSV, income gain).

The boundary person: born 6 April 1960. Pensions Act 1995 Sch 4 para 1(7),
Table 3 (inserted by the Pensions Act 2014 s 26(3)): born 6 April to 5 May
1960, pensionable age at 66 years and 1 month, "the same day of the month":
1960-04-06 + 66 years = 2026-04-06, + 1 month = 2026-05-06. So on 2026-05-05
she has not reached it, on 2026-05-06 she has.

Attendance Allowance needs pensionable age from 6 December 2018 (SSCBA 1992
s 64(1) as amended by the Pensions Act 2007 Sch 1 para 41, with effect from
that day, PA 2007 s 13(3)); DLA after it only on an award made before it
(s 75(1)); PIP not for anyone whose relevant age (Welfare Reform Act 2012
s 83: pensionable age or, if higher, 65) came before PIP began on 8 April
2013: born on or before 8 April 1948 (65 on 8 April 2013).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, InputError, caseload_gains, estimate, estimate_caseload
from entitlements.benefits import disability_ages as ages
from entitlements.gain.household import income_gain
from entitlements.gain.outcomes import Outcome, Scenario

D = dt.date
BORN = D(1960, 4, 6)
DAY_BEFORE, SPA_DAY = D(2026, 5, 5), D(2026, 5, 6)
CLAIM = D(2026, 1, 10)
EXE = Path(sys.executable).with_name("entitlements")

AA_OUTCOME_REFUSED = (
    "outcomes[1].benefit: 'attendance_allowance' is not allowed (expected a benefit adult 1 can be awarded on 2026-05-05: "
    "Attendance Allowance only from State Pension age (65 before 6 December 2018), which adult 1 has not reached "
    "(SSCBA 1992 s 64(1) as amended by the Pensions Act 2007 Sch 1 para 41); under it, PIP (pip_awarded)).")
AA_HELD = ("'none' for an adult under State Pension age at the end of the assessment period (65 before 6 December 2018): "
           "Attendance Allowance is paid only from it (SSCBA 1992 s 64(1) as amended by the Pensions Act 2007 Sch 1 "
           "para 41); under it the disability benefit is PIP (or DLA)")


def aa(effective, **adult):
    return Scenario(household=Household(adults=Adult(**adult)), claim_start=CLAIM,
                    outcomes=[Outcome(kind="benefit_claimed", benefit="attendance_allowance", aa_rate="lower", effective=effective)])


# -- the tests themselves ------------------------------------------------------


def test_the_boundary_is_the_day_state_pension_age_is_reached():
    assert ages.attendance_allowance_age_refused(BORN, None, DAY_BEFORE) is True
    assert ages.attendance_allowance_age_refused(BORN, None, SPA_DAY) is False
    # DLA from State Pension age, holding none: refused from the day, not the day before.
    assert ages.dla_adult_age_refused(BORN, None, DAY_BEFORE, False) is False
    assert ages.dla_adult_age_refused(BORN, None, SPA_DAY, False) is True


def test_before_6_december_2018_the_age_was_65():
    # s 64(1) as it stood: "aged 65 or over". Born 1 March 1952 (a woman's pensionable age by then was
    # lower): 65 on 1 March 2017, so refused on 28 February 2017 and not on 1 March 2017.
    assert ages.attendance_allowance_age_refused(D(1952, 3, 1), None, D(2017, 2, 28)) is True
    assert ages.attendance_allowance_age_refused(D(1952, 3, 1), None, D(2017, 3, 1)) is False


def test_an_age_alone_refuses_only_what_every_birth_of_that_age_refuses():
    # 65 on 2026-05-01: born 1960-05-02 to 1961-05-01, pensionable age 66 and more: refused.
    assert ages.attendance_allowance_age_refused(None, 65, D(2026, 5, 1)) is True
    # 66 on 2026-05-01: born 1959-05-02 to 1960-05-01; the oldest reached it on 2025-05-02 (66th birthday,
    # para 1(6)), the youngest (born 1960-05-01, 66 years 1 month) not until 2026-06-01: not refused.
    assert ages.attendance_allowance_age_refused(None, 66, D(2026, 5, 1)) is False
    # 66 on 2030-01-01: born 1963-01-02 to 1964-01-01, pensionable age 67 (para 1(8)): refused.
    assert ages.attendance_allowance_age_refused(None, 66, D(2030, 1, 1)) is True


def test_pip_refused_only_for_someone_65_or_over_when_pip_began():
    # Born 8 April 1948: 65 on 8 April 2013, PIP's first day (SI 2013/358 art 7): the relevant age came first.
    assert ages.pip_age_refused(D(1948, 4, 8), None, D(2026, 5, 1)) is True
    assert ages.pip_age_refused(D(1948, 4, 9), None, D(2026, 5, 1)) is False
    # Past State Pension age is not enough: an award held or claimed before it may continue (SI 2013/377 regs 25-27).
    assert ages.pip_age_refused(BORN, None, SPA_DAY) is False


def test_attendance_allowance_outcome_for_a_40_year_old_is_refused():
    with pytest.raises(InputError) as e:
        aa(D(2026, 5, 1), age=40)
    assert e.value.field == "outcomes[1].benefit"
    assert "Attendance Allowance only from State Pension age" in str(e.value)


def test_attendance_allowance_outcome_the_day_before_and_the_day_of_state_pension_age():
    with pytest.raises(InputError) as e:
        aa(DAY_BEFORE, date_of_birth=BORN)
    assert str(e.value) == AA_OUTCOME_REFUSED
    g = income_gain(aa(SPA_DAY, date_of_birth=BORN))
    # AA lower rate from 6 April 2026 £76.70 a week (SI 2026/148 art 3, Sch 1 Part III para 1); no UC either side
    # (she has reached the qualifying age for Pension Credit). Living alone with no income and no carer paid for
    # her, AA at either rate brings Pension Credit's severe disability additional amount (SI 2002/1792 reg 6(4)-(5),
    # Sch I para 1(1)(a)), £86.05 from April 2026 (rules/pension_credit/severe_disability_addition.toml): the
    # pension-age knock-on line. (76.70 + 86.05) x 52 = 162.75 x 52 = £8,463.00 a year.
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("attendance_allowance", 7670), ("pension_credit", 8605)]
    assert g.annual == (7670 + 8605) * 52 == 846300


def test_pip_outcome_for_someone_born_before_9_april_1948_is_refused_and_past_spa_allowed():
    def pip(**adult):
        return Scenario(household=Household(adults=Adult(**adult)), claim_start=CLAIM,
                        outcomes=[Outcome(kind="pip_awarded", pip_daily_living="standard", effective=D(2026, 5, 1))])

    with pytest.raises(InputError) as e:
        pip(date_of_birth=D(1948, 4, 8))
    assert str(e.value) == (
        "outcomes[1].kind: 'pip_awarded' is not allowed (expected an outcome adult 1 can be awarded: no PIP for anyone "
        "65 or over on 8 April 2013, when it began (born on or before 8 April 1948): they had reached the relevant age "
        "of Welfare Reform Act 2012 s 83 before any claim (SI 2013/377 regs 25-27); Attendance Allowance instead).")
    # Born a day later: 64 on 8 April 2013, so a PIP award (claimed then, or carried past pensionable age) can exist.
    pip(date_of_birth=D(1948, 4, 9))
    # Over State Pension age with PIP held: a revision is allowed (reg 27); daily living standard -> enhanced is
    # £114.60 - £76.70 = £37.90 a week (SI 2013/377 reg 24 as amended by SI 2026/148 art 15).
    s = Scenario(household=Household(adults=Adult(age=70, pip_daily_living="standard")), claim_start=CLAIM,
                 outcomes=[Outcome(kind="pip_awarded", pip_daily_living="enhanced", effective=D(2026, 5, 1))])
    assert [(b.benefit, b.weekly) for b in income_gain(s).benefit_lines] == [("pip", 11460 - 7670)]


def test_dla_outcome_to_an_adult_from_state_pension_age_needs_an_award_held():
    def dla(effective, **adult):
        return Scenario(household=Household(adults=Adult(date_of_birth=BORN, **adult)), claim_start=CLAIM,
                        outcomes=[Outcome(kind="dla_awarded", dla_care="middle", effective=effective)])

    with pytest.raises(InputError) as e:
        dla(SPA_DAY)
    assert str(e.value) == (
        "outcomes[1].kind: 'dla_awarded' is not allowed (expected an outcome adult 1 can be awarded on 2026-05-06: no "
        "DLA from State Pension age (65 before 6 December 2018) except on an award made before it (SSCBA 1992 s 75(1); "
        "SI 1991/2890 reg 3), and adult 1 has reached it holding no DLA; Attendance Allowance instead).")
    dla(DAY_BEFORE)  # a claim made before the age, for a period beginning before it (SI 1991/2890 reg 3(2)-(3))
    # Holding the lowest care rate, raised to the middle: £76.70 - £30.30 = £46.40 a week (SI 2026/148 art 14).
    # The middle rate (not the lowest) brings Pension Credit's severe disability additional amount for someone
    # living alone with no carer paid (SI 2002/1792 Sch I para 1): £86.05 from April 2026, the knock-on line.
    g = income_gain(dla(SPA_DAY, dla_care="lowest"))
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("dla", 7670 - 3030), ("pension_credit", 8605)]


def _outcome_rows(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(
        "case_id,adult1_date_of_birth,claim_start,outcome,benefit,award_aa,outcome_date\n"
        f"before,1960-04-06,2026-01-10,benefit_claimed,attendance_allowance,lower,{DAY_BEFORE}\n"
        f"of,1960-04-06,2026-01-10,benefit_claimed,attendance_allowance,lower,{SPA_DAY}\n"
        "young,,2026-01-10,benefit_claimed,attendance_allowance,lower,2026-05-01\n", encoding="utf-8")
    return path


def test_caseload_rows_refused_as_errors_and_the_others_go_on(tmp_path):
    path = _outcome_rows(tmp_path)
    text = path.read_text().replace("young,,", "young,1986-01-01,")
    path.write_text(text, encoding="utf-8")
    g = caseload_gains(str(path))
    assert g.valid.tolist() == [False, True, False]
    # The row of the day: AA £76.70 and the Pension Credit severe disability amount £86.05 a week, x 52 = £8,463.00
    # (as test_attendance_allowance_outcome_the_day_before_and_the_day_of_state_pension_age).
    assert g.annual.tolist() == [0, 846300, 0]
    errors = g.errors()
    assert [e["case_id"] for e in errors] == ["before", "young"]
    # A caseload's row names the file's column (outcome, benefit), not the Python API's field (outcomes[1].kind).
    assert errors[0]["reason"] == AA_OUTCOME_REFUSED.replace("outcomes[1].benefit:", "benefit:", 1)
    assert "Attendance Allowance only from State Pension age" in errors[1]["reason"]


def test_caseload_from_records_names_the_same_error_as_one_household():
    rows = [{"case_id": "a", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "benefit_claimed",
             "benefit": "attendance_allowance", "award_aa": "lower", "outcome_date": "2025-06-01"},
            {"case_id": "b", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
             "outcome_date": "2025-01-10"}]
    g = caseload_gains(rows)
    assert g.valid.tolist() == [False, True]
    with pytest.raises(InputError) as e:
        aa(D(2025, 6, 1), age=40)
    # A caseload's row names the file's column (outcome, benefit), not the Python API's field (outcomes[1].kind).
    assert g.errors()[0]["reason"] == str(e.value).replace("outcomes[1].benefit:", "benefit:", 1)


def test_attendance_allowance_held_under_state_pension_age_is_refused_by_estimate():
    # The assessment period beginning 2026-04-06 ends 2026-05-05 (the day before): refused; the one beginning
    # 2026-04-07 ends 2026-05-06 (the day of): she has reached the age by its end, and the award can exist.
    h = Household(adults=Adult(date_of_birth=BORN, attendance_allowance="lower"))
    with pytest.raises(InputError) as e:
        estimate(h, on=D(2026, 4, 6))
    assert str(e.value) == f"adults[1].attendance_allowance: 'lower' is not allowed (expected {AA_HELD})."
    estimate(h, on=D(2026, 4, 7))


def test_pip_and_dla_held_past_state_pension_age_are_accepted():
    # PIP held past State Pension age (SI 2013/377 reg 25(a)); DLA held on an award made before it (s 75(1)).
    estimate(Household(adults=Adult(age=75, pip_daily_living="enhanced")), on=D(2026, 5, 1))
    estimate(Household(adults=Adult(age=80, dla_care="highest")), on=D(2026, 5, 1))


def test_caseload_csv_row_with_attendance_allowance_under_age_is_an_error_row(tmp_path):
    path = tmp_path / "households.csv"
    path.write_text("adult1_date_of_birth,adult1_attendance_allowance\n1960-04-06,lower\n1950-01-01,lower\n1986-01-01,\n",
                    encoding="utf-8")
    r = estimate_caseload(str(path), on=D(2026, 4, 6))
    assert r.caseload.valid.tolist() == [False, True, True]
    # The header is row 1: the first data row is row 2.
    # Since 2026-12-07 the rate held is named (was "give ...").
    assert [str(e) for e in r.caseload.errors] == [
        f"row 2: adult1_attendance_allowance: 'lower' is not allowed (expected {AA_HELD})."]


def test_income_gain_refuses_attendance_allowance_held_under_age_one_household_and_caseload():
    s = Scenario(household=Household(adults=Adult(age=40, attendance_allowance="lower")), claim_start=D(2025, 1, 10),
                 outcomes=[Outcome(kind="lcwra_found", effective=D(2025, 1, 10))])
    with pytest.raises(InputError) as e:
        income_gain(s)
    assert e.value.field == "adults[1].attendance_allowance"
    g = caseload_gains([{"case_id": "a", "adult1_age": "40", "adult1_attendance_allowance": "lower",
                         "claim_start": "2025-01-10", "outcome": "lcwra_found", "outcome_date": "2025-01-10"},
                        {"case_id": "b", "adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found",
                         "outcome_date": "2025-01-10"}])
    assert g.valid.tolist() == [False, True]
    assert g.errors()[0]["reason"].startswith(f"adult1_attendance_allowance: 'lower' is not allowed (expected {AA_HELD}")
    # LCWRA found for the other 40-year-old: the LCWRA element, £423.27 a month 2025-26 x 12 = £5,079.36.
    assert g.annual.tolist() == [0, 507936]


def _cli(*args):
    assert EXE.exists(), "the entitlements command is not installed in this environment: pip install -e ."
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=120)


def test_cli_gain_and_estimate_refuse_with_the_flag_named():
    r = _cli("gain", "--dob", "1960-04-06", "--with", "benefit_claimed", "--benefit", "attendance_allowance",
             "--award-aa", "lower", "--from", str(DAY_BEFORE), "--claim-start", str(CLAIM))
    assert r.returncode == 1
    assert r.stderr.strip() == "entitlements: " + AA_OUTCOME_REFUSED.replace("outcomes[1].benefit", "--benefit (outcomes[1].benefit)", 1)
    r = _cli("gain", "--dob", "1960-04-06", "--with", "benefit_claimed", "--benefit", "attendance_allowance",
             "--award-aa", "lower", "--from", str(SPA_DAY), "--claim-start", str(CLAIM))
    assert r.returncode == 0, r.stderr
    assert "Annual income gain (weekly x52): £8,463.00" in r.stdout  # AA £76.70 + PC £86.05, x 52
    r = _cli("estimate", "--age", "40", "--attendance-allowance", "lower", "--on", "2026-05-01")
    assert r.returncode == 1
    assert r.stderr.strip() == (f"entitlements: --attendance-allowance (adults[1].attendance_allowance): 'lower' is not "
                                f"allowed (expected {AA_HELD}).")


@settings(max_examples=60, deadline=None)
@given(st.dates(D(1940, 1, 1), D(1990, 12, 31)), st.dates(D(2013, 4, 29), D(2040, 12, 31)))
def test_scalar_equals_array_and_age_alone_never_refuses_a_possible_birth(born, day):
    years = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    births = np.array([born, born], dtype="datetime64[D]")
    days = np.array([day, day], dtype="datetime64[D]")
    for f, extra in ((ages.attendance_allowance_age_refused, ()), (ages.pip_age_refused, ()),
                     (ages.dla_adult_age_refused, (False,))):
        one = f(born, None, day, *extra)
        assert f(births, np.array([-1, -1]), days, *(np.array([x, x]) for x in extra)).tolist() == [one, one]
        # Refused by the age alone implies refused for this birth (which has that age).
        if f(None, years, day, *extra):
            assert one


# -- DLA mobility for a child: the relevant age, 3 for the higher rate and 5 for the lower (s 73(1A)) --------

KID = D(2023, 5, 1)  # 3 on 2026-05-01, 5 on 2028-05-01
DLA_MOB = ("'none', or a rate the child's age allows: DLA mobility at the higher rate from age 3, at the lower rate "
           "from age 5 (SSCBA 1992 s 73(1), (1A), (11): the relevant age)")


def _mobility(effective, rate):
    from entitlements import Child

    return Scenario(household=Household(adults=Adult(age=30), children=(Child(date_of_birth=KID),)), claim_start=CLAIM,
                    outcomes=[Outcome(kind="dla_awarded", child=1, dla_mobility=rate, effective=effective)])


def test_dla_mobility_outcome_for_a_child_at_3_and_5():
    with pytest.raises(InputError) as e:
        _mobility(D(2026, 4, 30), "higher")  # the day before the 3rd birthday
    assert str(e.value) == (f"outcomes[1].dla_mobility: 'higher' is not allowed (expected a rate child 1 can be awarded "
                            f"on 2026-04-30: {DLA_MOB}).")
    # From the 3rd birthday: DLA mobility higher £80.00 a week (SI 1991/2890 reg 4(2)(a) as amended by SI 2026/148 art 14).
    assert [(b.benefit, b.weekly) for b in income_gain(_mobility(D(2026, 5, 1), "higher")).benefit_lines] == [("dla", 8000)]
    with pytest.raises(InputError):
        _mobility(D(2028, 4, 30), "lower")  # 4: the lower rate only from 5
    _mobility(D(2028, 5, 1), "lower")


def test_dla_mobility_held_by_a_child_too_young_is_refused(tmp_path):
    from entitlements import Child

    # The assessment period beginning 2026-04-01 ends 2026-04-30, the day before the 3rd birthday: refused; the
    # one beginning 2026-04-02 ends 2026-05-01, the birthday: accepted.
    h = Household(adults=Adult(age=30), children=(Child(date_of_birth=KID, dla_mobility="higher"),))
    with pytest.raises(InputError) as e:
        estimate(h, on=D(2026, 4, 1))
    assert str(e.value) == f"children[1].dla_mobility: 'higher' is not allowed (expected {DLA_MOB})."
    estimate(h, on=D(2026, 4, 2))
    path = tmp_path / "kids.csv"
    path.write_text("adult1_age,child1_date_of_birth,child1_dla_mobility\n30,2023-05-01,higher\n30,2023-05-01,lower\n"
                    "30,2021-05-01,lower\n", encoding="utf-8")
    r = estimate_caseload(str(path), on=D(2026, 4, 2))
    assert r.caseload.valid.tolist() == [True, False, True]
    assert [str(e) for e in r.caseload.errors] == [f"row 3: child1_dla_mobility: 'lower' is not allowed (expected {DLA_MOB})."]
