"""The lexicon pre-filters (anchors, word index, positions from a large text's words) never drop a match."""
from __future__ import annotations

import random
import re
import time

import pytest

from checker.api import check_document
from checker.config import Config
from checker.parsers import parse
from checker.rules import FAMILIES
from checker.rules.garbled.literal_syntax import calque_spans, literal_syntax_hits
from checker.rules.garbled.spans import Spans
from checker.rules.lexicon import LARGE_TEXT, candidates, literal_anchors, load_lexicon

LEXICONS = ("calques", "false_friends", "garble_patterns", "boilerplate")
MINE = ("calque", "false_friends", "garbled")


def _example_texts() -> list[str]:
    """The rule examples of the families that read these lexicons, without their span marks."""
    return [example.text.replace("[[", "").replace("]]", "") for family in FAMILIES
            if family.__name__.rsplit(".", 1)[1] in (*MINE, "boilerplate")
            for rule in family.RULES for example in rule.examples]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    examples = _example_texts()
    shuffled = examples[:]
    random.Random(7).shuffle(shuffled)
    single = " ".join(shuffled * 3)
    assert len(single) >= LARGE_TEXT  # the large-text path (positions read from the words) is taken
    return {"paragraphs": "\n\n".join(examples), "single-line": single, "short": examples[0]}


def test_literal_anchors_are_in_every_match():
    assert literal_anchors(r"\b(?:of|to) (?P<span>the one of)(?= the\b)", re.I) == ("of the one of", "to the one of")
    assert literal_anchors(r"\b(?:a|one) (?:years?|days?) of (?:more|less)\b", re.I) == tuple(sorted(
        f"{a} {unit}{s} of {b}" for a in ("a", "one") for unit in ("day", "year") for s in ("", "s")
        for b in ("more", "less")))
    assert literal_anchors(r"[Oo]nce (?:[a-z]+ed|back)", 0) == ("once ",)  # a set of letters, lowered
    assert literal_anchors(r"(?:he|she) (?:him|us)? [a-z]+", re.I) == ("he ", "she ")  # the optional part: nothing
    assert literal_anchors(r"\d+ \w+", 0) is None  # nothing literal worth looking for
    # the alternatives' shared "the " is moved out of them by the parser: what follows it still counts
    shared = r"\b[a-z]+ (?:the (?:most|least) [a-z]+|the (?:more|less) [a-z]+)"
    assert literal_anchors(shared, re.I) == (" the least ", " the less ", " the more ", " the most ")
    for source in (r"(?:he|she) (?:him|us)? [a-z]+", r"\b(?:a|one) (?:years?|days?) of (?:more|less)\b", shared):
        for text in ("She us went", "she walked", "one years of more", "A day of less", "is the most able",
                     "Which The Less known"):
            for match in re.finditer(source, text, re.I):
                assert any(word in match.group().lower() for word in literal_anchors(source, re.I))


@pytest.mark.parametrize("name", LEXICONS)
def test_scan_and_candidates_miss_nothing(texts, name):
    entries = load_lexicon(name)
    for shape, text in texts.items():
        text = text[:-1] + text[-1]  # a new string: no memo of an earlier text answers
        chosen = candidates(entries, text)
        for entry in entries:
            expected = [m.span() for m in entry.finditer(text)]
            assert [m.span() for m in entry.scan(text)] == expected, (shape, entry.key)
            if expected:
                assert entry in chosen, (shape, entry.key)


def test_anchor_places_in_a_large_text_are_every_occurrence(texts):
    """A large text's anchor places, read from its words or (for a common word) searched for, are every place."""
    from checker.rules.lexicon import _INDEXES, text_words
    text = texts["single-line"][:-1] + texts["single-line"][-1]
    lowered = text_words(text)[0]
    for name in ("calques", "garble_patterns", "false_friends"):
        entries = load_lexicon(name)
        index = _INDEXES[id(entries)][1]
        candidates(entries, text)  # the index reads the text
        for anchor in sorted({a for entry in entries for a in entry.anchors or ()}):
            expected = [m.start() for m in re.finditer(f"(?={re.escape(anchor)})", lowered)]  # overlaps too
            assert index.anchor_positions(text, (anchor,)) == expected, (name, anchor)


def test_literal_syntax_hits_and_calque_spans_by_block(texts):
    garble, calques = load_lexicon("garble_patterns"), load_lexicon("calques")
    for shape in ("paragraphs", "single-line"):
        doc = parse(texts[shape][:-1] + texts[shape][-1], "text", lang="en")
        text = doc.text
        for block in doc.blocks:
            found = [(s, e, entry.key, match.span()) for s, e, entry, match in
                     literal_syntax_hits(text, block.start, block.end)]
            expected = []
            for entry in garble:
                for match in entry.finditer(text, block.start, block.end):
                    group = "span" if "span" in entry.regex.groupindex and match.group("span") is not None else 0
                    if match.end(group) > match.start(group):
                        expected.append((match.start(group), match.end(group), entry.key, match.span()))
            assert sorted(found) == sorted(expected)
            spans = Spans.of(m.span() for entry in calques for m in entry.finditer(text, block.start, block.end))
            lazy = calque_spans(text, block.start, block.end)
            for pos in range(block.start, block.end, 3):
                for width in (1, 5, 20):
                    assert lazy.ends_after(pos + width, pos) == spans.ends_after(pos + width, pos)


def test_long_documents_stay_fast(texts):
    """A generous cap (the benchmark holds the real figures): 3x the words may not cost 6x the time."""
    rules = tuple(rule for family in FAMILIES if family.__name__.rsplit(".", 1)[1] in MINE for rule in family.RULES)
    config = Config(models=False)

    def cost(text: str) -> float:
        doc = parse(text[:-1] + text[-1], "text", lang="en")
        started = time.process_time()
        check_document(doc, config, rules=rules)
        return time.process_time() - started

    single = texts["single-line"]
    cost(single)
    small, large = min(cost(single) for _ in range(2)), min(cost(" ".join([single] * 3)) for _ in range(2))
    assert large < 6 * small + 0.5, (small, large)
    repeated = "He said. he noted, saying that the plan would work. " * 3000
    assert cost(repeated) < 10.0
