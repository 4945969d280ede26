"""Names a module serves from another on first use: lazily, or, where the
name has moved, with a :class:`DeprecationWarning` for one release (private).

A module sets ``__getattr__ = forward(__name__, ...)`` (PEP 562): a name is
imported from its home the first time it is asked for, so importing the
module imports nothing more.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from typing import Any


def forward(module: str, homes: Mapping[str, str] | None = None, *, moved: Mapping[str, str] | None = None,
            moved_to: Sequence[str] = (), cache: MutableMapping[str, Any] | None = None) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``module``. ``homes``: names served from
    here (name: the module it lives in), kept in ``cache`` (the module's
    globals) once imported. ``moved``: names that moved (name: their new
    module), and ``moved_to``: modules any other public name moved to; the
    old path warns, every time it is used."""
    homes, moved = homes or {}, moved or {}

    def __getattr__(name: str) -> Any:
        if name in homes:
            value = getattr(importlib.import_module(homes[name]), name)
            if cache is not None:
                cache[name] = value
            return value
        home = moved.get(name)
        if home is None and not name.startswith("__"):
            home = next((m for m in moved_to if hasattr(importlib.import_module(m), name)), None)
        if home is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        # stacklevel 2: the line that used the old path (shown by default there).
        warnings.warn(f"{module}.{name} has moved to {home}.{name}; the old path will be removed in the next release",
                      DeprecationWarning, stacklevel=2)
        return getattr(importlib.import_module(home), name)

    return __getattr__
