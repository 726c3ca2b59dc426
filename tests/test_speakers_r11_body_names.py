"""Speakers, round 11 (English): a body's name kept whole — "the Port of Dover" (a port is a body's noun), "the
University and College Union" (a body's noun alone after "the" opens the name), "the Nurses and Midwives'
Association" (a plural role's possessive inside the name), "The port's owner, Calder Ports," (an owner may be a
body); fresh paragraphs, with traps that keep their answer."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Lorries queued for 12 miles on the M20 on Saturday. The Port of Dover said the French border checks"
              " had been slowed by a computer fault."],
     [("French border checks", "The Port of Dover")]),
    ("p-02", ["Ships were held in the estuary for two days. The Port of London Authority said the Thames barrier had"
              " been closed twice."],
     [("Thames barrier", "The Port of London Authority")]),
    ("p-03", ["Staff at six universities walked out on Monday. The University and College Union called the pay offer"
              " “an insult”."],
     [("an insult", "The University and College Union")]),
    ("p-04", ["The Nurses and Midwives' Association said its members would not work unpaid overtime from March."],
     [("unpaid overtime", "The Nurses and Midwives' Association")]),
    ("p-05", ["Opening hours will be cut at four branches. The Library of Birmingham said the cuts would save £2m a"
              " year."],
     [("save £2m", "The Library of Birmingham")]),
    ("p-06", ["The port's owner, Calder Group, described the walkout as “reckless and avoidable”."],
     [("reckless and avoidable", "Calder Group")]),
    ("p-07", ["The Paramedics' Association said the hospital had not replaced staff who left in the spring."],
     [("not replaced staff", "The Paramedics' Association")]),
    ("p-08", ["Fishing boats stayed in harbour on Tuesday. The Port of Peterhead said the storm had damaged two"
              " piers.",
              "The harbour's operator, Buchan Marine Group, said repairs would take a month."],
     [("storm had damaged", "The Port of Peterhead"), ("repairs would take", "Buchan Marine Group")]),
    # traps: two universities, a person as the owner, a town named "Port …" after a role, two bodies joined by
    # "and the", a club whose name has two bodies' nouns, a person's possessive before a body's word
    ("t-01", ["Oxford University and Imperial College said the results of the trial were encouraging."],
     [("results of the trial", "Oxford University and Imperial College")]),
    ("t-02", ["The shop's owner, Mandy Kerr, said the stock had been lost in the flood."],
     [("stock had been lost", "Mandy Kerr")]),
    ("t-03", ["Queues formed at the Port of Tyne. A driver from Port Talbot said he had waited six hours."],
     [("waited six hours", "A driver from Port Talbot")]),
    ("t-04", ["The Army and Navy Club said the dinner would go ahead in June."],
     [("dinner would go ahead", "The Army and Navy Club")]),
    ("t-05", ["Staff at the port walked out. Obama's Office said nothing. Unite said the strike would go on."],
     [("strike would go on", "Unite")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_body_name_kept_whole(text, words, expected):
    assert_item_speaker(text, words, expected, "en")
