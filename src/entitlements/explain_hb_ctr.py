"""The working sheets of Housing Benefit and of council tax with Council Tax
Reduction: the lines, each with its legal source, for one household.

One job: turn :class:`~entitlements.benefits.housing_benefit.HousingBenefitCalculation`
and :class:`~entitlements.benefits.council_tax_columns.CouncilTaxCalculation` (as
:func:`entitlements.estimate` works them out) into
:class:`~entitlements.explain.Breakdown` lines: the eligible rent, the
non-dependant deductions, the applicable amount, the income, the excess and
the taper; the Band D, the band, the discount, the liability, the reduction
and what is left to pay. Nothing is worked out here that the engine did not.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from .benefits.hb_ctr import CT_REASONS, CTR_SCHEMES
from .benefits.housing_benefit import HB_REASONS, weekly_rent
from .benefits.housing import RENT_PERIOD_CODES
from .explain import UNVERIFIED, Breakdown, Line, row_citation
from .household import Household
from .money import divide_half_up, format_pounds
from .tables import Tables

__all__ = ["housing_benefit_breakdown", "council_tax_breakdown", "ctr_check_needed_text", "hb_check_needed_text"]

_PA, _WA = "SI 2006/214", "SI 2006/213"


def _tax_lines(pension_tax, h: Household, on: dt.date, tables: Tables, law: str) -> list[Line]:
    """The income tax on pensions a scheme took off the income
    counted (``pension_tax``: the household calculation, or None), as lines
    of information just before "Income counted"."""
    if pension_tax is None:
        return []
    from .explain_estimate import pension_tax_lines

    # With savings credit only, Pension Credit took it off the Secretary of State's income the scheme uses.
    where = ", already out of Pension Credit's income" if law == _SAVINGS_TAX_LAW else ", taken off the income counted"
    return [attrs.evolve(line, op=" ", label=line.label + where)
            for line in pension_tax_lines(pension_tax, h, on=on, tables=tables, law=law)]


def _lha_eligible_rent_line(hb, x, *, pension: bool, bedrooms: int, on: dt.date, tables: Tables) -> Line:
    """The eligible rent of a private renter capped at the local housing
    allowance (SI 2006/214 regs 12D, 13D), with the rate, the size criteria
    and why: one line of the Housing Benefit sheet."""
    from .benefits.housing_benefit import lha_category, size_criteria_bedrooms

    cs = sum(r in ("child_cannot_share", "couple_cannot_share") for r in x.extra_bedrooms)
    lodger = int(x.lodger_payment_weekly > 0)   # an occupier with a bedroom: reg 13D(3)(b), (12)
    rooms = int(size_criteria_bedrooms(bedrooms, cs, -1 if x.bedrooms is None else x.bedrooms, lodger))
    bedrooms += lodger
    # Reg 13D(2)(a): one bedroom, not self-contained, no severe disability premium: the shared rate.
    shared = (pension and not x.self_contained and rooms <= 1
              and not int(hb.applicable_amount.severe_disability_premium))
    cat = 0 if shared else int(lha_category(max(rooms, 1)))
    # SI 2006/214 reg 13D(3) closing words (SI 2013/2828 reg 3(3)(b); SI 2017/213 reg 5(3)(a)(iii)).
    proviso = (f"; a room for one who cannot share only where the home has it, and it has {x.bedrooms} bedroom"
               f"{'s' if x.bedrooms != 1 else ''} (reg 13D(3), closing words)") if rooms < bedrooms else ""
    proviso += "; a bedroom for the lodger, an occupier (reg 13D(3)(b), (12))" if lodger else ""
    if x.brma is not None:
        from .benefits.lha import lha_entry

        e = lha_entry(x.brma, cat, on=on, period="week", schedule=tables.schedule("lha"))
        cite = f"{_PA} regs 12D, 13D; {e.source}" + ("" if e.verified else f" {UNVERIFIED}")
        where = f" for {e.brma}"
    else:
        cite, where = f"{_PA} regs 12D, 13D", " (given" + (", a month x 12 / 52)" if x.lha_period == "month" else ")")
    rate = "shared accommodation rate" if shared else f"{cat}-bedroom rate"
    why = ("one bedroom, without the exclusive use of two rooms or of a room with a bathroom, toilet and kitchen, "
           "and no severe disability premium: reg 13D(2)(a)" if shared else
           f"the LHA for {cat} bedroom{'s' if cat != 1 else ''} (the size criteria{proviso}"
           + ("; self-contained accommodation, reg 13D(2)(b)" if cat == 1 and x.self_contained else "")
           + ("; not self-contained but the severe disability premium applies, reg 13D(2)(a)"
              if cat == 1 and not x.self_contained else "") + ")")
    return Line(f"Eligible rent: the LHA {rate}{where}", int(hb.weekly_eligible_rent), cite, op="=",
                detail=f"lower of the rent and {'the shared accommodation rate: ' if shared else ''}{why}")


def housing_benefit_breakdown(hb, h: Household, *, on: dt.date, tables: Tables, bedrooms: int,
                              pension_tax=None) -> Breakdown | None:
    """Housing Benefit a week, step by step; None where no Housing Benefit
    scheme applies (UC meets the rent) or there is no rent. ``pension_tax``:
    the household calculation, whose income tax on pensions the pension-age
    scheme disregards (SI 2006/214 reg 33(12)), shown."""
    x = h.housing
    if int(hb.scheme) == 0 or x is None or x.tenure not in ("social_rent", "private_rent", "supported_or_temporary"):
        return None
    pension = int(hb.scheme) == 1
    si = _PA if pension else _WA

    def src(table_id: str) -> str:
        return row_citation(tables.row(table_id, on))

    rent = int(weekly_rent(x.rent, RENT_PERIOD_CODES[x.rent_period]))
    per = "" if x.rent_period == "week" else f" ({format_pounds(x.rent)} a {x.rent_period.replace('_', ' ')} as a week)"
    lines = [Line(f"Rent{per}", rent, f"{si} reg {'61(2)' if pension else '80(3)'}", op=" ")]
    if x.tenure == "private_rent" and int(hb.weekly_eligible_rent) < rent:
        lines.append(_lha_eligible_rent_line(hb, x, pension=pension, bedrooms=bedrooms, on=on, tables=tables))
    else:
        lines.append(Line("Eligible rent", int(hb.weekly_eligible_rent),
                          f"{si} reg {'12B' if pension else '12, 12B'}" + ("" if x.tenure != "supported_or_temporary" else
                                                                           "; SI 2006/217 Sch 3 (specified or temporary accommodation)"),
                          op="=", detail="the rent as given, taken as eligible (no ineligible service charges given)"))
    free = x.rent_free_weeks
    spread = (f"x 52 / {52 - free} ({free} rent-free weeks a year: "
              f"{si} reg {'62(3)(a)' if pension else '81(3)(a)'})") if free else ""
    if hb.non_dependant_deductions:
        lines.append(Line("Non-dependant deductions", int(hb.non_dependant_deductions),
                          f"{si} reg {'55' if pension else '74'}; {src('housing_benefit.non_dependant_deduction')}", op="-",
                          detail=spread))
    lines.append(Line("Maximum Housing Benefit", int(hb.maximum_housing_benefit), f"{si} reg {'50' if pension else '70'}", op="="))
    if HB_REASONS[int(hb.reason)] == "applicant_not_given":
        lines.append(Line("Housing Benefit: check needed", None, f"{_WA} Sch 3 paras 12, 13(9), 22, 24", op=" "))
        return Breakdown(title=_hb_title(False, x), period="amounts a week", lines=tuple(lines),
                         rules=str(tables.version), notes=(hb_check_needed_text(),))
    if HB_REASONS[int(hb.reason)] == "no_eligible_rent":
        # Nothing to meet: no means test is made, so its figures (nil) are not shown as if worked out.
        lines.append(Line("Housing Benefit", 0, "SSCBA 1992 s 130(1)(a)", op="="))
        return Breakdown(title=_hb_title(pension, x), period="amounts a week", lines=tuple(lines), rules=str(tables.version),
                         notes=("No rent to meet (an eligible rent of £0.00 a week): no Housing Benefit, and no means "
                                "test is made.",))
    if hb.passported:
        why = ("Pension Credit guarantee credit: all income and capital disregarded (SI 2006/214 reg 26)" if pension else
               # 2026-12-07: Sch 5 para 7(e) and Sch 6 para 9(1)(g) (SI 2013/630 reg 35(11)-(12), read) disregard
               # concessionary payments for, and arrears of, UC, not the award: they were cited here as the passport.
               "Universal Credit: all income and capital disregarded (SI 2006/213 Sch 5 para 4, Sch 6 para 5, as "
               "SI 2013/2070 reg 7(8)-(9) amended them; a nil award of UC is no passport, Ipswich BC v TD [2024] "
               "UKUT 118 (AAC))")
        lines.append(Line(why, None, "", op=" "))
    else:
        pc = getattr(pension_tax, "pension_credit", None)
        savings = ((int(pc.income), int(pc.savings_credit)) + _savings_credit_disregards(int(hb.earnings_disregarded),
                                                                                       on, tables)
                   if pension and pc is not None and not int(pc.guarantee_credit) and int(pc.savings_credit) else None)
        taxed = _tax_lines(pension_tax, h, on, tables, _SAVINGS_TAX_LAW if savings else
                           "SI 2006/214 reg 33(12), (1)(b)(iii)" if pension else
                           # working age (since 2026-12-07): Sch 5 para 1, read 2026-12-07
                           "SI 2006/213 Sch 5 para 1")
        lines += _means_test_lines(hb, si, pension, src, spread, free, taxed, savings,
                                   lodger_detail(h, "hb_pension" if pension else "hb_working_age", on, tables))
        if pension and int(hb.childcare_charges):  # reg 30(1)(c); with savings credit only, reg 27(4)(b)
            line = _pension_childcare_line(int(hb.childcare_charges), "hb", on, tables)
            if savings is not None:
                line = attrs.evolve(line, citation="SI 2006/214 reg 27(4)(b), " + line.citation[len("SI 2006/214 "):])
            at = next(i for i, ln in enumerate(lines) if ln.label == "Income counted") + 1
            lines.insert(at, line)
    reason = HB_REASONS[int(hb.reason)]
    lines.append(Line("Housing Benefit", int(hb.award), "SSCBA 1992 s 130", op="="))
    notes = []
    if reason == "capital_over_limit":
        notes.append(f"Capital of {format_pounds(h.capital)} is over £16,000: no Housing Benefit ({si} reg {'43' if pension else '43'}).")
    elif reason == "below_minimum":
        notes.append(f"Below the 50p minimum: nothing is paid ({si} reg {'56' if pension else '75'}).")
    # Since 2026-12-07 not where the hours given settle it (another adult's 30 hours): the household calculation's
    # hours_not_given (hb_ctr.facts_left_open), which a caseload's facts_assumed names too.
    settled = not bool(np.asarray(getattr(pension_tax, "hours_not_given", True)).reshape(-1)[0])
    if not hb.passported and int(hb.earnings_disregarded) and not settled and any(
            (a.monthly_earnings or a.gross_monthly_earnings) and a.work_hours_weekly is None for a in h.adults):
        notes.append("Hours of work not given: the £17.10 additional earnings disregard (30 hours a week, or 16 for a "
                     f"lone parent, a couple with a family premium or a disabled worker: {si} Sch 4 "
                     f"para {'9' if pension else '17'}) was not tested. Give work_hours_weekly (--hours).")
    if pension and not hb.passported:
        notes += [t for t in (_pension_childcare_note(h, "hb", int(hb.childcare_charges), on, tables),) if t]
    if pension and not hb.passported and int(hb.excess_income) > 0:
        notes += [t for t in (_age_only_2021_note(h, on, tables, "housing_benefit.personal_allowance_pension_age",
                                                 "SI 2006/214 Sch 3 para 1"),) if t]
    if pension and x is not None and _waived_by_claimant(h):
        notes.append("No non-dependant deductions: the claimant or partner is blind or gets Attendance Allowance, a DLA "
                     "care component or PIP daily living (SI 2006/214 reg 55(6)), whatever the non-dependants earn.")
    if free:
        notes.append(f"Housing Benefit is for the {52 - free} weeks a year rent is due; none is paid for the {free} "
                     f"rent-free weeks ({si} reg {'62' if pension else '81'}).")
    return Breakdown(title=_hb_title(pension, x), period="amounts a week", lines=tuple(lines), rules=str(tables.version),
                     notes=tuple(notes))


def _hb_title(pension: bool, x) -> str:
    """The Housing Benefit sheet's title: its scheme, and at working age the kind of accommodation."""
    return "Housing Benefit (" + ("pension age, SI 2006/214)" if pension else "working age, SI 2006/213: "
                                  + (x.accommodation or "temporary or specified") + " accommodation)")


def _waived_by_claimant(h: Household) -> bool:
    """Whether a non-dependant aged 18 or over lives there and the claimant or
    partner is blind or receives attendance allowance, a DLA care component
    or PIP daily living, so no deduction is made for any (SI 2006/214 reg
    55(6), read 2026-12-07): said on the sheet, where the deductions line is
    otherwise simply absent."""
    adults_18 = any(n.age >= 18 for n in h.housing.non_dependants)
    return adults_18 and any(a.blind or a.attendance_allowance != "none" or a.dla_care != "none"
                             or a.pip_daily_living != "none" for a in h.adults)


#: Pensionable age reached before 1 April 2021 gives the higher pension-age personal allowance: born before
#: 1 April 1955 (benefits.hb_ctr._pensionable_before_2021).
_BORN_BEFORE_2021_RATE = dt.date(1955, 4, 1)
#: Where each pension-age Council Tax Reduction scheme sets its personal allowances.
_PENSION_CTR_LAW = {"england": "SI 2012/2885 Sch 2 para 1", "wales_pension": "WSI 2013/3029 Sch 2 para 1",
                    "scotland_pension": "SSI 2012/319 Sch 1 para 2"}


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _age_only_2021_note(h: Household, on: dt.date, tables: Tables, table_id: str, law: str) -> str | None:
    """A note where an adult given by age only may have reached pensionable
    age before 1 April 2021, which the calculation could not tell, and so
    took the lower personal allowance (the rate for pensionable age reached
    on or after that day): the higher one is named, and the date of birth
    asked for. None where a date of birth, or the age alone, settles it."""
    from .dates import as_day, period_end

    end = dt.date.fromisoformat(str(period_end(as_day(on))))
    open_ = []
    for i, a in enumerate(h.adults, start=1):
        if a.date_of_birth is not None:
            if a.date_of_birth < _BORN_BEFORE_2021_RATE:
                return None
            continue
        if _years_before(end, a.age) < _BORN_BEFORE_2021_RATE:  # even the latest birth the age allows: settled
            return None
        if _years_before(on, a.age + 1) + dt.timedelta(days=1) < _BORN_BEFORE_2021_RATE:
            open_.append((i, a.age))
    if not open_:
        return None
    pa = tables.at(table_id, on)
    lower, higher = (pa["couple"], pa[[k for k in pa if k.startswith("couple_")][0]]) if h.is_couple else \
        (pa["single"], pa[[k for k in pa if k.startswith("single_")][0]])
    if higher == lower:  # Wales and Scotland: one allowance whenever pensionable age was reached, nothing to settle
        return None
    who = _and([f"adult {i}, aged {age}," if h.is_couple else f"the claimant, aged {age}," for i, age in open_])
    return (f"Given by age, not date of birth: {who} may have reached pensionable age before 1 April 2021 (born "
            f"before 1 April 1955), which gives the higher personal allowance, {format_pounds(int(higher))}, not "
            f"{format_pounds(int(lower))} as taken here ({law}). Give the date of birth (date_of_birth, --dob).")


_PENSIONER_LAW = {"england": "SI 2012/2885 reg 3(1)", "wales_pension": "WSI 2013/3029 reg 3",
                  "scotland_pension": "SSI 2012/319 reg 12"}


def _mixed_age_applicant_note(h: Household, on: dt.date, scheme: str) -> str | None:
    """For a mixed-age couple on a pension-age scheme who do not say which of
    them applies (``applicant``): the older partner is taken to apply. The
    scheme is for an applicant who has reached the qualifying age for state
    pension credit (SI 2012/2885 reg 3(1)); the younger partner applying
    would be under the working-age scheme."""
    if not h.is_couple or h.applicant is not None or scheme == "scotland_pension":
        return None  # Scotland: the older partner applies whatever is said (the comparison note says why)
    from .benefits.pension_age import adult_reached_state_pension_age
    from .columns import household_columns

    cols = household_columns(h)
    spa = [bool(adult_reached_state_pension_age(a, on)[0]) for a in (cols.adult1, cols.adult2)]
    if spa[0] == spa[1]:
        return None
    return (f"A mixed-age couple: the partner over the qualifying age for state pension credit (adult {1 if spa[0] else 2}) "
            f"is taken to apply, as a pensioner ({_PENSIONER_LAW[scheme]}). If the younger partner applies, the "
            "working-age scheme applies instead: say who applies (applicant, --applicant).")


def _scotland_family_premium_note(ctax, h: Household, on: dt.date, tables: Tables) -> str | None:
    """What the Scottish pension-age applicable amount took about the family
    premium, for a household with a child: SSI 2012/319 reg 20(e) gives it
    only to an applicant with the transitional protection of SSI 2016/81
    reg 2, which the household must say (``transitional_family_premium``).
    Not protected (the default): said only where the premium would change
    the reduction (income above the applicable amount)."""
    from .errors import NoRowInForce

    if not h.children:
        return None
    try:
        row = tables.row("ctr.scotland_pension.family_premium", on)
    except NoRowInForce:
        return None
    amount = format_pounds(int(tables.at("ctr.scotland_pension.family_premium", on)))
    if h.transitional_family_premium:
        return (f"The applicable amount includes the transitional family premium, {amount} a week (SSI 2012/319 "
                f"reg 20(e); {row_citation(row)}), as the household says the applicant keeps it "
                "(transitional_family_premium: SSI 2016/81 reg 2).")
    if int(ctax.ctr_excess_income) <= 0:
        return None
    return (f"No family premium: in Scotland it is only a transitional amount, {amount} a week (SSI 2012/319 reg "
            "20(e)), for an applicant entitled to Council Tax Reduction on 30 April 2016 with a child or young person "
            "in the family, who has had one in it since and made no new application (SSI 2016/81 reg 2). Assumed not "
            "protected; if the applicant is, give transitional_family_premium (--transitional-family-premium).")


def _scotland_wa_premium_lines(ctax, on: dt.date, tables: Tables) -> list[Line]:
    """The Scottish working-age premiums one by one (since 2026-12-08; they were one sum): a line "of which" the
    applicable amount for each premium included, with the paragraphs of SSI 2021/249 Sch 1 that give it and the rule
    table's row; the lines add up to ``ctr_premiums``."""
    from .benefits.council_tax_reduction_scotland import SCOTLAND_WA_PREMIUMS

    lines = []
    for key, (name, paras) in SCOTLAND_WA_PREMIUMS.items():
        amount = int(getattr(ctax, "ctr_" + key, 0))
        if amount:
            table = "child_premium" if key == "child_premium" else "premiums"
            row = tables.row(f"ctr.scotland_working_age.{table}", on)
            lines.append(Line(f"of which {name}", amount, f"SSI 2021/249 {paras}; {row_citation(row)}", op=" "))
    return lines


def _scotland_working_age_tfp(ctax, h: Household, on: dt.date, tables: Tables) -> tuple[Line | None, str | None]:
    """The Scottish working-age transitional family premium (SSI 2021/249
    reg 98) on the sheet: a line "of which" the applicable amount where the
    household says the applicant has it (``transitional_family_premium``,
    with a child), or, not said, a note where it would change the reduction
    (income above the applicable amount)."""
    if not h.children:
        return None, None
    tid = "ctr.scotland_working_age.transitional_family_premium"
    row = tables.row(tid, on)
    t = tables.at(tid, on)
    if h.transitional_family_premium:
        kept = h.transitional_family_premium_22_20
        amount = int(t["kept_22_20"] if kept else t["general"])
        cite = f"SSI 2021/249 reg 98(1)-(3); {row_citation(row)}"
        detail = ("reg 98(2)(a): £22.20, the amount the applicant was entitled to on 31 March 2022 "
                  "(transitional_family_premium_22_20)" if kept else
                  "reg 98(2)(b), as the household says the applicant keeps it (transitional_family_premium: SSI "
                  "2016/81 reg 2, entitled on 31 March 2022); £22.20 instead if that was the amount on that day "
                  "(reg 98(2)(a): give transitional_family_premium_22_20)")
        return Line("of which the transitional family premium", amount, cite, op=" ", detail=detail), None
    if int(ctax.ctr_excess_income) <= 0:
        return None, None
    return None, (f"No transitional family premium: below pension age in Scotland it is only for an applicant "
                  f"entitled on 31 March 2022 to the family premium kept by SSI 2016/81 reg 2 (entitled to Council "
                  f"Tax Reduction on 30 April 2016 with a child or young person in the family, one in it since, no new "
                  f"application), {format_pounds(int(t['general']))} a week, or £22.20 if that was the amount then "
                  f"(SSI 2021/249 reg 98(2)). Assumed not protected; if the applicant is, give "
                  f"transitional_family_premium (--transitional-family-premium).")


def hb_check_needed_text() -> str:
    """Why Housing Benefit could not be worked out (reason ``applicant_not_given``)."""
    return ("Housing Benefit: check needed. One of the couple alone has limited capability for work (or is in the "
            "ESA support group), and which of them claims changes the award: a claimant with limited capability for "
            "work gets no disability premium (SI 2006/213 Sch 3 para 13(9)), and the support component goes only "
            "without it (paras 22, 24). Say who claims: applicant = adult1 or adult2 (--applicant).")


#: Where each pension-age scheme deducts relevant childcare charges from earnings (all read 2026-12-07): the deduction
#: and its limit, the conditions, and, with savings credit only, the adjustment of the Secretary of State's income.
_PENSION_CHILDCARE_LAW = {"hb": ("SI 2006/214 reg 30(1)(c), (3)", "reg 31", "reg 27(4)(b)"),
                          "england": ("SI 2012/2885 Sch 1 para 24(1)(c), (3)", "para 25", "Sch 1 para 14(2)(b)"),
                          "wales_pension": ("WSI 2013/3029 Sch 1 para 18(1)(c), (3)", "para 19", "Sch 1 para 8(2)(b)"),
                          "scotland_pension": ("SSI 2012/319 reg 28(1)(c), (3)", "reg 29", "reg 25(2)(b)")}


def _pension_childcare_line(childcare: int, which: str, on: dt.date, tables: Tables, op: str = " ") -> Line:
    """The relevant childcare charges a pension-age scheme took off the
    earnings (``which``: "hb" or the CTR scheme), with the law and the
    limit's row."""
    from .benefits.hb_ctr import PENSION_CHILDCARE

    law, conditions, _ = _PENSION_CHILDCARE_LAW[which]
    table = PENSION_CHILDCARE[which][0]
    limit = tables.at(table, on)
    return Line("Childcare charges taken off the earnings" + (" (already out of the income)" if op == " " else ""),
                childcare, f"{law}, {conditions}; {row_citation(tables.row(table, on))}", op=op,
                detail=f"the charges a month x 12 / 52, at most {format_pounds(int(limit['one_child']))} a week for one "
                       f"child or {format_pounds(int(limit['more_than_one_child']))} for more, and at most the earnings "
                       "left after the disregard")


def _pension_childcare_note(h: Household, which: str, childcare: int, on: dt.date, tables: Tables) -> str | None:
    """A note where the household gives childcare charges and earnings and
    a pension-age scheme (``which``: "hb" or the CTR scheme) took none off,
    or took them off on facts the household leaves open: what the deduction
    asks. None without charges or earnings, or where the deduction is settled."""
    if not h.childcare_costs_monthly or not any(a.monthly_earnings or a.gross_monthly_earnings for a in h.adults):
        return None
    from .benefits.hb_ctr import pension_age_childcare_charges
    from .columns import household_columns

    bu = household_columns(h)
    _, open_ = pension_age_childcare_charges(bu, on=on, tables=tables, children=bu.children, scheme=which)
    if childcare and not open_:
        return None
    law, conditions, _ = _PENSION_CHILDCARE_LAW[which]
    asks = (f"The deduction of relevant childcare charges ({law}, {conditions}) is for a lone parent in work of 16 "
            "hours a week or more, or a couple both in it, or one in it and the other incapacitated (80 or over, or "
            "getting Attendance Allowance, DLA or PIP; a partner in hospital or prison is not modelled), for children "
            "up to the first Monday in September after their 15th birthday (16th if disabled).")
    if open_:
        return (f"Childcare charges ({format_pounds(h.childcare_costs_monthly)} a month): check needed. {asks} The "
                "household's facts leave it open (hours of work not given, a partner blind or with limited capability "
                "for work but none of those benefits, or charges for more children than are under the age limit): "
                + ("taken off as far as the facts given allow." if childcare else "not taken off."))
    return f"Childcare charges ({format_pounds(h.childcare_costs_monthly)} a month) are not taken off the earnings. {asks}"


#: With savings credit only, the income tax on pensions is out of the Secretary of State's income already: Pension
#: Credit disregards it (SI 2002/1792 reg 17(10)(a)), and the scheme uses that income (SI 2006/214 reg 27(1), (5)).
_SAVINGS_TAX_LAW = "in Pension Credit's income: SI 2002/1792 reg 17(10)(a)"


def _savings_credit_disregards(disregarded: int, on: dt.date, tables: Tables) -> tuple[int, int]:
    """With savings credit only, the earnings disregards a pension-age scheme
    took off the Secretary of State's income, ``disregarded`` (Housing
    Benefit's ``earnings_disregarded``, CTR's ``ctr_earnings_disregarded``),
    as its two parts: ``(lone parent's higher disregard, additional
    disregard)``. The engine takes off at most two sums: the £17.10 (SI
    2006/214 reg 27(4)(d); SI 2012/2885 Sch 1 para 14(2)(d) and the Welsh and
    Scottish twins), whole or not at all, and what a lone parent's £25 comes
    to beyond Pension Credit's £20 ((c)(i)), never more than £5.00, which is
    less than £17.10: so the sum says which were taken."""
    d = tables.at("housing_benefit.earnings_disregard", on)
    additional = int(d["additional"]) if disregarded >= int(d["additional"]) else 0
    return disregarded - additional, additional


#: The pension-age CTR schemes' savings-credit-only rule (SI 2006/214 reg 27's twins, all read 2026-12-07): the
#: provision, and where the scheme disregards £25 of a lone parent's earnings and the £17.10.
_SAVINGS_CTR_LAW = {"england": ("SI 2012/2885 Sch 1 para 14", "Sch 4 para 2", "Sch 4 para 10(1)"),
                    "wales_pension": ("WSI 2013/3029 Sch 1 para 8", "Sch 3 para 2", "Sch 3 para 10(1)"),
                    "scotland_pension": ("SSI 2012/319 reg 25", "Sch 2 para 2", "Sch 2 para 10(1)")}


# A pensioners' scheme's own earnings disregard, where it counts the earnings itself (the same sums as Housing
# Benefit's, SI 2006/214 Sch 4): the schedule, and the paragraph of the additional £17.10.
_PENSION_DISREGARD_LAW = {"england": "SI 2012/2885 Sch 4 paras 1-8, 10",
                          "wales_pension": "WSI 2013/3029 Sch 3 paras 1-8, 10",
                          "scotland_pension": "SSI 2012/319 Sch 2 paras 1-8, 10"}


def _savings_credit_ctr_lines(ctax, scheme: str, savings: tuple[int, int], on: dt.date, tables: Tables) -> list[Line]:
    """How a pensioners' scheme makes up the income with savings credit only:
    the Secretary of State's income (Pension Credit's), the savings credit
    added, and the earnings disregards taken off, each line with the
    scheme's provision (``savings``: Pension Credit's income and savings
    credit)."""
    law, lone_law, additional_law = _SAVINGS_CTR_LAW[scheme]
    income, credit = savings
    lone, additional = _savings_credit_disregards(int(ctax.ctr_earnings_disregarded), on, tables)
    lines = [Line("Pension Credit's income (the Secretary of State's)", income, f"{law}(1)", op=" ",
                  detail="used as it is, but for the adjustments below"),
             Line("Savings credit", credit, f"{law}(2)(a)", op="+")]
    if lone:
        lines.append(Line("Lone parent's earnings: the higher disregard", lone, f"{law}(2)(c)(i); {lone_law}", op="-",
                          detail="£25.00 of a lone parent's earnings here, £20.00 in Pension Credit (SI 2002/1792 "
                                 "Sch VI para 1): the difference"))
    childcare = int(getattr(ctax, "ctr_childcare_charges", 0))
    if childcare:
        line = _pension_childcare_line(childcare, scheme, on, tables, op="-")
        lines.append(attrs.evolve(line, citation=f"{law}(2)(b); " + line.citation))
    if additional:
        lines.append(Line("Additional earnings disregard", additional, f"{law}(2)(d); {additional_law}", op="-",
                          detail="30 hours' work a week at 25 or over, or 16 for a lone parent, a couple with "
                                 + ("a family premium" if scheme == "wales_pension" else "a child") + " or a disabled "
                                 "worker"))
    return lines


#: Where each scheme disregards a lodger's payments: (a boarder's paragraph, a sub-tenant's).
_LODGER_LAW = {
    "hb_pension": ("SI 2006/214 Sch 5 para 9", "SI 2006/214 Sch 5 para 10"),
    "hb_working_age": ("SI 2006/213 Sch 5 para 42", "SI 2006/213 Sch 5 para 22"),
    "england": ("SI 2012/2885 Sch 5 para 9", "SI 2012/2885 Sch 5 para 10"),
    "wales_pension": ("WSI 2013/3029 Sch 4 para 9", "WSI 2013/3029 Sch 4 para 10"),
    "wales_working_age": ("WSI 2013/3029 Sch 9 para 27", "WSI 2013/3029 Sch 9 para 26"),
    "scotland_pension": ("SSI 2012/319 Sch 3 para 8", "SSI 2012/319 Sch 3 para 9"),
}


def _joined(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def lodger_detail(h: Household | None, which: str, on: dt.date, tables: Tables) -> str:
    """Words for a lodger's payments in the income counted, or "" (no lodger,
    or a scheme that does not count them)."""
    x = h.housing if h is not None else None
    if x is None or not x.lodger_payment_weekly or which not in _LODGER_LAW:
        return ""
    from .benefits.means_test import lodger_income

    benefit = "housing_benefit" if which.startswith("hb_") else f"ctr.{which}"   # each CTR scheme's own tables
    counted = int(lodger_income(x.lodger_payment_weekly, x.lodger_board, on=on, tables=tables, benefit=benefit))
    law = _LODGER_LAW[which][0 if x.lodger_board else 1]
    what = "less £20 and half the rest" if x.lodger_board else "less £20"
    return (f"a {'boarder' if x.lodger_board else 'sub-tenant'}'s {format_pounds(x.lodger_payment_weekly)} a week, "
            f"{what}: {format_pounds(counted)} ({law})")


def _means_test_lines(hb, si: str, pension: bool, src, spread: str = "", free: int = 0,
                      taxed: list[Line] = (), savings: tuple[int, int] | None = None, lodger: str = "") -> list[Line]:
    """The applicable amount, the income, the excess and the 65% taper
    (with rent-free weeks, each spread over the weeks rent is due).
    ``savings``: where the award is savings credit only (SI 2006/214 reg
    27), Pension Credit's income, the savings credit, and the lone parent's
    higher disregard and the additional earnings disregard taken off
    (:func:`_savings_credit_disregards`)."""
    aa = hb.applicable_amount
    parts = [(name.replace("_", " "), int(getattr(aa, name))) for name in
             ("personal_allowance", "child_allowance", "family_premium", "disability_premium", "severe_disability_premium",
              "enhanced_disability_premium", "disabled_child_premium", "carer_premium", "component")
             if int(getattr(aa, name))]
    detail = "; ".join(f"{n} {format_pounds(v)}" for n, v in parts)
    table = "housing_benefit.personal_allowance_pension_age" if pension else "housing_benefit.personal_allowance_working_age"
    total = int(aa.total) if not free else int(divide_half_up(int(aa.total) * 52, 52 - free))
    detail = "; ".join(([detail] if detail else []) + ([f"{format_pounds(int(aa.total))} {spread}"] if free else []))
    lines = [Line("Applicable amount", total, f"{si} reg 22, Sch 3; {src(table)}", op=" ", detail=detail)]
    detail = []
    if savings is not None:  # reg 27: the Secretary of State's income, modified only as reg 27(4) says
        income, credit, lone, additional = savings
        detail.append(f"Pension Credit's income {format_pounds(income)} plus the savings credit "
                      f"{format_pounds(credit)} (reg 27(1), (4)(a))"
                      + (f", less {format_pounds(lone)}, the higher disregard of a lone parent's earnings (£25.00 "
                         "here, £20.00 in Pension Credit: reg 27(4)(c)(i), Sch 4 para 2)" if lone else "")
                      + (f", less the {format_pounds(additional)} additional earnings disregard (reg 27(4)(d), Sch 4 "
                         "para 9(1))" if additional else "")
                      + (f", less {format_pounds(int(hb.childcare_charges))} relevant childcare charges (reg 27(4)(b), "
                         "reg 30(1)(c))" if int(getattr(hb, "childcare_charges", 0)) else ""))
    elif hb.earnings_disregarded:
        extra = int(hb.earnings_disregarded) - 1710 in (500, 1000, 2000, 2500)  # a Sch 4 paras 1-7 amount + £17.10
        detail.append(f"earnings after a {format_pounds(int(hb.earnings_disregarded))} disregard (Sch 4"
                      + (f"; £17.10 of it the additional disregard, para {9 if pension else 17})" if extra else ")")
                      + (f" and {format_pounds(int(hb.childcare_charges))} relevant childcare charges (reg 30(1)(c))"
                         if int(getattr(hb, "childcare_charges", 0)) else ""))
    if hb.tariff_income:
        detail.append(f"tariff income {format_pounds(int(hb.tariff_income))} (reg {'29(2)' if pension else '52'})")
    if lodger and savings is None:
        detail.append(lodger)
    lines += taxed
    lines.append(Line("Income counted", int(hb.weekly_income), f"{si} regs {'29-30, Sch 4-5' if pension else '27-52, Schs 4-5'}",
                      op=" ", detail="; ".join(detail + ([spread] if free else []))))
    lines.append(Line("Excess income (income less the applicable amount)", int(hb.excess_income), f"{si} reg {'51' if pension else '71'}", op=" "))
    lines.append(Line(f"Taper 65% x {format_pounds(int(hb.excess_income))}", int(hb.taper_deduction),
                      f"SSCBA 1992 s 130(3)(b); {src('housing_benefit.taper')}", op="-"))
    return lines


def ctr_check_needed_text(ctax, h: Household, on: dt.date) -> str | None:
    """Why council tax or its reduction could not be worked out, in words
    naming the council; None where nothing is missing."""
    reason = int(ctax.reason) if int(ctax.status) == 2 else int(ctax.ctr_reason) if int(ctax.ctr_status) == 2 else 0
    if not reason:
        return None
    from .benefits.council_tax_areas import default_authorities, financial_year

    a = default_authorities().authority(h.local_authority)
    year = financial_year(on)
    what = CT_REASONS[reason]
    if what == "no_band_d_for_year":
        return (f"Council tax: check needed. {a.name}'s Band D council tax for {year} is not in the library "
                "(rules/council_tax/band_d): council tax and Council Tax Reduction are not worked out. Give the Band D, "
                "or the band's charge, from the bill (--band-d or --band-charge; housing council_tax_band_d or "
                "council_tax_band_charge in a file).")
    if what == "local_scheme_not_shipped":
        return (f"Council Tax Reduction: check needed. {a.name}'s working-age scheme for {year} is not in the library "
                "(add it as a scheme file: docs, 'Adding your council's scheme', or check with the council). "
                "The council tax shown is before any reduction.")
    if what == "scheme_fact_not_modelled" and a.nation == "scotland":
        return _scotland_fact_text(h)
    if what == "scottish_working_age_not_shipped":
        return ("Council Tax Reduction: check needed. The Scottish working-age scheme (SSI 2021/249) is not in the "
                "library; the council tax shown is before any reduction.")
    if what == "national_scheme_year_not_shipped":
        return f"Council Tax Reduction: check needed. The national scheme's figures for {year} are not in the library."
    if what == "second_adult_income_not_shown":
        return ("Council Tax Reduction: check needed. A second adult's gross income is not shown, and the second adult "
                "rebate (up to 15% of the council tax by their income) could be more than the reduction worked out: "
                "give each non-dependant's gross weekly income.")
    if what == "second_adult_rebate_not_shipped":
        return ("Council Tax Reduction: check needed. The Welsh pensioners' second adult rebate (alternative maximum) "
                "is not in the library and could be more than the reduction worked out (up to 25% of the council tax).")
    if what == "band_not_in_nation":
        return f"Council tax: check needed. Band {h.housing.council_tax_band} is not a band of {a.nation.title()}."
    if a.nation == "wales":  # reason 4 is given in Wales only by the working-age scheme without UC
        return ("Council Tax Reduction: check needed. Without Universal Credit the Welsh working-age scheme's own "
                "applicable amounts (WSI 2013/3029 Sch 7) are needed: the library has them for 2024-25 and 2025-26, and "
                "there not for new-style ESA without the support component in the applicant's award "
                "(esa_support_component, with lcwra: the components wait for the end of the ESA assessment phase, "
                "not given; or the partner alone in the support group), nor, with earnings, where the household's facts leave Sch 6 or Sch 8 open (childcare "
                "charges where an adult's hours are not given or more children are paid for than are under the "
                "age limit, a pension contribution relieved at source, or the carer premium for the partner alone), "
                "nor for a couple of whom one alone has limited capability for work (no disability premium if that "
                "one is the applicant, Sch 7 para 10(8), and the household does not say who applies: give applicant, "
                "adult1 or adult2); "
                "for other years the Housing Benefit ones stand in only for a renter in temporary or supported "
                "accommodation. The council tax shown is before any reduction.")
    return _local_scheme_fact_text(a, year, h, on)


# The disabled band reduction's law: (Scotland?, band A?) -> the citation.
_BAND_REDUCTION_LAW = {
    (False, False): "; SI 1992/554 reg 4",
    (False, True): "; SI 1992/554 reg 4(3A)(b) (SI 1999/1004)",
    (True, False): "; SI 1992/1335 reg 4(1)",
    (True, True): "; SI 1992/1335 reg 4(1A)-(1C) (SI 1999/756)",
}


def _scotland_fact_text(h: Household) -> str:
    """Why the Scottish working-age scheme (SSI 2021/249) was not applied to
    this household: the facts it needs that the library does not settle
    (:func:`.benefits.council_tax_reduction_scotland.columns`)."""
    why = []
    if any(a.monthly_earnings or a.gross_monthly_earnings for a in h.adults):
        why.append("earnings: without Universal Credit (since 2026-12-07 worked out: reg 50, Sch 3 paras 4-8, 11, 15), "
                   "only where childcare costs are given (the relevant childcare charges of regs 38(2)(c), 77 are not "
                   "worked out), a pension contribution is relieved at source (reg 50(3)(c), (4)) or the carer premium "
                   "is the partner's alone; with it (the Sch 3 sum comes off the assessment period's earnings, reg "
                   "49(6)(d)), only where the carer premium's disregard is left open: para 7's £10 of the other's earnings goes only "
                   "where the carer earning under £20 is the applicant, which the household does not say (give applicant, "
                   "adult1 or adult2), or each "
                   "adult's earnings are not given")
    if any(a.new_style_esa_weekly for a in h.adults):
        why.append("new-style ESA without the support component in the award (esa_support_component, with lcwra): "
                   "the work-related activity and support components wait for the end of the ESA assessment phase "
                   "(Sch 1 para 18(1)(c)), not given; or a partner alone in the support group (the enhanced disability "
                   "premium, para 14(1)(a), turns on which of the couple applies: give applicant, adult1 or adult2)")
    if any(a.lcw or a.lcwra for a in h.adults):
        why.append("limited capability for work without Universal Credit (ESA's components and main phase, not "
                   "modelled)")
    return ("Council Tax Reduction: check needed. The Scottish working-age scheme (SSI 2021/249) needs a fact the "
            "library does not settle for this household: " + "; ".join(why) + ". The council tax shown is before "
            "any reduction.")


def _local_scheme_fact_text(a, year: str, h: Household, on: dt.date) -> str:
    """A local scheme could not be applied to this household: the facts its
    file records as not read that this household needs, or else the other
    causes (no applicable amount to measure income against without Universal
    Credit; a non-dependant the file gives no deduction for)."""
    from .benefits.council_tax_reduction_local import default_local_schemes

    scheme = default_local_schemes().scheme(a.code, on=on)
    unread = scheme.not_read if scheme is not None else ()
    has = {"earnings_disregard": any(x.monthly_earnings or x.gross_monthly_earnings for x in h.adults),
           "tariff_income": h.capital > 0,
           "non_dependant_deductions": bool(h.housing is not None and h.housing.non_dependants)}
    words = {"earnings_disregard": "its earnings disregard (this household has earnings)",
             "tariff_income": "its tariff income (this household has capital)",
             "non_dependant_deductions": "its non-dependant deductions (this household has a non-dependant)"}
    needed = [words[f] for f in unread if has[f]]
    if needed:
        why = f"the scheme file records that {_and(needed)} could not be read"
    else:  # name only the cause that can apply to this household (a renter has Housing Benefit's applicable amount)
        from .household import RENTING_TENURES

        renter = h.housing is not None and h.housing.tenure in RENTING_TENURES
        causes = [c for c, applies in (
            ("without Universal Credit the scheme measures income above an applicable amount that the library works "
             "out only for a renter (from Housing Benefit's)", not renter),
            ("this household has a non-dependant, and the scheme file gives no deduction for one like them",
             has["non_dependant_deductions"])) if applies]
        why = "; or ".join(causes) or ("without Universal Credit the scheme measures income above an applicable amount "
                                       "that the library works out only for a renter, or a non-dependant has no "
                                       "deduction in the scheme file")
    return (f"Council Tax Reduction: check needed. {a.name}'s {year} scheme cannot be applied here: {why}. "
            "Check the reduction with the council; the council tax shown is before any reduction.")


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


#: Where each pension-age CTR scheme disregards income tax, and makes a year's amount weekly.
_PENSION_CTR_TAX_LAW = {"england": "SI 2012/2885 Sch 1 para 17(13), (1)(b)(iii)",
                        "wales_pension": "WSI 2013/3029 Sch 1 para 11(13), (1)(b)(iii)",
                        "scotland_pension": "SSI 2012/319 reg 31(12), (1)(b)(iii)"}


#: The working-age schemes that disregard income tax on the unearned income they count, without Universal Credit
#: (read 2026-12-07). Scotland's (SSI 2021/249) has no such disregard (regs 38-43, 57).
_WORKING_AGE_CTR_TAX_LAW = {"wales_working_age": "WSI 2013/3029 Sch 6 para 17(2), Sch 9 para 4",
                            "local": "SI 2012/2886 Sch para 54(2), Sch 8 para 4, as the council's scheme is encoded"}


def _ctr_tax_law(scheme: str, hh, code: str, on: dt.date) -> str | None:
    """The provision under which ``scheme`` took the income tax on pensions
    off the income counted, or None where it took none (guarantee credit; a
    working-age scheme with Universal Credit, or without such a disregard)."""
    if hh is None:
        return None
    if scheme in _PENSION_CTR_TAX_LAW:
        return None if int(hh.pension_credit.guarantee_credit) else _PENSION_CTR_TAX_LAW[scheme]
    if scheme not in _WORKING_AGE_CTR_TAX_LAW or (int(hh.universal_credit.award) > 0 and bool(hh.universal_credit_payable)):
        return None
    if scheme == "local":
        from .benefits.council_tax_reduction_local import default_local_schemes

        s = default_local_schemes().scheme(code, on=on)
        if s is None or not s.tax_disregarded:
            return None
    return _WORKING_AGE_CTR_TAX_LAW[scheme]


def _untaxed_note(scheme: str, hh, law: str | None) -> str | None:
    """Where a working-age scheme without Universal Credit counts taxed
    pensions or benefits before tax, why (none where it took the tax off)."""
    if law or hh is None or scheme not in ("scotland_working_age", "local"):
        return None
    if not (int(hh.pension_income_tax[0]) + int(hh.pension_income_tax[1])):
        return None
    if int(hh.universal_credit.award) > 0 and bool(hh.universal_credit_payable):
        return None
    if scheme == "scotland_working_age":
        return ("Income tax on pensions and taxable benefits is not taken off the income counted: SSI 2021/249 has no "
                "disregard of income tax on unearned income (regs 38-43, 57; read 2026-12-07), unlike the pension-age "
                "scheme (SSI 2012/319 reg 31(12)); tax comes off earnings only (regs 49(6)(b), 50(3)(a)).")
    return ("Income tax on pensions and taxable benefits is not taken off the income counted: the council's scheme "
            "file does not say that the scheme disregards it (as the Default Scheme does, SI 2012/2886 Sch 8 para 4). "
            "Ask the council how its scheme treats tax.")


def owner_may_be_liable_note(h: Household, nation: str) -> str | None:
    """Where a household in supported or temporary accommodation (a B&B, a
    hostel) in England or Wales is taken as liable for council tax: the owner
    often is instead (SI 1992/551 reg 2, read: Class A, a hostel within LGFA
    1992 Sch 1 para 7; Class C, residents who each have only part of the
    dwelling). Scotland's rules were not read: no note there."""
    x = h.housing
    if x is None or x.tenure != "supported_or_temporary" or not x.council_tax_liable or nation == "scotland":
        return None
    return ("In a B&B, hostel or other place where each resident has only a room, the owner, not the resident, is "
            "liable for council tax (Council Tax (Liability for Owners) Regulations 1992, SI 1992/551 reg 2, Classes A "
            "and C): check the bill's name; if the resident is not liable, give --not-liable (housing."
            "council_tax_liable = false) and no council tax or reduction is worked out.")


def council_tax_breakdown(ctax, h: Household, *, on: dt.date, tables: Tables, pension_tax=None) -> Breakdown | None:
    """Council tax and the reduction, a week and a year; None where no band
    is given or the household is not liable. ``pension_tax``: the household
    calculation, whose income tax on pensions the pension-age schemes
    disregard, shown."""
    x = h.housing
    if x is None or x.council_tax_band is None or not x.council_tax_liable:
        return None
    from .benefits.council_tax import BANDS
    from .benefits.council_tax_areas import default_authorities

    a = default_authorities().authority(h.local_authority)
    lines: list[Line] = []
    notes = [t for t in (ctr_check_needed_text(ctax, h, on), owner_may_be_liable_note(h, a.nation)) if t]
    if int(ctax.status) == 1:
        lines += _band_d_lines(ctax, h, a, on)
        band = x.council_tax_band
        charged, law = f"band {band}", "LGFA 1992 " + ("s 74(1); SSI 2016/368" if a.nation == "scotland" else "s 5(1)")
        label = f"Band {band} amount"
        if x.disabled_band_reduction:  # the amount is the lower band's: the label says so, not "Band B amount"
            below = "ABCDEFGHI"[max("ABCDEFGHI".index(band) - 1, 0)]
            charged += " charged five ninths of Band D" if band == "A" else f" charged as band {below}"
            label = "Amount charged"
            law += _BAND_REDUCTION_LAW[a.nation == "scotland", band == "A"]
            if a.nation == "wales" and band == "I":  # reg 4(1) with s 5(3)'s Welsh table (read 2026-12-07)
                from .benefits.council_tax import WALES_BAND_I_LAW

                law += "; " + WALES_BAND_I_LAW
        lines.append(Line(f"{label} ({charged}, a year)", int(ctax.band_amount_annual), law, op=" "))
        if int(ctax.discount_percent):
            pct, amount = int(ctax.discount_percent), int(ctax.band_amount_annual)
            shown = amount - int(ctax.annual_liability)
            # The bill is rounded to the penny and the discount shown is what it takes off: where the percentage
            # leaves a fraction of a penny the line says so, or 25% of £1,398.18 read as £349.54 looks a penny out.
            exact = "" if amount * pct % 100 == 0 else (f"{pct}% of {format_pounds(amount)} is "
                                                       f"£{amount * pct / 10000:,.3f}; the bill is rounded to the penny")
            lines.append(Line(f"Discount {pct}%", shown, "LGFA 1992 s 11, Sch 1", op="-", detail=exact))
        lines.append(Line("Council tax for the year", int(ctax.annual_liability), "LGFA 1992 s 10(1)", op="="))
        lines.append(Line("Council tax a week (x 7 / days in the year)", int(ctax.weekly_liability), "LGFA 1992 s 10(1)", op=" "))
        if int(ctax.ctr_status) == 1:
            scheme = CTR_SCHEMES[int(ctax.ctr_scheme)]
            law = _ctr_tax_law(scheme, pension_tax, a.code, on)
            pc = getattr(pension_tax, "pension_credit", None)
            savings = ((int(pc.income), int(pc.savings_credit)) if scheme in _SAVINGS_CTR_LAW and pc is not None
                       and not int(pc.guarantee_credit) and int(pc.savings_credit) else None)
            taxed = _tax_lines(pension_tax, h, on, tables, _SAVINGS_TAX_LAW if savings and law else law) if law else []
            notes += [t for t in (_untaxed_note(scheme, pension_tax, law),) if t]
            award = getattr(getattr(pension_tax, "universal_credit", None), "award", 0)
            uc = bool(int(award if award is not None else 0) > 0)  # Wales with a UC award: UC's income, no lodger
            ctr_lines = _ctr_lines(ctax, a.code, on, tables, taxed, savings, h, uc)
            if scheme == "scotland_working_age":  # reg 98: the transitional family premium, under the applicable amount
                tfp_line, tfp_note = _scotland_working_age_tfp(ctax, h, on, tables)
                at = next(i for i, ln in enumerate(ctr_lines) if ln.label == "Applicable amount") + 1
                ctr_lines[at:at] = _scotland_wa_premium_lines(ctax, on, tables) + ([tfp_line] if tfp_line else [])
                notes += [t for t in (tfp_note,) if t]
            lines += ctr_lines
            if scheme in _PENSION_CTR_LAW and int(ctax.ctr_excess_income) > 0:
                notes += [t for t in (_age_only_2021_note(h, on, tables, f"{_CTR_PREFIX[scheme]}.personal_allowance",
                                                         _PENSION_CTR_LAW[scheme]),) if t]
            if scheme == "scotland_pension":
                notes += [t for t in (_scotland_family_premium_note(ctax, h, on, tables),) if t]
            if scheme in _PENSION_CTR_LAW:
                notes += [t for t in (_mixed_age_applicant_note(h, on, scheme),) if t]
            if scheme in _PENSION_CTR_LAW and not (pc is not None and int(pc.guarantee_credit)):
                notes += [t for t in (_pension_childcare_note(h, scheme, int(ctax.ctr_childcare_charges), on, tables),)
                          if t]
                notes += [t for t in (_ctr_capital_note(ctax, h, scheme, on, tables),) if t]
            if scheme == "scotland_working_age":  # reg 66 bars the second adult rebate too (reg 13(1))
                notes += [t for t in (_ctr_capital_note(ctax, h, scheme, on, tables),) if t]
            if scheme in _CTR_WAIVER_LAW and _waived_by_claimant(h):
                notes.append("No non-dependant deductions: the claimant or partner is blind or gets Attendance "
                             "Allowance, a DLA care component or PIP daily living "
                             f"({_CTR_WAIVER_LAW[scheme]}), whatever the non-dependants earn.")
            elif scheme in _CTR_UC_NO_EARNINGS_LAW:
                notes += _ctr_uc_non_dependant_notes(h, scheme)
            lines.append(Line("Council tax still to pay a week", int(ctax.to_pay_weekly), "", op="=",
                              detail=f"{format_pounds(int(ctax.to_pay_annual))} a year"))
        # A mixed-age couple with no Universal Credit: who applies decides the scheme; both choices worked out where
        # the law lets the couple choose (since 2026-12-07; entitlements.ctr_applicant).
        from .ctr_applicant import applicant_choice

        choice = applicant_choice(h, on=on, tables=tables)
        if choice is not None:
            notes.append(choice.advice())
    title = f"Council tax and Council Tax Reduction, {a.name}"
    return Breakdown(title=title, period="amounts a week unless shown", lines=tuple(lines), rules=str(tables.version),
                     notes=tuple(notes))


_CTR_CAPITAL_LAW = {"england": "SI 2012/2885 reg 11(2)", "wales_pension": "WSI 2013/3029 reg 30",
                    "scotland_pension": "SSI 2012/319 regs 14(1), 40", "scotland_working_age": "SSI 2021/249 regs 13(1), 66"}
#: No non-dependant deduction where the applicant or partner is blind or gets AA, a DLA care component or PIP daily
#: living (Wales and Scotland read 2026-12-07 in legalize-dev/legalize-uk: WSI 2013/3029 Sch 1 para 3(6), Sch 6 para
#: 5(6); SSI 2012/319 reg 48(6); SSI 2021/249 reg 90(6); England as read by the pension-age audit). Councils' own
#: working-age schemes are their own law: no note.
_CTR_WAIVER_LAW = {"england": "SI 2012/2885 Sch 1 para 8(6)", "wales_pension": "WSI 2013/3029 Sch 1 para 3(6)",
                   "wales_working_age": "WSI 2013/3029 Sch 6 para 5(6)", "scotland_pension": "SSI 2012/319 reg 48(6)",
                   "scotland_working_age": "SSI 2021/249 reg 90(6)"}
#: No deduction for a non-dependant "entitled to an award of universal credit where the award is calculated on the
#: basis that the [non-dependant] does not have any earned income" (Wales: inserted by WSI 2015/44 regs 7(a)(vi),
#: 10(a)(vi); Scotland: SSI 2012/319 reg 48(8)(c), SSI 2021/249 reg 90(8)(c); all read 2026-12-07; England as the
#: library's columns read it).
_CTR_UC_NO_EARNINGS_LAW = {"england": "SI 2012/2885 Sch 1 para 8(8)(c)", "wales_pension": "WSI 2013/3029 Sch 1 para 3(8)(c)",
                           "wales_working_age": "WSI 2013/3029 Sch 6 para 5(8)(c)",
                           "scotland_pension": "SSI 2012/319 reg 48(8)(c)",
                           "scotland_working_age": "SSI 2021/249 reg 90(8)(c)"}


def _ctr_uc_non_dependant_notes(h: Household, scheme: str) -> list[str]:
    """A non-dependant given as on Universal Credit, not in remunerative work,
    with no earnings or income given and no reason for no deduction: the
    deduction is taken (the household does not say the award has no earned
    income), which an adviser may not expect. Said, with the flag that
    removes it (since 2026-12-07; until then nothing was said)."""
    out = []
    for i, n in enumerate(h.housing.non_dependants, start=1):
        if (n.age >= 18 and n.universal_credit and not n.remunerative_work and not n.gross_weekly_income
                and n.hb_ctr_exemption is None and n.exemption != "pension_credit"):
            out.append(f"Non-dependant {i} is on Universal Credit and a deduction was made for them: none is made where "
                       f"their award is calculated with no earned income ({_CTR_UC_NO_EARNINGS_LAW[scheme]}). If so, "
                       "give hb_ctr_exemption \"uc_no_earned_income\" (--non-dependant AGE,uc,hb-ctr=uc_no_earned_income).")
    return out


def _ctr_capital_note(ctax, h: Household, scheme: str, on: dt.date, tables: Tables) -> str | None:
    """Why a pensioner not on guarantee credit gets no reduction where the
    capital is over the limit (the reduction is nil, and until 2026-12-07 the
    sheet said nothing of why: the excess income and the taper were shown
    above a nil reduction)."""
    from .benefits._numeric import table_on

    limit = tables.at(f"{_CTR_PREFIX[scheme]}.capital_limit", table_on(on))
    if isinstance(limit, dict) or h.capital <= int(limit) or int(ctax.reduction_weekly):
        return None
    # England: the excluded class is outside class C too (SI 2012/2885 Sch 1 para 4(1)(d), read 2026-12-07); Wales
    # has no second adult rebate. Scotland: reg 40 says "No person is entitled to council tax reduction if that
    # person's capital exceeds £16,000", and the alternative maximum is entitlement to council tax reduction under
    # reg 14(1)(b) (SSI 2012/319 regs 14, 40 read 2026-12-07 by the Wales and Scotland audit).
    # Scotland below pension age: reg 13(1) puts the reg 66 limit before both heads (read 2026-12-07).
    sar = ", the second adult rebate included" if scheme in ("england", "scotland_pension", "scotland_working_age") else ""
    return (f"Capital of {format_pounds(h.capital)} is over {format_pounds(int(limit))}: no Council Tax Reduction{sar} "
            f"({_CTR_CAPITAL_LAW[scheme]}).")


def _band_d_lines(ctax, h: Household, a, on: dt.date) -> list[Line]:
    """The Band D line, saying where the figure comes from: the shipped area
    table, or the bill (given instead: ``council_tax_band_d``, or worked back
    from ``council_tax_band_charge``)."""
    from .benefits.council_tax_areas import default_authorities

    source = int(ctax.band_d_source)
    x = h.housing
    if source == 1:
        return [Line("Band D, from the bill (a year)", int(ctax.band_d_annual), "given: used instead of the area Band D "
                     "the library ships", op=" ")]
    if source == 2:
        return [Line(f"Band {x.council_tax_band} charge, from the bill (a year, before any discount or reduction)",
                     int(x.council_tax_band_charge), "given: used instead of the area Band D the library ships", op=" "),
                Line("Band D, worked back from it (a year)", int(ctax.band_d_annual),
                     "LGFA 1992 " + ("s 74(1)" if a.nation == "scotland" else "s 5(1)"), op=" ")]
    entry = default_authorities().entry(a.code, on=on)
    note = f"{entry.publication}" + ("" if entry.verified else f" {UNVERIFIED}")
    return [Line(f"Band D, {a.name} {entry.year} (a year)", int(ctax.band_d_annual), note, op=" ")]


_CTR_CITES = {
    "england": "SI 2012/2885 Sch 1 paras 2-3, 6-8",
    "wales_pension": "WSI 2013/3029 Sch 1",
    "scotland_pension": "SSI 2012/319 regs 20, 47-57",
    "wales_working_age": "WSI 2013/3029 Sch 6 paras 3-5",
    "scotland_working_age": "SSI 2021/249 regs 13-14, 79, 90",
}
_CTR_PREFIX = {"england": "ctr.england", "wales_pension": "ctr.wales_pension", "scotland_pension": "ctr.scotland_pension",
               "wales_working_age": "ctr.wales_working_age", "scotland_working_age": "ctr.scotland_working_age"}
# The working-age schemes' own tariff income, counted without Universal Credit (with it, UC's yield is in its income).
_TARIFF_CITES = {"wales_working_age": "WSI 2013/3029 Sch 6 para 33", "scotland_working_age": "SSI 2021/249 reg 63(1)(b)"}
_SCOTLAND_WA_DETAIL = ("SSI 2021/249 reg 35, Sch 1: personal allowance, child premium for each child, premiums and "
                       "components; in bands E to H, where reg 14 gives more, its income threshold (£321 a week, "
                       "or £479 with a partner or a child) instead")


def _scotland_wa_parts(ctax) -> str:
    """The Scottish working-age applicable amount's parts (SSI 2021/249 reg 35, Sch 1; since 2026-12-08), as the
    Housing Benefit sheet itemises its own; where reg 14's income threshold is taken instead (bands E to H), or the
    parts are not given, the words of :data:`_SCOTLAND_WA_DETAIL`."""
    pa, prem, comp = (int(getattr(ctax, k, 0)) for k in ("ctr_personal_allowance", "ctr_premiums", "ctr_components"))
    total = int(ctax.ctr_applicable_amount)
    if not pa or pa + prem + comp > total:
        return _SCOTLAND_WA_DETAIL
    rest = total - pa - prem - comp  # the transitional family premium (reg 98), its own line below
    return "; ".join([f"personal allowance {format_pounds(pa)} (Sch 1 para 1)"]
                     + ([f"premiums {format_pounds(prem)} (Sch 1 paras 2-5, 11-14)"] if prem else [])
                     + ([f"components {format_pounds(comp)} (Sch 1 Part 6)"] if comp else [])
                     + ([f"transitional family premium {format_pounds(rest)} (reg 98)"] if rest else [])
                     ) + " (SSI 2021/249 reg 35, Sch 1)"


#: The second adult rebate's rates: the table entry each rate comes from, by scheme (read with the rule tables'
#: sources: SI 2012/2885 Sch 3 para 1; SSI 2012/319 Sch 5 Table; SSI 2021/249 Sch 2 para 1 Table).
_SAR_LAW = {"england": ("SI 2012/2885 Sch 3 para 1 Table (a)", "SI 2012/2885 Sch 3 para 1 Table (b)"),
            "scotland_pension": ("SSI 2012/319 Sch 5 Table (a)", "SSI 2012/319 Sch 5 Table (b)"),
            "scotland_working_age": ("SSI 2021/249 Sch 2 para 1 Table, first or fourth entry",
                                     "SSI 2021/249 Sch 2 para 1 Table, second entry")}
_SAR_WHO = {2: "on income support, income-based JSA, income-related ESA or Pension Credit",
            3: "on Universal Credit with no earned income", 4: "on Universal Credit (with earnings)"}


def _second_adult_detail(h: Household | None, scheme: str, on: dt.date, tables: Tables) -> str:
    """The second adult rebate's percentage and why: which second adults, on
    what benefit or with what gross income, and the table entry that gives
    the rate. The same reading as the engine's (``council_tax_columns
    ._second_adults`` and ``council_tax_reduction_scotland._second_adults``):
    England 25% where every second adult is on income support, income-based
    JSA, income-related ESA or Pension Credit; Scotland's pensioners' scheme
    also on UC, with or without earnings; Scotland's working-age scheme
    where every one is on one of those benefits, or every one on UC with no
    earned income. Otherwise 15% or 7.5% by the gross incomes added up,
    leaving out those of people on those benefits (and in Scotland on UC with
    no earned income)."""
    from .columns import _second_adult_code

    generic = ("a percentage of the council tax by the second adults' income or benefits; the greater of this and "
               "the reduction above is paid")
    x = getattr(h, "housing", None)
    second = [(n, _second_adult_code(n)) for n in (x.non_dependants if x is not None else ())]
    second = [(n, c) for n, c in second if c > 0]
    if not second or scheme not in _SAR_LAW:
        return generic
    codes = [c for _, c in second]
    if scheme == "scotland_working_age":
        passported, left_out = all(c == 2 for c in codes) or all(c == 3 for c in codes), (2, 3)
    elif scheme == "scotland_pension":
        passported, left_out = all(c in (2, 3, 4) for c in codes), (2, 3)
    else:
        passported, left_out = all(c == 2 for c in codes), (2,)
    prefix = _CTR_PREFIX[scheme]
    rate = tables.at(f"{prefix}.alternative_maximum_percent", on)
    each = [f"the non-dependant aged {n.age} " + (_SAR_WHO.get(c) or (
        f"with gross income {format_pounds(n.gross_weekly_income)} a week" if n.gross_weekly_income is not None
        else "whose income is not shown")) for n, c in second]
    if passported:
        return (f"{float(rate['passported']):g}% of the council tax: {_and(each)} "
                f"({_SAR_LAW[scheme][0]}); the greater of this and the reduction above is paid")
    counted = [n for n, c in second if c not in left_out]
    if any(n.gross_weekly_income is None for n in counted):
        return (f"{float(rate['lower']):g}% of the council tax, worked as if the income not shown were low: "
                f"{_and(each)} ({_SAR_LAW[scheme][1]}); the greater of this and the reduction above is paid")
    income = sum(max(int(n.gross_weekly_income), 0) for n in counted)
    th = tables.at(f"{prefix}.alternative_maximum_thresholds", on)
    lower = income < int(th["lower"])
    pct = rate["lower"] if lower else rate["middle"]
    band = (f"below {format_pounds(int(th['lower']))}" if lower else
            f"from {format_pounds(int(th['lower']))} to below {format_pounds(int(th['upper']))}")
    return (f"{float(pct):g}% of the council tax: the second adults' gross income counted, "
            f"{format_pounds(income)} a week, is {band} ({_and(each)}; {_SAR_LAW[scheme][1]}); the greater "
            "of this and the reduction above is paid")


def _ctr_lines(ctax, code: str, on: dt.date, tables: Tables, taxed: list[Line] = (),
               savings: tuple[int, int] | None = None, h: Household | None = None, uc: bool = False) -> list[Line]:
    """The reduction step by step, each line citing the scheme (and the
    rule table's row, for the national schemes' amounts). ``savings``:
    Pension Credit's income and savings credit, where a pensioners' scheme
    uses the Secretary of State's income (savings credit only): its lines
    then show how the income counted is made up."""
    scheme = CTR_SCHEMES[int(ctax.ctr_scheme)]
    if scheme == "local":
        from .benefits.council_tax_reduction_local import default_local_schemes

        s = default_local_schemes().scheme(code, on=on)
        cite = f"{s.document}" + ("" if s.verified else f" {UNVERIFIED}")
        taper_cite, rate = cite, f"{s.taper_ppm / 10_000:g}%"
        amount_cite = cite
    else:
        prefix = _CTR_PREFIX[scheme]
        cite = _CTR_CITES[scheme]
        taper_row = tables.row(f"{prefix}.taper", on)
        taper_cite, rate = f"{cite}; {row_citation(taper_row)}", f"{float(taper_row.value):g}%"
        amount_cite = (f"{cite}; {row_citation(tables.row(prefix + '.personal_allowance', on))}"
                       if "pension" in scheme or scheme in ("england", "scotland_working_age") else cite)
    lines = []
    if ctax.ctr_non_dependant_deductions:
        lines.append(Line("Non-dependant deductions", int(ctax.ctr_non_dependant_deductions), cite, op="-"))
    lines.append(Line("Maximum reduction", int(ctax.ctr_maximum), cite, op=" "))
    lines.append(Line("Applicable amount", int(ctax.ctr_applicable_amount), amount_cite, op=" ",
                      detail="" if scheme in ("england", "wales_pension", "scotland_pension") else
                      _scotland_wa_parts(ctax) if scheme == "scotland_working_age" else
                      # An English council's scheme is not the Welsh one: each names its own law (was the Welsh words).
                      "with Universal Credit, the award's maximum amount x 12 / 52 (WSI 2013/3029 Sch 6 para 3); "
                      "without it, the scheme's own (WSI 2013/3029 Sch 7, 2024-25 to 2026-27)" if scheme == "wales_working_age" else
                      "with Universal Credit, the award's maximum amount x 12 / 52 (as the Default Scheme, SI 2012/2886 "
                      "para 28); without it, the Housing Benefit working-age amount (assumed: the council's own amounts "
                      "are not shipped)"))
    disregarded = int(getattr(ctax, "ctr_earnings_disregarded", 0))
    lines += taxed
    if savings is not None:
        lines += _savings_credit_ctr_lines(ctax, scheme, savings, on, tables)
    lodger = (lodger_detail(h, scheme, on, tables)
              if savings is None and not (scheme == "wales_working_age" and uc) else "")
    lines.append(Line("Income counted", int(ctax.ctr_income), cite, op="=" if savings is not None else " ", detail=_joined(
        "with Universal Credit, the income UC counted plus the award's child and childcare elements (or the award, "
        "if less), x 12 / 52 (SSI 2021/249 regs 42-43, 57(1)(p)); without it, UC's measure of income made weekly, "
        "its yield of capital replaced by the scheme's (reg 63(1)(b))"
        + (f"; the Sch 3 earnings disregard ({format_pounds(disregarded)} a week): with Universal Credit taken from "
           "the assessment period's earnings before x 12 / 52 (reg 49(6)(d), 51(2) step 6; Sch 3 paras 4-8, 11: £5, "
           "£10, £20 or £25 of the month); without it from the week's net earnings (reg 50(3), Sch 3 paras 4-8, 11, "
           "and para 15's £17.10 more where its conditions are met)" if disregarded else "")
        if scheme == "scotland_working_age" else
        f"earnings after a {format_pounds(disregarded)} disregard (WSI 2013/3029 Sch 8 paras 4-11"
        + ("; £17.10 of it the additional disregard, para 18)" if disregarded - 1710 in (500, 1000, 2000, 2500) else ")")
        if scheme == "wales_working_age" and disregarded else
        f"the earnings in it after a {format_pounds(disregarded)} disregard ({_PENSION_DISREGARD_LAW[scheme]}"
        + ("; £17.10 of it the additional disregard)" if disregarded - 1710 in (500, 1000, 2000, 2500) else ")")
        if scheme in _PENSION_DISREGARD_LAW and savings is None and disregarded else "", lodger)))
    childcare = int(getattr(ctax, "ctr_childcare_charges", 0))
    if childcare and scheme == "scotland_working_age":
        cap = tables.at("ctr.scotland_working_age.childcare_charges_cap", on)
        lines.append(Line("Childcare charges deducted (already out of the income counted)", childcare,
                          f"SSI 2021/249 regs 42(2)(c), (4), 78(3); "
                          f"{row_citation(tables.row('ctr.scotland_working_age.childcare_charges_cap', on))}", op=" ",
                          detail=f"the award's childcare costs element / 85 x 100 x 12 / 52, at most "
                                 f"{format_pounds(int(cap['one_child']))} a week for one child or "
                                 f"{format_pounds(int(cap['more_than_one_child']))} for more than one"))
    elif childcare and scheme in _PENSION_CHILDCARE_LAW:
        if savings is None:  # with savings credit only, a line of the income's make-up above
            lines.append(_pension_childcare_line(childcare, scheme, on, tables))
    elif childcare:
        lines.append(Line("Childcare charges taken off the earnings (already out of the income)", childcare,
                          "WSI 2013/3029 Sch 6 paras 20(1)(c), (3), 21", op=" ",
                          detail="the charges a week, at most £175 for one child or £300 for more, and at most the "
                                 "earnings left after the disregard"))
    tariff = int(getattr(ctax, "ctr_tariff_income", 0))
    if tariff and scheme in _TARIFF_CITES:
        lines.append(Line("of which tariff income from capital", tariff, _TARIFF_CITES[scheme], op=" ",
                          detail="£1 a week for each £250, and for any part of £250, above £6,000"))
    lines.append(Line("Excess income", int(ctax.ctr_excess_income), cite, op=" "))
    if ctax.ctr_taper_deduction:
        lines.append(Line(f"Taper {rate} x {format_pounds(int(ctax.ctr_excess_income))}", int(ctax.ctr_taper_deduction),
                          taper_cite, op="-"))
    if int(getattr(ctax, "ctr_alternative_maximum", 0)):
        sar = {"england": "SI 2012/2885 Sch 1 paras 4, 9-10, Sch 3",
               "scotland_working_age": "SSI 2021/249 regs 13(7), (10), 91, Sch 2"}.get(scheme, "SSI 2012/319 reg 56, Sch 5")
        lines.append(Line("Second adult rebate (alternative maximum)", int(ctax.ctr_alternative_maximum), sar, op=" ",
                          detail=_second_adult_detail(h, scheme, on, tables)))
    lines.append(Line("Council Tax Reduction", int(ctax.reduction_weekly), cite, op="=",
                      detail=f"{format_pounds(int(ctax.reduction_annual))} for a whole year"))
    return lines
