"""New-style (contributory) ESA and JSA: weekly rates [pence/week].

New-style Employment and Support Allowance: Welfare Reform Act 2007 s 2 (as
amended by the Welfare Reform Act 2012); Employment and Support Allowance
Regulations 2013 (SI 2013/379) reg 62. Amounts in ``esa.new_style``:

- assessment phase (the first 13 weeks of a claim, WRA 2007 s 24(2)): the
  under-25 amount (reg 62(1)(b)(ii), ``under_25_assessment_phase``) or, for a
  claimant aged 25 or over, the main amount (reg 62(1)(b)(i), ``main``);
- main phase, any age: the main amount (reg 62(1)(a)) plus the support
  component for a claimant with limited capability for work-related
  activity (the support group; reg 62(2), ``support_component``), or the
  work-related activity component only for a claimant protected by the
  savings of SI 2017/204 Sch 2 (placed in the work-related activity group
  on a claim made before 3 April 2017; ``wrag_component``). A work-related
  activity group claimant without that protection gets the main amount only.

The Universal Credit Act 2025 (long title: "the rates of income-related
employment and support allowance") does not alter the contributory support
component; the 2026-27 amount in ``esa.new_style`` is unverified there.

New-style Jobseeker's Allowance: Jobseekers Act 1995 s 4(1) (as amended by
WRA 2012 Sch 14); Jobseeker's Allowance Regulations 2013 (SI 2013/378)
reg 49(1): the under-25 or the 25-or-over amount (``jsa.new_style``).

Both count in full as unearned income for Universal Credit (SI 2013/376
reg 66(1)(b)), converted x 52 / 12 (reg 73(1)).

Not modelled: the deductions for pension payments over the threshold (ESA)
and for earnings and pensions (JSA), the 182-day limit of new-style JSA and
the 365-day limit of new-style ESA outside the support group, the
contribution conditions, terminal illness (the support component from the
start: give ``phase=1``).
"""

from __future__ import annotations

import numpy as np

from ..tables import Tables
from ._numeric import flag, is_array, out_int, table_on, whole

__all__ = ["ESA_PHASES", "ESA_GROUPS", "new_style_esa_weekly", "new_style_jsa_weekly"]

#: ``phase`` codes: 0 assessment phase, 1 main phase.
ESA_PHASES = ("assessment", "main")
#: ``group`` codes: 0 none (not yet assessed, or no limited capability for
#: work-related activity), 1 work-related activity group, 2 support group.
ESA_GROUPS = ("none", "work_related_activity", "support")


def new_style_esa_weekly(age, phase, group=0, *, on, tables: Tables, wrag_protected=False):
    """Weekly new-style ESA [pence/week] (SI 2013/379 reg 62).

    ``age`` in whole years; ``phase`` 0 assessment, 1 main; ``group`` 0 none,
    1 work-related activity, 2 support (ignored in the assessment phase);
    ``wrag_protected`` the SI 2017/204 Sch 2 saving for the work-related
    activity component.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> t = Tables.load()
    >>> new_style_esa_weekly(24, 0, on=dt.date(2025, 6, 2), tables=t)       # under 25, assessment
    7290
    >>> new_style_esa_weekly(24, 1, 2, on=dt.date(2025, 6, 2), tables=t)    # £92.05 + £48.50
    14055
    """
    scalar = not is_array(age, phase, group, on, wrag_protected)
    a = whole("age", age, 16, 130, "an age in whole years")
    p = whole("phase", phase, 0, 1, "a phase code (0 assessment, 1 main)")
    g = whole("group", group, 0, 2, "a group code (0 none, 1 work-related activity, 2 support)")
    w = flag("wrag_protected", wrag_protected)
    r = tables.at("esa.new_style", table_on(on))
    assessment = np.where(a < 25, r["under_25_assessment_phase"], r["main"])
    component = np.where(g == 2, r["support_component"], np.where((g == 1) & w, r["wrag_component"], 0))
    return out_int(np.where(p == 0, assessment, r["main"] + component), scalar)


def new_style_jsa_weekly(age, *, on, tables: Tables):
    """Weekly new-style JSA [pence/week] (SI 2013/378 reg 49(1)): the
    under-25 amount or the 25-or-over amount.

    >>> import datetime as dt
    >>> from entitlements.tables import Tables
    >>> new_style_jsa_weekly(25, on=dt.date(2026, 6, 1), tables=Tables.load())
    9555
    """
    scalar = not is_array(age, on)
    a = whole("age", age, 16, 130, "an age in whole years")
    r = tables.at("jsa.new_style", table_on(on))
    return out_int(np.where(a < 25, r["under_25"], r["aged_25_or_over"]), scalar)
