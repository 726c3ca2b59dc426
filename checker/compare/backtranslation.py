"""Back-translation of the source: each sentence's chrF against it, calibrated, and the words that differ."""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Sequence

TRANSLATED = frozenset({"1-1", "1-2", "2-1"})  # beads whose sides translate each other sentence for sentence
# The prior: sentence chrF (sacrebleu defaults, the lower of both directions: `agreement`) between a
# professional English translation and an independent machine translation of its French source, by
# the source's length in words (upper bounds; the last band is open), median and 1.4826 × MAD.
# Fitted on the French-original documents of WMT14 newstest fr-en, references against the onlineB
# system standing in for a back-translation model (1,500 sentences).
# chrF of short sentences varies far more: a length-blind threshold would flag headlines first.
BANDS = (6, 10, 15, 22, 32)
PRIOR = ((49.4, 20.8), (50.8, 17.8), (51.6, 16.3), (58.0, 14.7), (58.9, 10.1), (59.3, 9.5))
MIN_ARTICLE = 6  # translated beads from which the article's own median and spread are used
# The article's spread (in prior standard deviations) is kept in these bounds: a handful of sentences
# can agree by chance, and a wholly garbled article has no "normal" to stand out of.
SPREAD = (0.7, 1.6)
# Beads at or below this z on both scales get the encoder's synonym links; a rule's cuts must lie below it.
CANDIDATE = -1.5
FOLD_PREFIX = 5  # two words sharing this many first letters count as one (inflection: announced/announces)


@dataclass(frozen=True, slots=True)
class Difference:
    """A run of content words on one side with no counterpart on the other (function words between them kept)."""

    start: int  # offsets into the target document's text, or into the back-translation
    end: int
    text: str
    words: int  # content words in the run


@dataclass(frozen=True, slots=True)
class BackTranslation:
    """One translated bead: the source's back-translation, their agreement, and what differs."""

    bead: int  # index into pair.sentences (the first of a joined 1-0 and 0-1)
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    back: str  # the translator's English for the source side
    chrf: float  # sentence chrF of the target against `back`, the lower of both directions, 0..100
    source_words: int
    prior: float  # z of chrf against sentences of the same length
    article: float  # z of `prior` among the article's translated beads (equal to `prior` for a short article)
    added: tuple[Difference, ...]  # target words absent from the back-translation (document offsets)
    missing: tuple[Difference, ...]  # back-translation words absent from the target (offsets into `back`)
    target_content: int  # content words counted on each side
    back_content: int

    @property
    def added_words(self) -> int:
        return sum(d.words for d in self.added)

    @property
    def missing_words(self) -> int:
        return sum(d.words for d in self.missing)


def band(words: int) -> int:
    return next((i for i, top in enumerate(BANDS) if words <= top), len(BANDS))


def prior_z(chrf: float, source_words: int) -> float:
    mean, sd = PRIOR[band(source_words)]
    return (chrf - mean) / sd


def sentence_chrf(hypotheses: Sequence[str], references: Sequence[str]) -> list[float]:
    """sacrebleu's sentence-level chrF (character 6-grams, β = 2) of each hypothesis against its reference."""
    from sacrebleu.metrics import CHRF
    metric = CHRF()
    return [metric.sentence_score(h, [r]).score if h.strip() and r.strip() else 0.0
            for h, r in zip(hypotheses, references)]


def agreement(targets: Sequence[str], backs: Sequence[str]) -> list[float]:
    """The lower of the two sentence chrF scores, the target scored against the back-translation and back.

    chrF weighs recall twice as much as precision: one direction sees source content the target
    lacks, the other words the target adds; the lower of the two sees both.
    """
    return [min(a, b) for a, b in zip(sentence_chrf(targets, backs), sentence_chrf(backs, targets))]


def article_z(priors: Sequence[float]) -> list[float]:
    """Each prior z standardised by the article's median and MAD (from MIN_ARTICLE values; else unchanged)."""
    if len(priors) < MIN_ARTICLE:
        return list(priors)
    centre = statistics.median(priors)
    mad = statistics.median(abs(z - centre) for z in priors)
    spread = min(SPREAD[1], max(SPREAD[0], 1.4826 * mad))
    return [(z - centre) / spread for z in priors]


def _same(a, b) -> bool:
    """Whether two English content words count as one: same number, stem, folded spelling or inflection."""
    from ..lang.folding import fold
    if a.number or b.number:
        return a.number and b.number and a.key == b.key
    if a.key == b.key:
        return True
    x, y = fold(a.text).lower(), fold(b.text).lower()
    return x == y or (min(len(x), len(y)) >= FOLD_PREFIX and x[:FOLD_PREFIX] == y[:FOLD_PREFIX])


def _runs(text: str, words: Sequence, unmatched: Sequence[bool]) -> tuple[Difference, ...]:
    """Consecutive unmatched content words (no matched content word between them) as runs over `text`."""
    runs: list[Difference] = []
    group: list = []
    for word, alone in zip(words, unmatched):
        if alone:
            group.append(word)
            continue
        if group:
            runs.append(Difference(group[0].start, group[-1].end, text[group[0].start:group[-1].end], len(group)))
            group = []
    if group:
        runs.append(Difference(group[0].start, group[-1].end, text[group[0].start:group[-1].end], len(group)))
    return tuple(runs)


@dataclass(frozen=True, slots=True)
class _Side:
    words: list
    alone: list  # per word: no counterpart on the other side


def _compare(target_text: str, target_span: tuple[int, int], back: str) -> tuple[_Side, _Side]:
    from ..align.words import content_words
    target_words = [w for w in content_words(target_text, *target_span, "en") if not w.light]
    back_words = [w for w in content_words(back, 0, len(back), "en") if not w.light]
    return (_Side(target_words, [not any(_same(t, b) for b in back_words) for t in target_words]),
            _Side(back_words, [not any(_same(b, t) for t in target_words) for b in back_words]))


def _french(lean) -> bool:
    """A word more frequent in French than in English: a multilingual encoder would link an untranslated
    word to its translation, so it keeps no counterpart."""
    return lean.fr > lean.en


def _relink(encoder, sides: Sequence[tuple[_Side, _Side]]) -> None:
    """Words alone on both sides of a bead linked when the encoder's cosine reaches the word aligner's
    threshold (synonyms: rise/increase), French words of the target excepted; one encoder call."""
    from ..align.words import ENCODER_LINK
    from ..lang.langid import word_language
    jobs = []
    for target, back in sides:
        left_t = [i for i, alone in enumerate(target.alone) if alone and not target.words[i].number
                  and not _french(word_language(target.words[i].text))]
        left_b = [j for j, alone in enumerate(back.alone) if alone and not back.words[j].number]
        if left_t and left_b:
            jobs.append((target, back, left_t, left_b))
    texts = list(dict.fromkeys(w for t, b, lt, lb in jobs for w in
                               [t.words[i].text for i in lt] + [b.words[j].text for j in lb]))
    if not texts:
        return
    row = {text: k for k, text in enumerate(texts)}
    vectors = encoder.encode(texts)
    for target, back, left_t, left_b in jobs:
        cosines = (vectors[[row[target.words[i].text] for i in left_t]]
                   @ vectors[[row[back.words[j].text] for j in left_b]].T)
        for a, i in enumerate(left_t):
            for b, j in enumerate(left_b):
                if cosines[a, b] >= ENCODER_LINK:
                    target.alone[i] = back.alone[j] = False


def differences(target_text: str, target_span: tuple[int, int], back: str, encoder=None
                ) -> tuple[tuple[Difference, ...], tuple[Difference, ...], int, int]:
    """(target runs absent from `back`, `back` runs absent from the target, content words of each side).

    Words are the word aligner's content words (grammatical and light words left out, names and numbers
    kept); a word has a counterpart when a word of the other side shares its stem, folded spelling or
    first letters. With an `encoder`, words still alone on both sides are linked when their cosine
    reaches the word aligner's threshold (synonyms: rise/increase).
    """
    target, other = _compare(target_text, target_span, back)
    if encoder is not None:
        _relink(encoder, [(target, other)])
    return (_runs(target_text, target.words, target.alone), _runs(back, other.words, other.alone),
            len(target.words), len(other.words))


def judged(pairs: Sequence) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
    """(first bead, source span, target span) of each unit to judge: the 1-1, 1-2 and 2-1 beads, and a
    1-0 bead beside a 0-1 bead joined into one (a translation so far from its source that the aligner
    would not pair them)."""
    out = []
    k = 0
    while k < len(pairs):
        pair, nxt = pairs[k], pairs[k + 1] if k + 1 < len(pairs) else None
        if pair.kind in TRANSLATED:
            out.append((k, pair.source_span, pair.target_span))
        elif nxt is not None and {pair.kind, nxt.kind} == {"1-0", "0-1"}:
            src, tgt = (pair, nxt) if pair.source else (nxt, pair)
            out.append((k, src.source_span, tgt.target_span))
            k += 1
        k += 1
    return out


def back_translate(source_text: str, target_text: str, pairs: Sequence, translator, encoder=None
                   ) -> list[BackTranslation]:
    """`pair.backtranslation`: the source of every unit to judge translated (one batched call), then compared.

    The target is scored against the back-translation (chrF: the target as hypothesis), standardised by
    the length prior and then by the article's other translated beads, and its differing words found.
    """
    kept = judged(pairs)
    if not kept:
        return []
    sources = [" ".join(source_text[slice(*span)].split()) for _, span, _ in kept]
    targets = [" ".join(target_text[slice(*span)].split()) for _, _, span in kept]
    backs = [" ".join(b.split()) for b in translator.translate(sources)]
    scores = agreement(targets, backs)
    lengths = [len(s.split()) for s in sources]
    priors = [prior_z(c, n) for c, n in zip(scores, lengths)]
    articles = article_z(priors)
    sides = [_compare(target_text, t_span, back) for (_, _, t_span), back in zip(kept, backs)]
    if encoder is not None:  # only where a finding can follow: the encoder costs about 16 ms a word
        _relink(encoder, [s for s, z, za in zip(sides, priors, articles) if max(z, za) <= CANDIDATE])
    out = []
    for unit, back, chrf, n, z, za, (target, other) in zip(kept, backs, scores, lengths, priors, articles, sides):
        k, s_span, t_span = unit
        out.append(BackTranslation(k, s_span, t_span, back, chrf, n, z, za,
                                   _runs(target_text, target.words, target.alone),
                                   _runs(back, other.words, other.alone), len(target.words), len(other.words)))
    return out


__all__ = ["BackTranslation", "Difference", "PRIOR", "agreement", "article_z", "back_translate", "differences",
           "judged", "prior_z", "sentence_chrf"]
