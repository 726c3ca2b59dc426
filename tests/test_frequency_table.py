"""The start-up replacements give the same answers: the cached frequency table, the data cache, langdetect."""
from __future__ import annotations

import json
import re

import pytest

from checker.data import cache
from checker.lang import langid

from .conftest import FIXTURES, SHARED

WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐‑'’][^\W\d_]+)*")
TRICKY = ["l'humidité", "L'Humidité", "qu'il", "aujourd'hui", "jusqu'à", "o'hara", "o'clock", "don't",
          "rock'n'roll", "l’humidité", "Putin’s", "so-called", "lui-même", "Straße", "İstanbul", "ﬁne",
          "e\u0301te\u0301", "x-ray", "d'l'ordre", "ÉTAT", "Œuvre", "naïve", "a-", "", "2014", "G20",
          "U.S.", "u.s", "U.S.A.", "a.m.", "e.g.", "x.q.z.", "J.F.K", "U.S.-led", ".s."]


def _vocabulary() -> list[str]:
    words = set(TRICKY)
    for path in list(FIXTURES.glob("seed/*.txt")) + list(FIXTURES.glob("bilingual/**/*.md")):
        words.update(WORD_RE.findall(path.read_text(encoding="utf-8")))
    wmt = SHARED / "data" / "wmt_news_fr_en.jsonl"
    if wmt.is_file():
        with open(wmt, encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if i % 4 == 0:
                    row = json.loads(line)
                    words.update(WORD_RE.findall(row["en"]) + WORD_RE.findall(row["fr"]))
    forms = set()
    for word in words:
        forms.update((word, word.lower(), langid.normalise(word)))
    return sorted(forms)


def test_zipf_equals_wordfreq():
    wordfreq = pytest.importorskip("wordfreq")
    vocabulary = _vocabulary()
    fast = 0
    for lang in ("en", "fr"):
        for word in vocabulary:
            fast += langid.plain_tokens(word) is not None
            assert repr(langid.zipf(word, lang)) == repr(wordfreq.zipf_frequency(word, lang)), (word, lang)
    assert fast > 0.95 * 2 * len(vocabulary)  # the table answers nearly every word by itself


def test_cache_reuses_and_rebuilds(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    cache.cache_dir.cache_clear()
    try:
        built = []

        def build():
            built.append(1)
            return {"entries": [{"phrase": "head of diplomacy"}]}

        first = cache.cached("test", cache.digest(b"v1"), build)
        again = cache.cached("test", cache.digest(b"v1"), build)
        assert first == again and len(built) == 1
        changed = cache.cached("test", cache.digest(b"v2"), build)
        assert changed == first and len(built) == 2
        assert len(list(tmp_path.glob("test-*.marshal"))) == 1  # the stale entry is gone
        (next(tmp_path.glob("test-*.marshal"))).write_bytes(b"\x00garbage")
        assert cache.cached("test", cache.digest(b"v2"), build) == first and len(built) == 3
    finally:
        cache.cache_dir.cache_clear()


def test_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "off")
    cache.cache_dir.cache_clear()
    try:
        assert cache.cache_dir() is None
        assert cache.cached("test", "k", lambda: [1, 2]) == [1, 2]
    finally:
        cache.cache_dir.cache_clear()


def test_yaml_data_same_as_pure_python_loader():
    yaml = pytest.importorskip("yaml")
    from importlib import resources
    for name in ("calques", "speaker_lexicon", "loanwords", "transliterations"):
        raw = resources.files("checker.data").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
        assert cache.load_yaml(name) == yaml.safe_load(raw)


def test_document_language_in_play():
    english = ("The minister said on Thursday that the government would not change its plans for the "
               "reform of pensions, despite a third day of strikes across the country.")
    french = ("Le ministre a déclaré jeudi que le gouvernement ne changerait pas ses projets pour la "
              "réforme des retraites, malgré une troisième journée de grève dans tout le pays.")
    assert langid.document_language(english).lang == "en"
    assert langid.document_language(french).lang == "fr"
    assert langid.document_language("12 345 !!").lang == "und"


def test_zipf_of_several_words_equals_wordfreq():
    """A name of several words ("hotel dieu") is answered by the table too, as wordfreq combines its tokens."""
    wordfreq = pytest.importorskip("wordfreq")
    words = [w for w in _vocabulary() if langid.plain_tokens(w)][::50]
    phrases = ["hotel dieu", "Hôtel Dieu", "new york", "l'hôtel de ville", "jean-marc ayrault", "a  b", " a", "a "]
    phrases += [f"{a} {b}" for a, b in zip(words, reversed(words))]
    for phrase in phrases:
        for lang in ("en", "fr"):
            assert repr(langid.zipf(phrase, lang)) == repr(wordfreq.zipf_frequency(phrase, lang)), (phrase, lang)
    assert langid.plain_tokens("hotel dieu") == ["hotel", "dieu"]
    assert langid.plain_tokens("a  b") is None  # left to wordfreq
