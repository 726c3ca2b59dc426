"""Speakers, round 10: a verb that characterises its object with the quoted words gives them to its subject
across a perfect or modal auxiliary ("She has called the plan “reckless”"), as without one; a passive ("has been
called") names nobody. Fresh paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str) -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, "en") if words in q.text)


def test_has_called_after_a_pronoun():
    text = ("Mara Quist runs the Tyneside food bank. She has called the council's plan “reckless”.")
    assert speaker(text, 'reckless') == 'Mara Quist'


def test_has_described_as_after_a_body():
    text = ('The Royal College of Nursing has described the pay offer as “a betrayal of patients”.')
    assert speaker(text, 'a betrayal of patients') == 'Royal College of Nursing'


def test_had_called_after_an_apposition():
    text = ("Tobias Whitlock, the club's owner, had called the referee's decision “a disgrace” before the "
            'hearing.')
    assert speaker(text, 'a disgrace') == 'Tobias Whitlock'


def test_have_hailed_as_after_a_plural_subject():
    text = ('Campaigners have hailed the ruling as “long overdue”.')
    assert speaker(text, 'long overdue') == 'Campaigners'


def test_has_branded_after_a_description():
    text = ('Rail bosses announced the new timetable on Friday. The union has branded it “a cynical stunt”.')
    assert speaker(text, 'a cynical stunt') == 'The union'


def test_had_labelled_after_a_relative():
    text = ("The parking charges rose again in April. Ferris Albright, who chairs the residents' group, had "
            'labelled the scheme “daylight robbery” last year.')
    assert speaker(text, 'daylight robbery') == 'Ferris Albright'


def test_trap_has_been_called_is_a_passive_with_no_speaker():
    text = ('The scheme, which has been called “daylight robbery” by some residents, will be reviewed in June.')
    assert speaker(text, 'daylight robbery') is None


def test_has_since_called_with_an_adverb():
    text = ('Yvaine Cordery lost her job at the depot in March. She has since called the closure “a slap in the '
            'face”.')
    assert speaker(text, 'a slap in the face') == 'Yvaine Cordery'
