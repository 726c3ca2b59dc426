"""Speakers, round 10: an "it" that takes up a body named again by its trade ("Ryanair … The carrier said … It
added") stands for the body by its name; the description in an attributing clause stays the speaker, and a
definite noun that introduces a body of its own ("the council") is nobody's epithet. Fresh paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str, lang: str = "en") -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, lang) if words in q.text)


def test_it_after_the_trade_noun_goes_to_the_subject_body():
    text = ("Halvergate Foods, which makes frozen pies in Wigan, said on Monday it would close two plants.\n\n"
            "The manufacturer blamed rising costs. The price of flour had doubled, it said.")
    assert speaker(text, "flour had doubled") == "Halvergate Foods"


def test_it_after_an_inverted_cue_with_the_trade_noun():
    text = ("Brisco Logistics will move its headquarters from Derby to Leicester next year, the haulier said on "
            "Friday. Talks with staff would continue until March, it added.")
    assert speaker(text, "continue until March") == "Brisco Logistics"


def test_it_goes_to_the_full_name_not_the_acronym():
    text = ("The Information Commissioner's Office (ICO) fined a Bristol clinic £90,000 for leaving patient records "
            'in a skip. The watchdog said the breach was "entirely avoidable". It added that the clinic would not '
            "appeal.")
    assert speaker(text, "would not appeal") == "Information Commissioner's Office"


def test_trap_the_description_of_the_attributing_clause_stays():
    text = ("The Information Commissioner's Office (ICO) fined a Bristol clinic £90,000 for leaving patient records "
            'in a skip. The watchdog said the breach was "entirely avoidable".')
    assert speaker(text, "entirely avoidable") == "The watchdog"


def test_partial_quote_after_it_said():
    text = ('Northline Rail will cut fares by 5% on weekend services, the operator announced on Sunday. It said the '
            'move was "a trial, not a promise".')
    assert speaker(text, "cut fares by 5%") == "the operator"
    assert speaker(text, "a trial, not a promise") == "Northline Rail"


def test_trap_a_council_is_not_an_epithet_of_the_company_before():
    text = ("Harrowgate Leisure runs six pools for the city. The council said on Monday that the contract would be "
            "reviewed. It added that the pools would stay open.")
    assert speaker(text, "pools would stay open") == "The council"


def test_trap_a_company_founded_by_a_person_stays_the_company():
    text = ("Marisa Okonjo founded Bellweather Candles in 2015. The company said on Monday it would move to a new "
            "site. It added that she would stay on.")
    assert speaker(text, "a new site") == "The company"


def test_the_body_in_a_sentence_opening_on_a_common_noun():
    text = ("Cabin crew at Corbin Airways will strike next week over unpaid overtime. The airline said it was "
            '"disappointed". It added that staff had been paid in full.')
    assert speaker(text, "paid in full") == "Corbin Airways"


def test_trap_an_unknown_first_word_may_be_the_body():
    text = ("Ofwat fined Severn Dee Water £3m on Thursday for missing its leakage targets. The regulator said the "
            'company had "let customers down". It added that bills would not rise to pay the fine.')
    assert speaker(text, "would not rise") != "Severn Dee Water"


def test_the_body_a_newspaper_reported_on_not_the_newspaper():
    text = ("The Sunday Post reported that Dunmore Cycles had recalled 4,000 bikes. The manufacturer said the "
            "brakes were safe. It added that it would sue the paper.")
    assert speaker(text, "would sue") == "Dunmore Cycles"


def test_the_nearest_body_subject_when_two_were_named():
    text = ("Lyle Freight and the union have agreed a pay deal, ending a month of strikes. The haulier said the deal "
            "was fair. It said diesel was cheaper than ever.")
    assert speaker(text, "cheaper than ever") == "Lyle Freight"


def test_a_club_named_again():
    text = "Wexford Rovers have appointed a new manager, the club said. It added that it was in talks with two players."
    assert speaker(text, "was in talks") == "Wexford Rovers"


def test_a_rare_first_word_before_its_auxiliary_is_the_body():
    text = ("Pembrook will open 90 new bakeries this year, the chain said on Tuesday.\n\n"
            "Its founder, Rosalind Achterberg, said demand was “still climbing”. The chain also plans to sell "
            "online, it said.")
    assert speaker(text, "sell online") == "Pembrook"


def test_trap_a_rare_common_noun_opening_the_sentence_is_not_the_body():
    text = ("Floodwater reached the roofs of forty homes in Tadcaster, the utility said.\n\n"
            "A resident, Morwenna Tilley, said she had lost everything. The utility also plans to inspect the "
            "pipes, it said.")
    assert speaker(text, "inspect the pipes") != "Floodwater"
