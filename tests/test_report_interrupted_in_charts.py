"""Ctrl-C while the report's chart backend (matplotlib) is first imported.

Before 2026-12-07 such an interrupt was seen lost: matplotlib caught what it became while importing its 3-D toolkit
(it warned "Unable to import Axes3D") and went on, so the run wrote its report and exited 0. The interrupt is now held until the import ends and then raised: exit 130, nothing written.
"""

from __future__ import annotations

import importlib.abc
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from entitlements.cli import main
from entitlements.report import charts



@pytest.fixture(autouse=True)
def _ctrl_c_as_at_a_terminal():
    """SIGINT handled as in an interactive run: a test runner started in the background (``cmd &``, as CI may be)
    inherits SIGINT ignored, and Python then installs no handler."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def test_an_ignored_ctrl_c_stays_ignored():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    assert charts._holding_interrupts(lambda: 42) == 42
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN


class _InterruptedImport(importlib.abc.MetaPathFinder):
    """matplotlib's import as the user saw it: Ctrl-C arrives part-way, and what it became is caught inside."""

    calls = 0

    def find_spec(self, name, path, target=None):
        if name != "matplotlib":
            return None
        _InterruptedImport.calls += 1
        try:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(50):
                time.sleep(0.002)
        except KeyboardInterrupt:
            pass  # matplotlib: `except Exception: warnings.warn("Unable to import Axes3D ...")`
        raise ImportError("simulated: the import went no further")


@pytest.mark.skipif(not hasattr(os, "kill") or os.name != "posix", reason="sends SIGINT to itself")
@pytest.mark.parametrize("report", ["r.html", "r.md"])
def test_ctrl_c_while_matplotlib_imports_exits_130_writing_nothing(tmp_path, capsys, monkeypatch, report):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_InterruptedImport(), *sys.meta_path])
    _InterruptedImport.calls = 0
    path = tmp_path / "outcomes.csv"
    path.write_bytes((Path(__file__).parents[1] / "examples" / "synthetic_caseload.csv").read_bytes())
    code = main(["caseload", str(path), "--report", str(tmp_path / report), "--out", str(tmp_path / "gains.csv")])
    out, err = capsys.readouterr()
    assert code == 130
    assert _InterruptedImport.calls == 1  # stopped at the first chart
    assert "interrupted" in err and "report written" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outcomes.csv"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is put back


def test_without_an_interrupt_the_import_goes_on_and_the_handler_is_put_back():
    assert charts._holding_interrupts(lambda: 42) == 42
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.skipif(not hasattr(os, "kill") or os.name != "posix", reason="sends SIGINT to itself")
def test_a_second_ctrl_c_during_the_import_stops_it_at_once():
    seen = []

    def slow_import():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # the first is held
        seen.append("first held")
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(50):
            time.sleep(0.002)
        seen.append("not stopped")

    with pytest.raises(KeyboardInterrupt):
        charts._holding_interrupts(slow_import)
    assert seen == ["first held"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
