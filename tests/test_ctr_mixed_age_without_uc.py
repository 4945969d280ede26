"""A mixed-age couple with no award of Universal Credit claim Council Tax Reduction under the pension-age scheme.

SI 2012/2885 reg 3(1)(a) (read 2026-12-07, legalize-dev/legalize-uk uk/uksi-2012-2885.md): a person is a
"pensioner" if (i) he has attained the qualifying age for state pension credit and (ii) neither he nor his partner is
on income support, income-based JSA or income-related ESA, or "a person with an award of universal credit". WSI
2013/3029 reg 3(a) says the same for Wales (read in the Welsh text as made: "yn berson sydd â dyfarniad o gredyd
cynhwysol"). So where the older partner has reached the qualifying age and the couple's UC works out at nil (their
income is above the maximum amount: WRA 2012 s 5(1)(b)), the older partner applies as a pensioner. Before
2026-12-07 such a couple was sent to the working-age scheme (for most English councils "check needed": the council's
own scheme is not shipped).

Figures quoted (the arithmetic is here, not read from the library's tables):
- SI 2026/27 reg 6(2), (9), amending SI 2012/2885 Sch 2 (2026-27): couple £363.25, carer premium £48.15.
- WSI 2025/59 regs 6(a), 6(d), amending WSI 2013/3029 Sch 2 (2025-26): couple £366.00, carer premium £46.40; taper
  reg 23(f)(ii): 2 6/7 per cent of the excess a day (20% a week).
- Up-rating Orders 2025 (SI 2025/295) and 2026 (SI 2026/148): Carer's Allowance £83.30 (2025-26), £86.45 (2026-27);
  Attendance Allowance higher rate (disregarded as income).
- UC (SI 2013/376 regs 36, 29-30, 66, 73): 2026-27 joint £666.97 and carer element £209.34; 2025-26 joint £628.10 and
  carer element £201.68. Retirement pension and Carer's Allowance count in full, a week x 52 / 12.
- LGFA 1992 s 5(1): band B is 7/9 of Band D; s 10(1): a week is the year's amount x 7 / days in the year.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate, estimate_caseload

DEC_2026, DEC_2025 = dt.date(2026, 12, 7), dt.date(2025, 12, 1)


def _couple(*, nation="england", council="Leeds", band="B", band_d=210000, older_pension=0, state_pension=23025):
    older = Adult(age=68, attendance_allowance="higher", state_pension_weekly=state_pension,
                  pension_income_weekly=older_pension)
    younger = Adult(age=55, carer=True, claims_carers_allowance=True)
    return Household(adults=(older, younger), nation=nation, local_authority=council,
                     housing=Housing(tenure="owner_occupier", council_tax_band=band, council_tax_band_d=band_d))


def test_mixed_age_couple_with_nil_uc_gets_the_english_pension_age_reduction_2026():
    # UC: £666.97 + £209.34 = £876.31 maximum; income £230.25 x 52 / 12 = £997.75 (State Pension) and £86.45 x 52 / 12
    # = £374.62 (Carer's Allowance): £1,372.37, more than the maximum: no award, so the 68-year-old is a pensioner.
    # Applicable amount £363.25 + £48.15 = £411.40; income £230.25 + £86.45 = £316.70 (AA disregarded): less, so
    # the maximum reduction, the whole council tax: band B 7/9 x £2,100 = £1,633.33 a year,
    # a week 163,333 x 7 / 365 = 3,132.42p -> £31.32.
    e = estimate(_couple(), on=DEC_2026)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_scheme) == (1, 1)  # worked out, CTR_SCHEMES[1] == "england"
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income) == (41140, 31670, 0)
    assert (c.reduction_weekly, c.reduction_annual, c.to_pay_annual) == (3132, 163333, 0)
    assert "SI 2012/2885 Sch 1" in e.render()


def test_mixed_age_couple_with_a_uc_award_stays_on_the_working_age_scheme():
    # No State Pension and no Carer's Allowance paid: UC £666.97 + £209.34 = £876.31 is awarded, so reg 3(1)(a)(ii)(bb)
    # fails: not a pensioner. Leeds's own working-age scheme is not shipped: "check needed" (status 2), as before.
    h = _couple(state_pension=0)
    h = Household(adults=(h.adults[0], Adult(age=55, carer=True)), nation="england", local_authority="Leeds",
                  housing=h.housing)
    e = estimate(h, on=DEC_2026)
    assert e.universal_credit.award == 87631
    assert e.benefits.council_tax.ctr_status == 2


def test_welsh_mixed_age_couple_with_nil_uc_gets_the_welsh_pension_age_reduction_2025():
    # UC 2025-26: £628.10 + £201.68 = £829.78; State Pension alone £997.75 a month: nil.
    # Applicable £366.00 + £46.40 = £412.40; income £230.25 + £150.00 + £83.30 = £463.55, less the income tax on
    # the older partner's pensions (WSI 2013/3029 Sch 1 para 11(13), 2025-26): 52 x £380.25 = £19,773 - £12,570 =
    # £7,203 x 20% = £1,440.60, / 52 = £27.70 (the Carer's Allowance, £4,331.60 a year, is under the younger
    # partner's allowance): £435.85; excess £23.45.
    # Cardiff, band D from the bill £2,000 (two adults, no discount); a week 200,000 x 7 / 365 = 3,835.62 -> £38.36.
    # Taper a week 20% x £23.45 = £4.69: £33.67. A year: 200,000 - 469 x 365 / 7 (24,455) = 175,545 -> £1,755.45.
    e = estimate(_couple(nation="wales", council="Cardiff", band="D", band_d=200000, older_pension=15000),
                 on=DEC_2025)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_scheme) == (1, 2)  # CTR_SCHEMES[2] == "wales_pension"
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (
        41240, 43585, 2345, 469)
    assert (c.reduction_weekly, c.reduction_annual) == (3367, 175545)


def test_the_caseload_path_gives_the_same_pension_age_reduction():
    households = [_couple(), _couple(state_pension=0)]
    result = estimate_caseload(households, on=DEC_2026)
    c = result.benefits.council_tax
    assert list(c.ctr_scheme[:1]) == [1]
    assert list(c.reduction_weekly[:1]) == [3132]
    assert list(c.reduction_annual[:1]) == [163333]


def test_the_benefit_check_tells_this_couple_to_claim_under_the_pensioners_scheme():
    # The check finds the reduction above (£31.32 a week) and says which scheme and which law: the national
    # pensioners' scheme, and the law of the household's nation only (England: LGFA 1992 s 13A and SI 2012/2885).
    from entitlements import benefit_check

    found = {f.id: f for f in benefit_check(_couple(), on=DEC_2026).findings}
    ctr = found["council_tax_reduction"]
    assert ctr.weekly == 3132
    assert "pension age the national pensioners' scheme" in ctr.action
    # Since 2026-12-07 also the provision letting the couple choose which of them applies (SI 2012/2885 Sch 8 para
    # 4(1)), with a note comparing both choices (tests/test_ctr_applicant_choice_worked.py).
    assert ctr.legal_basis == ("Local Government Finance Act 1992 s 13A",
                               "Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012 (SI 2012/2885)",
                               "SI 2012/2885 Sch 8 para 4(1); the default scheme the same, SI 2012/2886 Sch para 109(1)(a)")
