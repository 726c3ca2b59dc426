"""Speakers, round 12 (French): the gender of given names the lexicon lacks, read from their ending, weighs in
resolving « il » / « elle »; a masculine role noun does not make a woman's name a man's; coordinated names share
their role; a street named after someone is a place; a description's adjectives agree with the person it names."""
from __future__ import annotations

import pytest

from checker.lang.fr_name_gender import fr_adjective_gender, fr_name_form_gender, fr_tokens_gender
from checker.lang.speakers import lexicon
from tests.quote_speakers import assert_item_speaker, speaker_case


@pytest.mark.parametrize(("name", "gender"), [
    ("Ombeline", "f"), ("Gwladys", "f"), ("Sixtine", "f"), ("Guillemette", "f"), ("Marceline", "f"),
    ("Enguerrand", "m"), ("Thibaud", "m"), ("Aymeric", "m"), ("Philibert", "m"), ("Ghislain", "m"),
    # traps: a longer men's ending wins over the women's one; names whose ending says nothing; initials
    ("Nourredine", "m"), ("Yassine", "m"), ("Moïse", "m"), ("Maxence", "m"),
    ("Gonzague", None), ("Anselme", None), ("Wandrille", None), ("Léo", None), ("J.", None),
])
def test_given_name_gender_by_its_ending(name, gender):
    assert fr_name_form_gender(name) == gender


@pytest.mark.parametrize("tokens", [
    ["Standard", "&", "Poor's"],  # a common English word: a body's name, no given name
    ["Celtic", "Glasgow"],
    ["Nouvelle", "Vague"],  # a common French word
    ["L'Association", "bretonne"],  # a body's word
    ["Ombeline"],  # one word: a surname as likely as a given name
    ["Perrine", "Quéméner"],  # the lexicon knows the given name: it decides, not the ending
])
def test_names_whose_ending_is_not_read(tokens):
    assert fr_tokens_gender(tokens, lexicon("fr")) is None


def test_description_adjectives():
    assert fr_adjective_gender(["le", "vieil", "artisan"]) == "m"
    assert fr_adjective_gender(["l'ancienne", "directrice"]) == "f"
    assert fr_adjective_gender(["le", "maire"]) is None  # no adjective: an épicène noun says nothing


# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)])
ITEMS = [
    ("g-01", ["Ombeline Carhaix et Enguerrand Moustoir briguent la mairie de Plouzané.",
              "Le scrutin a été avancé au 3 mars, a indiqué Ombeline Carhaix. « C'est un calcul politique », "
              "a-t-il répliqué."],
     [("un calcul politique", "Enguerrand Moustoir")]),
    ("g-02", ["Après quinze ans au club, l'entraîneur de l'Entente sportive de Vitré, Sixtine Le Dantec, a annoncé "
              "son départ dimanche.",
              "« Je pars avec le sentiment du devoir accompli », a-t-elle confié au quotidien local."],
     [("devoir accompli", "Sixtine Le Dantec")]),
    ("g-03", ["La compagnie Corsair a suspendu ses liaisons vers Dakar et Bamakoville jusqu'à nouvel ordre.",
              "Les vols reprendront le 2 mars, a-t-elle précisé dans un communiqué."],
     [("reprendront le 2 mars", "Corsair")]),
    ("g-04", ["Le maire de Fougerolles, Philibert Kerjean, et l'adjointe aux Travaux, Marceline Pennec-Rivoal, ont "
              "présenté le chantier.",
              "Les rues Victor Hugo et Lazare Carnot seront fermées en juin, a précisé Marceline Pennec-Rivoal. "
              "« Nous rendrons le centre aux piétons », a-t-il ajouté."],
     [("rendrons le centre", "Philibert Kerjean")]),
    ("g-05", ["Yvonnick Le Bihan, 91 ans, est le dernier tonnelier de Cognac.",
              "Sa nièce, Ysaline, tient désormais les comptes de l'atelier.",
              "« Le chêne, il faut l'écouter avant de le couper », sourit le vieil artisan. Elle assure qu'il "
              "travaille encore six jours sur sept."],
     [("il faut l'écouter", "Yvonnick Le Bihan"), ("six jours sur sept", "Ysaline")]),
    ("g-06", ["Gwladys Le Berre et son associé ont ouvert une cidrerie à Fouesnant en 2018.",
              "La Cidrerie du Cap a été placée en liquidation judiciaire lundi.",
              "« On a tout donné pendant cinq ans », soupire-t-elle."],
     [("tout donné", "Gwladys Le Berre")]),
    # traps: the woman is the subject, « il » the man she beat; subjects coordinated at the start both act; a
    # masculine role with a name whose ending says nothing keeps the role's gender
    ("t-01", ["Guillemette Riou-Kerné a battu samedi Thibaud Le Cam au second tour.",
              "« Rien n'est réglé », a-t-il réagi."],
     [("Rien n'est réglé", "Thibaud Le Cam")]),
    ("t-02", ["Gwladys Tanguy et Aymeric Le Goff ont signé la pétition.",
              "« Nous irons jusqu'au bout », a déclaré Gwladys Tanguy. « Il le faut », a-t-elle ajouté."],
     [("Il le faut", "Gwladys Tanguy")]),
    ("t-03", ["Le directeur du port, Gonzague Le Meur, et la capitaine Sidonie Ropars ont inspecté le quai.",
              "« Les travaux dureront deux ans », a-t-il prévenu."],
     [("dureront deux ans", "Gonzague Le Meur")]),
    # (spoken as a body speaks, « nous »: the body the pronoun agrees with, not the woman named before)
    ("t-04", ["Gwladys Le Berre et son associé ont ouvert une cidrerie à Fouesnant en 2018.",
              "La Cidrerie du Cap a été placée en liquidation judiciaire lundi.",
              "« Nous étudions toutes les offres de reprise », précise-t-elle."],
     [("offres de reprise", "La Cidrerie du Cap")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_by_agreement(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
