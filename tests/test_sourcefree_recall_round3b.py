"""Issue 13, third round (b): French transliteration families (the Arabic article, Georgian endings, "tch" in
eastern names, exonyms that are also English names), French acronyms, French phrases, quotations and names
in English sentences, gallery prompts and names doubled across a comma; each with the uses that stay silent."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.lang.untranslated import french_acronyms, strong_acronym
from checker.rules.transliteration.forms import read_tch
from checker.rules.transliteration.respell import respell

CODES = ("TRL001", "TRL002", "TRL003", "UNT001", "UNT002", "BPL001", "BPL003", "REP001")


def warnings(text: str, *codes: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(select=codes or CODES, models=False))
    return [(f.code, f.text) for f in report.findings if f.severity >= Severity.WARNING]


# ---- transliteration ----

@pytest.mark.parametrize("text,expected", [
    ("The jihadists of Hayat Tahrir al-Cham took the city in a week.", [("TRL003", "Cham")]),
    ("Sudan's former ruler Omar el-Bachir was moved to a military hospital.", [("TRL003", "Bachir")]),
    ("Fighters of al-Chabab attacked a base in Somalia.", [("TRL003", "Chabab")]),
    ("Georgian billionaire Bidzina Ivanichvili founded the party.", [("TRL002", "Ivanichvili")]),
    ("Prime minister Irakli Garibachvili resigned in January.", [("TRL002", "Garibachvili")]),
    ("Former Armenian president Robert Kotcharian was acquitted.", [("TRL001", "Kotcharian")]),
    ("The rebels entered Damas and the army fled towards Alger.", [("TRL001", "Damas"), ("TRL001", "Alger")]),
    ("Tripoli's former spy chief Abdallah Senoussi was sentenced.", [("TRL003", "Senoussi")]),
])
def test_transliteration_families(text, expected):
    assert warnings(text, "TRL001", "TRL002", "TRL003") == expected


@pytest.mark.parametrize("text", [
    "Iraqi politician Ahmed Chalabi died in Baghdad.",  # a name English writes with "Ch"
    "Joni Mitchell and Ashton Kutcher attended; Aurélien Tchouaméni did not.",  # no eastern mark
    "The poet Léon-Gontran Damas and the spy Alger Hiss are studied here.",  # surname, given name
    "Anouchka, Pierre and Marie-Claude inherited the house.",  # listed with French given names
    "She directed Le Samouraï and La Chinoise in Paris.",  # French titles after a capitalised article
    "His father grew up in Douchy, in the Loiret, and later in Montargis.",  # a French village
    "The former president, Salome Zourabichvili, spoke in Tbilisi.",  # kept as English writes her
    "Family members Karim, Abdallah and Yasmina Benzema sat together.",
])
def test_transliteration_traps(text):
    assert warnings(text, "TRL001", "TRL002", "TRL003") == []


def test_tch_needs_an_eastern_mark():
    assert read_tch("Khvitcha", "Kvaratskhelia") is not None
    assert read_tch("Gotcha", "Khojava") is not None
    assert read_tch("Mitchell", "Jones") is None
    assert read_tch("Tchernychev", "") is None  # a Slavic ending: read_word's


def test_respelling_after_the_article_and_english_words():
    assert respell("Cham") is None  # "sham" is an English word one letter away
    assert respell("Cham", after_article=True).english == "Sham"
    assert respell("Douchy") is None  # a form both languages write, one change from "duchy"
    assert respell("Alexandrie", as_place=True).english == "Alexandria"  # an exonym ending still counts


# ---- untranslated ----

@pytest.mark.parametrize("text,expected", [
    ("Leaders of the CEDEAO met in Abuja.", [("UNT002", "CEDEAO")]),
    ("The OCDE cut its forecast and the FMI followed.", [("UNT002", "OCDE"), ("UNT002", "FMI")]),
    ("Traces of ADN were found, the PDG of the firm said.", [("UNT002", "ADN"), ("UNT002", "PDG")]),
    ("The trial will be held behind the huis clos of the court.", [("UNT002", "huis clos")]),
    ('"Nous ne lâcherons rien," the union leader said outside the plant.',
     [("UNT002", "Nous ne lâcherons rien")]),
    ('"On a tout donné ce soir," the coach told reporters.', [("UNT002", "tout donné ce soir")]),
    ("Unions called a grève générale for Thursday.", [("UNT002", "grève générale")]),  # "called" as a verb
    ("Families held a marche blanche on Saturday.", [("UNT002", "marche blanche")]),
    ("Drivers staged a grève sauvage at the depot.", [("UNT002", "grève sauvage")]),
])
def test_untranslated_families(text, expected):
    assert warnings(text, "UNT001", "UNT002") == expected


@pytest.mark.parametrize("text", [
    "BREAKING: ONU SAYS TALKS ARE OVER",  # a headline in capitals
    "The Economic Community of West African States (CEDEAO) met.",  # cited in brackets
    "Known by its French acronym, OTAN, the alliance met.",
    "The CPI rose and ALS research was funded.",  # acronyms English writes too
    "A collective, Urgence notre police assassine, filed a complaint.",  # a named organisation
    "The chef served a coq au vin and a crème caramel.",  # dishes English menus keep
    "The bistro's speciality, sole meunière, a French fish dish, sold out.",
    'He sang "La Vie en rose," the song that made her famous.',  # a title
    "The index by Reporters sans frontières ranks 180 countries.",  # a French name in sentence case
    "A movement called the Mariage pour tous drew crowds.",
    "He ordered a café au lait and a croque monsieur.",
    "She is often called a bon vivant.",
])
def test_untranslated_traps(text):
    assert warnings(text, "UNT001", "UNT002") == []


def test_acronym_strength_follows_the_evidence():
    assert strong_acronym("CEDEAO") and strong_acronym("OTAN") and strong_acronym("PIB")
    assert not strong_acronym("RDC")  # English text writes the letters too: information
    assert not strong_acronym("CPI") and not strong_acronym("NATO")
    text = "In the RDC, the PIB fell."
    assert [(a.french, a.strong) for a in french_acronyms(text, 0, len(text))] == [("RDC", False), ("PIB", True)]


# ---- boilerplate and repetition ----

@pytest.mark.parametrize("text,expected", [
    ("The race ended late.\n\nRelive the finish in pictures in our photo gallery\n\nThe winner spoke.",
     [("BPL003", "Relive the finish in pictures in our photo gallery")]),
    ("The race ended late.\n\nWatch all the best moments of the stage in our slideshow\n\nThe winner spoke.",
     [("BPL003", "Watch all the best moments of the stage in our slideshow")]),
    ("The march set off at noon in Rennes, Rennes, the Breton capital, saw thousands.", [("REP001", "Rennes, Rennes")]),
    ("Officials in Marseille, Marseille said on Monday the port would reopen.", [("REP001", "Marseille, Marseille")]),
    ("The strike went on.\n\nCredit photo: Marie Durand / Libération\n\nTalks resume.",
     [("BPL001", "Credit photo: Marie Durand / Libération")]),
    ("The strike went on.\n\nMORE ON THIS STORY: the unions' demands\n\nTalks resume.",
     [("BPL001", "MORE ON THIS STORY: the unions' demands")]),
    ("The strike went on.\n\nTous droits réservés Ouest-France 2024\n\nTalks resume.",
     [("BPL001", "Tous droits réservés Ouest-France 2024")]),
    ("The strike went on.\n\nThis interview was first published in Les Echos.\n\nTalks resume.",
     [("BPL001", "This interview was first published in Les Echos.")]),
])
def test_furniture_and_doubles(text, expected):
    assert warnings(text, "BPL001", "BPL003", "REP001") == expected


@pytest.mark.parametrize("text", [
    "The exhibition lets visitors relive the ceremony in pictures at the city gallery.",
    "He was born in Panama, Panama, and moved to Mexico, Mexico.",
    "Sorry, sorry, he said. Now, now, calm down.",
    "\"Allez, Allez\" sang the fans in Lens.",
    "The gallery's director, Anne Dubois, said the photos would tour.",
    "Photo agencies such as AFP and Reuters sell images / videos worldwide.",
    "The article was first published in Le Monde, which later corrected it.",
    "WATCH what happens next, the presenter said with a smile.",
])
def test_furniture_and_doubles_traps(text):
    assert warnings(text, "BPL001", "BPL003", "REP001") == []
