"""Issue 13, fourth round: two-word French phrases inside English sentences (a French preposition before a noun,
a French adjective beside a cognate noun) and the French names and English words that stay silent."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str) -> list[str]:
    report = check_text(text, Config(select=("UNT",), models=False))
    return [f.text for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text,phrase", [
    ("The final was played, sans surprise, in front of a full stadium.", "sans surprise"),
    ("The reform will pass malgré tout, the minister believes.", "malgré tout"),
    ("The company, selon plusieurs sources, will cut 300 jobs.", "selon plusieurs"),
    ("The jury reached its intime conviction after a long night.", "intime conviction"),
    ("He welcomed the decision avec prudence on Tuesday.", "avec prudence"),
])
def test_french_phrases_are_found(text, phrase):
    assert phrase in warnings(text)


@pytest.mark.parametrize("text", [
    "The decree was published in the Journal officiel on Friday.",
    "The Union syndicale des magistrats called the verdict harsh.",
    "The Cour des comptes criticised the spending.",
    "The poster used a sans serif font.",
    "He spoke with conviction and without surprise.",
    "Machu Picchu consists of three main structures.",
    "The chef served a boeuf bourguignon, a French beef stew.",
])
def test_names_and_english_stay_silent(text):
    assert warnings(text) == []
