"""The caseload benefit check names a Scottish carer's finding as the one household's check does.

From 4 November 2024 Carer Support Payment took new claims in every area of Scotland (SSI 2023/302; the one household's
check names the ``carers_allowance`` finding "Carer Support Payment" there: qa4). The caseload's long table still
named it by the candidate table, "Carer's Allowance", for a Scottish row. Both now name it by one function
(``check.candidates.carer_support_payment_named``).
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from entitlements import Adult, Household, Housing, benefit_check
from entitlements.check.caseload import check_caseload

DEC_2026 = dt.date(2026, 12, 7)


def _carer(nation: str) -> Household:
    # A UC carer of 45, social rent £400.00 a month: the finding is worth the Scottish Carer Supplement, £11.70 a
    # week, in Scotland (the £86.45 comes off UC in full), £0.00 in England (qa4's figures).
    return Household(adults=(Adult(age=45, carer=True),), nation=nation,
                     housing=Housing(tenure="social_rent", rent=40000, rent_period="month", bedrooms=1))


def _carer_rows(table) -> list[tuple[str, str, int]]:
    return [(str(i), str(w), int(p)) for i, f, w, p in zip(table["case_id"], table["finding"], table["what"],
                                                          table["weekly_pence"]) if str(f).startswith("carers_allowance")]


def test_caseload_names_carer_support_payment_in_scotland_as_one_household_2026():
    homes = [_carer("scotland"), _carer("england")]
    t = check_caseload(homes, on=DEC_2026, claims={"universal_credit": True}).long_table()
    one = [next((f.what, f.weekly) for f in benefit_check(h, on=DEC_2026, claims=("universal_credit",)).findings
                if f.id.startswith("carers_allowance")) for h in homes]
    assert one == [("Carer Support Payment (the claimant)", 1170), ("Carer's Allowance (the claimant)", 0)]
    assert [(w, p) for _, w, p in _carer_rows(t)] == one


def test_caseload_names_carers_allowance_in_scotland_before_4_november_2024():
    # One date a case: the Scottish case checked on 3 November 2024 is still Carer's Allowance (as the one household
    # is), the one checked on 4 November 2024 Carer Support Payment.
    on = np.array(["2024-11-03", "2024-11-04"], dtype="datetime64[D]")
    t = check_caseload([_carer("scotland"), _carer("scotland")], on=on, claims={"universal_credit": True}).long_table()
    names = [w for _, w, _ in _carer_rows(t)]
    one = [next(f.what for f in benefit_check(_carer("scotland"), on=d, claims=("universal_credit",)).findings
                if f.id.startswith("carers_allowance")) for d in (dt.date(2024, 11, 3), dt.date(2024, 11, 4))]
    assert names == one == ["Carer's Allowance (the claimant)", "Carer Support Payment (the claimant)"]
