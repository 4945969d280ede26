"""The chance an outcome succeeds, and the figures weighted by it.

For one outcome (:func:`success_probability`) and for a caseload in columns
(:func:`probabilities`): confirmed, the probability given, or the latest
published success rate for its kind and stage (``rules/gain/success_*.toml``).
Also the GP appointments saved a year per patient found to have LCW or LCWRA
(``rules/gain/gp_appointments_saved.toml``).
"""

from __future__ import annotations

import datetime as dt  # noqa: F401  (the doctest's dates)
from fractions import Fraction

import attrs
import numpy as np

from ..explain import UNVERIFIED, row_citation
from ..money import divide_half_up
from ..tables import Tables, default_tables
from .cases import KIND, STAGE, Cases
from .outcomes import Outcome

__all__ = ["Probability", "success_probability", "gp_appointments_saved_a_year", "weighted", "probabilities"]


@attrs.frozen
class Probability:
    """The chance an outcome succeeds: ``value`` (a Fraction), where it came
    from (``source``: "confirmed", "given", a rule table id, or "none" when
    no published figure was found and the gain is not discounted)."""

    value: Fraction
    source: str
    detail: str = ""


#: A chance of success where none is published: the value is not discounted, which is no promise of success.
NO_PUBLISHED_RATE = "no published success rate: valued in full, not discounted"


def chance_in_words(value, source: str) -> str:
    """A chance of success in words: the percentage, or, where no rate is
    published (``source == "none"``), :data:`NO_PUBLISHED_RATE` rather than
    "100%", which would read as a promise.

    >>> chance_in_words(Fraction(64, 100), "gain.success_wca.lcwra_initial"), chance_in_words(Fraction(1), "none")
    ('chance of success 64%', 'no published success rate: valued in full, not discounted')
    """
    return NO_PUBLISHED_RATE if source == "none" else f"chance of success {float(value):.0%}"


_SUCCESS_KEYS = {
    ("lcwra_found", "initial"): ("gain.success_wca", "lcwra_initial"),
    ("lcwra_found", "mandatory_reconsideration"): ("gain.success_wca", "mandatory_reconsideration"),
    ("lcwra_found", "appeal"): ("gain.success_wca", "appeal"),
    ("lcw_found", "initial"): ("gain.success_wca", "lcw_initial"),
    ("lcw_found", "mandatory_reconsideration"): ("gain.success_wca", "mandatory_reconsideration"),
    ("lcw_found", "appeal"): ("gain.success_wca", "appeal"),
    ("pip_awarded", "initial"): ("gain.success_pip", "initial"),
    ("pip_awarded", "mandatory_reconsideration"): ("gain.success_pip", "mandatory_reconsideration"),
    ("pip_awarded", "appeal"): ("gain.success_pip", "appeal"),
    ("dla_awarded", "appeal"): ("gain.success_dla", "appeal"),
}


def success_probability(outcome: Outcome, tables: Tables | None = None) -> Probability:
    """The probability used to weight ``outcome``: 1 if confirmed; the given
    ``probability``; else the latest published rate for its kind and stage
    (``rules/gain/success_*.toml``, each row citing its publication); else 1
    with ``source="none"`` (no published figure: not discounted).

    >>> success_probability(Outcome(kind="pip_awarded", effective=dt.date(2025, 5, 1), pip_daily_living="standard", stage="appeal")).value
    Fraction(69, 100)
    """
    if outcome.confirmed:
        return Probability(Fraction(1), "confirmed")
    if outcome.probability is not None:
        p = outcome.probability
        return Probability(p if isinstance(p, Fraction) else Fraction(str(p)), "given")
    key = _SUCCESS_KEYS.get((outcome.kind, outcome.stage))
    if key is None:
        return Probability(Fraction(1), "none", f"no published success rate for {outcome.kind} at {outcome.stage}: not discounted")
    t = (tables if tables is not None else default_tables()).table(key[0])
    row = t.last_known
    detail = f"{key[0]} {key[1]} = {row.value[key[1]]}% (published statistics; {row.source})"
    if not row.verified:
        detail += " " + UNVERIFIED
    return Probability(row.value[key[1]] / 100, f"{key[0]}.{key[1]}", detail)


def gp_appointments_saved_a_year(tables: Tables | None = None) -> tuple[int, str]:
    """GP appointments saved a year per patient found to have LCW or LCWRA,
    and its source (the latest row of ``gain.gp_appointments_saved``)."""
    t = (tables if tables is not None else default_tables()).table("gain.gp_appointments_saved")
    row = t.last_known
    return row.value, row_citation(row)


def weighted(amount, probability: Fraction) -> int:
    """``amount`` x ``probability``, to the nearest penny (half up)."""
    return int(divide_half_up(int(amount) * probability.numerator, probability.denominator))


def probabilities(c: Cases, tables: Tables) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each case's probability of success as numerator and denominator, and
    its source code (0 confirmed, 1 given, 2 published table, 3 none found)."""
    n = len(c)
    num = np.ones(n, np.int64)
    den = np.ones(n, np.int64)
    src = np.full(n, 3, np.int8)
    for (kind, stage), (tid, key) in _SUCCESS_KEYS.items():
        m = (c.kind == KIND[kind]) & (c.stage == STAGE[stage])
        if m.any():
            f = tables.table(tid).last_known.value[key] / 100
            num[m], den[m], src[m] = f.numerator, f.denominator, 2
    given = c.prob_num >= 0
    num[given], den[given], src[given] = c.prob_num[given], c.prob_den[given], 1
    conf = c.confirmed
    num[conf], den[conf], src[conf] = 1, 1, 0
    return num, den, src


def _weighted(amount, num, den):
    return _half_up_div(np.asarray(amount, np.int64) * num, den)


def _half_up_div(numer: np.ndarray, den: np.ndarray) -> np.ndarray:
    """``numer / den`` to the nearest integer, a half away from zero (den > 0, per row)."""
    mag = (2 * np.abs(numer) + den) // (2 * den)
    return np.where(numer < 0, -mag, mag)
