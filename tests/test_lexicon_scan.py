"""Entry.scan (search near the keywords only) finds exactly what finditer finds."""
from __future__ import annotations

import random
import re

import pytest

from checker.rules import ALL_RULES
from checker.rules.lexicon import Entry, aligned_lower, literal_anchors, literal_lead, pattern_reach, regex_anchors

LEXICONS = ("garble_patterns", "calques", "false_friends", "boilerplate", "outlets")


def _texts() -> list[str]:
    examples = "\n".join(e.text.replace("[[", "").replace("]]", "") for r in ALL_RULES for e in r.examples)
    return [examples, examples.upper(), " ".join(examples.split("\n")),
            examples.replace(" ", "  ").replace("the", "Ⅰthe"),  # wider gaps, a letter lower() keeps in place
            "Kelvin \u212a and dotted \u0130stanbul: " + examples[:3000]]  # folds lower() does not give


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("name", LEXICONS)
def test_scan_equals_finditer(name):
    from checker.rules.lexicon import load_lexicon

    entries = [e for e in load_lexicon(name) if e.reach is not None]
    assert entries, "no entry is searched by windows: the test would test nothing"
    rng = random.Random(7)
    for text in _texts():
        bounds = [(0, None)] + [tuple(sorted(rng.sample(range(len(text)), 2))) for _ in range(2)]
        for entry in entries:
            for start, end in bounds:
                assert _spans(entry.scan(text, start, end)) == _spans(entry.finditer(text, start, end)), \
                    (entry.key, start, end)


def _entry(source: str, flags: int = re.IGNORECASE | re.MULTILINE) -> Entry:
    return Entry(key=source, regex=re.compile(source, flags), suggestion=None, note="", severity=None, data={},
                 keyword=None, anchors=regex_anchors(source, flags), reach=pattern_reach(source, flags))


@pytest.mark.parametrize("source, text", [
    (r"\bsince (?:two|three|\d{1,3}) (?:years|days)\b(?! ago)", "since two years. Since 3 days ago, since 10 days"),
    (r"(?<!\bthe )\bquai d'orsay\b", "The Quai d'Orsay said; the quai d'orsay; Quai d'Orsay"),
    (r"\b(?P<span>eventual)(?= (?:conflict|attack))|\bany (?P<span2>eventually)\b",
     "an eventual conflict, any eventually, eventual attacks " * 40),
    (r"(?:^|(?<=[.!?]\s))(?P<span>[Oo]nce (?:\w{2,12}ed))", "Once returned. once finished\nOnce calmed"),
])
def test_scan_edges(source, text):
    entry = _entry(source)
    assert entry.reach is not None and entry.anchors
    for start, end in ((0, None), (5, len(text) - 3), (len(text) // 2, None)):
        assert _spans(entry.scan(text, start, end)) == _spans(entry.finditer(text, start, end))


def test_lead_bounds_the_search_before_an_anchor():
    source = r"\b(?P<span>(?:one|\d{1,2}) (?:[a-z]{1,9} )?[a-z]{1,30} on (?:two|ten))\b(?=\s{0,3}[,.])"
    flags = re.IGNORECASE | re.MULTILINE
    anchors = literal_anchors(source, flags)
    lead = literal_lead(source, flags, anchors)
    assert lead == 3 + 1 + 10 + 30  # the longest "one", word, word before " on "
    assert literal_lead(r"(?:the|an?) (?:[a-z]+ )?cat\b", flags, ("cat",)) is None  # unbounded before it
    assert literal_lead(r"x(?:ab|cde)+ yz", flags, ("ab", "cde")) == 1  # a repeat's first time
    entry = Entry(key=source, regex=re.compile(source, flags), suggestion=None, note="", severity=None, data={},
                  anchors=anchors, reach=pattern_reach(source, flags), lead=lead)
    text = "One household on ten, 12 people on two. on ten, One big family of islanders on two. " * 20
    for start, end in ((0, None), (7, len(text) - 5), (len(text) // 2, None)):
        assert _spans(entry.scan(text, start, end)) == _spans(entry.finditer(text, start, end))
    assert len(list(entry.scan(text))) == 40


def test_lead_of_words_in_every_alternative():
    source = r"\bin (?:absolute|vital) emergency\b|\b(?:his|her) lives? (?:is|was) engaged\b"
    flags = re.IGNORECASE | re.MULTILINE
    anchors = ("emergency", "engaged")
    assert literal_lead(source, flags, anchors) == 3 + 1 + 4 + 1 + 1 + 3 + 1  # "her lives was " before "engaged"
    assert literal_lead(r"\bin (?:absolute|\w+) emergency\b|\bengaged\b", flags, anchors) is None  # unbounded
    entry = Entry(key=source, regex=re.compile(source, flags), suggestion=None, note="", severity=None, data={},
                  anchors=anchors, reach=pattern_reach(source, flags), lead=literal_lead(source, flags, anchors))
    text = "Two were in vital emergency; her lives was engaged, his life is engaged. In absolute emergency. " * 15
    for start, end in ((0, None), (9, len(text) - 4), (len(text) // 2, None)):
        assert _spans(entry.scan(text, start, end)) == _spans(entry.finditer(text, start, end))
    assert len(list(entry.scan(text))) == 45


def test_reach_and_anchors():
    assert pattern_reach(r"\bthe (?:one|two)\b", re.I) == len("the two") + 1 + 1
    assert pattern_reach(r"the\s+one", re.I) is None  # unbounded
    assert pattern_reach(r"ab(?= cdef)", 0) == 2 + 5 + 1  # the look-ahead reads on
    assert regex_anchors(r"\b(?:violent|peaceful) protest\b", re.I) == ("protest",)
    assert regex_anchors(r"\bgood day\b|\bbad night\b", re.I) == ("good", "night")  # the longest word of each
    assert regex_anchors(r"\b(?:a|an) (?:\w+)\b", re.I) is None


def test_aligned_lower():
    assert aligned_lower("Quai d'Orsay") == "quai d'orsay"
    assert aligned_lower("\u0130stanbul") is None  # lower() gives two characters
    assert aligned_lower("\u212a") is None  # matched as 'k' by case-insensitive patterns
