"""Speakers, round 12 (English): a body's noun with an adjective of another level ("the regional government")
is not the body of the mayor quoted last; a speaker known by description and named after its own words keeps
"she" (the people its words name are no rivals). Fresh sentences, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

ITEMS = [
    ("b-01", ["Storms flooded 300 homes in the north of the region on Tuesday, officials said.",
              "“The water came in through the floor,” said Ines Barroso, the mayor of Alzira.",
              "The regional government said it had sent 40 pumps."],
     [("it had sent 40 pumps", "The regional government")]),
    ("b-02", ["“We were not warned,” said Tomasz Wielgus, the head of the Gdańsk dockers' branch.",
              "The national union said it would call a strike."],
     [("it would call a strike", "The national union")]),
    ("p-01", ["Two former partners of the failed lender Brackwater Finance used client money to buy "
              "racehorses, the prosecutor told the jury on Tuesday.",
              "“They treated the firm as a piggy bank,” she said."],
     [("a piggy bank", "the prosecutor")]),
    ("p-02", ["Staff at the care home of Linwood Care were left without training for months, the inspector "
              "told the tribunal.",
              "“Nobody checked on the night shift,” she said."],
     [("Nobody checked", "the inspector")]),
    # traps: a bare noun takes up the body of the person quoted last; a person named after the description, as
    # a subject of the narrative, does take the pronoun
    ("t-01", ["“We start training on Monday,” said Callum Ferrie, the Greenock Morton captain.",
              "The club said he had signed a new contract."],
     [("he had signed a new contract", "Greenock Morton")]),
    ("t-02", ["Two former partners of the failed lender stole client money, the prosecutor told the jury.",
              "The defendant, Marguerite Olander, denies the charges. “I never touched a penny,” she said."],
     [("I never touched a penny", "Marguerite Olander")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_bodies_by_level_and_pronouns_after_a_described_speaker(text, words, expected):
    assert_item_speaker(text, words, expected, "en")
