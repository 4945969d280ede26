"""The work capability assessment for Universal Credit: LCW and LCWRA.

Legal basis (Universal Credit Regulations 2013, SI 2013/376):

* reg 39(3)-(4), Sch 6: limited capability for work (LCW) on the descriptors
  needs 15 points or more from Part 1 (physical), Part 2 (mental), or the two
  combined; only the highest-scoring descriptor of each activity counts.
* reg 40(2)-(3), Sch 7: limited capability for work and work-related activity
  (LCWRA) on the descriptors if any one Sch 7 descriptor applies.
* reg 39(6), Sch 8 and reg 40(5), Sch 9: the "treated as" circumstances. The
  substantial-risk paragraphs (Sch 8 para 4, Sch 9 para 4) count only where the
  claimant does not otherwise have LCW / LCWRA (reg 39(7), 40(6)).
* reg 41(2)-(3): the earnings bar. Where monthly earnings are at or above 16
  hours at the national minimum wage (reg 4 NMW Regs 2015 rate) x 52 / 12, no
  assessment may be carried out (unless the claimant gets AA, DLA or PIP, or it
  reviews an earlier LCW/LCWRA determination) and the claimant is treated as
  not having LCW unless treated as having LCW or LCWRA under Sch 8 or 9.

A claimant with LCWRA also has LCW (the outcome ``"lcwra"`` implies it).

What the caller says, and how it is checked
-------------------------------------------
``descriptors`` are codes from the schedule files (``"lcw.1a"``, ``"lcwra.15c"``).

A Sch 6 descriptor worded as a Sch 7 descriptor is the same finding of fact:
where it applies, the Sch 7 descriptor applies, and reg 40(2)(a) ("at least
one of the descriptors set out in Schedule 7 applies to the claimant") gives
LCWRA. An adviser who copies the Sch 6 descriptors from a WCA report gets
LCWRA, with the reason naming both (:data:`SCH6_SAME_AS_SCH7`). The pairs were
checked word by word in SI 2013/376 Schs 6 and 7 (legislation.gov.uk revised
text): 1(a)/1, 2(a)/2, 3(a)/3, 4(a)/4, 5(a)/5, 6(a)/6, 7(a)/7, 11(a)/9,
12(a)/10, 13(a)/11, 14(a)/12, 16(a)/13 and 17(a)/14. Three of them differ
only in that the Sch 7 text adds "due to cognitive impairment or mental
disorder" (9, 10 and 12); a Part 2 descriptor of Sch 6 must already arise
"from a specific mental illness or disablement" (reg 39(4)(b)), the ground
reg 40(3)(b) requires of Sch 7 descriptors 9 to 14, so the finding is the
same. Not implied where the wording differs: Sch 6 9(a) is "at least once a
month", Sch 7 para 8 "at least once a week"; Sch 6 8, 10 and 15 and Sch 7 15
and 16 have no counterpart. An activity scored by points (``activity_points``)
implies the Sch 7 descriptor only where one descriptor alone gives that score
(15 points for activity 1 can only be 1(a); 15 for activity 5 may be 5(a) or
5(b), so it implies nothing and a note says so).

Decided, after issue 4 ("an activity scored twice is a clear error"):

* two *different* descriptors of one activity are allowed: an assessor often
  finds that more than one applies, and reg 39(4) says what happens then (only
  the higher counts). The lower one is reported as not counted.
* the *same* descriptor code twice is an error: it is a slip, not a finding.
* ``activity_points`` lets a caller give a score per activity (as a decision
  letter does) instead of a descriptor. The same activity scored twice there,
  or scored there *and* through a descriptor, is an error; so is a score that
  no descriptor of that activity gives.

>>> import datetime as dt
>>> r = assess_wca(["lcw.1c", "lcw.11c"], on=dt.date(2026, 5, 1))
>>> r.outcome, r.physical_points, r.mental_points, r.total_points, r.route.detail
('lcw', 9, 6, 15, 'physical and mental points combined: 9 + 6 = 15')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from ..errors import InputError
from ..money import divide_half_up
from .descriptors import Schedules, codes_once, default_schedules

__all__ = [
    "OUTCOMES",
    "LCW_SCHEDULE",
    "LCWRA_SCHEDULE",
    "EarningsBar",
    "ActivityScore",
    "Route",
    "WcaResult",
    "assess_wca",
    "SCH6_SAME_AS_SCH7",
    "earnings_bar_threshold",
    "earnings_bar_threshold_on",
]

#: Outcomes, weakest first.
OUTCOMES = ("none", "lcw", "lcwra")
LCW_SCHEDULE = "wca.schedule6"
LCWRA_SCHEDULE = "wca.schedule7"
LCW_TREATED = "wca.schedule8"
LCWRA_TREATED = "wca.schedule9"
_REGS = "UC Regs 2013 (SI 2013/376)"

#: Sch 6 descriptors worded as a Sch 7 descriptor (SI 2013/376 Schs 6 and 7,
#: read pair by pair): where the Sch 6 one applies, so does the Sch 7 one.
SCH6_SAME_AS_SCH7 = {
    "lcw.1a": "lcwra.1",  # mobilising 50 metres
    "lcw.2a": "lcwra.2",  # moving between seated positions
    "lcw.3a": "lcwra.3",  # reaching: top pocket of a coat or jacket
    "lcw.4a": "lcwra.4",  # a 0.5 litre carton
    "lcw.5a": "lcwra.5",  # a button or the pages of a book
    "lcw.6a": "lcwra.6",  # conveying a simple message
    "lcw.7a": "lcwra.7",  # understanding a simple message (sensory)
    "lcw.11a": "lcwra.9",  # learning a simple task
    "lcw.12a": "lcwra.10",  # awareness of hazard, supervision most of the time
    "lcw.13a": "lcwra.11",  # two sequential personal actions
    "lcw.14a": "lcwra.12",  # coping with any change
    "lcw.16a": "lcwra.13",  # social contact always precluded
    "lcw.17a": "lcwra.14",  # aggressive or disinhibited behaviour daily
}


def earnings_bar_threshold(hourly_rate: int) -> int:
    """The reg 41(3) threshold in pence a month: 16 hours at ``hourly_rate``
    (pence an hour, the reg 4 NMW Regs 2015 rate), x 52 / 12, rounded to the
    nearest penny by reg 6(1).

    >>> earnings_bar_threshold(1271)   # £12.71 an hour: 16 x 12.71 x 52 / 12 = £881.226...
    88123
    """
    if isinstance(hourly_rate, bool) or not isinstance(hourly_rate, int) or hourly_rate <= 0:
        raise InputError("hourly_rate", hourly_rate, "a whole number of pence an hour above 0")
    return divide_half_up(16 * hourly_rate * 52, 12)


def earnings_bar_threshold_on(on: dt.date, tables=None, *, table_id: str = "uc.national_living_wage",
                              key: str | None = None) -> int:
    """The reg 41(3) threshold (pence a month) on ``on``, from the national
    living wage table (``rules/uc/national_living_wage.toml``).

    If that table is keyed, name the key of the reg 4 NMW Regs 2015 rate (the
    national living wage). If the table is not there, pass the hourly rate to
    :func:`earnings_bar_threshold` instead.
    """
    from ..tables import default_tables

    tables = tables if tables is not None else default_tables()
    value = tables.at(table_id, on, key) if key is not None else tables.at(table_id, on)
    if isinstance(value, dict):
        raise InputError("key", key, f"one of the keys of {table_id}: {', '.join(value)} (the reg 4 NMW rate)")
    return earnings_bar_threshold(int(value))


@attrs.frozen
class EarningsBar:
    """The facts of the earnings bar, UC Regs 2013 reg 41(2)-(3).

    ``monthly_earnings`` and ``threshold`` are pence a month (see
    :func:`earnings_bar_threshold`).
    """

    monthly_earnings: int = attrs.field()
    threshold: int = attrs.field()
    entitled_to_aa_dla_or_pip: bool = False  # reg 41(2)(a)
    review_of_earlier_determination: bool = False  # reg 41(2)(b)

    @monthly_earnings.validator
    @threshold.validator
    def _pence(self, attribute, value):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InputError(attribute.name, value, "a whole number of pence, 0 or more")

    @property
    def applies(self) -> bool:
        """True when no assessment may be carried out (reg 41(2))."""
        return (self.monthly_earnings >= self.threshold
                and not self.entitled_to_aa_dla_or_pip
                and not self.review_of_earlier_determination)


@attrs.frozen
class ActivityScore:
    """The points counted for one Sch 6 activity."""

    activity: str  # e.g. "lcw.1"
    name: str
    part: str  # "physical" or "mental"
    points: int
    descriptor: str | None  # the counted descriptor; None if given as activity points
    not_counted: tuple[str, ...] = ()  # lower descriptors of the same activity (reg 39(4))


@attrs.frozen
class Route:
    """One way in which the outcome is established."""

    outcome: str  # "lcw" or "lcwra"
    kind: str  # "descriptors", "treated_as" or "substantial_risk"
    reference: str  # the provision
    detail: str  # what was met
    codes: tuple[str, ...] = ()


@attrs.frozen
class WcaResult:
    """The outcome of a work capability assessment and its reasons."""

    outcome: str  # "none", "lcw" or "lcwra"
    routes: tuple[Route, ...]  # every route that establishes the outcome, the decisive one first
    activity_scores: tuple[ActivityScore, ...]
    physical_points: int
    mental_points: int
    lcwra_descriptors: tuple[str, ...]
    treated_as: tuple[str, ...]
    earnings_bar_applied: bool
    assessed_on: dt.date
    notes: tuple[str, ...] = ()

    @property
    def total_points(self) -> int:
        return self.physical_points + self.mental_points

    @property
    def route(self) -> Route | None:
        """The decisive route (``None`` when the outcome is ``"none"``)."""
        return self.routes[0] if self.routes else None

    @property
    def has_lcw(self) -> bool:
        """LCW, on its own or as part of LCWRA."""
        return self.outcome in ("lcw", "lcwra")

    @property
    def has_lcwra(self) -> bool:
        return self.outcome == "lcwra"

    @property
    def lcw_on_descriptors(self) -> bool:
        """15 points or more on Sch 6 (reg 39(3)), whatever the outcome."""
        return not self.earnings_bar_applied and self.total_points >= 15

    @property
    def lcwra_on_descriptors(self) -> bool:
        """LCWRA "on the basis of an assessment" (reg 40(2)): a Sch 7 descriptor
        applies. The first condition of the severe conditions criteria (reg 40A(2)(a))."""
        return not self.earnings_bar_applied and bool(self.lcwra_descriptors)

    def points_by_activity(self) -> dict[str, int]:
        return {s.activity: s.points for s in self.activity_scores}

    def explain(self, *, width: int | None = None) -> str:
        """The reasons as lines of text, for an adviser (``width``: wrapped
        to that many characters; None, one line each; nothing is cut)."""
        from ..wrapping import wrap, wrap_row

        names = {"none": "no limited capability for work", "lcw": "limited capability for work (LCW)",
                 "lcwra": "limited capability for work and work-related activity (LCWRA)"}

        def para(text: str) -> list[str]:
            return [text] if width is None else wrap(text, width, indent="  ", subsequent="    ")

        head = f"Work capability assessment on {self.assessed_on.isoformat()}: {names[self.outcome]}"
        lines = [head] if width is None else wrap(head, width, subsequent="  ")
        name_w = max([len(s.name) for s in self.activity_scores] + [10]) if width is None else 0
        tails = [f"{s.descriptor or 'points given for the activity':<9} {s.points:>2} {s.part}"
                 + (f" (not counted: {', '.join(s.not_counted)})" if s.not_counted else "") for s in self.activity_scores]
        tail_w = max([len(t) for t in tails] + [0])
        for s, tail in zip(self.activity_scores, tails):
            lines += wrap_row(f"  {s.activity:<8} ", f"{s.name:<{name_w}}", f"{tail:<{tail_w}}", width)
        lines += para(f"Points: physical {self.physical_points}, mental {self.mental_points}, total {self.total_points} (15 needed: reg 39(3))")
        if self.lcwra_descriptors:
            lines += para(f"Sch 7 descriptors: {', '.join(self.lcwra_descriptors)}")
        for r in self.routes:
            lines += para(f"{r.outcome.upper()} by {r.kind}: {r.detail} [{r.reference}]")
        for n in self.notes:
            lines += para(f"Note: {n}")
        return "\n".join(lines)


# Over 100 lines on purpose: the work capability assessment in the order of
# SI 2013/376 Schs 6-9 (descriptors scored, then the circumstances treated as
# having LCW or LCWRA), each reason recorded as it is found.
def assess_wca(
    descriptors: Iterable[str] = (),
    *,
    on: dt.date,
    treated_as: Iterable[str] = (),
    activity_points: Mapping[str, int] | Iterable[tuple[str, int]] = (),
    earnings_bar: EarningsBar | None = None,
    schedules: Schedules | None = None,
) -> WcaResult:
    """Assess LCW and LCWRA from the descriptors that apply and any
    treated-as circumstances.

    ``descriptors``: codes of Sch 6 (``"lcw.1a"``) and Sch 7 (``"lcwra.9"``)
    descriptors found to apply. ``treated_as``: codes of Sch 8 / Sch 9
    circumstances (``"sch9.terminally_ill"``). ``activity_points``: Sch 6 scores
    given per activity (``{"lcw.1": 9}``) instead of descriptors. ``on``: the
    date of the assessment (the schedules must be in force). ``earnings_bar``:
    the reg 41(2) facts, if earnings are to be tested.

    Raises :class:`~entitlements.errors.InputError` for an unknown code (naming
    the closest ones), a code given twice, or an activity scored twice.
    """
    sch = schedules if schedules is not None else default_schedules()
    for sid in (LCW_SCHEDULE, LCWRA_SCHEDULE, LCW_TREATED, LCWRA_TREATED):
        sch.schedule(sid).check_in_force(on)
    lcw_threshold = sch.schedule(LCW_SCHEDULE).threshold("lcw")

    codes = _codes(descriptors, "descriptors")
    circ_codes = _codes(treated_as, "treated_as")

    by_activity, lcwra_found, scores = _score_activities(sch, codes, activity_points)

    circumstances = [sch.circumstance(c, field="treated_as", among=(LCW_TREATED, LCWRA_TREATED)) for c in circ_codes]
    notes: list[str] = []

    if earnings_bar is not None and not isinstance(earnings_bar, EarningsBar):
        raise InputError("earnings_bar", earnings_bar, "an EarningsBar or None")
    bar = earnings_bar is not None and earnings_bar.applies
    if bar:
        notes.append(
            f"earnings bar: monthly earnings {earnings_bar.monthly_earnings}p are at or above the threshold "
            f"{earnings_bar.threshold}p, so no assessment may be carried out and the descriptors are not "
            "counted; only Sch 8 / Sch 9 circumstances can give LCW or LCWRA (reg 41(2))"
        )
    physical = sum(s.points for s in scores if s.part == "physical")
    mental = sum(s.points for s in scores if s.part == "mental")
    given7 = {d.code for d in lcwra_found}
    implied = [] if bar else _implied_sch7(by_activity, scores, sch, notes)
    lcwra_codes = tuple(sorted(given7 | {c7 for _, c7 in implied}, key=_natural))

    lcwra_routes: list[Route] = []
    lcw_routes: list[Route] = []
    if not bar and lcwra_found:
        direct = tuple(sorted(given7, key=_natural))
        lcwra_routes.append(Route(
            "lcwra", "descriptors", f"{_REGS} reg 40(2), Sch 7",
            "Schedule 7 descriptor(s) apply: " + ", ".join(direct), direct))
    for c6, c7 in implied:
        if c7 in given7:
            continue
        lcwra_routes.append(Route(
            "lcwra", "descriptors", f"{_REGS} reg 40(2)(a), Sch 7 para {c7.split('.')[1]}; Sch 6 para {c6.split('.')[1][:-1]}({c6[-1]})",
            f"Schedule 6 descriptor {c6} is worded as Schedule 7 descriptor {c7}: the same finding, so {c7} applies",
            (c6, c7)))
    if not bar and physical + mental >= lcw_threshold:
        lcw_routes.append(Route("lcw", "descriptors", f"{_REGS} reg 39(3), Sch 6",
                                _points_detail(physical, mental, lcw_threshold),
                                tuple(s.descriptor or s.activity for s in scores if s.points)))
    for c in circumstances:
        route = Route(c.gives, "substantial_risk" if c.substantial_risk else "treated_as",
                      f"{_REGS} {'reg 40(5)' if c.gives == 'lcwra' else 'reg 39(6)'}, {c.paragraph}",
                      c.text, (c.code,))
        (lcwra_routes if c.gives == "lcwra" else lcw_routes).append(route)

    # Substantial risk only where the outcome is not otherwise met (reg 39(7), 40(6)).
    lcwra_routes = _drop_needless_risk(lcwra_routes, "reg 40(6)", notes)
    if lcwra_routes:
        outcome, routes = "lcwra", lcwra_routes
        also = [r.detail for r in lcw_routes if r.kind != "substantial_risk"]
        if also:
            notes.append("LCW is also met (" + "; ".join(also) + "); LCWRA includes it")
    else:
        lcw_routes = _drop_needless_risk(lcw_routes, "reg 39(7)", notes)
        outcome, routes = ("lcw", lcw_routes) if lcw_routes else ("none", [])
    if outcome == "none" and not bar and scores:
        notes.append(f"{physical + mental} points is below the 15 needed (reg 39(3))")

    return WcaResult(
        outcome=outcome, routes=tuple(routes), activity_scores=tuple(scores),
        physical_points=physical, mental_points=mental, lcwra_descriptors=lcwra_codes,
        treated_as=tuple(c.code for c in circumstances), earnings_bar_applied=bar,
        assessed_on=on, notes=tuple(notes),
    )


def _score_activities(sch: Schedules, codes, activity_points):
    """The findings sorted and scored: (Sch 6 descriptors found, by activity;
    Sch 7 descriptors found; the score of each Sch 6 activity, in the
    Schedule's order). Where more than one descriptor of an activity applies,
    only the highest scores (reg 39(4)); an activity scored both by points
    and by descriptor is an error.
    """
    # Sort the descriptor codes into Sch 6 activities and Sch 7 descriptors.
    by_activity: dict[str, list] = {}
    lcwra_found = []
    for code in codes:
        d = sch.descriptor(code, field="descriptors", among=(LCW_SCHEDULE, LCWRA_SCHEDULE))
        if d.schedule == LCWRA_SCHEDULE:
            lcwra_found.append(d)
        else:
            by_activity.setdefault(d.activity, []).append(d)

    given_points = _activity_points(activity_points)
    scores: list[ActivityScore] = []
    for act_code, pts in given_points:
        act = sch.activity(act_code, field="activity_points", among=(LCW_SCHEDULE,))
        if act_code in by_activity:
            raise InputError(
                "activity_points", act_code,
                f"an activity scored once: {act_code} is also scored by descriptor(s) "
                f"{', '.join(d.code for d in by_activity[act_code])}; give one or the other",
            )
        if isinstance(pts, bool) or not isinstance(pts, int) or pts not in act.allowed_points:
            raise InputError(f"activity_points[{act_code!r}]", pts,
                             f"one of the scores its descriptors give: {', '.join(map(str, act.allowed_points))}")
        scores.append(ActivityScore(activity=act.code, name=act.name, part=act.descriptors[0].part,
                                    points=pts, descriptor=None))
    for act_code, found in by_activity.items():
        act = sch.activity(act_code)
        found.sort(key=lambda d: (-d.points, d.code))
        best = found[0]
        scores.append(ActivityScore(activity=act.code, name=act.name, part=best.part, points=best.points,
                                    descriptor=best.code, not_counted=tuple(d.code for d in found[1:])))
    order = {a.code: a.number for a in sch.schedule(LCW_SCHEDULE).activities}
    scores.sort(key=lambda s: order[s.activity])
    return by_activity, lcwra_found, scores


def _implied_sch7(by_activity: dict, scores: list[ActivityScore], sch: Schedules, notes: list[str]) -> list[tuple[str, str]]:
    """The (Sch 6, Sch 7) pairs of :data:`SCH6_SAME_AS_SCH7` that the findings
    establish: a Sch 6 descriptor given by its code (counted or not: every one
    given applies), or an activity's points that only that descriptor gives."""
    pairs = []
    for found in by_activity.values():
        pairs += [(d.code, SCH6_SAME_AS_SCH7[d.code]) for d in found if d.code in SCH6_SAME_AS_SCH7]
    for s in scores:
        if s.descriptor is not None or not s.points:
            continue
        same = [d.code for d in sch.activity(s.activity).descriptors if d.points == s.points]
        paired = [c for c in same if c in SCH6_SAME_AS_SCH7]
        if len(same) == 1 and paired:
            pairs.append((paired[0], SCH6_SAME_AS_SCH7[paired[0]]))
        elif paired:
            notes.append(
                f"{s.points} points for {s.activity} may be {' or '.join(same)}; only {paired[0]} is worded as "
                f"Schedule 7 descriptor {SCH6_SAME_AS_SCH7[paired[0]]}: give the descriptor to decide LCWRA (reg 40(2))")
    return sorted(set(pairs), key=lambda p: _natural(p[1]))


def _drop_needless_risk(routes: list[Route], reg: str, notes: list[str]) -> list[Route]:
    others = [r for r in routes if r.kind != "substantial_risk"]
    risk = [r for r in routes if r.kind == "substantial_risk"]
    if others and risk:
        notes.append(f"substantial risk ({risk[0].reference.split(', ')[-1]}) not needed: the outcome is met "
                     f"otherwise, and it applies only where it is not ({reg})")
        return others
    return others + risk


def _points_detail(physical: int, mental: int, threshold: int) -> str:
    if physical >= threshold and mental >= threshold:
        return f"physical points alone ({physical}) and mental points alone ({mental}) each reach {threshold}"
    if physical >= threshold:
        return f"physical points alone: {physical}" + (f" (plus {mental} mental)" if mental else "")
    if mental >= threshold:
        return f"mental points alone: {mental}" + (f" (plus {physical} physical)" if physical else "")
    return f"physical and mental points combined: {physical} + {mental} = {physical + mental}"


def _codes(values: Iterable[str], field: str) -> list[str]:
    return codes_once(values, field, "lcw.1a")


def _activity_points(values) -> list[tuple[str, int]]:
    items = list(values.items()) if isinstance(values, Mapping) else list(values)
    seen: set[str] = set()
    out = []
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise InputError("activity_points", item, "(activity code, points) pairs or a mapping")
        code, pts = item
        if code in seen:
            raise InputError("activity_points", code, "each activity scored once: it was scored twice")
        seen.add(code)
        out.append((code, pts))
    return out


def _natural(code: str):
    head, _, tail = code.partition(".")
    digits = "".join(ch for ch in tail if ch.isdigit())
    return (head, int(digits) if digits else 0, tail)
