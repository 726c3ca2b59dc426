"""Quotes of a translation paired with those of its source, and speaker names compared across spellings."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from ..lang.folding import fold
from .text import dice, trigrams


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


LENGTH_WEIGHT = 0.15
LENGTH_SPAN = math.log(3)  # a quote three times as long (or short) as the other fits no better than any


def _words(text: str) -> int:
    return max(1, len(re.findall(r"\w+", text)))


def _length_fit(a: int, b: int) -> float:
    """1 for quotes of equal word counts, falling to 0 as one grows to three times the other."""
    return max(0.0, 1 - abs(math.log(a / b)) / LENGTH_SPAN)


def pair_quotes(target: list, source: list, target_len: int, source_len: int) -> list[tuple]:
    """Pairs (target quote or None, source quote or None) in order of appearance.

    A monotone alignment that favours quotes at the same relative place, with shared
    trigrams (names, numbers, cognates), the same speaker and the lengths of a translation (of two
    quotes of one speaker in neighbouring paragraphs, the one as long as the French renders it).
    """
    n, m = len(target), len(source)
    grams_t, grams_s = [trigrams(q.text) for q in target], [trigrams(q.text) for q in source]
    place_t = [q.start / max(target_len, 1) for q in target]
    place_s = [q.start / max(source_len, 1) for q in source]
    who_t, who_s = [speaker_of(q) for q in target], [speaker_of(q) for q in source]
    words_t, words_s = [_words(q.text) for q in target], [_words(q.text) for q in source]
    score = [[0.0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            place = 1 - abs(place_t[i] - place_s[j])
            if place < 0.6:  # too far apart to be the same quote
                score[i][j] = -1.0
                continue
            same = 0.3 if speakers_differ(who_t[i], who_s[j]) is False else 0.0
            kind = 0.2 if getattr(target[i], "kind", None) == getattr(source[j], "kind", None) else 0.0
            length = LENGTH_WEIGHT * _length_fit(words_t[i], words_s[j])
            score[i][j] = 0.6 * place + dice(grams_t[i], grams_s[j]) + same + kind + length - 0.55
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
