"""Speakers, round 10 (French), second pass: twelve items written before the pass's fixes and never tuned on, the
honest measure of its mechanisms (court, sport, culture, economy, politics, health, agency copy)."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, kind, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("f-01", "court", [
        "Jugé pour escroquerie devant le tribunal correctionnel de Toulouse, Gérard Lassalle, 61 ans, a nié en"
        " bloc. « Je n'ai jamais touché un centime de ces retraités », a-t-il affirmé à la barre.",
        "La procureure, Émilie Carrère, a requis trois ans de prison, dont deux ferme. « Le prévenu a abusé de la"
        " confiance de personnes vulnérables », a-t-elle souligné.",
        "Son avocat, Me Thierry Sagnes, plaidera la relaxe mercredi."],
     [("jamais touché un centime", "Gérard Lassalle"), ("abusé de la confiance", "Émilie Carrère")]),
    ("f-02", "faits divers", [
        "Deux randonneurs ont été secourus dimanche dans le massif de la Chartreuse. « Ils étaient en hypothermie"
        " légère à notre arrivée », indique l'adjudant-chef Olivier Brun, du peloton de gendarmerie de haute"
        " montagne.",
        "D'après les secouristes, les deux hommes s'étaient égarés après la tombée de la nuit."],
     [("hypothermie légère", "Olivier Brun"), ("égarés après la tombée", "les secouristes")]),
    ("f-03", "sport", [
        "Le Paris Saint-Germain s'est qualifié pour les huitièmes de finale de la Ligue des champions. « On a"
        " montré beaucoup de maturité », a estimé Luis Enrique après la rencontre.",
        "Buteur à la 78e minute, Ousmane Dembélé a dédié son but à sa fille. « C'est pour elle », a-t-il glissé au"
        " micro de Canal+.",
        "Le gardien, Gianluigi Donnarumma, a lui aussi salué « un grand match collectif »."],
     [("beaucoup de maturité", "Luis Enrique"), ("C'est pour elle", "Ousmane Dembélé"),
      ("grand match collectif", "Gianluigi Donnarumma")]),
    ("f-04", "sport", [
        "Éliminée dès le premier tour, la skieuse Tessa Vernier ne cachait pas sa déception. « J'ai fait une faute"
        " bête dans le haut », a regretté la Savoyarde.",
        "Son entraîneur, Fabien Saguez, se montre compréhensif : « Elle revient de blessure, il faut lui laisser du"
        " temps. »"],
     [("faute bête", "Tessa Vernier"), ("laisser du temps", "Fabien Saguez")]),
    ("f-05", "culture", [
        "L'autrice Maylis Delcourt signe avec « La Maison des sables » un roman sur l'exil. « Ma grand-mère ne"
        " parlait jamais de l'Algérie », confie la romancière.",
        "Le jury du prix Femina a salué « une écriture d'une grande pudeur », selon sa présidente, Josyane Savigneau."],
     [("ne parlait jamais", "Maylis Delcourt"), ("grande pudeur", "Josyane Savigneau")]),
    ("f-06", "economy", [
        "Le PDG de TotalEnergies, Patrick Pouyanné, a défendu mardi les investissements du groupe dans le gaz."
        " « Le monde aura besoin de gaz pendant encore trente ans », a-t-il argumenté devant les sénateurs.",
        "L'ONG Reclaim Finance dénonce « un discours d'un autre siècle ». Selon l'association, les projets du groupe"
        " sont « incompatibles avec l'accord de Paris »."],
     [("besoin de gaz", "Patrick Pouyanné"), ("autre siècle", "L'ONG Reclaim Finance"),
      ("incompatibles avec l'accord", "L'ONG Reclaim Finance")]),
    ("f-07", "economy", [
        "Stellantis va suspendre la production à Poissy pendant trois semaines, selon un communiqué publié lundi."
        " La CGT dénonce « un chômage partiel déguisé ».",
        "« Nous adaptons la production à la demande », a justifié le directeur du site, Christophe Mansour."],
     [("suspendre la production", "Stellantis"), ("chômage partiel déguisé", "La CGT"),
      ("adaptons la production", "Christophe Mansour")]),
    ("f-08", "politics", [
        "La sénatrice centriste Nathalie Goulet a déposé un amendement pour taxer les rachats d'actions. « Il"
        " s'agit de justice fiscale », a-t-elle fait valoir.",
        "Le rapporteur général du budget, Jean-François Husson (LR), s'y est opposé. Selon le sénateur, la mesure"
        " « ferait fuir les investisseurs »."],
     [("justice fiscale", "Nathalie Goulet"), ("fuir les investisseurs", "Jean-François Husson")]),
    ("f-09", "politics", [
        "L'Élysée a démenti jeudi tout remaniement imminent. « Le président fait confiance au gouvernement », a"
        " indiqué un conseiller.",
        "Dans l'entourage de la Première ministre, on assure que l'ambiance est « studieuse »."],
     [("fait confiance au gouvernement", "un conseiller"), ("studieuse", "l'entourage de la Première ministre")]),
    ("f-10", "health", [
        "Les cas de rougeole ont triplé en un an en France, selon une étude publiée mardi par l'Institut Pasteur.",
        "« La couverture vaccinale recule chez les adolescents », s'alarme la pédiatre Christèle Gras-Le Guen,"
        " présidente de la Société française de pédiatrie. Elle plaide pour un rappel à l'école."],
     [("ont triplé", "l'Institut Pasteur"), ("couverture vaccinale recule", "Christèle Gras-Le Guen")]),
    ("f-11", "agency", [
        "LYON, 5 déc 2026 (AFP) - Un ouvrier de 28 ans est mort mardi sur un chantier du quartier de la"
        " Part-Dieu, a-t-on appris auprès des pompiers.",
        "« Il a chuté d'un échafaudage d'une dizaine de mètres », a précisé à l'AFP une source proche de"
        " l'enquête. L'inspection du travail a été saisie."],
     [("mort mardi sur un chantier", "les pompiers"), ("chuté d'un échafaudage", "une source proche de l'enquête")]),
    ("f-12", "pronouns", [
        "Le président du club de handball de Chambéry, Marc Bertrand, et la capitaine de l'équipe féminine,"
        " Amandine Leynaud, ont présenté la saison. « Nous visons le podium », a-t-elle annoncé.",
        "Il a confirmé que le budget serait « stable »."],
     [("visons le podium", "Amandine Leynaud"), ("stable", "Marc Bertrand")]),
]

# Before the pass's fixes 21/27, after them 21/27 (scored, not tuned on). Later « Dans l'entourage de X, on assure
# que » was fixed from f-09 (then 22/27): these items stopped being fresh there; fresh2 is the untouched measure.
# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("f-04", "faute bête"): "« a regretté la Savoyarde »: a regional demonym as an epithet is read as a name",
    ("f-05", "grande pudeur"): "« …, selon sa présidente, Josyane Savigneau »: a trailing « selon » with a possessive"
    " role and its name in apposition gives the body the possessive points to (« Femina »)",
    ("f-06", "autre siècle"): "« L'ONG Reclaim Finance »: the class noun written as an acronym is left out",
    ("f-06", "incompatibles avec l'accord"): "« l'association » does not take up a body introduced as « L'ONG »",
    ("f-07", "suspendre la production"): "« selon un communiqué publié lundi »: a document with no author named is"
    " not given to the business the sentence is about",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, _kind, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_of_a_fresh_french_item(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
