"""Every lexicon entry that names a word its matches contain is searched near that word only: its pattern's
reach is bounded (a run of blanks, letters or any characters is written with an upper bound in the data)."""
import re

import pytest

from checker.rules.lexicon import Entry, load_lexicon, pattern_reach, regex_anchors


@pytest.mark.parametrize("name", ["calques", "false_friends", "garble_patterns"])
def test_entries_with_an_anchor_are_windowed(name):
    unbounded = [e.key for e in load_lexicon(name)
                 if e.reach is None and (e.keyword or regex_anchors(e.regex.source, e.regex.flags))]
    assert unbounded == []


@pytest.mark.parametrize("source, bounded", [
    (r"\bhead of (?P<nation>[\w.-]{1,40})", True),
    (r"\bhead of (?P<nation>[\w.-]+)", False),
    (r"\bsince\s{1,3}several\b", True),
    (r"\bsince\s+several\b", False),
    (r"\bvery (?:much ){0,3}more\b", True),
    (r"\bvery (?:much )*more\b", False),
])
def test_reach_reads_the_bounds(source, bounded):
    assert (pattern_reach(source, 0) is not None) is bounded


@pytest.mark.parametrize("source, anchors", [
    (r"\bin the (?P<noun>aim|goal|objective) of\b", ("aim", "goal", "objective")),
    (r"\bthe (?:set|ensemble) of the\b", ("ensemble", "set")),
    (r"\bthe (?:nine )?(?-i:Sages)\b|\bthe nine (?:wise men|sages)\b", ("nine", "sages")),
    (r"\bthe (?:one|two) of the\b", ("the",)),  # no rarer word in every match: the common one stays
    (r"\bthe (?:big|great) (?:one|two)\b", ("big", "great")),
])
def test_a_common_keyword_gives_way_to_rarer_words(source, anchors):
    assert regex_anchors(source, re.IGNORECASE) == anchors


def test_rarer_anchors_find_what_finditer_finds():
    source = r"\bin the (?P<noun>aim|goal|objective) of\b|\bthe (?:nine )?(?-i:Sages)\b"
    flags = re.IGNORECASE | re.MULTILINE
    entry = Entry(key=source, regex=re.compile(source, flags), suggestion=None, note="", severity=None, data={},
                  keyword="the", anchors=regex_anchors(source, flags), reach=pattern_reach(source, flags))
    text = ("In the aim of peace, the Sages met; in the goal of; the nine Sages; the sages; IN THE AIM OF "
            "the aimless; in the objective of\nthe Sages") * 30
    for start, end in ((0, None), (7, len(text) - 5), (len(text) // 3, None)):
        assert [m.span() for m in entry.scan(text, start, end)] == [m.span() for m in entry.finditer(text, start, end)]
    assert entry.anchors == ("aim", "goal", "objective", "sages") and len(list(entry.scan(text))) > 100
