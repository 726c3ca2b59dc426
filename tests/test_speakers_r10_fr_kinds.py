"""Speakers, round 10 (French), second pass: fresh items of kinds the first pass did not write (court reports, sport,
culture, economy, politics, health and agency copy), annotated with each quote's words and resolved speaker."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in, speaker_case, speaker_of

# (id, kind, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]);
# None as the speaker: nothing in the item attributes the words.
ITEMS = [
    ("cour-01", "court", [
        "Le procès de Didier Marchal, accusé du meurtre de son associé, s'est ouvert lundi devant la cour d'assises"
        " du Nord. « Je n'ai jamais voulu sa mort », a déclaré l'accusé dès l'ouverture des débats.",
        "Pour l'avocate générale, Nathalie Brissac, les faits sont « d'une froide préméditation ». Elle a requis"
        " vingt-cinq ans de réclusion criminelle.",
        "« Mon client a fait des aveux complets », a plaidé son avocat, Me Laurent Vasseur."],
     [("jamais voulu sa mort", "Didier Marchal"), ("froide préméditation", "Nathalie Brissac"),
      ("aveux complets", "Laurent Vasseur")]),
    ("cour-02", "court", [
        "Le tribunal correctionnel de Nîmes a relaxé jeudi l'ancien adjoint au maire Robert Fabre, poursuivi pour"
        " favoritisme. « Le dossier était vide », a réagi son conseil, Me Sylvie Aubanel.",
        "Le procureur de la République, Frédéric Guérin, a annoncé qu'il faisait appel. Selon lui, « plusieurs"
        " marchés ont été attribués sans mise en concurrence »."],
     [("dossier était vide", "Sylvie Aubanel"), ("faisait appel", "Frédéric Guérin"),
      ("plusieurs marchés", "Frédéric Guérin")]),
    ("cour-03", "court", [
        "« Nous attendons des réponses depuis trois ans », a lancé Me Hugo Lefort, conseil de la famille de la"
        " victime, à la sortie de l'audience.",
        "D'après l'avocat de la défense, Me Antoine Rivière, l'expertise balistique « ne tient pas ». Le président"
        " de la cour d'assises, Jean-Pierre Morin, a ordonné une contre-expertise."],
     [("réponses depuis trois ans", "Hugo Lefort"), ("ne tient pas", "Antoine Rivière")]),
    ("cour-04", "court", [
        "Une automobiliste de 52 ans a été condamnée mardi à deux ans de prison avec sursis pour avoir renversé un"
        " cycliste à Angers. La prévenue a présenté ses excuses à la famille. « Je pense à lui chaque jour »,"
        " a-t-elle dit d'une voix étranglée.",
        "Le substitut du procureur, Marc Delaunay, a rappelé que la conductrice roulait « à près de 90 km/h en"
        " agglomération »."],
     [("chaque jour", "Une automobiliste de 52 ans"), ("près de 90 km/h", "Marc Delaunay")]),
    ("fd-05", "faits divers", [
        "Un adolescent de 15 ans a été grièvement blessé par arme blanche samedi soir à Besançon. Ses jours ne sont"
        " plus en danger, a indiqué le parquet.",
        "« La victime a été frappée à plusieurs reprises », a précisé le procureur de la République, Étienne"
        " Manteaux. Deux suspects ont été placés en garde à vue.",
        "Le maire, Anne Vignot, a dénoncé « une violence insupportable »."],
     [("plus en danger", "le parquet"), ("frappée à plusieurs", "Étienne Manteaux"),
      ("violence insupportable", "Anne Vignot")]),
    ("fd-06", "faits divers", [
        "Un incendie s'est déclaré dans la nuit de mardi à mercredi dans un immeuble de Roubaix. Selon les"
        " sapeurs-pompiers du Nord, une quarantaine de personnes ont été évacuées.",
        "« Le feu est parti d'un local à poubelles », explique le lieutenant Damien Caron. L'officier ajoute que"
        " trois habitants ont été incommodés par les fumées."],
     [("quarantaine de personnes", "les sapeurs-pompiers du Nord"), ("local à poubelles", "Damien Caron"),
      ("incommodés par les fumées", "Damien Caron")]),
    ("sport-07", "sport", [
        "Battu à domicile par Lens (0-2), le FC Nantes s'enfonce dans la crise. « On n'a pas été au niveau, il n'y a"
        " rien à dire », a réagi l'entraîneur nantais, Éric Roy, en conférence de presse.",
        "Le capitaine, Nicolas Pallois, ne cachait pas sa colère. « Certains doivent se regarder dans la glace »,"
        " confie le défenseur.",
        "Côté lensois, Will Still savourait : « Mes joueurs ont été exemplaires. »"],
     [("pas été au niveau", "Éric Roy"), ("regarder dans la glace", "Nicolas Pallois"),
      ("joueurs ont été exemplaires", "Will Still")]),
    ("sport-08", "sport", [
        "La Française Léa Dumont a décroché dimanche la médaille d'argent du 200 m nage libre aux championnats"
        " d'Europe. « Je suis un peu frustrée, mais c'est une belle médaille », a confié la nageuse.",
        "Son entraîneur, Philippe Lucas, estime qu'elle « peut viser l'or à Los Angeles ».",
        "« Elle a encore une marge énorme », insiste-t-il."],
     [("un peu frustrée", "Léa Dumont"), ("viser l'or", "Philippe Lucas"), ("marge énorme", "Philippe Lucas")]),
    ("sport-09", "sport", [
        "Le XV de France a dominé l'Écosse (35-17) samedi au Stade de France. Le sélectionneur, Fabien Galthié,"
        " s'est dit « satisfait de la réaction après la pause ».",
        "Auteur de deux essais, l'ailier Damian Penaud a salué le travail des avants : « Sans eux, on ne marque"
        " rien. »",
        "Pour le demi de mêlée écossais, Ben White, son équipe a « manqué de discipline »."],
     [("réaction après la pause", "Fabien Galthié"), ("Sans eux", "Damian Penaud"),
      ("manqué de discipline", "Ben White")]),
    ("sport-10", "sport", [
        "L'Olympique lyonnais a annoncé mardi le départ de son directeur sportif. Le club a précisé dans un"
        " communiqué que la séparation s'était faite « d'un commun accord ».",
        "Interrogé par L'Équipe, le président du club, John Textor, assure que le recrutement de janvier « sera"
        " ambitieux »."],
     [("commun accord", "L'Olympique lyonnais"), ("sera ambitieux", "John Textor")]),
    ("sport-11", "sport", [
        "Victorieuse en trois sets, la Tricolore Caroline Garcia s'est qualifiée pour les quarts de finale. « J'ai"
        " trouvé mon rythme au fil du match », a expliqué la joueuse de 32 ans.",
        "Son adversaire, l'Américaine Jessica Pegula, a reconnu avoir « trop subi » en fin de rencontre."],
     [("trouvé mon rythme", "Caroline Garcia"), ("trop subi", "Jessica Pegula")]),
    ("culture-12", "culture", [
        "La réalisatrice Céline Morvan présente cette semaine à Cannes son deuxième long-métrage. « J'ai voulu"
        " filmer la fatigue des infirmières », explique-t-elle.",
        "Le producteur du film, Olivier Delbosc, évoque un tournage « éprouvant mais joyeux ». Selon ce dernier,"
        " la sortie en salles est prévue en octobre."],
     [("filmer la fatigue", "Céline Morvan"), ("éprouvant mais joyeux", "Olivier Delbosc"),
      ("sortie en salles", "Olivier Delbosc")]),
    ("culture-13", "culture", [
        "Prix Goncourt 2026, le romancier Julien Maréchal publie un recueil de nouvelles. L'auteur du roman"
        " « Les Nuits de Brest » dit avoir écrit ce livre « pour respirer ».",
        "« Un prix, ça vous enferme un peu », reconnaît l'écrivain.",
        "Son éditrice, Anne Laurent, affirme que le tirage initial atteint « 80 000 exemplaires »."],
     [("pour respirer", "Julien Maréchal"), ("ça vous enferme", "Julien Maréchal"),
      ("80 000 exemplaires", "Anne Laurent")]),
    ("culture-14", "culture", [
        "Le musée des Beaux-Arts de Lille rouvre ses portes après deux ans de travaux. « Nous avons repensé tout le"
        " parcours », souligne sa nouvelle directrice, Juliette Delaporte.",
        "La chanteuse Zaz, marraine de la réouverture, a chanté devant 3 000 personnes. « Lille m'a toujours porté"
        " chance », a-t-elle lancé au public."],
     [("repensé tout le parcours", "Juliette Delaporte"), ("porté chance", "Zaz")]),
    ("eco-15", "economy", [
        "Le groupe Renault a annoncé jeudi la suppression de 1 200 postes en France. « Cette décision est"
        " douloureuse mais indispensable », a déclaré le directeur général, Luca de Meo.",
        "La CGT dénonce « un plan de casse sociale ». Pour la CFDT, « des alternatives existent ».",
        "Selon un communiqué du groupe, aucun licenciement sec n'est prévu."],
     [("douloureuse mais indispensable", "Luca de Meo"), ("casse sociale", "La CGT"),
      ("alternatives existent", "la CFDT"), ("aucun licenciement sec", "Le groupe Renault")]),
    ("eco-16", "economy", [
        "La directrice financière de Carrefour, Laurence Mercier, a présenté mardi des résultats en hausse. « Nos"
        " marges se redressent plus vite que prévu », a-t-elle souligné devant les analystes.",
        "Le PDG, Alexandre Bompard, a pour sa part indiqué que le groupe ouvrirait « une centaine de magasins de"
        " proximité » en 2027."],
     [("marges se redressent", "Laurence Mercier"), ("centaine de magasins", "Alexandre Bompard")]),
    ("eco-17", "economy", [
        "Les salariés de l'usine Michelin de Cholet ont débrayé vendredi. « On nous demande de travailler plus"
        " pour gagner moins », résume Patrick Biron, délégué Force ouvrière.",
        "La direction assure au contraire que les salaires « progresseront de 3 % ». D'après elle, le site n'est"
        " « pas menacé »."],
     [("travailler plus", "Patrick Biron"), ("progresseront de 3", "La direction"),
      ("pas menacé", "La direction")]),
    ("eco-18", "economy", [
        "L'inflation a ralenti à 1,8 % sur un an en novembre, selon l'Insee. « Le reflux des prix de l'énergie"
        " explique l'essentiel du mouvement », analyse Sophie Garnier, économiste chez Natixis.",
        "Le ministre de l'Économie, Antoine Armand, s'est félicité d'une « bonne nouvelle pour le pouvoir"
        " d'achat »."],
     [("ralenti à 1,8", "l'Insee"), ("reflux des prix", "Sophie Garnier"), ("pouvoir d'achat", "Antoine Armand")]),
    ("eco-19", "economy", [
        "Airbus a livré 70 appareils en novembre, a annoncé l'avionneur mardi. Son PDG, Guillaume Faury, juge"
        " l'objectif annuel « atteignable ».",
        "« Les fournisseurs restent notre principal goulot d'étranglement », a reconnu le patron d'Airbus lors"
        " d'une conférence téléphonique."],
     [("70 appareils", "Airbus"), ("atteignable", "Guillaume Faury"), ("goulot d'étranglement", "Guillaume Faury")]),
    ("pol-20", "politics", [
        "La députée LFI Clémence Guetté a dénoncé mardi à l'Assemblée « un budget de régression sociale ». « Vous"
        " faites payer les plus modestes », a-t-elle lancé au ministre.",
        "Le sénateur LR Bruno Retailleau estime au contraire que le texte « ne va pas assez loin » dans les"
        " économies."],
     [("régression sociale", "Clémence Guetté"), ("plus modestes", "Clémence Guetté"),
      ("pas assez loin", "Bruno Retailleau")]),
    ("pol-21", "politics", [
        "L'entourage du ministre de l'Intérieur assure que la circulaire sera publiée « avant la fin du mois ».",
        "À Matignon, on indique que le Premier ministre « suit le dossier de près ». L'Élysée, de son côté, n'a"
        " pas souhaité réagir."],
     [("avant la fin du mois", "L'entourage du ministre de l'Intérieur"), ("suit le dossier", "Matignon")]),
    ("pol-22", "politics", [
        "Marine Tondelier, secrétaire nationale des Écologistes, a appelé dimanche à une candidature commune de la"
        " gauche. « Diviser, c'est perdre », a-t-elle martelé sur France Inter.",
        "Le premier secrétaire du PS, Olivier Faure, a répondu qu'il était « ouvert à la discussion ». « Mais pas à"
        " n'importe quel prix », a ajouté le socialiste."],
     [("Diviser, c'est perdre", "Marine Tondelier"), ("ouvert à la discussion", "Olivier Faure"),
      ("n'importe quel prix", "Olivier Faure")]),
    ("pol-23", "politics", [
        "Le président du conseil régional, Renaud Muselier, et la présidente du groupe RN, Isabelle Mercier, se"
        " sont affrontés jeudi en séance. « Vous mentez aux Provençaux », a accusé cette dernière.",
        "« Je n'ai de leçon à recevoir de personne », a rétorqué le président de région."],
     [("mentez aux Provençaux", "Isabelle Mercier"), ("leçon à recevoir", "Renaud Muselier")]),
    ("pol-24", "politics", [
        "Le gouvernement va relever le seuil de la taxe sur les petits colis, a annoncé mercredi la porte-parole"
        " du gouvernement, Maud Bregeon.",
        "Le ministre des Comptes publics, lui, a jugé la mesure « nécessaire pour protéger nos commerçants ». Il"
        " s'agit, d'après Bercy, de rapporter 500 millions d'euros par an."],
     [("relever le seuil", "Maud Bregeon"), ("protéger nos commerçants", "Le ministre des Comptes publics"),
      ("500 millions", "Bercy")]),
    ("sante-25", "health", [
        "Une étude publiée mercredi dans The Lancet montre que la pollution aux particules fines réduit"
        " l'espérance de vie de deux ans en moyenne en Europe de l'Est.",
        "« Ces chiffres sont probablement sous-estimés », avertit l'épidémiologiste Rémy Slama, qui n'a pas"
        " participé aux travaux. Selon le chercheur, « chaque microgramme compte »."],
     [("réduit l'espérance de vie", "Une étude publiée mercredi dans The Lancet"),
      ("probablement sous-estimés", "Rémy Slama"), ("chaque microgramme compte", "Rémy Slama")]),
    ("sante-26", "health", [
        "L'épidémie de grippe a atteint son pic, selon Santé publique France. « Nous observons une baisse des"
        " passages aux urgences depuis une semaine », indique l'agence dans son bulletin hebdomadaire.",
        "L'infectiologue Karine Lacombe appelle toutefois à « ne pas relâcher la vaccination ». « Le virus"
        " circule encore beaucoup chez les enfants », rappelle la cheffe de service de l'hôpital Saint-Antoine."],
     [("atteint son pic", "Santé publique France"), ("baisse des passages", "Santé publique France"),
      ("relâcher la vaccination", "Karine Lacombe"), ("circule encore", "Karine Lacombe")]),
    ("sante-27", "health", [
        "Le Dr Paul Lemaire, président de l'ordre des médecins de la Sarthe, s'inquiète de la désertification"
        " médicale. « Un tiers des généralistes partiront à la retraite d'ici cinq ans », prévient-il.",
        "La directrice de l'ARS, Claire Fontaine, affirme que dix maisons de santé ouvriront d'ici 2028."],
     [("Un tiers des généralistes", "Paul Lemaire"), ("dix maisons de santé", "Claire Fontaine")]),
    ("afp-28", "agency", [
        "PARIS, 4 déc 2026 (AFP) - Le trafic sera « très perturbé » jeudi sur les lignes de RER, a prévenu la"
        " RATP mercredi soir.",
        "« Nous prévoyons un train sur deux aux heures de pointe », a précisé à l'AFP un porte-parole de la régie.",
        "Les syndicats SUD et CGT appellent à la grève contre la réforme des retraites."],
     [("très perturbé", "la RATP"), ("un train sur deux", "un porte-parole de la régie")]),
    ("afp-29", "agency", [
        "BRUXELLES, 3 déc 2026 (AFP) - La Commission européenne a infligé une amende de 800 millions d'euros à"
        " Meta pour abus de position dominante.",
        "« Meta a imposé des conditions déloyales à ses concurrents », a déclaré la vice-présidente exécutive"
        " Teresa Ribera lors d'une conférence de presse.",
        "Le groupe américain a annoncé son intention de faire appel, jugeant la décision « infondée »."],
     [("conditions déloyales", "Teresa Ribera"), ("infondée", "Meta")]),
    ("afp-30", "agency", [
        "Le bilan du séisme qui a frappé l'est de la Turquie s'élève à 42 morts, a annoncé jeudi l'Autorité de"
        " gestion des catastrophes (AFAD).",
        "« Les recherches se poursuivent dans les décombres », a déclaré à l'AFP un secouriste, sous couvert"
        " d'anonymat."],
     [("42 morts", "l'Autorité de gestion des catastrophes"), ("recherches se poursuivent", "un secouriste")]),
    ("mix-31", "pronouns", [
        "Martine Roussel, directrice de l'école Jules-Ferry, et Thomas Brun, président des parents d'élèves, ont"
        " rencontré l'inspecteur mardi. « Nous avons été écoutés », se réjouit-elle.",
        "Il se montre plus réservé : « Attendons les actes. »"],
     [("avons été écoutés", "Martine Roussel"), ("Attendons les actes", "Thomas Brun")]),
    ("mix-32", "pronouns", [
        "Le maire de Vannes, David Robo, a reçu jeudi la ministre du Logement, Valérie Létard. Elle a promis"
        " « une enveloppe exceptionnelle » pour la rénovation du quartier de Kercado.",
        "« C'est une reconnaissance du travail accompli », s'est réjoui le maire. Il a précisé que les travaux"
        " commenceraient au printemps."],
     [("enveloppe exceptionnelle", "Valérie Létard"), ("reconnaissance du travail", "David Robo"),
      ("commenceraient au printemps", "David Robo")]),
    ("mix-33", "continued", [
        "Le président de la Fédération française de football, Philippe Diallo, a défendu jeudi le bilan du"
        " sélectionneur. « Il a emmené l'équipe en finale de Coupe du monde.",
        "« Qui peut en dire autant ? On ne change pas un entraîneur qui gagne », a-t-il poursuivi."],
     [("emmené l'équipe", "Philippe Diallo"), ("Qui peut en dire", "Philippe Diallo")]),
    ("mix-34", "own paragraph", [
        "Après huit heures de négociations, la direction de la SNCF et les syndicats de contrôleurs sont parvenus"
        " à un accord dans la nuit, a annoncé Sud-Rail.",
        "« C'est une victoire pour les cheminots. »",
        "La direction parle quant à elle d'un « compromis responsable »."],
     [("parvenus à un accord", "Sud-Rail"), ("victoire pour les cheminots", "Sud-Rail"),
      ("compromis responsable", "la direction de la SNCF")]),
    ("mix-35", "reported", [
        "Les pompiers de la Gironde ont fixé l'incendie de Landiras, a fait savoir la préfecture en fin de"
        " journée. Quelque 600 hectares ont brûlé.",
        "Le feu pourrait toutefois repartir si le vent se lève, a averti le commandant des opérations de secours,"
        " le colonel Marc Vermeulen."],
     [("fixé l'incendie", "la préfecture"), ("pourrait toutefois repartir", "Marc Vermeulen")]),
    ("mix-36", "selon/pour", [
        "Pour le sociologue Jean Viard, les Français « n'ont jamais autant voyagé ». D'après l'Insee, les"
        " dépenses de tourisme ont progressé de 6 % cette année.",
        "Selon Atout France, les étrangers représentent désormais « près d'un visiteur sur deux »."],
     [("jamais autant voyagé", "Jean Viard"), ("progressé de 6", "l'Insee"), ("visiteur sur deux", "Atout France")]),
    ("mix-37", "inversion", [
        "« Nous ne pouvons plus accueillir de nouveaux élèves », a expliqué jeudi la principale du collège Jean-"
        "Moulin, Sandrine Audouin. Selon elle, il manque trois enseignants depuis la rentrée.",
        "Le rectorat admet-il ces difficultés ? « Des recrutements sont en cours », assure-t-on à l'académie."],
     [("accueillir de nouveaux élèves", "Sandrine Audouin"), ("manque trois enseignants", "Sandrine Audouin"),
      ("recrutements sont en cours", "l'académie")]),
    ("mix-38", "bodies", [
        "La SNCF a reconnu mercredi « un dysfonctionnement » après la panne géante de la gare Montparnasse.",
        "L'association des usagers FNAUT réclame une indemnisation. « Des milliers de voyageurs ont dormi dans les"
        " trains », a déploré son président, Bruno Gazeau.",
        "Le ministère des Transports a demandé un rapport sous quinze jours."],
     [("un dysfonctionnement", "La SNCF"), ("dormi dans les trains", "Bruno Gazeau")]),
    ("mix-39", "ce dernier", [
        "L'ancien ministre Jean-Louis Borloo a déjeuné mardi avec le maire de Valenciennes, Laurent Degallaix."
        " « Nous avons parlé de l'avenir du Hainaut », a raconté ce dernier.",
        "Selon le maire, aucune candidature n'a été évoquée."],
     [("avenir du Hainaut", "Laurent Degallaix"), ("aucune candidature", "Laurent Degallaix")]),
    ("mix-40", "sport", [
        "Le Stade toulousain s'est imposé à La Rochelle (24-19). « On a souffert en mêlée, mais l'équipe a montré"
        " du caractère », a réagi Ugo Mola, le manager toulousain.",
        "Pour Ronan O'Gara, son homologue rochelais, « l'arbitrage a pesé » sur le résultat.",
        "« On ne va pas pleurer », a nuancé le capitaine rochelais, Grégory Alldritt."],
     [("montré du caractère", "Ugo Mola"), ("arbitrage a pesé", "Ronan O'Gara"), ("pas pleurer", "Grégory Alldritt")]),
    ("mix-41", "feminine roles", [
        "La présidente de la cour d'assises, Isabelle Parrot, a suspendu l'audience après un malaise du témoin."
        " « Nous reprendrons demain à 9 heures », a annoncé la magistrate.",
        "L'avocate de la partie civile, Me Caroline Dufour, a dénoncé « une stratégie d'épuisement ». Elle a"
        " ajouté que sa cliente était « à bout de forces »."],
     [("reprendrons demain", "Isabelle Parrot"), ("stratégie d'épuisement", "Caroline Dufour"),
      ("bout de forces", "Caroline Dufour")]),
    ("mix-42", "union", [
        "Le syndicat SNES-FSU appelle à la grève le 12 décembre. « Les classes sont surchargées », dénonce sa"
        " secrétaire générale, Sophie Vénétitay.",
        "Le ministère de l'Éducation nationale fait valoir que 2 000 postes ont été créés."],
     [("classes sont surchargées", "Sophie Vénétitay"), ("2 000 postes", "Le ministère de l'Éducation nationale")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("cour-04", "chaque jour"): "an unnamed woman's later description (« La prévenue ») is not taken back to her first"
    " (« Une automobiliste de 52 ans »)",
    ("sport-10", "commun accord"): "« L'Olympique lyonnais »: a club's name, a proper noun and a lower-case adjective,"
    " is not found, so « Le club » takes up nothing",
    ("eco-15", "aucun licenciement sec"): "« selon un communiqué du groupe » gives the body's bare name, not the class"
    " noun it was introduced with (« Le groupe Renault »)",
    ("pol-24", "500 millions"): "« Il s'agit, d'après Bercy, de … »: a source set inside its clause, between the"
    " impersonal verb and its complement",
    ("sante-25", "réduit l'espérance de vie"): "« Une étude … montre que »: « montrer que » is no cue (as a weak"
    " « that » cue it begins its span at « que » and loses a blind5 speaker)",
    ("sante-26", "atteint son pic"): "« Santé publique France »: a name with a lower-case adjective inside is cut to"
    " « Santé »",
    ("sante-26", "baisse des passages"): "« l'agence » cannot take up the name cut to « Santé »",
    ("sante-26", "circule encore"): "« rappelle la cheffe de service de l'hôpital Saint-Antoine »: a description with"
    " a complement is read as a new person, not as the infectiologist just named",
    ("afp-29", "infondée"): "« Le groupe américain » after « Meta »: a lone unknown word is not taken for the business"
    " a company noun takes up (a general rule for it lowered quotes7, 8, 10 and 12)",
    ("mix-34", "compromis responsable"): "« La direction » is resolved to the company (« SNCF ») whose management the"
    " item named (« la direction de la SNCF »)",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, _kind, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_of_a_french_item_of_a_new_kind(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")


# The mechanisms the items above exposed, each with its trap.
def speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_l_accuse_est_un_nom_pas_le_participe():
    text = ("Le procès de Didier Marchal, accusé du meurtre de son associé, s'est ouvert lundi. « Je n'ai jamais voulu"
            " sa mort », a déclaré l'accusé dès l'ouverture des débats.")
    assert speaker(text, "jamais voulu") == "Didier Marchal"


def test_piege_a_prevenu_reste_un_verbe_de_parole():
    text = "Le maire a prévenu que les travaux seraient « longs »."
    assert speaker(text, "longs") == "Le maire"


def test_depuis_clot_le_sujet_inverse():
    text = "« Tout ira bien », a assuré le maire depuis Paris."
    assert speaker(text, "Tout ira bien") == "le maire"


def test_selon_ce_dernier():
    text = ("Le producteur, Olivier Delbosc, évoque un tournage « éprouvant ». Selon ce dernier, la sortie en salles"
            " est prévue en octobre.")
    assert speaker(text, "sortie en salles") == "Olivier Delbosc"


def test_pour_cette_derniere():
    text = "Anne Morel a reçu Paul Roux. Pour cette dernière, la sortie est « prévue en octobre »."
    assert speaker(text, "prévue en octobre") == "Anne Morel"


def test_piege_ce_dernier_rapport_n_est_pas_une_personne():
    text = "Paul Roux évoque un tournage. Selon ce dernier rapport, la sortie en salles est prévue en octobre."
    assert speaker(text, "sortie en salles") != "Paul Roux"


def test_a_matignon_on_indique():
    text = "À Matignon, on indique que le Premier ministre « suit le dossier de près »."
    assert speaker(text, "suit le dossier") == "Matignon"


def test_indique_t_on_a_matignon():
    text = "Le texte sera publié, indique-t-on à Matignon."
    assert speaker(text, "Le texte sera publié") == "Matignon"


def test_piege_a_paris_on_dit_ne_fait_pas_parler_paris():
    text = "À Paris, on dit que le site est « menacé »."
    assert speaker(text, "menacé") is None


def test_une_nationalite_en_apposition_avant_le_nom():
    text = ("Caroline Garcia s'est qualifiée.\n\nSon adversaire, l'Américaine Jessica Pegula, a reconnu avoir « trop"
            " subi » en fin de rencontre.")
    assert speaker(text, "trop subi") == "Jessica Pegula"


def test_piege_une_nationalite_sans_nom_ne_prend_pas_le_nom_d_avant():
    text = "Caroline Garcia s'est qualifiée. Son adversaire, l'Américaine, a reconnu avoir « trop subi »."
    assert speaker(text, "trop subi") != "Caroline Garcia"


def test_l_avionneur_est_airbus():
    text = "Airbus a livré 70 appareils en novembre, a annoncé l'avionneur mardi."
    assert speaker(text, "70 appareils") == "Airbus"


def test_elle_reprend_la_direction():
    text = ("Les salariés de l'usine Michelin de Cholet ont débrayé.\n\nLa direction assure que les salaires"
            " « progresseront de 3 % ». D'après elle, le site n'est « pas menacé ».")
    assert speaker(text, "pas menacé") == "La direction"


def test_piege_elle_ne_reprend_pas_le_rapport():
    text = ("La directrice de l'Ademe, Catherine Vollaire, a présenté un rapport.\n\nSeuls 5 % des logements ont"
            " gagné deux classes, selon le rapport. « Nous finançons trop de gestes isolés », a-t-elle ajouté.")
    assert speaker(text, "gestes isolés") == "Catherine Vollaire"


def test_appeler_a_rapporte_les_mots_du_sujet():
    text = "L'infectiologue Karine Lacombe appelle toutefois à « ne pas relâcher la vaccination »."
    assert speaker(text, "relâcher la vaccination") == "Karine Lacombe"


def test_piege_appele_un_nom_n_est_pas_une_citation_attribuee():
    text = "Le collectif, appelé « Les Amis du parc », a été fondé en 2010."
    assert all(q.speaker is None for q in quotes_in(text, "fr"))


def test_dans_l_entourage_de_on_assure():
    text = "Dans l'entourage de la Première ministre, on assure que l'ambiance est « studieuse »."
    assert speaker(text, "studieuse") == "l'entourage de la Première ministre"


def test_piege_dans_la_region_de_lyon_on_dit_ne_fait_parler_personne():
    text = "Dans la région de Lyon, on dit que l'ambiance est « studieuse »."
    assert speaker(text, "studieuse") is None


def test_selon_une_enquete_de_son_auteur():
    text = "Selon une enquête de l'UFC-Que Choisir, un Français sur quatre renonce à des soins dentaires."
    assert speaker(text, "renonce à des soins") == "UFC-Que Choisir"


def test_piege_selon_l_enquete_sans_auteur_reste_l_enquete():
    text = "Paul Roux a été interpellé. Selon l'enquête, le suspect a agi « seul »."
    assert speaker(text, "seul") != "Paul Roux"


def test_piege_les_sondes_d_une_etude_n_en_sont_pas_l_auteur():
    text = "Selon une étude menée auprès de 3 000 salariés, le télétravail réduit la fatigue."
    assert speaker(text, "le télétravail réduit") == "une étude menée auprès de 3 000 salariés"
