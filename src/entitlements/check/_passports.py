"""The benefit check's passported help: what the benefits found (or already
claimed) unlock, from the calculators of :mod:`entitlements.benefits.health_costs`
and :mod:`entitlements.benefits.passports` (private).

Each is judged on the household with every claim made. Where the benefit
that passports it is already claimed, the help is ``entitled`` (the
candidate's own certainty); where it follows only from a claim the check
finds, ``claim_needed`` and the action says so. A value is given only where
a rule table has it: a rebate or a weekly amount; a range where providers
differ (social tariffs); otherwise none, and the finding says why.
Council Tax Reduction is asked about (``check_needed``) where the engine
cannot work it out (a council's scheme not shipped, no band given).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import attrs
import numpy as np

from ..benefits import health_costs as hc
from ..benefits import passports as pp
from ..dates import age_on, assessment_period_end
from ..household import Household
from ..money import divide_half_up, format_pounds
from ..tables import Tables
from .candidates import candidate

__all__ = ["findings"]


def _finding(cid: str, *, claimed: bool, via: str, annual: int = 0, weekly: int | None = None, notes=(),
             certainty: str | None = None, question: str | None = None, **kw):
    from .findings import Finding

    c = candidate(cid)
    certainty = certainty or (c.certainty if claimed or c.certainty == "check_needed" else "claim_needed")
    action = c.action if claimed else f"Once {via} is awarded: {c.action[0].lower()}{c.action[1:]}"
    w = weekly if weekly is not None else int(divide_half_up(annual, 52))
    a = annual if weekly is None else w * 52
    valued = bool(a or w or kw.get("one_off") or kw.get("range_monthly"))
    kw.setdefault("annual_basis", "" if not (a or w) else "weekly x 52" if weekly is not None else "a yearly amount")
    return Finding(id=cid, what=c.what, benefit=c.benefit, certainty=certainty, weekly=w, valued=valued,
                   monthly=int(divide_half_up(a, 12)) if weekly is None else int(divide_half_up(w * 52, 12)), annual=a,
                   action=action, legal_basis=c.legal_basis, question=question if question is not None else c.question,
                   notes=tuple(notes), **kw)


def findings(h: Household, claims, circ, diff, *, on: dt.date, tables: Tables) -> list:
    """The passported help the household would have (one household)."""
    full = diff.full
    uc_award = int(np.asarray(full.universal_credit.award)[0])
    gc = int(np.asarray(full.pension_credit.guarantee_credit)[0])
    pc = int(np.asarray(full.pension_credit.award)[0])
    uc_claimed, pc_claimed = claims.universal_credit and uc_award > 0, claims.pension_credit and pc > 0
    via = "Universal Credit" if uc_award > 0 else "Pension Credit"
    claimed = uc_claimed or pc_claimed
    out: list = []
    earned = int(np.asarray(full.universal_credit.earned_income)[0])
    end = assessment_period_end(on)
    ages = [age_on(a.date_of_birth, end) if a.date_of_birth else a.age for a in h.adults]
    lcw = any(a.lcw or a.lcwra for a in h.adults)
    uc_passport = hc.uc_health_costs_passport(uc_award > 0, earned, int(np.asarray(full.universal_credit.child_element)[0]) > 0,
                                              lcw, on=on, tables=tables)
    if h.nation == "england":
        route = hc.nhs_health_costs("england", False, gc > 0, uc_passport)
        if route != hc.ROUTE_NONE:
            exempt_age = tables.at("passports.prescription_exempt_ages", on)
            paying = [k for k, age in enumerate(ages, 1) if exempt_age["under"] <= age < exempt_age["from"]]
            via_help = "Pension Credit" if route == hc.ROUTE_GUARANTEE_CREDIT else "Universal Credit"
            helped = (route == hc.ROUTE_GUARANTEE_CREDIT and pc_claimed) or (route == hc.ROUTE_UNIVERSAL_CREDIT and uc_claimed)
            if paying:
                charge = tables.at("passports.prescription_charge", on)
                annual = min(circ.prescription_items_a_month * charge["single_item"] * 12, charge["ppc_12_month"])
                note = (f"{circ.prescription_items_a_month} items a month at {format_pounds(charge['single_item'])}, no more "
                        f"than a 12-month prepayment certificate ({format_pounds(charge['ppc_12_month'])})"
                        if circ.prescription_items_a_month else
                        f"{format_pounds(charge['single_item'])} an item saved; give the items a month to value it")
                out.append(_finding("free_prescriptions", claimed=helped, via=via_help, annual=annual,
                                    notes=(hc.ROUTES[route][1] + ".", note + ".")))
            out.append(_finding("nhs_health_costs", claimed=helped, via=via_help,
                                notes=(hc.ROUTES[route][1] + ".", "Not valued: it depends on the treatment and travel needed.")))
    elif uc_award > 0 or gc > 0:
        out.append(_health_costs_elsewhere(h.nation, "Pension Credit" if gc > 0 else "Universal Credit",
                                           pc_claimed if gc > 0 else uc_claimed))
    out += _family(h, circ, uc_award, earned, claimed, via, claims, diff, on=on, tables=tables)
    out += _energy(h, ages, gc, pc, uc_award, lcw, claimed, pc_claimed, via, diff, on=on, tables=tables)
    out += _housing(h, claims, uc_award, pc, gc, diff, on=on)
    had = set(claims.help_received)  # help the household has already is not a finding
    return [f for f in out if f.id not in had]


#: Each nation's own NHS remission regulations (hc.nhs_health_costs: not encoded).
_REMISSION_LAW = {
    "wales": "NHS (Travel Expenses and Remission of Charges) (Wales) Regulations 2007 (SI 2007/1104 (W.116)) "
             "(not read)",
    "scotland": "NHS (Travelling Expenses and Remission of Charges) (Scotland) (No. 2) Regulations 2003 "
                "(SSI 2003/460) regs 4-5",
}


def _health_costs_elsewhere(nation: str, via: str, claimed: bool):
    """NHS dental, sight, glasses and travel help in Wales or Scotland: a
    check needed under the nation's own rules, asked, never valued."""
    f = _finding("nhs_health_costs", claimed=claimed, via=via, certainty="check_needed",
                 question=f"Is help with NHS dental charges, glasses and travel to hospital had? With {via} it is likely "
                          f"under {nation.title()}'s own remission rules, which the library does not hold: ask the "
                          "dentist, optician or hospital.",
                 notes=("Not valued: it depends on the treatment and travel needed.",))
    return attrs.evolve(f, legal_basis=(_REMISSION_LAW[nation],))


def _family(h, circ, uc_award, earned, claimed, via, claims, diff, *, on, tables) -> list:
    out: list = []
    if not h.children and not circ.pregnant:
        return out
    dob = np.array([c.date_of_birth for c in h.children] or [None], dtype="datetime64[D]")
    under_1 = pp.children_aged(dob, 0, 1, on=on)
    qualifying = uc_award > 0 or int(np.asarray(diff.full.pension_credit.award)[0]) > 0
    if h.nation == "scotland":
        out += _best_start_foods(qualifying, circ, under_1, pp.children_aged(dob, 1, 3, on=on), claimed, via,
                                 on=on, tables=tables)
    else:
        q = pp.healthy_start_qualifying(uc_award > 0, earned, False, on=on, tables=tables)
        weekly = pp.healthy_start_weekly(q, circ.pregnant, under_1, pp.children_aged(dob, 1, 4, on=on), on=on, tables=tables)
        if weekly:
            out.append(_finding("healthy_start", claimed=claimed, via=via, weekly=int(weekly)))
        first = circ.pregnant and pp.children_aged(dob, 0, 16, on=on) == 0
        grant = pp.sure_start_maternity_grant(h.nation, qualifying, circ.pregnant, first, on=on, tables=tables)
        if grant:
            out.append(_finding("sure_start_maternity_grant", claimed=claimed, via=via, one_off=int(grant),
                                notes=("A grant of this amount once, for the first child (reg 5A).",)))
    out += _school_meals(h, dob, uc_award, earned, claimed, via, qualifying, diff, on=on, tables=tables)
    return out


def _best_start_foods(qualifying, circ, under_1, aged_1_to_2, claimed, via, *, on, tables) -> list:
    """Best Start Foods, valued; before the values table begins (its first
    row, 1 April 2026: no earlier value was read) the same conditions on the
    first row's values decide only whether it is had, and it is check needed,
    not valued, rather than the whole check refused."""
    from ..errors import NoRowInForce

    try:
        weekly = pp.best_start_foods_weekly(qualifying, circ.pregnant, under_1, aged_1_to_2, on=on, tables=tables)
    except NoRowInForce as e:
        if not e.on < e.earliest:
            raise
        if not pp.best_start_foods_weekly(qualifying, circ.pregnant, under_1, aged_1_to_2, on=e.earliest, tables=tables):
            return []
        return [_finding("best_start_foods", claimed=claimed, via=via, certainty="check_needed",
                         notes=(f"Not valued: its weekly values before {e.earliest.isoformat()} are not in the library "
                                "(rules/passports/best_start_foods_values.toml); the conditions are as from that "
                                "day.",))]
    return [_finding("best_start_foods", claimed=claimed, via=via, weekly=int(weekly))] if weekly else []


_YEAR_NAMES = ("", "Reception") + tuple(f"Year {k}" for k in range(1, 14))


def _school_meals(h, dob, uc_award, earned, claimed, via, qualifying, diff, *, on, tables) -> list:
    """Free school meals. England and Wales: each child's usual school year
    from the date of birth (:func:`~entitlements.benefits.passports.usual_school_year`),
    then the benefit and earnings test for the years that are not free for
    every pupil; a finding where some child's meals follow from the benefit.
    Scotland: the school year is asked (P1 entry is by age with deferral)."""
    if not h.children or not qualifying:
        return []
    if h.nation == "scotland":
        if pp.children_aged(dob, 4, 16, on=on) == 0:
            return []
        return [_finding("free_school_meals", claimed=claimed, via=via,
                         notes=("Scotland: P1 to P5 are free for every pupil; otherwise the benefit and earnings decide it.",))]
    years = pp.usual_school_year(dob, on=on)
    gc = int(np.asarray(diff.full.pension_credit.guarantee_credit)[0]) > 0
    free, route = pp.free_school_meals(h.nation, years, uc_award > 0, earned, gc, on=on, tables=tables)
    free, route = np.atleast_1d(free), np.atleast_1d(route)
    by_benefit = [k for k in range(len(h.children)) if free[k] and route[k] != pp.FSM_UNIVERSAL and years[k] <= 12]
    sixth_form = [k for k in range(len(h.children)) if years[k] >= 13]
    if not by_benefit and not sixth_form:
        return []
    universal = [k for k in range(len(h.children)) if route[k] == pp.FSM_UNIVERSAL]
    nation = h.nation.capitalize()

    def named(ks):
        return ", ".join(f"child {k + 1} ({_YEAR_NAMES[years[k]]})" for k in ks)

    notes = [f"{nation}: the usual school year from the date of birth (a summer-born child may be a year below; "
             "say if a child is taught out of year group)."]
    if by_benefit:
        notes.append(f"Free through {via}: " + named(by_benefit) + ".")
    if universal:
        notes.append("Free for every pupil in the year already: " + named(universal) + ".")
    if sixth_form:
        notes.append("In sixth-form years (the same test, if at school or college): " + named(sixth_form) + ".")
    if by_benefit:
        return [_finding("free_school_meals", claimed=claimed, via=via, question="",
                         certainty="entitled" if claimed else "claim_needed", notes=tuple(notes))]
    return [_finding("free_school_meals", claimed=claimed, via=via, notes=tuple(notes),
                     question="Is " + named(sixth_form) + " at school or sixth-form college?")]


def _energy(h, ages, gc, pc, uc_award, lcw, claimed, pc_claimed, via, diff, *, on, tables) -> list:
    out: list = []
    if not (uc_award > 0 or pc > 0):
        return out
    route, rebate = pp.warm_home_discount(h.nation, gc > 0, uc_award > 0 or pc > 0, on=on, tables=tables)
    if route == pp.WHD_SCOTLAND:
        out.append(_warm_home_discount_scotland(gc, claimed, via, on=on, tables=tables))
    elif rebate:
        out.append(_finding("warm_home_discount", claimed=claimed, via=via, annual=int(rebate),
                            notes=(pp.WHD_ROUTES[route][1] + "; a rebate for the scheme year.",)))
    dob = np.array([c.date_of_birth for c in h.children] or [None], dtype="datetime64[D]")
    not_working = not any(a.works for a in h.adults)
    dis_child = int(np.asarray(diff.full.universal_credit.disabled_child_addition)[0]) > 0
    if pp.cold_weather_payment_eligible(h.nation, pc > 0, uc_award > 0, not_working, lcw,
                                        pp.children_aged(dob, 0, 5, on=on) > 0, dis_child):
        amount = tables.at("passports.cold_weather_payment", on)
        out.append(_finding("cold_weather_payment", claimed=claimed, via=via,
                            notes=(f"{format_pounds(amount)} for each 7 days of cold weather: not valued (it depends on the weather).",)))
    free, fee = pp.free_tv_licence(max(ages), pc > 0, on=on, tables=tables)
    if free:
        out.append(_finding("free_tv_licence", claimed=pc_claimed, via="Pension Credit", annual=int(fee),
                            notes=("The licence fee for a year.",)))
    route, low, high = pp.broadband_social_tariff(uc_award > 0, pc > 0, on=on, tables=tables)
    if route:
        out.append(_finding("broadband_social_tariff", claimed=claimed, via=via, range_monthly=(int(low), int(high)),
                            notes=(pp.SOCIAL_TARIFF_ROUTES[route][1] + f"; tariffs cost {format_pounds(low)} to "
                                   f"{format_pounds(high)} a month: the saving depends on the bill now.",)))
    return out


_WHD_SCOTLAND_TABLE = "passports.warm_home_discount_scotland"
_WHD_SCOTLAND_LAW = "Warm Home Discount (Scotland) Regulations 2022 (SI 2022/1073)"


def _warm_home_discount_scotland(gc, claimed, via, *, on, tables):
    """The Warm Home Discount (Scotland) Scheme (SI 2022/1073, read
    2026-12-07): guarantee credit, in the scheme period, is the core group, paid
    the prescribed rebate without applying (regs 3(1), 8(5), 9); anyone else on
    a means-tested benefit may be a supplier's broader group customer (reg 21:
    the supplier's own criteria, up to its target), asked about; after the
    scheme period (31 March 2026, reg 4(2)(b)) the instrument was not read:
    asked about, naming the scheme."""
    table = tables.table(_WHD_SCOTLAND_TABLE)
    name = "Warm Home Discount (Scotland)"
    if not table.earliest <= on <= table.until:
        f = _finding("warm_home_discount", claimed=claimed, via=via, certainty="check_needed",
                     question="Has the electricity supplier said whether the household gets the Warm Home Discount "
                              "(Scotland) this scheme year?",
                     notes=(f"The {name} Scheme of SI 2022/1073 had effect to 31 March 2026 (reg 4(2)(b)); the "
                            "instrument for later scheme years (announced in January 2026: Scottish rebates paid "
                            "automatically) was not read, so no figure is given.",))
        return attrs.evolve(f, what=name, legal_basis=(f"{_WHD_SCOTLAND_LAW} reg 4(2)(b) (scheme period)",),
                            action="Ask the electricity supplier (or the Warm Home Discount helpline) whether the "
                                   "household qualifies this winter and whether it must apply.")
    if gc > 0:
        rebate = int(tables.at(_WHD_SCOTLAND_TABLE, on))
        f = _finding("warm_home_discount", claimed=claimed, via=via, annual=rebate,
                     notes=("Core group: the customer or their partner at the home receives Pension Credit guarantee "
                            "credit (SI 2022/1073 reg 8(5)(c)); a rebate for the scheme year.",))
        return attrs.evolve(f, what=name, legal_basis=(f"{_WHD_SCOTLAND_LAW} regs 3(1), 8(5), 9",),
                            action=("Paid" if claimed else "Once Pension Credit is awarded: paid") + " without applying "
                                   "by the electricity supplier named in the Secretary of State's rebate notice, to the "
                                   "account holder living at the home (check the bill or letter).")
    f = _finding("warm_home_discount", claimed=claimed, via=via, certainty="check_needed",
                 question="Has the household applied to its electricity supplier for the Warm Home Discount "
                          "(Scotland) broader group this scheme year?",
                 notes=("Not the core group (no guarantee credit): each supplier chooses its broader group customers "
                        "on its own approved criteria, up to its target (SI 2022/1073 regs 21-22), so no figure "
                        "is given.",))
    return attrs.evolve(f, what=name, legal_basis=(f"{_WHD_SCOTLAND_LAW} regs 21-22, Sch 2",),
                        action="Ask the electricity supplier whether it takes Warm Home Discount (Scotland) broader "
                               "group applications, and apply (each supplier has a target: reg 21(3)).")


def _housing(h, claims, uc_award, pc, gc, diff, *, on) -> list:
    """Council Tax Reduction where the engine could not work it out (a
    council's scheme not shipped, Scottish working age, a fact not held),
    and Housing Benefit where which of a couple claims decides it and the
    household does not say: asked about, with the reason. Where it could, Housing Benefit and Council
    Tax Reduction are claim findings valued by the engine."""
    from ..benefits.hb_ctr import CT_REASONS

    from ..benefits.housing_benefit import HB_REASONS
    from ..explain_hb_ctr import ctr_check_needed_text

    out: list = []
    hb_reason = HB_REASONS[int(np.asarray(diff.full.housing_benefit.reason)[0])]
    if hb_reason == "applicant_not_given" and claims.housing_benefit is not True:
        out.append(_finding("housing_benefit", claimed=True, via="", certainty="check_needed",
                            question="Is Housing Benefit paid? The library cannot work it out here: which of the "
                                     "couple claims decides it (one alone has limited capability for work); give "
                                     "applicant (adult1 or adult2)."))
    ct = diff.full.council_tax
    if int(np.asarray(ct.ctr_status)[0]) == 2 and claims.council_tax_reduction is not True:
        reason = CT_REASONS[int(np.asarray(ct.ctr_reason)[0])].replace("_", " ")
        # The estimate's words: the council, the year and what to give.
        row = SimpleNamespace(**{k: np.asarray(getattr(ct, k))[0] for k in ("status", "reason", "ctr_status", "ctr_reason")})
        why = ctr_check_needed_text(row, h, on) or "The library cannot work it out here: " + reason + "."
        notes = ("Guarantee credit passports to maximum Council Tax Reduction.",) if gc > 0 else ()
        out.append(_finding("council_tax_reduction", claimed=True, via="", certainty="check_needed",
                            question="Is Council Tax Reduction paid? " + why,
                            notes=notes))
    elif h.housing is None or int(np.asarray(ct.status)[0]) == 0:
        if claims.council_tax_reduction is not True and (uc_award > 0 or pc > 0):
            out.append(_finding("council_tax_reduction", claimed=True, via="", certainty="check_needed",
                                question="Is Council Tax Reduction paid? Give the council and the band to value it."))
    return out
