"""`--lcwra` (the element in the award) and `--lcwra-pending` (not yet in it)
say opposite things; given together, `--lcwra-pending` won silently and the
LCWRA element (£217.26 from 6 April 2026, UC Act 2025 s 2(1)(a)) was left out
of the award. Now one line naming both flags."""

from __future__ import annotations

import pytest

from entitlements.cli import main


@pytest.mark.parametrize("prefix", ["", "partner-"])
def test_lcwra_and_lcwra_pending_together_are_refused(capsys, prefix):
    partner = ["--partner-age", "50"] if prefix else []
    assert main(["estimate", "--age", "30", *partner, f"--{prefix}lcwra", f"--{prefix}lcwra-pending",
                 "--on", "2026-12-07"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"entitlements: --{prefix}lcwra-pending: given with --{prefix}lcwra"), err


def test_either_alone_still_works(capsys):
    # Single, 30, no income, 2026-27: standard allowance £424.90 (SI 2026/113) + LCWRA new-claimant amount £217.26
    # = £642.16; pending: £424.90 alone.
    assert main(["estimate", "--age", "30", "--lcwra", "--on", "2026-12-07"]) == 0
    assert "= Universal Credit" in (out := capsys.readouterr().out) and "£642.16" in out
    assert main(["estimate", "--age", "30", "--lcwra-pending", "--on", "2026-12-07"]) == 0
    out = capsys.readouterr().out
    assert "LCWRA element" not in out.split("= Maximum amount")[0] and "£424.90" in out
