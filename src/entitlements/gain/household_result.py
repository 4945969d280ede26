"""The income gain of one household as a result: :class:`Gain`, with each
assessment period's Universal Credit before and after (:class:`PeriodGain`)
and each benefit an outcome brings in its own right (:class:`BenefitLine`).

One job: hold the figures :func:`entitlements.gain.household.income_gain`
works out and show them (``to_dict``, ``render``, a notebook's card). The
names are importable from :mod:`entitlements.gain.household` too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..display import html_card, short_repr
from ..explain import uk_date
from ..money import format_pounds
from ..rates_policy import RateAssumption
from ..tables import RulesVersion
from ..wrapping import wrap_lines
from .outcomes import Scenario
from .probability import Probability, weighted

__all__ = ["PeriodGain", "BenefitLine", "Gain"]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


@attrs.frozen
class PeriodGain:
    """One assessment period: Universal Credit before and after [pence]."""

    number: int  # 0 for the first of the award (in JSON and in text: 1 for the first)
    start: dt.date
    end: dt.date
    before: int
    after: int
    phases: tuple[str, ...]  # each outcome's phase
    arrears: bool  # ends before the decision: paid as arrears
    projected: bool  # inside the projection horizon

    @property
    def gain(self) -> int:
        return self.after - self.before

    def to_dict(self) -> dict[str, Any]:
        # Numbered from 1 as the text numbers them ("period 4 of the award").
        return {"number": self.number + 1, "start": _iso(self.start), "end": _iso(self.end), "before_pence": self.before,
                "after_pence": self.after, "gain_pence": self.gain, "phases": list(self.phases),
                "arrears": self.arrears, "projected": self.projected}


@attrs.frozen
class BenefitLine:
    """A benefit an outcome brings in its own right [pence]."""

    benefit: str
    weekly: int  # in force when the outcome is in payment
    projected: int  # over the projection window
    arrears: int  # before the decision's assessment period
    source: str
    #: What the annual gain counts on top of the weekly amount by the convention: a Scottish carer's supplements due
    #: in the year where the recurring gain is measured before 15 March 2026 (entitlements.gain._supplements).
    annual_due: int = 0
    #: Weeks a year the line is not paid: Housing Benefit in the rent-free weeks (SI 2006/214 reg 62(3)(a)); the
    #: projection and arrears already count (52 - these) / 52 of their days, and the annual gain leaves them out.
    rent_free_weeks: int = 0

    @property
    def lump_sums(self) -> bool:
        """Whether the benefit is paid in lump sums, not weekly (Carer's Allowance Supplement)."""
        return self.benefit == "carers_allowance_supplement"

    def to_dict(self) -> dict[str, Any]:
        return {"benefit": self.benefit, "weekly_pence": self.weekly, "projected_pence": self.projected,
                "arrears_pence": self.arrears, **({"annual_due_pence": self.annual_due} if self.annual_due else {}),
                **({"rent_free_weeks": self.rent_free_weeks} if self.rent_free_weeks else {}), "source": self.source}


# Long because: a result class: 24 fields, four totals and its views (to_dict, render, repr, HTML), none over 45
# lines; the views read the fields, so they stay beside them.
@attrs.frozen
class Gain:
    """The income gain of a scenario. Money in pence; every figure's basis
    is in ``assumptions``."""

    scenario: Scenario
    convention: str
    horizon_months: int
    projection_from: str
    recurring_from: dt.date | None  # the assessment period the recurring gain is measured in
    recurring_monthly: int  # UC after - before in that period
    recurring_weekly: int  # its weekly equivalent (x 12 / 52)
    benefit_lines: tuple[BenefitLine, ...]
    annual: int  # UC and the other benefits, by the convention
    periods: tuple[PeriodGain, ...]
    projection_start: dt.date
    projection_end: dt.date
    projected_uc: int
    arrears_uc: int
    lump_sum: int
    debt_written_off: int
    probability: Probability
    gp_appointments_saved_a_year: int
    confirmed: bool
    assumptions: tuple[str, ...]
    rules: RulesVersion
    notes: tuple[str, ...] = ()  # what the figures alone do not say (e.g. why LCW is worth £0)
    rates_policy: str = "hold"  # what a date past the tables' end does (entitlements.rates_policy)
    rate_assumptions: tuple[RateAssumption, ...] = ()  # the tables read past their end (or announced), and when
    #: No one in the household can be paid Universal Credit over the whole gain (past the qualifying age for Pension
    #: Credit): the gain is in weekly benefits, and said so (weeks, not Universal Credit's assessment periods).
    pension_age: bool = False

    @property
    def recurring_weekly_total(self) -> int:
        """UC weekly equivalent and the weekly benefits together [pence/week]."""
        return self.recurring_weekly + sum(b.weekly for b in self.benefit_lines)

    @property
    def projected(self) -> int:
        """UC and the other benefits over the projection window [pence]."""
        return self.projected_uc + sum(b.projected for b in self.benefit_lines)

    @property
    def arrears(self) -> int:
        """Arrears of UC and the other benefits [pence]."""
        return self.arrears_uc + sum(b.arrears for b in self.benefit_lines)

    @property
    def one_off(self) -> int:
        """Arrears and lump sums (debts written off are a separate line) [pence]."""
        return self.arrears + self.lump_sum

    def weighted(self, amount: int) -> int:
        return weighted(amount, self.probability.value)

    def to_dict(self) -> dict[str, Any]:
        p = self.probability
        return {
            "scenario": {
                "name": self.scenario.name,
                "claim_start": _iso(self.scenario.claim_start),
                "outcomes": [o.to_dict() for o in self.scenario.outcomes],
            },
            "confirmed": self.confirmed,
            "recurring": {
                "from_assessment_period": _iso(self.recurring_from),
                "uc_monthly_pence": self.recurring_monthly,
                "uc_weekly_pence": self.recurring_weekly,
                "weekly_total_pence": self.recurring_weekly_total,
                "benefits": [b.to_dict() for b in self.benefit_lines],
            },
            "annual": {"convention": self.convention, "pence": self.annual, "weighted_pence": self.weighted(self.annual)},
            "projection": {
                "horizon_months": self.horizon_months,
                "from": self.projection_from,
                "start": _iso(self.projection_start),
                "end": _iso(self.projection_end),
                "uc_pence": self.projected_uc,
                "total_pence": self.projected,
                "weighted_pence": self.weighted(self.projected),
            },
            "one_off": {
                "arrears_pence": self.arrears,
                "arrears_uc_pence": self.arrears_uc,
                "lump_sum_pence": self.lump_sum,
                "debt_written_off_pence": self.debt_written_off,
                "weighted_arrears_pence": self.weighted(self.arrears),
            },
            "probability": {"value": float(p.value), "fraction": str(p.value), "source": p.source, "detail": p.detail},
            "gp_appointments_saved_a_year": self.gp_appointments_saved_a_year,
            "periods": [x.to_dict() for x in self.periods],
            "assumptions": list(self.assumptions),
            "notes": list(self.notes),
            "rates_policy": self.rates_policy,
            "rate_assumptions": [a.to_dict() for a in self.rate_assumptions],
            "rules": {"release": self.rules.release, "content_hash": self.rules.content_hash, "overlays": list(self.rules.overlays)},
        }

    def render(self, *, width: int | None = None) -> str:
        """A short plain-text statement for an adviser (``width``: wrapped to
        that many characters, never inside a word or a citation)."""
        return wrap_lines(self._render(), width)

    def __repr__(self) -> str:
        kind = "confirmed" if self.confirmed else f"predicted, chance {float(self.probability.value):.0%}"
        name = f"{self.scenario.name}: " if self.scenario.name else ""
        return short_repr("Gain", f"{name}annual income gain {format_pounds(self.annual)} ({kind}); "
                          f"arrears {format_pounds(self.arrears)}; {self.rules}")

    def _repr_html_(self) -> str:
        """A notebook's view: the headline figures, then each benefit the outcome brings with its source."""
        p = self.probability
        if self.pension_age:
            recurring = ("Recurring", f"{format_pounds(self.recurring_weekly_total, sign=True)} a week",
                         f"from {uk_date(self.recurring_from)}" if self.recurring_from else "")
        else:
            recurring = ("Recurring Universal Credit", f"{format_pounds(self.recurring_monthly, sign=True)} a month",
                         f"from the assessment period beginning {uk_date(self.recurring_from)}" if self.recurring_from else "")
        head = [("Status", "confirmed" if self.confirmed else "predicted", ""),
                (f"Annual income gain ({self.convention.replace('_', ' ')})", format_pounds(self.annual), ""),
                recurring,
                (f"Projected over {self._horizon()}", format_pounds(self.projected),
                 f"from {uk_date(self.projection_start)}"),
                ("Arrears (one-off)", format_pounds(self.arrears), ""),
                ("Lump sums (one-off)", format_pounds(self.lump_sum), ""),
                ("Debts written off", format_pounds(self.debt_written_off), "")]
        if p.value != 1:
            head.append((f"Chance of success {float(p.value):.0%}: annual, weighted", format_pounds(self.weighted(self.annual)),
                         f"{p.source}: {p.detail}" if p.detail else str(p.source)))
        lines = [("+", b.benefit.replace("_", " ").capitalize() + (" in the year (lump sums)" if b.lump_sums else
                                                                    " a week"),
                  format_pounds(b.annual_due if b.lump_sums else b.weekly), b.source,
                  f"projected {format_pounds(b.projected)}, arrears {format_pounds(b.arrears)}") for b in self.benefit_lines]
        title = "Income gain" + (f": {self.scenario.name}" if self.scenario.name else "")
        return html_card(title, head, lines, lines_caption="Benefits the outcome brings in their own right" if lines else "",
                         notes=[*self.notes, *self.assumptions], footer=str(self.rules))

    def _horizon(self) -> str:
        """The projection's length in the words of the benefits counted."""
        return f"{self.horizon_months} {'months' if self.pension_age else 'assessment periods'}"

    def _render(self) -> str:
        lines = [
            f"Income gain{': ' + self.scenario.name if self.scenario.name else ''} "
            f"({'confirmed' if self.confirmed else 'predicted'})",
        ]
        if self.pension_age:  # weekly benefits only: no Universal Credit, no assessment period
            lines.append(f"  Recurring: {format_pounds(self.recurring_weekly_total, sign=True)} a week from "
                         f"{uk_date(self.recurring_from) if self.recurring_from else '-'}")
        else:
            lines.append(f"  Recurring: UC {format_pounds(self.recurring_monthly, sign=True)} a month "
                         f"({format_pounds(self.recurring_weekly, sign=True)} a week) from the assessment period "
                         f"beginning {uk_date(self.recurring_from) if self.recurring_from else '-'}")
        for b in self.benefit_lines:
            if b.lump_sums:
                lines.append(f"             {b.benefit.replace('_', ' ')} {format_pounds(b.annual_due, sign=True)} "
                             f"a year in lump sums (projected {format_pounds(b.projected)})")
                continue
            lines.append(f"             {b.benefit.replace('_', ' ')} {format_pounds(b.weekly, sign=True)} a week")
        lines.append(f"  Annual income gain ({self.convention.replace('_', ' ')}): {format_pounds(self.annual)}")
        to = f" to {uk_date(self.projection_end)}" if self.pension_age else ""
        lines.append(f"  Projected over {self._horizon()} from {uk_date(self.projection_start)}{to}: "
                     f"{format_pounds(self.projected)}")
        lines.append(f"  One-off: arrears {format_pounds(self.arrears)}, lump sums {format_pounds(self.lump_sum)}; "
                     f"debts written off {format_pounds(self.debt_written_off)}")
        if self.probability.value != 1:
            lines.append(f"  Weighted by the chance of success {float(self.probability.value):.0%}: annual "
                         f"{format_pounds(self.weighted(self.annual))}")
        lines.extend(f"  Note: {n}" for n in self.notes)
        lines.append(f"  Assumptions: {self.assumptions[0]}" if self.assumptions else "")
        lines.extend(f"    {x}" for x in self.assumptions[1:])
        lines.append(f"  Rules: {self.rules}")
        if self.gp_appointments_saved_a_year:
            lines.append(f"  GP appointments saved: about {self.gp_appointments_saved_a_year} a year")
        return "\n".join(lines)
