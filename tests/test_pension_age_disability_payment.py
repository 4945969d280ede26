"""A Scottish pensioner's Attendance Allowance outcome named Pension Age
Disability Payment from 22 April 2025, on the one-household and caseload
paths alike (:mod:`entitlements.gain._supplements`).

The Disability Assistance for Older People (Scotland) Regulations 2024
(SSI 2024/166), read in the legislation mirror: claims were limited to named
council areas during the "initial period for applications", 21 October 2024
to 21 April 2025 (reg 50(2)-(3)), so from 22 April 2025 every area of
Scotland; the weekly rates as made (reg 26(1): lower £72.65, higher £108.55)
are Attendance Allowance's of 2024-25 (SI 2024/242), and the gain reads
``aa.rates`` for it: higher rate £110.40 from 7 April 2025 (SI 2025/295),
£114.60 from 6 April 2026 (SI 2026/148).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, caseload_gains, income_gain
from entitlements.gain import Outcome, Scenario
from entitlements.gain._supplements import PADP_FROM, pension_age_disability_payment
from entitlements.gain.caseload import BENEFIT_NAMES
from entitlements.gain.summary import BENEFIT_ORDER
from entitlements.tables import default_tables

T = default_tables()
D = dt.date
EPOCH = D(1970, 1, 1)


def _pensioner(nation: str, effective: dt.date, rate: str = "higher") -> Scenario:
    la = {"scotland": "Glasgow City", "england": "Coventry"}[nation]
    h = Household(adults=(Adult(age=75),), nation=nation, local_authority=la)
    return Scenario(household=h, claim_start=effective, outcomes=(
        Outcome(kind="benefit_claimed", benefit="attendance_allowance", aa_rate=rate, effective=effective,
                adult=1, confirmed=True),))


def _lines(g):
    return {b.benefit: b for b in g.benefit_lines}


def test_the_whole_of_scotland_day_is_the_day_after_the_initial_period():
    # SSI 2024/166 reg 50(2): the initial period ends with 21 April 2025.
    assert PADP_FROM == D(2025, 4, 22)
    assert pension_age_disability_payment(True, D(2025, 4, 22))
    assert not pension_age_disability_payment(True, D(2025, 4, 21))
    assert not pension_age_disability_payment(False, D(2026, 1, 1))


def test_glasgow_pensioner_higher_rate_from_june_2025_is_padp_at_the_aa_rate():
    s = _pensioner("scotland", D(2025, 6, 1))
    scot, eng = income_gain(s), income_gain(_pensioner("england", D(2025, 6, 1)))
    lines = _lines(scot)
    assert "attendance_allowance" not in lines
    padp = lines["pension_age_disability_payment"]
    # The higher rate on 1 June 2025: £110.40, AA's row from 7 April 2025 (SI 2025/295).
    assert T.at("aa.rates", D(2025, 6, 1), "higher") == 11040 == padp.weekly
    # 1 June 2025 to 31 May 2026: 309 days to 5 April 2026 at £110.40, 309 x 11040 / 7 = 487337.14, and
    # 56 days from 6 April at £114.60, 56 x 11460 / 7 = 91680: 579017.14 -> 579017, as Attendance Allowance.
    assert padp.projected == 579017 == _lines(eng)["attendance_allowance"].projected
    assert "SSI 2024/166 reg 26(1)" in padp.source and "SI 2025/295" in padp.source
    # Only the name differs: the household's gain is England's to the penny (£110.40 x 52 = £5,740.80 of it).
    assert (scot.projected, scot.annual, scot.arrears) == (eng.projected, eng.annual, eng.arrears)
    # The caseload path names it alike, in the row, the summary by benefit and the report's label.
    g = caseload_gains([s])
    assert (int(g.projected[0]), int(g.annual[0]), int(g.arrears[0])) == (scot.projected, scot.annual, scot.arrears)
    assert next(iter(g.rows()))["benefit"] == "pension_age_disability_payment"
    by = g.summary()["annual_gain_by_benefit_pence"]
    assert by["pension_age_disability_payment"] == 574080 and "attendance_allowance" not in by
    assert "Pension Age Disability Payment (Scotland)" in g._repr_html_()


def test_the_same_pensioner_in_england_stays_attendance_allowance():
    s = _pensioner("england", D(2025, 6, 1))
    assert set(_lines(income_gain(s))) == {"attendance_allowance", "pension_credit"}
    g = caseload_gains([s])
    assert next(iter(g.rows()))["benefit"] == "attendance_allowance"
    assert g.summary()["annual_gain_by_benefit_pence"]["attendance_allowance"] == 574080  # 11040 x 52


def test_a_scottish_award_before_the_rollout_stays_attendance_allowance():
    # Effective 21 April 2025, the last day of the initial period: Attendance Allowance on both paths.
    s = _pensioner("scotland", D(2025, 4, 21))
    lines = _lines(income_gain(s))
    assert "attendance_allowance" in lines and "pension_age_disability_payment" not in lines
    assert "SSI 2024/166" not in lines["attendance_allowance"].source
    g = caseload_gains([s])
    assert next(iter(g.rows()))["benefit"] == "attendance_allowance"
    assert "pension_age_disability_payment" not in g.summary()["annual_gain_by_benefit_pence"]


def test_summary_order_and_label():
    i = BENEFIT_ORDER.index("attendance_allowance")
    assert BENEFIT_ORDER[i + 1] == "pension_age_disability_payment"
    assert BENEFIT_NAMES["pension_age_disability_payment"] == "Pension Age Disability Payment (Scotland)"


@given(st.lists(st.tuples(st.booleans(), st.integers(19000, 21000)), min_size=1, max_size=20))
def test_scalar_equals_array(rows):
    scot = np.array([r[0] for r in rows])
    days = np.array([r[1] for r in rows], np.int64)
    arr = pension_age_disability_payment(scot, days)
    one = [pension_age_disability_payment(s, EPOCH + dt.timedelta(days=int(d))) for s, d in rows]
    assert arr.tolist() == one


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(["scotland", "england", "wales"]), st.integers(0, 600), st.sampled_from(["lower", "higher"]))
def test_both_paths_name_the_line_alike(nation, offset, rate):
    # Effective days from 1 January 2025 to 24 August 2026, either side of 22 April 2025.
    effective = D(2025, 1, 1) + dt.timedelta(days=offset)
    if nation == "wales":
        s = Scenario(household=Household(adults=(Adult(age=75),), nation="wales"), claim_start=effective, outcomes=(
            Outcome(kind="benefit_claimed", benefit="attendance_allowance", aa_rate=rate, effective=effective,
                    adult=1, confirmed=True),))
    else:
        s = _pensioner(nation, effective, rate)
    one = income_gain(s)
    names = [b.benefit for b in one.benefit_lines if b.benefit != "pension_credit"]
    expect = "pension_age_disability_payment" if nation == "scotland" and effective >= D(2025, 4, 22) \
        else "attendance_allowance"
    assert names == [expect]
    g = caseload_gains([s])
    assert next(iter(g.rows()))["benefit"] == expect
    assert (int(g.projected[0]), int(g.annual[0])) == (one.projected, one.annual)


# --- The benefit check: a Scottish pensioner's care needs point to Pension Age Disability Payment --------------

def _check_found(nation: str, on: dt.date):
    from entitlements.check import Circumstances, check

    h = Household(adults=Adult(age=80, state_pension_weekly=20000), nation=nation)
    bc = check(h, on=on, claims=["pension_credit"], circumstances=Circumstances(care_needs_day_and_night=(1,)))
    return {f.id: f for f in bc.findings}


def test_check_scottish_pensioner_care_day_and_night_padp_at_aa_value():
    # As in England (tests/test_check.py): the higher rate £114.60 (aa.rates from 6 April 2026) + Pension Credit's
    # severe disability addition £86.05 = £200.65 a week; only the finding's name and wording differ.
    scot, eng = _check_found("scotland", D(2026, 6, 1)), _check_found("england", D(2026, 6, 1))
    assert "attendance_allowance_1" not in scot and "pension_age_disability_payment_1" not in eng
    f = scot["pension_age_disability_payment_1"]
    assert f.weekly == 20065 == eng["attendance_allowance_1"].weekly
    assert "Social Security Scotland" in f.action and any("SSI 2024/166" in c for c in f.legal_basis)


def test_check_scottish_pensioner_before_the_rollout_attendance_allowance():
    # Checked on 21 April 2025, the last day of the initial period: the claim would be for Attendance Allowance.
    # £110.40 + the severe disability addition £82.90 (2025-26) = £193.30.
    f = _check_found("scotland", D(2025, 4, 21))
    assert "pension_age_disability_payment_1" not in f and f["attendance_allowance_1"].weekly == 19330
