"""An adult given by age only who is 66 when the outcome takes effect
(:func:`entitlements.gain.pension_age.held_at_66`), on the one-household path
and the caseload path alike.

Everyone 66 on a day before 6 April 2026 was born before 6 April 1960, whose
State Pension age is 66 (Pensions Act 1995 Sch 4 para 1(6), as amended by
Pensions Act 2014 s 26(2)): over the qualifying age for Pension Credit then and
on every later day, in the Universal Credit periods (no award, WRA 2012 s
4(1)(b)) as in the knock-on. Held at the age itself, from 6 April 2026 the age
would leave it unknown (State Pension age rises by month of birth for births
from 6 April 1960): the gain paid Universal Credit from the period beginning
in May 2026 and counted Pension Credit only to 5 April. From 6 April 2026 the
age does not settle it: the gain asks for the date of birth, as estimate()
does.

Amounts (rule tables, with their sources): Universal Credit standard
allowance (single, 25 or over) £424.90 a month from 6 April 2026 (SI 2026/113
reg 3(3)(a)); Pension Credit standard minimum guarantee (single) £227.10, then
£238.00 (SI 2025/295; SI 2026/148 art 29(2)).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Adult, Household, InputError, caseload_gains
from entitlements.columns import households_columns
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.gain.pension_age import held_at_66

D = dt.date


def _pension_from(effective: dt.date) -> Scenario:
    # Single, 66 (no date of birth), no income; a private pension of £50.00 a week from ``effective``.
    return Scenario(household=Household(adults=Adult(age=66)), claim_start=D(2026, 2, 1), outcomes=(Outcome(
        kind="income_change", effective=effective, decided=effective, confirmed=True,
        changes={"adult1_pension_income_weekly": 5000}),))


@pytest.mark.parametrize("path", ["household", "caseload"])
def test_66_before_6_april_2026_is_over_the_qualifying_age_on_every_later_day(path):
    # 66 on 1 February 2026 (born 1 March 1959 to 28 February 1960 for the age at the period's end): State Pension
    #   age 66, reached. Six periods, 1 February to 31 July 2026.
    # Universal Credit: nil before and after in every period (WRA 2012 s 4(1)(b)). Before this change, from the
    #   period beginning 1 May 2026: before £424.90, after £424.90 - £50.00 x 52 / 12 (= £216.666..., £216.67)
    #   = £208.23, 3 x -£216.67 = -£650.01.
    # Pension Credit (no savings credit: born after 5 April 1953, SPCA 2002 s 3(1)(a)): before the guarantee
    #   credit £227.10, after £227.10 - £50.00 = £177.10; from 6 April 2026 £238.00 and £188.00: -£50.00 a week
    #   throughout. 1 February to 31 July 2026 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days x -£50.00 / 7 =
    #   -£1,292.857...: -£1,292.86. Before this change only to 5 April: 64 days, -£457.14, nil after.
    # Annual: -£50.00 x 52 = -£2,600.00.
    s = _pension_from(D(2026, 2, 1))
    if path == "household":
        g = income_gain(s, horizon_months=6)
        assert [(p.before, p.after) for p in g.periods] == [(0, 0)] * 6
        assert {b.benefit: (b.weekly, b.projected) for b in g.benefit_lines} == {"pension_credit": (-5000, -129286)}
        assert (g.projected_uc, g.projected, g.annual) == (0, -129286, -260000)
    else:
        g = caseload_gains([s], horizon_months=6)
        assert g.valid.all() and g.knock_ons.projected[0].tolist() == [-129286, 0, 0]
        assert (int(g.projected[0]), int(g.annual[0])) == (-129286, -260000)


REFUSED = ("adults[1].date_of_birth: missing (expected a date of birth for an adult aged 66 on 2026-04-06, the day "
           "the outcome takes effect, on or after 6 April 2026: State Pension age now depends on it (Pensions Act "
           "2014 s 26)).")


def test_66_from_6_april_2026_is_refused_the_same_way_on_both_paths():
    # 66 on 6 April 2026: born 6 May 1959 to 5 May 1960 (for the age at the period's end, 5 May 2026), some before
    #   6 April 1960 (State Pension age 66, reached) and some after (66 and a month or more): the age does not
    #   settle it. Before this change both paths paid Universal Credit (£424.90 a period) and no Pension Credit.
    #   A case with a date of birth beside it is worked out (the caseload loses none).
    s = _pension_from(D(2026, 4, 6))
    with pytest.raises(InputError) as e:
        income_gain(s, horizon_months=6)
    assert str(e.value) == REFUSED
    ok = _pension_from(D(2026, 2, 1))
    g = caseload_gains([s, ok], horizon_months=6)
    assert g.valid.tolist() == [False, True]
    assert g.reasons[0] == REFUSED and int(g.projected[1]) == -129286


def test_held_at_66_gives_the_earliest_birth_before_6_april_2026_and_flags_later_days():
    # 66 on 1 February 2026 (period end 28 February 2026): the earliest birth, 1 March 1959 (67 on 1 March 2026);
    #   on 5 April 2026 (period end 4 May 2026): 5 May 1959. On 6 April 2026: left as given, flagged (adult 1).
    #   67 and 65 by age, and a date of birth: unchanged.
    cols = households_columns([Household(adults=Adult(age=a)) for a in (66, 66, 66, 67, 65)]
                              + [Household(adults=Adult(date_of_birth=D(1959, 6, 1)))])
    on = np.array(["2026-02-01", "2026-04-05", "2026-04-06", "2026-02-01", "2026-02-01", "2026-02-01"], "datetime64[D]")
    held, unsettled = held_at_66(cols, on)
    assert held.adult1.date_of_birth.astype("datetime64[D]").astype(str).tolist() == [
        "1959-03-01", "1959-05-05", "NaT", "NaT", "NaT", "1959-06-01"]
    assert unsettled.tolist() == [0, 0, 1, 0, 0, 0]
