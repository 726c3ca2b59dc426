"""Speakers, round 11 (English): a speaker first known by words that end with a person's full name ("Worcester
Warriors director of rugby Lysander Penhaligon has admitted …") is that person when a pronoun takes them up later
(not the whole description); fresh paragraphs (the development item that failed, quotes13 en-259, turned on a
later surname), with traps where the name after "for" or "of" is someone else."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Bristol Bears director of rugby Lysander Penhaligon has admitted his side “switched off” after"
              " half-time.", "“We stopped doing the simple things,” he said."],
     [("simple things", "Lysander Penhaligon")]),
    ("p-02", ["Cardiff Devils head coach Ptolemy Marchbank has conceded his team were “outskated” on Saturday.",
              "“That is on me,” he said."],
     [("That is on me", "Ptolemy Marchbank")]),
    ("p-03", ["Glasgow Warriors attack coach Cosmo Dunleavy has admitted the backs were “too loose” in Treviso.",
              "“We gave them easy ball,” he said."],
     [("easy ball", "Cosmo Dunleavy")]),
    ("p-04", ["Leicester Riders general manager Ottoline Brabazon has said the arena deal was “a lifeline”.",
              "“Without it we fold,” she said."],
     [("Without it we fold", "Ottoline Brabazon")]),
    ("p-05", ["Tate Modern director of collections Anouk Ferreira said the painting would go on show in May.",
              "“It has not been seen in Britain for 60 years,” she said."],
     [("not been seen in Britain", "Anouk Ferreira")]),
    ("p-06", ["Cornwall Council cabinet member for transport Jago Trevail said the bus fares would be capped.",
              "“This is money back in pockets,” he said."],
     [("money back in pockets", "Jago Trevail")]),
    # traps: a lawyer for someone, a family of someone
    ("t-01", ["A lawyer for Horatio Polglase said the claims were false.", "“My client denies everything,” she said."],
     [("denies everything", "A lawyer for Horatio Polglase")]),
    ("t-02", ["The family of Peregrine Tolhurst said he had been “a gentle soul”."],
     [("he had been", "The family of Peregrine Tolhurst")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_description_closing_on_a_name_is_that_person(text, words, expected):
    assert_item_speaker(text, words, expected, "en")
