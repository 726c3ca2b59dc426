"""Aligned pairs read token by token for the mistranslation rules: which English tokens render which French ones."""
from __future__ import annotations

import functools
import re
import weakref
from dataclasses import dataclass

from ...align.words import LEFTOVER, WordLinks
from .orphans import Token

EN_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-'’][^\W_]+)*|[.,;:!?()\"“”«»]")
FR_TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?|\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?"
                         r"|[.,;:!?()\"“”«»]")
MIN_PAIR_SCORE = 0.5  # beads aligned with less confidence are not read word by word


@dataclass(frozen=True, slots=True)
class Bead:
    """One aligned sentence pair as tokens, with the firm word links (evidence, not position) between them."""

    en: tuple[Token, ...]
    fr: tuple[Token, ...]
    to_fr: dict[int, int]  # English token position -> French token position it is firmly linked to
    to_en: dict[int, int]
    source_span: tuple[int, int]

    def fr_before(self, q: int) -> Token | None:
        return self.fr[q - 1] if q > 0 else None

    def en_at(self, p: int) -> Token | None:
        return self.en[p] if 0 <= p < len(self.en) else None


def tokens(regex: re.Pattern, text: str, start: int, end: int) -> tuple[Token, ...]:
    return tuple(Token(m.start(), m.end(), m.group()) for m in regex.finditer(text, start, end))


def _positions(toks: tuple[Token, ...], words) -> dict[int, int]:
    """Content word index -> position of the token it starts in (an elided French token holds its word)."""
    out = {}
    p = 0
    for k, word in enumerate(words):
        while p < len(toks) and toks[p].end <= word.start:
            p += 1
        if p < len(toks) and toks[p].start <= word.start < toks[p].end:
            out[k] = p
    return out


def bead(text: str, source: str, pair, links: WordLinks) -> Bead:
    en = tokens(EN_TOKEN_RE, text, *pair.target_span)
    fr = tokens(FR_TOKEN_RE, source, *pair.source_span)
    en_pos, fr_pos = _positions(en, links.target), _positions(fr, links.source)
    to_fr, to_en = {}, {}
    for i, j, strength in links.links:
        if strength > LEFTOVER and i in fr_pos and j in en_pos:
            to_fr.setdefault(en_pos[j], fr_pos[i])
            to_en.setdefault(fr_pos[i], en_pos[j])
    return Bead(en, fr, to_fr, to_en, pair.source_span)


_READ: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # context -> its beads, read once for the rules


def beads(ctx) -> tuple[Bead, ...]:
    """Each aligned bead with both sides, read token by token (once per context, shared by the rules)."""
    found = _READ.get(ctx)
    if found is None:
        text, source = ctx.doc.text, ctx.source.text
        found = _READ[ctx] = tuple(
            bead(text, source, pair, links) for pair, links in zip(ctx.get("pair.sentences"), ctx.get("pair.words"))
            if links is not None and pair.source and pair.target and pair.score >= MIN_PAIR_SCORE)
    return found


def check_with(hits):
    """A rule's check: `hits(bead, text, source)` over every aligned bead of the context."""
    def check(ctx):
        text, source = ctx.doc.text, ctx.source.text
        for b in beads(ctx):
            yield from hits(b, text, source)
    return check


def adjacent(text: str, a: Token, b: Token) -> bool:
    """Only a space (or nothing, after an elided French article) between two tokens."""
    return text[a.end:b.start] in ("", " ", "\u00a0")


@functools.lru_cache(maxsize=1)
def closed_class() -> frozenset[str]:
    """English grammatical words (the order model's closed class)."""
    from ...lang.word_order import _closed_class
    return _closed_class()


@functools.lru_cache(maxsize=1)
def data() -> dict:
    from ...data.cache import load_yaml
    return load_yaml("mistranslation_words")
