"""Cross-lingual alignment of a translation with its source: paragraphs, and quotes with their speakers."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from .folding import fold


def trigrams(text: str) -> frozenset[str]:
    """Character trigrams of the words of a text, accents folded (shared names and numbers align)."""
    grams = set()
    for word in re.findall(r"\w+", fold(text)):
        padded = f" {word} "
        grams.update(padded[i:i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


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



def speaker_of(quote) -> str | None:
    """The resolved speaker of a quote, or None."""
    return getattr(quote, "resolved_speaker", None) or None


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[frozenset[str], ...]:
    return tuple(trigrams(w) for w in re.findall(r"\w+", fold(name)) if len(w) > 1)


def speakers_differ(a: str | None, b: str | None) -> bool | None:
    """Whether two resolved speaker names name different people (None when either is unknown).

    Names are compared word by word on accent-folded trigrams, so that transliterations
    (Ouchakov / Ushakov, Poutine / Putin) count as the same person.
    """
    if not a or not b:
        return None
    words_a, words_b = _name_words(a), _name_words(b)
    if not words_a or not words_b:
        return None
    return not any(dice(x, y) >= 0.45 for x in words_a for y in words_b)


def pair_quotes(target: list, source: list, target_len: int, source_len: int) -> list[tuple]:
    """Pairs (target quote or None, source quote or None) in order of appearance.

    A monotone alignment that favours quotes at the same relative place, with shared
    trigrams (names, numbers, cognates) and the same speaker.
    """
    n, m = len(target), len(source)
    grams_t, grams_s = [trigrams(q.text) for q in target], [trigrams(q.text) for q in source]
    place_t = [q.start / max(target_len, 1) for q in target]
    place_s = [q.start / max(source_len, 1) for q in source]
    who_t, who_s = [speaker_of(q) for q in target], [speaker_of(q) for q in source]
    score = [[0.0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            place = 1 - abs(place_t[i] - place_s[j])
            if place < 0.6:  # too far apart to be the same quote
                score[i][j] = -1.0
                continue
            same = 0.3 if speakers_differ(who_t[i], who_s[j]) is False else 0.0
            kind = 0.2 if getattr(target[i], "kind", None) == getattr(source[j], "kind", None) else 0.0
            score[i][j] = 0.6 * place + dice(grams_t[i], grams_s[j]) + same + kind - 0.55
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + score[i][j])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if score[i][j] > 0 and best[i][j] == best[i + 1][j + 1] + score[i][j]:
            pairs.append((target[i], source[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((target[i], None))
            i += 1
        else:
            pairs.append((None, source[j]))
            j += 1
    pairs += [(t, None) for t in target[i:]] + [(None, s) for s in source[j:]]
    return pairs
