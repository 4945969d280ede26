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
  renter (the weekly rate for the size-criteria category, never the shared
  rate at pension age), Pension Credit guarantee credit or UC as a passport,
  the savings credit case (the Secretary of State's income plus the savings
  credit: SI 2006/214 reg 27), the non-dependants and the premiums.
- **Council tax** (:mod:`.council_tax`, :mod:`.council_tax_areas`): the
  area Band D of the billing authority for the financial year, the band's
  proportion, the disabled band reduction and the discount from the adults
  resident (claimants and non-dependants aged 18 or over) and how many are
  disregarded.
- **Council Tax Reduction**: where everyone has reached the qualifying age,
  the national pension-age scheme of the nation
  (:func:`.council_tax_reduction.pension_age_reduction`: England SI
  2012/2885, Wales WSI 2013/3029, Scotland SSI 2012/319); below it, the
  Welsh national working-age scheme, or in England the council's own scheme
  (:mod:`.council_tax_reduction_local`). A council whose scheme for the year
  is not in the library, the Scottish working-age scheme (not shipped), a
  Band D figure missing for the year, or a fact the scheme needs that the
  household does not give: ``ctr_status`` "check_needed" with the reason
  (:data:`CT_REASONS`), never a silent zero.

Assumptions, each said on the working sheet: for working-age schemes a UC
claimant's applicable amount is the award's maximum amount and income the
award plus the income UC counted (as the Welsh scheme prescribes, WSI
2013/3029 Sch 6 para 3, read; the English local schemes' own rules for UC
claimants were not read); without UC, the Housing Benefit working-age
applicable amount (SI 2006/213 Sch 3) stands in for the scheme's. The
additional earnings disregard (SI 2006/214 Sch 4 para 9; SI 2012/2885 Sch
4 para 10) is given where each adult's ``work_hours_weekly`` meets it
(:func:`additional_earnings_disregard`); the Welsh and Scottish pension-age
schemes are taken to have the English one's (their text was not read).
The second adult rebate (alternative maximum) is worked out in England and
Scotland from the non-dependants (``_second_adults``); people jointly
liable other than a partner, and lodgers, are not modelled. A mixed-age couple protected by SI 2019/37 art 4
(:func:`mixed_age_protected`) is treated as a pension-age household
throughout: Pension Credit, pension-age HB and the pension-age CTR schemes.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import attrs
import numpy as np

from ..arrays import count_children
from ..columns import BenefitUnitColumns, select
from ..dates import as_day, period_end, years_between
from ..errors import InputError, NoRowInForce
from ..money import divide_half_up
from ..tables import Tables
from . import council_tax as ct
from . import council_tax_reduction as ctr
from .hb_applicable_amount import ApplicableAmountFacts
from .housing import TENURE_CODES
from ._numeric import table_on
from .housing_benefit import HousingBenefitCalculation, NonDependants, housing_benefit, lha_category, weekly_rent

__all__ = ["CT_STATUS", "CT_REASONS", "CTR_SCHEMES", "CouncilTaxCalculation", "authority_codes",
           "housing_benefit_for", "housing_benefit_where_due", "council_tax_for", "pension_age_ctr_income",
           "weekly_unearned_income", "mixed_age_protected", "additional_earnings_disregard"]

#: Council tax and CTR status codes: 0 not worked out (no band given, or not
#: liable), 1 worked out, 2 check needed (``reason`` says why).
CT_STATUS = ("none", "calculated", "check_needed")
#: Why a figure could not be worked out, by code.
CT_REASONS = ("", "no_band_d_for_year", "local_scheme_not_shipped", "scottish_working_age_not_shipped",
              "scheme_fact_not_modelled", "national_scheme_year_not_shipped", "band_not_in_nation",
              "second_adult_income_not_shown", "second_adult_rebate_not_shipped")
#: The CTR scheme applied, by code.
CTR_SCHEMES = ("none", "england", "wales_pension", "scotland_pension", "wales_working_age", "local")
_NATION_OF = {"E": "england", "W": "wales", "S": "scotland"}
_NATIONS = ("england", "wales", "scotland")
_PENSION_SCHEME = {"england": 1, "wales": 2, "scotland": 3}
_BORN_BEFORE = np.datetime64("1955-04-01", "D")


@cache
def authority_codes() -> tuple[str, ...]:
    """The GSS codes of the shipped billing authorities, sorted: a household's
    ``local_authority`` column is an index into them."""
    from .council_tax_areas import default_authorities

    return tuple(sorted(a.code for a in default_authorities()))


def _weekly(monthly):
    """A monthly amount made weekly, x 12 / 52, to the nearest penny."""
    return divide_half_up(np.asarray(monthly, dtype=np.int64) * 12, 52)


def _age(adult, on):
    """Age in years at the end of the assessment period (as UC reckons it)."""
    end = period_end(as_day(on))
    dob = np.asarray(adult.date_of_birth, "datetime64[D]")
    known = ~np.isnat(dob)
    by_dob = years_between(np.where(known, dob, end), end)
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
    m = end.astype("datetime64[M]")
    y = m.astype("datetime64[Y]").astype(np.int64) + 1970
    md = (m.astype(np.int64) % 12 + 1) * 100 + (end - m.astype("datetime64[D]")).astype(np.int64) + 1
    by_age = (y - np.asarray(adult.age)) * 10000 + md < 19550401
    return np.asarray(adult.present) & np.where(known, dob < _BORN_BEFORE, by_age)


def _non_dependants(h) -> NonDependants:
    def stack(fact):
        return np.stack(np.broadcast_arrays(*[np.asarray(getattr(h, f"nd{k}_{fact}")) for k in range(1, 5)]), axis=-1)

    return NonDependants(age=stack("age"), gross_weekly_income=stack("income"), remunerative_work=stack("work"),
                         exempt=stack("hb_exempt"))


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
    (SI 2006/214 Sch 4 para 9(2)(b); SI 2012/2885 Sch 4 para 10(2)(b); both
    read), from each adult's ``work_hours_weekly`` (-1: not given, which
    meets none of them). Returns ``(met, couple_16_hours, hours_missing)``:

    - ``met``: the claimant or partner is 25 or over and works 30 hours a
      week or more (b)(i); a lone parent works 16 or more (b)(iii); or the
      claimant or partner works 16 or more and meets the disability
      disregard (para 5(1)) themselves (b)(iv) (``disabled_each``, one flag an
      adult);
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


def weekly_unearned_income(bu: BenefitUnitColumns, carers_allowance_paid):
    """Income other than earnings that Housing Benefit and CTR count
    [pence/week]: State Pension and other pensions, Carer's Allowance paid,
    new-style ESA and JSA, other income (a month x 12 / 52). Disability
    benefits and Child Benefit are disregarded (SI 2006/214 Sch 5)."""
    two = np.asarray(bu.adult2.present)
    return (carers_allowance_paid[0] + np.where(two, carers_allowance_paid[1], 0)
            + sum(np.where(a.present, a.state_pension_weekly + a.pension_income_weekly + a.new_style_esa_weekly
                           + a.new_style_jsa_weekly + _weekly(a.other_unearned_income_monthly), 0)
                  for a in (bu.adult1, bu.adult2)))


def pension_age_ctr_income(bu: BenefitUnitColumns, *, on, tables: Tables, pension_credit, carers_allowance_paid,
                           earned_monthly, disabled_or_carer, additional=False):
    """The weekly income a pension-age CTR scheme counts before tariff
    income [pence/week]: with savings credit only, the Secretary of State's
    income (Pension Credit's, its deemed income from capital in it) plus the
    savings credit (SI 2012/2885 Sch 1 para 14); otherwise unearned income
    and earnings less the disregard (Sch 4: the same amounts as Housing
    Benefit's, read only where there are earnings; ``additional``: the
    £17.10 of Sch 4 para 10, see :func:`additional_earnings_disregard`). Nil
    with guarantee credit (the scheme disregards it all)."""
    from .housing_benefit import earnings_disregard

    pc = pension_credit
    savings_only = (np.asarray(pc.guarantee_credit) == 0) & (np.asarray(pc.savings_credit) > 0)
    earnings = _weekly(earned_monthly)
    if np.any(earnings > 0):
        lone = ~np.asarray(bu.couple) & (count_children(np.asarray(bu.children.present)) > 0)
        earnings = earnings - earnings_disregard(earnings, bu.couple, lone, disabled_or_carer, additional,
                                                 on=on, tables=tables)
    income = np.where(savings_only, np.asarray(pc.income) + np.asarray(pc.savings_credit),
                      weekly_unearned_income(bu, carers_allowance_paid) + earnings)
    return np.where(np.asarray(pc.guarantee_credit) > 0, 0, income)


def housing_benefit_for(bu: BenefitUnitColumns, *, on, tables: Tables, spa, universal_credit, pension_credit,
                        carers_allowance_entitled, carers_allowance_paid, earned_monthly, bedrooms,
                        disabled_for_disregard, qualifying_benefit, children,
                        disabled_each=None) -> HousingBenefitCalculation:
    """Housing Benefit for a benefit week beginning in the assessment period
    [pence/week], with the facts the household holds (see the module notes).

    ``universal_credit`` is the award (pence a month, nil where not payable);
    ``pension_credit`` the :class:`~.pension_credit.PensionCreditCalculation`;
    ``bedrooms`` the size-criteria bedrooms (as UC counts them);
    ``children`` :class:`~entitlements.columns.ChildColumns` masked to the
    children and qualifying young persons counted; ``disabled_each`` each
    adult's disability disregard (Sch 4 para 5(1)), for the additional
    earnings disregard (default: ``disabled_for_disregard`` for both)."""
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
    category = lha_category(np.maximum(bedrooms, 1))
    lha = _lha_weekly(h.brma, category, all_over & private & (np.asarray(h.brma) >= 0), on=on, tables=tables)
    given = np.asarray(h.lha_rate_monthly)
    lha = np.where(private & (np.asarray(h.brma) < 0) & (given >= 0), _weekly(np.maximum(given, 0)), lha)
    lha = np.where(private, lha, -1)
    pc = pension_credit
    gc = all_over & (np.asarray(pc.guarantee_credit) > 0)
    savings_only = all_over & ~gc & (np.asarray(pc.savings_credit) > 0)
    earnings = _weekly(earned_monthly)
    other = weekly_unearned_income(bu, carers_allowance_paid)
    blind_or_care = sum(np.asarray(a.present & (a.blind | (a.attendance_allowance > 0) | (a.dla_care > 0)
                                                | (a.pip_daily_living > 0))) for a in (a1, a2)) > 0
    kids = np.asarray(children.present)
    facts = ApplicableAmountFacts(
        children=count_children(kids),
        disabled_children=count_children(kids & (np.asarray(children.disabled_child_rate) > 0)),
        severely_disabled_children=count_children(kids & ((np.asarray(children.dla_care) == 3)
                                                          | (np.asarray(children.pip_daily_living) == 2))),
        qualifying_benefit1=qualifying_benefit[0], qualifying_benefit2=qualifying_benefit[1],
        blind1=np.asarray(a1.blind), blind2=two & np.asarray(a2.blind),
        carers_allowance1=np.asarray(carers_allowance_entitled[0]) > 0,
        carers_allowance2=two & (np.asarray(carers_allowance_entitled[1]) > 0),
    )
    each = disabled_each if disabled_each is not None else (disabled_for_disregard, disabled_for_disregard)
    additional, couple16, _ = additional_earnings_disregard(bu, on=on, disabled_each=each, children=facts.children)
    return housing_benefit(
        bu.couple, spa1, spa2 & two, rent, on=on, tables=tables,
        accommodation=np.asarray(h.accommodation), weekly_lha_rate=lha, mixed_age_protected=protected,
        guarantee_credit=gc, weekly_savings_credit=np.where(savings_only, pc.savings_credit, 0),
        universal_credit=~all_over & (np.asarray(universal_credit) > 0),
        weekly_income=np.where(savings_only, pc.income, other), weekly_earnings=np.where(savings_only, 0, earnings),
        capital=bu.capital, age1=np.maximum(_age(a1, on), 16), age2=np.where(two, np.maximum(_age(a2, on), 16), 0),
        pensionable_age_before_april_2021=_pensionable_before_2021(a1, on) | (two & _pensionable_before_2021(a2, on)),
        disability_earnings_disregard=disabled_for_disregard, non_dependants=_non_dependants(h),
        additional_earnings_disregard=additional, couple_working_16_hours=couple16,
        blind_or_care_benefit=blind_or_care, facts=facts,
    )


@attrs.frozen
class CouncilTaxCalculation:
    """Council tax and Council Tax Reduction, step by step (pence; amounts a
    week unless named; codes into :data:`CT_STATUS`, :data:`CT_REASONS` and
    :data:`CTR_SCHEMES`). Where ``status`` or ``ctr_status`` is not 1 the
    amounts of that part are 0 and mean nothing: read the status."""

    status: Any
    reason: Any
    band_d_annual: Any
    band_amount_annual: Any
    discount_percent: Any
    annual_liability: Any
    weekly_liability: Any
    ctr_status: Any
    ctr_reason: Any
    ctr_scheme: Any
    ctr_non_dependant_deductions: Any
    ctr_maximum: Any
    ctr_applicable_amount: Any
    ctr_income: Any
    ctr_excess_income: Any
    ctr_taper_deduction: Any
    ctr_alternative_maximum: Any  # second adult rebate for the week (pension-age schemes), 0 where none
    reduction_weekly: Any
    reduction_annual: Any
    to_pay_weekly: Any
    to_pay_annual: Any


@attrs.frozen
class _Days:
    """Each row's day (``each``, datetime64[D]); indexed by rows it gives
    those rows' days, or the one day where every row shares it (so a rule
    table is read once, not once a row)."""

    each: np.ndarray
    same: Any = None

    def __getitem__(self, rows):
        return self.same if self.same is not None else self.each[rows]


def _days(on, n) -> _Days:
    each = np.broadcast_to(as_day(on), (n,))
    return _Days(each, None if isinstance(on, np.ndarray) and np.ndim(on) else on)


_NOT_SHOWN = 99_999_999  # a non-dependant's income not shown: above every band (the highest deduction)


def _rows(x, n):
    """A column as an array of ``n`` rows (a scalar repeated)."""
    return np.broadcast_to(np.asarray(x), (n,) + np.shape(x)[1:] if np.ndim(x) > 1 else (n,))


def _liability(bu: BenefitUnitColumns, days, n, *, tables: Tables) -> dict[str, np.ndarray]:
    """Band D, the band's amount, the discount and the liability, a year and
    a week, for each row with a band and an authority (LGFA 1992 ss 5, 10-11,
    74, 79; SI 1992/554 reg 4); ``reason`` 1 where the authority has no Band D
    figure for the year, 6 where the band is not one of the nation's."""
    from .council_tax_areas import default_authorities

    h = bu.housing
    band, la = _rows(h.council_tax_band, n).astype(np.int64), _rows(bu.local_authority, n).astype(np.int64)
    want = (band >= 0) & (la >= 0) & _rows(h.council_tax_liable, n)
    out = {k: np.zeros(n, np.int64) for k in ("band_d_annual", "band_amount_annual", "discount_percent",
                                               "annual_liability", "weekly_liability", "reason")}
    out["status"] = np.where(want, 1, 0)
    if not want.any():
        return out
    codes = authority_codes()
    nation_of = np.array([_NATIONS.index(_NATION_OF[c[0]]) for c in codes], dtype=np.int8)
    nation = nation_of[np.maximum(la, 0)]  # a code into _NATIONS
    fy = days.each.astype("datetime64[M]").astype(np.int64)
    fy = fy // 12 + 1970 - (fy % 12 < 3)
    schedule = default_authorities()
    for pair in np.unique(la[want] * 10000 + fy[want]):
        a, y = int(pair // 10000), int(pair % 10000)
        rows = want & (la == a) & (fy == y)
        try:
            out["band_d_annual"][rows] = schedule.entry(codes[a], on=dt.date(y, 4, 1)).annual
        except (NoRowInForce, InputError):
            out["reason"][rows] = 1
    dbr = _rows(h.disabled_band_reduction, n)
    n_bands = np.array([len(ct.BANDS[_NATIONS[x]]) for x in nation_of])[np.maximum(la, 0)]
    out["reason"] = np.where(want & (out["reason"] == 0) & ((band >= n_bands) | ((nation == 2) & dbr & (band == 0))),
                             6, out["reason"])
    ok = want & (out["reason"] == 0)
    adults = 1 + _rows(bu.adult2.present, n).astype(np.int64)
    residents = adults + sum((_rows(getattr(h, f"nd{k}_age"), n) >= 18).astype(np.int64) for k in range(1, 5))
    disregarded = np.minimum(_rows(h.council_tax_disregarded, n).astype(np.int64), residents)
    for code, nat in enumerate(_NATIONS):
        rows = ok & (nation == code)
        if rows.any():
            out["band_amount_annual"][rows] = ct.band_amount(out["band_d_annual"][rows], band[rows], on=days[rows],
                                                             tables=tables, nation=nat, disabled_band_reduction=dbr[rows])
    if ok.any():
        out["discount_percent"][ok] = ct.discount_percent(residents[ok], disregarded[ok], on=days[ok], tables=tables)
        out["annual_liability"][ok] = ct.annual_liability(out["band_amount_annual"][ok], out["discount_percent"][ok])
        out["weekly_liability"][ok] = ct.weekly_liability(out["annual_liability"][ok], on=days[ok])
    out["status"] = np.where(want & (out["reason"] > 0), 2, out["status"])
    out["nation"], out["band"], out["la"], out["fy"], out["residents"] = nation, band, la, fy, residents
    out["disregarded"], out["disabled_band_reduction"] = disregarded, dbr
    return out


def _nd_deductions(bu: BenefitUnitColumns, n, rows, fn) -> np.ndarray:
    """The non-dependants' weekly deductions added up for ``rows``: ``fn(income,
    work, exempt)`` for each slot (an absent or under-18 slot exempt; income
    not shown above every band)."""
    h = bu.housing
    total = np.zeros(int(rows.sum()), np.int64)
    for k in range(1, 5):
        age = _rows(getattr(h, f"nd{k}_age"), n)[rows]
        income = _rows(getattr(h, f"nd{k}_income"), n)[rows]
        exempt = _rows(getattr(h, f"nd{k}_ctr_exempt"), n)[rows] | (age < 18)
        if (~exempt).any():
            total += np.asarray(fn(np.where(income < 0, _NOT_SHOWN, income), _rows(getattr(h, f"nd{k}_work"), n)[rows],
                                   exempt))
    return total


def council_tax_for(bu: BenefitUnitColumns, *, on, tables: Tables, all_over, hb: HousingBenefitCalculation,
                    uc_award, uc_maximum, uc_income, earned_monthly, pension_credit, applicable: dict,
                    blind_or_care, pension_income) -> CouncilTaxCalculation:
    """Council tax and Council Tax Reduction for the week beginning ``on``
    (see the module notes). ``uc_award``, ``uc_maximum`` and ``uc_income``
    (earned and unearned income UC counted) are pence a month;
    ``applicable`` the keywords of :func:`.council_tax_reduction.applicable_amount`
    for the pension-age schemes; ``pension_income`` what they count
    (:func:`pension_age_ctr_income`); ``hb`` gives the working-age
    applicable amount."""
    scalar = np.ndim(bu.couple) == 0
    n = 1 if scalar else len(bu.couple)
    days = _days(on, n)
    li = _liability(bu, days, n, tables=tables)
    z = lambda: np.zeros(n, np.int64)  # noqa: E731
    r = {k: z() for k in ("ctr_status", "ctr_reason", "ctr_scheme", "ctr_non_dependant_deductions", "ctr_maximum",
                          "ctr_applicable_amount", "ctr_income", "ctr_excess_income", "ctr_taper_deduction",
                          "ctr_alternative_maximum", "reduction_weekly", "reduction_annual")}
    ok = li["status"] == 1
    r["ctr_status"] = np.where(ok, 1, np.where(li["status"] == 2, 2, 0))
    r["ctr_reason"] = np.where(li["status"] == 2, li["reason"], 0)
    if ok.any():
        over = _rows(all_over, n)
        facts = dict(couple=_rows(bu.couple, n), capital=_rows(bu.capital, n), blind_or_care=_rows(blind_or_care, n),
                     hb_income=_rows(pension_income, n),
                     savings_only=_rows((np.asarray(pension_credit.guarantee_credit) == 0)
                                        & (np.asarray(pension_credit.savings_credit) > 0), n),
                     gc=_rows(np.asarray(pension_credit.guarantee_credit) > 0, n),
                     applicable={k: _rows(v, n) for k, v in applicable.items()},
                     award=_rows(uc_award, n), maximum=_rows(uc_maximum, n), uc_income=_rows(uc_income, n),
                     earned=_rows(earned_monthly, n), wa_applicable=_rows(hb.applicable_amount.total, n),
                     children=_rows(applicable.get("children", 0), n),
                     disregarded=_rows(bu.housing.council_tax_disregarded, n))
        _pension_age(r, li, ok & over, days, facts, bu, n, tables)
        _working_age(r, li, ok & ~over, days, facts, bu, n, tables)
    calculated = r["ctr_status"] == 1
    r = {k: np.where(calculated | (k in ("ctr_status", "ctr_reason", "ctr_scheme")), v, 0) for k, v in r.items()}
    to_pay_annual = np.where(ok, li["annual_liability"] - r["reduction_annual"], 0)
    to_pay_weekly = np.where(ok, li["weekly_liability"] - r["reduction_weekly"], 0)
    fields = dict(status=li["status"], reason=li["reason"], band_d_annual=li["band_d_annual"],
                  band_amount_annual=li["band_amount_annual"], discount_percent=li["discount_percent"],
                  annual_liability=li["annual_liability"], weekly_liability=li["weekly_liability"], **r,
                  to_pay_weekly=to_pay_weekly, to_pay_annual=to_pay_annual)
    if scalar:
        return CouncilTaxCalculation(**{k: int(np.asarray(v)[0]) for k, v in fields.items()})
    return CouncilTaxCalculation(**{k: np.asarray(v) for k, v in fields.items()})


def _put(r: dict, rows, res, scheme_code: int, applicable, income) -> None:
    """One scheme's results into the rows it was worked out for."""
    r["ctr_scheme"][rows] = scheme_code
    r["ctr_non_dependant_deductions"][rows] = res.weekly_non_dependant_deductions
    r["ctr_maximum"][rows] = res.weekly_maximum
    r["ctr_applicable_amount"][rows] = applicable
    r["ctr_income"][rows] = income
    r["ctr_excess_income"][rows] = res.excess_income
    r["ctr_taper_deduction"][rows] = res.taper_deduction
    r["reduction_weekly"][rows] = res.weekly
    r["reduction_annual"][rows] = res.annual


def _second_adults(bu: BenefitUnitColumns, n, rows, couple, disregarded, *, scotland: bool):
    """The second adults of the alternative maximum (second adult rebate) for
    ``rows``: ``(any, all_passported, gross_weekly_income, income_not_shown)``.

    A second adult is a non-dependant aged 18 or over who is not disregarded
    for discount (SI 2012/2885 Sch 1 para 4(3)(a)); where the applicant is one
    of a couple, only if a member of the couple is disregarded (para
    4(3)(c)), which is taken to be so where more residents are disregarded
    than the non-dependants whose exemption makes them so. Their gross
    incomes are added up, leaving out those on income support, income-based
    JSA, income-related ESA or Pension Credit (Sch 3 para 1 Table (b)), and in
    Scotland those on UC with no earned income (SSI 2012/319 Sch 5 Table);
    where every second adult is on one of them, the 25% rate applies (entry
    (a)). Nobody paying the applicant rent is assumed (para 4(2): lodgers are
    not modelled)."""
    h = bu.housing
    code = np.stack([_rows(getattr(h, f"nd{k}_second_adult"), n)[rows] for k in range(1, 5)], axis=-1)
    income = np.stack([_rows(getattr(h, f"nd{k}_income"), n)[rows] for k in range(1, 5)], axis=-1)
    second = code > 0
    passported = (code == 2) | ((code == 3) if scotland else False)
    member_disregarded = disregarded > (code == -1).sum(axis=-1)
    has = second.any(axis=-1) & (~couple | member_disregarded)
    counted = second & ~passported
    return (has, has & ~counted.any(axis=-1), np.where(counted, np.maximum(income, 0), 0).sum(axis=-1),
            has & (counted & (income < 0)).any(axis=-1))


def _pension_age(r, li, rows_all, days, f, bu, n, tables) -> None:
    """The national pension-age scheme of each nation (SI 2012/2885 Sch 1;
    WSI 2013/3029 Schs 1-2; SSI 2012/319), with the alternative maximum
    (second adult rebate, class C: SI 2012/2885 Sch 1 paras 4, 9-10, Sch 3;
    SSI 2012/319 Sch 5) in England and Scotland. Wales's alternative maximum
    is not shipped: where it could be the greater (25% of the council tax,
    the most it gives short of the students' case, is more than the main
    reduction) the reduction is "check needed". A second adult whose income
    is not shown: worked out at the 15% rate (the most their income could
    give); where that is the greater, "check needed"."""
    for nat, scheme in (("england", "england"), ("wales", "wales_pension"), ("scotland", "scotland_pension")):
        rows = rows_all & (li["nation"] == _NATIONS.index(nat))
        if not rows.any():
            continue
        has, passported, sa_income, not_shown = _second_adults(bu, n, rows, f["couple"][rows], f["disregarded"][rows],
                                                               scotland=nat == "scotland")
        shipped = nat != "wales"
        try:
            nd = _nd_deductions(bu, n, rows, lambda i, w, e: ctr.non_dependant_deduction(
                i, w, e, on=days[rows], tables=tables, scheme=scheme))
            nd = np.where(f["blind_or_care"][rows], 0, nd)  # para 8(6)
            income = f["hb_income"][rows]
            res = ctr.pension_age_reduction(
                li["annual_liability"][rows], on=days[rows], tables=tables, scheme=scheme, couple=f["couple"][rows],
                weekly_income=income, capital=np.where(f["savings_only"][rows], 0, f["capital"][rows]),
                guarantee_credit=f["gc"][rows], weekly_non_dependant_deductions=nd,
                second_adult=has & shipped, second_adult_gross_weekly_income=sa_income,
                second_adults_passported=passported, **{k: v[rows] for k, v in f["applicable"].items()})
            # Savings credit only: the capital tariff is in Pension Credit's income, but the £16,000 limit still
            # applies to the capital (reg 11(2); Sch 1 para 14).
            limit = tables.at(f"{ctr.SCHEMES[scheme]}.capital_limit", table_on(days[rows]))
            over = f["savings_only"][rows] & (f["capital"][rows] > limit)
        except NoRowInForce:
            r["ctr_status"][rows], r["ctr_reason"][rows] = 2, 5
            continue
        _put(r, rows, res, _PENSION_SCHEME[nat], res.applicable_amount, res.weekly_income)
        idx = np.flatnonzero(rows)
        r["ctr_alternative_maximum"][idx] = np.where(over, 0, res.alternative_maximum)
        for k in ("reduction_weekly", "reduction_annual", "ctr_taper_deduction"):
            r[k][idx[over]] = 0
        kind_c = np.asarray(res.kind) == "C"
        if shipped:
            unsure = not_shown & kind_c & ~over
            reason = CT_REASONS.index("second_adult_income_not_shown")
        else:  # Wales: 25% of the week's council tax against the main reduction
            unsure = has & ~over & (divide_half_up(np.asarray(res.weekly_liability) * 25, 100) > np.asarray(res.weekly))
            reason = CT_REASONS.index("second_adult_rebate_not_shipped")
        r["ctr_status"][idx[unsure]], r["ctr_reason"][idx[unsure]] = 2, reason


def _uc_measures(f, rows):
    """A working-age scheme's applicable amount and income [pence/week]: with
    UC, the award's maximum amount and the award plus the income UC counted
    (WSI 2013/3029 Sch 6 para 3); without, the HB working-age applicable
    amount and the income UC counted."""
    uc = f["award"][rows] > 0
    applicable = np.where(uc, _weekly(f["maximum"][rows]), f["wa_applicable"][rows])
    income = _weekly(f["award"][rows] + f["uc_income"][rows])
    return uc, applicable, income


def _nd_not_given(bu: BenefitUnitColumns, n, rows, fn) -> np.ndarray:
    """Rows (a mask over all ``n``) with a non-dependant whose deduction ``fn``
    cannot give (it raises :class:`InputError`), found by halving the group
    only when the whole group raises, so one such household never turns its
    neighbours in a caseload into check-needed rows."""
    bad = np.zeros(n, bool)
    pending = [np.flatnonzero(rows)]
    while pending:
        idx = pending.pop()
        part = np.zeros(n, bool)
        part[idx] = True
        try:
            _nd_deductions(bu, n, part, fn)
        except InputError:
            if len(idx) == 1:
                bad[idx] = True
            else:
                pending += [idx[: len(idx) // 2], idx[len(idx) // 2:]]
    return bad


def _working_age(r, li, rows_all, days, f, bu, n, tables) -> None:
    """Below the qualifying age: Wales's national scheme, England's local
    schemes, Scotland's (not shipped: check needed)."""
    scot = rows_all & (li["nation"] == 2)
    r["ctr_status"][scot], r["ctr_reason"][scot] = 2, 3
    wales = rows_all & (li["nation"] == 1)
    if wales.any():
        uc, applicable, income = _uc_measures(f, wales)
        try:
            nd = _nd_deductions(bu, n, wales, lambda i, w, e: ctr.non_dependant_deduction(
                i, w, e, on=days[wales], tables=tables, scheme="wales_working_age"))
            nd = np.where(f["blind_or_care"][wales], 0, nd)
            res = ctr.wales_working_age_reduction(li["annual_liability"][wales], on=days[wales], tables=tables,
                                                  weekly_applicable_amount=applicable, weekly_income=income,
                                                  capital=f["capital"][wales], weekly_non_dependant_deductions=nd)
            _put(r, wales, res, 4, applicable, income)
        except NoRowInForce:
            r["ctr_status"][wales], r["ctr_reason"][wales] = 2, 5
    england = rows_all & (li["nation"] == 0)
    for pair in np.unique(li["la"][england] * 10000 + li["fy"][england]):
        a, y = int(pair // 10000), int(pair % 10000)
        _local(r, li, england & (li["la"] == a) & (li["fy"] == y), authority_codes()[a], dt.date(y, 4, 1),
               f, bu, n, tables)


def _local(r, li, rows, code: str, day: dt.date, f, bu, n, tables) -> None:
    """One English council's working-age scheme for one financial year
    (:mod:`.council_tax_reduction_local`)."""
    from . import council_tax_reduction_local as local

    scheme = local.default_local_schemes().scheme(code, on=day)
    if scheme is None or scheme.status != "shipped":
        r["ctr_status"][rows], r["ctr_reason"][rows] = 2, 2
        return
    uc, applicable, income = _uc_measures(f, rows)
    lost = rows.copy()
    lost[rows] = False
    if scheme.measure == "excess_income" or scheme.family == "means_tested":
        # Without UC the Housing Benefit working-age applicable amount stands in, and it is worked out only where
        # Housing Benefit is (a renter): with none to stand in, check needed, never the whole income as excess.
        lost[rows] = ~uc & (applicable <= 0)
    if scheme.tariff_step:
        # Without UC the income counted is UC's measure, which already holds UC's assumed yield of capital: the
        # scheme's tariff income on top would count capital twice (check needed instead).
        cap_ = f["capital"][rows]
        lost[rows] |= ~uc & (cap_ > scheme.tariff_lower_limit) & (cap_ <= (scheme.capital_limit or cap_.max()))
    if "earnings_disregard" in scheme.not_read:  # household by household, as the caseload must be
        lost[rows] |= f["earned"][rows] > 0
    if "non_dependant_deductions" in scheme.not_read:
        # (none is deducted where the claimant is blind or gets a care benefit: SI 2012/2886 Sch para 30(6))
        lost[rows] |= (_nd_deductions(bu, n, rows, lambda i, w, e: np.where(e, 0, 1)) > 0) & ~f["blind_or_care"][rows]
    else:  # a non-dependant the file gives no deduction for (Coventry's not in work): that household only
        lost |= _nd_not_given(bu, n, rows, lambda i, w, e: local.non_dependant_deduction(code, i, w, e, on=day))
    if lost.any():
        r["ctr_status"][lost], r["ctr_reason"][lost] = 2, 4
        rows = rows & ~lost
        if not rows.any():
            return
        uc, applicable, income = _uc_measures(f, rows)
    cap = None
    if scheme.band_cap is not None:
        capped = ct.band_amount(li["band_d_annual"][rows], ct.BANDS["england"].index(scheme.band_cap), on=day,
                                tables=tables)
        cap = ct.annual_liability(capped, li["discount_percent"][rows])
    try:
        if "non_dependant_deductions" in scheme.not_read:  # the rows left have none deducted (above)
            nd = np.zeros(int(rows.sum()), np.int64)
        else:
            nd = _nd_deductions(bu, n, rows, lambda i, w, e: local.non_dependant_deduction(code, i, w, e, on=day))
        nd = np.where(f["blind_or_care"][rows], 0, nd)
        res = local.local_reduction(code, li["annual_liability"][rows], on=day, couple=f["couple"][rows],
                                    children=f["children"][rows], weekly_income=income,
                                    weekly_earnings=_weekly(f["earned"][rows]),
                                    # a UC claimant's capital is already in the income UC counted (SI 2012/2886 Sch
                                    # para 37(1), (6)): no tariff income on top; UC's own limit is £16,000
                                    capital=np.where(uc, 0, f["capital"][rows]),
                                    weekly_applicable_amount=applicable, weekly_non_dependant_deductions=nd,
                                    band_cap_annual_liability=cap)
    except InputError:
        r["ctr_status"][rows], r["ctr_reason"][rows] = 2, 4
        return
    r["ctr_scheme"][rows] = 5
    r["ctr_non_dependant_deductions"][rows] = res.weekly_non_dependant_deductions
    r["ctr_maximum"][rows] = np.maximum(divide_half_up(res.weekly_liability * res.maximum_percent, 1_000_000)
                                        - res.weekly_non_dependant_deductions, 0)
    r["ctr_applicable_amount"][rows] = applicable
    r["ctr_income"][rows] = income
    r["ctr_excess_income"][rows] = np.maximum(income - _weekly(f["earned"][rows]).clip(max=scheme.earnings_disregard)
                                              - applicable, 0)
    r["ctr_taper_deduction"][rows] = res.taper_deduction
    r["reduction_weekly"][rows] = res.weekly
    r["reduction_annual"][rows] = res.annual
