"""Carer's Allowance overlaps with the carer's State Pension only from State Pension age, in the income gain.

A gain's household may be given the State Pension it will have (:mod:`entitlements.gain.state_pension`): it counts
only from the day the age is reached (Pensions Act 2014 ss 2(1)(a), 4(1)(a)), and an assessment period counts it where
the age is reached by its last day. The overlap with Carer's Allowance (Social Security (Overlapping Benefits)
Regulations 1979, SI 1979/597, reg 4(1): benefits "payable ... for any period"; reg 4(5)(a), 12: the non-contributory
benefit less the contributory one; reg 14: a seventh a day) was taken in every period, before the age too: Carer's
Allowance was valued at the balance over State Pension not yet paid, and Universal Credit counted that balance as
income. Now the overlap follows the pension's own rule, on both paths alike.

Worked example. A single carer born 1 September 1960: State Pension age 66 years 5 months (born 6 August to 5
September 1960: Pensions Act 1995 Sch 4 Table 3, as amended by PA 2014 s 26), reached on 1 February 2027. State
Pension given as £50.00 a week (as it will be from then). Universal Credit from 1 June 2026 (assessment periods from
the 1st of each month); Carer's Allowance effective 1 June 2026, decided 20 October 2026 (the decision's period
begins 1 October 2026: arrears June to September, projection October 2026 to September 2027).

Rates (rule tables, each with its source): Carer's Allowance £86.45 a week from 6 April 2026 (SI 2026/148 art 3, Sch 1
Pt III para 4), held past 5 April 2027 (rates policy "hold"); UC standard allowance (single, 25 or over) £424.90 and
carer element £209.34 a month (SI 2026/113, SI 2026/148 art 32, Sch 13).

Carer's Allowance line:
  to 31 January 2027: no overlap, £86.45 a week; from 1 February 2027: £86.45 - £50.00 = £36.45 a week.
  Arrears, 1 June to 30 September 2026, 122 days: 122 x £86.45 / 7 = £1,506.70.
  Projection, 1 October 2026 to 30 September 2027, stretches at one rate each:
    1 October 2026 to 31 January 2027, 123 days: 123 x £86.45 / 7 = £1,519.05;
    1 February to 5 April 2027, 64 days: 64 x £36.45 / 7 = £333.257..., £333.26;
    6 April to 30 September 2027 (the rate held), 178 days: 178 x £36.45 / 7 = £926.871..., £926.87;
    £2,779.18 in all (was 365 days at £36.45: £1,900.61).
  Weekly, on the first day of the projection: £86.45 (was £36.45).
Universal Credit, each period to January 2027 (the State Pension not counted, ending before the age):
  before £424.90; after £424.90 + £209.34 - £86.45 x 52 / 12 (£374.616..., £374.62, reg 66(1)(b), 73) = £259.62;
  a change of -£165.28 a month (was £424.90 + £209.34 - £36.45 x 52 / 12 (£157.95) = £476.29: +£51.39).
  From the period of 1 February 2027 (it begins on the day the age is reached) no Universal Credit either way.
  Arrears (June to September 2026): 4 x -£165.28 = -£661.12; projection (October 2026 to January 2027): the same.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, caseload_gains
from entitlements.gain import Outcome, Scenario, income_gain

D = dt.date


def _scenario(sp_weekly: int = 5000) -> Scenario:
    return Scenario(household=Household(adults=Adult(date_of_birth=D(1960, 9, 1), state_pension_weekly=sp_weekly)),
                    claim_start=D(2026, 6, 1),
                    outcomes=(Outcome(kind="carers_allowance", effective=D(2026, 6, 1), decided=D(2026, 10, 20),
                                      confirmed=True, adult=1),))


def test_one_household_counts_the_overlap_only_from_pension_age():
    g = income_gain(_scenario())
    ca = next(b for b in g.benefit_lines if b.benefit == "carers_allowance")
    assert (ca.weekly, ca.arrears, ca.projected) == (8645, 150670, 151905 + 33326 + 92687)
    assert 151905 + 33326 + 92687 == 277918
    uc = [(p.before, p.after) for p in g.periods]
    assert uc == [(42490, 25962)] * 8 + [(0, 0)] * 8
    assert 42490 + 20934 - 37462 == 25962
    assert (g.recurring_monthly, g.arrears_uc, g.projected_uc) == (-16528, -66112, -66112)


def test_the_caseload_gives_the_same_figures():
    g = income_gain(_scenario())
    c = caseload_gains([_scenario()])
    assert c.valid[0], c.reasons[0]
    p = c.projection
    assert (int(p.line_weekly[0]), int(p.line_arrears[0]), int(p.line_projected[0])) == (8645, 150670, 277918)
    assert (int(p.recurring_monthly[0]), int(p.arrears_uc[0]), int(p.projected_uc[0])) == (-16528, -66112, -66112)
    assert (int(c.annual[0]), int(c.projected[0])) == (g.annual, g.projected)


def test_past_pension_age_the_overlap_is_taken_as_before():
    # Born 1 September 1958: State Pension age 66 on 1 September 2024, before the claim: the overlap on every day.
    # A mixed-age couple (the partner 50), so Universal Credit throughout.
    s = Scenario(household=Household(adults=(Adult(date_of_birth=D(1958, 9, 1), state_pension_weekly=5000),
                                             Adult(age=50))),
                 claim_start=D(2026, 6, 1),
                 outcomes=(Outcome(kind="carers_allowance", effective=D(2026, 6, 1), decided=D(2026, 10, 20),
                                   confirmed=True, adult=1),))
    g = income_gain(s)
    ca = next(b for b in g.benefit_lines if b.benefit == "carers_allowance")
    assert ca.weekly == 8645 - 5000
    assert ca.arrears == 63527  # 122 x £36.45 / 7 = £635.271..., £635.27
    c = caseload_gains([s])
    assert (int(c.projection.line_weekly[0]), int(c.projection.line_arrears[0]),
            int(c.projection.line_projected[0])) == (ca.weekly, ca.arrears, ca.projected)


def test_scotland_the_carer_s_supplement_is_paid_until_the_age_on_both_paths():
    # A Scottish carer, born 1 September 1960, with State Pension £100.00 a week from 1 February 2027 (above the
    # £86.45 rate, so nothing paid from then) and a partner of 50: Carer Support Payment (the Scottish benefit for a
    # claim from 2026) £86.45 a week to 31 January 2027, nil from then; the Scottish Carer Supplement, paid with it
    # for each week it is paid above nil (SSI 2023/302 reg 14A, as rules/scotland/scottish_carer_supplement.toml
    # ships it, unverified), £11.70 a week: arrears 122 days x £11.70 / 7 = £203.914..., £203.91; projected 123 days
    # (1 October 2026 to 31 January 2027) x £11.70 / 7 = £205.585..., £205.59. Before: nothing paid on any day, both
    # nil.
    s = Scenario(household=Household(adults=(Adult(date_of_birth=D(1960, 9, 1), state_pension_weekly=10000),
                                             Adult(age=50)), nation="scotland"),
                 claim_start=D(2026, 6, 1),
                 outcomes=(Outcome(kind="carers_allowance", effective=D(2026, 6, 1), decided=D(2026, 10, 20),
                                   confirmed=True, adult=1),))
    g = income_gain(s)
    lines = {b.benefit: (b.weekly, b.arrears, b.projected) for b in g.benefit_lines}
    assert lines["carer_support_payment"] == (8645, 150670, 151905)
    assert lines["scottish_carer_supplement"] == (1170, 20391, 20559)
    c = caseload_gains([s])
    assert c.valid[0], c.reasons[0]
    assert (int(c.annual[0]), int(c.projected[0])) == (g.annual, g.projected)
