"""Speakers, round 12 second pass (English): reported speech the cues missed: "ruled (that)", a body named by a
compound of its trade ("the steelmaker said"), a body or a finding after an inverted cue ("gardaí said", "the
inquiry found"), a time adverb between the subject and its cue, a linked clause after an inverted cue ("…, the
port authority said on Monday, as …"), and a subject opening the content with a quantity or a quantifier ("said
more than 200 people", "said both were unhurt"), or a name and a verb in the past ("concluded Patel acted
alone"). Fresh sentences, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The tribunal ruled that the dismissal of the nurse had been unfair.", "the dismissal of the nurse",
     "The tribunal"),
    ("The Supreme Court yesterday ruled the ban on street stalls was lawful.", "the ban on street stalls",
     "Supreme Court"),
    ("Brennan Steel will shut its blast furnace in Port Talbot by March, the steelmaker said on Thursday.",
     "will shut its blast furnace", "the steelmaker"),
    ("A chalice was stolen from the sacristy overnight, gardaí said.", "A chalice was stolen", "gardaí"),
    ("The ferry had not sailed since the storm, the investigation found.", "The ferry had not sailed",
     "the investigation"),
    ("Freight rose to 38 million tonnes last year, the port authority said on Monday, as trade with Britain "
     "recovered.", "rose to 38 million tonnes", "the port authority"),
    ("The ferry had not sailed since June, the inquiry found.", "The ferry had not sailed", "the inquiry"),
    ("The lifeboat station said more than 200 people had been rescued this year.", "more than 200 people",
     "The lifeboat station"),
    ("The mountain rescue team said both were unhurt.", "both were unhurt", "The mountain rescue team"),
    ("Detectives concluded Patel acted alone.", "Patel acted alone", "Detectives"),
])
def test_reported_speech_found(text, words, expected):
    assert_item_speaker(text, words, expected, "en")


def test_the_clause_after_an_inverted_cue_is_not_reported():
    text = "Freight rose to 38 million tonnes last year, the port authority said on Monday, as trade recovered."
    assert not any("trade recovered" in q.text for q in quotes_in(text, "en"))


@pytest.mark.parametrize("text", [
    "The judge ruled out a retrial.",  # a phrasal verb, no statement
    "She ruled the club for twenty years.",  # an object, no clause
    "He ruled the roost at home.",
    "The museum said goodbye to its founder.",  # an object after "said", no clause
    "Nearly 300 people ruled themselves out.",
])
def test_trap_no_reported_speech(text):
    assert not [q for q in quotes_in(text, "en") if q.kind == "reported"]


def test_trap_a_person_made_by_a_trade_compound_is_no_body():
    """ "lawmaker", "filmmaker" name a person: the compound rule leaves them to the role lexicon."""
    from checker.lang.speakers import is_org_noun, lexicon
    lex = lexicon("en")
    assert is_org_noun("carmaker", lex) and is_org_noun("housebuilder", lex) and is_org_noun("bookseller", lex)
    assert not is_org_noun("filmmaker", lex) and not is_org_noun("lawmaker", lex)


def test_trap_a_product_named_in_the_statement_does_not_speak():
    text = "Norvik Motors will build an electric Vantara in Gdansk from 2027, the carmaker said."
    assert_item_speaker(text, "will build an electric Vantara", "the carmaker", "en")


def test_trap_the_statement_s_subject_still_resolves_the_description():
    """The body the statement opens with may stand for the description after it (left as it was)."""
    text = "Kestrel Airways will cut 40 routes this winter, the airline announced in a statement."
    speakers = [q.resolved_speaker or q.speaker for q in quotes_in(text, "en") if "40 routes" in q.text]
    assert speakers and speakers[0] in ("Kestrel Airways", "the airline")
