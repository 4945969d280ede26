"""The columnar projection's steps, each called alone (entitlements.gain._projection).

One case throughout: a single claimant aged 40 with no income, Universal
Credit from 10 January 2025, LCWRA found from the same day (first medical
evidence that day), decided 20 July 2025. Assessment periods (AP0 = 10 January
to 9 February 2025, AP3 = 10 April ...); the relevant period of reg 28 is the
three months to 9 April 2025, so the LCWRA element is in from AP3; the
decision falls in AP6 (10 July to 9 August 2025), so the projection runs
AP6 to AP17 and AP0-AP5 are arrears.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from entitlements import Adult, Household
from entitlements.gain._coverage import coverage
from entitlements.gain._engine_calls import after_pieces, estimate_pieces
from entitlements.gain._projection import Validity, check_children, project, timeline, uc_sums, what_cases_read
from entitlements.gain._runs import age_crossings, base_runs
from entitlements.gain.outcomes import Outcome, Scenario
from entitlements.io.outcome_columns import cases_from_scenarios
from entitlements.tables import default_tables

D = dt.date


def one_case(**outcome):
    kw = dict(kind="lcwra_found", effective=D(2025, 1, 10), decided=D(2025, 7, 20), confirmed=True)
    kw.update(outcome)
    return Scenario(household=Household(adults=Adult(age=40)), claim_start=D(2025, 1, 10), outcomes=(Outcome(**kw),))


def steps_to_runs(scenarios, horizon=12):
    c = cases_from_scenarios(scenarios)
    tables = default_tables()
    cov = coverage(tables)
    v = Validity(c)
    t = timeline(c, v, horizon=horizon, projection_from="decision")
    gross, earner, named_area = what_cases_read(c)
    pres, dob, parts, rows_a = check_children(c, t, v)
    lo, hi = np.where(v.valid, t.lo, 0), np.where(v.valid, t.hi, 0)
    X = age_crossings(c, cov, pres, dob, parts, rows_a)
    runs = base_runs(cov, X, v.valid, gross, earner, named_area, lo, hi, t.ymF, t.domF, t.s_lo, t.s_hi, t.e_lo, t.e_hi)
    return c, tables, v, t, runs, hi


def test_timeline_of_lcwra_found_january_decided_july():
    c = cases_from_scenarios([one_case()])
    v = Validity(c)
    t = timeline(c, v, horizon=12, projection_from="decision")
    # first AP0; element from AP3 (after the relevant period to 9 April);
    # decision in AP6; recurring gain measured in AP max(3, 6) = 6; the
    # projection AP6-AP17; the window AP0 to AP18 (exclusive).
    assert (t.first[0], t.in_payment[0], t.decision[0], t.rep[0], t.p0[0]) == (0, 3, 6, 6, 6)
    assert (t.lo[0], t.hi[0]) == (0, 18)
    assert bool(t.protected[0])  # element before 6 April 2026: the protected amount from then
    assert v.valid.tolist() == [True]


def test_timeline_fails_an_award_that_ends_in_the_period_it_starts():
    # Ends 15 January 2025, inside AP0, where it takes effect.
    c = cases_from_scenarios([one_case(kind="pip_awarded", pip_daily_living="standard", ends=D(2025, 1, 15))])
    v = Validity(c)
    timeline(c, v, horizon=12, projection_from="decision")
    assert v.valid.tolist() == [False]
    assert v.reasons[0].startswith("end_date: the award ends in the assessment period it takes effect in")


def test_base_runs_break_only_where_the_rates_change():
    _, _, _, _, runs, _ = steps_to_runs([one_case()])
    # Rates change for APs beginning on or after 7 April 2025 (AP3, 10 April)
    # and 6 April 2026 (AP15, 10 April 2026); the window is AP0 to AP18.
    assert list(zip(runs.ra.tolist(), runs.rb.tolist())) == [(0, 3), (3, 15), (15, 18)]
    assert runs.case.tolist() == [0, 0, 0]
    assert (runs.code >= 0).all()  # each estimated on a shared day (the boundary)


def test_after_pieces_wait_for_the_relevant_period():
    c, _, _, t, runs, hi = steps_to_runs([one_case()])
    p = after_pieces(c, runs, t.first, t.in_payment, t.end_ap, hi)
    # Three base runs (phase 0); LCWRA pending in AP0-AP2 (phase 1), then in
    # payment from AP3 in each later run (phase 2).
    assert p.n_runs == 3
    assert p.phase.tolist() == [0, 0, 0, 1, 2, 2]
    assert p.parent.tolist() == [0, 1, 2, 0, 1, 2]
    assert list(zip(p.pa.tolist(), p.pb.tolist())) == [(0, 3), (3, 15), (15, 18)]


def test_engine_calls_give_each_run_and_piece_its_award():
    c, tables, _, t, runs, hi = steps_to_runs([one_case()])
    p = after_pieces(c, runs, t.first, t.in_payment, t.end_ap, hi)
    values, calls, own, late = estimate_pieces(c, runs, p, t.protected, tables)
    # Standard allowance (single, 25 or over): £393.45 (2024/25), £400.14
    # (2025/26), £424.90 (2026/27). Pending LCWRA adds nothing; in payment
    # it adds £423.27 (2025/26) and, protected from 6 April 2026, £429.80:
    # 40014 + 42327 = 82341; 42490 + 42980 = 85470.
    assert values.tolist() == [39345, 40014, 42490, 39345, 82341, 85470]
    assert own == 0 and not late and calls >= 1


def test_sums_of_lcwra_found_january_decided_july():
    c, tables, v, t, runs, hi = steps_to_runs([one_case()])
    p = after_pieces(c, runs, t.first, t.in_payment, t.end_ap, hi)
    values, *_ = estimate_pieces(c, runs, p, t.protected, tables)
    projected, arrears, recurring, weekly = uc_sums(t, runs.case, p, values, 1, 12, v.valid)
    # Recurring (AP6): £423.27; weekly 42327 x 12 / 52 = 9767.77 -> £97.68.
    # Arrears AP3-AP5: 3 x £423.27 = £1,269.81.
    # Projected AP6-AP17: AP6-AP14 (9 x £423.27 = £3,809.43) and AP15-AP17
    # (3 x £429.80 = £1,289.40): £5,098.83.
    assert (recurring[0], weekly[0], arrears[0], projected[0]) == (42327, 9768, 126981, 509883)
    whole = project(c, horizon=12, projection_from="decision", convention="weekly_x52", tables=tables)
    assert (whole.recurring_monthly[0], whole.arrears_uc[0], whole.projected_uc[0]) == (42327, 126981, 509883)
    assert whole.annual[0] == 9768 * 52
