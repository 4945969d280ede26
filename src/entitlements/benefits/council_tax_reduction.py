"""Council Tax Reduction [pence/week]: the national schemes for pension age.

One job: the reduction that a pension-age household gets under the scheme
the law prescribes for its nation, from its council tax liability, income,
capital and the non-dependants living with it. (Councils' own working-age
schemes are read and worked out by :mod:`.council_tax_reduction_local`.)

Schemes (``scheme``), each read from the text, with its rule tables under
``rules/ctr/<scheme>/``:

- ``"england"``: the Council Tax Reduction Schemes (Prescribed Requirements)
  (England) Regulations 2012 (SI 2012/2885), which every English billing
  authority's scheme must contain for pensioners (reg 14, Schs 1-6), with
  the yearly figures of SI 2024/29, SI 2025/39 and SI 2026/27 (all read).
- ``"wales_pension"``: the Welsh national scheme for pensioners (Council Tax
  Reduction Schemes and Prescribed Requirements (Wales) Regulations 2013,
  WSI 2013/3029, Schs 1-2), with the figures of 2024-25 and 2025-26 read
  from WSI 2025/59 (which gives both: the figures it replaces and its own)
  and of 2026-27 from WSI 2026/13 regs 7-8 (read).
  Wales keeps a family premium and has one personal allowance for all
  pensioners; it has no alternative maximum (second adult rebate): the
  Regulations prescribe only classes A and B for pensioners (regs 21-23,
  Sch 1 para 4, read), so a second adult changes nothing.
- ``"scotland_pension"``: the Council Tax Reduction (State Pension Credit)
  (Scotland) Regulations 2012 (SSI 2012/319), with the figures of 2024-25 and
  2025-26 read from SSI 2025/24 (the same way) and of 2026-27 from SSI
  2026/56 regs 5-7 (read). Scotland keeps a family premium only as a
  transitional amount (reg 20(e), not amended by SSI 2026/56: £19.48 still;
  see :func:`applicable_amount`, ``transitional_family_premium``) and one
  personal allowance; its child amount is higher.

A year without tables (2027-28, until its instruments are read) raises
:class:`~entitlements.errors.NoRowInForce`, never a guess. The Welsh
national scheme for working age (WSI 2013/3029 Schs 6-7) is
:func:`wales_working_age_reduction`, with its own applicable amounts
(:func:`wales_working_age_applicable_amount`) for 2024-25 to 2026-27. The Scottish
working-age scheme (the Council Tax Reduction (Scotland) Regulations 2021,
SSI 2021/249) is :mod:`.council_tax_reduction_scotland`.

How the English scheme works (SI 2012/2885 Sch 1, read):

- It works by the **day**. The maximum reduction for a day is 100% of A/B,
  the council tax for the dwelling for the year (after discounts and the
  disabled band reduction: para 7(1)-(2)) over the days in the year, less
  each non-dependant's weekly deduction x 1/7 (para 8(1)). Where others
  (not a partner) are jointly liable, A is divided by their number
  (para 7(3)-(4)): ``jointly_liable``.
- **Class A** (para 2): income for the week not above the applicable
  amount: the maximum. **Class B** (para 3): income above it: the maximum
  less 2 6/7% of the weekly excess for each day, which is 20% of the excess
  a week ("the 20% taper"; ``ctr.england.taper``). **Class C** (para 4,
  Sch 3): the alternative maximum ("second adult rebate"), a percentage of
  the day's council tax by the second adults' gross income. Where both
  apply, the greater (para 10(5)-(6)).
- **Guarantee credit** (para 13): the whole of income and capital is
  disregarded, so class A gives the maximum.
- **Capital** above £16,000 excludes the applicant (reg 11(2)); capital
  above £10,000 counts as £1 a week for each £500 or part of £500 (para 37).
- The **applicable amount** (para 6, Sch 2): the personal allowance (higher
  where the applicant, or one of a couple, reached pensionable age before
  1 April 2021), the child amount for each child or young person (for
  2024-25 up to two, para 6(1)(b) before SI 2025/39 reg 5(2); the exceptions
  to that limit are the caller's: ``children_exempt_from_limit``), the family
  premium (nil since May 2016: Sch 2 para 3(b)), and the premiums of Sch 2
  Parts 3-4 (severe disability, enhanced disability for a child, disabled
  child, carer).
- **Non-dependant deductions** (para 8): by the non-dependant's normal gross
  weekly income if in remunerative work, the lowest amount otherwise; none
  where the applicant or partner is blind or gets AA, DLA care, PIP or ADP
  daily living, PADP or AFIP (para 8(6)): ``no_non_dependant_deductions``;
  none for a non-dependant on IS, PC, income-based JSA, income-related ESA,
  UC without earned income, or one disregarded for discount (para 8(7)-(8)):
  ``exempt`` for that non-dependant.

Weeks and rounding: the scheme's amounts are daily; a week is 7 days. The
reduction is kept exact (as a fraction of a penny) and rounded to the
nearest penny, a half up, only at the end: ``weekly`` for the week and
``annual`` for a whole financial year. The 2012 Regulations contain no
rounding rule for this (Sch 1 paras 1-47 read 2026-12-08, none there: not
for the reduction, nor for a month's income made weekly, x 12 / 52 by para
17(1)(b)(i), which the library rounds half up as Housing Benefit does, SI
2006/214 reg 61(6)); councils' systems round daily amounts their own way,
so a bill can differ by a few pence a year.

Wiring (facts the household model lacks today):

- everything :mod:`.council_tax` needs for the liability (the authority, band,
  liability, residents and disregarded residents, the disabled band reduction);
- ``Adult.reached_pension_age_before_2021_04_01`` (from the date of birth and
  :mod:`entitlements.benefits.pension_age`, for the higher personal allowance);
- ``Household.jointly_liable_others``: people other than a partner jointly
  liable for the council tax (para 7(3));
- each non-dependant's ``gross_weekly_income``, ``remunerative_work`` (16
  hours or more, reg 10) and whether they are exempt (on IS, PC, income-based
  JSA, income-related ESA, UC with no earned income; disregarded for
  discount, e.g. a student);
- ``second_adult`` facts: whether any resident other than the partner is a
  "second adult" who pays no rent (para 4), their gross weekly income, and
  whether all of them get IS, income-based JSA, income-related ESA or PC;
- the applicant's weekly income after the Sch 4-5 disregards and capital
  (today's ``Household.capital`` serves); guarantee credit from
  :mod:`.pension_credit`.
"""

from __future__ import annotations

import datetime as dt  # noqa: F401  (doctests)
from fractions import Fraction

import attrs
import numpy as np

from ..errors import InputError, UnknownTable
from ..money import PercentArray, divide_half_up
from ..tables import Tables
from ._numeric import flag, is_array, out_int, pence, table_on, whole
from . import means_test
from .council_tax import days_in_financial_year

__all__ = [
    "SCHEMES",
    "applicable_amount",
    "tariff_income",
    "non_dependant_deduction",
    "alternative_maximum_percent",
    "PensionAgeReduction",
    "pension_age_reduction",
    "exact_weekly_reduction",
    "ppm",
    "WORKING_AGE_SCHEMES",
    "WorkingAgeReduction",
    "wales_working_age_reduction",
    "wales_working_age_applicable_amount",
]

#: The national pension-age schemes and the prefix of their rule tables.
SCHEMES: dict[str, str] = {
    "england": "ctr.england",
    "wales_pension": "ctr.wales_pension",
    "scotland_pension": "ctr.scotland_pension",
}
#: The national working-age schemes (the caller gives the applicable amount).
WORKING_AGE_SCHEMES: dict[str, str] = {"wales_working_age": "ctr.wales_working_age",
                                        "scotland_working_age": "ctr.scotland_working_age"}
_PPM = 1_000_000  # percentages are held as parts per million of the whole
_MAX_WEEKLY_INCOME = 100_000_000  # £1m a week: above this nothing changes


def _prefix(scheme: str, schemes: dict[str, str] | None = None) -> str:
    """The rule tables' prefix of a pension-age scheme (or of one of ``schemes``)."""
    known = schemes if schemes is not None else {**SCHEMES, **WORKING_AGE_SCHEMES}
    try:
        return known[scheme]
    except KeyError:
        raise InputError("scheme", scheme, f"one of {', '.join(known)}") from None


def ppm(percent) -> np.ndarray:
    """A table's percentage (a Fraction of 100, or one per row) as an exact
    whole number of parts per million; an error if it is not exact."""
    if isinstance(percent, PercentArray):
        num = percent.numerator * 10_000
        if np.any(num % percent.denominator):
            raise InputError("percent", "a rate", "a percentage with at most four decimal places")
        return num // percent.denominator
    f = Fraction(percent) * 10_000
    if f.denominator != 1:
        raise InputError("percent", str(percent), "a percentage with at most four decimal places")
    return np.asarray(f.numerator, dtype=np.int64)


def applicable_amount(couple, *, on, tables: Tables, scheme: str = "england", reached_before_2021=False,
                      children=0, children_exempt_from_limit=0, disabled_children=0,
                      enhanced_disability_children=0, carers=0, severe_disability=0,
                      transitional_family_premium=False):
    """The weekly applicable amount of a pensioner [pence/week].

    SI 2012/2885 Sch 1 para 6 and Sch 2 (England; the Welsh and Scottish
    schemes have the same parts). ``severe_disability`` is 0 (none), 1 (the
    single amount: Sch 2 para 6(2)(a), or (b) where someone is paid to care
    for one of the couple) or 2 (the double amount: both of a couple
    qualify and no one is paid to care for either). ``carers``: how many of
    the applicant and partner are entitled to Carer's Allowance or Carer
    Support Payment (para 9).

    The family premium: Wales's for any family with a child (WSI 2013/3029
    Sch 2 para 3); England's is nil. Scotland's (SSI 2012/319 reg 20(e),
    inserted by SSI 2020/25 reg 12) is "the amount of £17.60 [now £19.48]
    if the applicant is entitled to an amount ("a transitional family
    premium") by virtue of regulation 2" of SSI 2016/81: only for a person
    entitled to Council Tax Reduction on 30 April 2016 with a child or young
    person in the family, until the family no longer includes one or a new
    application is made (SSI 2016/81 reg 2(1)-(2); the premium itself went on
    1 May 2016, reg 18). So in Scotland it is added only where
    ``transitional_family_premium`` says the applicant has that protection
    (and there is a child); the household cannot show it otherwise. Ignored
    for the other schemes.

    >>> from entitlements.tables import default_tables
    >>> applicable_amount(False, on=dt.date(2025, 6, 1), tables=default_tables())   # £227.10
    22710
    """
    scalar = not is_array(couple, on, reached_before_2021, children, children_exempt_from_limit,
                          disabled_children, enhanced_disability_children, carers, severe_disability,
                          transitional_family_premium)
    p = _prefix(scheme, SCHEMES)
    protected = flag("transitional_family_premium", transitional_family_premium)
    c = flag("couple", couple)
    old = flag("reached_before_2021", reached_before_2021)
    kids = whole("children", children, 0, 20, "a number of children and young persons")
    exempt = whole("children_exempt_from_limit", children_exempt_from_limit, 0, 20, "a number of children")
    if np.any(exempt > kids):
        raise InputError("children_exempt_from_limit", int(np.max(exempt)), "no more than children")
    dis = whole("disabled_children", disabled_children, 0, 20, "a number of children")
    enh = whole("enhanced_disability_children", enhanced_disability_children, 0, 20, "a number of children")
    car = whole("carers", carers, 0, 2, "0, 1 or 2 (the applicant and partner)")
    sdp = whole("severe_disability", severe_disability, 0, 2, "0 (none), 1 (single amount) or 2 (double amount)")
    when = table_on(on)
    pa = tables.at(f"{p}.personal_allowance", when)
    allowance = np.where(c, np.where(old, pa["couple_one_reached_before_2021_04_01"], pa["couple"]),
                         np.where(old, pa["single_reached_before_2021_04_01"], pa["single"]))
    limit = tables.at(f"{p}.child_amount_limit", when)
    counted = np.minimum(kids - exempt, limit) + exempt
    prem = tables.at(f"{p}.premiums", when)
    # England's family premium is nil from May 2016 (SI 2012/2885 Sch 2 para 3(b)); Wales's is not; Scotland's only
    # for the transitionally protected (SSI 2012/319 reg 20(e); SSI 2016/81 reg 2).
    family = tables.at(f"{p}.family_premium", when) if _has(tables, f"{p}.family_premium") else 0
    gets_family = (kids > 0) & (protected if scheme == "scotland_pension" else True)
    total = (allowance + counted * tables.at(f"{p}.child_amount", when) + np.where(gets_family, family, 0)
             + dis * prem["disabled_child"] + enh * prem["enhanced_disability_child"] + car * prem["carer"]
             + np.where(sdp == 2, prem["severe_disability_double"], np.where(sdp == 1, prem["severe_disability"], 0)))
    return out_int(total, scalar)


def _has(tables: Tables, table_id: str) -> bool:
    try:
        tables.table(table_id)
    except UnknownTable:
        return False
    return True


def tariff_income(capital, *, on, tables: Tables, scheme: str = "england"):
    """Weekly income deemed from capital [pence/week]: £1 for each £500, and
    £1 for any part of £500, above £10,000 (SI 2012/2885 Sch 1 para 37).

    >>> from entitlements.tables import default_tables
    >>> tariff_income(1_050_001, on=dt.date(2025, 6, 1), tables=default_tables())   # £10,500.01: £2
    200
    """
    scalar = not is_array(capital, on)
    cap = pence("capital", capital)
    t = tables.at(f"{_prefix(scheme)}.tariff_income", table_on(on))
    return out_int(means_test.tariff_income(cap, t["lower_limit"], t["step"], 100), scalar)  # a part step counts whole


def non_dependant_deduction(gross_weekly_income, remunerative_work, exempt=False, *, on, tables: Tables,
                            scheme: str = "england"):
    """One non-dependant's weekly deduction [pence/week] (SI 2012/2885 Sch 1
    para 8(1)-(2), (7)-(8)): in remunerative work, by normal gross weekly
    income (below the lowest threshold, the same as not in work); otherwise
    the lowest amount; nothing if ``exempt``. A couple who are non-dependants
    count once, at the higher deduction on their joint income (para 8(3)-(4)):
    pass their joint income once.

    >>> from entitlements.tables import default_tables
    >>> non_dependant_deduction(50000, True, on=dt.date(2025, 6, 1), tables=default_tables())  # £463-£577: £12.80
    1280
    """
    scalar = not is_array(gross_weekly_income, remunerative_work, exempt, on)
    income = pence("non_dependant_gross_weekly_income", gross_weekly_income)
    work = flag("non_dependant_remunerative_work", remunerative_work)
    ex = flag("non_dependant_exempt", exempt)
    when = table_on(on)
    p = _prefix(scheme)
    amount = tables.at(f"{p}.non_dependant_deductions", when)
    band = tables.at(f"{p}.non_dependant_income_thresholds", when)
    in_work = np.where(income < band["lower"], amount["other"],
                       np.where(income < band["middle"], amount["remunerative_lower"],
                                np.where(income < band["upper"], amount["remunerative_middle"],
                                         amount["remunerative_higher"])))
    return out_int(np.where(ex, 0, np.where(work, in_work, amount["other"])), scalar)


def alternative_maximum_percent(second_adult, gross_weekly_income, all_passported=False, *, on,
                                tables: Tables, scheme: str = "england"):
    """The alternative maximum (second adult rebate) as a percentage of the
    day's council tax [parts per million]: 25% where every second adult gets
    IS, income-based JSA, income-related ESA or State Pension Credit; else
    15% or 7.5% by the second adults' gross weekly income (below the lower or
    the upper threshold); else nothing (SI 2012/2885 Sch 3 para 1).

    The fourth case of Sch 3 (100% where the home would otherwise be wholly
    occupied by students) is not modelled."""
    scalar = not is_array(second_adult, gross_weekly_income, all_passported, on)
    has = flag("second_adult", second_adult)
    p = _prefix(scheme)
    if not _has(tables, f"{p}.alternative_maximum_percent"):
        if np.any(has) and scheme != "wales_pension":  # Wales prescribes no alternative maximum (regs 21-25)
            raise InputError("second_adult", True, f"no second adult under the {scheme} scheme: its alternative "
                             "maximum (second adult rebate) is not in the library")
        return out_int(np.zeros(np.shape(has), dtype=np.int64), scalar)
    income = pence("second_adult_gross_weekly_income", gross_weekly_income)
    passported = flag("second_adults_passported", all_passported)
    when = table_on(on)
    rate = tables.at(f"{p}.alternative_maximum_percent", when)
    band = tables.at(f"{p}.alternative_maximum_thresholds", when)
    result = np.where(passported, ppm(rate["passported"]),
                      np.where(income < band["lower"], ppm(rate["lower"]),
                               np.where(income < band["upper"], ppm(rate["middle"]), 0)))
    return out_int(np.where(has, result, 0), scalar)


def exact_weekly_reduction(annual_liability, days, *, max_ppm, weekly_non_dependant_deductions,
                           weekly_excess_income, taper_ppm, alternative_ppm=0, alternative_annual_liability=None):
    """The week's reduction, exact, as a numerator over ``days x 1,000,000``
    (an int64 array; never negative).

    The daily scheme made weekly: ``max% x 7 x A / days - N - taper x E`` for
    classes A and B (E, the weekly excess income, is 0 in class A), and
    ``alternative% x 7 x A' / days`` for class C; the greater (SI 2012/2885
    Sch 1 paras 7, 8, 3(f), 9, 10). Shared by the national and the local
    means-tested schemes."""
    a = np.asarray(annual_liability, dtype=np.int64)
    d = np.asarray(days, dtype=np.int64)
    excess = np.minimum(np.asarray(weekly_excess_income, dtype=np.int64), _MAX_WEEKLY_INCOME)
    main = (np.asarray(max_ppm, dtype=np.int64) * 7 * a
            - np.asarray(weekly_non_dependant_deductions, dtype=np.int64) * d * _PPM
            - np.asarray(taper_ppm, dtype=np.int64) * excess * d)
    a2 = a if alternative_annual_liability is None else np.asarray(alternative_annual_liability, dtype=np.int64)
    alternative = np.asarray(alternative_ppm, dtype=np.int64) * 7 * a2
    return np.maximum(np.maximum(main, alternative), 0)


@attrs.frozen
class PensionAgeReduction:
    """A pension-age Council Tax Reduction, step by step (pence a week unless named).

    ``kind`` is "A" (income not above the applicable amount), "B" (above
    it), "C" (the alternative maximum is the greater), or "none" with
    ``reason`` ("capital_over_limit", "no_liability", "income_too_high")."""

    scheme: str
    weekly_liability: int  # 7/days of the year's liability (after any division for joint liability)
    weekly_non_dependant_deductions: int
    weekly_maximum: int  # maximum reduction for the week: liability less non-dependant deductions
    applicable_amount: int
    weekly_income: int  # income taken into account, with tariff income (nil with guarantee credit)
    tariff_income: int
    excess_income: int
    taper_deduction: int  # 20% of the excess
    alternative_maximum: int  # class C: second adult rebate for the week
    kind: str
    reason: str | None
    weekly: int  # the reduction for a week
    annual: int  # the reduction for a whole financial year at these figures
    days_in_year: int
    sources: tuple[str, ...]


def pension_age_reduction(annual_liability, *, on, tables: Tables, scheme: str = "england", couple=False,
                          weekly_income=0, capital=0, guarantee_credit=False,
                          weekly_non_dependant_deductions=0, jointly_liable_others=0,
                          second_adult=False, second_adult_gross_weekly_income=0, second_adults_passported=False,
                          alternative_annual_liability=None, **applicable) -> PensionAgeReduction:
    """Council Tax Reduction for a pensioner under the national scheme
    [pence/week and pence/year]; scalars or arrays (a caseload).

    ``annual_liability`` is the year's council tax for the dwelling after
    discounts and the disabled band reduction (:func:`.council_tax.liability`);
    ``weekly_income`` the applicant's and partner's weekly income after the
    scheme's disregards; ``weekly_non_dependant_deductions`` the sum of
    :func:`non_dependant_deduction` over the non-dependants (0 where para
    8(6) applies); ``alternative_annual_liability`` the council tax due for
    class C if it differs (Sch 3 para 1(2): before discount in the students
    case), by default ``annual_liability``. Other keywords go to
    :func:`applicable_amount`.

    >>> from entitlements.tables import default_tables
    >>> r = pension_age_reduction(182000, on=dt.date(2025, 6, 1), tables=default_tables(), guarantee_credit=True)
    >>> r.kind, r.weekly, r.annual      # all of £1,820 a year: £34.90 a week
    ('A', 3490, 182000)
    """
    scalar = not is_array(annual_liability, on, couple, weekly_income, capital, guarantee_credit,
                          weekly_non_dependant_deductions, jointly_liable_others, second_adult,
                          second_adult_gross_weekly_income, second_adults_passported,
                          alternative_annual_liability, *applicable.values())
    p = _prefix(scheme, SCHEMES)
    when = table_on(on)
    liability = pence("annual_liability", annual_liability)
    others = whole("jointly_liable_others", jointly_liable_others, 0, 20, "a number of people")
    # Para 7(3): A divided by the number jointly liable (to the nearest penny of the year).
    shared = divide_half_up(liability, others + 1)
    alt_liability = shared if alternative_annual_liability is None else \
        divide_half_up(pence("alternative_annual_liability", alternative_annual_liability), others + 1)
    gc = flag("guarantee_credit", guarantee_credit)
    cap = np.where(gc, 0, pence("capital", capital))
    tariff = np.asarray(tariff_income(cap, on=on, tables=tables, scheme=scheme))
    income = np.where(gc, 0, pence("weekly_income", weekly_income) + tariff)
    amount = np.asarray(applicable_amount(couple, on=on, tables=tables, scheme=scheme, **applicable))
    excess = np.maximum(income - amount, 0)
    nd = pence("weekly_non_dependant_deductions", weekly_non_dependant_deductions)
    taper = ppm(tables.at(f"{p}.taper", when))
    alt = np.asarray(alternative_maximum_percent(second_adult, second_adult_gross_weekly_income,
                                                 second_adults_passported, on=on, tables=tables, scheme=scheme))
    over_limit = cap > tables.at(f"{p}.capital_limit", when)
    days = np.asarray(days_in_financial_year(on))
    num = exact_weekly_reduction(shared, days, max_ppm=_PPM, weekly_non_dependant_deductions=nd,
                                 weekly_excess_income=excess, taper_ppm=taper, alternative_ppm=alt,
                                 alternative_annual_liability=alt_liability)
    num = np.where(over_limit, 0, num)
    main = np.maximum(_PPM * 7 * shared - nd * days * _PPM - taper * excess * days, 0)
    alt_num = alt * 7 * alt_liability
    kind = np.where(num == 0, "none", np.where((alt_num > main) & ~over_limit, "C", np.where(excess > 0, "B", "A")))
    out = lambda x: out_int(x, scalar)  # noqa: E731
    return PensionAgeReduction(
        scheme=scheme,
        applicable_amount=out(amount),
        weekly_income=out(income),
        tariff_income=out(np.where(gc, 0, tariff)),
        excess_income=out(excess),
        taper_deduction=out(divide_half_up(taper * excess, _PPM)),
        alternative_maximum=out(divide_half_up(alt_num, days * _PPM)),
        kind=kind.item() if scalar else kind,
        **_common_steps(scalar, shared, days, nd, num, over_limit),
        sources=_sources(scheme),
    )



def _common_steps(scalar: bool, shared, days, nd, num, over_limit, max_ppm=_PPM) -> dict:
    """The steps every national scheme's result shows, from the exact weekly
    reduction ``num`` (over ``days`` x 1,000,000): the week's liability and
    maximum, the deductions, why nothing, and the week and the year rounded."""
    den = days * _PPM
    reason = np.where(over_limit, "capital_over_limit", np.where(shared == 0, "no_liability",
                                                                   np.where(num == 0, "income_too_high", "")))
    return dict(
        weekly_liability=out_int(divide_half_up(shared * 7, days), scalar),
        weekly_non_dependant_deductions=out_int(nd, scalar),
        weekly_maximum=out_int(divide_half_up(np.maximum(max_ppm * 7 * shared - nd * den, 0), den), scalar),
        reason=(reason.item() or None) if scalar else reason,
        weekly=out_int(divide_half_up(num, den), scalar),
        annual=out_int(divide_half_up(num, 7 * _PPM), scalar),
        days_in_year=out_int(days, scalar),
    )

def _sources(scheme: str) -> tuple[str, ...]:
    if scheme == "england":
        return ("SI 2012/2885 Sch 1 paras 2-4, 6-10, 13, 37; reg 11(2); Schs 2-3",
                "figures: SI 2024/29 (2024-25), SI 2025/39 (2025-26), SI 2026/27 (2026-27)")
    if scheme == "wales_pension":
        return ("WSI 2013/3029 Schs 1-2", "figures: WSI 2025/59 (2024-25 and 2025-26), WSI 2026/13 (2026-27)")
    return ("SSI 2012/319 regs 20, 47-57, Schs 1 and 5",
            "figures: SSI 2025/24 (2024-25 and 2025-26), SSI 2026/56 (2026-27)")


@attrs.frozen
class WorkingAgeReduction:
    """A working-age reduction under a national scheme, step by step (pence a
    week unless named); ``reason`` as :class:`PensionAgeReduction`'s."""

    scheme: str
    weekly_liability: int
    weekly_non_dependant_deductions: int
    weekly_maximum: int
    applicable_amount: int
    weekly_income: int
    tariff_income: int
    excess_income: int
    taper_deduction: int
    reason: str | None
    weekly: int
    annual: int
    days_in_year: int
    sources: tuple[str, ...]


def wales_working_age_reduction(annual_liability, *, on, tables: Tables, weekly_applicable_amount=None,
                                uc_maximum_amount_monthly=None, weekly_income=0, capital=0, passported=False,
                                weekly_non_dependant_deductions=0, jointly_liable_others=0) -> WorkingAgeReduction:
    """Council Tax Reduction for a person below pension age in Wales under the
    national scheme (WSI 2013/3029 Schs 6-7) [pence/week and pence/year].

    The maximum is 100% of the day's council tax less non-dependant deductions
    (Sch 6 paras 4-5); income above the applicable amount is tapered at 20%.
    The applicable amount is the caller's: ``weekly_applicable_amount`` (Sch 7:
    personal allowances, premiums and components are not shipped), or, for a
    person with an award of Universal Credit, ``uc_maximum_amount_monthly``, the
    award's maximum amount, made weekly by x 12 / 52 (Sch 6 para 3(1), (3),
    read; rounded to the nearest penny, a half up). ``passported`` (income
    support, income-based JSA or income-related ESA): the whole of income is
    disregarded (Sch 9 para 8, read). ``weekly_income`` is income after the
    scheme's other disregards.

    >>> from entitlements.tables import default_tables
    >>> r = wales_working_age_reduction(150000, on=dt.date(2025, 6, 1), tables=default_tables(), passported=True,
    ...                                 weekly_applicable_amount=10000)
    >>> r.weekly, r.annual     # all of £1,500 a year: 1,500 x 7 / 365 = £28.77
    (2877, 150000)
    """
    scheme = "wales_working_age"
    if (weekly_applicable_amount is None) == (uc_maximum_amount_monthly is None):
        raise InputError("weekly_applicable_amount", weekly_applicable_amount,
                         "either the weekly applicable amount (Sch 7) or, with Universal Credit, "
                         "uc_maximum_amount_monthly (Sch 6 para 3), not both or neither")
    scalar = not is_array(annual_liability, on, weekly_applicable_amount, uc_maximum_amount_monthly, weekly_income,
                          capital, passported, weekly_non_dependant_deductions, jointly_liable_others)
    p = _prefix(scheme)
    when = table_on(on)
    others = whole("jointly_liable_others", jointly_liable_others, 0, 20, "a number of people")
    shared = divide_half_up(pence("annual_liability", annual_liability), others + 1)  # Sch 6 para 4(3)
    amount = (pence("weekly_applicable_amount", weekly_applicable_amount) if uc_maximum_amount_monthly is None
              else divide_half_up(pence("uc_maximum_amount_monthly", uc_maximum_amount_monthly) * 12, 52))
    cap = pence("capital", capital)
    tariff = np.asarray(tariff_income(cap, on=on, tables=tables, scheme=scheme))
    income = np.where(flag("passported", passported), 0, pence("weekly_income", weekly_income) + tariff)
    excess = np.maximum(income - amount, 0)
    nd = pence("weekly_non_dependant_deductions", weekly_non_dependant_deductions)
    taper = ppm(tables.at(f"{p}.taper", when))
    days = np.asarray(days_in_financial_year(on))
    max_ppm = ppm(tables.at(f"{p}.maximum_percent", when))
    num = exact_weekly_reduction(shared, days, max_ppm=max_ppm,
                                 weekly_non_dependant_deductions=nd, weekly_excess_income=excess, taper_ppm=taper)
    over_limit = cap > tables.at(f"{p}.capital_limit", when)
    num = np.where(over_limit, 0, num)
    out = lambda x: out_int(x, scalar)  # noqa: E731
    return WorkingAgeReduction(
        scheme=scheme,
        applicable_amount=out(amount),
        weekly_income=out(income),
        tariff_income=out(tariff),
        excess_income=out(excess),
        taper_deduction=out(divide_half_up(taper * excess, _PPM)),
        **_common_steps(scalar, shared, days, nd, num, over_limit, max_ppm=max_ppm),
        sources=("WSI 2013/3029 Sch 6 paras 3-5, Sch 9 para 8",
                 "figures: WSI 2025/59 (2024-25 and 2025-26), WSI 2026/13 (2026-27)"),
    )


def wales_working_age_applicable_amount(couple, age, *, on, tables: Tables, children=0, disabled_children=0,
                                        enhanced_disability_children=0, carers=0, severe_disability=0,
                                        disability_premium=False, enhanced_disability_premium=False,
                                        esa_component=0, main_phase_esa=False):
    """The weekly applicable amount of a person below pension age in Wales
    without Universal Credit [pence/week]: WSI 2013/3029 Sch 6 paras 1(1)(a),
    2(2) and Sch 7 (rule tables ``ctr.wales_working_age.*``).

    Personal allowance (Sch 7 para 1, read): a single applicant aged 25 or
    over, or entitled to main phase ESA, the higher rate, aged 18 to 24 the
    lower; one rate for a lone parent (a single applicant with a child) and
    one for a couple, whatever their ages. Then the child amount for each
    child or young person (para 3), the family premium where there is one
    (para 4), and the premiums of Parts 3-4 and components of Parts 5-6:
    ``disability_premium`` and ``enhanced_disability_premium`` (the adult
    rate), at the couple rate for a couple; ``severe_disability``, ``carers``,
    ``disabled_children`` and ``enhanced_disability_children`` as
    :func:`applicable_amount`; ``esa_component`` 0 none, 1 work-related
    activity, 2 support. ``age`` is the applicant's, in whole years.

    >>> from entitlements.tables import default_tables
    >>> wales_working_age_applicable_amount(True, 30, on=dt.date(2024, 6, 1), tables=default_tables(), children=2)
    33708
    """
    scalar = not is_array(couple, age, on, children, disabled_children, enhanced_disability_children, carers,
                          severe_disability, disability_premium, enhanced_disability_premium, esa_component,
                          main_phase_esa)
    p = WORKING_AGE_SCHEMES["wales_working_age"]
    c = flag("couple", couple)
    a = whole("age", age, 16, 130, "an age in whole years")
    kids = whole("children", children, 0, 20, "a number of children and young persons")
    dis = whole("disabled_children", disabled_children, 0, 20, "a number of children")
    enh = whole("enhanced_disability_children", enhanced_disability_children, 0, 20, "a number of children")
    car = whole("carers", carers, 0, 2, "0, 1 or 2 (the applicant and partner)")
    sdp = whole("severe_disability", severe_disability, 0, 2, "0 (none), 1 (single amount) or 2 (double amount)")
    comp = whole("esa_component", esa_component, 0, 2, "0 none, 1 work-related activity, 2 support")
    esa = flag("main_phase_esa", main_phase_esa)
    when = table_on(on)
    pa = tables.at(f"{p}.personal_allowance", when)
    allowance = np.where(c, pa["couple"], np.where(kids > 0, pa["lone_parent"],
                                                   np.where((a >= 25) | esa, pa["single_25_or_over"],
                                                            pa["single_under_25"])))
    counted = np.minimum(kids, tables.at(f"{p}.child_amount_limit", when))
    prem = tables.at(f"{p}.premiums", when)
    components = tables.at(f"{p}.components", when)
    total = (allowance + counted * tables.at(f"{p}.child_amount", when)
             + np.where(kids > 0, tables.at(f"{p}.family_premium", when), 0)
             + np.where(flag("disability_premium", disability_premium),
                        np.where(c, prem["disability_couple"], prem["disability_single"]), 0)
             + np.where(flag("enhanced_disability_premium", enhanced_disability_premium),
                        np.where(c, prem["enhanced_disability_couple"], prem["enhanced_disability_single"]), 0)
             + np.where(sdp == 2, prem["severe_disability_double"], np.where(sdp == 1, prem["severe_disability"], 0))
             + dis * prem["disabled_child"] + enh * prem["enhanced_disability_child"] + car * prem["carer"]
             + np.where(comp == 2, components["support"], np.where(comp == 1, components["work_related_activity"], 0)))
    return out_int(total, scalar)
