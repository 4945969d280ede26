"""Worked examples from the working-age audit of 2026-12-07 (households worked by hand from the law first).

1. Coventry's income-banded scheme: the working sheet's "Maximum reduction" must be worked out as the award is
   (the day's council tax x 80%, made weekly in one step), not from the weekly bill already rounded; before, a
   single man on UC in temporary accommodation was shown a maximum of £19.30 and an award of £19.31.
2. Working-age Housing Benefit with Universal Credit: the working sheet must not give SI 2006/213 Sch 5 para 7(e)
   and Sch 6 para 9(1)(g) as the passport. In the Regulations (2006 text, read) para 7 of Sch 5 disregards "Any
   concessionary payment made to compensate for the non-payment of" the benefits it lists, and para 9(1) of Sch 6
   "any arrears of" them; SI 2013/630 reg 35(11)-(12) (read) only adds "(e) universal credit" and "(g) universal
   credit" to those lists. Neither disregards the UC award itself, nor the claimant's other income or capital.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate

ON = dt.date(2026, 6, 1)  # a Monday in 2026-27

# A single man of 40 on UC with LCWRA (a claimant from before 6 April 2026), placed by Coventry in temporary
# accommodation at £180 a week, council tax band A, living alone.
H1 = Household(adults=Adult(age=40, lcwra=True, lcwra_protection="pre_2026_claimant"),
               housing=Housing(tenure="supported_or_temporary", accommodation="temporary", rent=18000,
                               rent_period="week", council_tax_band="A"),
               local_authority="Coventry")


def test_coventry_maximum_reduction_is_worked_out_as_the_award():
    e = estimate(H1, on=ON)
    c = e.benefits.council_tax
    # Band D £2,516.72 (Coventry 2026-27); band A 6/9 = £1,677.81; single person discount 25% = £419.45:
    # £1,258.36 a year. UC (£424.90 + £429.80 = £854.70, no income) x 12 / 52 = £197.24 is both the applicable
    # amount and the income: no excess, band 1, 80%.
    assert int(c.annual_liability) == 125836
    # The day's maximum x 7: £1,258.36 x 80% x 7 / 365 = £19.3063 -> £19.31 (the award). From the weekly bill
    # first, £1,258.36 x 7 / 365 = £24.13, x 80% = £19.304 -> £19.30: a maximum below the award it limits.
    assert int(c.reduction_weekly) == 1931
    assert int(c.ctr_maximum) == 1931
    assert int(c.ctr_maximum) >= int(c.reduction_weekly)


def test_hb_passport_line_does_not_cite_the_arrears_and_concessionary_payment_disregards():
    e = estimate(H1, on=ON)
    hb = e.benefits.housing_benefit
    # Maximum Housing Benefit: the eligible rent £180.00, no non-dependants (SI 2006/213 reg 70).
    assert int(hb.award) == 18000
    text = e.render(width=200)
    assert "Universal Credit: all income and capital disregarded" in text
    assert "Sch 5 para 7(e)" not in text
    assert "9(1)(g)" not in text


def test_uc_housing_costs_line_cites_the_paragraph_for_the_kind_of_accommodation():
    # SI 2013/376 Sch 1 para 3 (read): "(h) payments in respect of accommodation specified in paragraph 3A; (i)
    # payments in respect of accommodation specified in paragraph 3B" are not rent payments. Temporary accommodation
    # is para 3B's, specified (supported) accommodation para 3A's; before, both were cited as para 3A.
    ta = estimate(H1, on=ON).render(width=200)
    assert "none (temporary accommodation: rent is met by Housing Benefit)" in ta
    assert "Sch 1 para 3(i), 3B" in ta
    # A single woman of 30 in specified (exempt) accommodation at £320 a week: UC £424.90 (standard allowance only),
    # maximum Housing Benefit £320.00.
    sa = Household(adults=Adult(age=30), housing=Housing(tenure="supported_or_temporary", accommodation="specified",
                                                          rent=32000, rent_period="week"))
    e = estimate(sa, on=ON)
    assert (int(e.universal_credit.award), int(e.benefits.housing_benefit.award)) == (42490, 32000)
    text = e.render(width=200)
    assert "none (specified accommodation: rent is met by Housing Benefit)" in text
    assert "Sch 1 para 3(h), 3A" in text
