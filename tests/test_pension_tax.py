"""Income tax on pensions, disregarded by Pension Credit, pension-age Housing
Benefit and the pension-age Council Tax Reduction schemes: worked examples to
the penny, each with the arithmetic from the regulations.

The law (read 2026-12-07 in the legalize-uk copy), each in the same words: "in
the case of any income taken into account for the purpose of calculating a
person's income, there shall be disregarded any amount payable by way of tax":
SI 2002/1792 reg 17(10)(a) (Pension Credit); SI 2006/214 reg 33(12) (Housing
Benefit); SI 2012/2885 Sch 1 para 17(13) (England); WSI 2013/3029 Sch 1 para
11(13) (Wales); SSI 2012/319 reg 31(12) (Scotland). A payment for a year is
made weekly by dividing it by 52 (reg 17(1)(b)(iii); reg 33(1)(b)(iii); para
17(1)(b)(iii); para 11(1)(b)(iii); reg 31(1)(b)(iii)): the tax year's tax / 52,
to the nearest penny.

Tax, 2026-27 (rules/tax, each row with its source): personal allowance
£12,570 (ITA 2007 s 35; Finance Act 2021 s 5(2) as amended); rest of the UK:
20% to £37,700; Scotland: starter 19% to £3,967, basic 20% to £16,956 (the
Scottish rate resolution 2026-27). Taxable income is rounded down to whole
pounds, the tax down to the penny.

Coventry (England), a social rent of £100.00 a week, band B of a £2,300.00
Band D: £1,788.89 a year, single person discount 25% -> £1,341.67, a week
x 7 / 365 = £25.7306 (£25.73); a couple without the discount £1,788.89 x 7
/ 365 = £34.3071.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Caseload, Household, estimate, estimate_caseload
from entitlements.benefits.net_earnings import annual_income_tax, monthly_income_tax
from entitlements.household import Housing
from entitlements.tables import Tables

TABLES = Tables.load()
ON = dt.date(2026, 12, 7)


def _home() -> Housing:
    return Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                   council_tax_band_d=230000)


def _est(adults, **kw):
    return estimate(Household(adults=adults, housing=_home(), **{"local_authority": "Coventry", **kw}), on=ON,
                    tables=TABLES)


def test_annual_and_monthly_tax_share_the_band_arithmetic():
    # One function for the bands: £608 a year at 20% = £121.60; the same year's tax on £50.66 a month (Month 1,
    # whole pounds £50, bands at the annual limit / 12) = £10.00.
    assert annual_income_tax(60888, on=ON, scottish=False, tables=TABLES) == 12160
    assert monthly_income_tax(5066, on=ON, scottish=False, tables=TABLES) == 1000
    # Scottish, £4,603 a year: 19% x £3,967 = £753.73 + 20% x £636 = £127.20: £880.93.
    assert annual_income_tax(460300, on=ON, scottish=True, tables=TABLES) == 88093


def test_ruk_pensioner_above_the_allowance_savings_credit_hb_and_ctr():
    # Single, 80 (pension age before 6 April 2016 and 1 April 2021), State Pension £253.44 a week (the
    # cross-check's household 8: PolicyEngine £12.72).
    # Tax: 52 x £253.44 = £13,178.88 - £12,570 = £608.88 -> £608 x 20% = £121.60 a year; / 52 = £2.3385 -> £2.34.
    # Pension Credit income £253.44 - £2.34 = £251.10. Guarantee £238.00: none. Savings credit: amount A = the
    # maximum £17.96 (60% x (£251.10 - £208.07) = £25.82 is more); amount B = 40% x (£251.10 - £238.00) = £5.24;
    # £12.72 (£11.79 with the pension counted before tax).
    # HB (savings credit only: the Secretary of State's income plus the savings credit, SI 2006/214 reg 27):
    # £251.10 + £12.72 = £263.82 against £256.00: excess £7.82, 65% = £5.083 -> £5.08; HB £100.00 - £5.08 = £94.92.
    # CTR (SI 2012/2885 Sch 1 para 14, the same income): 20% x £7.82 = £1.564; £25.7306 - £1.564 = £24.1666 ->
    # £24.17.
    e = _est(Adult(age=80, state_pension_weekly=25344))
    b = e.benefits
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((234, 0), (12160, 0))
    pc = b.pension_credit
    assert (pc.income, pc.guarantee_credit, pc.savings_credit) == (25110, 0, 1272)
    hb = b.housing_benefit
    assert (hb.weekly_income, hb.excess_income, hb.taper_deduction, hb.award) == (26382, 782, 508, 9492)
    c = b.council_tax
    assert (c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction, c.reduction_weekly) == (26382, 782, 156, 2417)
    # The working sheets show the tax with its law and the tax tables' rows. With savings credit only, HB and CTR
    # use the Secretary of State's income, which Pension Credit's disregard took the tax off (SI 2002/1792 reg
    # 17(10)(a)); their own disregards (SI 2006/214 reg 33(12), SI 2012/2885 Sch 1 para 17(13)) do not apply to it
    # (reg 27(5); Sch 1 para 14(3)): since 2026-12-07 the sheets say so (the test below has theirs).
    text = e.render()
    assert "Income tax on pensions: £121.60 a year / 52" in text
    for law in ("SI 2002/1792 reg 17(10)(a)", "in Pension Credit's income: SI 2002/1792 reg 17(10)(a)",
                "ITA 2007 ss 10, 35"):
        assert law in text
    assert "SI 2006/214 reg 33(12)" not in text and "SI 2012/2885 Sch 1 para 17(13)" not in text
    assert text.count("Income tax on pensions: £121.60 a year / 52, already out of Pension Credit's income") == 2
    assert "Caveat:" not in text and e.caveats == ()


def test_hb_and_ctr_count_the_pension_net_of_tax_without_pension_credit():
    # Single, 70 (pension age after 6 April 2016: no savings credit; after 1 April 2021: the lower allowance),
    # State Pension £245.00 and a works pension £20.00 a week. Tax: 52 x £265.00 = £13,780 - £12,570 = £1,210 x
    # 20% = £242.00; / 52 = £4.6538 -> £4.65. Income £265.00 - £4.65 = £260.35: over the £238.00 guarantee, no
    # Pension Credit.
    # HB: £260.35 - £238.00 = £22.35 excess, 65% = £14.5275 -> £14.53; £100.00 - £14.53 = £85.47.
    # CTR: 20% x £22.35 = £4.47; £25.7306 - £4.47 = £21.2606 -> £21.26.
    e = _est(Adult(age=70, state_pension_weekly=24500, pension_income_weekly=2000))
    b = e.benefits
    assert b.pension_income_tax == (465, 0)
    assert (b.pension_credit.income, b.pension_credit.award) == (26035, 0)
    hb, c = b.housing_benefit, b.council_tax
    assert (hb.applicable_amount.total, hb.weekly_income, hb.taper_deduction, hb.award) == (23800, 26035, 1453, 8547)
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_taper_deduction, c.reduction_weekly) == (23800, 26035, 447, 2126)
    # Without Pension Credit each scheme's own disregard of the tax, on its sheet.
    text = e.render()
    assert "SI 2006/214 reg 33(12)" in text and "SI 2012/2885 Sch 1 para 17(13)" in text


def test_scottish_taxpayer_pensioner_scottish_rates_and_the_scottish_scheme():
    # Single, 80, in Aberdeen City: a Scottish taxpayer (the household's nation, as for pay). State Pension
    # £230.25 and a works pension £100.00 a week: 52 x £330.25 = £17,173 - £12,570 = £4,603: starter 19% x
    # £3,967 = £753.73, basic 20% x £636 = £127.20; £880.93 a year (the rest of the UK's 20% would be £920.60),
    # / 52 = £16.9409 -> £16.94. Income £330.25 - £16.94 = £313.31. Pension Credit: guarantee none; savings
    # credit £17.96 - 40% x (£313.31 - £238.00) = £17.96 - £30.12: nil.
    # HB: £313.31 - £256.00 = £57.31, 65% = £37.2515 -> £37.25; £100.00 - £37.25 = £62.75.
    # CTR, SSI 2012/319 (reg 31(12) disregards the tax): 20% x £57.31 = £11.462; £25.7306 - £11.462 = £14.2686
    # -> £14.27.
    e = _est(Adult(age=80, state_pension_weekly=23025, pension_income_weekly=10000), nation="scotland",
             local_authority="Aberdeen City")
    b = e.benefits
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((1694, 0), (88093, 0))
    assert (b.pension_credit.income, b.pension_credit.award) == (31331, 0)
    assert (b.housing_benefit.weekly_income, b.housing_benefit.taper_deduction, b.housing_benefit.award) == \
        (31331, 3725, 6275)
    c = b.council_tax
    assert (c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction, c.reduction_weekly) == (31331, 5731, 1146, 1427)
    assert "SSI 2012/319 reg 31(12)" in e.render() and "ITA 2007 ss 11A, 35" in e.render()
    # The same household in England is taxed at 20%: £920.60 / 52 = £17.7038 -> £17.70.
    assert _est(Adult(age=80, state_pension_weekly=23025, pension_income_weekly=10000)).benefits.pension_income_tax \
        == (1770, 0)


def test_couple_only_one_above_the_allowance():
    # Both over 75. Claimant: State Pension £253.44 and a works pension £50.00: 52 x £303.44 = £15,778.88 -
    # £12,570 = £3,208.88 -> £3,208 x 20% = £641.60; / 52 = £12.3385 -> £12.34. Partner: State Pension £180.00,
    # 52 x £180.00 = £9,360, under the allowance: nil (one allowance each: the partner's unused allowance is not
    # the claimant's). Income £303.44 + £180.00 - £12.34 = £471.10. Pension Credit: guarantee £363.25, none;
    # savings credit £20.10 - 40% x (£471.10 - £363.25) = £20.10 - £43.14: nil.
    # HB: applicable amount £383.35 (couple); excess £87.75, 65% = £57.0375 -> £57.04; £100.00 - £57.04 = £42.96.
    # CTR: 20% x £87.75 = £17.55; £34.3071 - £17.55 = £16.7571 -> £16.76.
    b = _est((Adult(age=80, state_pension_weekly=25344, pension_income_weekly=5000),
              Adult(age=78, state_pension_weekly=18000))).benefits
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((1234, 0), (64160, 0))
    assert b.pension_credit.income == 47110
    hb, c = b.housing_benefit, b.council_tax
    assert (hb.applicable_amount.total, hb.excess_income, hb.taper_deduction, hb.award) == (38335, 8775, 5704, 4296)
    assert (c.weekly_liability, c.ctr_taper_deduction, c.reduction_weekly) == (3431, 1755, 1676)


def test_pensioner_with_earnings_and_pensions_tax_on_pay_not_taken_twice():
    # Single, 70, State Pension £230.25 and a works pension £100.00 a week, £1,000.00 a month gross pay, 2026-27.
    # PAYE on the pay (Month 1): the code is the allowance less the State Pension, £12,570 - 52 x £230.25 =
    # £12,570 - £11,973 = £597 -> code 59L, free pay (10 x 59 + 9) / 12 = £49.9167 -> £49.92; taxable £950.08 ->
    # £950 x 20% = £190.00 a month, £2,280.00 a year; no NICs over pension age; net pay £810.00.
    # The year's tax: £11,973 + £5,200 (works pension) + £12,000 (pay) = £29,173 - £12,570 = £16,603 x 20% =
    # £3,320.60; less the £2,280.00 taken from pay = £1,040.60 on the pensions (the works pension's £5,200 at 20%
    # is £1,040.00: the 60p is Month 1's free pay of £599.04 a year against the £597 left); / 52 = £20.0115 ->
    # £20.01.
    # Pension Credit: earnings £810.00 x 12 / 52 = £186.92 less £5.00 (Sch VI) = £181.92; income £230.25 +
    # £100.00 + £181.92 - £20.01 = £492.16.
    e = _est(Adult(age=70, state_pension_weekly=23025, pension_income_weekly=10000, gross_monthly_earnings=100000))
    b = e.benefits
    assert e.universal_credit.calculation.earned_income == 81000
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((2001, 0), (104060, 0))
    assert b.pension_credit.income == 49216


def test_no_tax_under_the_allowance_and_none_for_net_pay_alone():
    # £200.00 a week: 52 x £200 = £10,400, under £12,570: nil. Pay given net (no gross): its tax is not known,
    # and there is no pension or taxable benefit: nil.
    assert _est(Adult(age=80, state_pension_weekly=20000)).benefits.pension_income_tax == (0, 0)
    assert _est(Adult(age=70, monthly_earnings=300000)).benefits.pension_income_tax == (0, 0)


def test_blind_pensioner_gets_blind_persons_allowance_and_its_caveat():
    # Since 2026-12-07 Blind Person's Allowance (ITA 2007 s 38) is given: £253.44 a week x 52 = £13,178.88, under
    # £12,570 + £3,250 = £15,820: no tax (it was £121.60, £2.34 a week, with the personal allowance only).
    e = _est(Adult(age=80, state_pension_weekly=25344, blind=True))
    assert e.benefits.pension_income_tax == (0, 0)
    text = " ".join(e.caveats)
    assert "ITA 2007 s 38(2)" in text and "SI 2002/1792 reg 17(10)(a)" in text
    assert "Caveat: Income tax on pensions" in e.render()
    assert e.to_dict()["caveats"] == list(e.caveats)


# -- properties -------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 40_000), st.integers(0, 30_000), st.integers(1, 20_000), st.booleans(), st.booleans(),
       st.sampled_from([None, 0, 80_000, 250_000]))
def test_more_pension_never_raises_pension_credit_hb_or_ctr(sp, pension, more, scottish, state, gross):
    where = dict(nation="scotland", local_authority="Aberdeen City") if scottish else {}

    def b(sp_, pension_):
        return _est(Adult(age=80, state_pension_weekly=sp_, pension_income_weekly=pension_,
                          gross_monthly_earnings=gross or None), **where).benefits

    lo = b(sp, pension)
    hi = b(sp + more, pension) if state else b(sp, pension + more)
    assert hi.pension_credit.award <= lo.pension_credit.award
    assert hi.housing_benefit.award <= lo.housing_benefit.award
    assert hi.council_tax.reduction_weekly <= lo.council_tax.reduction_weekly
    # and the tax never takes more than the pension added
    assert sum(hi.pension_income_tax) - sum(lo.pension_income_tax) <= more


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(67, 95), st.integers(0, 40_000), st.integers(0, 40_000),
                          st.sampled_from([None, 0, 100_000, 400_000]), st.booleans(), st.booleans(),
                          st.sampled_from([None, "adult1", "adult2"])),
                min_size=1, max_size=6))
def test_caseload_equals_each_household_with_pension_tax(rows):
    # Since 2026-12-07 with the married couple's allowance (an adult 92 or over is born before 6 April 1935) and the
    # marriage allowance (a couple's election, either way).
    hs = []
    for age, sp, pension, gross, scottish, couple, by in rows:
        a = Adult(age=age, state_pension_weekly=sp, pension_income_weekly=pension, gross_monthly_earnings=gross or None,
                  reached_pension_age_before_6_april_2016=age >= 75)
        adults = (a, Adult(age=70, state_pension_weekly=pension, reached_pension_age_before_6_april_2016=False)) \
            if couple else a
        where = dict(nation="scotland", local_authority="Aberdeen City") if scottish else dict(local_authority="Coventry")
        hs.append(Household(adults=adults, housing=_home(), marriage_allowance_transferred_by=by if couple else None,
                            **where))
    many = estimate_caseload(Caseload.from_households(hs), on=ON)
    for i, h in enumerate(hs):
        one = estimate(h, on=ON, tables=TABLES)
        assert many.valid[i]
        mb = many.benefits
        assert np.asarray(mb.pension_income_tax[0])[i] == one.benefits.pension_income_tax[0]
        assert np.asarray(mb.pension_income_tax[1])[i] == one.benefits.pension_income_tax[1]
        for name in ("married_couples_allowance", "marriage_allowance", "marriage_allowance_transferred",
                     "married_couples_allowance_transferred"):
            assert [np.asarray(x)[i] for x in getattr(mb, name)] == list(getattr(one.benefits, name)), name
        assert mb.pension_credit.award[i] == one.benefits.pension_credit.award
        assert mb.housing_benefit.award[i] == one.benefits.housing_benefit.award
        assert mb.council_tax.reduction_weekly[i] == one.benefits.council_tax.reduction_weekly
        assert mb.total_weekly[i] == one.total_weekly
