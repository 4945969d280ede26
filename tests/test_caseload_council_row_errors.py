"""A caseload row naming a council not known (a typo), or one in another
nation than the row's ``nation`` given (with none given, the council's nation is
taken since 2026-12-08), is that row's error, with its row number; the other rows are
estimated. Until 2026-12-07 one misspelt council stopped the whole run
(exit 1) with a message that named no row: the name was checked only as the
rows were turned into columns, after each row had been read."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Caseload, estimate_caseload
from entitlements.cli import main

CSV = """case_id,adult1_age,adult1_state_pension_weekly,housing_tenure,housing_rent,housing_rent_period,local_authority,nation,housing_council_tax_band,housing_council_tax_band_d
A1,75,200,social_rent,120,week,Coventry,,B,2300
A2,75,200,social_rent,120,week,Coventy,,B,2300
A3,75,200,social_rent,120,week,Cardiff,england,B,2300
A4,75,200,social_rent,120,week,e08000026,,B,2300
"""


def _check(cl):
    assert cl.valid.tolist() == [True, False, False, True]
    reasons = {e.row: str(e) for e in cl.errors}
    assert reasons[3].startswith("row 3: local_authority: 'Coventy' is not allowed (expected the name or GSS code of one of "
                                 "the 350 billing authorities shipped; close matches: 'Coventry'")
    assert "Cardiff is in Wales; give nation = 'wales'" in reasons[4]
    r = estimate_caseload(cl, on=dt.date(2026, 12, 7))
    rows = list(r.rows())
    # A1 and A4 (Coventry by its GSS code, in lower case): on Pension Credit guarantee credit (£238.00 - £200.00),
    # maximum Council Tax Reduction: band B £2,300 x 7/9 less 25% = £1,341.67 a year, x 7 / 365 = £25.73 a week.
    for i in (0, 3):
        assert rows[i]["household_council_tax_reduction_weekly"] == 2573
        assert rows[i]["household_housing_benefit_weekly"] == 12000
    assert rows[1]["household_council_tax_reduction_weekly"] is None  # empty, not zero


def test_a_misspelt_council_is_the_rows_error(tmp_path):
    p = tmp_path / "cases.csv"
    p.write_text(CSV, encoding="utf-8")
    _check(Caseload.from_csv(p))


def test_a_misspelt_council_is_the_rows_error_from_a_dataframe(tmp_path):
    pd = pytest.importorskip("pandas")
    p = tmp_path / "cases.csv"
    p.write_text(CSV, encoding="utf-8")
    _check(Caseload.from_dataframe(pd.read_csv(p, dtype=str)))


def test_the_command_lists_the_row_and_estimates_the_rest(tmp_path, capsys):
    p = tmp_path / "cases.csv"
    p.write_text(CSV, encoding="utf-8")
    assert main(["caseload", str(p), "--on", "2026-12-07"]) == 0
    out = capsys.readouterr().out
    assert "4 cases read from cases.csv; 2 estimated, 2 with errors" in out
    assert "row 3: local_authority: 'Coventy' is not allowed" in out
