"""Speakers, round 11 (French): « il » or « elle » that no person takes up, after a sentence opening with a body
named by its kind (« La préfecture du Finistère a interdit la baignade à Carnac. Elle a précisé … »), is that
body, its article agreeing with the pronoun, not a place or a name its object holds; fresh paragraphs, with traps
where a person is there to take the pronoun up."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["La mairie de Rennes a fermé la piscine Gayeulles. Les travaux dureront six mois, a-t-elle "
              "indiqué."],
     [("travaux dureront", "La mairie de Rennes")]),
    ("p-02", ["La préfecture du Finistère a interdit la baignade à Carnac. Elle a précisé que des analyses "
              "étaient en cours."],
     [("analyses étaient", "La préfecture du Finistère")]),
    ("p-03", ["Le conseil départemental a fermé le collège Jean-Moulin. Il a expliqué que le bâtiment était "
              "vétuste."],
     [("bâtiment était vétuste", "Le conseil départemental")]),
    ("p-04", ["La direction de l'hôpital Pasteur a suspendu les visites. Elle a expliqué que la grippe "
              "circulait."],
     [("grippe circulait", "La direction de l'hôpital Pasteur")]),
    ("p-05", ["La communauté de communes a racheté le moulin Kerhervé. Elle a indiqué qu'il deviendrait un "
              "musée."],
     [("deviendrait un musée", "La communauté de communes")]),
    ("p-06", ["Le rectorat a fermé l'école Anatole-France. Il a précisé que les élèves seraient accueillis à "
              "Lorient."],
     [("élèves seraient accueillis", "Le rectorat")]),
    ("p-07", ["La fédération a suspendu le stade Marcel-Picot pour deux matchs. Elle a estimé que la sécurité "
              "n'était pas assurée."],
     [("sécurité n'était pas", "La fédération")]),
    ("p-08", ["Le syndicat mixte a vendu le château de Kerjean. Il a expliqué que l'entretien coûtait trop "
              "cher."],
     [("entretien coûtait", "Le syndicat mixte")]),
    ("p-09", ["La région Bretagne a racheté le port de Roscoff. Elle a indiqué que les quais seraient rénovés."],
     [("quais seraient rénovés", "La région Bretagne")]),
    ("p-10", ["L'agglomération a fermé la déchetterie de Kervénanec. Elle a précisé qu'une autre ouvrirait à "
              "Lanester."],
     [("autre ouvrirait", "L'agglomération")]),
    ("p-11", ["La chambre d'agriculture a visité la ferme Le Goff à Plouvorn. Elle a estimé que les pertes "
              "dépassaient 50 000 euros."],
     [("pertes dépassaient", "La chambre d'agriculture")]),
    ("p-12", ["Le département a cédé le domaine de Trévarez. Il a indiqué que le parc resterait ouvert au "
              "public."],
     [("parc resterait ouvert", "Le département")]),
    # traps: a person the body received, a person opening the sentence before, an article that does not agree
    ("t-01", ["La mairie de Rennes a reçu l'architecte Gaëlle Prigent. Elle a indiqué que les travaux dureraient"
              " six mois."],
     [("travaux dureraient", "Gaëlle Prigent")]),
    ("t-02", ["Le maire de Vannes, Loïc Le Bihan, a fermé la piscine Kercado. Il a précisé que les travaux"
              " dureraient un an."],
     [("travaux dureraient", "Loïc Le Bihan")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("p-05", "deviendrait un musée"): "« la communauté de communes »: « communauté » is no body's noun in the"
    " lexicon, so the sentence's subject is not read as a body",
    ("p-09", "quais seraient rénovés"): "the pronoun resolves to the body's entity, given by its bare name"
    " (« Bretagne »), not as its clause names it (« La région Bretagne »)",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_pronoun_takes_up_the_body_opening_the_sentence_before(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
