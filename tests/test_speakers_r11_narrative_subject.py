"""Speakers, round 11 (English): "He said"/"She said" opening a sentence right after one whose subject is a person
known by a description ("The coroner for Shropshire recorded a verdict of misadventure. She said …") takes up
that person, not the speaker quoted before (a police spokesman, the fire service); fresh paragraphs, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["A woman died after her car left the road near Ludlow, a police spokesman said.",
              "The coroner for Shropshire recorded a verdict of misadventure. She said the bend had been “badly"
              " signed for years”."],
     [("bend had been", "The coroner for Shropshire")]),
    ("p-02", ["Two men were hurt in a fire at a warehouse in Corby, the fire service said.",
              "The station manager described the blaze as fierce. He said the roof had collapsed within minutes."],
     [("roof had collapsed", "The station manager")]),
    ("p-03", ["An elderly man was rescued from the sea at Filey on Sunday, a coastguard spokesman said.",
              "The lifeboat helmsman reached him within eight minutes. He said the man had been “very lucky”."],
     [("man had been", "The lifeboat helmsman")]),
    ("p-04", ["A pupil was injured when a ceiling fell at a school in Wigan, a council spokeswoman said.",
              "The headteacher closed the building for the day. She said parents had been told at once."],
     [("parents had been told", "The headteacher")]),
    ("p-05", ["A builder who defrauded pensioners in Kent has been jailed, a prosecutor said.",
              "The judge at Maidstone Crown Court sentenced him to six years. He said the victims had been"
              " “deliberately chosen”."],
     [("victims had been", "The judge at Maidstone Crown Court")]),
    ("p-06", ["Flights from Belfast were cancelled after snow closed the runway, the airport said.",
              "A pilot waiting at the gate recorded a video of the ploughs. He said the crews had worked all night."],
     [("crews had worked", "A pilot waiting at the gate")]),
    ("p-07", ["A cyclist was seriously hurt in a crash on the A38, police said.",
              "A paramedic who was driving home stopped to help. She said the cyclist had been conscious."],
     [("cyclist had been conscious", "A paramedic who was driving home")]),
    ("p-08", ["A rare orchid has been found on a roadside verge in Norfolk, the county council said.",
              "The ecologist who spotted it sent photographs to Kew. He said it had not been seen there since 1950."],
     [("not been seen there", "The ecologist who spotted it")]),
    ("p-09", ["The coroner for Shropshire said the bend was dangerous. She said it had been “badly signed”."],
     [("it had been", "The coroner for Shropshire")]),
    # traps: a named person opening the sentence before, a role that does not fit the pronoun, a body opening it,
    # a plural opening it
    ("t-01", ["A pupil was injured when a ceiling fell at a school in Wigan, a council spokeswoman said.",
              "Headteacher Moira Quayle closed the building for the day. She said parents had been told at once."],
     [("parents had been told", "Moira Quayle")]),
    ("t-02", ["A pupil was injured when a ceiling fell at a school in Wigan, a council spokeswoman said.",
              "The headmaster closed the building for the day. She said parents had been told at once."],
     [("parents had been told", "a council spokeswoman")]),
    ("t-03", ["A pupil was injured when a ceiling fell at a school in Wigan, a council spokeswoman said.",
              "The council closed the building for the day. She said parents had been told at once."],
     [("parents had been told", "a council spokeswoman")]),
    ("t-04", ["Reporters asked the minister, Helen Carver, whether the scheme would be extended. She said no decision"
              " had been taken."],
     [("no decision had been taken", "Helen Carver")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_pronoun_takes_up_the_person_the_sentence_before_opens_with(text, words, expected):
    assert_item_speaker(text, words, expected, "en")
