"""Blind Person's Allowance in the income tax on pensions that Pension
Credit, pension-age Housing Benefit and the pension-age Council Tax
Reduction schemes disregard (SI 2002/1792 reg 17(10)(a); SI 2006/214 reg
33(12); SI 2012/2885 Sch 1 para 17(13)). Worked examples to the penny, the
arithmetic in each.

The law (read 2026-12-07, legalize-dev/legalize-uk):

- ITA 2007 s 38(1): an allowance (Step 3 of s 23, beside the personal
  allowance, never withdrawn by income) for an individual who meets the
  first condition (registered as a blind person with a local authority in
  England and Wales, s 38(2)) or the second (ordinarily resident in Scotland
  or Northern Ireland and, because of blindness, unable to do any work for
  which eyesight is essential, s 38(3)). ``Adult.blind`` (certified severely
  sight impaired or blind) is taken to meet either (the estimate says which).
- The amount (the Treasury's s 57(6) orders, art 2(a) of each): £2,870
  (SI 2023/36), £3,070 (SI 2024/84), £3,130 (SI 2025/53), £3,250 (SI 2026/38).
- s 39: the allowance above the individual's net income less personal
  allowance goes to a spouse or civil partner living with them (election and
  claim; taken as made where the partner has income for it to relieve).

Coventry, a social rent of £100.00 a week, band B of a £2,300.00 Band D:
£1,788.89 a year; a single adult's 25% discount leaves £1,341.67, x 7 / 365 =
£25.7306 -> £25.73 a week; a couple's £1,788.89 x 7 / 365 = £34.3071 ->
£34.31. 2026-27: pension-age HB single £256.00, couple £383.35 (one reached
pensionable age before 1 April 2021); Pension Credit couple standard minimum
guarantee £363.25, savings credit threshold £329.75, maximum £20.10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, estimate
from entitlements.household import Housing
from entitlements.tables import Tables

TABLES = Tables.load()
ON = dt.date(2026, 12, 7)


def _home() -> Housing:
    return Housing(tenure="social_rent", rent=10000, rent_period="week", council_tax_band="B",
                   council_tax_band_d=230000)


def _est(adults, **kw):
    return estimate(Household(adults=adults, housing=_home(), **{"local_authority": "Coventry", **kw}), on=ON,
                    tables=TABLES)


@pytest.mark.parametrize("day, pounds", [(dt.date(2023, 6, 1), 2870), (dt.date(2024, 6, 1), 3070),
                                         (dt.date(2025, 6, 1), 3130), (dt.date(2026, 6, 1), 3250)])
def test_the_amount_from_each_indexation_order(day, pounds):
    # SI 2023/36, 2024/84, 2025/53, 2026/38 art 2(a).
    assert TABLES.at("tax.blind_persons_allowance", day)["blind_persons_allowance"] == 100 * pounds


def test_blind_single_pensioner_300_a_week_pays_no_tax_hb_and_ctr_fall():
    # State Pension £230.00 + pension £70.00 = £300.00 a week: 52 x £300 = £15,600 a year.
    # Sighted: £15,600 - £12,570 = £3,030 x 20% = £606.00 tax, / 52 = £11.6538 -> £11.65 a week.
    # Blind: allowances £12,570 + £3,250 = £15,820, more than £15,600: no tax (the allowance relieves £3,030).
    # HB: sighted, income £300.00 - £11.65 = £288.35 - £256.00 = £32.35 x 65% = £21.0275 -> £21.03, HB £78.97;
    # blind, £300.00 - £256.00 = £44.00 x 65% = £28.60, HB £71.40.
    # CTR (20% taper): sighted £32.35 x 20% = £6.47, £25.73 - £6.47 = £19.26; blind £44.00 x 20% = £8.80, £16.93.
    # Pension Credit: £300.00 (or £288.35) against a guarantee of £238.00: nil either way.
    sighted = _est(Adult(age=75, state_pension_weekly=23000, pension_income_weekly=7000))
    blind = _est(Adult(age=75, state_pension_weekly=23000, pension_income_weekly=7000, blind=True))
    assert sighted.benefits.pension_income_tax_annual == (60600, 0)
    assert sighted.benefits.pension_income_tax == (1165, 0)
    assert (sighted.benefits.housing_benefit.award, sighted.benefits.council_tax.reduction_weekly) == (7897, 1926)
    b = blind.benefits
    assert b.pension_income_tax_annual == (0, 0) and b.pension_income_tax == (0, 0)
    assert b.blind_persons_allowance == (325000, 0) and b.blind_persons_allowance_used == (303000, 0)
    assert b.blind_persons_allowance_transferred == (0, 0)
    assert (b.housing_benefit.award, b.council_tax.reduction_weekly) == (7140, 1693)
    assert sighted.benefits.pension_credit.award == b.pension_credit.award == 0
    # The working sheet says so on the tax line; the caveat names England and Wales' test (s 38(2)).
    text = blind.render()
    assert "with Blind Person's Allowance of £3,250.00 (s 38(2)" in text and "relieving £3,030.00 of income" in text
    assert "SI 2026/38) art 2(a)" in text
    (caveat,) = blind.caveats
    assert "s 38(2)" in caveat and "registered" in caveat and "SI 2002/1792 reg 17(10)(a)" in caveat
    assert "SI 2006/214 reg 33(12)" in caveat


def test_blind_partner_with_little_income_transfers_the_allowance_pc_hb_ctr():
    # Adult 1 (80, blind): State Pension £120.00 a week = £6,240 a year, under £12,570: £3,250 unused, transferred
    # to adult 2 (s 39(2)-(3)). Adult 2 (78): £230.00 + £50.00 = £280.00 a week = £14,560 - £12,570 = £1,990
    # taxable: sighted partner, £398.00 tax (£7.6538 -> £7.65 a week); with the £3,250 transferred, nil.
    # Pension Credit (savings credit; couple): income sighted £400.00 - £7.65 = £392.35: A = 60% x (£392.35 -
    # £329.75) = £37.56, the maximum £20.10; B = 40% x (£392.35 - £363.25) = £11.64; £20.10 - £11.64 = £8.46.
    # With the transfer: income £400.00: B = 40% x £36.75 = £14.70; £20.10 - £14.70 = £5.40.
    # HB: sighted, £392.35 + £8.46 = £400.81 - £383.35 = £17.46 x 65% = £11.349 -> £11.35, HB £88.65;
    # with, £400.00 + £5.40 = £405.40 - £383.35 = £22.05 x 65% = £14.3325 -> £14.33, HB £85.67.
    # CTR: sighted £17.46 x 20% = £3.492 -> £3.49, £34.31 - £3.49 = £30.82; with £22.05 x 20% = £4.41, £29.90.
    def couple(blind):
        return _est((Adult(age=80, state_pension_weekly=12000, blind=blind),
                     Adult(age=78, state_pension_weekly=23000, pension_income_weekly=5000)))

    sighted, blind = couple(False), couple(True)
    s, b = sighted.benefits, blind.benefits
    assert s.pension_income_tax_annual == (0, 39800) and s.pension_income_tax == (0, 765)
    assert (s.pension_credit.award, s.housing_benefit.award, s.council_tax.reduction_weekly) == (846, 8865, 3082)
    assert b.pension_income_tax_annual == (0, 0)
    assert b.blind_persons_allowance == (325000, 0) and b.blind_persons_allowance_transferred == (325000, 0)
    assert b.blind_persons_allowance_used == (0, 199000)
    assert (b.pension_credit.award, b.housing_benefit.award, b.council_tax.reduction_weekly) == (540, 8567, 2990)
    text = blind.render()
    assert "of which £3,250.00 unused is transferred to the partner (s 39" in text
    assert "with £3,250.00 of the partner's Blind Person's Allowance transferred (s 39" in text
    (caveat,) = blind.caveats
    assert "s 39" in caveat and "civil partner" in caveat


def test_transfer_only_of_the_part_above_net_income_less_personal_allowance():
    # Adult 1 (blind): £280.00 a week = £14,560: £14,560 - £12,570 = £1,990 of remaining relievable income
    # (s 39(3)); £3,250 - £1,990 = £1,260 transferred. Adult 2: £300.00 a week = £15,600 - £12,570 = £3,030 -
    # £1,260 = £1,770 x 20% = £354.00 tax (without the transfer £606.00). Adult 1: no tax.
    e = _est((Adult(age=80, state_pension_weekly=28000, blind=True), Adult(age=78, state_pension_weekly=30000)))
    b = e.benefits
    assert b.blind_persons_allowance_transferred == (126000, 0)
    assert b.pension_income_tax_annual == (0, 35400)


def test_no_transfer_where_the_partner_has_nothing_for_it_to_relieve_and_both_blind_each_have_one():
    # Adult 2 £100.00 a week = £5,200, under the personal allowance: the election would change nothing.
    e = _est((Adult(age=80, state_pension_weekly=12000, blind=True), Adult(age=78, state_pension_weekly=10000)))
    assert e.benefits.blind_persons_allowance_transferred == (0, 0) and e.caveats == ()
    # Both blind, each £330.00 a week = £17,160 - £12,570 - £3,250 = £1,340 x 20% = £268.00 tax each.
    both = _est((Adult(age=80, state_pension_weekly=33000, blind=True),
                 Adult(age=78, state_pension_weekly=33000, blind=True)))
    assert both.benefits.pension_income_tax_annual == (26800, 26800)
    assert both.benefits.blind_persons_allowance == (325000, 325000)


def test_scotland_caveat_names_the_second_condition():
    # Glasgow, pension age: £300.00 a week = £15,600, under £12,570 + £3,250: no tax (Scottish rates not read).
    e = estimate(Household(adults=Adult(age=75, state_pension_weekly=23000, pension_income_weekly=7000, blind=True),
                           housing=_home(), nation="scotland", local_authority="Glasgow City"), on=ON, tables=TABLES)
    assert e.benefits.pension_income_tax_annual == (0, 0)
    (caveat,) = e.caveats
    assert "s 38(3)" in caveat and "eyesight is essential" in caveat and "Scotland" in caveat
    assert "s 38(3): in Scotland" in e.render()


def test_the_allowance_is_read_only_where_it_can_relieve_income():
    # After the table's end (5 April 2027) a held figure is an assumption the estimate names: not for a blind
    # pensioner whose £150.00 a week (£7,800) is under the personal allowance, but for one with £300.00 a week.
    def held(weekly):
        e = estimate(Household(adults=Adult(age=75, state_pension_weekly=weekly, blind=True), housing=_home(),
                               local_authority="Coventry"), on=dt.date(2027, 6, 1))
        return {a.table_id for a in e.assumptions}

    assert "tax.blind_persons_allowance" not in held(15000)
    assert "tax.blind_persons_allowance" in held(30000)


def test_allowance_beyond_the_pensions_tax_comes_off_the_tax_on_pay():
    # Blind, 71, State Pension £100.00 a week (£5,200 a year) and gross pay £1,500 a month (£18,000), 2026-27.
    # The year's tax: £23,200 - £12,570 - £3,250 = £7,380 x 20% = £1,476.00; without the allowance £10,630 x 20% =
    # £2,126.00, so the allowance relieves £650.00. PAYE on the pay (code 737L: £12,570 less the State Pension;
    # free pay £7,379 / 12 = £614.92 a month; £1,500 - £614.92 = £885.08 -> £885 x 20% = £177.00 a month) takes
    # £2,124.00 a year. Tax by way of the pensions: £1,476.00 - £2,124.00 = -£648.00, not below -£650.00 (the
    # relief, at most the tax on pay): a PAYE code holding the allowance takes £650 less from the pay. Before,
    # the floor was nil and the relief beyond the pensions' tax was lost (as the married couple's allowance's was,
    # fixed by the cross-check of 2026-12-07). -£648.00 / 52 = -£12.4615 -> -£12.46 a week on the income counted.
    h = Household(adults=(Adult(date_of_birth=dt.date(1955, 6, 1), state_pension_weekly=10000,
                                gross_monthly_earnings=150000, blind=True),),
                  housing=Housing(tenure="social_rent", rent=10000, rent_period="week"))
    b = estimate(h, on=dt.date(2026, 5, 1), tables=TABLES).benefits
    assert b.pension_income_tax_annual == (-64800, 0) and b.pension_income_tax == (-1246, 0)
    # HB: income counted £385.31 with the pay's standard-code PAYE, + £12.46 = £397.77; excess over £238.00 is
    # £159.77 x 65% = £103.85, more than the £100.00 rent: nil (was £4.25 with the relief lost).
    assert b.housing_benefit.weekly_income == 39777 and b.housing_benefit.award == 0
