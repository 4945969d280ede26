"""The uncertainty of a predicted total (issue 19, part 1): hand-worked
distributions of sums of Bernoulli-weighted gains, the normal approximation,
and properties against a brute-force enumeration written here."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.gain.caseload import caseload_gains
from entitlements.gain.uncertainty import EXACT_TOTALS, from_moments, moments, total_uncertainty
from entitlements.report.write import headline, interval_sentence


def test_two_cases_even_chances_100_and_300():
    # Totals £0, £100, £300, £400, each with probability 1/4.
    # mean = 0.5 x 100 + 0.5 x 300 = £200
    # var = 100^2 x 1/4 + 300^2 x 1/4 = 2,500 + 22,500 = 25,000 (pounds^2); sd = £158.1139 -> 15811p
    # P(T <= 0) = 1/4 >= 5% -> lower £0; P(T <= 300) = 3/4 < 95%, P(T <= 400) = 1 -> upper £400
    u = total_uncertainty([10000, 30000], [1, 1], [2, 2])
    assert u == {"method": "exact", "mean_pence": 20000, "sd_pence": 15811, "lower_pence": 0, "upper_pence": 40000}


def test_two_likely_wins_of_100_lower_bound_above_zero():
    # p = 9/10 each: P(0) = 1/100, P(100) = 18/100, P(200) = 81/100.
    # P(T <= 0) = 1% < 5%; P(T <= 100) = 19% >= 5% -> lower £100; upper £200.
    # mean = 2 x 90 = £180; var = 2 x 100^2 x 0.9 x 0.1 = 1,800; sd = £42.4264 -> 4243p
    u = total_uncertainty([10000, 10000], [9, 9], [10, 10])
    assert u == {"method": "exact", "mean_pence": 18000, "sd_pence": 4243, "lower_pence": 10000, "upper_pence": 20000}


def test_a_quantile_exactly_on_the_boundary():
    # One case, p = 1/20, £100: P(T <= 0) = 19/20 = exactly 95%, so the upper end is £0
    # (whole-number weights: 19 x 20 >= 19 x 20; floating point could put it either side).
    # mean = 100 / 20 = £5; var = 100^2 x 1/20 x 19/20 = 475; sd = £21.7945 -> 2179p
    u = total_uncertainty([10000], [1], [20])
    assert u == {"method": "exact", "mean_pence": 500, "sd_pence": 2179, "lower_pence": 0, "upper_pence": 0}


def test_confirmed_cases_shift_the_interval_and_add_no_spread():
    # £50 confirmed (p = 1) and £20 with p = 0 (lost for certain) beside the two even chances above.
    u = total_uncertainty([10000, 30000, 5000, 2000], [1, 1, 1, 0], [2, 2, 1, 3])
    assert u == {"method": "exact", "mean_pence": 25000, "sd_pence": 15811, "lower_pence": 5000, "upper_pence": 45000}


def test_cases_lost_for_certain_or_worth_nothing_are_not_uncertain():
    # A gain with p = 0 (a loss of £20 or a gain of £30 that cannot happen) and a
    # gain of £0 with p = 1/2 are certain: they add nothing to the spread, the
    # bounds or the count of uncertain cases. Only £7 at p = 1/2 is uncertain:
    # mean = 50 + 7/2 = £53.50; variance = 700^2 x 1/2 x 1/2 = 122,500 (pence^2);
    # least £50 (the £7 lost), most £57.
    # Mutant killed: ``certain = n == d`` (dropping ``g == 0`` and ``n == 0``): the
    # certain loss would pull the least to £30 and count three uncertain cases.
    m = moments([5000, -2000, 3000, 0, 700], [1, 0, 0, 1, 1], [1, 3, 4, 2, 2])
    assert (m.mean, m.variance, m.least_pence, m.most_pence, m.uncertain_cases, m.few) == (
        5350, 122500, 5000, 5700, 1, ((700, 1, 2),))
    # Nothing uncertain left: method "none", £50 exactly.
    u = total_uncertainty([5000, 2000, -3000], [1, 0, 0], [1, 3, 4])
    assert u == {"method": "none", "mean_pence": 5000, "sd_pence": 0, "lower_pence": 5000, "upper_pence": 5000}


def test_nothing_uncertain():
    u = total_uncertainty([5000, 7000], [1, 1], [1, 1])
    assert u == {"method": "none", "mean_pence": 12000, "sd_pence": 0, "lower_pence": 12000, "upper_pence": 12000}


def test_normal_approximation_when_the_totals_are_too_many():
    # Gains 2^k pence, k = 0..19, each p = 1/2: every subset sum differs, so 2^20 > 65,536 totals.
    # mean = (2^20 - 1) / 2 = 524,287.5; weighted figure = sum of 2^k / 2 half up = 1 (k=0: 0.5 -> 1) + (2^20 - 2) / 2
    # var = sum 4^k / 4 = (4^20 - 1) / 12; sd = 302,697.9 pence
    assert 2**20 > EXACT_TOTALS
    g = [2**k for k in range(20)]
    u = total_uncertainty(g, [1] * 20, [2] * 20)
    sd = math.sqrt((4**20 - 1) / 12)
    assert u["method"] == "normal"
    assert u["mean_pence"] == 1 + (2**20 - 2) // 2
    assert u["sd_pence"] == round(sd) == 302698
    assert u["lower_pence"] == math.floor(524287.5 - 1.6448536269514722 * sd + 0.5)
    assert u["upper_pence"] == math.floor(524287.5 + 1.6448536269514722 * sd + 0.5)


def test_normal_interval_clipped_to_what_is_possible():
    # Many small chances of one large gain each: mean - 1.645 sd is below zero, which cannot happen.
    g = [2**k * 100 for k in range(18)]
    u = total_uncertainty(g, [1] * 18, [50] * 18)
    assert u["method"] == "normal" and u["lower_pence"] == 0


def _brute(cases, level=Fraction(9, 10)):
    """Every combination of wins and losses, with Fractions: the quantiles by definition."""
    dist: dict[int, Fraction] = {}
    for wins in itertools.product((0, 1), repeat=len(cases)):
        pr, s = Fraction(1), 0
        for w, (g, n, d) in zip(wins, cases):
            pr *= Fraction(n, d) if w else 1 - Fraction(n, d)
            s += g if w else 0
        dist[s] = dist.get(s, 0) + pr
    tail = (1 - level) / 2
    cum, lo, hi = Fraction(0), None, None
    for s in sorted(dist):
        cum += dist[s]
        if lo is None and cum >= tail:
            lo = s
        if hi is None and cum >= 1 - tail:
            hi = s
    mean = sum(Fraction(g * n, d) for g, n, d in cases)
    var = sum(Fraction(g * g * n * (d - n), d * d) for g, n, d in cases)
    return lo, hi, mean, var


case = st.tuples(st.integers(-50_000, 500_000), st.integers(0, 10)).map(lambda t: (t[0], t[1], 10))
case_any = st.tuples(st.integers(-50_000, 500_000), st.integers(1, 100), st.integers(0, 100)).map(
    lambda t: (t[0], min(t[2], t[1]), t[1]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(case, case_any), min_size=1, max_size=8))
def test_exact_interval_is_the_enumerated_one(cases):
    g, n, d = (list(x) for x in zip(*cases))
    u = total_uncertainty(g, n, d)
    lo, hi, mean, var = _brute(cases)
    if u["method"] == "none":
        assert u["lower_pence"] == u["upper_pence"] == mean and var == 0
        return
    assert u["method"] == "exact"
    assert (u["lower_pence"], u["upper_pence"]) == (lo, hi)
    assert abs(u["sd_pence"] - math.sqrt(var)) <= 0.5
    assert abs(u["mean_pence"] - mean) <= len(cases) / 2  # each case's weighted gain is rounded to the penny


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(case, case_any), min_size=0, max_size=30), st.integers(0, 30))
def test_partitions_add_up_to_the_whole(cases, cut):
    def parts(cs):
        return [list(x) for x in zip(*cs)] if cs else ([], [], [])
    whole = moments(*parts(cases))
    added = moments(*parts(cases[:cut])) + moments(*parts(cases[cut:]))
    assert (added.weighted_pence, added.mean, added.variance, added.least_pence, added.most_pence, added.uncertain_cases) == (
        whole.weighted_pence, whole.mean, whole.variance, whole.least_pence, whole.most_pence, whole.uncertain_cases)
    assert from_moments(added) == from_moments(whole)


def test_large_gains_do_not_overflow():
    # 2 x 10^6 cases of £40,000,000 (4 x 10^9 pence) at p = 1/2: var = 2e6 x (4e9)^2 / 4, exactly.
    g = [4_000_000_000] * 3
    m = moments(g, [1] * 3, [2] * 3)
    assert m.variance == Fraction(3 * 4_000_000_000**2, 4)


ROW = {"adult1_age": "40", "claim_start": "2025-01-10", "outcome": "lcwra_found", "outcome_date": "2025-01-10",
       "decision_date": "2025-07-20"}


def test_summary_and_headline_of_two_even_chances():
    # Each case gains 507,936p a year (the caseload_gains doctest: LCWRA found, weekly x 52),
    # each won with the given probability 1/2: totals 0, 507,936, 1,015,872 with 1/4, 1/2, 1/4.
    # mean = 507,936; sd = sqrt(2 x 507,936^2 / 4) = 507,936 / sqrt(2) = 359,164.99 -> 359165
    rows = [dict(ROW, case_id=c, probability="0.5") for c in "ab"]
    s = caseload_gains(rows).summary()
    u = s["uncertainty"]
    assert u["method"] == "exact" and u["uncertain_cases"] == 2 and u["level"] == 0.9
    assert u["annual_gain"] == {"method": "exact", "mean_pence": 507936, "sd_pence": 359165, "lower_pence": 0,
                                "upper_pence": 1015872}
    assert u["annual_gain"]["mean_pence"] == s["totals"]["annual_gain_weighted_pence"]
    assert interval_sentence(s) == "predicted £5,079 a year, 90% interval £0 to £10,159 (exact)"
    # The command's headline: the predicted apart from the confirmed, weighted, with the interval.
    assert "predicted: 2 cases, annual income gain £5,079 weighted by the chance of success, 90% interval £0 to £10,159" in headline(s)


def test_summary_all_confirmed():
    s = caseload_gains([dict(ROW, case_id="a", confirmed="yes")]).summary()
    assert s["uncertainty"]["method"] == "none"
    assert s["uncertainty"]["annual_gain"]["lower_pence"] == s["uncertainty"]["annual_gain"]["upper_pence"] == 507936


def test_the_sd_is_the_nearest_whole_penny_even_below_half_a_penny():
    # One predicted case worth 1p won with probability 1/10: variance 1^2 x 1/10 x 9/10 = 0.09
    # pence squared, sd 0.3p, so 0 to the nearest penny (not rounded up to 1p).
    assert from_moments(moments([1], [1], [10]))["sd_pence"] == 0
    # Worth 3p with probability 1/2: variance 9 x 1/4 = 2.25, sd exactly 1.5p: a half goes up, 2p.
    assert from_moments(moments([3], [1], [2]))["sd_pence"] == 2
    # Worth 1p with probability 1/2: variance 0.25, sd exactly 0.5p: 1p.
    assert from_moments(moments([1], [1], [2]))["sd_pence"] == 1
