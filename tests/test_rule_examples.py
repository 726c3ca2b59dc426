"""Every rule's documented examples run: marked spans must be reported exactly, unmarked ones never."""
from __future__ import annotations

import pytest

from checker.api import check_document
from checker.config import Config
from checker.parsers import parse
from checker.source_quotes import SourceQuote
from checker.rules import ALL_RULES

# Rules that need a language model report what the user's model finds, so their examples cannot
# run exactly here: tests/test_models.py runs them with a tiny model (negatives exactly, spans valid).
CASES = [(rule, i, example) for rule in ALL_RULES if not rule.needs_model
         for i, example in enumerate(rule.examples)]


@pytest.mark.parametrize("rule,index,example", CASES, ids=[f"{r.code}-{i}" for r, i, _ in CASES])
def test_example(rule, index, example):
    text, expected = example.plain()
    doc = parse(text, "text", lang=example.lang or "en")
    source = None if example.source is None else parse(example.source, "text", lang="fr")
    quotes = tuple(SourceQuote(speaker, words) for speaker, words in example.quotes)
    report = check_document(doc, Config(), source, quotes, ALL_RULES_SELECTED)
    found = sorted((f.start, f.end) for f in report.findings if f.code == rule.code)
    got = [text[s:e] for s, e in found]
    want = [text[s:e] for s, e in expected]
    assert found == sorted(expected), f"{rule.code} example {index}: expected {want}, got {got}"


ALL_RULES_SELECTED = ALL_RULES

# Rules that read the source also run without the model layer (rule-only, --no-models): their
# examples must hold there too, unless they need a model themselves.
BITEXT_CASES = [(rule, i, example) for rule, i, example in CASES if rule.needs_source and example.source]


@pytest.mark.parametrize("rule,index,example", BITEXT_CASES, ids=[f"{r.code}-{i}" for r, i, _ in BITEXT_CASES])
def test_bitext_example_without_models(rule, index, example):
    text, expected = example.plain()
    doc = parse(text, "text", lang=example.lang or "en")
    source = parse(example.source, "text", lang="fr")
    quotes = tuple(SourceQuote(speaker, words) for speaker, words in example.quotes)
    report = check_document(doc, Config(models=False), source, quotes, (rule,))
    found = sorted((f.start, f.end) for f in report.findings if f.code == rule.code)
    assert found == sorted(expected), f"{rule.code} example {index} without models: got {[text[s:e] for s, e in found]}"


def test_every_rule_has_examples_both_ways():
    for rule in ALL_RULES:
        if rule.needs_model:
            assert rule.examples, f"{rule.code}: no examples"
            continue
        positives = sum(e.positive for e in rule.examples)
        negatives = sum(not e.positive for e in rule.examples)
        assert positives >= 5 and negatives >= 5, f"{rule.code}: {positives} positive, {negatives} negative examples"


def test_codes_unique_and_documented():
    codes = [r.code for r in ALL_RULES]
    assert len(codes) == len(set(codes))
    for rule in ALL_RULES:
        for section in ("## What it does", "## Why is this bad?", "## Example"):
            assert section in rule.doc, f"{rule.code} lacks {section!r}"
        assert rule.summary and rule.name


class _RecordingContext:
    """Wraps Context.get to record the annotations a rule asks for directly (not through other annotators)."""

    def __init__(self, ctx):
        self.ctx, self.depth, self.asked = ctx, 0, set()
        self._get = ctx.get
        ctx.get = self.get

    def get(self, name):
        if self.depth == 0:
            self.asked.add(name)
        self.depth += 1
        try:
            return self._get(name)
        finally:
            self.depth -= 1


def test_rules_declare_the_annotations_they_use():
    from checker.context import ANNOTATORS, Context

    for rule in ALL_RULES:
        assert set(rule.requires) <= set(ANNOTATORS), f"{rule.code} requires an unknown annotation"
        if rule.needs_model:
            continue
        asked = set()
        for example in rule.examples:
            text, _ = example.plain()
            source = None if example.source is None else parse(example.source, "text", lang="fr")
            quotes = tuple(SourceQuote(speaker, words) for speaker, words in example.quotes)
            recorder = _RecordingContext(Context(parse(text, "text", lang=example.lang or "en"), source, quotes))
            if recorder.ctx.missing(rule.requires):
                continue
            list(rule.check(recorder.ctx))
            asked |= recorder.asked
        assert asked <= set(rule.requires), f"{rule.code} uses {sorted(asked - set(rule.requires))} undeclared"
