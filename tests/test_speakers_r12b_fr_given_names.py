"""Speakers, round 12 second pass (French): the French given names of checker/data/fr_given_names.tsv (built from
Faker's French person providers) give a person and a gender; common words, places and names of either gender are
not in it."""
from __future__ import annotations

import pytest

from checker.data.cache import DATA_DIR
from checker.lang.folding import fold
from checker.lang.names import name_gender, name_kind, name_lexicon
from tests.quote_speakers import assert_item_speaker, speaker_case


@pytest.mark.parametrize(("name", "gender"), [
    ("Gilbert", "m"), ("Hubert", "m"), ("Gaston", "m"), ("Corentin", "m"), ("Mourad", "m"),
    ("Clémentine", "f"), ("Ghislaine", "f"), ("Bénédicte", "f"), ("Héloïse", "f"), ("Nesrine", "f"),
])
def test_french_given_names_are_known(name, gender):
    assert name_lexicon().first_names.get(fold(name).lower()) == gender
    assert name_kind([name, "Quéméneur"]) == "person"
    assert name_gender([name, "Quéméneur"]) == gender


@pytest.mark.parametrize("word", [
    "lou",  # a woman's in French, a man's in English (Lou Reed): the locales disagree
    "said", "victoire", "morgan", "madison", "milan",  # common words and places
    "aude",  # a French département
    "charlie",  # both genders
])
def test_words_left_out_of_the_french_list(word):
    raw = DATA_DIR.joinpath("fr_given_names.tsv").read_text(encoding="utf-8")
    assert word not in {line.split("\t")[0] for line in raw.splitlines() if line and not line.startswith("#")}


ITEMS = [
    ("n-01", ["Le médecin de Guéret, Gilbert Lavaud-Pécout, a rejoint le collectif des soignants de la Creuse.",
              "« Dans certaines communes, on attend un an pour voir un spécialiste », a-t-il dénoncé."],
     [("attend un an", "Gilbert Lavaud-Pécout")]),
    ("n-02", ["Ghislaine Morvan-Lestic et son frère ont repris la ferme familiale de Plouha en 2019.",
              "« Le lait ne paie plus », résume-t-elle."],
     [("lait ne paie plus", "Ghislaine Morvan-Lestic")]),
    # trap: the woman named last is not « il »
    ("t-01", ["Hubert Caradec a cédé la présidence du club à Bénédicte Le Roux-Gwenn en juin.",
              "« Je laisse une maison saine », a-t-il assuré."],
     [("maison saine", "Hubert Caradec")]),
]

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses={})
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_speaker_by_french_given_name(text, words, expected):
    assert_item_speaker(text, words, expected, "fr")
