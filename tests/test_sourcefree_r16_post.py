"""Issue 13, round 16 (after scoring sourcefree14): guards on the 'since' present, exonym endings, 'tch' names known as
written, francophone-Africa names, transliterated variants and 'to half-mast' after a verb of lowering."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.transliteration.respell import respell


def spans(text: str, code: str) -> list[str]:
    """The warnings of one rule on a text."""
    report = check_text(text, Config(models=False, select=(code,)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


POSITIVES = [
    ("The strike paralyses the port since Monday.", "GRB012", "paralyses the port since Monday"),
    ("In France the strike paralyses the port since Monday.", "GRB012", "paralyses the port since Monday"),
    # a noun read as an -s form before the real verb: the search goes on after it
    ("They seek a way out of the crisis that ravages the two regions since 2016.", "GRB012",
     "ravages the two regions since 2016"),
    ("According to witnesses, the crowd was waiting since the afternoon.", "GRB012",
     "was waiting since the afternoon"),
    ("A man dressed in an uniform of the police opened fire.", "GRB001", "an uniform"),
    ("It was an European decision taken at an university.", "GRB001", "an European"),
    ("The embassy flag was put to half-mast on Friday.", "GRB001", "to half-mast"),
    ("Flags were flown in half-mast over the prefecture.", "GRB001", "in half-mast"),
    ("He flew to Tasmanie on Monday.", "TRL003", "Tasmanie"),
    ("The SBU arrested Oleg Krasnovitch in Kyiv on Monday.", "TRL002", "Krasnovitch"),
]


@pytest.mark.parametrize("text, code, span", POSITIVES)
def test_the_french_shape_is_still_reported(text, code, span):
    assert span in spans(text, code)


TRAPS = [
    # a plural noun after a preposition and its modifiers, not a present tense
    ("The management blames the difficulties on the arrival of cheap imports, and on soaring energy prices "
     "since 2022.", "GRB012"),
    ("Households suffer from rising gas prices since 2021.", "GRB012"),
    ("The crowd had been waiting since the afternoon.", "GRB012"),  # the past perfect English uses
    ("The economy was growing at its fastest pace since 2008.", "GRB012"),  # 'since' after a superlative
    ("An unidentified man, an unusual step and an umbrella.", "GRB001"),  # 'an' before a vowel sound
    # a flag is lowered *to* half-mast in English
    ("Mr MacNeil ordered the flags to be lowered to half-mast on all public buildings.", "GRB001"),
    ("The flags were lowered to half-mast on all public buildings.", "GRB001"),
    # a French place whose '-ie' respelling is a French name too, not an English exonym
    ("Several sites, including the Arkema plant of Jarrie, depend on its production.", "TRL003"),
    # a francophone-African name in a story from Burkina Faso, whose paragraph names no country
    ("Gunmen attacked a convoy near Fada N'Gourma in eastern Burkina Faso.\n\nThe governor of the Est region, "
     "Colonel Saïdou Sanou, gave a provisional toll.\n\nThe president spoke from Ouagadougou.", "TRL003"),
    # an '-itch' name English text writes as it is, more than respelled
    ("The president of French Polynesia, Édouard Fritch, welcomed a historic gesture.", "TRL002"),
]


@pytest.mark.parametrize("text, code", TRAPS)
def test_english_usage_and_own_spellings_are_left_alone(text, code):
    assert spans(text, code) == []


def test_the_english_transliteration_is_no_misspelling_of_the_french_one():
    text = ("The SBU chief Vasyl Maliouk planned the drone strike.\n\n"
            "Mr Maliuk, who keeps a low profile, has led the service since 2022.")
    assert spans(text, "ENT001") == []


@pytest.mark.parametrize("word", ["Jarrie"])
def test_an_ending_french_writes_as_much_as_english_is_no_exonym(word):
    assert respell(word, as_place=True) is None


@pytest.mark.parametrize("word, english", [("Tasmanie", "Tasmania"), ("Normandie", "Normandy")])
def test_exonym_endings_still_respelled(word, english):
    found = respell(word, as_place=True)
    assert found is not None and found.english == english


@pytest.mark.parametrize("text, span", [
    ("The director of the agency, Christophe Lannelongue, said the trains were ready.\n\n"
     "Mr Lannelongues said further transfers were possible.", "Lannelongues"),
    # the shorter name is a word ('plante'), which matters for a shortening, not for an added 's'
    ("The mayor, Valérie Plante, spoke on Friday.\n\nMrs Plantes promised that the city would act.", "Plantes"),
])
def test_an_s_added_after_a_personal_title_is_a_slip(text, span):
    assert spans(text, "ENT001") == [span]


@pytest.mark.parametrize("text", [
    "Vladimir Putin spoke on Friday.\n\nThe Putins were seen at the opera.",  # a family, not a slip
    "Christophe Lannelongue spoke on Friday.\n\nThe Lannelongues live in Metz.",
])
def test_a_family_is_no_slip(text):
    assert spans(text, "ENT001") == []
