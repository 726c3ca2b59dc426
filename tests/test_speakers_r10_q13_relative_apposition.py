"""Speakers, quotes13 development pass (English): after an inverted cue, a description with a relative clause and then
the person's name set off by a comma ("says the man who chairs the ward committee, Tom Bell") is that person; fresh
paragraphs with traps."""
from __future__ import annotations

import pytest

from benchmarks.quotes_eval import same_speaker
from tests.quote_speakers import quotes_in

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("r-01", ["Flood defences in Tewkesbury failed on Sunday night.",
              "\u201cWe were told the barrier would hold,\u201d said the woman who runs the riverside cafe, Philippa"
              " Oakhurst-Lyle. She said the water reached her counter within an hour."],
     [("barrier would hold", "Philippa Oakhurst-Lyle"), ("reached her counter", "Philippa Oakhurst-Lyle")]),
    ("r-02", ["Residents of a Leeds estate have waited two years for new windows.",
              "\"Nobody answers the phone,\" says the man who chairs the tenants' association, Barnaby Quillfeather."],
     [("Nobody answers the phone", "Barnaby Quillfeather")]),
    ("r-03", ["A footbridge collapsed near Bristol on Friday.",
              "\u201cIt was entirely avoidable,\u201d said the engineer who led the review, Network Rail route"
              " director Cuthbert Ravensworth."],
     [("entirely avoidable", "Cuthbert Ravensworth")]),
]

# traps: no name after the relative clause; the name inside the relative clause; a description after the comma.
# (text, words inside the quote, a name the speaker must not be, the description the speaker must begin with)
TRAPS = [
    ("A footbridge collapsed near Bristol on Friday.\n\n\u201cIt was entirely avoidable,\u201d said the engineer who"
     " led the review, adding that repairs were overdue.", "entirely avoidable", None, "the engineer"),
    ("A builder was fined for leaving a trench open in Hove.\n\n\u201cHe never came back,\u201d said the woman who"
     " hired Dominic Astley-Frome.", "never came back", "Dominic Astley-Frome", "the woman"),
    ("A dog was rescued from a cliff ledge near Whitby.\n\n\u201cIt was shaking,\u201d said the man who found it,"
     " a retired fisherman.", "It was shaking", None, "the man"),
]

CASES = [pytest.param("\n\n".join(paragraphs), words, expected, id=f"{item_id}:{words}")
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_name_after_a_relative_clause_is_the_speaker(text, words, expected):
    quote = next((q for q in quotes_in(text, "en") if words in q.text), None)
    assert quote is not None, f"no quote holds {words!r}"
    found = quote.resolved_speaker or quote.speaker
    assert same_speaker(expected, found), f"{words!r}: expected {expected!r}, found {found!r}"


@pytest.mark.parametrize(("text", "words", "not_named", "description"), TRAPS)
def test_no_name_taken_from_or_after_a_relative_clause_without_one(text, words, not_named, description):
    quote = next((q for q in quotes_in(text, "en") if words in q.text), None)
    assert quote is not None, f"no quote holds {words!r}"
    found = quote.resolved_speaker or quote.speaker or ""
    assert found.lower().startswith(description), f"{words!r}: found {found!r}"
    assert not_named is None or not_named not in found
