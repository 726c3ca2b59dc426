"""Do two quotes carry the same words? Content-word containment backed by sacrebleu's chrF."""
from __future__ import annotations

import re

from .folding import fold
from .word_lists import function_words

WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
STOPWORDS = function_words("quote_content")


def content_words(text: str) -> list[str]:
    return [w for w in WORD_RE.findall(fold(text)) if w not in STOPWORDS and (len(w) > 2 or w.isdigit())]


def containment(shorter: str, longer: str) -> float:
    """Share of the shorter quote's content words found in the longer one."""
    words = content_words(shorter)
    if not words:
        return 0.0
    pool = set(content_words(longer))
    return sum(w in pool for w in words) / len(words)


def chrf_precision(hypothesis: str, reference: str) -> float:
    """chrF with beta=0 (character n-gram precision), 0..100: tolerant of inflection and reordering."""
    from sacrebleu.metrics import CHRF

    return CHRF(beta=0).sentence_score(hypothesis, [reference]).score


def same_words(a: str, b: str, min_words: int = 2) -> bool:
    """True when the shorter quote is (nearly) contained in the longer: the same statement quoted twice."""
    shorter, longer = sorted((a, b), key=lambda s: len(content_words(s)))
    n_short, n_long = len(content_words(shorter)), len(content_words(longer))
    if n_short < min_words:
        return False
    if n_short < 4 and n_long > 3 * n_short + 2:
        return False  # two or three words inside a long statement are a common phrase ("too far"), not a re-quote
    share = containment(shorter, longer)
    if share >= 0.99:
        return True
    # a loose match (a re-quote with words changed) only between quotes of comparable length: a
    # few words nearly found inside a long statement are a shared phrase, not the same quote
    return n_long <= 2 * n_short and share >= 0.75 and chrf_precision(shorter, longer) >= 70.0
