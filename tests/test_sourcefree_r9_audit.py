"""The source-free classes widened by the sourcefree8 audit (issue 13): each reads the class, not one string."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config


def _codes(text: str) -> set[tuple[str, str]]:
    return {(f.code, text[f.start:f.end]) for f in check_text(text, Config(models=False)).findings}


@pytest.mark.parametrize("text, code, span", [
    # a harsh ordeal in the predicate, not only before its noun (la concurrence est rude)
    ("The competition is rude, however.", "FFR003", "rude"),
    ("The winter was particularly rude for the herders.", "FFR003", "rude"),
    # court hearings in the plural, with the courtroom and the judgment as cues
    ("Tapie had followed the four months of audiences and was not in the courtroom for the verdict.", "FFR003",
     "audiences"),
    # a text that 'foresees', its subject carrying an apposition
    ("The bill, tabled in the Senate by two centrist members, foresees a fine for each offence.", "FFR004", "foresees"),
    # a timetable kept or missed
    ("The tramway opened a year behind the original calendar.", "FFR004", "calendar"),
    ("Work is proceeding according to the planned calendar, the mayor said.", "FFR004", "calendar"),
    # the scene of a match's emotions
    ("The coach of the squad could not hold back his tears on the lawn.", "FFR004", "lawn"),
    # unions of any trade
    ("The plan was written under pressure from the agricultural syndicates.", "FFR003", "syndicates"),
    # 'multiplier les clins d'œil, les allusions'
    ("The new model multiplies the winks to the original.", "CAL002", "multiplies"),
    ("The speech multiplied the allusions to the war.", "CAL002", "multiplied"),
    # 'en tête' after any verb of a race
    ("Bernal had passed in head, alone, at the summit.", "CAL004", "passed in head"),
])
def test_widened_classes_report(text: str, code: str, span: str) -> None:
    assert (code, span) in _codes(text)


@pytest.mark.parametrize("text, line", [
    ("Was this article useful to you? Yes | No", "Was this article useful to you? Yes | No"),
    ("Did you find this article helpful? Yes / No", "Did you find this article helpful? Yes / No"),
    ("Most read — 1. Floods: the toll rises 2. Strikes: what changes on Monday 3. Weather",
     "Most read — 1. Floods: the toll rises 2. Strikes: what changes on Monday 3. Weather"),
])
def test_page_furniture_in_other_shapes(text: str, line: str) -> None:
    body = "The council met on Monday to vote on the budget.\n\n"
    found = _codes(body + text + "\n\nThe vote is expected next week.")
    assert ("BPL001", line) in found


@pytest.mark.parametrize("text", [
    "He was rude to the waiter, the manager said.",
    "The staff were rude and the food was cold.",
    "The concert drew large audiences across Europe.",
    "The report, published on Monday, foresees no recovery before 2030.",
    "The children had tea on the lawn.",
    "The protesters gathered on the lawn of the town hall.",
    "The calendar for 2025 is printed on recycled paper.",
    "A syndicate of banks underwrote the loan.",
    "The population multiplied in the following decades.",
    "Was the article correct? Yes, said the editor, no doubt about it.",
    "Most read stories are listed on the right of the page, the editor said.",
    "He passed the head of the queue without stopping.",
])
def test_english_uses_left_alone(text: str) -> None:
    found = {code for code, _ in _codes(text)}
    assert not found & {"FFR003", "FFR004", "CAL002", "CAL004", "BPL001", "BPL002", "BPL003"}
