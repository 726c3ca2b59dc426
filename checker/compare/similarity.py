"""Cross-lingual similarity of aligned sentences: the cosine, its calibration by length and article, occlusion."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Sequence

# The prior: cosine (multilingual USE v3) between a French sentence and its human English translation,
# by the source's length in words (upper bounds; the last band is open), mean and standard deviation,
# and the mean cosine of a French sentence with an unrelated English sentence of the same document.
# Fitted on the French-original documents of WMT14 newstest fr-en (references against their French):
# `python -m benchmarks.quality_wmt --fit` (1,447 beads of 108 documents; the sd is 1.4826 × MAD).
BANDS = (6, 10, 15, 22, 32)
PRIOR = ((0.735, 0.094), (0.752, 0.09), (0.753, 0.093), (0.773, 0.09), (0.784, 0.073), (0.795, 0.069))
UNRELATED = (0.063, 0.132, 0.14, 0.17, 0.184, 0.209)
MIN_ARTICLE = 6  # beads with a similarity from which the article's own median and spread are used
# The article's spread (1.4826 × MAD, in prior standard deviations) is kept in these bounds: a
# handful of beads can be alike by chance, and a wholly garbled article has no "normal" to stand out of.
SPREAD = (0.7, 1.6)
# A bead has collapsed when its cosine is this many standard deviations below references of its
# length and below the rest of its article, and its source has at least COLLAPSE_WORDS words
# (headlines and captions of two or three words are too short for the encoder to judge).
# Chosen so that WMT14 references raise at most about 0.3 findings per 1,000 words.
COLLAPSE_PRIOR = -3.0
COLLAPSE_ARTICLE = -3.0
COLLAPSE_WORDS = 5
MAX_SPAN = 3  # words removed at once when looking for the words responsible
WORD_RE = re.compile(r"\S+")
EDGE_PUNCT = ".,;:!?\"'“”‘’«»()[]—–-"


def pair_similarities(source_text: str, target_text: str, pairs: Sequence, encoder) -> list[float | None]:
    """`pair.similarity`: per bead, the cosine of its source and target texts (None for a one-sided bead).

    All source texts are encoded in one call and all target texts in another (the encoder caches
    per text, so 1-1 beads cost nothing after the aligner).
    """
    both = [k for k, p in enumerate(pairs) if p.source and p.target]
    out: list[float | None] = [None] * len(pairs)
    if not both:
        return out
    src = encoder.encode([source_text[slice(*pairs[k].source_span)] for k in both])
    tgt = encoder.encode([target_text[slice(*pairs[k].target_span)] for k in both])
    for k, value in zip(both, (src * tgt).sum(axis=1)):
        out[k] = float(value)
    return out


@dataclass(frozen=True, slots=True)
class Unit:
    """Aligned text to judge: a bead with both sides, or a sentence the aligner set apart on each side at
    one place (0-1 beside 1-0: a translation so far from its source that the aligner would not pair them)."""

    source_span: tuple[int, int]
    target_span: tuple[int, int]
    similarity: float | None  # None: one side only
    beads: tuple[int, ...]  # indices into pair.sentences


def units(source_text: str, target_text: str, pairs: Sequence, similarities: Sequence[float | None],
          encoder) -> list[Unit]:
    """The beads as units to judge, each 0-1 bead next to a 1-0 bead joined into one (cosines in one batch)."""
    out: list[Unit] = []
    joined: list[int] = []
    k = 0
    while k < len(pairs):
        pair = pairs[k]
        nxt = pairs[k + 1] if k + 1 < len(pairs) else None
        if (nxt is not None and not (pair.source and pair.target) and not (nxt.source and nxt.target)
                and bool(pair.source) != bool(nxt.source)):
            src, tgt = (pair, nxt) if pair.source else (nxt, pair)
            joined.append(len(out))
            out.append(Unit(src.source_span, tgt.target_span, None, (k, k + 1)))
            k += 2
            continue
        out.append(Unit(pair.source_span, pair.target_span, similarities[k] if pair.source and pair.target else None,
                        (k,)))
        k += 1
    if joined:
        src = encoder.encode([source_text[slice(*out[i].source_span)] for i in joined])
        tgt = encoder.encode([target_text[slice(*out[i].target_span)] for i in joined])
        for i, value in zip(joined, (src * tgt).sum(axis=1)):
            out[i] = Unit(out[i].source_span, out[i].target_span, float(value), out[i].beads)
    return out


def band(words: int) -> int:
    """The length band of a source sentence of `words` words."""
    return next((i for i, top in enumerate(BANDS) if words <= top), len(BANDS))


def words(text: str) -> int:
    return len(WORD_RE.findall(text))


@dataclass(frozen=True, slots=True)
class Calibrated:
    """A bead's cosine, standardised against the length prior and against its own article."""

    similarity: float
    prior: float  # z: (cosine - reference mean for its length) / reference sd
    article: float  # z of `prior` among the article's beads (equal to `prior` for a short article)
    adequacy: float  # 0 (as close as an unrelated sentence) .. 1 (as close as a typical human translation)


def prior_z(similarity: float, source_words: int) -> float:
    mean, sd = PRIOR[band(source_words)]
    return (similarity - mean) / sd


def adequacy(similarity: float, source_words: int) -> float:
    """Where the cosine lies between an unrelated sentence's (0) and a typical human translation's (1), clipped.

    Clipped at 1: literal MT often lies closer to its source than people do, and is no better for it
    (unclipped, the estimate ranked WMT14 systems against chrF worse: benchmarks/quality_wmt.py).
    """
    b = band(source_words)
    low, high = UNRELATED[b], PRIOR[b][0]
    return min(1.0, max(0.0, (similarity - low) / (high - low)))


def calibrate(similarities: Sequence[float | None], source_words: Sequence[int]) -> list[Calibrated | None]:
    """Each similarity standardised by the length prior, then by the article's median and MAD (≥ MIN_ARTICLE beads)."""
    priors = [None if s is None else prior_z(s, n) for s, n in zip(similarities, source_words)]
    known = [z for z in priors if z is not None]
    centre, spread = 0.0, 1.0
    if len(known) >= MIN_ARTICLE:
        centre = statistics.median(known)
        mad = statistics.median(abs(z - centre) for z in known)
        spread = min(SPREAD[1], max(SPREAD[0], 1.4826 * mad))
    out: list[Calibrated | None] = []
    for s, n, z in zip(similarities, source_words, priors):
        out.append(None if z is None else Calibrated(s, z, (z - centre) / spread, adequacy(s, n)))
    return out


def collapsed(calibrated: Calibrated | None, source_words: int) -> bool:
    """Whether a bead's similarity collapses against both the length prior and its article."""
    return (calibrated is not None and source_words >= COLLAPSE_WORDS
            and calibrated.prior <= COLLAPSE_PRIOR and calibrated.article <= COLLAPSE_ARTICLE)


def calibrate_pairs(source_text: str, pairs: Sequence, similarities: Sequence[float | None]) -> list[Calibrated | None]:
    """`calibrate` for beads or units (anything with a source_span), lengths taken from their source sides."""
    return calibrate(similarities, [words(source_text[slice(*p.source_span)]) for p in pairs])


def word_spans(text: str) -> list[tuple[int, int]]:
    """Words of `text` (runs of non-space), without the punctuation at their edges."""
    spans = []
    for m in WORD_RE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start] in EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in EDGE_PUNCT:
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


@dataclass(frozen=True, slots=True)
class Occlusion:
    """The words of a sentence whose removal brings it closest to its source, and by how much."""

    start: int  # offsets into the sentence text
    end: int
    gain: float  # cosine with the source after removal, less before


def occlude(encoder, source: str, target: str, max_span: int = MAX_SPAN, keep: float = 0.8) -> Occlusion | None:
    """The span of 1..`max_span` words of `target` whose removal most raises its cosine with `source`.

    Every variant is encoded in one batch. Among spans reaching `keep` of the best gain the shortest
    is taken (removing more words than the culprit only adds noise). None when nothing raises it.
    """
    spans = word_spans(target)
    if len(spans) < 2:
        return None
    candidates, texts = [], []
    for size in range(1, min(max_span, len(spans) - 1) + 1):
        for i in range(len(spans) - size + 1):
            start, end = spans[i][0], spans[i + size - 1][1]
            candidates.append((size, start, end))
            texts.append(" ".join((target[:start].rstrip() + " " + target[end:].lstrip()).split()))
    vectors = encoder.encode([source, target, *texts])
    base = float(vectors[0] @ vectors[1])
    gains = vectors[2:] @ vectors[0] - base
    best = float(gains.max())
    if best <= 0:
        return None
    chosen = min((size, -float(g), start, end) for (size, start, end), g in zip(candidates, gains)
                 if g >= keep * best)
    return Occlusion(chosen[2], chosen[3], -chosen[1])


__all__ = ["BANDS", "Calibrated", "Occlusion", "adequacy", "band", "calibrate", "calibrate_pairs", "collapsed", "occlude",
           "pair_similarities", "prior_z", "units", "word_spans"]
