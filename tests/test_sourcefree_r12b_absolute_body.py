"""Issue 13, round 12: a French absolute phrase of a body part with its article ('the voice strangled'; CAL004)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The CAL004 warnings of a text."""
    report = check_text(text, Config(models=False, select=("CAL004",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text, span", [
    ("The mayor spoke to reporters, visibly moved, the voice strangled. He left.", "the voice strangled"),
    ("The mother left the courtroom, the eyes reddened, without a word to the press.", "the eyes reddened"),
    ("Hundreds of strikers marched on the prefecture, the fist raised, singing.", "the fist raised"),
    ("The suspect, the face covered by a scarf, fled on a scooter.", "the face covered"),
    ("The coach answered questions for an hour, the throat knotted.", "the throat knotted"),
])
def test_body_part_with_the_french_article_is_reported(text, span):
    assert spans(text) == [span]


@pytest.mark.parametrize("text", [
    "He spoke with his voice choking and his eyes red.",  # the English possessive
    "She left the courtroom, eyes reddened, without a word.",  # English drops the article
    "The singer has the voice needed for the role.",  # not an absolute phrase
    "Investigators examined the face, the hands and the feet of the victim.",
    "She turned to the crowd, the face of a winner.",
    "Kyiv asked again for weapons, the arms promised in June having not arrived.",  # 'arms' are weapons
    "The board met, the head appointed by the ministry in the chair.",  # 'head' is a chief
])
def test_english_absolute_phrases_and_plain_nouns_are_left_alone(text):
    assert spans(text) == []
