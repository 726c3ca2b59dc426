"""Speakers, round 10 (French): « Pour X, … » gives the view that follows to a body named by its name or
acronym ("Pour la FNSEA", "Pour Greenpeace"), also after a colon ("… : pour son porte-parole, X, « … »") and
for "l'opposition"; not to a place or a day ("Pour Nantes", "Pour mardi"). Fresh paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str) -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, "fr") if words in q.text)


def test_pour_un_sigle_en_tete_de_phrase_donne_l_avis_qui_suit():
    text = ("Le gouvernement a présenté mardi son plan pour l'agriculture. Le ministre assure qu'il « répond à la"
            ' colère ».\n\n'
            "Pour la FNSEA, ce plan « n'a rien réglé ».")
    assert speaker(text, 'rien réglé') == 'FNSEA'


def test_pour_apres_deux_points_et_une_apposition_donne_le_nom():
    text = ("La communauté de communes a approuvé le nouveau plan d'urbanisme. Son président, Armel Goasdoué, "
            'salue « un équilibre ».\n\n'
            "L'opposition a voté contre : pour son porte-parole, Loïc Kervella, « c'est un cadeau aux promoteurs "
            '».')
    assert speaker(text, 'cadeau aux promoteurs') == 'Loïc Kervella'


def test_pour_l_opposition_est_un_corps_qui_parle():
    text = ("La métropole de Rouen promet 40 nouveaux bus électriques d'ici 2027. La majorité parle d'un « "
            'tournant ».\n\n'
            "Pour l'opposition, il s'agit de « poudre aux yeux ».")
    assert speaker(text, 'poudre aux yeux') == "l'opposition"


def test_piege_la_citation_d_avant_reste_a_son_auteur():
    text = ("La métropole de Rouen promet 40 nouveaux bus électriques d'ici 2027. Le vice-président, Octave "
            'Lemarrec, évoque « un tournant ».\n\n'
            "Pour l'opposition, il s'agit de « poudre aux yeux ».")
    assert speaker(text, 'un tournant') != "l'opposition"


def test_pour_un_nom_d_organisation_sans_article():
    text = ('TotalEnergies a présenté son plan climat à ses actionnaires. Son PDG défend une stratégie « réaliste'
            ' ».\n\n'
            'Pour Greenpeace, cette stratégie « ne convainc personne ».')
    assert speaker(text, 'ne convainc personne') == 'Greenpeace'


def test_piege_pour_une_ville_ne_fait_pas_parler_la_ville():
    text = ('Le chantier du pont de Cheviré a pris six mois de retard. Pour Nantes, la réouverture arrive « bien '
            'trop tard ».')
    assert speaker(text, 'bien trop tard') is None


def test_piege_pour_un_jour_ne_nomme_personne():
    text = ("La préfecture a levé l'alerte sécheresse dans le Gers. Pour mardi, le trafic s'annonce « une bonne "
            "nouvelle » sur l'A7.")
    assert speaker(text, 'une bonne nouvelle') is None


def test_pour_un_syndicat_au_nom_compose():
    text = ('La direction de la SNCF a sanctionné trois contrôleurs à Lyon. Elle évoque « un manquement ».\n\n'
            'Pour la CFDT-Cheminots, cette sanction est « une faute grave ».')
    assert speaker(text, 'une faute grave') == 'CFDT-Cheminots'


def test_piege_la_direction_garde_sa_citation():
    text = ('La direction de la SNCF a sanctionné trois contrôleurs à Lyon. Elle évoque « un manquement ».\n\n'
            'Pour la CFDT-Cheminots, cette sanction est « une faute grave ».')
    assert speaker(text, 'un manquement') == 'La direction de la SNCF'
