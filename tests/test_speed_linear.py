"""Long inputs under a generous time cap, rule by rule: catches a rule that became quadratic.

The caps are far above the real cost (benchmarks/speed.py holds the figures): a rule that rescans the
text for every sentence, quote or name costs minutes here, a linear one a second or two.
"""
from __future__ import annotations

import time

import pytest

from checker.api import model_set
from checker.config import Config
from checker.context import Context
from checker.parsers import parse
from checker.rules import ALL_RULES

from .conftest import FIXTURES

WORDS = 12000
CAP_S = 30.0  # per rule and document; the linear rules take well under a second at this length
REPEATED = "He said. he noted, saying that the plan would work. “We will appeal,” said Marine Le Pen. "


def _seed_paragraphs() -> list[str]:
    text = (FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _document(shape: str) -> str:
    if shape == "repetitive":
        return REPEATED * (WORDS // len(REPEATED.split()))
    paragraphs, out, count = _seed_paragraphs(), [], 0
    while count < WORDS:
        out.append(paragraphs[len(out) % len(paragraphs)])
        count += len(out[-1].split())
    return (" " if shape == "single-line" else "\n\n").join(out)


@pytest.fixture(scope="module", params=["single-line", "repetitive", "paragraphs"])
def context(request):
    doc = parse(_document(request.param), "text", lang="en")
    return request.param, Context(doc, None, (), models=model_set(Config(models=False)))


@pytest.mark.slow
def test_every_rule_stays_linear_on_long_documents(context):
    shape, ctx = context
    slow = []
    for rule in ALL_RULES:
        if ctx.missing(rule.requires):
            continue
        for name in rule.requires:  # annotations timed apart: the first rule to ask should not pay for all
            started = time.process_time()
            ctx.get(name)
            if time.process_time() - started > CAP_S:
                slow.append(f"annotation {name}: {time.process_time() - started:.1f} s")
        started = time.process_time()
        hits = list(rule.check(ctx))
        spent = time.process_time() - started
        assert all(0 <= h.start <= h.end <= len(ctx.doc.text) for h in hits)
        if spent > CAP_S:
            slow.append(f"{rule.code}: {spent:.1f} s")
    assert not slow, f"{shape} document of {WORDS} words: " + "; ".join(slow)


def test_site_furniture_prefilter_skips_only_blocks_without_a_match(monkeypatch):
    """BPL001's one-pattern pre-filter gives the findings of scanning every entry in every block."""
    from checker.rules import rule_by_code
    from checker.rules.boilerplate import site_furniture

    assert site_furniture._any_entry() is not None  # the entries can be joined: the pre-filter is in use
    texts = [example.plain()[0] for code in ("BPL001", "BPL003") for example in rule_by_code(code).examples]
    texts += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seed").glob("*.txt"))]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]  # the entries' own case flags
    contexts = [Context(parse(text, "text", lang="en"), None, (), models=None) for text in texts]
    prefiltered = [list(site_furniture.check(ctx)) for ctx in contexts]
    monkeypatch.setattr(site_furniture, "_any_entry", lambda: None)
    scanned = [list(site_furniture.check(ctx)) for ctx in contexts]
    assert prefiltered == scanned
    assert sum(map(len, scanned)) >= 10  # the texts hold furniture, in several cases
