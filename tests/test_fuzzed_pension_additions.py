"""fuzz7 (2026-12-07): faults found fuzzing the day's pension-age additions (owner housing costs, the married
couple's allowance, Blind Person's Allowance, the marriage allowance, savings_credit_protected, a non-dependant
disregarded for discount), each seen to fail before its fix."""

from __future__ import annotations

from entitlements.cli import main


def test_a_non_dependant_disregarded_for_discount_without_the_count_names_the_flag(capsys):
    # No household file, --council-tax-disregarded not typed: the error named the model's field
    # "housing.council_tax_disregarded", which an adviser at the command line never typed.
    rc = main(["estimate", "--age", "70", "--state-pension", "200/week", "--owner", "--council", "Coventry",
               "--council-tax-band", "B", "--non-dependant", "30,hb-ctr=disregarded_for_discount",
               "--on", "2026-12-07"])
    assert rc == 1
    assert capsys.readouterr().err.strip() == (
        "entitlements: --council-tax-disregarded (housing.council_tax_disregarded): 0 is not allowed (expected at "
        "least 1: the non-dependants given hb_ctr_exemption 'disregarded_for_discount' are among the residents "
        "disregarded for discount (LGFA 1992 s 11, Sch 1)).")


def test_an_adult_over_120_with_rent_is_the_rows_error_not_the_caseloads():
    # Born 5 April 1905, on 1 May 2026: 121 at the end of the assessment period. Without a home this was already the
    # row's error; renting (so Housing Benefit is worked out), the Housing Benefit engine refused "age1: 121" first:
    # estimate() named no household field, and a caseload with such a row raised for every row ("row 0, age1: 121").
    import datetime as dt

    import pytest

    from entitlements import Adult, Household, Housing, estimate, estimate_caseload
    from entitlements.errors import InputError

    on = dt.date(2026, 5, 1)
    old = Household(adults=[Adult(date_of_birth=dt.date(1905, 4, 5), state_pension_weekly=21000)],
                    housing=Housing(tenure="social_rent", rent=10000, rent_period="week",
                                    council_tax_band="B"), local_authority="Coventry")
    with pytest.raises(InputError) as e:
        estimate(old, on=on)
    assert str(e.value).startswith("adults[1].date_of_birth: '1905-04-05' is not allowed (expected a date of birth "
                                   "that makes the adult 16 to 120 on 2026-05-31")
    fine = old.replace(adults=[Adult(age=80, state_pension_weekly=21000)])
    couple = old.replace(adults=[Adult(age=80), Adult(date_of_birth=dt.date(1905, 4, 5))])
    rows = list(estimate_caseload([old, fine, couple], on=on).rows())
    assert len(rows) == 3
    # Since 2026-12-07 the row's error names the value, as the one household's does (was "give a date of birth ...").
    assert rows[0]["error"].startswith("adult1_date_of_birth: '1905-04-05' is not allowed (expected a date of birth "
                                       "that makes each adult 16 to 120")
    assert rows[2]["error"].startswith("adult2_date_of_birth: '1905-04-05' is not allowed (expected a date of birth "
                                       "that makes each adult 16 to 120")
    assert rows[1]["valid"] and rows[1]["household_total_weekly"] == estimate(fine, on=on).total_weekly


def test_a_gain_caseload_with_an_adult_over_120_is_that_rows_error(tmp_path):
    # Attendance Allowance claimed for a renter born 3 November 1904 (121 on the day, 122 and 123 over the
    # projection): the knock-on Housing Benefit was valued by the engine, which refused "row 0, age1: 122" for the
    # whole caseload; with the Housing Benefit age held at 120 it would have been valued as if 120. Now the row's
    # error, the other rows valued.
    import datetime as dt

    from entitlements.gain.caseload import caseload_gains

    p = tmp_path / "gains.csv"
    p.write_text("case_id,adult1_age,adult1_date_of_birth,adult1_state_pension_weekly,housing_tenure,housing_rent,"
                 "housing_rent_period,claim_start,outcome,outcome_date,decision_date,confirmed,award_aa,benefit\n"
                 "a,80,,150,social_rent,100,week,2025-05-06,benefit_claimed,2025-05-06,2025-07-01,yes,lower,"
                 "attendance_allowance\n"
                 "b,,1904-11-03,110,social_rent,100,week,2026-09-10,benefit_claimed,2026-10-06,2026-12-07,yes,lower,"
                 "attendance_allowance\n", encoding="utf-8")
    g = caseload_gains(p, as_of=dt.date(2026, 12, 7))
    (e,) = g.errors()
    assert e == {"row": 3, "case_id": "b", "reason": (
        "adult1_date_of_birth or adult1_age: 123 is not allowed (expected an age in whole years from 16 to 120 in "
        "every assessment period projected (the last ends 2027-11-09)).")}
    assert g.valid.tolist() == [True, False]


def test_the_errors_file_does_not_call_a_given_cell_missing(tmp_path):
    # Owner's housing costs where Universal Credit is claimed (a man of 40), and an adult born 1905 (121): the screen
    # said "give none where ..." and "give a date of birth that makes ...", the errors file "missing (expected ...)"
    # of cells that were filled in. It now says what the screen says, still without the value.
    import csv

    p = tmp_path / "oc.csv"
    p.write_text("case_id,adult1_age,adult1_date_of_birth,adult1_state_pension_weekly,housing_tenure,"
                 "housing_owner_housing_costs,housing_owner_housing_costs_period,local_authority,housing_council_tax_band\n"
                 "a,80,,150,owner_occupier,15,week,Coventry,B\n"
                 "b,40,,,owner_occupier,15,week,Coventry,B\n"
                 "c,,1905-04-05,150,owner_occupier,,,Coventry,B\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["caseload", str(p), "--on", "2026-05-01", "-q", "--out", str(out)]) == 0
    rows = list(csv.DictReader(open(tmp_path / "out_errors.csv", encoding="utf-8")))
    assert [(r["row"], r["field"]) for r in rows] == [("3", "housing_owner_housing_costs"), ("4", "adult1_date_of_birth")]
    assert rows[0]["reason"] == (
        "housing_owner_housing_costs: give none where Universal Credit is claimed: the figure is for Pension Credit "
        "(SI 2002/1792 Sch II para 13); Universal Credit's housing costs element for an owner-occupier's service "
        "charges (SI 2013/376 Sch 5) is not modelled.")
    # The screen names the value since 2026-12-07; the errors file still leaves it out ("not allowed"), and a cell
    # filled in is not "missing".
    assert rows[1]["reason"].startswith("adult1_date_of_birth: not allowed (expected a date of birth that makes each "
                                        "adult 16 to 120")
    assert "1905" not in rows[1]["reason"] and "missing" not in rows[0]["reason"] + rows[1]["reason"]
    assert rows[0]["message"] == "row 3: " + rows[0]["reason"]
