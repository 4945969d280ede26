"""The pensioners' CTR schemes report the earnings disregard they took off in ``ctr_earnings_disregarded`` (it read
0 at pension age in all three nations, though the disregard was applied: fuzz7, 2026-12-07), one household and a
caseload alike."""

import datetime as dt

import pytest

from entitlements import Adult, Household, Housing, estimate, estimate_caseload

ON = dt.date(2026, 6, 1)


def _pensioner(council, nation, **adult):
    return Household(adults=(Adult(age=70, state_pension_weekly=23000, monthly_earnings=40000, **adult),),
                     nation=nation, local_authority=council,
                     housing=Housing(council_tax_band="B", tenure="owner_occupier"))


@pytest.mark.parametrize("council,nation", [("Coventry", "england"), ("Cardiff", "wales"), ("Glasgow", "scotland")])
def test_single_pensioner_earning_400_a_month_shows_the_5_disregard(council, nation):
    # 2026-27. State Pension £230.00 a week; earnings £400 x 12 / 52 = £92.3077 -> £92.31. No Pension Credit: the
    # standard minimum guarantee £238.00 is below the State Pension plus earnings after Pension Credit's £5
    # disregard (£230 + £87.31 = £317.31). The scheme's own disregard is £5 for a single claimant (SI 2012/2885 Sch 4
    # para 7; WSI 2013/3029 Sch 3 para 7; SSI 2012/319 Sch 2 para 7), no hours given so no £17.10: income counted
    # £230.00 + £92.31 - £5.00 = £317.31, the £5.00 reported.
    c = estimate(_pensioner(council, nation), on=ON).benefits.council_tax
    assert (c.ctr_status, c.ctr_earnings_disregarded, c.ctr_income) == (1, 500, 31731)


def test_with_guarantee_credit_no_income_is_counted_and_none_disregarded():
    # Pension Credit's income: State Pension £150.00 + earnings £87.30 after its £5 disregard (the sheet's "other
    # income counted", its weekly earnings £92.30) = £237.30 < £238.00: guarantee credit 70p, so the scheme counts no
    # income (SI 2012/2885 Sch 1 para 11) and reports no disregard.
    h = Household(adults=(Adult(age=70, state_pension_weekly=15000, monthly_earnings=40000),), nation="england",
                  local_authority="Coventry", housing=Housing(council_tax_band="B", tenure="owner_occupier"))
    e = estimate(h, on=ON)
    assert e.benefits.pension_credit.guarantee_credit == 70
    c = e.benefits.council_tax
    assert (c.ctr_income, c.ctr_earnings_disregarded) == (0, 0)


def test_a_caseload_reports_the_same_disregard_row_by_row():
    hs = [_pensioner("Coventry", "england"), _pensioner("Cardiff", "wales", work_hours_weekly=30),
          _pensioner("Glasgow", "scotland")]
    r = estimate_caseload(hs, on=ON)
    got = [int(v) for v in r.benefits.council_tax.ctr_earnings_disregarded]
    assert got == [int(estimate(h, on=ON).benefits.council_tax.ctr_earnings_disregarded) for h in hs]
    # the Welsh pensioner aged 70 working 30 hours: £5 + the additional £17.10 (WSI 2013/3029 Sch 3 para 10)
    assert got == [500, 2210, 500]


@pytest.mark.parametrize("council,nation,law", [("Coventry", "england", "SI 2012/2885 Sch 4 paras 1-8, 10"),
                                                ("Cardiff", "wales", "WSI 2013/3029 Sch 3 paras 1-8, 10"),
                                                ("Glasgow", "scotland", "SSI 2012/319 Sch 2 paras 1-8, 10")])
def test_the_sheet_says_what_was_disregarded_with_its_schedule(council, nation, law):
    sheet = " ".join(estimate(_pensioner(council, nation), on=ON).render().split())
    i = sheet.index("Income counted £317.31")
    # the line's detail, after its citation where the render puts that first
    assert f"the earnings in it after a £5.00 disregard ({law})" in sheet[i:i + 160]
