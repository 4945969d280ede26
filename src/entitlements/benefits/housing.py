"""Universal Credit housing costs element for renters.

Universal Credit Regulations 2013 (SI 2013/376) reg 25-26 and Schedule 4.
Numeric functions over the columns of one household or a caseload, as in
:mod:`entitlements.benefits.uc`.

* Rent is converted to a monthly amount as Sch 4 para 7 says.
* The bedroom entitlement is worked out from the household (Sch 4
  paras 9-12): one bedroom for the claimant (or joint claimants), one for
  each other person aged 16 or over (non-dependants and qualifying young
  persons), one for two children of the same sex, one for two children
  under 10, one for any other child, and one more for each para 12 case.
  Children are paired so as to need as few bedrooms as possible.
* Social renters: the eligible rent less 14% for one bedroom more than the
  entitlement, 25% for two or more (Sch 4 para 36).
* Private renters: the lower of the rent and the Local Housing Allowance
  for the bedroom category (at most 4 bedrooms, Sch 4 para 26), the shared
  accommodation rate for a single claimant under 35 with no child and no
  exception (paras 27-29). The LHA rate for the category is an input.
* Housing cost contributions for each non-dependant not exempt (paras
  13-16), none at all where a claimant is blind or gets DLA care at the
  middle or highest rate, Attendance Allowance or PIP daily living
  (para 15).
* Owner-occupiers, and renters in specified or temporary accommodation, get
  no housing costs element in UC (the first may get a Support for Mortgage
  Interest loan; the second Housing Benefit): the result says so.

Not modelled: service charges as a separate amount (give the eligible rent),
shared ownership, Sch 4 para 32-35 cases (temporary absence, two homes), the
under-occupancy exemptions for pension age and some supported lodgings, and
non-dependant couples (each non-dependant counts on their own).
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from ..arrays import count_children, per_unit as _per_unit
from ..dates import as_day, latest_birth_for_age, period_end
from ..errors import InputError, NoRowInForce
from ..money import divide_half_up, percent_of
from ..tables import Tables

__all__ = ["HousingColumns", "HousingCalculation", "TENURE_CODES", "RENT_PERIOD_CODES", "monthly_rent", "rent_free_weeks", "bedroom_entitlement", "housing_costs_element"]

#: Tenure codes in the columns (0: no housing costs given).
TENURE_CODES = {None: 0, "social_rent": 1, "private_rent": 2, "owner_occupier": 3, "supported_or_temporary": 4}
#: Rent periods and their (multiplier, divisor) to a month: Sch 4 para 7(2).
RENT_PERIOD_CODES = {"week": 0, "two_weeks": 1, "four_weeks": 2, "month": 3, "three_months": 4, "year": 5}
_MULTIPLIER = np.array([52, 26, 13, 1, 4, 1], dtype=np.int64)
_DIVISOR = 12  # with "month" as 12/12 and "year" as 1/12
_PER_MONTH = np.array([52, 26, 13, 12, 4, 1], dtype=np.int64)
#: Periods a year, for rent-free periods (weekly, two-weekly, four-weekly).
_PERIODS_A_YEAR = np.array([52, 26, 13, 0, 0, 0], dtype=np.int64)


@attrs.frozen
class HousingColumns:
    """Housing fields in columns (see :class:`entitlements.household.Housing`).

    ``non_dependants`` counts every non-dependant (each needs a bedroom);
    ``non_dependants_paying`` those without an exemption."""

    tenure: Any
    rent: Any
    rent_period: Any
    rent_free_periods: Any
    bedrooms: Any  # -1 where not given
    lha_rate_monthly: Any  # -1 where not given
    brma: Any  # index into lha.brma_names(), -1 where not given
    shared_accommodation_exception: Any
    extra_bedrooms: Any
    non_dependants: Any
    non_dependants_paying: Any
    # Housing Benefit and council tax (see entitlements.benefits.hb_ctr):
    accommodation: Any = 0  # 0 ordinary, 1 temporary, 2 specified (housing_benefit.ACCOMMODATION)
    # Of the extra bedrooms, those for a child or a member of a couple who cannot share (Housing Benefit allows them
    # only where the home has the room: SI 2006/214 reg 13D(3), housing_benefit.size_criteria_bedrooms).
    cannot_share_bedrooms: Any = 0
    # False: a private renter without exclusive use of two rooms, or of a room with bathroom, toilet and kitchen
    # (SI 2006/214 reg 13D(2)): Housing Benefit's shared accommodation rate at pension age.
    self_contained: Any = True
    council_tax_band: Any = -1  # A = 0 ... I = 8; -1 where not given (no council tax worked out)
    council_tax_liable: Any = True
    council_tax_disregarded: Any = 0
    disabled_band_reduction: Any = False
    council_tax_band_d: Any = -1  # pence a year from the bill; -1 where not given (the shipped area Band D)
    council_tax_band_charge: Any = -1  # pence a year, the band's charge from the bill; -1 where not given
    # An owner's housing costs for Pension Credit (SI 2002/1792 Sch II para 13): pence per period, 0 where none;
    # the period as RENT_PERIOD_CODES.
    owner_housing_costs: Any = 0
    owner_housing_costs_period: Any = 3
    # A lodger's weekly payment [pence], 0 where none; True where it includes board (a boarder, not a sub-tenant).
    lodger_payment_weekly: Any = 0
    lodger_board: Any = False
    # The first four non-dependants, one column a fact (HB_CTR_SLOTS): age
    # (-1 for none), gross weekly income (-1 not shown), remunerative work,
    # and exempt from the HB and from the CTR deduction; and as a "second
    # adult" of the pension-age CTR schemes (columns.SECOND_ADULT codes);
    # ``sdp_exempt``: in receipt of a qualifying benefit, so not counted
    # against the severe disability addition or premium (SI 2002/1792 Sch I
    # para 2(2)(a); SI 2006/214 Sch 3 para 6(6)(a); SI 2012/2885 Sch 2
    # para 6(6)(a)); ``pc_exempt``: no deduction from Pension Credit housing
    # costs (SI 2002/1792 Sch II para 14(7)).
    nd1_age: Any = -1
    nd1_income: Any = -1
    nd1_work: Any = False
    nd1_hb_exempt: Any = False
    nd1_ctr_exempt: Any = False
    nd1_second_adult: Any = 0
    nd1_sdp_exempt: Any = False
    nd1_pc_exempt: Any = False
    nd2_age: Any = -1
    nd2_income: Any = -1
    nd2_work: Any = False
    nd2_hb_exempt: Any = False
    nd2_ctr_exempt: Any = False
    nd2_second_adult: Any = 0
    nd2_sdp_exempt: Any = False
    nd2_pc_exempt: Any = False
    nd3_age: Any = -1
    nd3_income: Any = -1
    nd3_work: Any = False
    nd3_hb_exempt: Any = False
    nd3_ctr_exempt: Any = False
    nd3_second_adult: Any = 0
    nd3_sdp_exempt: Any = False
    nd3_pc_exempt: Any = False
    nd4_age: Any = -1
    nd4_income: Any = -1
    nd4_work: Any = False
    nd4_hb_exempt: Any = False
    nd4_ctr_exempt: Any = False
    nd4_second_adult: Any = 0
    nd4_sdp_exempt: Any = False
    nd4_pc_exempt: Any = False


@attrs.frozen
class HousingCalculation:
    """Each step, in pence a month (or counts)."""

    lha_rate_monthly: Any  # the cap rent used (private renters), -1 otherwise
    rent_monthly: Any
    bedroom_entitlement: Any
    lha_category: Any  # 0 shared accommodation rate, 1-4 bedrooms; -1 not private
    excess_bedrooms: Any
    under_occupancy_deduction: Any
    eligible_rent: Any
    housing_cost_contributions: Any
    element: Any
    sex_needed: Any  # bool: two children under 16 whose sex decides the bedrooms


def rent_free_weeks(rent_free_periods, period_code):
    """The rent-free periods as weeks of the year (a two-weekly period is 2
    weeks, a four-weekly one 4), for Housing Benefit (SI 2006/214 reg 62,
    SI 2006/213 reg 81); nil for rent paid by the month or longer."""
    weeks = np.where(np.asarray(_PERIODS_A_YEAR)[period_code] > 0, 52 // np.maximum(_PERIODS_A_YEAR[period_code], 1), 0)
    return np.asarray(rent_free_periods, dtype=np.int64) * weeks


def monthly_rent(rent, period_code, rent_free_periods):
    """Rent as a monthly amount [pence/month]: Sch 4 para 7.

    Weekly x 52 / 12, two-weekly x 26 / 12, four-weekly x 13 / 12,
    three-monthly x 4 / 12, yearly / 12 (para 7(2)); with rent-free periods
    the number of periods in the year is reduced by them (para 7(3)-(4)).
    A fraction of a penny is rounded by reg 6(1).
    """
    per_year = np.asarray(_PER_MONTH)[period_code]
    periods = np.asarray(_PERIODS_A_YEAR)[period_code]
    per_year = np.where(periods > 0, periods - rent_free_periods, per_year)
    return np.where(np.asarray(period_code) == 3, rent, divide_half_up(np.asarray(rent, dtype=np.int64) * per_year, _DIVISOR))



def _count_small(mask):
    """How many child slots are true, per benefit unit: as
    :func:`entitlements.arrays.count_children`, but a caseload's counts
    are kept as int8 (a few slots), so that the arithmetic on them moves an
    eighth of the bytes; the caller widens the result."""
    if np.ndim(mask) < 2 or np.shape(mask)[1] == 0:
        return count_children(mask)
    x = mask.view(np.int8)
    total = x[:, 0].copy()
    for j in range(1, x.shape[1]):
        total += x[:, j]
    return total


def bedroom_entitlement(couple, children, child_sex, housing: HousingColumns, *, on):
    """Number of bedrooms the household is allowed: Sch 4 paras 9-12.

    ``child_sex``: 0 not given, 1 female, 2 male. Returns
    ``(bedrooms, sex_needed)``; ``sex_needed`` is true where two or more
    children under 16 include one aged 10 or over whose sex is not given
    (the entitlement then cannot be worked out).
    """
    end = period_end(as_day(on))
    dob = children.date_of_birth
    present = children.present
    ten_or_over = dob <= _per_unit(latest_birth_for_age(end, 10))
    sixteen_or_over = dob <= _per_unit(latest_birth_for_age(end, 16))
    young = present & ~ten_or_over
    older = present & ten_or_over & ~sixteen_or_over
    qyp = present & sixteen_or_over
    girl, boy = child_sex == 1, child_sex == 2
    count = _count_small
    g_young = count(young & girl)
    b_young = count(young & boy)
    young_n = count(young)
    g_old = count(older & girl)
    b_old = count(older & boy)
    # Children aged 10-15 share only with a child of the same sex; a child
    # under 10 with any other child under 10, or with an older child of the
    # same sex. Pair the older ones first, give an unpaired older girl (boy)
    # a younger girl (boy) if there is one, then pair the rest under 10.
    g_pairs, g_left = g_old // 2, g_old % 2
    b_pairs, b_left = b_old // 2, b_old % 2
    g_takes = np.minimum(g_left, g_young)
    b_takes = np.minimum(b_left, b_young)
    rest = young_n - g_takes - b_takes
    # A child aged 10-15 whose sex is not given has a room of their own: that
    # can only be right when no other child under 16 could share it, and the
    # entitlement is reported as needing the sex otherwise (``sex_needed``).
    u_old = count(older & (child_sex == 0))
    child_rooms = g_pairs + b_pairs + g_left + b_left + u_old + (rest + 1) // 2
    sex_missing = u_old > 0
    under_16 = young_n + count(older)
    child_rooms = child_rooms + count(qyp)
    child_rooms = child_rooms.astype(np.int64) if np.ndim(child_rooms) else child_rooms
    rooms = 1 + child_rooms + housing.non_dependants + housing.extra_bedrooms
    return rooms, sex_missing & (under_16 >= 2)


def _lha_for_area(brma, category, private, given, *, on, schedule=None):
    """The monthly LHA for the category worked out, from the rent officers'
    determinations for the named BRMA (SI 2013/382 art 4, Sch 1; see
    :mod:`entitlements.benefits.lha`; ``schedule`` as a rates policy extended
    them, or the shipped ones); the rate given where no area was named."""
    from .lha import brma_names, default_lha_schedule, lha_monthly_rate

    use = np.asarray(private & (np.asarray(brma) >= 0))
    if not use.any():
        return given
    names = np.array(brma_names(), dtype=object)
    if use.ndim == 0:
        return lha_monthly_rate(names[int(brma)], int(category), on=on, schedule=schedule)
    # Columns the same for every row may come as one row (see
    # entitlements.gain._blocks.compact): line everything up first.
    shape = np.broadcast_shapes(use.shape, np.shape(given), np.shape(brma), np.shape(category), np.shape(as_day(on)))
    use = np.broadcast_to(use, shape)
    out = np.array(np.broadcast_to(given, shape), dtype=np.int64)
    days = np.broadcast_to(as_day(on), shape)
    brma, category = np.broadcast_to(brma, shape), np.broadcast_to(category, shape)
    sch = schedule or default_lha_schedule()
    b, c, d = brma[use], np.asarray(category[use]), days[use]
    bad = (c < 0) | (c > 4)
    if bad.any():
        raise InputError("category", int(c[bad][0]), "0 (shared accommodation rate), 1, 2, 3 or 4 (bedrooms)")
    nation_of, amounts = sch.by_index("month", names.tolist())
    nations = nation_of[b]
    # Each nation's determinations cover some days: a row naming an area on a
    # day its nation's do not cover fails (the earliest such day, as the
    # rows are read in order of day).
    uncovered = np.zeros(d.shape, bool)
    for nation in sorted(set(nation_of[np.unique(b)].tolist())):
        pub = sch.publication(nation, "month")
        uncovered |= (nations == nation) & ((d < np.datetime64(pub.earliest, "D")) | (d > np.datetime64(pub.until, "D")))
    if uncovered.any():
        first = np.flatnonzero(uncovered & (d == d[uncovered].min()))[0]
        nation = nations[first]
        try:
            sch.publication(nation, "month").row_at(d[first].astype(object))
        except NoRowInForce as e:  # the rows naming an area of that nation on a day it does not cover: they alone fail
            same = nation_of[np.where(use, brma, 0)] == nation
            e.rows = use & same & ((days < np.datetime64(e.earliest, "D")) | (days > np.datetime64(e.until, "D")))
            raise
    out[use] = amounts[b, c]
    return out


def housing_costs_element(
    couple,
    responsible_for_child,
    age1,
    children,
    child_sex,
    exempt_from_contributions,
    disability_excepted,
    housing: HousingColumns,
    *,
    on,
    tables: Tables,
) -> HousingCalculation:
    """Housing costs element for renters [pence/month]: SI 2013/376 Sch 4.

    ``exempt_from_contributions``: a claimant is blind or gets DLA care at
    the middle or highest rate, AA or PIP daily living (Sch 4 para 15).
    ``disability_excepted``: the claimant gets one of those benefits, which
    also excepts a single claimant under 35 from the shared accommodation
    rate (para 29).
    """
    rent = monthly_rent(housing.rent, housing.rent_period, housing.rent_free_periods)
    rooms, sex_needed = bedroom_entitlement(couple, children, child_sex, housing, on=on)
    social = housing.tenure == TENURE_CODES["social_rent"]
    private = housing.tenure == TENURE_CODES["private_rent"]

    # Social sector: Sch 4 para 36.
    excess = np.where(social, np.maximum(housing.bedrooms - rooms, 0), 0)
    cut = tables.at("uc.under_occupancy", on)
    deduction = np.where(
        excess >= 2,
        percent_of(rent, cut["two_or_more_excess_bedrooms"]),
        np.where(excess == 1, percent_of(rent, cut["one_excess_bedroom"]), 0),
    )

    # Private sector: Sch 4 paras 25-29. The LHA rate given is the one for
    # the category worked out here; the category is reported so it can be
    # checked.
    sar_age = tables.at("uc.shared_accommodation_age", on)
    max_rooms = tables.at("uc.max_bedrooms_lha", on)
    shared = (~np.asarray(couple)) & (~np.asarray(responsible_for_child)) & (rooms == 1) & (age1 < sar_age) & (housing.shared_accommodation_exception == 0) & ~np.asarray(disability_excepted)
    category = np.where(private, np.where(shared, 0, np.minimum(rooms, max_rooms)), -1)
    lha = _lha_for_area(housing.brma, category, private, housing.lha_rate_monthly, on=on, schedule=tables.schedule("lha"))

    eligible = np.where(
        social,
        rent - deduction,
        np.where(private, np.minimum(rent, np.maximum(lha, 0)), 0),
    )
    contribution = tables.at("uc.housing_cost_contribution", on)
    hcc = np.where((social | private) & ~np.asarray(exempt_from_contributions), housing.non_dependants_paying * contribution, 0)
    element = np.maximum(eligible - hcc, 0)
    return HousingCalculation(
        lha_rate_monthly=np.where(private, lha, -1),
        rent_monthly=np.where(social | private, rent, 0),
        bedroom_entitlement=rooms,
        lha_category=category,
        excess_bedrooms=excess,
        under_occupancy_deduction=deduction,
        eligible_rent=eligible,
        housing_cost_contributions=np.minimum(hcc, eligible),
        element=element,
        sex_needed=sex_needed & (social | private),
    )
