"""Issue 13, round 12: a club named by its two colours, French-style and invariable ('the Marine and White'; CAL004)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The CAL004 warnings of a text."""
    report = check_text(text, Config(models=False, select=("CAL004",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text, span", [
    ("It is a cataclysm for the Marine and White, relegated after forty years.", "Marine and White"),
    ("The Blood and Gold beat Lille 2-0 on Saturday evening.", "Blood and Gold"),
    ("Toulouse welcomed the Red and Black in front of a full stadium. The visitors won.", "Red and Black"),
])
def test_a_colour_pair_for_a_club_is_reported(text, span):
    assert spans(text) == [span]


@pytest.mark.parametrize("text", [
    "Guests at the Black and White Ball wore masks.",  # a name that goes on
    "Fans of the Black and Whites sang all night.",  # the English plural nickname
    "She read The Red and the Black at school.",  # the novel's title
    "The map shows the red and blue of the two parties.",  # colours, not a name
    "The Blue and Gold Room of the palace reopened.",
])
def test_names_titles_and_plain_colours_are_left_alone(text):
    assert spans(text) == []
