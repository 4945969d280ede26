"""Housing Benefit encodings checked against the texts read on 2026-12-07 (readtexts audit).

- SI 2006/213 Sch 5 para 4 and Sch 6 para 5: "universal credit," inserted before "income support" by SI 2013/2070
  reg 7(8)-(9) (in force 28 October 2013, read in the legalize-uk copy of SI 2013/2070): a claimant on UC has all
  income and capital disregarded (reg 2(3B): on UC on any day for which entitled, in payment or not).
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, estimate

ON = dt.date(2026, 6, 1)  # a Monday in 2026-27

# A single man of 40 on UC with LCWRA, placed by Coventry in temporary accommodation at £180 a week.
ON_UC = Household(adults=Adult(age=40, lcwra=True, lcwra_protection="pre_2026_claimant"),
                  housing=Housing(tenure="supported_or_temporary", accommodation="temporary", rent=18000,
                                  rent_period="week"),
                  local_authority="Coventry")


def test_uc_passport_line_cites_the_amending_regulations():
    e = estimate(ON_UC, on=ON)
    # Maximum Housing Benefit: the eligible rent £180.00 less no non-dependant deductions (SI 2006/213 reg 70);
    # UC (£854.70 a month) is disregarded as income, Sch 5 para 4.
    assert int(e.benefits.housing_benefit.award) == 18000
    text = e.render(width=250)
    assert "SI 2013/2070 reg 7(8)-(9)" in text
    assert "could not be read" not in text
