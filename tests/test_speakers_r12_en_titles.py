"""Speakers, round 12 (English): an occupation known by its ending ("said oceanographer X"), honorifics of
West African press ("Hajiya", "Alhaji") and parliament letters ("MSP", "TD") before a name, and "he liked to
say" (a verb taking the cue in the infinitive). Fresh sentences, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in, speaker_case

ITEMS = [
    ("o-01", ["“The ice is thinner every spring,” said glaciologist Maeve Ó Duibhir."],
     [("thinner every spring", "Maeve Ó Duibhir")]),
    ("o-02", ["“Nobody has seen a fossil like it,” said palaeontologist Dr Fenella Quarrie-Ross, “not in "
              "Scotland.”"],
     [("Nobody has seen", "Fenella Quarrie-Ross"), ("not in Scotland", "Fenella Quarrie-Ross")]),
    ("o-03", ["“The children were badly dehydrated,” said paediatrician Olumide Fashola-Grant."],
     [("badly dehydrated", "Olumide Fashola-Grant")]),
    ("o-04", ["“Rents will keep rising,” said demographer Katarzyna Wilk-Horvath on Tuesday."],
     [("Rents will keep rising", "Katarzyna Wilk-Horvath")]),
    ("h-01", ["The state Commissioner for Health, Hajiya Zainab Musa-Ringim, said 40 clinics had reopened."],
     [("40 clinics had reopened", "Zainab Musa-Ringim")]),
    ("h-02", ["The market chairman, Alhaji Sani Danladi-Bako, said traders would return on Monday."],
     [("traders would return", "Sani Danladi-Bako")]),
    ("m-01", ["Galloway MSP Eilidh Strachan-Moir called the closure “a kick in the teeth”."],
     [("a kick in the teeth", "Eilidh Strachan-Moir")]),
    ("m-02", ["Sinn Féin TD Caoimhe Ní Bhriain called the report “a whitewash”."],
     [("a whitewash", "Caoimhe Ní Bhriain")]),
    ("c-01", ["“Play the ball, not the man,” he liked to say. Eamon Rafferty-Keogh, who managed Ballyhale for "
              "20 years, died on Monday."],
     [("Play the ball", "Eamon Rafferty-Keogh")]),
    ("c-02", ["Agnes Pettifer taught at the school for 40 years. “Read everything,” she used to tell pupils."],
     [("Read everything", "Agnes Pettifer")]),
    # traps: a known role keeps working; a verb that takes no cue does not make its subject a speaker
    ("t-01", ["“The ice is thinner every spring,” said the scientist, Maeve Ó Duibhir."],
     [("thinner every spring", "Maeve Ó Duibhir")]),
    ("t-02", ["Labour MP Diane Abbott called the plan “a disgrace”."],
     [("a disgrace", "Diane Abbott")]),
]

KNOWN_MISSES: dict[tuple[str, str], str] = {}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_titles_and_occupations_before_a_name(text, words, expected):
    assert_item_speaker(text, words, expected, "en")


@pytest.mark.parametrize("text", ["“The ice is thin,” said hydrologist Bo Strand.",
                                  "“The ice is thin,” said the oceanographer Bo Strand."])
def test_an_occupation_by_its_ending_before_a_name_gives_the_name(text):
    assert_item_speaker(text, "The ice is thin", "Bo Strand", "en")


@pytest.mark.parametrize("text", ["“The ice is thin,” said technology firm Strand Labs.",
                                  "“The ice is thin,” said geography teacher Bo Strand."])
def test_words_that_only_look_like_occupations_change_nothing(text):
    """ "technology", "geography" end like no occupation ("-ologist", "-ographer"): the known paths decide."""
    quote = next(q for q in quotes_in(text, "en") if "The ice is thin" in q.text)
    assert (quote.resolved_speaker or quote.speaker) != "technology"


def test_a_bare_occupation_after_a_named_person_still_takes_the_person_up():
    """ "Dr X examined the boy … the paediatrician said": the ending only reads a title before a name."""
    text = ("Dr Amaka Obiora examined the boy at the hospital in Luton.\n\n"
            "“He had been dehydrated for days,” the paediatrician said.")
    assert_item_speaker(text, "dehydrated for days", "Amaka Obiora", "en")
