"""The entity index of the speaker resolver (Registry.positions, described_as, with_word) answers as the
walks over every entity it replaces, and lets each lookup visit only the entities near it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import checker.lang.quotes as quotes_module
from checker.lang import speakers
from checker.lang.quotes import _Extractor, extract_quotes
from checker.parsers import parse

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["John", "Mary", "David", "Sarah", "Peter", "Anna", "Michael", "Laura", "James", "Emma"]
LAST = ["Ashford", "Brennan", "Calloway", "Dunmore", "Ellery", "Fairbank", "Galloway", "Hartwell", "Ingram",
        "Jessop", "Kendrick", "Lockwood", "Marlowe", "Northcott", "Oakley", "Pemberton", "Quinlan", "Radcliffe",
        "Somerton", "Thackeray", "Underhill", "Vickery", "Whitlock", "Yardley"]
ORGS = ["Northwind Bank", "Acme Airlines", "Harbour Council", "Redstone Union", "Bluefield Institute"]


def people_paragraphs(n: int) -> list[str]:
    """n paragraphs, each about people named nowhere else: resolution must not look at the others."""
    out = []
    for k in range(n):
        first, last, org = FIRST[k % len(FIRST)], LAST[k % len(LAST)], ORGS[k % len(ORGS)]
        name = f"{first} {last}{'ton' * (k // len(LAST))}"  # "Ashford", "Ashfordton", …: a new surname
        out.append(f"{name}, a spokesman for {org}, said on Monday that the plan would work. "
                   f"“We are confident,” he added. The spokesman said the talks would resume, "
                   f"and {org} said it agreed. “It is a good day,” the bank said.")
    return out


def fixture_texts() -> list[tuple[str, str]]:
    texts = []
    for name in ("en.jsonl", "fr.jsonl"):
        items = [json.loads(line) for line in open(ROOT / "fixtures/quotes" / name, encoding="utf-8")
                 if line.strip()]
        lang = name[:2]
        texts += [(item["text"], lang) for item in items[:12]]
        texts.append(("\n\n".join(item["text"] for item in items), lang))  # one long many-paragraph document
    texts.append(("\n\n".join(people_paragraphs(30)), "en"))
    texts.append((" ".join(people_paragraphs(30)), "en"))  # one block: every window is the whole text
    return texts


class BruteRegistry(speakers.Registry):
    """The index queries answered by walking every entity and mention, as the resolver did before."""

    def named_between(self, lo, hi):
        return [e for e in self.entities if any(lo <= p < hi for p, _ in e.mentions)]

    def mentions_from(self, lo):
        found = [(p, k, role) for k, e in enumerate(self.entities) for p, role in e.mentions if p >= lo]
        return [(p, self.entities[k], role) for p, k, role in sorted(found)]

    def described_as(self, role_class):
        return list(self.entities)  # every entity: the caller tests each

    def with_word(self, word):
        return list(self.entities)


def _extract(text: str, lang: str, registry=speakers.Registry):
    """The extractor (its registry and resolver kept) and its quotes, with `registry` for the entities."""
    doc = parse(text, "text", lang=lang)
    ex = _Extractor(doc.text, tuple(doc.blocks), lang)
    try:
        quotes_module.Registry = registry
        quotes = ex.run()
    finally:
        quotes_module.Registry = speakers.Registry
    return ex, quotes


@pytest.mark.parametrize("text,lang", fixture_texts())
def test_index_answers_as_the_walk(text, lang):
    ex, quotes = _extract(text, lang)
    _, brute = _extract(text, lang, BruteRegistry)
    assert [q.to_json() for q in quotes] == [q.to_json() for q in brute]
    doc = parse(text, "text", lang=lang)
    assert quotes == extract_quotes(doc.text, doc.blocks, lang)
    registry, resolver = ex.registry, ex.resolver
    walk = BruteRegistry(registry.lex)
    walk.entities = registry.entities
    points = sorted({p + d for e in registry.entities for p, _ in e.mentions for d in (-1, 0, 1)} |
                    set(resolver.block_starts) | {0, len(ex.text)})
    probes = points[::max(1, len(points) // 300)]  # a long document: a sample of its positions
    for lo, hi in list(zip(probes, probes[2:])) + [(p, p + 1) for p in probes]:
        assert registry.named_between(lo, hi) == walk.named_between(lo, hi)
    for lo in probes[::3]:
        assert list(registry.mentions_from(lo)) == walk.mentions_from(lo)
    for e in registry.entities:
        for _, head, _ in e.descriptions:
            assert any(x is e for x in registry.described_as(speakers._role_class(head)))
        for token in e.folded:
            assert any(x is e for x in registry.with_word(token))
            assert any(x is e for x in registry.with_word(speakers._singular(token)))
        for p in probes[::5]:
            assert e.count_before(p) == sum(1 for q, _ in e.mentions if q < p)
            assert e.has_mention(p, "subject") == ((p, "subject") in e.mentions)
    for pos in probes:
        block = resolver.block_of(pos)
        for within in (1, 3, 4):
            start = resolver.window_start(block, within)
            assert all((block - resolver.block_of(p) <= within) == (p >= start) for p in probes if p < pos)
        assert resolver._latest_named(pos, block) == _walk_latest_named(registry, resolver, pos, block)
        for within in (1, 3, 4):
            assert resolver.history_near(pos, within) == [h for h in resolver.history
                                                          if h[0] < pos and block - h[2] <= within]
            assert resolver.described_near(pos, within) == [d for d in resolver.described if d[0] < pos and
                                                            block - resolver.block_of(d[0]) <= within]
        assert resolver.last_named(pos) == _walk_last_named(resolver, pos)
    assert resolver.first_person() is _walk_first_person(registry, resolver)


def _walk_latest_named(registry, resolver, pos, block):
    out = []
    for e in sorted(registry.entities, key=lambda e: -(e.last_before(pos) or -1)):
        last = e.last_before(pos)
        if last is None or block - resolver.block_of(last) > 1:
            break
        out.append(e)
    return out


def _walk_last_named(resolver, pos):
    best = None
    for p, text in resolver.described:
        if p < pos:
            best = (p, text)
    last_entity = max((p for p, e, _ in resolver.history if p < pos and e is not None), default=-1)
    return best[1] if best and best[0] > last_entity else None


def _walk_first_person(registry, resolver):
    def body(p):
        block = resolver.block_of(p)
        return block not in resolver.furniture and block not in resolver.headline_blocks
    people = [e for e in registry.entities if e.kind == "person" and any(body(p) for p, _ in e.mentions)]
    return min(people, key=lambda e: min(p for p, _ in e.mentions if body(p)), default=None)


def test_lookups_visit_only_nearby_entities():
    """Three times the paragraphs, as many entities visited per lookup (a walk over every entity for every
    pronoun and description visits three times as many: nine times as many in all)."""
    per_lookup = {}
    for n in (20, 60):
        count = {"calls": 0, "visits": 0}
        named_between = speakers.Registry.named_between

        def counted(self, *args):
            found = named_between(self, *args)
            count["calls"] += 1
            count["visits"] += len(found)
            return found
        try:
            speakers.Registry.named_between = counted
            ex, quotes = _extract("\n\n".join(people_paragraphs(n)), "en")
        finally:
            speakers.Registry.named_between = named_between
        assert len(ex.registry.entities) >= n
        assert sum(q.resolved_speaker is not None for q in quotes) >= 3 * n
        assert count["calls"] >= n
        per_lookup[n] = count["visits"] / count["calls"]
    assert per_lookup[60] <= 1.25 * per_lookup[20]
