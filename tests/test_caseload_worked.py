"""The caseload paths, worked by hand (issue 21): the columnar engine has code
of its own (the projection's timeline, the array branch of every rounding),
so it gets hand-worked values of its own, not only agreement with the
one-household path.

- Income gain through the public :func:`entitlements.caseload_gains`: an
  award that ends in the assessment period of the decision has no recurring
  gain; medical evidence first given on 6 April 2026, or the day before,
  decides the LCWRA amount (Universal Credit Act 2025 s 2; SI 2013/376
  reg 27(2) as amended and Sch 5A para 2: a claimant awaiting a first
  assessment "before 6 April 2026" is a pre-2026 claimant).
- Exact half pennies through :func:`entitlements.estimate_caseload`:
  reg 6(1): "a fraction of a penny ... is to be disregarded if it is less
  than half a penny and otherwise it is to be treated as a penny".

Rates (rules/uc, the sources recorded there): 2025/26 carer element £201.68
a month; 2026/27 standard allowance single 25 or over £424.90, LCWRA
element £429.80 (protected) and £217.26 (new claimant); taper 55%.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, caseload_gains, estimate, estimate_caseload
from entitlements.household import Housing

D = dt.date


def _lcwra_record(case_id: str, evidence: str) -> dict:
    # A single claimant aged 40, no other income, claim from 20 March 2026; LCWRA
    # found, decided 1 September 2026, confirmed.
    return {"case_id": case_id, "adult1_age": "40", "claim_start": "2026-03-20", "outcome": "lcwra_found",
            "outcome_date": evidence, "evidence_date": evidence, "decision_date": "2026-09-01", "confirmed": "yes"}


def test_lcwra_evidence_on_6_april_2026_gets_the_new_claimant_amount_in_the_caseload():
    # Evidence 6 April 2026: the relevant period (reg 28(2)) is 6 April - 5 July
    # 2026; it ends in the AP 20 June - 19 July, so the element is in from the
    # AP beginning 20 July 2026 (reg 28(1)). Nothing before 6 April 2026: not
    # a pre-2026 claimant: £217.26. The decision (1 Sep) is in the AP 20 Aug -
    # 19 Sep: recurring £217.26 a month from then; arrears the AP of 20 July,
    # £217.26; 6 months projected from the decision: 6 x 217.26 = 1,303.56;
    # weekly 21726 x 12 / 52 = 5013.69.. -> 50.14, annual 50.14 x 52 = 2,607.28.
    # Mutant killed: "before 6 April 2026" read as "on or before".
    g = caseload_gains([_lcwra_record("on the day", "2026-04-06")], horizon_months=6)
    assert g.valid.all(), g.reasons
    p = g.projection
    assert (int(p.recurring_monthly[0]), int(p.arrears_uc[0]), int(p.projected_uc[0])) == (21726, 21726, 130356)
    assert int(g.annual[0]) == 260728


def test_lcwra_evidence_on_5_april_2026_keeps_the_protected_amount_in_the_caseload():
    # Evidence 5 April 2026: relevant period 5 April - 4 July 2026, in the AP
    # 20 June - 19 July: element from 20 July 2026 as above; awaiting a first
    # assessment before 6 April 2026 (Sch 5A para 2): protected, £429.80.
    # Recurring 429.80; arrears 429.80; projected 6 x 429.80 = 2,578.80;
    # weekly 42980 x 12 / 52 = 9918.46.. -> 99.18, annual 99.18 x 52 = 5,157.36.
    g = caseload_gains([_lcwra_record("day before", "2026-04-05"), _lcwra_record("on the day", "2026-04-06")],
                       horizon_months=6)
    p = g.projection
    assert [int(x) for x in p.recurring_monthly] == [42980, 21726]
    assert (int(p.arrears_uc[0]), int(p.projected_uc[0]), int(g.annual[0])) == (42980, 257880, 515736)


def _carer_record(case_id: str, ends: str) -> dict:
    # A couple, both 40 and 38, claim from 10 May 2025; the carer element for
    # the second (effective 10 May 2025), decided 15 August 2025 (in the AP
    # 10 Aug - 9 Sep 2025), confirmed.
    return {"case_id": case_id, "adult1_age": "40", "adult2_age": "38", "claim_start": "2025-05-10",
            "outcome": "carer_element", "outcome_date": "2025-05-10", "decision_date": "2025-08-15",
            "end_date": ends, "outcome_adult": "2", "confirmed": "yes"}


def test_award_ending_in_the_decisions_assessment_period_has_no_recurring_gain_in_the_caseload():
    # The caring ends 20 August 2025, in the AP of the decision (10 Aug - 9 Sep):
    # the element is in for the APs of 10 May, 10 June and 10 July (3 x 201.68
    # = 605.04 arrears) and in none from the decision on: recurring nil, annual
    # nil, nothing projected. Mutant killed: the recurring gain read from the
    # decision's AP without the award's end (it would be 201.68 a month).
    g = caseload_gains([_carer_record("ends", "2025-08-20")], horizon_months=6)
    assert g.valid.all(), g.reasons
    p = g.projection
    assert (int(p.recurring_monthly[0]), int(g.annual[0]), int(p.projected_uc[0])) == (0, 0, 0)
    assert int(p.arrears_uc[0]) == 60504


def test_award_ending_in_the_ap_after_the_decision_keeps_one_month_recurring_in_the_caseload():
    # The caring ends 20 September 2025 (in the AP 10 Sep - 9 Oct): the element
    # is in the decision's AP (10 Aug): recurring 201.68 a month; arrears
    # 3 x 201.68 = 605.04; projected over 6 APs from 10 Aug: only the AP of
    # 10 Aug, 201.68. Annual (the recurring gain as a year, weekly
    # 20168 x 12 / 52 = 4654.15.. -> 46.54; x 52) = 2,420.08.
    g = caseload_gains([_carer_record("ends", "2025-08-20"), _carer_record("later", "2025-09-20")], horizon_months=6)
    p = g.projection
    assert [int(x) for x in p.recurring_monthly] == [0, 20168]
    assert (int(p.arrears_uc[1]), int(p.projected_uc[1]), int(g.annual[1])) == (60504, 20168, 242008)


# -- exact half pennies on the caseload path (reg 6(1)) ---------------------------------------


ON = D(2026, 5, 1)


def test_two_weekly_rent_of_300_03_is_650_065_rounded_up_in_a_caseload_2026():
    # Single, 40, social rent £300.03 every two weeks, 1 bedroom: x 26 / 12
    # (Sch 4 para 7(2)(b)) = 7,800.78 / 12 = 650.065 exactly: half a penny is a
    # penny: 650.07. Award 424.90 + 650.07 = 1,074.97 (under the single cap
    # of 1,229.42). Rounded down it would be 1,074.96.
    # Mutant killed: the array branch of divide_half_up rounding a half down.
    h = Household(adults=(Adult(age=40),),
                  housing=Housing(tenure="social_rent", rent=30003, rent_period="two_weeks", bedrooms=1))
    other = Household(adults=(Adult(age=30),))  # 424.90, in the same caseload
    r = estimate_caseload([h, other], on=ON)
    assert r.calculation.housing.rent_monthly.tolist()[0] == 65007
    assert r.award.tolist() == [107497, 42490]
    assert estimate(h, on=ON).universal_credit.award == 107497


def test_taper_on_300_10_is_165_055_rounded_up_in_a_caseload_2026():
    # Single, 40, earnings £300.10, no housing costs, no work allowance (no
    # child, no LCW): 55% x 300.10 = 165.055 exactly -> 165.06; award
    # 424.90 - 165.06 = 259.84. And £300.30: 55% x 300.30 = 165.165 -> 165.17;
    # award 259.73. Rounded down they would be 259.85 and 259.74.
    rows = [Household(adults=(Adult(age=40, monthly_earnings=e),)) for e in (30010, 30030)]
    r = estimate_caseload(rows, on=ON)
    assert r.calculation.earnings_deduction.tolist() == [16506, 16517]
    assert r.award.tolist() == [25984, 25973]


def _pip_record(case_id: str, ends: str) -> dict:
    # A single claimant aged 40, claim from 10 May 2025; PIP daily living at the
    # standard rate from 10 May 2025, decided 15 August 2025 (AP 10 Aug - 9 Sep).
    return {"case_id": case_id, "adult1_age": "40", "claim_start": "2025-05-10", "outcome": "pip_awarded",
            "outcome_date": "2025-05-10", "decision_date": "2025-08-15", "end_date": ends,
            "award_pip_daily_living": "standard", "confirmed": "yes"}


def test_pip_award_ending_in_the_decisions_assessment_period_has_no_weekly_line_in_the_caseload():
    # PIP daily living, standard rate, £73.90 a week in 2025/26: it changes no
    # UC element for a single claimant (no carer, no cap reached), so the gain
    # is the benefit itself. Ending 20 August 2025 (in the decision's AP): no
    # recurring PIP, annual nil. Ending 20 September 2025 (the AP after): the
    # recurring line is £73.90 a week, annual 73.90 x 52 = 3,842.80.
    # Mutant killed: an award taken to be live in the AP it ends in (the
    # PIP line counted there).
    g = caseload_gains([_pip_record("ends", "2025-08-20"), _pip_record("later", "2025-09-20")], horizon_months=6)
    assert g.valid.all(), g.reasons
    assert [int(x) for x in g.projection.line_weekly] == [0, 7390]
    assert [int(x) for x in g.annual] == [0, 384280]


def test_half_a_penny_below_nothing_rounds_away_from_nothing_in_columns():
    # reg 6(1) read symmetrically (entitlements.money.divide_half_up): -5 / 2
    # = -2.5 -> -3; 5 / 2 -> 3; -7 / 2 = -3.5 -> -4; -1 / 2 -> -1; -1 / 3 -> 0;
    # -2 / 3 -> -1. A loss of
    # half a penny is a penny lost, in a column as for one household.
    import numpy as np

    from entitlements.money import divide_half_up

    assert divide_half_up(np.array([-5, 5, -7, -1]), 2).tolist() == [-3, 3, -4, -1]
    assert divide_half_up(np.array([-1, -2, 1]), 3).tolist() == [0, -1, 0]
    assert [divide_half_up(n, 2) for n in (-5, 5, -7, -1)] == [-3, 3, -4, -1]


def test_a_named_brma_past_its_lha_determination_is_refused_with_rates_held_in_the_caseload():
    # Found by the cross-check at dates into 2027 (issue 21). A private renter in
    # Ashford, claim from 5 September 2026, LCWRA decided 14 May 2027, rates held
    # to 2028 (the rule tables), 12 months projected. The rent officers' 2024
    # determination, frozen, covers assessment periods beginning up to
    # 11 April 2027 (SI 2013/382 art 4: the 2027 determination takes effect on
    # the relevant Monday, 12 April 2027, and is not yet known). Holding the
    # rule tables does not hold the LHA schedule: the one-household path refuses
    # the AP of 5 May 2027; so must the caseload, not price it at the 2024 rate.
    # Mutant killed: the run of APs not broken the day after the schedule ends.
    row = {"case_id": "a", "adult1_age": "44", "adult1_monthly_earnings": "900", "claim_start": "2026-09-05",
           "housing_tenure": "private_rent", "housing_rent": "444", "housing_brma": "Ashford",
           "outcome": "lcwra_found", "outcome_date": "2027-01-14", "evidence_date": "2026-06-28",
           "decision_date": "2027-05-14", "lcwra_protection": "terminally_ill"}
    g = caseload_gains([row], horizon_months=12, hold_rates_until=D(2028, 12, 31))
    assert not g.valid[0]
    assert "england_2024.toml: no row in force on 2027-04-12" in g.reasons[0]


def test_scottish_gross_pay_paid_in_a_new_tax_year_is_taxed_by_its_bands_in_the_caseload():
    # Single, 40, in Scotland, gross pay £2,100 a month, claim from 20 January
    # 2026; LCWRA, terminally ill (no relevant period, reg 28(5)(a)), decided
    # 25 March 2026; 3 months projected. Payday is the AP's last day (reg
    # 55(5) as the engine takes it). PAYE Month 1, code 1257L: free pay
    # £1,048.26; taxable £1,051 (annual £12,612); NI 8% x (2,100 - 1,048)
    # = 84.16.
    # - APs of 20 Jan and 20 Feb (paydays 19 Feb, 19 Mar 2026: 2025-26 bands,
    #   starter to £2,827): 19% x 2,827 = 537.13 + 20% x 9,785 = 1,957.00;
    #   2,494.13 / 12 = 207.844.. -> 207.84; net 1,808.00. Before: 400.14 -
    #   55% x 1,808.00 < 0: nil. After: 400.14 + 423.27 - 55% x (1,808.00 -
    #   684) = 823.41 - 618.20 = 205.21. Arrears 2 x 205.21 = 410.42.
    # - AP of 20 March (payday 19 April 2026: 2026-27 bands, starter to
    #   £3,967; the 2025-26 UC rates, the AP beginning before 6 April):
    #   19% x 3,967 = 753.73 + 20% x 8,645 = 1,729.00; 2,482.73 / 12 =
    #   206.894.. -> 206.89; net 1,808.95; after 823.41 - 55% x 1,124.95
    #   (618.7225 -> 618.72) = 204.69: the recurring gain.
    # - APs of 20 April and 20 May (2026-27 UC: 424.90 + 429.80 protected,
    #   terminally ill; work allowance £710): 854.70 - 55% x 1,098.95
    #   (604.4225 -> 604.42) = 250.28 each; projected 204.69 + 2 x 250.28
    #   = 705.25.
    # Mutant killed: gross pay not treated as needing its own runs where the
    # tax year of the payday changes (the AP of 20 March taxed as 2025-26:
    # 205.21).
    row = {"case_id": "s", "adult1_age": "40", "adult1_gross_monthly_earnings": "2100", "nation": "scotland",
           "claim_start": "2026-01-20", "outcome": "lcwra_found", "outcome_date": "2026-01-20",
           "decision_date": "2026-03-25", "terminally_ill": "yes", "confirmed": "yes"}
    p = caseload_gains([row], horizon_months=3).projection
    assert (int(p.recurring_monthly[0]), int(p.arrears_uc[0]), int(p.projected_uc[0])) == (20469, 41042, 70525)
