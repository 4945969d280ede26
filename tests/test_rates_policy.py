"""The rates policy (issue 14): dates past the rule tables' end, held, uprated
or refused, and every result saying which rates it assumed; and a failing
row costing only itself (issue 20).

Amounts (pence a month unless said): standard allowance 2025-26 single under
25 £316.98, 25 or over £400.14, joint both under 25 £497.55, either 25 or
over £628.10; 2026-27 £338.58, £424.90, £528.34, £666.97 (to 11 April 2027).
Protected LCWRA £429.80, new claimant £217.26 (frozen to 2029-30, UC Act
2025 s 3). Carer element £209.34, work allowance higher £710 (2026-27, to
5 April 2027). PIP daily living standard £76.70 a week (2026-27).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements import Adult, Child, Household, NoRowInForce, caseload_gains, estimate, estimate_caseload, income_gain
from entitlements.caseload import Caseload
from entitlements.errors import InputError, shown_path
from entitlements.gain import Outcome, Scenario
from entitlements.household import Housing
from entitlements.rates_policy import (
    HELD_UNTIL,
    UPRATING,
    RatesPolicy,
    _round_to,
    assumptions_from_spans,
    describe,
    rates_assumed,
)
from entitlements.tables import Tables, default_tables

D = dt.date
ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"
POLICIES = ("hold", "strict", "uprate:3.1")


# -- the policy itself --------------------------------------------------------------


def test_policies_parse_and_print_back():
    assert str(RatesPolicy.parse("hold")) == "hold" and str(RatesPolicy.parse(" STRICT ")) == "strict"
    p = RatesPolicy.parse("uprate:3.1,pension=4.8")
    assert str(p) == "uprate:3.1,pension=4.8"
    assert p.percent_for("uc") == Fraction(31, 10) and p.percent_for("pension") == Fraction(48, 10)
    q = RatesPolicy.parse("uprate:uc=2")
    assert q.percent_for("uc") == 2 and q.percent_for("disability") is None  # a group not named is held


@pytest.mark.parametrize("text", ["", "hold on", "uprate", "uprate:", "uprate:abc", "uprate:-1", "uprate:150",
                                  "uprate:1,2", "uprate:wages=3", "freeze"])
def test_a_bad_policy_is_an_input_error_naming_what_is_allowed(text):
    with pytest.raises(InputError) as e:
        RatesPolicy.parse(text)
    assert e.value.field == "rates_after" and e.value.value == text
    assert "hold" in str(e.value) or "percentage" in str(e.value) or "groups" in str(e.value)


def test_strict_changes_nothing_and_hold_adds_one_held_row_a_table():
    t = default_tables()
    assert RatesPolicy.parse("strict").apply(t) is t
    held = RatesPolicy.parse("hold").apply(t)
    assert RatesPolicy.parse("hold").apply(t) is held  # made once per set of tables
    assert RatesPolicy.parse("strict").apply(held) is t
    carer = held.table("uc.carer_element")
    assert carer.until == HELD_UNTIL
    last = carer.rows[-1]
    assert (last.start, last.status, last.value) == (D(2027, 4, 6), "held", 20934)
    assert last.source.endswith("held past 05/04/2027")
    # The shipped rows are unchanged, and a date before the tables is still an error.
    assert carer.rows[:-1] == t.table("uc.carer_element").rows
    with pytest.raises(NoRowInForce, match="earliest"):
        held.at("uc.carer_element", D(2020, 1, 1))
    # The LCW element is frozen by law to 7 April 2030 (UC Act 2025 s 3):
    # kept as the law says (status "frozen"), then held.
    lcw = held.table("uc.lcw_element").rows
    assert [(r.start, r.status) for r in lcw[-2:]] == [(D(2027, 4, 6), "frozen"), (D(2030, 4, 8), "held")]


def test_uprating_reproduces_the_2026_up_rating_order_from_the_2025_amounts():
    # SSAA 1992 s 150(5) leaves the rounding to the Secretary of State; the
    # Orders round weekly benefits to 5p, UC's monthly amounts to the penny,
    # the work allowances to the pound. Every 2026-27 amount of every table
    # uprated (not set by the UC Act 2025 or frozen) is its 2025-26 amount x
    # 1.038 (September 2025 CPI), or x 1.048 (earnings) for the pension
    # group, so rounded: e.g. PIP daily living standard £73.90 x 1.038 =
    # £76.7082 -> £76.70 (5p); carer element £201.68 x 1.038 = £209.3438 ->
    # £209.34; work allowance higher £684 x 1.038 = £709.99 -> £710.
    t = default_tables()
    checked = 0
    for tid, up in UPRATING.items():
        table = t.table(tid)
        if up.rule != "plain" or table.frozen:
            continue
        before, after = table.rows[-2].value, table.rows[-1].value
        factor = 1 + Fraction(48 if up.group == "pension" else 38, 1000)
        for key in (before if isinstance(before, dict) else {None: before}):
            step = up.step_for(key)
            if step is None:
                continue
            b = before[key] if key is not None else before
            a = after[key] if key is not None else after
            assert _round_to(b, factor, step) == a, (tid, key)
            checked += 1
    assert checked >= 70
    assert _round_to(7390, Fraction(1038, 1000), 5) == 7670 and _round_to(68400, Fraction(1038, 1000), 100) == 71000


def test_uprate_from_each_benefits_uprating_date_with_the_acts_floors():
    up = RatesPolicy.parse("uprate:3.1").apply(default_tables())
    # The first Monday of 2027-28 is 12 April 2027 (SSAA 1992 s 150(10)):
    # 6 to 11 April 2027 are held; from 12 April, carer element £209.34 x
    # 1.031 = £215.8295 -> £215.83; PIP daily living standard £76.70 x
    # 1.031 = £79.0777 -> £79.10 (5p); work allowance higher £710 x 1.031 =
    # £732.01 -> £732.
    assert up.row("uc.carer_element", D(2027, 4, 8)).status == "held"
    assert up.at("uc.carer_element", D(2027, 4, 12)) == 21583
    assert up.at("pip.rates", D(2027, 4, 12), "daily_living_standard") == 7910
    assert up.at("uc.work_allowance", D(2027, 4, 12), "higher") == 73200
    # The next year compounds: £215.83 x 1.031 = £222.5207 -> £222.52.
    assert up.at("uc.carer_element", D(2028, 4, 10)) == 22252
    # Standard allowance 2027-28: the least UC Act 2025 s 1(2) allows at a
    # September 2026 CPI of 3.1%: 2025-26 amount x 1.038 x 1.031 x 1.031
    # (the uplift for 2027-28), rounded up: £400.14 -> £441.4958... -> £441.50;
    # £316.98 -> £349.7409... -> £349.75 (above £338.58 x 1.031 = £349.08).
    sa = up.at("uc.standard_allowance", D(2027, 4, 12))
    assert (sa["single_25_or_over"], sa["single_under_25"]) == (44150, 34975)
    # Protected LCWRA 2027-28: the least s 4(2) allows: for the under-25
    # amount, (£338.58 + £429.80) x 1.031 = £792.1998 -> £792.20, less
    # £349.75 = £442.45 (the highest of the four). The new-claimant amount
    # stays £217.26 (frozen, s 3).
    assert up.at("uc.lcwra_element", D(2027, 4, 12)) == {"protected": 44245, "new_claimant": 21726}
    assert up.row("uc.lcw_element", D(2028, 6, 1)).status == "frozen"
    # Not uprated by the annual review: held.
    assert up.row("uc.benefit_cap", D(2027, 6, 1)).status == "held"
    assert up.row("uc.taper", D(2027, 6, 1)).status == "held"


# -- one household: the working sheet, the JSON --------------------------------------


COUPLE_CARER = Household(adults=(Adult(age=40, carer=True), Adult(age=41, pip_daily_living="standard")))


@pytest.mark.parametrize("policy, carer, mark", [("hold", "£209.34", "[held]"), ("uprate:3.1", "£215.83", "[uprated]")])
def test_a_held_or_uprated_rate_on_the_working_sheet(policy, carer, mark):
    # Assessment period from 1 June 2027, past the tables: the carer element
    # held at £209.34, or uprated to £215.83 (above), marked, with a warning
    # line first and the mark explained once at the end.
    e = estimate(COUPLE_CARER, on=D(2027, 6, 1), rates_after=policy)
    sheet = e.render()
    assert sheet.startswith("Warning: Rates after 05/04/2027 are not yet known (the 2027-28 rates are not in the rules)")
    line = next(x for x in sheet.splitlines() if x.startswith("+ Carer element"))
    assert carer in line and line.endswith(mark)
    assert sheet.count(f"\n  {mark} The rule tables end before this date") == 1
    d = json.loads(json.dumps(e.to_dict()))
    assert d["rates_policy"] == policy
    carer_a = next(a for a in d["assumptions"] if a["table"] == "uc.carer_element")
    assert carer_a["kind"] == ("held" if policy == "hold" else "uprated")
    assert (carer_a["from"], carer_a["to"], carer_a["known_until"]) == ("2027-06-01", "2027-06-01", "2027-04-05")
    assert carer_a["text"].startswith("Universal Credit: carer element (uc.carer_element): the rules end on 05/04/2027")


def test_strict_refuses_a_date_past_the_tables_and_within_them_nothing_is_assumed():
    with pytest.raises(NoRowInForce, match="rates policy"):
        estimate(COUPLE_CARER, on=D(2027, 6, 1), rates_after="strict")
    e = estimate(COUPLE_CARER, on=D(2026, 6, 1))
    assert e.assumptions == () and not e.render().startswith("Warning")
    assert e.to_dict()["assumptions"] == []


def test_announced_rows_are_named_as_assumptions():
    # Gross pay £2,000 a month, assessment period from 1 June 2028: the
    # personal allowance and bands from 6 April 2028 are announced, not law
    # (HMRC policy paper of 26 November 2025); income tax rates past 5 April
    # 2027 are held.
    h = Household(adults=Adult(age=35, gross_monthly_earnings=200000))
    e = estimate(h, on=D(2028, 6, 1))
    kinds = {(a.kind, a.table_id) for a in e.assumptions}
    assert {("announced", "tax.personal_allowance"), ("announced", "tax.ruk_bands"), ("held", "tax.ruk_rates")} <= kinds
    assert any(line.startswith("Note: Amounts announced but not yet law") for line in e.render().splitlines())
    # The caseload's column says so too.
    r = estimate_caseload([h], on=D(2028, 6, 1))
    assert "announced from 2028-06-30" in r.rates_assumed[0] and "held from" in r.rates_assumed[0]


def test_the_lha_determinations_are_held_for_a_named_area():
    # Bristol, one bedroom, £900.00 a month (the determination of 31 January
    # 2024, frozen for 2025-26 and 2026-27): held from 12 April 2027.
    h = Household(adults=Adult(age=40), housing=Housing(tenure="private_rent", rent=95000, brma="Bristol"))
    e = estimate(h, on=D(2027, 6, 1))
    line = next(x for x in e.render().splitlines() if x.startswith("+ Housing costs element"))
    assert "£900.00" in line and line.endswith("[held]")
    assert any(a.table_id == "lha.england_2024 (monthly)" and a.kind == "held" for a in e.assumptions)
    with pytest.raises(NoRowInForce):
        estimate(h, on=D(2027, 6, 1), rates_after="strict")
    # Before the first determination shipped (April 2024) no policy helps:
    # both paths refuse the case, the caseload by a vectorised test.
    s = Scenario(household=h, claim_start=D(2023, 6, 1), outcomes=(
        Outcome(kind="lcwra_found", effective=D(2023, 6, 1), decided=D(2023, 12, 1)),))
    with pytest.raises(NoRowInForce, match="lha"):
        income_gain(s)
    g = caseload_gains([s, _lcwra_late_decision()])
    assert g.valid.tolist() == [False, True] and "lha/england_2024.toml: no row in force on 2023-06-01" in str(g.reasons[0])


# -- one household and the caseload agree, under each policy -------------------------


HOUSEHOLDS = [
    COUPLE_CARER,
    Household(adults=Adult(age=24, lcwra=True, lcwra_element_in_award=True, lcwra_protection="pre_2026_claimant")),
    Household(adults=Adult(age=35, gross_monthly_earnings=180000),
              children=(Child(date_of_birth=D(2018, 3, 1), sex="male"), Child(date_of_birth=D(2021, 7, 9), sex="female")),
              housing=Housing(tenure="private_rent", rent=110000, brma="Central Greater Manchester")),
    Household(adults=(Adult(age=30, monthly_earnings=40000, in_paid_work=True), Adult(age=30)),
              children=tuple(Child(date_of_birth=D(2012 + i, 1, 1), sex="female") for i in range(5)),
              housing=Housing(tenure="social_rent", rent=60000, bedrooms=3)),
]
DATES = [D(2026, 5, 1), D(2027, 4, 2), D(2027, 6, 1), D(2028, 6, 1)]


@pytest.mark.parametrize("policy", ["hold", "uprate:3.1", "uprate:uc=2.5,disability=4"])
def test_estimate_and_estimate_caseload_agree_to_the_penny(policy):
    hs = [h for h in HOUSEHOLDS for _ in DATES]
    on = np.array([d for _ in HOUSEHOLDS for d in DATES], dtype="datetime64[D]")
    r = estimate_caseload(hs, on=on, rates_after=policy)
    assert r.valid.all()
    for i, (h, d) in enumerate(zip(hs, on.astype(dt.date))):
        e = estimate(h, on=d, rates_after=policy)
        assert (int(r.award[i]), int(r.benefits.total_weekly[i])) == (e.universal_credit.award, e.total_weekly), (i, d)
        assert bool(r.rates_assumed[i]) == any(a.kind in ("held", "uprated", "announced") for a in e.assumptions), (i, d)


def test_under_strict_the_caseload_fails_the_rows_a_household_fails_and_no_more():
    hs = [h for h in HOUSEHOLDS for _ in DATES]
    on = np.array([d for _ in HOUSEHOLDS for d in DATES], dtype="datetime64[D]")
    r = estimate_caseload(hs, on=on, rates_after="strict")
    for i, (h, d) in enumerate(zip(hs, on.astype(dt.date))):
        try:
            award = estimate(h, on=d, rates_after="strict").universal_credit.award
        except NoRowInForce as e:
            why = "; ".join(str(x) for x in r.caseload.errors if x.row == i + 1)
            assert not r.valid[i] and f"no row in force on {d.year}" in why and e.on >= d  # the table found first may differ
        else:
            assert r.valid[i] and int(r.award[i]) == award


def _lcwra_late_decision():
    # Claim 10 January 2025, fit notes from then (protected: before 6 April
    # 2026), LCWRA decided 20 June 2027: the projection's 12 periods run from
    # the one beginning 10 June 2027, all in 2027-28.
    return Scenario(household=Household(adults=Adult(age=24)), claim_start=D(2025, 1, 10),
                    outcomes=(Outcome(kind="lcwra_found", effective=D(2025, 1, 10), decided=D(2027, 6, 20), confirmed=True),))


@pytest.mark.parametrize("policy, monthly, next_year", [("hold", 42980, 42980), ("uprate:3.1", 44245, 45302)])
def test_a_gain_decided_in_2027_28_under_each_policy(policy, monthly, next_year):
    # Recurring gain: the protected LCWRA amount in the period from 10 June
    # 2027: held £429.80, or £442.45 uprated at 3.1% (above). Annual
    # (weekly x 52): 42980 x 12 / 52 = 9918.46 -> £99.18 a week, x 52 =
    # £5,157.36; 44245 x 12 / 52 = 10210.38 -> £102.10, x 52 = £5,309.20.
    # Projected: the periods from 10 June 2027 to 10 March 2028 (10) at that
    # amount, those from 10 April and 10 May 2028 (2) at 2028-29's: held,
    # £429.80 again; uprated, the s 4 least with the 2028-29 under-25
    # standard allowance (s 1: £316.98 x 1.038 x 1.031 x 1.031 x 1.040 =
    # £363.7306... -> £363.74): (£349.75 + £442.45) x 1.031 = £816.7582 ->
    # £816.76, less £363.74 = £453.02.
    s = _lcwra_late_decision()
    g = income_gain(s, rates_after=policy)
    annual = {42980: 515736, 44245: 530920}[monthly]
    projected = 10 * monthly + 2 * next_year
    assert (g.recurring_monthly, g.annual, g.projected_uc) == (monthly, annual, projected)
    c = caseload_gains([s], rates_after=policy)
    assert (int(c.projection.recurring_monthly[0]), int(c.annual[0]), int(c.projection.projected_uc[0])) == \
        (monthly, annual, projected)
    kind = "held" if policy == "hold" else "uprated"
    assert any(a.kind == kind and a.table_id == "uc.lcwra_element" for a in g.rate_assumptions)
    assert c.rates_assumed[0].startswith(f"held from 2027-04-06; {kind} from 2027-04-12") or \
        c.rates_assumed[0] == "held from 2027-04-06"
    d = json.loads(json.dumps(g.to_dict()))
    assert d["rates_policy"] == policy and any(a["table"] == "uc.lcwra_element" for a in d["rate_assumptions"])
    with pytest.raises(NoRowInForce):
        income_gain(s, rates_after="strict")
    assert not caseload_gains([s], rates_after="strict").valid[0]


def _scenarios():
    kids = tuple(Child(date_of_birth=D(2012 + i, 1, 1), sex="female") for i in range(5))
    capped = Household(adults=(Adult(age=35, monthly_earnings=40000, in_paid_work=True), Adult(age=34)), children=kids,
                       housing=Housing(tenure="social_rent", rent=60000, bedrooms=3))
    renter = Household(adults=Adult(age=30, gross_monthly_earnings=150000),
                       housing=Housing(tenure="private_rent", rent=80000, brma="Bristol"))
    return [
        _lcwra_late_decision(),
        Scenario(household=Household(adults=Adult(age=40)), claim_start=D(2026, 4, 20), outcomes=(
            Outcome(kind="pip_awarded", effective=D(2026, 4, 20), decided=D(2026, 11, 2), pip_daily_living="standard"),)),
        Scenario(household=capped, claim_start=D(2025, 4, 1), outcomes=(
            Outcome(kind="income_change", effective=D(2026, 5, 1), changes={"capital": 100000}),)),
        Scenario(household=renter, claim_start=D(2026, 1, 5), outcomes=(
            Outcome(kind="lcwra_found", effective=D(2026, 8, 1), decided=D(2027, 1, 15)),)),
        Scenario(household=COUPLE_CARER, claim_start=D(2026, 7, 7), outcomes=(
            Outcome(kind="carers_allowance", effective=D(2026, 9, 1), decided=D(2027, 2, 1), adult=1),)),
    ]


@pytest.mark.parametrize("policy", POLICIES)
def test_the_caseload_projection_equals_one_household_at_a_time(policy):
    scens = _scenarios()
    g = caseload_gains(scens, rates_after=policy)
    for i, s in enumerate(scens):
        try:
            o = income_gain(s, rates_after=policy)
        except NoRowInForce as e:
            # The message names a shipped table relative to the rules (errors.shown_path); the attribute keeps the file.
            assert not g.valid[i] and ("rules cover" in str(g.reasons[i]) or shown_path(e.path) in str(g.reasons[i])), i
            continue
        got = (int(g.projection.recurring_monthly[i]), int(g.annual[i]), int(g.projected[i]), int(g.arrears[i]))
        assert g.valid[i] and got == (o.recurring_monthly, o.annual, o.projected, o.arrears), i
        assumed = {a.kind for a in o.rate_assumptions} & {"held", "uprated", "announced"}
        assert bool(g.rates_assumed[i]) == bool(assumed), i
    if policy != "strict":
        assert g.valid.all()


def test_a_carers_allowance_case_assumes_only_the_rates_it_reads():
    # Carer's Allowance from 1 September 2026 for a couple's carer, decided 1 February 2027; claim from 7 July 2026,
    # so assessment periods run from the 7th. The projection is the 12 periods from the one containing the
    # decision, 7 January 2027 to 6 January 2028. The Carer's Allowance line and the Carer's Allowance counted as
    # unearned income (SI 2013/376 reg 66(1)(b)) read carers_allowance.rate, known to 5 April 2027 and held from
    # 6 April 2027 to the end of the line, 6 January 2028. No one has PIP, DLA, Attendance Allowance or Child
    # Benefit as a line or a child, so those rates are not read and are no assumption of this case (the partner's
    # PIP is a fact of the household, not a rate the engine reads). Universal Credit's own tables are read with
    # each period's first day, to 7 December 2027. Mutant killed (sample 8): _projection.Spans.days_for
    # `table_id == "carers_allowance.rate"` -> `!=` (the reg 66 extension given to the other line tables).
    # (2026-12-07) A table is named whenever the engine may read it for the case: Carer's Allowance is worked out in each
    # period (its earnings limit read) and the benefit cap reads Child Benefit's rates (times no child), each to
    # 7 December 2027, as the one-household path's recorder reads them.
    s = Scenario(household=COUPLE_CARER, claim_start=D(2026, 7, 7), outcomes=(
        Outcome(kind="carers_allowance", effective=D(2026, 9, 1), decided=D(2027, 2, 1), adult=1),))
    g = caseload_gains([s], horizon_months=12, rates_after="hold")
    assert g.valid.tolist() == [True] and g.rates_assumed.tolist() == ["held from 2027-04-06"]
    held = {a.table_id: (a.start, a.end) for a in g.assumptions if getattr(a, "kind", None) == "held"}
    assert {t: d for t, d in held.items() if not t.startswith("uc.")} == {
        "carers_allowance.rate": (D(2027, 4, 6), D(2028, 1, 6)),
        "carers_allowance.earnings_limit": (D(2027, 4, 6), D(2027, 12, 7)),
        "child_benefit.rates": (D(2027, 4, 6), D(2027, 12, 7))}
    one = {a.table_id: (a.start, a.end) for a in income_gain(s, horizon_months=12).rate_assumptions if a.kind == "held"}
    assert one["child_benefit.rates"] == (D(2027, 4, 6), D(2027, 12, 7))  # the earnings limit: the caseload may name more
    assert held["uc.taper"][1] == D(2027, 12, 7)


# -- the synthetic caseload moved forward a year -----------------------------------------


def _moved_a_year(tmp_path) -> Path:
    rows = list(csv.DictReader((ROOT / "examples" / "synthetic_caseload.csv").open(encoding="utf-8")))

    def later(v: str) -> str:
        try:
            d = D.fromisoformat(v)
        except ValueError:
            return v
        return (d.replace(day=min(d.day, 28)) if (d.month, d.day) == (2, 29) else d).replace(year=d.year + 1).isoformat()

    out = tmp_path / "moved.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows({k: later(v) if k.endswith("date") or k.endswith("date_of_birth") or k == "claim_start" else v
                     for k, v in r.items()} for r in rows)
    return out


def test_the_synthetic_caseload_a_year_later_under_hold_and_strict(tmp_path):
    moved = _moved_a_year(tmp_path)
    held = caseload_gains(moved)
    original = caseload_gains(ROOT / "examples" / "synthetic_caseload.csv")
    # Every row that can be read is projected, as the caseload of today's
    # dates is (the four rows broken on purpose fail in both), but one: its
    # second adult is 66 by age only on 24 June 2026, the day its outcome
    # takes effect (24 June 2025 in the caseload of today's dates): State
    # Pension age depends on the date of birth then (gain.pension_age.held_at_66).
    assert int(held.valid.sum()) == 995 and int(original.valid.sum()) == 996
    assert (held.valid != original.valid).sum() == 1
    assert held.reasons[~held.valid & original.valid][0].startswith("adults[2].date_of_birth: missing (expected a "
                                                                    "date of birth for an adult aged 66 on 2026-06-24")
    s = held.summary()
    assert s["rates"]["policy"] == "hold" and s["rates"]["cases_with_assumed_rates"] > 400
    assert s["rates"]["assumptions"][0].startswith("Rates after")
    from entitlements.report.sections import cases_projected, rates_sentence

    assert cases_projected(s).startswith("995 of 1,000 (5 could not be")
    assert "held from" in rates_sentence(s) or "are held from" in rates_sentence(s)
    strict = caseload_gains(moved, rates_after="strict")
    t = strict.summary()
    failed_rules = t["cases_not_projected"]["by_reason"]["rules"]
    assert failed_rules > 400 and int(strict.valid.sum()) + t["cases_not_projected"]["count"] == 1000
    assert (held.valid | ~strict.valid).all()  # strict projects no case that hold does not
    assert int((held.valid & ~strict.valid).sum()) >= failed_rules - 1  # (one broken row fails first on the rules)
    assert f"{failed_rules:,} because the rule tables do not cover their dates" in cases_projected(t)
    assert all("(rates policy hold)" in str(r) for r in strict.reasons[~strict.valid] if "rules cover" in str(r))


# -- the command line --------------------------------------------------------------------


def run(*args):
    assert EXE.exists(), "the entitlements command is not installed in this environment: pip install -e ."
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_the_gain_of_a_case_decided_this_winter_works_with_the_defaults():
    r = run("gain", "examples/before-lcwra.toml", "--with", "lcwra_found", "--from", "2026-06-10", "--decided", "2026-12-01")
    assert r.returncode == 0, r.stderr
    text = " ".join(r.stdout.split())  # wrapped to 80 columns
    assert "Rates after 05/04/2027 are not yet known (the 2027-28 rates are not in the rules)" in text
    assert "rates policy hold" in text
    r = run("gain", "examples/before-lcwra.toml", "--with", "lcwra_found", "--from", "2026-06-10", "--decided",
            "2026-12-01", "--rates-after", "strict")
    assert r.returncode == 1 and r.stderr.startswith("entitlements: ") and r.stderr.count("\n") == 1
    assert "no row in force on 2027" in r.stderr and "Traceback" not in r.stderr
    r = run("gain", "examples/before-lcwra.toml", "--with", "lcwra_found", "--from", "2026-06-10", "--rates-after", "soon")
    assert r.returncode == 1 and "--rates-after: 'soon' is not a rates policy" in r.stderr  # a value: exit 1


def test_estimate_and_caseload_take_the_policy(tmp_path):
    r = run("estimate", "--age", "30", "--on", "2027-06-01", "--rates-after", "uprate:3.1")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Warning: Rates after") and "£441.50" in r.stdout
    assert all(len(line) <= 80 for line in r.stdout.splitlines())  # wrapped as the sheet is
    r = run("estimate", "--age", "30", "--on", "2027-06-01", "--json")
    d = json.loads(r.stdout)
    assert d["rates_policy"] == "hold" and {a["table"] for a in d["assumptions"]} >= {"uc.standard_allowance"}
    moved = _moved_a_year(tmp_path)
    r = run("caseload", str(moved), "--report", str(tmp_path / "r.md"), "--rates-after", "strict")
    assert r.returncode == 0, r.stderr
    assert "because the rule tables do not cover their dates" in r.stdout.splitlines()[0]
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "projected" in text and "could not be:" in text


# -- a failing row costs only itself ------------------------------------------------------


def test_rows_before_the_tables_fail_without_redoing_the_rest(monkeypatch):
    from entitlements import caseload as C

    calls = []
    real = C.household_total.calculate
    estimate_caseload([Household(adults=Adult(age=30))], on=D(2026, 5, 1))  # the probe of what every row reads, once
    monkeypatch.setattr(C.household_total, "calculate", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    n = 2000
    on = np.full(n, np.datetime64("2026-05-01"))
    on[::100] = np.datetime64("2022-05-01")  # 20 rows before the tables begin
    r = estimate_caseload([Household(adults=Adult(age=30))] * n, on=on)
    assert int((~r.valid).sum()) == 20 and (r.award[r.valid] == 42490).all()
    assert "before the rules begin (they cover from 2023-04-10)" in str(r.caseload.errors[0]) and r.caseload.errors[0].row == 1
    assert len(calls) == 1  # found by a vectorised test: one engine call for the rest


def test_rows_a_conditional_table_does_not_cover_are_found_among_the_suspects_alone(monkeypatch):
    # Under strict, 2 April 2027: the cap's earnings threshold is not known.
    # Only capped families with earnings read it; 5 of 500 rows.
    from entitlements import caseload as C

    kids = tuple(Child(date_of_birth=D(2012 + i, 1, 1), sex="female") for i in range(5))
    earning = Household(adults=(Adult(age=30, monthly_earnings=40000, in_paid_work=True), Adult(age=30)), children=kids)
    ok = Household(adults=Adult(age=30, monthly_earnings=50000, in_paid_work=True))
    hs = [earning if i % 100 == 7 else ok for i in range(500)]
    estimate_caseload([ok], on=D(2026, 5, 1), rates_after="strict")
    calls = []
    real = C.household_total.calculate
    monkeypatch.setattr(C.household_total, "calculate", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    r = estimate_caseload(hs, on=D(2027, 4, 2), rates_after="strict")
    assert np.flatnonzero(~r.valid).tolist() == [7, 107, 207, 307, 407]
    assert len(calls) <= 2 + 2 * 5 * 4  # the whole, the suspects halved down to single rows, the rest


def test_a_case_failing_in_an_engine_call_fails_alone():
    # Under strict, 100 alike cases projected into April 2027; one is a
    # capped family with earnings (the cap's earnings threshold is unknown
    # from 1 April 2027): it alone fails, the rest are projected, equal to
    # one household at a time.
    base = Scenario(household=Household(adults=Adult(age=40)), claim_start=D(2025, 6, 1), outcomes=(
        Outcome(kind="pip_awarded", effective=D(2025, 6, 1), decided=D(2025, 12, 1), pip_daily_living="standard"),))
    many = [base] * 60 + [_scenarios()[2]] + [base] * 39
    g = caseload_gains(many, horizon_months=12, rates_after="strict")
    assert np.flatnonzero(~g.valid).tolist() == [60]
    assert "benefit_cap_earnings_threshold" in str(g.reasons[60])
    o = income_gain(base, horizon_months=12, rates_after="strict")
    assert int(g.projected[0]) == int(g.projected[99]) == o.projected


# -- properties ---------------------------------------------------------------------------

UPRATED = sorted(UPRATING)
HELD = RatesPolicy.parse("hold").apply(default_tables())
UP = RatesPolicy.parse("uprate:2.7").apply(default_tables())


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(UPRATED), st.lists(st.dates(D(2023, 4, 10), D(2040, 12, 31)), min_size=1, max_size=12))
def test_scalar_equals_array_and_uprating_never_lowers_a_held_amount(tid, days):
    first = default_tables().table(tid).earliest
    days = [max(d, first) for d in days]
    arr = np.array(days, dtype="datetime64[D]")
    for tables in (HELD, UP):
        whole = tables.at(tid, arr)
        one = [tables.at(tid, d) for d in days]
        if isinstance(whole, dict):
            for k, v in whole.items():
                assert v.tolist() == [x[k] for x in one]
        else:
            assert whole.tolist() == one
    for d in days:
        h, u = HELD.at(tid, d), UP.at(tid, d)
        for k in (h if isinstance(h, dict) else {None: h}):
            assert (u[k] if k is not None else u) >= (h[k] if k is not None else h)


@settings(max_examples=40, deadline=None)
@given(st.dates(D(2027, 4, 6), D(2032, 1, 1)))
def test_a_held_amount_is_the_last_known_one(on):
    base = default_tables()
    for tid in ("uc.standard_allowance", "uc.carer_element", "pip.rates", "uc.benefit_cap"):
        assert HELD.at(tid, on) == base.table(tid).rows[-1].value


def test_assumptions_and_labels_cover_only_what_was_read():
    spans = {"uc.carer_element": (D(2027, 1, 1), D(2027, 5, 1)), "uc.taper": (D(2026, 1, 1), D(2026, 2, 1))}
    a = assumptions_from_spans(HELD, spans)
    assert [(x.kind, x.table_id, x.start, x.end, x.known_until) for x in a] == \
        [("held", "uc.carer_element", D(2027, 4, 6), D(2027, 5, 1), D(2027, 4, 5))]
    assert describe(a, "hold")[0].startswith("Rates after 05/04/2027 are not yet known (the 2027-28 rates")
    last = np.array(["2027-04-05", "2027-04-06", "1900-01-01"], dtype="datetime64[D]")
    assert rates_assumed(a, lambda tid: last, np.array([True, True, False])).tolist() == ["", "held from 2027-04-06", ""]


def test_tables_under_a_policy_still_load_overlays_and_keep_the_version():
    t = Tables.load()
    held = RatesPolicy.parse("hold").apply(t)
    assert held.version == t.version and held.policy == RatesPolicy("hold") and held.base is t
