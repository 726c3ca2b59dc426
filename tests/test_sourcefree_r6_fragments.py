"""Issue 13, sixth pass: verbless sentences that are a cut-off time adverbial or a head count (FRG002 warnings);
partitive appositions, irregular participles and relative openers after a preposition standing alone (FRG003)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def fragments(text: str) -> list[str]:
    report = check_text(text, Config(select=("FRG002", "FRG003"), models=False))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


POSITIVES = [
    ("The dam held for a week. Despite the heaviest storms in forty years. Engineers now fear for the spillway.",
     "Despite the heaviest storms in forty years."),
    ("The museum reopened to visitors. After two years of restoration. The queue stretched along the quay.",
     "After two years of restoration."),
    ("The vote went ahead. Amid the anger of the northern provinces. Turnout was low.",
     "Amid the anger of the northern provinces."),
    ("The port is paralysed. Dozens of lorries on the approach roads to the terminal. Dockers say it will go on.",
     "Dozens of lorries on the approach roads to the terminal."),
    ("Rescuers are still searching. 300 homes without electricity in the upper valley. The storm has moved east.",
     "300 homes without electricity in the upper valley."),
    ("The coastguard rescued eleven sailors. Three of them taken to hospital in Brest by helicopter.",
     "Three of them taken to hospital in Brest by helicopter."),
    ("The bridge is closed to lorries. Hit by a barge during the floods of last winter.",
     "Hit by a barge during the floods of last winter."),
    ("The two sides met in Doha in March. During which the first prisoner exchange was agreed.",
     "During which the first prisoner exchange was agreed."),
    ("The injured were taken to Lille. Where one of them died two days later.",
     "Where one of them died two days later."),
]

TRAPS = [
    "The dam held for a week. Despite the rain, the spillway held. Engineers are relieved.",
    "The museum reopened. Following the restoration, visitors returned in numbers.",
    "The vote went ahead. Amid fears of unrest, turnout was low in the north.",
    "The port is paralysed. Dozens of container ships wait at anchor off the coast.",
    "Dozens of container ships at anchor off the coast",
    "The museum reopened. \u201cFollowing two years of restoration work, at last.\u201d The queue was long.",
    "The coastguard rescued eleven sailors. Three of them spent the night on a buoy.",
    "The coastguard rescued eleven sailors. Several of us already knew the captain.",
    "The bridge is closed. Hit by a barge in the winter, it needs new piers.",
    "The injured were taken to Lille. Where they will go next is unclear.",
]


@pytest.mark.parametrize("text,span", POSITIVES)
def test_reported(text, span):
    assert span in fragments(text)


@pytest.mark.parametrize("text", TRAPS)
def test_traps_silent(text):
    assert fragments(text) == []
