"""A caseload row says which facts it leaves open that a means test took
as not met (``facts_assumed``, since 2026-12-07), as the one household's
working sheet says "check needed": an earner's hours of work not given, so
the additional earnings disregard (£17.10: SI 2006/214 Sch 4 para 9; SI
2012/2885 Sch 4 para 10; WSI 2013/3029 Sch 3 para 10; SSI 2012/319 Sch 2
para 10; SI 2006/213 Sch 4 para 17) was not applied, and at pension age
relevant childcare charges whose conditions (SI 2006/214 reg 31 and its
twins: a lone parent in work of 16 hours or more, ...) the facts leave open.
The caseload summary counts them; the one household's estimate names them
as caveats.

The grandmother of tests/test_hb_ctr_pension_childcare.py (80, a lone parent of a grandchild of 12, State Pension
£230.00 a week, £1,200.00 a month net earnings, £300.00 a month childcare, social rent £120.00 a week, band B):
with 20 hours a week, £69.23 a week of charges come off and £17.10 more is disregarded, nothing is open; with 10
hours, neither is due, and nothing is open (the facts settle it); with the hours not given, neither is applied, and
both are open: Housing Benefit's income £230.00 + £276.92 - £25.00 = £481.92 a week (as with 10 hours).
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Child, Household, Housing, estimate, estimate_caseload
from entitlements.caseload import Caseload

ON = dt.date(2026, 12, 7)
GRANDCHILD = Child(date_of_birth=dt.date(2014, 5, 1), sex="female")
HOURS = "hours_not_given: additional earnings disregard not applied"
CHILDCARE = "childcare_conditions_open: childcare charges taken off only as far as the facts given allow"


def _grandmother(hours, la="Coventry", nation=None):
    h = Household(adults=Adult(date_of_birth=dt.date(1946, 1, 1), state_pension_weekly=23000, monthly_earnings=120000,
                               work_hours_weekly=hours),
                  children=(GRANDCHILD,), childcare_costs_monthly=30000, childcare_children=1,
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                  local_authority=la)
    return h if nation is None else h.replace(nation=nation)


def _worker(hours):
    """A single earner of 40 on Universal Credit in an ordinary home: no Housing Benefit, and no £17.10 to test."""
    return Household(adults=Adult(age=40, monthly_earnings=80000, work_hours_weekly=hours),
                     housing=Housing(tenure="social_rent", rent=12000, rent_period="week", bedrooms=1))


def test_each_row_names_the_facts_it_leaves_open():
    cases = [_grandmother(20), _grandmother(10), _grandmother(None), _grandmother(None, "Cardiff", "wales"),
             _grandmother(None, "Glasgow", "scotland"), _worker(None)]
    r = estimate_caseload(Caseload.from_households(cases), on=ON)
    rows = list(r.rows())
    got = [row["facts_assumed"] for row in rows]
    assert got == ["", "", f"{HOURS}; {CHILDCARE}", f"{HOURS}; {CHILDCARE}", f"{HOURS}; {CHILDCARE}", ""]
    # The figures are those of 10 hours (nothing taken off, no £17.10): the assumption named, not a different sum.
    assert rows[2]["household_housing_benefit_weekly"] == rows[1]["household_housing_benefit_weekly"]
    # Every column there was is still there, in its place: the new one comes last.
    assert list(rows[0])[-1] == "facts_assumed"
    s = r.summary()
    assert s["cases_with_facts_assumed"] == 3
    assert s["facts_assumed"] == {"hours_not_given": 3, "childcare_conditions_open": 3}


def test_hours_not_given_alone_without_childcare():
    # The grandmother without childcare charges, hours not given: the £17.10 (a lone parent working 16 hours) is open.
    h = _grandmother(None).replace(childcare_costs_monthly=0, childcare_children=0)
    row = next(estimate_caseload([h], on=ON).rows())
    assert row["facts_assumed"] == HOURS


def test_the_csv_and_the_dataframe_carry_the_column(tmp_path):
    r = estimate_caseload([_grandmother(None), _grandmother(20)], on=ON)
    text = r.to_csv()
    header, first, second = text.splitlines()[:3]
    assert header.split(",")[-1] == "facts_assumed"
    assert first.endswith(f"{HOURS}; {CHILDCARE}") and second.endswith(",")
    pd = pytest.importorskip("pandas")
    df = r.to_dataframe()
    assert df["facts_assumed"].tolist() == [f"{HOURS}; {CHILDCARE}", ""]
    assert df["facts_assumed"].dtype == object
    assert isinstance(df, pd.DataFrame)


def test_the_estimate_names_them_as_caveats():
    e = estimate(_grandmother(None), on=ON)
    caveats = " ".join(e.caveats)
    assert "hours of work are not given" in caveats and "work_hours_weekly" in caveats
    assert "childcare charges" in caveats.lower()
    assert e.to_dict()["caveats"] == list(e.caveats)
    assert estimate(_grandmother(20), on=ON).caveats == ()
    assert estimate(_grandmother(10), on=ON).caveats == ()


def test_the_cli_caseload_counts_them(tmp_path, capsys):
    from entitlements.cli import main

    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_date_of_birth,adult1_state_pension_weekly,adult1_monthly_earnings,"
                 "adult1_work_hours_weekly,child1_date_of_birth,childcare_costs_monthly,childcare_children,"
                 "housing_tenure,housing_rent,housing_rent_period\n"
                 "a,1946-01-01,230,1200,,2014-05-01,300,1,social_rent,120,week\n"
                 "b,1946-01-01,230,1200,20,2014-05-01,300,1,social_rent,120,week\n", encoding="utf-8")
    assert main(["caseload", str(p), "--on", "2026-12-07", "--out", str(tmp_path / "out.csv")]) == 0
    out = capsys.readouterr().out
    assert "1 of them on facts not given, taken as not met" in out
    import csv

    rows = list(csv.DictReader(open(tmp_path / "out.csv", encoding="utf-8")))
    assert [r["facts_assumed"] for r in rows] == [f"{HOURS}; {CHILDCARE}", ""]


def test_one_household_and_the_caseload_agree():
    # The same flags whether worked out for one household or in a caseload's columns (with rows that have none).
    import numpy as np

    cases = [_grandmother(None), _worker(None), _grandmother(20), _grandmother(None, "Cardiff", "wales"),
             _grandmother(None).replace(childcare_costs_monthly=0, childcare_children=0), _grandmother(10)]
    r = estimate_caseload(cases, on=ON)
    for i, h in enumerate(cases):
        one = estimate(h, on=ON).benefits
        for name in ("hours_not_given", "childcare_conditions_open"):
            assert bool(np.asarray(getattr(one, name))) == bool(np.asarray(getattr(r.benefits, name))[i]), (i, name)


def test_hours_given_for_the_partner_settle_it():
    # A couple of 70 and 68, each earning £600 a month; the first works 30 hours, the second's hours are not given:
    # the first's 30 hours (at 25 or over) meet Sch 4 para 9(2)(b)(i), the £17.10 is applied, and nothing is open:
    # no flag, no caveat, and the sheet does not say the disregard was not tested (it did until 2026-12-07).
    h = Household(adults=(Adult(age=70, state_pension_weekly=17000, monthly_earnings=60000, work_hours_weekly=30),
                          Adult(age=68, state_pension_weekly=9000, monthly_earnings=60000)),
                  housing=Housing(tenure="social_rent", rent=45000, bedrooms=1, council_tax_band="B"),
                  local_authority="North Warwickshire")
    e = estimate(h, on=ON)
    assert e.benefits.housing_benefit.earnings_disregarded == 1000 + 1710  # a couple's £10 + £17.10
    assert not bool(e.benefits.hours_not_given) and e.caveats == ()
    assert "Hours of work not given" not in e.render()
    row = next(estimate_caseload([h], on=ON).rows())
    assert row["facts_assumed"] == ""
