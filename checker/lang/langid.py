"""Language identification for English text with French left in it: words, spans and sentences."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

# A word: letters, inner apostrophes and hyphens ("lui-même", "aujourd'hui", "d'autres").
WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐‑'’][^\W\d_]+)*")
# French elided articles, pronouns and conjunctions glued to the next word ("l'humidité", "qu'il").
ELISION_RE = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[^\W\d_])", re.I)
FRENCH_LETTERS = frozenset("àâæçéèêëîïôœùûüÿ")

# Zipf thresholds (wordfreq: 7 = "the", 3 = once per million words, 0 = unknown).
FRENCH_MIN_ZIPF = 3.0  # a French word at least this common in French
MARGIN = 2.0  # ... and this much more common in French than in English
RARE_FRENCH_MIN_ZIPF = 1.5  # an accented form unknown in English needs only this much French


@dataclass(frozen=True, slots=True)
class WordLanguage:
    """How a single word leans: its frequency in English and in French, and what it is in French."""

    word: str
    en: float
    fr: float
    function: bool  # a French grammatical word (article, pronoun, preposition, conjunction, auxiliary)
    elided: bool  # starts with a French elision ("l'", "d'", "qu'")

    @property
    def lean(self) -> float:
        """How much more common the word is in French than in English, in Zipf units."""
        return self.fr - self.en

    @property
    def french(self) -> bool:
        """The word reads as French rather than English."""
        return self.elided or (self.fr >= FRENCH_MIN_ZIPF and self.lean >= MARGIN) or self._rare_french_form

    @property
    def unambiguous(self) -> bool:
        """French, and practically never written in English text (so one occurrence is telling)."""
        return self.french and self.en <= 2.5 and (self.lean >= 2.5 or self.elided or self._rare_french_form)

    @property
    def _rare_french_form(self) -> bool:
        # a rarer inflected form with French accents that English never writes ("promulgué", "résistez")
        return self.en < 1.0 and self.fr >= RARE_FRENCH_MIN_ZIPF and has_french_letters(self.word)


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language decision for a span of text, with the detector's confidence in it."""

    lang: str
    confidence: float
    detector: str


@functools.lru_cache(maxsize=1)
def french_function_words() -> frozenset[str]:
    """French grammatical words (checker/data/french_function_words.txt), lowercase."""
    raw = resources.files("checker.data").joinpath("french_function_words.txt").read_text(encoding="utf-8")
    words = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(line.split())
    return frozenset(words)


@functools.lru_cache(maxsize=65536)
def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def normalise(word: str) -> str:
    return word.replace("’", "'").replace("‐", "-").replace("‑", "-").lower()


@functools.lru_cache(maxsize=65536)
def word_language(word: str) -> WordLanguage:
    """Frequencies of `word` (case-insensitive) in English and French, and its French word class."""
    low = normalise(word)
    elided = bool(ELISION_RE.match(low))
    en, fr = _zipf(low, "en"), _zipf(low, "fr")
    if elided:
        rest = low.split("'", 1)[1]
        rest_en, rest_fr = _zipf(rest, "en"), _zipf(rest, "fr")
        # "d'autres", "d'admirer": French when what follows the elision is a French word
        elided = rest_fr >= FRENCH_MIN_ZIPF and rest_fr >= rest_en
        en, fr = min(en, rest_en), max(fr, rest_fr)
    return WordLanguage(low, en, fr, low in french_function_words(), elided)


def has_french_letters(word: str) -> bool:
    return any(c in FRENCH_LETTERS for c in word.lower())


@functools.lru_cache(maxsize=1)
def _lingua_detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()


def lingua_guess(text: str) -> LanguageGuess:
    """English or French for a short span (lingua restricted to the two languages)."""
    values = _lingua_detector().compute_language_confidence_values(text)
    best = values[0]
    return LanguageGuess("fr" if best.language.name == "FRENCH" else "en", best.value, "lingua")


def langdetect_guess(text: str) -> LanguageGuess:
    """The most probable language of a longer text according to langdetect (seeded: deterministic)."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return LanguageGuess("und", 0.0, "langdetect")
    return LanguageGuess(best.lang, best.prob, "langdetect")


def document_language(text: str, sample: int = 6000) -> LanguageGuess:
    """The language of a whole document, from langdetect on its opening characters."""
    return langdetect_guess(text[:sample])


LONG_TEXT = 200  # characters: from here on langdetect is as reliable as lingua


def french_probability(text: str) -> float:
    """Probability that `text` is French rather than English.

    lingua decides short spans; for long ones where it hesitates, langdetect casts the deciding vote.
    """
    guess = lingua_guess(text)
    p_fr = guess.confidence if guess.lang == "fr" else 1.0 - guess.confidence
    if len(text) >= LONG_TEXT and 0.2 < p_fr < 0.8:
        second = langdetect_guess(text)
        if second.lang in ("fr", "en"):
            p_second = second.confidence if second.lang == "fr" else 1.0 - second.confidence
            p_fr = (p_fr + p_second) / 2
    return p_fr


def words(text: str, start: int = 0, end: int | None = None):
    """Word matches of text[start:end], in clean-text offsets."""
    return WORD_RE.finditer(text, start, len(text) if end is None else end)
