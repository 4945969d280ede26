"""The income gain counts State Pension only from State Pension age.

`estimate`, the check and caseloads refuse State Pension for an adult under
State Pension age (Pensions Act 2014 ss 2(1)(a), 2(2)(a), 4(1)(a)); the
income gain took it, because its projection may cross the birthday, and
then counted it in every period, before the age too: a nearly-pensioner's
Universal Credit was cut by a pension not yet paid. Now each assessment
period counts it only where the adult has reached the age by its last day
(a weekly benefit from the day itself), on both paths, and where no period
of the projection reaches the age the input is refused in one line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, InputError, caseload_gains
from entitlements.cli import main
from entitlements.gain import Outcome, Scenario, income_gain

D = dt.date


def _scenario(dob: dt.date, weekly: int = 10000) -> Scenario:
    return Scenario(household=Household(adults=Adult(date_of_birth=dob, state_pension_weekly=weekly)),
                    claim_start=D(2026, 6, 1),
                    outcomes=(Outcome(kind="lcwra_found", effective=D(2026, 6, 1), decided=D(2026, 10, 20),
                                      confirmed=True),))


# Born 1 September 1960: State Pension age 66 years 5 months (born 6 August to 5 September 1960: Pensions Act 1995
# Sch 4 Table 3, as amended by PA 2014 s 26), reached on 1 February 2027. State Pension £100.00 a week given, as it
# will be from then.
#   Before: counted in every period, £100.00 x 52 / 12 = £433.33 a month against the standard allowance £424.90:
#   Universal Credit nil before the outcome, £424.90 + £217.26 (LCWRA, new claims from 6 April 2026) - £433.33
#   = £208.83 after: a gain of £208.83 a period.
#   Now: no State Pension in the periods that end before 1 February 2027: £424.90 before, £424.90 + £217.26 = £642.16
#   after, a gain of £217.26 a period. From the period of 1 February 2027, which begins on the day the age is
#   reached, no one can be paid UC (the qualifying age for Pension Credit, WRA 2012 s 4(1)(b)): nil both ways. Arrears (the period of 1 September 2026, the first with the element):
#   £217.26; projection (October 2026 to September 2027): 4 x £217.26 = £869.04.
def _want_periods():
    uc = [(42490, 42490)] * 3 + [(42490, 42490 + 21726)] * 5 + [(0, 0)] * 8
    return uc


def test_one_household_counts_it_only_from_pension_age():
    g = income_gain(_scenario(D(1960, 9, 1)))
    assert [(p.before, p.after) for p in g.periods] == _want_periods()
    assert (g.recurring_monthly, g.arrears_uc, g.projected_uc) == (21726, 21726, 4 * 21726)
    assert 4 * 21726 == 86904  # £869.04


def test_the_caseload_gives_the_same_figures():
    g = caseload_gains([_scenario(D(1960, 9, 1))])
    assert g.valid.all(), g.reasons
    p = g.projection
    assert (int(p.recurring_monthly[0]), int(p.arrears_uc[0]), int(p.projected_uc[0])) == (21726, 21726, 86904)


REFUSED = ("adults[1].state_pension_weekly: '£100.00' is not allowed (expected none for an adult under State "
           "Pension age at the end of the assessment period")


def test_refused_where_no_period_reaches_the_age():
    # Born 1 January 1970: State Pension age 67 (PA 2014 s 26 / PA 2007), reached 1 January 2037, long after the
    # last period (1 September to 30 September 2027).
    with pytest.raises(InputError) as e:
        income_gain(_scenario(D(1970, 1, 1)))
    msg = str(e.value)
    assert msg.startswith(REFUSED), msg
    assert "\n" not in msg
    assert "born 1970-01-01, reaches State Pension age on 2037-01-01" in msg and "2027-09-30" in msg, msg


def test_the_caseload_refuses_that_case_alone():
    g = caseload_gains([_scenario(D(1970, 1, 1)), _scenario(D(1960, 9, 1))])
    assert g.valid.tolist() == [False, True]
    assert g.reasons[0].startswith("adult1_state_pension_weekly: '£100.00' is not allowed"), g.reasons[0]
    assert "reaches State Pension age on 2037-01-01" in g.reasons[0]
    assert int(g.projection.projected_uc[1]) == 86904


def test_an_age_alone_under_66_is_refused_with_the_age(capsys):
    s = Scenario(household=Household(adults=Adult(age=40, state_pension_weekly=10000)), claim_start=D(2026, 6, 1),
                 outcomes=(Outcome(kind="lcwra_found", effective=D(2026, 6, 1), decided=D(2026, 10, 20)),))
    with pytest.raises(InputError, match=r"adults\[1\]\.state_pension_weekly: '£100.00'.*aged 40"):
        income_gain(s)
    assert main(["gain", "--age", "40", "--state-pension", "100", "--with", "lcwra_found",
                 "--from", "2026-06-01", "--as-of", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--state-pension" in err and "aged 40" in err, err


def test_a_weekly_benefit_counts_it_from_the_day():
    # A protected mixed-age couple (SI 2019/37 art 4), assessed for Pension Credit: adult 1 is 75 with State Pension
    #   £300.00 a week; adult 2, born 1 September 1960, is given £100.00 a week from State Pension age, 1 February
    #   2027. The change in Pension Credit of £20.00 a week more pension for adult 1, worked out on 31 January 2027
    #   and on 1 February 2027.
    #   31 January: adult 2's pension not counted: guarantee credit £374.90 (couple) - £300.00 = £74.90, and the change
    #   is that of the couple with no pension for adult 2.
    #   1 February: it counts: £400.00 of income is over £374.90, no guarantee credit, and the change is that of the
    #   couple with it.
    import numpy as np

    from entitlements.benefits.household_total import calculate
    from entitlements.columns import households_columns
    from entitlements.gain.pension_age import knock_on_weekly
    from entitlements.tables import tables_or_default

    def couple(extra, sp2=10000):
        return Household(adults=(Adult(age=75, state_pension_weekly=30000, pension_income_weekly=extra),
                                 Adult(date_of_birth=D(1960, 9, 1), state_pension_weekly=sp2)), mixed_age_protected=True)

    tables = tables_or_default(None)
    on = np.array(["2027-01-31", "2027-02-01"], "datetime64[D]")
    given = knock_on_weekly(households_columns([couple(0)] * 2), households_columns([couple(2000)] * 2), on=on,
                            tables=tables)[0]
    none = knock_on_weekly(households_columns([couple(0, 0)] * 2), households_columns([couple(2000, 0)] * 2), on=on,
                           tables=tables)[0]
    assert given[0].tolist() == none[0].tolist() and given[0, 0] < 0  # before the day: as if not given
    assert given[1, 0] == 0 != none[1, 0]  # from the day: counted, no Pension Credit to lose
    pc = calculate(households_columns([couple(0, 0)]), on=D(2027, 1, 31), tables=tables).pension_credit
    assert int(np.asarray(pc.award).reshape(-1)[0]) == 37490 - 30000 == 7490


def test_state_pension_given_in_a_change_is_refused_on_both_paths_where_no_period_reaches_the_age():
    # Found by test_pension_age_caseload_equals_one_household_path: State Pension £240.00 a week given by an
    # income_change of 10 July 2025 for an adult born 27 January 1961 (State Pension age 66 years 10 months, PA 2014
    # s 26: 27 November 2027), with a 6-month projection (to 30 December 2025). The one household refused it; the
    # caseload took the case and counted nothing (it tested the household before the change only).
    s = Scenario(household=Household(adults=Adult(date_of_birth=D(1961, 1, 27)), local_authority="Coventry"),
                 claim_start=D(2025, 3, 31),
                 outcomes=(Outcome(kind="income_change", effective=D(2025, 7, 10), decided=D(2025, 7, 10), confirmed=True,
                                   changes={"adult1_state_pension_weekly": 24000}),))
    with pytest.raises(InputError, match="reaches State Pension age on 2027-11-27"):
        income_gain(s, horizon_months=6)
    g = caseload_gains([s, _scenario(D(1960, 9, 1))], horizon_months=6)
    assert g.valid.tolist() == [False, True]
    assert g.reasons[0].startswith("after_adult1_state_pension_weekly: '£240.00' is not allowed"), g.reasons[0]
    assert "reaches State Pension age on 2027-11-27" in g.reasons[0]
