"""The income gain's Universal Credit where a carer claims Carer's Allowance
without giving the amount (``claims_carers_allowance``): the engine works
out the entitlement (SSCBA 1992 s 70; nil where weekly net earnings exceed
the limit, SI 1976/409 reg 8) and what is paid after the overlapping-benefits
adjustment (SI 1979/597 reg 4(5)(a)), and Universal Credit counts what is
paid as unearned income (SI 2013/376 reg 66(1)(b)(iii), "subject to any
adjustment ... (overlapping benefits)"; monthly x 52 / 12, reg 73(2)(a)).
The gain (one household and the caseload) must work UC out as
:func:`entitlements.estimate` does: before the fix it counted no Carer's
Allowance at all.

Amounts from the rule tables, 2025-26 (assessment periods beginning on or
after 7 April 2025): UC standard allowance, joint claimants either 25 or
over, £628.10; carer element £201.68 (SI 2025/295 art 32(2), Sch 13); higher
work allowance (no housing costs element) £684.00 (art 32(1)); taper 55%
(reg 22). Carer's Allowance £83.30 a week, earnings limit £196 a week (SI
2025/295 art 3, Sch 1 Pt III para 4; SI 2025/352 reg 4).

Every scenario: UC from 1 May 2025, the outcome (``lcw_found`` for adult 1)
effective and decided that day; 12 assessment periods from 1 May 2025, all
beginning before 6 April 2026, so at 2025-26 rates throughout.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Household, caseload_gains, estimate
from entitlements.gain import Outcome, Scenario, income_gain
from entitlements.tables import Tables

D = dt.date
F = D(2025, 5, 1)
TABLES = Tables.load()


def _couple(earnings1: int = 0, earnings2: int = 0, lcw1: bool = False) -> Household:
    # Adult 1, 40, the claimant the outcome is about; adult 2, 38, cares and claims Carer's Allowance.
    return Household(adults=(Adult(age=40, monthly_earnings=earnings1, lcw=lcw1),
                             Adult(age=38, monthly_earnings=earnings2, carer=True, claims_carers_allowance=True)))


def _lcw_found(h: Household) -> Scenario:
    return Scenario(household=h, claim_start=F, outcomes=(
        Outcome(kind="lcw_found", effective=F, decided=F, confirmed=True, adult=1),))


def _uc(h: Household) -> int:
    return int(estimate(h, on=F).universal_credit.award)


def _gain(s: Scenario):
    """(UC before and after in every period, recurring monthly gain, projected UC) by the one-household path,
    checked equal to the caseload path."""
    g = income_gain(s)
    one = ({(p.before, p.after) for p in g.periods}, g.recurring_monthly, g.projected_uc)
    c = caseload_gains([s])
    assert c.valid[0], c.reasons[0]
    assert (int(c.projection.recurring_monthly[0]), int(c.projection.projected_uc[0])) == one[1:]
    return one


def test_couple_carer_claims_carers_allowance_no_earnings_lcw_found_uc_before_as_estimate():
    # Maximum amount £628.10 + carer element £201.68 = £829.78.
    # Carer's Allowance: no earnings (0 <= £196 limit), no overlapping benefit: £83.30 a week paid;
    #   monthly £83.30 x 52 / 12 = £360.9666... = £360.97 (reg 73(2)(a), to the penny half up).
    # UC before: £829.78 - £360.97 = £468.81 (the old gain counted no Carer's Allowance: £829.78).
    # LCW found: no element for LCW (removed from 3 April 2017, SI 2017/204), only a work allowance
    #   (reg 22(2)), worth nothing with no earnings: UC after £468.81, recurring gain £0.00.
    h = _couple()
    assert _uc(h) == 46881
    assert _uc(_couple(lcw1=True)) == 46881
    periods, recurring, projected = _gain(_lcw_found(h))
    assert periods == {(46881, 46881)}
    assert (recurring, projected) == (0, 0)


def test_couple_carer_claims_carers_allowance_claimant_earning_1000_lcw_found_gain_after_the_nil_floor():
    # Adult 1 earns £1,000.00 a month net; the carer has no earnings: Carer's Allowance £360.97 a month, as above.
    # Before (no LCW, no child: no work allowance): 55% x £1,000.00 = £550.00;
    #   £829.78 - £360.97 - £550.00 = -£81.19: nil.
    # After (LCW: higher work allowance £684.00): 55% x (£1,000.00 - £684.00) = 55% x £316.00 = £173.80;
    #   £829.78 - £360.97 - £173.80 = £295.01.
    # Recurring gain £295.01 a month; 12 assessment periods: 12 x £295.01 = £3,540.12.
    # (The old gain, without Carer's Allowance: £279.78 -> £655.98, £376.20 a month.)
    h = _couple(earnings1=100000)
    assert _uc(h) == 0
    assert _uc(_couple(earnings1=100000, lcw1=True)) == 29501
    periods, recurring, projected = _gain(_lcw_found(h))
    assert periods == {(0, 29501)}
    assert (recurring, projected) == (29501, 354012)


def test_carer_earning_at_the_carers_allowance_limit_counts_it_a_penny_over_does_not():
    # The carer earns £849.33 a month net: weekly £849.33 x 12 / 52 = £195.9992..., taken as £196.00 (rounded
    #   up): not over the £196 limit, so Carer's Allowance £83.30 a week, £360.97 a month.
    #   Before: 55% x £849.33 = £467.1315 = £467.13; £829.78 - £360.97 - £467.13 = £1.68.
    #   After (adult 1's LCW gives the couple the work allowance, reg 22(2)): 55% x (£849.33 - £684.00)
    #   = 55% x £165.33 = £90.9315 = £90.93; £829.78 - £360.97 - £90.93 = £377.88. Gain £376.20.
    # At £849.34: weekly £196.0015... > £196: no Carer's Allowance (SI 1976/409 reg 8), none counted.
    #   Before: 55% x £849.34 = £467.137 = £467.14; £829.78 - £467.14 = £362.64.
    #   After: 55% x £165.34 = £90.937 = £90.94; £829.78 - £90.94 = £738.84. Gain £376.20.
    # 12 periods: 12 x £376.20 = £4,514.40 either way.
    at, over = _couple(earnings2=84933), _couple(earnings2=84934)
    assert (_uc(at), _uc(over)) == (168, 36264)
    assert _gain(_lcw_found(at)) == ({(168, 37788)}, 37620, 451440)
    assert _gain(_lcw_found(over)) == ({(36264, 73884)}, 37620, 451440)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(earnings1=st.integers(0, 200000), earnings2=st.integers(0, 120000), new_style_esa=st.sampled_from([0, 5000, 9205]),
       claims=st.booleans(), kind=st.sampled_from(["lcw_found", "lcwra_found", "carer_element"]))
def test_gain_uc_before_and_after_equal_estimate_and_the_caseload_for_a_carer(earnings1, earnings2, new_style_esa,
                                                                             claims, kind):
    # Property: in the first assessment period the gain's UC before is estimate()'s UC of the household, its UC
    # after is estimate()'s UC of the household after (the outcome applied), and the caseload path gives the same
    # recurring and projected gain as the one-household path (checked in _gain).
    from entitlements.gain import household_after
    h = Household(adults=(Adult(age=40, monthly_earnings=earnings1),
                          Adult(age=38, monthly_earnings=earnings2, carer=True, claims_carers_allowance=claims,
                                new_style_esa_weekly=new_style_esa)))
    s = Scenario(household=h, claim_start=F, outcomes=(
        Outcome(kind=kind, effective=F, decided=F, confirmed=True, adult=1),))
    g = income_gain(s)
    first = g.periods[0]
    assert first.before == _uc(h)
    phase = first.phases[0]  # "in_payment" (LCW, carer element) or "pending" (LCWRA awaiting the relevant period)
    assert first.after == _uc(household_after(h, s.outcomes[0], phase=phase, on=F, tables=TABLES))
    _gain(s)
