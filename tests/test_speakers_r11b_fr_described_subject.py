"""Speakers, round 11b (French): quoted words that are the object of a verb whose subject, right before it, is a
definite description of people (« Les professionnels du tourisme redoutent « une saison blanche » ») are that
subject's, not carried over from the previous speaker, even where the verb is no reporting verb; fresh paragraphs,
with traps where the description takes up the previous speaker."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["La baignade sera interdite tout l'été dans le lac de Vassivière, a prévenu vendredi le préfet.",
              "Les professionnels du tourisme redoutent « une saison blanche »."],
     [("une saison blanche", "Les professionnels du tourisme")]),
    ("p-02", ["Le Grand Conseil genevois a adopté le budget, a annoncé mardi son président, Marc-André Zbinden.",
              "Les fonctionnaires du canton craignent « un hiver de coupes »."],
     [("un hiver de coupes", "Les fonctionnaires du canton")]),
    ("p-03", ["« Le tracé est définitif », a assuré jeudi la ministre des Transports, Aminata Sy.",
              "Les riverains de l'autoroute espèrent encore « un geste de l'État »."],
     [("un geste de l'État", "Les riverains de l'autoroute")]),
    ("p-04", ["La fusion des deux hôpitaux sera effective en janvier, a confirmé le directeur, Hugues Tanguay.",
              "Les médecins du service des urgences évoquent « une décision précipitée »."],
     [("une décision précipitée", "Les médecins du service des urgences")]),
    ("p-05", ["L'usine de Bastogne fermera en mars, a annoncé la direction du groupe, Ardenne Agro.",
              "Les ouvriers du site attendent « des explications »."],
     [("des explications", "Les ouvriers du site")]),
    ("p-06", ["Le festival de jazz de Montréal a perdu 2 millions de dollars, a reconnu son directeur, Luc Poirier.",
              "Les musiciens de la scène locale parlent d'« un mépris pour les artistes d'ici »."],
     [("un mépris pour les artistes", "Les musiciens de la scène locale")]),
    ("p-07", ["Le marché de Sandaga sera démoli, a confirmé lundi le maire de Dakar, Abdou Karim Ndiaye.",
              "Les commerçants du marché redoutent « la fin d'une époque »."],
     [("la fin d'une époque", "Les commerçants du marché")]),
    ("p-08", ["La ligne de train de nuit Bruxelles-Vienne est supprimée, a annoncé la SNCB.",
              "Les usagers de la ligne déplorent « un service sacrifié »."],
     [("un service sacrifié", "Les usagers de la ligne")]),
    # traps: the description takes up the previous speaker, a pronoun subject
    ("t-01", ["« Le tracé est définitif », a assuré jeudi la ministre des Transports, Aminata Sy.",
              "La ministre espère « une mise en service en 2030 »."],
     [("une mise en service en 2030", "Aminata Sy")]),
    ("t-02", ["« Le tracé est définitif », a assuré jeudi la ministre des Transports, Aminata Sy.",
              "Elle espère « une mise en service en 2030 »."],
     [("une mise en service en 2030", "Aminata Sy")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_the_described_subject_of_the_verb_holds_the_quoted_words(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
