"""Speakers, round 12 (French): bodies named with « au », « aux », « en » or a list of domains in their title; a
body named with an elided article (« L'Union des … ») is a body, not a person a role noun could take up; a role
description before anyone is named takes up the person later introduced with that role; a role description takes
up the person the article is about (a given name read by its ending), a document (« l'arrêt ») nobody."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)])
ITEMS = [
    ("b-01", ["Le taux d'inflation a reculé à 2,1 % en octobre, selon le Commissariat au Plan."],
     [("taux d'inflation a reculé", "le Commissariat au Plan")]),
    ("b-02", ["Un convoi humanitaire est arrivé jeudi à Gao.",
              "La Mission de l'OMS au Niger a dépêché des médecins. Selon elle, 300 familles ont été aidées."],
     [("300 familles", "La Mission de l'OMS au Niger")]),
    ("b-03", ["Le nombre de chalutiers actifs a baissé d'un tiers, indique l'Observatoire des pêches, des ports et "
              "des littoraux.",
              "Les ports bretons sont les plus touchés, souligne-t-il."],
     [("les plus touchés", "l'Observatoire des pêches, des ports et des littoraux")]),
    ("b-04", ["Le prix du lait sera relevé de 4 % au 1er mars.",
              "L'Union des éleveurs normands juge la hausse « insuffisante ». Selon le ministre de l'Agriculture, "
              "elle représente 12 euros par mois pour une exploitation moyenne."],
     [("12 euros par mois", "le ministre de l'Agriculture")]),
    ("b-05", ["Une trentaine de maisons ont été évacuées, selon le préfet de Haute-Corse.",
              "« Nous ne prendrons aucun risque », a déclaré le préfet, Ghislain Orsoni-Battesti."],
     [("trentaine de maisons", "Ghislain Orsoni-Battesti")]),
    ("b-06", ["Ysaline Corbel observe depuis dix ans les phoques gris de l'archipel de Molène.",
              "Cet été, son équipe a recensé 60 petits.",
              "« Chaque naissance est une bonne nouvelle pour la colonie », souligne la chercheuse."],
     [("Chaque naissance", "Ysaline Corbel")]),
    ("b-07", ["La cour d'appel de Rennes a confirmé la condamnation de l'ancien maire de Plouha, Wandrille Le Goaziou.",
              "Les fonds détournés atteignent 40 000 euros, selon l'arrêt."],
     [("fonds détournés", "l'arrêt")]),
    # traps: « en » before a lower-case word is no part of the body's name, nor after a person's name; a person
    # named since the role, with another role, is not taken up
    ("t-01", ["Les effectifs ont baissé de 4 %, a indiqué le Conseil départemental en novembre."],
     [("effectifs ont baissé", "le Conseil départemental")]),
    ("t-02", ["Les ventes ont doublé en un an, a indiqué Enguerrand Moustoir en Bretagne."],
     [("ventes ont doublé", "Enguerrand Moustoir")]),
    ("t-03", ["Une trentaine de maisons ont été évacuées, selon le préfet de Haute-Corse.",
              "« Nous ne prendrons aucun risque », a déclaré le maire, Ghislain Orsoni-Battesti."],
     [("trentaine de maisons", "le préfet de Haute-Corse")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_is_the_body_or_the_person_by_role(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
