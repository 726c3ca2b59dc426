"""One token lookup per text shared by every lexicon's word index: the same candidates, anchors and scans."""
import re

import pytest

from checker.rules import lexicon

LEXICONS = ("boilerplate", "outlets", "calques", "false_friends", "garble_patterns")

TEXTS = [
    "Since ten years, the minister officially less present at the Élysée has made the buzz. "
    "He is more old than his rival, the one of the two last candidates.\n\n"
    "According to Le Monde, the sentence is the one of which we speak. Read also: our file.",
    "Plain English news with nothing French about it: the council met on Tuesday and voted.",
    "quelque chose de fort\n\nA x y z q qu quo quote uo 2014 l'état d'urgence, au jour d'aujourd'hui",
    "",
]


def _per_lexicon_words(index: lexicon.WordIndex, text: str) -> frozenset[str]:
    """What a lexicon's own token lookup finds (as each index did before the lookup was shared)."""
    return frozenset().union(*(index._anchors_in(token) for token in lexicon.text_words(text)[1]))


@pytest.mark.parametrize("name", LEXICONS)
def test_shared_words_equal_each_lexicons_own(name):
    index = lexicon.WordIndex.of(lexicon.load_lexicon(name))
    assert index is not None
    for text in TEXTS:
        assert lexicon._INDEXED.present(text) & index.words == _per_lexicon_words(index, text), (name, text)


@pytest.mark.parametrize("name", LEXICONS)
def test_candidates_hold_every_entry_that_matches(name):
    entries = lexicon.load_lexicon(name)
    for text in TEXTS:
        chosen = lexicon.candidates(entries, text)
        for entry in entries:
            if any(True for _ in entry.finditer(text)):
                assert entry in chosen, (name, entry.key, text)


def test_an_index_built_after_a_text_was_read_sees_its_words():
    text = "The zorblaxian envoy spoke. " + TEXTS[0]
    for name in LEXICONS:
        lexicon.candidates(lexicon.load_lexicon(name), text)  # the shared words of the text, read before
    entry = lexicon.Entry(key="z", regex=re.compile(r"zorblaxian\s+envoy", re.I), suggestion=None, note="",
                          severity=None, data={}, keyword="zorblaxian", anchors=("zorblaxian",), reach=20)
    index = lexicon.WordIndex.of((entry,))
    assert index.candidates(text) == (entry,)
    assert index.candidates("No such word here.") == ()


@pytest.mark.parametrize("name", ["calques", "garble_patterns", "false_friends"])
def test_scan_block_after_block_equals_finditer(name):
    entries = lexicon.load_lexicon(name)
    text = "\n\n".join(TEXTS[:3] * 3)
    lexicon.candidates(entries, text)  # the anchors the text lacks known from the shared word lookup
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for entry in entries:
        for start, end in blocks:
            scanned = [m.span() for m in entry.scan(text, start, end)]
            assert scanned == [m.span() for m in entry.finditer(text, start, end)], (name, entry.key)


@pytest.mark.parametrize("name", ["calques", "garble_patterns"])
def test_positions_are_the_anchor_occurrences(name):
    entries = lexicon.load_lexicon(name)
    for text in TEXTS[:3]:
        lowered = text.lower()
        lexicon.candidates(entries, text)
        for entry in entries:
            positions = entry.positions(text)
            if entry.anchors is None or entry.reach is None:
                assert positions is None
                continue
            expected = sorted({i for anchor in entry.anchors for i in range(len(lowered))
                               if lowered.startswith(anchor, i)})
            assert positions == expected, (name, entry.key)
