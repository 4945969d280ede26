"""The working sheets of Universal Credit, Pension Credit and the household
total: the lines, each with its legal source, for one household.

One job: turn :class:`~entitlements.benefits.uc.UCCalculation` and
:class:`~entitlements.benefits.household_total.HouseholdCalculation` (as
:func:`entitlements.estimate` works them out) into
:class:`~entitlements.explain.Breakdown` lines: the elements, the housing
costs, the income and the taper, the benefit cap, the Pension Credit
guarantee and savings credit, and every benefit in the total. Nothing is
worked out here that the engine did not.
"""

from __future__ import annotations

import datetime as dt

from .benefits import household_total, uc
from .benefits.carers_allowance import CSP_EVERYWHERE
from .columns import household_columns
from .dates import age_on, assessment_period_end
from .explain import POLICY_MARKS, UNVERIFIED, Breakdown, Line, row_citation, uk_date
from .household import Household
from .money import divide_half_up, format_pounds
from .tables import Tables

__all__ = ["uc_breakdown", "pension_credit_breakdown", "total_breakdown", "scottish_dhp_note"]

_UC = "SI 2013/376"




def total_breakdown(hh: household_total.HouseholdCalculation, h: Household, *, on: dt.date, tables: Tables) -> Breakdown:
    """Every benefit, weekly and monthly, with its legal source."""

    def wk(x: int) -> str:
        return f"{format_pounds(x)} a week"

    lines: list[Line] = []
    if hh.universal_credit_payable:
        uc_award = hh.universal_credit.award
        lines.append(Line(f"Universal Credit ({format_pounds(uc_award)} a month)", int(divide_half_up(uc_award * 12, 52)), "WRA 2012 s 1; SI 2013/376", op=" "))
    scot = h.nation == "scotland"
    for i, a in enumerate(h.adults):
        who = "" if not h.is_couple else f" (claimant {i + 1})"
        entitled, paid = hh.carers_allowance_entitlement[i], hh.carers_allowance[i]
        if entitled and paid < entitled:
            others = " and ".join(name for name, v in (("State Pension", a.state_pension_weekly),
                                                        ("new-style ESA", a.new_style_esa_weekly),
                                                        ("new-style JSA", a.new_style_jsa_weekly)) if v)
            lines.append(Line(
                f"Carer's Allowance{who}: {format_pounds(entitled)} a week less {others} paid for the same week",
                paid, "SI 1979/597 reg 4(1)(a), (5)(a); " + row_citation(tables.row("carers_allowance.rate", on)),
                detail="the entitlement is kept (underlying entitlement: the Pension Credit carer addition and "
                       "the benefit cap exception still apply)"))
        elif paid and scot and on >= CSP_EVERYWHERE:
            lines.append(Line(f"Carer Support Payment{who}", paid, "Social Security (Scotland) Act 2018 s 28; SSI 2023/302 "
                              "reg 16(1); " + row_citation(tables.row("scotland.carer_support_payment", on))))
        elif paid:
            lines.append(Line(f"Carer's Allowance{who}", paid, "SSCBA 1992 s 70; " + row_citation(tables.row("carers_allowance.rate", on))))
        elif a.claims_carers_allowance:
            lines.append(Line(f"Carer's Allowance{who}: none, earnings over the limit", 0, "SI 1976/409 reg 8; " + row_citation(tables.row("carers_allowance.earnings_limit", on))))
        if int(hh.scottish_carer_supplement[i]):
            lines.append(Line(f"Scottish Carer Supplement{who}", int(hh.scottish_carer_supplement[i]),
                              "SSI 2023/302 regs 14A, 16(1A); " + row_citation(tables.row("scotland.scottish_carer_supplement", on)),
                              detail="paid with Carer Support Payment; not income for the means-tested benefits"))
        if hh.disability_benefits[i]:
            parts = []
            if a.pip_daily_living != "none" or a.pip_mobility != "none":
                parts.append(f"{'ADP' if scot else 'PIP'} daily living {a.pip_daily_living}, mobility {a.pip_mobility}")
            if a.dla_care != "none" or a.dla_mobility != "none":
                parts.append(f"DLA care {a.dla_care}, mobility {a.dla_mobility}")
            if a.attendance_allowance != "none":
                parts.append(f"Attendance Allowance {a.attendance_allowance} rate")
            def cited(table_id: str) -> str:
                return row_citation(tables.row(table_id, on))

            cite = "; ".join(
                (
                    [f"Social Security (Scotland) Act 2018 s 31; SSI 2022/54 reg 34; {cited('scotland.adult_disability_payment')}"
                     if scot else f"WRA 2012 Part 4; {cited('pip.rates')}"]
                    if a.pip_daily_living != "none" or a.pip_mobility != "none" else []
                )
                + ([f"SSCBA 1992 ss 71-73; {cited('dla.rates')}"] if a.dla_care != "none" or a.dla_mobility != "none" else [])
                + ([f"SSCBA 1992 ss 64-65; {cited('aa.rates')}"] if a.attendance_allowance != "none" else [])
            )
            lines.append(Line(f"{'; '.join(parts)}{who}", hh.disability_benefits[i], cite))
    if hh.children_disability_benefits:
        lines.append(Line(f"Children's {'Child Disability Payment' if scot else 'DLA'} and PIP", hh.children_disability_benefits, "SSCBA 1992 s 71; " + ("SSI 2021/174" if scot else "SI 1991/2890 reg 4")))
    if hh.child_benefit:
        n = hh.child_benefit_children
        lines.append(Line(f"Child Benefit ({n} {'child' if n == 1 else 'children'})", hh.child_benefit, "SSCBA 1992 s 141; " + row_citation(tables.row("child_benefit.rates", on))))
    if hh.scottish_child_payment:
        lines.append(Line("Scottish Child Payment", hh.scottish_child_payment, row_citation(tables.row("scotland.scottish_child_payment", on))))
    if hh.pension_credit.award:
        pc = hh.pension_credit
        detail = f"guarantee credit {format_pounds(pc.guarantee_credit)}, savings credit {format_pounds(pc.savings_credit)}"
        detail += f"; income counted {format_pounds(pc.income)} a week against {format_pounds(pc.appropriate_minimum_guarantee)}"
        lines.append(Line("Pension Credit", pc.award, "State Pension Credit Act 2002 ss 2-3, 15; SI 2002/1792 regs 6-7, Sch VI",
                          detail=detail))
    lines += _hb_ctr_lines(hh, h, on)
    lines.append(Line("Household total", hh.total_weekly, "", op="=", detail=f"{format_pounds(hh.total_monthly)} a month, {format_pounds(hh.total_annual)} a year"))
    lines += _other_income_lines(hh, h)
    notes = []
    if hh.high_income_child_benefit_charge > 0:
        notes.append(
            f"High Income Child Benefit Charge for the tax year: {format_pounds(hh.high_income_child_benefit_charge)} "
            "(paid through Self Assessment by the partner with the higher income; ITEPA 2003 s 681C)."
        )
    notes += _council_tax_notes(hh, h, on)
    if any(a.claims_carers_allowance and (a.monthly_earnings or a.gross_monthly_earnings) for a in h.adults):
        notes.append("Carer's Allowance earnings test estimated from monthly net earnings x 12 / 52 (SI 1976/409 reg 8).")
    return Breakdown(
        title="Household total",
        period="amounts a week (UC converted x 12 / 52)",
        lines=tuple(lines),
        rules=str(tables.version),
        notes=tuple(notes),
    )


def _hb_ctr_lines(hh: household_total.HouseholdCalculation, h: Household, on: dt.date) -> list[Line]:
    """Housing Benefit and Council Tax Reduction in the total, and the
    council tax left to pay (or why it could not be worked out)."""
    lines: list[Line] = []
    hb = hh.housing_benefit
    if hb.award:
        lines.append(Line("Housing Benefit", int(hb.award), "SSCBA 1992 s 130; " + ("SI 2006/214" if int(hb.scheme) == 1 else "SI 2006/213")))
    c = hh.council_tax
    if int(c.ctr_status) == 1 and c.reduction_weekly:
        lines.append(Line("Council Tax Reduction", int(c.reduction_weekly),
                          "LGFA 1992 s 80" if h.nation == "scotland" else "LGFA 1992 s 13A",  # Scotland: regs under s 80
                          detail=f"council tax still to pay {format_pounds(int(c.to_pay_weekly))} a week, "
                                 f"{format_pounds(int(c.to_pay_annual))} a year"))
    return lines


def _council_tax_notes(hh: household_total.HouseholdCalculation, h: Household, on: dt.date) -> list[str]:
    """The council tax left to pay where there is no reduction, or why
    council tax or its reduction (or Housing Benefit) could not be worked out."""
    from .explain_hb_ctr import ctr_check_needed_text

    from .benefits.housing_benefit import HB_REASONS
    from .explain_hb_ctr import hb_check_needed_text

    hb = [hb_check_needed_text()] if HB_REASONS[int(hh.housing_benefit.reason)] == "applicant_not_given" else []
    c = hh.council_tax
    if h.local_authority is None:
        return hb
    x = h.housing
    if x is not None and x.council_tax_band is None and x.council_tax_liable:
        # The council given without the band: said, not left out in silence (no council tax, no reduction shown).
        return hb + ["Council tax and Council Tax Reduction: not worked out: the home's council tax band is not "
                     "given. Give it (--council-tax-band; housing.council_tax_band in a file) with the council."]
    if int(c.status) == 1 and int(c.ctr_status) == 1 and not c.reduction_weekly:
        return hb + [f"No Council Tax Reduction: council tax to pay {format_pounds(int(c.to_pay_weekly))} a week, "
                     f"{format_pounds(int(c.to_pay_annual))} a year."]
    text = ctr_check_needed_text(c, h, on)
    return hb + ([text] if text else [])


def _other_income_lines(hh: household_total.HouseholdCalculation, h: Household) -> list[Line]:
    """The household's income beside the benefits in the total: earnings,
    pensions (the State Pension among them) and other income, a week, and
    all of it together. The benefits' total above is unchanged."""
    lines: list[Line] = []
    for i, a in enumerate(h.adults):
        who = "" if not h.is_couple else f" (claimant {i + 1})"
        for label, weekly in (("State Pension", getattr(a, "state_pension_weekly", 0)),
                              ("Other pensions" if hasattr(a, "state_pension_weekly") else "State Pension and other pensions",
                               a.pension_income_weekly),
                              ("New-style ESA", a.new_style_esa_weekly), ("New-style JSA", a.new_style_jsa_weekly)):
            if weekly:
                lines.append(Line(f"{label}{who}", weekly, "as given"))
        if a.other_unearned_income_monthly:
            lines.append(Line(f"Other income{who} ({format_pounds(a.other_unearned_income_monthly)} a month x 12 / 52)",
                              int(divide_half_up(a.other_unearned_income_monthly * 12, 52)), "as given"))
    earned = int(hh.universal_credit.earned_income)
    if earned:
        lines.append(Line(f"Net earnings ({format_pounds(earned)} a month x 12 / 52)", int(divide_half_up(earned * 12, 52)),
                          "as given, or worked out from gross pay (SI 2013/376 reg 55)"))
    if not lines:
        return []
    total = hh.total_weekly + sum(l.amount or 0 for l in lines)
    # No Housing Benefit for a rent-free week (SI 2006/214 reg 62, SI 2006/213 reg 81), as in the household's year.
    annual = total * 52 - int(hh.housing_benefit.award) * int(hh.rent_free_weeks)
    monthly = int(divide_half_up(annual, 12))
    return lines + [Line("All income: benefits, earnings and pensions", total, "", op="=",
                         detail=f"{format_pounds(monthly)} a month (x 52 / 12), {format_pounds(annual)} a year")]


def pension_tax_lines(hh: household_total.HouseholdCalculation, h: Household, *, on: dt.date, tables: Tables,
                      law: str) -> list[Line]:
    """Each adult's income tax on pensions and taxable benefits, a week, as
    a line taken off the income subtracted (``op="+"``), with ``law`` (the
    scheme's disregard of tax) and the tax rule tables' rows: the engine's
    figure (:mod:`entitlements.benefits.pension_tax`)."""
    lines = []
    scot = h.nation == "scotland"
    for i in range(len(h.adults)):
        weekly, annual = int(hh.pension_income_tax[i]), int(hh.pension_income_tax_annual[i])
        mca, ma = int(hh.married_couples_allowance[i]), int(hh.marriage_allowance[i])
        moved = int(hh.marriage_allowance_transferred[i])
        bpa, bpa_out = int(hh.blind_persons_allowance[i]), int(hh.blind_persons_allowance_transferred[i])
        bpa_in = int(hh.blind_persons_allowance_transferred[1 - i]) if len(h.adults) == 2 else 0
        bpa_used = int(hh.blind_persons_allowance_used[i])
        mca_out = int(hh.married_couples_allowance_transferred[i])
        mca_in = int(hh.married_couples_allowance_transferred[1 - i]) if len(h.adults) == 2 else 0
        if not (weekly or annual or mca or ma or moved or bpa_used or bpa_out or mca_out or mca_in):
            # a tax reduction shown even where it leaves no tax
            continue
        who = "" if not h.is_couple else f" (claimant {i + 1})"
        bands = "tax.scottish_bands" if scot else "tax.ruk_bands"
        cite = (f"{law}; ITA 2007 ss {'11A' if scot else '10'}, 35; "
                f"{row_citation(tables.row('tax.personal_allowance', on))}; {row_citation(tables.row(bands, on))}")
        detail = ("the tax year's tax on State Pension, other pensions and taxable benefits, "
                  f"{'Scottish' if scot else 'rest of the UK'} rates, less the tax taken from pay (disregarded)")
        if bpa_in and not bpa_used:
            bpa_in = 0  # transferred, but relieving none of this adult's income
        if bpa or bpa_in:
            cite += f"; ITA 2007 s 38; {row_citation(tables.row('tax.blind_persons_allowance', on))}"
        if bpa:
            test = "s 38(3): in Scotland" if scot else "s 38(2): registered blind, England and Wales"
            detail += (f"; with Blind Person's Allowance of {format_pounds(bpa)} ({test}; taken as met by the "
                       "certificate)")
            if bpa_used and not bpa_in:
                detail += f", relieving {format_pounds(bpa_used)} of income"
            if bpa_out:
                detail += (f", of which {format_pounds(bpa_out)} unused is transferred to the partner (s 39, taken as "
                           "elected)")
        if bpa_in:
            cite += "; ITA 2007 s 39"
            detail += (f"; with {format_pounds(bpa_in)} of the partner's Blind Person's Allowance transferred (s 39, "
                       f"taken as elected), relieving {format_pounds(bpa_used)} of income with any of the adult's own")
        if mca:
            cite += f"; ITA 2007 ss 45-46; {row_citation(tables.row('tax.married_couples_allowance', on))}"
            detail += (f"; after the married couple's allowance, a tax reduction of {format_pounds(mca)} (10% of the "
                       "amount, given to the partner with the higher income: see docs/known-differences.md)")
        if mca_out:
            if not mca:
                cite += f"; ITA 2007 ss 45-46; {row_citation(tables.row('tax.married_couples_allowance', on))}"
                detail += ("; the married couple's allowance is this adult's (the higher income: see "
                           "docs/known-differences.md), with no tax to take it")
            cite += "; ITA 2007 ss 51, 53"
            detail += (f", of which {format_pounds(mca_out)} unused is transferred to the partner (s 51, taken as "
                       "notified and claimed)")
        if mca_in:
            cite += f"; ITA 2007 ss 51, 53; {row_citation(tables.row('tax.married_couples_allowance', on))}"
            detail += (f"; after {format_pounds(mca_in)} of the partner's unused married couple's allowance transferred "
                       "(s 51, taken as notified and claimed), a tax reduction")
        if ma:
            cite += "; ITA 2007 s 55B"
            detail += (f"; after the marriage allowance, a tax reduction of {format_pounds(ma)} (the basic rate of "
                       "the personal allowance the partner transferred)")
        if moved:
            cite += "; ITA 2007 ss 55B(6), 55C"
            detail += f"; the personal allowance less the {format_pounds(moved)} transferred by the marriage allowance"
        if annual < 0:
            detail += ("; below nil: the tax reduction is more than the tax left on the pensions after the tax the "
                       "library takes from pay (PAYE on a code without the reduction), so the rest comes off the tax "
                       "on pay, as a code holding it would give, and is put back")
        lines.append(Line(f"Income tax on pensions{who}: {format_pounds(annual)} a year / 52", weekly, cite, op="+",
                          detail=detail))
    return lines



def pension_credit_breakdown(hh: household_total.HouseholdCalculation, h: Household, *, on: dt.date,
                             tables: Tables) -> Breakdown | None:
    """Pension Credit step by step, a week (State Pension Credit Act 2002
    ss 2-3; SI 2002/1792), where the household's claim is for Pension Credit;
    None where it is not assessed (under the qualifying age, or a mixed-age
    couple on Universal Credit)."""
    from .benefits.pension_credit import PENSION_CREDIT_REASONS

    pc = hh.pension_credit
    if PENSION_CREDIT_REASONS[int(pc.reason)] != "assessed":
        return None

    def src(table_id: str) -> str:
        return row_citation(tables.row(table_id, on))

    lines = [Line(f"Standard minimum guarantee ({'couple' if h.is_couple else 'single'})", pc.standard_minimum_guarantee,
                  f"SPCA 2002 s 2(3)-(4); SI 2002/1792 reg 6(1); {src('pension_credit.standard_minimum_guarantee')}", op=" ")]
    for label, amount, table in (("Severe disability addition", pc.severe_disability_addition, "pension_credit.severe_disability_addition"),
                                 ("Carer addition", pc.carer_addition, "pension_credit.carer_addition"),
                                 ("Child addition", pc.child_addition, "pension_credit.child_addition"),
                                 ("Disabled child addition", pc.disabled_child_addition, "pension_credit.disabled_child_addition")):
        if amount:
            lines.append(Line(label, amount, f"SI 2002/1792 reg 6, Sch I; {src(table)}"))
    lines += _pc_housing_lines(pc, h, src)
    lines.append(Line("Appropriate minimum guarantee", pc.appropriate_minimum_guarantee, "SPCA 2002 s 2(3)", op="="))
    shown = 0
    for i, a in enumerate(h.adults):
        who = "" if not h.is_couple else f" (claimant {i + 1})"
        for label, weekly in (("State Pension", getattr(a, "state_pension_weekly", 0)), ("Other pensions", a.pension_income_weekly)):
            if weekly:
                lines.append(Line(f"{label}{who}", weekly, "SPCA 2002 s 15(1); SI 2002/1792 reg 17", op="-"))
                shown += weekly
    for line in pension_tax_lines(hh, h, on=on, tables=tables, law="SI 2002/1792 reg 17(10)(a), (1)(b)(iii)"):
        lines.append(line)
        shown -= line.amount
    if pc.deemed_income:
        lines.append(Line(f"Deemed income from capital of {format_pounds(h.capital)}", pc.deemed_income,
                          f"SI 2002/1792 reg 15(6); {src('pension_credit.deemed_income')}", op="-"))
        shown += pc.deemed_income
    x = h.housing
    if x is not None and x.lodger_payment_weekly:
        from .benefits.means_test import lodger_income

        counted = int(lodger_income(x.lodger_payment_weekly, x.lodger_board, on=on, tables=tables,
                                    benefit="pension_credit"))
        what = ("a boarder's, less £20 and half the rest: SI 2002/1792 reg 15(5)(e), Sch IV para 8" if x.lodger_board
                else "a sub-tenant's, less £20: SI 2002/1792 reg 15(5)(i), Sch IV para 9")
        lines.append(Line(f"Lodger's payments ({format_pounds(x.lodger_payment_weekly)} a week, {what.split(':')[0]})",
                          counted, f"{what.split(': ')[1]}; {src('pension_credit.lodger_disregards')}", op="-"))
        shown += counted
    if pc.income - shown:
        lines.append(Line("Other income counted (earnings after the disregard, benefits, other income)", pc.income - shown,
                          "SPCA 2002 s 15; SI 2002/1792 reg 15, Sch VI", op="-"))
    lines.append(Line("Guarantee credit", pc.guarantee_credit, "SPCA 2002 s 2(2)", op="="))
    if pc.savings_credit:
        lines.append(Line("Savings credit", pc.savings_credit, f"SPCA 2002 s 3; {src('pension_credit.savings_credit_threshold')}"))
    lines.append(Line("Pension Credit", pc.award, "State Pension Credit Act 2002 s 1", op="="))
    return Breakdown(title="Pension Credit", period="amounts a week", lines=tuple(lines), rules=str(tables.version))


_PER_WEEK = {"week": "a week", "two_weeks": "every two weeks x 26 / 52", "four_weeks": "every four weeks x 13 / 52",
             "month": "a month x 12 / 52", "three_months": "every three months x 4 / 52", "year": "a year / 52"}


def _pc_housing_lines(pc, h: Household, src) -> list[Line]:
    """Pension Credit housing costs (SI 2002/1792 reg 6(6)(c), Sch II): the
    owner's para 13 costs as a week, less the para 14 non-dependant
    deductions; a line saying why there is no deduction where a
    non-dependant's is stopped by para 14(6)."""
    x = h.housing
    if x is None or not int(pc.housing_costs):
        return []
    lines = [Line(f"Housing costs: service charges, ground rent and the like, {format_pounds(x.owner_housing_costs)} "
                  f"{_PER_WEEK[x.owner_housing_costs_period]}", int(pc.housing_costs),
                  "SI 2002/1792 reg 6(6)(c), Sch II paras 13(1), (3), 15",
                  detail="as given: after the fuel, ineligible service and repairs charges of para 13(2); "
                         "not mortgage interest (a Support for Mortgage Interest loan, SI 2017/725)")]
    if int(pc.housing_costs_non_dependant_deductions):
        lines.append(Line("Non-dependant deductions from the housing costs", int(pc.housing_costs_non_dependant_deductions),
                          f"SI 2002/1792 Sch II para 14; {src('pension_credit.non_dependant_deduction')}", op="-",
                          detail="never more than the housing costs"))
    elif x.non_dependants and any(n.age >= 18 for n in x.non_dependants):
        lines.append(Line("Non-dependant deductions from the housing costs: none", 0, "SI 2002/1792 Sch II para 14(6)-(7)",
                          op="-", detail="the claimant or partner is blind or gets a care benefit (para 14(6)), or "
                                         "each non-dependant is exempt (para 14(7))"))
    return lines


def _bedrooms_why(h: Household, rooms: int, on: dt.date) -> str:
    """How many bedrooms are allowed, and for whom (SI 2013/376 Sch 4
    paras 9-12), the children counted at the end of the assessment period
    as the engine counts them."""
    end = assessment_period_end(on)
    older = sum(1 for c in h.children if age_on(c.date_of_birth, end) >= 16)
    under_16 = len(h.children) - older
    nondeps = len(h.housing.non_dependants) if h.housing else 0
    extras = tuple(h.housing.extra_bedrooms) if h.housing else ()
    parts = ["1 for the joint claimants" if h.is_couple else "1 for the claimant"]
    child_rooms = rooms - 1 - older - nondeps - len(extras)
    if under_16:
        parts.append(f"{child_rooms} for {under_16} {'child' if under_16 == 1 else 'children'} under 16"
                     + (", who share in twos of one sex or under 10" if under_16 > 1 else ""))
    if older:
        parts.append(f"{older} for {older} {'young person' if older == 1 else 'young people'} aged 16 or over")
    if nondeps:
        parts.append(f"{nondeps} for {nondeps} non-dependant{'s' if nondeps != 1 else ''}")
    for reason in extras:
        parts.append(f"1 for {reason.replace('_', ' ')} (para 12)")
    return f"{rooms} bedroom{'s' if rooms != 1 else ''} ({', '.join(parts)}: paras 9-12)"


def _housing_lines(calc: uc.UCCalculation, h: Household, src, on: dt.date, tables: Tables) -> list[Line]:
    x = h.housing
    if x is None:
        return []
    hc = calc.housing
    sch4 = f"{_UC} Sch 4"
    if x.tenure == "owner_occupier":
        return [Line("Housing costs element: none for an owner-occupier (Support for Mortgage Interest is a separate loan)", None, f"{_UC} reg 26; Loans for Mortgage Interest Regs 2017 (SI 2017/725)", op=" ")]
    if x.tenure == "supported_or_temporary":
        # Sch 1 para 3 excludes from "rent payments" (h) payments for accommodation specified in para 3A (specified,
        # supported) and (i) for accommodation specified in para 3B (temporary); read 2026-12-07. Until then the line
        # cited para 3A alone, for temporary accommodation too.
        law = {"temporary": "Sch 1 para 3(i), 3B", "specified": "Sch 1 para 3(h), 3A"}.get(x.accommodation,
                                                                                         "Sch 1 para 3(h)-(i), 3A-3B")
        what = {"temporary": "temporary", "specified": "specified"}.get(x.accommodation, "specified or temporary")
        return [Line(f"Housing costs element: none ({what} accommodation: rent is met by Housing Benefit)", None,
                     f"{_UC} {law}", op=" ")]
    per = {"week": "a week x 52 / 12", "two_weeks": "every two weeks x 26 / 12", "four_weeks": "every four weeks x 13 / 12",
           "month": "a month", "three_months": "every three months x 4 / 12", "year": "a year / 12"}[x.rent_period]
    rent_text = f"rent {format_pounds(x.rent)} {per}" + (f" (less {x.rent_free_weeks} rent-free weeks)" if x.rent_free_weeks else "")
    rooms = hc.bedroom_entitlement
    if x.tenure == "social_rent":
        detail = f"{rent_text} = {format_pounds(hc.rent_monthly)}; allowed {_bedrooms_why(h, rooms, on)}; " + (
            f"home has {x.bedrooms}" if x.bedrooms is not None else
            # Asked for only where UC can be paid (household_total.problems): at pension age it is not.
            "the home's bedrooms not given (not needed: Universal Credit cannot be paid)")
        if hc.under_occupancy_deduction:
            pc = "14%" if hc.excess_bedrooms == 1 else "25%"
            detail += f"; less {pc} ({format_pounds(hc.under_occupancy_deduction)}) for {hc.excess_bedrooms} bedroom{'s' if hc.excess_bedrooms != 1 else ''} more than allowed (para 36)"
        cite = f"{sch4} paras 7, 10, 36; {src('uc.under_occupancy')}"
    else:
        cat = "shared accommodation rate" if hc.lha_category == 0 else f"{hc.lha_category}-bedroom rate"
        if x.brma is not None:
            from .benefits.lha import lha_entry

            entry = lha_entry(x.brma, hc.lha_category, on=on, schedule=tables.schedule("lha"))
            where = f" for {entry.brma}"
            cite = (f"{sch4} paras 7, 22-29; {entry.source}" + ("" if entry.verified else f" {UNVERIFIED}")
                    + (f" {POLICY_MARKS[entry.status]}" if entry.status in POLICY_MARKS else ""))
        else:
            where = " (given)" if x.lha_period == "month" else " (given weekly, x 52 / 12)"
            cite = f"{sch4} paras 7, 22-29"
        detail = f"lower of {rent_text} = {format_pounds(hc.rent_monthly)} and the LHA {cat}{where} {format_pounds(hc.lha_rate_monthly)} a month"
        detail += "; " + ("shared accommodation rate: single, under 35, no child and no exception (paras 27-29)"
                          if hc.lha_category == 0 else f"allowed {_bedrooms_why(h, rooms, on)}, at most 4 (para 26)")
    if hc.housing_cost_contributions:
        paying = sum(1 for n in x.non_dependants if not n.exempt)
        detail += f"; less {paying} non-dependant housing cost contribution{'s' if paying != 1 else ''} ({format_pounds(hc.housing_cost_contributions)}, paras 13-16)"
    return [Line("Housing costs element", calc.housing_costs_element, cite, detail=detail)]


def uc_breakdown(
    calc: uc.UCCalculation,
    household: Household,
    *,
    on: dt.date,
    end: dt.date,
    tables: Tables,
    carers_allowance: tuple[int, int] | None = None,
) -> Breakdown:
    """The UC calculation line by line, each amount with its legal source.

    ``carers_allowance``: each adult's weekly Carer's Allowance as worked out
    (for a carer who claims it); by default the amounts given."""

    def src(table_id: str) -> str:
        return row_citation(tables.row(table_id, on))

    h = household
    lines, notes_pre = _element_lines(calc, h, src, on=on, tables=tables)
    lines += _income_lines(calc, h, src, on=on, end=end, tables=tables, carers_allowance=carers_allowance,
                           taper=tables.row("uc.taper", on))
    lines += _benefit_cap_lines(calc, src, h, on=on, tables=tables)
    notes = _notes(calc, h, notes_pre)
    lines.append(Line("Universal Credit", calc.award, f"{_UC} reg 22(1)", op="="))
    return Breakdown(
        title="Universal Credit",
        period=f"assessment period {uk_date(on)} to {uk_date(end)}",
        lines=tuple(lines),
        rules=str(tables.version),
        notes=tuple(notes),
    )


def _element_lines(calc: uc.UCCalculation, h: Household, src, *, on: dt.date, tables: Tables) -> tuple[list[Line], list[str]]:
    """The maximum amount, element by element (SI 2013/376 regs 23-36),
    and notes on what is left out."""
    household = h
    lines: list[Line] = []
    notes_pre: list[str] = []
    if h.is_couple:
        older = "either 25 or over" if calc.standard_allowance == tables.at("uc.standard_allowance", on, "joint_either_25_or_over") else "both under 25"
        sa_label = f"Standard allowance (joint claimants, {older})"
    else:
        older = "25 or over" if calc.standard_allowance == tables.at("uc.standard_allowance", on, "single_25_or_over") else "under 25"
        sa_label = f"Standard allowance (single, {older})"
    lines.append(Line(sa_label, calc.standard_allowance, f"{_UC} reg 36; {src('uc.standard_allowance')}", op=" "))

    if h.children:
        n = calc.children_with_child_element
        label = f"Child element ({n} {'child' if n == 1 else 'children'}"
        if calc.first_child_higher_amount:
            label += "; first child born before 6 April 2017"
        label += ")"
        details = []
        if calc.children_without_child_element:
            m = calc.children_without_child_element
            details.append(f"{m} {'child' if m == 1 else 'children'} without a child element: two-child limit ({_UC} regs 24A, 24B)")
        grown = len(h.children) - n - calc.children_without_child_element
        if grown:
            details.append(f"{grown} young {'person' if grown == 1 else 'people'} past qualifying young person age, or not in "
                           f"non-advanced education or approved training: no element ({_UC} reg 5)")
        detail = "; ".join(details)
        lines.append(Line(label, calc.child_element, f"{_UC} regs 24, 36; {src('uc.child_element')}", detail=detail))
    if calc.disabled_child_addition:
        lines.append(Line("Disabled child addition", calc.disabled_child_addition, f"{_UC} reg 24(2); {src('uc.disabled_child_addition')}"))
    if calc.lcwra_element:
        which, detail = "", ""
        if on >= dt.date(2026, 4, 6):
            from .assessments.lcwra_rate import lcwra_protection_for

            which = " (protected amount)" if calc.lcwra_protected else " (new-claimant amount)"
            whys = [(i, lcwra_protection_for(a)) for i, a in enumerate(h.adults, start=1) if a.lcwra_element_in_award]
            detail = "; ".join((f"claimant {i}: " if h.is_couple else "") + p.explanation for i, p in whys)
        lines.append(Line(f"LCWRA element{which}", calc.lcwra_element, f"{_UC} regs 27, 27A, 36; {src('uc.lcwra_element')}",
                          detail=detail))
    if calc.lcw_element:
        lines.append(Line("LCW element (saved case)", calc.lcw_element, f"{_UC} reg 27; SI 2017/204 Sch 2; {src('uc.lcw_element')}"))
    if calc.carer_element:
        n = calc.carer_elements
        label = "Carer element" + (" (two carers)" if n == 2 else "")
        lines.append(Line(label, calc.carer_element, f"{_UC} regs 29, 30; {src('uc.carer_element')}"))
    lines.extend(_housing_lines(calc, household, src, on, tables))
    if calc.childcare_costs_element:
        cap_key = "two_or_more_children" if household.childcare_children >= 2 else "one_child"
        cap = tables.at("uc.childcare_cap", on, cap_key)
        share = f"85% of {format_pounds(household.childcare_costs_monthly)} charges"
        detail = f"capped at {format_pounds(cap)} for {'two or more children' if cap_key != 'one_child' else 'one child'}" if calc.childcare_costs_element == cap else ""
        lines.append(Line(f"Childcare costs element: {share}", calc.childcare_costs_element, f"{_UC} regs 31-34; {src('uc.childcare_cap')}", detail=detail))
    elif household.childcare_costs_monthly:
        notes_pre.append(f"Childcare costs given but the work condition of {_UC} reg 32 is not met: no childcare costs element.")
    lines.append(Line("Maximum amount", calc.maximum_amount, f"{_UC} reg 23", op="="))

    return lines, notes_pre


def _income_lines(calc: uc.UCCalculation, h: Household, src, *, on: dt.date, end: dt.date, tables: Tables, taper,
                  carers_allowance: tuple[int, int] | None) -> list[Line]:
    """Unearned income (regs 66, 72-73), net earnings from gross pay
    (reg 55) and the earnings deduction (reg 22)."""
    lines: list[Line] = []
    for i, a in enumerate(h.adults, start=1):
        who = "" if not h.is_couple else f" (claimant {i})"
        ca = carers_allowance[i - 1] if carers_allowance is not None else a.carers_allowance_weekly
        # Scotland: Carer Support Payment in place of Carer's Allowance, named so here as in the household total
        # (since 2026-12-08, qa-adv10; the same amount, counted the same way).
        ca_name = "Carer Support Payment" if h.nation == "scotland" and on >= CSP_EVERYWHERE else "Carer's Allowance"
        for label, weekly, cite in (
            (ca_name, ca, f"{_UC} regs 66(1)(b), 73(1)"),
            ("New-style ESA", a.new_style_esa_weekly, f"{_UC} regs 66(1)(b), 73(1)"),
            ("New-style JSA", a.new_style_jsa_weekly, f"{_UC} regs 66(1)(b), 73(1)"),
            ("State Pension", a.state_pension_weekly, f"{_UC} regs 66(1)(a), 73(1)"),
            ("Other pensions", a.pension_income_weekly, f"{_UC} regs 66(1)(a), 73(1)"),
        ):
            if weekly:
                monthly = int(uc.weekly_to_monthly(weekly))
                lines.append(Line(f"{label}{who}: {format_pounds(weekly)} a week x 52 / 12", monthly, cite, op="-"))
        if a.other_unearned_income_monthly:
            lines.append(Line(f"Other unearned income{who}", a.other_unearned_income_monthly, f"{_UC} reg 66", op="-"))
    if calc.tariff_income:
        lines.append(
            Line(
                f"Tariff income from capital of {format_pounds(h.capital)}",
                calc.tariff_income,
                f"{_UC} reg 72(1); {src('uc.tariff_income')}",
                op="-",
            )
        )
    cols = household_columns(h) if any(a.gross_monthly_earnings is not None for a in h.adults) else None
    for i, a in enumerate(h.adults, start=1):
        if a.gross_monthly_earnings is not None:
            who = "" if not h.is_couple else f" (claimant {i})"
            adult_cols = cols.adult1 if i == 1 else cols.adult2
            r = uc.adult_net_earnings(adult_cols, h.nation == "scotland", on=on, tables=tables)
            code = f"{r.tax_code_number}L" if r.tax_code_number >= 0 else f"K{-r.tax_code_number}"
            notes = []
            if a.state_pension_weekly:
                notes.append(f"tax code {code}: the allowance less State Pension {format_pounds(a.state_pension_weekly)} x 52")
            if not r.national_insurance and r.gross > 0 and _over_state_pension_age(adult_cols, end):
                notes.append("no employee NI after State Pension age (SSCBA 1992 s 6(3))")
            lines.append(
                Line(
                    f"  Net earnings{who}: gross {format_pounds(r.gross)} less income tax {format_pounds(r.income_tax)}, "
                    f"NI {format_pounds(r.national_insurance)}, pension {format_pounds(r.pension_contributions)}",
                    max(r.net, 0),
                    f"{_UC} reg 55(5); estimated PAYE ({'Scottish' if h.nation == 'scotland' else 'rUK'} rates)",
                    op=" ",
                    detail="; ".join(notes),
                )
            )
    if calc.earned_income:
        # The taper actually used (an overlay may set another), cited where it is not the shipped one.
        rate = f"{float(taper.value):g}%"
        own = "" if taper.origin == "shipped" else f"; taper: {row_citation(taper)}"
        if calc.work_allowance:
            label = (
                f"Earnings deduction {rate} x ({format_pounds(calc.earned_income)} - "
                f"{format_pounds(calc.work_allowance)} work allowance)"
            )
            cite = f"{_UC} reg 22; {src('uc.work_allowance')}{own}"
        else:
            label = f"Earnings deduction {rate} x {format_pounds(calc.earned_income)} (no work allowance)"
            cite = f"{_UC} reg 22{own}"
        lines.append(Line(label, calc.earnings_deduction, cite, op="-"))

    return lines


def _over_state_pension_age(adult_columns, end: dt.date) -> bool:
    from .benefits.pension_age import adult_reached_state_pension_age

    return bool(adult_reached_state_pension_age(adult_columns, end)[0])


def _benefit_cap_lines(calc: uc.UCCalculation, src, h: Household, *, on: dt.date, tables: Tables) -> list[Line]:
    """The benefit cap (regs 78-83): the reduction where there is one, else
    why there is none (an exemption, or benefits within the cap)."""
    lines: list[Line] = []
    if calc.benefit_cap_reduction:
        lines.append(Line("Universal Credit before the benefit cap", calc.award_before_benefit_cap, f"{_UC} reg 22(1)", op="="))
        lines.append(
            Line(
                f"Benefit cap: welfare benefits {format_pounds(calc.welfare_benefits)} over the cap of "
                f"{format_pounds(calc.benefit_cap)}" + (f", less childcare {format_pounds(calc.childcare_costs_element)}" if calc.childcare_costs_element else ""),
                calc.benefit_cap_reduction,
                f"{_UC} regs 79-81; {src('uc.benefit_cap')}",
                op="-",
            )
        )
    elif calc.award_before_benefit_cap > 0:
        if calc.benefit_cap_exempt:
            why = _cap_exemptions(calc, h, on=on, tables=tables)
            lines.append(Line(f"Benefit cap: does not apply ({why})", None, f"{_UC} regs 82-83", op=" "))
        else:
            lines.append(Line(f"Benefit cap: not reached (welfare benefits {format_pounds(calc.welfare_benefits)}, "
                              f"cap {format_pounds(calc.benefit_cap)})", None, f"{_UC} regs 79-81; {src('uc.benefit_cap')}", op=" "))
    return lines


def _cap_exemptions(calc: uc.UCCalculation, h: Household, *, on: dt.date, tables: Tables) -> str:
    """The household's exemptions from the benefit cap, as the engine finds them (regs 82-83)."""
    found = []
    if any(a.lcwra_element_in_award for a in h.adults):
        found.append("the LCWRA element is in the award, reg 83(1)(a)")
    if any(a.esa_support_component for a in h.adults):
        found.append("ESA support component")
    if any(a.has_disability_benefit for a in h.adults):
        # In Scotland PIP is paid as Adult Disability Payment (the engine reads it as PIP): said so (qa-adv10).
        found.append("Attendance Allowance, DLA or PIP" + (" (Adult Disability Payment in Scotland)" if h.nation == "scotland"
                                                            else "") + ", reg 83(1)(b)-(d)")
    if any("none" != r for c in h.children for r in (c.dla_care, c.dla_mobility, c.pip_daily_living, c.pip_mobility)):
        found.append("a child's DLA or PIP")
    if any(a.carers_allowance_weekly or a.claims_carers_allowance for a in h.adults) or calc.carer_element:
        found.append("Carer's Allowance or the carer element")
    if h.guardians_allowance:
        found.append("Guardian's Allowance, reg 83(1)(k)")
    if h.benefit_cap_grace_period:
        found.append("the grace period after work, reg 82(2)")
    if not found and calc.earned_income > 0:
        found.append(f"earnings of {format_pounds(calc.earned_income)} at or above "
                     f"{format_pounds(tables.at('uc.benefit_cap_earnings_threshold', on))}, reg 82(1)(a)")
    return "exempt: " + "; ".join(found) if found else "exempt"


def scottish_dhp_note(calc: uc.UCCalculation, h: Household) -> str | None:
    """In Scotland, a social renter's under-occupancy deduction is met by a
    Discretionary Housing Payment: said where there is one (since
    2026-12-08, qa-adv10; the working sheet and the check's Universal
    Credit finding). The power: Social Security (Scotland) Act 2018 s 88
    (Part 5, Discretionary Housing Payments; its Explanatory Notes para 128,
    read on legislation.gov.uk); that the Scottish Government funds
    councils to mitigate the deduction in full is its stated policy, not
    law, so nothing is counted. None elsewhere."""
    import numpy as np

    x = h.housing
    cut = int(np.asarray(calc.housing.under_occupancy_deduction).ravel()[0])
    if h.nation != "scotland" or x is None or x.tenure != "social_rent" or not cut:
        return None
    return (f"In Scotland the council can meet the under-occupancy deduction ('bedroom tax') of {format_pounds(cut)} a month with a "
            "Discretionary Housing Payment (Social Security (Scotland) Act 2018 s 88); the Scottish Government funds "
            "councils to mitigate it in full: apply to the council. Not counted here (a discretionary payment).")


def _notes(calc: uc.UCCalculation, h: Household, notes_pre: list[str]) -> list[str]:
    """What the sheet says beside the figures."""
    notes = list(notes_pre)
    if calc.capital_over_limit:
        notes.append(f"Capital of {format_pounds(h.capital)} is over the £16,000 limit: no award ({_UC} reg 18(1)).")
    elif calc.maximum_amount - calc.unearned_income - calc.earnings_deduction < 0:
        notes.append("Income exceeds the maximum amount: no award.")
    dhp = scottish_dhp_note(calc, h)
    if dhp:
        notes.append(dhp)
    for a in h.adults:
        if a.lcwra and not a.lcwra_element_in_award:
            notes.append(
                "LCWRA found but the element is not yet in the award (the relevant period of "
                f"{_UC} reg 28); the work allowance applies already."
            )
    return notes
