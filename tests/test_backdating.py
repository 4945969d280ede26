"""Backdating of a new claim: the limits and the earliest day, with the law.

UC, PIP, new style ESA and JSA: SI 2013/380 regs 26-29; Pension Credit,
Carer's Allowance, Child Benefit: SI 1987/1968 reg 19(2)-(3); Housing
Benefit: SI 2006/213 reg 83(12A) (SI 2015/1857 reg 3); Carer Support
Payment: SSI 2023/302 reg 18(2)(b).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.benefits.backdating import BENEFITS, backdating_limit, earliest_backdated_date
from entitlements.errors import InputError
from entitlements.tables import default_tables
from strategies import assert_scalar_equals_array

T = default_tables()
D = dt.date
CLAIM = D(2026, 5, 15)


def test_uc_one_month_only_with_a_listed_circumstance():
    # Reg 26(2)-(3)(b): "the claimant has a disability" and could not
    # reasonably have claimed earlier: "a maximum extension of one month".
    assert backdating_limit("universal_credit", True, on=CLAIM, tables=T) == (1, "months")
    assert earliest_backdated_date("universal_credit", True, on=CLAIM, tables=T) == D(2026, 4, 15)
    # No listed circumstance: the claim runs from the day it is made (reg 26(1)).
    assert earliest_backdated_date("universal_credit", False, on=CLAIM, tables=T) == CLAIM


def test_pension_credit_three_months_beginning_with_a_day_of_entitlement():
    # SI 1987/1968 reg 19(2): "three months beginning with any day on which
    # ... the claimant is entitled". Claim 15 May 2026: the three months
    # beginning with 16 February end on 15 May, so 16 February is the earliest.
    assert backdating_limit("pension_credit", on=CLAIM, tables=T) == (3, "months")
    assert earliest_backdated_date("pension_credit", on=CLAIM, tables=T) == D(2026, 2, 16)
    # Claim 31 May 2026: 31 May less three months is 28 February (no 31st);
    # the three months beginning with 1 March end on 31 May: 1 March.
    assert earliest_backdated_date("pension_credit", on=D(2026, 5, 31), tables=T) == D(2026, 3, 1)


def test_carers_allowance_and_child_benefit_three_months():
    # Reg 19(3)(d) carer's allowance, (a) child benefit, (b) guardian's allowance.
    for benefit in ("carers_allowance", "child_benefit", "guardians_allowance"):
        assert earliest_backdated_date(benefit, on=CLAIM, tables=T) == D(2026, 2, 16)


def test_new_style_esa_three_months_following():
    # SI 2013/380 reg 28: "within the period of three months immediately
    # following that day": a claim on 15 May reaches 15 February (the three
    # months following 15 February run 16 February to 15 May).
    assert earliest_backdated_date("employment_and_support_allowance", on=CLAIM, tables=T) == D(2026, 2, 15)


def test_new_style_jsa_three_months_with_a_listed_circumstance():
    # Reg 29(2)-(3): e.g. caring for a person who is ill, no help available.
    assert backdating_limit("jobseekers_allowance", True, on=CLAIM, tables=T) == (3, "months")
    assert backdating_limit("jobseekers_allowance", False, on=CLAIM, tables=T) == (0, "months")


def test_pip_aa_dla_no_backdating():
    # SI 2013/380 reg 27 (PIP); SSCBA 1992 s 65(4): "A person shall not be
    # entitled to an attendance allowance for any period preceding the date on
    # which he makes or is treated as making a claim for it"; s 76(1) the same
    # for DLA. A reason (True) does not help: the Act bars it.
    for benefit in ("personal_independence_payment", "attendance_allowance", "disability_living_allowance"):
        assert backdating_limit(benefit, True, on=CLAIM, tables=T)[0] == 0
        assert earliest_backdated_date(benefit, True, on=CLAIM, tables=T) == CLAIM
    assert BENEFITS["attendance_allowance"].law == "SSCBA 1992 s 65(4)"
    assert BENEFITS["disability_living_allowance"].law == "SSCBA 1992 s 76(1)"


def test_pensioner_council_tax_reduction_england_three_months_immediately_following():
    # SI 2012/2885 Sch 8 para 6(2): the time for applying "as regards any day on
    # which ... the applicant is entitled ... [is] that day and the period of three
    # months immediately following it". An application on 15 May 2026 is in time
    # for 15 February 2026 (the three months following it run 16 February to
    # 15 May), not for 14 February; no reason is needed (para 6(1): pensioners).
    benefit = "council_tax_reduction_england_pension_age"
    assert backdating_limit(benefit, on=CLAIM, tables=T) == (3, "months")
    assert earliest_backdated_date(benefit, on=CLAIM, tables=T) == D(2026, 2, 15)
    assert earliest_backdated_date(benefit, True, on=CLAIM, tables=T) == D(2026, 2, 15)
    assert BENEFITS[benefit].law == "SI 2012/2885 Sch 8 para 6"
    assert T.table("backdating." + benefit).row_at(CLAIM).verified


def test_working_age_housing_benefit_one_month_with_good_cause():
    # SI 2006/213 reg 83(12A) as amended by SI 2015/1857 reg 3: "one month".
    claim = D(2026, 1, 10)
    assert earliest_backdated_date("housing_benefit_working_age", True, on=claim, tables=T) == D(2025, 12, 10)
    assert earliest_backdated_date("housing_benefit_working_age", False, on=claim, tables=T) == claim
    # Pension age (unverified row): three months, no reason needed.
    assert earliest_backdated_date("housing_benefit_pension_age", on=claim, tables=T) == D(2025, 10, 10)


def test_carer_support_payment_13_weeks():
    # SSI 2023/302 reg 18(2)(b)(i): a chosen date "no more than 13 weeks prior":
    # 1 June 2026 less 91 days is 2 March 2026.
    assert backdating_limit("carer_support_payment", on=D(2026, 6, 1), tables=T) == (13, "weeks")
    assert earliest_backdated_date("carer_support_payment", on=D(2026, 6, 1), tables=T) == D(2026, 3, 2)


def test_not_encoded_benefits_say_why():
    with pytest.raises(InputError, match="council"):
        backdating_limit("council_tax_reduction_england_working_age", on=CLAIM, tables=T)
    with pytest.raises(InputError, match="universal_credit"):
        backdating_limit("universal_credits", on=CLAIM, tables=T)


def test_no_backdating_for_a_beginning_with_benefit_reaches_back_to_the_claim_day_only(tmp_path):
    # Mutation sample 3 survivor: benefits/backdating.py ``n > 0`` -> ``n >= 0``
    # (the day added for "N months beginning with" also when N is nought).
    # The shipped tables give every "beginning_with" benefit three months, so
    # only a table of the user's (an overlay: say backdating of Pension Credit
    # abolished from 1 June 2026) reaches it: with no backdating a claim runs
    # from the day it is made (SI 1987/1968 reg 19(1)), never from the day
    # after. Claim 15 May 2026 under the shipped table: 16 February 2026
    # (reg 19(2)); claim 15 June 2026 under the overlay: 15 June 2026.
    from entitlements.tables import Tables

    (tmp_path / "pc.toml").write_text("""\
id = "backdating.pension_credit"
title = "Backdating a new claim: Pension Credit (test: abolished)"
unit = "months"
applies = "day"
legal_basis = "test"
until = 2027-04-05
keys = ["automatic", "with_reason"]

[[rows]]
from = 2023-04-01
values = { automatic = 3, with_reason = 3 }
source = "SI 1987/1968 reg 19(2), (3)(i)"

[[rows]]
from = 2026-06-01
values = { automatic = 0, with_reason = 0 }
source = "test: backdating abolished"
""")
    t = Tables.load(overlays=[tmp_path])
    assert earliest_backdated_date("pension_credit", on=CLAIM, tables=t) == D(2026, 2, 16)
    assert earliest_backdated_date("pension_credit", on=D(2026, 6, 15), tables=t) == D(2026, 6, 15)
    days = np.array(["2026-05-15", "2026-06-15"], dtype="datetime64[D]")
    assert earliest_backdated_date("pension_credit", on=days, tables=t).tolist() == [D(2026, 2, 16), D(2026, 6, 15)]


def test_arrays_of_claim_dates():
    claims = np.array(["2026-05-15", "2026-05-31", "2026-03-31"], dtype="datetime64[D]")
    got = earliest_backdated_date("pension_credit", on=claims, tables=T)
    assert list(got) == list(np.array(["2026-02-16", "2026-03-01", "2026-01-01"], dtype="datetime64[D]"))
    reasons = np.array([True, False, True])
    got = earliest_backdated_date("universal_credit", reasons, on=claims, tables=T)
    assert list(got) == list(np.array(["2026-04-15", "2026-05-31", "2026-02-28"], dtype="datetime64[D]"))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(BENEFITS)), st.dates(D(2024, 1, 1), D(2027, 4, 5)))
def test_a_reason_never_shortens_backdating(benefit, claim):
    with_reason = earliest_backdated_date(benefit, True, on=claim, tables=T)
    without = earliest_backdated_date(benefit, False, on=claim, tables=T)
    assert with_reason <= without <= claim


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(BENEFITS)), st.lists(st.tuples(st.booleans(), st.dates(D(2024, 1, 1), D(2027, 4, 5))),
                                                   min_size=1, max_size=8))
def test_backdating_scalar_equals_array(benefit, rows):
    def earliest(reason, *, on, tables):
        got = earliest_backdated_date(benefit, reason, on=on, tables=tables)
        return got if isinstance(got, np.ndarray) else np.datetime64(got, "D")

    assert_scalar_equals_array(earliest, rows, tables=T)
