"""Disclosure control for the reports: which figures to hide (private to
:mod:`entitlements.report`; no I/O, no rendering).

A figure about 1 to 4 cases is hidden (primary suppression); where that
leaves exactly one figure hidden in a table's column whose total is shown
elsewhere, the next-smallest figure is hidden too (secondary suppression),
so that the total less the figures shown is the sum of two groups, never one
group's figure. That is the practice of the ONS and NHS England for tables
of small counts.
"""

from __future__ import annotations

from .. import suppression as _suppression
from ..suppression import suppressed_cells

__all__ = ["MIN_GROUP", "MIN_PERCENTILE_GROUP", "MIN_TAIL_GROUP", "benefit_cells", "percentiles_shown", "suppressed_cells"]

#: The fewest cases a figure in a report may be about (:data:`entitlements.suppression.MIN_GROUP`).
MIN_GROUP = _suppression.MIN_GROUP
#: The fewest cases a median or quartile may be about. A percentile is one
#: case's figure (or a blend of two neighbours'): with 5 to 9 cases the
#: median and quartiles are the second or third case from an end, a person's
#: own gain. Totals and means stay from :data:`MIN_GROUP`.
MIN_PERCENTILE_GROUP = 10
#: The fewest cases the 10th and 90th percentiles may be about: below 20
#: they lie between the two lowest (or highest) cases, next to the least
#: and the most, which a report never shows.
MIN_TAIL_GROUP = 20


def percentiles_shown(cases: int) -> dict[str, bool]:
    """Which of a distribution's figures a report may show for ``cases``
    cases: the mean from :data:`MIN_GROUP`, the median and quartiles from
    :data:`MIN_PERCENTILE_GROUP`, the 10th and 90th percentiles from
    :data:`MIN_TAIL_GROUP`; the least and the most never.

    >>> [k for k, v in percentiles_shown(12).items() if v]
    ['p25_pence', 'median_pence', 'p75_pence', 'mean_pence']
    """
    return {"p10_pence": cases >= MIN_TAIL_GROUP, "p25_pence": cases >= MIN_PERCENTILE_GROUP,
            "median_pence": cases >= MIN_PERCENTILE_GROUP, "p75_pence": cases >= MIN_PERCENTILE_GROUP,
            "p90_pence": cases >= MIN_TAIL_GROUP, "mean_pence": cases >= MIN_GROUP}


def benefit_cells(s) -> tuple[list[str], list[int], list[int], set[int], set[int]]:
    """A summary's figures by benefit as the report's table and chart both
    show them: the benefits, the confirmed and the predicted cases each
    figure is about (an older summary without the counts: every benefit's,
    the block's), and the figures hidden in each column. One choice for the
    table and the chart: were they to hide different figures (the chart's
    secondary choice falling on another benefit), the two together would
    give a hidden one away."""
    keys = list(s["annual_gain_by_benefit_pence"])

    def counts(block) -> list[int]:
        return [block["cases_by_benefit"].get(k, 0) if "cases_by_benefit" in block else block["cases"] for k in keys]

    n_c, n_p = counts(s["confirmed"]), counts(s["predicted"])
    return keys, n_c, n_p, suppressed_cells(n_c), suppressed_cells(n_p)
