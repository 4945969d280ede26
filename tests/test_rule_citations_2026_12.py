"""Rows verified on 7 December 2026 by reading their provisions, each pinned to
the figure and the day in its text, with the provision quoted.

Texts: the legislation.gov.uk copies in the legalize-uk mirror
(uk/uksi-2012-2885.md, both its stored versions; uk/ukpga-1992-4.md;
uk-sct/ssi-2012-319.md; uk/uksi-2023-367.md; uk/uksi-2026-265.md;
uk/uksi-1987-1967.md; uk/uksi-2014-2672.md). Behaviour is tested where the
rules are used (test_backdating.py, test_council_tax.py, test_health_costs.py);
these tests pin what each row now says it is.
"""

import datetime as dt

import pytest

from entitlements.assessments import Schedules
from entitlements.tables import default_tables

D = dt.date


@pytest.fixture(scope="module")
def tables():
    return default_tables()


def row(tables, table_id, start):
    r = tables.table(table_id).row_at(start)
    assert r.start == start, f"{table_id}: no row starts on {start} (found {r.start})"
    return r


def test_pensioners_ctr_england_backdating_is_sch_8_para_6(tables):
    # SI 2012/2885 Sch 8 para 6(2): "that day and the period of three months immediately
    # following it"; para 6(1): "applies only to persons who are pensioners".
    r = row(tables, "backdating.council_tax_reduction_england_pension_age", D(2023, 4, 1))
    assert r.verified and "Sch 8 para 6" in r.source
    assert r.value == {"automatic": 3, "with_reason": 3}


def test_attendance_allowance_and_dla_no_backdating_is_the_act(tables):
    # SSCBA 1992 s 65(4) (AA) and s 76(1) (DLA): not entitled "for any period preceding the
    # date on which" the claim is made or treated as made.
    r = row(tables, "backdating.attendance_allowance", D(2023, 4, 1))
    assert r.verified and "s 65(4)" in r.source and "s 76(1)" in r.source
    assert r.value == {"automatic": 0, "with_reason": 0}


def test_ctr_england_pensioners_two_children_until_2025(tables):
    # SI 2012/2885 Sch 1 para 6(1)(b) before SI 2025/39: an amount "in respect of up to two
    # individuals who are either children or young persons"; from 2025-26 no limit (20).
    r = row(tables, "ctr.england.child_amount_limit", D(2024, 4, 1))
    assert r.verified and r.value == 2 and "para 6(1)(b)" in r.source
    assert row(tables, "ctr.england.child_amount_limit", D(2025, 4, 1)).value == 20


def test_ctr_scotland_pension_age_no_child_limit(tables):
    # SSI 2012/319 reg 20(b): "an amount in respect of any child or young person who is a
    # member of the applicant's family"; 20 stands for "no limit".
    r = row(tables, "ctr.scotland_pension.child_amount_limit", D(2024, 4, 1))
    assert r.verified and r.value == 20 and "reg 20(b)" in r.source


def test_dental_charges_2023_from_24_april(tables):
    # SI 2023/367 reg 2(2): £23.80 -> £25.80, £65.20 -> £70.70, £282.80 -> £306.80; reg 1(1):
    # "come into force on 24th April 2023". On 23 April the row is not yet in force.
    r = row(tables, "passports.dental_charges", D(2023, 4, 24))
    assert r.verified and "SI 2023/367" in r.source and "reg 1(1)" in r.source
    assert tables.at("passports.dental_charges", D(2023, 4, 24)) == {"band_1": 2580, "band_2": 7070, "band_3": 30680}
    assert "1 April 2026 (reg 1(2))" in row(tables, "passports.dental_charges", D(2026, 4, 1)).source


def test_low_income_scheme_capital_limits_read(tables):
    # SI 1987/1967 reg 45: "the prescribed amount is £16,000"; SI 2014/2672 reg 12(1): a permanent
    # resident's capital that "exceed[s] £23,250".
    r = row(tables, "passports.low_income_scheme_capital_limit", D(2023, 4, 1))
    assert r.verified and r.value == {"general": 1_600_000, "care_home": 2_325_000}


def test_wca_8b_stays_15_and_unverified_with_the_parallel_texts_in_its_note():
    # SI 2013/376 Sch 6 8(b) is printed with 5 points in both stored GB versions; SI 2013/379
    # Sch 2 and SR 2016/216 Sch 6 score the same descriptor 15. Held at 15, unverified.
    (a8,) = [a for s in Schedules.load() for a in s.activities if a.code == "lcw.8"]
    assert [d.points for d in a8.descriptors] == [15, 15, 9, 0]
    assert not a8.verified
    assert "SI 2013/379" in a8.note and "SR 2016/216" in a8.note and "printed with 5 points" in a8.note
