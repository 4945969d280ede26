"""Income tax on a working-age person's pension, taken off the income the
working-age schemes count where their law disregards it (since 2026-12-07):
worked examples to the penny, each with its arithmetic.

The law (read 2026-12-07, legalize-dev/legalize-uk), each about the income
other than earnings:

- Housing Benefit in temporary or specified accommodation, SI 2006/213 Sch 5
  para 1: "Any amount paid by way of tax on income which is to be taken into
  account under regulation 40 (calculation of income other than earnings)."
  With Universal Credit the whole income is disregarded (passported).
- Wales, working age without UC, WSI 2013/3029 Sch 6 para 17(2) (the gross
  income less "unrhyw swm ... a bennir yn Atodlen 9") and Sch 9 para 4:
  "Unrhyw swm a dalwyd ar gyfer treth ar incwm sydd i'w gymryd i ystyriaeth
  o dan baragraff 17 o Atodlen 6 (cyfrifo incwm ac eithrio enillion)" (any
  amount paid by way of tax on income which is to be taken into account
  under Sch 6 para 17). With UC, Sch 6 para 9(3): UC's income, adjusted only
  for the award, para 8 and a s 13A(1)(c) reduction.
- England, the Default Scheme (SI 2012/2886 Sch para 54(1)-(2): gross income
  less "any sum, where applicable, specified in Schedule 8"; Schedule 8
  para 4 in the same words as HB's, as the councils that follow it print it;
  the Default Scheme's own Schedule 8 is not in the mirror): the files of the
  councils encoded on it say so (``[income] tax_disregarded``).
- Scotland, working age, SSI 2021/249: no such disregard. Unearned income
  counts as regs 38(2)(b), 41 and 57 list it ("retirement pension income to
  which the applicant is entitled", reg 57(1)(a)); tax comes off only
  earnings (regs 49(6)(b), 50(3)(a), 51(2) step 3). The pension is counted
  before tax.

Tax (rules/tax, each row with its source): personal allowance £12,570; rest
of the UK 20% to £37,700; Scotland 2026-27 starter 19% to £3,967, basic 20%
above. Taxable income in whole pounds. A week's tax is the year's / 52, to
the nearest penny (as at pension age: entitlements.benefits.pension_tax).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from entitlements import Adult, Caseload, Household, estimate, estimate_caseload
from entitlements.household import Housing
from entitlements.tables import Tables

TABLES = Tables.load()
ON = dt.date(2026, 12, 7)  # 2026-27
ON_2025 = dt.date(2025, 12, 1)  # 2025-26: the Default-Scheme councils' last shipped year


def _owner(band: str) -> Housing:
    return Housing(tenure="owner_occupier", council_tax_band=band)


def _wales() -> Household:
    return Household(adults=Adult(age=58, pension_income_weekly=30000), housing=_owner("F"), nation="wales",
                     local_authority="Cardiff")


def _scotland() -> Household:
    return Household(adults=Adult(age=58, pension_income_weekly=33000), housing=_owner("F"), nation="scotland",
                     local_authority="Glasgow City")


def _rugby() -> Household:
    return Household(adults=Adult(age=58, pension_income_weekly=30000),
                     housing=Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000,
                                     rent_period="week", bedrooms=1, council_tax_band="F"),
                     local_authority="Rugby")


def test_wales_working_age_no_earnings_pension_over_the_allowance():
    # Single, 58, no earnings, a works pension of £300.00 a week drawn from 55; Cardiff band F, owner, 2026-27.
    # UC: £400.14 maximum less £300.00 x 52 / 12 = £1,300.00 a month: nil, so the Welsh scheme's own rules apply.
    # Tax: 52 x £300.00 = £15,600 - £12,570 = £3,030 x 20% = £606.00 a year; / 52 = £11.6538 -> £11.65.
    # Council tax: Band D £2,013.18 x 13/9 = £2,907.93; 25% off = £2,180.95; a week x 7 / 365 = £41.8263 (£41.83).
    # Income counted £300.00 - £11.65 = £288.35 (Sch 6 para 17(2), Sch 9 para 4). Applicable amount (Sch 7,
    # single 25 or over) £101.85; excess £186.50; 20% = £37.30 (reg 25(f)(ii): 2 6/7% a day x 7).
    # Reduction £41.8263 - £37.30 = £4.5263 -> £4.53 (before tax was taken off: excess £198.15, 20% £39.63,
    # £2.1963 -> £2.20).
    e = estimate(_wales(), on=ON, tables=TABLES)
    b = e.benefits
    assert int(b.universal_credit.award) == 0
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((1165, 0), (60600, 0))
    c = b.council_tax
    assert (c.ctr_scheme, c.weekly_liability, c.ctr_maximum, c.ctr_applicable_amount) == (4, 4183, 4183, 10185)
    assert (c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction, c.reduction_weekly) == (28835, 18650, 3730, 453)
    text = e.render()
    assert "Income tax on pensions: £606.00 a year / 52, taken off the income counted" in text
    assert "WSI 2013/3029 Sch 6 para 17(2), Sch 9 para 4" in text


def test_scotland_working_age_counts_the_pension_before_tax():
    # Single, 58, no earnings, a works pension of £330.00 a week; Glasgow City band F, owner, 2026-27; no UC.
    # Tax (Scottish): 52 x £330.00 = £17,160 - £12,570 = £4,590: 19% x £3,967 = £753.73 + 20% x £623 = £124.60:
    # £878.33 a year, £16.8910 -> £16.89 a week. SSI 2021/249 has no disregard of it: income counted £330.00.
    # Council tax: Band D £1,706.00 x 473/360 = £2,772.25 (SSI 2016/368); 25% off = £2,079.19; a week £39.87.
    # Reg 14 (bands E to H) gives more than reg 13: threshold £321.00 for a single person; excess £9.00, 20% = £1.80;
    # its maximum (A - A/C)/B a day, C = 1.125: £2,079.19 x (1 - 1/1.125) x 7 / 365 = £4.4306 (£4.43);
    # reduction £4.4306 - £1.80 = £2.6306 -> £2.63. (Were the tax taken off, £313.11 would be under the threshold
    # and the reduction £4.43: the Scottish scheme does not.)
    e = estimate(_scotland(), on=ON, tables=TABLES)
    b = e.benefits
    assert int(b.universal_credit.award) == 0
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((1689, 0), (87833, 0))
    c = b.council_tax
    assert (c.ctr_scheme, c.weekly_liability, c.ctr_maximum, c.ctr_applicable_amount) == (6, 3987, 443, 32100)
    assert (c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction, c.reduction_weekly) == (33000, 900, 180, 263)
    text = e.render()
    assert "a year / 52, taken off the income counted" not in text
    assert "SSI 2021/249 has no disregard of income tax" in text


def test_default_scheme_council_and_working_age_hb_take_the_tax_off():
    # Single, 58, a works pension of £300.00 a week, temporary accommodation at £200.00 a week, Rugby band F,
    # 2025-26 (Rugby's scheme of 2013, encoded as the Default Scheme with its 85% maximum).
    # UC: no housing costs element (temporary accommodation, SI 2013/376 Sch 1 para 3(i), 3B); £400.14 less £1,300.00:
    # nil. Tax 2025-26: £15,600 - £12,570 = £3,030 x 20% = £606.00; / 52 = £11.65.
    # HB (SI 2006/213): income £300.00 - £11.65 = £288.35 (Sch 5 para 1); applicable amount £92.05; excess
    # £196.30; 65% = £127.595 -> £127.60; HB £200.00 - £127.60 = £72.40 (£64.83 with the pension before tax:
    # 65% x £207.95 = £135.17).
    # CTR: Band D £2,378.04 x 13/9 = £3,434.95; 25% off = £2,576.21; a week x 7 / 365 = £49.4068 (£49.41); 85% =
    # £41.9958 (£42.00). Income £288.35 (Default Scheme Sch para 54(2), Sch 8 para 4); applicable amount (HB's,
    # standing in) £92.05; excess £196.30; 20% = £39.26; reduction £41.9958 - £39.26 = £2.7358 -> £2.74 (£0.41
    # with the pension before tax: 20% x £207.95 = £41.59).
    e = estimate(_rugby(), on=ON_2025, tables=TABLES)
    b = e.benefits
    assert int(b.universal_credit.award) == 0
    assert (b.pension_income_tax, b.pension_income_tax_annual) == ((1165, 0), (60600, 0))
    hb = b.housing_benefit
    assert (hb.weekly_income, hb.excess_income, hb.taper_deduction, hb.award) == (28835, 19630, 12760, 7240)
    c = b.council_tax
    assert (c.ctr_scheme, c.weekly_liability, c.ctr_maximum, c.ctr_applicable_amount) == (5, 4941, 4200, 9205)
    assert (c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction, c.reduction_weekly) == (28835, 19630, 3926, 274)
    text = e.render()
    assert "SI 2006/213 Sch 5 para 1" in text
    assert "SI 2012/2886 Sch para 54(2), Sch 8 para 4" in text


def test_coventry_banded_scheme_counts_the_pension_before_tax():
    # Coventry's banded scheme (2026-27): its document was not read, and nothing read says it disregards tax on
    # unearned income, so the pension is counted as given (the file's [income] note). Single, 58, pension
    # £300.00, temporary accommodation £200.00 a week, band B: the income counted is the £300.00, while HB
    # (SI 2006/213 Sch 5 para 1) takes the £11.65 off.
    h = Household(adults=Adult(age=58, pension_income_weekly=30000),
                  housing=Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000,
                                  rent_period="week", bedrooms=1, council_tax_band="B"),
                  local_authority="Coventry")
    b = estimate(h, on=ON, tables=TABLES).benefits
    assert b.pension_income_tax == (1165, 0)
    assert b.housing_benefit.weekly_income == 28835
    assert b.council_tax.ctr_scheme == 5 and b.council_tax.ctr_income == 30000


def test_with_universal_credit_the_working_age_schemes_use_ucs_income():
    # A couple, 57 and 40, with two children, renting socially in Cardiff, pension £260.00 a week: UC is paid
    # (its maximum is above £260.00 x 52 / 12 = £1,126.67), and the Welsh scheme then takes UC's income x 12 / 52
    # with no tax off (Sch 6 para 9(3)), though the tax (52 x £260 = £13,520 - £12,570 = £950 x 20% = £190.00,
    # £3.6538 -> £3.65 a week) is worked out.
    from entitlements import Child

    h = Household(adults=(Adult(age=57, pension_income_weekly=26000), Adult(age=40)),
                  children=(Child(date_of_birth=dt.date(2019, 5, 1)), Child(date_of_birth=dt.date(2021, 5, 1))),
                  housing=Housing(tenure="social_rent", rent=12000, rent_period="week", bedrooms=2,
                                  council_tax_band="C"),
                  nation="wales", local_authority="Cardiff")
    e = estimate(h, on=ON, tables=TABLES)
    b = e.benefits
    assert int(b.universal_credit.award) > 0
    assert b.pension_income_tax == (365, 0)
    c = b.council_tax
    assert c.ctr_scheme == 4
    # UC's income: £260.00 x 52 / 12 = £1,126.67 a month, with the award, x 12 / 52: the pension in full.
    uc = b.universal_credit
    assert c.ctr_income == int(np.floor((int(uc.award) + int(uc.earned_income) + int(uc.unearned_income)) * 12 / 52 + 0.5))
    assert "a year / 52, taken off the income counted" not in e.render()


def test_caseload_equals_each_household():
    hs = [_wales(), _scotland(), _rugby()]
    for on in (ON, ON_2025):
        many = estimate_caseload(Caseload.from_households(hs), on=on)
        for i, h in enumerate(hs):
            one = estimate(h, on=on, tables=TABLES).benefits
            assert many.valid[i]
            mb = many.benefits
            assert np.asarray(mb.pension_income_tax[0])[i] == one.pension_income_tax[0]
            assert mb.housing_benefit.award[i] == one.housing_benefit.award
            assert mb.council_tax.ctr_income[i] == one.council_tax.ctr_income
            assert mb.council_tax.reduction_weekly[i] == one.council_tax.reduction_weekly


def test_mixed_age_couple_both_applicants_count_the_same_net_income():
    # Wales, 2026-27, band D, owners: adult 1, 70, State Pension £230.00 (under the allowance: no tax); adult 2, 58,
    # a works pension of £300.00 (tax £606.00 a year, £11.65 a week). No UC. Whoever applies, the income counted
    # is £230.00 + £300.00 - £11.65 = £518.35: the pensioners' scheme (Sch 1 para 11(13)) and, for the younger
    # partner, the working-age one (Sch 9 para 4) both take the tax off, so entitlements.ctr_applicant compares
    # like with like.
    for applicant, scheme in (("adult1", 2), ("adult2", 4)):
        h = Household(adults=(Adult(age=70, state_pension_weekly=23000), Adult(age=58, pension_income_weekly=30000)),
                      applicant=applicant, housing=_owner("D"), nation="wales", local_authority="Cardiff")
        b = estimate(h, on=ON, tables=TABLES).benefits
        assert b.pension_income_tax == (0, 1165)
        assert (b.council_tax.ctr_scheme, b.council_tax.ctr_income) == (scheme, 51835)


def test_a_scheme_file_that_disregards_tax_must_say_where(tmp_path):
    import pytest

    from entitlements.benefits.council_tax_reduction_local import LocalSchemes
    from entitlements.errors import RuleTableError

    text = (Path(__file__).parents[1] / "rules/ctr/local/rugby/2025-26.toml").read_text()
    bad = "\n".join(line for line in text.splitlines() if not line.startswith("tax_source"))
    (tmp_path / "rugby").mkdir()
    (tmp_path / "rugby" / "2025-26.toml").write_text(bad)
    with pytest.raises(RuleTableError, match="tax_source"):
        LocalSchemes.load(tmp_path)


def test_blind_caveat_names_the_working_age_provisions():
    # Since 2026-12-07 Blind Person's Allowance is in the tax deducted (£300.00 a week = £15,600, under £12,570 +
    # £3,250: no tax): the caveat (registration taken as met, s 38(2)) names the working-age provisions that take
    # the tax off (HB Sch 5 para 1, the Default Scheme's Sch 8 para 4), and none in Scotland's working-age scheme,
    # which takes nothing off.
    h = _rugby()
    h = Household(adults=Adult(age=58, pension_income_weekly=30000, blind=True), housing=h.housing,
                  local_authority="Rugby")
    (caveat,) = estimate(h, on=ON_2025, tables=TABLES).caveats
    assert "Housing Benefit (SI 2006/213 Sch 5 para 1)" in caveat and "SI 2012/2886 Sch para 54(2)" in caveat
    s = _scotland()
    s = Household(adults=Adult(age=58, pension_income_weekly=33000, blind=True), housing=s.housing,
                  nation="scotland", local_authority="Glasgow City")
    assert estimate(s, on=ON, tables=TABLES).caveats == ()
