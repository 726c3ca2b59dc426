"""The one name finder: capitalised runs with titles, organisations and French titles, found once per document."""
from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass
from typing import NamedTuple, Sequence

from .sentences import split_sentences

TOKEN_START = operator.attrgetter("start")


class FoundName(NamedTuple):  # a tuple: one per mention of the document, built fast
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
    labels: tuple[int | None, ...]  # where each block's site label ends (quote_spans.label_end)
    headlines: tuple[int, ...]  # the blocks read as headlines (quote_spans.is_headline), in order

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
        k, n = 0, len(tokens)
        for mention, anchor, last_end, length, _ in self.within(tokens[0].start, tokens[-1].end):
            if mention.kind != "name":
                continue
            k = bisect.bisect_left(tokens, anchor, k, key=TOKEN_START)  # the names are in order: search on from k
            if k + length > n or tokens[k].start != anchor or tokens[k + length - 1].end != last_end:
                continue
            out.append(mention.at(k, k + length))
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
    labels = []
    headlines = []
    for index, block in enumerate(blocks):
        label = label_end(text, block)
        labels.append(label)
        headline = is_headline(text, block, label is not None)
        if headline:
            headlines.append(index)
        lo = label or block.start
        tokens = tokenize(text, lo, block.end, lang)
        block_tokens.append(tokens)
        if not tokens:
            continue
        start = 0
        for k in _cut_indices(tokens, split_sentences(text, lo, block.end, lang)):
            if start <= k:
                sentence = tokens[start:k + 1]
                for m in find_names(sentence, lex, {0}, text, headline=headline, keep_rejected=True):
                    found.append(FoundName(m, sentence[m.tok_start].start, sentence[m.tok_end - 1].end,
                                           m.tok_end - m.tok_start, headline))
                start = k + 1
    return DocumentNames(tuple(found), tuple(f.anchor for f in found), tuple(block_tokens), tuple(labels),
                         tuple(headlines))
