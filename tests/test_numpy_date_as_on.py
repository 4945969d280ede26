"""``on`` given as numpy's own date (``np.datetime64``, as ``df["period"].values.max()`` gives) is read as the date,
for one household and for a caseload, as a ``datetime`` or pandas ``Timestamp`` at midnight already was; with a time
of day, or NaT, it is refused in one line naming ``on``."""

from __future__ import annotations

import numpy as np
import pytest

from entitlements import Adult, Household, InputError, estimate, estimate_caseload

H = Household(adults=Adult(age=30))


@pytest.mark.parametrize("on", [np.datetime64("2026-05-01"), np.datetime64("2026-05-01T00:00:00.000000000")])
def test_numpy_midnight_is_the_date(on):
    # Single, 25 or over, no income, 2026-27: the standard allowance £424.90 (SI 2026/113 reg 3(3)(a)).
    assert estimate(H, on=on).universal_credit.award == 42490
    assert estimate_caseload([H, H], on=on).award.tolist() == [42490, 42490]


@pytest.mark.parametrize("on", [np.datetime64("2026-05-01T10:00"), np.datetime64("NaT")])
def test_numpy_time_of_day_or_nat_is_refused(on):
    with pytest.raises(InputError, match=r"^on: .* is not allowed"):
        estimate(H, on=on)
    with pytest.raises(InputError, match=r"^on: "):
        estimate_caseload([H, H], on=on)
