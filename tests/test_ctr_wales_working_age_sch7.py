"""The Welsh national working-age scheme without Universal Credit: the scheme's own applicable amounts
(WSI 2013/3029 Sch 7), 2024-25 and 2025-26 (WSI 2025/59 reg 9), worked to the penny through ``estimate``.

Figures quoted, each from the text named (the arithmetic is here, not read from the library's tables):

- WSI 2013/3029 Sch 7 para 1 as in force for 2024-25 (legislation.gov.uk, version of 19 January 2024; sums
  substituted by WSI 2024/56 reg 8(a)): single applicant aged 25 or over, or on main phase ESA, £96.45; aged 18 to
  24 £76.35; lone parent £96.45; couple £151.45.
- WSI 2024/56 reg 8(b)-(f), amending Sch 7 itself (read in legalize-dev/legalize-uk, uk-wls/wsi-2024-56.md; reg
  16(b)-(f) puts the same figures in the Default Scheme's Sch 3): child or young person £83.24, family
  premium £19.15, disability premium £42.50 / £60.60, severe disability premium £81.50 / £163.00, disabled child
  premium £80.01, carer premium £45.60, enhanced disability premium £32.20 (child) / £20.85 / £29.75, work-related
  activity component £35.95, support component £47.70.
- WSI 2013/3029 reg 25(f)(ii) (as made): amount B is 2 6/7 per cent a day of the weekly excess income, 20% a week;
  Sch 6 para 4(1): the maximum is 100% of the day's council tax.
- Torfaen 2024-25 Band D £1,951.87 (Welsh Government table, see tests/test_council_tax_wales.py); band A 6/9, B 7/9,
  C 8/9 (LGFA 1992 s 5(1A)); single person discount 25% (s 11(1)). 2024-25 has 365 days; a week is 7 of them.
- Income without UC is UC's measure of it (docs/council-tax.md): a monthly amount x 12 / 52.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Child, Household, estimate, estimate_caseload
from entitlements.benefits import council_tax_reduction as ctr
from entitlements.household import Housing
from entitlements.tables import default_tables

T = default_tables()
Y24, Y25 = dt.date(2024, 6, 3), dt.date(2025, 6, 2)


def _child(years, **kw):
    return Child(date_of_birth=dt.date(2024 - years, 1, 15), **kw)


def _torfaen(adults, band, children=(), capital=0):
    return Household(adults=adults, children=children, nation="wales", local_authority="Torfaen", capital=capital,
                     housing=Housing(tenure="owner_occupier", council_tax_band=band))


def test_applicable_amounts_2024_from_schedule_7():
    aa = lambda *a, **k: ctr.wales_working_age_applicable_amount(*a, on=Y24, tables=T, **k)  # noqa: E731
    assert aa(False, 30) == 9645          # para 1(1)(b): £96.45
    assert aa(False, 24) == 7635          # para 1(1)(c): £76.35
    assert aa(False, 24, main_phase_esa=True) == 9645   # para 1(1)(a)
    assert aa(False, 19, children=1) == 9645 + 8324 + 1915   # lone parent £96.45 + £83.24 + £19.15 = £198.84
    # Couple £151.45 + disability premium (couple) £60.60 + support component £47.70 = £259.75.
    assert aa(True, 40, disability_premium=True, esa_component=2) == 25975
    # Couple, both severely disabled, no carer: £151.45 + £163.00 + enhanced (couple) £29.75 = £344.20.
    assert aa(True, 40, severe_disability=2, enhanced_disability_premium=True) == 34420
    # Single £96.45 + carer premium £45.60 + work-related activity component £35.95 = £178.00.
    assert aa(False, 30, carers=1, esa_component=1) == 17800


def test_scalar_equals_array_for_the_applicable_amount():
    couples, ages, kids = [False, True, False, True], [22, 30, 45, 19], [0, 2, 1, 3]
    arr = ctr.wales_working_age_applicable_amount(np.array(couples), np.array(ages), on=Y24, tables=T,
                                                  children=np.array(kids))
    assert list(arr) == [ctr.wales_working_age_applicable_amount(c, a, on=Y24, tables=T, children=k)
                         for c, a, k in zip(couples, ages, kids)]


def test_single_owner_band_a_with_a_pension_no_uc_2024():
    # Occupational pension £150 a week = £650 a month (x 52 / 12): above UC's maximum (£393.45 standard allowance),
    # so no UC. Liability: band A 6/9 x £1,951.87 = £1,301.2467 -> £1,301.25; 25% off -> £975.9375 -> £975.94;
    # a week 97,594 x 7 / 365 = 1,871.65p -> £18.72.
    # Applicable amount (Sch 7 para 1(1)(b)) £96.45; income £650 x 12 / 52 = £150.00; excess £53.55; 20% = £10.71.
    # Week: 1,871.65 - 1,071 = 800.65p -> £8.01. Year: 97,594 - 1,071 x 365 / 7 (= 55,845) = 41,749p = £417.49.
    e = estimate(_torfaen((Adult(age=40, pension_income_weekly=15000),), "A"), on=Y24)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.annual_liability, c.weekly_liability, c.ctr_scheme) == (97594, 1872, 4)
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (9645, 15000, 5355, 1071)
    assert (c.reduction_weekly, c.reduction_annual, c.to_pay_annual) == (801, 41749, 55845)
    assert "WSI 2013/3029 Sch 7" in e.render()


def test_couple_with_two_children_band_c_no_uc_2024():
    # Pension £400 a week = £1,733.33 a month: above UC's maximum for a couple with two children, so no UC.
    # Liability: band C 8/9 x £1,951.87 = £1,735.0044 -> £1,735.00, two adults, no discount; a week
    # 173,500 x 7 / 365 = 3,327.40p -> £33.27.
    # Applicable amount: couple £151.45 + 2 x £83.24 + family premium £19.15 = £337.08. Income: £1,733.33 a month
    # x 12 / 52 = £400.00, less the income tax on the pension (Sch 6 para 17(2), Sch 9 para 4; since 2026-12-07):
    # 52 x £400 = £20,800 - £12,570 = £8,230 x 20% = £1,646.00 a year, / 52 = £31.6538 -> £31.65; £368.35.
    # Excess £31.27; 20% = 625.4p (kept exact) -> £6.25.
    # Week: 3,327.397 - 625.4 = 2,701.997p -> £27.02. Year: 173,500 - 625.4 x 365 / 7 (= 32,610.14)
    # = 140,889.86p -> £1,408.90. (Before the tax was taken off: excess £62.92, £20.69 a week, £1,078.83 a year.)
    h = _torfaen((Adult(age=40, pension_income_weekly=40000), Adult(age=38)), "C",
                 children=(_child(6), _child(9)))
    e = estimate(h, on=Y24)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.annual_liability, c.weekly_liability) == (173500, 3327)
    assert e.benefits.pension_income_tax_annual == (164600, 0)
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (33708, 36835, 3127, 625)
    assert (c.reduction_weekly, c.reduction_annual) == (2702, 140890)


def test_lone_parent_aged_22_with_a_severely_disabled_child_band_b_no_uc_2024():
    # Other income £1,500 a month (x 12 / 52 = £346.1538 -> £346.15): no UC. Liability: band B 7/9 x £1,951.87 =
    # £1,518.1211 -> £1,518.12; one adult, 25% off -> £1,138.59; a week 113,859 x 7 / 365 = 2,183.60p -> £21.84.
    # Applicable amount: lone parent £96.45 (one rate whatever the age) + child £83.24 + family premium £19.15
    # + disabled child premium £80.01 + enhanced disability premium (child) £32.20 = £311.05.
    # Excess £346.15 - £311.05 = £35.10; 20% = £7.02. Week: 2,183.605 - 702 = 1,481.605p -> £14.82.
    # Year: 113,859 - 702 x 365 / 7 (= 36,604.29) = 77,254.71p -> £772.55.
    h = _torfaen((Adult(age=22, other_unearned_income_monthly=150000),), "B",
                 children=(_child(8, dla_care="highest"),))
    e = estimate(h, on=Y24)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.annual_liability, c.weekly_liability) == (113859, 2184)
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (31105, 34615, 3510, 702)
    assert (c.reduction_weekly, c.reduction_annual) == (1482, 77255)


def test_what_schedule_7_cannot_give_is_check_needed_not_a_guess_2024():
    # New-style ESA without UC: the components (Sch 7 Parts 5-6) and the main phase rate turn on facts not
    # modelled. (Earnings are worked out since 2026-12-06, with the Sch 8 disregards:
    # tests/test_ctr_wales_earnings_sch8.py; capital over £6,000 since 2026-12-07, with the scheme's own tariff
    # income: tests/test_ctr_devolved_capital_and_bands.py.)
    for adult, capital in ((Adult(age=30, new_style_esa_weekly=9000, pension_income_weekly=40000), 0),):
        e = estimate(_torfaen((adult,), "A", capital=capital), on=Y24)
        assert e.universal_credit.award == 0
        assert (e.benefits.council_tax.ctr_status, e.benefits.council_tax.ctr_reason) == (2, 4)
        assert "Sch 8" in e.render()


def test_applicable_amounts_2025_from_schedule_7_as_amended_by_wsi_2025_59():
    # WSI 2025/59 reg 9 (read in legalize-dev/legalize-uk, uk-wls/wsi-2025-59.md): para 1 £98.10 (25+, main phase
    # ESA, lone parent), £77.65 (18-24), couple £154.00; child £84.66; family premium £19.48; disability premium
    # £43.20 / £61.65; severe disability £82.90 / £165.80; disabled child £81.37; carer £46.40; enhanced disability
    # £32.75 (child) / £21.20 / £30.25; work-related activity component £36.55; support component £48.50.
    aa = lambda *a, **k: ctr.wales_working_age_applicable_amount(*a, on=Y25, tables=T, **k)  # noqa: E731
    assert aa(False, 30) == 9810
    assert aa(False, 24) == 7765
    assert aa(False, 24, main_phase_esa=True) == 9810
    assert aa(False, 19, children=1) == 9810 + 8466 + 1948   # £98.10 + £84.66 + £19.48 = £202.24
    # Couple £154.00 + disability premium (couple) £61.65 + support component £48.50 = £264.15.
    assert aa(True, 40, disability_premium=True, esa_component=2) == 26415
    # Couple, both severely disabled: £154.00 + £165.80 + enhanced (couple) £30.25 = £350.05.
    assert aa(True, 40, severe_disability=2, enhanced_disability_premium=True) == 35005
    # Single £98.10 + carer premium £46.40 + work-related activity component £36.55 = £181.05.
    assert aa(False, 30, carers=1, esa_component=1) == 18105


def test_single_owner_band_a_with_a_pension_no_uc_2025():
    # 2025-26 now has Sch 7's own figures (WSI 2025/59 reg 9), not the 2024-25 ones held as an assumption.
    # Pension £150 a week = £650 a month: above UC's standard allowance (£400.14), so no UC.
    # Liability: Torfaen 2025-26 Band D £2,059.49; band A 6/9 = £1,372.9933 -> £1,372.99; 25% off = £1,029.7425
    # -> £1,029.74; a week 102,974 x 7 / 365 = 1,974.84p -> £19.75.
    # Applicable amount (Sch 7 para 1(1)(b)) £98.10; income £150.00; excess £51.90; 20% = £10.38.
    # Week: 1,974.84 - 1,038 = 936.84p -> £9.37. Year: 102,974 - 1,038 x 365 / 7 (= 54,124.29) = 48,849.71p
    # -> £488.50; to pay 102,974 - 48,850 = £541.24.
    h = _torfaen((Adult(age=40, pension_income_weekly=15000),), "A")
    e = estimate(h, on=Y25)
    c = e.benefits.council_tax
    assert e.universal_credit.award == 0
    assert (c.annual_liability, c.weekly_liability, c.ctr_status) == (102974, 1975, 1)
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.ctr_taper_deduction) == (9810, 15000, 5190, 1038)
    assert (c.reduction_weekly, c.reduction_annual, c.to_pay_annual) == (937, 48850, 54124)
    assert not any("ctr.wales_working_age.personal_allowance" in str(a) for a in e.assumptions)
    # The figures are the scheme's own for 2025-26, so "strict" gives the same.
    assert estimate(h, on=Y25, rates_after="strict").benefits.council_tax.reduction_annual == 48850


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(income=st.integers(0, 200_000), extra=st.integers(1, 50_000), couple=st.booleans(), kids=st.integers(0, 3),
       band=st.sampled_from("ABCDEFGHI"))
def test_more_income_never_raises_the_welsh_working_age_reduction(income, extra, couple, kids, band):
    def reduction(monthly):
        adults = (Adult(age=35, other_unearned_income_monthly=monthly),) + ((Adult(age=33),) if couple else ())
        h = _torfaen(adults, band, children=tuple(_child(5 + i) for i in range(kids)))
        return estimate(h, on=Y24).benefits.council_tax.reduction_weekly

    assert reduction(income + extra) <= reduction(income)


def test_caseload_equals_one_household_at_a_time():
    households = [_torfaen((Adult(age=a, other_unearned_income_monthly=m),) + ((Adult(age=a - 2),) if cpl else ()),
                           band, children=tuple(_child(4 + i) for i in range(k)))
                  for a, m, cpl, k, band in ((22, 150000, False, 1, "B"), (40, 65000, False, 0, "A"),
                                             (40, 173333, True, 2, "C"), (30, 0, False, 0, "D"),
                                             (50, 90000, True, 0, "E"), (35, 300000, False, 3, "I"))]
    r = estimate_caseload(households, on=Y24)
    for i, h in enumerate(households):
        c = estimate(h, on=Y24).benefits.council_tax
        assert int(r.benefits.council_tax.reduction_weekly[i]) == c.reduction_weekly
        assert int(r.benefits.council_tax.ctr_applicable_amount[i]) == c.ctr_applicable_amount
        assert int(r.benefits.council_tax.ctr_status[i]) == c.ctr_status
