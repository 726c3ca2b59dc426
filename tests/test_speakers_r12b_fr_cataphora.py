"""Speakers, round 12 second pass (French): the name after a cue verb (« a expliqué jeudi X ») is the subject
of its clause, so a role said before anyone is named (« a confirmé son président ») is taken up by the person
quoted next; not by a person of the other gender, one given another role, nor a noun the verb spells."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

ITEMS = [
    ("c-01", ["La scierie Boisvert fermera son site de Mortagne en mars, a confirmé lundi son directeur.",
              "« Le carnet de commandes est vide depuis l'été », a expliqué Anatole Guérinet-Faye, qui gère "
              "l'entreprise depuis 2015."],
     [("fermera son site", "Anatole Guérinet-Faye"), ("carnet de commandes", "Anatole Guérinet-Faye")]),
    ("c-02", ["La régie des transports augmentera ses tarifs de 8 % en janvier, a annoncé sa présidente.",
              "« Nous n'avons pas le choix », a déclaré jeudi Maëlys Tréguer devant le conseil."],
     [("augmentera ses tarifs", "Maëlys Tréguer")]),
    # traps: the person quoted next is a woman, the role a man's; the person quoted next has a role of his own
    ("t-01", ["La scierie Boisvert fermera son site de Mortagne en mars, a confirmé lundi son directeur.",
              "« C'est un crève-cœur pour la vallée », a réagi Clémentine Aubertot-Roy."],
     [("fermera son site", "son directeur")]),
    ("t-02", ["La scierie Boisvert fermera son site de Mortagne en mars, a confirmé lundi son directeur.",
              "« C'est un crève-cœur pour la vallée », a réagi Anatole Guérinet-Faye, délégué syndical."],
     [("fermera son site", "son directeur")]),
    # trap: « la tempête Alex » is no speaker after its verb (« tempêter »)
    ("t-03", ["Un habitant de Breil, dont la maison a été emportée par la tempête Alex, attend toujours.",
              "« On m'a promis six mois », raconte ce retraité de 71 ans."],
     [("promis six mois", "Un habitant de Breil")]),
]

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses={})
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_role_taken_up_by_the_speaker_named_after_the_cue(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
