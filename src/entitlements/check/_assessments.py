"""The benefit check's assessments: LCWRA for a fit note, PIP (or Adult
Disability Payment) or Attendance Allowance for care needs, DLA for a child
(private).

Each is valued at the likely award on top of every claim the check finds:
PIP at the rates its descriptors score where they are given (SI 2013/377
regs 5-7), else at the lowest award, the standard daily living rate (and the
finding says so); Attendance Allowance at the lower rate (the higher where
care is needed day and night, SSCBA 1992 s 64(2)-(3)); DLA for a child at the
lowest care rate; LCWRA at the new claimant amount from 6 April 2026 (the
protected amount needs a claim and medical evidence before that day). The
chance of success is the published rate in ``rules/gain/`` where there is
one (:func:`entitlements.gain.probability.success_probability`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import numpy as np

from ..columns import BenefitUnitColumns, birth_order
from ..household import AA_RATES, DLA_CARE, PIP_RATES, Household
from ..money import format_pounds
from ..tables import Tables
from .candidates import candidate

__all__ = ["Plan", "assessments", "pension_age_lcwra_rows"]


@attrs.frozen
class Plan:
    """One assessment to value: its finding id, the change an award makes to
    the columns, and how to word it."""

    id: str
    kind: str  # a candidate id
    adult: int | None
    child: int | None
    change: Callable[[BenefitUnitColumns], BenefitUnitColumns]
    outcome: dict
    notes: tuple[str, ...] = ()

    def finding(self, values, h: Household, *, on: dt.date, tables: Tables):
        from ..gain.outcomes import Outcome, Scenario
        from ..gain.probability import success_probability
        from ._differences import MONTHLY_FINDINGS
        from .findings import WHO, Finding, arrears

        applies, w, m, a = values
        if not applies[0] or int(w[0]) <= 0:
            return None
        c = candidate(self.kind)
        outcome = Outcome(effective=on, adult=self.adult or 1, child=self.child, **self.outcome)
        p = success_probability(outcome, tables)
        who = WHO(h, self.adult) if self.adult else f"child {self.child}"
        notes = self.notes + ((p.detail,) if p.detail else ())
        arr, rule = arrears(c.backdating, int(w[0]), on=on, tables=tables)
        return Finding(id=self.id, what=c.what.format(who=who), benefit=c.benefit, certainty=c.certainty,
                       weekly=int(w[0]), monthly=int(m[0]), annual=int(a[0]), action=c.action, legal_basis=c.legal_basis,
                       arrears=arr, backdating=rule, probability=p.value, probability_source=p.source,
                       passports=c.passports, notes=notes,
                       annual_basis="monthly x 12" if self.id in MONTHLY_FINDINGS else "weekly x 52",
                       scenario=Scenario(household=h, claim_start=on, outcomes=(outcome,), name=self.id))


def _adult_change(k: int, **fields):
    name = f"adult{k}"

    def change(b: BenefitUnitColumns) -> BenefitUnitColumns:
        n = np.shape(b.couple)
        a = getattr(b, name)
        return attrs.evolve(b, **{name: attrs.evolve(a, **{f: np.full(n, v) for f, v in fields.items()})})

    return change


def _child_change(slot: int, dla_care: int):
    def change(b: BenefitUnitColumns) -> BenefitUnitColumns:
        ch = b.children
        care = np.array(ch.dla_care)
        care[:, slot] = np.maximum(care[:, slot], dla_care)
        rate = np.array(ch.disabled_child_rate)
        rate[:, slot] = np.maximum(rate[:, slot], 2 if dla_care == DLA_CARE.index("highest") else 1)
        dis = np.array(ch.has_disability_benefit)
        dis[:, slot] = True
        return attrs.evolve(b, children=attrs.evolve(ch, dla_care=care, disabled_child_rate=rate, has_disability_benefit=dis))

    return change


def _pip_plan(h: Household, k: int, circ, on: dt.date) -> Plan | None:
    from ..assessments import assess_pip

    a = h.adults[k - 1]
    if a.pip_daily_living != "none" or a.pip_mobility != "none" or a.dla_care != "none" or a.dla_mobility != "none":
        return None
    kind = "adult_disability_payment" if h.nation == "scotland" else "pip"
    codes = circ.pip_descriptors.get(k)
    if codes:
        r = assess_pip(daily_living=[c for c in codes if c.startswith("dl.")],
                       mobility=[c for c in codes if c.startswith("mob.")], on=on)
        dl, mob = r.daily_living.award, r.mobility.award
        if dl == "none" and mob == "none":
            return None
        notes = (f"Likely award from the descriptors given: daily living {r.daily_living.total} points ({dl}), "
                 f"mobility {r.mobility.total} points ({mob}) (SI 2013/377 regs 5-6: 8 points standard, 12 enhanced).",)
    else:
        dl, mob = "standard", "none"
        notes = ("Valued at the lowest award, the standard daily living rate: give the descriptors that apply "
                 "(entitlements pip --list) to score the likely award.",)
    return Plan(f"{kind}_{k}", kind, k, None,
                _adult_change(k, pip_daily_living=PIP_RATES.index(dl), pip_mobility=PIP_RATES.index(mob)),
                {"kind": "pip_awarded", "pip_daily_living": dl, "pip_mobility": mob}, notes)


def _pension_age_lcwra(h: Household, cols, *, on: dt.date, tables: Tables, planned) -> list[Plan]:
    """The one household's LCWRA findings for the older partner of a
    mixed-age couple (:func:`pension_age_lcwra_rows`, the one rule a
    caseload's check uses too), worded; none for an adult with an LCWRA
    plan already (``planned``: a fit note's). The element still waits for
    the relevant period (reg 28: 3 months from the medical evidence), so it
    is a claim to report, not an award now."""
    plans = []
    for cid, (rows, change) in pension_age_lcwra_rows(cols, on=on).items():
        if not bool(rows) or cid in planned:
            continue
        plans.append(Plan(cid, "lcwra_pension_age", int(cid[-1]), None, change,
                          {"kind": "lcwra_found", "lcwra_protection": "new_claimant", "confirmed": True},
                          ("Treated as having LCWRA by law, with no work capability assessment (SI 2013/376 reg "
                           "40(5), Sch 9 para 5): over the qualifying age for Pension Credit and entitled to "
                           "Attendance Allowance, DLA care at the highest rate or PIP daily living at the enhanced "
                           "rate. Valued once the element is in payment, after the 3-month relevant period (reg 28), "
                           f"at the new-claimant amount ({format_pounds(tables.at('uc.lcwra_element', on)['new_claimant'])}"
                           " a month).",)))
    return plans


def pension_age_lcwra_rows(bu: BenefitUnitColumns, *, on) -> dict[str, tuple[Any, Callable]]:
    """The LCWRA element for the partner over the qualifying age for state
    pension credit in a mixed-age couple on Universal Credit (not protected
    by SI 2019/37 art 4) who is entitled to attendance allowance (either
    rate), the DLA care component at the highest rate or the PIP daily living
    component at the enhanced rate: "treated as having limited capability for
    work and work-related activity" without an assessment (SI 2013/376 reg
    40(1)(b), (5), read 2026-12-07 in ``uk/uksi-2013-376.md``; Sch 9 para 5,
    as the project's ``rules/schedules/wca/schedule9.toml`` reads it).

    Finding id (``lcwra_1``, ``lcwra_2``) -> (where it applies, the change it
    makes), for :func:`entitlements.check._differences.differences`: a couple
    not protected, one partner over the qualifying age and one under (both
    over: Pension Credit, no UC; both under: no Sch 9 para 5); the one over,
    without LCW or LCWRA already, with one of those benefits. One rule for a
    household's scalar columns (a bool each) and a caseload's (a bool array
    each, one a row)."""
    from ..benefits.pension_age import adult_reached_state_pension_age

    shape = np.shape(bu.couple)

    def col(x, dtype=None):
        return np.broadcast_to(np.asarray(x, dtype), shape)

    a1, a2 = bu.adult1, bu.adult2
    couple = col(a1.present, bool) & col(a2.present, bool)
    over = [col(adult_reached_state_pension_age(a, on)[0], bool) for a in (a1, a2)]
    mixed = couple & (over[0] != over[1]) & ~col(bu.mixed_age_protected, bool)
    out = {}
    for k, a in ((1, a1), (2, a2)):
        benefit = ((col(a.attendance_allowance) != AA_RATES.index("none"))
                   | (col(a.dla_care) == DLA_CARE.index("highest"))
                   | (col(a.pip_daily_living) == PIP_RATES.index("enhanced")))
        rows = mixed & over[k - 1] & ~col(a.lcw, bool) & ~col(a.lcwra, bool) & benefit
        out[f"lcwra_{k}"] = (rows, _adult_change(k, lcw=True, lcwra=True, lcwra_element_in_award=True,
                                                 lcwra_protected=False))
    return out


def assessments(h: Household, circ, *, on: dt.date, tables: Tables) -> list[Plan]:
    """The assessments the circumstances point to, that the household has not had."""
    from ..benefits.pension_age import adult_reached_state_pension_age
    from ..gain._supplements import pension_age_disability_payment
    from ..columns import household_columns

    plans: list[Plan] = []
    cols = household_columns(h)
    for k in sorted(set(circ.fit_note)):
        a = h.adults[k - 1]
        if a.lcw or a.lcwra:
            continue
        plans.append(Plan(f"lcwra_{k}", "lcwra", k, None,
                          _adult_change(k, lcw=True, lcwra=True, lcwra_element_in_award=True, lcwra_protected=False),
                          {"kind": "lcwra_found", "lcwra_protection": "new_claimant"},
                          ("Valued once the element is in payment, at the amount for a claim made from 6 April 2026 "
                           f"({format_pounds(tables.at('uc.lcwra_element', on)['new_claimant'])} a month); a claim and "
                           "medical evidence before that day keep the protected amount.",)))
    plans += _pension_age_lcwra(h, cols, on=on, tables=tables, planned={p.id for p in plans})
    for k in sorted(set(circ.care_needs) | set(circ.care_needs_day_and_night) | set(circ.pip_descriptors)):
        adult = cols.adult1 if k == 1 else cols.adult2
        over_spa, _ = adult_reached_state_pension_age(adult, on)
        a = h.adults[k - 1]
        if over_spa:
            if a.attendance_allowance != "none" or a.pip_daily_living != "none" or a.dla_care != "none":
                continue
            rate = "higher" if k in circ.care_needs_day_and_night else "lower"
            # In Scotland from 22 April 2025 the claim is for Pension Age Disability Payment, at AA's rates.
            aa = "pension_age_disability_payment" if pension_age_disability_payment(h.nation == "scotland", on) \
                else "attendance_allowance"
            plans.append(Plan(f"{aa}_{k}", aa, k, None,
                              _adult_change(k, attendance_allowance=AA_RATES.index(rate)),
                              {"kind": "benefit_claimed", "benefit": "attendance_allowance", "aa_rate": rate},
                              (f"Valued at the {rate} rate ({'day and night' if rate == 'higher' else 'day or night'} "
                               "care needs, SSCBA 1992 s 64(2)-(3)).",)))
        elif (p := _pip_plan(h, k, circ, on)) is not None:
            plans.append(p)
    order = birth_order(h.children)
    for n in sorted(set(circ.children_care_needs)):
        c = h.children[order[n - 1]]
        if c.dla_care != "none" or c.pip_daily_living != "none":
            continue
        plans.append(Plan(f"dla_child_{n}", "dla_child", None, n, _child_change(n - 1, DLA_CARE.index("lowest")),
                          {"kind": "dla_awarded", "dla_care": "lowest"},
                          ("Valued at the lowest care rate (SSCBA 1992 s 72(4)); a higher rate, or the mobility "
                           "component, is worth more.",)))
    return plans
