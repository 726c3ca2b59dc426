"""Speakers, round 11 (English): a subject whose noun (a document, a body, a role) is followed by a participle
phrase that names someone ("A review commissioned by NHS Highland has found", "A lawyer representing the Aldous
family said") is the whole phrase, not the name inside it; fresh paragraphs, with traps that keep their answer."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["An audit ordered by Leeds City Council found that half of the street lamps in Harehills were broken."],
     [("half of the street lamps", "An audit ordered by Leeds City Council")]),
    ("p-02", ["A survey ordered by the Calloway Foundation says wages in the North East have stalled since 2019."],
     [("wages in the North East", "A survey ordered by the Calloway Foundation")]),
    ("p-03", ["A survey carried out for Barnardo's found that one child in five had skipped a meal in the past week."],
     [("one child in five", "A survey carried out for Barnardo's")]),
    ("p-04", ["A lawyer representing the Aldous family said they would appeal against the coroner's ruling."],
     [("would appeal", "A lawyer representing the Aldous family")]),
    ("p-05", ["A review commissioned by the Welsh Government has concluded that the flood defences at Pentre were"
              " “never fit for purpose”."],
     [("never fit for purpose", "A review commissioned by the Welsh Government")]),
    ("p-06", ["A study funded by Cancer Research UK suggests that one in three cases could be caught earlier."],
     [("one in three cases", "A study funded by Cancer Research UK")]),
    ("p-07", ["A poll commissioned by the Tyneside Courier suggests that most voters back the new bridge."],
     [("most voters back", "A poll commissioned by the Tyneside Courier")]),
    ("p-08", ["An investigation requested by Heronsgate Parish Council found that the drains had not been cleared"
              " for a decade."],
     [("drains had not been cleared", "An investigation requested by Heronsgate Parish Council")]),
    # traps: a spokesman for a body, a person named before a participle, a participle phrase set off by commas,
    # an officer's role with its force, a name as the sentence's own subject, a document whose participle names
    # its author (who speaks: fixtures/quotes/README.md), role nouns the participle rule already read
    ("t-01", ["A spokesman for Kent Police said the road would stay shut until the evening."],
     [("road would stay shut", "A spokesman for Kent Police")]),
    ("t-02", ["The Calloway Foundation, founded by a Tyneside shipbuilder in 1921, said wages had stalled."],
     [("wages had stalled", "Calloway Foundation")]),
    ("t-03", ["Brenda Oakes, speaking at the Labour conference in Liverpool, said the party would scrap the fee."],
     [("scrap the fee", "Brenda Oakes")]),
    ("t-04", ["A nurse working at Raigmore Hospital said the wards had been full since Christmas."],
     [("wards had been full", "A nurse working at Raigmore Hospital")]),
    ("t-05", ["Ofsted inspectors found that pupils at Hawthorn Academy were making good progress."],
     [("making good progress", "Ofsted inspectors")]),
    ("t-06", ["A review drawn up by Ofsted inspectors found that pupils at Hawthorn Academy were making good"
              " progress."],
     [("pupils at Hawthorn Academy", "Ofsted inspectors")]),
    ("t-07", ["Analysis compiled by the House of Commons Library found that council tax has risen faster than"
              " pensions."],
     [("council tax has risen", "House of Commons Library")]),
    ("t-08", ["A consultant hired by the Tamar Valley hospital trust said two wards were unsafe."],
     [("two wards were unsafe", "A consultant hired by the Tamar Valley hospital trust")]),
    ("t-09", ["A barrister acting for the Pryce family told the inquest that the ambulance had been sent to the"
              " wrong address."],
     [("ambulance had been sent", "A barrister acting for the Pryce family")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_participle_phrase_belongs_to_the_subject(text, words, expected):
    assert_item_speaker(text, words, expected, "en")
