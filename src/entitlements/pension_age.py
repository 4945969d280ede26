"""Deprecated: State Pension age moved to :mod:`entitlements.benefits.pension_age`.

Every name still works from here, with a :class:`DeprecationWarning`, for one
release.
"""

from ._forward import forward

__getattr__ = forward(__name__, moved_to=("entitlements.benefits.pension_age",))
