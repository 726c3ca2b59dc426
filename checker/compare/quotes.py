"""Quotes compared with their counterparts: numbers, negation and meaning; and matched to speakers' own words.

Same-language comparisons use sacrebleu's chrF and content-word containment; across languages the
encoder's similarity (when available) and the word lexicon's coverage stand in for chrF.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lang.quote_match import containment, content_words
from ..source_quotes import SourceQuote

MIN_WORDS = 4  # quotes shorter than this ("bromance") are names or labels, not statements
SAME_STATEMENT = 0.45  # match score above which a source quote is the statement the English quotes


@dataclass(frozen=True, slots=True)
class ContentDiff:
    """What changed between two renderings of the same statement."""

    numbers: tuple[str, ...] = ()  # numbers on one side only, as written
    negation: bool = False  # polarity differs
    similarity: float | None = None  # meaning similarity, 0..1 (chrF/100 or encoder cosine)

    @property
    def changed(self) -> bool:
        return bool(self.numbers) or self.negation


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """An English quote and the speaker statement (from `--quotes`) that it best matches."""

    quote: object  # checker.lang.quotes.Quote
    attributed: str | None  # the speaker the English gives
    best: object | None  # SourceQuote
    score: float
    own_best: object | None  # the attributed speaker's best-matching statement
    own_score: float
    diff: ContentDiff | None


@functools.lru_cache(maxsize=1)
def _chrf():
    from sacrebleu.metrics import CHRF
    return CHRF()


def chrf(hypothesis: str, reference: str) -> float:
    """sacrebleu's sentence-level chrF, 0..1."""
    return _chrf().sentence_score(hypothesis, [reference]).score / 100


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def compare_content(target_text: str, target_lang: str, source_text: str, source_lang: str,
                    similarity: float | None = None) -> ContentDiff:
    """Numbers and negation of two renderings of one statement, with their meaning similarity."""
    from .negation import polarity_differs
    from .numbers import compare_bead, extract_numbers
    if source_lang == target_lang:
        return _same_language_diff(target_text, source_text, target_lang, similarity)
    diffs = compare_bead(extract_numbers(source_text, source_lang), extract_numbers(target_text, target_lang),
                         (0, len(source_text)), (0, len(target_text)))
    changed = tuple(d.target.text for d in diffs if d.status == "changed" and d.target is not None)
    negation = polarity_differs(source_text, source_lang, target_text, target_lang)
    return ContentDiff(changed, negation, similarity)


def _same_language_diff(quote: str, statement: str, lang: str, similarity: float | None) -> ContentDiff:
    """Two texts in one language: figures on one side only, and a different count of negations."""
    from .negation import polarity_differs
    from .numbers import equivalent, extract_numbers
    mine = [m for m in extract_numbers(quote, lang) if not getattr(m, "weak", False)]
    theirs = [m for m in extract_numbers(statement, lang) if not getattr(m, "weak", False)]
    changed = tuple(m.text for m in mine if not any(equivalent(m, t) for t in theirs))
    negation = polarity_differs(statement, lang, quote, lang)
    return ContentDiff(changed, negation, similarity)


def cross_similarity(english: str, other: str, encoder=None) -> float:
    """Meaning similarity of a quote and its counterpart in another language: encoder cosine, else lexicon coverage.

    Quote boundaries differ across languages: an English quote runs on over three paragraphs where the
    French quotes only the last sentence, or the French quote holds its cue (“Je ne suis pas devin, se
    défendait Gérard de Villiers, je fais…”). With the encoder the similarity is the best of the two
    whole texts and of each sentence of one against the whole of the other, so that the words that
    correspond are compared.
    """
    if encoder is not None:
        ours, theirs = _pieces(english), _pieces(other)
        vectors = encoder.encode([*ours, *theirs])
        mine, yours = vectors[:len(ours)], vectors[len(ours):]
        return max(float(mine[0] @ yours[0]), float((mine[1:] @ yours[0]).max(initial=-1.0)),
                   float((yours[1:] @ mine[0]).max(initial=-1.0)))
    return _coverage(english, other)


def _cosine(english: str, other: str, encoder=None) -> float:
    """Encoder cosine of two whole texts, else lexicon coverage."""
    if encoder is not None:
        vectors = encoder.encode([english, other])
        return float(vectors[0] @ vectors[1])
    return _coverage(english, other)


def _coverage(english: str, other: str) -> float:
    from ..align.words import content_words as words, link_words
    links = link_words(words(other, 0, len(other), "fr"), words(english, 0, len(english), "en"))
    return (links.coverage("source") + links.coverage("target")) / 2


def _pieces(statement: str) -> list[str]:
    """A statement and its sentences, so that a short quote can match one sentence of a long statement."""
    from ..lang.sentences import split_sentences
    spans = split_sentences(statement)
    return [statement] + ([statement[s:e] for s, e in spans] if len(spans) > 1 else [])


def _same_language(statement) -> bool:
    """Whether a statement is in English (its `lang`, else what its words read as)."""
    if statement.lang:
        return statement.lang == "en"
    from ..lang.langid import french_probability
    return french_probability(statement.text) < 0.5


def statement_score(quote_text: str, statement, encoder=None, english: bool | None = None) -> float:
    """How well an English quote matches a speaker's statement (any language), 0..1.

    `english` says whether the statement is in English when the caller already knows.
    """
    if english if english is not None else _same_language(statement):
        contained = containment(quote_text, statement.text)
        return max(contained * 0.9, max(chrf(quote_text, piece) for piece in _pieces(statement.text)))
    return max(_cosine(quote_text, piece, encoder) for piece in _pieces(statement.text))


def match_source_quotes(target_quotes, source_quotes, text: str, encoder=None) -> list[QuoteMatch]:
    """`quotes.matches`: each English quote of some length matched to the speakers' statements."""
    from ..align.quotes import speakers_differ
    english = [_same_language(sq) for sq in source_quotes]  # each statement's language, read once
    matches = []
    for quote in target_quotes:
        if quote.kind == "reported" or word_count(quote.text) < MIN_WORDS or len(content_words(quote.text)) < 2:
            continue
        attributed = quote.resolved_speaker or None
        scored = [(statement_score(quote.text, sq, encoder, english[k]), k, sq) for k, sq in enumerate(source_quotes)]
        scored.sort(key=lambda item: (-item[0], item[1]))
        best_score, _, best = scored[0] if scored else (0.0, 0, None)
        own = [(s, k, sq) for s, k, sq in scored if attributed and speakers_differ(attributed, sq.speaker) is False]
        own_score, _, own_best = own[0] if own else (0.0, 0, None)
        diff = None
        compared = own_best if own_best is not None and own_score >= SAME_STATEMENT else (
            best if best_score >= SAME_STATEMENT else None)
        if compared is not None:
            lang = compared.lang or ("en" if english[source_quotes.index(compared)] else "fr")
            similarity = own_score if compared is own_best else best_score
            diff = compare_content(quote.text, "en", _closest_piece(quote.text, compared, encoder), lang, similarity)
        matches.append(QuoteMatch(quote, attributed, best, best_score, own_best, own_score, diff))
    return matches


def _closest_piece(quote_text: str, statement, encoder=None) -> str:
    pieces = _pieces(statement.text)
    if len(pieces) == 1:
        return pieces[0]
    return max(pieces[1:], key=lambda piece: statement_score(
        quote_text, SourceQuote(statement.speaker, piece, statement.lang), encoder))
