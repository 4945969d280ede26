"""Council tax and Council Tax Reduction for benefit units in columns: one
household or a caseload, through the same functions (:func:`council_tax_for`,
called by :mod:`.household_total` with the facts :mod:`.hb_ctr` gathers).

One job: the week's council tax and its reduction, step by step
(:class:`CouncilTaxCalculation`).

- **Council tax** (:mod:`.council_tax`, :mod:`.council_tax_areas`): the
  area Band D of the billing authority for the financial year (or, given
  instead, the bill's Band D or band charge: :data:`BAND_D_SOURCES`), the band's
  proportion, the disabled band reduction and the discount from the adults
  resident (claimants and non-dependants aged 18 or over) and how many are
  disregarded.
- **Council Tax Reduction**: where everyone has reached the qualifying age,
  the national pension-age scheme of the nation
  (:func:`.council_tax_reduction.pension_age_reduction`: England SI
  2012/2885, Wales WSI 2013/3029, Scotland SSI 2012/319); below it, the
  Welsh and Scottish national working-age schemes (the Scottish one,
  SSI 2021/249, in :mod:`.council_tax_reduction_scotland`), or in England the
  council's own scheme (:mod:`.council_tax_reduction_local`). A council whose
  scheme for the year is not in the library, a
  Band D figure missing for the year, or a fact the scheme needs that the
  household does not give: ``ctr_status`` "check_needed" with the reason
  (:data:`CT_REASONS`), never a silent zero.

Assumptions, each said on the working sheet: for working-age schemes a UC
claimant's applicable amount is the award's maximum amount and income the
award plus the income UC counted (as the Welsh scheme prescribes, WSI
2013/3029 Sch 6 para 3, read; the English local schemes' own rules for UC
claimants were not read); without UC, the Housing Benefit working-age
applicable amount (SI 2006/213 Sch 3) stands in for the scheme's. A UC
claimant's income already holds UC's yield from capital: no scheme's tariff
income is added (``_wales_working_age``, ``_local``). The
second adult rebate (alternative maximum) is worked out in England and
Scotland from the non-dependants (``_second_adults``); people jointly
liable other than a partner, and lodgers, are not modelled.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import attrs
import numpy as np

from ..columns import BenefitUnitColumns
from ..dates import as_day
from ..errors import InputError, NoRowInForce
from ..money import divide_half_up
from ..tables import Tables
from . import council_tax as ct
from . import council_tax_reduction as ctr
from ._numeric import table_on, weekly_from_monthly as _weekly
from .housing_benefit import HousingBenefitCalculation

__all__ = ["CT_STATUS", "CT_REASONS", "CTR_SCHEMES", "BAND_D_SOURCES", "CouncilTaxCalculation", "authority_codes", "council_tax_for"]

#: Council tax and CTR status codes: 0 not worked out (no band given, or not
#: liable), 1 worked out, 2 check needed (``reason`` says why).
CT_STATUS = ("none", "calculated", "check_needed")
#: Why a figure could not be worked out, by code.
CT_REASONS = ("", "no_band_d_for_year", "local_scheme_not_shipped", "scottish_working_age_not_shipped",
              "scheme_fact_not_modelled", "national_scheme_year_not_shipped", "band_not_in_nation",
              "second_adult_income_not_shown", "second_adult_rebate_not_shipped")
# Code 8 ("second_adult_rebate_not_shipped") is no longer given (2026-12-06): the Welsh scheme has no second adult
# rebate (WSI 2013/3029 regs 21-25, Sch 1 para 4); it stays so that the codes keep their numbers.
#: Where the Band D came from, by code: the shipped area table
#: (``rules/council_tax/band_d``), the Band D on the bill
#: (``Housing.council_tax_band_d``), or worked back from the band's charge
#: on the bill (``Housing.council_tax_band_charge``).
BAND_D_SOURCES = ("table", "bill_band_d", "bill_band_charge")
#: The CTR scheme applied, by code.
CTR_SCHEMES = ("none", "england", "wales_pension", "scotland_pension", "wales_working_age", "local",
               "scotland_working_age")
_NATION_OF = {"E": "england", "W": "wales", "S": "scotland"}
_NATIONS = ("england", "wales", "scotland")
_PENSION_SCHEME = {"england": 1, "wales": 2, "scotland": 3}


@cache
def authority_codes() -> tuple[str, ...]:
    """The GSS codes of the shipped billing authorities, sorted: a household's
    ``local_authority`` column is an index into them."""
    from .council_tax_areas import default_authorities

    return tuple(sorted(a.code for a in default_authorities()))


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
    band_d_source: Any = 0  # code into BAND_D_SOURCES: the shipped area table, or the bill's Band D or band charge
    # the week's earnings out of ctr_income (Wales Sch 8; Scotland Sch 3; at pension age the scheme's own earnings
    # disregard, SI 2012/2885 Sch 4 and the Welsh and Scottish twins, or with savings credit only the disregards taken
    # off the Secretary of State's income: Sch 1 para 14(2)(c)(i), (d) and twins; nil with guarantee credit), else 0
    ctr_earnings_disregarded: Any = 0
    ctr_tariff_income: Any = 0  # the scheme's weekly tariff income from capital, in ctr_income (0 where none)
    ctr_childcare_charges: Any = 0  # childcare charges deducted in ctr_income (Welsh working age; Scottish with UC, reg 42(2)(c), (4)), else 0
    # the Scottish working-age applicable amount's parts (SSI 2021/249 Sch 1: para 1, the premiums of paras 2-5 and
    # 11-14, the Part 6 components; the transitional family premium, reg 98, is the rest), else 0 (since 2026-12-08)
    ctr_personal_allowance: Any = 0
    ctr_premiums: Any = 0
    ctr_components: Any = 0
    # ctr_premiums one by one (SSI 2021/249 Sch 1; council_tax_reduction_scotland.SCOTLAND_WA_PREMIUMS names each
    # with its paragraphs), adding up to it; else 0 (since 2026-12-08)
    ctr_child_premium: Any = 0
    ctr_disabled_child_premium: Any = 0
    ctr_enhanced_disability_premium_child: Any = 0
    ctr_carer_premium: Any = 0
    ctr_disability_premium: Any = 0
    ctr_enhanced_disability_premium: Any = 0
    ctr_severe_disability_premium: Any = 0


#: The Scottish working-age premiums one by one, as fields of :class:`CouncilTaxCalculation` (adding up to ctr_premiums).
CTR_PREMIUM_FIELDS = ("ctr_child_premium", "ctr_disabled_child_premium", "ctr_enhanced_disability_premium_child",
                      "ctr_carer_premium", "ctr_disability_premium", "ctr_enhanced_disability_premium",
                      "ctr_severe_disability_premium")


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


def nation_codes(bu: BenefitUnitColumns):
    """Each benefit unit's nation by its billing authority, a code into
    ``("england", "wales", "scotland")``; -1 where no authority is given."""
    la = np.asarray(bu.local_authority).astype(np.int64)
    nation_of = np.array([_NATIONS.index(_NATION_OF[c[0]]) for c in authority_codes()], dtype=np.int8)
    return np.where(la >= 0, nation_of[np.maximum(la, 0)], -1)


def _liability(bu: BenefitUnitColumns, days, n, *, tables: Tables) -> dict[str, np.ndarray]:
    """Band D, the band's amount, the discount and the liability, a year and
    a week, for each row with a band and an authority (LGFA 1992 ss 5, 10-11,
    74, 79; SI 1992/554 reg 4); ``reason`` 1 where the authority has no Band D
    figure for the year, 6 where the band is not one of the nation's (band I
    outside Wales: a Household and a caseload row refuse it as an input error,
    docs/council-tax.md, so only columns built by hand reach 6)."""
    from .council_tax_areas import default_authorities

    h = bu.housing
    band, la = _rows(h.council_tax_band, n).astype(np.int64), _rows(bu.local_authority, n).astype(np.int64)
    want = (band >= 0) & (la >= 0) & _rows(h.council_tax_liable, n)
    out = {k: np.zeros(n, np.int64) for k in ("band_d_annual", "band_amount_annual", "discount_percent",
                                               "annual_liability", "weekly_liability", "reason", "source")}
    out["status"] = np.where(want, 1, 0)
    if not want.any():
        return out
    codes = authority_codes()
    nation_of = np.array([_NATIONS.index(_NATION_OF[c[0]]) for c in codes], dtype=np.int8)
    nation = nation_of[np.maximum(la, 0)]  # a code into _NATIONS
    fy = days.each.astype("datetime64[M]").astype(np.int64)
    fy = fy // 12 + 1970 - (fy % 12 < 3)
    schedule = default_authorities()
    # A figure from the bill is used instead of the area Band D (BAND_D_SOURCES).
    bill_d, bill_charge = _rows(h.council_tax_band_d, n), _rows(h.council_tax_band_charge, n)
    out["source"] = np.where(want, np.where(bill_d >= 0, 1, np.where(bill_charge >= 0, 2, 0)), 0)
    out["band_d_annual"] = np.where(out["source"] == 1, bill_d, 0).astype(np.int64)
    table = want & (out["source"] == 0)
    for pair in np.unique(la[table] * 10000 + fy[table]):
        a, y = int(pair // 10000), int(pair % 10000)
        rows = table & (la == a) & (fy == y)
        try:
            out["band_d_annual"][rows] = schedule.entry(codes[a], on=dt.date(y, 4, 1)).annual
        except (NoRowInForce, InputError):
            out["reason"][rows] = 1
    dbr = _rows(h.disabled_band_reduction, n)
    n_bands = np.array([len(ct.BANDS[_NATIONS[x]]) for x in nation_of])[np.maximum(la, 0)]
    out["reason"] = np.where(want & (out["reason"] == 0) & (band >= n_bands), 6, out["reason"])
    ok = want & (out["reason"] == 0)
    adults = 1 + _rows(bu.adult2.present, n).astype(np.int64)
    residents = adults + sum((_rows(getattr(h, f"nd{k}_age"), n) >= 18).astype(np.int64) for k in range(1, 5))
    # A lodger (taken to be 18 or over) is resident too: no single person discount (LGFA 1992 s 11(1)-(2)).
    residents = residents + (_rows(h.lodger_payment_weekly, n) > 0).astype(np.int64)
    disregarded = np.minimum(_rows(h.council_tax_disregarded, n).astype(np.int64), residents)
    for code, nat in enumerate(_NATIONS):
        rows = ok & (nation == code)
        if rows.any():
            out["band_amount_annual"][rows] = ct.band_amount(out["band_d_annual"][rows], band[rows], on=days[rows],
                                                             tables=tables, nation=nat, disabled_band_reduction=dbr[rows])
        rows = rows & (out["source"] == 2)
        if rows.any():
            out["band_d_annual"][rows], out["band_amount_annual"][rows] = ct.from_band_charge(
                bill_charge[rows], band[rows], on=days[rows], tables=tables, nation=nat, disabled_band_reduction=dbr[rows])
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


# Long because: the docstring (42 lines) names each fact the schemes read; the body is the liability, the facts in
# columns and one call per scheme, about 55 lines.
def council_tax_for(bu: BenefitUnitColumns, *, on, tables: Tables, all_over, hb: HousingBenefitCalculation,
                    uc_award, uc_maximum, uc_income, earned_monthly, pension_credit, applicable: dict,
                    blind_or_care, pension_income, scotland: dict | None = None,
                    wales: dict | None = None, uc_tariff=None, income_tax_weekly=0,
                    savings_additional=0, pension_childcare=0, pension_disregarded=0) -> CouncilTaxCalculation:
    """Council tax and Council Tax Reduction for the week beginning ``on``
    (see the module notes). ``uc_award``, ``uc_maximum`` and ``uc_income``
    (earned and unearned income UC counted) are pence a month;
    ``applicable`` the keywords of :func:`.council_tax_reduction.applicable_amount`
    for the pension-age schemes; ``pension_income`` what they count
    (:func:`pension_age_ctr_income`); ``hb`` gives the working-age
    applicable amount; ``scotland`` the UC facts the Scottish working-age
    scheme asks for (:mod:`.council_tax_reduction_scotland`:
    ``child_payments`` and ``childcare`` a month, ``carer_elements``,
    ``higher_disabled``; nil where not given); ``wales`` the facts of the
    Welsh working-age earnings disregards
    (:mod:`.council_tax_reduction_wales`: ``earned1`` and ``earned2``, each
    adult's earned income as UC counts it, pence a month; ``carer1`` and
    ``carer2``, entitled to Carer's Allowance; nil where not given);
    ``uc_tariff`` the income UC assumed from capital, which ``uc_income``
    holds (SI 2013/376 reg 72, pence a month; worked out from the capital by
    :func:`.uc_income.tariff_income` where not given): for a household
    without UC the working-age schemes of Wales and Scotland count their own
    weekly tariff income instead; ``income_tax_weekly`` the income tax on
    pensions and taxable benefits [pence/week] (:mod:`.pension_tax`), which
    the working-age schemes that disregard it take off the income they count
    without UC (Wales, WSI 2013/3029 Sch 9 para 4; an English council's
    scheme whose file says so, ``[income] tax_disregarded``, as the Default
    Scheme, SI 2012/2886 Sch para 54(2) and its Sch 8); ``pension_income``
    already has it off. Not Scotland's (SSI 2021/249 has no such disregard:
    regs 38-43, 57), nor with UC (the income UC counted, which the schemes
    may not adjust for it: WSI 2013/3029 Sch 6 para 9(3), SI 2012/2886 Sch
    para 37(3)). ``savings_additional``: with savings credit only, the
    earnings disregards each pensioners' scheme takes off ``pension_income``,
    reported as ``ctr_earnings_disregarded``: the £17.10 additional earnings
    disregard (SI 2012/2885 Sch 1 para 14(2)(d), WSI 2013/3029 Sch 1 para
    8(2)(d), SSI 2012/319 reg 25(2)(d):
    :func:`.hb_ctr.savings_credit_additional_disregard`) and a lone parent's
    higher disregard (their (c)(i):
    :func:`.hb_ctr.savings_credit_lone_parent_disregard`) [pence/week].
    ``pension_childcare``: the relevant childcare charges the pensioners'
    scheme took off ``pension_income`` (:func:`.hb_ctr.pension_age_ctr_childcare`),
    reported as ``ctr_childcare_charges`` [pence/week].
    ``pension_disregarded``: the earnings disregard the pensioners' scheme
    took off ``pension_income`` where it counts the earnings itself
    (``hb_ctr.pension_age_ctr_earnings_disregard``), reported as
    ``ctr_earnings_disregarded`` on those rows [pence/week]."""
    scalar = np.ndim(bu.couple) == 0
    n = 1 if scalar else len(bu.couple)
    days = _days(on, n)
    li = _liability(bu, days, n, tables=tables)
    z = lambda: np.zeros(n, np.int64)  # noqa: E731
    r = {k: z() for k in ("ctr_status", "ctr_reason", "ctr_scheme", "ctr_non_dependant_deductions", "ctr_maximum",
                          "ctr_applicable_amount", "ctr_income", "ctr_excess_income", "ctr_taper_deduction",
                          "ctr_alternative_maximum", "reduction_weekly", "reduction_annual", "ctr_earnings_disregarded",
                          "ctr_tariff_income", "ctr_childcare_charges", "ctr_personal_allowance", "ctr_premiums",
                          "ctr_components", *CTR_PREMIUM_FIELDS)}
    ok = li["status"] == 1
    any_ok = ok.any()
    check = li["status"] == 2
    if any_ok or check.any():  # else no row has council tax: every figure stays nil
        r["ctr_status"] = np.where(ok, 1, np.where(check, 2, 0))
        r["ctr_reason"] = np.where(check, li["reason"], 0)
    if any_ok:
        over = _rows(all_over, n)
        facts = dict(couple=_rows(bu.couple, n), capital=_rows(bu.capital, n), blind_or_care=_rows(blind_or_care, n),
                     hb_income=_rows(pension_income, n),
                     savings_only=_rows((np.asarray(pension_credit.guarantee_credit) == 0)
                                        & (np.asarray(pension_credit.savings_credit) > 0), n),
                     gc=_rows(np.asarray(pension_credit.guarantee_credit) > 0, n),
                     applicable={k: _rows(v, n) for k, v in applicable.items()},
                     award=_rows(uc_award, n), maximum=_rows(uc_maximum, n), uc_income=_rows(uc_income, n),
                     earned=_rows(earned_monthly, n), wa_applicable=_rows(hb.applicable_amount.total, n),
                     uc_tariff=_rows(_uc_yield(bu, on, tables) if uc_tariff is None else uc_tariff, n),
                     children=_rows(applicable.get("children", 0), n),
                     disregarded=_rows(bu.housing.council_tax_disregarded, n),
                     sc={k: _rows((scotland or {}).get(k, 0), n) for k in ("child_payments", "childcare",
                                                                         "carer_elements", "higher_disabled")},
                     wa={k: _rows((wales or {}).get(k, 0), n) for k in ("earned1", "earned2", "carer1", "carer2")},
                     tax=_rows(income_tax_weekly, n), savings_additional=_rows(savings_additional, n),
                     pension_childcare=_rows(pension_childcare, n),
                     pension_disregarded=_rows(pension_disregarded, n))
        def schemes(rows):
            _pension_age(r, li, rows & over, days, facts, bu, n, tables)
            _working_age(r, li, rows & ~over, days, facts, bu, n, tables)

        schemes(ok)
        _apart_by_day(r, ok, days, schemes)
        # Only where a reduction was worked out (with no council tax to pay,
        # every figure is already nil).
        calculated = r["ctr_status"] == 1
        r = {k: np.where(calculated | (k in ("ctr_status", "ctr_reason", "ctr_scheme")), v, 0) for k, v in r.items()}
    if any_ok:
        to_pay_annual = np.where(ok, li["annual_liability"] - r["reduction_annual"], 0)
        to_pay_weekly = np.where(ok, li["weekly_liability"] - r["reduction_weekly"], 0)
    else:
        to_pay_annual, to_pay_weekly = z(), z()
    fields = dict(status=li["status"], reason=li["reason"], band_d_annual=li["band_d_annual"],
                  band_amount_annual=li["band_amount_annual"], discount_percent=li["discount_percent"],
                  annual_liability=li["annual_liability"], weekly_liability=li["weekly_liability"], **r,
                  to_pay_weekly=to_pay_weekly, to_pay_annual=to_pay_annual, band_d_source=li["source"])
    if scalar:
        return CouncilTaxCalculation(**{k: int(np.asarray(v)[0]) for k, v in fields.items()})
    return CouncilTaxCalculation(**{k: np.asarray(v) for k, v in fields.items()})


_YEAR_NOT_SHIPPED = CT_REASONS.index("national_scheme_year_not_shipped")


def _apart_by_day(r: dict, rows, days: _Days, schemes) -> None:
    """Rows a scheme's table did not cover (a batch's table read failed:
    "national_scheme_year_not_shipped") worked out again in two halves by
    day, and so on down, so that one row's day past a table's end never
    fails a row whose day the table covers (a caseload with a date a row
    under the ``strict`` rates policy). ``schemes(rows)`` works the rows out
    again; the rows still not covered keep the reason."""
    if days.same is not None:
        return
    failed = rows & (r["ctr_status"] == 2) & (r["ctr_reason"] == _YEAR_NOT_SHIPPED)
    if not failed.any():
        return
    d = days.each
    lo, hi = d[failed].min(), d[failed].max()
    if lo == hi:
        return
    mid = lo + (hi - lo) // 2
    for half in (failed & (d <= mid), failed & (d > mid)):
        r["ctr_status"][half], r["ctr_reason"][half] = 1, 0
        schemes(half)
        _apart_by_day(r, half, days, schemes)


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
    r["ctr_tariff_income"][rows] = res.tariff_income


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
    (a)), as it does in Scotland where they are on UC with earnings too
    ("or in receipt of universal credit", Sch 5 Table (a); their income still
    counts under (b), which names only UC with no earned income). Nobody
    paying the applicant rent is assumed (para 4(2): lodgers are not
    modelled)."""
    h = bu.housing
    code = np.stack([_rows(getattr(h, f"nd{k}_second_adult"), n)[rows] for k in range(1, 5)], axis=-1)
    income = np.stack([_rows(getattr(h, f"nd{k}_income"), n)[rows] for k in range(1, 5)], axis=-1)
    second = code > 0
    not_counted = (code == 2) | ((code == 3) if scotland else False)  # Table (b): their income left out
    row_a = not_counted | ((code == 4) if scotland else False)  # Table (a): the 25% rate
    member_disregarded = disregarded > (code == -1).sum(axis=-1)
    has = second.any(axis=-1) & (~couple | member_disregarded)
    passported = has & ~(second & ~row_a).any(axis=-1)
    counted = second & ~not_counted
    return (has, passported, np.where(counted, np.maximum(income, 0), 0).sum(axis=-1),
            has & ~passported & (counted & (income < 0)).any(axis=-1))


def _pension_age(r, li, rows_all, days, f, bu, n, tables) -> None:
    """The national pension-age scheme of each nation (SI 2012/2885 Sch 1;
    WSI 2013/3029 Schs 1-2; SSI 2012/319), with the alternative maximum
    (second adult rebate, class C: SI 2012/2885 Sch 1 paras 4, 9-10, Sch 3;
    SSI 2012/319 Sch 5) in England and Scotland. Wales has none: WSI
    2013/3029 prescribes only classes A and B for pensioners (regs 21-23,
    Sch 1 para 4, read 2026-12-06), so a second adult there changes nothing
    (reason code 8 is no longer given). A second adult whose income
    is not shown: worked out at the 15% rate (the most their income could
    give); where that is the greater, "check needed"."""
    for nat, scheme in (("england", "england"), ("wales", "wales_pension"), ("scotland", "scotland_pension")):
        rows = rows_all & (li["nation"] == _NATIONS.index(nat))
        if not rows.any():
            continue
        has, passported, sa_income, not_shown = _second_adults(bu, n, rows, f["couple"][rows], f["disregarded"][rows],
                                                               scotland=nat == "scotland")
        try:
            nd = _nd_deductions(bu, n, rows, lambda i, w, e: ctr.non_dependant_deduction(
                i, w, e, on=days[rows], tables=tables, scheme=scheme))
            nd = np.where(f["blind_or_care"][rows], 0, nd)  # para 8(6)
            income = f["hb_income"][rows]
            # Savings credit only: the £17.10 additional earnings disregard and a lone parent's higher disregard
            # come off the Secretary of State's income in every nation (SI 2012/2885 Sch 1 para 14(2)(c)(i), (d);
            # WSI 2013/3029 Sch 1 para 8(2)(c)(i), (d); SSI 2012/319 reg 25(2)(c)(i), (d); all read 2026-12-07).
            income = income - f["savings_additional"][rows]
            # A lodger's payments, by the scheme's own tables (SI 2012/2885 Sch 5 paras 9-10; WSI 2013/3029 Sch 4 paras
            # 9-10; SSI 2012/319 Sch 3 paras 8-9), where the scheme counts the income itself: not with guarantee
            # credit (nothing counted) nor savings credit only (Pension Credit's income, which has them already).
            own = ~f["savings_only"][rows] & ~f["gc"][rows]
            income = income + _lodger_on(bu, n, rows, own, days, tables, scheme)
            res = ctr.pension_age_reduction(
                li["annual_liability"][rows], on=days[rows], tables=tables, scheme=scheme, couple=f["couple"][rows],
                weekly_income=income, capital=np.where(f["savings_only"][rows], 0, f["capital"][rows]),
                guarantee_credit=f["gc"][rows], weekly_non_dependant_deductions=nd,
                second_adult=has, second_adult_gross_weekly_income=sa_income,
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
        # The earnings disregards the scheme took off: with savings credit only, off the Secretary of State's income
        # (as Housing Benefit's earnings_disregarded gives them in that case); with guarantee credit none (the
        # scheme counts no income); otherwise its own Sch 4 (England; Wales Sch 3, Scotland Sch 2) disregard.
        r["ctr_earnings_disregarded"][idx] = np.where(
            f["savings_only"][rows], f["savings_additional"][rows],
            np.where(f["gc"][rows], 0, f["pension_disregarded"][rows]))
        # The relevant childcare charges already out of the income (SI 2012/2885 Sch 1 para 24(1)(c) and twins).
        r["ctr_childcare_charges"][idx] = f["pension_childcare"][rows]
        r["ctr_alternative_maximum"][idx] = np.where(over, 0, res.alternative_maximum)
        for k in ("reduction_weekly", "reduction_annual", "ctr_taper_deduction"):
            r[k][idx[over]] = 0
        if nat == "scotland":  # bands E to H (SSI 2012/319 reg 14A), where greater
            from .council_tax_reduction_scotland import pension_bands_e_to_h
            alt = ctr.alternative_maximum_percent(has, sa_income, passported, on=days[rows], tables=tables, scheme=scheme)
            pension_bands_e_to_h(r, li, rows, days, res, f["couple"][rows], f["children"][rows], alt,
                                 over | (np.asarray(res.reason, dtype=object) == "capital_over_limit"), tables)
        unsure = not_shown & (np.asarray(res.kind) == "C") & ~over  # never in Wales: no class C there
        r["ctr_status"][idx[unsure]], r["ctr_reason"][idx[unsure]] = 2, CT_REASONS.index("second_adult_income_not_shown")


def _uc_yield(bu: BenefitUnitColumns, on, tables: Tables):
    """The income UC assumes from the capital [pence/month] (SI 2013/376
    reg 72), as :func:`.uc.calculate` counts it in its unearned income."""
    from .uc_income import tariff_income

    return tariff_income(bu.capital, on=on, tables=tables)[0]


def _uc_measures(f, rows):
    """A working-age scheme's applicable amount and income [pence/week]: with
    UC, the award's maximum amount and the award plus the income UC counted
    (WSI 2013/3029 Sch 6 para 3); without, the HB working-age applicable
    amount and the income UC counted."""
    uc = f["award"][rows] > 0
    applicable = np.where(uc, _weekly(f["maximum"][rows]), f["wa_applicable"][rows])
    income = _weekly(f["award"][rows] + f["uc_income"][rows])
    return uc, applicable, income


def _without_uc_yield(f, rows):
    """The income UC counted less UC's assumed yield of capital (SI 2013/376
    reg 72) [pence/month], for a scheme that counts its own tariff income."""
    return f["uc_income"][rows] - f["uc_tariff"][rows]


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
    """Below the qualifying age: the national schemes of Wales and Scotland
    (:mod:`.council_tax_reduction_scotland`), England's local schemes."""
    scot = rows_all & (li["nation"] == 2)
    if scot.any():
        from .council_tax_reduction_scotland import columns as scotland_working_age

        scotland_working_age(r, li, scot, days, f, bu, n, tables)
    wales = rows_all & (li["nation"] == 1)
    if wales.any():
        _wales_working_age(r, li, wales, days, f, bu, n, tables)
    england = rows_all & (li["nation"] == 0)
    for pair in np.unique(li["la"][england] * 10000 + li["fy"][england]):
        a, y = int(pair // 10000), int(pair % 10000)
        _local(r, li, england & (li["la"] == a) & (li["fy"] == y), authority_codes()[a], dt.date(y, 4, 1),
               f, bu, n, tables)


def _wales_working_age(r, li, wales, days, f, bu, n, tables) -> None:
    """The Welsh national working-age scheme (WSI 2013/3029 Schs 6-8).

    With UC, the income is the award plus the income UC counted, which
    already holds UC's assumed yield from capital (SI 2013/376 reg 72): no
    tariff income on top, as SI 2012/2886 Sch para 37(3) (read) allows no
    other adjustment (the Welsh text of the same rule was not read:
    docs/known-differences.md); UC's capital limit is the scheme's £16,000.
    Without UC the applicable amount is the scheme's own (Sch 7,
    :func:`_wales_schedule_7`) in a year it is shipped, else the Housing
    Benefit working-age one stands in; income is UC's measure without UC's
    yield of capital (SI 2013/376 reg 72, £4.35 a month for each £250 or
    part above £6,000), its earnings less the Sch 8 disregards
    (:func:`.council_tax_reduction_wales.schedule_8_columns`), and the
    scheme's own tariff income added by
    :func:`.council_tax_reduction.wales_working_age_reduction`: £1 a week for
    each complete £250 above £6,000 and £1 for any part (Sch 6 para 33, read
    2026-12-07 in the Welsh-language text as made, legalize-dev/legalize-uk
    ``uk-wls/wsi-2013-3029.md``: "£1 am bob £250 cyflawn uwchlaw £6,000 ond
    nid uwchlaw £16,000; a £1 am unrhyw swm dros ben nad yw'n £250 cyflawn"),
    with no reduction above £16,000 (reg 30). Check needed, never a guess,
    where there is no applicable amount (no Sch 7 for the year and no HB
    worked out), and, with Sch 7, for new-style ESA (the components and main
    phase rate turn on whether the ESA assessment phase has ended, which the
    household does not give) and the earnings cases
    :func:`.council_tax_reduction_wales.schedule_8_columns` leaves open
    (childcare charges where hours or the children's ages leave para 21 open,
    a pension contribution relieved at source, the carer premium for the
    partner alone). Relevant childcare charges (Sch 6 paras 20-21, £175 a
    week for one child, £300 for more) come off the earnings, and half of an
    occupational pension contribution is added back to UC's measure of them
    (Sch 6 para 15(3)(b)), since 2026-12-07."""
    from .council_tax_reduction_wales import schedule_8_columns

    def measures(rows):
        uc, applicable, income = _uc_measures(f, rows)
        own, esa, disability = _wales_schedule_7(f, bu, n, rows, li, days, tables)
        sch7 = ~uc & (own >= 0)
        weekly_earnings, disregarded, unsure, childcare = schedule_8_columns(f, bu, n, rows, days, disability, tables)
        # Without UC, UC's yield of capital is left out: the scheme counts its own tariff income (Sch 6 para 33).
        counted = _without_uc_yield(f, rows)
        # Sch 7 rows: the unearned income UC counted made weekly, and each adult's earnings made weekly (Sch 6
        # para 15(3)), less Sch 8 and the childcare charges (Sch 6 para 20(1)(c)).
        own_income = _weekly(counted - f["earned"][rows]) + weekly_earnings - disregarded - childcare
        # Without UC, less the income tax on the pensions and taxable benefits counted: Sch 6 para 17(2), Sch 9 para
        # 4 ("Unrhyw swm a dalwyd ar gyfer treth ar incwm sydd i'w gymryd i ystyriaeth o dan baragraff 17 o Atodlen
        # 6": any amount paid by way of tax on income to be taken into account under Sch 6 para 17). With UC the
        # income is UC's, which Sch 6 para 9(3) lets the authority adjust only for the award, a non-dependant's
        # income treated as the applicant's and a reduction under LGFA 1992 s 13A(1)(c): no tax off.
        tax = f["tax"][rows]
        # Without UC, a lodger's payments after the Sch 9 paras 26-27 disregards (the same sums as Housing Benefit's,
        # in the scheme's own ctr.wales_working_age.lodger_* tables); with UC, UC's measure of income, which has none
        # (SI 2013/376 reg 66).
        lodger = _wales_lodger(bu, n, rows, days, tables)
        return (uc, np.where(sch7, own, applicable),
                np.where(sch7, own_income - tax + lodger, np.where(uc, income, _weekly(counted) - tax + lodger)),
                sch7 & (esa | unsure), np.where(sch7, disregarded, 0), np.where(sch7, childcare, 0))

    try:  # the scheme's figures for the year (every table of it runs to the same date)
        tables.at("ctr.wales_working_age.tariff_income", table_on(days[wales]))
    except NoRowInForce:
        r["ctr_status"][wales], r["ctr_reason"][wales] = 2, 5
        return
    uc, applicable, income, unsure, _, _ = measures(wales)
    lost = wales.copy()
    lost[wales] = (~uc & (applicable <= 0)) | unsure
    if lost.any():
        r["ctr_status"][lost], r["ctr_reason"][lost] = 2, 4
        wales = wales & ~lost
        if not wales.any():
            return
    uc, applicable, income, _, disregarded, childcare = measures(wales)
    try:
        nd = _nd_deductions(bu, n, wales, lambda i, w, e: ctr.non_dependant_deduction(
            i, w, e, on=days[wales], tables=tables, scheme="wales_working_age"))
        nd = np.where(f["blind_or_care"][wales], 0, nd)
        res = ctr.wales_working_age_reduction(li["annual_liability"][wales], on=days[wales], tables=tables,
                                              weekly_applicable_amount=applicable, weekly_income=income,
                                              capital=np.where(uc, 0, f["capital"][wales]),
                                              weekly_non_dependant_deductions=nd)
        _put(r, wales, res, 4, applicable, res.weekly_income)  # the income with the scheme's tariff income
        r["ctr_earnings_disregarded"][wales] = disregarded
        r["ctr_childcare_charges"][wales] = childcare
    except NoRowInForce:
        r["ctr_status"][wales], r["ctr_reason"][wales] = 2, 5


def _wales_lodger(bu, n, rows, days, tables):
    """A lodger's weekly payment counted by Wales's working-age scheme [pence/week] on ``rows``: WSI 2013/3029
    Sch 9 para 26 (a sub-tenant: "yn llai nag £20, y cyfan o'r swm hwnnw"; "£20 neu'n fwy yr wythnos, £20") and para
    27 (a boarder: "£20 a 50 y cant o'r swm dros ben £20"), read 2026-12-08, Housing Benefit's sums in the scheme's own
    tables (``ctr.wales_working_age.lodger_*``)."""
    return _lodger_on(bu, n, rows, np.ones(int(np.count_nonzero(rows)), bool), days, tables, "wales_working_age")


def _lodger_on(bu, n, rows, counts, days, tables, scheme: str):
    """A lodger's weekly payment counted by the CTR ``scheme`` [pence/week] on ``rows`` (a mask of ``n``), nil
    where ``counts`` (one per row of ``rows``) is False: after the disregards of the scheme's own tables
    (``ctr.<scheme>.lodger_disregards``, ``ctr.<scheme>.boarder_excess_disregarded``), read only for the rows with
    a lodger, so that only they name those rates."""
    from .means_test import lodger_income

    payment = _rows(bu.housing.lodger_payment_weekly, n).astype(np.int64)[rows]
    out = np.zeros(payment.shape, np.int64)
    has = counts & (payment > 0)
    if has.any():
        board = _rows(bu.housing.lodger_board, n).astype(bool)[rows]
        when = days[rows]  # one date for a household, a date a row for a caseload
        out[has] = lodger_income(payment[has], board[has], on=when[has] if isinstance(when, np.ndarray) else when,
                                 tables=tables, benefit=f"ctr.{scheme}")
    return out


def _wales_schedule_7(f, bu, n, rows, li, days, tables):
    """The Welsh working-age applicable amount of Sch 7 (WSI 2013/3029) for
    ``rows`` without UC [pence/week], -1 where its figures for the year are
    not shipped (or the row has UC); whether the row is left open (new-style
    ESA that leaves the components open, see :func:`_wales_working_age`, or a
    couple of whom one alone has limited capability for work, where the
    disability premium turns on which of them applies and the household does
    not say (``Household.applicant``): Sch 7 para 10(8); ESA
    with the support component is settled as in Scotland,
    :func:`.council_tax_reduction_scotland._esa_support_group`: Sch 7 paras
    18, 22, the enhanced disability premium para 12(1)(a), the main phase
    ESA allowance para 1(1)(a), no disability premium para 10(8)); and
    whether the amount includes the disability or severe disability premium
    or a component (Sch 8 para 4(2)). The facts are
    those of the pension-age schemes (children, carers, severe disability),
    with the disability premium's condition as Housing Benefit's (SI 2006/213
    Sch 3 para 13(1)(a)) and the adult enhanced disability premium where an
    adult gets the highest rate of the DLA care component or the enhanced rate
    of PIP daily living (of the Welsh conditions, Sch 7 Part 3, paras 9-10
    were read on 2026-12-07: para 10(8) is applied here; para 10(1)(a) also
    names benefits the household does not give, e.g. AFIP)."""
    from .hb_ctr import _age, _disability_premium_condition
    from .pension_age import adult_reached_state_pension_age

    idx = np.flatnonzero(rows)
    own = np.full(len(idx), -1, np.int64)
    no_uc = f["award"][rows] <= 0
    a1, a2 = bu.adult1, bu.adult2
    two = np.asarray(a2.present)
    # Sch 7 para 9(a), (b)(i)-(ii) and para 12(1)(b)-(c) (read 2026-12-07 in the Welsh text: "nad yw ... wedi cyrraedd
    # yr oedran cymwys ar gyfer credyd pensiwn y wladwriaeth"): the disability premium's condition, and the adult
    # enhanced disability premium's by an award, count only for an adult who has not reached the qualifying age for
    # state pension credit (the older partner of a mixed-age couple whose younger partner applies).
    shape = np.shape(days.each)

    def under_age(a):
        a = attrs.evolve(a, date_of_birth=np.broadcast_to(np.asarray(a.date_of_birth, "datetime64[D]"), shape),
                         age=np.broadcast_to(np.asarray(a.age), shape), present=np.broadcast_to(np.asarray(a.present), shape))
        return ~np.asarray(adult_reached_state_pension_age(a, days.each)[0], bool)

    under = [under_age(a) for a in (a1, a2)]
    each = [(_disability_premium_condition(a) & u, ((np.asarray(a.dla_care) == 3) | (np.asarray(a.pip_daily_living) == 2)) & u,
             np.asarray(a.new_style_esa_weekly) > 0) for a, u in zip((a1, a2), under)]
    dp, edp, esa = (_rows(each[0][k] | (two & each[1][k]), n)[rows] for k in range(3))
    # New-style ESA with the support component (Sch 7 paras 1(1)(a), 10(8), 12(1)(a), 18, 20, 22, read 2026-12-07
    # in the Welsh text as made): the same facts settle it as in Scotland.
    from .council_tax_reduction_scotland import _esa_support_group
    applicant = _rows(np.asarray(bu.applicant), n)[rows]
    support = _esa_support_group(a1, a2, lambda x: _rows(np.asarray(x), n)[rows], _rows(two, n)[rows], applicant)
    dp, edp, esa = dp & ~support, edp | support, esa & ~support
    # Sch 7 para 10(8) (read 2026-12-07 in the Welsh text as made): no disability premium where the applicant has,
    # or is treated as having, limited capability for work. A couple of whom one alone has it: the premium turns on
    # which of them applies (the household's applicant; where not given, check needed where either would otherwise
    # get it).
    lcw1, lcw2 = (_rows(np.asarray(a.lcw), n)[rows] for a in (a1, a2))
    second = _rows(two, n)[rows] & (applicant == 2)
    dp_open = dp & _rows(two, n)[rows] & (lcw1 != lcw2) & (applicant == 0)
    dp, esa = dp & ~np.where(second, lcw2, lcw1) & ~dp_open, esa | dp_open
    age = _rows(_age(a1, days.each), n)[rows]
    for y in np.unique(li["fy"][rows][no_uc]):
        part = no_uc & (li["fy"][rows] == y)
        on = days.each[idx[part]]
        try:
            own[part] = ctr.wales_working_age_applicable_amount(
                f["couple"][rows][part], np.maximum(age[part], 16), on=on, tables=tables,
                disability_premium=dp[part], enhanced_disability_premium=edp[part],
                esa_component=np.where(support[part], 2, 0), main_phase_esa=support[part],
                **{k: f["applicable"][k][rows][part] for k in ("children", "disabled_children",
                                                               "enhanced_disability_children", "carers",
                                                               "severe_disability")})
        except NoRowInForce:
            pass
    return own, esa, dp | support | (f["applicable"]["severe_disability"][rows] > 0)


def _less_tax(scheme, f, rows, uc, income):
    """An English council's working-age income [pence/week] less the income
    tax on pensions and taxable benefits where its scheme disregards it
    (``[income] tax_disregarded``: the Default Scheme's Sch 8 para 4, SI
    2012/2886 Sch para 54(2)) and the row has no UC (with UC the income is
    UC's, which para 37(3) allows no adjustment for)."""
    if not scheme.tax_disregarded:
        return income
    return income - np.where(uc, 0, f["tax"][rows])


def _local(r, li, rows, code: str, day: dt.date, f, bu, n, tables) -> None:
    """One English council's working-age scheme for one financial year
    (:mod:`.council_tax_reduction_local`)."""
    from . import council_tax_reduction_local as local

    scheme = local.default_local_schemes().scheme(code, on=day)
    if scheme is None or scheme.status != "shipped":
        r["ctr_status"][rows], r["ctr_reason"][rows] = 2, 2
        return
    uc, applicable, income = _uc_measures(f, rows)
    income = _less_tax(scheme, f, rows, uc, income)
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
    if "tariff_income" in scheme.not_read:  # capital the scheme may count (UC's measure holds UC's own yield)
        cap_ = f["capital"][rows]
        lost[rows] |= ~uc & (cap_ > 0) & (cap_ <= (np.inf if scheme.capital_limit is None else scheme.capital_limit))
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
        income = _less_tax(scheme, f, rows, uc, income)
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
    # the day's liability x the percent, made weekly in one step, as the award is (2026-12-07)
    r["ctr_maximum"][rows] = res.weekly_maximum
    r["ctr_applicable_amount"][rows] = applicable
    r["ctr_income"][rows] = income
    r["ctr_excess_income"][rows] = np.maximum(income - _weekly(f["earned"][rows]).clip(max=scheme.earnings_disregard)
                                              - applicable, 0)
    r["ctr_taper_deduction"][rows] = res.taper_deduction
    r["reduction_weekly"][rows] = res.weekly
    r["reduction_annual"][rows] = res.annual