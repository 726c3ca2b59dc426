"""What start-up reads from the data cache is what it would build: mapped buffers, lexicon indexes, word senses."""
from __future__ import annotations

import re

import pytest

from checker.data import cache


def test_buffers_mapped_back_as_built(fresh_cache):
    built, parts = [], [b"abc", bytes(range(10)), b"", b"\x01\x00\x02\x00"]

    def build():
        built.append(1)
        return tuple(parts)

    first = cache.cached_buffers("test", cache.digest(b"v1"), build)
    again = cache.cached_buffers("test", cache.digest(b"v1"), build)
    assert [bytes(part) for part in first] == [bytes(part) for part in again] == parts and len(built) == 1
    assert list(again[3].cast("H")) == [1, 2]  # each part aligned, cast in place
    cache.cached_buffers("test", cache.digest(b"v2"), build)
    assert len(built) == 2 and len(list(fresh_cache.glob("test-*.bin"))) == 1  # the stale table is gone
    for damaged in (b"", b"\x00garbage", b"\xff" * 8 + b"abc", (2).to_bytes(8, "little") + (9).to_bytes(8, "little")):
        next(fresh_cache.glob("test-*.bin")).write_bytes(damaged)
        assert [bytes(p) for p in cache.cached_buffers("test", cache.digest(b"v2"), build)] == parts


def test_buffers_without_cache(monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "off")
    cache.cache_dir.cache_clear()
    try:
        assert [bytes(p) for p in cache.cached_buffers("test", "k", lambda: (b"xy", b"z"))] == [b"xy", b"z"]
    finally:
        cache.cache_dir.cache_clear()


@pytest.mark.parametrize("name", ["calques", "false_friends", "garble_patterns", "boilerplate", "outlets"])
def test_lexicon_index_from_cache_as_built(fresh_cache, name):
    from checker.rules import lexicon

    lexicon.load_lexicon.cache_clear()
    try:
        for _ in range(2):  # built and kept, then read back
            entries = lexicon.load_lexicon(name)
            index = lexicon._INDEXES[id(entries)][1]
            direct = lexicon.WordIndex(entries)
            for slot in ("always", "by_word", "phrases", "run_of", "openings", "words", "letters"):
                assert getattr(index, slot) == getattr(direct, slot), slot
            lexicon.load_lexicon.cache_clear()
    finally:
        lexicon.load_lexicon.cache_clear()


def test_senses_from_cache_as_built(fresh_cache):
    from checker.rules.false_friends import sense_cues

    sense_cues.senses.cache_clear()
    try:
        built = sense_cues._built_senses()
        assert sense_cues.senses() == built  # built in this process, then kept
        sense_cues.senses.cache_clear()
        assert sense_cues.senses() == built  # read back
        for sense in built[0]:
            for name in sense_cues.PATTERN_FIELDS:
                source = getattr(sense, name)
                if source:
                    compiled = sense_cues._rx(source)
                    assert compiled.pattern == source and compiled.flags == re.compile(source, re.IGNORECASE).flags
    finally:
        sense_cues.senses.cache_clear()


def test_transliterations_and_furniture_from_cache_as_built(fresh_cache):
    from checker.rules.boilerplate import site_furniture
    from checker.rules.lexicon import load_lexicon
    from checker.rules.transliteration import forms

    for _ in range(2):
        forms.lexicon.cache_clear()
        site_furniture._line_entries.cache_clear()
        assert forms.lexicon().regex.pattern == forms._forms_source(forms.lexicon().forms)
        assert site_furniture._line_entries() == frozenset(
            id(entry) for entry in load_lexicon("boilerplate")
            if site_furniture._opens_lines(entry.regex.source, entry.regex.flags))
    forms.lexicon.cache_clear()
    site_furniture._line_entries.cache_clear()
