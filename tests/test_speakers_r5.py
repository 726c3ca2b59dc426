"""Speakers, fifth round: agreement and salience that hold on unseen text (oblique names, gendered
descriptions, a titled person inside a party's name, legal documents, self-naming complements, pronominal
verbs that do not report)."""
from __future__ import annotations

import pytest

from checker.lang.speakers import description_gender, lexicon

from .test_speakers_r4 import quotes, who


# ---------------------------------------------------------------- salience: who the paragraph is about


def test_a_name_after_a_place_preposition_is_not_what_he_stands_for():
    text = ("Last night I reread the chapter on how Daniel Okafor lost a close vote to Brenda Hale in the "
            "Ohio primary.\n\nAt a meeting the next morning, he told aides that they had to start again.")
    assert who(quotes(text), "they had to start again") == "Daniel Okafor"


def test_french_a_newspaper_after_au_is_not_il():
    text = ("Le groupe Ferrovia a nommé Marc Delorme à sa tête en mars.\n\n"
            "Dans un entretien au Parisien, il détaille un plan de 200 embauches.\n\n"
            "« Nos clients ont trop attendu », affirme-t-il.")
    assert who(quotes(text, "fr"), "Nos clients") == "Marc Delorme"


def test_trap_a_person_named_after_a_preposition_can_still_be_he():
    text = ("The award went to Samuel Achterberg in Vienna on Friday.\n\n"
            "“I did not expect it,” he said.")
    assert who(quotes(text), "did not expect") == "Samuel Achterberg"


def test_french_a_town_after_a_is_not_il():
    text = ("L'atelier de Mathieu Roussel, installé à Grenoble, fabrique des vélos en bambou.\n\n"
            "Il a ajouté : « Je veux produire mille cadres par an. »")
    assert who(quotes(text, "fr"), "mille cadres") == "Mathieu Roussel"


# ---------------------------------------------------------------- agreement: gender of descriptions


def test_he_is_not_the_woman_quoted_before_but_the_official_who_acts_next():
    text = ("A nurse from Leeds who saw the ward flood said water had poured in for hours. "
            "“We moved the patients by torchlight,” the woman, who did not give her name, told the BBC.\n\n"
            "The coroner opened an inquest on Friday. The pumps had failed twice before, he said.")
    found = quotes(text)
    assert who(found, "pumps had failed") == "The coroner"


def test_trap_she_still_goes_to_the_woman():
    text = ("A nurse from Leeds who saw the ward flood said water had poured in for hours.\n\n"
            "The coroner opened an inquest on Friday. The pumps had failed twice before, she said.")
    assert who(quotes(text), "pumps had failed") != "The coroner"


def test_french_il_is_not_une_infirmiere():
    text = ("Une infirmière de Rennes affirme que l'eau montait depuis des heures. "
            "« On a déplacé les patients à la lampe », a-t-elle raconté à l'AFP.\n\n"
            "Le juge d'instruction a ouvert une information judiciaire. "
            "Les pompes étaient en panne depuis un mois, a-t-il rappelé.")
    found = quotes(text, "fr")
    assert who(found, "On a déplacé") == "Une infirmière de Rennes"
    assert who(found, "Les pompes") != "Une infirmière de Rennes"


@pytest.mark.parametrize("text, head, lang, gender", [
    ("une riveraine", "riveraine", "fr", "f"),
    ("la régulatrice", "régulatrice", "fr", "f"),
    ("le procureur", "procureur", "fr", "m"),
    ("l'élève", "élève", "fr", None),  # elided: the article tells nothing
    ("les voisins", "voisins", "fr", None),
    ("the woman", "woman", "en", "f"),
    ("the resident", "resident", "en", None),  # English articles carry no gender
])
def test_description_gender(text, head, lang, gender):
    assert description_gender(text, head, lexicon(lang)) == gender


# ---------------------------------------------------------------- a titled person is not the party named after him


@pytest.mark.parametrize("text, lang, words, expected", [
    ("The Hanson Workers Party could hold the balance of power in the Senate.\n\n"
     "But Mr Hanson said the polls had underestimated his support.", "en", "polls had", "Hanson"),
    ("Le Hanson Workers Party pourrait arbitrer les votes du Sénat.\n\n"
     "Mais M. Hanson a affirmé que les sondages sous-estimaient son parti.", "fr", "sondages", "Hanson"),
])
def test_a_titled_surname_is_the_person(text, lang, words, expected):
    assert who(quotes(text, lang), words) == expected


def test_trap_the_party_itself_still_speaks():
    text = ("The Hanson Workers Party could hold the balance of power in the Senate.\n\n"
            "The Hanson Workers Party said the polls had underestimated its support.")
    assert who(quotes(text), "polls had") == "Hanson Workers Party"


# ---------------------------------------------------------------- documents and complements


@pytest.mark.parametrize("noun", ["lawsuit", "complaint", "indictment"])
def test_a_legal_document_is_not_the_company_it_accuses(noun):
    text = ("Nordex Group is accused of copying three turbine designs.\n\n"
            f"The designs were taken from a rival's servers in 2019, the {noun} said.")
    assert who(quotes(text), "designs were taken") != "Nordex Group"


def test_trap_the_company_is_still_the_company_named_before():
    text = ("Nordex Group is accused of copying three turbine designs.\n\n"
            "The designs were drawn by its own engineers, the company said.")
    assert who(quotes(text), "designs were drawn") == "Nordex Group"


def test_a_ministry_named_by_its_complement_is_not_the_newspaper_before():
    text = ("Selon Le Monde, le ministère aurait ignoré deux alertes. Le Parisien affirme de son côté que ces "
            "alertes venaient de ses propres services.\n\n"
            "Le ministère de l'Intérieur a répondu que la procédure avait été suivie « à la lettre ».")
    assert who(quotes(text, "fr"), "à la lettre") != "Le Parisien"


# ---------------------------------------------------------------- French pronominal verbs


def test_s_annonce_does_not_report():
    text = "Mais sa nouvelle usine s'annonce encore plus rentable que la première."
    assert not [q for q in quotes(text, "fr") if q.kind == "reported"]


def test_trap_annonce_que_still_reports():
    text = "La directrice annonce que la nouvelle usine ouvrira en juin."
    found = quotes(text, "fr")
    assert [q for q in found if q.kind == "reported" and "ouvrira" in q.text]
