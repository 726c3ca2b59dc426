"""Speakers, round 11 (English): "It said" opening a sentence takes up the body the sentence before opens with
as its subject ("Boeing declined to comment. It said …"), passing over a sentence about a thing ("The fine was
announced on Thursday."), not the body quoted last; fresh paragraphs, with traps that keep their answer."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Northwind Airways has asked Airbus to push back delivery of 20 jets, blaming a shortage of pilots.",
              "The carrier said its winter timetable would shrink by a tenth. Airbus declined to comment. It said in"
              " July that output would reach 75 aircraft a month."],
     [("winter timetable", "Northwind Airways"), ("output would reach", "Airbus")]),
    ("p-02", ["The Financial Conduct Authority has fined two payday lenders £4m for misleading borrowers.",
              "One of the lenders, Quidly, said it had repaid every customer. The fine was announced on Thursday."
              " It added that it had “learned hard lessons” from the case."],
     [("repaid every customer", "Quidly"), ("learned hard lessons", "Quidly")]),
    ("p-03", ["Dunmore Cycles has recalled 3,000 electric bikes after reports of battery fires, the Office for"
              " Product Safety said.",
              "Dunmore Cycles blamed a faulty batch of cells from a supplier. It said owners should stop charging the"
              " bikes at once."],
     [("owners should stop", "Dunmore Cycles")]),
    ("p-04", ["Talbrook Water was fined £1.2m after sewage leaked into the River Wenn, the Environment Agency said.",
              "Talbrook Water has since replaced the pumping station. It said the spill had been “a serious"
              " failure”."],
     [("a serious failure", "Talbrook Water")]),
    ("p-05", ["Several lenders raised mortgage rates this week. Harlow Building Society said it would hold its rates"
              " until June.",
              "Kestrel Bank went further and cut two of its fixed deals. It said demand from first-time buyers had"
              " been strong."],
     [("hold its rates", "Harlow Building Society"), ("demand from first-time buyers", "Kestrel Bank")]),
    ("p-06", ["The Health and Safety Executive said it was looking into the collapse of a conveyor at a quarry in"
              " Cumbria.",
              "On Tuesday Redcliffe Mining suspended work at the site. It said two contractors had been taken to"
              " hospital."],
     [("looking into the collapse", "The Health and Safety Executive"),
      ("two contractors had been taken", "Redcliffe Mining")]),
    ("p-07", ["Ofwat has ordered Fenbrook Utilities to pay back £9m to customers. The money will be taken off bills"
              " next year.",
              "Fenbrook Utilities accepted the ruling. The refund was agreed after a two-year inquiry. It said it"
              " would not appeal."],
     [("would not appeal", "Fenbrook Utilities")]),
    ("p-08", ["Marlowe Books will shut its warehouse in Swindon. The GMB union said 140 jobs were at risk.",
              "Marlowe Books confirmed the closure on Friday. It said orders would be sent from Leicester instead."],
     [("140 jobs", "The GMB union"), ("orders would be sent", "Marlowe Books")]),
    # (p-09: a person opening the sentence before is passed over)
    # traps: "it" inside the statement, a description that spoke,
    # "she" after a spokeswoman, the same body speaking twice
    ("t-01", ["Talbrook Water was fined last year. The Environment Agency said it had found dead fish along a mile"
              " of the river."],
     [("dead fish", "The Environment Agency")]),
    ("p-09", ["Pelham Motors said sales fell by a third in the spring. Its chief executive, Dara Quintero, stepped"
              " down in May. It said a successor would be named soon."],
     [("sales fell", "Pelham Motors"), ("successor would be named", "Pelham Motors")]),
    ("t-03", ["Kestrel Bank will close 30 branches. Its spokeswoman, Ines Garrow, said most customers banked online."
              " She said staff would be offered other posts."],
     [("banked online", "Ines Garrow"), ("other posts", "Ines Garrow")]),
    ("t-04", ["Greyfield Council has approved a new bus depot. The council said it would open in 2027. It added that"
              " 60 drivers would be hired."],
     [("60 drivers", "Greyfield Council")]),
    ("t-05", ["Harrowgate Rail said the line would reopen on Monday. It added that buses would run until then."],
     [("line would reopen", "Harrowgate Rail"), ("buses would run", "Harrowgate Rail")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_it_takes_up_the_subject_before(text, words, expected):
    assert_item_speaker(text, words, expected, "en")
