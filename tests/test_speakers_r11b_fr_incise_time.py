"""Speakers, round 11b (French): an attribution set inside the marks whose verb a time phrase follows before the
subject (« …, a annoncé lundi la ministre, X, mais … »): the quote is cut around it and both pieces take its
subject; fresh paragraphs, with traps where the words after the comma report nothing."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["« Nous rouvrirons la ligne en septembre, a annoncé lundi la ministre de la Mobilité, Georgette"
              " Nkili, mais les travaux coûteront plus cher. »"],
     [("rouvrirons la ligne", "Georgette Nkili"), ("coûteront plus cher", "Georgette Nkili")]),
    ("p-02", ["Le Conseil d'État vaudois a présenté son budget. « Les comptes seront équilibrés dès 2027, a"
              " assuré mardi soir le conseiller d'État Pascal Bugnon-Chappuis, sans toucher aux impôts. »"],
     [("comptes seront équilibrés", "Pascal Bugnon-Chappuis"),
      ("sans toucher aux impôts", "Pascal Bugnon-Chappuis")]),
    ("p-03", ["« Personne ne sera licencié, a promis hier le directeur de l'usine, Anselme Koffi, et les salaires"
              " seront versés. »"],
     [("Personne ne sera licencié", "Anselme Koffi"), ("salaires seront versés", "Anselme Koffi")]),
    ("p-04", ["À Liège, la gare des Guillemins sera fermée trois jours. « Les trains seront détournés par Ans, a"
              " précisé ce matin la porte-parole de la SNCB, Maud Lejeune, et des bus relieront les deux gares. »"],
     [("trains seront détournés", "Maud Lejeune"), ("des bus relieront", "Maud Lejeune")]),
    ("p-05", ["« Le festival aura bien lieu, a déclaré jeudi Sidonie Rakotobe, mais sans les concerts du soir. »"],
     [("festival aura bien lieu", "Sidonie Rakotobe"), ("sans les concerts du soir", "Sidonie Rakotobe")]),
    ("p-06", ["Le barrage de Manantali sera vidangé en mars. \"L'eau ne manquera pas aux cultures, a affirmé"
              " samedi le ministre malien de l'Énergie, Boubacar Traoré-Diallo, car les réserves sont pleines.\""],
     [("ne manquera pas aux cultures", "Boubacar Traoré-Diallo"),
      ("les réserves sont pleines", "Boubacar Traoré-Diallo")]),
    ("p-07", ["« Nous avons reçu 4 000 demandes, a indiqué vendredi dernier la rectrice, Solène Brunetière,"
              " et nous en traiterons la moitié avant l'été. »"],
     [("reçu 4 000 demandes", "Solène Brunetière"), ("la moitié avant l'été", "Solène Brunetière")]),
    ("p-08", ["« Le pont restera fermé aux camions, a averti dimanche le préfet, Léonce Maréchal-Dumont, tant que"
              " l'expertise n'est pas rendue. »"],
     [("pont restera fermé", "Léonce Maréchal-Dumont"),
      ("l'expertise n'est pas rendue", "Léonce Maréchal-Dumont")]),
    # traps: the incise without a time phrase keeps its answer
    ("t-01", ["« Nous rouvrirons la ligne en septembre, a annoncé Georgette Nkili, mais les travaux coûteront plus"
              " cher. »"],
     [("rouvrirons la ligne", "Georgette Nkili"), ("coûteront plus cher", "Georgette Nkili")]),
]

# a comma and a day inside the marks that open no attribution: one quote, uncut
NOT_CUT = [
    ("« Le chantier commencera lundi, mardi au plus tard, et durera trois mois », a indiqué la maire, Odile Favre.",
     "mardi au plus tard"),
    ("« On a joué samedi, dimanche soir encore, et personne n'a abandonné », a raconté l'entraîneur, Luc"
     " Mabiala.",
     "dimanche soir encore"),
    ("« Nous voterons jeudi, a dit le président, pas avant. »", "pas avant"),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_an_incise_with_a_time_phrase_inside_the_marks(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")


@pytest.mark.parametrize(("text", "words"), NOT_CUT[:2])
def test_a_day_after_a_comma_cuts_nothing(text, words):
    quote = next(q for q in quotes_in(text, "fr") if words in q.text)
    assert quote.text.startswith(("Le chantier", "On a joué"))


def test_an_incise_of_few_words_still_cuts():
    texts = [q.text for q in quotes_in(NOT_CUT[2][0], "fr")]
    assert texts == ["Nous voterons jeudi", "pas avant."] or texts == ["Nous voterons jeudi", "pas avant"]
