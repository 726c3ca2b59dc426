"""Shared reasoning of the omission and addition rules: where a gap is, and whether it is restructuring."""
from __future__ import annotations

from ...align.words import Word, WordLinks, content_words, link_words

MIN_CONTENT = 4  # content words a one-sided sentence needs before its absence matters
RESTRUCTURED = 0.5  # share of a one-sided sentence's words found in its neighbours: moved, not lost
COVERED = 0.8  # share of the rest of a bead's words linked before a lone unlinked word is telling
MAX_LONE = 2  # more unlinked words than this is paraphrase or garble, not a clean gap


def neighbour_span(pairs, index: int, side: str) -> tuple[int, int] | None:
    """The span of the other side's text in the beads just before and after bead `index`."""
    spans = []
    for k in (index - 1, index + 1):
        if 0 <= k < len(pairs):
            pair = pairs[k]
            has = pair.target if side == "target" else pair.source
            if has:
                spans.append(pair.target_span if side == "target" else pair.source_span)
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def moved_nearby(words: tuple[Word, ...], other_text: str, span: tuple[int, int] | None, other_lang: str,
                 words_are_source: bool) -> bool:
    """Whether most of a one-sided sentence's content reappears in the neighbouring sentences."""
    if span is None or not words:
        return False
    others = content_words(other_text, span[0], span[1], other_lang)
    links = link_words(words, others, leftovers=False) if words_are_source else link_words(others, words, leftovers=False)
    side = "source" if words_are_source else "target"
    return links.coverage(side) >= RESTRUCTURED


def gap_anchor(text: str, pairs, index: int) -> tuple[int, int]:
    """A short target span marking where a missing sentence would be: the last word before the gap."""
    position = 0
    for k in range(index - 1, -1, -1):
        if pairs[k].target:
            position = pairs[k].target_span[1]
            break
    else:
        for k in range(index + 1, len(pairs)):
            if pairs[k].target:
                position = pairs[k].target_span[0]
                end = position
                while end < len(text) and not text[end].isspace():
                    end += 1
                return position, end
        return 0, 0
    return last_token(text, 0, position)


UNCOVERED = 0.34  # a sentence of a merged bead with a third or less of its words linked was not translated


def uncovered_members(pair, links, sentences, side: str) -> list[tuple[int, int]]:
    """Sentences of a many-sentence bead that their counterpart does not translate, as spans.

    The aligner may fold a dropped sentence into its neighbour's bead (2-1 instead of 1-0 + 1-1):
    a member sentence with almost none of its content words linked, beside members that are well
    linked, is a gap all the same.
    """
    members = pair.source if side == "source" else pair.target
    if len(members) < 2 or links is None:
        return []
    words = links.source if side == "source" else links.target
    unlinked = set(links.unlinked_source if side == "source" else links.unlinked_target)
    rows = []
    for index in members:
        sentence = sentences[index]
        mine = [k for k, w in enumerate(words) if sentence.start <= w.start < sentence.end
                and not w.number and not w.light]
        covered = (1 - sum(k in unlinked for k in mine) / len(mine)) if mine else 1.0
        rows.append((sentence.start, sentence.end, len(mine), covered))
    if max(r[3] for r in rows) < 0.6:
        return []
    return [(start, end) for start, end, count, covered in rows if count >= MIN_CONTENT and covered <= UNCOVERED]


def last_token(text: str, start: int, end: int) -> tuple[int, int]:
    """The last whitespace-delimited token of text[start:end] (a word with its punctuation)."""
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return begin, end


def lone_unlinked(links: WordLinks, side: str) -> tuple[int, ...]:
    """Unlinked words of one side when the rest of the bead is well covered (a clean gap, not a rewrite)."""
    words = links.source if side == "source" else links.target
    unlinked = links.unlinked_source if side == "source" else links.unlinked_target
    total = links.counted(side)
    if not unlinked or len(unlinked) > MAX_LONE or total - len(unlinked) < 3:
        return ()
    rest = (total - len(unlinked)) / total
    other = links.coverage("target" if side == "source" else "source")
    if rest < COVERED or other < COVERED:
        return ()
    return unlinked


def without(text: str, start: int, end: int, word) -> str:
    """The sentence text[start:end] with `word` and the space after it removed."""
    cut_end = word.end + 1 if word.end < end and text[word.end] == " " else word.end
    return text[start:word.start] + text[cut_end:end]


def beside_linked(links: WordLinks, text: str, side: str) -> tuple[int, ...]:
    """Unlinked words of one side standing right beside a linked content word (only a space between).

    Such a word modifies something the other side does say: an adjective or adverb added to or
    dropped from a phrase that is otherwise translated ("the expensive vehicle", "manifestants violents").
    """
    words = links.source if side == "source" else links.target
    linked = {link[0 if side == "source" else 1] for link in links.links}
    unlinked = links.unlinked_source if side == "source" else links.unlinked_target
    out = []
    for k in unlinked:
        before = k > 0 and k - 1 in linked and text[words[k - 1].end:words[k].start] == " "
        after = k + 1 < len(words) and k + 1 in linked and text[words[k].end:words[k + 1].start] == " "
        if after or (side == "source" and before):
            out.append(k)
    return tuple(out)


UNLIKE = 0.5  # cosine under which a word, on its own, is like none of the other side's words


def encoder_gaps(encoder, found, text: str, other_text: str, unlike=None) -> list[tuple[object, object, float]]:
    """The candidate gaps that the encoder confirms, as (key, word, gain).

    `found` holds (key, span, other_span, candidates, others): candidate words of text[span] as
    (word, needed gain) and the content words of the aligned other_text[other_span]. A candidate is
    confirmed when, on its own, it is unlike every word of the other side (a word the encoder relates
    to one of them is a rendering the lexicon missed) and removing it from its sentence raises the
    sentence's cosine with the other side by at least its needed gain. Words are encoded first (most
    are in the encoder's cache from the aligner) and sentences only for the candidates still standing,
    each kind in one batch for the document. `unlike`, when given, maps a candidate word to the cosine
    it must stay under instead of UNLIKE.
    """
    lexemes = sorted({w.text.lower() for *_, candidates, others in found
                      for w in [*others, *(word for word, _ in candidates)]})
    index = {w: k for k, w in enumerate(lexemes)}
    vectors = encoder.encode(lexemes) if lexemes else None
    standing = []
    for key, span, other_span, candidates, others in found:
        rows = [index[w.text.lower()] for w in others]
        kept = [(word, needed) for word, needed in candidates
                if not rows or float((vectors[rows] @ vectors[index[word.text.lower()]]).max())
                < (UNLIKE if unlike is None else unlike(word))]
        if kept:
            standing.append((key, span, other_span, kept))
    texts = []
    for _, span, other_span, kept in standing:
        texts += [other_text[slice(*other_span)], text[slice(*span)]]
        texts += [without(text, *span, word) for word, _ in kept]
    sentences = encoder.encode(texts) if texts else None
    out, row = [], 0
    for key, _, _, kept in standing:
        other, base = sentences[row], float(sentences[row] @ sentences[row + 1])
        for k, (word, needed) in enumerate(kept):
            gain = float(other @ sentences[row + 2 + k]) - base
            if gain >= needed:
                out.append((key, word, gain))
        row += 2 + len(kept)
    return out
