"""A caseload of outcomes in columns: the form the projection reads.

:class:`Cases` holds one outcome a case, in columns: the household before
(:class:`~entitlements.columns.BenefitUnitColumns`), dates as day numbers
(:mod:`entitlements.gain.calendar`), choices as codes into the tuples of
:mod:`entitlements.gain.outcomes`, and the benefit the outcome brings in its
own right as coefficients on its rate table's keys. The readers in
:mod:`entitlements.io.outcome_columns` build it.
"""

from __future__ import annotations

from fractions import Fraction

import attrs
import numpy as np

from ..columns import BenefitUnitColumns
from .calendar import NEVER
from .outcomes import OUTCOME_KINDS, STAGES

__all__ = ["Cases", "KIND", "STAGE", "LINE_TABLES", "LINE_NAMES", "LINE_KEYS", "LINE_WIDTH", "NEVER", "fraction_parts"]


KIND = {k: i for i, k in enumerate(OUTCOME_KINDS)}


STAGE = {k: i for i, k in enumerate(STAGES)}


#: Benefit line tables (code 0: none).
LINE_TABLES = (None, "pip.rates", "dla.rates", "carers_allowance.rate", "child_benefit.rates", "aa.rates", None,
               None, None, None)


#: Lines with no table (``other`` and the last three) are a fixed weekly amount.
LINE_NAMES = ("", "pip", "dla", "carers_allowance", "child_benefit", "attendance_allowance", "other",
              "housing_benefit", "council_tax_reduction", "council_tax")


LINE_KEYS = {
    "pip.rates": ("daily_living_standard", "daily_living_enhanced", "mobility_standard", "mobility_enhanced"),
    "dla.rates": ("care_highest", "care_middle", "care_lowest", "mobility_higher", "mobility_lower"),
    "carers_allowance.rate": ("",),
    "child_benefit.rates": ("eldest_or_only_child", "each_other_child"),
    "aa.rates": ("higher", "lower"),
}


LINE_WIDTH = 5


@attrs.frozen
class Cases:
    """One outcome a case, in columns (day numbers for dates, codes for
    choices). ``after`` holds the households of ``housing_change`` and
    ``income_change`` cases (``after_row`` indexes it, -1 elsewhere).
    ``line_*`` is the benefit the outcome brings in its own right: a table
    code into LINE_TABLES and one coefficient per key of that table."""

    before: BenefitUnitColumns
    valid: np.ndarray
    reasons: np.ndarray  # object: "" or why the case cannot be projected
    kind: np.ndarray
    claim_start: np.ndarray
    effective: np.ndarray
    decided: np.ndarray
    ends: np.ndarray
    evidence: np.ndarray
    adult: np.ndarray  # 1 or 2
    child_slot: np.ndarray  # -1, or the child's slot (eldest first)
    protection: np.ndarray  # -1 decide from the dates, 0 new claimant, 1 protected
    terminally_ill: np.ndarray
    pip_daily_living: np.ndarray
    pip_mobility: np.ndarray
    dla_care: np.ndarray
    dla_mobility: np.ndarray
    aa_rate: np.ndarray
    partner_carer: np.ndarray
    reason: np.ndarray
    benefit: np.ndarray
    stage: np.ndarray
    confirmed: np.ndarray
    prob_num: np.ndarray  # probability given: numerator (-1: none given)
    prob_den: np.ndarray
    lump_sum: np.ndarray
    debt_written_off: np.ndarray
    line_table: np.ndarray
    line_coef: np.ndarray  # (n, LINE_WIDTH)
    line_fixed: np.ndarray
    after: BenefitUnitColumns | None = None
    after_row: np.ndarray | None = None
    #: Where no decision date was given (``decided`` is then the effective date); None: given everywhere.
    decided_blank: np.ndarray | None = None
    #: The N of the ``childN_`` columns of each child slot of ``before`` (eldest first; 0: none), as the file
    #: numbered the children (Scenarios: the Nth of ``Household.children``); None: child N is the Nth eldest.
    child_numbers: np.ndarray | None = attrs.field(default=None, eq=False, repr=False)

    def child_column(self, i: int, slot: int, leaf: str) -> str:
        """The column of case ``i``'s child in ``slot`` of ``before``, field
        ``leaf``: ``child3_education`` where the file numbered that child 3."""
        from ..columns import child_column

        return child_column(self.child_numbers, i, slot, leaf)

    def __len__(self) -> int:
        return int(self.valid.shape[0])


def fraction_parts(p: float | Fraction) -> tuple[int, int]:
    f = p if isinstance(p, Fraction) else Fraction(str(p))
    return f.numerator, f.denominator
