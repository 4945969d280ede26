"""Deprecated: households from records moved to :mod:`entitlements.io.households`.

Every name still works from here, with a :class:`DeprecationWarning`, for one
release.
"""

from ._forward import forward

__getattr__ = forward(__name__, moved_to=("entitlements.io.households",))
