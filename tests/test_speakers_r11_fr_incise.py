"""Speakers, round 11 (French): verbs of a reporting clause set after the quotation that say how the words were
meant (« a défendu », « a savouré », « a tranché », « a objecté », « a rassuré »): the clause's subject is the
speaker; fresh paragraphs, with traps where the same verbs take an object and report nothing."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["La métropole de Grenoble a voté la gratuité des bus pour les lycéens.",
              "« C'est une mesure de justice sociale », a défendu la vice-présidente chargée du budget, Noémie"
              " Castagnède."],
     [("mesure de justice sociale", "Noémie Castagnède")]),
    ("p-02", ["Le FC Sochaux s'est imposé 3-1 face à Rodez samedi soir.",
              "« Mes joueurs n'ont rien lâché », a savouré l'entraîneur, Gaspard Lemoine."],
     [("rien lâché", "Gaspard Lemoine")]),
    ("p-03", ["L'audience a duré six heures. « La demande de renvoi est rejetée », a tranché le président du"
              " tribunal."],
     [("demande de renvoi", "le président du tribunal")]),
    ("p-04", ["« Mon client n'était pas sur les lieux », a objecté l'avocat de la défense, Me Arthur Vasseur."],
     [("pas sur les lieux", "Arthur Vasseur")]),
    ("p-05", ["Une fuite de gaz a été détectée dans une école de Roanne lundi matin.",
              "« Aucun enfant n'a été exposé », a rassuré la directrice, Odile Tassin."],
     [("Aucun enfant", "Odile Tassin")]),
    ("p-06", ["« Nous avons battu le record de l'an dernier », jubile le président du festival, Bertrand Olmeta."],
     [("battu le record", "Bertrand Olmeta")]),
    ("p-07", ["Les syndicats réclament une hausse de 10 %. « Il faut laisser la négociation se faire », a temporisé"
              " le ministre du Travail."],
     [("laisser la négociation", "le ministre du Travail")]),
    ("p-08", ["Le chantier du tramway a repris à Brest. « On ne dort plus depuis trois semaines », a protesté une"
              " riveraine de la rue de Siam."],
     [("On ne dort plus", "une riveraine de la rue de Siam")]),
    # traps: the same verbs with an object and no quotation, a reporting verb already read before them
    ("t-01", ["Le FC Sochaux a savouré sa victoire. « Nous étions prêts », a dit l'entraîneur, Gaspard Lemoine."],
     [("Nous étions prêts", "Gaspard Lemoine")]),
    ("t-02", ["« Le budget sera tenu », a rappelé la maire, Sophie Barral."],
     [("budget sera tenu", "Sophie Barral")]),
]

NOTHING_REPORTED = [
    "Le maire a défendu le projet de parking devant le conseil municipal.",
    "Le juge a tranché le litige en faveur des locataires.",
    "La direction a rassuré les salariés sur l'avenir du site.",
    "Les supporters ont savouré la victoire jusqu'au bout de la nuit.",
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_reporting_clause_after_the_quotation(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")


@pytest.mark.parametrize("text", NOTHING_REPORTED)
def test_the_same_verbs_with_an_object_report_nothing(text):
    assert [q.text for q in quotes_in(text, "fr")] == []
