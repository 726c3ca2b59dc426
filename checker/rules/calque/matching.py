"""Phrase lexicons matched over English text: reported span, case-matched suggestion, overlaps resolved.

Shared by the calque and false-friend rules: an entry's regex may name groups `span`, `span2`...
(one per alternative) to report only part of its match: the context decides, the span is what
to change. Other named groups fill `{name}` placeholders in the entry's `french`, `english` and
`suggestion`, so that what is said follows what was matched ("since ten days" → "for ten days");
`forms` derives further placeholders from a group (`{from: group, values: {matched: text}, default: text}`).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ...findings import Hit
from ..lexicon import LARGE_TEXT, Entry, candidates, text_words, token_starts

SENTENCE_END_RE = re.compile(r"[.!?](?=[\s\"”’»)]|$)|\n")


@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon entry found in the text, with the span to report."""

    entry: Entry
    start: int
    end: int
    text: str
    groups: dict = field(default_factory=dict)  # named groups other than span*, as matched


def is_english(ctx) -> bool:
    return (ctx.doc.lang or "en").lower().startswith("en")


def find_matches(text: str, blocks, entries: Iterable[Entry],
                 accept: Callable[[Match], bool] | None = None, chosen: bool = False) -> Iterator[Match]:
    """Matches of `entries` inside blocks, left to right; of overlapping matches the widest wins.

    `accept`, when given, drops matches before the overlaps are resolved (a sentence cue that fails). `chosen`:
    the entries are already among the lexicon's `candidates` for the text.
    """
    found: list[Match] = []
    # only entries whose keyword the text contains
    for entry in (entries if chosen else candidates(tuple(entries), text)):
        spans = [name for name in entry.regex.groupindex if name.startswith("span")]
        for m in entry.scan(text):  # near the keyword's occurrences only
            name = next((n for n in spans if m.group(n) is not None), None)
            start, end = m.span(name) if name else m.span()
            if end > start:
                groups = {k: _group_value(v, m.start(k) == start and not entry.data.get("case_sensitive"))
                          for k, v in m.groupdict().items() if not k.startswith("span") and v is not None}
                match = Match(entry, start, end, text[start:end], groups)
                if accept is None or accept(match):
                    found.append(match)
    if not found:
        return
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    bounds = sorted((b.start, b.end) for b in blocks)
    last_end, i = -1, 0
    for match in found:
        while i < len(bounds) and bounds[i][1] < match.end:
            i += 1
        inside = i < len(bounds) and bounds[i][0] <= match.start
        if inside and match.start >= last_end:
            yield match
            last_end = match.end


def lexicon_hits(ctx, entries: Iterable[Entry], message: Callable[[Match], tuple[str, str | None]]):
    """A Hit for each match of a calque lexicon in an English document, worded by `message`."""
    if not is_english(ctx):
        return
    for match in find_matches(ctx.doc.text, ctx.doc.blocks, entries, cues_fit(ctx.doc.text)):
        text, suggestion = message(match)
        yield Hit(match.start, match.end, text, suggestion=suggestion, severity=match.entry.severity)


@functools.lru_cache(maxsize=None)
def _cue(source: str) -> re.Pattern:
    return re.compile(source, re.IGNORECASE)


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None, back: int = 400,
                    forward: int = 400, previous: bool = False) -> tuple[int, int]:
    """(start, end) of the sentence holding text[start:end] (with the sentence before it when `previous`): from
    the previous sentence end to the next one, looked for up to `back` characters before and `forward` after,
    inside text[lo:hi]."""
    hi = len(text) if hi is None else hi
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, max(lo, start - back), start)]
    count = 2 if previous else 1
    begin = ends[-count] if len(ends) >= count else max(lo, start - back)
    after = SENTENCE_END_RE.search(text, end, min(hi, end + forward))
    return begin, after.end() if after else min(hi, end + forward)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: from the previous sentence end to the next one."""
    begin, stop = sentence_bounds(text, start, end)
    return text[begin:stop]


def context_fits(data: dict, sentence: str) -> bool:
    """The entry's sentence cues: `context` must be found in the sentence, `unless` must not."""
    if data.get("context") and not _cue(data["context"]).search(sentence):
        return False
    return not (data.get("unless") and _cue(data["unless"]).search(sentence))


def cues_fit(text: str):
    """An `accept` for find_matches: entries with `context` or `unless` cues must fit their sentence."""
    def accept(match: Match) -> bool:
        data = match.entry.data
        return not ("context" in data or "unless" in data) or context_fits(
            data, sentence_around(text, match.start, match.end))
    return accept


def _group_value(value: str, sentence_start: bool) -> str:
    """A group as matched, whitespace normalised; a capital that only starts the sentence is dropped."""
    value = " ".join(value.split())
    return value[:1].lower() + value[1:] if sentence_start and not value[1:2].isupper() else value


def placeholders(match: Match) -> dict[str, str]:
    """The values of `{name}` in an entry's texts: its named groups as matched, and their `forms`."""
    values = dict(match.groups)
    for name, spec in (match.entry.data.get("forms") or {}).items():
        matched = match.groups.get(spec["from"])
        table = {str(k).lower(): v for k, v in (spec.get("values") or {}).items()}
        chosen = table.get((matched or "").lower(), spec.get("default", matched or ""))
        values[name] = str(chosen).format_map(_Missing(values))
    return values


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return ""


def render(match: Match, name: str) -> str | None:
    """An entry's `french`, `english` or `comment` text with its placeholders filled from the match."""
    value = match.entry.data.get(name)
    if value is None:
        return None
    return str(value).format_map(_Missing(placeholders(match))) if "{" in str(value) else str(value)


def suggestion_for(match: Match) -> str | None:
    """The entry's replacement for the matched text, in the matched text's capitalisation.

    `suggestion` is a string (with placeholders), or a mapping from matched forms (lowercase) to replacements.
    """
    suggestion = match.entry.suggestion
    if isinstance(suggestion, dict):
        suggestion = suggestion.get(" ".join(match.text.lower().split()))
    if not suggestion:
        return None
    if "{" in suggestion:
        suggestion = " ".join(suggestion.format_map(_Missing(placeholders(match))).split())
    return match_case(suggestion, match.text)


def anchor_paragraphs(lowered: str, anchors: Iterable[str]) -> list[tuple[int, int]]:
    """The lines of the lowercased text that hold one of the anchors, in order, each once: the stretches a
    pattern that must contain an anchor is scanned in, so that its cost follows the anchors, not the text."""
    anchors = tuple(anchors)
    if len(anchors) == 1:  # one anchor's lines come in order, each once: the search goes on past the line's end
        return _anchor_lines(lowered, anchors[0], [])
    found: list[tuple[int, int]] = []
    for anchor in anchors:
        _anchor_lines(lowered, anchor, found)
    return sorted(set(found))


def _anchor_lines(lowered: str, anchor: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of lowered that hold anchor, in order, added to `found`."""
    at = lowered.find(anchor)
    while at >= 0:
        start = lowered.rfind("\n", 0, at) + 1
        end = lowered.find("\n", at)
        end = len(lowered) if end < 0 else end
        found.append((start, end))
        at = lowered.find(anchor, end)  # the rest of this line is scanned already
    return found


def word_lines(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """`anchor_paragraphs(text_words(text)[0], words)` for words of the text (runs of letters and digits as
    `text_words` lists them). In a large text they are found from where the text's words stand (`_WordLines`):
    a search of the whole text per word would cost its length times the number of words asked about, which
    grows with its length."""
    lowered = text_words(text)[0]
    if len(lowered) < LARGE_TEXT:
        return anchor_paragraphs(lowered, words)
    memo = _WORD_LINES[0]
    if memo is None or memo.text is not text:
        memo = _WORD_LINES[0] = _WordLines(text)
    return memo.spans(words)


class _WordLines:
    """The lines of a text by the words they hold: a word of the text stands in the text's tokens (runs of letters
    and digits) that hold it, looked for once in their distinct spellings joined, and at their places."""

    __slots__ = ("text", "lowered", "line_starts", "tokens", "joined", "offsets", "places", "known")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = lowered = text_words(text)[0]
        self.line_starts = [0] + [m.end() for m in NEWLINE_RE.finditer(lowered)]
        self.places = token_starts(text)
        self.tokens = sorted(self.places)
        self.joined = "\n".join(self.tokens)  # a token holds no line break: a word found in it is in one token
        self.offsets = list(itertools.accumulate((len(t) + 1 for t in self.tokens[:-1]), initial=0))
        self.known: dict[str, frozenset[int]] = {}

    def lines_of(self, word: str) -> frozenset[int]:
        """The indexes of the lines that hold word."""
        found = self.known.get(word)
        if found is None:
            lines, at = set(), self.joined.find(word)
            while at >= 0:
                k = bisect.bisect_right(self.offsets, at) - 1
                token = self.tokens[k]
                lines.update(bisect.bisect_right(self.line_starts, p) - 1 for p in self.places[token])
                at = self.joined.find(word, self.offsets[k] + len(token))  # the next token that holds it
            found = self.known[word] = frozenset(lines)
        return found

    def spans(self, words: Iterable[str]) -> list[tuple[int, int]]:
        """(start, end) of each line holding one of the words, in order (without its line break)."""
        lines = set().union(*map(self.lines_of, words))
        starts, size = self.line_starts, len(self.lowered)
        return [(starts[i], starts[i + 1] - 1 if i + 1 < len(starts) else size) for i in sorted(lines)]


NEWLINE_RE = re.compile("\n")
_WORD_LINES: list = [None]  # the `_WordLines` of the last text asked about (see `word_lines`)


@dataclass(frozen=True, slots=True)
class WordIndex:
    """Which patterns need which word: built once per rule, so that a text's words select its patterns with one
    set intersection."""

    words: frozenset[str]
    owners: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, needs: Iterable[Iterable[str]]) -> "WordIndex":
        owners: dict[str, list[int]] = {}
        for i, words in enumerate(needs):
            for word in words:
                owners.setdefault(word, []).append(i)
        return cls(frozenset(owners), {w: tuple(i) for w, i in owners.items()})

    def lines(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """For each pattern one of whose words the text holds, the lines holding them (see anchor_paragraphs)."""
        words = text_words(text)[1]
        wanted: dict[int, list[str]] = {}
        for word in self.words & words:
            for i in self.owners[word]:
                wanted.setdefault(i, []).append(word)
        return {i: word_lines(text, found) for i, found in sorted(wanted.items())}


def match_case(replacement: str, original: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
