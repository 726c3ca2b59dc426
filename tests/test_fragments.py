"""Sentence-fragment rules (FRG*) and the verb heuristics of checker/lang/clauses.py they use."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.api import check_text
from checker.config import Config
from checker.lang.clauses import could_be_verb, is_verb_lemma

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_dbb8f34e7e82e8cc.txt"


def findings(text: str, select=("FRG",)):
    return [(f.code, f.text, f.suggestion, f.severity.label) for f in check_text(text, Config(select=select)).findings]


@pytest.mark.parametrize("word", ["said", "proceeds", "stopped", "carried", "makes", "is", "won't", "built",
                                  "intensified", "needs", "tumbles"])
def test_could_be_verb(word):
    assert could_be_verb(word)


@pytest.mark.parametrize("word", ["treaty", "missiles", "Pyongyang", "of", "the", "officially", "production"])
def test_could_not_be_verb(word):
    assert not could_be_verb(word)


def test_finite_ignores_ing_forms():
    assert could_be_verb("continuing") and not could_be_verb("continuing", finite=True)
    assert is_verb_lemma("proceed") and not is_verb_lemma("proceeds")


@pytest.mark.parametrize("text,span,suggestion", [
    ("deliveries to Russia. intended for its assault.", "Russia. intended", "Russia intended"),
    ("The bridge was closed. which angered commuters.", "closed. which", "closed which"),
    ("The minister left early. he did not answer.", ". he", ". He"),
    ("The crisis of 2012. difficult to predict.", ". difficult", None),
])
def test_lowercase_continuation_suggestions(text, span, suggestion):
    assert findings(text, ("FRG001",)) == [("FRG001", span, suggestion, "warning")]


@pytest.mark.parametrize("text", [
    "Some fruits, i.e. apples, vs. pears, etc. were sold.",
    "At 9 a.m. the U.S. officials met; at 3 p.m. they left.",
    "1. introduction\n2. method",
    "It was a long... and tiring day.",
    "He bought an iPhone. eBay was cheaper.",
    "Sign up on healthcare. gov now.",
    "The general admired him. van Gogh painted him.",
    "Visit www.example.com. It is free.",
])
def test_lowercase_continuation_traps(text):
    assert findings(text, ("FRG001",)) == []


def test_fragment_rule_defers_to_attribution_rule():
    text = "“It will be signed,” he said. he noted, saying he expected a decision."
    assert findings(text, ("FRG001", "ATT001")) == [("ATT001", "he noted,", None, "warning")]
    # a lowercase reporting clause with its own statement is only a capitalisation slip
    text = "“It will be signed,” he said. he added that a decision was near."
    assert findings(text, ("FRG001", "ATT")) == [("FRG001", ". he", ". He", "warning")]


def test_verbless_sentence_only_in_running_paragraphs():
    fragment = "The intensive production of artillery shells for future deliveries to Russia."
    assert findings("Seoul reacted. " + fragment, ("FRG002",)) == [("FRG002", fragment, None, "info")]
    assert findings(fragment, ("FRG002",)) == []  # a one-sentence paragraph: caption or headline
    assert findings("Seoul reacted. “" + fragment + "”", ("FRG002",)) == []  # quoted speech
    assert findings("Seoul reacted. Not at all.", ("FRG002",)) == []  # elliptical answer


def test_verbless_sentence_skips_markdown_headings_and_list_items():
    text = ("# A new chapter for the alliance between Moscow and Pyongyang\n\n"
            "- The intensive production of shells for future deliveries to Russia.\n"
            "- Another disaster for the households of the poorest regions.\n")
    report = check_text(text, Config(select=("FRG002",)), fmt="markdown")
    assert report.findings == []


@pytest.mark.skipif(not SEED.is_file(), reason="seed article not available")
def test_seed_article():
    found = findings(SEED.read_text(encoding="utf-8"))
    assert found == [("FRG001", "Russia. intended", "Russia intended", "warning")]


def test_words_that_are_also_abbreviations_only_next_to_numbers():
    assert findings("The wall is 12 in. thick and the team is No. 2 in the league.", ("FRG001",)) == []
    assert findings("They moved in. then the police came.", ("FRG001",)) == [
        ("FRG001", ". then", None, "warning")]
