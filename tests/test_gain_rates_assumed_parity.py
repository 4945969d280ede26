"""The rates assumed, one household and caseload: a table is named for a case
on every day the engine read it for the case's figures; the caseload, which
works cases out together, names every table a case may read on the days it
may read it (never fewer). Each case here was one the caseload left out."""

import datetime as dt
import sys
from pathlib import Path

from entitlements import caseload_gains, income_gain
from entitlements.gain import Outcome, Scenario
from entitlements.gain.household import policy_tables
from entitlements.household import Adult, Household, Housing

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gain_scenarios  # noqa: E402

D = dt.date


def _both(s: Scenario, **options):
    g, o = caseload_gains([s], **options), income_gain(s, **options)
    tables = policy_tables(None, options.get("rates_after"), None)
    return gain_scenarios.case_rate_assumptions(g, 0, tables), gain_scenarios.household_rate_assumptions(o)


def _named(found, table):
    return sorted((k, a, b) for t, k, a, b in found if t == table)


def test_child_benefit_rates_read_by_the_benefit_cap_are_named_for_everyone():
    # Single, no children, LCWRA from 10 Jan 2027, 12 periods to 9 Jan 2028: the benefit cap reads Child Benefit's
    # rates in every period (times no child), so both name them held from 6 April 2027, the day after the rules end.
    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=D(2026, 1, 10),
                 outcomes=(Outcome(kind="lcwra_found", effective=D(2027, 1, 10)),))
    c, h = _both(s, horizon_months=12)
    assert _named(h, "child_benefit.rates") == [("held", D(2027, 4, 6), D(2027, 12, 10))]
    assert _named(c, "child_benefit.rates") == _named(h, "child_benefit.rates")
    assert gain_scenarios.unnamed(c, h) == []


def test_adult_disability_payment_read_in_england_is_named():
    # An English pensioner's knock-on past 5 April 2027 reads ADP's rates too (checked, for everyone).
    h_ = Household(adults=Adult(age=75, state_pension_weekly=17000))
    s = Scenario(household=h_, claim_start=D(2026, 6, 1), outcomes=(
        Outcome(kind="benefit_claimed", benefit="attendance_allowance", aa_rate="higher", effective=D(2027, 2, 1)),))
    c, h = _both(s, horizon_months=6)
    assert _named(h, "scotland.adult_disability_payment")
    assert gain_scenarios.unnamed(c, h) == []


def test_ctr_worked_out_on_a_day_past_the_scottish_tables_is_named():
    # CTR awarded in Scotland on 4 Dec 2027, worked out that day: the Scottish pension-age CTR tables end on
    # 31 March 2027 (the 2026-27 rows of SSI 2026/56) and are held; the caseload names them as one household does.
    # A year earlier (5 Dec 2026) the tables cover the day and nothing is held.
    h_ = Household(adults=Adult(age=80, state_pension_weekly=17000), nation="scotland", local_authority="Glasgow City",
                   housing=Housing(tenure="owner_occupier", council_tax_band="A", council_tax_band_d=150000))
    s = Scenario(household=h_, claim_start=D(2027, 6, 28), outcomes=(Outcome(kind="ctr_awarded", effective=D(2027, 12, 4)),))
    c, h = _both(s, horizon_months=6)
    assert _named(h, "ctr.scotland_pension.taper") == [("held", D(2027, 12, 4), D(2027, 12, 4))]
    assert gain_scenarios.unnamed(c, h) == []
    s26 = Scenario(household=h_, claim_start=D(2026, 6, 29), outcomes=(Outcome(kind="ctr_awarded", effective=D(2026, 12, 5)),))
    c26, h26 = _both(s26, horizon_months=6)
    assert _named(h26, "ctr.scotland_pension.taper") == _named(c26, "ctr.scotland_pension.taper") == []


def test_an_ended_award_cites_its_rate_without_reading_it_after_the_end():
    # PIP from 17 Apr 2026 to 29 May 2026, decided 2 May 2027: paid as arrears only. Its line cites the rate of
    # its first day; the rate on the recurring day (past the rules, after the award ended) is no figure.
    h_ = Household(adults=Adult(age=40))
    s = Scenario(household=h_, claim_start=D(2025, 12, 17), outcomes=(
        Outcome(kind="pip_awarded", pip_daily_living="enhanced", effective=D(2026, 4, 17), ends=D(2026, 5, 29),
                decided=D(2027, 5, 2)),))
    g = income_gain(s, horizon_months=6)
    assert _named(gain_scenarios.household_rate_assumptions(g), "pip.rates") == []
    from entitlements import default_tables
    from entitlements.explain import row_citation

    assert [b.source for b in g.benefit_lines if b.benefit == "pip"] == [
        row_citation(default_tables().row("pip.rates", D(2026, 4, 17)))]


def test_carers_allowance_earnings_limit_is_named_over_the_periods():
    # A single pensioner claims Carer's Allowance from 28 Apr 2027 (caring for someone outside the household, her
    # State Pension overlapping it): its rate and earnings limit are read over the periods, past the rules' end.
    h_ = Household(adults=Adult(date_of_birth=D(1956, 2, 6), state_pension_weekly=5000), local_authority="Coventry",
                   housing=Housing(tenure="private_rent", rent=50000, lha_rate=40000, council_tax_band="A",
                                   council_tax_band_d=200000))
    s = Scenario(household=h_, claim_start=D(2026, 12, 26), outcomes=(
        Outcome(kind="carers_allowance", effective=D(2027, 4, 28)),))
    c, h = _both(s, horizon_months=6)
    assert _named(h, "carers_allowance.earnings_limit")
    assert gain_scenarios.unnamed(c, h) == []
