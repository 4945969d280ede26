"""The PIP points test: daily living and mobility components.

Legal basis: Social Security (Personal Independence Payment) Regulations 2013
(SI 2013/377):

* Sch 1 Part 2 (daily living activities 1-10) and Part 3 (mobility activities
  1-2): the descriptors and their points (``rules/schedules/pip/``);
* reg 7: where more than one descriptor of an activity applies, the one with
  the higher score counts (the 50%-of-days rules that decide *whether* a
  descriptor applies are for the caller);
* reg 5 (daily living) and reg 6 (mobility): 8 points or more gives the
  standard rate and 12 points or more the enhanced rate of the component;
* reg 24, as uprated each year: the weekly rates (``rules/pip/rates.toml``).

As for the WCA (:mod:`.wca`), two different descriptors of one activity may be
given (the higher counts, the other is reported as not counted); the same code
twice, or a code given for the wrong component, is an error.

Adult Disability Payment (Scotland)
-----------------------------------
ADP (Disability Assistance for Working Age People (Scotland) Regulations 2022,
SSI 2022/54) replaced PIP for people living in Scotland. What this module
shares with it, and where it differs, as far as the sources read show:

* the same: the activities, descriptors and points of Sch 1 Parts 2 and 3
  (the Scottish decision-making guide lists the same six levels for daily
  living activity 5, and pipinfo.net points to SSI 2022/54 Sch 1 for the same
  descriptors); the 8 and 12 point thresholds; the weekly amounts so far
  (gov.scot up-rating reports to 2025/26; 2026/27 not verified), so
  ``assess_pip(..., on=...)`` gives the ADP amounts for those years;
* different: terminal illness is a clinician's judgement with no time limit
  (PIP: death reasonably expected within 12 months); ADP is decided by Social
  Security Scotland, with consultations instead of routine face-to-face
  assessments, and its own rules on the required period, short-term assistance
  and awards; PIP mobility activity 1 descriptors c, d and f were changed in
  2017 (SI 2017/194) but the change was quashed ([2017] EWHC 3375 (Admin)), so
  PIP and ADP read alike today. Since April 2024 the GB Up-rating Orders raise
  PIP (and DLA, AA) in England and Wales only; Scottish orders uprate the rest.
  Use separate tables (an overlay) if the ADP amounts ever part from PIP's.

>>> r = assess_pip(daily_living=["dl.1e", "dl.4c", "dl.9b"], mobility=["mob.2d"])
>>> r.daily_living.total, r.daily_living.award, r.mobility.total, r.mobility.award
(8, 'standard', 10, 'standard')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ..errors import InputError
from .descriptors import Schedules, codes_once, default_schedules

__all__ = ["AWARDS", "PipActivityScore", "ComponentScore", "PipAssessment", "assess_pip"]

#: Awards, lowest first.
AWARDS = ("none", "standard", "enhanced")
_SCHEDULE = {"daily_living": "pip.daily_living", "mobility": "pip.mobility"}
_REG = {"daily_living": "PIP Regs 2013 (SI 2013/377) reg 5", "mobility": "PIP Regs 2013 (SI 2013/377) reg 6"}


@attrs.frozen
class PipActivityScore:
    """One activity's points: the descriptor counted, and any others given that did not count (reg 7)."""

    activity: str  # e.g. "dl.1"
    name: str
    descriptor: str  # the counted descriptor
    points: int
    not_counted: tuple[str, ...] = ()


@attrs.frozen
class ComponentScore:
    """One component's points, award and (if a date was given) weekly amount."""

    component: str  # "daily_living" or "mobility"
    activity_scores: tuple[PipActivityScore, ...]
    total: int
    award: str  # "none", "standard" or "enhanced"
    reference: str
    weekly_amount: int | None = None  # pence a week; 0 for no award
    amount_source: str | None = None

    def points_by_activity(self) -> dict[str, int]:
        return {s.activity: s.points for s in self.activity_scores}


@attrs.frozen
class PipAssessment:
    """Both components scored (SI 2013/377 regs 5-6), with the weekly amounts where a date was given."""

    daily_living: ComponentScore
    mobility: ComponentScore
    on: dt.date | None = None

    @property
    def weekly_total(self) -> int | None:
        """Both components together, pence a week (None without a date)."""
        if self.daily_living.weekly_amount is None or self.mobility.weekly_amount is None:
            return None
        return self.daily_living.weekly_amount + self.mobility.weekly_amount

    def explain(self, *, width: int | None = None) -> str:
        """The scores as lines of text, for an adviser (``width``: wrapped to
        that many characters; None, one line each; nothing is cut)."""
        from ..wrapping import wrap, wrap_row

        lines = ["Personal independence payment" + (f" on {self.on.isoformat()}" if self.on else "")]
        names = [s.name for c in (self.daily_living, self.mobility) for s in c.activity_scores]
        name_w = max([len(n) for n in names] + [10]) if width is None else 0
        for c in (self.daily_living, self.mobility):
            amount = "" if c.weekly_amount is None else f", £{c.weekly_amount // 100}.{c.weekly_amount % 100:02d} a week"
            head = f"{c.component.replace('_', ' ')}: {c.total} points, {c.award}{amount} [{c.reference}]"
            lines += [f"  {head}"] if width is None else wrap(head, width, indent="  ", subsequent="      ")
            tails = [f"{s.descriptor:<8} {s.points:>2}" + (f" (not counted: {', '.join(s.not_counted)})" if s.not_counted else "")
                     for s in c.activity_scores]
            for s, tail in zip(c.activity_scores, tails):
                lines += wrap_row(f"    {s.activity:<7} ", f"{s.name:<{name_w}}", f"{tail:<{max(map(len, tails))}}", width)
        return "\n".join(lines)


def assess_pip(
    daily_living: Iterable[str] = (),
    mobility: Iterable[str] = (),
    *,
    on: dt.date | None = None,
    tables=None,
    schedules: Schedules | None = None,
) -> PipAssessment:
    """Score the PIP activities and decide each component's award.

    ``daily_living`` and ``mobility``: descriptor codes found to apply
    (``"dl.1f"``, ``"mob.2e"``). ``on``: a day in the benefit week, to add the
    weekly amounts from ``pip.rates`` (and to check the schedules are in force).
    """
    sch = schedules if schedules is not None else default_schedules()
    if on is not None:
        for sid in _SCHEDULE.values():
            sch.schedule(sid).check_in_force(on)
    rates = None
    source = None
    if on is not None:
        from ..tables import default_tables

        t = tables if tables is not None else default_tables()
        rates = t.at("pip.rates", on)
        source = t.source("pip.rates", on)
    comps = {}
    for component, codes in (("daily_living", daily_living), ("mobility", mobility)):
        comps[component] = _component(sch, component, codes, rates, source)
    return PipAssessment(daily_living=comps["daily_living"], mobility=comps["mobility"], on=on)


def _component(sch: Schedules, component: str, codes, rates, source) -> ComponentScore:
    schedule = sch.schedule(_SCHEDULE[component])
    by_activity: dict[str, list] = {}
    for code in codes_once(codes, component, "dl.1f"):
        d = sch.descriptor(code, field=component, among=_SCHEDULE.values())
        if d.schedule != schedule.id:
            other = next(k for k, v in _SCHEDULE.items() if v == d.schedule)
            raise InputError(component, code, f"a {component.replace('_', ' ')} descriptor ({code} belongs to {other})")
        by_activity.setdefault(d.activity, []).append(d)
    order = {a.code: a for a in schedule.activities}
    scores = []
    for act_code in sorted(by_activity, key=lambda c: order[c].number):
        found = sorted(by_activity[act_code], key=lambda d: (-d.points, d.code))
        scores.append(PipActivityScore(activity=act_code, name=order[act_code].name, descriptor=found[0].code,
                                       points=found[0].points, not_counted=tuple(d.code for d in found[1:])))
    total = sum(s.points for s in scores)
    if total >= schedule.threshold("enhanced"):
        award = "enhanced"
    elif total >= schedule.threshold("standard"):
        award = "standard"
    else:
        award = "none"
    amount = None
    if rates is not None:
        amount = 0 if award == "none" else rates[f"{component}_{award}"]
    return ComponentScore(component=component, activity_scores=tuple(scores), total=total, award=award,
                          reference=f"{_REG[component]}, Sch 1 Part {2 if component == 'daily_living' else 3}",
                          weekly_amount=amount, amount_source=source if rates is not None else None)
