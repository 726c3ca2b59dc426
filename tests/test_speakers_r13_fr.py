"""Speakers, round 13 (French): classes of error found on quotes12..15, each with constructed variants (other
words, names and structures than the set items) and traps that must not change:

- a pronoun takes up the body or person who acts, not a name only ever a noun's complement (« dans le nord de
  la Casamance »), and a body spelled out before its acronym (« L'ONG Action contre la faim (ACF) »);
- a description that names its own office or trade (« le directeur de l'aéroport », « le transporteur ») is
  somebody new, not the person quoted before, nor whoever the article is about; nor is « le tribunal » the
  territory its first mention's complement named;
- gender by French agreement: a role's article (« le chef de la brigade, Elia X »), « sa » (« sa porte-parole »),
  and « il » / « elle » opening the next sentence (« X a repris la ferme. Elle élève … »);
- the subject a sentence opens with by a role (« L'ingénieur X et sa collègue Y ont … ») or a body's name (« La
  Direction régionale de la mer (DIRM) interdit … Selon elle »);
- a name's boundaries: a noun of origin before it (« le Lyonnais Baptiste X »), a role's place before the name
  set off after it (« son correspondant à Dakar, Ousmane X »);
- a body named after an inverted cue by a noun of its kind the lexicon lacked (« l'institution », « l'instance »,
  « la régie », « la coopérative », « l'intercommunalité »);
- « le prévenu » takes up the person the verdict was about, described by a trade the lists lack (« un
  mareyeur », « un transporteur routier »), also the subject of a passive (« Un accompagnateur … a été condamné »).
"""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

ITEMS = [
    # -- a pronoun and a noun's complement
    ("p-01", ["La fondation Kalinka a suspendu ses distributions dans le sud de la Mambéré, a-t-elle indiqué mardi."],
     [("suspendu ses distributions", "Kalinka")]),
    ("p-02", ["L'organisation Handicap international (HI) a retiré ses équipes de la préfecture de la Vakaga après le "
              "pillage de son entrepôt, a-t-elle annoncé samedi."],
     [("retiré ses équipes", "Handicap international")]),
    ("p-03", ["Le cabinet d'audit a rendu son rapport sur la gestion du port de la Lobaye.",
              "« Tout est à revoir », a lancé la présidente du conseil, Sylvie Ngakola.",
              "Le concessionnaire, lui, se dit « serein ». Les comptes seront publiés en mai, assure-t-il."],
     [("publiés en mai", "Le concessionnaire")]),
    ("p-04", ["L'association Enfants du désert (EDD) a quitté la région de la Haute-Kotto après le vol de ses "
              "véhicules, a-t-elle annoncé vendredi."],
     [("quitté la région", "Enfants du désert")]),
    # trap: a person's name after a bare « de » is no place; the pronoun still takes it up
    ("p-t1", ["L'atelier de Gaspard, installé à Lille, fabrique des vélos en bambou.",
              "Il a ajouté : « Je voudrais ouvrir une deuxième boutique. »"],
     [("deuxième boutique", "Gaspard")]),
    # -- a description that names its own office or trade
    ("d-01", ["« Les caisses sont vides », a lancé Rodolphe Amiel-Castan, trésorier d'un club de rugby de Béziers.",
              "Le ministre des Sports a assuré vendredi que l'aide serait versée avant l'été."],
     [("versée avant l'été", "Le ministre des Sports")]),
    ("d-02", ["« C'est un soulagement », a réagi la secrétaire du collectif, Noémie Ravel-Kanté.",
              "Le constructeur, lui, se dit « stupéfait » et envisage un recours."],
     [("stupéfait", "Le constructeur")]),
    ("d-03", ["Victoria 2 a quitté jeudi le port de Lorient pour sa première campagne de mesures en Atlantique.",
              "« Le navire restera six semaines en mer », a précisé le commandant de la base navale devant la presse."],
     [("six semaines en mer", "le commandant de la base navale")]),
    ("d-04", ["Le tribunal administratif de la Guyane a suspendu mercredi le permis minier de la montagne d'Or.",
              "Le projet menaçait une réserve naturelle, a jugé le tribunal."],
     [("menaçait une réserve naturelle", "le tribunal")]),
    ("d-05", ["La Cour des comptes critique la gestion des lycées agricoles.",
              "L'agence nationale de la cohésion des territoires dit avoir engagé un audit."],
     [("engagé un audit", "L'agence nationale de la cohésion des territoires")]),
    # traps: the same role, a broader noun that takes it up, an office the head of state named before holds, and
    # an anaphor of a body by its kind and an adjective
    ("d-t1", ["« Nous rouvrirons les musées en juin », a annoncé la ministre de la Culture, Odile Varenne-Roux.",
              "« Le public nous manque », a ajouté la ministre."],
     [("Le public nous manque", "Odile Varenne-Roux")]),
    ("d-t2", ["Le président Abdou Karimou, élu en mars, a fait de l'eau potable une priorité.",
              "Si le chef de l'État a promis « un robinet dans chaque village », les travaux tardent."],
     [("un robinet dans chaque village", "Abdou Karimou")]),
    ("d-t3", ["« Le budget sera voté en mars », a assuré le maire de Spa, Philippe Lemaire.",
              "L'élu de la commune promet « aucune hausse d'impôt »."],
     [("aucune hausse d'impôt", "Philippe Lemaire")]),
    # -- gender by agreement
    ("g-01", ["« La route est coupée depuis dimanche », a déclaré Rodrigue Fabre, maire de Saint-Aignan.",
              "Le chef de la brigade, Elia Maréchaux-Bonnet, assure que les secours sont en route. Ils arriveront "
              "« avant la nuit », a-t-il promis."],
     [("avant la nuit", "Elia Maréchaux-Bonnet")]),
    ("g-02", ["« Nous évacuons le camping », a déclaré le maire, Théodore Rouquette.",
              "Le préfet de l'Aude, Gervais Montagné, assure que les digues tiendront. Elles seront "
              "« renforcées dès lundi », a-t-il affirmé."],
     [("renforcées dès lundi", "Gervais Montagné")]),
    ("g-03", ["Après trois saisons difficiles, Maïwenn Le Goff-Rivière a décidé de vendre son troupeau. Elle gardera "
              "ses vergers.",
              "« Le lait ne paie plus le foin », explique l'éleveuse.",
              "Le président du syndicat, Erwan Kerhervé, estime qu'une ferme sur dix fermera."],
     [("ne paie plus le foin", "Maïwenn Le Goff-Rivière")]),
    # traps: a given name the lexicon knows outweighs « le maire »; an impersonal « il » gives no gender
    ("g-t1", ["Le maire de Sète, Martine Carrel, a fermé les plages. « La baignade est trop dangereuse », "
              "a-t-elle expliqué."],
     [("trop dangereuse", "Martine Carrel")]),
    ("g-t2", ["Après trois saisons difficiles, Maïwenn Le Goff-Rivière a décidé de vendre son troupeau. Il faudra "
              "du temps.",
              "« Le lait ne paie plus le foin », explique l'éleveur.",
              "Le président du syndicat, Erwan Kerhervé, estime qu'une ferme sur dix fermera."],
     [("ne paie plus le foin", "l'éleveur")]),
    # -- the subject a sentence opens with
    ("s-01", ["Les ingénieurs du bureau Hydrotec, à Rennes, ont rendu mardi leur étude sur le barrage.",
              "Le géomètre Anselme Kervella-Diop et sa collègue Inès Chabrol ont relevé des fissures. « Il faut vider "
              "le lac avant l'hiver », a-t-il averti."],
     [("vider le lac", "Anselme Kervella-Diop")]),
    ("s-04", ["Les chercheurs du laboratoire Paléomar, à Brest, ont daté les coquillages retrouvés.",
              "La paléontologue Rozenn Tallec et son collègue Yves Morin ont compté 300 espèces. « Certaines "
              "n'existent plus nulle part », a-t-elle souligné."],
     [("plus nulle part", "Rozenn Tallec")]),
    ("s-02", ["« On ne vend plus rien », raconte une commerçante de Sète.",
              "La Direction régionale de la mer (DIRM) interdit la pêche à la palourde jusqu'en mai. Selon elle, "
              "le stock a baissé de moitié."],
     [("stock a baissé de moitié", "La Direction régionale de la mer")]),
    ("s-03", ["« On tient, mais pour combien de temps ? », s'interroge un infirmier de Cayenne.",
              "Le Centre hospitalier de l'Ouest guyanais (CHOG) a rouvert deux lits de réanimation. D'après lui, "
              "la saturation est passée."],
     [("saturation est passée", "Le Centre hospitalier de l'Ouest guyanais")]),
    # traps: a person who opens the sentence before keeps « elle »; a name after a noun of two (« agence de
    # notation ») is its apposition and the subject
    ("s-t2", ["Cette semaine, l'agence de notation Moody's a abaissé la note de trois banques régionales.",
              "Elle a estimé que leurs fonds propres étaient insuffisants."],
     [("fonds propres étaient insuffisants", "Moody's")]),
    ("s-t1", ["« On ne vend plus rien », raconte une commerçante de Sète.",
              "La présidente du comité des pêches, Armelle Tanguy-Roux, a demandé une aide. Selon elle, le stock a "
              "baissé de moitié."],
     [("stock a baissé de moitié", "Armelle Tanguy-Roux")]),
    # -- a name's boundaries
    ("n-01", ["Le Lyonnais Baptiste Ferrand-Oury a remporté dimanche le marathon de Berlin.",
              "« J'ai couru sans regarder la montre », a-t-il raconté."],
     [("sans regarder la montre", "Baptiste Ferrand-Oury")]),
    ("n-02", ["Déjà titrée en 2022, la Nantaise Clervie Aubry-Ngando conserve son titre mondial.",
              "« Je pense déjà à Los Angeles », a-t-elle confié."],
     [("Los Angeles", "Clervie Aubry-Ngando")]),
    ("n-03", ["« Les vols reprendront mardi », a annoncé à la radio son correspondant à Dakar, Ousmane Sow-Diallo."],
     [("vols reprendront mardi", "Ousmane Sow-Diallo")]),
    # traps: a body's name that an article opens; a newspaper's title
    ("n-t1", ["Les factures augmenteront de 4 % en janvier, selon la Lyonnaise des eaux."],
     [("factures augmenteront", "la Lyonnaise des eaux")]),
    ("n-t2", ["Le Sénat a voté la réforme, rapporte le New York Times."],
     [("Sénat a voté", "le New York Times")]),
    # -- a body by a noun of its kind the lexicon lacked, after an inverted cue
    ("b-01", ["La loi de programmation a été adoptée en juillet.",
              "Ces articles n'avaient « aucun rapport » avec l'objet du texte, a estimé l'institution du "
              "Palais-Royal."],
     [("aucun rapport", "l'institution du Palais-Royal")]),
    ("b-02", ["Le décret sur les caméras a été publié en mars.",
              "Ce dispositif porte une atteinte « disproportionnée » à la vie privée, a jugé l'instance de contrôle."],
     [("disproportionnée", "l'instance de contrôle")]),
    ("b-03", ["Le syndicat des eaux a relevé ses tarifs.",
              "La hausse est « indispensable » pour renouveler les canalisations, a fait savoir l'intercommunalité "
              "du Val d'Oust."],
     [("indispensable", "l'intercommunalité du Val d'Oust")]),
    # -- the defendant
    ("v-01", ["Le tribunal correctionnel de Quimper a condamné jeudi un mareyeur de Concarneau à 20 000 euros "
              "d'amende pour fraude à l'étiquetage.",
              "Le prévenu a assuré que les poissons venaient bien de Bretagne."],
     [("venaient bien de Bretagne", "un mareyeur de Concarneau")]),
    ("v-02", ["La cour d'appel de Rennes a condamné mardi un transporteur routier de Vitré à un an de prison avec "
              "sursis.",
              "Le prévenu a reconnu une « négligence »."],
     [("négligence", "un transporteur routier de Vitré")]),
    ("v-03", ["Un accompagnateur de montagne de Chamonix a été condamné lundi à six mois avec sursis après la mort "
              "d'un randonneur.",
              "Le prévenu a dit regretter « une erreur d'appréciation »."],
     [("erreur d'appréciation", "Un accompagnateur de montagne de Chamonix")]),
    # trap: « le prévenu » with nobody convicted before stays as written
    ("v-t1", ["Le procès s'est ouvert lundi à Vannes. Le prévenu a assuré qu'il ignorait tout du trafic."],
     [("ignorait tout du trafic", "Le prévenu")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_french_speaker_class(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
