"""Matching the names of areas (Broad Rental Market Areas, billing
authorities) as people type them: one folding of a name, and the close
matches to suggest when a name is not known.

Used by :mod:`.lha` and :mod:`.council_tax_areas`, so that 'Bradford & South
Dales' and 'Nuneaton & Bedworth' are matched, and a typo suggested, the same
way.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["fold", "close_matches"]


def fold(name: str) -> str:
    """A name folded for matching: case, accents, '&'/'and', punctuation and
    spacing do not matter ('Bradford & South Dales' = 'bradford and south
    dales')."""
    # Accents do not matter ('Ynys Môn' = 'Ynys Mon'): a letter keeps its base, its mark is dropped.
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def close_matches(key: str, index: Mapping[str, Any], official: Callable[[Any], str], most: int = 5) -> list[str]:
    """The official names of the entries of ``index`` (keyed by folded name)
    closest to the folded ``key``, best first and each once: names that
    contain the words given (a town inside a longer area name), then similar
    spellings."""
    words = set(key.split()) - {"and", "of", "the", "st"}
    containing = [k for k in index if key and (key in k or (words and words <= set(k.split())))]
    similar = difflib.get_close_matches(key, list(index), n=most, cutoff=0.6)
    shown: list[str] = []
    for k in sorted(containing) + similar:
        name = official(index[k])
        if name not in shown:
            shown.append(name)
    return shown[:most]
