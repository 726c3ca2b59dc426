"""Speakers, quotes13 development pass (French): « il » / « elle » with a man and a woman in play (a partner's or a
trainer's role noun gives the gender, a name after « la piscine » or « le lycée » is a place, not a person), and
« lui a répondu X » (the one answered is no subject); fresh paragraphs with traps."""
from __future__ import annotations

import pytest

from benchmarks.quotes_eval import same_speaker
from tests.quote_speakers import quotes_in

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Maïwenn Le Gall et son compagnon, Tanguy Kerhoas, ont repris la crêperie du port de Camaret.",
              "Les prix du beurre ont doublé, explique-t-elle. « On ne peut plus suivre », ajoute-t-il."],
     [("Les prix du beurre", "Maïwenn Le Gall"), ("plus suivre", "Tanguy Kerhoas")]),
    ("p-02", ["Maëlle Riou, navigatrice de 28 ans, et son préparateur, Gaspard Yvinec, ont construit le bateau.",
              "Le mât a cassé au large de Madère, a confirmé Gaspard Yvinec. « Je suis indemne », a-t-elle écrit."],
     [("Le mât a cassé", "Gaspard Yvinec"), ("Je suis indemne", "Maëlle Riou")]),
    ("p-03", ["Lors du conseil municipal, l'élu d'opposition Gurvan Le Dantec a interpellé la maire sur la"
              " fermeture de la piscine Jean-Bouin.",
              "« Vous avez laissé pourrir ce bâtiment », a-t-il lancé. « Les travaux commenceront en mars », lui a"
              " répondu Nolwenn Quéré."],
     [("laissé pourrir", "Gurvan Le Dantec"), ("travaux commenceront", "Nolwenn Quéré")]),
    ("p-04", ["Le proviseur du lycée Marie-Curie, Armand Quillec, a fermé l'internat pour travaux.",
              "« C'est temporaire », a-t-il assuré."],
     [("C'est temporaire", "Armand Quillec")]),
    # traps: an object clitic after the inverted pronoun, « leur » before an inverted pronoun, a stressed « Lui »
    ("t-01", ["La préfète a reçu l'éleveur Bastien Corlay. « Nous vous aiderons », lui a-t-elle promis."],
     [("Nous vous aiderons", "La préfète")]),
    ("t-02", ["Le ministre, Théophane Argoud, a reçu les syndicats. « Nous vous écoutons », leur a-t-il dit."],
     [("Nous vous écoutons", "Théophane Argoud")]),
    ("t-03", ["Élise Vantalon et son frère, Corentin Vantalon, se partagent la ferme.",
              "Lui estime que le lait bio est « un pari perdu »."],
     [("un pari perdu", "Corentin Vantalon")]),
]

CASES = [pytest.param("\n\n".join(paragraphs), words, expected, id=f"{item_id}:{words}")
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_pronoun_with_a_man_and_a_woman_in_play(text, words, expected):
    quote = next((q for q in quotes_in(text, "fr") if words in q.text), None)
    assert quote is not None, f"no quote holds {words!r}"
    found = quote.resolved_speaker or quote.speaker
    assert same_speaker(expected, found), f"{words!r}: expected {expected!r}, found {found!r}"
