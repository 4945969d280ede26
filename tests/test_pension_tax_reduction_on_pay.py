"""A tax reduction more than the tax left on the pensions: the rest comes off
the tax on pay (.pension_tax step 5). Found by the PolicyEngine cross-check
of 2026-12-07 (benchmarks/crosscheck_hb_ctr.py, North Warwickshire 2024-25).

The law: pension-age Housing Benefit counts earnings net of "any amount
deducted from those earnings by way of income tax" (SI 2006/214 reg
36(2)(a)(i)) and disregards "any amount payable by way of tax" on the other
income (reg 33(12)); Pension Credit disregards the tax on other income in
the same words (SI 2002/1792 reg 17(10)(a)) and counts earnings net of tax. The married couple's allowance (ITA 2007 s 46) is a tax reduction of
the year's tax, limited only by that tax (s 29(2)), not by the part of it
on pensions; a PAYE code holding it gives it against the pay. The library
estimates the tax on pay on a code without it, so the part of the
reduction the pensions' tax cannot take is put back: the pensions' tax
line is then below nil.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.household import Housing
from entitlements.tables import Tables

TABLES = Tables.load()


def _line(breakdown, start):
    return next(x for x in breakdown.lines if x.label.startswith(start))


def test_married_couples_allowance_more_than_the_pensions_tax_comes_off_the_tax_on_pay():
    # 2024-25, week of 26 August 2024. Adult 1 born 26 June 1948: State Pension £116.83, pension £80.14 a week
    # (52 x £196.97 = £10,242.44, under the £12,570 allowance: no tax). Adult 2 born 4 April 1933: State Pension
    # £161.83 a week, pay £514.49 a month gross, 10 hours.
    # Adult 2's year: 52 x £161.83 = £8,415.16 + 12 x £514.49 = £6,173.88 = £14,589.04; less £12,570 = £2,019
    # (whole pounds) x 20% = £403.80. Married couple's allowance (born before 6 April 1935; the higher income is
    # adult 2's, £14,589 under the £37,000 limit, SI 2024/84): 10% x £11,080 = £1,108.00, more than the tax: the tax
    # is nil (s 29(2)).
    # Tax the library takes from the pay: code 415L (£12,570 less the State Pension), free pay £346.59 a month;
    # £514.49 - £346.59 = £167.90 -> £167 x 20% = £33.40 a month, £400.80 a year.
    # The pensions' line: nil tax less £400.80 = -£400.80 (not below -£400.80, the tax on pay, nor -£403.80, the
    # reduction) / 52 = -£7.7077 -> -£7.71: £7.71 a week put back. Before: max(-£400.80, 0) = nil, so the income
    # counted kept the £400.80 of PAYE the allowance would have cancelled.
    # HB income: pensions £116.83 + £80.14 + £161.83 = £358.80; earnings (£514.49 - £33.40) x 12 / 52 = £111.0208
    # -> £111.02, less the couple's £10 disregard (Sch 4) = £101.02; + £7.71 = £467.53 (= £358.80 + £514.49 x 12 /
    # 52 = £118.73 - £10, the pay untaxed). Applicable amount £352.00 (couple, SI 2024/242): excess £115.53 x 65% =
    # £75.0945 -> £75.09; HB on a £100.00 rent £24.91. Before: £459.82, excess £107.82 x 65% = £70.083 -> £70.08,
    # HB £29.92 (too much).
    h = Household(adults=(Adult(date_of_birth=dt.date(1948, 6, 26), state_pension_weekly=11683, pension_income_weekly=8014),
                          Adult(date_of_birth=dt.date(1933, 4, 4), state_pension_weekly=16183,
                                gross_monthly_earnings=51449, work_hours_weekly=10)),
                  housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                                  council_tax_band_d=230000), local_authority="Coventry")
    r = estimate(h, on=dt.date(2024, 8, 26), tables=TABLES)
    tax = _line(r.housing_benefit, "Income tax on pensions (claimant 2)")
    assert tax.label == "Income tax on pensions (claimant 2): -£400.80 a year / 52, taken off the income counted"
    assert tax.amount == -771
    assert "below nil" in tax.detail and "£403.80" in tax.detail
    assert _line(r.housing_benefit, "Income counted").amount == 46753
    assert _line(r.housing_benefit, "Housing Benefit").amount == 2491
    # Pension Credit counts the same: £358.80 + £111.02 - £10.00 + £7.71 = £467.53, over the £332.95 guarantee and
    # the savings credit gone (40% x (£467.53 - £332.95) = £53.83 is more than any amount A): nil.
    assert _line(r.pension_credit, "Income tax on pensions (claimant 2)").amount == -771
    assert _line(r.pension_credit, "Pension Credit").amount == 0


def test_a_reduction_no_more_than_the_pensions_tax_is_unchanged():
    # The same couple with no pay: adult 2's tax 52 x £161.83 = £8,415.16, under the allowance: nil, no reduction
    # used, no line; adult 1 nil too. Nothing put back where there is no tax on pay to take a reduction.
    h = Household(adults=(Adult(date_of_birth=dt.date(1948, 6, 26), state_pension_weekly=11683, pension_income_weekly=8014),
                          Adult(date_of_birth=dt.date(1933, 4, 4), state_pension_weekly=16183)),
                  housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                                  council_tax_band_d=230000), local_authority="Coventry")
    r = estimate(h, on=dt.date(2024, 8, 26), tables=TABLES)
    assert not any(x.label.startswith("Income tax on pensions") for x in r.housing_benefit.lines)
