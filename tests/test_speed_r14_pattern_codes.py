"""Patterns compiled once for every later process: a table of their code in the data cache, read when first used."""
from __future__ import annotations

import re

import pytest

from checker.data import cache
from checker.rules.lexicon import CodeAt, LazyPattern, lazy_patterns

SOURCES = (r"\bthe (?P<span>master|head) of (?:the )?\w+", r"(?i:since) \d+ years", r"\b(?P<w>\w+)\s+(?P=w)\b")
TEXT = "The head of the Kremlin said since 10 years the the plan held."


def _matches(pattern) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]


def test_patterns_read_from_the_table_match_as_compiled_ones(fresh_cache):
    patterns = lazy_patterns("test-codes", SOURCES, re.IGNORECASE)
    assert all(type(p.code) is CodeAt for p in patterns)
    assert [_matches(p) for p in patterns] == [_matches(re.compile(s, re.IGNORECASE)) for s in SOURCES]
    assert list(fresh_cache.glob("test-codes-*.bin"))


def test_a_second_process_reads_the_code_instead_of_compiling(fresh_cache, monkeypatch):
    lazy_patterns("test-codes", SOURCES, re.IGNORECASE)

    def no_compile(*args):
        raise AssertionError("compiled again")

    monkeypatch.setattr(cache, "regex_code", no_compile)
    monkeypatch.setattr("checker.rules.lexicon._compiled", no_compile)
    again = lazy_patterns("test-codes", SOURCES, re.IGNORECASE)
    assert [_matches(p) for p in again] == [_matches(re.compile(s, re.IGNORECASE)) for s in SOURCES]


def test_other_sources_make_another_table(fresh_cache):
    lazy_patterns("test-codes", SOURCES, re.IGNORECASE)
    changed = lazy_patterns("test-codes", SOURCES[:2] + (r"\bheld\b",), re.IGNORECASE)
    assert _matches(changed[2]) == [((TEXT.index("held"), TEXT.index("held") + 4), {})]
    assert len(list(fresh_cache.glob("test-codes-*.bin"))) == 1  # the table of the earlier sources is replaced


def test_without_a_cache_each_pattern_compiles_when_first_used(monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "off")
    cache.cache_dir.cache_clear()
    try:
        built = []
        monkeypatch.setattr(cache, "regex_code", lambda *args: built.append(args))
        patterns = lazy_patterns("test-codes", SOURCES, re.IGNORECASE)
        assert built == []  # nothing compiled ahead of use, nothing kept
        assert _matches(patterns[0]) == _matches(re.compile(SOURCES[0], re.IGNORECASE))
    finally:
        cache.cache_dir.cache_clear()


@pytest.mark.parametrize("damaged", [None, ("another python", 0, b"", 0, {}, ())])
def test_a_missing_or_foreign_code_is_compiled_anew(damaged):
    pattern = LazyPattern(SOURCES[0], re.IGNORECASE, CodeAt({0: damaged}, 0))
    assert _matches(pattern) == _matches(re.compile(SOURCES[0], re.IGNORECASE))


def test_false_friend_look_alikes_keep_their_pattern_code(fresh_cache):
    from checker.rules.false_friends import structure

    structure._table.cache_clear()
    structure._compiled.cache_clear()
    try:
        forms, slots, _, _ = structure._compiled(0)
        assert type(slots.code) is tuple and slots.code[0]  # read from the table, not compiled in this process
        assert slots.compiled().pattern == slots.source
    finally:
        structure._table.cache_clear()
        structure._compiled.cache_clear()
        structure.look_alike.cache_clear()
