"""Council Tax Reduction in Scotland below pension age [pence/week]: the
Council Tax Reduction (Scotland) Regulations 2021 (SSI 2021/249).

One job: the reduction a Scottish household below the qualifying age gets
under the national working-age scheme, for one household or a caseload
(rule tables ``rules/ctr/scotland_working_age/``; pension age is
:mod:`.council_tax_reduction`, SSI 2012/319).

Read (the revised text at 31 October 2024 in the legalize-dev/legalize-uk
mirror of legislation.gov.uk, with its editorial notes; the uprating
instruments SSI 2024/35 and SSI 2025/24 in full):

- **Who** (reg 3): a person below pensionable age, or at it with a partner
  on UC or a qualifying income-related benefit; the caller routes.
- **Entitlement and amount** (reg 13): capital not above £16,000 (reg 66);
  income for the week not above the applicable amount: the maximum; above
  it, the maximum less 2 6/7 per cent of the excess for each day, 20% of the
  weekly excess (reg 13(6), (9)). On income support, income-based JSA or
  income-related ESA (a "qualifying income-related benefit claimant"), the
  maximum (reg 13(11)): ``passported``.
- **Maximum** (reg 79(1)): the year's council tax (after discounts and
  reductions other than this one) over the days in the year, less the
  non-dependant deductions (reg 90, x 1/7 a day); people other than a
  partner jointly liable divide it (reg 79(4)-(5)).
- **Bands E to H** (regs 13(4), 14, 79(2)-(3)): the greater of the reg 13
  amount and one worked from the part of the charge above the band's charge
  before the 2017 change, ``(A - A/C)/B`` a day (C 1.075 to 1.225), less the
  deductions, tapered at the same 20% above £321 a week (a single person
  with no child) or £479. With a **disabled band reduction** (since
  2026-12-07) the reduction is worked as for any dwelling of its valuation
  band: reg 14(3)(a) asks for "a dwelling in valuation band E, F, G or H"
  and reg 79(3)(b) takes C from the band the "relevant dwelling is in"; the
  Council Tax (Reductions for Disabilities) (Scotland) Regulations 1992 (SI
  1992/1335, made under s 80 of the 1992 Act) leave the dwelling in its band
  and calculate only the amount payable "as if ... there had been shown in
  the valuation list" the band below (reg 4(1); the "relevant valuation
  band" is the one shown in the list, reg 1(2)); A is the council tax after
  "any reduction in liability ... under Regulations made under section 80"
  (reg 79(1)(a)(ii)), the reduced charge. So reg 14's (A - A/C)/B takes the
  reduced charge and the C of the dwelling's own band (read 2026-12-07:
  SSI 2021/249 regs 13-14, 79 in the revised text at 31 October 2024, SI
  1992/1335 as made, in legalize-dev/legalize-uk).
- **Applicable amount** (reg 35, Sch 1): :func:`scotland_working_age_applicable_amount`.
- **Income** without UC: weekly (reg 38), with capital's yield £1 a week for
  each £250 or part above £6,000 (reg 63(1)(b)); with UC (regs 42-44, 57,
  78): the assessment period's earned and unearned income x 12 / 52, the
  unearned income including the award's child and childcare elements (or the
  whole award, if less: reg 57(1)(p), (2)(d)) and UC's own yield of capital
  (reg 63(1)(a), the same £4.35 a month as SI 2013/376 reg 72), less the
  childcare charges of reg 78 (the childcare element / 0.85 x 12 / 52), at
  most the reg 42(4) maximum for one child, or for more than one, whom the
  childcare is for (since 2026-12-07: :func:`uc_childcare_deduction_weekly`;
  before, uncapped).
- **Earnings with UC** (since 2026-12-07): reg 49(6)(d) (reg 51(2) step 6
  for self-employment) deducts the Sch 3 sum "In calculating the amount of
  an applicant's employed earnings in respect of an assessment period", and
  reg 43(1) then makes the assessment period's earned income weekly: the £5,
  £10, £20 or £25 comes off the month, before x 12 / 52
  (:func:`uc_earnings_disregard`; read 2026-12-07: regs 42-44, 47-51, 57, 64
  and Sch 3 in the same text).

- **Earnings without UC** (since 2026-12-07): reg 50 (employed earnings of
  an applicant with no award of UC; read 2026-12-07 with regs 38-39 and Sch 3
  in the same text) counts the earnings less income tax, primary Class 1
  contributions and half of a pension contribution (reg 50(3)(a)-(c)) and
  "any sum, where applicable, specified in schedule 3" (reg 50(3)(i)), made
  weekly (regs 38(2)(a), 39): the £5, £10, £20 or £25 of a week, and para
  15's £17.10 more where a para 15(2) condition is met (from each adult's
  hours) and the earnings reach the para 15(3) line. The Welsh scheme's Sch 8
  is the same text, and the same code
  (``council_tax_reduction_wales.schedule_8_columns``) works both.

Exact arithmetic: the week's reduction is kept as a fraction over
``days x 52 x 1,000,000 x C`` (C in thousandths; 1,000 outside bands E to
H) and rounded to the nearest penny, a half up, only at the end (reg 4(7)
defines that rounding; the Regulations say where it applies only for reg 78).
"""

from __future__ import annotations

import datetime as dt  # noqa: F401  (doctests)

import attrs
import numpy as np

from ..errors import InputError
from ..money import PercentArray, divide_half_up
from ..tables import Tables
from ._numeric import flag, is_array, out_int, pence, table_on, weekly_from_monthly as _weekly, whole
from . import means_test
from .council_tax import days_in_financial_year

__all__ = ["ScotlandWorkingAgeReduction", "SCOTLAND_WA_PREMIUMS", "scotland_working_age_reduction", "scotland_working_age_applicable_amount",
           "uc_childcare_charges_weekly", "uc_childcare_deduction_weekly", "uc_earnings_disregard", "pension_bands_e_to_h"]

_P = "ctr.scotland_working_age"

#: The Scottish working-age premiums one by one (SSI 2021/249 reg 35(b)-(e), Sch 1, read 2026-12-08 in
#: legalize-dev/legalize-uk uk-sct/ssi-2021-249.md): each one's name on the working sheet and the paragraphs that
#: give it (the condition, and para 17's table of amounts where the amount is there). Their sum is ``premiums``.
SCOTLAND_WA_PREMIUMS = {
    "child_premium": ("the child premium", "Sch 1 para 2"),
    "disabled_child_premium": ("the disabled child premium", "Sch 1 paras 3-4D"),
    "enhanced_disability_premium_child": ("the enhanced disability premium for a child", "Sch 1 paras 3-4D"),
    "carer_premium": ("the carer premium", "Sch 1 paras 5-6"),
    "disability_premium": ("the disability premium", "Sch 1 paras 11-12, 17"),
    "enhanced_disability_premium": ("the enhanced disability premium", "Sch 1 paras 14, 17"),
    "severe_disability_premium": ("the severe disability premium", "Sch 1 paras 13, 17"),
}
_PPM = 1_000_000
_BANDS = "ABCDEFGH"
# Excess income above which nothing changes: £10,000 a week tapered at 20% is £2,000 a week, more than any
# council tax; the bound keeps the exact arithmetic inside 64-bit integers.
_MAX_EXCESS_52 = 52 * 1_000_000


def scotland_working_age_applicable_amount(couple, age, *, on, tables: Tables, children=0, disabled_children=0,
                                           enhanced_disability_children=0, carers=0, severe_disability=0,
                                           disability_premium=False, enhanced_disability_premium=False, component=0,
                                           lcw_personal_allowance=False, transitional_family_premium=False,
                                           transitional_family_premium_22_20=False, parts=False,
                                           premium_parts=False):
    """The weekly applicable amount of SSI 2021/249 reg 35 and Sch 1 [pence/week].
    ``parts``: instead, its parts, a dict of ``personal_allowance`` (para 1),
    ``premiums`` (paras 2-5, 11-14: child, disabled child, carer, disability,
    enhanced disability and severe disability premiums), ``components``
    (Part 6) and ``transitional_family_premium`` (reg 98), which add up to it
    (since 2026-12-08, for the working sheet). ``premium_parts`` (with
    ``parts``): the dict also has ``premiums_named``, the premiums one by one
    (the keys of :data:`SCOTLAND_WA_PREMIUMS`), which add up to ``premiums``.

    Personal allowance (para 1): a couple, whatever their ages; a lone parent;
    a single applicant on main phase ESA or with UC and limited capability for
    work (``lcw_personal_allowance``), whatever the age; else aged 25 or over,
    or under 25. The child premium for each child or young person, with no
    limit and no family premium (para 2). The disabled child premium for each
    of ``disabled_children`` and the enhanced disability premium for each of
    ``enhanced_disability_children`` (paras 3-4), the carer premium for each of
    ``carers`` (para 5), and, as the caller finds their conditions met (paras
    11-14), the disability premium and the adult enhanced disability premium
    (each at the single or couple rate), the severe disability premium
    (``severe_disability`` 0, 1 the single amount, 2 the double), and
    ``component`` 0 none, 1 work-related activity, 2 support (Part 6; none
    with the disability premium, para 20(1)). ``age`` is the applicant's, in
    whole years.

    The transitional family premium (reg 98, read 2026-12-07): for an
    applicant entitled on 31 March 2022 to the family premium kept by SSI
    2016/81 reg 2 (``transitional_family_premium``), while the family
    includes a child or young person (reg 98(4)(a)), included in the
    applicable amount (reg 98(3)): £22.20 where that was the amount on 31
    March 2022 (reg 98(2)(a), ``transitional_family_premium_22_20``), else
    reg 98(2)(b)'s uprated sum (rule table
    ``ctr.scotland_working_age.transitional_family_premium``).

    >>> from entitlements.tables import default_tables
    >>> scotland_working_age_applicable_amount(True, 30, on=dt.date(2025, 6, 1), tables=default_tables(), children=2)
    35635
    >>> scotland_working_age_applicable_amount(True, 30, on=dt.date(2026, 6, 1), tables=default_tables(), children=1,
    ...                                        transitional_family_premium=True)   # £150.15 + £109.85 + £20.22
    28022
    """
    scalar = not is_array(couple, age, on, children, disabled_children, enhanced_disability_children, carers,
                          severe_disability, disability_premium, enhanced_disability_premium, component,
                          lcw_personal_allowance, transitional_family_premium, transitional_family_premium_22_20)
    c = flag("couple", couple)
    a = whole("age", age, 16, 130, "an age in whole years")
    kids = whole("children", children, 0, 20, "a number of children and young persons")
    dis = whole("disabled_children", disabled_children, 0, 20, "a number of children")
    enh = whole("enhanced_disability_children", enhanced_disability_children, 0, 20, "a number of children")
    car = whole("carers", carers, 0, 2, "0, 1 or 2 (the applicant and partner)")
    sdp = whole("severe_disability", severe_disability, 0, 2, "0 (none), 1 (single amount) or 2 (double amount)")
    comp = whole("component", component, 0, 2, "0 none, 1 work-related activity, 2 support")
    dp = flag("disability_premium", disability_premium)
    edp = flag("enhanced_disability_premium", enhanced_disability_premium)
    tfp = flag("transitional_family_premium", transitional_family_premium) & (kids > 0)
    kept = flag("transitional_family_premium_22_20", transitional_family_premium_22_20)
    when = table_on(on)
    pa = tables.at(f"{_P}.personal_allowance", when)
    allowance = np.where(c, pa["couple"], np.where(kids > 0, pa["lone_parent"], np.where(
        flag("lcw_personal_allowance", lcw_personal_allowance), pa["single_lcw"],
        np.where(a >= 25, pa["single_25_or_over"], pa["single_under_25"]))))
    prem = tables.at(f"{_P}.premiums", when)
    rates = tables.at(f"{_P}.components", when)
    named = {"child_premium": kids * tables.at(f"{_P}.child_premium", when),
             "disabled_child_premium": dis * prem["disabled_child"],
             "enhanced_disability_premium_child": enh * prem["enhanced_disability_child"],
             "carer_premium": car * prem["carer"],
             "disability_premium": np.where(dp, np.where(c, prem["disability_couple"], prem["disability_single"]), 0),
             "enhanced_disability_premium": np.where(edp, np.where(c, prem["enhanced_disability_couple"],
                                                                   prem["enhanced_disability_single"]), 0),
             "severe_disability_premium": np.where(sdp == 2, prem["severe_disability_double"],
                                                   np.where(sdp == 1, prem["severe_disability"], 0))}
    premiums = sum(named.values())
    components = np.where(dp, 0, np.where(comp == 2, rates["support"],
                                          np.where(comp == 1, rates["work_related_activity"], 0)))
    transitional = np.zeros_like(np.asarray(allowance))
    if np.any(tfp):  # reg 98(2)-(3): the table is read only where someone has the premium
        t = tables.at(f"{_P}.transitional_family_premium", when)
        transitional = np.where(tfp, np.where(kept, t["kept_22_20"], t["general"]), 0)
    if parts:
        shape = np.shape(allowance + premiums + components + transitional)
        out = {k: out_int(np.broadcast_to(v, shape), scalar)
               for k, v in (("personal_allowance", allowance), ("premiums", premiums), ("components", components),
                            ("transitional_family_premium", transitional))}
        if premium_parts:
            out["premiums_named"] = {k: out_int(np.broadcast_to(v, shape), scalar) for k, v in named.items()}
        return out
    return out_int(allowance + premiums + components + transitional, scalar)


def uc_childcare_charges_weekly(childcare_element_monthly):
    """Weekly relevant childcare charges of a UC claimant (SSI 2021/249 reg
    78(3)): the childcare costs element / 85 x 100 x 12 / 52, to the nearest
    penny (a half up) [pence/week].

    >>> int(uc_childcare_charges_weekly(42500))   # £425 a month: £500 x 12 / 52 = £115.38
    11538
    """
    scalar = not is_array(childcare_element_monthly)
    m = pence("uc_childcare_element_monthly", childcare_element_monthly)
    return out_int(divide_half_up(m * 100 * 12, 85 * 52), scalar)


def uc_childcare_deduction_weekly(childcare_element_monthly, childcare_children, *, on, tables: Tables):
    """The childcare charges deducted from a UC applicant's weekly income
    (SSI 2021/249 reg 42(2)(c), (4)) [pence/week]: the reg 78(3) charges
    (:func:`uc_childcare_charges_weekly`), at most the reg 42(4) maximum for
    one child, or for more than one, "in respect of whom relevant childcare
    charges are paid" (``childcare_children``, the children the UC childcare
    costs are for; rule table ``ctr.scotland_working_age.childcare_charges_cap``).

    The maximum is read as limiting the whole reg 42(2)(c) deduction, as the
    figures follow UC's own maxima made weekly (see the table's note); the
    reg 42(3) extension (an applicant also on working or child tax credit) is
    not modelled.

    >>> from entitlements.tables import default_tables
    >>> int(uc_childcare_deduction_weekly(107109, 1, on=dt.date(2026, 6, 1), tables=default_tables()))
    29000
    """
    scalar = not is_array(childcare_element_monthly, childcare_children, on)
    kids = whole("childcare_children", childcare_children, 0, 20, "a number of children")
    cap = tables.at(f"{_P}.childcare_charges_cap", table_on(on))
    charges = uc_childcare_charges_weekly(childcare_element_monthly)
    return out_int(np.minimum(charges, np.where(kids > 1, cap["more_than_one_child"], cap["one_child"])), scalar)


def uc_earnings_disregard(monthly_earnings1, monthly_earnings2=0, *, on, tables: Tables, couple=False,
                          lone_parent=False, disability=False, carer1=False, carer2=False):
    """The Sch 3 sum deducted from a UC applicant's earnings for the
    assessment period [pence/month]; never more than the earnings. Scalars
    or arrays.

    Legal basis: SSI 2021/249 reg 49(6)(d) deducts "any sum, where
    applicable, specified in schedule 3" "In calculating the amount of an
    applicant's employed earnings in respect of an assessment period" (reg
    51(2) step 6 the same from the self-employed earnings "in respect of the
    assessment period"); reg 43(1) then makes "the applicant's earned income
    for an assessment period" weekly, x 12 / 52. So the sum comes off the
    month, not the week (where the Regulations mean a week they say so: reg
    57(4), (6) disregard £15 "from the applicant's weekly unearned income").

    One sum, the first that applies: a lone parent £25 (para 5, which para 4
    gives way to); else £20 where the applicable amount includes the
    disability or severe disability premium or a component, or the applicant
    has UC and limited capability for work (``disability``: para 4(2), (2A),
    (3)); else, with the carer premium, £20 of the earnings of the claimant
    whose award includes the carer element (``carer1``, ``carer2``; both
    together, at most £20: para 6(1)(b), (2)), and where the premium is for
    the applicant (``carer1``) alone and the applicant earns less than £20,
    up to £10 of the partner's earnings more, at most £20 in all (para 7(b));
    else £10 for a couple (para 8); else £5 (para 11). Paras 4 and 8 are taken
    from the couple's earnings together: not from the partner's except to
    the extent the applicant's fall short (paras 4(1), 8). ``monthly_earnings1``
    and ``monthly_earnings2``: the applicant's and the partner's earned
    income for the assessment period as UC counts it (the partner's only for a
    ``couple``).

    >>> from entitlements.tables import default_tables
    >>> uc_earnings_disregard(50000, on=dt.date(2025, 6, 1), tables=default_tables())   # para 11: £5 of the month
    500
    """
    from .council_tax_reduction_wales import earnings_disregard

    # The same paragraphs and sums as the Welsh Sch 8 paras 4-8, 11; with UC there is no para 15.
    return earnings_disregard(monthly_earnings1, monthly_earnings2, on=on, tables=tables, couple=couple,
                              lone_parent=lone_parent, disability=disability, carer1=carer1, carer2=carer2,
                              table=f"{_P}.earnings_disregard")


@attrs.frozen
class ScotlandWorkingAgeReduction:
    """The Scottish working-age reduction, step by step (pence a week unless
    named). ``route`` is the regulation that gave it: "13", or "14" where a
    dwelling in bands E to H does better by reg 14, or "91" where the second
    adult rebate is the greater; the maximum, measure
    (applicable amount, or reg 14's income threshold), excess and taper shown
    are that route's. ``reason`` as the other schemes'."""

    weekly_liability: int
    weekly_non_dependant_deductions: int
    weekly_maximum: int
    applicable_amount: int
    weekly_income: int
    tariff_income: int
    excess_income: int
    taper_deduction: int
    route: str
    alternative_maximum: int  # the second adult rebate for the week (reg 91, Sch 2), 0 where none
    reason: str | None
    weekly: int
    annual: int
    days_in_year: int
    sources: tuple[str, ...] = ("SSI 2021/249 regs 13-14, 35, 38, 42-43, 49(6)(d), 57, 63, 66, 78-79, 90, Sch 1, 3",
                                "figures: SSI 2024/35 (2024-25), SSI 2025/24 (2025-26), SSI 2026/56 (2026-27)")


def scotland_working_age_reduction(annual_liability, *, on, tables: Tables, band, weekly_applicable_amount,
                                   couple=False, children=0, universal_credit=False, weekly_income=0,
                                   uc_monthly_income=0, weekly_childcare_charges=0, capital=0, passported=False,
                                   weekly_non_dependant_deductions=0, alternative_ppm=0,
                                   jointly_liable_others=0) -> ScotlandWorkingAgeReduction:
    """Council Tax Reduction below pension age in Scotland (SSI 2021/249)
    [pence/week and pence/year]; see the module notes.

    ``band`` the dwelling's valuation band, "A" to "H" (or 0 to 7).
    ``weekly_applicable_amount`` from :func:`scotland_working_age_applicable_amount`.
    Income: without UC ``weekly_income`` (after the scheme's disregards; the
    yield of ``capital`` is added here, reg 63(1)(b)); with an award of UC
    (``universal_credit``) ``uc_monthly_income``, the assessment period's
    earned and unearned income as regs 42-43 and 57 count it (the award's
    child and childcare elements among it, and UC's yield of capital), made
    weekly x 12 / 52 here, exactly; each row reads the one its
    ``universal_credit`` says. ``weekly_childcare_charges`` are deducted from income
    (reg 38(2)(c), 42(2)(c)). ``couple`` and ``children`` choose reg 14's
    threshold. ``alternative_ppm``: the second adult rebate as parts per
    million of the day's council tax (reg 91, Sch 2), paid where greater (reg
    13(10); route "91"), but not with capital over £16,000: reg 13(1) puts
    the reg 66 limit before both the reduction (a) and the rebate (b), and
    Sch 4 (paras 1-42) disregards no capital for the rebate (read 2026-12-07;
    until then the rebate was paid over the limit, on a "Sch 4 para 46" the
    2021 Regulations do not have).

    >>> from entitlements.tables import default_tables
    >>> r = scotland_working_age_reduction(150000, on=dt.date(2025, 6, 1), tables=default_tables(), band="B",
    ...                                    weekly_applicable_amount=9205, weekly_income=10205)
    >>> r.weekly, r.taper_deduction   # £1,500 x 7 / 365 = £28.77, less 20% of £10.00
    (2677, 200)
    """
    scalar = not is_array(annual_liability, on, band, weekly_applicable_amount, couple, children, universal_credit,
                          weekly_income, uc_monthly_income, weekly_childcare_charges, capital, passported,
                          weekly_non_dependant_deductions, alternative_ppm, jointly_liable_others)
    b = _band_index(band)
    when = table_on(on)
    others = whole("jointly_liable_others", jointly_liable_others, 0, 20, "a number of people")
    a = divide_half_up(pence("annual_liability", annual_liability), others + 1)  # reg 79(4)
    amount = pence("weekly_applicable_amount", weekly_applicable_amount)
    cap = pence("capital", capital)
    care = pence("weekly_childcare_charges", weekly_childcare_charges)
    uc = flag("universal_credit", universal_credit)
    t = tables.at(f"{_P}.tariff_income", when)
    # Without UC (reg 38): weekly, with the weekly yield of capital (reg 63(1)(b)); with UC (regs 42-43): the
    # assessment period x 12 / 52, UC's yield of capital already in it (reg 63(1)(a)). Kept x 52, exact.
    tariff = np.where(uc, 0, means_test.tariff_income(cap, t["lower_limit"], t["step"], 100))
    income52 = np.maximum(np.where(uc, 12 * pence("uc_monthly_income", uc_monthly_income),
                                   52 * (pence("weekly_income", weekly_income) + tariff)) - 52 * care, 0)
    income52 = np.where(flag("passported", passported), 0, income52)  # reg 13(11): the maximum
    nd = pence("weekly_non_dependant_deductions", weekly_non_dependant_deductions)
    days = np.asarray(days_in_financial_year(on), dtype=np.int64)
    taper = _ppm(tables.at(f"{_P}.taper", when))
    full = _ppm(tables.at(f"{_P}.maximum_percent", when))
    # Reg 13, scaled to the common denominator days x 52 x PPM x C (C = 1000 outside bands E to H).
    factors = tables.at(f"{_P}.bands_e_to_h_factors", when)
    k = np.select([b == i for i in range(4, 8)], [_tenths(factors[x]) for x in "EFGH"], 0).astype(np.int64)
    c = 1000 + k
    x13 = np.minimum(np.maximum(income52 - 52 * amount, 0), _MAX_EXCESS_52)
    main13 = full * 7 * a * 52 - nd * days * 52 * _PPM
    num13 = (main13 - taper * x13 * days) * c
    # Reg 14 (bands E to H): (A - A/C)/B a day, the threshold by household.
    th = tables.at(f"{_P}.bands_e_to_h_thresholds", when)
    single = ~flag("couple", couple) & (whole("children", children, 0, 20, "a number of children") == 0)
    threshold = np.where(single, th["single"], th["other"])
    x14 = np.minimum(np.maximum(income52 - 52 * threshold, 0), _MAX_EXCESS_52)
    main14 = 7 * a * k * 52 * _PPM - nd * days * 52 * _PPM * c
    num14 = np.where(k > 0, main14 - taper * x14 * days * c, 0)
    over = cap > tables.at(f"{_P}.capital_limit", when)  # reg 66: for the rebate too (reg 13(1))
    use14 = (k > 0) & (num14 > num13) & (num14 > 0)
    main = np.where(over, 0, np.maximum(np.where(use14, num14, num13), 0))
    alt = np.where(over, 0, np.asarray(alternative_ppm, dtype=np.int64) * 7 * a * 52 * c)  # reg 91(2): A as reg 79(4)
    rebate = alt > main
    num = np.maximum(main, alt)
    use14 = use14 & ~over
    den = days * 52 * _PPM * c
    x = np.where(use14, x14, x13)
    maximum = np.where(use14, divide_half_up(np.maximum(main14, 0), days * 52 * _PPM * c),
                       divide_half_up(np.maximum(main13, 0), days * 52 * _PPM))
    reason = np.where(over, "capital_over_limit",
                      np.where(a == 0, "no_liability", np.where(num == 0, "income_too_high", "")))
    out = lambda v: out_int(v, scalar)  # noqa: E731
    return ScotlandWorkingAgeReduction(
        weekly_liability=out(divide_half_up(a * 7, days)),
        weekly_non_dependant_deductions=out(nd),
        weekly_maximum=out(maximum),
        applicable_amount=out(np.where(use14, threshold, amount)),
        weekly_income=out(divide_half_up(income52, 52)),
        tariff_income=out(tariff),
        excess_income=out(divide_half_up(x, 52)),
        taper_deduction=out(divide_half_up(taper * x, 52 * _PPM)),
        route=str(np.where(rebate, "91", np.where(use14, "14", "13"))) if scalar else
        np.where(rebate, "91", np.where(use14, "14", "13")),
        alternative_maximum=out(divide_half_up(alt, den)),
        reason=(reason.item() or None) if scalar else reason,
        weekly=out(divide_half_up(num, den)),
        annual=out(divide_half_up(num, 7 * 52 * _PPM * c)),
        days_in_year=out(days),
    )


def _band_index(band) -> np.ndarray:
    arr = np.asarray(band)
    if arr.dtype.kind in "US":
        bad = ~np.isin(arr, list(_BANDS))
        if np.any(bad):
            raise InputError("band", arr[bad].flat[0] if arr.ndim else str(arr), "a band letter, A to H")
        return np.searchsorted(np.array(list(_BANDS)), arr).astype(np.int64)
    return whole("band", band, 0, 7, "a band, 0 (A) to 7 (H)")


def _ppm(percent) -> np.ndarray:
    from .council_tax_reduction import ppm

    return np.asarray(ppm(percent), dtype=np.int64)


# Long because: the docstring (23 lines) names the scheme's facts and provisions; the body takes SSI 2021/249's
# steps in order (applicable amount, income with and without UC, earnings, capital, non-dependants, the
# reduction), a few lines each.
def columns(r: dict, li: dict, rows, days, f: dict, bu, n: int, tables: Tables) -> None:
    """The Scottish working-age scheme for ``rows`` of a caseload (called by :mod:`.council_tax_columns`, filling
    its working sheet ``r``; scheme 6).

    The facts: the pension-age schemes' (children, disabled children, carers, severe disability), Housing Benefit's
    condition for the disability premium (SI 2006/213 Sch 3 para 13(1)(a); Sch 1 para 12(1)(a) lists the same
    benefits and Scotland's own), none where the applicant (with UC, either of a couple) has limited capability for
    work (para 12(8)), and with UC the components (para 18(1)(aa): LCW the work-related activity one, LCWRA the
    support one), the single LCW personal allowance, the enhanced disability premium for LCWRA (para 14(1)(a),
    (aa)), the carer premium for the UC carer element (para 6(1)(c)) and the disabled child premiums by the UC
    disabled child addition (para 4). A UC claimant's income is what UC counted plus the award's child elements
    (disabled child additions included) and childcare element, or the award if less (reg 57(1)(p), (2)(d); UC's
    transitional element is not modelled), less the childcare charges of reg 78. Without UC, income is UC's measure
    made weekly (reg 57's list follows UC's) without UC's yield of capital (SI 2013/376 reg 72): the scheme's own
    weekly yield (reg 63(1)(b)) is added by :func:`scotland_working_age_reduction`.

    Earnings with UC: :func:`_uc_schedule_3`; without UC (since 2026-12-07): each adult's net earnings a week
    (reg 50(3): UC's measure, with half of a net-pay occupational pension contribution added back) less Sch 3
    paras 4-8, 11 and para 15's £17.10 from each adult's hours
    (:func:`.council_tax_reduction_wales.schedule_8_columns`, the Welsh scheme's twin); new-style ESA in the support
    group: :func:`_by_esa`. Check needed (reason 4), never a guess: the cases those leave open (without UC:
    childcare costs, reg 77; a pension contribution relieved at source; the carer premium for the partner alone where
    the household does not say who applies), and LCW without UC or ESA. The second adult rebate (reg 91, Sch 2): :func:`_second_adults`; where a
    second adult's income is not shown it is worked at 15%, and where the rebate is then the greater, reason 7."""
    from .council_tax_columns import _nd_deductions, _put, _rows, _without_uc_yield
    from .council_tax_reduction import alternative_maximum_percent, non_dependant_deduction
    from .hb_ctr import _age, _disability_premium_condition
    from ..errors import NoRowInForce

    def col(x):
        return _rows(np.asarray(x), n)[rows]

    a1, a2 = bu.adult1, bu.adult2
    two = col(a2.present)
    each = lambda g: col(g(a1)) | (two & col(g(a2)))  # noqa: E731
    lcw = each(lambda a: np.asarray(a.lcw))  # limited capability for work, or for work-related activity too
    lcwra = each(lambda a: np.asarray(a.lcwra))
    esa = each(lambda a: np.asarray(a.new_style_esa_weekly) > 0)
    uc = f["award"][rows] > 0
    sc = f["sc"]
    try:  # the scheme's figures for the year
        tables.at(f"{_P}.tariff_income", table_on(days[rows]))
    except NoRowInForce:
        r["ctr_status"][rows], r["ctr_reason"][rows] = 2, 5
        return
    applicant, support, partner = _by_esa(a1, a2, col, two, uc, bu.applicant)
    lost = (esa | (~uc & lcw)) & ~support & ~partner
    if lost.any():
        idx = np.flatnonzero(rows)[lost]
        r["ctr_status"][idx], r["ctr_reason"][idx] = 2, 4
        rows = rows.copy()
        rows[idx] = False
        if not rows.any():
            return
        two, lcw, lcwra, uc, support, partner, applicant = (x[~lost] for x in (two, lcw, lcwra, uc, support, partner,
                                                                              applicant))
    app = {k: v[rows] for k, v in f["applicable"].items()}
    couple = f["couple"][rows]
    edp = each(lambda a: (np.asarray(a.dla_care) == 3) | (np.asarray(a.pip_daily_living) == 2)
               | (np.asarray(a.attendance_allowance) > 0)) | (uc & lcwra) | support
    carers = np.maximum(app["carers"], np.where(uc, sc["carer_elements"][rows], 0))
    # Sch 1 para 12(8): the applicant's LCW (or with UC the partner's) bars the premium, the partner alone in the group
    # without UC does not; with the premium no component (para 20(1): the applicable amount leaves it out).
    dp = each(lambda a: _disability_premium_condition(a)) & ~(lcw & ~partner)
    component = np.where((uc & lcwra) | support | partner, 2, np.where(uc & lcw, 1, 0))
    try:
        split = scotland_working_age_applicable_amount(
            couple, np.maximum(col(_age(a1, days.each)), 16), on=days[rows], tables=tables,
            children=app["children"], disabled_children=app["disabled_children"],
            enhanced_disability_children=np.where(uc, sc["higher_disabled"][rows], app["enhanced_disability_children"]),
            carers=carers, severe_disability=app["severe_disability"], disability_premium=dp,
            enhanced_disability_premium=edp, component=component,
            lcw_personal_allowance=((uc & lcw) | support) & ~couple,
            # Reg 98: the household says whether the applicant kept the premium (SSI 2016/81 reg 2) and at £22.20.
            transitional_family_premium=app["transitional_family_premium"],
            transitional_family_premium_22_20=col(np.asarray(bu.transitional_family_premium_22_20, bool))
            & app["transitional_family_premium"], parts=True, premium_parts=True)
        amount = sum(np.asarray(split[k], np.int64)
                     for k in ("personal_allowance", "premiums", "components", "transitional_family_premium"))
        disability = dp | (app["severe_disability"] > 0) | (component > 0)  # Sch 3 para 4(2), (2A)
        disregard, unsure = _uc_schedule_3(f, bu, rows, col, two, couple, app["children"] > 0, disability, carers,
                                           days, tables, applicant)
        # Without UC (reg 50, Sch 3 paras 4-8, 11, 15): each adult's net earnings a week, less the Sch 3 sum.
        from .council_tax_reduction_wales import schedule_8_columns

        weekly_earnings, weekly_disregard, open8, _ = schedule_8_columns(f, bu, n, rows, days, disability, tables,
                                                                         scheme="scotland_working_age")
        earner = ~uc & (f["earned"][rows] > 0)
        unsure = unsure | (earner & open8)
        nd = _nd_deductions(bu, n, rows, lambda i, w, e: non_dependant_deduction(
            i, w, e, on=days[rows], tables=tables, scheme="scotland_working_age"))
        nd = np.where(f["blind_or_care"][rows], 0, nd)  # reg 90(6)
        has, passported, sa_income, not_shown = _second_adults(bu, n, rows, couple, f["disregarded"][rows])
        counted = f["uc_income"][rows]
        # Reg 42(2)(c), (4): the reg 78(3) charges, at most the maximum for the children the childcare is for.
        childcare = np.where(uc, uc_childcare_deduction_weekly(sc["childcare"][rows], col(bu.childcare_children),
                                                               on=days[rows], tables=tables), 0)
        res = scotland_working_age_reduction(
            li["annual_liability"][rows], on=days[rows], tables=tables, band=li["band"][rows],
            weekly_applicable_amount=amount, couple=couple, children=app["children"], universal_credit=uc,
            uc_monthly_income=counted + np.minimum(sc["child_payments"][rows], f["award"][rows]) - disregard,
            # Without UC: the scheme's own yield of capital (reg 63(1)(b)) and the earnings as reg 50 counts them.
            weekly_income=np.where(earner, _weekly(_without_uc_yield(f, rows) - f["earned"][rows]) + weekly_earnings
                                   - weekly_disregard, _weekly(_without_uc_yield(f, rows))),
            weekly_childcare_charges=childcare,
            capital=f["capital"][rows], weekly_non_dependant_deductions=nd,
            alternative_ppm=alternative_maximum_percent(has, sa_income, passported, on=days[rows], tables=tables,
                                                        scheme="scotland_working_age"))
    except NoRowInForce:
        r["ctr_status"][rows], r["ctr_reason"][rows] = 2, 5
        return
    _put(r, rows, res, 6, res.applicable_amount, res.weekly_income)
    # The applicable amount's parts, for the working sheet (reg 14's income threshold, where it is taken instead in
    # bands E to H, is no sum of them: the sheet then says so).
    r["ctr_personal_allowance"][rows] = split["personal_allowance"]
    r["ctr_premiums"][rows] = split["premiums"]
    r["ctr_components"][rows] = split["components"]
    for k, v in split["premiums_named"].items():  # the premiums one by one, adding up to ctr_premiums
        r["ctr_" + k][rows] = v
    r["ctr_alternative_maximum"][rows] = res.alternative_maximum
    # With UC the month's sum, as a week; without it the week's.
    r["ctr_earnings_disregarded"][rows] = np.where(earner, weekly_disregard, divide_half_up(disregard * 12, 52))
    r["ctr_childcare_charges"][rows] = childcare
    idx = np.flatnonzero(rows)[unsure]
    # Sch 3 paras 6-7 left open by the facts; without UC also childcare costs (reg 77) and a pension contribution
    # relieved at source (reg 50(3)(c), (4)): schedule_8_columns.
    r["ctr_status"][idx], r["ctr_reason"][idx] = 2, 4
    idx = np.flatnonzero(rows)[not_shown & (np.asarray(res.route) == "91")]
    r["ctr_status"][idx], r["ctr_reason"][idx] = 2, 7  # a second adult's income not shown decides it


def _by_esa(a1, a2, col, two, uc, applicant):
    """The household's ``applicant`` column for the rows, and the rows whose
    new-style ESA settles Sch 1 Part 6: the applicant in the support group
    (:func:`_esa_support_group`), or, without UC, the partner alone in it
    (:func:`_partner_support_group`).

    Where the household does not say which of a couple applies, adult 1
    alone in the group (the partner with none of ESA, LCW or LCWRA) is left
    open (check needed), as the partner alone in it is: adult 1 applying
    gets the component and the enhanced disability premium (para 14(1)(a)),
    adult 2 applying the component alone, or the disability premium instead
    (paras 12(8), 20(1)). Both in the group settle it whoever applies.

    With UC it never turns on who applies: the partner's LCW and LCWRA count
    as the applicant's (paras 12(8)(b), 14(1)(aa)) and the component is for
    "the applicant or the applicant's partner" (paras 18(1), 22), so either
    of the couple in the group settles it, named or not."""
    applicant = col(applicant)
    g1, g2, n1, n2 = _group_and_any(a1, a2, col, two)
    open_ = (applicant == 0) & two & g1 & ~n2
    either = _esa_support_group(a1, a2, col, two, 1) | _esa_support_group(a1, a2, col, two, 2)
    return (applicant, np.where(uc, either, _esa_support_group(a1, a2, col, two, applicant) & ~open_),
            _partner_support_group(a1, a2, col, two, applicant) & ~uc)


def _esa_support_group(a1, a2, col, two, applicant=None):
    """Rows (without UC) whose new-style ESA settles Sch 1 Part 6: the
    applicant has new-style ESA with the support component and limited
    capability for work-related activity, and the partner, if any, either
    has none of ESA, LCW or LCWRA or is in the support group too. The
    applicant is adult 2 where ``applicant`` (the household's column: 0 not
    given, 1, 2) says so, else adult 1.

    Legal basis: SSI 2021/249 Sch 1 para 18(1): a claim for ESA (a), the
    Secretary of State's decision of LCWRA (b), and the assessment phase
    ended or ESA Regs 2013 reg 7 applying (c), which an award with the
    support component shows (ESA 2007 Act s 2(2)-(3), s 24(2)); para 22 the
    support component; para 14(1)(a) the enhanced disability premium ("the
    applicant" has LCWRA); para 1(2) the single main phase ESA allowance.
    Left open (check needed): ESA without the support component (the
    assessment phase, or the work-related activity group, whose component
    turns on facts not given), LCW without ESA, and a partner alone in the
    support group (para 14(1)(a)'s premium turns on which of the couple
    applies: see :func:`_partner_support_group`)."""
    g1, g2, n1, n2 = _group_and_any(a1, a2, col, two)
    second = _second_applies(applicant, two)
    return np.where(second, g2 & (~n1 | g1), g1 & (~n2 | g2))


def _group_and_any(a1, a2, col, two):
    """Each adult in the ESA support group (new-style ESA with the support
    component and LCWRA), and each with any of ESA, LCW or LCWRA (adult 2's
    false for a single applicant)."""
    def group(a):
        return (np.asarray(a.new_style_esa_weekly) > 0) & np.asarray(a.lcwra) & np.asarray(a.esa_support_component)

    def any_of(a):
        return (np.asarray(a.new_style_esa_weekly) > 0) | np.asarray(a.lcw) | np.asarray(a.lcwra)

    return col(group(a1)), two & col(group(a2)), col(any_of(a1)), two & col(any_of(a2))


def _second_applies(applicant, two):
    """Rows where the household says adult 2 (of a couple) is the applicant."""
    return two & (np.asarray(0 if applicant is None else applicant) == 2)


def _partner_support_group(a1, a2, col, two, applicant):
    """Rows (without UC) where the household says which of a couple applies
    and the partner alone is in the ESA support group, the applicant having
    none of ESA, LCW or LCWRA: settled (SSI 2021/249 Sch 1, read in the
    revised text at 31 October 2024): the support component, for "the
    applicant or the applicant's partner" (paras 18(1), 22), unless the
    applicant gets the disability premium (para 20(1)), which the
    partner's LCW does not bar without UC (para 12(8): (a) the applicant's,
    (b) the partner's only with an award of UC); no enhanced disability
    premium by it (para 14(1)(a) asks that "the applicant" has LCWRA, (aa)
    the partner only with UC). Not given: check needed, as the applicant in
    the group gets no disability premium and the enhanced one."""
    g1, g2, n1, n2 = _group_and_any(a1, a2, col, two)
    given = np.asarray(0 if applicant is None else applicant) > 0
    second = _second_applies(applicant, two)
    return given & np.where(second, g1 & ~n2, g2 & ~n1)


def _uc_schedule_3(f: dict, bu, rows, col, two, couple, lone_parent, disability, carers, days, tables: Tables,
                   applicant=None):
    """The Sch 3 sum taken from the assessment period's earnings of the UC
    claimants among ``rows`` (:func:`uc_earnings_disregard`; nil without UC
    or earnings) [pence/month], and where the household's facts leave it
    open (check needed).

    Each adult's earnings as UC counts them (``f["wa"]``); where they are not
    given one by one the household's are taken as the applicant's, which
    decides nothing except under paras 6-7. The carer premium's carer
    (para 6(1)(b)) is the adult whose award includes the carer element: the
    adult with caring responsibilities (``carer``). Para 4 (a component in
    the applicable amount) comes before para 6, so the carer element's rule
    for a carer with LCWRA (SI 2013/376 reg 29(4)) never decides it. Open:
    the carer premium with the adults' earnings not given one by one, or with
    a carer count the adults' facts do not match, and para 7, where one of a
    couple is the carer earning under £20 and the other earns: its £10 goes
    only where the premium is "in respect of an applicant": settled where the
    household says which of the couple applies (``applicant``, the
    household's column for these rows: 0 not given, 1, 2), open where not."""
    uc, earned = f["award"][rows] > 0, f["earned"][rows]
    m1, m2 = f["wa"]["earned1"][rows], np.where(couple, f["wa"]["earned2"][rows], 0)
    given = (m1 + m2) == earned
    m1, m2 = np.where(given, m1, earned), np.where(given, m2, 0)
    c1 = col(np.asarray(bu.adult1.carer)) & (carers > 0)
    c2 = two & couple & col(np.asarray(bu.adult2.carer)) & (carers > 0)
    works = uc & (earned > 0)
    para6 = works & ~lone_parent & ~disability & (carers > 0)
    limit = tables.at(f"{_P}.earnings_disregard", table_on(days[rows]))["carer"]
    para7 = (c1 ^ c2) & (np.where(c1, m1, m2) < limit) & (np.where(c1, m2, m1) > 0)
    named = np.asarray(0 if applicant is None else applicant) > 0
    unsure = para6 & (~given | (carers != c1.astype(np.int64) + c2) | (para7 & ~named))
    # uc_earnings_disregard takes the applicant's earnings and carer premium first (para 7 is the applicant's).
    second = _second_applies(applicant, two & couple)
    d = uc_earnings_disregard(np.where(second, m2, m1), np.where(second, m1, m2), on=days[rows], tables=tables,
                              couple=couple, lone_parent=lone_parent, disability=disability,
                              carer1=np.where(second, c2, c1), carer2=np.where(second, c1, c2))
    return np.where(works, d, 0), unsure


def _second_adults(bu, n: int, rows, couple, disregarded):
    """The second adults of SSI 2021/249 reg 13(7)-(8), 92 and Sch 2 for
    ``rows``: ``(any, 25% rate, gross weekly income, income not shown)``.

    A non-dependant aged 18 or over not disregarded for discount; with a
    couple claiming, only where one of the couple is disregarded (reg 92(b);
    taken to be so where more residents are disregarded than the
    non-dependants so disregarded). 25% where every second adult is on a
    qualifying income-related benefit or Pension Credit, or every one is on
    UC with no earned income (Sch 2 para 1, first and fourth entries); else
    by their gross incomes added up, leaving out those of people on those
    benefits or on UC with no earned income (second entry); UC with earnings
    counts. Nobody paying the applicant rent is assumed (reg 13(7)(a))."""
    from .council_tax_columns import _rows

    h = bu.housing
    code = np.stack([_rows(getattr(h, f"nd{k}_second_adult"), n)[rows] for k in range(1, 5)], axis=-1)
    income = np.stack([_rows(getattr(h, f"nd{k}_income"), n)[rows] for k in range(1, 5)], axis=-1)
    second = code > 0
    has = second.any(axis=-1) & (~np.asarray(couple, bool) | (disregarded > (code == -1).sum(axis=-1)))
    all_of = lambda x: has & ~(second & (code != x)).any(axis=-1)  # noqa: E731
    passported = all_of(2) | all_of(3)
    counted = second & (code != 2) & (code != 3)
    return (has, passported, np.where(counted, np.maximum(income, 0), 0).sum(axis=-1),
            has & ~passported & (counted & (income < 0)).any(axis=-1))


def _tenths(percent):
    """A percentage x 10, exactly (the factors are in tenths of a percent):
    a Fraction for one date, or, for a date a row, a
    :class:`~entitlements.money.PercentArray` (one a row)."""
    if isinstance(percent, PercentArray):
        return np.asarray(percent.numerator, np.int64) * 10 // percent.denominator
    return int(percent * 10)


def pension_bands_e_to_h(r: dict, li: dict, rows, days, res, couple, children, alt_ppm, blocked,
                         tables: Tables) -> None:
    """Scotland's pension-age reduction for dwellings in bands E to H (SSI
    2012/319 regs 14A, 47(1A)-(1B), read in the revised text at 1 June 2019):
    where it is greater than the reg 14 reduction ``res`` (with any second
    adult rebate, ``alt_ppm`` of the day's council tax) already in the working
    sheet ``r`` for ``rows``, it replaces it: (A - A/C) a day over the days in
    the year, less the same non-dependant deductions, tapered at 20% of the
    week's income (as reg 14 counts it, nil with guarantee credit) above £321
    (single, no child) or £479. None where ``blocked`` (capital over £16,000,
    reg 40). Both compared exactly, over days x 52 x 1,000,000 x C."""
    from .council_tax_reduction import ppm

    p = "ctr.scotland_pension"
    band = li["band"][rows]
    if not (band >= 4).any():
        return
    when = table_on(days[rows])
    factors = tables.at(f"{p}.bands_e_to_h_factors", when)
    th = tables.at(f"{p}.bands_e_to_h_thresholds", when)
    k = np.select([band == i for i in range(4, 8)], [_tenths(factors[x]) for x in "EFGH"], 0).astype(np.int64)
    c = 1000 + k
    d = np.asarray(res.days_in_year, dtype=np.int64)
    a = li["annual_liability"][rows].astype(np.int64)
    nd = np.asarray(res.weekly_non_dependant_deductions, dtype=np.int64)
    taper = np.asarray(ppm(tables.at(f"{p}.taper", when)), dtype=np.int64)
    threshold = np.where(~np.asarray(couple, bool) & (np.asarray(children) == 0), th["single"], th["other"])
    x = np.minimum(np.maximum(52 * (np.asarray(res.weekly_income, dtype=np.int64) - threshold), 0), _MAX_EXCESS_52)
    main = 7 * a * k * 52 * _PPM - nd * d * 52 * _PPM * c
    num = np.maximum(main - taper * x * d * c, 0)
    # Reg 14's exact week (SI-style over days x 1,000,000): the greater of the tapered maximum and the rebate.
    excess = np.minimum(np.asarray(res.excess_income, dtype=np.int64), _MAX_EXCESS_52 // 52)
    reg14 = np.maximum(np.maximum(_PPM * 7 * a - nd * d * _PPM - taper * excess * d, np.asarray(alt_ppm) * 7 * a), 0)
    better = (band >= 4) & ~np.asarray(blocked, bool) & (num > reg14 * 52 * c)
    if not better.any():
        return
    idx = np.flatnonzero(rows)[better]
    den = (d * 52 * _PPM * c)[better]
    r["ctr_maximum"][idx] = divide_half_up(np.maximum(main, 0)[better], den)
    r["ctr_applicable_amount"][idx] = np.broadcast_to(threshold, band.shape)[better]
    for k in ("ctr_personal_allowance", "ctr_premiums", "ctr_components",  # reg 14's threshold is no sum of parts
              *("ctr_" + p for p in SCOTLAND_WA_PREMIUMS)):
        if k in r:
            r[k][idx] = 0
    r["ctr_excess_income"][idx] = divide_half_up(x[better], 52)
    r["ctr_taper_deduction"][idx] = divide_half_up((taper * x)[better], 52 * _PPM)
    r["reduction_weekly"][idx] = divide_half_up(num[better], den)
    r["reduction_annual"][idx] = divide_half_up(num[better], (7 * 52 * _PPM * c)[better])
    r["ctr_alternative_maximum"][idx] = 0
