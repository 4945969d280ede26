"""Working-age Council Tax Reduction for Coventry and the Warwickshire districts,
2024-25 to 2026-27: worked examples to the penny through estimate() (a
household with its ``local_authority``, band and the Band D from its bill) and
the caseload path, for every scheme shipped, and check needed naming the
council for every one not shipped.

Figures used (each from the text named; the arithmetic is in the comments):

- Coventry 2026-27 (rules/ctr/local/coventry/2026-27.toml, unverified: a
  transcription of the scheme's Schedule 2 and section 58): bands of weekly
  excess income, under £15 80%, under £40 65%, under £70 40%, under £80 20%,
  £80 or more nothing; deductions for a non-dependant in work, gross under
  £279 £5.20, under £485 £10.60, under £605 £13.30, otherwise £15.95; capital
  limit £16,000. Its earnings disregard and tariff income are not read.
- Rugby 2024-25 (maximum 85%) and Stratford-on-Avon 2025-26 (maximum 80%):
  the Default Scheme (SI 2012/2886 Schedule) with that maximum, unverified;
  for a UC claimant the applicable amount is the UC maximum amount and the
  income the award plus the income UC counted, each x 12 / 52 (paras 28, 37).
- UC standard allowance, single 25 or over: 2024-25 £393.45, 2025-26 £400.14,
  2026-27 £424.90 a month (rules/uc). Housing Benefit personal allowance,
  single 25 or over, from 6 April 2026: £95.55 a week (SI 2026/148 Sch 4).
- Band proportions (LGFA 1992 s 5(1)): A 6/9, B 7/9, C 8/9; single person
  discount 25% (s 11). 2024-25, 2025-26 and 2026-27 each have 365 days.
- Band D £2,190.02 a year: a figure given as a bill would give it (no area
  Band D ships for these councils and years but Nuneaton and Bedworth and
  North Warwickshire 2024-25).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from entitlements import Adult, Household, estimate, estimate_caseload
from entitlements.benefits import council_tax_reduction_local as local
from entitlements.errors import InputError, RuleTableError
from entitlements.household import Housing, NonDependant

MAY_2024, MAY_2025, MAY_2026 = dt.date(2024, 5, 1), dt.date(2025, 5, 1), dt.date(2026, 5, 1)
BAND_D = 219002  # £2,190.02, from the bill
TA = dict(tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week")


def _home(council, band="B", adults=None, **housing):
    h = dict(tenure="owner_occupier", council_tax_band=band, council_tax_band_d=BAND_D)
    h.update(housing)
    return Household(adults=adults or (Adult(age=30),), housing=Housing(**h), local_authority=council)


def _ct(household, on):
    return estimate(household, on=on).benefits.council_tax


# -- Coventry 2026-27: the band table and the non-dependant deductions ------------------------------------------


@pytest.mark.parametrize("excess,percent,weekly,annual", [
    # Liability £1,000.00 a year: a week x 7 / 365 = £19.17808. Each percentage of it, to the nearest penny; a year
    # the percentage of £1,000.00.
    (1499, 800000, 1534, 80000),   # under £15: 80% x £19.17808 = £15.342 -> £15.34
    (1500, 650000, 1247, 65000),   # £15.00 is band 2: 65% = £12.466 -> £12.47
    (3999, 650000, 1247, 65000),
    (4000, 400000, 767, 40000),    # £40.00 is band 3: 40% = £7.671 -> £7.67
    (6999, 400000, 767, 40000),
    (7000, 200000, 384, 20000),    # £70.00 is band 4: 20% = £3.836 -> £3.84
    (7999, 200000, 384, 20000),
    (8000, 0, 0, 0),               # £80.00 or more: nothing
])
def test_coventry_2026_band_edges(excess, percent, weekly, annual):
    # Excess income = income less the applicable amount (£98.05 here).
    r = local.local_reduction("Coventry", 100000, on=MAY_2026, weekly_income=9805 + excess,
                              weekly_applicable_amount=9805)
    assert (r.status, r.weekly_income, r.maximum_percent, r.weekly, r.annual) == \
        ("calculated", excess, percent, weekly, annual)
    assert r.verified is False


@pytest.mark.parametrize("gross,deduction,weekly,annual", [
    # Claimant on UC with no income: excess nil, band 1, 80%. Two adults: no discount; band A 6/9 x £2,190.02 =
    # £1,460.013 -> £1,460.01 a year, £28.000192 a week. 80% of it = £22.400153; less the deduction. A year:
    # 80% x £1,460.01 = £1,168.008 less the deduction x 365 / 7.
    (27899, 520, 1720, 89687),    # £22.400153 - £5.20 = £17.20; £1,168.008 - £271.1429 = £896.865 -> £896.87
    (27900, 1060, 1180, 61529),   # £279.00: £10.60. £11.800153 -> £11.80; £1,168.008 - £552.7143 = £615.294 -> £615.29
    (48499, 1060, 1180, 61529),
    (48500, 1330, 910, 47451),    # £485.00: £13.30. £9.10; £1,168.008 - £693.50 = £474.508 -> £474.51
    (60499, 1330, 910, 47451),
    (60500, 1595, 645, 33633),    # £605.00: £15.95. £6.450153 -> £6.45; £1,168.008 - £831.6786 = £336.329 -> £336.33
    (None, 1595, 645, 33633),     # income not shown: the highest deduction
])
def test_coventry_2026_non_dependant_in_work_through_estimate(gross, deduction, weekly, annual):
    nd = NonDependant(age=25, remunerative_work=True, gross_weekly_income=gross)
    c = _ct(_home("Coventry", "A", non_dependants=(nd,)), MAY_2026)
    assert (c.annual_liability, c.weekly_liability) == (146001, 2800)
    assert (c.ctr_status, c.ctr_scheme, c.ctr_excess_income, c.ctr_non_dependant_deductions) == (1, 5, 0, deduction)
    assert (c.reduction_weekly, c.reduction_annual, c.to_pay_annual) == (weekly, annual, 146001 - annual)


def test_coventry_2026_without_uc_in_temporary_accommodation_band_3():
    adult = (Adult(age=40, other_unearned_income_monthly=65000),)
    e = estimate(_home("Coventry", "C", adult, **TA), on=MAY_2026)
    c = e.benefits.council_tax
    # Band C 8/9 x £2,190.02 = £1,946.684 -> £1,946.68; single, 25% off: £1,460.01; a week £28.000192 -> £28.00.
    assert (c.band_amount_annual, c.annual_liability, c.weekly_liability) == (194668, 146001, 2800)
    # No UC (£650 a month of other income is more than the £424.90 standard allowance; no housing element in
    # temporary accommodation). Income £650 x 12 / 52 = £150.00; the Housing Benefit applicable amount stands in,
    # £95.55; excess £54.45: band 3 (£40 to under £70), 40%: 40% x £28.000192 = £11.200077 -> £11.20; a year
    # 40% x £1,460.01 = £584.004 -> £584.00.
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income) == (9555, 15000, 5445)
    assert (c.ctr_status, c.reduction_weekly, c.reduction_annual, c.to_pay_annual) == (1, 1120, 58400, 87601)
    assert "Coventry" in e.render() and "£11.20" in e.render()


def test_coventry_2026_facts_not_read_are_check_needed_and_over_the_limit_nil():
    adult = (Adult(age=40, other_unearned_income_monthly=65000),)
    base = _home("Coventry", "C", adult, **TA)
    # Capital without UC: its tariff income was not read, so any capital up to £16,000 is check needed ...
    for capital in (100, 1600000):
        c = _ct(attrs.evolve(base, capital=capital), MAY_2026)
        assert (c.status, c.ctr_status, c.ctr_reason, c.reduction_weekly) == (1, 2, 4, 0)
    # ... and above it the answer is certain: nothing (the scheme's capital limit, as transcribed).
    c = _ct(attrs.evolve(base, capital=1600001), MAY_2026)
    assert (c.ctr_status, c.reduction_weekly, c.to_pay_annual) == (1, 0, 146001)
    # Earnings: the earnings disregard was not read.
    c = _ct(_home("Coventry", "A", (Adult(age=30, monthly_earnings=20000),)), MAY_2026)
    assert (c.ctr_status, c.ctr_reason, c.reduction_weekly) == (2, 4, 0)
    # The calculator says which fact and names the council.
    with pytest.raises(InputError, match="tariff income of Coventry's 2026-27"):
        local.local_reduction("Coventry", 100000, on=MAY_2026, weekly_income=15000, capital=600000,
                              weekly_applicable_amount=9555)
    with pytest.raises(InputError, match="earnings disregard of Coventry's 2026-27"):
        local.local_reduction("Coventry", 100000, on=MAY_2026, weekly_income=15000, weekly_earnings=100,
                              weekly_applicable_amount=9555)
    r = local.local_reduction("Coventry", 100000, on=MAY_2026, weekly_income=15000, capital=1600001,
                              weekly_applicable_amount=9555)
    assert (r.status, r.weekly) == ("calculated", 0)


def test_the_working_sheet_names_the_fact_not_read_that_the_household_needs():
    # Coventry 2026-27 lists earnings_disregard and tariff_income as not read. A household with earnings is check
    # needed because of the first: the note on the working sheet names it (not "a non-dependant's deduction, say").
    text = estimate(_home("Coventry", "A", (Adult(age=30, monthly_earnings=20000),)), on=MAY_2026).render(width=200)
    assert ("Coventry's 2026-27 scheme cannot be applied here: the scheme file records that its earnings disregard "
            "(this household has earnings) could not be read.") in text
    assert "non-dependant's deduction, say" not in text
    # Capital without UC (temporary accommodation, other income only): the tariff income is named.
    base = _home("Coventry", "C", (Adult(age=40, other_unearned_income_monthly=65000),), **TA)
    text = estimate(attrs.evolve(base, capital=100), on=MAY_2026).render(width=200)
    assert "its tariff income (this household has capital) could not be read" in text


# -- Rugby 2024-25 and Stratford-on-Avon 2025-26 through estimate ----------------------------------------------


def test_rugby_2024_uc_claimant_no_income_gets_85_percent():
    e = estimate(_home("Rugby"), on=MAY_2024)
    c = e.benefits.council_tax
    # Band B 7/9 x £2,190.02 = £1,703.349 -> £1,703.35; single, 25% off: £1,277.5125 -> £1,277.51; a week
    # £24.500192 -> £24.50. UC £393.45 x 12 / 52 = £90.796 -> £90.80, both the applicable amount and the income:
    # no excess. 85% x £24.500192 = £20.825 -> £20.83; a year 85% x £1,277.51 = £1,085.8835 -> £1,085.88.
    assert (c.annual_liability, c.weekly_liability, c.ctr_applicable_amount, c.ctr_excess_income) == (127751, 2450, 9080, 0)
    assert (c.ctr_status, c.ctr_scheme, c.ctr_maximum, c.reduction_weekly, c.reduction_annual) == (1, 5, 2083, 2083, 108588)
    assert c.to_pay_annual == 127751 - 108588
    assert "Rugby" in e.render()


def test_stratford_2025_uc_claimant_no_income_gets_80_percent():
    c = _ct(_home("Stratford-on-Avon"), MAY_2025)
    # The same liability, £1,277.51 a year, £24.500192 a week. UC £400.14 x 12 / 52 = £92.34: no excess.
    # 80% x £24.500192 = £19.600 -> £19.60; a year 80% x £1,277.51 = £1,022.008 -> £1,022.01.
    assert (c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income) == (9234, 9234, 0)
    assert (c.ctr_status, c.reduction_weekly, c.reduction_annual, c.to_pay_annual) == (1, 1960, 102201, 25550)


# -- not shipped: check needed naming the council ------------------------------------------------------------------


NOT_SHIPPED = [("Coventry", MAY_2024), ("Coventry", MAY_2025),
               ("North Warwickshire", MAY_2024), ("North Warwickshire", MAY_2025), ("North Warwickshire", MAY_2026),
               ("Nuneaton and Bedworth", MAY_2024), ("Nuneaton and Bedworth", MAY_2025),
               ("Nuneaton and Bedworth", MAY_2026), ("Rugby", MAY_2026), ("Stratford-on-Avon", MAY_2026),
               ("Warwick", MAY_2024), ("Warwick", MAY_2025), ("Warwick", MAY_2026)]


@pytest.mark.parametrize("council,on", NOT_SHIPPED)
def test_schemes_not_shipped_are_check_needed_naming_the_council(council, on):
    e = estimate(_home(council), on=on)
    c = e.benefits.council_tax
    # The liability is worked out from the bill's Band D (£1,277.51, as above); the reduction is check needed
    # (local_scheme_not_shipped), never nil, and the sheet names the council.
    assert (c.status, c.annual_liability, c.ctr_status, c.ctr_reason, c.reduction_weekly) == (1, 127751, 2, 2, 0)
    assert council in e.render()
    r = local.local_reduction(council, 127751, on=on, weekly_income=0)
    assert r.status == "check_needed" and r.weekly is None and council in r.reason


# -- the caseload path equals one household at a time --------------------------------------------------------------


def test_caseload_equals_one_household_at_a_time_for_every_council_and_year():
    rich = (Adult(age=40, other_unearned_income_monthly=65000),)
    households = [_home(c) for c in ("Coventry", "North Warwickshire", "Nuneaton and Bedworth", "Rugby",
                                     "Stratford-on-Avon", "Warwick")]
    households += [_home("Coventry", "C", rich, **TA), _home("Rugby", "C", rich, **TA),
                   _home("Coventry", "A", non_dependants=(NonDependant(age=25, remunerative_work=True,
                                                                       gross_weekly_income=30000),)),
                   _home("Coventry", "A", non_dependants=(NonDependant(age=25),)),  # not in work: not given
                   attrs.evolve(_home("Coventry", "C", rich, **TA), capital=500000)]
    for on in (MAY_2024, MAY_2025, MAY_2026):
        r = estimate_caseload(households, on=on).benefits.council_tax
        for i, h in enumerate(households):
            one = _ct(h, on)
            assert (int(r.ctr_status[i]), int(r.ctr_reason[i]), int(r.reduction_weekly[i]),
                    int(r.reduction_annual[i]), int(r.to_pay_annual[i])) == \
                (one.ctr_status, one.ctr_reason, one.reduction_weekly, one.reduction_annual, one.to_pay_annual)
    r = estimate_caseload(households, on=MAY_2026).benefits.council_tax
    assert list(r.ctr_status) == [1, 2, 2, 2, 2, 2, 1, 2, 1, 2, 2]
    # Coventry band B, UC, no income: 80% x £24.500192 = £19.600 -> £19.60; the two worked above: £11.20, £11.80.
    assert [int(r.reduction_weekly[i]) for i in (0, 6, 8)] == [1960, 1120, 1180]


# -- the file format: tariff income not read ----------------------------------------------------------------------


def test_tariff_income_cannot_be_both_given_and_not_read(tmp_path: Path):
    d = tmp_path / "o" / "warwick"
    d.mkdir(parents=True)
    (d / "2025-26.toml").write_text('''authority = "Warwick"
year = "2025-26"
status = "shipped"
family = "means_tested"
document = "TEST FIXTURE"
copy_read = "tests"
verified = false
note = "fixture"
not_read = ["tariff_income"]
[taper]
percent = 20
source = "fixture"
[capital]
limit = 16000
tariff_lower_limit = 6000
tariff_step = 250
source = "fixture"
''')
    with pytest.raises(RuleTableError, match="tariff income is both given"):
        local.LocalSchemes.load(overlays=[tmp_path / "o"])
