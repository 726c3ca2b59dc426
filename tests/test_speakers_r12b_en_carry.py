"""Speakers, round 12 second pass (English): a short partial quote (one or two words, which alone may be a scare
quote) shares the speaker a longer partial of the same sentence carried over from the last speaker. Fresh
sentences, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in

TEXT = "\n\n".join([
    "In her new essay, the historian Maren Ostrander warns of the “erasure” that demolition brings to old towns.",
    "Whole streets are “stripped of the memory of the people who built them”, she writes.",
    "There is also a “quiet theft” that comes with the “loss of the small signs a family leaves behind”, which "
    "are traded for the “sameness” of new estates.",
])


def _speaker(text: str, words: str) -> str | None:
    quote = next(q for q in quotes_in(text, "en") if q.text.strip("“”,. ") == words)
    return quote.resolved_speaker or quote.speaker


def test_short_partials_share_the_carried_speaker():
    assert _speaker(TEXT, "loss of the small signs a family leaves behind") == "Maren Ostrander"
    assert _speaker(TEXT, "quiet theft") == "Maren Ostrander"
    assert _speaker(TEXT, "sameness") == "Maren Ostrander"


def test_trap_a_lone_scare_quote_stays_unattributed():
    """No longer partial in its sentence carried anyone's words: the scare quote keeps no speaker."""
    text = "\n\n".join([
        "In her new essay, the historian Maren Ostrander warns of the “erasure” that demolition brings to old towns.",
        "Whole streets are “stripped of the memory of the people who built them”, she writes.",
        "The council calls its plan a “renewal” of the centre.",
    ])
    assert _speaker(text, "renewal") in (None, "The council", "council")
