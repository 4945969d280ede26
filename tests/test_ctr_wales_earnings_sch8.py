"""The Welsh national working-age scheme for earners without Universal Credit: the earnings disregards of
WSI 2013/3029 Sch 8 (read 2026-12-06 in the Welsh-language text as made, legalize-dev/legalize-uk,
uk-wls/wsi-2013-3029.md; para 18 also in English as made), and the pensioners' child amount "for each person"
with no limit (Sch 2 para 2(1)).

Sums (Sch 8, as made; WSI 2016/50 reg 11 and WSI 2018/14 reg 11, read, change none of them): £5 single (para 11),
£10 couple (para 8), £25 lone parent (para 5), £20 with a disability premium or severe disability premium in the
applicable amount (para 4), £20 of a carer's earnings with the carer premium (para 6); £17.10 more (para 18) where
a para 18(2) condition is met (25 or over working 30 hours; 16 hours for a lone parent, a couple with a family
premium, or with a disability premium) and net earnings reach the disregard + £17.10.

Other figures as in tests/test_ctr_wales_working_age_sch7.py: Sch 7 amounts 2024-25 (WSI 2024/56 reg 8) single 25+
£96.45, couple £151.45, lone parent £96.45, child £83.24, family premium £19.15, disability premium £42.50, severe
disability premium £81.50, carer premium £45.60; 2025-26 (WSI 2025/59 reg 9) single £98.10. Torfaen Band D 2024-25
£1,951.87, 2025-26 £2,059.49. Taper 20% (reg 25(f)(ii)). Earnings are UC's monthly net earnings x 12 / 52.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Child, Household, estimate, estimate_caseload
from entitlements.benefits import council_tax_reduction as ctr
from entitlements.benefits.council_tax_reduction_wales import earnings_disregard
from entitlements.household import Housing
from entitlements.tables import default_tables

T = default_tables()
Y24, Y25 = dt.date(2024, 6, 3), dt.date(2025, 6, 2)


def _child(years):
    return Child(date_of_birth=dt.date(2024 - years, 1, 15))


def _torfaen(adults, band, children=(), **kw):
    return Household(adults=adults, children=children, nation="wales", local_authority="Torfaen",
                     housing=Housing(tenure="owner_occupier", council_tax_band=band), **kw)


def _ctr(h, on=Y24):
    e = estimate(h, on=on)
    assert e.universal_credit.award == 0
    return e.benefits.council_tax


def test_the_disregards_one_by_one():
    d = lambda *a, **k: earnings_disregard(*a, on=Y24, tables=T, **k)  # noqa: E731
    assert d(30000) == 500                                   # para 11: £5
    assert d(300, 0) == 300                                  # never more than the earnings
    assert d(30000, 5000, couple=True) == 1000               # para 8: £10 for the couple
    assert d(700, 5000, couple=True) == 1000                 # the partner's earnings make up the £10 (para 8)
    assert d(30000, lone_parent=True, disability=True) == 2500   # para 5 before para 4: £25
    assert d(30000, disability=True) == 2000                 # para 4: £20
    assert d(30000, carer1=True) == 2000                     # para 6: £20 of the carer's earnings
    # Para 7(b): the carer premium for the applicant alone, who earns £15 (< £20): £15 + up to £10 of the
    # partner's, at most £20 in all: £15 + £5 = £20; earning £5: £5 + £10 = £15.
    assert d(1500, 30000, couple=True, carer1=True) == 2000
    assert d(500, 30000, couple=True, carer1=True) == 1500
    # Para 6(2): both carers, their earnings together, at most £20.
    assert d(800, 800, couple=True, carer1=True, carer2=True) == 1600
    # Para 18(1): £17.10 more only where the earnings reach £5 + £17.10 = £22.10 (and the childcare charges).
    assert (d(2210, additional=True), d(2209, additional=True)) == (2210, 500)
    assert d(5000, additional=True, weekly_childcare_charges=3000) == 500   # £50 < £5 + £30 + £17.10


def test_single_35_hours_earning_800_a_month_band_a_2024():
    # £800 x 12 / 52 = £184.6154 -> £184.62. Para 11 £5 + para 18(2)(b)(i) £17.10 (30 at 25 or over) = £22.10.
    # Income £162.52; applicable amount £96.45; excess £66.07; 20% = 1,321.4p.
    # Liability band A 6/9 x £1,951.87 = £1,301.25, 25% off £975.94; a week 97,594 x 7 / 365 = 1,871.6493p.
    # Week: 1,871.6493 - 1,321.4 = 550.25p -> £5.50. Year: 97,594 - 1,321.4 x 365 / 7 (68,901.57) = £286.92.
    c = _ctr(_torfaen((Adult(age=30, monthly_earnings=80000, work_hours_weekly=35),), "A"))
    assert (c.ctr_status, c.ctr_earnings_disregarded, c.ctr_income, c.ctr_excess_income) == (1, 2210, 16252, 6607)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (1321, 550, 28692)


def test_the_same_without_hours_gets_only_5_pounds_2024():
    # Hours not given: no para 18 condition is shown. £184.62 - £5 = £179.62; excess £83.17; 20% = 1,663.4p.
    # Week 1,871.6493 - 1,663.4 = 208.25p -> £2.08. Year 97,594 - 1,663.4 x 365 / 7 (86,734.43) = 10,859.57p -> £108.60.
    c = _ctr(_torfaen((Adult(age=30, monthly_earnings=80000),), "A"))
    assert (c.ctr_earnings_disregarded, c.ctr_income, c.ctr_taper_deduction, c.reduction_weekly) == (500, 17962, 1663, 208)
    assert c.reduction_annual == 10860


def test_single_35_hours_earning_800_a_month_band_a_2025():
    # 2025-26: applicable amount £98.10 (WSI 2025/59 reg 9(a)). Income £162.52 as above; excess £64.42; 20% = 1,288.4p.
    # Liability band A 6/9 x £2,059.49 = £1,372.99, 25% off £1,029.74; a week 102,974 x 7 / 365 = 1,974.8384p.
    # Week 1,974.8384 - 1,288.4 = 686.44p -> £6.86. Year 102,974 - 1,288.4 x 365 / 7 (67,180.57) = 35,793.43p.
    c = _ctr(_torfaen((Adult(age=30, monthly_earnings=80000, work_hours_weekly=35),), "A"), Y25)
    assert (c.ctr_earnings_disregarded, c.ctr_applicable_amount, c.reduction_weekly, c.reduction_annual) == (2210, 9810, 686, 35793)


def test_couple_two_children_one_working_40_hours_band_i_2024():
    # £3,000 a month: UC nil (55% x (£3,000 - £673) = £1,279.85 > the maximum). £3,000 x 12 / 52 = £692.31.
    # Para 8 £10 + para 18 £17.10 = £27.10; income £665.21. Applicable amount £151.45 + 2 x £83.24 + £19.15 =
    # £337.08; excess £328.13; 20% = 6,562.6p. Band I 21/9 x £1,951.87 = £4,554.36, a week 8,734.27p.
    # Week 8,734.27 - 6,562.6 = 2,171.67 -> £21.72. Year 455,436 - 6,562.6 x 365 / 7 (342,192.71) = 113,243.29p.
    h = _torfaen((Adult(age=40, monthly_earnings=300000, work_hours_weekly=40), Adult(age=38)), "I",
                 children=(_child(6), _child(9)))
    c = _ctr(h)
    assert (c.ctr_earnings_disregarded, c.ctr_income, c.ctr_applicable_amount) == (2710, 66521, 33708)
    assert (c.reduction_weekly, c.reduction_annual) == (2172, 113243)


def test_couple_no_children_one_working_20_hours_band_e_2024():
    # £1,300 a month: UC nil (£617.60 - 55% x £1,300). £300.00 a week; para 8 £10; 20 hours: no para 18 condition
    # (30 hours, or 16 with a family premium or a disability premium). Income £290.00; excess over £151.45 = £138.55;
    # 20% = £27.71. Band E 11/9 x £1,951.87 = £2,385.62, a week 4,575.14p. Week 4,575.14 - 2,771 = £18.04.
    # Year 238,562 - 2,771 x 365 / 7 (144,487.86) = 94,074.14p.
    h = _torfaen((Adult(age=40, monthly_earnings=130000, work_hours_weekly=20), Adult(age=38)), "E")
    c = _ctr(h)
    assert (c.ctr_earnings_disregarded, c.ctr_income, c.reduction_weekly, c.reduction_annual) == (1000, 29000, 1804, 94074)


def test_lone_parent_16_hours_with_a_pension_band_d_2024():
    # Pension £170 a week (UC nil: it exceeds the maximum). Earnings £400 x 12 / 52 = £92.31; para 5 £25 +
    # para 18(2)(b)(iii) £17.10 = £42.10. Income £170.00 + £50.21 = £220.21. Applicable amount £96.45 + £83.24 +
    # £19.15 = £198.84; excess £21.37; 20% = 427.4p. Band D £1,951.87, 25% off £1,463.90, a week 2,807.48p.
    # Week 2,807.48 - 427.4 = 2,380.08 -> £23.80. Year 146,390 - 427.4 x 365 / 7 (22,285.86) = 124,104.14p.
    h = _torfaen((Adult(age=35, monthly_earnings=40000, work_hours_weekly=16, pension_income_weekly=17000),), "D",
                 children=(_child(6),))
    c = _ctr(h)
    assert (c.ctr_earnings_disregarded, c.ctr_income, c.reduction_weekly, c.reduction_annual) == (4210, 22021, 2380, 124104)


def test_carer_earning_100_a_week_band_b_2024():
    # Carer's Allowance £81.90 (earnings £100 under the limit); UC nil (£393.45 + £198.31 carer element - £354.90
    # CA - 55% x £433.33). Applicable amount £96.45 + carer premium £45.60 = £142.05. Para 6: £20 of the carer's
    # earnings. Income £81.90 + £100.00 - £20.00 = £161.90; excess £19.85; 20% = £3.97. Band B, 25% off: £1,138.59,
    # a week 2,183.605p. Week 2,183.605 - 397 = 1,786.6 -> £17.87. Year 113,859 - 397 x 365 / 7 (20,700.71) = 93,158.29p.
    h = _torfaen((Adult(age=40, carer=True, claims_carers_allowance=True, monthly_earnings=43333, work_hours_weekly=10),), "B")
    c = _ctr(h)
    assert (c.ctr_applicable_amount, c.ctr_earnings_disregarded, c.ctr_income) == (14205, 2000, 16190)
    assert (c.reduction_weekly, c.reduction_annual) == (1787, 93158)


def test_disabled_worker_16_hours_gets_20_plus_1710_and_the_maximum_2024():
    # PIP daily living (standard): disability premium £42.50 and severe disability premium £81.50 (no non-dependant,
    # no carer): applicable amount £96.45 + £42.50 + £81.50 = £220.45. Earnings £1,000 x 12 / 52 = £230.77; para 4
    # £20 + para 18(2)(b)(iv) £17.10 = £37.10; income £193.67, below the applicable amount: the maximum, £18.72.
    h = _torfaen((Adult(age=40, pip_daily_living="standard", monthly_earnings=100000, work_hours_weekly=20),), "A")
    c = _ctr(h)
    assert (c.ctr_applicable_amount, c.ctr_earnings_disregarded, c.ctr_income) == (22045, 3710, 19367)
    assert (c.reduction_weekly, c.reduction_annual) == (1872, 97594)


def test_the_1710_cliff_of_para_18_2024():
    # Pension £100 a week (UC nil). Earnings £95 a month = £21.92 a week: below £5 + £17.10 = £22.10, so £5 only:
    # income £116.92, excess £20.47, 20% = 409.4p, week 1,871.65 - 409.4 -> £14.62. Earnings £96 = £22.15: £22.10
    # disregarded, income £100.05, excess £3.60, 20% = 72p, week 1,871.65 - 72 -> £18.00. The law draws this cliff
    # (para 18(1): "equal or exceed"); the library follows it.
    low = _ctr(_torfaen((Adult(age=35, monthly_earnings=9500, work_hours_weekly=30, pension_income_weekly=10000),), "A"))
    high = _ctr(_torfaen((Adult(age=35, monthly_earnings=9600, work_hours_weekly=30, pension_income_weekly=10000),), "A"))
    assert (low.ctr_earnings_disregarded, low.ctr_income, low.reduction_weekly) == (500, 11692, 1462)
    assert (high.ctr_earnings_disregarded, high.ctr_income, high.reduction_weekly) == (2210, 10005, 1800)


def test_what_sch_8_leaves_open_is_check_needed_2024():
    # Childcare charges where the lone parent's hours are not given (para 21(1)(a) asks for remunerative work);
    # a pension contribution relieved at source (a personal pension's is worked over the assessment period's days,
    # Sch 6 para 15(5)); the carer premium for the partner alone, who earns under £20, with the applicant working
    # (para 7 turns on who is the applicant); new-style ESA (the components). (Childcare with hours given, and an
    # occupational pension under a net pay arrangement, are worked out since 2026-12-07:
    # tests/test_ctr_wales_childcare_pension.py.)
    cases = [
        _torfaen((Adult(age=30, monthly_earnings=300000),), "A", children=(_child(3),), childcare_costs_monthly=40000,
                 childcare_children=1),
        _torfaen((Adult(age=30, gross_monthly_earnings=300000, pension_contribution_monthly=10000,
                        pension_relief="relief_at_source"),), "A"),
        _torfaen((Adult(age=30, monthly_earnings=200000), Adult(age=30, carer=True, claims_carers_allowance=True,
                                                                 pension_income_weekly=50000)), "A"),
        _torfaen((Adult(age=30, new_style_esa_weekly=9000, pension_income_weekly=40000),), "A"),
    ]
    for h in cases:
        c = estimate(h, on=Y24).benefits.council_tax
        assert (c.ctr_status, c.ctr_reason) == (2, 4)


def test_welsh_pensioner_three_children_no_limit_2025():
    # WSI 2013/3029 Sch 2 para 2(1): the amount "in respect of each person" (read as made): no two-child limit.
    # 2025-26 (WSI 2025/59 reg 6): single £244.40, child £84.66, family premium £19.48:
    # £244.40 + 3 x £84.66 + £19.48 = £517.86.
    assert ctr.applicable_amount(False, on=Y25, tables=T, scheme="wales_pension", children=3) == 51786


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(earned=st.integers(0, 400_000), extra=st.integers(1, 100_000), couple=st.booleans(), kids=st.integers(0, 2),
       pension=st.integers(0, 40_000), band=st.sampled_from("ABDGI"), disabled=st.booleans())
def test_more_earnings_never_raise_the_welsh_working_age_reduction(earned, extra, couple, kids, pension, band,
                                                                    disabled):
    # Hours not given (no para 18 condition), so no cliff: more earnings never raise the reduction (households
    # without UC on both sides).
    def reduction(monthly):
        first = Adult(age=35, monthly_earnings=monthly, pension_income_weekly=pension,
                      pip_daily_living="standard" if disabled else "none")
        h = _torfaen((first,) + ((Adult(age=33),) if couple else ()), band, children=tuple(_child(5 + i) for i in range(kids)))
        e = estimate(h, on=Y24)
        c = e.benefits.council_tax
        # The Sch 7-8 path only: with UC the scheme measures the award instead (Sch 6 para 3), another path.
        return c.reduction_weekly if c.ctr_status == 1 and e.universal_credit.award == 0 else None

    before, after = reduction(earned), reduction(earned + extra)
    if before is not None and after is not None:
        assert after <= before


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(earned=st.integers(20_000, 400_000), extra=st.integers(1, 100_000), band=st.sampled_from("ABDGI"))
def test_more_earnings_never_raise_it_above_the_para_18_line(earned, extra, band):
    # 35 hours at 25 or over: from £200 a month (£46.15 a week, above £5 + £17.10) the £17.10 is always given.
    def reduction(monthly):
        h = _torfaen((Adult(age=35, monthly_earnings=monthly, work_hours_weekly=35, pension_income_weekly=10000),), band)
        return estimate(h, on=Y24).benefits.council_tax.reduction_weekly

    assert reduction(earned + extra) <= reduction(earned)


def test_caseload_equals_one_household_at_a_time():
    households = [
        _torfaen((Adult(age=30, monthly_earnings=80000, work_hours_weekly=35),), "A"),
        _torfaen((Adult(age=30, monthly_earnings=80000),), "A"),
        _torfaen((Adult(age=40, monthly_earnings=130000, work_hours_weekly=20), Adult(age=38)), "E"),
        _torfaen((Adult(age=40, carer=True, claims_carers_allowance=True, monthly_earnings=43333, work_hours_weekly=10),), "B"),
        _torfaen((Adult(age=35, monthly_earnings=40000, work_hours_weekly=16, pension_income_weekly=17000),), "D",
                 children=(_child(6),)),
        _torfaen((Adult(age=30, gross_monthly_earnings=300000, pension_contribution_monthly=10000),), "A"),
    ]
    r = estimate_caseload(households, on=Y24).benefits.council_tax
    for i, h in enumerate(households):
        c = estimate(h, on=Y24).benefits.council_tax
        assert int(r.ctr_status[i]) == c.ctr_status
        assert int(r.reduction_weekly[i]) == c.reduction_weekly
        assert int(r.ctr_earnings_disregarded[i]) == c.ctr_earnings_disregarded
