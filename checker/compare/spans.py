"""Mentions by the span that holds them: indexed once per document, so each aligned bead takes its own."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence


class SpanIndex:
    """Items with `start` and `end` offsets; `inside(span)` lists those within it, in their original order."""

    __slots__ = ("_items", "_order", "_starts")

    def __init__(self, items: Sequence):
        self._items = items
        self._order = sorted(range(len(items)), key=lambda k: items[k].start)
        self._starts = [items[k].start for k in self._order]

    def inside(self, span: tuple[int, int]) -> list:
        """The items with span[0] <= start and end <= span[1]."""
        lo, hi = bisect_left(self._starts, span[0]), bisect_right(self._starts, span[1])
        return [self._items[k] for k in sorted(k for k in self._order[lo:hi] if self._items[k].end <= span[1])]
