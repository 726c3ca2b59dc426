"""A class-bigram model of English word order: grammatical words as themselves, others by their shape.

Trained by scripts/build_word_order.py on English-original WMT14 news (never on the French-original
documents whose references the false-alarm benchmarks read); it scores how plausible a sentence's
sequence of word classes is, so that shuffled or word-for-word orders stand out.
"""
from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass

from ..data.cache import DATA_DIR
from .latin1 import for_text

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*|[.,;:!?]")  # quotation marks and brackets: no order
SMOOTHING = 0.1
SUFFIXES = ("ly", "ing", "ed", "tion", "ment", "s")  # a content word's class by its ending, the first that fits


@functools.lru_cache(maxsize=1)
def _closed_class() -> frozenset[str]:
    from .names import FUNCTION_WORDS
    from .word_lists import function_words
    return FUNCTION_WORDS | function_words("closed_class")


@functools.lru_cache(maxsize=65536)
def word_class(token: str, initial: bool) -> str:
    """A grammatical word as itself; a content word by its shape (capitalised, number, suffix)."""
    low = token.lower()
    if not token[0].isalnum():
        return token
    if low in _closed_class():
        return low
    if token[0].isdigit():
        return "<num>"
    if token[0].isupper() and not initial:
        return "<cap>"
    if low.endswith(SUFFIXES):
        for suffix in SUFFIXES:
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                return f"<-{suffix}>"
    return "<word>"


class _Classes(dict):
    """`word_class` of tokens that do not open the sentence, remembered (up to MAX_REMEMBERED)."""

    def __missing__(self, token: str) -> str:
        if len(self) >= MAX_REMEMBERED:
            self.clear()
        found = self[token] = word_class.__wrapped__(token, False)  # remembered here, not in word_class's cache too
        return found


MAX_REMEMBERED = 200_000
_INNER_CLASSES = _Classes()


def classes(sentence: str) -> list[str]:
    tokens = for_text(TOKEN_RE, sentence).findall(sentence)
    if not tokens:
        return ["<s>", "</s>"]
    return ["<s>", word_class(tokens[0], True), *map(_INNER_CLASSES.__getitem__, tokens[1:]), "</s>"]


@dataclass(frozen=True)
class OrderModel:
    """Bigram counts of word classes, with add-k smoothing."""

    bigrams: dict[str, dict[str, int]]
    unigrams: dict[str, int]
    vocabulary: int

    def logprob(self, previous: str, current: str) -> float:
        row = self.bigrams.get(previous, {})
        return math.log((row.get(current, 0) + SMOOTHING) / (self.unigrams.get(previous, 0) + SMOOTHING * self.vocabulary))

    def unigram_logprob(self, current: str) -> float:
        total = self._unigram_total
        return math.log((self.unigrams.get(current, 0) + SMOOTHING) / (total + SMOOTHING * self.vocabulary))

    @functools.cached_property
    def _unigram_total(self) -> int:
        return sum(self.unigrams.values())

    @functools.cached_property
    def _transitions(self) -> dict[tuple[str, str], float]:
        """log P(current | previous) − log P(current), by (previous, current), as they are asked for."""
        return _Transitions(self)

    def _transition(self, previous: str, current: str) -> float:
        return self._transitions[previous, current]

    def score(self, sentence: str) -> tuple[float, int]:
        """How much better the order of a sentence's classes is than chance, per transition, and its length.

        The mean of log P(class | previous class) − log P(class): shuffling the words keeps each class's
        own frequency and destroys the transitions, so the score falls towards zero or below, whatever
        the share of content words.
        """
        seq = classes(sentence)
        if len(seq) < 3:
            return 0.0, 0
        total = sum(map(self._transitions.__getitem__, zip(seq, seq[1:])))
        return total / (len(seq) - 1), len(seq) - 2


class _Transitions(dict):
    """A model's transition gains, computed on first asking."""

    def __init__(self, model: OrderModel) -> None:
        super().__init__()
        self.model = model

    def __missing__(self, pair: tuple[str, str]) -> float:
        previous, current = pair
        found = self[pair] = self.model.logprob(previous, current) - self.model.unigram_logprob(current)
        return found


def train(sentences) -> dict:
    bigrams: dict[str, dict[str, int]] = {}
    unigrams: dict[str, int] = {}
    vocab = set()
    for sentence in sentences:
        seq = classes(sentence)
        vocab.update(seq)
        for a, b in zip(seq, seq[1:]):
            bigrams.setdefault(a, {})[b] = bigrams.get(a, {}).get(b, 0) + 1
            unigrams[a] = unigrams.get(a, 0) + 1
    return {"bigrams": bigrams, "unigrams": unigrams, "vocabulary": len(vocab)}


@functools.lru_cache(maxsize=1)
def order_model() -> OrderModel:
    raw = DATA_DIR.joinpath("word_order_en.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return OrderModel(data["bigrams"], data["unigrams"], data["vocabulary"])
