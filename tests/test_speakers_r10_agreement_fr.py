"""Speakers, round 10 (French): a person whose given name the lexicon lacks takes the gender their description
agrees in ("l'ancien maire de Mende, X", "son ancienne seconde, X", "son prédécesseur, X"), so that "il" and
"elle" tell two such people apart; an épicène role alone decides nothing. Fresh paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str) -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, "fr") if words in q.text)


def test_son_predecesseur_est_un_homme_elle_va_a_la_directrice():
    text = ('Ghislaine Vautrin dirige depuis 2017 la maternité de Remiremont. Son prédécesseur, Aymeric Lhomond, '
            "préside aujourd'hui le comité de défense.\n\n"
            "L'agence régionale de santé envisage de fermer le service la nuit.\n\n"
            "« Les femmes feront une heure de route pour accoucher », s'inquiète-t-elle.")
    assert speaker(text, 'une heure de route') == 'Ghislaine Vautrin'


def test_piege_il_va_au_predecesseur():
    text = ('Ghislaine Vautrin dirige depuis 2017 la maternité de Remiremont. Son prédécesseur, Aymeric Lhomond, '
            "préside aujourd'hui le comité de défense.\n\n"
            '« Nous appelons à une manifestation samedi », annonce-t-il.')
    assert speaker(text, 'une manifestation samedi') == 'Aymeric Lhomond'


def test_son_ancienne_seconde_est_une_femme():
    text = ('Le restaurant étoilé de Vannes a été repris par son ancienne seconde, Clothilde Ferrand. Le '
            'fondateur, Aurèle Montbrun, part à la retraite.\n\n'
            "« Je n'ai pas envie de tout changer », assure-t-il. « Je ne veux pas tout recommencer », sourit-"
            'elle.')
    assert speaker(text, 'tout recommencer') == 'Clothilde Ferrand'


def test_piege_le_fondateur_garde_il():
    text = ('Le restaurant étoilé de Vannes a été repris par son ancienne seconde, Clothilde Ferrand. Le '
            'fondateur, Aurèle Montbrun, part à la retraite.\n\n'
            "« Je n'ai pas envie de tout changer », assure-t-il. « Je ne veux pas tout recommencer », sourit-"
            'elle.')
    assert speaker(text, 'tout changer') == 'Aurèle Montbrun'


def test_l_ancien_maire_est_un_homme_face_a_la_procureure():
    text = ("L'ancien maire de Mende, Anselme Bourdais, est jugé pour favoritisme. La procureure, Maëlle Quintin,"
            ' a requis un an avec sursis.\n\n'
            "« J'ai signé parmi cinquante autres actes ce jour-là », a-t-il plaidé.")
    assert speaker(text, 'ce jour-là') == 'Anselme Bourdais'


def test_piege_elle_va_a_la_procureure():
    text = ("L'ancien maire de Mende, Anselme Bourdais, est jugé pour favoritisme. La procureure, Maëlle Quintin,"
            ' a requis un an avec sursis.\n\n'
            "« Il n'a exprimé aucun regret », a-t-elle souligné.")
    assert speaker(text, 'aucun regret') == 'Maëlle Quintin'


def test_la_nouvelle_presidente_face_au_vice_president():
    text = ('La nouvelle présidente du club, Sidonie Arbogast, a été élue lundi. Son vice-président, Gwenaël '
            'Tiercelin, reste en poste.\n\n'
            '« On tourne la page », résume-t-elle.')
    assert speaker(text, 'tourne la page') == 'Sidonie Arbogast'


def test_l_ancienne_capitaine_et_son_successeur_elle():
    text = ("L'ancienne capitaine des Bleues, Perrine Lachaud, et son successeur, Ilan Vasseur, étaient présents "
            'samedi.\n\n'
            "« C'était la meilleure équipe de ma carrière », estime-t-elle.")
    assert speaker(text, 'la meilleure équipe') == 'Perrine Lachaud'


def test_l_ancienne_capitaine_et_son_successeur_il():
    text = ("L'ancienne capitaine des Bleues, Perrine Lachaud, et son successeur, Ilan Vasseur, étaient présents "
            'samedi.\n\n'
            "« Je n'ai plus rien à prouver », estime-t-il.")
    assert speaker(text, 'plus rien à prouver') == 'Ilan Vasseur'
