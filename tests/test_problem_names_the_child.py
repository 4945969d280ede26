"""A caseload row's error from a check of the calculation names the column
of the child whose value it is, as the file numbered the children
(``child3_date_of_birth`` where child 3 is the eldest), with the cell's value
and what is allowed, in one line: not the template ``childN_date_of_birth``
(as ``adultN_`` was fixed, tests/test_problem_names_the_adult.py). In the
estimate of a caseload and its benefit check, read in columns or record by
record."""

from __future__ import annotations

import datetime as dt

from entitlements import Caseload, check_caseload, estimate_caseload

ON = dt.date(2025, 5, 1)
_DOB = ("a child under 20 on the first day of the assessment period and born by its end: a child is 20 or over, or "
        "not yet born (SI 2013/376 reg 5)")
_SEX = ("'female' or 'male' for each child aged 10 to 15: with two or more children under 16 the bedroom entitlement "
        "depends on it (SI 2013/376 Sch 4 para 10)")

ROWS = [  # (record, the column named, its value, the message)
    # Child 3 is the eldest (the file numbers the children youngest first): 20 or over.
    ({"adult1_age": "40", "child1_date_of_birth": "2020-01-01", "child2_date_of_birth": "2015-01-01",
      "child3_date_of_birth": "2001-01-01"},
     "child3_date_of_birth", "2001-01-01", f"child3_date_of_birth: '2001-01-01' is not allowed (expected {_DOB})."),
    # Not yet born, given as child 1 of two.
    ({"adult1_age": "40", "child1_date_of_birth": "2026-01-01", "child2_date_of_birth": "2015-01-01"},
     "child1_date_of_birth", "2026-01-01", f"child1_date_of_birth: '2026-01-01' is not allowed (expected {_DOB})."),
    # Two children under 16 in a social rent: child 2 (the elder, 12) has no sex given.
    ({"adult1_age": "40", "child1_date_of_birth": "2018-01-01", "child1_sex": "female",
      "child2_date_of_birth": "2013-01-01", "housing_tenure": "social_rent", "housing_rent": "500",
      "housing_bedrooms": "2"},
     "child2_sex", None, f"child2_sex: missing (expected {_SEX})."),
    # DLA mobility at the higher rate for a child of 1, given as child 3.
    ({"adult1_age": "40", "child1_date_of_birth": "2015-01-01", "child3_date_of_birth": "2024-01-01",
      "child3_dla_mobility": "higher"},
     "child3_dla_mobility", "higher", "child3_dla_mobility: 'higher' is not allowed (expected 'none', or a rate"),
    # A young person of 17 without education, given as child 2 of two.
    ({"adult1_age": "45", "child1_date_of_birth": "2015-01-01", "child2_date_of_birth": "2008-01-01"},
     "child2_education", None, "child2_education: missing (expected 'non_advanced', 'approved_training' or "),
]
KEYS = sorted({k for r, *_ in ROWS for k in r})


def _check(errors, offset=1):
    got = {e.row - offset: (e.field, e.value, e.reason) for e in errors}
    assert set(got) == set(range(len(ROWS))), got
    for i, (_, field, value, message) in enumerate(ROWS):
        assert got[i][:2] == (field, value), got[i]
        assert got[i][2].startswith(message), got[i][2]
        assert "\n" not in got[i][2] and "childN" not in got[i][2]


def test_the_estimate_names_each_childs_own_column_and_value():
    in_columns = Caseload.from_records([{k: r.get(k, "") for k in KEYS} for r, *_ in ROWS])
    _check(estimate_caseload(in_columns, on=ON).caseload.errors)
    one_by_one = Caseload.from_records([r for r, *_ in ROWS])  # records of different columns
    _check(estimate_caseload(one_by_one, on=ON).caseload.errors)


def test_a_csv_files_row_names_the_childs_column(tmp_path):
    path = tmp_path / "children.csv"
    path.write_text(",".join(KEYS) + "\n" + "".join(",".join(r.get(k, "") for k in KEYS) + "\n" for r, *_ in ROWS))
    _check(estimate_caseload(Caseload.from_csv(path), on=ON).caseload.errors, offset=2)


def test_the_benefit_check_names_each_childs_own_column_and_value():
    records = [{k: r.get(k, "") for k in KEYS} for r, *_ in ROWS]
    c = check_caseload(Caseload.from_records(records), on=ON, claims={"universal_credit": True, "pension_credit": False})
    _check(c.caseload.errors)


def test_a_gains_projection_names_each_childs_own_column_and_value():
    # The income gain's projection checks the children in every assessment period of it: it named "child 1
    # (eldest first)", "child1_education (eldest first)" (the eldest, whatever the file called them) and
    # "childN_dla_mobility". Child 2 of two turns 20 in the projection; child 2 (16 by then) has no education given;
    # child 3 has DLA mobility at the higher rate at 1.
    from entitlements import caseload_gains

    outcome = {"outcome": "lcwra_found", "claim_start": "2025-05-01", "outcome_date": "2025-06-01",
               "decision_date": "2025-07-01"}
    rows = [dict(outcome, adult1_age="45", child1_date_of_birth="2020-01-01", child2_date_of_birth="2005-09-01"),
            dict(outcome, adult1_age="45", child1_date_of_birth="2020-01-01", child2_date_of_birth="2009-06-01"),
            dict(outcome, adult1_age="45", child1_date_of_birth="2015-01-01", child3_date_of_birth="2024-03-01",
                 child3_dla_mobility="higher")]
    expected = ["child2_date_of_birth: '2005-09-01' is not allowed (expected a child under 20 on the first day",
                "child2_education: missing (expected 'non_advanced', 'approved_training' or 'not_in_education'",
                "child3_dla_mobility: 'higher' is not allowed (expected 'none', or a rate the child's age allows"]
    keys = sorted({k for r in rows for k in r})
    for records in ([{k: r.get(k, "") for k in keys} for r in rows], rows):  # in columns, and record by record
        g = caseload_gains(records)
        assert g.valid.tolist() == [False] * 3
        for reason, start in zip(g.reasons, expected):
            assert str(reason).startswith(start) and "\n" not in str(reason), reason


def test_a_households_gain_names_the_young_persons_place():
    # One household's gain: a young person who needs their education in a later period of the projection was
    # "childN_education"; now children[2].education, the second of Household.children (the elder).
    import pytest

    from entitlements import Adult, Child, Household, Outcome, Scenario, income_gain
    from entitlements.errors import InputError

    h = Household(adults=Adult(age=45), children=(Child(date_of_birth=dt.date(2020, 1, 1)),
                                                  Child(date_of_birth=dt.date(2009, 6, 1))))
    s = Scenario(household=h, claim_start=dt.date(2025, 5, 1),
                 outcomes=(Outcome(kind="lcwra_found", effective=dt.date(2025, 6, 1), decided=dt.date(2025, 7, 1)),))
    with pytest.raises(InputError) as e:
        income_gain(s)
    assert e.value.field == "children[2].education" and e.value.value is None
