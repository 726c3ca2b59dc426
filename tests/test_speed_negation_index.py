"""pair.negation reads each bead's markers from an index: the same diffs as scanning every marker per bead."""
from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

import pytest

from checker.compare import negation
from checker.compare.negation import Marker, compare_aligned
from checker.config import Config
from checker.context import Context
from checker.parsers import parse

ROOT = Path(__file__).resolve().parent.parent
WORDS = "the minister did not say he had ever refused it and nobody was told never without reason".split()


def _within(markers, span):
    return [m for m in markers if span[0] <= m.start and m.end <= span[1]]


def reference(pairs, source_markers, target_markers, source_text, target_text):
    """compare_aligned as it was: every marker of the document scanned for every bead."""
    per_bead = [negation._bead_diffs(p, _within(source_markers, p.source_span), _within(target_markers, p.target_span),
                                     target_text) if p.source and p.target else [] for p in pairs]
    strong = lambda markers, span: sum(not m.weak for m in _within(markers, span))  # noqa: E731
    net = [sum(1 if d.kind == "added" else -1 for d in found) if found
           else strong(target_markers, p.target_span) - strong(source_markers, p.source_span)
           for p, found in zip(pairs, per_bead)]
    diffs = []
    for n, found in enumerate(per_bead):
        if found and any(net[m] * net[n] < 0 for m in (n - 1, n + 1) if 0 <= m < len(net)):
            continue
        diffs.extend(found)
    return diffs


def _random_markers(rng, length, count):
    markers = []
    for i in range(count):
        start = rng.randrange(length)
        end = min(length, start + rng.choice((0, 1, 3, 8)))
        word = rng.choice(("pas", "jamais", "sans", "not", "never", "no"))
        markers.append(Marker(start, end, "x" * (end - start), word, i // 3, i, rng.random() < 0.3))
    return markers


def _random_pairs(rng, source_len, target_len, count):
    pairs = []
    for _ in range(count):
        s0, t0 = rng.randrange(source_len), rng.randrange(target_len)
        s1, t1 = min(source_len, s0 + rng.randrange(0, 120)), min(target_len, t0 + rng.randrange(0, 120))
        pairs.append(SimpleNamespace(source_span=(s0, s1), target_span=(t0, t1),
                                     source="s" if s1 > s0 else "", target="t" if t1 > t0 else ""))
    return pairs


@pytest.mark.parametrize("seed", range(40))
def test_indexed_matches_brute_force_on_random_inputs(seed):
    rng = random.Random(seed)
    target_text = " ".join(rng.choice(WORDS) for _ in range(200))
    source_text = "x" * 900
    source = sorted(_random_markers(rng, len(source_text), rng.randrange(0, 40)), key=lambda m: m.start)
    target = _random_markers(rng, len(target_text), rng.randrange(0, 40))  # unsorted, with ties and empty spans
    pairs = _random_pairs(rng, len(source_text), len(target_text), rng.randrange(1, 30))
    expected = reference(pairs, source, target, source_text, target_text)
    assert compare_aligned(pairs, source, target, source_text, target_text) == expected


def _bilingual_posts():
    return sorted((ROOT / "fixtures/bilingual/content/posts").iterdir())


@pytest.mark.parametrize("post", _bilingual_posts()[:6], ids=lambda p: p.name)
def test_indexed_matches_brute_force_on_real_pairs(post):
    en, fr = post / "index.en.md", post / "index.fr.md"
    ctx = Context(parse(en.read_text(), "markdown", path=str(en), lang="en"),
                  parse(fr.read_text(), "markdown", path=str(fr), lang="fr"), (),
                  options={"quality_threshold": Config(models=False).quality_threshold}, models=None)
    args = (ctx.get("pair.sentences"), ctx.get("source.negation"), ctx.get("target.negation"),
            ctx.source.text, ctx.doc.text)
    assert ctx.get("pair.negation") == compare_aligned(*args) == reference(*args)


def test_real_pairs_have_negations_to_compare():
    """The real-pair check is not vacuous: some bead of the fixtures differs in polarity."""
    found = 0
    for post in _bilingual_posts():
        en, fr = post / "index.en.md", post / "index.fr.md"
        ctx = Context(parse(en.read_text(), "markdown", path=str(en), lang="en"),
                      parse(fr.read_text(), "markdown", path=str(fr), lang="fr"), (), options={}, models=None)
        found += len(ctx.get("pair.negation"))
    assert found > 0
