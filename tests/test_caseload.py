"""Caseloads: no row is lost, bad rows are reported, exports are safe."""

import csv
import datetime as dt
import io

import pytest

from entitlements import Adult, Caseload, Child, Household, estimate, estimate_caseload
from entitlements.io.writers import spreadsheet_safe

CSV = """case_id,practice,adult1_age,adult1_monthly_earnings,adult1_lcwra,adult2_age,child1_date_of_birth,capital
A1,=HYPERLINK("x"),30,900.00,yes,,2019-05-01,
A2,Church St,abc,,,,,
A3,Church St,24,,,23,,
A4,Park Rd,40,100.001,,,,
A5,Park Rd,40,,,,,17000
"""


def test_every_row_is_kept_and_bad_rows_say_why(tmp_path):
    p = tmp_path / "cases.csv"
    p.write_text(CSV)
    cl = Caseload.from_csv(p)
    assert len(cl) == 5
    assert cl.valid.tolist() == [True, False, True, False, True]
    reasons = {e.row: str(e) for e in cl.errors}  # the spreadsheet's rows: the header is row 1
    assert "adult1_age: 'abc'" in reasons[3]
    assert "adult1_monthly_earnings: '100.001'" in reasons[5]
    res = estimate_caseload(cl, on=dt.date(2026, 5, 1))
    rows = list(res.rows())
    assert [r["case_id"] for r in rows] == ["A1", "A2", "A3", "A4", "A5"]
    assert rows[1]["uc_award"] is None and rows[1]["valid"] is False  # empty, not zero
    # A3: joint claimants both under 25 in 2026/27: £528.34 (SI 2026/113 reg 3(3)).
    assert rows[2]["uc_award"] == 52834
    # A5: capital £17,000 is over the £16,000 limit (reg 18(1)): no award.
    assert rows[4]["uc_award"] == 0 and rows[4]["uc_capital_over_limit"] is True
    assert res.summary()["cases_with_errors"] == 2


def test_csv_row_matches_the_same_household_estimated_alone(tmp_path):
    p = tmp_path / "cases.csv"
    p.write_text(CSV)
    res = estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 5, 1))
    alone = estimate(
        Household(adults=Adult(age=30, monthly_earnings=90000, lcwra=True), children=(Child(date_of_birth=dt.date(2019, 5, 1)),)),
        on=dt.date(2026, 5, 1),
    )
    assert res.award[0] == alone.universal_credit.award


def test_exported_csv_cannot_start_a_formula(tmp_path):
    p = tmp_path / "cases.csv"
    p.write_text(CSV)
    text = estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 5, 1)).to_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["practice"] == "'=HYPERLINK(\"x\")"
    for r in rows:
        for v in r.values():
            assert not v[:1] in ("=", "+", "@"), v


def test_spreadsheet_safe_leaves_numbers_alone():
    assert spreadsheet_safe(-5) == -5
    assert spreadsheet_safe("-5") == "'-5"
    assert spreadsheet_safe("Park Rd") == "Park Rd"


def test_dataframe_in_gives_same_as_csv(tmp_path):
    import pytest

    pd = pytest.importorskip("pandas")
    p = tmp_path / "cases.csv"
    p.write_text(CSV)
    df = pd.read_csv(p, dtype=str)
    a = estimate_caseload(Caseload.from_dataframe(df), on=dt.date(2026, 5, 1))
    b = estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 5, 1))
    assert a.award.tolist() == b.award.tolist()
    assert a.valid.tolist() == b.valid.tolist()


def test_a_row_the_rules_do_not_cover_is_reported_and_the_rest_estimated():
    # Under the rates policy "strict". Assessment periods beginning 2 April
    # 2027: UC amounts are known, the April 2027 national living wage (the
    # cap's earnings threshold) is not. Only the family over the cap with
    # earnings needs it; the caseload keeps every row and reports that one.
    import datetime as dt

    import numpy as np

    from entitlements import Adult, Child, Household, NoRowInForce, estimate_caseload

    kids = tuple(Child(date_of_birth=dt.date(2012 + i, 1, 1)) for i in range(5))
    ok = Household(adults=Adult(age=30))
    idle = Household(adults=(Adult(age=30), Adult(age=30)), children=kids)
    earning = Household(adults=(Adult(age=30, monthly_earnings=40000, in_paid_work=True), Adult(age=30)), children=kids)
    r = estimate_caseload([ok, idle, earning, ok], on=dt.date(2027, 4, 2), rates_after="strict")
    assert r.valid.tolist() == [True, True, False, True]
    assert r.award[0] == r.award[3] == 42490  # 2026/27 standard allowance, single 25 or over
    assert [e.row for e in r.caseload.errors] == [3]
    assert "benefit_cap_earnings_threshold" in str(r.caseload.errors[0])
    # A date per row, one of them past every table: that row is reported.
    r = estimate_caseload([ok, ok], on=np.array(["2026-05-01", "2031-01-01"], dtype="datetime64[D]"), rates_after="strict")
    assert r.valid.tolist() == [True, False] and r.award[0] == 42490
    # One date that no table covers: an error for the call, not for each row.
    with pytest.raises(NoRowInForce):
        estimate_caseload([ok, ok], on=dt.date(2031, 1, 1), rates_after="strict")
    # Under "hold" (the default) the threshold of 1 April 2026 is held, and
    # the row says so: 16 hours x £12.71 x 52 / 12 = £881.23 a month, over the
    # £400 earned, so the cap applies as it does to the family not earning.
    r = estimate_caseload([ok, idle, earning, ok], on=dt.date(2027, 4, 2))
    assert r.valid.all()
    assert r.award[2] == r.award[1] - int(r.calculation.earnings_deduction[2])
    assert list(r.rates_assumed) == ["", "", "held from 2027-04-02", ""]
    assert "uc.benefit_cap_earnings_threshold" in " ".join(r.summary()["assumptions"])
    # A date before the tables begin fails under every policy.
    r = estimate_caseload([ok, ok], on=np.array(["2026-05-01", "2020-01-01"], dtype="datetime64[D]"))
    assert r.valid.tolist() == [True, False]
    assert "on: 2020-01-01 is before the rules begin (they cover from 2023-04-10)" in str(r.caseload.errors[0])


def test_the_columns_written_are_the_rows_and_the_same_with_or_without_pyarrow(tmp_path, monkeypatch):
    # The CSV written column by column (pyarrow, or the csv module a chunk at
    # a time) holds what rows() gives, cell for cell.
    from entitlements.io import cells

    p = tmp_path / "cases.csv"
    p.write_text(CSV)
    res = estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 5, 1))
    want = [{k: "" if v is None else str(spreadsheet_safe(v)) for k, v in r.items()} for r in res.rows()]
    res.to_csv(tmp_path / "a.csv")
    monkeypatch.setattr(cells, "pyarrow_csv_if_installed", lambda: None)
    res.to_csv(tmp_path / "b.csv")
    for name in ("a.csv", "b.csv"):
        got = list(csv.DictReader(open(tmp_path / name, newline="", encoding="utf-8")))
        assert got == want, name


def test_dataframe_out_has_real_dtypes(tmp_path):
    pd = pytest.importorskip("pandas")
    p = tmp_path / "cases.csv"
    p.write_text(CSV)
    df = estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 5, 1)).to_dataframe()
    assert str(df["uc_award"].dtype) == "Int64" and str(df["valid"].dtype) == "boolean"
    assert df["uc_award"].isna().tolist() == [False, True, False, True, False]  # <NA> where not read, never -1
    # A3: joint claimants both under 25 in 2026/27: £528.34 (SI 2026/113 reg 3(3)).
    assert df["uc_award"][2] == 52834
    assert str(df["uc_capital_over_limit"].dtype) == "boolean"


def test_parquet_out_keeps_types(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    p = tmp_path / "cases.csv"
    p.write_text(CSV)
    estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 5, 1)).write(tmp_path / "r.parquet")
    t = pq.read_table(tmp_path / "r.parquet")
    assert str(t.schema.field("uc_award").type) == "int64" and t.column("uc_award").null_count == 2
