"""The working-age Council Tax Reduction of Wales and Scotland without Universal Credit: the schemes' own tariff
income from capital, and Scotland's bands E to H with a disabled band reduction, worked to the penny through
``estimate`` and the caseload path (cases that were "check needed" before 2026-12-07).

Figures quoted, each from the text named (the arithmetic is here, not read from the library's tables):

- Wales, WSI 2013/3029 Sch 6 para 33 (read in the Welsh-language text as made, legalize-dev/legalize-uk
  uk-wls/wsi-2013-3029.md): capital treated as a weekly income of "£1 am bob £250 cyflawn uwchlaw £6,000 ond nid
  uwchlaw £16,000; a £1 am unrhyw swm dros ben nad yw'n £250 cyflawn" (£1 for each complete £250 above £6,000 and
  £1 for any part); reg 30: none above £16,000. Sch 7 para 1 2025-26 (WSI 2025/59 reg 9): single 25 or over £98.10.
  Amount B (reg 25(f)(ii)): 20% of the weekly excess income.
- Scotland, SSI 2021/249 (revised text at 31 October 2024, legalize-dev/legalize-uk uk-sct/ssi-2021-249.md)
  reg 63(1)(b): a weekly income of £1 for each £250 above £6,000 and for any excess not a complete £250; Sch 1
  para 1 2025-26 (SSI 2025/24): single 25 or over £92.05; reg 13(6)(b): 2 6/7 per cent a day of the weekly
  excess, 20% a week; regs 14, 79(2)-(3): in bands E to H, (A - A/C)/B a day, C 1.075 for band E, tapered
  above £321 a week (single, no child); reg 79(1)(a)(ii): A is after any reduction under regulations made under
  s 80 of the 1992 Act, i.e. the disabled band reduction of SI 1992/1335 reg 4(1), which charges the band below
  while the dwelling stays in its valuation band (reg 1(2): "relevant valuation band" is the one shown in the list).
- UC (SI 2013/376) 2025-26: standard allowance single 25 or over £400.14 a month; reg 72: £4.35 a month for each
  £250 or part above £6,000; reg 73: a weekly amount x 52 / 12.
- Cardiff band C from a bill's Band D of £2,000 (8/9, LGFA 1992 s 5(1)); Aberdeen City Band D 2025-26 £1,636.27,
  band B 280/360 (SSI 2016/368). Single person discount 25% (s 11(1)). 2025-26 has 365 days.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, estimate, estimate_caseload
from entitlements.household import Housing

Y25 = dt.date(2025, 6, 2)


def _cardiff(capital, **adult):
    return Household(adults=(Adult(age=40, **adult),), nation="wales", capital=capital, local_authority="Cardiff",
                     housing=Housing(tenure="owner_occupier", council_tax_band="C", council_tax_band_d=200000))


def _aberdeen(band, capital=0, disabled_band_reduction=False, **adult):
    return Household(adults=(Adult(age=40, **adult),), nation="scotland", local_authority="Aberdeen City",
                     capital=capital, housing=Housing(tenure="owner_occupier", council_tax_band=band,
                                                      disabled_band_reduction=disabled_band_reduction))


def test_wales_single_no_uc_capital_8000_01_counts_the_schemes_tariff_9_a_week_2025():
    # No UC: a pension of £100 a week is £100 x 52 / 12 = £433.33 a month, above UC's £400.14 before the yield
    # of capital is even added. Band C 8/9 x £2,000 = £1,777.78; 25% off: £1,333.335 -> £1,333.34; a week
    # 133,334 x 7 / 365 = 2,557.12p. Sch 7: £98.10. Income: UC's measure £433.33 x 12 / 52 = £100.00 without UC's
    # yield (£4.35 x 9 = £39.15 a month, not counted), plus the scheme's tariff: £2,000.01 above £6,000 is 8
    # complete £250s and a part, £9 a week. £109.00 - £98.10 = £10.90 excess; 20% = £2.18.
    # Week: 2,557.12 - 218 = 2,339.12p -> £23.39; year 133,334 - 218 x 365 / 7 (11,367.14) = 121,966.86 -> £1,219.67.
    e = estimate(_cardiff(800_001, pension_income_weekly=10000), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_scheme, c.ctr_applicable_amount, c.ctr_tariff_income, c.ctr_income) == (
        1, 4, 9810, 900, 10900)
    assert (c.ctr_excess_income, c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (1090, 218, 2339,
                                                                                                 121967)
    assert "WSI 2013/3029 Sch 6 para 33" in e.render()


def test_wales_capital_of_exactly_6000_has_no_tariff_and_16000_01_has_no_reduction_2025():
    # £6,000.00 is not "above £6,000": no tariff; income £100.00, excess £1.90, 20% = £0.38; week 2,557.12 - 38 =
    # 2,519.12 -> £25.19. £16,000.01: reg 30 excludes the applicant, nothing (not check needed: the law is plain).
    c = estimate(_cardiff(600_000, pension_income_weekly=10000), on=Y25).benefits.council_tax
    assert (c.ctr_tariff_income, c.ctr_income, c.ctr_taper_deduction, c.reduction_weekly) == (0, 10000, 38, 2519)
    c = estimate(_cardiff(1_600_001, pension_income_weekly=10000), on=Y25).benefits.council_tax
    assert (c.ctr_status, c.reduction_weekly, c.reduction_annual) == (1, 0, 0)


def test_scotland_single_no_uc_capital_8000_01_counts_1_a_week_for_each_250_or_part_2025():
    # No UC (as in Wales, pension £100 a week). Band B 7/9 x £1,636.27 = £1,272.654 -> £1,272.65; 25% off:
    # £954.4875 -> £954.49; a week 95,449 x 7 / 365 = 1,830.53p. Applicable amount £92.05. Income £100.00 (UC's
    # yield of £39.15 a month left out) + £9 (reg 63(1)(b)) = £109.00; excess £16.95; 20% = £3.39.
    # Week: 1,830.5288 - 339 = 1,491.53p -> £14.92; year 95,449 - 339 x 365 / 7 (17,676.43) = 77,772.57 -> £777.73.
    e = estimate(_aberdeen("B", capital=800_001, pension_income_weekly=10000), on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.ctr_status, c.ctr_scheme, c.ctr_applicable_amount, c.ctr_tariff_income, c.ctr_income) == (
        1, 6, 9205, 900, 10900)
    assert (c.ctr_excess_income, c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (1695, 339, 1492,
                                                                                                 77773)
    assert "SSI 2021/249 reg 63(1)(b)" in e.render()


def test_scotland_band_e_disabled_band_reduction_reg_14_takes_the_reduced_charge_and_band_es_c_2025():
    # Band E dwelling charged as band D (SI 1992/1335 reg 4(1)): £1,636.27; 25% off: £1,227.2025 -> £1,227.20 = A.
    # Reg 13: income £300 a week (a pension; no UC), £92.05 applicable: excess £207.95, 20% = £41.59, more than the
    # maximum (122,720 x 7 / 365 = £23.54): nil. Reg 14: the dwelling is in valuation band E, C = 1.075:
    # (A - A/C) a year = 122,720 x 0.075 / 1.075 = 8,561.86p; a week x 7 / 365 = 164.20p; income £300 is not above
    # £321: no taper. £1.64 a week, £85.62 a year. (Read as band D there would be no reg 14 at all; with A the band E
    # charge before the reduction, 473/360 x £1,636.27 x 75% = £1,612.41, it would be £2.16.)
    e = estimate(_aberdeen("E", disabled_band_reduction=True, pension_income_weekly=30000), on=Y25)
    c = e.benefits.council_tax
    assert (c.annual_liability, c.ctr_status, c.ctr_scheme) == (122720, 1, 6)
    assert (c.ctr_maximum, c.ctr_applicable_amount, c.ctr_excess_income, c.ctr_taper_deduction) == (164, 32100, 0, 0)
    assert (c.reduction_weekly, c.reduction_annual) == (164, 8562)


def test_scotland_band_f_disabled_band_reduction_with_uc_reg_13_is_the_greater_2025():
    # UC claimant, no income: reg 13 gives the whole charge. Band F charged as band E: 473/360 x £1,636.27 =
    # £2,149.877 -> £2,149.88; 25% off: £1,612.41; a week 161,241 x 7 / 365 = 3,092.29p -> £30.92. (Reg 14 with
    # band F's C of 1.125 gives 161,241 x 0.125 / 1.125 x 7 / 365 = £3.44, less.)
    c = estimate(_aberdeen("F", disabled_band_reduction=True), on=Y25).benefits.council_tax
    assert (c.annual_liability, c.ctr_status, c.reduction_weekly, c.reduction_annual) == (161241, 1, 3092, 161241)


def test_the_caseload_path_gives_the_same_figures():
    households = [_cardiff(800_001, pension_income_weekly=10000), _cardiff(1_600_001, pension_income_weekly=10000),
                  _cardiff(725_000, pension_income_weekly=5000), _cardiff(1_000_000),
                  _aberdeen("B", capital=800_001, pension_income_weekly=10000),
                  _aberdeen("C", capital=1_234_567, pension_income_weekly=2000),
                  _aberdeen("E", disabled_band_reduction=True, pension_income_weekly=30000),
                  _aberdeen("F", disabled_band_reduction=True), _aberdeen("H", capital=650_000,
                                                                          disabled_band_reduction=True)]
    r = estimate_caseload(households, on=Y25)
    for i, h in enumerate(households):
        c = estimate(h, on=Y25).benefits.council_tax
        for k in ("reduction_weekly", "reduction_annual", "ctr_applicable_amount", "ctr_income", "ctr_tariff_income",
                  "ctr_status", "ctr_reason", "ctr_scheme"):
            assert int(getattr(r.benefits.council_tax, k)[i]) == getattr(c, k), (i, k)
    assert np.all(np.asarray(r.benefits.council_tax.ctr_status) == 1)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(capital=st.integers(0, 1_700_000), extra=st.integers(1, 500_000), pension=st.integers(9_300, 40_000),
       wales=st.booleans(), band=st.sampled_from("BCEFH"), reduced=st.booleans())
def test_more_capital_never_raises_the_reduction_and_the_caseload_agrees(capital, extra, pension, wales, band,
                                                                          reduced):
    # Pension £93 a week or more: above UC's £400.14 a month, so never UC; the schemes' own tariff income counts.
    def household(c):
        if wales:
            return _cardiff(c, pension_income_weekly=pension)
        return _aberdeen(band, capital=c, disabled_band_reduction=reduced and band >= "C", pension_income_weekly=pension)

    hs = [household(capital), household(capital + extra)]
    one = [estimate(h, on=Y25).benefits.council_tax for h in hs]
    assert all(c.ctr_status == 1 for c in one)
    assert one[1].reduction_weekly <= one[0].reduction_weekly
    assert one[1].ctr_tariff_income >= one[0].ctr_tariff_income
    many = estimate_caseload(hs, on=Y25).benefits.council_tax
    for i, c in enumerate(one):
        assert (int(many.reduction_weekly[i]), int(many.ctr_income[i])) == (c.reduction_weekly, c.ctr_income)
