"""The command as advisers meet it (issue 18): ``python -m entitlements``,
terminal width, help for every flag, a flag for every household fact,
interactive assessments. The command is run as a new user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).parent / "entitlements"


def run(*args: str, columns: int | None = 80, stdin: str | None = None, module: bool = False) -> subprocess.CompletedProcess[str]:
    """The installed command (or ``python -m entitlements``) at a terminal ``columns`` wide."""
    # A missing command is a failure, not a skip: the command is what these tests are about.
    assert EXE.exists(), "the entitlements command is not installed in this environment: pip install -e ."
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    cmd = [sys.executable, "-m", "entitlements", *args] if module else [str(EXE), *args]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


# -- python -m entitlements ----------------------------------------------------


def test_python_dash_m_works_like_the_command():
    a = run("estimate", "examples/household.toml")
    b = run("estimate", "examples/household.toml", module=True)
    assert a.returncode == b.returncode == 0, a.stderr + b.stderr
    assert a.stdout == b.stdout
    assert "£1,570.81" in b.stdout
    usage = run("--help", module=True).stdout
    assert usage.startswith("usage: entitlements ")

