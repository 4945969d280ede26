"""The 2027/28 facts known on 4 December 2026, each pinned to the text of its source;
and the Universal Credit Act 2025 minimums worked out from them."""

import datetime as dt
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, strategies as st

from entitlements import InputError, NoRowInForce, Tables
from entitlements.benefits.uc_act_2025 import (
    protected_lcwra_minimum,
    standard_allowance_minimum,
    standard_allowance_minimums,
)
from entitlements.dates import first_monday_of_tax_year

D = dt.date
T = Tables.load()


# -- Universal Credit Act 2025 ----------------------------------------------------------------


@pytest.mark.parametrize(
    "day, percent",
    [
        # s 1(4) table: "2026-27 | 2.3%", "2027-28 | 3.1%", "2028-29 | 4.0%", "2029-30 | 4.8%";
        # s 1(6)(d): from the first Monday of each tax year.
        (D(2026, 4, 6), Fraction(23, 10)),
        (D(2027, 4, 11), Fraction(23, 10)),
        (D(2027, 4, 12), Fraction(31, 10)),
        # The Sunday before each first Monday is still the year before (sample 4's
        # mutant: the 2029-30 row from Sunday 8 April 2029).
        (D(2028, 4, 9), Fraction(31, 10)),
        (D(2028, 4, 10), Fraction(4)),
        (D(2029, 4, 8), Fraction(4)),
        (D(2029, 4, 9), Fraction(48, 10)),
        (D(2030, 4, 7), Fraction(48, 10)),
    ],
)
def test_relevant_uplift_percentage_by_tax_year_s1_4(day, percent):
    assert T.at("uc.standard_allowance_uplift", day) == percent
    assert T.row("uc.standard_allowance_uplift", day).status == "in_force"
    assert "Universal Credit Act 2025 (c. 22) s 1(4)" in T.source("uc.standard_allowance_uplift", day)


def test_the_uplift_duty_ends_with_2029_30():
    # s 1(1): "tax years 2026-27 to 2029-30"; 2030-31 begins on Monday 8 April 2030 for UC.
    with pytest.raises(NoRowInForce):
        T.at("uc.standard_allowance_uplift", D(2030, 4, 8))


def test_first_mondays_of_the_tax_years_the_act_covers():
    # 6 April 2026 is a Monday; 6 April 2027 a Tuesday; 2028 a Thursday; 2029 a Friday; 2030 a Saturday.
    assert [first_monday_of_tax_year(y) for y in range(2026, 2031)] == [
        D(2026, 4, 6), D(2027, 4, 12), D(2028, 4, 10), D(2029, 4, 9), D(2030, 4, 8)]


def test_2026_27_amounts_run_to_assessment_periods_beginning_11_april_2027():
    # s 1(6)(d), s 4(3)(d): the amounts "for" 2026-27 apply to assessment periods beginning before the
    # first Monday of 2027-28 (12 April 2027).
    for table_id in ("uc.standard_allowance", "uc.lcwra_element"):
        assert T.table(table_id).until == D(2027, 4, 11)
        assert T.at(table_id, D(2027, 4, 11)) == T.at(table_id, D(2026, 4, 6))
        with pytest.raises(NoRowInForce):  # 2027-28 amounts: not published
            T.at(table_id, D(2027, 4, 12))
    assert T.at("uc.standard_allowance", D(2027, 4, 11), "single_25_or_over") == 42490


def test_new_claimant_lcwra_frozen_at_217_26_to_2029_30_s3():
    # s 2: "... other than a pre-2026 claimant, a severe conditions criteria claimant or a claimant who is
    # terminally ill | £217.26"; s 3(1): SSAA 1992 s 150(1)-(2) "do not apply, in the tax years ending with
    # 5 April 2026, 5 April 2027, 5 April 2028 and 5 April 2029, to the LCWRA element or the LCW element".
    t = T.table("uc.lcwra_element")
    assert t.at(D(2026, 4, 6), "new_claimant") == 21726
    (f,) = t.frozen
    assert (f.keys, f.start, f.until) == (("new_claimant",), D(2026, 4, 6), D(2030, 4, 7))
    assert "s 3(1)" in f.source
    assert t.frozen_on(D(2029, 5, 1), "new_claimant") is f
    assert t.frozen_on(D(2027, 5, 1), "protected") is None  # s 4 may require it to rise
    (g,) = T.table("uc.lcw_element").frozen
    assert (g.keys, g.start, g.until) == (None, D(2026, 4, 6), D(2030, 4, 7))
    assert T.at("uc.lcw_element", D(2026, 4, 6)) == 15876


def test_standard_allowance_minimums_2026_27_against_the_amounts_set():
    # s 1(2), 2026-27: 2025-26 amount x 1.038 (CPI, September 2025) x 1.023, rounded up to the penny:
    #   single under 25   316.98 x 1.038 x 1.023 = 336.5931... -> £336.60 (set: £338.58, more)
    #   single 25 or over 400.14 x 1.038 x 1.023 = 424.8982... -> £424.90 (set: £424.90)
    #   joint under 25    497.55 x 1.038 x 1.023 = 528.3354... -> £528.34 (set: £528.34)
    #   joint 25 or over  628.10 x 1.038 x 1.023 = 666.9630... -> £666.97 (set: £666.97)
    m = standard_allowance_minimums(2026, {2026: "3.8"}, tables=T)
    assert m == {"single_under_25": 33660, "single_25_or_over": 42490, "joint_both_under_25": 52834, "joint_either_25_or_over": 66697}
    set_2026 = T.at("uc.standard_allowance", D(2026, 4, 6))
    assert all(set_2026[k] >= m[k] for k in m)


def test_standard_allowance_minimum_2027_28_does_not_compound_the_uplift():
    # s 1(2) Step 1 for 2027-28 takes the Step 2 result for 2026-27 (before its 2.3% uplift):
    # with a September 2026 CPI of 0%: 400.14 x 1.038 x 1.00 x 1.031 = 428.2210... -> £428.23;
    # compounding the 2.3% would give 424.90 x 1.031 = 438.07. (An illustration: the September 2026
    # CPI could not be read.)
    assert standard_allowance_minimum(40014, tax_year=2027, relevant_cpi={2026: 3.8, 2027: 0}, tables=T) == 42823
    # With 2%: 400.14 x 1.038 x 1.02 x 1.031 = 436.7854... -> £436.79.
    assert standard_allowance_minimum(40014, tax_year=2027, relevant_cpi={2026: "3.8", 2027: "2"}, tables=T) == 43679


def test_a_fall_in_cpi_counts_as_nil_s1_3():
    # "(or 0% if it is not higher)"
    assert standard_allowance_minimum(40014, tax_year=2027, relevant_cpi={2026: 3.8, 2027: -1.5}, tables=T) == 42823


def test_protected_lcwra_2026_27_is_the_s4_minimum():
    # s 4(2), 2026-27, CPI 3.8%: for each standard allowance amount, (2025-26 SA + £423.27) x 1.038 - 2026-27 SA:
    #   single under 25   (316.98 + 423.27) x 1.038 = 768.3795 - 338.58 = 429.7995
    #   single 25 or over (400.14 + 423.27) x 1.038 = 854.6996 - 424.90 = 429.7996
    #   joint under 25    (497.55 + 423.27) x 1.038 = 955.8112 - 528.34 = 427.4712
    #   joint 25 or over  (628.10 + 423.27) x 1.038 = 1091.3221 - 666.97 = 424.3521
    # The highest, rounded up: £429.80, the amount set.
    sa = T.at("uc.standard_allowance", D(2026, 4, 6))
    assert protected_lcwra_minimum(sa, tax_year=2026, relevant_cpi={2026: 3.8}, tables=T) == 42980
    assert T.at("uc.lcwra_element", D(2026, 4, 6), "protected") == 42980


@given(st.lists(st.integers(20_000, 90_000), min_size=1, max_size=6), st.integers(0, 100))
def test_minimum_scalar_equals_array_and_rises_with_cpi(amounts, cpi_tenths):
    cpi = {2026: "3.8", 2027: Fraction(cpi_tenths, 10)}
    arr = standard_allowance_minimum(np.array(amounts), tax_year=2027, relevant_cpi=cpi, tables=T)
    assert arr.tolist() == [standard_allowance_minimum(a, tax_year=2027, relevant_cpi=cpi, tables=T) for a in amounts]
    higher = standard_allowance_minimum(np.array(amounts), tax_year=2027, relevant_cpi={**cpi, 2027: Fraction(cpi_tenths + 1, 10)}, tables=T)
    assert (higher >= arr).all()
    assert (arr * 1.0 >= np.array(amounts) * 1.038 * 1.031 - 1e-6).all()


@pytest.mark.parametrize(
    "kwargs, field",
    [
        (dict(tax_year=2030, relevant_cpi={2026: 3.8}), "tax_year"),
        (dict(tax_year=2025, relevant_cpi={2026: 3.8}), "tax_year"),
        (dict(tax_year=2027, relevant_cpi={2026: 3.8}), "relevant_cpi"),  # 2027 missing
        (dict(tax_year=2026, relevant_cpi={2026: "three"}), "relevant_cpi[2026]"),
        (dict(tax_year=2026, relevant_cpi={2026: True}), "relevant_cpi[2026]"),
        (dict(tax_year=2026, relevant_cpi={2026: float("nan")}), "relevant_cpi[2026]"),
        (dict(tax_year=2026, relevant_cpi=[3.8]), "relevant_cpi"),
    ],
)
def test_bad_input_names_the_field(kwargs, field):
    with pytest.raises(InputError) as e:
        standard_allowance_minimum(40014, tables=T, **kwargs)
    assert e.value.field == field


def test_protected_minimum_needs_all_four_standard_allowance_amounts():
    with pytest.raises(InputError, match="standard_allowance"):
        protected_lcwra_minimum({"single_25_or_over": 42490}, tax_year=2026, relevant_cpi={2026: 3.8}, tables=T)


# -- income tax and National Insurance thresholds ------------------------------------------------


def test_personal_allowance_and_limits_2027_28_fixed_by_finance_acts():
    # FA 2021 s 5(1)-(2) as amended by FA 2023 s 5: "For the tax years ... 2026-27 and 2027-28, the
    # amount specified in section 10(5) of ITA 2007 (basic rate limit) is "£37,700"" and "... section 35(1)
    # ... (personal allowance) is "£12,570""; FA 2023 s 6(4): "For each of the tax years 2023-24, 2024-25,
    # 2025-26, 2026-27 and 2027-28, the amount of the higher rate limit is £125,140".
    for day in (D(2027, 4, 6), D(2028, 4, 5)):
        assert T.at("tax.personal_allowance", day) == {"personal_allowance": 1_257_000, "income_limit": 10_000_000}
        assert T.at("tax.ruk_bands", day) == {"basic_rate_limit": 3_770_000, "higher_rate_limit": 12_514_000}
        assert not T.announced("tax.personal_allowance", day) and not T.announced("tax.ruk_bands", day)
    assert "2026-27 and 2027-28" in T.source("tax.personal_allowance", D(2027, 4, 6))
    assert "s 6(4)" in T.source("tax.ruk_bands", D(2027, 4, 6))


def test_thresholds_2028_29_to_2030_31_are_announced_not_law():
    # HMRC policy paper, 26 November 2025: "This measure will set the PA at £12,570, and the basic rate
    # limit at £37,700 for tax years: 2028 to 2029, 2029 to 2030, 2030 to 2031"; the higher rate limit by
    # ITA 2007 s 10(5A): 2 x £12,570 + £100,000 = £125,140. The Class 1 thresholds "remain aligned".
    for table_id in ("tax.personal_allowance", "tax.ruk_bands", "ni.class1_primary"):
        t = T.table(table_id)
        assert t.until == D(2031, 4, 5)
        assert T.announced(table_id, D(2028, 4, 6)) and T.announced(table_id, D(2031, 4, 5))
        assert "26 November 2025" in T.source(table_id, D(2028, 4, 6))
        assert T.at(table_id, D(2030, 6, 1)) == T.at(table_id, D(2027, 6, 1))
        with pytest.raises(NoRowInForce):
            T.at(table_id, D(2031, 4, 6))
    assert T.at("tax.ruk_bands", D(2029, 1, 1), "higher_rate_limit") == 2 * 1_257_000 + 10_000_000


def test_class_1_thresholds_2027_28_in_force_but_unverified():
    row = T.row("ni.class1_primary", D(2027, 4, 6))
    assert row.value == {"primary_threshold": 104_800, "upper_earnings_limit": 418_900}
    assert row.status == "in_force" and not row.verified and "21 November 2022" in row.source


def test_the_rates_themselves_still_end_with_2026_27():
    # Income tax is charged, and its rates set, by each year's Finance Act; no 2027-28 charge is law yet.
    for table_id in ("tax.ruk_rates", "tax.scottish_rates", "tax.scottish_bands", "ni.class1_primary_rates"):
        assert T.table(table_id).until == D(2027, 4, 5)


# -- what is not published stays where it ends --------------------------------------------------


@pytest.mark.parametrize(
    "table_id, until",
    [
        ("uc.national_living_wage", D(2027, 3, 31)),
        ("uc.benefit_cap_earnings_threshold", D(2027, 3, 31)),
        ("uc.child_element", D(2027, 4, 5)),
        ("carers_allowance.rate", D(2027, 4, 5)),
        ("pip.rates", D(2027, 4, 5)),
    ],
)
def test_unpublished_2027_28_rates_are_not_invented(table_id, until):
    assert T.table(table_id).until == until
    assert not any(r.announced for t in T for r in t.rows if t.id.startswith(("uc.", "carers_allowance", "pip")))
