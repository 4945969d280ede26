"""Deprecated: reading households in columns moved to
:mod:`entitlements.io.household_columns` (and its helpers to
:mod:`entitlements.io.cells`).

Every name still works from here, with a :class:`DeprecationWarning`, for one
release.
"""

from ._forward import forward

__getattr__ = forward(__name__, moved_to=("entitlements.io.household_columns", "entitlements.io.cells"))
