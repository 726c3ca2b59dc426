"""OMI003's seams for dropped verbs and subjects: subject pronouns, modals and subordinators left without
their verb or subject, statements opening on an auxiliary, and the traps of legitimate English around them."""
from __future__ import annotations

import pytest

from checker.rules.bitext.seams import seams


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.kind) for s in seams(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("In 2014 I the eclipse from Melbourne with friends.", [("I the", "predicate")]),
    ("She the officers to her black car.", [("She the", "predicate")]),
    ("When I couldn't the eclipse due to clouds, I left.", [("couldn't the", "verb")]),
    ("I don’t them doing ten more seasons.", [("don’t them", "verb")]),
    ("Emin does not the drawing himself.", [("not the", "verb")]),
    ("And you will them best with binoculars.", [("will them", "verb")]),
    ("Kiev is to blame because are responsible for the war.", [("because are", "subject")]),
    ("The shops are open on Sunday, where can buy almost anything.", [("where can", "subject")]),
    ("Is the seventh EU country to suffer the impact of the virus.", [("Is", "subject")]),
    ("Apparently was the flag of Greater Albania.", [("was", "subject")]),
    ("Yet is still in the running to be prime minister.", [("is", "subject")]),
    ("Signed a law that prohibits the sale of violent games.", [("Signed", "subject")]),
    ("Governor Arnold Schwarzenegger a law that prohibits the sale.", [("Schwarzenegger a", "predicate")]),
    ("Nearly 20,000 houses were by the Israeli army.", [("were by", "participle")]),
    ("Their production is controlled by biological.", [("by biological.", "noun")]),
])
def test_dropped_verb_or_subject_found(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "After World War I the country was poor.",  # a numeral, not a subject
    "In World War I the country was poor.",
    "We the people of the United States.",  # an apposition
    "Were the plan to fail, the government would fall.",  # an inverted condition
    "Had the minister known, he would have resigned.",
    "Don't forget your umbrella.",  # an imperative
    "Provided the weather holds, the match will go ahead.",
    "On Monday the minister resigned, and Last June the president did.",
    "The hotel was by far the best in town.",
    "They live in homogeneous, open habitats.",  # coordinated adjectives
    "The plan is small but is growing, and can be extended.",  # a shared subject
    "\"Was the matter discussed at all,\" the commissioner asked.",  # a quoted question
    "Customers ask where is my data stored.",  # an embedded question
    "As is the case in France, prices rose.",  # 'as' inverts
    "Make it the best year yet, he said.",  # 'it' as an object
    "I can't either, she said.",
    "Rarely has a minister resigned so fast.",  # an inverting adverb
    "The Iraq Study Group presented its report today.",
])
def test_traps_not_found(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Have lived in Dublin for ten years.", [("Have", "subject")]),
    ("When I the eclipse from Melbourne, clouds parted.", [("I the", "predicate")]),
    ("In particular, is claimed that we can read faces.", [("is", "subject")]),
    ("They probably this is the end of the world.", [("They probably", "predicate")]),
    ("But if Labor our unfair budget, we will restore it.", [("Labor our", "predicate")]),
    ("Emin does not how to draw.", [("not how", "verb")]),
])
def test_more_dropped_words_found(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Have a look at the new stadium.",  # an imperative
    "Among the victims, were two children.",  # a subject after the verb
    "They probably know it already.",
    "It does not matter how you start.",
    "If Labor wins, our budget is safe.",
])
def test_more_traps_not_found(text):
    assert _found(text) == []
