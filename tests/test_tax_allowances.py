"""The married couple's allowance and the marriage allowance in the income tax
on pensions that Pension Credit, pension-age Housing Benefit and the
pension-age Council Tax Reduction schemes disregard (SI 2002/1792 reg
17(10)(a); SI 2006/214 reg 33(12); SI 2012/2885 Sch 1 para 17(13)), and the
savings credit protection of a mixed-age couple (SI 2002/1792 reg 7A) as a
household fact. Worked examples to the penny, the arithmetic in each.

The law (read 2026-12-07, legalize-dev/legalize-uk):

- ITA 2007 ss 45-46: a tax reduction of 10% of the amount (s 45(3)(a),
  46(3)(a)) where either party was born before 6 April 1935, the amount
  reduced by half the excess of adjusted net income over the income limit
  (s 46(4), "half the excess" since Finance Act 2015 s 5(6)-(7)) but not below
  the minimum amount (s 43, s 46(5)); s 46(2)(e): the individual whose net
  income exceeds the spouse's. 2026-27 (SI 2026/38 art 2): £11,700, minimum
  £4,530, income limit £39,200. s 29(2): a tax reduction only so far as there
  is tax.
- ITA 2007 ss 55B-55C (inserted by Finance Act 2014 s 11): the recipient's
  tax reduction is the basic rate (20%; the Scottish basic rate for a
  Scottish taxpayer, SI 2015/1810 art 14(3)(b)) of the transferable amount,
  10% of the s 35(1) personal allowance rounded up to £10 (£12,570 -> £1,257
  -> £1,260); the transferor's personal allowance falls by it (s 55B(6));
  neither may pay tax above the basic rate (s 55B(2)(b), 55C(1)(c)); not with
  the married couple's allowance (s 55B(2)(d)).

Coventry, a social rent of £100.00 a week, band B of a £2,300.00 Band D: a
couple's council tax £1,788.89 a year x 7 / 365 = £34.3071 a week.
2026-27: couple's standard minimum guarantee £363.25, savings credit
threshold £329.75, maximum £20.10; pension-age HB couple £383.35 (one
reached pensionable age before 1 April 2021), £363.25 otherwise.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Caseload, Household, estimate, estimate_caseload
from entitlements.errors import InputError
from entitlements.household import Housing
from entitlements.io.households import household_from_flat
from entitlements.tables import Tables

TABLES = Tables.load()
ON = dt.date(2026, 12, 7)


def _home() -> Housing:
    return Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                   council_tax_band_d=230000)


def _est(adults, **kw):
    return estimate(Household(adults=adults, housing=_home(), **{"local_authority": "Coventry", **kw}), on=ON,
                    tables=TABLES)


def test_mca_table_2024_to_2027_from_the_indexation_orders():
    # SI 2024/84, SI 2025/53, SI 2026/38 art 2(b)-(e): (maximum, minimum, income limit).
    for day, want in ((dt.date(2024, 6, 1), (11080, 4280, 37000)), (dt.date(2025, 6, 1), (11270, 4360, 37700)),
                      (dt.date(2026, 6, 1), (11700, 4530, 39200))):
        row = TABLES.at("tax.married_couples_allowance", day)
        assert (row["maximum"], row["minimum"], row["income_limit"]) == tuple(100 * x for x in want)


def test_couple_of_92_and_88_married_couples_allowance_wipes_the_tax_savings_credit_hb_ctr():
    # Adult 1 is 92 on 7 December 2026: born on or before 7 January 1934 (age at the end of the assessment period,
    # 6 January 2027), so before 6 April 1935. State Pension £230.00 + pension £20.00 = £250.00 a week: 52 x £250 =
    # £13,000 - £12,570 = £430 x 20% = £86.00 tax. Married couple's allowance: the higher income is adult 1's,
    # £13,000, under the £39,200 limit: the full £11,700, 10% = £1,170.00, more than the £86.00 tax: the tax is nil
    # (s 29(2)). Adult 2 (88), £130.00 a week = £6,760: no tax.
    # Pension Credit income £250.00 + £130.00 = £380.00 (was £380.00 - £1.65 = £378.35, £86.00 / 52 = £1.6538).
    # Savings credit: A = the maximum £20.10 (60% x (£380.00 - £329.75) = £30.15 is more); B = 40% x (£380.00 -
    # £363.25) = £6.70; £13.40 (without the allowance: B = 40% x £15.10 = £6.04, £14.06).
    # HB (savings credit only: income £380.00 + £13.40 = £393.40) against £383.35: excess £10.05 x 65% = £6.5325 ->
    # £6.53; HB £93.47 (was £392.41: excess £9.06, £5.889 -> £5.89, £94.11).
    # CTR: £34.3071 - 20% x £10.05 = £32.2971 -> £32.30 (was - £1.812 = £32.4951 -> £32.50).
    e = _est((Adult(age=92, state_pension_weekly=23000, pension_income_weekly=2000),
              Adult(age=88, state_pension_weekly=13000)))
    b = e.benefits
    assert (b.pension_income_tax, b.pension_income_tax_annual, b.married_couples_allowance) == ((0, 0), (0, 0),
                                                                                              (8600, 0))
    pc = b.pension_credit
    assert (pc.income, pc.guarantee_credit, pc.savings_credit) == (38000, 0, 1340)
    hb = b.housing_benefit
    assert (hb.weekly_income, hb.excess_income, hb.taper_deduction, hb.award) == (39340, 1005, 653, 9347)
    assert b.council_tax.reduction_weekly == 3230
    text = e.render()
    assert "after the married couple's allowance, a tax reduction of £86.00" in text
    assert "SI 2026/38" in text and "ITA 2007 ss 45-46" in text
    assert any("married couple's allowance" in c and "s 46" in c for c in e.caveats)


def test_same_couple_aged_91_by_age_alone_gets_no_mca_and_a_caveat_but_by_date_of_birth_does():
    # 91 on 6 January 2027: born 7 January 1935 to 6 January 1936, maybe after 5 April 1935: not given (the tax
    # £86.00, £1.65 a week, as before the allowance), and the estimate says to give the date of birth.
    e = _est((Adult(age=91, state_pension_weekly=23000, pension_income_weekly=2000),
              Adult(age=88, state_pension_weekly=13000)))
    b = e.benefits
    assert (b.pension_income_tax, b.married_couples_allowance) == ((165, 0), (0, 0))
    assert (b.pension_credit.savings_credit, b.housing_benefit.award, b.council_tax.reduction_weekly) == (1406, 9411,
                                                                                                          3250)
    assert any("adult 1 is given by age only" in c for c in e.caveats)
    # Born 1 March 1935 (91): before 6 April 1935, the allowance given (as for the 92-year-old).
    e = _est((Adult(date_of_birth=dt.date(1935, 3, 1), state_pension_weekly=23000, pension_income_weekly=2000),
              Adult(age=88, state_pension_weekly=13000)))
    assert e.benefits.married_couples_allowance == (8600, 0) and e.benefits.pension_credit.savings_credit == 1340
    # Born 6 April 1935: not before it.
    e = _est((Adult(date_of_birth=dt.date(1935, 4, 6), state_pension_weekly=23000, pension_income_weekly=2000),
              Adult(age=88, state_pension_weekly=13000)))
    assert e.benefits.married_couples_allowance == (0, 0) and e.benefits.pension_credit.savings_credit == 1406


def test_mca_income_limit_taper_and_minimum_amount():
    # Adult 1 (93), a pension of £900.00 a week: £46,800 - £12,570 = £34,230 x 20% = £6,846.00. The £39,200 limit
    # exceeded by £7,600: the amount £11,700 - £3,800 = £7,900; 10% = £790.00; tax £6,056.00 / 52 = £116.4615 ->
    # £116.46.
    b = _est((Adult(age=93, pension_income_weekly=90000), Adult(age=88, state_pension_weekly=10000))).benefits
    assert (b.married_couples_allowance, b.pension_income_tax_annual, b.pension_income_tax) == (
        (79000, 0), (605600, 0), (11646, 0))
    # £1,200.00 a week: £62,400; excess £23,200, half £11,600: £100 is below the minimum £4,530, so £4,530, 10% =
    # £453.00. Tax: £49,830 taxable: 20% x £37,700 = £7,540 + 40% x £12,130 = £4,852 = £12,392.00 - £453.00 =
    # £11,939.00 / 52 = £229.596 -> £229.60.
    b = _est((Adult(age=93, pension_income_weekly=120000), Adult(age=88, state_pension_weekly=10000))).benefits
    assert (b.married_couples_allowance, b.pension_income_tax_annual, b.pension_income_tax) == (
        (45300, 0), (1193900, 0), (22960, 0))


def test_mca_goes_to_the_partner_with_the_higher_income_whoever_was_born_before_1935():
    # Adult 1 (93) has £100.00 a week, adult 2 (80) £330.00: £17,160 - £12,570 = £4,590 x 20% = £918.00. The
    # allowance (s 46(2)(e): the higher net income, adult 2's) is £1,170.00: adult 2's tax nil.
    b = _est((Adult(age=93, state_pension_weekly=10000),
              Adult(age=80, state_pension_weekly=23000, pension_income_weekly=10000))).benefits
    assert (b.married_couples_allowance, b.pension_income_tax) == ((0, 91800), (0, 0))


def test_couple_with_marriage_allowance_hb_and_ctr():
    # Adult 1 (70): State Pension £230.00 + pension £100.00 = £330.00 a week: £17,160 - £12,570 = £4,590 x 20% =
    # £918.00, £17.65 a week (£918 / 52 = £17.6538). Adult 2 (68): £100.00 a week, £5,200, elects to transfer:
    # £12,570 x 10% = £1,257, rounded up to £1,260; adult 2's allowance £11,310, still above £5,200 (no tax);
    # adult 1's taxable £4,590 is within the £37,700 basic rate band: a tax reduction of 20% x £1,260 = £252.00.
    # Tax £666.00 / 52 = £12.8077 -> £12.81.
    # Both reached pensionable age after 5 April 2016 (born 1956, 1958): no savings credit; income £430.00 - £12.81 =
    # £417.19 is over £363.25: no Pension Credit.
    # HB: £417.19 - £363.25 = £53.94 x 65% = £35.061 -> £35.06; HB £64.94 (without: £412.35, £49.10, £31.915 ->
    # £31.92, £68.08). CTR: £34.3071 - 20% x £53.94 = £23.5191 -> £23.52 (without: - £9.82 = £24.4871 -> £24.49).
    adults = (Adult(age=70, state_pension_weekly=23000, pension_income_weekly=10000),
              Adult(age=68, state_pension_weekly=10000))
    e = _est(adults, marriage_allowance_transferred_by="adult2")
    b = e.benefits
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((1281, 0), (66600, 0))
    assert (b.marriage_allowance, b.marriage_allowance_transferred) == ((25200, 0), (0, 126000))
    hb = b.housing_benefit
    assert (hb.weekly_income, hb.excess_income, hb.taper_deduction, hb.award) == (41719, 5394, 3506, 6494)
    assert b.council_tax.reduction_weekly == 2352
    assert "after the marriage allowance, a tax reduction of £252.00" in e.render()
    b = _est(adults).benefits
    assert (b.pension_income_tax, b.housing_benefit.award, b.council_tax.reduction_weekly) == ((1765, 0), 6808, 2449)


def test_marriage_allowance_raises_the_transferors_tax_when_their_income_is_over_the_reduced_allowance():
    # Adult 2's £235.00 a week = £12,220: under £12,570, over £11,310: taxable £910 x 20% = £182.00 (£3.50 a week);
    # adult 1's tax £918.00 - £252.00 = £666.00 (£12.81). Together £16.31 a week, was £17.65.
    b = _est((Adult(age=70, state_pension_weekly=23000, pension_income_weekly=10000),
              Adult(age=68, state_pension_weekly=23500)), marriage_allowance_transferred_by="adult2").benefits
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((1281, 350), (66600, 18200))


def test_marriage_allowance_not_for_a_higher_rate_recipient_nor_beside_the_mca():
    # Adult 1 with £1,230.00 a week (£63,960): taxable £51,390, above the £37,700 basic rate band (s 55B(2)(b)):
    # no reduction, and adult 2's allowance is whole.
    b = _est((Adult(age=70, state_pension_weekly=23000, pension_income_weekly=100000),
              Adult(age=68, state_pension_weekly=10000)), marriage_allowance_transferred_by="adult2").benefits
    assert (b.marriage_allowance, b.marriage_allowance_transferred) == ((0, 0), (0, 0))
    # A partner born before 6 April 1935 (93): the married couple's allowance instead (s 55B(2)(d)): £1,170.00 off
    # adult 1's £918.00 tax.
    b = _est((Adult(age=93, state_pension_weekly=23000, pension_income_weekly=10000),
              Adult(age=68, state_pension_weekly=10000)), marriage_allowance_transferred_by="adult2").benefits
    assert (b.married_couples_allowance, b.marriage_allowance, b.pension_income_tax) == ((91800, 0), (0, 0), (0, 0))


def test_scottish_couple_marriage_allowance_at_the_scottish_basic_rate():
    # Scottish taxpayer, taxable £4,590: 19% x £3,967 = £753.73 + 20% x £623 = £124.60 = £878.33; less 20% (the
    # Scottish basic rate) x £1,260 = £252.00: £626.33 / 52 = £12.0448 -> £12.04.
    b = _est((Adult(age=70, state_pension_weekly=23000, pension_income_weekly=10000),
              Adult(age=68, state_pension_weekly=10000)), marriage_allowance_transferred_by="adult2",
             nation="scotland", local_authority="Aberdeen City").benefits
    assert (b.pension_income_tax, b.pension_income_tax_annual, b.marriage_allowance) == ((1204, 0), (62633, 0),
                                                                                        (25200, 0))


def test_savings_credit_protected_mixed_age_couple_reg_7a():
    # docs/known-differences.md class (g): 7 July 2025, born 11 September 1954 (pensionable age 2020) and 14
    # February 1940; State Pensions £168.80 and £218.48, income £387.28, no tax (each under £12,570).
    # Unprotected: a mixed-age couple for savings credit, none (reg 7A). Protected: A = min(£19.36, 60% x (£387.28 -
    # £314.34) = £43.764) = £19.36; B = 40% x (£387.28 - £346.60) = £16.272 -> £16.27 (down, reg 7(4)); £3.09.
    on = dt.date(2025, 7, 7)
    adults = (Adult(date_of_birth=dt.date(1954, 9, 11), state_pension_weekly=16880),
              Adult(date_of_birth=dt.date(1940, 2, 14), state_pension_weekly=21848))
    pcs = [estimate(Household(adults=adults, savings_credit_protected=p), on=on, tables=TABLES).benefits.pension_credit
           for p in (False, True)]
    assert [(pc.income, pc.guarantee_credit, pc.savings_credit) for pc in pcs] == [(38728, 0, 0), (38728, 0, 309)]


def test_the_facts_are_checked_and_read_from_a_record():
    with pytest.raises(InputError, match="marriage_allowance_transferred_by.*single claimant"):
        Household(adults=Adult(age=70), marriage_allowance_transferred_by="adult1")
    with pytest.raises(InputError, match="marriage_allowance_transferred_by"):
        Household(adults=(Adult(age=70), Adult(age=68)), marriage_allowance_transferred_by="adult3")
    with pytest.raises(InputError, match="savings_credit_protected.*single claimant"):
        Household(adults=Adult(age=70), savings_credit_protected=True)
    h = household_from_flat({"adult1_age": "70", "adult2_age": "68", "marriage_allowance_transferred_by": "adult2",
                             "savings_credit_protected": "yes"})
    assert (h.marriage_allowance_transferred_by, h.savings_credit_protected) == ("adult2", True)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([70, 91, 92, 95]), st.integers(0, 40_000), st.integers(0, 80_000),
                          st.integers(0, 30_000), st.sampled_from([None, "adult1", "adult2"]), st.booleans(),
                          st.booleans(), st.booleans(), st.booleans(), st.booleans()),
                min_size=1, max_size=6))
def test_caseload_equals_each_household_with_the_allowances(rows):
    # Since 2026-12-07 with Blind Person's Allowance (either adult blind, a single adult or a couple: ITA 2007
    # ss 38-39).
    hs = []
    for age, sp, pension, sp2, by, scottish, protected, blind1, blind2, single in rows:
        adults = (Adult(age=age, state_pension_weekly=sp, pension_income_weekly=pension, blind=blind1),
                  Adult(age=68, state_pension_weekly=sp2, blind=blind2))
        if single:
            adults, by, protected = adults[:1], None, False
        where = dict(nation="scotland", local_authority="Aberdeen City") if scottish else dict(local_authority="Coventry")
        hs.append(Household(adults=adults, housing=_home(), marriage_allowance_transferred_by=by,
                            savings_credit_protected=protected, **where))
    many = estimate_caseload(Caseload.from_households(hs), on=ON)
    mb = many.benefits
    for i, h in enumerate(hs):
        one = estimate(h, on=ON, tables=TABLES).benefits
        assert many.valid[i]
        for k in (0, 1):
            for name in ("pension_income_tax", "married_couples_allowance", "marriage_allowance",
                         "marriage_allowance_transferred", "blind_persons_allowance",
                         "blind_persons_allowance_transferred", "blind_persons_allowance_used"):
                assert np.asarray(getattr(mb, name)[k])[i] == getattr(one, name)[k], name
        assert mb.pension_credit.award[i] == one.pension_credit.award
        assert mb.housing_benefit.award[i] == one.housing_benefit.award
        assert mb.council_tax.reduction_weekly[i] == one.council_tax.reduction_weekly
