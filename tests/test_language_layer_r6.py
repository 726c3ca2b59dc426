"""One language layer (#12): the function words read from one data file by subset, and the word tests both name
finders share (lang/capitalised.py)."""
from __future__ import annotations

import pytest

from checker.lang import capitalised, langid, names, quote_match, sentences, speakers, word_order
from checker.lang.capitalised import all_caps, initial, prefixed_name
from checker.lang.word_lists import _function_word_lists, function_words
from checker.parsers import parse

SUBSETS = ("common", "sentence_start", "never_names", "prepositions", "quote_content", "grammar", "line_end",
           "closed_class", "after_name")


# ---------------------------------------------------------------- function words: one file, one loader

def test_every_subset_is_in_the_data_file_and_lowercase():
    sections = {key.split(".")[0] for key in _function_word_lists()}
    assert sections == set(SUBSETS)
    for key, words in _function_word_lists().items():
        assert words and all(w == w.lower() for w in words), key


def test_each_use_reads_its_subset_through_the_loader():
    assert names.FUNCTION_WORDS is function_words("common")
    assert speakers.FUNCTION_WORDS is function_words("sentence_start")
    assert speakers.PREPOSITIONS is function_words("prepositions")
    assert speakers.ALWAYS_FUNCTION is function_words("never_names")
    assert quote_match.STOPWORDS is function_words("quote_content")
    assert sentences.FUNCTION_WORDS is function_words("line_end")
    assert langid.french_function_words() is function_words("grammar")
    assert word_order._closed_class() == function_words("common") | function_words("closed_class")
    assert function_words("after_name") < speakers.AFTER_NAME
    assert {",", ")"} < speakers.AFTER_NAME


def test_english_and_french_sections():
    english = function_words("sentence_start", french=False)
    assert {"however", "according"} <= english and not {"dans", "selon", "cependant"} & english
    assert {"dans", "selon", "cependant"} <= function_words("sentence_start")
    assert function_words("grammar", french=False) == frozenset()  # French only
    assert {"d'", "d’"} <= function_words("prepositions")


def test_an_unknown_subset_is_an_error():
    with pytest.raises(KeyError):
        function_words("stopwords")


def test_the_uses_differ_where_their_lists_did():
    # a sentence-initial "Asked" or "Speaking" is no name for the speaker model; the entity finder's list is
    # about names anywhere in a sentence, and the word aligner's closed class adds the words it tuned with
    assert {"asked", "speaking", "quoted"} <= function_words("sentence_start") - function_words("common")
    assert {"than", "very"} <= word_order._closed_class() - names.FUNCTION_WORDS


# ---------------------------------------------------------------- the word tests both finders share

@pytest.mark.parametrize("word, expected", [
    ("NATO", True), ("AP-HP", True), ("U.S.", True), ("CO2", True), ("A", False), ("Nato", False), ("É", False),
])
def test_all_caps(word, expected):
    assert all_caps(word) is expected
    assert speakers.Token(word, 0, len(word)).is_acronym is expected


def test_both_finders_use_the_shared_tests():
    assert names.prefixed_name is prefixed_name is speakers.prefixed_name
    assert names.all_caps is all_caps is speakers.all_caps
    assert names.PARTICLES >= names.NAME_PARTICLES is speakers.NAME_CONNECTORS is capitalised.NAME_PARTICLES
    assert names.NAME_PREFIX_RE is speakers.NAME_PARTICLE_RE is capitalised.NAME_PREFIX_RE


@pytest.mark.parametrize("word, expected", [("W", True), ("É", True), ("w", False), ("WH", False)])
def test_initial(word, expected):
    assert initial(word) is expected


@pytest.mark.parametrize("text, expected", [
    ("Bashar al-Assad spoke to the AP-HP board.", ["Bashar al-Assad", "AP-HP"]),
    ("He met Charles de Gaulle in Paris.", ["Charles de Gaulle", "Paris"]),
    ("Emmanuel Macron a rencontré Olaf Scholz à Berlin.", ["Emmanuel Macron", "Olaf Scholz", "Berlin"]),
])
def test_both_finders_agree_on_particles_prefixes_and_acronyms(text, expected):
    lang = "fr" if " a " in text else "en"
    doc = parse(text, "text", lang=lang)
    assert [m.text for m in names.extract_names(doc.text, doc.blocks, lang)] == expected
    found = speakers.find_names(speakers.tokenize(text, 0, len(text), lang), speakers.lexicon(lang), {0}, text)
    assert [" ".join(m.words) for m in found] == expected
