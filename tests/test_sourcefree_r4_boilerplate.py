"""Issue 13, fourth round: site furniture recognised by its features (a call to the outlet's own content, a
link-like label, a credit, a byline, a paywall label) and the story lines that look like it."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.boilerplate.reader_prompt import is_furniture


def furniture(line: str) -> list[str]:
    text = f"The council met on Monday.\n\n{line}\n\nThe vote is on Friday."
    report = check_text(text, Config(select=("BPL",), models=False))
    return [f.code for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("line", [
    "Read our analysis: why the reform divides the majority",
    "Take part in our poll on the four-day week",
    "▸ Consult the list of polling stations near you, updated every hour",
    "Also read — The ten dates that shaped the presidency",
    "(Photograph by Jean Martin / AP)",
    "Story reserved for subscribers",
    "By Hélène Morel, our correspondent in Rome",
    "Credits: Reuters",
    "Caption: the procession leaving the cathedral",
    "Last updated at 9:15",
    "Already registered? Sign in",
])
def test_furniture_in_other_wordings(line):
    assert furniture(line)


@pytest.mark.parametrize("line", [
    "The newspaper's readers voted in a poll published on Sunday, and 58% backed the reform.",
    "“Read our analysis before you vote,” the leaflet told residents of the suburb.",
    "Residents were asked to consult the list of shelters near them, the prefect said.",
    "By Wednesday, the rescuers had reached the last village of the valley.",
    "By Jean Martin's count, forty houses were lost.",
    "Credit card payments rose by 12% last year.",
    "The app, which has two million users, lets subscribers follow the matches live.",
    "Above all, the unions want a vote.",
])
def test_story_lines_stay_silent(line):
    assert furniture(line) == []


def test_an_outlet_call_needs_no_listed_word():
    assert is_furniture("Discover our portrait of the new archbishop")
    assert not is_furniture("Discover the portrait of the new archbishop, the diocese said on Monday.")
