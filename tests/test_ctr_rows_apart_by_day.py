"""A caseload with a date a row: one row's day past a Council Tax Reduction
table's end never fails another row's whose day the table covers (under the
``strict`` rates policy, where a day past the end is not worked out).

Since the 2026-27 rows (SSI 2026/56) the shipped Scottish tables run to 31 March
2027 with everything else, so these cases use the shipped tables with the
Scottish pension-age CTR tables cut back to 31 March 2026, as they shipped
before: the path under test is a national scheme's year missing while the
council tax itself is known."""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from entitlements import Adult, Household, Housing, estimate_caseload
from entitlements.tables import Tables, default_tables


def _scottish_pension_tables_ending_march_2026() -> Tables:
    end = dt.date(2026, 3, 31)
    t = default_tables()
    cut = {x.id: (attrs.evolve(x, until=end, rows=tuple(r for r in x.rows if r.start <= end))
                  if x.id.startswith("ctr.scotland_pension.") else x) for x in t}
    return Tables(cut, t.version)


T = _scottish_pension_tables_ending_march_2026()


def _pensioner(age: int = 75) -> Household:
    # Single, 75 (or ``age``), State Pension £200.00 a week: Pension Credit's guarantee (2025-26 £227.10) tops it up, so the
    # Scottish pension-age scheme gives the maximum reduction (guarantee credit: SSI 2012/319).
    return Household(adults=(Adult(age=age, state_pension_weekly=20000),),
                     housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=150000),
                     nation="scotland", local_authority="Aberdeen City")


def test_a_row_past_the_tables_does_not_fail_a_row_they_cover():
    h = _pensioner()
    on = np.array(["2025-04-20", "2026-04-20"], dtype="datetime64[D]")
    df = estimate_caseload([h, h], on=on, rates_after="strict", tables=T).to_dataframe()
    # Band B: 7/9 x £1,500.00 (the bill's Band D) = £1,166.67; less the 25% single person discount = £875.00 a
    # year, £875.00 x 7 / 365 = £16.78 a week; all of it reduced (guarantee credit).
    assert df["household_council_tax_reduction_status"].tolist()[0] == "calculated"
    assert int(df["household_council_tax_reduction_annual"].iloc[0]) == 87500
    assert int(df["household_council_tax_reduction_weekly"].iloc[0]) == 1678
    # The Scottish pension-age tables (cut back here) end on 31 March 2026: under strict, 20 April 2026 is not worked out.
    assert df["household_council_tax_reduction_status"].tolist()[1] == "check_needed: national_scheme_year_not_shipped"
    # The covered row is what it is alone.
    alone = estimate_caseload([h], on=on[:1], rates_after="strict", tables=T).to_dataframe()
    assert int(alone["household_council_tax_reduction_annual"].iloc[0]) == 87500


def test_many_days_either_side_of_the_end():
    # 40 rows, a day each from 1 March to 9 April 2026: the 31 up to 31 March are worked out, the 9 after are not.
    # (Aged 80, so that no row asks whether State Pension age was reached before 6 April 2016.)
    h = _pensioner(80)
    on = np.arange(np.datetime64("2026-03-01"), np.datetime64("2026-04-10"))
    df = estimate_caseload([h] * len(on), on=on, rates_after="strict", tables=T).to_dataframe()
    status = df["household_council_tax_reduction_status"].tolist()
    assert status[:31] == ["calculated"] * 31
    assert status[31:] == ["check_needed: national_scheme_year_not_shipped"] * 9
    assert (df["household_council_tax_reduction_annual"].iloc[:31].astype(int) == 87500).all()
