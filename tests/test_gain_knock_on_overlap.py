"""Pension-age knock-ons at the edges (:mod:`entitlements.gain.pension_age`),
on the one-household path and the caseload path:

- the assessment period in which the qualifying age for Pension Credit is
  reached: Universal Credit to its end, Pension Credit from the day (the law,
  quoted in :mod:`entitlements.gain.pension_age`: SI 2013/381 Sch 1 para 26
  as substituted by SI 2020/655 reg 5; SI 2014/1230 reg 5(2)(c); SI
  2002/1792 reg 15(1)(za));
- an adult given by age only: the age on the day the outcome takes effect,
  the facts of birth it settles then held on later days
  (:func:`entitlements.gain.pension_age.held_ages`).

Amounts (each from the rule tables, with its source): Universal Credit
standard allowance (single, 25 or over) £424.90 a month and carer element
£209.34 for periods from 6 April 2026 (SI 2026/113 reg 3(3)(a); SI 2026/148
art 32(2), Sch 13); Carer's Allowance £86.45 a week (SI 2026/148 art 3, Sch 1
Part III para 4); Pension Credit standard minimum guarantee (single) £227.10,
then £238.00, carer amount £48.15 from 6 April 2026, severe disability amount
£82.90, then £86.05 (SI 2025/295 and SI 2026/148 art 29(2)); savings credit
threshold (single) £198.27, then £208.07 (art 29(3)); maximum savings credit
60% of the difference, £17.30, then £17.96 (SPCA 2002 s 3(7)); Attendance
Allowance higher rate £110.40, then £114.60.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Adult, Household, caseload_gains
from entitlements.columns import households_columns
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.gain.pension_age import held_ages

D = dt.date

# Born 20 June 1960: the qualifying age for Pension Credit (pensionable age, 66 years and 3 months: Pensions Act
# 1995 Sch 4 para 1(7), Table 3) on 20 September 2026. A carer (the UC carer element before and after), no income.
CARER_NEARLY = Household(adults=Adult(date_of_birth=D(1960, 6, 20), carer=True))
CA_JUNE_2026 = Scenario(household=CARER_NEARLY, claim_start=D(2026, 6, 1), outcomes=(Outcome(
    kind="carers_allowance", effective=D(2026, 6, 1), decided=D(2026, 6, 1), confirmed=True),))


@pytest.mark.parametrize("path", ["household", "caseload"])
def test_universal_credit_runs_to_the_end_of_the_period_and_pension_credit_starts_on_the_day(path):
    # Carer's Allowance from 1 June 2026; projection 6 periods, 1 June to 30 November 2026.
    # Universal Credit, each period to the one beginning 1 September 2026 (in which the qualifying age, 20
    #   September, falls: the award ends from the next period, SI 2013/381 Sch 1 para 26): before £424.90 +
    #   £209.34 = £634.24; after, Carer's Allowance counted as unearned income, £86.45 x 52 / 12 = £374.62
    #   (374.616..., half up): £259.62. Change -£374.62 a period, the September period in full: 4 x -£374.62
    #   = -£1,498.48. Nil from the period beginning 1 October 2026 (WRA 2012 s 4(1)(b)).
    # Pension Credit from 20 September 2026 (not excluded in the last period, SI 2014/1230 reg 5(2)(c); that
    #   period's Universal Credit not income, SI 2002/1792 reg 15(1)(za)): before £238.00 guarantee credit (no
    #   income); after £238.00 + £48.15 (carer amount, Sch I para 4) - £86.45 (Carer's Allowance, income) =
    #   £199.70: -£38.30 a week. 20 September to 30 November: 11 + 31 + 30 = 72 days x -£38.30 / 7 = -£393.94
    #   (-393.942...). The last 11 days of September count both: Universal Credit's period and Pension Credit.
    # Carer's Allowance: 183 days x £86.45 / 7 = £2,260.05 (exactly).
    # Projected: £2,260.05 - £1,498.48 - £393.94 = £367.63.
    if path == "household":
        g = income_gain(CA_JUNE_2026, horizon_months=6)
        sept = g.periods[3]
        assert (sept.start, sept.end, sept.before, sept.after) == (D(2026, 9, 1), D(2026, 9, 30), 63424, 25962)
        assert [(p.before, p.after) for p in g.periods[4:]] == [(0, 0), (0, 0)]
        assert {b.benefit: b.projected for b in g.benefit_lines} == {"carers_allowance": 226005, "pension_credit": -39394}
        assert (g.projected_uc, g.projected) == (-149848, 36763)
        said = next(a for a in g.assumptions if a.startswith("Pension age:"))
        assert "SI 2013/381 Sch 1 para 26" in said and "from 20/09/2026: Pension Credit -£38.30" in said
    else:
        g = caseload_gains([CA_JUNE_2026], horizon_months=6)
        assert g.valid.all()
        assert g.knock_ons.projected[0].tolist() == [-39394, 0, 0]
        assert int(g.projected[0]) == 36763


# A couple: one born 1 January 1950 (over the qualifying age), no income; the other born 20 June 1960 (the
# qualifying age on 20 September 2026), a carer. A mixed-age couple on Universal Credit (SI 2013/376 reg 3(2)(a))
# until the younger reaches it: the award ends from the next period too (Sch 1 para 26 names "a member of a couple
# to whom regulation 3(2)(a) ... applies"); Pension Credit as a couple from the day.
COUPLE = Household(adults=(Adult(date_of_birth=D(1950, 1, 1)), Adult(date_of_birth=D(1960, 6, 20), carer=True)))
COUPLE_CA = Scenario(household=COUPLE, claim_start=D(2026, 6, 1), outcomes=(Outcome(
    kind="carers_allowance", adult=2, effective=D(2026, 6, 1), decided=D(2026, 6, 1), confirmed=True),))


@pytest.mark.parametrize("path", ["household", "caseload"])
def test_a_couple_whose_younger_member_reaches_the_age_the_same_way(path):
    # Universal Credit (joint, either 25 or over) £666.97 + carer element £209.34 = £876.31 before; after, less
    #   £374.62 (Carer's Allowance, £86.45 x 52 / 12): £501.69. Four periods (June to September, September in
    #   full): 4 x -£374.62 = -£1,498.48; nil from 1 October 2026.
    # Pension Credit (couple) from 20 September 2026: before £363.25 (no income); after £363.25 + £48.15 - £86.45
    #   = £324.95 (the savings credit: income £86.45 below the couple threshold £329.75, nil both times): -£38.30 a
    #   week, 72 days: -£393.94. Carer's Allowance £2,260.05. Projected £367.63, as for the single carer.
    if path == "household":
        g = income_gain(COUPLE_CA, horizon_months=6)
        assert [(p.before, p.after) for p in g.periods] == [(87631, 50169)] * 4 + [(0, 0)] * 2
        assert {b.benefit: b.projected for b in g.benefit_lines} == {"carers_allowance": 226005, "pension_credit": -39394}
        assert (g.projected_uc, g.projected) == (-149848, 36763)
    else:
        g = caseload_gains([COUPLE_CA], horizon_months=6)
        assert g.valid.all() and g.knock_ons.projected[0].tolist() == [-39394, 0, 0]
        assert int(g.projected[0]) == 36763


# 72 on 1 February 2026 (the end of the period: born 1 March 1953 to 28 February 1954), given by age only. State
# Pension £170.00 and a private pension £120.00 a week: income £290.00. Higher-rate AA from 1 February 2026.
AGE_72 = Scenario(household=Household(adults=Adult(age=72, state_pension_weekly=17000, pension_income_weekly=12000)),
                  claim_start=D(2026, 2, 1), outcomes=(Outcome(
                      kind="benefit_claimed", benefit="attendance_allowance", aa_rate="higher", effective=D(2026, 2, 1),
                      decided=D(2026, 2, 1), confirmed=True),))


@pytest.mark.parametrize("path", ["household", "caseload"])
def test_an_age_given_alone_settles_the_savings_credit_condition_once(path):
    # On 1 February 2026 the births a 72-year-old can have (1 March 1953 - 28 February 1954) straddle 6 April 1953:
    #   the savings credit age condition turns on sex, and is worked out as met (as estimate() does). Read as the
    #   age on every day, from the period beginning 6 April 2026 the births would be 6 May 1953 - 5 May 1954, all
    #   after 5 April 1953: not met (the code before this change dropped the savings credit then). A birth does
    #   not move: held as on 1 February 2026.
    # Income: State Pension £170.00 + a pension £120.00 = £290.00, less the income tax on them (SI 2002/1792
    #   reg 17(10)(a); the same allowance, £12,570, both years): 52 x £290 = £15,080 - £12,570 = £2,510 x 20% =
    #   £502.00, / 52 = £9.65: £280.35.
    # 2025-26: before, income £280.35 above the guarantee £227.10: no guarantee credit; savings credit £17.30 (the
    #   maximum: 60% x (£280.35 - £198.27) is more) less 40% x (£280.35 - £227.10) = £21.30: nil. After, the
    #   guarantee £227.10 + £82.90 = £310.00: guarantee credit £29.65, savings credit £17.30 (income below the
    #   guarantee: nothing off): £46.95 a week.
    # 2026-27: before £17.96 less 40% x (£280.35 - £238.00) = £16.94: £1.02; after, £238.00 + £86.05 = £324.05:
    #   guarantee credit £43.70 + savings credit £17.96 = £61.66, £60.64 a week more (without the savings credit
    #   £43.70).
    # 1 February to 5 April 2026, 64 days x £46.95 / 7 = £429.26 (429.257...); 6 April 2026 to 31 January 2027,
    #   301 days x £60.64 / 7 = £2,607.52 (exactly, 43 weeks): £3,036.78.
    if path == "household":
        g = income_gain(AGE_72)
        assert {b.benefit: b.projected for b in g.benefit_lines}["pension_credit"] == 42926 + 260752
        said = next(a for a in g.assumptions if a.startswith("Pension age:"))
        assert "from 06/04/2026: Pension Credit +£60.64" in said
    else:
        g = caseload_gains([AGE_72])
        assert g.knock_ons.projected[0].tolist() == [42926 + 260752, 0, 0]


def test_held_ages_change_nothing_on_the_day_and_hold_the_facts_of_birth_after():
    # Ages 66 (the qualifying age reached, held), 72 and 71 on 1 February 2026, and one
    # given by date of birth (unchanged).
    cols = households_columns([Household(adults=Adult(age=a)) for a in (66, 72, 71)]
                              + [Household(adults=Adult(date_of_birth=D(1950, 1, 1)))])
    held = held_ages(cols, np.datetime64("2026-02-01"))
    a = held.adult1
    # 72: births 1 March 1953 - 28 February 1954 on 28 February 2026; pensionable age before 1 April 2021 (born
    #   before 1 April 1955) for all: the latest, 28 February 1954. Savings credit: turns on sex, held as met.
    # 71: births 1 March 1954 - 28 February 1955, all before 1 April 1955: the latest, 28 February 1955; the
    #   condition not met (born after 5 April 1953): 0.
    # 66 before 6 April 2026: the qualifying age reached, held (held_at_66): the earliest birth, 1 March 1959.
    assert a.date_of_birth.astype("datetime64[D]").astype(str).tolist() == ["1959-03-01", "1954-02-28", "1955-02-28",
                                                                             "1950-01-01"]
    assert a.pension_age_before_2016.tolist() == [-1, 1, 0, -1]
    assert a.age.tolist() == cols.adult1.age.tolist()


def test_the_lha_schedule_is_read_only_by_households_naming_a_broad_rental_market_area():
    # The knock-on's engine calls batch many cases; where a table has no row on a day, the cases that read it
    # fail and the rest are worked out again. The Local Housing Allowance schedule (table id "lha.<nation>_<year>
    # (monthly)") is read only where a BRMA is named (a rate given is used as given), as the projection takes it
    # (gain._projection: named_area). It was attributed to every case of the call.
    from entitlements import Housing
    from entitlements.gain.pension_age import knock_on_readers, reads_table

    old = Adult(age=75, state_pension_weekly=17000)
    cols = households_columns([
        Household(adults=old, housing=Housing(tenure="private_rent", rent=70000, brma="Coventry")),
        Household(adults=old, housing=Housing(tenure="private_rent", rent=70000, lha_rate=50000)),
        Household(adults=old, housing=Housing(tenure="owner_occupier")),
        Household(adults=old)])
    readers = knock_on_readers(cols)
    assert reads_table("lha.england_2024 (monthly)", readers).tolist() == [True, False, False, False]
    assert reads_table("housing_benefit.personal_allowance", readers).tolist() == [True, True, False, False]
    assert reads_table("pension_credit.standard_minimum_guarantee", readers).tolist() == [True] * 4
