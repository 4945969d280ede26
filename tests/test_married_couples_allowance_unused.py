"""The unused part of the married couple's allowance transferred to the
spouse or civil partner (ITA 2007 s 51), taken as notified and claimed.
Worked example to the penny, the arithmetic in it.

The law (read 2026-12-07, legalize-dev/legalize-uk, uk/ukpga-2007-3.md):

- s 51(1): where an individual's spouse or civil partner is entitled to a
  tax reduction under s 45 or 46 and those "MCA tax reductions" (s 51(2):
  with any s 49 one) are greater than the spouse's comparable tax liability,
  and the conditions of s 51(4) are met (the spouse gives notice, the
  individual claims and meets s 56), the individual is entitled to a tax
  reduction equal to the unused part: the MCA tax reductions less the
  comparable tax liability (s 51(3)).
- s 53(1): the comparable tax liability is the tax left after Step 6 of
  s 23 (with modifications for double taxation relief and gift aid, s 53(2)-
  (3), which the library does not hold); s 53(4): the notice may be given up
  to 4 years after the tax year. s 40(2) makes a s 39 Blind Person's
  Allowance election also notice under s 51(4).

The household (fuzz7, "More income raising a benefit" item 4): Coventry,
2026-05-01, a social rent of £150.00 a week, band B. Adult 1 born 1 June
1934 with £300.00 a week of other pensions; adult 2 born 1 June 1950, blind,
£300.00 a week of other pensions and £1.00 a week of State Pension.
2026-27: personal allowance £12,570 (ITA 2007 s 35(1), frozen), basic rate
20%; Blind Person's Allowance £3,250 and the married couple's allowance
£11,700, income limit £39,200 (SI 2026/38 art 2(a)-(e)).
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from entitlements import Adult, Caseload, Household, estimate, estimate_caseload
from entitlements.household import Housing
from entitlements.tables import Tables

TABLES = Tables.load()
ON = dt.date(2026, 5, 1)


def _est(state_pension_2):
    h = Household(adults=[Adult(date_of_birth=dt.date(1934, 6, 1), pension_income_weekly=30000),
                          Adult(date_of_birth=dt.date(1950, 6, 1), blind=True, pension_income_weekly=30000,
                                state_pension_weekly=state_pension_2)],
                  housing=Housing(tenure="social_rent", rent=15000, rent_period="week", council_tax_band="B"),
                  local_authority="Coventry")
    return estimate(h, on=ON, tables=TABLES)


def test_unused_married_couples_allowance_goes_to_the_partner_s51():
    # Adult 2's income: 52 x £301.00 = £15,652.00, above adult 1's 52 x £300.00 = £15,600.00, so the married
    # couple's allowance is adult 2's (s 46(2)(e)). £15,652 is under the £39,200 limit: 10% of £11,700 = £1,170.00.
    # Adult 2's tax: £15,652 - £12,570 - £3,250 < 0: nil. Blind Person's Allowance unused: £3,250 - (£15,652 -
    # £12,570) = £168.00, transferred to adult 1 (s 39). Adult 1's tax: (£15,600 - £12,570 - £168) x 20% =
    # £2,862 x 20% = £572.40. The unused married couple's allowance: £1,170.00 - nil = £1,170.00 (s 51(3)), of
    # which adult 1's tax takes £572.40 (s 29(2)): adult 1's tax nil.
    e = _est(100)
    b = e.benefits
    assert b.married_couples_allowance == (0, 0)
    assert b.married_couples_allowance_transferred == (0, 57240)  # adult 2's, used by adult 1
    assert b.blind_persons_allowance_transferred == (0, 16800)
    assert b.pension_income_tax == (0, 0)
    # HB (pension age, SI 2006/214): income £300.00 + £300.00 + £1.00 = £601.00 a week, less the couple's
    # applicable amount £383.35 = £217.65 excess, x 65% = £141.4725 -> £141.47; £150.00 - £141.47 = £8.53.
    assert b.housing_benefit.weekly_income == 60100
    assert b.housing_benefit.award == 853
    text = e.render()
    assert "of which £572.40 unused is transferred to the partner (s 51" in text
    assert "after £572.40 of the partner's unused married couple's allowance transferred (s 51" in text


def test_the_pound_more_state_pension_no_longer_raises_hb():
    # Before (no State Pension): equal incomes, the allowance is adult 1's (£1,170.00 against a tax of £562.00:
    # (£15,600 - £12,570 - £220) x 20% = £2,810 x 20%), HB £150.00 - 65% x (£600.00 - £383.35) = £150.00 -
    # £140.8225 -> £140.82 = £9.18. After: £8.53 (above), 65p less for £1.00 more income, not £6.50 more.
    before, after = _est(0).benefits, _est(100).benefits
    assert before.married_couples_allowance == (56200, 0)
    assert before.married_couples_allowance_transferred == (0, 0)  # adult 2 has no tax to take the rest
    assert before.housing_benefit.award == 918
    assert after.housing_benefit.award == 853 < before.housing_benefit.award


def test_caseload_gives_the_same_transfer():
    def household(sp2):
        return Household(adults=[Adult(date_of_birth=dt.date(1934, 6, 1), pension_income_weekly=30000),
                                 Adult(date_of_birth=dt.date(1950, 6, 1), blind=True, pension_income_weekly=30000,
                                       state_pension_weekly=sp2)],
                         housing=Housing(tenure="social_rent", rent=15000, rent_period="week", council_tax_band="B"),
                         local_authority="Coventry")

    many = estimate_caseload(Caseload.from_households([household(0), household(100)]), on=ON).benefits
    assert [list(np.asarray(x)) for x in many.married_couples_allowance_transferred] == [[0, 0], [0, 57240]]
    assert list(np.asarray(many.housing_benefit.award)) == [918, 853]


def _earner(**kw):
    h = Household(adults=[Adult(date_of_birth=dt.date(1934, 6, 1), pension_income_weekly=30000),
                          Adult(date_of_birth=dt.date(1950, 6, 1), pension_income_weekly=10000, **kw)],
                  housing=Housing(tenure="social_rent", rent=15000, rent_period="week", council_tax_band="B"),
                  local_authority="Coventry")
    return estimate(h, on=ON, tables=TABLES).benefits


def test_the_higher_net_income_counts_net_pay_and_other_income_s46():
    # s 46(2)(e): the partner with the higher net income claims, and s 46(4) tests that partner's adjusted net
    # income. Adult 2: £100.00 a week of pensions (52 x = £5,200) and £4,000.00 a month of pay given net (12 x =
    # £48,000, at least the pay's gross less its tax, NI and contributions): £53,200, above adult 1's £15,600, so
    # adult 2 claims. £53,200 - £39,200 = £14,000; half, £7,000, off £11,700 = £4,700 (above the £4,530 minimum):
    # 10% = £470.00. Adult 2's tax on the pensions: nil (£5,200 under £12,570; the pay's tax is not known), so the
    # £470.00 goes to adult 1 (s 51), whose tax is (£15,600 - £12,570) x 20% = £606.00; £606.00 - £470.00 =
    # £136.00 a year, / 52 = £2.6154 -> £2.62 a week. (Before: adult 1 claimed, on £15,600: £1,170.00, tax nil.)
    b = _earner(monthly_earnings=400000)
    assert b.married_couples_allowance == (0, 0)
    assert b.married_couples_allowance_transferred == (0, 47000)
    assert b.pension_income_tax_annual == (13600, 0) and b.pension_income_tax == (262, 0)
    # The same with the £4,000.00 a month as other unearned income.
    o = _earner(other_unearned_income_monthly=400000)
    assert o.married_couples_allowance_transferred == (0, 47000)
    assert o.pension_income_tax_annual == (13600, 0)


def test_caseload_counts_net_pay_and_other_income_the_same():
    def household(**kw):
        return Household(adults=[Adult(date_of_birth=dt.date(1934, 6, 1), pension_income_weekly=30000),
                                 Adult(date_of_birth=dt.date(1950, 6, 1), pension_income_weekly=10000, **kw)],
                         housing=Housing(tenure="social_rent", rent=15000, rent_period="week", council_tax_band="B"),
                         local_authority="Coventry")

    hs = [household(monthly_earnings=400000), household(other_unearned_income_monthly=400000), household()]
    many = estimate_caseload(Caseload.from_households(hs), on=ON).benefits
    for i, h in enumerate(hs):
        one = estimate(h, on=ON, tables=TABLES).benefits
        for name in ("pension_income_tax_annual", "married_couples_allowance", "married_couples_allowance_transferred"):
            assert [int(np.asarray(x)[i]) for x in getattr(many, name)] == list(getattr(one, name)), (i, name)
    assert int(np.asarray(many.pension_income_tax_annual[0])[0]) == 13600
