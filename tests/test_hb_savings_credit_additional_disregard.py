"""Pension-age Housing Benefit with savings credit only: the £17.10 additional earnings disregard (SI 2006/214 reg
27(4)(d)), worked to the penny.

Law read (legalize-dev/legalize-uk, uk/uksi-2006-214.md, 2026-12-07): reg 27(1) the authority uses the Secretary of
State's calculation of income for a savings-credit-only award; reg 27(4) it "shall modify the amount of the net income
provided by the Secretary of State only in so far as necessary to take into account (a) the amount of the savings
credit payable; ... (d) any amount to be disregarded by virtue of paragraph 5A or 9(1) of Schedule 4". Sch 4 para 9:
£17.10 more where the claimant aged 25 or over works 30 hours a week (para 9(2)(b)(i)).

Rates 2026-27 (each read in its instrument; the library's tables cite them): Pension Credit standard minimum guarantee
single £238.00, savings credit threshold £208.07 (SI 2026/148 art 29); HB personal allowance, single, pensionable age
before April 2021, £256.00 (SI 2026/148 Sch 6); Pension Credit's earnings disregard single £5 (SI 2002/1792 Sch VI
para 4); HB taper 65% (SI 2006/214 reg 51).
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate, estimate_caseload

ON = dt.date(2026, 12, 7)


def _worker(hours):
    # 80 (reached pensionable age before 6 April 2016: savings credit), State Pension £150.00 a week, net earnings
    # £480.00 a month, social rent £120.00 a week.
    return Household(adults=Adult(date_of_birth=dt.date(1946, 1, 1), state_pension_weekly=15000, monthly_earnings=48000,
                                  work_hours_weekly=hours),
                     housing=Housing(tenure="social_rent", rent=12000, rent_period="week"), local_authority="Coventry")


def test_savings_credit_only_hb_takes_off_the_additional_disregard_for_30_hours_2026():
    # Pension Credit: earnings £480.00 x 12 / 52 = £110.769, a fraction of a penny disregarded: £110.76; less £5.00:
    # £105.76; income £150.00 + £105.76 = £255.76. No guarantee credit (above £238.00). Savings credit: maximum 60% x
    # (£238.00 - £208.07) = £17.958; less 40% x (£255.76 - £238.00) = £7.104; £10.854, £10.86.
    # HB (reg 27): the Secretary of State's income £255.76 + the savings credit £10.86 (reg 27(4)(a)) = £266.62, less
    # the £17.10 of Sch 4 para 9(1) (reg 27(4)(d): 30 hours at 25 or over) = £249.52; below the applicable amount
    # £256.00, so the whole rent: £120.00. (Before the fix: £266.62 - £256.00 = £10.62 x 65% = £6.903, £6.90;
    # £120.00 - £6.90 = £113.10.)
    b = estimate(_worker(30), on=ON).benefits
    assert (b.pension_credit.income, b.pension_credit.guarantee_credit, b.pension_credit.savings_credit) == (25576, 0, 1086)
    hb = b.housing_benefit
    assert (hb.applicable_amount.total, hb.earnings_disregarded, hb.excess_income, hb.award) == (25600, 1710, 0, 12000)


def test_without_30_hours_no_additional_disregard_2026():
    # 20 hours, no disability, single: para 9(2)(b) not met; the Secretary of State's income is used as it is, with
    # the savings credit: £266.62; excess £10.62, 65% = £6.90; HB £113.10.
    hb = estimate(_worker(20), on=ON).benefits.housing_benefit
    assert (hb.earnings_disregarded, hb.excess_income, hb.taper_deduction, hb.award) == (0, 1062, 690, 11310)


def test_the_caseload_gives_the_same_2026():
    r = estimate_caseload([_worker(30), _worker(20)], on=ON)
    assert list(r.benefits.housing_benefit.award) == [12000, 11310]


def test_the_working_sheet_says_where_the_income_comes_from_2026():
    text = " ".join(estimate(_worker(30), on=ON).render().split())
    assert ("Pension Credit's income £255.76 plus the savings credit £10.86 (reg 27(1), (4)(a)), less the £17.10 "
            "additional earnings disregard (reg 27(4)(d), Sch 4 para 9(1))") in text


def _banded(hours):
    return _worker(hours).replace(housing=Housing(tenure="social_rent", rent=12000, rent_period="week",
                                                  council_tax_band="B"))


def test_england_pensioners_ctr_takes_off_the_same_disregard_2026():
    # SI 2012/2885 Sch 1 para 14(2)(d) (read 2026-12-07): the authority may adjust the Secretary of State's income for
    # "any amount to be disregarded by virtue of paragraph 10(1) of Schedule 4" (the £17.10). Coventry band B
    # 2026-27: £2,516.72 x 7/9 = £1,957.45; she lives alone, 25% off: £1,468.09 a year, x 7 / 365 = £28.16 a week.
    # 30 hours: income £255.76 + £10.86 - £17.10 = £249.52, below the applicable amount £256.00: the whole £28.16.
    # 20 hours: income £266.62, excess £10.62; by the day (Sch 1 para 3(f)(ii), 2 6/7% a day): (£1,468.09 / 365 -
    # 2 6/7% x £10.62) x 7 = (£4.022164 - £0.303429) x 7 = £26.0311, £26.03.
    worked = [estimate(_banded(h), on=ON).benefits.council_tax for h in (30, 20)]
    assert [(c.ctr_income, c.ctr_excess_income, c.reduction_weekly) for c in worked] == [(24952, 0, 2816),
                                                                                          (26662, 1062, 2603)]
    r = estimate_caseload([_banded(30), _banded(20)], on=ON).benefits.council_tax
    assert list(r.reduction_weekly) == [2816, 2603]


def _devolved(hours, la, nation):
    return _banded(hours).replace(local_authority=la, nation=nation)


def test_wales_pensioners_ctr_takes_off_the_same_disregard_2026():
    # WSI 2013/3029 Sch 1 para 8(2)(d) (read 2026-12-07, the Welsh text): the authority may not adjust the Secretary of
    # State's net income except so far as necessary to take into account "unrhyw swm sydd i’w ddiystyru yn rhinwedd
    # paragraff 10(1) o Atodlen 3" (any amount to be disregarded by virtue of paragraph 10(1) of Schedule 3); Sch 3
    # para 10(1): "rhaid cynyddu o £17.10 y swm o enillion y ceisydd sydd i’w diystyru" (the earnings to be
    # disregarded must be increased by £17.10), para 10(2)(b)(i) 25 or over working 30 hours.
    # Cardiff band B 2026-27: £2,013.18 x 7/9 = £1,565.81; living alone, 25% off: £1,174.36 a year, x 7 / 365 =
    # £22.52 a week. 30 hours: income £255.76 + £10.86 - £17.10 = £249.52, below £256.00 (Sch 2 para 1): the whole
    # £22.52. 20 hours: income £266.62, excess £10.62; by the day (reg 23(f)(ii), 2 6/7% a day): (£1,174.36 / 365 -
    # 2 6/7% x £10.62) x 7 = (£3.217425 - £0.303429) x 7 = £20.3980, £20.40. (Before: £20.40 for both.)
    worked = [estimate(_devolved(h, "Cardiff", "wales"), on=ON).benefits.council_tax for h in (30, 20)]
    assert [(c.ctr_income, c.ctr_excess_income, c.reduction_weekly) for c in worked] == [(24952, 0, 2252),
                                                                                          (26662, 1062, 2040)]
    r = estimate_caseload([_devolved(30, "Cardiff", "wales"), _devolved(20, "Cardiff", "wales")], on=ON)
    assert list(r.benefits.council_tax.reduction_weekly) == [2252, 2040]


def test_scotland_pensioners_ctr_takes_off_the_same_disregard_2026():
    # SSI 2012/319 reg 25(2) (read 2026-12-07): "The amount of the net income calculated or estimated by the Secretary
    # of State is to be modified only in so far as necessary to take into account— ... (d) any amount to be
    # disregarded by virtue of paragraph 10(1) of Schedule 2 (sums to be disregarded in the calculation of
    # earnings)"; Sch 2 para 10(1): "the amount of the applicant's earnings to be disregarded must be increased by
    # £17.10", para 10(2)(b)(i) aged at least 25 and working 30 hours.
    # Glasgow City band B 2026-27: £1,706.00 x 280/360 = £1,326.89; living alone, 25% off: £995.17 a year, x 7 / 365
    # = £19.09 a week. 30 hours: income £249.52, below £256.00 (Sch 1 para 2): the whole £19.09. 20 hours: income
    # £266.62, excess £10.62; by the day (reg 14(5)(b)(ii), 2 6/7% a day): (£995.17 / 365 - 2 6/7% x £10.62) x 7 =
    # (£2.726493 - £0.303429) x 7 = £16.9614, £16.96. (Before: £16.96 for both.)
    worked = [estimate(_devolved(h, "Glasgow", "scotland"), on=ON).benefits.council_tax for h in (30, 20)]
    assert [(c.ctr_income, c.ctr_excess_income, c.reduction_weekly) for c in worked] == [(24952, 0, 1909),
                                                                                          (26662, 1062, 1696)]
    r = estimate_caseload([_devolved(30, "Glasgow", "scotland"), _devolved(20, "Glasgow", "scotland")], on=ON)
    assert list(r.benefits.council_tax.reduction_weekly) == [1909, 1696]
