"""The benefit check for one household: what it is missing, what each thing
is worth, and what to do.

:func:`check` compares what the household claims now (:class:`Claims`) with
what its facts entitle it to, and returns a :class:`BenefitCheck`: its
:class:`Finding` objects, largest first. A finding's value is the engine's
difference in the household's total with and without it (claiming Carer's
Allowance reduces Universal Credit by the allowance; an award of PIP can
lift the benefit cap), never a headline rate: see
``entitlements.check._differences``. Each claim is valued as the last one
made (every other claim the check finds made too); each assessment on top of
every claim. A finding also yields a :class:`~entitlements.Scenario`
(``Finding.scenario``) for :func:`~entitlements.income_gain`,
so check, advice and gain are one flow.

>>> import datetime as dt
>>> from entitlements import Adult, Household
>>> bc = check(Household(adults=Adult(age=70, state_pension_weekly=17000)), on=dt.date(2026, 6, 1))
>>> f = bc.findings[0]
>>> f.what, f.weekly, f.certainty       # £238.00 guarantee - £170.00 State Pension
('Pension Credit', 6800, 'claim_needed')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

import attrs
import numpy as np

from ..display import html_card, short_repr
from ..columns import households_columns
from ..dates import age_on, assessment_period_end, date_given
from ..errors import InputError, did_you_mean
from ..household import AA_RATES, PIP_RATES, Household
from ..money import divide_half_up, format_pounds, weekly_to_monthly
from ..tables import Tables, tables_or_default
from . import _passports
from ._differences import MONTHLY_FINDINGS, ClaimColumns, Differences, differences
from .candidates import CERTAINTIES, CTR_ACTIONS, CTR_LAW, HB_ACTIONS, candidate, carer_support_payment_named, named_candidate

__all__ = ["CLAIMABLE", "PASSPORTED_HELP", "UC_ELEMENTS", "Claims", "Circumstances", "Finding", "BenefitCheck", "check",
           "benefit_check"]

#: What a household can say it claims now, besides what the household model
#: holds (Carer's Allowance, Child Benefit and the disability awards).
CLAIMABLE = ("universal_credit", "pension_credit", "scottish_child_payment", "housing_benefit", "council_tax_reduction")

#: Passported help a household can say it has already (the ids of the
#: findings it would otherwise be told about; a :class:`Claims` field each).
PASSPORTED_HELP = ("free_prescriptions", "nhs_health_costs", "healthy_start", "best_start_foods",
                   "sure_start_maternity_grant", "free_school_meals", "warm_home_discount", "cold_weather_payment",
                   "free_tv_licence", "broadband_social_tariff")

#: Universal Credit elements the facts can give that an award may lack
#: ("carer_1": the claimant's carer element, "carer_2": the partner's).
UC_ELEMENTS = ("carer_1", "carer_2", "childcare")


def _int_tuple(value: Iterable[int]) -> tuple[int, ...]:
    return tuple(value)


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise InputError("claims", value, "a Claims, or a list of the benefits claimed now: "
                         + ", ".join(CLAIMABLE + PASSPORTED_HELP))
    return tuple(value)


@attrs.frozen(kw_only=True)
class Claims:
    """What the household claims now. ``housing_benefit`` and
    ``council_tax_reduction``: None where not asked (the check values them
    as not paid, and asks).
    ``uc_elements_missing``: elements of :data:`UC_ELEMENTS` the facts give
    but the Universal Credit award does not include yet.
    The fields of :data:`PASSPORTED_HELP` (``free_prescriptions``,
    ``warm_home_discount``, ...): help the household has already (an
    exemption certificate or award, the rebate, the tariff, meals); the check
    then does not list it. Default False: not had, so listed where the facts
    give it."""

    universal_credit: bool = False
    pension_credit: bool = False
    scottish_child_payment: bool = False
    housing_benefit: bool | None = None
    council_tax_reduction: bool | None = None
    uc_elements_missing: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    free_prescriptions: bool = False
    nhs_health_costs: bool = False
    healthy_start: bool = False
    best_start_foods: bool = False
    sure_start_maternity_grant: bool = False
    free_school_meals: bool = False
    warm_home_discount: bool = False
    cold_weather_payment: bool = False
    free_tv_licence: bool = False
    broadband_social_tariff: bool = False

    def __attrs_post_init__(self) -> None:
        for name in ("universal_credit", "pension_credit", "scottish_child_payment") + PASSPORTED_HELP:
            if not isinstance(getattr(self, name), bool):
                raise InputError(f"claims.{name}", getattr(self, name), "True or False")
        for name in ("housing_benefit", "council_tax_reduction"):
            if getattr(self, name) not in (None, True, False):
                raise InputError(f"claims.{name}", getattr(self, name), "True, False or None (not asked)")
        for e in self.uc_elements_missing:
            if e not in UC_ELEMENTS:
                raise InputError("claims.uc_elements_missing", e, "each one of " + ", ".join(UC_ELEMENTS))
        if self.uc_elements_missing and not self.universal_credit:
            raise InputError("claims.uc_elements_missing", list(self.uc_elements_missing),
                             "nothing unless universal_credit is claimed (without a claim every element is in the UC finding)")

    @property
    def help_received(self) -> tuple[str, ...]:
        """The passported help the household has already (ids of :data:`PASSPORTED_HELP`)."""
        return tuple(n for n in PASSPORTED_HELP if getattr(self, n))

    @classmethod
    def everything(cls) -> "Claims":
        """Every benefit claimed and paid, every passported help had."""
        return cls(**{n: True for n in CLAIMABLE + PASSPORTED_HELP})

    @classmethod
    def of(cls, value: "Claims | Iterable[str] | None") -> "Claims":
        """A Claims from itself, None (nothing claimed) or the names claimed
        (of :data:`CLAIMABLE` and :data:`PASSPORTED_HELP`)."""
        if value is None:
            return cls()
        if isinstance(value, Claims):
            return value
        names = _names(value)
        for n in names:
            if n not in CLAIMABLE + PASSPORTED_HELP:
                raise InputError("claims", n, did_you_mean(n, CLAIMABLE + PASSPORTED_HELP) + "each one of "
                                 + ", ".join(CLAIMABLE + PASSPORTED_HELP))
        return cls(**{n: True for n in names})


def _adult_numbers(field: str):
    def check(instance, attribute, value):
        for v in value:
            if v not in (1, 2):
                raise InputError(field, v, "adult 1 (the claimant) or 2 (the partner)")
    return check


@attrs.frozen(kw_only=True)
class Circumstances:
    """Facts the check asks about that the household model does not hold.

    ``fit_note``: adults (1, 2) with a fit note and no work capability
    assessment decision yet. ``care_needs``: adults who need help with
    personal care or supervision, or getting around, because of illness or
    disability (PIP below State Pension age, Attendance Allowance above it);
    ``care_needs_day_and_night``: those who need it day and night
    (Attendance Allowance higher rate). ``pip_descriptors``: adult -> PIP
    descriptor codes that apply (``dl.1e``, ``mob.2d``: see
    ``entitlements pip --list``), scored for the likely award.
    ``children_care_needs``: children (1 is the eldest) who need much more
    care or supervision than others of their age (DLA). ``pregnant``: someone
    in the family is pregnant (10 weeks or more). ``prescription_items_a_month``:
    NHS prescription items the household pays for a month (to value free
    prescriptions)."""

    fit_note: tuple[int, ...] = attrs.field(default=(), converter=_int_tuple, validator=_adult_numbers("fit_note"))
    care_needs: tuple[int, ...] = attrs.field(default=(), converter=_int_tuple, validator=_adult_numbers("care_needs"))
    care_needs_day_and_night: tuple[int, ...] = attrs.field(default=(), converter=_int_tuple,
                                                            validator=_adult_numbers("care_needs_day_and_night"))
    pip_descriptors: Mapping[int, tuple[str, ...]] = attrs.field(factory=dict, converter=lambda m: {k: tuple(v) for k, v in dict(m).items()})
    children_care_needs: tuple[int, ...] = attrs.field(default=(), converter=_int_tuple)
    pregnant: bool = False
    prescription_items_a_month: int = 0

    def __attrs_post_init__(self) -> None:
        _adult_numbers("pip_descriptors")(self, None, tuple(self.pip_descriptors))
        for code in (c for codes in self.pip_descriptors.values() for c in codes):
            if not (isinstance(code, str) and code.startswith(("dl.", "mob."))):
                raise InputError("circumstances.pip_descriptors", code,
                                 "a daily living (dl.) or mobility (mob.) descriptor code (entitlements pip --list)")
        if not isinstance(self.pregnant, bool):
            raise InputError("circumstances.pregnant", self.pregnant, "True or False")
        n = self.prescription_items_a_month
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= 100:
            raise InputError("circumstances.prescription_items_a_month", n, "a whole number of items from 0 to 100")


@attrs.frozen
class Finding:
    """One thing the household is missing.

    Money in pence: ``weekly``, ``monthly`` and ``annual`` (the weekly x 52;
    a Universal Credit finding's, the monthly x 12; a yearly amount itself;
    a Child Benefit finding's year is after the High Income Child Benefit
    Charge), ``annual_basis`` saying which in words ("weekly x 52",
    "monthly x 12", "a yearly amount", ...); ``arrears``: what the backdating
    rules allow on a claim made on the check's date, the facts taken to have
    held throughout; ``one_off``: a grant. ``range_monthly``: (low, high)
    where providers differ (no single value is given). ``probability``: the
    chance an assessment succeeds (1 for a claim), ``weighted_annual`` the
    annual value times it."""

    id: str
    what: str
    benefit: str
    certainty: str
    weekly: int
    monthly: int
    annual: int
    action: str
    legal_basis: tuple[str, ...]
    arrears: int = 0
    backdating: str = ""
    one_off: int = 0
    range_monthly: tuple[int, int] | None = None
    probability: Fraction = Fraction(1)
    probability_source: str = ""
    passports: tuple[str, ...] = ()
    question: str = ""
    notes: tuple[str, ...] = ()
    valued: bool = True  # False: no figure can be given (it depends on the provider, the weather, the treatment)
    annual_basis: str = "weekly x 52"  # how ``annual`` was worked out (since 2026-12-07: said on the line)
    scenario: Any = attrs.field(default=None, eq=False, repr=False)

    @property
    def weighted_annual(self) -> int:
        return int(divide_half_up(self.annual * self.probability.numerator, self.probability.denominator))

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in attrs.fields(Finding) if f.name != "scenario"}
        out["probability"] = float(self.probability)
        from ..gain.probability import chance_in_words

        out["probability_in_words"] = (chance_in_words(self.probability, self.probability_source)
                                       if self.certainty == "assessment_needed" else "")
        out["weighted_annual"] = self.weighted_annual
        out["range_monthly"] = list(self.range_monthly) if self.range_monthly else None
        out["legal_basis"], out["passports"], out["notes"] = list(self.legal_basis), list(self.passports), list(self.notes)
        return out


def _order(f: Finding) -> tuple:
    return (-f.weighted_annual - f.one_off, CERTAINTIES.index(f.certainty), f.id)


@attrs.frozen
class BenefitCheck:
    """The check of one household: its findings, largest first (weighted
    annual value, then surest), what it receives now and would receive with
    every claim made (pence a week)."""

    household: Household
    on: dt.date
    claims: Claims
    findings: tuple[Finding, ...]
    received_weekly: int
    with_claims_weekly: int
    rules: str
    #: The rates policy for a date past the rule tables' end (``"strict"``
    #: unless ``rates_after`` was given) and what it assumed
    #: (``RateAssumption`` each), stated first.
    rates_policy: str = "strict"
    assumptions: tuple = ()
    #: What the two totals leave out, and why: a Council Tax Reduction claimed now that the check cannot value (no
    #: Band D or scheme for the year, ...) is in neither total (since 2026-12-07 said, not left out in silence).
    totals_notes: tuple[str, ...] = ()

    @property
    def claims_gain_weekly(self) -> int:
        """Every claim made, together (not the sum of the findings: each is valued as the last made)."""
        return self.with_claims_weekly - self.received_weekly

    def to_dict(self) -> dict[str, Any]:
        claimed = [n for n in CLAIMABLE if getattr(self.claims, n)]
        return {"on": self.on.isoformat(), "rules": self.rules, "claimed": claimed,
                "uc_elements_missing": list(self.claims.uc_elements_missing),
                "help_received": list(self.claims.help_received),
                "received_weekly": self.received_weekly, "with_claims_weekly": self.with_claims_weekly,
                "claims_gain_weekly": self.claims_gain_weekly, "totals_notes": list(self.totals_notes),
                "rates_policy": self.rates_policy,
                "assumptions": [a.to_dict() for a in self.assumptions],
                "findings": [f.to_dict() for f in self.findings]}

    def render(self, *, width: int | None = None) -> str:
        """The check as text, wrapped to ``width`` (None: one line each)."""
        from ._text import render

        return render(self, width)

    def __repr__(self) -> str:
        return short_repr("BenefitCheck", f"{self.on}: {len(self.findings)} findings; every claim made "
                          f"{format_pounds(self.claims_gain_weekly, sign=True)} a week; {self.rules}")

    def _repr_html_(self) -> str:
        """A notebook's view: what the household receives and would with every
        claim, then each finding (largest first) with its value, certainty and
        legal basis (its action as hover text)."""
        head = [("Receives now", f"{format_pounds(self.received_weekly)} a week", ""),
                ("With every claim made", f"{format_pounds(self.with_claims_weekly)} a week", ""),
                ("Difference", f"{format_pounds(self.claims_gain_weekly, sign=True)} a week",
                 "every claim made together (not the sum of the findings: each is valued as the last made)")]
        lines = []
        for f in self.findings:
            if f.valued:  # each year as it is counted (Universal Credit the month x 12, the rest the week x 52)
                amounts = (format_pounds(f.weekly), format_pounds(f.annual) + (f" ({f.annual_basis})" if f.annual_basis else ""))
            elif f.range_monthly:
                amounts = ("", f"{format_pounds(f.range_monthly[0] * 12)} to {format_pounds(f.range_monthly[1] * 12)}")
            else:
                amounts = ("", "")
            lines.append(("", f"{f.what} ({f.certainty.replace('_', ' ')})", amounts, "; ".join(f.legal_basis), f.action))
        return html_card(f"Benefit check on {self.on}", head, lines, lines_caption="Findings, largest first",
                         amount_headers=("A week", "A year"), label_header="Finding", footer=str(self.rules))


def _claims_fit_the_ages(claims: Claims, uc_payable: bool) -> None:
    """Refuse a claim the household's ages rule out (``uc_payable``: someone
    is below the qualifying age for Pension Credit and the couple is not a
    protected mixed-age couple): Pension Credit needs the qualifying age, a
    couple's other member's too (SPCA 2002 ss 1(2)(b), 4(1A); SI 2019/37
    art 4 keeps a mixed-age couple entitled before 15 May 2019); Universal
    Credit is not paid past it (WRA 2012 s 4(1)(b)). Taken silently, each
    changed what the household was found to be missing. Both claimed is
    taken as "whichever the ages allow is claimed" (as :meth:`Claims.everything`
    and a caseload's claims are used), so only one alone is refused."""
    if claims.pension_credit and claims.universal_credit:
        return
    if claims.pension_credit and uc_payable:
        raise InputError("claims", "pension_credit", PENSION_CREDIT_CLAIM_EXPECTED)
    if claims.universal_credit and not uc_payable:
        raise InputError("claims", "universal_credit", UNIVERSAL_CREDIT_CLAIM_EXPECTED)


#: What a claim the ages rule out is refused with (one household's check and a caseload's rows).
PENSION_CREDIT_CLAIM_EXPECTED = (
    "no Pension Credit claimed where an adult has not reached the qualifying age for it: it needs that age, and a "
    "couple's other member's too (State Pension Credit Act 2002 ss 1(2)(b), 4(1A)), unless a mixed-age couple entitled "
    "before 15 May 2019 (mixed_age_protected, SI 2019/37 art 4); below it the claim is Universal Credit")
UNIVERSAL_CREDIT_CLAIM_EXPECTED = (
    "no Universal Credit claimed where every claimant has reached the qualifying age for Pension Credit (Welfare Reform "
    "Act 2012 s 4(1)(b)), or a mixed-age couple protected by SI 2019/37 art 4 (mixed_age_protected): the claim is "
    "Pension Credit")


def _who(h: Household, adult: int) -> str:
    return "the claimant" if adult == 1 else "the partner"


def check(household: Household, *, on: dt.date, claims: Claims | Iterable[str] | None = None,
          circumstances: Circumstances | None = None, tables: Tables | None = None,
          rates_after: Any = None) -> BenefitCheck:
    """Check ``household`` on ``on`` (the first day of an assessment period).

    ``rates_after``: the rates policy for a date past the rule tables' end
    (:mod:`entitlements.rates_policy`: ``"hold"``, ``"uprate:PCT"``). Not
    given, the check is strict: such a date is refused, naming the table, and
    a national Council Tax Reduction scheme whose year is not shipped is
    check needed. Given, its assumptions are stated first
    (the result's ``assumptions``), as on a working sheet.

    ``claims``: what it claims now (a :class:`Claims`, or the names from
    :data:`CLAIMABLE`; None: none of them); Carer's Allowance, Child Benefit
    and disability awards are as the household says. ``circumstances``: the
    facts that decide the assessments and passported help
    (:class:`Circumstances`)."""
    if not isinstance(household, Household):
        raise InputError("household", type(household).__name__, "a Household")
    on = date_given(on)
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise InputError("on", on, "a date (the first day of the assessment period; a datetime only at midnight)")
    from ..dates import check_not_too_late

    check_not_too_late(on)
    claims = Claims.of(claims)
    circ = circumstances if circumstances is not None else Circumstances()
    if not isinstance(circ, Circumstances):
        raise InputError("circumstances", type(circ).__name__, "a Circumstances (or None)")
    _check_people(household, claims, circ)
    from ..estimate import estimate

    from ..rates_policy import rates_policy
    from ..tables import ReadRecorder

    given = tables_or_default(tables)
    est = estimate(household, on=on, tables=given, rates_after=rates_after)  # the household's own checks (dates of birth, ...)
    _claims_fit_the_ages(claims, bool(np.asarray(est.benefits.universal_credit_payable).item()))
    policy = rates_policy(rates_after, default="strict")
    tables = ReadRecorder(policy.apply(given))
    bu = households_columns([household])
    miss = claims.uc_elements_missing
    cc = ClaimColumns.every_row(1, universal_credit=claims.universal_credit, pension_credit=claims.pension_credit,
                                scottish_child_payment=claims.scottish_child_payment,
                                housing_benefit=claims.housing_benefit is True,
                                council_tax_reduction=claims.council_tax_reduction is True,
                                carer_element_missing=("carer_1" in miss, "carer_2" in miss),
                                childcare_element_missing="childcare" in miss)
    from ._assessments import assessments

    plans = assessments(household, circ, on=on, tables=tables)
    diff = differences(bu, cc, on=on, tables=tables, assessments={p.id: (np.array([True]), p.change) for p in plans})
    findings = _claim_findings(household, claims, diff, on=on, tables=tables)
    findings += [f for p in plans if (f := p.finding(diff.values[p.id], household, on=on, tables=tables)) is not None]
    findings += _passports.findings(household, claims, circ, diff, on=on, tables=tables)
    findings += _band_reduction_finding(household, diff)
    findings += _smi_finding(household, diff)
    # Where to claim Council Tax Reduction turns on the nation's schemes (CTR_ACTIONS).
    findings = [attrs.evolve(f, action=_ctr_action(household, f), legal_basis=CTR_LAW[household.nation])
                if f.id == "council_tax_reduction" else f for f in findings]
    # In a B&B or hostel the owner is often liable for council tax (SI 1992/551 reg 2): said with the CTR finding.
    from ..explain_hb_ctr import owner_may_be_liable_note

    owner = owner_may_be_liable_note(household, household.nation)
    if owner:
        findings = [attrs.evolve(f, notes=f.notes + (owner,)) if f.id == "council_tax_reduction" else f
                    for f in findings]
    # In Scotland a Discretionary Housing Payment meets the under-occupancy deduction: said with the UC finding.
    from ..explain_estimate import scottish_dhp_note

    dhp = scottish_dhp_note(est.universal_credit.calculation, household)
    if dhp:
        findings = [attrs.evolve(f, notes=f.notes + (dhp,)) if f.id == "universal_credit" else f for f in findings]
    # What to do about Housing Benefit, and its Regulations, turn on the household's scheme (HB_ACTIONS).
    from ..benefits.housing_benefit import HB_SCHEMES

    scheme = HB_SCHEMES[int(np.asarray(diff.full.housing_benefit.scheme).ravel()[0])]
    if scheme in HB_ACTIONS:
        findings = [attrs.evolve(f, action=HB_ACTIONS[scheme][0], legal_basis=HB_ACTIONS[scheme][1])
                    if f.id == "housing_benefit" else f for f in findings]
    findings = _applicant_advice(household, findings, on=on, tables=tables)
    return BenefitCheck(household=household, on=on, claims=claims, findings=tuple(sorted(findings, key=_order)),
                        received_weekly=int(diff.current_totals.weekly[0]), with_claims_weekly=int(diff.full_totals.weekly[0]),
                        rules=str(tables.version), rates_policy=str(policy),
                        # Strict (not given): nothing is held or uprated; the assumptions are those of the policy given.
                        assumptions=() if rates_after is None else _assumptions(tables, household, on),
                        # What the estimate assumes that may change it (estimate caveats: e.g. Blind Person's Allowance's test).
                        totals_notes=_totals_notes(household, claims, diff, on) + est.caveats)


def _ctr_action(h: Household, f: Finding) -> str:
    """What to do about Council Tax Reduction (:data:`CTR_ACTIONS`, by
    nation); where the council's own working-age scheme is not shipped (a
    check-needed finding), the council named and what to ask it (since
    2026-12-08, qa-adv10: the finding said only "the council that sends the
    council tax bill")."""
    if f.certainty == "check_needed" and h.local_authority and "working-age scheme for" in f.question:
        from ..benefits.council_tax_areas import default_authorities

        name = default_authorities().authority(h.local_authority).name
        return (f"Claim Council Tax Reduction from {name} council, which sends the council tax bill and works the "
                f"reduction out under its own working-age scheme (LGFA 1992 s 13A(2)): apply to it, and ask it for the "
                f"scheme (or its calculator) to see the amount, which the library cannot work out.")
    return CTR_ACTIONS[h.nation]


def _band_reduction_finding(h: Household, diff: Differences) -> list[Finding]:
    """The disabled band reduction to ask about (``_differences.band_reduction_rows``): valued as the council tax
    still to pay a week after Council Tax Reduction (every claim the check finds made) without it less with it;
    nil where that reduction already meets the bill, and said; before any reduction where it could not be worked
    out, and said."""
    from .candidates import BAND_REDUCTION_LAW

    applies, w, m, a = diff.values["disabled_band_reduction"]
    if not applies[0]:
        return []
    c = candidate("disabled_band_reduction")
    ct = diff.full.council_tax
    first = lambda x: int(np.asarray(x).ravel()[0])  # noqa: E731
    weekly = int(w[0])
    if first(ct.ctr_status) != 1:
        note = ("Valued before Council Tax Reduction, which could not be worked out here: the council tax a week "
                "in the band below less the band's own; a reduction would take part of that, or all of it.")
    elif weekly == 0 and first(ct.to_pay_weekly):
        note = ("Worth nothing now: Council Tax Reduction (with every claim found made) is paid in either band and "
                "falls by what the band below takes off, leaving the same to pay; it counts if income rises and the "
                "reduction stops.")
    elif weekly == 0:
        note = ("Worth nothing now: Council Tax Reduction (with every claim found made) meets the whole bill in "
                "either band, so there is nothing left to pay either way; it counts if income rises or the "
                "reduction stops.")
    else:
        note = ("Valued as the council tax still to pay a week after Council Tax Reduction (with every claim found "
                f"made): {format_pounds(first(ct.to_pay_weekly))} in the band, "
                f"{format_pounds(first(ct.to_pay_weekly) - weekly)} with the band below charged.")
    return [Finding(id=c.id, what=c.what, benefit=c.benefit, certainty=c.certainty, question=c.question,
                    weekly=weekly, monthly=int(m[0]), annual=int(a[0]), action=c.action,
                    legal_basis=BAND_REDUCTION_LAW[h.nation], notes=(note,))]


def _smi_finding(h: Household, diff: Differences) -> list[Finding]:
    """The severely mentally impaired disregard or exemption to ask about (``_differences.smi_rows``), valued as
    the council tax still to pay a week after Council Tax Reduction (every claim found made) as it is less with one
    more resident disregarded, or all of it where the home would be exempt (class U); said which."""
    applies, w, m, a = diff.values["severely_mentally_impaired"]
    if not applies[0]:
        return []
    c = candidate("severely_mentally_impaired")
    ct = diff.full.council_tax
    first = lambda x: int(np.asarray(x).ravel()[0])  # noqa: E731
    weekly = int(w[0])
    # Living alone: the residents the engine counts (an adult, non-dependants of 18 or over, a lodger) are one.
    alone = len(h.adults) == 1 and not (h.housing and (any(nd.age >= 18 for nd in h.housing.non_dependants)
                                                       or h.housing.lodger_payment_weekly))
    basis = ("after Council Tax Reduction (with every claim found made)" if first(ct.ctr_status) == 1 else
             "before Council Tax Reduction, which could not be worked out here")
    if alone:
        note = (f"Living alone, the home would be exempt (SI 1992/558 class U: occupied only by the severely mentally "
                f"impaired, who would be liable): worth the whole council tax still to pay, {format_pounds(weekly)} "
                f"a week {basis}.")
    else:
        note = (f"One more resident disregarded raises the discount (LGFA 1992 s 11(1)-(2): 25% where one resident "
                f"is not disregarded, 50% where none is): {format_pounds(weekly)} a week less to pay {basis}; where "
                "everyone living there is so impaired, the home is exempt instead (SI 1992/558 class U).")
    if weekly == 0:
        note += " Worth nothing now: Council Tax Reduction takes up the change; it counts if it stops."
    return [Finding(id=c.id, what=c.what, benefit=c.benefit, certainty=c.certainty, question=c.question,
                    weekly=weekly, monthly=int(m[0]), annual=int(a[0]), action=c.action,
                    legal_basis=c.legal_basis, notes=(note,))]


def _applicant_advice(h: Household, findings: list[Finding], *, on: dt.date, tables) -> list[Finding]:
    """For a mixed-age couple with no Universal Credit, which of them should
    apply for Council Tax Reduction (:mod:`entitlements.ctr_applicant`):
    both choices worked out where the law lets the couple choose (England,
    Wales), the older partner where it does not (Scotland).

    Where the other partner applying gives more than the household's result
    (the applicant it names, or the older partner where it names none), a
    finding ``council_tax_reduction_applicant`` worth the difference (each
    reduction with every claim made, as the estimate works it out); else the
    comparison is a note on the Council Tax Reduction finding, where there is
    one (a reduction claimed now is not a finding; the estimate's working
    sheet says the same)."""
    from ..ctr_applicant import CHOICE_LAW, SCHEME_LAW, SCOTLAND_FIXED_LAW, applicant_choice

    choice = applicant_choice(h, on=on, tables=tables)
    if choice is None:
        return findings
    advice = choice.advice()
    other = 3 - choice.taken
    if choice.better == other:
        d = int(choice.difference_weekly)
        better, now = choice.option(other), choice.option(choice.taken)
        who = _who(h, other)
        question = ("" if choice.given else "The household does not say which of the couple applies: the older "
                    "partner was taken to; say who applies (applicant, --applicant).")
        extra = Finding(
            id="council_tax_reduction_applicant",
            what=f"Council Tax Reduction: {who} (adult {other}) to apply, not adult {choice.taken}",
            benefit="council_tax_reduction", certainty="claim_needed", question=question,
            weekly=d, monthly=int(weekly_to_monthly(d)), annual=d * 52,
            action=(f"Apply for Council Tax Reduction (or ask the council to change the applicant) in the name of "
                    f"adult {other}, {better.scheme_words}: {format_pounds(int(better.reduction_weekly))} a week "
                    f"against {format_pounds(int(now.reduction_weekly))} with adult {choice.taken} applying, "
                    f"{now.scheme_words}. The couple choose which of them applies."),
            legal_basis=(CHOICE_LAW[choice.nation], SCHEME_LAW[choice.nation]),
            notes=(advice,))
        return findings + [extra]
    law = SCOTLAND_FIXED_LAW if not choice.choosable else CHOICE_LAW[choice.nation]
    return [attrs.evolve(f, notes=f.notes + (advice,),
                         legal_basis=f.legal_basis + ((law,) if law not in f.legal_basis else ()))
            if f.id == "council_tax_reduction" else f for f in findings]


def _totals_notes(h: Household, claims: Claims, diff: Differences, on: dt.date) -> tuple[str, ...]:
    """Why a benefit claimed now is in neither total: Council Tax Reduction the check cannot value."""
    from ..explain_hb_ctr import ctr_check_needed_text

    x = h.housing
    if claims.council_tax_reduction is not True or x is None or x.council_tax_band is None or not x.council_tax_liable:
        return ()
    c = diff.current.council_tax
    first = attrs.evolve(c, **{f.name: np.asarray(getattr(c, f.name)).ravel()[0] for f in attrs.fields(type(c))})
    if int(first.status) == 1 and int(first.ctr_status) == 1:
        return ()
    why = ctr_check_needed_text(first, h, on) or "it could not be worked out."
    return ("Council Tax Reduction is claimed now but in neither total: " + why,)


def _assumptions(rec, household: Household, on: dt.date) -> tuple:
    """What the check assumed about rates (as :func:`entitlements.estimate.estimate` says it)."""
    from ..estimate import _assumptions as estimate_assumptions

    return estimate_assumptions(rec, household, on)


#: :func:`check` under the name the top level serves it by
#: (``entitlements.benefit_check``): ``entitlements.check`` is the package.
benefit_check = check


#: :func:`check` under the name the top level serves it by
#: (``entitlements.benefit_check``): ``entitlements.check`` is the package.
benefit_check = check


def _check_people(h: Household, claims: Claims, circ: Circumstances) -> None:
    n = len(h.adults)
    for name in ("fit_note", "care_needs", "care_needs_day_and_night"):
        for a in getattr(circ, name):
            if a > n:
                raise InputError(f"circumstances.{name}", a, "1 for a single claimant")
    for a in circ.pip_descriptors:
        if a > n:
            raise InputError("circumstances.pip_descriptors", a, "1 for a single claimant")
    for c in circ.children_care_needs:
        if isinstance(c, bool) or not isinstance(c, int) or not 1 <= c <= len(h.children):
            raise InputError("circumstances.children_care_needs", c, f"a child's number, 1 to {len(h.children)} (1 is the eldest)")
    if "carer_2" in claims.uc_elements_missing and n < 2:
        raise InputError("claims.uc_elements_missing", "carer_2", "carer_1 only, for a single claimant")
    for k in (1, 2):
        if f"carer_{k}" in claims.uc_elements_missing and k <= n:
            a = h.adults[k - 1]
            if not a.carer:
                raise InputError("claims.uc_elements_missing", f"carer_{k}", f"adult {k} a carer (carer=True) for the carer element to be missing")
            if a.claims_carers_allowance or a.carers_allowance_weekly:
                raise InputError("claims.uc_elements_missing", f"carer_{k}",
                                 "no carer element missing for someone who claims Carer's Allowance (UC includes it)")
    if "childcare" in claims.uc_elements_missing and not h.childcare_costs_monthly:
        raise InputError("claims.uc_elements_missing", "childcare", "childcare costs given (childcare_costs_monthly) for the element to be missing")


def arrears(benefit: str | None, weekly: int, *, on: dt.date, tables: Tables) -> tuple[int, str]:
    """What backdating allows on a claim made on ``on`` [pence] (the weekly
    value for each day from the earliest day to the day before the claim,
    a seventh a day, rounded half up), and the rule in words."""
    if benefit is None or weekly <= 0:
        return 0, ""
    from ..benefits.backdating import BENEFITS, backdating_limit, earliest_backdated_date

    amount, unit = backdating_limit(benefit, on=on, tables=tables)
    law = BENEFITS[benefit].law
    with_reason, _ = backdating_limit(benefit, True, on=on, tables=tables)
    if not amount:
        reason = BENEFITS[benefit].reason
        why = {"listed_circumstances": "one of the listed circumstances"}.get(reason, reason.replace("_", " "))
        span = f"{with_reason} {unit[:-1] if with_reason == 1 else unit}"
        extra = f"; up to {span} if {why} applies" if with_reason else ""
        return 0, f"no backdating ({law}){extra}"
    days = (on - earliest_backdated_date(benefit, on=on, tables=tables)).days
    return int(divide_half_up(days * weekly, 7)), f"{amount} {unit} back, {days} days ({law})"


def _claim_findings(h: Household, claims: Claims, diff: Differences, *, on: dt.date, tables: Tables) -> list[Finding]:
    """The claims the facts support that are not made (the values of ``diff``)."""
    from ._scenarios import claim_scenario

    out = []
    full = diff.full
    for cid, (applies, w, m, a) in diff.values.items():
        if not applies[0] or cid not in _CLAIM_IDS:
            continue
        c = named_candidate(cid, bool(carer_support_payment_named(cid, h.nation == "scotland", on)))
        adult = int(cid[-1]) if cid[-1] in "12" else None
        notes: list[str] = []
        if c.id == "carers_allowance":
            if np.asarray(full.carers_allowance_entitlement[adult - 1])[0] <= 0:
                continue  # earnings over the limit: no entitlement, nothing found
            rate = int(np.asarray(full.carers_allowance_entitlement[adult - 1])[0])
            if int(w[0]) <= 0:  # taken back in full, and more where means-tested help counts it as income
                worse = (f"leaves the household {format_pounds(-int(w[0]))} a week worse off" if int(w[0]) < 0
                         else "leaves the household no better off")
                notes.append(f"Claiming the {format_pounds(rate)} a week {worse}: Universal Credit (or Pension "
                             "Credit, or an overlapping benefit) takes it all back, and Housing Benefit or Council Tax "
                             "Reduction counting it as income can take more; it still gives National Insurance "
                             "credits and an underlying entitlement: weigh both before claiming.")
            elif int(w[0]) < rate:
                notes.append("Universal Credit (or Pension Credit, or an overlapping benefit) takes most of it back: "
                             f"the household gains {format_pounds(int(w[0]))} a week, not the "
                             f"{format_pounds(rate)} rate; "
                             "claiming still gives National Insurance credits and an underlying entitlement.")
        elif int(a[0]) <= 0 and int(w[0]) <= 0 and c.id != "child_benefit":
            continue
        if c.id == "child_benefit":
            charge = int(np.asarray(full.high_income_child_benefit_charge)[0])
            if charge > 0:
                notes.append(f"High Income Child Benefit Charge {format_pounds(charge)} for the tax year taken off the "
                             "annual value (ITEPA 2003 s 681C); claim even so, to protect National Insurance credits.")
        what = c.what.format(who=_who(h, adult)) if adult else c.what
        certainty, question = c.certainty, ""
        if c.id in ("housing_benefit", "council_tax_reduction") and getattr(claims, c.id) is None:
            certainty, question = "check_needed", c.question  # not asked: it may be paid already
        backdating = c.backdating
        if c.id == "housing_benefit" and bool(np.asarray(full.universal_credit_payable)[0]):
            backdating = "housing_benefit_working_age"
        arr, rule = arrears(backdating, int(w[0]), on=on, tables=tables)
        if cid in MONTHLY_FINDINGS:
            basis = "monthly x 12"
        elif int(a[0]) != int(w[0]) * 52:
            basis = ("weekly x 52, less the High Income Child Benefit Charge" if c.id == "child_benefit"
                     else "weekly x 52, less the rent-free weeks")
        else:
            basis = "weekly x 52"
        out.append(Finding(annual_basis=basis, id=cid, what=what, benefit=c.benefit, certainty=certainty, question=question, weekly=int(w[0]),
                           monthly=int(m[0]), annual=int(a[0]), action=c.action, legal_basis=c.legal_basis,
                           arrears=arr, backdating=rule, passports=c.passports, notes=tuple(notes),
                           scenario=claim_scenario(cid, h, int(w[0]), on=on, tables=tables)))
    return out


_CLAIM_IDS = ("universal_credit", "pension_credit", "scottish_child_payment", "housing_benefit", "council_tax_reduction",
              "child_benefit", "carers_allowance_1",
              "carers_allowance_2", "uc_carer_element_1", "uc_carer_element_2", "uc_childcare_element")

# Referenced by the assessments module (kept here: the wording of a person).
WHO = _who
RATES = {"pip": PIP_RATES, "aa": AA_RATES}
