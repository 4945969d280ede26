"""Qualifying young persons (issue 12 point 7): UC (SI 2013/376 reg 5) and
Child Benefit (SI 2006/223 regs 3-4), worked to the penny.

Rates: 2025/26 UC single 25 or over £400.14, first child born before
6 April 2017 £339.00; Child Benefit eldest £26.05. 2026/27 UC £424.90, first
child £351.88; Child Benefit eldest £27.05.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Adult, Caseload, Child, Household, estimate, estimate_caseload
from entitlements.errors import InputError
from entitlements.tables import Tables

TABLES = Tables.load()
D = dt.date
PARENT = Adult(age=45)


def _e(child, on):
    return estimate(Household(adults=PARENT, children=(child,)), on=on, tables=TABLES)


def test_aged_19_in_college_loses_the_element_from_the_ap_containing_1_september_2025():
    # Born 15 July 2006: 19 on 15 July 2025. Reg 5(1)(b): a qualifying young
    # person "up to, but not including, the 1st September following their
    # 19th birthday": 1 September 2025. The AP 10 July to 9 August 2025 has the
    # element (£400.14 + £339.00 = £739.14); the AP 10 August to 9 September
    # 2025 contains 1 September, and the change counts from its first day
    # (SI 2013/381 Sch 1 para 20): £400.14. (Before: any child under 20, so
    # £739.14 again.)
    yp = Child(date_of_birth=D(2006, 7, 15), education="non_advanced")
    assert _e(yp, D(2025, 7, 10)).universal_credit.award == 73914
    assert _e(yp, D(2025, 8, 10)).universal_credit.award == 40014


def test_aged_18_in_college_keeps_the_element_2026():
    # Born 1 October 2007, 18 on 31 May 2026, enrolled at college: reg
    # 5(1)(b). £424.90 + £351.88 = £776.78; Child Benefit £27.05 (reg 3).
    e = _e(Child(date_of_birth=D(2007, 10, 1), education="non_advanced"), D(2026, 5, 1))
    assert (e.universal_credit.award, e.benefits.child_benefit) == (77678, 2705)


def test_aged_17_not_in_education_is_not_a_qualifying_young_person():
    # Born 1 March 2009: past 1 September 2025 (after the 16th birthday), not
    # in education or approved training: neither reg 5(1)(a) nor (b), and no
    # Child Benefit (SI 2006/223 reg 3; reg 4 ended on 31 August 2025).
    e = _e(Child(date_of_birth=D(2009, 3, 1), education="not_in_education"), D(2026, 5, 1))
    assert (e.universal_credit.award, e.benefits.child_benefit) == (42490, 0)
    assert "reg 5" in e.render()


def test_aged_16_who_left_school_is_one_until_31_august():
    # Born 1 March 2010: 16 on 1 March 2026. Reg 5(1)(a): up to 1 September
    # 2026 whatever they do; Child Benefit to 31 August 2026 (SI 2006/223
    # reg 4(2)). AP 1 to 30 June 2026: £424.90 + £351.88 = £776.78, CB £27.05.
    e = _e(Child(date_of_birth=D(2010, 3, 1), education="not_in_education"), D(2026, 6, 1))
    assert (e.universal_credit.award, e.benefits.child_benefit) == (77678, 2705)
    # AP 1 to 30 September 2026: neither.
    e = _e(Child(date_of_birth=D(2010, 3, 1), education="not_in_education"), D(2026, 9, 1))
    assert (e.universal_credit.award, e.benefits.child_benefit) == (42490, 0)


def test_aged_19_in_college_keeps_child_benefit_to_20_after_uc_ends():
    # Born 1 October 2006: 19 on 1 October 2025. UC to 31 August 2026 (reg
    # 5(1)(b)); Child Benefit to the 20th birthday, 1 October 2026 (SI
    # 2006/223 reg 3(1)). AP beginning 5 September 2026: no element (£424.90),
    # Child Benefit £27.05 for the week of 5 September.
    e = _e(Child(date_of_birth=D(2006, 10, 1), education="approved_training"), D(2026, 9, 5))
    assert (e.universal_credit.award, e.benefits.child_benefit) == (42490, 2705)


def test_child_benefit_31_august_birthday_runs_to_1_september():
    # SI 2006/223 reg 4(3): 16 on 31 August 2026, left education: Child
    # Benefit while "the 1st September immediately following has not passed".
    from entitlements.benefits.qualifying_young_person import child_benefit_qualifying
    from entitlements.columns import household_columns

    kids = household_columns(Household(adults=PARENT, children=(Child(date_of_birth=D(2010, 8, 31), education="not_in_education"),))).children
    assert [bool(child_benefit_qualifying(kids, D(2026, m, d))[0]) for m, d in ((9, 1), (9, 2))] == [True, False]


def test_education_not_given_where_it_decides_is_asked_for():
    with pytest.raises(InputError, match=r"children\[1\]\.education"):
        _e(Child(date_of_birth=D(2009, 3, 1)), D(2026, 5, 1))
    # Under 16, or 16 before the 1 September after: not asked.
    assert _e(Child(date_of_birth=D(2010, 3, 1)), D(2026, 6, 1)).universal_credit.award == 77678


def test_the_first_child_higher_amount_passes_to_the_next_eldest():
    # Eldest born 2006 (not in education, aged 20 in 2026? no: 19, past her
    # 1 September), second born 2015: the second is now the first child or
    # qualifying young person, born before 6 April 2017: £351.88, not £303.94.
    kids = (Child(date_of_birth=D(2007, 3, 1), education="not_in_education"), Child(date_of_birth=D(2015, 5, 1)))
    e = estimate(Household(adults=PARENT, children=kids), on=D(2026, 5, 1), tables=TABLES)
    assert e.universal_credit.calculation.child_element == 35188


def test_caseload_reads_child_education_and_matches_one_household():
    rows = [
        {"adult1_age": "45", "child1_date_of_birth": "2006-07-15", "child1_education": "non_advanced"},
        {"adult1_age": "45", "child1_date_of_birth": "2009-03-01", "child1_education": "not_in_education"},
        {"adult1_age": "45", "child1_date_of_birth": "2009-03-01"},
    ]
    r = estimate_caseload(Caseload.from_records(rows), on=D(2025, 7, 10))
    # Row 3's young person (16, past 1 September 2025? no: the AP ends 9
    # August 2025, before it) is a qualifying young person whatever the
    # education: reg 5(1)(a).
    assert r.valid.tolist() == [True, True, True]
    assert r.award.tolist() == [73914, 73914, 73914]
    later = estimate_caseload(Caseload.from_records(rows), on=D(2025, 9, 10))
    assert later.valid.tolist() == [True, True, False]
    assert later.award.tolist()[:2] == [40014, 40014]


def test_born_on_1_september_the_1_september_following_the_16th_birthday_is_a_year_later():
    # Reg 5(1)(a): "up to, but not including, the 1st September following their 16th birthday". Born
    # 1 September 2008, 16 on 1 September 2024: the birthday is not a 1 September "following" itself, so the
    # young person counts to 31 August 2025 (the school year of the 16th birthday, as for the classmates born
    # to 31 August 2009). UC 2025-26, single 25 or over £400.14 + first child born before 6 April 2017 £339.00 =
    # £739.14 in the AP 20 July - 19 August 2025; in the AP 20 August - 19 September 2025 (it contains
    # 1 September 2025) £400.14.
    yp = Child(date_of_birth=D(2008, 9, 1), education="not_in_education")
    assert _e(yp, D(2025, 7, 20)).universal_credit.award == 73914
    assert _e(yp, D(2025, 8, 20)).universal_credit.award == 40014


@pytest.mark.parametrize("born, days", [
    # 16th, 19th and 20th birthdays on 1 September 2024, 2027 and 2028: the first 1 September strictly after
    # the 16th (2025) and the day after it (reg 4(3)), the first after the 19th (2028), the 20th birthday.
    ("2008-09-01", ("2024-09-01", "2027-09-01", "2028-09-01",
                    ["2025-09-01", "2025-09-02", "2028-09-01", "2028-09-01"])),
    # Born a day earlier: the 16th birthday is 31 August 2024, so the next day, 1 September 2024, follows it.
    ("2008-08-31", ("2024-08-31", "2027-08-31", "2028-08-31",
                    ["2024-09-01", "2024-09-02", "2027-09-01", "2028-08-31"])),
])
def test_status_change_days_a_birthday_on_1_september_is_not_the_1_september_after_it(born, days):
    # Mutant killed (sample 8): _first_september_after_days `d < sep1` -> `d <= sep1` (the caseload projection then
    # kept the element past 1 September 2025 for the young person born on 1 September 2008, below).
    from entitlements.benefits.qualifying_young_person import status_change_days

    n = [np.datetime64(d, "D").astype(np.int64) for d in days[:3]]
    got = status_change_days(*n).astype("datetime64[D]").astype(str).tolist()
    assert got == days[3], born


@pytest.mark.parametrize("dob, education, changes", [
    (D(2009, 3, 1), "not_in_education", True),   # leaves on 31 August 2025 (reg 5(1)(a)); Child Benefit too
    # 1 September 2025 after the 19th birthday (reg 5(1)(b)): the next child
    # takes the first place (two-child limit), Child Benefit runs to 20: the
    # cap's reduction does not change, and the projection must not either.
    (D(2006, 7, 15), "non_advanced", False),
    (D(2009, 8, 31), "not_in_education", True),  # Child Benefit reg 4(3): to 1 September 2025
    # Born 1 September 2008: 16 on 1 September 2024, and the 1 September "following" that birthday is the
    # next one, 1 September 2025 (not the birthday itself): a qualifying young person to 31 August 2025, so
    # the element goes from the AP 20 August - 19 September 2025 (its last day is past 31 August).
    (D(2008, 9, 1), "not_in_education", True),
])
def test_gain_projection_over_1_september_equals_one_household(dob, education, changes):
    # A young person's status ends within the projection: the columnar
    # projection cuts its runs there and agrees with the one-household path.
    from entitlements.gain import Outcome, Scenario, income_gain
    from entitlements.gain.caseload import caseload_gains

    kids = (Child(date_of_birth=dob, education=education), Child(date_of_birth=D(2016, 1, 1)),
            Child(date_of_birth=D(2018, 1, 1)), Child(date_of_birth=D(2019, 1, 1)), Child(date_of_birth=D(2020, 1, 1)))
    # Capped (no exemption) until the outcome, a benefit cap exemption, so the
    # gain is the cap's reduction, which the young person's element changes.
    from entitlements.household import Housing

    h = Household(adults=Adult(age=45), children=kids,
                  housing=Housing(tenure="social_rent", rent=110000, bedrooms=4))
    s = Scenario(household=h, claim_start=D(2025, 5, 20),
                 outcomes=(Outcome(kind="benefit_cap_exemption", reason="grace_period", effective=D(2025, 6, 1),
                                   decided=D(2025, 6, 1), confirmed=True),))
    one = income_gain(s, horizon_months=8)
    many = caseload_gains([s], horizon_months=8)
    assert many.valid.tolist() == [True]
    assert (len({p.after - p.before for p in one.periods}) > 1) == changes   # the reduction changes within it
    assert (int(many.projection.projected_uc[0]), int(many.projection.arrears_uc[0]), int(many.annual[0])) == (
        one.projected_uc, one.arrears_uc, one.annual)


def test_no_education_asked_in_the_period_ending_on_the_1_september_after_the_19th_birthday():
    """Born 15 October 2006: 19 on 15 October 2025, so the 1 September after
    the 19th birthday is 1 September 2026. Reg 5(1)(b): a qualifying young
    person only "up to, but not including, the 1st September following" the
    19th birthday, so in the AP 2 August - 1 September 2026 (whose last day
    is that 1 September) the 19-year-old is not one whatever the education,
    and with Child Benefit not claimed nothing else turns on it: the
    education is not asked for, on the one-household path or in a caseload.
    (Issue 21, mutation sample 6: the caseload's `end < upper` made `<=`
    asked for it in exactly this period.)

    The gain: PIP daily living at the standard rate, £76.70 a week in
    2026-27, changes no UC element for a single claimant with no child
    counted (no cap reached): annual, weekly x 52, 7,670 x 52 = £3,988.40."""
    from entitlements.gain import Outcome, Scenario, income_gain
    from entitlements.gain.caseload import caseload_gains

    h = Household(adults=Adult(age=45), children=(Child(date_of_birth=D(2006, 10, 15)),), child_benefit_claimed=False)
    s = Scenario(household=h, claim_start=D(2026, 8, 2),
                 outcomes=(Outcome(kind="pip_awarded", pip_daily_living="standard", effective=D(2026, 8, 2),
                                   decided=D(2026, 8, 20), confirmed=True),))
    one = income_gain(s, horizon_months=3)
    many = caseload_gains([s], horizon_months=3)
    assert many.valid.tolist() == [True], many.reasons
    assert (one.annual, int(many.annual[0])) == (398840, 398840)
