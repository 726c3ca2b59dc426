"""A long stretch (a document on one line) is searched only near a pattern's anchors (`scan_long`), also where the
pattern repeats a character without bound: the matches are those finditer finds, groups included."""
from __future__ import annotations

import re

import pytest

from checker.rules import ALL_RULES
from checker.rules.lexicon import LONG_STRETCH, RUN_LIMIT, load_lexicon, pattern_reach, scan_long


def _examples() -> str:
    """The examples of the calque and boilerplate rules, and GRB001's, whose patterns these tests search for."""
    rules = [r for r in ALL_RULES if r.code.startswith(("CAL", "BPL", "GRB001"))]
    return " ".join(e.text.replace("[[", "").replace("]]", "") for r in rules for e in r.examples)


def _texts() -> list[str]:
    examples = " ".join(_examples().split("\n"))
    assert len(examples) > LONG_STRETCH, "the examples no longer make a long line: the test would test nothing"
    return [examples, examples.upper(),
            examples.replace(" ", "   ").replace(", ", ",\t"),  # wider runs of blanks, still short ones
            examples.replace(" the ", " the" + " " * (RUN_LIMIT + 5)),  # a run too long: every pattern searched whole
            "Kelvin \u212a and dotted \u0130stanbul: " + examples]  # folds lower() does not give: searched whole


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("source, bounded", [
    (r"\bthe\s+(?:[\w-]+\s+)?king\s+of\b", True),
    (r"(?<![\w'’-])(?:make|made)\s+(?:the\s+)?(?-i:[a-z]{3,})\b(?=\s*(?:[,.;]|$))", True),
    (r"\b\d+[\d.,\s]*\s+years\b", True),
    (r"\bhead of (?:the\s+)+state\b", False),  # a repeated group: not a run of one character
    (r"\bsaid[^.]+\bthat\b", False),  # any character but a stop: no run of the two classes bounds it
])
def test_runs_bound_the_reach(source, bounded):
    assert pattern_reach(source, re.IGNORECASE) is None
    assert (pattern_reach(source, re.IGNORECASE, RUN_LIMIT) is not None) is bounded


def test_structures_on_one_line_find_what_finditer_finds():
    from checker.rules.calque.structures import _compiled

    texts = _texts()
    words = frozenset(re.findall(r"[a-zœ]+", texts[0].lower()))
    patterns = [regex for needs, regex, _ in _compiled() if not words.isdisjoint(needs)]  # those structure_hits tries
    for text, bounds in zip(texts, [(0, len(texts[0])), (7, len(texts[1]) - 5), (0, len(texts[2])),
                                    (0, len(texts[3])), (0, len(texts[4]))]):
        found = 0
        for regex in patterns:
            expected = _spans(regex.finditer(text, *bounds))
            assert _spans(scan_long(regex, text, *bounds)) == expected, regex.source
            found += len(expected)
        assert found > 20


def test_furniture_entries_on_one_line_find_what_finditer_finds():
    for text in _texts()[1:3]:
        for entry in load_lexicon("boilerplate"):  # phrases with r"\s+": their reach is known on a line of short runs
            assert _spans(entry.scan(text)) == _spans(entry.finditer(text)), entry.key


def test_a_short_stretch_is_searched_whole():
    regex = re.compile(r"\bthe\s+king\s+of\b", re.IGNORECASE)
    text = "the king of  the   KING of " * 10
    assert len(text) < LONG_STRETCH
    assert _spans(scan_long(regex, text, 0, len(text))) == _spans(regex.finditer(text)) != []
