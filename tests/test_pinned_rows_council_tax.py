"""Council tax: each band's proportion of Band D, in each nation (issue 21:
mutation found band F of England's 6 : 7 : 8 : 9 : 11 : 13 : 15 : 18 could
move to 12 with no test failing). Each band's amount from a Band D chosen to
divide evenly, worked by hand from the Act or order each row cites.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits import council_tax as ct
from entitlements.tables import default_tables

T = default_tables()
ON = dt.date(2025, 4, 1)


@pytest.mark.parametrize("nation, band_d, amounts", [
    # LGFA 1992 s 5(1), England: 6 : 7 : 8 : 9 : 11 : 13 : 15 : 18 of Band D. Band D £1,800: a ninth is £200:
    # A £1,200, B £1,400, C £1,600, D £1,800, E £2,200, F £2,600, G £3,000, H £3,600.
    ("england", 180000, (120000, 140000, 160000, 180000, 220000, 260000, 300000, 360000)),
    # s 5(1A), Wales (SI 2003/3046): the same and band I, 21: £4,200.
    ("wales", 180000, (120000, 140000, 160000, 180000, 220000, 260000, 300000, 360000, 420000)),
    # Scotland (SSI 2016/368 art 2): 240 : 280 : 320 : 360 : 473 : 585 : 705 : 882. Band D £1,440: £4 a part:
    # A £960, B £1,120, C £1,280, D £1,440, E £1,892, F £2,340, G £2,820, H £3,528.
    ("scotland", 144000, (96000, 112000, 128000, 144000, 189200, 234000, 282000, 352800)),
])
def test_each_band_from_band_d(nation, band_d, amounts):
    bands = "ABCDEFGHI"[:len(amounts)]
    assert [ct.band_amount(band_d, b, on=ON, tables=T, nation=nation) for b in bands] == list(amounts)
