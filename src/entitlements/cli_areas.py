"""``entitlements areas SEARCH``: the names of the areas a household file or flag can name, found by part of a name.

Each kind of area is one row of :data:`AREA_KINDS`: its flag and field, a
function giving every area as ``(official name, nation, other spellings)``,
and a function giving what the library holds for one area (one line, for the
listing). Broad Rental Market Areas (``--brma``, ``housing.brma``) and
billing authorities (``--council``, ``local_authority``: their GSS code, the
years whose Band D ships and the council's working-age Council Tax
Reduction scheme files) are listed here. A search matches
a name, or another spelling, that contains the words given (case, "&" and
punctuation do not matter), then close spellings for a typo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["AREA_KINDS", "find_areas", "find_areas_marked"]

Area = tuple[str, str, tuple[str, ...]]


def _brmas() -> list[Area]:
    from .benefits.lha import default_lha_schedule

    schedule = default_lha_schedule()
    return [(b.name, b.nation, tuple(b.aliases)) for b in map(schedule.brma, schedule.names())]


def _brma_detail(name: str) -> str:
    return ""


def _councils() -> list[Area]:
    from .benefits.council_tax_areas import default_authorities

    return [(a.name, a.nation, (a.code, *a.aliases)) for a in default_authorities()]


def _council_detail(name: str) -> str:
    """``E08000026; Band D 2025-26, 2026-27; working-age scheme: 2026-27 (unverified), 2024-25 and 2025-26 not
    shipped`` (England only: Wales and Scotland have national schemes)."""
    from .benefits.council_tax_areas import default_authorities
    from .benefits.council_tax_reduction_local import default_local_schemes

    a = default_authorities().authority(name)
    years = ", ".join(sorted(a.band_d)) or "none (give it from the bill)"
    text = f"{a.code}; Band D {years}"
    if a.nation != "england":
        return text + "; Council Tax Reduction: the national scheme"
    schemes = sorted((s for s in default_local_schemes() if s.code == a.code), key=lambda s: s.year)
    shipped = [s.year + ("" if s.verified else " (unverified)") for s in schemes if s.status == "shipped"]
    not_shipped = [s.year for s in schemes if s.status != "shipped"]
    parts = ([", ".join(shipped)] if shipped else []) + ([_and(not_shipped) + " not shipped"] if not_shipped else [])
    return text + "; working-age scheme: " + ("; ".join(parts) if parts else "not in the library (check needed)")


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


#: kind -> (what it is, the flag and field that take it, every area, what the library holds for one area).
AREA_KINDS: dict[str, tuple[str, str, Callable[[], list[Area]], Callable[[str], str]]] = {
    "brma": ("Broad Rental Market Area (Local Housing Allowance)", "--brma; housing.brma", _brmas, _brma_detail),
    "council": ("Billing authority (council tax and Council Tax Reduction)", "--council; local_authority", _councils,
                _council_detail),
}


def find_areas(search: str, kinds: Sequence[str] = tuple(AREA_KINDS)) -> list[tuple[str, str, str]]:
    """``(kind, official name, nation)`` of every area matching ``search``
    (every area when it is blank), best matches first."""
    return [(kind, name, nation) for kind, name, nation, _ in find_areas_marked(search, kinds)]


def find_areas_marked(search: str, kinds: Sequence[str] = tuple(AREA_KINDS)) -> list[tuple[str, str, str, bool]]:
    """:func:`find_areas` with a fourth item, True where the area is only a
    close spelling of ``search`` (no name of that kind contains its words):
    another place, or the one meant typed wrong, for the adviser to check."""
    from .benefits._names import close_matches, fold

    key = fold(search)
    out: list[tuple[str, str, str, bool]] = []
    for kind in kinds:
        areas = AREA_KINDS[kind][2]()
        if not key:
            out += [(kind, name, nation, False) for name, nation, _ in areas]
            continue
        words = set(key.split())
        hits = [a for a in areas if any(key in fold(n) or words <= set(fold(n).split()) for n in (a[0], *a[2]))]
        close = not hits
        if close:  # a typo: the close spellings
            index = {fold(n): a for a in areas for n in (a[0], *a[2])}
            names = close_matches(key, index, lambda a: a[0])
            hits = [a for a in areas if a[0] in names]
        out += [(kind, name, nation, close) for name, nation, _ in hits]
    return out
