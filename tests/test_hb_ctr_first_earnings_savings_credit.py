"""A pensioner who starts to earn can see Housing Benefit and Council Tax Reduction rise: the law gives it, and the
household is better off. Pinned here, worked to the penny.

A property run (notes/qa-api9.md) found HB or CTR rising by up to £5.22 a week when an adult "in paid work" with no
earnings was given earnings, and read it as the hours of work counting only once there are earnings. They do not:
the £17.10 additional earnings disregard reads ``work_hours_weekly`` whatever the earnings (a penny changes
nothing, below), and the rise has two lawful causes:

1. Savings credit only. Housing Benefit takes the Secretary of State's income and adds the savings credit (SI 2006/214
   reg 27(1), (4)(a)); the pensioners' CTR scheme the same (SI 2012/2885 Sch 1 para 14(1), (2)(a)). Earnings that
   Pension Credit counts (after its £10 couple disregard, SI 2002/1792 Sch VI) take away savings credit at 40p a
   pound, while HB and CTR disregard £17.10 more of them than Pension Credit does (reg 27(4)(d), Sch 4 para 9(1);
   Sch 1 para 14(2)(d), Sch 4 para 10(1)). So the income HB and CTR count falls, by the savings credit lost less the
   earnings they count, and HB (65%) and CTR (20%) rise, by less than Pension Credit falls.
2. The threshold of the £17.10 itself: SI 2012/2885 Sch 4 para 10(1) (read 2026-12-08 in legalize-dev/legalize-uk,
   uk/uksi-2012-2885.md) gives it where the applicant meets a condition of sub-paragraph (2) "and his net earnings
   equal or exceed the total of the amounts set out in sub-paragraph (3)": the other disregards, the childcare
   charges and £17.10. Below that total none of it is given; at it, all of it: a cliff of £17.10 of counted income
   (SI 2006/214 Sch 4 para 9(1), (3), the HB twin, is cited in reg 27(4)(d); its Schedule text is not in the mirror's
   copy, which stops at Sch 3, so the English CTR words are the ones quoted).

Household: a couple in Hartlepool, both over pension age (born 1950 and 1948), State Pension £176.45 a week each,
one with a £50.00 a week private pension and 30 hours' work a week (Sch 4 para 9(2)(b)(i): aged 25 or over), no
capital, social rent £120.00 a week, council tax band B. 1 June 2026.

Rates 2026-27 (the library's tables, each with its source): Pension Credit standard minimum guarantee, couple,
£363.25 (SI 2026/148 art 29(2)); savings credit threshold, couple, £329.75 (art 29(3)), so a maximum of 60% x
(£363.25 - £329.75) = £20.10; HB and CTR applicable amount, couple, £383.35 (SI 2026/148 Sch 6; SI 2026/27 reg 6);
Hartlepool band B £1,991.27 a year, £38.19 a week.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate

ON = dt.date(2026, 6, 1)


def _couple(monthly_earnings, hours=30, pension=5000):
    worker = Adult(date_of_birth=dt.date(1950, 1, 1), state_pension_weekly=17645, pension_income_weekly=pension,
                   monthly_earnings=monthly_earnings, in_paid_work=True, work_hours_weekly=hours)
    partner = Adult(date_of_birth=dt.date(1948, 6, 1), state_pension_weekly=17645)
    return Household(adults=(worker, partner),
                     housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                     local_authority="Hartlepool")


def _parts(monthly_earnings, hours=30, pension=5000):
    e = estimate(_couple(monthly_earnings, hours, pension), on=ON)
    b = e.benefits
    return (b.pension_credit.savings_credit, b.housing_benefit.weekly_income, b.housing_benefit.award,
            b.council_tax.reduction_weekly, e.total_weekly)


def test_no_earnings_savings_credit_only_2026():
    # Pension Credit: income £176.45 x 2 + £50.00 = £402.90, above £363.25: no guarantee credit. Savings credit: A =
    # the smaller of 60% x (£402.90 - £329.75) = £43.89 and £20.10: £20.10; B = 40% x (£402.90 - £363.25) = £15.86;
    # £4.24. HB: £402.90 + £4.24 = £407.14 (reg 27(4)(a)); excess over £383.35 £23.79; 65% = £15.4635, £15.46; HB
    # £120.00 - £15.46 = £104.54. CTR: the same income; 20% x £23.79 = £4.758, £4.76; £38.19 - £4.76 = £33.43.
    # Household total £4.24 + £104.54 + £33.43 = £142.21.
    assert _parts(0) == (424, 40714, 10454, 3343, 14221)


def test_hours_without_earnings_and_a_penny_change_nothing_2026():
    """The hours are read whatever the earnings, and they disregard earnings only: with none, 30 hours, 16 hours and
    no hours given are the same household; a penny a month is £0.0023 a week, nil to the penny (x 12 / 52, half up;
    Pension Credit disregards the fraction), so nothing moves either."""
    assert _parts(0, 30) == _parts(0, 16) == _parts(0, None) == _parts(1) == _parts(100) == (424, 40714, 10454, 3343,
                                                                                               14221)


def test_first_earnings_end_the_savings_credit_and_raise_hb_and_ctr_2026():
    """£117.43 a month, £27.10 a week: HB +£2.75 and CTR +£0.85 a week, because the savings credit (£4.24) that HB
    and CTR counted as income has gone, while they disregard all the earnings (£10 + £17.10, para 9(1)). The law
    gives it (reg 27(4)(a), (d); Sch 4 para 9); Pension Credit falls by more (£4.24), and the household, £27.10 a
    week richer in earnings, ends £26.46 a week better off."""
    # Pension Credit: £117.43 x 12 / 52 = £27.0992, the fraction disregarded: £27.09; less £10.00: £17.09; income
    # £419.99. B = 40% x (£419.99 - £363.25) = £22.696, £22.69 (rounded down, SI 2002/1792 reg 7(4)), more than A
    # (£20.10): no savings credit, no Pension Credit.
    # HB (reg 28: Pension Credit is not payable, HB works the income out itself): earnings £27.10 (to the penny,
    # half up), at least £10.00 + £17.10 = £27.10 (para 9(1), (3)): all disregarded; income £402.90; excess
    # £19.55; 65% = £12.7075, £12.71; HB £107.29 (+£2.75 = 65% x the £4.24 gone). CTR: 20% x £19.55 = £3.91;
    # £38.19 - £3.91 = £34.28 (+£0.85). Total £107.29 + £34.28 = £141.57, £0.64 less than £142.21; with the £27.10
    # earned, £26.46 a week more in all.
    assert _parts(11743) == (0, 40290, 10729, 3428, 14157)
    assert estimate(_couple(11743), on=ON).benefits.housing_benefit.earnings_disregarded == 2710


def test_the_additional_disregard_is_all_or_nothing_at_its_threshold_2026():
    """£117.00 a month is £27.00 a week, 10p short of £10.00 + £17.10: none of the £17.10 is disregarded (SI
    2012/2885 Sch 4 para 10(1): net earnings must "equal or exceed" the total). 43p a month more and all of it is:
    HB +£11.05 and CTR +£3.40 a week for 10p a week more earned. What the law says, pinned."""
    # HB: £27.00 - £10.00 = £17.00 counted; income £402.90 + £17.00 = £419.90; excess £36.55; 65% = £23.7575,
    # £23.76; HB £96.24. CTR: 20% x £36.55 = £7.31; £38.19 - £7.31 = £30.88. No Pension Credit (income £419.90,
    # B = 40% x £56.65 = £22.66, more than £20.10). Then £117.43: HB £107.29, CTR £34.28 (above).
    assert _parts(11700) == (0, 41990, 9624, 3088, 12712)
    assert _parts(11743)[2] - _parts(11700)[2] == 1105
    assert _parts(11743)[3] - _parts(11700)[3] == 340


def test_with_savings_credit_kept_hb_and_ctr_rise_by_less_than_it_falls_2026():
    """A £20.00 a week private pension instead of £50.00: the savings credit survives the earnings, falling 40p for
    each pound Pension Credit counts, while HB and CTR take the £17.10 off too (reg 27(4)(d); SI 2012/2885 Sch 1
    para 14(2)(d)). Their income falls by £6.84 and they rise; Pension Credit falls by £6.83, more than they rise."""
    # No earnings: income £352.90 + £20.00 = £372.90, above £363.25; A = the smaller of 60% x (£372.90 - £329.75) =
    # £25.89 and £20.10: £20.10; B = 40% x (£372.90 - £363.25) = £3.86; savings credit £16.24. HB: £372.90 + £16.24
    # = £389.14; excess £5.79; 65% = £3.7635, £3.76; HB £116.24. CTR: 20% x £5.79 = £1.158, £1.16; £37.03.
    # £117.43 a month: Pension Credit counts £27.09 - £10.00 = £17.09; income £389.99; B = 40% x £26.74 = £10.696,
    # rounded down (reg 7(4)): £10.69; savings credit £20.10 - £10.69 = £9.41. HB: £389.99 + £9.41 - £17.10 =
    # £382.30, below £383.35: the whole £120.00 (+£3.76). CTR: the whole £38.19 (+£1.16). Pension Credit -£6.83.
    assert _parts(0, pension=2000)[:4] == (1624, 38914, 11624, 3703)
    assert _parts(11743, pension=2000)[:4] == (941, 38230, 12000, 3819)
