"""Overlap tests against a paragraph's spans by bisection, for rules that defer to other rules' matches."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import accumulate


@dataclass(frozen=True, slots=True)
class Spans:
    """(start, end) spans sorted by start, with the furthest end reached by the first k of them."""

    starts: tuple[int, ...]
    furthest: tuple[int, ...]

    @classmethod
    def of(cls, spans) -> "Spans":
        ordered = sorted(spans)
        return cls(tuple(s for s, _ in ordered), tuple(accumulate((e for _, e in ordered), max)))

    def ends_after(self, before: int, after: int) -> bool:
        """Whether a span starting before `before` ends after `after` (s < before and e > after)."""
        k = bisect.bisect_left(self.starts, before)
        return k > 0 and self.furthest[k - 1] > after
