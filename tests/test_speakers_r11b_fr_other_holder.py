"""Speakers, round 11b (French): a role description marked as a new holder (« le nouvel actionnaire », « la future
directrice ») or naming its own complement (« le porteur du projet »), whose noun is none of the roles the last
speaker was introduced with and shares no group of role_anaphors_fr with them, is somebody else; fresh
paragraphs, with traps where the noun is the speaker's own or a broader noun of its group."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Le FC Martigues a été racheté par un investisseur saoudien. « On a sauvé le club », a lancé le"
              " président des supporters, Rémi Castagnola.",
              "Le nouvel actionnaire promet de « viser la Ligue 2 d'ici trois ans »."],
     [("viser la Ligue 2", "Le nouvel actionnaire")]),
    ("p-02", ["Ginette Lavoie, enseignante, a lancé une pétition contre le parc éolien de Saint-Ulric.",
              "Le promoteur du projet assure que le bruit sera « imperceptible »."],
     [("imperceptible", "Le promoteur du projet")]),
    ("p-03", ["« Nous avons trouvé des solutions pour chaque élève », a déclaré la directrice de l'école,"
              " Awa Diouf.",
              "La future directrice promet de « poursuivre dans cette voie »."],
     [("poursuivre dans cette voie", "La future directrice")]),
    ("p-04", ["Fabien Muller, agriculteur, s'oppose au projet de carrière de Soultz.",
              "Le gérant de la carrière affirme que la poussière sera « contenue »."],
     [("contenue", "Le gérant de la carrière")]),
    ("p-05", ["« La piscine restera ouverte », a promis l'échevine des sports de Namur, Cécile Dubois.",
              "Le gestionnaire du bâtiment parle d'une réouverture « au mieux en septembre »."],
     [("au mieux en septembre", "Le gestionnaire du bâtiment")]),
    ("p-06", ["« Nous voulons un vrai débat », a réclamé le porte-parole des riverains, Olivier Bessard.",
              "Le nouveau propriétaire du terrain évoque « un malentendu »."],
     [("un malentendu", "Le nouveau propriétaire du terrain")]),
    ("p-07", ["Maud Clavel, infirmière, a porté plainte contre la clinique de Nyon.",
              "Le directeur de l'établissement dénonce « des accusations infondées »."],
     [("des accusations infondées", "Le directeur de l'établissement")]),
    ("p-08", ["« Le dialogue est rompu », a regretté le président du conseil départemental, Guy Caron.",
              "Le nouveau président de la région promet « une main tendue »."],
     [("une main tendue", "Le nouveau président de la région")]),
    # traps: the speaker's own noun, a broader noun of its group
    ("t-01", ["« Nous avons trouvé des solutions », a déclaré la nouvelle directrice de l'école, Awa Diouf.",
              "La nouvelle directrice promet de « poursuivre dans cette voie »."],
     [("poursuivre dans cette voie", "Awa Diouf")]),
    ("t-02", ["« Le budget sera voté en mars », a assuré le maire de Durbuy, Philippe Gérard.",
              "L'élu de la commune promet « aucune hausse d'impôt »."],
     [("aucune hausse d'impôt", "Philippe Gérard")]),
    ("t-03", ["L'ancienne ministre burkinabè de la Santé, Aïcha Ouédraogo, a été nommée à l'OMS. « Je pars fière », a"
              " confié la nouvelle responsable du bureau régional."],
     [("Je pars fière", "Aïcha Ouédraogo")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("t-03", "Je pars fière"): "an appointment just reported (« a été nommée ») makes « la nouvelle responsable » the"
                               " person named; the description is read as itself (HEAD too)",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_new_or_complemented_role_is_somebody_else(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
