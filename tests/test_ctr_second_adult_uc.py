"""Scotland's pension-age second adult rebate for a second adult in receipt
of Universal Credit with earnings.

SSI 2012/319 Sch 5 para 1 Table (legislation.gov.uk revised text, read):
"(a) Where the second adult is, or all second adults are, in receipt of
income support, income-related employment and support allowance, universal
credit with no earned income, or state pension credit or the second adult is
a person, or all second adults are persons, on an income based jobseeker's
allowance or in receipt of universal credit; -- 25 per cent of the council tax
due in respect of that day". Entry (b), the income bands, leaves out only the
income "of persons on income support, income-related employment and support
allowance, universal credit with no earned income, state pension credit or an
income based jobseeker's allowance": a UC claimant's earnings still count
there. England's SI 2012/2885 Sch 3 para 1 Table (revised text, read in the
legalize-dev/legalize-uk mirror) names no Universal Credit in any entry: there
a second adult on UC is banded by income as before.

Each example: a single pensioner, 75, State Pension £500 a week (classes A and
B give nothing), owner-occupier, band D, 1 May 2024 (a 365-day year).
Aberdeen City Band D 2024-25 £1,489.55: 148,955p x 7 / 365 = 2,856.671p a week.
Scotland's 2024-25 thresholds £256 and £333 (Sch 5 para 1 as in force for
2024-25: the figures SSI 2025/24 reg 6 replaces).
North Warwickshire Band D 2024-25 £2,319.41: 231,941p x 7 / 365 = 4,448.18p a
week; England's 2024-25 thresholds £265 and £344 (SI 2024/29 reg 7).
"""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from entitlements import Adult, Caseload, Household, estimate, estimate_caseload
from entitlements.benefits.hb_ctr import CT_REASONS
from entitlements.errors import InputError
from entitlements.household import Housing, NonDependant
from entitlements.io import arguments as arg
from entitlements.io.households import household_from_flat

MAY_2024 = dt.date(2024, 5, 1)
PLACES = {"scotland": "Aberdeen City", "england": "North Warwickshire"}


def _home(*nds, nation="scotland"):
    return Household(adults=(Adult(age=75, state_pension_weekly=50000),), nation=nation, local_authority=PLACES[nation],
                     housing=Housing(tenure="owner_occupier", council_tax_band="D", non_dependants=nds))


def _ct(*nds, nation="scotland"):
    return estimate(_home(*nds, nation=nation), on=MAY_2024).benefits.council_tax


def _earner(income, uc=False, age=30):
    return NonDependant(age=age, remunerative_work=True, gross_weekly_income=income, universal_credit=uc)


def test_scotland_uc_with_earnings_below_the_lower_band_gets_25_not_15_percent_2024():
    # On UC, earning £200 a week: Table (a), 25% x 2,856.671p = 714.17p -> £7.14 a week;
    # a year 25% x £1,489.55 = £372.3875 -> £372.39.
    c = _ct(_earner(20000, uc=True))
    assert (c.weekly_liability, c.ctr_alternative_maximum, c.reduction_weekly, c.reduction_annual) == (2857, 714, 714, 37239)
    # Not on UC, the same £200: Table (b)(i), below £256: 15% x 2,856.671p = 428.50p -> £4.29 a week (what the
    # library gave the UC claimant before); a year 15% x £1,489.55 = £223.4325 -> £223.43.
    c = _ct(_earner(20000))
    assert (c.ctr_alternative_maximum, c.reduction_weekly, c.reduction_annual) == (429, 429, 22343)


def test_scotland_uc_with_earnings_above_the_upper_band_gets_25_percent_not_nothing_2024():
    # £400 a week is not less than £333: Table (b) gives nothing; on UC, Table (a) gives 25%: £7.14 a week.
    assert _ct(_earner(40000, uc=True)).reduction_weekly == 714
    assert _ct(_earner(40000)).reduction_weekly == 0


def test_scotland_uc_income_not_shown_is_25_percent_not_check_needed_2024():
    # Under Table (a) the income does not matter: 25%, worked out, not "check needed".
    c = _ct(NonDependant(age=30, remunerative_work=True, universal_credit=True))
    assert (c.ctr_status, c.reduction_weekly) == (1, 714)


def test_scotland_all_second_adults_on_uc_one_with_no_earned_income_is_25_percent_2024():
    # "all second adults are ... in receipt of universal credit": £7.14.
    c = _ct(_earner(20000, uc=True), NonDependant(age=40, hb_ctr_exemption="uc_no_earned_income"))
    assert c.reduction_weekly == 714


def test_scotland_uc_earner_with_another_second_adult_is_banded_on_both_incomes_2024():
    # Not every second adult is on a Table (a) benefit, so Table (b): the UC claimant's £200 counts (only "universal
    # credit with no earned income" is left out) with the other's £100: £300, not less than £256 but less than £333:
    # 7.5% x 2,856.671p = 214.25p -> £2.14 a week; a year 7.5% x £1,489.55 = £111.71625 -> £111.72.
    c = _ct(_earner(20000, uc=True), NonDependant(age=40, gross_weekly_income=10000))
    assert (c.reduction_weekly, c.reduction_annual) == (214, 11172)


def test_england_second_adult_on_uc_is_banded_by_income_as_before_2024():
    # SI 2012/2885 Sch 3 names no UC: £200 < £265, 15% x 4,448.18p = 667.23p -> £6.67; a year 15% x £2,319.41 =
    # £347.9115 -> £347.91, on UC or not.
    for uc in (False, True):
        c = _ct(_earner(20000, uc=uc), nation="england")
        assert (c.reduction_weekly, c.reduction_annual) == (667, 34791)
        # £400 is not less than £344: nothing.
        assert _ct(_earner(40000, uc=uc), nation="england").reduction_weekly == 0
    # £200 + £100 = £300: 7.5% x 4,448.18p = 333.61p -> £3.34.
    assert _ct(_earner(20000, uc=True), NonDependant(age=40, gross_weekly_income=10000), nation="england").reduction_weekly == 334
    # Income not shown: still "check needed" in England (it could be 15%, 7.5% or nothing).
    c = _ct(NonDependant(age=30, remunerative_work=True, universal_credit=True), nation="england")
    assert (c.ctr_status, CT_REASONS[c.ctr_reason]) == (2, "second_adult_income_not_shown")


def test_the_caseload_path_equals_one_household_at_a_time():
    households = [_home(_earner(x, uc=uc), nation=n) for n in PLACES for x in (20000, 40000) for uc in (False, True)]
    r = estimate_caseload(households, on=MAY_2024)
    got = [int(v) for v in r.benefits.council_tax.reduction_weekly]
    assert got == [estimate(h, on=MAY_2024).benefits.council_tax.reduction_weekly for h in households]
    assert got == [429, 714, 0, 714, 667, 667, 0, 0]
    # The same from CSV records (nondep1_universal_credit).
    records = [{"adult1_age": "75", "adult1_state_pension_weekly": "500", "nation": n, "local_authority": PLACES[n],
                "housing_tenure": "owner_occupier", "housing_council_tax_band": "D", "nondep1_age": "30",
                "nondep1_remunerative_work": "yes", "nondep1_gross_weekly_income": str(x // 100),
                "nondep1_universal_credit": "yes" if uc else ""}
               for n in PLACES for x in (20000, 40000) for uc in (False, True)]
    r = estimate_caseload(Caseload.from_records(records), on=MAY_2024)
    assert [int(v) for v in r.benefits.council_tax.reduction_weekly] == got


def test_universal_credit_is_read_from_each_input_and_bad_values_are_named():
    assert household_from_flat({"adult1_age": "75", "housing_tenure": "owner_occupier", "nondep1_age": "30",
                                 "nondep1_universal_credit": "yes"}).housing.non_dependants[0].universal_credit is True
    with pytest.raises(InputError, match=r"nondep1_universal_credit: 'maybe' .*true or false"):
        household_from_flat({"adult1_age": "75", "housing_tenure": "owner_occupier", "nondep1_age": "30",
                             "nondep1_universal_credit": "maybe"})
    with pytest.raises(InputError, match=r"universal_credit: 'maybe' .*True or False"):
        NonDependant(age=30, universal_credit="maybe")
    assert arg.non_dependant("40,work,income=200,uc") == _earner(20000, uc=True, age=40)
    with pytest.raises(argparse.ArgumentTypeError, match=r"uc=yes.*,uc \(in receipt of Universal Credit\)"):
        arg.non_dependant("40,uc=yes")


def test_the_command_reads_uc_on_a_non_dependant(capsys):
    import json

    from entitlements.cli import main

    # As the first example, from the command line: £7.14 a week, £372.39 a year.
    assert main(["estimate", "--age", "75", "--state-pension", "500", "--owner", "--council-tax-band", "D",
                 "--nation", "scotland", "--council", "Aberdeen City", "--non-dependant", "30,work,income=200,uc",
                 "--on", "2024-05-01", "--json"]) == 0
    c = json.loads(capsys.readouterr().out)["council_tax"]["calculation"]
    assert (c["ctr_alternative_maximum"], c["reduction_weekly"], c["reduction_annual"]) == (714, 714, 37239)
