"""Speakers, quotes13 development pass: a person introduced by a job without a speech verb ("X became
harbourmaster", "X a pris la direction du musée") and quoted later by that role ("the harbourmaster said", « sourit
la nouvelle directrice »); fresh paragraphs with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, lang, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("j-01", "en", ["Tamsin Polglaze became harbourmaster at Mevagissey in May, the first woman in the post.",
                    "Landings have fallen by a third since then.",
                    "\u201cWe are watching every boat,\u201d the harbourmaster said."],
     [("watching every boat", "Tamsin Polglaze")]),
    ("j-02", "fr", ["Léontine Garrigou-Massat a pris en janvier la direction du musée Fabre, après dix ans à Orsay.",
                    "La fréquentation a baissé d'un quart depuis 2020.",
                    "« Il faut rouvrir les salles le soir », explique la nouvelle directrice."],
     [("rouvrir les salles", "Léontine Garrigou-Massat")]),
    # traps: someone else named since; another post (« adjointe »); the role's gender is not the person's;
    # no word of the role before
    ("t-01", "fr", ["Léontine Garrigou-Massat a pris en janvier la direction du musée Fabre.",
                    "Son adjoint, Pacôme Villeneuve-Arsac, a présenté le budget.",
                    "« Il faut rouvrir les salles le soir », explique la directrice."],
     # (not through the role taken up, Pacôme named since; « la directrice » is the one woman the article is about,
     # as it would be with a given name the lexicon knows: round 12 reads « Léontine » as a woman's name)
     [("rouvrir les salles", "Léontine Garrigou-Massat")]),
    ("t-02", "fr", ["Gaëtan Roumazeilles a pris en janvier la direction du musée Fabre.",
                    "« Il faut rouvrir les salles le soir », explique la directrice adjointe."],
     [("rouvrir les salles", "la directrice adjointe")]),
    ("t-03", "fr", ["Julien Castagnède a pris en janvier la direction du musée Fabre.",
                    "« Il faut rouvrir les salles le soir », explique la nouvelle directrice."],
     [("rouvrir les salles", "la nouvelle directrice")]),
    ("t-04", "en", ["Tamsin Polglaze bought a trawler at Mevagissey in May.",
                    "\u201cWe are watching every boat,\u201d the harbourmaster said."],
     [("watching every boat", "the harbourmaster")]),
]

# Misses left (not this pass's mechanism), strict so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, lang, words, expected, known_misses=KNOWN_MISSES)
         for item_id, lang, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "lang", "words", "expected"), CASES)
def test_role_given_earlier_names_the_speaker(text, lang, words, expected):
    assert_item_speaker(text, words, expected, lang)
