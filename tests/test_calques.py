"""Calques: the data file, the matcher shared with false friends, the seed article and phrase traps."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.api import check_text
from checker.config import Config
from checker.document import Block
from checker.findings import Severity
from checker.rules.calque.matching import find_matches, match_case
from checker.rules.lexicon import load_lexicon

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_dbb8f34e7e82e8cc.txt"
CAL = Config(select=("CAL",))


def findings(text: str):
    return [(f.code, f.severity, f.text, f.suggestion) for f in check_text(text, CAL).findings]


def test_data_file_is_complete():
    entries = load_lexicon("calques")
    assert len(entries) >= 60
    keys = [e.key for e in entries]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for entry in entries:
        data = entry.data
        assert data.get("french"), entry.key
        assert data.get("kind") in ("periphrase", "construction"), entry.key
        assert entry.severity in (Severity.INFO, Severity.WARNING), entry.key
        assert data.get("english") or entry.suggestion, entry.key
        # named groups: `span*` narrow the report; the others fill `{placeholders}` in the texts
        placeholders = set(re.findall(r"\{(\w+)\}", " ".join(str(data.get(k, "")) for k in
                                                            ("french", "english", "suggestion", "comment"))))
        forms = data.get("forms") or {}
        for name in entry.regex.groupindex:
            assert name.startswith("span") or name in placeholders or \
                any(spec["from"] == name for spec in forms.values()), (entry.key, name)
        assert placeholders <= set(entry.regex.groupindex) | set(forms), entry.key


@pytest.mark.parametrize("text,expected", [
    ("The master of the Kremlin will be accompanied by his head of diplomacy, Sergei Lavrov.",
     [("CAL001", Severity.WARNING, "The master of the Kremlin", "The Russian president"),
      ("CAL001", Severity.WARNING, "head of diplomacy", "foreign minister")]),
    ("He prides himself on the support of the Chinese giant.",
     [("CAL001", Severity.INFO, "the Chinese giant", None)]),
    ("The new tenant of the Élysée spoke.",
     [("CAL001", Severity.WARNING, "The new tenant of the Élysée", "The French president")]),
    ("They sent the case in the frame of the inquiry.",
     [("CAL002", Severity.WARNING, "in the frame of", "as part of")]),
    ("The tax has not increased since 20 years.", [("CAL002", Severity.WARNING, "since 20 years", "for 20 years")]),
    ("The outcome will depend of the vote.", [("CAL002", Severity.WARNING, "depend of", None)]),
    ("He refused to answer to the questions of journalists.", [("CAL002", Severity.WARNING, "answer to", None)]),
    ("She answered to the question calmly.", [("CAL002", Severity.WARNING, "answered to", None)]),
])
def test_findings(text, expected):
    assert findings(text) == expected


@pytest.mark.parametrize("text", [
    "A decision will be made in the coming hours.",
    "The mayor's office said she passed the exam.",
    "The Pentagon said the number one priority was security.",
    "Prices have doubled over the last two years, and a dozen of them are unsold.",
    "He has lived there since 2010 and worked for several years at the same firm.",
    "He made the point that the strong man needs a plan.",
    "The water reached the level of 2010 and the Chinese giant panda slept.",
    "Same-sex couples married on the same day at the Élysée Palace.",
    "The Matignon Accords were signed in 1988.",
    "The head of the Russian space agency and the foreign minister arrived.",
])
def test_english_phrases_are_not_calques(text):
    assert [f for f in findings(text) if f[1] >= Severity.WARNING] == []


def test_info_for_what_english_journalism_also_writes():
    for text in ("The City of Light welcomed the Land of the Rising Sun's team.", "They took a decision.",
                 "Measures were put in place.", "The former head of state died.", "A spokesman for the Quai d'Orsay said."):
        assert findings(text) and all(f[1] == Severity.INFO for f in findings(text)), text


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article():
    found = findings(SEED.read_text(encoding="utf-8"))
    warnings = [f[2] for f in found if f[1] >= Severity.WARNING]
    assert warnings == ["The master of the Kremlin", "head of diplomacy"]
    assert ("CAL001", Severity.INFO, "the Chinese giant", None) in found
    assert len(found) <= 4


def test_matches_stay_inside_blocks_and_widest_wins():
    entry_short = _entry(r"\bhead\s+of\b")
    entry_long = _entry(r"\bhead of diplomacy\b")
    text = "the head\n\nof diplomacy, the head of diplomacy"
    blocks = (Block("paragraph", 0, 8), Block("paragraph", 10, len(text)))
    found = [(m.start, m.text) for m in find_matches(text, blocks, (entry_short, entry_long))]
    assert found == [(text.rindex("head of diplomacy"), "head of diplomacy")]


def test_span_groups_narrow_the_report():
    entry = _entry(r"\b(?P<span>assisted at) the ceremony|\b(?P<span2>attended for)\b")
    text = "He assisted at the ceremony and attended for hours."
    blocks = (Block("paragraph", 0, len(text)),)
    assert [m.text for m in find_matches(text, blocks, (entry,))] == ["assisted at", "attended for"]


def test_match_case():
    assert match_case("the Russian president", "The master of the Kremlin") == "The Russian president"
    assert match_case("Israel", "the Hebrew state") == "Israel"


def _entry(pattern: str):
    from checker.rules.lexicon import Entry

    return Entry(key=pattern, regex=re.compile(pattern, re.I), suggestion=None, note="", severity=None, data={})
