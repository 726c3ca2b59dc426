"""Round-11 start-up cuts give what they replace: kept tries, word indexes grown in place, patterns a run can keep."""
from __future__ import annotations

import subprocess
import sys

import pytest

from checker.lang.trie import escaped, kept_trie_alternation, trie_alternation
from checker.rules import lexicon


def test_kept_trie_is_the_trie(fresh_cache):
    words = ["said", "stated", "say", "declared", "told reporters", "s'est dit"]
    apostrophe = lambda c: "['’]" if c == "'" else escaped(c)  # noqa: E731
    for unit in (escaped, apostrophe):
        first = kept_trie_alternation("test", words, unit)
        assert first == trie_alternation(words, unit)
        assert kept_trie_alternation("test", reversed(words), unit) == first  # order and repeats do not matter
    assert len(list(fresh_cache.glob("trie-test-*.marshal"))) == 1  # one entry a name: the other unit replaced it
    # another unit for the same words is another key, not the kept pattern
    assert kept_trie_alternation("test", words, apostrophe) != kept_trie_alternation("test", words, escaped)


def _fresh_index() -> lexicon._IndexedWords:
    return lexicon._IndexedWords()


@pytest.mark.parametrize("later", [["ment", "officially", "a"], ["zz"], ["the", "he", "e"]])
def test_words_added_later_extend_known_tokens(later):
    tokens = ["officially", "statement", "the", "zzz", "a", "theme"]
    grown = _fresh_index()
    grown.add(frozenset(["state", "offic", "th"]))
    before = {token: grown.known[token] for token in tokens}  # tokens read before the lexicon came
    grown.add(frozenset(later))
    whole = _fresh_index()
    whole.add(frozenset(["state", "offic", "th"]) | frozenset(later))
    for token in tokens:
        assert grown.known[token] == whole.known[token] >= before[token]
    assert grown.present("the officially stated theme") == whole.present("the officially stated theme")


def test_many_known_tokens_are_forgotten_rather_than_extended(monkeypatch):
    monkeypatch.setattr(lexicon, "MAX_EXTENDED_TOKENS", 2)
    index = _fresh_index()
    index.add(frozenset(["ab"]))
    for token in ("abc", "cab", "xyz"):
        index.known[token]
    index.add(frozenset(["xy"]))
    assert not index.known  # read again, with every word, when next asked
    assert index.known["xyz"] == frozenset(["xy"])


def test_patterns_built_from_sets_are_the_same_in_every_process():
    """A pattern source that depends on set order (string hashing differs per process) is compiled anew by every run
    instead of being read back from the run memo."""
    code = ("from checker.rules.quotes.pronoun_conflict import HONORIFIC_RE; "
            "from checker.lang.capitalised import NAME_PREFIX_RE; "
            "print(HONORIFIC_RE['en'].pattern, HONORIFIC_RE['fr'].pattern, NAME_PREFIX_RE.pattern)")
    sources = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={"PYTHONHASHSEED": str(seed), "CHECKER_CACHE_DIR": "off"}).stdout
               for seed in (1, 2, 3)}
    assert len(sources) == 1


def test_a_runs_words_are_added_at_once_by_the_next(fresh_cache):
    first = _fresh_index()
    first.present("nothing kept yet")
    first.add(frozenset(["state", "offic"]))
    first._keep()
    second = _fresh_index()
    assert second.present("the officially stated plan") == frozenset(["state", "offic"])  # before any lexicon loads
    assert second.words >= {"state", "offic"}
    (fresh_cache / "indexed-words.marshal").write_bytes(b"\x00damaged")
    third = _fresh_index()
    assert third.present("the officially stated plan") == frozenset()  # a damaged file is no words, not an error


def test_cached_items_read_back_one_by_one(fresh_cache):
    from checker.data.cache import cached_items

    built = []

    def build():
        built.append(1)
        return {"a": (1, b"x"), "b": [2, 3], ("k", 1): None}

    first = cached_items("test-items", "v1", build)
    again = cached_items("test-items", "v1", build)
    assert len(built) == 1 and len(again) == 3 and set(again.keys()) == {"a", "b", ("k", 1)}
    assert again["a"] == first.get("a") == (1, b"x") and again.get("b") == [2, 3] and again[("k", 1)] is None
    assert again.get("missing", "default") == "default" and "missing" not in again
    with pytest.raises(KeyError):
        again["missing"]


def test_data_digests_are_kept_by_size_and_time(fresh_cache, monkeypatch, tmp_path):
    from checker.data import cache

    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "words.txt"
    target.write_text("one two", encoding="utf-8")
    import os
    old = 1_600_000_000_000_000_000
    os.utime(target, ns=(old, old))  # long before it is hashed: the kept hash is trusted
    monkeypatch.setattr(cache, "DATA_DIR", folder)
    for clear in (cache.data_digest.cache_clear, cache._known_digests.cache_clear):
        clear()
    first = cache.data_digest("words.txt")
    assert first == cache.digest(b"one two") and cache._known_digests()["words.txt"][3] == first
    cache.data_digest.cache_clear()
    cache._known_digests()["words.txt"] = (*cache._known_digests()["words.txt"][:3], "kept")
    assert cache.data_digest("words.txt") == "kept"  # same size and time: read back, not hashed
    target.write_text("one three", encoding="utf-8")  # changed: another size and time
    cache.data_digest.cache_clear()
    assert cache.data_digest("words.txt") == cache.digest(b"one three")
    cache.data_digest.cache_clear()
    cache._known_digests.cache_clear()


def test_built_key_follows_data_and_code(fresh_cache, tmp_path):
    from checker.data import cache

    source = tmp_path / "builder.py"
    source.write_text("RULE = 1\n", encoding="utf-8")
    first = cache.built_key("antonyms.tsv", str(source))
    assert first == cache.digest(cache.data_digest("antonyms.tsv").encode(), cache.digest(b"RULE = 1\n").encode())
    assert cache.built_key(("antonyms.tsv",), str(source)) == first
    source.write_text("RULE = 22\n", encoding="utf-8")  # the code that builds the value changed: another key
    cache.source_digest.cache_clear()
    assert cache.built_key("antonyms.tsv", str(source)) != first
    assert cache.built_key("antonyms.tsv") != first  # the code is part of the key
