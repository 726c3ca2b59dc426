"""MIS001's candidate pairs (prefix filtering over a word index) are exactly the pairs the all-pairs-sharing-two-
words search kept, in the same order, and a quote's common words no longer make the search quadratic."""
from __future__ import annotations

import bisect
import random
from collections import Counter

import pytest

import checker.rules.quotes.misattributed_quote as mis


def reference_pairs(listed: list[list[str]], words: list[set[str]]) -> list[tuple[int, int]]:
    """The previous search: every later quote sharing two content words, then the three-quarters test."""
    postings: dict[str, list[int]] = {}
    for i, found in enumerate(words):
        for word in found:
            postings.setdefault(word, []).append(i)
    out = []
    for i, found in enumerate(words):
        shared = Counter(j for word in found for j in postings[word][bisect.bisect_right(postings[word], i):])
        out.extend((i, j) for j in sorted(shared)
                   if shared[j] >= 2 and mis._may_be_same_words(listed, words, i, j))
    return out


def random_quotes(rng: random.Random, n: int, vocabulary: int) -> list[list[str]]:
    weights = [1 / (k + 1) for k in range(vocabulary)]  # Zipf-like: a few words everywhere, many rare ones
    vocab = [f"w{k}" for k in range(vocabulary)]
    quotes = []
    for _ in range(n):
        if quotes and rng.random() < 0.3:  # a re-quote: another quote's words, some dropped, some added
            base = rng.choice(quotes)
            kept = [w for w in base if rng.random() < 0.85] + rng.choices(vocab, weights, k=rng.randint(0, 3))
            quotes.append(kept)
        else:
            size = rng.choice([0, 1, 2, 3, 4, 6, 10, 25, 80] + ([300] if rng.random() < 0.05 else []))
            quotes.append(rng.choices(vocab, weights, k=size))
    return quotes


@pytest.mark.parametrize("seed", range(40))
def test_candidate_pairs_match_the_reference(seed):
    rng = random.Random(seed)
    listed = random_quotes(rng, rng.randint(0, 120), rng.choice([5, 20, 200, 2000]))
    words = [set(w) for w in listed]
    assert mis._candidate_pairs(listed, words) == reference_pairs(listed, words)


def test_equal_lengths_keep_the_earlier_quote_as_the_short_one():
    listed = [["alpha", "beta", "gamma", "delta"], ["alpha", "beta", "gamma", "omega"],
              ["alpha", "beta", "omega", "delta"]]
    words = [set(w) for w in listed]
    assert mis._candidate_pairs(listed, words) == reference_pairs(listed, words) == [(0, 1), (0, 2), (1, 2)]


def test_common_words_do_not_pair_every_quote(monkeypatch):
    """n quotes sharing two common words and otherwise their own: the old search tested ~n²/2 pairs."""
    n = 400
    listed = [["common", "shared"] + [f"own{k}_{m}" for m in range(6)] for k in range(n)]
    listed.append([w for quote in listed for w in quote][:2000])  # one long quote holding most of the text
    words = [set(w) for w in listed]
    calls = []
    real = mis._may_be_same_words
    monkeypatch.setattr(mis, "_may_be_same_words", lambda *a: calls.append(a) or real(*a))
    found = mis._candidate_pairs(listed, words)
    assert found == [(k, n) for k in range(n) if real(listed, words, k, n)]
    assert len(calls) <= 2 * n
