"""Speakers, quotes13 development pass (French): an unnamed person introduced by a description without a speech verb
("Un ancien trésorier d'un club de Chambéry a été condamné"), then quoted as « il » / « elle », is that description,
not the place that ends it; fresh paragraphs with traps."""
from __future__ import annotations

import pytest

from benchmarks.quotes_eval import same_speaker
from tests.quote_speakers import quotes_in

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("i-01", ["Un ancien gérant d'une boulangerie de Quimper a été condamné lundi à six mois de prison avec sursis.",
              "À la barre, il a dit avoir « tout perdu ». Il a nié avoir caché l'argent à ses associés."],
     [("tout perdu", "Un ancien gérant d'une boulangerie de Quimper"),
      ("caché l'argent", "Un ancien gérant d'une boulangerie de Quimper")]),
    ("i-02", ["Une ancienne trésorière d'une amicale de pompiers de Vannes a été jugée jeudi pour abus de confiance.",
              "Devant le tribunal, elle a reconnu avoir « perdu pied » après son divorce."],
     [("perdu pied", "Une ancienne trésorière d'une amicale de pompiers de Vannes")]),
    ("i-03", ["Un ancien comptable d'une mutuelle de Tarbes a été mis en examen mercredi.",
              "Lors de sa garde à vue, il a contesté avoir « détourné le moindre euro »."],
     [("détourné le moindre euro", "Un ancien comptable d'une mutuelle de Tarbes")]),
    # traps: a person named between the description and the pronoun; a woman described, « il » for the man named
    ("t-01", ["Un ancien gérant d'un camping de Biscarrosse a été condamné mardi.",
              "Le procureur, Anatole Vérignac-Lhuillier, a requis la prison ferme. Il a jugé les faits « d'une"
              " rare gravité »."],
     [("rare gravité", "Anatole Vérignac-Lhuillier")]),
    ("t-02", ["Une ancienne trésorière d'un club de rugby de Dax a été condamnée vendredi.",
              "Le président du club, Honoré Laffitte-Basque, a dit avoir « perdu confiance »."],
     [("perdu confiance", "Honoré Laffitte-Basque")]),
]

CASES = [pytest.param("\n\n".join(paragraphs), words, expected, id=f"{item_id}:{words}")
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_pronoun_stands_for_the_description_that_introduced_the_person(text, words, expected):
    quote = next((q for q in quotes_in(text, "fr") if words in q.text), None)
    assert quote is not None, f"no quote holds {words!r}"
    found = quote.resolved_speaker or quote.speaker
    assert same_speaker(expected, found), f"{words!r}: expected {expected!r}, found {found!r}"
