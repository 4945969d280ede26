"""The caseload says, case by case, where a working-age knock-on leaves out the change in Council Tax Reduction
(an English council whose working-age scheme is not shipped), in the words the one-household working sheet uses,
and the summary, the headline and the funders' report count such cases (aggregates only, small counts hidden)."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, caseload_gains
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.gain.pension_age import ctr_change_not_counted
from entitlements.report.sections import parts
from entitlements.report.write import headline

D = dt.date
# Temporary accommodation at £200 a week with a council tax band: HB is worked out (scheme 2), and CTR would be.
BANDED = Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week",
                 council_tax_band="B", council_tax_band_d=200000)


def _scenario(h: Household) -> Scenario:
    return Scenario(household=h, claim_start=D(2025, 5, 1),
                    outcomes=(Outcome(kind="lcwra_found", effective=D(2025, 5, 1), confirmed=True),))


# Coventry's working-age CTR scheme is the council's own, not shipped: the CTR change is not counted.
COVENTRY = _scenario(Household(adults=Adult(age=35), housing=BANDED, local_authority="Coventry"))
# Cardiff (Wales): the national working-age scheme is shipped; CTR is worked out and its change counted.
CARDIFF = _scenario(Household(adults=Adult(age=35, monthly_earnings=50000), housing=BANDED, nation="wales",
                              local_authority="Cardiff"))
# No housing facts: no knock-on at all.
PLAIN = _scenario(Household(adults=Adult(age=35)))


def test_caseload_row_says_ctr_change_not_counted_as_the_working_sheet_does():
    g = caseload_gains([COVENTRY, PLAIN, CARDIFF], horizon_months=6)
    assert g.valid.all()
    # The figures are unchanged: UC's LCWRA element £423.27 a month, x 12 / 52 = £97.68 a week, x 52 = £5,079.36;
    # the CTR change (which would be a fall or a rise) is nil, not guessed.
    assert int(g.annual[0]) == int(g.annual[1]) == 507936
    assert int(g.knock_ons.weekly[0, 2]) == 0
    note = ctr_change_not_counted()
    rows = list(g.rows())
    # Its own column, True where the change is left out; rates_assumed stays what the rates rest on.
    assert [(r["ctr_change_not_counted"], r["rates_assumed"]) for r in rows] == [(True, ""), (False, ""), (False, "")]
    # One function gives both paths' words: the one household's working sheet ends with them.
    one = income_gain(COVENTRY, horizon_months=6)
    assert [a for a in one.assumptions if note in a] and [a for a in one.assumptions if a.startswith("Working age:")][0].endswith(note)
    s = g.summary()
    assert s["ctr_change_not_counted"] == 1
    # The note is no rate: the rates policy's count stays nil.
    assert s["rates"]["cases_with_assumed_rates"] == 0
    # Columns (CSV, DataFrame) carry the same flag.
    assert g.columns()["ctr_change_not_counted"].values.tolist() == [True, False, False]
    assert g.columns()["rates_assumed"].values.tolist() == ["", "", ""]


def test_flag_beside_the_rates_assumed_past_the_tables_end():
    # Over 24 months under "hold", the bill's council tax figure is held from 1 April 2026: each is said in its own column.
    g = caseload_gains([COVENTRY], horizon_months=24, rates_after="hold")
    assert g.rates_assumed.tolist() == ["held from 2026-04-01"]
    assert g.ctr_change_not_counted.tolist() == [True]
    s = g.summary()
    assert (s["ctr_change_not_counted"], s["rates"]["cases_with_assumed_rates"]) == (1, 1)


def test_caseload_without_such_rows_has_no_note_and_counts_nil():
    g = caseload_gains([PLAIN, CARDIFF], horizon_months=6)
    assert g.valid.all() and int(g.knock_ons.weekly[1, 2]) == -1043  # Cardiff's CTR is counted (a fall of £10.43)
    assert [(r["ctr_change_not_counted"], r["rates_assumed"]) for r in g.rows()] == [(False, ""), (False, "")]
    s = g.summary()
    assert s["ctr_change_not_counted"] == 0
    assert "Council Tax Reduction could not" not in headline(s)
    assert not any("Council Tax Reduction could not" in str(x) for _, x in parts(g, s, "t"))


def test_headline_and_report_count_the_cases_small_counts_hidden():
    few = caseload_gains([COVENTRY] * 3 + [PLAIN] * 4, horizon_months=6)
    s = few.summary()
    assert s["ctr_change_not_counted"] == 3
    line = [x for x in headline(s).splitlines() if "leave out a change in Council Tax Reduction" in x]
    assert len(line) == 1 and line[0].strip().startswith("Fewer than 5 of the cases projected")
    assert ctr_change_not_counted() in line[0] and " 3 " not in line[0]
    many = caseload_gains([COVENTRY] * 6 + [PLAIN], horizon_months=6)
    s = many.summary()
    assert s["ctr_change_not_counted"] == 6
    assert "  6 of the cases projected (below pension age, in England) leave out" in headline(s)
    said = [x for k, x in parts(many, s, "t") if k == "p" and "leave out a change in Council Tax Reduction" in str(x)]
    assert len(said) == 1 and said[0].startswith("6 of the cases projected")
