"""Issue 13, round 12: French words dressed as English by an English ending ('laicity', 'the sinistered'; CAL005)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.calque.coinages import french_origin


def spans(text: str) -> list[str]:
    """The CAL005 warnings of a text."""
    report = check_text(text, Config(models=False, select=("CAL005",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


POSITIVES = [
    ("Emergency housing was found for the sinistered of the flooded valley.", "sinistered"),
    ("Teachers must respect the laicity of public schools, the minister recalled.", "laicity"),
    ("The independentists took 43% of the vote in the provincial election.", "independentists"),
    ("Critics denounced a securitary drift after the new law on surveillance.", "securitary"),
    ("The summit of the francophony opened in Djerba on Saturday.", "francophony"),
    ("The region has valorised its wine heritage with a new label.", "valorised"),
    ("The mediatisation of the trial worried the families of the victims.", "mediatisation"),
    ("A medicalised plane flew the wounded climber to Geneva.", "medicalised"),
    ("The realisator of the film received the Palme d'or on Saturday evening.", "realisator"),
    ("Three complotists were arrested after the threats against the mayor.", "complotists"),
    ("The crisis has fragilised the small producers of the region.", "fragilised"),
    ("Parisians were consulted in a votation on electric scooters.", "votation"),
    ("The hospital licencied forty nurses in March.", "licencied"),
]


@pytest.mark.parametrize("text, span", POSITIVES)
def test_french_word_with_an_english_ending_is_reported(text, span):
    assert spans(text) == [span]


TRAPS = [
    "The hospital sanitised every room after the outbreak.",  # an English verb
    "Thousands marched in solidarity with the strikers.",  # an English noun from the same Latin
    "The activist was arrested outside the embassy.",
    "The ship's manifest listed forty containers.",
    "The separatists shelled the town overnight.",
    "The militants painted slogans on the wall.",  # a false friend, not a coinage: FFR's
    "He sang a reprise of the chorus.",  # English has 'reprise'
    "The octogenarian was rescued from the flooded house.",  # a current English word
    "Firefighters hospitalised two residents after the fire.",
    "The decentralisation of the state was debated in the senate.",
    "The gendarmerie opened an investigation into the crash.",  # a loanword English uses
    "Residents of Sinistra met the mayor of Laicity Falls.",  # names
    "Des sinistrés ont été relogés dans la nuit.",  # French text: the untranslated rules judge it
    "The laïcité debate returned to the Assembly on Tuesday.",  # the French word itself, a loanword
]


@pytest.mark.parametrize("text", TRAPS)
def test_english_words_names_and_french_text_are_left_alone(text):
    assert spans(text) == []


@pytest.mark.parametrize("word, french", [
    ("sinistered", "sinistrés"), ("laicity", "laïcité"), ("independentists", "indépendantistes"),
    ("securitary", "sécuritaire"), ("precised", "précisé"), ("organisators", "organisateurs"),
])
def test_the_french_word_behind_the_coinage(word, french):
    assert french_origin(word) == french


@pytest.mark.parametrize("word", ["solidarity", "activist", "manifest", "sanitised", "militants", "reprise"])
def test_current_english_words_have_no_french_origin(word):
    assert french_origin(word) is None


def test_the_message_names_the_french_word():
    text = "The laicity of the State is written in the constitution."
    report = check_text(text, Config(models=False, select=("CAL005",)))
    assert [f.category.value for f in report.findings] == ["calque"]
    assert "laïcité" in report.findings[0].message
