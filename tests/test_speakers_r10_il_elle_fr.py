"""Speakers, round 10 (French): "il"/"elle" and the people they stand for: a person named after a preposition
but acting in a relative ("Il succède à X, qui avait mené …") may be "elle"; a name only ever after "les"
("les Bleues", "les Verts") is a plural, never "il"/"elle"; a direct quote in the first person singular
is a person's, not the body named as the subject before. Fresh paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str) -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, "fr") if words in q.text)


def test_une_personne_apres_une_preposition_et_une_relative_agit_elle():
    text = ("L'ancien international Timothée Garrigue a été nommé sélectionneur. Il succède à Ysaline Abadie, qui"
            ' avait mené les Bleues au titre européen en 2022.\n\n'
            "Elle avait annoncé son départ en mai, expliquant qu'elle voulait « prendre l'air ».")
    assert speaker(text, "prendre l'air") == 'Ysaline Abadie'


def test_piege_il_reste_au_nouveau_selectionneur():
    text = ("L'ancien international Timothée Garrigue a été nommé sélectionneur. Il succède à Ysaline Abadie, qui"
            ' avait mené les Bleues au titre européen en 2022.\n\n'
            '« Je suis fier de ce choix », a-t-il déclaré.')
    assert speaker(text, 'fier de ce choix') == 'Timothée Garrigue'


def test_un_nom_d_equipe_au_pluriel_n_est_pas_elle():
    text = ("Après six saisons, Ombeline Ferrat quitte les Verts, qu'elle entraînait depuis 2019.\n\n"
            "« J'ai tout donné à ce club », a-t-elle confié.")
    assert speaker(text, 'tout donné') == 'Ombeline Ferrat'


def test_piege_un_groupe_au_pluriel_n_est_pas_il():
    text = ('Le président de la région, Gwendal Le Morvan, a reçu les Bonnets rouges mardi.\n\n'
            "« C'est un vrai chantier », a-t-il reconnu.")
    assert speaker(text, 'un vrai chantier') == 'Gwendal Le Morvan'


def test_des_elus_au_pluriel_ne_prennent_pas_elle():
    text = ('Le préfet a rencontré la rectrice, Armelle Jaouen, puis les Insoumis du conseil départemental.\n\n'
            '« Nous ne fermerons plus aucune classe », a-t-elle promis.')
    assert speaker(text, 'plus aucune classe') == 'Armelle Jaouen'


def test_piege_les_canaris_ne_sont_pas_il():
    text = ('Les Canaris ont battu Lorient samedi. Leur entraîneur, Albéric Chaumont, savoure.\n\n'
            "« C'est une équipe soudée », dit-il.")
    assert speaker(text, 'une équipe soudée') == 'Albéric Chaumont'


def test_je_dans_la_citation_est_une_personne_pas_la_federation():
    text = ('La Fédération a remercié Léontine Marais, qui a dirigé les Bleuets pendant dix ans.\n\n'
            "« C'était le bon moment pour moi », a-t-elle expliqué.")
    assert speaker(text, 'le bon moment') == 'Léontine Marais'


def test_la_remplacee_apres_a_avec_sa_relative():
    text = ('Le club breton a présenté mercredi son nouvel entraîneur, Corentin Lagadec. Il remplace Bertille '
            'Caradec, qui part pour Lyon.\n\n'
            '« Je pars sans regret », a-t-elle assuré.')
    assert speaker(text, 'sans regret') == 'Bertille Caradec'
