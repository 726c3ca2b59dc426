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
