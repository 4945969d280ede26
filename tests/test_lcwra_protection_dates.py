"""Which LCWRA amount applies from 6 April 2026, decided from the same facts
by ``estimate``, the CLI, one household's income gain and the caseload
projection (issue 12 points 8 and 9).

The law (read): UC Regs 2013 reg 27A(1) (UC Act 2025 Sch 1 para 4): a
pre-2026 claimant "was entitled at any time before 6 April 2026 to an award
of universal credit that included the LCWRA element"; Sch 5A para 2 (SI
2026/113 reg 3(4)): one who "before 6th April 2026 ... is awaiting an
assessment under Part 5" and is later found to have LCWRA. A claim begun on
1 May 2026 had no award, and awaited no assessment, before 6 April 2026,
whatever the date of the medical evidence: the new-claimant amount, £217.26
(UC Act 2025 s 2(1)), not £429.80 (SI 2026/113 reg 3(3)(b)).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from entitlements import Adult, Household, estimate
from entitlements.assessments.lcwra_rate import lcwra_protection_for, protected_from_dates
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.gain.caseload import caseload_gains
from entitlements.tables import Tables

TABLES = Tables.load()
D = dt.date


def _lcwra(**kw):
    return Adult(age=34, lcwra=True, **kw)


def test_claim_may_2026_evidence_march_2026_is_a_new_claimant_217_26():
    # AP beginning 1 September 2026 (element in: the relevant period from
    # 1 March ended 31 May, element from the AP of 1 June). £424.90 + £217.26.
    e = estimate(Household(adults=_lcwra(uc_claim_start=D(2026, 5, 1), lcwra_evidence_date=D(2026, 3, 1))),
                 on=D(2026, 9, 1), tables=TABLES)
    assert (e.universal_credit.calculation.lcwra_element, e.universal_credit.award) == (21726, 64216)
    sheet = e.render()
    assert "new-claimant amount" in sheet and "claim from 2026-05-01" in sheet


def test_claim_february_2026_evidence_march_2026_awaiting_assessment_429_80():
    # Claim and evidence before 6 April 2026: awaiting the first assessment
    # then (Sch 5A para 2). £424.90 + £429.80 = £854.70.
    e = estimate(Household(adults=_lcwra(uc_claim_start=D(2026, 2, 1), lcwra_evidence_date=D(2026, 3, 1))),
                 on=D(2026, 9, 1), tables=TABLES)
    assert (e.universal_credit.calculation.lcwra_element, e.universal_credit.award) == (42980, 85470)
    assert "Sch 5A para 2" in e.render()


def test_element_in_the_award_before_april_2026_is_a_pre_2026_claimant():
    # Claim 1 October 2025, evidence 15 October 2025: relevant period to
    # 14 January 2026, element from the AP of 1 February 2026 (reg 27A(1)).
    p = lcwra_protection_for(_lcwra(uc_claim_start=D(2025, 10, 1), lcwra_evidence_date=D(2025, 10, 15)))
    assert (p.protected, p.decided_by) == (True, "pre_2026_claimant")


def test_no_dates_and_no_reason_says_why_it_is_the_new_claimant_amount():
    e = estimate(Household(adults=_lcwra()), on=D(2026, 9, 1), tables=TABLES)
    assert e.universal_credit.calculation.lcwra_element == 21726
    assert "without the UC claim start (uc_claim_start) and the medical evidence date" in e.render()


def test_a_stated_reason_wins_and_is_named():
    for reason, amount in (("severe_conditions_criteria", 42980), ("terminally_ill", 42980), ("new_claimant", 21726)):
        e = estimate(Household(adults=_lcwra(lcwra_protection=reason, uc_claim_start=D(2026, 2, 1),
                                             lcwra_evidence_date=D(2026, 3, 1))), on=D(2026, 9, 1), tables=TABLES)
        assert e.universal_credit.calculation.lcwra_element == amount
        assert "as stated" in e.render()


def test_protected_from_dates_is_the_same_rule_on_day_numbers():
    from entitlements.gain.calendar import day_number

    cases = [(D(2026, 5, 1), D(2026, 3, 1), D(2026, 6, 1)), (D(2026, 2, 1), D(2026, 3, 1), D(2026, 6, 1)),
             (D(2025, 10, 1), D(2025, 10, 15), D(2026, 2, 1)), (D(2026, 5, 1), D(2026, 5, 10), D(2026, 9, 1))]
    import numpy as np

    days = np.array([[day_number(d) for d in c] for c in cases])
    got = protected_from_dates(days[:, 0], days[:, 1], days[:, 2], change=day_number(D(2026, 4, 6)))
    assert got.tolist() == [protected_from_dates(*c) for c in cases] == [False, True, True, False]


def test_an_element_included_before_6_april_2026_protects_whatever_the_evidence_date():
    # Reg 27A(1) (pre-2026 claimant): an award that included the LCWRA element in an assessment
    # period beginning before 6 April 2026 is enough on its own. A claimant on UC since 1 June 2021
    # with the element from the AP of 1 October 2021 whose latest medical evidence is dated
    # 1 May 2026 (after the change): protected. The claim-and-evidence route (Sch 5A para 2) alone
    # would say no, since the evidence is not before 6 April 2026.
    assert bool(protected_from_dates(D(2021, 6, 1), D(2026, 5, 1), D(2021, 10, 1))) is True
    # The element first included on 6 April 2026 itself, with the same late evidence: not protected.
    assert not protected_from_dates(D(2021, 6, 1), D(2026, 5, 1), D(2026, 4, 6))


def test_gain_one_household_and_caseload_agree_claim_may_2026_evidence_march_2026():
    # Income gain of LCWRA found for a claim from 1 May 2026 with medical
    # evidence from 1 March 2026: element from the AP of 1 June 2026 at
    # £217.26 (before: £429.80). Recurring gain £217.26 a month.
    s = Scenario(household=Household(adults=Adult(age=34)), claim_start=D(2026, 5, 1),
                 outcomes=(Outcome(kind="lcwra_found", effective=D(2026, 5, 1), decided=D(2026, 8, 1),
                                   evidence_date=D(2026, 3, 1), confirmed=True),))
    one = income_gain(s, horizon_months=6)
    assert one.recurring_monthly == 21726
    many = caseload_gains([s], horizon_months=6)
    # £217.26 x 12 / 52 = £50.1369... -> £50.14 a week; x 52 = £2,607.28 a year.
    assert many.annual.tolist() == [one.annual] == [260728]
    assert [r["lcwra_protected"] for r in many.rows()] == [False]


def test_gain_claim_before_april_2026_keeps_the_protected_amount_in_both():
    s = Scenario(household=Household(adults=Adult(age=34)), claim_start=D(2026, 2, 1),
                 outcomes=(Outcome(kind="lcwra_found", effective=D(2026, 2, 1), decided=D(2026, 7, 1),
                                   evidence_date=D(2026, 3, 1), confirmed=True),))
    one = income_gain(s, horizon_months=6)
    many = caseload_gains([s], horizon_months=6)
    assert one.recurring_monthly == 42980
    assert many.annual.tolist() == [one.annual]
    assert [r["lcwra_protected"] for r in many.rows()] == [True]


def test_cli_estimate_decides_from_claim_start_and_evidence_date():
    exe = Path(sys.executable).parent / "entitlements"
    assert exe.exists(), "the entitlements command is not installed in this environment: pip install -e ."
    cmd = [str(exe), "estimate", "--age", "34", "--lcwra", "--on", "2026-09-01",
           "--uc-claim-start", "2026-05-01", "--evidence-date", "2026-03-01"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "LCWRA element (new-claimant amount)" in r.stdout and "£217.26" in r.stdout
    r = subprocess.run(cmd[:-4] + ["--uc-claim-start", "2026-02-01", "--evidence-date", "2026-03-01"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "LCWRA element (protected amount)" in r.stdout and "£429.80" in r.stdout


def test_element_from_the_ap_of_6_april_2026_claim_and_evidence_before_it_awaiting_assessment():
    # Mutation sample 3 survivor: assessments/lcwra_rate.py facts_from_dates
    # ``not element_included_from < CHANGE_DATE`` -> ``<=`` (the element first
    # included in an AP beginning on 6 April 2026 itself).
    # Claim 6 December 2025 (APs begin on the 6th); evidence 10 December 2025:
    # the relevant period "three months beginning with" 10 Dec 2025 ends
    # 9 March 2026 (reg 28(2)(b)), in the AP 6 Mar - 5 Apr 2026; the element is
    # included from the next AP, beginning 6 April 2026 (reg 28(1)). That is not
    # "before 6 April 2026" (reg 27A(1)), but the claim and the evidence were,
    # so the claimant was awaiting the assessment then (Sch 5A para 2): the
    # protected amount.
    p = lcwra_protection_for(_lcwra(uc_claim_start=D(2025, 12, 6), lcwra_evidence_date=D(2025, 12, 10)))
    assert (p.protected, p.decided_by) == (True, "awaiting_first_assessment")
    assert "element from 2026-04-06" in p.explanation
    # AP from 6 September 2026: £424.90 + £429.80 protected = £854.70 (the
    # new-claimant £217.26 would give £642.16).
    e = estimate(Household(adults=_lcwra(uc_claim_start=D(2025, 12, 6), lcwra_evidence_date=D(2025, 12, 10))),
                 on=D(2026, 9, 6), tables=TABLES)
    assert (e.universal_credit.calculation.lcwra_element, e.universal_credit.award) == (42980, 85470)


def test_element_from_the_ap_of_5_april_2026_is_a_pre_2026_claimant():
    # The day before: claim 5 December 2025 (APs begin on the 5th), evidence
    # 10 December 2025: relevant period to 9 March 2026, in the AP 5 Mar -
    # 4 Apr; element from the AP beginning 5 April 2026, an award that
    # "included the LCWRA element" before 6 April 2026 (reg 27A(1)).
    p = lcwra_protection_for(_lcwra(uc_claim_start=D(2025, 12, 5), lcwra_evidence_date=D(2025, 12, 10)))
    assert (p.protected, p.decided_by) == (True, "pre_2026_claimant")
    assert "element from 2026-04-05" in p.explanation
