"""Test helpers: the quote model's quotes of a paragraph, and the speaker of the quote holding some words."""
from __future__ import annotations

from checker.lang.quotes import extract_quotes
from checker.parsers import parse


def quotes_in(text: str, lang: str) -> list:
    doc = parse(text, "text", lang=lang)
    return extract_quotes(doc.text, doc.blocks, lang)


def speaker_of(text: str, words: str, lang: str) -> str | None:
    """The resolved speaker (else the speaker) of the first quote whose text holds `words`."""
    quote = next(q for q in quotes_in(text, lang) if words in q.text)
    return quote.resolved_speaker or quote.speaker
