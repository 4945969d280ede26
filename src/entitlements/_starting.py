"""Ctrl-C while the package is still being imported (the first half second
of the ``entitlements`` command): one line and status 130, not a traceback.

Imported before anything else (it imports nothing of the package), so that
``__init__`` and the command's module can call :func:`interrupted_while_starting`
from an ``except KeyboardInterrupt`` around their own imports.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["interrupted_while_starting"]


def _is_the_command() -> bool:
    """Whether this process is the ``entitlements`` command (the installed
    script, or ``python -m entitlements``), not a program of the user's own."""
    if Path(sys.argv[0] if sys.argv else "").stem in ("entitlements", "entitlements-script"):
        return True
    orig = list(getattr(sys, "orig_argv", ()))
    return "-m" in orig[:-1] and orig[orig.index("-m") + 1] == "entitlements"


def interrupted_while_starting() -> None:
    """For the command, say so and exit with status 130 (nothing has been
    read or written yet); in a program of the user's own, return, so that
    the caller re-raises the interrupt for that program to handle."""
    if _is_the_command():
        try:
            sys.stderr.write("entitlements: interrupted while starting: nothing was written\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        raise SystemExit(130)
