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


# SI 2006/214 reg 13D(3) closing words, added by SI 2013/2828 reg 3(3)(b) (a child who cannot share a bedroom, from
# 4 December 2013) and extended by SI 2017/213 reg 5(3)(a)(iii) (a member of a couple who cannot share, from 1 April
# 2017), both read in the legalize-uk copies: "but the claimant is only entitled to a bedroom in respect of a child
# [or a member of a couple] who cannot share a bedroom if there is a bedroom in the dwelling occupied as the home that
# is additional to those to which the claimant would be entitled if the child [or the member of the couple] were
# able to share a bedroom". Universal Credit's disabled person condition (SI 2013/376 Sch 4 para 12(6A)) has no such
# proviso: the UC element keeps the room.
ON_2025 = dt.date(2025, 6, 2)  # a Monday in 2025-26


def _couple_cannot_share(home_bedrooms):
    # A pensioner couple (75 and 72, State Pension £120.00 a week each); the older gets Attendance Allowance at the
    # higher rate and cannot share a bedroom with the other because of disability; a private tenancy in Bristol at
    # £260 a week.
    return Household(adults=(Adult(age=75, state_pension_weekly=12000, attendance_allowance="higher"),
                             Adult(age=72, state_pension_weekly=12000)),
                     housing=Housing(tenure="private_rent", rent=26000, rent_period="week", brma="Bristol",
                                     bedrooms=home_bedrooms, extra_bedrooms=("couple_cannot_share",)))


def test_couple_who_cannot_share_in_a_one_bedroom_flat_gets_the_one_bedroom_rate_2025():
    e = estimate(_couple_cannot_share(1), on=ON_2025)
    b = e.benefits
    # Guarantee credit £346.60 - £240.00 = £106.60: all income disregarded (SI 2006/214 reg 26), so Housing Benefit
    # is the eligible rent. Size criteria: one bedroom for each member of the couple (reg 13D(3)(za), (zb)) would be
    # 2, but the flat has no bedroom beyond the 1 they would have if they could share (closing words): 1 bedroom.
    # LHA Bristol 1 bedroom £207.12 a week (2024 determination, frozen for 2025-26 by SI 2025/5) < rent £260.00.
    assert int(b.pension_credit.guarantee_credit) == 10660
    assert int(b.housing_benefit.weekly_eligible_rent) == 20712
    assert int(b.housing_benefit.award) == 20712
    text = e.render(width=250)
    assert "the LHA 1-bedroom rate for Bristol" in text
    # Universal Credit has no such proviso (its figure is shown for comparison): 2 bedrooms, £1,095.00 a month.
    assert int(b.universal_credit.housing.lha_rate_monthly) == 109500


def test_couple_who_cannot_share_with_the_second_bedroom_gets_the_two_bedroom_rate_2025():
    # The home has 2 bedrooms: one beyond the 1 they would have if they could share, so both rooms are allowed:
    # LHA Bristol 2 bedrooms £252.00 a week < rent £260.00.
    b = estimate(_couple_cannot_share(2), on=ON_2025).benefits
    assert int(b.housing_benefit.award) == 25200


def test_couple_who_cannot_share_home_bedrooms_not_given_keeps_the_room_2025():
    # The home's bedrooms not given: the proviso cannot be tested and the room is allowed (as before), 2 bedrooms.
    b = estimate(_couple_cannot_share(None), on=ON_2025).benefits
    assert int(b.housing_benefit.award) == 25200


def test_couple_who_cannot_share_caseload_equals_each_household_2025():
    from entitlements import Caseload, estimate_caseload

    households = [_couple_cannot_share(n) for n in (1, 2, None, 3)]
    r = estimate_caseload(households, on=ON_2025)
    assert [int(x) for x in r.benefits.housing_benefit.award] == [20712, 25200, 25200, 25200]
    # The same households read from flat records (as a CSV gives them).
    recs = [{"adult1_age": "75", "adult1_state_pension_weekly": "120", "adult1_attendance_allowance": "higher",
             "adult2_age": "72", "adult2_state_pension_weekly": "120", "housing_tenure": "private_rent",
             "housing_rent": "260", "housing_rent_period": "week", "housing_brma": "Bristol",
             "housing_extra_bedrooms": "couple_cannot_share", **({"housing_bedrooms": str(n)} if n else {})}
            for n in (1, 2, None, 3)]
    rows = list(estimate_caseload(Caseload.from_records(recs), on=ON_2025).rows())
    assert [row["household_housing_benefit_weekly"] for row in rows] == [20712, 25200, 25200, 25200]


# SI 2006/214 reg 13D(2) (as inserted by SI 2007/2869 reg 7, read; the current text read on legislation.gov.uk): the
# category is (a) the one bedroom shared accommodation rate where (b) does not apply because the claimant (with any
# partner) has the exclusive use of neither two or more rooms nor one room, a bathroom and toilet and a kitchen or
# cooking facilities, and the severe disability premium (Sch 3 para 6) does not apply; (b) the one bedroom
# (self-contained) rate where the size criteria give one bedroom and the claimant has such exclusive use; (c) otherwise
# the category for the bedrooms allowed. At pension age the shared rate turns on the accommodation, not on age.


def _single_in_a_shared_house(**adult):
    # A single pensioner of 70, State Pension £150.00 a week, renting a room in a shared house in Bristol (kitchen and
    # bathroom shared with the other tenants) at £130 a week.
    return Household(adults=Adult(age=70, state_pension_weekly=15000, **adult),
                     housing=Housing(tenure="private_rent", rent=13000, rent_period="week", brma="Bristol",
                                     self_contained=False))


def test_pensioner_renting_a_room_in_a_shared_house_gets_the_shared_accommodation_rate_2025():
    e = estimate(_single_in_a_shared_house(), on=ON_2025)
    b = e.benefits
    # Guarantee credit £227.10 - £150.00 = £77.10: all income disregarded (reg 26), HB is the eligible rent.
    # One bedroom, no exclusive use of two rooms or of a room with bathroom, toilet and kitchen, no severe disability
    # premium: the shared accommodation rate, Bristol £117.68 a week (2024 determination, frozen for 2025-26 by SI
    # 2025/5), below the rent £130.00. (Was the 1-bedroom rate £207.12, so the rent £130.00.)
    assert int(b.pension_credit.guarantee_credit) == 7710
    assert int(b.housing_benefit.weekly_eligible_rent) == 11768
    assert int(b.housing_benefit.award) == 11768
    assert "the LHA shared accommodation rate for Bristol" in e.render(width=250)


def test_severe_disability_premium_keeps_the_one_bedroom_rate_in_a_shared_house_2025():
    # Attendance Allowance at the higher rate, living alone, no one paid Carer's Allowance for them: the severe
    # disability premium applies (Sch 3 para 6), so reg 13D(2)(a) does not: the 1-bedroom rate £207.12 is above the
    # rent, and HB is the rent, £130.00.
    b = estimate(_single_in_a_shared_house(attendance_allowance="higher"), on=ON_2025).benefits
    assert int(b.housing_benefit.applicable_amount.severe_disability_premium) > 0
    assert int(b.housing_benefit.award) == 13000


def test_self_contained_is_the_default_and_keeps_the_one_bedroom_rate_2025():
    h = Household(adults=Adult(age=70, state_pension_weekly=15000),
                  housing=Housing(tenure="private_rent", rent=22000, rent_period="week", brma="Bristol"))
    # Rent £220.00 above the 1-bedroom rate £207.12: HB £207.12.
    assert int(estimate(h, on=ON_2025).benefits.housing_benefit.award) == 20712


def test_shared_accommodation_caseload_equals_each_household_2025():
    from entitlements import Caseload, estimate_caseload

    households = [_single_in_a_shared_house(), _single_in_a_shared_house(attendance_allowance="higher")]
    r = estimate_caseload(households, on=ON_2025)
    assert [int(x) for x in r.benefits.housing_benefit.award] == [11768, 13000]
    recs = [{"adult1_age": "70", "adult1_state_pension_weekly": "150", "housing_tenure": "private_rent",
             "housing_rent": "130", "housing_rent_period": "week", "housing_brma": "Bristol",
             "housing_self_contained": "no"}]
    rows = list(estimate_caseload(Caseload.from_records(recs), on=ON_2025).rows())
    assert rows[0]["household_housing_benefit_weekly"] == 11768


def test_not_self_contained_is_refused_for_a_tenure_without_an_lha():
    import pytest

    from entitlements.errors import InputError

    with pytest.raises(InputError, match="self_contained"):
        Housing(tenure="social_rent", rent=13000, rent_period="week", self_contained=False)


def test_overnight_carer_given_twice_is_refused():
    # SI 2006/214 reg 13D(3A)(a) as substituted by SI 2017/213 reg 5(3)(b) (read): "one or more of the following
    # persons is a person who requires overnight care" gives one additional bedroom (two only with a qualifying parent
    # or carer too, (3B)); SI 2013/376 Sch 4 para 12(9)(a) (SI 2017/213 reg 6(g)) the same for UC. Counted twice it
    # made 3 bedrooms for a couple who both need overnight care, where the law gives 2.
    import pytest

    from entitlements.errors import InputError

    with pytest.raises(InputError, match="'overnight_carer' at most once"):
        Housing(tenure="private_rent", rent=26000, rent_period="week", brma="Bristol",
                extra_bedrooms=("overnight_carer", "overnight_carer"))
    # One reason each, and a child who cannot share once for each such child, stay allowed.
    Housing(tenure="private_rent", rent=26000, rent_period="week", brma="Bristol",
            extra_bedrooms=("overnight_carer", "foster_carer", "child_cannot_share", "child_cannot_share"))
