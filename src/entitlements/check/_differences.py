"""The benefit check's arithmetic: what each candidate finding is worth, as
the engine's difference with and without it, over columns (private).

One code path for one household (a caseload of one row) and for a million:
the household as it is now (its claims), the household once every claim
the check finds is made (the "full" household), and for each candidate the
full household without it (a claim) or with it (an assessment). Every value
is a difference of the same totals (:func:`totals`), worked out by
:func:`entitlements.benefits.household_total.calculate`; the engine runs
again only on the rows a candidate changes.

Claims the household model does not hold are columns here: whether
Universal Credit, Pension Credit, Scottish Child Payment, Housing Benefit and
Council Tax Reduction are claimed (the engine works out the entitlement to
each whatever is claimed). Carer's
Allowance and Child Benefit are claimed in the model itself
(``claims_carers_allowance``, ``child_benefit_claimed``), as are the awards
of PIP, DLA and Attendance Allowance and the LCWRA determination.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
import numpy as np

from ..benefits import household_total
from ..columns import BenefitUnitColumns, select
from ..money import divide_half_up, weekly_to_monthly
from ..tables import Tables

__all__ = ["Totals", "ClaimColumns", "totals", "Differences", "differences", "CLAIM_CANDIDATES"]


@attrs.frozen
class ClaimColumns:
    """What each household claims now of the benefits the model does not
    record as claimed (one bool a row), and the Universal Credit elements
    its facts give that the award does not include yet."""

    universal_credit: np.ndarray
    pension_credit: np.ndarray
    scottish_child_payment: np.ndarray
    housing_benefit: np.ndarray
    council_tax_reduction: np.ndarray
    carer_element_missing: tuple[np.ndarray, np.ndarray]  # adult 1, adult 2
    childcare_element_missing: np.ndarray

    @classmethod
    def every_row(cls, n: int, **given: Any) -> "ClaimColumns":
        """Columns for ``n`` rows: each given value (a bool, or an array)
        broadcast; elements missing default to none."""
        def col(v):
            return np.broadcast_to(np.asarray(v, dtype=bool), (n,)).copy()

        no = np.zeros(n, bool)
        carer = given.get("carer_element_missing", (no, no))
        return cls(universal_credit=col(given.get("universal_credit", False)),
                   pension_credit=col(given.get("pension_credit", False)),
                   scottish_child_payment=col(given.get("scottish_child_payment", False)),
                   housing_benefit=col(given.get("housing_benefit", False)),
                   council_tax_reduction=col(given.get("council_tax_reduction", False)),
                   carer_element_missing=(col(carer[0]), col(carer[1])),
                   childcare_element_missing=col(given.get("childcare_element_missing", False)))


@attrs.frozen
class Totals:
    """A household's benefits received [pence]: a week, a month, a year
    (the week x 52, less any High Income Child Benefit Charge)."""

    weekly: np.ndarray
    monthly: np.ndarray
    annual: np.ndarray
    # The month's parts (since 2026-12-08, qa-adv10): the weekly benefits, Universal Credit a month, and the Housing
    # Benefit of rent-free weeks a year. A finding's month is worked out from the difference of each (a weekly
    # finding's x 52 / 12 rounded once), not as the difference of two rounded months: £200.00 a week of Housing
    # Benefit is £866.67 a month (200 x 52 / 12 = 866.666...), not £866.66.
    weekly_part: np.ndarray | None = None
    uc_part: np.ndarray | None = None
    hb_free: np.ndarray | None = None


def totals(hh: household_total.HouseholdCalculation, uc, pc, scp, hb=True, ctr=True) -> Totals:
    """What is received where Universal Credit (``uc``), Pension Credit
    (``pc``), Scottish Child Payment (``scp``), Housing Benefit (``hb``) and
    Council Tax Reduction (``ctr``, a week) are claimed as given: each
    not claimed is taken out of the engine's total (Scottish Child Payment
    needs a qualifying benefit in payment, SSI 2020/351, which the engine
    takes as Universal Credit: :mod:`entitlements.benefits.scotland`). The week and the
    month are the engine's (``household_total``: weekly benefits x 52 / 12
    for a month, Universal Credit x 12 / 52 for a week, each rounded half up);
    the year is the week x 52, as the advice sector counts it, less the High
    Income Child Benefit Charge where adjusted net income was given (ITEPA
    2003 s 681B)."""
    scp_paid = np.asarray(scp) & np.asarray(uc)
    weekly_part = (np.asarray(hh.weekly_benefits, np.int64)
                   - np.where(scp_paid, 0, hh.scottish_child_payment)
                   - np.where(pc, 0, np.asarray(hh.pension_credit.award, np.int64))
                   - np.where(hb, 0, np.asarray(hh.housing_benefit.award, np.int64))
                   - np.where(ctr, 0, np.asarray(hh.council_tax.reduction_weekly, np.int64)))
    uc_part = np.where(uc, np.asarray(hh.universal_credit.award, np.int64), 0)
    week = weekly_part + divide_half_up(uc_part * 12, 52)
    month = weekly_to_monthly(weekly_part) + uc_part
    charge = np.maximum(np.asarray(hh.high_income_child_benefit_charge, np.int64), 0)
    # No Housing Benefit for a rent-free week (SI 2006/214 reg 62, SI 2006/213 reg 81).
    hb_free = np.where(hb, np.asarray(hh.housing_benefit.award, np.int64), 0) * np.asarray(hh.rent_free_weeks, np.int64)
    month = month - divide_half_up(hb_free, 12)
    return Totals(np.asarray(week, np.int64), np.asarray(month, np.int64), np.asarray(week * 52 - charge - hb_free, np.int64),
                  np.asarray(weekly_part, np.int64), np.asarray(uc_part, np.int64), np.asarray(hb_free, np.int64))


@attrs.frozen
class Differences:
    """Every candidate's value per row [pence]: ``applies`` (bool), and the
    weekly, monthly and annual difference it makes to the household total.
    Also the current and full households' calculations and totals."""

    values: Mapping[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]
    current: household_total.HouseholdCalculation
    full: household_total.HouseholdCalculation
    current_totals: Totals
    full_totals: Totals
    full_columns: BenefitUnitColumns


#: The claims a check finds from the household's facts, in the order findings
#: of equal value are listed. "carer_element_N" and "carers_allowance_N" are
#: per adult.
CLAIM_CANDIDATES = ("universal_credit", "pension_credit", "scottish_child_payment", "housing_benefit",
                    "council_tax_reduction", "child_benefit",
                    "carers_allowance_1", "carers_allowance_2", "uc_carer_element_1", "uc_carer_element_2",
                    "uc_childcare_element")


def _adults(bu: BenefitUnitColumns, **changes_by_adult: tuple[Any, Any]) -> BenefitUnitColumns:
    """``bu`` with adult fields changed: each keyword a pair (adult 1's
    values, adult 2's values)."""
    a1 = attrs.evolve(bu.adult1, **{k: v[0] for k, v in changes_by_adult.items()})
    a2 = attrs.evolve(bu.adult2, **{k: v[1] for k, v in changes_by_adult.items()})
    return attrs.evolve(bu, adult1=a1, adult2=a2)


def _rerun(bu: BenefitUnitColumns, rows: np.ndarray, change: Callable[[BenefitUnitColumns], BenefitUnitColumns],
           *, on, tables: Tables, pension_credit_claimed=None):
    """The engine on the rows ``rows`` of ``bu`` once ``change`` is made, or
    None where no row needs it. Returns ``(index, calculation)``.
    ``pension_credit_claimed``: per row of ``bu`` (None: claimed)."""
    index = np.flatnonzero(rows)
    if not index.size:
        return None
    sub = change(select(bu, index))
    day = on[index] if isinstance(on, np.ndarray) and np.ndim(on) else on
    claimed = None if pension_credit_claimed is None else np.asarray(pension_credit_claimed, bool)[index]
    return index, household_total.calculate(sub, on=day, tables=tables, pension_credit_claimed=claimed)


def _pick(x, index):
    return np.asarray(x)[index]


def _sub_totals(t: Totals, index) -> Totals:
    part = lambda x: None if x is None else np.broadcast_to(x, np.shape(t.weekly))[index]  # noqa: E731
    return Totals(t.weekly[index], t.monthly[index], t.annual[index], part(t.weekly_part), part(t.uc_part),
                  part(t.hb_free))


def _difference(n: int, index, with_: Totals, without: Totals):
    """Per row: (applies, weekly, monthly, annual) for the rows of ``index``."""
    applies = np.zeros(n, bool)
    w, m, a = (np.zeros(n, np.int64) for _ in range(3))
    if not np.size(index):
        return applies, w, m, a
    applies[index] = True
    w[index] = with_.weekly - without.weekly
    if all(x is not None for x in (with_.weekly_part, without.weekly_part, with_.uc_part, without.uc_part,
                                   with_.hb_free, without.hb_free)):
        m[index] = (weekly_to_monthly(np.asarray(with_.weekly_part, np.int64) - without.weekly_part)
                    + (np.asarray(with_.uc_part, np.int64) - without.uc_part)
                    - divide_half_up(np.asarray(with_.hb_free, np.int64) - without.hb_free, 12))
    else:
        m[index] = with_.monthly - without.monthly
    a[index] = with_.annual - without.annual
    return applies, w, m, a


def full_household(bu: BenefitUnitColumns, claims: ClaimColumns) -> tuple[BenefitUnitColumns, BenefitUnitColumns]:
    """``(current, full)``: the household as it is now (any Universal Credit
    element its facts give but the award lacks taken out) and once every
    claim is made: Carer's Allowance by each carer who does not claim it
    (SSCBA 1992 s 70), Child Benefit (SSCBA 1992 s 141), the elements
    restored."""
    a1, a2 = bu.adult1, bu.adult2
    miss1, miss2 = claims.carer_element_missing
    current = _adults(bu, carer=(np.asarray(a1.carer) & ~miss1, np.asarray(a2.carer) & ~miss2))
    current = attrs.evolve(current, childcare_costs_monthly=np.where(claims.childcare_element_missing, 0, bu.childcare_costs_monthly),
                           childcare_children=np.where(claims.childcare_element_missing, 0, bu.childcare_children))

    def ca_candidate(a):
        return np.asarray(a.present & a.carer & ~np.asarray(a.claims_carers_allowance, bool) & (a.carers_allowance_weekly == 0))

    full = _adults(bu, claims_carers_allowance=(np.asarray(a1.claims_carers_allowance, bool) | ca_candidate(a1),
                                                np.asarray(a2.claims_carers_allowance, bool) | ca_candidate(a2)))
    has_children = np.asarray(bu.children.present).any(axis=-1)
    full = attrs.evolve(full, child_benefit_claimed=np.asarray(bu.child_benefit_claimed, bool) | has_children)
    return current, full


def differences(bu: BenefitUnitColumns, claims: ClaimColumns, *, on, tables: Tables,
                assessments: Mapping[str, tuple[np.ndarray, Callable[[BenefitUnitColumns], BenefitUnitColumns]]] = {}
                ) -> Differences:
    """Every candidate's value for every row of ``bu`` (array columns).

    ``assessments``: candidate id -> (rows it applies to, the change an
    award makes); each is valued on top of the full household."""
    n = int(np.shape(bu.couple)[0])
    current_bu, full_bu = full_household(bu, claims)
    full = household_total.calculate(full_bu, on=on, tables=tables)
    yes = np.ones(n, bool)
    full_t = totals(full, yes, yes, yes)
    # The current household differs from the full one only where a claim
    # changes a fact the engine reads; elsewhere its calculation is the same.
    changed = (np.asarray(full_bu.adult1.claims_carers_allowance) != np.asarray(bu.adult1.claims_carers_allowance)) \
        | (np.asarray(full_bu.adult2.claims_carers_allowance) != np.asarray(bu.adult2.claims_carers_allowance)) \
        | (np.asarray(full_bu.child_benefit_claimed) != np.asarray(bu.child_benefit_claimed)) \
        | claims.carer_element_missing[0] | claims.carer_element_missing[1] | claims.childcare_element_missing
    # Pension Credit not claimed: Housing Benefit and Council Tax Reduction as they are without it (no passport,
    # no savings credit counted as income), not as the full household has them (until 2026-12-07 they were,
    # and a savings credit claimant's Pension Credit was valued without the HB and CTR it takes away).
    pc_paid = np.asarray(full.pension_credit.award) > 0
    pc_out = ~np.asarray(claims.pension_credit, bool) & pc_paid
    current = _merge(full, _rerun(current_bu, changed | pc_out, lambda b: b, on=on, tables=tables,
                                  pension_credit_claimed=~pc_out), n)
    current_t = totals(current, claims.universal_credit, claims.pension_credit, claims.scottish_child_payment,
                       claims.housing_benefit, claims.council_tax_reduction)

    values: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}
    uc_paid = np.asarray(full.universal_credit.award) > 0
    scp_paid = np.asarray(full.scottish_child_payment) > 0
    hb_paid = np.asarray(full.housing_benefit.award) > 0
    ctr_paid = np.asarray(full.council_tax.reduction_weekly) > 0
    no = np.zeros(n, bool)
    # Without Pension Credit, Housing Benefit and Council Tax Reduction are worked out again (see above).
    got = _rerun(full_bu, pc_out, lambda b: b, on=on, tables=tables, pension_credit_claimed=np.zeros(n, bool))
    without_pc = totals(_merge(full, got, n), yes, yes, yes)
    for cid, rows, without in (
        ("universal_credit", ~claims.universal_credit & uc_paid, totals(full, no, yes, no)),
        ("pension_credit", pc_out, without_pc),
        ("scottish_child_payment", ~claims.scottish_child_payment & scp_paid, totals(full, yes, yes, no)),
        ("housing_benefit", ~claims.housing_benefit & hb_paid, totals(full, yes, yes, yes, no, yes)),
        ("council_tax_reduction", ~claims.council_tax_reduction & ctr_paid, totals(full, yes, yes, yes, yes, no)),
    ):
        idx = np.flatnonzero(rows)
        values[cid] = _difference(n, idx, _sub_totals(full_t, idx), _sub_totals(without, idx))

    def rerun_claim(cid, rows, change):
        got = _rerun(full_bu, rows, change, on=on, tables=tables)
        if got is None:
            values[cid] = _difference(n, np.zeros(0, np.int64), full_t, full_t)
            return
        idx, hh = got
        values[cid] = _difference(n, idx, _sub_totals(full_t, idx), totals(hh, True, True, True))

    cb_rows = np.asarray(full_bu.child_benefit_claimed) & ~np.asarray(bu.child_benefit_claimed, bool)
    rerun_claim("child_benefit", cb_rows, lambda b: attrs.evolve(b, child_benefit_claimed=np.zeros(np.shape(b.couple), bool)))
    for k, adult in ((1, "adult1"), (2, "adult2")):
        rows = np.asarray(getattr(full_bu, adult).claims_carers_allowance) & ~np.asarray(getattr(bu, adult).claims_carers_allowance, bool)
        rerun_claim(f"carers_allowance_{k}", rows, lambda b, adult=adult: attrs.evolve(
            b, **{adult: attrs.evolve(getattr(b, adult), claims_carers_allowance=np.zeros(np.shape(b.couple), bool))}))
        miss = claims.carer_element_missing[k - 1] & np.asarray(getattr(bu, adult).carer, bool)
        rerun_claim(f"uc_carer_element_{k}", miss & claims.universal_credit, lambda b, adult=adult: attrs.evolve(
            b, **{adult: attrs.evolve(getattr(b, adult), carer=np.zeros(np.shape(b.couple), bool),
                                      claims_carers_allowance=np.zeros(np.shape(b.couple), bool))}))
        # Without the element the carer's benefit goes too (receiving it is
        # caring, SI 2013/376 reg 30(2)): its own value, the Scottish Carer
        # Supplement or what UC does not take back, is the other finding's.
        _less(values, f"uc_carer_element_{k}", f"carers_allowance_{k}")
    cc = claims.childcare_element_missing & claims.universal_credit & (np.asarray(bu.childcare_costs_monthly) > 0)
    rerun_claim("uc_childcare_element", cc, lambda b: attrs.evolve(
        b, childcare_costs_monthly=np.zeros(np.shape(b.couple), np.int64), childcare_children=np.zeros(np.shape(b.couple), np.int64)))

    for cid, (rows, change) in assessments.items():
        got = _rerun(full_bu, np.asarray(rows, bool), change, on=on, tables=tables)
        if got is None:
            values[cid] = _difference(n, np.zeros(0, np.int64), full_t, full_t)
            continue
        idx, hh = got
        values[cid] = _difference(n, idx, totals(hh, True, True, True), _sub_totals(full_t, idx))
    values["disabled_band_reduction"] = _band_reduction(full_bu, full, n, on=on, tables=tables)
    values["severely_mentally_impaired"] = _smi_disregard(full_bu, full, n, on=on, tables=tables)
    # A Universal Credit finding (the award, or an element of it) is monthly: its year is the month x 12, as the
    # estimate's household total counts it (until 2026-12-07 the week x 52: £72.75 x 52 = £3,783.00 where the
    # estimate said £315.27 x 12 = £3,783.24).
    for cid in MONTHLY_FINDINGS:
        if cid in values:
            applies, w, m, _a = values[cid]
            values[cid] = (applies, w, m, np.asarray(m, np.int64) * 12)
    return Differences(values, current, full, current_t, full_t, full_bu)


#: The findings valued a month (Universal Credit and its elements, the LCWRA element an assessment finds among
#: them): their year is the month x 12.
MONTHLY_FINDINGS = ("universal_credit", "uc_carer_element_1", "uc_carer_element_2", "uc_childcare_element",
                    "lcwra_1", "lcwra_2")


def band_reduction_rows(bu: BenefitUnitColumns, council_tax) -> np.ndarray:
    """The rows where the check asks about the disabled band reduction (SI
    1992/554 regs 3-4; in Scotland SI 1992/1335 regs 3-4): someone in the
    household gets Attendance Allowance, PIP or DLA (either component) or is
    blind, the home has a band and its council tax is worked out, and the
    reduction is not given (``Housing.disabled_band_reduction``). Band A
    too: five ninths of Band D is charged (SI 1992/554 reg 4(3A)(b); SI
    1992/1335 reg 4(1A)-(1C), inserted by SI 1999/756), as the engine works
    it out."""
    def benefit(x):
        return ((np.asarray(x.dla_care) > 0) | (np.asarray(x.dla_mobility) > 0) | (np.asarray(x.pip_daily_living) > 0)
                | (np.asarray(x.pip_mobility) > 0))

    def adult(a):
        return np.asarray(a.present, bool) & (benefit(a) | (np.asarray(a.attendance_allowance) > 0)
                                              | np.asarray(a.blind, bool))

    ch = bu.children
    kids = (np.asarray(ch.present, bool) & benefit(ch)).any(axis=-1)
    x = bu.housing
    return ((adult(bu.adult1) | adult(bu.adult2) | kids) & ~np.asarray(x.disabled_band_reduction, bool)
            & (np.asarray(x.council_tax_band) >= 0) & np.asarray(x.council_tax_liable, bool)
            & (np.asarray(council_tax.status) == 1))


def _band_reduction(full_bu: BenefitUnitColumns, full, n: int, *, on, tables: Tables):
    """The disabled band reduction's value per row: the council tax still to
    pay a week after Council Tax Reduction (every claim made) without it less
    with it; where the reduction could not be worked out, the weekly liability
    without it less with it (before any reduction). (applies, weekly, monthly,
    annual: the week x 52)."""
    applies = np.zeros(n, bool)
    w, m, a = (np.zeros(n, np.int64) for _ in range(3))
    rows = band_reduction_rows(full_bu, full.council_tax)
    got = _rerun(full_bu, rows, lambda b: attrs.evolve(b, housing=attrs.evolve(
        b.housing, disabled_band_reduction=np.ones(np.shape(b.couple), bool))), on=on, tables=tables)
    if got is None:
        return applies, w, m, a
    idx, hh = got
    before, after = full.council_tax, hh.council_tax
    ok = (_pick(before.ctr_status, idx) == 1) & (np.asarray(after.ctr_status) == 1)
    diff = np.where(ok, _pick(before.to_pay_weekly, idx) - np.asarray(after.to_pay_weekly),
                    _pick(before.weekly_liability, idx) - np.asarray(after.weekly_liability))
    applies[idx] = np.asarray(after.status) == 1
    w[idx] = np.where(applies[idx], np.maximum(diff, 0), 0)
    m[idx] = weekly_to_monthly(w[idx])
    a[idx] = w[idx] * 52
    return applies, w, m, a


def smi_rows(bu: BenefitUnitColumns, council_tax) -> tuple[np.ndarray, np.ndarray]:
    """The rows where the check asks about the severely mentally impaired
    (England and Wales; since 2026-12-08), and of them those where the home
    would be exempt: the claimant or partner gets a benefit that meets LGFA
    1992 Sch 1 para 2(1)(c) as SI 1992/548 art 3(2) gives it (attendance
    allowance, art 3(2)(b); DLA care at the highest or middle rate, (d)), or
    PIP's daily living component (added to art 3(2) after the text read), the
    home has a band and its council tax is worked out, and one more resident
    disregarded could change the bill: living alone and not disregarded, the
    home exempt (SI 1992/558 art 3 Class U: occupied only by severely
    mentally impaired persons who would be liable); else one or two residents
    not disregarded, the discount rising (s 11(1)-(2)). Scotland's texts (its
    own exemption order) were not read: not asked there.
    (asked, exempt)."""
    def adult(a):
        return np.asarray(a.present, bool) & ((np.asarray(a.attendance_allowance) > 0) | (np.asarray(a.dla_care) >= 2)
                                              | (np.asarray(a.pip_daily_living) > 0))

    x = bu.housing
    shape = np.shape(np.asarray(bu.couple))
    residents = (1 + np.asarray(bu.adult2.present, bool).astype(np.int64)
                 + sum((np.asarray(getattr(x, f"nd{k}_age")) >= 18).astype(np.int64) for k in range(1, 5))
                 + (np.asarray(x.lodger_payment_weekly) > 0).astype(np.int64))
    left = residents - np.minimum(np.asarray(x.council_tax_disregarded, np.int64), residents)
    asked = ((adult(bu.adult1) | adult(bu.adult2)) & ~np.asarray(bu.scottish, bool)
             & (np.asarray(x.council_tax_band) >= 0) & np.asarray(x.council_tax_liable, bool)
             & (np.asarray(council_tax.status) == 1) & (left >= 1) & (left <= 2))
    return np.broadcast_to(asked, shape), np.broadcast_to(asked & (residents == 1), shape)


def _smi_disregard(full_bu: BenefitUnitColumns, full, n: int, *, on, tables: Tables):
    """The value of the severely mentally impaired disregard (or exemption)
    per row (:func:`smi_rows`): the council tax still to pay a week after
    Council Tax Reduction (every claim made) as it is, less with one more
    resident disregarded; where the home would be exempt, all of it (before
    any reduction where the reduction could not be worked out).
    (applies, weekly, monthly, annual: the week x 52)."""
    applies = np.zeros(n, bool)
    w, m, a = (np.zeros(n, np.int64) for _ in range(3))
    rows, exempt = (np.reshape(v, (n,)) for v in smi_rows(full_bu, full.council_tax))
    got = _rerun(full_bu, rows, lambda b: attrs.evolve(b, housing=attrs.evolve(
        b.housing, council_tax_disregarded=np.asarray(b.housing.council_tax_disregarded) + 1)), on=on, tables=tables)
    if got is None:
        return applies, w, m, a
    idx, hh = got
    before, after = full.council_tax, hh.council_tax
    ok = (_pick(before.ctr_status, idx) == 1) & (np.asarray(after.ctr_status) == 1)
    to_pay = np.where(_pick(before.ctr_status, idx) == 1, _pick(before.to_pay_weekly, idx),
                      _pick(before.weekly_liability, idx))
    diff = np.where(ok, _pick(before.to_pay_weekly, idx) - np.asarray(after.to_pay_weekly),
                    _pick(before.weekly_liability, idx) - np.asarray(after.weekly_liability))
    applies[idx] = np.asarray(after.status) == 1
    w[idx] = np.where(applies[idx], np.maximum(np.where(exempt[idx], to_pay, diff), 0), 0)
    m[idx] = weekly_to_monthly(w[idx])
    a[idx] = w[idx] * 52
    return applies, w, m, a


def _less(values: dict, cid: str, other: str) -> None:
    """Take ``other``'s value off ``cid``'s on the rows both apply to, so a
    value that both "without" households lose is counted once."""
    applies, *amounts = values[cid]
    both = applies & values[other][0]
    values[cid] = (applies, *(a - np.where(both, b, 0) for a, b in zip(amounts, values[other][1:])))


def _merge(full: household_total.HouseholdCalculation, got, n: int) -> household_total.HouseholdCalculation:
    """``full`` with the rows of ``got`` (index, calculation) put in their place."""
    if got is None:
        return full
    index, part = got

    def put(base, new):
        if attrs.has(type(base)):
            return type(base)(**{f.name: put(getattr(base, f.name), getattr(new, f.name)) for f in attrs.fields(type(base))})
        if isinstance(base, tuple):
            return tuple(put(b, x) for b, x in zip(base, new))
        arr = np.array(np.broadcast_to(np.asarray(base), (n,) + np.shape(base)[1:]) if np.ndim(base) else np.full(n, base))
        arr[index] = new
        return arr

    return put(full, part)
