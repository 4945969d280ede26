"""How far a predicted total could fall from its weighted figure: the
distribution of a sum of independent Bernoulli-weighted gains.

Each case's gain ``g`` [pence] is won with probability ``p = num / den``
(1 for a confirmed outcome), independently of every other case, so the total
is ``T = sum(B_i x g_i)`` with ``B_i ~ Bernoulli(p_i)``. Its mean is the
weighted figure the funders' report already gives; this module adds its
standard deviation and an interval holding at least ``level`` of its
probability (90% by default), and says how the interval was made:

``"exact"``
    The distribution is enumerated: every possible total in integer pence
    with its probability as a whole-number weight over the product of the
    denominators (no floating point), built one case at a time (a
    convolution on the totals reached so far). Used while there are at most
    :data:`EXACT_TOTALS` possible totals (always so for up to 16 uncertain
    cases; for many more when gains repeat, as a caseload's often do) and
    the enumeration takes at most :data:`EXACT_STEPS` steps. The interval
    runs from the smallest total ``t`` with ``P(T <= t) >= 5%`` to the
    smallest with ``P(T <= t) >= 95%``, so it holds at least 90%.
``"normal"``
    Above that size: the normal approximation ``mean +/- 1.645 sd`` (by the
    central limit theorem for independent bounded terms; good once many
    cases each contribute a small part of the variance), clipped to the
    least and greatest totals possible, to the nearest penny.
``"none"``
    No case is uncertain (each is confirmed, has probability 0 or 1, or
    gains nothing): the total is known, its sd is 0 and the interval is the
    total.

The mean is the weighted figure (each case's ``g x p`` to the nearest penny,
half up, then added), so it is the figure the report shows beside the
interval. The variance ``sum(g^2 x p x (1 - p))`` is worked out exactly (a
fraction), and the sd is its square root to the nearest penny, so the parts
of a partitioned caseload combine exactly (:func:`moments`,
:func:`from_moments`).
"""

from __future__ import annotations

import math
from fractions import Fraction
from statistics import NormalDist
from typing import Any

import attrs
import numpy as np

__all__ = ["EXACT_TOTALS", "EXACT_STEPS", "Moments", "moments", "from_moments", "total_uncertainty"]

#: The most possible totals the exact distribution enumerates (2 ** 16).
EXACT_TOTALS = 65_536
#: The most steps (totals carried from one case to the next, added up) it takes.
EXACT_STEPS = 2_000_000


@attrs.frozen
class Moments:
    """The additive parts of a Bernoulli-weighted total (one partition's, or
    several added with ``+``): its weighted figure, exact mean and variance
    (fractions of pence), the least and greatest totals possible, the number
    of uncertain cases, and those cases themselves (gain, num, den) while
    there are few enough to enumerate (``None`` once there are not)."""

    weighted_pence: int
    mean: Fraction
    variance: Fraction
    least_pence: int
    most_pence: int
    uncertain_cases: int
    few: tuple[tuple[int, int, int], ...] | None

    def __add__(self, other: Moments) -> Moments:
        few = None
        if self.few is not None and other.few is not None and len(self.few) + len(other.few) <= _FEW:
            few = self.few + other.few
        return Moments(self.weighted_pence + other.weighted_pence, self.mean + other.mean, self.variance + other.variance,
                       self.least_pence + other.least_pence, self.most_pence + other.most_pence,
                       self.uncertain_cases + other.uncertain_cases, few)


# The most uncertain cases kept for enumeration (beyond this the steps limit is always exceeded).
_FEW = 4_000


def moments(amounts, num, den) -> Moments:
    """The additive parts of ``sum(Bernoulli(num / den) x amounts)`` [pence]:
    ``amounts``, ``num`` and ``den`` are integer arrays of one length
    (``0 <= num <= den``, ``den > 0``).

    >>> m = moments([10000, 30000], [1, 1], [2, 2])
    >>> m.weighted_pence, m.mean, m.variance, m.least_pence, m.most_pence
    (20000, Fraction(20000, 1), Fraction(250000000, 1), 0, 40000)
    """
    from .probability import _weighted

    g = np.asarray(amounts, np.int64)
    n = np.asarray(num, np.int64)
    d = np.asarray(den, np.int64)
    weighted = int(_weighted(g, n, d).sum())
    certain = (g == 0) | (n == 0) | (n == d)
    sure = int(g[certain & (n == d)].sum())
    u = ~certain
    gu, nu, du = g[u], n[u], d[u]
    mean, var = Fraction(sure), Fraction(0)
    if gu.size:
        keys, inverse = np.unique(np.stack([nu, du]), axis=1, return_inverse=True)
        inverse = inverse.reshape(-1)
        for k in range(keys.shape[1]):
            kn, kd = int(keys[0, k]), int(keys[1, k])
            gk = gu[inverse == k]
            mean += Fraction(int(gk.sum()) * kn, kd)
            var += Fraction(_sum_of_squares(gk) * kn * (kd - kn), kd * kd)
    least = sure + int(gu[gu < 0].sum())
    most = sure + int(gu[gu > 0].sum())
    few = tuple(zip(gu.tolist(), nu.tolist(), du.tolist())) if gu.size <= _FEW else None
    return Moments(weighted, mean, var, least, most, int(gu.size), few)


def _sum_of_squares(g: np.ndarray) -> int:
    """``sum(g ** 2)`` as an exact Python integer (in int64 chunks that cannot overflow)."""
    if not g.size:
        return 0
    top = int(np.abs(g).max())
    if top == 0:
        return 0
    if top >= 3_000_000_000:  # g ** 2 itself would overflow int64
        return sum(int(x) * int(x) for x in g.tolist())
    per = max(1, (2**62) // (top * top))
    return sum(int(np.sum(g[i:i + per] * g[i:i + per])) for i in range(0, g.size, per))


def from_moments(m: Moments, level: Fraction = Fraction(9, 10)) -> dict[str, Any]:
    """The uncertainty of a total from its parts: ``method``, ``mean_pence``
    (the weighted figure), ``sd_pence``, ``lower_pence`` and ``upper_pence``
    (an interval holding at least ``level`` of the total's probability).

    Two predicted cases, each won with probability 1/2, worth £100 and £300:
    the totals £0, £100, £300 and £400 each have probability 1/4; the mean is
    £200; the variance is 100^2/4 + 300^2/4 = 25,000 (pounds squared), so the
    sd is £158.11; 5% and 95% fall on £0 and £400.

    >>> from_moments(moments([10000, 30000], [1, 1], [2, 2]))
    {'method': 'exact', 'mean_pence': 20000, 'sd_pence': 15811, 'lower_pence': 0, 'upper_pence': 40000}
    """
    sd = _nearest_sqrt(m.variance)
    if m.uncertain_cases == 0:
        return {"method": "none", "mean_pence": m.weighted_pence, "sd_pence": 0, "lower_pence": m.least_pence,
                "upper_pence": m.most_pence}
    tail = (1 - Fraction(level)) / 2
    if m.few is not None:
        bounds = _exact_bounds(m.few, tail)
        if bounds is not None:
            sure = m.least_pence - sum(g for g, _, _ in m.few if g < 0)
            return {"method": "exact", "mean_pence": m.weighted_pence, "sd_pence": sd,
                    "lower_pence": sure + bounds[0], "upper_pence": sure + bounds[1]}
    z = NormalDist().inv_cdf(float(1 - tail))
    half = z * math.sqrt(m.variance)
    lo = min(max(_half_up(float(m.mean) - half), m.least_pence), m.most_pence)
    hi = max(min(_half_up(float(m.mean) + half), m.most_pence), m.least_pence)
    return {"method": "normal", "mean_pence": m.weighted_pence, "sd_pence": sd, "lower_pence": lo, "upper_pence": hi}


def total_uncertainty(amounts, num, den, level: Fraction = Fraction(9, 10)) -> dict[str, Any]:
    """:func:`from_moments` of :func:`moments`: the uncertainty of
    ``sum(Bernoulli(num / den) x amounts)`` [pence].

    >>> total_uncertainty([10000, 30000, 5000], [1, 1, 1], [2, 2, 1])["lower_pence"]   # £50 confirmed
    5000
    """
    return from_moments(moments(amounts, num, den), level)


def _exact_bounds(cases, tail: Fraction) -> tuple[int, int] | None:
    """The ``tail`` and ``1 - tail`` quantiles of the uncertain part's
    total, enumerated with whole-number weights; None when it is too big."""
    dist: dict[int, int] = {0: 1}
    total_weight, steps = 1, 0
    for g, n, d in sorted(cases):
        steps += len(dist)
        if steps > EXACT_STEPS:
            return None
        q = d - n
        nxt: dict[int, int] = {}
        for s, w in dist.items():
            nxt[s] = nxt.get(s, 0) + w * q
            nxt[s + g] = nxt.get(s + g, 0) + w * n
        dist = nxt
        total_weight *= d
        if len(dist) > EXACT_TOTALS:
            return None
    lo = hi = None
    cum = 0
    for s in sorted(dist):
        cum += dist[s]
        # P(T <= s) >= tail  <=>  cum >= tail x total_weight, in whole numbers.
        if lo is None and cum * tail.denominator >= tail.numerator * total_weight:
            lo = s
        if cum * tail.denominator >= (tail.denominator - tail.numerator) * total_weight:
            hi = s
            break
    assert lo is not None and hi is not None
    return lo, hi


def _nearest_sqrt(v: Fraction) -> int:
    """The square root of ``v >= 0`` to the nearest whole number, exactly."""
    r = math.isqrt(v.numerator // v.denominator)
    while (2 * r + 1) ** 2 * v.denominator <= 4 * v.numerator:  # sqrt(v) >= r + 1/2
        r += 1
    return r


def _half_up(x: float) -> int:
    return math.floor(x + 0.5)
