"""Housing Benefit 2023-24: the family premium kept for protected claims,
worked by hand from the Social Security Benefits Up-rating Order 2023
(SI 2023/316), read:

- art 24(6)(a) and Sch 4 (SI 2006/213 Sch 3 para 1): a lone parent aged not
  less than 18, £84.80; art 24(6)(b) (para 2(1)): each child, £77.78;
- art 24(7)(b) (SI 2006/213 Sch 3 para 3(1)(b), as it has effect in a case
  within reg 4 of the Housing Benefit (Abolition of the Family Premium and
  date of claim) (Amendment) Regulations 2015): "for £17.85 substitute
  £18.53";
- art 25(6)(a) and Sch 6 (SI 2006/214 Sch 3 para 1(1)(c)): a single claimant
  who attained pensionable age on or after 1 April 2021, £201.05; art 25(6)(b):
  each child £77.78; art 25(7) (Sch 3 para 3(1)): the family premium, £18.53.

Why (issue 21, mutation sample 4): the family premium moved by a penny
(£18.53 -> £18.52, rules/housing_benefit/family_premium.toml) passed every
test. The rows start with the benefit week of 3 April 2023 (the first Monday
in April); 5 June 2023 is a Monday well inside the year.
"""

from __future__ import annotations

import datetime as dt

from entitlements.benefits.hb_applicable_amount import (
    ApplicableAmountFacts,
    pension_age_applicable_amount,
    working_age_applicable_amount,
)
from entitlements.tables import default_tables

T = default_tables()
ON = dt.date(2023, 6, 5)
F = ApplicableAmountFacts


def test_working_age_lone_parent_with_the_protected_family_premium_2023():
    # £84.80 + £77.78 + £18.53 = £181.11 a week; without the premium £162.58.
    # Mutant killed: the family premium £18.52 (£181.10).
    got = working_age_applicable_amount(False, 30, 0, F(children=1, family_premium=True), on=ON, tables=T)
    assert (got.family_premium, got.total) == (1853, 18111)
    assert working_age_applicable_amount(False, 30, 0, F(children=1), on=ON, tables=T).total == 16258


def test_pension_age_single_with_a_child_and_the_protected_family_premium_2023():
    # £201.05 + £77.78 + £18.53 = £297.36 a week.
    got = pension_age_applicable_amount(False, False, F(children=1, family_premium=True), on=ON, tables=T)
    assert (got.family_premium, got.total) == (1853, 29736)


def test_no_family_premium_without_a_child_even_when_protected_2023():
    # SI 2006/213 Sch 3 para 3(1): the premium is for a family (a child or young
    # person in it); a single claimant aged 30 alone: £84.80.
    got = working_age_applicable_amount(False, 30, 0, F(children=0, family_premium=True), on=ON, tables=T)
    assert (got.family_premium, got.total) == (0, 8480)


def test_child_allowances_for_two_children_and_no_third_2023():
    # SI 2006/213 reg 22 as amended by SI 2017/376 reg 7 (working age; SI 2006/214
    # reg 22(1)(b) for pension age: "up to two individuals"): a lone parent aged 30
    # with two children, £84.80 + 2 x £77.78 = £240.36; a third child (not protected
    # by SI 2017/376 reg 9) adds no allowance: £240.36.
    # Mutant killed (sample 5): the limit 1 (£162.58).
    for n in (2, 3):
        got = working_age_applicable_amount(False, 30, 0, F(children=n), on=ON, tables=T)
        assert (got.child_allowance, got.total) == (2 * 7778, 24036), n


def test_no_severe_disability_premium_for_a_blind_claimant_when_neither_qualifies_2023():
    # SI 2006/214 Sch 3 para 6(2)(b), (3): the premium needs a qualifying benefit; a
    # blind partner is treated as absent only where the OTHER member receives one.
    # A couple (both pensionable age after 1 April 2021, £306.85: SI 2023/316 Sch 6),
    # the claimant blind, neither in receipt: no premium, £306.85; the claimant in
    # receipt and blind, the partner not: still none (para 6(2)(b)(i) not met).
    # Mutant killed (sample 5): ``qualifying_benefit2 & ~qualifying_benefit1 &``
    # dropped from means_test.severe_disability_amount (the single £76.40 paid).
    for facts in (F(blind1=True, non_dependant=False), F(qualifying_benefit1=True, blind1=True, non_dependant=False)):
        got = pension_age_applicable_amount(True, False, facts, on=ON, tables=T)
        assert (got.severe_disability_premium, got.total) == (0, 30685)
