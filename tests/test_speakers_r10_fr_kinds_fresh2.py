"""Speakers, round 10 (French), second pass: twelve more items written after the pass's first fixes and never tuned
on (court, sport, culture, economy, politics, health, agency copy), a second honest measure."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, kind, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("g-01", "court", [
        "La cour d'appel de Rennes a confirmé jeudi la condamnation de l'ancien notaire Yves Le Floch à quatre ans"
        " de prison. « Justice a enfin été rendue », a réagi Me Gwendal Riou, avocat des parties civiles.",
        "L'avocate de M. Le Floch, Me Sophie Kerbrat, envisage un pourvoi en cassation. « Le dossier comporte"
        " trop de zones d'ombre », estime-t-elle."],
     [("Justice a enfin", "Gwendal Riou"), ("zones d'ombre", "Sophie Kerbrat")]),
    ("g-02", "faits divers", [
        "Un chauffeur de bus a été agressé lundi soir à Mulhouse. Le conducteur, âgé de 43 ans, souffre d'une"
        " fracture du nez, a indiqué la société de transports Soléa.",
        "« C'est la troisième agression depuis janvier », déplore Karim Haddad, délégué syndical CFDT. Selon lui,"
        " les effectifs de sécurité « ont été divisés par deux »."],
     [("fracture du nez", "la société de transports Soléa"), ("troisième agression", "Karim Haddad"),
      ("divisés par deux", "Karim Haddad")]),
    ("g-03", "sport", [
        "Le Stade rennais a été sorti de la Coupe de France par Guingamp (2-1). « C'est une énorme déception »,"
        " a reconnu l'entraîneur rennais, Habib Beye.",
        "Le capitaine guingampais, Jérémy Sorbon, savourait : « On a joué avec le cœur. »",
        "Beye a ajouté que son équipe devait « tourner la page très vite »."],
     [("énorme déception", "Habib Beye"), ("joué avec le cœur", "Jérémy Sorbon"),
      ("tourner la page", "Habib Beye")]),
    ("g-04", "sport", [
        "Quatrième du marathon de Valence, le Français Hassan Chahdi a battu son record personnel. « Je savais que"
        " j'étais en forme », a confié le coureur de 36 ans.",
        "Son entraîneur, Jean-Claude Vollmer, estime qu'il peut encore « gagner une minute »."],
     [("en forme", "Hassan Chahdi"), ("gagner une minute", "Jean-Claude Vollmer")]),
    ("g-05", "culture", [
        "Le chef d'orchestre Lionel Bringuier dirigera l'Orchestre national de Lyon la saison prochaine. « C'est"
        " un retour aux sources pour moi », a déclaré le musicien, né à Nice.",
        "La directrice de l'Auditorium, Aline Sam-Giao, se félicite de l'arrivée d'« un chef de sa génération »."],
     [("retour aux sources", "Lionel Bringuier"), ("chef de sa génération", "Aline Sam-Giao")]),
    ("g-06", "economy", [
        "Le groupe Danone a relevé mardi ses prévisions de croissance pour l'année. « Nos marques santé portent"
        " l'activité », s'est félicité son directeur général, Antoine de Saint-Affrique.",
        "Les analystes de Bernstein jugent l'objectif « prudent ». D'après eux, le groupe pourrait faire mieux."],
     [("marques santé", "Antoine de Saint-Affrique"), ("prudent", "Les analystes de Bernstein"),
      ("pourrait faire mieux", "Les analystes de Bernstein")]),
    ("g-07", "economy", [
        "La fédération du commerce a publié lundi son baromètre trimestriel. Les ventes de jouets ont reculé de 4 %,"
        " selon ce document.",
        "« Les familles arbitrent sur tout », observe Sandrine Lemaire, économiste à la fédération. Elle ajoute que"
        " Noël « sauvera peut-être l'année »."],
     [("reculé de 4", "La fédération du commerce"), ("arbitrent sur tout", "Sandrine Lemaire"),
      ("sauvera peut-être", "Sandrine Lemaire")]),
    ("g-08", "politics", [
        "Le député RN Jean-Philippe Tanguy a accusé le gouvernement de « maquiller les comptes ». « Le déficit réel"
        " est bien plus élevé », a-t-il affirmé lors des questions au gouvernement.",
        "La ministre des Comptes publics, Amélie de Montchalin, a dénoncé « des contre-vérités ». Elle a assuré que"
        " les chiffres avaient été validés par la Cour des comptes."],
     [("maquiller les comptes", "Jean-Philippe Tanguy"), ("déficit réel", "Jean-Philippe Tanguy"),
      ("contre-vérités", "Amélie de Montchalin"), ("validés par la Cour", "Amélie de Montchalin")]),
    ("g-09", "politics", [
        "Le maire de Lyon, Grégory Doucet, et le président de la métropole, Bruno Bernard, ont présenté jeudi le"
        " nouveau plan vélo. « Lyon doit devenir la capitale du vélo », a lancé ce dernier.",
        "L'opposition municipale dénonce « un plan hors de prix »."],
     [("capitale du vélo", "Bruno Bernard"), ("hors de prix", "L'opposition municipale")]),
    ("g-10", "health", [
        "Selon une enquête de l'UFC-Que Choisir, un Français sur quatre renonce à des soins dentaires pour raisons"
        " financières.",
        "« Le reste à charge reste trop élevé pour les prothèses », explique le Dr Marc Sabek, chirurgien-dentiste à"
        " Lille. Le praticien plaide pour une meilleure prise en charge."],
     [("renonce à des soins", "l'UFC-Que Choisir"), ("reste à charge", "Marc Sabek")]),
    ("g-11", "agency", [
        "MARSEILLE, 2 déc 2026 (AFP) - Un homme de 22 ans a été tué par balles dans la nuit dans le quartier de la"
        " Castellane, a-t-on appris de source policière.",
        "« Il s'agit du quinzième homicide lié au narcotrafic cette année », a précisé le procureur de la"
        " République, Nicolas Bessone."],
     [("tué par balles", "source policière"), ("quinzième homicide", "Nicolas Bessone")]),
    ("g-12", "pronouns", [
        "La navigatrice Clarisse Crémer et son ancien sponsor, Pierre Lebrun, se sont expliqués devant les"
        " prud'hommes. « J'ai été écartée parce que j'étais devenue mère », a-t-elle affirmé.",
        "Il a contesté toute discrimination : « Les critères étaient sportifs. »"],
     [("devenue mère", "Clarisse Crémer"), ("critères étaient sportifs", "Pierre Lebrun")]),
]

# Written after the pass's first fixes: 28/30 with them and with the code before the pass (scored, not tuned on).
# Later « enquête » was added to the document heads from g-10 (then 29/30): it stopped being fresh there.
# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("g-07", "reculé de 4"): "« selon ce document »: a document with no author named is not given to the body that"
    " published it in the sentence before (« La fédération du commerce a publié … son baromètre »)",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, _kind, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_of_a_second_fresh_french_item(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
