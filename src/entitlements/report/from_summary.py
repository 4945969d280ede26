"""A caseload's gains known only by their summary, as the funders' report
reads them (for a caseload in partitions: :mod:`entitlements.gain.partitions`).

The report renders from :meth:`CaseloadGains.summary`; the few things it reads
from the gains themselves (the conventions, the rows that failed) are in a
partitioned run's summary too, so :class:`SummaryGains` serves them from it.
Only the chart of the distribution of the gain per case needs every case's
figure: it is left out (the distribution's table, from the summary, stays).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import numpy as np

from ..errors import InputError

__all__ = ["SummaryGains"]


@attrs.frozen
class SummaryGains:
    """What the report needs of a :class:`~entitlements.gain.caseload.CaseloadGains`,
    from its summary alone (``summary``: that of
    :meth:`~entitlements.partitions.PartitionedResult.summary` of
    :func:`~entitlements.gain.partitions.gains_partitioned`, with its
    ``errors``: row and reason)."""

    whole: Mapping[str, Any]

    @property
    def convention(self) -> str:
        return self.whole["assumptions"]["convention"]

    @property
    def horizon_months(self) -> int:
        return int(self.whole["assumptions"]["horizon_months"])

    @property
    def projection_from(self) -> str:
        return self.whole["assumptions"]["projection_from"]

    @property
    def rules(self) -> str:
        return self.whole["assumptions"]["rules"]

    # No case's own figure: the distribution chart is not drawn.
    annual = np.zeros(0, np.int64)
    valid = np.zeros(0, bool)

    def summary(self, group_by: Sequence[str] | None = None) -> dict[str, Any]:
        """The summary, with the groups asked for (all by default)."""
        s = {k: v for k, v in self.whole.items() if k != "errors"}
        if group_by is not None:
            groups = self.whole.get("by_group", {})
            for g in group_by:
                if g not in groups:
                    raise InputError("group_by", g, "one of the grouping columns: " + ", ".join(groups)
                                     if groups else "a grouping column (the caseload has none)")
            s["by_group"] = {g: groups[g] for g in group_by}
        return s

    def errors(self) -> list[dict[str, Any]]:
        """The rows that could not be projected: row number and reason (no case id: the report counts them by reason)."""
        return [{"row": e["row"], "case_id": "", "reason": e["reason"]} for e in self.whole.get("errors", [])]
