"""Deprecated: Local Housing Allowance rates moved to :mod:`entitlements.benefits.lha`.

Every name still works from here, with a :class:`DeprecationWarning`, for one
release.
"""

from ._forward import forward

__getattr__ = forward(__name__, moved_to=("entitlements.benefits.lha",))
