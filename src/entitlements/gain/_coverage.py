"""What the Universal Credit engine reads, and where its values change (private).

:func:`coverage` records one estimate of two probe households to learn
which rule tables the engine reads (with the first or the last day of an
assessment period), the days on which any of them changes, the range of
periods they cover, and the ages the engine tests. The projection splits a
case's timeline only at those days (:mod:`entitlements.gain._projection`).
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib

import attrs
import numpy as np

from ..benefits import uc
from ..columns import households_columns
from ..household import Adult, Child, Household, Housing, NonDependant
from ..tables import ReadRecorder, Tables, shipped_rules_dir
from .calendar import day_number


@attrs.frozen
class Coverage:
    """What the engine reads, and the days on which any of it changes (the run boundaries)."""

    start_tables: tuple[str, ...]  # read with the first day of the period
    end_tables: tuple[str, ...]  # read with its last day (net earnings from gross pay)
    start_boundaries: np.ndarray  # day numbers where anything read by start day changes
    end_boundaries: np.ndarray
    start_range: tuple[int, int]  # first days the tables cover
    end_range: tuple[int, int]
    age_limits: tuple[int, ...]  # adult ages the engine tests
    earnings_only: np.ndarray  # start boundaries that matter only to a case with earnings
    area_only: np.ndarray  # start boundaries that matter only to a case with a named BRMA
    child_ages: tuple[int, ...] = (10, 16)  # bedrooms: SI 2013/376 Sch 4 paras 10-11


@functools.cache
def _schedule_dates() -> tuple[dt.date, ...]:
    """Every date in the shipped schedules (LHA determinations and the like),
    read once (the shipped files do not change while the library runs)."""
    out: list[dt.date] = []

    def walk(v):
        if isinstance(v, dict):
            for key, x in v.items():
                walk(x)
                if key == "until" and isinstance(x, dt.date):
                    # The day after a schedule's coverage ends starts a run of
                    # its own, so a period it does not cover is evaluated on
                    # its own date and fails, as in the one-household path.
                    out.append(x + dt.timedelta(days=1))
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dt.date) and not isinstance(v, dt.datetime):
            out.append(v)

    root = shipped_rules_dir() / "schedules"
    for p in sorted(root.rglob("*.toml")) if root.exists() else []:
        if "state_pension" in p.name:
            continue
        try:
            walk(tomllib.loads(p.read_text("utf-8")))
        except (tomllib.TOMLDecodeError, OSError):  # pragma: no cover - the loader reports these
            continue
    return tuple(sorted(set(out)))


def breaks(tables: Tables, ids) -> set[int]:
    """The days (day numbers) on which a value of any of the tables ``ids``
    changes: each row's first day, and the day after the table's coverage
    ends, so a day it does not cover is worked out on its own (and fails
    where the rates policy says so), as the one-household path does."""
    out = set()
    for tid in ids:
        t = tables.table(tid)
        out |= {day_number(r.start) for r in t.rows}
        out.add(day_number(t.until) + 1)
    return out


def coverage(tables: Tables) -> Coverage:
    """Which tables the UC engine reads and where their values change,
    found by recording one estimate of two probe households."""
    probe_day = max(t.earliest for t in tables)
    h1 = Household(
        adults=(Adult(age=30, gross_monthly_earnings=200000, pension_contribution_monthly=5000), Adult(age=40, lcwra=True)),
        children=(Child(date_of_birth=dt.date(2018, 1, 1)),),
        housing=Housing(tenure="private_rent", rent=90000, lha_rate=80000, non_dependants=(NonDependant(age=30),)),
        capital=700000,
        childcare_costs_monthly=10000,
        childcare_children=1,
    )
    kids = tuple(Child(date_of_birth=dt.date(2010 + i, 1, 1)) for i in range(6))
    h2 = Household(adults=(Adult(age=30, monthly_earnings=10000),), children=kids,
                   housing=Housing(tenure="social_rent", rent=300000, bedrooms=4), greater_london=True)
    rec = ReadRecorder(tables)
    uc.calculate(households_columns([h1, h2]), on=probe_day, tables=rec)
    target = np.datetime64(probe_day, "D")
    start, end = set(), set()
    for tid, on in rec.calls:
        same = (on == probe_day) if isinstance(on, dt.date) else bool(np.all(np.asarray(on).astype("datetime64[D]") == target))
        (start if same else end).add(tid)
    # The earnings threshold is read only for an award over the cap with no
    # other exemption and some earnings (reg 82(1)(a)): its dates split the
    # runs of a case with earnings, and a period it does not cover is an
    # error only for a case that needs it.
    start.discard("uc.benefit_cap_earnings_threshold")
    # Carer's Allowance is read for a carer who claims it (its rate and earnings limit) and for the outcome.
    extra = ["carers_allowance.rate", "carers_allowance.earnings_limit"]
    sched = [day_number(d) for d in _schedule_dates()]
    # The shipped schedules the engine reads are the rent officers' LHA
    # determinations, read only for a case that names its BRMA.
    core = breaks(tables, list(start) + extra)
    earnings_only = breaks(tables, ["uc.benefit_cap_earnings_threshold"]) - core
    area_only = set(sched) - core
    sb = sorted(core | earnings_only | area_only)
    eb = sorted(breaks(tables, end) | set(sched))
    srange = (max(day_number(tables.table(t).earliest) for t in start), min(day_number(tables.table(t).until) for t in start))
    erange = (max([day_number(tables.table(t).earliest) for t in end] or [srange[0]]),
              min([day_number(tables.table(t).until) for t in end] or [srange[1]]))
    ages = set()
    for tid in ("uc.standard_allowance_age", "uc.shared_accommodation_age"):
        ages |= {r.value for r in tables.table(tid).rows}
    return Coverage(tuple(sorted(start)), tuple(sorted(end)), np.array(sb, np.int64), np.array(eb, np.int64),
                    srange, erange, tuple(sorted(ages)), np.array(sorted(earnings_only), np.int64),
                    np.array(sorted(area_only), np.int64))


#: Besides what the probe reads: the rates of the benefits an outcome brings
#: (the after household has them), Carer's Allowance's included.
_OUTCOME_TABLES = ("aa.rates", "pip.rates", "dla.rates", "carers_allowance.rate", "carers_allowance.earnings_limit",
                   "scotland.adult_disability_payment", "scotland.carer_support_payment")


def knock_on_reads(tables: Tables) -> tuple[tuple[str, ...], np.ndarray]:
    """The tables the knock-on reads, and the days (day numbers,
    sorted) on which something in them may change (:mod:`entitlements.gain.pension_age`): the
    row starts, and the day after the end, of every table the household
    engine (:func:`entitlements.benefits.household_total.calculate`) reads
    for pension-age households in England, Wales and Scotland, and for
    working-age ones in temporary or specified accommodation with a council
    tax band in Wales and Scotland (Universal Credit, Pension
    Credit, Housing Benefit, each nation's Council Tax Reduction, the
    disability and carer's benefits; found, as :func:`coverage` finds the
    Universal Credit engine's, by recording one estimate of probe
    households), and of the rates of the benefits an outcome brings."""
    from ..benefits.household_total import calculate
    from ..rates_policy import RatesPolicy

    # The probe only learns which tables are read: held rates let it run on
    # the latest first day of any table whatever the policy (every date-gated
    # rule in force), and the days come from ``tables`` itself.
    held = RatesPolicy("hold").apply(tables)
    probe_day = max(t.earliest for t in tables)

    def home(band: str, **kw) -> Housing:
        return Housing(council_tax_band=band, council_tax_band_d=200000, **kw)

    pensioners = [
        Household(adults=Adult(age=75, state_pension_weekly=17000, pension_income_weekly=2000, attendance_allowance="higher"),
                  housing=home("B", tenure="social_rent", rent=10000, rent_period="week", bedrooms=1,
                               non_dependants=(NonDependant(age=30, gross_weekly_income=30000),)),
                  capital=1200000, local_authority="Coventry"),
        # Pensions over the personal allowance: the income tax on them (benefits.pension_tax) reads the tax tables.
        Household(adults=Adult(age=75, state_pension_weekly=25000, pension_income_weekly=5000),
                  housing=home("B", tenure="social_rent", rent=10000, rent_period="week", bedrooms=1),
                  local_authority="Coventry"),
        # A blind pensioner: Blind Person's Allowance in that tax (ITA 2007 s 38, since 2026-12-07).
        Household(adults=Adult(age=75, state_pension_weekly=25000, pension_income_weekly=5000, blind=True),
                  housing=home("B", tenure="social_rent", rent=10000, rent_period="week", bedrooms=1),
                  local_authority="Coventry"),
        # A partner born before 6 April 1935 (93): the married couple's allowance off that tax (since 2026-12-07).
        Household(adults=(Adult(age=93, state_pension_weekly=25000, pension_income_weekly=5000), Adult(age=88, state_pension_weekly=9000)),
                  housing=home("B", tenure="social_rent", rent=10000, rent_period="week", bedrooms=1),
                  local_authority="Coventry"),
        Household(adults=(Adult(age=75, state_pension_weekly=9000), Adult(age=70, pip_daily_living="enhanced", monthly_earnings=20000)),
                  housing=home("E", tenure="private_rent", rent=60000, lha_rate=50000), nation="wales", local_authority="Cardiff"),
        Household(adults=Adult(age=80, dla_care="highest", state_pension_weekly=5000), housing=home("F", tenure="owner_occupier"),
                  nation="scotland", local_authority="Glasgow City"),
    ]
    # Below the qualifying age (the working-age knock-on): Housing Benefit in temporary or specified accommodation
    # beside Universal Credit, and the Welsh and Scottish working-age CTR schemes.
    working = [
        Household(adults=(Adult(age=35, lcwra=True, pip_daily_living="standard"), Adult(age=30, monthly_earnings=50000)),
                  housing=home("C", tenure="supported_or_temporary", accommodation="specified", rent=20000, rent_period="week"),
                  nation="wales", local_authority="Cardiff"),
        Household(adults=Adult(age=35, monthly_earnings=150000),
                  housing=home("B", tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week"),
                  nation="scotland", local_authority="Glasgow City"),
    ]
    rec = ReadRecorder(held)
    calculate(households_columns(pensioners + working), on=probe_day, tables=rec)
    ids = tuple(sorted({tid for tid, _ in rec.calls} | {tid for tid in _OUTCOME_TABLES if tid in tables.ids()}))
    return ids, np.array(sorted(breaks(tables, ids)), np.int64)
