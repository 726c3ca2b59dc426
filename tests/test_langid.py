"""Language identification helpers: word frequencies, French word classes, span and sentence detectors."""
from __future__ import annotations

import subprocess
import sys

import pytest

from checker.lang.langid import (french_function_words, french_probability, has_french_letters, langdetect_guess,
                                 lingua_guess, word_language, words)


@pytest.mark.parametrize("word", ["également", "lui-même", "aujourd'hui", "aujourd’hui", "respectivement",
                                  "comportement", "mieux", "travaillé", "septième", "promulgué", "résistez"])
def test_french_only_words_are_unambiguous(word):
    lang = word_language(word)
    assert lang.french and lang.unambiguous, lang


@pytest.mark.parametrize("word", ["the", "actually", "government", "chance", "pain", "car", "son", "sensible",
                                  "attend", "library", "Kremlin", "important", "table", "information", "nation"])
def test_english_words_are_not_french(word):
    assert not word_language(word).french


@pytest.mark.parametrize("word", ["encore", "trois", "pour", "de", "la", "et", "que"])
def test_french_words_english_also_writes_are_french_but_ambiguous(word):
    lang = word_language(word)
    assert lang.french and not lang.unambiguous, lang


@pytest.mark.parametrize("word,elided", [("l'humidité", True), ("d'autres", True), ("d’admirer", True),
                                         ("qu'il", True), ("s'imposant", True), ("don't", False), ("o'clock", False),
                                         ("it's", False)])
def test_elisions(word, elided):
    assert word_language(word).elided is elided


def test_lookups_are_case_insensitive_and_normalise_apostrophes():
    assert word_language("Également") == word_language("également")
    assert word_language("aujourd’hui").word == "aujourd'hui"


def test_function_word_list():
    function = french_function_words()
    assert {"de", "la", "qui", "avec", "pour", "dans", "est", "il", "y", "a"} <= function
    assert "the" not in function and all(w == w.lower() for w in function)
    assert word_language("avec").function and not word_language("comportement").function


def test_french_letters():
    assert has_french_letters("Élysée") and has_french_letters("garçon") and not has_french_letters("Kremlin")


def test_words_carry_offsets():
    text = "The vehicle lui-même was removed, aujourd’hui."
    found = [(m.group(), m.start()) for m in words(text)]
    assert ("lui-même", 12) in found and ("aujourd’hui", 34) in found
    assert all(text[s:s + len(w)] == w for w, s in found)


@pytest.mark.parametrize("text", ["Il a dit que le traité serait signé demain.", "Les deux pays vont signer un accord.",
                                  "Nous ne savons pas ce qui va se passer."])
def test_french_sentences(text):
    assert french_probability(text) > 0.8
    assert lingua_guess(text).lang == "fr"


@pytest.mark.parametrize("text", ["The master of the Kremlin will be accompanied by his foreign minister.",
                                  "Le Monde reported on Monday that the talks had failed.",
                                  "The vehicle lui-même was removed from the crash site."])
def test_english_sentences(text):
    assert french_probability(text) < 0.5


def test_langdetect_is_deterministic_and_decides_long_text():
    text = ("Le gouvernement a présenté mardi son projet de budget pour l'année prochaine, qui prévoit "
            "une hausse des dépenses militaires et une baisse des impôts pour les ménages modestes.")
    first = langdetect_guess(text)
    assert first.lang == "fr" and first.detector == "langdetect"
    assert all(langdetect_guess(text) == first for _ in range(3))
    assert langdetect_guess("12345 !!!").lang == "und"


def test_long_text_probability():
    text = ("The government presented its budget plan for next year on Tuesday, which provides for an "
            "increase in military spending and lower taxes for modest households, the minister said.")
    assert french_probability(text) < 0.2


def test_import_is_cheap():
    code = ("import sys, checker.lang.langid, checker.rules.untranslated, checker.rules.calque, "
            "checker.rules.false_friends; "
            "print(','.join(m for m in ('lingua', 'langdetect', 'wordfreq', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
