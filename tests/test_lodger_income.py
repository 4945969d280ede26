"""Income from a lodger (a boarder or a sub-tenant), worked to the penny on 1 June 2026 (a Monday in 2026-27).

The law, read on 8 December 2026 in the legalize-uk mirror:

* Pension Credit, SI 2002/1792 reg 15(5)(e) ("payments due from any person in respect of board and lodging
  accommodation provided by the claimant") and (i) (rent from a person occupying part of the claimant's property);
  Sch IV para 8(1) (a boarder: up to £20.00 wholly, above it "£20.00 and 50% of the excess over £20.00") and para 9 (a
  sub-tenant: under £20 wholly, "£20 or more per week, £20"). Reg 9 does not except them from qualifying income.
* Housing Benefit, SI 2006/214 reg 29(1)(p), (v), Sch 5 paras 9-10 (the same sums); SI 2006/213 Sch 5 para 42 (a
  boarder) and para 22 as substituted by SI 2007/2618 reg 11(12) (a sub-tenant: £20).
* Council Tax Reduction for pensioners: SI 2012/2885 Sch 5 paras 9-10; WSI 2013/3029 Sch 4 paras 9-10 (and Sch 9
  paras 26-27 for working age); SSI 2012/319 Sch 3 paras 8-9: the same sums.
* Universal Credit: SI 2013/376 reg 66(1) lists unearned income; a lodger's payments are not among them.

A lodger is a resident for council tax: no single person discount (LGFA 1992 s 11).
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Caseload, Household, Housing, InputError, estimate, estimate_caseload
from entitlements.benefits.means_test import lodger_income
from entitlements.io.households import household_from_flat
from entitlements.tables import default_tables

ON = dt.date(2026, 6, 1)
T = default_tables()


@pytest.mark.parametrize("payment, board, counted", [
    (0, True, 0), (2000, True, 0), (2001, True, 0),  # 1p over £20: a half-penny disregarded as a penny
    (2002, True, 1), (6000, True, 2000), (8001, True, 3000), (10000, True, 4000),
    (0, False, 0), (1999, False, 0), (2000, False, 0), (2001, False, 1), (9000, False, 7000),
])
def test_the_disregards(payment, board, counted):
    for benefit in ("housing_benefit", "pension_credit"):
        assert lodger_income(payment, board, on=ON, tables=T, benefit=benefit) == counted


def test_the_tables_cite_what_was_read():
    for table_id in ("housing_benefit.lodger_disregards", "pension_credit.lodger_disregards"):
        row = T.table(table_id).row_at(dt.date(2023, 4, 3))
        assert row.value == {"boarder": 2000, "sub_tenant": 2000} and "£20" in row.source
    assert "SI 2007/2618 reg 11(12)" in T.table("housing_benefit.lodger_disregards").row_at(ON).source
    assert "Sch IV para 8(1)(b)" in T.table("pension_credit.lodger_disregards").row_at(ON).source


def _pensioner(age, state_pension, pension=0, lodger=0, board=False, la="Coventry", nation="england"):
    return Household(adults=Adult(age=age, state_pension_weekly=state_pension, pension_income_weekly=pension),
                     nation=nation,
                     housing=Housing(tenure="social_rent", rent=11000, rent_period="week", council_tax_band="B",
                                     lodger_payment_weekly=lodger, lodger_board=board),
                     local_authority=la)


def test_pension_credit_with_a_boarder():
    # A single pensioner of 80 (State Pension £184.90) whose boarder pays £60 a week for a room and meals. Counted:
    # £60 - (£20 + 50% x £40) = £20.00. Guarantee credit: £238.00 - (£184.90 + £20.00) = £33.10 (without the boarder
    # £53.10). Qualifying income £204.90 is below the savings credit threshold: no savings credit. With guarantee
    # credit, Housing Benefit and CTR disregard all income (SI 2006/214 reg 26; SI 2012/2885 Sch 1 para 7): HB the
    # whole £110.00 rent; council tax with two residents has no discount, Coventry band B £1,957.45 a year, £37.54 a
    # week, all of it reduced.
    b = estimate(_pensioner(80, 18490, lodger=6000, board=True), on=ON).benefits
    assert (int(b.pension_credit.guarantee_credit), int(b.pension_credit.savings_credit)) == (3310, 0)
    assert (int(b.housing_benefit.award), int(b.council_tax.reduction_weekly)) == (11000, 3754)
    assert int(estimate(_pensioner(80, 18490), on=ON).benefits.pension_credit.award) == 5310


def test_pension_age_hb_and_ctr_with_a_sub_tenant():
    # A single pensioner of 72 (pensionable age before April 2021: personal allowance £256.00), State Pension £241.30
    # and a £20 private pension; a sub-tenant pays £90 a week for a room. Tax on pensions: (£241.30 + £20) x 52 =
    # £13,587.60, less £12,570 = £1,017 x 20% = £203.40 a year, £3.91 a week. Counted from the sub-tenant: £90 - £20 =
    # £70.00. Pension Credit: £241.30 + £20 + £70 - £3.91 = £327.39 over £238.00: nil.
    # HB (SI 2006/214): income £327.39, excess over £256.00 £71.39, 65% £46.4035 -> £46.40; £110.00 - £46.40 = £63.60.
    # CTR (SI 2012/2885): no single person discount (two residents): £1,957.45 a year x 7 / 365 = £37.54 a week;
    # 20% x £71.39 = £14.278 -> £14.28; £37.54 - £14.28 = £23.26.
    e = estimate(_pensioner(72, 24130, 2000, lodger=9000), on=ON)
    b = e.benefits
    assert int(b.pension_credit.award) == 0
    assert (int(b.housing_benefit.weekly_income), int(b.housing_benefit.award)) == (32739, 6360)
    assert (int(b.council_tax.ctr_income), int(b.council_tax.reduction_weekly)) == (32739, 2326)
    text = e.render(width=200)
    assert "a sub-tenant's £90.00 a week, less £20: £70.00 (SI 2006/214 Sch 5 para 10)" in text
    assert "a sub-tenant's £90.00 a week, less £20: £70.00 (SI 2012/2885 Sch 5 para 10)" in text
    assert "Lodger's payments (£90.00 a week, a sub-tenant's, less £20)" in text
    assert "Discount 25%" not in text


def test_pension_age_hb_and_ctr_with_a_boarder():
    # The same pensioner, the £90 with meals: counted £90 - (£20 + 50% x £70) = £35.00; income £292.39, excess
    # £36.39. HB: 65% £23.6535 -> £23.65; £110.00 - £23.65 = £86.35. CTR: 20% £7.278 -> £7.28; £37.54 - £7.28 = £30.26.
    b = estimate(_pensioner(72, 24130, 2000, lodger=9000, board=True), on=ON).benefits
    assert (int(b.housing_benefit.award), int(b.council_tax.reduction_weekly)) == (8635, 3026)


def test_scotland_and_wales_pensioners_count_a_sub_tenant_alike():
    # SSI 2012/319 Sch 3 para 9 and WSI 2013/3029 Sch 4 para 10 (read): the same £70.00 counted as in England (the
    # income tax on the pensions differs in Scotland, so the difference the sub-tenant makes is compared).
    for la, nation in (("Glasgow", "scotland"), ("Cardiff", "wales")):
        def income(lodger):
            return int(estimate(_pensioner(72, 24130, 2000, lodger=lodger, la=la, nation=nation),
                                on=ON).benefits.council_tax.ctr_income)
        assert income(9000) - income(0) == 7000, la


def test_universal_credit_does_not_count_a_lodger():
    # SI 2013/376 reg 66(1): no such income; the award is the same with or without the sub-tenant's £90.
    def uc(lodger):
        h = Household(adults=Adult(age=40, monthly_earnings=60000),
                      housing=Housing(tenure="social_rent", rent=50000, bedrooms=2, lodger_payment_weekly=lodger))
        return int(estimate(h, on=ON).universal_credit.award)
    assert uc(0) == uc(9000) > 0


def test_board_needs_a_payment_and_a_payment_is_bounded():
    with pytest.raises(InputError, match="lodger_board"):
        Housing(tenure="social_rent", rent=100, lodger_board=True)
    with pytest.raises(InputError, match="lodger_payment_weekly"):
        Housing(tenure="social_rent", rent=100, lodger_payment_weekly=10_000_001)


def test_a_caseload_csv_column_equals_one_household(tmp_path):
    base = {"adult1_age": "72", "adult1_state_pension_weekly": "241.30", "adult1_pension_income_weekly": "20",
            "housing_tenure": "social_rent", "housing_rent": "110", "housing_rent_period": "week",
            "housing_council_tax_band": "B", "local_authority": "Coventry"}
    records = [dict(base, housing_lodger_payment_weekly=p, housing_lodger_board=b)
               for p, b in (("", ""), ("90", "no"), ("90", "yes"))]
    path = tmp_path / "c.csv"
    keys = list(records[0])
    path.write_text(",".join(keys) + "\n" + "".join(",".join(r[k] for k in keys) + "\n" for r in records))
    rows = list(estimate_caseload(Caseload.from_csv(path), on=ON).rows())
    assert [r["household_housing_benefit_weekly"] for r in rows] == [10910, 6360, 8635]
    for row, rec in zip(rows, records):
        one = estimate(household_from_flat({k: v for k, v in rec.items() if v}), on=ON).benefits
        assert row["household_housing_benefit_weekly"] == int(one.housing_benefit.award)


def test_a_lodger_has_a_bedroom_in_the_pension_age_size_criteria():
    # SI 2006/214 reg 13D(3)(b), (12) (SI 2007/2869 reg 7, read 2026-12-08): one bedroom for each occupier who is not
    # a child, "occupiers" being those who occupy the dwelling as their home, but a joint tenant not of the household.
    # A single pensioner of 75 renting privately in Bristol at £300 a week, State Pension £150: guarantee credit
    # £238.00 - £150.00 = £88.00 (the lodger's £15 is under the £20 disregard), so HB is the eligible rent. Alone: the
    # 1-bedroom LHA, £207.12. With a sub-tenant: two occupiers, the 2-bedroom LHA, £252.00.
    def home(lodger):
        return Household(adults=Adult(age=75, state_pension_weekly=15000), nation="england", local_authority="Bristol",
                         housing=Housing(tenure="private_rent", rent=30000, rent_period="week", brma="Bristol",
                                         lodger_payment_weekly=lodger))
    alone, lodged = estimate(home(0), on=ON), estimate(home(1500), on=ON)
    assert int(alone.benefits.pension_credit.guarantee_credit) == int(lodged.benefits.pension_credit.guarantee_credit) == 8800
    assert (int(alone.benefits.housing_benefit.award), int(lodged.benefits.housing_benefit.award)) == (20712, 25200)
    assert "a bedroom for the lodger, an occupier (reg 13D(3)(b), (12))" in lodged.render(width=250)
    # a boarder alike: £50 with meals counts £15.00 (£50 - £20 - £15), guarantee credit £73.00; HB still the rent cap
    boarder = Household(adults=Adult(age=75, state_pension_weekly=15000), nation="england", local_authority="Bristol",
                        housing=Housing(tenure="private_rent", rent=30000, rent_period="week", brma="Bristol",
                                        lodger_payment_weekly=5000, lodger_board=True))
    b = estimate(boarder, on=ON).benefits
    assert (int(b.pension_credit.guarantee_credit), int(b.housing_benefit.award)) == (7300, 25200)


def test_two_lodgers_are_refused_on_the_command_line(capsys):
    # Each lodger has their own £20 disregard (SI 2006/214 Sch 5 para 9 "in respect of each person", para 10; SI
    # 2002/1792 Sch IV paras 8-9), so two lodgers' payments given as one would be counted wrongly: more than one is
    # not modelled, and --lodger given twice says so rather than taking the last.
    from entitlements.cli import main

    for command in ("estimate", "check"):
        with pytest.raises(SystemExit) as e:
            raise SystemExit(main([command, "--age", "75", "--owner", "--lodger", "50", "--lodger", "60"]))
        err = capsys.readouterr().err
        assert e.value.code == 2
        assert "--lodger given twice: one lodger only: each lodger's payments have their own £20 disregard" in err
        assert "more than one lodger is not modelled" in err
