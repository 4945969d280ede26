"""Council tax and Council Tax Reduction in Wales and Scotland, worked by hand
from the regulations (audit-sw, 2026-12-07) and run through both the Python
API and the command line, to the penny.

Law read in the legalize-dev/legalize-uk mirror for these figures:

* Wales: WSI 2013/3029 (the Welsh-language text as made) Sch 1 paras 2-4
  (pensioners: maximum, non-dependant deductions, classes A and B only, so no
  second adult rebate), para 11(13) (tax disregarded), Sch 6 paras 3-5, 9
  (working age: with UC, the maximum amount x 12 / 52 is the applicable
  amount and the UC income plus the award x 12 / 52 the income); WSI 2015/44
  regs 7(a)(vi), 10(a)(vi) (Sch 1 para 3(8)(c), Sch 6 para 5(8)(c): no
  deduction for a non-dependant on UC with no earned income); WSI 2016/50,
  WSI 2018/14 (no figure used here); SI 1999/1004 (band A with the disabled
  band reduction: five ninths of Band D, England and Wales).
* Scotland: SSI 2012/319 regs 12, 14 (the alternative maximum is
  entitlement to "council tax reduction" under reg 14(1)(b)), 40 ("No person
  is entitled to council tax reduction if that person's capital exceeds
  £16,000"), 47-48; SSI 2025/24 (all of its 2024-25 -> 2025-26 figures);
  SSI 2021/249 reg 90 and Sch 3.

Band proportions: England and Wales A-I 6, 7, 8, 9, 11, 13, 15, 18, 21 ninths
of D (LGFA 1992 s 5); Scotland 240, 280, 320, 360, 473, 585, 705, 882 / 360
(SSI 2016/368). Each household's working is in docs of the audit
(/work/notes/audit-sw.md) and in the comments below.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from entitlements import Adult, Child, Household, Housing, estimate
from entitlements.cli import main
from entitlements.household import NonDependant

D = dt.date
OWNER = dict(tenure="owner_occupier")

#: name: (on, CLI flags, API household, weekly reduction, annual reduction) [pence]
CASES = {
    # Cardiff band I 2026-27: £2,013.18 x 21/9 = £4,697.42; less 25% = £3,523.07 (3,523.065 half up); a week x 7 /
    # 365 = £67.57. Income £220 + £20 + tariff £12 (£5,900 over £10,000: 11.8 -> 12 steps of £500) = £252 <= £256.
    "W1 Wales pensioner, band I, capital £15,900": (
        D(2026, 6, 1),
        "--dob 1955-03-01 --state-pension 220 --pension 20 --capital 15900 --nation wales --council Cardiff "
        "--council-tax-band I --owner",
        Household(adults=(Adult(date_of_birth=D(1955, 3, 1), state_pension_weekly=22000, pension_income_weekly=2000),),
                  capital=1590000, nation="wales", local_authority="Cardiff",
                  housing=Housing(council_tax_band="I", **OWNER)),
        6757, 352307),
    # Newport band C 2025-26: £1,983.97 x 8/9 = £1,763.53; a week £33.82. Partner's AA: no non-dependant deduction
    # (Sch 1 para 3(6)). Applicable £366.00 + carer premium £46.40 = £412.40; income £440; 20% x £27.60 = £5.52.
    "W2 Wales pensioner couple, carer, partner on AA, working son": (
        D(2025, 6, 2),
        "--dob 1954-12-01 --partner-dob 1955-06-01 --state-pension 230 --partner-state-pension 210 "
        "--claims-carers-allowance --partner-attendance-allowance lower --non-dependant 30,work,income=480 "
        "--nation wales --council Newport --council-tax-band C --owner",
        Household(adults=(Adult(date_of_birth=D(1954, 12, 1), state_pension_weekly=23000, carer=True,
                                claims_carers_allowance=True),
                          Adult(date_of_birth=D(1955, 6, 1), state_pension_weekly=21000, attendance_allowance="lower")),
                  nation="wales", local_authority="Newport",
                  housing=Housing(council_tax_band="C", non_dependants=(
                      NonDependant(age=30, remunerative_work=True, gross_weekly_income=48000),), **OWNER)),
        2830, 147570),
    # Swansea band B 2026-27, mixed-age couple on UC (carer element): £2,238.29 x 7/9 = £1,740.89; a week £33.39.
    # Son £300 gross: Sch 6 para 5(2)(b) £13.35; daughter on UC, no exemption given: para 5(1)(b) £6.70. UC income +
    # award = maximum amount, so no excess: £33.39 - £20.05 = £13.34.
    "W3 Wales mixed-age couple on UC, two non-dependants": (
        D(2026, 6, 1),
        "--dob 1959-03-01 --partner-dob 1966-05-01 --state-pension 200 --partner-carer --non-dependant 22,uc "
        "--non-dependant 30,work,income=300 --nation wales --council Swansea --council-tax-band B --owner",
        Household(adults=(Adult(date_of_birth=D(1959, 3, 1), state_pension_weekly=20000),
                          Adult(date_of_birth=D(1966, 5, 1), carer=True)),
                  nation="wales", local_authority="Swansea",
                  housing=Housing(council_tax_band="B", non_dependants=(
                      NonDependant(age=22, universal_credit=True),
                      NonDependant(age=30, remunerative_work=True, gross_weekly_income=30000)), **OWNER)),
        1334, 69543),
    # The same, the daughter's UC calculated with no earned income: Sch 6 para 5(8)(c) (WSI 2015/44 reg 10(a)(vi)):
    # £33.39 - £13.35 = £20.04; a year £1,740.89 - £13.35 x 365 / 7 = £1,044.78.
    "W3b the same, the daughter's UC with no earned income": (
        D(2026, 6, 1),
        "--dob 1959-03-01 --partner-dob 1966-05-01 --state-pension 200 --partner-carer "
        "--non-dependant 22,uc,hb-ctr=uc_no_earned_income --non-dependant 30,work,income=300 --nation wales "
        "--council Swansea --council-tax-band B --owner",
        Household(adults=(Adult(date_of_birth=D(1959, 3, 1), state_pension_weekly=20000),
                          Adult(date_of_birth=D(1966, 5, 1), carer=True)),
                  nation="wales", local_authority="Swansea",
                  housing=Housing(council_tax_band="B", non_dependants=(
                      NonDependant(age=22, universal_credit=True, hb_ctr_exemption="uc_no_earned_income"),
                      NonDependant(age=30, remunerative_work=True, gross_weekly_income=30000)), **OWNER)),
        2004, 104478),
    # Cardiff 2024-25 with the bill's Band D £1,880: band C with the disabled band reduction charged as B, x 7/9 =
    # £1,462.22; less 25% = £1,096.67; a week £21.0322. Lone parent on UC, £300 earnings (below the work allowance),
    # capital £8,000: income - applicable amount = the earnings x 12 / 52 = £69.2308; 20% = £13.8462; £7.19.
    "W4 Wales lone parent on UC, capital £8,000, disabled band reduction": (
        D(2024, 10, 1),
        "--age 29 --earnings 300/month --hours 16 --child 2016-03-01:girl --child 2021-07-01:boy --capital 8000 "
        "--social --rent 550/month --bedrooms 3 --disabled-band-reduction --nation wales --council Cardiff "
        "--council-tax-band C --band-d 1880",
        Household(adults=(Adult(age=29, monthly_earnings=30000, work_hours_weekly=16),),
                  children=(Child(date_of_birth=D(2016, 3, 1), sex="female"),
                            Child(date_of_birth=D(2021, 7, 1), sex="male")),
                  capital=800000, nation="wales", local_authority="Cardiff",
                  housing=Housing(tenure="social_rent", rent=55000, rent_period="month", bedrooms=3,
                                  disabled_band_reduction=True, council_tax_band="C", council_tax_band_d=188000)),
        719, 37470),
    # Cardiff band A with the disabled band reduction: 5/9 x £2,013.18 = £1,118.43; one of two residents
    # disregarded, 25% off: £838.82; a week £16.09. The disregarded son takes no deduction (Sch 1 para 3(8)(b)).
    # Income £250 - tax £86/52 = £248.35 <= £256: the maximum.
    "W5 Wales pensioner, band A reduced, disregarded son": (
        D(2026, 6, 1),
        "--dob 1955-03-01 --state-pension 250 --non-dependant 45,income=200,hb-ctr=disregarded_for_discount "
        "--council-tax-disregarded 1 --disabled-band-reduction --nation wales --council Cardiff "
        "--council-tax-band A --owner",
        Household(adults=(Adult(date_of_birth=D(1955, 3, 1), state_pension_weekly=25000),),
                  nation="wales", local_authority="Cardiff",
                  housing=Housing(council_tax_band="A", council_tax_disregarded=1, disabled_band_reduction=True,
                                  non_dependants=(NonDependant(age=45, gross_weekly_income=20000,
                                                               hb_ctr_exemption="disregarded_for_discount"),),
                                  **OWNER)),
        1609, 83882),
    # Newport band E 2025-26: £1,983.97 x 11/9 = £2,424.85; a week £46.50. Non-dependant working, £300 gross (PIP
    # left out, para 5(9)(a)): para 5(2)(b) £12.45. UC with LCWRA and no income: no excess. £34.05.
    "W6 Wales single on UC with LCWRA, band E, working non-dependant on PIP": (
        D(2025, 6, 2),
        "--age 45 --lcwra --non-dependant 28:disability_benefit,work,income=300 --nation wales --council Newport "
        "--council-tax-band E --owner",
        Household(adults=(Adult(age=45, lcwra=True),), nation="wales", local_authority="Newport",
                  housing=Housing(council_tax_band="E", non_dependants=(
                      NonDependant(age=28, exemption="disability_benefit", remunerative_work=True,
                                   gross_weekly_income=30000),), **OWNER)),
        3405, 177567),
    # Cardiff band D, alone: £2,013.18 less 25% = £1,509.89; a week £28.96. No UC (pension £230 a week). Sch 7:
    # £101.85 + disability premium £44.85 + severe disability premium £86.05 (PIP daily living, no non-dependant)
    # = £232.75 >= £230 income: the maximum.
    "W7 Wales working age without UC, PIP, occupational pension": (
        D(2026, 6, 1),
        "--age 58 --pension 230 --pip-daily-living standard --nation wales --council Cardiff --council-tax-band D "
        "--owner",
        Household(adults=(Adult(age=58, pension_income_weekly=23000, pip_daily_living="standard"),),
                  nation="wales", local_authority="Cardiff", housing=Housing(council_tax_band="D", **OWNER)),
        2896, 150989),
    # Glasgow band F 2026-27, capital £20,000: SSI 2012/319 reg 40: nil, the second adult rebate (15% by the son's
    # £200, £7.97) included, as reg 14(1)(b) makes that rebate an entitlement to council tax reduction.
    "S1 Scottish pensioner, capital £20,000, second adult": (
        D(2026, 6, 1),
        "--dob 1955-03-01 --state-pension 230 --capital 20000 --non-dependant 40,work,income=200 --nation scotland "
        "--council Glasgow --council-tax-band F --owner",
        Household(adults=(Adult(date_of_birth=D(1955, 3, 1), state_pension_weekly=23000),), capital=2000000,
                  nation="scotland", local_authority="Glasgow",
                  housing=Housing(council_tax_band="F", non_dependants=(
                      NonDependant(age=40, remunerative_work=True, gross_weekly_income=20000),), **OWNER)),
        0, 0),
    # Edinburgh band D 2025-26: £1,563.51; a week £29.9851. Son £520 gross: reg 48(2)(c) £13.40 (SSI 2025/24 reg 4);
    # daughter on income-based JSA: none (reg 48(8)(a)). Applicable £366.00 + carer £46.40 = £412.40; income
    # £430; 20% x £17.60 = £3.52. £29.9851 - £13.40 - £3.52 = £13.07.
    "S2 Scottish pensioner couple, carer, two non-dependants": (
        D(2025, 6, 2),
        "--dob 1954-10-01 --partner-dob 1956-02-01 --state-pension 240 --partner-state-pension 190 "
        "--claims-carers-allowance --non-dependant 35,work,income=520 "
        "--non-dependant 28,hb-ctr=income_support_jsa_esa --nation scotland --council Edinburgh "
        "--council-tax-band D --owner",
        Household(adults=(Adult(date_of_birth=D(1954, 10, 1), state_pension_weekly=24000, carer=True,
                                claims_carers_allowance=True),
                          Adult(date_of_birth=D(1956, 2, 1), state_pension_weekly=19000)),
                  nation="scotland", local_authority="Edinburgh",
                  housing=Housing(council_tax_band="D", non_dependants=(
                      NonDependant(age=35, remunerative_work=True, gross_weekly_income=52000),
                      NonDependant(age=28, hb_ctr_exemption="income_support_jsa_esa")), **OWNER)),
        1307, 68125),
    # Glasgow band C 2024-25: £1,499 x 320/360 = £1,332.44; a week £25.5537. Mixed-age couple on UC: SSI 2021/249.
    # Non-dependant £300: reg 90(2)(b) £10.35. Applicable £142.25 + carer £45.60; income £180 (the State Pension
    # x 52 / 12 x 12 / 52): the maximum, £15.20.
    "S3 Scottish mixed-age couple on UC, carer element": (
        D(2024, 10, 1),
        "--dob 1956-03-01 --partner-dob 1969-05-01 --state-pension 180 --partner-carer "
        "--non-dependant 30,work,income=300 --nation scotland --council Glasgow --council-tax-band C --owner",
        Household(adults=(Adult(date_of_birth=D(1956, 3, 1), state_pension_weekly=18000),
                          Adult(date_of_birth=D(1969, 5, 1), carer=True)),
                  nation="scotland", local_authority="Glasgow",
                  housing=Housing(council_tax_band="C", non_dependants=(
                      NonDependant(age=30, remunerative_work=True, gross_weekly_income=30000),), **OWNER)),
        1520, 79276),
    # Dundee band C 2026-27: £1,729.69 x 320/360 = £1,537.50; less 25% = £1,153.13; a week £22.1148. Lone parent on
    # UC: (£900 - £25 Sch 3 para 5 + child elements £655.82) x 12 / 52 = £353.27; applicable £95.55 + 2 x £109.85
    # = £315.25; 20% x £38.02 = £7.6033; £14.51.
    "S4 Scottish lone parent on UC with earnings": (
        D(2026, 6, 1),
        "--age 34 --earnings 900/month --hours 20 --child 2015-04-01:girl --child 2020-09-01:boy --social "
        "--rent 480/month --bedrooms 3 --nation scotland --council Dundee --council-tax-band C",
        Household(adults=(Adult(age=34, monthly_earnings=90000, work_hours_weekly=20),),
                  children=(Child(date_of_birth=D(2015, 4, 1), sex="female"),
                            Child(date_of_birth=D(2020, 9, 1), sex="male")),
                  nation="scotland", local_authority="Dundee",
                  housing=Housing(tenure="social_rent", rent=48000, rent_period="month", bedrooms=3,
                                  council_tax_band="C")),
        1451, 75668),
    # Edinburgh band H with the disabled band reduction, charged as G: £1,626.05 x 705/360 = £3,184.35; a week
    # £61.0697. Non-dependant £700 gross: reg 90(1)(a) £16.55. UC's yield of £9,000 (£52.20 a month x 12 / 52 =
    # £12.05) is the only income: the maximum, £44.52 (reg 14's band H amount is less).
    "S5 Scottish single on UC with LCWRA, band H reduced, capital £9,000": (
        D(2026, 6, 1),
        "--age 45 --lcwra --lcwra-protection pre_2026_claimant --capital 9000 --non-dependant 50,work,income=700 "
        "--disabled-band-reduction --nation scotland --council Edinburgh --council-tax-band H --owner",
        Household(adults=(Adult(age=45, lcwra=True, lcwra_protection="pre_2026_claimant"),), capital=900000,
                  nation="scotland", local_authority="Edinburgh",
                  housing=Housing(council_tax_band="H", disabled_band_reduction=True, non_dependants=(
                      NonDependant(age=50, remunerative_work=True, gross_weekly_income=70000),), **OWNER)),
        4452, 232139),
    # Dundee band D 2024-25: £1,486.43; a week £28.51. Mixed-age couple, no UC (State Pension £250 > the UC
    # couple's £617.60 a month): the pensioners' scheme. Income £250 - tax £81.70/52 = £248.43 <= £352: maximum.
    "S6 Scottish mixed-age couple without UC": (
        D(2024, 10, 1),
        "--dob 1954-05-01 --partner-dob 1964-03-01 --state-pension 250 --nation scotland --council Dundee "
        "--council-tax-band D --owner",
        Household(adults=(Adult(date_of_birth=D(1954, 5, 1), state_pension_weekly=25000),
                          Adult(date_of_birth=D(1964, 3, 1))),
                  nation="scotland", local_authority="Dundee", housing=Housing(council_tax_band="D", **OWNER)),
        2851, 148643),
    # Glasgow band B 2025-26: £1,611 x 280/360 = £1,253.00; less 25% = £939.75; a week £18.0226. Scottish tax on
    # £19,240: 19% x £2,827 + 20% x £3,843 = £1,305.73, / 52 = £25.11. Applicable £244.40 + severe disability
    # premium £82.90 = £327.30; income £344.89; 20% x £17.59 = £3.518; £14.50.
    "S7 Scottish pensioner on higher AA living alone": (
        D(2025, 6, 2),
        "--dob 1956-06-01 --state-pension 260 --pension 110 --attendance-allowance higher --nation scotland "
        "--council Glasgow --council-tax-band B --owner",
        Household(adults=(Adult(date_of_birth=D(1956, 6, 1), state_pension_weekly=26000, pension_income_weekly=11000,
                                attendance_allowance="higher"),),
                  nation="scotland", local_authority="Glasgow", housing=Housing(council_tax_band="B", **OWNER)),
        1450, 75631),
    # Cardiff 2024-25 (bill's Band D £1,880), band A, alone: £1,253.33 less 25% = £940.00 (939.9975); a week £18.03.
    # No UC (pension £400 a month and £650 earnings, no work allowance). Sch 7: £96.45 + disability premium £42.50 +
    # severe disability premium £81.50 (PIP daily living, no non-dependant) = £220.45. Earnings £150 less £20 (Sch 8
    # para 4) and the £17.10 of para 18 (disability premium and 16 hours) = £112.90; + pension £92.31 = £205.21.
    "W8 Wales working age without UC, part-time earner on PIP": (
        D(2024, 10, 1),
        "--age 50 --earnings 650/month --hours 20 --pension 92.31 --pip-daily-living standard --nation wales "
        "--council Cardiff --council-tax-band A --band-d 1880 --owner",
        Household(adults=(Adult(age=50, monthly_earnings=65000, work_hours_weekly=20, pension_income_weekly=9231,
                                pip_daily_living="standard"),),
                  nation="wales", local_authority="Cardiff",
                  housing=Housing(council_tax_band="A", council_tax_band_d=188000, **OWNER)),
        1803, 94000),
    # Glasgow band B 2025-26, two adults: £1,253.00, a week £24.0301. State Pension £400: Scottish tax £1,617.73
    # (19% x £2,827 + 20% x £5,403), £31.11 a week; income £368.89; 20% x £124.49 = £24.90 > £24.03 - £10.55: the
    # main reduction is nil. A grandson in receipt of UC: SSI 2012/319 Sch 5 Table (a), 25% = £6.01 (a year £313.25).
    "S8 Scottish pensioner, second adult on UC: the rebate wins": (
        D(2025, 6, 2),
        "--dob 1955-03-01 --state-pension 400 --non-dependant 20,work,income=300,uc --nation scotland "
        "--council Glasgow --council-tax-band B --owner",
        Household(adults=(Adult(date_of_birth=D(1955, 3, 1), state_pension_weekly=40000),),
                  nation="scotland", local_authority="Glasgow",
                  housing=Housing(council_tax_band="B", non_dependants=(
                      NonDependant(age=20, remunerative_work=True, gross_weekly_income=30000, universal_credit=True),),
                      **OWNER)),
        601, 31325),
    # Glasgow band A with the disabled band reduction: 200/360 x £1,706 = £947.78 (SI 1992/1335 reg 4(1C)); less 25%
    # = £710.84 (710.835 half up); a week £13.63. Income £230 <= £256: the maximum.
    "S9 Scottish pensioner, band A reduced": (
        D(2026, 6, 1),
        "--dob 1955-03-01 --state-pension 230 --disabled-band-reduction --nation scotland --council Glasgow "
        "--council-tax-band A --owner",
        Household(adults=(Adult(date_of_birth=D(1955, 3, 1), state_pension_weekly=23000),),
                  nation="scotland", local_authority="Glasgow",
                  housing=Housing(council_tax_band="A", disabled_band_reduction=True, **OWNER)),
        1363, 71084),
    # Glasgow band C 2026-27, two adults: £1,516.44, a week £29.0825. UC with £1,600 earnings: (£1,600 - £5 Sch 3 para
    # 11) x 12 / 52 = £368.08; 20% x (£368.08 - £95.55) = £54.51: nil. A brother on income support: 25% (Sch 2), £7.27.
    "S10 Scottish working age on UC, second adult on IS: the rebate wins": (
        D(2026, 6, 1),
        "--age 30 --earnings 1600/month --private --rent 700/month --lha 700/month "
        "--non-dependant 33,hb-ctr=income_support_jsa_esa --nation scotland --council Glasgow --council-tax-band C",
        Household(adults=(Adult(age=30, monthly_earnings=160000),), nation="scotland", local_authority="Glasgow",
                  housing=Housing(tenure="private_rent", rent=70000, rent_period="month", lha_rate=70000,
                                  council_tax_band="C", non_dependants=(
                                      NonDependant(age=33, hb_ctr_exemption="income_support_jsa_esa"),))),
        727, 37911),
    # Cardiff band C 2026-27, a pensioner (State Pension age reached January 2025) with a granddaughter: £1,789.49
    # less 25% = £1,342.12; a week £25.7393. Wales keeps the family premium: £256.00 + child £87.88 + family premium
    # £20.22 = £364.10 (WSI 2026/13 reg 8). Income £400 - tax £1,646 / 52 = £31.65 (the week's tax to the penny) =
    # £368.35; 20% x £4.25 = £0.85; £24.89. A year £1,342.12 - £0.85 x 365 / 7 = £1,297.80 (unrounded weekly tax,
    # £31.6538, would give £1,297.84: the library rounds the week's tax first).
    "W9 Welsh pensioner with a child: the family premium": (
        D(2026, 6, 1),
        "--dob 1959-01-01 --state-pension 300 --pension 100 --child 2016-05-01:girl --nation wales --council Cardiff "
        "--council-tax-band C --owner",
        Household(adults=(Adult(date_of_birth=D(1959, 1, 1), state_pension_weekly=30000, pension_income_weekly=10000),),
                  children=(Child(date_of_birth=D(2016, 5, 1), sex="female"),),
                  nation="wales", local_authority="Cardiff", housing=Housing(council_tax_band="C", **OWNER)),
        2489, 129780),
}


def _cli(on, flags, capsys):
    assert main(["estimate", "--on", on.isoformat(), *flags.split(), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["council_tax"]["calculation"]


@pytest.mark.parametrize("name", list(CASES))
def test_hand_figure_api_and_cli(name, capsys):
    on, flags, household, weekly, annual = CASES[name]
    ct = estimate(household, on=on).benefits.council_tax
    assert (int(ct.reduction_weekly), int(ct.reduction_annual)) == (weekly, annual)
    calc = _cli(on, flags, capsys)
    assert (calc["reduction_weekly"], calc["reduction_annual"]) == (weekly, annual)


def _notes(name):
    on, _, household, _, _ = CASES[name]
    return " ".join(estimate(household, on=on).council_tax.notes)


def test_sheet_says_why_no_non_dependant_deduction():
    # W2: the partner's Attendance Allowance (WSI 2013/3029 Sch 1 para 3(6)); until 2026-12-07 the Housing Benefit
    # sheet said so but the council tax sheet did not: the deductions line was simply absent.
    assert "No non-dependant deductions" in _notes("W2 Wales pensioner couple, carer, partner on AA, working son")
    assert "WSI 2013/3029 Sch 1 para 3(6)" in _notes("W2 Wales pensioner couple, carer, partner on AA, working son")
    assert "No non-dependant deductions" not in _notes("S2 Scottish pensioner couple, carer, two non-dependants")


@pytest.mark.parametrize("nation, council, age, law", [
    ("wales", "Cardiff", 45, "WSI 2013/3029 Sch 6 para 5(6)"),
    ("scotland", "Glasgow", 80, "SSI 2012/319 reg 48(6)"),
    ("scotland", "Glasgow", 45, "SSI 2021/249 reg 90(6)"),
    ("england", "Coventry", 80, "SI 2012/2885 Sch 1 para 8(6)"),
])
def test_the_waiver_note_cites_each_scheme(nation, council, age, law):
    h = Household(adults=(Adult(age=age, blind=True, lcwra=age < 66),), nation=nation, local_authority=council,
                  housing=Housing(council_tax_band="C", non_dependants=(
                      NonDependant(age=30, remunerative_work=True, gross_weekly_income=40000),), **OWNER))
    notes = " ".join(estimate(h, on=D(2026, 6, 1)).council_tax.notes)
    assert f"No non-dependant deductions: the claimant or partner is blind or gets Attendance Allowance, a DLA care " \
           f"component or PIP daily living ({law})" in notes


def test_scottish_capital_note_says_the_second_adult_rebate_is_included():
    notes = _notes("S1 Scottish pensioner, capital £20,000, second adult")
    assert "Capital of £20,000.00 is over £16,000.00: no Council Tax Reduction, the second adult rebate included " \
           "(SSI 2012/319 regs 14(1), 40)" in notes


def test_a_non_dependant_on_uc_with_no_exemption_is_flagged():
    # W3: the daughter on UC takes the £6.70 deduction because no exemption was given; the sheet now says that her UC
    # calculated with no earned income would take none (Sch 6 para 5(8)(c)).
    notes = _notes("W3 Wales mixed-age couple on UC, two non-dependants")
    assert "Non-dependant 1 is on Universal Credit" in notes
    assert "WSI 2013/3029 Sch 6 para 5(8)(c)" in notes
    assert "Non-dependant 1 is on Universal Credit" not in _notes(
        "W3b the same, the daughter's UC with no earned income")


def test_scottish_working_age_capital_over_16000_bars_the_second_adult_rebate():
    """SSI 2021/249 reg 13(1) (read 2026-12-07, revised text at 31 October 2024): a person "is entitled to council tax
    reduction under this regulation ... if the conditions set out in paragraphs (3) and (4) are satisfied, the
    relevant person's capital does not exceed the limit set by regulation 66 and— (a) [the main reduction] ... or (b)
    the condition set out in paragraph (7) [the second adult rebate] is satisfied"; reg 66: "No person is entitled to
    council tax reduction if that person's capital exceeds £16,000". Reg 67(1) counts the whole of the capital but
    what Sch 4 (reg 69) disregards, and Sch 4 (paras 1-42) has no disregard for a second adult rebate: the "Sch 4 para
    46" the library cited is not in the 2021 Regulations. Until 2026-12-07 the library paid the rebate.

    Glasgow band C 2026-27, single, 40, capital £20,000 (no UC: over UC's own limit), a son of 19 working on £150 a
    week gross: the rebate would be 15% of £29.08 = £4.36 a week (Sch 2: his income below £282). The law: nil.
    """
    h = Household(adults=(Adult(age=40),), capital=2000000, nation="scotland", local_authority="Glasgow",
                  housing=Housing(council_tax_band="C", non_dependants=(
                      NonDependant(age=19, remunerative_work=True, gross_weekly_income=15000),), **OWNER))
    e = estimate(h, on=D(2026, 6, 1))
    ct = e.benefits.council_tax
    assert (int(ct.reduction_weekly), int(ct.reduction_annual), int(ct.ctr_alternative_maximum)) == (0, 0, 0)
    assert "Capital of £20,000.00 is over £16,000.00: no Council Tax Reduction, the second adult rebate included " \
           "(SSI 2021/249 regs 13(1), 66)" in " ".join(e.council_tax.notes)
    # With £16,000 exactly (not over the limit): tariff income £40 (reg 63(1)(b)) is below the £95.55 applicable
    # amount, so the maximum, £1,516.44 x 7 / 365 = £29.0825 less the £5.55 deduction = £23.53, beats the rebate.
    ok = estimate(attrs_evolve(h, capital=1600000), on=D(2026, 6, 1)).benefits.council_tax
    assert int(ok.reduction_weekly) == 2353


def attrs_evolve(h, **changes):
    import attrs

    return attrs.evolve(h, **changes)


def test_scottish_earner_without_uc_s12_worked_to_the_penny():
    # Glasgow 2026-27, single, 35, £2,000 a month net, 37 hours, a brother on income-based JSA: no UC. Until
    # 2026-12-07 (scot-earn) the library worked no earnings without UC and gave check needed. Now: £2,000 x 12 / 52 =
    # £461.54, less £5 (Sch 3 para 11) and £17.10 (para 15, 30 hours and 25 or over) = £439.44; excess over £95.55 is
    # £343.89, 20% = £68.78, above the maximum: main reduction nil. Second adult rebate: the brother on income-based
    # JSA, 25% of band D £1,706.00 = £426.50 a year, £8.18 a week (tests/test_ctr_scotland_earnings_without_uc.py).
    h = Household(adults=(Adult(age=35, monthly_earnings=200000, work_hours_weekly=37),), nation="scotland",
                  local_authority="Glasgow", housing=Housing(council_tax_band="D", non_dependants=(
                      NonDependant(age=30, hb_ctr_exemption="income_support_jsa_esa"),), **OWNER))
    c = estimate(h, on=D(2026, 6, 1)).benefits.council_tax
    assert (c.ctr_status, c.reduction_weekly, c.reduction_annual) == (1, 818, 42650)
