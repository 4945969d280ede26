"""Which partner of a mixed-age couple applies for Council Tax Reduction: both choices, worked to the penny (2026-12-07).

Law read (legalize-dev/legalize-uk mirror, 2026-12-07):
- England: SI 2012/2885 reg 3(1)(a)-(b): a "pensioner" has attained the qualifying age for state pension credit and
  has no award of universal credit (nor a partner with one); one who has not attained it is "a person who is not a
  pensioner" (the council's own scheme). Sch 8 para 4(1) (every scheme, pensioners and others: para 3): "In the case
  of a couple ... an application is to be made by whichever one of them they agree should so apply or, in default of
  agreement, by such one of them as the authority determines". The default scheme, SI 2012/2886 Sch para 109(1)(a),
  the same.
- Wales: WSI 2013/3029 reg 3 (the same test of a "pensiynwr") and Sch 13 para 1(1)(a) (the same choice), read in the
  Welsh text.
- Scotland: SSI 2021/249 reg 22 lets a couple choose, but reg 3(4): the Regulations "do not apply in relation to a
  person whose partner has attained pensionable age" (other than on a qualifying income-related benefit or with an
  award of universal credit, reg 3(1)(b)); SSI 2012/319 reg 12(1): the pensioners' Regulations "apply to a person who
  has attained the qualifying age for state pension credit". The younger partner is under neither: the older applies.

Figures (2026-27; each as the library's tables cite them):
- Coventry Band D £2,516.72 (MHCLG Table 9); band B 7/9 (LGFA 1992 s 5(1)): £1,957.45 a year, x 7 / 365 = £37.54 a
  week. Coventry's own working-age scheme 2026-27 (rules/ctr/local/coventry/2026-27.toml, marked unverified: its
  figures come from a transcription, see its note): income-banded on excess income, band 1 (no excess) 80% of the
  liability.
- Band D given as £2,100.00 (the bill); band B 7/9: £1,633.33 a year, x 7 / 365 = £31.32 a week.
- Pension Credit couple standard minimum guarantee £363.25 (SI 2026/148 art 29(2)); Carer's Allowance £86.45.
- Wales pensioners' scheme couple £383.35 (WSI 2026/13 reg 8(a)(ii)), carer premium £48.15; working age couple
  £159.85, carer premium £48.15 (WSI 2026/13 amending Sch 7); taper 20%.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate
from entitlements.check import check
from entitlements.ctr_applicant import applicant_choice
from entitlements.tables import default_tables

DEC_2026 = dt.date(2026, 12, 7)
T = default_tables()
ALL_CLAIMED = ["pension_credit", "housing_benefit", "council_tax_reduction"]


def _coventry(applicant=None):
    # 68 on State Pension £230.25 and 55 with no income, entitled as that couple to Pension Credit since before 15 May
    # 2019 (SI 2019/37 art 4): Pension Credit, not UC. Guarantee credit £363.25 - £230.25 = £133.00. Social tenants in
    # Coventry, band B.
    return Household(adults=(Adult(age=68, state_pension_weekly=23025), Adult(age=55)), local_authority="Coventry",
                     applicant=applicant, mixed_age_protected=True,
                     housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B"))


def _carers(applicant=None, *, nation="wales", council="Cardiff"):
    # 68 (Attendance Allowance, State Pension £230.25) and 55, who cares for the 68-year-old and claims Carer's
    # Allowance (£86.45). UC nil (£666.97 + £209.34 = £876.31 against £997.75 + £374.62): no award, so who applies
    # decides the scheme.
    older = Adult(age=68, attendance_allowance="higher", state_pension_weekly=23025)
    younger = Adult(age=55, carer=True, claims_carers_allowance=True)
    return Household(adults=(older, younger), nation=nation, local_authority=council, applicant=applicant,
                     housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=210000))


# -- England --------------------------------------------------------------------------------------------------------


def test_english_protected_couple_the_older_applying_gives_751_more_2026():
    # Adult 1 (68) applies: the pensioners' scheme (SI 2012/2885 reg 3(1)(a)); on guarantee credit his income is nil:
    # the maximum, the whole £37.54. Adult 2 (55) applies: "not a pensioner" (reg 3(1)(b)(i)), Coventry's own scheme:
    # no excess income (£230.25 against the applicable amount the library takes, £363.25), band 1, 80% of £37.54 =
    # £30.032, £30.03. Adult 1 applying: £37.54 - £30.03 = £7.51 a week more, x 52 = £390.52 a year.
    c = applicant_choice(_coventry("adult2"), on=DEC_2026, tables=T)
    assert c.choosable and (c.taken, c.named) == (2, 2)
    assert [(o.adult, o.scheme, o.reduction_weekly) for o in c.options] == [(1, "england", 3754), (2, "local", 3003)]
    assert (c.better, c.difference_weekly) == (1, 751)
    assert "Adult 1 applying gives £7.51 a week more (£390.52 a year)." in c.advice()
    assert "SI 2012/2885 Sch 8 para 4(1)" in c.advice() and "SI 2012/2885 reg 3(1)" in c.advice()


def test_the_check_tells_a_couple_who_name_the_younger_partner_to_switch_2026():
    # Everything claimed, adult 2 named: the check's finding is the difference, £7.51 a week; a month £7.51 x 52 / 12
    # = £32.543, £32.54; a year £390.52.
    bc = check(_coventry("adult2"), on=DEC_2026, claims=ALL_CLAIMED)
    f = {f.id: f for f in bc.findings}["council_tax_reduction_applicant"]
    assert (f.weekly, f.monthly, f.annual, f.certainty) == (751, 3254, 39052, "claim_needed")
    assert f.what == "Council Tax Reduction: the claimant (adult 1) to apply, not adult 2"
    assert f.legal_basis == ("SI 2012/2885 Sch 8 para 4(1); the default scheme the same, SI 2012/2886 Sch para 109(1)(a)",
                             "SI 2012/2885 reg 3(1)")
    assert "£37.54 a week against £30.03 with adult 2 applying" in f.action
    assert f.question == ""


def test_the_older_partner_taken_to_apply_no_switch_finding_and_the_sheet_compares_2026():
    # Not named: the older partner is taken to apply (£37.54), the better choice: no finding to switch; the working
    # sheet gives both, £7.51 more "as taken here".
    bc = check(_coventry(), on=DEC_2026, claims=ALL_CLAIMED)
    assert "council_tax_reduction_applicant" not in {f.id for f in bc.findings}
    text = estimate(_coventry(), on=DEC_2026).render()
    assert "Adult 1 applying gives £7.51 a week more (£390.52 a year), as taken here." in " ".join(text.split())


def test_where_the_younger_partner_applying_gives_more_the_check_says_so_2026():
    # The same protected couple, State Pension £200.00 and the younger partner's own occupational pension £198.25:
    # £398.25 (no Pension Credit: above the £363.25 guarantee); each under the personal allowance (£12,570 / 52 =
    # £241.73 a week), so no income tax comes off (SI 2012/2885 Sch 1 para 17(13)). Band A on a
    # £1,200.00 Band D from the bill: 6/9 = £800.00 a year, x 7 / 365 = £15.3425 a week (shown £15.34). Excess income
    # £398.25 - £363.25 = £35.00 under either scheme. Adult 1 applying, the pensioners' scheme: £15.3425 - 20% x £35.00
    # = £8.3425, £8.34. Adult 2 applying, Coventry's own scheme: excess £35.00 is band 2 (£15 to under £40: 65%, as
    # the shipped, unverified, file transcribes it): 65% x £15.3425 = £9.9726, £9.97. Adult 2 applying gives £1.63 a
    # week more, £84.76 a year, £1.63 x 52 / 12 = £7.063, £7.06 a month. Not named, the older partner was taken to
    # apply: the finding asks who applies.
    h = _coventry().replace(adults=(Adult(age=68, state_pension_weekly=20000), Adult(age=55, pension_income_weekly=19825)),
                            housing=Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="A",
                                            council_tax_band_d=120000))
    c = applicant_choice(h, on=DEC_2026, tables=T)
    assert [(o.scheme, o.reduction_weekly) for o in c.options] == [("england", 834), ("local", 997)]
    assert (c.taken, c.better, c.difference_weekly) == (1, 2, 163)
    f = {f.id: f for f in check(h, on=DEC_2026, claims=ALL_CLAIMED).findings}["council_tax_reduction_applicant"]
    assert (f.what, f.weekly, f.monthly, f.annual) == ("Council Tax Reduction: the partner (adult 2) to apply, not adult 1",
                                                        163, 706, 8476)
    assert f.question.startswith("The household does not say which of the couple applies")
    assert "Adult 2 applying gives £1.63 a week more (£84.76 a year)." in f.notes[0]


def test_english_younger_partner_under_an_unshipped_local_scheme_is_not_compared_2026():
    # Leeds's own scheme is not shipped: adult 2's reduction cannot be worked out, so no difference is claimed; the
    # note gives adult 1's £31.32 and says to compare with the council.
    c = applicant_choice(_carers(nation="england", council="Leeds"), on=DEC_2026, tables=T)
    assert [(o.scheme, o.reduction_weekly) for o in c.options] == [("england", 3132), ("local", None)]
    assert c.better is None and c.difference_weekly is None
    assert "Leeds's working-age scheme for 2026-27 is not in the library" in c.advice()
    assert c.advice().endswith("Compare with the council before choosing.")


# -- Wales ----------------------------------------------------------------------------------------------------------


def test_welsh_couple_naming_the_younger_partner_lose_2174_a_week_2026():
    # Adult 1 (68) applies, the pensioners' scheme (WSI 2013/3029 reg 3(a)): applicable amount couple £383.35 + carer
    # premium £48.15 = £431.50; income £230.25 + £86.45 = £316.70, below it: the maximum, £31.32.
    # Adult 2 (55) applies, the working-age scheme (Sch 7): £159.85 + £48.15 = £208.00 (no disability premium for the
    # 68-year-old partner, Sch 7 para 9(b)(ii)); excess £316.70 - £208.00 = £108.70 x 20% = £21.74; £31.32 - £21.74 =
    # £9.58. Adult 1 applying: £31.32 - £9.58 = £21.74 a week more, x 52 = £1,130.48 a year; a month £21.74 x 52 / 12
    # = £94.207, £94.21.
    c = applicant_choice(_carers("adult2"), on=DEC_2026, tables=T)
    assert [(o.scheme, o.reduction_weekly) for o in c.options] == [("wales_pension", 3132), ("wales_working_age", 958)]
    assert (c.better, c.difference_weekly) == (1, 2174)
    bc = check(_carers("adult2"), on=DEC_2026)
    found = {f.id: f for f in bc.findings}
    assert found["council_tax_reduction"].weekly == 958  # the household's own choice, valued as it stands
    f = found["council_tax_reduction_applicant"]
    assert (f.weekly, f.monthly, f.annual) == (2174, 9421, 113048)
    assert f.legal_basis == ("WSI 2013/3029 Sch 13 para 1(1)(a)", "WSI 2013/3029 reg 3")
    assert "Adult 1 applying gives £21.74 a week more (£1,130.48 a year)." in f.notes[0]


def test_welsh_couple_not_naming_the_applicant_get_the_comparison_as_a_note_2026():
    # Not named: the older partner is taken to apply, £31.32, the better: the Council Tax Reduction finding (not
    # claimed) carries the comparison and the provision letting them choose; no finding to switch.
    found = {f.id: f for f in check(_carers(), on=DEC_2026).findings}
    assert "council_tax_reduction_applicant" not in found
    ctr = found["council_tax_reduction"]
    assert ctr.weekly == 3132
    assert "WSI 2013/3029 Sch 13 para 1(1)(a)" in ctr.legal_basis
    assert any("Adult 1 applying gives £21.74 a week more (£1,130.48 a year), as taken here." in n for n in ctr.notes)


# -- Scotland: the law leaves the older partner to apply ---------------------------------------------------------------


def test_scottish_mixed_age_couple_the_older_partner_applies_whoever_is_named_2026():
    # SSI 2021/249 reg 3(4) and SSI 2012/319 reg 12(1): the pensioners' scheme with adult 1 applying even where the
    # household names adult 2 (until 2026-12-07 the working-age scheme was given). Applicable amount £383.35 (SSI
    # 2026/56 reg 6(a)(ii)) + carer premium £48.15 = £431.50 against £316.70: the maximum, £31.32.
    for named in (None, "adult1", "adult2"):
        c = estimate(_carers(named, nation="scotland", council="Glasgow City"), on=DEC_2026).benefits.council_tax
        assert (c.ctr_scheme, c.ctr_applicable_amount, c.reduction_weekly) == (3, 43150, 3132)  # scotland_pension
    choice = applicant_choice(_carers("adult2", nation="scotland", council="Glasgow City"), on=DEC_2026, tables=T)
    assert not choice.choosable and choice.better is None and choice.taken == 1
    assert "SSI 2021/249 reg 3(4)" in choice.advice() and "SSI 2012/319 reg 12(1)" in choice.advice()
    assert "The household names adult 2 as the applicant: worked out with adult 1 applying" in choice.advice()
    found = {f.id: f for f in check(_carers(nation="scotland", council="Glasgow City"), on=DEC_2026).findings}
    assert "council_tax_reduction_applicant" not in found
    assert "SSI 2021/249 reg 3(4) (and reg 22); SSI 2012/319 reg 12(1)" in found["council_tax_reduction"].legal_basis
    assert any("in Scotland the older partner (adult 1, 68) applies" in n for n in found["council_tax_reduction"].notes)
    text = " ".join(estimate(_carers("adult2", nation="scotland", council="Glasgow City"), on=DEC_2026).render().split())
    assert "If the younger partner applies, the working-age scheme applies instead" not in text


# -- no choice to make --------------------------------------------------------------------------------------------------


def test_a_couple_both_over_or_both_under_the_qualifying_age_get_no_note_2026():
    for ages in ((68, 70), (40, 55)):
        h = Household(adults=(Adult(age=ages[0], state_pension_weekly=23025 if ages[0] > 66 else 0),
                              Adult(age=ages[1])), nation="wales", local_authority="Cardiff",
                      housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=210000))
        assert applicant_choice(h, on=DEC_2026, tables=T) is None
        findings = check(h, on=DEC_2026).findings
        assert "council_tax_reduction_applicant" not in {f.id for f in findings}
        assert not any("Who applies for Council Tax Reduction matters" in n for f in findings for n in f.notes)
        assert "Who applies for Council Tax Reduction matters" not in estimate(h, on=DEC_2026).render()


def test_a_mixed_age_couple_on_universal_credit_have_no_choice_of_scheme_2026():
    # UC awarded: both are "not a pensioner" whoever applies (WSI 2013/3029 reg 3(b)(ii)): nothing to compare.
    h = Household(adults=(Adult(age=68), Adult(age=55)), nation="wales", local_authority="Cardiff",
                  housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=210000))
    assert estimate(h, on=DEC_2026).universal_credit.award > 0
    assert applicant_choice(h, on=DEC_2026, tables=T) is None


def test_a_single_person_or_no_council_tax_band_gives_nothing_to_compare():
    assert applicant_choice(Household(adults=Adult(age=70)), on=DEC_2026, tables=T) is None
    assert applicant_choice(Household(adults=(Adult(age=68), Adult(age=55))), on=DEC_2026, tables=T) is None
