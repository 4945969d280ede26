"""``entitlements areas SEARCH``: the names of the areas a household file or flag can name, found by part of a name.

Each kind of area is one row of :data:`AREA_KINDS`: its flag and field, and
a function giving every area as ``(official name, nation, other spellings)``.
Broad Rental Market Areas (``--brma``, ``housing.brma``) are listed here;
another kind (billing authorities, say) is one more row. A search matches
a name, or another spelling, that contains the words given (case, "&" and
punctuation do not matter), then close spellings for a typo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["AREA_KINDS", "find_areas"]

Area = tuple[str, str, tuple[str, ...]]


def _brmas() -> list[Area]:
    from .benefits.lha import default_lha_schedule

    schedule = default_lha_schedule()
    return [(b.name, b.nation, tuple(b.aliases)) for b in map(schedule.brma, schedule.names())]


#: kind -> (what it is, the flag and field that take it, every area).
AREA_KINDS: dict[str, tuple[str, str, Callable[[], list[Area]]]] = {
    "brma": ("Broad Rental Market Area (Local Housing Allowance)", "--brma; housing.brma", _brmas),
}


def find_areas(search: str, kinds: Sequence[str] = tuple(AREA_KINDS)) -> list[tuple[str, str, str]]:
    """``(kind, official name, nation)`` of every area matching ``search``
    (every area when it is blank), best matches first."""
    from .benefits._names import close_matches, fold

    key = fold(search)
    out: list[tuple[str, str, str]] = []
    for kind in kinds:
        areas = AREA_KINDS[kind][2]()
        if not key:
            out += [(kind, name, nation) for name, nation, _ in areas]
            continue
        words = set(key.split())
        hits = [a for a in areas if any(key in fold(n) or words <= set(fold(n).split()) for n in (a[0], *a[2]))]
        if not hits:  # a typo: the close spellings
            index = {fold(n): a for a in areas for n in (a[0], *a[2])}
            names = close_matches(key, index, lambda a: a[0])
            hits = [a for a in areas if a[0] in names]
        out += [(kind, name, nation) for name, nation, _ in hits]
    return out
