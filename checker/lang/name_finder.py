"""The one name finder: capitalised runs with titles, organisations and French titles, found once per document."""
from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass, replace
from typing import Sequence

from .sentences import split_sentences

TOKEN_START = operator.attrgetter("start")


@dataclass(frozen=True, slots=True)
class FoundName:
    """One mention (speakers.Mention: kind "name", titles split off in `name_span`; kind "run": capitalised words
    that name no possible speaker, a nationality or a ministry's domain), the tokens it was read from, and
    whether its sentence is a headline."""

    mention: object
    anchor: int  # where its first token starts
    last_end: int  # where its last token ends
    tokens: int
    headline: bool


@dataclass(frozen=True, slots=True)
class DocumentNames:
    """Every name of a document, in text order: the annotation the entity rules and the quote model read."""

    found: tuple[FoundName, ...]
    starts: tuple[int, ...]  # each mention's anchor
    block_tokens: tuple[list, ...]  # each block's tokens (speakers.tokenize), its site label left out

    def tokens_between(self, block: int, start: int, end: int) -> list | None:
        """`tokenize(text, start, end)` within a block, read from the block's tokens; None where a token of the block
        straddles `start` or `end` (the text there would be tokenised otherwise)."""
        tokens = self.block_tokens[block]
        i = bisect.bisect_left(tokens, start, key=TOKEN_START)
        j = bisect.bisect_left(tokens, end, key=TOKEN_START)
        if i and tokens[i - 1].end > start or j and tokens[j - 1].end > end:
            return None
        return tokens[i:j]

    def within(self, start: int, end: int) -> Sequence[FoundName]:
        """The names read from the tokens of text[start:end]."""
        return self.found[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def sentence_view(self, tokens: Sequence) -> list:
        """The speaker names (kind "name") among `tokens`, a sentence of the quote model, as fresh mentions whose
        token indices are the sentence's: a name that takes in a quotation's place (a token of its own there)
        is none of the sentence's."""
        if not tokens:
            return []
        out = []
        for name in self.within(tokens[0].start, tokens[-1].end):
            m = name.mention
            if m.kind != "name":
                continue
            k = bisect.bisect_left(tokens, name.anchor, key=TOKEN_START)
            if k + name.tokens > len(tokens) or tokens[k].start != name.anchor or \
                    tokens[k + name.tokens - 1].end != name.last_end:
                continue
            out.append(replace(m, tok_start=k, tok_end=k + name.tokens))
        return out


def find_document_names(text: str, blocks: Sequence, lang: str) -> DocumentNames:
    """The names of each sentence of each block, as the quote model reads its sentences: a site label ("READ
    ALSO:") left out, a headline's words judged as a headline's (quote_spans.is_headline)."""
    from .quote_spans import _cut_indices, is_headline, label_end
    from .speakers import find_names, lexicon, tokenize

    lang = lang if lang in ("en", "fr") else "en"
    lex = lexicon(lang)
    found: list[FoundName] = []
    block_tokens = []
    for block in blocks:
        label = label_end(text, block)
        lo = label or block.start
        tokens = tokenize(text, lo, block.end, lang)
        block_tokens.append(tokens)
        if not tokens:
            continue
        headline = is_headline(text, block, label is not None)
        start = 0
        for k in _cut_indices(tokens, split_sentences(text, lo, block.end, lang)):
            if start <= k:
                sentence = tokens[start:k + 1]
                for m in find_names(sentence, lex, {0}, text, headline=headline, keep_rejected=True):
                    found.append(FoundName(m, sentence[m.tok_start].start, sentence[m.tok_end - 1].end,
                                           m.tok_end - m.tok_start, headline))
                start = k + 1
    return DocumentNames(tuple(found), tuple(f.anchor for f in found), tuple(block_tokens))
