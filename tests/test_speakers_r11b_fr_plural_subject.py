"""Speakers, round 11b (French): « ils » / « elles » after an inverted verb (« expliquent-ils ») take up a plural
role noun with its complement, set as an earlier subject (« Des chercheurs du CNRS et de l'université de
Montpellier ont identifié »), and never the subject of the words they report (« Les écoles vont fermer,
dénoncent-ils »); fresh paragraphs, with traps where the plural subject has no complement or is a thing."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Des chercheurs de l'Université de Liège ont découvert une nouvelle espèce de grenouille au Congo.",
              "L'animal vit uniquement dans les forêts de montagne, expliquent-ils dans la revue Zootaxa."],
     [("vit uniquement dans les forêts", "Des chercheurs de l'Université de Liège")]),
    ("p-02", ["Des médecins de l'hôpital Laval ont publié une étude sur les urgences québécoises.",
              "Le temps d'attente a doublé en cinq ans, affirment-ils."],
     [("temps d'attente a doublé", "Des médecins de l'hôpital Laval")]),
    ("p-03", ["Des enseignantes du lycée Blaise-Diagne, à Dakar, ont cessé le travail lundi.",
              "Nos salaires n'ont pas été versés depuis trois mois, dénoncent-elles."],
     [("salaires n'ont pas été versés", "Des enseignantes du lycée Blaise-Diagne")]),
    ("p-04", ["Les élus de la Creuse ont voté contre le budget départemental.",
              "Les écoles rurales vont fermer, dénoncent-ils."],
     [("écoles rurales vont fermer", "Les élus de la Creuse")]),
    ("p-05", ["Des archéologues de l'Inrap ont mis au jour une nécropole gauloise près de Troyes.",
              "Les tombes datent du IIIe siècle avant notre ère, précisent-ils."],
     [("tombes datent du IIIe siècle", "Des archéologues de l'Inrap")]),
    ("p-06", ["Les agriculteurs du Gers bloquent la rocade d'Auch depuis mardi.",
              "Les prix du lait ne couvrent plus nos coûts, expliquent-ils."],
     [("prix du lait ne couvrent plus", "Les agriculteurs du Gers")]),
    ("p-07", ["Des habitants de Namur ont déposé un recours contre le parking souterrain.",
              "Les arbres du parc seront abattus, s'inquiètent-ils."],
     [("arbres du parc seront abattus", "Des habitants de Namur")]),
    ("p-08", ["Des chercheuses de l'EPFL ont mis au point un capteur de pollution bon marché.",
              "Il coûte moins de dix francs, assurent-elles."],
     [("coûte moins de dix francs", "Des chercheuses de l'EPFL")]),
    # traps: a plural subject without a complement, and one in the pronoun's own sentence before a verb of its own
    ("t-01", ["Des chercheurs belges ont découvert une nouvelle espèce de grenouille.",
              "L'animal vit uniquement dans les forêts, expliquent-ils."],
     [("vit uniquement dans les forêts", "Des chercheurs belges")]),
    ("t-02", ["Les syndicats de la SNCB ont rencontré le ministre mercredi. Ils affirment que les trains de nuit"
              " seront supprimés."],
     [("trains de nuit seront supprimés", "Les syndicats de la SNCB")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_plural_pronoun_takes_up_the_complemented_subject(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
