"""Shared by GRB013-GRB016: their hits, less those GRB001 or a calque already cover."""
from __future__ import annotations

from ...findings import Hit


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
