"""Speakers, quotes13 development pass (French): « contester avoir » reports a denial like « nier avoir », while
« contester » with a noun object (« conteste le projet ») reports nothing; fresh paragraphs."""
from __future__ import annotations

import pytest

from benchmarks.quotes_eval import same_speaker
from tests.quote_speakers import quotes_in

REPORTED = [
    ("Le maire de Saint-Aubin, Gratien Moulinié-Vaur, a été entendu par les gendarmes. Il conteste avoir favorisé"
     " l'entreprise de son beau-frère.", "favorisé l'entreprise", "Gratien Moulinié-Vaur"),
    ("L'ancienne directrice de la crèche, Apolline Sarrazac, conteste avoir été prévenue des faits dès 2021.",
     "prévenue des faits", "Apolline Sarrazac"),
]

NOTHING_REPORTED = [
    "Les riverains contestent le projet de parking souterrain depuis deux ans.",
    "La fédération conteste la décision de la ligue et saisit le tribunal administratif.",
    "Le club a contesté avant-hier la sanction infligée à son gardien.",
]


@pytest.mark.parametrize(("text", "words", "expected"), REPORTED)
def test_contester_avoir_reports_a_denial(text, words, expected):
    quote = next((q for q in quotes_in(text, "fr") if words in q.text), None)
    assert quote is not None, f"no quote holds {words!r}"
    found = quote.resolved_speaker or quote.speaker
    assert same_speaker(expected, found), f"{words!r}: expected {expected!r}, found {found!r}"


@pytest.mark.parametrize("text", NOTHING_REPORTED)
def test_contester_with_a_noun_object_reports_nothing(text):
    assert [q.text for q in quotes_in(text, "fr")] == []
