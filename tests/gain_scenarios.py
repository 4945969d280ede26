"""Generated advice scenarios for the gain cross-check: the caseload projection
(:func:`entitlements.caseload_gains`) against the one-household path
(:func:`entitlements.income_gain`), which must agree to the penny.

One generator, driven by a ``random.Random``, serves both the test suite
(``tests/test_gain.py``, a few hundred scenarios under hypothesis) and
``benchmarks/check_gain_parity.py`` (thousands). Claims run from April 2024
to the end of 2026, so projections reach into 2027: past the last rates the
tables hold (5 April 2027) both paths must refuse the case under the rates
policy ``strict``, and with rates held or uprated both must give the same
figures.
"""

from __future__ import annotations

import datetime as dt
import random

import attrs

from entitlements import NoRowInForce, caseload_gains, income_gain
from entitlements.errors import InputError
from entitlements.gain import Outcome, Scenario
from entitlements.gain.pension_age import CTR_NOT_WORKED_OUT, KNOCK_ON_BENEFITS, KNOCK_ON_SOURCES, WORKING_AGE_SOURCES
from entitlements.household import Adult, Child, Household, Housing, NonDependant

D = dt.date
KINDS = ["lcwra_found", "lcwra_found", "lcw_found", "pip_awarded", "pip_awarded", "dla_awarded", "carer_element",
         "carers_allowance", "benefit_cap_exemption", "benefit_claimed", "housing_change", "income_change"]


def _day(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randrange((b - a).days + 1))


def _household(r: random.Random) -> Household:
    # Some in Scotland (its own income tax bands, which change every April,
    # for gross pay; a Scottish BRMA), some in Greater London (England only).
    nation = r.choice(["england"] * 4 + ["scotland"])
    couple = r.random() < 0.35
    gross = r.random() < 0.2
    earn = r.choice([0, 0, 0, 45000, 90000, 150000])

    def adult(first: bool) -> Adult:
        by_dob = r.random() < 0.4
        # Some on new-style ESA or JSA, which overlap with Carer's Allowance (SI 1979/597 regs 4, 12): below
        # its rate (the balance paid) and above it (nil paid).
        contributory = r.choice(["none"] * 6 + ["esa", "jsa"])
        return Adult(
            age=None if by_dob else r.randint(18, 64),
            # One in eight born 1959-62, who reach State Pension age (66 and some months, or 67) during the
            # projections: UC stops there on both paths (the bug the parity check found in December 2026).
            date_of_birth=(_day(r, D(1959, 9, 1), D(1962, 12, 31)) if r.random() < 0.125
                           else _day(r, D(1962, 1, 1), D(2007, 6, 30))) if by_dob else None,
            monthly_earnings=0 if (gross and first) else (earn if first else r.choice([0, 0, 60000])),
            gross_monthly_earnings=r.choice([90000, 210000]) if (gross and first) else None,
            pip_mobility=r.choice(["none", "none", "standard"]),
            new_style_esa_weekly=r.choice([4500, 9205]) if contributory == "esa" else 0,
            new_style_jsa_weekly=r.choice([6000, 9205]) if contributory == "jsa" else 0,
        )

    adults = (adult(True), adult(False)) if couple else (adult(True),)
    # Up to five children, so that some households are over the benefit cap
    # (and, with earnings, need its earnings threshold).
    kids = tuple(Child(date_of_birth=_day(r, D(2008, 9, 1), D(2023, 12, 31)), sex=r.choice(["female", "male"]),
                       education=r.choice(["non_advanced", "approved_training", "not_in_education", None]))
                 for _ in range(r.choice([0, 0, 1, 2, 3, 4, 5])))
    tenure = r.choice([None, "social_rent", "social_rent", "private_rent", "private_rent"])
    housing = None
    if tenure == "social_rent":
        housing = Housing(tenure=tenure, rent=r.randint(80, 160) * 100, rent_period="week", bedrooms=r.randint(1, 4))
    elif tenure == "private_rent":
        # The LHA rate given, or the BRMA named (the rent officers' determinations, with their dates).
        areas = ["Ashford", "Inner East London", "Hull & East Riding"] if nation == "england" else ["Lothian", "Greater Glasgow"]
        area = r.choice([None, None] + areas)
        housing = Housing(tenure=tenure, rent=r.randint(400, 1600) * 100, lha_rate=None if area else r.randint(400, 1200) * 100,
                          brma=area, non_dependants=(NonDependant(age=30),) if r.random() < 0.2 else ())
    return Household(adults=adults, children=kids, housing=housing, capital=r.choice([0, 0, 0, 700000]),
                     greater_london=nation == "england" and r.random() < 0.1, child_benefit_claimed=r.random() < 0.9,
                     nation=nation,
                     # Cap exemptions the household already has (issue 21, mutation sample 3: an exemption
                     # the before household had must stay in the after household of another outcome).
                     benefit_cap_grace_period=r.random() < 0.1, guardians_allowance=r.random() < 0.05)


def _a_change(h: Household, kw: dict) -> dict:
    """``kw`` with a change that changes nothing (refused: the values are
    the household's already) made a real one: £1,000 more capital."""
    from entitlements.gain.outcomes import apply_changes

    try:
        same = bool(kw.get("changes")) and apply_changes(h, kw["changes"]) == h
    except InputError:  # a change that cannot be made: left for the paths to refuse
        same = False
    if same:
        kw["changes"] = {**kw["changes"], "capital": h.capital + 100000}
    return kw


def scenario(r: random.Random, *, claims: tuple[dt.date, dt.date] = (D(2024, 4, 8), D(2026, 12, 31))) -> Scenario:
    """One household with one advice outcome; the claim starts between the
    two dates of ``claims``. May raise :class:`InputError` for a combination
    the library rightly refuses (callers draw again)."""
    h = _household(r)
    couple = len(h.adults) == 2
    F = _day(r, *claims)
    eff = F + dt.timedelta(days=r.randint(-20, 300))
    kind = r.choice(KINDS)
    kw = dict(kind=kind, effective=eff, decided=eff + dt.timedelta(days=r.choice([0, 40, 120, 200, 380])),
              confirmed=r.random() < 0.5, adult=r.choice([1, 2]) if couple else 1)
    if r.random() < 0.15:
        kw["ends"] = eff + dt.timedelta(days=r.randint(40, 400))
    if kind == "lcwra_found":
        # Evidence up to 200 days before the outcome: some before 6 April 2026, some after.
        kw["evidence_date"] = eff - dt.timedelta(days=r.choice([0, 30, 200]))
        kw["lcwra_protection"] = r.choice([None, None, "new_claimant", "terminally_ill"])
    elif kind == "pip_awarded":
        kw["pip_daily_living"] = r.choice(["standard", "enhanced"])
        kw["partner_carer"] = couple and r.random() < 0.5
    elif kind == "dla_awarded":
        kw["dla_care"] = r.choice(["lowest", "middle", "highest"])
        if h.children:
            kw["child"] = r.randint(1, len(h.children))
    elif kind in ("carer_element", "carers_allowance") and not couple:
        kw["kind"] = "lcw_found"
    elif kind == "benefit_cap_exemption":
        kw["reason"] = r.choice(["grace_period", "guardians_allowance", "esa_support_component"])
    elif kind == "benefit_claimed":
        kw["benefit"] = r.choice(["child_benefit", "attendance_allowance", "other"])
        kw["aa_rate"] = "lower" if kw["benefit"] == "attendance_allowance" else "none"
        kw["weekly_amount"] = 2500 if kw["benefit"] == "other" else 0
    elif kind == "housing_change":
        kw["changes"] = {"housing_tenure": "social_rent", "housing_rent": 60000, "housing_bedrooms": 2}
    elif kind == "income_change":
        kw["changes"] = {"adult1_monthly_earnings": r.choice([0, 30000, 120000]), "capital": 0}
    return Scenario(household=h, claim_start=F, outcomes=(Outcome(**_a_change(h, kw)),))


def scottish_carer_scenario(r: random.Random, *, claims: tuple[dt.date, dt.date] = (D(2023, 4, 10), D(2026, 12, 31))) -> Scenario:
    """A carer in Scotland claiming Carer's Allowance or Carer Support
    Payment (the Carer's Allowance Supplement lump sums to March 2026 and the
    weekly Scottish Carer Supplement from 15 March 2026: entitlements.gain._supplements),
    single or in a couple, some with an overlapping benefit that leaves
    nothing paid (no supplement), some whose award ends. May raise
    :class:`InputError`."""
    h = attrs.evolve(_household(r), nation="scotland", greater_london=False)
    if h.housing is not None and h.housing.brma in ("Ashford", "Inner East London", "Hull & East Riding"):
        h = attrs.evolve(h, housing=attrs.evolve(h.housing, brma="Greater Glasgow"))
    couple = len(h.adults) == 2
    F = _day(r, *claims)
    eff = F + dt.timedelta(days=r.randint(-20, 300))
    kw = dict(kind="carers_allowance", effective=eff, decided=eff + dt.timedelta(days=r.choice([0, 40, 120, 200, 380])),
              confirmed=r.random() < 0.5, adult=r.choice([1, 2]) if couple else 1)
    if r.random() < 0.2:
        kw["ends"] = eff + dt.timedelta(days=r.randint(40, 400))
    return Scenario(household=h, claim_start=F, outcomes=(Outcome(**kw),))


def scottish_carer_scenarios(r: random.Random, n: int, **kw) -> list[Scenario]:
    """``n`` Scottish carers' scenarios (drawing again where the library refuses a combination)."""
    out: list[Scenario] = []
    while len(out) < n:
        try:
            out.append(scottish_carer_scenario(r, **kw))
        except InputError:
            continue
    return out


PENSION_KINDS = ["benefit_claimed", "benefit_claimed", "benefit_claimed", "pip_awarded", "dla_awarded", "carers_allowance",
                 "income_change", "income_change", "housing_change", "hb_awarded", "ctr_awarded"]


def _pensioner(r: random.Random) -> Adult:
    by_dob = r.random() < 0.4
    return Adult(age=None if by_dob else r.randint(67, 92),
                 date_of_birth=_day(r, D(1933, 1, 1), D(1957, 12, 31)) if by_dob else None,
                 # Below, across (£85.00: above £83.30, below £86.45 from April 2026) and above the Carer's
                 # Allowance rate, which it overlaps (SI 1979/597 regs 4, 12).
                 state_pension_weekly=r.choice([0, 5000, 8500, 9000, 17000, 23000, 26000]),
                 pension_income_weekly=r.choice([0, 0, 2500, 6000]),
                 attendance_allowance=r.choice(["none", "none", "none", "lower"]),
                 carer_paid_for=r.random() < 0.2, blind=r.random() < 0.05)


def _nearly_pensioner(r: random.Random) -> Adult:
    """Someone who reaches the qualifying age for Pension Credit during the
    projections (born September 1959 to June 1961: from September 2025 to
    2028), so their knock-on starts that day."""
    return Adult(date_of_birth=_day(r, D(1959, 9, 1), D(1961, 6, 30)), state_pension_weekly=r.choice([0, 17000, 23000]),
                 pension_income_weekly=r.choice([0, 6000]), carer_paid_for=r.random() < 0.2)


#: The billing authorities of the pension-age households, by nation (the Welsh and Scottish reductions' rules end
#: on 31 March 2026: past it, held or refused as the rates policy says).
_AUTHORITIES = {"england": "Coventry", "wales": "Cardiff", "scotland": "Glasgow City"}


def _pension_household(r: random.Random) -> Household:
    """A household past State Pension age (now and then a mixed-age couple,
    who stay on Universal Credit, or a single person who reaches it during
    the projection), rented or owned, with a council tax band and the bill's
    Band D, some with a non-dependant; most in England (Coventry), some in
    Wales or Scotland (bands to H there)."""
    couple = r.random() < 0.4
    second = (_pensioner(r) if r.random() < 0.85 else Adult(age=r.randint(55, 64), new_style_esa_weekly=r.choice([0, 4500, 9205])))\
        if couple else None
    first = _nearly_pensioner(r) if not couple and r.random() < 0.2 else _pensioner(r)
    adults = (first, second) if couple else (first,)
    nation = r.choice(["england"] * 6 + ["wales", "scotland"])
    tenure = r.choice(["social_rent", "private_rent", "owner_occupier", None])
    nds = (NonDependant(age=r.choice([25, 40]), gross_weekly_income=r.choice([20000, 50000])),) if r.random() < 0.15 else ()
    band = dict(council_tax_band=r.choice("ABCD" if nation == "england" else "ABCDEF"), council_tax_band_d=r.choice([190000, 230000]))
    housing = None
    if tenure == "social_rent":
        housing = Housing(tenure=tenure, rent=r.randint(80, 140) * 100, rent_period="week", bedrooms=r.randint(1, 2),
                          non_dependants=nds, **band)
    elif tenure == "private_rent":
        housing = Housing(tenure=tenure, rent=r.randint(500, 1000) * 100, lha_rate=r.randint(450, 900) * 100,
                          non_dependants=nds, **band)
    elif tenure == "owner_occupier":
        housing = Housing(tenure=tenure, non_dependants=nds, **band)
    return Household(adults=adults, housing=housing, capital=r.choice([0, 0, 500000, 1200000, 2500000]), nation=nation,
                     local_authority=_AUTHORITIES[nation] if housing is not None else None)


def pension_age_scenario(r: random.Random, *, claims: tuple[dt.date, dt.date] = (D(2024, 4, 8), D(2026, 12, 31))) -> Scenario:
    """One pension-age household with one advice outcome (the Pension
    Credit, Housing Benefit and CTR knock-ons). May raise :class:`InputError`."""
    h = _pension_household(r)
    couple = len(h.adults) == 2
    F = _day(r, *claims)
    eff = F + dt.timedelta(days=r.randint(-20, 300))
    kind = r.choice(PENSION_KINDS)
    if kind == "benefit_claimed" and h.adults[0].date_of_birth is not None and h.adults[0].date_of_birth.year >= 1959:
        kind = "pip_awarded"  # Attendance Allowance is refused short of State Pension age
    kw = dict(kind=kind, effective=eff, decided=eff + dt.timedelta(days=r.choice([0, 40, 120, 380])),
              confirmed=r.random() < 0.5, adult=r.choice([1, 2]) if couple else 1)
    if r.random() < 0.15:
        kw["ends"] = eff + dt.timedelta(days=r.randint(40, 400))
    if kind == "benefit_claimed":
        kw.update(benefit="attendance_allowance", aa_rate=r.choice(["lower", "higher"]), partner_carer=couple and r.random() < 0.3)
    elif kind == "pip_awarded":
        kw["pip_daily_living"] = r.choice(["standard", "enhanced"])
    elif kind == "dla_awarded":
        kw["dla_care"] = r.choice(["lowest", "middle", "highest"])
    elif kind == "carers_allowance" and not couple and r.random() < 0.5:
        # Half the single pensioners' Carer's Allowance outcomes stay (caring for someone outside the
        # household, their State Pension overlapping it), half become AA.
        kw["kind"] = "benefit_claimed"
        kw.update(benefit="attendance_allowance", aa_rate="higher")
    elif kind == "income_change":
        kw["changes"] = r.choice([{"adult1_state_pension_weekly": r.choice([0, 12000, 24000])}, {"capital": r.choice([0, 1500000])},
                                  {"adult1_pension_income_weekly": 8000}])
    elif kind == "housing_change":
        kw["changes"] = {"housing_tenure": "social_rent", "housing_rent": 40000, "housing_rent_period": "month",
                         "housing_bedrooms": 1, "housing_council_tax_band": "A", "housing_council_tax_band_d": 200000}
        if h.housing is None:
            kw["changes"]["housing_council_tax_band_d"] = 200000
    elif kind in ("hb_awarded", "ctr_awarded"):
        kw["weekly_amount"] = r.choice([0, 1500])
    return Scenario(household=h, claim_start=F, outcomes=(Outcome(**_a_change(h, kw)),))


def pension_age_scenarios(r: random.Random, n: int, **kw) -> list[Scenario]:
    """``n`` pension-age scenarios (drawing again where the library refuses a combination)."""
    out: list[Scenario] = []
    while len(out) < n:
        try:
            out.append(pension_age_scenario(r, **kw))
        except InputError:
            continue
    return out


def scenarios(r: random.Random, n: int, **kw) -> list[Scenario]:
    """``n`` scenarios (drawing again where the library refuses a combination)."""
    out: list[Scenario] = []
    while len(out) < n:
        try:
            out.append(scenario(r, **kw))
        except InputError:
            continue
    return out


def differences(scens: list[Scenario], *, assumptions: bool = False, **options) -> tuple[int, int, list[str]]:
    """Both paths over ``scens`` with the same ``options`` (``horizon_months``,
    ``projection_from``, ``convention``, ``rates_after``): how many were
    compared, how many both refused, and a line for each case that differs.
    ``assumptions``: the rate tables each case assumed are compared too
    (:func:`case_rate_assumptions`): a case differs where the one household
    read a table on days the caseload does not name (:func:`unnamed`)."""
    g = caseload_gains(scens, **options)
    if assumptions:
        from entitlements.gain.household import policy_tables

        tables = policy_tables(None, options.get("rates_after"), options.get("hold_rates_until"))
    compared = refused = 0
    differ = []
    for i, s in enumerate(scens):
        try:
            o = income_gain(s, **options)
        except (InputError, NoRowInForce):
            refused += 1
            if g.valid[i]:
                differ.append(f"case {i}: one-household path fails, caseload path does not\n  {s}")
            continue
        compared += 1
        ko = g.knock_ons
        got = (int(g.projection.recurring_monthly[i]), int(g.annual[i]), int(g.projection.projected_uc[i]),
               int(g.projection.arrears_uc[i]), int(g.weekly_total[i] - g.projection.recurring_weekly[i]), int(g.projected[i]),
               int(g.arrears[i]), [(int(ko.weekly[i, j]), int(ko.projected[i, j]), int(ko.arrears[i, j])) for j in range(3)])
        knock = [[b for b in o.benefit_lines if b.benefit == name
                  and b.source in (KNOCK_ON_SOURCES[name], WORKING_AGE_SOURCES.get(name))] for name in KNOCK_ON_BENEFITS]
        want = (o.recurring_monthly, o.annual, o.projected_uc, o.arrears_uc, sum(b.weekly for b in o.benefit_lines),
                o.projected, o.arrears, [(sum(b.weekly for b in k), sum(b.projected for b in k), sum(b.arrears for b in k))
                                         for k in knock])
        name = g.benefit_names[i] if g.valid[i] else ""  # the benefit the outcome brings, named alike (CSP, PADP)
        if not g.valid[i] or got != want:
            differ.append(f"case {i}: caseload {got if g.valid[i] else g.reasons[i]}, one household {want}\n  {s}")
        # The caseload's flag: the change not counted on some day (altogether, or from a later year's first day,
        # which the one-household sheet says as "From DD/MM/YYYY ..."): both sentences share these words.
        elif bool(g.ctr_change_not_counted[i]) != any(CTR_NOT_WORKED_OUT in a for a in o.assumptions):
            differ.append(f"case {i}: the CTR change not counted said on one path only: caseload {g.ctr_change_not_counted[i]}\n  {s}")
        elif name and name not in {b.benefit for b in o.benefit_lines}:
            differ.append(f"case {i}: caseload names the benefit {name}, one household {[b.benefit for b in o.benefit_lines]}\n  {s}")
        elif assumptions:
            missing = unnamed(case_rate_assumptions(g, i, tables), household_rate_assumptions(o))
            if missing:
                differ.append(f"case {i}: rates assumed, read by one household and not named by the caseload: {missing}\n  {s}")
    return compared, refused, differ


def case_rate_assumptions(g, i: int, tables) -> set[tuple]:
    """The tables case ``i`` of caseload gains ``g`` assumed (held, uprated,
    announced), as (table, kind, from, to): what the caseload's
    ``assumptions`` would name for that case alone (LHA determinations left
    out: both paths name them from the area, not from a read), and the
    council tax figure from the bill held past its year."""
    from entitlements.gain.calendar import to_date
    from entitlements.rate_assumptions import assumptions_from_spans

    sp = g.projection.spans
    spans = {}
    for tid in sp.tables():
        lo, hi = sp.days_for(tid)
        if lo[i] <= hi[i]:
            spans[tid] = (to_date(lo[i]), to_date(hi[i]))
    from entitlements.gain.bill_figures import bill_assumptions
    from entitlements.gain.caseload import _bill_held

    lo, hi = _bill_held(g.projection, g.cases)
    found = assumptions_from_spans(tables, spans) + bill_assumptions(lo[i:i + 1], hi[i:i + 1])
    return {(a.table_id, a.kind, a.start, a.end) for a in found}


def unnamed(caseload: set[tuple], household: set[tuple]) -> list[tuple]:
    """The one household's assumptions (table, kind, from, to) whose days the
    caseload's for the same case do not cover: the rule is that a table is
    named for a case on every day the engine read it for the case's figures;
    the caseload, which works many cases out together, names every table a
    case may read on the days it may read it (it may name more, never fewer)."""
    out = []
    for t, k, a, b in sorted(household):
        spans = sorted((x, y) for tt, kk, x, y in caseload if tt == t and kk == k)
        merged: list[list[dt.date]] = []
        for x, y in spans:
            if merged and x <= merged[-1][1] + dt.timedelta(days=1):
                merged[-1][1] = max(merged[-1][1], y)
            else:
                merged.append([x, y])
        if not any(x <= a and b <= y for x, y in merged):
            out.append((t, k, a, b))
    return out


def household_rate_assumptions(gain) -> set[tuple]:
    """The one-household path's rate assumptions as :func:`case_rate_assumptions` gives them."""
    return {(a.table_id, a.kind, a.start, a.end) for a in gain.rate_assumptions if not a.table_id.startswith("lha.")}


def _working_age_hb_ctr_household(r: random.Random) -> Household:
    """A working-age household whose Housing Benefit or Council Tax
    Reduction the engine works out (:func:`entitlements.gain.pension_age.reads_hb_ctr`):
    in temporary or specified accommodation (working-age HB beside Universal
    Credit), with a council tax band and the bill's Band D or not; some in
    an ordinary rented home with a band only; in England (Coventry: its own
    scheme, not shipped, so CTR is not worked out), Wales or Scotland
    (the national working-age schemes); earnings around the point where
    Universal Credit ends (the HB passport begins or ends)."""
    couple = r.random() < 0.3
    nation = r.choice(["england", "wales", "wales", "scotland", "scotland"])

    def adult() -> Adult:
        return Adult(age=r.randint(19, 60), monthly_earnings=r.choice([0, 0, 50000, 100000, 150000, 200000]),
                     work_hours_weekly=r.choice([None, 16, 35]), pip_daily_living=r.choice(["none", "none", "standard"]))

    adults = (adult(), adult()) if couple else (adult(),)
    kids = tuple(Child(date_of_birth=_day(r, D(2012, 1, 1), D(2023, 12, 31)), sex=r.choice(["female", "male"]))
                 for _ in range(r.choice([0, 0, 1, 2])))
    band = dict(council_tax_band=r.choice("ABCD"), council_tax_band_d=r.choice([190000, 230000])) if r.random() < 0.8 else {}
    if r.random() < 0.75:
        housing = Housing(tenure="supported_or_temporary", accommodation=r.choice(["temporary", "specified"]),
                          rent=r.randint(120, 300) * 100, rent_period="week", **band)
    else:
        band = band or dict(council_tax_band="B", council_tax_band_d=200000)
        housing = Housing(tenure="social_rent", rent=r.randint(80, 140) * 100, rent_period="week", bedrooms=2, **band)
    capital = r.choice([0, 0, 700000])
    if r.random() < 0.3:  # given by date of birth, reaching 25 in 2024-2028: a birthday that changes UC (and so HB, CTR)
        adults = (attrs.evolve(adults[0], age=None, date_of_birth=_day(r, D(1999, 4, 1), D(2003, 3, 31))),) + adults[1:]
    return Household(adults=adults, children=kids, housing=housing, capital=capital, nation=nation,
                     local_authority=_AUTHORITIES[nation])


def working_age_hb_ctr_scenario(r: random.Random, *, claims: tuple[dt.date, dt.date] = (D(2024, 4, 8), D(2026, 12, 31))) -> Scenario:
    """One working-age household whose HB or CTR the engine works out, with
    one advice outcome (the working-age knock-ons). May raise :class:`InputError`."""
    h = _working_age_hb_ctr_household(r)
    couple = len(h.adults) == 2
    F = _day(r, *claims)
    eff = F + dt.timedelta(days=r.randint(-20, 300))
    kind = r.choice(["lcwra_found", "lcwra_found", "lcw_found", "pip_awarded", "income_change", "hb_awarded", "ctr_awarded",
                     "carer_element"])
    kw = dict(kind=kind, effective=eff, decided=eff + dt.timedelta(days=r.choice([0, 40, 120, 380])),
              confirmed=r.random() < 0.5, adult=r.choice([1, 2]) if couple else 1)
    if r.random() < 0.15:
        kw["ends"] = eff + dt.timedelta(days=r.randint(40, 400))
    if kind == "lcwra_found":
        kw["evidence_date"] = eff - dt.timedelta(days=r.choice([0, 30, 200]))
        kw["lcwra_protection"] = r.choice([None, "new_claimant"])
    elif kind == "pip_awarded":
        kw["pip_daily_living"] = r.choice(["standard", "enhanced"])
    elif kind == "income_change":
        kw["changes"] = {"adult1_monthly_earnings": r.choice([0, 30000, 120000, 250000])}
    elif kind in ("hb_awarded", "ctr_awarded"):
        kw["weekly_amount"] = r.choice([0, 1500])
    elif kind == "carer_element" and not couple:
        kw["kind"] = "lcw_found"
    return Scenario(household=h, claim_start=F, outcomes=(Outcome(**_a_change(h, kw)),))


def working_age_hb_ctr_scenarios(r: random.Random, n: int, **kw) -> list[Scenario]:
    """``n`` working-age HB/CTR scenarios (drawing again where the library refuses a combination)."""
    out: list[Scenario] = []
    while len(out) < n:
        try:
            out.append(working_age_hb_ctr_scenario(r, **kw))
        except InputError:
            continue
    return out
