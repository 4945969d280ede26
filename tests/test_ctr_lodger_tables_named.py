"""Each Council Tax Reduction scheme reads a lodger's disregards from its own
tables (``ctr.<scheme>.lodger_disregards``, ``ctr.<scheme>.boarder_excess_disregarded``),
so that an owner with a lodger, who reads no Housing Benefit table, names the
CTR rates held past the rules' end on both paths (the one household and the
caseload). Before 2026-12-08 the pension-age schemes read Housing Benefit's,
which the caseload names for renters only."""

from __future__ import annotations

import datetime as dt
import os
import sys

import pytest

from entitlements import Adult, Household, Housing, estimate
from entitlements.gain import Outcome, Scenario
from entitlements.tables import default_tables

sys.path.insert(0, os.path.dirname(__file__))
import gain_scenarios  # noqa: E402

D = dt.date
T = default_tables()
SCHEMES = {"england": ("Coventry", "SI 2012/2885 Sch 5 para"), "wales_pension": ("Cardiff", "WSI 2013/3029 Sch 4 para"),
           "scotland_pension": ("Glasgow City", "SSI 2012/319 Sch 3 para"),
           "wales_working_age": (None, "WSI 2013/3029 Sch 9 para")}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_each_scheme_has_its_own_tables_with_the_housing_benefit_sums(scheme):
    on = D(2026, 6, 1)
    assert T.at(f"ctr.{scheme}.lodger_disregards", on) == T.at("housing_benefit.lodger_disregards", on)
    assert T.at(f"ctr.{scheme}.boarder_excess_disregarded", on) == T.at("housing_benefit.boarder_excess_disregarded", on)
    row = T.table(f"ctr.{scheme}.lodger_disregards").row_at(on)
    assert SCHEMES[scheme][1] in row.source


def _owner(la, nation, lodger=9000):
    return Household(adults=Adult(age=80, state_pension_weekly=24130, pension_income_weekly=2000), nation=nation,
                     local_authority=la, housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=210000,
                                                         lodger_payment_weekly=lodger))


@pytest.mark.parametrize("la, nation, scheme", [("Coventry", "england", "england"), ("Cardiff", "wales", "wales_pension"),
                                                ("Glasgow City", "scotland", "scotland_pension")])
def test_an_owner_with_a_lodger_past_the_rules_names_the_schemes_tables(la, nation, scheme):
    # 7 June 2027, rates held (the default): the household reads the scheme's lodger tables held past their end,
    # and no Housing Benefit table (an owner has no Housing Benefit).
    e = estimate(_owner(la, nation), on=D(2027, 6, 7))
    named = {a.table_id for a in e.assumptions}
    assert f"ctr.{scheme}.lodger_disregards" in named
    assert not {t for t in named if t.startswith("housing_benefit.")}
    # The income counted is the same as with Housing Benefit's tables: £90 from a sub-tenant less £20.
    assert "less £20: £70.00" in e.render(width=250)


def test_both_paths_name_the_same_tables_for_an_owner_with_a_lodger():
    # An English owner of 80 with a sub-tenant, Attendance Allowance from 1 December 2026, projected 12 months with
    # rates held from April 2027: the one household and the caseload name the same held tables (before this change
    # the household named housing_benefit.lodger_disregards, which the caseload names for renters only).
    s = Scenario(household=_owner("Coventry", "england"), claim_start=D(2026, 12, 1), outcomes=(Outcome(
        kind="benefit_claimed", benefit="attendance_allowance", aa_rate="higher", effective=D(2026, 12, 1),
        confirmed=True, adult=1),))
    # (On main before this change: "read by one household and not named by the caseload:
    # housing_benefit.boarder_excess_disregarded, housing_benefit.lodger_disregards, held 5-12 April 2027".)
    compared, refused, differ = gain_scenarios.differences([s], horizon_months=12, assumptions=True, rates_after="hold")
    assert not differ, "\n".join(differ)
    assert compared == 1
