"""Issue 13, ninth pass: French grammar under English words (GRB013), wordings none of the registry examples use."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.garbled.french_grammar import grammar_hits
from checker.rules.garbled.postposed import postposed_hits


def spans(text: str, code: str = "GRB") -> list[str]:
    """The warnings of the garbled rules (GRB013 leaves to GRB001 what its listed patterns report)."""
    report = check_text(text, Config(models=False, select=(code,)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


def covered(span: str, found: list[str]) -> bool:
    return any(span in f or f in span for f in found)


FRENCH = [
    ("The village has had no doctor since dozens of weeks, the mayor said.", "since dozens of weeks"),
    ("There was a time where the whole valley lived from the mine.", "a time where"),
    ("The factory is now more small than the one in Lyon.", "more small"),
    ("It was the most cold winter of the decade.", "the most cold winter"),
    ("The most of the pupils went home at noon.", "The most of the"),
    ("Perhaps will follow the other unions next week.", "Perhaps will follow the"),
    ("So have voted the members of the board on Friday.", "So have voted the"),
    ("The farmers which blocked the road were fined.", "farmers which"),
    ("Mrs Martin, which had chaired the committee, stepped down.", "Mrs Martin, which"),
    ("He defended the plan all while admitting its cost.", "all while admitting"),
    ("The new law, imposing it to the whole population, was struck down.", "imposing it to the"),
    ("Unions criticised the programme of modernisation of the network.", "programme of modernisation of the network"),
    ("Parliament adopted the budget annual on Tuesday.", "budget annual"),
    ("The reform constitutional will be put to a vote.", "reform constitutional"),
    ("The soldiers obeyed to the order and the boy resembled to his father.", "obeyed to"),
    ("He discussed about the budget with the unions.", "discussed about"),
    ("The fans listened the anthem in silence.", "listened the"),
    ("“The vote is lost,” conceded in an interview the party's leader, Mr Roux.", "conceded in an interview"),
    ("“Nothing has changed,” judge the authors of the report.", "judge the authors"),
]

ENGLISH = [
    "The village has had no doctor for several months, the mayor said.",
    "Rescuers arrived at the moment when the roof gave way; it was the place where he grew up.",
    "The youngest driver, aged 19, escaped unhurt.",
    "The factory is now smaller than the one in Lyon, and more young people work there.",
    "Prices will be more or less stable, and the most high-profile cases come first.",
    "The club made the most of the sunshine, and most of the pupils went home.",
    "So said the minister. Thus began a new era. So have the other unions.",
    "\"If I were a corrupt lawyer, which I am not, I would tell you,\" he said.",
    "The farmers, who blocked the road, were fined; the weather, which was cold, did not help.",
    "The rights of tens of thousands of people were at stake in the start of construction of the pipeline.",
    "The attorney general and the people concerned met, and the judges declared the vote constitutional.",
    "It is ten years since the factory closed, and there are ten years left on the lease.",
    "The championship final was played in Paris; the Cup final is next week.",
    "The bill was passed in 2010 and has been in force since 2012.",
    "The two clubs took part in the tournament; the fans listened to the anthem and discussed the match.",
    "“The vote is lost,” the party's leader admitted on Sunday. “It is over,” said the minister.",
    "Her film “Amour”, released in May, judged the critics harshly.",
    "The floods left 40 dead and made the news; the company made four offers.",
]


@pytest.mark.parametrize("text,span", FRENCH)
def test_french_grammar_reported(text, span):
    assert covered(span, spans(text))


@pytest.mark.parametrize("text", ENGLISH)
def test_english_left_alone(text):
    assert spans(text) == []


def test_grammar_hits_read_only_the_shapes_whose_words_occur():
    assert grammar_hits("The meeting ended early and everyone went home.") == []


def test_postposed_needs_a_noun_before_the_adjective():
    assert postposed_hits("The very annual meeting.") == []
    assert [h[:2] for h in postposed_hits("The decision final.")] == [(4, 18)]


def test_listed_wording_left_to_grb001():
    text = "The crisis is more big than the one of 2008."
    assert spans(text, "GRB013") == []
    assert spans(text, "GRB001") == ["more big than"]
