"""Speakers, round 12 second pass (French): a feminine role noun is read from the masculine the lexicon lists
(« la protectrice », « la médiatrice »), not from an adjective (« la première »); the present of an "-er" verb after
a body's title or a description's noun (« La Cour des comptes épingle », « la famille refuse ») ends the name,
where an adjective (« nationale », « proche ») does not."""
from __future__ import annotations

import pytest

from checker.lang.fr_roles import fr_masculine_forms
from checker.lang.fr_verbs import fr_er_present, fr_verb_before
from checker.lang.speakers import lexicon, role_gender
from tests.quote_speakers import assert_item_speaker, speaker_case


@pytest.mark.parametrize(("word", "expected"), [
    ("protectrice", (True, "f")), ("médiatrice", (True, "f")), ("rédactrice", (True, "f")),
    ("soudeuse", (True, "f")),
    # traps: an adjective the person's description agrees with; a noun whose masculine names no role
    ("première", (False, None)), ("ancienne", (False, None)), ("ambiance", (False, None)),
])
def test_feminine_role_from_its_masculine(word, expected):
    assert role_gender(word, lexicon("fr")) == expected


def test_masculine_forms():
    assert fr_masculine_forms("protectrice") == ("protecteur",)
    assert fr_masculine_forms("gardienne") == ("gardien",)
    assert fr_masculine_forms("rive") == ()


@pytest.mark.parametrize(("word", "nxt", "expected"), [
    ("épingle", ",", True), ("refuse", "«", True), ("dénonce", "la", True),
    ("nationale", ",", False), ("européenne", "la", False), ("proche", "«", False),  # adjectives
    ("dénonce", "de", False),  # a complement, not an object
])
def test_verb_before_object(word, nxt, expected):
    assert fr_verb_before(word, nxt) is expected


def test_er_present():
    assert fr_er_present("épingle") and fr_er_present("réclame")
    assert not fr_er_present("sanitaire") and not fr_er_present("vie")


ITEMS = [
    ("r-01", ["La protectrice du citoyen du Québec dénonce dans un rapport les délais d'attente en CHSLD.",
              "« Des aînés meurent en attendant une place », a-t-elle déclaré jeudi."],
     [("aînés meurent", "La protectrice du citoyen du Québec")]),
    ("r-02", ["La Cour des comptes épingle, dans un rapport publié mardi, la gestion du port de Sète.",
              "Le conseil régional dit avoir « déjà corrigé » ces dérives."],
     [("déjà corrigé", "Le conseil régional")]),
    ("r-03", ["Pourtant, la famille refuse « pour raison de santé » et le dossier est bloqué."],
     [("pour raison de santé", "la famille")]),
    # traps: an adjective goes on the title (« européenne »), and on the description (« proche »)
    ("t-01", ["La Cour des comptes européenne, dans un rapport publié mardi, critique la gestion des aides.",
              "« Les contrôles sont insuffisants », écrit la Cour des comptes européenne."],
     [("contrôles sont insuffisants", "la Cour des comptes européenne")]),
    ("t-02", ["La direction régionale, dans un communiqué, dément « formellement » ces accusations."],
     [("formellement", "La direction régionale")]),
    ("t-03", ["Pourtant, la famille proche juge « inacceptable » ce retard."],
     [("inacceptable", "la famille proche")]),
]

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses={})
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_with_roles_and_verbs(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
