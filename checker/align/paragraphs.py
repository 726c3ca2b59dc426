"""Monotone paragraph alignment of a translation with its source (length ratio and shared trigrams)."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .text import dice, trigrams


MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))


def align_blocks(source: list[str], target: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Monotone paragraph alignment (1-1, 1-0, 0-1, 2-1, 1-2), scored by length ratio and shared trigrams."""
    n, m = len(source), len(target)
    if not n or not m:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    ratio = (sum(map(len, target)) + 1) / (sum(map(len, source)) + 1)
    len_s, len_t = [len(t) for t in source], [len(t) for t in target]
    grams_s, grams_t = [trigrams(t) for t in source], [trigrams(t) for t in target]
    # unions of two neighbours, for 2-1 and 1-2 merges
    pair_s = [grams_s[i] | grams_s[i + 1] for i in range(n - 1)]
    pair_t = [grams_t[j] | grams_t[j + 1] for j in range(m - 1)]
    band = 12 + abs(n - m)  # how far the path may stray from the diagonal

    def pair_cost(i: int, di: int, j: int, dj: int) -> float:
        ls = len_s[i] + (len_s[i + 1] if di == 2 else 0)
        lt = len_t[j] + (len_t[j + 1] if dj == 2 else 0)
        gs = pair_s[i] if di == 2 else grams_s[i]
        gt = pair_t[j] if dj == 2 else grams_t[j]
        length = abs(math.log((lt + 20) / (ls * ratio + 20)))
        return 1.5 * length - 2.0 * dice(gs, gt) + (0.35 if di + dj > 2 else 0.0)

    def skip_cost(length: int) -> float:
        return 0.3 + min(1.0, length / 300)

    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m / n
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            here = cost[i][j]
            if here == inf:
                continue
            for di, dj in MOVES:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di and dj:
                    step = pair_cost(i, di, j, dj)
                else:
                    step = skip_cost(len_s[i] if di else len_t[j])
                if here + step < cost[ni][nj]:
                    cost[ni][nj] = here + step
                    back[ni][nj] = (di, dj)
    rows = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j] or ((1, 0) if i else (0, 1))
        rows.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return rows[::-1]


@dataclass(frozen=True, slots=True)
class ParagraphPair:
    """Source blocks and target blocks (indices into each document's blocks) that translate each other."""

    source: tuple[int, ...]
    target: tuple[int, ...]


def align_documents(source, target) -> list[ParagraphPair]:
    """The paragraph alignment of two parsed documents (`pair.paragraphs`)."""
    rows = align_blocks([source.text[b.start:b.end] for b in source.blocks],
                        [target.text[b.start:b.end] for b in target.blocks])
    return [ParagraphPair(s, t) for s, t in rows]
