"""Monotone sentence alignment of a translation with its source, inside aligned paragraphs."""
from __future__ import annotations

from dataclasses import dataclass

from .paragraphs import align_blocks


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


def _span(sentences, indices: tuple[int, ...], fallback: int) -> tuple[int, int]:
    if not indices:
        return fallback, fallback
    return sentences[indices[0]].start, sentences[indices[-1]].end


def align_document_sentences(source, source_sentences, target, target_sentences, paragraphs,
                             encoder=None) -> list[SentencePair]:
    """`pair.sentences`: sentences aligned within each pair of aligned paragraphs."""
    by_block_s: dict[int, list[int]] = {}
    by_block_t: dict[int, list[int]] = {}
    for i, s in enumerate(source_sentences):
        by_block_s.setdefault(s.block, []).append(i)
    for j, t in enumerate(target_sentences):
        by_block_t.setdefault(t.block, []).append(j)
    pairs: list[SentencePair] = []
    s_pos = t_pos = 0
    for para in paragraphs:
        s_idx = [i for b in para.source for i in by_block_s.get(b, [])]
        t_idx = [j for b in para.target for j in by_block_t.get(b, [])]
        rows = align_blocks([source.text[source_sentences[i].start:source_sentences[i].end] for i in s_idx],
                            [target.text[target_sentences[j].start:target_sentences[j].end] for j in t_idx])
        for src_rows, tgt_rows in rows:
            s_sel = tuple(s_idx[k] for k in src_rows)
            t_sel = tuple(t_idx[k] for k in tgt_rows)
            s_span = _span(source_sentences, s_sel, s_pos)
            t_span = _span(target_sentences, t_sel, t_pos)
            s_pos, t_pos = s_span[1], t_span[1]
            pairs.append(SentencePair(s_sel, t_sel, s_span, t_span, 1.0 if s_sel and t_sel else 0.0))
    return pairs
