"""LHA cells pinned to what was published (issue 21: a 1p slip in a monthly
cell passed every test; the weekly/monthly agreement test works to the
weekly penny, about 4p a month).

Two kinds of test:

1. Cells written here as the pages named in each test print them (the
   pages recorded in the schedules' ``[[brma.checks]]`` and ``note``s, and
   the Department's announcement of the 2024 rates for Wales). No figure
   here is read from ``rules/``.
2. Control totals: each column of each table (a nation, weekly or monthly,
   one category) adds up to the total below, taken when the cells were read
   against their publications (``copy_read`` and ``[[brma.checks]]`` in the
   files). A change to any cell, by a penny or more, changes its column's
   total: whoever makes it must check the cell against the publication and
   then change the total here, saying so in the changelog's Rules section.

Not pinned to a page (no page with the figures could be read from here):
Scottish monthly cells, Welsh weekly cells, and Welsh monthly cells other
than the two below. The control totals cover them until the DWP and Rent
Officers Wales tables can be read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits.lha import default_lha_schedule, lha_monthly_rate, lha_rate

HB_2024 = dt.date(2024, 4, 1)  # Housing Benefit: the 31 January 2024 determination from 1 April 2024
AP_2024 = dt.date(2024, 4, 8)  # UC: from the relevant Monday, 8 April 2024
AP_2026 = dt.date(2026, 4, 6)  # frozen for 2026/27 (SI 2026/5 art 4)

# -- 1. cells as published ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("brma", "weekly", "page"),
    [
        # Dundee City Council, 'Local Housing Allowance Rates from 1st April 2024' (weekly).
        ("Dundee and Angus", [8630, 9205, 14153, 18296, 25315], "dundeecity.gov.uk"),
        # East Lothian Council, 'Rates from 1 April 2024 to 31 March 2025' (weekly).
        ("Lothian", [10932, 17260, 22323, 31644, 50170], "eastlothian.gov.uk"),
        # Inverclyde Council, 'Renfrewshire and Inverclyde from April 2024 to March 2025' (weekly).
        ("Renfrewshire and Inverclyde", [8285, 9205, 12082, 13808, 25315], "inverclyde.gov.uk"),
        # caithness-business.co.uk, 4 November 2024 (not an official source): Highland and Islands,
        # weekly: shared £87.45, 1 bedroom £109.32, 2 £136.93, 3 £159.95, 4 £195.62.
        ("Highland and Islands", [8745, 10932, 13693, 15995, 19562], "caithness-business.co.uk"),
        # nesaf.co.uk, 'LHA Rates from April 2024' (not an official source): Aberdeen and Shire
        # 74.79, 109.32, 149.59, 197.92, 287.67.
        ("Aberdeen and Shire", [7479, 10932, 14959, 19792, 28767], "nesaf.co.uk"),
    ],
)
def test_scottish_weekly_cells_as_published_2024(brma, weekly, page):
    # Shared accommodation (category 0) and 1 to 4 bedrooms; the same figures
    # in 2026/27 (frozen: SI 2026/5 art 2).
    assert [lha_rate(brma, c, on=HB_2024) for c in range(5)] == weekly, page
    assert [lha_rate(brma, c, on=dt.date(2026, 4, 1)) for c in range(5)] == weekly, page


def test_outer_south_east_london_weekly_cells_as_bromley_publishes_them_2024():
    # London Borough of Bromley, 'The weekly LHA rates from April 2024', Outer
    # South East London: shared £138.08, 1 bedroom £241.64, 2 £299.18, 3 £356.71
    # (its 4-bedroom £414.22 disagrees with the table's £414.25: recorded as not
    # verified in the schedule, and not pinned here).
    assert [lha_rate("Outer South East London", c, on=HB_2024) for c in range(4)] == [13808, 24164, 29918, 35671]


def test_welsh_monthly_cells_in_the_departments_announcement_2024():
    # DWP, 'Major LHA boost for Welsh renters' (9 January 2024, as reported by
    # thxnews.com): in the Cardiff BRMA a four-bedroom home "up to £1,300 per
    # month"; in Monmouthshire a three-bedroom home "up to £795 per month".
    assert lha_monthly_rate("Cardiff", 4, on=AP_2024) == 130000
    assert lha_monthly_rate("Monmouthshire", 3, on=AP_2024) == 79500
    assert lha_monthly_rate("Cardiff", 4, on=AP_2026) == 130000


def test_hull_monthly_cells_in_2026_as_hull_city_council_publishes_them():
    # Hull City Council, 'LHA rates 2024 to 2025', monthly: £335.83, £380, £475,
    # £550, £700; frozen for 2026/27 (SI 2026/5 art 4).
    assert [lha_monthly_rate("Hull & East Riding", c, on=AP_2026) for c in range(5)] == [33583, 38000, 47500, 55000, 70000]


# -- 2. control totals ------------------------------------------------------------------------------

#: Each column's total [pence]: (nation, period) -> totals for categories 0 (shared) to 4.
CONTROL_TOTALS = {
    ("england", "week"): [1471660, 2278892, 2802873, 3387861, 4481153],
    ("england", "month"): [6394742, 9902280, 12179132, 14721031, 19471671],
    ("scotland", "week"): [157280, 196192, 256028, 316455, 488338],
    ("scotland", "month"): [683417, 852500, 1112500, 1375072, 2121950],
    ("wales", "week"): [167794, 215801, 269243, 307885, 397677],
    ("wales", "month"): [729113, 937708, 1169924, 1337815, 1728000],
}
#: How many areas each nation has (152 in England, 18 in Scotland, 22 in Wales).
AREAS = {"england": 152, "scotland": 18, "wales": 22}


@pytest.mark.parametrize(("nation", "period"), sorted(CONTROL_TOTALS))
def test_each_column_adds_up_to_its_control_total(nation, period):
    # Mutant killed: any cell of any table moved by a penny (the sample of
    # issue 21 moved a monthly cell by 1p and no test failed).
    schedule = default_lha_schedule()
    names = schedule.names(nation)
    assert len(names) == AREAS[nation]
    columns = list(zip(*(schedule.brma(n).amounts(period) for n in names)))
    assert [sum(col) for col in columns] == CONTROL_TOTALS[(nation, period)]
