"""The income gain of a caseload (and the funders' report) counts the cases
whose Housing Benefit or Council Tax Reduction, valued as an outcome or as
a knock-on, rests on a fact not given and taken as not met (since
2026-12-07), as a caseload's estimate names them in ``facts_assumed``
(tests/test_caseload_facts_assumed.py): an earner's hours (the £17.10
additional earnings disregard not applied) and at pension age the
conditions of the relevant childcare charges.

The grandmother of 80 of tests/test_hb_ctr_pension_childcare.py (a lone parent of a child of 12, £1,200.00 a month
net earnings, £300.00 a month childcare, social rent £120.00 a week, band B, Coventry), Housing Benefit awarded or
Attendance Allowance claimed (the higher rate: its knock-on on HB and CTR), hours not given or 20."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Child, Household, Housing, caseload_gains
from entitlements.gain import Outcome, Scenario
from entitlements.report.sections import parts
from entitlements.report.write import headline

D = dt.date
OUTCOMES = (Outcome(kind="hb_awarded", effective=D(2026, 5, 1), confirmed=True),
            Outcome(kind="benefit_claimed", benefit="attendance_allowance", aa_rate="higher", effective=D(2026, 5, 1),
                    confirmed=True))


def _grandmother(hours):
    return Household(adults=Adult(date_of_birth=D(1946, 1, 1), state_pension_weekly=23000, monthly_earnings=120000,
                                  work_hours_weekly=hours),
                     children=(Child(date_of_birth=D(2014, 5, 1), sex="female"),), childcare_costs_monthly=30000,
                     childcare_children=1,
                     housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                     local_authority="Coventry")


def _cases(hours, times=1):
    return [Scenario(household=_grandmother(hours), claim_start=D(2026, 5, 1), outcomes=(o,)) for o in OUTCOMES] * times


def test_the_summary_counts_the_cases_resting_on_facts_not_given():
    g = caseload_gains(_cases(None) + _cases(20), horizon_months=6)
    assert g.valid.all()
    s = g.summary()
    assert s["facts_assumed"] == {"cases": 2, "hours_not_given": 2, "childcare_conditions_open": 2}
    # Each case says so in its own last column, in the words a caseload estimate's facts_assumed uses.
    both = ("hours_not_given: additional earnings disregard not applied; childcare_conditions_open: childcare charges "
            "taken off only as far as the facts given allow")
    assert [r["facts_assumed"] for r in g.rows()] == [both, both, "", ""]
    assert list(g.columns())[-1] == "facts_assumed"
    assert g.columns()["facts_assumed"].values.tolist() == [both, both, "", ""]
    # A case with no Housing Benefit or CTR in its gain is not counted, whatever its facts.
    plain = caseload_gains([Scenario(household=Household(adults=Adult(age=40, monthly_earnings=50000)),
                                     claim_start=D(2026, 5, 1),
                                     outcomes=(Outcome(kind="lcwra_found", effective=D(2026, 5, 1), confirmed=True),))],
                           horizon_months=6)
    assert plain.summary()["facts_assumed"] == {"cases": 0, "hours_not_given": 0, "childcare_conditions_open": 0}


def test_the_report_says_so_small_counts_hidden():
    few = caseload_gains(_cases(None) + _cases(20), horizon_months=6)
    s = few.summary()
    line = [x for x in headline(s).splitlines() if "facts not given" in x]
    assert len(line) == 1 and line[0].strip().startswith("Fewer than 5 of the cases projected"), line
    many = caseload_gains(_cases(None, times=3), horizon_months=6)
    s = many.summary()
    assert s["facts_assumed"]["cases"] == 6
    said = [x for k, x in parts(many, s, "t") if k == "p" and "facts not given" in str(x)]
    assert len(said) == 1 and "6 of the cases projected" in said[0], said
    assert "work_hours_weekly" in said[0] and "childcare" in said[0]
