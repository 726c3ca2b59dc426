"""Speakers, round 11 (English): an age as a description ("“…,” the 22-year-old said") takes up, when the text
gave nobody that age, the first person it names as a subject (whom the story is about), not the last person
named (her coach, his brother); fresh paragraphs, with traps where the text gives the age."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["Tamsin Oakhurst set a Welsh record in the 800m in Cardiff on Sunday. Her coach, Bryn Talfryn, "
              "watched from the stand.",
              "“I knew I had it with 200 to go,” the 22-year-old said."],
     [("I knew I had", "Tamsin Oakhurst")]),
    ("p-02", ["Lowri Pencarrow won the junior sculls at Henley on Saturday. Her father, Emlyn Pencarrow, rowed "
              "for Wales in 1988.",
              "“I just wanted to stay relaxed,” the 17-year-old said."],
     [("I just wanted to", "Lowri Pencarrow")]),
    ("p-03", ["Ottilie Marchbanks has been named young farmer of the year. Her neighbour, Gareth Prowse, "
              "nominated her.",
              "“I never expected this,” the 19-year-old said."],
     [("I never expected this", "Ottilie Marchbanks")]),
    ("p-04", ["Jory Penwarden scored twice as Truro City beat Yeovil 3-1. His manager, Alun Pascoe, praised his "
              "work rate.",
              "“The first one was a bit lucky,” the 20-year-old admitted."],
     [("The first one was", "Jory Penwarden")]),
    ("p-05", ["Kezia Ambrose-Tull has become the youngest skipper in the Fastnet race. Her mentor, Ruaridh "
              "Macphail, sailed with her last year.",
              "“I have been preparing for this since I was 12,” the 18-year-old said."],
     [("I have been preparing", "Kezia Ambrose-Tull")]),
    ("p-06", ["Ptolemy Vane was rescued after two nights on Ben Nevis. His brother, Crispin Vane, raised the "
              "alarm.",
              "“I thought I would die up there,” the 31-year-old told the BBC."],
     [("I thought I would", "Ptolemy Vane")]),
    ("p-07", ["Elowen Carbis has won a place at the Royal Ballet School. Her teacher, Morwenna Trist, spotted "
              "her talent at six.",
              "“I cried when I opened the letter,” the 11-year-old said."],
     [("I cried when I", "Elowen Carbis")]),
    ("p-08", ["Yestin Cardew has finished a solo row across the Atlantic. His partner, Demelza Roskilly, met "
              "him in Antigua.",
              "“My hands are a mess,” the 44-year-old said."],
     [("My hands are a", "Yestin Cardew")]),
    # traps: the age given after a name, the age given to the second person (and p-09: a body opening the text)
    ("t-01", ["Bryn Talfryn, 58, has coached the Cardiff squad for a decade. Tamsin Oakhurst set a Welsh record on"
              " Sunday.", "“We planned this race for a year,” the 58-year-old said."],
     [("planned this race", "Bryn Talfryn")]),
    ("p-09", ["Truro City beat Yeovil 3-1 on Saturday. Jory Penwarden scored twice.",
              "“The first one was a bit lucky,” the 20-year-old admitted."],
     [("a bit lucky", "Jory Penwarden")]),
    ("t-02", ["Tamsin Oakhurst set a Welsh record in the 800m on Sunday. Her coach, Bryn Talfryn, 61, watched from"
              " the stand.", "“She has worked so hard for this,” the 61-year-old said."],
     [("worked so hard", "Bryn Talfryn")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_an_age_takes_up_the_person_the_story_is_about(text, words, expected):
    assert_item_speaker(text, words, expected, "en")
