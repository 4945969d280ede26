"""Scottish pension-age Council Tax Reduction: the family premium is a transitional amount only (SSI 2012/319 reg
20(e)); until 2026-12-07 the calculator added it for any pensioner with a child.

Read in the legalize-uk mirror (uk-sct/):

- SSI 2016/81 (in full): reg 18(1)-(2) omits reg 20(c) and Sch 1 Part 2 (the family premium) from 1 May 2016
  (reg 1(3)); reg 2(1)-(2): the omission does not apply, until the sooner of the family ceasing to include a child
  or young person and a new application, to a person entitled to council tax reduction on 30 April 2016 who is a
  member of a family including a child or young person.
- SSI 2020/25 reg 12 inserts reg 20(e): "the amount of £17.60 if the applicant is entitled to an amount ('a
  transitional family premium') by virtue of regulation 2 (transitional provision) of the Council Tax Reduction
  (Scotland) Amendment Regulations 2016". Uprated to £19.15 (SSI 2024/35 reg 6) and £19.48 (SSI 2025/24 reg 3).
- SSI 2012/319 Sch 1 as uprated: single £235.20 / £244.40, child £104.05 / £105.85 (2024-25 / 2025-26; SSI 2024/35
  reg 8, SSI 2025/24 reg 5). Reg 14: 20% of the weekly excess income (2 6/7 per cent a day).
- Glasgow City Band D £1,499.00 (2024-25) and £1,611.00 (2025-26) (rules/council_tax/band_d/scotland.toml); band B
  280/360 (SSI 2016/368); single person discount 25% (LGFA 1992 s 11(1)); both years 365 days.

So the household says whether the applicant has the protection (``Household.transitional_family_premium``, default
False), and the working sheet says what was taken and how to change it.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from entitlements import Adult, Child, Household, estimate, estimate_caseload
from entitlements.benefits import council_tax_reduction as ctr
from entitlements.errors import InputError
from entitlements.tables import default_tables
from entitlements.household import Housing

T = default_tables()
Y24, Y25 = dt.date(2024, 6, 3), dt.date(2025, 6, 2)
NOT_PROTECTED = "No family premium: in Scotland it is only a transitional amount"


# State Pension £438.89 a week: £400.00 after the income tax on it, which the scheme disregards (SSI 2012/319
# reg 31(12)). A Scottish taxpayer, 2025-26: 52 x £438.89 = £22,822.28 - £12,570 = £10,252.28 -> £10,252: 19% x
# £2,827 = £537.13 + 20% x £7,425 = £1,485.00: £2,022.13 a year, / 52 = £38.8871 -> £38.89.
def _glasgow(protected, pension=43889, children=1, nation="scotland", council="Glasgow City"):
    kids = tuple(Child(date_of_birth=dt.date(2012 + i, 1, 15)) for i in range(children))
    return Household(adults=(Adult(age=70, state_pension_weekly=pension),), children=kids, nation=nation,
                     local_authority=council, transitional_family_premium=protected,
                     housing=Housing(tenure="owner_occupier", council_tax_band="B"))


def test_single_pensioner_with_a_child_not_protected_2025():
    # Band B 7/9 x £1,611.00 = £1,253.00, less 25% = £939.75; a week 93,975 x 7 / 365 = 1,802.26p.
    # State Pension £438.89 a week, £400.00 after tax (see _glasgow), above the Pension Credit guarantee (£227.10 +
    # child £78.10): no guarantee credit.
    # Applicable amount £244.40 + £105.85 = £350.25 (no family premium); excess £49.75; 20% = £9.95.
    # Week 1,802.26 - 995 = 807.26p -> £8.07; year 93,975 - 995 x 365 / 7 (= 51,882.14) = 42,092.86 -> £420.93.
    # (Before 2026-12-07 the £19.48 was added: £369.73, £11.97 a week, £624.08 a year.)
    e = estimate(_glasgow(False), on=Y25)
    c = e.benefits.council_tax
    assert (c.annual_liability, c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income) == (93975, 35025, 40000, 4975)
    assert (c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) == (995, 807, 42093)
    notes = " ".join(e.council_tax.notes)
    assert NOT_PROTECTED + ", £19.48 a week (SSI 2012/319 reg 20(e))" in notes
    assert "Assumed not protected; if the applicant is, give transitional_family_premium " \
           "(--transitional-family-premium)." in notes


def test_single_pensioner_with_a_child_protected_2025():
    # The same with the transitional family premium: £350.25 + £19.48 = £369.73; excess £30.27; 20% = £6.054.
    # Week 1,802.26 - 605.4 = 1,196.86p -> £11.97; year 93,975 - 605.4 x 365 / 7 (= 31,567.29) = 62,407.71 -> £624.08.
    e = estimate(_glasgow(True), on=Y25)
    c = e.benefits.council_tax
    assert (c.ctr_applicable_amount, c.ctr_excess_income, c.ctr_taper_deduction) == (36973, 3027, 605)
    assert (c.reduction_weekly, c.reduction_annual) == (1197, 62408)
    notes = " ".join(e.council_tax.notes)
    assert "includes the transitional family premium, £19.48 a week (SSI 2012/319 reg 20(e); " in notes
    assert "SSI 2025/24" in notes and NOT_PROTECTED not in notes


def test_both_ways_2024():
    # 2024-25: band B 7/9 x £1,499.00 = £1,165.89, less 25% = £874.42; a week 87,442 x 7 / 365 = 1,676.97p.
    # Tax 2024-25 on £10,252 (starter to £2,306): 19% x £2,306 = £438.14 + 20% x £7,946 = £1,589.20: £2,027.34,
    # / 52 = £38.9873 -> £38.99; income £438.89 - £38.99 = £399.90.
    # Not protected: £235.20 + £104.05 = £339.25; excess £60.65; 20% = £12.13; week 1,676.97 - 1,213 = 463.97p ->
    # £4.64; year 87,442 - 1,213 x 365 / 7 (= 63,249.29) = 24,192.71 -> £241.93.
    # Protected: + £19.15 = £358.40; excess £41.50; 20% = £8.30; week 1,676.97 - 830 = 846.97p -> £8.47; year
    # 87,442 - 830 x 365 / 7 (= 43,278.57) = 44,163.43 -> £441.63.
    got = [estimate(_glasgow(p), on=Y24).benefits.council_tax for p in (False, True)]
    assert [(c.ctr_applicable_amount, c.ctr_taper_deduction, c.reduction_weekly, c.reduction_annual) for c in got] == \
        [(33925, 1213, 464, 24193), (35840, 830, 847, 44163)]


def test_the_unit_function_and_arrays():
    # SSI 2012/319: single £244.40 + 2 children x £105.85 = £456.10; protected + £19.48 = £475.58; no child: no
    # premium whatever the flag (SSI 2016/81 reg 2(2)(a): protection ends when the family has no child).
    got = ctr.applicable_amount(False, on=Y25, tables=T, scheme="scotland_pension", children=np.array([2, 2, 0]),
                                transitional_family_premium=np.array([False, True, True]))
    assert got.tolist() == [45610, 47558, 24440]
    # Wales keeps its family premium for any family with a child (WSI 2013/3029 Sch 2 para 3): the flag is Scotland's.
    # £244.40 + £84.66 + £19.48 = £348.54.
    assert ctr.applicable_amount(False, on=Y25, tables=T, scheme="wales_pension", children=1) == 34854
    with pytest.raises(InputError):
        ctr.applicable_amount(False, on=Y25, tables=T, scheme="scotland_pension", children=1,
                              transitional_family_premium="yes")


def test_no_note_where_it_changes_nothing():
    # On guarantee credit (£100 a week of State Pension) the whole income is disregarded: the maximum either way,
    # and no note about a premium that would change nothing; nor without a child.
    e = estimate(_glasgow(False, pension=10000), on=Y25)
    assert e.benefits.council_tax.ctr_excess_income == 0
    assert NOT_PROTECTED not in " ".join(e.council_tax.notes)
    e = estimate(_glasgow(False, children=0), on=Y25)
    assert "family premium" not in " ".join(e.council_tax.notes)


def test_caseload_equals_one_household_at_a_time():
    hs = [_glasgow(False), _glasgow(True), _glasgow(True, children=0), _glasgow(False, pension=10000)]
    many = estimate_caseload(hs, on=Y25).benefits.council_tax
    for i, h in enumerate(hs):
        c = estimate(h, on=Y25).benefits.council_tax
        for k in ("ctr_applicable_amount", "reduction_weekly", "reduction_annual"):
            assert int(np.asarray(getattr(many, k))[i]) == getattr(c, k), (i, k)
