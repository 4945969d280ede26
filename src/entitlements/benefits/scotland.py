"""Scottish Child Payment [pence/week].

Social Security (Scotland) Act 2018 s 79; Scottish Child Payment
Regulations 2020 (SSI 2020/351). A person ordinarily resident in Scotland
who is responsible for a child and is (or whose partner is) in receipt of a
qualifying benefit gets the weekly value for each child:

- a "child" is a person under the age of 16 (reg 4, as substituted by
  SSI 2022/336 reg 4(2), read); entitlement for a child lasts until the child
  attains 16 (reg 19(2)(b) as amended by SSI 2022/326 reg 2, read);
- a child born on 29 February is taken to have their birthday on 28 February
  in a year without one (reg 7, read): such a child turns 16 on 28 February;
- the qualifying benefits are Universal Credit, child tax credit, working
  tax credit, income support, income-based JSA, income-related ESA and Pension
  Credit (reg 14, as listed by CPAG and Social Security Scotland; the
  regulation was not read). The benefit must be awarded and in payment: for
  UC, an award above nil (a UC calculation that comes to nil is no award);
  a claimant whose UC is reduced to nil by a sanction still qualifies (CPAG).
  The caller decides this and passes ``qualifying_benefit``;
- there is no limit on the number of children, and the two-child limit of
  UC or CTC does not matter.

The weekly value is ``scotland.scottish_child_payment`` (rows change on
1 April, ``applies = day``); it is paid four-weekly in arrears.

Adult and Child Disability Payment are in :mod:`.disability`; Carer Support
Payment in :mod:`.carers_allowance` (``scottish=True``).

Scottish Child Payment is not income for UC (SI 2013/376 reg 66 does not
list it) and is not a welfare benefit for the benefit cap.
"""

from __future__ import annotations

import numpy as np

from ..dates import months_later
from ..tables import Tables
from ._numeric import days as _days
from ._numeric import flag, is_array, out_int, table_on

__all__ = ["children_under_16", "scottish_child_payment_weekly"]


def children_under_16(child_dates_of_birth, *, on):
    """How many children are under 16 on ``on`` (SSI 2020/351 regs 4, 7).

    ``child_dates_of_birth``: ``datetime64[D]`` with the children on the last
    axis (NaT for an empty slot); ``on`` a date or one date per row. A child
    born by ``on`` whose 16th birthday is after ``on``; a 29 February birthday
    falls on 28 February in a common year (reg 7).

    >>> import datetime as dt
    >>> import numpy as np
    >>> children_under_16(np.array(["2009-06-02", "2012-01-01", "NaT"], dtype="datetime64[D]"), on=dt.date(2025, 6, 2))
    1
    """
    dob = np.asarray(child_dates_of_birth)
    if dob.dtype.kind != "M" or dob.ndim < 1:
        from ..errors import InputError

        raise InputError("child_dates_of_birth", str(dob.dtype), "a datetime64[D] array with the children on the last axis (NaT for none)")
    dob = dob.astype("datetime64[D]")
    day = _days(on)
    day = day[..., None] if day.ndim else day
    present = ~np.isnat(dob)
    safe = np.where(present, dob, np.datetime64("2000-01-01", "D"))
    # months_later keeps the day or takes the last day of a shorter month:
    # 29 February + 16 years is 28 February in a common year, as reg 7 says.
    sixteenth = months_later(safe, 16 * 12)
    under = present & (safe <= day) & (day < sixteenth)
    count = under.sum(axis=-1).astype(np.int64)
    return int(count) if count.ndim == 0 else count


def scottish_child_payment_weekly(child_dates_of_birth, qualifying_benefit, *, on, tables: Tables):
    """Scottish Child Payment [pence/week]: the weekly value for each child
    under 16 on ``on``, where ``qualifying_benefit`` (the person or partner is
    in receipt of a qualifying benefit, e.g. a UC award above nil) holds.

    >>> import datetime as dt
    >>> import numpy as np
    >>> from entitlements.tables import Tables
    >>> kids = np.array(["2015-03-01", "2009-06-01"], dtype="datetime64[D]")
    >>> scottish_child_payment_weekly(kids, True, on=dt.date(2025, 6, 2), tables=Tables.load())   # the elder turned 16 on 1 June
    2715
    """
    scalar = np.ndim(child_dates_of_birth) <= 1 and not is_array(qualifying_benefit, on)
    n = np.asarray(children_under_16(child_dates_of_birth, on=on))
    q = flag("qualifying_benefit", qualifying_benefit)
    rate = tables.at("scotland.scottish_child_payment", table_on(on))
    return out_int(np.where(q, n * rate, 0), scalar)
