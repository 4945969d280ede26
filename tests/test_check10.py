"""check10: three small jobs from the adviser's pass qa-adv9 ("Left").

1. `--lcwra-pending` help says what it means: LCWRA has been *found* and the element is not yet in the award
   (SI 2013/376 reg 28), not "a WCA decision awaited" (an adviser reading it so gets `gain` refusing
   lcwra_found: "adult 1 already has LCWRA")."""

from __future__ import annotations

import pytest

from entitlements.cli import main


@pytest.mark.parametrize("prefix", ["", "partner-"])
def test_lcwra_pending_help_says_found_not_awaited(capsys, prefix):
    with pytest.raises(SystemExit):
        main(["estimate", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    part = out.split(f"--{prefix}lcwra-pending ", 1)[1][:260]
    assert "found to have LCWRA" in part, part
    assert "not yet in the award" in part, part
    assert "decision" in part and "awaited" in part and "lcwra_found" in part, part
