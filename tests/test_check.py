"""The benefit check (issue 16): worked examples to the penny, and properties.

Every expected figure is worked by hand from the rates in force in June 2026
(written in each comment, with the provision): the check's values must be
the engine's differences, never a headline rate, and these examples hold
them to what the law gives.

Rates used (assessment periods / benefit weeks from 6 April 2026):
UC standard allowance single 25+ £424.90, joint 25+ £666.97 (SI 2026/113
reg 3(3)(a)); carer element £209.34, child element £303.94 (child born after
6 April 2017), work allowance higher £710 / lower £427 (SI 2026/148 art 32,
Sch 13); LCWRA element new claimant £217.26 (UC Act 2025 s 2); taper 55%
(SI 2013/376 reg 22); childcare 85% (reg 34); Carer's Allowance £86.45,
AA lower £76.70, PIP daily living standard £76.70, mobility standard £30.30
(SI 2026/148 Sch 1, art 15); Pension Credit standard minimum guarantee
£238.00 single / £363.25 couple, carer addition £48.15, severe disability
addition £86.05 (SI 2026/148 art 29; SI 2002/1792 Sch I); Child Benefit
£27.05 / £17.90 (2026 order, unverified row); Scottish Child Payment £28.20
(from 1 April 2026); prescription item £9.90, 12-month PPC £114.50; Warm Home
Discount £150; TV licence £180.

Conversions (the engine's): a month from a week x 52 / 12, a week from a
month x 12 / 52, each rounded half up; a year is the week x 52.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from entitlements import Adult, Child, Household, Housing, estimate
from entitlements.check import CANDIDATES, CERTAINTIES, Circumstances, Claims, check
from entitlements.check.candidates import candidate
from entitlements.errors import InputError
from entitlements.money import divide_half_up, weekly_to_monthly

ON = dt.date(2026, 6, 1)


def found(bc):
    return {f.id: f for f in bc.findings}


def money(f):
    return (f.weekly, f.monthly, f.annual)


# -- pensioners ---------------------------------------------------------------


def test_pensioner_70_not_claiming_pension_credit_state_pension_170():
    # Guarantee credit £238.00 - State Pension £170.00 = £68.00 a week
    # (SPCA 2002 s 2; SI 2002/1792 reg 6(1)(b)). Month 68.00 x 52 / 12 =
    # 294.666.. = £294.67; year 68.00 x 52 = £3,536.00. Backdated 3 months
    # "beginning with" (SI 1987/1968 reg 19(2)): claim 1 June 2026 reaches
    # 2 March 2026, 91 days: 91 x 68.00 / 7 = £884.00.
    bc = check(Household(adults=Adult(age=70, state_pension_weekly=17000)), on=ON)
    f = found(bc)["pension_credit"]
    assert money(f) == (6800, 29467, 353600)
    assert (f.certainty, f.arrears) == ("claim_needed", 88400)
    assert "warm_home_discount" in f.passports and "free_tv_licence" in f.passports
    assert bc.findings[0].id == "pension_credit"
    # Guarantee credit passports to the Warm Home Discount (core group 1):
    # £150 a year; a week 150 / 52 = 2.884.. = £2.88, a month £12.50.
    whd = found(bc)["warm_home_discount"]
    assert (whd.annual, whd.weekly, whd.monthly, whd.certainty) == (15000, 288, 1250, "claim_needed")
    assert "free_tv_licence" not in found(bc)  # 70: not yet 75


def test_pensioner_76_pension_credit_passports_free_tv_licence():
    # 76 and Pension Credit: the licence fee £180.00 a year; a week
    # 180 / 52 = 3.4615 = £3.46; a month £15.00.
    bc = check(Household(adults=Adult(age=76, state_pension_weekly=17000)), on=ON)
    tv = found(bc)["free_tv_licence"]
    assert (tv.annual, tv.weekly, tv.monthly, tv.certainty) == (18000, 346, 1500, "claim_needed")
    assert money(found(bc)["pension_credit"]) == (6800, 29467, 353600)


def test_pensioner_claiming_pension_credit_finds_tv_licence_entitled():
    bc = check(Household(adults=Adult(age=76, state_pension_weekly=17000)), on=ON, claims=["pension_credit"])
    assert "pension_credit" not in found(bc)
    assert found(bc)["free_tv_licence"].certainty == "claim_needed"  # applied for, with the award: it stays a claim
    assert found(bc)["warm_home_discount"].certainty == "entitled"
    assert bc.received_weekly == 6800


def test_pensioner_couple_not_claiming_pension_credit():
    # Couple guarantee £363.25 - (£170.00 + £120.00) = £73.25 a week; month
    # 73.25 x 52 / 12 = 317.4166 = £317.42; year £3,809.00; arrears 91 days
    # x 73.25 / 7 = £952.25.
    h = Household(adults=(Adult(age=70, state_pension_weekly=17000), Adult(age=72, state_pension_weekly=12000)))
    f = found(check(h, on=ON))["pension_credit"]
    assert money(f) == (7325, 31742, 380900)
    assert f.arrears == 95225


def test_pensioner_80_with_care_needs_attendance_allowance_adds_severe_disability_addition():
    # AA lower £76.70 (day or night care) and, with it, Pension Credit's
    # severe disability addition £86.05 (SI 2002/1792 Sch I Pt I para 1: a
    # qualifying benefit, no one caring for pay): the value is £162.75 a week,
    # not the £76.70 rate. Month 162.75 x 52 / 12 = 705.25; year £8,463.00.
    # No published AA success rate: not discounted (probability 1). No
    # backdating of AA (SSCBA 1992 s 65(4)).
    h = Household(adults=Adult(age=80, state_pension_weekly=20000))
    bc = check(h, on=ON, claims=["pension_credit"], circumstances=Circumstances(care_needs=(1,)))
    f = found(bc)["attendance_allowance_1"]
    assert money(f) == (16275, 70525, 846300)
    assert (f.certainty, f.probability, f.arrears) == ("assessment_needed", Fraction(1), 0)
    # Pension Credit now: 238.00 - 200.00 = £38.00 a week received.
    assert bc.received_weekly == 3800


def test_pensioner_80_care_day_and_night_attendance_allowance_higher():
    # AA higher £114.60 + severe disability addition £86.05 = £200.65 a week.
    h = Household(adults=Adult(age=80, state_pension_weekly=20000))
    bc = check(h, on=ON, claims=["pension_credit"], circumstances=Circumstances(care_needs_day_and_night=(1,)))
    assert found(bc)["attendance_allowance_1"].weekly == 20065


def test_pensioner_carer_state_pension_overlaps_but_carer_addition_follows():
    # Carer's Allowance £86.45 is overlapped by State Pension £200.00 (SI
    # 1979/597 reg 4): nil paid, but the underlying entitlement gives Pension
    # Credit's carer addition £48.15 (Sch I Pt II para 4). Pension Credit with
    # the claim: 238.00 + 48.15 - 200.00 = £86.15; the claim's value, every
    # other claim made: £48.15 a week; month 48.15 x 52 / 12 = 208.65; year
    # £2,503.80. Backdated 3 months: 91 x 48.15 / 7 = £625.95.
    h = Household(adults=Adult(age=70, state_pension_weekly=20000, carer=True))
    f = found(check(h, on=ON))
    assert money(f["carers_allowance_1"]) == (4815, 20865, 250380)
    assert f["carers_allowance_1"].arrears == 62595
    assert f["pension_credit"].weekly == 8615
    assert any("takes most of it back" in n for n in f["carers_allowance_1"].notes)


def test_wales_pensioner_no_prescription_finding_but_warm_home_discount():
    # Prescriptions are free for everyone in Wales (SI 2007/121 (W.11) reg 3):
    # nothing to find. Pension Credit £68.00 as in England.
    h = Household(adults=Adult(age=70, state_pension_weekly=17000), nation="wales")
    f = found(check(h, on=ON))
    assert "free_prescriptions" not in f
    assert money(f["pension_credit"]) == (6800, 29467, 353600)
    assert f["warm_home_discount"].annual == 15000


def test_mixed_age_couple_universal_credit_not_pension_credit():
    # One partner 68 (over State Pension age), one 60: a mixed-age couple
    # claims UC, not Pension Credit (WRA 2012 s 4(1A)). Joint allowance
    # £666.97 - State Pension 100.00 x 52 / 12 = £433.33 = £233.64 a month;
    # week 233.64 x 12 / 52 = 53.9169 = £53.92; year £2,803.84. No
    # backdating of UC without a listed reason (SI 2013/380 reg 26).
    h = Household(adults=(Adult(age=68, state_pension_weekly=10000), Adult(age=60)))
    f = found(check(h, on=ON))
    assert money(f["universal_credit"]) == (5392, 23364, 280368)  # £233.64 x 12
    assert f["universal_credit"].arrears == 0
    assert "pension_credit" not in f


# -- carers -------------------------------------------------------------------


def test_carer_on_uc_carers_allowance_absorbed_value_near_zero_and_said():
    # UC now £424.90 + carer element £209.34 = £634.24. With Carer's
    # Allowance £86.45 a week, UC counts 86.45 x 52 / 12 = £374.62 as income:
    # UC £259.62. Week: 86.45 + 259.62 x 12 / 52 (= 59.91) = 146.36, as
    # before (634.24 x 12 / 52 = 146.36): a gain of nil. Said so.
    h = Household(adults=Adult(age=40, carer=True))
    f = found(check(h, on=ON, claims=["universal_credit"]))["carers_allowance_1"]
    assert money(f) == (0, 0, 0)
    assert f.certainty == "claim_needed"
    assert any("no better off" in n and "takes it all back" in n for n in f.notes)


def test_carer_with_capital_over_uc_limit_carers_allowance_in_full():
    # Capital £20,000: over the £16,000 limit, no UC (SI 2013/376 reg 18);
    # Carer's Allowance is not means-tested: £86.45 a week in full; month
    # 86.45 x 52 / 12 = 374.6166 = £374.62; year £4,495.40. Backdated 3
    # months: 91 x 86.45 / 7 = £1,123.85.
    h = Household(adults=Adult(age=50, carer=True), capital=2_000_000)
    f = found(check(h, on=ON))["carers_allowance_1"]
    assert money(f) == (8645, 37462, 449540)
    assert f.arrears == 112385
    assert not f.notes


def test_carer_earning_over_the_limit_no_carers_allowance_finding():
    # Net earnings £1,000 a month: 1000 x 12 / 52 = £230.77 a week, over the
    # £204 limit (SI 1976/409 reg 8): no entitlement, nothing found.
    h = Household(adults=Adult(age=40, carer=True, monthly_earnings=100000))
    assert "carers_allowance_1" not in found(check(h, on=ON, claims=["universal_credit"]))


def test_uc_carer_element_missing_from_award():
    # The carer element £209.34 a month, not in the award: week 209.34 x 12 /
    # 52 = 48.3092 = £48.31. (Claiming Carer's Allowance too changes nothing:
    # UC takes it back.) Year 48.31 x 52 = £2,512.12.
    h = Household(adults=Adult(age=40, carer=True))
    bc = check(h, on=ON, claims=Claims(universal_credit=True, uc_elements_missing=("carer_1",)))
    f = found(bc)["uc_carer_element_1"]
    assert (f.weekly, f.annual) == (4831, 251208)  # £209.34 x 12
    # Received now: £424.90 x 12 / 52 = 98.0538 = £98.05 a week.
    assert bc.received_weekly == 9805


# -- families -----------------------------------------------------------------

KIDS = (Child(date_of_birth=dt.date(2019, 5, 1)), Child(date_of_birth=dt.date(2021, 7, 1)))


def test_family_not_claiming_child_benefit_no_charge():
    # £27.05 eldest + £17.90 other = £44.95 a week (SI 2006/965 reg 2);
    # month 44.95 x 52 / 12 = 194.7833 = £194.78; year £2,337.40. Backdated
    # 3 months: 91 x 44.95 / 7 = £584.35.
    h = Household(adults=(Adult(age=35), Adult(age=35, monthly_earnings=300000)), children=KIDS, child_benefit_claimed=False)
    f = found(check(h, on=ON, claims=["universal_credit"]))["child_benefit"]
    assert money(f) == (4495, 19478, 233740)
    assert f.arrears == 58435


def test_family_not_claiming_child_benefit_with_high_income_charge():
    # Adjusted net income £70,000: (70,000 - 60,000) / 200 = 50%
    # (ITEPA 2003 s 681C). The tax year 2026-27 has 53 Mondays from 6 April
    # 2026: Child Benefit 53 x 44.95 = £2,382.35, £2,382 in whole pounds;
    # charge 50% = £1,191.00. Year 2,337.40 - 1,191.00 = £1,146.40.
    h = Household(adults=(Adult(age=35), Adult(age=35, monthly_earnings=450000)), children=KIDS,
                  child_benefit_claimed=False, adjusted_net_income_annual=7_000_000)
    f = found(check(h, on=ON))["child_benefit"]
    assert (f.weekly, f.annual) == (4495, 114640)
    assert any("High Income Child Benefit Charge £1,191.00" in n for n in f.notes)


def test_family_income_over_80000_child_benefit_all_charged():
    # Adjusted net income £80,000: 100%: charge £2,382.00; year
    # 2,337.40 - 2,382.00 = -£44.60 (the charge counts 53 weeks): the
    # finding stays (claim and opt out, for National Insurance credits).
    h = Household(adults=(Adult(age=35), Adult(age=35, monthly_earnings=500000)), children=KIDS,
                  child_benefit_claimed=False, adjusted_net_income_annual=8_000_000)
    f = found(check(h, on=ON))["child_benefit"]
    assert (f.weekly, f.annual) == (4495, -4460)


def test_single_parent_childcare_element_missing():
    # Earnings £1,000, one child (2022), childcare £500 a month. Element
    # 85% x 500 = £425.00 (reg 34). With it UC = 424.90 + 303.94 + 425.00 -
    # 55% x (1,000 - 710) = 1,153.84 - 159.50 = £994.34; without £569.34:
    # £425.00 a month. The week is the household's total week with less
    # without, each rounded: 994.34 x 12 / 52 = 229.463 = 229.46 less
    # 569.34 x 12 / 52 = 131.386 = 131.39: £98.07 (not 425.00 x 12 / 52 =
    # 98.08); year 98.07 x 52 = £5,099.64.
    h = Household(adults=Adult(age=30, monthly_earnings=100000), children=(Child(date_of_birth=dt.date(2022, 3, 1)),),
                  childcare_costs_monthly=50000, childcare_children=1)
    f = found(check(h, on=ON, claims=Claims(universal_credit=True, uc_elements_missing=("childcare",))))["uc_childcare_element"]
    assert money(f) == (9807, 42500, 510000)  # £425.00 x 12


def test_worker_whose_uc_passports_free_prescriptions():
    # Single, 30, net earnings £400 a month, no children: no work allowance;
    # UC 424.90 - 55% x 400 = £204.90. Earned income £400 is within the £435
    # limit (SI 2003/2382 reg 5(1A)): free prescriptions. Two items a month:
    # 2 x 9.90 x 12 = £237.60, more than a 12-month certificate: £114.50 a
    # year; week 114.50 / 52 = 2.2019 = £2.20; month 114.50 / 12 = £9.54.
    h = Household(adults=Adult(age=30, monthly_earnings=40000))
    bc = check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(prescription_items_a_month=2))
    f = found(bc)["free_prescriptions"]
    assert (f.annual, f.weekly, f.monthly, f.certainty) == (11450, 220, 954, "entitled")
    # 204.90 x 12 / 52 = 47.2846 = £47.28 a week received.
    assert bc.received_weekly == 4728


def test_worker_over_the_nhs_earnings_limit_no_prescription_finding():
    # £500 > £435 (no child element, no LCW): no full help through UC.
    h = Household(adults=Adult(age=30, monthly_earnings=50000))
    f = found(check(h, on=ON, claims=["universal_credit"]))
    assert "free_prescriptions" not in f and "nhs_health_costs" not in f


def test_worker_not_claiming_uc_prescriptions_follow_the_claim():
    # UC not claimed: the same £204.90 is found (week £47.28, year
    # 47.28 x 52 = £2,458.56), and free prescriptions only once it is claimed.
    h = Household(adults=Adult(age=30, monthly_earnings=40000))
    f = found(check(h, on=ON))
    assert money(f["universal_credit"]) == (4728, 20490, 245880)  # £204.90 x 12
    assert f["free_prescriptions"].certainty == "claim_needed"
    assert f["free_prescriptions"].action.startswith("Once Universal Credit is awarded")


def test_pregnant_on_uc_healthy_start_and_maternity_grant():
    # UC, no earnings, no children yet, pregnant: Healthy Start pregnancy
    # £4.65 a week (SI 2005/3262 reg 3; 2026 value unverified); year
    # 4.65 x 52 = £241.80. Sure Start Maternity Grant £500 (SI 2005/3061
    # reg 5): a first child.
    h = Household(adults=Adult(age=24))
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(pregnant=True)))
    assert (f["healthy_start"].weekly, f["healthy_start"].annual) == (465, 24180)
    assert f["sure_start_maternity_grant"].one_off == 50000


def test_scotland_lone_parent_not_claiming_uc_or_scottish_child_payment():
    # UC 424.90 + 303.94 = £728.84 a month; week 728.84 x 12 / 52 = 168.194
    # = £168.19. Scottish Child Payment needs UC: the UC claim's value takes
    # it in: 168.19 + 28.20 = £196.39 a week, year £10,212.28. Scottish
    # Child Payment on its own (UC claimed): £28.20, month 28.20 x 52 / 12 =
    # £122.20, year £1,466.40.
    h = Household(adults=Adult(age=30), children=(Child(date_of_birth=dt.date(2022, 3, 1)),), nation="scotland")
    f = found(check(h, on=ON))
    assert (f["universal_credit"].weekly, f["universal_credit"].annual) == (19639, 1021248)  # £851.04 x 12
    assert money(f["scottish_child_payment"]) == (2820, 12220, 146640)
    assert "free_prescriptions" not in f  # free for everyone in Scotland (SSI 2011/55)


def test_scotland_baby_best_start_foods():
    # UC claimed, a baby under 1: Best Start Foods £11.20 a week (SSI
    # 2019/193; 2026 value unverified); year £582.40.
    h = Household(adults=Adult(age=30), children=(Child(date_of_birth=dt.date(2026, 1, 10)),), nation="scotland")
    f = found(check(h, on=ON, claims=["universal_credit", "scottish_child_payment"]))
    assert (f["best_start_foods"].weekly, f["best_start_foods"].annual) == (1120, 58240)
    assert "healthy_start" not in f


def test_scotland_best_start_foods_before_its_values_is_check_needed_not_the_whole_check_refused():
    # The values table starts on 1 April 2026 (rules/passports/best_start_foods_values.toml: no earlier value read).
    # On 11 October 2025 the whole check was refused ("no row in force on 2025-10-11 (earliest 2026-04-01)"), for
    # every Scottish family with a child under 3, though the estimate and every other finding are worked out.
    h = Household(adults=Adult(age=30), children=(Child(date_of_birth=dt.date(2024, 1, 1)),), nation="scotland")
    c = check(h, on=dt.date(2025, 10, 11), claims=["universal_credit", "scottish_child_payment"])
    f = found(c)
    bsf = f["best_start_foods"]
    assert (bsf.certainty, bsf.valued, bsf.weekly, bsf.annual) == ("check_needed", False, 0, 0)
    assert any("2026-04-01" in n or "1 April 2026" in n for n in bsf.notes), bsf.notes
    # Without a child under 3 or a pregnancy, as before: no finding.
    older = Household(adults=Adult(age=30), children=(Child(date_of_birth=dt.date(2020, 1, 1)),), nation="scotland")
    assert "best_start_foods" not in found(check(older, on=dt.date(2025, 10, 11), claims=["universal_credit"]))


# -- health and disability ----------------------------------------------------


def test_fit_note_no_wca_lcwra_element():
    # LCWRA element for a claim from 6 April 2026: £217.26 a month (UC Act
    # 2025 s 2); week 217.26 x 12 / 52 = 50.1369 = £50.14; year £2,607.28.
    # Published LCWRA rate at the first decision 64%: weighted 2,607.28 x
    # 0.64 = 1,668.6592 = £1,668.66.
    h = Household(adults=Adult(age=45))
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(fit_note=(1,))))["lcwra_1"]
    assert money(f) == (5014, 21726, 260712)  # £217.26 x 12
    assert (f.certainty, f.probability, f.weighted_annual) == ("assessment_needed", Fraction(64, 100), 166856)  # £2,607.12 x 64%
    assert f.scenario.outcomes[0].kind == "lcwra_found"


def test_fit_note_carer_lcwra_replaces_carer_element():
    # A carer with LCWRA gets the LCWRA element, not the carer element too
    # (SI 2013/376 reg 29(4)): 217.26 - 209.34 = £7.92 a month, a week
    # 7.92 x 12 / 52 = 1.8277 = £1.83.
    h = Household(adults=Adult(age=45, carer=True, claims_carers_allowance=True))
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(fit_note=(1,))))["lcwra_1"]
    assert (f.weekly, f.monthly) == (183, 792)


def test_disabled_person_not_claiming_pip_with_descriptors():
    # Descriptors dl.1e (2), dl.4c (2), dl.9b (4) = 8: standard daily living;
    # mob.2d = 10: standard mobility (SI 2013/377 regs 5-6). PIP is not income
    # for UC: £76.70 + £30.30 = £107.00 a week; month 107 x 52 / 12 =
    # 463.666 = £463.67; year £5,564.00; 44% initial success: weighted
    # £2,448.16. No backdating (SI 2013/380 reg 27).
    h = Household(adults=Adult(age=35))
    circ = Circumstances(pip_descriptors={1: ("dl.1e", "dl.4c", "dl.9b", "mob.2d")})
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=circ))["pip_1"]
    assert money(f) == (10700, 46367, 556400)
    assert (f.weighted_annual, f.arrears) == (244816, 0)
    assert any("daily living 8 points (standard), mobility 10 points (standard)" in n for n in f.notes)


def test_pip_descriptors_below_8_points_find_nothing():
    h = Household(adults=Adult(age=35))
    circ = Circumstances(pip_descriptors={1: ("dl.1e", "mob.2b")})
    assert not any(f.id.startswith("pip") for f in check(h, on=ON, circumstances=circ).findings)


def test_care_needs_no_descriptors_pip_at_lowest_award_said():
    # Valued at the standard daily living rate £76.70 (year £3,988.40).
    h = Household(adults=Adult(age=35))
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(care_needs=(1,))))["pip_1"]
    assert (f.weekly, f.annual) == (7670, 398840)
    assert any("lowest award" in n for n in f.notes)


def test_scotland_adult_disability_payment_not_pip():
    h = Household(adults=Adult(age=35), nation="scotland")
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(care_needs=(1,))))
    assert "adult_disability_payment_1" in f and "pip_1" not in f
    assert f["adult_disability_payment_1"].weekly == 7670


def test_child_needing_care_dla_lowest_and_disabled_child_addition():
    # DLA care lowest £30.30 a week (SSCBA 1992 s 72), and UC's disabled
    # child addition, lower rate, £164.79 a month (SI 2013/376 reg 24(2));
    # week 30.30 + 164.79 x 12 / 52 (the award's week: (728.84 + 164.79) x
    # 12 / 52 = 206.2223 = 206.22, less 168.19) = 30.30 + 38.03 = £68.33.
    h = Household(adults=Adult(age=30), children=(Child(date_of_birth=dt.date(2018, 3, 1)),))
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(children_care_needs=(1,))))["dla_child_1"]
    assert f.weekly == 6833


# -- the whole check ----------------------------------------------------------


def test_household_claiming_everything_finds_only_assessments_and_questions():
    h = Household(adults=Adult(age=40, carer=True, claims_carers_allowance=True), children=KIDS)
    bc = check(h, on=ON, claims=Claims(universal_credit=True, housing_benefit=True, council_tax_reduction=True),
               circumstances=Circumstances(fit_note=(1,)))
    cash = [f for f in bc.findings if f.certainty == "claim_needed" and f.valued and f.range_monthly is None
            and f.benefit not in ("Energy and bills", "Food and maternity", "Help with health costs")]
    assert cash == []
    assert bc.claims_gain_weekly == 0
    assert any(f.certainty == "assessment_needed" for f in bc.findings)


def test_pensioner_not_claiming_housing_benefit_guarantee_credit_passports_maximum():
    # Social rent £500.00 a month: 500 x 12 / 52 = 115.3846 = £115.38 a week
    # eligible rent (SI 2006/214 reg 61(2): a month x 12 / 52); with
    # guarantee credit all income and capital are disregarded (reg 26): the
    # maximum, £115.38 a week; year 115.38 x 52 = £5,999.76. Backdated 3
    # months at pension age (reg 64(1)): 1 March to 31 May 2026, 92 days:
    # 92 x 115.38 / 7 = 1,516.4228 = £1,516.42. Not asked whether it is paid
    # (claims None): valued, and the question asked.
    h = Household(adults=Adult(age=70, state_pension_weekly=17000),
                  housing=Housing(tenure="social_rent", rent=50000, bedrooms=1))
    f = found(check(h, on=ON))["housing_benefit"]
    assert (f.weekly, f.annual, f.arrears) == (11538, 599976, 151642)
    assert f.certainty == "check_needed" and f.question
    f = found(check(h, on=ON, claims=Claims(housing_benefit=False)))["housing_benefit"]
    assert f.certainty == "claim_needed"
    bc = check(h, on=ON, claims=Claims(housing_benefit=True))
    assert "housing_benefit" not in found(bc)
    # Received now: Housing Benefit only (Pension Credit not claimed).
    assert bc.received_weekly == 11538


def test_council_tax_reduction_asked_where_the_engine_cannot_work_it_out():
    h = Household(adults=Adult(age=70, state_pension_weekly=17000),
                  housing=Housing(tenure="social_rent", rent=50000, bedrooms=1))
    f = found(check(h, on=ON))["council_tax_reduction"]
    assert f.certainty == "check_needed" and "band" in f.question


def test_findings_largest_first_and_every_candidate_known():
    h = Household(adults=Adult(age=70, state_pension_weekly=17000, carer=True))
    bc = check(h, on=ON)
    keys = [f.weighted_annual + f.one_off for f in bc.findings]
    assert keys == sorted(keys, reverse=True)
    for f in bc.findings:
        assert f.certainty in CERTAINTIES
        assert f.legal_basis and f.action
        base = f.id if f.id in CANDIDATES else f.id.rsplit("_", 1)[0]
        assert base in CANDIDATES


def test_check_text_and_json():
    bc = check(Household(adults=Adult(age=70, state_pension_weekly=17000)), on=ON)
    text = bc.render(width=60)
    assert "Pension Credit: £68.00 a week, £294.67 a month, £3,536.00 a year" in bc.render(width=None)
    assert max(len(x) for x in text.splitlines()) <= 60
    d = bc.to_dict()
    assert d["findings"][0]["id"] == "pension_credit" and d["findings"][0]["annual"] == 353600


@pytest.mark.parametrize("kwargs, field", [
    ({"claims": ["universal_credt"]}, "claims"),
    ({"claims": "universal_credit"}, "claims"),
    ({"claims": Claims(universal_credit=True, uc_elements_missing=("carer_1",))}, "claims.uc_elements_missing"),
    ({"circumstances": Circumstances(fit_note=(2,))}, "circumstances.fit_note"),
    ({"on": "2026-06-01"}, "on"),
])
def test_bad_input_one_line_error_naming_the_field(kwargs, field):
    # (carer_1 missing for an adult who is not a carer; adult 2 of a single claimant)
    args = {"on": ON, **kwargs}
    with pytest.raises(InputError) as e:
        check(Household(adults=Adult(age=40)), **args)
    assert e.value.field == field
    assert "\n" not in str(e.value)


def test_claims_elements_missing_without_uc_is_refused():
    with pytest.raises(InputError) as e:
        Claims(uc_elements_missing=("carer_1",))
    assert e.value.field == "claims.uc_elements_missing"


# -- properties ---------------------------------------------------------------


def test_claim_finding_value_equals_engine_difference():
    # The engine, called by estimate(), with and without the claim.
    h = Household(adults=Adult(age=50, carer=True), capital=2_000_000)
    f = found(check(h, on=ON))["carers_allowance_1"]
    with_ = estimate(h.replace(adults=Adult(age=50, carer=True, claims_carers_allowance=True), capital=2_000_000), on=ON)
    without = estimate(h, on=ON)
    assert f.weekly == with_.total_weekly - without.total_weekly
    assert f.monthly == with_.total_monthly - without.total_monthly


def test_finding_yields_a_scenario_income_gain_values():
    from entitlements import income_gain

    h = Household(adults=Adult(age=45))
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(fit_note=(1,))))["lcwra_1"]
    g = income_gain(f.scenario)
    # In payment after the relevant period: the same £217.26 a month.
    assert max(p.gain for p in g.periods) == f.monthly


def test_pip_lifts_the_benefit_cap_value_is_the_household_change():
    # Lone parent, two children (2019, 2021), private rent £1,200 a month at
    # an LHA of £1,200, Child Benefit claimed. Maximum UC 424.90 + 2 x 303.94
    # + 1,200.00 = £2,232.78. The cap outside London with children £22,020 a
    # year = £1,835.00 a month (SI 2013/376 reg 80A) counts UC and Child
    # Benefit (44.95 x 52 / 12 = £194.78): 2,232.78 + 194.78 - 1,835.00 =
    # £592.56 off: UC £1,640.22. PIP (standard daily living £76.70) exempts
    # the household (reg 83(1)): UC £2,232.78. Week: 76.70 + 2,232.78 x 12 /
    # 52 (515.26) - 1,640.22 x 12 / 52 (378.51) = £213.45, not the £76.70
    # rate. Month: weekly benefits 44.95 -> 121.65 a week, 194.78 -> 527.15
    # a month (+332.37), and UC +592.56: £924.93. Year 213.45 x 52 =
    # £11,099.40; weighted 44%: £4,883.74.
    h = Household(adults=Adult(age=30), children=KIDS,
                  housing=Housing(tenure="private_rent", rent=120000, lha_rate=120000))
    f = found(check(h, on=ON, claims=["universal_credit"], circumstances=Circumstances(care_needs=(1,))))["pip_1"]
    assert money(f) == (21345, 92493, 1109940)
    assert f.weighted_annual == 488374


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=15, deadline=None)
@given(age=st.sampled_from([25, 40, 59, 70, 80]), earnings=st.integers(0, 250000), carer=st.booleans(),
       children=st.integers(0, 3), sp=st.integers(0, 30000), capital=st.sampled_from([0, 500000, 2000000]))
def test_claim_value_is_the_engine_difference_property(age, earnings, carer, children, sp, capital):
    # With Universal Credit and Pension Credit claimed, the only claims left
    # are in the household model: Carer's Allowance and Child Benefit. Each
    # finding's week is estimate()'s difference with and without it (the
    # other made); its month is the difference of the weekly benefits x 52 /
    # 12 rounded once, plus Universal Credit's monthly difference (since
    # qa-adv10: not the difference of two rounded months).
    kids = tuple(Child(date_of_birth=dt.date(2015 + 3 * i, 1, 1)) for i in range(children))
    a = Adult(age=age, monthly_earnings=earnings if age < 66 else 0, carer=carer, state_pension_weekly=sp if age >= 67 else 0)
    h = Household(adults=a, children=kids, capital=capital, child_benefit_claimed=False)
    bc = check(h, on=ON, claims=["universal_credit", "pension_credit"])
    full = h.replace(adults=attrs_evolve(a, claims_carers_allowance=carer), child_benefit_claimed=bool(kids))
    f = found(bc)
    def month(e1, e0):
        uc1, uc0 = e1.universal_credit.award, e0.universal_credit.award
        weekly = (e1.total_weekly - divide_half_up(uc1 * 12, 52)) - (e0.total_weekly - divide_half_up(uc0 * 12, 52))
        return weekly_to_monthly(weekly) + uc1 - uc0

    if "child_benefit" in f:
        e1, e0 = estimate(full, on=ON), estimate(full.replace(child_benefit_claimed=False), on=ON)
        assert (f["child_benefit"].weekly, f["child_benefit"].monthly) == (e1.total_weekly - e0.total_weekly, month(e1, e0))
    if "carers_allowance_1" in f:
        e1, e0 = estimate(full, on=ON), estimate(full.replace(adults=a), on=ON)
        assert (f["carers_allowance_1"].weekly, f["carers_allowance_1"].monthly) == (e1.total_weekly - e0.total_weekly,
                                                                                    month(e1, e0))
    assert bc.received_weekly == estimate(h, on=ON).total_weekly


def attrs_evolve(obj, **kw):
    import attrs

    return attrs.evolve(obj, **kw)


_ASSESSMENT_KINDS = {"lcwra": "fit_note", "pip": "care_needs", "adult_disability_payment": "care_needs",
                     "attendance_allowance": "care_needs", "pension_age_disability_payment": "care_needs",
                     "dla_child": "children_care_needs"}


@settings(max_examples=40, deadline=None)
@given(age=st.sampled_from([19, 25, 40, 59, 67, 70, 76, 80]), partner=st.sampled_from([None, 22, 30, 64, 70, 78]),
       earnings=st.integers(0, 400000), partner_earnings=st.sampled_from([0, 80000, 250000]), carer=st.booleans(),
       child_births=st.lists(st.dates(dt.date(2009, 9, 1), dt.date(2026, 5, 1)), max_size=4),
       rent=st.sampled_from([0, 45000, 90000]), capital=st.sampled_from([0, 300000, 1200000, 2000000]),
       sp=st.integers(0, 30000), nation=st.sampled_from(["england", "wales", "scotland"]),
       fit_note=st.sets(st.sampled_from([1, 2])), care_needs=st.sets(st.sampled_from([1, 2])),
       child_care=st.booleans(), pregnant=st.booleans(), items=st.integers(0, 6))
def test_claiming_everything_finds_only_assessments_property(age, partner, earnings, partner_earnings, carer, child_births,
                                                             rent, capital, sp, nation, fit_note, care_needs, child_care,
                                                             pregnant, items):
    # A household that claims every benefit it can (UC, PC, SCP, HB and CTR
    # said to be paid, Carer's Allowance and Child Benefit claimed) and has
    # every passported help already (Claims.everything()) is told of nothing
    # but the assessments it has not had: each finding is assessment_needed,
    # of a kind some fact given asks for (a fit note -> LCWRA, care needs ->
    # PIP/ADP/AA, a child's care needs -> DLA), and making every claim
    # changes nothing.
    kids = tuple(Child(date_of_birth=d, sex="female") for d in sorted(child_births))
    pension = 67
    adults = (Adult(age=age, monthly_earnings=earnings if age < pension else 0, carer=carer, claims_carers_allowance=carer,
                    state_pension_weekly=sp if age >= pension else 0),)
    if partner is not None:
        adults += (Adult(age=partner, monthly_earnings=partner_earnings if partner < pension else 0),)
    n = len(adults)
    housing = Housing(tenure="social_rent", rent=rent, bedrooms=3) if rent else None
    h = Household(adults=adults, children=kids, housing=housing, nation=nation, capital=capital)
    circ = Circumstances(fit_note=tuple(a for a in sorted(fit_note) if a <= n),
                         care_needs=tuple(a for a in sorted(care_needs) if a <= n),
                         children_care_needs=(1,) if child_care and kids else (), pregnant=pregnant,
                         prescription_items_a_month=items)
    bc = check(h, on=ON, claims=Claims.everything(), circumstances=circ)
    assert bc.claims_gain_weekly == 0
    for f in bc.findings:
        kind = candidate(f.id).id
        assert f.certainty == "assessment_needed", (f.id, f.certainty)
        assert kind in _ASSESSMENT_KINDS and getattr(circ, _ASSESSMENT_KINDS[kind]), f.id


def test_claiming_everything_the_help_had_is_what_stops_its_finding():
    # The property above can fail: the same pensioner couple on Pension
    # Credit (guarantee credit £363.25 couple > State Pension £170.00 + £0)
    # with no help said to be had is told of the passported help, and each
    # help said to be had removes exactly its own finding.
    h = Household(adults=(Adult(age=76, state_pension_weekly=17000), Adult(age=70)), nation="england")
    everything = Claims.everything()
    cash_only = Claims(universal_credit=True, pension_credit=True, scottish_child_payment=True, housing_benefit=True,
                       council_tax_reduction=True)
    ids = set(found(check(h, on=ON, claims=cash_only)))
    assert {"warm_home_discount", "free_tv_licence", "nhs_health_costs", "broadband_social_tariff"} <= ids
    assert not found(check(h, on=ON, claims=everything))
    for help_id in ("warm_home_discount", "free_tv_licence"):
        left = set(found(check(h, on=ON, claims=attrs_evolve(cash_only, **{help_id: True}))))
        assert left == ids - {help_id}
    assert Claims.of(["pension_credit", "free_tv_licence"]).help_received == ("free_tv_licence",)


def test_claims_help_received_is_checked_and_reported():
    with pytest.raises(InputError, match="claims.warm_home_discount"):
        Claims(warm_home_discount="yes")
    with pytest.raises(InputError, match="free_tv_licence"):
        Claims.of(["free_tv_licenses"])
    h = Household(adults=Adult(age=76, state_pension_weekly=17000))
    bc = check(h, on=ON, claims=["pension_credit", "warm_home_discount"])
    assert bc.to_dict()["help_received"] == ["warm_home_discount"]
    assert "help had already: warm home discount" in bc.render()


# -- free school meals: the school year from the date of birth ----------------


def test_free_school_meals_england_usual_year_from_date_of_birth():
    # On 1 June 2026 the school year began in September 2025. Child 1, born
    # 1 March 2016, was 9 on 31 August 2025: 9 - 3 = school year code 6,
    # Year 5 (Reception is the year a child reaches 5, Education Act 2002
    # s 142(1); Year 1 the year they reach 6, s 82(1)). Child 2, born 1 May
    # 2019, was 6: code 3, Year 2, free for every pupil in England (universal
    # infant free school meals, Reception to Year 2). A lone parent on UC with
    # no earnings: earned income £0 <= £616.67 in the assessment period
    # (SI 2018/148 reg 4): child 1's lunches are free through UC.
    kids = (Child(date_of_birth=dt.date(2016, 3, 1)), Child(date_of_birth=dt.date(2019, 5, 1)))
    h = Household(adults=Adult(age=35), children=kids)
    f = found(check(h, on=ON, claims=["universal_credit"]))["free_school_meals"]
    assert f.certainty == "entitled" and f.question == ""
    assert "Free through Universal Credit: child 1 (Year 5)." in f.notes
    assert "Free for every pupil in the year already: child 2 (Year 2)." in f.notes
    # Not claiming UC: the same finding follows the claim.
    f = found(check(h, on=ON))["free_school_meals"]
    assert f.certainty == "claim_needed" and f.action.startswith("Once Universal Credit is awarded")


def test_free_school_meals_infants_only_or_earnings_over_the_limit_no_finding():
    # Only a Year 2 child (born 1 May 2019): free for every pupil, nothing to claim.
    h = Household(adults=Adult(age=35), children=(Child(date_of_birth=dt.date(2019, 5, 1)),))
    assert "free_school_meals" not in found(check(h, on=ON, claims=["universal_credit"]))
    # A Year 5 child, the parent earning £900.00 a month: UC earned income
    # £900.00 > £616.67 (SI 2018/148 reg 4): no free lunches through UC.
    h = Household(adults=Adult(age=35, monthly_earnings=90000), children=(Child(date_of_birth=dt.date(2016, 3, 1)),))
    assert "free_school_meals" not in found(check(h, on=ON, claims=["universal_credit"]))


def test_free_school_meals_wales_primary_universal_scotland_asks():
    # Wales: Year 5 is a primary year, free for every pupil (universal primary
    # free school meals): no finding. Scotland: the school year is asked (P1
    # entry is by age with deferral).
    kids = (Child(date_of_birth=dt.date(2016, 3, 1)),)
    assert "free_school_meals" not in found(check(Household(adults=Adult(age=35), children=kids, nation="wales"),
                                                  on=ON, claims=["universal_credit"]))
    f = found(check(Household(adults=Adult(age=35), children=kids, nation="scotland"), on=ON,
                    claims=["universal_credit"]))["free_school_meals"]
    assert f.certainty == "check_needed" and "school year" in f.question


def test_usual_school_year_boundaries():
    import numpy as np

    from entitlements.benefits.passports import usual_school_year

    # The school year from September 2025 runs to 31 August 2026: a child's
    # code is their age on 31 August 2025 less 3. Born 1 Sep 2020: 4 -> 1
    # (Reception: reaches 5 in the year); born 31 Aug 2021: 4 (the birthday
    # is on the day) -> 1, the youngest in Reception; born 1 Sep 2021: 3 -> 0
    # (not at school); born 31 Aug 2020: 5 -> 2 (Year 1); born 1 Sep 2008:
    # 16 -> 13 (Year 12); born 31 Aug 2007: 18 -> past Year 13 -> 0. On
    # 1 September 2026 a new school year begins and each moves up one.
    kids = np.array(["2020-09-01", "2021-08-31", "2021-09-01", "2020-08-31", "2008-09-01", "2007-08-31"],
                    dtype="datetime64[D]")
    assert usual_school_year(kids, on=dt.date(2026, 8, 31)).tolist() == [1, 1, 0, 2, 13, 0]
    assert usual_school_year(kids, on=dt.date(2026, 9, 1)).tolist() == [2, 2, 1, 3, 14, 0]


def test_the_check_from_the_top_level_and_the_package_both():
    # `entitlements.check` is the package (it keeps working); the function is
    # served at the top level as `benefit_check`, with `check_caseload`.
    import entitlements
    import entitlements.check as package
    from entitlements import BenefitCheck, CaseloadCheck, benefit_check, check_caseload
    from entitlements.check.caseload import check_caseload as own

    assert benefit_check is check and package.check is check and package.benefit_check is check
    assert check_caseload is own and package.check_caseload is own
    assert {"benefit_check", "check_caseload", "BenefitCheck", "CaseloadCheck", "Claims", "Circumstances"} <= set(entitlements.__all__)
    bc = benefit_check(Household(adults=Adult(age=70, state_pension_weekly=17000)), on=ON)
    assert isinstance(bc, BenefitCheck) and bc.findings[0].weekly == 6800  # 238.00 - 170.00
    assert isinstance(check_caseload([bc.household], on=ON, claims={"universal_credit": False, "pension_credit": False}),
                      CaseloadCheck)


@pytest.mark.parametrize("nation, la, words", [
    ("england", "Coventry", "at pension age the national pensioners' scheme (SI 2012/2885), below it the council's own "
                            "scheme (LGFA 1992 s 13A(2))"),
    ("wales", "Cardiff", "Wales has national schemes for pension age and working age alike (WSI 2013/3029)"),
    ("scotland", "Aberdeen City", "Scotland has national schemes, at pension age SSI 2012/319 and below it SSI 2021/249"),
])
def test_council_tax_reduction_do_line_names_the_nations_schemes(nation, la, words):
    # qa6: the "Do" line said "below it, in England, each council's own scheme", silent on Wales and Scotland, whose
    # working-age schemes are national (WSI 2013/3029; SSI 2021/249). Every nation claims from the council.
    h = Household(adults=Adult(age=70, state_pension_weekly=17000), nation=nation, local_authority=la,
                  housing=Housing(tenure="owner_occupier", council_tax_band="B"))
    f = found(check(h, on=ON, claims=["pension_credit"]))["council_tax_reduction"]
    assert f.action.startswith("Claim Council Tax Reduction from the council that sends the council tax bill: ")
    assert words in f.action


def test_council_tax_reduction_claim_found_do_line_by_nation():
    # A CTR claim valued (England, a Band D given): the same nation's words on the claim path.
    h = Household(adults=Adult(age=70, state_pension_weekly=17000), local_authority="Coventry",
                  housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=210000))
    f = found(check(h, on=ON, claims=Claims(council_tax_reduction=False)))["council_tax_reduction"]
    assert f.certainty == "claim_needed" and f.weekly > 0
    assert "below it the council's own scheme (LGFA 1992 s 13A(2))" in f.action


@pytest.mark.parametrize("nation, la, law", [
    ("england", "Coventry", ["Local Government Finance Act 1992 s 13A",
                             "Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012 "
                             "(SI 2012/2885)"]),
    ("wales", "Cardiff", ["Local Government Finance Act 1992 s 13A",
                          "Council Tax Reduction Schemes and Prescribed Requirements (Wales) Regulations 2013 "
                          "(WSI 2013/3029)"]),
    ("scotland", "Aberdeen City", ["Local Government Finance Act 1992 s 80",
                                   "Council Tax Reduction (State Pension Credit) (Scotland) Regulations 2012 "
                                   "(SSI 2012/319)",
                                   "Council Tax Reduction (Scotland) Regulations 2021 (SSI 2021/249)"]),
])
def test_council_tax_reduction_law_line_names_the_nations_law(nation, la, law):
    # qa-adviser: the "Law" line listed England's, Wales's and Scotland's instruments for every household, under
    # LGFA 1992 s 13A, which covers England and Wales; Scotland's schemes are regulations under s 80 (SSI 2021/249
    # recites "sections 80 and 113(1) and (2)").
    h = Household(adults=Adult(age=70, state_pension_weekly=17000), nation=nation, local_authority=la,
                  housing=Housing(tenure="owner_occupier", council_tax_band="B"))
    f = found(check(h, on=ON, claims=["pension_credit"]))["council_tax_reduction"]
    assert list(f.legal_basis) == law
