"""Numbers written with digits other than 0-9 are refused, wherever a number
is read: Python's int(), float() and Decimal() would read Arabic-Indic
'٣٠٠' or fullwidth '３００' as 300 (and a spreadsheet would not). One check
(:func:`entitlements.digits.check_digits`) serves every reader; each error
names the field and the value and says the digits 0-9 are expected."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Caseload
from entitlements.cli import main
from entitlements.dates import parse_date
from entitlements.digits import check_digits, other_digit
from entitlements.errors import InputError
from entitlements.io.households import household_from_flat, parse_pounds, read_household_file

ON = dt.date(2026, 5, 1)

#: A number in other scripts' digits, and numerals int() itself refuses with no reason given.
OTHER = {
    "arabic-indic": "٣٠٠",
    "extended arabic-indic": "۳۰۰",
    "fullwidth": "３００",
    "devanagari": "३००",
    "bengali": "৩০০",
    "mixed": "3٠0",
    "superscript": "3⁰⁰",
    "vulgar fraction": "300½",
}


@pytest.mark.parametrize("text", OTHER.values(), ids=OTHER.keys())
def test_the_check_names_the_field_the_value_and_the_digits(text):
    with pytest.raises(InputError) as e:
        check_digits(text, "housing_rent")
    assert e.value.field == "housing_rent" and e.value.value == text
    assert "digits 0-9" in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("text", ["300", "£1,234.56", " 12 ", "2026-05-01", "Coventry", "Ærø", "", "-5"])
def test_ascii_digits_and_text_without_numerals_pass(text):
    assert other_digit(text) is None
    check_digits(text, "x")


def test_numbers_that_are_not_text_pass():
    for v in (300, 300.5, None, dt.date(2026, 5, 1)):
        check_digits(v, "x")


@pytest.mark.parametrize("text", OTHER.values(), ids=OTHER.keys())
def test_pounds_whole_numbers_and_dates_refuse_them(text):
    with pytest.raises(InputError, match="digits 0-9"):
        parse_pounds(text, "housing_rent")
    with pytest.raises(InputError, match="adult1_age.*digits 0-9"):
        household_from_flat({"adult1_age": text})
    with pytest.raises(InputError, match="adult1_date_of_birth.*digits 0-9"):
        parse_date(f"01/05/1{text}", "adult1_date_of_birth")


def test_an_iso_date_and_a_uk_date_in_other_digits_are_refused():
    for text in ("٢٠٢٦-٠٥-٠١", "٠١/٠٥/١٩٩٠", "01/05/１９９０"):
        with pytest.raises(InputError, match="date written with the digits 0-9"):
            parse_date(text, "claim_start")


def test_money_pence_refuses_them():
    from entitlements.money import pence

    with pytest.raises(InputError, match="digits 0-9"):
        pence("٣٠٠")
    assert pence("300") == 30000


_CSV = """case_id,adult1_age,adult1_monthly_earnings,adult1_date_of_birth,housing_tenure,housing_rent,housing_rent_period
a,30,900,,social_rent,٣٠٠,month
b,30,９００,,social_rent,300,month
c,,900,٠١/٠٥/١٩٩٠,social_rent,300,month
d,٣٠,900,,social_rent,300,month
e,30,900,,social_rent,300,month
"""

_EXPECTED = {2: "housing_rent", 3: "adult1_monthly_earnings", 4: "adult1_date_of_birth", 5: "adult1_age"}


def _check_errors(caseload):
    assert list(caseload.valid) == [False, False, False, False, True]
    got = {e.row: e for e in caseload.errors}
    assert {r: e.field for r, e in got.items()} == _EXPECTED
    for e in got.values():
        assert "digits 0-9" in e.reason and "\n" not in e.reason


@pytest.mark.parametrize("fast", [True, False], ids=["pyarrow/pandas", "csv module"])
def test_a_caseload_file_refuses_them_row_by_row(tmp_path, monkeypatch, fast):
    from entitlements.io import cells

    if not fast:
        monkeypatch.setattr(cells, "pandas_if_installed", lambda: None)
        monkeypatch.setattr(cells, "pyarrow_csv_if_installed", lambda: None)
    p = tmp_path / "c.csv"
    p.write_text(_CSV, encoding="utf-8")
    caseload = Caseload.from_csv(p)
    # The rows are numbered as a spreadsheet numbers them (the header is row 1).
    _check_errors(caseload)


def _columns():
    lines = [line.split(",") for line in _CSV.strip().splitlines()]
    return {name: [row[i] for row in lines[1:]] for i, name in enumerate(lines[0])}


def test_columns_and_records_refuse_them():
    cols = _columns()
    by_columns = Caseload.from_columns(cols)
    records = [dict(zip(cols, values)) for values in zip(*cols.values())]
    by_records = Caseload.from_records(records)
    for c in (by_columns, by_records):
        assert list(c.valid) == [False, False, False, False, True]
        assert {e.row: e.field for e in c.errors} == {r - 1: f for r, f in _EXPECTED.items()}


@pytest.mark.parametrize("dtype", [object, "string"])
def test_a_dataframe_of_text_refuses_them(dtype):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(_columns()).astype(dtype)
    _check_errors(Caseload.from_dataframe(df))


def test_a_dataframe_of_numbers_is_read_as_numbers():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"adult1_age": np.array([30, 40], np.int64), "adult1_monthly_earnings": [900.0, 1200.5]})
    assert Caseload.from_dataframe(df).valid.all()


@pytest.mark.parametrize("line, field", [
    ('age = "٣٠"', "adults[1].age"),
    ('age = 30\nmonthly_earnings = "１２００"', "adults[1].monthly_earnings"),
    ('date_of_birth = "٠١/٠٥/١٩٩٠"', "adults[1].date_of_birth"),
])
def test_a_household_file_refuses_them(tmp_path, line, field):
    p = tmp_path / "h.toml"
    p.write_text(f"[[adults]]\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match="digits 0-9") as e:
        read_household_file(p)
    assert e.value.field == field


@pytest.mark.parametrize("args, flag", [
    (["--age", "٣٠"], "--age"),
    (["--age", "30", "--earnings", "９００"], "--earnings"),
    (["--age", "30", "--social", "--rent", "٣٠٠/month", "--bedrooms", "1"], "--rent"),
    (["--age", "30", "--social", "--rent", "300/month", "--bedrooms", "١"], "--bedrooms"),
    (["--dob", "٠١/٠٥/١٩٩٠"], "--dob"),
    (["--age", "30", "--partner-age", "3⁰"], "--partner-age"),
    (["--age", "30", "--non-dependant", "٢٢"], "--non-dependant"),
    (["--age", "30", "--rates-after", "uprate:٣"], "--rates-after"),
    (["--age", "30", "--on", "٢٠٢٦-٠٥-٠١"], "--on"),
])
def test_command_line_flags_refuse_them(capsys, args, flag):
    with pytest.raises(SystemExit) as e:
        raise SystemExit(main(["estimate", *args]))
    err = capsys.readouterr().err.strip()
    assert e.value.code == 1
    assert err.startswith(f"entitlements: {flag}") and "digits 0-9" in err and "\n" not in err, err
    assert "Traceback" not in err


def test_a_whole_number_flag_of_other_commands_refuses_them(capsys):
    with pytest.raises(SystemExit) as e:
        raise SystemExit(main(["check", "--age", "30", "--fit-note", "١"]))
    err = capsys.readouterr().err.strip()
    assert e.value.code == 1 and err.startswith("entitlements: --fit-note") and "digits 0-9" in err


def test_an_outcome_caseload_refuses_them():
    from entitlements import caseload_gains

    base = {"case_id": "a", "adult1_age": "30", "claim_start": "2025-04-01", "outcome": "lcwra_found",
            "outcome_date": "2025-06-01", "probability": "60%", "outcome_adult": "1"}
    rows = [dict(base), {**base, "case_id": "b", "probability": "٦٠%"}, {**base, "case_id": "c", "outcome_adult": "١"},
            {**base, "case_id": "d", "outcome_date": "٢٠٢٥-06-01"}]
    for source in (rows, [rows[0], {k: v for k, v in rows[1].items()}, rows[2], rows[3]]):
        gains = caseload_gains(source, as_of=dt.date(2026, 5, 1))
        valid = np.asarray(gains.cases.valid)
        assert list(valid) == [True, False, False, False]
        reasons = list(np.asarray(gains.cases.reasons)[1:])
        for reason, field in zip(reasons, ("probability", "outcome_adult", "outcome_date")):
            assert reason.startswith(field) and "digits 0-9" in reason, reason


def test_a_grouping_label_in_other_digits_is_not_read_as_a_number():
    from entitlements.grouping import group_labels

    labels = group_labels("imd_decile", ["3", "3.0", "٣"])
    assert list(labels) == ["3", "3", "٣"]
