"""The Scottish working-age scheme for an earner without Universal Credit: the net earnings of SSI 2021/249 reg 50
and the earnings disregards of Sch 3 (paras 4-8, 11 and para 15's £17.10), read 2026-12-07 in the revised text at
31 October 2024 (legalize-dev/legalize-uk, uk-sct/ssi-2021-249.md). Until 2026-12-07 every such household was
"check needed" (audit-sw finding 7, household S12).

Figures (2026-27): Glasgow Band D £1,706 (the library's council tax table); the applicable amount, single 25 or
over, £95.55 (SSI 2021/249 Sch 1 para 1 as amended by SSI 2026/56); the taper 20% (reg 13(6), (9)); the second adult
rebate 25% where the second adult is on income-based JSA (Sch 2 para 1); Sch 3 para 11 £5, para 15(1) £17.10.
Net earnings (``monthly_earnings``, UC's measure) made weekly x 12 / 52 to the penny (reg 39(1)(a)(ii) averages a
monthly wage; the library's rule for a month made a week).
"""

from __future__ import annotations

import datetime as dt

import attrs

from entitlements import Adult, Child, Household, estimate, estimate_caseload
from entitlements.household import Housing, NonDependant

ON = dt.date(2026, 6, 1)


def _glasgow(adult, *non_dependants, **kw):
    return Household(adults=(adult,), nation="scotland", local_authority="Glasgow",
                     housing=Housing(tenure="owner_occupier", council_tax_band="D", non_dependants=non_dependants),
                     **kw)


def _ctr(h):
    e = estimate(h, on=ON)
    assert e.universal_credit.award == 0
    return e.benefits.council_tax


def test_s12_single_35_earning_2000_brother_on_jsa_glasgow_band_d_2026():
    # Audit-sw S12. Two adults, no discount: 170,600p x 7 / 365 = 3,271.78p a week.
    # Earnings £2,000 x 12 / 52 = 46,153.85 -> 46,154p. Sch 3 para 11 £5 + para 15(2)(b)(i) (35, 37 hours) £17.10:
    # 46,154 - 2,210 = 43,944p. Excess 43,944 - 9,555 = 34,389p; 20% = 6,877.8p, more than the maximum: main nil.
    # The brother on income-based JSA: second adult rebate 25% (reg 91, Sch 2 para 1): 817.95p -> £8.18; the year
    # 25% x 170,600 = £426.50.
    c = _ctr(_glasgow(Adult(age=35, monthly_earnings=200000, work_hours_weekly=37),
                      NonDependant(age=30, hb_ctr_exemption="income_support_jsa_esa")))
    assert (c.ctr_status, c.ctr_earnings_disregarded, c.ctr_income, c.ctr_excess_income) == (1, 2210, 43944, 34389)
    assert (c.ctr_taper_deduction, c.ctr_alternative_maximum) == (6878, 818)
    assert (c.reduction_weekly, c.reduction_annual) == (818, 42650)


def test_single_35_earning_800_37_hours_alone_glasgow_band_d_2026():
    # Main reduction not nil. Alone: 25% discount, £1,279.50 = 127,950p; a week x 7 / 365 = 2,453.84p.
    # Earnings £800 x 12 / 52 = 18,461.54 -> 18,462p, above the para 15(3) line (£5 + £17.10), so £22.10 disregarded:
    # 16,252p. Excess 16,252 - 9,555 = 6,697p; 20% = 1,339.4p.
    # Week: 2,453.836 - 1,339.4 = 1,114.44 -> £11.14. Year: 127,950 - 1,339.4 x 365 / 7 (69,840.14) = £581.10.
    c = _ctr(_glasgow(Adult(age=35, monthly_earnings=80000, work_hours_weekly=37)))
    assert (c.ctr_status, c.ctr_earnings_disregarded, c.ctr_income, c.ctr_excess_income) == (1, 2210, 16252, 6697)
    assert (c.ctr_maximum, c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (2454, 1339, 1114, 58110)


def test_the_same_without_hours_gets_only_5_pounds_2026():
    # Hours not given meet no para 15(2) condition: £5 (para 11). 18,462 - 500 = 17,962p; excess 8,407p; 20%
    # 1,681.4p. Week 2,453.836 - 1,681.4 = 772.44 -> £7.72; year 127,950 - 1,681.4 x 365 / 7 (87,673.0) = £402.77.
    c = _ctr(_glasgow(Adult(age=35, monthly_earnings=80000)))
    assert (c.ctr_status, c.ctr_earnings_disregarded, c.ctr_income) == (1, 500, 17962)
    assert (c.reduction_weekly, c.reduction_annual) == (772, 40277)


def test_under_25_working_37_hours_gets_only_5_pounds_2026():
    # Para 15(2)(b)(i) asks for 25 or over: at 24, 37 hours meet no condition (single, no child, no disability).
    c = _ctr(_glasgow(Adult(age=24, monthly_earnings=80000, work_hours_weekly=37)))
    assert (c.ctr_status, c.ctr_earnings_disregarded) == (1, 500)


def test_couple_one_earning_1400_37_hours_glasgow_band_d_2026():
    # Two adults, no discount: 3,271.78p a week. £1,400 x 12 / 52 = 32,307.69 -> 32,308p. Para 8 £10 for a couple
    # + para 15(2)(b)(i) (40, 37 hours) £17.10 = £27.10: 29,598p. Couple applicable amount £150.15 (Sch 1 para 1,
    # SSI 2026/56): excess 14,583p; 20% = 2,916.6p. Week 3,271.78 - 2,916.6 = 355.18 -> £3.55; year 170,600 -
    # 2,916.6 x 365 / 7 (152,079.86) = 18,520.14 -> £185.20.
    h = Household(adults=(Adult(age=40, monthly_earnings=140000, work_hours_weekly=37), Adult(age=38)),
                  nation="scotland", local_authority="Glasgow",
                  housing=Housing(tenure="owner_occupier", council_tax_band="D"))
    c = _ctr(h)
    assert (c.ctr_status, c.ctr_earnings_disregarded, c.ctr_income, c.ctr_excess_income) == (1, 2710, 29598, 14583)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (2917, 355, 18520)
    # Without hours, £10 only: 31,308p, excess 16,293p, 20% 3,258.6p: 13.18 -> £0.13; year 170,600 - 169,912.71.
    c = _ctr(attrs.evolve(h, adults=(Adult(age=40, monthly_earnings=140000), Adult(age=38))))
    assert (c.ctr_earnings_disregarded, c.ctr_income, c.reduction_weekly, c.reduction_annual) == (1000, 31308, 13, 687)


def test_childcare_costs_without_uc_stay_check_needed():
    # Regs 38(2)(c), 77 (relevant childcare charges) are not worked out: check needed for that case only.
    c = _ctr(_glasgow(Adult(age=35, monthly_earnings=400000, work_hours_weekly=37), childcare_costs_monthly=30000,
                      childcare_children=1, children=(Child(date_of_birth=dt.date(2020, 5, 1)),)))
    assert c.ctr_status == 2


def test_caseload_rows_equal_one_household_estimates():
    households = [
        _glasgow(Adult(age=35, monthly_earnings=200000, work_hours_weekly=37),
                 NonDependant(age=30, hb_ctr_exemption="income_support_jsa_esa")),
        _glasgow(Adult(age=35, monthly_earnings=80000, work_hours_weekly=37)),
        _glasgow(Adult(age=35, monthly_earnings=80000)),
        _glasgow(Adult(age=24, monthly_earnings=90000, work_hours_weekly=40)),
    ]
    r = estimate_caseload(households, on=ON).benefits.council_tax
    for i, h in enumerate(households):
        c = estimate(h, on=ON).benefits.council_tax
        assert int(r.ctr_status[i]) == c.ctr_status == 1
        assert int(r.reduction_weekly[i]) == c.reduction_weekly
        assert int(r.reduction_annual[i]) == c.reduction_annual
        assert int(r.ctr_earnings_disregarded[i]) == c.ctr_earnings_disregarded
