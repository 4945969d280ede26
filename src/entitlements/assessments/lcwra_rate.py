"""Which LCWRA amount applies from 6 April 2026: protected or new-claimant.

Legal basis:

* Universal Credit Act 2025 (c. 22) s 2: for assessment periods beginning on or
  after 6 April 2026 the LCWRA element is £217.26 for a claimant with LCWRA
  "other than a pre-2026 claimant, a severe conditions criteria claimant or a
  claimant who is terminally ill"; those three keep the protected amount.
* UC Regs 2013 reg 27(2) as amended by the 2025 Act Sch 1 para 3: the amount is
  set by whether the claimant is (a) a pre-2026 claimant, (b) a severe
  conditions criteria claimant, (c) terminally ill, or (d) any other claimant.
  For joint claimants with different amounts the higher is included (reg 27(4)
  as amended): apply this function to each and take the higher.
* reg 27A(1) (inserted by Sch 1 para 4): a pre-2026 claimant was entitled at any
  time before 6 April 2026 to an award including the LCWRA element, and has been
  continuously entitled to UC with the element since (reg 27A(2): a break that
  began because the financial condition was not met and lasted no more than six
  months is ignored).
* Sch 5A (inserted by SI 2026/113 reg 3(2), (4), text read) extends "pre-2026
  claimant" (reg 27A(1A)) to a claimant who, before 6 April 2026, was (para 2)
  awaiting an assessment under reg 41(1)(a), (para 3) had LCW and was awaiting
  a further assessment under reg 41(1)(b), (para 4) had LCWRA but was inside
  the reg 28 relevant period, or (para 5) was entitled to ESA with the support
  component and stayed so until awarded UC with LCWRA; in each case the
  element, once included, must continue without a break (para 1(b)).
* reg 40A (inserted by Sch 1 para 6, text read): a severe conditions criteria
  (SCC) claimant has LCWRA on the basis of an assessment (a Sch 7 descriptor,
  reg 40(2)), at least one Sch 7 descriptor constantly applies and will for
  the rest of their life, from a lifelong condition diagnosed by an
  appropriately qualified health care professional in the course of NHS
  services. "Treated as" LCWRA (Sch 9: cancer treatment, pregnancy, substantial
  risk) is not on the basis of an assessment, so is not SCC on its own.
* terminally ill: death from a progressive disease reasonably expected within
  12 months (reg 2, as amended by SI 2022/260).

Before 6 April 2026 there is one amount for everyone; this module calls it
``"protected"`` (the rows of ``rules/uc/lcwra_element.toml`` give both keys
the same value for those years).

From dates (:func:`facts_from_dates`, used alike by ``estimate``, the income
gain of one household and the caseload projection): the element was in the
award before 6 April 2026 (reg 27A(1)), or the Universal Credit claim began
and the medical evidence was given before 6 April 2026, so that the claimant
was awaiting the first assessment then (Sch 5A para 2: "before 6th April
2026 ... the claimant is awaiting an assessment under Part 5" presupposes a
claimant, someone with a claim or award of Universal Credit). Evidence from
before 6 April 2026 on a claim made after it is not enough: such a claimant
gets the new-claimant amount unless the severe conditions criteria or
terminal illness apply (or the ESA support component route of para 5, which
the dates cannot show: state it). Continuous entitlement since is assumed.

Open point (fact sheet open question 5): what counts as "awaiting an
assessment" under reg 41(1)(a) for Sch 5A para 2 is a matter of DWP guidance
(ADM memo 04/26) not read here; the caller decides that fact.

>>> import datetime as dt
>>> r = lcwra_rate(LcwraRateFacts(), assessment_period_start=dt.date(2026, 5, 1))
>>> r.key, r.decided_by, r.amount
('new_claimant', 'new_claimant', 21726)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ..errors import InputError
from .wca import WcaResult

__all__ = ["CHANGE_DATE", "TESTS", "LcwraRateFacts", "LcwraRate", "lcwra_rate", "severe_conditions_criteria",
           "protected_from_dates", "facts_from_dates", "LcwraProtection", "lcwra_protection_for"]

#: Assessment periods beginning on or after this day have two LCWRA amounts.
CHANGE_DATE = dt.date(2026, 4, 6)

#: Every test, in the order reg 27(2) lists them, with its provision.
TESTS: dict[str, str] = {
    "before_6_april_2026": "UC Regs 2013 reg 36 table (one amount for assessment periods beginning before 6 April 2026)",
    "pre_2026_claimant": "UC Regs 2013 reg 27(2)(a), 27A(1)-(2) (UC Act 2025 Sch 1 paras 3-4)",
    "awaiting_first_assessment": "UC Regs 2013 reg 27A, Sch 5A para 2 (SI 2026/113 reg 3)",
    "lcw_awaiting_further_assessment": "UC Regs 2013 reg 27A, Sch 5A para 3 (SI 2026/113 reg 3)",
    "in_relevant_period": "UC Regs 2013 reg 27A, Sch 5A para 4 (SI 2026/113 reg 3)",
    "esa_support_component": "UC Regs 2013 reg 27A, Sch 5A para 5 (SI 2026/113 reg 3)",
    "severe_conditions_criteria": "UC Regs 2013 reg 27(2)(b), 40A (UC Act 2025 Sch 1 paras 3, 6)",
    "terminally_ill": "UC Regs 2013 reg 27(2)(c); reg 2 'terminally ill' (SI 2022/260)",
    "new_claimant": "UC Regs 2013 reg 27(2)(d); UC Act 2025 s 2(1), (3)",
}


@attrs.frozen(kw_only=True)
class LcwraRateFacts:
    """The facts that decide the LCWRA amount, for a claimant who has LCWRA.

    Every field is ``False`` by default: with no facts the claimant is a new
    claimant from 6 April 2026.
    """

    # reg 27A(1)-(2): the element was in an award before 6 April 2026 ...
    element_before_6_april_2026: bool = False
    # ... and UC with the element has continued since (ignoring a financial-condition break of up to 6 months)
    continuously_entitled_since: bool = False
    # Sch 5A paras 2-5: the claimant's position before 6 April 2026
    awaiting_first_assessment: bool = False  # para 2 (reg 41(1)(a))
    lcw_awaiting_further_assessment: bool = False  # para 3 (reg 41(1)(b))
    in_relevant_period: bool = False  # para 4 (reg 28)
    esa_support_component: bool = False  # para 5, continuously until the UC award with LCWRA
    # Sch 5A: once included, the element has continued without a break
    element_continuous_since_first_included: bool = False
    # reg 40A: severe conditions criteria
    lcwra_on_descriptors: bool = False  # 40A(2)(a): LCWRA on an assessment (reg 40(2))
    descriptor_constant_for_life: bool = False  # 40A(2)(b), (4)
    nhs_diagnosis: bool = False  # 40A(3): lifelong condition diagnosed in the course of NHS services
    terminally_ill: bool = False

    def __attrs_post_init__(self):
        for a in attrs.fields(type(self)):
            v = getattr(self, a.name)
            if not isinstance(v, bool):
                raise InputError(a.name, v, "True or False")


@attrs.frozen
class LcwraRate:
    """Which LCWRA amount applies, which test decided it, and the amount."""

    key: str  # "protected" or "new_claimant": the keys of rules/uc/lcwra_element.toml
    decided_by: str  # one of TESTS
    tests_met: tuple[str, ...]  # every protection test met, in statutory order
    reference: str  # the provision of the deciding test
    assessment_period_start: dt.date
    amount: int | None  # pence a month, from the table (None if no tables were asked)
    source: str | None  # the table row's source

    def explain(self) -> str:
        amount = "" if self.amount is None else f" £{self.amount // 100}.{self.amount % 100:02d} a month"
        return (f"LCWRA element ({self.key.replace('_', ' ')} amount){amount} for the assessment period "
                f"beginning {self.assessment_period_start.isoformat()}: decided by {self.decided_by} "
                f"[{self.reference}]" + (f"; source {self.source}" if self.source else ""))


def severe_conditions_criteria(
    assessment: WcaResult, *, constant_for_life: Iterable[str], nhs_diagnosis: bool
) -> bool:
    """Whether an assessment meets the severe conditions criteria (reg 40A(2)-(4)).

    ``constant_for_life``: the Sch 7 descriptor codes found to apply constantly
    (at all times, or whenever the activity is attempted) and for the rest of
    the claimant's life. Each must be among the assessment's Sch 7 descriptors.
    ``nhs_diagnosis``: the condition is lifelong and was diagnosed by an
    appropriately qualified health care professional in the course of NHS services.
    """
    codes = list(constant_for_life) if not isinstance(constant_for_life, str) else None
    if codes is None:
        raise InputError("constant_for_life", constant_for_life, "a list of Sch 7 descriptor codes")
    for c in codes:
        if c not in assessment.lcwra_descriptors:
            have = ", ".join(assessment.lcwra_descriptors) or "none"
            raise InputError("constant_for_life", c, f"one of the assessment's Sch 7 descriptors ({have})")
    if not isinstance(nhs_diagnosis, bool):
        raise InputError("nhs_diagnosis", nhs_diagnosis, "True or False")
    return assessment.lcwra_on_descriptors and bool(codes) and nhs_diagnosis


def lcwra_rate(
    facts: LcwraRateFacts,
    *,
    assessment_period_start: dt.date,
    tables=None,
    with_amount: bool = True,
) -> LcwraRate:
    """Which LCWRA amount applies to the assessment period beginning on
    ``assessment_period_start``, for a claimant who has LCWRA.

    The amount (pence a month) is read from ``uc.lcwra_element`` unless
    ``with_amount`` is False.
    """
    if not isinstance(facts, LcwraRateFacts):
        raise InputError("facts", facts, "an LcwraRateFacts")
    ap = assessment_period_start
    if not isinstance(ap, dt.date) or isinstance(ap, dt.datetime):
        raise InputError("assessment_period_start", ap, "a datetime.date")

    sch5a = facts.element_continuous_since_first_included
    met = [name for name, ok in (
        ("pre_2026_claimant", facts.element_before_6_april_2026 and facts.continuously_entitled_since),
        ("awaiting_first_assessment", facts.awaiting_first_assessment and sch5a),
        ("lcw_awaiting_further_assessment", facts.lcw_awaiting_further_assessment and sch5a),
        ("in_relevant_period", facts.in_relevant_period and sch5a),
        ("esa_support_component", facts.esa_support_component and sch5a),
        ("severe_conditions_criteria",
         facts.lcwra_on_descriptors and facts.descriptor_constant_for_life and facts.nhs_diagnosis),
        ("terminally_ill", facts.terminally_ill),
    ) if ok]

    if ap < CHANGE_DATE:
        key, decided = "protected", "before_6_april_2026"
    elif met:
        key, decided = "protected", met[0]
    else:
        key, decided = "new_claimant", "new_claimant"

    amount = source = None
    if with_amount:
        from ..tables import default_tables

        t = tables if tables is not None else default_tables()
        amount = t.at("uc.lcwra_element", ap, key)
        source = t.source("uc.lcwra_element", ap)
    return LcwraRate(key=key, decided_by=decided, tests_met=tuple(met), reference=TESTS[decided],
                     assessment_period_start=ap, amount=amount, source=source)


def protected_from_dates(claim_start, evidence_given_on, element_included_from, *, change=CHANGE_DATE):
    """Whether the dates make a claimant with LCWRA a pre-2026 claimant
    (reg 27A(1), Sch 5A para 2): the element was included in an assessment
    period beginning before ``change`` (6 April 2026), or both the claim and
    the first medical evidence came before it. Numeric: dates, or day numbers
    or ``datetime64`` arrays of one kind with ``change`` given in that kind.

    >>> import datetime as dt
    >>> protected_from_dates(dt.date(2026, 5, 1), dt.date(2026, 3, 1), dt.date(2026, 8, 1))
    False
    >>> protected_from_dates(dt.date(2026, 2, 1), dt.date(2026, 3, 1), dt.date(2026, 7, 1))
    True
    """
    return (element_included_from < change) | ((claim_start < change) & (evidence_given_on < change))


def facts_from_dates(claim_start: dt.date, evidence_given_on: dt.date, element_included_from: dt.date) -> LcwraRateFacts:
    """The facts the dates establish, continuous entitlement since assumed
    (see the module notes)."""
    return LcwraRateFacts(
        element_before_6_april_2026=element_included_from < CHANGE_DATE,
        continuously_entitled_since=True,
        awaiting_first_assessment=bool(protected_from_dates(claim_start, evidence_given_on, element_included_from))
        and not element_included_from < CHANGE_DATE,
        element_continuous_since_first_included=True,
    )


@attrs.frozen
class LcwraProtection:
    """Whether an adult gets the protected LCWRA amount from 6 April 2026,
    what decided it (a key of :data:`TESTS`, ``"stated"`` or ``"not_given"``)
    and why, for the working sheet."""

    protected: bool
    decided_by: str
    explanation: str


def lcwra_protection_for(adult) -> LcwraProtection:
    """The LCWRA amount for an :class:`entitlements.household.Adult` with
    LCWRA: the reason given (``lcwra_protection``), else from
    ``uc_claim_start`` and ``lcwra_evidence_date`` as the income gain decides
    it, else the new-claimant amount, saying which facts would change it."""
    from .timing import lcwra_element_start

    if adult.lcwra_protection == "new_claimant":
        return LcwraProtection(False, "stated", "new-claimant amount, as stated")
    if adult.lcwra_protection is not None:
        reason = adult.lcwra_protection.replace("_", " ")
        return LcwraProtection(True, "stated", f"protected amount ({reason}, as stated)")
    claim, evidence = adult.uc_claim_start, adult.lcwra_evidence_date
    if claim is None or evidence is None:
        missing = " and ".join(n for n, v in (("the UC claim start (uc_claim_start)", claim),
                                               ("the medical evidence date (lcwra_evidence_date)", evidence)) if v is None)
        return LcwraProtection(False, "not_given", (
            f"new-claimant amount: no protection reason given, and without {missing} the pre-2026 claimant test "
            "cannot be made (reg 27A, Sch 5A): give them, or the reason (lcwra_protection)"))
    included_from = lcwra_element_start(claim, evidence_given_on=evidence).included_from
    rate = lcwra_rate(facts_from_dates(claim, evidence, included_from), assessment_period_start=max(CHANGE_DATE, included_from),
                      with_amount=False)
    amount = "protected amount" if rate.key == "protected" else "new-claimant amount"
    return LcwraProtection(rate.key == "protected", rate.decided_by, (
        f"{amount}: decided by {rate.decided_by.replace('_', ' ')} [{rate.reference}]: claim from "
        f"{claim.isoformat()}, medical evidence {evidence.isoformat()}, element from {included_from.isoformat()}; "
        "continuous entitlement since is assumed"))
