"""Test helpers: the quote model's quotes of a paragraph, and the speaker of the quote holding some words."""
from __future__ import annotations

import pytest

from checker.lang.quotes import extract_quotes
from checker.parsers import parse


def quotes_in(text: str, lang: str) -> list:
    doc = parse(text, "text", lang=lang)
    return extract_quotes(doc.text, doc.blocks, lang)


def speaker_of(text: str, words: str, lang: str) -> str | None:
    """The resolved speaker (else the speaker) of the first quote whose text holds `words`."""
    quote = next(q for q in quotes_in(text, lang) if words in q.text)
    return quote.resolved_speaker or quote.speaker


def speaker_case(item_id: str, paragraphs, *values, known_misses: dict):
    """A parameter of an item test: the item's paragraphs joined, then `values` (the words that pick the quote,
    the expected speaker, and any others before them), xfail (strict) when (item_id, words) is a known miss."""
    words = values[-2]
    reason = known_misses.get((item_id, words))
    return pytest.param("\n\n".join(paragraphs), *values, id=f"{item_id}:{words}",
                        marks=[pytest.mark.xfail(reason=reason, strict=True)] if reason else [])


def assert_item_speaker(text: str, words: str, expected: str, lang: str) -> None:
    """The quote holding `words` exists and its speaker is `expected` (as quotes_eval compares speakers)."""
    from benchmarks.quotes_eval import same_speaker

    quote = next((q for q in quotes_in(text, lang) if words in q.text), None)
    assert quote is not None, f"no quote holds {words!r}"
    found = quote.resolved_speaker or quote.speaker
    assert same_speaker(expected, found), f"{words!r}: expected {expected!r}, found {found!r}"
