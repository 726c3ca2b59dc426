"""Issue 13, sixth round: site furniture in wordings no list holds (the reader addressed, a label before a
promotion, an offer without a verb, a newsroom's credit, an update notice), a doubled auxiliary, and French
found by its shape."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str, select: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(select=(select,), models=False))
    return [(f.code, f.text) for f in report.findings if f.severity >= Severity.WARNING]


def framed(line: str) -> str:
    return f"The talks went on late into the night.\n\n{line}\n\nThe vote is on Sunday."


@pytest.mark.parametrize("line", [
    "Our live is over. Thank you for having followed it with us.",
    "This live is now closed. Thanks for following us and see you tomorrow.",
    "Ukraine war: our reporter in Kyiv takes your questions live at noon",
    "You have read 3 free articles this month. Subscribe to read without limit.",
    "The essentials of the day's news, every evening in your inbox",
    "You can follow the results live on our site from 8 pm.",
    "Editor's note: this article was updated on Tuesday with the new toll.",
    "Editorial staff with AFP",
    "Staff and agencies",
    "This story will be updated.",
    "To go further: why the pension reform divides the French",
    "Sign in to continue reading.",
])
def test_furniture_found(line):
    text = framed(line)
    found = warnings(text, "BPL")
    assert found and all(line.startswith(t.rstrip(".")) or t in line for _, t in found)


@pytest.mark.parametrize("line", [
    "How do you react today to the release of the four hostages?",
    "You can't win every match, the coach told his players after the defeat.",
    "Our correspondent in Beirut said the port was still burning on Wednesday.",
    "The prime minister met the staff of AFP and Reuters on Monday.",
    "More information about the plan will come next week, the ministry said.",
    "The minister wants to go further: the bill will be amended in the Senate.",
    "He refused to read the rest of the statement to the press.",
    "Another use: to photograph a shopper in a store and follow his progress thanks to facial recognition.",
])
def test_news_left_alone(line):
    assert warnings(framed(line), "BPL") == []


@pytest.mark.parametrize("text,expected", [
    ("Laboratories in Britain have has already obtained approval.", "have has"),
    ("The union has have called a strike.", "has have"),
    ("The government, which had argued that that its policy was ambitious, lost.", "that that"),
])
def test_doubled_auxiliary_found(text, expected):
    assert ("REP001", expected) in warnings(text, "REP")


@pytest.mark.parametrize("text", [
    "What they are is unclear.", "What it is are lies.", "She had had enough.", "He said that that was all.",
    "What it was were lies.",
])
def test_doubled_auxiliary_traps(text):
    assert warnings(text, "REP") == []


@pytest.mark.parametrize("text,expected", [
    ("The polls were bad. Au fond, his handling of the crisis had become a problem.", "Au fond"),
    ("The polls were bad. Du coup, the president changed course.", "Du coup"),
    ("For years the country was described as la dernière dictature d'Europe.", "la dernière dictature d'Europe"),
    ("Thousands gathered. La télévision d'État broadcast images of mourners.", "La télévision d'État"),
    ("The minister denounced a véritable scandale d'État after the revelations.", "véritable scandale d'État"),
    ("For the Kremlin, it is a new camouflet, six weeks after the annexation.", "camouflet"),
])
def test_french_by_shape(text, expected):
    assert ("UNT002", expected) in warnings(text, "UNT")


@pytest.mark.parametrize("text", [
    "Residents of the rue d'Aubagne gathered on the place de la Concorde.",
    "The party of La France insoumise and the Confédération paysanne marched together.",
    "A collective, Urgence notre police assassine, filed a complaint.",
    "This mechanism, known as exécution provisoire (provisional enforcement), applies at once.",
    "Released in 1960, À bout de souffle – known in English as Breathless – made him famous.",
    "For many, Godard was the model of the auteur, a director who wrote and edited his films.",
    "En route to Brussels, the minister stopped in Lille. Au contraire, he said, nothing was decided.",
    "It was a coup d'État, the Conseil d'État ruled.",
])
def test_french_by_shape_traps(text):
    assert warnings(text, "UNT") == []
