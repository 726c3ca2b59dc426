"""Phrase lexicons matched over English text: reported span, case-matched suggestion, overlaps resolved.

Shared by the calque and false-friend rules: an entry's regex may name groups `span`, `span2`...
(one per alternative) to report only part of its match: the context decides, the span is what
to change.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from ..lexicon import Entry


@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon entry found in the text, with the span to report."""

    entry: Entry
    start: int
    end: int
    text: str


def is_english(ctx) -> bool:
    return (ctx.doc.lang or "en").lower().startswith("en")


def find_matches(text: str, blocks, entries: Iterable[Entry]) -> Iterator[Match]:
    """Matches of `entries` inside blocks, left to right; of overlapping matches the widest wins."""
    found: list[Match] = []
    for entry in entries:
        spans = [name for name in entry.regex.groupindex if name.startswith("span")]
        for m in entry.regex.finditer(text):
            name = next((n for n in spans if m.group(n) is not None), None)
            start, end = m.span(name) if name else m.span()
            if end > start:
                found.append(Match(entry, start, end, text[start:end]))
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


def suggestion_for(match: Match) -> str | None:
    """The entry's replacement for the matched text, in the matched text's capitalisation.

    `suggestion` is a string, or a mapping from matched forms (lowercase) to replacements.
    """
    suggestion = match.entry.suggestion
    if isinstance(suggestion, dict):
        suggestion = suggestion.get(" ".join(match.text.lower().split()))
    if not suggestion:
        return None
    return match_case(suggestion, match.text)


def match_case(replacement: str, original: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
