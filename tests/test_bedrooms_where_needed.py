"""A social renter's bedrooms are asked for only where they can matter.

The bedrooms decide the under-occupancy deduction in Universal Credit's housing costs element (SI 2013/376 Sch 4
para 36). Pension-age Housing Benefit has no size criteria (the social sector size criteria are reg B13 of the
working-age regulations, SI 2006/213, inserted by SI 2012/3040; SI 2006/214 has none), and Universal Credit is not
paid where every claimant is over the qualifying age for Pension Credit (WRA 2012 s 4(1)(b)) or to a mixed-age couple
protected by SI 2019/37 art 4. Before 2026-12-07 every social renter had to give ``bedrooms`` (``--bedrooms``), a
pensioner too. Now the estimate, the caseload, the benefit check and the income gain ask for it where Universal Credit
can be paid: a working-age social renter, or a mixed-age couple on Universal Credit.

Figures, 2026-27: standard minimum guarantee £238.00 (SI 2026/148 art 29): a single pensioner of 75 with no income
gets guarantee credit of £238.00 a week, which passports maximum Housing Benefit, the whole eligible rent (SI 2006/214
reg 26): £100.00 a week.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from entitlements import Adult, Household, Housing, InputError, benefit_check, caseload_gains, estimate, estimate_caseload, income_gain
from entitlements.gain.outcomes import Outcome, Scenario
from entitlements.io.schema import SCHEMAS

DEC_2026 = dt.date(2026, 12, 7)
EXE = Path(sys.executable).parent / "entitlements"


def _social(*ages: int, bedrooms=None, **kw) -> Household:
    return Household(adults=tuple(Adult(age=a) for a in ages), **kw,
                     housing=Housing(tenure="social_rent", rent=10000, rent_period="week", bedrooms=bedrooms))


def test_a_social_renting_pensioner_needs_no_bedrooms_2026():
    # Guarantee credit £238.00 (no income); HB the whole rent, £100.00: £338.00 a week. With 3 bedrooms the same
    # (no size criteria at pension age).
    e = estimate(_social(75), on=DEC_2026)
    assert (int(e.benefits.pension_credit.award), int(e.benefits.housing_benefit.award), e.total_weekly) == (23800, 10000, 33800)
    assert estimate(_social(75, bedrooms=3), on=DEC_2026).total_weekly == 33800
    assert benefit_check(_social(75), on=DEC_2026).with_claims_weekly == 33800


def test_a_protected_mixed_age_couple_needs_no_bedrooms_2026():
    # SI 2019/37 art 4: Pension Credit and pension-age HB, no UC: the bedrooms are not read.
    e = estimate(_social(75, 40, mixed_age_protected=True), on=DEC_2026)
    assert int(e.universal_credit.award) == 0 and int(e.benefits.housing_benefit.award) == 10000


@pytest.mark.parametrize("ages", [(40,), (75, 40)], ids=["working_age", "mixed_age_couple_on_uc"])
def test_a_social_renter_on_uc_is_asked_the_bedrooms(ages):
    with pytest.raises(InputError, match=r"^housing\.bedrooms: missing \(expected the number of bedrooms in the home, "
                                         r"for a social renter on Universal Credit"):
        estimate(_social(*ages), on=DEC_2026)
    with pytest.raises(InputError, match="housing.bedrooms"):
        benefit_check(_social(*ages), on=DEC_2026)
    assert estimate(_social(*ages, bedrooms=1), on=DEC_2026).total_weekly > 0


def test_caseload_asks_only_the_rows_on_uc():
    c = estimate_caseload([_social(75), _social(40), _social(75, 40), _social(40, bedrooms=1)], on=DEC_2026)
    assert c.valid.tolist() == [True, False, False, True]
    assert [(e.row, e.field) for e in c.caseload.errors] == [(2, "housing_bedrooms"), (3, "housing_bedrooms")]
    assert int(c.benefits.housing_benefit.award[0]) == 10000


def _gain(h: Household) -> Scenario:
    return Scenario(household=h, claim_start=dt.date(2026, 5, 1), outcomes=(Outcome(
        kind="benefit_claimed", benefit="other", weekly_amount=1000, effective=dt.date(2026, 5, 1), confirmed=True),))


def test_income_gain_asks_the_bedrooms_only_on_uc_both_paths():
    # The pensioner: £10.00 a week of another benefit, £520.00 a year. The working-age renter is refused on both paths.
    assert income_gain(_gain(_social(75))).annual == 52000
    with pytest.raises(InputError, match="housing.bedrooms"):
        income_gain(_gain(_social(40)))
    g = caseload_gains([_gain(_social(75)), _gain(_social(40))])
    assert g.valid.tolist() == [True, False] and int(g.annual[0]) == 52000
    assert str(g.projection.reasons[1]).startswith("housing_bedrooms: give the number of bedrooms")


def test_the_schema_and_the_command_accept_a_pensioner_without_bedrooms():
    jsonschema.validate({"adults": [{"age": 75}], "housing": {"tenure": "social_rent", "rent": 100}}, SCHEMAS["household"]())
    ok = subprocess.run([str(EXE), "estimate", "--age", "75", "--social", "--rent", "100/week", "--on", "2026-12-07"],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "£338.00" in ok.stdout
    bad = subprocess.run([str(EXE), "estimate", "--age", "40", "--social", "--rent", "100/week", "--on", "2026-12-07"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1 and "--bedrooms" in bad.stderr


def _moves_to_social(age: int, **after) -> Scenario:
    # A private renter (Coventry, £500.00 a month, under the one-bedroom LHA) moves to a social let at £450.00 a month.
    h = Household(adults=(Adult(age=age),), housing=Housing(tenure="private_rent", rent=50000, rent_period="month",
                                                            brma="Coventry"))
    changes = {"housing_tenure": "social_rent", "housing_rent": 45000, **after}
    return Scenario(household=h, claim_start=dt.date(2026, 5, 1), outcomes=(Outcome(
        kind="housing_change", effective=dt.date(2026, 6, 1), confirmed=True, changes=changes),))


def test_a_housing_change_to_social_rent_asks_the_bedrooms_both_paths_2026():
    # Before 2026-12-07 the change was not re-checked: without bedrooms the gain came out as if there were no
    # under-occupancy (-£600.08 a year) in silence. Now one household: a one-line error naming the change's field.
    with pytest.raises(InputError, match=r"^outcome 1 \(housing_change\), changes\.housing_bedrooms: missing \(expected "
                                         r"the number of bedrooms") as e:
        income_gain(_moves_to_social(40))
    assert e.value.field == "changes.housing_bedrooms" and "\n" not in str(e.value)
    # The caseload: that row fails naming the column, the others are projected.
    g = caseload_gains([_moves_to_social(40), _moves_to_social(40, housing_bedrooms=1)])
    assert list(g.valid) == [False, True]
    assert str(g.projection.reasons[0]).startswith("after_housing_bedrooms: give the number of bedrooms")


def test_a_housing_change_to_social_rent_with_bedrooms_counts_them_2026():
    # UC housing costs element, single, 40: before £500.00 (under the LHA), after £450.00. One bedroom needed (SI
    # 2013/376 Sch 4 para 10): with 1, no deduction: -£50.00 a month, x 12 / 52 = -£11.538 -> -£11.54 a week, x 52 =
    # -£600.08 a year. With 2, one more than needed: 14% off (Sch 4 para 36(3)(a)): £450.00 x 14% = £63.00, so
    # £387.00: -£113.00 a month, x 12 / 52 = -£26.077 -> -£26.08 a week, x 52 = -£1,356.16 a year.
    for bedrooms, annual in ((1, -60008), (2, -135616)):
        s = _moves_to_social(40, housing_bedrooms=bedrooms)
        assert income_gain(s).annual == annual
        assert int(caseload_gains([s]).annual[0]) == annual


def test_a_pensioner_moving_to_social_rent_needs_no_bedrooms_2026():
    # 75: no UC (WRA 2012 s 4(1)(b)), Housing Benefit has no size criteria at pension age: not asked, both paths.
    income_gain(_moves_to_social(75))
    assert caseload_gains([_moves_to_social(75)]).valid.all()
