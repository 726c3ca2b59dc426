"""Issue 13, tenth pass: calques as classes (CAL004): seat dwellers, locutions with a slot, light verbs."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The calque warnings of a text (CAL001, CAL002 and CAL004 share the phrases among them)."""
    report = check_text(text, Config(models=False, select=("CAL",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


FRENCH_SHAPES = [
    ("The decision was taken by the host of the Élysée alone.", "host of the Élysée"),
    ("The tenant of the Quirinal dissolved parliament.", "tenant of the Quirinal"),
    ("The new lodger of Matignon met the unions.", "lodger of Matignon"),
    ("The master of Zhongnanhai received his guest.", "master of Zhongnanhai"),
    ("The hospital is at the height of its capacity.", "at the height of"),
    ("The club was not at the height of its ambitions this season.", "at the height of"),
    ("On the plan economic, the year was difficult.", "On the plan economic"),
    ("Facing to the crisis, the government cut spending.", "Facing to"),
    ("The mayor gave his accord to the project.", "gave his accord"),
    ("Investigators put the accent on the prevention of fraud.", "put the accent on"),
    ("The team made a good operation by beating Lille.", "made a good operation"),
    ("The council put in work the new regulations.", "put in work"),
]

ENGLISH_SHAPES = [
    "The tenants of the building complained about the heating.",
    "The tenant of Grenfell Tower gave evidence on Monday.",
    "The inhabitants of Bunagana fled across the border.",
    "The host of the Oscars opened the ceremony.",
    "At the height of the crisis, 3,000 people fled.",
    "The Senate voted on the economic plan on Tuesday.",
    "The hotel, facing the sea, has forty rooms.",
    "The two countries signed an accord on trade.",
    "She spoke with a strong Scottish accent on the radio.",
    "The surgeon made a good operation, the patient's family said.",
    "He put in work at the gym every morning.",
]


@pytest.mark.parametrize("text,span", FRENCH_SHAPES)
def test_french_shape_is_reported(text, span):
    found = spans(text)
    assert any(span in f or f in span for f in found), (text, found)


@pytest.mark.parametrize("text", ENGLISH_SHAPES)
def test_english_shape_is_left_alone(text):
    assert spans(text) == [], text


# the locution table (checker/data/calque_locutions.yaml): literal shapes of French locutions, with their slot
LOCUTIONS = [
    ("At the issue of the meeting, the minister spoke to the press.", "At the issue of"),
    ("Prices vary in function of the season.", "in function of"),
    ("The two leaders met in the margin of the G20 summit.", "in the margin of"),
    ("At the term of three days of talks, a deal was reached.", "At the term of"),
    ("A train at destination of Lyon was cancelled.", "at destination of"),
    ("The state will contribute at height of 2 million euros.", "at height of"),
    ("At the eve of the vote, protests began.", "At the eve of"),
    ("He was at the origin of the complaint against the mayor.", "at the origin of"),
    ("The strikers, at the number of 300, blocked the depot.", "at the number of"),
    ("At the occasion of his visit, he met students.", "At the occasion of"),
    ("The debate within the breast of the party went on all night.", "within the breast of"),
    ("The protest took place on a background of anger over prices.", "on a background of"),
    ("In what concerns the budget, nothing has been decided.", "In what concerns"),
    ("The text was adopted at the unanimity.", "at the unanimity"),
]

ENGLISH_LOCUTIONS = [
    "We must look at the issue of housing before the summer.",
    "Investors were angry at the terms of the deal.",
    "The plane flew at a height of 300 m over the bay.",
    "At the height of the crisis, the bank lost a third of its value.",
    "The notes in the margin of the manuscript are his.",
    "Scientists study the origin of the universe.",
    "The number of victims rose to 12 on Sunday.",
    "On the occasion of his 80th birthday, the town held a party.",
    "The text was adopted unanimously.",
    "On the eve of the vote, the party met.",
]


@pytest.mark.parametrize("text,span", LOCUTIONS)
def test_locution_shape_is_reported(text, span):
    found = spans(text)
    assert any(span in f or f in span for f in found), (text, found)


@pytest.mark.parametrize("text", ENGLISH_LOCUTIONS)
def test_english_locution_is_left_alone(text):
    assert spans(text) == [], text


# constructions written over word classes in the same table
CONSTRUCTIONS = [
    ("The former mayor risks up to seven years of prison.", "seven years of prison"),
    ("Two cars were burnt in the night of Tuesday to Wednesday.", "in the night of Tuesday to Wednesday"),
    ("Lens were eliminated in the quarter of final.", "quarter of final"),
    ("The airline is the first private employer of the region.", "first private employer"),
    ("The question of his resignation is now posed.", "is now posed"),
    ("The helicopter posed itself in a field.", "posed itself"),
    ("The suspect was released with an electronic bracelet.", "electronic bracelet"),
    ("A psychological support cell was set up at the school.", "psychological support cell"),
    ("The singer died surrounded by her close ones.", "close ones"),
    ("The enigma remains entire, the investigators admit.", "remains entire"),
    ("The former president is targeted by an international arrest warrant.", "is targeted by"),
    ("The start-up made its first steps on the Nasdaq.", "made its first steps"),
]

ENGLISH_CONSTRUCTIONS = [
    "He served seven years in prison for the robbery.",
    "It rained during the night and the roads were closed.",
    "The quarter-finals will be played on Sunday.",
    "The airline was the first employer in the region to offer paid leave.",
    "The question was posed by a reporter at the briefing.",
    "She posed for photographs outside the court.",
    "His close friends attended the funeral.",
    "The mystery of the missing plane remains unsolved.",
    "The company was targeted by hackers last year.",
    "The child took its first steps at ten months.",
]


@pytest.mark.parametrize("text,span", CONSTRUCTIONS)
def test_construction_is_reported(text, span):
    found = spans(text)
    assert any(span in f or f in span for f in found), (text, found)


@pytest.mark.parametrize("text", ENGLISH_CONSTRUCTIONS)
def test_english_construction_is_left_alone(text):
    assert spans(text) == [], text


def test_short_time_working():
    assert spans("Half the staff were placed in partial unemployment in April.") == ["partial unemployment"]
