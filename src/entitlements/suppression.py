"""Which cells of a table of counts to hide, alone and across tables that
nest (no I/O; the reports' rules on top of it: :mod:`entitlements.report.disclosure`).

A cell about 1 to 4 cases is hidden (primary suppression); where that
leaves one hidden in a column whose total is shown, the next-smallest too
(secondary suppression, :func:`suppressed_cells`). Where one table's groups
nest in another's (practices in a PCN, deciles 1 and 2 in Core20), a group
of the coarser is the sum of its groups of the finer, and hiding each table
alone is not enough: :func:`widen_nested` hides more until no hidden cell is
one group's figure less the others shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

__all__ = ["MIN_GROUP", "suppressed_cells", "widen_nested"]

#: The fewest cases a figure in a report may be about.
MIN_GROUP = 5


def suppressed_cells(counts: Sequence[int], hidden: Iterable[int] = (), sizes: Sequence[int] | None = None) -> set[int]:
    """The cells of one column to hide (indices of ``counts``, the number of
    cases each cell is about): those about 1 to 4 cases, those already
    ``hidden`` (a group hidden whole), and, where that leaves exactly one,
    the next-smallest of the rest too: the fewest cases first, a cell about
    no cases last, then the smallest group (``sizes``), then the first.

    >>> sorted(suppressed_cells([8, 6, 3]))
    [1, 2]
    >>> sorted(suppressed_cells([8, 6, 3, 2])), sorted(suppressed_cells([8, 6, 9]))
    ([2, 3], [])
    """
    out = {i for i, n in enumerate(counts) if 0 < n < MIN_GROUP} | set(hidden)
    if len(out) == 1:
        size = sizes if sizes is not None else counts
        shown = [i for i in range(len(counts)) if i not in out]
        if shown:
            out.add(min(shown, key=lambda i: (counts[i] == 0, counts[i], size[i], i)))
    return out


def widen_nested(counts: Mapping[str, Sequence[int]], sizes: Mapping[str, Sequence[int]], hidden: Mapping[str, set[int]],
                 nesting: Mapping[str, Mapping[str, Mapping[str, str]]], keys: Mapping[str, Sequence[str]]) -> dict[str, set[int]]:
    """The cells to hide in each table of one column of figures, ``hidden``
    (table -> cells hidden on its own) widened where a table nests in
    another (``nesting``: ``{A: {B: {a: b}}}``, each value ``a`` of table
    A's groups, ``keys[A]``, within the value ``b`` of B's): within a group
    of B shown, no one group of A is hidden alone (the next-smallest beside
    it is hidden too or, with none shown, the group of B); a group of B
    hidden has a group of A hidden; and each table again hides a second cell
    where one is hidden (:func:`suppressed_cells`). ``counts``: the cases
    each cell is about; ``sizes``: each group's cases. Repeated until nothing
    changes (it only ever hides more)."""
    hide = {t: set(h) for t, h in hidden.items()}
    pairs = [(a, b, m) for a, inner in nesting.items() if a in hide for b, m in inner.items() if b in hide]

    def smallest(t: str, among: list[int]) -> int:
        return min(among, key=lambda i: (counts[t][i] == 0, counts[t][i], sizes[t][i], i))

    changed = True
    while changed:
        changed = False
        for a, b, parent in pairs:
            for bi, bk in enumerate(keys[b]):
                kids = [i for i, ak in enumerate(keys[a]) if parent.get(ak) == bk and sizes[a][i]]
                if not kids:
                    continue
                hidden_kids = [i for i in kids if i in hide[a]]
                shown_kids = [i for i in kids if i not in hide[a]]
                if bi not in hide[b] and len(hidden_kids) == 1:
                    if shown_kids:
                        hide[a].add(smallest(a, shown_kids))
                    else:
                        hide[b].add(bi)
                    changed = True
                elif bi in hide[b] and not hidden_kids:
                    hide[a].add(smallest(a, kids))
                    changed = True
        for t in hide:
            again = suppressed_cells(counts[t], hide[t], sizes[t])
            if again != hide[t]:
                hide[t], changed = again, True
    return hide
