"""Monotone sentence alignment of a translation with its source: length, anchors, trigrams and an optional encoder.

Every candidate bead (1-1, 1-2, 2-1, 2-2, and a sentence left alone: 1-0, 0-1) is scored by a small
logistic model of "these sentences translate each other": the length ratio against the document's,
the numbers, names, dates and quotation marks both sides carry, shared accent-folded trigrams, and,
when an encoder is configured, the cross-lingual cosine as one more weighted term. A dynamic
programme finds the cheapest monotone path inside a corridor that the paragraph alignment draws,
so the cost stays near-linear; a bead may cross a paragraph boundary (paragraphs merged or split)
at a price.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from .anchors import Anchors, match, sentence_anchors
from .text import dice, trigrams

MOVES = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1), (2, 2))

# The evidence z that a bead's sides correspond; score = sigmoid(z). Fitted by logistic regression on
# WMT14 newstest fr-en (true 1-1 and 2-2 segment beads against shifted and wrongly merged neighbours,
# the first half of the documents: `python -m benchmarks.align_eval --fit`), then rounded; the
# encoder term was fitted last, with the others fixed, so that it is one more term.
BIAS = 2.4
W_LENGTH = -45.0  # times the squared log of the length ratio against the document's ratio
SHORT_SENTENCE = 60  # characters (mean of the two sides) under which the length term is scaled down
W_DICE = 11.5  # times the trigram Dice of the two sides, less its usual level between translations
DICE_CHANCE = 0.22
W_NUMBER, W_LONE_NUMBER = 0.3, -0.8
W_NAME, W_LONE_NAME = 0.2, -0.3  # shared names also show in the trigrams; the weight is what they add
W_DATE, W_LONE_DATE = 0.6, -2.0
W_QUOTES = 0.7
W_SIMILARITY, SIMILARITY_CHANCE = 17.0, 0.64  # the encoder's term (multilingual USE v3 cosines)
# What the path pays beyond -z: merging costs (a 1-1 that fits is preferred), a sentence left alone,
# and a bead that joins sentences of paragraphs the paragraph alignment did not pair.
# Set on the first half of WMT14 (benchmarks/align_eval.py, hard variant): lower costs trade link
# precision for finding more dropped and inserted sentences alone.
MERGE_COST = {(1, 1): 0.0, (1, 2): 2.5, (2, 1): 2.5, (2, 2): 6.0}
SKIP_COST = 2.0
CROSS_PARAGRAPH = 1.5
BAND = 10  # sentences either side of the corridor the paragraph alignment draws
CONFIDENT = 0.5  # a bead whose score reaches this counts towards coverage
# Below this coverage the source is taken not to be the original of the translation. WMT14 documents
# (python -m benchmarks.align_eval --coverage), without the encoder: true pairs 0.67 and more on the
# first half (0.75 on the held-out second), a translation set against another document's source 0.46
# at most (0.37); with the encoder true pairs 0.83 and more, mismatched 0.00. 0.55 sits between.
CORRESPONDS = 0.55
# With the encoder, a sentence left alone on each side at one place (1-0 beside 0-1) is paired back
# (a 1-1 bead of low score) when the encoder relates the two more than unrelated sentences of their
# length (adequacy, checker/compare/similarity.py: 0 at an unrelated pair's mean cosine, 1 at a human
# translation's) or the rules' evidence alone is not against them. A sentence dropped exactly where
# another was added is far rarer than a loose rendering ("Ne nous trompons surtout pas." → "Make no
# mistake,"), whose low cosine outweighed the rest: 20 such splits in the 108 French-original WMT14
# references raised an omission and an addition each (benchmarks/artefacts_wmt.py --bilingual).
PAIRED_BACK_ADEQUACY = 0.25
PAIRED_BACK_RULES = -2.0


@dataclass(frozen=True, slots=True)
class SentencePair:
    """Source sentences and target sentences that translate each other (1-1, 1-2, 2-1, 1-0, 0-1, 2-2).

    Spans are clean-text offsets in each document; an empty side has an empty span at the place
    where its counterpart would be.
    """

    source: tuple[int, ...]  # indices into the source's sentences
    target: tuple[int, ...]  # indices into the target's sentences
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    score: float = 0.0  # how sure the aligner is that the two sides correspond, 0..1
    similarity: float | None = None  # cross-lingual cosine, when an encoder took part

    @property
    def kind(self) -> str:
        """The bead type: '1-1', '2-1', '1-0', …"""
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True, slots=True)
class Bead:
    """One step of the alignment of two lists of texts, with its evidence."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float
    similarity: float | None


class _Side:
    """What the aligner keeps of one side's sentences: lengths, trigrams, anchors, paragraph groups."""

    def __init__(self, texts: Sequence[str], lang: str, groups: Sequence[int] | None, numbers=None):
        self.texts = list(texts)
        self.lengths = [len(t) for t in texts]
        self.grams = [trigrams(t) for t in texts]
        self.anchors = [sentence_anchors(t, lang, numbers[k] if numbers is not None else None)
                        for k, t in enumerate(texts)]
        self.groups = list(groups) if groups is not None else [0] * len(texts)
        # two neighbours joined, once each: the dynamic programme reads each join in many beads
        self.grams2 = [a | b for a, b in zip(self.grams, self.grams[1:])]
        self.anchors2 = [a | b for a, b in zip(self.anchors, self.anchors[1:])]

    def length(self, i: int, k: int) -> int:
        return sum(self.lengths[i:i + k]) + k - 1

    def gram_set(self, i: int, k: int) -> frozenset[str]:
        return self.grams[i] if k == 1 else self.grams2[i]

    def anchor_set(self, i: int, k: int) -> Anchors:
        return self.anchors[i] if k == 1 else self.anchors2[i]


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z > -30 else 0.0


class _Similarity:
    """Cosines of candidate beads from one batch of embeddings per side (2-sentence sides: mean vector)."""

    def __init__(self, encoder, source: Sequence[str], target: Sequence[str]):
        import numpy as np

        vs = np.asarray(encoder.encode(list(source)), dtype="float64")
        vt = np.asarray(encoder.encode(list(target)), dtype="float64")
        self.cross = vs @ vt.T
        self.next_s = (vs[:-1] * vs[1:]).sum(axis=1) if len(vs) > 1 else np.zeros(0)
        self.next_t = (vt[:-1] * vt[1:]).sum(axis=1) if len(vt) > 1 else np.zeros(0)

    def __call__(self, i: int, di: int, j: int, dj: int) -> float:
        total = float(self.cross[i:i + di, j:j + dj].sum())
        norm_s = math.sqrt(2 + 2 * self.next_s[i]) if di == 2 else 1.0
        norm_t = math.sqrt(2 + 2 * self.next_t[j]) if dj == 2 else 1.0
        return total / (norm_s * norm_t or 1.0)


def evidence(src: _Side, tgt: _Side, ratio: float, i: int, di: int, j: int, dj: int,
             similarity: _Similarity | None = None) -> tuple[float, float | None]:
    """z (the log-odds that source[i:i+di] and target[j:j+dj] translate each other) and the cosine."""
    ls, lt = src.length(i, di), tgt.length(j, dj)
    length = math.log((lt + 12) / (ls * ratio + 12))
    # short sentences vary more in relative length: their length evidence counts for less
    weight = min(1.0, (ls + lt) / (2 * SHORT_SENTENCE))
    anchors = match(src.anchor_set(i, di), tgt.anchor_set(j, dj))
    z = (BIAS + W_LENGTH * weight * length * length
         + W_DICE * (dice(src.gram_set(i, di), tgt.gram_set(j, dj)) - DICE_CHANCE)
         + W_NUMBER * anchors.shared_numbers + W_LONE_NUMBER * anchors.lone_numbers
         + W_NAME * anchors.shared_names + W_LONE_NAME * anchors.lone_names
         + W_DATE * anchors.shared_dates + W_LONE_DATE * anchors.lone_dates
         + W_QUOTES * anchors.quotes)
    cosine = None
    if similarity is not None:
        cosine = similarity(i, di, j, dj)
        z += W_SIMILARITY * (cosine - SIMILARITY_CHANCE)
    return z, cosine


def _corridor(src: _Side, tgt: _Side) -> tuple[list[int], list[int]]:
    """For each count i of source sentences consumed, the band of target counts the path may be at."""
    n, m = len(src.texts), len(tgt.texts)
    first_t: dict[int, int] = {}
    last_t: dict[int, int] = {}
    for j, g in enumerate(tgt.groups):
        first_t.setdefault(g, j)
        last_t[g] = j + 1
    centres: list[list[float]] = [[] for _ in range(n + 1)]
    centres[0].append(0.0)
    centres[n].append(float(m))
    i, here = 0, 0
    while i < n:
        k = i
        while k < n and src.groups[k] == src.groups[i]:
            k += 1
        g = src.groups[i]
        t0, t1 = (first_t[g], last_t[g]) if g in first_t else (here, here)  # unpaired: stay put
        for r in range(i, k + 1):
            centres[r].append(t0 + (r - i) * (t1 - t0) / (k - i))
        i, here = k, t1
    if not set(src.groups) & set(tgt.groups):  # no paragraph alignment: the diagonal
        centres = [[r * m / n] for r in range(n + 1)]
    lo = [max(0, math.floor(min(c)) - BAND) for c in centres]
    hi = [min(m, math.ceil(max(c)) + BAND) for c in centres]
    lo[0], hi[n] = 0, m
    for r in range(n - 1, -1, -1):  # every row reaches the next one
        lo[r] = min(lo[r], lo[r + 1])
        hi[r] = max(hi[r], lo[r + 1])
    for r in range(1, n + 1):
        hi[r] = max(hi[r], hi[r - 1])
    return lo, hi


PRIOR_RATIO = 0.95  # English characters per French character in WMT14 news references (French originals)
TRUSTED_LENGTH = 3000  # characters of source from which the document's own ratio is fully trusted


def _length_ratio(source_chars: int, target_chars: int, sentences: int = 2) -> float:
    """The document's length ratio, shrunk towards the language pair's when the document is short.

    A short document with a dropped or added sentence has a skewed ratio of its own, which would
    then penalise its well-translated sentences.
    """
    own = (target_chars + 1) / (source_chars + 1)
    if sentences < 2:
        return own  # one sentence a side: nothing else for a skewed ratio to mislead
    weight = min(1.0, source_chars / TRUSTED_LENGTH)
    return math.exp(weight * math.log(own) + (1 - weight) * math.log(PRIOR_RATIO))


def align_sentences(source: Sequence[str], target: Sequence[str], source_lang: str = "fr",
                    target_lang: str = "en", encoder=None, source_groups: Sequence[int] | None = None,
                    target_groups: Sequence[int] | None = None, source_numbers=None,
                    target_numbers=None) -> list[Bead]:
    """The cheapest monotone alignment of two lists of sentences.

    `source_groups`/`target_groups` give each sentence's paragraph pair (equal numbers on the two
    sides translate each other); the path keeps near them and pays for a bead that crosses them.
    `source_numbers`/`target_numbers` give each sentence's number mentions (checker/compare/numbers.py),
    when the caller has them already; else each sentence is read.
    """
    n, m = len(source), len(target)
    if not n or not m:
        return [Bead((i,), (), 0.0, None) for i in range(n)] + [Bead((), (j,), 0.0, None) for j in range(m)]
    src = _Side(source, source_lang, source_groups, source_numbers)
    tgt = _Side(target, target_lang, target_groups, target_numbers)
    ratio = _length_ratio(sum(src.lengths), sum(tgt.lengths), min(n, m))
    similarity = _Similarity(encoder, source, target) if encoder is not None else None
    lo, hi = _corridor(src, tgt)
    inf = float("inf")
    cost = [[inf] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    back: list[list[tuple | None]] = [[None] * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            here = cost[i][j - lo[i]]
            if here == inf:
                continue
            for di, dj in MOVES:
                ni, nj = i + di, j + dj
                if ni > n or nj > m or not lo[ni] <= nj <= hi[ni]:
                    continue
                z = cos = None
                if di and dj:
                    z, cos = evidence(src, tgt, ratio, i, di, j, dj, similarity)
                    step = MERGE_COST[di, dj] - z
                    if len({*src.groups[i:ni], *tgt.groups[j:nj]}) > 1:
                        step += CROSS_PARAGRAPH
                else:
                    step = SKIP_COST
                if here + step < cost[ni][nj - lo[ni]]:
                    cost[ni][nj - lo[ni]] = here + step
                    back[ni][nj - lo[ni]] = (di, dj, z, cos)
    beads = []
    i, j = n, m
    while i or j:
        di, dj, z, cos = back[i][j - lo[i]]
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)),
                          _sigmoid(z) if z is not None else 0.0, cos))
        i, j = i - di, j - dj
    beads.reverse()
    return beads if similarity is None else _paired_back(beads, src, tgt, ratio, similarity)


def _paired_back(beads: list[Bead], src: _Side, tgt: _Side, ratio: float, similarity: _Similarity) -> list[Bead]:
    """The beads with each 1-0 beside a 0-1 of the same paragraph pair joined into a 1-1: see PAIRED_BACK_ADEQUACY."""
    from ..compare.similarity import adequacy

    out: list[Bead] = []
    k = 0
    while k < len(beads):
        here = beads[k]
        nxt = beads[k + 1] if k + 1 < len(beads) else None
        if (nxt is not None and len(here.source) + len(nxt.source) == 1 and len(here.target) + len(nxt.target) == 1
                and len(here.source) + len(here.target) == 1):
            i, j = (here.source or nxt.source)[0], (here.target or nxt.target)[0]
            if src.groups[i] == tgt.groups[j]:
                rules, _ = evidence(src, tgt, ratio, i, 1, j, 1)
                z, cos = evidence(src, tgt, ratio, i, 1, j, 1, similarity)
                if rules >= PAIRED_BACK_RULES or adequacy(cos, len(src.texts[i].split())) >= PAIRED_BACK_ADEQUACY:
                    out.append(Bead((i,), (j,), _sigmoid(z), cos))
                    k += 2
                    continue
        out.append(here)
        k += 1
    return out


def _span(sentences, indices: tuple[int, ...], fallback: int) -> tuple[int, int]:
    if not indices:
        return fallback, fallback
    return sentences[indices[0]].start, sentences[indices[-1]].end


def _per_sentence(mentions, sentences):
    """Number mentions of a whole text (sorted by offset) distributed to the sentences that hold them."""
    if mentions is None:
        return None
    out, k = [[] for _ in sentences], 0
    for mention in sorted(mentions, key=lambda m: m.start):
        while k < len(sentences) and sentences[k].end <= mention.start:
            k += 1
        if k < len(sentences) and sentences[k].start <= mention.start and mention.end <= sentences[k].end:
            out[k].append(mention)
    return out


def align_document_sentences(source, source_sentences, target, target_sentences, paragraphs,
                             encoder=None, source_numbers=None, target_numbers=None) -> list[SentencePair]:
    """`pair.sentences`: the sentences of two parsed documents aligned, near their aligned paragraphs.

    `source_numbers`/`target_numbers` are the `source.numbers`/`target.numbers` annotations, the
    aligner's number anchors."""
    group_s: dict[int, int] = {}
    group_t: dict[int, int] = {}
    for k, para in enumerate(paragraphs or ()):
        group_s.update((b, k) for b in para.source)
        group_t.update((b, k) for b in para.target)
    # blocks the paragraph alignment left out get groups of their own
    groups_s = [group_s.get(s.block, -1 - s.block) for s in source_sentences]
    groups_t = [group_t.get(t.block, -10**6 - t.block) for t in target_sentences]
    beads = align_sentences([source.text[s.start:s.end] for s in source_sentences],
                            [target.text[t.start:t.end] for t in target_sentences],
                            source.lang, target.lang, encoder, groups_s, groups_t,
                            _per_sentence(source_numbers, source_sentences),
                            _per_sentence(target_numbers, target_sentences))
    pairs: list[SentencePair] = []
    s_pos = t_pos = 0
    for bead in beads:
        s_span = _span(source_sentences, bead.source, s_pos)
        t_span = _span(target_sentences, bead.target, t_pos)
        s_pos, t_pos = s_span[1], t_span[1]
        pairs.append(SentencePair(bead.source, bead.target, s_span, t_span, bead.score, bead.similarity))
    return pairs


def bead_index(pairs: Sequence[SentencePair], position: int, side: str = "target") -> int | None:
    """The index of the bead whose `side` span holds `position` (an empty span holds its own place)."""
    for index, pair in enumerate(pairs):
        start, end = pair.source_span if side == "source" else pair.target_span
        if start <= position < end or start == end == position:
            return index
    return None


def coverage(pairs: Sequence[SentencePair], source_sentences, target_sentences,
             threshold: float = CONFIDENT) -> float:
    """The share of source and target characters (together) in beads with both sides and a confident score."""
    total = sum(s.end - s.start for s in source_sentences) + sum(t.end - t.start for t in target_sentences)
    if not total:
        return 0.0
    covered = sum(sum(source_sentences[i].end - source_sentences[i].start for i in p.source)
                  + sum(target_sentences[j].end - target_sentences[j].start for j in p.target)
                  for p in pairs if p.source and p.target and p.score >= threshold)
    return covered / total


def corresponds(pairs: Sequence[SentencePair], source_sentences, target_sentences,
                threshold: float = CORRESPONDS) -> bool:
    """Whether the source is plausibly the original of the translation (alignment coverage at least `threshold`)."""
    return coverage(pairs, source_sentences, target_sentences) >= threshold
