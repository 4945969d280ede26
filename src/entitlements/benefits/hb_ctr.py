"""Housing Benefit, council tax and Council Tax Reduction for benefit units
in columns: one household or a caseload, through the same functions.

One job: take the household's columns and the benefits
:mod:`.household_total` has already worked out (Universal Credit, Pension
Credit, Carer's Allowance, State Pension age), give each calculator the facts
it asks for, and return the results:

- **Housing Benefit** (:mod:`.housing_benefit`): who claims which scheme
  (pension age where every member has reached the qualifying age for Pension
  Credit; working age only in temporary or specified accommodation, where
  UC pays no housing costs element: SI 2013/376 Sch 1 paras 3(h)-(i), 3A,
  3B), the weekly rent (SI 2006/214 reg 61(2)), the LHA for a private
  renter (the weekly rate for the size-criteria category: the shared
  accommodation rate for one bedroom not self-contained, without the severe
  disability premium, SI 2006/214 reg 13D(2)), Pension Credit guarantee credit or UC as a passport,
  the savings credit case (the Secretary of State's income plus the savings
  credit: SI 2006/214 reg 27), the non-dependants and the premiums.
- **Council tax and Council Tax Reduction**: worked out in
  :mod:`.council_tax_columns` (:func:`.council_tax_columns.council_tax_for`, with the facts
  :func:`pension_age_ctr_income` and :func:`additional_earnings_disregard`
  give here); its names are importable from this module too.

Assumptions, each said on the working sheet: the additional earnings
disregard (SI 2006/214 Sch 4 para 9; SI 2012/2885 Sch 4 para 10; at working
age SI 2006/213 Sch 4 para 17, whose disabled worker's case asks for a
disability premium in the applicable amount) is given
where each adult's ``work_hours_weekly`` meets it
(:func:`additional_earnings_disregard`); the Welsh and Scottish pension-age
schemes have the English one's (WSI 2013/3029 Sch 3 para 10, whose (2)(b)(ii)
asks for a family premium, which the library gives where there is a child;
SSI 2012/319 Sch 2 para 10; both read 2026-12-07). The
council tax assumptions are in :mod:`.council_tax_columns`. A mixed-age
couple protected by SI 2019/37 art 4 (:func:`mixed_age_protected`) is
treated as a pension-age household throughout: Pension Credit, pension-age
HB and the pension-age CTR schemes.
"""

from __future__ import annotations

import attrs
import numpy as np

from ..arrays import count_children
from ..columns import BenefitUnitColumns, select
from ..dates import as_day, period_end, years_between
from ..errors import NoRowInForce
from ..tables import Tables
from ._numeric import table_on
from ._numeric import weekly_from_monthly as _weekly
from .council_tax_columns import (CT_REASONS, CT_STATUS, CTR_SCHEMES, CouncilTaxCalculation, authority_codes,
                                  council_tax_for)
from .hb_applicable_amount import ApplicableAmountFacts, pension_age_applicable_amount
from .housing import TENURE_CODES, rent_free_weeks
from .housing_benefit import (HousingBenefitCalculation, NonDependants, housing_benefit, lha_category,
                              size_criteria_bedrooms, weekly_rent)

# Council tax and CTR are worked out in .council_tax_columns; their names are kept importable from here.
__all__ = ["CT_STATUS", "CT_REASONS", "CTR_SCHEMES", "CouncilTaxCalculation", "authority_codes",
           "housing_benefit_for", "housing_benefit_where_due", "council_tax_for", "pension_age_ctr_income",
           "weekly_unearned_income", "lodger_income_weekly", "mixed_age_protected", "additional_earnings_disregard",
           "severe_disability_non_dependant", "savings_credit_additional_disregard",
           "savings_credit_lone_parent_disregard", "PENSION_CHILDCARE", "pension_age_childcare_charges",
           "pension_age_ctr_childcare", "FACTS_ASSUMED", "facts_left_open"]

_BORN_BEFORE = np.datetime64("1955-04-01", "D")


def _age(adult, on):
    """Age in years at the end of the assessment period (as UC reckons it),
    at most 120: an adult older by date of birth is the row's error
    (:func:`.household_total.adults_out_of_range`, the same day), which the
    engines' own bound must not pre-empt for the whole caseload."""
    end = period_end(as_day(on))
    dob = np.asarray(adult.date_of_birth, "datetime64[D]")
    known = ~np.isnat(dob)
    by_dob = np.minimum(years_between(np.where(known, dob, end), end), 120)
    return np.where(adult.present, np.where(known, by_dob, adult.age), 0)


def _pensionable_before_2021(adult, on):
    """Reached pensionable age before 1 April 2021 (SI 2006/214 Sch 3 para 1
    and SI 2012/2885 Sch 2 para 1: the higher personal allowance): born
    before 1 April 1955 (pensionable age 66 for births from 6 October 1954,
    Pensions Act 1995 Sch 4 as amended by Pensions Act 2011 s 1, reached by 31
    March 2021 for births to 31 March 1955; earlier births reached it
    earlier). Given by age only: where even the latest birth that age allows
    at the end of the assessment period is before then."""
    dob = np.asarray(adult.date_of_birth, "datetime64[D]")
    known = ~np.isnat(dob)
    end = period_end(as_day(on))
    if np.any(np.asarray(adult.present) & ~known):
        m = end.astype("datetime64[M]")
        y = m.astype("datetime64[Y]").astype(np.int64) + 1970
        md = (m.astype(np.int64) % 12 + 1) * 100 + (end - m.astype("datetime64[D]")).astype(np.int64) + 1
        by_age = (y - np.asarray(adult.age)) * 10000 + md < 19550401
    else:  # every adult given by date of birth: the calendar is not needed (the same shape)
        by_age = np.broadcast_to(False, np.broadcast_shapes(np.shape(end), np.shape(adult.age)))
    return np.asarray(adult.present) & np.where(known, dob < _BORN_BEFORE, by_age)


def _non_dependants(h) -> NonDependants:
    def stack(fact):
        return np.stack(np.broadcast_arrays(*[np.asarray(getattr(h, f"nd{k}_{fact}")) for k in range(1, 5)]), axis=-1)

    return NonDependants(age=stack("age"), gross_weekly_income=stack("income"), remunerative_work=stack("work"),
                         exempt=stack("hb_exempt"))


def severe_disability_non_dependant(h):
    """Whether a non-dependant bars the severe disability addition or premium
    [bool a benefit unit]: one aged 18 or over normally residing with the
    claimant, other than one in receipt of attendance allowance, DLA care at
    the middle or highest rate or PIP daily living (the "disability_benefit"
    exemption, ``nd{k}_sdp_exempt``), whose presence is ignored. SI 2002/1792
    Sch I para 1(1)(a)(ii), (b)(ii), (c)(iii) ("no person who has attained the
    age of 18 is normally residing with" the claimant "other than a person to
    whom paragraph 2 applies") and para 2(2)(a); SI 2006/214 Sch 3 para
    6(2)(a)(ii), (b)(iii), (6)(a); SI 2012/2885 Sch 2 para 6(2)(a)(ii),
    (b)(iii), (6)(a) (all read). A blind non-dependant (para 2(2)(b), 6(6)(b))
    cannot be said: the household does not hold it. ``h``: the housing
    columns."""
    return sum((np.asarray(getattr(h, f"nd{k}_age")) >= 18) & ~np.asarray(getattr(h, f"nd{k}_sdp_exempt"), bool)
               for k in range(1, 5)) > 0


def mixed_age_protected(bu: BenefitUnitColumns, spa):
    """Whether each benefit unit is a mixed-age couple (one member over the
    qualifying age for Pension Credit, one under: SI 2019/37 art 2(2)(a))
    whose saving of SI 2019/37 art 4 holds (the household's
    ``mixed_age_protected``: entitled as that couple to Pension Credit or
    pension-age Housing Benefit on 14 May 2019, and since): Pension Credit,
    pension-age Housing Benefit and the pension-age Council Tax Reduction
    instead of Universal Credit. ``spa``: each adult has reached the
    qualifying age. The fact means nothing for a couple not of mixed age on
    the day (both under it, or both over)."""
    spa1, spa2 = spa
    return (np.asarray(bu.couple) & np.asarray(bu.mixed_age_protected, dtype=bool)
            & (np.asarray(spa1) != (np.asarray(spa2) & np.asarray(bu.adult2.present))))


def additional_earnings_disregard(bu: BenefitUnitColumns, *, on, disabled_each, children):
    """Who meets the conditions of the £17.10 additional earnings disregard
    (SI 2006/214 Sch 4 para 9(2)(b); SI 2012/2885 Sch 4 para 10(2)(b); SI
    2006/213 Sch 4 para 17(2)(b); all read), from each adult's ``work_hours_weekly`` (-1: not given, which
    meets none of them). Returns ``(met, couple_16_hours, hours_missing)``:

    - ``met``: the claimant or partner is 25 or over and works 30 hours a
      week or more (b)(i); a lone parent works 16 or more (b)(iii); or the
      claimant or partner works 16 or more and meets the disability
      disregard (para 5(1)) themselves (b)(iv) (``disabled_each``, one flag an
      adult; at working age pass the disability premium's condition instead,
      para 17(2)(b)(iv): the premium in the applicable amount);
    - ``couple_16_hours``: one of a couple works 16 or more, which meets
      (b)(ii) with a family premium (HB) or a child in the family (CTR);
    - ``hours_missing``: an adult with earnings whose hours are not given
      (the sheet says the disregard was not tested).

    ``children``: how many children and young persons are in the family."""
    a1, a2 = bu.adult1, bu.adult2
    two = np.asarray(a2.present)
    h1, h2 = np.asarray(a1.work_hours_weekly), np.where(two, np.asarray(a2.work_hours_weekly), -1)
    d1, d2 = disabled_each
    thirty = ((h1 >= 30) & (_age(a1, on) >= 25)) | ((h2 >= 30) & (_age(a2, on) >= 25))
    sixteen = (h1 >= 16) | (h2 >= 16)
    lone = ~np.asarray(bu.couple) & (np.asarray(children) > 0)
    disabled16 = ((h1 >= 16) & np.asarray(d1)) | ((h2 >= 16) & two & np.asarray(d2))
    earns = [(np.asarray(a.monthly_earnings) > 0) | (np.asarray(a.gross_monthly_earnings) > 0) for a in (a1, a2)]
    missing = (earns[0] & (h1 < 0)) | (two & earns[1] & (np.asarray(a2.work_hours_weekly) < 0))
    return thirty | (lone & sixteen) | disabled16, np.asarray(bu.couple) & sixteen, missing


#: Each pension-age scheme's relevant childcare charges (all read 2026-12-07): the rule table of its £175 / £300 limit,
#: and whether a child with DLA or PIP of any kind (or blind) is disabled, which extends the age limit to the 16th
#: birthday's September (SI 2006/214 reg 31(13): "disability living allowance is payable", "personal independence
#: payment is payable"; SSI 2012/319 reg 29(14) the same), or only one with attendance allowance or the DLA care
#: component, PIP daily living, or blind (SI 2012/2885 Sch 1 para 25(13); WSI 2013/3029 Sch 1 para 19(14)).
PENSION_CHILDCARE = {"hb": ("housing_benefit.childcare_charges_limit", True),
                     "england": ("ctr.england.childcare_charges_limit", False),
                     "wales_pension": ("ctr.wales_pension.childcare_charges_limit", False),
                     "scotland_pension": ("ctr.scotland_pension.childcare_charges_limit", True)}


def pension_age_childcare_charges(bu: BenefitUnitColumns, *, on, tables: Tables, children, scheme: str = "hb"):
    """The relevant childcare charges a pension-age scheme (``scheme``, a key
    of :data:`PENSION_CHILDCARE`) lets be deducted [pence/week, at most £175
    for one child or £300 for more, before the cap at the earnings], and
    whether the household's facts leave them open: ``(charges, open)``,
    scalars for one household. :func:`.childcare.relevant_childcare_charges`
    with the scheme's limit and disabled child, and a partner aged 80 or more
    incapacitated (SI 2006/214 reg 31(11)(a), "he is aged not less than 80";
    SI 2012/2885 Sch 1 para 25(10)(a); WSI 2013/3029 Sch 1 para 19(11)(a);
    SSI 2012/319 reg 29(11)(a)). An adult "has earnings" where either
    earnings figure is given above nil. ``children``: the children counted
    (:class:`~entitlements.columns.ChildColumns`, masked). Rows on a day the
    scheme's table does not cover get nil (the scheme's own figures are not
    shipped for that day either)."""
    from .childcare import relevant_childcare_charges

    costs = np.asarray(bu.childcare_costs_monthly)
    scalar = np.ndim(bu.couple) == 0
    n = 1 if scalar else len(bu.couple)
    if not np.any(costs > 0):
        return (0, False) if scalar else (np.zeros(n, np.int64), np.zeros(n, bool))
    a1, a2 = bu.adult1, bu.adult2
    two = np.broadcast_to(np.asarray(a2.present), (n,))

    def earns(a):
        return np.broadcast_to((np.asarray(a.monthly_earnings) > 0) | (np.asarray(a.gross_monthly_earnings) > 0), (n,))

    m1, m2 = earns(a1).astype(np.int64), (two & earns(a2)).astype(np.int64)
    couple = np.broadcast_to(np.asarray(bu.couple), (n,))
    kids = np.broadcast_to(count_children(np.asarray(children.present)), (n,))
    aged_80 = (np.broadcast_to(_age(a1, on) >= 80, (n,)), two & (_age(a2, on) >= 80))
    table, any_award = PENSION_CHILDCARE[scheme]
    days = np.broadcast_to(as_day(on), (n,))
    with_kids = attrs.evolve(bu, children=children)

    def work_out(rows, day):
        return relevant_childcare_charges(with_kids, n, rows, days, couple[rows], kids[rows], m1[rows], m2[rows],
                                          on=day, tables=tables, table=table, disabled_by_any_award=any_award,
                                          incapacitated=aged_80)

    charges, open_ = np.zeros(n, np.int64), np.zeros(n, bool)
    for day in np.unique(days):  # a day at a time: a caseload's days may fall either side of a table's first row
        rows = days == day
        try:
            charges[rows], open_[rows] = work_out(rows, day.astype(object))
        except NoRowInForce:
            continue
    return (int(charges[0]), bool(open_[0])) if scalar else (charges, open_)


#: The facts a household leaves open that a means test then takes as not met, by code (since 2026-12-07): a
#: caseload's ``facts_assumed`` column names them, its summary counts them (entitlements.caseload), and the one
#: household's estimate says them as caveats, as its working sheet says "check needed" (entitlements.explain_hb_ctr).
FACTS_ASSUMED = {
    "hours_not_given": "additional earnings disregard not applied",
    "childcare_conditions_open": "childcare charges taken off only as far as the facts given allow",
}


def facts_left_open(bu: BenefitUnitColumns, hb: HousingBenefitCalculation, ctax: CouncilTaxCalculation,
                    pension_credit, universal_credit, *, on, tables: Tables, disabled_each, children):
    """Which benefit units' Housing Benefit or Council Tax Reduction rests on
    a fact the household does not give, taken as not met: ``(hours_not_given,
    childcare_conditions_open)``, a bool a row (:data:`FACTS_ASSUMED`).

    - ``hours_not_given``: an adult with earnings has no ``work_hours_weekly``,
      no adult's hours given meet a condition of the £17.10 additional earnings
      disregard (:func:`additional_earnings_disregard`: SI 2006/214 Sch 4 para
      9(2)(b); SI 2012/2885 Sch 4 para 10(2)(b); WSI 2013/3029 Sch 3 para
      10(2)(b) and Sch 8 para 18(2); SSI 2012/319 Sch 2 para 10(2)(b); SSI
      2021/249 Sch 3 para 15(2); SI 2006/213 Sch 4 para 17(2)(b)), so it was
      not applied, and a means test that has it counted the earnings: Housing
      Benefit worked out without a passport (assessed, income too high or
      under the 50p minimum), or Council Tax Reduction worked out by a
      pensioners' scheme without guarantee credit, or by the Welsh or
      Scottish working-age scheme without Universal Credit. The earnings may
      also fall short of the disregards and the £17.10 together (para 9(3)):
      then the hours change nothing, but the row is still named.
    - ``childcare_conditions_open``: at pension age, relevant childcare
      charges whose conditions the facts leave open
      (:func:`pension_age_childcare_charges`'s ``open``: hours not given, a
      partner blind or with limited capability for work but no qualifying
      benefit, more children paid for than are under the age limit), for
      Housing Benefit worked out without a passport or a pensioners' CTR
      scheme without guarantee credit. (The Welsh working-age scheme's like
      case is already "check_needed": ``ctr_status``.)

    ``pension_credit``: the calculation; ``universal_credit``: the award
    payable [pence/month]; ``disabled_each``: each adult's disability
    disregard (as for :func:`additional_earnings_disregard`); ``children``:
    the children counted (masked)."""
    from .council_tax_columns import nation_codes

    kids = count_children(np.asarray(children.present))
    met, couple16, missing = additional_earnings_disregard(bu, on=on, disabled_each=disabled_each, children=kids)
    reason = np.asarray(hb.reason)
    hb_tested = (np.asarray(hb.scheme) > 0) & ~np.asarray(hb.passported, bool) & np.isin(reason, (0, 5, 6))
    scheme = np.asarray(ctax.ctr_scheme)
    calculated = np.asarray(ctax.ctr_status) == 1
    gc = np.asarray(pension_credit.guarantee_credit) > 0
    pension_ctr = calculated & np.isin(scheme, [CTR_SCHEMES.index(k) for k in PENSION_CHILDCARE if k != "hb"]) & ~gc
    working_ctr = (calculated & np.isin(scheme, [CTR_SCHEMES.index(k) for k in ("wales_working_age", "scotland_working_age")])
                   & ~(np.asarray(universal_credit) > 0))
    hours = np.asarray(missing) & ~(np.asarray(met) | (np.asarray(couple16) & (kids > 0))) \
        & (hb_tested | pension_ctr | working_ctr)
    hb_pension = hb_tested & (np.asarray(hb.scheme) == 1)
    costs = np.asarray(bu.childcare_costs_monthly) > 0
    if not np.any(costs & (hb_pension | pension_ctr)):
        return hours, np.zeros(np.shape(hours), bool)
    nation = nation_codes(bu)
    shape = np.broadcast_shapes(np.shape(hours), np.shape(costs), np.shape(hb_pension), np.shape(pension_ctr))
    units = attrs.evolve(bu, children=children)
    pick, days = ..., on  # one household: itself
    if shape:  # a caseload: the rows the charges can be open on alone (the others are not worked out again)
        pick = np.flatnonzero(np.broadcast_to(costs & (hb_pension | pension_ctr), shape))
        units = select(units, pick)
        days = np.broadcast_to(np.asarray(on), shape)[pick] if np.ndim(on) else on

    def at(x):
        return np.broadcast_to(np.asarray(x, bool), shape)[pick]

    def open_on(scheme):
        return np.asarray(pension_age_childcare_charges(units, on=days, tables=tables, children=units.children,
                                                        scheme=scheme)[1], bool)

    found = np.zeros(shape, bool)
    if np.any(at(hb_pension)):
        found[pick] = open_on("hb") & at(hb_pension)
    for code, name in enumerate(("england", "wales_pension", "scotland_pension")):
        mine = at(pension_ctr & (nation == code))
        if np.any(mine):
            found[pick] = found[pick] | (open_on(name) & mine)
    return hours, found


def _lha_weekly(brma, category, use, *, on, tables: Tables):
    """The weekly LHA for the rows in ``use`` (private renters at pension age
    naming an area), -1 elsewhere: SI 2006/214 regs 12D, 13D."""
    from .lha import brma_names, lha_rate

    use = np.asarray(use)
    if not use.any():
        return np.where(use, 0, -1)
    names = np.array(brma_names(), dtype=object)
    schedule = tables.schedule("lha")
    if use.ndim == 0:
        return lha_rate(names[int(brma)], int(category), on=on, schedule=schedule)
    out = np.full(use.shape, -1, dtype=np.int64)
    days = np.broadcast_to(as_day(on), use.shape)
    brma, category = np.broadcast_to(brma, use.shape), np.broadcast_to(category, use.shape)
    key = np.asarray(brma, np.int64) * 8 + np.asarray(category, np.int64)
    for day in np.unique(days[use]):
        rows = use & (days == day)
        # Each area and category once, then spread over the rows.
        uniq, inverse = np.unique(key[rows], return_inverse=True)
        try:
            rates = lha_rate(names[uniq // 8], uniq % 8, on=day.astype(object), schedule=schedule)
        except NoRowInForce as e:
            e.rows = rows
            raise
        out[rows] = np.asarray(rates, np.int64)[inverse]
    return out


def _cut(v, rows, n):
    """An argument cut to ``rows`` where it has one entry a benefit unit."""
    if attrs.has(type(v)):
        return attrs.evolve(v, **{f.name: _cut(getattr(v, f.name), rows, n) for f in attrs.fields(type(v))})
    if isinstance(v, tuple):
        return tuple(_cut(x, rows, n) for x in v)
    return v[rows] if isinstance(v, np.ndarray) and v.ndim and v.shape[0] == n else v


def _spread(part, rows, n, nil: int):
    """A result for ``rows`` laid into ``n`` rows of ``nil`` (the same classes)."""
    if attrs.has(type(part)):
        return type(part)(**{f.name: _spread(getattr(part, f.name), rows, n, nil) for f in attrs.fields(type(part))})
    a = np.asarray(part)
    out = np.full(n, nil, dtype=a.dtype)
    out[rows] = a
    return out


def housing_benefit_where_due(bu: BenefitUnitColumns, *, on, tables: Tables, spa, universal_credit, **facts):
    """:func:`housing_benefit_for` for the benefit units a Housing Benefit
    scheme can pay (a rented home, and pension age or temporary or specified
    accommodation); the rest get nil, with the reason (UC instead, or no
    rent), and read no rule table. Keywords as :func:`housing_benefit_for`."""
    from .housing_benefit import HB_REASONS, hb_scheme

    h = bu.housing
    spa1, spa2 = spa
    tenure = np.asarray(h.tenure)
    rented = ((tenure == TENURE_CODES["social_rent"]) | (tenure == TENURE_CODES["private_rent"])
              | (tenure == TENURE_CODES["supported_or_temporary"])) & (np.asarray(h.rent) > 0)
    all_over = np.where(bu.couple, spa1 & spa2, spa1) | mixed_age_protected(bu, spa)
    uc = ~all_over & (np.asarray(universal_credit) > 0)
    scheme = hb_scheme(bu.couple, spa1, np.asarray(spa2) & np.asarray(bu.adult2.present), np.asarray(h.accommodation),
                       universal_credit=uc, mixed_age_protected=np.asarray(bu.mixed_age_protected, dtype=bool))
    need = rented & (np.asarray(scheme) > 0)
    if np.ndim(need) == 0 and need:
        return housing_benefit_for(bu, on=on, tables=tables, spa=spa, universal_credit=universal_credit, **facts)
    n = 1 if np.ndim(need) == 0 else need.shape[0]
    reason = np.where(np.asarray(scheme) == 0, HB_REASONS.index("universal_credit_instead"), HB_REASONS.index("no_eligible_rent"))
    if np.ndim(need) and need.any():
        rows = np.flatnonzero(need)
        cut = {k: _cut(v, rows, n) for k, v in facts.items()}
        part = housing_benefit_for(select(bu, rows), on=_cut(np.asarray(on) if isinstance(on, np.ndarray) else on, rows, n),
                                   tables=tables, spa=_cut(spa, rows, n), universal_credit=_cut(universal_credit, rows, n), **cut)
        out = _spread(part, rows, n, 0)
        return attrs.evolve(out, reason=np.where(need, out.reason, reason), scheme=np.where(need, out.scheme, scheme))
    zero = np.zeros(np.shape(need), np.int64) if np.ndim(need) else 0
    from .hb_applicable_amount import ApplicableAmount

    amount = ApplicableAmount(**{f.name: zero for f in attrs.fields(ApplicableAmount)})
    fields = {f.name: zero for f in attrs.fields(HousingBenefitCalculation) if f.name not in ("applicable_amount", "passported")}
    fields.update(reason=reason if np.ndim(need) else int(reason), scheme=scheme)
    return HousingBenefitCalculation(applicable_amount=amount, passported=np.zeros(np.shape(need), bool) if np.ndim(need) else False,
                                     **fields)


def weekly_unearned_income(bu: BenefitUnitColumns, carers_allowance_paid, *, on, tables: Tables, lodger=True):
    """Income other than earnings that Housing Benefit and CTR count
    [pence/week]: State Pension and other pensions, Carer's Allowance paid,
    new-style ESA and JSA, other income (a month x 12 / 52), and a lodger's
    payments after Housing Benefit's disregard (:func:`lodger_income_weekly`);
    ``lodger=False`` leaves them out (the pension-age CTR schemes add them
    with their own tables: :mod:`.council_tax_columns`).
    Disability benefits and Child Benefit are disregarded (SI 2006/214
    Sch 5)."""
    two = np.asarray(bu.adult2.present)
    return (carers_allowance_paid[0] + np.where(two, carers_allowance_paid[1], 0)
            + sum(np.where(a.present, a.state_pension_weekly + a.pension_income_weekly + a.new_style_esa_weekly
                           + a.new_style_jsa_weekly + _weekly(a.other_unearned_income_monthly), 0)
                  for a in (bu.adult1, bu.adult2))
            + (lodger_income_weekly(bu, on=on, tables=tables) if lodger else 0))


def lodger_income_weekly(bu: BenefitUnitColumns, *, on, tables: Tables, benefit="housing_benefit", always=False):
    """A lodger's weekly payment counted as income [pence/week]
    (``Housing.lodger_payment_weekly``, ``lodger_board``), after the
    disregard of :func:`.means_test.lodger_income`: Housing Benefit at either
    age (SI 2006/214 reg 29(1)(p), (v), Sch 5 paras 9-10; SI 2006/213 Sch 5
    paras 22, 42), the pension-age CTR schemes (SI 2012/2885 Sch 5 paras
    9-10; WSI 2013/3029 Sch 4 paras 9-10; SSI 2012/319 Sch 3 paras 8-9) and
    Wales's working-age scheme (WSI 2013/3029 Sch 9 paras 26-27), which
    word it alike; each CTR scheme with its own tables (``benefit``
    "ctr.<scheme>", ``ctr.<scheme>.lodger_disregards``); Pension
    Credit with ``benefit="pension_credit"`` (SI 2002/1792 reg 15(5)(e),
    (i), Sch IV paras 8-9). Nil without a lodger. ``always``: read the
    tables even where no row has a lodger (Pension Credit's, which every
    pension-age household reads, so that a gain names the same rates on both
    paths: a caseload's names every table of the benefit); otherwise they
    are read only where some row has a lodger (Housing Benefit's tables are
    named for renters only, so the CTR schemes, which owners claim too, read
    their own)."""
    from .means_test import lodger_income

    h = bu.housing
    payment = np.asarray(h.lodger_payment_weekly, np.int64)
    if not always and not np.any(payment > 0):
        return payment * 0 if np.ndim(payment) else 0
    return lodger_income(payment, np.asarray(h.lodger_board, bool), on=on, tables=tables, benefit=benefit)


def savings_credit_additional_disregard(bu: BenefitUnitColumns, *, on, tables: Tables, pension_credit, earned_monthly,
                                        disabled_or_carer, additional, weekly_childcare_charges=0):
    """With savings credit only, the £17.10 additional earnings disregard
    the pensioners' CTR schemes take off the Secretary of State's income
    [pence/week]: SI 2012/2885 Sch 1 para 14(2)(d) ("any amount to be
    disregarded by virtue of paragraph 10(1) of Schedule 4"), WSI 2013/3029
    Sch 1 para 8(2)(d) (paragraph 10(1) of Schedule 3), SSI 2012/319 reg
    25(2)(d) (paragraph 10(1) of Schedule 2), all read 2026-12-07, where
    ``additional`` (the para 10(2) conditions) is met and the earnings reach
    the disregards, the childcare charges deducted
    (``weekly_childcare_charges``, para 10(3)(b)) and £17.10; nil on other
    rows."""
    from .housing_benefit import earnings_disregard

    pc = pension_credit
    savings_only = (np.asarray(pc.guarantee_credit) == 0) & (np.asarray(pc.savings_credit) > 0)
    earnings = _weekly(earned_monthly)
    if not np.any(savings_only & (earnings > 0) & np.asarray(additional)):
        return np.zeros(np.shape(savings_only), np.int64) if np.ndim(savings_only) else 0
    lone = ~np.asarray(bu.couple) & (count_children(np.asarray(bu.children.present)) > 0)
    more = (earnings_disregard(earnings, bu.couple, lone, disabled_or_carer, additional, on=on, tables=tables,
                               weekly_childcare_charges=weekly_childcare_charges)
            - earnings_disregard(earnings, bu.couple, lone, disabled_or_carer, False, on=on, tables=tables))
    return np.where(savings_only, more, 0)


def savings_credit_lone_parent_disregard(bu: BenefitUnitColumns, *, on, tables: Tables, pension_credit, earned_monthly,
                                         children):
    """With savings credit only, the higher disregard of a lone parent's
    earnings the pensioners' CTR schemes take off the Secretary of State's
    income [pence/week]: "the higher amount disregarded under this Schedule
    in respect of (i) lone parent's earnings" (SI 2012/2885 Sch 1 para
    14(2)(c)(i); WSI 2013/3029 Sch 1 para 8(2)(c)(i), "y swm uchaf a
    ddiystyrir o dan gynllun awdurdod mewn perthynas ag (i) enillion unig
    riant"; SSI 2012/319 reg 25(2)(c)(i); all read 2026-12-07): each scheme
    disregards £25 of a lone parent's earnings (SI 2012/2885 Sch 4 para 2,
    WSI 2013/3029 Sch 3 para 2, SSI 2012/319 Sch 2 para 2, read), Pension
    Credit £20 (SI 2002/1792 Sch VI para 1), so the difference, each at most
    the earnings (the earnings a week as the scheme reckons them: Sch 1 para
    14(3)). ``children``: the children and young persons in the family (a
    count); nil on other rows."""
    from .housing_benefit import _lone_parent_more

    pc = pension_credit
    savings_only = (np.asarray(pc.guarantee_credit) == 0) & (np.asarray(pc.savings_credit) > 0)
    lone = savings_only & ~np.asarray(bu.couple) & (np.asarray(children) > 0)
    earnings = _weekly(earned_monthly)
    if not np.any(lone & (earnings > 0)):
        return np.zeros(np.shape(lone), np.int64) if np.ndim(lone) else 0
    base = np.minimum(earnings, tables.at("housing_benefit.earnings_disregard", table_on(on))["lone_parent"])
    return _lone_parent_more(earnings, lone, base, on, tables)


def pension_age_ctr_childcare(bu: BenefitUnitColumns, *, on, tables: Tables, pension_credit, earned_monthly,
                              disabled_or_carer, additional=False, weekly_childcare_charges=0):
    """The relevant childcare charges a pension-age CTR scheme takes off
    the income [pence/week]: ``weekly_childcare_charges`` (the charges its
    rules let be deducted, :func:`pension_age_childcare_charges`), at most
    the earnings left after the earnings disregards (SI 2012/2885 Sch 1 para
    24(1)(c), "from any earnings which form part of the average weekly
    income"; WSI 2013/3029 Sch 1 para 18(1)(c); SSI 2012/319 reg 28(1)(c);
    the disregards with the £17.10 where the earnings reach the disregards,
    the charges and £17.10, Sch 4 para 10(3)(b) and its twins). With savings
    credit only the same sum comes off the Secretary of State's income (SI
    2012/2885 Sch 1 para 14(2)(b), "in respect of any dependent children of
    the applicant, child care charges taken into account under paragraph
    24(1)(c)", with para 14(3) applying the income rules to work it out; WSI
    2013/3029 Sch 1 para 8(2)(b); SSI 2012/319 reg 25(2)(b)). Nil with
    guarantee credit (all income disregarded)."""
    from .housing_benefit import earnings_disregard

    pc = pension_credit
    charges = np.asarray(weekly_childcare_charges)
    earnings = _weekly(earned_monthly)
    if not np.any((charges > 0) & (earnings > 0)):
        return np.zeros(np.broadcast_shapes(charges.shape, earnings.shape), np.int64) if np.ndim(charges) or np.ndim(
            earnings) else 0
    lone = ~np.asarray(bu.couple) & (count_children(np.asarray(bu.children.present)) > 0)
    disregarded = earnings_disregard(earnings, bu.couple, lone, disabled_or_carer, additional, on=on, tables=tables,
                                     weekly_childcare_charges=charges)
    deducted = np.minimum(charges, np.maximum(earnings - disregarded, 0))
    return np.where(np.asarray(pc.guarantee_credit) > 0, 0, deducted)


def pension_age_ctr_earnings_disregard(bu: BenefitUnitColumns, *, on, tables: Tables, earned_monthly,
                                       disabled_or_carer, additional=False, weekly_childcare_charges=0):
    """The earnings a pension-age CTR scheme disregards where it counts the
    earnings itself (no Pension Credit, or Pension Credit without the savings
    credit only route) [pence/week]: Sch 4 of SI 2012/2885, Sch 3 of WSI
    2013/3029 and Sch 2 of SSI 2012/319, the same amounts as Housing
    Benefit's (:func:`.housing_benefit.earnings_disregard`); nil without
    earnings. What :func:`pension_age_ctr_income` takes off, and what the
    result reports as ``ctr_earnings_disregarded`` on those rows."""
    from .housing_benefit import earnings_disregard

    earnings = _weekly(earned_monthly)
    if not np.any(earnings > 0):
        return earnings * 0
    lone = ~np.asarray(bu.couple) & (count_children(np.asarray(bu.children.present)) > 0)
    return earnings_disregard(earnings, bu.couple, lone, disabled_or_carer, additional, on=on, tables=tables,
                              weekly_childcare_charges=weekly_childcare_charges)


def pension_age_ctr_income(bu: BenefitUnitColumns, *, on, tables: Tables, pension_credit, carers_allowance_paid,
                           earned_monthly, disabled_or_carer, additional=False, income_tax_weekly=0,
                           weekly_childcare_charges=0):
    """The weekly income a pension-age CTR scheme counts before tariff
    income [pence/week]: with savings credit only, the Secretary of State's
    income (Pension Credit's, its deemed income from capital in it) plus the
    savings credit (SI 2012/2885 Sch 1 para 14); otherwise unearned income
    (without a lodger's payments, which each scheme adds with its own
    ``ctr.<scheme>.lodger_*`` tables: :mod:`.council_tax_columns`)
    and earnings less the disregard (Sch 4: the same amounts as Housing
    Benefit's, read only where there are earnings; ``additional``: the
    £17.10 of Sch 4 para 10, see :func:`additional_earnings_disregard`),
    less ``income_tax_weekly``, the income tax on pensions and taxable
    benefits [pence/week] (:mod:`.pension_tax`), which every pension-age
    scheme disregards: SI 2012/2885 Sch 1 para 17(13), WSI 2013/3029 Sch 1
    para 11(13), SSI 2012/319 reg 31(12); and less the relevant childcare
    charges, with or without savings credit (:func:`pension_age_ctr_childcare`,
    from ``weekly_childcare_charges``). Nil with guarantee credit (the
    scheme disregards it all)."""
    pc = pension_credit
    savings_only = (np.asarray(pc.guarantee_credit) == 0) & (np.asarray(pc.savings_credit) > 0)
    earnings = _weekly(earned_monthly) - pension_age_ctr_earnings_disregard(
        bu, on=on, tables=tables, earned_monthly=earned_monthly, disabled_or_carer=disabled_or_carer,
        additional=additional, weekly_childcare_charges=weekly_childcare_charges)
    childcare = pension_age_ctr_childcare(bu, on=on, tables=tables, pension_credit=pc, earned_monthly=earned_monthly,
                                          disabled_or_carer=disabled_or_carer, additional=additional,
                                          weekly_childcare_charges=weekly_childcare_charges)
    income = np.where(savings_only, np.asarray(pc.income) + np.asarray(pc.savings_credit),
                      weekly_unearned_income(bu, carers_allowance_paid, on=on, tables=tables, lodger=False)
                      - income_tax_weekly + earnings) - childcare
    return np.where(np.asarray(pc.guarantee_credit) > 0, 0, income)


def _disability_premium_condition(a):
    """The additional condition of the working-age disability premium met by
    the adult (SI 2006/213 Sch 3 para 13(1)(a), read in its 2006 text:
    attendance allowance, disability living allowance, or registered blind;
    personal independence payment as added later, the amending text not
    read), below the qualifying age for Pension Credit (the 2006 text says
    60). Not the long-term incapacity cases (para 13(1)(b): incapacity
    benefit is not modelled); ESA is not among the benefits para 13(1)(a)
    names."""
    return np.asarray(a.present) & ((np.asarray(a.attendance_allowance) > 0) | (np.asarray(a.dla_care) > 0)
                                    | (np.asarray(a.dla_mobility) > 0) | (np.asarray(a.pip_daily_living) > 0)
                                    | (np.asarray(a.pip_mobility) > 0) | np.asarray(a.blind))


def _enhanced_disability_condition(a, spa):
    """The adult's own condition for the working-age enhanced disability
    premium by an award (SI 2006/213 Sch 3 para 15(1)(b), as substituted by
    SI 2008/1082 reg 23(c), read: the care component of disability living
    allowance payable at the highest rate "in respect of (i) the claimant; or
    (ii) a member of the claimant's family, who" is aged less than 60, later
    "has not attained the qualifying age for state pension credit"; para
    15(1)(c), added by SI 2013/388, read in the revised text: the enhanced
    rate of the daily living component of personal independence payment, with
    the same two persons). A partner is a member of the family; limited
    capability for work does not touch it (para 13(9) is the disability
    premium's alone). Not: armed forces independence payment and Scottish
    disability payments (not given by the household), para 15(2) (patients
    over 52 weeks, not modelled). Children: ``severely_disabled_children``."""
    return np.asarray(a.present) & ~np.asarray(spa) & ((np.asarray(a.dla_care) == 3)
                                                        | (np.asarray(a.pip_daily_living) == 2))


def _by_claimant(a1, a2, two, spa, claimant):
    """The working-age disability premium and support component as the
    claimant decides them (SI 2006/213 Sch 3), for ``claimant`` 1 (adult 1
    claims) or 2 (adult 2, of a couple): ``(disability premium each adult's
    condition gives, support component, main phase ESA)``.

    Disability premium: para 12 (the claimant's para 13(1)(a) condition, or
    the partner's, each under the qualifying age), but para 13(9) (inserted
    by SI 2008/1082 reg 23(b), read): "The claimant is not entitled to the
    disability premium if the claimant has, or is treated as having, limited
    capability for work": the claimant's LCW (or LCWRA, which includes it)
    bars it, the partner's does not.

    Support component: para 21(1) (as amended by SI 2017/204, read in the
    revised text: a claim for ESA by "the claimant or the claimant's
    partner", the Secretary of State's determination that either has LCWRA,
    the assessment phase ended or ESA Regs reg 7 applying, which an award of
    new-style ESA with the support component shows) and para 24 (SI 2008/1082
    reg 23(d), read: "the claimant or, where the claimant is a member of a
    couple, the claimant's partner"); none where the claimant is entitled to
    the disability premium (para 22). With it, the adult enhanced disability
    premium (para 15(1)(a), SI 2008/1082 reg 23(c), read: "the claimant's
    applicable amount includes the support component") and, where the
    claimant's own ESA has it, the main phase ESA personal allowance (para
    1; SI 2008/1082 reg 5(2)(f), read). Not given: the work-related activity
    component (para 23, only in cases saved by SI 2017/204 Sch 2) and LCW
    without an ESA award that shows the group."""
    def lcw(a):
        return np.asarray(a.lcw) | np.asarray(a.lcwra)

    def group(a):
        return (np.asarray(a.new_style_esa_weekly) > 0) & np.asarray(a.lcwra) & np.asarray(a.esa_support_component)

    spa1, spa2 = spa
    second = two & (np.asarray(claimant) == 2)
    barred = np.where(second, lcw(a2), lcw(a1))
    dp_each = (_disability_premium_condition(a1) & ~np.asarray(spa1) & ~barred,
               two & _disability_premium_condition(a2) & ~np.asarray(spa2) & ~barred)
    component = np.asarray(a1.present) & (group(a1) | (two & group(a2))) & ~(dp_each[0] | dp_each[1])
    return dp_each, component, component & np.where(second, group(a2), group(a1))


def _open_couples(a1, a2, two):
    """Couples for whom which of them claims can change the working-age
    premiums (:func:`_by_claimant`): one alone has limited capability for
    work, or one alone is in the ESA support group."""
    def lcw(a):
        return np.asarray(a.lcw) | np.asarray(a.lcwra)

    def group(a):
        return (np.asarray(a.new_style_esa_weekly) > 0) & np.asarray(a.lcwra) & np.asarray(a.esa_support_component)

    return two & ((lcw(a1) != lcw(a2)) | (group(a1) != group(a2)))


def _settled(first: HousingBenefitCalculation, second: HousingBenefitCalculation, applicant, open_couple):
    """Housing Benefit as the household's ``applicant`` (0 not given, 1, 2)
    claims: ``first`` as adult 1 would get it, ``second`` as adult 2. Not
    given, for a couple (``open_couple``) whose two claims give different
    awards: check needed (reason ``applicant_not_given``), the award, the
    applicable amount, the excess income and the taper nil, never one of the
    two figures taken silently. Where both claims give the same award, the
    first claim's figures are shown."""
    from .housing_benefit import HB_REASONS

    scalar = np.ndim(first.award) == 0 and np.ndim(applicant) == 0
    code = np.asarray(applicant)
    take2 = open_couple & (code == 2)
    unsure = open_couple & (code == 0) & (np.asarray(first.award) != np.asarray(second.award))

    def pick(x, y, nil):
        if attrs.has(type(x)):
            return type(x)(**{f.name: pick(getattr(x, f.name), getattr(y, f.name), nil) for f in attrs.fields(type(x))})
        v = np.where(take2, y, x)
        v = np.where(unsure, 0, v) if nil else v
        return v.item() if scalar else v

    out = pick(first, second, False)
    nil = {f: pick(getattr(first, f), getattr(second, f), True) for f in
           ("award", "applicable_amount", "excess_income", "taper_deduction")}
    reason = np.where(unsure, HB_REASONS.index("applicant_not_given"), np.asarray(out.reason))
    return attrs.evolve(out, reason=reason.item() if scalar else reason, **nil)


def _pension_age_lha(bu: BenefitUnitColumns, bedrooms, base: ApplicableAmountFacts, all_over, private, *, on,
                     tables: Tables):
    """The weekly local housing allowance that caps a private renter's
    eligible rent under the pension-age scheme (SI 2006/214 regs 12D,
    13D): the BRMA's rate for the size criteria's category, or the rate
    given; -1 where the home is not privately rented [pence/week]."""
    h = bu.housing
    # SI 2006/214 reg 13D(3) closing words: a room for one who cannot share only where the home has it. A lodger is
    # an occupier (reg 13D(12)) and so has a bedroom (reg 13D(3)(b)).
    rooms = size_criteria_bedrooms(bedrooms, h.cannot_share_bedrooms, h.bedrooms,
                                   (np.asarray(h.lodger_payment_weekly) > 0).astype(np.int64))
    # Reg 13D(2)(a)-(b): one bedroom without the exclusive use of two rooms, or of a room with a bathroom, toilet and
    # kitchen, is the shared accommodation rate (category 0), unless the severe disability premium (Sch 3 para 6)
    # applies to the claimant or partner.
    sdp = np.asarray(pension_age_applicable_amount(bu.couple, False, base, on=on, tables=tables)
                     .severe_disability_premium) > 0
    shared = all_over & private & ~np.asarray(h.self_contained, bool) & (rooms <= 1) & ~sdp
    category = np.where(shared, 0, lha_category(np.maximum(rooms, 1)))
    lha = _lha_weekly(h.brma, category, all_over & private & (np.asarray(h.brma) >= 0), on=on, tables=tables)
    given = np.asarray(h.lha_rate_monthly)
    lha = np.where(private & (np.asarray(h.brma) < 0) & (given >= 0), _weekly(np.maximum(given, 0)), lha)
    return np.where(private, lha, -1)


def housing_benefit_for(bu: BenefitUnitColumns, *, on, tables: Tables, spa, universal_credit, pension_credit,
                        carers_allowance_entitled, carers_allowance_paid, earned_monthly, bedrooms,
                        disabled_for_disregard, qualifying_benefit, children,
                        disabled_each=None, income_tax_weekly=0) -> HousingBenefitCalculation:
    """Housing Benefit for a benefit week beginning in the assessment period
    [pence/week], with the facts the household holds (see the module notes).

    ``universal_credit`` is the award (pence a month, nil where not payable);
    ``pension_credit`` the :class:`~.pension_credit.PensionCreditCalculation`;
    ``bedrooms`` the size-criteria bedrooms as UC counts them (Housing
    Benefit's proviso for a room for one who cannot share is applied here:
    :func:`.housing_benefit.size_criteria_bedrooms`);
    ``children`` :class:`~entitlements.columns.ChildColumns` masked to the
    children and qualifying young persons counted; ``disabled_each`` each
    adult's disability disregard (Sch 4 para 5(1)), for the additional
    earnings disregard (default: ``disabled_for_disregard`` for both);
    ``income_tax_weekly`` the income tax on pensions and taxable benefits
    [pence/week] (:mod:`.pension_tax`), disregarded by both schemes: the
    pension-age one (SI 2006/214 reg 33(12)) and the working-age one in
    temporary or specified accommodation (SI 2006/213 Sch 5 para 1, read
    2026-12-07: "Any amount paid by way of tax on income which is to be
    taken into account under regulation 40"); with Universal Credit the
    working-age claimant's whole income is disregarded (passported), so the
    tax then changes nothing."""
    a1, a2 = bu.adult1, bu.adult2
    two = np.asarray(a2.present)
    h = bu.housing
    spa1, spa2 = spa
    tenure = np.asarray(h.tenure)
    rented = (tenure == TENURE_CODES["social_rent"]) | (tenure == TENURE_CODES["private_rent"]) \
        | (tenure == TENURE_CODES["supported_or_temporary"])
    rent = np.where(rented, weekly_rent(h.rent, h.rent_period), 0)
    protected = mixed_age_protected(bu, spa)
    all_over = np.where(bu.couple, spa1 & spa2, spa1) | protected  # the pension-age scheme applies
    private = tenure == TENURE_CODES["private_rent"]
    pc = pension_credit
    gc = all_over & (np.asarray(pc.guarantee_credit) > 0)
    savings_only = all_over & ~gc & (np.asarray(pc.savings_credit) > 0)
    earnings = _weekly(earned_monthly)
    other = weekly_unearned_income(bu, carers_allowance_paid, on=on, tables=tables) - income_tax_weekly
    blind_or_care = sum(np.asarray(a.present & (a.blind | (a.attendance_allowance > 0) | (a.dla_care > 0)
                                                | (a.pip_daily_living > 0))) for a in (a1, a2)) > 0
    kids = np.asarray(children.present)
    base = ApplicableAmountFacts(
        children=count_children(kids),
        disabled_children=count_children(kids & (np.asarray(children.disabled_child_rate) > 0)),
        severely_disabled_children=count_children(kids & ((np.asarray(children.dla_care) == 3)
                                                          | (np.asarray(children.pip_daily_living) == 2))),
        qualifying_benefit1=qualifying_benefit[0], qualifying_benefit2=qualifying_benefit[1],
        blind1=np.asarray(a1.blind), blind2=two & np.asarray(a2.blind),
        carer_paid_for1=np.asarray(a1.present) & np.asarray(a1.carer_paid_for),
        carer_paid_for2=two & np.asarray(a2.carer_paid_for),
        carers_allowance1=np.asarray(carers_allowance_entitled[0]) > 0,
        carers_allowance2=two & (np.asarray(carers_allowance_entitled[1]) > 0),
        non_dependant=severe_disability_non_dependant(h),
    )
    lha = _pension_age_lha(bu, bedrooms, base, all_over, private, on=on, tables=tables)
    # Sch 3 para 15(1)(b)-(c) (DLA care highest, PIP daily living enhanced, for the claimant or partner under the
    # qualifying age for state pension credit); para 20(9)(b)-(c) the amount. (a), the support component, by claim.
    edp_own = _enhanced_disability_condition(a1, spa1) | (two & _enhanced_disability_condition(a2, spa2))
    each = disabled_each if disabled_each is not None else (disabled_for_disregard, disabled_for_disregard)
    additional, couple16, _ = additional_earnings_disregard(bu, on=on, disabled_each=each, children=base.children)
    # SI 2006/214 regs 30(1)(c), 31 (with savings credit only, reg 27(4)(b)): pension age only.
    childcare, _ = pension_age_childcare_charges(bu, on=on, tables=tables, children=children, scheme="hb")
    common = dict(
        accommodation=np.asarray(h.accommodation), weekly_lha_rate=lha, mixed_age_protected=protected,
        guarantee_credit=gc, weekly_savings_credit=np.where(savings_only, pc.savings_credit, 0),
        universal_credit=~all_over & (np.asarray(universal_credit) > 0),
        weekly_income=np.where(savings_only, pc.income, other), weekly_earnings=earnings,
        capital=bu.capital, age1=np.maximum(_age(a1, on), 16), age2=np.where(two, np.maximum(_age(a2, on), 16), 0),
        pensionable_age_before_april_2021=_pensionable_before_2021(a1, on) | (two & _pensionable_before_2021(a2, on)),
        non_dependants=_non_dependants(h), couple_working_16_hours=couple16, blind_or_care_benefit=blind_or_care,
        rent_free_weeks=np.where(rented, rent_free_weeks(h.rent_free_periods, np.asarray(h.rent_period)), 0),
        weekly_childcare_charges=np.where(all_over, childcare, 0))

    def claimed_by(claimant):
        dp_each, component, main_phase = _by_claimant(a1, a2, two, spa, claimant)
        facts = attrs.evolve(base, disability_premium=dp_each[0] | dp_each[1], main_phase_esa=main_phase,
                             esa_component=np.where(component, 2, 0), enhanced_disability_premium=component | edp_own)
        # Working age, SI 2006/213 Sch 4 para 17(2)(b)(iv) (read): the one working 16 hours meets the disability
        # premium's condition, and the premium is in the applicable amount (not the pension-age para 9(2)(b)(iv)
        # test). As amended by SI 2008/1082 reg 24(c) (read): or the support component is in it.
        with_component = (dp_each[0] | component, dp_each[1] | component)
        additional_wa, _, _ = additional_earnings_disregard(bu, on=on, disabled_each=with_component, children=base.children)
        return housing_benefit(
            bu.couple, spa1, spa2 & two, rent, on=on, tables=tables, facts=facts,
            additional_earnings_disregard=np.where(all_over, additional, additional_wa),
            # Working age, the £20 of Sch 4 para 3(2) (SI 2006/213, read; SI 2008/1082 reg 24(a), read, adds the
            # components): a disability or severe disability premium, or a component, in the applicable amount.
            # The severe premium's case is added in housing_benefit(), from the applicable amount.
            disability_earnings_disregard=np.where(all_over, disabled_for_disregard, facts.disability_premium | component),
            **common)

    first = claimed_by(1)
    open_couple = _open_couples(a1, a2, two) & ~all_over
    if not np.any(open_couple):
        return first
    return _settled(first, claimed_by(2), bu.applicant, open_couple)
