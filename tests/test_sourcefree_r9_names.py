"""Issue 13, ninth pass: a surname slip that makes a word ('Parrish' / 'Parish') after a rarer shared first name."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str) -> list[str]:
    report = check_text(text, Config(models=False, select=("ENT",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


SLIPS = [
    ("The victim, Joanna Parrish, was 20. The judge read a letter by Joanna Parish to the court.", "Joanna Parish"),
    ("Investigators questioned Mathilde Bellamy. Later, Mathilde Belamy denied the charges.", "Mathilde Belamy"),
    ("The curator Ottavia Bishop opened the show. Ottavia Bisshop thanked the sponsors.", "Ottavia Bisshop"),
    ("The skipper Clarisse Cooper won. Clarisse Coper thanked her crew.", "Clarisse Coper"),
]

DISTINCT = [
    # a first name many people share: two men may be meant
    "John Parrish chairs the board. John Parish, a neighbour, told the court he had seen nothing.",
    # different first names: relatives or strangers sharing a surname
    "The coach Rafael Nadal won. His uncle Toni Nadal was in the stands.",
    "Joanna Parrish was 20. Her brother Daniel Parish, who spells the name differently, spoke to the press.",
]


@pytest.mark.parametrize("text,span", SLIPS)
def test_slip_after_shared_first_name(text, span):
    assert span in warnings(text)


@pytest.mark.parametrize("text", DISTINCT)
def test_distinct_people_left_alone(text):
    assert warnings(text) == []
