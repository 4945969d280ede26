"""Housing Benefit, council tax and Council Tax Reduction inputs a fuzz
harness (fuzz6) found mishandled. Each test was seen to fail before its fix.

Figure quoted: the UC non-dependant housing cost contribution from 6 April
2026, £96.55 a month (SI 2026/148 art 32(3), amending SI 2013/376 Sch 4
para 14(1); rules/uc/housing_cost_contribution.toml).
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Caseload, Household, estimate, estimate_caseload
from entitlements.household import Housing, NonDependant

ON = dt.date(2026, 5, 1)


def test_four_paying_non_dependants_are_four_contributions_in_a_caseload_too(tmp_path):
    # 4 x £96.55 = £386.20 a month: past an int16's 32,767 pence, which wrapped round to -£269.16 in the caseload
    # (a housing element of £1,211.26 a month, not £555.06), while estimate() said £386.20.
    h = Household(adults=Adult(age=40),
                  housing=Housing(tenure="social_rent", rent=94126, bedrooms=5,
                                  non_dependants=tuple(NonDependant(age=30, remunerative_work=True,
                                                                    gross_weekly_income=50000) for _ in range(4))))
    one = estimate(h, on=ON).universal_credit.calculation.housing
    assert one.housing_cost_contributions == 4 * 9655
    assert one.element == 94126 - 4 * 9655
    many = estimate_caseload([h, h], on=ON).columns()
    assert many["uc_housing_housing_cost_contributions"].values.tolist() == [4 * 9655] * 2
    assert many["uc_housing_element"].values.tolist() == [94126 - 4 * 9655] * 2
    p = tmp_path / "cases.csv"
    head = ",".join(f"nondep{k}_age,nondep{k}_remunerative_work,nondep{k}_gross_weekly_income" for k in range(1, 5))
    p.write_text("case_id,adult1_age,housing_tenure,housing_rent,housing_rent_period,housing_bedrooms," + head + "\n"
                 "a,40,social_rent,941.26,month,5," + ",".join(["30,yes,500"] * 4) + "\n", encoding="utf-8")
    csv = estimate_caseload(Caseload.from_csv(p), on=ON).columns()
    assert csv["uc_housing_housing_cost_contributions"].values.tolist() == [4 * 9655]


def test_a_council_or_brma_not_known_in_a_list_of_households_is_that_households_error():
    # Was an InputError for the whole list, naming no household (a CSV row with the same typo is its row's error).
    ok = Household(adults=Adult(age=30))
    council = Household(adults=Adult(age=30), local_authority="Coventy")
    nation = Household(adults=Adult(age=70), housing=Housing(tenure="social_rent", rent=50000, council_tax_band="B"),
                       local_authority="Cardiff")  # in Wales; the household's nation is England
    brma = Household(adults=Adult(age=30), housing=Housing(tenure="private_rent", rent=50000, brma="Coventy"))
    res = estimate_caseload([ok, council, ok, nation, brma], on=ON)
    assert res.valid.tolist() == [True, False, True, False, False]
    (a, b, c) = res.caseload.errors
    assert (a.row, a.index, a.field) == (2, 1, "local_authority") and "'Coventry'" in str(a)
    assert (b.row, b.field) == (4, "local_authority") and "Wales" in str(b)
    assert (c.row, c.field) == (5, "housing.brma") and "'Coventry'" in str(c)
    assert res.columns()["uc_award"].values[0] == res.columns()["uc_award"].values[2] > 0


def test_a_birth_after_the_schedule_has_not_reached_pension_age_before_67():
    # Born after 5 April 1977: not before the 67th birthday (the module's own law); a day from 6 April 2044 was
    # refused for every such birth, even at 66 (born 20 July 1984, on 17 February 2051).
    import numpy as np
    import pytest

    from entitlements.benefits.pension_age import has_reached_state_pension_age
    from entitlements.errors import InputError

    assert has_reached_state_pension_age(dt.date(1984, 7, 20), dt.date(2051, 2, 17)) is False
    assert has_reached_state_pension_age(dt.date(1984, 7, 20), dt.date(2051, 7, 19)) is False
    got = has_reached_state_pension_age(np.array(["1984-07-20", "1990-01-01"], "datetime64[D]"),
                                        np.datetime64("2051-02-17", "D"))
    assert got.tolist() == [False, False]
    with pytest.raises(InputError):  # 67 on 20 July 2051: the 2007 Act's rise to 68 is not in the library
        has_reached_state_pension_age(dt.date(1984, 7, 20), dt.date(2051, 7, 20))


def test_an_adult_whose_pension_age_is_not_known_is_that_rows_error(tmp_path):
    # Born 1 January 1980, 71 on 17 February 2051: State Pension age not in the library. Was "row 0,
    # date_of_birth: ..." for the whole caseload (no row estimated), from the command and the API alike.
    from entitlements.cli import main

    p = tmp_path / "far.csv"
    p.write_text("case_id,adult1_age,adult1_date_of_birth,adult2_age,adult2_date_of_birth\n"
                 "a,30,,,\nb,,1984-07-20,,\nc,40,,,1980-01-01\nd,,1980-01-01,,\n", encoding="utf-8")
    res = estimate_caseload(Caseload.from_csv(p), on=dt.date(2051, 2, 17))
    assert res.valid.tolist() == [True, True, False, False]
    c, d = res.caseload.errors
    assert (c.row, c.field, d.row, d.field) == (4, "adult2_date_of_birth", 5, "adult1_date_of_birth")
    assert "1980-01-01" in str(c) and "\n" not in str(c)
    out = tmp_path / "out.csv"
    assert main(["caseload", str(p), "--on", "2051-02-17", "-q", "--out", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 5


def test_a_row_in_error_whose_adults_pension_age_is_not_known_keeps_its_own_error(tmp_path):
    # The row's first error (a bad cell) stays its error; its date of birth no longer stops the file.
    p = tmp_path / "far.csv"
    p.write_text("case_id,adult1_date_of_birth,adult1_monthly_earnings\na,1990-01-01,0\nb,1978-01-01,lots\n",
                 encoding="utf-8")
    res = estimate_caseload(Caseload.from_csv(p), on=dt.date(2051, 2, 17))
    assert res.valid.tolist() == [True, False]
    (e,) = res.caseload.errors
    assert e.field == "adult1_monthly_earnings"


def test_a_weekly_figure_past_the_engines_bound_is_the_households_error(tmp_path, capsys):
    # A non-dependant's income or an LHA of more than £100,000 a week (Housing Benefit's bound) passed the model
    # and failed in the engine: "row 0, non_dependant_gross_weekly_income: 99999900 is not allowed (expected pence
    # a week ...)" for one household, and for the whole caseload (a row number of the engine's, not the file's).
    import pytest

    from entitlements.cli import main
    from entitlements.errors import InputError

    with pytest.raises(InputError, match=r"^gross_weekly_income: .*£100,000 a week"):
        NonDependant(age=30, remunerative_work=True, gross_weekly_income=10_000_001)
    NonDependant(age=30, remunerative_work=True, gross_weekly_income=10_000_000)
    with pytest.raises(InputError, match=r"^lha_rate: .*£100,000.00 a week"):
        Housing(tenure="private_rent", rent=50000, lha_rate=10_000_001, lha_period="week")
    with pytest.raises(InputError, match=r"^lha_rate: .*£433,333.33 a month"):
        Housing(tenure="private_rent", rent=50000, lha_rate=43_333_334)
    Housing(tenure="private_rent", rent=50000, lha_rate=43_333_333)
    p = tmp_path / "nd.csv"
    p.write_text("case_id,adult1_age,housing_tenure,housing_rent,housing_rent_period,nondep1_age,"
                 "nondep1_remunerative_work,nondep1_gross_weekly_income,local_authority,housing_council_tax_band\n"
                 "a,70,social_rent,100,week,30,yes,500,Coventry,B\n"
                 "b,70,social_rent,100,week,30,yes,999999,Coventry,B\n", encoding="utf-8")
    res = estimate_caseload(Caseload.from_csv(p), on=ON)
    assert res.valid.tolist() == [True, False]
    (e,) = res.caseload.errors
    assert (e.row, e.field) == (3, "nondep1_gross_weekly_income"), e
    with pytest.raises(SystemExit) as stop:
        main(["estimate", "--age", "70", "--social", "--rent", "100/week", "--non-dependant", "30,work,income=999999",
              "--on", "2026-05-01"])
    assert stop.value.code != 0
    err = capsys.readouterr().err
    assert err.startswith("entitlements: --non-dependant") and "row 0" not in err and len(err.splitlines()) == 1, err


def test_a_carers_claim_that_leaves_the_household_worse_off_says_so():
    # A carer of 21 in Glasgow on UC with earnings, Council Tax Reduction in band H: Carer Support Payment is all
    # taken off UC, and Council Tax Reduction counts it as income (20% x £83.30 = £16.66 a week less), so the
    # household is £16.66 a week worse off. The note said "takes most of it back: the household gains -£16.66 a week".
    from entitlements import benefit_check

    h = Household(adults=Adult(age=21, monthly_earnings=71834, carer=True), nation="scotland",
                  housing=Housing(tenure="private_rent", rent=19617, rent_period="week", brma="Greater Glasgow",
                                  council_tax_band="H"),
                  local_authority="S12000026")
    on = dt.date(2025, 9, 6)
    c = benefit_check(h, on=on, claims=["housing_benefit", "council_tax_reduction"])
    f = next(f for f in c.findings if f.id == "carers_allowance_1")
    assert f.weekly < 0
    (note,) = f.notes
    assert "worse off" in note and f"£{-f.weekly / 100:.2f} a week" in note and "gains -" not in note, note
    assert "worse off" in c.render() and "gains -£" not in c.render()


@pytest.mark.parametrize(("flags", "start"), [
    # No correction given: was "changes: a table of 0 fields is not allowed (expected the council tax facts corrected,
    # e.g. {'housing_council_tax_band': 'B'})".
    (("--with", "council_tax_discount_corrected"),
     "entitlements: --after-council-tax-disregarded or --after-disabled-band-reduction (changes): "),
    (("--with", "council_tax_band_corrected"), "entitlements: --after-council-tax-band (changes): "),
    # The band it already has: was "outcomes[1].changes: 'housing_council_tax_band' is not allowed ...".
    (("--with", "council_tax_band_corrected", "--after-council-tax-band", "B"),
     "entitlements: --after-council-tax-band (outcomes[1].changes): "),
])
def test_a_council_tax_outcomes_error_names_the_flag(capsys, flags, start):
    from entitlements.cli import main

    rc = main(["gain", "--age", "70", "--state-pension", "150", "--owner", "--council", "Coventry",
               "--council-tax-band", "B", "--from", "2026-04-06", *flags])
    err = capsys.readouterr().err
    assert rc == 1 and err.startswith(start) and err.count("\n") == 1, err
    assert "{'" not in err, err


def test_a_council_tax_outcome_that_cannot_be_valued_names_benefit_weekly_in_a_caseload(tmp_path):
    # Council tax not worked out (no band), or no Band D for the year (Orkney 2023-24): the row's error had no field
    # ("row 11: council tax or its reduction could not be worked out: ..."), an empty field in the errors file.
    from entitlements.gain.caseload import caseload_gains

    p = tmp_path / "gains.csv"
    p.write_text("case_id,adult1_age,adult1_state_pension_weekly,housing_tenure,local_authority,nation,"
                 "housing_council_tax_band,claim_start,outcome,outcome_date,decision_date,confirmed\n"
                 "a,75,176.45,owner_occupier,Coventry,england,C,2026-01-05,ctr_awarded,2026-01-05,2026-03-01,yes\n"
                 "b,75,176.45,owner_occupier,Orkney Islands,scotland,H,2024-01-05,ctr_awarded,2024-01-05,2024-03-01,yes\n"
                 "c,75,176.45,owner_occupier,Coventry,england,,2026-01-05,ctr_awarded,2026-01-05,2026-03-01,yes\n",
                 encoding="utf-8")
    g = caseload_gains(p, as_of=dt.date(2026, 12, 7))
    errors = g.errors()
    assert [e["row"] for e in errors] == [3, 4]
    assert all(e["reason"].startswith("benefit_weekly: council tax or its reduction could not be worked out")
               for e in errors), errors


def test_the_caseload_schema_allows_a_blank_child_non_dependant_or_tenure_cell():
    # A CSV of households with one, two and no children has blank child2_date_of_birth cells, read as "not given";
    # the schema refused them as null (null is allowed everywhere else a blank cell is read as not given).
    import jsonschema

    from entitlements.io.schema import SCHEMAS

    rows = [{"case_id": "a", "adult1_age": 30, "child1_date_of_birth": "2020-01-01", "child2_date_of_birth": None,
             "nondep1_age": None, "nondep1_remunerative_work": None, "housing_tenure": None},
            {"case_id": "b", "adult1_age": 30, "child1_date_of_birth": None, "child2_date_of_birth": None,
             "nondep1_age": "40", "nondep1_remunerative_work": "yes", "housing_tenure": "owner_occupier"}]
    assert Caseload.from_records(rows).valid.tolist() == [True, True]
    jsonschema.validate(rows, SCHEMAS["caseload"]())
    with pytest.raises(jsonschema.ValidationError):  # a value the reader refuses is still refused
        jsonschema.validate([dict(rows[0], child2_date_of_birth="soon")], SCHEMAS["caseload"]())


def test_one_hb_ctr_outcome_the_engine_refuses_is_its_rows_error_not_every_such_rows(tmp_path):
    # Born 3 November 1904 (121 on 6 October 2026, the day the outcome takes effect), of a protected mixed-age couple:
    # the engine refuses the age ("row 1, age1: 122 is not allowed ..."), and that one household's error was given as
    # the error of every Housing Benefit, Council Tax Reduction and council tax outcome in the caseload (1,761 rows of
    # 3,207 in the fuzz run).
    from entitlements.gain.caseload import caseload_gains

    p = tmp_path / "gains.csv"
    p.write_text("case_id,adult1_age,adult1_date_of_birth,adult2_age,mixed_age_protected,adult1_state_pension_weekly,"
                 "housing_tenure,housing_rent,housing_rent_period,housing_brma,local_authority,housing_council_tax_band,"
                 "claim_start,outcome,outcome_date,decision_date,confirmed\n"
                 "a,80,,,,150,owner_occupier,,,,Coventry,C,2025-05-06,ctr_awarded,2025-05-06,2025-07-01,yes\n"
                 "b,,1904-11-03,60,yes,110,private_rent,700,four_weeks,West Pennine,West Northamptonshire,A,"
                 "2026-09-10,ctr_awarded,2026-10-06,2026-12-07,yes\n"
                 "c,75,,,,150,owner_occupier,,,,Coventry,D,2025-05-06,ctr_awarded,2025-05-06,2025-07-01,yes\n",
                 encoding="utf-8")
    g = caseload_gains(p, as_of=dt.date(2026, 12, 7))
    (e,) = g.errors()
    assert e["row"] == 3, e
    assert "row 0" not in e["reason"] and "row 1," not in e["reason"], e
    # 123 at the end of the last assessment period projected (9 November 2027): every period must be valued.
    assert e["reason"].startswith("adult1_date_of_birth or adult1_age: 123"), e
