"""The Scottish Carer Supplement in the household's benefits (estimate, caseload, benefit check).

From 15 March 2026 a carer in Scotland on Carer Support Payment is also paid the Scottish Carer Supplement, a
weekly component of Carer Support, for each week Carer Support Payment is paid (SSI 2023/302 regs 14A, 16(1A) as
inserted in 2025: see entitlements.benefits.carer_supplements; £11.70 a week from 6 April 2026 by SSI 2026/170
reg 12(3), as reported, unverified). It is not income for Universal Credit (SI 2013/376 reg 66(1) is a closed
list). The income gain counted it; the estimate's household total did not, so a Scottish carer's week was £11.70
short (£608.40 a year), and the benefit check valued a Carer Support Payment claim by a UC carer at £0.00 (the
£86.45 comes off UC pound for pound) when it is worth £11.70 a week.

Figures (2026-27): Carer Support Payment £86.45 a week (SSI 2026/170, the Carer's Allowance rate, SI 2026/148);
UC single 25 or over £424.90, carer element £209.34, social rent £400.00 a month, 1 bedroom.
"""

from __future__ import annotations

import datetime as dt

import attrs

from entitlements import Adult, Household, Housing, benefit_check, estimate, estimate_caseload

DEC_2026 = dt.date(2026, 12, 7)


def _carer(nation="scotland", **adult):
    return Household(adults=(Adult(age=45, carer=True, claims_carers_allowance=True, **adult),), nation=nation,
                     housing=Housing(tenure="social_rent", rent=40000, rent_period="month", bedrooms=1))


def test_scottish_carer_on_uc_gets_the_supplement_in_the_total_2026():
    # UC: £424.90 + £209.34 + £400.00 = £1,034.24, less £86.45 x 52 / 12 = £374.62: £659.62 a month, £152.22 a week
    # (x 12 / 52). Week: £152.22 + £86.45 + £11.70 = £250.37 (was £238.67). Year: (£86.45 + £11.70) x 52 = £5,103.80
    # + £659.62 x 12 = £7,915.44: £13,019.24. Month: £98.15 x 52 / 12 = £425.32 + £659.62 = £1,084.94.
    e = estimate(_carer(), on=DEC_2026)
    assert e.benefits.universal_credit.award == 65962
    assert e.benefits.scottish_carer_supplement == (1170, 0)
    assert (e.total_weekly, e.total_monthly, e.total_annual) == (25037, 108494, 1301924)
    text = e.render()
    assert "Carer Support Payment" in text and "Scottish Carer Supplement" in text and "£11.70" in text
    assert "earnings over the limit" not in text and "Carer's Allowance: none" not in text


def test_no_supplement_in_england_nor_before_15_march_2026():
    assert estimate(_carer("england"), on=DEC_2026).total_weekly == 23867  # £152.22 + £86.45
    assert estimate(_carer(), on=dt.date(2026, 3, 1)).benefits.scottish_carer_supplement == (0, 0)


def test_no_supplement_where_state_pension_leaves_only_underlying_entitlement_2026():
    # A carer of 70 with State Pension £230.25: Carer Support Payment is not paid (overlapping benefit), so no
    # supplement (paid only for a week Carer Support Payment is paid).
    h = Household(adults=(Adult(age=70, carer=True, claims_carers_allowance=True, state_pension_weekly=23025),),
                  nation="scotland", housing=Housing(tenure="owner_occupier"))
    assert estimate(h, on=DEC_2026).benefits.scottish_carer_supplement == (0, 0)


def test_caseload_gives_the_same_supplement_as_one_household():
    paid = Household(adults=(Adult(age=45, carer=True, carers_allowance_weekly=8645),), nation="scotland",
                     housing=Housing(tenure="social_rent", rent=40000, rent_period="month", bedrooms=1))
    households = [_carer(), _carer("england"), paid]
    out = estimate_caseload(households, on=DEC_2026)
    df = out.to_dataframe()
    assert df["household_scottish_carer_supplement_weekly_1"].tolist() == [1170, 0, 1170]
    for i, h in enumerate(households):
        assert int(df["household_total_weekly"][i]) == estimate(h, on=DEC_2026).total_weekly


def test_benefit_check_values_a_scottish_carers_claim_at_the_supplement_2026():
    # A UC carer in Scotland not claiming: UC £1,034.24 a month without Carer Support Payment, £659.62 with it; the
    # £86.45 a week comes off UC in full, so the claim is worth the supplement, £11.70 a week, £608.40 a year.
    h = Household(adults=(Adult(age=45, carer=True),), nation="scotland",
                  housing=Housing(tenure="social_rent", rent=40000, rent_period="month", bedrooms=1))
    c = benefit_check(h, on=DEC_2026, claims=("universal_credit",))
    found = [f for f in c.findings if f.id.startswith("carers_allowance")]
    assert [(f.weekly, f.annual) for f in found] == [(1170, 60840)]


def test_benefit_check_names_carer_support_payment_in_scotland_and_its_13_weeks_2026():
    # SSI 2023/302 reg 18(2)(b): a start up to 13 weeks before the application, the applicant's choice:
    # 13 x £11.70 = £152.10 of arrears (the £86.45 a week of those weeks comes off UC as well).
    h = Household(adults=(Adult(age=45, carer=True),), nation="scotland",
                  housing=Housing(tenure="social_rent", rent=40000, rent_period="month", bedrooms=1))
    f = next(f for f in benefit_check(h, on=DEC_2026, claims=("universal_credit",)).findings
             if f.id.startswith("carers_allowance"))
    assert f.what == "Carer Support Payment (the claimant)" and "Social Security Scotland" in f.action
    assert f.arrears == 15210 and "SSI 2023/302 reg 18(2)(b)" in f.backdating
    # In England it stays Carer's Allowance (worth nothing to a UC carer: £86.45 comes off UC in full).
    eng = benefit_check(attrs.evolve(h, nation="england"), on=DEC_2026, claims=("universal_credit",))
    assert [(f.what, f.weekly) for f in eng.findings if f.id.startswith("carers_allowance")] == [
        ("Carer's Allowance (the claimant)", 0)]
