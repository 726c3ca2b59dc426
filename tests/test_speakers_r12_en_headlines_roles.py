"""Speakers, round 12 (English): a headline quote under a topic label ("Drought: “…”, warns water boss") or
before a colon and a clause ("“…”: Maiduguri flood victims plead …") takes the speaker the body gives the
same words; "the singer" takes up the person the text said sings. Fresh sentences, with traps."""
from __future__ import annotations

import pytest

from checker.lang.role_activity import names_activity
from tests.quote_speakers import assert_item_speaker, speaker_case

ITEMS = [
    ("h-01", ["Flooding: “The river rose a metre in an hour,” warns council boss",
              "Pembrokeshire County Council said on Monday that 200 homes had been evacuated.",
              "“The river rose a metre in an hour,” said its head of emergency planning, Rhodri Vaughan-Price."],
     [("rose a metre in an hour", "Rhodri Vaughan-Price")]),
    ("h-02", ["“We sleep on the floor of the mosque”: Kano flood victims ask for tents",
              "Families displaced by the floods are sheltering in mosques. “We sleep on the floor of the mosque "
              "with the children,” said Hauwa Garba-Dutse, a widow."],
     [("We sleep on the floor of the mosque", "Hauwa Garba-Dutse")]),
    ("a-01", ["Finbarr Ó Laoire, who taught singing at the Cork school of music for 40 years, has died aged 90.",
              "“A song is a conversation,” the singer told students in 2010."],
     [("A song is a conversation", "Finbarr Ó Laoire")]),
    ("a-02", ["Philippa Drewe, who farms 300 acres near Hexham, has sold her herd.",
              "“Milk prices have broken us,” the farmer said."],
     [("Milk prices have broken us", "Philippa Drewe")]),
    # traps: a headline label that is a person's name stays hers; no activity of the role's (t-03: an
    # irregular stem is not compared)
    ("t-01", ["Kerrigan: “The river rose a metre in an hour”",
              "Bernadette Kerrigan, the council leader, said 200 homes had been evacuated.",
              "“The river rose a metre in an hour,” said Rhodri Vaughan-Price, the head of emergency planning."],
     [("rose a metre in an hour", "Bernadette Kerrigan")]),
    ("t-02", ["Finbarr Ó Laoire, who taught mathematics at the Cork school for 40 years, has died aged 90.",
              "“A song is a conversation,” the singer told students in 2010."],
     [("A song is a conversation", "the singer")]),
    ("t-03", ["Finbarr Ó Laoire, who wrote songs for the radio for 40 years, has died aged 90.",
              "“A song is a conversation,” the writer told students in 2010."],
     [("A song is a conversation", "the writer")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_headline_echoes_and_roles_taken_up(text, words, expected):
    assert_item_speaker(text, words, expected, "en")


@pytest.mark.parametrize(("role", "word"), [("singer", "singing"), ("farmer", "farms"), ("runner", "running"),
                                            ("baker", "baked"), ("teacher", "teach")])
def test_a_role_names_the_activity_of_its_doer(role, word):
    assert names_activity(role, word)


@pytest.mark.parametrize(("role", "word"), [("writer", "wrote"), ("singer", "single"), ("minister", "ministry"),
                                            ("nurse", "nursing"), ("farmer", "Farms1")])
def test_no_activity_without_a_regular_stem(role, word):
    assert not names_activity(role, word)
