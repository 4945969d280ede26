"""Caseload inputs a fuzz harness (fuzz5) found mishandled: each is one row's
error with its row number and column, the other rows estimated, rows in =
rows out, never an error for the whole file or a traceback."""

from __future__ import annotations

import datetime as dt

from entitlements import Caseload, estimate_caseload
from entitlements.cli import main

ON = dt.date(2025, 6, 1)


def _csv(tmp_path, text: str):
    p = tmp_path / "cases.csv"
    p.write_text(text, encoding="utf-8")
    return p


def test_a_brma_not_known_is_its_rows_error_not_the_whole_files(tmp_path):
    p = _csv(tmp_path, "case_id,adult1_age,housing_tenure,housing_rent,housing_rent_period,housing_brma\n"
                       "a,30,private_rent,500,month,Coventry\n"
                       "b,30,private_rent,500,month,Coventy\n"
                       "c,30,private_rent,500,month,Coventry\n")
    res = estimate_caseload(Caseload.from_csv(p), on=ON)
    assert res.valid.tolist() == [True, False, True]
    (e,) = res.caseload.errors
    assert e.row == 3 and e.field == "housing_brma", e
    assert "'Coventy'" in str(e) and "Coventry" in str(e)


def test_a_brma_not_known_in_the_command_names_the_row(tmp_path, capsys):
    p = _csv(tmp_path, "case_id,adult1_age,housing_tenure,housing_rent,housing_rent_period,housing_brma\n"
                       "a,30,private_rent,500,month,Coventry\n"
                       "b,30,private_rent,500,month,Nowhere At All\n")
    out = tmp_path / "out.csv"
    assert main(["caseload", str(p), "--on", "2025-06-01", "-q", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "row 3: housing_brma" in text
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 3  # header and both rows


def test_a_csv_with_classic_mac_line_ends_is_read(tmp_path):
    # Excel for Mac's "CSV (Macintosh)" ends each line with a carriage return alone: was a bare csv.Error
    # ("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?").
    p = tmp_path / "cases.csv"
    p.write_bytes(b"case_id,adult1_age,adult1_monthly_earnings\ra,30,900\rb,40,\rc,x,\r")
    res = estimate_caseload(Caseload.from_csv(p), on=ON)
    assert res.valid.tolist() == [True, True, False]
    (e,) = res.caseload.errors
    assert e.row == 4 and e.field == "adult1_age"


def test_a_file_whose_header_cannot_be_read_as_csv_is_an_input_error(tmp_path, capsys):
    p = tmp_path / "cases.csv"
    p.write_bytes(b"case_id,adult1_age\r\n" + b"a,30\r\n")
    p.write_bytes(b"case_id,adult1\r_age\r\na,30\r\n")  # a lone carriage return inside the header's unquoted cell
    import pytest

    from entitlements import InputError

    with pytest.raises(InputError, match="cases.csv"):
        Caseload.from_csv(p)
    assert main(["caseload", str(p), "-q", "--on", "2025-06-01"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "universal-newline" not in err and "cases.csv" in err, err


def test_case_ids_on_more_than_one_row_are_counted_in_the_summary_and_said(tmp_path, capsys):
    # A household caseload with an id twice was estimated and counted twice without a word (the income gain's
    # summary says it: repeated_case_ids); now the estimate's summary and the command say it too: counts, never ids.
    p = _csv(tmp_path, "case_id,adult1_age\nA1,30\nA1,30\nB2,40\nC3,50\nC3,50\nC3,50\n,60\n")
    s = estimate_caseload(Caseload.from_csv(p), on=ON).summary()
    assert s["repeated_case_ids"] == {"ids": 2, "rows": 5}
    assert main(["caseload", str(p), "--on", "2025-06-01", "-q"]) == 0
    out = capsys.readouterr().out
    assert "2 case ids appear on more than one row (5 rows)" in out and "A1" not in out


def test_case_ids_repeated_across_parts_of_a_long_file_are_counted(tmp_path):
    from entitlements.caseload_csv import estimate_caseload_csv

    p = _csv(tmp_path, "case_id,adult1_age\n" + "".join(f"c{i % 7},30\n" for i in range(20)))
    whole = estimate_caseload_csv(p, on=ON).summary()
    parts = estimate_caseload_csv(p, on=ON, part_rows=3, out=tmp_path / "out.csv").summary()
    assert whole["repeated_case_ids"] == parts["repeated_case_ids"] == {"ids": 7, "rows": 20}
    s = estimate_caseload(Caseload.from_csv(_csv(tmp_path, "case_id,adult1_age\na,30\nb,31\n")), on=ON).summary()
    assert s["repeated_case_ids"] == {"ids": 0, "rows": 0}


def test_a_title_row_above_the_header_is_named_as_such(tmp_path):
    # Was "column 2: has no name in the header row", about a column the user never thought unnamed.
    import pytest

    from entitlements import InputError

    p = _csv(tmp_path, "Caseload April 2025,,\ncase_id,adult1_age,capital\na,30,100\n")
    with pytest.raises(InputError, match=r"first row holds one cell only \('Caseload April 2025'\).*title"):
        Caseload.from_csv(p)


def test_an_excel_sep_line_is_named_as_such(tmp_path):
    import pytest

    from entitlements import InputError

    p = _csv(tmp_path, "sep=,\ncase_id,adult1_age\na,30\n")
    with pytest.raises(InputError, match=r"'sep=,' line"):
        Caseload.from_csv(p)


def test_a_header_of_one_known_name_with_values_beside_it_is_still_unnamed_columns(tmp_path):
    import pytest

    from entitlements import InputError

    p = _csv(tmp_path, "case_id,,\na,30,100\n")
    with pytest.raises(InputError, match="column 2: has no name in the header row"):
        Caseload.from_csv(p)


def test_an_output_named_dash_or_empty_is_refused_not_written_as_a_file(tmp_path, capsys, monkeypatch):
    # "--out -" wrote a file named "-" in the working directory (a Unix user means standard output); "--out ''"
    # said "entitlements: .: is a directory".
    monkeypatch.chdir(tmp_path)
    p = _csv(tmp_path, "case_id,adult1_age\na,30\n")
    for flag in ("--out", "--errors"):
        for name in ("-", "", "  "):
            assert main(["caseload", str(p), "-q", "--on", "2025-06-01", flag, name]) == 1
            err = capsys.readouterr().err
            assert err.startswith(f"entitlements: {flag}: ") and "a file name" in err, err
    assert sorted(q.name for q in tmp_path.iterdir()) == ["cases.csv"]


def test_an_outcome_child_of_129_or_more_is_its_rows_error(tmp_path):
    # outcome_child 129 to 1000 (or "1_000") was an OverflowError (int8) for the whole caseload of outcomes.
    from entitlements import caseload_gains

    head = "case_id,adult1_age,child1_date_of_birth,claim_start,outcome,outcome_date,decision_date,outcome_child,award_dla_care\n"
    rows = "".join(f"{c},40,2018-01-01,2025-01-10,dla_awarded,2025-01-10,2025-05-20,{n},middle\n"
                   for c, n in (("a", "1"), ("b", "200"), ("c", "1_000"), ("d", "1")))
    g = caseload_gains(_csv(tmp_path, head + rows), as_of=dt.date(2026, 1, 1))
    assert len(g) == 4
    assert g.valid.tolist() == [True, False, False, True]
    reasons = [e["reason"] for e in g.errors()]
    assert [e["row"] for e in g.errors()] == [3, 4] and all("child" in r for r in reasons), reasons


def test_a_row_of_more_than_20_children_is_its_rows_error(tmp_path):
    # 31 children: "row 0, children: 31 is not allowed" for the whole file (the engine's bound, with no row);
    # 130: "-126" (an int8 wrapped). The rules are worked for up to 20 children (Council Tax Reduction's and Housing
    # Benefit's applicable amounts), so a row of more is its own error.
    import pytest

    from entitlements import Adult, Child, Household, InputError

    for n in (21, 31, 130):
        head = "case_id,adult1_age," + ",".join(f"child{i}_date_of_birth" for i in range(1, n + 1)) + "\n"
        p = _csv(tmp_path, head + "a,30," + ",".join(["2015-01-01"] * n) + "\nb,30" + "," * n + "\n")
        res = estimate_caseload(Caseload.from_csv(p), on=ON)
        assert res.valid.tolist() == [False, True], n
        (e,) = res.caseload.errors
        assert e.row == 2 and "children" in str(e) and f"{n}" in str(e) and "20" in str(e), str(e)
    with pytest.raises(InputError, match="children: 21 is not allowed"):
        Household(adults=(Adult(age=30),), children=tuple(Child(date_of_birth=dt.date(2015, 1, 1)) for _ in range(21)))
