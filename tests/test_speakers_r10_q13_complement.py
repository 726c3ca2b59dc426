"""Speakers, quotes13 development pass (French): a description whose complement holds a class noun and its name
("les commerçants du marché Thiaroye") is the speaker, not the name at its end; fresh paragraphs with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("c-01", ["La communauté urbaine a voté mardi la fermeture de la halle pendant six mois.",
              "Les maraîchers du marché Cours-Saleya disent craindre « un été perdu »."],
     [("un été perdu", "Les maraîchers du marché Cours-Saleya")]),
    ("c-02", ["La préfecture a prolongé l'arrêté de restriction d'eau jusqu'en octobre.",
              "Les adhérents de l'association Rivières Vivantes dénoncent des prélèvements « abusifs »."],
     [("abusifs", "Les adhérents de l'association Rivières Vivantes")]),
    ("c-03", ["Les pêcheurs du port de Concarneau réclament « des quotas tenables » pour la sole."],
     [("des quotas tenables", "Les pêcheurs du port de Concarneau")]),
    ("c-04", ["Une infirmière de la clinique Pasteur-Vallier témoigne : « On ferme des lits chaque été. »"],
     [("On ferme des lits", "Une infirmière de la clinique Pasteur-Vallier")]),
    # traps: a person named after the description, a body named alone, a person apposed to a description
    ("t-01", ["Le président du club Brest Handball, Gwenaël Kerhervé, juge la saison « encourageante »."],
     [("encourageante", "Gwenaël Kerhervé")]),
    ("t-02", ["« Nous n'avons reçu aucune réponse », regrette Maëlys Andrieux-Pons, habitante du quartier"
              " Saint-Exupéry."],
     [("aucune réponse", "Maëlys Andrieux-Pons")]),
    ("t-03", ["La fédération a publié ses chiffres. « La saison est sauvée », a déclaré au quotidien"
              " Ouest-France le président de la fédération, Armel Quéméner."],
     [("La saison est sauvée", "Armel Quéméner")]),
]

# Misses left (another mechanism), strict so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("t-03", "La saison est sauvée"): "an outlet named after « a déclaré au quotidien » is taken for the subject of"
    " the inverted cue, the person apposed after it left out",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_is_the_description_not_the_name_in_its_complement(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")


def test_a_body_noun_before_the_complement_keeps_the_name_the_body_s():
    # trap: "l'agence de notation Moody's" is Moody's itself, not an agency named after its complement
    text = "L'agence de notation Moody's a indiqué que la perspective était stable, selon Les Echos."
    quote = next(q for q in quotes_in(text, "fr") if "stable" in q.text)
    assert quote.resolved_speaker == "Moody's"
