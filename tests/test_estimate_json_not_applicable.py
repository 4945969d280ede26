"""An estimate's JSON (``Estimate.to_dict``, ``entitlements estimate --json``) gives null for the LHA figures that do
not apply (an owner-occupier, a social renter, no home given), never the engine's -1: a program that sums or
compares them would otherwise read minus a penny. The CSV exports already leave them empty."""

from __future__ import annotations

import datetime as dt
import json

from entitlements import Adult, Household, Housing, estimate
from entitlements.cli import main

ON = dt.date(2026, 12, 7)


def _negatives(x, path=""):
    if isinstance(x, dict):
        return [p for k, v in x.items() for p in _negatives(v, f"{path}.{k}")]
    if isinstance(x, list):
        return [p for i, v in enumerate(x) for p in _negatives(v, f"{path}[{i}]")]
    return [path] if isinstance(x, (int, float)) and not isinstance(x, bool) and x < 0 else []


def test_no_lha_gives_null_not_minus_one():
    for housing in (None, Housing(tenure="owner_occupier"), Housing(tenure="social_rent", rent=43333, bedrooms=1)):
        d = estimate(Household(adults=Adult(age=70), housing=housing), on=ON).to_dict()
        h = d["universal_credit"]["calculation"]["housing"]
        assert (h["lha_rate_monthly"], h["lha_category"]) == (None, None)
        assert _negatives(d) == []


def test_a_private_renter_keeps_the_lha_figures():
    # LHA given as £500.00 a month; single and 30 (under 35, SI 2013/376 Sch 4 para 28): the shared accommodation
    # rate, category code 0 (1 to 4 are bedrooms), which is not a "not applicable".
    d = estimate(Household(adults=Adult(age=30), housing=Housing(tenure="private_rent", rent=60000, lha_rate=50000)),
                 on=ON).to_dict()
    assert d["universal_credit"]["calculation"]["housing"]["lha_rate_monthly"] == 50000
    assert d["universal_credit"]["calculation"]["housing"]["lha_category"] == 0


def test_the_command_prints_null(capsys):
    assert main(["estimate", "--age", "70", "--owner", "--on", "2026-12-07", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["universal_credit"]["calculation"]["housing"]["lha_rate_monthly"] is None
    assert _negatives(d) == []
