"""Carers, pensioners and mixed-age couples: worked examples to the penny (audit of 2026-12-07).

Each example has its arithmetic written here from the regulation; the figures are not read back from the library's
tables. Amounts a week unless said (UC a month).

Law read (legalize-dev/legalize-uk mirror, 2026-12-07):
- SI 2002/1792 (Pension Credit) Sch I para 1(1)(a)(ii), (b)(ii): the severe disability addition needs "no person who
  has attained the age of 18" normally residing with the claimant "other than a person to whom paragraph 2 applies";
  para 2(2)(a): a person in receipt of attendance allowance, DLA care at the middle or highest rate or PIP daily
  living; para 1(1)(a)(iii), (b): no one "entitled to, and in receipt of" carer's allowance (or with a UC carer
  element) for caring for them; Sch I Pt II para 4(2): the carer amount for each partner "entitled to" carer's
  allowance (an underlying entitlement, CA overlapped by State Pension, counts). Reg 15(6): capital deemed to yield
  £1 a week for each £500, or part of £500, over £10,000.
- SI 2006/214 (pension-age HB) Sch 3 para 6(2)(a)(ii), (6)(a): the same for the severe disability premium; para 9:
  the carer premium where the claimant "is ... entitled to a carer's allowance".
- SI 2012/2885 (England, pensioners' CTR) Sch 2 para 6(2)(a)(ii), (6)(a): the same; reg 3(1)(a): a "pensioner" is a
  person who "has attained the qualifying age for state pension credit" and neither they nor their partner has an
  award of universal credit; reg 3(1)(b)(i): one who has not attained it is "a person who is not a pensioner".
- WSI 2013/3029 (Wales) Sch 7 para 9(b)(ii) (read in the Welsh text): the disability premium for a partner only where
  the partner "has not attained the qualifying age for state pension credit" ("nad yw partner y ceisydd wedi cyrraedd
  yr oedran cymwys ar gyfer credyd pensiwn y wladwriaeth"); para 11(4): the severe disability premium ignores a
  non-dependant on attendance allowance, DLA care middle/highest or PIP daily living.
- SI 2013/376 (UC) regs 29-30, 66(1)(a)-(b), 73.

Rates for 2026-27 (each read in its instrument; the library's rule tables cite them):
- Social Security Benefits Up-rating Order 2026 (SI 2026/148): Pension Credit standard minimum guarantee single
  £238.00, couple £363.25 (art 29(2)(a)-(b)); severe disability addition £86.05, double £172.10 (art 29(2)(c)-(d));
  carer amount £48.15 (art 29(2)(e)); savings credit threshold single £208.07 (art 29(3)); Carer's Allowance £86.45
  (Sch 1 Part III para 4); UC carer element £209.34 (art 32(2), Sch 13); pension-age HB single personal allowance
  (pensionable age from April 2021) £238.00, severe disability premium £86.05, carer premium £48.15 (Sch 6).
- UC joint standard allowance (either 25 or over) £666.97 (SI 2026/113 reg 3(3)).
- SI 2026/27 amending SI 2012/2885 Sch 2: single £238.00, carer premium £48.15, severe disability premium £86.05.
- WSI 2026/13 amending WSI 2013/3029 Sch 7: couple £159.85, carer premium £48.15, disability premium (couple) £64.00.
- Coventry Band D 2026-27 £2,516.72 (MHCLG Table 9, as shipped); band B is 7/9 of it (LGFA 1992 s 5(1)): £1,957.45 a
  year, x 7 / 365 = £37.54 a week. Tapers: HB 65% (SI 2006/214 reg 51); CTR 20% a week (SI 2012/2885 Sch 1 para
  3(f)(ii): 2 6/7% a day).
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate, estimate_caseload
from entitlements.household import NonDependant

D = dt.date
MAY_2026 = D(2026, 5, 4)
DEC_2026 = D(2026, 12, 7)
# Born 1956: pensionable age 66 in 2022 (after 1 April 2021: the lower HB and CTR personal allowances; after 6 April
# 2016: no savings credit, SPCA 2002 s 3(1)).
BORN_1956 = D(1956, 3, 1)
BORN_1955 = D(1955, 6, 1)


def _aa_pensioner(non_dependant: NonDependant, *, state_pension=25000, pension=10000):
    """Single, 70, Attendance Allowance (higher), a social tenant in Coventry (band B) at £120 a week."""
    return Household(adults=Adult(date_of_birth=BORN_1956, attendance_allowance="higher",
                                  state_pension_weekly=state_pension, pension_income_weekly=pension),
                     housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B",
                                     non_dependants=(non_dependant,)),
                     local_authority="Coventry")


# -- the severe disability addition and premium: which non-dependants count -------------------------------------------


def test_a_17_year_old_living_with_a_pensioner_does_not_stop_the_severe_disability_addition_2026():
    # Sch I para 1(1)(a)(ii): only a person "who has attained the age of 18" counts. A 17-year-old grandchild (not a
    # qualifying young person of the claimant) lives with her. Appropriate minimum guarantee £238.00 + £86.05 =
    # £324.05; income State Pension £150.00; guarantee credit £324.05 - £150.00 = £174.05 a week.
    # (Before the fix every non-dependant counted: no addition, guarantee credit £238.00 - £150.00 = £88.00.)
    h = _aa_pensioner(NonDependant(age=17), state_pension=15000, pension=0)
    pc = estimate(h, on=MAY_2026).benefits.pension_credit
    assert (pc.severe_disability_addition, pc.appropriate_minimum_guarantee, pc.guarantee_credit) == (8605, 32405, 17405)


def test_a_non_dependant_on_pip_daily_living_does_not_stop_the_severe_disability_amounts_2026():
    # Her son, 45, lives with her and gets PIP daily living (exemption "disability_benefit"): ignored by SI 2002/1792
    # Sch I para 2(2)(a), SI 2006/214 Sch 3 para 6(6)(a), SI 2012/2885 Sch 2 para 6(6)(a).
    # Income counted: £250.00 + £100.00 = £350.00 of pensions less the income tax on them, disregarded by SI 2002/1792
    # reg 17(10)(a), SI 2006/214 reg 33(12), SI 2012/2885 Sch 1 para 17(13): £350.00 x 52 = £18,200 a year, less the
    # personal allowance £12,570 = £5,630 at 20% = £1,126.00 a year, / 52 = £21.65 a week; £350.00 - £21.65 = £328.35.
    # Pension Credit: £238.00 + £86.05 = £324.05 against income £328.35: nil.
    # HB: applicable amount £238.00 + £86.05 = £324.05; excess £328.35 - £324.05 = £4.30; 65% = £2.795 -> £2.80;
    # no non-dependant deduction (she gets Attendance Allowance, reg 55(6)(b)): £120.00 - £2.80 = £117.20.
    # CTR: two adults, no discount: £37.54 a week; applicable amount £324.05, excess £4.30 x 20% = £0.86:
    # £37.54 - £0.86 = £36.68 (more than the second adult rebate).
    # (Before the fix: no premium. HB £120.00 - 65% x (£350.00 - £238.00) = £120.00 - £72.80 = £47.20; CTR £37.54 -
    # 20% x £112.00 = £37.54 - £22.40 = £15.14.)
    e = estimate(_aa_pensioner(NonDependant(age=45, exemption="disability_benefit")), on=MAY_2026)
    b = e.benefits
    assert (b.pension_credit.severe_disability_addition, b.pension_credit.award) == (8605, 0)
    hb = b.housing_benefit
    assert (hb.applicable_amount.severe_disability_premium, hb.applicable_amount.total) == (8605, 32405)
    assert (hb.excess_income, hb.taper_deduction, hb.award) == (430, 280, 11720)
    c = b.council_tax
    assert (c.ctr_applicable_amount, c.ctr_excess_income, c.reduction_weekly) == (32405, 430, 3668)


def test_a_non_dependant_without_a_care_benefit_still_stops_them_2026():
    # The same son without PIP: Sch 3 para 6(2)(a)(ii) bites. Income £328.35 (after the £21.65 tax, above); excess over
    # £238.00 is £90.35. HB: 65% = £58.7275 -> £58.73; £120.00 - £58.73 = £61.27. CTR: 20% = £18.07; £37.54 - £18.07 =
    # £19.47.
    b = estimate(_aa_pensioner(NonDependant(age=45)), on=MAY_2026).benefits
    assert (b.pension_credit.severe_disability_addition, b.housing_benefit.applicable_amount.severe_disability_premium) == (0, 0)
    assert (b.housing_benefit.award, b.council_tax.reduction_weekly) == (6127, 1947)


def test_the_caseload_ignores_the_same_non_dependants_2026():
    hs = [_aa_pensioner(NonDependant(age=45, exemption="disability_benefit")), _aa_pensioner(NonDependant(age=45)),
          _aa_pensioner(NonDependant(age=17), state_pension=15000, pension=0)]
    r = estimate_caseload(hs, on=MAY_2026)
    # The third has guarantee credit: the whole rent, £120.00 (SI 2006/214 reg 26).
    assert list(r.benefits.housing_benefit.award) == [11720, 6127, 12000]
    assert list(r.benefits.pension_credit.award) == [0, 0, 17405]


# -- carers at pension age --------------------------------------------------------------------------------------------


def test_pensioner_couple_both_carers_overlapped_by_state_pension_get_two_carer_amounts_2026():
    # Both 70 and 71, each caring 35 hours for someone outside the household, each with State Pension £150.00.
    # CA £86.45 - £150.00 < 0: nothing paid (SI 1979/597 reg 4(5)), the entitlement kept. PC: £363.25 + 2 x £48.15
    # (Sch I para 4(2): "both partners are, entitled") = £459.55; income £300.00; guarantee credit £159.55.
    # HB: guarantee credit passports the maximum, the rent £110.00; its applicable amount £459.55 (two carer premiums,
    # Sch 3 para 9). CTR: passported, the whole £37.54.
    h = Household(adults=(Adult(date_of_birth=BORN_1955, carer=True, claims_carers_allowance=True, state_pension_weekly=15000),
                          Adult(date_of_birth=BORN_1956, carer=True, claims_carers_allowance=True, state_pension_weekly=15000)),
                  housing=Housing(tenure="social_rent", rent=11000, rent_period="week", council_tax_band="B"),
                  local_authority="Coventry")
    b = estimate(h, on=MAY_2026).benefits
    assert (b.carers_allowance, b.carers_allowance_entitlement) == ((0, 0), (8645, 8645))
    assert (b.pension_credit.carer_addition, b.pension_credit.guarantee_credit) == (9630, 15955)
    assert (b.housing_benefit.applicable_amount.carer_premium, b.housing_benefit.award) == (9630, 11000)
    assert b.council_tax.reduction_weekly == 3754


def test_single_pensioner_carer_above_the_guarantee_gets_the_hb_carer_premium_2026():
    # 70, caring, State Pension £250.00 (CA overlapped: none paid, entitled), occupational pension £100.00; rent £120.
    # Income counted: £350.00 less the income tax on her pensions (CA overlapped, so untaxed): (£18,200 - £12,570) x 20%
    # = £1,126.00 a year, / 52 = £21.65; £328.35 (SI 2002/1792 reg 17(10)(a); SI 2006/214 reg 33(12); SI 2012/2885
    # Sch 1 para 17(13)).
    # PC: £238.00 + £48.15 = £286.15 < £328.35: nil. HB: applicable amount £286.15; excess £42.20 x 65% = £27.43;
    # £120.00 - £27.43 = £92.57. CTR: she lives alone, 25% discount: £1,957.45 x 75% = £1,468.09 a year,
    # x 7 / 365 = £28.16 a week; excess £42.20 x 20% = £8.44; £28.16 - £8.44 = £19.72.
    h = Household(adults=Adult(date_of_birth=BORN_1956, carer=True, claims_carers_allowance=True,
                               state_pension_weekly=25000, pension_income_weekly=10000),
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", council_tax_band="B"),
                  local_authority="Coventry")
    b = estimate(h, on=MAY_2026).benefits
    assert (b.pension_credit.carer_addition, b.pension_credit.award) == (4815, 0)
    hb = b.housing_benefit
    assert (hb.applicable_amount.carer_premium, hb.applicable_amount.total, hb.excess_income, hb.award) == (4815, 28615, 4220, 9257)
    assert (b.council_tax.ctr_applicable_amount, b.council_tax.reduction_weekly) == (28615, 1972)


def test_severe_disability_addition_double_unless_the_carer_is_paid_2026():
    # Both partners get Attendance Allowance; the second cares for the first and claims CA, which her State Pension
    # (£200.00) overlaps: entitled, nothing paid, so no one is "entitled to, and in receipt of" CA for the first
    # (Sch I para 1(1)(b)): the double amount £172.10, and the carer amount £48.15 for her entitlement.
    # PC: £363.25 + £172.10 + £48.15 = £583.50; income £150.00 + £200.00 = £350.00; guarantee credit £233.50.
    # Were the CA paid for caring for the first (carer_paid_for): the lower amount, £86.05: £497.45 - £350.00 = £147.45.
    def couple(paid):
        return Household(adults=(Adult(date_of_birth=BORN_1955, attendance_allowance="higher", state_pension_weekly=15000,
                                       carer_paid_for=paid),
                                 Adult(date_of_birth=BORN_1956, attendance_allowance="lower", carer=True,
                                       claims_carers_allowance=True, state_pension_weekly=20000)))
    unpaid, paid = (estimate(couple(p), on=MAY_2026).benefits.pension_credit for p in (False, True))
    assert (unpaid.severe_disability_addition, unpaid.carer_addition, unpaid.guarantee_credit) == (17210, 4815, 23350)
    assert (paid.severe_disability_addition, paid.guarantee_credit) == (8605, 14745)


def test_capital_deems_income_by_each_500_or_part_with_savings_credit_2026():
    # 80, reached pensionable age before 2016 (savings credit, SPCA 2002 s 3(1)); State Pension £220.00; capital
    # £12,345.67: £2,345.67 over £10,000 is 4 whole £500s and a part: £5.00 a week (reg 15(6)). Income £225.00.
    # Guarantee credit £238.00 - £225.00 = £13.00. Savings credit: A = 60% x (£225.00 - £208.07) = £10.158 -> £10.16
    # (up, reg 7(4)); B = 40% of income above £238.00 = nil; £10.16. Pension Credit £23.16.
    h = Household(adults=Adult(date_of_birth=D(1946, 1, 1), state_pension_weekly=22000), capital=1234567)
    pc = estimate(h, on=MAY_2026).benefits.pension_credit
    assert (pc.deemed_income, pc.income, pc.guarantee_credit, pc.savings_credit, pc.award) == (500, 22500, 1300, 1016, 2316)


# -- mixed-age couples ------------------------------------------------------------------------------------------------


def test_mixed_age_couple_on_uc_with_the_carer_element_and_the_balance_of_ca_2026():
    # 40 and 70; the 70-year-old cares and claims CA; State Pension £50.00 leaves CA £86.45 - £50.00 = £36.45 paid.
    # UC (not Pension Credit: SPCA 2002 s 4(1A)): £666.97 + carer element £209.34 = £876.31; unearned income
    # £50.00 x 52 / 12 = £216.67 and £36.45 x 52 / 12 = £157.95: £374.62; award £876.31 - £374.62 = £501.69.
    # Exempt from the cap (reg 83(1)(i): entitled to CA).
    h = Household(adults=(Adult(age=40), Adult(age=70, carer=True, claims_carers_allowance=True, state_pension_weekly=5000)))
    e = estimate(h, on=MAY_2026)
    c = e.universal_credit.calculation
    assert (c.carer_element, c.maximum_amount, c.unearned_income, e.universal_credit.award) == (20934, 87631, 37462, 50169)
    assert c.benefit_cap_exempt
    assert e.benefits.carers_allowance == (0, 3645)
    assert e.benefits.pension_credit.award == 0


def _mixed(applicant, *, nation="england", council="Leeds"):
    # 68 (Attendance Allowance, State Pension £230.25) and 55, who cares for the 68-year-old and claims CA (£86.45).
    # UC nil: £666.97 + £209.34 = £876.31 against £997.75 + £374.62.
    older = Adult(age=68, attendance_allowance="higher", state_pension_weekly=23025)
    younger = Adult(age=55, carer=True, claims_carers_allowance=True)
    return Household(adults=(older, younger), nation=nation, local_authority=council, applicant=applicant,
                     housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=210000))


def test_mixed_age_couple_without_uc_the_younger_applying_is_not_a_pensioner_2026():
    # SI 2012/2885 reg 3(1)(b)(i): the 55-year-old applicant "has not attained the qualifying age": the working-age
    # scheme, Leeds's own (not shipped): check needed. The older applying (or not said): the pensioners' scheme.
    younger = estimate(_mixed("adult2"), on=DEC_2026).benefits.council_tax
    assert (younger.ctr_status, younger.ctr_scheme, younger.ctr_reason) == (2, 0, 2)  # local_scheme_not_shipped
    for who in ("adult1", None):
        older = estimate(_mixed(who), on=DEC_2026).benefits.council_tax
        assert (older.ctr_status, older.ctr_scheme, older.reduction_weekly) == (1, 1, 3132)


def test_the_sheet_says_the_older_partner_is_taken_to_apply():
    text = estimate(_mixed(None), on=DEC_2026).render()
    assert "the partner over the qualifying age for state pension credit (adult 1) is taken to apply" in text
    assert "taken to apply" not in estimate(_mixed("adult1"), on=DEC_2026).render()


def test_welsh_mixed_age_couple_younger_applicant_no_disability_premium_for_the_older_partner_2026():
    # Wales, the 55-year-old applies: the Welsh working-age scheme (Sch 7). The 68-year-old partner's Attendance
    # Allowance gives no disability premium: Sch 7 para 9(b)(ii) asks that the partner has not attained the
    # qualifying age. Applicable amount £159.85 + carer premium £48.15 = £208.00; income £230.25 + £86.45 = £316.70;
    # excess £108.70 x 20% = £21.74; band B 7/9 x £2,100 = £1,633.33 a year, £31.32 a week; £31.32 - £21.74 = £9.58.
    # (Before 2026-12-07 the applicant was not read: the pensioners' scheme, the whole £31.32. And Sch 7 had no age
    # test: with it missing the premium £64.00 is added, £272.00, excess £44.70, £31.32 - £8.94 = £22.38.)
    c = estimate(_mixed("adult2", nation="wales", council="Cardiff"), on=DEC_2026).benefits.council_tax
    assert (c.ctr_status, c.ctr_scheme) == (1, 4)  # wales_working_age
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.reduction_weekly) == (20800, 31670, 10870, 958)
