"""The source-free rules of issue 13 on the development set (constructed articles; development figures)."""
from __future__ import annotations

import pytest

from benchmarks.sourcefree_table import FOCUS, load_dev, parse_marked, score_dev
from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.boilerplate.reader_prompt import features


def test_marks_are_parsed_into_offsets():
    text, annotations, traps = parse_marked("A [[b c|repetition]] d {{e}} [[f|garbled/calque]].")
    assert text == "A b c d e f."
    assert [(text[s:e], c) for s, e, c in annotations] == [("b c", "repetition"), ("f", "garbled/calque")]
    assert [text[s:e] for s, e in traps] == ["e"]


def test_every_class_has_five_instances_and_clean_articles_exist():
    items = load_dev("all")
    counts = {cat: sum(c.split("/")[0] == cat for i in items for _, _, c in i["annotations"]) for cat in FOCUS}
    assert all(n >= 5 for n in counts.values()), counts
    assert sum(i["kind"] == "clean" for i in items) >= 5


@pytest.fixture(scope="module")
def dev_scores():
    return score_dev(load_dev("all"), Config(models=False), Severity.WARNING, show=False)


def test_development_recall_and_precision(dev_scores):
    annotated, found, reported, correct, trap_hits, clean_hits = dev_scores
    recall = sum(found[c] for c in FOCUS) / sum(annotated[c] for c in FOCUS)
    precision = sum(correct[c] for c in FOCUS) / max(sum(reported[c] for c in FOCUS), 1)
    assert recall >= 0.85 and precision >= 0.95, (recall, precision)
    assert trap_hits == 0 and clean_hits == 0


def _codes(text: str, prefix: str) -> list[str]:
    return [f.text for f in check_text(text, Config(models=False)).findings
            if f.code.startswith(prefix) and f.severity >= Severity.WARNING]


def test_people_sharing_a_surname_are_not_variants():
    text = ("Marine Le Pen spoke. Jean-Marie Le Pen, her father, did not. Marine Le Pen said so. "
            "Lech Kaczyński died in 2010. Jarosław Kaczyński leads the party; Jarosław Kaczyński spoke.")
    assert _codes(text, "ENT") == []


def test_a_one_letter_variant_met_once_is_reported_against_two():
    text = "Donald Tusk won. Donald Tusk spoke. Donald Tousk promised reform."
    assert _codes(text, "ENT001") == ["Donald Tousk"]


def test_appended_attribution_needs_a_first_one_and_the_same_speaker():
    assert _codes("The plant will close, the company said, it added.", "ATT004") == ["it added"]
    assert _codes("The plant will close, she added.", "ATT004") == []
    assert _codes("He said the plant would close, she added.", "ATT004") == []


@pytest.mark.parametrize("line, prompt", [
    ("Download our application to receive our alerts on the war", True),
    ("► VIDEO – The moment the bridge collapsed, in our live", True),
    ("Sign up for free to get the essentials of the day every morning", True),
    ("The government launched an app that users can download for free.", False),
    ("Follow the money, the investigators said.", False),
    ("“Subscribe to our newsletter,” the host told viewers.", False),
])
def test_reader_prompt_features(line, prompt):
    found = features(line)
    assert ((found.cta or found.promo or found.marker) and found.vocabulary > 0 and found.score >= 5) == prompt
