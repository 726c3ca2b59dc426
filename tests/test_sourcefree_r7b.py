"""Issue 13, seventh round (b): stray attributions by role, medium and incise, page furniture naming the outlet's
own pages, and French filling an English noun phrase; sentences written for these tests (not taken from any
set), with traps."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str, prefix: str) -> list[str]:
    config = Config(select=(prefix,), models=False)
    return [text[f.start:f.end] for f in check_text(text, config).findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text, expected", [
    ("“We will appeal this decision,” the lawyer for the family told AFP on Friday evening, he declared.",
     "he declared"),
    ("“The harvest is lost,” a spokesman for the wine growers of the Gironde told Sud Ouest, he lamented.",
     "he lamented"),
    ("“The team gave everything,” the captain told reporters in the mixed zone, he summed up.", "he summed up"),
    ("“I cannot believe it,” she kept repeating to the cameras at the finish line, she confided.", "she confided"),
    ("The region denied any responsibility in a statement released on Sunday, it said.", "it said"),
    ("The novelist had described her childhood in an interview with a weekly magazine, she wrote.", "she wrote"),
    ("The airline will cancel 40 flights, it said in a press release, the company added.", "the company added"),
])
def test_second_attribution_found(text, expected):
    assert expected in warnings(text, "ATT")


@pytest.mark.parametrize("text", [
    "“The talks failed,” he said. “We will strike again tomorrow,” he added.",
    "“We will appeal,” said the lawyer for the family, who added that his client was innocent.",
    "The mayor, she said, would not resign before the end of her term.",
    "The union announced a strike in a statement on Monday, he said.",  # a body's statement, a person reports it
    "The minister presented her budget in a speech to the Assembly, he said.",  # "her" is another person
    "The club confirmed the transfer in a statement, according to Reuters.",  # an outlet reports
    "He said the plant would close, the union said.",  # one report of another, no incise
    "The case was closed in a hearing on Monday, it emerged.",  # impersonal "it"
])
def test_single_attribution_left_alone(text):
    assert warnings(text, "ATT") == []


@pytest.mark.parametrize("text, expected", [
    ("“Nothing is decided,” Matignon's entourage indicated on Monday. It was specified.", "It was specified."),
    ("The bridge will reopen in May, the prefecture said. It was stressed.", "It was stressed."),
    ("“We owe them the truth,” Anne Morel, the mayor of the town, said on Sunday. Insisted the councillor.",
     "Insisted the councillor."),
])
def test_orphan_attribution_found(text, expected):
    assert expected in warnings(text, "ATT002")


@pytest.mark.parametrize("text", [
    "The concert was called off. It was announced.",
    "The vote was postponed. It was decided.",
    "He explained. Then he left the room.",  # a verb English lets stand alone: info at most
    "Prices fell, officials said. Stressed the point, the minister moved on.",
])
def test_orphan_traps(text):
    assert warnings(text, "ATT002") == []


BEFORE, AFTER = "The council met on Tuesday to vote the budget.\n\n", "\n\nThe mayor said the vote was close."


@pytest.mark.parametrize("line", [
    "PHOTOS. The carnival's last parade, in pictures",
    "VIDEO. The moment the dyke gave way",
    "Rugby: all the scores and standings on our sports page",
    "Book fair: all our interviews with the authors are in our dedicated section",
    "Listen to our podcast “Ten minutes of news” on your favourite platform",
    "Elections: follow our “Town halls 2026” thread and get an alert for every new article",
    "Join the conversation on our social networks",
])
def test_outlet_page_furniture_found(line):
    assert warnings(BEFORE + line + AFTER, "BPL") == [line]


@pytest.mark.parametrize("line", [
    "Read the report of the hydrologists and you will understand why the river overflowed, the mayor said.",
    "The photograph, taken from a helicopter, shows the flooded village.",  # a caption that is content
    "“Our site will reopen next year,” the director of the museum said.",
    "The results are on the ministry's website, officials said.",
    "PHOTOS taken by the police were shown to the jury on Monday.",
    "The association supports each application of the residents, its president said.",
    "Register now, the organisers urged volunteers, as only 200 places remained.",
])
def test_outlet_page_traps(line):
    assert warnings(BEFORE + line + AFTER, "BPL") == []


@pytest.mark.parametrize("text, expected", [
    ("The investigating judges pronounced a non-lieu in the case on Friday.", "non-lieu"),
    ("The farmers denounced the “ras-le-bol” of a whole profession.", "ras-le-bol"),
    ("For the mayor, it was a “moment historique” for the town.", "historique"),
    ("The prefect described a “climat délétère” in the suburbs.", "climat délétère"),
    ("The minister's decision was a camouflet for the unions.", "camouflet"),
])
def test_french_in_noun_slot_is_a_warning(text, expected):
    assert any(expected in found for found in warnings(text, "UNT002"))


@pytest.mark.parametrize("text", [
    "The crowd sang “Hymne à l'amour” at the end of the ceremony.",  # a title
    "The report was a tour de force, critics said.",  # a loanword
    "The gilets jaunes, or yellow vests, marched again on Saturday.",  # glossed
    "The restaurant served a crème brûlée after the main course.",
    "The committee praised the pertinence of the proposal.",  # English, though rare
])
def test_noun_slot_traps(text):
    assert warnings(text, "UNT002") == []
