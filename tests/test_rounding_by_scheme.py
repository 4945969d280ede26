"""Each scheme's rule on a fraction of a penny, as its own text says
(docs/how-it-works.md, "Rounding"): £117.43 a month made weekly."""

import datetime as dt

from entitlements.benefits._numeric import weekly_from_monthly
from entitlements.benefits.pension_credit import weekly_earnings_counted
from entitlements.money import divide_half_up
from entitlements.tables import Tables

ON = dt.date(2026, 6, 1)


def test_housing_benefit_and_ctr_round_half_up():
    # SI 2006/214 reg 33(1)(b)(i), reg 61(6); SI 2006/213 reg 80(8): £117.43 x 12 / 52 = £27.0992...: £27.10
    assert int(weekly_from_monthly(11743)) == 2710
    # £14.19 x 12 / 52 = 327.46p: down; £14.21 x 12 / 52 = 327.92p: up
    assert int(weekly_from_monthly(1419)) == 327
    assert int(weekly_from_monthly(1421)) == 328


def test_pension_credit_disregards_the_fraction():
    # SI 2002/1792 reg 17(1)(b)(i) gives no rounding: the fraction is disregarded, to the claimant's advantage.
    tables = Tables.load()
    # £27.0992... -> £27.09, less the couple's £10 disregard (Sch VI): £17.09
    assert int(weekly_earnings_counted(11743, True, False, on=ON, tables=tables)) == 1709
    # a single claimant: less £5: £22.09
    assert int(weekly_earnings_counted(11743, False, False, on=ON, tables=tables)) == 2209
    # £414.21 x 12 / 52 = 9,558.69p: 9,558p here, 9,559p to HB and CTR; less £5: £90.58
    assert int(weekly_earnings_counted(41421, False, False, on=ON, tables=tables)) == 9058
    assert int(divide_half_up(41421 * 12, 52)) == 9559
