"""Speakers, round 12 (English): the gender of given names the speaker lexicon lacks, from the wide table
(checker/data/given_names.tsv), decides "he"/"she" between two people; a sentence that opens with someone's
belongings is about them; "His …" after "X told him" is not X's gender. Fresh paragraphs, with traps."""
from __future__ import annotations

import pytest

from checker.lang.given_names import given_name_gender
from tests.quote_speakers import assert_item_speaker, speaker_case

ITEMS = [
    # two people, neither in the speaker lexicon; the pronoun's gender picks one
    ("g-01", ["Radomir Kessling and Aoife Brannagh-Lyle founded the bakery chain in 2015.",
              "The chain will open six shops next year, Kessling said. “We have never been busier,” she said."],
     [("never been busier", "Aoife Brannagh-Lyle")]),
    ("g-02", ["Ngozi Adebanjo-Whyte, the council leader, and the opposition whip, Torsten Maalouf, clashed over "
              "the budget on Monday.",
              "Adebanjo-Whyte said the cuts were unavoidable. “This is a choice, not a necessity,” he said."],
     [("a choice, not a necessity", "Torsten Maalouf")]),
    ("g-03", ["Siobhan Treloar-Dunne launched the app with her business partner, Lars Vinterberg, in Cork.",
              "Treloar-Dunne said the firm would hire 30 people. “Hiring is the easy part,” he added."],
     [("Hiring is the easy part", "Lars Vinterberg")]),
    ("g-04", ["Ifeoma Chukwu-Bassey chairs the tenants' group; Dermot Kilbride-Ames is its treasurer.",
              "Kilbride-Ames said rents had doubled. “Nobody listens to us,” she said."],
     [("Nobody listens to us", "Ifeoma Chukwu-Bassey")]),
    # "X told him …": the "His" that opens the next sentence may be the man told, not X
    ("g-05", ["Lorcan Feeney, 41, admitted fraud at Dundalk District Court. Judge Kirsteen Aldous told him it "
              "was “a grave breach of trust”. His barrister, Padraig Mullane, said his client was remorseful.",
              "She said a custodial sentence could not be avoided."],
     [("a custodial sentence", "Kirsteen Aldous")]),
    # a sentence that opens with someone's belongings is about them
    ("g-06", ["Tobias Wrenfield, who runs an orchard near Ledbury, lost half his crop to frost. His neighbour, "
              "Cuthbert Ashmole-Vere, lost none.",
              "Wrenfield's cider won a national prize last year. He plans to plant later-flowering trees.",
              "“Frost is the one thing you cannot insure against,” he said."],
     [("cannot insure against", "Tobias Wrenfield")]),
    # traps: the last speaker continues when the pronoun fits them; an unknown name is no evidence
    ("t-01", ["Radomir Kessling and Aoife Brannagh-Lyle founded the bakery chain in 2015.",
              "The chain will open six shops next year, Brannagh-Lyle said. “We have never been busier,” she said."],
     [("never been busier", "Aoife Brannagh-Lyle")]),
    ("t-02", ["Tobias Wrenfield, who runs an orchard near Ledbury, lost half his crop to frost. His neighbour, "
              "Cuthbert Ashmole-Vere, lost none.",
              "Ashmole-Vere's orchard sits higher up the valley. He plans to sell cider in London.",
              "“We were simply lucky with the slope,” he said."],
     [("simply lucky", "Cuthbert Ashmole-Vere")]),
    ("g-07", ["Ngozi Achterberg took over the Tyneside orchestra in May. The deputy conductor, Rafferty Quayle, "
              "is leaving.", "“We are not there yet,” she said."],
     [("not there yet", "Ngozi Achterberg")]),
    # the text outweighs the table: "Kit" is most often a man's name, but this Kit is "she"
    ("t-04", ["Kit Ambrose-Lowe says she never sang in public as a child. Her brother, Duncan, plays the drums.",
              "“I was terribly shy,” she added."],
     [("terribly shy", "Kit Ambrose-Lowe")]),
    ("t-03", ["Judge Kirsteen Aldous jailed Lorcan Feeney, 41, for fraud. Her ruling said the breach of trust was "
              "grave. His barrister said his client was remorseful."],
     [("his client was remorseful", "His barrister")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_given_name_gender_and_topic_pick_the_speaker(text, words, expected):
    assert_item_speaker(text, words, expected, "en")


@pytest.mark.parametrize(("name", "gender"), [("Deirdre", "f"), ("Oisín", "m"), ("Thandeka", "f"),
                                              ("Ebenezer", "m"), ("Yamini", "f"), ("Wessel", "m")])
def test_the_wide_table_knows_names_from_many_countries(name, gender):
    assert given_name_gender(name) == gender


@pytest.mark.parametrize("name", ["Jordan", "Zxqwv", "Al", ""])
def test_names_given_both_ways_or_unknown_have_no_gender(name):
    assert given_name_gender(name) is None
