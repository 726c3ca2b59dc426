"""Speakers, round 11: a description whose noun another person's description held as its complement ("The lawyer
for the defendant, Marcus Hale, … The defendant denies …", « La fille de la victime, X, … La victime avait
affirmé ») names that other person, never the one who spoke for them; fresh paragraphs, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, lang, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", "fr", ["L'avocat du prévenu, Me Clotaire Vasseur, a annoncé qu'il ferait appel. Le prévenu conteste "
                    "avoir touché l'argent."],
     [("avoir touché", "Le prévenu")]),
    ("p-02", "fr", ["La fille de la victime, Anaïs Roux, a témoigné mardi. La victime avait affirmé qu'elle se "
                    "sentait menacée."],
     [("se sentait menacée", "La victime")]),
    ("p-03", "en", ["The lawyer for the defendant, Marcus Hale, said his client would appeal. The defendant "
                    "denies taking the money."],
     [("taking the money", "The defendant")]),
    ("p-04", "en", ["The mother of the victim, Joan Pryce, spoke outside court. The victim had told police that "
                    "she was scared."],
     [("she was scared", "The victim")]),
    ("p-05", "fr", ["Le père du joueur, Alain Marty, s'est confié à la presse. Le joueur a assuré qu'il "
                    "reviendrait plus fort."],
     [("reviendrait plus fort", "Le joueur")]),
    ("p-06", "en", ["The agent of the goalkeeper, Dan Rees, met the club on Monday. The goalkeeper said he wanted "
                    "to stay."],
     [("wanted to stay", "The goalkeeper")]),
    # traps: the person named with the same noun as their own role, a body named in the complement (it is
    # that body, not the person)
    ("t-01", "fr", ["Le directeur de l'école, Yves Tanguy, a été entendu. L'école a indiqué que les cours "
                    "reprendraient lundi."],
     [("cours reprendraient", "L'école")]),
    ("t-02", "en", ["The head of the charity, Priya Nair, resigned in May. The charity said its accounts would be "
                    "published."],
     [("accounts would be", "The charity")]),
    ("t-03", "en", ["The defendant, Marcus Hale, denied the charges. The defendant said he had never been to the "
                    "flat."],
     [("never been to the flat", "Marcus Hale")]),
    ("t-04", "fr", ["Le directeur de l'école, Yves Tanguy, a été entendu. Le directeur a ajouté que les cours "
                    "reprendraient lundi."],
     [("cours reprendraient", "Yves Tanguy")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, lang, words, expected, known_misses=KNOWN_MISSES)
         for item_id, lang, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "lang", "words", "expected"), CASES)
def test_the_person_a_complement_names_is_someone_else(text, lang, words, expected):
    assert_item_speaker(text, words, expected, lang)
