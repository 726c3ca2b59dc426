"""Speakers, round 11 (English): a partial quotation inside reported speech whose clause has no "that" ("Wrexham
Council leader Idris Mostyn said the cuts were “unavoidable”") is the reported statement's speaker's, however
long the subject opening the sentence; fresh paragraphs, with traps where the quoted words are someone else's."""
from __future__ import annotations

import pytest

from benchmarks.quotes_eval import same_speaker
from tests.quote_speakers import quotes_in, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Gloucester head coach Lachlan Pengelly said his players had been “outfought” at the breakdown."],
     [("outfought", "Lachlan Pengelly")]),
    ("p-02", ["Wrexham Council leader Idris Mostyn said the cuts were “unavoidable” this year."],
     [("unavoidable", "Idris Mostyn")]),
    ("p-03", ["Former Met Police officer Janice Whitlow told the inquiry she had been “frozen out” by colleagues."],
     [("frozen out", "Janice Whitlow")]),
    ("p-04", ["Aberdeen defender Kieran Mowat says the club's pitch is “a disgrace” and must be relaid."],
     [("a disgrace", "Kieran Mowat")]),
    ("p-05", ["Scottish Water boss Fraser Kinnaird said bills would rise by “a modest amount” in April."],
     [("a modest amount", "Fraser Kinnaird")]),
    ("p-06", ["Harbour master Tegwen Pryce said the storm had left the slipway “beyond repair”."],
     [("beyond repair", "Tegwen Pryce")]),
    ("p-07", ["Campaign group chair Tobias Wren believes the bypass plan is “dead in the water”."],
     [("dead in the water", "Tobias Wren")]),
    ("p-08", ["Leeds Rhinos coach Callum Ashby admitted his side had been “nowhere near good enough”."],
     [("nowhere near good enough", "Callum Ashby")]),
    # traps: a characterising verb inside the statement (a known miss), a nested cue, a bare subject
    ("t-01", ["Lachlan Pengelly said the referee had called the tackle “reckless”."],
     [("reckless", "the referee")]),
    ("t-02", ["Idris Mostyn said his officers had told him the cuts were “unavoidable”."],
     [("unavoidable", "his officers")]),
    ("t-03", ["Kieran Mowat says the club's pitch is “a disgrace”."],
     [("a disgrace", "Kieran Mowat")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("t-01", "reckless"): "a characterising verb after an auxiliary inside the statement (\"the referee had called"
    " the tackle “…”\"): the sentence's subject is taken for the verb's",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_partial_quote_inside_reported_speech(text, words, expected):
    # the partial quotation itself, not the reported statement around it (which holds the same words)
    quote = next((q for q in quotes_in(text, "en") if q.kind == "partial" and words in q.text), None)
    assert quote is not None, f"no partial quote holds {words!r}"
    found = quote.resolved_speaker or quote.speaker
    assert same_speaker(expected, found), f"{words!r}: expected {expected!r}, found {found!r}"
