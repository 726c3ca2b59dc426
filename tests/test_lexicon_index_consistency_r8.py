"""The word index of a lexicon is built from the very entries it filters (one cache entry holds both)."""
import pytest

from checker.rules import lexicon


@pytest.mark.parametrize("name", ["garble_patterns", "calques", "false_friends", "boilerplate"])
def test_every_anchor_of_an_entry_is_known_to_its_index(name):
    entries = lexicon.load_lexicon(name)
    index = lexicon._INDEX_OF_ENTRY.get(id(entries[0]))
    if index is None:
        pytest.skip(f"{name} has no word index")
    for entry in entries:
        for word in lexicon._entry_words(entry) or ():
            assert word in index.by_word or word in index.run_of, (entry.key, word)


def test_one_build_gives_the_patterns_and_their_index():
    items = [{"phrase": "the tenant of Matignon"}, {"regex": r"\bthe (?:most|least) [a-z]+ of\b"}]
    built, tables = lexicon._built_with_index(items)
    entries = lexicon._entries(items, built)
    index = lexicon.WordIndex(entries, tables)
    text = "She is the most gifted of them. The tenant of Matignon spoke."
    assert {e.key for e in index.candidates(text)} == {e.key for e in entries}
    found = sorted(m.group() for entry in entries for m in entry.scan(text))
    assert found == ["The tenant of Matignon", "the most gifted of"]
