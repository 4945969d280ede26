"""Pension-age Housing Benefit and Council Tax Reduction: the personal
allowance is higher for someone who reached pensionable age before 1 April
2021 (born before 1 April 1955; SI 2006/214 Sch 3 para 1, SI 2012/2885 Sch 2
para 1). Given by age alone, aged 71 on 7 December 2026 may be born from
8 December 1954 to 7 December 1955: either rate. The calculation takes the
lower one; until 2026-12-07 it did so silently. The working sheet now says
so, names the higher allowance, and asks for the date of birth."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.household import Housing

ON = dt.date(2026, 12, 7)
NOTE = "Given by age, not date of birth: the claimant, aged 71, may have reached pensionable age before 1 April 2021"


def _household(**adult) -> Household:
    return Household(adults=Adult(state_pension_weekly=26000, **adult), local_authority="Coventry",
                     housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                                     council_tax_band_d=230000))


def _notes(e) -> str:
    return " ".join(e.housing_benefit.notes + e.council_tax.notes)


def test_age_71_takes_the_lower_allowance_and_says_so():
    e = estimate(_household(age=71), on=ON)
    # Income tax on the State Pension (SI 2006/214 reg 33(12), SI 2012/2885 Sch 1 para 17(13)): 52 x £260.00 =
    # £13,520 - £12,570 = £950 x 20% = £190.00 a year, / 52 = £3.65; income £256.35.
    # HB: £256.35 - £238.00 = £18.35 excess; 65% = £11.9275 -> £11.93; £100.00 - £11.93 = £88.07.
    assert e.benefits.housing_benefit.award == 8807
    # CTR: band B £2,300 x 7/9 less 25% = £1,341.67 a year, x 7 / 365 = £25.7306; 20% x £18.35 = £3.67; £22.06.
    assert int(e.benefits.council_tax.reduction_weekly) == 2206
    assert NOTE in " ".join(e.housing_benefit.notes)
    assert "£256.00, not £238.00 as taken here (SI 2006/214 Sch 3 para 1)" in " ".join(e.housing_benefit.notes)
    assert "(SI 2012/2885 Sch 2 para 1)" in " ".join(e.council_tax.notes)
    assert NOTE in e.render()


def test_a_date_of_birth_settles_it_with_no_note():
    before = estimate(_household(date_of_birth=dt.date(1955, 1, 15)), on=ON)
    # Born before 1 April 1955: £256.35 (after the £3.65 tax) - £256.00 = £0.35; 65% = £0.2275 -> £0.23; HB £99.77.
    # CTR 20% x £0.35 = £0.07; £25.7306 - £0.07 = £25.66.
    assert before.benefits.housing_benefit.award == 9977
    assert int(before.benefits.council_tax.reduction_weekly) == 2566
    after = estimate(_household(date_of_birth=dt.date(1955, 6, 15)), on=ON)
    assert after.benefits.housing_benefit.award == 8807
    for e in (before, after):
        assert "Given by age" not in _notes(e)


def test_an_age_that_settles_it_has_no_note():
    assert "Given by age" not in _notes(estimate(_household(age=72), on=ON))  # born by 7 December 1954
    assert "Given by age" not in _notes(estimate(_household(age=70), on=ON))  # born from 8 December 1955


def test_no_note_where_the_allowance_changes_nothing():
    # On Pension Credit guarantee credit (State Pension £200.00 < £238.00): maximum HB and CTR whatever the allowance.
    h = Household(adults=Adult(age=71, state_pension_weekly=20000), local_authority="Coventry",
                  housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                                  council_tax_band_d=230000))
    assert "Given by age" not in _notes(estimate(h, on=ON))


def test_no_note_where_the_scheme_has_one_allowance_for_both():
    # Scotland's pension-age scheme (SSI 2012/319 Sch 1 para 2) and Wales's have the same personal allowance whenever
    # pensionable age was reached (£244.40 single in 2025-26): nothing for the date of birth to settle. Until
    # 2026-12-07 the sheet said "gives the higher personal allowance, £244.40, not £244.40 as taken here".
    for council, nation in (("Glasgow City", "scotland"), ("Cardiff", "wales")):
        h = Household(adults=Adult(age=70, state_pension_weekly=40000), nation=nation, local_authority=council,
                      housing=Housing(tenure="owner_occupier", council_tax_band="B"))
        e = estimate(h, on=dt.date(2025, 6, 2))
        assert int(e.benefits.council_tax.ctr_excess_income) > 0
        assert "Given by age" not in " ".join(e.council_tax.notes), council
