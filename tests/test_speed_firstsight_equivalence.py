"""First-sight speed-ups give the answers of the plain computations they replace."""
from __future__ import annotations

import unicodedata

import pytest

from checker.lang import langid, loanwords, names
from checker.rules import lexicon
from checker.rules.transliteration import respell

LEXICONS = ("boilerplate", "outlets", "calques", "false_friends", "garble_patterns", "loanwords")


def _table_words(table: langid.FrequencyTable, step: int) -> list[tuple[str, int]]:
    out = []
    for i in range(0, len(table.buckets), step):
        out.append((bytes(table.blob[table.offsets[i]:table.offsets[i + 1]]).decode("utf-8"), table.buckets[i]))
    return out


@pytest.mark.parametrize("lang", langid.TABLE_LANGS)
def test_hash_groups_find_every_word_and_only_them(lang):
    table = langid.frequency_table(lang)
    if table is None:
        pytest.skip("wordfreq not installed")
    words = _table_words(table, 53)
    assert len(words) > 1000
    known = {word for word, _ in _table_words(table, 1)}
    for word, bucket in words:
        assert table.bucket(word) == bucket
        for other in (word + "q", word[:-1], "x" + word):
            assert (table.bucket(other) is None) == (other not in known), other
    # the groups cover the words once each, in order
    groups = table.groups
    assert groups[0] == 0 and groups[len(groups) - 1] == len(table.buckets)
    assert all(groups[g] <= groups[g + 1] for g in range(0, len(groups) - 1, 97))


def _all_anchors(index: lexicon.WordIndex, token: str) -> frozenset[str]:
    size = len(token)
    return frozenset(token[i:j] for i in range(size) for j in range(i + 1, size + 1) if token[i:j] in index.by_word)


def test_anchors_in_equals_every_substring():
    tokens = {"", "x", "of", "the", "theyre", "governmental", "quelque", "ontheotherhand", "weddings", "2014"}
    for name in LEXICONS:
        index = lexicon.WordIndex.of(lexicon.load_lexicon(name))
        if index is None:
            continue
        words = sorted(index.by_word)
        probes = tokens | set(words) | {a + b for a in words[:40] for b in words[-40:]} | {w[1:] + w for w in words}
        for token in probes:
            assert index._anchors_in(token) == _all_anchors(index, token), (name, token)


def test_anchors_in_with_one_letter_and_nested_anchors():
    entry = lexicon.Entry(key="k", regex=None, suggestion=None, note="", severity=None, data={},
                          anchors=("q", "qu", "quo", "quote", "uo"))
    index = lexicon.WordIndex.of((entry,))
    for token in ("quote", "quoq", "aquotab", "xyz", "qqq", "uoq", "q"):
        assert index._anchors_in(token) == _all_anchors(index, token), token


def _plain_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@pytest.mark.parametrize("word", ["Paris", "Pékin", "naïve", "ŒUVRE", "straße", "al-Cham", "O'Neill", "", "2014"])
def test_ascii_shortcuts(word):
    assert respell.fold(word) == _plain_fold(word)
    assert loanwords.bare.__wrapped__(word) == _plain_fold(word.lower())
    assert names.squash(word) == "".join(ch for ch in names.fold_accents(word).casefold() if ch.isalnum())
