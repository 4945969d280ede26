"""A council given as a number ('26', a caseload's code column pasted into
local_authority) is refused without close matches: a number's nearest
names (Plymouth, South Ribble for '26') mislead (fuzz round, 2026-12-07)."""

from __future__ import annotations

import pytest

from entitlements import InputError
from entitlements.benefits.council_tax_areas import authority


@pytest.mark.parametrize("name", ["26", "0", "1234", " 26.0 "])
def test_a_number_names_no_council(name):
    with pytest.raises(InputError) as e:
        authority(name)
    assert e.value.field == "local_authority"
    assert "a number names no council" in str(e.value) and "close matches" not in str(e.value)


def test_a_typo_still_gets_close_matches():
    with pytest.raises(InputError) as e:
        authority("Covntry")
    assert "close matches: 'Coventry'" in str(e.value)
