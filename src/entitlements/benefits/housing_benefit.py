"""Housing Benefit [pence/week]: who may claim it, and how much.

Housing Benefit (HB) is paid by councils towards rent. It survives in two
places beside Universal Credit (UC), and this module calculates both for a
benefit week (Monday to Sunday; amounts in ``rules/housing_benefit/`` change
on the first Monday in April, SI 2006/214 reg 59(3)(a)):

**Who claims what** (:func:`hb_scheme`). Pension-age HB, under the Housing
Benefit (Persons who have attained the qualifying age for state pension
credit) Regulations 2006 (SI 2006/214), is for a single claimant who has
reached the qualifying age for Pension Credit, or a couple who both have. A
*mixed-age couple* (one over, one under) has claimed UC instead since 15 May
2019, unless on 14 May 2019 they were entitled, as that couple, to Pension
Credit or pension-age HB and have stayed entitled since (the Welfare Reform
Act 2012 (Commencement No. 31 ...) Order 2019, SI 2019/37, arts 2(2), 4-6,
read): ``mixed_age_protected``. Everyone else claims UC; they get HB only
for *specified accommodation* (supported "exempt" accommodation, care-and-
support housing from a council, housing association, charity or voluntary
body, a domestic abuse refuge, a council hostel with support: UC Regs 2013
Sch 1 paras 3(h), 3A and HB Regs 2006 reg 75H, both as inserted by SI
2014/771, read) or *temporary accommodation* provided by a council under its
homelessness duties (UC Regs 2013 Sch 1 para 3(i), 3B; SI 2019/37 art 6(4),
read, keeps such awards for mixed-age couples). The UC housing costs element
is then nil for that home. Such HB is under the Housing Benefit Regulations
2006 (SI 2006/213).

**How much** (:func:`housing_benefit`). Maximum HB is the weekly eligible
rent less non-dependant deductions (SI 2006/214 reg 50, read; SI 2006/213
reg 70). A claimant on guarantee credit has all income and capital
disregarded (SI 2006/214 reg 26, read), and a claimant on UC likewise (SI
2006/213 Sch 4 para 12, Sch 5 para 4 and Sch 6 para 5: "Where a claimant is
on universal credit, income support ... the whole of his income" / "capital",
"universal credit," inserted before "income support" in each by SI 2013/2070
reg 7(7)-(9) from 28 October 2013, read 2026-12-07; a person is "on universal
credit" on any day for which they are entitled to it, in payment or not, reg
2(3B), inserted by reg 7(2)): they get maximum HB. UC is therefore *not* counted as income and the
applicable amount does not bite: an HB calculator that sets UC against a UC
claimant's rent gets the law wrong. Otherwise income above the applicable
amount (:mod:`entitlements.benefits.hb_applicable_amount`) takes away 65% of
the excess (SSCBA 1992 s 130(3); SI 2006/214 reg 51, read; SI 2006/213 reg
71, read as made). Nothing is paid below 50p a week (reg 56; reg 75, read).
A fraction of a penny is rounded to the nearest penny, a half up (SI
2006/214 reg 61(6), read; SI 2006/213 reg 80(8) in the text as made, read
2026-12-08: "Any amount determined under these Regulations may, if it is
appropriate, be rounded to the nearest whole penny by disregarding any
amount less than half a penny and treating any amount of half a penny or
more as a whole penny"). A month's income is x 12 / 52 (SI 2006/214 reg
33(1)(b)(i)), so £117.43 a month is £27.10 a week.

Income (pension age, reg 29-30, read): the caller gives income other than
earnings, after the Sch 5 disregards (State Pension, other pensions, carer's
allowance and other benefits that count: not attendance allowance, DLA, PIP
or child benefit), and net earnings; the Sch 4 earnings disregard and the
tariff income from capital (£1 a week for each £500 or part above £10,000,
reg 29(2)) are worked out here. With savings credit only, the Secretary of
State's calculation of income is used and the savings credit is added to it
(reg 27(1), (4)(a), read): give Pension Credit's income (its deemed income
from capital included) as ``weekly_income`` and the savings credit as
``weekly_savings_credit``, and net earnings as ``weekly_earnings`` (already
in that income: used only for reg 27(4)(d)); no tariff income or earnings
disregard is applied again, except the £17.10 additional earnings disregard
where its conditions are met (reg 27(4)(d), read), and a lone parent's
higher disregard, £25 where Pension Credit's is £20 (reg 27(4)(c)(i), Sch 4
para 2, read), and the relevant childcare charges (reg 27(4)(b), with reg
30(1)(c): ``weekly_childcare_charges``). The other adjustments of reg 27(4),
(c)(ii) maintenance, (e) a partner's income left out by the Secretary of State, (f)
reg 24, (g) a council's modified scheme are not made. The £17.10 additional earnings
disregard (Sch 4 para 9, read) needs hours of work: 30 a week at 25 or
over, or 16 for a lone parent, a couple with a family premium, or someone
who meets the disability disregard (para 5(1)); para 9(2)(a) and (c) turn on
working tax credit's disability and 50-plus elements (tax credits ended in
April 2025; the 50-plus element in 2012) and are not modelled. Capital above £16,000
means no HB (reg 43, and in savings-credit cases reg 27(6)) except with
guarantee credit. Working age without UC (SI 2006/213): tariff income is £1
for each £250 or part above £6,000 (reg 52, read as made), the same £16,000
limit, and the same earnings disregards (amounts as SI 2006/214 Sch 4).

Non-dependant deductions (SI 2006/214 reg 55, read; SI 2006/213 reg 74 as
amended by SI 2013/630 reg 35(7), read): :func:`non_dependant_deductions`.

Eligible rent: for a private tenant under the Local Housing Allowance rules,
the lower of the rent and the LHA for the household's category (SI 2006/214
regs 12D and 13D; the weekly LHA rates are :func:`entitlements.benefits.lha.lha_rate`);
for a council or housing association tenant at pension age, the rent less
ineligible service charges, with no under-occupancy deduction (reg 12B; the
working-age rule, SI 2006/213 reg B13, has no pension-age counterpart); in
specified or temporary accommodation, the rent the council determines
(reg 12C, 13, or the exempt accommodation rules of the Consequential
Provisions Regulations, SI 2006/217 Sch 3): give it as ``weekly_eligible_rent``.
Regs 12B-12D and 13C-13D are absent from the mirror's copies of SI 2006/214
(headings without text); reg 13D was read as SI 2007/2869 reg 7 inserted it
and as SI 2010/2835 reg 3(6), SI 2013/665 reg 3(3), SI 2013/2828 reg 3(3) and
SI 2017/213 reg 5(3) amended it (2026-12-07), and its current para (2) on
legislation.gov.uk. The category (reg 13D(2)): the shared accommodation rate
where the size criteria give one bedroom, the claimant (with any partner) has
the exclusive use of neither two rooms nor a room with a bathroom, toilet and
kitchen (``Housing.self_contained`` False), and the severe disability premium
does not apply (para (2)(a)(i); its (ii), "the claimant's partner is not a
care leaver", joined by "or", is read as a second exception, as the
working-age text has it: a care leaver is under 22, so no pension-age
partner); else the bedrooms the size criteria allow (:func:`size_criteria_bedrooms`),
at most four. The eligible rent otherwise is an input and :func:`eligible_rent`
only applies the cap.

Not modelled: the benefit cap on working-age HB (SI 2006/213 Part 8A; HB
for specified accommodation counts as nil in it, reg 75C(2)(a)); claimants
on income support, income-based JSA or income-related ESA (passported like
UC; all are moving to UC); students; polygamous marriages; rent-free periods
(reg 62); the 1 April change for rent worked out monthly (reg 59(3)(a)(i));
extended payments; the 26-week delay of a new non-dependant deduction for a
claimant aged 65 or over (reg 59(10)-(13)); two homes; the working-age
childcare deduction (SI 2006/213 reg 27(1)(c)); the service charges and rent officer steps that
give the eligible rent; discretionary housing payments.

Wiring (for the household, the columns, ``estimate``, the CLI and the
caseload). The calculator takes these facts, most of which the household
model does not yet hold:

- ``Housing`` gains the kind of accommodation: ``accommodation`` =
  "ordinary", "temporary" (council homelessness placement) or "specified"
  (supported / exempt, refuge, council hostel with support), replacing the
  single tenure "supported_or_temporary" (the UC side needs the split too:
  SI 2014/1230 reg 5A gives the lower work allowance with HB for temporary
  accommodation, per its published text). Code 0 / 1 / 2: :data:`ACCOMMODATION`.
- The eligible rent as HB reckons it: the weekly rent (:func:`weekly_rent`
  from ``rent`` and ``rent_period``, SI 2006/214 reg 61(2)) less ineligible
  service charges (a new field, ``ineligible_service_charges``, or the
  eligible rent given directly for specified and temporary accommodation);
  for a private renter at pension age the weekly LHA rate,
  ``entitlements.benefits.lha.lha_rate(brma, lha_category(bedrooms), on=...)``, with
  ``bedrooms`` from ``benefits.housing.bedroom_entitlement`` (the UC count,
  which HB's reg 13D(3)-(3B) match but for the proviso that a room for one
  who cannot share needs a bedroom in the home: :func:`size_criteria_bedrooms`)
  and the shared accommodation rate for one bedroom in accommodation that is
  not self-contained (reg 13D(2)(a)).
- Each ``NonDependant`` gains ``gross_weekly_income`` (pence; -1 for "not
  shown", which takes the full deduction), ``remunerative_work`` (16 hours
  or more a week) and the HB exemptions, which differ from UC's (reg 55(7)-(9):
  normal home elsewhere, youth training allowance, full-time student,
  patient over 52 weeks or prisoner, armed forces away on operations, on
  Pension Credit, aged under 25 on UC with no earned income): ``exempt``.
  A non-dependant couple is one slot with their joint gross income (reg
  55(3)-(4)). The columns pass them as :class:`NonDependants` (slots on the
  last axis, as ``columns`` holds children).
- The household: ``mixed_age_protected`` (already an input of Pension
  Credit), ``pensionable_age_before_april_2021`` (from the adults' dates of
  birth and ``benefits.pension_age.state_pension_age_date``), ``two_child_protected``,
  ``family_premium`` (protected), and per adult: Pension Credit guarantee
  credit and savings credit (from ``benefits.pension_credit``: with savings
  credit only, pass its ``income`` as ``weekly_income``, earnings 0, and its
  ``savings_credit``), whether on UC (the UC award > 0), net weekly
  earnings, weekly income other than
  earnings (State Pension included), capital, blind, the severe disability
  facts (as for Pension Credit), carer's allowance entitlement, and for the
  household exemption from deductions (reg 55(6)) whether either partner is
  blind or receives attendance allowance, any DLA care component, PIP daily
  living or AFIP: ``blind_or_care_benefit``.
- Children: a count, those with DLA (any care or mobility award), PIP (a
  young person) or who are blind (``disabled_children``), and of those with
  DLA care at the highest rate or PIP daily living at the enhanced rate
  (``severely_disabled_children``). Note the Pension Credit code counts a
  blind child as severely disabled; HB does not. These and the premium facts
  go in one :class:`~entitlements.benefits.hb_applicable_amount.ApplicableAmountFacts`.

>>> import datetime as dt
>>> from entitlements.tables import Tables
>>> r = housing_benefit(False, True, False, 12000, on=dt.date(2025, 6, 2), tables=Tables.load(),
...                     weekly_income=24000)
>>> r.award     # £120.00 - 65% x (£240.00 - £227.10) = £120.00 - £8.39
11161
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from ..arrays import count_children, per_unit
from ..errors import InputError
from ..money import divide_half_up, percent_of
from ..tables import Tables
from ._numeric import flag, is_array, out_bool, out_int, pence, table_on, whole
from .hb_applicable_amount import (
    ApplicableAmount,
    ApplicableAmountFacts,
    pension_age_applicable_amount,
    working_age_applicable_amount,
)
from .means_test import tariff_income

__all__ = [
    "ACCOMMODATION",
    "HB_SCHEMES",
    "HB_REASONS",
    "HousingBenefitCalculation",
    "NonDependants",
    "hb_scheme",
    "weekly_rent",
    "eligible_rent",
    "lha_category",
    "size_criteria_bedrooms",
    "non_dependant_deductions",
    "earnings_disregard",
    "housing_benefit",
]

#: The kinds of home, by code: 0 ordinary, 1 temporary accommodation (a
#: council homelessness placement), 2 specified (supported) accommodation.
ACCOMMODATION = ("ordinary", "temporary", "specified")
#: Which Regulations apply, by code: 0 none (claim UC), 1 pension age (SI
#: 2006/214), 2 working age (SI 2006/213).
HB_SCHEMES = ("none", "pension_age", "working_age")
#: Why the award is what it is, by code: 0 assessed (an amount, perhaps
#: reduced), 1 Universal Credit instead (working age, or a mixed-age couple
#: not protected, in an ordinary home), 2 no eligible rent, 3 the
#: non-dependant deductions take the whole eligible rent, 4 capital above
#: £16,000, 5 income too high (the taper takes the rest), 6 below the 50p
#: minimum, 7 check needed: working age, a couple of whom one alone has
#: limited capability for work or is in the ESA support group, where which
#: of them claims changes the award (SI 2006/213 Sch 3 paras 13(9), 22, 24)
#: and ``Household.applicant`` does not say (the award and the applicable
#: amount are then nil and mean nothing: :func:`.hb_ctr.housing_benefit_for`).
HB_REASONS = ("assessed", "universal_credit_instead", "no_eligible_rent", "non_dependant_deductions",
              "capital_over_limit", "income_too_high", "below_minimum", "applicant_not_given")

# Rent periods as benefits.housing.RENT_PERIOD_CODES numbers them (week, two
# weeks, four weeks, month, three months, year), each as periods in 52 weeks
# (a month as 12): reg 61(2) divides by the number of weeks, or by the
# number of months then x 12 / 52; all are "x per_year / 52".
_PER_YEAR = np.array([52, 26, 13, 12, 4, 1], dtype=np.int64)
_MAX_WEEKLY = 10_000_000  # £100,000 a week


@attrs.frozen
class HousingBenefitCalculation:
    """Every step [pence/week]; scalars for one household, arrays for many."""

    reason: Any  # index into HB_REASONS
    scheme: Any  # index into HB_SCHEMES
    passported: Any  # bool: on guarantee credit or UC, income and capital disregarded
    weekly_eligible_rent: Any
    non_dependant_deductions: Any
    maximum_housing_benefit: Any
    applicable_amount: ApplicableAmount
    earnings_disregarded: Any
    tariff_income: Any
    weekly_income: Any  # income counted (nil where passported), tariff income included
    excess_income: Any
    taper_deduction: Any
    award: Any
    childcare_charges: Any = 0  # relevant childcare charges taken off the earnings (pension age, reg 30(1)(c))


@attrs.frozen(kw_only=True)
class NonDependants:
    """The non-dependants, one slot each on the last axis (1-d for one
    household, 2-d for a caseload); a non-dependant couple is one slot with
    their joint income (reg 55(3)-(4)).

    age
        In years; -1 for an empty slot. Under 18: no deduction.
    gross_weekly_income
        Normal gross weekly income [pence], leaving out attendance allowance,
        DLA, PIP and AFIP (reg 55(10)); -1 where it is not shown.
    remunerative_work
        In remunerative work (16 hours or more a week).
    exempt
        No deduction for this one (reg 55(7)-(9)): normal home elsewhere, a
        youth training allowance, a full-time student, a patient for over 52
        weeks or a prisoner, armed forces away on operations, on Pension
        Credit, or under 25 on UC with no earned income (or on income support,
        income-based JSA or income-related ESA without a component).
    """

    age: Any
    gross_weekly_income: Any
    remunerative_work: Any
    exempt: Any


def hb_scheme(couple, reached_qualifying_age1, reached_qualifying_age2, accommodation, *,
              mixed_age_protected=False, universal_credit=False):
    """Which Housing Benefit Regulations apply: a code into :data:`HB_SCHEMES`.

    Pension age (1) for a single claimant over the qualifying age for Pension
    Credit, a couple both over it, or a mixed-age couple protected by SI
    2019/37 art 4 (and not on UC: the saving ends with entitlement, art 4(2)).
    Otherwise working age (2) in temporary or specified accommodation, and
    none (0) in an ordinary home, where UC's housing costs element applies.
    ``reached_qualifying_age2`` is ignored for a single claimant.

    >>> hb_scheme(True, True, False, 0), hb_scheme(True, True, False, 1), hb_scheme(True, True, True, 0)
    (0, 2, 1)
    """
    scalar = not is_array(couple, reached_qualifying_age1, reached_qualifying_age2, accommodation,
                          mixed_age_protected, universal_credit)
    c = flag("couple", couple)
    r1 = flag("reached_qualifying_age1", reached_qualifying_age1)
    r2 = flag("reached_qualifying_age2", reached_qualifying_age2) & c
    uc = flag("universal_credit", universal_credit)
    acc = whole("accommodation", accommodation, 0, 2, "0 ordinary, 1 temporary, 2 specified accommodation")
    all_over = (~c & r1) | (c & r1 & r2)
    if np.any(all_over & uc):
        raise _row_error("universal_credit", all_over & uc,
                         "False where everyone in the benefit unit has reached the qualifying age for Pension Credit "
                         "(no UC at that age: Welfare Reform Act 2012 s 4(1)(b))")
    pension = (all_over | (c & (r1 != r2) & flag("mixed_age_protected", mixed_age_protected))) & ~uc
    return out_int(np.where(pension, 1, np.where(acc > 0, 2, 0)), scalar)


def weekly_rent(rent, period_code):
    """Rent as a weekly amount [pence/week]: SI 2006/214 reg 61(2) (read).

    Weekly rent as it is; rent for a number of weeks divided by that number;
    rent for a number of calendar months divided by it, x 12, / 52; rounded to
    the nearest penny, a half up (reg 61(6)). ``period_code`` numbers the
    periods as ``benefits.housing.RENT_PERIOD_CODES`` (0 week, 1 two weeks,
    2 four weeks, 3 month, 4 three months, 5 year).

    >>> weekly_rent(65000, 3), weekly_rent(70000, 3), weekly_rent(24000, 1)   # £650 and £700 a month, £240 a fortnight
    (15000, 16154, 12000)
    """
    scalar = not is_array(rent, period_code)
    r = pence("rent", rent)
    code = whole("rent_period", period_code, 0, 5, "a rent period code from 0 (week) to 5 (year)")
    return out_int(divide_half_up(r * _PER_YEAR[code], 52), scalar)


def eligible_rent(weekly_rent_less_ineligible_charges, weekly_lha_rate=-1):
    """Weekly eligible rent [pence/week]: the rent, capped at the Local
    Housing Allowance where the LHA rules apply (``weekly_lha_rate`` >= 0;
    -1 where they do not: council and housing association tenants, specified
    and temporary accommodation, older regulated tenancies).

    The cap as SI 2006/214 reg 12D(3) and 13D(2)-(3) set it (the maximum rent
    (LHA) is the LHA for the category, and the eligible rent is no more than
    the rent): those regulations are absent from the copy read.

    >>> eligible_rent(28000, 25200), eligible_rent(28000)
    (25200, 28000)
    """
    scalar = not is_array(weekly_rent_less_ineligible_charges, weekly_lha_rate)
    rent = pence("weekly_eligible_rent", weekly_rent_less_ineligible_charges)
    lha = whole("weekly_lha_rate", weekly_lha_rate, -1, _MAX_WEEKLY, "pence a week, or -1 where the LHA does not apply")
    return out_int(np.where(lha >= 0, np.minimum(rent, lha), rent), scalar)


def size_criteria_bedrooms(bedroom_entitlement, cannot_share=0, home_bedrooms=-1, lodgers=0):
    """The bedrooms Housing Benefit's size criteria allow [count]: SI 2006/214
    reg 13D(3)-(3B) (read 2026-12-07 in the amending instruments, below).

    ``lodgers``: the lodgers living in the home (0 or 1 here), a bedroom each.
    Reg 13D(3) gives "one bedroom for each of the following categories of
    occupier", (b) "a person who is not a child", and reg 13D(12) defines
    "occupiers" as "the persons whom the relevant authority is satisfied
    occupy as their home the dwelling to which the claim or award relates
    except for any joint tenant who is not a member of the claimant's
    household" (SI 2007/2869 reg 7 for SI 2006/214; SI 2007/2868 reg 7, the
    same words, for SI 2006/213; both read 2026-12-08; SI 2013/665 reg
    3(3), which added the armed forces away on operations, keeps the
    exception): a lodger, boarder or sub-tenant, occupies the home and is no
    joint tenant, so counts. Universal Credit counts no lodger (SI 2013/376
    Sch 4 para 9: the renter's household and non-dependants): ``bedroom_entitlement``
    does not include them.

    ``bedroom_entitlement``: the bedrooms as Universal Credit counts them
    (:func:`entitlements.benefits.housing.bedroom_entitlement`: the para (3)
    categories, the overnight care and foster rooms of paras (3A)-(3B) and a
    room for each child or member of a couple who cannot share), which
    ``cannot_share`` of them are for a child who cannot share a bedroom (reg
    13D(3)(ba), SI 2013/2828 reg 3(3)(a)) or a member of a couple who cannot
    share (reg 13D(3)(za)-(zb), SI 2017/213 reg 5(3)(a)(i)), and the home's own
    bedrooms (-1: not given). The closing words of reg 13D(3) (SI 2013/2828
    reg 3(3)(b), extended to a member of a couple by SI 2017/213 reg
    5(3)(a)(iii)) allow such a room "only ... if there is a bedroom in the
    dwelling occupied as the home that is additional to those to which the
    claimant would be entitled if the child [or member of the couple] were
    able to share a bedroom": here, one for each bedroom of the home beyond
    the entitlement without those rooms (the overnight care and foster rooms
    of paras (3A)-(3B) counted in it). Where the home's bedrooms are not
    given the rooms are allowed. Universal Credit's conditions (SI 2013/376
    Sch 4 para 12(6), (6A)) have no such proviso.

    >>> size_criteria_bedrooms(2, 1, 1), size_criteria_bedrooms(2, 1, 2), size_criteria_bedrooms(2, 1)
    (1, 2, 2)
    >>> size_criteria_bedrooms(1, lodgers=1)   # a single claimant and a lodger: two bedrooms
    2
    """
    scalar = not is_array(bedroom_entitlement, cannot_share, home_bedrooms, lodgers)
    rooms = whole("bedroom_entitlement", bedroom_entitlement, 0, 40, "a number of bedrooms") \
        + whole("lodgers", lodgers, 0, 1, "the number of lodgers (0 or 1)")
    rooms_cs = whole("cannot_share", cannot_share, 0, 40, "a number of bedrooms")
    home = whole("home_bedrooms", home_bedrooms, -1, 40, "a number of bedrooms, or -1 where not given")
    without = rooms - np.minimum(rooms_cs, rooms)
    allowed = np.where(home >= 0, np.minimum(rooms_cs, np.maximum(home - without, 0)), rooms_cs)
    return out_int(without + allowed, scalar)


def lha_category(bedroom_entitlement):
    """The LHA category [0-4] for a household allowed ``bedroom_entitlement``
    bedrooms under the size criteria: that number, at most four (the
    four-bedroom limit of the Rent Officers (Housing Benefit Functions)
    Order 1997 Sch 3B, not read here; SI 2006/214 reg 13D(2)(c) "up to a
    maximum of four", SI 2010/2835 reg 3(6)(a), read). Not the shared
    accommodation rate (0): at pension age that turns on whether the
    accommodation is self-contained (reg 13D(2)(a)), decided by the caller.

    >>> lha_category(1), lha_category(6)
    (1, 4)
    """
    scalar = not is_array(bedroom_entitlement)
    rooms = whole("bedroom_entitlement", bedroom_entitlement, 1, 20, "a number of bedrooms")
    return out_int(np.minimum(rooms, 4), scalar)


def non_dependant_deductions(non_dependants: NonDependants, *, on, tables: Tables, blind_or_care_benefit=False,
                             scheme: str = "housing_benefit"):
    """Total non-dependant deductions [pence/week]: SI 2006/214 reg 55, SI
    2006/213 reg 74; with ``scheme="pension_credit"``, the deductions from
    Pension Credit housing costs of SI 2002/1792 Sch II para 14, which have
    the same structure (para 14(1)-(2), (6)) and amounts, but change with
    the Pension Credit rates (its own tables).

    For each non-dependant aged 18 or over and not exempt (see
    :class:`NonDependants`): not in remunerative work, the lower deduction
    (reg 55(1)(b)); in remunerative work, by gross income band (reg 55(2)),
    the full deduction (reg 55(1)(a)) where the income is at or above the top
    band or not shown ("where it is shown to the appropriate authority that
    his normal weekly gross income is ..."). ``blind_or_care_benefit``: the
    claimant or partner is blind, or receives attendance allowance, a DLA care
    component, PIP daily living or AFIP: no deductions at all (reg 55(6)).

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> nd = NonDependants(age=[30, 19], gross_weekly_income=[30000, 0], remunerative_work=[True, False],
    ...                    exempt=[False, False])
    >>> non_dependant_deductions(nd, on=dt.date(2026, 6, 1), tables=Tables.load())   # £64.35 + £20.40
    8475
    """
    n = non_dependants
    a = whole("non_dependant_age", n.age, -1, 120, "an age in years, or -1 for no one")
    income = whole("non_dependant_gross_weekly_income", n.gross_weekly_income, -1, _MAX_WEEKLY,
                   "pence a week, or -1 where the income is not shown")
    work = flag("non_dependant_remunerative_work", n.remunerative_work)
    ex = flag("non_dependant_exempt", n.exempt)
    t = table_on(on)
    d = {k: per_unit(v) for k, v in tables.at(f"{scheme}.non_dependant_deduction", t).items()}
    b = {k: per_unit(v) for k, v in tables.at(f"{scheme}.non_dependant_income_band", t).items()}
    by_income = np.where((income < 0) | (income >= b["remunerative_work_from"]), d["remunerative_work"],
                         np.where(income >= b["band_e_from"], d["band_e"],
                                  np.where(income >= b["band_d_from"], d["band_d"],
                                           np.where(income >= b["band_c_from"], d["band_c"],
                                                    np.where(income >= b["band_b_from"], d["band_b"], d["other"])))))
    each = np.where((a >= 18) & ~ex, np.where(work, by_income, d["other"]), 0)
    total = count_children(np.broadcast_to(each, np.broadcast_shapes(each.shape, a.shape)))
    scalar = a.ndim <= 1 and not is_array(on, blind_or_care_benefit)
    return out_int(np.where(flag("blind_or_care_benefit", blind_or_care_benefit), 0, total), scalar)


def earnings_disregard(weekly_earnings, couple, lone_parent, disabled_or_carer, additional=False, *, on,
                       tables: Tables, weekly_childcare_charges=0):
    """Weekly earnings disregarded [pence/week]: SI 2006/214 Sch 4 (read).

    £25 for a lone parent (para 2); else £20 where the claimant or partner is
    a carer (para 4: carer premium) or disabled (para 5: attendance allowance,
    DLA, PIP, AFIP, main phase ESA, blind, and the other cases listed); else
    £10 for a couple, £5 for a single claimant (para 7). At most £25 for a
    lone parent, £20 otherwise, however many apply (para 1). ``additional``:
    the para 9(2) conditions are met (para 9(2)(b), read: the claimant or
    partner aged 25 or over working 30 hours a week on average; or 16 hours
    for one of a couple with a family premium, a lone parent, or one who
    meets para 5(1)): £17.10 more where net earnings are at least the
    disregards, the childcare charges deducted (``weekly_childcare_charges``,
    para 9(3)(b): its words say "deductible under regulation 31(1)(c)", read
    as the deduction of reg 30(1)(c) that reg 31 governs) and £17.10 (para
    9(1), (3)). The same in the English pension-age CTR scheme
    (SI 2012/2885 Sch 4 paras 1-8, 10, read; its para 10(2)(b)(ii) asks for a
    child in the family instead of a family premium). Never more than the
    earnings.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> earnings_disregard(30000, False, False, False, True, on=dt.date(2026, 6, 1), tables=Tables.load())  # £5 + £17.10
    2210
    """
    scalar = not is_array(weekly_earnings, couple, lone_parent, disabled_or_carer, additional, on,
                          weekly_childcare_charges)
    earnings = pence("weekly_earnings", weekly_earnings)
    childcare = pence("weekly_childcare_charges", weekly_childcare_charges)
    c, lone = flag("couple", couple), flag("lone_parent", lone_parent)
    dis, extra = flag("disabled_or_carer", disabled_or_carer), flag("additional", additional)
    amounts = tables.at("housing_benefit.earnings_disregard", table_on(on))
    base = np.where(lone, amounts["lone_parent"], np.where(dis, amounts["disabled_or_carer"],
                                                           np.where(c, amounts["couple"], amounts["single"])))
    more = np.where(extra & (earnings >= base + childcare + amounts["additional"]), amounts["additional"], 0)
    return out_int(np.minimum(earnings, base + more), scalar)


# Long because: the signature (22 facts the regulations ask for) and their documentation take 64 lines; the body is
# 44, one named step a line or two (scheme, eligible rent, deductions, applicable amount, income, taper, reason).
def housing_benefit(
    couple,
    reached_qualifying_age1,
    reached_qualifying_age2,
    weekly_eligible_rent,
    *,
    on,
    tables: Tables,
    accommodation=0,
    weekly_lha_rate=-1,
    mixed_age_protected=False,
    guarantee_credit=False,
    weekly_savings_credit=0,
    universal_credit=False,
    weekly_income=0,
    weekly_earnings=0,
    capital=0,
    age1=66,
    age2=0,
    pensionable_age_before_april_2021=False,
    disability_earnings_disregard=False,
    additional_earnings_disregard=False,
    couple_working_16_hours=False,
    non_dependants: NonDependants | None = None,
    blind_or_care_benefit=False,
    facts: ApplicableAmountFacts | None = None,
    rent_free_weeks=0,
    weekly_childcare_charges=0,
) -> HousingBenefitCalculation:
    """Housing Benefit for a benefit week [pence/week]. See the module notes
    for the law, and its Wiring notes for where each input comes from.

    Inputs (scalars for one benefit unit, arrays for a caseload):

    couple, reached_qualifying_age1, reached_qualifying_age2, accommodation, mixed_age_protected
        Who claims what: :func:`hb_scheme`.
    weekly_eligible_rent, weekly_lha_rate
        The weekly rent less ineligible charges, and the LHA cap where the
        LHA rules apply (-1 where not): :func:`eligible_rent`.
    guarantee_credit, weekly_savings_credit, universal_credit
        On Pension Credit guarantee credit or UC (income and capital
        disregarded); savings credit only (added to income, reg 27(4)(a)).
    weekly_income, weekly_earnings, capital
        Income other than earnings after the Sch 5 disregards, net earnings,
        and capital [pence]; tariff income is added here.
    age1, age2
        Ages, for the working-age personal allowance (age2 0 for no partner).
    pensionable_age_before_april_2021
        The higher pension-age personal allowance.
    disability_earnings_disregard, additional_earnings_disregard, couple_working_16_hours
        Sch 4 paras 5 and 9: :func:`earnings_disregard` (the carer disregard
        follows the carer's allowance facts). ``additional_earnings_disregard``:
        one of the para 9(2) conditions that do not turn on the applicable
        amount is met (30 hours' work at 25 or over, a lone parent or a
        disabled person working 16); ``couple_working_16_hours``: a couple one
        of whom works 16 hours or more, which meets para 9(2)(b)(ii) where the
        applicable amount includes a family premium.
    non_dependants, blind_or_care_benefit
        :class:`NonDependants` (``None`` for none) and the household
        exemption: :func:`non_dependant_deductions`.
    facts
        Children, premiums and components:
        :class:`~entitlements.benefits.hb_applicable_amount.ApplicableAmountFacts`.
        Its ``non_dependant`` (for the severe disability premium) defaults to
        whether any non-dependant is aged 18 or over.
    rent_free_weeks
        Weeks of the year with no rent due, for rent paid weekly or by
        multiples of a week (0 to 8). The award is then for a week rent is
        due: the applicable amount, income, non-dependant deductions and the
        50p minimum are each x 52 / the weeks rent is due (SI 2006/214
        reg 62(3)(a), read; SI 2006/213 reg 81(3)(a), the same words), and no
        Housing Benefit is paid for a rent-free week.
    weekly_childcare_charges
        Pension age: the relevant childcare charges reg 31 lets be deducted,
        at most £175 a week for one child and £300 for more (reg 30(3):
        ``housing_benefit.childcare_charges_limit``), before the cap at the
        earnings: :func:`.childcare.relevant_childcare_charges`. Taken off the
        earnings left after the Sch 4 disregards (reg 30(1)(c)), with savings
        credit only off the Secretary of State's income (reg 27(4)(b)); nil
        at working age (SI 2006/213 reg 27(1)(c) is not modelled).
    """
    f = facts or ApplicableAmountFacts()
    nd = non_dependants or NonDependants(age=np.array([-1]), gross_weekly_income=np.array([0]),
                                         remunerative_work=np.array([False]), exempt=np.array([False]))
    scalar = not is_array(couple, reached_qualifying_age1, reached_qualifying_age2, weekly_eligible_rent, on,
                          accommodation, weekly_lha_rate, mixed_age_protected, guarantee_credit,
                          weekly_savings_credit, universal_credit, weekly_income, weekly_earnings, capital, age1, age2,
                          pensionable_age_before_april_2021, disability_earnings_disregard,
                          additional_earnings_disregard, couple_working_16_hours, blind_or_care_benefit,
                          rent_free_weeks, weekly_childcare_charges, *f.values()) and np.ndim(nd.age) <= 1
    c = flag("couple", couple)
    scheme = hb_scheme(c, reached_qualifying_age1, reached_qualifying_age2, accommodation,
                       mixed_age_protected=mixed_age_protected, universal_credit=universal_credit)
    pension = scheme == 1
    gc, uc = flag("guarantee_credit", guarantee_credit), flag("universal_credit", universal_credit)
    sc = pence("weekly_savings_credit", weekly_savings_credit)
    _check_pension_credit(pension, gc, sc)
    passported = np.where(pension, gc, uc)
    rent = eligible_rent(weekly_eligible_rent, weekly_lha_rate)
    due = 52 - whole("rent_free_weeks", rent_free_weeks, 0, 8, "a whole number of weeks")  # reg 62(3)(a): 52 (not 53)
    deductions = _rent_week(non_dependant_deductions(nd, on=on, tables=tables, blind_or_care_benefit=blind_or_care_benefit),
                            due)
    maximum = np.maximum(rent - deductions, 0)
    if f.non_dependant is None:
        f = attrs.evolve(f, non_dependant=count_children(np.asarray(nd.age) >= 18) > 0)
    amount = _applicable_amount(pension, c, age1, age2, pensionable_age_before_april_2021, f, on, tables)
    # Sch 4 para 9(2)(b)(ii): a couple, one working 16 hours, with a family premium in the applicable amount.
    additional = (flag("additional_earnings_disregard", additional_earnings_disregard)
                  | (c & flag("couple_working_16_hours", couple_working_16_hours) & (np.asarray(amount.family_premium) > 0)))
    # Working age, Sch 4 para 3(2) (SI 2006/213, read): the £20 with a severe disability premium in the applicable
    # amount too, which (since Sch 3 para 13(9) can deny the disability premium) the caller's flag may not show.
    disability = (flag("disability_earnings_disregard", disability_earnings_disregard)
                  | (np.logical_not(pension) & (np.asarray(amount.severe_disability_premium) > 0)))
    disregarded, tariff, income, childcare = _income(pension, c, weekly_income, weekly_earnings, capital, sc,
                                                     disability, additional, f, on, tables, weekly_childcare_charges)
    income = _rent_week(np.where(passported, 0, income), due)
    excess = np.maximum(income - _rent_week(amount.total, due), 0)
    taper = percent_of(excess, tables.at("housing_benefit.taper", table_on(on)))  # half up: reg 61(6)
    award = np.maximum(maximum - taper, 0)
    over_capital = ~passported & (pence("capital", capital) > tables.at("housing_benefit.capital_limit", table_on(on)))
    minimum = _rent_week(tables.at("housing_benefit.minimum_award", table_on(on)), due)
    reason = np.select([scheme == 0, rent == 0, maximum == 0, over_capital, award == 0, award < minimum],
                       [1, 2, 3, 4, 5, 6], 0)
    fields = dict(reason=reason, scheme=scheme, weekly_eligible_rent=rent, non_dependant_deductions=deductions,
                  maximum_housing_benefit=maximum, earnings_disregarded=disregarded, tariff_income=tariff,
                  weekly_income=income, excess_income=excess, taper_deduction=taper,
                  award=np.where(reason == 0, award, 0), childcare_charges=np.where(passported, 0, childcare))
    shape = np.broadcast(*[np.asarray(v) for v in fields.values()], np.asarray(passported)).shape
    out = {k: out_int(np.broadcast_to(v, shape), scalar) for k, v in fields.items()}
    return HousingBenefitCalculation(passported=out_bool(np.broadcast_to(passported, shape), scalar),
                                     applicable_amount=amount, **out)


def _rent_week(weekly, due):
    """A weekly amount for a week rent is due, where rent is due ``due``
    weeks of 52 [pence/week]: x 52 / due, half a penny up (SI 2006/214
    regs 61(6), 62(3)(a); SI 2006/213 reg 81(3)(a))."""
    return np.where(due == 52, weekly, divide_half_up(np.asarray(weekly, dtype=np.int64) * 52, due))


def _check_pension_credit(pension, gc, sc) -> None:
    """Pension Credit only at pension age (SPCA 2002 s 1(2), s 4(1A)), and
    guarantee credit and a savings-credit-only award not both."""
    for name, bad in (("guarantee_credit", gc & ~pension), ("weekly_savings_credit", (sc > 0) & ~pension),
                      ("guarantee_credit", gc & (sc > 0))):
        if np.any(bad):
            raise _row_error(name, bad, "Pension Credit only where pension-age Housing Benefit applies, and guarantee "
                             "credit and savings-credit-only not both (give the savings credit with guarantee_credit=False)")


def _applicable_amount(pension, c, age1, age2, early, f, on, tables) -> ApplicableAmount:
    """The scheme's applicable amount, part by part (the other scheme's is
    worked out too, on the same inputs, and discarded: branch-free)."""
    pa = pension_age_applicable_amount(c, early, f, on=on, tables=tables)
    wa = working_age_applicable_amount(c, age1, np.where(c, age2, 0), f, on=on, tables=tables)
    parts = {k.name: np.where(pension, getattr(pa, k.name), getattr(wa, k.name)) for k in attrs.fields(ApplicableAmount)}
    scalar = not is_array(*parts.values())
    return ApplicableAmount(**{k: out_int(v, scalar) for k, v in parts.items()})


def _income(pension, c, weekly_income, weekly_earnings, capital, savings_credit, disability, additional, f, on, tables,
            weekly_childcare_charges=0):
    """Earnings disregarded, tariff income, the income counted (before any
    passport) and the childcare charges deducted: SI 2006/214 regs 27,
    29-31 and Sch 4; SI 2006/213 reg 52.

    Relevant childcare charges (pension age, reg 30(1)(c), read 2026-12-07):
    "deducting any relevant child care charges to which regulation 31 ...
    applies from any earnings which form part of the average weekly income",
    so at most the earnings left after the Sch 4 disregards (reg 33(8)); the
    charges are the caller's, already within reg 30(3)'s £175 / £300. The
    tax credit extension of reg 30(1)(c), (2) (earnings below the charges,
    with working or child tax credit) is not modelled: tax credits ended in
    April 2025. With savings credit only, reg 27(4)(b) lets the authority
    take "in respect of any dependent children of the claimant, childcare
    charges taken into account under regulation 30(1)(c)" off the Secretary
    of State's income, reg 27(5) applying regs 29-49 to work it out: the same
    deduction, from the earnings as HB reckons them less HB's disregards.

    With savings credit only (reg 27(1)), the income is the Secretary of
    State's: ``weekly_income`` is then Pension Credit's figure, its deemed
    income from capital and its earnings (after its own disregards) already
    in it, so neither a tariff income nor the HB earnings disregard is applied
    again. The authority modifies it "only in so far as necessary to take into
    account" (reg 27(4), read) (a) the savings credit, added, and (d) "any
    amount to be disregarded by virtue of paragraph ... 9(1) of Schedule 4":
    the £17.10 additional earnings disregard, taken off where its conditions
    are met, ``weekly_earnings`` (net earnings) deciding para 9's test as for
    any claimant; and (c)(i) "the higher amount disregarded under these
    Regulations in respect of lone parent's earnings" (Sch 4 para 2: £25,
    where Pension Credit disregards £20), the difference taken off
    (:func:`_lone_parent_more`); and (b) the childcare charges, as above. Not
    modelled: (c)(ii) maintenance
    (the household does not hold it apart from other income), (e) a partner's
    income the Secretary of State left out, (f) reg 24, (g) a council's own
    modified scheme."""
    other = pence("weekly_income", weekly_income)
    earnings = pence("weekly_earnings", weekly_earnings)
    cap = pence("capital", capital)
    savings_case = pension & (savings_credit > 0)
    lone = ~c & (np.asarray(f.children) > 0)
    carer = flag("carers_allowance1", f.carers_allowance1) | (c & flag("carers_allowance2", f.carers_allowance2))
    charges = np.where(pension, pence("weekly_childcare_charges", weekly_childcare_charges), 0)
    disregarded = earnings_disregard(earnings, c, lone, flag("disability_earnings_disregard", disability) | carer,
                                     flag("additional_earnings_disregard", additional), on=on, tables=tables,
                                     weekly_childcare_charges=charges)
    childcare = np.minimum(charges, np.maximum(earnings - disregarded, 0))  # reg 30(1)(c): from the earnings
    t = table_on(on)
    threshold = tables.at("housing_benefit.tariff_income_threshold", t)
    step = tables.at("housing_benefit.tariff_income_step", t)
    tariff = tariff_income(cap, np.where(pension, threshold["pension_age"], threshold["working_age"]),
                           np.where(pension, step["pension_age"], step["working_age"]),
                           tables.at("housing_benefit.tariff_income", t))
    if np.any(savings_case):  # reg 27(4): only (c)(i) and (d) of the earnings disregards touch the SoS income
        base = earnings_disregard(earnings, c, lone, flag("disability_earnings_disregard", disability) | carer, False,
                                  on=on, tables=tables)
        # (d): the para 9(1) additional sum alone, ``disregarded - base``. (c)(i): "the higher amount disregarded
        # under these Regulations in respect of lone parent's earnings": Sch 4 para 2 disregards £25 (at most £25
        # with paras 3-5, para 1), Pension Credit £20 (SI 2002/1792 Sch VI para 1), so what HB disregards (``base``)
        # beyond Pension Credit's, the earnings reckoned as HB reckons them (reg 27(5)).
        lone_more = _lone_parent_more(earnings, np.asarray(savings_case) & lone, base, on, tables)
        disregarded = np.where(savings_case, disregarded - base + lone_more, disregarded)
    tariff = np.where(savings_case, 0, tariff)
    income = (other + np.where(savings_case, 0, earnings) - disregarded + tariff + np.where(pension, savings_credit, 0)
              - childcare)
    return disregarded, tariff, income, childcare


def _lone_parent_more(weekly_earnings, lone_parent, hb_disregard, on, tables: Tables):
    """With savings credit only, how much more of a lone parent's earnings
    Housing Benefit disregards than Pension Credit did [pence/week]:
    ``hb_disregard`` (Sch 4 paras 1-2: £25) less Pension Credit's £20 (SI
    2002/1792 Sch VI para 1: ``pension_credit.earnings_disregard``, "higher"),
    each at most the earnings; nil where not ``lone_parent``. SI 2006/214
    reg 27(4)(c)(i) (read 2026-12-07); the pension-age CTR schemes' SI
    2012/2885 Sch 1 para 14(2)(c)(i), WSI 2013/3029 Sch 1 para 8(2)(c)(i) and
    SSI 2012/319 reg 25(2)(c)(i) make the same adjustment, each with a £25
    lone parent's disregard (SI 2012/2885 Sch 4 para 2, WSI 2013/3029 Sch 3
    para 2, SSI 2012/319 Sch 2 para 2)."""
    lone = np.asarray(lone_parent)
    earnings = np.asarray(weekly_earnings)
    if not np.any(lone & (earnings > 0)):
        return np.zeros(np.broadcast_shapes(lone.shape, earnings.shape), np.int64)
    pc = tables.at("pension_credit.earnings_disregard", table_on(on))["higher"]
    return np.where(lone, np.maximum(np.asarray(hb_disregard) - np.minimum(earnings, pc), 0), 0)


def _row_error(field: str, bad, expected: str) -> InputError:
    bad = np.asarray(bad)
    i = int(np.flatnonzero(bad.ravel())[0]) if bad.ndim else 0
    return InputError(field, True, expected, f"row {i}" if bad.ndim else None)
