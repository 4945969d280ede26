"""Varied caseloads for the benchmarks: every row different, as real ones are.

Real caseloads differ from the template caseloads the first benchmarks used
(issue 20): adults given by date of birth rather than age, gross pay rather
than net, private renters naming their Broad Rental Market Area rather than
giving an LHA figure, claims and outcomes spread over 2023-2027, and a share
of rows that a rule table does not cover. This module builds them in columns
with numpy (no Python object per row), so a million rows take a second or two:

- :func:`varied_households` -- ``BenefitUnitColumns`` for ``n`` benefit units:
  1,024 template households (objects, built once) gathered into ``n`` rows,
  then every row's dates of birth, pay, rent and capital redrawn.
- :func:`varied_dates` -- one assessment period start per row over
  2024-2027, with a share ``failing`` of them before the tables begin
  (April 2023), which no rates policy covers.
- :func:`varied_cases` -- a caseload of advice outcomes
  (:class:`entitlements.gain.cases.Cases`) on those households, claims from
  May 2023 to 2026, with a share ``failing`` of cases whose claim starts
  before the rule tables do.

``bench_gain.py`` and ``bench_cliff.py`` use it; a benchmark of reading or
writing can turn :func:`varied_households` into a CSV file.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from entitlements.benefits.lha import brma_names
from entitlements.columns import BenefitUnitColumns, households_columns
from entitlements.gain import cases as C
from entitlements.gain._blocks import take
from entitlements.gain.calendar import day_number
from entitlements.household import Adult, Child, Household, Housing

#: Named areas the private renters draw from (30% of them name one).
AREAS = ("Bristol", "Central Greater Manchester", "Hull & East Riding", "Inner East London", "Ashford", "Cardiff",
         "Fife", "Leeds")


def _templates(k: int, rng: np.random.Generator) -> list[Household]:
    out = []
    for _ in range(k):
        couple = rng.random() < 0.3
        adults = [Adult(date_of_birth=dt.date(1965, 1, 1) + dt.timedelta(days=int(rng.integers(0, 14000))),
                        pip_mobility=str(rng.choice(["none", "none", "standard"])))]
        if couple:
            adults.append(Adult(date_of_birth=dt.date(1965, 1, 1) + dt.timedelta(days=int(rng.integers(0, 14000)))))
        kids = tuple(Child(date_of_birth=dt.date(2009, 9, 1) + dt.timedelta(days=int(rng.integers(0, 4800))),
                           sex=str(rng.choice(["female", "male"]))) for _ in range(int(rng.choice(4, p=[0.55, 0.2, 0.15, 0.1]))))
        tenure = rng.choice(["social", "private", "none"], p=[0.47, 0.35, 0.18])
        rooms = 1 + (len(kids) + 1) // 2
        housing = None
        if tenure == "social":
            housing = Housing(tenure="social_rent", rent=int(rng.integers(85, 140)) * 100, rent_period="week",
                              bedrooms=rooms + int(rng.random() < 0.2))
        elif tenure == "private":
            lha = [450, 575, 695, 850, 1050][min(rooms - 1, 4)] * 100
            named = rng.random() < 0.3
            housing = Housing(tenure="private_rent", rent=int(lha * rng.uniform(0.95, 1.35)),
                              lha_rate=None if named else lha, brma=str(rng.choice(AREAS)) if named else None)
        out.append(Household(adults=tuple(adults), children=kids, housing=housing))
    return out


def varied_households(n: int, seed: int = 20) -> BenefitUnitColumns:
    """``n`` benefit units in columns, every row different: dates of birth
    moved by up to a year, a fifth of first adults on gross pay, a fifth on
    net pay, rents and capital redrawn."""
    rng = np.random.default_rng(seed)
    tmpl = households_columns(_templates(1024, rng))
    b = take(tmpl, rng.integers(0, 1024, n))
    shift = rng.integers(-180, 180, n).astype("timedelta64[D]")
    gross = rng.random(n) < 0.2
    net = ~gross & (rng.random(n) < 0.25)
    a1 = attrs.evolve(b.adult1, date_of_birth=b.adult1.date_of_birth + shift,
                      gross_monthly_earnings=np.where(gross, rng.integers(600, 3200, n) * 100, -1).astype(np.int64),
                      monthly_earnings=np.where(net, rng.integers(200, 1400, n) * 100, 0).astype(np.int64),
                      in_paid_work=gross | net)
    a2 = attrs.evolve(b.adult2, date_of_birth=np.where(b.adult2.present, b.adult2.date_of_birth + shift, b.adult2.date_of_birth))
    h = b.housing
    rent = np.where(h.tenure > 0, (h.rent * rng.uniform(0.9, 1.1, n)).astype(np.int64), h.rent)
    return attrs.evolve(b, adult1=a1, adult2=a2, housing=attrs.evolve(h, rent=rent),
                        capital=np.where(rng.random(n) < 0.15, rng.integers(0, 1_200_000, n), 0).astype(np.int64))


def varied_dates(n: int, *, failing: float = 0.0, seed: int = 21, start=dt.date(2024, 4, 8),
                 end=dt.date(2027, 3, 31)) -> np.ndarray:
    """One date per row (``datetime64[D]``) from ``start`` to ``end`` (by
    default the dates every shipped table covers, the LHA determinations
    from April 2024 included); a share ``failing`` of rows dated in the year
    before 10 April 2023, when the Universal Credit tables begin (no rates
    policy covers them)."""
    rng = np.random.default_rng(seed)
    lo, hi = day_number(start), day_number(end)
    days = rng.integers(lo, hi + 1, n)
    bad = rng.random(n) < failing
    days = np.where(bad, day_number(dt.date(2023, 4, 10)) - rng.integers(1, 365, n), days)
    return days.astype("datetime64[D]")


def varied_cases(n: int, *, failing: float = 0.0, seed: int = 22, mix: str = "hjp",
                 first_claim=dt.date(2023, 5, 1), last_claim=dt.date(2026, 6, 30)) -> C.Cases:
    """A caseload of advice outcomes on :func:`varied_households`: claims
    from ``first_claim`` to ``last_claim``; a share ``failing`` of claims
    in the year before the rule tables begin (April 2023), so their
    projection needs rates no table holds."""
    from bench_gain import outcome_cases  # the outcome mix of the template benchmark

    rng = np.random.default_rng(seed)
    before = varied_households(n, seed)
    lo, hi = day_number(first_claim), day_number(last_claim)
    claim = rng.integers(lo, hi + 1, n)
    bad = rng.random(n) < failing
    claim = np.where(bad, day_number(dt.date(2023, 4, 10)) - rng.integers(30, 365, n), claim)
    eff = np.where(bad, claim, claim + rng.integers(0, 150, n))
    return outcome_cases(before, rng, mix=mix, claim=claim, eff=eff)
