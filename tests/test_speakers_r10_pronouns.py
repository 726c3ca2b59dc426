"""Speakers, round 10: pronouns between two people whose given names the lexicon lacks (English): a "he" or
"she" opening a reported clause keeps its possessives when someone else of that gender was just named; "X
thanked him. He told …" is not X; a person quoted with "writes" is no outlet. Fresh paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str, lang: str = "en") -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, lang) if words in q.text)


def test_trap_a_pronoun_in_a_reported_clause_gives_its_own_possessives_not_the_speakers_gender():
    text = ('Wales beat Norway 3-1 in Cardiff on Friday, with two goals from the substitute Carys Pennant.\n\n'
            '"I just ran at them," said Pennant, 20, who was making her debut. The Wales manager, Lysander Pryce,'
            ' said she had forced her way into the squad.\n\n'
            '"She is brave, and that is rare at that age," he said.')
    assert speaker(text, 'rare at that age') == 'Lysander Pryce'


def test_a_pronoun_and_possessive_after_said_still_give_the_speaker_a_gender():
    text = ('Quillon Asher said he had sold his shares in the firm last year. "It was time," he said.')
    assert speaker(text, 'sold his shares') == 'Quillon Asher'


def test_a_speaker_given_a_gender_by_his_own_reported_clause_keeps_he_across_paragraphs():
    text = ('Quillon Asher said he had sold his shares in the firm last year.\n\n'
            "The firm's chair, Cosima Rendell, did not comment.\n\n"
            '"It was time," he said.')
    assert speaker(text, 'It was time') == 'Quillon Asher'


def test_he_after_someone_thanked_him_is_not_the_one_who_thanked():
    text = ("Rhodri Penhaligon is leaving Exeter City's academy for Bristol Rovers at the end of the season, "
            'eleven years after he took over as its head.\n\n'
            "The club's chief executive, Ottilie Marchbanks, thanked him for “rebuilding” the academy. He told "
            "the club's website that leaving had been the hardest decision of his career.")
    assert speaker(text, 'hardest decision') == 'Rhodri Penhaligon'


def test_trap_she_after_someone_said_they_would_miss_him_is_still_the_speaker():
    text = ('Rhodri Penhaligon is leaving Exeter City at the end of the season, eleven years after he took over '
            'as its manager.\n\n'
            '"We will miss him," said the club\'s chair, Ottilie Marchbanks. "He built this club," she added.')
    assert speaker(text, 'built this club') == 'Ottilie Marchbanks'


def test_a_person_quoted_with_writes_is_not_an_outlet():
    text = ('Drusilla Kemp worked for 30 years as a midwife at the Royal Berkshire before she retired in '
            'March.\n\n'
            'In her new book, she writes that the ward was “a kindness machine”. She says there were never enough'
            ' staff at night.')
    assert speaker(text, 'never enough staff') == 'Drusilla Kemp'


def test_a_person_quoted_with_writes_keeps_her_own_partial_quote():
    text = ('Drusilla Kemp worked for 30 years as a midwife at the Royal Berkshire before she retired in '
            'March.\n\n'
            'In her new book, she writes that the ward was “a kindness machine”. She says there were never enough'
            ' staff at night.')
    assert speaker(text, 'a kindness machine') == 'Drusilla Kemp'


def test_he_after_someone_praised_him_goes_to_the_man_praised():
    text = ("Evander Moss ran the Riverside Theatre in Bristol for a decade. The theatre's new director, Morwenna"
            ' Hale, praised him for "his nerve". He told the Bristol Post the theatre had "lost its way" since '
            '2020.')
    assert speaker(text, 'lost its way') == 'Evander Moss'


def test_trap_she_after_someone_praised_him_is_the_one_who_praised():
    text = ("Evander Moss ran the Riverside Theatre in Bristol for a decade. The theatre's new director, Morwenna"
            ' Hale, praised him for "his nerve". "It is a fresh start," she said.')
    assert speaker(text, 'a fresh start') == 'Morwenna Hale'
