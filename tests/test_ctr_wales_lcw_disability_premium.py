"""The Welsh working-age scheme: no disability premium where the applicant has limited capability for work.

WSI 2013/3029 Sch 7 para 10(8), read 2026-12-07 in the Welsh-language text as made (legalize-dev/legalize-uk,
uk-wls/wsi-2013-3029.md): "Nid oes hawl gan geisydd i gael y premiwm anabledd os oes gan y ceisydd, neu os trinnir
ef fel pe bai ganddo, alluedd cyfyngedig ar gyfer gwaith." ("An applicant is not entitled to the disability premium
if the applicant has, or is treated as having, limited capability for work.") It names the applicant only; the
partner's condition is para 9(b)(ii) / 10(1)(a). So for a couple of whom one alone has LCW the premium turns on
which of them applies, which the household does not say: check needed.

Sch 8 para 4(2) (read the same day): the £20 earnings disregard goes where the applicable amount includes the
disability premium, the severe disability premium or an ESA component, with no limb for LCW; without them a single
person gets para 11's £5.

Figures (2025-26, WSI 2025/59 reg 9): single 25+ £98.10, couple £154.00, disability premium £43.20 single,
severe disability premium £82.90. Torfaen 2025-26 Band D £2,059.49; band A 6/9; single person discount 25%;
taper 20% (reg 25(f)(ii)); 365 days. Income without UC is UC's measure of it (monthly x 12 / 52).
With UC the applicable amount is UC's (Sch 6 para 3), so the premium plays no part there.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, estimate, estimate_caseload
from entitlements.household import Housing

Y25 = dt.date(2025, 6, 2)


def _torfaen(adults, band="A"):
    return Household(adults=adults, nation="wales", local_authority="Torfaen",
                     housing=Housing(tenure="owner_occupier", council_tax_band=band))


def _ctr(h):
    e = estimate(h, on=Y25)
    assert e.universal_credit.award == 0
    return e.benefits.council_tax


def test_single_with_pip_mobility_and_lcw_gets_no_disability_premium_band_a_2025():
    # Liability: band A 6/9 x £2,059.49 = £1,372.99; 25% off £1,029.74; a week 102,974 x 7 / 365 = 1,974.8384p.
    # Pension £150 a week (above UC's £400.14, so no UC). PIP mobility meets para 10(1)(a)(i).
    # Without LCW: £98.10 + disability premium £43.20 = £141.30; excess £150.00 - £141.30 = £8.70; 20% = £1.74.
    #   Week 1,974.8384 - 174 = 1,800.84p -> £18.01. Year 102,974 - 174 x 365 / 7 (9,072.86) = 93,901.14p -> £939.01.
    c = _ctr(_torfaen((Adult(age=40, pension_income_weekly=15000, pip_mobility="standard"),)))
    assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_taper_deduction) == (1, 14130, 174)
    assert (c.reduction_weekly, c.reduction_annual) == (1801, 93901)
    # With LCW (para 10(8)): £98.10 alone; excess £51.90; 20% = £10.38.
    #   Week 1,974.8384 - 1,038 = 936.84p -> £9.37. Year 102,974 - 1,038 x 365 / 7 (54,124.29) = 48,849.71p -> £488.50.
    c = _ctr(_torfaen((Adult(age=40, pension_income_weekly=15000, pip_mobility="standard", lcw=True),)))
    assert (c.ctr_status, c.ctr_applicable_amount, c.ctr_excess_income, c.ctr_taper_deduction) == (1, 9810, 5190, 1038)
    assert (c.reduction_weekly, c.reduction_annual) == (937, 48850)


def test_pip_daily_living_and_lcw_keeps_the_severe_disability_premium_band_a_2025():
    # PIP daily living (standard), living alone, no carer: severe disability premium £82.90 (para 11(2)(a)), which
    # para 10(8) does not touch. Pension £250 a week. Liability as above (1,974.8384p a week).
    # Income: the pension less its income tax (Sch 6 para 17(2), Sch 9 para 4; since 2026-12-07): 52 x £250 =
    # £13,000 - £12,570 = £430 x 20% = £86.00 a year, / 52 = £1.6538 -> £1.65; £248.35.
    # Without LCW: £98.10 + £43.20 + £82.90 = £224.20; excess £24.15; 20% = £4.83.
    #   Week 1,974.8384 - 483 = 1,491.84p -> £14.92. Year 102,974 - 483 x 365 / 7 (25,185.00) = 77,789.00p -> £777.89.
    c = _ctr(_torfaen((Adult(age=40, pension_income_weekly=25000, pip_daily_living="standard"),)))
    assert (c.ctr_applicable_amount, c.ctr_income, c.reduction_weekly, c.reduction_annual) == (22420, 24835, 1492, 77789)
    # With LCW: £98.10 + £82.90 = £181.00; excess £67.35; 20% = £13.47.
    #   Week 1,974.8384 - 1,347 = 627.84p -> £6.28. Year 102,974 - 1,347 x 365 / 7 (70,236.43) = 32,737.57p -> £327.38.
    c = _ctr(_torfaen((Adult(age=40, pension_income_weekly=25000, pip_daily_living="standard", lcw=True),)))
    assert (c.ctr_applicable_amount, c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (18100, 1347, 628, 32738)


def test_lcw_earner_loses_the_20_pound_disregard_with_the_premium_band_d_2025():
    # Band D: £2,059.49, 25% off £1,544.62; a week 154,462 x 7 / 365 = 2,962.3452p. Earnings £600 a month x 12 / 52
    # = £138.46; pension £100 a week (counted in full by UC: £433.33 > £400.14, so no UC); hours not given (no para 18).
    # Without LCW: Sch 8 para 4 £20; income £218.46; £141.30; excess £77.16; 20% = 1,543.2p.
    #   Week 2,962.3452 - 1,543.2 = 1,419.15p -> £14.19. Year 154,462 - 1,543.2 x 365 / 7 (80,466.86) = £739.95.
    c = _ctr(_torfaen((Adult(age=40, monthly_earnings=60000, pension_income_weekly=10000, pip_mobility="standard"),), "D"))
    assert (c.ctr_earnings_disregarded, c.ctr_income, c.ctr_applicable_amount) == (2000, 21846, 14130)
    assert (c.reduction_weekly, c.reduction_annual) == (1419, 73995)
    # With LCW: no premium, so para 4(2) fails and para 11 gives £5; income £233.46; £98.10; excess £135.36;
    # 20% = 2,707.2p. Week 2,962.3452 - 2,707.2 = 255.15p -> £2.55. Year 154,462 - 2,707.2 x 365 / 7 (141,161.14)
    # = 13,300.86p -> £133.01.
    c = _ctr(_torfaen((Adult(age=40, monthly_earnings=60000, pension_income_weekly=10000, pip_mobility="standard",
                             lcw=True),), "D"))
    assert (c.ctr_earnings_disregarded, c.ctr_income, c.ctr_applicable_amount, c.ctr_excess_income) == (500, 23346, 9810, 13536)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (2707, 255, 13301)


def _couple(lcw1, lcw2, pip1="standard"):
    return _torfaen((Adult(age=40, pension_income_weekly=20000, pip_mobility=pip1, lcw=lcw1),
                     Adult(age=38, lcw=lcw2)), "C")


def test_couple_the_premium_turns_on_who_applies_2025():
    # One alone has LCW and one of them has PIP: if the other applies, para 9(b) gives the premium; if the one with
    # LCW applies, para 10(8) denies it. The household does not say who applies: check needed (reason 4).
    for lcw1, lcw2 in ((True, False), (False, True)):
        c = _ctr(_couple(lcw1, lcw2))
        assert (c.ctr_status, c.ctr_reason) == (2, 4)
    # Both have LCW: whoever applies has it, so no premium: £154.00 alone (the pension £200 a week > £154.00).
    c = _ctr(_couple(True, True))
    assert (c.ctr_status, c.ctr_applicable_amount) == (1, 15400)
    # Neither has LCW: £154.00 + disability premium (couple) £61.65 = £215.65.
    assert _ctr(_couple(False, False)).ctr_applicable_amount == 21565
    # One has LCW but neither meets para 10(1)(a): no premium whoever applies, so it is settled.
    c = _ctr(_couple(False, True, pip1="none"))
    assert (c.ctr_status, c.ctr_applicable_amount) == (1, 15400)


def test_with_uc_lcw_changes_nothing_2025():
    # With UC the applicable amount is UC's maximum (Sch 6 para 3): £400.14 x 12 / 52 = £92.34, the premium unused.
    for lcw in (False, True):
        e = estimate(_torfaen((Adult(age=40, pip_mobility="standard", lcw=lcw),)), on=Y25)
        assert e.universal_credit.award > 0
        assert (e.benefits.council_tax.ctr_applicable_amount, e.benefits.council_tax.reduction_weekly) == (9234, 1975)


def test_caseload_equals_one_household_at_a_time():
    households = [_torfaen((Adult(age=40, pension_income_weekly=15000, pip_mobility="standard", lcw=lcw),))
                  for lcw in (False, True)]
    households += [_couple(a, b) for a, b in ((True, False), (False, True), (True, True), (False, False))]
    households += [_torfaen((Adult(age=40, monthly_earnings=60000, pension_income_weekly=10000,
                                   pip_mobility="standard", lcw=True),), "D")]
    r = estimate_caseload(households, on=Y25).benefits.council_tax
    for i, h in enumerate(households):
        c = estimate(h, on=Y25).benefits.council_tax
        assert (int(r.ctr_status[i]), int(r.ctr_applicable_amount[i]), int(r.reduction_weekly[i])) == \
            (c.ctr_status, c.ctr_applicable_amount, c.reduction_weekly)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pension=st.integers(12_000, 40_000), band=st.sampled_from("ABCDEFGHI"),
       pip=st.sampled_from(["standard", "enhanced"]))
def test_lcw_never_raises_a_single_applicants_reduction(pension, band, pip):
    def reduction(lcw):
        e = estimate(_torfaen((Adult(age=40, pension_income_weekly=pension, pip_mobility=pip, lcw=lcw),), band), on=Y25)
        return e.universal_credit.award, e.benefits.council_tax.reduction_weekly

    (uc0, without), (uc1, with_lcw) = reduction(False), reduction(True)
    if uc0 == 0 and uc1 == 0:
        assert with_lcw <= without


def test_the_check_needed_text_names_the_fact_2025():
    assert "para 10(8)" in estimate(_couple(True, False), on=Y25).render()
