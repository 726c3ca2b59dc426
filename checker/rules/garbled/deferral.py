"""Shared by GRB013-GRB016: matches read around anchor words, less those GRB001 or a calque already cover."""
from __future__ import annotations

import re

from ...findings import Hit


def anchored_matches(text: str, lowered: str, anchors, pattern: re.Pattern, back: int, ahead: int):
    """The matches of `pattern` in a window of `back` characters before and `ahead` after each whole-word
    occurrence of an anchor (a word of the text), each match once: the text is read only where the anchors stand."""
    seen = set()
    for word in anchors:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (not at or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                for match in pattern.finditer(text, max(0, at - back), min(len(text), end + ahead)):
                    if match.span() not in seen and match.start() <= at < match.end():
                        seen.add(match.span())
                        yield match
            at = lowered.find(word, end)


def deferred_hits(ctx, hits: list[tuple[int, int, str]]):
    """A Hit for each (start, end, message) no GRB001 pattern overlaps and no calque spans."""
    from .literal_syntax import calque_spans, literal_syntax_hits

    text = ctx.doc.text
    for block in ctx.doc.blocks:
        inside = [h for h in hits if block.start <= h[0] < block.end]
        if not inside:
            continue
        listed = [(start, end) for start, end, *_ in literal_syntax_hits(text, block.start, block.end)]
        calques = calque_spans(text, block.start, block.end)
        for start, end, message in inside:
            if not any(s < end and start < e for s, e in listed) and not calques.ends_after(start + 1, end - 1):
                yield Hit(start, end, message)
