"""OMI003's seams: closed word classes that show a dropped noun, verb or subject, and the traps around them."""
from __future__ import annotations

import pytest

from checker.rules.bitext.seams import seams


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.kind) for s in seams(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("The vehicle itself was removed from the after the accident.", [("the after", "noun")]),
    ("Their advice is tailored to their.", [("their.", "noun")]),
    ("Therefore, reading this grammar introduction would help you learn a about Persian grammar.",
     [("a about", "noun")]),
    ("The itself was removed from the crash site.", [("The itself", "noun")]),
    ("The unions will the strike until Thursday.", [("will the", "verb")]),
    ("Can also seek advice from governments other than your own.", [("Can", "subject")]),
    ("Is also known as the city of lights.", [("Is", "subject")]),
])
def test_seams_found(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "The will of the people must be respected.",
    "He kept the whole can, and it was empty.",
    "Any more than I will.",
    "Should an allergic reaction occur, call a doctor.",
    "Had he known, he would have stayed.",
    "Can the government still save the reform?",
    "Vitamin A is found in carrots.",
    "You can leave home at 5 a.m., running to the hospital.",
    "They take their about thirty serious cases a day elsewhere.",
    "We can at a critical time serve this community.",
    "Was given a three-year prison sentence",
    "The A-list actors were there, as was the B team.",
    "He offered to share the the expertise of his country.",  # a doubled word: REP001's, not a dropped noun
])
def test_traps_not_found(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("During the 1980s he on shows such as Taxi and Cheers.", [("he on", "predicate")]),
    ("They the tour after the singer injured himself.", [("They the", "predicate")]),
    ("Vials have also been by the government.", [("been by", "participle")]),
    ("Reintegration shock occurs than culture shock.", [("occurs than", "comparative")]),
    ("Severe weather conditions can anywhere in the world.", [("can anywhere", "verb")]),
    ("After seven days of defeats, Bush his plan to expand trade in Asia.", [("Bush his", "predicate")]),
])
def test_verb_and_comparative_seams(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "They in turn thanked her, and he at first refused.",
    "She has been by his side since the accident.",
    "It has been by far the wettest summer.",
    "Prices rose faster in the north than in the south.",
    "Other than that, rather than wait, he left.",
    "More people came this year than last year.",
    "We the people of the United States.",
    "In his speech, the president gave Obama his full support.",
])
def test_verb_and_comparative_traps(text):
    assert _found(text) == []
