"""Speakers, round 12 (English): a role noun with its complement ("Lawyers for X said", "the commissioner for
England said") speaks as a whole, not the body or place named in it; a restrictive relative clause after the
role noun of a coordinated clause ("…, and a nurse who has worked there for 19 years said"); a role whose
complement names an earlier source is not the person quoted last. Fresh sentences, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in, speaker_case

ITEMS = [
    ("c-01", ["Solicitors for Ardmore Quarries said the firm would seek a judicial review."],
     [("seek a judicial review", "Solicitors for Ardmore Quarries")]),
    ("c-02", ["Schools in rural areas are “being left behind”, the children's commissioner for Wales said on "
              "Monday."],
     [("being left behind", "the children's commissioner for Wales")]),
    ("c-03", ["The chief inspector of prisons for Scotland said the jail was “not fit for purpose”."],
     [("not fit for purpose", "The chief inspector of prisons for Scotland")]),
    ("c-04", ["Volunteers at Harbourside Foodbank said demand had tripled since the summer."],
     [("demand had tripled", "Volunteers at Harbourside Foodbank")]),
    ("r-01", ["Councillor Ruth Ambler called the plan “reckless”, and a nurse who has worked at the hospital for "
              "22 years said patients had been “forgotten”."],
     [("reckless", "Ruth Ambler"), ("forgotten", "a nurse who has worked at the hospital for 22 years")]),
    ("r-02", ["The club apologised, and a steward who works the north stand said fans had been “crushed”."],
     [("crushed", "a steward who works the north stand")]),
    ("r-03", ["A shopkeeper whose café was flooded said she had no insurance."],
     [("she had no insurance", "A shopkeeper whose café was flooded")]),
    ("s-01", ["Shelling continued overnight, reported the Kharkiv Monitoring Group, which tracks the fighting.",
              "“Our staff are safe,” said the charity's director, Olek Brandt.",
              "The director of the Kharkiv Monitoring Group said three villages had lost power."],
     [("three villages had lost power", "The director of the Kharkiv Monitoring Group")]),
    # traps: a body named alone keeps its name; a spokesman for a body stays the spokesman; an earlier speaker's
    # own title with a complement that names no source still takes him up
    ("t-01", ["Ardmore Quarries said the firm would seek a judicial review."],
     [("seek a judicial review", "Ardmore Quarries")]),
    ("t-02", ["A spokesman for Ardmore Quarries said the firm would seek a judicial review."],
     [("seek a judicial review", "A spokesman for Ardmore Quarries")]),
    ("t-04", ["“The deal is off,” said a source that asked not to be named."],
     [("The deal is off", "a source")]),
    ("t-03", ["“I write for the train, not for the library,” said Hector Vallance.",
              "The author of Blue Harbour said he wrote every morning."],
     [("he wrote every morning", "Hector Vallance")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_role_and_its_complement_speak_together(text, words, expected):
    assert_item_speaker(text, words, expected, "en")


def test_a_relative_clause_on_an_object_makes_no_subject():
    """ "awarded £40,000 to a cleaner who said …": the cleaner is the verb's object, the jury the subject."""
    text = "A jury awarded £40,000 to a cleaner who said the hotel dismissed her unfairly. The hotel will appeal."
    speakers = [(q.resolved_speaker or q.speaker or "") for q in quotes_in(text, "en")]
    assert not any("who said" in s or s.endswith("unfairly") for s in speakers)


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Judge Mary Lim ruled on the case. She said restitution of S$90,000 had been made.",
     "restitution of S$90,000", "Mary Lim"),
    ("The council said repairs to 1,200 homes would finish in May.", "repairs to 1,200 homes", "The council"),
    ("Halvorsen Fisheries, which calls its new trawler “Sea Wolf”, said it would fight the fine.",
     "it would fight the fine", "Halvorsen Fisheries"),
])
def test_a_number_or_a_quoted_name_does_not_cut_the_clause(text, words, expected):
    """A thousands separator ("90,000") is no clause break; a name in marks inside a relative clause between
    the subject and its cue ("…, which calls it “Sea Wolf”, said") does not hide the subject."""
    assert_item_speaker(text, words, expected, "en")


def test_trap_a_quote_before_an_inverted_cue_keeps_its_own_speaker():
    text = "Ruth Ambler, the councillor, said the plan was late. “It is a mess,” said Tom Birtles."
    assert_item_speaker(text, "It is a mess", "Tom Birtles", "en")
