"""The indexes that keep the attribution, garbled and quote rules linear answer as the scans they replace."""
from __future__ import annotations

import gc
import random
import tracemalloc

import pytest

from checker.lang.clauses import find_stray_attributions
from checker.rules import ALL_RULES
from checker.rules.garbled.spans import Spans
from checker.rules.garbled.stranded_verb import _QuoteMarks
from checker.rules.lexicon import candidates, load_lexicon

LEXICONS = ("garble_patterns", "calques", "false_friends", "boilerplate", "outlets")


def _examples() -> str:
    return "\n\n".join(e.text.replace("[[", "").replace("]]", "") for r in ALL_RULES for e in r.examples)


def test_spans_overlap_test_equals_a_scan_of_every_span():
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 30)) for s in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
        index = Spans.of(spans)
        for _ in range(30):
            before, after = rng.randint(-5, 240), rng.randint(-5, 240)
            assert index.ends_after(before, after) == any(s < before and e > after for s, e in spans)


def test_quote_marks_count_as_the_paragraph_prefix_does():
    text = 'He said: “we will go” and « non » then "yes and “no more, said he.” Fine, "ok'
    marks = _QuoteMarks(text, 3)
    for pos in range(3, len(text) + 1):
        before = text[3:pos]
        expected = before.count("“") > before.count("”") or before.count('"') % 2 == 1 \
            or before.count("«") > before.count("»")
        assert marks.inside(pos) == expected


def test_stray_attributions_are_computed_once_per_paragraph_and_not_shared_mutably():
    text = "The talks failed. He said. he noted, saying that the plan would work.\n\nShe added."
    first = find_stray_attributions(text, 0, 69)
    assert [s.kind for s in first] and find_stray_attributions(text, 0, 69) == first
    first.clear()  # a caller's list is its own
    assert find_stray_attributions(text, 0, 69)
    other = (text + " ")[:-1]  # equal text, another object: computed again, same answer
    assert find_stray_attributions(other, 0, 69) == find_stray_attributions(text, 0, 69)


@pytest.mark.parametrize("name", LEXICONS)
def test_the_word_index_finds_the_entries_a_search_per_entry_finds(name):
    entries = load_lexicon(name)
    one_by_one = tuple(list(entries))  # another tuple: not indexed, read entry by entry
    examples = _examples()
    texts = [examples, examples.upper(), "Kelvin \u212a, \u0130stanbul.\n\n" + examples[:4000],
             examples.replace(" ", "_").replace("e", "é"), "", "   ", "l’allocution d'État, au-delà"]
    for text in texts:
        for part in [text] + text.split("\n\n"):
            assert candidates(entries, part) == candidates(one_by_one, part)


def test_the_scanner_keeps_no_earlier_text_alive():
    entries = [e for e in load_lexicon("garble_patterns") if e.anchors and len(e.anchors) > 1 and e.reach]
    assert entries
    body = _examples()[:4000] + " more and more, one on ten, the one of the. " * 40
    for entry in entries:  # patterns are compiled on first use and kept: that is not a text kept alive
        list(entry.scan("Warm-up: " + body))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(40):  # 40 texts of about 6 kB each: kept, they would hold about 0.5 MB
            text = f"Text {i}: " + body
            for entry in entries:
                list(entry.scan(text))
        del text
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # what stays is the last text's memo (its lowercase, each entry's anchor places: about 1 kB an entry);
    # 40 texts kept would hold about 0.5 MB
    assert kept < 40_000 + 1_200 * len(entries)
