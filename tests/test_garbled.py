"""Garbled-text rules (GRB*): the literal-syntax lexicon, causative 'make', stranded verbs, possessive slips."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.lexicon import load_lexicon

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_dbb8f34e7e82e8cc.txt"


def findings(text: str, select=("GRB",)):
    return [(f.code, f.text, f.suggestion, f.severity.label) for f in check_text(text, Config(select=select)).findings]


def test_every_pattern_is_documented_and_narrowed():
    for entry in load_lexicon("garble_patterns"):
        assert entry.note and entry.severity is not None, entry.key
        assert "span" in entry.regex.groupindex, entry.key
        if "replace" in entry.data:
            names = set(re.findall(r"\\g<(\w+)>", entry.data["replace"]))
            assert names <= set(entry.regex.groupindex), entry.key


@pytest.mark.parametrize("text,span,suggestion", [
    ("without concluding, officially less, agrees.", "officially less", "at least officially"),
    ("It is of less in less probable.", "of less in less", "less and less"),
    ("We saw the three next chapters.", "the three next", "the next three"),
    ("The nine first episodes are out.", "The nine first", "The first nine"),
    ("It has been so at the less since May.", "at the less", "at least"),
])
def test_literal_syntax_suggestions(text, span, suggestion):
    assert findings(text, ("GRB001",)) == [("GRB001", span, suggestion, "warning")]


@pytest.mark.parametrize("text", [
    "He earns significantly more, and she earns slightly less.",
    "Since 2010 the tax has not risen; it has risen since two years ago.",
    "There are 20 years left on the lease and there were two days of talks.",
    "The last two episodes and the first three chapters.",
    "The plan was made part of the deal.",
    "It is one of the more important projects of the ones we saw.",
])
def test_literal_syntax_leaves_english_alone(text):
    assert findings(text, ("GRB001",)) == []


def test_weak_patterns_are_info():
    assert findings("It was the fact of controlling puberty that mattered.", ("GRB001",)) == [
        ("GRB001", "the fact of", None, "info")]


def test_calque_constructions_are_left_to_the_calque_rules():
    text = "The tax has not increased since several years; the two last years were flat."
    garbled = findings(text, ("GRB001",))
    calques = findings(text, ("calque",))
    assert not any(c[1] in g[1] or g[1] in c[1] for g in garbled for c in calques)


@pytest.mark.parametrize("text,span", [
    ("The director made carry out the evacuation.", "made carry"),
    ("The violence makes fear a new conflict.", "makes fear"),
    ("Berlusconi wished to make fall the cabinet.", "make fall"),
    ("They make understand to Maliki that it matters.", "make understand"),
])
def test_causative_make(text, span):
    assert [f[1] for f in findings(text, ("GRB002",))] == [span]


@pytest.mark.parametrize("text", [
    "They made sure the doors were closed and made clear the rules.",
    "The make proceeds to the next stage.",
    "He made good the damage and made do with less.",
    "The reform will make change in the country.",
])
def test_causative_make_leaves_english_alone(text):
    assert findings(text, ("GRB002",)) == []


def test_stranded_verb_and_literal_syntax_report_one_stretch():
    text = "The two men praised each other but without concluding, officially less, agrees."
    assert findings(text) == [("GRB001", "officially less", "at least officially", "warning")]
    text = "The two men praised each other but without concluding, in theory, agrees."
    assert findings(text) == [("GRB003", "agrees", None, "warning")]


def test_possessive_slip_needs_a_document_antecedent():
    text = "This treaty will be signed. A final decision on his signature is expected."
    assert findings(text, ("GRB004",)) == [("GRB004", "his signature", "its signature", "info")]
    assert findings("The coach is ready. A final decision on his signature is expected.", ("GRB004",)) == []


def test_garbled_rules_ignore_french_text():
    from checker.api import check_document
    from checker.parsers import parse
    from checker.rules import ALL_RULES

    doc = parse("Depuis dix ans, la mesure où il fait procéder à l'évacuation.", "text", lang="fr")
    rules = tuple(r for r in ALL_RULES if r.code.startswith("GRB"))
    assert check_document(doc, Config(), rules=rules).findings == []


@pytest.mark.skipif(not SEED.is_file(), reason="seed article not available")
def test_seed_article():
    found = findings(SEED.read_text(encoding="utf-8"))
    assert found == [("GRB004", "his signature", "its signature", "info"),
                     ("GRB001", "officially less", "at least officially", "warning")]
