"""Speakers, round 11: after a reporting clause set after the quotation, a description whose complement runs on
past a preposition the description finder stops at (« le directeur de la lutte contre le paludisme », "the head
of the campaign against knife crime") and then the person's name, set off by a comma, closing the sentence:
the speaker is that person; fresh paragraphs, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, lang, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", "fr", ["« Le paludisme recule enfin », a déclaré le directeur de la lutte contre la maladie, Hippolyte"
                    " Nguema-Obiang."],
     [("paludisme recule", "Hippolyte Nguema-Obiang")]),
    ("p-02", "fr", ["« Les familles attendent depuis trop longtemps », a souligné la déléguée à la lutte contre la"
                    " pauvreté, Clarisse Vandamme."],
     [("familles attendent", "Clarisse Vandamme")]),
    ("p-03", "fr", ["« Nous aurons 40 bornes de plus en juin », a précisé la responsable du plan pour le vélo,"
                    " Ghislaine Pernot."],
     [("40 bornes", "Ghislaine Pernot")]),
    ("p-04", "fr", ["« Les chiffres sont inquiétants », a ajouté le chargé de mission sur le climat, Yannick"
                    " Le Moal."],
     [("chiffres sont inquiétants", "Yannick Le Moal")]),
    ("p-05", "en", ["“Every stabbing is a family destroyed,” said the head of the campaign against knife crime,"
                    " Delroy Ashworth."],
     [("family destroyed", "Delroy Ashworth")]),
    ("p-06", "en", ["“We need more nurses, not more reports,” said the chair of the taskforce on rural health,"
                    " Morag Sinclair."],
     [("more nurses", "Morag Sinclair")]),
    ("p-07", "fr", ["« Aucune école ne fermera », a assuré la conseillère chargée des relations avec les familles,"
                    " Léonie Basset."],
     [("Aucune école", "Léonie Basset")]),
    ("p-08", "en", ["“The pier is safe to reopen,” said the engineer in charge of repairs at the harbour, Owain"
                    " Prydderch."],
     [("pier is safe", "Owain Prydderch")]),
    # traps: a plain description and its name, a relative clause and no name, a description and no name
    ("t-01", "fr", ["« Nous tiendrons les délais », a assuré la directrice des travaux, Maëlle Quéméner."],
     [("tiendrons les délais", "Maëlle Quéméner")]),
    ("t-02", "en", ["“It was chaos,” said a driver waiting at the lights, who did not give his name."],
     [("It was chaos", "a driver waiting at the lights")]),
    ("t-03", "fr", ["« Le dossier est prêt », a indiqué le porte-parole de la préfecture, qui n'a pas donné de"
                    " détails."],
     [("dossier est prêt", "le porte-parole de la préfecture")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, lang, words, expected, known_misses=KNOWN_MISSES)
         for item_id, lang, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "lang", "words", "expected"), CASES)
def test_the_name_after_a_long_description(text, lang, words, expected):
    assert_item_speaker(text, words, expected, lang)
