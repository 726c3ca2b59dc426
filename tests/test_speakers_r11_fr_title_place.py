"""Speakers, round 11 (French): a body's title closing on the place it serves (« le Port autonome de Cotonou »,
« le Tribunal administratif de Toulouse », « la Cour d'appel de Rennes ») is one name, taken up whole by « il » or
« elle »; fresh paragraphs, with traps where a role's complement names a place."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Le Port autonome de Cotonou a enregistré un trafic record en 2024.",
              "La hausse vient des exportations de coton, précise-t-il dans son rapport."],
     [("La hausse vient", "Le Port autonome de Cotonou")]),
    ("p-02", ["Le Tribunal administratif de Toulouse a annulé mardi l'arrêté anti-mendicité du maire.",
              "Cet arrêté portait une atteinte excessive aux libertés, estime-t-il."],
     [("atteinte excessive", "Le Tribunal administratif de Toulouse")]),
    ("p-03", ["L'Office national des forêts de Guyane a dressé le bilan des incendies de l'été.",
              "Plus de 300 hectares ont brûlé, indique-t-il."],
     [("300 hectares", "L'Office national des forêts de Guyane")]),
    ("p-04", ["La Chambre régionale des comptes de Bretagne a publié son rapport sur la commune de Vitré.",
              "La dette de la ville reste maîtrisée, estime-t-elle."],
     [("dette de la ville", "La Chambre régionale des comptes de Bretagne")]),
    ("p-05", ["Le Centre hospitalier universitaire de Bordeaux a déclenché son plan blanc lundi.",
              "Les urgences sont saturées depuis dix jours, explique-t-il."],
     [("urgences sont saturées", "Le Centre hospitalier universitaire de Bordeaux")]),
    ("p-06", ["L'Agence régionale de santé de Normandie a suspendu les visites dans trois Ehpad.",
              "Les cas de grippe se multiplient, justifie-t-elle."],
     [("cas de grippe", "L'Agence régionale de santé de Normandie")]),
    ("p-07", ["Le Port autonome de Dakar a lancé l'extension de ses quais.",
              "Les travaux dureront trois ans, précise-t-il."],
     [("travaux dureront", "Le Port autonome de Dakar")]),
    ("p-08", ["La Cour d'appel de Rennes a confirmé la condamnation de l'ancien maire.",
              "Les faits sont d'une particulière gravité, souligne-t-elle."],
     [("particulière gravité", "La Cour d'appel de Rennes")]),
    # traps: a role with its town, a body whose name holds its place already, a person after the body's title
    ("t-01", ["Le maire de Lyon a indiqué que la piscine rouvrirait en juin."],
     [("piscine rouvrirait", "Le maire de Lyon")]),
    ("t-02", ["La Banque de France a indiqué que la croissance ralentirait."],
     [("croissance ralentirait", "Banque de France")]),
    ("t-03", ["Le directeur de l'Office national des forêts, Jérôme Vallat, a indiqué que les coupes seraient"
              " réduites."],
     [("coupes seraient", "Jérôme Vallat")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_title_closing_on_its_place(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
