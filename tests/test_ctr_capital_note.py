"""The working sheet says why a pensioner with capital over £16,000 and no
guarantee credit gets no Council Tax Reduction (until 2026-12-07 it showed the
excess income and the taper above a nil reduction, and nothing of why).

Audit household H9 (2026-27): 80, £240.00 a week pension, £30,000 capital, a
son of 50 on Pension Credit, band C in Coventry. Pension Credit: £240.00 +
£40.00 deemed income (£1 for each £500 over £10,000) = £280.00 against £238.00:
savings credit only (£1.16). SI 2012/2885 reg 11(2): "Pensioners whose capital
exceeds £16,000 are a class of person ... which must not be included in an
authority's scheme", and class C (the second adult rebate, Sch 1 para 4(1)(d))
excludes that class too (read 2026-12-07 in ``uk/uksi-2012-2885.md``): nil,
although the son on Pension Credit would give a 25% rebate (£10.73).
"""
import datetime as dt

from entitlements import Adult, Household, estimate
from entitlements.household import Housing, NonDependant

ON = dt.date(2026, 6, 1)


def _sheet(capital):
    h = Household(adults=(Adult(age=80, pension_income_weekly=24000),), capital=capital,
                  housing=Housing(tenure="owner_occupier", council_tax_band="C", non_dependants=(
                      NonDependant(age=50, hb_ctr_exemption="pension_credit"),)), local_authority="Coventry")
    sheet = estimate(h, on=ON).council_tax
    reduction = next(ln.amount for ln in sheet.lines if ln.label == "Council Tax Reduction")
    return reduction, " ".join(sheet.notes)


def test_capital_over_the_limit_is_said():
    reduction, notes = _sheet(3000000)
    assert reduction == 0
    assert "Capital of £30,000.00 is over £16,000.00: no Council Tax Reduction, the second adult rebate included " \
           "(SI 2012/2885 reg 11(2))" in notes


def test_not_said_under_the_limit():
    reduction, notes = _sheet(1500000)
    assert reduction > 0
    assert "is over £16,000.00" not in notes
