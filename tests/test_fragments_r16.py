"""Issue 13, round 16: subordinate clauses standing alone after a full stop, in two more shapes.

A four-word opener ("So much so that …", French "si bien que") and a comment noun before a clause that holds a
comparison of its own ("Proof that … as it did …"), and a weak subordinator's clause whose verb group runs through
"been" and an -ing form to a coordinated object ("While the unions had been demanding armoured vans and better
escorts for years."). Traps: the same openers with a main clause after them.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "sentence-fragment"
POSITIVES = [
    "The shareholders will be diluted to almost nothing. [[So much so that the share now trades for a fraction "
    "of a cent.]]",
    "The river rose two metres in one night. [[To the point that the firefighters had to evacuate the whole "
    "lower town.]]",
    "Every canton voted in favour. [[Proof that the question no longer divides the country as it did twenty "
    "years ago.]]",
    "The turnout reached a record. [[A sign that the campaign mobilised young voters more than it did in "
    "2019.]]",
    "Guards blocked the entrances of most prisons on Wednesday. [[While the unions had been demanding armoured "
    "vans and better escorts for years.]]",
]
NEGATIVES = [
    "The shareholders will be diluted to almost nothing. So much so that, by Friday, the share traded for a "
    "fraction of a cent, the company had to ask for a suspension.",
    "Every canton voted in favour. Proof that the question no longer divides the country is that nobody "
    "campaigned against it.",
    "The river rose two metres in one night. To the point that it reached, it flooded every cellar.",
    "Guards blocked the entrances of most prisons. While the unions had been demanding more money the guards "
    "wanted better hours.",
    "Guards blocked the prisons. While the unions had been demanding armoured vans, the ministry offered cameras.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)


def _fragment_warnings(text: str) -> list[str]:
    from checker.api import check_text
    from checker.config import Config
    from checker.findings import Severity

    return [text[f.start:f.end] for f in check_text(text, Config(models=False)).findings
            if f.category.value == CATEGORY and f.severity >= Severity.WARNING]


def test_scene_setting_lede_under_the_headline_is_left_alone():
    """The article's opening sentence has no sentence before it to comment on: a verbless lede is English style."""
    text = ("Quebec City: a man armed with a sword kills two people on Halloween night\n\n"
            "A night of horror in the heart of Old Quebec. A man dressed in a medieval costume attacked passers-by "
            "with a sword, killing two of them.\n\nThe suspect, 24, was arrested before dawn.")
    assert _fragment_warnings(text) == []


def test_nominal_comment_after_a_sentence_is_still_reported():
    text = ("Quebec City: a man armed with a sword kills two people on Halloween night\n\n"
            "A man dressed in a medieval costume attacked passers-by with a sword. A night of horror in the heart "
            "of Old Quebec.\n\nThe suspect, 24, was arrested before dawn.")
    assert _fragment_warnings(text) == ["A night of horror in the heart of Old Quebec."]
