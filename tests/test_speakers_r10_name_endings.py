"""Speakers, round 10: "he"/"she" between a person whose given name the lexicon gives the pronoun's gender and one
whose given name it lacks but whose ending suggests the other ("Cassius", "Fenella"): the ending counts against
as an unknown name does (it never decides for); the last speaker keeps the pronoun. Fresh paragraphs, traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str) -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, "en") if words in q.text)


def test_she_goes_to_the_woman_not_to_a_man_named_later_with_an_unknown_given_name():
    text = ('Sigrid Holmqvist won the Tour of Norway on Sunday, holding on by four seconds on the final stage '
            'into Bergen.\n\n'
            "Her team-mate, Cassius Abernethy, who rode in the men's race, watched the finish from the team "
            'car.\n\n'
            '“I had nothing left on the last climb,” she said afterwards.')
    assert speaker(text, 'nothing left') == 'Sigrid Holmqvist'


def test_he_goes_to_the_man_with_a_mens_ending_after_she_spoke():
    text = ('Sigrid Holmqvist won the Tour of Norway on Sunday, holding on by four seconds on the final stage '
            'into Bergen.\n\n'
            "Her team-mate, Cassius Abernethy, who rode in the men's race, watched the finish from the team "
            'car.\n\n'
            '“I had nothing left,” she said afterwards. He said she had “the calmest head in the bunch”.')
    assert speaker(text, 'the calmest head') == 'Cassius Abernethy'


def test_she_goes_to_the_woman_not_to_her_coach_named_later():
    text = ('Ingrid Lysaker and her coach, Erasmus Whitcombe, arrived in Plymouth on Friday after the crossing.\n\n'
            '“I want to be back in the water by June,” she told reporters.')
    assert speaker(text, 'back in the water') == 'Ingrid Lysaker'


def test_she_goes_to_the_known_woman_not_to_the_captain_named_since():
    text = ("Niamh Tolan was named player of the year on Monday. The club's captain, Lucius Grange, presented the"
            ' award.\n\n'
            '“It has been a long season,” she said.')
    assert speaker(text, 'a long season') == 'Niamh Tolan'


def test_trap_he_goes_to_the_captain_whose_ending_is_a_mans():
    text = ("Niamh Tolan was named player of the year on Monday. The club's captain, Lucius Grange, presented the"
            ' award.\n\n'
            '“She deserved it,” he said.')
    assert speaker(text, 'deserved it') == 'Lucius Grange'


def test_trap_he_keeps_the_known_man_before_a_womans_ending():
    text = ('Gunnar Brekke led the rescue on the glacier. His deputy, Mirella Santangelo, stayed at the base '
            'camp.\n\n'
            '“Going up was the right call,” he said.')
    assert speaker(text, 'the right call') == 'Gunnar Brekke'


def test_trap_the_last_speaker_keeps_he_even_after_a_known_woman():
    text = ('Ingrid Lysaker and her coach arrived in Plymouth on Friday after the crossing.\n\n'
            '"We were lucky," said Erasmus Whitcombe, who followed in a support boat. "The boat held," he added.')
    assert speaker(text, 'The boat held') == 'Erasmus Whitcombe'


def test_she_goes_to_the_known_woman_not_her_brother():
    text = ('Ilaria Benassi opened the trattoria in Leith in 2009. Her brother, Nikos Benassi, runs the '
            'kitchen.\n\n'
            '"I never doubted it would work," she said.')
    assert speaker(text, 'never doubted') == 'Ilaria Benassi'
