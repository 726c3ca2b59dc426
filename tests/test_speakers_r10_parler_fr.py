"""Speakers, round 10 (French): « parler de « … » » gives the quoted words to the subject of "parler", like
"dénoncer « … »" ("L'opposition municipale parle de « gabegie »"); an impersonal "on" names nobody. Fresh
paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str) -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, "fr") if words in q.text)


def test_des_syndicats_parlent_d_un_plan():
    text = ("La direction de Vallourec veut supprimer 300 postes à Saint-Saulve. Les syndicats parlent d'un « "
            'plan de casse ».')
    assert speaker(text, 'plan de casse') == 'Les syndicats'


def test_une_maire_en_apposition_parle_de():
    text = ("Le port de Brest fermera ses quais la nuit. La maire, Léa Kerbrat, parle de « mesure d'urgence ».")
    assert speaker(text, "mesure d'urgence") == 'Léa Kerbrat'


def test_une_ong_parle_d_une_catastrophe():
    text = ("Une nappe de fioul a atteint les plages de Sète. Greenpeace parle d'une « catastrophe écologique ».")
    assert speaker(text, 'catastrophe écologique') == 'Greenpeace'


def test_piege_on_parle_ne_nomme_personne():
    text = ('Le chalutier a été retrouvé intact après la tempête. On parle déjà de « miracle » sur le port.')
    assert speaker(text, 'miracle') is None


def test_un_rapport_parle_de():
    text = ("Le rapport de l'inspection, publié jeudi, parle de « défaillances graves » dans la gestion du "
            'centre.')
    assert speaker(text, 'défaillances graves') == "Le rapport de l'inspection"


def test_il_parle_d_une_trahison():
    text = ("Le député Hervé Lannuzel a quitté le parti mardi. Il parle d'une « trahison » de la direction.")
    assert speaker(text, 'trahison') == 'Hervé Lannuzel'


def test_l_opposition_municipale_parle_de():
    text = ("La mairie de Tours a dépensé 80 000 euros pour ses vœux. L'opposition municipale parle de « gabegie "
            '». La mairie dénonce « une polémique absurde ».')
    assert speaker(text, 'gabegie') == "L'opposition municipale"


def test_piege_la_mairie_garde_sa_citation():
    text = ("La mairie de Tours a dépensé 80 000 euros pour ses vœux. L'opposition municipale parle de « gabegie "
            '». La mairie dénonce « une polémique absurde ».')
    assert speaker(text, 'une polémique absurde') == 'La mairie'
