"""A bad value given to ``entitlements gain`` is named by the flag typed
(``--horizon``, ``--outcome-child``), not only by the field the library
calls it (``horizon_months``)."""

from __future__ import annotations

import pytest

from entitlements.cli import main

BEFORE = "examples/before-lcwra.toml"


@pytest.mark.parametrize(("flags", "line"), [
    (("--horizon", "0"), "entitlements: --horizon (horizon_months): 0 is not allowed (expected a whole number from 1 to 120)."),
    (("--outcome-child", "3"), "entitlements: --outcome-child (outcomes[1].child): 3 is not allowed"),
])
def test_the_flag_typed_is_named(capsys, monkeypatch, flags, line):
    monkeypatch.chdir(__import__("pathlib").Path(__file__).resolve().parents[1])
    assert main(["gain", BEFORE, "--with", "lcwra_found", "--from", "2025-01-10", *flags]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(line), err
