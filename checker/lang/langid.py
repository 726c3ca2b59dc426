"""Language identification for English text with French left in it: words, spans and sentences."""
from __future__ import annotations

import functools
import math
import re
from binascii import crc32
from dataclasses import dataclass, field

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
    # derived once, as the analysis of a text asks for them word after word:
    lean: float = field(init=False, repr=False, compare=False)  # how much more common in French, in Zipf units
    french: bool = field(init=False, repr=False, compare=False)  # the word reads as French rather than English

    def __post_init__(self) -> None:
        object.__setattr__(self, "lean", self.fr - self.en)
        object.__setattr__(self, "french", self.elided or (self.fr >= FRENCH_MIN_ZIPF and self.lean >= MARGIN)
                           or self._rare_french_form)

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
    """French grammatical words ("[grammar.fr]" of checker/data/function_words.txt), lowercase."""
    from .word_lists import function_words
    return function_words("grammar")


# ---- wordfreq's Zipf frequencies without loading wordfreq ----
# wordfreq builds a dict of ~320k words per language on first use (about half a second). The same
# list is kept in the data cache (checker/data/cache.py), its words grouped by hash; words of
# plain letters, apostrophes and hyphens are tokenised here as wordfreq does (a test compares the two
# over a large vocabulary), anything else is passed to wordfreq itself.

TABLE_LANGS = ("en", "fr")
TABLE_FORMAT = b"hash-groups"  # what the cached table holds, in its key: an older layout is rebuilt
# after casefolding: lowercase Latin letters (French accents included), inner apostrophes and hyphens
PLAIN_WORD_RE = re.compile(r"[a-z\u00e0-\u00f6\u00f8-\u00ff\u0153]+(?:['’-][a-z\u00e0-\u00f6\u00f8-\u00ff\u0153]+)*")
ELISION_TOKEN_RE = re.compile(r"([a-z\u00e0-\u00f6\u00f8-\u00ff\u0153]{1,2})'(?=[aehiouyáéíóúàèìòùâêîôûåïöœ])")


@dataclass(frozen=True, slots=True)
class FrequencyTable:
    """One language's wordfreq list: its words in groups by hash (crc32 of the UTF-8 bytes, masked), and each
    word's centibel bucket. A search reads the word or two of one group."""

    blob: memoryview
    offsets: memoryview  # offsets[i]:offsets[i + 1] is word i in blob
    buckets: memoryview
    groups: memoryview  # words groups[g]:groups[g + 1] are those whose hash is g (a power of two of groups)

    def bucket(self, token: str) -> int | None:
        key = token.encode("utf-8")
        blob, offsets, groups, size = self.blob, self.offsets, self.groups, len(key)
        group = crc32(key) & (len(groups) - 2)  # the mask: groups holds mask + 2 bounds
        for word in range(groups[group], groups[group + 1]):
            start = offsets[word]
            if offsets[word + 1] - start == size and blob[start:start + size] == key:
                return self.buckets[word]
        return None


def _wordfreq_list_path(lang: str):
    """wordfreq's 'best' list for `lang` (the large one where it exists), found without importing wordfreq."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "data"
    for size in ("large", "small"):
        path = folder / f"{size}_{lang}.msgpack.gz"
        if path.is_file():
            return path
    return None


def _build_table(lang: str) -> tuple[bytes, bytes, bytes, bytes]:
    from array import array

    from wordfreq import get_frequency_list

    index = {word: i for i, bucket in enumerate(get_frequency_list(lang, "best")) for word in bucket}
    mask = (1 << (len(index) // 2).bit_length()) - 1  # a word or two a group
    encoded = sorted((crc32(key) & mask, key, i) for key, i in ((w.encode("utf-8"), i) for w, i in index.items()))
    offsets, buckets, groups, position = array("I", [0]), array("H"), array("I", [0] * (mask + 2)), 0
    for group, word, i in encoded:
        position += len(word)
        offsets.append(position)
        buckets.append(i)
        groups[group + 1] += 1
    for group in range(mask + 1):
        groups[group + 1] += groups[group]
    return b"".join(w for _, w, _ in encoded), offsets.tobytes(), buckets.tobytes(), groups.tobytes()


@functools.lru_cache(maxsize=None)
def frequency_table(lang: str) -> FrequencyTable | None:
    """The cached table for `lang`, built from the installed wordfreq on first use (None if not installed)."""
    from ..data.cache import cached_buffers, digest

    path = _wordfreq_list_path(lang) if lang in TABLE_LANGS else None
    if path is None:
        return None
    stat = path.stat()  # the installed list's identity, as for bytecode: reading and hashing it took longer
    key = digest(str(path).encode(), f"{stat.st_size}:{stat.st_mtime_ns}".encode(), TABLE_FORMAT)
    # the cache file mapped, cast in place: nothing read or copied at start-up
    blob, offsets, buckets, groups = cached_buffers(f"wordfreq-{lang}", key, lambda: _build_table(lang))
    return FrequencyTable(blob, offsets.cast("I"), buckets.cast("H"), groups.cast("I"))


DOTTED_ABBREVIATION_RE = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?")  # letters with full stops: "U.S.", "e.g"


def plain_tokens(word: str) -> list[str] | None:
    """wordfreq's tokens for a word of plain letters (its `lossy_tokenize`), or None for anything else."""
    import unicodedata

    if word.isascii() and word.isalpha():  # the common case: ASCII letters, one token
        return [word.lower()]
    if DOTTED_ABBREVIATION_RE.fullmatch(word):  # "U.S.", "a.m.": one token, the last full stop dropped
        return [word.lower().rstrip(".")]
    if not unicodedata.is_normalized("NFC", word):
        return None
    tokens = []
    for piece in word.casefold().split(" "):  # "hotel dieu": a name of several words, one token each
        if not PLAIN_WORD_RE.fullmatch(piece):
            return None
        _piece_tokens(piece, tokens)
    return tokens


def _piece_tokens(piece: str, tokens: list[str]) -> None:
    for part in piece.split("-"):
        start = 0
        while True:  # "l'humidité", "qu'il": a one- or two-letter elision before a vowel is a token
            match = ELISION_TOKEN_RE.match(part, start)
            if match is None:
                break
            tokens.append(match.group(1))
            start = match.end()
        tokens.append(part[start:].replace("’", "'"))


def _round_frequency(freq: float, minimum: float) -> float:
    # wordfreq._word_frequency's last step: three significant digits
    unrounded = max(freq, minimum)
    if unrounded == 0.0:
        return 0.0
    return round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)


ZIPF_MINIMUM = 10 ** 0 / 1e9  # wordfreq's zipf_to_freq(0)
UNKNOWN_ZIPF = round(math.log(ZIPF_MINIMUM, 10) + 9, 2)


@functools.lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(word, lang)`, the same value, without loading wordfreq for plain words."""
    table = frequency_table(lang)
    if word[:1] in ("'", "’") and word.lstrip("'’"):
        word = word.lstrip("'’")  # wordfreq's tokeniser drops a leading apostrophe ("'histoires"): same value
    tokens = plain_tokens(word) if table is not None else None
    if tokens is None:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, lang)
    if len(tokens) == 1:
        bucket = table.bucket(tokens[0])
        return UNKNOWN_ZIPF if bucket is None else _bucket_zipf(bucket)
    if not tokens:
        return UNKNOWN_ZIPF
    one_over = 0.0
    for token in tokens:
        bucket = table.bucket(token)
        if bucket is None:
            return UNKNOWN_ZIPF
        one_over += 1.0 / 10 ** (-bucket / 100)
    return _zipf_of(one_over)


@functools.lru_cache(maxsize=None)
def _bucket_zipf(bucket: int) -> float:
    """The Zipf value of a one-token word in `bucket` (a few hundred buckets: each computed once)."""
    return _zipf_of(0.0 + 1.0 / 10 ** (-bucket / 100))


def _zipf_of(one_over: float) -> float:
    return round(math.log(_round_frequency(1.0 / one_over, ZIPF_MINIMUM), 10) + 9, 2)


def normalise(word: str) -> str:
    return word.replace("’", "'").replace("‐", "-").replace("‑", "-").lower()


@functools.lru_cache(maxsize=65536)
def word_language(word: str) -> WordLanguage:
    """Frequencies of `word` (case-insensitive) in English and French, and its French word class."""
    low = normalise(word)
    elided = bool(ELISION_RE.match(low))
    en, fr = zipf(low, "en"), zipf(low, "fr")
    if elided:
        rest = low.split("'", 1)[1]
        rest_en, rest_fr = zipf(rest, "en"), zipf(rest, "fr")
        # "d'autres", "d'admirer": French when what follows the elision is a French word
        elided = rest_fr >= FRENCH_MIN_ZIPF and rest_fr >= rest_en
        en, fr = min(en, rest_en), max(fr, rest_fr)
    return WordLanguage(low, en, fr, low in french_function_words(), elided)


def has_french_letters(word: str) -> bool:
    return not FRENCH_LETTERS.isdisjoint(word.lower())


@functools.lru_cache(maxsize=1)
def _lingua_detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()


def preload() -> None:
    """Load what the span detector and the frequency lists load on first use (lingua's models: about 0.4 s).

    A batch's parent calls it before forking its workers, which then share one copy instead of each loading
    its own the first time a document holds a French-looking span. Lingua stays single-threaded: safe to fork.
    """
    lingua_guess("Le gouvernement a annoncé la réforme.")
    for lang in TABLE_LANGS:
        frequency_table(lang)


def lingua_guess(text: str) -> LanguageGuess:
    """English or French for a short span (lingua restricted to the two languages)."""
    values = _lingua_detector().compute_language_confidence_values(text)
    best = values[0]
    return LanguageGuess("fr" if best.language.name == "FRENCH" else "en", best.value, "lingua")


# The languages in play: langdetect chooses among these profiles only. Loading its 55 profiles takes
# half a second and spreads the probability over languages a French-English check never meets; with
# two it loads in about 10 ms and is as accurate on WMT14 segments (benchmarks/speed.py, langid).
IN_PLAY = ("en", "fr")


@functools.lru_cache(maxsize=None)
def _langdetect_factory(languages: tuple[str, ...]):
    import json
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()
    for i, lang in enumerate(languages):
        with open(os.path.join(PROFILES_DIRECTORY, lang), encoding="utf-8") as handle:
            factory.add_profile(LangProfile(**json.load(handle)), i, len(languages))
    factory.set_seed(0)
    return factory


def langdetect_guess(text: str, languages: tuple[str, ...] = IN_PLAY) -> LanguageGuess:
    """The most probable of `languages` for a longer text according to langdetect (seeded: deterministic)."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _langdetect_factory(tuple(languages)).create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return LanguageGuess("und", 0.0, "langdetect")
    return LanguageGuess(best.lang, best.prob, "langdetect")


def document_language(text: str, sample: int = 6000, languages: tuple[str, ...] = IN_PLAY) -> LanguageGuess:
    """The language of a whole document, from langdetect on its opening characters."""
    return langdetect_guess(text[:sample], languages)


LONG_TEXT = 200  # characters: from here on langdetect is as reliable as lingua


def french_probability(text: str) -> float:
    """Probability that `text` is French rather than English.

    lingua decides short spans; for long ones where it hesitates, langdetect casts the deciding vote. A span
    decided by an earlier run is read back from the data cache (`_verdicts`): lingua's models cost about 0.8 s of
    CPU to load, in every process that meets its first French-looking span, and a saved article checked again
    holds the same spans.
    """
    memo = _verdicts()
    if memo is None:
        return _french_probability(text)
    return memo.get(text, lambda: (_french_probability(text),), _first)


def _first(kept: tuple) -> float:
    value = kept[0] if type(kept) is tuple and len(kept) == 1 else None
    if type(value) is not float:
        raise TypeError("not a probability")  # a damaged entry: decided anew
    return value


def _verdicts():
    """The memo of `french_probability` kept in the data cache, under a name that says which detectors and which
    code decided (None without a cache)."""
    from ..data.cache import cache_dir

    folder = cache_dir()
    return None if folder is None else _verdicts_in(folder)


@functools.lru_cache(maxsize=4)
def _verdicts_in(folder):
    import importlib.util
    import os

    from ..data.cache import VERDICT_MEMO, RunMemo, digest, source_digest

    stamps = [source_digest(__file__)]
    for package in ("lingua", "langdetect"):  # an installed version's files, as for bytecode
        spec = importlib.util.find_spec(package)
        origin = spec.origin if spec is not None else None
        try:
            found = os.stat(origin) if origin else None
        except OSError:
            found = None
        stamps.append(f"{package}:{origin}:{found.st_size}:{found.st_mtime_ns}" if found else f"{package}:none")
    return RunMemo(f"{VERDICT_MEMO}{digest(*(stamp.encode() for stamp in stamps))}", folder)


def _french_probability(text: str) -> float:
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
