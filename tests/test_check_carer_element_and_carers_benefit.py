"""The benefit check's UC carer element beside a carer's benefit claim: each value counted once.

A carer on Universal Credit whose award lacks the carer element (SI 2013/376 reg 29) and who does not claim the
carer's benefit gets two findings: the element, and Carer's Allowance (Carer Support Payment in Scotland). The
element's "without" household took away both the caring and the carer's benefit, so in Scotland the element's value
also held the Scottish Carer Supplement (£11.70 a week, paid with Carer Support Payment: SSI 2023/302 reg 14A),
which the Carer Support Payment finding values too. The findings then added up to more than the headline.

Figures (2026-27, 7 December 2026): UC single 25 or over £424.90, carer element £209.34 (SI 2026/148), social rent
£400.00 a month, 1 bedroom; Carer Support Payment £86.45 a week, Scottish Carer Supplement £11.70 a week.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing
from entitlements.check.findings import Claims, check

DEC_2026 = dt.date(2026, 12, 7)


def _carer(nation):
    return Household(adults=(Adult(age=40, carer=True),), nation=nation,
                     housing=Housing(tenure="social_rent", rent=40000, rent_period="month", bedrooms=1))


def _findings(nation):
    bc = check(_carer(nation), on=DEC_2026, claims=Claims(universal_credit=True, uc_elements_missing=("carer_1",)))
    return bc, {f.id: f for f in bc.findings}


def test_scottish_carer_element_is_valued_without_the_supplement_2026():
    # Now: UC £424.90 + £400.00 = £824.90 a month, £190.36 a week (x 12 / 52).
    # Every claim made: UC £424.90 + £209.34 + £400.00 - £86.45 x 52 / 12 (£374.62) = £659.62, £152.22 a week;
    # with £86.45 + £11.70: £250.37 a week, +£60.01.
    # Carer Support Payment (element kept): UC without it £1,034.24 = £238.67 a week; £250.37 - £238.67 = £11.70.
    # The element is the rest: £60.01 - £11.70 = £48.31 a week (£209.34 a month; £48.31 x 52 = £2,512.12 a year),
    # as in England. It was £60.01 (£260.04 a month), the supplement counted twice.
    bc, found = _findings("scotland")
    element, csp = found["uc_carer_element_1"], found["carers_allowance_1"]
    assert (csp.weekly, csp.monthly, csp.annual) == (1170, 5070, 60840)
    assert (element.weekly, element.monthly, element.annual) == (4831, 20934, 251208)  # £209.34 x 12
    assert element.weekly + csp.weekly == 25037 - 19036


def test_english_carer_element_unchanged_2026():
    # England: no supplement; Carer's Allowance is taken back by UC in full (£0.00), the element £48.31 a week.
    _, found = _findings("england")
    assert (found["uc_carer_element_1"].weekly, found["uc_carer_element_1"].monthly) == (4831, 20934)
    assert found["carers_allowance_1"].weekly == 0


def test_caseload_long_table_names_carer_support_payment_for_a_scottish_row_2026():
    # The same Scottish and English UC carers, each claiming UC but not the carer's benefit: the caseload names the
    # finding as the one-household check does (Carer Support Payment in Scotland from 4 November 2024), with the
    # same values (£11.70 a week in Scotland: the supplement; £0.00 in England would not be listed as a gain).
    from entitlements.check.caseload import check_caseload

    hs = [_carer("scotland"), _carer("england")]
    cc = check_caseload(hs, on=DEC_2026, claims={"universal_credit": True})
    t = cc.long_table()
    rows = [(c, w, p) for c, f, w, p in zip(t["case_id"], t["finding"], t["what"], t["weekly_pence"])
            if f == "carers_allowance_1"]
    one = {f.id: f for f in check(_carer("scotland"), on=DEC_2026, claims=Claims(universal_credit=True)).findings}
    scottish = [r for r in rows if r[1].startswith("Carer Support Payment")]
    assert len(scottish) == 1 and scottish[0][1] == one["carers_allowance_1"].what == "Carer Support Payment (the claimant)"
    assert scottish[0][2] == one["carers_allowance_1"].weekly == 1170
    assert all(w.startswith("Carer's Allowance") for c, w, p in rows if c != scottish[0][0])
