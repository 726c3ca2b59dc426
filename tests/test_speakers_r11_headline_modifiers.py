"""Speakers, round 11 (English): a headline's speaker written as a place and nouns before a person's noun ("…,"
says Sheffield tower block resident) is a description of a person, which the headline rule resolves to the person
the body names, not the place (named again in the body, "Sheffield City Council"); fresh paragraphs, with a trap
where the body is the speaker."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["\"I thought the roof would cave in,\" says Leeds tower block resident",
              "A man was trapped in his flat at Kestrel House in Leeds after a ceiling collapsed.",
              "Albert Mottram said he had called Leeds City Council four times. Leeds City Council "
              "said an engineer had been sent."],
     [("roof would cave in", "Albert Mottram")]),
    ("p-02", ["\"We were left in the dark for a week,\" says Cardiff care home worker",
              "Staff at a care home in Cardiff went without power after a storm.",
              "Ffion Daniels said Cardiff Council had not replied to emails. Cardiff City Council "
              "said an engineer had been sent."],
     [("left in the dark", "Ffion Daniels")]),
    ("p-03", ["\"Nobody told us the bridge was shut,\" says Tiverton school bus driver",
              "A school bus was stranded for two hours near Tiverton on Monday.",
              "Keith Ambler said he had to reverse for a mile. Tiverton City Council said an engineer had been sent."],
     [("bridge was shut", "Keith Ambler")]),
    ("p-04", ["\"The water just kept coming,\" says York riverside cafe owner",
              "Flood water reached the tables of a cafe in York on Sunday.",
              "Maria Costa said she had lost £8,000 of stock. York City Council said an engineer had been sent."],
     [("water just kept coming", "Maria Costa")]),
    ("p-05", ["\"I have never seen so many jellyfish,\" says Perranporth beach lifeguard",
              "Hundreds of jellyfish washed up at Perranporth on Tuesday.",
              "Jago Hicks said swimmers had been told to stay out. Perranporth City Council said an "
              "engineer had been sent."],
     [("so many jellyfish", "Jago Hicks")]),
    ("p-06", ["\"It felt like an earthquake,\" says Sheffield corner shop owner",
              "A lorry crashed into a shop in Sheffield on Friday night.",
              "Imran Sadiq said the front wall had been destroyed. Sheffield City Council said an "
              "engineer had been sent."],
     [("like an earthquake", "Imran Sadiq")]),
    ("p-07", ["\"We had nowhere to go,\" says Glasgow student flat tenant",
              "Students were evicted from a block in Glasgow after a fire safety inspection.",
              "Eilidh Munro said she had slept on a friend's sofa. Glasgow City Council said an "
              "engineer had been sent."],
     [("nowhere to go", "Eilidh Munro")]),
    ("p-08", ["\"The smell is unbearable,\" says Bristol allotment tenant",
              "A sewage leak has flooded allotments in Bristol.",
              "Dennis Fry said his crops had been ruined. Bristol City Council said an engineer had been sent."],
     [("smell is unbearable", "Dennis Fry")]),
    # trap: the body itself after the cue
    ("t-01", ["\"We acted as quickly as we could,\" says Leeds City Council",
              "A man was trapped in his flat at Kestrel House in Leeds after a ceiling collapsed."],
     [("acted as quickly", "Leeds City Council")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_headline_description_after_a_place(text, words, expected):
    assert_item_speaker(text, words, expected, "en")
