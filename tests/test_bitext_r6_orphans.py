"""OMI004 (a dropped noun), OMI005 (a dropped subject), MIS005 with both genders in English, GRB010's new opposites."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config

CONFIG = Config(models=False)


def found(text: str, source: str, code: str) -> list[tuple[str, str]]:
    report = check_text(text, CONFIG, source=source)
    return [(text[f.start:f.end], source[f.source_span.start:f.source_span.end])
            for f in report.findings if f.code == code]


# ---- OMI004 ----

@pytest.mark.parametrize("text, source, span, noun", [
    ("The storms depend largely on atmospheric.", "Les orages dépendent largement des conditions atmosphériques.",
     "atmospheric.", "conditions"),
    ("Exports are at their lowest for five.", "Les exportations sont au plus bas depuis cinq ans.", "five.", "ans"),
    ("The company won the contract for 8.", "La société a remporté le contrat pour 8 ans.", "8.", "ans"),
    ("Apple introduced larger for the new phone.", "Apple a présenté des écrans plus grands pour le nouveau téléphone.",
     "larger for", "écrans"),
    ("It launched most of the stars of British.", "Elle a lancé la plupart des stars de la télévision britannique.",
     "British.", "télévision"),
    ("If one day I read an like this, I will stop.", "Si un jour je lis un article comme celui-ci, j'arrêterai.",
     "an like", "article"),
])
def test_a_modifier_left_without_its_noun_names_the_french_noun(text, source, span, noun):
    assert (span, noun) in found(text, source, "OMI004")


@pytest.mark.parametrize("text, source", [
    # the noun rendered by a word the lexicon may not know: the modifier is not left hanging
    ("The storms depend largely on atmospheric conditions.",
     "Les orages dépendent largement des conditions atmosphériques."),
    # an age or an hour is said without its unit
    ("She was married at 14.", "Elle a été mariée à 14 ans."),
    ("I was 28 and our son was 6.", "J'avais 28 ans et notre fils 6 ans."),
    # a partitive and a list of numbers
    ("Five of the top six of which have recorded losses.", "Cinq des six principaux ont enregistré des pertes."),
    # a predicative adjective, a complement and 'the more'
    ("The results of the survey were significant.", "Les résultats de l'enquête étaient significatifs."),
    ("Once the Court has declared it admissible, it will proceed.",
     "Une fois la recevabilité admise par la Cour, on procède."),
    # a French adjective and noun rendered by one English noun ("comédie musicale", "haut responsable")
    ("The United States is the cradle of the musical, it is very different.",
     "Les États-Unis, berceau de la comédie musicale, c'est très différent."),
    ("The man has been killed, said a senior security official.",
     "L'homme a été tué, a dit un haut responsable de la sécurité."),
    # an elliptical possessive
    ("The sample shows adult plumage and not a juvenile's.",
     "L'échantillon révèle un plumage d'adulte et non d'un jeune."),
    # adjectives coordinated before their noun
    ("It monitors political and other matters around the world.",
     "Il analyse des enjeux politiques ou autres dans le monde entier."),
])
def test_restructuring_and_ellipsis_are_not_a_dropped_noun(text, source):
    assert found(text, source, "OMI004") == []


# ---- OMI005 ----

@pytest.mark.parametrize("text, source, span, pronoun", [
    ("In 1940 stood up to the other members of the government.",
     "En 1940 il a tenu tête aux autres membres du gouvernement.", "stood", "il"),
    ("The shops are open on Sunday, where can buy almost anything.",
     "Les magasins sont ouverts le dimanche, où l'on peut acheter presque tout.", "can buy", "on"),
    ("Usually offer food, drinks and entertainment to keep the guests happy.",
     "Ils proposent généralement des plats, des boissons et des divertissements pour garder les invités de "
     "bonne humeur.", "Usually offer", "Ils"),
    ("When arrive in Paris, you must register at the town hall.",
     "Quand vous arrivez à Paris, vous devez vous inscrire à la mairie.", "arrive", "vous"),
])
def test_a_verb_whose_french_subject_pronoun_was_dropped(text, source, span, pronoun):
    assert (span, pronoun) in found(text, source, "OMI005")


def test_a_statement_opening_on_the_verb_of_a_dropped_french_subject_noun():
    text = "Often disappear without leaving any relevant historical traces."
    source = "Les cultures minoritaires disparaissent souvent sans laisser de traces historiques pertinentes."
    assert found(text, source, "OMI005") == [("Often disappear", "cultures")]


def test_an_english_opening_paired_only_by_position_is_no_evidence():
    text = "Noted that crystals had formed in the urine of the cats."
    source = "Les enquêteurs ont constaté que des cristaux s'étaient formés dans l'urine des chats."
    assert found(text, source, "OMI005") == []


@pytest.mark.parametrize("text, source", [
    # a subject shared in a coordination
    ("Weather conditions can occur anywhere in the world, and can be of several kinds.",
     "Les conditions météorologiques peuvent se produire n'importe où dans le monde, et elles peuvent être "
     "de plusieurs sortes."),
    # a participle clause, a passive, an impersonal il
    ("Rabies is a fatal disease if not treated promptly.", "La rage est une maladie mortelle si elle n'est pas "
                                                           "traitée à temps."),
    ("If emphasis was put on palliative care, fewer people would ask.",
     "Si on mettait l'accent sur les soins palliatifs, moins de gens le demanderaient."),
    ("There is no need to hurry, the shops stay open late.", "Il ne faut pas se presser, les magasins restent "
                                                               "ouverts tard."),
    # a subject after a parenthesis, and an inverted reporting clause
    ("Carey Mulligan, in turn, abandons the wealthy trappings of her role.",
     "Quant à Carey Mulligan, elle a quitté les riches atours de son rôle."),
    # a French subject noun rendered by an English noun ("Reindeer husbandry" for "L'élevage de rennes")
    ("Reindeer husbandry is an important livelihood among the Sami.",
     "L'élevage de rennes est un moyen de subsistance important chez les Samis."),
    ("Investigators found that crystals had formed in the urine of the cats.",
     "Les enquêteurs ont découvert que des cristaux s'étaient formés dans l'urine des chats."),
])
def test_shared_or_restructured_subjects_are_not_dropped(text, source):
    assert found(text, source, "OMI005") == []


# ---- MIS005: one gender in French, both in English ----

def test_a_pronoun_of_the_other_gender_beside_right_ones():
    source = ("Ils ont annulé la tournée après que le chanteur Steven Tyler s'est blessé en tombant de scène "
              "lors d'un concert.")
    text = "They cancelled the tour after singer Steven Tyler injured himself when she fell off stage during a concert."
    assert [span for span, _ in found(text, source, "MIS005")] == ["she"]


def test_a_capitalised_il_inside_the_sentence_is_a_pronoun_not_a_name():
    source = "En 1940 Il a tenu tête aux autres membres du gouvernement et il a très habilement gagné."
    text = "In 1940 she stood up to the other members of the government and he very skilfully won."
    assert [span for span, _ in found(text, source, "MIS005")] == ["she"]


def test_a_woman_the_french_names_keeps_both_genders_apart():
    source = "Il a dit à la ministre qu'il démissionnerait lundi."
    text = "He told the minister that she should resign on Monday, and he would too."
    assert found(text, source, "MIS005") == []


# ---- GRB010: new opposites ----

@pytest.mark.parametrize("text, source, word", [
    ("Before seven days of electoral defeats, Bush announced his plan.",
     "Après sept jours de défaites électorales, Bush a fait part de son projet.", "Before"),
    ("The vehicle itself was deposited from the scene of the accident.",
     "Le véhicule lui-même a été enlevé du lieu de l'accident.", "deposited"),
    ("Crystals formed due to the lack of these substances.",
     "Des cristaux se sont formés en raison de la présence de ces substances.", "lack"),
    ("They confirmed the tour after the singer was injured.",
     "Ils ont annulé la tournée après que le chanteur s'est blessé.", "confirmed"),
])
def test_new_opposites_are_reported(text, source, word):
    assert word in [span for span, _ in found(text, source, "GRB010")]


@pytest.mark.parametrize("text, source", [
    ("A construction worker died after being buried on Thursday morning in Montreal.",
     "Un ouvrier de la construction est mort enseveli jeudi avant-midi à Montréal."),
    ("The tour was cancelled before the concert.", "La tournée a été annulée avant le concert."),
])
def test_idioms_and_right_renderings_are_not_opposites(text, source):
    assert found(text, source, "GRB010") == []


# ---- OMI006 ----

@pytest.mark.parametrize("text, source, span, verb", [
    ("The UN peacekeepers, who in Haiti after the 2010 earthquake, are blamed for the disease.",
     "Les soldats de la paix de l'ONU, qui sont arrivés en Haïti après le tremblement de terre de 2010, sont "
     "accusés de la propagation de la maladie.", "who in", "arrivés"),
    ("The moisture on your hands will with the outer layers and feel strange.",
     "L'humidité sur vos mains va réagir avec les couches extérieures et semblera étrange.", "will with", "réagir"),
])
def test_a_relative_or_modal_left_without_its_verb(text, source, span, verb):
    assert found(text, source, "OMI006") == [(span, verb)]


@pytest.mark.parametrize("text, source", [
    ("These reserves, which the authorities had to use, are now exhausted.",
     "Ces réserves, que les autorités ont dû utiliser, sont maintenant épuisées."),
    ("The border town, to which around 5,000 people fled, is overwhelmed.",
     "La ville frontalière, où environ 5 000 personnes ont fui, est débordée."),
    ("The committee, which in turn reports to parliament, met on Monday.",
     "Le comité, qui rend à son tour compte au parlement, s'est réuni lundi."),
    ("The reform could in principle be adopted before the summer.",
     "La réforme pourrait en principe être adoptée avant l'été."),
])
def test_relatives_with_their_own_subject_and_adverbials_keep_their_verb(text, source):
    assert found(text, source, "OMI006") == []
