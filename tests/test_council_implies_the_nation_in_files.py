"""`--council` implies the nation; so does a council in a household file or a caseload row without a nation.

A household file, or a caseload row, whose ``nation`` is not given (no such field, or a blank cell) and whose
``local_authority`` names a billing authority of Scotland or Wales (each name and GSS code names one authority, so
one nation) is of that nation; a ``nation`` given that contradicts the council stays the row's error naming it.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Caseload, estimate_caseload
from entitlements.io.households import household_from_flat

ON = dt.date(2026, 12, 7)
ROW = {"adult1_age": "70", "adult1_state_pension_weekly": "200", "housing_tenure": "owner_occupier",
       "housing_council_tax_band": "B"}


def test_a_record_without_a_nation_takes_the_council_s():
    assert household_from_flat({**ROW, "local_authority": "Glasgow"}).nation == "scotland"
    assert household_from_flat({**ROW, "local_authority": "W06000011"}).nation == "wales"  # Swansea's code
    assert household_from_flat({**ROW, "local_authority": "Coventry"}).nation == "england"
    assert household_from_flat({**ROW, "local_authority": "Glasgow", "nation": ""}).nation == "scotland"  # blank


def test_a_caseload_without_a_nation_column_reads_each_row_s_council(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age,adult1_state_pension_weekly,housing_tenure,housing_council_tax_band,local_authority\n"
                 "g,70,200,owner_occupier,B,Glasgow City\n"
                 "s,70,200,owner_occupier,B,Swansea\n"
                 "c,70,200,owner_occupier,B,Coventry\n", "utf-8")
    cl = Caseload.from_csv(p)
    assert not cl.errors, cl.errors
    from entitlements.benefits.council_tax_columns import CTR_SCHEMES

    schemes = [CTR_SCHEMES[int(k)] for k in estimate_caseload(cl, on=ON).benefits.council_tax.ctr_scheme]
    assert schemes == ["scotland_pension", "wales_pension", "england"], schemes


def test_a_nation_given_that_contradicts_the_council_is_the_row_s_error(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("case_id,adult1_age,adult1_state_pension_weekly,housing_tenure,housing_council_tax_band,local_authority,nation\n"
                 "g,70,200,owner_occupier,B,Glasgow City,england\n"
                 "s,70,200,owner_occupier,B,Swansea,\n", "utf-8")
    cl = Caseload.from_csv(p)
    assert [(e.row, e.field) for e in cl.errors] == [(2, "local_authority")], cl.errors
    assert "Glasgow City is in Scotland" in cl.errors[0].reason
