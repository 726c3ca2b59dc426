"""Speakers, round 12 second pass (French): « selon laquelle / lequel » takes up the nearest noun before it that
agrees in gender and number, whole up to the comma; a headline counts its words, not French typography's
spaced marks, so « … » : Name … stays a headline whose quote the name after the colon said."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

ITEMS = [
    ("s-01", ["Le Télégramme publie le témoignage d'une ancienne aide-soignante d'une clinique privée de Brest, "
              "selon laquelle les patients attendaient « parfois toute la nuit »."],
     [("parfois toute la nuit", "une ancienne aide-soignante d'une clinique privée de Brest")]),
    ("s-02", ["La mairie a reçu la lettre d'un collectif de riverains du port, selon lequel les travaux "
              "seraient « bâclés »."],
     [("bâclés", "un collectif de riverains du port")]),
    # trap: « laquelle » is feminine: the man's testimony is not the source
    ("t-01", ["Le journal cite un ancien chauffeur de la société, selon laquelle les horaires étaient "
              "« respectés »."],
     [("respectés", "la société")]),
    # trap: the person who published the report is not the report's content
    ("t-02", ["Le maire a publié hier un rapport, selon lequel la digue serait « à reconstruire »."],
     [("à reconstruire", "un rapport")]),
    ("h-01", ["« On m'a dit : “Ce n'est pas pour toi”, et j'ai tenu vingt-cinq ans » : Morgane Le Floch-Kervella "
              "quitte la criée de Concarneau",
              "Morgane Le Floch-Kervella a été la première femme mareyeuse du port, en 1998. Elle part à la retraite "
              "ce mois-ci."],
     [("tenu vingt-cinq ans", "Morgane Le Floch-Kervella")]),
]

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses={})
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_relative_source_and_headline(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
