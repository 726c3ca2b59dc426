"""Speakers, round 11b (French): a plural description with its complement ends before its verb (« Les
commerçants du centre-ville redoutent « … » »: the verb is no word of the speaker), and the trades the press quotes
as a group (« les hôteliers », « les professionnels du tourisme », « le porteur du projet ») are people; fresh
paragraphs, with traps where a word in -ent after the complement is a noun or an adjective."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Les commerçants du centre-ville de Namur redoutent « un été catastrophique » à cause des"
              " travaux."],
     [("un été catastrophique", "Les commerçants du centre-ville de Namur")]),
    ("p-02", ["La baignade est interdite dans le lac de Neuchâtel, a annoncé vendredi le canton.",
              "Les hôteliers de la rive sud craignent « une saison blanche »."],
     [("une saison blanche", "Les hôteliers de la rive sud")]),
    ("p-03", ["Le Festival d'été de Québec a perdu 300 000 dollars. Les restaurateurs du Vieux-Québec dénoncent"
              " « une programmation trop chère »."],
     [("une programmation trop chère", "Les restaurateurs du Vieux-Québec")]),
    ("p-04", ["Les professionnels du tourisme saluent « une décision de bon sens »."],
     [("une décision de bon sens", "Les professionnels du tourisme")]),
    ("p-05", ["Le méthaniseur sera construit à 300 mètres des premières maisons de Plouvorn.",
              "Le porteur du projet assure que les odeurs seront « imperceptibles »."],
     [("imperceptibles", "Le porteur du projet")]),
    ("p-06", ["Les pêcheurs de la baie de Dakar réclament « un port digne de ce nom »."],
     [("un port digne de ce nom", "Les pêcheurs de la baie de Dakar")]),
    ("p-07", ["Les riverains de la route de Lausanne estiment que le chantier est « interminable »."],
     [("interminable", "Les riverains de la route de Lausanne")]),
    ("p-08", ["Les agriculteurs du Gers déplorent « un mépris total » de la part de la préfecture."],
     [("un mépris total", "Les agriculteurs du Gers")]),
    # traps: a noun or an adjective in -ent closes no description
    ("t-01", ["Les membres du comité permanent dénoncent « une décision unilatérale »."],
     [("une décision unilatérale", "Les membres du comité permanent")]),
    ("t-02", ["Les agents du département dénoncent « un manque de moyens »."],
     [("un manque de moyens", "Les agents du département")]),
    ("t-03", ["Les conseillers du président estiment que la réforme est « inévitable »."],
     [("inévitable", "Les conseillers du président")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_plural_description_ends_before_its_verb(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
